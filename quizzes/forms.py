"""Reading an attempt's answers from its submitted form (or autosave), at the edge.

Field names: `q-<question id>` for most questions, `q-<question id>-<token>` for matching
rows and ordering items; each question type lists its own. A form holding anything that does
not belong to the attempt is refused whole, so a tampered request saves nothing.
"""

from collections.abc import Mapping
from typing import Any

from django.utils.translation import gettext as _

from quizzes.grading import snapshot_questions
from quizzes.questions import AnswerError, clean_answers, question_type


def answers_from_post(snapshot: Mapping, data) -> dict[str, Any]:
    """Every answer in `data` (a QueryDict), validated against the snapshot.

    Unanswered questions are left out. Raises AnswerError if any field names a question,
    option, row or item that this attempt does not have, or holds a bad value.
    """
    questions = snapshot_questions(snapshot)
    known = {name for q in questions for name in question_type(q["type"]).field_names(q)}
    if any(name.startswith("q-") and name not in known for name in data):
        raise AnswerError(
            _("The form contained answers to questions that are not in this attempt.")
        )
    raw = {q["id"]: question_type(q["type"]).read(q, data) for q in questions}
    return clean_answers(snapshot, {qid: value for qid, value in raw.items() if value is not None})

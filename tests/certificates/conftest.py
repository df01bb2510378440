import pytest

from cms.models import ProviderSettings
from courses.services import enrollment_create, module_mark_completed
from quizzes.authoring import form_data, key_answers
from quizzes.services import attempt_start, attempt_submit
from tests.factories import QuizPageFactory
from tests.factories.quizzes import true_false_questions
from tests.quizzes.conftest import make_quiz  # noqa: F401 - shared fixture


@pytest.fixture(autouse=True)
def provider(db):
    provider = ProviderSettings.load()
    provider.name = "Gulf Coast Massage Education"
    provider.address = "12 Harbor Street\nTampa, FL 33602"
    provider.email = "records@gulfcoast.example"
    provider.approvals = [
        ("approval", {"body": "NCBTMB", "number": "451234-11"}),
        ("approval", {"body": "Florida Board of Massage Therapy", "number": "50-12345"}),
    ]
    provider.signatory_name = "Dana Whitfield"
    provider.signatory_title = "Education Director"
    provider.save()
    return provider


@pytest.fixture
def final_exam(course):
    import json

    from quizzes.authoring import question_stream

    return QuizPageFactory(
        parent=course,
        slug="final-exam",
        title="Final exam",
        questions=json.dumps(question_stream(true_false_questions(3))),
    )


def submit(user, quiz, *, right=True):
    attempt, _ = attempt_start(user=user, quiz=quiz)
    data = form_data(key_answers(attempt.snapshot) if right else {})
    return attempt_submit(attempt=attempt, data=data)


@pytest.fixture
def complete_course(learner, course, modules, final_exam):
    """Finish every requirement of `course` for `learner`; returns a function to run it."""

    def complete(user=learner):
        enrollment_create(user=user, course=course)
        for module in modules:
            module_mark_completed(user=user, module=module)
        submit(user, final_exam)

    return complete

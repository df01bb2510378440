from django.contrib import messages
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from cms.routing import refuse_deletion
from quizzes.models import QuizAttempt, QuizPage, answers_can_be_harvested


@hooks.register("before_delete_page")
def keep_quiz_attempts(request, page):
    """Quiz attempts are assessment records: refuse to delete a page whose quizzes have any."""
    quizzes = QuizPage.objects.descendant_of(page, inclusive=True)
    if QuizAttempt.objects.filter(quiz__in=quizzes).exists():
        return refuse_deletion(request, page, what=_("quiz attempts"))
    return None


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_when_answers_can_be_harvested(request, page):
    if isinstance(page.specific, QuizPage) and answers_can_be_harvested(page.specific):
        messages.warning(
            request,
            _(
                "“%(title)s” shows the correct answers right after each attempt and allows "
                "another attempt: learners can copy the answers. Show which answers were "
                "right with explanations instead, or limit attempts."
            )
            % {"title": page.title},
        )

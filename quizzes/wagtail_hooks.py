from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from cms.routing import refuse_deletion
from quizzes.models import QuizAttempt, QuizPage


@hooks.register("before_delete_page")
def keep_quiz_attempts(request, page):
    """Quiz attempts are assessment records: refuse to delete a page whose quizzes have any."""
    quizzes = QuizPage.objects.descendant_of(page, inclusive=True)
    if QuizAttempt.objects.filter(quiz__in=quizzes).exists():
        return refuse_deletion(request, page, what=_("quiz attempts"))
    return None

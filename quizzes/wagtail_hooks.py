from django.contrib import messages
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from cms.routing import refuse_deletion
from courses.selectors import course_containing, courses_for_staff
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


@hooks.register("register_admin_urls")
def register_quiz_staff_urls():
    from quizzes import analysis, regrade_views, reports

    return [*reports.admin_urls, *analysis.admin_urls, *regrade_views.admin_urls]


@hooks.register("register_page_header_buttons")
def quiz_staff_buttons(page, user, view_name, next_url=None):
    """Results, item analysis, regrade and accommodations, from the quiz's page header, for
    staff who may see its course."""
    from quizzes import analysis, regrade_views, reports

    if page.specific_class is not QuizPage:
        return
    course = course_containing(page=page)
    if course is None or not courses_for_staff(user).filter(pk=course.pk).exists():
        return
    links = [*reports.QUIZ_LINKS, *analysis.QUIZ_LINKS, *regrade_views.QUIZ_LINKS]
    for priority, (label, url_name, icon) in enumerate(links, start=80):
        yield Button(label, reverse(url_name, args=[page.pk]), icon_name=icon, priority=priority)

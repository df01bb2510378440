"""Course and module views, reached through the pages' routes (the learner dashboard, with
the renewal tracker, is in `certificates.renewal_views`). POST/redirect/GET throughout;
per-learner pages are never cached."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from cms.http import private_response, refuse_unless_logged_in_post
from cms.richtext import cached_stream
from courses.forms import CourseEvaluationForm
from courses.selectors import (
    assessments_of,
    course_containing,
    module_detail_for_learner,
)
from courses.services import (
    EnrollmentError,
    enrollment_create,
    enrollment_deactivate,
    enrollment_touch_module,
    evaluation_submit,
    module_mark_completed,
)


def course_detail(request, course):
    return private_response(course.render(request))


def course_enroll(request, course):
    if refusal := refuse_unless_logged_in_post(request, next_url=course.url):
        return refusal
    try:
        _enrollment, created = enrollment_create(user=request.user, course=course)
    except EnrollmentError as error:
        messages.error(request, str(error))
        return private_response(course.render(request), status=409)
    if created:
        messages.success(request, _("You are enrolled in %(course)s.") % {"course": course.title})
    else:
        messages.info(request, _("You are already enrolled in this course."))
    return redirect(course.url)


def course_evaluation(request, course):
    url = course.url + course.reverse_subpage("evaluation")
    if not request.user.is_authenticated:
        return redirect_to_login(url)
    form = CourseEvaluationForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                _evaluation, created = evaluation_submit(
                    user=request.user, course=course, data=form.cleaned_data
                )
            except EnrollmentError as error:
                messages.error(request, str(error))
                return redirect(course.url)
            if created:
                messages.success(request, _("Thank you: your evaluation is recorded."))
            else:
                messages.info(request, _("You have already evaluated this course."))
            return redirect(course.url)
        status = 400
    return private_response(
        # Only the form: the course page's per-learner detail is not needed here.
        TemplateResponse(request, "courses/course_evaluation.html", {"page": course, "form": form}),
        status=status,
    )


def course_unenroll(request, course):
    if refusal := refuse_unless_logged_in_post(request, next_url=course.url):
        return refusal
    enrollment_deactivate(user=request.user, course=course)
    messages.info(
        request,
        _("You have left %(course)s. Your progress is kept if you enroll again.")
        % {"course": course.title},
    )
    return redirect(course.url)


def module_detail(request, module):
    if not request.user.is_authenticated:
        return redirect_to_login(module.url)
    detail = module_detail_for_learner(module=module, user=request.user)
    if detail is None:
        messages.info(request, _("Enroll in this course to study its modules."))
        return redirect(course_containing(page=module).url)
    if detail["enrollment"] is not None:
        enrollment_touch_module(enrollment=detail["enrollment"], module=module)
    body_html = cached_stream(module, module.body, request=request)
    return private_response(
        module.render(request, context_overrides={**detail, "body_html": body_html})
    )


def module_complete(request, module):
    if refusal := refuse_unless_logged_in_post(request, next_url=module.url):
        return refusal
    if assessments_of(page=module):
        messages.error(request, _("This module is complete when you pass its quiz."))
        return redirect(module.url)
    try:
        module_mark_completed(user=request.user, module=module)
    except EnrollmentError as error:
        messages.error(request, str(error))
        return redirect(course_containing(page=module).url)
    messages.success(request, _("Module complete: %(module)s.") % {"module": module.title})
    if request.POST.get("next") != "1":
        return redirect(module.url)
    following = module.get_next_siblings().type(type(module)).live().first()
    return redirect(following.url if following else course_containing(page=module).url)

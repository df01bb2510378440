"""The learner's CE home: the dashboard with a renewal tracker per licence, their licences,
courses taken elsewhere (with the certificate file, served to its owner only) and a private
calendar feed of deadlines."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from certificates.calendar import deadlines_calendar
from certificates.renewals import renewal_statuses
from cms.http import private_response
from courses.forms import LicenceForm, OutsideCourseForm
from courses.models import CalendarFeed, Licence, OutsideCourse
from courses.selectors import dashboard_for_learner


@login_required
@require_GET
def dashboard(request):
    context = {
        **dashboard_for_learner(user=request.user),
        "renewals": renewal_statuses(user=request.user),
    }
    return private_response(render(request, "courses/dashboard.html", context))


@login_required
@require_http_methods(["GET", "POST"])
def licences(request):
    form = LicenceForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        licence = form.save()
        messages.success(request, _("%(licence)s added.") % {"licence": licence.rule.name})
        return redirect("dashboard")
    context = {"form": form, "licences": Licence.objects.filter(user=request.user)}
    status = 400 if form.errors else 200
    return private_response(render(request, "renewals/licences.html", context), status=status)


@login_required
@require_http_methods(["GET", "POST"])
def licence_edit(request, pk):
    licence = get_object_or_404(Licence, pk=pk, user=request.user)
    form = LicenceForm(request.POST or None, instance=licence, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Licence updated."))
        return redirect("dashboard")
    context = {"form": form, "licence": licence}
    status = 400 if form.errors else 200
    return private_response(render(request, "renewals/licence_edit.html", context), status=status)


@login_required
@require_POST
def licence_delete(request, pk):
    licence = get_object_or_404(Licence, pk=pk, user=request.user)
    licence.delete()
    messages.success(request, _("%(licence)s removed.") % {"licence": licence.rule.name})
    return redirect("licences")


@login_required
@require_http_methods(["GET", "POST"])
def outside_courses(request):
    form = OutsideCourseForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        course = form.save()
        messages.success(request, _("“%(title)s” added.") % {"title": course.title})
        return redirect("outside_courses")
    context = {
        "form": form,
        "courses": OutsideCourse.objects.filter(user=request.user).select_related("topic"),
        "today": timezone.localdate(),
    }
    status = 400 if form.errors else 200
    return private_response(render(request, "renewals/outside.html", context), status=status)


@login_required
@require_GET
def outside_course_file(request, pk):
    course = get_object_or_404(OutsideCourse, pk=pk, user=request.user)
    if not course.certificate:
        raise Http404
    name = course.certificate.name.rsplit("/", 1)[-1]
    return FileResponse(course.certificate.open("rb"), as_attachment=True, filename=name)


@login_required
@require_POST
def outside_course_delete(request, pk):
    course = get_object_or_404(OutsideCourse, pk=pk, user=request.user)
    course.certificate.delete(save=False)
    course.delete()
    messages.success(request, _("“%(title)s” removed.") % {"title": course.title})
    return redirect("outside_courses")


@login_required
@require_http_methods(["GET", "POST"])
def calendar_settings(request):
    feed = CalendarFeed.objects.filter(user=request.user).first()
    if request.method == "POST":
        if feed:
            feed.delete()
        if request.POST.get("action") != "stop":
            feed = CalendarFeed.objects.create(user=request.user)
            messages.success(request, _("Your calendar has a new private address."))
        else:
            feed = None
            messages.success(request, _("Your calendar address no longer works."))
        return redirect("calendar_settings")
    url = request.build_absolute_uri(reverse("calendar_feed", args=[feed.token])) if feed else ""
    return private_response(render(request, "renewals/calendar.html", {"feed_url": url}))


@require_GET
def calendar_feed(request, token):
    feed = CalendarFeed.objects.filter(token=token).select_related("user").first()
    if feed is None or not feed.user.is_active:
        raise Http404
    response = HttpResponse(
        deadlines_calendar(feed.user), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="ce-deadlines.ics"'
    return private_response(response)

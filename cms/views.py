from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from cms.forms import LearnerProfileForm
from cms.services import profile_get_or_create, profile_update


@never_cache
@login_required
def profile(request):
    instance = profile_get_or_create(user=request.user)
    form = LearnerProfileForm(request.POST or None, instance=instance)
    if request.method == "POST":
        if form.is_valid():
            profile_update(user=request.user, data=form.cleaned_data)
            messages.success(request, _("Your CE profile is saved."))
            return redirect("profile")
        status = 400
    else:
        status = 200
    return render(
        request,
        "account/profile.html",
        {"form": form, "missing": instance.missing_fields()},
        status=status,
    )


@never_cache
def healthz(request):
    """For load balancers and monitoring: 200 when the database and cache answer and no
    background task has waited longer than HEALTH_TASK_MAX_WAIT; else 503. Short JSON, no
    secrets."""
    checks = {"database": _check_database(), "cache": _check_cache(), "tasks": _check_tasks()}
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", **checks}, status=200 if healthy else 503
    )


def _check_database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return "unavailable"
    return "ok"


def _check_cache() -> str:
    try:
        cache.set("healthz", "1", 10)
        return "ok" if cache.get("healthz") == "1" else "unavailable"
    except Exception:  # any cache backend error means the cache is not usable
        return "unavailable"


def _check_tasks() -> str:
    """The oldest task waiting to run, in the database backend's queue."""
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    limit = timezone.now() - timedelta(seconds=settings.HEALTH_TASK_MAX_WAIT)
    try:
        stuck = DBTaskResult.objects.filter(
            status=TaskResultStatus.READY, run_after__lt=limit, enqueued_at__lt=limit
        ).exists()
    except DatabaseError:
        return "unavailable"
    return "delayed" if stuck else "ok"

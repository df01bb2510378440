import json
from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from cms import data_rights
from cms.forms import CONFIRM_WORD, AccountDeleteForm, LearnerProfileForm
from cms.ratelimit import allow
from cms.security import log_event
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


DATA_EXPORT_LIMIT = 5  # downloads an hour per learner
ACCOUNT_DELETE_LIMIT = 5  # tries in 15 minutes per account: the form checks a password


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def data_export(request):
    """Everything the site holds about the learner, as one JSON file (POST, so a link or an
    image on another site cannot start the download)."""
    if request.method == "POST":
        if not allow(
            key=f"data-export:{request.user.pk}", limit=DATA_EXPORT_LIMIT, window_seconds=3600
        ):
            response = render(
                request,
                "account/data_export.html",
                {"limited": True, "limit": DATA_EXPORT_LIMIT},
                status=429,
            )
            response["Retry-After"] = "3600"
            return response
        data = data_rights.learner_data_export(user=request.user)
        log_event("data_exported", request=request, user=request.user.pk)
        response = HttpResponse(
            json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False),
            content_type="application/json; charset=utf-8",
        )
        filename = f"my-data-{timezone.localdate().isoformat()}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "no-store"
        return response
    return render(
        request,
        "account/data_export.html",
        {"retention_years": settings.CE_RECORD_RETENTION_YEARS},
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    """What deleting the account erases and what the provider keeps; on POST with the current
    password and the confirmation word, delete it and log out."""
    context = {
        "retention_years": settings.CE_RECORD_RETENTION_YEARS,
        "confirm_word": CONFIRM_WORD,
    }
    try:
        data_rights.check_account_deletable(user=request.user)
    except data_rights.AccountDeletionRefused as refused:
        status = 403 if request.method == "POST" else 200
        return render(
            request, "account/delete_account.html", {**context, "refused": refused}, status=status
        )
    form = AccountDeleteForm(request.user, request.POST or None)
    status = 200
    if request.method == "POST":
        if not allow(
            key=f"account-delete:{request.user.pk}",
            limit=ACCOUNT_DELETE_LIMIT,
            window_seconds=900,
        ):
            response = render(
                request, "account/delete_account.html", {**context, "limited": True}, status=429
            )
            response["Retry-After"] = "900"
            return response
        if form.is_valid():
            user_id = request.user.pk
            data_rights.account_delete(user=request.user)
            log_event("account_deleted", request=request, user=user_id)
            logout(request)
            return redirect("account_deleted")
        status = 400
    return render(request, "account/delete_account.html", {**context, "form": form}, status=status)


@never_cache
@require_GET
def account_deleted(request):
    """The confirmation after deletion (the learner is logged out by then)."""
    return render(
        request,
        "account/delete_account.html",
        {"deleted": True, "retention_years": settings.CE_RECORD_RETENTION_YEARS},
    )


@never_cache
def healthz(request):
    """For monitoring: 200 when the database and cache answer and no background task has
    waited longer than HEALTH_TASK_MAX_WAIT; else 503. Short JSON, no secrets.

    Load balancers ask `?scope=web`: only what a web process needs to serve (database and
    cache), so a stalled task worker never takes every web node out of rotation."""
    checks = {"database": _check_database(), "cache": _check_cache()}
    if request.GET.get("scope") != "web":
        checks["tasks"] = _check_tasks()
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

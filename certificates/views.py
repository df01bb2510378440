import csv
import hashlib

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from certificates.forms import TranscriptFilterForm, VerifyLookupForm
from certificates.pdf import render_pdf
from certificates.selectors import (
    certificate_for_owner,
    certificate_for_verification,
    certificate_lookup,
    certificates_for_learner,
    transcript,
)
from certificates.services import pdf_filename, verification_url
from cms.exports import safe_cells
from cms.models import ProviderSettings
from cms.ratelimit import allow, client_ip


@never_cache
@login_required
def certificate_list(request):
    return render(request, "certificates/list.html", certificates_for_learner(user=request.user))


@never_cache
@login_required
@require_GET
def certificate_download(request, number):
    """The stored PDF, exactly as issued. Never rendered again; only its owner gets it."""
    certificate = certificate_for_owner(user=request.user, number=number)
    if certificate is None or not certificate.pdf:
        raise Http404
    return FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=pdf_filename(certificate),
        content_type="application/pdf",
    )


TRANSCRIPT_PDF_CACHE_SECONDS = 60 * 60
TRANSCRIPT_PDF_LIMIT = 6  # renders a minute per learner; cached copies do not count


@never_cache
@login_required
@require_GET
def certificate_transcript(request):
    form = TranscriptFilterForm(request.GET or None)
    if request.GET and not form.is_valid():
        return render(request, "certificates/transcript.html", {"form": form}, status=400)
    start = form.cleaned_data.get("start") if form.is_bound else None
    end = form.cleaned_data.get("end") if form.is_bound else None
    data = transcript(user=request.user, start=start, end=end)
    export = request.GET.get("format")
    if export == "csv":
        return _transcript_csv(data)
    if export == "pdf":
        return _transcript_pdf(request, data)
    return render(request, "certificates/transcript.html", {**data, "form": form})


def _transcript_pdf(request, data) -> HttpResponse:
    """The transcript as an archival PDF, cached per learner, period, certificates and day,
    and rendered at most TRANSCRIPT_PDF_LIMIT times a minute per learner."""
    profile = getattr(request.user, "profile", None)
    today = timezone.localdate()
    fingerprint = hashlib.sha256(
        repr(
            (
                request.user.pk,
                data["start"],
                data["end"],
                today,
                [(c.pk, c.status) for c in data["certificates"]],
                profile and (profile.legal_name, profile.licence_number, profile.jurisdiction),
                get_language(),
            )
        ).encode()
    ).hexdigest()
    cache_key = f"transcript-pdf:{fingerprint}"
    pdf = cache.get(cache_key)
    if pdf is None:
        if not allow(
            key=f"transcript-pdf:{request.user.pk}", limit=TRANSCRIPT_PDF_LIMIT, window_seconds=60
        ):
            response = render(request, "certificates/transcript_busy.html", status=429)
            response["Retry-After"] = "60"
            return response
        pdf = render_pdf(
            "certificates/pdf/transcript.html",
            {
                **data,
                "profile": profile,
                "user": request.user,
                "provider": ProviderSettings.load(),
                "generated_on": today,
                "verify_urls": {c.pk: verification_url(c) for c in data["certificates"]},
            },
        )
        cache.set(cache_key, pdf, TRANSCRIPT_PDF_CACHE_SECONDS)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="ce-transcript-{today}.pdf"'
    return response


def _transcript_csv(data) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="ce-transcript.csv"'
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Completed"),
            _("Course"),
            _("Topic"),
            _("Course type"),
            _("CE hours"),
            _("Certificate number"),
            _("Course approvals"),
            _("Provider"),
            _("Verification"),
        ]
    )
    for c in data["certificates"]:
        writer.writerow(
            safe_cells(
                [
                    c.completed_on.isoformat(),
                    c.course_title,
                    c.topic,
                    c.course_type,
                    c.ce_hours,
                    c.number,
                    "; ".join(f"{a['body']} {a['number']}".strip() for a in c.course_approvals),
                    c.provider_name,
                    verification_url(c),
                ]
            )
        )
    writer.writerow(["", _("Total"), "", "", data["total_hours"], "", "", "", ""])
    return response


def _rate_limited(request) -> bool:
    return not allow(key=f"verify:{client_ip(request)}", limit=30, window_seconds=60)


@require_GET
def verify_lookup(request):
    """Find a certificate by number and surname. Public, rate-limited."""
    form = VerifyLookupForm(request.GET or None)
    if form.is_bound:
        if _rate_limited(request):
            return render(
                request,
                "certificates/verify_lookup.html",
                {"form": form, "limited": True},
                status=429,
            )
        if form.is_valid():
            certificate = certificate_lookup(**form.cleaned_data)
            if certificate:
                return redirect("certificate_verify", code=certificate.code)
            return render(
                request,
                "certificates/verify_lookup.html",
                {"form": form, "not_found": True},
                status=404,
            )
        return render(request, "certificates/verify_lookup.html", {"form": form}, status=400)
    return render(request, "certificates/verify_lookup.html", {"form": form})


@require_GET
def verify(request, code):
    """The public verification page. Shows no email address and only the licence's tail."""
    if _rate_limited(request):
        return render(
            request,
            "certificates/verify_lookup.html",
            {"limited": True, "form": VerifyLookupForm()},
            status=429,
        )
    certificate = certificate_for_verification(code=code)
    if certificate is None:
        return render(
            request,
            "certificates/verify_not_found.html",
            {"retention_years": settings.CE_RECORD_RETENTION_YEARS},
            status=404,
        )
    return render(
        request,
        "certificates/verify.html",
        {"certificate": certificate, "verify_url": verification_url(certificate)},
    )

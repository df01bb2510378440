import csv
import hashlib

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from certificates import badges
from certificates.forms import (
    BadgeCheckForm,
    BadgeConsentForm,
    TranscriptFilterForm,
    VerifyLookupForm,
)
from certificates.models import CertificateStatus
from certificates.pdf import render_pdf
from certificates.selectors import (
    certificate_for_owner,
    certificate_for_verification,
    certificate_lookup,
    certificate_pdf_signature,
    certificates_for_learner,
    status_list_revoked,
    transcript,
)
from certificates.services import learner_badge_consent_set, pdf_filename, verification_url
from cms.exports import safe_cells
from cms.models import ProviderSettings
from cms.ratelimit import allow, client_ip


@never_cache
@login_required
def certificate_list(request):
    profile = getattr(request.user, "profile", None)
    consent = BadgeConsentForm(
        initial={"share_licence": bool(profile and profile.badge_shares_licence)}
    )
    return render(
        request,
        "certificates/list.html",
        {
            **certificates_for_learner(user=request.user),
            "badges_enabled": settings.CERTIFICATE_SIGNING,
            "consent_form": consent,
            "has_licence": bool(profile and profile.licence_number),
        },
    )


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


# A credential secured as a JWT (W3C VC-JOSE-COSE): badges and status lists.
BADGE_MEDIA_TYPE = "application/vc+jwt"
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
                [(o.pk, o.hours, o.completed_on) for o in data["outside"]],
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
    for o in data["outside"]:
        writer.writerow(
            safe_cells(
                [
                    o.completed_on.isoformat(),
                    o.title,
                    o.topic.name if o.topic else "",
                    o.get_course_type_display(),
                    o.hours,
                    "",
                    f"{o.approved_by} {o.approval_number}".strip(),
                    o.provider,
                    _("Self-reported"),
                ]
            )
        )
    writer.writerow(["", _("Total"), "", "", data["total_hours"], "", "", "", ""])
    if data["outside"]:
        writer.writerow(
            ["", _("Total, self-reported"), "", "", data["outside_hours"], "", "", "", ""]
        )
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
        {
            "certificate": certificate,
            "verify_url": verification_url(certificate),
            "signature": certificate_pdf_signature(certificate),
            "badge_form": _badge_form() if settings.CERTIFICATE_SIGNING else None,
        },
    )


def _badge_form(*args) -> BadgeCheckForm:
    return BadgeCheckForm(*args, max_bytes=badges.MAX_CREDENTIAL_BYTES)


@never_cache
@login_required
@require_GET
def certificate_badge(request, number):
    """The learner's Open Badges 3.0 credential (a signed VC-JWT) for one of their
    certificates that stands. Built from the certificate's snapshot at each download."""
    certificate = certificate_for_owner(user=request.user, number=number)
    if (
        not settings.CERTIFICATE_SIGNING
        or certificate is None
        or certificate.status != CertificateStatus.VALID
    ):
        raise Http404
    profile = getattr(request.user, "profile", None)
    token = badges.badge_for(
        certificate, share_licence=bool(profile and profile.badge_shares_licence)
    )
    response = HttpResponse(token, content_type=BADGE_MEDIA_TYPE)
    filename = pdf_filename(certificate).removesuffix(".pdf") + "_badge.jwt"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@login_required
@require_POST
def badge_consent(request):
    form = BadgeConsentForm(request.POST)
    form.is_valid()  # one optional checkbox: always valid
    learner_badge_consent_set(
        user=request.user, share_licence=form.cleaned_data.get("share_licence", False)
    )
    if form.cleaned_data.get("share_licence"):
        messages.success(request, _("Badges you download now show your licence."))
    else:
        messages.success(request, _("Badges you download now leave your licence out."))
    return redirect("certificate_list")


# A check changes nothing, so there is nothing to forge: no CSRF token, which keeps the
# public verification pages free of per-visitor tokens and cookies.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def badge_verify(request):
    """Check a digital badge someone was given: pasted or uploaded. Public, rate-limited.
    Input that cannot be checked gets a message and a 4xx status, never a 500."""
    if not settings.CERTIFICATE_SIGNING:
        raise Http404
    if request.method == "GET":
        return render(request, "certificates/badge_verify.html", {"badge_form": _badge_form()})
    if _rate_limited(request):
        return render(
            request,
            "certificates/badge_verify.html",
            {"badge_form": _badge_form(), "limited": True},
            status=429,
        )
    form = _badge_form(request.POST, request.FILES)
    if not form.is_valid():
        oversized = form.has_error("__all__", "oversized")
        return render(
            request,
            "certificates/badge_verify.html",
            {"badge_form": form},
            status=413 if oversized else 400,
        )
    check = badges.badge_check(form.cleaned_data["token"])
    return render(
        request,
        "certificates/badge_verify.html",
        {
            "badge_form": _badge_form(),
            "check": check,
            "verify_url": check.certificate and verification_url(check.certificate),
        },
        status=check.http_status,
    )


def _public(response: HttpResponse) -> HttpResponse:
    """Readable by any verifier, including a wallet running in someone else's web page."""
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
@cache_control(public=True, max_age=60 * 60)
def badge_jwks(request):
    """The public keys badges are signed with (a JSON Web Key Set)."""
    if not settings.CERTIFICATE_SIGNING:
        raise Http404
    return _public(JsonResponse(badges.jwks(), content_type="application/jwk-set+json"))


@require_GET
@cache_control(public=True, max_age=60 * 60)
def badge_issuer(request):
    """The issuer profile named in every badge."""
    if not settings.CERTIFICATE_SIGNING:
        raise Http404
    return _public(JsonResponse(badges.issuer_profile()))


@require_GET
@cache_control(public=True, max_age=60)
def badge_status_list(request, number):
    """A Bitstring Status List credential: one bit per certificate, set once it is revoked
    or superseded. Signed like the badges."""
    if not settings.CERTIFICATE_SIGNING:
        raise Http404
    revoked = status_list_revoked(number=number, size=badges.STATUS_LIST_SIZE)
    if revoked is None:
        raise Http404
    return _public(
        HttpResponse(badges.status_list_credential(number, revoked), content_type=BADGE_MEDIA_TYPE)
    )

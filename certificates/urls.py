from django.urls import path, register_converter

from certificates import views
from certificates.converters import CertificateNumberConverter, VerificationCodeConverter

register_converter(VerificationCodeConverter, "code")
register_converter(CertificateNumberConverter, "certificate_number")

urlpatterns = [
    path("certificates/", views.certificate_list, name="certificate_list"),
    path("certificates/transcript/", views.certificate_transcript, name="certificate_transcript"),
    path(
        "certificates/<certificate_number:number>/download/",
        views.certificate_download,
        name="certificate_download",
    ),
    path(
        "certificates/<certificate_number:number>/badge/",
        views.certificate_badge,
        name="certificate_badge",
    ),
    path("certificates/badge-consent/", views.badge_consent, name="certificate_badge_consent"),
    path("verify/", views.verify_lookup, name="certificate_verify_lookup"),
    path("verify/badge/", views.badge_verify, name="certificate_badge_verify"),
    path(".well-known/jwks.json", views.badge_jwks, name="badge_jwks"),
    path("credentials/issuer/", views.badge_issuer, name="badge_issuer"),
    path("credentials/status/<int:number>/", views.badge_status_list, name="badge_status_list"),
    path("verify/<code:code>/", views.verify, name="certificate_verify"),
]

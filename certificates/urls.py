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
    path("verify/", views.verify_lookup, name="certificate_verify_lookup"),
    path("verify/<code:code>/", views.verify, name="certificate_verify"),
]

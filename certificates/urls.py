from django.urls import path

from certificates import views

urlpatterns = [
    path("certificates/", views.certificate_list, name="certificate_list"),
    path("certificates/transcript/", views.certificate_transcript, name="certificate_transcript"),
    path(
        "certificates/<str:number>/download/",
        views.certificate_download,
        name="certificate_download",
    ),
    path("verify/", views.verify_lookup, name="certificate_verify_lookup"),
    path("verify/<str:code>/", views.verify, name="certificate_verify"),
]

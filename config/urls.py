from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import views as cms_views
from courses import views as course_views

urlpatterns = [
    path("healthz", cms_views.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/profile/", cms_views.profile, name="profile"),
    path("accounts/data/", cms_views.data_export, name="data_export"),
    path("accounts/delete/", cms_views.delete_account, name="account_delete"),
    path("accounts/delete/done/", cms_views.account_deleted, name="account_deleted"),
    path("accounts/", include("allauth.urls")),
    path("dashboard/", course_views.dashboard, name="dashboard"),
    path("", include("certificates.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]

from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from certificates import renewal_views
from cms import views as cms_views

urlpatterns = [
    path("healthz", cms_views.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/profile/", cms_views.profile, name="profile"),
    path("accounts/data/", cms_views.data_export, name="data_export"),
    path("accounts/delete/", cms_views.delete_account, name="account_delete"),
    path("accounts/delete/done/", cms_views.account_deleted, name="account_deleted"),
    path("accounts/", include("allauth.urls")),
    path("dashboard/", renewal_views.dashboard, name="dashboard"),
    path("dashboard/licences/", renewal_views.licences, name="licences"),
    path("dashboard/licences/<int:pk>/", renewal_views.licence_edit, name="licence_edit"),
    path(
        "dashboard/licences/<int:pk>/delete/",
        renewal_views.licence_delete,
        name="licence_delete",
    ),
    path("dashboard/outside-ce/", renewal_views.outside_courses, name="outside_courses"),
    path(
        "dashboard/outside-ce/<int:pk>/certificate/",
        renewal_views.outside_course_file,
        name="outside_course_file",
    ),
    path(
        "dashboard/outside-ce/<int:pk>/delete/",
        renewal_views.outside_course_delete,
        name="outside_course_delete",
    ),
    path("dashboard/calendar/", renewal_views.calendar_settings, name="calendar_settings"),
    path("calendar/<str:token>.ics", renewal_views.calendar_feed, name="calendar_feed"),
    path("", include("certificates.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]

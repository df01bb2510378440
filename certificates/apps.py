from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from certificates import signals
        from cms.signals import profile_saved
        from courses.signals import progress_changed

        progress_changed.connect(signals.queue_issue, dispatch_uid="certificates.progress")
        profile_saved.connect(
            signals.queue_issue_for_enrolled_courses, dispatch_uid="certificates.profile"
        )

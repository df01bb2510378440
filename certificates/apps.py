from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from certificates import signals
        from cms.signals import profile_saved
        from courses.signals import course_completed

        course_completed.connect(
            signals.queue_issue_on_completion, dispatch_uid="certificates.completed"
        )
        profile_saved.connect(
            signals.queue_waiting_on_profile_save, dispatch_uid="certificates.profile"
        )

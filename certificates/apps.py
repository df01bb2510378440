from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_save

        from certificates import checks, signals  # noqa: F401 - registers the checks
        from cms.models import ProviderSettings
        from cms.signals import profile_saved
        from courses.signals import course_completed

        course_completed.connect(
            signals.queue_issue_on_completion, dispatch_uid="certificates.completed"
        )
        profile_saved.connect(
            signals.queue_waiting_on_profile_save, dispatch_uid="certificates.profile"
        )
        post_save.connect(
            signals.queue_unissued_on_provider_save,
            sender=ProviderSettings,
            dispatch_uid="certificates.provider",
        )

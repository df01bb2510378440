from django.conf import settings
from django.core.checks import Error, Tags, register
from django.db import DatabaseError


@register(Tags.database, deploy=True)
def provider_ready_for_certificates(app_configs, databases=None, **kwargs):
    """`manage.py check --deploy --database default`: the CE provider settings have what
    every certificate must print (when CERTIFICATES_REQUIRE_PROVIDER_DETAILS is on). A deploy
    check, so `migrate` runs before the details are filled in."""
    if not databases or not settings.CERTIFICATES_REQUIRE_PROVIDER_DETAILS:
        return []
    from cms.models import ProviderSettings

    try:
        missing = ProviderSettings.load().missing_for_certificates()
    except DatabaseError:
        return []  # not migrated yet: `migrate` comes first
    if not missing:
        return []
    return [
        Error(
            "Certificates cannot be issued: the CE provider settings lack "
            + ", ".join(missing)
            + ".",
            hint="Add them in the admin under Settings → CE provider.",
            id="certificates.E001",
        )
    ]

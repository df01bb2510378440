from .base import *  # noqa: F403

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Certificates and badges are signed with a self-signed development certificate, made on first
# use in the provider's name (or by `manage.py signing_dev_certificate`).
CERTIFICATE_SIGNING = env_bool("CERTIFICATE_SIGNING", True)
CERTIFICATE_SIGNING_DEV_CREATE = True
CERTIFICATE_SIGNING_PKCS12 = CERTIFICATE_SIGNING_PKCS12 or str(VAR_DIR / "signing" / "dev.p12")
CERTIFICATE_SIGNING_PASSWORD = CERTIFICATE_SIGNING_PASSWORD or "dev-only-not-secret"  # noqa: S105

# Serve static files from the apps directly; no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

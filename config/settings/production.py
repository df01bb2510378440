from .base import *  # noqa: F403

DEBUG = False
if not SECRET_KEY:
    raise RuntimeError("SECRET_KEY must be set in production.")
if not os.environ.get("ALLOWED_HOSTS"):
    raise RuntimeError("ALLOWED_HOSTS must list the site's host names in production.")
if not WAGTAILADMIN_BASE_URL.startswith("https://"):
    # Printed on every certificate and its QR code, forever: it must be the public address.
    raise RuntimeError("BASE_URL must be the site's public https:// address in production.")
if not os.environ.get("REDIS_URL"):
    # Rate limits must count atomically across every web process and node.
    raise RuntimeError("REDIS_URL must point at the shared Redis cache in production.")
# Every certificate is signed: the provider's PKCS#12 file and its password are required
# (`manage.py check --deploy` checks that the file opens and its certificate is current).
# CERTIFICATE_SIGNING=off issues unsigned certificates, which the deploy checks report.
CERTIFICATE_SIGNING = env_bool("CERTIFICATE_SIGNING", True)
if CERTIFICATE_SIGNING and not (
    CERTIFICATE_SIGNING_PASSWORD and Path(CERTIFICATE_SIGNING_PKCS12 or "/nonexistent").is_file()
):
    raise RuntimeError(
        "CERTIFICATE_SIGNING_PKCS12 must name the provider's PKCS#12 signing file and "
        "CERTIFICATE_SIGNING_PASSWORD its password once certificate signing is on."
    )
CERTIFICATES_REQUIRE_PROVIDER_DETAILS = env_bool("CERTIFICATES_REQUIRE_PROVIDER_DETAILS", True)
STAFF_REQUIRE_MFA = env_bool("STAFF_REQUIRE_MFA", True)

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# On by default so the site can join browsers' HSTS preload list; turn off only while the
# domain's subdomains are not all on HTTPS yet.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not :memory:, so threads in concurrency tests share one database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}

# Serve static files from the apps directly; no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Uploaded and generated files go to a throwaway folder per run, never the dev site's.
_TEST_FILES = Path(tempfile.mkdtemp(prefix="ce-test-files-"))
MEDIA_ROOT = _TEST_FILES / "media"
PRIVATE_MEDIA_ROOT = _TEST_FILES / "private"

# Signed with a self-signed certificate made in the throwaway folder on first use.
CERTIFICATE_SIGNING = True
CERTIFICATE_SIGNING_DEV_CREATE = True
CERTIFICATE_SIGNING_PKCS12 = str(_TEST_FILES / "signing" / "test.p12")
CERTIFICATE_SIGNING_PASSWORD = "test-only-not-secret"  # noqa: S105
CERTIFICATE_SIGNING_PREVIOUS_CERTIFICATES = []
CERTIFICATE_TIMESTAMP_URL = ""

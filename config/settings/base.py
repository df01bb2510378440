"""Settings shared by every environment.

Safe by default and read from the environment; production.py only hardens.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))  # SQLite, cache, media in dev
VAR_DIR.mkdir(parents=True, exist_ok=True)


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "courses",
    "quizzes",
    "certificates",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "cms.middleware.RejectNulMiddleware",
    "cms.content_cache.ContentGenerationMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "cms.middleware.SiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "cms.middleware.AdminAccessMiddleware",
    "cms.middleware.HeadersMiddleware",
    "cms.middleware.DatabaseUnavailableMiddleware",
    "cms.autosave.AutosaveRaceMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Content-Security-Policy: the site's pages load scripts, styles and images only from the site
# itself (no inline scripts, handlers or style attributes anywhere), video players from the
# two embed providers. The Wagtail admin, which still relies on inline scripts and styles, is
# left to its own defaults.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": [
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cms.context_processors.site_provider",
            ],
        },
    },
]

# Database: SQLite (WAL, immediate transactions, long busy timeout so concurrent writers
# queue instead of failing) unless DATABASE_URL points elsewhere.
if os.environ.get("DATABASE_URL"):
    DATABASES = {
        "default": dj_database_url.parse(
            os.environ["DATABASE_URL"], conn_max_age=60, conn_health_checks=True
        )
    }
    # Behind PgBouncer in transaction mode, server-side cursors cannot work.
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = env_bool("DISABLE_SERVER_SIDE_CURSORS")
    # No JIT compilation: it costs ~100 ms on the report aggregates and saves nothing on pages.
    # (Behind PgBouncer, add `options` to its ignore_startup_parameters, or set jit = off in
    # postgresql.conf.)
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("SQLITE_PATH", VAR_DIR / "db.sqlite3"),
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 30,
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                ),
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache shared by every worker process: Redis when configured, else files on disk.
# Login rate limits depend on it.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": VAR_DIR / "cache",
        }
    }

AUTH_USER_MODEL = "cms.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "dashboard"

# --- django-allauth -------------------------------------------------------------------
# Email is the login; addresses must be verified before the account is usable. Login,
# signup and reset attempts are rate limited in the cache above. Per address, the limits fit
# a class of 50 behind one school NAT logging in at exam start; per account, five wrong
# passwords in five minutes still lock out a guesser. Every user can enable TOTP with
# recovery codes. Policy lives in cms.adapters.AccountAdapter; look and feel in
# templates/allauth/.
ACCOUNT_ADAPTER = "cms.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_RATE_LIMITS = {
    "login": "300/m/ip",
    "login_failed": "60/m/ip,5/300s/key",
    "signup": "100/m/ip",
    "reset_password": "60/m/ip,5/m/key",
    "reset_password_from_key": "60/m/ip",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = os.environ.get("MFA_TOTP_ISSUER", "Massage CE")
# Staff set up two-factor authentication before they reach the admin (on in production; off
# in development so the documented demo logins work as they are).
STAFF_REQUIRE_MFA = env_bool("STAFF_REQUIRE_MFA", False)
# -------------------------------------------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Files only views that check ownership may serve (certificate PDFs). Never under MEDIA_URL.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", VAR_DIR / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Certificate PDFs and uploaded outside-CE certificates: PRIVATE_MEDIA_ROOT, no URL.
    "private": {"BACKEND": "cms.storage.PrivateStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Object storage (S3-compatible, django-storages) when more than one node must see the files:
# MEDIA_BUCKET for images and documents, PRIVATE_BUCKET (block all public access) for
# certificate PDFs and learners' uploads, which only ownership-checking views serve.
# Credentials come from the usual AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or the
# instance's role); S3_ENDPOINT_URL for a provider other than AWS.
S3_OPTIONS = {
    "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
    "region_name": os.environ.get("S3_REGION") or None,
    "file_overwrite": False,
}
if os.environ.get("MEDIA_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **S3_OPTIONS,
            "bucket_name": os.environ["MEDIA_BUCKET"],
            "custom_domain": os.environ.get("MEDIA_DOMAIN") or None,
            "querystring_auth": False,
        },
    }
if os.environ.get("PRIVATE_BUCKET"):
    STORAGES["private"] = {
        "BACKEND": "cms.storage.PrivateS3Storage",
        "OPTIONS": {**S3_OPTIONS, "bucket_name": os.environ["PRIVATE_BUCKET"]},
    }

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Massage CE <no-reply@localhost>")

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Certificates wait until the CE provider settings have a signature image, the signatory's
# name, a logo and approval numbers (on in production; the checks framework and the admin's
# dashboard say what is missing).
CERTIFICATES_REQUIRE_PROVIDER_DETAILS = env_bool("CERTIFICATES_REQUIRE_PROVIDER_DETAILS")
# The CE-hour estimate of home study (courses/estimates.py): minutes of study in a CE hour
# (NCBTMB credits an hour of video or about 12,000 words as one CE; live instruction counts
# 50-minute hours), minutes allowed per quiz item, and how far approved hours may exceed the
# estimate before publishing a home-study course needs a recorded reason.
CE_HOUR_MINUTES = int(os.environ.get("CE_HOUR_MINUTES", 60))
CE_MINUTES_PER_QUIZ_ITEM = float(os.environ.get("CE_MINUTES_PER_QUIZ_ITEM", 1.5))
CE_HOURS_MARGIN = float(os.environ.get("CE_HOURS_MARGIN", 0.10))
# /healthz reports "delayed" (503) when a background task has waited longer than this.
HEALTH_TASK_MAX_WAIT = int(os.environ.get("HEALTH_TASK_MAX_WAIT", 300))
# How long CE records (certificates, rosters, completions, attempts) are kept: NCBTMB asks 6
# years, Florida 4, Texas 5. Documentation and the data-retention purge use it.
CE_RECORD_RETENTION_YEARS = int(os.environ.get("CE_RECORD_RETENTION_YEARS", 6))
# Seconds to wait before retrying a failed certificate render, one entry per retry. After the
# last, `manage.py certificates_repair` (scheduled) picks the certificate up.
CERTIFICATE_RENDER_RETRY_DELAYS = [60, 300, 1800, 7200]
# Signed certificates and badges (certificates/signing.py, certificates/badges.py): with
# CERTIFICATE_SIGNING on, every certificate PDF is signed (PAdES) and learners can download an
# Open Badges 3.0 credential signed with the same key. The key and its certificate come from a
# PKCS#12 file (an ECDSA P-256 key); production refuses to start without it. Development and
# tests make a self-signed one on first use (CERTIFICATE_SIGNING_DEV_CREATE). With a timestamp
# authority's URL, signatures are timestamped (PAdES B-T instead of B-B). After a key change,
# list the old certificates (PEM files) so that what they signed still verifies.
CERTIFICATE_SIGNING = env_bool("CERTIFICATE_SIGNING")
CERTIFICATE_SIGNING_PKCS12 = os.environ.get("CERTIFICATE_SIGNING_PKCS12", "")
CERTIFICATE_SIGNING_PASSWORD = os.environ.get("CERTIFICATE_SIGNING_PASSWORD", "")
CERTIFICATE_SIGNING_DEV_CREATE = False
CERTIFICATE_SIGNING_PREVIOUS_CERTIFICATES = env_list("CERTIFICATE_SIGNING_PREVIOUS_CERTIFICATES")
CERTIFICATE_TIMESTAMP_URL = os.environ.get("CERTIFICATE_TIMESTAMP_URL", "")

WAGTAIL_SITE_NAME = "Massage CE"
WAGTAILADMIN_BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "/accounts/login/"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No third-party requests from the admin: Gravatar would receive a hash of every staff email.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# No SVG: Wagtail serves an original image inline, and an SVG can carry scripts.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]

# Behind reverse proxies (load balancer, CDN), how many of them append to X-Forwarded-For:
# every rate limit (allauth's and the site's) keys on the address the outermost trusted proxy
# saw, counted from the right, never the leftmost entry, which the client can write.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT

# Sessions are read from the cache and written through to the database.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # Security events, one JSON object per line (cms/security.py): ship them to the log store.
    "loggers": {"security": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}

# Uploads editors may make: no SVG (above), at most 10 MB and 40 megapixels an image, and
# documents only in formats a course needs.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "txt", "csv"]

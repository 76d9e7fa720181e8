"""One settings file, driven by environment variables with safe defaults.

A laptop needs nothing set: SQLite in var/, parsing inline, DEBUG off unless DJANGO_DEBUG=1
(`make run` sets it). Production sets SECRET_KEY, DATABASE_URL, ALLOWED_HOSTS and, for
background parsing, CELERY_BROKER_URL.
"""
import os
from pathlib import Path

import dj_database_url
from django.core.management.utils import get_random_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("APP_VAR_DIR", BASE_DIR / "var"))
# The SQLite file and the collected static files live here; make sure the folder exists.
(VAR_DIR / "staticfiles").mkdir(parents=True, exist_ok=True)


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, "1" if default else "0").strip().lower() in {"1", "true", "yes", "on"}


def kept_secret_key(path: Path) -> str:
    """A random key generated once and kept in var/, so commands and a local server need nothing set.

    Sessions and CSRF tokens stay valid across restarts because the same file is read each time.
    """
    try:
        key = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        key = ""
    if len(key) < 50:
        key = get_random_secret_key()
        path.write_text(key, encoding="ascii")
        path.chmod(0o600)
    return key


DEBUG = env_bool("DJANGO_DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "") or kept_secret_key(VAR_DIR / "secret_key")
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "django_tables2",
    "axes",
    "simple_history",
    "disclosures",
    "comparisons",
]

MIDDLEWARE = [
    "disclosures.middleware.UploadSizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "disclosures.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages compressed (gzip; static files come pre-compressed from whitenoise) and answered 304 when unchanged.
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Uploads are saved by several threads and workers at once: take the write lock when a transaction starts
    # (no lock-upgrade deadlock, "database is locked") and wait for it instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {}).update(timeout=30, transaction_mode="IMMEDIATE")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = False

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "staticfiles"
# collectstatic writes hashed names (app.3f2a….js) with gzip and brotli copies beside them; whitenoise serves the
# hashed files with a one-year immutable Cache-Control, so a repeat visit fetches no static file at all.
# With DEBUG on (`make run`) templates use the plain names and whitenoise reads static/ directly.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = DEBUG  # serve from static/ without collectstatic on a laptop
WHITENOISE_AUTOREFRESH = DEBUG

# Rendered PDF pages for the source panel, cached on disk by file sha256 and page.
PAGE_IMAGE_DIR = VAR_DIR / "page_images"

# Source files (PDF/txt) are kept here, named by their sha256, so they can be parsed again.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "media/"
DATA_UPLOAD_MAX_MEMORY_SIZE = 50 * 1024 * 1024

# Accounts: browsing is public; uploading, reviewing and correcting need a login in the "editors" group.
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "disclosures:upload_page"
LOGOUT_REDIRECT_URL = "disclosures:home"
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))  # failed logins before a lockout
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "0.25"))  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/lockout.html"
AXES_VERBOSE = False
CSRF_FAILURE_VIEW = "disclosures.api.csrf_failure"

# Uploads: size limit, and the cage every parse runs in (its own process, wall clock, memory cap, page limit).
UPLOAD_MAX_BYTES = int(os.environ.get("UPLOAD_MAX_MB", "30")) * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o644
PARSE_TIMEOUT = float(os.environ.get("PARSE_TIMEOUT", "60"))  # seconds
PARSE_MEMORY = int(float(os.environ.get("PARSE_MEMORY_GB", "2")) * 1024**3)  # bytes of address space
PARSE_MAX_PAGES = int(os.environ.get("PARSE_MAX_PAGES", "300"))
UPLOAD_BACKGROUND = os.environ.get("UPLOAD_BACKGROUND", "")  # "" = celery with a broker, else a thread
UPLOAD_WORKERS = int(os.environ.get("UPLOAD_WORKERS", "2"))  # parse threads in the web process (no broker)

# Production hardening, behind flags so plain http on a laptop keeps working (`make serve` is local http).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES")
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = SECURE_HSTS_SECONDS > 0
if os.environ.get("SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

# Background parsing: inline unless a broker is configured.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True  # a worker that dies mid-task leaves it for the next one
CELERY_WORKER_PREFETCH_MULTIPLIER = 1

DJANGO_TABLES2_TEMPLATE = "django_tables2/bootstrap5.html"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

"""Test settings: the same project, a throw-away database and media folder."""
import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-key")

from .settings import *  # noqa: E402,F403

DEBUG = False
MEDIA_ROOT = tempfile.mkdtemp(prefix="budget-media-")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CELERY_TASK_ALWAYS_EAGER = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if "DATABASE_URL" not in os.environ:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
WHITENOISE_USE_FINDERS = True  # tests skip collectstatic; tests/disclosures/test_static.py runs it on its own
AXES_ENABLED = False  # client.login() passes no request; the lockout test turns it on
UPLOAD_BACKGROUND = "inline"  # the same cage, run in the request so a test sees the final status
PARSE_TIMEOUT = 20

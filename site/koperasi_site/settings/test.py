"""Settings for the test suite; DATABASE_URL points it at PostgreSQL."""

from .base import *  # noqa: F403
from .env import env

DEBUG = False
SECRET_KEY = "test-only-not-secret"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(env("TEST_MEDIA_ROOT", "/tmp/koperasi-test-media"))  # noqa: F405

"""Settings for the test suite; DATABASE_URL points it at PostgreSQL."""

from .base import *  # noqa: F403
from .env import env

DEBUG = False
SECRET_KEY = "test-only-not-secret"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(env("TEST_MEDIA_ROOT", "/tmp/koperasi-test-media"))  # noqa: F405

# The suite searches the database; engine tests (tests/search) configure
# their own engine backend per test from SEARCH_TEST_URLS, with 0 replicas
# and a per-test index prefix. SEARCH_URLS of the developer's shell is ignored.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

"""Zero-setup local settings: SQLite, database search, console e-mail."""

from .base import *  # noqa: F403
from .env import env

DEBUG = True
SECRET_KEY = env("SECRET_KEY", "dev-only-not-secret")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

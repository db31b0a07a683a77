"""Settings shared by every environment; everything variable comes from env."""

from pathlib import Path

from django.utils.translation import gettext_lazy as _

from search.settings import search_backends_from_env

from .env import database_from_url, env, env_list
from .machine_translation import machine_translator_from_env

PROJECT_DIR = Path(__file__).resolve().parent.parent
SITE_DIR = PROJECT_DIR.parent
REPO_DIR = SITE_DIR.parent

INSTALLED_APPS = [
    "koperasi_pages",
    "search",
    "koperasi_api",
    "koperasi_review",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v2",
    "wagtail.api.v3",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
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
    "django_filters",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "koperasi_api.middleware.ApiHeadersMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "koperasi_pages.middleware.RejectNulBytesMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "koperasi_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "koperasi_site.wsgi.application"

DATABASES = {
    "default": database_from_url(
        env("DATABASE_URL", f"sqlite:///{SITE_DIR / 'db.sqlite3'}")
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# Languages: Indonesian is the source and default, English a translation.
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Indonesian")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The portal's own strings first; then Indonesian for the Wagtail and
# wagtail-localize admin strings their own catalogues leave untranslated.
LOCALE_PATHS = [REPO_DIR / "locale", PROJECT_DIR / "locale"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True
# "17 September 2020" in both languages, 1.234 in Indonesian, 1,234 in English
# (koperasi_site/formats); templates show years and ids with |unlocalize.
FORMAT_MODULE_PATH = ["koperasi_site.formats"]
USE_THOUSAND_SEPARATOR = True
# Off unless KOPERASI_MACHINE_TRANSLATOR is set; see docs/translation.md.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_env()
# "Translate this page" makes an English draft, never a live page that still
# shows Indonesian text; a national editor publishes it once translated.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = Path(env("STATIC_ROOT", str(SITE_DIR / "static_collected")))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(SITE_DIR / "media")))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Inovasi Koperasi"
# Avatars from a third-party service would leak officers' e-mail hashes.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024

# Search: the database backend needs nothing installed; SEARCH_URLS (and
# SEARCH_BACKEND) switch to OpenSearch/Elasticsearch, see docs/search.md.
WAGTAILSEARCH_BACKENDS = search_backends_from_env()

# Headless API: browsers on these origins may call /api/; anonymous reads
# may be cached this many seconds.
KOPERASI_API_CORS_ORIGINS = env_list("KOPERASI_API_CORS_ORIGINS", "")
KOPERASI_API_CACHE_MAX_AGE = int(env("KOPERASI_API_CACHE_MAX_AGE", "300"))
WAGTAILAPI_LIMIT_MAX = 100

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
    },
    "loggers": {
        "koperasi": {
            "handlers": ["console"],
            "level": env("KOPERASI_LOG_LEVEL", "INFO"),
        },
    },
}

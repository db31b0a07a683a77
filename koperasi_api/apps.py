from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KoperasiApiConfig(AppConfig):
    """The portal's headless API, built on Wagtail's own v3 API (django-ninja).

    Importing ``koperasi_api.api`` adds the portal's routers to Wagtail's
    ``NinjaAPI`` instance; that must happen before its URLs are first built.
    """

    name = "koperasi_api"
    verbose_name = _("Headless API")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import api  # noqa: F401

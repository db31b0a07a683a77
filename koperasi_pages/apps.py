from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KoperasiPagesConfig(AppConfig):
    name = "koperasi_pages"
    verbose_name = _("Cooperative innovation pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()

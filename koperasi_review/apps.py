from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KoperasiReviewConfig(AppConfig):
    name = "koperasi_review"
    verbose_name = _("Officer review workflow")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()

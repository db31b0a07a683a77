"""Admin screens for officer profiles and change request reasons."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ChangeRequestReason, OfficerProfile


class OfficerProfileViewSet(ModelViewSet):
    """National editors assign roles and regions under Settings."""

    model = OfficerProfile
    icon = "user"
    menu_label = _("Officer profiles")
    add_to_settings_menu = True
    list_display = ["user", "role", "region_names", "phone", "staff_number"]
    list_filter = ["role"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    ordering = ["user__username"]


class ChangeRequestReasonViewSet(SnippetViewSet):
    model = ChangeRequestReason
    icon = "comment"
    menu_label = _("Change request reasons")
    add_to_settings_menu = True
    list_display = ["name", "active", "sort_order"]
    ordering = ["sort_order", "name"]

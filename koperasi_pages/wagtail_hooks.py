"""Admin registrations: taxonomy snippets editors maintain in both languages."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CooperativeType, InnovationMode, InnovationStage, ProblemArea


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]


class CooperativeTypeViewSet(TermViewSet):
    model = CooperativeType
    icon = "group"


class InnovationModeViewSet(TermViewSet):
    model = InnovationMode
    icon = "pick"
    list_display = ["name", "slug", "parent", "locale"]


class ProblemAreaViewSet(TermViewSet):
    model = ProblemArea
    icon = "warning"


class InnovationStageViewSet(TermViewSet):
    model = InnovationStage
    icon = "time"


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = [
        CooperativeTypeViewSet,
        InnovationModeViewSet,
        ProblemAreaViewSet,
        InnovationStageViewSet,
    ]


register_snippet(TaxonomyGroup)

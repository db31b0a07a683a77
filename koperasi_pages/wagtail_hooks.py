"""Admin registrations: taxonomy snippets editors maintain in both languages."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CooperativeType, InnovationMode, InnovationStage, ProblemArea
from .permissions import can_publish_translation


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


# Translations: only national editors publish pages outside the source language
# (see permissions.py). Each way of publishing from the admin is checked.


def _refuse_translation_publish(request, page):
    messages.error(
        request,
        gettext(
            "Only national editors publish translations. Your changes to "
            "“%(title)s” are saved as a draft."
        )
        % {"title": page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_publish_page")
def check_translation_publisher(request, page):
    if not can_publish_translation(request.user, page):
        return _refuse_translation_publish(request, page)


# Runs before wagtail-localize's own hook, which takes over the editing of
# translated pages and publishes from its translation editor.
@hooks.register("before_edit_page", order=-10)
def check_translation_editor_publisher(request, page):
    if (
        request.method == "POST"
        and request.POST.get("action") == "publish"
        and not can_publish_translation(request.user, page)
    ):
        return _refuse_translation_publish(request, page)


@hooks.register("before_bulk_action")
def check_translation_bulk_publisher(request, action_type, objects, action_class):
    if action_type != "publish":
        return None

    refused = [
        page for page in objects if not can_publish_translation(request.user, page)
    ]
    if refused:
        messages.error(
            request,
            gettext(
                "Only national editors publish translations, so nothing was "
                "published. Deselect these pages: %(titles)s."
            )
            % {"titles": ", ".join(page.get_admin_display_title() for page in refused)},
        )
        return redirect(action_class.next_url)
    return None

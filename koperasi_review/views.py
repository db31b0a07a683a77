"""The reviewer's queue, as an admin page and as a dashboard panel."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from .queue import awaiting_review
from .roles import Role

PANEL_SIZE = 8


def is_reviewer(user):
    """Whether ``user`` reviews at any step, so the queue is worth showing."""
    if user.is_superuser:
        return True
    profile = getattr(user, "officer_profile", None)
    return profile is not None and profile.role in (
        Role.REGIONAL_EDITOR,
        Role.NATIONAL_EDITOR,
    )


class AwaitingReviewView(WagtailAdminTemplateMixin, TemplateView):
    """Every page waiting for the current user's review, longest-waiting first."""

    template_name = "koperasi_review/queue.html"
    page_title = _("Awaiting my review")
    header_icon = "tasks"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("koperasi_review_queue"), "label": self.page_title}
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["items"] = awaiting_review(self.request.user)
        return context


class ReviewQueuePanel(Component):
    """Dashboard panel: the oldest pages in the user's queue, with their age.

    It replaces Wagtail's own "awaiting your review" panel, which lists the
    same task states but not how long they have waited or where from.
    """

    name = "koperasi_review_queue"
    template_name = "koperasi_review/panels/queue.html"
    order = 210

    def __init__(self, request):
        self.items = awaiting_review(request.user)

    def render_html(self, parent_context=None):
        if not self.items:
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["items"] = self.items[:PANEL_SIZE]
        context["total"] = len(self.items)
        context["queue_url"] = reverse("koperasi_review_queue")
        return context

"""Admin hooks: menus, the review queue, and the limits Wagtail leaves open.

Wagtail's page permissions do most of the work. Three gaps remain for this
portal, closed here: an officer's add/change permission on a hub would also
let them edit the hub itself, create regency hubs and move drafts between
hubs; and a forged "publish" POST from someone without publish permission
would quietly be saved as a draft instead of being refused.
"""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.models import WorkflowState
from wagtail.snippets.models import register_snippet

from koperasi_pages.models import RegionalHubPage

from .roles import Role
from .views import AwaitingReviewView, ReviewQueuePanel, is_reviewer
from .viewsets import ChangeRequestReasonViewSet, OfficerProfileViewSet

register_snippet(ChangeRequestReasonViewSet)


@hooks.register("register_admin_viewset")
def register_officer_profiles():
    return OfficerProfileViewSet("officer_profiles")


@hooks.register("register_admin_urls")
def register_queue_url():
    return [
        path(
            "review/queue/", AwaitingReviewView.as_view(), name="koperasi_review_queue"
        )
    ]


class QueueMenuItem(MenuItem):
    def is_shown(self, request):
        return is_reviewer(request.user)


@hooks.register("register_admin_menu_item")
def register_queue_menu_item():
    return QueueMenuItem(
        gettext_lazy("Awaiting my review"),
        reverse("koperasi_review_queue"),
        icon_name="tasks",
        order=150,
    )


@hooks.register("construct_homepage_panels")
def add_queue_panel(request, panels):
    panels[:] = [
        panel
        for panel in panels
        if getattr(panel, "name", "") != "workflow_objects_to_moderate"
    ]
    panels.append(ReviewQueuePanel(request))


def is_officer(user):
    if user.is_superuser:
        return False
    profile = getattr(user, "officer_profile", None)
    return profile is not None and profile.role == Role.OFFICER


@hooks.register("before_edit_page")
def guard_page_edit(request, page):
    if is_officer(request.user) and isinstance(page, RegionalHubPage):
        raise PermissionDenied
    if request.method == "POST" and request.POST.get("action-publish"):
        if not page.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
    if request.method == "GET":
        show_requested_changes(request, page)


@hooks.register("before_create_page")
def guard_page_create(request, parent_page, page_class):
    if is_officer(request.user) and issubclass(page_class, RegionalHubPage):
        raise PermissionDenied
    if request.method == "POST" and request.POST.get("action-publish"):
        if not parent_page.permissions_for_user(request.user).can_publish_subpage():
            raise PermissionDenied


@hooks.register("before_move_page")
def guard_page_move(request, page, destination):
    # Moving decides a page's province; only editors who publish may do it.
    if is_officer(request.user):
        raise PermissionDenied


def show_requested_changes(request, page):
    """Put the reviewer's request for changes on top of the editor."""
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return

    task_state = state.current_task_state.specific
    messages.warning(
        request,
        _("%(reviewer)s requested changes at %(step)s: %(comment)s")
        % {
            "reviewer": task_state.finished_by.get_full_name()
            if task_state.finished_by
            else _("A reviewer"),
            "step": task_state.task.name,
            "comment": task_state.get_comment(),
        },
    )

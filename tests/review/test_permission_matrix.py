"""Every role × action × region, through the real admin views and URLs.

A denied action must answer 403 or a redirect and leave the database exactly
as it was; an allowed one must have its effect. ``EXPECTED`` is the
permission matrix of the portal (True = allowed), for pages in the user's
own region (Jawa Timur) and in another region (DI Yogyakarta).
"""

from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, PageLogEntry, Revision, TaskState, WorkflowState

from koperasi_pages.models import InnovationStoryPage
from koperasi_review.models import NationalApprovalTask

from .builders import (
    add_url,
    build_story,
    edit_url,
    filled,
    page_form,
    reload,
    story_fields,
)

pytestmark = pytest.mark.django_db

ROLES = {
    "officer": "ppkl.jatim",
    "regional editor": "editor.jatim",
    "national editor": "editor.nasional",
}
ACTIONS = [
    "create",
    "edit",
    "submit",
    "approve step 1",
    "approve step 2",
    "publish",
    "unpublish",
    "move",
    "delete",
]
# (own region, other region)
EXPECTED = {
    "officer": {
        "create": (True, False),
        "edit": (True, False),
        "submit": (True, False),
        "approve step 1": (False, False),
        "approve step 2": (False, False),
        "publish": (False, False),
        "unpublish": (False, False),
        "move": (False, False),
        "delete": (False, False),
    },
    "regional editor": {
        "create": (True, False),
        "edit": (True, False),
        "submit": (True, False),
        "approve step 1": (True, False),
        "approve step 2": (False, False),
        "publish": (False, False),
        "unpublish": (False, False),
        "move": (False, False),
        "delete": (False, False),
    },
    "national editor": {
        "create": (True, True),
        "edit": (True, True),
        "submit": (True, True),
        # Regional editors exist in both regions; national editors review
        # step 1 only where none is assigned (see test_review_rules.py).
        "approve step 1": (False, False),
        "approve step 2": (True, True),
        "publish": (True, True),
        "unpublish": (True, True),
        "move": (True, True),
        "delete": (True, True),
    },
}


@dataclass
class Case:
    hub: object
    destination: object
    admin: object
    innovation_mode: object
    target: object = None


def snapshot():
    """Everything an action on a page could change."""
    return (
        list(
            Page.objects.order_by("pk").values_list(
                "pk",
                "path",
                "live",
                "latest_revision_id",
                "title",
                "has_unpublished_changes",
                "locked",
            )
        ),
        list(WorkflowState.objects.order_by("pk").values_list("pk", "status")),
        list(TaskState.objects.order_by("pk").values_list("pk", "status")),
        Revision.objects.count(),
        PageLogEntry.objects.count(),
    )


def start_review(case, approve_regional=False):
    story = case.target
    story.get_workflow().start(story, case.admin)
    if approve_regional:
        story = reload(story)
        task_state = story.current_workflow_task_state
        task_state.task.specific.on_action(task_state, case.admin, "approve")
    return reload(story)


def workflow_action_url(page, action):
    task_state = page.current_workflow_task_state
    return reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]
    )


# Each action: prepare the target page, act through the admin, tell the effect.


def prepare_create(case):
    admin = Client()
    admin.force_login(case.admin)
    case.form = page_form(admin, add_url(case.hub))


def act_create(client, case):
    fields = story_fields("Cerita Baru", "cerita-baru-matriks", case.innovation_mode)
    return client.post(add_url(case.hub), filled(case.form, fields))


def created(case):
    return (
        InnovationStoryPage.objects.child_of(case.hub)
        .filter(slug="cerita-baru-matriks")
        .exists()
    )


def prepare_edit(case):
    admin = Client()
    admin.force_login(case.admin)
    case.form = page_form(admin, edit_url(case.target))


def act_edit(client, case):
    return client.post(edit_url(case.target), filled(case.form, {"title": "Diubah"}))


def edited(case):
    return reload(case.target).get_latest_revision_as_object().title == "Diubah"


def act_submit(client, case):
    return client.post(
        edit_url(case.target), filled(case.form, {}, action="action-submit")
    )


def submitted(case):
    return reload(case.target).workflow_in_progress


def prepare_step(approve_regional):
    def prepare(case):
        case.target = start_review(case, approve_regional)

    return prepare


def act_approve(client, case):
    return client.post(workflow_action_url(case.target, "approve"))


def approved_regional(case):
    return isinstance(reload(case.target).current_workflow_task, NationalApprovalTask)


def approved_national(case):
    return reload(case.target).live


def act_publish(client, case):
    return client.post(
        edit_url(case.target), filled(case.form, {}, action="action-publish")
    )


def act_unpublish(client, case):
    url = reverse("wagtailadmin_pages:unpublish", args=[case.target.pk])
    return client.post(url)


def act_move(client, case):
    url = reverse(
        "wagtailadmin_pages:move_confirm", args=[case.target.pk, case.destination.pk]
    )
    return client.post(url)


def moved(case):
    return reload(case.target).get_parent().pk == case.destination.pk


def act_delete(client, case):
    url = reverse("wagtailadmin_pages:delete", args=[case.target.pk])
    return client.post(url)


def deleted(case):
    return not Page.objects.filter(pk=case.target.pk).exists()


SCENARIOS = {
    # action: (target is live?, prepare, act, took effect?)
    "create": (None, prepare_create, act_create, created),
    "edit": (True, prepare_edit, act_edit, edited),
    "submit": (False, prepare_edit, act_submit, submitted),
    "approve step 1": (False, prepare_step(False), act_approve, approved_regional),
    "approve step 2": (False, prepare_step(True), act_approve, approved_national),
    "publish": (False, prepare_edit, act_publish, approved_national),
    "unpublish": (True, None, act_unpublish, lambda case: not reload(case.target).live),
    "move": (True, None, act_move, moved),
    "delete": (True, None, act_delete, deleted),
}


@pytest.mark.parametrize("region", ["own region", "other region"])
@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", list(ROLES))
def test_permission_matrix(
    client, users, jatim_hub, diy_hub, jateng_hub, innovation_mode, role, action, region
):
    hub = jatim_hub if region == "own region" else diy_hub
    case = Case(
        hub=hub,
        destination=jateng_hub,
        admin=users["admin"],
        innovation_mode=innovation_mode,
    )
    live, prepare, act, took_effect = SCENARIOS[action]
    if live is not None:
        case.target = build_story(
            hub,
            "Cerita Matriks",
            "cerita-matriks",
            owner=users["admin"],
            live=live,
            innovation_mode=innovation_mode,
        )
    if prepare:
        prepare(case)

    allowed = EXPECTED[role][action][0 if region == "own region" else 1]
    client.force_login(users[ROLES[role]])
    before = snapshot()
    response = act(client, case)

    if allowed:
        assert response.status_code in (200, 302), response.status_code
        assert took_effect(case), f"{role} could not {action} in {region}"
    else:
        assert response.status_code in (302, 403), response.status_code
        if response.status_code == 302:
            # Wagtail's "Sorry, you do not have permission" redirect.
            assert response.url == reverse("wagtailadmin_home")
        assert snapshot() == before, f"{role} changed the database: {action}"
        assert not took_effect(case)


def test_officer_cannot_open_edit_url_of_other_region_by_id(
    client, users, diy_hub, innovation_mode
):
    story = build_story(
        diy_hub,
        "Cerita Jogja",
        "cerita-jogja",
        owner=users["admin"],
        innovation_mode=innovation_mode,
    )
    client.force_login(users["ppkl.jatim"])
    before = snapshot()

    response = client.get(edit_url(story))

    assert response.status_code in (302, 403)
    assert snapshot() == before


def test_officer_cannot_edit_the_hub_itself(client, users, jatim_hub):
    client.force_login(users["ppkl.jatim"])

    response = client.get(edit_url(jatim_hub))

    assert response.status_code in (302, 403)


def test_officer_cannot_create_a_regency_hub(client, users, jatim_hub):
    from koperasi_pages.models import RegionalHubPage

    client.force_login(users["ppkl.jatim"])

    response = client.get(add_url(jatim_hub, RegionalHubPage))

    assert response.status_code in (302, 403)

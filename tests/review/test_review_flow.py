"""The whole path of a story from an officer's draft to the public site."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from koperasi_pages.models import InnovationStoryPage
from koperasi_review.models import (
    ChangeRequestReason,
    NationalApprovalTask,
    RegionalReviewTask,
)

from .builders import add_url, edit_url, filled, page_form, reload, story_fields

pytestmark = pytest.mark.django_db


def workflow_action_url(page, action):
    task_state = page.current_workflow_task_state
    return reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]
    )


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_story_goes_from_officer_through_both_reviews_to_the_public_site(
    client, users, jatim_hub, innovation_mode
):
    officer = users["ppkl.jatim"]
    jatim_editor = users["editor.jatim"]
    diy_editor = users["editor.diy"]
    national_editor = users["editor.nasional"]

    # The officer writes a story in the Jawa Timur hub and submits it.
    client.force_login(officer)
    form = page_form(client, add_url(jatim_hub))
    fields = story_fields("Pasar Daring Tani Makmur", "pasar-daring", innovation_mode)
    mail.outbox.clear()
    response = client.post(
        add_url(jatim_hub), filled(form, fields, action="action-submit")
    )
    assert response.status_code == 302

    story = InnovationStoryPage.objects.get(slug="pasar-daring")
    assert not story.live
    assert story.province_id == "35"
    assert isinstance(story.current_workflow_task, RegionalReviewTask)
    assert "editor.jatim@example.org" in recipients()
    assert "editor.diy@example.org" not in recipients()
    assert "editor.nasional@example.org" not in recipients()

    # The Yogyakarta editor is refused and nothing moves.
    client.force_login(diy_editor)
    response = client.post(workflow_action_url(story, "approve"))
    assert response.status_code in (302, 403)
    assert isinstance(reload(story).current_workflow_task, RegionalReviewTask)

    # The Jawa Timur editor asks for changes, with a reason and a comment.
    client.force_login(jatim_editor)
    reason = ChangeRequestReason.objects.active().first()
    mail.outbox.clear()
    response = client.post(
        workflow_action_url(story, "reject"),
        {"reason": reason.pk, "comment": "Tambahkan angka penjualan sebelum aplikasi."},
    )
    assert response.status_code == 302
    state = reload(story).current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert recipients() == ["ppkl.jatim@example.org"]
    assert "Tambahkan angka penjualan" in mail.outbox[0].body
    assert reason.name in mail.outbox[0].body

    # The officer sees the request in the editor, edits and resubmits.
    client.force_login(officer)
    response = client.get(edit_url(story))
    assert "Tambahkan angka penjualan sebelum aplikasi." in response.content.decode()
    form = page_form(client, edit_url(story))
    response = client.post(
        edit_url(story),
        filled(
            form,
            {"summary": "Penjualan naik dari 2 ton menjadi 5 ton sebulan."},
            action="action-submit",
        ),
    )
    assert response.status_code == 302
    assert isinstance(reload(story).current_workflow_task, RegionalReviewTask)

    # Regional approval sends the story on to the national editors.
    client.force_login(jatim_editor)
    mail.outbox.clear()
    response = client.post(workflow_action_url(reload(story), "approve"))
    assert response.status_code == 302
    assert isinstance(reload(story).current_workflow_task, NationalApprovalTask)
    assert "editor.nasional@example.org" in recipients()
    assert "editor.jatim@example.org" not in recipients()

    # National approval publishes it.
    client.force_login(national_editor)
    mail.outbox.clear()
    response = client.post(workflow_action_url(reload(story), "approve"))
    assert response.status_code == 302
    story = reload(story)
    assert story.live
    assert story.summary == "Penjualan naik dari 2 ton menjadi 5 ton sebulan."
    assert "ppkl.jatim@example.org" in recipients()

    client.logout()
    response = client.get(story.url)
    assert response.status_code == 200
    assert "Pasar Daring Tani Makmur" in response.content.decode()

    # The audit log tells the story, each step with who did it.
    log = [
        (entry.action, entry.user.username)
        for entry in PageLogEntry.objects.filter(page=story).order_by("timestamp", "pk")
        if entry.action.startswith("wagtail.workflow")
        or entry.action == "wagtail.publish"
    ]
    assert log == [
        ("wagtail.workflow.start", "ppkl.jatim"),
        ("wagtail.workflow.reject", "editor.jatim"),
        ("wagtail.workflow.resume", "ppkl.jatim"),
        ("wagtail.workflow.approve", "editor.jatim"),
        ("wagtail.workflow.approve", "editor.nasional"),
        ("wagtail.publish", "editor.nasional"),
    ]
    rejection = TaskState.objects.filter(status=TaskState.STATUS_REJECTED).get(
        workflow_state__object_id=str(story.pk)
    )
    assert rejection.specific.reason == reason

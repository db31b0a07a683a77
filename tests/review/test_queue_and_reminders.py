"""The reviewer's queue, the dashboard panel and the daily reminders."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState

from .builders import build_story, reload

pytestmark = pytest.mark.django_db


@pytest.fixture
def waiting_story(users, jatim_hub, innovation_mode):
    """A Jawa Timur story submitted five days ago, waiting at regional review."""
    story = build_story(
        jatim_hub,
        "Menunggu Lama",
        "menunggu-lama",
        users["ppkl.jatim"],
        False,
        innovation_mode,
    )
    story.get_workflow().start(story, users["ppkl.jatim"])
    task_state = reload(story).current_workflow_task_state
    TaskState.objects.filter(pk=task_state.pk).update(
        started_at=timezone.now() - timedelta(days=5)
    )
    return reload(story)


def test_regional_editor_sees_waiting_story_with_its_age(client, users, waiting_story):
    client.force_login(users["editor.jatim"])

    response = client.get(reverse("koperasi_review_queue"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Menunggu Lama" in html
    item = response.context["items"][0]
    assert item.waiting_days == 5
    assert item.region == "Jawa Timur"


def test_other_region_editor_does_not_see_the_story(client, users, waiting_story):
    client.force_login(users["editor.diy"])

    response = client.get(reverse("koperasi_review_queue"))

    assert "Menunggu Lama" not in response.content.decode()


def test_dashboard_shows_the_queue_to_the_reviewer(client, users, waiting_story):
    client.force_login(users["editor.jatim"])

    response = client.get(reverse("wagtailadmin_home"))

    html = response.content.decode()
    assert 'id="koperasi-review-queue' in html
    assert "Menunggu Lama" in html


def test_officer_has_no_review_queue_in_the_menu(client, users, waiting_story):
    client.force_login(users["ppkl.jatim"])

    response = client.get(reverse("wagtailadmin_home"))

    assert reverse("koperasi_review_queue") not in response.content.decode()


def test_reminder_emails_reviewers_of_old_submissions(users, waiting_story):
    mail.outbox.clear()

    call_command("remind_reviewers", "--days", "3", stdout=StringIO())

    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == ["editor.jatim@example.org"]
    assert "Menunggu Lama" in mail.outbox[0].body
    assert reverse("wagtailadmin_pages:edit", args=[waiting_story.pk]) in (
        mail.outbox[0].body
    )


def test_reminder_leaves_recent_submissions_alone(users, waiting_story):
    mail.outbox.clear()

    call_command("remind_reviewers", "--days", "7", stdout=StringIO())

    assert mail.outbox == []


def test_reminder_dry_run_sends_nothing(users, waiting_story, capsys):
    mail.outbox.clear()

    call_command("remind_reviewers", "--days", "3", "--dry-run")

    assert mail.outbox == []
    assert "editor.jatim" in capsys.readouterr().out


def test_reminder_days_default_comes_from_settings(users, waiting_story, settings):
    settings.KOPERASI_REVIEW_REMINDER_DAYS = 10
    mail.outbox.clear()

    call_command("remind_reviewers", stdout=StringIO())

    assert mail.outbox == []

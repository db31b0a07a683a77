"""Who may delete a page that is not live: publishers, or a writer's own draft."""

import pytest
from django.urls import reverse

from koperasi_pages.models import InnovationStoryPage

from .builders import build_story

pytestmark = pytest.mark.django_db


def delete(client, user, page):
    client.force_login(user)
    return client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))


def exists(page):
    return InnovationStoryPage.objects.filter(pk=page.pk).exists()


def test_regional_editor_cannot_delete_a_submission_in_review(
    client, users, jatim_hub, innovation_mode
):
    story = build_story(
        jatim_hub,
        "Cerita dalam tinjauan",
        "cerita-dalam-tinjauan",
        owner=users["ppkl.jatim"],
        live=False,
        innovation_mode=innovation_mode,
    )
    story.get_workflow().start(story, users["ppkl.jatim"])

    delete(client, users["editor.jatim"], story)

    assert exists(story)


def test_officer_cannot_delete_own_submission_in_review(
    client, users, jatim_hub, innovation_mode
):
    story = build_story(
        jatim_hub,
        "Cerita terkirim",
        "cerita-terkirim",
        owner=users["ppkl.jatim"],
        live=False,
        innovation_mode=innovation_mode,
    )
    story.get_workflow().start(story, users["ppkl.jatim"])

    delete(client, users["ppkl.jatim"], story)

    assert exists(story)


def test_officer_cannot_delete_a_colleagues_draft(
    client, users, jatim_hub, innovation_mode
):
    story = build_story(
        jatim_hub,
        "Draf rekan",
        "draf-rekan",
        owner=users["editor.jatim"],
        live=False,
        innovation_mode=innovation_mode,
    )

    delete(client, users["ppkl.jatim"], story)

    assert exists(story)


def test_officer_may_delete_own_fresh_draft(client, users, jatim_hub, innovation_mode):
    story = build_story(
        jatim_hub,
        "Draf sendiri",
        "draf-sendiri",
        owner=users["ppkl.jatim"],
        live=False,
        innovation_mode=innovation_mode,
    )

    delete(client, users["ppkl.jatim"], story)

    assert not exists(story)


def test_national_editor_may_delete_a_submission_in_review(
    client, users, jatim_hub, innovation_mode
):
    story = build_story(
        jatim_hub,
        "Cerita dihapus editor",
        "cerita-dihapus-editor",
        owner=users["ppkl.jatim"],
        live=False,
        innovation_mode=innovation_mode,
    )
    story.get_workflow().start(story, users["ppkl.jatim"])

    delete(client, users["editor.nasional"], story)

    assert not exists(story)

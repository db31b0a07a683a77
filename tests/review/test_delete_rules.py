"""Who may delete a page that is not live: publishers, or a writer's own draft."""

import pytest
from django.urls import reverse

from koperasi_pages.models import InnovationStoryPage

from .builders import build_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(users, jatim_hub, innovation_mode):
    """A Jawa Timur story that was never published, by ``owner``."""

    def build(slug, owner="ppkl.jatim", in_review=False):
        story = build_story(
            jatim_hub,
            slug.replace("-", " ").capitalize(),
            slug,
            owner=users[owner],
            live=False,
            innovation_mode=innovation_mode,
        )
        if in_review:
            story.get_workflow().start(story, users[owner])
        return story

    return build


def delete(client, user, page):
    client.force_login(user)
    return client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))


def exists(page):
    return InnovationStoryPage.objects.filter(pk=page.pk).exists()


def test_regional_editor_cannot_delete_a_submission_in_review(client, users, draft):
    story = draft("cerita-dalam-tinjauan", in_review=True)

    delete(client, users["editor.jatim"], story)

    assert exists(story)


def test_officer_cannot_delete_own_submission_in_review(client, users, draft):
    story = draft("cerita-terkirim", in_review=True)

    delete(client, users["ppkl.jatim"], story)

    assert exists(story)


def test_officer_cannot_delete_a_colleagues_draft(client, users, draft):
    story = draft("draf-rekan", owner="editor.jatim")

    delete(client, users["ppkl.jatim"], story)

    assert exists(story)


def test_officer_may_delete_own_fresh_draft(client, users, draft):
    story = draft("draf-sendiri")

    delete(client, users["ppkl.jatim"], story)

    assert not exists(story)


def test_national_editor_may_delete_a_submission_in_review(client, users, draft):
    story = draft("cerita-dihapus-editor", in_review=True)

    delete(client, users["editor.nasional"], story)

    assert not exists(story)

"""Small helpers that drive the real admin views with the test client."""

from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from koperasi_pages.models import InnovationStoryPage


def add_url(parent, model=InnovationStoryPage):
    return reverse(
        "wagtailadmin_pages:add",
        args=[model._meta.app_label, model._meta.model_name, parent.pk],
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def page_form(client, url, model=InnovationStoryPage):
    """The page form at ``url`` as the browser would post it back.

    Stream fields are drawn by JavaScript in the browser; here they are
    posted empty, which is what an untouched stream field sends.
    """
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for field in model._meta.get_fields():
        if isinstance(field, StreamField) and f"{field.name}-count" not in data:
            data[f"{field.name}-count"] = "0"
    return data


def story_fields(title, slug, innovation_mode, summary=None):
    return {
        "title": title,
        "slug": slug,
        "summary": summary
        or "Koperasi menjual hasil panen lewat aplikasi pesan bersama anggota.",
        "innovation_mode": str(innovation_mode.pk),
        "reporter_name": "Sri Wahyuningsih",
    }


def filled(form, fields, action=None):
    data = form.copy()
    for name, value in fields.items():
        data[name] = value
    if action:
        data[action] = action
    return data


def build_story(hub, title, slug, owner=None, live=True, innovation_mode=None):
    """A story made directly with Wagtail's API, as a fixture for actions."""
    story = InnovationStoryPage(
        title=title,
        slug=slug,
        summary="Cerita untuk menguji hak akses.",
        innovation_mode=innovation_mode,
        owner=owner,
        live=False,
    )
    hub.add_child(instance=story)
    revision = story.save_revision(user=owner)
    if live:
        revision.publish()
    return InnovationStoryPage.objects.get(pk=story.pk)


def reload(page):
    return Page.objects.get(pk=page.pk).specific

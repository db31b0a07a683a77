"""Only national editors (and superusers) publish English pages.

Translations are editor work, not officer reportage: the Indonesian source
goes through the review workflow, and its English version is published by
the national editors who manage translations. Other users who happen to hold
publish permission are stopped in every admin path that publishes a page.
"""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from wagtail.models import GroupPagePermission, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from koperasi_pages.models import ActivityReportPage, RegionalHubPage
from koperasi_pages.permissions import NATIONAL_EDITOR_GROUP, can_publish_translation

pytestmark = pytest.mark.django_db


# Builders -----------------------------------------------------------------


def admin_user(django_user_model, username, group_name):
    """An admin user whose group may edit and publish every page."""
    group, _ = Group.objects.get_or_create(name=group_name)
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    root = Page.get_first_root_node()
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=root,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    user = django_user_model.objects.create_user(username=username, password="x")
    user.groups.add(group)
    return user


@pytest.fixture
def other_publisher(django_user_model):
    return admin_user(django_user_model, "uji.penerbit.lain", "Penerbit Lain")


@pytest.fixture
def national_editor(django_user_model):
    return admin_user(django_user_model, "uji.editor.nasional", NATIONAL_EDITOR_GROUP)


def report_draft(locale, title):
    """A draft activity report under the Yogyakarta hub in ``locale``."""
    hub = RegionalHubPage.objects.get(region_id="34", locale=locale)
    report = hub.add_child(
        instance=ActivityReportPage(
            title=title,
            summary="A short report.",
            date=datetime.date(2020, 9, 17),
            locale=locale,
            live=False,
        )
    )
    report.save_revision()
    return report


def synced_english_draft(client, superuser, page, target):
    """The English draft made by "Translate this page" (wagtail-localize)."""
    client.force_login(superuser)
    client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [target.pk]})
    client.logout()
    return page.get_translation(target)


def edit_form(page, action):
    """The Wagtail page editor's form for a report, as the browser posts it."""
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "date": "2020-09-17",
            "body": streamfield([]),
            "comments": inline_formset([]),
            action: action,
        }
    )


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


# The rule -----------------------------------------------------------------


def test_only_national_editors_and_superusers_may_publish_translations(
    django_user_model, other_publisher, national_editor, locales
):
    source, target = locales
    superuser = django_user_model.objects.create_superuser("uji.root", password="x")
    inactive = admin_user(django_user_model, "uji.mantan.editor", NATIONAL_EDITOR_GROUP)
    inactive.is_active = False
    inactive.save()
    english = Page.objects.filter(locale=target, depth__gt=2).first()

    assert can_publish_translation(national_editor, english)
    assert can_publish_translation(superuser, english)
    assert not can_publish_translation(other_publisher, english)
    assert not can_publish_translation(inactive, english)


def test_the_rule_leaves_indonesian_pages_to_the_workflow(other_publisher, locales):
    source, _target = locales
    indonesian = Page.objects.filter(locale=source, depth__gt=2).first()

    assert can_publish_translation(other_publisher, indonesian)


# The admin paths ----------------------------------------------------------


def test_translation_editor_refuses_publish_from_other_publishers(
    client,
    django_user_model,
    other_publisher,
    locales,
    django_capture_on_commit_callbacks,
):
    source, target = locales
    superuser = django_user_model.objects.create_superuser("uji.root", password="x")
    report = report_draft(source, "Pelatihan akuntansi koperasi")
    report.save_revision().publish()
    english = synced_english_draft(client, superuser, report, target)
    client.force_login(other_publisher)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/{english.pk}/edit/", {"action": "publish"}
        )

    english.refresh_from_db()
    assert not english.live
    assert response["Location"] == f"/admin/pages/{english.pk}/edit/"
    # New accounts see the admin in Indonesian.
    assert any("Hanya editor nasional" in message for message in messages_of(response))


def test_translation_editor_lets_national_editors_publish(
    client,
    django_user_model,
    national_editor,
    locales,
    django_capture_on_commit_callbacks,
):
    source, target = locales
    superuser = django_user_model.objects.create_superuser("uji.root", password="x")
    report = report_draft(source, "Kunjungan lapangan ke koperasi susu")
    report.save_revision().publish()
    english = synced_english_draft(client, superuser, report, target)
    client.force_login(national_editor)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/pages/{english.pk}/edit/", {"action": "publish"})

    english.refresh_from_db()
    assert english.live


def test_page_editor_refuses_publishing_a_hand_written_english_page(
    client, other_publisher, locales
):
    _source, target = locales
    english = report_draft(target, "Training on cooperative bookkeeping")
    client.force_login(other_publisher)

    response = client.post(
        f"/admin/pages/{english.pk}/edit/", edit_form(english, "action-publish")
    )

    english.refresh_from_db()
    assert not english.live
    assert response.status_code == 302
    # New accounts see the admin in Indonesian.
    assert any("Hanya editor nasional" in message for message in messages_of(response))
    # The edit itself is kept as a draft for a national editor to publish.
    assert english.get_latest_revision() is not None


def test_page_editor_lets_national_editors_publish_an_english_page(
    client, national_editor, locales
):
    _source, target = locales
    english = report_draft(target, "Visit to a dairy cooperative")
    client.force_login(national_editor)

    client.post(
        f"/admin/pages/{english.pk}/edit/", edit_form(english, "action-publish")
    )

    english.refresh_from_db()
    assert english.live


def test_bulk_publish_refuses_english_pages_from_other_publishers(
    client, other_publisher, locales
):
    source, target = locales
    english = report_draft(target, "Launch of a shared online shop")
    indonesian = report_draft(source, "Peluncuran toko daring bersama")
    client.force_login(other_publisher)

    response = client.post(
        "/admin/bulk/wagtailcore/page/publish/"
        f"?id={english.pk}&id={indonesian.pk}&next=/admin/pages/",
        {"include_descendants": ""},
    )

    english.refresh_from_db()
    indonesian.refresh_from_db()
    assert not english.live
    assert not indonesian.live  # nothing is published when one page is refused
    assert response["Location"] == "/admin/pages/"
    assert any(english.title in message for message in messages_of(response))

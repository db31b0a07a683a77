"""Dates and numbers read the way readers of each language expect."""

import datetime
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.template import Context, Template
from django.utils import translation

from koperasi_pages.models import (
    CooperativeProfilePage,
    InnovationMode,
    InnovationStoryPage,
    RegionalHubPage,
)

pytestmark = pytest.mark.django_db

TEMPLATE = Template(
    "{% load humanize %}{{ day|date }}|{{ members }}|{{ amount }}|{{ rupiah|intcomma }}"
)
VALUES = {
    "day": datetime.date(2020, 9, 17),
    "members": 1234567,
    "amount": Decimal("2500.75"),
    "rupiah": 15000000,
}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("id", "17 September 2020|1.234.567|2.500,75|15.000.000"),
        ("en", "17 September 2020|1,234,567|2,500.75|15,000,000"),
    ],
)
def test_templates_format_dates_and_numbers_for_the_language(language, expected):
    with translation.override(language):
        assert TEMPLATE.render(Context(VALUES)) == expected


def test_pages_show_dates_and_members_in_the_page_language(client, locales):
    source, target = locales
    cooperative = (
        CooperativeProfilePage.objects.live()
        .filter(locale=source, members__gte=1000)
        .first()
    )
    english = cooperative.get_translation(target)

    indonesian_html = client.get(cooperative.url).content.decode()
    english_html = client.get(english.url).content.decode()

    assert f"{cooperative.members:,}".replace(",", ".") in indonesian_html
    assert f"{cooperative.members:,}" in english_html


def test_story_dates_are_written_out_in_both_languages(client, locales):
    source, target = locales
    story = InnovationStoryPage.objects.live().filter(locale=source).first()
    month_id = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
        "Agustus", "September", "Oktober", "November", "Desember",
    ][story.date.month - 1]  # fmt: skip
    english = story.get_translation(target)

    indonesian_html = client.get(story.url).content.decode()
    english_html = client.get(english.url).content.decode()

    assert f"{story.date.day} {month_id} {story.date.year}" in indonesian_html
    assert story.date.strftime(f"{story.date.day} %B %Y") in english_html


def next_page_id_from(number):
    """Make the next new page get an id of ``number`` or more."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence('wagtailcore_page', 'id'), %s)",
                [number - 1],
            )
        elif connection.vendor == "sqlite":
            cursor.execute(
                "UPDATE sqlite_sequence SET seq = %s WHERE name = 'wagtailcore_page'",
                [number - 1],
            )
        else:
            pytest.skip(f"No way to move the page id sequence on {connection.vendor}")


def test_admin_and_pages_keep_large_ids_whole(client, django_user_model, locales):
    """Thousands separators must never leak into ids in URLs and forms."""
    source, _target = locales
    hub = RegionalHubPage.objects.get(region_id="34", locale=source)
    next_page_id_from(12345)
    story = hub.add_child(
        instance=InnovationStoryPage(
            title="Cerita dengan nomor halaman besar",
            summary="Uji pemisah ribuan.",
            innovation_mode=InnovationMode.objects.get(
                slug="sustaining", locale=source
            ),
            locale=source,
        )
    )
    story.save_revision().publish()
    editor = django_user_model.objects.create_superuser("uji.editor", password="x")
    client.force_login(editor)
    digits = str(story.pk)
    grouped = re.compile(rf"{digits[:-3]}[.,\u00a0]{digits[-3:]}")

    assert story.pk >= 12345
    for url in (
        f"/admin/pages/{story.pk}/edit/",
        f"/admin/pages/{hub.pk}/",
        f"/admin/pages/{story.pk}/history/",
        story.url,
    ):
        html = client.get(url).content.decode()
        assert digits in html, url
        assert not grouped.search(html), url

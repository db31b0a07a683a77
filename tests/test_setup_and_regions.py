"""Regions match the official list; setup_portal can run again safely."""

import csv

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from koperasi_pages.models import (
    TAXONOMY_MODELS,
    HomePage,
    Region,
    RegionalHubPage,
)
from koperasi_pages.models.regions import REGIONS_FILE

pytestmark = pytest.mark.django_db


def read_official(shared_data, name):
    with open(shared_data / "regions" / name, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_every_official_province_is_loaded_with_its_code_and_name(shared_data):
    official = {
        row["code"]: row["name"] for row in read_official(shared_data, "provinces.csv")
    }

    loaded = dict(
        Region.objects.filter(level=Region.Level.PROVINCE).values_list("code", "name")
    )

    assert len(official) == 38
    assert loaded == official
    assert not Region.objects.filter(level=Region.Level.PROVINCE, parent__isnull=False)


def test_every_official_regency_is_loaded_under_its_province(shared_data):
    official = {
        row["code"]: (row["name"], row["province_code"])
        for row in read_official(shared_data, "regencies.csv")
    }

    loaded = {
        code: (name, parent)
        for code, name, parent in Region.objects.filter(
            level=Region.Level.REGENCY
        ).values_list("code", "name", "parent_id")
    }

    assert len(official) == 514
    assert loaded == official


def test_regencies_split_into_416_kabupaten_and_98_kota():
    regencies = list(Region.objects.filter(level=Region.Level.REGENCY))

    cities = [region for region in regencies if region.is_city]
    kabupaten = [region for region in regencies if not region.is_city]

    assert (len(kabupaten), len(cities)) == (416, 98)
    assert all(region.name.startswith("Kota") for region in cities)
    assert all(region.name.startswith("Kabupaten") for region in kabupaten)


def test_regions_come_from_the_projects_own_data_file_not_the_shared_folder():
    package_dir = REGIONS_FILE.parent.parent

    assert REGIONS_FILE.is_file()
    assert package_dir.name == "koperasi_pages"


def portal_counts():
    counts = {
        "pages": Page.objects.count(),
        "sites": Site.objects.count(),
        "locales": Locale.objects.count(),
        "regions": Region.objects.count(),
        "home pages": HomePage.objects.count(),
    }
    for locale in Locale.objects.all():
        counts[f"hubs in {locale.language_code}"] = RegionalHubPage.objects.filter(
            locale=locale
        ).count()
    for model in TAXONOMY_MODELS:
        counts[model.__name__] = model.objects.count()
    return counts


def test_running_setup_portal_again_creates_no_pages_hubs_or_terms():
    before = portal_counts()

    call_command("setup_portal", verbosity=0)
    call_command("setup_portal", verbosity=0)

    assert portal_counts() == before


def test_setup_portal_gives_each_language_one_hub_per_province():
    for language in ("id", "en"):
        hubs = RegionalHubPage.objects.filter(locale__language_code=language)

        assert hubs.count() == 38
        assert hubs.values("region").distinct().count() == 38
        assert all(hub.live for hub in hubs)


def test_setup_portal_makes_an_english_home_page_for_the_indonesian_one():
    indonesian = HomePage.objects.get(locale__language_code="id")

    english = indonesian.get_translation(Locale.objects.get(language_code="en"))

    assert english.live
    assert english.title == "Cooperative Innovation"
    assert Site.objects.get(is_default_site=True).root_page_id == indonesian.pk

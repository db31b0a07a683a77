"""Invalid pages are refused by the real admin create view, with a clear error.

Each case posts the admin's own create form as a superuser and checks that no
page was created and that the error is on screen in the user's admin language.
"""

import datetime
import html

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from koperasi_pages.models import (
    ActivityReportPage,
    CooperativeProfilePage,
    CooperativeType,
    RegionalHubPage,
)
from koperasi_pages.validators import (
    EARLIEST_FOUNDING_YEAR,
    validate_founding_year,
    validate_indicator_year,
    validate_not_in_future,
    validate_registration_number,
)

pytestmark = pytest.mark.django_db

VALID_NIK = "3404012015000001"


@pytest.fixture
def hub():
    return RegionalHubPage.objects.get(
        region_id="34", locale__language_code="id", depth=3
    )


def admin_client_in(language, client, django_user_model):
    user = django_user_model.objects.create_superuser(
        f"admin-{language}", f"{language}@example.org", "not-a-real-password"
    )
    profile = user.wagtail_userprofile
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture(params=["en", "id"])
def language(request):
    return request.param


@pytest.fixture
def admin_client(language, client, django_user_model):
    return admin_client_in(language, client, django_user_model)


def indicator(year, **values):
    row = {
        "year": str(year),
        "members": "100",
        "own_capital": "1000000",
        "outside_capital": "",
        "business_volume": "",
        "surplus": "",
    }
    row.update(values)
    return row


def cooperative_form(hub, indicators=(), **fields):
    data = {
        "title": "Koperasi Uji Validasi",
        "slug": "koperasi-uji-validasi",
        "summary": "Koperasi untuk menguji pesan kesalahan.",
        "cooperative_type": CooperativeType.objects.get(
            slug="produsen", locale=hub.locale
        ).pk,
        "business_sector": "",
        "founded_year": "2015",
        "members": "120",
        "regency": "34.04",
        "body": streamfield([]),
        "registration_number": VALID_NIK,
        "legal_entity_number": "",
        "legal_entity_date": "",
        "address": "",
        "latitude": "",
        "longitude": "",
        "phone": "",
        "email": "",
        "website": "",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "comments": inline_formset([]),
        "indicators": inline_formset(list(indicators)),
        "action-publish": "publish",
    }
    data.update(fields)
    return nested_form_data(data)


def report_form(**fields):
    data = {
        "title": "Laporan Uji Validasi",
        "slug": "laporan-uji-validasi",
        "summary": "Laporan untuk menguji pesan kesalahan.",
        "date": "2024-05-02",
        "reporter_name": "",
        "event_start": "2024-05-01",
        "event_end": "2024-05-02",
        "venue": "",
        "regency": "34.04",
        "tags": "",
        "body": streamfield([]),
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "comments": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(fields)
    return nested_form_data(data)


def create(client, model, hub, data):
    meta = model._meta
    url = f"/admin/pages/add/{meta.app_label}/{meta.model_name}/{hub.pk}/"
    return client.post(url, data)


def shown_text(response):
    return html.unescape(response.content.decode())


def message_from(validator, value):
    try:
        validator(value)
    except ValidationError as error:
        return error.messages[0]
    raise AssertionError(f"{value!r} passed {validator.__name__}")


def in_language(language, text, **params):
    with translation.override(language):
        return gettext(text) % params


def assert_refused(response, model, expected):
    assert response.status_code == 200, "the form should come back with errors"
    assert expected in shown_text(response)
    assert not model.objects.filter(slug__endswith="-uji-validasi").exists()


def test_a_valid_cooperative_is_created_through_the_same_form(admin_client, hub):
    data = cooperative_form(hub, indicators=[indicator(2022), indicator(2023)])

    response = create(admin_client, CooperativeProfilePage, hub, data)

    page = CooperativeProfilePage.objects.get(slug="koperasi-uji-validasi")
    assert response.status_code == 302
    assert page.live
    assert page.province_id == "34"
    assert [row.year for row in page.indicators.order_by("year")] == [2022, 2023]


def test_a_registration_number_that_is_not_16_digits_is_refused(
    admin_client, hub, language
):
    data = cooperative_form(hub, registration_number="12345")

    response = create(admin_client, CooperativeProfilePage, hub, data)

    with translation.override(language):
        expected = message_from(validate_registration_number, "12345")
    assert_refused(response, CooperativeProfilePage, expected)


def test_a_founding_year_outside_the_possible_range_is_refused(
    admin_client, hub, language
):
    next_year = timezone.now().year + 1
    data = cooperative_form(hub, founded_year=str(next_year))

    response = create(admin_client, CooperativeProfilePage, hub, data)

    with translation.override(language):
        expected = message_from(validate_founding_year, next_year)
    assert str(EARLIEST_FOUNDING_YEAR) in expected
    assert_refused(response, CooperativeProfilePage, expected)


def test_a_negative_member_count_is_refused(admin_client, hub, language):
    data = cooperative_form(hub, members="-5")

    response = create(admin_client, CooperativeProfilePage, hub, data)

    expected = in_language(
        language,
        "Ensure this value is greater than or equal to %(limit_value)s.",
        limit_value=0,
    )
    assert_refused(response, CooperativeProfilePage, expected)


def test_a_regency_outside_the_hubs_province_is_refused(admin_client, hub, language):
    surabaya = "35.78"
    data = cooperative_form(hub, regency=surabaya)

    response = create(admin_client, CooperativeProfilePage, hub, data)

    # The regency list only offers the hub's province, so Surabaya is refused
    # as a choice that is not on offer.
    expected = in_language(
        language,
        "Select a valid choice. That choice is not one of the available choices.",
    )
    assert_refused(response, CooperativeProfilePage, expected)


def test_the_same_indicator_year_twice_is_refused(admin_client, hub, language):
    data = cooperative_form(hub, indicators=[indicator(2021), indicator(2021)])

    response = create(admin_client, CooperativeProfilePage, hub, data)

    expected = in_language(
        language, "The indicators list the year %(year)s twice.", year=2021
    )
    assert_refused(response, CooperativeProfilePage, expected)


def test_a_report_that_ends_before_it_starts_is_refused(admin_client, hub, language):
    data = report_form(event_start="2024-05-03", event_end="2024-05-01")

    response = create(admin_client, ActivityReportPage, hub, data)

    expected = in_language(language, "The event cannot end before it starts.")
    assert_refused(response, ActivityReportPage, expected)


@pytest.mark.parametrize(
    ("form", "english", "indonesian"),
    [
        (
            {"registration_number": "12345"},
            "must be exactly 16 digits",
            "harus tepat 16 digit",
        ),
        (
            {"founded_year": "1800"},
            "The founding year must be between",
            "Tahun berdiri harus antara",
        ),
        (
            {"members": "-5"},
            "Ensure this value is greater than or equal to 0",
            "Pastikan nilai ini lebih besar dari atau sama dengan 0",
        ),
    ],
)
def test_officers_read_validation_errors_in_their_admin_language(
    client, django_user_model, hub, form, english, indonesian
):
    data = cooperative_form(hub, **form)

    english_page = create(
        admin_client_in("en", client, django_user_model),
        CooperativeProfilePage,
        hub,
        data,
    )
    client.logout()
    indonesian_page = create(
        admin_client_in("id", client, django_user_model),
        CooperativeProfilePage,
        hub,
        data,
    )

    assert english in shown_text(english_page)
    assert indonesian not in shown_text(english_page)
    assert indonesian in shown_text(indonesian_page)
    assert english not in shown_text(indonesian_page)


def test_a_valid_report_is_created_through_the_same_form(admin_client, hub):
    response = create(admin_client, ActivityReportPage, hub, report_form())

    page = ActivityReportPage.objects.get(slug="laporan-uji-validasi")
    assert response.status_code == 302
    assert page.event_end - page.event_start == datetime.timedelta(days=1)


def test_a_registration_number_in_non_latin_digits_is_refused(
    admin_client, hub, language
):
    full_width = "３４０４０１２０１５０００００１"
    data = cooperative_form(hub, registration_number=full_width)

    response = create(admin_client, CooperativeProfilePage, hub, data)

    with translation.override(language):
        expected = message_from(validate_registration_number, full_width)
    assert_refused(response, CooperativeProfilePage, expected)


def test_a_registration_number_another_cooperative_has_is_refused(
    admin_client, hub, language
):
    taken = CooperativeProfilePage.objects.exclude(registration_number="").first()
    data = cooperative_form(hub, registration_number=taken.registration_number)

    response = create(admin_client, CooperativeProfilePage, hub, data)

    expected = in_language(
        language, "%(title)s already has this registration number.", title=taken.title
    )
    assert_refused(response, CooperativeProfilePage, expected)


def test_an_indicator_year_out_of_range_names_the_indicator(
    admin_client, hub, language
):
    data = cooperative_form(hub, indicators=[indicator(1800)])

    response = create(admin_client, CooperativeProfilePage, hub, data)

    with translation.override(language):
        expected = message_from(validate_indicator_year, 1800)
        founding = message_from(validate_founding_year, 1800)
    assert_refused(response, CooperativeProfilePage, expected)
    assert founding not in shown_text(response)


def test_a_legal_entity_date_in_the_future_is_refused(admin_client, hub, language):
    next_year = timezone.localdate() + datetime.timedelta(days=400)
    data = cooperative_form(hub, legal_entity_date=next_year.isoformat())

    response = create(admin_client, CooperativeProfilePage, hub, data)

    with translation.override(language):
        expected = message_from(validate_not_in_future, next_year)
    assert_refused(response, CooperativeProfilePage, expected)

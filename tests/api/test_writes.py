"""Officers write drafts with a token, under the same rules as in the admin."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from .conftest import Api, jpeg_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def field(committed):
    """An officer of Jawa Timur with a token, and a hub they do not work in."""
    b = committed
    jatim, diy = b.hub("35"), b.hub("34")
    b.ensure_workflow(jatim)
    officer = b.officer(jatim)
    revoked = b.token(officer)
    _token_record(revoked).revoke()
    return {
        "revoked": revoked,
        "jatim": jatim,
        "diy": diy,
        "officer": officer,
        "token": b.token(officer),
        "live_story": b.story(jatim, "Uji API Cerita Terbit"),
        "diy_story": b.story(diy, "Uji API Cerita DIY"),
    }


@pytest.fixture
def officer_api(api_server, field):
    return Api(api_server.url, field["token"])


def _token_record(plaintext):
    from wagtail.models import APIToken

    return APIToken.objects.get(key_hash__in=APIToken.candidate_key_hashes(plaintext))


def _page(page_id):
    from wagtail.models import Page

    return Page.objects.get(pk=page_id).specific


def _story(hub, **fields):
    return {
        "hub_id": hub.pk,
        "title": "Uji API Kopi Daring",
        "summary": "Koperasi menjual kopi anggota lewat toko daring.",
        "innovation_mode": "platform",
        "problem_areas": ["pemasaran"],
        "regency": "35.78",
        **fields,
    }


def test_officer_saves_a_story_as_a_draft_in_their_region(officer_api, field):
    response = officer_api.post("/stories/", json=_story(field["jatim"]))

    assert response.status_code == 201, response.text
    draft = response.json()
    assert draft["live"] is False and draft["hub_id"] == field["jatim"].pk
    page = _page(draft["id"])
    assert page.owner == field["officer"]
    assert page.get_latest_revision().user == field["officer"]
    assert [area.slug for area in page.problem_areas.all()] == ["pemasaran"]
    assert page.regency_id == "35.78"
    public = Api(officer_api.base_url.removesuffix("/api/v3"))
    assert public.get(f"/stories/{page.pk}/").status_code == 404


def test_officer_cannot_write_in_another_region(officer_api, field):
    from koperasi_pages.models import InnovationStoryPage

    before = InnovationStoryPage.objects.count()
    created = officer_api.post(
        "/stories/", json=_story(field["diy"], regency=None, title="Uji API Luar")
    )
    changed = officer_api.patch(
        f"/stories/{field['diy_story'].pk}/", json={"title": "Uji API Diubah"}
    )

    assert created.status_code == changed.status_code == 403
    assert InnovationStoryPage.objects.count() == before
    assert _page(field["diy_story"].pk).get_latest_revision_as_object().title == (
        "Uji API Cerita DIY"
    )


def test_changing_a_live_story_saves_a_draft_revision_only(officer_api, field):
    story = field["live_story"]

    response = officer_api.patch(
        f"/stories/{story.pk}/", json={"title": "Uji API Judul Baru"}
    )
    public = Api(officer_api.base_url.removesuffix("/api/v3"))

    assert response.status_code == 200, response.text
    assert response.json()["has_unpublished_changes"] is True
    assert public.get(f"/stories/{story.pk}/").json()["title"] == (
        "Uji API Cerita Terbit"
    )
    assert _page(story.pk).get_latest_revision_as_object().title == (
        "Uji API Judul Baru"
    )


def test_officer_may_not_publish(officer_api, field):
    draft = officer_api.post("/stories/", json=_story(field["jatim"])).json()

    response = officer_api.post(f"/pages/{draft['id']}/actions/publish/")

    assert response.status_code == 403
    assert _page(draft["id"]).live is False


def test_officer_uploads_a_photo_and_uses_it_in_a_draft(officer_api, field):
    upload = officer_api.post(
        "/images/",
        files={"file": ("panen.jpg", jpeg_bytes(), "image/jpeg")},
        data={"title": "Panen kopi", "alt_text": "Petani memetik kopi"},
    )
    assert upload.status_code == 201, upload.text
    image = upload.json()
    assert image["alt"] == "Petani memetik kopi"
    assert image["renditions"]["thumbnail"]["width"] == 400

    draft = officer_api.post(
        "/stories/",
        json=_story(
            field["jatim"],
            hero_image=image["id"],
            body=[
                {"type": "paragraph", "value": "<p>Panen pertama.</p>"},
                {
                    "type": "image",
                    "value": {
                        "image": {"image": image["id"], "alt_text": "Panen"},
                        "caption": "Panen 2024",
                    },
                },
            ],
        ),
    )

    assert draft.status_code == 201, draft.text
    page = _page(draft.json()["id"]).get_latest_revision_as_object()
    assert page.hero_image_id == image["id"]
    assert [block.block_type for block in page.body] == ["paragraph", "image"]


def test_officer_submits_a_draft_into_review(officer_api, field):
    draft = officer_api.post("/stories/", json=_story(field["jatim"])).json()

    submitted = officer_api.post(f"/pages/{draft['id']}/actions/workflow/start/")
    again = officer_api.post(f"/pages/{draft['id']}/actions/workflow/start/")

    assert submitted.status_code == 200, submitted.text
    assert submitted.json()["workflow"]["status"] == "in_progress"
    page = _page(draft["id"])
    assert page.workflow_in_progress and not page.live
    assert again.status_code == 422


def test_incomplete_draft_is_refused_review_naming_the_missing_field(
    officer_api, field
):
    from wagtail.models import WorkflowState

    draft = officer_api.post(
        "/stories/",
        json={
            "hub_id": field["jatim"].pk,
            "title": "Uji API Tanpa Mode",
            "summary": "y",
        },
    )
    assert draft.status_code == 201, draft.text
    page_id = draft.json()["id"]

    response = officer_api.post(
        f"/pages/{page_id}/actions/workflow/start/",
        headers={"Accept-Language": "en"},
    )

    assert response.status_code == 422, response.text
    errors = response.json()["errors"]
    assert ["page", "innovation_mode"] in [error["loc"] for error in errors]
    with translation.override("en"):
        expected = gettext("This field cannot be blank.")
    assert expected in [error["msg"] for error in errors]
    assert not WorkflowState.objects.filter(object_id=str(page_id)).exists()
    assert _page(page_id).workflow_in_progress is False


def test_refusal_of_an_incomplete_draft_speaks_indonesian(officer_api, field):
    draft = officer_api.post(
        "/stories/",
        json={
            "hub_id": field["jatim"].pk,
            "title": "Uji API Tanpa Mode",
            "summary": "y",
        },
    ).json()

    response = officer_api.post(
        f"/pages/{draft['id']}/actions/workflow/start/",
        headers={"Accept-Language": "id"},
    )

    assert response.status_code == 422, response.text
    with translation.override("id"):
        expected = gettext("This field cannot be blank.")
    assert expected != "This field cannot be blank."
    assert expected in [error["msg"] for error in response.json()["errors"]]


def test_officer_cannot_approve_their_own_submission(officer_api, field):
    draft = officer_api.post("/stories/", json=_story(field["jatim"])).json()
    officer_api.post(f"/pages/{draft['id']}/actions/workflow/start/")
    task_state = _page(draft["id"]).current_workflow_task_state

    response = officer_api.post(
        f"/pages/{draft['id']}/actions/workflow/approve/", json={"comment": "ok"}
    )

    assert response.status_code == 403
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_IN_PROGRESS
    assert _page(draft["id"]).live is False


def test_cooperative_and_report_drafts(officer_api, field):
    cooperative = officer_api.post(
        "/cooperatives/",
        json={
            "hub_id": field["jatim"].pk,
            "title": "Uji API Koperasi Baru",
            "cooperative_type": "produsen",
            "founded_year": 2019,
            "indicators": [{"year": 2023, "members": 120, "rat_held": True}],
        },
    )
    report = officer_api.post(
        "/reports/",
        json={
            "hub_id": field["jatim"].pk,
            "title": "Uji API Pelatihan",
            "summary": "Pelatihan pembukuan untuk pengurus.",
            "event_start": "2024-03-02",
            "event_end": "2024-03-01",
        },
    )

    assert cooperative.status_code == 201, cooperative.text
    saved = _page(cooperative.json()["id"])
    assert saved.cooperative_type.slug == "produsen"
    assert [(row.year, row.members) for row in saved.indicators.all()] == [(2023, 120)]
    assert report.status_code == 422
    assert report.json()["errors"][0]["loc"] == ["body", "event_end"]


def test_validation_errors_name_the_field_in_the_requests_language(officer_api, field):
    missing = _story(field["jatim"])
    del missing["summary"]

    indonesian = officer_api.post(
        "/stories/", json=missing, headers={"Accept-Language": "id"}
    )
    english = officer_api.post("/stories/?locale=en", json=missing)
    outside = officer_api.post(
        "/stories/?locale=en", json=_story(field["jatim"], regency="34.71")
    )
    unknown = officer_api.post(
        "/stories/?locale=en", json=_story(field["jatim"], innovation_mode="magic")
    )

    assert indonesian.status_code == english.status_code == 422
    assert indonesian.json()["errors"][0]["loc"] == ["body", "summary"]
    with translation.override("id"):
        assert indonesian.json()["errors"][0]["msg"] == gettext(
            "This field is required."
        )
    assert english.json()["errors"][0]["msg"] == "This field is required."
    assert outside.status_code == 422
    assert outside.json()["errors"][0]["loc"] == ["body", "regency"]
    assert unknown.json()["errors"][0]["loc"] == ["body", "innovation_mode"]
    assert "magic" in unknown.json()["errors"][0]["msg"]


def test_requests_without_a_valid_token_are_refused(api_server, officer_api, field):
    revoked = Api(api_server.url, field["revoked"])
    anonymous = Api(api_server.url)

    assert officer_api.get("/whoami/").status_code == 200
    assert revoked.get("/whoami/").status_code == 401
    assert revoked.post("/stories/", json=_story(field["jatim"])).status_code == 401
    assert anonymous.post("/stories/", json=_story(field["jatim"])).status_code == 401


def test_cooperative_founded_in_1896_is_accepted_like_in_the_admin(officer_api, field):
    from koperasi_pages.validators import EARLIEST_FOUNDING_YEAR

    def cooperative(year):
        return officer_api.post(
            "/cooperatives/",
            json={
                "hub_id": field["jatim"].pk,
                "title": f"Uji API Koperasi Tua {year}",
                "cooperative_type": "produsen",
                "founded_year": year,
            },
        )

    oldest = cooperative(EARLIEST_FOUNDING_YEAR)
    too_old = cooperative(EARLIEST_FOUNDING_YEAR - 1)

    assert oldest.status_code == 201, oldest.text
    assert _page(oldest.json()["id"]).get_latest_revision_as_object().founded_year == (
        EARLIEST_FOUNDING_YEAR
    )
    assert too_old.status_code == 422

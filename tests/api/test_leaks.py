"""Nothing but live, public pages ever leaves the API, however it is asked."""

import pytest

from .conftest import Api, unique

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def hidden(committed):
    """A live story surrounded by every kind of page readers must not see."""
    b = committed
    hub = b.hub("35")
    word = unique("rahasia").replace("-", "")

    draft_cooperative = b.cooperative(hub, f"Uji API Draf Koperasi {word}", False)
    live_cooperative = b.cooperative(hub, f"Uji API Koperasi Terbit {word}")
    draft_story = b.story(hub, f"Uji API Draf {word}", publish=False)
    live = b.story(
        hub,
        f"Uji API Terbit {word}",
        cooperatives=[draft_cooperative, live_cooperative],
        adapted_from=draft_story,
        context=(
            f'<p>Lihat <a linktype="page" id="{draft_story.pk}">draf</a> dan '
            f'<a linktype="page" id="{live_cooperative.pk}">koperasi</a>.</p>'
        ),
    )
    b.translate(live, f"Uji API Published {word}", publish=False)

    # A live story whose next revision waits in review.
    reviewed = b.story(hub, f"Uji API Ditinjau {word}")
    b.ensure_workflow(hub)
    reviewed.title = f"Uji API Versi Tinjauan {word}"
    revision = reviewed.save_revision()
    reviewed.get_workflow().start(reviewed, user=None)
    assert revision.pk == reviewed.get_latest_revision().pk

    # A story submitted for review that was never published.
    in_review = b.story(hub, f"Uji API Menunggu {word}", publish=False)
    in_review.get_workflow().start(in_review, user=None)

    private = b.story(hub, f"Uji API Pribadi {word}")
    b.make_private(private)

    officer = b.officer(hub)
    return {
        "word": word,
        "token": b.token(officer),
        "live": live,
        "reviewed": reviewed,
        "draft_story": draft_story,
        "in_review": in_review,
        "private": private,
        "draft_cooperative": draft_cooperative,
        "live_cooperative": live_cooperative,
    }


def _readers(api_server, hidden):
    """An anonymous reader and the region's officer, with a bearer token."""
    return [Api(api_server.url), Api(api_server.url, hidden["token"])]


def test_only_live_public_pages_are_listed_or_found(api_server, hidden):
    word = hidden["word"]
    hidden_ids = {
        hidden[name].pk for name in ("draft_story", "in_review", "private")
    } | {hidden["draft_cooperative"].pk}
    visible = {hidden["live"].pk, hidden["reviewed"].pk}

    for api in _readers(api_server, hidden):
        for path in ("/stories/", "/content/", "/cooperatives/"):
            listed = set(api.ids(path))
            searched = set(api.ids(path, search=word))
            assert not hidden_ids & (listed | searched), path
        assert set(api.ids("/stories/", search=word)) == visible

        for name in ("draft_story", "in_review", "private"):
            detail = api.get(f"/stories/{hidden[name].pk}/")
            assert detail.status_code == 404, name
        detail = api.get(f"/cooperatives/{hidden['draft_cooperative'].pk}/")
        assert detail.status_code == 404


def test_a_live_page_shows_its_published_text_not_the_revision_in_review(
    anonymous, hidden
):
    story = anonymous.get(f"/stories/{hidden['reviewed'].pk}/").json()
    found = anonymous.get("/stories/", params={"search": "Tinjauan"}).json()

    assert story["title"] == f"Uji API Ditinjau {hidden['word']}"
    assert hidden["reviewed"].pk not in [item["id"] for item in found["items"]]


def test_unpublished_translation_is_neither_listed_nor_linked(anonymous, hidden):
    live = hidden["live"]

    english_ids = anonymous.ids("/stories/", locale="en", search=hidden["word"])
    detail = anonymous.get(f"/stories/{live.pk}/").json()
    in_english = anonymous.get(f"/stories/{live.pk}/", params={"locale": "en"})

    assert english_ids == []
    assert detail["translations"] == []
    assert in_english.status_code == 404


def test_live_story_hides_its_draft_relations(anonymous, hidden):
    story = anonymous.get(f"/stories/{hidden['live'].pk}/").json()

    assert [c["id"] for c in story["cooperatives"]] == [hidden["live_cooperative"].pk]
    assert story["adapted_from"] is None
    # The link to the draft loses its target; the one to a live page keeps it.
    assert 'href="' not in story["context"].split("draf</a>")[0].split("Lihat")[1]
    assert hidden["live_cooperative"].slug in story["context"]

    cooperative = anonymous.get(
        f"/cooperatives/{hidden['live_cooperative'].pk}/"
    ).json()
    assert [s["id"] for s in cooperative["stories"]] == [hidden["live"].pk]


def test_filtering_by_a_draft_cooperative_reveals_nothing(anonymous, hidden):
    assert anonymous.ids("/stories/", cooperative=hidden["draft_cooperative"].pk) == []


def test_wagtail_own_page_endpoints_keep_drafts_and_private_pages_out(
    anonymous, api_server, hidden
):
    import requests

    v3 = anonymous.get("/pages/", params={"limit": 100, "search": hidden["word"]})
    v2 = requests.get(
        f"{api_server.url}/api/v2/pages/",
        params={"search": hidden["word"], "limit": 100},
        timeout=30,
    )

    for response in (v3, v2):
        assert response.status_code == 200, response.text
        found = {item["id"] for item in response.json()["items"]}
        readable = {
            hidden[name].pk for name in ("live", "reviewed", "live_cooperative")
        }
        assert found == readable

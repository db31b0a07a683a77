"""Wagtail's own page lists take the same awkward input as ours without a 500."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "query",
    [
        "search=%20%20",
        "search=%22koperasi",
        "search=kopi)%20OR%20(*",
        "offset=99999999999999999999",
    ],
)
@pytest.mark.parametrize("endpoint", ["/api/v3/pages/", "/api/v2/pages/"])
def test_wagtail_page_list_answers_awkward_query_without_server_error(
    client, endpoint, query
):
    response = client.get(f"{endpoint}?{query}")

    assert response.status_code == 200


def test_wagtail_page_list_still_searches_after_cleaning(client):
    response = client.get('/api/v2/pages/?search="koperasi digital"')

    titles = [item["title"] for item in response.json()["items"]]
    assert any("Kaliurang" in title or "PPKL" in title for title in titles), titles

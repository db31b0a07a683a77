"""``/`` sends readers to their language, Indonesian unless they ask."""

import pytest

pytestmark = pytest.mark.django_db


def test_root_redirects_to_indonesian_by_default(client):
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == "/id/"


def test_root_redirects_to_english_when_the_browser_asks_for_it(client):
    response = client.get("/", headers={"accept-language": "en-GB,en;q=0.9"})

    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_root_falls_back_to_indonesian_for_a_language_the_portal_lacks(client):
    response = client.get("/", headers={"accept-language": "fr-FR,fr;q=0.9"})

    assert response["Location"] == "/id/"


@pytest.mark.parametrize(
    ("path", "title"),
    [("/id/", "Inovasi Koperasi"), ("/en/", "Cooperative Innovation")],
)
def test_language_prefixes_serve_the_home_page_in_that_language(client, path, title):
    response = client.get(path)

    assert response.status_code == 200
    assert title in response.content.decode()

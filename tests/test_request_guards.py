"""Odd query strings get a clear answer, never a server error."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/id/search/?q=%00",
        "/id/cerita/?region=%00",
        "/id/cerita/?type=%00",
        "/id/cerita/?mode=a%00",
        "/id/cerita/?%00=1",
    ],
)
def test_nul_character_in_the_address_is_refused_with_400(client, url):
    response = client.get(url)

    assert response.status_code == 400
    assert "karakter" in response.content.decode()

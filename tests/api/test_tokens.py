"""A national editor issues and revokes officers' tokens in the admin."""

import re

import pytest
import requests
from django.contrib.auth.models import Permission
from django.core.management import call_command

from .conftest import Api, unique

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r"wagtail_[0-9A-Za-z]{20,}")
PASSWORD = "uji-api-sandi-2025"


@pytest.fixture(scope="module")
def people(committed):
    """A national editor allowed to manage tokens, and an officer."""
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.create_user(
        username=unique("uji-api-editor"), password=PASSWORD
    )
    committed.users.append(editor)
    editor.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_user"),
        *Permission.objects.filter(
            content_type__app_label="wagtailcore",
            codename__in=["add_apitoken", "change_apitoken", "delete_apitoken"],
        ),
    )
    return {"editor": editor, "officer": committed.officer(committed.hub("35"))}


def _admin_session(base_url, username):
    session = requests.Session()
    session.get(f"{base_url}/admin/login/", timeout=30)
    response = session.post(
        f"{base_url}/admin/login/",
        data={
            "username": username,
            "password": PASSWORD,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        timeout=30,
    )
    assert response.status_code == 200 and "/admin/login/" not in response.url
    return session


def _post(session, url):
    def post(path, data):
        return session.post(
            f"{url}{path}",
            data={**data, "csrfmiddlewaretoken": session.cookies["csrftoken"]},
            timeout=30,
        )

    return post


def test_national_editor_issues_and_revokes_an_officers_token(api_server, people):
    from wagtail.models import APIToken

    session = _admin_session(api_server.url, people["editor"].username)
    post = _post(session, api_server.url)

    created = post(
        "/admin/api-tokens/new/",
        {"name": "Aplikasi lapangan", "user": people["officer"].pk},
    )
    (token,) = set(TOKEN.findall(created.text))
    officer_api = Api(api_server.url, token)
    whoami = officer_api.get("/whoami/")

    assert whoami.status_code == 200
    assert whoami.json()["user"]["username"] == people["officer"].username

    record = APIToken.objects.get(key_hash__in=APIToken.candidate_key_hashes(token))
    assert token not in record.key_hash  # only a digest is kept
    post(f"/admin/api-tokens/delete/{record.pk}/", {})

    assert officer_api.get("/whoami/").status_code == 401


def test_issue_api_token_command_prints_a_token_for_the_user(people, capsys):
    from wagtail.models import APIToken

    call_command("issue_api_token", people["officer"].username)
    token = capsys.readouterr().out.strip()

    record = APIToken.objects.get(key_hash__in=APIToken.candidate_key_hashes(token))
    assert record.user == people["officer"] and record.revoked_at is None

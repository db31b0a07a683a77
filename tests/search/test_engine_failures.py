"""The engine goes away: nothing an editor does is lost, readers get answers.

``test_pages_published_while_the_engine_is_down_are_indexed_after_catch_up``
starts its own OpenSearch on port 9260 with the services script, stops it in
the middle, and starts it again.
"""

import socket
import subprocess
import threading
import uuid
from pathlib import Path

import pytest
from django.core.management import call_command
from modelsearch.backends import get_search_backend
from wagtail.models import Page

from search import service
from search.models import PendingIndexUpdate
from search.query import SearchRequest

from .conftest import (
    _delete_indices,
    _engine_urls,
    engine_settings,
    locale,
    make_story,
    refresh,
    reset_engine_state,
)

pytestmark = [pytest.mark.django_db, pytest.mark.engine]

REPO_DIR = Path(__file__).resolve().parents[2]
SERVICE = REPO_DIR / "services" / "opensearch" / "run.sh"
OUTAGE_PORT = "9260"


def opensearch(action):
    completed = subprocess.run(
        [str(SERVICE), action, "--port", OUTAGE_PORT],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    return completed.stdout.strip()


@pytest.fixture
def own_engine(settings):
    """A one-node OpenSearch of this test's own, stopped at the end."""
    _engine_urls("SEARCH_TEST_URLS")  # skip (or fail in CI) like the others
    url = opensearch("start")
    prefix = f"outage_{uuid.uuid4().hex[:8]}_"
    settings.WAGTAILSEARCH_BACKENDS = engine_settings("opensearch", url, prefix)
    reset_engine_state()
    yield get_search_backend("default")
    opensearch("stop")
    reset_engine_state()


def titles(query):
    outcome = service.run_search(SearchRequest(query=query), locale("id"))
    return outcome, [result.page.title for result in outcome.results]


def test_pages_published_while_the_engine_is_down_are_indexed_after_catch_up(
    own_engine,
):
    before = make_story("Lumbung Sebelum Padam", "Lumbung padi anggota koperasi.")
    refresh(own_engine)
    assert titles("lumbung")[1] == ["Lumbung Sebelum Padam"]

    opensearch("stop")

    during = [
        make_story(f"Lumbung Saat Padam {n}", "Lumbung padi dibangun bersama.")
        for n in range(3)
    ]
    before.title = "Lumbung Sebelum Padam Diperbarui"
    before.save_revision().publish()

    # Publishing worked, and every missed write is queued.
    assert all(Page.objects.get(pk=page.pk).live for page in during)
    pending = PendingIndexUpdate.objects.filter(backend_name="default")
    assert {row.object_id for row in pending} == {
        str(page.pk) for page in [before, *during]
    }

    # Readers still get results, from the database, with a notice.
    outcome, found = titles("lumbung")
    assert outcome.backend == "database"
    assert outcome.notice
    assert len(found) == 4

    # The services script wipes the node's data, so the engine comes back
    # empty; every page of this test was touched during the outage.
    opensearch("start")
    call_command("catch_up_search_index", verbosity=0)
    refresh(own_engine)

    assert not PendingIndexUpdate.objects.exists()
    outcome, found = titles("lumbung")
    assert outcome.backend == "engine"
    assert sorted(found) == sorted(
        ["Lumbung Sebelum Padam Diperbarui", *(page.title for page in during)]
    )


class SilentServer:
    """Accepts connections and never answers: an engine that hangs."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.connections = []
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while self.running:
            try:
                connection, _address = self.sock.accept()
            except OSError:
                return
            self.connections.append(connection)

    def close(self):
        self.running = False
        for connection in self.connections:
            connection.close()
        self.sock.close()


def test_publishing_succeeds_when_the_engine_times_out(settings):
    _engine_urls("SEARCH_TEST_URLS")
    server = SilentServer()
    try:
        settings.WAGTAILSEARCH_BACKENDS = engine_settings(
            "opensearch",
            f"http://127.0.0.1:{server.port}",
            "hanging_",
            SEARCH_TIMEOUT="1",
            SEARCH_QUERY_TIMEOUT="1",
        )
        reset_engine_state()

        story = make_story("Koperasi Garam Madura", "Petambak garam bersatu.")

        assert Page.objects.get(pk=story.pk).live
        assert PendingIndexUpdate.objects.filter(object_id=str(story.pk)).exists()
        outcome, found = titles("garam")
        assert outcome.backend == "database"
        assert found == ["Koperasi Garam Madura"]
    finally:
        server.close()
        reset_engine_state()


def test_search_page_answers_from_the_database_when_the_engine_is_away(
    settings, client
):
    _engine_urls("SEARCH_TEST_URLS")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    settings.WAGTAILSEARCH_BACKENDS = engine_settings(
        "opensearch", f"http://127.0.0.1:{closed_port}", "away_"
    )
    reset_engine_state()
    story = make_story("Koperasi Rumput Laut Wakatobi", "Pembudidaya rumput laut.")

    response = client.get("/id/search/", {"q": "rumput laut"})

    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="{story.url}"' in html
    assert 'class="notice search-notice"' in html
    reset_engine_state()


def test_update_index_swaps_a_new_index_in_behind_the_alias(engine):
    make_story("Koperasi Sagu Papua", "Sagu diolah menjadi tepung.")
    refresh(engine)
    alias = engine.get_index_for_model(Page)
    old = {index.name for index in alias.aliased_indices()}

    call_command("update_index", backend_name="default", verbosity=0)

    new = {index.name for index in alias.aliased_indices()}
    assert new and new.isdisjoint(old)
    assert not any(engine.es.indices.exists(index=name) for name in old)
    outcome, found = titles("sagu")
    assert outcome.backend == "engine"
    assert "Koperasi Sagu Papua" in found
    _delete_indices(engine, alias.name)

"""Search backend configuration read from the environment.

Imported by the host site's settings, so it must not touch Django models.
With nothing set the portal searches with Wagtail's database backend; setting
``SEARCH_URLS`` (or ``SEARCH_BACKEND``) switches it to an OpenSearch or
Elasticsearch cluster with the portal's language-aware analysis.

Variables (default in brackets):

- ``SEARCH_BACKEND`` [``database``, or ``opensearch`` when ``SEARCH_URLS`` is
  set]: ``database``, ``opensearch`` (2.x) or ``elasticsearch`` (7.x).
- ``SEARCH_URLS`` [none]: comma-separated node URLs,
  ``https://user:pass@host:9200``.
- ``SEARCH_INDEX_PREFIX`` [``koperasi_``]: prefix of every index name, one per
  environment.
- ``SEARCH_TIMEOUT`` [``10``]: seconds an index write may take before it is
  queued.
- ``SEARCH_QUERY_TIMEOUT`` [``3``]: seconds a reader's query may take before
  the database answers.
- ``SEARCH_REPLICAS`` [``1``]: replicas per shard (``0`` on a one-node cluster).
- ``SEARCH_SHARDS`` [``1``]: primary shards of the page index.
"""

import os

from django.core.exceptions import ImproperlyConfigured

ENGINE_BACKENDS = {
    "opensearch": "search.backends.opensearch2",
    "elasticsearch": "search.backends.elasticsearch7",
}
DATABASE_BACKEND = "wagtail.search.backends.database"

# The engine's failover copy: the database backend keeps its own index up to
# date so the search page can answer from it while the engine is away.
FALLBACK_BACKEND_NAME = "database"


def _number(environ, name, default, kind=float):
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return kind(raw)
    except ValueError as error:
        raise ImproperlyConfigured(
            f"{name}={raw!r} is not a number; set it like {name}={default}."
        ) from error


def search_backends_from_env(environ=None):
    """Return ``WAGTAILSEARCH_BACKENDS`` for the environment ``environ``.

    The engine, when configured, is the ``default`` backend and the database
    backend stays configured as ``database`` (see ``FALLBACK_BACKEND_NAME``).
    """
    environ = os.environ if environ is None else environ
    urls = [
        url.strip() for url in environ.get("SEARCH_URLS", "").split(",") if url.strip()
    ]
    kind = environ.get("SEARCH_BACKEND", "").strip().lower()
    if not kind:
        kind = "opensearch" if urls else "database"

    if kind == "database":
        return {"default": {"BACKEND": DATABASE_BACKEND}}
    if kind not in ENGINE_BACKENDS:
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND={kind!r} is not known; use database, opensearch "
            "or elasticsearch."
        )
    if not urls:
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND={kind} needs SEARCH_URLS, e.g. "
            "SEARCH_URLS=http://127.0.0.1:9200"
        )

    engine = {
        "BACKEND": ENGINE_BACKENDS[kind],
        "URLS": urls,
        "INDEX_PREFIX": environ.get("SEARCH_INDEX_PREFIX", "koperasi_"),
        "TIMEOUT": _number(environ, "SEARCH_TIMEOUT", 10),
        "QUERY_TIMEOUT": _number(environ, "SEARCH_QUERY_TIMEOUT", 3),
        "ATOMIC_REBUILD": True,
        "INDEX_SETTINGS": {
            "settings": {
                "index": {
                    "number_of_shards": _number(environ, "SEARCH_SHARDS", 1, int),
                    "number_of_replicas": _number(environ, "SEARCH_REPLICAS", 1, int),
                }
            }
        },
    }
    return {
        "default": engine,
        FALLBACK_BACKEND_NAME: {"BACKEND": DATABASE_BACKEND},
    }

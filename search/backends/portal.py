"""What the portal adds to Wagtail's Elasticsearch/OpenSearch backends.

The mixins here sit in front of modelsearch's classes (see ``opensearch2``
and ``elasticsearch7`` beside this module):

* **Per-language fields.** Wagtail's mapping puts every text into
  ``_all_text`` analysed by the ``standard`` analyzer. Ours gives each text
  field and each ``_all_text*`` catch-all two versions, ``<name>_id``
  (``koperasi_id`` analyzer: Indonesian stop words and stemmer) and
  ``<name>_en`` (``koperasi_en``), and a page's text goes only to the fields
  of its own language. Queries name both: a field holds only pages of its
  language, and each field analyses the query with its own analyzer, so an
  Indonesian query is stemmed the Indonesian way for Indonesian pages. The
  public search page narrows this to the reader's language.
* **Facts for facets** (``search.documents``): region, type, mode, problem
  area, year and kind as keyword fields on every page.
* **Failure safety.** A write that fails (engine down or slow) is logged,
  kept as a ``PendingIndexUpdate`` and never breaks the save that caused it;
  while the engine is known to be down, writes are queued without waiting
  for a timeout. ``catch_up_search_index`` applies the queue.
* **Rebuilds without downtime.** ``update_index`` fills a new index behind
  the alias (modelsearch's atomic rebuild); before the alias moves, pages
  edited during the rebuild are written again so none is lost.
"""

import json
import logging
import threading
import time
from copy import deepcopy

from django.db.models import Q
from django.utils import timezone
from modelsearch.backends.elasticsearchbase import Field
from modelsearch.index import get_indexed_models

from .. import documents
from ..analysis import LANGUAGES, analysis_settings, analyzer_for

logger = logging.getLogger("koperasi.search")

# Seconds during which writes are queued without trying, after the engine
# failed to answer; readers get the database meanwhile.
ENGINE_DOWN_SECONDS = 30

_clients = {}
_down_until = {}
_ready_indices = set()
_lock = threading.Lock()


def _is_language_text(field):
    return field.get("type") == "text" and "analyzer" not in field


def _localized(field, language):
    field = deepcopy(field)
    field["analyzer"] = analyzer_for(language)
    targets = field.get("copy_to")
    if targets:
        targets = [targets] if isinstance(targets, str) else targets
        field["copy_to"] = [f"{target}_{language}" for target in targets]
    return field


class LanguageMappingMixin:
    """Splits text fields by language and adds the page facts."""

    _text_fields_cache = {}

    def _split(self, properties):
        split = {}
        for name, field in properties.items():
            if field.get("type") == "nested":
                field = dict(field, properties=self._split(field["properties"]))
                split[name] = field
            elif _is_language_text(field):
                for language in LANGUAGES:
                    split[f"{name}_{language}"] = _localized(field, language)
            else:
                split[name] = field
        return split

    def get_mapping(self):
        mapping = super().get_mapping()
        properties = mapping["properties"]
        is_page = documents.is_page(self.model)
        if is_page:
            name, field = documents.PLACE_FIELD
            properties[name] = deepcopy(field)
        mapping["properties"] = self._split(properties)
        if is_page:
            mapping["properties"].update(deepcopy(documents.FACT_MAPPING))
        return mapping

    def _text_fields(self):
        """Text field names of the unsplit document: top level and nested."""
        key = self.model
        if key not in self._text_fields_cache:
            properties = super().get_mapping()["properties"]
            top, nested = set(), {}
            for name, field in properties.items():
                if field.get("type") == "nested":
                    nested[name] = {
                        sub
                        for sub, value in field["properties"].items()
                        if _is_language_text(value)
                    }
                elif _is_language_text(field):
                    top.add(name)
            if documents.is_page(self.model):
                top.add(documents.PLACE_FIELD[0])
            self._text_fields_cache[key] = (top, nested)
        return self._text_fields_cache[key]

    def get_document(self, obj):
        doc = super().get_document(obj)
        language = documents.language_of(obj)
        if language not in LANGUAGES:
            language = LANGUAGES[0]

        top, nested = self._text_fields()
        for name in top & doc.keys():
            doc[f"{name}_{language}"] = doc.pop(name)
        for name, subfields in nested.items():
            value = doc.get(name)
            items = value if isinstance(value, list) else [value] if value else []
            for item in items:
                for sub in subfields & item.keys():
                    item[f"{sub}_{language}"] = item.pop(sub)

        if documents.is_page(obj):
            facts = documents.page_facts(obj)
            place = documents.PLACE_FIELD[0]
            facts[f"{place}_{language}"] = facts.pop(place)
            doc.update(facts)
        return doc


class LanguageQueryCompilerMixin:
    """Searches each language's fields for queries made through ``.search()``.

    The admin and any code calling ``Page.objects.search()`` go through here;
    the public search page builds its own request (``search.engine``).
    """

    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        return [
            Field(f"{field.field_name}_{language}", field.boost)
            for field in remapped
            for language in LANGUAGES
        ]


class PortalIndexMixin:
    """Remembers the models put into an index, for the rebuild catch-up."""

    def add_model(self, model):
        super().add_model(model)
        self.__dict__.setdefault("models", []).append(model)


class PortalAtomicRebuilderMixin:
    """Re-writes pages edited while ``update_index`` was filling the index."""

    def start(self):
        self.started_at = timezone.now()
        return super().start()

    def finish(self):
        for model in getattr(self.index, "models", []):
            names = {field.name for field in model._meta.get_fields()}
            if not {"latest_revision_created_at", "last_published_at"} <= names:
                continue
            changed = model.get_indexed_objects().filter(
                Q(latest_revision_created_at__gte=self.started_at)
                | Q(last_published_at__gte=self.started_at)
            )
            items = list(changed)
            if items:
                self.index.add_items(model, items)
                logger.info(
                    "Rebuild of %s: re-indexed %s %s edited meanwhile",
                    self.alias.name,
                    len(items),
                    model.__name__,
                )
        super().finish()


class PortalBackendMixin:
    """Language analysis, failure queue and shared clients for the engine.

    Extra settings (besides modelsearch's): ``NAME`` (the key of this backend
    in ``WAGTAILSEARCH_BACKENDS``, default ``"default"``), ``QUERY_TIMEOUT``
    (seconds for a reader's query).
    """

    catch_indexing_errors = True
    connection_errors = ()

    def __init__(self, params):
        params = dict(params)
        self.name = params.pop("NAME", "default")
        self.query_timeout = params.pop("QUERY_TIMEOUT", 3)
        params.setdefault("OPTIONS", {}).setdefault("max_retries", 0)
        super().__init__(params)
        self.settings["settings"].setdefault("analysis", {})
        for key, value in analysis_settings().items():
            self.settings["settings"]["analysis"].setdefault(key, {}).update(value)

    @classmethod
    def client_class(cls, **kwargs):
        # One client (and connection pool) per cluster and process instead of
        # one per save: modelsearch builds a backend object for every write.
        key = (cls.engine_client_class, json.dumps(kwargs, sort_keys=True, default=str))
        with _lock:
            if key not in _clients:
                _clients[key] = cls.engine_client_class(**kwargs)
            return _clients[key]

    # Availability ------------------------------------------------------

    @property
    def _availability_key(self):
        return json.dumps(self.hosts, sort_keys=True, default=str)

    def is_marked_down(self):
        return _down_until.get(self._availability_key, 0) > time.monotonic()

    def mark_down(self):
        key = self._availability_key
        _down_until[key] = time.monotonic() + ENGINE_DOWN_SECONDS
        # The engine may come back empty (a new node, lost data): check the
        # index again before the next write instead of letting the engine
        # create it with guessed field types.
        for ready in [ready for ready in _ready_indices if ready[0] == key]:
            _ready_indices.discard(ready)

    def mark_up(self):
        _down_until.pop(self._availability_key, None)

    def is_connection_error(self, error):
        return isinstance(error, self.connection_errors)

    # Writes ------------------------------------------------------------

    def ensure_index(self, model):
        """Create the model's index (behind its alias) if it does not exist.

        Without this, the first write into a fresh cluster would make the
        engine create the index itself, with guessed field types.
        """
        index = self.get_index_for_model(model)
        key = (self._availability_key, index.name)
        if key in _ready_indices:
            return index
        if not index.exists():
            rebuilder = self.rebuilder_class(index)
            new_index = rebuilder.start()
            for indexed_model in get_indexed_models():
                if self.get_index_for_model(indexed_model).name == index.name:
                    new_index.add_model(indexed_model)
            rebuilder.finish()
            logger.info("Created search index %s", index.name)
        _ready_indices.add(key)
        return index

    def apply(self, action, obj):
        """Write ``obj`` into the index (or remove it), raising on failure."""
        self.ensure_index(type(obj))
        if action == "delete":
            super().delete(obj)
        else:
            super().add(obj)

    def _guarded(self, action, obj):
        from ..pending import record_failure

        if self.is_marked_down():
            record_failure(self.name, action, obj, "engine marked unavailable")
            return
        try:
            self.apply(action, obj)
        except Exception as error:
            if self.is_connection_error(error):
                self.mark_down()
            record_failure(self.name, action, obj, error)

    def add(self, obj):
        self._guarded("index", obj)

    def delete(self, obj):
        self._guarded("delete", obj)

    def add_bulk(self, model, obj_list):
        self.ensure_index(model)
        super().add_bulk(model, obj_list)

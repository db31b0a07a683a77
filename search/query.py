"""What a reader asked for and what the search page shows back.

Both search paths (``search.engine`` and ``search.database``) take a
``SearchRequest`` and return a ``SearchOutcome`` built from the same pieces,
so the page cannot tell which one answered, apart from the notice.
"""

import time
from dataclasses import dataclass, field

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from koperasi_pages.filters import Facet, FacetOption

from .documents import SEARCHABLE_KINDS, model_for_kind

# Longer input is cut: nobody types more, and it keeps queries cheap.
MAX_QUERY_LENGTH = 200
PER_PAGE = 10
FILTER_NAMES = ("region", "type", "mode", "problem", "year", "kind")


def clean_query(raw):
    """The reader's text, whitespace collapsed and cut to a sane length."""
    text = " ".join((raw or "").split())[:MAX_QUERY_LENGTH]
    # Unpaired surrogates (broken emoji) cannot be encoded for the engine.
    return text.encode("utf-8", "ignore").decode("utf-8").strip()


def _clean(value, max_length=60):
    return " ".join((value or "").split())[:max_length]


@dataclass
class SearchRequest:
    """The query, the filters and the page number from the URL."""

    query: str = ""
    region: str = ""
    type: str = ""
    mode: str = ""
    problem: str = ""
    year: int | None = None
    kind: str = ""
    page: int = 1

    @classmethod
    def from_params(cls, params):
        year = _clean(params.get("year"), 4)
        kind = _clean(params.get("kind"), 20)
        page = _clean(params.get("page"), 6)
        return cls(
            query=clean_query(params.get("q")),
            region=_clean(params.get("region"), 5),
            type=_clean(params.get("type")),
            mode=_clean(params.get("mode")),
            problem=_clean(params.get("problem")),
            year=int(year) if year.isdigit() else None,
            kind=kind if kind in SEARCHABLE_KINDS else "",
            page=max(int(page), 1) if page.isdigit() else 1,
        )

    def filters(self):
        """The filters in use, as ``{name: value}``."""
        values = {name: getattr(self, name) for name in FILTER_NAMES}
        return {name: value for name, value in values.items() if value}

    @property
    def is_empty(self):
        return not self.query and not self.filters()


@dataclass
class SearchResult:
    """One page in the results, with its highlighted title and snippet."""

    page: object
    title_html: str
    snippet_html: str
    promoted: bool = False
    url: str = ""

    @property
    def kind(self):
        from .documents import kind_of

        return kind_of(self.page) if self.page is not None else "link"


@dataclass
class SearchOutcome:
    results: list = field(default_factory=list)
    total: int = 0
    facets: list = field(default_factory=list)
    promoted: list = field(default_factory=list)
    backend: str = "database"
    notice: str = ""
    variants: list = field(default_factory=list)
    # True when no page had (nearly) all the words and pages with some of
    # them are shown instead.
    relaxed: bool = False


def kind_label(kind):
    return capfirst(model_for_kind(kind)._meta.verbose_name_plural)


def kind_facet(counts, selected):
    options = [
        FacetOption(kind, kind_label(kind), counts[kind], kind == selected)
        for kind in SEARCHABLE_KINDS
        if counts.get(kind)
    ]
    return Facet("kind", _("Content type"), options)


def term_labels(model, locale):
    """``{slug: term}`` with each term in the reader's language if it has one."""
    labels = {}
    for term in model.objects.all():
        if term.slug not in labels or term.locale_id == locale.pk:
            labels[term.slug] = term
    return labels


TERM_LABELS_SECONDS = 60
_term_label_cache = {}


def cached_term_labels(model, locale):
    """``term_labels`` kept for a minute: terms change rarely, searches often."""
    key = (model, locale.pk)
    stored = _term_label_cache.get(key)
    if stored is None or stored[0] < time.monotonic():
        stored = (time.monotonic() + TERM_LABELS_SECONDS, term_labels(model, locale))
        _term_label_cache[key] = stored
    return stored[1]


FACET_ORDER = ["kind", "region", "type", "mode", "problem", "year"]


def ordered_facets(facets):
    """Facets in reading order, without those that have no option.

    Provinces are listed by number of results, most first; once a province
    is chosen it stays on top with its regencies below.
    """
    by_name = {facet.name: facet for facet in facets if facet.options}
    region = by_name.get("region")
    if region:
        head = [o for o in region.options if len(o.value) == 2 and o.selected]
        rest = [o for o in region.options if o not in head]
        region.options = head + sorted(rest, key=lambda o: (-o.count, o.label))
    return [by_name[name] for name in FACET_ORDER if name in by_name]

"""The public search on the database: the zero-setup default and the fallback.

Wagtail's database backend finds the matching pages (the query and each
synonym variant, best first); the listing pages' own ``PageFilters`` then
narrows them and counts the facets, one page type at a time, and the counts
are added up. Matches are capped at ``MAX_MATCHES`` per variant: a database
is not an engine, and nobody pages that far.
"""

from collections import OrderedDict

from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    Value,
    When,
)
from django.utils.html import escape
from wagtail.models import Page

from koperasi_pages.filters import Facet, FacetOption, PageFilters
from koperasi_pages.models import InnovationStoryPage, StoryCooperative

from .documents import SEARCHABLE_KINDS, model_for_kind
from .highlight import WORD, highlight, query_terms
from .query import SearchOutcome, SearchResult, kind_facet

MAX_MATCHES = 500
RELAX_BELOW = 5
STORY_ONLY_FILTERS = ("mode", "problem")


def base_pages(locale):
    models = [model_for_kind(kind) for kind in SEARCHABLE_KINDS]
    return Page.objects.live().public().filter(locale=locale).type(*models)


def plain_words(text):
    """``text`` as lowercase words only.

    SQLite's FTS5 and PostgreSQL's tsquery give meaning to quotes, brackets,
    ``AND``/``OR``/``NOT`` and more; a reader means none of that here.
    """
    return " ".join(WORD.findall(text.lower()))


def ranked_ids(backend, queries, pages, operator="and"):
    """Ids of ``pages`` matching any of ``queries``, the first query's first."""
    ids = OrderedDict()
    for text in queries:
        words = plain_words(text)
        if not words:
            continue
        results = backend.search(words, pages, operator=operator)
        for page in results[:MAX_MATCHES]:
            ids.setdefault(page.pk, None)
    return list(ids)


class DatabaseSearch:
    """Search page, autocomplete and similar stories on the database."""

    def __init__(self, backend):
        self.backend = backend

    def _kinds(self, request, skip=None):
        """The page kinds that can match the filters, leaving ``skip`` out."""
        kinds = list(SEARCHABLE_KINDS)
        if request.kind and skip != "kind":
            kinds = [request.kind]
        if any(getattr(request, name) and skip != name for name in STORY_ONLY_FILTERS):
            kinds = [kind for kind in kinds if kind == "story"]
        if request.type and skip != "type":
            kinds = [kind for kind in kinds if kind in ("story", "cooperative")]
        return kinds

    def search(self, request, locale, variants=(), exclude_ids=(), per_page=10):
        pages = base_pages(locale).exclude(pk__in=exclude_ids)
        rank = None
        relaxed = False
        if request.query:
            queries = [request.query, *variants]
            rank = ranked_ids(self.backend, queries, pages)
            if len(rank) < RELAX_BELOW and len(request.query.split()) > 1:
                # Pages with some of the words, after those with all of them.
                more = ranked_ids(self.backend, [request.query], pages, "or")
                relaxed = len(more) > len(rank)
                rank += [pk for pk in more if pk not in rank]

        params = {
            "region": request.region,
            "type": request.type,
            "mode": request.mode,
            "problem": request.problem,
            "year": str(request.year or ""),
        }
        per_kind = {}
        for kind in SEARCHABLE_KINDS:
            model = model_for_kind(kind)
            queryset = model.objects.live().public().filter(locale=locale)
            queryset = queryset.exclude(pk__in=exclude_ids)
            if rank is not None:
                queryset = queryset.filter(pk__in=rank)
            filters = PageFilters(params, model, locale)
            per_kind[kind] = (queryset, filters)

        # Results: every kind the filters allow, by rank, else newest first.
        matched = {}
        for kind in self._kinds(request):
            queryset, filters = per_kind[kind]
            dated = "date" in {field.name for field in queryset.model._meta.fields}
            rows = filters.apply(queryset).values_list(
                "pk", "date" if dated else "first_published_at"
            )
            for pk, date in rows:
                matched[pk] = (date.isoformat()[:10] if date else "", pk)
        if rank is not None:
            position = {pk: i for i, pk in enumerate(rank)}
            ordered = sorted(matched, key=position.__getitem__)
        else:
            ordered = sorted(matched, key=matched.__getitem__, reverse=True)

        start = (request.page - 1) * per_page
        window = ordered[start : start + per_page]
        specific = {
            page.pk: page for page in Page.objects.filter(pk__in=window).specific()
        }
        terms = query_terms(request.query, *variants)
        results = [self._result(specific[pk], terms) for pk in window if pk in specific]

        return SearchOutcome(
            results=results,
            total=len(ordered),
            facets=self._facets(request, per_kind),
            backend="database",
            variants=list(variants),
            relaxed=relaxed,
        )

    def _result(self, page, terms):
        title, _matched = highlight(page.title, terms, words=40)
        text = getattr(page, "summary", "") or page.search_description or ""
        snippet, _matched = highlight(text, terms)
        return SearchResult(
            page=page, title_html=title or escape(page.title), snippet_html=snippet
        )

    def _facets(self, request, per_kind):
        kind_counts = {
            kind: per_kind[kind][1].apply(per_kind[kind][0]).count()
            for kind in self._kinds(request, skip="kind")
        }
        facets = [kind_facet(kind_counts, request.kind)]

        merged = OrderedDict()
        labels = {}
        for kind in SEARCHABLE_KINDS:
            queryset, filters = per_kind[kind]
            for facet in filters.facets(queryset):
                if kind not in self._kinds(request, skip=facet.name):
                    continue
                labels[facet.name] = facet.label
                options = merged.setdefault(facet.name, OrderedDict())
                for option in facet.options:
                    if option.value in options:
                        options[option.value].count += option.count
                    else:
                        options[option.value] = FacetOption(
                            option.value, option.label, option.count, option.selected
                        )
        for name, options in merged.items():
            values = list(options.values())
            if name == "year":
                values.sort(key=lambda option: option.value, reverse=True)
            elif name == "region":
                values.sort(key=lambda option: (len(option.value), option.value))
            facets.append(Facet(name, labels[name], values))
        return facets

    def autocomplete(self, prefix, locale, limit=8):
        words = prefix.split()
        pages = base_pages(locale)
        for word in words:
            pages = pages.filter(
                Q(title__istartswith=word) | Q(title__icontains=f" {word}")
            )
        return list(pages.order_by("title").values_list("pk", flat=True)[:limit])

    def similar(self, story, facts, limit=3):
        """Stories sharing problem areas (counted twice), region or type."""
        problems = list(story.problem_areas.values_list("pk", flat=True))
        type_ids = list(
            story.cooperative_links.values_list(
                "cooperative__cooperative_type_id", flat=True
            )
        )
        same_type = StoryCooperative.objects.filter(
            page=OuterRef("pk"), cooperative__cooperative_type_id__in=type_ids
        )
        related = Q(problem_areas__in=problems) | Exists(same_type)
        if story.province_id:
            related |= Q(province_id=story.province_id)

        stories = (
            InnovationStoryPage.objects.live()
            .public()
            .filter(locale_id=story.locale_id)
            .exclude(pk=story.pk)
            .filter(related)
            .annotate(
                shared_problems=Count(
                    "problem_areas",
                    filter=Q(problem_areas__in=problems),
                    distinct=True,
                ),
                same_region=Case(
                    When(province_id=story.province_id, then=Value(1)),
                    default=Value(0),
                    output_field=IntegerField(),
                ),
                same_type=Case(
                    When(Exists(same_type), then=Value(1)),
                    default=Value(0),
                    output_field=IntegerField(),
                ),
            )
            .annotate(
                likeness=2 * F("shared_problems") + F("same_region") + F("same_type")
            )
            .order_by("-likeness", "-date", "-pk")
        )
        return list(stories.values_list("pk", flat=True)[:limit])

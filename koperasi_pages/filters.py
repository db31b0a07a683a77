"""Reader-facing filters shared by listing pages and the search page.

A filter reads plain GET parameters (``region``, ``type``, ``mode``,
``problem``, ``year``) so that filtered URLs can be shared, and reports the
number of pages behind each option so readers never click into nothing.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from .models import (
    CooperativeProfilePage,
    CooperativeType,
    InnovationMode,
    InnovationStoryPage,
    ProblemArea,
    Region,
)


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)

    @property
    def selected(self):
        return [option for option in self.options if option.selected]


def _clean(value, max_length=60):
    return (value or "").strip()[:max_length]


class PageFilters:
    """Applies the filters of one page type and counts what each would give."""

    def __init__(self, params, model, locale):
        self.model = model
        self.locale = locale
        self.region = _clean(params.get("region"), 5)
        self.type = _clean(params.get("type"))
        self.mode = _clean(params.get("mode"))
        self.problem = _clean(params.get("problem"))
        year = _clean(params.get("year"), 4)
        self.year = int(year) if year.isdigit() else None

    @property
    def is_story(self):
        return issubclass(self.model, InnovationStoryPage)

    @property
    def is_cooperative(self):
        return issubclass(self.model, CooperativeProfilePage)

    @property
    def year_lookup(self):
        return "founded_year" if self.is_cooperative else "date__year"

    @property
    def type_lookup(self):
        if self.is_cooperative:
            return "cooperative_type__slug"
        return "cooperative_links__cooperative__cooperative_type__slug"

    def active(self):
        """The filters in use, as (parameter, value) pairs for URLs."""
        pairs = [
            ("region", self.region),
            ("type", self.type),
            ("mode", self.mode),
            ("problem", self.problem),
            ("year", str(self.year or "")),
        ]
        return [(name, value) for name, value in pairs if value]

    def apply(self, queryset, skip=None):
        """Narrow ``queryset``; ``skip`` leaves one filter out for its counts."""
        if self.region and skip != "region":
            lookup = "province_id" if len(self.region) == 2 else "regency_id"
            queryset = queryset.filter(**{lookup: self.region})
        if self.type and skip != "type" and (self.is_cooperative or self.is_story):
            queryset = queryset.filter(**{self.type_lookup: self.type})
        if self.mode and skip != "mode" and self.is_story:
            queryset = queryset.filter(
                Q(innovation_mode__slug=self.mode)
                | Q(innovation_mode__parent__slug=self.mode)
            )
        if self.problem and skip != "problem" and self.is_story:
            queryset = queryset.filter(problem_areas__slug=self.problem)
        if self.year and skip != "year":
            queryset = queryset.filter(**{self.year_lookup: self.year})
        return queryset.distinct()

    def facets(self, queryset):
        """Every filter with its options and counts, as a reader sees them.

        Each facet counts with the other filters applied but not its own, so
        that a reader can switch from one option to another.
        """
        facets = [self._region_facet(queryset)]
        if self.is_cooperative or self.is_story:
            facets.append(
                self._term_facet(
                    queryset,
                    "type",
                    _("Cooperative type"),
                    CooperativeType,
                    self.type_lookup,
                )
            )
        if self.is_story:
            facets.append(self._mode_facet(queryset))
            facets.append(
                self._term_facet(
                    queryset,
                    "problem",
                    _("Problem area"),
                    ProblemArea,
                    "problem_areas__slug",
                )
            )
        facets.append(self._year_facet(queryset))
        return [facet for facet in facets if facet.options]

    def _counts(self, queryset, name, lookup):
        rows = (
            self.apply(queryset, skip=name)
            .order_by()
            .values(lookup)
            .annotate(n=Count("pk", distinct=True))
        )
        return {row[lookup]: row["n"] for row in rows if row[lookup] is not None}

    def _region_facet(self, queryset):
        # Provinces first; once a province is chosen, its regencies.
        province = self.region[:2] if self.region else ""
        if province:
            counts = self._counts(
                queryset.filter(province_id=province), "region", "regency_id"
            )
            regions = Region.objects.filter(code__in=counts)
            options = [
                FacetOption(r.code, r.name, counts[r.code], r.code == self.region)
                for r in regions
            ]
            parent = Region.objects.filter(code=province).first()
            if parent:
                total = (
                    self.apply(queryset, skip="region")
                    .filter(province_id=province)
                    .count()
                )
                options.insert(
                    0,
                    FacetOption(province, parent.name, total, self.region == province),
                )
        else:
            counts = self._counts(queryset, "region", "province_id")
            regions = Region.objects.filter(code__in=counts)
            options = [FacetOption(r.code, r.name, counts[r.code]) for r in regions]
        return Facet("region", _("Region"), options)

    def _term_labels(self, term_model):
        labels = {}
        for term in term_model.objects.select_related("locale"):
            # Prefer the reader's language; fall back to any label we have.
            if term.slug not in labels or term.locale_id == self.locale.pk:
                labels[term.slug] = term
        return labels

    def _term_facet(self, queryset, name, label, term_model, lookup):
        counts = self._counts(queryset, name, lookup)
        terms = sorted(
            self._term_labels(term_model).values(), key=lambda t: (t.sort_order, t.name)
        )
        options = [
            FacetOption(t.slug, t.name, counts[t.slug], t.slug == getattr(self, name))
            for t in terms
            if t.slug in counts
        ]
        return Facet(name, label, options)

    def _mode_facet(self, queryset):
        counts = self._counts(queryset, "mode", "innovation_mode__slug")
        terms = self._term_labels(InnovationMode)
        options = []
        for term in sorted(terms.values(), key=lambda t: (t.sort_order, t.name)):
            family = {term.slug} | {
                child.slug
                for child in terms.values()
                if child.parent_id and child.parent.slug == term.slug
            }
            total = sum(counts.get(slug, 0) for slug in family)
            if total:
                options.append(
                    FacetOption(term.slug, term.name, total, term.slug == self.mode)
                )
        return Facet("mode", _("Innovation mode"), options)

    def _year_facet(self, queryset):
        if self.is_cooperative:
            counts = self._counts(queryset, "year", "founded_year")
        else:
            rows = (
                self.apply(queryset, skip="year")
                .order_by()
                .annotate(y=ExtractYear("date"))
                .values("y")
                .annotate(n=Count("pk", distinct=True))
            )
            counts = {row["y"]: row["n"] for row in rows if row["y"]}
        options = [
            FacetOption(str(year), str(year), counts[year], year == self.year)
            for year in sorted(counts, reverse=True)
        ]
        return Facet("year", _("Year"), options)

"""What the engine stores about a page beyond Wagtail's own search fields.

Facets need the same keys on every kind of page (``portal_province`` whether the
page is a story or a profile), and counting them must not need the database,
so each indexed page carries these facts:

* ``portal_kind``: ``story``, ``cooperative``, ``report``, ``hub`` or ``page``
* ``portal_language``: the page's language code (``id``, ``en``)
* ``portal_province``: Kemendagri province code, e.g. ``35``
* ``portal_regency``: regency/city code, e.g. ``35.07``
* ``portal_type``: cooperative type slugs (a story takes its cooperatives')
* ``portal_mode``: innovation mode slug and its broader mode's slug
* ``portal_problem``: problem area slugs
* ``portal_year``: founding year of a cooperative, year of a story or report
* ``portal_date``: date of a story or report (for "newest first")
* ``portal_place``: province and regency names, searched with the page text

Lookups go through small caches (regions, terms, locales change rarely) so
that indexing thousands of pages does not cost thousands of queries.
"""

from django.db.models import Model

KIND_MODELS = [
    # (kind, "app_label.ModelName"); checked in order.
    ("story", "koperasi_pages.InnovationStoryPage"),
    ("cooperative", "koperasi_pages.CooperativeProfilePage"),
    ("report", "koperasi_pages.ActivityReportPage"),
    ("hub", "koperasi_pages.RegionalHubPage"),
]
SEARCHABLE_KINDS = ("story", "cooperative", "report")

_caches = {}


def clear_caches():
    """Forget cached regions, terms and locales (tests that add some call it)."""
    _caches.clear()


def _lookup(name, key, load):
    """``key`` in the cache ``name``, reloading the cache once on a miss."""
    cache = _caches.get(name)
    if cache is None or key not in cache:
        cache = _caches[name] = load()
    return cache.get(key)


def _region_names():
    from koperasi_pages.models import Region

    return dict(Region.objects.values_list("code", "name"))


def _locale_codes():
    from wagtail.models import Locale

    return dict(Locale.objects.values_list("pk", "language_code"))


def _term_slugs(model_name):
    def load():
        from django.apps import apps

        model = apps.get_model("koperasi_pages", model_name)
        return dict(model.objects.values_list("pk", "slug"))

    return load


def _mode_parents():
    from koperasi_pages.models import InnovationMode

    rows = InnovationMode.objects.values_list("pk", "parent__slug")
    return dict(rows)


def region_name(code):
    return _lookup("regions", code, _region_names) if code else None


def language_of(obj, default="id"):
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return default
    return _lookup("locales", locale_id, _locale_codes) or default


def term_slug(model_name, pk):
    if pk is None:
        return None
    return _lookup(f"terms:{model_name}", pk, _term_slugs(model_name))


def kind_of(obj_or_model):
    from django.apps import apps

    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    for kind, label in KIND_MODELS:
        if issubclass(model, apps.get_model(label)):
            return kind
    return "page"


def model_for_kind(kind):
    from django.apps import apps

    return apps.get_model(dict(KIND_MODELS)[kind])


def page_facts(obj):
    """The extra fields of ``obj``'s search document (see the module doc)."""
    kind = kind_of(obj)
    facts = {"portal_kind": kind, "portal_language": language_of(obj)}

    if kind == "hub":
        province = obj.region_id[:2] if obj.region_id else None
        regency = obj.region_id if obj.region_id and len(obj.region_id) > 2 else None
    else:
        province = getattr(obj, "province_id", None)
        regency = getattr(obj, "regency_id", None)
    facts["portal_province"] = province
    facts["portal_regency"] = regency
    facts["portal_place"] = " ".join(
        name for name in (region_name(province), region_name(regency)) if name
    )

    date = getattr(obj, "date", None)
    facts["portal_date"] = date.isoformat() if date else None
    if kind == "cooperative":
        facts["portal_year"] = obj.founded_year
        facts["portal_type"] = [
            slug
            for slug in [term_slug("CooperativeType", obj.cooperative_type_id)]
            if slug
        ]
    elif date:
        facts["portal_year"] = date.year
    else:
        facts["portal_year"] = None

    if kind == "story":
        facts.update(_story_facts(obj))
    return facts


def _story_facts(story):
    mode = term_slug("InnovationMode", story.innovation_mode_id)
    parent = (
        _lookup("mode_parents", story.innovation_mode_id, _mode_parents)
        if story.innovation_mode_id
        else None
    )
    if story.pk:
        problem_ids = story.problem_areas.values_list("pk", flat=True)
        type_ids = story.cooperative_links.values_list(
            "cooperative__cooperative_type_id", flat=True
        )
    else:
        problem_ids, type_ids = [], []
    return {
        "portal_mode": [slug for slug in (mode, parent) if slug],
        "portal_problem": sorted(
            {term_slug("ProblemArea", pk) for pk in problem_ids} - {None}
        ),
        "portal_type": sorted(
            {term_slug("CooperativeType", pk) for pk in type_ids} - {None}
        ),
    }


FACT_MAPPING = {
    "portal_kind": {"type": "keyword"},
    "portal_language": {"type": "keyword"},
    "portal_province": {"type": "keyword"},
    "portal_regency": {"type": "keyword"},
    "portal_type": {"type": "keyword"},
    "portal_mode": {"type": "keyword"},
    "portal_problem": {"type": "keyword"},
    "portal_year": {"type": "integer"},
    "portal_date": {"type": "date"},
}
# Searched like the page's own text, so it is split by language too.
PLACE_FIELD = ("portal_place", {"type": "text", "copy_to": "_all_text"})


def is_page(obj):
    from wagtail.models import Page

    return isinstance(obj, Page) or (
        isinstance(obj, type) and issubclass(obj, Page) and issubclass(obj, Model)
    )

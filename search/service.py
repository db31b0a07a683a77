"""One entry point for each search feature, engine first, database always.

Views and template tags call ``run_search``, ``autocomplete`` and
``similar_stories``. Each tries the engine when one is configured and known
to be up, and answers from the database when it is not configured, down,
slow or rejects the query, so a reader never gets an error page. After an
answer from the engine, index updates it missed are caught up.
"""

import logging

from django.utils.html import escape
from django.utils.translation import gettext
from modelsearch.backends import get_search_backend
from modelsearch.conf import get_app_config
from wagtail.models import Page

from .backends.portal import PortalBackendMixin
from .database import DatabaseSearch
from .documents import kind_of
from .engine import EngineSearch
from .models import PendingIndexUpdate
from .query import PER_PAGE, SearchOutcome, SearchResult, kind_label, ordered_facets
from .settings import DATABASE_BACKEND, FALLBACK_BACKEND_NAME
from .synonyms import expand

logger = logging.getLogger("koperasi.search")


def engine_backend():
    """The configured engine backend, or None when search runs on the database."""
    backend = get_search_backend("default")
    return backend if isinstance(backend, PortalBackendMixin) else None


def database_backend():
    config = get_app_config().get_search_backend_config()
    for name in (FALLBACK_BACKEND_NAME, "default"):
        if name in config:
            backend = get_search_backend(name)
            if not isinstance(backend, PortalBackendMixin):
                return backend
    return get_search_backend(DATABASE_BACKEND)


def _on_engine(engine, action, *args):
    """``action(EngineSearch, *args)``, or None if the engine cannot answer."""
    if engine is None or engine.is_marked_down():
        return None
    try:
        answer = action(EngineSearch(engine), *args)
    except Exception as error:
        if engine.is_connection_error(error):
            engine.mark_down()
        logger.warning("Search engine failed, answering from the database: %s", error)
        return None
    engine.mark_up()
    _catch_up_soon(engine)
    return answer


def _catch_up_soon(engine):
    if PendingIndexUpdate.objects.filter(backend_name=engine.name).exists():
        from .tasks import catch_up_search_index_task

        catch_up_search_index_task.enqueue(engine.name)


def promotions(query, locale):
    """Editors' promoted results for ``query``, in the reader's language."""
    from wagtail.contrib.search_promotions.models import Query
    from wagtail.search.utils import normalise_query_string

    found = Query.objects.filter(query_string=normalise_query_string(query)).first()
    if found is None:
        return []

    results = []
    for pick in found.editors_picks.select_related("page"):
        if pick.page is None:
            if pick.external_link_url:
                results.append(
                    SearchResult(
                        page=None,
                        title_html=escape(
                            pick.external_link_text or pick.external_link_url
                        ),
                        snippet_html=escape(pick.description),
                        promoted=True,
                        url=pick.external_link_url,
                    )
                )
            continue
        page = pick.page.get_translation_or_none(locale) or pick.page
        if page.locale_id != locale.pk or not page.live:
            continue
        page = page.specific
        results.append(
            SearchResult(
                page=page,
                title_html=escape(page.title),
                snippet_html=escape(pick.description or getattr(page, "summary", "")),
                promoted=True,
            )
        )
    return results


def _record_hit(query):
    from wagtail.contrib.search_promotions.models import Query

    Query.get(query).add_hit()


def run_search(request, locale, per_page=PER_PAGE):
    """Results, facets and promotions for a ``SearchRequest``."""
    if request.is_empty:
        return SearchOutcome()

    language = locale.language_code
    variants = expand(request.query, language) if request.query else []
    promoted = promotions(request.query, locale) if request.query else []
    promoted_ids = [result.page.pk for result in promoted if result.page]

    engine = engine_backend()
    outcome = _on_engine(
        engine,
        lambda search: search.search(
            request, locale, variants, promoted_ids, per_page=per_page
        ),
    )
    if outcome is None:
        try:
            outcome = DatabaseSearch(database_backend()).search(
                request, locale, variants, promoted_ids, per_page=per_page
            )
        except Exception:
            logger.exception("Database search failed for %r", request.query)
            outcome = SearchOutcome(
                notice=gettext("Your search could not be run. Try other words.")
            )
        if engine is not None and not outcome.notice:
            outcome.notice = gettext(
                "The search engine is not answering right now, so these results "
                "come from a simpler search. Try again in a few minutes for "
                "better matches."
            )

    outcome.facets = ordered_facets(outcome.facets)
    if request.page == 1:
        outcome.promoted = promoted
    if request.query and request.page == 1:
        _record_hit(request.query)
    return outcome


def autocomplete(prefix, locale, limit=8):
    """Titles of stories, cooperatives and reports starting with ``prefix``."""
    engine = engine_backend()
    ids = _on_engine(engine, lambda search: search.autocomplete(prefix, locale, limit))
    if ids is None:
        ids = DatabaseSearch(database_backend()).autocomplete(prefix, locale, limit)

    pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    suggestions = []
    for pk in ids:
        page = pages.get(pk)
        if page is None:
            continue
        kind = kind_of(page)
        suggestions.append(
            {
                "title": page.title,
                "url": page.get_url(),
                "kind": kind,
                "kind_label": str(kind_label(kind)),
            }
        )
    return suggestions


def story_facts(story):
    return {
        "problem": list(story.problem_areas.values_list("slug", flat=True)),
        "province": story.province_id,
        "type": list(
            story.cooperative_links.exclude(cooperative__cooperative_type=None)
            .values_list("cooperative__cooperative_type__slug", flat=True)
            .distinct()
        ),
    }


def similar_stories(story, limit=3):
    """Live stories in the story's language most like it, best first."""
    facts = story_facts(story)
    engine = engine_backend()
    ids = _on_engine(engine, lambda search: search.similar(story, facts, limit)) or []
    if len(ids) < limit:
        more = DatabaseSearch(database_backend()).similar(story, facts, limit)
        ids += [pk for pk in more if pk not in ids][: limit - len(ids)]

    pages = {
        page.pk: page
        for page in Page.objects.live().public().filter(pk__in=ids).specific()
    }
    return [pages[pk] for pk in ids if pk in pages]

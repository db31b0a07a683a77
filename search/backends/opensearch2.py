"""OpenSearch 2.x with the portal's analysis (client: ``opensearch-py`` 2.x)."""

from modelsearch.backends import opensearch2 as base
from modelsearch.backends.elasticsearchbase import ElasticsearchAtomicIndexRebuilder
from opensearchpy import OpenSearch
from opensearchpy.exceptions import ConnectionError as EngineConnectionError

from .portal import (
    LanguageMappingMixin,
    LanguageQueryCompilerMixin,
    PortalAtomicRebuilderMixin,
    PortalBackendMixin,
    PortalIndexMixin,
)


class PortalOpenSearchMapping(LanguageMappingMixin, base.OpenSearch2Mapping):
    pass


class PortalOpenSearchIndex(PortalIndexMixin, base.OpenSearch2Index):
    pass


class PortalOpenSearchQueryCompiler(
    LanguageQueryCompilerMixin, base.OpenSearch2SearchQueryCompiler
):
    mapping_class = PortalOpenSearchMapping


class PortalOpenSearchAutocompleteQueryCompiler(
    base.OpenSearch2AutocompleteQueryCompiler
):
    mapping_class = PortalOpenSearchMapping


class PortalOpenSearchRebuilder(
    PortalAtomicRebuilderMixin, ElasticsearchAtomicIndexRebuilder
):
    pass


class PortalOpenSearchBackend(PortalBackendMixin, base.OpenSearch2SearchBackend):
    mapping_class = PortalOpenSearchMapping
    index_class = PortalOpenSearchIndex
    query_compiler_class = PortalOpenSearchQueryCompiler
    autocomplete_query_compiler_class = PortalOpenSearchAutocompleteQueryCompiler
    atomic_rebuilder_class = PortalOpenSearchRebuilder
    engine_client_class = OpenSearch
    connection_errors = (EngineConnectionError,)


SearchBackend = PortalOpenSearchBackend

"""Elasticsearch 7.x with the portal's analysis (client: ``elasticsearch`` 7.x)."""

from elasticsearch import Elasticsearch
from elasticsearch.exceptions import ConnectionError as EngineConnectionError
from modelsearch.backends import elasticsearch7 as base
from modelsearch.backends.elasticsearchbase import ElasticsearchAtomicIndexRebuilder

from .portal import (
    LanguageMappingMixin,
    LanguageQueryCompilerMixin,
    PortalAtomicRebuilderMixin,
    PortalBackendMixin,
    PortalIndexMixin,
)


class PortalElasticsearchMapping(LanguageMappingMixin, base.Elasticsearch7Mapping):
    pass


class PortalElasticsearchIndex(PortalIndexMixin, base.Elasticsearch7Index):
    pass


class PortalElasticsearchQueryCompiler(
    LanguageQueryCompilerMixin, base.Elasticsearch7SearchQueryCompiler
):
    mapping_class = PortalElasticsearchMapping


class PortalElasticsearchAutocompleteQueryCompiler(
    base.Elasticsearch7AutocompleteQueryCompiler
):
    mapping_class = PortalElasticsearchMapping


class PortalElasticsearchRebuilder(
    PortalAtomicRebuilderMixin, ElasticsearchAtomicIndexRebuilder
):
    pass


class PortalElasticsearchBackend(PortalBackendMixin, base.Elasticsearch7SearchBackend):
    mapping_class = PortalElasticsearchMapping
    index_class = PortalElasticsearchIndex
    query_compiler_class = PortalElasticsearchQueryCompiler
    autocomplete_query_compiler_class = PortalElasticsearchAutocompleteQueryCompiler
    atomic_rebuilder_class = PortalElasticsearchRebuilder
    engine_client_class = Elasticsearch
    connection_errors = (EngineConnectionError,)


SearchBackend = PortalElasticsearchBackend

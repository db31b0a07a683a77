#!/usr/bin/env bash
# Runs the whole suite against real services, started here and stopped on exit:
# a throwaway PostgreSQL and, when Java and Maven are present, one-node
# OpenSearch and Elasticsearch servers. Outside CI a missing service is reported and only the tests that
# need it are skipped; with CI=true a missing service fails the run.
# Extra arguments go to pytest.
set -euo pipefail

cd "$(dirname "$0")/.."
BIN=.venv/bin
in_ci() { [[ "${CI:-}" == "true" ]]; }
started=()

cleanup() {
    for service in "${started[@]}"; do
        "services/${service}/run.sh" stop >/dev/null 2>&1 || true
    done
}
trap cleanup EXIT

if [[ -z "${DATABASE_URL:-}" ]]; then
    if DATABASE_URL="$(services/postgres/run.sh start)"; then
        started+=(postgres)
        export DATABASE_URL
    elif in_ci; then
        echo "PostgreSQL could not be started; CI needs it (apt-get install postgresql)." >&2
        exit 1
    else
        echo "PostgreSQL is not available here: running the suite on SQLite." >&2
    fi
fi

if [[ -z "${SEARCH_TEST_URLS:-}" ]]; then
    if ! command -v java >/dev/null || ! command -v mvn >/dev/null; then
        message="Java or Maven is missing, so no search engine can be started"
        if in_ci; then
            echo "${message}; CI needs it." >&2
            exit 1
        fi
        echo "${message}: the engine tests will be skipped." >&2
    elif SEARCH_TEST_URLS="$(services/opensearch/run.sh start)"; then
        started+=(opensearch)
        export SEARCH_TEST_URLS
    elif in_ci; then
        echo "OpenSearch did not start; see services/opensearch/.run for its log." >&2
        exit 1
    else
        echo "OpenSearch did not start: the engine tests will be skipped." >&2
    fi
fi

# Elasticsearch 7.10 runs the same engine tests a second time.
if [[ -n "${SEARCH_TEST_URLS:-}" && -z "${SEARCH_TEST_ES_URLS:-}" ]]; then
    if SEARCH_TEST_ES_URLS="$(services/elasticsearch/run.sh start)"; then
        started+=(elasticsearch)
        export SEARCH_TEST_ES_URLS
    elif in_ci; then
        echo "Elasticsearch did not start; see services/elasticsearch/.run." >&2
        exit 1
    else
        echo "Elasticsearch did not start: its engine tests will be skipped." >&2
    fi
fi

"${BIN}/python" site/manage.py check --settings=koperasi_site.settings.test
"${BIN}/python" site/manage.py makemigrations --check --dry-run \
    --settings=koperasi_site.settings.test

"${BIN}/pytest" "$@"

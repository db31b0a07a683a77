#!/usr/bin/env bash
# Real OpenSearch 2.19.1 for tests, on 127.0.0.1 only.
#   run.sh start  [--nodes N] [--port P]   (default: 1 node, HTTP port 9250)
#   run.sh stop   [--port P]
#   run.sh status [--port P]
# `start` prints the URL (e.g. http://127.0.0.1:9250) as its only stdout line.
# See services/README.md.
SR_NAME=OpenSearch
SR_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SR_MAIN=org.codelibs.opensearch.runner.OpenSearchRunner
SR_YML=opensearch.yml
SR_BOOTSTRAP=cluster.initial_cluster_manager_nodes
SR_DEFAULT_PORT=9250
SR_MIN_JAVA=11
SR_MAX_JAVA=0
# shellcheck source-path=SCRIPTDIR source=../lib/search-runner.sh
. "${SR_DIR}/../lib/search-runner.sh"
sr_main "$@"

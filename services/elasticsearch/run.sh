#!/usr/bin/env bash
# Real Elasticsearch 7.10.2 for tests, on 127.0.0.1 only.
#   run.sh start  [--nodes N] [--port P]   (default: 1 node, HTTP port 9270)
#   run.sh stop   [--port P]
#   run.sh status [--port P]
# `start` prints the URL (e.g. http://127.0.0.1:9270) as its only stdout line.
# See services/README.md.
SR_NAME=Elasticsearch
SR_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SR_MAIN=org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner
SR_YML=elasticsearch.yml
SR_BOOTSTRAP=cluster.initial_master_nodes
SR_DEFAULT_PORT=9270
SR_MIN_JAVA=8
SR_MAX_JAVA=15   # the Java versions Elasticsearch 7.10 was supported on: 8, 11, 15
# shellcheck source-path=SCRIPTDIR source=../lib/search-runner.sh
. "${SR_DIR}/../lib/search-runner.sh"
sr_main "$@"

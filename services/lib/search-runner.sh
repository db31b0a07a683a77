# shellcheck shell=bash
# Shared start/stop/status logic for the in-JVM search test servers
# (services/opensearch/run.sh and services/elasticsearch/run.sh).
#
# The caller sets these variables and then calls `sr_main "$@"`:
#   SR_NAME         display name ("OpenSearch", "Elasticsearch")
#   SR_DIR          directory holding pom.xml (state goes to $SR_DIR/.run)
#   SR_MAIN         runner main class
#   SR_YML          per-node config file name (opensearch.yml / elasticsearch.yml)
#   SR_BOOTSTRAP    setting naming the initial cluster-manager/master nodes
#   SR_DEFAULT_PORT default HTTP port of node 1
#   SR_MIN_JAVA     lowest Java feature version the engine runs on
#   SR_MAX_JAVA     highest Java feature version known to work (0 = no limit)
#
# How the runner behaves (read from its bytecode, see services/README.md):
#   * main() builds the nodes, then sleeps in a loop until they are closed;
#     it never reads stdin. SIGTERM runs its shutdown hook, which closes the
#     nodes. It does not delete its base directory: `stop` does that.
#   * node i (1-based) gets HTTP port baseHttpPort + i, and silently moves on
#     to the next port if that one is taken; ports above 9299 are refused.
#     So we pass baseHttpPort = port - 1 and check the ports are free first.
#   * node i lives in <basePath>/node_i; its config/<yml> is only written by
#     the runner when absent, so we pre-write it to pin loopback, the
#     transport port and discovery.
#
# Environment overrides:
#   SEARCH_JAVA_OPTS       JVM options (default: -Xms512m, -Xmx 1g + 512m per extra node)
#   SEARCH_START_TIMEOUT   seconds to wait for yellow/green (default 120)
#   MVN_ARGS               extra Maven arguments (e.g. -o, -Dmaven.repo.local=...)
#   JAVA_HOME              Java to use (default: `java` on PATH)

set -euo pipefail

SR_HOST=127.0.0.1
SR_MAX_HTTP_PORT=9299   # hard limit inside the runner

sr_log() { printf '[%s] %s\n' "${SR_NAME}" "$*" >&2; }
sr_die() { sr_log "ERROR: $*"; exit 1; }

sr_usage() {
    cat >&2 <<EOF
usage: $(basename "$0") start  [--nodes N] [--port P]
       $(basename "$0") stop   [--port P]
       $(basename "$0") status [--port P]
Starts a real ${SR_NAME} on ${SR_HOST}; node 1 serves HTTP on P (default ${SR_DEFAULT_PORT}),
node i on P+i-1, transport on P+100+i-1. 'start' prints the URL on stdout.
EOF
    exit 2
}

sr_port_in_use() {
    # true when something accepts connections on 127.0.0.1:$1
    (exec 3<>"/dev/tcp/${SR_HOST}/$1") 2>/dev/null
}

sr_java() {
    if [[ -n "${JAVA_HOME:-}" && -x "${JAVA_HOME}/bin/java" ]]; then
        echo "${JAVA_HOME}/bin/java"
    elif command -v java >/dev/null 2>&1; then
        command -v java
    else
        sr_die "no java found (install a JDK, e.g. Debian's openjdk-17-jre-headless, or set JAVA_HOME)"
    fi
}

sr_check_java() {
    local java="$1" line feature
    line=$("$java" -version 2>&1 | head -n 1)
    feature=$(sed -E 's/.*version "([0-9]+)(\.([0-9]+))?.*/\1 \3/' <<<"$line")
    # Java 8 reports "1.8.0_x"
    if [[ "${feature%% *}" == 1 ]]; then feature=${feature#* }; else feature=${feature%% *}; fi
    [[ "$feature" =~ ^[0-9]+$ ]] || sr_die "cannot read Java version from: $line"
    if (( feature < SR_MIN_JAVA )); then
        sr_die "$line is too old: ${SR_NAME} needs Java ${SR_MIN_JAVA}+ (set JAVA_HOME)"
    fi
    if (( SR_MAX_JAVA > 0 && feature > SR_MAX_JAVA )); then
        sr_log "warning: $line is newer than Java ${SR_MAX_JAVA}, the newest ${SR_NAME} was released for (it runs, see services/README.md)"
    fi
    sr_log "using $java ($line)"
}

# Resolve the runner's classpath with Maven (only when missing or pom.xml changed).
sr_classpath() {
    local cpfile="${SR_DIR}/.run/classpath.txt" stamp="${SR_DIR}/.run/classpath.pom-sha1"
    local want ok=1 entry
    want=$(sha1sum "${SR_DIR}/pom.xml" | cut -d' ' -f1)
    if [[ -s "$cpfile" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
        IFS=: read -r -a entries <"$cpfile"
        for entry in "${entries[@]}"; do
            [[ -f "$entry" ]] || { ok=0; break; }
        done
    else
        ok=0
    fi
    if (( ok == 0 )); then
        command -v mvn >/dev/null 2>&1 || sr_die "mvn not found (Debian package 'maven')"
        sr_log "resolving dependencies with Maven (first run downloads ~90 jars) ..."
        mkdir -p "${SR_DIR}/.run"
        rm -f "$cpfile" "$stamp"
        local t0=$SECONDS
        # shellcheck disable=SC2086
        # (Maven 3.8 still emits bare colour resets with -q -B: strip them)
        mvn -q -B -Dstyle.color=never ${MVN_ARGS:-} -f "${SR_DIR}/pom.xml" dependency:build-classpath 2>&1 \
            | sed -e 's/\x1b\[[0-9;]*m//g' | { grep -v '^[[:space:]]*$' || true; } >&2 \
            || sr_die "Maven could not resolve the runner's dependencies"
        [[ -s "$cpfile" ]] || sr_die "Maven wrote no classpath to $cpfile"
        echo "$want" >"$stamp"
        sr_log "dependencies resolved in $((SECONDS - t0))s"
    fi
    cat "$cpfile"
}

sr_parse() {
    SR_CMD="${1:-}"
    [[ -n "$SR_CMD" ]] || sr_usage
    shift
    SR_NODES=1
    SR_PORT="${SR_DEFAULT_PORT}"
    while (($#)); do
        case "$1" in
            --nodes) SR_NODES="${2:-}"; shift 2 || sr_usage ;;
            --nodes=*) SR_NODES="${1#*=}"; shift ;;
            --port) SR_PORT="${2:-}"; shift 2 || sr_usage ;;
            --port=*) SR_PORT="${1#*=}"; shift ;;
            -h|--help) sr_usage ;;
            *) sr_log "unknown argument: $1"; sr_usage ;;
        esac
    done
    [[ "$SR_NODES" =~ ^[1-9][0-9]*$ ]] || sr_die "--nodes must be a positive integer"
    [[ "$SR_PORT" =~ ^[0-9]+$ ]] || sr_die "--port must be a number"
    if (( SR_PORT < 1025 || SR_PORT + SR_NODES - 1 > SR_MAX_HTTP_PORT )); then
        sr_die "HTTP ports ${SR_PORT}..$((SR_PORT + SR_NODES - 1)) must lie in 1025..${SR_MAX_HTTP_PORT} (the runner refuses ports above ${SR_MAX_HTTP_PORT})"
    fi
    SR_RUN="${SR_DIR}/.run/${SR_PORT}"
    SR_PIDFILE="${SR_RUN}/pid"
    SR_LOG="${SR_RUN}/runner.log"
    SR_URL="http://${SR_HOST}:${SR_PORT}"
    SR_CLUSTER="koperasi-test-$(basename "${SR_DIR}")"
}

# true while $1 is a live process (a killed JVM can linger as a zombie until
# PID 1 reaps it; that counts as gone)
sr_alive() {
    local state
    state="$(sed -E 's/^[0-9]+ \(.*\) ([A-Za-z]).*/\1/' "/proc/$1/stat" 2>/dev/null || true)"
    [[ -n "$state" && "$state" != Z && "$state" != X ]]
}

# pid of our runner for this port, or empty
sr_pid() {
    local pid
    [[ -f "$SR_PIDFILE" ]] || return 0
    pid=$(cat "$SR_PIDFILE" 2>/dev/null || true)
    [[ "$pid" =~ ^[0-9]+$ ]] || return 0
    # only a live process that is really our runner (guards against pid reuse)
    if sr_alive "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "${SR_MAIN}"; then
        echo "$pid"
    fi
}

sr_health() {
    # prints the health JSON when the cluster has all nodes and is yellow or green
    local body
    body=$(curl -fsS --max-time 5 \
        "${SR_URL}/_cluster/health?wait_for_status=yellow&wait_for_nodes=${1}&timeout=2s" 2>/dev/null) || return 1
    grep -q "\"cluster_name\":\"${SR_CLUSTER}\"" <<<"$body" || return 1
    grep -q '"timed_out":false' <<<"$body" || return 1
    grep -Eq '"status":"(yellow|green)"' <<<"$body" || return 1
    echo "$body"
}

sr_write_configs() {
    local base="$1" i tp seeds=""
    for ((i = 1; i <= SR_NODES; i++)); do
        seeds+="${seeds:+, }\"${SR_HOST}:$((SR_PORT + 100 + i - 1))\""
    done
    for ((i = 1; i <= SR_NODES; i++)); do
        tp=$((SR_PORT + 100 + i - 1))
        mkdir -p "${base}/node_${i}/config"
        {
            echo "# written by services/$(basename "${SR_DIR}")/run.sh: loopback-only test node"
            echo "network.host: ${SR_HOST}"
            echo "transport.port: ${tp}"
            if (( SR_NODES == 1 )); then
                echo "discovery.type: single-node"
            else
                echo "discovery.seed_hosts: [${seeds}]"
                # Bootstrap from node 1 alone: the runner starts nodes one
                # after another, and a node that cannot form a cluster holds
                # start() for discovery.initial_state_timeout (30s). The
                # others join it and the voting configuration grows.
                echo "${SR_BOOTSTRAP}: [\"Node 1\"]"
            fi
            echo "cluster.routing.allocation.disk.threshold_enabled: false"
            echo "action.destructive_requires_name: false"
        } >"${base}/node_${i}/config/${SR_YML}"
    done
}

sr_start() {
    local pid java cp heap opts i p t0 deadline body
    pid=$(sr_pid)
    if [[ -n "$pid" ]]; then
        sr_log "already running (pid $pid) on ${SR_URL}"
        SR_NODES=$(cat "${SR_RUN}/nodes" 2>/dev/null || echo "$SR_NODES")
    else
        # stale state from a crashed or killed run
        rm -rf "${SR_RUN}"
        for ((i = 0; i < SR_NODES; i++)); do
            for p in $((SR_PORT + i)) $((SR_PORT + 100 + i)); do
                if sr_port_in_use "$p"; then
                    sr_die "port ${SR_HOST}:$p is already in use (choose another --port)"
                fi
            done
        done
        java=$(sr_java)
        sr_check_java "$java"
        cp=$(sr_classpath)
        mkdir -p "${SR_RUN}/tmp"
        echo "$SR_NODES" >"${SR_RUN}/nodes"
        sr_write_configs "${SR_RUN}/cluster"
        heap=$((1024 + 512 * (SR_NODES - 1)))
        opts="${SEARCH_JAVA_OPTS:--Xms512m -Xmx${heap}m}"
        opts+=" -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Dlog4j2.formatMsgNoLookups=true"
        opts+=" -Djava.io.tmpdir=${SR_RUN}/tmp -Djna.tmpdir=${SR_RUN}/tmp"
        sr_log "starting ${SR_NODES} node(s), HTTP ${SR_PORT}..$((SR_PORT + SR_NODES - 1)), data in ${SR_RUN}"
        # The child writes its own pid before exec'ing java, so the pid file
        # names the JVM itself; setsid detaches it from the caller's terminal.
        # ($opts is split into words on purpose)
        # shellcheck disable=SC2016,SC2086
        setsid bash -c 'echo $$ >"$0"; exec "$@"' "$SR_PIDFILE" \
            "$java" $opts -cp "$cp" "$SR_MAIN" \
            -basePath "${SR_RUN}/cluster" \
            -numOfNode "$SR_NODES" \
            -baseHttpPort "$((SR_PORT - 1))" \
            -clusterName "$SR_CLUSTER" \
            </dev/null >"$SR_LOG" 2>&1 &
    fi
    t0=$SECONDS
    deadline=$((SECONDS + ${SEARCH_START_TIMEOUT:-120}))
    while :; do
        if body=$(sr_health "$SR_NODES"); then
            break
        fi
        if (( SECONDS - t0 >= 3 )) && [[ -z "$(sr_pid)" ]]; then
            sr_log "the runner exited; last lines of ${SR_LOG}:"
            tail -n 30 "$SR_LOG" >&2 || true
            rm -rf "${SR_RUN}/cluster" "${SR_RUN}/tmp"
            exit 1
        fi
        if (( SECONDS >= deadline )); then
            sr_log "not yellow/green after ${SEARCH_START_TIMEOUT:-120}s; last lines of ${SR_LOG}:"
            tail -n 30 "$SR_LOG" >&2 || true
            sr_log "leaving it running for inspection; '$(basename "$0") stop --port ${SR_PORT}' ends it"
            exit 1
        fi
        sleep 1
    done
    sr_log "healthy after $((SECONDS - t0))s: $(grep -o '"status":"[a-z]*"' <<<"$body"), $(grep -o '"number_of_nodes":[0-9]*' <<<"$body")"
    echo "${SR_URL}"
}

sr_stop() {
    local pid i
    pid=$(sr_pid)
    if [[ -n "$pid" ]]; then
        sr_log "stopping pid $pid"
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < 60; i++)); do
            sr_alive "$pid" || break
            sleep 0.5
        done
        if sr_alive "$pid"; then
            sr_log "still alive after 30s, sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
            sleep 1
        fi
    else
        sr_log "not running on port ${SR_PORT}"
    fi
    rm -rf "${SR_RUN}"
    sr_log "stopped; removed ${SR_RUN}"
}

sr_status() {
    local pid body n
    pid=$(sr_pid)
    if [[ -z "$pid" ]]; then
        sr_log "not running on port ${SR_PORT}"
        exit 3
    fi
    n=$(cat "${SR_RUN}/nodes" 2>/dev/null || echo 1)
    if body=$(sr_health "$n"); then
        sr_log "running (pid $pid, $n node(s)): $body"
        echo "${SR_URL}"
    else
        sr_log "process $pid is up but the cluster is not yellow/green with $n node(s) yet"
        exit 4
    fi
}

sr_main() {
    sr_parse "$@"
    case "$SR_CMD" in
        start) sr_start ;;
        stop) sr_stop ;;
        status) sr_status ;;
        *) sr_usage ;;
    esac
}

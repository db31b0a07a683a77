#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for tests, listening on 127.0.0.1 only.
#   run.sh start  [--port P]   (default 54329) -> prints the DATABASE_URL value on stdout
#   run.sh stop   [--port P]   stops it and deletes its data
#   run.sh status [--port P]
#
# Superuser "postgres", trust auth, database "koperasi", no Unix socket,
# fsync off (data is thrown away on stop). Uses the Debian/PGDG server
# binaries (package `postgresql`). initdb refuses to run as root, so under
# root the server runs as PG_RUN_USER (default: `postgres` if that user
# exists, else `nobody`) with its data in a private directory under
# ${TMPDIR:-/tmp}, which the clone's path may not be reachable for. State
# (where the data is, which user) is kept in services/postgres/.run/<port>/.
#
# Environment overrides:
#   PG_BINDIR     directory holding initdb/pg_ctl/psql
#   PG_RUN_USER   OS user to run the server as when invoked as root
#   PG_DB         database to create (default koperasi)
set -euo pipefail

DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
HOST=127.0.0.1
DB="${PG_DB:-koperasi}"
SUPERUSER=postgres

log() { printf '[PostgreSQL] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

usage() {
    cat >&2 <<EOF
usage: $(basename "$0") start|stop|status [--port P]   (default port 54329)
EOF
    exit 2
}

CMD="${1:-}"
[[ -n "$CMD" ]] || usage
shift
PORT=54329
while (($#)); do
    case "$1" in
        --port) PORT="${2:-}"; shift 2 || usage ;;
        --port=*) PORT="${1#*=}"; shift ;;
        -h|--help) usage ;;
        *) log "unknown argument: $1"; usage ;;
    esac
done
if ! [[ "$PORT" =~ ^[0-9]+$ ]] || (( PORT < 1025 || PORT > 65535 )); then
    die "--port must be 1025..65535"
fi

STATE="${DIR}/.run/${PORT}"
URL="postgres://${SUPERUSER}@${HOST}:${PORT}/${DB}"

find_bindir() {
    local d cand=()
    [[ -n "${PG_BINDIR:-}" ]] && cand+=("$PG_BINDIR")
    if command -v pg_config >/dev/null 2>&1; then
        cand+=("$(pg_config --bindir 2>/dev/null || true)")
    fi
    # newest major version first
    # shellcheck disable=SC2012
    while IFS= read -r d; do cand+=("$d"); done \
        < <(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -n -r)
    if command -v initdb >/dev/null 2>&1; then
        cand+=("$(dirname "$(readlink -f "$(command -v initdb)")")")
    fi
    for d in "${cand[@]}"; do
        if [[ -n "$d" && -x "$d/initdb" && -x "$d/pg_ctl" && -x "$d/postgres" && -x "$d/psql" ]]; then
            echo "$d"
            return 0
        fi
    done
    die "PostgreSQL server binaries not found (install the Debian package 'postgresql', or set PG_BINDIR)"
}

port_in_use() { (exec 3<>"/dev/tcp/${HOST}/$1") 2>/dev/null; }

# Run a command as the server's OS user (from a directory it can read).
as_pg() {
    if [[ -n "${RUN_USER:-}" ]]; then
        (cd / && runuser -u "$RUN_USER" -- "$@")
    else
        "$@"
    fi
}

load_state() {
    PGDATA_DIR="" RUN_USER=""
    if [[ -f "${STATE}/pgdata" ]]; then
        PGDATA_DIR="$(cat "${STATE}/pgdata")"
        RUN_USER="$(cat "${STATE}/user" 2>/dev/null || true)"
    fi
}

# true while the postmaster named in postmaster.pid is alive. Checked via
# /proc rather than `pg_ctl status`: a killed postmaster can linger as a
# zombie until PID 1 reaps it, and kill -0 (what pg_ctl uses) still succeeds.
is_running() {
    local pid state
    [[ -n "$PGDATA_DIR" && -f "${PGDATA_DIR}/postmaster.pid" ]] || return 1
    pid="$(head -n 1 "${PGDATA_DIR}/postmaster.pid" 2>/dev/null || true)"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    state="$(sed -E 's/^[0-9]+ \(.*\) ([A-Za-z]).*/\1/' "/proc/${pid}/stat" 2>/dev/null || true)"
    [[ -n "$state" && "$state" != Z && "$state" != X ]]
}

psql_q() {
    "$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U "$SUPERUSER" -d postgres -tA "$@"
}

wipe() {
    if [[ -n "${PGDATA_DIR:-}" && -d "$PGDATA_DIR" ]]; then
        rm -rf -- "$PGDATA_DIR"
    fi
    rm -rf -- "$STATE"
}

do_start() {
    local t0=$SECONDS locale_opts
    load_state
    if is_running && "$BINDIR/pg_isready" -q -t 10 -h "$HOST" -p "$PORT"; then
        log "already running on ${HOST}:${PORT} (data ${PGDATA_DIR})"
    else
        if is_running; then
            log "a server from ${PGDATA_DIR} is up but not answering; stopping it"
            as_pg "$BINDIR/pg_ctl" -D "$PGDATA_DIR" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
            is_running && die "could not stop the unresponsive server (pid in ${PGDATA_DIR}/postmaster.pid)"
        fi
        if [[ -n "$PGDATA_DIR" ]]; then
            log "removing stale cluster state ${PGDATA_DIR}"
        fi
        wipe
        port_in_use "$PORT" && die "port ${HOST}:${PORT} is already in use (choose another --port)"
        mkdir -p "$STATE"
        if (( EUID == 0 )); then
            RUN_USER="${PG_RUN_USER:-}"
            if [[ -z "$RUN_USER" ]]; then
                if id -u postgres >/dev/null 2>&1; then RUN_USER=postgres; else RUN_USER=nobody; fi
            fi
            id -u "$RUN_USER" >/dev/null 2>&1 || die "user '$RUN_USER' does not exist"
            (( $(id -u "$RUN_USER") != 0 )) || die "PG_RUN_USER must not be root"
            # A fresh private directory: the clone (e.g. under /root) may not
            # be traversable by that user.
            PGDATA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/koperasi-pg-${PORT}.XXXXXX")"
            chown "$RUN_USER": "$PGDATA_DIR"
            chmod 700 "$PGDATA_DIR"
            echo "$RUN_USER" >"${STATE}/user"
        else
            RUN_USER=""
            PGDATA_DIR="${STATE}/data"
            mkdir -p "$PGDATA_DIR"
            chmod 700 "$PGDATA_DIR"
        fi
        echo "$PGDATA_DIR" >"${STATE}/pgdata"

        if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then
            locale_opts=(--locale=C.UTF-8)
        else
            locale_opts=(--no-locale)
        fi
        log "initdb (PostgreSQL $("$BINDIR/postgres" --version | sed -E 's/^[^0-9]*([0-9.]+).*/\1/')) in ${PGDATA_DIR}${RUN_USER:+ (as $RUN_USER)}"
        as_pg "$BINDIR/initdb" -D "$PGDATA_DIR" -U "$SUPERUSER" --auth=trust --no-sync \
            --encoding=UTF8 "${locale_opts[@]}" >"${STATE}/initdb.log" 2>&1 \
            || { cat "${STATE}/initdb.log" >&2; die "initdb failed"; }
        cat >>"${PGDATA_DIR}/postgresql.conf" <<EOF

# --- services/postgres/run.sh: throwaway test cluster, loopback only ---
listen_addresses = '${HOST}'
port = ${PORT}
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
EOF
        # trust only over loopback TCP; nothing else is accepted
        cat >"${PGDATA_DIR}/pg_hba.conf" <<EOF
# TYPE  DATABASE  USER  ADDRESS        METHOD
host    all       all   127.0.0.1/32   trust
EOF
        if ! as_pg "$BINDIR/pg_ctl" -D "$PGDATA_DIR" -l "${PGDATA_DIR}/server.log" -w -t 60 start >/dev/null; then
            tail -n 30 "${PGDATA_DIR}/server.log" >&2 || true
            die "server did not start"
        fi
    fi
    if [[ "$(psql_q -c "SELECT 1 FROM pg_database WHERE datname = '${DB}'")" != 1 ]]; then
        "$BINDIR/createdb" -h "$HOST" -p "$PORT" -U "$SUPERUSER" "$DB" || die "createdb ${DB} failed"
    fi
    log "ready after $((SECONDS - t0))s: $(psql_q -c 'SHOW server_version')"
    echo "${URL}"
}

do_stop() {
    load_state
    if is_running; then
        log "stopping server on ${HOST}:${PORT}"
        as_pg "$BINDIR/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 60 stop >/dev/null \
            || log "pg_ctl stop failed; see ${PGDATA_DIR}/server.log"
    else
        log "not running on port ${PORT}"
    fi
    if [[ -n "$PGDATA_DIR" && -f "${PGDATA_DIR}/postmaster.pid" ]] && is_running; then
        die "still running; data kept in ${PGDATA_DIR}"
    fi
    wipe
    log "stopped; data removed"
}

do_status() {
    load_state
    if is_running && "$BINDIR/pg_isready" -q -h "$HOST" -p "$PORT"; then
        log "running on ${HOST}:${PORT} (data ${PGDATA_DIR}${RUN_USER:+, user $RUN_USER})"
        echo "${URL}"
    else
        log "not running on port ${PORT}"
        exit 3
    fi
}

BINDIR="$(find_bindir)"
case "$CMD" in
    start) do_start ;;
    stop) do_stop ;;
    status) do_status ;;
    *) usage ;;
esac

#!/bin/sh
# A throwaway PostgreSQL cluster for the server tests (tst_server_*), from Debian's `postgresql` package:
#
#   scripts/pg-cluster.sh start STATE_DIR   initdb in a temporary folder as an unprivileged user, start it on a
#                                          free loopback port, create the test database; writes STATE_DIR/env
#   scripts/pg-cluster.sh env STATE_DIR     prints the PG* variables to point libpq (and Vigie) at it
#   scripts/pg-cluster.sh stop STATE_DIR    stops it and removes its files
#
# PostgreSQL refuses to run as root: as root the cluster runs as `nobody` (its files in a folder of its
# own under /tmp). Authentication is `trust` on 127.0.0.1 only, so tests can connect as any role they
# create (the roles' rights, not passwords, are what the tests check). Nothing listens beyond loopback.
#
# Without the PostgreSQL binaries the cluster is "unavailable" (STATE_DIR/env says so and the server
# tests skip), unless VIGIE_REQUIRE_SERVER=1 (CI, .ci/run), where that is a failure like any other.
#
# The tests' cluster does not flush to disk (fsync=off: fast, and nothing in it outlives the run);
# VIGIE_PG_FSYNC=on starts one that does, as a real server would, for the benchmark (vigie-bench --only server).
set -eu

command=${1:-}
state=${2:-}
if [ -z "$command" ] || [ -z "$state" ]; then
    echo "usage: $0 start|stop|env STATE_DIR" >&2
    exit 2
fi

bindir=${PG_BINDIR:-}
if [ -z "$bindir" ]; then
    for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then bindir=$candidate; break; fi
    done
fi

# Runs a PostgreSQL program as the cluster's owner.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    [ -f "$state/datadir" ] || return 0
    datadir=$(cat "$state/datadir")
    if [ -n "$bindir" ] && [ -f "$datadir/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$datadir" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case "$datadir" in
        /tmp/vigie-pg.*) rm -rf "$(dirname "$datadir")" ;;
    esac
    rm -f "$state/datadir"
}

case "$command" in
start)
    mkdir -p "$state"
    stop_cluster # a cluster a killed run left behind
    if [ -z "$bindir" ]; then
        if [ "${VIGIE_REQUIRE_SERVER:-0}" = 1 ]; then
            echo "pg-cluster: PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); run scripts/install-deps.sh" >&2
            exit 1
        fi
        echo "VIGIE_PG_UNAVAILABLE='PostgreSQL is not installed (scripts/install-deps.sh installs it)'" >"$state/env"
        echo "pg-cluster: PostgreSQL is not installed; the server tests will be skipped" >&2
        exit 0
    fi
    root=$(mktemp -d /tmp/vigie-pg.XXXXXX)
    chmod 755 "$root"
    datadir=$root/data
    mkdir "$datadir"
    [ "$(id -u)" = 0 ] && chown nobody:nogroup "$datadir"
    echo "$datadir" >"$state/datadir"
    as_owner "$bindir/initdb" -D "$datadir" -U vigie -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$state/initdb.log" 2>&1 || {
        cat "$state/initdb.log" >&2
        stop_cluster
        exit 1
    }
    # One role signs in with a password (SCRAM), for the tests of the desktop's password prompt; every
    # other role is trusted on loopback. The first matching line of pg_hba.conf wins.
    sed -i '1i host all vigie_password_test 127.0.0.1/32 scram-sha-256' "$datadir/pg_hba.conf"
    # A free loopback port: the kernel picks one; several worktrees can run their clusters side by side.
    fsync=${VIGIE_PG_FSYNC:-off}
    case "$fsync" in on|off) ;; *) echo "pg-cluster: VIGIE_PG_FSYNC must be on or off" >&2; stop_cluster; exit 2 ;; esac
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if ! as_owner "$bindir/pg_ctl" -D "$datadir" -l "$datadir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='' -c fsync=$fsync -c max_connections=40" \
        start >/dev/null; then
        cat "$datadir/server.log" >&2 || true
        stop_cluster
        exit 1
    fi
    "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U vigie -d postgres \
        -c "CREATE DATABASE vigie_test" >/dev/null
    cat >"$state/env" <<EOF
PGHOST=127.0.0.1
PGPORT=$port
PGUSER=vigie
PGDATABASE=vigie_test
VIGIE_PG_BINDIR=$bindir
EOF
    echo "pg-cluster: PostgreSQL running on 127.0.0.1:$port (database vigie_test, superuser vigie)"
    ;;
env)
    [ -f "$state/env" ] || { echo "pg-cluster: no cluster in $state (run: $0 start $state)" >&2; exit 1; }
    sed 's/^/export /' "$state/env"
    ;;
stop)
    stop_cluster
    rm -f "$state/env"
    ;;
*)
    echo "usage: $0 start|stop|env STATE_DIR" >&2
    exit 2
    ;;
esac

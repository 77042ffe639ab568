#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the test suite (installing Debian's package if needed)
# and prints the database URL to use as QUOTEWISE_TEST_DATABASE_URL. Stop it with: scripts/postgres-test-server.sh stop
set -euo pipefail
PORT="${QUOTEWISE_PG_PORT:-55432}"
DATA_DIR="${QUOTEWISE_PG_DIR:-/tmp/quotewise-pg}"

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ "${1:-start}" = stop ]; then
    as_postgres "$(bin_dir)/pg_ctl" -D "$DATA_DIR" stop -m fast >&2 || true
    exit 0
fi

if [ -z "$(bin_dir)" ] || [ ! -x "$(bin_dir)/initdb" ]; then
    echo "installing Debian's postgresql package" >&2
    if [ "$(id -u)" != 0 ]; then echo "run as root to install postgresql" >&2; exit 1; fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi
BIN="$(bin_dir)"

if [ ! -f "$DATA_DIR/PG_VERSION" ]; then
    rm -rf "$DATA_DIR"
    mkdir -p "$DATA_DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$DATA_DIR"
    as_postgres "$BIN/initdb" -D "$DATA_DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
fi
if ! as_postgres "$BIN/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1; then
    as_postgres "$BIN/pg_ctl" -D "$DATA_DIR" -w -l "$DATA_DIR/server.log" \
        -o "-p $PORT -c listen_addresses=127.0.0.1 -k $DATA_DIR -c max_connections=200 -c fsync=off" start >&2
fi
as_postgres "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='quotewise_test'" \
    | grep -q 1 || as_postgres "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres quotewise_test >&2
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/quotewise_test"

#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster for the hub tests and prints the one line the CI
# runner evals:  export HUB_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:54329/postgres
#
# Run as root on Debian 12 with `apt-get install -y postgresql` done. Everything except that
# export line goes to stderr, because stdout is eval'd. Running it again while the cluster is
# up only prints the export line again.
#
# The cluster is for tests only: trust auth on loopback, fsync off (a crash loses it, and
# that is fine for a test database that is recreated on every run).
set -euo pipefail

PORT="${HUB_TEST_PG_PORT:-54329}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
URL="postgres://postgres@127.0.0.1:${PORT}/postgres"

log() { echo "start-postgres: $*" >&2; }

if [ ! -x "$PG_BIN/pg_ctl" ]; then
  log "PostgreSQL binaries not found in $PG_BIN (apt-get install -y postgresql)"
  exit 1
fi

if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  log "already running on 127.0.0.1:$PORT"
  echo "export HUB_TEST_DATABASE_URL=$URL"
  exit 0
fi

DATA_DIR="$(mktemp -d /tmp/hub-test-pg.XXXXXX)"
chown postgres:postgres "$DATA_DIR"
chmod 700 "$DATA_DIR"

log "initdb in $DATA_DIR"
runuser -u postgres -- "$PG_BIN/initdb" -D "$DATA_DIR/data" -U postgres --auth=trust \
  --encoding=UTF8 --locale=C.UTF-8 >&2

log "starting on 127.0.0.1:$PORT"
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$DATA_DIR/data" -l "$DATA_DIR/postgres.log" -w -t 60 \
  -o "-k /tmp -h 127.0.0.1 -p $PORT -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >&2

if ! "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  log "PostgreSQL did not come up; log follows"
  cat "$DATA_DIR/postgres.log" >&2 || true
  exit 1
fi

log "ready (data in $DATA_DIR; stop with: runuser -u postgres -- $PG_BIN/pg_ctl -D $DATA_DIR/data stop)"
echo "export HUB_TEST_DATABASE_URL=$URL"

#!/usr/bin/env bash
# make demo / make demo-stop: a throwaway PostgreSQL cluster with backlog, pg_cron and the demo
# data set, left running so people and BI tools can connect.
#
#   demo/run.sh start    (re)create the cluster, load ~50,000 tickets, print the health report
#   demo/run.sh stop     stop the cluster and delete it
#
# The cluster lives in /var/tmp/backlog-demo (owned by the postgres OS user), listens on the
# Unix socket in that directory and on TCP localhost:5433 (BACKLOG_DEMO_DIR / BACKLOG_DEMO_PORT
# override both), and trusts every local connection: it is a demo on your machine, not a
# server to expose. Sizes: BACKLOG_DEMO_TICKETS (default 50000), BACKLOG_DEMO_DAYS (90),
# BACKLOG_DEMO_SEED (42).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
DIR=${BACKLOG_DEMO_DIR:-/var/tmp/backlog-demo}
export PGPORT=${BACKLOG_DEMO_PORT:-5433}
TICKETS=${BACKLOG_DEMO_TICKETS:-50000}
DAYS=${BACKLOG_DEMO_DAYS:-90}
SEED=${BACKLOG_DEMO_SEED:-42}
DB=backlog_demo
. test/lib.sh

stop() {
  if [ -f "$DIR/data/postmaster.pid" ]; then
    cluster_stop "$DIR"
    echo "demo cluster in $DIR stopped"
  fi
  # Only ever delete a directory that is a demo cluster (has our data directory in it).
  if [ -f "$DIR/data/PG_VERSION" ] || [ -d "$DIR/inst" ]; then
    rm -rf "$DIR"
  fi
}

start() {
  stop
  if [ -e "$DIR" ]; then
    echo "$DIR exists and is not a demo cluster; remove it or set BACKLOG_DEMO_DIR" >&2
    exit 1
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$PGPORT") 2>/dev/null; then
    echo "port $PGPORT on localhost is taken by another server; set BACKLOG_DEMO_PORT" >&2
    exit 1
  fi

  mkdir -p "$DIR"
  install_extension "$ROOT" "$DIR"   # a private installation inside the demo directory

  cluster_init "$DIR" "listen_addresses = 'localhost'" "cron.database_name = '$DB'" \
    "max_worker_processes = 16" "shared_buffers = '512MB'" "work_mem = '64MB'" \
    "maintenance_work_mem = '512MB'" "max_wal_size = '4GB'"
  cluster_start "$DIR"

  cpsql "$DIR" -q -d postgres -c "CREATE DATABASE $DB"
  cpsql "$DIR" -q -d "$DB" -c "CREATE EXTENSION backlog" -c "CREATE EXTENSION pg_cron"
  cpsql "$DIR" -q -d "$DB" -f demo/generator.sql >/dev/null
  echo "loading $TICKETS tickets over $DAYS days (seed $SEED) ..."
  local t0=$SECONDS
  cpsql "$DIR" -d "$DB" -c "SELECT * FROM backlog_demo.generate($TICKETS, $DAYS, $SEED)"
  echo "loaded in $((SECONDS - t0)) s"
  # ---- the jobs: every scheduled job the extension has, run once (see demo/jobs.sql) ----
  cpsql "$DIR" -q -d "$DB" -f demo/jobs.sql
  cpsql "$DIR" -d "$DB" -f demo/report.sql

  cat <<MSG
The demo cluster is running (stop it with: make demo-stop).

  psql:      psql -h $DIR -p $PGPORT -U postgres $DB
             (or over TCP: psql -h localhost -p $PGPORT -U postgres $DB)
  BI tools:  host localhost, port $PGPORT, database $DB, user postgres, no password
             (trust authentication: local connections only). A read-only role for BI tools,
             backlog_reader, comes with the extension's views.
  Try:       SELECT * FROM backlog_demo.ticket_truth LIMIT 5;   -- which tickets are the same issue
             \\i demo/report.sql                                 -- this report again
MSG
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac

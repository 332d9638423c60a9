#!/usr/bin/env bash
# make bench: performance figures, each a ratio against a baseline run in the same session on the
# same data. Starts its own throwaway cluster (tuned for speed, not safety), creates database
# "bench" with backlog and pg_trgm, defines bench.time() (below), then runs every
# test/bench/bench_*.sql (or those named: test/bench/run.sh calendar sketch) and prints what
# they print. Scripts make their own data, deterministically.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. test/lib.sh

TMP=$(mktemp -d /tmp/backlog-bench.XXXXXX)
chmod 755 "$TMP"
trap 'cluster_stop "$TMP"; rm -rf "$TMP"' EXIT
install_extension "$ROOT" "$TMP"
cluster_init "$TMP" "shared_buffers = '2GB'" "work_mem = '256MB'" "maintenance_work_mem = '1GB'" \
  "max_parallel_workers_per_gather = 0" "jit = off" "max_wal_size = '8GB'" "checkpoint_timeout = '1h'"
cluster_start "$TMP"
cpsql "$TMP" -q -d postgres -c "CREATE DATABASE bench"
cpsql "$TMP" -q -d bench <<'SQL'
CREATE EXTENSION backlog;
CREATE EXTENSION pg_trgm;
CREATE SCHEMA bench;
-- bench.time(sql, reps): the best wall time in milliseconds of reps runs of sql (its result is
-- discarded). Best-of-n keeps one-off hiccups out of the ratios.
CREATE FUNCTION bench.time(sql text, reps int DEFAULT 3) RETURNS double precision
LANGUAGE plpgsql AS $$
DECLARE
    best double precision := 'Infinity';
    t0 timestamptz;
    ms double precision;
BEGIN
    FOR i IN 1..reps LOOP
        t0 := clock_timestamp();
        EXECUTE sql;
        ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
        best := least(best, ms);
    END LOOP;
    RETURN best;
END
$$;
-- bench.report(name, ours_ms, baseline_ms, baseline_name): one line of the report.
CREATE FUNCTION bench.report(name text, ours double precision, base double precision, base_name text)
RETURNS text LANGUAGE sql AS $$
    -- format() knows only %s, %I and %L (with widths), so numbers go through to_char
    SELECT format('%-58s %9s ms  vs %-32s %9s ms  ratio %7s', name, to_char(ours, 'FM99999990.0'),
                  base_name, to_char(base, 'FM99999990.0'), to_char(ours / base, 'FM9990.00'))
$$;
SQL
echo "backlog bench on $(nproc) cores, PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}'), $(date -u +%Y-%m-%d)"
echo "(ratio = ours / baseline: below 1 is faster than the baseline)"
for f in test/bench/bench_*.sql; do
  [ -e "$f" ] || continue
  n=$(basename "$f" .sql); n=${n#bench_}
  if [ $# -gt 0 ]; then case " $* " in *" $n "*) ;; *) continue ;; esac; fi
  echo "== $n"
  cpsql "$TMP" -q -d bench -At -f "$f"
done

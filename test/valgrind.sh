#!/usr/bin/env bash
# make valgrind: the pg_regress suite against a server running under valgrind memcheck.
#
# Debian's server is not built with USE_VALGRIND, so memcheck cannot see inside palloc blocks;
# it still catches reads of uninitialised memory, invalid reads and writes outside malloc'd
# blocks and bad frees. Only errors whose stack passes through backlog.so count as failures;
# the server's own known noise is reported but not counted.
#   ONLY='calendar' test/valgrind.sh    a subset, as with test/run.sh
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. test/lib.sh
# a build with debug symbols is installed (-g); keep frame pointers for good stacks
TMP=$(mktemp -d /tmp/backlog-vg.XXXXXX); chmod 755 "$TMP"
install_extension "$ROOT" "$TMP"
cluster_init "$TMP" "cron.database_name = 'contrib_regression'" "max_worker_processes = 16" \
  "max_parallel_workers_per_gather = 0" "statement_timeout = 0" "autovacuum = off"
as_pg mkdir -p "$TMP/vg"
as_pg valgrind --quiet --trace-children=yes --track-origins=yes --num-callers=30 \
  --error-limit=no --log-file="$TMP/vg/%p.log" \
  "$PGBIN/postgres" -D "$TMP/data" >"$TMP/server.log" 2>&1 &
stop() { as_pg "$PGBIN/pg_ctl" -D "$TMP/data" -m fast -w -t 300 stop >/dev/null 2>&1 || true; }
trap 'stop; [ -n "${KEEP_TMP:-}" ] || rm -rf "$TMP"' EXIT
for i in $(seq 1 300); do "$PGBIN/pg_isready" -q -h "$TMP" -p "$PGPORT" && break; sleep 1; done

tests=()
for t in $(make -s --no-print-directory print-regress); do
  if [ -z "${ONLY:-}" ]; then tests+=("$t"); else for w in $ONLY; do case "$t" in setup|"$w"*) tests+=("$t"); break ;; esac; done; fi
done
"$(dirname "$("$PG_CONFIG" --pgxs)")/../test/regress/pg_regress" \
  --inputdir="$ROOT" --outputdir="$TMP" --bindir="$PGBIN" --host="$TMP" --port="$PGPORT" \
  --user=postgres --dbname=contrib_regression --load-extension=backlog "${tests[@]}" | tee "$TMP/regress.txt"
stop

ours=0; theirs=0
for f in "$TMP"/vg/*.log; do
  [ -s "$f" ] || continue
  # split into error blocks (separated by blank "==pid== " lines) and classify each
  n=$(awk '/^==[0-9]+== $/ { if (blk ~ /backlog\.so/) c++; blk=""; next } { blk = blk "\n" $0 } END { if (blk ~ /backlog\.so/) c++; print c+0 }' "$f")
  m=$(grep -cE '^==[0-9]+== (Invalid|Conditional|Use of uninit|Syscall param|Mismatched|Source and dest)' "$f")
  ours=$((ours + n)); theirs=$((theirs + m))
  [ "$n" -gt 0 ] && { echo "---- $f"; cat "$f"; }
done
echo "valgrind: $ours error(s) in backlog.so, $((theirs)) error report(s) in total"
grep -q 'tests passed' "$TMP/regress.txt" && [ "$ours" -eq 0 ]

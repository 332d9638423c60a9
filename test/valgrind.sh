#!/usr/bin/env bash
# make valgrind: every pg_regress file (sql/*.sql) against a server running under valgrind memcheck.
#
# Debian's server is not built with USE_VALGRIND, so memcheck cannot see inside palloc blocks;
# it still catches reads of uninitialised memory, invalid reads and writes outside malloc'd
# blocks and bad frees. Only errors whose stack passes through backlog.so count as failures;
# the server's own known noise is reported but not counted.
#   ONLY='calendar' test/valgrind.sh    a subset, as with test/run.sh
#   VALGRIND_JOBS=2                     deal the files to 2 clusters run side by side (each starts
#                                       with setup; the files do not depend on one another)
#   VALGRIND_ORIGINS=1                  --track-origins=yes: where uninitialised values come
#                                       from (about twice as slow; for a diagnosis)
# The last line says how many files ran, how long it took and the errors found.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. test/lib.sh
jobs=${VALGRIND_JOBS:-1}
case "$jobs" in ''|*[!0-9]*|0) echo "VALGRIND_JOBS must be a positive number" >&2; exit 2 ;; esac
origins=()
[ -n "${VALGRIND_ORIGINS:-}" ] && origins=(--track-origins=yes)
start=$(date +%s)
# a build with debug symbols is installed (-g); keep frame pointers for good stacks
TMP=$(mktemp -d /tmp/backlog-vg.XXXXXX); chmod 755 "$TMP"
install_extension "$ROOT" "$TMP"
[ "$(id -u)" -eq 0 ] && chown postgres: "$TMP"

tests=()
for t in $(make -s --no-print-directory print-regress); do
  [ "$t" = setup ] && continue
  if [ -z "${ONLY:-}" ]; then tests+=("$t"); else for w in $ONLY; do case "$t" in "$w"*) tests+=("$t"); break ;; esac; done; fi
done

# cluster K (1..jobs) in $TMP/gK, on its own Unix socket directory
stop_all() {
  for k in $(seq 1 "$jobs"); do
    [ -f "$TMP/g$k/data/postmaster.pid" ] && as_pg "$PGBIN/pg_ctl" -D "$TMP/g$k/data" -m fast -w -t 300 stop >/dev/null 2>&1
  done
  return 0
}
trap 'stop_all; [ -n "${KEEP_TMP:-}" ] || rm -rf "$TMP"' EXIT
run_group() {  # run_group K FILE...: one cluster under valgrind, setup then FILEs
  local k=$1 dir=$TMP/g$1; shift
  cluster_init "$dir" "cron.database_name = 'contrib_regression'" "max_worker_processes = 16" \
    "max_parallel_workers_per_gather = 0" "statement_timeout = 0" "autovacuum = off" || return 1
  as_pg mkdir -p "$dir/vg"
  as_pg valgrind --quiet --trace-children=yes "${origins[@]}" --num-callers=30 \
    --error-limit=no --log-file="$dir/vg/%p.log" \
    "$PGBIN/postgres" -D "$dir/data" >"$dir/server.log" 2>&1 &
  local i
  for i in $(seq 1 300); do "$PGBIN/pg_isready" -q -h "$dir" -p "$PGPORT" && break; sleep 1; done
  "$(dirname "$("$PG_CONFIG" --pgxs)")/../test/regress/pg_regress" \
    --inputdir="$ROOT" --outputdir="$dir" --bindir="$PGBIN" --host="$dir" --port="$PGPORT" \
    --user=postgres --dbname=contrib_regression --load-extension=backlog setup "$@" >"$dir/regress.txt" 2>&1
  as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w -t 300 stop >/dev/null 2>&1 || true
}

# deal the files round-robin to the clusters and run them side by side
pids=()
for k in $(seq 1 "$jobs"); do
  group=()
  for i in "${!tests[@]}"; do [ $((i % jobs + 1)) -eq "$k" ] && group+=("${tests[$i]}"); done
  [ ${#group[@]} -gt 0 ] || continue
  run_group "$k" "${group[@]}" &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done

ours=0; theirs=0; passed=1; ran=0
for k in $(seq 1 "$jobs"); do
  dir=$TMP/g$k
  [ -f "$dir/regress.txt" ] || continue
  cat "$dir/regress.txt"
  ran=$((ran + $(grep -cE '^test .* \.\.\. (ok|FAILED)' "$dir/regress.txt") - 1))
  grep -q 'tests passed' "$dir/regress.txt" || { passed=0; [ -f "$dir/regression.diffs" ] && cat "$dir/regression.diffs"; }
  for f in "$dir"/vg/*.log; do
    [ -s "$f" ] || continue
    # split into error blocks (separated by blank "==pid== " lines) and classify each
    n=$(awk '/^==[0-9]+== $/ { if (blk ~ /backlog\.so/) c++; blk=""; next } { blk = blk "\n" $0 } END { if (blk ~ /backlog\.so/) c++; print c+0 }' "$f")
    m=$(grep -cE '^==[0-9]+== (Invalid|Conditional|Use of uninit|Syscall param|Mismatched|Source and dest)' "$f")
    ours=$((ours + n)); theirs=$((theirs + m))
    [ "$n" -gt 0 ] && { echo "---- $f"; cat "$f"; }
  done
done
secs=$(( $(date +%s) - start ))
echo "valgrind: $ran of ${#tests[@]} files (and setup) ran on $jobs cluster(s) in $((secs / 60)) min $((secs % 60)) s:" \
     "$ours error(s) in backlog.so, $theirs error report(s) in total"
[ "$passed" -eq 1 ] && [ "$ours" -eq 0 ]

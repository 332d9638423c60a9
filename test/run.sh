#!/usr/bin/env bash
# Runs every suite on a throwaway cluster and prints "N passed, M failed" as its last line.
#
#   test/run.sh                 everything (what make test and CI run)
#   test/run.sh --only-unit     only the pure C unit tests (no server)
#   ONLY='calendar sla' test/run.sh   only the pg_regress files, unit tests, fuzzers and
#                               shell tests whose names start with one of these words
#
# Suites, in order: unit (test/unit/test_*.c, ASan+UBSan), fuzz smoke (test/fuzz/fuzz_*.c,
# FUZZ_SMOKE_SECONDS each), pg_regress (sql/*.sql), isolation (test/isolation/*.spec),
# shell tests against the running cluster (test/t/*.sh).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
. test/lib.sh

ONLY=${ONLY:-}
FUZZ_SMOKE_SECONDS=${FUZZ_SMOKE_SECONDS:-8}
only_unit=0
[ "${1:-}" = "--only-unit" ] && only_unit=1

passed=0
failed=0
failures=()
record() {  # record NAME ok|FAILED [count]
  local n=${3:-1}
  if [ "$2" = ok ]; then passed=$((passed + n)); else failed=$((failed + n)); failures+=("$1"); fi
  printf '%-44s %s\n' "$1" "$2"
}
selected() {  # is this test name selected by ONLY?
  [ -z "$ONLY" ] && return 0
  local w
  for w in $ONLY; do case "$1" in "$w"*) return 0 ;; esac; done
  return 1
}

BUILD=$ROOT/test/build
mkdir -p "$BUILD"

# Every suite this file runs must exist: one that is missing fails the run instead of vanishing
# from it (ONLY may still select none of a suite's files).
suite_present() {  # suite_present NAME GLOB...
  local name=$1 f; shift
  for f in "$@"; do [ -e "$f" ] && return 0; done
  record "suite $name (missing: $*)" FAILED
  return 1
}
suite_present unit test/unit/test_*.c
if [ $only_unit -eq 0 ]; then
  suite_present fuzz test/fuzz/fuzz_*.c
  suite_present regress sql/*.sql
  suite_present isolation test/isolation/specs/*.spec
  suite_present shell test/t/*.sh
fi
glue_re='^src/(backlog|.*_fmgr|.*_gin)\.c$'
CORE_SRCS=$(ls src/*.c 2>/dev/null | grep -Ev "$glue_re" | tr '\n' ' ')

# ---- unit tests: pure C cores with AddressSanitizer and UndefinedBehaviorSanitizer ----------
for t in test/unit/test_*.c; do
  [ -e "$t" ] || continue
  name=$(basename "$t" .c); name=${name#test_}
  selected "$name" || continue
  bin=$BUILD/unit_$name
  if ! cc -std=gnu11 -g -O1 -Wall -Wextra -Werror -Wno-unused-parameter -Wno-sign-compare \
        -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer \
        -Isrc -Itest/unit $CORE_SRCS test/unit/bl_alloc_std.c "$t" -lm -lstemmer -o "$bin" 2>"$BUILD/unit_$name.log"; then
    cat "$BUILD/unit_$name.log"; record "unit/$name (build)" FAILED; continue
  fi
  out=$("$bin" 2>&1); rc=$?
  last=$(printf '%s\n' "$out" | tail -n 1)
  if [[ "$last" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    p=${BASH_REMATCH[1]}; f=${BASH_REMATCH[2]}
  else
    p=0; f=1
  fi
  [ $rc -ne 0 ] && [ "$f" -eq 0 ] && f=1
  [ "$f" -gt 0 ] && printf '%s\n' "$out" | tail -n 40
  passed=$((passed + p)); failed=$((failed + f))
  [ "$f" -gt 0 ] && failures+=("unit/$name")
  printf '%-44s %s\n' "unit/$name" "$p passed, $f failed"
done

if [ $only_unit -eq 0 ]; then

# ---- fuzz smoke: every libFuzzer harness for a short, bounded time --------------------------
for t in test/fuzz/fuzz_*.c; do
  [ -e "$t" ] || continue
  name=$(basename "$t" .c); name=${name#fuzz_}
  selected "$name" || continue
  if bash test/fuzz/run.sh "$FUZZ_SMOKE_SECONDS" "$name" >"$BUILD/fuzz_$name.log" 2>&1; then
    record "fuzz/$name (${FUZZ_SMOKE_SECONDS}s)" ok
  else
    tail -n 40 "$BUILD/fuzz_$name.log"; record "fuzz/$name" FAILED
  fi
done

# ---- the throwaway cluster, on a private installation (test/lib.sh: no machine-wide lock) ---
TMP=$(mktemp -d /tmp/backlog-test.XXXXXX)
chmod 755 "$TMP"
cleanup() { cluster_stop "$TMP"; [ -n "${KEEP_TMP:-}" ] || rm -rf "$TMP"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
if ! install_extension "$ROOT" "$TMP"; then
  record "make install" FAILED
  echo "$passed passed, $failed failed"; exit 1
fi

cluster_init "$TMP" "cron.database_name = 'contrib_regression'" "max_worker_processes = 16" \
  || { record "cluster start" FAILED; echo "$passed passed, $failed failed"; exit 1; }
cluster_start "$TMP" || { record "cluster start" FAILED; echo "$passed passed, $failed failed"; exit 1; }

# ---- pg_regress ---------------------------------------------------------------------------
tests=()
for t in $(make -s --no-print-directory -f Makefile print-regress 2>/dev/null); do
  selected "$t" && tests+=("$t")
done
if [ ${#tests[@]} -gt 0 ]; then
  [ "${tests[0]}" = setup ] || tests=(setup "${tests[@]}")
  mkdir -p "$TMP/regress"
  "$("$PG_CONFIG" --pkglibdir)/pgxs/src/test/regress/pg_regress" \
      --inputdir="$ROOT" --outputdir="$TMP/regress" --bindir="$PGBIN" \
      --host="$TMP" --port="$PGPORT" --user=postgres --dbname=contrib_regression \
      --load-extension=backlog "${tests[@]}" >"$TMP/regress/out.txt" 2>&1
  while read -r line; do
    if [[ "$line" =~ ^(test\ )?([A-Za-z0-9_]+)\ +\.\.\.\ (ok|FAILED|failed) ]]; then
      if [ "${BASH_REMATCH[3]}" = ok ]; then record "regress/${BASH_REMATCH[2]}" ok
      else record "regress/${BASH_REMATCH[2]}" FAILED; fi
    fi
  done < <(sed 's/^[[:space:]]*//' "$TMP/regress/out.txt")
  if [ -s "$TMP/regress/regression.diffs" ]; then
    cp "$TMP/regress/regression.diffs" "$ROOT/regression.diffs"
    echo "differences: $ROOT/regression.diffs"
    head -n 80 "$ROOT/regression.diffs"
  else
    rm -f "$ROOT/regression.diffs"
  fi
  grep -qE '(tests passed|tests failed|test passed|test failed)' "$TMP/regress/out.txt" \
    || { cat "$TMP/regress/out.txt"; record "pg_regress run" FAILED; }
fi

# ---- isolation specs (concurrent sessions) --------------------------------------------------
specs=()
for s in test/isolation/specs/*.spec; do
  [ -e "$s" ] || continue
  n=$(basename "$s" .spec); selected "$n" && specs+=("$n")
done
isolation_bin=$("$PG_CONFIG" --pkglibdir)/pgxs/src/test/isolation/pg_isolation_regress
if [ ${#specs[@]} -gt 0 ] && [ ! -x "$isolation_bin" ]; then
  record "isolation (pg_isolation_regress not found: $isolation_bin)" FAILED
elif [ ${#specs[@]} -gt 0 ]; then
  mkdir -p "$TMP/isolation"
  "$isolation_bin" \
      --inputdir="$ROOT/test/isolation" --outputdir="$TMP/isolation" --bindir="$PGBIN" \
      --host="$TMP" --port="$PGPORT" --user=postgres --dbname=isolation_regression \
      --load-extension=backlog "${specs[@]}" >"$TMP/isolation/out.txt" 2>&1
  while read -r line; do
    if [[ "$line" =~ ^(test\ )?([A-Za-z0-9_-]+)\ +\.\.\.\ (ok|FAILED|failed) ]]; then
      if [ "${BASH_REMATCH[3]}" = ok ]; then record "isolation/${BASH_REMATCH[2]}" ok
      else record "isolation/${BASH_REMATCH[2]}" FAILED; fi
    fi
  done < <(sed 's/^[[:space:]]*//' "$TMP/isolation/out.txt")
  [ -s "$TMP/isolation/regression.diffs" ] && head -n 80 "$TMP/isolation/regression.diffs"
  grep -qE '(tests passed|tests failed|test passed|test failed)' "$TMP/isolation/out.txt" \
    || { cat "$TMP/isolation/out.txt"; record "pg_isolation_regress run" FAILED; }
fi

# ---- shell tests against the running cluster ------------------------------------------------
for t in test/t/*.sh; do
  [ -e "$t" ] || continue
  name=$(basename "$t" .sh)
  selected "$name" || continue
  if PGHOST="$TMP" PGPORT="$PGPORT" PGUSER=postgres PGBIN="$PGBIN" BL_ROOT="$ROOT" BL_TMP="$TMP" \
       bash "$t" >"$TMP/t_$name.log" 2>&1; then
    record "t/$name" ok
  else
    tail -n 40 "$TMP/t_$name.log"; record "t/$name" FAILED
  fi
done

fi  # only_unit

[ ${#failures[@]} -gt 0 ] && echo "failed: ${failures[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

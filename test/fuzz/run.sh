#!/usr/bin/env bash
# Builds and runs the libFuzzer harnesses test/fuzz/fuzz_<name>.c against the pure C cores.
#
#   test/fuzz/run.sh SECONDS [NAME...]    every harness (or the named ones) for SECONDS each
#
# Seeds live in test/fuzz/corpus/<name>/ (committed); the growing corpus and any crash files go
# to test/build/fuzz/<name>/ (ignored by git). A crash, leak, timeout or sanitizer report fails.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
secs=${1:-60}; shift || true
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in test/fuzz/fuzz_*.c; do [ -e "$f" ] || continue; n=$(basename "$f" .c); names+=("${n#fuzz_}"); done
fi
glue_re='^src/(backlog|.*_fmgr|.*_gin)\.c$'
CORE_SRCS=$(ls src/*.c | grep -Ev "$glue_re" | tr '\n' ' ')
status=0
for n in "${names[@]}"; do
  out=test/build/fuzz/$n
  mkdir -p "$out/corpus"
  [ -d "test/fuzz/corpus/$n" ] && cp -n test/fuzz/corpus/$n/* "$out/corpus/" 2>/dev/null || true
  clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
        -Isrc $CORE_SRCS test/unit/bl_alloc_std.c "test/fuzz/fuzz_$n.c" -lm -lstemmer -o "$out/fuzzer"
  echo "fuzz $n: ${secs}s"
  if ! (cd "$out" && ./fuzzer -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
          -max_len=65536 -print_final_stats=1 corpus >fuzz.log 2>&1); then
    tail -n 40 "$out/fuzz.log"; status=1
  else
    grep -E 'stat::number_of_executed_units' "$out/fuzz.log" || true
  fi
done
exit $status

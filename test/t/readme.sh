#!/usr/bin/env bash
# Every SQL example of README.md runs against the demo data set and shows what README says it
# shows (test/doc/readme_examples.py has the conventions). Runs on the cluster of test/run.sh.
set -euo pipefail
: "${PGBIN:?}" "${BL_ROOT:?}"
DB=readme_examples
psql_() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
PGOPTIONS="-c client_min_messages=warning" psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
trap 'psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true' EXIT
psql_ -d "$DB" -c "CREATE EXTENSION backlog" -f "$BL_ROOT/demo/generator.sql" >/dev/null
# a small demo (make demo loads 50,000): 3,000 tickets over 60 days up to now, seed 42
psql_ -d "$DB" -c "SELECT backlog_demo.generate(3000, 60, 42)" >/dev/null
psql_ -d "$DB" -c "ANALYZE" >/dev/null
python3 "$BL_ROOT/test/doc/readme_examples.py" "$BL_ROOT/README.md" \
  "$PGBIN/psql" -X -q -d "$DB" -v VERBOSITY=terse

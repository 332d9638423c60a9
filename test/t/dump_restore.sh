#!/usr/bin/env bash
# pg_dump of a database whose every seeded table (the store's and the scoring configuration) has
# added, edited and deleted rows, and whose
# tickets use an added status, a renamed seed status and merges in both id directions, restored
# in every way users restore:
#   plain SQL through psql, -Fc, -Fd with pg_restore -j 4, --single-transaction, --exit-on-error,
#   and -Fc into a database where CREATE EXTENSION backlog ran first.
# Each restore must finish without an error, backlog.check_integrity() must find nothing, and every
# table of the extension must hold the same rows as the source (row count and checksum).
# Runs against the test cluster (PGHOST, PGPORT, PGUSER set by test/run.sh).
set -euo pipefail
psql_() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -At "$@"; }
run=$$
src=dump_src_$run
dbs=()
dir=$BL_TMP/dump_$run
cleanup() {
  [ -n "${KEEP_DUMP:-}" ] && return 0
  for d in "$src" "${dbs[@]}"; do psql_ -d postgres -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1 || true; done
  rm -rf "$dir"
}
trap cleanup EXIT
mkdir -p "$dir"

psql_ -d postgres -c "CREATE DATABASE $src"
psql_ -d "$src" <<'SQL'
CREATE EXTENSION backlog;
-- statuses: an added one, an edited seed (pending runs), a deleted seed (on_hold), a renamed seed
INSERT INTO backlog.statuses VALUES ('waiting_vendor', true, 'paused', 'vendor');
UPDATE backlog.statuses SET clock = 'running', waiting_on = 'agent' WHERE status = 'pending';
DELETE FROM backlog.statuses WHERE status = 'on_hold';
UPDATE backlog.statuses SET status = 'archived' WHERE status = 'closed';
-- calendars: the default edited, one added, the 24x7 seed deleted
UPDATE backlog.calendars SET calendar = 'Europe/Berlin; mon-fri 08:00-16:00' WHERE name = 'default';
INSERT INTO backlog.calendars VALUES ('support-eu', 'Europe/Paris; mon-fri 09:00-18:00; holidays 2026-12-25');
DELETE FROM backlog.calendars WHERE name = '24x7';
-- policies: one added on the added calendar, one seed edited, one seed deleted
INSERT INTO backlog.sla_policies (metric, priority, account_tier, target, calendar)
VALUES ('resolution', 'high', 'enterprise', '12 hours', 'support-eu');
UPDATE backlog.sla_policies SET target = '2 hours', calendar = 'support-eu'
 WHERE metric = 'first_response' AND priority = 'high' AND account_tier IS NULL;
DELETE FROM backlog.sla_policies WHERE metric = 'next_reply' AND priority = 'low';
-- the duplicate vocabularies: added, edited and deleted rows
INSERT INTO backlog.duplicate_terms (kind, name, phrase) VALUES ('module', 'Payroll', 'payroll module');
UPDATE backlog.duplicate_terms SET name = 'Xero Accounting' WHERE phrase = 'xero';
DELETE FROM backlog.duplicate_terms WHERE phrase = 'sfdc';
INSERT INTO backlog.duplicate_intents (intent, phrase) VALUES ('refund', 'chargeback');
UPDATE backlog.duplicate_intents SET intent = 'refund_request' WHERE phrase = 'money back';
DELETE FROM backlog.duplicate_intents WHERE phrase = 'cancel';
-- the scoring configuration: edited, added and deleted rows
UPDATE backlog.score_factors SET weight = 8, cap = 24 WHERE factor = 'repeat_contacts';
UPDATE backlog.priority_matrix SET points = 52 WHERE impact = 'high' AND urgency = 'high';
UPDATE backlog.score_rules SET impact = 'critical' WHERE source = 'priority' AND value = 'high';
INSERT INTO backlog.score_rules VALUES ('tag', 'VIP', NULL, 'high');
DELETE FROM backlog.score_rules WHERE source = 'priority' AND value = 'normal';
INSERT INTO backlog.score_account_tiers VALUES ('platinum', 22);
DELETE FROM backlog.score_account_tiers WHERE account_tier = 'starter';
INSERT INTO backlog.account_values VALUES ('acct1', 250000);

INSERT INTO backlog.tickets (id, subject, body, account, priority, account_tier, created_at, tags)
SELECT g, 'subject ' || g, repeat('body ', g % 7), 'acct' || (g % 13),
       (ARRAY['urgent', 'high', 'normal', 'low'])[1 + g % 4], CASE WHEN g % 5 = 0 THEN 'enterprise' END,
       timestamptz '2026-01-01 00:00+00' + g * interval '1 hour', ARRAY['t' || (g % 3)]
  FROM generate_series(1, 500) g;
-- history through the trigger (status changes at the helpdesk's times) and direct inserts
UPDATE backlog.tickets SET status = 'open', updated_at = created_at + interval '10 min' WHERE id % 2 = 0;
UPDATE backlog.tickets SET status = 'waiting_vendor', updated_at = created_at + interval '1 hour' WHERE id % 10 = 0;
UPDATE backlog.tickets SET status = 'archived', updated_at = created_at + interval '2 hours' WHERE id % 25 = 1;
INSERT INTO backlog.ticket_events SELECT id, created_at + interval '5 min', 'agent_reply', NULL
  FROM backlog.tickets WHERE id % 3 = 0;
-- merges: into an earlier and into a later ticket (a restore loads them in either order)
UPDATE backlog.tickets SET merged_into = 1 WHERE id = 2;
UPDATE backlog.tickets SET merged_into = 499 WHERE id = 7;
SQL

# Every table of the extension: row count and a checksum of its rows in a fixed order.
checksums() {
  psql_ -d "$1" <<'SQL'
SET intervalstyle = postgres; SET datestyle = 'ISO, YMD'; SET timezone = 'UTC';
DO $$
DECLARE r record; n bigint; h text;
BEGIN
  -- word frequencies are kept as a table plus unfolded deltas (derived data, rebuilt from the
  -- tickets on restore): fold them first, so both sides compare the frequencies themselves
  PERFORM backlog.fold_word_df();
  FOR r IN SELECT c.relname FROM pg_class c JOIN pg_depend d ON d.classid = 'pg_class'::regclass
             AND d.objid = c.oid AND d.deptype = 'e'
             JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'backlog'
            WHERE c.relkind = 'r' ORDER BY 1 LOOP
    EXECUTE format('SELECT count(*), md5(coalesce(string_agg(x::text, ''|'' ORDER BY x::text), '''')) FROM backlog.%I x', r.relname)
       INTO n, h;
    RAISE NOTICE '% % %', r.relname, n, h;
  END LOOP;
END $$;
SQL
}
checksums "$src" 2>"$dir/src.sums"
sed -i 's/^psql:[^ ]* NOTICE: *//; s/^NOTICE: *//' "$dir/src.sums"
grep -q '^tickets 500 ' "$dir/src.sums" || { cat "$dir/src.sums"; echo "source not as built"; exit 1; }
# the fingerprint table is derived data: it must be rebuilt on restore, not left empty
grep -q '^ticket_fingerprints 500 ' "$dir/src.sums" || { cat "$dir/src.sums"; echo "source fingerprints?"; exit 1; }

"$PGBIN/pg_dump" -Fp -d "$src" -f "$dir/plain.sql" 2>"$dir/dump.err"
"$PGBIN/pg_dump" -Fc -d "$src" -f "$dir/custom.dump" 2>>"$dir/dump.err"
"$PGBIN/pg_dump" -Fd -j 4 -d "$src" -f "$dir/directory" 2>>"$dir/dump.err"
# no warning (a circular foreign key among the store's tables made pg_dump warn)
if [ -s "$dir/dump.err" ]; then cat "$dir/dump.err"; echo "pg_dump warned"; exit 1; fi

restore() {  # restore MODE DB
  local mode=$1 db=$2
  psql_ -d postgres -c "CREATE DATABASE $db"
  case $mode in
    plain)       psql_ -d "$db" -f "$dir/plain.sql" >/dev/null ;;
    custom)      "$PGBIN/pg_restore" -d "$db" "$dir/custom.dump" ;;
    parallel)    "$PGBIN/pg_restore" -j 4 -d "$db" "$dir/directory" ;;
    single)      "$PGBIN/pg_restore" --single-transaction -d "$db" "$dir/custom.dump" ;;
    exit)        "$PGBIN/pg_restore" --exit-on-error -d "$db" "$dir/custom.dump" ;;
    # the schema exists already: restore everything but its CREATE SCHEMA (README)
    ext_first)   psql_ -d "$db" -c "CREATE EXTENSION backlog"
                 "$PGBIN/pg_restore" -l "$dir/custom.dump" | grep -v ' SCHEMA - backlog ' >"$dir/ext_first.list"
                 "$PGBIN/pg_restore" --exit-on-error -L "$dir/ext_first.list" -d "$db" "$dir/custom.dump" ;;
  esac
}

fail=0
for mode in plain custom parallel single exit ext_first; do
  db=dump_${mode}_$run; dbs+=("$db")
  if ! restore "$mode" "$db" >"$dir/$mode.log" 2>&1 || grep -q 'ERROR' "$dir/$mode.log"; then
    cat "$dir/$mode.log"; echo "restore $mode: errors"; fail=1; continue
  fi
  if [ "$mode" = parallel ]; then
    # pg_restore -j loads statuses and tickets side by side: a ticket in an added status can be
    # fingerprinted before that status commits, and its open flag is then stale. check_integrity()
    # says so (and nothing else), refresh_fingerprints() repairs it (README "Dump and restore").
    psql_ -d "$db" -c "SELECT count(*) > 0 FROM backlog.check_integrity() WHERE problem <> 'stale fingerprint'" | grep -qx f \
      || { echo "restore parallel: problems other than stale fingerprints"; fail=1; }
    psql_ -d "$db" -c "SELECT backlog.refresh_fingerprints()" >/dev/null
  fi
  problems=$(psql_ -d "$db" -c "SELECT problem || ': ' || detail FROM backlog.check_integrity()")
  if [ -n "$problems" ]; then
    printf '%s\n' "$problems" | head -n 10; echo "restore $mode: check_integrity() found problems"; fail=1
  fi
  checksums "$db" 2>"$dir/$mode.sums"
  sed -i 's/^psql:[^ ]* NOTICE: *//; s/^NOTICE: *//' "$dir/$mode.sums"
  if ! diff "$dir/src.sums" "$dir/$mode.sums"; then echo "restore $mode: tables differ"; fail=1; continue; fi
  echo "restore $mode: every table the same"
done
[ $fail -eq 0 ] || exit 1

# What the checksums stand for, spelled out on one restored database.
db=dump_parallel_$run
check() {  # check "what" query expected
  local got; got=$(psql_ -d "$db" -c "$2")
  [ "$got" = "$3" ] || { echo "$1: expected '$3', got '$got'"; exit 1; }
}
check "edited seed status" "SELECT clock || ' ' || waiting_on FROM backlog.statuses WHERE status = 'pending'" "running agent"
check "deleted and renamed seed statuses" "SELECT string_agg(status, ',' ORDER BY status) FROM backlog.statuses" \
      "archived,new,open,pending,solved,waiting_vendor"
check "edited seed calendar" "SELECT calendar::text FROM backlog.calendars WHERE name = 'default'" \
      "Europe/Berlin; mon-fri 08:00-16:00"
check "deleted seed calendar" "SELECT count(*) FROM backlog.calendars WHERE name = '24x7'" "0"
check "deleted seed policy" "SELECT count(*) FROM backlog.sla_policies WHERE metric = 'next_reply' AND priority = 'low'" "0"
check "edited seed policy" "SELECT target || ' ' || calendar FROM backlog.sla_policies WHERE metric = 'first_response' AND priority = 'high' AND account_tier IS NULL" \
      "02:00:00 support-eu"
check "terms" "SELECT string_agg(name, ',' ORDER BY name) FROM backlog.duplicate_terms WHERE phrase IN ('sfdc', 'xero', 'payroll module')" \
      "Payroll,Xero Accounting"
check "intents" "SELECT string_agg(intent || ':' || phrase, ',' ORDER BY phrase) FROM backlog.duplicate_intents WHERE phrase IN ('cancel', 'money back', 'chargeback')" \
      "refund:chargeback,refund_request:money back"
check "scoring" "SELECT (SELECT count(*) FROM backlog.score_rules WHERE source = 'priority' AND value = 'normal') || ' ' || (SELECT impact FROM backlog.score_rules WHERE source = 'priority' AND value = 'high') || ' ' || (SELECT string_agg(account_tier, ',' ORDER BY account_tier) FROM backlog.score_account_tiers)" \
      "0 critical business,enterprise,free,platinum"
# 500 tickets; 250 even: new + open = 500 status events; 50 (id % 10 = 0): + waiting_vendor;
# 20 (id % 25 = 1): the 10 odd ones new + archived = 20, the 10 even ones + archived = 10;
# 166 agent replies (id % 3 = 0) -> 500 + 50 + 30 + 166 = 746
check "events" "SELECT count(*) FROM backlog.ticket_events" "746"
check "merges" "SELECT string_agg(id || '>' || merged_into, ',' ORDER BY id) FROM backlog.tickets WHERE merged_into IS NOT NULL" "2>1,7>499"
# the restored database works: a status change records history, the seed record follows edits
psql_ -d "$db" -c "UPDATE backlog.tickets SET status = 'solved' WHERE id = 4"
check "trigger after restore" "SELECT count(*) FROM backlog.ticket_events WHERE ticket_id = 4 AND kind = 'status'" "3"
psql_ -d "$db" -c "UPDATE backlog.statuses SET clock = 'paused', waiting_on = 'customer' WHERE status = 'pending'"
check "seed back to its shipped form" "SELECT count(*) FROM backlog.seed_changes WHERE table_name = 'statuses'" "2"
echo "dump and restore: ok"

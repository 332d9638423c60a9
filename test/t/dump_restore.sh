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
  for d in "$src" "${src2:-}" "${dbs[@]}"; do psql_ -d postgres -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1 || true; done
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
-- score_factors, score_tiers and priority_matrix are fixed sets (a row can only be edited)
UPDATE backlog.score_tiers SET age_target = '240 hours' WHERE tier = 'low';
-- the cross-language vocabulary: its key is the whole row, so an edit is a deleted seed plus a row
INSERT INTO backlog.duplicate_vocabulary (concept, phrase) VALUES ('payroll', 'payroll'), ('payroll', 'lohnabrechnung');
UPDATE backlog.duplicate_vocabulary SET phrase = 'fehlermeldung' WHERE concept = 'error' AND phrase = 'fehler';
DELETE FROM backlog.duplicate_vocabulary WHERE concept = 'tax' AND phrase = 'vat';
-- value maps: an added one and an edited seed that name the added status (a restore may load
-- them before it), a deleted seed
INSERT INTO backlog.sync_value_map VALUES ('zendesk', 'status', 'escalated', 'waiting_vendor');
UPDATE backlog.sync_value_map SET mapped = 'waiting_vendor' WHERE source = 'zendesk' AND kind = 'status' AND value = 'hold';
DELETE FROM backlog.sync_value_map WHERE source = 'zendesk' AND kind = 'zone' AND value = 'Samoa';
-- check-in intervals: one added for the added status; the one seed (on_hold) went with its
-- status above (the second source database below edits it instead)
INSERT INTO backlog.checkin_intervals VALUES ('waiting_vendor', '4 hours');
-- burn-rate rules and alert rules: added, edited and deleted rows
INSERT INTO backlog.burn_rate_rules VALUES ('weekly', 0.5, '7 days', '1 day', 20);
UPDATE backlog.burn_rate_rules SET threshold = 10, short_window = '10 minutes' WHERE name = 'fast';
DELETE FROM backlog.burn_rate_rules WHERE name = 'slow';
INSERT INTO backlog.sla_objectives VALUES ('first_response', 0.95);
INSERT INTO backlog.alert_rules (rule, kind, threshold) VALUES ('huge-backlog', 'open_tickets', 5000);
UPDATE backlog.alert_rules SET threshold = 72, channel = 'ops' WHERE rule = 'average-age';
DELETE FROM backlog.alert_rules WHERE rule = 'growing';
-- an escalation rule naming the added status (a restore may load it before the status)
INSERT INTO backlog.escalation_rules (rule, statuses, add_tag) VALUES ('vendor-chase', '{waiting_vendor}', 'chase');
-- a ticket on its own calendar (a row check, not a foreign key: no load order)

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
UPDATE backlog.tickets SET calendar = 'support-eu' WHERE id % 50 = 0;
SQL
# A second source: the seeds the first one deletes, this one edits (and the reverse).
src2=dump_src2_$run
psql_ -d postgres -c "CREATE DATABASE $src2"
psql_ -d "$src2" <<'SQL'
CREATE EXTENSION backlog;
UPDATE backlog.statuses SET waiting_on = 'vendor' WHERE status = 'on_hold';
UPDATE backlog.checkin_intervals SET interval = '2 days' WHERE status = 'on_hold';
DELETE FROM backlog.statuses WHERE status = 'pending';
UPDATE backlog.calendars SET calendar = 'UTC; mon-sat 00:00-24:00' WHERE name = '24x7';
UPDATE backlog.sla_policies SET target = '48 hours' WHERE metric = 'next_reply' AND priority = 'low';
DELETE FROM backlog.sla_policies WHERE metric = 'first_response' AND priority = 'high';
UPDATE backlog.duplicate_terms SET name = 'Salesforce CRM' WHERE phrase = 'sfdc';
DELETE FROM backlog.duplicate_terms WHERE phrase = 'xero';
UPDATE backlog.duplicate_intents SET intent = 'cancel_account' WHERE phrase = 'cancel';
DELETE FROM backlog.duplicate_intents WHERE phrase = 'money back';
DELETE FROM backlog.duplicate_vocabulary WHERE concept = 'error';
UPDATE backlog.sync_value_map SET mapped = 'Pacific/Pago_Pago' WHERE source = 'zendesk' AND kind = 'zone' AND value = 'Samoa';
DELETE FROM backlog.sync_value_map WHERE source = 'zendesk' AND kind = 'status' AND value = 'hold';
UPDATE backlog.burn_rate_rules SET min_clocks = 50 WHERE name = 'slow';
DELETE FROM backlog.burn_rate_rules WHERE name = 'fast';
UPDATE backlog.alert_rules SET enabled = false WHERE rule = 'growing';
DELETE FROM backlog.alert_rules WHERE rule IN ('average-age', 'past-sla');
UPDATE backlog.score_rules SET impact = 'low' WHERE source = 'priority' AND value = 'normal';
DELETE FROM backlog.score_rules WHERE source = 'priority' AND value = 'high';
UPDATE backlog.score_account_tiers SET points = points + 1 WHERE account_tier = 'starter';
INSERT INTO backlog.tickets (id, subject, priority, created_at, calendar)
VALUES (1, 'on the edited calendar', 'low', '2026-01-01 00:00+00', '24x7');
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
# dump_and_restore SOURCE TAG: dumps SOURCE in every format, restores it in every mode and
# compares every table of each restored database with the source.
fail=0
dump_and_restore() {
  local source=$1 tag=$2 mode db problems
  checksums "$source" 2>"$dir/$tag.src.sums"
  sed -i 's/^psql:[^ ]* NOTICE: *//; s/^NOTICE: *//' "$dir/$tag.src.sums"
  "$PGBIN/pg_dump" -Fp -d "$source" -f "$dir/$tag.plain.sql" 2>"$dir/$tag.dump.err"
  "$PGBIN/pg_dump" -Fc -d "$source" -f "$dir/$tag.custom.dump" 2>>"$dir/$tag.dump.err"
  "$PGBIN/pg_dump" -Fd -j 4 -d "$source" -f "$dir/$tag.directory" 2>>"$dir/$tag.dump.err"
  # no warning (a circular foreign key among the store's tables made pg_dump warn)
  if [ -s "$dir/$tag.dump.err" ]; then cat "$dir/$tag.dump.err"; echo "pg_dump $tag warned"; fail=1; return; fi
  for mode in plain custom parallel single exit ext_first; do
    db=dump_${tag}_${mode}_$run; dbs+=("$db")
    if ! restore "$mode" "$db" "$tag" >"$dir/$tag.$mode.log" 2>&1 || grep -q 'ERROR' "$dir/$tag.$mode.log"; then
      cat "$dir/$tag.$mode.log"; echo "restore $tag $mode: errors"; fail=1; continue
    fi
    if [ "$mode" = parallel ]; then
      # pg_restore -j loads statuses and tickets side by side: a ticket in an added status can be
      # fingerprinted before that status commits, and its open flag is then stale. check_integrity()
      # says so (and nothing else), refresh_fingerprints() repairs it (README "Dump and restore").
      psql_ -d "$db" -c "SELECT count(*) > 0 FROM backlog.check_integrity() WHERE problem <> 'stale fingerprint'" | grep -qx f \
        || { echo "restore $tag parallel: problems other than stale fingerprints"; fail=1; }
      psql_ -d "$db" -c "SELECT backlog.refresh_fingerprints()" >/dev/null
    fi
    problems=$(psql_ -d "$db" -c "SELECT problem || ': ' || detail FROM backlog.check_integrity()")
    if [ -n "$problems" ]; then
      printf '%s\n' "$problems" | head -n 10; echo "restore $tag $mode: check_integrity() found problems"; fail=1
    fi
    checksums "$db" 2>"$dir/$tag.$mode.sums"
    sed -i 's/^psql:[^ ]* NOTICE: *//; s/^NOTICE: *//' "$dir/$tag.$mode.sums"
    if ! diff "$dir/$tag.src.sums" "$dir/$tag.$mode.sums"; then echo "restore $tag $mode: tables differ"; fail=1; continue; fi
    echo "restore $tag $mode: every table the same"
  done
}

restore() {  # restore MODE DB TAG
  local mode=$1 db=$2 tag=$3
  psql_ -d postgres -c "CREATE DATABASE $db"
  case $mode in
    plain)       psql_ -d "$db" -f "$dir/$tag.plain.sql" >/dev/null ;;
    custom)      "$PGBIN/pg_restore" -d "$db" "$dir/$tag.custom.dump" ;;
    parallel)    "$PGBIN/pg_restore" -j 4 -d "$db" "$dir/$tag.directory" ;;
    single)      "$PGBIN/pg_restore" --single-transaction -d "$db" "$dir/$tag.custom.dump" ;;
    exit)        "$PGBIN/pg_restore" --exit-on-error -d "$db" "$dir/$tag.custom.dump" ;;
    # the schema exists already: restore everything but its CREATE SCHEMA (README)
    ext_first)   psql_ -d "$db" -c "CREATE EXTENSION backlog"
                 "$PGBIN/pg_restore" -l "$dir/$tag.custom.dump" | grep -v ' SCHEMA - backlog ' >"$dir/$tag.ext_first.list"
                 "$PGBIN/pg_restore" --exit-on-error -L "$dir/$tag.ext_first.list" -d "$db" "$dir/$tag.custom.dump" ;;
  esac
}

checksums "$src" 2>"$dir/src.sums"
sed -i 's/^psql:[^ ]* NOTICE: *//; s/^NOTICE: *//' "$dir/src.sums"
grep -q '^tickets 500 ' "$dir/src.sums" || { cat "$dir/src.sums"; echo "source not as built"; exit 1; }
# the fingerprint table is derived data: it must be rebuilt on restore, not left empty
grep -q '^ticket_fingerprints 500 ' "$dir/src.sums" || { cat "$dir/src.sums"; echo "source fingerprints?"; exit 1; }
# every seeded table has recorded changes in both sources, and every one is compared
for t in $(psql_ -d "$src" -c "SELECT string_agg(t, ' ') FROM unnest('{statuses,calendars,sla_policies,duplicate_terms,duplicate_intents,duplicate_vocabulary,score_factors,score_tiers,priority_matrix,score_rules,score_account_tiers,sync_value_map,checkin_intervals,burn_rate_rules,alert_rules}'::text[]) t"); do
  [ -n "$(psql_ -d "$src" -c "SELECT backlog.seed_key_columns('$t')")" ] || { echo "$t: not a seeded table for backlog.seed_changes"; exit 1; }
  for d in "$src" "$src2"; do
    n=$(psql_ -d "$d" -c "SELECT count(*) FROM backlog.seed_changes WHERE table_name = '$t'")
    case "$d:$t" in "$src2":score_factors|"$src2":score_tiers|"$src2":priority_matrix) continue ;; esac
    [ "$n" -gt 0 ] || { echo "$d: no recorded seed change in $t"; exit 1; }
  done
done
# no other table of the extension is seeded: in a fresh install, the tables that hold rows are
# exactly those backlog.seed_changes knows
fresh=dump_fresh_$run; dbs+=("$fresh")
psql_ -d postgres -c "CREATE DATABASE $fresh"
unseeded=$(psql_ -d "$fresh" <<'SQL'
CREATE EXTENSION backlog;
SELECT string_agg(c.relname, ' ' ORDER BY c.relname)
  FROM pg_class c JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'backlog'
 WHERE c.relkind = 'r'
   AND (backlog.seed_key_columns(c.relname) IS NOT NULL)
       <> ((xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM backlog.%I', c.relname), false, false, '')))[1]::text::int > 0);
SQL
)
[ -z "$unseeded" ] || { echo "seeded tables and tables with rows after CREATE EXTENSION differ: $unseeded"; exit 1; }

dump_and_restore "$src" a
dump_and_restore "$src2" b
[ $fail -eq 0 ] || exit 1

# What the checksums stand for, spelled out on one restored database.
db=dump_a_parallel_$run
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
check "vocabulary" "SELECT string_agg(concept || ':' || phrase, ',' ORDER BY phrase) FROM backlog.duplicate_vocabulary WHERE phrase IN ('vat', 'fehler', 'fehlermeldung', 'lohnabrechnung', 'payroll')" \
      "error:fehlermeldung,payroll:lohnabrechnung,payroll:payroll"
check "value maps" "SELECT string_agg(value || '>' || mapped, ',' ORDER BY value) FROM backlog.sync_value_map WHERE source = 'zendesk' AND value IN ('escalated', 'hold', 'Samoa')" \
      "escalated>waiting_vendor,hold>waiting_vendor"
check "check-in intervals" "SELECT string_agg(status || ' ' || interval, ',' ORDER BY status) FROM backlog.checkin_intervals" "waiting_vendor 04:00:00"
check "burn-rate rules" "SELECT string_agg(name || ' ' || threshold || ' ' || short_window, ',' ORDER BY name) FROM backlog.burn_rate_rules" \
      "fast 10 00:10:00,ticket 1 06:00:00,weekly 0.5 1 day"
check "alert rules" "SELECT string_agg(rule || ' ' || threshold || ' ' || channel, ',' ORDER BY rule) FROM backlog.alert_rules WHERE rule IN ('average-age', 'growing', 'huge-backlog')" \
      "average-age 72 ops,huge-backlog 5000 backlog_alerts"
check "escalation rule on the added status" "SELECT statuses::text FROM backlog.escalation_rules" "{waiting_vendor}"
check "tickets on their own calendar" "SELECT count(*) FROM backlog.tickets WHERE calendar = 'support-eu'" "10"
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
# renaming a calendar carries into the tickets (what ON UPDATE CASCADE did)
psql_ -d "$db" -c "UPDATE backlog.calendars SET name = 'eu' WHERE name = 'support-eu'"
check "calendar rename in tickets" "SELECT count(*) FROM backlog.tickets WHERE calendar = 'eu'" "10"
# the second source: what the first deleted it edited, and the reverse
db=dump_b_exit_$run
check "b: statuses" "SELECT string_agg(status || ' ' || coalesce(waiting_on, '-'), ',' ORDER BY status) FROM backlog.statuses" \
      "closed -,new agent,on_hold vendor,open agent,solved -"
check "b: edited check-in interval" "SELECT string_agg(status || ' ' || interval, ',') FROM backlog.checkin_intervals" "on_hold 2 days"
check "b: ticket on an edited seed calendar" "SELECT t.calendar || ' ' || c.calendar FROM backlog.tickets t JOIN backlog.calendars c ON c.name = t.calendar" \
      "24x7 UTC; mon-sat 00:00-24:00"
check "b: rules" "SELECT (SELECT string_agg(name || ' ' || min_clocks, ',' ORDER BY name) FROM backlog.burn_rate_rules) || ' ' || (SELECT string_agg(rule || ':' || enabled, ',' ORDER BY rule) FROM backlog.alert_rules WHERE rule IN ('average-age', 'past-sla', 'growing'))" \
      "slow 50,ticket 10 growing:false"
echo "dump and restore: ok"

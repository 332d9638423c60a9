#!/usr/bin/env bash
# The jobs on a real cluster (test/run.sh preloads pg_cron with cron.database_name =
# 'contrib_regression'):
#   1. backlog.schedule() in pg_cron's own database and, through the cron_sql it returns, for a
#      database of its own (cron.schedule_in_database); pg_cron runs the three jobs (snapshot,
#      escalations, helpdesk sync) every minute and the test waits (bounded, polling each second)
#      for the snapshot rows, the escalations and the synced tickets;
#   2. NOTIFY payloads of escalations and alerts, and an alert sent once until it clears;
#   3. a run killed with pg_terminate_backend in the middle leaves nothing half done.
# Parts 2 and 3 run while pg_cron's minute comes round.
set -euo pipefail
q() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -At "$@"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
check() {  # check NAME EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then echo "ok   $1"; else fail "$1: expected '$2', got '$3'"; fi
}

cron_db=contrib_regression
other=jobs_other_$$
side=jobs_side_$$
created_cron=0
cleanup() {
  set +e
  q -d "$cron_db" -c "SELECT cron.unschedule(jobid) FROM cron.job WHERE jobname LIKE 'backlog-%'" >/dev/null 2>&1
  q -d "$cron_db" -c "SET backlog.allow_drop = on" \
    -c "DELETE FROM backlog.escalation_log" -c "DELETE FROM backlog.escalation_runs" \
    -c "DELETE FROM backlog.escalation_rules" -c "DELETE FROM backlog.snapshots" -c "DELETE FROM backlog.alerts" \
    -c "DELETE FROM backlog.tickets" -c "DELETE FROM backlog.sync_watermarks" -c "DELETE FROM backlog.sync_unmapped" \
    -c "DELETE FROM backlog.sync_pending" -c "DROP SCHEMA IF EXISTS zendesk CASCADE" >/dev/null 2>&1
  [ $created_cron -eq 1 ] && q -d "$cron_db" -c "DROP EXTENSION pg_cron" >/dev/null 2>&1
  q -d postgres -c "DROP DATABASE IF EXISTS $other" -c "DROP DATABASE IF EXISTS $side" >/dev/null 2>&1
}
trap cleanup EXIT

[ "$(q -d postgres -c "SELECT count(*) FROM pg_database WHERE datname = '$cron_db'")" = 1 ] \
  || q -d postgres -c "CREATE DATABASE $cron_db"
q -d "$cron_db" -c "CREATE EXTENSION IF NOT EXISTS backlog"
if [ "$(q -d "$cron_db" -c "SELECT count(*) FROM pg_extension WHERE extname = 'pg_cron'")" = 0 ]; then
  q -d "$cron_db" -c "CREATE EXTENSION pg_cron"; created_cron=1
fi
q -d postgres -c "CREATE DATABASE $other" -c "CREATE DATABASE $side"
q -d "$other" -c "CREATE EXTENSION backlog"
q -d "$side" -c "CREATE EXTENSION backlog"

# The same store in both databases: 20 open tickets 4 days old (bucket 3-7d), a rule for them.
store="INSERT INTO backlog.tickets (id, subject, priority, status, created_at)
       SELECT g, 'ticket ' || g, 'normal', 'open', now() - interval '4 days' FROM generate_series(1, 20) g;
       INSERT INTO backlog.escalation_rules (rule, age_buckets, raise_priority, add_tag)
       VALUES ('aged', '{3-7d}', 'high', 'aged');"
# and a Zendesk schema for the sync job: three solved tickets (so the 20 stay the only open ones)
zendesk="CREATE SCHEMA zendesk;
         CREATE TABLE zendesk.ticket (id bigint, created_at timestamp, updated_at timestamp, subject text, status text);
         INSERT INTO zendesk.ticket SELECT g, now() - interval '2 days', now() - interval '1 day', 'synced ' || g, 'solved'
           FROM generate_series(1001, 1003) g;"
for db in "$cron_db" "$other"; do q -d "$db" -c "$store" -c "$zendesk"; done

# ---- 1. schedule: here, and for the other database from here ---------------------------------
q -d "$cron_db" -c "SELECT count(*) FROM backlog.schedule('* * * * *', '* * * * *', '* * * * *') WHERE jobid IS NOT NULL" >/dev/null
sql=$(q -d "$other" -c "SELECT string_agg(cron_sql, ' ') FROM backlog.schedule('* * * * *', '* * * * *', '* * * * *') WHERE jobid IS NULL" 2>"$BL_TMP/jobs_cron_warning_$$")
grep -q "pg_cron runs in database \"$cron_db\", not in \"$other\": nothing was scheduled" "$BL_TMP/jobs_cron_warning_$$" \
  || fail "no warning saying where to run the jobs: $(cat "$BL_TMP/jobs_cron_warning_$$")"
q -d "$cron_db" -c "$sql" >/dev/null
check "six jobs, three per database" "$cron_db:3 $other:3" \
  "$(q -d "$cron_db" -c "SELECT string_agg(database || ':' || n, ' ' ORDER BY database <> '$cron_db') FROM (SELECT database, count(*) n FROM cron.job WHERE jobname LIKE 'backlog-%' GROUP BY 1) j")"

# ---- 2. NOTIFY payloads (in a third database, no cron there) ---------------------------------
q -d "$side" -c "INSERT INTO backlog.tickets (id, subject, priority, status, created_at) VALUES (7, 'x', 'normal', 'open', now() - interval '5 days')" \
  -c "INSERT INTO backlog.escalation_rules (rule, min_age, add_tag, notify_channel) VALUES ('old', '1 day', 'old', 'team_l2')"
out=$("$PGBIN/psql" -X -d "$side" -c "LISTEN team_l2" -c "LISTEN backlog_escalations" -c "SELECT count(*) FROM backlog.run_escalations()" 2>&1)
payload=$(printf '%s\n' "$out" | sed -n 's/^Asynchronous notification "team_l2" with payload "\(.*\)" received from server process with PID [0-9]*\.$/\1/p')
check "escalation payload" "old 7 {\"tag\": \"old\", \"notify\": \"team_l2\"}" \
  "$(q -d "$side" -c "SELECT (j->>'rule') || ' ' || (j->>'ticket_id') || ' ' || (j->'actions')::text FROM (SELECT \$j\$$payload\$j\$::jsonb j) x")"
summary=$(printf '%s\n' "$out" | sed -n 's/^Asynchronous notification "backlog_escalations" with payload "\(.*\)" received from server process with PID [0-9]*\.$/\1/p')
check "escalation summary" "old 1 1" \
  "$(q -d "$side" -c "SELECT (j->>'rule') || ' ' || (j->>'tickets') || ' ' || (j->>'notified') FROM (SELECT \$j\$$summary\$j\$::jsonb j) x")"
# an alert fires once, with its figures, and again only after it has cleared
q -d "$side" -c "UPDATE backlog.alert_rules SET enabled = (rule = 'open-tickets'), threshold = CASE WHEN rule = 'open-tickets' THEN 0 ELSE threshold END"
listen_snapshot() {
  "$PGBIN/psql" -X -d "$side" -c "LISTEN backlog_alerts" -c "SELECT day FROM backlog.take_snapshot()" 2>&1 \
    | sed -n 's/^Asynchronous notification "backlog_alerts" with payload "\(.*\)" received from server process with PID [0-9]*\.$/\1/p'
}
a1=$(listen_snapshot)
check "alert payload" "open-tickets open_tickets 1" \
  "$(q -d "$side" -c "SELECT (j->>'rule') || ' ' || (j->>'kind') || ' ' || (j->'figures'->>'open_tickets') FROM (SELECT \$j\$$a1\$j\$::jsonb j) x")"
check "alert not sent twice" "" "$(listen_snapshot)"
q -d "$side" -c "UPDATE backlog.tickets SET status = 'solved', solved_at = now()"
check "alert cleared, nothing sent" "" "$(listen_snapshot)"
q -d "$side" -c "UPDATE backlog.tickets SET status = 'open', solved_at = NULL"
check "alert sent again after clearing" "1" "$(listen_snapshot | wc -l)"
check "alerts: one cleared, one open" "1 1" \
  "$(q -d "$side" -c "SELECT count(*) FILTER (WHERE cleared_at IS NOT NULL) || ' ' || count(*) FILTER (WHERE cleared_at IS NULL) FROM backlog.alerts")"

# ---- 3. a run killed in the middle leaves nothing half done ----------------------------------
# 300 tickets; a user trigger sleeps on the 150th update, so the run is mid-way when killed.
q -d "$side" <<'SQL'
INSERT INTO backlog.tickets (id, subject, priority, status, created_at)
SELECT g, 'ticket ' || g, 'normal', 'open', now() - interval '4 days' FROM generate_series(100, 399) g;
INSERT INTO backlog.escalation_rules (rule, age_buckets, raise_priority, add_tag) VALUES ('aged', '{3-7d}', 'high', 'aged');
CREATE FUNCTION public.slow_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id = 250 THEN PERFORM pg_sleep(60); END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER slow_update BEFORE UPDATE ON backlog.tickets FOR EACH ROW EXECUTE FUNCTION public.slow_update();
SQL
state="SELECT (SELECT count(*) FROM backlog.escalation_log) || ' ' || (SELECT count(*) FROM backlog.escalation_runs)
       || ' ' || (SELECT count(*) FROM backlog.ticket_events) || ' ' || (SELECT md5(string_agg(t::text, ',' ORDER BY id)) FROM backlog.tickets t)"
before=$(q -d "$side" -c "$state")
"$PGBIN/psql" -X -d "$side" -c "SELECT count(*) FROM backlog.run_escalations()" >"$BL_TMP/jobs_kill_$$.log" 2>&1 &
bg=$!
pid=""
for _ in $(seq 1 200); do
  pid=$(q -d "$side" -c "SELECT pid FROM pg_stat_activity WHERE datname = '$side' AND wait_event = 'PgSleep' AND query LIKE '%run_escalations%'")
  [ -n "$pid" ] && break
  sleep 0.1
done
[ -n "$pid" ] || fail "the run never reached the sleeping trigger"
check "terminated" t "$(q -d "$side" -c "SELECT pg_terminate_backend($pid, 10000)")"
wait $bg || true
grep -q "terminating connection" "$BL_TMP/jobs_kill_$$.log" || fail "run was not killed: $(cat "$BL_TMP/jobs_kill_$$.log")"
check "killed run left nothing" "$before" "$(q -d "$side" -c "$state")"
q -d "$side" -c "DROP TRIGGER slow_update ON backlog.tickets"
check "the next run does it all (the 300 and ticket 7)" "301" "$(q -d "$side" -c "SELECT count(*) FROM backlog.run_escalations() WHERE rule = 'aged' AND action = 'tag'")"

# ---- 1, continued: wait for pg_cron (a minute at most, plus its start) -------------------------
done_in() {  # snapshot rows, escalated tickets and synced tickets in a database
  q -d "$1" -c "SELECT (SELECT count(*) FROM backlog.snapshots) || ' ' || (SELECT count(DISTINCT ticket_id) FROM backlog.escalation_log)
                       || ' ' || (SELECT count(*) FROM backlog.tickets WHERE id > 1000)"
}
for _ in $(seq 1 100); do
  [ "$(done_in "$cron_db")" = "1 20 3" ] && [ "$(done_in "$other")" = "1 20 3" ] && break
  sleep 1
done
for db in "$cron_db" "$other"; do
  check "$db: one snapshot, 20 escalated tickets, 3 synced tickets" "1 20 3" "$(done_in "$db")"
  check "$db: synced tickets solved, with their subjects, watermark kept" "3 synced 1001,synced 1002,synced 1003 1" \
    "$(q -d "$db" -c "SELECT count(*) FILTER (WHERE status = 'solved') || ' ' || string_agg(subject, ',' ORDER BY id) || ' ' || (SELECT count(*) FROM backlog.sync_watermarks WHERE source = 'zendesk')
                      FROM backlog.tickets WHERE id > 1000")"
  check "$db: snapshot of today, 20 open" "true 20" \
    "$(q -d "$db" -c "SELECT (day = backlog.snapshot_day(now())) || ' ' || open_tickets FROM backlog.health_history")"
  check "$db: tickets escalated once" "20" \
    "$(q -d "$db" -c "SELECT count(*) FROM backlog.tickets WHERE priority = 'high' AND tags = '{aged}'")"
done
check "pg_cron recorded the runs as succeeded" "t" \
  "$(q -d "$cron_db" -c "SELECT bool_and(d.status = 'succeeded') AND count(DISTINCT j.database) = 2 FROM cron.job_run_details d JOIN cron.job j USING (jobid) WHERE j.jobname LIKE 'backlog-%' AND d.status <> 'running'")"
# the sync job's command returns the sources that failed: none
check "sync runs in both databases, no source failed" "$cron_db:0 rows $other:0 rows" \
  "$(q -d "$cron_db" -c "SELECT string_agg(DISTINCT j.database || ':' || d.return_message, ' ') FROM cron.job_run_details d JOIN cron.job j USING (jobid) WHERE j.jobname LIKE 'backlog-sync:%' AND d.status = 'succeeded'")"

# ---- unschedule, here and there ---------------------------------------------------------------
check "unscheduled here" "3" "$(q -d "$cron_db" -c "SELECT count(*) FROM backlog.unschedule()")"
q -d "$cron_db" -c "$(q -d "$other" -c "SELECT string_agg(cron_sql, ' ') FROM backlog.unschedule()" 2>/dev/null)" >/dev/null
check "no jobs left" "0" "$(q -d "$cron_db" -c "SELECT count(*) FROM cron.job WHERE jobname LIKE 'backlog-%'")"
echo "jobs_cron: all checks passed"

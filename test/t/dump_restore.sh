#!/usr/bin/env bash
# pg_dump of a database holding tickets, events, an added status, an edited seed status and the
# user's own duplicate terms and intents
# restores into a fresh database, where CREATE EXTENSION runs first, with every row intact and
# no invented history. Runs against the test cluster (PGHOST, PGPORT, PGUSER set by test/run.sh).
set -euo pipefail
psql_() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -At "$@"; }
src=dump_src_$$; dst=dump_dst_$$; out=$BL_TMP/dump_$$.dump
cleanup() { psql_ -d postgres -c "DROP DATABASE IF EXISTS $src" -c "DROP DATABASE IF EXISTS $dst" >/dev/null 2>&1 || true; rm -f "$out"; }
trap cleanup EXIT

psql_ -d postgres -c "CREATE DATABASE $src" -c "CREATE DATABASE $dst"
psql_ -d "$src" <<'SQL'
CREATE EXTENSION backlog;
-- an added status and an edited seed (pending becomes running)
INSERT INTO backlog.statuses VALUES ('waiting_vendor', true, 'paused', 'vendor');
UPDATE backlog.statuses SET clock = 'running', waiting_on = 'agent' WHERE status = 'pending';
INSERT INTO backlog.tickets (id, subject, body, account, priority, created_at, tags)
SELECT g, 'subject ' || g, repeat('body ', g % 7), 'acct' || (g % 13), 'normal',
       timestamptz '2026-01-01 00:00+00' + g * interval '1 hour', ARRAY['t' || (g % 3)]
  FROM generate_series(1, 500) g;
-- history through the trigger (status changes) and direct inserts (replies)
UPDATE backlog.tickets SET status = 'open', updated_at = created_at + interval '10 min' WHERE id % 2 = 0;
UPDATE backlog.tickets SET status = 'waiting_vendor', updated_at = created_at + interval '1 hour' WHERE id % 10 = 0;
INSERT INTO backlog.ticket_events SELECT id, created_at + interval '5 min', 'agent_reply', NULL
  FROM backlog.tickets WHERE id % 3 = 0;
UPDATE backlog.tickets SET merged_into = 1 WHERE id = 2;
-- the user's own duplicate-detection vocabulary: a term and an intent phrase
INSERT INTO backlog.duplicate_terms (kind, name, phrase) VALUES ('module', 'Payroll', 'payroll module');
INSERT INTO backlog.duplicate_intents (intent, phrase) VALUES ('refund', 'chargeback');
SQL
"$PGBIN/pg_dump" -Fc -d "$src" -f "$out"
"$PGBIN/pg_restore" --exit-on-error -d "$dst" "$out"

q="SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM backlog.tickets t"
qe="SELECT md5(string_agg(e::text, '|' ORDER BY e::text)) FROM backlog.ticket_events e"
qs="SELECT string_agg(s::text, '|' ORDER BY s.status) FROM backlog.statuses s"
qt="SELECT md5(string_agg(d::text, '|' ORDER BY d::text)) || ' ' || count(*) FROM backlog.duplicate_terms d"
qi="SELECT md5(string_agg(d::text, '|' ORDER BY d::text)) || ' ' || count(*) FROM backlog.duplicate_intents d"
for query in "$q" "$qe" "$qs" "$qt" "$qi" "SELECT count(*) FROM backlog.tickets" "SELECT count(*) FROM backlog.ticket_events"; do
  a=$(psql_ -d "$src" -c "$query"); b=$(psql_ -d "$dst" -c "$query")
  if [ "$a" != "$b" ]; then echo "MISMATCH after restore: $query"; echo " source:   $a"; echo " restored: $b"; exit 1; fi
  echo "same: $query -> $a"
done
# sanity: the data set is what we think (500 tickets; events: 250 + 250 initial... counted)
n=$(psql_ -d "$dst" -c "SELECT count(*) FROM backlog.tickets"); [ "$n" = 500 ] || { echo "expected 500 tickets, got $n"; exit 1; }
# 250 even tickets: 'new' at created_at + 'open' = 500 events; 50 tickets %10: + 'waiting_vendor' = 50;
# 166 agent replies (id % 3 = 0 for 1..500) -> 716
n=$(psql_ -d "$dst" -c "SELECT count(*) FROM backlog.ticket_events"); [ "$n" = 716 ] || { echo "expected 716 events, got $n"; exit 1; }
p=$(psql_ -d "$dst" -c "SELECT clock FROM backlog.statuses WHERE status = 'pending'"); [ "$p" = running ] || { echo "edited seed lost: $p"; exit 1; }
# the restored database is a working one: a status change still records history
psql_ -d "$dst" -c "UPDATE backlog.tickets SET status = 'solved' WHERE id = 4"
n=$(psql_ -d "$dst" -c "SELECT count(*) FROM backlog.ticket_events WHERE ticket_id = 4 AND kind = 'status'"); [ "$n" = 3 ] || { echo "trigger after restore: $n status events for ticket 4"; exit 1; }
echo "dump and restore: ok"

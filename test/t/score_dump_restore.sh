#!/usr/bin/env bash
# pg_dump of a database whose scoring configuration was edited (weights, a cap, tier boundaries
# moved together, a matrix cell, an edited and an added rule, an added account tier, contract
# values) restores into a fresh database, where CREATE EXTENSION runs first, with the same
# configuration and the same queue. Runs against the test cluster (see test/run.sh).
set -euo pipefail
psql_() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -At "$@"; }
src=score_src_$$; dst=score_dst_$$; out=$BL_TMP/score_$$.dump
cleanup() { psql_ -d postgres -c "DROP DATABASE IF EXISTS $src" -c "DROP DATABASE IF EXISTS $dst" >/dev/null 2>&1 || true; rm -f "$out"; }
trap cleanup EXIT

psql_ -d postgres -c "CREATE DATABASE $src" -c "CREATE DATABASE $dst"
psql_ -d "$src" <<'SQL'
CREATE EXTENSION backlog;
UPDATE backlog.score_factors SET weight = 8, cap = 24 WHERE factor = 'repeat_contacts';
UPDATE backlog.score_factors SET weight = 0 WHERE factor = 'contract_value';
UPDATE backlog.score_tiers SET min_score = CASE tier WHEN 'critical' THEN 120 WHEN 'high' THEN 60
                                                     WHEN 'normal' THEN 30 ELSE 0 END;
UPDATE backlog.priority_matrix SET points = 52 WHERE impact = 'high' AND urgency = 'high';
UPDATE backlog.score_rules SET impact = 'critical' WHERE source = 'category' AND value = 'billing';
INSERT INTO backlog.score_rules VALUES ('tag', 'VIP', NULL, 'high');
INSERT INTO backlog.score_account_tiers VALUES ('platinum', 22);
INSERT INTO backlog.account_values VALUES ('acct1', 250000), ('acct2', 1000);
INSERT INTO backlog.tickets (id, account, account_tier, category, priority, tags, created_at)
SELECT g, 'acct' || (g % 5), (ARRAY['platinum', 'enterprise', 'free'])[1 + g % 3],
       (ARRAY['billing', 'bug', 'how-to'])[1 + g % 3], 'normal',
       CASE WHEN g % 4 = 0 THEN ARRAY['vip'] END,
       timestamptz '2026-01-01 00:00+00' + g * interval '1 hour'
  FROM generate_series(1, 200) g;
INSERT INTO backlog.ticket_events SELECT id, created_at + interval '2 hours', 'customer_reply', NULL
  FROM backlog.tickets WHERE id % 3 = 0;
SQL
"$PGBIN/pg_dump" -Fc -d "$src" -f "$out"
"$PGBIN/pg_restore" --exit-on-error -d "$dst" "$out"

for query in \
  "SELECT backlog.score_config()" \
  "SELECT string_agg(m::text, '|' ORDER BY m::text) FROM backlog.priority_matrix m" \
  "SELECT string_agg(r::text, '|' ORDER BY r::text) FROM backlog.score_rules r" \
  "SELECT string_agg(a::text, '|' ORDER BY a::text) FROM backlog.score_account_tiers a" \
  "SELECT string_agg(a::text, '|' ORDER BY a::text) FROM backlog.account_values a" \
  "SELECT md5(string_agg(q.id || ' ' || q.score || ' ' || q.tier || ' ' || q.score_reasons, '|')) || ' ' || count(*) FROM backlog.queue_at('2026-01-10 12:00') q"; do
  a=$(psql_ -d "$src" -c "$query"); b=$(psql_ -d "$dst" -c "$query")
  if [ "$a" != "$b" ]; then echo "MISMATCH after restore: $query"; echo " source:   $a"; echo " restored: $b"; exit 1; fi
  echo "same: $query -> ${a:0:100}"
done
# the edits are really there (so "same" above is not the seeds twice)
c=$(psql_ -d "$dst" -c "SELECT min_score FROM backlog.score_tiers WHERE tier = 'critical'")
[ "$c" = 120 ] || { echo "edited tier boundary lost: $c"; exit 1; }
c=$(psql_ -d "$dst" -c "SELECT urgency FROM backlog.score_rules WHERE source = 'tag' AND value = 'vip'")
[ "$c" = high ] || { echo "added rule lost: $c"; exit 1; }
c=$(psql_ -d "$dst" -c "SELECT count(*) FROM backlog.score_factors")
[ "$c" = 10 ] || { echo "expected 10 score factors, got $c"; exit 1; }
echo "score configuration dump and restore: ok"

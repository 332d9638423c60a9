#!/usr/bin/env bash
# demo_generator: loads a small deterministic demo data set into the test cluster and checks
# what a support lead would take for granted about it. Each check is one SQL condition; the
# first that is false stops the run with its name (exit status non-zero).
#
#   determinism   two runs with the same arguments give byte-identical tickets and events, even
#                 from a session in another time zone; another seed gives other data
#   history       every ticket's status events start with 'new' at created_at, change status
#                 at every step, only along the life cycle's edges, and end in tickets.status
#   columns       first_response_at, solved_at, updated_at, assignee, team, priority and
#                 merged_into are what the events say
#   shape         Pareto categories, weekday/weekend and Monday arrival, priority mix, backlog
#                 age, reopens, repeat contacts, zombies, the incident, duplicates, languages
#
# Runs against the cluster test/run.sh started (PGHOST, PGPORT, PGUSER, PGBIN, BL_ROOT).
set -euo pipefail
: "${PGBIN:?}" "${BL_ROOT:?}"
DB=demo_generator
PSQL=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$DB")

PGOPTIONS="-c client_min_messages=warning" "$PGBIN/psql" -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
"${PSQL[@]}" -c "CREATE EXTENSION backlog"
"${PSQL[@]}" -f "$BL_ROOT/demo/generator.sql" >/dev/null

# The fixed data set: 3,000 tickets over 60 days up to a fixed end, seed 7.
ARGS="3000, 60, 7, '2026-11-02 12:00+00'"

fingerprint() {  # md5 of every ticket and event, rendered in one fixed time zone and style
  "${PSQL[@]}" -At -c "SET TimeZone = 'UTC'" -c "SET DateStyle = 'ISO, YMD'" -c "SET extra_float_digits = 1" -c "
    SELECT md5((SELECT string_agg(t::text, E'\n' ORDER BY t.id) FROM backlog.tickets t)
            || (SELECT string_agg(e::text, E'\n' ORDER BY e.ticket_id, e.at, e.kind, e.value) FROM backlog.ticket_events e)
            || (SELECT string_agg(r::text, E'\n' ORDER BY r.ticket_id) FROM backlog_demo.ticket_truth r))"
}

started=$(date +%s)
"${PSQL[@]}" -c "SELECT * FROM backlog_demo.generate($ARGS)" >/dev/null
first=$(fingerprint)

# Refuses a store that is not empty, and says how to replace it.
state=$("${PSQL[@]}" -At -c "
  DO \$\$ BEGIN PERFORM backlog_demo.generate($ARGS); RAISE 'no error';
  EXCEPTION WHEN object_not_in_prerequisite_state THEN RAISE NOTICE 'refused'; END \$\$" 2>&1)
case "$state" in *refused*) echo "ok: refuses a non-empty ticket store" ;;
  *) echo "FAILED: generate() on a non-empty store: $state"; exit 1 ;; esac

# Same arguments from a session in another time zone: identical bytes.
"${PSQL[@]}" -c "SET TimeZone = 'Asia/Kolkata'" -c "SELECT * FROM backlog_demo.generate($ARGS, replace => true)" >/dev/null
second=$(fingerprint)
[ "$first" = "$second" ] || { echo "FAILED: determinism: $first <> $second"; exit 1; }
echo "ok: determinism ($first)"

# A different seed gives different data (else the seed would not be used).
"${PSQL[@]}" -c "SELECT * FROM backlog_demo.generate(3000, 60, 8, '2026-11-02 12:00+00', replace => true)" >/dev/null
[ "$(fingerprint)" != "$first" ] || { echo "FAILED: seed 8 gives the same data as seed 7"; exit 1; }
echo "ok: another seed gives other data"
"${PSQL[@]}" -c "SELECT * FROM backlog_demo.generate($ARGS, replace => true)" >/dev/null
[ "$(fingerprint)" = "$first" ] || { echo "FAILED: regenerating seed 7 differs"; exit 1; }

# Bad arguments are errors with the SQLSTATE for an invalid parameter.
for bad in "10, 60, 7" "3000, 7, 7" "3000, 60, 7, 'infinity'"; do
  code=$("${PSQL[@]}" -At -c "
    DO \$\$ BEGIN PERFORM backlog_demo.generate($bad, replace => true); RAISE 'no error';
    EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'sqlstate %', SQLSTATE; END \$\$" 2>&1)
  case "$code" in *"sqlstate 22023"*) echo "ok: generate($bad) -> 22023" ;;
    *) echo "FAILED: generate($bad): $code"; exit 1 ;; esac
done

# ---- invariants ------------------------------------------------------------------------------
"${PSQL[@]}" <<'SQL'
SET TimeZone = 'UTC';
\set VERBOSITY terse
CREATE FUNCTION pg_temp.check(name text, ok boolean, detail text DEFAULT '') RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    IF ok IS NOT TRUE THEN
        RAISE EXCEPTION 'FAILED: % %', name, detail;
    END IF;
    RETURN 'ok: ' || name;
END $$;
\pset tuples_only on
\pset format unaligned

CREATE TEMP TABLE st AS
SELECT e.ticket_id, e.at, e.value,
       lag(e.value) OVER w AS prev, row_number() OVER w AS k,
       count(*) OVER (PARTITION BY e.ticket_id) AS n
  FROM backlog.ticket_events e WHERE e.kind = 'status'
WINDOW w AS (PARTITION BY e.ticket_id ORDER BY e.at, e.ctid);
CREATE TEMP TABLE r AS SELECT * FROM backlog_demo.runs;

-- ---- sizes and the truth table
SELECT pg_temp.check('3,000 tickets', (SELECT count(*) FROM backlog.tickets) = 3000);
SELECT pg_temp.check('truth covers every ticket, and nothing else',
       (SELECT count(*) FROM backlog.tickets t FULL JOIN backlog_demo.ticket_truth x ON x.ticket_id = t.id
         WHERE t.id IS NULL OR x.ticket_id IS NULL) = 0);
SELECT pg_temp.check('every issue_id is a ticket of its own issue',
       NOT EXISTS (SELECT 1 FROM backlog_demo.ticket_truth x
                    WHERE NOT EXISTS (SELECT 1 FROM backlog_demo.ticket_truth o
                                       WHERE o.ticket_id = x.issue_id AND o.issue_id = x.issue_id)));

-- ---- status history
SELECT pg_temp.check('every ticket has a status history starting with new at created_at',
       NOT EXISTS (SELECT 1 FROM backlog.tickets t LEFT JOIN st ON st.ticket_id = t.id AND st.k = 1
                    WHERE st.value IS DISTINCT FROM 'new' OR st.at IS DISTINCT FROM t.created_at));
SELECT pg_temp.check('the last status event is the current status',
       NOT EXISTS (SELECT 1 FROM backlog.tickets t JOIN st ON st.ticket_id = t.id AND st.k = st.n
                    WHERE st.value <> t.status));
SELECT pg_temp.check('every status event changes the status, along the life cycle''s edges',
       NOT EXISTS (SELECT 1 FROM st WHERE st.k > 1 AND (st.prev, st.value) NOT IN (
           ('new', 'open'), ('new', 'pending'), ('new', 'on_hold'), ('new', 'solved'), ('new', 'closed'),
           ('open', 'pending'), ('open', 'on_hold'), ('open', 'solved'), ('open', 'closed'),
           ('pending', 'open'), ('pending', 'solved'), ('on_hold', 'open'),
           ('solved', 'open'), ('solved', 'closed'))));
SELECT pg_temp.check('no event before created_at or after end_at',
       NOT EXISTS (SELECT 1 FROM backlog.ticket_events e JOIN backlog.tickets t ON t.id = e.ticket_id, r
                    WHERE e.at < t.created_at OR e.at > r.end_at));
SELECT pg_temp.check('every status is a known one, every ticket within the period',
       NOT EXISTS (SELECT 1 FROM backlog.tickets t, r WHERE t.status NOT IN (SELECT status FROM backlog.statuses)
                                                         OR t.created_at < r.start_at - interval '1 hour' OR t.created_at >= r.end_at));

-- ---- columns agree with the events
SELECT pg_temp.check('solved and closed tickets have solved_at, open ones do not',
       NOT EXISTS (SELECT 1 FROM backlog.tickets t JOIN backlog.statuses s USING (status)
                    WHERE (s.clock = 'stopped') <> (t.solved_at IS NOT NULL)));
SELECT pg_temp.check('solved_at is the last solve (or the close of a merged ticket)',
       NOT EXISTS (SELECT 1 FROM backlog.tickets t
                    WHERE t.solved_at IS DISTINCT FROM
                          CASE WHEN t.status IN ('solved', 'closed') THEN coalesce(
                              (SELECT max(at) FROM st WHERE st.ticket_id = t.id AND st.value = 'solved'),
                              (SELECT max(at) FROM st WHERE st.ticket_id = t.id AND st.value = 'closed')) END));
SELECT pg_temp.check('first_response_at is the first agent_reply event',
       NOT EXISTS (SELECT 1 FROM backlog.tickets t
                    WHERE t.first_response_at IS DISTINCT FROM
                          (SELECT min(e.at) FROM backlog.ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'agent_reply')));
SELECT pg_temp.check('updated_at is the last event',
       NOT EXISTS (SELECT 1 FROM backlog.tickets t
                    WHERE t.updated_at IS DISTINCT FROM (SELECT max(e.at) FROM backlog.ticket_events e WHERE e.ticket_id = t.id)));
SELECT pg_temp.check('assignee is the last assign event, team the assignee''s team',
       NOT EXISTS (SELECT 1 FROM backlog.tickets t LEFT JOIN backlog_demo.agents a ON a.agent = t.assignee
                    WHERE t.assignee IS DISTINCT FROM (SELECT e.value FROM backlog.ticket_events e
                                                        WHERE e.ticket_id = t.id AND e.kind = 'assign'
                                                        ORDER BY e.at DESC, e.ctid DESC LIMIT 1)
                       OR (t.assignee IS NOT NULL AND a.team IS DISTINCT FROM t.team)));
SELECT pg_temp.check('a priority event leaves the ticket at that priority',
       NOT EXISTS (SELECT 1 FROM backlog.tickets t JOIN LATERAL (
                        SELECT e.value FROM backlog.ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'priority'
                         ORDER BY e.at DESC LIMIT 1) p ON true WHERE p.value <> t.priority));
SELECT pg_temp.check('merged tickets are closed duplicates of the same issue, merged into an earlier ticket',
       (SELECT count(*) FROM backlog.tickets WHERE merged_into IS NOT NULL) > 0
       AND NOT EXISTS (SELECT 1 FROM backlog.tickets t
                         JOIN backlog_demo.ticket_truth a ON a.ticket_id = t.id
                         JOIN backlog_demo.ticket_truth b ON b.ticket_id = t.merged_into
                         JOIN backlog.tickets m ON m.id = t.merged_into
                        WHERE t.status <> 'closed' OR a.issue_id <> b.issue_id OR m.created_at > t.created_at
                           OR a.kind NOT IN ('repeat_same_account', 'colleague_same_account')));

-- ---- the shape of the work
-- Categories: Pareto, each within 4 points of its target share (3,000 tickets: one standard
-- deviation is under 1 point), the top three at least 60%.
SELECT pg_temp.check('category mix is Pareto-like',
       NOT EXISTS (SELECT 1 FROM (SELECT category, count(*)::float8 / sum(count(*)) OVER () AS share
                                    FROM backlog.tickets GROUP BY category) s
                     JOIN backlog_demo.categories c USING (category)
                    WHERE abs(s.share - c.share) > 0.04)
       AND (SELECT sum(share) FROM (SELECT count(*)::float8 / sum(count(*)) OVER () AS share FROM backlog.tickets
                                     GROUP BY category ORDER BY 1 DESC LIMIT 3) s) >= 0.6);
SELECT pg_temp.check('priorities skewed: urgent 1-6%, high 10-22%, normal the bulk',
       (SELECT count(*) FILTER (WHERE priority = 'urgent')::float8 / count(*) BETWEEN 0.01 AND 0.06
           AND count(*) FILTER (WHERE priority = 'high')::float8 / count(*) BETWEEN 0.10 AND 0.22
           AND count(*) FILTER (WHERE priority = 'normal')::float8 / count(*) BETWEEN 0.45 AND 0.70
          FROM backlog.tickets));
-- Whole days only (the first and last are partial), by the UTC calendar.
CREATE TEMP TABLE days AS
SELECT d::date AS day, extract(isodow FROM d) AS dow,
       (SELECT count(*) FROM backlog.tickets t WHERE t.created_at >= d AND t.created_at < d + interval '1 day') AS n
  FROM r, generate_series(date_trunc('day', r.start_at) + interval '1 day', date_trunc('day', r.end_at) - interval '1 day', interval '1 day') d;
SELECT pg_temp.check('weekends are quieter: a weekday has 3-5 times a weekend day''s tickets',
       (SELECT avg(n) FILTER (WHERE dow < 6) / avg(n) FILTER (WHERE dow >= 6) FROM days) BETWEEN 3 AND 5,
       (SELECT round(avg(n) FILTER (WHERE dow < 6) / avg(n) FILTER (WHERE dow >= 6), 2)::text FROM days));
SELECT pg_temp.check('Mondays are 20-60% busier than Tuesday-Friday',
       (SELECT avg(n) FILTER (WHERE dow = 1) / avg(n) FILTER (WHERE dow BETWEEN 2 AND 5) FROM days) BETWEEN 1.2 AND 1.6,
       (SELECT round(avg(n) FILTER (WHERE dow = 1) / avg(n) FILTER (WHERE dow BETWEEN 2 AND 5), 2)::text FROM days));
SELECT pg_temp.check('the day peaks in business hours: 09-17 local has most tickets',
       (SELECT count(*) FILTER (WHERE extract(hour FROM t.created_at AT TIME ZONE a.time_zone) BETWEEN 9 AND 16)::float8 / count(*)
          FROM backlog.tickets t JOIN backlog_demo.accounts a USING (account)) > 0.55);
SELECT pg_temp.check('bigger accounts write more: enterprise accounts average 5x a free account''s tickets',
       (SELECT avg(n) FILTER (WHERE tier = 'enterprise') / avg(n) FILTER (WHERE tier = 'free')
          FROM (SELECT a.tier, count(t.id) AS n FROM backlog_demo.accounts a LEFT JOIN backlog.tickets t USING (account)
                 GROUP BY a.account, a.tier) s) > 5);
SELECT pg_temp.check('requesters write from the account''s domain (free accounts from web mail)',
       NOT EXISTS (SELECT 1 FROM backlog.tickets t JOIN backlog_demo.accounts a USING (account)
                    WHERE t.account_tier <> a.tier
                       OR (a.tier <> 'free' AND t.requester NOT LIKE '%@' || a.domain)
                       OR (a.tier = 'free' AND t.requester !~ '@(gmail|outlook|yahoo|icloud|hotmail)\.com$')));
SELECT pg_temp.check('recent work is open, old work is closed: open share 2-10%, 60% of the last day open, 95% of the >30-day-old stopped',
       (SELECT count(*) FILTER (WHERE s.is_open)::float8 / count(*) BETWEEN 0.02 AND 0.10
          FROM backlog.tickets t JOIN backlog.statuses s USING (status))
       AND (SELECT count(*) FILTER (WHERE s.is_open)::float8 / count(*) > 0.6
              FROM backlog.tickets t JOIN backlog.statuses s USING (status), r WHERE t.created_at > r.end_at - interval '1 day')
       AND (SELECT count(*) FILTER (WHERE NOT s.is_open)::float8 / count(*) > 0.95
              FROM backlog.tickets t JOIN backlog.statuses s USING (status), r WHERE t.created_at < r.end_at - interval '30 days'));
SELECT pg_temp.check('an aging tail: open tickets older than 14 days exist',
       (SELECT count(*) FROM backlog.tickets t JOIN backlog.statuses s USING (status), r
         WHERE s.is_open AND t.created_at < r.end_at - interval '14 days') >= 5);
SELECT pg_temp.check('unowned zombies: open, no assignee, untouched for two weeks, 1-10% of the open backlog',
       (SELECT count(*) FILTER (WHERE t.assignee IS NULL AND t.updated_at < r.end_at - interval '14 days')::float8 / count(*)
          FROM backlog.tickets t JOIN backlog.statuses s USING (status), r WHERE s.is_open) BETWEEN 0.01 AND 0.10);
SELECT pg_temp.check('every life-cycle status is in use, pending and on hold among the open',
       (SELECT count(DISTINCT status) FROM backlog.tickets) = 6);
SELECT pg_temp.check('on hold is for bugs, integrations and billing',
       NOT EXISTS (SELECT 1 FROM st JOIN backlog.tickets t ON t.id = st.ticket_id
                    WHERE st.value = 'on_hold' AND t.category NOT IN ('bug', 'integrations', 'billing')));
SELECT pg_temp.check('reopens (solved, then open again): 4-15% of solved tickets',
       (SELECT count(DISTINCT ticket_id) FILTER (WHERE prev = 'solved' AND value = 'open')::float8
               / count(DISTINCT ticket_id) FILTER (WHERE value = 'solved') FROM st) BETWEEN 0.04 AND 0.15);
SELECT pg_temp.check('customers chase: "any update?" replies while new or on hold on 5%+ of tickets',
       (SELECT count(DISTINCT e.ticket_id)::float8 / 3000 FROM backlog.ticket_events e
         WHERE e.kind = 'customer_reply'
           AND (SELECT st.value FROM st WHERE st.ticket_id = e.ticket_id AND st.at <= e.at
                 ORDER BY st.at DESC, st.k DESC LIMIT 1) IN ('new', 'on_hold')) > 0.05);
SELECT pg_temp.check('first replies come later for low than for urgent priority (median)',
       (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_response_at - created_at))
          FROM backlog.tickets WHERE priority = 'low' AND channel = 'email')
     > 3 * (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_response_at - created_at))
              FROM backlog.tickets WHERE priority = 'urgent' AND channel = 'email'));

-- ---- the incident
SELECT pg_temp.check('the incident: 1% of tickets, billing, one issue, many accounts, within 4 days in the last 3 weeks',
       (SELECT count(*) = 30
               AND count(DISTINCT x.issue_id) = 1
               AND bool_and(t.category = 'billing')
               AND count(DISTINCT t.account) >= 0.7 * count(*)
               AND max(t.created_at) - min(t.created_at) <= interval '4 days'
               AND min(t.created_at) >= (SELECT end_at - interval '21 days' FROM r)
          FROM backlog_demo.ticket_truth x JOIN backlog.tickets t ON t.id = x.ticket_id WHERE x.kind = 'incident'));
SELECT pg_temp.check('the incident floods the queue: its busiest day has more billing tickets than any other day',
       (SELECT day FROM (SELECT date_trunc('day', created_at) AS day, count(*) AS n FROM backlog.tickets
                          WHERE category = 'billing' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1) b)
       = (SELECT date_trunc('day', min(t.created_at)) FROM backlog.tickets t
           JOIN backlog_demo.ticket_truth x ON x.ticket_id = t.id WHERE x.kind = 'incident')
       OR (SELECT day FROM (SELECT date_trunc('day', created_at) AS day, count(*) AS n FROM backlog.tickets
                             WHERE category = 'billing' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1) b)
          BETWEEN (SELECT incident_start - interval '1 day' FROM r) AND (SELECT incident_start + interval '2 days' FROM r));

-- ---- duplicates
SELECT pg_temp.check('8-12% of tickets are duplicates, of all three kinds',
       (SELECT count(*) FILTER (WHERE kind IN ('repeat_same_account', 'colleague_same_account', 'reworded_other_account'))::float8 / count(*)
          FROM backlog_demo.ticket_truth) BETWEEN 0.08 AND 0.12
       AND (SELECT count(DISTINCT kind) FROM backlog_demo.ticket_truth) = 7);
SELECT pg_temp.check('a duplicate comes after its original: same requester, same account, or another account, within 3 weeks',
       NOT EXISTS (SELECT 1 FROM backlog_demo.ticket_truth x
                     JOIN backlog.tickets d ON d.id = x.ticket_id
                     JOIN backlog.tickets o ON o.id = x.duplicate_of
                    WHERE x.kind IN ('repeat_same_account', 'colleague_same_account', 'reworded_other_account')
                      AND (d.created_at < o.created_at OR d.created_at > o.created_at + interval '21 days'
                           OR d.category <> o.category
                           OR (x.kind = 'repeat_same_account' AND d.requester <> o.requester)
                           OR (x.kind = 'colleague_same_account' AND (d.requester = o.requester OR d.account <> o.account))
                           OR (x.kind = 'reworded_other_account' AND d.account = o.account))));
SELECT pg_temp.check('duplicates are reworded, not copies: no duplicate body equals its original''s',
       NOT EXISTS (SELECT 1 FROM backlog_demo.ticket_truth x JOIN backlog.tickets d ON d.id = x.ticket_id
                     JOIN backlog.tickets o ON o.id = x.duplicate_of
                    WHERE d.body = o.body));
SELECT pg_temp.check('a duplicate is of its original''s issue, and an independent report of an earlier one''s (same topic; same account for look-alike requests)',
       NOT EXISTS (SELECT 1 FROM backlog_demo.ticket_truth x JOIN backlog_demo.ticket_truth o ON o.ticket_id = x.duplicate_of
                    WHERE o.issue_id <> x.issue_id)
       -- every billing topic is an account-specific request (the incident aside)
       AND (SELECT bool_and(lookalike) FROM backlog_demo.topics WHERE category = 'billing')
       AND NOT EXISTS (SELECT 1 FROM backlog_demo.ticket_truth x
                         JOIN backlog.tickets d ON d.id = x.ticket_id JOIN backlog.tickets o ON o.id = x.issue_id
                        WHERE x.kind = 'independent_report'
                          AND (x.issue_id >= x.ticket_id OR d.category <> o.category
                               OR (d.category = 'billing' AND d.account <> o.account)))
       AND (SELECT count(*) FROM backlog_demo.ticket_truth WHERE kind = 'independent_report') > 0);
SELECT pg_temp.check('look-alike requests: each its own issue, from several accounts with the same subject',
       NOT EXISTS (SELECT 1 FROM backlog_demo.ticket_truth WHERE kind = 'lookalike_account_request' AND issue_id <> ticket_id)
       AND (SELECT max(n) FROM (SELECT count(DISTINCT t.account) AS n FROM backlog.tickets t
                                  JOIN backlog_demo.ticket_truth x ON x.ticket_id = t.id
                                 WHERE x.kind = 'lookalike_account_request' GROUP BY t.subject) s) >= 10);

-- ---- texts
SELECT pg_temp.check('every ticket has a subject and a body',
       NOT EXISTS (SELECT 1 FROM backlog.tickets WHERE coalesce(subject, '') = '' OR coalesce(body, '') = '' OR body LIKE '%{%}%'));
SELECT pg_temp.check('e-mails carry greetings, signatures, disclaimers and quoted replies',
       (SELECT count(*) FILTER (WHERE body ~ E'\n> ') > 0 AND count(*) FILTER (WHERE body ~* 'confidential|vertraulich') > 0
               AND count(*) FILTER (WHERE body ~ '(Sent from|Von meinem|Envoyé de|Enviado d)') > 0
               AND count(*) FILTER (WHERE body ~ '(wrote:|schrieb|a écrit|escribió|escreveu|写道)') > 0
          FROM backlog.tickets WHERE channel = 'email'));
SELECT pg_temp.check('chats are transcripts with time stamps and speakers, web forms have footers',
       NOT EXISTS (SELECT 1 FROM backlog.tickets WHERE channel = 'chat' AND body !~ '^(Chat started|Offline message)')
       AND (SELECT count(*) FROM backlog.tickets WHERE channel = 'chat' AND body ~ E'\n\\[[0-9]{2}:[0-9]{2}\\] Kestrel Bot: ') > 0
       AND NOT EXISTS (SELECT 1 FROM backlog.tickets WHERE channel = 'web' AND body !~ 'Submitted via|web form'));
-- (only sub-issues with a translation are written in the account's language: 3-20%)
SELECT pg_temp.check('3-20% of tickets in other languages, German and Japanese or Chinese among them',
       (SELECT count(*) FILTER (WHERE tags && ARRAY['lang_de', 'lang_fr', 'lang_es', 'lang_pt', 'lang_ja', 'lang_zh'])::float8 / count(*)
          FROM backlog.tickets) BETWEEN 0.03 AND 0.20
       AND EXISTS (SELECT 1 FROM backlog.tickets WHERE 'lang_de' = ANY (tags) AND body ~ '(Hallo|Guten Tag|Grüße|Sehr geehrte)')
       AND EXISTS (SELECT 1 FROM backlog.tickets WHERE tags && ARRAY['lang_ja', 'lang_zh'] AND body ~ '[\u3040-\u30ff\u4e00-\u9fff]'));
SQL
echo "ok: all invariants hold ($(( $(date +%s) - started )) s)"
"$PGBIN/psql" -X -q -d postgres -c "DROP DATABASE $DB"

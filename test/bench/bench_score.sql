-- bench_score: backlog.queue over 1,000,000 open tickets (LIMIT 50 and the whole view), against
-- ordering the same tickets by a plain SQL CASE expression over the same inputs
-- (backlog.score_inputs_at, which both read), and the scoring alone over materialized inputs.
-- The SLA clocks and the history figures are stored first (refresh_ticket_clocks and
-- refresh_ticket_activity, what the escalation job does every 15 minutes), so the queue measures
-- stored inputs instead of replaying each ticket.
-- psql -v n=250000 runs it at another size.
SET client_min_messages = warning;
SET TimeZone = 'UTC';
\if :{?n}
\else
\set n 1000000
\endif

-- ---- data: n open tickets created over the last 60 days, ~4 events each ---------------------
-- (an empty store first: the benchmarks share one database)
BEGIN;
SET LOCAL backlog.allow_drop = on;
TRUNCATE backlog.ticket_events, backlog.escalation_log, backlog.escalation_runs, backlog.snapshots, backlog.alerts;
DELETE FROM backlog.ticket_fingerprints;
TRUNCATE backlog.tickets CASCADE;
DELETE FROM backlog.escalation_rules;
COMMIT;
SELECT setseed(0.13);
CREATE TEMP TABLE gen AS
SELECT i AS id,
       date_trunc('minute', now() - interval '10 minutes' - random() * interval '60 days') AS created_at,
       (ARRAY['urgent', 'high', 'normal', 'normal', 'low'])[1 + floor(random() * 5)::int] AS priority,
       (ARRAY['enterprise', 'business', 'starter', 'free', NULL])[1 + floor(random() * 5)::int] AS tier,
       (ARRAY['how-to', 'billing', 'login', 'bug', 'integrations', 'feature request'])[1 + floor(random() * 6)::int] AS category,
       CASE WHEN random() < 0.02 THEN ARRAY['outage'] WHEN random() < 0.1 THEN ARRAY['vip'] END AS tags,
       random() AS r1, random() AS r2, random() AS r3, random() AS r4
  FROM generate_series(1, :n) i;
SET session_replication_role = replica;
INSERT INTO backlog.tickets (id, subject, priority, account, account_tier, category, tags, status, assignee, team, created_at)
SELECT id, 'ticket ' || id, priority, 'acct' || (id % 20000), tier, category, tags,
       CASE WHEN r3 < 0.1 THEN 'on_hold' WHEN r1 < 0.7 THEN 'open' ELSE 'new' END,
       CASE WHEN r4 < 0.8 THEN 'agent' || (id % 300) END, 'team' || (id % 7), created_at
  FROM gen;
-- a first reply (70%) then pending, customer follow-ups, an internal hold (10%), a reopen (5%)
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
SELECT id, at, kind, value FROM (
          SELECT id, created_at AS at, 'status' AS kind, 'new' AS value FROM gen
UNION ALL SELECT id, created_at + (now() - created_at) * r2 * 0.2, 'agent_reply', NULL FROM gen WHERE r1 < 0.7
UNION ALL SELECT id, created_at + (now() - created_at) * r2 * 0.2, 'status', 'pending' FROM gen WHERE r1 < 0.7
UNION ALL SELECT id, created_at + (now() - created_at) * (0.2 + r2 * 0.3), 'customer_reply', NULL FROM gen WHERE r1 < 0.7
UNION ALL SELECT id, created_at + (now() - created_at) * (0.2 + r2 * 0.3), 'status', 'open' FROM gen WHERE r1 < 0.7
UNION ALL SELECT id, created_at + (now() - created_at) * (0.6 + r2 * 0.1), 'customer_reply', NULL FROM gen WHERE r1 < 0.3
UNION ALL SELECT id, created_at + (now() - created_at) * 0.8, 'status', 'on_hold' FROM gen WHERE r3 < 0.1
UNION ALL SELECT id, created_at + (now() - created_at) * 0.55, 'status', 'solved' FROM gen WHERE r1 < 0.7 AND r4 > 0.95
UNION ALL SELECT id, created_at + (now() - created_at) * 0.58, 'status', 'open' FROM gen WHERE r1 < 0.7 AND r4 > 0.95) x
 ORDER BY id, at;
RESET session_replication_role;
INSERT INTO backlog.account_values SELECT 'acct' || i, round((random() * 200000)::numeric, -2) FROM generate_series(0, 19999, 3) i;
DROP TABLE gen;
VACUUM ANALYZE backlog.tickets;
VACUUM ANALYZE backlog.ticket_events;
SELECT format('%s open tickets, %s events', (SELECT count(*) FROM backlog.tickets), (SELECT count(*) FROM backlog.ticket_events));
-- (each count in a statement of its own: one in the same statement would read the table as it
-- was before the refresh)
SELECT bench.time($$SELECT backlog.refresh_ticket_clocks()$$, 1) AS ms \gset
SELECT format('%-58s %s ms (%s clocks)', 'refresh_ticket_clocks(), collecting every clock',
              to_char(:ms, 'FM99999990.0'), (SELECT count(*) FROM backlog.ticket_clocks));
SELECT bench.time($$SELECT backlog.refresh_ticket_activity()$$, 1) AS ms \gset
SELECT format('%-58s %s ms (%s tickets)', 'refresh_ticket_activity(), every open ticket',
              to_char(:ms, 'FM99999990.0'), (SELECT count(*) FROM backlog.ticket_activity));
ANALYZE backlog.ticket_clocks;
ANALYZE backlog.ticket_activity;
-- the score bounds (what the escalation job stores every 15 minutes): the first refresh stores
-- every open ticket's row under the lock, a later one only rewrites the bounds under it
-- (DEBUG1: how long of it writers waited)
SET client_min_messages = debug1;
SELECT bench.time($$SELECT backlog.refresh_ticket_scores()$$, 1) AS ms \gset
SELECT format('%-58s %s ms (%s bounds)', 'refresh_ticket_scores(), first: every open ticket',
              to_char(:ms, 'FM99999990.0'), (SELECT count(*) FROM backlog.ticket_scores WHERE score_bound IS NOT NULL));
SELECT format('%-58s %s ms', 'refresh_ticket_scores(), again (window kept: nothing written)',
              to_char(bench.time($$SELECT backlog.refresh_ticket_scores()$$, 1), 'FM99999990.0'));
SELECT format('%-58s %s ms', 'refresh_ticket_scores(), a new window over the old bounds',
              to_char(bench.time($$SELECT backlog.refresh_ticket_scores(interval '3 hours')$$, 1), 'FM99999990.0'));
SET client_min_messages = warning;

-- ---- the baseline: the same formula as a plain SQL CASE expression over the same inputs -------
-- (this is also the slow reference of sql/score_property.sql, here without its rounding)
CREATE VIEW bench.queue_case AS
WITH i AS (SELECT * FROM backlog.score_inputs_at(now())),
     s AS (
SELECT i.*,
       i.matrix_points + i.account_tier_points + least(5 * log(1 + i.contract_value / 1000), 20) AS base
  FROM i)
SELECT s.ticket_id, s.owner, s.created_at, s.time_to_breach,
       s.base + least(20 * s.sla_consumed, 20) + CASE WHEN s.sla_breached THEN 10 ELSE 0 END
       + least(10 * extract(epoch FROM s.age) / 3600
               / CASE WHEN s.base >= 90 THEN 8 WHEN s.base >= 45 THEN 24 WHEN s.base >= 25 THEN 72 ELSE 168 END, 30)
       + least(5 * s.repeat_contacts, 20) + least(5 * s.reopens, 15)
       + least(4 * extract(epoch FROM s.blocked) / 86400, 20)
       + least(5 * ln(greatest(s.duplicate_accounts, 1)) / ln(2), 25) AS score
  FROM s;

SELECT bench.report('backlog.queue, whole view', bench.time('SELECT * FROM backlog.queue', 2),
                    bench.time($$SELECT *, CASE WHEN score >= 90 THEN 'critical' WHEN score >= 45 THEN 'high' WHEN score >= 25 THEN 'normal' ELSE 'low' END AS tier
                                  FROM bench.queue_case
                                 ORDER BY score >= 90 AND owner IS NULL DESC, score DESC, time_to_breach NULLS LAST, created_at, ticket_id$$, 2),
                    'SQL CASE order, same inputs');
SELECT bench.report('backlog.queue LIMIT 50', bench.time('SELECT * FROM backlog.queue LIMIT 50', 2),
                    bench.time($$SELECT * FROM bench.queue_case
                                 ORDER BY score >= 90 AND owner IS NULL DESC, score DESC, time_to_breach NULLS LAST, created_at, ticket_id LIMIT 50$$, 2),
                    'SQL CASE order LIMIT 50');
-- 1,000 tickets written since the refresh (their bounds unknown: scored first)
UPDATE backlog.tickets SET assignee = NULL WHERE id % (:n / 1000) = 0;
SELECT bench.report('backlog.queue LIMIT 50, 1,000 tickets written since', bench.time('SELECT * FROM backlog.queue LIMIT 50', 2),
                    bench.time($$SELECT * FROM bench.queue_case
                                 ORDER BY score >= 90 AND owner IS NULL DESC, score DESC, time_to_breach NULLS LAST, created_at, ticket_id LIMIT 50$$, 2),
                    'SQL CASE order LIMIT 50');
-- no window (never refreshed, or the configuration changed since): every open ticket is scored
DELETE FROM backlog.ticket_scores_window;
SELECT bench.report('backlog.queue LIMIT 50, no stored bounds', bench.time('SELECT * FROM backlog.queue LIMIT 50', 1),
                    bench.time($$SELECT * FROM bench.queue_case
                                 ORDER BY score >= 90 AND owner IS NULL DESC, score DESC, time_to_breach NULLS LAST, created_at, ticket_id LIMIT 50$$, 1),
                    'SQL CASE order LIMIT 50');
-- the inputs alone (what both of the above share)
SELECT bench.report('backlog.score_inputs_at(now()) alone', bench.time('SELECT * FROM backlog.score_inputs_at(now())', 1),
                    bench.time('SELECT * FROM backlog.ticket_sla', 1), 'backlog.ticket_sla');

-- ---- the scoring alone, over materialized inputs ------------------------------------------------
CREATE TABLE bench.inputs AS SELECT * FROM backlog.score_inputs_at(now());
ANALYZE bench.inputs;
SELECT bench.report('backlog.score() + jsonb reasons, ordered',
         bench.time($$SELECT i.ticket_id, s.* FROM bench.inputs i
                      CROSS JOIN LATERAL backlog.score((SELECT backlog.score_config()), i.matrix_points, i.account_tier_points,
                           i.contract_value, i.sla_consumed, i.sla_breached, extract(epoch FROM i.age) / 3600,
                           i.repeat_contacts, i.reopens, extract(epoch FROM i.blocked) / 3600, i.duplicate_accounts) s
                      ORDER BY s.score DESC, i.ticket_id$$, 3),
         bench.time($$SELECT i.ticket_id, i.matrix_points + i.account_tier_points + least(5 * log(1 + i.contract_value / 1000), 20)
                           + least(20 * i.sla_consumed, 20) + CASE WHEN i.sla_breached THEN 10 ELSE 0 END
                           + least(10 * extract(epoch FROM i.age) / 3600 / 72, 30)
                           + least(5 * i.repeat_contacts, 20) + least(5 * i.reopens, 15)
                           + least(4 * extract(epoch FROM i.blocked) / 86400, 20)
                           + least(5 * ln(greatest(i.duplicate_accounts, 1)) / ln(2), 25) AS score
                      FROM bench.inputs i ORDER BY score DESC, i.ticket_id$$, 3),
         'SQL CASE score, ordered');

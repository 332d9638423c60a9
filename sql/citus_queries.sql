-- citus_queries: the PL/pgSQL forms that backlog.distribute_queries() gives the SQL functions
-- over the distributed tables on Citus (backlog.citus_query_ddl(), src/citus.sql) answer what
-- the SQL functions answer. Run on one node (make test has no Citus), in a transaction rolled
-- back at the end: a random store (300 tickets with status, reply and assign events, ties,
-- merges, priorities, tiers, a ticket calendar, half the clocks and two thirds of the stretches of
-- open time stored), every function queried
-- at four instants with the SQL forms, the statements run, the same queries again; each line
-- prints the rows compared and how many differ (expected 0). A rewrite whose text is no longer
-- found would print a WARNING here.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
SELECT setseed(0.1717);
BEGIN;
DELETE FROM backlog.tickets;
INSERT INTO backlog.calendars VALUES ('berlin', 'Europe/Berlin; mon-fri 08:00-16:00');
INSERT INTO backlog.sla_policies VALUES ('resolution', 'low', 'enterprise', '5 days', 'berlin', '1 day');
INSERT INTO backlog.sla_objectives VALUES ('first_response', 0.9), ('resolution', 0.5);
UPDATE backlog.burn_rate_rules SET min_clocks = 0;
INSERT INTO backlog.tickets (id, subject, priority, account_tier, status, created_at, first_response_at,
                             solved_at, calendar, assignee, team, category, account)
SELECT id, 'ticket ' || id,
       (ARRAY['urgent', 'high', 'normal', 'low', NULL])[1 + floor(random() * 5)::int],
       (ARRAY['enterprise', 'business', NULL])[1 + floor(random() * 3)::int],
       (ARRAY['new', 'open', 'open', 'pending', 'on_hold', 'solved', 'closed'])[1 + floor(random() * 7)::int],
       created,
       CASE WHEN random() < 0.3 THEN created + random() * interval '2 days' END,
       CASE WHEN random() < 0.7 THEN created + random() * interval '40 days' END,
       CASE WHEN random() < 0.2 THEN 'berlin' END,
       (ARRAY['ana', 'bo', NULL])[1 + floor(random() * 3)::int],
       (ARRAY['billing', 'support'])[1 + floor(random() * 2)::int],
       (ARRAY['login', 'invoice', 'export'])[1 + floor(random() * 3)::int],
       'acct-' || floor(random() * 40)::int
  FROM (SELECT id, timestamptz '2026-02-10' + floor(random() * 50 * 24 * 60) * interval '1 minute' AS created
          FROM generate_series(1, 300) id) g;
UPDATE backlog.tickets SET merged_into = id - 1 WHERE id % 41 = 0;
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
SELECT t.id,
       t.created_at + (floor(random() * 10 * 24 * 60) - 60) * interval '1 minute',
       k.kind,
       CASE WHEN k.kind = 'status'
            THEN (ARRAY['new', 'open', 'pending', 'on_hold', 'solved', 'closed'])[1 + floor(random() * 6)::int] END
  FROM (SELECT * FROM backlog.tickets ORDER BY id) t
 CROSS JOIN LATERAL (SELECT (ARRAY['status', 'status', 'agent_reply', 'customer_reply', 'assign'])[1 + floor(random() * 5)::int] AS kind
                       FROM generate_series(1, floor(random() * 9)::int + t.id * 0) n) k;
-- ties: replies and solves at the instant of another event of the ticket
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
SELECT ticket_id, at, kind, CASE WHEN kind = 'status' THEN 'solved' END
  FROM (SELECT ticket_id, at, (ARRAY['agent_reply', 'customer_reply', 'status'])[1 + floor(random() * 3)::int] AS kind
          FROM (SELECT * FROM backlog.ticket_events ORDER BY ticket_id, at, kind, value) e
         WHERE random() < 0.1) x;
-- half the clocks stored (the others replayed)
SELECT backlog.refresh_ticket_clocks() > 0 AS clocks_stored;
DELETE FROM backlog.ticket_clocks WHERE ticket_id % 2 = 0;
-- two thirds of the stretches stored (open_spans reads those, replays the others), the others
-- listed as forgotten, as the forgetting trigger leaves them: the stored stretches cover every
-- since asked here, so on one node open_spans reads them by closing time, and its Citus form
-- (through the moved tickets) must give the same rows
SELECT backlog.refresh_ticket_spans('2000-01-01') > 0 AS spans_stored;
INSERT INTO backlog.ticket_spans_forgotten SELECT DISTINCT ticket_id FROM backlog.ticket_spans WHERE ticket_id % 3 = 0;
-- (without the statement trigger that drops the cover after a delete by hand)
SET session_replication_role = replica;
DELETE FROM backlog.ticket_spans WHERE ticket_id % 3 = 0;
RESET session_replication_role;
SELECT covered_since FROM backlog.ticket_spans_cover;
ANALYZE backlog.tickets, backlog.ticket_events, backlog.ticket_clocks, backlog.ticket_spans;

CREATE TEMP TABLE instants (as_of timestamptz);
INSERT INTO instants VALUES ('2026-03-01 12:00'), ('2026-03-20 09:30'), ('2026-04-25 00:00'), ('2026-06-30 00:00');
-- every function, as rows of text (name, as_of, row)
CREATE FUNCTION pg_temp.answers() RETURNS TABLE (fn text, as_of timestamptz, r text)
LANGUAGE sql AS $$
    SELECT 'ticket_sla_at', i.as_of, x::text FROM instants i, backlog.ticket_sla_at(i.as_of) x
    UNION ALL SELECT 'ticket_sla_at 0', i.as_of, x::text FROM instants i, backlog.ticket_sla_at(i.as_of, '0') x
    UNION ALL SELECT 'sla_clocks_collect', i.as_of, (x.ticket_id, x.metric, x.valid_from, (backlog.sla_clock_measure(x.clock, x.valid_from)))::text
                FROM instants i, backlog.sla_clocks_collect(i.as_of, '30 days', false) x
    UNION ALL SELECT 'sla_clocks_collect collect', i.as_of, (x.ticket_id, x.metric, x.valid_from, (backlog.sla_clock_measure(x.clock, x.valid_from)))::text
                FROM instants i, backlog.sla_clocks_collect(i.as_of, '30 days', true) x
    UNION ALL SELECT 'spans_of', NULL, x::text FROM backlog.spans_of(ARRAY(SELECT generate_series(1, 300))) x
    UNION ALL SELECT 'open_spans', i.as_of, x::text FROM instants i, backlog.open_spans(i.as_of - interval '7 days') x
    UNION ALL SELECT 'open_spans 30', i.as_of, x::text FROM instants i, backlog.open_spans(i.as_of - interval '30 days') x
    UNION ALL SELECT 'open_at', i.as_of, x::text FROM instants i, backlog.open_at(i.as_of) x
    UNION ALL SELECT 'flow_at', i.as_of, x::text FROM instants i, backlog.flow_at(i.as_of) x
    UNION ALL SELECT 'flow_at 3 14', i.as_of, x::text FROM instants i, backlog.flow_at(i.as_of, '{3,14}') x
    UNION ALL SELECT 'health_at', i.as_of, x::text FROM instants i, backlog.health_at(i.as_of) x
    UNION ALL SELECT 'sla_outcomes', i.as_of, x::text FROM instants i, backlog.sla_outcomes(i.as_of, '7 days') x
    UNION ALL SELECT 'next_reply_clocks', i.as_of, x::text FROM instants i, backlog.next_reply_clocks(i.as_of, '7 days') x
    UNION ALL SELECT 'burn_rate', i.as_of, x::text FROM instants i, backlog.burn_rate('resolution', 0.5, '7 days', i.as_of) x
    UNION ALL SELECT 'burn_rate_alerts_at', i.as_of, x::text FROM instants i, backlog.burn_rate_alerts_at(i.as_of) x
    UNION ALL SELECT 'score_inputs_at', i.as_of, x::text FROM instants i, backlog.score_inputs_at(i.as_of) x
    UNION ALL SELECT 'score_inputs_at ids', i.as_of, x::text FROM instants i, backlog.score_inputs_at(i.as_of, '{3,4,5,6,7,8,9,10}') x
    UNION ALL SELECT 'queue_at', i.as_of, x::text FROM instants i, backlog.queue_at(i.as_of) x
    UNION ALL SELECT 'queue_for', i.as_of, x::text FROM instants i, backlog.queue_for('ana', NULL, i.as_of) x
    UNION ALL SELECT 'snapshot_at', i.as_of, x::text FROM instants i, backlog.snapshot_at(i.as_of) x
$$;
CREATE TEMP TABLE as_sql AS SELECT * FROM pg_temp.answers();
-- the SQL forms, and the statements
SELECT count(*) AS sql_functions FROM pg_proc
 WHERE pronamespace = 'backlog'::regnamespace AND prolang = (SELECT oid FROM pg_language WHERE lanname = 'sql')
   AND oid IN (SELECT function_name FROM backlog.citus_query_ddl());
SELECT function_name, count(*) AS statements FROM backlog.citus_query_ddl() GROUP BY 1 ORDER BY function_name::text;
CREATE TEMP TABLE as_sql_fns AS SELECT DISTINCT function_name FROM backlog.citus_query_ddl();
DO $$
DECLARE s text;
BEGIN
    FOR s IN SELECT statement FROM backlog.citus_query_ddl() LOOP
        EXECUTE s;
    END LOOP;
END
$$;
-- now PL/pgSQL (health_at: SQL calling its PL/pgSQL twin), and nothing left to convert
SELECT p.oid::regprocedure AS function_name, l.lanname
  FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
 WHERE p.pronamespace = 'backlog'::regnamespace AND p.oid IN (SELECT function_name FROM as_sql_fns)
 ORDER BY p.oid::regprocedure::text;
SELECT count(*) AS left_to_convert FROM backlog.citus_query_ddl();
CREATE TEMP TABLE as_plpgsql AS SELECT * FROM pg_temp.answers();
SELECT a.fn, (SELECT count(*) FROM as_sql s WHERE s.fn = a.fn) AS compared,
       (SELECT count(*) FROM ((SELECT as_of, r FROM as_sql WHERE fn = a.fn EXCEPT ALL SELECT as_of, r FROM as_plpgsql WHERE fn = a.fn)
                              UNION ALL
                              (SELECT as_of, r FROM as_plpgsql WHERE fn = a.fn EXCEPT ALL SELECT as_of, r FROM as_sql WHERE fn = a.fn)) d) AS differ
  FROM (SELECT fn FROM as_sql UNION SELECT fn FROM as_plpgsql) a ORDER BY a.fn;
ROLLBACK;

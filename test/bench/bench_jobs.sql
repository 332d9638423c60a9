-- bench_jobs: one snapshot (backlog.take_snapshot) and one escalation run (backlog.run_escalations)
-- at 100,000 and 1,000,000 tickets, 1% of them open (10,000 at 1M); the snapshot against backlog.health_at
-- alone (the figures it stores, before the breakdowns, tiers and flow windows), the escalation
-- run against a plain SELECT of the tickets its rules match; and how each grows from 100,000 to
-- 1,000,000 tickets (10x the data: linear is 10x). The derived data (stored SLA clocks and
-- stretches of open time) is refreshed first and timed apart, as the jobs keep it every day.
SET client_min_messages = warning;
SET TimeZone = 'UTC';

CREATE TEMP TABLE result (n bigint, what text, ms double precision);

CREATE FUNCTION pg_temp.load(n bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    SET LOCAL backlog.allow_drop = on;
    TRUNCATE backlog.ticket_events, backlog.escalation_log, backlog.escalation_runs, backlog.snapshots, backlog.alerts;
    DELETE FROM backlog.ticket_fingerprints;
    TRUNCATE backlog.tickets CASCADE;
    PERFORM setseed(0.42);
    -- tickets over 90 days; 99% solved within 3 days (status history written as a sync would)
    SET LOCAL session_replication_role = replica;
    CREATE TEMP TABLE gen ON COMMIT DROP AS
    SELECT i AS id, timestamptz '2026-03-02 00:00' - random() * interval '90 days' AS created_at,
           (ARRAY['urgent', 'high', 'normal', 'normal', 'low'])[1 + floor(random() * 5)::int] AS priority,
           (ARRAY['billing', 'login', 'bug', 'how-to', 'integrations'])[1 + floor(random() * 5)::int] AS category,
           (ARRAY['l1', 'l2', 'billing'])[1 + floor(random() * 3)::int] AS team,
           random() < 0.99 AS solved, random() AS r
      FROM generate_series(1, n) i;
    INSERT INTO backlog.tickets (id, subject, priority, category, team, status, created_at, first_response_at, solved_at)
    SELECT id, 'ticket ' || id, priority, category, team, CASE WHEN solved THEN 'solved' ELSE 'open' END,
           created_at, created_at + r * interval '6 hours',
           CASE WHEN solved THEN least(created_at + r * interval '3 days', timestamptz '2026-03-02 00:00') END
      FROM gen;
    INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
    SELECT id, created_at, 'status', 'new' FROM gen
    UNION ALL SELECT id, created_at + r * interval '6 hours', 'agent_reply', NULL FROM gen
    UNION ALL SELECT id, created_at + r * interval '6 hours', 'status', 'open' FROM gen
    UNION ALL SELECT id, least(created_at + r * interval '3 days', timestamptz '2026-03-02 00:00'), 'status', 'solved' FROM gen WHERE solved;
END $$;

CREATE FUNCTION pg_temp.measure(n bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM backlog.escalation_rules;
    INSERT INTO backlog.escalation_rules (rule, age_buckets, raise_priority, add_tag)
    VALUES ('aged', '{3-7d,7-14d,14-30d,30d+}', 'high', 'aged');
    INSERT INTO backlog.escalation_rules (rule, sla_state, sla_metric, assign_team)
    VALUES ('late-reply', 'breached', 'first_response', 'senior');
    -- the derived data a bulk load leaves empty, as the first job run after it fills it; the
    -- snapshot below is then one of every day's (only the day's writes to refresh)
    INSERT INTO result SELECT n, 'refresh', bench.time($q$SELECT backlog.refresh_ticket_clocks(),
        backlog.refresh_ticket_spans(timestamptz '2026-03-02 00:05' - interval '35 days')$q$, 1);
    -- best of two: the first read of freshly stored rows also sets their hint bits
    INSERT INTO result SELECT n, 'health_at', bench.time($q$SELECT * FROM backlog.health_at('2026-03-02 00:05')$q$, 2);
    INSERT INTO result SELECT n, 'take_snapshot', bench.time($q$SELECT backlog.take_snapshot('2026-03-02 00:05')$q$, 2);
    INSERT INTO result SELECT n, 'match', bench.time($q$
        SELECT count(*) FROM backlog.tickets t JOIN backlog.statuses s ON s.status = t.status AND s.is_open
         WHERE t.merged_into IS NULL
           AND backlog.age_bucket(timestamptz '2026-03-02 00:05' - t.created_at) = ANY ('{3-7d,7-14d,14-30d,30d+}')$q$, 1);
    INSERT INTO result SELECT n, 'run_escalations', bench.time($q$SELECT count(*) FROM backlog.run_escalations('2026-03-02 00:05')$q$, 1);
    INSERT INTO result SELECT n, 'escalated', (SELECT count(*) FROM backlog.escalation_log);
END $$;

SELECT pg_temp.load(100000);
ANALYZE;
SELECT pg_temp.measure(100000);
SELECT pg_temp.load(1000000);
ANALYZE;
SELECT pg_temp.measure(1000000);
-- one rule matching 100,000 tickets: 100,000 of the 1M reopened (as a sync would write them)
SET session_replication_role = replica;
UPDATE backlog.tickets SET status = 'open', solved_at = NULL WHERE id <= 100000 AND status = 'solved';
SET session_replication_role = origin;
-- writes under the replica role fire no triggers: the derived data is dropped, as README says
DELETE FROM backlog.ticket_spans;
DELETE FROM backlog.ticket_clocks;
ANALYZE backlog.tickets;
DELETE FROM backlog.escalation_rules WHERE rule <> 'aged';
INSERT INTO result SELECT 1000000, 'big_match', bench.time($q$SELECT count(*) FROM backlog.tickets t JOIN backlog.statuses s ON s.status = t.status AND s.is_open
         WHERE t.merged_into IS NULL
           AND backlog.age_bucket(timestamptz '2026-03-02 00:05' - t.created_at) = ANY ('{3-7d,7-14d,14-30d,30d+}')$q$, 1);
INSERT INTO result SELECT 1000000, 'big_run', bench.time($q$SELECT count(*) FROM backlog.run_escalations('2026-03-02 00:05')$q$, 1);
INSERT INTO result SELECT 1000000, 'big_escalated', (SELECT escalations FROM backlog.escalation_runs ORDER BY run_id DESC LIMIT 1);

SELECT format('escalations made by the run: %s at 100k, %s at 1M',
              (SELECT ms FROM result WHERE n = 100000 AND what = 'escalated'),
              (SELECT ms FROM result WHERE n = 1000000 AND what = 'escalated'));
SELECT bench.report(format('take_snapshot, %s tickets', r.n), r.ms, h.ms, 'health_at alone')
  FROM result r JOIN result h ON h.n = r.n AND h.what = 'health_at' WHERE r.what = 'take_snapshot' ORDER BY r.n;
SELECT bench.report(format('first refresh after the bulk load, %s tickets', r.n), r.ms, h.ms, 'the take_snapshot after it')
  FROM result r JOIN result h ON h.n = r.n AND h.what = 'take_snapshot' WHERE r.what = 'refresh' ORDER BY r.n;
SELECT bench.report(format('run_escalations (2 rules), %s tickets', r.n), r.ms, h.ms, 'SELECT of the age rule''s matches')
  FROM result r JOIN result h ON h.n = r.n AND h.what = 'match' WHERE r.what = 'run_escalations' ORDER BY r.n;
SELECT bench.report('take_snapshot, 1M vs 100k tickets (10x data)', b.ms, a.ms, '100k')
  FROM result a, result b WHERE a.what = 'take_snapshot' AND b.what = 'take_snapshot' AND a.n = 100000 AND b.n = 1000000;
SELECT bench.report(format('run_escalations, one rule matching %s tickets', (SELECT ms FROM result WHERE what = 'big_escalated')),
                    r.ms, h.ms, 'SELECT of its matches')
  FROM result r, result h WHERE r.what = 'big_run' AND h.what = 'big_match';
SELECT bench.report('run_escalations, 1M vs 100k tickets (10x data)', b.ms, a.ms, '100k')
  FROM result a, result b WHERE a.what = 'run_escalations' AND b.what = 'run_escalations' AND a.n = 100000 AND b.n = 1000000;

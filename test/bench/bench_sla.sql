-- bench_sla: backlog.ticket_sla over 1 million tickets and their ~5 million events, against a
-- hand-written SQL equivalent that builds each clock's running stretches with window functions
-- and measures them with backlog.business_seconds / backlog.business_add. Both read the same
-- tables under the same seeded policies; the run checks they agree before timing them.
SET client_min_messages = warning;
SET TimeZone = 'UTC';

-- ---- data: 1 million tickets created over the last 28 days, so that every one is in scope ----
SELECT setseed(0.42);
CREATE TEMP TABLE gen AS
SELECT i AS id,
       date_trunc('minute', now() - interval '1 day' - random() * interval '27 days') AS created_at,
       (ARRAY['urgent', 'high', 'normal', 'normal', 'low'])[1 + floor(random() * 5)::int] AS priority,
       (ARRAY['enterprise', 'business', 'starter', NULL])[1 + floor(random() * 4)::int] AS tier,
       random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5
  FROM generate_series(1, 1000000) i;
-- a first reply within 8 h (90%), a customer follow-up within a day (60% of those), a second
-- reply (half of those), a solve (70%)
CREATE TEMP TABLE life AS
SELECT id, created_at, priority, tier,
       CASE WHEN r1 < 0.9 THEN created_at + r2 * interval '8 hours' END AS reply1,
       CASE WHEN r1 < 0.9 AND r3 < 0.6 THEN created_at + r2 * interval '8 hours' + r4 * interval '24 hours' END AS follow_up,
       CASE WHEN r1 < 0.9 AND r3 < 0.3 THEN created_at + r2 * interval '8 hours' + r4 * interval '24 hours' + r5 * interval '8 hours' END AS reply2,
       CASE WHEN r1 < 0.9 AND r5 < 0.7 THEN created_at + r2 * interval '8 hours' + r4 * interval '24 hours' + r5 * interval '10 hours' + interval '1 hour' END AS solved
  FROM gen;
UPDATE life SET solved = NULL WHERE solved > now();
-- bulk load without the per-row triggers (the status events are written here, as a sync would)
SET session_replication_role = replica;
INSERT INTO backlog.tickets (id, subject, priority, account_tier, status, created_at, first_response_at, solved_at)
SELECT id, 'ticket ' || id, priority, tier,
       CASE WHEN solved IS NOT NULL THEN 'solved'
            WHEN follow_up IS NOT NULL AND reply2 IS NULL THEN 'open'
            WHEN reply1 IS NOT NULL THEN 'pending' ELSE 'new' END,
       created_at, reply1, solved
  FROM life;
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
SELECT id, at, kind, value FROM (
          SELECT id, created_at AS at, 'status' AS kind, 'new' AS value FROM life
UNION ALL SELECT id, reply1, 'agent_reply', NULL FROM life WHERE reply1 IS NOT NULL
UNION ALL SELECT id, reply1, 'status', 'pending' FROM life WHERE reply1 IS NOT NULL
UNION ALL SELECT id, follow_up, 'customer_reply', NULL FROM life WHERE follow_up IS NOT NULL
UNION ALL SELECT id, follow_up, 'status', 'open' FROM life WHERE follow_up IS NOT NULL
UNION ALL SELECT id, reply2, 'agent_reply', NULL FROM life WHERE reply2 IS NOT NULL
UNION ALL SELECT id, reply2, 'status', 'pending' FROM life WHERE reply2 IS NOT NULL
UNION ALL SELECT id, solved, 'status', 'solved' FROM life WHERE solved IS NOT NULL) x
 ORDER BY id, at;
RESET session_replication_role;
DROP TABLE gen, life;
-- enterprise accounts get a faster first reply on the 24x7 calendar
INSERT INTO backlog.sla_policies (metric, priority, account_tier, target, calendar, warn_before)
VALUES ('first_response', 'high', 'enterprise', '2 hours', '24x7', '30 minutes');
VACUUM ANALYZE backlog.tickets;
VACUUM ANALYZE backlog.ticket_events;

-- ---- the baseline: the same clocks in plain SQL ------------------------------------------------
-- The metric rules as in backlog.ticket_sla_at; then each clock's events sorted with window
-- functions into stretches, running stretches measured with business_seconds (summed over a
-- tstzmultirange for elapsed, one by one for where the target falls) and the breach and due
-- instants found with business_add.
CREATE VIEW bench.ticket_sla_sql AS
WITH policy AS (
    SELECT (row_number() OVER ())::int AS n, x.*, coalesce(x.priority, '') AS priority_key,
           coalesce(x.account_tier, '') AS tier_key, c.calendar AS cal
      FROM backlog.sla_policy_matrix x JOIN backlog.calendars c ON c.name = x.calendar
), ticket AS (
    SELECT t.id, t.priority, t.account_tier, t.created_at, t.first_response_at, cs.clock AS current_clock,
           pf.n AS first_response_n, pn.n AS next_reply_n, pr.n AS resolution_n
      FROM backlog.tickets t
      JOIN backlog.statuses cs ON cs.status = t.status
     CROSS JOIN LATERAL (SELECT coalesce(t.priority, '') AS priority_key,
                                CASE WHEN t.account_tier IN (SELECT account_tier FROM backlog.sla_policies)
                                     THEN t.account_tier ELSE '' END AS tier_key) k
      LEFT JOIN policy pf ON pf.metric = 'first_response' AND pf.priority_key = k.priority_key AND pf.tier_key = k.tier_key
      LEFT JOIN policy pn ON pn.metric = 'next_reply' AND pn.priority_key = k.priority_key AND pn.tier_key = k.tier_key
      LEFT JOIN policy pr ON pr.metric = 'resolution' AND pr.priority_key = k.priority_key AND pr.tier_key = k.tier_key
     WHERE t.merged_into IS NULL AND t.created_at <= now()
       AND (cs.is_open OR t.solved_at >= now() - interval '30 days')
), event AS (
    SELECT t.id, t.created_at, e.at, e.kind, s.clock,
           min(e.at) FILTER (WHERE e.kind = 'status') OVER w AS first_status_at,
           max(e.at) FILTER (WHERE e.kind = 'agent_reply') OVER w AS last_reply_at,
           max(e.at) FILTER (WHERE e.kind = 'customer_reply') OVER w AS last_customer_at
      FROM ticket t
      JOIN backlog.ticket_events e ON e.ticket_id = t.id
      LEFT JOIN backlog.statuses s ON e.kind = 'status' AND s.status = e.value
     WHERE e.kind IN ('status', 'agent_reply', 'customer_reply') AND e.at <= now()
    WINDOW w AS (PARTITION BY t.id)
), clock_event AS (
    SELECT t.id, 'resolution' AS metric, t.resolution_n AS n, t.created_at AS at,
           CASE WHEN f.first_status_at IS NULL THEN t.current_clock
                ELSE (SELECT clock FROM backlog.statuses WHERE status = 'new') END AS clock
      FROM ticket t LEFT JOIN (SELECT DISTINCT id, first_status_at FROM event) f ON f.id = t.id
     WHERE t.resolution_n IS NOT NULL AND (f.first_status_at IS NULL OR f.first_status_at > t.created_at)
    UNION ALL
    SELECT e.id, 'resolution', t.resolution_n, e.at, e.clock
      FROM event e JOIN ticket t ON t.id = e.id
     WHERE t.resolution_n IS NOT NULL AND e.kind = 'status'
    UNION ALL
    SELECT t.id, 'first_response', t.first_response_n, t.created_at, 'running'
      FROM ticket t WHERE t.first_response_n IS NOT NULL
    UNION ALL
    SELECT t.id, 'first_response', t.first_response_n, greatest(t.first_response_at, t.created_at), 'stopped'
      FROM ticket t WHERE t.first_response_n IS NOT NULL AND t.first_response_at <= now()
    UNION ALL
    SELECT e.id, 'first_response', t.first_response_n, greatest(e.at, e.created_at), 'stopped'
      FROM event e JOIN ticket t ON t.id = e.id
     WHERE t.first_response_n IS NOT NULL AND (e.kind = 'agent_reply' OR e.clock = 'stopped')
    UNION ALL
    SELECT e.id, 'next_reply', t.next_reply_n, e.at, CASE WHEN e.kind = 'customer_reply' THEN 'running' ELSE 'stopped' END
      FROM event e JOIN ticket t ON t.id = e.id
     WHERE t.next_reply_n IS NOT NULL AND e.at > e.last_reply_at AND e.last_customer_at > e.last_reply_at
       AND (e.kind = 'customer_reply' OR e.clock = 'stopped')
), stretch AS (
    -- each event's state holds until the next one (ties: running, paused, stopped)
    SELECT c.*, p.cal, p.target, extract(epoch FROM p.target) AS target_s,
           coalesce(lead(c.at) OVER w, now()) AS until,
           lead(c.at) OVER w IS NULL AS open,
           last_value(c.clock) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_clock
      FROM clock_event c JOIN policy p ON p.n = c.n
    WINDOW w AS (PARTITION BY c.id, c.metric ORDER BY c.at, array_position(ARRAY['running', 'paused', 'stopped'], c.clock))
), run AS (
    SELECT s.*, backlog.business_seconds(s.cal, s.at, s.until) AS secs
      FROM stretch s WHERE s.clock = 'running' AND (s.at < s.until OR s.open)
), run_sum AS (
    SELECT r.*, coalesce(sum(r.secs) OVER (PARTITION BY r.id, r.metric ORDER BY r.at
                                           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
      FROM run r
), per_clock AS (
    SELECT s.id, s.metric, min(s.n) AS n, min(s.last_clock) AS last_clock, min(s.target_s) AS target_s
      FROM stretch s GROUP BY s.id, s.metric
), measured AS (
    SELECT r.id, r.metric, range_agg(tstzrange(r.at, r.until)) AS runs,
           -- the breach: inside the stretch where the running total passes the target
           min(backlog.business_add(r.cal, r.at, make_interval(secs => r.target_s - r.before) + interval '1 microsecond')
               - interval '1 microsecond')
               FILTER (WHERE r.before <= r.target_s AND r.before + r.secs > r.target_s) AS breached_at,
           -- the due time: in the first stretch that reaches the target, or the open one
           (array_agg(backlog.business_add(r.cal, r.at, make_interval(secs => r.target_s - r.before)) ORDER BY r.at)
               FILTER (WHERE r.before + r.secs >= r.target_s OR r.open))[1] AS due_at
      FROM run_sum r GROUP BY r.id, r.metric
), per_clock_measured AS (
    SELECT c.*, coalesce(backlog.business_seconds(p.cal, m.runs), 0) AS elapsed_s, m.breached_at, m.due_at
      FROM per_clock c
      JOIN policy p ON p.n = c.n
      LEFT JOIN measured m ON m.id = c.id AND m.metric = c.metric
)
SELECT c.id AS ticket_id, c.metric, t.priority, t.account_tier, p.target, p.calendar, p.warn_before,
       CASE WHEN c.elapsed_s > c.target_s THEN 'breached'
            WHEN c.last_clock = 'stopped' THEN 'met' ELSE c.last_clock END AS state,
       make_interval(secs => c.elapsed_s) AS elapsed,
       p.target - make_interval(secs => c.elapsed_s) AS remaining,
       CASE WHEN c.last_clock = 'running' THEN c.due_at END AS due_at,
       c.breached_at,
       c.last_clock = 'running' AND c.elapsed_s <= c.target_s
           AND p.target - make_interval(secs => c.elapsed_s) <= p.warn_before AS at_risk
  FROM per_clock_measured c
  JOIN ticket t ON t.id = c.id
  JOIN policy p ON p.n = c.n;

-- ---- they agree ---------------------------------------------------------------------------------
SELECT format('%-58s %s', 'ticket_sla rows / baseline rows / differing rows',
              (SELECT count(*) FROM backlog.ticket_sla_at(now())) || ' / ' ||
              (SELECT count(*) FROM bench.ticket_sla_sql) || ' / ' ||
              (SELECT count(*) FROM ((SELECT * FROM backlog.ticket_sla_at(now()) EXCEPT ALL SELECT * FROM bench.ticket_sla_sql)
                                     UNION ALL
                                     (SELECT * FROM bench.ticket_sla_sql EXCEPT ALL SELECT * FROM backlog.ticket_sla_at(now()))) d));

-- ---- timings (best of 2; every column computed) ------------------------------------------------
SELECT bench.report('ticket_sla, 1M tickets, replayed (ticket_clocks empty)',
    bench.time($$SELECT count(*), count(due_at), count(breached_at), sum(extract(epoch FROM elapsed)),
                        count(*) FILTER (WHERE at_risk), count(*) FILTER (WHERE state = 'breached')
                   FROM backlog.ticket_sla$$, 2),
    bench.time($$SELECT count(*), count(due_at), count(breached_at), sum(extract(epoch FROM elapsed)),
                        count(*) FILTER (WHERE at_risk), count(*) FILTER (WHERE state = 'breached')
                   FROM bench.ticket_sla_sql$$, 2),
    'window functions + business_seconds');

-- ---- the same, measuring the stored clocks (src/clocks.sql) ------------------------------------
SELECT format('%-58s %s ms (%s clocks)', 'refresh_ticket_clocks(), collecting every clock',
              to_char(bench.time($$SELECT backlog.refresh_ticket_clocks()$$, 1), 'FM99999990.0'),
              (SELECT count(*) FROM backlog.ticket_clocks));
ANALYZE backlog.ticket_clocks;
SELECT format('%-58s %s', 'measured = replayed (differing rows)',
              (SELECT count(*) FROM ((SELECT * FROM backlog.ticket_sla_at(now()) EXCEPT ALL SELECT * FROM bench.ticket_sla_sql)
                                     UNION ALL
                                     (SELECT * FROM bench.ticket_sla_sql EXCEPT ALL SELECT * FROM backlog.ticket_sla_at(now()))) d));
SELECT bench.report('ticket_sla, 1M tickets, stored clocks measured',
    bench.time($$SELECT count(*), count(due_at), count(breached_at), sum(extract(epoch FROM elapsed)),
                        count(*) FILTER (WHERE at_risk), count(*) FILTER (WHERE state = 'breached')
                   FROM backlog.ticket_sla$$, 2),
    bench.time($$SELECT count(*), count(due_at), count(breached_at), sum(extract(epoch FROM elapsed)),
                        count(*) FILTER (WHERE at_risk), count(*) FILTER (WHERE state = 'breached')
                   FROM bench.ticket_sla_sql$$, 2),
    'window functions + business_seconds');
DELETE FROM backlog.ticket_clocks;

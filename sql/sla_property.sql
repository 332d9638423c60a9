-- sla_property: properties of SLA clocks on seeded random input, each checked against a slow
-- reference written here in SQL and printed as a count of mismatches (expected 0), next to
-- counts that show the input covered every case.
--
--   1. On 24x7 calendars, a clock that never pauses measures plain wall time.
--   2. sla_clock equals business_seconds over the clock's running stretches (a tstzmultirange
--      built with window functions), on calendars with DST changes, holidays and overnight
--      shifts; its state follows the last event; breached_at is exactly the instant the running
--      stretches reach the target (and pass it one microsecond later); due_at is the earliest
--      instant the target is reached if the clock keeps running.
--   3. Appending events never lowers the elapsed time measured at the newest event.
--   4. backlog.ticket_sla_at equals the metric rules of the README applied ticket by ticket with
--      correlated subqueries (the policy chosen by precedence straight from sla_policies).
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, MDY';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
SELECT setseed(0.25);

-- ---- 1. 24x7 without pauses is wall time ----------------------------------------------------
-- 200 clocks: running from t0; half stop at t1; measured at as_of (before or after t1).
CREATE TABLE prop_wall AS
SELECT id, cal::backlog.calendar AS cal, t0, t0 + d AS t1, id % 2 = 0 AS stops,
       t0 + random() * 2 * d AS as_of
  FROM (SELECT id, (ARRAY['24x7', 'America/New_York; 24x7', 'Australia/Lord_Howe; 24x7'])[1 + id % 3] AS cal,
               timestamptz '2026-03-01' + random() * interval '60 days' AS t0,
               random() * interval '20 days' AS d
          FROM generate_series(1, 200) id) g;
SELECT count(*) AS clocks,
       count(*) FILTER (WHERE stops AND as_of > t1) AS stopped_before_as_of,
       count(*) FILTER (WHERE extract(epoch FROM (q.r).elapsed)
                              <> extract(epoch FROM (CASE WHEN stops THEN least(t1, as_of) ELSE as_of END) - t0))
           AS mismatches
  FROM prop_wall w
 CROSS JOIN LATERAL (
        SELECT backlog.sla_clock(w.cal, '1 hour', e.at, e.clock, w.as_of) AS r
          FROM (VALUES (w.t0, 'running'), (CASE WHEN w.stops THEN w.t1 END, 'stopped')) e(at, clock)
         WHERE e.at IS NOT NULL) q;

-- ---- 2. the aggregate against business_seconds over running stretches ------------------------
-- 300 clocks of 1-12 events over four weeks of March 2026, which hold the US (Mar 8) and EU
-- (Mar 29) DST changes; targets of 1 minute to 50 hours. Half the clocks keep to whole hours
-- (events and targets), so that targets often run out right at a closing time or a pause.
CREATE TABLE prop_clock AS
SELECT id,
       (ARRAY['America/New_York; mon-fri 09:00-17:00; sat 10:00-14:00; holidays 2026-03-10',
              'Europe/Berlin; mon-fri 22:00-06:00',
              'UTC; mon-fri 09:00-12:00,13:00-17:00',
              '24x7'])[1 + id % 4]::backlog.calendar AS cal,
       CASE WHEN id % 8 < 4 THEN (1 + floor(random() * 3000)) * interval '1 minute'
            ELSE (1 + floor(random() * 50)) * interval '1 hour' END AS target,
       CASE WHEN id % 8 < 4 THEN 1 ELSE 60 END AS grain,
       1 + floor(random() * 12)::int AS n
  FROM generate_series(1, 300) id;
CREATE TABLE prop_event AS
SELECT c.id, timestamptz '2026-03-02' + floor(random() * 27 * 24 * 60 / c.grain) * c.grain * interval '1 minute' AS at,
       (ARRAY['running', 'running', 'running', 'paused', 'paused', 'stopped'])[1 + floor(random() * 6)::int] AS clock
  FROM prop_clock c, generate_series(1, 12) k
 WHERE k <= c.n;
-- Measured somewhere from the first event to two days past the last: some events come after it.
ALTER TABLE prop_clock ADD COLUMN as_of timestamptz;
UPDATE prop_clock c SET as_of = s.first + random() * (s.last - s.first + interval '2 days')
  FROM (SELECT id, min(at) AS first, max(at) AS last FROM prop_event GROUP BY id) s
 WHERE s.id = c.id;

CREATE TABLE prop_result AS
SELECT c.id, (backlog.sla_clock(c.cal, c.target, e.at, e.clock, c.as_of)).*
  FROM prop_clock c JOIN prop_event e USING (id)
 GROUP BY c.id;

-- The reference: sort the events up to as_of by (at, rank of the clock), each holds until the
-- next (the last until as_of); the running ones make the running stretches.
CREATE TABLE prop_ref AS
WITH seq AS (
    SELECT e.id, e.at, e.clock, c.as_of,
           lead(e.at) OVER w AS next_at,
           last_value(e.clock) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_clock
      FROM prop_event e JOIN prop_clock c USING (id)
     WHERE e.at <= c.as_of
    WINDOW w AS (PARTITION BY e.id ORDER BY e.at, array_position(ARRAY['running', 'paused', 'stopped'], e.clock))
)
SELECT id, min(last_clock) AS last_clock, min(as_of) AS as_of,
       coalesce(range_agg(tstzrange(at, coalesce(next_at, as_of))) FILTER (WHERE clock = 'running'),
                '{}') AS runs
  FROM seq GROUP BY id;

SELECT count(*) AS clocks,
       count(*) FILTER (WHERE r.state = 'running') AS running,
       count(*) FILTER (WHERE r.state = 'paused') AS paused,
       count(*) FILTER (WHERE r.state = 'met') AS met,
       count(*) FILTER (WHERE r.state = 'breached') AS breached,
       count(*) FILTER (WHERE r.state = 'breached' AND f.last_clock = 'running') AS breached_running
  FROM prop_result r JOIN prop_ref f USING (id);

SELECT count(*) FILTER (WHERE extract(epoch FROM r.elapsed) <> backlog.business_seconds(c.cal, f.runs))
           AS elapsed_mismatches,
       count(*) FILTER (WHERE r.remaining <> c.target - r.elapsed) AS remaining_mismatches,
       count(*) FILTER (WHERE r.state IS DISTINCT FROM
                              CASE WHEN r.elapsed > c.target THEN 'breached'
                                   WHEN f.last_clock = 'stopped' THEN 'met'
                                   ELSE f.last_clock END) AS state_mismatches,
       -- breached exactly when elapsed > target, at the instant the stretches hold the target
       -- and one microsecond later hold more
       count(*) FILTER (WHERE (r.breached_at IS NOT NULL) <> (r.elapsed > c.target)) AS breach_presence_mismatches,
       count(*) FILTER (WHERE r.breached_at IS NOT NULL AND (
                 backlog.business_seconds(c.cal, f.runs * tstzmultirange(tstzrange(NULL, r.breached_at)))
                     <> extract(epoch FROM c.target)
              OR backlog.business_seconds(c.cal, f.runs * tstzmultirange(tstzrange(NULL, r.breached_at + interval '1 microsecond')))
                     <= extract(epoch FROM c.target))) AS breach_instant_mismatches,
       -- due only while running; the earliest instant at which the stretches, the last one kept
       -- running past as_of, hold the target
       count(*) FILTER (WHERE (r.due_at IS NOT NULL) <> (f.last_clock = 'running')) AS due_presence_mismatches,
       count(*) FILTER (WHERE r.due_at IS NOT NULL AND (
                 backlog.business_seconds(c.cal, (f.runs + tstzmultirange(tstzrange(f.as_of, NULL)))
                                                 * tstzmultirange(tstzrange(NULL, r.due_at)))
                     < extract(epoch FROM c.target)
              OR backlog.business_seconds(c.cal, (f.runs + tstzmultirange(tstzrange(f.as_of, NULL)))
                                                 * tstzmultirange(tstzrange(NULL, r.due_at - interval '1 microsecond')))
                     >= extract(epoch FROM c.target))) AS due_instant_mismatches
  FROM prop_result r JOIN prop_ref f USING (id) JOIN prop_clock c USING (id);

-- ---- 3. appending events never lowers elapsed at the newest event -----------------------------
-- For every clock and every instant it has events at: the clock of the events so far, measured
-- then, against the one before.
SELECT count(*) AS prefixes,
       count(*) FILTER (WHERE elapsed < previous) AS decreases
  FROM (SELECT p.id, q.elapsed, lag(q.elapsed) OVER (PARTITION BY p.id ORDER BY p.at) AS previous
          FROM (SELECT DISTINCT id, at FROM prop_event) p
          JOIN prop_clock c USING (id)
         CROSS JOIN LATERAL (
                SELECT (backlog.sla_clock(c.cal, c.target, e.at, e.clock, p.at)).elapsed
                  FROM prop_event e WHERE e.id = p.id AND e.at <= p.at) q) s;

DROP TABLE prop_wall, prop_clock, prop_event, prop_result, prop_ref;

-- ---- 4. ticket_sla_at against the rules, ticket by ticket -----------------------------------
-- 300 random tickets with random histories (statuses, replies, some events before created_at,
-- ties), priorities, tiers, solve dates and merges, under the seeded policies plus a few tier
-- rules and a 24x7 calendar for urgent resolution. Rolled back at the end.
BEGIN;
INSERT INTO backlog.sla_policies (metric, priority, account_tier, target, calendar, warn_before) VALUES
    ('first_response', NULL, 'enterprise', '30 minutes', '24x7', '10 minutes'),
    ('resolution', 'high', 'enterprise', '10 hours', 'default', '3 hours'),
    ('next_reply', NULL, NULL, '12 hours', 'default', '4 hours');
UPDATE backlog.sla_policies SET calendar = '24x7' WHERE metric = 'resolution' AND priority = 'urgent';

SELECT setseed(0.37);   -- its own seed: a sample with at-risk clocks of every metric (checked below)
INSERT INTO backlog.tickets (id, priority, account_tier, status, created_at, first_response_at, solved_at, merged_into)
SELECT id,
       (ARRAY['urgent', 'high', 'normal', 'low', NULL])[1 + floor(random() * 5)::int],
       (ARRAY['enterprise', 'business', NULL, 'other'])[1 + floor(random() * 4)::int],
       (ARRAY['new', 'open', 'pending', 'on_hold', 'solved', 'closed'])[1 + floor(random() * 6)::int],
       created,
       CASE WHEN random() < 0.3 THEN created + random() * interval '2 days' END,
       CASE WHEN random() < 0.7 THEN created + random() * interval '40 days' END,
       NULL
  FROM (SELECT id, timestamptz '2026-02-10' + floor(random() * 50 * 24 * 60) * interval '1 minute' AS created
          FROM generate_series(1, 300) id) g;
UPDATE backlog.tickets SET merged_into = id - 1 WHERE id % 37 = 0;
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
SELECT t.id,
       t.created_at + (floor(random() * 10 * 24 * 60) - 60) * interval '1 minute',
       k.kind,
       CASE WHEN k.kind = 'status'
            THEN (ARRAY['new', 'open', 'pending', 'on_hold', 'solved', 'closed'])[1 + floor(random() * 6)::int] END
  FROM (SELECT * FROM backlog.tickets ORDER BY id) t   -- id order: random() draws do not depend on the heap
 CROSS JOIN LATERAL (SELECT (ARRAY['status', 'status', 'agent_reply', 'customer_reply'])[1 + floor(random() * 4)::int] AS kind
                       FROM generate_series(1, floor(random() * 9)::int + t.id * 0) n) k;
-- ties: some replies and solves at the same instant as another event of the ticket
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
SELECT ticket_id, at, kind, CASE WHEN kind = 'status' THEN 'solved' END
  FROM (SELECT ticket_id, at, (ARRAY['agent_reply', 'customer_reply', 'status'])[1 + floor(random() * 3)::int] AS kind
          FROM (SELECT * FROM backlog.ticket_events ORDER BY ticket_id, at, kind, value) e
         WHERE random() < 0.1) x;

CREATE TEMP TABLE prop_as_of AS SELECT timestamptz '2026-03-20 12:00' AS as_of;

-- The clock events of each ticket and metric, by the README's rules, one subquery per rule.
CREATE TEMP VIEW prop_rule_event AS
-- resolution: the status history ...
SELECT t.id, 'resolution' AS metric, e.at, s.clock
  FROM backlog.tickets t, prop_as_of a, backlog.ticket_events e, backlog.statuses s
 WHERE e.ticket_id = t.id AND e.kind = 'status' AND e.at <= a.as_of AND s.status = e.value
UNION ALL
-- ... from created_at in the current status when there is no status event, or in 'new' when
-- the first status event comes after created_at
SELECT t.id, 'resolution', t.created_at,
       CASE WHEN NOT EXISTS (SELECT 1 FROM backlog.ticket_events e
                              WHERE e.ticket_id = t.id AND e.kind = 'status' AND e.at <= a.as_of)
            THEN (SELECT s.clock FROM backlog.statuses s WHERE s.status = t.status)
            ELSE (SELECT s.clock FROM backlog.statuses s WHERE s.status = 'new') END
  FROM backlog.tickets t, prop_as_of a
 WHERE NOT EXISTS (SELECT 1 FROM backlog.ticket_events e
                    WHERE e.ticket_id = t.id AND e.kind = 'status' AND e.at <= a.as_of AND e.at <= t.created_at)
UNION ALL
-- first_response: runs from created_at; every agent reply, solve and first_response_at stops it
SELECT t.id, 'first_response', t.created_at, 'running'
  FROM backlog.tickets t
UNION ALL
SELECT t.id, 'first_response', greatest(e.at, t.created_at), 'stopped'
  FROM backlog.tickets t, prop_as_of a, backlog.ticket_events e
 WHERE e.ticket_id = t.id AND e.at <= a.as_of
   AND (e.kind = 'agent_reply'
        OR (e.kind = 'status' AND (SELECT s.clock FROM backlog.statuses s WHERE s.status = e.value) = 'stopped'))
UNION ALL
SELECT t.id, 'first_response', greatest(t.first_response_at, t.created_at), 'stopped'
  FROM backlog.tickets t, prop_as_of a
 WHERE t.first_response_at <= a.as_of
UNION ALL
-- next_reply: only with a customer reply after the last agent reply; those replies run it,
-- solves after the last agent reply stop it
SELECT t.id, 'next_reply', e.at,
       CASE WHEN e.kind = 'customer_reply' THEN 'running' ELSE 'stopped' END
  FROM backlog.tickets t, prop_as_of a, backlog.ticket_events e,
       LATERAL (SELECT max(x.at) AS last_reply FROM backlog.ticket_events x
                 WHERE x.ticket_id = t.id AND x.kind = 'agent_reply' AND x.at <= a.as_of) l
 WHERE e.ticket_id = t.id AND e.at <= a.as_of AND e.at > l.last_reply
   AND (e.kind = 'customer_reply'
        OR (e.kind = 'status' AND (SELECT s.clock FROM backlog.statuses s WHERE s.status = e.value) = 'stopped'))
   AND EXISTS (SELECT 1 FROM backlog.ticket_events x
                WHERE x.ticket_id = t.id AND x.kind = 'customer_reply' AND x.at > l.last_reply AND x.at <= a.as_of);

CREATE TEMP TABLE prop_rule AS
WITH scope AS MATERIALIZED (
    -- open tickets and those solved in the 30 days before as_of; not merged, not yet to come
    SELECT t.* FROM backlog.tickets t, prop_as_of a
     WHERE t.merged_into IS NULL AND t.created_at <= a.as_of
       AND ((SELECT s.is_open FROM backlog.statuses s WHERE s.status = t.status)
            OR t.solved_at >= a.as_of - interval '30 days'))
SELECT t.id AS ticket_id, m.metric, t.priority, t.account_tier, p.target, p.calendar, p.warn_before,
       (q.r).state, (q.r).elapsed, (q.r).remaining, (q.r).due_at, (q.r).breached_at,
       (q.r).state = 'running' AND (q.r).remaining <= p.warn_before AS at_risk
  FROM scope t
 CROSS JOIN prop_as_of a
 CROSS JOIN (VALUES ('first_response'), ('next_reply'), ('resolution')) m(metric)
 CROSS JOIN LATERAL (
        SELECT * FROM backlog.sla_policies p
         WHERE p.metric = m.metric
           AND (p.priority IS NULL OR p.priority = t.priority)
           AND (p.account_tier IS NULL OR p.account_tier = t.account_tier)
         ORDER BY p.priority IS NULL, p.account_tier IS NULL LIMIT 1) p
 CROSS JOIN LATERAL (
        SELECT backlog.sla_clock(c.calendar, p.target, x.at, x.clock, a.as_of) AS r
          FROM prop_rule_event x, backlog.calendars c
         WHERE x.id = t.id AND x.metric = m.metric AND c.name = p.calendar) q
 WHERE (q.r).state IS NOT NULL;

SELECT metric, count(*) AS clocks, count(DISTINCT state) AS states, count(*) FILTER (WHERE at_risk) > 0 AS some_at_risk
  FROM prop_rule GROUP BY metric ORDER BY metric;
SELECT count(*) AS rows,
       count(*) FILTER (WHERE v.ticket_id IS NULL OR r.ticket_id IS NULL) AS missing_or_extra,
       count(*) FILTER (WHERE (v.*)::text IS DISTINCT FROM (r.*)::text) AS mismatches
  FROM (SELECT * FROM backlog.ticket_sla_at('2026-03-20 12:00')) v
  FULL JOIN prop_rule r USING (ticket_id, metric);
ROLLBACK;

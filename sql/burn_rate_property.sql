-- burn_rate_property: every next_reply clock of a ticket (backlog.next_reply_clocks), and so the
-- next_reply burn rate, equals its definition computed in plain SQL on a random store (seeded):
-- the customer replies answered by one agent reply (the first at or after them) are one clock,
-- from the first of them; a solve stops it, a later customer reply resumes it; the answering
-- reply stops it. On a round-the-clock calendar business time is wall time, so the clock is the
-- sum of its running stretches, breached once that sum passes the target. The store has ties
-- (a reply at the instant of another event), solves and reopens inside clocks, events after
-- as_of, and tickets solved long ago (out of scope). Also: the clock still open equals the
-- next_reply row of backlog.ticket_sla_at. Each query prints how many figures it compared and
-- how many differ (expected 0).
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
BEGIN;
DELETE FROM backlog.tickets;
UPDATE backlog.calendars SET calendar = 'UTC; 24x7' WHERE name = 'default';
SELECT setseed(0.4242);

-- Worked by hand first (normal priority: next_reply target 8 hours). Ticket 77: first reply
-- 10:00, the customer writes at 12:00, answered 13:00: met after 1 hour. Ticket 78: the same
-- until a reply at 23:00, 11 hours: breached at 20:00; the customer writes again at 08:00 the
-- next day, unanswered at 09:00: running, 1 hour. Ticket 79: a customer reply at the instant of
-- the agent reply (answered at once: no clock), then one at 11:00, the ticket solved at 12:00
-- (stopped: met after 1 hour, ended 12:00) and a reply at 14:00 (nothing left to answer).
INSERT INTO backlog.tickets (id, subject, status, priority, created_at) VALUES
 (77, 'a', 'open', 'normal', '2026-03-02 09:00+00'), (78, 'b', 'open', 'normal', '2026-03-02 09:00+00'),
 (79, 'c', 'open', 'normal', '2026-03-02 09:00+00');
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value) VALUES
 (77, '2026-03-02 10:00+00', 'agent_reply', NULL), (77, '2026-03-02 12:00+00', 'customer_reply', NULL),
 (77, '2026-03-02 13:00+00', 'agent_reply', NULL),
 (78, '2026-03-02 10:00+00', 'agent_reply', NULL), (78, '2026-03-02 12:00+00', 'customer_reply', NULL),
 (78, '2026-03-02 23:00+00', 'agent_reply', NULL), (78, '2026-03-03 08:00+00', 'customer_reply', NULL),
 (79, '2026-03-02 10:00+00', 'agent_reply', NULL), (79, '2026-03-02 10:00+00', 'customer_reply', NULL),
 (79, '2026-03-02 11:00+00', 'customer_reply', NULL), (79, '2026-03-02 12:00+00', 'status', 'solved'),
 (79, '2026-03-02 14:00+00', 'agent_reply', NULL);
SELECT ticket_id, started_at, ended_at, (result).state, (result).elapsed, (result).breached_at
  FROM backlog.next_reply_clocks('2026-03-03 09:00+00', '1 day') ORDER BY 1, 2;
-- expected: 77 12:00-13:00 met 01:00; 78 12:00-23:00 breached 11:00 at 20:00; 78 from 08:00
-- running 01:00; 79 11:00-12:00 met 01:00
SELECT metric, met, breached FROM backlog.sla_outcomes('2026-03-03 09:00+00', '1 day') WHERE metric = 'next_reply';
SELECT round(backlog.burn_rate('next_reply', 0.9, '1 day', '2026-03-03 09:00+00')::numeric, 6) AS day,
       backlog.burn_rate('next_reply', 0.9, '6 hours', '2026-03-03 09:00+00') AS six_hours;
-- expected: 2 met, 1 breached in the day before 09:00; burn rate (1/3) / 0.1 = 3.333333; in
-- the 6 hours before it nothing ended or breached: NULL
SELECT w.win, w.met, w.breached
  FROM backlog.next_reply_outcomes('2026-03-03 09:00+00', '{1 day, NULL, 1 day, 6 hours}') w ORDER BY 1;
-- expected: 6 hours 0 0; 1 day 2 1 (each window once, the NULL left out)
-- Bad input: an instant at infinity is refused by the clocks (22008, datetime_field_overflow); NULL arguments give no rows.
SELECT regress.sqlstate($$SELECT * FROM backlog.next_reply_clocks('infinity', '1 day')$$) AS at_infinity,
       (SELECT count(*) FROM backlog.next_reply_clocks(NULL, '1 day')) AS null_instant,
       (SELECT count(*) FROM backlog.next_reply_outcomes('2026-03-03 09:00+00', NULL)) AS null_windows,
       (SELECT count(*) FROM backlog.next_reply_outcomes('2026-03-03 09:00+00', '{}')) AS no_windows;
-- expected: 22008 0 0 0
DELETE FROM backlog.tickets;


-- 300 tickets created over 12 days before 2026-05-20 12:00; each with 0-12 events at whole
-- minutes (so ties happen), a few minutes to a day apart: customer and agent replies, and
-- status changes that solve, reopen or set pending.
INSERT INTO backlog.tickets (id, subject, priority, status, created_at)
SELECT i, 'ticket ' || i, (ARRAY['urgent', 'high', 'normal', 'low'])[1 + (random() * 3)::int], 'open',
       timestamptz '2026-05-20 12:00+00' - floor(random() * 12 * 24 * 60) * interval '1 minute'
  FROM generate_series(1, 300) i;
CREATE TEMP TABLE gen_events AS
SELECT t.id, t.created_at + sum(s.step) OVER (PARTITION BY t.id ORDER BY s.k) AS at, s.kind,
       CASE WHEN s.kind = 'status' THEN (ARRAY['open', 'pending', 'solved', 'open', 'solved'])[1 + (s.r * 4)::int] END AS value
  FROM backlog.tickets t
 CROSS JOIN LATERAL (
        SELECT k, random() AS r,
               CASE WHEN random() < 0.12 THEN interval '0'
                    ELSE floor(random() * (CASE WHEN random() < 0.5 THEN 120 ELSE 1440 END)) * interval '1 minute' END AS step,
               (ARRAY['customer_reply', 'agent_reply', 'customer_reply', 'status', 'agent_reply'])[1 + (random() * 4)::int] AS kind
          FROM generate_series(1, (random() * 12)::int + (t.id * 0)) k) s;
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value) SELECT id, at, kind, value FROM gen_events;
-- the current status: the last status event's (open without one); solved tickets get solved_at
UPDATE backlog.tickets t SET status = l.value, solved_at = CASE WHEN l.value = 'solved' THEN l.at END
  FROM (SELECT DISTINCT ON (id) id, at, value FROM gen_events WHERE kind = 'status' ORDER BY id, at DESC) l
 WHERE l.id = t.id;
SELECT count(*) AS tickets, count(*) FILTER (WHERE status = 'solved') AS solved,
       (SELECT count(*) FROM backlog.ticket_events) AS events,
       (SELECT count(*) FROM (SELECT ticket_id, at FROM backlog.ticket_events GROUP BY 1, 2 HAVING count(*) > 1) x) > 0 AS ties
  FROM backlog.tickets;

-- The definition in plain SQL, at as_of with scope "recent": for each customer reply after the
-- first agent reply, the agent reply that answers it (the first at or after it; at its instant
-- it answers at once, and there is no clock); the replies answered by one reply are one clock.
CREATE FUNCTION pg_temp.ref_clocks(as_of timestamptz, recent interval)
RETURNS TABLE (ticket_id bigint, started_at timestamptz, ended_at timestamptz, state text,
               elapsed interval, breached_at timestamptz)
LANGUAGE sql AS $$
WITH scope AS (
    SELECT t.id, m.target
      FROM backlog.tickets t JOIN backlog.statuses s ON s.status = t.status
      JOIN backlog.sla_policy_matrix m ON m.metric = 'next_reply' AND m.priority = t.priority AND m.account_tier IS NULL
     WHERE t.created_at <= as_of AND (s.is_open OR t.solved_at >= as_of - recent)
), ev AS (
    SELECT e.ticket_id, e.at, e.kind, e.value FROM backlog.ticket_events e JOIN scope k ON k.id = e.ticket_id
     WHERE e.at <= as_of
), msg AS (
    SELECT c.ticket_id, c.at,
           (SELECT min(a.at) FROM ev a WHERE a.ticket_id = c.ticket_id AND a.kind = 'agent_reply' AND a.at >= c.at) AS answered_at
      FROM ev c
     WHERE c.kind = 'customer_reply'
       AND EXISTS (SELECT 1 FROM ev a WHERE a.ticket_id = c.ticket_id AND a.kind = 'agent_reply' AND a.at < c.at)
), grp AS (
    SELECT m.ticket_id, m.answered_at, min(m.at) AS started_at
      FROM msg m WHERE m.answered_at IS DISTINCT FROM m.at GROUP BY 1, 2
), stop AS (
    -- what stops a clock: a solve after it started, and the answering reply
    SELECT g.ticket_id, g.answered_at, s.at
      FROM grp g JOIN ev s ON s.ticket_id = g.ticket_id AND s.kind = 'status' AND s.value = 'solved'
       AND s.at >= g.started_at AND (g.answered_at IS NULL OR s.at <= g.answered_at)
    UNION
    SELECT g.ticket_id, g.answered_at, g.answered_at FROM grp g WHERE g.answered_at IS NOT NULL
), stretch AS (
    -- each running stretch: from a customer reply to the next stop (or as_of); replies before
    -- the same stop make one stretch, from the first of them
    SELECT x.ticket_id, x.answered_at, min(x.at) AS from_at, x.to_at, x.to_at IS NULL AS open
      FROM (SELECT m.ticket_id, m.answered_at, m.at,
                   (SELECT min(s.at) FROM stop s WHERE s.ticket_id = m.ticket_id
                       AND s.answered_at IS NOT DISTINCT FROM m.answered_at AND s.at >= m.at) AS to_at
              FROM msg m JOIN grp g ON g.ticket_id = m.ticket_id AND g.answered_at IS NOT DISTINCT FROM m.answered_at
             WHERE m.at < coalesce(m.answered_at, 'infinity')) x
     GROUP BY 1, 2, 4
), walk AS (
    SELECT w.*, coalesce(w.to_at, as_of) - w.from_at AS len,
           coalesce(sum(coalesce(w.to_at, as_of) - w.from_at)
                    OVER (PARTITION BY w.ticket_id, w.answered_at ORDER BY w.from_at
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), interval '0') AS before
      FROM stretch w
)
SELECT g.ticket_id, g.started_at,
       (SELECT w.to_at FROM walk w WHERE w.ticket_id = g.ticket_id AND w.answered_at IS NOT DISTINCT FROM g.answered_at
         ORDER BY w.from_at DESC LIMIT 1) AS ended_at,
       CASE WHEN e.elapsed > k.target THEN 'breached'
            WHEN (SELECT w.open FROM walk w WHERE w.ticket_id = g.ticket_id AND w.answered_at IS NOT DISTINCT FROM g.answered_at
                   ORDER BY w.from_at DESC LIMIT 1) THEN 'running'
            ELSE 'met' END,
       e.elapsed,
       (SELECT w.from_at + (k.target - w.before) FROM walk w
         WHERE w.ticket_id = g.ticket_id AND w.answered_at IS NOT DISTINCT FROM g.answered_at
           AND w.before <= k.target AND w.before + w.len > k.target)
  FROM grp g JOIN scope k ON k.id = g.ticket_id
 CROSS JOIN LATERAL (SELECT sum(w.len) AS elapsed FROM walk w
                      WHERE w.ticket_id = g.ticket_id AND w.answered_at IS NOT DISTINCT FROM g.answered_at) e
$$;

CREATE TEMP TABLE instants AS
SELECT * FROM (VALUES (timestamptz '2026-05-20 12:00+00', interval '1 hour'),
                      ('2026-05-20 12:00+00', '6 hours'), ('2026-05-20 12:00+00', '3 days'),
                      ('2026-05-16 09:17+00', '1 day'), ('2026-05-12 00:00+00', '30 days')) v(as_of, win);

-- every clock, field by field (started_at identifies it)
WITH c AS (SELECT i.as_of, i.win, x.* FROM instants i, LATERAL backlog.next_reply_clocks(i.as_of, i.win) x),
     r AS (SELECT i.as_of, i.win, x.* FROM instants i, LATERAL pg_temp.ref_clocks(i.as_of, i.win) x)
SELECT count(*) AS clocks_compared,
       count(*) FILTER (WHERE r.ticket_id IS NULL OR c.ticket_id IS NULL
                           OR (c.ended_at, (c.result).state, (c.result).elapsed, (c.result).breached_at)
                              IS DISTINCT FROM (r.ended_at, r.state, r.elapsed, r.breached_at)) AS differ,
       count(*) FILTER (WHERE coalesce((c.result).state, r.state) = 'met') > 0 AS some_met,
       count(*) FILTER (WHERE coalesce((c.result).state, r.state) = 'breached') > 0 AS some_breached,
       count(*) FILTER (WHERE coalesce((c.result).state, r.state) = 'running') > 0 AS some_running
  FROM c FULL JOIN r ON (r.as_of, r.win, r.ticket_id, r.started_at) = (c.as_of, c.win, c.ticket_id, c.started_at);

-- the next_reply burn rate's counts: met (stopped for good within target in the window) and
-- breached (breached_at in the window)
SELECT count(*) AS windows_compared,
       count(*) FILTER (WHERE (o.met, o.breached) IS DISTINCT FROM (r.met, r.breached)) AS differ,
       sum(o.met) > 0 AND sum(o.breached) > 0 AS both_seen
  FROM instants i
 CROSS JOIN LATERAL (SELECT coalesce(max(s.met), 0) AS met, coalesce(max(s.breached), 0) AS breached
                       FROM backlog.sla_outcomes(i.as_of, i.win) s WHERE s.metric = 'next_reply') o
 CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE x.state = 'met' AND x.ended_at > i.as_of - i.win) AS met,
                            count(*) FILTER (WHERE x.breached_at > i.as_of - i.win AND x.breached_at <= i.as_of) AS breached
                       FROM pg_temp.ref_clocks(i.as_of, i.win) x) r;

-- burn_rate itself: breached / (met + breached) / (1 - objective), NULL without either
SELECT count(*) AS compared,
       count(*) FILTER (WHERE abs(coalesce(backlog.burn_rate('next_reply', 0.95, i.win, i.as_of), -1)
                                 - coalesce(r.breached::float8 / nullif(r.met + r.breached, 0) / 0.05, -1)) > 1e-9) AS differ
  FROM instants i
 CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE x.state = 'met' AND x.ended_at > i.as_of - i.win) AS met,
                            count(*) FILTER (WHERE x.breached_at > i.as_of - i.win AND x.breached_at <= i.as_of) AS breached
                       FROM pg_temp.ref_clocks(i.as_of, i.win) x) r;

-- the clock still open (no agent reply since it started: running, or stopped by a solve) is
-- the one backlog.ticket_sla_at shows, and no ticket_sla_at row lacks its clock
WITH c AS (SELECT DISTINCT ON (i.as_of, i.win, x.ticket_id) i.as_of, i.win, x.*
             FROM instants i, LATERAL backlog.next_reply_clocks(i.as_of, i.win) x
            WHERE NOT EXISTS (SELECT 1 FROM backlog.ticket_events a WHERE a.ticket_id = x.ticket_id
                                AND a.kind = 'agent_reply' AND a.at >= x.started_at AND a.at <= i.as_of)
            ORDER BY i.as_of, i.win, x.ticket_id, x.started_at DESC),
     s AS (SELECT i.as_of, i.win, y.* FROM instants i, LATERAL backlog.ticket_sla_at(i.as_of, i.win) y
            WHERE y.metric = 'next_reply')
SELECT count(*) AS current_compared,
       count(*) FILTER (WHERE s.ticket_id IS NULL OR c.ticket_id IS NULL
                           OR ((c.result).state, (c.result).elapsed, (c.result).breached_at)
                              IS DISTINCT FROM (s.state, s.elapsed, s.breached_at)) AS differ
  FROM c FULL JOIN s ON (s.as_of, s.win, s.ticket_id) = (c.as_of, c.win, c.ticket_id);
ROLLBACK;

-- flow: backlog.flow_at, backlog.flow and the flow_agg aggregate on a hand-made store (every
-- figure worked out below), window edges, the state type's text and binary forms, combine,
-- parallel plans, and every error.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
BEGIN;
DELETE FROM backlog.tickets;

-- The empty store: a row per window, counts 0, ratios NULL.
SELECT * FROM backlog.flow_at('2026-03-29 12:00+00');
SELECT count(*) AS flow_rows FROM backlog.flow;

-- T = Sun 2026-03-29 12:00 UTC. Windows are days of 24 hours: (T - N x 24 h, T].
INSERT INTO backlog.tickets (id, status, created_at, solved_at) VALUES
  -- a: solved T-5d, reopened T-36h, solved again T-12h: stretches [T-10d, T-5d), [T-36h, T-12h)
  (1, 'solved',  '2026-03-19 12:00+00', '2026-03-29 00:00+00'),
  -- b: created exactly T-24h, on the open start of the 1-day window; open, no history
  (2, 'open',    '2026-03-28 12:00+00', NULL),
  -- c: created T-3d, solved exactly at T (in every window; not open at T)
  (3, 'solved',  '2026-03-26 12:00+00', '2026-03-29 12:00+00'),
  -- d: created after T: counts nowhere
  (4, 'open',    '2026-03-29 13:00+00', NULL),
  -- e: pending since T-30d, no history: open throughout
  (5, 'pending', '2026-02-27 12:00+00', NULL),
  -- f: created T-6d, closed at T-4d without a solved_at (merged, say): never solved
  (6, 'closed',  '2026-03-23 12:00+00', NULL),
  -- g: no history, created T-8d, solved T-3d: open [T-8d, T-3d)
  (7, 'solved',  '2026-03-21 12:00+00', '2026-03-26 12:00+00'),
  -- h: created T-23h30 (01:30 Sat night UTC, before Berlin's clocks went forward at 01:00 UTC
  --    Sunday): inside the 1-day window whatever the session's time zone
  (8, 'open',    '2026-03-28 12:30+00', NULL);
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value) VALUES
  (1, '2026-03-19 12:00+00', 'status', 'new'),  (1, '2026-03-24 12:00+00', 'status', 'solved'),
  (1, '2026-03-28 00:00+00', 'status', 'open'), (1, '2026-03-29 00:00+00', 'status', 'solved'),
  (3, '2026-03-26 12:00+00', 'status', 'new'),  (3, '2026-03-29 12:00+00', 'status', 'solved'),
  (6, '2026-03-23 12:00+00', 'status', 'new'),  (6, '2026-03-25 12:00+00', 'status', 'closed');
ANALYZE backlog.tickets, backlog.ticket_events;

-- 1 day (T-24h, T]: created h = 1 (b is on the open start); solved a (T-12h), c (T) = 2; net -1;
--   solved/created 2. Open at T-24h: a (reopened T-36h), b (created at that instant), c, e = 4.
--   Open at T: b, e, h = 3 (c solved at T, d not there yet). growth 3/4 - 1 = -0.25.
--   days_to_clear = 3 / ((2 - 1) / 1) = 3.
-- 2 days (T-48h, T]: created b, h = 2; solved a, c = 2; net 0; ratio 1. Open at T-48h: c, e = 2
--   (a between its solve and its reopen, g solved T-3d). growth 3/2 - 1 = 0.5. Not shrinking: NULL.
-- 7 days (T-7d, T]: created b, c, f, h = 4; solved a, c, g = 3 (f has no solved_at); net 1;
--   ratio 0.75. Open at T-7d: a (first stretch), e, g = 3. growth 0. Growing: NULL.
SELECT * FROM backlog.flow_at('2026-03-29 12:00+00', '{1,2,7}');

-- Windows come back in the order given, repeats included; the default is {1,7,28}.
-- 28 days (T-28d, T]: created a, b, c, f, g, h = 6; solved a, c, g = 3; open at T-28d: e = 1.
SELECT window_days, created, solved, open_at_start, open_at_end
  FROM backlog.flow_at('2026-03-29 12:00+00', '{7,1,7}');
SELECT window_days, created, solved, open_at_start, open_at_end, growth
  FROM backlog.flow_at('2026-03-29 12:00+00');

-- A day is 24 hours whatever the session's zone: on the DST day in Berlin the 1-day window still
-- starts at T-24h (a calendar day there would start at T-23h and miss h's creation).
SET TimeZone = 'Europe/Berlin';
SELECT window_days, created, solved, open_at_start, open_at_end
  FROM backlog.flow_at('2026-03-29 12:00+00', '{1}');
SET TimeZone = 'UTC';

-- The aggregate over rows given by hand: created and solved instants, and open stretches.
SELECT r.*
  FROM backlog.flow_rows((SELECT backlog.flow_agg('2026-03-29 12:00+00', '{1,2}', c, s, o, e)
                            FROM (VALUES
                                  -- created and solved inside both windows
                                  ('2026-03-29 06:00+00'::timestamptz, '2026-03-29 07:00+00'::timestamptz, NULL::timestamptz, NULL::timestamptz),
                                  -- open from T-30h until T-1h: open at T-24h, not at T-48h nor T
                                  (NULL, NULL, '2026-03-28 06:00+00', '2026-03-29 11:00+00'),
                                  -- open from T-3d on
                                  (NULL, NULL, '2026-03-26 12:00+00', NULL),
                                  -- an empty stretch and one after T count nowhere
                                  (NULL, NULL, '2026-03-28 06:00+00', '2026-03-28 06:00+00'),
                                  (NULL, NULL, '2026-03-29 12:00:01+00', NULL),
                                  -- all NULL: nothing
                                  (NULL, NULL, NULL, NULL)) v(c, s, o, e))) r;
-- created 1, solved 1 in both; open at T-24h: 2, at T-48h: 1, at T: 1.

-- The view is flow_at(now()).
SELECT (SELECT array_agg(row(f.*)::text) FROM backlog.flow f)
     = (SELECT array_agg(row(f.*)::text) FROM backlog.flow_at(now()) f) AS flow_is_flow_at_now;

-- ---------------------------------------------------------------------------------------------
-- The state type. as_of is microseconds since 2000-01-01 00:00 UTC: 2026-03-29 12:00 UTC is
-- 9584 days and 12 hours later (26 years with 7 leap days = 9497 days, Jan-Mar 28 = 87 days),
-- 9584.5 x 86400 s = 828,100,800 s.
-- ---------------------------------------------------------------------------------------------
SELECT backlog.flow_agg('2026-03-29 12:00+00', '{1,2,7}', t.created_at, t.solved_at, s.opened_at, s.closed_at)
  FROM (SELECT created_at, solved_at FROM backlog.tickets) t
  FULL JOIN (SELECT * FROM backlog.open_spans('2026-03-22 12:00+00')) s ON false;
SELECT backlog.flow_state('2026-03-29 12:00+00', '{28}');
SELECT 'flow v1 as_of=1 windows=3,5 created=1,2 solved=0,9 open_start=4,4 open_end=7'::backlog.flow_state;
SELECT * FROM backlog.flow_rows('flow v1 as_of=1 windows=3,5 created=1,2 solved=0,9 open_start=4,4 open_end=7');
-- 5 days: created 2, solved 9, net -7, 4.5 per created, growth 7/4 - 1, 7 / (7/5) = 5 days to clear.
SELECT backlog.flow_state_send('flow v1 as_of=1 windows=3 created=1 solved=2 open_start=4 open_end=7');
-- version 01, nwin 00000001, as_of 1, open_end 7, windows 3, created 1, solved 2, open_start 4

-- COPY BINARY goes through send and recv.
CREATE TEMP TABLE flow_copy (s backlog.flow_state);
INSERT INTO flow_copy VALUES ('flow v1 as_of=-5 windows=1,7,28 created=1,2,3 solved=4,5,6 open_start=7,8,9 open_end=10'),
                             (backlog.flow_state('2026-03-29 12:00+00', '{1}'));
DO $$
BEGIN
    EXECUTE format('COPY flow_copy TO %L (FORMAT binary)', '/tmp/backlog_flow_' || pg_backend_pid() || '.bin');
    EXECUTE format('COPY flow_copy FROM %L (FORMAT binary)', '/tmp/backlog_flow_' || pg_backend_pid() || '.bin');
    EXECUTE format('COPY (SELECT 1) TO PROGRAM %L', 'cat >/dev/null; rm -f /tmp/backlog_flow_' || pg_backend_pid() || '.bin');
END
$$;
SELECT s::text, count(*) FROM flow_copy GROUP BY 1 ORDER BY 1;

-- combine adds states of the same shape (called directly, it leaves its arguments alone).
SELECT backlog.flow_combine('flow v1 as_of=1 windows=3,5 created=1,2 solved=0,9 open_start=4,4 open_end=7',
                            'flow v1 as_of=1 windows=3,5 created=10,20 solved=1,1 open_start=0,1 open_end=3');

-- ---------------------------------------------------------------------------------------------
-- Errors
-- ---------------------------------------------------------------------------------------------
SELECT regress.error($$SELECT * FROM backlog.flow_at(now(), '{}')$$);
SELECT regress.error($$SELECT * FROM backlog.flow_at(now(), '{7,0}')$$);
SELECT regress.error($$SELECT * FROM backlog.flow_at(now(), '{36601}')$$);
SELECT regress.error($$SELECT * FROM backlog.flow_at(now(), '{1,NULL}')$$);
SELECT regress.error($$SELECT * FROM backlog.flow_at(now(), '{{1,2},{3,4}}')$$);
SELECT regress.error($$SELECT * FROM backlog.flow_at(now(), (SELECT array_agg(i) FROM generate_series(1, 65) i))$$);
SELECT regress.error($$SELECT * FROM backlog.flow_at('infinity', '{1}')$$);
SELECT regress.error($$SELECT backlog.flow_agg(NULL, '{1}', now(), NULL, NULL, NULL)$$);
-- as_of and windows must not change from row to row
SELECT regress.error($$SELECT backlog.flow_agg(a, '{1}', NULL, NULL, NULL, NULL)
                         FROM (VALUES ('2026-01-01 00:00+00'::timestamptz), ('2026-01-02 00:00+00')) v(a)$$);
SELECT regress.error($$SELECT backlog.flow_agg(now(), w, NULL, NULL, NULL, NULL)
                         FROM (VALUES ('{1}'::integer[]), ('{2}')) v(w)$$);
SELECT regress.sqlstate($$SELECT backlog.flow_agg(now(), w, NULL, NULL, NULL, NULL)
                            FROM (VALUES ('{1,7}'::integer[]), ('{1,7}')) v(w)$$) AS same_windows_ok;
SELECT regress.error($$SELECT backlog.flow_combine('flow v1 as_of=1 windows=3 created=1 solved=0 open_start=4 open_end=7',
                                                   'flow v1 as_of=2 windows=3 created=1 solved=0 open_start=4 open_end=7')$$);
SELECT regress.error($$SELECT backlog.flow_combine('flow v1 as_of=1 windows=3 created=9223372036854775807 solved=0 open_start=4 open_end=7',
                                                   'flow v1 as_of=1 windows=3 created=1 solved=0 open_start=4 open_end=7')$$);
-- text forms that are not states
SELECT regress.sqlstate(format('SELECT %L::backlog.flow_state', s)) AS sqlstate, s AS text
  FROM (VALUES (''), ('flow v2 as_of=1 windows=3 created=1 solved=0 open_start=4 open_end=7'),
               ('flow v1 as_of=1 windows=3,4 created=1 solved=0,0 open_start=4,4 open_end=7'),
               ('flow v1 as_of=1 windows=0 created=1 solved=0 open_start=4 open_end=7'),
               ('flow v1 as_of=1 windows=3 created=-1 solved=0 open_start=4 open_end=7'),
               ('flow v1 as_of=1 windows=3 created=1 solved=0 open_start=4 open_end=7 extra'),
               ('flow v1 as_of=1 windows=3 created=1 solved=0 open_start=4'),
               ('flow v1 as_of=x windows=3 created=1 solved=0 open_start=4 open_end=7'),
               ('flow v1 as_of=9223372036854775807 windows=3 created=1 solved=0 open_start=4 open_end=7'),
               ('flow v1 as_of=1 windows=3 created=99999999999999999999 solved=0 open_start=4 open_end=7'),
               ('flow v1 as_of=1  windows=3 created=1 solved=0 open_start=4 open_end=7')) v(s);
SELECT regress.error($$SELECT 'flow v1 as_of=1 windows=3 created=1 solved=0 open_start=4 open_end=-7'::backlog.flow_state$$);
ROLLBACK;

-- ---------------------------------------------------------------------------------------------
-- Parallel plans: partial states are combined, and the result is the same. (A table of its
-- own, outside the transaction: temporary tables are never scanned in parallel.)
-- ---------------------------------------------------------------------------------------------
SELECT setseed(0.19) FROM (SELECT 1) x;
CREATE TABLE regress.flow_rand AS
SELECT timestamptz '2026-03-29 12:00+00' - (random() * 40) * interval '1 day' AS c,
       CASE WHEN random() < 0.6 THEN timestamptz '2026-03-29 12:00+00' - (random() * 20) * interval '1 day' END AS s
  FROM generate_series(1, 20000);
ANALYZE regress.flow_rand;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE flow_serial AS
SELECT backlog.flow_agg('2026-03-29 12:00+00', '{1,7,28}', c, s, c, s)::text AS st FROM regress.flow_rand;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SELECT regress.plan_has($$SELECT backlog.flow_agg('2026-03-29 12:00+00', '{1,7,28}', c, s, c, s) FROM regress.flow_rand$$,
                        'Partial Aggregate') AS partial_aggregate;
SELECT (SELECT backlog.flow_agg('2026-03-29 12:00+00', '{1,7,28}', c, s, c, s)::text FROM regress.flow_rand)
     = (SELECT st FROM flow_serial) AS parallel_equals_serial;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;

DROP TABLE regress.flow_rand;

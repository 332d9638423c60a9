-- sla: the backlog.sla_clock aggregate on hand-worked timelines.
--
-- Covers: pause and resume inside and outside business hours, a breach that would fall inside a
-- pause (it cannot), a breach right at closing time, reopen after solve, several pending
-- periods, a ticket created on a holiday, events at identical timestamps (the tie rule), no
-- events, as_of (events after it ignored), the now() form, input order (the aggregate sorts
-- itself), use as a window aggregate, and parallel aggregation (combine, serial, deserial).
--
-- Calendar unless stated: 'UTC; mon-fri 09:00-17:00'. 2026-03-02 is a Monday, so the week is
-- Mon 03-02 .. Fri 03-06, Sat 03-07, Sun 03-08, Mon 03-09. Times are UTC.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, MDY';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

CREATE TABLE sla_case (name text, at timestamptz, clock text);

-- run one timeline
CREATE FUNCTION sla_run(c text, target interval, as_of timestamptz,
                        cal text DEFAULT 'UTC; mon-fri 09:00-17:00')
RETURNS backlog.sla_result LANGUAGE sql STABLE
AS $$ SELECT backlog.sla_clock(cal::backlog.calendar, target, s.at, s.clock, as_of)
        FROM sla_case s WHERE s.name = c $$;

-- ---- pause and resume inside business hours ------------------------------------------------
INSERT INTO sla_case VALUES
    ('pause_inside', '2026-03-02 09:00', 'running'),
    ('pause_inside', '2026-03-02 11:00', 'paused'),
    ('pause_inside', '2026-03-02 14:00', 'running');
-- Mon 09-11 (2 h) + Mon 14-16 (2 h) = 4 h; remaining 8 h - 4 h = 4 h.
-- due: 6 h left at the 14:00 resume: Mon 14-17 (3 h) + Tue 09-12 (3 h) = Tue 12:00.
SELECT * FROM sla_run('pause_inside', '8 hours', '2026-03-02 16:00');

-- ---- pause and resume outside business hours -----------------------------------------------
INSERT INTO sla_case VALUES
    ('pause_outside', '2026-03-02 16:00', 'running'),
    ('pause_outside', '2026-03-02 18:00', 'paused'),
    ('pause_outside', '2026-03-03 08:00', 'running');
-- Mon 16-17 (1 h; 17-18 is closed) + Tue 09-10 (1 h; 08-09 is closed) = 2 h = target: running,
-- not breached (elapsed > target is the breach). due: 1 h left at the Tue 08:00 resume = Tue 10:00.
SELECT * FROM sla_run('pause_outside', '2 hours', '2026-03-03 10:00');
-- At Tue 10:30: 2 h 30 min > 2 h, breached at Tue 10:00, when the 2 h were used up.
SELECT * FROM sla_run('pause_outside', '2 hours', '2026-03-03 10:30');
-- Paused at Mon 20:00 with 1 h used: no due time while paused.
SELECT * FROM sla_run('pause_outside', '2 hours', '2026-03-02 20:00');

-- ---- a breach inside a pause window cannot happen ------------------------------------------
INSERT INTO sla_case VALUES
    ('breach_in_pause', '2026-03-02 09:00', 'running'),
    ('breach_in_pause', '2026-03-02 12:00', 'paused'),
    ('breach_in_pause', '2026-03-03 15:00', 'running');
-- Without the pause, 4 h would run out at Mon 13:00, inside the pause Mon 12:00 - Tue 15:00.
-- With it: Mon 09-12 (3 h) + Tue 15-16 (1 h) = 4 h = target at Tue 16:00: not breached.
SELECT * FROM sla_run('breach_in_pause', '4 hours', '2026-03-03 16:00');
-- At Tue 16:30: 4 h 30 min; the breach is Tue 16:00, after the pause, not Mon 13:00.
SELECT * FROM sla_run('breach_in_pause', '4 hours', '2026-03-03 16:30');
-- During the pause (Mon 14:00, Tue 10:00): 3 h, paused, never breached.
SELECT * FROM sla_run('breach_in_pause', '4 hours', '2026-03-02 14:00');
SELECT * FROM sla_run('breach_in_pause', '4 hours', '2026-03-03 10:00');

-- ---- breach right at closing time ----------------------------------------------------------
INSERT INTO sla_case VALUES ('closing', '2026-03-02 09:00', 'running');
-- Mon 09-17 = 8 h = target exactly at closing: running, remaining 0, due Mon 17:00.
SELECT * FROM sla_run('closing', '8 hours', '2026-03-02 17:00');
-- Overnight nothing accrues: still 8 h at Mon 23:59 and at Tue 09:00 sharp.
SELECT * FROM sla_run('closing', '8 hours', '2026-03-02 23:59');
SELECT * FROM sla_run('closing', '8 hours', '2026-03-03 09:00');
-- One second of Tuesday later it is breached; the breach is Tue 09:00, the first working
-- instant past the target, while due_at stays Mon 17:00, when the target was reached.
SELECT * FROM sla_run('closing', '8 hours', '2026-03-03 09:00:01');
-- Stopped at closing (or after it, before the next opening): met, elapsed = target.
INSERT INTO sla_case VALUES
    ('closing_stop', '2026-03-02 09:00', 'running'),
    ('closing_stop', '2026-03-02 18:00', 'stopped');
-- Mon 09-17 = 8 h (17-18 closed): met with 0 remaining.
SELECT * FROM sla_run('closing_stop', '8 hours', '2026-03-04 12:00');

-- ---- reopen after solve --------------------------------------------------------------------
INSERT INTO sla_case VALUES
    ('reopen', '2026-03-02 09:00', 'running'),
    ('reopen', '2026-03-02 10:00', 'stopped'),
    ('reopen', '2026-03-04 09:00', 'running'),
    ('reopen', '2026-03-04 11:00', 'stopped');
-- Mon 09-10 (1 h) + Wed 09-11 (2 h) = 3 h; the reopen resumes the same clock. Met against 4 h.
SELECT * FROM sla_run('reopen', '4 hours', '2026-03-06 12:00');
-- Against 2 h: 1 h left at the Wed 09:00 reopen, so the breach is Wed 10:00; remaining -1 h.
SELECT * FROM sla_run('reopen', '2 hours', '2026-03-06 12:00');
-- Between the solve and the reopen (Tue 12:00): met with 1 h, remaining 3 h.
SELECT * FROM sla_run('reopen', '4 hours', '2026-03-03 12:00');
-- Reopened and still running at Wed 10:00: 1 h + 1 h = 2 h; due = Wed 09:00 + (4 h - 1 h) = Wed 12:00.
SELECT * FROM sla_run('reopen', '4 hours', '2026-03-04 10:00');

-- ---- several pending periods ---------------------------------------------------------------
INSERT INTO sla_case VALUES
    ('pendings', '2026-03-02 09:00', 'running'),
    ('pendings', '2026-03-02 10:00', 'paused'),
    ('pendings', '2026-03-02 11:00', 'running'),
    ('pendings', '2026-03-02 12:00', 'paused'),
    ('pendings', '2026-03-02 14:00', 'running'),
    ('pendings', '2026-03-02 15:00', 'paused'),
    ('pendings', '2026-03-03 09:00', 'running');
-- 09-10 + 11-12 + 14-15 (3 h on Mon) + Tue 09-11 (2 h) = 5 h; remaining 1 h;
-- due = Tue 09:00 + (6 h - 3 h) = Tue 12:00.
SELECT * FROM sla_run('pendings', '6 hours', '2026-03-03 11:00');
-- Against 2 h 30 min: 2 h by Mon 12:00, the breach is 30 min into the 14:00 run: Mon 14:30.
SELECT * FROM sla_run('pendings', '2 hours 30 minutes', '2026-03-03 11:00');

-- ---- a ticket created on a holiday ---------------------------------------------------------
INSERT INTO sla_case VALUES ('holiday', '2026-03-02 10:00', 'running');
-- Monday is a holiday: nothing accrues on it. At Mon 16:00: 0 h, due = Tue 09-13 = Tue 13:00.
SELECT * FROM sla_run('holiday', '4 hours', '2026-03-02 16:00', 'UTC; mon-fri 09:00-17:00; holidays 2026-03-02');
-- At Tue 12:00: Tue 09-12 = 3 h; remaining 1 h; due Tue 13:00.
SELECT * FROM sla_run('holiday', '4 hours', '2026-03-03 12:00', 'UTC; mon-fri 09:00-17:00; holidays 2026-03-02');
-- The same clock without the holiday: Mon 10-16 = 6 h > 4 h, breached at Mon 14:00.
SELECT * FROM sla_run('holiday', '4 hours', '2026-03-02 16:00');

-- ---- events at identical timestamps: running < paused < stopped -------------------------------
-- Events at one instant are applied in that rank order, so the clock leaves the instant in the
-- highest-ranked state given for it; zero-length stretches accrue nothing.
INSERT INTO sla_case VALUES
    ('tie_run_stop', '2026-03-02 10:00', 'stopped'),
    ('tie_run_stop', '2026-03-02 10:00', 'running');
-- running and stopped at Mon 10:00: stopped wins; the clock never ran: met, 0.
SELECT * FROM sla_run('tie_run_stop', '1 hour', '2026-03-02 12:00');
INSERT INTO sla_case VALUES
    ('tie_pause', '2026-03-02 09:00', 'running'),
    ('tie_pause', '2026-03-02 10:00', 'running'),
    ('tie_pause', '2026-03-02 10:00', 'paused');
-- Mon 09:00 running; at 10:00 both running and paused: paused wins. 09-10 = 1 h, paused.
SELECT * FROM sla_run('tie_pause', '4 hours', '2026-03-02 12:00');
INSERT INTO sla_case VALUES
    ('tie_solve_reopen', '2026-03-02 09:00', 'running'),
    ('tie_solve_reopen', '2026-03-02 10:00', 'running'),
    ('tie_solve_reopen', '2026-03-02 10:00', 'stopped'),
    ('tie_solve_reopen', '2026-03-02 10:00', 'paused');
-- A solve and a reopen (and a pause) at the same instant: the stop wins: met with 1 h.
SELECT * FROM sla_run('tie_solve_reopen', '4 hours', '2026-03-02 12:00');
INSERT INTO sla_case VALUES
    ('duplicates', '2026-03-02 09:00', 'running'),
    ('duplicates', '2026-03-02 09:00', 'running'),
    ('duplicates', '2026-03-02 09:30', 'running');
-- Repeating the state changes nothing: 09:00-10:00 = 1 h.
SELECT * FROM sla_run('duplicates', '4 hours', '2026-03-02 10:00');

-- ---- no events -----------------------------------------------------------------------------
-- No rows: no clock, so the whole result is NULL (and GROUP BY yields no group at all).
SELECT sla_run('no_such_case', '1 hour', '2026-03-02 10:00') IS NULL AS no_clock;
SELECT count(*) AS groups
  FROM (SELECT backlog.sla_clock('24x7', '1 hour', at, clock) FROM sla_case WHERE false GROUP BY name) g;

-- ---- as_of, events after it, and clocks that never ran --------------------------------------
INSERT INTO sla_case VALUES
    ('as_of', '2026-03-02 09:00', 'running'),
    ('as_of', '2026-03-02 11:00', 'stopped');
-- The stop at 11:00 is after as_of (10:00) and ignored: running, 1 h, due 09:00 + 3 h = 12:00.
SELECT * FROM sla_run('as_of', '3 hours', '2026-03-02 10:00');
-- as_of equal to an event applies it: met at 11:00 with 2 h.
SELECT * FROM sla_run('as_of', '3 hours', '2026-03-02 11:00');
-- as_of equal to the first event: 0 elapsed, running, due 12:00.
SELECT * FROM sla_run('as_of', '3 hours', '2026-03-02 09:00');
INSERT INTO sla_case VALUES ('starts_paused', '2026-03-02 09:00', 'paused');
-- A clock whose first event is a pause never ran: paused, 0, remaining = target, no due time.
SELECT * FROM sla_run('starts_paused', '3 hours', '2026-03-02 12:00');

-- ---- 24x7, and a zero target ---------------------------------------------------------------
INSERT INTO sla_case VALUES ('weekend', '2026-03-07 10:00', 'running');
-- Sat 10:00 to Sun 10:00 on 24x7 = 24 h; 8 h ran out Sat 18:00.
SELECT * FROM sla_run('weekend', '8 hours', '2026-03-08 10:00', '24x7');
-- The same on business hours: the weekend is closed, 0 h; due Mon 09-17 = Mon 17:00.
SELECT * FROM sla_run('weekend', '8 hours', '2026-03-08 10:00');
INSERT INTO sla_case VALUES ('zero', '2026-03-02 08:00', 'running');
-- Target 0: reached at once (due = the start, 08:00); breached by the first working
-- microsecond, Mon 09:00. At 09:00 sharp nothing has accrued yet: running, not breached.
SELECT * FROM sla_run('zero', '0', '2026-03-02 09:30');
SELECT * FROM sla_run('zero', '0', '2026-03-02 09:00');
-- Months and days count as extract(epoch) does (a day is 24 h): '1 day' of business hours is
-- 3 working days: due Mon 09:00 + 24 h = Wed 17:00.
SELECT * FROM sla_run('closing', '1 day', '2026-03-02 09:30');

-- ---- the now() form ------------------------------------------------------------------------
-- Without as_of the clock runs to now() (the transaction's start): 24x7, started an hour before.
BEGIN;
SELECT (r).state, (r).elapsed, (r).remaining, (r).due_at = now() + interval '1 hour' AS due_in_1h
  FROM (SELECT backlog.sla_clock('24x7', '2 hours', at, clock) AS r
          FROM (VALUES (now() - interval '1 hour', 'running')) v(at, clock)) q;
COMMIT;

-- ---- input order does not matter: the aggregate sorts its events ---------------------------
-- The same clock fed ascending, descending, by a hash of the row, and with ORDER BY: one result.
SELECT count(DISTINCT r::text) AS distinct_results, min(r::text) AS result
  FROM (SELECT backlog.sla_clock('UTC; mon-fri 09:00-17:00', '6 hours', at, clock, '2026-03-03 11:00')
          FROM (SELECT * FROM sla_case WHERE name = 'pendings' ORDER BY at) s
        UNION ALL
        SELECT backlog.sla_clock('UTC; mon-fri 09:00-17:00', '6 hours', at, clock, '2026-03-03 11:00')
          FROM (SELECT * FROM sla_case WHERE name = 'pendings' ORDER BY at DESC) s
        UNION ALL
        SELECT backlog.sla_clock('UTC; mon-fri 09:00-17:00', '6 hours', at, clock, '2026-03-03 11:00')
          FROM (SELECT * FROM sla_case WHERE name = 'pendings' ORDER BY md5(at::text || clock)) s
        UNION ALL
        SELECT backlog.sla_clock('UTC; mon-fri 09:00-17:00', '6 hours', at, clock, '2026-03-03 11:00'
                                 ORDER BY at DESC)
          FROM sla_case WHERE name = 'pendings') q(r);

-- ---- as a window aggregate (the final function runs once per row) ---------------------------
-- Whole-partition frame: every row of a case sees its case's result; 'reopen' is met with 3 h.
SELECT name, count(*) AS rows, count(DISTINCT r::text) AS distinct_results, min(r::text) AS result
  FROM (SELECT name, backlog.sla_clock('UTC; mon-fri 09:00-17:00', '4 hours', at, clock, '2026-03-06 12:00')
                         OVER (PARTITION BY name) AS r
          FROM sla_case WHERE name IN ('reopen', 'tie_pause')) w
 GROUP BY name ORDER BY name;
-- A running frame: each row's clock holds the events up to that row, all measured at Tue 09:00.
-- Mon 09 run: Mon 09-17 = 8 h > 6 h, breached; + 10 pause: 1 h, paused; + 11 run: 1 h + 11-17 =
-- 7 h, breached; + 12 pause: 2 h; + 14 run: 2 h + 14-17 = 5 h, running; + 15 pause: 3 h;
-- + Tue 09 run: 3 h + nothing yet = 3 h, running.
SELECT at, (r).state, (r).elapsed
  FROM (SELECT at, backlog.sla_clock('UTC; mon-fri 09:00-17:00', '6 hours', at, clock, '2026-03-03 09:00')
                       OVER (ORDER BY at) AS r
          FROM sla_case WHERE name = 'pendings') w
 ORDER BY at;

-- ---- parallel aggregation: partial states cross process boundaries --------------------------
-- 400 clocks of 6 events each, stored round by round so that each clock's events lie far apart
-- and land in different workers; a parallel plan (combine, serial, deserial) must give exactly
-- the serial answer.
CREATE TABLE sla_par (id int, at timestamptz, clock text);
INSERT INTO sla_par
SELECT id, timestamptz '2026-03-02 08:00' + (id % 50) * interval '7 minutes' + k * interval '5 hours',
       (ARRAY['running', 'paused', 'running', 'stopped', 'running', 'paused'])[k + 1]
  FROM generate_series(0, 5) k, generate_series(1, 400) id
 ORDER BY k, id;
-- one clock made of every row: a plain (ungrouped) aggregate split across workers
INSERT INTO sla_par SELECT 0, timestamptz '2026-03-02 08:00' + n * interval '1 minute', 'running'
  FROM generate_series(1, 20000) n;
INSERT INTO sla_par SELECT 0, timestamptz '2026-03-02 08:00' + n * interval '1 minute' + interval '30 seconds', 'paused'
  FROM generate_series(1, 20000) n;
ANALYZE sla_par;
SET max_parallel_workers_per_gather = 0;
CREATE TABLE sla_par_serial AS
SELECT id, backlog.sla_clock('UTC; mon-fri 09:00-17:00', '20 hours', at, clock, '2026-03-05 12:00')::text AS r
  FROM sla_par GROUP BY id;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
SELECT regress.plan_has($$SELECT id, backlog.sla_clock('UTC; mon-fri 09:00-17:00', '20 hours', at, clock, '2026-03-05 12:00')
                           FROM sla_par GROUP BY id$$, 'Partial') AS grouped_partial,
       regress.plan_has($$SELECT backlog.sla_clock('24x7', '20 hours', at, clock, '2026-03-20 12:00')
                           FROM sla_par WHERE id = 0$$, 'Partial Aggregate') AS plain_partial;
SELECT count(*) AS clocks,
       count(*) FILTER (WHERE p.r IS DISTINCT FROM s.r) AS mismatches
  FROM (SELECT id, backlog.sla_clock('UTC; mon-fri 09:00-17:00', '20 hours', at, clock, '2026-03-05 12:00')::text AS r
          FROM sla_par GROUP BY id) p
  FULL JOIN sla_par_serial s USING (id);
-- Clock 0 runs 30 s of every minute from Mon 08:01 for 20000 minutes, then pauses:
-- 20000 x 30 s = 166 h 40 min; remaining 20 h - that = -146 h 40 min. On 24x7 the 2400th run
-- (Mon 08:00 + 2400 min = Wed 00:00) ends exactly at 20 h, which is not yet a breach; the
-- breach is the first instant of the 2401st run: Wed 2026-03-04 00:01:00. Paused: no due time.
SELECT * FROM (SELECT (backlog.sla_clock('24x7', '20 hours', at, clock, '2026-03-20 12:00')).*
                 FROM sla_par WHERE id = 0) q;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;

DROP TABLE sla_case, sla_par, sla_par_serial;
DROP FUNCTION sla_run(text, interval, timestamptz, text);

-- Hashed grouping over many clocks gives what sorted grouping gives, also when the hash table
-- spills to disk and its memory is reset between batches (the states of one aggregate context
-- share one memory context, forgotten at every reset). 10000 clocks of three events each.
CREATE TEMP TABLE sla_many AS
SELECT g / 3 AS k, timestamptz '2026-03-02 08:00+00' + (g % 3) * interval '50 minutes' + (g / 3) * interval '1 minute' AS at,
       (ARRAY['running', 'paused', CASE WHEN g / 3 % 2 = 0 THEN 'stopped' ELSE 'running' END])[g % 3 + 1] AS clock
  FROM generate_series(0, 29999) g;
ANALYZE sla_many;
SET work_mem = '64kB';
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT k, backlog.sla_clock('UTC; mon-fri 09:00-17:00', '2 hours', at, clock, '2026-03-20 12:00')
  FROM sla_many GROUP BY k;
CREATE TEMP TABLE sla_hashed AS
SELECT k, backlog.sla_clock('UTC; mon-fri 09:00-17:00', '2 hours', at, clock, '2026-03-20 12:00') AS r
  FROM sla_many GROUP BY k;
RESET enable_sort;
SET enable_hashagg = off;
CREATE TEMP TABLE sla_sorted AS
SELECT k, backlog.sla_clock('UTC; mon-fri 09:00-17:00', '2 hours', at, clock, '2026-03-20 12:00') AS r
  FROM sla_many GROUP BY k;
RESET enable_hashagg;
RESET work_mem;
SELECT count(*) AS clocks, count(*) FILTER (WHERE h.r IS DISTINCT FROM s.r) AS differ,
       count(DISTINCT (s.r).state) AS states
  FROM sla_hashed h FULL JOIN sla_sorted s USING (k);
-- expected: 10000 clocks, 0 differ, 2 states (the even clocks stop after at most 50 minutes of
-- business time: met; the odd ones run on until as_of: breached)
DROP TABLE sla_many, sla_hashed, sla_sorted;

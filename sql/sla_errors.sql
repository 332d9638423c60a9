-- sla_errors: bad input to backlog.sla_clock. Each case on its own line with its SQLSTATE (and
-- the message where it matters): unknown clock values, NULL arguments, negative and out-of-range
-- targets, as_of before the first event, infinite times, arguments that differ within one
-- clock, a calendar without working time. None may crash or hang.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, MDY';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

-- A correct call, for reference: 24x7, 30 min of a 1 h target.
SELECT backlog.sla_clock('24x7', '1 hour', at, clock, '2026-03-02 09:30')
  FROM (VALUES (timestamptz '2026-03-02 09:00', 'running')) v(at, clock);

-- ---- unknown clock values (22023): exactly running, paused or stopped ------------------------
SELECT regress.error($$SELECT backlog.sla_clock('24x7', '1 hour', now(), 'bogus')$$);
SELECT regress.sqlstate($$SELECT backlog.sla_clock('24x7', '1 hour', now(), 'Running')$$);
SELECT regress.sqlstate($$SELECT backlog.sla_clock('24x7', '1 hour', now(), 'running ')$$);
SELECT regress.sqlstate($$SELECT backlog.sla_clock('24x7', '1 hour', now(), 'open')$$);
SELECT regress.sqlstate($$SELECT backlog.sla_clock('24x7', '1 hour', now(), '')$$);
-- a bad value on a later row of the group is found too
SELECT regress.sqlstate($$SELECT backlog.sla_clock('24x7', '1 hour', at, clock)
                           FROM (VALUES (now(), 'running'), (now(), 'pending')) v(at, clock)$$);

-- ---- NULL arguments (22004): skipping a row would silently change the clock -----------------
SELECT regress.error($$SELECT backlog.sla_clock('24x7', '1 hour', NULL, 'running')$$);
SELECT regress.sqlstate($$SELECT backlog.sla_clock('24x7', '1 hour', at, 'running')
                           FROM (VALUES (now()), (NULL)) v(at)$$);
SELECT regress.sqlstate($$SELECT backlog.sla_clock('24x7', '1 hour', now(), NULL)$$);
SELECT regress.sqlstate($$SELECT backlog.sla_clock(NULL, '1 hour', now(), 'running')$$);
SELECT regress.sqlstate($$SELECT backlog.sla_clock('24x7', NULL, now(), 'running')$$);
SELECT regress.sqlstate($$SELECT backlog.sla_clock('24x7', '1 hour', now(), 'running', NULL)$$);

-- ---- targets --------------------------------------------------------------------------------
SELECT regress.error($$SELECT backlog.sla_clock('24x7', '-1 hour', now(), 'running')$$);
-- 1 day - 25 hours is -1 hour once a day counts 24 hours
SELECT regress.sqlstate($$SELECT backlog.sla_clock('24x7', '1 day -25 hours', now(), 'running')$$);
SELECT regress.sqlstate($$SELECT backlog.sla_clock('24x7', '-1 month', now(), 'running')$$);
-- 100 million years do not fit in 2^63 microseconds (22008)
SELECT regress.error($$SELECT backlog.sla_clock('24x7', '100000000 years', now(), 'running')$$);
SELECT regress.sqlstate($$SELECT backlog.sla_clock('24x7', '2147483647 days', now(), 'running')$$);
-- a huge but representable target is fine: a clock that never ran has all of it left,
-- 200000 years x 365.25 days x 24 h = 1753200000 h
SELECT (backlog.sla_clock('24x7', '200000 years', at, clock, '2026-03-02 10:00')).remaining
  FROM (VALUES (timestamptz '2026-03-02 09:00', 'stopped')) v(at, clock);

-- ---- as_of before the first event (22023) ---------------------------------------------------
SELECT regress.error($$SELECT backlog.sla_clock('24x7', '1 hour', at, 'running', '2026-03-02 08:59:59')
                       FROM (VALUES (timestamptz '2026-03-02 09:00'), ('2026-03-02 10:00')) v(at)$$);
-- the now() form: a clock that starts in the future
SELECT regress.sqlstate($$SELECT backlog.sla_clock('24x7', '1 hour', now() + interval '1 day', 'running')$$);

-- ---- infinite times (22008) -----------------------------------------------------------------
SELECT regress.error($$SELECT backlog.sla_clock('24x7', '1 hour', 'infinity', 'running')$$);
SELECT regress.sqlstate($$SELECT backlog.sla_clock('24x7', '1 hour', '-infinity', 'running')$$);
SELECT regress.sqlstate($$SELECT backlog.sla_clock('24x7', '1 hour', now(), 'running', 'infinity')$$);

-- ---- arguments that must be the same on every row of a clock (22023) -------------------------
SELECT regress.error($$SELECT backlog.sla_clock('24x7', target, now(), 'running')
                       FROM (VALUES (interval '1 hour'), ('2 hours')) v(target)$$);
SELECT regress.sqlstate($$SELECT backlog.sla_clock(cal::backlog.calendar, '1 hour', now(), 'running')
                           FROM (VALUES ('24x7'), ('UTC; mon-fri 09:00-17:00')) v(cal)$$);
SELECT regress.sqlstate($$SELECT backlog.sla_clock('24x7', '1 hour', at, 'running', at)
                           FROM (VALUES (timestamptz '2026-03-02 09:00'), ('2026-03-02 10:00')) v(at)$$);
-- equal values written differently are the same: 60 minutes = 1 hour, and the calendar's
-- canonical form: 30 min of 1 h.
SELECT (backlog.sla_clock(cal::backlog.calendar, target, at, 'running', '2026-03-02 09:30')).elapsed
  FROM (VALUES ('24x7', interval '1 hour', timestamptz '2026-03-02 09:00'),
               ('UTC; 24X7', '60 minutes', '2026-03-02 09:10')) v(cal, target, at);

-- ---- a calendar without working time ---------------------------------------------------------
-- A stopped clock needs no instant from the calendar: met with nothing accrued.
SELECT (backlog.sla_clock('UTC; holidays 2026-12-25', '1 hour', at, clock, '2026-03-02 12:00')).*
  FROM (VALUES (timestamptz '2026-03-02 09:00', 'running'), ('2026-03-02 10:00', 'stopped')) v(at, clock);
-- A running one needs its due time, which never comes: the calendar's error, not a hang.
SELECT regress.sqlstate($$SELECT backlog.sla_clock('UTC; holidays 2026-12-25', '1 hour', now(), 'running')$$);

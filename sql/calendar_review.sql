-- calendar_review: regression cases for defects found by the review of the calendar core, each
-- with the input that showed it: int64 overflow of the span check in business_seconds across
-- the whole timestamptz range, and of business_add's inversion of F near the end of time, for
-- huge negative durations and for sparse calendars (wrong instants, even instants after t for a
-- negative duration, instead of an error).
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

-- ---------------------------------------------------------------------------------------------
-- business_seconds: the 100-year span check must not overflow
-- ---------------------------------------------------------------------------------------------
-- 4700 BC .. 294270 AD is about 299,000 years, over the 100-year limit: 54000 both ways (was a
-- wrapped negative sum, -9012193689709.55 s, and its opposite).
SELECT regress.sqlstate($$SELECT backlog.business_seconds('UTC; 24x7', '4700-01-01 BC', '294270-01-01')$$);
SELECT regress.sqlstate($$SELECT backlog.business_seconds('UTC; 24x7', '294270-01-01', '4700-01-01 BC')$$);
-- 2000-01-01 .. 2100-01-01 is 36500 + 25 leap days = 36525 days, exactly the limit:
-- 36525 * 86400 = 3155760000 s; one microsecond more is over it (54000).
SELECT backlog.business_seconds('UTC; 24x7', '2000-01-01', '2100-01-01');
SELECT regress.sqlstate($$SELECT backlog.business_seconds('UTC; 24x7', '2000-01-01', '2100-01-01 00:00:00.000001')$$);

-- ---------------------------------------------------------------------------------------------
-- business_add near the end of the timestamp range
-- ---------------------------------------------------------------------------------------------
-- 294270 is not a leap year; '1 year' counts 365.25 days: 294271-01-01 06:00.
SELECT backlog.business_add('UTC; 24x7', '294270-01-01', '1 year');
-- 294280 is past the end of timestamptz (294276): 22008 (was 290549-02-04 08:01:49.551616,
-- earlier than t).
SELECT regress.sqlstate($$SELECT backlog.business_add('UTC; 24x7', '294270-01-01', '10 years')$$);
-- Backward by 290,000 years from 4000 BC: nothing within the 100 years searched, 54000 (was
-- 290549-02-04 08:01:49.551616, after t).
SELECT regress.sqlstate($$SELECT backlog.business_add('UTC; 24x7', '4000-01-01 BC', '-290000 years')$$);

-- ---------------------------------------------------------------------------------------------
-- business_add on a sparse calendar: one minute a week
-- ---------------------------------------------------------------------------------------------
-- 2000-01-01 is a Saturday. +2 min: Sun 01-02 00:00-00:01 (60 s) + Sun 01-09 00:00-00:01
-- (60 s) = 120 s, reached at 2000-01-09 00:01.
SELECT backlog.business_add('UTC; sun 00:00-00:01', '2000-01-01', '2 minutes');
-- -2 min: Sun 1999-12-26 00:00-00:01 (60 s) + Sun 1999-12-19 00:00-00:01 (60 s); the latest
-- T with 120 s in [T, t) is 1999-12-19 00:00.
SELECT backlog.business_add('UTC; sun 00:00-00:01', '2000-01-01', '-2 minutes');
-- 30 years of work (946728000 s) at 60 s a week takes 15778800 weeks, about 302,000 years:
-- nothing within the 100 years searched, 54000 each way (was an out-of-range timestamptz
-- forward and 284147-11-04 08:01:49.551616, after t, backward).
SELECT regress.sqlstate($$SELECT backlog.business_add('UTC; sun 00:00-00:01', '2000-01-01', '30 years')$$);
SELECT regress.sqlstate($$SELECT backlog.business_add('UTC; sun 00:00-00:01', '2000-01-01', '-30 years')$$);
-- The same for 40, 50 and 99 years (each was a bogus instant): 54000 each way.
SELECT d, regress.sqlstate(format($$SELECT backlog.business_add('UTC; sun 00:00-00:01', '2000-01-01', %L)$$, d)) AS fwd,
       regress.sqlstate(format($$SELECT backlog.business_add('UTC; sun 00:00-00:01', '2000-01-01', %L)$$, -d)) AS bwd
  FROM unnest('{40 years, 50 years, 99 years}'::interval[]) AS d;

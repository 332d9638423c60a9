-- age_bucket: the default buckets of SPEC §5 at and around every bound, how an interval becomes
-- an age (extract(epoch) rules), NULL and negative ages, the limits of the age range, custom
-- bounds and the rule that labels them, backlog.age_buckets(), and each malformed bound on its
-- own line with its SQLSTATE.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

-- Default buckets are half-open [lower, upper): one microsecond below a bound stays in the
-- bucket below, the bound itself opens the next one.
SELECT a AS age, backlog.age_bucket(a) AS bucket
  FROM unnest(ARRAY[interval '0',                        -- 0-24h: the lowest age
                    '1 microsecond',                     -- 0-24h
                    '23:59:59.999999',                   -- 0-24h: 24 h - 1 µs
                    '24:00:00',                          -- 24-72h: exactly 24 h (SPEC)
                    '1 day',                             -- 24-72h: a day is 24 h
                    '71:59:59.999999',                   -- 24-72h
                    '72:00:00',                          -- 3-7d: exactly 72 h
                    '3 days',                            -- 3-7d
                    '6 days 23:59:59.999999',            -- 3-7d
                    '7 days',                            -- 7-14d
                    '13 days 23:59:59.999999',           -- 7-14d
                    '14 days',                           -- 14-30d
                    '29 days 23:59:59.999999',           -- 14-30d
                    '30 days',                           -- 30d+
                    '720:00:00',                         -- 30d+: 30 * 24 h
                    '10 years'])                         -- 30d+
       WITH ORDINALITY AS t(a, i)
 ORDER BY i;

-- Months, years and mixed signs count as extract(epoch from age) counts them: a month is 30 days,
-- a year 365.25 days, and the fields add up with their signs.
SELECT a AS age, extract(epoch FROM a) AS seconds, backlog.age_bucket(a) AS bucket
  FROM unnest(ARRAY[interval '1 mon',                    -- 30 d = 2592000 s: 30d+
                    '1 mon -1 microsecond',              -- 30 d - 1 µs: 14-30d
                    '1 mon -27 days',                    -- 30 d - 27 d = 3 d: 3-7d
                    '1 day -1 hour',                     -- 24 h - 1 h = 23 h: 0-24h
                    '-1 day +48:00:00',                  -- -24 h + 48 h = 24 h: 24-72h
                    '1 year -335 days',                  -- 365.25 d - 335 d = 30.25 d: 30d+
                    '1 year -336 days'])                 -- 365.25 d - 336 d = 29.25 d: 14-30d
       WITH ORDINALITY AS t(a, i)
 ORDER BY i;

-- The same rule on random intervals of every sign and field, against a reference written with
-- extract(epoch): no mismatch. (Negative totals are left out: they are errors, tested below.)
SELECT setseed(0.61);
WITH r AS (
    SELECT make_interval(months => (random() * 14)::int - 2, days => (random() * 60)::int - 20,
                         secs => random() * 400000 - 100000) AS a
      FROM generate_series(1, 5000)
), s AS (
    SELECT a, extract(epoch FROM a) AS e FROM r WHERE extract(epoch FROM a) >= 0
)
SELECT count(*) > 3000 AS enough_checked,
       count(*) FILTER (WHERE backlog.age_bucket(a) IS DISTINCT FROM
                        CASE WHEN e < 24 * 3600 THEN '0-24h'
                             WHEN e < 72 * 3600 THEN '24-72h'
                             WHEN e < 7 * 86400 THEN '3-7d'
                             WHEN e < 14 * 86400 THEN '7-14d'
                             WHEN e < 30 * 86400 THEN '14-30d'
                             ELSE '30d+' END) AS mismatches
  FROM s;

-- NULL in, NULL out (the functions are strict).
SELECT backlog.age_bucket(NULL::interval) IS NULL AS null_age,
       backlog.age_bucket(NULL::interval, '{1 hour}') IS NULL AS null_age_custom,
       backlog.age_bucket(interval '1 hour', NULL) IS NULL AS null_bounds;

-- Negative ages are an error with a hint; clamping as the hint says gives the first bucket.
SELECT regress.error($$SELECT backlog.age_bucket(interval '-1 microsecond')$$);
SELECT regress.error($$SELECT backlog.age_bucket(interval '1 day -25 hours')$$);   -- 24 h - 25 h = -1 h
SELECT regress.error($$SELECT backlog.age_bucket(interval '-5 minutes', '{1 hour}')$$);
SELECT backlog.age_bucket(greatest(interval '-5 minutes', interval '0')) AS clamped;   -- 0: 0-24h

-- The largest age is 2^63 - 1 µs: 106751991 days (9223372022400000000 µs) + 04:00:54.775807
-- (14454775807 µs) = 9223372036854775807 µs. One microsecond more is out of range (22008).
SELECT backlog.age_bucket(interval '106751991 days 04:00:54.775807') AS largest_age;
SELECT regress.error($$SELECT backlog.age_bucket(interval '106751991 days 04:00:54.775808')$$);
SELECT regress.error($$SELECT backlog.age_bucket(interval '106751992 days')$$);
SELECT regress.error($$SELECT backlog.age_bucket(interval '178000000 years')$$);

-- Custom bounds {4 hours, 1 day}: [0, 4h), [4h, 24h), [24h, infinity), labelled in hours since
-- every bound is a whole number of hours and no upper bound is above 72 h.
SELECT a AS age, backlog.age_bucket(a, '{4 hours, 1 day}') AS bucket
  FROM unnest(ARRAY[interval '0',                        -- 0-4h
                    '03:59:59.999999',                   -- 0-4h
                    '04:00:00',                          -- 4-24h: the bound opens the next bucket
                    '23:59:59',                          -- 4-24h
                    '1 day',                             -- 24h+
                    '400 days'])                         -- 24h+
       WITH ORDINALITY AS t(a, i)
 ORDER BY i;

-- The default bounds written out give the default labels, and the same bucket for every age.
SELECT array_agg(label ORDER BY ordinal) AS labels
  FROM backlog.age_buckets('{24:00:00, 72:00:00, 168:00:00, 336:00:00, 720:00:00}');
SELECT count(*) FILTER (WHERE backlog.age_bucket(a) <>
                        backlog.age_bucket(a, '{1 day, 3 days, 7 days, 14 days, 30 days}')) AS mismatches
  FROM generate_series(0, 40 * 24 * 60, 7) m, LATERAL (SELECT m * interval '1 minute' AS a) x;

-- Labels. A bucket is labelled in days when its upper bound (the lower one for the last
-- bucket) is above 72 hours and both bounds are whole days; else hours when both are whole
-- hours; else minutes when both are whole minutes; else seconds, with decimals if needed.
SELECT ordinal, label, lower_bound, upper_bound
  FROM backlog.age_buckets('{1.5 seconds, 45 seconds, 90 minutes, 36 hours, 4 days, 8 days}');
-- [0, 1.5s): 0-1.5s; [1.5s, 45s): 1.5-45s; [45s, 90min): 45 s is no whole minute, so seconds:
-- 45-5400s; [90min, 36h): 90 min is no whole hour: 90-2160min; [36h, 4d): 96 h > 72 h but 36 h
-- is no whole day: 36-96h; [4d, 8d): 4-8d; [8d, ...): 8d+.
SELECT ordinal, label FROM backlog.age_buckets('{2 days, 3 days}');
-- [0, 48h): 0-48h; [48h, 72h): 72 h is not above 72 h: 48-72h; [72h, ...): 72h+.
SELECT ordinal, label FROM backlog.age_buckets('{1 day, 4 days}');
-- [0, 24h): 0-24h; [24h, 96h): 96 h > 72 h, both whole days: 1-4d; [4d, ...): 4d+.
SELECT ordinal, label FROM backlog.age_buckets('{1 mon, 1 year}');
-- a month is 30 d (720 h): 0-30d; a year is 365.25 d = 8766 h, no whole day: 720-8766h, 8766h+.
SELECT ordinal, label FROM backlog.age_buckets('{0.000001 seconds}');
-- 1 µs: 0-0.000001s, 0.000001s+.

-- The default buckets in order, with their bounds.
SELECT * FROM backlog.age_buckets();

-- Different bounds on different rows: the cached bounds are rebuilt when the array changes.
SELECT b AS bounds, backlog.age_bucket(interval '5 hours', b) AS bucket
  FROM (VALUES (1, '{4 hours}'::interval[]), (2, '{6 hours}'), (3, '{4 hours}'), (4, '{1 hour, 2 hours}')) v(i, b)
 ORDER BY i;
-- {4h}: 5 h >= 4 h: 4h+; {6h}: 0-6h; {4h} again: 4h+; {1h, 2h}: 2h+.

-- At most 100 bounds: 1..100 hours is fine (5 hours is in 5-6h), 101 is not.
SELECT backlog.age_bucket(interval '5 hours', array_agg(g * interval '1 hour')) AS hundred_bounds
  FROM generate_series(1, 100) g;
SELECT regress.error($$SELECT backlog.age_bucket(interval '5 hours', array_agg(g * interval '1 hour')) FROM generate_series(1, 101) g$$);

-- Malformed bounds, each on its own line: all 22023.
SELECT regress.error($$SELECT backlog.age_bucket(interval '1 hour', '{}')$$);
SELECT regress.error($$SELECT backlog.age_bucket(interval '1 hour', '{{1 hour}, {2 hours}}')$$);
SELECT regress.error($$SELECT backlog.age_bucket(interval '1 hour', '{1 hour, NULL}')$$);
SELECT regress.error($$SELECT backlog.age_bucket(interval '1 hour', '{0}')$$);
SELECT regress.error($$SELECT backlog.age_bucket(interval '1 hour', '{-1 hour}')$$);
SELECT regress.error($$SELECT backlog.age_bucket(interval '1 hour', '{1 hour, 1 day -24 hours}')$$);
SELECT regress.error($$SELECT backlog.age_bucket(interval '1 hour', '{2 hours, 1 hour}')$$);
SELECT regress.error($$SELECT backlog.age_bucket(interval '1 hour', '{1 hour, 60 minutes}')$$);
SELECT regress.error($$SELECT backlog.age_bucket(interval '1 hour', '{1 day, 24 hours}')$$);
SELECT regress.error($$SELECT backlog.age_bucket(interval '1 hour', '{178000000 years}')$$);
SELECT regress.error($$SELECT * FROM backlog.age_buckets('{}')$$);

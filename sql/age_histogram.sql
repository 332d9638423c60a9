-- age_histogram: counts per default and custom bucket as jsonb (zeros included, NULL ages
-- skipped like count(col)), how jsonb orders the keys and how to list them in bucket order,
-- GROUP BY, errors, and a property test: on seeded random ages the counts equal a reference
-- written with count(*) FILTER over extract(epoch), and add up to count(age).
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

CREATE TEMP TABLE hist_small (team text, age interval);
INSERT INTO hist_small VALUES
    ('a', '0'),                  -- 0-24h
    ('a', '23:59:59.999999'),    -- 0-24h
    ('a', '24:00:00'),           -- 24-72h (the bound itself)
    ('a', '72:00:00'),           -- 3-7d
    ('b', '7 days'),             -- 7-14d
    ('b', '14 days'),            -- 14-30d
    ('b', '30 days'),            -- 30d+
    ('b', '400 days'),           -- 30d+
    ('b', NULL),                 -- skipped
    ('c', NULL);                 -- skipped

-- All rows: 0-24h 2, 24-72h 1, 3-7d 1, 7-14d 1, 14-30d 1, 30d+ 2 (8 = count(age), not count(*) = 10).
-- jsonb keeps one key order of its own, shorter keys first and then bytewise:
-- 3-7d, 30d+ (4 characters; '-' sorts before '0'), 0-24h, 7-14d (5), 14-30d, 24-72h (6).
SELECT backlog.age_histogram(age) FROM hist_small;

-- In bucket order: join the histogram to backlog.age_buckets().
SELECT b.label, (h ->> b.label)::bigint AS tickets
  FROM backlog.age_buckets() b, (SELECT backlog.age_histogram(age) AS h FROM hist_small) x
 ORDER BY b.ordinal;

-- Per team: a: 0-24h 2, 24-72h 1, 3-7d 1; b: 7-14d 1, 14-30d 1, 30d+ 2; c: only a NULL age,
-- so every bucket is 0.
SELECT team, backlog.age_histogram(age) FROM hist_small GROUP BY team ORDER BY team;

-- No rows at all: every bucket with 0.
SELECT backlog.age_histogram(age) FROM hist_small WHERE false;

-- Custom bounds {4 hours, 3 days}: buckets 0-4h, 4-72h (hours: 72 h is not above 72 h), 72h+.
-- [0, 4h): 0 -> 1; [4h, 72h): 23:59:59.999999 and 24:00:00 -> 2; [72h, ...): 72:00:00 (the
-- bound itself), 7, 14, 30 and 400 days -> 5. By team: a 1, 2, 1; b 0, 0, 4; c zeros.
SELECT backlog.age_histogram(age, '{4 hours, 3 days}') FROM hist_small;
SELECT team, backlog.age_histogram(age, '{4 hours, 3 days}') FROM hist_small GROUP BY team ORDER BY team;

-- Custom bounds over no rows: the aggregate never saw its bounds, so the result is NULL;
-- over rows whose ages are all NULL it knows them and shows zeros.
SELECT backlog.age_histogram(age, '{1 hour}') IS NULL AS no_rows FROM hist_small WHERE false;
SELECT backlog.age_histogram(age, '{1 hour}') AS all_null FROM hist_small WHERE team = 'c';

-- Errors, each on its own line: a negative age (22023), bounds that change between rows
-- (22023), NULL bounds (22004), malformed bounds (22023).
SELECT regress.error($$SELECT backlog.age_histogram(a) FROM (VALUES (interval '1 hour'), ('-1 second')) v(a)$$);
SELECT regress.error($$SELECT backlog.age_histogram(a, b) FROM (VALUES (interval '1 hour', '{1 hour}'::interval[]), ('1 hour', '{2 hours}')) v(a, b)$$);
SELECT regress.error($$SELECT backlog.age_histogram(a, NULL) FROM (VALUES (interval '1 hour')) v(a)$$);
SELECT regress.error($$SELECT backlog.age_histogram(a, '{2 hours, 1 hour}') FROM (VALUES (interval '1 hour')) v(a)$$);
SELECT regress.error($$SELECT backlog.age_histogram(a, '{}') FROM (VALUES (interval '1 hour')) v(a)$$);

-- Property test: 20000 seeded ages, skewed (log-normal around 20 hours, so every default bucket
-- gets some), as timestamptz differences (days and time), 1 in 40 NULL.
SELECT setseed(0.27);
CREATE TEMP TABLE hist_ages AS
SELECT g AS id,
       CASE WHEN g % 40 = 0 THEN NULL
            ELSE (timestamptz '2026-03-01 00:00+00'
                  + exp(ln(72000) + 1.6 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())) * interval '1 second')
                 - timestamptz '2026-03-01 00:00+00' END AS age
  FROM generate_series(1, 20000) g;

-- Each default bucket against count(*) FILTER on extract(epoch): all equal, none empty.
SELECT b.label, (h ->> b.label)::bigint = r.n AS same, r.n > 0 AS nonempty
  FROM backlog.age_buckets() b,
       (SELECT backlog.age_histogram(age) AS h FROM hist_ages) x,
       LATERAL (SELECT count(*) FROM hist_ages
                 WHERE extract(epoch FROM age) >= extract(epoch FROM b.lower_bound)
                   AND (b.upper_bound IS NULL OR extract(epoch FROM age) < extract(epoch FROM b.upper_bound))) r(n)
 ORDER BY b.ordinal;

-- The counts add up to count(age); count(*) - count(age) = 500 NULLs (every 40th of 20000).
SELECT (SELECT sum(value::bigint) FROM jsonb_each_text(h)) = n_age AS sums_to_count_age,
       n_all - n_age AS nulls_skipped
  FROM (SELECT backlog.age_histogram(age) AS h, count(age) AS n_age, count(*) AS n_all FROM hist_ages) x;

-- Custom bounds (minutes to weeks), per group of ids: every bucket of every group equal to the
-- reference; 10 groups x 6 buckets = 60 checks.
WITH bounds AS (SELECT '{30 minutes, 2 hours, 8 hours, 2 days, 7 days}'::interval[] AS b),
hist AS (
    SELECT id % 10 AS grp, backlog.age_histogram(age, (SELECT b FROM bounds)) AS h
      FROM hist_ages GROUP BY id % 10
)
SELECT count(*) AS checks,
       count(*) FILTER (WHERE (hist.h ->> k.label)::bigint IS DISTINCT FROM
                        (SELECT count(*) FROM hist_ages a
                          WHERE a.id % 10 = hist.grp
                            AND extract(epoch FROM a.age) >= extract(epoch FROM k.lower_bound)
                            AND (k.upper_bound IS NULL OR extract(epoch FROM a.age) < extract(epoch FROM k.upper_bound)))) AS mismatches
  FROM hist, backlog.age_buckets((SELECT b FROM bounds)) k;

-- sketch_property: property tests of the age sketch on seeded random data. Quantiles stay within
-- the documented bound (0.99%, so within 1%) of percentile_disc on uniform, log-normal,
-- heavy-tailed (Pareto), tied and microsecond-sized ages; q = 0 and 1 are exact; merging the
-- sketches of parts (in any grouping and order, through text and through stored rows) gives
-- exactly the sketch of the whole.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

SELECT setseed(0.42);
CREATE TEMP TABLE sk_data AS
SELECT dist, r.g % 7 AS grp, r.g AS id, age
  FROM (SELECT g, random() AS u1, random() AS u2, random() AS u3
          FROM generate_series(1, 10500) g) r,   -- a subquery, so random() runs on every row
       LATERAL (VALUES
           -- up to 90 days, as days and time
           ('uniform', justify_hours(r.u1 * interval '90 days')),
           -- log-normal: median 1 hour, sigma 2.5, from fractions of a second to years
           ('lognormal', exp(ln(3600) + 2.5 * sqrt(-2 * ln(1 - r.u1)) * cos(2 * pi() * r.u2)) * interval '1 second'),
           -- Pareto, shape 1.1: scale 1 minute, capped at 10^10 s (about 317 years)
           ('pareto', least(60 / power(1 - r.u1, 1 / 1.1), 1e10) * interval '1 second'),
           -- many ties: whole days 0 to 5
           ('ties', round(r.u1 * 5) * interval '1 day'),
           -- microseconds 0 to 500: exact below 101 µs, rounding matters above
           ('micro', round(r.u1 * 500) * interval '1 microsecond')
       ) d(dist, age)
 WHERE r.u3 >= 0.3;   -- about 70% of the rows: groups of uneven sizes

-- The data is what it claims: about 70% of 10500 rows kept per distribution, and ages spread
-- over more than 1000 distinct values except for the ties (6 values: 0 to 5 days) and the
-- microseconds (at most 501 values: 0 to 500 µs).
SELECT dist, count(*) BETWEEN 0.65 * 10500 AND 0.75 * 10500 AS about_70_percent,
       count(DISTINCT age) > 1000 AS spread, count(DISTINCT age) <= 501 AS few_values
  FROM sk_data GROUP BY dist ORDER BY dist;

-- Per distribution and group (7 groups), 15 quantiles of the sketch against percentile_disc
-- over the same ages, compared in microseconds: 105 checks per distribution. None is off by
-- more than 1% or by more than the bound 0.0099021; q = 0 and q = 1 are exact. The largest
-- error seen is above 0.1% for the spread distributions, so the comparison is not vacuous.
WITH q AS (
    SELECT '{0, 0.001, 0.01, 0.05, 0.1, 0.25, 0.3333, 0.5, 0.6667, 0.75, 0.9, 0.95, 0.99, 0.999, 1}'::float8[] AS qs
), per_group AS (
    SELECT dist, grp, (SELECT qs FROM q) AS qs,
           backlog.quantiles(backlog.age_sketch(age), (SELECT qs FROM q)) AS estimate,
           percentile_disc((SELECT qs FROM q)) WITHIN GROUP (ORDER BY age) AS exact
      FROM sk_data GROUP BY dist, grp
), pairs AS (
    SELECT dist, qv, extract(epoch FROM e) * 1000000 AS est, extract(epoch FROM x) * 1000000 AS ex
      FROM per_group, unnest(qs, estimate, exact) AS u(qv, e, x)
)
SELECT dist, count(*) AS checks,
       count(*) FILTER (WHERE abs(est - ex) > 0.01 * ex) AS beyond_1pct,
       count(*) FILTER (WHERE abs(est - ex) > 0.0099021 * ex) AS beyond_bound,
       count(*) FILTER (WHERE qv IN (0, 1) AND est <> ex) AS inexact_ends,
       max(abs(est - ex) / nullif(ex, 0)) > 0.001 AS max_error_above_0_1pct
  FROM pairs
 GROUP BY dist
 ORDER BY dist;

-- All log-normal ages at once (about 7,300), 201 quantiles, with a coarser sketch (relative
-- accuracy 0.05, so m = 14, bound 4.95%): within its bound, and errors above 1% do occur.
WITH q AS (SELECT array_agg(g / 200.0) AS qs FROM generate_series(0, 200) g),
e AS (
    SELECT (SELECT qs FROM q) AS qs,
           backlog.quantiles(backlog.age_sketch(age, 0.05), (SELECT qs FROM q)) AS estimate,
           percentile_disc((SELECT qs FROM q)) WITHIN GROUP (ORDER BY age) AS exact
      FROM sk_data WHERE dist = 'lognormal'
), pairs AS (
    SELECT extract(epoch FROM u.e) AS est, extract(epoch FROM u.x) AS ex
      FROM e, unnest(estimate, exact) AS u(e, x)
)
SELECT count(*) AS checks,
       count(*) FILTER (WHERE abs(est - ex) > 0.0495005 * ex) AS beyond_bound,
       max(abs(est - ex) / ex) > 0.01 AS max_error_above_1pct
  FROM pairs;

-- Merging the 7 group sketches of a distribution gives exactly the sketch of all its ages
-- (same text, same bytes), whatever the order of the merge.
SELECT dist,
       m.asc_text = w.whole_text AS merge_equals_whole,
       m.asc_bytes = w.whole_bytes AS same_bytes,
       m.desc_text = w.whole_text AS any_order
  FROM (SELECT dist, backlog.age_sketch(age)::text AS whole_text,
               backlog.sketch_send(backlog.age_sketch(age)) AS whole_bytes
          FROM sk_data GROUP BY dist) w
  JOIN LATERAL (
        SELECT backlog.merge(s ORDER BY grp)::text AS asc_text,
               backlog.sketch_send(backlog.merge(s ORDER BY grp)) AS asc_bytes,
               backlog.merge(s ORDER BY grp DESC)::text AS desc_text
          FROM (SELECT grp, backlog.age_sketch(age) AS s FROM sk_data d
                 WHERE d.dist = w.dist GROUP BY grp) parts
       ) m ON true
 ORDER BY dist;

-- Daily snapshots: sketches stored per (day, distribution) as text, read back and merged in two
-- levels (days to weeks, weeks to all) equal the sketch of every age at once.
CREATE TEMP TABLE sk_daily AS
SELECT id / 100 AS day, dist, backlog.age_sketch(age)::text AS sketch_text
  FROM sk_data GROUP BY id / 100, dist;
SELECT count(DISTINCT day) AS days,
       (SELECT backlog.merge(w)::text FROM
           (SELECT backlog.merge(sketch_text::backlog.sketch) AS w FROM sk_daily GROUP BY day / 7) weeks)
       = (SELECT backlog.age_sketch(age)::text FROM sk_data) AS two_level_merge_equals_whole
  FROM sk_daily;

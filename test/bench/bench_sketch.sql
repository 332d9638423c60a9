-- bench_sketch: age histograms and age quantiles on 10 million ages, against what a user would
-- write without backlog. Run by test/bench/run.sh (make bench), parallel query off.
--   1. backlog.age_histogram(age)                vs count(*) FILTER (...) for the six buckets
--   2. quantiles(age_sketch(age), {.5,.9,.99})   vs percentile_cont(array[.5,.9,.99])
--   3. the same quantiles from 1000 stored daily sketches (merge) vs percentile_cont on raw rows
-- and, for context, the cost of building a sketch against a bare count(age) scan, the sketch's
-- size, and its largest error against percentile_disc on these ages.
SET client_min_messages = warning;

-- Ages as timestamptz differences give (days, time): log-normal, median 20 hours, sigma 1.5.
DO $$ BEGIN PERFORM setseed(0.5); END $$;
CREATE UNLOGGED TABLE bench.sketch_ages AS
SELECT g / 10000 AS day,
       (timestamptz '2026-06-01 00:00+00'
        + exp(ln(72000) + 1.5 * sqrt(-2 * ln(1 - u1)) * cos(2 * pi() * u2)) * interval '1 second')
       - timestamptz '2026-06-01 00:00+00' AS age
  FROM (SELECT g, random() AS u1, random() AS u2 FROM generate_series(0, 9999999) g) r;
VACUUM ANALYZE bench.sketch_ages;
CREATE UNLOGGED TABLE bench.sketch_daily AS
SELECT day, backlog.age_sketch(age) AS ages FROM bench.sketch_ages GROUP BY day;
DO $$ BEGIN PERFORM count(*) FROM bench.sketch_ages; END $$;   -- warm the cache

SELECT bench.report('age_histogram(age), 10M ages',
    bench.time($$SELECT backlog.age_histogram(age) FROM bench.sketch_ages$$),
    bench.time($$SELECT count(*) FILTER (WHERE age < '24 hours'),
                        count(*) FILTER (WHERE age >= '24 hours' AND age < '72 hours'),
                        count(*) FILTER (WHERE age >= '72 hours' AND age < '7 days'),
                        count(*) FILTER (WHERE age >= '7 days' AND age < '14 days'),
                        count(*) FILTER (WHERE age >= '14 days' AND age < '30 days'),
                        count(*) FILTER (WHERE age >= '30 days')
                   FROM bench.sketch_ages$$),
    'count(*) FILTER, 6 buckets');

SELECT bench.report('quantiles(age_sketch(age), {.5,.9,.99}), 10M',
    bench.time($$SELECT backlog.quantiles(backlog.age_sketch(age), '{0.5, 0.9, 0.99}') FROM bench.sketch_ages$$),
    bench.time($$SELECT percentile_cont(array[0.5, 0.9, 0.99]) WITHIN GROUP (ORDER BY age) FROM bench.sketch_ages$$, 2),
    'percentile_cont(array[.5,.9,.99])');

SELECT bench.report('quantiles(merge(1000 stored daily sketches))',
    bench.time($$SELECT backlog.quantiles(backlog.merge(ages), '{0.5, 0.9, 0.99}') FROM bench.sketch_daily$$),
    bench.time($$SELECT percentile_cont(array[0.5, 0.9, 0.99]) WITHIN GROUP (ORDER BY age) FROM bench.sketch_ages$$, 1),
    'percentile_cont on the 10M rows');

SELECT bench.report('age_sketch(age), 10M',
    bench.time($$SELECT backlog.age_sketch(age) FROM bench.sketch_ages$$),
    bench.time($$SELECT count(age) FROM bench.sketch_ages$$),
    'count(age): the bare scan');

-- Size and accuracy on these ages.
SELECT format('sketch of 10M ages: %s bytes stored, %s non-empty buckets; daily sketches (10k ages): %s bytes on average',
              pg_column_size(s), array_length(string_to_array(s::text, ' '), 1) - 7,
              (SELECT round(avg(pg_column_size(ages))) FROM bench.sketch_daily))
  FROM (SELECT backlog.age_sketch(age) AS s FROM bench.sketch_ages) x;
SELECT format('largest relative error of 99 percentiles against percentile_disc: %s%% (bound %s%%)',
              round(max(abs(extract(epoch FROM e) - extract(epoch FROM x)) / extract(epoch FROM x)) * 100, 4),
              round((SELECT backlog.sketch_accuracy(ages) FROM bench.sketch_daily LIMIT 1)::numeric * 100, 4))
  FROM (SELECT backlog.quantiles(backlog.age_sketch(age), (SELECT array_agg(g / 100.0) FROM generate_series(1, 99) g)) AS est,
               percentile_disc((SELECT array_agg(g / 100.0) FROM generate_series(1, 99) g)) WITHIN GROUP (ORDER BY age) AS exact
          FROM bench.sketch_ages) q,
       unnest(est, exact) AS u(e, x);

DROP TABLE bench.sketch_ages, bench.sketch_daily;

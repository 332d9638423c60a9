-- sketch_parallel: age_sketch, merge and both age_histogram aggregates in parallel plans. With
-- parallel costs at zero, EXPLAIN shows a Partial Aggregate (so the serial, deserial and
-- combine functions run), and every result equals the one computed without parallel workers.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

-- 20000 ages (days and time), every 50th NULL, 4 teams.
CREATE TABLE sk_par AS
SELECT g AS id, g % 4 AS team,
       CASE WHEN g % 50 = 0 THEN NULL
            ELSE justify_hours(((g::bigint * 7919) % 100003) * interval '37 seconds') END AS age
  FROM generate_series(1, 20000) g;
-- A table of stored sketches to merge: one per (team, id / 100), 200 rows.
CREATE TABLE sk_par_daily AS
SELECT team, id / 100 AS day, backlog.age_sketch(age) AS s FROM sk_par GROUP BY team, id / 100;
ANALYZE sk_par;
ANALYZE sk_par_daily;

-- Without parallel workers first.
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial_results AS
SELECT (SELECT backlog.age_sketch(age)::text FROM sk_par) AS sketch,
       (SELECT backlog.age_sketch(age, 0.05)::text FROM sk_par) AS coarse,
       (SELECT backlog.merge(s)::text FROM sk_par_daily) AS merged,
       (SELECT backlog.age_histogram(age) FROM sk_par) AS hist,
       (SELECT backlog.age_histogram(age, '{10 minutes, 1 hour, 12 hours}') FROM sk_par) AS hist_custom,
       (SELECT array_agg(s ORDER BY team) FROM (SELECT team, backlog.age_sketch(age)::text AS s
                                                  FROM sk_par GROUP BY team) t) AS per_team;
SELECT regress.plan_has('SELECT backlog.age_sketch(age) FROM sk_par', 'Partial Aggregate') AS serial_plan_is_partial;

-- Now parallel.
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;

SELECT regress.plan_has('SELECT backlog.age_sketch(age) FROM sk_par', 'Partial Aggregate') AS sketch_partial,
       regress.plan_has('SELECT backlog.age_sketch(age, 0.05) FROM sk_par', 'Partial Aggregate') AS coarse_partial,
       regress.plan_has('SELECT backlog.merge(s) FROM sk_par_daily', 'Partial Aggregate') AS merge_partial,
       regress.plan_has('SELECT backlog.age_histogram(age) FROM sk_par', 'Partial Aggregate') AS hist_partial,
       regress.plan_has($$SELECT backlog.age_histogram(age, '{10 minutes, 1 hour, 12 hours}') FROM sk_par$$, 'Partial Aggregate') AS hist_custom_partial,
       regress.plan_has('SELECT team, backlog.age_sketch(age) FROM sk_par GROUP BY team', 'Partial') AS per_team_partial;

SELECT (SELECT backlog.age_sketch(age)::text FROM sk_par) = sketch AS sketch_same,
       (SELECT backlog.age_sketch(age, 0.05)::text FROM sk_par) = coarse AS coarse_same,
       (SELECT backlog.merge(s)::text FROM sk_par_daily) = merged AS merge_same,
       (SELECT backlog.age_histogram(age) FROM sk_par) = hist AS hist_same,
       (SELECT backlog.age_histogram(age, '{10 minutes, 1 hour, 12 hours}') FROM sk_par) = hist_custom AS hist_custom_same,
       (SELECT array_agg(s ORDER BY team) FROM (SELECT team, backlog.age_sketch(age)::text AS s
                                                  FROM sk_par GROUP BY team) t) = per_team AS per_team_same
  FROM serial_results;

-- The merged daily sketches are the sketch of all ages, and the histogram counts every non-NULL
-- age: 20000 - 400 NULLs (every 50th) = 19600.
SELECT merged = sketch AS merged_daily_equals_whole,
       (SELECT sum(value::bigint) FROM jsonb_each_text(hist)) AS histogram_total,
       backlog.sketch_count(sketch::backlog.sketch) AS sketch_total
  FROM serial_results;

RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;
DROP TABLE sk_par, sk_par_daily;

-- sketch: the backlog.sketch type and its functions on hand-derived cases: which bucket an age
-- falls in, the text and binary forms, quantiles (exact ends, representatives, clamping, the
-- exact small-value region), NULL and empty inputs, the relative-accuracy variant, merge,
-- storage with COPY BINARY, and every malformed text, corrupt byte string, bad q and bad merge
-- on its own line with its SQLSTATE.
--
-- Derivations use: bucket i (m = 70 per octave) holds ages v (µs) with 2^(i/70) <= v <
-- 2^((i+1)/70), i.e. i = floor(70 * log2(v)); its representative is 2LU/(L+U) for its bounds
-- [L, U), clamped to [min, max] and rounded to a microsecond.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

-- error with its detail, for the readers' messages
CREATE FUNCTION pg_temp.error_detail(sql text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    d text;
BEGIN
    EXECUTE sql;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
    RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' (' || nullif(d, '') || ')', '');
END
$$;

-- binary input: write bytes as one COPY BINARY field, read them back into a sketch column, so
-- they go through backlog.sketch_recv; the sketch's text, or the error
CREATE TEMP TABLE recv_target (s backlog.sketch);
CREATE FUNCTION pg_temp.recv(bytes bytea) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    f text := current_setting('data_directory') || '/sketch_recv_test.bin';
    d text;
    result text;
BEGIN
    EXECUTE format('COPY (SELECT %L::bytea) TO %L WITH (FORMAT binary)', bytes, f);
    TRUNCATE recv_target;
    EXECUTE format('COPY recv_target FROM %L WITH (FORMAT binary)', f);
    SELECT s::text INTO result FROM recv_target;
    RETURN result;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
    RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' (' || nullif(d, '') || ')', '');
END
$$;

-- 1 hour = 3.6e9 µs: 70 * log2(3.6e9) = 70 * 31.74545 = 2222.18, bucket 2222; 0 goes to the zero
-- count; n = 3, min 0, max 3600000000.
SELECT backlog.age_sketch(a) FROM unnest(ARRAY[interval '1 hour', '0', '1 hour']) a;

-- 1 minute = 6e7 µs: 70 * log2(6e7) = 70 * 25.83845 = 1808.69, bucket 1808; 2 hours = 7.2e9 µs:
-- 2222.18 + 70 = 2292.18, bucket 2292; 3 days = 2.592e11 µs: 70 * 37.91544 = 2654.08, bucket 2654.
-- NULL ages are skipped.
SELECT backlog.age_sketch(a) FROM unnest(ARRAY[interval '1 minute', '1 hour', NULL]) a;
SELECT backlog.age_sketch(a) FROM unnest(ARRAY[interval '0', '1 hour', '2 hours', '3 days']) a;

-- Quantiles of {0, 1 h, 2 h, 3 d} (n = 4), rank = max(1, ceil(4q)) as percentile_disc takes it:
--   q = 0    rank 1: the zero count is 1, so 0
--   q = 0.25 rank 1: 0
--   q = 0.5  rank 2: bucket 2222 = [2^(2222/70), 2^(2223/70)) = [3593785466.8, 3629548270.4) µs,
--            representative 2LU/(L+U) = 3611578337.6 -> 3611578338 µs = 01:00:11.578338
--            (0.32% above the true 1 h)
--   q = 0.75 rank 3: bucket 2292, twice bucket 2222's bounds: 7223156675.2 -> 02:00:23.156675
--   q = 1    rank 4: the exact maximum, 72:00:00
SELECT q, backlog.quantile(s, q) AS estimate,
       (SELECT percentile_disc(q) WITHIN GROUP (ORDER BY a)
          FROM unnest(ARRAY[interval '0', '1 hour', '2 hours', '3 days']) a) AS exact
  FROM (SELECT backlog.age_sketch(a) AS s FROM unnest(ARRAY[interval '0', '1 hour', '2 hours', '3 days']) a) x,
       unnest(ARRAY[0, 0.25, 0.5, 0.75, 1]::float8[]) q
 ORDER BY q;

-- The same with quantiles(): one result per element, NULL for NULL, the array's shape kept.
SELECT backlog.quantiles(backlog.age_sketch(a), '{0, 0.5, NULL, 1}') AS flat,
       backlog.quantiles(backlog.age_sketch(a), '{{0.25, 0.75}, {1, NULL}}') AS two_d,
       backlog.quantiles(backlog.age_sketch(a), '{}') AS empty
  FROM unnest(ARRAY[interval '0', '1 hour', '2 hours', '3 days']) a;

-- Clamping: {0, 1 h, 1 h}, q = 0.5 is rank 2, bucket 2222, whose representative 3611578338 µs is
-- above the maximum 3600000000: the maximum, 01:00:00, is closer to every age in the bucket.
SELECT backlog.quantile(backlog.age_sketch(a), 0.5) FROM unnest(ARRAY[interval '1 hour', '0', '1 hour']) a;

-- Ages up to 100 µs come back exact (a bucket's representative is within 0.495% of each of
-- its ages, less than half a microsecond there): of 1..100 µs, q = 0.37 is rank 37 -> 37 µs,
-- q = 0.371 is rank ceil(37.1) = 38 -> 38 µs.
SELECT backlog.quantiles(backlog.age_sketch(g * interval '1 microsecond'), '{0.37, 0.371}')
  FROM generate_series(1, 100) g;

-- count and accuracy: 4 ages; the error bound is 2 * (2^(1/70) - 1) / (2^(1/70) + 1) = 0.99%.
SELECT backlog.sketch_count(s) AS n, backlog.sketch_accuracy(s) AS error_bound
  FROM (SELECT backlog.age_sketch(a) AS s FROM unnest(ARRAY[interval '0', '1 hour', '2 hours', '3 days']) a) x;

-- No age: the sketch aggregates give NULL (like sum); merge of nothing is NULL too.
SELECT backlog.age_sketch(a) IS NULL AS no_rows FROM unnest(ARRAY[interval '1 hour']) a WHERE false;
SELECT backlog.age_sketch(a) IS NULL AS only_nulls FROM unnest(ARRAY[NULL::interval, NULL]) a;
SELECT backlog.merge(s) IS NULL AS merge_no_rows FROM (SELECT NULL::backlog.sketch AS s) x;

-- An empty sketch is a valid value (n=0): count 0, quantiles NULL.
SELECT s, backlog.sketch_count(s) AS n, backlog.quantile(s, 0.5) IS NULL AS quantile_null,
       backlog.quantiles(s, '{0.5}') IS NULL AS quantiles_null
  FROM (SELECT 'ddsketch v1 m=70 n=0'::backlog.sketch AS s) x;

-- Text input takes any white space between tokens and prints the canonical form back:
-- 5 µs: 70 * log2(5) = 162.53, bucket 162.
SELECT E'  ddsketch\tv1\n m=70   n=1 zero=0 min=5 max=5\n162:1 '::backlog.sketch;

-- The binary form (sketch_send, COPY BINARY) of {0, 1 h, 1 h}: version 01, m 0x46 (70), then
-- varints n 03, zero 01, min 00, max 3600000000 = 80 c8 ce b4 0d (groups of 7 bits, low first:
-- 0x00, 0x48, 0x4e, 0x34, 0x0d), bucket index 2222 = ae 11 (46 + 17 * 128), count 02.
SELECT backlog.sketch_send('ddsketch v1 m=70 n=3 zero=1 min=0 max=3600000000 2222:2');
SELECT backlog.sketch_send('ddsketch v1 m=70 n=0');

-- ... and read back by sketch_recv.
SELECT pg_temp.recv('\x0146030100 80c8ceb40d ae11 02');
SELECT pg_temp.recv('\x014600');

-- Relative accuracy: the coarsest resolution whose bound 2 * (2^(1/m) - 1) / (2^(1/m) + 1)
-- is at most the request. m = 70: 0.990%, 35: 1.980%, 14: 4.950%, 7: 9.894%, 2: 34.3%, 1: 66.7%.
-- 1 hour at m: floor(m * 31.74545): m=35 1111, m=14 444, m=7 222, m=2 63, m=1 31.
SELECT r, backlog.age_sketch(interval '1 hour', r) AS sketch,
       backlog.sketch_accuracy(backlog.age_sketch(interval '1 hour', r)) AS bound
  FROM unnest(ARRAY[0.0099021, 0.01, 0.0198, 0.02, 0.05, 0.1, 0.5, 1]::float8[]) r
 GROUP BY r
 ORDER BY r;

-- merge: the sketch of {1 h} merged with that of {0, 2 h} is the sketch of {0, 1 h, 2 h}.
SELECT backlog.merge(s) AS merged,
       backlog.merge(s)::text = (SELECT backlog.age_sketch(a)::text FROM unnest(ARRAY[interval '0', '1 hour', '2 hours']) a) AS equals_whole
  FROM (SELECT backlog.age_sketch(interval '1 hour') AS s
        UNION ALL SELECT backlog.age_sketch(a) FROM unnest(ARRAY[interval '0', '2 hours']) a
        UNION ALL SELECT NULL) x;

-- Sketches keep in tables and come back through text and COPY BINARY unchanged: 30 days x 3
-- teams of daily sketches; 90 rows, each equal after both round trips.
CREATE TEMP TABLE snapshots (day date, team text, ages backlog.sketch);
INSERT INTO snapshots
SELECT date '2026-01-01' + d, t, backlog.age_sketch(((d * 7 + g * 13) % 500) * interval '17 minutes')
  FROM generate_series(0, 29) d, unnest(ARRAY['billing', 'login', 'api']) t, generate_series(1, 40) g
 GROUP BY d, t;
CREATE TEMP TABLE snapshots_copy (LIKE snapshots);
DO $$
DECLARE
    f text := current_setting('data_directory') || '/sketch_snapshots.bin';
BEGIN
    EXECUTE format('COPY snapshots TO %L WITH (FORMAT binary)', f);
    EXECUTE format('COPY snapshots_copy FROM %L WITH (FORMAT binary)', f);
END
$$;
SELECT count(*) AS rows,
       count(*) FILTER (WHERE s.ages::text::backlog.sketch::text = s.ages::text) AS same_after_text,
       count(*) FILTER (WHERE backlog.sketch_send(c.ages) = backlog.sketch_send(s.ages)) AS same_after_copy
  FROM snapshots s JOIN snapshots_copy c USING (day, team);

-- Malformed text, each on its own line: 22P02, the detail naming the problem.
SELECT pg_temp.error_detail($$SELECT ''::backlog.sketch$$);
SELECT pg_temp.error_detail($$SELECT 'sketch v1 m=70 n=0'::backlog.sketch$$);
SELECT pg_temp.error_detail($$SELECT 'ddsketch v2 m=70 n=0'::backlog.sketch$$);
SELECT pg_temp.error_detail($$SELECT 'ddsketch v1 m=3 n=0'::backlog.sketch$$);
SELECT pg_temp.error_detail($$SELECT 'ddsketch v1 m=70'::backlog.sketch$$);
SELECT pg_temp.error_detail($$SELECT 'ddsketch v1 m=70 n=1'::backlog.sketch$$);
SELECT pg_temp.error_detail($$SELECT 'ddsketch v1 m=70 n=99999999999999999999'::backlog.sketch$$);
SELECT pg_temp.error_detail($$SELECT 'ddsketch v1 m=70 n=0 1:1'::backlog.sketch$$);
SELECT pg_temp.error_detail($$SELECT 'ddsketch v1 m=70 n=1 zero=0 min=1 max=1 0:01'::backlog.sketch$$);
SELECT pg_temp.error_detail($$SELECT 'ddsketch v1 m=70 n=1 zero=0 min=1 max=1 0:1 x'::backlog.sketch$$);
SELECT pg_temp.error_detail($$SELECT 'ddsketch v1 m=70 n=2 zero=0 min=1 max=1 0:1'::backlog.sketch$$);
SELECT pg_temp.error_detail($$SELECT 'ddsketch v1 m=70 n=2 zero=0 min=1 max=1 0:1 0:1'::backlog.sketch$$);
SELECT pg_temp.error_detail($$SELECT 'ddsketch v1 m=70 n=1 zero=0 min=1 max=1 0:2'::backlog.sketch$$);
SELECT pg_temp.error_detail($$SELECT 'ddsketch v1 m=70 n=1 zero=0 min=1 max=1 4410:1'::backlog.sketch$$);
SELECT pg_temp.error_detail($$SELECT 'ddsketch v1 m=70 n=1 zero=0 min=3600000000 max=3600000000 2223:1'::backlog.sketch$$);
SELECT pg_temp.error_detail($$SELECT 'ddsketch v1 m=70 n=2 zero=0 min=1 max=3600000000 0:2'::backlog.sketch$$);
SELECT pg_temp.error_detail($$SELECT 'ddsketch v1 m=70 n=1 zero=1 min=0 max=5'::backlog.sketch$$);
SELECT pg_temp.error_detail($$SELECT 'ddsketch v1 m=70 n=2 zero=1 min=5 max=5 162:1'::backlog.sketch$$);

-- Corrupt binary input, each on its own line: 22P03.
SELECT pg_temp.recv('\x');
SELECT pg_temp.recv('\x0146');
SELECT pg_temp.recv('\x024600');
SELECT pg_temp.recv('\x010300');
SELECT pg_temp.recv('\x01460000');
SELECT pg_temp.recv('\x014680');
SELECT pg_temp.recv('\x01468000');
SELECT pg_temp.recv('\x0146ffffffffffffffffff01');
SELECT pg_temp.recv('\x0146 03 04 00 00');
SELECT pg_temp.recv('\x0146 03 01 05 04');
SELECT pg_temp.recv('\x0146030100 80c8ceb40d ae11');
SELECT pg_temp.recv('\x0146030100 80c8ceb40d ae11 01');
SELECT pg_temp.recv('\x0146030100 80c8ceb40d ae11 00');
SELECT pg_temp.recv('\x0146030100 80c8ceb40d ae11 02 00');
SELECT pg_temp.recv('\x0146020100 80c8ceb40d ba22 01');
SELECT pg_temp.recv('\x0146 02 00 01 03 00 02');
SELECT pg_temp.recv('\x0146 02 00 01 01 00 01 00 01');

-- A stored value damaged on disk (faked with a binary-coercible cast, rolled back): XX001.
BEGIN;
CREATE CAST (bytea AS backlog.sketch) WITHOUT FUNCTION;
SELECT pg_temp.error_detail($$SELECT backlog.quantile('\x0246'::bytea::backlog.sketch, 0.5)$$);
SELECT pg_temp.error_detail($$SELECT backlog.merge('\x014601'::bytea::backlog.sketch)$$);
ROLLBACK;

-- q outside [0, 1] or NaN: 22003, as percentile_disc.
SELECT regress.error($$SELECT backlog.quantile('ddsketch v1 m=70 n=0', -0.1)$$);
SELECT regress.error($$SELECT backlog.quantile('ddsketch v1 m=70 n=0', 1.0000001)$$);
SELECT regress.error($$SELECT backlog.quantile('ddsketch v1 m=70 n=0', 'NaN')$$);
SELECT regress.error($$SELECT backlog.quantile('ddsketch v1 m=70 n=0', 'Infinity')$$);
SELECT regress.error($$SELECT backlog.quantiles('ddsketch v1 m=70 n=0', '{0.5, 2}')$$);

-- Bad relative accuracy (22023; NULL 22004), or a different one on another row (22023).
SELECT regress.error($$SELECT backlog.age_sketch(interval '1 hour', 0.009902)$$);
SELECT regress.error($$SELECT backlog.age_sketch(interval '1 hour', 1.5)$$);
SELECT regress.error($$SELECT backlog.age_sketch(interval '1 hour', 'NaN')$$);
SELECT regress.error($$SELECT backlog.age_sketch(interval '1 hour', NULL)$$);
SELECT regress.error($$SELECT backlog.age_sketch(a, r) FROM (VALUES (interval '1 hour', 0.02), ('2 hours', 0.05)) v(a, r)$$);

-- Negative ages (22023) and ages out of range (22008).
SELECT regress.error($$SELECT backlog.age_sketch(a) FROM unnest(ARRAY[interval '1 hour', '-1 hour']) a$$);
SELECT regress.error($$SELECT backlog.age_sketch(interval '106751992 days')$$);

-- Merging sketches of different resolutions (22023), and counts past 2^63 - 1 (22003).
SELECT pg_temp.error_detail($$SELECT backlog.merge(s) FROM (SELECT backlog.age_sketch(interval '1 hour') UNION ALL SELECT backlog.age_sketch(interval '1 hour', 0.02)) v(s)$$);
SELECT pg_temp.error_detail($$SELECT backlog.merge(s) FROM (VALUES ('ddsketch v1 m=70 n=9223372036854775807 zero=9223372036854775807 min=0 max=0'::backlog.sketch), ('ddsketch v1 m=70 n=1 zero=1 min=0 max=0')) v(s)$$);

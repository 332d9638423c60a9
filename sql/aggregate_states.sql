-- aggregate_states: the state types of the aggregates (backlog.age_histogram_state,
-- backlog.sketch, backlog.sla_clock_state) and their text and binary forms, the way Citus uses
-- them: partial states computed apart (per "shard"), shipped as text, read back and combined
-- give what one aggregate over all rows gives.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

-- Aggregates that stop at the state (what a Citus worker computes) and that combine states
-- (what the coordinator runs), from the extension's own support functions.
CREATE AGGREGATE pg_temp.hist_partial(interval) (
    SFUNC = backlog.age_histogram_trans, STYPE = backlog.age_histogram_state);
CREATE AGGREGATE pg_temp.hist_partial(interval, interval[]) (
    SFUNC = backlog.age_histogram_trans, STYPE = backlog.age_histogram_state);
CREATE AGGREGATE pg_temp.hist_combine(backlog.age_histogram_state) (
    SFUNC = backlog.age_histogram_combine, STYPE = backlog.age_histogram_state,
    FINALFUNC = backlog.age_histogram_final);
CREATE AGGREGATE pg_temp.hist_bounds_combine(backlog.age_histogram_state) (
    SFUNC = backlog.age_histogram_combine, STYPE = backlog.age_histogram_state,
    FINALFUNC = backlog.age_histogram_bounds_final);
CREATE AGGREGATE pg_temp.sketch_partial(interval) (
    SFUNC = backlog.age_sketch_trans, STYPE = backlog.sketch);
CREATE AGGREGATE pg_temp.clock_partial(backlog.calendar, interval, timestamptz, text, timestamptz) (
    SFUNC = backlog.sla_clock_trans, STYPE = backlog.sla_clock_state);
CREATE AGGREGATE pg_temp.clock_combine(backlog.sla_clock_state) (
    SFUNC = backlog.sla_clock_combine, STYPE = backlog.sla_clock_state,
    FINALFUNC = backlog.sla_clock_as_of_final);

-- ---- age_histogram_state ---------------------------------------------------------------------
-- Ages 0 s, 23 h, 24 h, 5 d, 40 d and NULL. Default buckets: 0 s and 23 h in 0-24h, 24 h in
-- 24-72h (bounds are half-open), 5 d in 3-7d, 40 d in 30d+; NULL skipped.
CREATE TABLE st_age (shard int, age interval);
INSERT INTO st_age VALUES (1, '0'), (1, '23 hours'), (2, '24 hours'), (2, '5 days'),
                          (3, '40 days'), (3, NULL);
-- The state in text: bounds 24 h, 72 h, 7 d, 14 d, 30 d in microseconds (86400000000 = 24 h),
-- counts 2, 1, 1, 0, 0, 1.
SELECT pg_temp.hist_partial(age) FROM st_age;
-- Per shard, through text, combined: the same jsonb as the aggregate over every row.
SELECT pg_temp.hist_combine(s::text::backlog.age_histogram_state) AS combined,
       pg_temp.hist_combine(s::text::backlog.age_histogram_state)
         = (SELECT backlog.age_histogram(age) FROM st_age) AS same
  FROM (SELECT pg_temp.hist_partial(age) AS s FROM st_age GROUP BY shard) p;
-- Custom bounds {1 hour, 1 day}: 0 s in 0-1h; 23 h in 1-24h; 24 h, 5 d, 40 d in 24h+.
SELECT pg_temp.hist_bounds_combine(s::text::backlog.age_histogram_state) AS combined
  FROM (SELECT pg_temp.hist_partial(age, '{1 hour, 1 day}') AS s FROM st_age GROUP BY shard) p;
-- Text and binary round trips (COPY BINARY and the binary protocol use send and recv), through
-- a file named by the backend's pid so that parallel runs do not collide.
CREATE FUNCTION pg_temp.binary_round_trip(tbl text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    f text := '/tmp/backlog_states_' || pg_backend_pid() || '.bin';
    same boolean;
BEGIN
    EXECUTE format('COPY %I TO %L (FORMAT binary)', tbl, f);
    EXECUTE format('CREATE TEMP TABLE %I (LIKE %I)', tbl || '_copy', tbl);
    EXECUTE format('COPY %I FROM %L (FORMAT binary)', tbl || '_copy', f);
    EXECUTE format('SELECT (SELECT array_agg(s::text ORDER BY s::text) FROM %I)
                         = (SELECT array_agg(s::text ORDER BY s::text) FROM %I)', tbl, tbl || '_copy')
       INTO same;
    RETURN same;
END
$$;
CREATE TEMP TABLE st_hist AS
SELECT 'age_histogram v1 bounds=3600000000,86400000000 counts=1,1,3'::backlog.age_histogram_state AS s;
SELECT s::text AS text_round_trip, pg_temp.binary_round_trip('st_hist') FROM st_hist;
-- States of different bounds do not combine.
SELECT regress.error($$SELECT pg_temp.hist_combine(s) FROM (VALUES
    ('age_histogram v1 bounds=3600000000 counts=1,1'::backlog.age_histogram_state),
    ('age_histogram v1 bounds=7200000000 counts=1,1')) v(s)$$);
-- Malformed text: wrong prefix, a count missing, bounds not increasing, a bound of 0, a
-- negative count, a leading zero, garbage at the end, 101 bounds.
SELECT what, regress.sqlstate(format('SELECT %L::backlog.age_histogram_state', t))
  FROM (VALUES ('prefix', 'ddsketch v1 m=70 n=0'),
               ('count missing', 'age_histogram v1 bounds=3600000000 counts=1'),
               ('decreasing', 'age_histogram v1 bounds=7200000000,3600000000 counts=1,1,1'),
               ('zero bound', 'age_histogram v1 bounds=0 counts=1,1'),
               ('negative count', 'age_histogram v1 bounds=3600000000 counts=1,-1'),
               ('leading zero', 'age_histogram v1 bounds=03600000000 counts=1,1'),
               ('trailing', 'age_histogram v1 bounds=3600000000 counts=1,1 x'),
               ('version 2', 'age_histogram v2 bounds=3600000000 counts=1,1'),
               ('101 bounds', 'age_histogram v1 bounds=' || (SELECT string_agg(g::text, ',') FROM generate_series(1, 101) g)
                 || ' counts=0')) v(what, t);
SELECT regress.error($$SELECT 'age_histogram v1 bounds=3600000000 counts=1'::backlog.age_histogram_state$$);

-- ---- the sketch as its own state ------------------------------------------------------------
-- Per-shard sketches shipped as text and merged equal the sketch of every age.
SELECT backlog.merge(s::text::backlog.sketch)::text = (SELECT backlog.age_sketch(age)::text FROM st_age) AS same,
       backlog.sketch_count(backlog.merge(s::text::backlog.sketch)) AS n   -- 5 non-NULL ages
  FROM (SELECT pg_temp.sketch_partial(age) AS s FROM st_age GROUP BY shard) p;

-- ---- sla_clock_state ------------------------------------------------------------------------
-- Calendar 'UTC; mon-fri 09:00-17:00', target 4 h, as_of Tue 2026-03-03 12:00. Events (split
-- over two shards): running Mon 09:00, paused Mon 10:00, running Mon 16:00. Elapsed: Mon 09-10
-- (1 h) + Mon 16-17 (1 h) + Tue 09-12 (3 h) = 5 h > 4 h: breached, remaining -1 h. due_at and
-- breached_at: 3 h left at the Mon 16:00 resume: Mon 16-17 (1 h) + Tue 09-11 (2 h) = Tue 11:00.
CREATE TABLE st_event (shard int, at timestamptz, clock text);
INSERT INTO st_event VALUES (1, '2026-03-02 09:00', 'running'), (2, '2026-03-02 10:00', 'paused'),
                            (1, '2026-03-02 16:00', 'running');
SELECT (pg_temp.clock_combine(s::text::backlog.sla_clock_state)).*
  FROM (SELECT shard, pg_temp.clock_partial('UTC; mon-fri 09:00-17:00', '4 hours', at, clock,
                                              '2026-03-03 12:00') AS s
          FROM st_event GROUP BY shard) p;
SELECT pg_temp.clock_combine(s::text::backlog.sla_clock_state)
       = (SELECT backlog.sla_clock('UTC; mon-fri 09:00-17:00', '4 hours', at, clock, '2026-03-03 12:00')
            FROM st_event) AS same
  FROM (SELECT shard, pg_temp.clock_partial('UTC; mon-fri 09:00-17:00', '4 hours', at, clock,
                                              '2026-03-03 12:00') AS s
          FROM st_event GROUP BY shard) p;
-- Binary round trip of a state.
CREATE TEMP TABLE st_clock AS
SELECT pg_temp.clock_partial('UTC; mon-fri 09:00-17:00', '4 hours', at, clock, '2026-03-03 12:00') AS s
  FROM st_event;
SELECT pg_temp.binary_round_trip('st_clock');
-- States of different targets do not combine (22023); malformed text: odd length, not hex, a
-- truncated state, an unknown version.
SELECT regress.sqlstate($$SELECT pg_temp.clock_combine(s) FROM (
    SELECT pg_temp.clock_partial('UTC; mon-fri 09:00-17:00', t, '2026-03-02 09:00', 'running', '2026-03-03 12:00') AS s
      FROM (VALUES (interval '4 hours'), ('5 hours')) v(t) GROUP BY t) p$$) AS targets_differ;
SELECT what, regress.sqlstate(format('SELECT %L::backlog.sla_clock_state', t))
  FROM (VALUES ('odd length', '0'), ('not hex', 'zz'),
               ('truncated', left((SELECT s::text FROM st_clock), 40)),
               ('version 2', '02' || substr((SELECT s::text FROM st_clock), 3))) v(what, t);
-- and the state itself reads back as it was written
SELECT regress.sqlstate(format('SELECT %L::backlog.sla_clock_state', (SELECT s::text FROM st_clock))) AS reads;

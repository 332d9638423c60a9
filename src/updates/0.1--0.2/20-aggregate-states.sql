-- Aggregate states Citus can ship (src/sketch.sql, src/sla.sql): every aggregate's STYPE becomes
-- a real type with text and binary forms (backlog.age_histogram_state, backlog.sketch,
-- backlog.sla_clock_state) and a strict combine function; the serial/deserial pairs over
-- internal go (PostgreSQL ships non-internal states itself). No view depends on these
-- aggregates (the SQL functions that call them record no dependency), so dropping and creating
-- them is enough.
DROP AGGREGATE backlog.age_histogram(interval);
DROP AGGREGATE backlog.age_histogram(interval, interval[]);
DROP AGGREGATE backlog.age_sketch(interval);
DROP AGGREGATE backlog.age_sketch(interval, double precision);
DROP AGGREGATE backlog.merge(backlog.sketch);
DROP AGGREGATE backlog.sla_clock(backlog.calendar, interval, timestamptz, text);
DROP AGGREGATE backlog.sla_clock(backlog.calendar, interval, timestamptz, text, timestamptz);

DROP FUNCTION backlog.age_histogram_trans(internal, interval);
DROP FUNCTION backlog.age_histogram_trans(internal, interval, interval[]);
DROP FUNCTION backlog.age_histogram_final(internal);
DROP FUNCTION backlog.age_histogram_bounds_final(internal);
DROP FUNCTION backlog.age_histogram_combine(internal, internal);
DROP FUNCTION backlog.age_histogram_serial(internal);
DROP FUNCTION backlog.age_histogram_deserial(bytea, internal);
DROP FUNCTION backlog.age_sketch_trans(internal, interval);
DROP FUNCTION backlog.age_sketch_trans(internal, interval, double precision);
DROP FUNCTION backlog.sketch_merge_trans(internal, backlog.sketch);
DROP FUNCTION backlog.sketch_final(internal);
DROP FUNCTION backlog.sketch_combine(internal, internal);
DROP FUNCTION backlog.sketch_serial(internal);
DROP FUNCTION backlog.sketch_deserial(bytea, internal);
DROP FUNCTION backlog.sla_clock_trans(internal, backlog.calendar, interval, timestamptz, text);
DROP FUNCTION backlog.sla_clock_trans(internal, backlog.calendar, interval, timestamptz, text, timestamptz);
DROP FUNCTION backlog.sla_clock_final(internal);
DROP FUNCTION backlog.sla_clock_as_of_final(internal);
DROP FUNCTION backlog.sla_clock_combine(internal, internal);
DROP FUNCTION backlog.sla_clock_serial(internal);
DROP FUNCTION backlog.sla_clock_deserial(bytea, internal);

-- The state is a type of its own (not internal), with text and binary forms, so that partial
-- histograms can travel: between parallel workers and from Citus workers to the coordinator.
CREATE TYPE backlog.age_histogram_state;

CREATE FUNCTION backlog.age_histogram_state_in(cstring)
RETURNS backlog.age_histogram_state
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_histogram_state_in';
COMMENT ON FUNCTION backlog.age_histogram_state_in(cstring) IS
  'Input function of backlog.age_histogram_state: reads "age_histogram v1 bounds=<microseconds,...> counts=<count,...>", checking the bounds and that there is one count per bucket.';

CREATE FUNCTION backlog.age_histogram_state_out(backlog.age_histogram_state)
RETURNS cstring
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_histogram_state_out';
COMMENT ON FUNCTION backlog.age_histogram_state_out(backlog.age_histogram_state) IS
  'Output function of backlog.age_histogram_state: its text form.';

CREATE FUNCTION backlog.age_histogram_state_recv(internal)
RETURNS backlog.age_histogram_state
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_histogram_state_recv';
COMMENT ON FUNCTION backlog.age_histogram_state_recv(internal) IS
  'Binary input function of backlog.age_histogram_state: int4 number of bounds, the int8 bounds, the int8 counts, every field checked.';

CREATE FUNCTION backlog.age_histogram_state_send(backlog.age_histogram_state)
RETURNS bytea
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_histogram_state_send';
COMMENT ON FUNCTION backlog.age_histogram_state_send(backlog.age_histogram_state) IS
  'Binary output function of backlog.age_histogram_state.';

CREATE TYPE backlog.age_histogram_state (
    INPUT = backlog.age_histogram_state_in,
    OUTPUT = backlog.age_histogram_state_out,
    RECEIVE = backlog.age_histogram_state_recv,
    SEND = backlog.age_histogram_state_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE backlog.age_histogram_state IS
  'Partial state of backlog.age_histogram: the bucket bounds and a count per bucket. Counted in place by the transition function; added by backlog.age_histogram_combine.';

CREATE FUNCTION backlog.age_histogram_trans(state backlog.age_histogram_state, age interval)
RETURNS backlog.age_histogram_state
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_histogram_trans';
COMMENT ON FUNCTION backlog.age_histogram_trans(backlog.age_histogram_state, interval) IS
  'Transition function of backlog.age_histogram(interval): counts an age in its default bucket; NULL ages are skipped.';

CREATE FUNCTION backlog.age_histogram_trans(state backlog.age_histogram_state, age interval, bounds interval[])
RETURNS backlog.age_histogram_state
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_histogram_trans_bounds';
COMMENT ON FUNCTION backlog.age_histogram_trans(backlog.age_histogram_state, interval, interval[]) IS
  'Transition function of backlog.age_histogram(interval, interval[]): counts an age among custom bounds; NULL ages are skipped, NULL or changing bounds are an error.';

CREATE FUNCTION backlog.age_histogram_final(state backlog.age_histogram_state)
RETURNS jsonb
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_histogram_final';
COMMENT ON FUNCTION backlog.age_histogram_final(backlog.age_histogram_state) IS
  'Final function of backlog.age_histogram(interval): every default bucket with its count, zeros included (also over no rows).';

CREATE FUNCTION backlog.age_histogram_bounds_final(state backlog.age_histogram_state)
RETURNS jsonb
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_histogram_bounds_final';
COMMENT ON FUNCTION backlog.age_histogram_bounds_final(backlog.age_histogram_state) IS
  'Final function of backlog.age_histogram(interval, interval[]): every bucket with its count, zeros included; NULL over no rows, whose bounds it never saw.';

CREATE FUNCTION backlog.age_histogram_combine(a backlog.age_histogram_state, b backlog.age_histogram_state)
RETURNS backlog.age_histogram_state
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_histogram_combine';
COMMENT ON FUNCTION backlog.age_histogram_combine(backlog.age_histogram_state, backlog.age_histogram_state) IS
  'Combine function of backlog.age_histogram: adds partial histogram b into a (of the same bounds).';

CREATE AGGREGATE backlog.age_histogram(age interval) (
    SFUNC = backlog.age_histogram_trans,
    STYPE = backlog.age_histogram_state,
    FINALFUNC = backlog.age_histogram_final,
    COMBINEFUNC = backlog.age_histogram_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE backlog.age_histogram(interval) IS
  'Counts ages per default bucket: a jsonb object with every bucket (0-24h, 24-72h, 3-7d, 7-14d, 14-30d, 30d+) and its count, zeros included; NULL ages are skipped. jsonb orders keys its own way: list in bucket order with backlog.age_buckets().';

CREATE AGGREGATE backlog.age_histogram(age interval, bounds interval[]) (
    SFUNC = backlog.age_histogram_trans,
    STYPE = backlog.age_histogram_state,
    FINALFUNC = backlog.age_histogram_bounds_final,
    COMBINEFUNC = backlog.age_histogram_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE backlog.age_histogram(interval, interval[]) IS
  'Counts ages per bucket of custom bounds (the same on every row): a jsonb object with every bucket label and its count, zeros included; NULL ages are skipped.';

-- The state is the sketch type itself (expanded in memory and counted in place), so partial
-- sketches travel in the sketch's own text and binary forms.
CREATE FUNCTION backlog.age_sketch_trans(state backlog.sketch, age interval)
RETURNS backlog.sketch
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_sketch_trans';
COMMENT ON FUNCTION backlog.age_sketch_trans(backlog.sketch, interval) IS
  'Transition function of backlog.age_sketch(interval): counts an age; NULL ages are skipped.';

CREATE FUNCTION backlog.age_sketch_trans(state backlog.sketch, age interval, relative_accuracy double precision)
RETURNS backlog.sketch
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_sketch_trans_accuracy';
COMMENT ON FUNCTION backlog.age_sketch_trans(backlog.sketch, interval, double precision) IS
  'Transition function of backlog.age_sketch(interval, double precision): counts an age in a sketch of the requested relative accuracy.';

CREATE FUNCTION backlog.sketch_final(state backlog.sketch)
RETURNS backlog.sketch
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sketch_final';
COMMENT ON FUNCTION backlog.sketch_final(backlog.sketch) IS
  'Final function of backlog.age_sketch and backlog.merge: the sketch in its stored form.';

CREATE FUNCTION backlog.sketch_combine(a backlog.sketch, b backlog.sketch)
RETURNS backlog.sketch
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sketch_combine';
COMMENT ON FUNCTION backlog.sketch_combine(backlog.sketch, backlog.sketch) IS
  'Combine function of backlog.age_sketch and backlog.merge, and the transition function of backlog.merge: adds sketch b into a (of the same accuracy).';

CREATE AGGREGATE backlog.age_sketch(age interval) (
    SFUNC = backlog.age_sketch_trans,
    STYPE = backlog.sketch,
    SSPACE = 8192,
    FINALFUNC = backlog.sketch_final,
    COMBINEFUNC = backlog.sketch_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE backlog.age_sketch(interval) IS
  'Quantile sketch of ages: backlog.quantile reads percentiles within 0.99% relative error of percentile_disc; sketches can be stored and merged. NULL ages are skipped; NULL when there is no age.';

CREATE AGGREGATE backlog.age_sketch(age interval, relative_accuracy double precision) (
    SFUNC = backlog.age_sketch_trans,
    STYPE = backlog.sketch,
    SSPACE = 4096,
    FINALFUNC = backlog.sketch_final,
    COMBINEFUNC = backlog.sketch_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE backlog.age_sketch(interval, double precision) IS
  'Quantile sketch of ages with a coarser relative accuracy (at least 0.0099, the default''s; e.g. 0.02 or 0.05) for a smaller sketch; the same for every row. Sketches merge only with sketches of the same accuracy.';

CREATE AGGREGATE backlog.merge(sketch backlog.sketch) (
    SFUNC = backlog.sketch_combine,
    STYPE = backlog.sketch,
    SSPACE = 8192,
    FINALFUNC = backlog.sketch_final,
    COMBINEFUNC = backlog.sketch_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE backlog.merge(backlog.sketch) IS
  'Merges sketches (of days, teams, shards) into the sketch of all their ages, exactly as if built from the raw ages. NULL sketches are skipped; sketches of different accuracy are an error.';

-- The state is a type of its own (not internal), with text and binary forms, so that partial
-- clocks can travel: between parallel workers and from Citus workers to the coordinator.
CREATE TYPE backlog.sla_clock_state;

CREATE FUNCTION backlog.sla_clock_state_in(cstring)
RETURNS backlog.sla_clock_state
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sla_clock_state_in';
COMMENT ON FUNCTION backlog.sla_clock_state_in(cstring) IS
  'Input function of backlog.sla_clock_state: the binary form in hexadecimal, every field checked.';

CREATE FUNCTION backlog.sla_clock_state_out(backlog.sla_clock_state)
RETURNS cstring
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sla_clock_state_out';
COMMENT ON FUNCTION backlog.sla_clock_state_out(backlog.sla_clock_state) IS
  'Output function of backlog.sla_clock_state: the binary form in hexadecimal.';

CREATE FUNCTION backlog.sla_clock_state_recv(internal)
RETURNS backlog.sla_clock_state
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sla_clock_state_recv';
COMMENT ON FUNCTION backlog.sla_clock_state_recv(internal) IS
  'Binary input function of backlog.sla_clock_state: version, flags, calendar length, event count, target and as_of (little-endian), the calendar, then the events; every field checked.';

CREATE FUNCTION backlog.sla_clock_state_send(backlog.sla_clock_state)
RETURNS bytea
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sla_clock_state_send';
COMMENT ON FUNCTION backlog.sla_clock_state_send(backlog.sla_clock_state) IS
  'Binary output function of backlog.sla_clock_state.';

CREATE TYPE backlog.sla_clock_state (
    INPUT = backlog.sla_clock_state_in,
    OUTPUT = backlog.sla_clock_state_out,
    RECEIVE = backlog.sla_clock_state_recv,
    SEND = backlog.sla_clock_state_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = extended
);
COMMENT ON TYPE backlog.sla_clock_state IS
  'Partial state of backlog.sla_clock: the calendar, target and as_of of the clock and the events collected so far. Appended to in place by the transition function; joined by backlog.sla_clock_combine.';

CREATE FUNCTION backlog.sla_clock_trans(backlog.sla_clock_state, backlog.calendar, interval, timestamptz, text)
RETURNS backlog.sla_clock_state
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sla_clock_trans';
COMMENT ON FUNCTION backlog.sla_clock_trans(backlog.sla_clock_state, backlog.calendar, interval, timestamptz, text) IS
  'Transition function of backlog.sla_clock(cal, target, at, clock): collects one event.';

CREATE FUNCTION backlog.sla_clock_trans(backlog.sla_clock_state, backlog.calendar, interval, timestamptz, text, timestamptz)
RETURNS backlog.sla_clock_state
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sla_clock_trans';
COMMENT ON FUNCTION backlog.sla_clock_trans(backlog.sla_clock_state, backlog.calendar, interval, timestamptz, text, timestamptz) IS
  'Transition function of backlog.sla_clock(cal, target, at, clock, as_of): collects one event.';

-- STABLE: measures an open clock up to now().
CREATE FUNCTION backlog.sla_clock_final(backlog.sla_clock_state)
RETURNS backlog.sla_result
LANGUAGE c STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sla_clock_final';
COMMENT ON FUNCTION backlog.sla_clock_final(backlog.sla_clock_state) IS
  'Final function of backlog.sla_clock(cal, target, at, clock): runs the clock up to now().';

CREATE FUNCTION backlog.sla_clock_as_of_final(backlog.sla_clock_state)
RETURNS backlog.sla_result
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sla_clock_as_of_final';
COMMENT ON FUNCTION backlog.sla_clock_as_of_final(backlog.sla_clock_state) IS
  'Final function of backlog.sla_clock(cal, target, at, clock, as_of): runs the clock up to as_of.';

CREATE FUNCTION backlog.sla_clock_combine(backlog.sla_clock_state, backlog.sla_clock_state)
RETURNS backlog.sla_clock_state
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sla_clock_combine';
COMMENT ON FUNCTION backlog.sla_clock_combine(backlog.sla_clock_state, backlog.sla_clock_state) IS
  'Combine function of backlog.sla_clock: appends the events of partial state b to a (of the same calendar, target and as_of).';

CREATE AGGREGATE backlog.sla_clock(cal backlog.calendar, target interval, at timestamptz, clock text) (
    SFUNC = backlog.sla_clock_trans,
    STYPE = backlog.sla_clock_state,
    SSPACE = 256,
    FINALFUNC = backlog.sla_clock_final,
    COMBINEFUNC = backlog.sla_clock_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE backlog.sla_clock(backlog.calendar, interval, timestamptz, text) IS
  'SLA clock of one ticket and metric, measured up to now(): each row is an event (at, clock) with clock the state entered at "at" (running, paused or stopped). Sorts its events itself, so ORDER BY is optional.';

CREATE AGGREGATE backlog.sla_clock(cal backlog.calendar, target interval, at timestamptz, clock text, as_of timestamptz) (
    SFUNC = backlog.sla_clock_trans,
    STYPE = backlog.sla_clock_state,
    SSPACE = 256,
    FINALFUNC = backlog.sla_clock_as_of_final,
    COMBINEFUNC = backlog.sla_clock_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE backlog.sla_clock(backlog.calendar, interval, timestamptz, text, timestamptz) IS
  'SLA clock of one ticket and metric, measured up to as_of (events after as_of are ignored). Sorts its events itself, so ORDER BY is optional.';

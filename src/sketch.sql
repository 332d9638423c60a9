-- Age buckets, age histograms and the mergeable quantile sketch of ages (SPEC §5).
-- C: src/sketch.c (pure core) and src/sketch_fmgr.c (glue). README, "Age buckets, histograms
-- and sketches", documents the semantics, the formats, accuracy and memory.
--
-- Ages are intervals counted in microseconds as extract(epoch from age) counts them (a year is
-- 365.25 days, a further month 30 days, a day 24 hours). Negative ages are an error (22023).

-- ---------------------------------------------------------------------------------------------
-- Age buckets
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.age_bucket(age interval)
RETURNS text
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_bucket';
COMMENT ON FUNCTION backlog.age_bucket(interval) IS
  'The default age bucket of an age: 0-24h, 24-72h, 3-7d, 7-14d, 14-30d or 30d+; bounds are half-open [lower, upper), so exactly 24 hours is 24-72h. A negative age is an error.';

CREATE FUNCTION backlog.age_bucket(age interval, bounds interval[])
RETURNS text
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_bucket_bounds';
COMMENT ON FUNCTION backlog.age_bucket(interval, interval[]) IS
  'The age bucket of an age among custom bounds (positive, strictly increasing, at most 100): [0, b1), [b1, b2), ..., [bn, infinity), labelled like the defaults (e.g. 0-4h, 4-24h, 24h+).';

CREATE FUNCTION backlog.age_buckets(bounds interval[])
RETURNS TABLE (ordinal integer, label text, lower_bound interval, upper_bound interval)
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT b.ordinal::integer,
           backlog.age_bucket(coalesce(pg_catalog.lag(b.bound) OVER w, interval '0'), bounds),
           coalesce(pg_catalog.lag(b.bound) OVER w, interval '0'),
           b.bound
      FROM pg_catalog.unnest(pg_catalog.array_append(bounds, NULL::interval))
           WITH ORDINALITY AS b(bound, ordinal)
    WINDOW w AS (ORDER BY b.ordinal)
     ORDER BY b.ordinal
$$;
COMMENT ON FUNCTION backlog.age_buckets(interval[]) IS
  'The buckets custom bounds define, in order: ordinal, label, lower bound (inclusive) and upper bound (exclusive; NULL for the last). Lists a histogram in bucket order, which jsonb keys do not keep.';

CREATE FUNCTION backlog.age_buckets()
RETURNS TABLE (ordinal integer, label text, lower_bound interval, upper_bound interval)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT * FROM backlog.age_buckets('{1 day, 3 days, 7 days, 14 days, 30 days}'::interval[])
$$;
COMMENT ON FUNCTION backlog.age_buckets() IS
  'The default age buckets in order: ordinal, label (0-24h ... 30d+), lower bound (inclusive), upper bound (exclusive; NULL for the last).';

-- ---------------------------------------------------------------------------------------------
-- age_histogram: counts per bucket as jsonb
-- ---------------------------------------------------------------------------------------------
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

-- ---------------------------------------------------------------------------------------------
-- The sketch type
-- ---------------------------------------------------------------------------------------------
CREATE TYPE backlog.sketch;

CREATE FUNCTION backlog.sketch_in(cstring)
RETURNS backlog.sketch
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sketch_in';
COMMENT ON FUNCTION backlog.sketch_in(cstring) IS
  'Input function of backlog.sketch: reads "ddsketch v1 m=... n=... zero=... min=... max=... index:count ...", checking every field.';

CREATE FUNCTION backlog.sketch_out(backlog.sketch)
RETURNS cstring
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sketch_out';
COMMENT ON FUNCTION backlog.sketch_out(backlog.sketch) IS
  'Output function of backlog.sketch: the canonical text form.';

CREATE FUNCTION backlog.sketch_recv(internal)
RETURNS backlog.sketch
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sketch_recv';
COMMENT ON FUNCTION backlog.sketch_recv(internal) IS
  'Binary input function of backlog.sketch (COPY BINARY, binary protocol): the versioned binary form, every field checked.';

CREATE FUNCTION backlog.sketch_send(backlog.sketch)
RETURNS bytea
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sketch_send';
COMMENT ON FUNCTION backlog.sketch_send(backlog.sketch) IS
  'Binary output function of backlog.sketch: the versioned binary form.';

CREATE TYPE backlog.sketch (
    INPUT = backlog.sketch_in,
    OUTPUT = backlog.sketch_out,
    RECEIVE = backlog.sketch_recv,
    SEND = backlog.sketch_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = extended
);
COMMENT ON TYPE backlog.sketch IS
  'Mergeable quantile sketch of ages (logarithmic buckets): quantiles within 0.99% relative error of percentile_disc, at most 35 KB in memory and usually well under 1 KB stored. Built by backlog.age_sketch, merged by backlog.merge, read by backlog.quantile.';

-- ---------------------------------------------------------------------------------------------
-- age_sketch and merge
-- ---------------------------------------------------------------------------------------------
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

-- ---------------------------------------------------------------------------------------------
-- Reading sketches
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.quantile(sketch backlog.sketch, q double precision)
RETURNS interval
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_quantile';
COMMENT ON FUNCTION backlog.quantile(backlog.sketch, double precision) IS
  'The q-quantile of the sketched ages (q in [0, 1]), an estimate of percentile_disc(q) within 0.99% relative error; q = 0 and q = 1 give the exact minimum and maximum. NULL for an empty sketch.';

CREATE FUNCTION backlog.quantiles(sketch backlog.sketch, q double precision[])
RETURNS interval[]
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_quantiles';
COMMENT ON FUNCTION backlog.quantiles(backlog.sketch, double precision[]) IS
  'Several quantiles at once, like percentile_disc(array): an element per element of q (NULL for NULL). NULL for an empty sketch.';

CREATE FUNCTION backlog.sketch_count(sketch backlog.sketch)
RETURNS bigint
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sketch_count';
COMMENT ON FUNCTION backlog.sketch_count(backlog.sketch) IS
  'How many ages the sketch counts.';

CREATE FUNCTION backlog.sketch_accuracy(sketch backlog.sketch)
RETURNS double precision
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sketch_accuracy';
COMMENT ON FUNCTION backlog.sketch_accuracy(backlog.sketch) IS
  'The relative error bound of the sketch''s quantiles: 0.0099 (0.99%) for the default sketch.';

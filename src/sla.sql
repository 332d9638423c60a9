-- SLA clocks (SPEC §2): the sla_clock aggregate, SLA policies, each metric's clock events as
-- reconstructed from the ticket store, and backlog.ticket_sla.

-- ---------------------------------------------------------------------------------------------
-- The clock aggregate.
-- ---------------------------------------------------------------------------------------------
CREATE TYPE backlog.sla_result AS (
    state        text,
    elapsed      interval,
    remaining    interval,
    due_at       timestamptz,
    breached_at  timestamptz
);
COMMENT ON TYPE backlog.sla_result IS
  'Result of backlog.sla_clock: state (running, paused, met or breached), business time elapsed and remaining, when the target is due and when it was breached.';
COMMENT ON COLUMN backlog.sla_result.state IS
  'running or paused (the clock''s state at as_of), met (stopped within target) or breached (elapsed > target, stopped or not).';
COMMENT ON COLUMN backlog.sla_result.elapsed IS 'Business time the clock ran, up to as_of.';
COMMENT ON COLUMN backlog.sla_result.remaining IS 'target - elapsed; negative once breached.';
COMMENT ON COLUMN backlog.sla_result.due_at IS
  'When elapsed reaches the target if the clock keeps running (in the past once breached); NULL unless the clock runs at as_of.';
COMMENT ON COLUMN backlog.sla_result.breached_at IS
  'The instant elapsed first exceeded the target (always inside a running stretch); NULL if it never did.';

CREATE FUNCTION backlog.sla_clock_trans(internal, backlog.calendar, interval, timestamptz, text)
RETURNS internal
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sla_clock_trans';
COMMENT ON FUNCTION backlog.sla_clock_trans(internal, backlog.calendar, interval, timestamptz, text) IS
  'Transition function of backlog.sla_clock(cal, target, at, clock): collects one event.';

CREATE FUNCTION backlog.sla_clock_trans(internal, backlog.calendar, interval, timestamptz, text, timestamptz)
RETURNS internal
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sla_clock_trans';
COMMENT ON FUNCTION backlog.sla_clock_trans(internal, backlog.calendar, interval, timestamptz, text, timestamptz) IS
  'Transition function of backlog.sla_clock(cal, target, at, clock, as_of): collects one event.';

-- STABLE: measures an open clock up to now().
CREATE FUNCTION backlog.sla_clock_final(internal)
RETURNS backlog.sla_result
LANGUAGE c STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sla_clock_final';
COMMENT ON FUNCTION backlog.sla_clock_final(internal) IS
  'Final function of backlog.sla_clock(cal, target, at, clock): runs the clock up to now().';

CREATE FUNCTION backlog.sla_clock_as_of_final(internal)
RETURNS backlog.sla_result
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sla_clock_as_of_final';
COMMENT ON FUNCTION backlog.sla_clock_as_of_final(internal) IS
  'Final function of backlog.sla_clock(cal, target, at, clock, as_of): runs the clock up to as_of.';

-- Not strict: either state may be NULL.
CREATE FUNCTION backlog.sla_clock_combine(internal, internal)
RETURNS internal
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sla_clock_combine';
COMMENT ON FUNCTION backlog.sla_clock_combine(internal, internal) IS
  'Combine function of backlog.sla_clock: merges the events of two partial states.';

CREATE FUNCTION backlog.sla_clock_serial(internal)
RETURNS bytea
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sla_clock_serial';
COMMENT ON FUNCTION backlog.sla_clock_serial(internal) IS
  'Serial function of backlog.sla_clock: a partial state as bytea, for parallel aggregation.';

CREATE FUNCTION backlog.sla_clock_deserial(bytea, internal)
RETURNS internal
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sla_clock_deserial';
COMMENT ON FUNCTION backlog.sla_clock_deserial(bytea, internal) IS
  'Deserial function of backlog.sla_clock: reads (and validates) a state written by sla_clock_serial.';

CREATE AGGREGATE backlog.sla_clock(cal backlog.calendar, target interval, at timestamptz, clock text) (
    SFUNC = backlog.sla_clock_trans,
    STYPE = internal,
    SSPACE = 256,
    FINALFUNC = backlog.sla_clock_final,
    COMBINEFUNC = backlog.sla_clock_combine,
    SERIALFUNC = backlog.sla_clock_serial,
    DESERIALFUNC = backlog.sla_clock_deserial,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE backlog.sla_clock(backlog.calendar, interval, timestamptz, text) IS
  'SLA clock of one ticket and metric, measured up to now(): each row is an event (at, clock) with clock the state entered at "at" (running, paused or stopped). Sorts its events itself, so ORDER BY is optional.';

CREATE AGGREGATE backlog.sla_clock(cal backlog.calendar, target interval, at timestamptz, clock text, as_of timestamptz) (
    SFUNC = backlog.sla_clock_trans,
    STYPE = internal,
    SSPACE = 256,
    FINALFUNC = backlog.sla_clock_as_of_final,
    COMBINEFUNC = backlog.sla_clock_combine,
    SERIALFUNC = backlog.sla_clock_serial,
    DESERIALFUNC = backlog.sla_clock_deserial,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE backlog.sla_clock(backlog.calendar, interval, timestamptz, text, timestamptz) IS
  'SLA clock of one ticket and metric, measured up to as_of (events after as_of are ignored). Sorts its events itself, so ORDER BY is optional.';

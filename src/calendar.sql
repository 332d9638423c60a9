-- Business calendars (SPEC §1): the backlog.calendar type, the business-time functions and the
-- table of named calendars. The C behind them is src/calendar.c (pure) and
-- src/calendar_fmgr.c (glue); README "Business calendars" documents the semantics.

-- ---------------------------------------------------------------------------------------------
-- The type
-- ---------------------------------------------------------------------------------------------
CREATE TYPE backlog.calendar;

CREATE FUNCTION backlog.calendar_in(cstring)
RETURNS backlog.calendar
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_calendar_in';

CREATE FUNCTION backlog.calendar_out(backlog.calendar)
RETURNS cstring
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_calendar_out';

CREATE FUNCTION backlog.calendar_recv(internal)
RETURNS backlog.calendar
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_calendar_recv';

CREATE FUNCTION backlog.calendar_send(backlog.calendar)
RETURNS bytea
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_calendar_send';

CREATE TYPE backlog.calendar (
    INPUT = backlog.calendar_in,
    OUTPUT = backlog.calendar_out,
    RECEIVE = backlog.calendar_recv,
    SEND = backlog.calendar_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = extended
);

COMMENT ON TYPE backlog.calendar IS
  'Business calendar: working hours per weekday in a time zone, with holidays. Text form: ''America/New_York; mon-fri 09:00-12:00,13:00-17:00; sat 10:00-14:00; holidays 2026-11-26,2026-12-25''.';
COMMENT ON FUNCTION backlog.calendar_in(cstring) IS 'Input function of backlog.calendar: parses the text form.';
COMMENT ON FUNCTION backlog.calendar_out(backlog.calendar) IS 'Output function of backlog.calendar: the canonical text form.';
COMMENT ON FUNCTION backlog.calendar_recv(internal) IS 'Binary input function of backlog.calendar (validates every length and the zone).';
COMMENT ON FUNCTION backlog.calendar_send(backlog.calendar) IS 'Binary output function of backlog.calendar (versioned, byte-order independent).';

CREATE FUNCTION backlog.calendar_eq(backlog.calendar, backlog.calendar)
RETURNS boolean
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF
AS 'MODULE_PATHNAME', 'backlog_calendar_eq';
COMMENT ON FUNCTION backlog.calendar_eq(backlog.calendar, backlog.calendar) IS
  'True when two calendars have the same zone, working hours and holidays (equal canonical forms).';

CREATE FUNCTION backlog.calendar_ne(backlog.calendar, backlog.calendar)
RETURNS boolean
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF
AS 'MODULE_PATHNAME', 'backlog_calendar_ne';
COMMENT ON FUNCTION backlog.calendar_ne(backlog.calendar, backlog.calendar) IS
  'True when two calendars differ in zone, working hours or holidays.';

CREATE OPERATOR backlog.= (
    LEFTARG = backlog.calendar,
    RIGHTARG = backlog.calendar,
    FUNCTION = backlog.calendar_eq,
    COMMUTATOR = OPERATOR(backlog.=),
    NEGATOR = OPERATOR(backlog.<>),
    RESTRICT = eqsel,
    JOIN = eqjoinsel,
    HASHES
);
COMMENT ON OPERATOR backlog.= (backlog.calendar, backlog.calendar) IS 'Calendars are equal.';

CREATE OPERATOR backlog.<> (
    LEFTARG = backlog.calendar,
    RIGHTARG = backlog.calendar,
    FUNCTION = backlog.calendar_ne,
    COMMUTATOR = OPERATOR(backlog.<>),
    NEGATOR = OPERATOR(backlog.=),
    RESTRICT = neqsel,
    JOIN = neqjoinsel
);
COMMENT ON OPERATOR backlog.<> (backlog.calendar, backlog.calendar) IS 'Calendars differ.';

-- A hash operator class, so calendars work in GROUP BY, DISTINCT, hash joins and hash partitions.
CREATE FUNCTION backlog.calendar_hash(backlog.calendar)
RETURNS integer
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_calendar_hash';
COMMENT ON FUNCTION backlog.calendar_hash(backlog.calendar) IS 'Hash of a calendar (hash operator class support).';

CREATE FUNCTION backlog.calendar_hash_extended(backlog.calendar, bigint)
RETURNS bigint
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_calendar_hash_extended';
COMMENT ON FUNCTION backlog.calendar_hash_extended(backlog.calendar, bigint) IS
  'Seeded 64-bit hash of a calendar (hash operator class support).';

CREATE OPERATOR CLASS backlog.calendar_ops
    DEFAULT FOR TYPE backlog.calendar USING hash AS
        OPERATOR 1 backlog.= (backlog.calendar, backlog.calendar),
        FUNCTION 1 backlog.calendar_hash(backlog.calendar),
        FUNCTION 2 backlog.calendar_hash_extended(backlog.calendar, bigint);
COMMENT ON OPERATOR CLASS backlog.calendar_ops USING hash IS 'Hash equality of calendars.';
COMMENT ON OPERATOR FAMILY backlog.calendar_ops USING hash IS 'Hash equality of calendars.';

-- ---------------------------------------------------------------------------------------------
-- Business time. IMMUTABLE: the result depends only on the arguments and the time zone
-- database, like PostgreSQL's own timezone(text, timestamptz); the session TimeZone plays no part.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.business_seconds(cal backlog.calendar, t0 timestamptz, t1 timestamptz)
RETURNS double precision
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_business_seconds';
COMMENT ON FUNCTION backlog.business_seconds(backlog.calendar, timestamptz, timestamptz) IS
  'Working seconds of cal in [t0, t1); the negative of business_seconds(cal, t1, t0) when t1 < t0.';

CREATE FUNCTION backlog.business_seconds(cal backlog.calendar, r tstzmultirange)
RETURNS double precision
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_business_seconds_multirange';
COMMENT ON FUNCTION backlog.business_seconds(backlog.calendar, tstzmultirange) IS
  'Working seconds of cal summed over the ranges of r (each taken as [lower, upper)); an unbounded range is an error.';

CREATE FUNCTION backlog.business_time(cal backlog.calendar, t0 timestamptz, t1 timestamptz)
RETURNS interval
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_business_time';
COMMENT ON FUNCTION backlog.business_time(backlog.calendar, timestamptz, timestamptz) IS
  'Working time of cal in [t0, t1) as an interval of hours, minutes and seconds (negative when t1 < t0).';

CREATE FUNCTION backlog.business_add(cal backlog.calendar, t timestamptz, d interval)
RETURNS timestamptz
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_business_add';
COMMENT ON FUNCTION backlog.business_add(backlog.calendar, timestamptz, interval) IS
  'The earliest instant T >= t with business_seconds(cal, t, T) >= extract(epoch from d); a negative d gives the latest T <= t with business_seconds(cal, T, t) >= -d; d = 0 gives t.';

CREATE FUNCTION backlog.is_business_time(cal backlog.calendar, t timestamptz)
RETURNS boolean
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_is_business_time';
COMMENT ON FUNCTION backlog.is_business_time(backlog.calendar, timestamptz) IS
  'True when t lies inside working hours of cal (intervals include their start, not their end).';

CREATE FUNCTION backlog.next_business_time(cal backlog.calendar, t timestamptz)
RETURNS timestamptz
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_next_business_time';
COMMENT ON FUNCTION backlog.next_business_time(backlog.calendar, timestamptz) IS
  'The first instant at or after t inside working hours of cal (t itself when it is).';

-- ---------------------------------------------------------------------------------------------
-- Named calendars
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.calendars (
    name      text PRIMARY KEY CHECK (name <> ''),
    calendar  backlog.calendar NOT NULL
);
COMMENT ON TABLE backlog.calendars IS
  'Named business calendars, referred to by SLA policies. Seeded with ''default'' (UTC, mon-fri 09:00-17:00) and ''24x7''; edit freely.';
COMMENT ON COLUMN backlog.calendars.name IS 'Calendar name, e.g. ''support-us'' or ''default''.';
COMMENT ON COLUMN backlog.calendars.calendar IS 'The calendar: zone, working hours and holidays.';

-- The rows CREATE EXTENSION seeds (see backlog.status_seeds for the pattern).
CREATE FUNCTION backlog.calendar_seeds()
RETURNS SETOF backlog.calendars
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    VALUES ('default'::text, 'UTC; mon-fri 09:00-17:00'::backlog.calendar),
           ('24x7',          'UTC; 24x7'::backlog.calendar)
$$;
COMMENT ON FUNCTION backlog.calendar_seeds() IS
  'The calendar rows CREATE EXTENSION installs, as shipped (used by pg_dump support; see README).';

INSERT INTO backlog.calendars SELECT * FROM backlog.calendar_seeds();

-- pg_dump keeps what differs from the seeds (src/restore.sql, README "Dump and restore").
SELECT pg_catalog.pg_extension_config_dump('backlog.calendars',
    'WHERE NOT backlog.is_seed_key(''calendars'', pg_catalog.to_jsonb(calendars))');

-- backlog.calendar_has_work(cal): does some weekday have working hours?
CREATE FUNCTION backlog.calendar_has_work(cal backlog.calendar)
RETURNS boolean
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_calendar_has_work';
COMMENT ON FUNCTION backlog.calendar_has_work(backlog.calendar) IS
  'True when some weekday of cal has working hours (an SLA policy can only use such a calendar).';

-- backlog.named_calendar('name'): the named calendar. STABLE: it reads backlog.calendars.
-- Not called backlog.calendar(name): with a literal argument PostgreSQL reads
-- backlog.calendar('x') as a cast to the type of that name, silently skipping the lookup.
CREATE FUNCTION backlog.named_calendar(name text)
RETURNS backlog.calendar
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    result backlog.calendar;
BEGIN
    SELECT c.calendar INTO result FROM backlog.calendars c WHERE c.name OPERATOR(pg_catalog.=) $1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'calendar "%" does not exist', $1
              USING ERRCODE = 'undefined_object',
                    DETAIL = 'backlog.named_calendar(name) looks the name up in backlog.calendars.',
                    HINT = 'Add it to backlog.calendars, or write a calendar literal as ''...''::backlog.calendar.';
    END IF;
    RETURN result;
END
$$;
COMMENT ON FUNCTION backlog.named_calendar(text) IS
  'The calendar named name in backlog.calendars (error 42704 when there is none).';

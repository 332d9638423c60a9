-- backlog 0.1: generated from src/store.sql src/calendar.sql src/sla.sql src/sketch.sql src/fingerprint.sql src/views.sql by the Makefile; do not edit.
\echo Use "CREATE EXTENSION backlog" to load this file. \quit

-- ---- src/store.sql ----
-- The ticket store (SPEC §3) and the status table (SPEC §2), plus the guard that keeps
-- DROP EXTENSION from deleting them while they hold rows.
--
-- Writing rules for every part of the install script:
--   * schema-qualify everything and write operators as OPERATOR(pg_catalog.=) where a user's
--     search_path could capture them; PL/pgSQL functions pin search_path;
--   * no CREATE OR REPLACE (extension-security advice);
--   * COMMENT ON every object a user can see;
--   * config and data tables are registered with pg_extension_config_dump.

-- ---------------------------------------------------------------------------------------------
-- Statuses: what each ticket status means for the SLA clock.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.statuses (
    status      text PRIMARY KEY CHECK (status <> ''),
    is_open     boolean NOT NULL,
    clock       text NOT NULL CHECK (clock IN ('running', 'paused', 'stopped')),
    waiting_on  text CHECK (waiting_on IN ('agent', 'customer', 'internal', 'vendor')),
    CONSTRAINT statuses_open_or_stopped CHECK (is_open OR clock = 'stopped')
);

COMMENT ON TABLE backlog.statuses IS
  'Ticket statuses and their SLA clock state: running (time counts), paused (waiting on the customer), stopped (solved). Seeded with the Zendesk-style statuses; edit freely.';
COMMENT ON COLUMN backlog.statuses.status IS 'Status name as it appears in backlog.tickets.status and in status events.';
COMMENT ON COLUMN backlog.statuses.is_open IS 'True while the ticket still counts as open work in the backlog.';
COMMENT ON COLUMN backlog.statuses.clock IS 'SLA clock in this status: running, paused or stopped.';
COMMENT ON COLUMN backlog.statuses.waiting_on IS 'Who the ticket waits on: agent, customer, internal (another team; the customer still waits) or vendor; NULL when stopped.';

-- The rows CREATE EXTENSION seeds. Kept in one function so the pg_dump filter and the restore
-- trigger below agree on what an untouched seed row is.
CREATE FUNCTION backlog.status_seeds()
RETURNS SETOF backlog.statuses
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    VALUES ('new'::text,  true,  'running'::text, 'agent'::text),
           ('open',       true,  'running',       'agent'),
           ('pending',    true,  'paused',        'customer'),
           ('on_hold',    true,  'running',       'internal'),
           ('solved',     false, 'stopped',       NULL),
           ('closed',     false, 'stopped',       NULL)
$$;
COMMENT ON FUNCTION backlog.status_seeds() IS
  'The status rows CREATE EXTENSION installs, as shipped (used by pg_dump support; see README).';

INSERT INTO backlog.statuses SELECT * FROM backlog.status_seeds();

-- Is this row an untouched seed? (IS NOT DISTINCT FROM: waiting_on is NULL for stopped ones.)
CREATE FUNCTION backlog.status_is_seed(s backlog.statuses)
RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT EXISTS (SELECT 1 FROM backlog.status_seeds() d
                    WHERE (d.status, d.is_open, d.clock, d.waiting_on)
                          IS NOT DISTINCT FROM (s.status, s.is_open, s.clock, s.waiting_on))
$$;
COMMENT ON FUNCTION backlog.status_is_seed(backlog.statuses) IS
  'True when a status row is exactly as CREATE EXTENSION seeded it.';

-- pg_dump keeps the rows a user added or edited; untouched seed rows come back with
-- CREATE EXTENSION. When the dump restores an edited seed row, this trigger lets it replace the
-- untouched seed instead of failing on the primary key (and so losing the whole table's data).
CREATE FUNCTION backlog.statuses_replace_seed()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    DELETE FROM backlog.statuses s
     WHERE s.status OPERATOR(pg_catalog.=) NEW.status
       AND backlog.status_is_seed(s);
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION backlog.statuses_replace_seed() IS
  'Trigger: an inserted status replaces an untouched seed row of the same name (lets pg_dump restore edited seeds).';

CREATE TRIGGER statuses_replace_seed BEFORE INSERT ON backlog.statuses
    FOR EACH ROW EXECUTE FUNCTION backlog.statuses_replace_seed();

SELECT pg_catalog.pg_extension_config_dump('backlog.statuses',
    'WHERE NOT backlog.status_is_seed(statuses)');

-- ---------------------------------------------------------------------------------------------
-- Tickets and their events.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.tickets (
    id                 bigint PRIMARY KEY,
    subject            text,
    body               text,
    requester          text,
    account            text,
    account_tier       text,
    channel            text,
    category           text,
    priority           text CHECK (priority IN ('urgent', 'high', 'normal', 'low')),
    status             text NOT NULL DEFAULT 'new'
                       REFERENCES backlog.statuses (status) ON UPDATE CASCADE,
    assignee           text,
    team               text,
    created_at         timestamptz NOT NULL,
    first_response_at  timestamptz,
    solved_at          timestamptz,
    updated_at         timestamptz,
    tags               text[],
    merged_into        bigint REFERENCES backlog.tickets (id) ON DELETE SET NULL,
    CONSTRAINT tickets_not_merged_into_self CHECK (merged_into <> id),
    CONSTRAINT tickets_created_at_finite CHECK (pg_catalog.isfinite(created_at))
);

CREATE INDEX tickets_status_idx ON backlog.tickets (status);
CREATE INDEX tickets_created_at_idx ON backlog.tickets (created_at);
CREATE INDEX tickets_merged_into_idx ON backlog.tickets (merged_into) WHERE merged_into IS NOT NULL;

COMMENT ON TABLE backlog.tickets IS 'Support tickets: the default ticket store, loaded from helpdesk exports or a sync.';
COMMENT ON COLUMN backlog.tickets.id IS 'Ticket id (the helpdesk''s own id).';
COMMENT ON COLUMN backlog.tickets.subject IS 'Subject line.';
COMMENT ON COLUMN backlog.tickets.body IS 'First message as received (e-mail with quotes and signature, chat transcript, form).';
COMMENT ON COLUMN backlog.tickets.requester IS 'Who asked (e-mail address or user id).';
COMMENT ON COLUMN backlog.tickets.account IS 'Customer account (organization) of the requester.';
COMMENT ON COLUMN backlog.tickets.account_tier IS 'Account tier, e.g. enterprise, business, starter, free.';
COMMENT ON COLUMN backlog.tickets.channel IS 'Channel the ticket came in by: email, chat, web, phone, api...';
COMMENT ON COLUMN backlog.tickets.category IS 'Category (billing, login, integrations, how-to, bug, feature request...).';
COMMENT ON COLUMN backlog.tickets.priority IS 'Priority: urgent, high, normal or low.';
COMMENT ON COLUMN backlog.tickets.status IS 'Current status, one of backlog.statuses; changing it records a status event.';
COMMENT ON COLUMN backlog.tickets.assignee IS 'Agent the ticket is assigned to; NULL when unowned.';
COMMENT ON COLUMN backlog.tickets.team IS 'Team (group) the ticket belongs to.';
COMMENT ON COLUMN backlog.tickets.created_at IS 'When the ticket was created.';
COMMENT ON COLUMN backlog.tickets.first_response_at IS 'First public agent reply, if any.';
COMMENT ON COLUMN backlog.tickets.solved_at IS 'Last time the ticket was solved, if it is solved.';
COMMENT ON COLUMN backlog.tickets.updated_at IS 'Last update; a status change takes its time from here when the same UPDATE sets it.';
COMMENT ON COLUMN backlog.tickets.tags IS 'Tags.';
COMMENT ON COLUMN backlog.tickets.merged_into IS 'Ticket this one was merged into as a duplicate.';

CREATE TABLE backlog.ticket_events (
    ticket_id  bigint NOT NULL REFERENCES backlog.tickets (id) ON DELETE CASCADE,
    at         timestamptz NOT NULL CHECK (pg_catalog.isfinite(at)),
    kind       text NOT NULL
               CHECK (kind IN ('status', 'agent_reply', 'customer_reply', 'assign', 'priority', 'merge')),
    value      text,
    CONSTRAINT ticket_events_status_value CHECK (kind <> 'status' OR value IS NOT NULL),
    CONSTRAINT ticket_events_priority_value
        CHECK (kind <> 'priority' OR value IN ('urgent', 'high', 'normal', 'low'))
);

CREATE INDEX ticket_events_ticket_at_idx ON backlog.ticket_events (ticket_id, at);

COMMENT ON TABLE backlog.ticket_events IS
  'Ticket history, one row per event. Status changes of backlog.tickets are recorded here by a trigger.';
COMMENT ON COLUMN backlog.ticket_events.ticket_id IS 'The ticket.';
COMMENT ON COLUMN backlog.ticket_events.at IS 'When it happened.';
COMMENT ON COLUMN backlog.ticket_events.kind IS 'status, agent_reply, customer_reply, assign, priority or merge.';
COMMENT ON COLUMN backlog.ticket_events.value IS 'New status, assignee, priority or merge target; NULL for replies.';

-- A status event must name a known status. (A CHECK cannot look into another table and a
-- foreign key cannot apply to some kinds only, so a trigger does it.)
CREATE FUNCTION backlog.ticket_events_check_status()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- A NULL value is left to the ticket_events_status_value CHECK, which names it better.
    IF NEW.kind OPERATOR(pg_catalog.=) 'status' AND NEW.value IS NOT NULL AND NOT EXISTS
       (SELECT 1 FROM backlog.statuses s WHERE s.status OPERATOR(pg_catalog.=) NEW.value) THEN
        RAISE EXCEPTION 'unknown ticket status "%"', NEW.value
              USING ERRCODE = 'foreign_key_violation',
                    DETAIL = 'A status event must name a row of backlog.statuses.',
                    HINT = 'Add the status to backlog.statuses first.';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION backlog.ticket_events_check_status() IS
  'Trigger: rejects status events that name a status missing from backlog.statuses.';

CREATE TRIGGER ticket_events_check_status BEFORE INSERT OR UPDATE OF kind, value ON backlog.ticket_events
    FOR EACH ROW EXECUTE FUNCTION backlog.ticket_events_check_status();

-- Every change of tickets.status is recorded as a status event, so history is never lost.
-- The change is stamped with updated_at when the same UPDATE sets it (a sync replaying the
-- helpdesk's own times), otherwise with the transaction time. The first change of a ticket
-- with no status history also records the status it had from created_at on.
-- Only UPDATE fires it: an INSERT is not a change, and restoring a pg_dump (which inserts the
-- tickets and then their recorded events) must not invent history.
CREATE FUNCTION backlog.tickets_record_status()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t timestamptz := pg_catalog.now();
BEGIN
    -- Renaming a status in backlog.statuses cascades into tickets.status: that is not a change
    -- of any ticket's status (the history is renamed by statuses_rename_in_events instead).
    IF NOT EXISTS (SELECT 1 FROM backlog.statuses s WHERE s.status OPERATOR(pg_catalog.=) OLD.status) THEN
        RETURN NULL;
    END IF;
    IF NEW.updated_at IS DISTINCT FROM OLD.updated_at AND NEW.updated_at IS NOT NULL
       AND pg_catalog.isfinite(NEW.updated_at) THEN
        t := NEW.updated_at;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM backlog.ticket_events e
                    WHERE e.ticket_id OPERATOR(pg_catalog.=) OLD.id
                      AND e.kind OPERATOR(pg_catalog.=) 'status') THEN
        INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
        VALUES (OLD.id, OLD.created_at, 'status', OLD.status);
    END IF;
    INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
    VALUES (NEW.id, t, 'status', NEW.status);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.tickets_record_status() IS
  'Trigger: records each change of backlog.tickets.status as a status event.';

CREATE TRIGGER tickets_record_status AFTER UPDATE OF status ON backlog.tickets
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION backlog.tickets_record_status();

-- Renaming a status renames it in the recorded history too; deleting a status that the history
-- still names is refused (tickets naming it are protected by their foreign key).
CREATE FUNCTION backlog.statuses_follow_in_events()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' THEN
        UPDATE backlog.ticket_events e SET value = NEW.status
         WHERE e.kind OPERATOR(pg_catalog.=) 'status' AND e.value OPERATOR(pg_catalog.=) OLD.status;
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM backlog.ticket_events e
                WHERE e.kind OPERATOR(pg_catalog.=) 'status' AND e.value OPERATOR(pg_catalog.=) OLD.status) THEN
        RAISE EXCEPTION 'status "%" is still named by ticket history', OLD.status
              USING ERRCODE = 'foreign_key_violation',
                    DETAIL = 'backlog.ticket_events has status events with this value.',
                    HINT = 'Rename the status instead of deleting it, or delete those tickets first.';
    END IF;
    RETURN OLD;
END
$$;
COMMENT ON FUNCTION backlog.statuses_follow_in_events() IS
  'Trigger: carries a status rename into backlog.ticket_events and refuses to delete a status the history names.';

CREATE TRIGGER statuses_rename_in_events AFTER UPDATE OF status ON backlog.statuses
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION backlog.statuses_follow_in_events();
CREATE TRIGGER statuses_keep_history BEFORE DELETE ON backlog.statuses
    FOR EACH ROW EXECUTE FUNCTION backlog.statuses_follow_in_events();

SELECT pg_catalog.pg_extension_config_dump('backlog.tickets', '');
SELECT pg_catalog.pg_extension_config_dump('backlog.ticket_events', '');

-- ---------------------------------------------------------------------------------------------
-- DROP EXTENSION backlog must not silently delete ticket data.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.drop_guard()
RETURNS event_trigger
LANGUAGE c
AS 'MODULE_PATHNAME', 'backlog_drop_guard';
COMMENT ON FUNCTION backlog.drop_guard() IS
  'Event trigger: refuses DROP EXTENSION backlog / DROP SCHEMA backlog while the ticket store holds rows, unless backlog.allow_drop is on.';

CREATE EVENT TRIGGER backlog_drop_guard ON ddl_command_start
    WHEN TAG IN ('DROP EXTENSION', 'DROP SCHEMA')
    EXECUTE FUNCTION backlog.drop_guard();

-- ---- src/calendar.sql ----
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

-- pg_dump keeps added and edited rows; an edited seed replaces the untouched one on restore.
CREATE FUNCTION backlog.calendars_replace_seed()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    DELETE FROM backlog.calendars c
     WHERE c.name OPERATOR(pg_catalog.=) NEW.name
       AND EXISTS (SELECT 1 FROM backlog.calendar_seeds() d
                    WHERE d.name OPERATOR(pg_catalog.=) c.name
                      AND d.calendar OPERATOR(backlog.=) c.calendar);
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION backlog.calendars_replace_seed() IS
  'Trigger: an inserted calendar replaces an untouched seed row of the same name (lets pg_dump restore edited seeds).';

CREATE TRIGGER calendars_replace_seed BEFORE INSERT ON backlog.calendars
    FOR EACH ROW EXECUTE FUNCTION backlog.calendars_replace_seed();

SELECT pg_catalog.pg_extension_config_dump('backlog.calendars',
    'WHERE NOT EXISTS (SELECT 1 FROM backlog.calendar_seeds() d'
    ' WHERE d.name OPERATOR(pg_catalog.=) calendars.name'
    ' AND d.calendar OPERATOR(backlog.=) calendars.calendar)');

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

-- ---- src/sla.sql ----
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

-- ---------------------------------------------------------------------------------------------
-- SLA policies: which target applies to which ticket.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.sla_policies (
    metric        text NOT NULL CHECK (metric IN ('first_response', 'next_reply', 'resolution')),
    priority      text CHECK (priority IN ('urgent', 'high', 'normal', 'low')),
    account_tier  text CHECK (account_tier <> ''),
    target        interval NOT NULL CHECK (target >= interval '0'),
    calendar      text NOT NULL DEFAULT 'default'
                  REFERENCES backlog.calendars (name) ON UPDATE CASCADE,
    warn_before   interval NOT NULL DEFAULT interval '1 hour' CHECK (warn_before >= interval '0')
);

-- One policy per metric, priority and tier (NULL meaning "any" counts as a value here).
CREATE UNIQUE INDEX sla_policies_key ON backlog.sla_policies
    (metric, (coalesce(priority, '')), (coalesce(account_tier, '')));

COMMENT ON TABLE backlog.sla_policies IS
  'SLA targets per metric, matched on the ticket''s priority and account tier (NULL = any). The most specific row wins: priority and tier, then priority only, then tier only, then the row with both NULL. No matching row: no SLA for that metric (best effort). Seeded with common targets; edit freely.';
COMMENT ON COLUMN backlog.sla_policies.metric IS 'first_response, next_reply or resolution.';
COMMENT ON COLUMN backlog.sla_policies.priority IS 'Ticket priority the row applies to; NULL for any priority.';
COMMENT ON COLUMN backlog.sla_policies.account_tier IS 'Account tier the row applies to; NULL for any tier.';
COMMENT ON COLUMN backlog.sla_policies.target IS 'Business time allowed (a day counts 24 hours, a month 30 days, as in extract(epoch)).';
COMMENT ON COLUMN backlog.sla_policies.calendar IS 'Name of the business calendar (backlog.calendars) the clock runs on.';
COMMENT ON COLUMN backlog.sla_policies.warn_before IS 'A running clock with at most this much business time left is at risk (backlog.ticket_sla.at_risk).';

-- The rows CREATE EXTENSION seeds: first reply / resolution targets of common practice
-- (urgent 1 h / 8 h, high 4 h / 24 h, normal 8 h / 72 h, low 24 h / best effort), next reply
-- like first reply, on business hours; warn when a quarter of the target is left.
CREATE FUNCTION backlog.sla_policy_seeds()
RETURNS SETOF backlog.sla_policies
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    VALUES ('first_response'::text, 'urgent'::text, NULL::text, interval '1 hour',  'default'::text, interval '15 minutes'),
           ('first_response',       'high',         NULL,       interval '4 hours', 'default',       interval '1 hour'),
           ('first_response',       'normal',       NULL,       interval '8 hours', 'default',       interval '2 hours'),
           ('first_response',       'low',          NULL,       interval '24 hours', 'default',      interval '6 hours'),
           ('next_reply',           'urgent',       NULL,       interval '1 hour',  'default',       interval '15 minutes'),
           ('next_reply',           'high',         NULL,       interval '4 hours', 'default',       interval '1 hour'),
           ('next_reply',           'normal',       NULL,       interval '8 hours', 'default',       interval '2 hours'),
           ('next_reply',           'low',          NULL,       interval '24 hours', 'default',      interval '6 hours'),
           ('resolution',           'urgent',       NULL,       interval '8 hours', 'default',       interval '2 hours'),
           ('resolution',           'high',         NULL,       interval '24 hours', 'default',      interval '6 hours'),
           ('resolution',           'normal',       NULL,       interval '72 hours', 'default',      interval '18 hours')
$$;
COMMENT ON FUNCTION backlog.sla_policy_seeds() IS
  'The SLA policy rows CREATE EXTENSION installs, as shipped (used by pg_dump support; see README).';

INSERT INTO backlog.sla_policies SELECT * FROM backlog.sla_policy_seeds();

-- pg_dump keeps the rows a user added or edited; untouched seeds come back with CREATE
-- EXTENSION, and an edited seed restored from a dump replaces its untouched twin (same metric,
-- priority and tier) instead of failing on the unique key.
CREATE FUNCTION backlog.sla_policies_replace_seed()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    DELETE FROM backlog.sla_policies p
     WHERE p.metric OPERATOR(pg_catalog.=) NEW.metric
       AND p.priority IS NOT DISTINCT FROM NEW.priority
       AND p.account_tier IS NOT DISTINCT FROM NEW.account_tier
       AND EXISTS (SELECT 1 FROM backlog.sla_policy_seeds() d WHERE ROW(d.*) IS NOT DISTINCT FROM ROW(p.*));
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION backlog.sla_policies_replace_seed() IS
  'Trigger: an inserted SLA policy replaces an untouched seed row with the same metric, priority and tier (lets pg_dump restore edited seeds).';

CREATE TRIGGER sla_policies_replace_seed BEFORE INSERT ON backlog.sla_policies
    FOR EACH ROW EXECUTE FUNCTION backlog.sla_policies_replace_seed();

SELECT pg_catalog.pg_extension_config_dump('backlog.sla_policies',
    'WHERE NOT EXISTS (SELECT 1 FROM backlog.sla_policy_seeds() d WHERE ROW(d.*) IS NOT DISTINCT FROM ROW(sla_policies.*))');

-- The policy that applies to each (metric, priority, account tier), by the precedence above.
-- A NULL priority or tier in a row of this view stands for "any other" (a ticket whose priority is
-- NULL, or whose tier no policy names).
CREATE VIEW backlog.sla_policy_matrix AS
SELECT m.metric, pr.priority, ti.account_tier, best.target, best.calendar, best.warn_before
  FROM (VALUES ('first_response'::text), ('next_reply'), ('resolution')) m(metric)
 CROSS JOIN (VALUES ('urgent'::text), ('high'), ('normal'), ('low'), (NULL)) pr(priority)
 CROSS JOIN (SELECT p.account_tier FROM backlog.sla_policies p WHERE p.account_tier IS NOT NULL
             UNION SELECT NULL) ti(account_tier)
 CROSS JOIN LATERAL (
        SELECT p.target, p.calendar, p.warn_before
          FROM backlog.sla_policies p
         WHERE p.metric OPERATOR(pg_catalog.=) m.metric
           AND (p.priority IS NULL OR p.priority OPERATOR(pg_catalog.=) pr.priority)
           AND (p.account_tier IS NULL OR p.account_tier OPERATOR(pg_catalog.=) ti.account_tier)
         ORDER BY p.priority IS NULL, p.account_tier IS NULL
         LIMIT 1) best;
COMMENT ON VIEW backlog.sla_policy_matrix IS
  'The SLA policy each (metric, priority, account tier) gets from backlog.sla_policies after precedence; combinations without a policy (best effort) are absent.';
COMMENT ON COLUMN backlog.sla_policy_matrix.metric IS 'first_response, next_reply or resolution.';
COMMENT ON COLUMN backlog.sla_policy_matrix.priority IS 'Ticket priority; NULL for tickets without a priority.';
COMMENT ON COLUMN backlog.sla_policy_matrix.account_tier IS 'Account tier named by some policy; NULL for every other tier (and no tier).';
COMMENT ON COLUMN backlog.sla_policy_matrix.target IS 'Target of the winning policy.';
COMMENT ON COLUMN backlog.sla_policy_matrix.calendar IS 'Calendar name of the winning policy.';
COMMENT ON COLUMN backlog.sla_policy_matrix.warn_before IS 'warn_before of the winning policy.';

-- ---------------------------------------------------------------------------------------------
-- Each ticket's clocks, from the ticket store.
--
-- Status history: a ticket's 'status' events mapped through backlog.statuses.clock. A ticket
-- without status events has had its current status since created_at; a ticket whose first
-- status event comes after created_at was 'new' from created_at until then.
--
--   resolution      created_at until solved: the status history as is (paused while pending,
--                   resumed on reopen).
--   first_response  created_at until the first agent reply (or tickets.first_response_at);
--                   never paused; a solve before any reply stops it for good.
--   next_reply      the current unanswered customer message: from the first customer reply after
--                   the last agent reply (an agent reply at the same instant answers it) until
--                   the next agent reply; never paused; a solve stops it, the next customer reply
--                   restarts it. Only tickets with such a message (after a first reply) have one.
--
-- One pass, no large sort: the tickets in scope are read in id order and joined to their events
-- in the same order (a merge join over the (ticket_id, at) index), each with two synthetic rows (created_at, first_response_at); a window over each ticket adds
-- the facts the rules need (first status event, last agent and customer reply) and one grouped
-- aggregate runs the three clocks with FILTER. Policies are numbered; rows carry only the
-- numbers, and calendars and targets come from arrays built once per query, so no calendar
-- value travels with every event.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.ticket_sla_at(as_of timestamptz, recent interval DEFAULT interval '30 days')
RETURNS TABLE (
    ticket_id     bigint,
    metric        text,
    priority      text,
    account_tier  text,
    target        interval,
    calendar      text,
    warn_before   interval,
    state         text,
    elapsed       interval,
    remaining     interval,
    due_at        timestamptz,
    breached_at   timestamptz,
    at_risk       boolean)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
WITH policy AS (
    SELECT (pg_catalog.row_number() OVER ())::integer AS n, x.*,
           coalesce(x.priority, '') AS priority_key, coalesce(x.account_tier, '') AS tier_key
      FROM backlog.sla_policy_matrix x
), policy_key AS (
    -- per (priority, tier) key, the number of each metric's policy
    SELECT p.priority_key, p.tier_key,
           pg_catalog.max(p.n) FILTER (WHERE p.metric OPERATOR(pg_catalog.=) 'first_response') AS first_response_n,
           pg_catalog.max(p.n) FILTER (WHERE p.metric OPERATOR(pg_catalog.=) 'next_reply') AS next_reply_n,
           pg_catalog.max(p.n) FILTER (WHERE p.metric OPERATOR(pg_catalog.=) 'resolution') AS resolution_n
      FROM policy p GROUP BY p.priority_key, p.tier_key
), policy_array AS (
    SELECT pg_catalog.array_agg(c.calendar ORDER BY p.n) AS cal,
           pg_catalog.array_agg(p.target ORDER BY p.n) AS target,
           pg_catalog.array_agg(p.calendar ORDER BY p.n) AS calendar,
           pg_catalog.array_agg(p.warn_before ORDER BY p.n) AS warn_before
      FROM policy p JOIN backlog.calendars c ON c.name OPERATOR(pg_catalog.=) p.calendar
), status_array AS (
    SELECT pg_catalog.array_agg(s.status) AS status, pg_catalog.array_agg(s.clock) AS clock,
           pg_catalog.min(s.clock) FILTER (WHERE s.status OPERATOR(pg_catalog.=) 'new') AS new_clock
      FROM backlog.statuses s
), ticket AS (
    -- open or recently solved, with a policy for some metric, in id order
    SELECT t.id, t.priority, t.account_tier, t.created_at, t.first_response_at,
           cs.clock AS current_clock, pk.first_response_n, pk.next_reply_n, pk.resolution_n
      FROM backlog.tickets t
      JOIN backlog.statuses cs ON cs.status OPERATOR(pg_catalog.=) t.status
      JOIN policy_key pk
        ON pk.priority_key OPERATOR(pg_catalog.=) coalesce(t.priority, '')
       AND pk.tier_key OPERATOR(pg_catalog.=)
           CASE WHEN t.account_tier OPERATOR(pg_catalog.=) ANY (SELECT p.account_tier FROM backlog.sla_policies p)
                THEN t.account_tier ELSE '' END
     WHERE t.merged_into IS NULL
       AND t.created_at OPERATOR(pg_catalog.<=) as_of
       AND (cs.is_open OR t.solved_at OPERATOR(pg_catalog.>=) (as_of OPERATOR(pg_catalog.-) recent))
     ORDER BY t.id
), row AS (
    -- a ticket's rows: its events up to as_of (source e), its creation (n) and its
    -- first_response_at (f). kind: s status, a agent reply, c customer reply, n, f.
    SELECT t.id, t.priority, t.account_tier, t.first_response_n, t.next_reply_n, t.resolution_n,
           t.created_at,
           CASE WHEN t.source OPERATOR(pg_catalog.=) 'e' THEN e.at
                WHEN t.source OPERATOR(pg_catalog.=) 'n' THEN t.created_at
                ELSE t.first_response_at END AS at,
           CASE WHEN t.source OPERATOR(pg_catalog.<>) 'e' THEN t.source
                WHEN e.kind OPERATOR(pg_catalog.=) 'status' THEN 's'
                WHEN e.kind OPERATOR(pg_catalog.=) 'agent_reply' THEN 'a'
                ELSE 'c' END::"char" AS kind,
           CASE WHEN t.source OPERATOR(pg_catalog.=) 'n' THEN t.current_clock
                WHEN e.kind OPERATOR(pg_catalog.=) 'status'
                THEN (SELECT sa.clock FROM status_array sa)
                     [pg_catalog.array_position((SELECT sa.status FROM status_array sa), e.value)]
           END AS clock
      FROM (SELECT t.*, k.source
              FROM ticket t
             CROSS JOIN LATERAL (SELECT v.source FROM (VALUES ('e'::"char"), ('n'), ('f')) v(source)
                                  WHERE v.source OPERATOR(pg_catalog.<>) 'f'
                                     OR t.first_response_at OPERATOR(pg_catalog.<=) as_of) k) t
      LEFT JOIN (SELECT e.ticket_id, e.at, e.kind, e.value
                   FROM backlog.ticket_events e
                  WHERE e.kind OPERATOR(pg_catalog.=) ANY ('{status,agent_reply,customer_reply}'::text[])
                    AND e.at OPERATOR(pg_catalog.<=) as_of
                  ORDER BY e.ticket_id) e
        ON t.source OPERATOR(pg_catalog.=) 'e' AND e.ticket_id OPERATOR(pg_catalog.=) t.id
     WHERE t.source OPERATOR(pg_catalog.<>) 'e' OR e.ticket_id IS NOT NULL
), fact AS (
    SELECT r.*,
           pg_catalog.min(r.at) FILTER (WHERE r.kind OPERATOR(pg_catalog.=) 's') OVER w AS first_status_at,
           pg_catalog.max(r.at) FILTER (WHERE r.kind OPERATOR(pg_catalog.=) 'a') OVER w AS last_reply_at,
           pg_catalog.max(r.at) FILTER (WHERE r.kind OPERATOR(pg_catalog.=) 'c') OVER w AS last_customer_at
      FROM row r
    WINDOW w AS (PARTITION BY r.id)
), clock AS (
    SELECT f.id,
           -- the ticket's columns, from its creation row
           pg_catalog.min(f.priority COLLATE "C") FILTER (WHERE f.kind OPERATOR(pg_catalog.=) 'n') AS priority,
           pg_catalog.min(f.account_tier COLLATE "C") FILTER (WHERE f.kind OPERATOR(pg_catalog.=) 'n') AS account_tier,
           pg_catalog.min(f.first_response_n) FILTER (WHERE f.kind OPERATOR(pg_catalog.=) 'n') AS first_response_n,
           pg_catalog.min(f.next_reply_n) FILTER (WHERE f.kind OPERATOR(pg_catalog.=) 'n') AS next_reply_n,
           pg_catalog.min(f.resolution_n) FILTER (WHERE f.kind OPERATOR(pg_catalog.=) 'n') AS resolution_n,
           -- created_at, then every agent reply and solve (never before created_at) stops it
           backlog.sla_clock((SELECT pa.cal FROM policy_array pa)[f.first_response_n],
                             (SELECT pa.target FROM policy_array pa)[f.first_response_n],
                             greatest(f.at, f.created_at),
                             CASE WHEN f.kind OPERATOR(pg_catalog.=) 'n' THEN 'running' ELSE 'stopped' END, as_of)
               FILTER (WHERE f.first_response_n IS NOT NULL
                         AND (f.kind OPERATOR(pg_catalog.=) ANY ('{n,a,f}'::"char"[])
                              OR (f.kind OPERATOR(pg_catalog.=) 's' AND f.clock OPERATOR(pg_catalog.=) 'stopped')))
               AS first_response,
           -- customer replies after the last agent reply run it, solves after it stop it
           backlog.sla_clock((SELECT pa.cal FROM policy_array pa)[f.next_reply_n],
                             (SELECT pa.target FROM policy_array pa)[f.next_reply_n],
                             f.at,
                             CASE WHEN f.kind OPERATOR(pg_catalog.=) 'c' THEN 'running' ELSE 'stopped' END, as_of)
               FILTER (WHERE f.next_reply_n IS NOT NULL
                         AND f.at OPERATOR(pg_catalog.>) f.last_reply_at
                         AND f.last_customer_at OPERATOR(pg_catalog.>) f.last_reply_at
                         AND (f.kind OPERATOR(pg_catalog.=) 'c'
                              OR (f.kind OPERATOR(pg_catalog.=) 's' AND f.clock OPERATOR(pg_catalog.=) 'stopped')))
               AS next_reply,
           -- the status history; from created_at in the current status when there is none, in
           -- 'new' when it starts after created_at
           backlog.sla_clock((SELECT pa.cal FROM policy_array pa)[f.resolution_n],
                             (SELECT pa.target FROM policy_array pa)[f.resolution_n],
                             f.at,
                             CASE WHEN f.kind OPERATOR(pg_catalog.=) 'n' AND f.first_status_at IS NOT NULL
                                  THEN (SELECT sa.new_clock FROM status_array sa)
                                  ELSE f.clock END, as_of)
               FILTER (WHERE f.resolution_n IS NOT NULL
                         AND (f.kind OPERATOR(pg_catalog.=) 's'
                              OR (f.kind OPERATOR(pg_catalog.=) 'n' AND f.first_status_at IS NULL)
                              OR (f.kind OPERATOR(pg_catalog.=) 'n' AND f.first_status_at OPERATOR(pg_catalog.>) f.at
                                  AND (SELECT sa.new_clock FROM status_array sa) IS NOT NULL)))
               AS resolution
      FROM fact f
     GROUP BY f.id
)
SELECT c.id, m.metric, c.priority, c.account_tier, m.target,
       (SELECT pa.calendar FROM policy_array pa)[m.n],
       m.warn_before,
       (m.r).state, (m.r).elapsed, (m.r).remaining, (m.r).due_at, (m.r).breached_at,
       (m.r).state OPERATOR(pg_catalog.=) 'running' AND (m.r).remaining OPERATOR(pg_catalog.<=) m.warn_before
  FROM clock c
 CROSS JOIN LATERAL (VALUES ('first_response'::text, c.first_response, c.first_response_n),
                           ('next_reply', c.next_reply, c.next_reply_n),
                           ('resolution', c.resolution, c.resolution_n)) v(metric, r, n)
 CROSS JOIN LATERAL (SELECT v.metric, v.r, v.n,
                            (SELECT pa.target FROM policy_array pa)[v.n] AS target,
                            (SELECT pa.warn_before FROM policy_array pa)[v.n] AS warn_before) m
 WHERE (m.r).state IS NOT NULL
$$;
COMMENT ON FUNCTION backlog.ticket_sla_at(timestamptz, interval) IS
  'backlog.ticket_sla as of a given instant: the event history up to as_of replayed against the tickets'' current priority, tier and status; open tickets and tickets solved within "recent" before as_of.';

CREATE VIEW backlog.ticket_sla AS
SELECT * FROM backlog.ticket_sla_at(pg_catalog.now());
COMMENT ON VIEW backlog.ticket_sla IS
  'One row per SLA clock of each open ticket and each ticket solved in the last 30 days: metric, the policy applied and the clock''s state now. Metrics without a policy (best effort) and next_reply without an unanswered customer message have no row.';
COMMENT ON COLUMN backlog.ticket_sla.ticket_id IS 'The ticket (backlog.tickets.id).';
COMMENT ON COLUMN backlog.ticket_sla.metric IS 'first_response, next_reply or resolution.';
COMMENT ON COLUMN backlog.ticket_sla.priority IS 'The ticket''s priority, which chose the policy.';
COMMENT ON COLUMN backlog.ticket_sla.account_tier IS 'The ticket''s account tier, which chose the policy.';
COMMENT ON COLUMN backlog.ticket_sla.target IS 'Business time allowed, from backlog.sla_policies.';
COMMENT ON COLUMN backlog.ticket_sla.calendar IS 'Name of the calendar the clock runs on.';
COMMENT ON COLUMN backlog.ticket_sla.warn_before IS 'Business time before the target at which a running clock counts as at risk.';
COMMENT ON COLUMN backlog.ticket_sla.state IS 'running, paused, met or breached (see backlog.sla_result).';
COMMENT ON COLUMN backlog.ticket_sla.elapsed IS 'Business time the clock has run.';
COMMENT ON COLUMN backlog.ticket_sla.remaining IS 'target - elapsed; negative once breached.';
COMMENT ON COLUMN backlog.ticket_sla.due_at IS 'When the target is (or was) reached if the clock keeps running; NULL unless running.';
COMMENT ON COLUMN backlog.ticket_sla.breached_at IS 'When elapsed first exceeded the target; NULL if it has not.';
COMMENT ON COLUMN backlog.ticket_sla.at_risk IS 'Running, not yet breached, and no more than warn_before of business time left.';

-- ---- src/sketch.sql ----
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
CREATE FUNCTION backlog.age_histogram_trans(state internal, age interval)
RETURNS internal
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_histogram_trans';
COMMENT ON FUNCTION backlog.age_histogram_trans(internal, interval) IS
  'Transition function of backlog.age_histogram(interval): counts an age in its default bucket; NULL ages are skipped.';

CREATE FUNCTION backlog.age_histogram_trans(state internal, age interval, bounds interval[])
RETURNS internal
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_histogram_trans_bounds';
COMMENT ON FUNCTION backlog.age_histogram_trans(internal, interval, interval[]) IS
  'Transition function of backlog.age_histogram(interval, interval[]): counts an age among custom bounds; NULL ages are skipped, NULL or changing bounds are an error.';

CREATE FUNCTION backlog.age_histogram_final(state internal)
RETURNS jsonb
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_histogram_final';
COMMENT ON FUNCTION backlog.age_histogram_final(internal) IS
  'Final function of backlog.age_histogram(interval): every default bucket with its count, zeros included (also over no rows).';

CREATE FUNCTION backlog.age_histogram_bounds_final(state internal)
RETURNS jsonb
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_histogram_bounds_final';
COMMENT ON FUNCTION backlog.age_histogram_bounds_final(internal) IS
  'Final function of backlog.age_histogram(interval, interval[]): every bucket with its count, zeros included; NULL over no rows, whose bounds it never saw.';

CREATE FUNCTION backlog.age_histogram_combine(a internal, b internal)
RETURNS internal
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_histogram_combine';
COMMENT ON FUNCTION backlog.age_histogram_combine(internal, internal) IS
  'Combine function of backlog.age_histogram: adds two partial histograms (either may be NULL).';

CREATE FUNCTION backlog.age_histogram_serial(state internal)
RETURNS bytea
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_histogram_serial';
COMMENT ON FUNCTION backlog.age_histogram_serial(internal) IS
  'Serial function of backlog.age_histogram: a partial histogram as bytes for parallel query.';

CREATE FUNCTION backlog.age_histogram_deserial(data bytea, state internal)
RETURNS internal
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_histogram_deserial';
COMMENT ON FUNCTION backlog.age_histogram_deserial(bytea, internal) IS
  'Deserial function of backlog.age_histogram: reads what backlog.age_histogram_serial wrote.';

CREATE AGGREGATE backlog.age_histogram(age interval) (
    SFUNC = backlog.age_histogram_trans,
    STYPE = internal,
    FINALFUNC = backlog.age_histogram_final,
    COMBINEFUNC = backlog.age_histogram_combine,
    SERIALFUNC = backlog.age_histogram_serial,
    DESERIALFUNC = backlog.age_histogram_deserial,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE backlog.age_histogram(interval) IS
  'Counts ages per default bucket: a jsonb object with every bucket (0-24h, 24-72h, 3-7d, 7-14d, 14-30d, 30d+) and its count, zeros included; NULL ages are skipped. jsonb orders keys its own way: list in bucket order with backlog.age_buckets().';

CREATE AGGREGATE backlog.age_histogram(age interval, bounds interval[]) (
    SFUNC = backlog.age_histogram_trans,
    STYPE = internal,
    FINALFUNC = backlog.age_histogram_bounds_final,
    COMBINEFUNC = backlog.age_histogram_combine,
    SERIALFUNC = backlog.age_histogram_serial,
    DESERIALFUNC = backlog.age_histogram_deserial,
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
CREATE FUNCTION backlog.age_sketch_trans(state internal, age interval)
RETURNS internal
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_sketch_trans';
COMMENT ON FUNCTION backlog.age_sketch_trans(internal, interval) IS
  'Transition function of backlog.age_sketch(interval): counts an age; NULL ages are skipped.';

CREATE FUNCTION backlog.age_sketch_trans(state internal, age interval, relative_accuracy double precision)
RETURNS internal
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_age_sketch_trans_accuracy';
COMMENT ON FUNCTION backlog.age_sketch_trans(internal, interval, double precision) IS
  'Transition function of backlog.age_sketch(interval, double precision): counts an age in a sketch of the requested relative accuracy.';

CREATE FUNCTION backlog.sketch_merge_trans(state internal, sketch backlog.sketch)
RETURNS internal
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sketch_merge_trans';
COMMENT ON FUNCTION backlog.sketch_merge_trans(internal, backlog.sketch) IS
  'Transition function of backlog.merge(backlog.sketch): adds a sketch; NULL sketches are skipped.';

CREATE FUNCTION backlog.sketch_final(state internal)
RETURNS backlog.sketch
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sketch_final';
COMMENT ON FUNCTION backlog.sketch_final(internal) IS
  'Final function of backlog.age_sketch and backlog.merge: the sketch, or NULL when no value was counted.';

CREATE FUNCTION backlog.sketch_combine(a internal, b internal)
RETURNS internal
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sketch_combine';
COMMENT ON FUNCTION backlog.sketch_combine(internal, internal) IS
  'Combine function of backlog.age_sketch and backlog.merge: adds two partial sketches (either may be NULL).';

CREATE FUNCTION backlog.sketch_serial(state internal)
RETURNS bytea
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sketch_serial';
COMMENT ON FUNCTION backlog.sketch_serial(internal) IS
  'Serial function of backlog.age_sketch and backlog.merge: a partial sketch in the binary form.';

CREATE FUNCTION backlog.sketch_deserial(data bytea, state internal)
RETURNS internal
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sketch_deserial';
COMMENT ON FUNCTION backlog.sketch_deserial(bytea, internal) IS
  'Deserial function of backlog.age_sketch and backlog.merge: reads what backlog.sketch_serial wrote.';

CREATE AGGREGATE backlog.age_sketch(age interval) (
    SFUNC = backlog.age_sketch_trans,
    STYPE = internal,
    SSPACE = 8192,
    FINALFUNC = backlog.sketch_final,
    COMBINEFUNC = backlog.sketch_combine,
    SERIALFUNC = backlog.sketch_serial,
    DESERIALFUNC = backlog.sketch_deserial,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE backlog.age_sketch(interval) IS
  'Quantile sketch of ages: backlog.quantile reads percentiles within 0.99% relative error of percentile_disc; sketches can be stored and merged. NULL ages are skipped; NULL when there is no age.';

CREATE AGGREGATE backlog.age_sketch(age interval, relative_accuracy double precision) (
    SFUNC = backlog.age_sketch_trans,
    STYPE = internal,
    SSPACE = 4096,
    FINALFUNC = backlog.sketch_final,
    COMBINEFUNC = backlog.sketch_combine,
    SERIALFUNC = backlog.sketch_serial,
    DESERIALFUNC = backlog.sketch_deserial,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE backlog.age_sketch(interval, double precision) IS
  'Quantile sketch of ages with a coarser relative accuracy (at least 0.0099, the default''s; e.g. 0.02 or 0.05) for a smaller sketch; the same for every row. Sketches merge only with sketches of the same accuracy.';

CREATE AGGREGATE backlog.merge(sketch backlog.sketch) (
    SFUNC = backlog.sketch_merge_trans,
    STYPE = internal,
    SSPACE = 8192,
    FINALFUNC = backlog.sketch_final,
    COMBINEFUNC = backlog.sketch_combine,
    SERIALFUNC = backlog.sketch_serial,
    DESERIALFUNC = backlog.sketch_deserial,
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

-- ---- src/fingerprint.sql ----
-- Duplicate tickets (SPEC §6): normalization, MinHash fingerprints, the % operator and its GIN
-- operator class, the fingerprints kept for every ticket, near-duplicate pairs, clusters,
-- repeat contacts and merging. C code: src/normalize.c, src/fingerprint.c (pure cores),
-- src/fingerprint_fmgr.c, src/fingerprint_gin.c (glue). See README.md, "Duplicate tickets".

-- ---------------------------------------------------------------------------------------------
-- Normalization
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.normalize(txt text)
RETURNS text
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_normalize';
COMMENT ON FUNCTION backlog.normalize(text) IS
  'The text a person would compare: quoted replies, forwarded headers, signatures, sign-offs, greetings, disclaimers, chat and web-form scaffolding removed; URLs, e-mail addresses, numbers and ids as <url>, <email>, <num>, <id>; case and accents folded; punctuation and white space collapsed.';

CREATE FUNCTION backlog.error_codes(txt text)
RETURNS text[]
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_error_codes';
COMMENT ON FUNCTION backlog.error_codes(text) IS
  'Error codes and machine identifiers the text names outside quoted replies, signatures and other scaffolding, folded, sorted, each once: a 3-6 digit number next to an error word (error 500, HTTP 502, error code 4012, a 404 error), identifiers with an underscore (ERR_SYNC_409), a short prefix, hyphen and digits (E-1043), 0x numbers, exception names (TypeError). Two reports naming different codes are different issues (see backlog.terms_conflict).';

-- ---------------------------------------------------------------------------------------------
-- The fingerprint type
-- ---------------------------------------------------------------------------------------------
CREATE TYPE backlog.fingerprint;

CREATE FUNCTION backlog.fingerprint_in(cstring)
RETURNS backlog.fingerprint
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_in';
COMMENT ON FUNCTION backlog.fingerprint_in(cstring) IS
  'Input function of backlog.fingerprint: 520 hexadecimal digits (the 260 stored bytes), validated.';

CREATE FUNCTION backlog.fingerprint_out(backlog.fingerprint)
RETURNS cstring
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_out';
COMMENT ON FUNCTION backlog.fingerprint_out(backlog.fingerprint) IS
  'Output function of backlog.fingerprint: the 260 stored bytes as 520 lower-case hexadecimal digits.';

CREATE FUNCTION backlog.fingerprint_recv(internal)
RETURNS backlog.fingerprint
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_recv';
COMMENT ON FUNCTION backlog.fingerprint_recv(internal) IS
  'Binary input function of backlog.fingerprint: the 260 stored bytes, validated.';

CREATE FUNCTION backlog.fingerprint_send(backlog.fingerprint)
RETURNS bytea
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_send';
COMMENT ON FUNCTION backlog.fingerprint_send(backlog.fingerprint) IS
  'Binary output function of backlog.fingerprint: the 260 stored bytes.';

CREATE TYPE backlog.fingerprint (
    INPUT = backlog.fingerprint_in,
    OUTPUT = backlog.fingerprint_out,
    RECEIVE = backlog.fingerprint_recv,
    SEND = backlog.fingerprint_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = plain
);
COMMENT ON TYPE backlog.fingerprint IS
  'MinHash signature of a normalized ticket text: format version, flags and 128 16-bit slots (260 bytes, little-endian). backlog.similarity() of two estimates the Jaccard similarity of their texts'' shingles within about 0.044.';

CREATE FUNCTION backlog.fingerprint(txt text)
RETURNS backlog.fingerprint
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint';
COMMENT ON FUNCTION backlog.fingerprint(text) IS
  'MinHash fingerprint of backlog.normalize(txt): its stemmed content words, and character bigrams of scripts without spaces. The same on every platform and release of format version 1.';

-- A string literal is of type unknown, and backlog.fingerprint('...') with an unknown argument
-- would otherwise be read as a cast to the type of the same name.
CREATE FUNCTION backlog.fingerprint(txt unknown)
RETURNS backlog.fingerprint
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_unknown';
COMMENT ON FUNCTION backlog.fingerprint(unknown) IS
  'backlog.fingerprint(text) for a string literal (keeps backlog.fingerprint(''...'') a function call, not a cast).';

CREATE FUNCTION backlog.fingerprint_is_empty(fp backlog.fingerprint)
RETURNS boolean
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_is_empty';
COMMENT ON FUNCTION backlog.fingerprint_is_empty(backlog.fingerprint) IS
  'True for the fingerprint of a text without words (empty, or only greetings, signatures, numbers or links): it is similar to nothing, itself included.';

CREATE FUNCTION backlog.similarity(a backlog.fingerprint, b backlog.fingerprint)
RETURNS real
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_similarity';
COMMENT ON FUNCTION backlog.similarity(backlog.fingerprint, backlog.fingerprint) IS
  'Share of equal MinHash slots, in [0, 1] by steps of 1/128: estimates the Jaccard similarity J of the two texts'' shingle sets with standard error sqrt(J(1-J)/128). 0 when either fingerprint is empty.';

-- STABLE, not IMMUTABLE: reads backlog.similarity_threshold.
CREATE FUNCTION backlog.fingerprint_similar(a backlog.fingerprint, b backlog.fingerprint)
RETURNS boolean
LANGUAGE c STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_similar';
COMMENT ON FUNCTION backlog.fingerprint_similar(backlog.fingerprint, backlog.fingerprint) IS
  'Implements %: backlog.similarity(a, b) >= backlog.similarity_threshold (STABLE, as it reads that setting).';

CREATE OPERATOR backlog.% (
    LEFTARG = backlog.fingerprint,
    RIGHTARG = backlog.fingerprint,
    FUNCTION = backlog.fingerprint_similar,
    COMMUTATOR = OPERATOR(backlog.%),
    RESTRICT = matchingsel,
    JOIN = matchingjoinsel
);
COMMENT ON OPERATOR backlog.% (backlog.fingerprint, backlog.fingerprint) IS
  'Near-duplicates: backlog.similarity(a, b) >= backlog.similarity_threshold (default 0.3). Indexable by the GIN operator class backlog.fingerprint_ops.';

-- ---------------------------------------------------------------------------------------------
-- GIN operator class: one int4 key per slot, (slot << 16) | value; exact, no recheck.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.fingerprint_gin_extract_value(backlog.fingerprint, internal)
RETURNS internal
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_gin_extract_value';
COMMENT ON FUNCTION backlog.fingerprint_gin_extract_value(backlog.fingerprint, internal) IS
  'GIN support (extractValue) of backlog.fingerprint_ops: one key per MinHash slot.';

CREATE FUNCTION backlog.fingerprint_gin_extract_query(backlog.fingerprint, internal, int2, internal, internal, internal, internal)
RETURNS internal
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_gin_extract_query';
COMMENT ON FUNCTION backlog.fingerprint_gin_extract_query(backlog.fingerprint, internal, int2, internal, internal, internal, internal) IS
  'GIN support (extractQuery) of backlog.fingerprint_ops: the query''s slot keys; a full scan when backlog.similarity_threshold is 0.';

CREATE FUNCTION backlog.fingerprint_gin_consistent(internal, int2, backlog.fingerprint, int4, internal, internal, internal, internal)
RETURNS boolean
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_gin_consistent';
COMMENT ON FUNCTION backlog.fingerprint_gin_consistent(internal, int2, backlog.fingerprint, int4, internal, internal, internal, internal) IS
  'GIN support (consistent) of backlog.fingerprint_ops: enough equal slots for backlog.similarity_threshold; exact, no recheck.';

CREATE FUNCTION backlog.fingerprint_gin_triconsistent(internal, int2, backlog.fingerprint, int4, internal, internal, internal)
RETURNS "char"
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_gin_triconsistent';
COMMENT ON FUNCTION backlog.fingerprint_gin_triconsistent(internal, int2, backlog.fingerprint, int4, internal, internal, internal) IS
  'GIN support (triConsistent) of backlog.fingerprint_ops: lets GIN read only the rarest keys'' posting lists.';

CREATE OPERATOR CLASS backlog.fingerprint_ops
DEFAULT FOR TYPE backlog.fingerprint USING gin AS
    OPERATOR 1 backlog.% (backlog.fingerprint, backlog.fingerprint),
    FUNCTION 1 pg_catalog.btint4cmp(int4, int4),
    FUNCTION 2 backlog.fingerprint_gin_extract_value(backlog.fingerprint, internal),
    FUNCTION 3 backlog.fingerprint_gin_extract_query(backlog.fingerprint, internal, int2, internal, internal, internal, internal),
    FUNCTION 4 backlog.fingerprint_gin_consistent(internal, int2, backlog.fingerprint, int4, internal, internal, internal, internal),
    FUNCTION 6 backlog.fingerprint_gin_triconsistent(internal, int2, backlog.fingerprint, int4, internal, internal, internal),
    STORAGE int4;
COMMENT ON OPERATOR CLASS backlog.fingerprint_ops USING gin IS
  'GIN index over backlog.fingerprint: WHERE fp % $1 and near-duplicate self-joins find exactly the rows a sequential scan finds.';

-- ---------------------------------------------------------------------------------------------
-- The fingerprint of every ticket, kept by triggers on backlog.tickets.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.ticket_text(subject text, body text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    -- The subject is the first line, so greetings open the second. Texts are cut at 1,000,000
    -- characters: a longer body is an attachment or a log, not a report to compare.
    SELECT pg_catalog.left(pg_catalog.concat(subject, E'\n', body), 1000000)
$$;
COMMENT ON FUNCTION backlog.ticket_text(text, text) IS
  'The text fingerprinted for a ticket: subject, a line break, body; at most the first 1,000,000 characters.';

CREATE TABLE backlog.ticket_fingerprints (
    ticket_id  bigint PRIMARY KEY REFERENCES backlog.tickets (id) ON DELETE CASCADE,
    fp         backlog.fingerprint NOT NULL,
    open       boolean NOT NULL
);
-- Only open tickets are clustered, and a helpdesk holds far more closed ones: index those only.
CREATE INDEX ticket_fingerprints_open_fp_idx ON backlog.ticket_fingerprints USING gin (fp) WHERE open;
COMMENT ON TABLE backlog.ticket_fingerprints IS
  'Fingerprint of every ticket''s subject and body, kept by triggers on backlog.tickets (derived data: rebuilt from the tickets on restore, or by backlog.refresh_fingerprints()). A GIN index covers the open tickets.';
COMMENT ON COLUMN backlog.ticket_fingerprints.ticket_id IS 'The ticket.';
COMMENT ON COLUMN backlog.ticket_fingerprints.fp IS 'backlog.fingerprint(backlog.ticket_text(subject, body)).';
COMMENT ON COLUMN backlog.ticket_fingerprints.open IS 'The ticket is open (its status is_open in backlog.statuses) and not merged.';

-- Registered so pg_dump knows the table, but with no rows: restoring backlog.tickets fires the
-- triggers below, which rebuild every fingerprint (dumped rows would collide with them).
SELECT pg_catalog.pg_extension_config_dump('backlog.ticket_fingerprints', 'WHERE false');

CREATE FUNCTION backlog.ticket_is_open(status text, merged_into bigint)
RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT merged_into IS NULL
       AND coalesce((SELECT s.is_open FROM backlog.statuses s WHERE s.status OPERATOR(pg_catalog.=) ticket_is_open.status), false)
$$;
COMMENT ON FUNCTION backlog.ticket_is_open(text, bigint) IS
  'True when a ticket of this status and merge target counts as open work (backlog.statuses.is_open, not merged).';

CREATE FUNCTION backlog.ticket_fingerprints_insert()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    INSERT INTO backlog.ticket_fingerprints (ticket_id, fp, open)
    SELECT n.id, backlog.fingerprint(backlog.ticket_text(n.subject, n.body)),
           backlog.ticket_is_open(n.status, n.merged_into)
      FROM new_tickets n
    ON CONFLICT (ticket_id) DO UPDATE SET fp = EXCLUDED.fp, open = EXCLUDED.open;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.ticket_fingerprints_insert() IS
  'Trigger: fingerprints the tickets an INSERT statement added (one statement-level pass).';

CREATE TRIGGER tickets_fingerprint_insert AFTER INSERT ON backlog.tickets
    REFERENCING NEW TABLE AS new_tickets
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.ticket_fingerprints_insert();

CREATE FUNCTION backlog.ticket_fingerprints_update()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF OLD.subject IS DISTINCT FROM NEW.subject OR OLD.body IS DISTINCT FROM NEW.body THEN
        INSERT INTO backlog.ticket_fingerprints (ticket_id, fp, open)
        VALUES (NEW.id, backlog.fingerprint(backlog.ticket_text(NEW.subject, NEW.body)),
                backlog.ticket_is_open(NEW.status, NEW.merged_into))
        ON CONFLICT (ticket_id) DO UPDATE SET fp = EXCLUDED.fp, open = EXCLUDED.open;
    ELSE
        UPDATE backlog.ticket_fingerprints f
           SET open = backlog.ticket_is_open(NEW.status, NEW.merged_into)
         WHERE f.ticket_id OPERATOR(pg_catalog.=) NEW.id
           AND f.open IS DISTINCT FROM backlog.ticket_is_open(NEW.status, NEW.merged_into);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.ticket_fingerprints_update() IS
  'Trigger: fingerprints a ticket again when its subject or body changes, and follows its status and merge target.';

CREATE TRIGGER tickets_fingerprint_update
    AFTER UPDATE OF subject, body, status, merged_into ON backlog.tickets
    FOR EACH ROW WHEN (OLD.subject IS DISTINCT FROM NEW.subject OR OLD.body IS DISTINCT FROM NEW.body
                       OR OLD.status IS DISTINCT FROM NEW.status OR OLD.merged_into IS DISTINCT FROM NEW.merged_into)
    EXECUTE FUNCTION backlog.ticket_fingerprints_update();

CREATE FUNCTION backlog.refresh_fingerprints()
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n bigint;
BEGIN
    INSERT INTO backlog.ticket_fingerprints (ticket_id, fp, open)
    SELECT t.id, backlog.fingerprint(backlog.ticket_text(t.subject, t.body)),
           backlog.ticket_is_open(t.status, t.merged_into)
      FROM backlog.tickets t
    ON CONFLICT (ticket_id) DO UPDATE SET fp = EXCLUDED.fp, open = EXCLUDED.open
    WHERE backlog.ticket_fingerprints.fp::text IS DISTINCT FROM EXCLUDED.fp::text
       OR backlog.ticket_fingerprints.open IS DISTINCT FROM EXCLUDED.open;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION backlog.refresh_fingerprints() IS
  'Recomputes every ticket''s fingerprint and open flag (after a restore without triggers, an upgrade of the fingerprint format or a change of backlog.statuses); returns how many rows changed.';

-- A status that opens or closes changes which tickets are open.
CREATE FUNCTION backlog.statuses_refresh_open()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    UPDATE backlog.ticket_fingerprints f
       SET open = backlog.ticket_is_open(t.status, t.merged_into)
      FROM backlog.tickets t
     WHERE t.id OPERATOR(pg_catalog.=) f.ticket_id
       AND f.open IS DISTINCT FROM backlog.ticket_is_open(t.status, t.merged_into);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.statuses_refresh_open() IS
  'Trigger: after backlog.statuses changes, brings the open flags of backlog.ticket_fingerprints up to date.';

CREATE TRIGGER statuses_refresh_open AFTER UPDATE OF is_open ON backlog.statuses
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.statuses_refresh_open();

-- ---------------------------------------------------------------------------------------------
-- Account-specific requests: alike in words, one issue per account.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.duplicate_intents (
    intent      text NOT NULL CHECK (intent <> ''),
    phrase      text NOT NULL CHECK (phrase <> ''),
    normalized  text GENERATED ALWAYS AS (backlog.normalize(phrase)) STORED,
    PRIMARY KEY (intent, phrase)
);
COMMENT ON TABLE backlog.duplicate_intents IS
  'Phrases that mark an account-specific request (cancel, refund, charges, add seats, reset 2FA, unlock, invoice copy, billing details). Tickets of different accounts are never clustered when either has such a phrase, however alike their words. Edit freely.';
COMMENT ON COLUMN backlog.duplicate_intents.intent IS 'Name of the request kind, e.g. cancel or refund.';
COMMENT ON COLUMN backlog.duplicate_intents.phrase IS 'A phrase that marks it; compared with backlog.normalize() of both the phrase and the ticket, on word boundaries.';
COMMENT ON COLUMN backlog.duplicate_intents.normalized IS 'backlog.normalize(phrase), what is looked for (generated; a phrase that normalizes to nothing matches nothing).';

CREATE FUNCTION backlog.duplicate_intent_seeds()
RETURNS TABLE (intent text, phrase text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT i.intent, p.phrase
      FROM (VALUES
        ('cancel', ARRAY['cancel my subscription', 'cancel our subscription', 'cancel the subscription',
                         'cancel my account', 'cancel our account', 'cancel my plan', 'cancel our plan',
                         'close my account', 'close our account', 'terminate our contract',
                         'terminate our subscription', 'end our subscription', 'cancellation',
                         'stop the renewal', 'turn off auto renewal', 'do not renew', 'kundigen', 'kundigung',
                         'resilier', 'resiliation', 'cancelar', 'cancelamento', '解約', '退订',
                         'cancel', 'cancelled', 'canceled', 'cancelling', 'our subscription',
                         'pause our subscription', 'pause our account', 'reactivate our account']),
        ('charges', ARRAY['charged', 'billed', 'overcharged', 'prorated', 'proration', 'double charge',
                          'identical charges', 'abgebucht', 'abbuchung', 'abbuchungen', 'berechnet',
                          'preleve', 'prelevement', 'prelevements', 'facture deux fois', 'cobrado',
                          'cobrados', 'cobro', 'cobraron', 'cobranca', 'cobrados duas vezes', '二重請求',
                          '扣款', '扣了']),
        ('refund', ARRAY['refund', 'refunded', 'money back', 'reimburse', 'reimbursement', 'erstattung',
                         'remboursement', 'rembourser', 'reembolso', '返金', '退款']),
        ('seats', ARRAY['add seats', 'more seats', 'additional seats', 'extra seats', 'add licenses',
                        'more licenses', 'additional licenses', 'add licences', 'more licences',
                        'additional licences', 'increase our seats', 'remove seats', 'reduce seats',
                        'seat count', 'number of seats', 'weitere lizenzen', 'licences supplementaires',
                        'licencias adicionales', 'licencas adicionais', 'paid seat', 'paid seats',
                        'buy seats', 'buy more seats', 'volume discount']),
        ('reset_2fa', ARRAY['reset 2fa', 'reset my 2fa', 'reset the 2fa', 'reset two factor', 'disable 2fa',
                            'turn off 2fa', 'remove 2fa', 'reset mfa', 'disable mfa', 'lost my phone',
                            'new phone', 'authenticator app', 'zwei faktor', 'double authentification',
                            'doble factor', '二段階認証', '双重验证']),
        ('invoice_copy', ARRAY['copy of the invoice', 'copy of our invoice', 'copy of my invoice',
                               'invoice copy', 'copies of our invoices', 'resend the invoice', 'resend invoice',
                               'send me the invoice', 'send us the invoice', 'duplicate invoice',
                               'rechnungskopie', 'copie de la facture', 'copia de la factura',
                               'segunda via', '請求書の再発行', '发票', 'copy of invoice', 'pdf copy',
                               'invoices tab', 'invoice recipient', 'accounts payable', 'download our invoices',
                               'all of our invoices']),
        ('billing_details', ARRAY['billing email', 'billing e mail', 'billing address', 'billing contact',
                                  'update our card', 'update the card', 'update my card', 'change the card',
                                  'new credit card', 'payment method', 'vat number', 'tax id',
                                  'rechnungsadresse', 'adresse de facturation', 'direccion de facturacion',
                                  'payment failed', 'card was declined', 'card declined', 'card expired',
                                  'new card', 'our card', 'credit card', 'bank transfer', 'retry the charge',
                                  'vat id', 'reverse charge', 'legal entity', 'company name', 'purchase order',
                                  'po number', 'billing currency', 'billing settings', 'our invoice',
                                  'our invoices', 'our latest invoice', 'our last invoice', 'kreditkarte',
                                  'neue karte', 'zahlung fehlgeschlagen', 'firmennamen', 'rechnungen',
                                  'carte bancaire', 'factures', 'tarjeta', 'facturas', 'cartao', 'faturas',
                                  'クレジットカード', '信用卡']),
        ('unlock', ARRAY['unlock', 'unlocked', 'locked out', 'account is locked', 'account got locked',
                         'account locked', 'gets locked', 'entsperren', 'gesperrt', 'debloquer', 'bloque',
                         'desbloquear', 'bloqueada', 'bloqueado', 'ロック解除', '解锁', '锁定']),
        ('account_admin', ARRAY['transfer ownership', 'change the account owner', 'new account owner',
                                'delete my account', 'delete our account', 'delete my data', 'gdpr request',
                                'change our company name'])
      ) AS i(intent, phrases),
      LATERAL pg_catalog.unnest(i.phrases) AS p(phrase)
$$;
COMMENT ON FUNCTION backlog.duplicate_intent_seeds() IS
  'The intent phrases CREATE EXTENSION installs, as shipped.';

INSERT INTO backlog.duplicate_intents (intent, phrase) SELECT * FROM backlog.duplicate_intent_seeds();

SELECT pg_catalog.pg_extension_config_dump('backlog.duplicate_intents',
    'WHERE (intent, phrase) NOT IN (SELECT d.intent, d.phrase FROM backlog.duplicate_intent_seeds() d)');

CREATE FUNCTION backlog.request_intent(txt text)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH t AS MATERIALIZED (SELECT ' ' || backlog.normalize(txt) || ' ' AS norm)
    SELECT i.intent
      FROM t, backlog.duplicate_intents i
     WHERE i.normalized OPERATOR(pg_catalog.<>) ''
       AND pg_catalog.strpos(t.norm, ' ' || i.normalized || ' ') OPERATOR(pg_catalog.>) 0
     ORDER BY i.intent
     LIMIT 1
$$;
COMMENT ON FUNCTION backlog.request_intent(text) IS
  'The first (by name) account-specific request kind of backlog.duplicate_intents whose phrase occurs in the normalized text, or NULL.';

-- ---------------------------------------------------------------------------------------------
-- Names and codes that tell issues apart: "the Xero sync stopped" and "the Slack sync stopped"
-- read alike, but one fix does not close both.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.duplicate_terms (
    kind        text NOT NULL CHECK (kind <> '' AND pg_catalog.strpos(kind, ':') = 0 AND kind <> 'code'),
    name        text NOT NULL CHECK (name <> ''),
    phrase      text NOT NULL CHECK (phrase <> ''),
    normalized  text GENERATED ALWAYS AS (backlog.normalize(phrase)) STORED,
    PRIMARY KEY (kind, phrase)
);
COMMENT ON TABLE backlog.duplicate_terms IS
  'Names that make two otherwise alike reports different issues when they differ: integrations, platforms, your own products or modules. Two tickets that both name something of one kind, and nothing of that kind in common, are never paired (error codes are the built-in kind code, see backlog.error_codes). Edit freely.';
COMMENT ON COLUMN backlog.duplicate_terms.kind IS 'What the name is, e.g. integration or platform; names are compared within a kind only (not code, which backlog.error_codes fills, and without a colon).';
COMMENT ON COLUMN backlog.duplicate_terms.name IS 'The thing named; several phrases may name one thing (iPhone, iPad and iOS are the platform iOS).';
COMMENT ON COLUMN backlog.duplicate_terms.phrase IS 'How tickets write it; compared with backlog.normalize() of both the phrase and the ticket, on word boundaries.';
COMMENT ON COLUMN backlog.duplicate_terms.normalized IS 'backlog.normalize(phrase), what is looked for (generated; a phrase that normalizes to nothing matches nothing).';

CREATE FUNCTION backlog.duplicate_term_seeds()
RETURNS TABLE (kind text, name text, phrase text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    -- Words that are also common English (zoom, square, notion, monday, linear, segment, box)
    -- are left out: "zoom in on the chart" is no integration.
    SELECT t.kind, t.name, p.phrase
      FROM (VALUES
        ('integration', 'Salesforce', ARRAY['salesforce', 'sfdc']),
        ('integration', 'HubSpot', ARRAY['hubspot']),
        ('integration', 'Pipedrive', ARRAY['pipedrive']),
        ('integration', 'Microsoft Dynamics', ARRAY['microsoft dynamics', 'dynamics 365']),
        ('integration', 'Marketo', ARRAY['marketo']),
        ('integration', 'Mailchimp', ARRAY['mailchimp']),
        ('integration', 'Klaviyo', ARRAY['klaviyo']),
        ('integration', 'ActiveCampaign', ARRAY['activecampaign']),
        ('integration', 'SendGrid', ARRAY['sendgrid']),
        ('integration', 'Twilio', ARRAY['twilio']),
        ('integration', 'Slack', ARRAY['slack']),
        ('integration', 'Microsoft Teams', ARRAY['microsoft teams', 'ms teams']),
        ('integration', 'Google Sheets', ARRAY['google sheets', 'google sheet']),
        ('integration', 'Google Drive', ARRAY['google drive']),
        ('integration', 'Google Calendar', ARRAY['google calendar']),
        ('integration', 'Gmail', ARRAY['gmail']),
        ('integration', 'Outlook Calendar', ARRAY['outlook calendar']),
        ('integration', 'Excel', ARRAY['excel']),
        ('integration', 'OneDrive', ARRAY['onedrive']),
        ('integration', 'SharePoint', ARRAY['sharepoint']),
        ('integration', 'Dropbox', ARRAY['dropbox']),
        ('integration', 'Zapier', ARRAY['zapier']),
        ('integration', 'Make', ARRAY['make com', 'integromat']),
        ('integration', 'Shopify', ARRAY['shopify']),
        ('integration', 'WooCommerce', ARRAY['woocommerce']),
        ('integration', 'Magento', ARRAY['magento']),
        ('integration', 'BigCommerce', ARRAY['bigcommerce']),
        ('integration', 'Stripe', ARRAY['stripe']),
        ('integration', 'PayPal', ARRAY['paypal']),
        ('integration', 'QuickBooks', ARRAY['quickbooks', 'qbo']),
        ('integration', 'Xero', ARRAY['xero']),
        ('integration', 'NetSuite', ARRAY['netsuite']),
        ('integration', 'Sage', ARRAY['sage intacct', 'sage accounting']),
        ('integration', 'FreshBooks', ARRAY['freshbooks']),
        ('integration', 'SAP', ARRAY['sap']),
        ('integration', 'Workday', ARRAY['workday']),
        ('integration', 'BambooHR', ARRAY['bamboohr']),
        ('integration', 'Gusto', ARRAY['gusto']),
        ('integration', 'Jira', ARRAY['jira']),
        ('integration', 'Confluence', ARRAY['confluence']),
        ('integration', 'Trello', ARRAY['trello']),
        ('integration', 'Asana', ARRAY['asana']),
        ('integration', 'GitHub', ARRAY['github']),
        ('integration', 'GitLab', ARRAY['gitlab']),
        ('integration', 'Zendesk', ARRAY['zendesk']),
        ('integration', 'Intercom', ARRAY['intercom']),
        ('integration', 'Freshdesk', ARRAY['freshdesk']),
        ('integration', 'Okta', ARRAY['okta']),
        ('integration', 'Microsoft Entra ID', ARRAY['azure ad', 'azure active directory', 'entra id']),
        ('integration', 'Google Workspace', ARRAY['google workspace', 'g suite']),
        ('integration', 'DocuSign', ARRAY['docusign']),
        ('integration', 'Airtable', ARRAY['airtable']),
        ('platform', 'iOS', ARRAY['ios', 'ipados', 'iphone', 'ipad']),
        ('platform', 'Android', ARRAY['android']),
        ('platform', 'Windows', ARRAY['windows 10', 'windows 11', 'on windows', 'windows app', 'windows pc']),
        ('platform', 'macOS', ARRAY['macos', 'mac os', 'os x', 'on mac', 'mac app', 'macbook']),
        ('platform', 'Linux', ARRAY['linux', 'ubuntu', 'debian', 'fedora']),
        ('platform', 'ChromeOS', ARRAY['chromeos', 'chrome os', 'chromebook'])
      ) AS t(kind, name, phrases),
      LATERAL pg_catalog.unnest(t.phrases) AS p(phrase)
$$;
COMMENT ON FUNCTION backlog.duplicate_term_seeds() IS
  'The names backlog.duplicate_terms holds after CREATE EXTENSION: common integrations and platforms.';

INSERT INTO backlog.duplicate_terms (kind, name, phrase) SELECT * FROM backlog.duplicate_term_seeds();

SELECT pg_catalog.pg_extension_config_dump('backlog.duplicate_terms',
    'WHERE (kind, name, phrase) NOT IN (SELECT d.kind, d.name, d.phrase FROM backlog.duplicate_term_seeds() d)');

CREATE FUNCTION backlog.issue_terms(txt text)
RETURNS text[]
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH t AS MATERIALIZED (SELECT ' ' || backlog.normalize(txt) || ' ' AS norm)
    SELECT coalesce(pg_catalog.array_agg(DISTINCT x.term ORDER BY x.term), '{}')
      FROM (SELECT d.kind || ':' || d.name
              FROM t, backlog.duplicate_terms d
             WHERE d.normalized OPERATOR(pg_catalog.<>) ''
               AND pg_catalog.strpos(t.norm, ' ' || d.normalized || ' ') OPERATOR(pg_catalog.>) 0
            UNION ALL
            SELECT 'code:' || c FROM pg_catalog.unnest(backlog.error_codes(txt)) c) AS x(term)
$$;
COMMENT ON FUNCTION backlog.issue_terms(text) IS
  'What a text names that tells issues apart, as kind:name, sorted: the names of backlog.duplicate_terms found in its normalized text, and code:<code> for each of backlog.error_codes(txt).';

CREATE FUNCTION backlog.terms_conflict(a text[], b text[])
RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (
        SELECT 1
          FROM pg_catalog.unnest(a) AS x(term)
         GROUP BY pg_catalog.split_part(x.term, ':', 1)
        HAVING pg_catalog.split_part(x.term, ':', 1) IN (SELECT pg_catalog.split_part(y, ':', 1) FROM pg_catalog.unnest(b) y)
           AND NOT pg_catalog.bool_or(x.term OPERATOR(pg_catalog.=) ANY (b)))
$$;
COMMENT ON FUNCTION backlog.terms_conflict(text[], text[]) IS
  'True when two lists of backlog.issue_terms both name something of one kind and nothing of that kind in common (different integrations, platforms or error codes): then two reports are different issues, however alike their words.';

-- ---------------------------------------------------------------------------------------------
-- Near-duplicate pairs, components, clusters
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.duplicate_components(a bigint[], b bigint[])
RETURNS TABLE (ticket_id bigint, component bigint)
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_duplicate_components';
COMMENT ON FUNCTION backlog.duplicate_components(bigint[], bigint[]) IS
  'Connected components of the graph whose edges are (a[i], b[i]): each ticket id with the smallest id of its component (union-find in C).';

CREATE FUNCTION backlog.duplicate_star_clusters(tickets bigint[], a bigint[], b bigint[],
                                                similarity real[], repeat_contact boolean[])
RETURNS TABLE (ticket_id bigint, cluster_id bigint)
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_duplicate_star_clusters';
COMMENT ON FUNCTION backlog.duplicate_star_clusters(bigint[], bigint[], bigint[], real[], boolean[]) IS
  'Star clustering of near-duplicate pairs (edge i: a[i], b[i], similarity[i], repeat_contact[i]) over tickets in creation order: a repeat contact joins the cluster of the ticket it repeats, any other ticket the most similar earlier cluster leader it pairs with, or leads a new cluster. Then two clusters merge, under the earlier leader, when at least half of the pairs between them are edges (densest first, each cluster once per round, at most 64 rounds). cluster_id is the leader; chains of look-alikes cannot grow.';

CREATE FUNCTION backlog.repeat_contact_window()
RETURNS interval
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT interval '7 days' $$;
COMMENT ON FUNCTION backlog.repeat_contact_window() IS
  'How close in time two similar tickets of one requester must be for the later to count as a repeat contact: 7 days.';

CREATE VIEW backlog.duplicate_pairs AS
WITH open_tickets AS (
    SELECT t.id, t.requester, t.created_at, f.fp
      FROM backlog.ticket_fingerprints f
      JOIN backlog.tickets t ON t.id OPERATOR(pg_catalog.=) f.ticket_id
     WHERE f.open
), candidates AS (
    -- near-duplicates: the partial GIN index on open fingerprints finds b for each open a
    SELECT a.id AS ticket_a, b.ticket_id AS ticket_b
      FROM open_tickets a
      JOIN backlog.ticket_fingerprints b
        ON b.open AND b.fp OPERATOR(backlog.%) a.fp AND b.ticket_id OPERATOR(pg_catalog.>) a.id
    UNION
    -- repeat contacts: the same requester within the window, at half the similarity
    SELECT a.id, b.id
      FROM open_tickets a
      JOIN open_tickets b
        ON b.requester OPERATOR(pg_catalog.=) a.requester AND b.id OPERATOR(pg_catalog.>) a.id
       AND b.created_at OPERATOR(pg_catalog.>=) (a.created_at OPERATOR(pg_catalog.-) backlog.repeat_contact_window())
       AND b.created_at OPERATOR(pg_catalog.<=) (a.created_at OPERATOR(pg_catalog.+) backlog.repeat_contact_window())
     WHERE backlog.similarity(a.fp, b.fp)
           OPERATOR(pg_catalog.>=) (pg_catalog.current_setting('backlog.similarity_threshold')::float8 OPERATOR(pg_catalog./) 2)
), scored AS (
    SELECT c.ticket_a,
           c.ticket_b,
           backlog.similarity(fa.fp, fb.fp) AS similarity,
           ta.requester IS NOT NULL AND ta.requester OPERATOR(pg_catalog.=) tb.requester
             AND pg_catalog.abs(pg_catalog.date_part('epoch', ta.created_at OPERATOR(pg_catalog.-) tb.created_at))
                 OPERATOR(pg_catalog.<=) pg_catalog.date_part('epoch', backlog.repeat_contact_window())
             AS repeat_contact,
           coalesce(ta.account, ta.requester) IS NOT DISTINCT FROM coalesce(tb.account, tb.requester) AS same_account
      FROM candidates c
      JOIN backlog.tickets ta ON ta.id OPERATOR(pg_catalog.=) c.ticket_a
      JOIN backlog.tickets tb ON tb.id OPERATOR(pg_catalog.=) c.ticket_b
      JOIN backlog.ticket_fingerprints fa ON fa.ticket_id OPERATOR(pg_catalog.=) c.ticket_a
      JOIN backlog.ticket_fingerprints fb ON fb.ticket_id OPERATOR(pg_catalog.=) c.ticket_b
), intents AS MATERIALIZED (
    -- account-specific request kinds, looked up once per ticket of a cross-account pair
    SELECT t.id, backlog.request_intent(backlog.ticket_text(t.subject, t.body)) AS intent
      FROM backlog.tickets t
     WHERE t.id IN (SELECT x.ticket_a FROM scored x WHERE NOT x.same_account
                    UNION SELECT x.ticket_b FROM scored x WHERE NOT x.same_account)
), terms AS MATERIALIZED (
    -- the integrations, platforms and error codes each ticket of a pair names, looked up once
    SELECT t.id, backlog.issue_terms(backlog.ticket_text(t.subject, t.body)) AS terms
      FROM backlog.tickets t
     WHERE t.id IN (SELECT x.ticket_a FROM scored x UNION SELECT x.ticket_b FROM scored x)
), scored_a AS MATERIALIZED (
    -- one join at a time: with three, the planner may pair every ticket's terms with every
    -- other's before it looks at the pairs (it cannot know how many rows the CTEs hold)
    SELECT s.*, ta.terms AS terms_a
      FROM scored s JOIN terms ta ON ta.id OPERATOR(pg_catalog.=) s.ticket_a
)
SELECT s.ticket_a, s.ticket_b, s.similarity, s.repeat_contact
  FROM scored_a s
  JOIN terms tb ON tb.id OPERATOR(pg_catalog.=) s.ticket_b
 -- another integration, platform or error code is another issue
 WHERE NOT backlog.terms_conflict(s.terms_a, tb.terms)
 -- an account-specific request is one issue per account, however alike the words
   AND (s.same_account
    OR (NOT EXISTS (SELECT 1 FROM intents i
                     WHERE i.id OPERATOR(pg_catalog.=) s.ticket_a AND i.intent IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM intents i
                         WHERE i.id OPERATOR(pg_catalog.=) s.ticket_b AND i.intent IS NOT NULL)));
COMMENT ON VIEW backlog.duplicate_pairs IS
  'Pairs of open, unmerged tickets that are the same issue: fingerprints similar by % (backlog.similarity_threshold, found with the GIN index), or the same requester within backlog.repeat_contact_window() at half that similarity; never two that name different integrations, platforms or error codes (backlog.terms_conflict), never account-specific requests of different accounts.';
COMMENT ON COLUMN backlog.duplicate_pairs.ticket_a IS 'The ticket with the smaller id.';
COMMENT ON COLUMN backlog.duplicate_pairs.ticket_b IS 'The ticket with the larger id.';
COMMENT ON COLUMN backlog.duplicate_pairs.similarity IS 'backlog.similarity of their fingerprints.';
COMMENT ON COLUMN backlog.duplicate_pairs.repeat_contact IS 'Same requester, created within backlog.repeat_contact_window() of each other.';

CREATE VIEW backlog.duplicate_members AS
WITH pairs AS MATERIALIZED (
    SELECT p.ticket_a, p.ticket_b, p.similarity, p.repeat_contact FROM backlog.duplicate_pairs p
), comp AS MATERIALIZED (
    SELECT c.ticket_id, c.cluster_id
      FROM (SELECT pg_catalog.array_agg(p.ticket_a) AS a, pg_catalog.array_agg(p.ticket_b) AS b,
                   pg_catalog.array_agg(p.similarity) AS w, pg_catalog.array_agg(p.repeat_contact) AS r
              FROM pairs p) e,
           LATERAL backlog.duplicate_star_clusters(
             (SELECT pg_catalog.array_agg(t.id ORDER BY t.created_at, t.id) FROM backlog.tickets t
               WHERE t.id IN (SELECT p.ticket_a FROM pairs p UNION SELECT p.ticket_b FROM pairs p)),
             e.a, e.b, e.w, e.r) c
), sizes AS (
    SELECT c.cluster_id FROM comp c GROUP BY c.cluster_id HAVING pg_catalog.count(*) OPERATOR(pg_catalog.>) 1
), repeats AS (
    -- the later ticket of a repeat-contact pair repeats the earlier one
    SELECT CASE WHEN (ta.created_at, ta.id) OPERATOR(pg_catalog.<) (tb.created_at, tb.id) THEN tb.id ELSE ta.id END AS ticket_id,
           pg_catalog.min(CASE WHEN (ta.created_at, ta.id) OPERATOR(pg_catalog.<) (tb.created_at, tb.id) THEN ta.id ELSE tb.id END) AS repeat_of
      FROM pairs p
      JOIN backlog.tickets ta ON ta.id OPERATOR(pg_catalog.=) p.ticket_a
      JOIN backlog.tickets tb ON tb.id OPERATOR(pg_catalog.=) p.ticket_b
     WHERE p.repeat_contact
     GROUP BY 1
)
SELECT c.ticket_id,
       c.cluster_id,
       t.created_at,
       t.account,
       t.requester,
       t.subject,
       r.repeat_of IS NOT NULL AS repeat_contact,
       r.repeat_of
  FROM comp c
  JOIN sizes USING (cluster_id)
  JOIN backlog.tickets t ON t.id OPERATOR(pg_catalog.=) c.ticket_id
  LEFT JOIN repeats r ON r.ticket_id OPERATOR(pg_catalog.=) c.ticket_id;
COMMENT ON VIEW backlog.duplicate_members IS
  'Open tickets that belong to a duplicate cluster (star clusters of backlog.duplicate_pairs, see backlog.duplicate_star_clusters), one row per ticket.';
COMMENT ON COLUMN backlog.duplicate_members.ticket_id IS 'The ticket.';
COMMENT ON COLUMN backlog.duplicate_members.cluster_id IS 'The cluster: id of its earliest ticket (the parent backlog.merge_cluster merges into).';
COMMENT ON COLUMN backlog.duplicate_members.created_at IS 'When the ticket was created.';
COMMENT ON COLUMN backlog.duplicate_members.account IS 'The ticket''s account.';
COMMENT ON COLUMN backlog.duplicate_members.requester IS 'The ticket''s requester.';
COMMENT ON COLUMN backlog.duplicate_members.subject IS 'The ticket''s subject.';
COMMENT ON COLUMN backlog.duplicate_members.repeat_contact IS 'True when the same requester sent a similar ticket within backlog.repeat_contact_window() before this one.';
COMMENT ON COLUMN backlog.duplicate_members.repeat_of IS 'The earliest such ticket (NULL when not a repeat contact; it may sit in another cluster when it is not similar enough to this one''s leader).';

CREATE VIEW backlog.duplicate_clusters AS
SELECT m.cluster_id,
       pg_catalog.count(*) AS size,
       pg_catalog.count(DISTINCT coalesce(m.account, m.requester)) AS accounts,
       pg_catalog.array_agg(DISTINCT m.account) FILTER (WHERE m.account IS NOT NULL) AS account_names,
       pg_catalog.min(m.created_at) AS first_seen,
       pg_catalog.max(m.created_at) AS last_seen,
       (pg_catalog.array_agg(m.subject ORDER BY m.created_at, m.ticket_id))[1] AS subject,
       pg_catalog.count(*) FILTER (WHERE m.repeat_contact) AS repeat_contacts,
       pg_catalog.array_agg(m.ticket_id ORDER BY m.created_at, m.ticket_id) AS ticket_ids
  FROM backlog.duplicate_members m
 GROUP BY m.cluster_id;
COMMENT ON VIEW backlog.duplicate_clusters IS
  'Open tickets grouped into issues: one fix or one answer closes a whole cluster. Built from near-duplicate pairs at backlog.similarity_threshold; account-specific requests cluster only within one account.';
COMMENT ON COLUMN backlog.duplicate_clusters.cluster_id IS 'Id of the cluster''s earliest ticket, its representative and merge parent.';
COMMENT ON COLUMN backlog.duplicate_clusters.size IS 'Number of open tickets in the cluster.';
COMMENT ON COLUMN backlog.duplicate_clusters.accounts IS 'Number of distinct accounts affected (the requester stands in for a missing account).';
COMMENT ON COLUMN backlog.duplicate_clusters.account_names IS 'The accounts affected, sorted (NULL when no ticket names one).';
COMMENT ON COLUMN backlog.duplicate_clusters.first_seen IS 'Creation time of the earliest ticket.';
COMMENT ON COLUMN backlog.duplicate_clusters.last_seen IS 'Creation time of the latest ticket.';
COMMENT ON COLUMN backlog.duplicate_clusters.subject IS 'Representative subject: that of the earliest ticket.';
COMMENT ON COLUMN backlog.duplicate_clusters.repeat_contacts IS 'Tickets that repeat an earlier one of the same requester within backlog.repeat_contact_window().';
COMMENT ON COLUMN backlog.duplicate_clusters.ticket_ids IS 'The tickets, earliest first.';

-- ---------------------------------------------------------------------------------------------
-- Merging
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.merge_tickets(parent bigint, children bigint[])
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    parent_into bigint;
    missing bigint;
    bad record;
    kids bigint[];
    n integer;
BEGIN
    IF parent IS NULL OR children IS NULL OR array_position(children, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'parent and children of a merge must not be NULL'
              USING ERRCODE = 'null_value_not_allowed';
    END IF;
    SELECT array_agg(DISTINCT c ORDER BY c) INTO kids FROM unnest(children) c;
    IF kids IS NULL THEN
        RETURN 0;
    END IF;
    IF parent OPERATOR(pg_catalog.=) ANY (kids) THEN
        RAISE EXCEPTION 'cannot merge ticket % into itself', parent
              USING ERRCODE = 'invalid_parameter_value';
    END IF;

    -- Lock parent and children in id order, so concurrent merges cannot deadlock.
    PERFORM 1 FROM backlog.tickets t
      WHERE t.id OPERATOR(pg_catalog.=) parent OR t.id OPERATOR(pg_catalog.=) ANY (kids)
      ORDER BY t.id FOR UPDATE;

    SELECT t.merged_into INTO parent_into FROM backlog.tickets t WHERE t.id OPERATOR(pg_catalog.=) parent;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'ticket % does not exist', parent
              USING ERRCODE = 'foreign_key_violation',
                    DETAIL = 'The parent of a merge must be a ticket of backlog.tickets.';
    END IF;
    IF parent_into IS NOT NULL THEN
        RAISE EXCEPTION 'ticket % is itself merged into ticket %', parent, parent_into
              USING ERRCODE = 'invalid_parameter_value',
                    HINT = format('Merge into ticket %s instead.', parent_into);
    END IF;
    SELECT c INTO missing FROM unnest(kids) c
     WHERE NOT EXISTS (SELECT 1 FROM backlog.tickets t WHERE t.id OPERATOR(pg_catalog.=) c)
     ORDER BY c LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'ticket % does not exist', missing
              USING ERRCODE = 'foreign_key_violation',
                    DETAIL = 'Every child of a merge must be a ticket of backlog.tickets.';
    END IF;
    SELECT t.id, t.merged_into INTO bad FROM backlog.tickets t
     WHERE t.id OPERATOR(pg_catalog.=) ANY (kids) AND t.merged_into IS NOT NULL
       AND t.merged_into OPERATOR(pg_catalog.<>) parent
     ORDER BY t.id LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'ticket % is already merged into ticket %', bad.id, bad.merged_into
              USING ERRCODE = 'invalid_parameter_value';
    END IF;

    -- The parent is not merged into anything, so no child can be above it: no cycle.
    WITH merged AS (
        UPDATE backlog.tickets t
           SET merged_into = parent, status = 'closed', updated_at = now()
         WHERE t.id OPERATOR(pg_catalog.=) ANY (kids) AND t.merged_into IS NULL
        RETURNING t.id
    )
    INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
    SELECT m.id, now(), 'merge', parent::text FROM merged m;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION backlog.merge_tickets(bigint, bigint[]) IS
  'Merges the children into parent in one transaction: sets merged_into, closes them and records a merge event (value = parent id) for each. Children already merged into parent are skipped; returns how many were merged.';

CREATE FUNCTION backlog.merge_cluster(cluster_id bigint)
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    ids bigint[];
BEGIN
    SELECT c.ticket_ids INTO ids FROM backlog.duplicate_clusters c
     WHERE c.cluster_id OPERATOR(pg_catalog.=) merge_cluster.cluster_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no duplicate cluster %', cluster_id
              USING ERRCODE = 'invalid_parameter_value',
                    HINT = 'Pick a cluster_id from backlog.duplicate_clusters (it changes as tickets are merged or closed).';
    END IF;
    RETURN backlog.merge_tickets(cluster_id, array_remove(ids, cluster_id));
END
$$;
COMMENT ON FUNCTION backlog.merge_cluster(bigint) IS
  'Merges every other ticket of a cluster of backlog.duplicate_clusters into its representative (the cluster_id ticket); returns how many were merged.';

-- ---- src/views.sql ----
-- views: filled in by its feature (see README).

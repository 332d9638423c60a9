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

-- ---------------------------------------------------------------------------------------------
-- SLA policies: which target applies to which ticket.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.sla_policies (
    metric        text NOT NULL CHECK (metric IN ('first_response', 'next_reply', 'resolution')),
    priority      text CHECK (priority IN ('urgent', 'high', 'normal', 'low')),
    account_tier  text CHECK (account_tier <> ''),
    target        interval NOT NULL CHECK (target >= interval '0'),
    calendar      text NOT NULL DEFAULT 'default',
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
COMMENT ON COLUMN backlog.sla_policies.calendar IS 'Name of the business calendar (backlog.calendars) the clock runs on; it must have working time (checked by a trigger; renaming the calendar renames it here).';
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

-- pg_dump keeps what differs from the seeds (src/restore.sql, README "Dump and restore").
SELECT pg_catalog.pg_extension_config_dump('backlog.sla_policies',
    'WHERE NOT backlog.is_seed_key(''sla_policies'', pg_catalog.to_jsonb(sla_policies))');

-- A policy names a calendar of backlog.calendars that has working time, and its target is
-- reached within 50 years on that calendar (business time is computed over at most 100 years:
-- one policy on a calendar without working time, or with a target it takes centuries to reach,
-- would make ticket_sla fail for every ticket). Row triggers rather than a foreign key, as for
-- the ticket store (src/store.sql); not under COPY.
CREATE FUNCTION backlog.sla_target_reachable(cal backlog.calendar, target interval)
RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT backlog.calendar_has_work(cal)
       AND backlog.business_seconds(cal, '2000-01-01 00:00+00', '2050-01-01 00:00+00')
           OPERATOR(pg_catalog.>=) pg_catalog.date_part('epoch', target)
$$;
COMMENT ON FUNCTION backlog.sla_target_reachable(backlog.calendar, interval) IS
  'True when cal has working time and target of business time fits in the 50 years from 2000-01-01 on it: what an SLA policy needs.';

CREATE FUNCTION backlog.sla_policies_check_calendar()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    cal backlog.calendar;
BEGIN
    IF backlog.bulk_loading() THEN
        RETURN NEW;
    END IF;
    SELECT c.calendar INTO cal FROM backlog.calendars c WHERE c.name OPERATOR(pg_catalog.=) NEW.calendar;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'SLA policy (%, %, %) names calendar "%", which does not exist',
              NEW.metric, coalesce(NEW.priority, 'any priority'), coalesce(NEW.account_tier, 'any tier'), NEW.calendar
              USING ERRCODE = 'foreign_key_violation',
                    HINT = 'Add the calendar to backlog.calendars first.';
    END IF;
    IF NOT backlog.calendar_has_work(cal) THEN
        RAISE EXCEPTION 'SLA policy (%, %, %) names calendar "%", which has no working time',
              NEW.metric, coalesce(NEW.priority, 'any priority'), coalesce(NEW.account_tier, 'any tier'), NEW.calendar
              USING ERRCODE = 'invalid_parameter_value',
                    DETAIL = format('Calendar "%s" is %L: no weekday has working hours.', NEW.calendar, cal::text),
                    HINT = 'Give the calendar working hours, e.g. "mon-fri 09:00-17:00".';
    END IF;
    IF NOT backlog.sla_target_reachable(cal, NEW.target) THEN
        RAISE EXCEPTION 'SLA policy (%, %, %) has target %, which calendar "%" does not reach within 50 years',
              NEW.metric, coalesce(NEW.priority, 'any priority'), coalesce(NEW.account_tier, 'any tier'),
              NEW.target, NEW.calendar
              USING ERRCODE = 'invalid_parameter_value',
                    DETAIL = 'Business time is computed over at most 100 years.';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION backlog.sla_policies_check_calendar() IS
  'Trigger: an SLA policy must name a calendar of backlog.calendars that has working time and reaches its target within 50 years (not under COPY; see backlog.check_integrity()).';

CREATE TRIGGER sla_policies_check_calendar BEFORE INSERT OR UPDATE OF calendar, target ON backlog.sla_policies
    FOR EACH ROW EXECUTE FUNCTION backlog.sla_policies_check_calendar();

-- The other side: renaming a calendar renames it in the policies; deleting a calendar a policy
-- names, or changing it so that a policy on it no longer works, is refused.
CREATE FUNCTION backlog.calendars_follow_in_policies()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p record;
BEGIN
    IF backlog.citus_worker_placement(TG_TABLE_NAME) THEN
        RETURN NULL;        -- on Citus the coordinator's placement does it
    END IF;
    IF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' AND NEW.name IS DISTINCT FROM OLD.name THEN
        UPDATE backlog.sla_policies x SET calendar = NEW.name
         WHERE x.calendar OPERATOR(pg_catalog.=) OLD.name;
    END IF;
    IF backlog.bulk_loading() THEN
        RETURN NULL;
    END IF;
    IF TG_OP OPERATOR(pg_catalog.=) 'DELETE' THEN
        SELECT x.metric, x.priority, x.account_tier INTO p FROM backlog.sla_policies x
         WHERE x.calendar OPERATOR(pg_catalog.=) OLD.name
         ORDER BY x.metric, x.priority, x.account_tier LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'calendar "%" is still named by SLA policy (%, %, %)',
                  OLD.name, p.metric, coalesce(p.priority, 'any priority'), coalesce(p.account_tier, 'any tier')
                  USING ERRCODE = 'foreign_key_violation',
                        HINT = 'Point those policies at another calendar first.';
        END IF;
        RETURN NULL;
    END IF;
    SELECT x.metric, x.priority, x.account_tier, x.target INTO p FROM backlog.sla_policies x
     WHERE x.calendar OPERATOR(pg_catalog.=) NEW.name
       AND NOT backlog.sla_target_reachable(NEW.calendar, x.target)
     ORDER BY x.metric, x.priority, x.account_tier LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'calendar "%" would not serve SLA policy (%, %, %): %', NEW.name,
              p.metric, coalesce(p.priority, 'any priority'), coalesce(p.account_tier, 'any tier'),
              CASE WHEN backlog.calendar_has_work(NEW.calendar) THEN format('its target %s is not reached within 50 years', p.target)
                   ELSE 'it would have no working time' END
              USING ERRCODE = 'invalid_parameter_value',
                    DETAIL = format('The calendar would be %L.', NEW.calendar::text);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.calendars_follow_in_policies() IS
  'Trigger: carries a calendar rename into backlog.sla_policies; refuses to delete a calendar a policy names, or to change it so that a policy on it has no working time or cannot reach its target (not under COPY).';

CREATE TRIGGER calendars_follow_in_policies AFTER UPDATE OR DELETE ON backlog.calendars
    FOR EACH ROW EXECUTE FUNCTION backlog.calendars_follow_in_policies();

-- backlog.sla_policy_matrix, the policy each ticket gets, is in src/clocks.sql.

-- ---------------------------------------------------------------------------------------------
-- A ticket's own calendar (a Zendesk schedule, for example) overrides its policies' calendars.
-- ---------------------------------------------------------------------------------------------
ALTER TABLE backlog.tickets ADD COLUMN calendar text;
COMMENT ON COLUMN backlog.tickets.calendar IS
  'Calendar (backlog.calendars) this ticket''s SLA clocks run on, e.g. its helpdesk schedule; NULL: the calendar of each matching SLA policy. Checked by a trigger; renaming the calendar renames it here.';

-- A row check rather than a foreign key, as for the other references of the store
-- (src/store.sql): a restore loads tickets and calendars in no fixed order, and a distributed
-- tickets table cannot hold a key into a configuration table. Not under COPY
-- (backlog.check_integrity() lists tickets naming a missing calendar).
CREATE FUNCTION backlog.tickets_check_calendar()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NEW.calendar IS NULL OR backlog.bulk_loading() THEN
        RETURN NEW;
    END IF;
    IF (TG_OP OPERATOR(pg_catalog.=) 'INSERT' OR NEW.calendar IS DISTINCT FROM OLD.calendar)
       AND NOT EXISTS (SELECT 1 FROM backlog.calendars c WHERE c.name OPERATOR(pg_catalog.=) NEW.calendar) THEN
        RAISE EXCEPTION 'ticket % names calendar "%", which does not exist', NEW.id, NEW.calendar
              USING ERRCODE = 'foreign_key_violation',
                    DETAIL = 'tickets.calendar must name a row of backlog.calendars (or be NULL).',
                    HINT = 'Add the calendar to backlog.calendars first.';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION backlog.tickets_check_calendar() IS
  'Trigger: a ticket''s calendar must be NULL or a row of backlog.calendars (not under COPY; see backlog.check_integrity()).';

CREATE TRIGGER tickets_check_calendar BEFORE INSERT OR UPDATE OF calendar ON backlog.tickets
    FOR EACH ROW EXECUTE FUNCTION backlog.tickets_check_calendar();

-- The other side: renaming a calendar renames it in the tickets; deleting a calendar a ticket
-- names is refused.
CREATE FUNCTION backlog.calendars_follow_in_tickets()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t_id bigint;
BEGIN
    IF backlog.citus_worker_placement(TG_TABLE_NAME) THEN
        RETURN NULL;        -- on Citus the coordinator's placement does it
    END IF;
    IF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' THEN
        IF NEW.name IS DISTINCT FROM OLD.name THEN
            UPDATE backlog.tickets t SET calendar = NEW.name
             WHERE t.calendar OPERATOR(pg_catalog.=) OLD.name;
        END IF;
        RETURN NULL;
    END IF;
    IF backlog.bulk_loading() THEN
        RETURN NULL;
    END IF;
    SELECT t.id INTO t_id FROM backlog.tickets t WHERE t.calendar OPERATOR(pg_catalog.=) OLD.name
     ORDER BY t.id LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'calendar "%" is still the calendar of ticket %', OLD.name, t_id
              USING ERRCODE = 'foreign_key_violation',
                    HINT = 'Point those tickets at another calendar (or NULL) first, or rename the calendar instead.';
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.calendars_follow_in_tickets() IS
  'Trigger: carries a calendar rename into backlog.tickets.calendar and refuses to delete a calendar a ticket names (not under COPY).';

CREATE TRIGGER calendars_follow_in_tickets AFTER UPDATE OF name OR DELETE ON backlog.calendars
    FOR EACH ROW EXECUTE FUNCTION backlog.calendars_follow_in_tickets();

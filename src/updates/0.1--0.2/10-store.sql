-- The ticket store and the configuration tables: restore design and integrity (README "Dump and
-- restore", "The ticket store"). Mirrors the changes made in src/store.sql, src/calendar.sql,
-- src/sla.sql and src/restore.sql.

-- The seed-replacing triggers go: a restore no longer writes into the seeded tables as it loads
-- them (backlog.seed_changes records edited and deleted seeds instead).
DROP TRIGGER statuses_replace_seed ON backlog.statuses;
DROP FUNCTION backlog.statuses_replace_seed();
DROP TRIGGER calendars_replace_seed ON backlog.calendars;
DROP FUNCTION backlog.calendars_replace_seed();
DROP TRIGGER sla_policies_replace_seed ON backlog.sla_policies;
DROP FUNCTION backlog.sla_policies_replace_seed();

-- ---------------------------------------------------------------------------------------------
-- Triggers on Citus. A trigger on a reference table (statuses, calendars, the seeded
-- configuration) fires on every placement of it, one a node, the coordinator's included, and a
-- shard is named after its table with _<shard id>. The extension's table names end in no digits.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.trigger_table_name(table_name name)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT pg_catalog.regexp_replace(table_name, '_[0-9]+$', '') $$;
COMMENT ON FUNCTION backlog.trigger_table_name(name) IS
  'The backlog table a trigger fired on, from TG_TABLE_NAME: on a Citus shard the name without its _<shard id> (score_factors_102008: score_factors), elsewhere the name itself.';

-- A trigger that writes other tables, or the reference tables, does so from the coordinator's
-- placement only: from a worker's, the write is a distributed transaction of its own inside the
-- shard's, and COMMIT PREPARED crashed the workers (signal 11, Citus 13.2).
CREATE FUNCTION backlog.citus_worker_placement(table_name name)
RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- (two IFs: the inner one, which needs Citus, is planned only on a shard)
    IF table_name OPERATOR(pg_catalog.~) '_[0-9]+$' THEN
        IF NOT pg_catalog.citus_is_coordinator() THEN
            RETURN true;
        END IF;
    END IF;
    RETURN false;
END
$$;
COMMENT ON FUNCTION backlog.citus_worker_placement(name) IS
  'For a trigger, given TG_TABLE_NAME: true when it fires on a Citus shard on a node other than the coordinator (a worker''s placement of a reference table), where the store''s triggers on configuration tables skip what the coordinator''s placement does.';

CREATE FUNCTION backlog.bulk_loading()
RETURNS boolean
LANGUAGE c VOLATILE PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'backlog_bulk_loading';
COMMENT ON FUNCTION backlog.bulk_loading() IS
  'True while the current statement is a COPY: the row checks that look into another table (statuses, merge targets, calendars) skip COPY, whose tables a restore loads in no fixed order; backlog.check_integrity() checks afterwards.';

-- Foreign keys become row-trigger checks; timestamps a helpdesk can have written.
ALTER TABLE backlog.tickets DROP CONSTRAINT tickets_status_fkey;
ALTER TABLE backlog.tickets DROP CONSTRAINT tickets_merged_into_fkey;
ALTER TABLE backlog.ticket_events DROP CONSTRAINT ticket_events_ticket_id_fkey;
ALTER TABLE backlog.sla_policies DROP CONSTRAINT sla_policies_calendar_fkey;
ALTER TABLE backlog.tickets ADD CONSTRAINT tickets_times_in_range CHECK (
        created_at >= '1970-01-01 00:00+00' AND created_at < '2100-01-01 00:00+00'
        AND (first_response_at >= '1970-01-01 00:00+00' AND first_response_at < '2100-01-01 00:00+00')
        AND (solved_at >= '1970-01-01 00:00+00' AND solved_at < '2100-01-01 00:00+00')
        AND (updated_at >= '1970-01-01 00:00+00' AND updated_at < '2100-01-01 00:00+00'));
ALTER TABLE backlog.ticket_events ADD CONSTRAINT ticket_events_at_in_range
    CHECK (at >= '1970-01-01 00:00+00' AND at < '2100-01-01 00:00+00');
COMMENT ON COLUMN backlog.tickets.status IS 'Current status, one of backlog.statuses (checked by a trigger; renaming a status renames it here); changing it records a status event.';
COMMENT ON COLUMN backlog.tickets.merged_into IS 'Ticket this one was merged into as a duplicate (checked by a trigger; set to NULL when that ticket is deleted).';
COMMENT ON COLUMN backlog.ticket_events.ticket_id IS 'The ticket (checked by a trigger; deleting the ticket deletes its events).';
COMMENT ON COLUMN backlog.sla_policies.calendar IS 'Name of the business calendar (backlog.calendars) the clock runs on; it must have working time (checked by a trigger; renaming the calendar renames it here).';

-- Trigger functions of 0.1 with new bodies: dropped with their triggers and created again.
DROP TRIGGER ticket_events_check_status ON backlog.ticket_events;
DROP FUNCTION backlog.ticket_events_check_status();
DROP TRIGGER tickets_record_status ON backlog.tickets;
DROP FUNCTION backlog.tickets_record_status();
DROP TRIGGER statuses_rename_in_events ON backlog.statuses;
DROP TRIGGER statuses_keep_history ON backlog.statuses;
DROP FUNCTION backlog.statuses_follow_in_events();

CREATE FUNCTION backlog.ticket_events_check_status()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF backlog.bulk_loading() THEN
        RETURN NEW;
    END IF;
    IF (TG_OP OPERATOR(pg_catalog.=) 'INSERT' OR NEW.ticket_id IS DISTINCT FROM OLD.ticket_id)
       AND NOT EXISTS (SELECT 1 FROM backlog.tickets t WHERE t.id OPERATOR(pg_catalog.=) NEW.ticket_id) THEN
        RAISE EXCEPTION 'event of ticket % names a ticket that does not exist', NEW.ticket_id
              USING ERRCODE = 'foreign_key_violation',
                    DETAIL = 'ticket_events.ticket_id must name a ticket of backlog.tickets.';
    END IF;
    -- A NULL value is left to the ticket_events_status_value CHECK, which names it better.
    IF NEW.kind OPERATOR(pg_catalog.=) 'status' AND NEW.value IS NOT NULL AND NOT EXISTS
       (SELECT 1 FROM backlog.statuses s WHERE s.status OPERATOR(pg_catalog.=) NEW.value) THEN
        RAISE EXCEPTION 'status event of ticket % names unknown ticket status "%"', NEW.ticket_id, NEW.value
              USING ERRCODE = 'foreign_key_violation',
                    DETAIL = 'A status event must name a row of backlog.statuses.',
                    HINT = 'Add the status to backlog.statuses first.';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION backlog.ticket_events_check_status() IS
  'Trigger: rejects events of a ticket missing from backlog.tickets and status events that name a status missing from backlog.statuses (not under COPY; see backlog.check_integrity()).';

CREATE TRIGGER ticket_events_check_status BEFORE INSERT OR UPDATE OF ticket_id, kind, value ON backlog.ticket_events
    FOR EACH ROW EXECUTE FUNCTION backlog.ticket_events_check_status();

CREATE FUNCTION backlog.tickets_check_references()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF backlog.bulk_loading() THEN
        RETURN NEW;
    END IF;
    IF (TG_OP OPERATOR(pg_catalog.=) 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status)
       AND NOT EXISTS (SELECT 1 FROM backlog.statuses s WHERE s.status OPERATOR(pg_catalog.=) NEW.status) THEN
        RAISE EXCEPTION 'ticket % has unknown status "%"', NEW.id, NEW.status
              USING ERRCODE = 'foreign_key_violation',
                    DETAIL = 'tickets.status must name a row of backlog.statuses.',
                    HINT = 'Add the status to backlog.statuses first.';
    END IF;
    -- merged into itself is left to the tickets_not_merged_into_self CHECK
    IF NEW.merged_into IS NOT NULL AND NEW.merged_into OPERATOR(pg_catalog.<>) NEW.id
       AND (TG_OP OPERATOR(pg_catalog.=) 'INSERT' OR NEW.merged_into IS DISTINCT FROM OLD.merged_into)
       AND NOT EXISTS (SELECT 1 FROM backlog.tickets t WHERE t.id OPERATOR(pg_catalog.=) NEW.merged_into) THEN
        RAISE EXCEPTION 'ticket % is merged into ticket %, which does not exist', NEW.id, NEW.merged_into
              USING ERRCODE = 'foreign_key_violation',
                    DETAIL = 'tickets.merged_into must name a ticket of backlog.tickets.';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION backlog.tickets_check_references() IS
  'Trigger: a ticket''s status must be a row of backlog.statuses and its merged_into an existing ticket (not under COPY; see backlog.check_integrity()).';

CREATE TRIGGER tickets_check_references BEFORE INSERT OR UPDATE OF status, merged_into ON backlog.tickets
    FOR EACH ROW EXECUTE FUNCTION backlog.tickets_check_references();

CREATE FUNCTION backlog.tickets_after_delete()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    DELETE FROM backlog.ticket_events e WHERE e.ticket_id OPERATOR(pg_catalog.=) OLD.id;
    -- On a Citus shard the tickets merged into it are left as they are: clearing their
    -- merged_into from a shard's trigger is a query of every shard inside the DELETE's own
    -- distributed transaction, and within a DELETE that spans shards that crashed the workers
    -- in COMMIT PREPARED (signal 11, Citus 13.2), the read alone included. There a deleted
    -- ticket's merged tickets keep its id, as after a COPY (README, "Scaling out with Citus").
    IF TG_TABLE_NAME OPERATOR(pg_catalog.!~) '_[0-9]+$' THEN
        UPDATE backlog.tickets t SET merged_into = NULL
         WHERE t.merged_into OPERATOR(pg_catalog.=) OLD.id;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.tickets_after_delete() IS
  'Trigger: when a ticket is deleted, its events go with it and the tickets merged into it get merged_into = NULL (on Citus they keep its id: clear their merged_into first).';

CREATE TRIGGER tickets_after_delete AFTER DELETE ON backlog.tickets
    FOR EACH ROW EXECUTE FUNCTION backlog.tickets_after_delete();

CREATE FUNCTION backlog.tickets_record_status()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t timestamptz;
    last_at timestamptz;
BEGIN
    -- A load that writes the history itself (a sync) turns recording off for its statements.
    IF pg_catalog.current_setting('backlog.record_status', true) OPERATOR(pg_catalog.=) ANY ('{off,false,no,0}'::text[]) THEN
        RETURN NULL;
    END IF;
    -- Renaming a status in backlog.statuses carries into tickets.status: that is not a change
    -- of any ticket's status (the history is renamed by statuses_follow_in_events too).
    IF NOT EXISTS (SELECT 1 FROM backlog.statuses s WHERE s.status OPERATOR(pg_catalog.=) OLD.status) THEN
        RETURN NULL;
    END IF;
    SELECT pg_catalog.max(e.at) INTO last_at FROM backlog.ticket_events e
     WHERE e.ticket_id OPERATOR(pg_catalog.=) OLD.id AND e.kind OPERATOR(pg_catalog.=) 'status';
    IF last_at IS NULL THEN
        INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
        VALUES (OLD.id, OLD.created_at, 'status', OLD.status);
        last_at := OLD.created_at;
    END IF;
    IF NEW.updated_at IS DISTINCT FROM OLD.updated_at AND NEW.updated_at IS NOT NULL
       AND pg_catalog.isfinite(NEW.updated_at)
       AND NEW.updated_at OPERATOR(pg_catalog.<>) pg_catalog.now()
       AND NEW.updated_at OPERATOR(pg_catalog.<>) pg_catalog.statement_timestamp() THEN
        t := NEW.updated_at;
    ELSE
        t := GREATEST(pg_catalog.clock_timestamp(),
                     last_at OPERATOR(pg_catalog.+) interval '1 microsecond');
    END IF;
    INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
    VALUES (NEW.id, t, 'status', NEW.status);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.tickets_record_status() IS
  'Trigger: records each change of backlog.tickets.status as a status event, stamped with the updated_at the UPDATE sets, else clock_timestamp() and after the ticket''s latest status event.';

CREATE TRIGGER tickets_record_status AFTER UPDATE OF status ON backlog.tickets
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION backlog.tickets_record_status();

CREATE FUNCTION backlog.statuses_follow_in_events()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t_id bigint;
BEGIN
    -- on Citus the coordinator's placement renames and checks, for every node
    IF backlog.citus_worker_placement(TG_TABLE_NAME) THEN
        IF TG_OP OPERATOR(pg_catalog.=) 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NULL;
    END IF;
    IF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' THEN
        UPDATE backlog.tickets t SET status = NEW.status
         WHERE t.status OPERATOR(pg_catalog.=) OLD.status;
        UPDATE backlog.ticket_events e SET value = NEW.status
         WHERE e.kind OPERATOR(pg_catalog.=) 'status' AND e.value OPERATOR(pg_catalog.=) OLD.status;
        RETURN NULL;
    END IF;
    SELECT t.id INTO t_id FROM backlog.tickets t WHERE t.status OPERATOR(pg_catalog.=) OLD.status
     ORDER BY t.id LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'status "%" is still the status of ticket %', OLD.status, t_id
              USING ERRCODE = 'foreign_key_violation',
                    HINT = 'Move the tickets in this status to another one first, or rename the status instead.';
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
  'Trigger: carries a status rename into backlog.tickets and backlog.ticket_events, and refuses to delete a status that a ticket or the history names.';

CREATE TRIGGER statuses_rename_in_events AFTER UPDATE OF status ON backlog.statuses
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION backlog.statuses_follow_in_events();
CREATE TRIGGER statuses_keep_history BEFORE DELETE ON backlog.statuses
    FOR EACH ROW EXECUTE FUNCTION backlog.statuses_follow_in_events();

-- The drop guard also watches DROP OWNED.
DROP EVENT TRIGGER backlog_drop_guard;
CREATE EVENT TRIGGER backlog_drop_guard ON ddl_command_start
    WHEN TAG IN ('DROP EXTENSION', 'DROP SCHEMA', 'DROP OWNED')
    EXECUTE FUNCTION backlog.drop_guard();
-- Enabled ALWAYS: it fires in sessions with session_replication_role = replica too, where event
-- triggers in the default (origin) mode do not fire.
ALTER EVENT TRIGGER backlog_drop_guard ENABLE ALWAYS;
COMMENT ON FUNCTION backlog.drop_guard() IS
  'Event trigger: refuses DROP EXTENSION backlog, DROP SCHEMA backlog and DROP OWNED BY its owner while the ticket store holds rows, unless backlog.allow_drop is on.';

-- Calendars: a policy names one with working time.
CREATE FUNCTION backlog.calendar_has_work(cal backlog.calendar)
RETURNS boolean
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_calendar_has_work';
COMMENT ON FUNCTION backlog.calendar_has_work(backlog.calendar) IS
  'True when some weekday of cal has working hours (an SLA policy can only use such a calendar).';

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

-- pg_dump registration of the seeded tables by the new rule (src/store.sql, calendar.sql, sla.sql).
SELECT pg_catalog.pg_extension_config_dump('backlog.statuses',
    'WHERE NOT backlog.is_seed_key(''statuses'', pg_catalog.to_jsonb(statuses))');
SELECT pg_catalog.pg_extension_config_dump('backlog.calendars',
    'WHERE NOT backlog.is_seed_key(''calendars'', pg_catalog.to_jsonb(calendars))');
SELECT pg_catalog.pg_extension_config_dump('backlog.sla_policies',
    'WHERE NOT backlog.is_seed_key(''sla_policies'', pg_catalog.to_jsonb(sla_policies))');

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
    UPDATE backlog.tickets t SET merged_into = NULL
     WHERE t.merged_into OPERATOR(pg_catalog.=) OLD.id;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.tickets_after_delete() IS
  'Trigger: when a ticket is deleted, its events go with it and the tickets merged into it get merged_into = NULL.';

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

-- src/restore.sql without the scoring tables (src/updates/0.1--0.2/90-restore-score.sql adds them).
-- The key columns of each seeded table: a seed row and a user's row with the same key are the
-- same row (the user's edit of that seed).
CREATE FUNCTION backlog.seed_key_columns(table_name text)
RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE table_name
             WHEN 'statuses' THEN '{status}'::text[]
             WHEN 'calendars' THEN '{name}'::text[]
             WHEN 'sla_policies' THEN '{metric,priority,account_tier}'::text[]
             WHEN 'duplicate_terms' THEN '{kind,phrase}'::text[]
             WHEN 'duplicate_intents' THEN '{intent,phrase}'::text[]
           END
$$;
COMMENT ON FUNCTION backlog.seed_key_columns(text) IS
  'The key columns of a seeded table (statuses, calendars, sla_policies, duplicate_terms, duplicate_intents, score_factors, score_tiers, priority_matrix, score_rules, score_account_tiers); NULL for any other name.';

CREATE FUNCTION backlog.seed_key(table_name text, r jsonb)
RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT pg_catalog.jsonb_object_agg(k, coalesce(r OPERATOR(pg_catalog.->) k, 'null'::jsonb))
      FROM pg_catalog.unnest(backlog.seed_key_columns(table_name)) k
$$;
COMMENT ON FUNCTION backlog.seed_key(text, jsonb) IS
  'The key of a row of a seeded table (the row as jsonb), as a jsonb object of its key columns.';

-- A row as compared and recorded: its stored columns (generated ones are left out), as jsonb.
-- STABLE: intervals print by IntervalStyle (the functions that store rows pin it).
CREATE FUNCTION backlog.seed_row(table_name text, r jsonb)
RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT pg_catalog.jsonb_object_agg(a.attname, coalesce(r OPERATOR(pg_catalog.->) a.attname::text, 'null'::jsonb))
      FROM pg_catalog.pg_attribute a
     WHERE a.attrelid OPERATOR(pg_catalog.=) pg_catalog.to_regclass('backlog.' OPERATOR(pg_catalog.||) pg_catalog.quote_ident(table_name))
       AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped AND a.attgenerated OPERATOR(pg_catalog.=) ''
$$;
COMMENT ON FUNCTION backlog.seed_row(text, jsonb) IS
  'A row of a seeded table as backlog.seed_changes records it: its stored (not generated) columns as jsonb.';

-- Every table's seeds, as CREATE EXTENSION installs them.
CREATE FUNCTION backlog.seed_rows(table_name text)
RETURNS TABLE (seed_key jsonb, seed_row jsonb)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT backlog.seed_key(table_name, r.j), backlog.seed_row(table_name, r.j)
      FROM (SELECT pg_catalog.to_jsonb(s) FROM backlog.status_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'statuses'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.calendar_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'calendars'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.sla_policy_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'sla_policies'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.duplicate_term_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'duplicate_terms'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.duplicate_intent_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'duplicate_intents') r(j)
$$;
COMMENT ON FUNCTION backlog.seed_rows(text) IS
  'The seed rows of a seeded table as CREATE EXTENSION installs them: key and row as jsonb.';

CREATE FUNCTION backlog.is_seed_key(table_name text, r jsonb)
RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT EXISTS (SELECT 1 FROM backlog.seed_rows(table_name) s
                    WHERE s.seed_key OPERATOR(pg_catalog.=) backlog.seed_key(table_name, r))
$$;
COMMENT ON FUNCTION backlog.is_seed_key(text, jsonb) IS
  'True when a row (as jsonb) of a seeded table has the key of a seed row; pg_dump leaves such rows to backlog.seed_changes.';

-- ---------------------------------------------------------------------------------------------
-- The record of changed seeds
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.seed_changes (
    table_name   text NOT NULL CHECK (backlog.seed_key_columns(table_name) IS NOT NULL),
    seed_key     jsonb NOT NULL,
    current_row  jsonb,
    PRIMARY KEY (table_name, seed_key)
);
COMMENT ON TABLE backlog.seed_changes IS
  'Seed rows of the configuration tables (store, calendars, SLA policies, duplicate vocabularies, scoring) that differ from what CREATE EXTENSION installs: edited (current_row) or deleted (NULL). Kept by triggers; pg_dump dumps it whole and loading it makes the seed rows what it records. Do not edit by hand.';
COMMENT ON COLUMN backlog.seed_changes.table_name IS 'The seeded table: statuses, calendars, sla_policies, duplicate_terms, duplicate_intents, score_factors, score_tiers, priority_matrix, score_rules or score_account_tiers.';
COMMENT ON COLUMN backlog.seed_changes.seed_key IS 'The seed row''s key columns as jsonb, e.g. {"status": "pending"}.';
COMMENT ON COLUMN backlog.seed_changes.current_row IS 'The row with that key as it is now (stored columns as jsonb), or NULL when it was deleted.';

SELECT pg_catalog.pg_extension_config_dump('backlog.seed_changes', '');

-- The row of a seeded table with this key, or NULL (read with dynamic SQL: one function serves
-- every seeded table).
CREATE FUNCTION backlog.seed_current_row(table_name text, k jsonb)
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
SET intervalstyle = postgres
AS $$
DECLARE
    r jsonb;
BEGIN
    EXECUTE format('SELECT backlog.seed_row(%L, pg_catalog.to_jsonb(t)) FROM backlog.%I t'
                   ' WHERE backlog.seed_key(%L, pg_catalog.to_jsonb(t)) OPERATOR(pg_catalog.=) $1',
                   table_name, table_name, table_name)
       INTO r USING k;
    RETURN r;
END
$$;
COMMENT ON FUNCTION backlog.seed_current_row(text, jsonb) IS
  'The row of a seeded table with key k, as backlog.seed_changes records it; NULL when there is none.';

-- Brings backlog.seed_changes up to date for one key of one table; writes only on a difference.
CREATE FUNCTION backlog.seed_changes_note(table_name text, k jsonb)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET intervalstyle = postgres
AS $$
DECLARE
    seed jsonb;
    cur jsonb;
    rec record;
BEGIN
    SELECT s.seed_row INTO seed FROM backlog.seed_rows(table_name) s WHERE s.seed_key OPERATOR(pg_catalog.=) k;
    IF NOT FOUND THEN
        RETURN;             -- a user's own row: pg_dump keeps it in its table
    END IF;
    cur := backlog.seed_current_row(table_name, k);
    SELECT c.current_row INTO rec FROM backlog.seed_changes c
     WHERE c.table_name OPERATOR(pg_catalog.=) seed_changes_note.table_name
       AND c.seed_key OPERATOR(pg_catalog.=) k;
    IF cur IS NOT DISTINCT FROM seed THEN
        IF FOUND THEN
            DELETE FROM backlog.seed_changes c
             WHERE c.table_name OPERATOR(pg_catalog.=) seed_changes_note.table_name
               AND c.seed_key OPERATOR(pg_catalog.=) k;
        END IF;
    ELSIF NOT FOUND THEN
        INSERT INTO backlog.seed_changes VALUES (table_name, k, cur);
    ELSIF rec.current_row IS DISTINCT FROM cur THEN
        UPDATE backlog.seed_changes c SET current_row = cur
         WHERE c.table_name OPERATOR(pg_catalog.=) seed_changes_note.table_name
           AND c.seed_key OPERATOR(pg_catalog.=) k;
    END IF;
END
$$;
COMMENT ON FUNCTION backlog.seed_changes_note(text, jsonb) IS
  'Records in backlog.seed_changes how the row with seed key k of a seeded table differs from its seed (nothing when it does not).';

CREATE FUNCTION backlog.seed_changes_track()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP OPERATOR(pg_catalog.<>) 'INSERT' THEN
        PERFORM backlog.seed_changes_note(TG_TABLE_NAME, backlog.seed_key(TG_TABLE_NAME, pg_catalog.to_jsonb(OLD)));
    END IF;
    IF TG_OP OPERATOR(pg_catalog.<>) 'DELETE' THEN
        PERFORM backlog.seed_changes_note(TG_TABLE_NAME, backlog.seed_key(TG_TABLE_NAME, pg_catalog.to_jsonb(NEW)));
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.seed_changes_track() IS
  'Trigger on each seeded table: keeps backlog.seed_changes in step with edits and deletions of seed rows.';

CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.statuses
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();
CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.calendars
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();
CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.sla_policies
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();
CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.duplicate_terms
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();
CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.duplicate_intents
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();

-- Loading a row of backlog.seed_changes (a restore) makes the table hold what it records.
CREATE FUNCTION backlog.seed_changes_apply()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET intervalstyle = postgres
AS $$
DECLARE
    cur jsonb := backlog.seed_current_row(NEW.table_name, NEW.seed_key);
    cols text;
    keys text;
BEGIN
    IF cur IS NOT DISTINCT FROM NEW.current_row THEN
        RETURN NULL;        -- already so: write nothing
    END IF;
    SELECT pg_catalog.string_agg(pg_catalog.quote_ident(k), ', ')
      INTO cols FROM pg_catalog.jsonb_object_keys(NEW.current_row) k;
    keys := format('backlog.seed_key(%L, pg_catalog.to_jsonb(t)) OPERATOR(pg_catalog.=) $1', NEW.table_name);
    IF NEW.current_row IS NULL THEN
        EXECUTE format('DELETE FROM backlog.%I t WHERE %s', NEW.table_name, keys) USING NEW.seed_key;
    ELSIF cur IS NULL THEN
        EXECUTE format('INSERT INTO backlog.%I (%s) SELECT %s FROM pg_catalog.jsonb_populate_record(NULL::backlog.%I, $1)',
                       NEW.table_name, cols, cols, NEW.table_name) USING NEW.current_row;
    ELSE
        EXECUTE format('UPDATE backlog.%I t SET (%s) = (SELECT %s FROM pg_catalog.jsonb_populate_record(NULL::backlog.%I, $2)) WHERE %s',
                       NEW.table_name, cols, cols, NEW.table_name, keys) USING NEW.seed_key, NEW.current_row;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.seed_changes_apply() IS
  'Trigger: a row loaded into backlog.seed_changes (by a restore) updates, inserts or deletes the seed row it describes, unless the table already holds that state.';

CREATE TRIGGER seed_changes_apply AFTER INSERT OR UPDATE ON backlog.seed_changes
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_apply();

-- A restore may load tickets before the statuses they name (pg_restore orders the tables by the
-- foreign keys among them, and -j loads them side by side): a ticket whose status is not there
-- yet is fingerprinted as closed. When the status arrives, its tickets' open flags are set. In
-- any other INSERT of a status no ticket has it yet (tickets.status is checked), so this writes
-- nothing.
CREATE FUNCTION backlog.statuses_open_waiting_tickets()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    UPDATE backlog.ticket_fingerprints f SET open = true
      FROM backlog.tickets t
     WHERE t.status OPERATOR(pg_catalog.=) NEW.status AND t.merged_into IS NULL
       AND f.ticket_id OPERATOR(pg_catalog.=) t.id AND NOT f.open;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.statuses_open_waiting_tickets() IS
  'Trigger: an added open status marks the fingerprints of the tickets already in it open (tickets a restore loaded before their status).';

CREATE TRIGGER statuses_open_waiting_tickets AFTER INSERT ON backlog.statuses
    FOR EACH ROW WHEN (NEW.is_open) EXECUTE FUNCTION backlog.statuses_open_waiting_tickets();

-- The duplicate vocabularies are registered by src/fingerprint.sql; dump them the same way.
SELECT pg_catalog.pg_extension_config_dump('backlog.duplicate_terms',
    'WHERE NOT backlog.is_seed_key(''duplicate_terms'', pg_catalog.to_jsonb(duplicate_terms))');
SELECT pg_catalog.pg_extension_config_dump('backlog.duplicate_intents',
    'WHERE NOT backlog.is_seed_key(''duplicate_intents'', pg_catalog.to_jsonb(duplicate_intents))');

-- ---------------------------------------------------------------------------------------------
-- The integrity check
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.check_integrity()
RETURNS TABLE (problem text, table_name text, row_key text, detail text)
LANGUAGE sql STABLE
AS $$
    SELECT x.problem, x.table_name, x.row_key, x.detail FROM (
        SELECT 'unknown status'::text AS problem, 'tickets'::text AS table_name, t.id::text AS row_key,
               pg_catalog.format('ticket %s has status %L, which backlog.statuses does not hold', t.id, t.status) AS detail
          FROM backlog.tickets t
         WHERE NOT EXISTS (SELECT 1 FROM backlog.statuses s WHERE s.status OPERATOR(pg_catalog.=) t.status)
        UNION ALL
        SELECT 'missing merge target', 'tickets', t.id::text,
               pg_catalog.format('ticket %s is merged into ticket %s, which does not exist', t.id, t.merged_into)
          FROM backlog.tickets t
         WHERE t.merged_into IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM backlog.tickets m WHERE m.id OPERATOR(pg_catalog.=) t.merged_into)
        UNION ALL
        SELECT 'missing ticket', 'ticket_events', e.ticket_id::text,
               pg_catalog.format('events of ticket %s, which does not exist', e.ticket_id)
          FROM (SELECT DISTINCT x.ticket_id FROM backlog.ticket_events x
                 WHERE NOT EXISTS (SELECT 1 FROM backlog.tickets t WHERE t.id OPERATOR(pg_catalog.=) x.ticket_id)) e
        UNION ALL
        SELECT 'unknown status', 'ticket_events', e.ticket_id::text,
               pg_catalog.format('a status event of ticket %s names %L, which backlog.statuses does not hold', e.ticket_id, e.value)
          FROM backlog.ticket_events e
         WHERE e.kind OPERATOR(pg_catalog.=) 'status'
           AND NOT EXISTS (SELECT 1 FROM backlog.statuses s WHERE s.status OPERATOR(pg_catalog.=) e.value)
        UNION ALL
        SELECT CASE WHEN c.name IS NULL THEN 'missing calendar'
                    WHEN NOT backlog.calendar_has_work(c.calendar) THEN 'calendar without working time'
                    ELSE 'target out of reach' END,
               'sla_policies', pg_catalog.concat_ws('/', p.metric, coalesce(p.priority, 'any'), coalesce(p.account_tier, 'any')),
               pg_catalog.format('SLA policy (%s, %s, %s) names calendar %L, which %s', p.metric,
                                 coalesce(p.priority, 'any priority'), coalesce(p.account_tier, 'any tier'), p.calendar,
                                 CASE WHEN c.name IS NULL THEN 'does not exist'
                                      WHEN NOT backlog.calendar_has_work(c.calendar) THEN 'has no working time'
                                      ELSE pg_catalog.format('does not reach the target %s within 50 years', p.target) END)
          FROM backlog.sla_policies p
          LEFT JOIN backlog.calendars c ON c.name OPERATOR(pg_catalog.=) p.calendar
         WHERE c.name IS NULL OR NOT backlog.sla_target_reachable(c.calendar, p.target)
        UNION ALL
        SELECT 'stale fingerprint', 'ticket_fingerprints', t.id::text,
               pg_catalog.format('ticket %s has no fingerprint or a wrong open flag; run backlog.refresh_fingerprints()', t.id)
          FROM backlog.tickets t
          LEFT JOIN backlog.ticket_fingerprints f ON f.ticket_id OPERATOR(pg_catalog.=) t.id
         WHERE f.ticket_id IS NULL OR f.open IS DISTINCT FROM backlog.ticket_is_open(t.status, t.merged_into)
        UNION ALL
        SELECT 'seed change not applied', 'seed_changes', pg_catalog.concat_ws(' ', c.table_name, c.seed_key::text),
               pg_catalog.format('backlog.%s does not hold the row backlog.seed_changes records for %s', c.table_name, c.seed_key)
          FROM backlog.seed_changes c
         WHERE backlog.seed_current_row(c.table_name, c.seed_key) IS DISTINCT FROM c.current_row
    ) x
    ORDER BY x.table_name, x.problem, x.row_key
$$;
COMMENT ON FUNCTION backlog.check_integrity() IS
  'Lists what the store''s row checks would have refused, for use after a restore or a COPY (which they do not check): tickets or status events naming an unknown status, events of missing tickets, merges into missing tickets, SLA policies naming a missing calendar, one without working time or one that does not reach their target, stale fingerprints, seed changes not applied. No rows: all is well.';

-- pg_dump registration of the seeded tables by the new rule (src/store.sql, calendar.sql, sla.sql).
SELECT pg_catalog.pg_extension_config_dump('backlog.statuses',
    'WHERE NOT backlog.is_seed_key(''statuses'', pg_catalog.to_jsonb(statuses))');
SELECT pg_catalog.pg_extension_config_dump('backlog.calendars',
    'WHERE NOT backlog.is_seed_key(''calendars'', pg_catalog.to_jsonb(calendars))');
SELECT pg_catalog.pg_extension_config_dump('backlog.sla_policies',
    'WHERE NOT backlog.is_seed_key(''sla_policies'', pg_catalog.to_jsonb(sla_policies))');

-- What 0.1 left edited or deleted among the seeds is recorded now, so the next dump keeps it.
SELECT backlog.seed_changes_note(t.n, s.seed_key)
  FROM pg_catalog.unnest('{statuses,calendars,sla_policies,duplicate_terms,duplicate_intents}'::text[]) t(n),
       LATERAL backlog.seed_rows(t.n) s;

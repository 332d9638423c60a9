-- 0.1 -> 0.2: each ticket's own calendar for its SLA clocks (src/sla.sql). Added before the
-- views of 30-views.sql and 40-score.sql, which read the columns of backlog.tickets, so that
-- they list it as a fresh install's do.
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

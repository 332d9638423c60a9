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
    -- A load that writes the history itself (a sync) turns recording off for its statements.
    IF pg_catalog.current_setting('backlog.record_status', true) OPERATOR(pg_catalog.=) ANY ('{off,false,no,0}'::text[]) THEN
        RETURN NULL;
    END IF;
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

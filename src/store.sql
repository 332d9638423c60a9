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

-- pg_dump support for the seeded tables (which rows are dumped, how edited and deleted seeds
-- come back) is in src/restore.sql; README "Dump and restore".
SELECT pg_catalog.pg_extension_config_dump('backlog.statuses',
    'WHERE NOT backlog.is_seed_key(''statuses'', pg_catalog.to_jsonb(statuses))');

-- backlog.bulk_loading(): true while the statement is a COPY (a restore or a bulk load).
CREATE FUNCTION backlog.bulk_loading()
RETURNS boolean
LANGUAGE c VOLATILE PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'backlog_bulk_loading';
COMMENT ON FUNCTION backlog.bulk_loading() IS
  'True while the current statement is a COPY: the row checks that look into another table (statuses, merge targets, calendars) skip COPY, whose tables a restore loads in no fixed order; backlog.check_integrity() checks afterwards.';

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
    status             text NOT NULL DEFAULT 'new',
    assignee           text,
    team               text,
    created_at         timestamptz NOT NULL,
    first_response_at  timestamptz,
    solved_at          timestamptz,
    updated_at         timestamptz,
    tags               text[],
    merged_into        bigint,
    CONSTRAINT tickets_not_merged_into_self CHECK (merged_into <> id),
    CONSTRAINT tickets_created_at_finite CHECK (pg_catalog.isfinite(created_at)),
    -- Times a helpdesk can have written: 1970 to 2100. Business time is computed over at most
    -- 100 years, so one ticket from 1926 would otherwise stop ticket_sla for every ticket.
    CONSTRAINT tickets_times_in_range CHECK (
        created_at >= '1970-01-01 00:00+00' AND created_at < '2100-01-01 00:00+00'
        AND (first_response_at >= '1970-01-01 00:00+00' AND first_response_at < '2100-01-01 00:00+00')
        AND (solved_at >= '1970-01-01 00:00+00' AND solved_at < '2100-01-01 00:00+00')
        AND (updated_at >= '1970-01-01 00:00+00' AND updated_at < '2100-01-01 00:00+00'))
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
COMMENT ON COLUMN backlog.tickets.status IS 'Current status, one of backlog.statuses (checked by a trigger; renaming a status renames it here); changing it records a status event.';
COMMENT ON COLUMN backlog.tickets.assignee IS 'Agent the ticket is assigned to; NULL when unowned.';
COMMENT ON COLUMN backlog.tickets.team IS 'Team (group) the ticket belongs to.';
COMMENT ON COLUMN backlog.tickets.created_at IS 'When the ticket was created.';
COMMENT ON COLUMN backlog.tickets.first_response_at IS 'First public agent reply, if any.';
COMMENT ON COLUMN backlog.tickets.solved_at IS 'Last time the ticket was solved, if it is solved.';
COMMENT ON COLUMN backlog.tickets.updated_at IS 'Last update; a status change takes its time from here when the same UPDATE sets it.';
COMMENT ON COLUMN backlog.tickets.tags IS 'Tags.';
COMMENT ON COLUMN backlog.tickets.merged_into IS 'Ticket this one was merged into as a duplicate (checked by a trigger; set to NULL when that ticket is deleted).';

CREATE TABLE backlog.ticket_events (
    ticket_id  bigint NOT NULL,
    at         timestamptz NOT NULL CHECK (pg_catalog.isfinite(at))
               CONSTRAINT ticket_events_at_in_range
               CHECK (at >= '1970-01-01 00:00+00' AND at < '2100-01-01 00:00+00'),
    kind       text NOT NULL
               CHECK (kind IN ('status', 'agent_reply', 'customer_reply', 'assign', 'priority', 'merge',
                                 'escalation')),
    value      text,
    CONSTRAINT ticket_events_status_value CHECK (kind <> 'status' OR value IS NOT NULL),
    CONSTRAINT ticket_events_priority_value
        CHECK (kind <> 'priority' OR value IN ('urgent', 'high', 'normal', 'low'))
);

CREATE INDEX ticket_events_ticket_at_idx ON backlog.ticket_events (ticket_id, at);

COMMENT ON TABLE backlog.ticket_events IS
  'Ticket history, one row per event. Status changes of backlog.tickets are recorded here by a trigger.';
COMMENT ON COLUMN backlog.ticket_events.ticket_id IS 'The ticket (checked by a trigger; deleting the ticket deletes its events).';
COMMENT ON COLUMN backlog.ticket_events.at IS 'When it happened.';
COMMENT ON COLUMN backlog.ticket_events.kind IS 'status, agent_reply, customer_reply, assign, priority, merge or escalation (made by backlog.run_escalations).';
COMMENT ON COLUMN backlog.ticket_events.value IS 'New status, assignee, priority or merge target, or the escalation rule; NULL for replies.';

-- The store's references are checked by row triggers rather than foreign keys: tickets.status
-- names a row of backlog.statuses, merged_into another ticket, an event a ticket and a status
-- event a status. A
-- foreign key would make the order in which a restore loads the tables matter (pg_restore -j
-- loads them side by side), and a distributed store cannot hold these keys. COPY is not checked
-- (backlog.bulk_loading()); backlog.check_integrity() lists what a restore or bulk load left
-- unresolved.
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

-- Deleting a ticket deletes its events and unmerges the tickets merged into it (what ON DELETE
-- CASCADE and ON DELETE SET NULL did).
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

-- Every change of tickets.status is recorded as a status event, so history is never lost.
--
-- The order of status events is the order of the changes. An UPDATE that sets updated_at to a
-- time of its own (a sync replaying the helpdesk's times) is stamped with that time. Any other
-- change (updated_at untouched, or set to now()) is stamped with clock_timestamp() at the
-- change, not with the transaction's start time, and at least one microsecond after the
-- ticket's latest status event: changes of one ticket hold its row lock until they commit, so
-- the one that commits later is stamped later, and the history ends in the current status.
-- The first change of a ticket with no status history also records the status it had from
-- created_at on.
-- Only UPDATE fires it: an INSERT is not a change, and restoring a pg_dump (which inserts the
-- tickets and then their recorded events) must not invent history.
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

-- Renaming a status renames it in the tickets and in the recorded history; deleting a status
-- that a ticket or the history still names is refused.
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
  'Event trigger: refuses DROP EXTENSION backlog, DROP SCHEMA backlog and DROP OWNED BY its owner while the ticket store holds rows, unless backlog.allow_drop is on.';

CREATE EVENT TRIGGER backlog_drop_guard ON ddl_command_start
    WHEN TAG IN ('DROP EXTENSION', 'DROP SCHEMA', 'DROP OWNED')
    EXECUTE FUNCTION backlog.drop_guard();
-- Enabled ALWAYS: it fires in sessions with session_replication_role = replica too, where event
-- triggers in the default (origin) mode do not fire.
ALTER EVENT TRIGGER backlog_drop_guard ENABLE ALWAYS;

-- Flow over trailing windows (SPEC §7): which tickets were open when (backlog.open_spans), the
-- flow aggregate and its state type, backlog.flow_at and backlog.flow. C: src/flow.c (pure core)
-- and src/flow_fmgr.c (glue).
--
-- Open at an instant. A ticket is open at T when it exists (created_at <= T) and its status at T
-- is open (backlog.statuses.is_open). Its status at T is the value of its latest status event at
-- or before T; before its first status event it is 'new'. A ticket without status events has had
-- its current status since created_at, except that a closed one with solved_at was open from
-- created_at until solved_at (a store loaded from an export without history). The latest status
-- event of a ticket is taken to agree with tickets.status: the store's trigger keeps them in step.
-- Of several status events at one instant, the one naming the ticket's current status counts
-- last, the others in the order of their names.


-- The time zone of a calendar: the first clause of its canonical text form.
CREATE FUNCTION backlog.calendar_zone(cal backlog.calendar)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT pg_catalog.split_part(cal::text, ';', 1) $$;
COMMENT ON FUNCTION backlog.calendar_zone(backlog.calendar) IS
  'The IANA time zone of a calendar (e.g. America/New_York).';

-- Local midnight of as_of in the zone of the calendar named 'default' (UTC without one).
CREATE FUNCTION backlog.local_midnight(as_of timestamptz)
RETURNS timestamptz
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
    SELECT pg_catalog.timezone(z.zone, pg_catalog.date_trunc('day', pg_catalog.timezone(z.zone, as_of)))
      FROM (SELECT coalesce((SELECT backlog.calendar_zone(c.calendar) FROM backlog.calendars c
                              WHERE c.name OPERATOR(pg_catalog.=) 'default'), 'UTC') AS zone) z
$$;
COMMENT ON FUNCTION backlog.local_midnight(timestamptz) IS
  'The start of the local day of as_of in the time zone of the calendar named default (UTC when there is none): where created_today and solved_today of backlog.health start counting.';

-- Status events are looked up by time (which tickets moved after an instant: an index-only scan,
-- the ticket ids ride in the index) and tickets by their solve time (which were solved in a window).
CREATE INDEX ticket_events_status_at_idx ON backlog.ticket_events (at) INCLUDE (ticket_id) WHERE kind = 'status';
CREATE INDEX tickets_solved_at_idx ON backlog.tickets (solved_at) WHERE solved_at IS NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- Stretches of open time, replayed and stored.
--
-- A ticket's stretches depend only on its status events, its created_at, its current status
-- (the tie-break at one instant) and which statuses are open. backlog.ticket_spans keeps them for
-- the tickets with status history, as backlog.ticket_clocks keeps clocks: every write that could
-- change a ticket's stretches deletes its rows (row triggers, under COPY too), a change to the
-- statuses deletes them all, and what is missing is replayed at query time and stored again by
-- backlog.refresh_ticket_spans() (which the snapshot and escalation jobs run). A cache that is
-- never wrong: a stale row cannot survive a write, an empty table only makes queries slower.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.ticket_spans (
    ticket_id   bigint NOT NULL,
    opened_at   timestamptz NOT NULL,
    closed_at   timestamptz,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (ticket_id, opened_at)
);
COMMENT ON TABLE backlog.ticket_spans IS
  'The stretches [opened_at, closed_at) during which each ticket with status history was open (closed_at NULL: open still), replayed from its whole history by backlog.refresh_ticket_spans(); backlog.open_spans reads them instead of replaying. Derived data: a write to a ticket''s status, created_at or status events deletes its rows, a change to statuses deletes all; not dumped (a restore starts it empty).';
COMMENT ON COLUMN backlog.ticket_spans.ticket_id IS 'The ticket.';
COMMENT ON COLUMN backlog.ticket_spans.opened_at IS 'When the stretch began: the ticket entered an open status (or was created in one).';
COMMENT ON COLUMN backlog.ticket_spans.closed_at IS 'When the stretch ended (the ticket entered a closed status); NULL while it goes on.';
COMMENT ON COLUMN backlog.ticket_spans.created_at IS 'The ticket''s created_at (its age is counted from it).';

-- What the stored stretches cover. After backlog.refresh_ticket_spans(since), every ticket whose
-- status changed after since has its stretches stored, or had them deleted by a later write and is
-- listed in backlog.ticket_spans_forgotten; backlog.ticket_spans_cover keeps that since. For a
-- window that starts at or after it, backlog.open_spans reads the stored stretches by their
-- closing time and replays only the forgotten tickets, instead of finding every ticket that moved
-- in the window among the status events. Without a row (nothing refreshed yet, a change to the
-- statuses, a truncated store, Citus) it finds the moved tickets as before.
CREATE INDEX ticket_spans_closed_at_idx ON backlog.ticket_spans (closed_at);
CREATE TABLE backlog.ticket_spans_cover (
    one    boolean PRIMARY KEY DEFAULT true CHECK (one),
    covered_since  timestamptz NOT NULL
);
COMMENT ON TABLE backlog.ticket_spans_cover IS
  'One row, or none: the instant since which backlog.ticket_spans holds the stretches of every ticket whose status changed, except those listed in backlog.ticket_spans_forgotten. Written by backlog.refresh_ticket_spans(), emptied when every stored stretch is forgotten; not dumped.';
COMMENT ON COLUMN backlog.ticket_spans_cover.one IS 'Always true: the table has at most one row.';
COMMENT ON COLUMN backlog.ticket_spans_cover.covered_since IS 'The since of the last backlog.refresh_ticket_spans(since).';
CREATE TABLE backlog.ticket_spans_forgotten (
    ticket_id  bigint PRIMARY KEY
);
COMMENT ON TABLE backlog.ticket_spans_forgotten IS
  'The tickets whose stored stretches a write deleted since the last backlog.refresh_ticket_spans() (recorded only while backlog.ticket_spans_cover has its row); backlog.open_spans replays them. Emptied by the refresh; not dumped.';
COMMENT ON COLUMN backlog.ticket_spans_forgotten.ticket_id IS 'The ticket.';

-- Stretches deleted or truncated by hand (after a load with session_replication_role = replica,
-- say) leave tickets neither stored nor listed: the cover goes. Not when the forgetting trigger
-- deletes them (it lists the ticket), hence the depth: a statement run from a trigger is nested.
CREATE FUNCTION backlog.ticket_spans_uncover()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- (on a Citus shard there is no cover to drop)
    IF TG_TABLE_NAME OPERATOR(pg_catalog.~) '_[0-9]+$' THEN
        RETURN NULL;
    END IF;
    DELETE FROM backlog.ticket_spans_cover;
    DELETE FROM backlog.ticket_spans_forgotten;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.ticket_spans_uncover() IS
  'Statement trigger on backlog.ticket_spans: a DELETE or TRUNCATE not run by another trigger empties backlog.ticket_spans_cover (the stored stretches no longer cover any instant until the next refresh).';
CREATE TRIGGER ticket_spans_uncover AFTER DELETE ON backlog.ticket_spans
    FOR EACH STATEMENT WHEN (pg_catalog.pg_trigger_depth() OPERATOR(pg_catalog.<) 1)
    EXECUTE FUNCTION backlog.ticket_spans_uncover();
CREATE TRIGGER ticket_spans_uncover_truncate AFTER TRUNCATE ON backlog.ticket_spans
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.ticket_spans_uncover();

-- Every non-empty stretch of the given tickets, from their whole status history: 'new' at
-- created_at, then each status event (never before created_at); at one instant the event naming
-- the current status counts last, the others in the order of their names. The tickets by primary
-- key and their events by one index range each, never a scan of the store.
CREATE FUNCTION backlog.spans_of(ids bigint[])
RETURNS TABLE (ticket_id bigint, created_at timestamptz, opened_at timestamptz, closed_at timestamptz)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
WITH moved AS MATERIALIZED (
    SELECT t.id, t.created_at, t.status
      FROM backlog.tickets t
     WHERE t.id OPERATOR(pg_catalog.=) ANY (ids)
), step AS (
    SELECT t.id, t.created_at, t.created_at AS at, 0 AS ord, 'new'::text AS value,
           coalesce((SELECT st.is_open FROM backlog.statuses st WHERE st.status OPERATOR(pg_catalog.=) 'new'), true) AS is_open
      FROM moved t
    UNION ALL
    -- one index range per ticket (OFFSET 0), then the statuses, hashed once
    SELECT t.id, t.created_at, greatest(e.at, t.created_at),
           CASE WHEN e.value OPERATOR(pg_catalog.=) t.status THEN 2 ELSE 1 END, e.value, st.is_open
      FROM moved t
     CROSS JOIN LATERAL (
            SELECT e.at, e.value
              FROM backlog.ticket_events e
             WHERE e.ticket_id OPERATOR(pg_catalog.=) t.id AND e.kind OPERATOR(pg_catalog.=) 'status'
            OFFSET 0) e
      JOIN backlog.statuses st ON st.status OPERATOR(pg_catalog.=) e.value
), edge AS (
    -- the steps where openness changes (a ticket's first step counts when it is open)
    SELECT x.id, x.created_at, x.at, x.ord, x.value, x.is_open
      FROM (SELECT st.*, pg_catalog.lag(st.is_open) OVER w AS was_open
              FROM step st
            WINDOW w AS (PARTITION BY st.id ORDER BY st.at, st.ord, st.value COLLATE "C")) x
     WHERE x.is_open IS DISTINCT FROM coalesce(x.was_open, false)
), span AS (
    SELECT g.id, g.created_at, g.at AS opened_at,
           pg_catalog.lead(g.at) OVER (PARTITION BY g.id ORDER BY g.at, g.ord, g.value COLLATE "C") AS closed_at, g.is_open
      FROM edge g
)
SELECT sp.id, sp.created_at, sp.opened_at, sp.closed_at
  FROM span sp
 WHERE sp.is_open AND (sp.closed_at IS NULL OR sp.closed_at OPERATOR(pg_catalog.>) sp.opened_at)
$$;
COMMENT ON FUNCTION backlog.spans_of(bigint[]) IS
  'Every non-empty stretch of open time of the given tickets, replayed from their whole status history (what backlog.ticket_spans stores).';

-- A write that can change a ticket's stretches forgets them: a status event written, changed or
-- deleted, or the ticket's status, created_at or id changed, or the ticket deleted.
CREATE TRIGGER ticket_spans_forget_insert AFTER INSERT ON backlog.ticket_events
    FOR EACH ROW WHEN (NEW.kind = 'status') EXECUTE FUNCTION backlog.forget_derived('ticket_spans', 'ticket_id');
CREATE TRIGGER ticket_spans_forget_update AFTER UPDATE ON backlog.ticket_events
    FOR EACH ROW WHEN (OLD.kind = 'status' OR NEW.kind = 'status') EXECUTE FUNCTION backlog.forget_derived('ticket_spans', 'ticket_id');
CREATE TRIGGER ticket_spans_forget_delete AFTER DELETE ON backlog.ticket_events
    FOR EACH ROW WHEN (OLD.kind = 'status') EXECUTE FUNCTION backlog.forget_derived('ticket_spans', 'ticket_id');
CREATE TRIGGER ticket_spans_forget_update AFTER UPDATE ON backlog.tickets
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.created_at IS DISTINCT FROM NEW.created_at
                       OR OLD.id IS DISTINCT FROM NEW.id)
    EXECUTE FUNCTION backlog.forget_derived('ticket_spans', 'id');
CREATE TRIGGER ticket_spans_forget_delete AFTER DELETE ON backlog.tickets
    FOR EACH ROW EXECUTE FUNCTION backlog.forget_derived('ticket_spans', 'id');

CREATE TRIGGER ticket_spans_forget_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON backlog.statuses
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_spans');
CREATE TRIGGER ticket_spans_forget_truncate AFTER TRUNCATE ON backlog.ticket_events
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_spans');
CREATE TRIGGER ticket_spans_forget_truncate AFTER TRUNCATE ON backlog.tickets
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_spans');

-- Stores the stretches of the tickets whose status changed after "since" (default: the last 35
-- days, past the longest window the views and the snapshot read) and that have none stored, and
-- records that the stored stretches cover since. Locks the table against the forgetting triggers
-- while it reads: a write committed meanwhile would otherwise leave stretches replayed before it
-- (or a ticket neither stored nor listed as forgotten).
CREATE FUNCTION backlog.refresh_ticket_spans(since timestamptz DEFAULT pg_catalog.now() OPERATOR(pg_catalog.-) interval '35 days')
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n bigint;
BEGIN
    IF since IS NULL OR NOT pg_catalog.isfinite(since) THEN
        RAISE EXCEPTION 'since must be a finite timestamp, not %', coalesce(since::text, 'NULL')
              USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Under REPEATABLE READ the snapshot may predate a write committed before the lock below:
    -- stretches replayed from it would be stale. Nothing is stored then (an empty cache is
    -- only slower).
    IF pg_catalog.current_setting('transaction_isolation') OPERATOR(pg_catalog.<>) 'read committed' THEN
        RAISE DEBUG 'backlog.refresh_ticket_spans runs under READ COMMITTED only; nothing was refreshed';
        RETURN 0;
    END IF;
    LOCK TABLE backlog.ticket_spans IN SHARE ROW EXCLUSIVE MODE;
    INSERT INTO backlog.ticket_spans (ticket_id, opened_at, closed_at, created_at)
    SELECT s.ticket_id, s.opened_at, s.closed_at, s.created_at
      FROM backlog.spans_of(ARRAY(
            SELECT m.ticket_id
              FROM (SELECT DISTINCT e.ticket_id FROM backlog.ticket_events e
                     WHERE e.kind OPERATOR(pg_catalog.=) 'status' AND e.at OPERATOR(pg_catalog.>) since) m
             WHERE NOT EXISTS (SELECT 1 FROM backlog.ticket_spans k
                                WHERE k.ticket_id OPERATOR(pg_catalog.=) m.ticket_id))) s
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    -- Every ticket that moved after since now has its stretches stored (or has none), so the
    -- stored ones cover since; a forgotten ticket that did not move after since has kept its
    -- status since before it and needs no replay for a window starting there. On Citus the
    -- cover stays off (the forgetting triggers run on the shards, which do not list tickets).
    DELETE FROM backlog.ticket_spans_forgotten;
    DELETE FROM backlog.ticket_spans_cover;
    IF NOT backlog.tickets_distributed() THEN
        INSERT INTO backlog.ticket_spans_cover (covered_since) VALUES (since);
    END IF;
    -- fresh statistics: planned against a table its statistics call empty, the next probes
    -- of it would scan it whole once per ticket (the job's owner may; others skip it)
    IF n > 0 AND pg_catalog.pg_has_role((SELECT c.relowner FROM pg_catalog.pg_class c
                                          WHERE c.oid OPERATOR(pg_catalog.=) 'backlog.ticket_spans'::pg_catalog.regclass), 'USAGE') THEN
        ANALYZE backlog.ticket_spans;
    END IF;
    RETURN n;
END
$$;
COMMENT ON FUNCTION backlog.refresh_ticket_spans(timestamptz) IS
  'Replays and stores in backlog.ticket_spans the stretches of open time of the tickets whose status changed after since (default: the last 35 days) and that have none stored, then records that they cover since (backlog.ticket_spans_cover; not on Citus) and empties backlog.ticket_spans_forgotten; returns the number of stretches stored. Under REPEATABLE READ or SERIALIZABLE it does nothing and returns 0. take_snapshot and run_escalations run it first; run it after loading data.';

-- Every stretch of time [opened_at, closed_at) during which a ticket was open, for the stretches
-- still open at or after "since" (closed_at NULL: open until now). One row per stretch; a
-- reopened ticket has several. opened_at is exact when it is after since; a stretch already open
-- at since may show an earlier opened_at than its real one (open at since is all the callers
-- read of it). Two ways to the same answer: when the stored stretches cover since
-- (backlog.ticket_spans_cover), by their closing time (backlog.open_spans_by_close); otherwise by
-- finding the tickets that moved after since (backlog.open_spans_by_moves). The condition is a
-- one-time filter: only one of the two runs.
CREATE FUNCTION backlog.open_spans(since timestamptz)
RETURNS TABLE (ticket_id bigint, created_at timestamptz, opened_at timestamptz, closed_at timestamptz)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
SELECT s.ticket_id, s.created_at, s.opened_at, s.closed_at
  FROM backlog.open_spans_by_close(since) s
 WHERE EXISTS (SELECT 1 FROM backlog.ticket_spans_cover c WHERE c.covered_since OPERATOR(pg_catalog.<=) open_spans.since)
UNION ALL
SELECT s.ticket_id, s.created_at, s.opened_at, s.closed_at
  FROM backlog.open_spans_by_moves(since) s
 WHERE NOT EXISTS (SELECT 1 FROM backlog.ticket_spans_cover c WHERE c.covered_since OPERATOR(pg_catalog.<=) open_spans.since)
$$;
COMMENT ON FUNCTION backlog.open_spans(timestamptz) IS
  'The stretches [opened_at, closed_at) during which tickets were open (closed_at NULL: still open), for every stretch not closed before since; reopens give a ticket several stretches. A ticket is open at T >= since when one of its stretches has opened_at <= T < closed_at (opened_at is exact after since; a stretch open at since may show an earlier one).';

-- open_spans by closing time, for a since that backlog.ticket_spans_cover covers. Every ticket
-- that moved after since then has its stretches stored or is listed as forgotten, so:
--   - the stored stretches closed after since or open still (ticket_spans_closed_at_idx);
--   - the forgotten tickets with status history, replayed;
--   - an open ticket with neither an open stored stretch nor a replay has kept its status since
--     before since (or has no history): one row [created_at, NULL);
--   - a closed ticket without status history solved after since: [created_at, solved_at).
-- The last two are anti joins against the rows above, so that only the tickets left over are
-- probed for status history one by one.
CREATE FUNCTION backlog.open_spans_by_close(since timestamptz)
RETURNS TABLE (ticket_id bigint, created_at timestamptz, opened_at timestamptz, closed_at timestamptz)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
-- JIT would compile for longer than the query runs: the planner overrates the history replay
SET jit = off
AS $$
WITH stored AS MATERIALIZED (
    SELECT k.ticket_id, k.created_at, k.opened_at, k.closed_at
      FROM backlog.ticket_spans k
     WHERE k.closed_at OPERATOR(pg_catalog.>) since
    UNION ALL
    SELECT k.ticket_id, k.created_at, k.opened_at, k.closed_at
      FROM backlog.ticket_spans k
     WHERE k.closed_at IS NULL
), replayed AS MATERIALIZED (
    SELECT f.ticket_id AS id
      FROM backlog.ticket_spans_forgotten f
     WHERE EXISTS (SELECT 1 FROM backlog.ticket_events e
                    WHERE e.ticket_id OPERATOR(pg_catalog.=) f.ticket_id AND e.kind OPERATOR(pg_catalog.=) 'status'
                   OFFSET 0)
), solved AS MATERIALIZED (
    -- the closed tickets solved after since that neither way above gives, before they are
    -- probed for status history (as one query the planner would probe all of them first)
    SELECT t.id, t.created_at, t.solved_at
      FROM backlog.tickets t
     WHERE t.solved_at OPERATOR(pg_catalog.>) since
       AND t.solved_at OPERATOR(pg_catalog.<=) 'infinity'
       -- closed now (a filter, not a scan of the status index over every closed ticket)
       AND (SELECT NOT s.is_open FROM backlog.statuses s WHERE s.status OPERATOR(pg_catalog.=) t.status)
       AND t.solved_at OPERATOR(pg_catalog.>) t.created_at
       AND NOT EXISTS (SELECT 1 FROM stored k WHERE k.ticket_id OPERATOR(pg_catalog.=) t.id)
       AND NOT EXISTS (SELECT 1 FROM replayed f WHERE f.id OPERATOR(pg_catalog.=) t.id)
)
SELECT k.ticket_id, k.created_at, k.opened_at, k.closed_at
  FROM stored k
UNION ALL
SELECT r.ticket_id, r.created_at, r.opened_at, r.closed_at
  FROM backlog.spans_of(ARRAY(SELECT f.id FROM replayed f)) r
 WHERE r.closed_at IS NULL OR r.closed_at OPERATOR(pg_catalog.>) since
UNION ALL
SELECT t.id, t.created_at, t.created_at, NULL
  FROM backlog.statuses s
 CROSS JOIN LATERAL (SELECT t.id, t.created_at FROM backlog.tickets t
                      WHERE t.status OPERATOR(pg_catalog.=) s.status OFFSET 0) t
 WHERE s.is_open
   AND NOT EXISTS (SELECT 1 FROM stored k
                    WHERE k.ticket_id OPERATOR(pg_catalog.=) t.id AND k.closed_at IS NULL)
   AND NOT EXISTS (SELECT 1 FROM replayed f WHERE f.id OPERATOR(pg_catalog.=) t.id)
UNION ALL
SELECT t.id, t.created_at, t.created_at, t.solved_at
  FROM solved t
 WHERE NOT EXISTS (SELECT 1 FROM backlog.ticket_events e
                    WHERE e.ticket_id OPERATOR(pg_catalog.=) t.id AND e.kind OPERATOR(pg_catalog.=) 'status'
                   OFFSET 0)
$$;
COMMENT ON FUNCTION backlog.open_spans_by_close(timestamptz) IS
  'backlog.open_spans read from the stored stretches by their closing time, with the forgotten tickets replayed; right only for a since that backlog.ticket_spans_cover covers (what open_spans runs then).';

-- open_spans for any since, through the tickets that moved after it. Only tickets whose status
-- changed after "since" need their history: their stored stretches, or a replay of those not
-- stored; every other ticket's status has been
-- its current one since then, so a currently open ticket gives one row [created_at, NULL) and a
-- closed one gives none, except a ticket without status history solved after "since". Open
-- tickets are found status by status (tickets_status_idx: the planner cannot know which statuses
-- are open, and would read every ticket), moved ones left out by a hashed NOT IN.
CREATE FUNCTION backlog.open_spans_by_moves(since timestamptz)
RETURNS TABLE (ticket_id bigint, created_at timestamptz, opened_at timestamptz, closed_at timestamptz)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
-- JIT would compile for longer than the query runs: the planner overrates the history replay
SET jit = off
AS $$
WITH moved AS MATERIALIZED (
    SELECT DISTINCT e.ticket_id AS id FROM backlog.ticket_events e
     WHERE e.kind OPERATOR(pg_catalog.=) 'status' AND e.at OPERATOR(pg_catalog.>) since
), stored AS MATERIALIZED (
    -- by primary key, never a scan of every stored stretch (the generic plan would hash them all)
    SELECT k.ticket_id, k.created_at, k.opened_at, k.closed_at
      FROM backlog.ticket_spans k
     WHERE k.ticket_id OPERATOR(pg_catalog.=) ANY (ARRAY(SELECT m.id FROM moved m))
)
SELECT k.ticket_id, k.created_at, k.opened_at, k.closed_at
  FROM stored k
 WHERE k.closed_at IS NULL OR k.closed_at OPERATOR(pg_catalog.>) since
UNION ALL
SELECT r.ticket_id, r.created_at, r.opened_at, r.closed_at
  FROM backlog.spans_of(ARRAY(SELECT m.id FROM moved m
                               WHERE m.id NOT IN (SELECT k.ticket_id FROM stored k))) r
 WHERE r.closed_at IS NULL OR r.closed_at OPERATOR(pg_catalog.>) since
UNION ALL
SELECT t.id, t.created_at, t.created_at, NULL
  FROM backlog.statuses s
 CROSS JOIN LATERAL (SELECT t.id, t.created_at FROM backlog.tickets t
                      WHERE t.status OPERATOR(pg_catalog.=) s.status OFFSET 0) t
 WHERE s.is_open
   AND t.id NOT IN (SELECT m.id FROM moved m)
UNION ALL
SELECT t.id, t.created_at, t.created_at, t.solved_at
  FROM backlog.tickets t
 WHERE t.solved_at OPERATOR(pg_catalog.>) since
   -- closed now (a filter, not a scan of the status index over every closed ticket)
   AND (SELECT NOT s.is_open FROM backlog.statuses s WHERE s.status OPERATOR(pg_catalog.=) t.status)
   AND t.solved_at OPERATOR(pg_catalog.>) t.created_at
   -- a ticket with status history that moved since "since" has one; the others are probed one
   -- by one (OFFSET 0 keeps the probe from becoming a hash of every status event)
   AND t.id NOT IN (SELECT m.id FROM moved m)
   AND NOT EXISTS (SELECT 1 FROM backlog.ticket_events e
                    WHERE e.ticket_id OPERATOR(pg_catalog.=) t.id AND e.kind OPERATOR(pg_catalog.=) 'status'
                   OFFSET 0)
$$;
COMMENT ON FUNCTION backlog.open_spans_by_moves(timestamptz) IS
  'backlog.open_spans found through the tickets whose status changed after since (any since; what open_spans runs when the stored stretches do not cover since).';

-- The tickets open at as_of, with their creation time.
CREATE FUNCTION backlog.open_at(as_of timestamptz)
RETURNS TABLE (ticket_id bigint, created_at timestamptz)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
    SELECT s.ticket_id, s.created_at
      FROM backlog.open_spans(as_of) s
     WHERE s.opened_at OPERATOR(pg_catalog.<=) as_of
       AND (s.closed_at IS NULL OR s.closed_at OPERATOR(pg_catalog.>) as_of)
$$;
COMMENT ON FUNCTION backlog.open_at(timestamptz) IS
  'The tickets open at as_of (in an open status then, from the status history) and their created_at.';

-- ---------------------------------------------------------------------------------------------
-- The state type: counts per window, shippable as text (Citus) and binary (COPY, replication).
-- ---------------------------------------------------------------------------------------------
CREATE TYPE backlog.flow_state;

CREATE FUNCTION backlog.flow_state_in(cstring)
RETURNS backlog.flow_state
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_flow_state_in';
COMMENT ON FUNCTION backlog.flow_state_in(cstring) IS
  'Input function of backlog.flow_state: reads "flow v1 as_of=<microseconds since 2000-01-01 UTC> windows=... created=... solved=... open_start=... open_end=...", checking every field.';

CREATE FUNCTION backlog.flow_state_out(backlog.flow_state)
RETURNS cstring
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_flow_state_out';
COMMENT ON FUNCTION backlog.flow_state_out(backlog.flow_state) IS
  'Output function of backlog.flow_state: the canonical text form.';

CREATE FUNCTION backlog.flow_state_recv(internal)
RETURNS backlog.flow_state
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_flow_state_recv';
COMMENT ON FUNCTION backlog.flow_state_recv(internal) IS
  'Binary input function of backlog.flow_state: the versioned binary form, every field checked.';

CREATE FUNCTION backlog.flow_state_send(backlog.flow_state)
RETURNS bytea
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_flow_state_send';
COMMENT ON FUNCTION backlog.flow_state_send(backlog.flow_state) IS
  'Binary output function of backlog.flow_state: the versioned binary form.';

-- PLAIN storage and double alignment: the state is read in place as a C struct of int64s.
CREATE TYPE backlog.flow_state (
    INPUT = backlog.flow_state_in,
    OUTPUT = backlog.flow_state_out,
    RECEIVE = backlog.flow_state_recv,
    SEND = backlog.flow_state_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE backlog.flow_state IS
  'Partial state of backlog.flow_agg: for each trailing window ending at as_of, tickets created, solved and open at its start, and tickets open at as_of. Read by backlog.flow_rows; states of the same as_of and windows add up.';

CREATE FUNCTION backlog.flow_state(as_of timestamptz, windows integer[])
RETURNS backlog.flow_state
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_flow_state_new';
COMMENT ON FUNCTION backlog.flow_state(timestamptz, integer[]) IS
  'The empty flow state for as_of and windows (days, 1 to 36600, at most 64): what backlog.flow_agg gives over no rows.';

-- ---------------------------------------------------------------------------------------------
-- The aggregate
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.flow_trans(state backlog.flow_state, as_of timestamptz, windows integer[],
                                   created_at timestamptz, solved_at timestamptz,
                                   opened_at timestamptz, closed_at timestamptz)
RETURNS backlog.flow_state
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_flow_trans';
COMMENT ON FUNCTION backlog.flow_trans(backlog.flow_state, timestamptz, integer[], timestamptz, timestamptz, timestamptz, timestamptz) IS
  'Transition function of backlog.flow_agg: counts one row in every window.';

CREATE FUNCTION backlog.flow_combine(a backlog.flow_state, b backlog.flow_state)
RETURNS backlog.flow_state
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_flow_combine';
COMMENT ON FUNCTION backlog.flow_combine(backlog.flow_state, backlog.flow_state) IS
  'Combine function of backlog.flow_agg: adds two partial states of the same as_of and windows.';

CREATE AGGREGATE backlog.flow_agg(as_of timestamptz, windows integer[],
                                  created_at timestamptz, solved_at timestamptz,
                                  opened_at timestamptz, closed_at timestamptz) (
    SFUNC = backlog.flow_trans,
    STYPE = backlog.flow_state,
    COMBINEFUNC = backlog.flow_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE backlog.flow_agg(timestamptz, integer[], timestamptz, timestamptz, timestamptz, timestamptz) IS
  'Flow over several trailing windows (as_of - N x 24 h, as_of] in one pass; as_of and windows are the same on every row. A row counts as created and solved in each window holding created_at and solved_at (NULL: not counted), and as open at each window''s start and at as_of when its stretch [opened_at, closed_at) holds them (closed_at NULL: still open). NULL over no rows.';

CREATE FUNCTION backlog.flow_rows(state backlog.flow_state)
RETURNS TABLE (
    window_days         integer,
    created             bigint,
    solved              bigint,
    net                 bigint,
    solved_per_created  double precision,
    open_at_start       bigint,
    open_at_end         bigint,
    growth              double precision,
    days_to_clear       double precision)
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE ROWS 3
AS 'MODULE_PATHNAME', 'backlog_flow_rows';
COMMENT ON FUNCTION backlog.flow_rows(backlog.flow_state) IS
  'The figures of a flow state, one row per window in the order given (the columns of backlog.flow).';

-- ---------------------------------------------------------------------------------------------
-- flow_at and flow
-- ---------------------------------------------------------------------------------------------
-- One scan of the tickets created or solved since the longest window began (two index ranges)
-- and of the open stretches that reach into it, into one aggregate.
CREATE FUNCTION backlog.flow_at(as_of timestamptz, windows integer[] DEFAULT '{1,7,28}')
RETURNS TABLE (
    window_days         integer,
    created             bigint,
    solved              bigint,
    net                 bigint,
    solved_per_created  double precision,
    open_at_start       bigint,
    open_at_end         bigint,
    growth              double precision,
    days_to_clear       double precision)
LANGUAGE sql STABLE STRICT PARALLEL SAFE ROWS 3
SET jit = off
AS $$
    SELECT r.*
      FROM (SELECT as_of OPERATOR(pg_catalog.-)
                   (interval '24 hours' OPERATOR(pg_catalog.*) pg_catalog.max(w)) AS since
              FROM pg_catalog.unnest(windows) w
             WHERE w OPERATOR(pg_catalog.>) 0 AND w OPERATOR(pg_catalog.<=) 36600) b
     CROSS JOIN LATERAL backlog.flow_rows(coalesce(
            (SELECT backlog.flow_agg(as_of, windows, x.created_at, x.solved_at, x.opened_at, x.closed_at)
               FROM (SELECT t.created_at, t.solved_at, NULL::timestamptz AS opened_at, NULL::timestamptz AS closed_at
                       FROM backlog.tickets t
                      WHERE (t.created_at OPERATOR(pg_catalog.>) b.since AND t.created_at OPERATOR(pg_catalog.<=) as_of)
                         OR (t.solved_at OPERATOR(pg_catalog.>) b.since AND t.solved_at OPERATOR(pg_catalog.<=) as_of)
                     UNION ALL
                     SELECT NULL, NULL, s.opened_at, s.closed_at
                       FROM backlog.open_spans(b.since) s) x),
            backlog.flow_state(as_of, windows))) r
$$;
COMMENT ON FUNCTION backlog.flow_at(timestamptz, integer[]) IS
  'backlog.flow as of an instant and for any windows (days, 1 to 36600, at most 64): one row per window, in the order given.';

CREATE VIEW backlog.flow AS
SELECT * FROM backlog.flow_at(pg_catalog.now());
COMMENT ON VIEW backlog.flow IS
  'Inflow against outflow over the trailing 1, 7 and 28 days (windows of 24-hour days ending now): is the team resolving more than it receives? One row per window.';
COMMENT ON COLUMN backlog.flow.window_days IS 'Length of the window in days of 24 hours, ending now.';
COMMENT ON COLUMN backlog.flow.created IS 'Tickets created in the window.';
COMMENT ON COLUMN backlog.flow.solved IS 'Tickets whose solved_at (their last solve) lies in the window.';
COMMENT ON COLUMN backlog.flow.net IS 'created - solved: above 0 the backlog grew.';
COMMENT ON COLUMN backlog.flow.solved_per_created IS 'solved / created: above 1 the team resolves more than it receives. NULL when nothing was created.';
COMMENT ON COLUMN backlog.flow.open_at_start IS 'Tickets open when the window began, from the status history (a reopened ticket counts while reopened).';
COMMENT ON COLUMN backlog.flow.open_at_end IS 'Tickets open now, from the status history.';
COMMENT ON COLUMN backlog.flow.growth IS 'open_at_end / open_at_start - 1 (0.1 = 10% more open work). NULL when nothing was open at the start.';
COMMENT ON COLUMN backlog.flow.days_to_clear IS 'Days until the backlog is empty at the window''s net outflow: open_at_end / ((solved - created) / window_days). NULL when the backlog is not shrinking.';

-- Each ticket's SLA clocks (SPEC §2): backlog.ticket_sla_at and backlog.ticket_sla, and the
-- clocks stored beside each ticket (backlog.ticket_clocks) so that reading them now does not
-- replay every open ticket's history in every query.
--
-- Also run as part of the 0.1 -> 0.2 upgrade (src/updates/0.1--0.2/26-clocks.sql links here):
-- ticket_sla_at keeps its signature and ticket_sla its columns, so both are replaced in place.
--
-- How a clock is measured. A ticket's clocks depend on its events up to the instant measured,
-- its current priority, tier, status and calendar, and the configuration (statuses, calendars,
-- SLA policies). Once collected (backlog.sla_clock_collect over its events, at the instant of its
-- last input), a clock can be measured at any later instant by backlog.sla_clock_measure: the
-- same C code the aggregate's final function runs, over the same events, so the result is the
-- same as a replay. backlog.ticket_clocks keeps the collected clocks of the open and recently
-- solved tickets; every write that could change them deletes the ticket's rows (row triggers
-- below, also under COPY), and changing the configuration deletes them all. What is missing is
-- replayed at query time, exactly as before, and collected again by
-- backlog.refresh_ticket_clocks() (which the snapshot and escalation jobs run first, and which
-- anyone may run after loading data). So the table is a cache that is never wrong: stale rows
-- cannot survive a write, and an empty table only makes queries slower.

-- ---------------------------------------------------------------------------------------------
-- The policy matrix. (0.1's view had no _hours columns: the upgrade drops it; nothing of 0.1
-- depends on it, as function bodies record no dependency.)
-- ---------------------------------------------------------------------------------------------
DROP VIEW IF EXISTS backlog.sla_policy_matrix;
-- The policy that applies to each (metric, priority, account tier), by the precedence of backlog.sla_policies.
-- A NULL priority or tier in a row of this view stands for "any other" (a ticket whose priority is
-- NULL, or whose tier no policy names).
CREATE VIEW backlog.sla_policy_matrix AS
SELECT m.metric, pr.priority, ti.account_tier,
       best.target, pg_catalog.date_part('epoch', best.target) OPERATOR(pg_catalog./) 3600 AS target_hours,
       best.calendar,
       best.warn_before, pg_catalog.date_part('epoch', best.warn_before) OPERATOR(pg_catalog./) 3600 AS warn_before_hours
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
COMMENT ON COLUMN backlog.sla_policy_matrix.target_hours IS 'target in hours.';
COMMENT ON COLUMN backlog.sla_policy_matrix.warn_before_hours IS 'warn_before in hours.';

-- ---------------------------------------------------------------------------------------------
-- Collected clocks.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.sla_clock_measure(clock backlog.sla_clock_state, as_of timestamptz)
RETURNS backlog.sla_result
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_sla_clock_measure';
COMMENT ON FUNCTION backlog.sla_clock_measure(backlog.sla_clock_state, timestamptz) IS
  'A clock collected by backlog.sla_clock_collect, measured up to as_of (at or after the instant it was collected at): the result backlog.sla_clock over the same events would give at as_of.';

CREATE AGGREGATE backlog.sla_clock_collect(cal backlog.calendar, target interval, at timestamptz, clock text, as_of timestamptz) (
    SFUNC = backlog.sla_clock_trans,
    STYPE = backlog.sla_clock_state,
    SSPACE = 256,
    COMBINEFUNC = backlog.sla_clock_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE backlog.sla_clock_collect(backlog.calendar, interval, timestamptz, text, timestamptz) IS
  'The events of one SLA clock collected up to as_of, unmeasured: backlog.sla_clock_measure(state, t) for any t >= as_of gives what backlog.sla_clock(cal, target, at, clock, t) gives over the same rows.';

CREATE TABLE backlog.ticket_clocks (
    ticket_id     bigint NOT NULL,
    metric        text NOT NULL,
    priority      text,
    account_tier  text,
    target        interval NOT NULL,
    calendar      text NOT NULL,
    warn_before   interval NOT NULL,
    valid_from    timestamptz NOT NULL,
    created_at    timestamptz NOT NULL,
    solved_at     timestamptz,
    is_open       boolean NOT NULL,
    clock         backlog.sla_clock_state NOT NULL,
    PRIMARY KEY (ticket_id, metric)
);
COMMENT ON TABLE backlog.ticket_clocks IS
  'The SLA clocks of open and recently solved tickets, collected at each ticket''s last input (valid_from) by backlog.refresh_ticket_clocks(); backlog.ticket_sla_at measures them instead of replaying the ticket''s history. Derived data: a write to a ticket or its events deletes its rows, a change to statuses, calendars or policies deletes all; not dumped (a restore starts it empty).';
COMMENT ON COLUMN backlog.ticket_clocks.ticket_id IS 'The ticket (backlog.tickets.id).';
COMMENT ON COLUMN backlog.ticket_clocks.metric IS 'first_response, next_reply or resolution.';
COMMENT ON COLUMN backlog.ticket_clocks.priority IS 'The ticket''s priority when collected.';
COMMENT ON COLUMN backlog.ticket_clocks.account_tier IS 'The ticket''s account tier when collected.';
COMMENT ON COLUMN backlog.ticket_clocks.target IS 'Target of the policy applied.';
COMMENT ON COLUMN backlog.ticket_clocks.calendar IS 'Name of the calendar the clock runs on.';
COMMENT ON COLUMN backlog.ticket_clocks.warn_before IS 'warn_before of the policy applied.';
COMMENT ON COLUMN backlog.ticket_clocks.valid_from IS 'The instant collected at: the ticket''s last input (created_at, first_response_at, latest status or reply event); the clock can be measured at this instant or later.';
COMMENT ON COLUMN backlog.ticket_clocks.created_at IS 'The ticket''s created_at.';
COMMENT ON COLUMN backlog.ticket_clocks.solved_at IS 'The ticket''s solved_at when collected.';
COMMENT ON COLUMN backlog.ticket_clocks.is_open IS 'Whether the ticket''s status was open when collected.';
COMMENT ON COLUMN backlog.ticket_clocks.clock IS 'The collected clock (backlog.sla_clock_collect), for backlog.sla_clock_measure.';

-- The row trigger that forgets a ticket's cached rows (backlog.ticket_clocks here; the stored
-- stretches and score history of src/flow.sql and src/score.sql use it too): C, with one saved
-- DELETE per cache, since it runs for every row written to the store (src/derived_fmgr.c).
CREATE FUNCTION backlog.forget_derived()
RETURNS trigger
LANGUAGE c
AS 'MODULE_PATHNAME', 'backlog_forget_derived';
COMMENT ON FUNCTION backlog.forget_derived() IS
  'Row trigger (AFTER, FOR EACH ROW) with a cache table (ticket_clocks, ticket_spans, ticket_activity or ticket_scores) and one to four ticket id columns of the table it is on: deletes the cache rows of the tickets the changed row names, before and after the change (ticket_scores: sets their bounds unknown; a column written +id also adds the ticket''s row on INSERT and UPDATE).';

-- A write that can change a ticket's clocks forgets them. Under COPY too (a restore or bulk
-- load into a store with clocks must not leave stale ones); one index probe per row.
CREATE TRIGGER ticket_clocks_forget AFTER INSERT OR UPDATE OR DELETE ON backlog.ticket_events
    FOR EACH ROW EXECUTE FUNCTION backlog.forget_derived('ticket_clocks', 'ticket_id');
CREATE TRIGGER ticket_clocks_forget AFTER UPDATE OR DELETE ON backlog.tickets
    FOR EACH ROW EXECUTE FUNCTION backlog.forget_derived('ticket_clocks', 'id');

-- Whether backlog.distribute() has made the tickets a Citus distributed table.
CREATE FUNCTION backlog.tickets_distributed()
RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- (pg_dist_partition exists only with Citus: the query is planned only when it does)
    IF pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NULL THEN
        RETURN false;
    END IF;
    RETURN EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition p
                    WHERE p.logicalrelid OPERATOR(pg_catalog.=) 'backlog.tickets'::pg_catalog.regclass);
END
$$;
COMMENT ON FUNCTION backlog.tickets_distributed() IS
  'True when backlog.tickets is a Citus distributed table (backlog.distribute() has run): the caches that need a trigger on the coordinator stay off then.';

-- The configuration every clock depends on (and TRUNCATE of the store, which row triggers miss).
CREATE FUNCTION backlog.forget_derived_all()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_NARGS OPERATOR(pg_catalog.<>) 1
       OR TG_ARGV[0] OPERATOR(pg_catalog.<>) ALL ('{ticket_clocks,ticket_spans,ticket_activity,ticket_scores}'::text[]) THEN
        RAISE EXCEPTION 'backlog.forget_derived_all takes one cache table: ticket_clocks, ticket_spans, ticket_activity or ticket_scores'
              USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- On Citus it fires on every placement of a reference table (statuses, calendars, policies),
    -- on every node, and the deletes from every node at once deadlock: only the placement on
    -- the coordinator forgets. (A TRUNCATE of tickets or ticket_events fires it on the
    -- coordinator's own table too, so the workers' shards skip it.)
    IF backlog.citus_worker_placement(TG_TABLE_NAME) THEN
        RETURN NULL;
    END IF;
    IF TG_ARGV[0] OPERATOR(pg_catalog.=) 'ticket_scores' THEN
        -- (on Citus the bounds stay off: no window ever opens there)
        IF backlog.tickets_distributed() THEN
            RETURN NULL;
        END IF;
        -- the score bounds all go at once: their window closes. The lock waits for a refresh
        -- under way (backlog.refresh_ticket_scores holds SHARE UPDATE EXCLUSIVE from its start),
        -- which read the old configuration, and not for writers of tickets (ROW EXCLUSIVE): a
        -- restore's COPY of statuses would otherwise wait for the COPY of tickets beside it.
        LOCK TABLE backlog.ticket_scores IN SHARE UPDATE EXCLUSIVE MODE;
        DELETE FROM backlog.ticket_scores_window;
        RETURN NULL;
    END IF;
    EXECUTE pg_catalog.format('DELETE FROM backlog.%I', TG_ARGV[0]);
    IF TG_ARGV[0] OPERATOR(pg_catalog.=) 'ticket_spans' THEN
        -- nothing stored covers anything now (src/flow.sql)
        DELETE FROM backlog.ticket_spans_cover;
        DELETE FROM backlog.ticket_spans_forgotten;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.forget_derived_all() IS
  'Statement trigger with one argument, a cache table (ticket_clocks, ticket_spans, ticket_activity or ticket_scores): deletes every row of it (for ticket_scores: closes the window of its bounds), when the configuration its rows depend on changes or the store is truncated.';

CREATE TRIGGER ticket_clocks_forget_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON backlog.statuses
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_clocks');
CREATE TRIGGER ticket_clocks_forget_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON backlog.calendars
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_clocks');
CREATE TRIGGER ticket_clocks_forget_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON backlog.sla_policies
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_clocks');
CREATE TRIGGER ticket_clocks_forget_truncate AFTER TRUNCATE ON backlog.ticket_events
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_clocks');
CREATE TRIGGER ticket_clocks_forget_truncate AFTER TRUNCATE ON backlog.tickets
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_clocks');

-- ---------------------------------------------------------------------------------------------
-- Replaying the clocks.
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
-- Only the tickets in scope are read: the open ones status by status, the recently solved ones
-- by solve time, never the whole store. Each brings its events by one range of the (ticket_id,
-- at) index, plus two synthetic rows (created_at, first_response_at); a window over each ticket
-- adds the facts the rules need (first status event, last agent and customer reply) and one
-- grouped aggregate per metric collects its clock with FILTER. Policies are numbered; rows carry
-- only the numbers, and calendars and targets come from arrays built once per query, so no
-- calendar value travels with every event.
--
-- collect false: the tickets in scope at as_of that ticket_clocks does not serve, collected at
-- as_of. collect true: the tickets in scope at as_of without any collected clock, each collected
-- at its own last input (what refresh_ticket_clocks stores).
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.sla_clocks_collect(as_of timestamptz, recent interval, collect boolean)
RETURNS TABLE (
    ticket_id     bigint,
    metric        text,
    priority      text,
    account_tier  text,
    target        interval,
    calendar      text,
    warn_before   interval,
    valid_from    timestamptz,
    created_at    timestamptz,
    solved_at     timestamptz,
    is_open       boolean,
    clock         backlog.sla_clock_state)
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
), calendar_array AS (
    -- calendars tickets name themselves (tickets.calendar), by number
    SELECT pg_catalog.array_agg(c.name ORDER BY c.name) AS name,
           pg_catalog.array_agg(c.calendar ORDER BY c.name) AS cal
      FROM backlog.calendars c
), status_array AS (
    SELECT pg_catalog.array_agg(s.status) AS status, pg_catalog.array_agg(s.clock) AS clock,
           pg_catalog.min(s.clock) FILTER (WHERE s.status OPERATOR(pg_catalog.=) 'new') AS new_clock
      FROM backlog.statuses s
), ticket AS (
    -- open (by current status: found status by status through tickets_status_idx) or solved
    -- within "recent" (through tickets_solved_at_idx), with a policy for some metric. Both reach
    -- their index whatever the planner guesses of as_of: at 1 million tickets and 1% open this
    -- reads 1% of the store, not all of it. The subquery is not fenced (no OFFSET 0), so that a
    -- condition on the ticket from the caller (backlog.queue_stream's batches of ids, through
    -- score_inputs_at) reaches tickets_pkey: fenced, a batch of 100 tickets scanned every open
    -- ticket (6.6 s at a million open, 18 ms unfenced).
    SELECT t.id, t.priority, t.account_tier, t.created_at, t.first_response_at, t.solved_at,
           cs.is_open, cs.clock AS current_clock, pk.first_response_n, pk.next_reply_n, pk.resolution_n,
           pg_catalog.array_position((SELECT ca.name FROM calendar_array ca), t.calendar) AS ci,
           -- the instant the clocks are measured at: as_of, or when collecting, the ticket's
           -- last input (so that they can be measured at any later instant)
           CASE WHEN NOT collect THEN as_of
                ELSE greatest(t.created_at, t.first_response_at,
                              (SELECT pg_catalog.max(e.at) FROM backlog.ticket_events e
                                WHERE e.ticket_id OPERATOR(pg_catalog.=) t.id
                                  AND e.kind OPERATOR(pg_catalog.=) ANY ('{status,agent_reply,customer_reply}'::text[])))
           END AS ta
      FROM backlog.statuses cs
     CROSS JOIN LATERAL (
            SELECT t.* FROM backlog.tickets t
             WHERE cs.is_open AND t.status OPERATOR(pg_catalog.=) cs.status
            UNION ALL
            SELECT t.* FROM backlog.tickets t
             WHERE NOT cs.is_open AND t.status OPERATOR(pg_catalog.=) cs.status
               AND t.solved_at OPERATOR(pg_catalog.>=) (as_of OPERATOR(pg_catalog.-) recent)
               -- a bound that drops no row, for the planner: a range with an unknown end is
               -- estimated at 0.5% of the rows (one unknown bound at a third), so the solved
               -- tickets come through tickets_solved_at_idx and not every closed ticket through
               -- tickets_status_idx (at a million tickets and "recent" 0: 200 ms against 1 ms)
               AND t.solved_at OPERATOR(pg_catalog.<=) 'infinity'::timestamptz) t
      JOIN policy_key pk
        ON pk.priority_key OPERATOR(pg_catalog.=) coalesce(t.priority, '')
       AND pk.tier_key OPERATOR(pg_catalog.=)
           CASE WHEN t.account_tier OPERATOR(pg_catalog.=) ANY (SELECT p.account_tier FROM backlog.sla_policies p)
                THEN t.account_tier ELSE '' END
     WHERE t.merged_into IS NULL
       AND t.created_at OPERATOR(pg_catalog.<=) as_of
       -- tickets backlog.ticket_clocks serves are left out: when measuring, those with clocks
       -- collected by as_of; when collecting, those with clocks collected at all
       -- (one primary-key probe per ticket, OFFSET 0: planned as a join, a misestimate of
       -- either side once made it a nested loop over every stored clock per open ticket)
       AND NOT EXISTS (SELECT 1 FROM backlog.ticket_clocks k
                        WHERE k.ticket_id OPERATOR(pg_catalog.=) t.id
                          AND (collect OR k.valid_from OPERATOR(pg_catalog.<=) as_of)
                       OFFSET 0)
), row AS (
    -- a ticket's rows: its creation (kind n), its first_response_at (f) and its events up to
    -- as_of (s status, a agent reply, c customer reply), the events by one index range each
    SELECT t.id, t.priority, t.account_tier, t.first_response_n, t.next_reply_n, t.resolution_n,
           t.ci, t.created_at, t.solved_at, t.is_open, t.ta, x.at, x.kind,
           CASE WHEN x.kind OPERATOR(pg_catalog.=) 'n' THEN t.current_clock
                WHEN x.kind OPERATOR(pg_catalog.=) 's'
                THEN (SELECT sa.clock FROM status_array sa)
                     [pg_catalog.array_position((SELECT sa.status FROM status_array sa), x.value)]
           END AS clock
      FROM ticket t
     CROSS JOIN LATERAL (
            SELECT t.created_at AS at, 'n'::"char" AS kind, NULL::text AS value
            UNION ALL
            SELECT t.first_response_at, 'f'::"char", NULL::text
             WHERE t.first_response_at OPERATOR(pg_catalog.<=) t.ta
            UNION ALL
            SELECT e.at,
                   CASE WHEN e.kind OPERATOR(pg_catalog.=) 'status' THEN 's'
                        WHEN e.kind OPERATOR(pg_catalog.=) 'agent_reply' THEN 'a'
                        ELSE 'c' END::"char",
                   e.value
              FROM backlog.ticket_events e
             WHERE e.ticket_id OPERATOR(pg_catalog.=) t.id
               AND e.kind OPERATOR(pg_catalog.=) ANY ('{status,agent_reply,customer_reply}'::text[])
               AND e.at OPERATOR(pg_catalog.<=) t.ta) x
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
           pg_catalog.min(f.ci) FILTER (WHERE f.kind OPERATOR(pg_catalog.=) 'n') AS ci,
           pg_catalog.min(f.ta) AS ta, pg_catalog.min(f.created_at) AS created_at,
           pg_catalog.min(f.solved_at) AS solved_at, pg_catalog.bool_and(f.is_open) AS is_open,
           -- created_at, then every agent reply and solve (never before created_at) stops it
           backlog.sla_clock_collect(coalesce((SELECT ca.cal FROM calendar_array ca)[f.ci],
                                      (SELECT pa.cal FROM policy_array pa)[f.first_response_n]),
                             (SELECT pa.target FROM policy_array pa)[f.first_response_n],
                             greatest(f.at, f.created_at),
                             CASE WHEN f.kind OPERATOR(pg_catalog.=) 'n' THEN 'running' ELSE 'stopped' END, f.ta)
               FILTER (WHERE f.first_response_n IS NOT NULL
                         AND (f.kind OPERATOR(pg_catalog.=) ANY ('{n,a,f}'::"char"[])
                              OR (f.kind OPERATOR(pg_catalog.=) 's' AND f.clock OPERATOR(pg_catalog.=) 'stopped')))
               AS first_response,
           -- customer replies after the last agent reply run it, solves after it stop it
           backlog.sla_clock_collect(coalesce((SELECT ca.cal FROM calendar_array ca)[f.ci],
                                      (SELECT pa.cal FROM policy_array pa)[f.next_reply_n]),
                             (SELECT pa.target FROM policy_array pa)[f.next_reply_n],
                             f.at,
                             CASE WHEN f.kind OPERATOR(pg_catalog.=) 'c' THEN 'running' ELSE 'stopped' END, f.ta)
               FILTER (WHERE f.next_reply_n IS NOT NULL
                         AND f.at OPERATOR(pg_catalog.>) f.last_reply_at
                         AND f.last_customer_at OPERATOR(pg_catalog.>) f.last_reply_at
                         AND (f.kind OPERATOR(pg_catalog.=) 'c'
                              OR (f.kind OPERATOR(pg_catalog.=) 's' AND f.clock OPERATOR(pg_catalog.=) 'stopped')))
               AS next_reply,
           -- the status history; from created_at in the current status when there is none, in
           -- 'new' when it starts after created_at
           backlog.sla_clock_collect(coalesce((SELECT ca.cal FROM calendar_array ca)[f.ci],
                                      (SELECT pa.cal FROM policy_array pa)[f.resolution_n]),
                             (SELECT pa.target FROM policy_array pa)[f.resolution_n],
                             f.at,
                             CASE WHEN f.kind OPERATOR(pg_catalog.=) 'n' AND f.first_status_at IS NOT NULL
                                  THEN (SELECT sa.new_clock FROM status_array sa)
                                  ELSE f.clock END, f.ta)
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
       coalesce((SELECT ca.name FROM calendar_array ca)[c.ci], (SELECT pa.calendar FROM policy_array pa)[m.n]),
       m.warn_before, c.ta, c.created_at, c.solved_at, c.is_open, m.r
  FROM clock c
 CROSS JOIN LATERAL (VALUES ('first_response'::text, c.first_response, c.first_response_n),
                           ('next_reply', c.next_reply, c.next_reply_n),
                           ('resolution', c.resolution, c.resolution_n)) v(metric, r, n)
 CROSS JOIN LATERAL (SELECT v.metric, v.r, v.n,
                            (SELECT pa.target FROM policy_array pa)[v.n] AS target,
                            (SELECT pa.warn_before FROM policy_array pa)[v.n] AS warn_before) m
 WHERE m.r IS NOT NULL
$$;
COMMENT ON FUNCTION backlog.sla_clocks_collect(timestamptz, interval, boolean) IS
  'The SLA clocks of the open tickets and of those solved within "recent" before as_of, replayed from their history and collected (unmeasured): those backlog.ticket_clocks does not serve at as_of (collect false, collected at as_of), or those it has nothing for (collect true, each collected at its own last input).';

-- A stored clock is measured only where valid_from <= as_of holds (the CASE): the planner orders a
-- scan's conditions as it likes, and Citus's shard query put the measure first, which refuses an
-- instant before the clock was collected.
CREATE OR REPLACE FUNCTION backlog.ticket_sla_at(as_of timestamptz, recent interval DEFAULT interval '30 days')
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
SELECT c.ticket_id, c.metric, c.priority, c.account_tier, c.target, c.calendar, c.warn_before,
       (c.r).state, (c.r).elapsed, (c.r).remaining, (c.r).due_at, (c.r).breached_at,
       (c.r).state OPERATOR(pg_catalog.=) 'running' AND (c.r).remaining OPERATOR(pg_catalog.<=) c.warn_before
  FROM (SELECT k.ticket_id, k.metric, k.priority, k.account_tier, k.target, k.calendar, k.warn_before, m.r
          FROM backlog.ticket_clocks k
          -- measured once per clock (a column of the subquery would be measured once per use)
         CROSS JOIN LATERAL (SELECT CASE WHEN k.valid_from OPERATOR(pg_catalog.<=) as_of
                                         THEN backlog.sla_clock_measure(k.clock, as_of) END AS r
                             OFFSET 0) m
         WHERE k.valid_from OPERATOR(pg_catalog.<=) as_of
           AND k.created_at OPERATOR(pg_catalog.<=) as_of
           AND (k.is_open OR k.solved_at OPERATOR(pg_catalog.>=) (as_of OPERATOR(pg_catalog.-) recent))
        UNION ALL
        SELECT x.ticket_id, x.metric, x.priority, x.account_tier, x.target, x.calendar, x.warn_before,
               backlog.sla_clock_measure(x.clock, as_of)
          FROM backlog.sla_clocks_collect(as_of, recent, false) x) c
 WHERE (c.r).state IS NOT NULL
$$;
COMMENT ON FUNCTION backlog.ticket_sla_at(timestamptz, interval) IS
  'backlog.ticket_sla as of a given instant: the event history up to as_of replayed against the tickets'' current priority, tier and status (or the clocks of backlog.ticket_clocks measured at as_of, which is the same); open tickets and tickets solved within "recent" before as_of.';

-- (0.1's view had no _hours columns: the upgrade drops it, nothing of 0.1 depends on it)
DROP VIEW IF EXISTS backlog.ticket_sla;
CREATE VIEW backlog.ticket_sla AS
SELECT c.ticket_id, c.metric, c.priority, c.account_tier,
       c.target, pg_catalog.date_part('epoch', c.target) OPERATOR(pg_catalog./) 3600 AS target_hours,
       c.calendar,
       c.warn_before, pg_catalog.date_part('epoch', c.warn_before) OPERATOR(pg_catalog./) 3600 AS warn_before_hours,
       c.state,
       c.elapsed, pg_catalog.date_part('epoch', c.elapsed) OPERATOR(pg_catalog./) 3600 AS elapsed_hours,
       c.remaining, pg_catalog.date_part('epoch', c.remaining) OPERATOR(pg_catalog./) 3600 AS remaining_hours,
       c.due_at, c.breached_at, c.at_risk
  FROM backlog.ticket_sla_at(pg_catalog.now()) c;
COMMENT ON VIEW backlog.ticket_sla IS
  'One row per SLA clock of each open ticket and each ticket solved in the last 30 days: metric, the policy applied and the clock''s state now. Metrics without a policy (best effort) and next_reply without an unanswered customer message have no row.';
COMMENT ON COLUMN backlog.ticket_sla.ticket_id IS 'The ticket (backlog.tickets.id).';
COMMENT ON COLUMN backlog.ticket_sla.metric IS 'first_response, next_reply or resolution.';
COMMENT ON COLUMN backlog.ticket_sla.priority IS 'The ticket''s priority, which chose the policy.';
COMMENT ON COLUMN backlog.ticket_sla.account_tier IS 'The ticket''s account tier, which chose the policy.';
COMMENT ON COLUMN backlog.ticket_sla.target IS 'Business time allowed, from backlog.sla_policies.';
COMMENT ON COLUMN backlog.ticket_sla.calendar IS 'Name of the calendar the clock runs on: the ticket''s own (tickets.calendar) or the policy''s.';
COMMENT ON COLUMN backlog.ticket_sla.warn_before IS 'Business time before the target at which a running clock counts as at risk.';
COMMENT ON COLUMN backlog.ticket_sla.state IS 'running, paused, met or breached (see backlog.sla_result).';
COMMENT ON COLUMN backlog.ticket_sla.elapsed IS 'Business time the clock has run.';
COMMENT ON COLUMN backlog.ticket_sla.remaining IS 'target - elapsed; negative once breached.';
COMMENT ON COLUMN backlog.ticket_sla.due_at IS 'When the target is (or was) reached if the clock keeps running; NULL unless running.';
COMMENT ON COLUMN backlog.ticket_sla.breached_at IS 'When elapsed first exceeded the target; NULL if it has not.';
COMMENT ON COLUMN backlog.ticket_sla.at_risk IS 'Running, not yet breached, and no more than warn_before of business time left.';
COMMENT ON COLUMN backlog.ticket_sla.target_hours IS 'target in hours.';
COMMENT ON COLUMN backlog.ticket_sla.warn_before_hours IS 'warn_before in hours.';
COMMENT ON COLUMN backlog.ticket_sla.elapsed_hours IS 'elapsed in hours.';
COMMENT ON COLUMN backlog.ticket_sla.remaining_hours IS 'remaining in hours (negative once breached).';

-- Collects the clocks backlog.ticket_clocks lacks (open tickets and those solved in the last 30
-- days). Locks the table against the forgetting triggers while it reads: a write committed
-- meanwhile would otherwise leave a clock collected before it.
CREATE FUNCTION backlog.refresh_ticket_clocks()
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n bigint;
BEGIN
    -- Under REPEATABLE READ the snapshot may predate a write committed before the lock below,
    -- whose forgetting trigger then found nothing to delete: what this would store from the
    -- older snapshot would outlive the write. Nothing is stored then (an empty cache is only
    -- slower; test/isolation/specs/refresh_rr.spec).
    IF pg_catalog.current_setting('transaction_isolation') OPERATOR(pg_catalog.<>) 'read committed' THEN
        RAISE DEBUG 'backlog.refresh_ticket_clocks runs under READ COMMITTED only; nothing was refreshed';
        RETURN 0;
    END IF;
    LOCK TABLE backlog.ticket_clocks IN SHARE ROW EXCLUSIVE MODE;
    INSERT INTO backlog.ticket_clocks
    SELECT * FROM backlog.sla_clocks_collect(pg_catalog.statement_timestamp(), interval '30 days', true)
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    -- fresh statistics: planned against a table its statistics call empty, the next probes
    -- of it would scan it whole once per ticket (the job's owner may; others skip it)
    IF n > 0 AND pg_catalog.pg_has_role((SELECT c.relowner FROM pg_catalog.pg_class c
                                          WHERE c.oid OPERATOR(pg_catalog.=) 'backlog.ticket_clocks'::pg_catalog.regclass), 'USAGE') THEN
        ANALYZE backlog.ticket_clocks;
    END IF;
    RETURN n;
END
$$;
COMMENT ON FUNCTION backlog.refresh_ticket_clocks() IS
  'Collects and stores in backlog.ticket_clocks the SLA clocks of open and recently solved tickets that have none (after writes, or all of them after a bulk load or a configuration change); returns the number of clocks stored. Under REPEATABLE READ or SERIALIZABLE it does nothing and returns 0. take_snapshot and run_escalations run it first; run it after loading data.';

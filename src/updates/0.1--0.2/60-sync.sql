-- 0.1 -> 0.2: syncing a helpdesk (src/sync.sql), each ticket's own calendar for its SLA clocks
-- (src/sla.sql) and the backlog.record_status setting of the status trigger (src/store.sql).
--
-- The changed function keeps its signature, so they are replaced in place: the view
-- backlog.ticket_sla and the trigger on backlog.tickets keep depending on them (they are
-- members of the extension already; CREATE OR REPLACE cannot capture anything here).

-- (tickets.calendar itself is added by 25-ticket-calendar.sql, before the views that list
-- the columns of tickets.)

-- backlog.tickets_record_status() with the backlog.record_status check is created by
-- 10-store.sql (which also changes how status events are stamped).

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
    -- open or recently solved, with a policy for some metric, in id order
    SELECT t.id, t.priority, t.account_tier, t.created_at, t.first_response_at,
           cs.clock AS current_clock, pk.first_response_n, pk.next_reply_n, pk.resolution_n,
           pg_catalog.array_position((SELECT ca.name FROM calendar_array ca), t.calendar) AS ci
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
           t.ci, t.created_at,
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
           pg_catalog.min(f.ci) FILTER (WHERE f.kind OPERATOR(pg_catalog.=) 'n') AS ci,
           -- created_at, then every agent reply and solve (never before created_at) stops it
           backlog.sla_clock(coalesce((SELECT ca.cal FROM calendar_array ca)[f.ci],
                                      (SELECT pa.cal FROM policy_array pa)[f.first_response_n]),
                             (SELECT pa.target FROM policy_array pa)[f.first_response_n],
                             greatest(f.at, f.created_at),
                             CASE WHEN f.kind OPERATOR(pg_catalog.=) 'n' THEN 'running' ELSE 'stopped' END, as_of)
               FILTER (WHERE f.first_response_n IS NOT NULL
                         AND (f.kind OPERATOR(pg_catalog.=) ANY ('{n,a,f}'::"char"[])
                              OR (f.kind OPERATOR(pg_catalog.=) 's' AND f.clock OPERATOR(pg_catalog.=) 'stopped')))
               AS first_response,
           -- customer replies after the last agent reply run it, solves after it stop it
           backlog.sla_clock(coalesce((SELECT ca.cal FROM calendar_array ca)[f.ci],
                                      (SELECT pa.cal FROM policy_array pa)[f.next_reply_n]),
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
           backlog.sla_clock(coalesce((SELECT ca.cal FROM calendar_array ca)[f.ci],
                                      (SELECT pa.cal FROM policy_array pa)[f.resolution_n]),
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
       coalesce((SELECT ca.name FROM calendar_array ca)[c.ci], (SELECT pa.calendar FROM policy_array pa)[m.n]),
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

COMMENT ON COLUMN backlog.ticket_sla.calendar IS 'Name of the calendar the clock runs on: the ticket''s own (tickets.calendar) or the policy''s.';

-- src/sync.sql itself, all new in 0.2, follows as part 61 (a link to it).

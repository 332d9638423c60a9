-- Views for people and BI tools (SPEC §8): backlog.health and health_at, and the other views of
-- open work. Every view and column carries a COMMENT (pgjdbc returns it as REMARKS, BI tools show
-- it as the field description); every interval column x is followed by x_hours, a double
-- precision number of hours that a chart can plot.
--
-- Open at an instant. A ticket is open at T when it exists (created_at <= T) and its status at T
-- is open (backlog.statuses.is_open). Its status at T is the value of its latest status event at
-- or before T; before its first status event it is 'new'. A ticket without status events has had
-- its current status since created_at, except that a closed one with solved_at was open from
-- created_at until solved_at (a store loaded from an export without history). The latest status
-- event of a ticket is taken to agree with tickets.status: the store's trigger keeps them in step.

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

-- Status events are looked up by time (which tickets moved after an instant) and tickets by
-- their solve time (which were solved in a window).
CREATE INDEX ticket_events_status_at_idx ON backlog.ticket_events (at) WHERE kind = 'status';
CREATE INDEX tickets_solved_at_idx ON backlog.tickets (solved_at) WHERE solved_at IS NOT NULL;

-- Every stretch of time [opened_at, closed_at) during which a ticket was open, for the stretches
-- still open at or after "since" (closed_at NULL: open until now). One row per stretch; a
-- reopened ticket has several. Only tickets whose status changed after "since" have their
-- history replayed (the partial index above finds them); every other ticket's status has been
-- its current one since then, so a currently open ticket gives one row [created_at, NULL) and a
-- closed one gives none, except a ticket without status history solved after "since".
CREATE FUNCTION backlog.open_spans(since timestamptz)
RETURNS TABLE (ticket_id bigint, created_at timestamptz, opened_at timestamptz, closed_at timestamptz)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
WITH moved AS MATERIALIZED (
    SELECT DISTINCT e.ticket_id
      FROM backlog.ticket_events e
     WHERE e.kind OPERATOR(pg_catalog.=) 'status' AND e.at OPERATOR(pg_catalog.>) since
), step AS (
    -- a moved ticket's status steps: 'new' at created_at, then each status event (not before
    -- created_at); at one instant the event naming the current status counts last
    SELECT t.id, t.created_at, s.at, s.ord,
           coalesce((SELECT st.is_open FROM backlog.statuses st WHERE st.status OPERATOR(pg_catalog.=) s.value),
                    true) AS is_open
      FROM moved m
      JOIN backlog.tickets t ON t.id OPERATOR(pg_catalog.=) m.ticket_id
     CROSS JOIN LATERAL (
            SELECT t.created_at AS at, 0 AS ord, 'new'::text AS value
            UNION ALL
            SELECT greatest(e.at, t.created_at),
                   CASE WHEN e.value OPERATOR(pg_catalog.=) t.status THEN 2 ELSE 1 END, e.value
              FROM backlog.ticket_events e
             WHERE e.ticket_id OPERATOR(pg_catalog.=) t.id AND e.kind OPERATOR(pg_catalog.=) 'status') s
), edge AS (
    -- the steps where openness changes (a ticket's first step counts when it is open)
    SELECT x.id, x.created_at, x.at, x.ord, x.is_open
      FROM (SELECT st.*, pg_catalog.lag(st.is_open) OVER w AS was_open
              FROM step st
            WINDOW w AS (PARTITION BY st.id ORDER BY st.at, st.ord)) x
     WHERE x.is_open IS DISTINCT FROM coalesce(x.was_open, false)
), span AS (
    SELECT g.id, g.created_at, g.at AS opened_at,
           pg_catalog.lead(g.at) OVER (PARTITION BY g.id ORDER BY g.at, g.ord) AS closed_at, g.is_open
      FROM edge g
)
SELECT sp.id, sp.created_at, sp.opened_at, sp.closed_at
  FROM span sp
 WHERE sp.is_open
   AND (sp.closed_at IS NULL OR (sp.closed_at OPERATOR(pg_catalog.>) since
                                 AND sp.closed_at OPERATOR(pg_catalog.>) sp.opened_at))
UNION ALL
SELECT t.id, t.created_at, t.created_at, NULL
  FROM backlog.tickets t
  JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) t.status
 WHERE s.is_open
   AND NOT EXISTS (SELECT 1 FROM moved m WHERE m.ticket_id OPERATOR(pg_catalog.=) t.id)
UNION ALL
SELECT t.id, t.created_at, t.created_at, t.solved_at
  FROM backlog.tickets t
  JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) t.status
 WHERE NOT s.is_open
   AND t.solved_at OPERATOR(pg_catalog.>) since
   AND t.solved_at OPERATOR(pg_catalog.>) t.created_at
   AND NOT EXISTS (SELECT 1 FROM backlog.ticket_events e
                    WHERE e.ticket_id OPERATOR(pg_catalog.=) t.id AND e.kind OPERATOR(pg_catalog.=) 'status')
$$;
COMMENT ON FUNCTION backlog.open_spans(timestamptz) IS
  'The stretches [opened_at, closed_at) during which tickets were open (closed_at NULL: still open), for every stretch not closed before since; reopens give a ticket several stretches. A ticket is open at T when one of its stretches has opened_at <= T < closed_at.';

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
-- backlog.health: the one-row summary.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.health_at(as_of timestamptz)
RETURNS TABLE (
    as_of                  timestamptz,
    open_tickets           bigint,
    older_than_48h         bigint,
    overdue                bigint,
    share_past_sla         double precision,
    avg_age                interval,
    avg_age_hours          double precision,
    median_age             interval,
    median_age_hours       double precision,
    p90_age                interval,
    p90_age_hours          double precision,
    oldest_age             interval,
    oldest_age_hours       double precision,
    created_today          bigint,
    solved_today           bigint,
    solved_per_created_7d  double precision,
    growth_wow             double precision,
    days_to_clear          double precision)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
WITH span AS MATERIALIZED (
    SELECT s.* FROM backlog.open_spans(as_of OPERATOR(pg_catalog.-) interval '7 days') s
), open_now AS MATERIALIZED (
    SELECT s.ticket_id, as_of OPERATOR(pg_catalog.-) s.created_at AS age
      FROM span s
     WHERE s.opened_at OPERATOR(pg_catalog.<=) as_of
       AND (s.closed_at IS NULL OR s.closed_at OPERATOR(pg_catalog.>) as_of)
), age AS (
    SELECT pg_catalog.count(*) AS n,
           pg_catalog.count(*) FILTER (WHERE o.age OPERATOR(pg_catalog.>) interval '48 hours') AS older,
           pg_catalog.avg(o.age) AS avg_age,
           pg_catalog.percentile_disc(0.5) WITHIN GROUP (ORDER BY o.age) AS median_age,
           pg_catalog.percentile_disc(0.9) WITHIN GROUP (ORDER BY o.age) AS p90_age,
           pg_catalog.max(o.age) AS oldest_age
      FROM open_now o
), overdue AS (
    SELECT pg_catalog.count(DISTINCT c.ticket_id) AS n
      FROM backlog.ticket_sla_at(as_of, interval '0') c
     WHERE c.state OPERATOR(pg_catalog.=) 'breached'
       AND c.ticket_id IN (SELECT o.ticket_id FROM open_now o)
), week AS (
    SELECT (SELECT pg_catalog.count(*) FROM span s
             WHERE s.opened_at OPERATOR(pg_catalog.<=) (as_of OPERATOR(pg_catalog.-) interval '7 days')
               AND (s.closed_at IS NULL
                    OR s.closed_at OPERATOR(pg_catalog.>) (as_of OPERATOR(pg_catalog.-) interval '7 days')))
               AS open_before,
           (SELECT pg_catalog.count(*) FROM backlog.tickets t
             WHERE t.created_at OPERATOR(pg_catalog.>) (as_of OPERATOR(pg_catalog.-) interval '7 days')
               AND t.created_at OPERATOR(pg_catalog.<=) as_of) AS created,
           (SELECT pg_catalog.count(*) FROM backlog.tickets t
             WHERE t.solved_at OPERATOR(pg_catalog.>) (as_of OPERATOR(pg_catalog.-) interval '7 days')
               AND t.solved_at OPERATOR(pg_catalog.<=) as_of) AS solved
), today AS (
    SELECT (SELECT pg_catalog.count(*) FROM backlog.tickets t
             WHERE t.created_at OPERATOR(pg_catalog.>=) m.midnight
               AND t.created_at OPERATOR(pg_catalog.<=) as_of) AS created,
           (SELECT pg_catalog.count(*) FROM backlog.tickets t
             WHERE t.solved_at OPERATOR(pg_catalog.>=) m.midnight
               AND t.solved_at OPERATOR(pg_catalog.<=) as_of) AS solved
      FROM (SELECT backlog.local_midnight(as_of) AS midnight) m
)
SELECT as_of, a.n, a.older, o.n,
       o.n::double precision OPERATOR(pg_catalog./) nullif(a.n, 0),
       a.avg_age, (pg_catalog.date_part('epoch', a.avg_age) OPERATOR(pg_catalog./) 3600),
       a.median_age, (pg_catalog.date_part('epoch', a.median_age) OPERATOR(pg_catalog./) 3600),
       a.p90_age, (pg_catalog.date_part('epoch', a.p90_age) OPERATOR(pg_catalog./) 3600),
       a.oldest_age, (pg_catalog.date_part('epoch', a.oldest_age) OPERATOR(pg_catalog./) 3600),
       d.created, d.solved,
       w.solved::double precision OPERATOR(pg_catalog./) nullif(w.created, 0),
       (a.n::double precision OPERATOR(pg_catalog./) nullif(w.open_before, 0)) OPERATOR(pg_catalog.-) 1,
       CASE WHEN w.solved OPERATOR(pg_catalog.>) w.created
            THEN (a.n::double precision OPERATOR(pg_catalog.*) 7)
                 OPERATOR(pg_catalog./) (w.solved OPERATOR(pg_catalog.-) w.created) END
  FROM age a, overdue o, week w, today d
$$;
COMMENT ON FUNCTION backlog.health_at(timestamptz) IS
  'backlog.health as of an instant: the one-row summary of open work at as_of, from the status history.';

CREATE VIEW backlog.health AS
SELECT * FROM backlog.health_at(pg_catalog.now());
COMMENT ON VIEW backlog.health IS
  'One row: the health of the backlog now. Open work, its age and SLA state, today''s inflow and outflow, and the 7-day trend (the same row as backlog.health_at(now())).';
COMMENT ON COLUMN backlog.health.as_of IS 'The instant measured.';
COMMENT ON COLUMN backlog.health.open_tickets IS 'Tickets in an open status (backlog.statuses.is_open) at as_of.';
COMMENT ON COLUMN backlog.health.older_than_48h IS 'Open tickets created more than 48 hours before as_of.';
COMMENT ON COLUMN backlog.health.overdue IS 'Open tickets with at least one breached SLA clock (backlog.ticket_sla).';
COMMENT ON COLUMN backlog.health.share_past_sla IS 'overdue / open_tickets, between 0 and 1; NULL when nothing is open.';
COMMENT ON COLUMN backlog.health.avg_age IS 'Average age (as_of - created_at) of the open tickets; NULL when nothing is open.';
COMMENT ON COLUMN backlog.health.avg_age_hours IS 'avg_age in hours.';
COMMENT ON COLUMN backlog.health.median_age IS 'Median age of the open tickets (the lower middle value: percentile_disc(0.5)).';
COMMENT ON COLUMN backlog.health.median_age_hours IS 'median_age in hours.';
COMMENT ON COLUMN backlog.health.p90_age IS '90th percentile of the open tickets'' ages (percentile_disc(0.9)).';
COMMENT ON COLUMN backlog.health.p90_age_hours IS 'p90_age in hours.';
COMMENT ON COLUMN backlog.health.oldest_age IS 'Age of the oldest open ticket.';
COMMENT ON COLUMN backlog.health.oldest_age_hours IS 'oldest_age in hours.';
COMMENT ON COLUMN backlog.health.created_today IS 'Tickets created since local midnight of as_of, in the time zone of the calendar named default.';
COMMENT ON COLUMN backlog.health.solved_today IS 'Tickets whose solved_at is since local midnight of as_of, in the time zone of the calendar named default.';
COMMENT ON COLUMN backlog.health.solved_per_created_7d IS 'Tickets solved / tickets created in the 7 days up to as_of; above 1 the backlog shrinks. NULL when nothing was created.';
COMMENT ON COLUMN backlog.health.growth_wow IS 'Week-over-week growth: open_tickets / tickets open 7 days before as_of - 1 (0.1 = 10% more). NULL when nothing was open then.';
COMMENT ON COLUMN backlog.health.days_to_clear IS 'Days until the backlog is empty at the 7-day net outflow rate: open_tickets / ((solved - created) / 7). NULL when the backlog is not shrinking.';

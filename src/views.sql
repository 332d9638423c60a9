-- Views for people and BI tools (SPEC §8): backlog.health and health_at, and the other views of
-- open work. Every view and column carries a COMMENT (pgjdbc returns it as REMARKS, BI tools show
-- it as the field description); every interval column x is followed by x_hours, a double
-- precision number of hours that a chart can plot. What "open at an instant" means, and
-- backlog.open_spans, are in src/flow.sql.

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

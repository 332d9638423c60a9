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
-- JIT would compile for longer than the query runs: the planner overrates the history replay
SET jit = off
AS $$
WITH span AS MATERIALIZED (
    SELECT s.* FROM backlog.open_spans(as_of OPERATOR(pg_catalog.-) interval '168 hours') s
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
    -- open tickets with a breached clock, by grouping rather than a join: a semi join here
    -- may be planned as a nested loop that measures every clock once per open ticket
    SELECT pg_catalog.count(*) AS n
      FROM (SELECT x.ticket_id
              FROM (SELECT o.ticket_id, true AS is_open, false AS breached FROM open_now o
                    UNION ALL
                    SELECT c.ticket_id, false, true
                      FROM backlog.ticket_sla_at(as_of, interval '0') c
                     WHERE c.state OPERATOR(pg_catalog.=) 'breached') x
             GROUP BY x.ticket_id
            HAVING pg_catalog.bool_or(x.is_open) AND pg_catalog.bool_or(x.breached)) y
), week AS (
    -- the 7-day flow, as backlog.flow_at(as_of, '{7}') computes it, over the same stretches
    SELECT r.*
      FROM backlog.flow_rows(coalesce(
            (SELECT backlog.flow_agg(as_of, '{7}', x.created_at, x.solved_at, x.opened_at, x.closed_at)
               FROM (SELECT t.created_at, t.solved_at, NULL::timestamptz AS opened_at, NULL::timestamptz AS closed_at
                       FROM backlog.tickets t
                      WHERE (t.created_at OPERATOR(pg_catalog.>) (as_of OPERATOR(pg_catalog.-) interval '168 hours')
                             AND t.created_at OPERATOR(pg_catalog.<=) as_of)
                         OR (t.solved_at OPERATOR(pg_catalog.>) (as_of OPERATOR(pg_catalog.-) interval '168 hours')
                             AND t.solved_at OPERATOR(pg_catalog.<=) as_of)
                     UNION ALL
                     SELECT NULL, NULL, s.opened_at, s.closed_at FROM span s) x),
            backlog.flow_state(as_of, '{7}'))) r
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
       d.created, d.solved, w.solved_per_created, w.growth, w.days_to_clear
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

-- ---------------------------------------------------------------------------------------------
-- SLA burn rate (SPEC §7): how fast breaches spend the error budget of an SLA objective.
-- ---------------------------------------------------------------------------------------------
-- Every next_reply clock a ticket has had, one per customer message answered or waiting. The
-- view of the clocks (backlog.ticket_sla_at) shows only the current one, which disappears once
-- answered; a burn rate needs the answered ones too. The ticket's history is cut at its agent
-- replies: the customer replies between two of them (before the later one: a reply at the same
-- instant answers) run the clock from the first of them, a solve in between stops it and the
-- next customer reply resumes it (as for the current clock), and the later agent reply stops it.
-- Each is measured with backlog.sla_clock on the ticket's calendar (or the policy's) against
-- the next_reply target of its current priority and tier, at the closing reply (at as_of for the
-- one still open); ended_at is when it stopped for good (NULL while it runs). Tickets open now
-- or solved within "recent" before as_of, as for ticket_sla_at; only replies after the first
-- agent reply start one.
CREATE FUNCTION backlog.next_reply_clocks(as_of timestamptz, recent interval)
RETURNS TABLE (ticket_id bigint, started_at timestamptz, ended_at timestamptz, result backlog.sla_result)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
WITH ticket AS (
    SELECT t.id, pm.target,
           coalesce((SELECT c.calendar FROM backlog.calendars c WHERE c.name OPERATOR(pg_catalog.=) t.calendar),
                    (SELECT c.calendar FROM backlog.calendars c WHERE c.name OPERATOR(pg_catalog.=) pm.calendar)) AS cal
      FROM backlog.statuses cs
     CROSS JOIN LATERAL (
            SELECT t.* FROM backlog.tickets t
             WHERE cs.is_open AND t.status OPERATOR(pg_catalog.=) cs.status
            UNION ALL
            SELECT t.* FROM backlog.tickets t
             WHERE NOT cs.is_open AND t.status OPERATOR(pg_catalog.=) cs.status
               AND t.solved_at OPERATOR(pg_catalog.>=) (as_of OPERATOR(pg_catalog.-) recent)
               AND t.solved_at OPERATOR(pg_catalog.<=) 'infinity'::timestamptz) t
      JOIN backlog.sla_policy_matrix pm
        ON pm.metric OPERATOR(pg_catalog.=) 'next_reply'
       AND coalesce(pm.priority, '') OPERATOR(pg_catalog.=) coalesce(t.priority, '')
       AND coalesce(pm.account_tier, '') OPERATOR(pg_catalog.=)
           CASE WHEN t.account_tier OPERATOR(pg_catalog.=) ANY (SELECT p.account_tier FROM backlog.sla_policies p)
                THEN t.account_tier ELSE '' END
     WHERE t.merged_into IS NULL
       AND t.created_at OPERATOR(pg_catalog.<=) as_of
), event AS (
    -- replies and stopping statuses up to as_of; at one instant customer replies come first,
    -- then stops, then agent replies (which answer what came at their instant)
    SELECT k.id, k.target, k.cal, e.at,
           CASE e.kind WHEN 'customer_reply' THEN 0 WHEN 'status' THEN 1 ELSE 2 END AS kind
      FROM ticket k
      JOIN backlog.ticket_events e ON e.ticket_id OPERATOR(pg_catalog.=) k.id
      LEFT JOIN backlog.statuses s ON e.kind OPERATOR(pg_catalog.=) 'status' AND s.status OPERATOR(pg_catalog.=) e.value
     WHERE e.at OPERATOR(pg_catalog.<=) as_of
       AND (e.kind OPERATOR(pg_catalog.=) ANY ('{customer_reply,agent_reply}'::text[])
            OR (e.kind OPERATOR(pg_catalog.=) 'status' AND s.clock OPERATOR(pg_catalog.=) 'stopped'))
), cut AS (
    -- n: the agent replies before the row; an agent reply closes piece n, the one it answers
    SELECT v.*,
           coalesce(pg_catalog.count(*) FILTER (WHERE v.kind OPERATOR(pg_catalog.=) 2)
                      OVER (PARTITION BY v.id ORDER BY v.at, v.kind
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS n
      FROM event v
), piece AS (
    SELECT c.*,
           pg_catalog.min(c.at) FILTER (WHERE c.kind OPERATOR(pg_catalog.=) 2) OVER p AS closed_at,
           pg_catalog.min(c.at) FILTER (WHERE c.kind OPERATOR(pg_catalog.=) 0) OVER p AS first_customer_at
      FROM cut c
    WINDOW p AS (PARTITION BY c.id, c.n)
), clock_row AS (
    -- the rows of each clock: customer replies before the closing reply run it, later stops
    -- and the closing reply stop it
    SELECT p.*
      FROM piece p
     WHERE p.n OPERATOR(pg_catalog.>=) 1
       AND p.first_customer_at OPERATOR(pg_catalog.<) coalesce(p.closed_at, 'infinity'::timestamptz)
       AND p.at OPERATOR(pg_catalog.>=) p.first_customer_at
       AND (p.kind OPERATOR(pg_catalog.<>) 0 OR p.at OPERATOR(pg_catalog.<) coalesce(p.closed_at, 'infinity'::timestamptz))
), last_run AS (
    SELECT r.*,
           pg_catalog.max(r.at) FILTER (WHERE r.kind OPERATOR(pg_catalog.=) 0) OVER (PARTITION BY r.id, r.n) AS last_customer_at
      FROM clock_row r
)
-- ended_at: the first stop after the last customer reply (none while it runs)
SELECT r.id, pg_catalog.min(r.first_customer_at),
       pg_catalog.min(r.at) FILTER (WHERE r.kind OPERATOR(pg_catalog.<>) 0
                                      AND r.at OPERATOR(pg_catalog.>=) r.last_customer_at),
       backlog.sla_clock(r.cal, r.target, r.at,
                         CASE WHEN r.kind OPERATOR(pg_catalog.=) 0 THEN 'running' ELSE 'stopped' END,
                         coalesce(r.closed_at, as_of) ORDER BY r.at, r.kind)
  FROM last_run r
 GROUP BY r.id, r.n
$$;
COMMENT ON FUNCTION backlog.next_reply_clocks(timestamptz, interval) IS
  'Every next_reply SLA clock of the tickets open now or solved within "recent" before as_of, one per customer message answered or still waiting (backlog.ticket_sla_at shows only the current one): when it started, when it stopped for good (NULL while it runs) and its result at the agent reply that answered it (or at as_of).';

-- The SLA clocks of first_response and resolution that ended within (as_of - win, as_of]: met
-- there (met at as_of, not yet met at as_of - win) or breached there (breached_at in the window,
-- ended or not).
CREATE FUNCTION backlog.sla_clock_outcomes(as_of timestamptz, win interval)
RETURNS TABLE (metric text, met bigint, breached bigint)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
    SELECT n.metric,
           pg_catalog.count(*) FILTER (WHERE n.state OPERATOR(pg_catalog.=) 'met'
                                         AND p.state IS DISTINCT FROM 'met'),
           pg_catalog.count(*) FILTER (WHERE n.breached_at OPERATOR(pg_catalog.>) (as_of OPERATOR(pg_catalog.-) win)
                                         AND n.breached_at OPERATOR(pg_catalog.<=) as_of)
      FROM backlog.ticket_sla_at(as_of, win) n
      LEFT JOIN backlog.ticket_sla_at(as_of OPERATOR(pg_catalog.-) win, interval '0') p
        ON p.ticket_id OPERATOR(pg_catalog.=) n.ticket_id AND p.metric OPERATOR(pg_catalog.=) n.metric
     WHERE n.metric OPERATOR(pg_catalog.<>) 'next_reply'
     GROUP BY n.metric
$$;
COMMENT ON FUNCTION backlog.sla_clock_outcomes(timestamptz, interval) IS
  'backlog.sla_outcomes for first_response and resolution: the clocks met within (as_of - win, as_of] (met at as_of and not at as_of - win) and those breached within it.';

-- The next_reply clocks met (stopped for good within target) or breached within each window
-- (as_of - w, as_of], from one backlog.next_reply_clocks over the longest: a clock that ended or
-- breached within a shorter window belongs to a ticket open at as_of or solved after its start,
-- which the longest one's scope holds.
CREATE FUNCTION backlog.next_reply_outcomes(as_of timestamptz, wins interval[])
RETURNS TABLE (win interval, met bigint, breached bigint)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
    SELECT w.w,
           pg_catalog.count(c.ticket_id) FILTER (WHERE (c.result).state OPERATOR(pg_catalog.=) 'met'
                                                   AND c.ended_at OPERATOR(pg_catalog.>) (as_of OPERATOR(pg_catalog.-) w.w)),
           pg_catalog.count(c.ticket_id) FILTER (WHERE (c.result).breached_at OPERATOR(pg_catalog.>) (as_of OPERATOR(pg_catalog.-) w.w)
                                                   AND (c.result).breached_at OPERATOR(pg_catalog.<=) as_of)
      FROM (SELECT DISTINCT x AS w FROM pg_catalog.unnest(wins) x WHERE x IS NOT NULL) w
      LEFT JOIN backlog.next_reply_clocks(as_of, (SELECT pg_catalog.max(x) FROM pg_catalog.unnest(wins) x)) c ON true
     GROUP BY w.w
$$;
COMMENT ON FUNCTION backlog.next_reply_outcomes(timestamptz, interval[]) IS
  'Per window w of wins (NULL elements left out), the next_reply clocks (backlog.next_reply_clocks) met within (as_of - w, as_of] (stopped for good within target there) and those breached within it; one replay for all windows.';

-- Per metric, the clocks met or breached within (as_of - win, as_of]: for next_reply every
-- customer message counts, the answered ones too.
CREATE FUNCTION backlog.sla_outcomes(as_of timestamptz, win interval)
RETURNS TABLE (metric text, met bigint, breached bigint)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
    SELECT o.metric, o.met, o.breached FROM backlog.sla_clock_outcomes(as_of, win) o
    UNION ALL
    SELECT 'next_reply', o.met, o.breached FROM backlog.next_reply_outcomes(as_of, ARRAY[win]) o
     WHERE o.met OPERATOR(pg_catalog.+) o.breached OPERATOR(pg_catalog.>) 0
$$;
COMMENT ON FUNCTION backlog.sla_outcomes(timestamptz, interval) IS
  'Per SLA metric, the clocks met within (as_of - win, as_of] (met at as_of and not at as_of - win; for next_reply, every answered customer message whose clock stopped within target in the window, backlog.next_reply_clocks) and the clocks breached within it (breached_at in the window).';

CREATE FUNCTION backlog.burn_rate(metric text, objective double precision, win interval,
                                  as_of timestamptz DEFAULT pg_catalog.now())
RETURNS double precision
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    o record;
BEGIN
    IF metric NOT IN ('first_response', 'next_reply', 'resolution') THEN
        RAISE EXCEPTION 'unknown SLA metric "%"', metric
              USING ERRCODE = 'invalid_parameter_value',
                    HINT = 'The metrics are first_response, next_reply and resolution.';
    END IF;
    IF NOT (objective > 0 AND objective < 1) THEN
        RAISE EXCEPTION 'SLA objective must lie strictly between 0 and 1: %', objective
              USING ERRCODE = 'invalid_parameter_value',
                    HINT = 'An objective of 0.95 means 95% of clocks end within target; its error budget is 0.05.';
    END IF;
    IF win <= interval '0' THEN
        RAISE EXCEPTION 'burn rate window must be positive: %', win
              USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT isfinite(as_of) THEN
        RAISE EXCEPTION 'burn rate as_of must be finite' USING ERRCODE = 'datetime_field_overflow';
    END IF;
    SELECT * INTO o FROM backlog.sla_outcomes(as_of, win) s WHERE s.metric = burn_rate.metric;
    IF NOT FOUND OR o.met + o.breached = 0 THEN
        RETURN NULL;
    END IF;
    RETURN (o.breached::double precision / (o.met + o.breached)) / (1 - objective);
END
$$;
COMMENT ON FUNCTION backlog.burn_rate(text, double precision, interval, timestamptz) IS
  'SLA burn rate: of the clocks of metric that were met or breached within (as_of - win, as_of], the share breached, divided by the error budget 1 - objective. 1 spends the budget exactly over the objective''s period; 14.4 spends 2% of a 30-day budget per hour. NULL when no clock ended or breached in the window.';

CREATE TABLE backlog.sla_objectives (
    metric     text PRIMARY KEY CHECK (metric IN ('first_response', 'next_reply', 'resolution')),
    objective  double precision NOT NULL CHECK (objective > 0 AND objective < 1)
);
COMMENT ON TABLE backlog.sla_objectives IS
  'SLA objectives per metric (share of clocks that must end within target), read by backlog.burn_rate_alerts. Empty on install: add a row per metric to watch.';
COMMENT ON COLUMN backlog.sla_objectives.metric IS 'first_response, next_reply or resolution.';
COMMENT ON COLUMN backlog.sla_objectives.objective IS 'Share of clocks that must be met, e.g. 0.95; the error budget is 1 - objective.';
SELECT pg_catalog.pg_extension_config_dump('backlog.sla_objectives', '');

CREATE TABLE backlog.burn_rate_rules (
    name          text PRIMARY KEY CHECK (name <> ''),
    threshold     double precision NOT NULL CHECK (threshold > 0),
    long_window   interval NOT NULL CHECK (long_window > interval '0'),
    short_window  interval NOT NULL CHECK (short_window > interval '0'),
    min_clocks    integer NOT NULL DEFAULT 10 CHECK (min_clocks >= 0),
    CONSTRAINT burn_rate_rules_short_within_long CHECK (short_window <= long_window)
);
COMMENT ON TABLE backlog.burn_rate_rules IS
  'Multi-window burn-rate alert rules: a rule fires for an objective when the burn rate exceeds threshold over both windows and at least min_clocks clocks ended in the long window. Seeded with the SRE workbook''s thresholds; edit freely.';
COMMENT ON COLUMN backlog.burn_rate_rules.name IS 'Rule name, e.g. fast, slow, ticket.';
COMMENT ON COLUMN backlog.burn_rate_rules.threshold IS 'Burn rate both windows must exceed.';
COMMENT ON COLUMN backlog.burn_rate_rules.long_window IS 'The window that shows the budget is really being spent.';
COMMENT ON COLUMN backlog.burn_rate_rules.short_window IS 'The window that shows it is still being spent now (so the alert clears soon after the cause).';
COMMENT ON COLUMN backlog.burn_rate_rules.min_clocks IS 'Clocks that must have ended in the long window: with ticket volumes, one breach out of two clocks is no signal.';

-- The SRE workbook's multi-window, multi-burn-rate alerts for a 30-day objective: 14.4 over 1 h
-- and 5 min (2% of the budget in an hour), 6 over 6 h and 30 min (5% in 6 hours), 1 over 3 days
-- and 6 h (10% in 3 days); min_clocks keeps low-volume windows quiet.
CREATE FUNCTION backlog.burn_rate_rule_seeds()
RETURNS SETOF backlog.burn_rate_rules
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    VALUES ('fast'::text, 14.4::double precision, interval '1 hour',  interval '5 minutes', 10),
           ('slow',       6,                      interval '6 hours', interval '30 minutes', 10),
           ('ticket',     1,                      interval '3 days',  interval '6 hours', 10)
$$;
COMMENT ON FUNCTION backlog.burn_rate_rule_seeds() IS
  'The burn-rate rules CREATE EXTENSION installs, as shipped (used by pg_dump support; see README).';
INSERT INTO backlog.burn_rate_rules SELECT * FROM backlog.burn_rate_rule_seeds();

-- pg_dump keeps what differs from the seeds (src/restore.sql, README "Dump and restore").
SELECT pg_catalog.pg_extension_config_dump('backlog.burn_rate_rules',
    'WHERE NOT backlog.is_seed_key(''burn_rate_rules'', pg_catalog.to_jsonb(burn_rate_rules))');

-- Every window is evaluated once (sla_clock_outcomes; next_reply once for all windows) and shared
-- by the objectives and rules using it.
CREATE FUNCTION backlog.burn_rate_alerts_at(as_of timestamptz)
RETURNS TABLE (
    metric               text,
    objective            double precision,
    rule                 text,
    threshold            double precision,
    long_window          interval,
    long_window_hours    double precision,
    long_burn_rate       double precision,
    long_clocks          bigint,
    short_window         interval,
    short_window_hours   double precision,
    short_burn_rate      double precision,
    firing               boolean)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
WITH win AS (
    SELECT DISTINCT w FROM backlog.burn_rate_rules r, LATERAL (VALUES (r.long_window), (r.short_window)) v(w)
), outcome AS (
    -- what sla_outcomes counts, for the metrics with an objective; next_reply replayed once
    SELECT win.w, o.* FROM win, LATERAL backlog.sla_clock_outcomes(as_of, win.w) o
     WHERE EXISTS (SELECT 1 FROM backlog.sla_objectives s WHERE s.metric OPERATOR(pg_catalog.<>) 'next_reply')
    UNION ALL
    SELECT o.win, 'next_reply', o.met, o.breached
      FROM backlog.next_reply_outcomes(as_of, ARRAY(SELECT win.w FROM win)) o
     WHERE EXISTS (SELECT 1 FROM backlog.sla_objectives s WHERE s.metric OPERATOR(pg_catalog.=) 'next_reply')
), rate AS (
    SELECT o.w, o.metric, s.objective, o.met OPERATOR(pg_catalog.+) o.breached AS clocks,
           (o.breached::double precision OPERATOR(pg_catalog./) nullif(o.met OPERATOR(pg_catalog.+) o.breached, 0))
               OPERATOR(pg_catalog./) (1 OPERATOR(pg_catalog.-) s.objective) AS burn
      FROM outcome o JOIN backlog.sla_objectives s ON s.metric OPERATOR(pg_catalog.=) o.metric
)
SELECT s.metric, s.objective, r.name, r.threshold,
       r.long_window, (pg_catalog.date_part('epoch', r.long_window) OPERATOR(pg_catalog./) 3600),
       l.burn, coalesce(l.clocks, 0),
       r.short_window, (pg_catalog.date_part('epoch', r.short_window) OPERATOR(pg_catalog./) 3600),
       sh.burn,
       coalesce(l.burn OPERATOR(pg_catalog.>) r.threshold AND sh.burn OPERATOR(pg_catalog.>) r.threshold
                AND l.clocks OPERATOR(pg_catalog.>=) r.min_clocks, false)
  FROM backlog.sla_objectives s
 CROSS JOIN backlog.burn_rate_rules r
  LEFT JOIN rate l ON l.metric OPERATOR(pg_catalog.=) s.metric AND l.w OPERATOR(pg_catalog.=) r.long_window
  LEFT JOIN rate sh ON sh.metric OPERATOR(pg_catalog.=) s.metric AND sh.w OPERATOR(pg_catalog.=) r.short_window
 ORDER BY s.metric, r.threshold DESC, r.name
$$;
COMMENT ON FUNCTION backlog.burn_rate_alerts_at(timestamptz) IS
  'backlog.burn_rate_alerts as of an instant.';

CREATE VIEW backlog.burn_rate_alerts AS
SELECT * FROM backlog.burn_rate_alerts_at(pg_catalog.now());
COMMENT ON VIEW backlog.burn_rate_alerts IS
  'Multi-window SLA burn-rate alerts: for each objective in backlog.sla_objectives and rule in backlog.burn_rate_rules, the burn rate over the rule''s long and short windows and whether the rule fires (both above threshold, enough clocks).';
COMMENT ON COLUMN backlog.burn_rate_alerts.metric IS 'SLA metric of the objective.';
COMMENT ON COLUMN backlog.burn_rate_alerts.objective IS 'The objective: share of clocks that must be met.';
COMMENT ON COLUMN backlog.burn_rate_alerts.rule IS 'Name of the alert rule (backlog.burn_rate_rules).';
COMMENT ON COLUMN backlog.burn_rate_alerts.threshold IS 'Burn rate both windows must exceed for the rule to fire.';
COMMENT ON COLUMN backlog.burn_rate_alerts.long_window IS 'The rule''s long window, ending now.';
COMMENT ON COLUMN backlog.burn_rate_alerts.long_window_hours IS 'long_window in hours.';
COMMENT ON COLUMN backlog.burn_rate_alerts.long_burn_rate IS 'Burn rate over the long window (backlog.burn_rate); NULL when no clock ended in it.';
COMMENT ON COLUMN backlog.burn_rate_alerts.long_clocks IS 'Clocks met or breached in the long window.';
COMMENT ON COLUMN backlog.burn_rate_alerts.short_window IS 'The rule''s short window, ending now.';
COMMENT ON COLUMN backlog.burn_rate_alerts.short_window_hours IS 'short_window in hours.';
COMMENT ON COLUMN backlog.burn_rate_alerts.short_burn_rate IS 'Burn rate over the short window; NULL when no clock ended in it.';
COMMENT ON COLUMN backlog.burn_rate_alerts.firing IS 'True when both burn rates exceed the threshold and long_clocks >= min_clocks.';

-- ---------------------------------------------------------------------------------------------
-- The open work, ticket by ticket. "Open" in these views is the ticket's current status
-- (backlog.statuses.is_open); ages and durations are measured up to now(), taken once per
-- query in a materialized CTE: on Citus each shard's task would otherwise evaluate now() on its
-- own, at its own instant, while the CTE's one value is shipped to every shard.
-- ---------------------------------------------------------------------------------------------

-- The last time anything happened to a ticket: its latest event, or updated_at, or created_at.
CREATE FUNCTION backlog.last_touched_at(t backlog.tickets)
RETURNS timestamptz
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
    SELECT greatest(t.created_at, t.updated_at,
                    (SELECT pg_catalog.max(e.at) FROM backlog.ticket_events e
                      WHERE e.ticket_id OPERATOR(pg_catalog.=) t.id))
$$;
COMMENT ON FUNCTION backlog.last_touched_at(backlog.tickets) IS
  'When anything last happened to a ticket: the latest of its events, updated_at and created_at.';

CREATE VIEW backlog.age_distribution AS
WITH n AS MATERIALIZED (SELECT pg_catalog.now() AS as_of)
SELECT b.ordinal, b.label AS bucket,
       b.lower_bound, pg_catalog.date_part('epoch', b.lower_bound) OPERATOR(pg_catalog./) 3600 AS lower_bound_hours,
       b.upper_bound, pg_catalog.date_part('epoch', b.upper_bound) OPERATOR(pg_catalog./) 3600 AS upper_bound_hours,
       pg_catalog.count(o.id) AS open_tickets,
       pg_catalog.count(o.id)::double precision
           OPERATOR(pg_catalog./) nullif(pg_catalog.sum(pg_catalog.count(o.id)) OVER (), 0) AS share,
       (pg_catalog.sum(pg_catalog.count(o.id)) OVER (ORDER BY b.ordinal))::double precision
           OPERATOR(pg_catalog./) nullif(pg_catalog.sum(pg_catalog.count(o.id)) OVER (), 0) AS cumulative_share
  FROM backlog.age_buckets() b
  LEFT JOIN (SELECT t.id, backlog.age_bucket(greatest(n.as_of OPERATOR(pg_catalog.-) t.created_at, interval '0')) AS bucket
               FROM backlog.tickets t JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) t.status
              CROSS JOIN n
              WHERE s.is_open) o ON o.bucket OPERATOR(pg_catalog.=) b.label
 GROUP BY b.ordinal, b.label, b.lower_bound, b.upper_bound;
COMMENT ON VIEW backlog.age_distribution IS
  'Open tickets per age bucket (0-24h, 24-72h, 3-7d, 7-14d, 14-30d, 30d+), every bucket present, in order.';
COMMENT ON COLUMN backlog.age_distribution.ordinal IS 'Position of the bucket, 1 for the youngest.';
COMMENT ON COLUMN backlog.age_distribution.bucket IS 'Bucket label (backlog.age_bucket).';
COMMENT ON COLUMN backlog.age_distribution.lower_bound IS 'Youngest age in the bucket (inclusive).';
COMMENT ON COLUMN backlog.age_distribution.lower_bound_hours IS 'lower_bound in hours.';
COMMENT ON COLUMN backlog.age_distribution.upper_bound IS 'Age where the next bucket starts (exclusive); NULL for the last.';
COMMENT ON COLUMN backlog.age_distribution.upper_bound_hours IS 'upper_bound in hours.';
COMMENT ON COLUMN backlog.age_distribution.open_tickets IS 'Open tickets whose age (now - created_at) falls in the bucket.';
COMMENT ON COLUMN backlog.age_distribution.share IS 'open_tickets / all open tickets; NULL when nothing is open.';
COMMENT ON COLUMN backlog.age_distribution.cumulative_share IS 'Share of open tickets in this bucket or a younger one; NULL when nothing is open.';

CREATE VIEW backlog.at_risk AS
SELECT c.ticket_id, c.metric, c.priority, c.account_tier, t.assignee, t.team, t.subject,
       c.due_at,
       c.remaining, pg_catalog.date_part('epoch', c.remaining) OPERATOR(pg_catalog./) 3600 AS remaining_hours,
       c.warn_before, pg_catalog.date_part('epoch', c.warn_before) OPERATOR(pg_catalog./) 3600 AS warn_before_hours
  FROM backlog.ticket_sla c
  JOIN backlog.tickets t ON t.id OPERATOR(pg_catalog.=) c.ticket_id
 WHERE c.at_risk
 ORDER BY c.due_at, c.ticket_id, c.metric;
COMMENT ON VIEW backlog.at_risk IS
  'SLA clocks about to breach: running, not yet breached, with no more than the policy''s warn_before of business time left. Soonest due first.';
COMMENT ON COLUMN backlog.at_risk.ticket_id IS 'The ticket.';
COMMENT ON COLUMN backlog.at_risk.metric IS 'first_response, next_reply or resolution.';
COMMENT ON COLUMN backlog.at_risk.priority IS 'Ticket priority.';
COMMENT ON COLUMN backlog.at_risk.account_tier IS 'Account tier.';
COMMENT ON COLUMN backlog.at_risk.assignee IS 'Agent who owns the ticket; NULL when unowned.';
COMMENT ON COLUMN backlog.at_risk.team IS 'Team of the ticket.';
COMMENT ON COLUMN backlog.at_risk.subject IS 'Subject line.';
COMMENT ON COLUMN backlog.at_risk.due_at IS 'When the target is reached if the clock keeps running.';
COMMENT ON COLUMN backlog.at_risk.remaining IS 'Business time left before the breach.';
COMMENT ON COLUMN backlog.at_risk.remaining_hours IS 'remaining in hours.';
COMMENT ON COLUMN backlog.at_risk.warn_before IS 'The policy''s warning horizon (business time).';
COMMENT ON COLUMN backlog.at_risk.warn_before_hours IS 'warn_before in hours.';

-- How often blocked work must be looked at, per status.
-- status names a row of backlog.statuses by a row check, not a foreign key: pg_restore -j loads
-- configuration tables side by side, and a foreign key refused a check-in interval of a status
-- of yours whose row was still loading (the check skips COPY; backlog.check_integrity() lists
-- what it would have refused). A rename of the status follows, a delete takes its interval.
CREATE TABLE backlog.checkin_intervals (
    status    text PRIMARY KEY,
    interval  interval NOT NULL CHECK (interval > interval '0')
);
COMMENT ON TABLE backlog.checkin_intervals IS
  'How long blocked work may sit before someone looks at it again, per status: backlog.blocked''s next check-in is the last touch plus this. Seeded with on_hold = 1 day; edit freely.';
COMMENT ON COLUMN backlog.checkin_intervals.status IS 'A status of backlog.statuses.';
COMMENT ON COLUMN backlog.checkin_intervals.interval IS 'Time allowed between two looks at a ticket in this status.';

CREATE FUNCTION backlog.checkin_interval_seeds()
RETURNS SETOF backlog.checkin_intervals
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ VALUES ('on_hold'::text, interval '1 day') $$;
COMMENT ON FUNCTION backlog.checkin_interval_seeds() IS
  'The check-in intervals CREATE EXTENSION installs, as shipped (used by pg_dump support; see README).';
CREATE FUNCTION backlog.checkin_intervals_check()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT backlog.bulk_loading()
       AND NOT EXISTS (SELECT 1 FROM backlog.statuses s WHERE s.status OPERATOR(pg_catalog.=) NEW.status) THEN
        RAISE EXCEPTION 'check-in interval for status "%", which backlog.statuses does not hold', NEW.status
              USING ERRCODE = 'foreign_key_violation',
                    HINT = 'Add the status to backlog.statuses first.';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION backlog.checkin_intervals_check() IS
  'Trigger: a check-in interval must name a status of backlog.statuses (not under COPY; see backlog.check_integrity()).';
CREATE TRIGGER checkin_intervals_check BEFORE INSERT OR UPDATE OF status ON backlog.checkin_intervals
    FOR EACH ROW EXECUTE FUNCTION backlog.checkin_intervals_check();

CREATE FUNCTION backlog.statuses_follow_in_checkins()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- on Citus the coordinator's placement writes, for every node
    IF backlog.citus_worker_placement(TG_TABLE_NAME) THEN
        RETURN NULL;
    END IF;
    IF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' THEN
        UPDATE backlog.checkin_intervals c SET status = NEW.status WHERE c.status OPERATOR(pg_catalog.=) OLD.status;
    ELSE
        DELETE FROM backlog.checkin_intervals c WHERE c.status OPERATOR(pg_catalog.=) OLD.status;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.statuses_follow_in_checkins() IS
  'Trigger: carries a status rename into backlog.checkin_intervals, and deletes the check-in interval of a deleted status.';
-- (named to fire after statuses_rename_in_events, which renames the tickets and the history:
-- on Citus a write to the check-in intervals, a reference table, before it made the shards'
-- checks of the tickets miss the renamed status)
CREATE TRIGGER statuses_renamed_into_checkins AFTER UPDATE OF status ON backlog.statuses
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION backlog.statuses_follow_in_checkins();
CREATE TRIGGER statuses_delete_checkins AFTER DELETE ON backlog.statuses
    FOR EACH ROW EXECUTE FUNCTION backlog.statuses_follow_in_checkins();

INSERT INTO backlog.checkin_intervals SELECT * FROM backlog.checkin_interval_seeds();

-- pg_dump keeps what differs from the seeds (src/restore.sql, README "Dump and restore").
SELECT pg_catalog.pg_extension_config_dump('backlog.checkin_intervals',
    'WHERE NOT backlog.is_seed_key(''checkin_intervals'', pg_catalog.to_jsonb(checkin_intervals))');

CREATE VIEW backlog.blocked AS
WITH n AS MATERIALIZED (SELECT pg_catalog.now() AS as_of)
SELECT b.id AS ticket_id, b.status, b.waiting_on, b.assignee, b.team, b.priority, b.subject,
       b.blocked_since,
       b.blocked_for, pg_catalog.date_part('epoch', b.blocked_for) OPERATOR(pg_catalog./) 3600 AS blocked_for_hours,
       b.last_touched_at,
       c.interval AS checkin_interval,
       pg_catalog.date_part('epoch', c.interval) OPERATOR(pg_catalog./) 3600 AS checkin_interval_hours,
       b.last_touched_at OPERATOR(pg_catalog.+) c.interval AS next_checkin_at,
       coalesce(b.last_touched_at OPERATOR(pg_catalog.+) c.interval OPERATOR(pg_catalog.<=) b.as_of, false)
           AS checkin_overdue
  FROM (SELECT x.*, x.as_of OPERATOR(pg_catalog.-) x.blocked_since AS blocked_for
          FROM (SELECT t.id, t.status, s.waiting_on, t.assignee, t.team, t.priority, t.subject, n.as_of,
                       -- since the ticket last entered its status (a status event with no other
                       -- status after it), created_at without one
                       coalesce((SELECT e.at FROM backlog.ticket_events e
                                  WHERE e.ticket_id OPERATOR(pg_catalog.=) t.id AND e.kind OPERATOR(pg_catalog.=) 'status'
                                    AND e.value OPERATOR(pg_catalog.=) t.status
                                    AND NOT EXISTS (SELECT 1 FROM backlog.ticket_events l
                                                     WHERE l.ticket_id OPERATOR(pg_catalog.=) t.id
                                                       AND l.kind OPERATOR(pg_catalog.=) 'status'
                                                       AND l.at OPERATOR(pg_catalog.>) e.at
                                                       AND l.value OPERATOR(pg_catalog.<>) t.status)
                                  ORDER BY e.at LIMIT 1), t.created_at) AS blocked_since,
                       -- backlog.last_touched_at(t), spelled out: on Citus the row is a shard's
                       greatest(t.created_at, t.updated_at,
                                (SELECT pg_catalog.max(e.at) FROM backlog.ticket_events e
                                  WHERE e.ticket_id OPERATOR(pg_catalog.=) t.id)) AS last_touched_at
                  FROM backlog.tickets t
                  JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) t.status
                 CROSS JOIN n
                 WHERE s.is_open AND s.waiting_on OPERATOR(pg_catalog.=) ANY ('{internal,vendor}'::text[])) x) b
  LEFT JOIN backlog.checkin_intervals c ON c.status OPERATOR(pg_catalog.=) b.status
 ORDER BY b.last_touched_at OPERATOR(pg_catalog.+) c.interval NULLS LAST, b.id;
COMMENT ON VIEW backlog.blocked IS
  'Open work waiting on an internal team or a vendor: what it waits on, who owns it, for how long, and when it is next due for a look (last touch + the status''s check-in interval). Due check-ins first.';
COMMENT ON COLUMN backlog.blocked.ticket_id IS 'The ticket.';
COMMENT ON COLUMN backlog.blocked.status IS 'Its status (e.g. on_hold): the reason it is blocked.';
COMMENT ON COLUMN backlog.blocked.waiting_on IS 'internal (another team) or vendor, from backlog.statuses.';
COMMENT ON COLUMN backlog.blocked.assignee IS 'Owner: the agent assigned; NULL when nobody owns it.';
COMMENT ON COLUMN backlog.blocked.team IS 'Team of the ticket.';
COMMENT ON COLUMN backlog.blocked.priority IS 'Ticket priority.';
COMMENT ON COLUMN backlog.blocked.subject IS 'Subject line.';
COMMENT ON COLUMN backlog.blocked.blocked_since IS 'When it entered its current status (the first status event of the current run; created_at without history).';
COMMENT ON COLUMN backlog.blocked.blocked_for IS 'now - blocked_since.';
COMMENT ON COLUMN backlog.blocked.blocked_for_hours IS 'blocked_for in hours.';
COMMENT ON COLUMN backlog.blocked.last_touched_at IS 'When anything last happened to it (latest event, updated_at or created_at).';
COMMENT ON COLUMN backlog.blocked.checkin_interval IS 'The status''s check-in interval (backlog.checkin_intervals); NULL when it has none.';
COMMENT ON COLUMN backlog.blocked.checkin_interval_hours IS 'checkin_interval in hours.';
COMMENT ON COLUMN backlog.blocked.next_checkin_at IS 'last_touched_at + checkin_interval: when someone should look at it next.';
COMMENT ON COLUMN backlog.blocked.checkin_overdue IS 'True when next_checkin_at has passed.';

CREATE FUNCTION backlog.zombies_at(as_of timestamptz,
                                   unowned_after interval DEFAULT interval '3 days',
                                   untouched_after interval DEFAULT interval '14 days',
                                   older_than interval DEFAULT interval '30 days')
RETURNS TABLE (
    ticket_id           bigint,
    status              text,
    assignee            text,
    team                text,
    category            text,
    subject             text,
    age                 interval,
    age_hours           double precision,
    last_touched_at     timestamptz,
    untouched_for       interval,
    untouched_for_hours double precision,
    unowned             boolean,
    untouched           boolean,
    old                 boolean,
    reasons             text)
-- PL/pgSQL, not SQL: Citus plans the query with as_of as a value (it cannot distribute an SQL
-- function's body over distributed tables).
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN QUERY
    SELECT z.id, z.status, z.assignee, z.team, z.category, z.subject,
           z.age, pg_catalog.date_part('epoch', z.age) OPERATOR(pg_catalog./) 3600,
           z.last_touched_at,
           z.untouched_for, pg_catalog.date_part('epoch', z.untouched_for) OPERATOR(pg_catalog./) 3600,
           z.unowned, z.untouched, z.old,
           pg_catalog.concat_ws(', ',
               CASE WHEN z.unowned THEN 'unowned for over ' OPERATOR(pg_catalog.||) unowned_after::text END,
               CASE WHEN z.untouched THEN 'untouched for over ' OPERATOR(pg_catalog.||) untouched_after::text END,
               CASE WHEN z.old THEN 'older than ' OPERATOR(pg_catalog.||) older_than::text END)
      FROM (SELECT y.*,
                   y.assignee IS NULL AND y.age OPERATOR(pg_catalog.>) unowned_after AS unowned,
                   y.untouched_for OPERATOR(pg_catalog.>) untouched_after AS untouched,
                   y.age OPERATOR(pg_catalog.>) older_than AS old
              FROM (SELECT x.*, as_of OPERATOR(pg_catalog.-) x.last_touched_at AS untouched_for
                      FROM (SELECT t.id, t.status, t.assignee, t.team, t.category, t.subject,
                                   as_of OPERATOR(pg_catalog.-) t.created_at AS age,
                                   -- backlog.last_touched_at(t), spelled out: on Citus the row is a shard's
                                   greatest(t.created_at, t.updated_at,
                                            (SELECT pg_catalog.max(e.at) FROM backlog.ticket_events e
                                              WHERE e.ticket_id OPERATOR(pg_catalog.=) t.id)) AS last_touched_at
                              FROM backlog.tickets t
                              JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) t.status
                             WHERE s.is_open AND t.created_at OPERATOR(pg_catalog.<=) as_of) x) y) z
     WHERE z.unowned OR z.untouched OR z.old
     ORDER BY z.age DESC, z.id;
END
$$;
COMMENT ON FUNCTION backlog.zombies_at(timestamptz, interval, interval, interval) IS
  'backlog.zombies as of an instant and with other thresholds: open tickets unowned for longer than unowned_after, untouched for longer than untouched_after, or older than older_than.';

CREATE VIEW backlog.zombies AS
SELECT * FROM backlog.zombies_at(pg_catalog.now());
COMMENT ON VIEW backlog.zombies IS
  'Open work nobody is moving: tickets unowned for over 3 days, untouched for over 14 days, or older than 30 days, each with the reasons it qualifies. Oldest first. backlog.zombies_at takes other thresholds.';
COMMENT ON COLUMN backlog.zombies.ticket_id IS 'The ticket.';
COMMENT ON COLUMN backlog.zombies.status IS 'Its status.';
COMMENT ON COLUMN backlog.zombies.assignee IS 'Agent assigned; NULL when unowned.';
COMMENT ON COLUMN backlog.zombies.team IS 'Team of the ticket.';
COMMENT ON COLUMN backlog.zombies.category IS 'Category.';
COMMENT ON COLUMN backlog.zombies.subject IS 'Subject line.';
COMMENT ON COLUMN backlog.zombies.age IS 'now - created_at.';
COMMENT ON COLUMN backlog.zombies.age_hours IS 'age in hours.';
COMMENT ON COLUMN backlog.zombies.last_touched_at IS 'When anything last happened to it (latest event, updated_at or created_at).';
COMMENT ON COLUMN backlog.zombies.untouched_for IS 'now - last_touched_at.';
COMMENT ON COLUMN backlog.zombies.untouched_for_hours IS 'untouched_for in hours.';
COMMENT ON COLUMN backlog.zombies.unowned IS 'No assignee, and older than 3 days.';
COMMENT ON COLUMN backlog.zombies.untouched IS 'Nothing happened for over 14 days.';
COMMENT ON COLUMN backlog.zombies.old IS 'Older than 30 days.';
COMMENT ON COLUMN backlog.zombies.reasons IS 'Why it qualifies, in words (the true ones of unowned, untouched, old).';

-- A reopen is a status event that moves a ticket from a closed status (is_open false) to an
-- open one. Only tickets whose status changed in the last 30 days are read (the partial index on
-- status events finds them).
CREATE VIEW backlog.reopened AS
WITH n AS MATERIALIZED (SELECT pg_catalog.now() AS as_of
), moved AS (
    SELECT DISTINCT e.ticket_id FROM backlog.ticket_events e
     WHERE e.kind OPERATOR(pg_catalog.=) 'status'
       AND e.at OPERATOR(pg_catalog.>) ((SELECT n.as_of FROM n) OPERATOR(pg_catalog.-) interval '30 days')
), step AS (
    SELECT e.ticket_id, e.at, s.is_open,
           pg_catalog.lag(s.is_open) OVER (PARTITION BY e.ticket_id ORDER BY e.at, e.value COLLATE "C") AS was_open
      FROM moved m
      JOIN backlog.ticket_events e ON e.ticket_id OPERATOR(pg_catalog.=) m.ticket_id
                                  AND e.kind OPERATOR(pg_catalog.=) 'status'
      JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) e.value
), reopen AS (
    SELECT st.ticket_id, pg_catalog.count(*) AS reopens,
           pg_catalog.count(*) FILTER (WHERE st.at OPERATOR(pg_catalog.>) ((SELECT n.as_of FROM n) OPERATOR(pg_catalog.-) interval '30 days')) AS reopens_30d,
           pg_catalog.max(st.at) AS last_reopened_at
      FROM step st
     WHERE st.is_open AND NOT st.was_open
     GROUP BY st.ticket_id
)
SELECT t.id AS ticket_id, t.status, s.is_open, r.reopens, r.reopens_30d, r.last_reopened_at, t.solved_at,
       t.assignee, t.team, t.category, t.subject
  FROM reopen r
  JOIN backlog.tickets t ON t.id OPERATOR(pg_catalog.=) r.ticket_id
  JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) t.status
 WHERE r.reopens_30d OPERATOR(pg_catalog.>) 0
 ORDER BY r.last_reopened_at DESC, t.id;
COMMENT ON VIEW backlog.reopened IS
  'Tickets reopened in the last 30 days (a status event from a closed status to an open one), with how often they were reopened in all. Latest reopen first.';
COMMENT ON COLUMN backlog.reopened.ticket_id IS 'The ticket.';
COMMENT ON COLUMN backlog.reopened.status IS 'Its current status.';
COMMENT ON COLUMN backlog.reopened.is_open IS 'True while it is open again; false once solved again.';
COMMENT ON COLUMN backlog.reopened.reopens IS 'Reopens in its whole history.';
COMMENT ON COLUMN backlog.reopened.reopens_30d IS 'Reopens in the last 30 days.';
COMMENT ON COLUMN backlog.reopened.last_reopened_at IS 'When it was last reopened.';
COMMENT ON COLUMN backlog.reopened.solved_at IS 'Its last solve (backlog.tickets.solved_at).';
COMMENT ON COLUMN backlog.reopened.assignee IS 'Agent assigned; NULL when unowned.';
COMMENT ON COLUMN backlog.reopened.team IS 'Team of the ticket.';
COMMENT ON COLUMN backlog.reopened.category IS 'Category.';
COMMENT ON COLUMN backlog.reopened.subject IS 'Subject line.';

-- Customers who chase: customer replies after the last agent reply, beyond the one message an
-- answer normally gets (before any agent reply every customer reply is a chase).
CREATE VIEW backlog.repeat_contacts AS
WITH n AS MATERIALIZED (SELECT pg_catalog.now() AS as_of)
SELECT x.id AS ticket_id, x.requester, x.account, x.status, x.assignee, x.team, x.subject,
       x.chases, x.customer_replies, x.last_agent_reply_at, x.last_customer_reply_at,
       x.waiting_for, pg_catalog.date_part('epoch', x.waiting_for) OPERATOR(pg_catalog./) 3600 AS waiting_for_hours
  FROM (SELECT t.*, c.customer_replies, c.last_agent_reply_at, c.last_customer_reply_at,
               c.unanswered OPERATOR(pg_catalog.-) CASE WHEN c.last_agent_reply_at IS NULL THEN 0 ELSE 1 END AS chases,
               n.as_of OPERATOR(pg_catalog.-) coalesce(c.first_unanswered_at, t.created_at) AS waiting_for
          FROM backlog.tickets t
          JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) t.status
         CROSS JOIN n
         CROSS JOIN LATERAL (
                SELECT pg_catalog.count(*) FILTER (WHERE e.kind OPERATOR(pg_catalog.=) 'customer_reply') AS customer_replies,
                       pg_catalog.max(e.at) FILTER (WHERE e.kind OPERATOR(pg_catalog.=) 'agent_reply') AS last_agent_reply_at,
                       pg_catalog.max(e.at) FILTER (WHERE e.kind OPERATOR(pg_catalog.=) 'customer_reply') AS last_customer_reply_at,
                       pg_catalog.count(*) FILTER (WHERE e.kind OPERATOR(pg_catalog.=) 'customer_reply'
                                                     AND e.at OPERATOR(pg_catalog.>) coalesce(a.last_agent, '-infinity')) AS unanswered,
                       pg_catalog.min(e.at) FILTER (WHERE e.kind OPERATOR(pg_catalog.=) 'customer_reply'
                                                     AND e.at OPERATOR(pg_catalog.>) coalesce(a.last_agent, '-infinity')) AS first_unanswered_at
                  FROM backlog.ticket_events e,
                       (SELECT pg_catalog.max(a.at) AS last_agent FROM backlog.ticket_events a
                         WHERE a.ticket_id OPERATOR(pg_catalog.=) t.id AND a.kind OPERATOR(pg_catalog.=) 'agent_reply') a
                 WHERE e.ticket_id OPERATOR(pg_catalog.=) t.id
                   AND e.kind OPERATOR(pg_catalog.=) ANY ('{agent_reply,customer_reply}'::text[])) c
         WHERE s.is_open) x
 WHERE x.chases OPERATOR(pg_catalog.>) 0
 ORDER BY x.chases DESC, x.waiting_for DESC, x.id;
COMMENT ON VIEW backlog.repeat_contacts IS
  'Open tickets whose customer had to chase: customer replies since the last agent reply beyond the first (every one, when no agent has replied yet). Most chased first.';
COMMENT ON COLUMN backlog.repeat_contacts.ticket_id IS 'The ticket.';
COMMENT ON COLUMN backlog.repeat_contacts.requester IS 'Who asked.';
COMMENT ON COLUMN backlog.repeat_contacts.account IS 'Customer account.';
COMMENT ON COLUMN backlog.repeat_contacts.status IS 'Its status.';
COMMENT ON COLUMN backlog.repeat_contacts.assignee IS 'Agent assigned; NULL when unowned.';
COMMENT ON COLUMN backlog.repeat_contacts.team IS 'Team of the ticket.';
COMMENT ON COLUMN backlog.repeat_contacts.subject IS 'Subject line.';
COMMENT ON COLUMN backlog.repeat_contacts.chases IS 'Customer replies that chased an answer (see the view''s comment).';
COMMENT ON COLUMN backlog.repeat_contacts.customer_replies IS 'Customer replies in all.';
COMMENT ON COLUMN backlog.repeat_contacts.last_agent_reply_at IS 'Last agent reply; NULL when none.';
COMMENT ON COLUMN backlog.repeat_contacts.last_customer_reply_at IS 'Last customer reply.';
COMMENT ON COLUMN backlog.repeat_contacts.waiting_for IS 'Since the first customer reply after the last agent reply.';
COMMENT ON COLUMN backlog.repeat_contacts.waiting_for_hours IS 'waiting_for in hours.';

CREATE VIEW backlog.top_drivers AS
WITH n AS MATERIALIZED (SELECT pg_catalog.now() AS as_of
), open_work AS (
    SELECT t.category, n.as_of OPERATOR(pg_catalog.-) t.created_at AS age
      FROM backlog.tickets t JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) t.status
     CROSS JOIN n
     WHERE s.is_open
), inflow AS (
    SELECT t.category,
           pg_catalog.count(*) FILTER (WHERE t.created_at OPERATOR(pg_catalog.>) (n.as_of OPERATOR(pg_catalog.-) interval '7 days')) AS created_7d,
           pg_catalog.count(*) FILTER (WHERE t.created_at OPERATOR(pg_catalog.<=) (n.as_of OPERATOR(pg_catalog.-) interval '7 days')) AS created_prev_7d
      FROM backlog.tickets t
     CROSS JOIN n
     WHERE t.created_at OPERATOR(pg_catalog.>) (n.as_of OPERATOR(pg_catalog.-) interval '14 days')
       AND t.created_at OPERATOR(pg_catalog.<=) n.as_of
     GROUP BY t.category
), per AS (
    SELECT o.category, pg_catalog.count(*) AS open_tickets,
           pg_catalog.count(*) FILTER (WHERE o.age OPERATOR(pg_catalog.>) interval '48 hours') AS aged_tickets,
           pg_catalog.percentile_disc(0.5) WITHIN GROUP (ORDER BY o.age) AS median_age
      FROM open_work o GROUP BY o.category
)
SELECT k.category,
       coalesce(p.open_tickets, 0) AS open_tickets,
       coalesce(p.open_tickets, 0)::double precision
           OPERATOR(pg_catalog./) nullif(pg_catalog.sum(coalesce(p.open_tickets, 0)) OVER (), 0) AS share_of_open,
       coalesce(p.aged_tickets, 0) AS aged_tickets,
       coalesce(p.aged_tickets, 0)::double precision
           OPERATOR(pg_catalog./) nullif(pg_catalog.sum(coalesce(p.aged_tickets, 0)) OVER (), 0) AS share_of_aged,
       p.median_age, pg_catalog.date_part('epoch', p.median_age) OPERATOR(pg_catalog./) 3600 AS median_age_hours,
       coalesce(i.created_7d, 0) AS created_7d,
       coalesce(i.created_prev_7d, 0) AS created_prev_7d,
       coalesce(i.created_7d, 0)::double precision OPERATOR(pg_catalog./) nullif(i.created_prev_7d, 0)
           OPERATOR(pg_catalog.-) 1 AS inflow_change
  FROM (SELECT p.category FROM per p UNION SELECT i.category FROM inflow i) k
  LEFT JOIN per p ON p.category IS NOT DISTINCT FROM k.category
  LEFT JOIN inflow i ON i.category IS NOT DISTINCT FROM k.category
 ORDER BY 2 DESC, 4 DESC, 1;
COMMENT ON VIEW backlog.top_drivers IS
  'Categories by their share of open and of aged (older than 48 hours) work, with their inflow this week against last week. Biggest first; NULL is the tickets without a category.';
COMMENT ON COLUMN backlog.top_drivers.category IS 'Category; NULL for tickets without one.';
COMMENT ON COLUMN backlog.top_drivers.open_tickets IS 'Open tickets of the category.';
COMMENT ON COLUMN backlog.top_drivers.share_of_open IS 'open_tickets / all open tickets.';
COMMENT ON COLUMN backlog.top_drivers.aged_tickets IS 'Open tickets of the category older than 48 hours.';
COMMENT ON COLUMN backlog.top_drivers.share_of_aged IS 'aged_tickets / all aged open tickets; NULL when none is aged.';
COMMENT ON COLUMN backlog.top_drivers.median_age IS 'Median age of its open tickets (percentile_disc(0.5)).';
COMMENT ON COLUMN backlog.top_drivers.median_age_hours IS 'median_age in hours.';
COMMENT ON COLUMN backlog.top_drivers.created_7d IS 'Tickets of the category created in the last 7 days.';
COMMENT ON COLUMN backlog.top_drivers.created_prev_7d IS 'Created in the 7 days before those.';
COMMENT ON COLUMN backlog.top_drivers.inflow_change IS 'created_7d / created_prev_7d - 1 (1 = inflow doubled); NULL when nothing came in the week before.';

CREATE VIEW backlog.owner_load AS
WITH n AS MATERIALIZED (SELECT pg_catalog.now() AS as_of
), open_work AS (
    SELECT t.id, t.assignee, t.team, t.priority, n.as_of OPERATOR(pg_catalog.-) t.created_at AS age
      FROM backlog.tickets t JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) t.status
     CROSS JOIN n
     WHERE s.is_open
), breached AS (
    SELECT DISTINCT c.ticket_id FROM backlog.ticket_sla c WHERE c.state OPERATOR(pg_catalog.=) 'breached'
), solved AS (
    SELECT t.assignee, t.team, pg_catalog.count(*) AS solved_7d
      FROM backlog.tickets t
     CROSS JOIN n
     WHERE t.solved_at OPERATOR(pg_catalog.>) (n.as_of OPERATOR(pg_catalog.-) interval '7 days')
       AND t.solved_at OPERATOR(pg_catalog.<=) n.as_of
     GROUP BY t.assignee, t.team
), per AS (
    SELECT o.assignee, o.team, pg_catalog.count(*) AS open_tickets,
           pg_catalog.count(*) FILTER (WHERE o.age OPERATOR(pg_catalog.>) interval '48 hours') AS older_than_48h,
           pg_catalog.count(*) FILTER (WHERE o.priority OPERATOR(pg_catalog.=) ANY ('{urgent,high}'::text[])) AS urgent_or_high,
           pg_catalog.count(b.ticket_id) AS overdue,
           pg_catalog.percentile_disc(0.5) WITHIN GROUP (ORDER BY o.age) AS median_age,
           pg_catalog.max(o.age) AS oldest_age
      FROM open_work o LEFT JOIN breached b ON b.ticket_id OPERATOR(pg_catalog.=) o.id
     GROUP BY o.assignee, o.team
)
SELECT k.assignee, k.team,
       coalesce(p.open_tickets, 0) AS open_tickets, coalesce(p.older_than_48h, 0) AS older_than_48h,
       coalesce(p.urgent_or_high, 0) AS urgent_or_high, coalesce(p.overdue, 0) AS overdue,
       p.median_age, pg_catalog.date_part('epoch', p.median_age) OPERATOR(pg_catalog./) 3600 AS median_age_hours,
       p.oldest_age, pg_catalog.date_part('epoch', p.oldest_age) OPERATOR(pg_catalog./) 3600 AS oldest_age_hours,
       coalesce(s.solved_7d, 0) AS solved_7d
  FROM (SELECT p.assignee, p.team FROM per p UNION SELECT s.assignee, s.team FROM solved s) k
  LEFT JOIN per p ON p.assignee IS NOT DISTINCT FROM k.assignee AND p.team IS NOT DISTINCT FROM k.team
  LEFT JOIN solved s ON s.assignee IS NOT DISTINCT FROM k.assignee AND s.team IS NOT DISTINCT FROM k.team
 ORDER BY 3 DESC, 1 NULLS FIRST, 2;
COMMENT ON VIEW backlog.owner_load IS
  'Open work per owner (assignee and team): how much, how old, how urgent, how much overdue, and what they solved in the last 7 days. The row with a NULL assignee is the team''s unowned work.';
COMMENT ON COLUMN backlog.owner_load.assignee IS 'Agent; NULL for unowned tickets.';
COMMENT ON COLUMN backlog.owner_load.team IS 'Team of the tickets.';
COMMENT ON COLUMN backlog.owner_load.open_tickets IS 'Open tickets they own.';
COMMENT ON COLUMN backlog.owner_load.older_than_48h IS 'Of those, created more than 48 hours ago.';
COMMENT ON COLUMN backlog.owner_load.urgent_or_high IS 'Of those, with priority urgent or high.';
COMMENT ON COLUMN backlog.owner_load.overdue IS 'Of those, with at least one breached SLA clock.';
COMMENT ON COLUMN backlog.owner_load.median_age IS 'Median age of their open tickets (percentile_disc(0.5)).';
COMMENT ON COLUMN backlog.owner_load.median_age_hours IS 'median_age in hours.';
COMMENT ON COLUMN backlog.owner_load.oldest_age IS 'Age of their oldest open ticket.';
COMMENT ON COLUMN backlog.owner_load.oldest_age_hours IS 'oldest_age in hours.';
COMMENT ON COLUMN backlog.owner_load.solved_7d IS 'Tickets they solved (solved_at) in the last 7 days.';

-- ---------------------------------------------------------------------------------------------
-- backlog.report: the health summary as text for psql.
-- ---------------------------------------------------------------------------------------------
-- A sparkline of non-negative numbers: one of eight bars per value, scaled to the largest.
CREATE FUNCTION backlog.sparkline(v bigint[])
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT coalesce(pg_catalog.string_agg(
               pg_catalog.substr('▁▂▃▄▅▆▇█',
                   1 OPERATOR(pg_catalog.+) CASE WHEN m.top OPERATOR(pg_catalog.>) 0
                        THEN (pg_catalog.round(7 OPERATOR(pg_catalog.*) greatest(x.n, 0)::numeric
                                               OPERATOR(pg_catalog./) m.top))::integer
                        ELSE 0 END, 1), '' ORDER BY x.i), '')
      FROM pg_catalog.unnest(v) WITH ORDINALITY x(n, i),
           (SELECT pg_catalog.max(greatest(y, 0)) AS top FROM pg_catalog.unnest(v) y) m
$$;
COMMENT ON FUNCTION backlog.sparkline(bigint[]) IS
  'A Unicode sparkline (▁ to █) of the numbers, scaled to the largest; NULL elements and negatives draw as ▁.';

-- One figure as text: a number rounded to two decimals, a string as is, an array element-wise.
CREATE FUNCTION backlog.alert_figure(v jsonb)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT CASE pg_catalog.jsonb_typeof(v)
           WHEN 'number' THEN pg_catalog.trim_scale(pg_catalog.round(v::numeric, 2))::text
           WHEN 'string' THEN v OPERATOR(pg_catalog.#>>) '{}'
           WHEN 'array' THEN (SELECT pg_catalog.string_agg(CASE pg_catalog.jsonb_typeof(e)
                                        WHEN 'number' THEN pg_catalog.trim_scale(pg_catalog.round(e::numeric, 2))::text
                                        ELSE e OPERATOR(pg_catalog.#>>) '{}' END, ' > ' ORDER BY i)
                                FROM pg_catalog.jsonb_array_elements(v) WITH ORDINALITY x(e, i))
           ELSE v::text END
$$;
COMMENT ON FUNCTION backlog.alert_figure(jsonb) IS
  'One alert figure as text for backlog.report: a number rounded to two decimals, a string as is, an array''s elements joined by " > " (the weekly open counts of a growth alert, newest first).';

-- An alert's figures in a line: each figure (by name; numbers to two decimals) but the ones the
-- line shows otherwise (category and ticket_id are its subject) or that only rank it (score),
-- then the threshold.
CREATE FUNCTION backlog.alert_figures(figures jsonb)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT pg_catalog.concat_ws('; ',
             (SELECT pg_catalog.string_agg(f.key OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||) backlog.alert_figure(f.value), ', ' ORDER BY f.key)
                FROM pg_catalog.jsonb_each(figures) f
               WHERE f.key OPERATOR(pg_catalog.<>) ALL ('{threshold,min_count,category,ticket_id,score}'::text[])),
             'threshold ' OPERATOR(pg_catalog.||) backlog.alert_figure(figures OPERATOR(pg_catalog.->) 'threshold'))
$$;
COMMENT ON FUNCTION backlog.alert_figures(jsonb) IS
  'The figures of a backlog.alerts row as one line for backlog.report: name and value of each (numbers rounded to two decimals), without category, ticket_id and score, then the threshold.';

CREATE FUNCTION backlog.report(as_of timestamptz DEFAULT pg_catalog.now())
RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    h      record;
    f      record;
    zone   text := coalesce((SELECT backlog.calendar_zone(c.calendar) FROM backlog.calendars c
                              WHERE c.name = 'default'), 'UTC');
    days   integer[] := ARRAY(SELECT generate_series(1, 14));
    created bigint[];
    solved  bigint[];
    opened  bigint[];
    out    text;
    line   text;
    r      record;
    n_firing  bigint;
    n_cleared bigint;
BEGIN
    SELECT * INTO h FROM backlog.health_at(as_of);
    out := format(E'BACKLOG HEALTH  %s (%s)\n\n', to_char(timezone(zone, as_of), 'Dy YYYY-MM-DD HH24:MI'), zone);
    out := out || format(E'  open %s   older than 48 h %s   overdue %s (%s)\n',
                         h.open_tickets, h.older_than_48h, h.overdue,
                         coalesce(to_char(100 * h.share_past_sla, 'FM990.0') || '%', '-'));
    out := out || format(E'  age   average %s   median %s   p90 %s   oldest %s\n',
                         coalesce(justify_hours(date_trunc('minute', h.avg_age))::text, '-'),
                         coalesce(justify_hours(date_trunc('minute', h.median_age))::text, '-'),
                         coalesce(justify_hours(date_trunc('minute', h.p90_age))::text, '-'),
                         coalesce(justify_hours(date_trunc('minute', h.oldest_age))::text, '-'));
    out := out || format(E'  today created %s, solved %s   7 days: solved/created %s, open %s week over week, %s\n\n',
                         h.created_today, h.solved_today,
                         coalesce(to_char(h.solved_per_created_7d, 'FM990.00'), '-'),
                         coalesce(to_char(100 * h.growth_wow, 'FMSG990.0') || '%', '-'),
                         coalesce('clear in ' || to_char(h.days_to_clear, 'FM999990.0') || ' days', 'not shrinking'));

    -- threshold alerts (backlog.alerts, written by the snapshots): firing at as_of, and cleared
    -- in the 7 days before it; at most 10 lines of each, newest first
    SELECT count(*) FILTER (WHERE a.fired_at <= as_of AND (a.cleared_at IS NULL OR a.cleared_at > as_of)),
           count(*) FILTER (WHERE a.cleared_at <= as_of AND a.cleared_at > as_of - interval '7 days')
      INTO n_firing, n_cleared FROM backlog.alerts a;
    out := out || format(E'  ALERTS  %s firing, %s cleared in the last 7 days\n',
                         CASE WHEN n_firing = 0 THEN 'none' ELSE n_firing::text END,
                         CASE WHEN n_cleared = 0 THEN 'none' ELSE n_cleared::text END);
    FOR r IN (SELECT 1 AS k, a.* FROM backlog.alerts a
               WHERE a.fired_at <= as_of AND (a.cleared_at IS NULL OR a.cleared_at > as_of)
               ORDER BY a.fired_at DESC, a.rule, a.subject LIMIT 10)
             UNION ALL
             (SELECT 2, a.* FROM backlog.alerts a
               WHERE a.cleared_at <= as_of AND a.cleared_at > as_of - interval '7 days'
               ORDER BY a.cleared_at DESC, a.rule, a.subject LIMIT 10)
             ORDER BY 1 LOOP
        out := out || format(E'  %-8s %-28s %-38s %s\n',
                             CASE r.k WHEN 1 THEN 'firing' ELSE 'cleared' END,
                             r.rule || CASE WHEN r.subject = '' THEN '' ELSE ' ' || r.subject END,
                             CASE r.k WHEN 1 THEN 'since ' || to_char(timezone(zone, r.fired_at), 'YYYY-MM-DD HH24:MI')
                                  ELSE to_char(timezone(zone, r.fired_at), 'YYYY-MM-DD HH24:MI') || ' .. '
                                       || to_char(timezone(zone, r.cleared_at), 'YYYY-MM-DD HH24:MI') END,
                             backlog.alert_figures(r.figures));
    END LOOP;
    IF n_firing > 10 THEN
        out := out || format(E'  ... and %s more firing (backlog.alerts)\n', n_firing - 10);
    END IF;
    IF n_cleared > 10 THEN
        out := out || format(E'  ... and %s more cleared (backlog.alerts)\n', n_cleared - 10);
    END IF;
    out := out || E'\n';

    out := out || E'  FLOW        created   solved      net  solved/created   open at start -> end   growth  days to clear\n';
    FOR f IN SELECT * FROM backlog.flow_at(as_of, '{1,7,28}') LOOP
        out := out || format(E'  %-8s %10s %8s %8s %15s %15s -> %-5s %8s %14s\n',
                             f.window_days || CASE WHEN f.window_days = 1 THEN ' day' ELSE ' days' END,
                             f.created, f.solved, f.net,
                             coalesce(to_char(f.solved_per_created, 'FM990.00'), '-'),
                             f.open_at_start, f.open_at_end,
                             coalesce(to_char(100 * f.growth, 'FMSG990.0') || '%', '-'),
                             coalesce(to_char(f.days_to_clear, 'FM999990.0'), '-'));
    END LOOP;

    -- the last 14 periods of 24 hours, oldest first, from one pass of the flow aggregate
    SELECT array_agg(x.created - coalesce(x.prev_created, 0) ORDER BY x.window_days DESC),
           array_agg(x.solved - coalesce(x.prev_solved, 0) ORDER BY x.window_days DESC),
           array_agg(x.open_at_start ORDER BY x.window_days DESC)
      INTO created, solved, opened
      FROM (SELECT fl.*, lag(fl.created) OVER w AS prev_created, lag(fl.solved) OVER w AS prev_solved
              FROM backlog.flow_at(as_of, days) fl WINDOW w AS (ORDER BY fl.window_days)) x;
    out := out || E'\n  LAST 14 DAYS (24 h each, oldest first)\n';
    out := out || format(E'  created  %s  %s\n', backlog.sparkline(created), array_to_string(created, ' '));
    out := out || format(E'  solved   %s  %s\n', backlog.sparkline(solved), array_to_string(solved, ' '));
    out := out || format(E'  open     %s  %s .. %s (at each day''s start)\n', backlog.sparkline(opened),
                         opened[1], opened[14]);

    out := out || E'\n  AGE OF OPEN WORK (now)\n';
    FOR r IN SELECT * FROM backlog.age_distribution ORDER BY ordinal LOOP
        out := out || format(E'  %-7s %6s  %s\n', r.bucket, r.open_tickets,
                             repeat('█', coalesce(round(40 * r.share)::integer, 0)));
    END LOOP;

    out := out || E'\n  TOP DRIVERS (now)     open  share   aged  share  in 7 d  prev 7 d\n';
    FOR r IN SELECT * FROM backlog.top_drivers LIMIT 6 LOOP
        out := out || format(E'  %-20s %6s %6s %6s %6s %7s %9s\n', coalesce(r.category, '(none)'),
                             r.open_tickets, coalesce(to_char(100 * r.share_of_open, 'FM990') || '%', '-'),
                             r.aged_tickets, coalesce(to_char(100 * r.share_of_aged, 'FM990') || '%', '-'),
                             r.created_7d, r.created_prev_7d);
    END LOOP;

    SELECT format(E'\n  NEEDS A LOOK (now)   at risk %s   blocked %s (%s check-ins due)   zombies %s   reopened 30 d %s   chasing customers %s\n',
                  (SELECT count(*) FROM backlog.at_risk),
                  (SELECT count(*) FROM backlog.blocked),
                  (SELECT count(*) FROM backlog.blocked b WHERE b.checkin_overdue),
                  (SELECT count(*) FROM backlog.zombies_at(as_of)),
                  (SELECT count(*) FROM backlog.reopened),
                  (SELECT count(*) FROM backlog.repeat_contacts))
      INTO line;
    out := out || line;
    SELECT string_agg(format('%s %s (%s over %s)', a.metric, a.rule, to_char(a.long_burn_rate, 'FM9990.0'), a.long_window), ', ')
      INTO line FROM backlog.burn_rate_alerts_at(as_of) a WHERE a.firing;
    out := out || format(E'  SLA burn-rate alerts firing: %s\n', coalesce(line, 'none'));
    RETURN out;
END
$$;
COMMENT ON FUNCTION backlog.report(timestamptz) IS
  'The health summary as text for psql (SELECT backlog.report() or \pset format unaligned first): health, the threshold alerts firing at as_of and those cleared in the 7 days before, flow over 1, 7 and 28 days, sparklines of the last 14 days, age distribution, top drivers and what needs a look. Figures are as of as_of; the lists marked (now) are the views as they stand now.';

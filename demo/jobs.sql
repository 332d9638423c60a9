-- demo/jobs.sql: the scheduled jobs `make demo` runs after loading the data, then schedules with
-- pg_cron (cron.database_name is 'backlog_demo' in the demo cluster), and what they made: four
-- weeks of backfilled daily health history with sparklines, the alerts that fired, the
-- escalations the rules made. Runs in database backlog_demo, as the superuser.
--
-- The demo's "now" is the end of the generated period (backlog_demo.runs.end_at).
\set QUIET 1
\pset footer off
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET client_min_messages = warning;

-- Escalation rules a support team might start with.
INSERT INTO backlog.escalation_rules (rule, sla_state, sla_metric, age_buckets, tiers, priorities,
                                      raise_priority, assign_team, add_tag, notify_channel, description) VALUES
 ('first-reply-breached', 'breached', 'first_response', NULL, NULL, NULL, 'high', NULL, 'sla-breach', 'support_leads',
  'No first reply within the SLA target: raise to high, tag, tell the leads.'),
 ('aged-two-weeks', NULL, NULL, '{14-30d,30d+}', NULL, NULL, NULL, 'senior', 'aged', NULL,
  'Open for 14 days or more: to the senior team.'),
 ('urgent-at-risk', 'at_risk', NULL, NULL, NULL, '{urgent}', NULL, NULL, 'at-risk', 'support_leads',
  'An urgent ticket close to breaching an SLA target.'),
 ('critical-tier', NULL, NULL, NULL, '{critical}', NULL, 'urgent', NULL, 'critical', 'support_leads',
  'Scored critical: make it urgent.');

-- Four weeks of history from the status history, then today's snapshot and one escalation run.
\o /dev/null
SELECT backlog.backfill_snapshots((r.end_at - interval '28 days')::date, (r.end_at - interval '1 day')::date)
  FROM backlog_demo.runs r;
SELECT backlog.take_snapshot(r.end_at) FROM backlog_demo.runs r;
SELECT count(*) FROM backlog_demo.runs r, backlog.run_escalations(r.end_at) e;
-- and from now on pg_cron takes the daily snapshot and runs the rules every 15 minutes
SELECT * FROM backlog.schedule();
\o

\echo
\echo '-- Daily health, last 4 weeks (backlog.health_history; one character a day) -----'
WITH h AS (SELECT * FROM backlog.health_history ORDER BY day),
     spark AS (
    SELECT m.metric, m.first, m.last, m.lo, m.hi,
           string_agg(substr('▁▂▃▄▅▆▇█', 1 + CASE WHEN m.hi = m.lo THEN 0
                                               ELSE floor(7.999 * (v.v - m.lo) / (m.hi - m.lo))::int END, 1), '' ORDER BY v.day) AS line
      FROM (SELECT 'open tickets' AS metric, day, open_tickets::float8 AS v FROM h
            UNION ALL SELECT 'overdue', day, overdue FROM h
            UNION ALL SELECT 'avg age (h)', day, round(avg_age_hours::numeric, 1)::float8 FROM h
            UNION ALL SELECT 'older than 48 h', day, older_than_48h FROM h) v
      JOIN (SELECT metric, min(v) lo, max(v) hi,
                   (array_agg(v ORDER BY day))[1] AS first, (array_agg(v ORDER BY day DESC))[1] AS last
              FROM (SELECT 'open tickets' AS metric, day, open_tickets::float8 AS v FROM h
                    UNION ALL SELECT 'overdue', day, overdue FROM h
                    UNION ALL SELECT 'avg age (h)', day, round(avg_age_hours::numeric, 1)::float8 FROM h
                    UNION ALL SELECT 'older than 48 h', day, older_than_48h FROM h) x
             GROUP BY metric) m USING (metric)
     GROUP BY m.metric, m.first, m.last, m.lo, m.hi)
SELECT metric AS " ", line AS "trend", first AS "first day", last AS "today", lo AS "min", hi AS "max" FROM spark
 ORDER BY array_position(ARRAY['open tickets', 'older than 48 h', 'overdue', 'avg age (h)'], metric);

\echo
\echo '-- Week over week (backlog.health_trend, the last 4 snapshot days) ----------------'
SELECT day, open_tickets AS "open", open_tickets_week_before AS "a week before", open_tickets_change AS "change",
       created_7d AS "created 7d", solved_7d AS "solved 7d"
  FROM backlog.health_trend ORDER BY day DESC LIMIT 4;

\echo
\echo '-- Alerts (backlog.alerts: fired at a snapshot, cleared at the first one without it) --'
SELECT a.rule, nullif(a.subject, '') AS "about", a.fired_at::date AS "fired", a.cleared_at::date AS "cleared",
       left(a.figures::text, 70) AS "figures"
  FROM backlog.alerts a ORDER BY a.fired_at, a.rule, a.subject LIMIT 20;

\echo
\echo '-- Escalations made by the rules (backlog.escalation_log) ------------------------'
SELECT l.rule, count(DISTINCT l.ticket_id) AS "tickets", min(l.escalated_at)::date AS "on",
       string_agg(DISTINCT k.key, ', ') AS "actions"
  FROM backlog.escalation_log l CROSS JOIN LATERAL jsonb_object_keys(l.actions) k(key)
 GROUP BY l.rule ORDER BY l.rule;
SELECT jobname AS "pg_cron job", schedule FROM cron.job WHERE jobname LIKE 'backlog-%' ORDER BY jobname;

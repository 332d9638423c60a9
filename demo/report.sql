-- demo/report.sql: the backlog health summary that `make demo` prints.
--
--   psql -h /var/tmp/backlog-demo -p 5433 -U postgres -d backlog_demo -f demo/report.sql
--
-- Plain SQL over backlog.tickets, backlog.ticket_events and backlog.statuses, so it reads any
-- ticket store, not only the demo's. "Now" is the end of the generated period when the demo
-- generator filled the store (backlog_demo.runs), else now(). As the extension grows views
-- (backlog.health, backlog.queue, ...), this report moves onto them.

\set QUIET 1
\pset footer off
\pset null '-'
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';

CREATE TEMP TABLE report_now AS
SELECT coalesce((SELECT r.end_at FROM backlog_demo.runs r
                  WHERE to_regclass('backlog_demo.runs') IS NOT NULL LIMIT 1), now()) AS as_of;

-- Open work as of then: current status is open and age counted from created_at.
CREATE TEMP TABLE report_open AS
SELECT t.*, s.waiting_on, n.as_of - t.created_at AS age
  FROM backlog.tickets t
  JOIN backlog.statuses s ON s.status = t.status
 CROSS JOIN report_now n
 WHERE s.is_open;

-- Status of every ticket at a past instant, read from its status history.
CREATE TEMP TABLE report_open_week_ago AS
SELECT count(*) AS n
  FROM (SELECT DISTINCT ON (e.ticket_id) e.ticket_id, e.value
          FROM backlog.ticket_events e, report_now n
         WHERE e.kind = 'status' AND e.at <= n.as_of - interval '7 days'
         ORDER BY e.ticket_id, e.at DESC) s
  JOIN backlog.statuses st ON st.status = s.value
 WHERE st.is_open;

\echo
\echo '================================================================================'
SELECT format('  BACKLOG HEALTH as of %s UTC', to_char(as_of, 'Dy YYYY-MM-DD HH24:MI')) AS title FROM report_now \gset
\echo :title
\echo '================================================================================'
\echo

\echo '-- At a glance ----------------------------------------------------------------'
SELECT (SELECT count(*) FROM report_open) AS "open",
       (SELECT count(*) FROM report_open WHERE waiting_on = 'agent') AS "on us",
       (SELECT count(*) FROM report_open WHERE waiting_on = 'customer') AS "on customer",
       (SELECT count(*) FROM report_open WHERE waiting_on = 'internal') AS "blocked (other team)",
       (SELECT count(*) FROM report_open WHERE age > interval '48 hours') AS "older than 48 h",
       (SELECT count(*) FROM report_open WHERE assignee IS NULL) AS "unassigned",
       (SELECT count(*) FROM backlog.tickets t, report_now n
         WHERE t.created_at > n.as_of - interval '24 hours') AS "created 24 h",
       (SELECT count(*) FROM backlog.tickets t, report_now n
         WHERE t.solved_at > n.as_of - interval '24 hours') AS "solved 24 h";

SELECT justify_hours(date_trunc('minute', avg(age))) AS "average age",
       justify_hours(date_trunc('minute', percentile_cont(0.5) WITHIN GROUP (ORDER BY age))) AS "median age",
       justify_hours(date_trunc('minute', percentile_cont(0.9) WITHIN GROUP (ORDER BY age))) AS "p90 age",
       justify_hours(date_trunc('minute', max(age))) AS "oldest",
       (SELECT round(count(*) FILTER (WHERE t.solved_at > n.as_of - interval '7 days')::numeric
                     / nullif(count(*) FILTER (WHERE t.created_at > n.as_of - interval '7 days'), 0), 2)
          FROM backlog.tickets t, report_now n) AS "7-day solved/created",
       (SELECT to_char(100.0 * ((SELECT count(*) FROM report_open) - w.n) / nullif(w.n, 0), 'FMSG990.0') || '%'
          FROM report_open_week_ago w) AS "open vs a week ago"
  FROM report_open;

\echo
\echo '-- Age of open work ------------------------------------------------------------'
SELECT b.bucket AS "age", count(o.id) AS "tickets",
       repeat('#', (60.0 * count(o.id) / GREATEST(1, max(count(o.id)) OVER ()))::integer) AS " "
  FROM (VALUES (1, '0-24h', interval '0', interval '24 hours'), (2, '24-72h', interval '24 hours', interval '72 hours'),
               (3, '3-7d', interval '72 hours', interval '7 days'), (4, '7-14d', interval '7 days', interval '14 days'),
               (5, '14-30d', interval '14 days', interval '30 days'), (6, '30d+', interval '30 days', NULL)) b(k, bucket, lo, hi)
  LEFT JOIN report_open o ON o.age >= b.lo AND (b.hi IS NULL OR o.age < b.hi)
 GROUP BY b.k, b.bucket ORDER BY b.k;

\echo
\echo '-- Where the work is: categories (inflow: last 7 days vs the 7 before) ----------'
SELECT c.category,
       count(o.id) AS "open",
       count(o.id) FILTER (WHERE o.age > interval '48 hours') AS "> 48 h",
       to_char(100.0 * count(o.id) / nullif(sum(count(o.id)) OVER (), 0), 'FM990.0') || '%' AS "share",
       (SELECT count(*) FROM backlog.tickets t, report_now n
         WHERE t.category = c.category AND t.created_at > n.as_of - interval '7 days') AS "in 7d",
       (SELECT count(*) FROM backlog.tickets t, report_now n
         WHERE t.category = c.category AND t.created_at > n.as_of - interval '14 days'
           AND t.created_at <= n.as_of - interval '7 days') AS "prev 7d"
  FROM (SELECT DISTINCT category FROM backlog.tickets) c
  LEFT JOIN report_open o ON o.category = c.category
 GROUP BY c.category ORDER BY count(o.id) DESC, c.category;

\echo
\echo '-- Teams ------------------------------------------------------------------------'
SELECT coalesce(o.team, '(none)') AS "team", count(*) AS "open",
       count(*) FILTER (WHERE o.assignee IS NULL) AS "unassigned",
       count(*) FILTER (WHERE o.waiting_on = 'internal') AS "on hold",
       justify_hours(date_trunc('hour', percentile_cont(0.5) WITHIN GROUP (ORDER BY o.age))) AS "median age",
       justify_hours(date_trunc('hour', max(o.age))) AS "oldest"
  FROM report_open o GROUP BY 1 ORDER BY 2 DESC;

\echo
\echo '-- Busiest agents (open tickets they own) --------------------------------------'
SELECT o.assignee AS "agent", o.team, count(*) AS "open",
       count(*) FILTER (WHERE o.age > interval '48 hours') AS "> 48 h",
       count(*) FILTER (WHERE o.priority IN ('urgent', 'high')) AS "urgent+high"
  FROM report_open o WHERE o.assignee IS NOT NULL
 GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 8;

\echo
\echo '-- Flow, last 14 days (created / solved per day; the bar is created) -----------'
SELECT d::date AS "day", to_char(d, 'Dy') AS " ",
       (SELECT count(*) FROM backlog.tickets t WHERE t.created_at >= d AND t.created_at < d + interval '1 day') AS "created",
       (SELECT count(*) FROM backlog.tickets t WHERE t.solved_at >= d AND t.solved_at < d + interval '1 day') AS "solved",
       repeat('#', ((SELECT count(*) FROM backlog.tickets t WHERE t.created_at >= d AND t.created_at < d + interval '1 day')
                    / GREATEST(1, (SELECT count(*) / 60 FROM backlog.tickets t, report_now n
                                   WHERE t.created_at > n.as_of - interval '14 days')))::integer) AS "  "
  FROM report_now n,
       generate_series(date_trunc('day', n.as_of) - interval '13 days', date_trunc('day', n.as_of), interval '1 day') d
 ORDER BY d;

\echo
\echo '-- First reply, last 28 days (working and off hours alike) ---------------------'
SELECT t.priority,
       count(*) AS "tickets",
       justify_hours(date_trunc('minute', percentile_cont(0.5) WITHIN GROUP (ORDER BY t.first_response_at - t.created_at))) AS "median",
       justify_hours(date_trunc('minute', percentile_cont(0.9) WITHIN GROUP (ORDER BY t.first_response_at - t.created_at))) AS "p90",
       count(*) FILTER (WHERE t.first_response_at IS NULL) AS "still waiting"
  FROM backlog.tickets t, report_now n
 WHERE t.created_at > n.as_of - interval '28 days' AND t.merged_into IS NULL
 GROUP BY t.priority ORDER BY array_position(ARRAY['urgent', 'high', 'normal', 'low'], t.priority);

\echo
\echo '-- What keeps coming back ------------------------------------------------------'
SELECT (SELECT count(DISTINCT e.ticket_id) FROM backlog.ticket_events e, report_now n
         WHERE e.kind = 'status' AND e.value = 'open' AND e.at > n.as_of - interval '30 days'
           AND EXISTS (SELECT 1 FROM backlog.ticket_events p WHERE p.ticket_id = e.ticket_id AND p.kind = 'status'
                         AND p.value = 'solved' AND p.at < e.at)) AS "reopened (30 d)",
       (SELECT count(*) FROM report_open o
         WHERE (SELECT count(*) FROM backlog.ticket_events e WHERE e.ticket_id = o.id AND e.kind = 'customer_reply'
                   AND e.at > coalesce((SELECT max(a.at) FROM backlog.ticket_events a
                                         WHERE a.ticket_id = o.id AND a.kind = 'agent_reply'), o.created_at)) >= 2)
           AS "open, chased twice+ since our last reply",
       (SELECT count(*) FROM backlog.tickets WHERE merged_into IS NOT NULL) AS "merged as duplicates";

\echo
\echo '-- Open tickets of the biggest accounts -----------------------------------------'
SELECT o.account, o.account_tier AS "tier", count(*) AS "open",
       justify_hours(date_trunc('hour', max(o.age))) AS "oldest",
       string_agg(DISTINCT o.category, ', ') AS "categories"
  FROM report_open o
 GROUP BY 1, 2
 ORDER BY array_position(ARRAY['enterprise', 'business', 'starter', 'free'], o.account_tier), 3 DESC, 1
 LIMIT 8;

\echo
\echo '-- Unowned zombies: open, no owner, nothing happened for 14 days ---------------'
SELECT o.id, date_trunc('hour', o.age) AS "age", o.status, o.account_tier AS "tier", o.category,
       left(o.subject, 48) AS "subject"
  FROM report_open o, report_now n
 WHERE o.assignee IS NULL AND coalesce(o.updated_at, o.created_at) < n.as_of - interval '14 days'
 ORDER BY o.age DESC LIMIT 10;
SELECT count(*) AS "zombies in all" FROM report_open o, report_now n
 WHERE o.assignee IS NULL AND coalesce(o.updated_at, o.created_at) < n.as_of - interval '14 days';

\echo
\echo '-- Oldest open work waiting on us ----------------------------------------------'
SELECT o.id, date_trunc('hour', o.age) AS "age", o.priority, o.status, o.team, o.assignee, left(o.subject, 40) AS "subject"
  FROM report_open o WHERE o.waiting_on IN ('agent', 'internal')
 ORDER BY o.age DESC LIMIT 10;

DROP TABLE report_now, report_open, report_open_week_ago;
\echo

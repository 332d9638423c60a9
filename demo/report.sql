-- demo/report.sql: the backlog health summary that `make demo` prints.
--
--   psql -h /var/tmp/backlog-demo -p 5433 -U postgres -d backlog_demo -f demo/report.sql
--
-- Calls of the extension's own report and views only, so it reads any backlog database. "Now" is
-- the end of the generated period when the demo generator filled the store (backlog_demo.runs),
-- else now().

\set QUIET 1
\pset footer off
\pset null '-'
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';

SELECT coalesce((SELECT r.end_at FROM backlog_demo.runs r
                  WHERE to_regclass('backlog_demo.runs') IS NOT NULL LIMIT 1), now()) AS as_of \gset

\echo
\pset format unaligned
\pset tuples_only on
SELECT backlog.report(:'as_of');
\pset format aligned
\pset tuples_only off

\echo '-- Next SLA breaches (backlog.at_risk) -------------------------------------------'
SELECT ticket_id AS "id", metric, priority, round(remaining_hours::numeric, 1) AS "business hours left",
       to_char(due_at, 'Dy DD Mon HH24:MI') AS "due", left(subject, 40) AS "subject"
  FROM backlog.at_risk LIMIT 8;

\echo
\echo '-- Blocked on another team, check-in due (backlog.blocked) -----------------------'
SELECT ticket_id AS "id", status, assignee AS "owner", team, round(blocked_for_hours::numeric / 24, 1) AS "days blocked",
       to_char(next_checkin_at, 'Dy DD Mon HH24:MI') AS "check-in was due", left(subject, 36) AS "subject"
  FROM backlog.blocked WHERE checkin_overdue LIMIT 8;

\echo
\echo '-- Zombies (backlog.zombies) ------------------------------------------------------'
SELECT ticket_id AS "id", round(age_hours::numeric / 24) AS "age, days", status, reasons, left(subject, 36) AS "subject"
  FROM backlog.zombies LIMIT 8;

\echo
\echo '-- Customers chasing an answer (backlog.repeat_contacts) -------------------------'
SELECT ticket_id AS "id", account, chases, round(waiting_for_hours::numeric, 1) AS "hours waiting", left(subject, 40) AS "subject"
  FROM backlog.repeat_contacts LIMIT 8;

\echo
\echo '-- Busiest owners (backlog.owner_load) --------------------------------------------'
SELECT assignee AS "agent", team, open_tickets AS "open", older_than_48h AS "> 48 h", urgent_or_high AS "urgent+high",
       overdue, round(oldest_age_hours::numeric / 24, 1) AS "oldest, days", solved_7d AS "solved 7 d"
  FROM backlog.owner_load WHERE assignee IS NOT NULL LIMIT 8;
\echo

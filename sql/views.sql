-- views: the views of open work on a hand-made store, every figure worked out below, and the SLA
-- burn rate with its alerts. The views measure up to now() (the transaction's start, fixed inside
-- it), so the store is written relative to now(), N below. The default calendar is 24x7 here so
-- SLA clocks run on wall-clock time.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
BEGIN;
DELETE FROM backlog.tickets;
UPDATE backlog.calendars SET calendar = 'UTC; 24x7' WHERE name = 'default';

-- Every view over an empty store: no error; age_distribution lists its six buckets with zeros.
SELECT ordinal, bucket, open_tickets, share, cumulative_share FROM backlog.age_distribution;
SELECT (SELECT count(*) FROM backlog.at_risk) AS at_risk, (SELECT count(*) FROM backlog.blocked) AS blocked,
       (SELECT count(*) FROM backlog.zombies) AS zombies, (SELECT count(*) FROM backlog.reopened) AS reopened,
       (SELECT count(*) FROM backlog.repeat_contacts) AS repeat_contacts,
       (SELECT count(*) FROM backlog.top_drivers) AS top_drivers, (SELECT count(*) FROM backlog.owner_load) AS owner_load,
       (SELECT count(*) FROM backlog.burn_rate_alerts) AS burn_rate_alerts;

INSERT INTO backlog.tickets (id, priority, status, assignee, team, category, created_at, solved_at) VALUES
  -- 1: urgent, 50 minutes old, no reply: first reply (1 h) due in 10 minutes, warned 15 before
  (1, 'urgent', 'open',    'ann', 'core', 'billing', now() - interval '50 minutes', NULL),
  -- 2: on hold 5 days, answered 4 days ago, then chased twice by the customer
  (2, NULL,     'on_hold', 'bob', 'core', 'login',   now() - interval '10 days', NULL),
  -- 3: unowned, untouched and 40 days old
  (3, NULL,     'open',    NULL,  NULL,   'billing', now() - interval '40 days', NULL),
  -- 4: high, waiting on the customer for 15 days, never answered (both SLA clocks breached)
  (4, 'high',   'pending', 'ann', 'core', NULL,      now() - interval '20 days', NULL),
  -- 5: solved 5 days ago, reopened 2 days ago
  (5, NULL,     'open',    'bob', 'core', 'login',   now() - interval '6 days', now() - interval '5 days'),
  -- 6: reopened 40 days ago and 10 days ago, solved again yesterday
  (6, NULL,     'solved',  'cy',  'edge', 'login',   now() - interval '60 days', now() - interval '1 day'),
  -- 8: two hours old, the customer wrote twice more, no agent yet
  (8, 'low',    'new',     NULL,  'edge', 'billing', now() - interval '2 hours', NULL);
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value) VALUES
  (2, now() - interval '10 days', 'status', 'new'), (2, now() - interval '9 days', 'status', 'open'),
  (2, now() - interval '5 days', 'status', 'on_hold'), (2, now() - interval '4 days', 'agent_reply', NULL),
  (2, now() - interval '3 days', 'customer_reply', NULL), (2, now() - interval '2 days', 'customer_reply', NULL),
  (4, now() - interval '20 days', 'status', 'new'), (4, now() - interval '15 days', 'status', 'pending'),
  (5, now() - interval '6 days', 'status', 'new'), (5, now() - interval '5 days', 'status', 'solved'),
  (5, now() - interval '2 days', 'status', 'open'),
  (6, now() - interval '60 days', 'status', 'new'), (6, now() - interval '50 days', 'status', 'solved'),
  (6, now() - interval '40 days', 'status', 'open'), (6, now() - interval '35 days', 'status', 'solved'),
  (6, now() - interval '10 days', 'status', 'open'), (6, now() - interval '1 day', 'status', 'solved'),
  (8, now() - interval '1 hour', 'customer_reply', NULL), (8, now() - interval '30 minutes', 'customer_reply', NULL);
ANALYZE backlog.tickets, backlog.ticket_events;

-- age_distribution. Open: 1 (50 min), 8 (2 h) in 0-24h; 5 (6 d) in 3-7d; 2 (10 d) in 7-14d;
-- 4 (20 d) in 14-30d; 3 (40 d) in 30d+. 6 open tickets: shares 2/6, 0, 1/6 ...; cumulative
-- 1/3, 1/3, 1/2, 2/3, 5/6, 1.
SELECT * FROM backlog.age_distribution;

-- at_risk: only 1's first reply (10 minutes left <= 15 minutes warn_before). 1's resolution
-- (8 h) has 7 h 10 left, more than its 2 h warning; 8 (low) has 22 h of its 24 left, more than 6;
-- 4's clocks are breached, not at risk; the others have no priority, so no policy.
SELECT ticket_id, metric, priority, assignee, team, due_at - now() AS due_in, remaining, remaining_hours,
       warn_before, warn_before_hours
  FROM backlog.at_risk;

-- blocked: 2, on hold (waiting on an internal team) since N-5d, last touched by the customer's
-- reply at N-2d; check in every day (seed): next check-in N-1d, overdue.
SELECT ticket_id, status, waiting_on, assignee, team, now() - blocked_since AS since, blocked_for, blocked_for_hours,
       now() - last_touched_at AS untouched, checkin_interval, checkin_interval_hours,
       now() - next_checkin_at AS checkin_late_by, checkin_overdue
  FROM backlog.blocked;

-- zombies: 3 (unowned for 40 days > 3, untouched 40 days > 14, 40 days old > 30) and 4 (owned,
-- 20 days old, untouched since its status event at N-15d > 14 days). Oldest first. 8 is unowned
-- but only 2 hours old; 2 and 5 were touched 2 days ago.
SELECT ticket_id, status, assignee, age, age_hours, now() - last_touched_at AS untouched, untouched_for,
       untouched_for_hours, unowned, untouched, old, reasons
  FROM backlog.zombies;
-- Other thresholds: older than 5 days adds 2 (10 days) and 5 (6 days); 1 and 8 stay young.
SELECT ticket_id, old, reasons FROM backlog.zombies_at(now(), older_than => interval '5 days');

-- reopened: 5 (solved N-5d, reopened N-2d: 1 reopen, open) and 6 (reopened N-40d and N-10d:
-- 2 reopens, 1 in the last 30 days, solved again). Latest reopen first.
SELECT ticket_id, status, is_open, reopens, reopens_30d, now() - last_reopened_at AS reopened_ago, assignee
  FROM backlog.reopened;

-- repeat_contacts: 8 (no agent reply: both customer replies chase; waiting since the first,
-- N-1h) and 2 (answered at N-4d, then two customer replies: the second chases; waiting since
-- N-3d). Most chases first.
SELECT ticket_id, status, assignee, chases, customer_replies, now() - last_agent_reply_at AS agent_ago,
       now() - last_customer_reply_at AS customer_ago, waiting_for, waiting_for_hours
  FROM backlog.repeat_contacts;

-- top_drivers. Open: billing 1, 3, 8 = 3 (share 1/2); login 2, 5 = 2 (1/3); none 4 = 1 (1/6).
-- Aged (> 48 h): billing 3 = 1 (1/4 of 4), login 2, 5 = 2 (1/2), none 4 = 1 (1/4).
-- Median ages: billing {50 min, 2 h, 40 d} = 2 h; login {6 d, 10 d} = 6 d; none 20 d.
-- Created in the last 7 days: billing 1, 8 = 2 (none the week before: change NULL); login 5 = 1,
-- the week before 2 = 1 (change 0); none: 0 and 0.
SELECT * FROM backlog.top_drivers;

-- owner_load. ann/core: 1, 4 (2 open, 4 older than 48 h, both urgent or high, 4 overdue; median
-- of {50 min, 20 d} = 50 min). bob/core: 2, 5 (both older than 48 h; median of {6 d, 10 d} = 6 d;
-- 5's solved_at N-5d is in the last 7 days). Unowned: 8 (edge, 2 h) and 3 (no team, 40 d).
-- cy/edge: nothing open, 6 solved yesterday.
SELECT * FROM backlog.owner_load;
ROLLBACK;

-- ---------------------------------------------------------------------------------------------
-- Burn rate. as_of = 2026-05-10 12:00 UTC, 24x7 calendar; urgent targets: first reply 1 h,
-- resolution 8 h.
-- ---------------------------------------------------------------------------------------------
BEGIN;
DELETE FROM backlog.tickets;
UPDATE backlog.calendars SET calendar = 'UTC; 24x7' WHERE name = 'default';
INSERT INTO backlog.tickets (id, priority, status, created_at, first_response_at) VALUES
  (11, 'urgent', 'open', '2026-05-10 08:00+00', '2026-05-10 08:30+00'),  -- replied in time today
  (12, 'urgent', 'open', '2026-05-10 06:00+00', NULL),                   -- first reply breached 07:00
  (13, 'urgent', 'open', '2026-05-08 10:00+00', '2026-05-08 10:20+00'),  -- replied in time, 2 days ago
  (14, 'urgent', 'open', '2026-05-09 11:30+00', '2026-05-09 12:10+00'),  -- in time, 10 min into the day window
  (15, 'urgent', 'open', '2026-05-09 09:00+00', NULL);                   -- breached 05-09 10:00
-- 1 day (05-09 12:00, 05-10 12:00]: first replies met 11, 14 (14 was still running at 05-09
-- 12:00), breached 12 = 1 of 3: (1/3) / (1 - 0.9) = 3.33; 13 was met and 15 breached before.
-- Resolution (8 h): breached 14 (05-09 19:30) and 15 (05-09 17:00), none met: 1 / 0.1 = 10.
-- next_reply: no clock: NULL.
SELECT round(backlog.burn_rate('first_response', 0.9, interval '1 day', '2026-05-10 12:00+00')::numeric, 6) AS first_response,
       backlog.burn_rate('resolution', 0.9, interval '1 day', '2026-05-10 12:00+00') AS resolution,
       backlog.burn_rate('next_reply', 0.9, interval '1 day', '2026-05-10 12:00+00') AS next_reply,
       backlog.burn_rate('first_response', 0.9, interval '1 hour', '2026-05-10 12:00+00') AS last_hour;
-- Alerts: objectives 0.9 for first reply and resolution; the "ticket" rule with no minimum of
-- clocks. 6 h (06:00, 12:00]: first replies met 11, breached 12 = 1/2 / 0.1 = 5; resolution none.
-- 3 days (05-07 12:00, 05-10 12:00]: first replies met 11, 13, 14, breached 12, 15 = 2/5 / 0.1 = 4;
-- resolution breached 13 (05-08 18:00), 14, 15 = 10. 1 h, 30 min and 5 min: nothing ended: NULL.
-- ticket (1 over 3 days and 6 h) fires for first replies (4 and 5 > 1); for resolution the 6 h
-- window is NULL. fast and slow keep min_clocks 10: never firing on 5 clocks.
INSERT INTO backlog.sla_objectives VALUES ('first_response', 0.9), ('resolution', 0.9);
UPDATE backlog.burn_rate_rules SET min_clocks = 0 WHERE name = 'ticket';
SELECT metric, objective, rule, threshold, long_window, long_window_hours, long_burn_rate, long_clocks,
       short_window, short_window_hours, short_burn_rate, firing
  FROM backlog.burn_rate_alerts_at('2026-05-10 12:00+00');
SELECT count(*) AS rows, count(*) FILTER (WHERE firing) AS firing FROM backlog.burn_rate_alerts;
-- errors
SELECT regress.error($$SELECT backlog.burn_rate('resolve', 0.9, '1 day')$$);
SELECT regress.error($$SELECT backlog.burn_rate('resolution', 1, '1 day')$$);
SELECT regress.error($$SELECT backlog.burn_rate('resolution', 0, '1 day')$$);
SELECT regress.error($$SELECT backlog.burn_rate('resolution', 0.9, '0')$$);
SELECT regress.error($$SELECT backlog.burn_rate('resolution', 0.9, '1 day', 'infinity')$$);
SELECT regress.sqlstate($$INSERT INTO backlog.sla_objectives VALUES ('resolution', 1.5)$$) AS objective_above_1;
SELECT regress.sqlstate($$INSERT INTO backlog.burn_rate_rules VALUES ('x', 2, '1 hour', '2 hours', 0)$$) AS short_longer_than_long;

-- Check-in intervals name their status by a row check, not a foreign key (pg_restore -j loads
-- statuses and check-in intervals side by side): an unknown status is refused, a rename
-- follows, a delete takes the interval; under COPY the check waits for check_integrity().
SELECT regress.error($$INSERT INTO backlog.checkin_intervals VALUES ('nosuch', '1 hour')$$) AS unknown_status;
INSERT INTO backlog.statuses VALUES ('waiting_vendor', true, 'paused', 'vendor');
INSERT INTO backlog.checkin_intervals VALUES ('waiting_vendor', '4 hours');
UPDATE backlog.statuses SET status = 'vendor_wait' WHERE status = 'waiting_vendor';
SELECT status, interval FROM backlog.checkin_intervals WHERE status LIKE '%vendor%';   -- vendor_wait 04:00:00
SELECT regress.error($$UPDATE backlog.checkin_intervals SET status = 'nosuch' WHERE status = 'vendor_wait'$$) AS renamed_to_unknown;
DELETE FROM backlog.statuses WHERE status = 'vendor_wait';
SELECT count(*) AS vendor_intervals FROM backlog.checkin_intervals WHERE status LIKE '%vendor%';   -- 0
COPY backlog.checkin_intervals FROM STDIN;
ghost	2 hours
\.
SELECT problem, table_name, row_key, detail FROM backlog.check_integrity() WHERE table_name = 'checkin_intervals';
ROLLBACK;

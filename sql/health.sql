-- health: backlog.health_at and backlog.health on a hand-made store whose every figure is worked
-- out below. Covers a reopen, a ticket solved and reopened within the 7-day window, a ticket
-- without status history, local midnight on a DST day in the zone of the calendar named
-- default, and the empty store (a row of zeros and NULLs).
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
BEGIN;
DELETE FROM backlog.tickets;

-- The empty store: counts are 0, everything else NULL, never an error.
SELECT * FROM backlog.health_at('2026-10-25 12:00+00');
SELECT open_tickets, created_today, avg_age FROM backlog.health;

-- The default calendar runs on Berlin time. 2026-10-25 is the Sunday DST ends there (03:00 CEST
-- becomes 02:00 CET): local midnight of that day is 2026-10-24 22:00 UTC (still UTC+2), not 23:00.
UPDATE backlog.calendars SET calendar = 'Europe/Berlin; mon-fri 09:00-17:00' WHERE name = 'default';
SELECT backlog.local_midnight('2026-10-25 12:00+00') AS midnight_dst_day,
       backlog.local_midnight('2026-10-26 12:00+00') AS midnight_after;   -- 23:00 UTC (UTC+1)

-- as_of T = Sun 2026-10-25 12:00 UTC; the 7-day window is (Sun 10-18 12:00, T].
INSERT INTO backlog.tickets (id, priority, status, created_at, first_response_at, solved_at) VALUES
  -- 1: open since Thu 10-01, urgent, never answered (first reply due 1 business hour later)
  (1, 'urgent', 'open',    '2026-10-01 10:00+00', NULL, NULL),
  -- 2: created and solved inside the window
  (2, NULL,     'solved',  '2026-10-20 09:00+00', NULL, '2026-10-22 09:00+00'),
  -- 3: solved Mon 10-12, reopened Mon 10-19 (inside the window), high priority
  (3, 'high',   'open',    '2026-10-10 08:00+00', '2026-10-10 09:00+00', '2026-10-12 08:00+00'),
  -- 4: solved Wed 10-21, reopened Thu 10-22, solved again Sat 10-24: all inside the window
  (4, NULL,     'solved',  '2026-10-15 12:00+00', NULL, '2026-10-24 10:00+00'),
  -- 5: created 00:30 Berlin time on the DST day (22:30 UTC the day before): today
  (5, NULL,     'new',     '2026-10-24 22:30+00', NULL, NULL),
  -- 6: created 23:30 Berlin time the day before: not today
  (6, NULL,     'pending', '2026-10-24 21:30+00', NULL, NULL),
  -- 7: no status history; open from created_at until solved_at, this morning
  (7, NULL,     'solved',  '2026-10-16 08:00+00', NULL, '2026-10-25 08:00+00'),
  -- 8: created after as_of: not there yet
  (8, NULL,     'open',    '2026-10-25 13:00+00', NULL, NULL),
  -- 9: on hold since Wed 09-02; its first reply (low: 24 business hours) came in time
  (9, 'low',    'on_hold', '2026-09-01 00:00+00', '2026-09-01 08:00+00', NULL);
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value) VALUES
  (1, '2026-10-01 10:00+00', 'status', 'new'),   (1, '2026-10-01 11:00+00', 'status', 'open'),
  (2, '2026-10-20 09:00+00', 'status', 'new'),   (2, '2026-10-22 09:00+00', 'status', 'solved'),
  (3, '2026-10-10 08:00+00', 'status', 'new'),   (3, '2026-10-12 08:00+00', 'status', 'solved'),
  (3, '2026-10-19 08:00+00', 'status', 'open'),
  (4, '2026-10-15 12:00+00', 'status', 'new'),   (4, '2026-10-21 10:00+00', 'status', 'solved'),
  (4, '2026-10-22 10:00+00', 'status', 'open'),  (4, '2026-10-24 10:00+00', 'status', 'solved'),
  (9, '2026-09-01 00:00+00', 'status', 'new'),   (9, '2026-09-02 00:00+00', 'status', 'on_hold');
ANALYZE backlog.tickets, backlog.ticket_events;

-- Open at T: 1, 3 (reopened 10-19), 5 (new), 6 (pending), 9 (on_hold) = 5.
--   Not open: 2, 4, 7 (solved), 8 (created after T).
-- Ages at T: 1: 24 d 2 h (578 h); 3: 15 d 4 h (364 h); 5: 13.5 h; 6: 14.5 h; 9: 54 d 12 h (1308 h).
-- older_than_48h: 1, 3, 9 = 3.
-- overdue: 1 (urgent, no first reply: breached 10-01) and 3 (high, resolution 24 business hours:
--   Mon 10-12 09:00-10:00 Berlin = 1 h before the solve, then from the reopen Mon 10-19 10:00
--   Berlin: 7 h + Tue-Fri 4 x 8 h = 32 h, 40 h in all > 24 h) = 2; 9's first reply came after
--   1 business hour (Tue 09:00-10:00 Berlin), low has no resolution target. share 2/5 = 0.4.
-- avg_age: (93 days + 46 h) / 5 = 18 days 23:36 (2278 h / 5 = 455.6 h).
-- median_age: percentile_disc(0.5) of 13.5, 14.5, 364, 578, 1308 h = 364 h (15 days 04:00).
-- p90_age: the 5th of 5 (cumulative 1.0 >= 0.9) = 1308 h; oldest_age 1308 h.
-- created_today (since 10-24 22:00 UTC): 5 (22:30) = 1; 6 (21:30) is yesterday, 8 after T.
-- solved_today: 7 (08:00) = 1; 4 (10-24 10:00) is yesterday.
-- 7 days: created 2, 5, 6 = 3; solved (solved_at in the window) 2, 4, 7 = 3 (3's solved_at
--   10-12 is before it): solved_per_created_7d = 1.
-- open at 10-18 12:00: 1, 4 (new), 7 (no history, not yet solved), 9 = 4; 3 was solved then.
--   growth_wow = 5 / 4 - 1 = 0.25.
-- days_to_clear: solved - created = 0, not shrinking: NULL.
\x on
SELECT * FROM backlog.health_at('2026-10-25 12:00+00');
\x off

-- Three days earlier, T' = Thu 2026-10-22 12:00 UTC; window (Thu 10-15 12:00, T'].
-- Open at T': 1, 3 (reopened 10-19), 4 (reopened 10-22 10:00), 7, 9 = 5 (2 solved 09:00).
-- Ages: 1: 21 d 2 h (506 h); 3: 12 d 4 h (292 h); 4: 7 d (168 h); 7: 6 d 4 h (148 h);
--   9: 51 d 12 h (1236 h). All older than 48 h: 5.
-- avg: (97 days + 22 h) / 5 = 2350 h / 5 = 470 h = 19 days 14:00; median 292 h; p90 1236 h.
-- created_today (since Wed 10-21 22:00 UTC, CEST): none = 0; solved_today: 2 (09:00) = 1.
-- 7 days: created 2, 7 = 2 (4 at exactly 10-15 12:00 is on the open end); solved 2 = 1
--   (4's solved_at 10-24 and 7's 10-25 lie after T'): solved_per_created_7d = 0.5.
-- open at 10-15 12:00: 1, 4 (created at that instant), 9 = 3 (3 was solved): growth 5/3 - 1.
-- overdue: 1 and 3 (by T' 3 has run 1 h + Mon 7 h + Tue 8 h + Wed 8 h + Thu 09:00-14:00 Berlin
--   5 h = 29 h > 24 h) = 2; 4 has no priority, so no SLA. share 0.4.
SELECT open_tickets, older_than_48h, overdue, share_past_sla, avg_age, avg_age_hours,
       median_age_hours, p90_age_hours, oldest_age_hours, created_today, solved_today,
       solved_per_created_7d, round(growth_wow::numeric, 6) AS growth_wow, days_to_clear
  FROM backlog.health_at('2026-10-22 12:00+00');

-- A shrinking week gives days_to_clear. Solve 5 and 6 on Mon 10-26 09:00 UTC (the trigger
-- records their history: their status from created_at, then solved). At T'' = Mon 2026-10-26
-- 12:00 UTC, window (Mon 10-19 12:00, T'']: created 2, 5, 6, 8 (10-25 13:00) = 4; solved 2, 4, 7,
-- 5, 6 = 5: solved_per_created_7d 1.25, net outflow 1 a week. Open: 1, 3, 8, 9 = 4;
-- days_to_clear = 4 / (1/7) = 28.
UPDATE backlog.tickets SET status = 'solved', solved_at = '2026-10-26 09:00+00',
       updated_at = '2026-10-26 09:00+00' WHERE id IN (5, 6);
-- Berlin is on UTC+1 now: local midnight is 10-25 23:00 UTC. solved_today: 5, 6 = 2;
-- created_today: 8 (10-25 13:00 UTC) is yesterday = 0.
-- open 7 days before (10-19 12:00): 1, 3 (reopened 08:00 that day), 4, 7, 9 = 5: growth 4/5 - 1 = -0.2.
SELECT open_tickets, created_today, solved_today, solved_per_created_7d,
       round(growth_wow::numeric, 6) AS growth_wow, days_to_clear
  FROM backlog.health_at('2026-10-26 12:00+00');

-- health is health_at(now()): the same row (now() is the transaction's start).
SELECT (SELECT row(h.*)::text FROM backlog.health h)
     = (SELECT row(h.*)::text FROM backlog.health_at(now()) h) AS health_is_health_at_now;

-- Column names and types, in order, as BI tools read them.
SELECT a.attnum, a.attname, format_type(a.atttypid, a.atttypmod)
  FROM pg_attribute a WHERE a.attrelid = 'backlog.health'::regclass AND a.attnum > 0 ORDER BY 1;
ROLLBACK;

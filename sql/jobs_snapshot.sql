-- jobs_snapshot: backlog.take_snapshot (contents against health_at, idempotent per day),
-- backlog.health_history and health_trend, backfill_snapshots equal to the live snapshots of a
-- replayed history, and each alert rule firing once and clearing once.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

BEGIN;
-- SLA clocks on 24x7 time keep the derivations short: first reply low 24 h, normal 8 h,
-- urgent 1 h; resolution normal 72 h, none for low.
UPDATE backlog.calendars SET calendar = 'UTC; 24x7' WHERE name = 'default';

-- ---- contents of one snapshot -------------------------------------------------------------------
-- as of Wed 2026-01-14 12:00:
--   1 open, billing, l1, normal, enterprise, created Mon 01-12 12:00 (48 h: bucket 24-72h)
--   2 open, billing, l2, low, no tier, created 01-14 06:00 (6 h: 0-24h)
--   3 pending, login, no team, normal, enterprise, created 01-04 12:00 (10 d: 7-14d)
--   4 solved 01-13 12:00 (with its status history), billing, l1: not open
--   5 created after as_of: not there yet
INSERT INTO backlog.tickets (id, subject, category, team, priority, account_tier, status, created_at, first_response_at, solved_at) VALUES
 (1, 'a', 'billing', 'l1', 'normal', 'enterprise', 'open',    '2026-01-12 12:00', '2026-01-12 13:00', NULL),
 (2, 'b', 'billing', 'l2', 'low',    NULL,         'open',    '2026-01-14 06:00', NULL, NULL),
 (3, 'c', 'login',   NULL, 'normal', 'enterprise', 'pending', '2026-01-04 12:00', '2026-01-04 13:00', NULL),
 (4, 'd', 'billing', 'l1', 'normal', NULL,         'open',    '2026-01-10 12:00', '2026-01-10 12:30', NULL),
 (5, 'e', 'billing', 'l1', 'normal', NULL,         'open',    '2026-01-14 13:00', NULL, NULL);
UPDATE backlog.tickets SET status = 'solved', solved_at = '2026-01-13 12:00', updated_at = '2026-01-13 12:00' WHERE id = 4;

SELECT day, as_of, backfilled, open_tickets, age_histogram, by_team, by_category, by_priority, by_account_tier
  FROM backlog.take_snapshot('2026-01-14 12:00');
-- every health figure is health_at's at the snapshot's instant
SELECT (h.open_tickets, h.older_than_48h, h.overdue, h.share_past_sla, h.avg_age, h.median_age, h.p90_age,
        h.oldest_age, h.created_today, h.solved_today, h.solved_per_created_7d, h.growth_wow, h.days_to_clear)
       IS NOT DISTINCT FROM
       (s.open_tickets, s.older_than_48h, s.overdue, s.share_past_sla, s.avg_age, s.median_age, s.p90_age,
        s.oldest_age, s.created_today, s.solved_today, s.solved_per_created_7d, s.growth_wow, s.days_to_clear) AS health_matches,
       s.flow = (SELECT jsonb_object_agg(f.window_days, to_jsonb(f) - 'window_days') FROM backlog.flow_at(s.as_of) f) AS flow_matches,
       backlog.sketch_count(s.age_sketch) AS sketch_count,
       -- ages 48 h, 6 h, 240 h: the sketch's median is within 1% of 48 h
       abs(extract(epoch FROM backlog.quantile(s.age_sketch, 0.5)) / 3600 - 48) <= 0.48 AS sketch_median,
       s.by_tier = (SELECT jsonb_object_agg(q.tier, q.n) FROM (SELECT tier, count(*) n FROM backlog.queue_at(s.as_of) GROUP BY 1) q) AS tiers_match
  FROM backlog.snapshots s, backlog.health_at(s.as_of) h;
-- health_history: day, then backlog.health's columns from open_tickets on, same names and types
SELECT array_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum) AS history_columns
  FROM pg_attribute a WHERE a.attrelid = 'backlog.health_history'::regclass AND a.attnum > 0;
SELECT (SELECT array_agg(a.attname::text || format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum) FROM pg_attribute a
         WHERE a.attrelid = 'backlog.health_history'::regclass AND a.attnum > 1)
     = (SELECT array_agg(a.attname::text || format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum) FROM pg_attribute a
         WHERE a.attrelid = 'backlog.health'::regclass AND a.attnum > 1) AS same_columns_as_health;
-- avg age (48 + 6 + 240) / 3 = 98 h; median 48 h (within 1%); oldest 240 h; older than 48 h: 3 only
-- (1 is exactly 48 h); created today: ticket 2 (5 comes after as_of); solved today: none (4 was
-- solved yesterday)
SELECT day, open_tickets, older_than_48h, avg_age_hours, round(median_age_hours::numeric) AS median_h, oldest_age_hours,
       created_today, solved_today
  FROM backlog.health_history;

-- ---- idempotent per day: a second snapshot on the same day replaces the first -----------------
SELECT day, as_of, open_tickets FROM backlog.take_snapshot('2026-01-14 23:00');
-- 23:00: ticket 5 (13:00) is open too
SELECT count(*) AS rows_for_the_day, max(as_of) AS as_of, max(open_tickets) AS open_tickets FROM backlog.snapshots;
-- the day is the local day of the calendar named default: 23:00 UTC is the 15th in Berlin
UPDATE backlog.calendars SET calendar = 'Europe/Berlin; 24x7' WHERE name = 'default';
SELECT backlog.snapshot_day('2026-01-14 23:00') AS berlin_day, backlog.snapshot_instant('2026-01-15', '00:05') AS berlin_0005;
UPDATE backlog.calendars SET calendar = 'UTC; 24x7' WHERE name = 'default';
SELECT regress.sqlstate($$SELECT backlog.take_snapshot('infinity')$$) AS infinite_as_of,
       regress.sqlstate($$SELECT backlog.backfill_snapshots('2026-01-10', '2026-01-01')$$) AS backwards,
       regress.sqlstate($$SELECT backlog.backfill_snapshots('2000-01-01', '2026-01-01')$$) AS too_long,
       regress.sqlstate($$SELECT backlog.backfill_snapshots(current_date, current_date + 1)$$) AS future;
DELETE FROM backlog.snapshots;
DELETE FROM backlog.alerts;
DELETE FROM backlog.tickets;

-- ---- backfill equals the live snapshots of a replayed history ---------------------------------
-- 21 days: each day before 00:05 the day's tickets arrive (some of an earlier day are solved, some
-- solved ones reopen, some go pending), then the live snapshot of 00:05 is taken; afterwards
-- backfill_snapshots rebuilds the same days from the history alone. (A ticket is solved once here:
-- the store keeps only a ticket's last solved_at, which the solve counts read; and by_tier scores
-- tickets as they are when it runs, so it is left out of the comparison.)
CREATE TEMP TABLE live (LIKE backlog.snapshots);
DO $$
DECLARE
    d date;
    t timestamptz;
BEGIN
    FOR d IN SELECT g::date FROM generate_series(date '2026-02-01', date '2026-02-21', interval '1 day') g LOOP
        t := d + time '00:05';
        INSERT INTO backlog.tickets (id, subject, category, team, priority, account_tier, created_at)
        SELECT (d - date '2026-01-01') * 100 + k, 'x', (ARRAY['billing', 'login', 'bug'])[1 + k % 3],
               (ARRAY['l1', 'l2'])[1 + k % 2], (ARRAY['low', 'normal', 'high', 'urgent'])[1 + k % 4],
               CASE WHEN k % 5 = 0 THEN 'enterprise' END, t - interval '1 minute' * (k * 7 + 1)
          FROM generate_series(1, 6 + (d - date '2026-02-01') % 4) k;
        UPDATE backlog.tickets SET status = 'solved', solved_at = t - interval '2 minutes', updated_at = t - interval '2 minutes'
         WHERE status <> 'solved' AND solved_at IS NULL AND created_at < t - interval '1 day' AND id % 3 <> 0;
        UPDATE backlog.tickets SET status = 'open', updated_at = t - interval '1 minute'
         WHERE status = 'solved' AND solved_at < t - interval '2 days' AND id % 7 = 1;
        UPDATE backlog.tickets SET status = 'pending', updated_at = t - interval '1 minute'
         WHERE status = 'new' AND created_at < t - interval '12 hours' AND id % 5 = 2;
        INSERT INTO live SELECT * FROM backlog.take_snapshot(t);
    END LOOP;
END $$;
SELECT count(*) AS live_days, min(open_tickets) > 0 AS some_open, count(DISTINCT open_tickets) > 3 AS varied FROM live;
DELETE FROM backlog.snapshots;
SELECT backlog.backfill_snapshots('2026-02-01', '2026-02-21') AS backfilled_days;
-- every column but taken_at, backfilled and by_tier is equal, day by day
SELECT count(*) AS days_compared,
       count(*) FILTER (WHERE (to_jsonb(l) - '{taken_at,backfilled,by_tier}'::text[])
                              <> (to_jsonb(b) - '{taken_at,backfilled,by_tier}'::text[])) AS mismatches,
       count(*) FILTER (WHERE l.flow -> '1' ->> 'solved' <> '0') AS days_with_solves,
       (SELECT count(*) FROM backlog.ticket_events e WHERE e.kind = 'status' AND e.value = 'open'
           AND EXISTS (SELECT 1 FROM backlog.ticket_events p WHERE p.ticket_id = e.ticket_id AND p.value = 'solved' AND p.at < e.at)) AS reopens,
       bool_and(b.backfilled AND NOT l.backfilled) AS marked
  FROM live l JOIN backlog.snapshots b USING (day);
-- the week-over-week view pairs each day with the one 7 days before
SELECT count(*) AS days, count(open_tickets_week_before) AS with_week_before,
       bool_and(open_tickets_change = open_tickets - open_tickets_week_before) AS change_ok
  FROM backlog.health_trend;
DELETE FROM backlog.snapshots;
DELETE FROM backlog.alerts;
DELETE FROM backlog.ticket_events;
DELETE FROM backlog.tickets;

-- ---- each alert rule fires once and clears once ------------------------------------------------
-- The snapshots below go forward in time; a rule is evaluated at each of them.
SELECT rule, kind, threshold, min_count, channel, enabled FROM backlog.alert_rules ORDER BY rule;
UPDATE backlog.alert_rules SET threshold = 3 WHERE rule = 'open-tickets';
UPDATE backlog.alert_rules SET threshold = 2, min_count = 3 WHERE rule = 'category-spike';

-- open-tickets (> 3), average-age (> 48 h), past-sla (> 10%): four low tickets from Mon 01-05 00:00
-- (each part enables only the rules it is about)
UPDATE backlog.alert_rules SET enabled = rule IN ('open-tickets', 'average-age', 'past-sla');
INSERT INTO backlog.tickets (id, subject, priority, status, category, created_at)
SELECT g, 'a', 'low', 'open', 'misc', '2026-01-05 00:00' FROM generate_series(1, 4) g;
-- 01-05 12:00: 4 open > 3: open-tickets fires; age 12 h, first replies (24 h) not due
SELECT as_of FROM backlog.take_snapshot('2026-01-05 12:00');
-- 01-07 12:00: age 60 h > 48; all four first replies breached at 01-06 00:00: share 1 > 0.1
SELECT as_of FROM backlog.take_snapshot('2026-01-07 12:00');
-- 01-07 14:00: two solved at 13:00: 2 open, not > 3: open-tickets clears; the others hold
UPDATE backlog.tickets SET status = 'solved', solved_at = '2026-01-07 13:00', updated_at = '2026-01-07 13:00' WHERE id <= 2;
SELECT as_of FROM backlog.take_snapshot('2026-01-07 14:00');
-- 01-07 16:00: the rest solved at 15:00: nothing open, average and share are NULL: both clear
UPDATE backlog.tickets SET status = 'solved', solved_at = '2026-01-07 15:00', updated_at = '2026-01-07 15:00' WHERE id > 2;
SELECT as_of FROM backlog.take_snapshot('2026-01-07 16:00');

-- growing (3 weeks): one more open ticket each week, snapshots on the Mondays 00:05; at 02-23 the
-- open counts of 02-23, 02-16, 02-09, 02-02 are 4 > 3 > 2 > 1: fires; 03-02 still 4: clears
UPDATE backlog.alert_rules SET enabled = (rule = 'growing');
INSERT INTO backlog.tickets (id, subject, priority, status, created_at)
SELECT 10 + g, 'g', 'low', 'pending', timestamptz '2026-02-01 12:00' + (g - 1) * interval '7 days' FROM generate_series(1, 4) g;
SELECT s.day, s.open_tickets FROM generate_series(timestamptz '2026-02-02 00:05', '2026-03-02 00:05', interval '7 days') t,
       backlog.take_snapshot(t) s;

-- category-spike (> 2 x the weekly norm, at least 3): at 03-30 12:00 billing has 3 in the last
-- 7 days against 2 in the 4 weeks before (norm 0.5): fires; login 3 against 8 (norm 2, 3 <= 4)
-- and tiny 2 (< 3) do not. At 04-06 12:00 billing has none in 7 days: clears.
UPDATE backlog.alert_rules SET enabled = (rule = 'category-spike');
INSERT INTO backlog.tickets (id, subject, priority, status, category, created_at) VALUES
 (21, 's', 'low', 'solved', 'billing', '2026-03-25'), (22, 's', 'low', 'solved', 'billing', '2026-03-27'),
 (23, 's', 'low', 'solved', 'billing', '2026-03-29'), (24, 's', 'low', 'solved', 'billing', '2026-03-01'),
 (25, 's', 'low', 'solved', 'billing', '2026-03-10'),
 (26, 's', 'low', 'solved', 'tiny', '2026-03-26'), (27, 's', 'low', 'solved', 'tiny', '2026-03-28');
INSERT INTO backlog.tickets (id, subject, priority, status, category, created_at)
SELECT 30 + g, 's', 'low', 'solved', 'login', CASE WHEN g <= 3 THEN timestamptz '2026-03-26' ELSE timestamptz '2026-03-02' + g * interval '1 day' END
  FROM generate_series(1, 11) g;
SELECT as_of FROM backlog.take_snapshot('2026-03-30 12:00');
SELECT as_of FROM backlog.take_snapshot('2026-04-06 12:00');

-- critical-unanswered: score tiers made easy to reach (critical from score 3), so the urgent
-- ticket 50 is critical; created 04-13 09:00, first reply due 10:00: at 12:00 it is 2 h past and
-- unanswered: fires (ticket 51, critical too, first reply (normal, 8 h) due 17:00, does not; the
-- four tickets of the growth part are solved first). Answered at 12:30: the clock stopped, at
-- 13:00 it clears.
UPDATE backlog.alert_rules SET enabled = (rule = 'critical-unanswered');
UPDATE backlog.tickets SET status = 'solved', solved_at = '2026-04-13 08:00', updated_at = '2026-04-13 08:00' WHERE id BETWEEN 11 AND 14;
UPDATE backlog.score_tiers SET min_score = CASE tier WHEN 'critical' THEN 3 WHEN 'high' THEN 2 WHEN 'normal' THEN 1 ELSE 0 END;
INSERT INTO backlog.tickets (id, subject, priority, status, category, created_at) VALUES
 (50, 'down', 'urgent', 'open', 'bug', '2026-04-13 09:00'), (51, 'q', 'normal', 'open', 'bug', '2026-04-13 09:00');
SELECT q.id, q.tier FROM backlog.queue_at('2026-04-13 12:00') q WHERE q.id >= 50 AND q.tier = 'critical' ORDER BY 1;
SELECT as_of FROM backlog.take_snapshot('2026-04-13 12:00');
UPDATE backlog.tickets SET first_response_at = '2026-04-13 12:30' WHERE id = 50;
SELECT as_of FROM backlog.take_snapshot('2026-04-13 13:00');

-- every rule fired once and cleared once, with the figures derived above
-- (the score of ticket 50 is tier scoring's, left out here)
SELECT rule, subject, fired_at, cleared_at, figures - 'score' AS figures FROM backlog.alerts ORDER BY fired_at, rule;
SELECT count(*) AS alerts, count(DISTINCT rule) AS rules_fired, bool_and(cleared_at IS NOT NULL) AS all_cleared FROM backlog.alerts;
-- a snapshot older than the last alert change is written but not evaluated
SELECT count(*) AS alerts_before FROM backlog.alerts;
SELECT day FROM backlog.take_snapshot('2026-01-06 12:00');
SELECT count(*) AS alerts_after FROM backlog.alerts;

-- ---- backlog.report shows the alerts firing at as_of and those cleared in the 7 days before --
-- (its ALERTS section, one row per line; times in the zone of the calendar named default)
CREATE FUNCTION pg_temp.alert_lines(as_of timestamptz) RETURNS SETOF text LANGUAGE sql AS $$
    SELECT l FROM regexp_split_to_table(substring(backlog.report(as_of)
                      FROM '  ALERTS[^\n]*\n(?:  (?:firing|cleared|\.\.\.)[^\n]*\n)*'), E'\n') l
     WHERE l <> ''
$$;
-- 01-07 13:00: open-tickets (fired 01-05 12:00, clears 14:00), average-age and past-sla (fired
-- 12:00) fire, newest first; nothing has cleared yet
SELECT * FROM pg_temp.alert_lines('2026-01-07 13:00');
-- 01-10 00:00, in Berlin (UTC+1): the three cleared (14:00 and 16:00 UTC), most recent first
UPDATE backlog.calendars SET calendar = 'Europe/Berlin; 24x7' WHERE name = 'default';
SELECT * FROM pg_temp.alert_lines('2026-01-10 00:00+00');
UPDATE backlog.calendars SET calendar = 'UTC; 24x7' WHERE name = 'default';
-- 01-20: they cleared 13 days before: the section says so and lists nothing
SELECT * FROM pg_temp.alert_lines('2026-01-20');
-- 03-01: growing fired 02-23 00:05 (clears 03-02 00:05); its weekly open counts, newest first
SELECT * FROM pg_temp.alert_lines('2026-03-01');
-- 04-06 12:00: category-spike for billing cleared at that very instant: cleared, not firing
SELECT * FROM pg_temp.alert_lines('2026-04-06 12:00');
-- 04-13 12:00: critical-unanswered fired at that instant for ticket 50 (its score left out);
-- category-spike cleared exactly 7 days before: no longer listed
SELECT * FROM pg_temp.alert_lines('2026-04-13 12:00');
-- many at once: ten lines, newest first (then by rule and subject), and a count of the rest
INSERT INTO backlog.alerts (rule, subject, fired_at, figures)
SELECT 'many', g::text, '2026-05-01', '{"threshold": 1}' FROM generate_series(1, 12) g;
SELECT * FROM pg_temp.alert_lines('2026-05-02');
ROLLBACK;

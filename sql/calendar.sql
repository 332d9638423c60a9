-- calendar: the backlog.calendar type (text form, canonical output, binary form, equality),
-- business time in weeks without DST changes (split shifts, holidays on weekdays and on the
-- second half of an overnight shift, zero and negative spans, 24x7), business_add,
-- is_business_time, next_business_time, the multirange form, function markings, and the table
-- of named calendars. DST cases: calendar_dst. Bad input: calendar_errors. Random properties
-- against a slow reference: calendar_property.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

-- ---------------------------------------------------------------------------------------------
-- Text form and canonical output
-- ---------------------------------------------------------------------------------------------
-- The SPEC example is already canonical.
SELECT 'America/New_York; mon-fri 09:00-12:00,13:00-17:00; sat 10:00-14:00; holidays 2026-11-26,2026-12-25'::backlog.calendar;
-- Case folded, zone respelled as PostgreSQL spells it, ranges sorted, spaces dropped, the
-- duplicate holiday dropped, holidays sorted, the trailing ';' ignored: the same calendar.
SELECT 'america/new_york;HOLIDAYS 2026-12-25 , 2026-11-26,2026-12-25; MON - FRI 13:00-17:00 ,9:00-12:00 ;SAT 10:00-14:00;'::backlog.calendar;
-- No zone clause: UTC. Days grouped by identical hours, listed Monday first; runs of three or
-- more days print as a range, shorter runs as a list.
SELECT 'mon-fri 09:00-17:00'::backlog.calendar AS weekdays,
       'mon,wed,fri 09:00-17:00; tue,thu 09:00-12:00'::backlog.calendar AS alternate,
       'sat-mon 10:00-14:00'::backlog.calendar AS wrapping;  -- sat-mon = sat, sun, mon
-- Several hours clauses add up: overlapping or touching ranges merge.
SELECT 'mon-fri 09:00-13:00; mon-fri 12:00-17:00'::backlog.calendar AS overlap,
       'mon 09:00-12:00; mon 12:00-17:00'::backlog.calendar AS touching;
-- Overnight shifts: the part after midnight belongs to the next day; a day's range ending at
-- 24:00 and the next day's range starting at 00:00 (and ending before the first starts) print
-- as one overnight range again.
SELECT 'mon-fri 22:00-06:00'::backlog.calendar AS overnight,
       'sun 20:00-02:00'::backlog.calendar AS sunday_night,
       'mon 22:00-24:00; tue 00:00-06:00'::backlog.calendar AS joined,
       'mon 10:00-24:00; tue 00:00-12:00'::backlog.calendar AS not_joined,
       'mon 22:00-00:00'::backlog.calendar AS ends_at_midnight;
-- Every hour of every day is printed as 24x7; the empty text is a calendar without work.
SELECT 'mon-sun 00:00-24:00'::backlog.calendar AS all_days,
       '24x7'::backlog.calendar AS plain,
       'Europe/Berlin; 24x7; holidays 2026-12-25'::backlog.calendar AS berlin,
       ''::backlog.calendar AS empty,
       'Asia/Tokyo'::backlog.calendar AS zone_only;

-- Printing then parsing gives the same text and an equal value.
SELECT c, c::text::backlog.calendar::text = c::text AS text_round_trip,
       c::text::backlog.calendar OPERATOR(backlog.=) c AS equal
FROM (VALUES ('America/New_York; mon-fri 09:00-12:00,13:00-17:00; sat 10:00-14:00; holidays 2026-11-26,2026-12-25'::backlog.calendar),
             ('mon 22:00-24:00; tue 00:00-07:00; tue-fri 22:00-06:00'),
             ('Australia/Lord_Howe; 24x7'),
             ('')) v(c);
-- Equality compares zone, hours and holidays.
SELECT 'mon-fri 09:00-17:00'::backlog.calendar OPERATOR(backlog.=) 'UTC; mon-fri 09:00-12:00,12:00-17:00' AS same_hours,
       'mon-fri 09:00-17:00'::backlog.calendar OPERATOR(backlog.=) 'Europe/Berlin; mon-fri 09:00-17:00' AS other_zone,
       'mon-fri 09:00-17:00'::backlog.calendar OPERATOR(backlog.<>) 'mon-fri 09:00-17:00; holidays 2026-12-25' AS other_holidays;

-- ---------------------------------------------------------------------------------------------
-- Binary form: version byte 1, flags 0, zone length 3, interval counts Mon..Sun (1,0,0,0,0,0,0),
-- holiday count 1 (4 bytes), 'UTC', then Mon 09:00 = 32400 s = 0x7e90 and 17:00 = 61200 s =
-- 0xef10 (4 bytes each), then 2026-12-25 = 9855 days after 2000-01-01 = 0x267f.
-- (2000..2025: 26 * 365 + 7 leap days = 9497; Jan-Nov 2026: 334; + 24 = 9855.)
-- ---------------------------------------------------------------------------------------------
SELECT backlog.calendar_send('mon 09:00-17:00; holidays 2026-12-25');
-- COPY BINARY goes through send and recv.
CREATE TEMP TABLE cal_copy (c backlog.calendar);
INSERT INTO cal_copy VALUES ('America/New_York; mon-fri 22:00-06:00; holidays 2026-11-26'), ('24x7'), ('');
DO $$
BEGIN
    EXECUTE format('COPY cal_copy TO %L (FORMAT binary)', '/tmp/backlog_calendar_' || pg_backend_pid() || '.bin');
    EXECUTE format('COPY cal_copy FROM %L (FORMAT binary)', '/tmp/backlog_calendar_' || pg_backend_pid() || '.bin');
END
$$;
SELECT c, count(*) FROM cal_copy GROUP BY c ORDER BY c::text;
-- each of the three calendars twice: the original and its copy
DO $$
BEGIN
    EXECUTE format('COPY (SELECT 1) TO PROGRAM %L', 'cat >/dev/null; rm -f /tmp/backlog_calendar_' || pg_backend_pid() || '.bin');
END
$$;

-- ---------------------------------------------------------------------------------------------
-- business_seconds in UTC. 2026-01-05 is a Monday; Wednesday 2026-01-07 is a holiday.
-- Working day: 09:00-12:00 (3 h) + 13:00-17:00 (4 h) = 7 h.
-- ---------------------------------------------------------------------------------------------
CREATE TEMP TABLE c1 AS SELECT 'UTC; mon-fri 09:00-12:00,13:00-17:00; holidays 2026-01-07'::backlog.calendar AS cal;

SELECT backlog.business_seconds(cal, '2026-01-05 10:00+00', '2026-01-05 16:00+00') FROM c1;
-- Mon 10:00-12:00 (2 h) + 13:00-16:00 (3 h) = 5 h = 18000 s
SELECT backlog.business_seconds(cal, '2026-01-05 11:30+00', '2026-01-05 13:30+00') FROM c1;
-- 11:30-12:00 (0.5 h) + 13:00-13:30 (0.5 h) = 3600 s
SELECT backlog.business_seconds(cal, '2026-01-05 12:00+00', '2026-01-05 13:00+00') FROM c1;
-- the lunch break: 0 s
SELECT backlog.business_seconds(cal, '2026-01-06 16:00+00', '2026-01-08 10:00+00') FROM c1;
-- Tue 16:00-17:00 (1 h) + Wed holiday (0) + Thu 09:00-10:00 (1 h) = 7200 s
SELECT backlog.business_seconds(cal, '2026-01-09 16:00+00', '2026-01-12 10:00+00') FROM c1;
-- Fri 16:00-17:00 (1 h) + weekend (0) + Mon 09:00-10:00 (1 h) = 7200 s
SELECT backlog.business_seconds(cal, '2026-01-12', '2026-01-19') FROM c1;
-- a whole week: 5 days * 7 h = 35 h = 126000 s
SELECT backlog.business_seconds(cal, '2026-01-05', '2026-01-12') FROM c1;
-- the week with the holiday: 4 days * 7 h = 28 h = 100800 s
SELECT backlog.business_seconds(cal, '2026-01-12', '2027-01-11') FROM c1;
-- 364 days = 52 whole weeks * 35 h = 1820 h = 6552000 s (no holiday in between)
SELECT backlog.business_seconds(cal, '2026-01-05 10:00+00', '2026-01-05 10:00+00') FROM c1;
-- t0 = t1: 0 s
SELECT backlog.business_seconds(cal, '2026-01-08 10:00+00', '2026-01-06 16:00+00') FROM c1;
-- t1 < t0: minus the 7200 s above = -7200 s
SELECT backlog.business_seconds(cal, '2026-01-05 09:00:00.25+00', '2026-01-05 09:00:01+00') FROM c1;
-- fractions of a second: 0.75 s

-- business_time: the same as an interval of hours.
SELECT backlog.business_time(cal, '2026-01-06 16:00+00', '2026-01-08 10:00+00') AS two_hours,
       backlog.business_time(cal, '2026-01-08 10:00+00', '2026-01-06 16:00+00') AS minus_two,
       backlog.business_time(cal, '2026-01-12', '2027-01-11') AS year_1820h
FROM c1;
-- 02:00:00 | -02:00:00 | 1820:00:00 (derived above)

-- Overnight shift mon-fri 22:00-06:00 with Wednesday 2026-01-07 a holiday: the holiday closes
-- Wed 00:00-06:00 (the second half of Tuesday's shift) and Wed 22:00-24:00; Thu 00:00-06:00
-- (the second half of Wednesday's shift) falls on Thursday and counts.
SELECT backlog.business_seconds('UTC; mon-fri 22:00-06:00; holidays 2026-01-07', '2026-01-06 20:00+00', '2026-01-08 08:00+00');
-- Tue 22:00-24:00 (2 h) + Wed closed + Thu 00:00-06:00 (6 h) = 8 h = 28800 s
SELECT backlog.business_seconds('UTC; mon-fri 22:00-06:00', '2026-01-09 20:00+00', '2026-01-12 08:00+00');
-- Fri 22:00-24:00 (2 h) + Sat 00:00-06:00 (6 h, Friday's shift); Mon 00:00-06:00 would be
-- Sunday's shift, and Sunday has none: 8 h = 28800 s

-- 24x7 equals plain subtraction.
SELECT backlog.business_seconds('24x7', '2026-01-01', '2026-03-01') AS business,
       extract(epoch FROM timestamptz '2026-03-01' - timestamptz '2026-01-01') AS elapsed;
-- Jan (31 d) + Feb (28 d) = 59 d = 5097600 s both

-- ---------------------------------------------------------------------------------------------
-- business_add: the earliest instant (the latest for negative durations)
-- ---------------------------------------------------------------------------------------------
SELECT backlog.business_add(cal, '2026-01-05 10:00+00', '5 hours') FROM c1;
-- 10:00-12:00 (2 h) + 13:00-16:00 (3 h): Mon 16:00
SELECT backlog.business_add(cal, '2026-01-05 10:00+00', '2 hours') FROM c1;
-- reached at 12:00 exactly: Mon 12:00, not 13:00 after lunch
SELECT backlog.business_add(cal, '2026-01-05 12:30+00', '1 minute') FROM c1;
-- lunch until 13:00, then one minute: Mon 13:01
SELECT backlog.business_add(cal, '2026-01-05 12:30+00', '0') FROM c1;
-- d = 0 returns t, even in a break: Mon 12:30
SELECT backlog.business_add(cal, '2026-01-06 16:00+00', '2 hours') FROM c1;
-- Tue 16:00-17:00 (1 h), Wed holiday, Thu 09:00-10:00 (1 h): Thu 10:00
SELECT backlog.business_add(cal, '2026-01-09 16:00+00', '1 hour') FROM c1;
-- Fri 16:00-17:00: Fri 17:00, not Monday 09:00
SELECT backlog.business_add(cal, '2026-01-08 10:00+00', '-2 hours') FROM c1;
-- back: Thu 09:00-10:00 (1 h), Wed holiday, Tue 16:00-17:00 (1 h): Tue 16:00
SELECT backlog.business_add(cal, '2026-01-05 13:00+00', '-1 hour') FROM c1;
-- back over lunch: 11:00-12:00: Mon 11:00, not 12:00
SELECT backlog.business_add(cal, '2026-01-05 09:00+00', '-1 minute') FROM c1;
-- back over the weekend: Fri 2026-01-02 16:59
SELECT backlog.business_add(cal, '2026-01-12 09:00+00', '1 day') FROM c1;
-- 1 day = 24 business hours: Mon, Tue, Wed (21 h) + Thu 09:00-12:00 (3 h): Thu 2026-01-15 12:00
SELECT backlog.business_add(cal, '2026-01-12 09:00+00', '1820 hours') FROM c1;
-- 52 weeks of 35 h end on Friday 2027-01-08 at 17:00 (2026-01-16 + 51 weeks)
SELECT backlog.business_add(cal, '2026-01-12 09:00+00', '1 mon') FROM c1;
-- 1 mon = 30 days = 720 h = 20 weeks (700 h, to Fri 2026-05-29 17:00) + Mon 2026-06-01 (7 h),
-- Tue (7 h), Wed 09:00-12:00 (3 h) + 13:00-16:00 (3 h): Wed 2026-06-03 16:00

-- ---------------------------------------------------------------------------------------------
-- is_business_time and next_business_time: intervals include their start, not their end
-- ---------------------------------------------------------------------------------------------
SELECT t, backlog.is_business_time(cal, t), backlog.next_business_time(cal, t)
FROM c1, (VALUES (timestamptz '2026-01-05 09:00+00'),   -- start of the morning: t, itself
                 ('2026-01-05 11:59:59.999999+00'),     -- last microsecond of it: t, itself
                 ('2026-01-05 12:00+00'),               -- lunch: f, 13:00
                 ('2026-01-05 17:00+00'),               -- end of day: f, Tue 09:00
                 ('2026-01-06 17:00+00'),               -- Tue evening: f, Thu 09:00 (Wed holiday)
                 ('2026-01-07 10:00+00'),               -- the holiday: f, Thu 09:00
                 ('2026-01-10 10:00+00')) v(t)          -- Saturday: f, Mon 2026-01-12 09:00
ORDER BY t;

-- The cache of parsed calendars in a function's call site must notice a new calendar even where
-- the call site lives on across evaluations, as a PL/pgSQL simple expression's does.
DO $$
DECLARE
    c backlog.calendar;
BEGIN
    FOREACH c IN ARRAY ARRAY['UTC; mon 09:00-10:00', 'UTC; mon 09:00-11:00', 'mon 09:00-12:00',
                             'UTC; mon 09:00-10:00']::backlog.calendar[] LOOP
        RAISE NOTICE '% -> % s', c, backlog.business_seconds(c, '2026-01-05', '2026-01-06');
    END LOOP;
END
$$;
-- Monday 2026-01-05: 3600, 7200, 10800, 3600 s

-- ---------------------------------------------------------------------------------------------
-- The multirange form: summed over the ranges, each as [lower, upper)
-- ---------------------------------------------------------------------------------------------
SELECT backlog.business_seconds(cal, '{[2026-01-05 10:00+00, 2026-01-05 16:00+00), [2026-01-06 16:00+00, 2026-01-08 10:00+00)}') FROM c1;
-- 18000 + 7200 = 25200 s
SELECT backlog.business_seconds(cal, '{[2026-01-05 10:00+00, 2026-01-05 16:00+00]}') FROM c1;
-- an inclusive upper bound adds a single instant, no duration: 18000 s
SELECT backlog.business_seconds(cal, '{}') FROM c1;
-- no ranges: 0 s

-- ---------------------------------------------------------------------------------------------
-- Markings: every calendar function IMMUTABLE STRICT PARALLEL SAFE, except named_calendar
-- (STABLE: it reads a table), the seed list (no arguments) and the policy trigger; every one of
-- them has a comment.
-- ---------------------------------------------------------------------------------------------
SELECT p.oid::regprocedure AS function, p.provolatile, p.proisstrict, p.proparallel,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
FROM pg_proc p
WHERE p.pronamespace = 'backlog'::regnamespace
  AND (p.proname ~ '^(calendar|named_calendar|business_|is_business|next_business)')
ORDER BY p.oid::regprocedure::text;
SELECT obj_description('backlog.calendar'::regtype, 'pg_type') IS NOT NULL AS type_commented,
       obj_description('backlog.calendars'::regclass, 'pg_class') IS NOT NULL AS table_commented;

-- ---------------------------------------------------------------------------------------------
-- Named calendars
-- ---------------------------------------------------------------------------------------------
SELECT name, calendar FROM backlog.calendars ORDER BY name;
SELECT backlog.named_calendar('default');
SELECT backlog.business_seconds(backlog.named_calendar('default'), '2026-01-05 08:00+00', '2026-01-05 18:00+00');
-- default is mon-fri 09:00-17:00 UTC: 8 h = 28800 s
SELECT regress.error($$SELECT backlog.named_calendar('no such calendar')$$);
SELECT backlog.named_calendar(NULL) IS NULL AS strict;
BEGIN;
-- A seed is edited in place (a second row of that name is a duplicate key); backlog.seed_changes
-- records the edit, which is how pg_dump keeps it (README "Dump and restore").
UPDATE backlog.calendars SET calendar = 'Europe/Berlin; 24x7' WHERE name = '24x7';
INSERT INTO backlog.calendars VALUES ('support-us', 'America/New_York; mon-fri 08:00-20:00');
SELECT name, calendar FROM backlog.calendars ORDER BY name;
SELECT regress.sqlstate($$INSERT INTO backlog.calendars VALUES ('24x7', 'UTC; 24x7')$$);
SELECT seed_key, current_row FROM backlog.seed_changes WHERE table_name = 'calendars';
-- The lookup reads the edited row. (backlog.calendar('24x7') would be a cast of the literal
-- to the type, giving 'UTC; 24x7': that is why the lookup is called named_calendar.)
SELECT backlog.named_calendar('24x7') AS looked_up, backlog.calendar('24x7') AS cast_literal;
SELECT backlog.business_seconds(backlog.named_calendar('support-us'), '2026-01-05 12:00+00', '2026-01-05 14:00+00');
-- 12:00-14:00 UTC is 07:00-09:00 EST; work starts 08:00 EST: 1 h = 3600 s
ROLLBACK;
-- Calendars group and join by value (hash operator class).
SELECT count(*) AS distinct_calendars
FROM (SELECT DISTINCT c
      FROM (VALUES ('mon-fri 09:00-17:00'::backlog.calendar), ('UTC; mon-fri 09:00-12:00,12:00-17:00'),
                   ('MON-FRI 09:00-17:00; holidays 2026-12-25'), ('24x7')) v(c)) d;
-- the first two are equal: 3

-- calendar_dst: business time across changes of UTC offset. Spring-forward and fall-back in
-- America/New_York and Europe/Berlin, the 30-minute changes of Australia/Lord_Howe, local
-- times that do not exist or occur twice (resolved as "timestamp AT TIME ZONE" resolves them),
-- overnight shifts crossing a change, a holiday on an overnight shift's second half, split
-- shifts and business_add across a change, 24x7 equal to plain subtraction.
--
-- The changes used, in UTC (checked with AT TIME ZONE):
--   America/New_York  Sun 2026-03-08 07:00Z: 02:00 EST (-5) -> 03:00 EDT (-4)
--                     Sun 2026-11-01 06:00Z: 02:00 EDT (-4) -> 01:00 EST (-5)
--   Europe/Berlin     Sun 2026-03-29 01:00Z: 02:00 CET (+1) -> 03:00 CEST (+2)
--                     Sun 2026-10-25 01:00Z: 03:00 CEST (+2) -> 02:00 CET (+1)
--   Australia/Lord_Howe Sun 2026-04-05 (local) at 2026-04-04 15:00Z: 02:00 (+11) -> 01:30 (+10:30)
--                     Sun 2026-10-04 (local) at 2026-10-03 15:30Z: 02:00 (+10:30) -> 02:30 (+11)
-- A local time skipped by a change reads with the offset before it (NY 02:30 on 03-08 is
-- 07:30Z); a local time that occurs twice reads with the offset after it (NY 01:30 on 11-01
-- is 06:30Z, the second 01:30).
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

-- ---------------------------------------------------------------------------------------------
-- America/New_York
-- ---------------------------------------------------------------------------------------------
SELECT backlog.business_seconds('America/New_York; sun 00:00-24:00', '2026-03-07 00:00+00', '2026-03-10 00:00+00');
-- Sun 03-08 00:00 EST = 05:00Z to Mon 03-09 00:00 EDT = 04:00Z: a 23-hour day = 82800 s
SELECT backlog.business_seconds('America/New_York; sun 00:00-24:00', '2026-10-31 00:00+00', '2026-11-03 00:00+00');
-- Sun 11-01 00:00 EDT = 04:00Z to Mon 11-02 00:00 EST = 05:00Z: a 25-hour day = 90000 s
SELECT backlog.business_seconds('America/New_York; sun 01:00-04:00', '2026-03-07 00:00+00', '2026-03-10 00:00+00');
-- 01:00 EST = 06:00Z to 04:00 EDT = 08:00Z: 2 h = 7200 s (the wall clock skips 02:00-03:00)
SELECT backlog.business_seconds('America/New_York; sun 02:30-05:00', '2026-03-07 00:00+00', '2026-03-10 00:00+00');
-- 02:30 does not exist and reads as EST: 07:30Z; 05:00 EDT = 09:00Z: 1.5 h = 5400 s
SELECT backlog.business_seconds('America/New_York; sun 02:00-02:45', '2026-03-07 00:00+00', '2026-03-10 00:00+00');
-- both ends skipped, read as EST: 07:00Z to 07:45Z = 45 min = 2700 s (03:00-03:45 EDT)
SELECT backlog.business_seconds('America/New_York; sun 01:00-02:00', '2026-10-31 00:00+00', '2026-11-03 00:00+00');
-- 01:00 occurs twice and reads as EST (the second): 06:00Z; 02:00 EST = 07:00Z: 1 h = 3600 s
-- (the first 01:00-02:00, in EDT, 05:00Z-06:00Z, is not working time)
SELECT backlog.business_seconds('America/New_York; sun 00:30-01:30', '2026-10-31 00:00+00', '2026-11-03 00:00+00');
-- 00:30 EDT = 04:30Z; 01:30 twice, read as EST = 06:30Z: 2 h = 7200 s
SELECT backlog.business_seconds('America/New_York; sun 00:00-24:00', '2026-03-10 00:00+00', '2026-03-07 00:00+00');
-- t1 < t0: -82800 s

-- An overnight shift across each change.
SELECT backlog.business_seconds('America/New_York; sat 22:00-06:00', '2026-03-07 00:00+00', '2026-03-10 00:00+00');
-- Sat 03-07 22:00-24:00 EST = 03:00Z-05:00Z (2 h) + Sun 00:00 EST = 05:00Z to 06:00 EDT = 10:00Z
-- (5 h) = 7 h = 25200 s
SELECT backlog.business_seconds('America/New_York; sat 22:00-06:00', '2026-10-31 00:00+00', '2026-11-03 00:00+00');
-- Sat 10-31 22:00-24:00 EDT = 02:00Z-04:00Z (2 h) + Sun 00:00 EDT = 04:00Z to 06:00 EST = 11:00Z
-- (7 h) = 9 h = 32400 s
SELECT backlog.business_seconds('America/New_York; sat 22:00-06:00; holidays 2026-03-08', '2026-03-07 00:00+00', '2026-03-10 00:00+00');
-- the holiday on Sunday closes the shift's second half: Sat 22:00-24:00 only = 2 h = 7200 s

-- Business hours across the spring weekend, and business_add across it.
SELECT backlog.business_seconds('America/New_York; mon-fri 09:00-17:00', '2026-03-06 17:00+00', '2026-03-09 16:00+00');
-- Fri 12:00-17:00 EST (5 h) + Mon 09:00-12:00 EDT (3 h) = 8 h = 28800 s (71 h elapsed)
SELECT t, t AT TIME ZONE 'America/New_York' AS local
FROM (SELECT backlog.business_add('America/New_York; mon-fri 09:00-17:00', '2026-03-06 21:00+00', '2 hours') AS t) s;
-- Fri 16:00 EST + 2 h: Fri 16:00-17:00, Mon 09:00-10:00 EDT: Mon 10:00 EDT = 14:00Z
-- (a fixed -5 offset would say 15:00Z)
SELECT t, t AT TIME ZONE 'America/New_York' AS local
FROM (SELECT backlog.business_add('America/New_York; mon-fri 09:00-17:00', '2026-03-09 14:00+00', '-2 hours') AS t) s;
-- back from Mon 10:00 EDT: Mon 09:00-10:00, Fri 16:00-17:00 EST: Fri 16:00 EST = 21:00Z
SELECT t, t AT TIME ZONE 'America/New_York' AS local
FROM (SELECT backlog.business_add('America/New_York; mon-fri 09:00-17:00', '2026-10-30 20:00+00', '2 hours') AS t) s;
-- Fri 10-30 16:00 EDT + 2 h: Fri 16:00-17:00, Mon 11-02 09:00-10:00 EST: 10:00 EST = 15:00Z

-- A holiday on a weekday and on an overnight shift's second half (Thanksgiving, Thu 11-26).
SELECT backlog.business_seconds('America/New_York; mon-fri 22:00-06:00; holidays 2026-11-26', '2026-11-25 17:00+00', '2026-11-27 17:00+00');
-- Wed 22:00-24:00 EST = 11-26 03:00Z-05:00Z (2 h, Wednesday works); Thu 00:00-06:00 (Wednesday's
-- shift) and Thu 22:00-24:00 closed by the holiday; Fri 00:00-06:00 (Thursday's shift, on a
-- Friday) = 11-27 05:00Z-11:00Z (6 h): 8 h = 28800 s
SELECT t, t AT TIME ZONE 'America/New_York' AS local
FROM (SELECT backlog.business_add('America/New_York; mon-fri 09:00-17:00; holidays 2026-11-26,2026-11-27', '2026-11-25 21:00+00', '2 hours') AS t) s;
-- Wed 16:00 EST + 2 h: Wed 16:00-17:00, Thu and Fri holidays, Mon 11-30 09:00-10:00: 15:00Z

-- Instants inside a skipped hour.
SELECT t, backlog.is_business_time('America/New_York; sun 02:00-02:45', t)
FROM (VALUES (timestamptz '2026-03-08 06:59+00'), ('2026-03-08 07:00+00'), ('2026-03-08 07:30+00'), ('2026-03-08 07:45+00')) v(t);
-- working set 07:00Z-07:45Z (above): f, t, t, f
SELECT backlog.next_business_time('America/New_York; sun 02:30-05:00', '2026-03-08 06:00+00');
-- the shift starts at 07:30Z (above)

-- 24x7 in a zone with DST: plain subtraction across both changes.
SELECT backlog.business_seconds('America/New_York; 24x7', '2026-03-01', '2026-12-01') AS business,
       extract(epoch FROM timestamptz '2026-12-01' - timestamptz '2026-03-01') AS elapsed;
-- Mar..Nov = 31+30+31+30+31+31+30+31+30 = 275 days = 23760000 s both

-- ---------------------------------------------------------------------------------------------
-- Europe/Berlin
-- ---------------------------------------------------------------------------------------------
SELECT backlog.business_seconds('Europe/Berlin; sun 00:00-24:00', '2026-03-28 00:00+00', '2026-03-31 00:00+00');
-- Sun 03-29 00:00 CET = 03-28 23:00Z to Mon 00:00 CEST = 03-29 22:00Z: 23 h = 82800 s
SELECT backlog.business_seconds('Europe/Berlin; sun 00:00-24:00', '2026-10-24 00:00+00', '2026-10-27 00:00+00');
-- Sun 10-25 00:00 CEST = 10-24 22:00Z to Mon 00:00 CET = 10-25 23:00Z: 25 h = 90000 s
SELECT backlog.business_seconds('Europe/Berlin; sun 02:00-03:00', '2026-03-28 00:00+00', '2026-03-31 00:00+00');
-- 02:00 does not exist, read as CET: 01:00Z; 03:00 CEST = 01:00Z: an empty interval = 0 s
SELECT backlog.business_seconds('Europe/Berlin; sun 02:00-02:30', '2026-03-28 00:00+00', '2026-03-31 00:00+00');
-- both skipped, read as CET: 01:00Z to 01:30Z = 30 min = 1800 s
SELECT backlog.business_seconds('Europe/Berlin; sun 02:00-03:00', '2026-10-24 00:00+00', '2026-10-27 00:00+00');
-- 02:00 occurs twice, read as CET (the second): 01:00Z; 03:00 CET = 02:00Z: 1 h = 3600 s
SELECT backlog.business_seconds('Europe/Berlin; sat 20:00-08:00', '2026-03-28 00:00+00', '2026-03-31 00:00+00');
-- Sat 20:00-24:00 CET = 19:00Z-23:00Z (4 h) + Sun 00:00 CET = 23:00Z to 08:00 CEST = 06:00Z
-- (7 h) = 11 h = 39600 s
SELECT backlog.business_seconds('Europe/Berlin; sat 20:00-08:00', '2026-10-24 00:00+00', '2026-10-27 00:00+00');
-- Sat 20:00-24:00 CEST = 18:00Z-22:00Z (4 h) + Sun 00:00 CEST = 22:00Z to 08:00 CET = 07:00Z
-- (9 h) = 13 h = 46800 s
SELECT backlog.business_seconds('Europe/Berlin; mon-fri 08:00-12:00,13:00-17:00', '2026-03-27 15:00+00', '2026-03-30 07:00+00');
-- split shifts: Fri 16:00-17:00 CET (1 h) + Mon 08:00-09:00 CEST (1 h) = 7200 s
SELECT t, t AT TIME ZONE 'Europe/Berlin' AS local
FROM (SELECT backlog.business_add('Europe/Berlin; mon-fri 08:00-12:00,13:00-17:00', '2026-03-27 15:00+00', '4 hours') AS t) s;
-- Fri 16:00 CET + 4 h: Fri 16:00-17:00 (1 h), Mon 08:00-11:00 CEST (3 h): 11:00 CEST = 09:00Z
SELECT t, t AT TIME ZONE 'Europe/Berlin' AS local
FROM (SELECT backlog.business_add('Europe/Berlin; mon-fri 08:00-12:00,13:00-17:00', '2026-10-26 10:00+00', '-5 hours') AS t) s;
-- back from Mon 10-26 11:00 CET: Mon 08:00-11:00 (3 h), Fri 10-23 15:00-17:00 CEST (2 h):
-- Fri 15:00 CEST = 13:00Z

-- ---------------------------------------------------------------------------------------------
-- Australia/Lord_Howe: changes of 30 minutes
-- ---------------------------------------------------------------------------------------------
SELECT backlog.business_seconds('Australia/Lord_Howe; sun 00:00-24:00', '2026-04-03 00:00+00', '2026-04-07 00:00+00');
-- Sun 04-05 00:00 +11 = 04-04 13:00Z to Mon 00:00 +10:30 = 04-05 13:30Z: 24.5 h = 88200 s
SELECT backlog.business_seconds('Australia/Lord_Howe; sun 00:00-24:00', '2026-10-02 00:00+00', '2026-10-06 00:00+00');
-- Sun 10-04 00:00 +10:30 = 10-03 13:30Z to Mon 00:00 +11 = 10-04 13:00Z: 23.5 h = 84600 s
SELECT backlog.business_seconds('Australia/Lord_Howe; sun 01:00-03:00', '2026-04-03 00:00+00', '2026-04-07 00:00+00');
-- 01:00 +11 = 14:00Z to 03:00 +10:30 = 16:30Z: 2.5 h = 9000 s (01:30-02:00 occurs twice)
SELECT backlog.business_seconds('Australia/Lord_Howe; sun 01:30-02:00', '2026-04-03 00:00+00', '2026-04-07 00:00+00');
-- 01:30 occurs twice, read as +10:30 (the second): 15:00Z; 02:00 +10:30 = 15:30Z: 1800 s
SELECT backlog.business_seconds('Australia/Lord_Howe; sun 01:00-03:00', '2026-10-02 00:00+00', '2026-10-06 00:00+00');
-- 01:00 +10:30 = 10-03 14:30Z to 03:00 +11 = 16:00Z: 1.5 h = 5400 s (02:00-02:30 is skipped)
SELECT backlog.business_seconds('Australia/Lord_Howe; sun 02:00-02:15', '2026-10-02 00:00+00', '2026-10-06 00:00+00');
-- both skipped, read as +10:30: 15:30Z to 15:45Z = 900 s
SELECT t, t AT TIME ZONE 'Australia/Lord_Howe' AS local
FROM (SELECT backlog.business_add('Australia/Lord_Howe; mon-fri 09:00-17:00', '2026-04-03 05:00+00', '2 hours') AS t) s;
-- Fri 04-03 16:00 +11 + 2 h: Fri 16:00-17:00, Mon 04-06 09:00-10:00 +10:30: 04-05 23:30Z
SELECT backlog.business_seconds('Australia/Lord_Howe; 24x7', '2026-01-01', '2027-01-01') AS business,
       extract(epoch FROM timestamptz '2027-01-01' - timestamptz '2026-01-01') AS elapsed;
-- 365 days = 31536000 s both

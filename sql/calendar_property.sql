-- calendar_property: random calendars and instants (seeded, so the run is deterministic)
-- checked against a slow reference written here in SQL. The reference follows the definition
-- in SPEC 1 and README: for each local date D of the calendar's zone, each working interval
-- [s, e) of D's weekday (the union of the hours clauses, overnight ranges split at midnight,
-- nothing on holidays) contributes [(D + s) AT TIME ZONE zone, (D + e) AT TIME ZONE zone); the
-- union of those ranges is cut to [t0, t1) and measured. Each query prints how many cases it
-- checked and how many disagreed (expected 0).
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
SET max_parallel_workers_per_gather = 0;	-- random() in a fixed order

CREATE SCHEMA calprop;

-- 400 random calendars in zones with DST (New York, Berlin, Lord Howe, Santiago, whose changes
-- fall at local midnight, Dublin, St John's at -3:30), without (UTC, Kolkata, Tehran), and Apia,
-- which skipped Friday 2011-12-30 entirely.
SELECT setseed(0.25);
CREATE TABLE calprop.cal AS
SELECT i AS id,
       (ARRAY['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'America/Santiago',
              'Pacific/Apia', 'Asia/Kolkata', 'Europe/Dublin', 'America/St_Johns', 'Asia/Tehran'])[1 + floor(random() * 10)::int] AS zone
FROM generate_series(1, 400) i;
-- one to three hours clauses each: first ISO weekday, number of days, start and end minute in
-- steps of 15 (end < start is an overnight range)
-- (Every random draw below reads an explicitly ordered stream, so no plan choice can change
-- which row gets which number.)
CREATE TABLE calprop.rng AS
SELECT id, k,
       1 + floor(random() * 7)::int AS d0,
       1 + floor(random() * 7)::int AS nd,
       (floor(random() * 96) * 15)::int AS s,
       (floor(random() * 97) * 15)::int AS e
FROM (SELECT c.id, k FROM calprop.cal c, generate_series(1, 3) k
      WHERE k <= 1 + c.id % 3 ORDER BY c.id, k) o;
DELETE FROM calprop.rng WHERE s = e OR s = 1440;
CREATE TABLE calprop.hol AS
SELECT DISTINCT id, date '2024-01-01' + floor(random() * 1461)::int AS d
FROM (SELECT c.id, k FROM calprop.cal c, generate_series(1, 4) k
      WHERE k <= c.id % 5 ORDER BY c.id, k) o;
-- the text form, written from the same data
CREATE TABLE calprop.txt AS
SELECT c.id, c.zone || coalesce((SELECT string_agg('; ' ||
          (ARRAY['mon','tue','wed','thu','fri','sat','sun'])[r.d0] || '-' ||
          (ARRAY['mon','tue','wed','thu','fri','sat','sun'])[1 + (r.d0 + r.nd - 2) % 7] || ' ' ||
          to_char(make_interval(mins => r.s), 'HH24:MI') || '-' ||
          CASE WHEN r.e = 1440 THEN '24:00' ELSE to_char(make_interval(mins => r.e), 'HH24:MI') END, '' ORDER BY r.k)
        FROM calprop.rng r WHERE r.id = c.id), '') ||
       coalesce('; holidays ' || (SELECT string_agg(h.d::text, ',' ORDER BY h.d) FROM calprop.hol h WHERE h.id = c.id), '') AS t
FROM calprop.cal c;
ALTER TABLE calprop.txt ADD COLUMN cal backlog.calendar;
UPDATE calprop.txt SET cal = t::backlog.calendar;
SELECT count(*) AS calendars, count(*) FILTER (WHERE cal::text ~ '\d\d:\d\d') AS with_hours,
       count(*) FILTER (WHERE cal::text ~ 'holidays') AS with_holidays,
       count(*) FILTER (WHERE cal::text ~ '-0\d:\d\d|-1\d:\d\d' AND cal::text !~ '24x7') AS some_overnight
FROM calprop.txt;

-- The working minutes of each ISO weekday: every clause on every day it lists, an overnight
-- range split at midnight with its second part on the next day; the clauses of a day are
-- united (the union is the calendar; how it was written does not matter).
CREATE TABLE calprop.piece AS
SELECT id, dow, lower(u) AS s, upper(u) AS e
FROM (SELECT id, dow, unnest(range_agg(int4range(s, e))) AS u
      FROM (SELECT r.id, 1 + (r.d0 - 1 + j) % 7 AS dow, r.s, CASE WHEN r.e > r.s THEN r.e ELSE 1440 END AS e
            FROM calprop.rng r, generate_series(0, 6) j WHERE j < r.nd
            UNION ALL
            SELECT r.id, 1 + (r.d0 + j) % 7, 0, r.e
            FROM calprop.rng r, generate_series(0, 6) j WHERE j < r.nd AND r.e < r.s AND r.e > 0) raw
      GROUP BY id, dow) n;

-- The slow reference: working microseconds of calendar cid in [t0, t1) (negative if t1 < t0).
CREATE FUNCTION calprop.ref_usecs(cid int, t0 timestamptz, t1 timestamptz) RETURNS bigint
LANGUAGE sql STABLE AS $$
  WITH z AS (SELECT zone FROM calprop.cal WHERE id = cid),
  days AS (SELECT d::date AS d
           FROM generate_series((least(t0, t1) AT TIME ZONE 'UTC')::date - 3,
                                (greatest(t0, t1) AT TIME ZONE 'UTC')::date + 3, interval '1 day') d),
  ivs AS (
    SELECT (days.d + p.s * interval '1 minute') AT TIME ZONE z.zone AS a,
           (days.d + p.e * interval '1 minute') AT TIME ZONE z.zone AS b
    FROM days, z, calprop.piece p
    WHERE p.id = cid AND p.dow = extract(isodow FROM days.d)
      AND NOT EXISTS (SELECT 1 FROM calprop.hol h WHERE h.id = cid AND h.d = days.d))
  SELECT sign(extract(epoch FROM t1 - t0))::bigint *
         coalesce(sum(extract(epoch FROM upper(r) - lower(r)) * 1000000), 0)::bigint
  FROM (SELECT unnest(range_agg(tstzrange(a, b)) * tstzmultirange(tstzrange(least(t0, t1), greatest(t0, t1)))) AS r
        FROM ivs WHERE a < b) x
$$;

-- Instants: 8 random pairs per calendar in 2024-2027, spans from -5 to +35 days...
CREATE TABLE calprop.pairs AS
SELECT id, timestamptz '2024-01-01' + random() * interval '1400 days' AS t0,
       random() * interval '40 days' - interval '5 days' AS span
FROM (SELECT c.id, k FROM calprop.cal c, generate_series(1, 8) k ORDER BY c.id, k) o;
-- ...and pairs within 3 days of each change of UTC offset of the calendar's zone (the changes
-- are found by comparing local times half an hour apart), spans from -1 to +2 days.
CREATE TABLE calprop.changes AS
SELECT DISTINCT z.zone, h AS t
FROM (SELECT DISTINCT zone FROM calprop.cal) z,
     generate_series(timestamptz '2024-01-01', '2027-12-31', '30 minutes') h
WHERE (h AT TIME ZONE z.zone) - ((h - interval '30 minutes') AT TIME ZONE z.zone) <> interval '30 minutes';
-- (sample sizes that depend on the time zone database print as thresholds, so a tzdata
-- update that moves a change does not change this file)
SELECT count(DISTINCT zone) >= 5 AS zones_with_changes, count(*) >= 40 AS changes FROM calprop.changes;
INSERT INTO calprop.pairs
SELECT id, t + (random() - 0.5) * interval '6 days', (random() - 0.3) * interval '3 days'
FROM (SELECT c.id, ch.t, k FROM calprop.cal c JOIN calprop.changes ch USING (zone), generate_series(1, 2) k
      ORDER BY c.id, ch.t, k) o
WHERE random() < 0.3;
-- ...and pairs around Apia's skipped day.
INSERT INTO calprop.pairs
SELECT id, timestamptz '2011-12-28' + random() * interval '4 days', (random() - 0.3) * interval '3 days'
FROM (SELECT c.id, k FROM calprop.cal c, generate_series(1, 40) k
      WHERE c.zone = 'Pacific/Apia' ORDER BY c.id, k) o;
-- t1 = t0 + span; t2, a third instant for additivity; span24 for the 24x7 check
CREATE TABLE calprop.p AS
SELECT row_number() OVER (ORDER BY id, t0, span) AS n, id, t0, t0 + span AS t1, span,
       t0 + (random() - 0.3) * interval '20 days' AS t2,
       random() * interval '400 days' - interval '100 days' AS span24
FROM (SELECT * FROM calprop.pairs ORDER BY id, t0, span) o;
DROP TABLE calprop.pairs;
ALTER TABLE calprop.p RENAME TO pairs;

-- 1. business_seconds equals the reference.
SELECT count(*) >= 5000 AS pairs_5000,
       count(*) FILTER (WHERE p.t1 < p.t0) >= 1000 AS backwards_1000,
       count(*) FILTER (WHERE r.usecs <> 0) >= 4000 AS nonzero_4000,
       count(*) FILTER (WHERE backlog.business_seconds(x.cal, p.t0, p.t1) <> r.usecs / 1e6) AS mismatches
FROM calprop.pairs p JOIN calprop.txt x USING (id),
     LATERAL (SELECT calprop.ref_usecs(p.id, p.t0, p.t1) AS usecs) r;

-- 2. business_time is exact to the microsecond, and additive: a->b + b->c = a->c, for b and c
--    anywhere (before a too); and a->b = -(b->a).
SELECT count(*) >= 5000 AS triples_5000,
       count(*) FILTER (WHERE backlog.business_time(x.cal, p.t0, p.t1) <> make_interval(secs => r.usecs / 1e6)) AS not_exact,
       count(*) FILTER (WHERE backlog.business_time(x.cal, p.t0, p.t1) + backlog.business_time(x.cal, p.t1, c.t)
                          <> backlog.business_time(x.cal, p.t0, c.t)) AS not_additive,
       count(*) FILTER (WHERE backlog.business_time(x.cal, p.t0, p.t1) <> -backlog.business_time(x.cal, p.t1, p.t0)) AS not_antisymmetric
FROM calprop.pairs p JOIN calprop.txt x USING (id),
     LATERAL (SELECT p.t2 AS t) c,
     LATERAL (SELECT calprop.ref_usecs(p.id, p.t0, p.t1) AS usecs) r;

-- 3. business_add and business_seconds are inverses, and business_add gives the earliest
--    instant (the latest for negative durations), never one inside a closed gap.
WITH a AS (
    SELECT x.cal, p.t0, d, backlog.business_add(x.cal, p.t0, d) AS t
    FROM calprop.pairs p JOIN calprop.txt x USING (id),
         LATERAL (SELECT make_interval(secs => round(extract(epoch FROM p.span) / 7)) AS d) dd
    WHERE x.cal::text ~ '\d\d:\d\d')
SELECT count(*) >= 5000 AS adds_5000, count(*) FILTER (WHERE d < '0') >= 1000 AS negative_1000,
       count(*) FILTER (WHERE d > '0' AND backlog.business_time(cal, t0, t) <> d) AS not_inverse,
       count(*) FILTER (WHERE d < '0' AND backlog.business_time(cal, t, t0) <> -d) AS not_inverse_back,
       count(*) FILTER (WHERE d > '0' AND backlog.business_time(cal, t0, t - interval '1 microsecond') >= d) AS not_earliest,
       count(*) FILTER (WHERE d < '0' AND backlog.business_time(cal, t + interval '1 microsecond', t0) >= -d) AS not_latest,
       count(*) FILTER (WHERE d > '0' AND NOT backlog.is_business_time(cal, t - interval '1 microsecond')) AS ends_in_gap,
       count(*) FILTER (WHERE d = '0' AND t <> t0) AS zero_moved
FROM a;

-- 4. is_business_time agrees with the reference on [t, t + 1 us); next_business_time is at or
--    after t, working, with no working time between.
SELECT count(*) >= 5000 AS instants_5000, count(*) FILTER (WHERE w) >= 2000 AS working_2000,
       count(*) FILTER (WHERE w <> (calprop.ref_usecs(id, t0, t0 + interval '1 microsecond') = 1)) AS is_mismatch,
       count(*) FILTER (WHERE nb < t0 OR NOT backlog.is_business_time(cal, nb) OR calprop.ref_usecs(id, t0, nb) <> 0) AS next_bad
FROM (SELECT p.id, x.cal, p.t0, backlog.is_business_time(x.cal, p.t0) AS w,
             backlog.next_business_time(x.cal, p.t0) AS nb
      FROM calprop.pairs p JOIN calprop.txt x USING (id)
      WHERE x.cal::text ~ '\d\d:\d\d') s;

-- 5. 24x7 equals plain subtraction, in every zone, over spans of up to 400 days.
SELECT count(*) >= 5000 AS pairs_5000,
       count(*) FILTER (WHERE backlog.business_seconds((z.zone || '; 24x7')::backlog.calendar, p.t0, p.t0 + s.span)
                          <> extract(epoch FROM s.span)) AS mismatches
FROM calprop.pairs p JOIN calprop.cal z USING (id),
     LATERAL (SELECT p.span24 AS span) s;

-- 6. Long spans (up to three years, many changes of offset and holidays) against the reference.
SELECT count(*) AS long_pairs,
       count(*) FILTER (WHERE backlog.business_seconds(x.cal, s.t0, s.t1) <> calprop.ref_usecs(s.id, s.t0, s.t1) / 1e6) AS mismatches
FROM (SELECT id, timestamptz '2024-01-01' + random() * interval '300 days' AS t0,
             timestamptz '2024-12-01' + random() * interval '900 days' AS t1
      FROM (SELECT id FROM calprop.cal WHERE id % 10 = 0 ORDER BY id) o) s JOIN calprop.txt x USING (id);

-- 7. The multirange form is the sum over its ranges.
SELECT count(*) AS multiranges,
       count(*) FILTER (WHERE backlog.business_seconds(x.cal, m.mr) <>
                              (SELECT sum(calprop.ref_usecs(x.id, lower(r), upper(r))) FROM unnest(m.mr) r) / 1e6) AS mismatches
FROM calprop.txt x JOIN
     (SELECT id, tstzmultirange(tstzrange(a, a + interval '2 days'),
                                tstzrange(a + interval '3 days', a + interval '3 days' + b * interval '9 days')) AS mr
      FROM (SELECT id, timestamptz '2024-01-01' + random() * interval '1400 days' AS a, random() AS b
            FROM (SELECT id FROM calprop.cal ORDER BY id) o) aa) m USING (id);

-- 8. Printing and parsing again gives the same text and an equal calendar.
SELECT count(*) AS calendars,
       count(*) FILTER (WHERE cal::text::backlog.calendar::text <> cal::text) AS text_changed,
       count(*) FILTER (WHERE cal::text::backlog.calendar OPERATOR(backlog.<>) cal) AS value_changed
FROM calprop.txt;

DROP SCHEMA calprop CASCADE;

-- bench_calendar: business calendars (run by test/bench/run.sh in database "bench").
--
-- 2,000,000 random (t0, t1) pairs, t0 in 2024-2027 (eight DST changes), t1 - t0 up to 30 days,
-- d up to 24 hours; the calendar is the SPEC example with US holidays:
--   business_seconds  vs  sum(extract(epoch from t1 - t0))   (target: ratio <= 1.5)
--   business_add      vs  t0 + d, summed the same way, and with a bare max()
--   both              vs  a PL/pgSQL day loop, on 20,000 of the pairs (target: 100x faster)
--   a different calendar on every row (ten calendars in five zones), 200,000 pairs
-- Each time is the best of several runs (bench.time); data is deterministic (setseed).
SELECT setseed(0.5);
CREATE TABLE bench.cal_pairs AS
SELECT t0, t0 + random() * interval '30 days' AS t1, random() * interval '24 hours' AS d
FROM (SELECT timestamptz '2024-01-01' + random() * interval '1400 days' AS t0
      FROM generate_series(1, 2000000)) s;
VACUUM ANALYZE bench.cal_pairs;

CREATE TABLE bench.cal (c backlog.calendar);
INSERT INTO bench.cal VALUES ('America/New_York; mon-fri 09:00-12:00,13:00-17:00; sat 10:00-14:00; holidays '
    '2024-01-01,2024-01-15,2024-05-27,2024-07-04,2024-09-02,2024-11-28,2024-12-25,'
    '2025-01-01,2025-01-20,2025-05-26,2025-07-04,2025-09-01,2025-11-27,2025-12-25,'
    '2026-01-01,2026-01-19,2026-05-25,2026-07-03,2026-09-07,2026-11-26,2026-12-25,'
    '2027-01-01,2027-01-18,2027-05-31,2027-07-05,2027-09-06,2027-11-25,2027-12-24');

-- Warm the cache of the pairs table.
SELECT count(*) FROM bench.cal_pairs \g /dev/null

SELECT bench.report('business_seconds, 2M pairs up to 30 days',
    bench.time($$SELECT sum(backlog.business_seconds((SELECT c FROM bench.cal), t0, t1)) FROM bench.cal_pairs$$, 5),
    bench.time($$SELECT sum(extract(epoch FROM t1 - t0)) FROM bench.cal_pairs$$, 5),
    'sum(extract(epoch from t1 - t0))');
SELECT bench.report('business_add, 2M, summed as epoch',
    bench.time($$SELECT sum(extract(epoch FROM backlog.business_add((SELECT c FROM bench.cal), t0, d))) FROM bench.cal_pairs$$, 5),
    bench.time($$SELECT sum(extract(epoch FROM t0 + d)) FROM bench.cal_pairs$$, 5),
    'sum(extract(epoch from t0 + d))');
SELECT bench.report('business_add, 2M, max()',
    bench.time($$SELECT max(backlog.business_add((SELECT c FROM bench.cal), t0, d)) FROM bench.cal_pairs$$, 5),
    bench.time($$SELECT max(t0 + d) FROM bench.cal_pairs$$, 5),
    'max(t0 + d)');

-- ---------------------------------------------------------------------------------------------
-- The PL/pgSQL way: a table of opening hours and one of holidays, a loop over local dates.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE bench.hours (isodow int, opens time, closes time);
INSERT INTO bench.hours
SELECT d, o, c FROM generate_series(1, 5) d, (VALUES (time '09:00', time '12:00'), ('13:00', '17:00')) v(o, c)
UNION ALL SELECT 6, '10:00', '14:00';
CREATE TABLE bench.holidays (day date PRIMARY KEY);
INSERT INTO bench.holidays
SELECT unnest(string_to_array(substring((SELECT c::text FROM bench.cal) FROM 'holidays (.*)$'), ','))::date;

CREATE FUNCTION bench.plpgsql_business_seconds(t0 timestamptz, t1 timestamptz)
RETURNS double precision LANGUAGE plpgsql STABLE AS $$
DECLARE
    zone CONSTANT text := 'America/New_York';
    total interval := '0';
    dt date;
    h record;
    s timestamptz;
    e timestamptz;
BEGIN
    FOR dt IN SELECT g::date FROM generate_series((t0 AT TIME ZONE zone)::date,
                                                  (t1 AT TIME ZONE zone)::date, interval '1 day') g LOOP
        CONTINUE WHEN EXISTS (SELECT 1 FROM bench.holidays x WHERE x.day = dt);
        FOR h IN SELECT opens, closes FROM bench.hours WHERE isodow = extract(isodow FROM dt) LOOP
            s := greatest(t0, (dt + h.opens) AT TIME ZONE zone);
            e := least(t1, (dt + h.closes) AT TIME ZONE zone);
            IF e > s THEN
                total := total + (e - s);
            END IF;
        END LOOP;
    END LOOP;
    RETURN extract(epoch FROM total);
END
$$;

CREATE FUNCTION bench.plpgsql_business_add(t timestamptz, dur interval)
RETURNS timestamptz LANGUAGE plpgsql STABLE AS $$
DECLARE
    zone CONSTANT text := 'America/New_York';
    remaining interval := dur;
    dt date := (t AT TIME ZONE zone)::date;
    h record;
    s timestamptz;
    e timestamptz;
BEGIN
    IF remaining <= interval '0' THEN
        RETURN t;
    END IF;
    LOOP
        IF NOT EXISTS (SELECT 1 FROM bench.holidays x WHERE x.day = dt) THEN
            FOR h IN SELECT opens, closes FROM bench.hours WHERE isodow = extract(isodow FROM dt) ORDER BY opens LOOP
                s := greatest(t, (dt + h.opens) AT TIME ZONE zone);
                e := (dt + h.closes) AT TIME ZONE zone;
                IF e > s THEN
                    IF e - s >= remaining THEN
                        RETURN s + remaining;
                    END IF;
                    remaining := remaining - (e - s);
                END IF;
            END LOOP;
        END IF;
        dt := dt + 1;
    END LOOP;
END
$$;

CREATE TABLE bench.cal_sample AS SELECT * FROM bench.cal_pairs LIMIT 20000;
-- The baselines compute the same thing: both lines must say 0.
SELECT format('PL/pgSQL baselines disagree with backlog on %s of 20000 business_seconds and %s of 20000 business_add',
    count(*) FILTER (WHERE bench.plpgsql_business_seconds(t0, t1) <> backlog.business_seconds(c, t0, t1)),
    count(*) FILTER (WHERE bench.plpgsql_business_add(t0, d) <> backlog.business_add(c, t0, d)))
FROM bench.cal_sample, bench.cal;

SELECT bench.report('business_seconds, 20k pairs', ours, base, 'PL/pgSQL day loop') ||
       format('  (%s times faster)', round(base / ours))
FROM (SELECT bench.time($$SELECT sum(backlog.business_seconds((SELECT c FROM bench.cal), t0, t1)) FROM bench.cal_sample$$, 5) AS ours,
             bench.time($$SELECT sum(bench.plpgsql_business_seconds(t0, t1)) FROM bench.cal_sample$$, 1) AS base) t;
SELECT bench.report('business_add, 20k pairs', ours, base, 'PL/pgSQL day loop') ||
       format('  (%s times faster)', round(base / ours))
FROM (SELECT bench.time($$SELECT max(backlog.business_add((SELECT c FROM bench.cal), t0, d)) FROM bench.cal_sample$$, 5) AS ours,
             bench.time($$SELECT max(bench.plpgsql_business_add(t0, d)) FROM bench.cal_sample$$, 1) AS base) t;

-- ---------------------------------------------------------------------------------------------
-- A different calendar on every row: the per-query cache must switch calendars cheaply.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE bench.cal10 (k int PRIMARY KEY, c backlog.calendar);
INSERT INTO bench.cal10 VALUES
    (0, 'America/New_York; mon-fri 09:00-17:00'), (1, 'Europe/Berlin; mon-fri 08:00-12:00,13:00-17:00'),
    (2, 'Asia/Tokyo; mon-fri 09:00-18:00'), (3, 'Australia/Sydney; mon-fri 08:30-17:30'),
    (4, 'America/Los_Angeles; mon-sat 07:00-19:00'), (5, 'UTC; 24x7'),
    (6, 'America/New_York; mon-fri 22:00-06:00'), (7, 'Europe/Berlin; 24x7; holidays 2026-12-25'),
    (8, 'Asia/Tokyo; mon-sun 10:00-22:00'), (9, 'Australia/Sydney; sat,sun 09:00-13:00');
CREATE TABLE bench.cal_rows AS
SELECT p.*, c.c FROM (SELECT *, row_number() OVER () % 10 AS k FROM bench.cal_pairs LIMIT 200000) p
JOIN bench.cal10 c USING (k);
SELECT bench.report('business_seconds, 200k rows, 10 calendars',
    bench.time($$SELECT sum(backlog.business_seconds(c, t0, t1)) FROM bench.cal_rows$$, 3),
    bench.time($$SELECT sum(extract(epoch FROM t1 - t0)) FROM bench.cal_rows$$, 3),
    'sum(extract(epoch from t1 - t0))');

DROP TABLE bench.cal_pairs, bench.cal_sample, bench.cal_rows, bench.cal, bench.cal10, bench.hours, bench.holidays;
DROP FUNCTION bench.plpgsql_business_seconds(timestamptz, timestamptz), bench.plpgsql_business_add(timestamptz, interval);

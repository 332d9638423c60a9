-- calendar_errors: bad input to backlog.calendar and its functions. Each case on its own line,
-- showing the SQLSTATE and message: malformed clauses of every type (zone, hours, holidays,
-- 24x7), unknown zones, 25:00, empty day lists, size limits, corrupt binary input,
-- business_add on a calendar without working time or with every working day a holiday,
-- +-infinity, unbounded ranges, spans beyond the 100-year horizon and the timestamp range.
-- None may crash or hang.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

-- ---------------------------------------------------------------------------------------------
-- Malformed text (22P02), one clause type at a time; the message names the clause
-- ---------------------------------------------------------------------------------------------
-- zone clauses
SELECT regress.error($$SELECT 'Europe/Ber lin; mon 09:00-17:00'::backlog.calendar$$);
SELECT regress.error($$SELECT 'Europe/Berlin; America/New_York'::backlog.calendar$$);
SELECT regress.error($$SELECT '@UTC; mon 09:00-17:00'::backlog.calendar$$);
SELECT regress.error($$SELECT 'Europe/Berlin!'::backlog.calendar$$);
-- hours clauses
SELECT regress.error($$SELECT 'mon-fri 25:00-26:00'::backlog.calendar$$);
SELECT regress.error($$SELECT 'mon-fri 09:60-17:00'::backlog.calendar$$);
SELECT regress.error($$SELECT 'mon-fri 24:00-06:00'::backlog.calendar$$);
SELECT regress.error($$SELECT 'mon-fri 09:00-24:30'::backlog.calendar$$);
SELECT regress.error($$SELECT 'mon-fri 09:00-09:00'::backlog.calendar$$);
SELECT regress.error($$SELECT 'mon-fri 09:00'::backlog.calendar$$);
SELECT regress.error($$SELECT 'mon-fri 9-17'::backlog.calendar$$);
SELECT regress.error($$SELECT 'mon-fri'::backlog.calendar$$);
SELECT regress.error($$SELECT '09:00-17:00'::backlog.calendar$$);
SELECT regress.error($$SELECT 'mon, 09:00-17:00'::backlog.calendar$$);
SELECT regress.error($$SELECT 'monday 09:00-17:00'::backlog.calendar$$);
SELECT regress.error($$SELECT 'mon-fr 09:00-17:00'::backlog.calendar$$);
SELECT regress.error($$SELECT 'mon-fri 09:00-17:00,'::backlog.calendar$$);
SELECT regress.error($$SELECT 'mon-fri 09:00-12:00 13:00-17:00'::backlog.calendar$$);
SELECT regress.error($$SELECT ', 09:00-17:00'::backlog.calendar$$);
-- holidays clauses
SELECT regress.error($$SELECT 'holidays'::backlog.calendar$$);
SELECT regress.error($$SELECT 'holidays 2026-02-30'::backlog.calendar$$);
SELECT regress.error($$SELECT 'holidays 2100-02-29'::backlog.calendar$$);
SELECT regress.error($$SELECT 'holidays 26-12-25'::backlog.calendar$$);
SELECT regress.error($$SELECT 'holidays 2026-12-25,'::backlog.calendar$$);
SELECT regress.error($$SELECT 'holidays 2026-12-25 2026-12-26'::backlog.calendar$$);
SELECT regress.error($$SELECT 'holidays 0000-01-01'::backlog.calendar$$);
-- 24x7 clauses
SELECT regress.error($$SELECT '24x7; mon-fri 09:00-17:00'::backlog.calendar$$);
SELECT regress.error($$SELECT '24x7x'::backlog.calendar$$);
-- a long clause is quoted up to 60 bytes
SELECT regress.error($$SELECT 'mon-fri 09:00-10:00,10:30-11:00,11:30-12:00,12:30-13:00,13:30-14:00 oops'::backlog.calendar$$);
-- the detail and hint, once
DO $$
DECLARE
    msg text;
    detail text;
    hint text;
BEGIN
    PERFORM 'mon-fri 25:00-26:00'::backlog.calendar;
EXCEPTION WHEN invalid_text_representation THEN
    GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
    RAISE NOTICE 'message: %', msg;
    RAISE NOTICE 'detail: %', detail;
    RAISE NOTICE 'hint: %', hint;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Unknown zones (22023)
-- ---------------------------------------------------------------------------------------------
SELECT regress.error($$SELECT 'Mars/Olympus_Mons; mon-fri 09:00-17:00'::backlog.calendar$$);
SELECT regress.error($$SELECT 'Europe/Berlinn'::backlog.calendar$$);
-- zones with leap seconds are refused too (or unknown where tzdata has none): 22023 either way
SELECT regress.sqlstate($$SELECT 'right/UTC'::backlog.calendar$$);

-- ---------------------------------------------------------------------------------------------
-- Limits (54000)
-- ---------------------------------------------------------------------------------------------
-- 33 separate intervals on Monday (at most 32): 5-minute ranges 10 minutes apart
SELECT regress.error(format('SELECT %L::backlog.calendar',
    'mon ' || (SELECT string_agg(format('%s:%s-%s:%s', lpad((m / 60)::text, 2, '0'), lpad((m % 60)::text, 2, '0'),
                                                        lpad(((m + 5) / 60)::text, 2, '0'), lpad(((m + 5) % 60)::text, 2, '0')), ',')
               FROM generate_series(0, 32 * 10, 10) m)));
SELECT regress.sqlstate(format('SELECT %L::backlog.calendar',
    'mon ' || (SELECT string_agg(format('%s:%s-%s:%s', lpad((m / 60)::text, 2, '0'), lpad((m % 60)::text, 2, '0'),
                                                        lpad(((m + 5) / 60)::text, 2, '0'), lpad(((m + 5) % 60)::text, 2, '0')), ',')
               FROM generate_series(0, 31 * 10, 10) m)));
-- 32 are fine: ok
-- more than 1024 hour ranges, each counted once per day: 7 days * 147 ranges = 1029
SELECT regress.error(format('SELECT %L::backlog.calendar',
    'mon-sun ' || (SELECT string_agg('09:00-10:00', ',') FROM generate_series(1, 147))));
-- more than 10,000 holidays
SELECT regress.error(format('SELECT %L::backlog.calendar',
    'holidays ' || (SELECT string_agg((date '2000-01-01' + i)::text, ',') FROM generate_series(0, 10000) i)));
-- text over 1 MB
SELECT regress.error(format('SELECT %L::backlog.calendar', repeat(' ', 1024 * 1024 + 1)));

-- ---------------------------------------------------------------------------------------------
-- Corrupt binary input (22P03): crafted bytes fed to the binary input through COPY BINARY,
-- whose framing is the same for a bytea column as for a calendar column
-- ---------------------------------------------------------------------------------------------
CREATE TEMP TABLE raw_in (b bytea);
CREATE TEMP TABLE cal_in (c backlog.calendar);
CREATE FUNCTION pg_temp.recv(bytes bytea) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    f text := '/tmp/backlog_calendar_recv_' || pg_backend_pid() || '.bin';
    detail text;
BEGIN
    DELETE FROM raw_in;
    DELETE FROM cal_in;
    INSERT INTO raw_in VALUES (bytes);
    EXECUTE format('COPY raw_in TO %L (FORMAT binary)', f);
    EXECUTE format('COPY cal_in FROM %L (FORMAT binary)', f);
    RETURN (SELECT c::text FROM cal_in);
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
    RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' / ' || nullif(detail, ''), '');
END
$$;
-- the valid form of 'mon 09:00-17:00; holidays 2026-12-25' (see calendar.sql)
SELECT pg_temp.recv('\x010003010000000000000000000155544300007e900000ef100000267f');
SELECT pg_temp.recv('\x0100');                                                              -- header cut short
SELECT pg_temp.recv('\x020003010000000000000000000155544300007e900000ef100000267f');        -- version 2
SELECT pg_temp.recv('\x010103010000000000000000000155544300007e900000ef100000267f');        -- flags set
SELECT pg_temp.recv('\x010003210000000000000000000155544300007e900000ef100000267f');        -- 33 intervals
SELECT pg_temp.recv('\x010003010000000000000000000155544300007e900000ef100000');            -- truncated
SELECT pg_temp.recv('\x010003010000000000000000000155544300007e900000ef100000267f00');      -- extra byte
SELECT pg_temp.recv('\x010003010000000000000000000155202000007e900000ef100000267f');        -- zone 'U  '
SELECT pg_temp.recv('\x01000301000000000000000000015554430000ef1000007e900000267f');        -- end before start
SELECT pg_temp.recv('\x010003010000000000000000000155544300007e90000151bc0000267f');        -- end 24:01
SELECT pg_temp.recv('\x010003010000000000000000000155544300007e910000ef100000267f');        -- not whole minutes
SELECT pg_temp.recv('\x010003010000000000000000000158585800007e900000ef100000267f');        -- zone 'XXX'
DO $$
BEGIN
    EXECUTE format('COPY (SELECT 1) TO PROGRAM %L', 'cat >/dev/null; rm -f /tmp/backlog_calendar_recv_' || pg_backend_pid() || '.bin');
END
$$;

-- ---------------------------------------------------------------------------------------------
-- business_add on a calendar that can never reach the duration
-- ---------------------------------------------------------------------------------------------
SELECT regress.error($$SELECT backlog.business_add('UTC', '2026-01-05', '1 hour')$$);
SELECT regress.error($$SELECT backlog.next_business_time('Europe/Berlin; holidays 2026-12-25', '2026-01-05')$$);
-- d = 0 needs no search: it returns t even there
SELECT backlog.business_add('UTC', '2026-01-05', '0');
-- Mondays 09:00-10:00, and every Monday from 2026-01-05 for 5300 weeks (101.6 years) a holiday:
-- no working hour within the 100-year horizon
CREATE TEMP TABLE all_holidays AS
SELECT ('mon 09:00-10:00; holidays ' ||
        string_agg((date '2026-01-05' + 7 * i)::text, ',' ORDER BY i))::backlog.calendar AS cal
FROM generate_series(0, 5299) i;
SELECT regress.error($$SELECT backlog.business_add(cal, '2026-01-01', '1 hour') FROM all_holidays$$);
SELECT regress.error($$SELECT backlog.next_business_time(cal, '2026-01-01') FROM all_holidays$$);
-- the same calendar before its first holiday works: Mon 2025-12-29 10:00
SELECT backlog.business_add(cal, '2025-12-29', '1 hour') FROM all_holidays;
-- and from 2110 on: the first Monday after the holidays is 2026-01-05 + 5300 weeks (37100 days):
-- 2127-01-05 is 101 years = 101 * 365 + 24 leap days = 36889 days on, plus 211 days = 2127-08-04;
-- business_add jumps there without a walk: 2127-08-04 10:00
SELECT backlog.business_add(cal, '2110-01-01', '1 hour') FROM all_holidays;
-- the business time in between: none (Mondays 2026-2127 are all holidays)
SELECT backlog.business_seconds(cal, '2026-01-01', '2110-01-01') FROM all_holidays;

-- ---------------------------------------------------------------------------------------------
-- Infinite timestamps (22008), unbounded ranges (22023)
-- ---------------------------------------------------------------------------------------------
SELECT regress.error($$SELECT backlog.business_seconds('24x7', '-infinity', '2026-01-01')$$);
SELECT regress.error($$SELECT backlog.business_seconds('24x7', '2026-01-01', 'infinity')$$);
SELECT regress.error($$SELECT backlog.business_time('24x7', 'infinity', 'infinity')$$);
SELECT regress.error($$SELECT backlog.business_add('24x7', 'infinity', '1 hour')$$);
SELECT regress.error($$SELECT backlog.is_business_time('24x7', '-infinity')$$);
SELECT regress.error($$SELECT backlog.next_business_time('24x7', 'infinity')$$);
SELECT regress.error($$SELECT backlog.business_seconds('24x7', '{[2026-01-01, infinity)}')$$);
SELECT regress.error($$SELECT backlog.business_seconds('24x7', '{[2026-01-01,)}')$$);
SELECT regress.error($$SELECT backlog.business_seconds('24x7', '{[2026-01-01, 2026-01-02), (,2025-01-01)}')$$);

-- ---------------------------------------------------------------------------------------------
-- Absurd spans: the 100-year horizon (54000) and the timestamp range (22008)
-- ---------------------------------------------------------------------------------------------
SELECT backlog.business_time('24x7', '2000-01-01', '2100-01-01');
-- 100 years of 365.25 days are allowed: 2000-01-01 to 2100-01-01 is 36525 days = 876600 h
SELECT regress.error($$SELECT backlog.business_seconds('24x7', '2000-01-01', '2100-01-02')$$);
SELECT regress.error($$SELECT backlog.business_seconds('24x7', '0001-01-01', '2026-01-01')$$);
-- the supported instants start at 4714-12-24 BC (the timestamptz minimum plus 30 days)
SELECT regress.error($$SELECT backlog.business_seconds('24x7', '4714-11-30 BC', '4714-12-10 BC')$$);
SELECT regress.error($$SELECT backlog.business_seconds('24x7', '294276-12-20', '294276-12-30')$$);
SELECT regress.error($$SELECT backlog.business_add('24x7', '2026-01-01', '101 years')$$);
SELECT regress.error($$SELECT backlog.business_add('24x7', '2026-01-01', '-101 years')$$);
SELECT regress.error($$SELECT backlog.business_add('24x7', '294276-11-01', '60 days')$$);
SELECT regress.error($$SELECT backlog.business_add('24x7', '2026-01-01', '178000000 years')$$);
SELECT regress.error($$SELECT backlog.business_add('24x7', '2026-01-01', '-178000000 years')$$);

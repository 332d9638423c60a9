-- age_business: ages measured in business hours (calendar) bucketed and sketched, as the README
-- documents: backlog.age_bucket(backlog.business_time(cal, created_at, as_of)).
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

CREATE TEMP TABLE aged (id int, created_at timestamptz);
INSERT INTO aged VALUES
  (1, '2026-03-06 16:00+00'),   -- Fri 16:00
  (2, '2026-03-02 09:00+00'),   -- Mon 09:00, one week before as_of
  (3, '2026-03-09 09:30+00');   -- Mon 09:30, same morning

-- as_of Mon 2026-03-09 10:00 UTC, calendar UTC mon-fri 09:00-17:00 (8 h a day):
--   1: wall 66 h ('24-72h'); business Fri 16-17 (1 h) + Mon 09-10 (1 h) = 2 h ('0-24h')
--   2: wall 169 h ('7-14d'); business Mon-Fri 5 x 8 h = 40 h + Mon 09-10 1 h = 41 h ('24-72h')
--   3: wall 30 min; business 30 min; both '0-24h'
SELECT id,
       backlog.age_bucket(timestamptz '2026-03-09 10:00+00' - created_at) AS wall_bucket,
       backlog.business_time('UTC; mon-fri 09:00-17:00', created_at, '2026-03-09 10:00+00') AS business_age,
       backlog.age_bucket(backlog.business_time('UTC; mon-fri 09:00-17:00', created_at, '2026-03-09 10:00+00')) AS business_bucket
  FROM aged ORDER BY id;

-- The median business age from a sketch: the middle of 30 min, 2 h, 41 h is 2 h, within 1%.
SELECT abs(extract(epoch FROM backlog.quantile(s, 0.5)) - 7200) <= 72 AS median_2h_within_1pct
  FROM (SELECT backlog.age_sketch(backlog.business_time('UTC; mon-fri 09:00-17:00', created_at, '2026-03-09 10:00+00')) AS s
          FROM aged) x;

-- queue_stream: backlog.queue read from the stored score bounds (backlog.ticket_scores,
-- backlog.refresh_ticket_scores, backlog.queue_stream) returns exactly the rows of
-- backlog.queue_at, in its order, whatever was written since the bounds were stored.
--
-- Random tickets (seeded) with random histories; the reference is backlog.queue_at(as_of), the
-- plain query that scores every open ticket. Checked: with no window (every ticket scored), in
-- the window (now to now + horizon), at its ends and outside it; under a LIMIT (and how many
-- tickets the LIMIT scored: DEBUG1); after random writes of every kind (replies, status changes,
-- reassignments, priority changes, merges, new, deleted and reopened tickets, events written
-- into the past and into the future); after configuration changes, which close the window; and
-- bad input.
--
-- Everything runs in one transaction that is rolled back: now() is one instant throughout, so
-- "in the window" is exact, and the store of the files before is hidden (TRUNCATE) and back
-- afterwards. Each check prints a count of offenders (0) or a boolean.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, MDY';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
BEGIN;
SELECT setseed(0.4242);
TRUNCATE backlog.tickets, backlog.ticket_events CASCADE;
-- Round-the-clock SLA clocks, so that every score depends only on how long before now() things
-- happened and the figures below do not change with the day and hour the test runs (the business
-- calendar comes back at the end, for one more comparison).
UPDATE backlog.sla_policies SET calendar = '24x7';

-- 400 open or solved tickets created over the last 20 days, with 0 to 6 events each, and five
-- outage reports of enterprise accounts, unowned, created in the last hour: critical without an
-- owner, exceptions (with others among the 400).
INSERT INTO backlog.tickets (id, priority, category, tags, account, account_tier, status, assignee, team, created_at)
SELECT i,
       (ARRAY['urgent', 'high', 'normal', 'low', NULL])[1 + floor(random() * 5)::int],
       (ARRAY['bug', 'billing', 'how-to', 'login', 'feature', NULL])[1 + floor(random() * 6)::int],
       CASE WHEN random() < 0.1 THEN ARRAY['outage'] END,
       'acct' || floor(random() * 40)::int,
       (ARRAY['enterprise', 'business', 'starter', 'free', NULL])[1 + floor(random() * 5)::int],
       (ARRAY['new', 'open', 'open', 'pending', 'on_hold', 'solved'])[1 + floor(random() * 6)::int],
       CASE WHEN random() < 0.7 THEN 'agent' || floor(random() * 6)::int END,
       'team' || floor(random() * 3)::int,
       now() - random() * interval '20 days'
  FROM generate_series(1, 400) i;
INSERT INTO backlog.tickets (id, priority, category, tags, account, account_tier, status, created_at)
SELECT 400 + i, 'urgent', 'bug', ARRAY['outage'], 'big' || i, 'enterprise', 'open', now() - i * interval '10 minutes'
  FROM generate_series(1, 5) i;
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
SELECT t.id, t.created_at + random() * (now() - t.created_at),
       k.kind, CASE WHEN k.kind = 'status' THEN (ARRAY['open', 'pending', 'on_hold', 'solved'])[1 + floor(random() * 4)::int] END
  FROM backlog.tickets t,
       LATERAL (SELECT (ARRAY['agent_reply', 'customer_reply', 'customer_reply', 'status'])[1 + floor(random() * 4 + 0 * t.id)::int] AS kind
                  FROM generate_series(1, floor(random() * 7)::int + 0 * t.id::int)) k
 WHERE t.id <= 400;

-- the stored clocks and histories, as the jobs keep them (writes below forget them per ticket)
SELECT backlog.refresh_ticket_clocks() > 0 AS clocks, backlog.refresh_ticket_activity() > 0 AS activity;

-- differ(as_of): how many rows backlog.queue_stream(as_of) and backlog.queue_at(as_of) disagree on,
-- position by position, every column compared (0: the same rows in the same order)
CREATE FUNCTION pg_temp.differ(as_of timestamptz) RETURNS bigint LANGUAGE sql AS $$
    SELECT count(*)
      FROM (SELECT q.ordinality AS n, q FROM backlog.queue_stream(as_of) WITH ORDINALITY q) s
      FULL JOIN (SELECT q.ordinality AS n, q FROM backlog.queue_at(as_of) WITH ORDINALITY q) r USING (n)
     WHERE s.q IS DISTINCT FROM r.q
$$;
-- the first k rows of the view (which reads the stream at now()) against queue_at(now())
CREATE FUNCTION pg_temp.differ_first(k int) RETURNS bigint LANGUAGE sql AS $$
    SELECT count(*)
      FROM (SELECT row_number() OVER () AS n, v.id, v.score, v.score_reasons, v.time_to_breach
              FROM (SELECT * FROM backlog.queue LIMIT k) v) s
      FULL JOIN (SELECT q.ordinality AS n, q.id, q.score, q.score_reasons, q.time_to_breach
                   FROM backlog.queue_at(now()) WITH ORDINALITY q LIMIT k) r USING (n)
     WHERE (s.id, s.score, s.score_reasons, s.time_to_breach) IS DISTINCT FROM (r.id, r.score, r.score_reasons, r.time_to_breach)
$$;
CREATE FUNCTION pg_temp.open_tickets() RETURNS bigint LANGUAGE sql AS $$
    SELECT count(*) FROM backlog.tickets t JOIN backlog.statuses s USING (status)
     WHERE s.is_open AND t.merged_into IS NULL AND t.created_at <= now()
$$;

-- ---- no window: the stream reads queue_at itself --------------------------------------------
SELECT count(*) AS windows FROM backlog.ticket_scores_window;                  -- 0
SELECT pg_temp.differ(now()) AS differ, (SELECT count(*) FROM backlog.queue) = pg_temp.open_tickets() AS every_open_ticket;
SELECT count(*) > 300 AS many_open FROM backlog.queue;

-- ---- the bounds ---------------------------------------------------------------------------
SELECT backlog.refresh_ticket_scores() = pg_temp.open_tickets() AS one_bound_per_open_ticket;
SELECT valid_from = now() AS from_now, valid_until = now() + interval '1 hour' AS until_in_an_hour
  FROM backlog.ticket_scores_window;
-- every bound is the score at the end of the window, and no lower than the score now
SELECT count(*) AS not_the_score_in_an_hour
  FROM backlog.ticket_scores b FULL JOIN backlog.queue_at(now() + interval '1 hour') q ON q.id = b.ticket_id
 WHERE (b.exception_bound, b.score_bound) IS DISTINCT FROM (q.exception, q.score);
SELECT count(*) AS below_the_score_now
  FROM backlog.ticket_scores b JOIN backlog.queue_at(now()) q ON q.id = b.ticket_id
 WHERE b.score_bound < q.score OR (q.exception AND NOT b.exception_bound);

-- in the window, at its two ends, and outside it (before: the full sort; after: the full sort)
SELECT pg_temp.differ(now()) AS now, pg_temp.differ(now() + interval '30 minutes') AS in_30_min,
       pg_temp.differ(now() + interval '1 hour') AS at_the_end,
       pg_temp.differ(now() + interval '61 minutes') AS after_it,
       pg_temp.differ(now() - interval '1 minute') AS before_it;
SELECT pg_temp.differ_first(1) AS first, pg_temp.differ_first(5) AS first_5, pg_temp.differ_first(50) AS first_50;
-- the exceptions come first
SELECT count(*) AS exceptions, count(*) FILTER (WHERE id > 400) AS outage_reports
  FROM backlog.queue_at(now()) WHERE exception;
SELECT bool_and(exception) AS exceptions_first
  FROM (SELECT exception FROM backlog.queue LIMIT (SELECT count(*) FROM backlog.queue_at(now()) WHERE exception)) q;

-- A LIMIT scores only what it needs: the first batch (the 100 highest bounds) holds every
-- exception, and the best five of them beat the 101st bound. Reading the whole queue scores each
-- ticket once.
SET client_min_messages = debug1;
SELECT count(*) FROM (SELECT id FROM backlog.queue LIMIT 5) q;
SELECT count(*) FROM backlog.queue;
RESET client_min_messages;

-- ---- writes after the refresh: each ticket written loses its bound --------------------------
-- A ticket from the bottom of the queue raised by events alone, stamped in the past (three
-- reopens, two days on hold, four customer replies): its bound is unknown, and it comes as high
-- in the stream as in queue_at.
CREATE TEMP TABLE raised AS
SELECT q.id, q.score, b.score_bound AS old_bound
  FROM backlog.queue_at(now()) q JOIN backlog.tickets t USING (id) JOIN backlog.ticket_scores b ON b.ticket_id = q.id
 WHERE t.created_at < now() - interval '4 days' AND t.status = 'open'
 ORDER BY q.score, q.id LIMIT 1;
INSERT INTO backlog.ticket_events
SELECT r.id, now() - interval '4 days' + e.h * interval '1 hour', e.kind, e.value
  FROM raised r,
       (VALUES (1, 'status', 'solved'), (2, 'status', 'open'), (3, 'status', 'solved'), (4, 'status', 'open'),
               (5, 'status', 'solved'), (6, 'status', 'open'), (7, 'agent_reply', NULL), (48, 'status', 'on_hold'),
               (90, 'customer_reply', NULL), (91, 'customer_reply', NULL), (92, 'customer_reply', NULL),
               (93, 'customer_reply', NULL), (94, 'status', 'open')) e(h, kind, value);
SELECT b.score_bound IS NULL AS unknown, q.score - r.score >= 40 AS raised_by_40_points,
       -- (so its old bound would have it scored after tickets it now comes before)
       (SELECT count(*) FROM backlog.ticket_scores o JOIN backlog.queue_at(now()) oq ON oq.id = o.ticket_id
         WHERE o.score_bound > r.old_bound AND oq.score < q.score) > 10 AS overtakes_higher_bounds
  FROM raised r JOIN backlog.ticket_scores b ON b.ticket_id = r.id
  JOIN backlog.queue_at(now()) q ON q.id = r.id;
SELECT pg_temp.differ(now()) AS differ,
       pg_temp.differ_first((SELECT x.ordinality::int FROM backlog.queue_at(now()) WITH ORDINALITY x, raised r WHERE x.id = r.id)) AS differ_down_to_it;

-- 40 rounds of a random write, each checked at now() and 30 minutes on, whole and under LIMIT.
CREATE TEMP TABLE rounds (round int, what text, differ bigint, differ_later bigint, differ_first bigint);
DO $$
DECLARE
    r int;
    w text;
    t bigint;
    u bigint;
BEGIN
    FOR r IN 1 .. 40 LOOP
        w := (ARRAY['customer_reply', 'agent_reply', 'status', 'assign', 'unassign', 'priority',
                    'merge', 'new', 'delete', 'reopen', 'solve', 'backdated', 'account'])[1 + floor(random() * 13)::int];
        SELECT id INTO t FROM backlog.tickets ORDER BY random() LIMIT 1;
        SELECT id INTO u FROM backlog.tickets WHERE id <> t AND merged_into IS NULL ORDER BY random() LIMIT 1;
        CASE w
        WHEN 'customer_reply', 'agent_reply' THEN
            INSERT INTO backlog.ticket_events VALUES (t, now(), w, NULL);
        WHEN 'status' THEN
            UPDATE backlog.tickets SET status = 'on_hold' WHERE id = t;
            INSERT INTO backlog.ticket_events VALUES (t, now(), 'status', 'on_hold');
        WHEN 'assign' THEN
            UPDATE backlog.tickets SET assignee = 'agent9' WHERE id = t;
        WHEN 'unassign' THEN
            -- (an unowned critical ticket becomes an exception)
            UPDATE backlog.tickets SET assignee = NULL, priority = 'urgent', tags = ARRAY['outage'] WHERE id = t;
        WHEN 'priority' THEN
            UPDATE backlog.tickets SET priority = 'low' WHERE id = t;
        WHEN 'merge' THEN
            UPDATE backlog.tickets SET merged_into = u, status = 'closed' WHERE id = t AND merged_into IS NULL
               AND NOT EXISTS (SELECT 1 FROM backlog.tickets m WHERE m.merged_into = t);
        WHEN 'new' THEN
            INSERT INTO backlog.tickets (id, priority, category, account, account_tier, status, created_at)
            VALUES (1000 + r, 'high', 'billing', 'acct1', 'enterprise', 'new', now() - interval '3 days');
        WHEN 'delete' THEN
            DELETE FROM backlog.ticket_events WHERE ticket_id = t;
            UPDATE backlog.tickets SET merged_into = NULL WHERE merged_into = t;
            DELETE FROM backlog.tickets WHERE id = t;
        WHEN 'reopen' THEN
            UPDATE backlog.tickets SET status = 'open', solved_at = NULL
             WHERE id = (SELECT id FROM backlog.tickets WHERE status = 'solved' AND merged_into IS NULL ORDER BY random() LIMIT 1);
        WHEN 'solve' THEN
            UPDATE backlog.tickets SET status = 'solved', solved_at = now() WHERE id = t AND merged_into IS NULL;
        WHEN 'backdated' THEN
            -- an event loaded late, stamped days before the refresh
            INSERT INTO backlog.ticket_events VALUES (t, now() - interval '2 days', 'customer_reply', NULL);
        WHEN 'account' THEN
            UPDATE backlog.tickets SET account_tier = 'enterprise', account = 'acct0' WHERE id = t;
        END CASE;
        INSERT INTO rounds VALUES (r, w, pg_temp.differ(now()), pg_temp.differ(now() + interval '30 minutes'),
                                   pg_temp.differ_first(10));
    END LOOP;
END
$$;
SELECT count(*) AS rounds, count(*) FILTER (WHERE differ + differ_later + differ_first > 0) AS rounds_that_differ,
       count(DISTINCT what) AS kinds_of_write
  FROM rounds;
SELECT count(*) > 0 AS some_bounds_unknown FROM backlog.ticket_scores WHERE score_bound IS NULL;
SELECT (SELECT count(*) FROM backlog.ticket_scores_window) AS windows;            -- still open: 1

-- a second refresh stores every bound again
-- (but for the tickets whose status changed in the rounds: the store stamps a status change at
-- the wall clock, after now(), so they have an input later than the refresh's instant)
CREATE TEMP TABLE refreshed AS SELECT backlog.refresh_ticket_scores() AS n;
SELECT (SELECT n FROM refreshed) + count(*) FILTER (WHERE b.score_bound IS NULL) = pg_temp.open_tickets() AS a_row_per_open_ticket,
       count(*) FILTER (WHERE b.score_bound IS NULL) > 0 AS some_written_after_now,
       count(*) FILTER (WHERE b.score_bound IS NULL AND b.ticket_id NOT IN (SELECT backlog.tickets_written_after(now())))
         AS unknown_but_not_written_after_now
  FROM backlog.ticket_scores b;
-- (that refresh kept the window's end, as every one does while at least half the horizon is
-- left: a longer horizon asked for now keeps it too, until it is short of half of it)
SELECT valid_until = now() + interval '1 hour' AS end_kept FROM backlog.ticket_scores_window;
SELECT backlog.refresh_ticket_scores(interval '2 hours') > 0 AS refreshed;
SELECT valid_until = now() + interval '1 hour' AS end_kept FROM backlog.ticket_scores_window;
SELECT backlog.refresh_ticket_scores(interval '150 minutes') > 0 AS refreshed;
SELECT valid_until = now() + interval '150 minutes' AS new_end FROM backlog.ticket_scores_window;
SELECT pg_temp.differ(now()) AS now, pg_temp.differ(now() + interval '2 hours') AS in_2_hours;
SELECT count(*) AS rows_of_tickets_not_open
  FROM backlog.ticket_scores b
 WHERE NOT EXISTS (SELECT 1 FROM backlog.queue_at(now()) q WHERE q.id = b.ticket_id);
SELECT pg_temp.differ(now()) AS differ;

-- An event stamped after the refresh's instant (a clock ahead): that ticket gets no bound, since
-- its score at the end of the window would miss nothing but its score now would.
CREATE TEMP TABLE ahead AS SELECT min(id) AS id FROM backlog.queue_at(now());
INSERT INTO backlog.ticket_events SELECT id, now() + interval '10 minutes', 'agent_reply', NULL FROM ahead;
SELECT backlog.refresh_ticket_scores() > 0 AS refreshed;
SELECT score_bound IS NULL AS no_bound FROM backlog.ticket_scores WHERE ticket_id = (SELECT id FROM ahead);
SELECT pg_temp.differ(now()) AS now, pg_temp.differ(now() + interval '20 minutes') AS in_20_min;

-- ---- configuration changes close the window -----------------------------------------------
UPDATE backlog.score_factors SET weight = 30 WHERE factor = 'age';
SELECT count(*) AS windows FROM backlog.ticket_scores_window;                   -- 0
SELECT pg_temp.differ(now()) AS differ;
SELECT backlog.refresh_ticket_scores() > 0 AS refreshed;
UPDATE backlog.statuses SET clock = 'paused' WHERE status = 'on_hold';
SELECT count(*) AS windows FROM backlog.ticket_scores_window;                   -- 0
SELECT pg_temp.differ(now()) AS differ;
SELECT backlog.refresh_ticket_scores() > 0 AS refreshed;
-- a duplicate cluster stored for a ticket: that ticket's bound only
CREATE TEMP TABLE clustered AS
SELECT id FROM backlog.queue_at(now()) WHERE id NOT IN (SELECT backlog.tickets_written_after(now())) ORDER BY id LIMIT 2;
INSERT INTO backlog.score_clusters SELECT id, 12 FROM clustered;
SELECT count(*) AS windows FROM backlog.ticket_scores_window;                   -- 1
SELECT array_agg(ticket_id ORDER BY ticket_id) = (SELECT array_agg(id ORDER BY id) FROM clustered) AS only_they_are_unknown
  FROM backlog.ticket_scores
 WHERE score_bound IS NULL AND ticket_id NOT IN (SELECT backlog.tickets_written_after(now()));
SELECT pg_temp.differ(now()) AS differ;
TRUNCATE backlog.score_clusters;
SELECT count(*) AS windows FROM backlog.ticket_scores_window;                   -- 0
SELECT backlog.refresh_ticket_scores() > 0 AS refreshed;
SELECT pg_temp.differ(now()) AS differ;
TRUNCATE backlog.ticket_events;
SELECT count(*) AS windows FROM backlog.ticket_scores_window;                   -- 0

-- a window of no length: the stream uses the bounds at now() only
SELECT backlog.refresh_ticket_scores(interval '0') > 0 AS refreshed;
SELECT valid_from = valid_until AS empty_window FROM backlog.ticket_scores_window;
SELECT pg_temp.differ(now()) AS now, pg_temp.differ(now() + interval '1 second') AS after_it;

-- the business calendar back (the window closes), and a longer window
UPDATE backlog.sla_policies SET calendar = 'default';
SELECT count(*) AS windows FROM backlog.ticket_scores_window;                   -- 0
SELECT backlog.refresh_ticket_scores(interval '3 days') > 0 AS refreshed;
SELECT pg_temp.differ(now()) AS now, pg_temp.differ(now() + interval '2 days 5 hours') AS in_2_days;

-- A reader who wants much of a big queue: after 3,000 tickets scored from their bounds the
-- stream hands over to the plain sort of queue_at, skipping the rows it returned.
INSERT INTO backlog.tickets (id, priority, category, account, account_tier, status, assignee, created_at)
SELECT 10000 + i, (ARRAY['urgent', 'high', 'normal', 'low'])[1 + i % 4], 'how-to', 'acct' || i % 50,
       (ARRAY['enterprise', 'business', 'starter', 'free'])[1 + i % 3], 'open', 'agent1',
       now() - i * interval '7 minutes'
  FROM generate_series(1, 3200) i;
SELECT backlog.refresh_ticket_scores() > 3000 AS refreshed;
SET client_min_messages = debug1;
SELECT count(*) FROM (SELECT * FROM backlog.queue LIMIT 3250) q;
RESET client_min_messages;
SELECT pg_temp.differ(now()) AS differ;

-- ---- bad input ------------------------------------------------------------------------------
SAVEPOINT s;
SELECT * FROM backlog.queue_stream(NULL);
ROLLBACK TO s;
SELECT backlog.refresh_ticket_scores(interval '-1 hour');
ROLLBACK TO s;
SELECT backlog.refresh_ticket_scores(interval '8 days');
ROLLBACK TO s;
SELECT backlog.refresh_ticket_scores(NULL);
ROLLBACK TO s;
-- the window's table takes one row, whose instants are in order; a bound is known whole or not
-- at all
\set VERBOSITY terse
INSERT INTO backlog.ticket_scores_window VALUES (false, now(), now());
ROLLBACK TO s;
UPDATE backlog.ticket_scores_window SET valid_until = valid_from - interval '1 hour';
ROLLBACK TO s;
UPDATE backlog.ticket_scores SET score_bound = NULL WHERE ticket_id = (SELECT min(ticket_id) FROM backlog.ticket_scores);
ROLLBACK TO s;
\set VERBOSITY default
ROLLBACK;

-- Under REPEATABLE READ the snapshot may predate a configuration change: nothing is refreshed
-- (and the window, closed here, stays closed).
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT backlog.refresh_ticket_scores() AS refreshed;
SELECT count(*) AS windows_from_now FROM backlog.ticket_scores_window WHERE valid_from = now();
ROLLBACK;

-- flow_property: on a random store (seeded), backlog.flow_at and backlog.health_at equal their
-- definitions computed in plain SQL, for several as_of instants and windows. The store has
-- reopens, several solves, events after as_of, tickets without history, closed tickets without
-- solved_at and events at one instant. Each query prints how many figures it compared and how
-- many differ (expected 0).
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
BEGIN;
DELETE FROM backlog.tickets;
UPDATE backlog.calendars SET calendar = 'America/New_York; mon-fri 09:00-17:00' WHERE name = 'default';
SELECT setseed(0.1919);

-- 400 tickets created over 60 days before 2026-11-10; 300 of them with 1-6 status events a few
-- hours to days apart (some after the as_of instants below, some at one instant).
CREATE TEMP TABLE gen AS
SELECT i AS id,
       timestamptz '2026-11-10 00:00+00' - random() * interval '60 days' AS created_at,
       (random() * 6)::int AS nevents,
       i <= 300 AS with_history
  FROM generate_series(1, 400) i;
CREATE TEMP TABLE gen_events AS
SELECT g.id, g.created_at + sum(step) OVER (PARTITION BY g.id ORDER BY k) AS at,
       (ARRAY['new','open','pending','on_hold','solved','closed','open','solved'])[1 + (random() * 7)::int] AS value
  FROM gen g
 CROSS JOIN LATERAL (SELECT k, CASE WHEN random() < 0.1 THEN interval '0' ELSE random() * interval '5 days' END AS step
                       FROM generate_series(1, greatest(g.nevents, 1)) k) s
 WHERE g.with_history;
INSERT INTO backlog.tickets (id, priority, status, created_at, solved_at)
SELECT g.id, (ARRAY['urgent','high','normal','low',NULL])[1 + (random() * 4)::int],
       coalesce(l.value, (ARRAY['open','pending','solved','closed'])[1 + (random() * 3)::int]),
       g.created_at, NULL
  FROM gen g
  LEFT JOIN LATERAL (SELECT e.value FROM gen_events e WHERE e.id = g.id ORDER BY e.at DESC LIMIT 1) l ON true;
-- solved_at: the last solve in the history; without history, some time after creation when solved
UPDATE backlog.tickets t SET solved_at = coalesce(
         (SELECT max(e.at) FROM gen_events e WHERE e.id = t.id AND e.value = 'solved'),
         CASE WHEN t.id > 300 AND t.status = 'solved' THEN t.created_at + random() * interval '10 days' END);
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
SELECT id, at, 'status', value FROM gen_events;
ANALYZE backlog.tickets, backlog.ticket_events;
SELECT count(*) AS tickets, count(*) FILTER (WHERE status IN ('solved', 'closed')) AS closed,
       (SELECT count(*) FROM backlog.ticket_events) AS events
  FROM backlog.tickets;

-- The definition, plainly: a ticket is open at T when created by T and its latest status event at
-- or before T (at one instant, the one naming its current status, else the greatest name) is an
-- open status; before its
-- first event it is new; without history, in its current status, or open until solved_at.
CREATE FUNCTION pg_temp.ref_open(t backlog.tickets, at_t timestamptz) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT t.created_at <= at_t AND coalesce(
           (SELECT s.is_open FROM backlog.ticket_events e JOIN backlog.statuses s ON s.status = e.value
             WHERE e.ticket_id = t.id AND e.kind = 'status' AND e.at <= at_t
             ORDER BY e.at DESC, (e.value = t.status) DESC, e.value COLLATE "C" DESC LIMIT 1),
           CASE WHEN EXISTS (SELECT 1 FROM backlog.ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'status')
                THEN (SELECT s.is_open FROM backlog.statuses s WHERE s.status = 'new')
                WHEN (SELECT s.is_open FROM backlog.statuses s WHERE s.status = t.status) THEN true
                ELSE t.solved_at > at_t END, false)
$$;

CREATE TEMP TABLE instants AS
SELECT a AS as_of FROM (VALUES (timestamptz '2026-11-10 00:00+00'), ('2026-11-01 06:30+00'),
                               ('2026-10-20 17:45+00'), ('2026-11-25 00:00+00')) v(a);

-- flow_at against the definition, windows 1, 3, 7 and 28 days at every instant.
CREATE TEMP VIEW flow_check AS
WITH got AS (
    SELECT i.as_of, f.* FROM instants i, backlog.flow_at(i.as_of, '{1,3,7,28}') f
), want AS (
    SELECT i.as_of, w AS window_days,
           (SELECT count(*) FROM backlog.tickets t
             WHERE t.created_at > i.as_of - w * interval '24 hours' AND t.created_at <= i.as_of) AS created,
           (SELECT count(*) FROM backlog.tickets t
             WHERE t.solved_at > i.as_of - w * interval '24 hours' AND t.solved_at <= i.as_of) AS solved,
           (SELECT count(*) FROM backlog.tickets t WHERE pg_temp.ref_open(t, i.as_of - w * interval '24 hours')) AS open_at_start,
           (SELECT count(*) FROM backlog.tickets t WHERE pg_temp.ref_open(t, i.as_of)) AS open_at_end
      FROM instants i, unnest('{1,3,7,28}'::int[]) w
)
SELECT count(*) AS rows_compared,
       count(*) FILTER (WHERE g.created IS DISTINCT FROM w.created OR g.solved IS DISTINCT FROM w.solved
                           OR g.open_at_start IS DISTINCT FROM w.open_at_start
                           OR g.open_at_end IS DISTINCT FROM w.open_at_end
                           OR g.net IS DISTINCT FROM w.created - w.solved
                           OR g.solved_per_created IS DISTINCT FROM w.solved::float8 / nullif(w.created, 0)
                           OR g.growth IS DISTINCT FROM w.open_at_end::float8 / nullif(w.open_at_start, 0) - 1
                           OR g.days_to_clear IS DISTINCT FROM
                              CASE WHEN w.solved > w.created
                                   THEN w.open_at_end::float8 * w.window_days / (w.solved - w.created) END) AS mismatches,
       count(*) FILTER (WHERE w.open_at_start > 0 AND w.created > 0 AND w.solved > 0) AS rows_with_every_figure
  FROM want w LEFT JOIN got g USING (as_of, window_days);
SELECT * FROM flow_check;

-- health_at against its definition at every instant.
CREATE TEMP VIEW health_check AS
WITH got AS (
    SELECT h.* FROM instants i, backlog.health_at(i.as_of) h
), open_set AS (
    SELECT i.as_of, t.id, i.as_of - t.created_at AS age
      FROM instants i, backlog.tickets t WHERE pg_temp.ref_open(t, i.as_of)
), want AS (
    SELECT i.as_of,
           (SELECT count(*) FROM open_set o WHERE o.as_of = i.as_of) AS open_tickets,
           (SELECT count(*) FROM open_set o WHERE o.as_of = i.as_of AND o.age > interval '48 hours') AS older_than_48h,
           (SELECT count(DISTINCT c.ticket_id) FROM backlog.ticket_sla_at(i.as_of, interval '0') c
             WHERE c.state = 'breached' AND c.ticket_id IN (SELECT o.id FROM open_set o WHERE o.as_of = i.as_of)) AS overdue,
           (SELECT avg(o.age) FROM open_set o WHERE o.as_of = i.as_of) AS avg_age,
           (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY o.age) FROM open_set o WHERE o.as_of = i.as_of) AS median_age,
           (SELECT percentile_disc(0.9) WITHIN GROUP (ORDER BY o.age) FROM open_set o WHERE o.as_of = i.as_of) AS p90_age,
           (SELECT max(o.age) FROM open_set o WHERE o.as_of = i.as_of) AS oldest_age,
           -- local midnight in New York, computed another way: the local date at 00:00 there
           (SELECT count(*) FROM backlog.tickets t
             WHERE (t.created_at AT TIME ZONE 'America/New_York')::date = (i.as_of AT TIME ZONE 'America/New_York')::date
               AND t.created_at <= i.as_of) AS created_today,
           (SELECT count(*) FROM backlog.tickets t
             WHERE (t.solved_at AT TIME ZONE 'America/New_York')::date = (i.as_of AT TIME ZONE 'America/New_York')::date
               AND t.solved_at <= i.as_of) AS solved_today,
           (SELECT count(*) FROM backlog.tickets t WHERE t.created_at > i.as_of - interval '168 hours' AND t.created_at <= i.as_of) AS created7,
           (SELECT count(*) FROM backlog.tickets t WHERE t.solved_at > i.as_of - interval '168 hours' AND t.solved_at <= i.as_of) AS solved7,
           (SELECT count(*) FROM backlog.tickets t WHERE pg_temp.ref_open(t, i.as_of - interval '168 hours')) AS open_before
      FROM instants i
)
SELECT count(*) AS rows_compared,
       count(*) FILTER (WHERE g.open_tickets IS DISTINCT FROM w.open_tickets
                           OR g.older_than_48h IS DISTINCT FROM w.older_than_48h
                           OR g.overdue IS DISTINCT FROM w.overdue
                           OR g.share_past_sla IS DISTINCT FROM w.overdue::float8 / nullif(w.open_tickets, 0)
                           OR g.avg_age IS DISTINCT FROM w.avg_age
                           OR g.median_age IS DISTINCT FROM w.median_age
                           OR g.p90_age IS DISTINCT FROM w.p90_age
                           OR g.oldest_age IS DISTINCT FROM w.oldest_age
                           OR g.oldest_age_hours IS DISTINCT FROM extract(epoch FROM w.oldest_age)::float8 / 3600
                           OR g.created_today IS DISTINCT FROM w.created_today
                           OR g.solved_today IS DISTINCT FROM w.solved_today
                           OR g.solved_per_created_7d IS DISTINCT FROM w.solved7::float8 / nullif(w.created7, 0)
                           OR g.growth_wow IS DISTINCT FROM w.open_tickets::float8 / nullif(w.open_before, 0) - 1
                           OR g.days_to_clear IS DISTINCT FROM
                              CASE WHEN w.solved7 > w.created7 THEN w.open_tickets::float8 * 7 / (w.solved7 - w.created7) END)
           AS mismatches,
       count(*) FILTER (WHERE w.overdue > 0 AND w.created_today > 0) AS rows_with_overdue_and_today
  FROM want w LEFT JOIN got g USING (as_of);
SELECT * FROM health_check;

-- ---------------------------------------------------------------------------------------------
-- Stored stretches (backlog.ticket_spans). Above, the table was empty and every moved ticket was
-- replayed. Stored, each ticket's stretches are exactly its replay, and the figures do not move.
-- ---------------------------------------------------------------------------------------------
SELECT count(*) AS stored_before_refresh FROM backlog.ticket_spans;
SELECT backlog.refresh_ticket_spans('2000-01-01') > 0 AS stored;
CREATE FUNCTION pg_temp.span_mismatches() RETURNS bigint LANGUAGE sql AS $$
    WITH replay AS (
        SELECT * FROM backlog.spans_of(ARRAY(SELECT DISTINCT k.ticket_id FROM backlog.ticket_spans k))
    ), stored AS (
        SELECT ticket_id, created_at, opened_at, closed_at FROM backlog.ticket_spans
    )
    SELECT count(*) FROM ((SELECT * FROM replay EXCEPT ALL SELECT * FROM stored)
                          UNION ALL (SELECT * FROM stored EXCEPT ALL SELECT * FROM replay)) d
$$;
-- every ticket with history that was ever open has stretches; none without history
SELECT pg_temp.span_mismatches() AS mismatches,
       (SELECT count(DISTINCT ticket_id) FROM backlog.ticket_spans)
     = (SELECT count(DISTINCT r.ticket_id)
          FROM backlog.spans_of(ARRAY(SELECT DISTINCT e.ticket_id FROM backlog.ticket_events e WHERE e.kind = 'status')) r)
       AS every_ticket_with_history,
       (SELECT count(*) FROM backlog.ticket_spans k WHERE k.ticket_id > 300) AS without_history;
-- a second refresh finds nothing to store
SELECT backlog.refresh_ticket_spans('2000-01-01') AS stored_again;
SELECT * FROM flow_check;
SELECT * FROM health_check;

-- The refresh leaves the stored stretches covering its since (every since asked here) with no
-- ticket listed as forgotten, so open_spans reads them by closing time. Proof that it does: a
-- stretch stored by hand for ticket 399 (no status history, so not a moved ticket) shows up in
-- open_spans, which the search through the moved tickets never reads; once the cover starts
-- after the since asked, open_spans searches again and the row is gone.
SELECT covered_since, (SELECT count(*) FROM backlog.ticket_spans_forgotten) AS listed_forgotten
  FROM backlog.ticket_spans_cover;
SAVEPOINT by_close;
INSERT INTO backlog.ticket_spans (ticket_id, opened_at, closed_at, created_at)
SELECT id, '2026-11-01 00:00+00', '2026-11-02 00:00+00', created_at FROM backlog.tickets WHERE id = 399;
SELECT (SELECT count(*) FROM backlog.open_spans('2026-10-30 00:00+00') s
         WHERE s.ticket_id = 399 AND s.opened_at = '2026-11-01 00:00+00') AS by_close,
       (SELECT count(*) FROM backlog.open_spans_by_moves('2026-10-30 00:00+00') s
         WHERE s.ticket_id = 399 AND s.opened_at = '2026-11-01 00:00+00') AS by_moves;
UPDATE backlog.ticket_spans_cover SET covered_since = '2026-10-31 00:00+00';
SELECT count(*) AS after_cover_moved FROM backlog.open_spans('2026-10-30 00:00+00') s
 WHERE s.ticket_id = 399 AND s.opened_at = '2026-11-01 00:00+00';
ROLLBACK TO by_close;
-- and both ways give the same rows at every since the checks ask, up to the opened_at of a
-- stretch open at since (the search gives an unmoved open ticket created_at, the stored
-- stretches its last reopen): compared as the instant it is open from, since at the earliest
CREATE FUNCTION pg_temp.from_since(s timestamptz, f text) RETURNS TABLE (ticket_id bigint, created_at timestamptz, open_from timestamptz, closed_at timestamptz)
LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY EXECUTE format('SELECT ticket_id, created_at, greatest(opened_at, $1), closed_at FROM backlog.%I($1)', f) USING s;
END $$;
CREATE FUNCTION pg_temp.by_close_mismatches() RETURNS bigint LANGUAGE sql AS $$
    SELECT count(*)
      FROM (SELECT i.as_of - w * interval '24 hours' AS since
              FROM instants i, unnest('{1,3,7,28}'::int[]) w) x
     CROSS JOIN LATERAL (
            (SELECT * FROM pg_temp.from_since(x.since, 'open_spans_by_close') EXCEPT ALL SELECT * FROM pg_temp.from_since(x.since, 'open_spans_by_moves'))
            UNION ALL
            (SELECT * FROM pg_temp.from_since(x.since, 'open_spans_by_moves') EXCEPT ALL SELECT * FROM pg_temp.from_since(x.since, 'open_spans_by_close'))) d
$$;
-- (the same comparison without the rounding does see the difference: it can fail)
SELECT count(*) > 0 AS opened_at_differs
  FROM ((SELECT * FROM backlog.open_spans_by_close('2026-11-01 00:00+00') EXCEPT ALL SELECT * FROM backlog.open_spans_by_moves('2026-11-01 00:00+00'))) d;
SELECT pg_temp.by_close_mismatches() AS by_close_mismatches;
-- Stretches deleted by hand drop the cover (nothing lists their tickets), and TRUNCATE too;
-- the figures stay right.
SAVEPOINT by_hand;
DELETE FROM backlog.ticket_spans WHERE ticket_id BETWEEN 20 AND 60;
SELECT count(*) AS cover_after_delete FROM backlog.ticket_spans_cover;
SELECT * FROM flow_check;
ROLLBACK TO by_hand;
SAVEPOINT by_hand;
TRUNCATE backlog.ticket_spans;
SELECT count(*) AS cover_after_truncate FROM backlog.ticket_spans_cover;
ROLLBACK TO by_hand;
SELECT count(*) AS cover_kept FROM backlog.ticket_spans_cover;

-- Every write that can change a ticket's stretches forgets them, and only its: a status event
-- added (ticket 11), a status changed on the ticket (12, which also records an event), created_at
-- moved (13), one of its five status events deleted (18), the ticket deleted (15). A reply (16)
-- and a priority change (17) keep them. Each forgotten ticket is listed for open_spans to replay,
-- and so is ticket 350, which has no stretches stored (no status history) but whose created_at
-- moves: listing too much is only slower.
SELECT count(DISTINCT ticket_id) AS stored_tickets_before FROM backlog.ticket_spans \gset
SELECT (SELECT count(*) FROM backlog.ticket_spans k WHERE k.ticket_id = x) > 0 AS stored_first
  FROM unnest('{11,12,13,15,16,17,18}'::bigint[]) x ORDER BY x;
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value) VALUES (11, '2026-11-05 10:00+00', 'status', 'solved');
UPDATE backlog.tickets SET status = CASE WHEN status = 'open' THEN 'solved' ELSE 'open' END WHERE id = 12;
UPDATE backlog.tickets SET created_at = created_at - interval '1 day' WHERE id = 13;
DELETE FROM backlog.ticket_events
 WHERE ctid = (SELECT ctid FROM backlog.ticket_events WHERE ticket_id = 18 AND kind = 'status' ORDER BY at LIMIT 1);
DELETE FROM backlog.tickets WHERE id = 15;
INSERT INTO backlog.ticket_events (ticket_id, at, kind) VALUES (16, '2026-11-05 10:00+00', 'agent_reply');
UPDATE backlog.tickets SET priority = 'urgent' WHERE id = 17;
UPDATE backlog.tickets SET created_at = created_at - interval '2 hours' WHERE id = 350;
SELECT x AS ticket, (SELECT count(*) FROM backlog.ticket_spans k WHERE k.ticket_id = x) AS stretches_left
  FROM unnest('{11,12,13,15,16,17,18}'::bigint[]) x ORDER BY x;
SELECT :stored_tickets_before - count(DISTINCT ticket_id) AS tickets_forgotten FROM backlog.ticket_spans;
SELECT array_agg(ticket_id ORDER BY ticket_id) AS listed_forgotten FROM backlog.ticket_spans_forgotten;
-- the forgotten ones are replayed: the figures still equal the definition over the changed store
SELECT pg_temp.span_mismatches() AS mismatches;
SELECT * FROM flow_check;
SELECT * FROM health_check;
SELECT pg_temp.by_close_mismatches() AS by_close_mismatches;
-- and stored again by the next refresh (ticket 15 is gone), which empties the list
SELECT backlog.refresh_ticket_spans('2000-01-01') > 0 AS stored_again;
SELECT :stored_tickets_before - 1 - count(DISTINCT ticket_id) AS still_missing FROM backlog.ticket_spans;
SELECT count(*) AS listed_forgotten FROM backlog.ticket_spans_forgotten;

-- A change to the statuses forgets every stretch (which statuses are open decides them all).
UPDATE backlog.statuses SET is_open = is_open WHERE status = 'pending';
SELECT count(*) AS after_statuses_change,
       (SELECT count(*) FROM backlog.ticket_spans_cover) AS cover
  FROM backlog.ticket_spans;
-- nothing stored covers the instants asked: open_spans searches through the moved tickets
SELECT * FROM flow_check;
SELECT backlog.refresh_ticket_spans(now() + interval '1 day') AS nothing_moved_after_tomorrow;
SELECT covered_since > now() AS cover_from_tomorrow FROM backlog.ticket_spans_cover;
SELECT backlog.refresh_ticket_spans(NULL);
ROLLBACK;

-- sla_clocks: the SLA clocks stored beside each ticket (backlog.ticket_clocks) measure exactly
-- what replaying the history measures, and no write leaves a stale one behind.
--
--   1. sla_clock_measure of a clock collected at t equals sla_clock over the same events at
--      every later instant (hand-made clocks: running, paused, stopped, breached while running).
--   2. On a random store (300 tickets, random histories, ties, merges, priorities and tiers),
--      ticket_sla_at at five instants is the same, row for row, before and after
--      refresh_ticket_clocks(); at an instant before some tickets' last input those tickets are
--      replayed, the others measured.
--   3. Every kind of write forgets what it changes: an event inserted, updated or deleted, a
--      ticket updated or deleted (its own rows only), a policy, calendar or status changed or the
--      store truncated (all rows); after each, ticket_sla_at still equals the replay.
--   4. Bad input: measuring before the instant collected at is refused (22023).
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, MDY';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
SELECT setseed(0.61);

-- ---- 1. measure = the aggregate at a later instant ------------------------------------------
-- Four clocks on a business calendar (Mon-Fri 09:00-17:00 New York), collected at their last
-- event (Mon 2 March 2026 ... ), then measured at that instant, a few hours later, across a
-- weekend, and a month later. Target 4 hours. Worked by hand: clock 1 runs from Mon 14:00, so
-- 0 h, then 2 h; 5 days later (Sat 14:00) Mon 14-17 plus Tue-Fri 4 x 8 h = 35 h; 30 days later
-- (Wed 1 April 19:00 UTC = 15:00 EDT, past the US DST change) 3 h + 21 weekdays x 8 h + 6 h =
-- 177 h, breached. Clock 2 ran 10:00-11:30 (1.5 h, paused), clock 3 10:00-12:00 (2 h, met),
-- clock 4 09:00-15:00 (6 h > 4 h, breached). Whatever the later instant, only clock 1 moves.
CREATE TEMP TABLE m_event (clock_id int, at timestamptz, clock text);
INSERT INTO m_event VALUES
    (1, '2026-03-02 14:00-05', 'running'),                                          -- running
    (2, '2026-03-02 10:00-05', 'running'), (2, '2026-03-02 11:30-05', 'paused'),    -- paused
    (3, '2026-03-02 10:00-05', 'running'), (3, '2026-03-02 12:00-05', 'stopped'),   -- met
    (4, '2026-03-02 09:00-05', 'running'), (4, '2026-03-02 15:00-05', 'stopped');   -- breached
CREATE TEMP TABLE m_collected AS
SELECT e.clock_id, l.at,
       backlog.sla_clock_collect('America/New_York; mon-fri 09:00-17:00', '4 hours', e.at, e.clock, l.at) AS st
  FROM m_event e JOIN (SELECT clock_id, max(at) AS at FROM m_event GROUP BY clock_id) l USING (clock_id)
 GROUP BY e.clock_id, l.at;
SELECT c.clock_id, i.later,
       (backlog.sla_clock_measure(c.st, c.at + i.later)).state,
       (backlog.sla_clock_measure(c.st, c.at + i.later)).elapsed,
       (backlog.sla_clock_measure(c.st, c.at + i.later))::text
         = (SELECT backlog.sla_clock('America/New_York; mon-fri 09:00-17:00', '4 hours', e.at, e.clock, c.at + i.later)::text
              FROM m_event e WHERE e.clock_id = c.clock_id) AS same_as_replay
  FROM m_collected c
 CROSS JOIN (VALUES (interval '0'), ('2 hours'), ('5 days'), ('30 days')) i(later)
 ORDER BY 1, 2;

-- ---- 2. a random store, before and after refresh --------------------------------------------
BEGIN;
INSERT INTO backlog.calendars VALUES ('berlin', 'Europe/Berlin; mon-fri 08:00-16:00');
INSERT INTO backlog.sla_policies VALUES ('resolution', 'low', 'enterprise', '5 days', 'berlin', '1 day');
INSERT INTO backlog.tickets (id, subject, priority, account_tier, status, created_at, first_response_at, solved_at, calendar)
SELECT id, 'ticket ' || id,
       (ARRAY['urgent', 'high', 'normal', 'low', NULL])[1 + floor(random() * 5)::int],
       (ARRAY['enterprise', 'business', NULL])[1 + floor(random() * 3)::int],
       (ARRAY['new', 'open', 'open', 'pending', 'on_hold', 'solved', 'closed'])[1 + floor(random() * 7)::int],
       created,
       CASE WHEN random() < 0.3 THEN created + random() * interval '2 days' END,
       CASE WHEN random() < 0.7 THEN created + random() * interval '40 days' END,
       CASE WHEN random() < 0.2 THEN 'berlin' END
  FROM (SELECT id, timestamptz '2026-02-10' + floor(random() * 50 * 24 * 60) * interval '1 minute' AS created
          FROM generate_series(1, 300) id) g;
-- and 30 tickets of the last weeks, most solved: recently solved tickets are stored too
INSERT INTO backlog.tickets (id, subject, priority, status, created_at, solved_at)
SELECT id, 'recent ' || id, 'high', CASE WHEN id % 5 = 0 THEN 'open' ELSE 'solved' END,
       now() - interval '20 days' + id % 10 * interval '1 day',
       CASE WHEN id % 5 <> 0 THEN now() - interval '20 days' + id % 10 * interval '1 day' + interval '2 days' END
  FROM generate_series(301, 330) id;
UPDATE backlog.tickets SET merged_into = id - 1 WHERE id % 41 = 0;
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
SELECT t.id,
       t.created_at + (floor(random() * 10 * 24 * 60) - 60) * interval '1 minute',
       k.kind,
       CASE WHEN k.kind = 'status'
            THEN (ARRAY['new', 'open', 'pending', 'on_hold', 'solved', 'closed'])[1 + floor(random() * 6)::int] END
  FROM (SELECT * FROM backlog.tickets ORDER BY id) t
 CROSS JOIN LATERAL (SELECT (ARRAY['status', 'status', 'agent_reply', 'customer_reply', 'assign'])[1 + floor(random() * 5)::int] AS kind
                       FROM generate_series(1, floor(random() * 9)::int + t.id * 0) n) k;
-- ties: replies and solves at the instant of another event of the ticket
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
SELECT ticket_id, at, kind, CASE WHEN kind = 'status' THEN 'solved' END
  FROM (SELECT ticket_id, at, (ARRAY['agent_reply', 'customer_reply', 'status'])[1 + floor(random() * 3)::int] AS kind
          FROM (SELECT * FROM backlog.ticket_events ORDER BY ticket_id, at, kind, value) e
         WHERE random() < 0.1) x;

CREATE TEMP TABLE instants (as_of timestamptz, recent interval);
INSERT INTO instants VALUES ('2026-03-20 12:00', '30 days'), ('2026-04-25 00:00', '30 days'),
                            ('2026-05-01 09:30', '0'), ('2026-06-30 00:00', '90 days'), (now(), '30 days');

-- The replay: with backlog.ticket_clocks empty, ticket_sla_at replays every ticket.
CREATE TEMP TABLE replay AS
SELECT i.as_of, s.* FROM instants i CROSS JOIN LATERAL backlog.ticket_sla_at(i.as_of, i.recent) s;
-- what changes lose: the replay again, from an empty ticket_clocks (rolled back after)
CREATE FUNCTION pg_temp.mismatches() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
    CREATE TEMP TABLE now_stored AS
    SELECT i.as_of, s.* FROM instants i CROSS JOIN LATERAL backlog.ticket_sla_at(i.as_of, i.recent) s;
    SELECT count(*) INTO n FROM (
        (SELECT * FROM now_stored EXCEPT ALL SELECT * FROM replay)
        UNION ALL
        (SELECT * FROM replay EXCEPT ALL SELECT * FROM now_stored)) d;
    DROP TABLE now_stored;
    RETURN n;
END $$;
CREATE FUNCTION pg_temp.replay_again() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM backlog.ticket_clocks;
    TRUNCATE replay;
    INSERT INTO replay SELECT i.as_of, s.* FROM instants i CROSS JOIN LATERAL backlog.ticket_sla_at(i.as_of, i.recent) s;
    PERFORM backlog.refresh_ticket_clocks();
END $$;

SELECT count(*) > 1500 AS clocks, count(DISTINCT ticket_id) AS tickets, count(DISTINCT state) AS states,
       count(*) FILTER (WHERE at_risk) > 0 AS some_at_risk, count(DISTINCT as_of) AS instants
  FROM replay;
SELECT count(*) FROM backlog.ticket_clocks;
SELECT backlog.refresh_ticket_clocks() > 300 AS stored;
SELECT count(DISTINCT ticket_id) AS stored_tickets, count(DISTINCT ticket_id) FILTER (WHERE is_open) AS open,
       count(DISTINCT ticket_id) FILTER (WHERE NOT is_open) AS solved
  FROM backlog.ticket_clocks;
-- nothing more to collect
SELECT backlog.refresh_ticket_clocks() AS collected_again;
-- at 2026-03-20 many stored clocks were collected later (they are replayed there); later on,
-- all are measured
SELECT CASE WHEN i.as_of > '2026-07-01' THEN 'now' ELSE i.as_of::date::text END AS as_of,
       (SELECT count(DISTINCT k.ticket_id) FROM backlog.ticket_clocks k WHERE k.valid_from <= i.as_of) AS measured,
       (SELECT count(DISTINCT k.ticket_id) FROM backlog.ticket_clocks k WHERE k.valid_from > i.as_of) AS replayed
  FROM instants i ORDER BY i.as_of;
SELECT pg_temp.mismatches() AS after_refresh;

-- ---- 3. writes forget ------------------------------------------------------------------------
-- Stored tickets to write to, each with what the write needs.
CREATE TEMP TABLE stored AS
SELECT k.ticket_id, row_number() OVER (ORDER BY k.ticket_id) AS n,
       EXISTS (SELECT 1 FROM backlog.ticket_events e WHERE e.ticket_id = k.ticket_id AND e.kind = 'agent_reply') AS has_reply,
       EXISTS (SELECT 1 FROM backlog.ticket_events e WHERE e.ticket_id = k.ticket_id AND e.kind = 'status') AS has_status
  FROM (SELECT DISTINCT ticket_id FROM backlog.ticket_clocks) k;
SELECT (SELECT min(ticket_id) FROM stored WHERE has_reply AND n BETWEEN 11 AND 80) AS t_reply,
       (SELECT min(ticket_id) FROM stored WHERE has_status AND n BETWEEN 81 AND 150) AS t_status,
       (SELECT ticket_id FROM stored WHERE n = 3) AS t_insert, (SELECT ticket_id FROM stored WHERE n = 4) AS t_priority,
       (SELECT ticket_id FROM stored WHERE n = 5) AS t_calendar, (SELECT ticket_id FROM stored WHERE n = 6) AS t_from,
       (SELECT ticket_id FROM stored WHERE n = 7) AS t_to, (SELECT ticket_id FROM stored WHERE n = 8) AS t_delete,
       (SELECT count(DISTINCT ticket_id) FROM backlog.ticket_clocks) AS stored_before \gset
-- an event inserted: only its ticket's clocks go
INSERT INTO backlog.ticket_events (ticket_id, at, kind) VALUES (:t_insert, '2026-04-20 10:00', 'customer_reply');
SELECT (SELECT count(*) FROM backlog.ticket_clocks WHERE ticket_id = :t_insert) AS its_clocks,
       :stored_before - (SELECT count(DISTINCT ticket_id) FROM backlog.ticket_clocks) AS tickets_forgotten;
SELECT pg_temp.replay_again();
SELECT pg_temp.mismatches() AS after_insert;
-- an event updated, an event deleted, a ticket's priority and calendar changed: those four go
UPDATE backlog.ticket_events SET at = at - interval '3 days' WHERE ticket_id = :t_reply AND kind = 'agent_reply';
DELETE FROM backlog.ticket_events WHERE ticket_id = :t_status AND kind = 'status';
UPDATE backlog.tickets SET priority = CASE WHEN priority = 'urgent' THEN 'low' ELSE 'urgent' END WHERE id = :t_priority;
UPDATE backlog.tickets SET calendar = CASE WHEN calendar IS NULL THEN 'berlin' END WHERE id = :t_calendar;
SELECT count(*) AS left_of_the_four,
       :stored_before - (SELECT count(DISTINCT ticket_id) FROM backlog.ticket_clocks) AS tickets_forgotten
  FROM backlog.ticket_clocks WHERE ticket_id IN (:t_reply, :t_status, :t_priority, :t_calendar);
SELECT pg_temp.replay_again();
SELECT pg_temp.mismatches() AS after_updates;
-- a solved ticket reopened (it was stored as recently solved)
UPDATE backlog.tickets SET status = 'open', solved_at = NULL
 WHERE id = (SELECT min(ticket_id) FROM backlog.ticket_clocks WHERE NOT is_open);
SELECT pg_temp.replay_again();
SELECT pg_temp.mismatches() AS after_reopen;
-- events moved to another ticket: both go
UPDATE backlog.ticket_events SET ticket_id = :t_to WHERE ticket_id = :t_from;
SELECT count(*) AS left_of_from_and_to FROM backlog.ticket_clocks WHERE ticket_id IN (:t_from, :t_to);
SELECT pg_temp.replay_again();
SELECT pg_temp.mismatches() AS after_move;
-- a ticket deleted (its events first) takes its clocks along
DELETE FROM backlog.ticket_events WHERE ticket_id = :t_delete;
SELECT backlog.refresh_ticket_clocks() > 0 AS collected_it_again;
DELETE FROM backlog.tickets WHERE id = :t_delete;
SELECT count(*) AS left_of_deleted FROM backlog.ticket_clocks WHERE ticket_id = :t_delete;
-- configuration: everything goes
SELECT pg_temp.replay_again();
UPDATE backlog.sla_policies SET target = target + interval '1 hour' WHERE metric = 'first_response' AND priority = 'normal';
SELECT count(*) AS after_policy FROM backlog.ticket_clocks;
SELECT pg_temp.replay_again();
SELECT pg_temp.mismatches() AS after_policy_change;
UPDATE backlog.calendars SET calendar = 'Europe/Berlin; mon-thu 08:00-16:00' WHERE name = 'berlin';
SELECT count(*) AS after_calendar FROM backlog.ticket_clocks;
SELECT backlog.refresh_ticket_clocks() > 0 AS refreshed;
UPDATE backlog.statuses SET clock = 'running' WHERE status = 'on_hold';
SELECT count(*) AS after_status FROM backlog.ticket_clocks;
SELECT pg_temp.replay_again();
SELECT pg_temp.mismatches() AS after_configuration;
-- ... and the store truncated
SAVEPOINT s;
TRUNCATE backlog.ticket_events;
SELECT count(*) AS after_truncate FROM backlog.ticket_clocks;
ROLLBACK TO SAVEPOINT s;
ROLLBACK;

-- ---- 4. bad input ----------------------------------------------------------------------------
SELECT backlog.sla_clock_measure(st, at - interval '1 second') FROM m_collected WHERE clock_id = 1;
SELECT backlog.sla_clock_measure(st, 'infinity') FROM m_collected WHERE clock_id = 1;

-- The forgetting trigger (backlog.forget_derived, C) refuses what it was not made for.
CREATE TEMP TABLE forget_probe (id bigint, other text);
CREATE TRIGGER t_cache AFTER INSERT ON forget_probe FOR EACH ROW EXECUTE FUNCTION backlog.forget_derived('tickets', 'id');
CREATE TRIGGER t_column AFTER UPDATE ON forget_probe FOR EACH ROW EXECUTE FUNCTION backlog.forget_derived('ticket_clocks', 'other');
CREATE TRIGGER t_args AFTER DELETE ON forget_probe FOR EACH ROW EXECUTE FUNCTION backlog.forget_derived('ticket_clocks');
CREATE TRIGGER t_statement AFTER TRUNCATE ON forget_probe FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived('ticket_clocks', 'id');
SELECT regress.error($$INSERT INTO forget_probe VALUES (1, 'x')$$) AS unknown_cache;
ALTER TABLE forget_probe DISABLE TRIGGER t_cache;
INSERT INTO forget_probe VALUES (1, 'x'), (NULL, 'y');
SELECT regress.error($$UPDATE forget_probe SET other = 'z'$$) AS not_a_bigint_column;
SELECT regress.error($$DELETE FROM forget_probe$$) AS one_argument;
SELECT regress.error($$TRUNCATE forget_probe$$) AS statement_level;
SELECT regress.error($$SELECT backlog.forget_derived()$$) AS called_directly;
-- a column written +id (add the ticket's row) is for ticket_scores only; at most 4 id columns
CREATE TEMP TABLE forget_probe2 (id bigint);
CREATE TRIGGER t_plus AFTER INSERT ON forget_probe2 FOR EACH ROW EXECUTE FUNCTION backlog.forget_derived('ticket_clocks', '+id');
SELECT regress.error($$INSERT INTO forget_probe2 VALUES (1)$$) AS plus_only_for_scores;
DROP TRIGGER t_plus ON forget_probe2;
CREATE TRIGGER t_many AFTER INSERT ON forget_probe2 FOR EACH ROW EXECUTE FUNCTION backlog.forget_derived('ticket_scores', 'id', 'id', 'id', 'id', 'id');
SELECT regress.error($$INSERT INTO forget_probe2 VALUES (1)$$) AS five_columns;

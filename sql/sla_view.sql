-- sla_view: SLA policies and backlog.ticket_sla on hand-worked tickets.
--
-- Covers: the seeded policies and the precedence of sla_policy_matrix (priority and tier, then
-- priority, then tier, then any); seeds surviving pg_dump (the dump filter and the restore
-- trigger); the history rules (a ticket without status events keeps its current status since
-- created_at; a first status event after created_at means 'new' until then; the status trigger
-- of backlog.tickets); each metric (first_response, next_reply, resolution) with pauses,
-- reopen, solves, identical timestamps and closing time; the scope (open or solved in the last
-- 30 days, not merged, already created); at_risk; best effort (no policy, no row); one pass over
-- ticket_events.
--
-- All clocks run on 'default' = 'UTC; mon-fri 09:00-17:00' unless stated, measured at
-- as_of = Wed 2026-03-04 12:00 (2026-03-02 is a Monday).
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, MDY';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

-- ---- policies ---------------------------------------------------------------------------------
SELECT * FROM backlog.sla_policies ORDER BY metric, target;
-- the seeds apply to their priority only; low has no resolution target (best effort)
SELECT * FROM backlog.sla_policy_matrix ORDER BY metric, target;

-- ---- tickets ----------------------------------------------------------------------------------
INSERT INTO backlog.tickets (id, priority, account_tier, status, created_at, solved_at, merged_into) VALUES
    (1,  'normal', NULL,         'new',    '2026-03-02 09:00', NULL, NULL),
    (2,  'urgent', 'enterprise', 'open',   '2026-03-03 16:30', NULL, NULL),
    (3,  'high',   NULL,         'new',    '2026-03-04 09:00', NULL, NULL),
    (4,  'normal', NULL,         'new',    '2026-03-02 09:00', NULL, NULL),
    (5,  'low',    NULL,         'pending', '2026-03-02 09:00', NULL, NULL),
    (6,  'normal', NULL,         'pending', '2026-03-02 09:00', NULL, NULL),
    (7,  'normal', NULL,         'closed', '2026-03-02 09:00', '2026-03-02 10:00', 1),
    (8,  'normal', NULL,         'solved', '2026-01-05 09:00', '2026-01-06 09:00', NULL),
    (9,  'normal', NULL,         'solved', '2026-03-02 09:00', '2026-03-02 12:00', NULL),
    (10, 'normal', NULL,         'new',    '2026-03-05 09:00', NULL, NULL),
    (11, 'high',   NULL,         'solved', '2026-03-02 09:00', '2026-03-02 13:00', NULL),
    (12, 'normal', NULL,         'new',    '2026-03-02 09:00', NULL, NULL),
    (13, NULL,     NULL,         'open',   '2026-03-02 09:00', NULL, NULL),
    (14, NULL,     'enterprise', 'new',    '2026-03-04 11:00', NULL, NULL),
    (15, 'normal', 'enterprise', 'new',    '2026-03-04 11:00', NULL, NULL);

-- Ticket 1 changes status through UPDATE, so the trigger records its history (the first change
-- also records 'new' at created_at); the replies are loaded as events.
UPDATE backlog.tickets SET status = 'pending', updated_at = '2026-03-02 10:00' WHERE id = 1;
UPDATE backlog.tickets SET status = 'open', updated_at = '2026-03-02 14:00' WHERE id = 1;
-- Ticket 4: solved at Mon 11:00 without a reply; the customer reopens it Tue 10:00, an agent
-- answers Tue 11:00 and sets it pending.
UPDATE backlog.tickets SET status = 'solved', updated_at = '2026-03-02 11:00', solved_at = '2026-03-02 11:00' WHERE id = 4;
UPDATE backlog.tickets SET status = 'open', updated_at = '2026-03-03 10:00' WHERE id = 4;
UPDATE backlog.tickets SET status = 'pending', updated_at = '2026-03-03 11:00' WHERE id = 4;
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value) VALUES
    (1,  '2026-03-02 10:00', 'agent_reply', NULL),
    (1,  '2026-03-02 14:00', 'customer_reply', NULL),
    (4,  '2026-03-03 10:00', 'customer_reply', NULL),
    (4,  '2026-03-03 11:00', 'agent_reply', NULL),
    (5,  '2026-03-02 09:00', 'status', 'new'),
    (5,  '2026-03-02 09:30', 'agent_reply', NULL),
    (5,  '2026-03-02 09:30', 'status', 'pending'),
    -- ticket 6: status history starts after created_at
    (6,  '2026-03-02 13:00', 'status', 'open'),
    (6,  '2026-03-03 09:00', 'status', 'pending'),
    (9,  '2026-03-02 09:00', 'status', 'new'),
    (9,  '2026-03-02 10:00', 'agent_reply', NULL),
    (9,  '2026-03-02 12:00', 'status', 'solved'),
    (11, '2026-03-02 09:00', 'status', 'new'),
    (11, '2026-03-02 09:30', 'agent_reply', NULL),
    (11, '2026-03-02 09:30', 'status', 'pending'),
    (11, '2026-03-02 12:00', 'customer_reply', NULL),
    (11, '2026-03-02 12:00', 'status', 'open'),
    (11, '2026-03-02 13:00', 'status', 'solved'),
    -- ticket 12: replies at the same instant as the creation and as a customer reply
    (12, '2026-03-02 09:00', 'agent_reply', NULL),
    (12, '2026-03-02 15:00', 'customer_reply', NULL),
    (12, '2026-03-02 15:00', 'agent_reply', NULL);

-- The trigger's record of ticket 1 and 4.
SELECT ticket_id, at, value FROM backlog.ticket_events WHERE kind = 'status' AND ticket_id IN (1, 4)
 ORDER BY ticket_id, at;

-- ---- ticket_sla at Wed 12:00 -------------------------------------------------------------------
-- Ticket 1 (normal: 8 h / 8 h / 72 h), created Mon 09:00; reply + pending Mon 10:00; customer
-- reply + open Mon 14:00.
--   first_response: Mon 09-10 = 1 h, met.
--   next_reply: the customer reply of Mon 14:00 waits: Mon 14-17 (3 h) + Tue (8 h) + Wed 09-12
--     (3 h) = 14 h; 8 h ran out Tue 14:00 (3 h Mon + 5 h Tue): breached, due Tue 14:00.
--   resolution: Mon 09-10 (1 h) + the 14 h since Mon 14:00 = 15 h, remaining 57 h; due with 71 h
--     left at Mon 14:00: Mon 3, Tue-Fri 32, Mon-Thu 32 (67 h), Fri 03-13 4 h = 13:00.
-- Ticket 2 (urgent: 1 h / 1 h / 8 h), created Tue 16:30, status open, no events: open since
-- created_at. Tue 16:30-17:00 (30 min) + Wed 09-12 (3 h) = 3 h 30 min.
--   first_response: 1 h ran out Wed 09:30 (30 min Tue + 30 min Wed): breached, remaining -2:30.
--   resolution: remaining 4 h 30 min; due Wed 09:00 + 7 h 30 min = Wed 16:30.
-- Ticket 3 (high: 4 h / 4 h / 24 h), created Wed 09:00, new: Wed 09-12 = 3 h.
--   first_response: 1 h left <= warn 1 h: at risk; due Wed 13:00.
--   resolution: 21 h left (warn 6 h: not at risk); due Wed 8 + Thu 8 + Fri 8 = Fri 17:00.
-- Ticket 4 (normal), created Mon 09:00, solved Mon 11:00, reopened Tue 10:00, answered and
-- pending Tue 11:00.
--   first_response: the solve at Mon 11:00 stopped it for good: 2 h, met.
--   next_reply: the Tue 10:00 message was answered Tue 11:00: no row.
--   resolution: Mon 09-11 (2 h) + Tue 10-11 (1 h) = 3 h, paused.
-- Ticket 5 (low: 24 h first reply, no resolution target): reply Mon 09:30: 30 min, met; no
-- resolution row (best effort).
-- Ticket 6 (normal), created Mon 09:00, first status event 'open' Mon 13:00, pending Tue 09:00.
--   resolution: 'new' (running) Mon 09-13 + open Mon 13-17 = 8 h, then paused.
--   first_response: no reply: Mon 8 + Tue 8 + Wed 3 = 19 h; the 8 h were used up at Mon 17:00,
--     closing time, so the breach is the next opening, Tue 09:00; due Mon 17:00.
-- Ticket 7 (merged), 8 (solved 2026-01-06, more than 30 days ago), 10 (created Thu, after
-- as_of): no rows.
-- Ticket 9 (normal), reply Mon 10:00, solved Mon 12:00: first_response 1 h met; resolution
-- Mon 09-12 = 3 h met.
-- Ticket 11 (high), reply + pending Mon 09:30, customer reply + open Mon 12:00, solved Mon 13:00.
--   first_response 30 min met; next_reply Mon 12-13 = 1 h, met by the solve; resolution
--   30 min + 1 h = 1 h 30 min, met.
-- Ticket 12 (normal), created Mon 09:00, agent reply at the same instant; customer reply and
-- agent reply both at Mon 15:00.
--   first_response: running and stopped at Mon 09:00: the stop wins: 0, met.
--   next_reply: a reply at the same instant answers the customer: no row.
--   resolution: new since created_at (no status events): Mon 8 + Tue 8 + Wed 3 = 19 h; due
--     with 72 h from Mon 09:00 = the 9th working day's closing, Thu 03-12 17:00.
-- Ticket 13 and 14 (no priority): no policy, no rows. Ticket 15 (normal, enterprise), created
-- Wed 11:00: first_response 1 h, due Wed 11-17 (6 h) + Thu 09-11 = Thu 11:00; resolution 1 h,
-- due 72 h from Wed 11:00: Wed 6 h + 8 working days (64 h, to Mon 03-16) + Tue 03-17 09-11.
SELECT ticket_id, metric, priority, target, state, elapsed, remaining, due_at, breached_at, at_risk
  FROM backlog.ticket_sla_at('2026-03-04 12:00')
 ORDER BY ticket_id, metric;
-- the other columns: calendar and warn_before come from the policy
SELECT DISTINCT metric, priority, calendar, warn_before FROM backlog.ticket_sla_at('2026-03-04 12:00')
 ORDER BY metric, priority;

-- A shorter "recent": tickets 9 and 11, solved Mon 12:00 and 13:00, are within 3 days of
-- Wed 12:00 but not within 1 day.
SELECT count(DISTINCT ticket_id) FILTER (WHERE ticket_id IN (9, 11)) AS solved_tickets_in_3_days
  FROM backlog.ticket_sla_at('2026-03-04 12:00', '3 days');
SELECT count(DISTINCT ticket_id) FILTER (WHERE ticket_id IN (9, 11)) AS solved_tickets_in_1_day
  FROM backlog.ticket_sla_at('2026-03-04 12:00', '1 day');

-- Replaying the history to an earlier instant, Mon 12:30: ticket 1 is pending (resolution
-- 1 h, paused) and its customer has not written yet (no next_reply). Ticket 11 waits for a
-- reply since 12:00: 30 min, due 12:00 + 4 h = 16:00; its resolution runs again: 30 min + 30
-- min = 1 h, due with 23 h 30 min left at 12:00: Mon 5 + Tue 8 + Wed 8 + Thu 2.5 = Thu 11:30.
SELECT ticket_id, metric, state, elapsed, due_at
  FROM backlog.ticket_sla_at('2026-03-02 12:30')
 WHERE ticket_id IN (1, 11)
 ORDER BY ticket_id, metric;

-- ---- tier policies and precedence --------------------------------------------------------------
BEGIN;
INSERT INTO backlog.sla_policies (metric, priority, account_tier, target, calendar, warn_before) VALUES
    ('first_response', NULL, 'enterprise', '30 minutes', '24x7', '10 minutes'),
    ('first_response', 'urgent', 'enterprise', '15 minutes', 'default', '5 minutes');
-- urgent + enterprise: the exact row (15 min); other priorities + enterprise: their priority
-- row wins over the tier-only row; no priority + enterprise: the tier row (30 min, 24x7); no
-- priority and another tier: nothing.
SELECT priority, account_tier, target, calendar
  FROM backlog.sla_policy_matrix WHERE metric = 'first_response'
 ORDER BY priority NULLS LAST, account_tier NULLS LAST;
-- Ticket 2 (urgent, enterprise): 15 min from Tue 16:30 ran out Tue 16:45; 3 h 30 min elapsed.
-- Ticket 14 (no priority, enterprise), created Wed 11:00: 30 min on 24x7, breached 11:30.
-- Ticket 15 (normal, enterprise): still the normal 8 h (priority beats tier).
SELECT ticket_id, target, calendar, state, elapsed, remaining, due_at, breached_at
  FROM backlog.ticket_sla_at('2026-03-04 12:00')
 WHERE metric = 'first_response' AND ticket_id IN (2, 14, 15)
 ORDER BY ticket_id;
ROLLBACK;

-- ---- policies survive pg_dump ------------------------------------------------------------------
BEGIN;
UPDATE backlog.sla_policies SET target = '6 hours' WHERE metric = 'first_response' AND priority = 'normal';
INSERT INTO backlog.sla_policies (metric, priority, account_tier, target) VALUES
    ('resolution', 'low', NULL, '120 hours');
-- pg_dump copies the rows its filter selects: the user's own rows (the new one), not the seeds;
-- the edited seed is in backlog.seed_changes, which it dumps whole.
DO $$
DECLARE
    cond text;
    n int;
BEGIN
    SELECT c INTO cond
      FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(t, c)
     WHERE e.extname = 'backlog' AND x.t = 'backlog.sla_policies'::regclass;
    EXECUTE 'SELECT count(*) FROM ONLY backlog.sla_policies ' || cond INTO n;
    RAISE NOTICE 'rows pg_dump keeps: %', n;
END
$$;
SELECT seed_key, current_row ->> 'target' AS target FROM backlog.seed_changes WHERE table_name = 'sla_policies';
-- Restoring: CREATE EXTENSION has put the seeds back; loading backlog.seed_changes edits the
-- seed again (here: the seed is first put back as shipped, then the recorded row is loaded)...
UPDATE backlog.sla_policies SET target = '8 hours' WHERE metric = 'first_response' AND priority = 'normal';
SELECT count(*) AS recorded FROM backlog.seed_changes WHERE table_name = 'sla_policies';
INSERT INTO backlog.seed_changes VALUES ('sla_policies',
    '{"metric": "first_response", "priority": "normal", "account_tier": null}',
    '{"metric": "first_response", "priority": "normal", "account_tier": null, "target": "06:00:00", "calendar": "default", "warn_before": "02:00:00"}');
SELECT count(*) AS policies, min(target) FILTER (WHERE metric = 'first_response' AND priority = 'normal') AS normal_first_response
  FROM backlog.sla_policies;
-- ... and a second row for the same metric, priority and tier is refused (23505).
SELECT regress.sqlstate($$INSERT INTO backlog.sla_policies (metric, priority, target) VALUES ('first_response', 'normal', '5 hours')$$);
-- A deleted seed is recorded as NULL, and loading that record deletes the seed again.
DELETE FROM backlog.sla_policies WHERE metric = 'next_reply' AND priority = 'low';
SELECT seed_key, current_row FROM backlog.seed_changes WHERE current_row IS NULL;
INSERT INTO backlog.sla_policies (metric, priority, target) VALUES ('next_reply', 'low', '24 hours');
SELECT count(*) AS recorded_deletions FROM backlog.seed_changes WHERE current_row IS NULL;
-- (re-inserted as shipped except warn_before: that is an edit, recorded as such)
INSERT INTO backlog.seed_changes VALUES ('sla_policies',
    '{"metric": "next_reply", "priority": "low", "account_tier": null}', NULL)
ON CONFLICT (table_name, seed_key) DO UPDATE SET current_row = NULL;
SELECT count(*) AS next_reply_low FROM backlog.sla_policies WHERE metric = 'next_reply' AND priority = 'low';
ROLLBACK;

-- ---- policies name calendars with working time ---------------------------------------------------
BEGIN;
INSERT INTO backlog.calendars VALUES ('empty', 'UTC; holidays 2026-12-25');
SELECT regress.error($$INSERT INTO backlog.sla_policies (metric, priority, account_tier, target, calendar) VALUES ('resolution', 'low', 'free', '1 hour', 'empty')$$);
SELECT regress.error($$UPDATE backlog.sla_policies SET calendar = 'empty' WHERE metric = 'resolution' AND priority = 'high'$$);
SELECT regress.error($$UPDATE backlog.calendars SET calendar = 'UTC' WHERE name = 'default'$$);
SELECT regress.error($$DELETE FROM backlog.calendars WHERE name = 'default'$$);
-- renaming a calendar renames it in the policies
UPDATE backlog.calendars SET name = 'office' WHERE name = 'default';
SELECT calendar, count(*) FROM backlog.sla_policies GROUP BY calendar;
ROLLBACK;

-- ---- bad policies ------------------------------------------------------------------------------
SELECT regress.sqlstate($$INSERT INTO backlog.sla_policies (metric, target) VALUES ('first_reply', '1 hour')$$);
SELECT regress.sqlstate($$INSERT INTO backlog.sla_policies (metric, priority, target) VALUES ('resolution', 'critical', '1 hour')$$);
SELECT regress.sqlstate($$INSERT INTO backlog.sla_policies (metric, target) VALUES ('resolution', '-1 hour')$$);
SELECT regress.sqlstate($$INSERT INTO backlog.sla_policies (metric, target, calendar) VALUES ('resolution', '1 hour', 'nowhere')$$);
SELECT regress.sqlstate($$INSERT INTO backlog.sla_policies (metric, target, warn_before) VALUES ('resolution', '1 hour', '-1 minute')$$);
SELECT regress.sqlstate($$INSERT INTO backlog.sla_policies (metric, account_tier, target) VALUES ('resolution', '', '1 hour')$$);
SELECT regress.sqlstate($$DELETE FROM backlog.calendars WHERE name = 'default'$$);

-- ---- the view, measured now ------------------------------------------------------------------
-- Long past March 2026, ticket 3 (open) has breached both its targets; the tickets solved in
-- March are out of the 30-day window.
SELECT ticket_id, metric, state FROM backlog.ticket_sla WHERE ticket_id IN (3, 9, 11) ORDER BY 1, 2;

-- ---- ticket_events read by index range only -----------------------------------------------------
-- (each ticket in scope brings its events through ticket_events_ticket_at_idx; the whole table is
-- never scanned, however many nodes of the plan do it)
CREATE FUNCTION sla_plan_count(query text, pattern text) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
    line text;
    n int := 0;
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
        IF line LIKE pattern THEN
            n := n + 1;
        END IF;
    END LOOP;
    RETURN n;
END
$$;
SELECT sla_plan_count('SELECT * FROM backlog.ticket_sla', '%Seq Scan on ticket_events%') AS full_scans,
       sla_plan_count('SELECT * FROM backlog.ticket_sla', '%ticket_events_ticket_at_idx%') > 0 AS by_index;
DROP FUNCTION sla_plan_count(text, text);

DELETE FROM backlog.tickets;

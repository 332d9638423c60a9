-- store: the ticket store of SPEC §3 and the status table of SPEC §2.
-- Covers: seeded statuses, constraints, the status-change trigger, bad input rejected without
-- side effects, the seed-replacement trigger pg_dump relies on, and the DROP EXTENSION guard.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

-- The six seeded statuses and their clocks (SPEC §2).
SELECT status, is_open, clock, waiting_on FROM backlog.statuses ORDER BY status;

-- Every store and config table is registered for pg_dump.
SELECT c.relname, array_length(e.extconfig, 1) > 0 AS registered
  FROM pg_extension e, unnest(e.extconfig) AS cfg(oid) JOIN pg_class c ON c.oid = cfg.oid
 WHERE e.extname = 'backlog' AND c.relname IN ('statuses', 'tickets', 'ticket_events')
 ORDER BY 1;

-- A ticket inserted without status starts as 'new'; an INSERT records no event (not a change).
INSERT INTO backlog.tickets (id, subject, priority, created_at)
VALUES (1, 'Cannot log in', 'high', '2026-03-02 09:00+00');
SELECT id, status FROM backlog.tickets;
SELECT count(*) AS events FROM backlog.ticket_events;

-- First change: the trigger records the old status at created_at (the history so far), then
-- the new one, stamped with updated_at because the same UPDATE set it.
UPDATE backlog.tickets SET status = 'open', updated_at = '2026-03-02 09:30+00' WHERE id = 1;
-- Second change without updated_at: stamped with the transaction time (now()).
BEGIN;
UPDATE backlog.tickets SET status = 'pending' WHERE id = 1;
SELECT at = now() AS stamped_now FROM backlog.ticket_events WHERE value = 'pending';
COMMIT;
-- Same status again: not a change, no event.
UPDATE backlog.tickets SET status = 'pending', updated_at = '2026-03-02 11:00+00' WHERE id = 1;
-- Change of another column: no event.
UPDATE backlog.tickets SET assignee = 'ana' WHERE id = 1;
SELECT ticket_id, kind, value,
       CASE WHEN value = 'pending' THEN 'now()' ELSE at::text END AS at
  FROM backlog.ticket_events ORDER BY at, value;

-- Bad input: each is a clear error and changes nothing.
SELECT regress.error($$INSERT INTO backlog.tickets (id, status, created_at) VALUES (2, 'waiting', now())$$);
SELECT regress.error($$UPDATE backlog.tickets SET status = 'waiting' WHERE id = 1$$);
SELECT regress.error($$INSERT INTO backlog.tickets (id, created_at) VALUES (2, NULL)$$);
SELECT regress.error($$INSERT INTO backlog.tickets (id, created_at) VALUES (2, 'infinity')$$);
SELECT regress.error($$INSERT INTO backlog.tickets (id, created_at, priority) VALUES (2, now(), 'p1')$$);
SELECT regress.error($$INSERT INTO backlog.tickets (id, created_at, merged_into) VALUES (2, now(), 2)$$);
SELECT regress.error($$INSERT INTO backlog.tickets (id, created_at, merged_into) VALUES (2, now(), 999)$$);
SELECT regress.error($$INSERT INTO backlog.ticket_events VALUES (999, now(), 'agent_reply', NULL)$$);
SELECT regress.error($$INSERT INTO backlog.ticket_events VALUES (1, now(), 'status', 'waiting')$$);
SELECT regress.error($$INSERT INTO backlog.ticket_events VALUES (1, now(), 'status', NULL)$$);
SELECT regress.error($$INSERT INTO backlog.ticket_events VALUES (1, now(), 'note', 'x')$$);
SELECT regress.error($$INSERT INTO backlog.ticket_events VALUES (1, NULL, 'agent_reply', NULL)$$);
SELECT regress.error($$INSERT INTO backlog.ticket_events VALUES (1, now(), 'priority', 'p1')$$);
SELECT regress.error($$INSERT INTO backlog.statuses VALUES ('x', true, 'ticking', NULL)$$);
SELECT regress.error($$INSERT INTO backlog.statuses VALUES ('x', false, 'running', NULL)$$);
SELECT regress.error($$INSERT INTO backlog.statuses VALUES ('x', true, 'running', 'boss')$$);
SELECT regress.error($$DELETE FROM backlog.statuses WHERE status = 'pending'$$);
-- ...so the store is as before: one ticket, three events, six statuses.
SELECT (SELECT count(*) FROM backlog.tickets) AS tickets,
       (SELECT count(*) FROM backlog.ticket_events) AS events,
       (SELECT count(*) FROM backlog.statuses) AS statuses;

-- A custom status can be added and used; renaming a status follows into tickets.
INSERT INTO backlog.statuses VALUES ('waiting_vendor', true, 'paused', 'vendor');
UPDATE backlog.tickets SET status = 'waiting_vendor', updated_at = '2026-03-03 08:00+00' WHERE id = 1;
UPDATE backlog.statuses SET status = 'vendor' WHERE status = 'waiting_vendor';
SELECT status FROM backlog.tickets WHERE id = 1;
-- The rename is not a status change (no new event) and carries into the history:
-- new, open, pending (now()), vendor (2026-03-03 08:00, from updated_at).
SELECT value, CASE WHEN value = 'pending' THEN 'now()' ELSE at::text END AS at
  FROM backlog.ticket_events ORDER BY at, value;
-- A status the history names cannot be deleted, even when no ticket has it now.
UPDATE backlog.tickets SET status = 'open' WHERE id = 1;
SELECT regress.error($$DELETE FROM backlog.statuses WHERE status = 'vendor'$$);
SELECT count(*) AS statuses FROM backlog.statuses;

-- Inserting a seeded status again replaces the untouched seed (how pg_dump restores an edited
-- seed row); an edited row is no longer a seed, so inserting it twice is a duplicate key.
INSERT INTO backlog.statuses VALUES ('on_hold', true, 'paused', 'internal');
SELECT status, clock FROM backlog.statuses WHERE status = 'on_hold';
SELECT regress.sqlstate($$INSERT INTO backlog.statuses VALUES ('on_hold', true, 'running', 'internal')$$);
-- What pg_dump keeps of statuses: the added and the edited rows, not untouched seeds.
SELECT status FROM backlog.statuses
 WHERE NOT backlog.status_is_seed(statuses)
 ORDER BY 1;
UPDATE backlog.statuses SET clock = 'running' WHERE status = 'on_hold';

-- Deleting a ticket deletes its events.
INSERT INTO backlog.tickets (id, created_at) VALUES (2, '2026-03-04 10:00+00');
INSERT INTO backlog.ticket_events VALUES (2, '2026-03-04 10:05+00', 'agent_reply', NULL);
DELETE FROM backlog.tickets WHERE id = 2;
SELECT count(*) AS events_of_2 FROM backlog.ticket_events WHERE ticket_id = 2;

-- DROP EXTENSION and DROP SCHEMA refuse while the store holds rows...
\set VERBOSITY default
DROP EXTENSION backlog;
\set VERBOSITY terse
SELECT regress.error('DROP SCHEMA backlog CASCADE');
SELECT regress.sqlstate('DROP EXTENSION backlog CASCADE');
-- ...other DROPs are not affected...
CREATE SCHEMA scratch;
DROP SCHEMA scratch;
-- ...and backlog.allow_drop lets it through (rolled back here).
BEGIN;
SET LOCAL backlog.allow_drop = on;
DROP EXTENSION backlog;
SELECT count(*) AS backlog_left FROM pg_extension WHERE extname = 'backlog';
ROLLBACK;
-- With an empty store the guard stays out of the way (rolled back here).
BEGIN;
DELETE FROM backlog.tickets;
DROP EXTENSION backlog;
ROLLBACK;
SELECT count(*) AS tickets_kept FROM backlog.tickets;

-- Leave the store empty for the other test files.
DELETE FROM backlog.tickets;
DELETE FROM backlog.statuses WHERE status = 'vendor';
SELECT count(*) AS statuses FROM backlog.statuses;

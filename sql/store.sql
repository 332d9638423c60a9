-- store: the ticket store of SPEC §3 and the status table of SPEC §2.
-- Covers: seeded statuses, constraints, the status-change trigger and the order of its events,
-- bad input rejected without side effects (the references checked by triggers), the record of
-- changed seeds pg_dump relies on, COPY and backlog.check_integrity(), and the drop guard
-- (DROP EXTENSION, DROP SCHEMA, DROP OWNED).
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
-- Second change without updated_at: stamped with the time of the change (clock_timestamp()),
-- not the transaction's start; setting updated_at = now() counts as "now" too.
BEGIN;
SELECT pg_sleep(0.01);
UPDATE backlog.tickets SET status = 'pending', updated_at = now() WHERE id = 1;
SELECT at > now() AS after_transaction_start, at <= clock_timestamp() AS not_after_the_clock
  FROM backlog.ticket_events WHERE value = 'pending';
COMMIT;
-- Same status again: not a change, no event.
UPDATE backlog.tickets SET status = 'pending', updated_at = '2026-03-02 11:00+00' WHERE id = 1;
-- Change of another column: no event.
UPDATE backlog.tickets SET assignee = 'ana' WHERE id = 1;
SELECT ticket_id, kind, value,
       CASE WHEN value = 'pending' THEN 'at the change' ELSE at::text END AS at
  FROM backlog.ticket_events ORDER BY at, value;

-- A change is stamped after the ticket's latest status event, even when the clock is behind it
-- (here the history says 'open' happened in 2099): one microsecond later.
BEGIN;
INSERT INTO backlog.tickets (id, created_at) VALUES (3, '2026-03-02 09:00+00');
INSERT INTO backlog.ticket_events VALUES (3, '2099-01-01 00:00+00', 'status', 'open');
UPDATE backlog.tickets SET status = 'solved' WHERE id = 3;
SELECT value, at FROM backlog.ticket_events WHERE ticket_id = 3 ORDER BY at;
ROLLBACK;

-- Bad input: each is a clear error and changes nothing.
SELECT regress.error($$INSERT INTO backlog.tickets (id, status, created_at) VALUES (2, 'waiting', now())$$);
SELECT regress.error($$UPDATE backlog.tickets SET status = 'waiting' WHERE id = 1$$);
SELECT regress.error($$INSERT INTO backlog.tickets (id, created_at) VALUES (2, NULL)$$);
SELECT regress.error($$INSERT INTO backlog.tickets (id, created_at) VALUES (2, 'infinity')$$);
SELECT regress.error($$INSERT INTO backlog.tickets (id, created_at, priority) VALUES (2, now(), 'p1')$$);
-- times a helpdesk cannot have written (business time spans at most 100 years)
SELECT regress.error($$INSERT INTO backlog.tickets (id, created_at) VALUES (2, '1926-05-01 00:00+00')$$);
SELECT regress.error($$INSERT INTO backlog.tickets (id, created_at, solved_at) VALUES (2, now(), '2200-01-01 00:00+00')$$);
SELECT regress.error($$INSERT INTO backlog.ticket_events VALUES (1, '4713-01-01 00:00+00 BC', 'agent_reply', NULL)$$);
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

-- Seeds are edited in place (inserting one again is a duplicate key). backlog.seed_changes
-- records each seed that differs from what CREATE EXTENSION installs: edited or deleted.
SELECT regress.sqlstate($$INSERT INTO backlog.statuses VALUES ('on_hold', true, 'paused', 'internal')$$);
UPDATE backlog.statuses SET clock = 'paused' WHERE status = 'on_hold';
DELETE FROM backlog.statuses WHERE status = 'closed';
SELECT seed_key, current_row FROM backlog.seed_changes WHERE table_name = 'statuses' ORDER BY 1;
-- What pg_dump keeps in the table: the user's own rows, not the seed keys.
SELECT status FROM backlog.statuses
 WHERE NOT backlog.is_seed_key('statuses', to_jsonb(statuses))
 ORDER BY 1;
-- Back as shipped: nothing recorded any more.
UPDATE backlog.statuses SET clock = 'running' WHERE status = 'on_hold';
INSERT INTO backlog.statuses VALUES ('closed', false, 'stopped', NULL);
SELECT count(*) AS recorded FROM backlog.seed_changes WHERE table_name = 'statuses';

-- Deleting a ticket deletes its events and unmerges the tickets merged into it.
INSERT INTO backlog.tickets (id, created_at) VALUES (2, '2026-03-04 10:00+00');
INSERT INTO backlog.tickets (id, created_at, merged_into) VALUES (3, '2026-03-04 11:00+00', 2);
INSERT INTO backlog.ticket_events VALUES (2, '2026-03-04 10:05+00', 'agent_reply', NULL);
DELETE FROM backlog.tickets WHERE id = 2;
SELECT count(*) AS events_of_2 FROM backlog.ticket_events WHERE ticket_id = 2;
SELECT id, merged_into FROM backlog.tickets WHERE id = 3;
DELETE FROM backlog.tickets WHERE id = 3;

-- A ticket's own calendar names a row of backlog.calendars: a row check, not a foreign key
-- (23503 naming the ticket and the calendar); renaming the calendar carries into the tickets,
-- deleting one a ticket names is refused. No foreign key is left on the store's tables.
INSERT INTO backlog.calendars VALUES ('regress-cal', 'UTC; mon-fri 08:00-18:00');
SELECT regress.error($$INSERT INTO backlog.tickets (id, created_at, calendar) VALUES (4, '2026-03-04 10:00+00', 'nowhere')$$);
INSERT INTO backlog.tickets (id, created_at, calendar) VALUES (4, '2026-03-04 10:00+00', 'regress-cal');
INSERT INTO backlog.tickets (id, created_at) VALUES (5, '2026-03-04 10:00+00');
SELECT regress.error($$UPDATE backlog.tickets SET calendar = 'nowhere' WHERE id = 5$$);
UPDATE backlog.tickets SET calendar = NULL WHERE id = 4;
UPDATE backlog.tickets SET calendar = 'regress-cal' WHERE id IN (4, 5);
UPDATE backlog.calendars SET name = 'regress-cal2' WHERE name = 'regress-cal';
SELECT id, calendar FROM backlog.tickets WHERE id IN (4, 5) ORDER BY id;
SELECT regress.error($$DELETE FROM backlog.calendars WHERE name = 'regress-cal2'$$);
SELECT count(*) AS events_of_4_5 FROM backlog.ticket_events WHERE ticket_id IN (4, 5);
DELETE FROM backlog.tickets WHERE id IN (4, 5);
DELETE FROM backlog.calendars WHERE name = 'regress-cal2';
SELECT c.conrelid::regclass, c.conname FROM pg_constraint c
 WHERE c.contype = 'f' AND c.conrelid IN ('backlog.tickets'::regclass, 'backlog.ticket_events'::regclass);
-- under COPY it is not checked; backlog.check_integrity() lists it
BEGIN;
COPY backlog.tickets (id, created_at, calendar) FROM stdin;
6	2026-03-05 10:00+00	nowhere
\.
SELECT * FROM backlog.check_integrity();
ROLLBACK;

-- COPY (a restore, a bulk load) is not checked row by row: a restore loads the tables in no
-- fixed order. backlog.check_integrity() lists what the checks would have refused.
BEGIN;
COPY backlog.tickets (id, status, created_at, merged_into) FROM stdin;
10	nonesuch	2026-03-05 10:00+00	\N
11	open	2026-03-05 11:00+00	12
\.
COPY backlog.ticket_events (ticket_id, at, kind, value) FROM stdin;
10	2026-03-05 10:10+00	status	limbo
13	2026-03-05 10:20+00	agent_reply	\N
\.
SELECT * FROM backlog.check_integrity();
-- the missing ticket arrives (as in a parallel restore): that problem is gone
COPY backlog.tickets (id, status, created_at) FROM stdin;
12	new	2026-03-05 09:00+00
\.
SELECT problem, row_key FROM backlog.check_integrity();
ROLLBACK;
SELECT count(*) AS problems FROM backlog.check_integrity();

-- DROP EXTENSION and DROP SCHEMA refuse while the store holds rows...
\set VERBOSITY default
DROP EXTENSION backlog;
\set VERBOSITY terse
SELECT regress.error('DROP SCHEMA backlog CASCADE');
SELECT regress.sqlstate('DROP EXTENSION backlog CASCADE');
-- ...also in a session with session_replication_role = replica, where event triggers in the
-- default mode do not fire (the guard is enabled ALWAYS)...
SELECT evtenabled FROM pg_event_trigger WHERE evtname = 'backlog_drop_guard';
BEGIN;
SET LOCAL session_replication_role = replica;
SELECT regress.error('DROP EXTENSION backlog CASCADE');
SELECT regress.error('DROP SCHEMA backlog CASCADE');
ROLLBACK;
-- ...other DROPs are not affected...
CREATE SCHEMA scratch;
DROP SCHEMA scratch;
-- ...and backlog.allow_drop lets it through (rolled back here).
BEGIN;
SET LOCAL backlog.allow_drop = on;
DROP EXTENSION backlog;
SELECT count(*) AS backlog_left FROM pg_extension WHERE extname = 'backlog';
ROLLBACK;
-- DROP OWNED BY the role that created the extension would drop it with every ticket: refused
-- too, while DROP OWNED BY another role is not affected (all rolled back here).
CREATE ROLE regress_backlog_owner SUPERUSER;
CREATE ROLE regress_backlog_other;
BEGIN;
SET LOCAL backlog.allow_drop = on;
DROP EXTENSION backlog;
SET LOCAL backlog.allow_drop = off;
SET ROLE regress_backlog_owner;
CREATE EXTENSION backlog;
INSERT INTO backlog.tickets (id, created_at) VALUES (1, '2026-03-02 09:00+00');
RESET ROLE;
SELECT regress.error('DROP OWNED BY regress_backlog_owner');
SELECT regress.error('DROP OWNED BY regress_backlog_other, regress_backlog_owner');
DROP OWNED BY regress_backlog_other;
SELECT count(*) AS tickets_kept FROM backlog.tickets;
DELETE FROM backlog.tickets;
DROP OWNED BY regress_backlog_owner;
SELECT count(*) AS backlog_left FROM pg_extension WHERE extname = 'backlog';
ROLLBACK;
DROP ROLE regress_backlog_owner;
DROP ROLE regress_backlog_other;
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

-- sync_generic: backlog.sync_source reads any helpdesk's tables through backlog.sync_mappings
-- (here a Freshdesk-shaped export written by hand). Checks the tickets and histories it
-- writes, value mapping and the unmapped report, incremental runs, validation before it runs,
-- and that names in the mapping are quoted, never pasted into SQL.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

CREATE SCHEMA fd;
CREATE TABLE fd.tickets (
    ticket_no integer, opened_at timestamptz, changed_at timestamptz, title text,
    state text, prio text, requester_email text, company text, agent text,
    "x""; DROP TABLE backlog.tickets; --" text,   -- a hostile column name, read as a name
    exported_at timestamptz);
CREATE TABLE fd.conversations (ticket_no integer, sent_at timestamptz, incoming boolean, private boolean, exported_at timestamptz);
CREATE TABLE fd.activities (ticket_no integer, at timestamptz, attribute text, new_value text, exported_at timestamptz);
-- one entity reads one relation: views pick the rows of each history
CREATE VIEW fd.status_changes AS SELECT ticket_no, at, new_value, exported_at FROM fd.activities WHERE attribute = 'status';
CREATE VIEW fd.replies AS SELECT ticket_no, sent_at, incoming::text AS from_customer, NOT private AS public, exported_at FROM fd.conversations;

INSERT INTO fd.tickets VALUES
    (1, '2026-03-02 09:00+00', '2026-03-02 15:00+00', 'VPN down', 'Resolved', 'Urgent', 'a@x.example', 'Initech', 'sam', 'tier-a', '2026-03-02 15:05+00'),
    (2, '2026-03-02 10:00+00', '2026-03-02 10:00+00', 'Question', 'Waiting on Third Party', 'Medium', 'b@x.example', NULL, NULL, NULL, '2026-03-02 10:05+00');
INSERT INTO fd.conversations VALUES
    (1, '2026-03-02 09:30+00', false, false, '2026-03-02 15:05+00'),   -- agent, public
    (1, '2026-03-02 09:40+00', false, true, '2026-03-02 15:05+00'),    -- private note: no reply
    (1, '2026-03-02 11:00+00', true, false, '2026-03-02 15:05+00');    -- the customer
INSERT INTO fd.activities VALUES
    (1, '2026-03-02 09:00+00', 'status', 'Open', '2026-03-02 15:05+00'),
    (1, '2026-03-02 09:30+00', 'status', 'Pending', '2026-03-02 15:05+00'),
    (1, '2026-03-02 11:00+00', 'status', 'Open', '2026-03-02 15:05+00'),
    (1, '2026-03-02 15:00+00', 'status', 'Resolved', '2026-03-02 15:05+00'),
    (1, '2026-03-02 12:00+00', 'priority', 'Urgent', '2026-03-02 15:05+00');

INSERT INTO backlog.sync_mappings (source, entity, field, source_schema, source_table, source_column) VALUES
    ('freshdesk', 'ticket', 'id', 'fd', 'tickets', 'ticket_no'),
    ('freshdesk', 'ticket', 'created_at', 'fd', 'tickets', 'opened_at'),
    ('freshdesk', 'ticket', 'updated_at', 'fd', 'tickets', 'changed_at'),
    ('freshdesk', 'ticket', 'subject', 'fd', 'tickets', 'title'),
    ('freshdesk', 'ticket', 'status', 'fd', 'tickets', 'state'),
    ('freshdesk', 'ticket', 'priority', 'fd', 'tickets', 'prio'),
    ('freshdesk', 'ticket', 'requester', 'fd', 'tickets', 'requester_email'),
    ('freshdesk', 'ticket', 'account', 'fd', 'tickets', 'company'),
    ('freshdesk', 'ticket', 'assignee', 'fd', 'tickets', 'agent'),
    ('freshdesk', 'ticket', 'account_tier', 'fd', 'tickets', 'x"; DROP TABLE backlog.tickets; --'),
    ('freshdesk', 'ticket', 'stamp', 'fd', 'tickets', 'exported_at'),
    ('freshdesk', 'status', 'ticket_id', 'fd', 'status_changes', 'ticket_no'),
    ('freshdesk', 'status', 'at', 'fd', 'status_changes', 'at'),
    ('freshdesk', 'status', 'value', 'fd', 'status_changes', 'new_value'),
    ('freshdesk', 'status', 'stamp', 'fd', 'status_changes', 'exported_at'),
    ('freshdesk', 'reply', 'ticket_id', 'fd', 'replies', 'ticket_no'),
    ('freshdesk', 'reply', 'at', 'fd', 'replies', 'sent_at'),
    ('freshdesk', 'reply', 'role', 'fd', 'replies', 'from_customer'),
    ('freshdesk', 'reply', 'public', 'fd', 'replies', 'public'),
    ('freshdesk', 'reply', 'stamp', 'fd', 'replies', 'exported_at');
INSERT INTO backlog.sync_value_map (source, kind, value, mapped) VALUES
    ('freshdesk', 'status', 'open', 'open'), ('freshdesk', 'status', 'pending', 'pending'),
    ('freshdesk', 'status', 'resolved', 'solved'), ('freshdesk', 'status', 'closed', 'closed'),
    ('freshdesk', 'priority', 'urgent', 'urgent'), ('freshdesk', 'priority', 'high', 'high'),
    ('freshdesk', 'priority', 'low', 'low'),
    ('freshdesk', 'role', 'true', 'customer'), ('freshdesk', 'role', 'false', 'agent');

-- 1 inserted (ticket 2's status has no mapping: it waits); events of 1: 4 status changes, the
-- agent reply at 09:30 and the customer's at 11:00 (the private note is none) = 6. Unmapped:
-- 2's status, 2's priority 'Medium' = 2 rows; pending: 2.
SELECT * FROM backlog.sync_source('freshdesk');
SELECT id, status, priority, requester, account, account_tier, assignee, first_response_at, solved_at
  FROM backlog.tickets ORDER BY id;
SELECT at, kind, value FROM backlog.ticket_events WHERE ticket_id = 1 ORDER BY at, kind;
SELECT source_table, source_column, value, count, first_ticket FROM backlog.sync_unmapped WHERE source = 'freshdesk' ORDER BY 1, 2, 3;
-- the hostile column name was read as a column: the store is still there
SELECT to_regclass('backlog.tickets') IS NOT NULL AS store_still_there;

-- Fix the mappings; add a reply. Only ticket 2 (pending) and the new reply are written:
-- 1 inserted, 0 updated, events: the reply on 1 at 16:00 = 1 (2 has no history: none).
INSERT INTO backlog.sync_value_map VALUES ('freshdesk', 'status', 'waiting on third party', 'on_hold'),
                                          ('freshdesk', 'priority', 'medium', 'normal');
INSERT INTO fd.conversations VALUES (1, '2026-03-02 16:00+00', true, false, '2026-03-02 16:05+00');
SELECT * FROM backlog.sync_source('freshdesk');
SELECT id, status, priority FROM backlog.tickets WHERE id = 2;
SELECT count(*) AS unmapped FROM backlog.sync_unmapped WHERE source = 'freshdesk';
SELECT * FROM backlog.sync_source('freshdesk');   -- nothing left to do

-- Validation before anything is read.
SELECT regress.error($$SELECT backlog.sync_source('jira')$$);
SELECT regress.sqlstate($$SELECT backlog.sync_source(NULL)$$);
BEGIN;
UPDATE backlog.sync_mappings SET source_column = 'ticket_no; DROP TABLE backlog.tickets; --'
 WHERE source = 'freshdesk' AND entity = 'ticket' AND field = 'id';
SELECT regress.error($$SELECT backlog.sync_source('freshdesk')$$);
ROLLBACK;
BEGIN;
UPDATE backlog.sync_mappings SET source_table = 'tickets; DROP TABLE backlog.tickets'
 WHERE source = 'freshdesk' AND entity = 'status';
SELECT regress.error($$SELECT backlog.sync_source('freshdesk')$$);
ROLLBACK;
BEGIN;
UPDATE backlog.sync_mappings SET source_table = 'tickets' WHERE source = 'freshdesk' AND entity = 'reply' AND field = 'at';
SELECT regress.error($$SELECT backlog.sync_source('freshdesk')$$);
ROLLBACK;
BEGIN;
DELETE FROM backlog.sync_mappings WHERE source = 'freshdesk' AND entity = 'ticket' AND field = 'status';
SELECT regress.error($$SELECT backlog.sync_source('freshdesk')$$);
ROLLBACK;
BEGIN;
INSERT INTO backlog.sync_mappings VALUES ('freshdesk', 'ticket', 'tags', 'fd', 'tickets', 'opened_at');
SELECT regress.error($$SELECT backlog.sync_source('freshdesk')$$);
ROLLBACK;
SELECT to_regclass('backlog.tickets') IS NOT NULL AS store_still_there;
-- fields outside the list, and 'zendesk' as a generic source, are refused by the table itself
SELECT regress.sqlstate($$INSERT INTO backlog.sync_mappings VALUES ('freshdesk', 'ticket', 'price', 'fd', 'tickets', 'title')$$);
SELECT regress.sqlstate($$INSERT INTO backlog.sync_mappings VALUES ('zendesk', 'ticket', 'id', 'fd', 'tickets', 'ticket_no')$$);

-- backlog.sync_all, for a scheduled job: schema zendesk (absent here: skipped) and every mapped
-- source, each on its own. A schema that does not exist fails alone; freshdesk still runs.
SELECT * FROM backlog.sync_all();
SELECT source, tickets_inserted, error FROM backlog.sync_all(ARRAY['no_such_schema']);

-- Leave the store empty for the other test files.
DELETE FROM backlog.tickets;
DELETE FROM backlog.sync_mappings; DELETE FROM backlog.sync_value_map WHERE source = 'freshdesk';
DELETE FROM backlog.sync_unmapped; DELETE FROM backlog.sync_pending; DELETE FROM backlog.sync_watermarks;
SET client_min_messages = warning;
DROP SCHEMA fd CASCADE;

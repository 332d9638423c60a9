-- sync_zendesk: a small Zendesk schema as Fivetran lands it, written here by hand, brought into
-- the store by backlog.sync_zendesk. Checks tickets, their event histories, the calendars made
-- from schedules, the SLA clocks on them, the unmapped report, that a second run adds nothing
-- and that a run after edits adds only the edits.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

CREATE SCHEMA zendesk;
-- Fivetran writes timestamps without time zone, in UTC.
CREATE TABLE zendesk.ticket (
    id bigint, created_at timestamp, updated_at timestamp, subject text, description text,
    status text, priority text, requester_id bigint, assignee_id bigint, organization_id bigint,
    group_id bigint, via_channel text, merged_ticket_ids text, custom_region text,
    _fivetran_deleted boolean, _fivetran_synced timestamp);
CREATE TABLE zendesk.ticket_field_history (
    field_name text, ticket_id bigint, updated timestamp, value text, user_id bigint,
    _fivetran_synced timestamp);
CREATE TABLE zendesk.ticket_comment (
    id bigint, ticket_id bigint, user_id bigint, created timestamp, public boolean, body text,
    _fivetran_deleted boolean, _fivetran_synced timestamp);
CREATE TABLE zendesk."user" (id bigint, name text, email text, role text, _fivetran_synced timestamp);
CREATE TABLE zendesk.organization (id bigint, name text, _fivetran_synced timestamp);
CREATE TABLE zendesk."group" (id bigint, name text, _fivetran_synced timestamp);
CREATE TABLE zendesk.schedule (
    id bigint, name text, time_zone text, start_time bigint, end_time bigint,
    _fivetran_deleted boolean, _fivetran_synced timestamp);
CREATE TABLE zendesk.schedule_holiday (
    id bigint, schedule_id bigint, name text, start_date date, end_date date,
    _fivetran_deleted boolean, _fivetran_synced timestamp);
CREATE TABLE zendesk.ticket_schedule (ticket_id bigint, schedule_id bigint, created_at timestamp, _fivetran_synced timestamp);
CREATE TABLE zendesk.ticket_tag (ticket_id bigint, tag text, _fivetran_synced timestamp);

INSERT INTO zendesk."user" VALUES
    (1, 'Alice', 'alice@corp.example', 'agent', '2026-03-01'),
    (2, 'Bob', 'bob@corp.example', 'admin', '2026-03-01'),
    (10, 'Carol', 'carol@cust.example', 'end-user', '2026-03-01'),
    (11, 'Dan', NULL, 'end-user', '2026-03-01'),            -- no e-mail: shown by name
    (12, 'Eve', 'eve@cust.example', 'moderator', '2026-03-01');  -- a role nobody mapped
INSERT INTO zendesk.organization VALUES (100, 'Acme', '2026-03-01');
INSERT INTO zendesk."group" VALUES (200, 'Tier 1', '2026-03-01');

-- Schedule 1: Mon-Fri 09:00-17:00 in "Pacific Time (US & Canada)" (minutes from Sunday 00:00:
-- Mon 1980-2460 ... Fri 7740-8220), holiday Wed 2026-03-04. Schedule 2: Sun 22:00 - Mon 02:00
-- in Rails' "UTC" (one interval across midnight, 1320-1560). Schedule 3: a zone nobody knows.
INSERT INTO zendesk.schedule VALUES
    (1, 'Support US', 'Pacific Time (US & Canada)', 1980, 2460, false, '2026-03-01'),
    (1, 'Support US', 'Pacific Time (US & Canada)', 3420, 3900, false, '2026-03-01'),
    (1, 'Support US', 'Pacific Time (US & Canada)', 4860, 5340, false, '2026-03-01'),
    (1, 'Support US', 'Pacific Time (US & Canada)', 6300, 6780, false, '2026-03-01'),
    (1, 'Support US', 'Pacific Time (US & Canada)', 7740, 8220, false, '2026-03-01'),
    (2, 'Night', 'UTC', 1320, 1560, false, '2026-03-01'),
    (3, 'Moon base', 'Atlantis Standard Time', 1980, 2460, false, '2026-03-01');
INSERT INTO zendesk.schedule_holiday VALUES
    (1, 1, 'Company day', '2026-03-04', '2026-03-04', false, '2026-03-01'),
    (2, 2, 'Gone', '2026-03-09', '2026-03-10', true, '2026-03-01');   -- deleted: not a holiday

-- 101: a long history (new, open, pending, open, hold, open, solved) in schedule 1.
-- 102: urgent, open, on the holiday, in schedule 1.   103: NULL priority, on hold, tags.
-- 104: deleted in Zendesk.   105: merged into 101.   106: a status nobody mapped.
INSERT INTO zendesk.ticket VALUES
    (101, '2026-03-02 17:00', '2026-03-03 18:00', 'Cannot log in', 'Since this morning I cannot log in.',
     'solved', 'high', 10, 1, 100, 200, 'email', '[105]', 'EMEA', false, '2026-03-03 18:05'),
    (102, '2026-03-04 18:00', '2026-03-04 19:00', 'Invoice wrong', 'The March invoice is wrong.',
     'open', 'urgent', 11, NULL, NULL, 200, 'web', NULL, NULL, false, '2026-03-04 19:05'),
    (103, '2026-03-02 12:00', '2026-03-02 12:00', 'Export broken', 'CSV export fails.',
     'hold', NULL, 12, 2, 100, NULL, 'api', NULL, NULL, false, '2026-03-02 12:05'),
    (103, '2026-03-02 12:00', '2026-03-02 12:00', 'Export broken', 'CSV export fails.',
     'hold', NULL, 12, 2, 100, NULL, 'api', NULL, NULL, false, '2026-03-02 12:05'),   -- repeated verbatim
    (104, '2026-03-02 10:00', '2026-03-02 11:00', 'spam', 'buy now', 'open', NULL, 11, NULL, NULL, NULL,
     'email', NULL, NULL, true, '2026-03-02 11:05'),
    (105, '2026-03-02 16:00', '2026-03-02 16:30', 'Login problem', 'Same as 101.', 'closed', 'normal', 10,
     1, 100, 200, 'email', NULL, NULL, false, '2026-03-02 16:35'),
    (106, '2026-03-03 12:00', '2026-03-03 12:00', 'Escalated thing', 'x', 'escalated', 'low', 10,
     NULL, NULL, NULL, 'chat', NULL, NULL, false, '2026-03-03 12:05');

INSERT INTO zendesk.ticket_field_history VALUES
    ('status', 101, '2026-03-02 16:59:58', 'new', 10, '2026-03-03 18:05'),  -- before created_at: kept at 17:00
    ('priority', 101, '2026-03-02 17:00', 'high', 10, '2026-03-03 18:05'),
    ('assignee_id', 101, '2026-03-02 17:30', '1', 1, '2026-03-03 18:05'),
    ('status', 101, '2026-03-02 17:30', 'open', 1, '2026-03-03 18:05'),
    ('status', 101, '2026-03-02 18:00', 'pending', 1, '2026-03-03 18:05'),
    ('status', 101, '2026-03-02 18:00', 'pending', 1, '2026-03-03 18:05'),  -- repeated verbatim
    ('status', 101, '2026-03-02 20:00', 'open', 10, '2026-03-03 18:05'),
    ('status', 101, '2026-03-02 21:00', 'hold', 1, '2026-03-03 18:05'),
    ('priority', 101, '2026-03-02 22:00', 'urgent!!', 1, '2026-03-03 18:05'), -- does not fit
    ('custom_region', 101, '2026-03-02 22:00', 'EMEA', 1, '2026-03-03 18:05'), -- a custom field
    ('status', 101, '2026-03-03 17:00', 'open', 1, '2026-03-03 18:05'),
    ('status', 101, '2026-03-03 18:00', 'solved', 2, '2026-03-03 18:05'),
    ('status', 102, '2026-03-04 18:00', 'new', 11, '2026-03-04 19:05'),
    ('priority', 102, '2026-03-04 18:00', 'urgent', 11, '2026-03-04 19:05'),
    ('status', 102, '2026-03-04 19:00', 'open', 1, '2026-03-04 19:05'),
    ('status', 104, '2026-03-02 10:00', 'new', 11, '2026-03-02 11:05'),
    ('status', 105, '2026-03-02 16:00', 'new', 10, '2026-03-02 16:35'),
    ('status', 105, '2026-03-02 16:30', 'closed', 1, '2026-03-02 16:35'),
    ('status', 999, '2026-03-02 09:00', 'open', 1, '2026-03-02 09:05');     -- a ticket not in ticket

INSERT INTO zendesk.ticket_comment VALUES
    (1, 101, 10, '2026-03-02 17:00', true, 'Since this morning I cannot log in.', false, '2026-03-03 18:05'),  -- the opening message
    (2, 101, 1, '2026-03-02 18:00', true, 'Can you try a new password?', false, '2026-03-03 18:05'),
    (3, 101, 10, '2026-03-02 20:00', true, 'Still broken.', false, '2026-03-03 18:05'),
    (4, 101, 1, '2026-03-02 21:00', false, 'Asking engineering.', false, '2026-03-03 18:05'),       -- internal note
    (5, 101, 2, '2026-03-03 18:00', true, 'Fixed.', false, '2026-03-03 18:05'),                     -- admin: an agent
    (6, 102, 11, '2026-03-04 18:00', true, 'The March invoice is wrong.', false, '2026-03-04 19:05'),
    (7, 102, 77, '2026-03-04 18:30', true, 'Me too.', false, '2026-03-04 19:05'),                    -- no such user
    (8, 103, 12, '2026-03-02 13:00', true, 'Any news?', false, '2026-03-02 13:05'),                  -- unmapped role
    (9, 103, 10, '2026-03-02 14:00', true, 'Removed.', true, '2026-03-02 14:05');                    -- deleted

INSERT INTO zendesk.ticket_schedule VALUES (101, 1, '2026-03-02 17:00', '2026-03-02 17:05'),
                                           (102, 2, '2026-03-04 18:00', '2026-03-04 18:05'),
                                           (102, 1, '2026-03-04 18:01', '2026-03-04 18:05');  -- the latest wins
INSERT INTO zendesk.ticket_tag VALUES (103, 'vip', '2026-03-02 12:05'), (103, 'billing', '2026-03-02 12:05'),
                                      (103, 'vip', '2026-03-02 12:05');

-- ---- the first run ---------------------------------------------------------------------------
-- inserted: 101-105 (106's status is unmapped: held back) = 5. events: 101: 12 (below), 102: 3
-- (new, priority urgent, open), 104: new + closed at updated_at (its deletion) = 2, 105: 2 = 19.
-- calendars: zendesk:1 and zendesk:2 (3 has an unknown zone) = 2. unmapped rows, counted per
-- source row: 106's status, 101's 'urgent!!', user 77's comment, Eve's role, the history of
-- ticket 999, schedule 3's zone = 6. pending: 101, 102, 103, 106, 999 = 5.
SELECT * FROM backlog.sync_zendesk();

-- The tickets. 101: requester and assignee by e-mail, account and team by name, its schedule's
-- calendar; solved at its last solve (Tue 18:00); first reply at Alice's 18:00 comment. 102: Dan
-- has no e-mail, so his name; the later of its two schedules. 103: NULL priority, hold is
-- on_hold, its tags from ticket_tag once each, sorted. 104 deleted: closed, solved_at its closing
-- event (11:00). 105: merged into 101 (from 101's merged_ticket_ids), solved at 16:30.
SELECT id, status, priority, requester, assignee, account, team, channel, calendar, tags, merged_into,
       first_response_at, solved_at
  FROM backlog.tickets ORDER BY id;

-- 101's history, each event at its own time; the 'new' stamped 16:59:58 is kept at created_at
-- 17:00; the repeated pending row once; the internal note and the opening message are no
-- replies; Bob (admin) replies as an agent; 'urgent!!' is not loaded; the custom field ignored.
SELECT at, kind, value FROM backlog.ticket_events WHERE ticket_id = 101 ORDER BY at, kind, value;
-- 102-105. 104's deletion: its history ends in 'new', its status is now closed (deleted maps to
-- closed), so the sync records the change at updated_at 11:00, as the store's trigger would.
SELECT ticket_id, at, kind, value FROM backlog.ticket_events WHERE ticket_id <> 101 ORDER BY ticket_id, at, kind;

-- The status trigger did not add its own copies: exactly one status event per history row.
SELECT count(*) AS status_events_101 FROM backlog.ticket_events WHERE ticket_id = 101 AND kind = 'status';

-- Calendars: schedule 1 in America/Los_Angeles with the holiday; schedule 2's interval across
-- midnight, cut at midnight and merged back by the calendar type; Rails' "UTC" is Etc/UTC.
SELECT name, calendar FROM backlog.calendars WHERE name LIKE 'zendesk:%' ORDER BY name;

-- What could not be mapped.
SELECT source_table, source_column, value, count, first_ticket FROM backlog.sync_unmapped ORDER BY 1, 2, 3;
SELECT ticket_id, reason FROM backlog.sync_pending ORDER BY ticket_id;
SELECT source_table, stamp_column, watermark FROM backlog.sync_watermarks ORDER BY source_table;

-- SLA clocks on the tickets' schedule, Thu 2026-03-05 17:30 UTC (09:30 PST).
-- 101 (high, 24 h / 4 h, calendar zendesk:1, Mon-Fri 09:00-17:00 PST = UTC-8):
--   first_response: created Mon 17:00 UTC (09:00 PST), Alice replied 18:00 (10:00 PST): 1 h, met.
--   resolution: running 09:00-10:00 PST (pending at 10:00), running again from 12:00 PST (open;
--   on hold runs too) to 17:00 PST = 5 h, Tue 09:00-10:00 PST until solved = 1 h: 7 h, met.
-- 102 (urgent, 1 h / 8 h): created Wed 18:00 UTC on the holiday; work starts Thu 09:00 PST
--   (17:00 UTC): 30 min elapsed at 17:30 UTC. first_response due Thu 10:00 PST = 18:00 UTC;
--   resolution due Thu 17:00 PST = Fri 01:00 UTC. 103: NULL priority, no policy. 104 closed
--   without priority; 105 merged: no rows.
SELECT ticket_id, metric, calendar, state, elapsed, remaining, due_at
  FROM backlog.ticket_sla_at('2026-03-05 17:30+00') ORDER BY ticket_id, metric;

-- ---- a second run adds nothing ---------------------------------------------------------------
-- (pending tickets are read again, but nothing in them changed: 0 inserted, updated, added.)
SELECT * FROM backlog.sync_zendesk();
SELECT count(*) AS events FROM backlog.ticket_events;

-- ---- a run after edits adds only the edits ---------------------------------------------------
-- 102 goes pending at Thu 18:00 after Alice's public reply at 17:45; 106's status gets a mapping;
-- Eve's role is mapped too. Expected: inserted 1 (106, pending until now), updated 1 (102: status
-- and first reply; 103's row did not change), events: 102's agent_reply 17:45 and status pending
-- 18:00 (once: from the history, not again from the trigger), 103's reply by Eve, now a
-- customer = 3. Unmapped: 4 left (106's status and Eve's role are resolved); pending 101, 102, 999.
-- 102's first_response_at is now Alice's reply.
UPDATE zendesk.ticket SET status = 'pending', updated_at = '2026-03-05 18:00', _fivetran_synced = '2026-03-05 18:05'
 WHERE id = 102;
INSERT INTO zendesk.ticket_field_history VALUES ('status', 102, '2026-03-05 18:00', 'pending', 1, '2026-03-05 18:05');
INSERT INTO zendesk.ticket_comment VALUES (10, 102, 1, '2026-03-05 17:45', true, 'Corrected invoice attached.', false, '2026-03-05 18:05');
INSERT INTO backlog.sync_value_map VALUES ('zendesk', 'status', 'escalated', 'open'),
                                          ('zendesk', 'role', 'moderator', 'customer');
SELECT * FROM backlog.sync_zendesk();
SELECT ticket_id, at, kind, value FROM backlog.ticket_events WHERE ticket_id IN (102, 103, 106) ORDER BY ticket_id, at, kind;
SELECT id, status, first_response_at FROM backlog.tickets WHERE id IN (102, 106) ORDER BY id;
SELECT source_table, source_column, value, count, first_ticket FROM backlog.sync_unmapped ORDER BY 1, 2, 3;
-- and once more: nothing
SELECT * FROM backlog.sync_zendesk();

-- ---- the same data as Airbyte lands it (plural table names, author_id, created_at, via as
-- JSON, tags as a JSON array, _airbyte_extracted_at, no field history) ---------------------------
CREATE SCHEMA airbyte;
CREATE TABLE airbyte.tickets (id bigint, created_at timestamptz, updated_at timestamptz, subject text,
    status text, priority text, requester_id bigint, via jsonb, tags jsonb, _airbyte_extracted_at timestamptz);
CREATE TABLE airbyte.ticket_comments (id bigint, ticket_id bigint, author_id bigint, created_at timestamptz,
    public boolean, _airbyte_extracted_at timestamptz);
CREATE TABLE airbyte.users (id bigint, email text, role text, _airbyte_extracted_at timestamptz);
INSERT INTO airbyte.users VALUES (5, 'agent@corp.example', 'agent', now()), (6, 'me@cust.example', 'end-user', now());
INSERT INTO airbyte.tickets VALUES
    (201, '2026-03-02 09:00+00', '2026-03-02 09:00+00', 'Hello', 'new', 'normal', 6,
     '{"channel": "email", "source": {}}', '["a", "b"]', now());
INSERT INTO airbyte.ticket_comments VALUES (1, 201, 6, '2026-03-02 09:00+00', true, now()),
                                           (2, 201, 5, '2026-03-02 10:00+00', true, now());
-- 1 inserted, 1 event (the agent reply; the opening message is the ticket).
SELECT * FROM backlog.sync_zendesk('airbyte');
-- Status changes without field history: recorded at updated_at, the old status at created_at.
UPDATE airbyte.tickets SET status = 'solved', updated_at = '2026-03-02 11:00+00', _airbyte_extracted_at = now() + interval '1 second';
SELECT * FROM backlog.sync_zendesk('airbyte');
SELECT t.id, t.status, t.requester, t.channel, t.tags, t.solved_at, t.first_response_at FROM backlog.tickets t WHERE t.id = 201;
SELECT at, kind, value FROM backlog.ticket_events WHERE ticket_id = 201 ORDER BY at, kind;
SELECT source, source_table, stamp_column FROM backlog.sync_watermarks WHERE source <> 'zendesk' ORDER BY 2;

-- What a scheduled backlog.sync_all() reads: schema zendesk, and airbyte because it was synced
-- before (its watermarks); a schema never synced (zd_other) is not read, nor one that is gone.
CREATE SCHEMA zd_other;
INSERT INTO backlog.sync_watermarks VALUES ('zendesk:zd_gone', 'zd_gone.ticket', 'updated_at', now(), now());
SELECT backlog.sync_zendesk_schemas(), array(SELECT backlog.sync_sources()) AS sources;
SELECT source, tickets_inserted, events_added, error FROM backlog.sync_all();
DROP SCHEMA zd_other;

-- Leave the store empty for the other test files.
DELETE FROM backlog.tickets;
DELETE FROM backlog.calendars WHERE name LIKE 'zendesk:%';
DELETE FROM backlog.sync_value_map WHERE value IN ('escalated', 'moderator');
DELETE FROM backlog.sync_unmapped; DELETE FROM backlog.sync_pending; DELETE FROM backlog.sync_watermarks;
DROP SCHEMA zendesk, airbyte CASCADE;

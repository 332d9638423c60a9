-- sync_zendesk_errors: bad input to backlog.sync_zendesk is a clear error or a reported row,
-- never SQL injection, never a half-done sync.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

-- A schema that does not exist, NULL, and text that would be SQL if it were pasted: 3F000, and
-- the store is untouched.
SELECT regress.error($$SELECT backlog.sync_zendesk('nope')$$);
SELECT regress.sqlstate($$SELECT backlog.sync_zendesk(NULL)$$);
SELECT regress.error($$SELECT backlog.sync_zendesk('zendesk; DROP TABLE backlog.tickets; --')$$);
SELECT regress.sqlstate($$SELECT backlog.sync_zendesk('zendesk" CASCADE; --')$$);
SELECT to_regclass('backlog.tickets') IS NOT NULL AS store_still_there;

-- A schema whose name is hostile but real is read as a name: quoted, never pasted.
CREATE SCHEMA "zd""; DROP TABLE backlog.tickets; --";
CREATE TABLE "zd""; DROP TABLE backlog.tickets; --".ticket (id bigint, created_at timestamp, status text);
INSERT INTO "zd""; DROP TABLE backlog.tickets; --".ticket VALUES (7001, '2026-03-02 09:00', 'open');
SELECT tickets_inserted, events_added FROM backlog.sync_zendesk('zd"; DROP TABLE backlog.tickets; --');
SELECT id, status, created_at FROM backlog.tickets WHERE id = 7001;
SELECT source, source_table FROM backlog.sync_watermarks ORDER BY 1;   -- no stamp column: none

-- No ticket table: 42P01. A ticket table without status: 42703. created_at of a type that is
-- no time: 42804. Each changes nothing (checked below).
CREATE SCHEMA zd_empty;
SELECT regress.error($$SELECT backlog.sync_zendesk('zd_empty')$$);
CREATE SCHEMA zd_nostatus;
CREATE TABLE zd_nostatus.ticket (id bigint, created_at timestamp);
SELECT regress.error($$SELECT backlog.sync_zendesk('zd_nostatus')$$);
CREATE SCHEMA zd_badtype;
CREATE TABLE zd_badtype.ticket (id bigint, created_at point, status text);
INSERT INTO zd_badtype.ticket VALUES (7002, '(1,2)', 'open');
SELECT regress.error($$SELECT backlog.sync_zendesk('zd_badtype')$$);
-- history without its time column: 42703
CREATE SCHEMA zd_nohist;
CREATE TABLE zd_nohist.ticket (id bigint, created_at timestamp, status text);
CREATE TABLE zd_nohist.ticket_field_history (ticket_id bigint, field_name text, value text);
INSERT INTO zd_nohist.ticket VALUES (7003, '2026-03-02 09:00', 'open');
SELECT regress.error($$SELECT backlog.sync_zendesk('zd_nohist')$$);
SELECT count(*) AS tickets FROM backlog.tickets WHERE id IN (7002, 7003);

-- Values that do not fit are reported, never guessed: a created_at text that is no time, a
-- status nobody mapped, a ticket id that is no number in the history, a NULL priority (fine:
-- no priority), a schedule whose zone is unknown and one whose interval runs backwards.
CREATE SCHEMA zd_messy;
CREATE TABLE zd_messy.tickets (id text, created_at text, updated_at text, status text, priority text);
INSERT INTO zd_messy.tickets VALUES
    ('7010', '2026-03-02 09:00:00Z', '2026-03-02 09:00:00Z', 'open', NULL),
    ('7011', 'yesterday-ish', NULL, 'open', 'high'),
    ('7012', '2026-03-02 10:00:00+01', NULL, 'Waiting for Godot', 'low');
CREATE TABLE zd_messy.ticket_field_history (ticket_id text, field_name text, value text, updated text);
INSERT INTO zd_messy.ticket_field_history VALUES ('7010', 'status', 'open', '2026-03-02 09:00:00Z'),
                                                 ('x7010', 'status', 'solved', '2026-03-02 10:00:00Z');
CREATE TABLE zd_messy.schedules (id bigint, name text, time_zone text, intervals jsonb);
INSERT INTO zd_messy.schedules VALUES
    (1, 'a', 'Mars/Olympus_Mons', '[{"start_time": 1980, "end_time": 2460}]'),
    (2, 'b', 'Eastern Time (US & Canada)', '[{"start_time": 2460, "end_time": 1980}, {"start_time": 3420, "end_time": 3900}]'),
    (3, 'c', 'America/New_York; 24x7', '[]');            -- clause injection into the calendar text
-- 7010 loads; 7011 (created_at) and 7012 (status) wait; 7012's time is 09:00 UTC.
SELECT * FROM backlog.sync_zendesk('zd_messy');
SELECT id, status, priority, created_at FROM backlog.tickets WHERE id BETWEEN 7010 AND 7019 ORDER BY id;
SELECT source_table, source_column, value, count, first_ticket FROM backlog.sync_unmapped
 WHERE source = 'zendesk:zd_messy' ORDER BY 1, 2, 3;
-- schedule 2 keeps its good interval (Tue 09:00-17:00 New York); 1 and 3 are not calendars
SELECT name, calendar FROM backlog.calendars WHERE name LIKE 'zendesk:zd_messy:%' ORDER BY 1;
-- once the status is mapped, 7012 loads by itself on the next run (it was pending)
INSERT INTO backlog.sync_value_map VALUES ('zendesk', 'status', 'waiting for godot', 'pending');
SELECT tickets_inserted, pending_tickets FROM backlog.sync_zendesk('zd_messy');
SELECT id, status, created_at FROM backlog.tickets WHERE id = 7012;

-- A mapping must name a real status and a plain zone.
SELECT regress.error($$INSERT INTO backlog.sync_value_map VALUES ('zendesk', 'status', 'x', 'nope')$$);
SELECT regress.error($$INSERT INTO backlog.sync_value_map VALUES ('zendesk', 'zone', 'x', 'UTC; mon 09:00-10:00')$$);
SELECT regress.error($$INSERT INTO backlog.sync_value_map VALUES ('zendesk', 'zone', 'x', 'Mars/Olympus_Mons')$$);
SELECT regress.sqlstate($$INSERT INTO backlog.sync_value_map VALUES ('zendesk', 'priority', 'x', 'p1')$$);
SELECT regress.sqlstate($$INSERT INTO backlog.sync_value_map VALUES ('zendesk', 'role', 'x', 'robot')$$);
-- every seeded Rails zone is a zone the calendar type accepts (the seed trigger checked it too)
SELECT count(*) AS rails_zones, count(*) FILTER (WHERE (mapped || '; 24x7')::backlog.calendar IS NOT NULL) AS valid
  FROM backlog.sync_value_map WHERE kind = 'zone';

-- A failure part-way changes nothing: a trigger that refuses one event makes the whole sync
-- fail, and no ticket, event, watermark or report row of it stays.
CREATE SCHEMA zd_fail;
CREATE TABLE zd_fail.ticket (id bigint, created_at timestamp, status text, _fivetran_synced timestamp);
CREATE TABLE zd_fail.ticket_field_history (ticket_id bigint, field_name text, value text, updated timestamp, _fivetran_synced timestamp);
INSERT INTO zd_fail.ticket VALUES (7020, '2026-03-02 09:00', 'solved', '2026-03-02 12:00');
INSERT INTO zd_fail.ticket_field_history VALUES (7020, 'status', 'new', '2026-03-02 09:00', '2026-03-02 12:00'),
                                                (7020, 'status', 'solved', '2026-03-02 11:00', '2026-03-02 12:00');
CREATE FUNCTION regress.refuse_solved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.value = 'solved' THEN RAISE EXCEPTION 'refused'; END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER refuse_solved BEFORE INSERT ON backlog.ticket_events FOR EACH ROW EXECUTE FUNCTION regress.refuse_solved();
SELECT regress.error($$SELECT backlog.sync_zendesk('zd_fail')$$);
DROP TRIGGER refuse_solved ON backlog.ticket_events;
SELECT (SELECT count(*) FROM backlog.tickets WHERE id = 7020) AS tickets,
       (SELECT count(*) FROM backlog.sync_watermarks WHERE source = 'zendesk:zd_fail') AS watermarks;
-- and then it goes through, once
SELECT tickets_inserted, events_added FROM backlog.sync_zendesk('zd_fail');
SELECT tickets_inserted, events_added FROM backlog.sync_zendesk('zd_fail');
-- backlog.sync_reset forgets the watermarks; the next run reads all again and adds nothing.
SELECT backlog.sync_reset('zendesk:zd_fail');
SELECT tickets_inserted, tickets_updated, events_added FROM backlog.sync_zendesk('zd_fail');
-- the status trigger still records ordinary changes after a sync (the sync's setting was its own)
UPDATE backlog.tickets SET status = 'open', updated_at = '2026-03-03 09:00+00' WHERE id = 7020;
SELECT at, value FROM backlog.ticket_events WHERE ticket_id = 7020 ORDER BY at;
SELECT current_setting('backlog.record_status') AS record_status;

-- Leave the store empty for the other test files.
DELETE FROM backlog.tickets;
DELETE FROM backlog.calendars WHERE name LIKE 'zendesk:%';
DELETE FROM backlog.sync_value_map WHERE value = 'waiting for godot';
DELETE FROM backlog.sync_unmapped; DELETE FROM backlog.sync_pending; DELETE FROM backlog.sync_watermarks;
DROP FUNCTION regress.refuse_solved();
SET client_min_messages = warning;
DROP SCHEMA "zd""; DROP TABLE backlog.tickets; --", zd_empty, zd_nostatus, zd_badtype, zd_nohist, zd_messy, zd_fail CASCADE;

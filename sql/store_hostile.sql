-- store_hostile: one bad row never takes a view down for everyone. The three cases found on
-- 0.1, each refused where it is written (naming the row) or answered for.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

BEGIN;
-- Two open tickets with the same subject, one without a requester: their pair is no repeat
-- contact (the requester is unknown on one side), and the duplicate views answer.
INSERT INTO backlog.tickets (id, subject, priority, requester, created_at) VALUES
    (5001, 'Export to CSV fails with error 500', 'normal', 'ann@x.com', now() - interval '2 hours'),
    (5002, 'Export to CSV fails with error 500', 'normal', NULL, now() - interval '1 hour');
SELECT ticket_a, ticket_b, repeat_contact IS NOT TRUE AS not_a_repeat_contact FROM backlog.duplicate_pairs;
SELECT ticket_id, cluster_id, repeat_contact FROM backlog.duplicate_members ORDER BY ticket_id;
SELECT cluster_id, size, repeat_contacts, ticket_ids FROM backlog.duplicate_clusters;
SELECT backlog.merge_cluster(5001) AS merged;
-- expected: 1 (5002 into 5001)
SELECT id, status, merged_into FROM backlog.tickets ORDER BY id;
ROLLBACK;

BEGIN;
-- A ticket from 1926 (or an event stamped 4713 BC) is refused where it is written, naming the
-- row; the SLA view goes on answering for the others.
INSERT INTO backlog.tickets (id, subject, priority, created_at) VALUES
    (6001, 'Printer on fire', 'urgent', '2026-03-02 09:00+00');
\set VERBOSITY default
SAVEPOINT s;
INSERT INTO backlog.tickets (id, subject, priority, created_at) VALUES
    (6002, 'Very old ticket', 'urgent', '1926-05-01 00:00+00');
ROLLBACK TO s;
\set VERBOSITY terse
SELECT regress.error($$INSERT INTO backlog.ticket_events VALUES (6001, '4713-01-01 00:00+00 BC', 'agent_reply', NULL)$$);
SELECT regress.error($$UPDATE backlog.tickets SET status = 'open', updated_at = '1926-05-01 00:00+00' WHERE id = 6001$$);
SELECT ticket_id, metric, state FROM backlog.ticket_sla_at('2026-03-02 10:00+00') ORDER BY metric;
-- urgent, created Mon 09:00 on the default calendar (mon-fri 09:00-17:00): at 10:00 first
-- response (1 h) has run 1 h, not more than its target: running; resolution (8 h): running.
ROLLBACK;

BEGIN;
-- A calendar with no working time cannot serve a policy: refused, naming policy and calendar.
INSERT INTO backlog.calendars VALUES ('empty', '');
SELECT calendar::text AS empty_calendar FROM backlog.calendars WHERE name = 'empty';
\set VERBOSITY default
SAVEPOINT s;
UPDATE backlog.sla_policies SET calendar = 'empty' WHERE metric = 'resolution' AND priority = 'normal';
ROLLBACK TO s;
\set VERBOSITY terse
-- nor can a target that its calendar takes centuries to reach
INSERT INTO backlog.calendars VALUES ('minute', 'UTC; sun 23:59-24:00');
SELECT regress.error($$UPDATE backlog.sla_policies SET calendar = 'minute' WHERE metric = 'resolution' AND priority = 'normal'$$);
-- 72 h at 1 min a week: 4320 weeks, about 83 years
SELECT regress.error($$UPDATE backlog.sla_policies SET calendar = 'minute', target = '1 hour' WHERE metric = 'resolution' AND priority = 'normal'$$);
-- 1 h: 60 weeks, accepted; the calendar cannot now lose its working time
SELECT regress.error($$UPDATE backlog.calendars SET calendar = 'UTC; holidays 2026-12-25' WHERE name = 'minute'$$);
SELECT count(*) AS problems FROM backlog.check_integrity();
ROLLBACK;

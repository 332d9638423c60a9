-- bench_sync: backlog.sync_zendesk over a generated Zendesk schema as Fivetran lands it.
--
--   full sync of n tickets (see below) with ~5.5 history rows, ~2.5 comments and a
--   schedule per ticket, then the first SLA report (count of backlog.ticket_sla) and the first
--   health report (backlog.health, nothing derived stored yet), against a
--   hand-written one-shot load of the same rows into the store (INSERT ... SELECT with the
--   same joins; no value maps, no checks, no dedup, no watermarks; the store's own triggers and
--   constraints run in both);
--   incremental sync of 10,000 changed tickets (a status change, its history row and a reply
--   each), against the full sync.
-- Data is deterministic (setseed). Times are single runs (a sync cannot be repeated as is).
-- Size: BENCH_SYNC_TICKETS (default 200,000: on the shared 2-core development machine a
-- million tickets take about 27 minutes, far past the time make bench is allowed).
\getenv n BENCH_SYNC_TICKETS
\if :{?n}
\else
\set n 200000
\endif
SET client_min_messages = warning;
SET TimeZone = 'UTC';
SELECT setseed(0.15);

CREATE SCHEMA zendesk;
CREATE TABLE zendesk."user" (id bigint, name text, email text, role text, _fivetran_synced timestamp);
INSERT INTO zendesk."user"
SELECT i, 'user ' || i, 'u' || i || '@example.com',
       CASE WHEN i <= 180 THEN 'agent' WHEN i <= 200 THEN 'admin' ELSE 'end-user' END, '2026-01-01'
  FROM generate_series(1, 100200) i;
CREATE TABLE zendesk.organization (id bigint, name text, _fivetran_synced timestamp);
INSERT INTO zendesk.organization SELECT i, 'org ' || i, '2026-01-01' FROM generate_series(1, 5000) i;
CREATE TABLE zendesk."group" (id bigint, name text, _fivetran_synced timestamp);
INSERT INTO zendesk."group" SELECT i, 'group ' || i, '2026-01-01' FROM generate_series(1, 20) i;
CREATE TABLE zendesk.schedule (id bigint, name text, time_zone text, start_time bigint, end_time bigint,
                               _fivetran_deleted boolean, _fivetran_synced timestamp);
INSERT INTO zendesk.schedule
SELECT s, 'schedule ' || s, z, d * 1440 + 540, d * 1440 + 1020, false, '2026-01-01'
  FROM (VALUES (1, 'Pacific Time (US & Canada)'), (2, 'Eastern Time (US & Canada)'), (3, 'London')) v(s, z),
       generate_series(1, 5) d;
CREATE TABLE zendesk.schedule_holiday (id bigint, schedule_id bigint, name text, start_date date, end_date date,
                                       _fivetran_deleted boolean, _fivetran_synced timestamp);
INSERT INTO zendesk.schedule_holiday VALUES (1, 1, 'New year', '2026-01-01', '2026-01-01', false, '2026-01-01'),
                                            (2, 2, 'Presidents day', '2026-02-16', '2026-02-16', false, '2026-01-01');

-- tickets over 60 days; each one's life: open after 1 h, half of them pending at 3 h and open
-- again at 20 h, 70% solved at 30 h
CREATE TEMP TABLE life AS
SELECT i AS id, date_trunc('second', timestamp '2026-01-01' + random() * interval '60 days') AS created,
       random() AS r1, random() AS r2, random() AS r3, 1 + floor(random() * 100000)::bigint + 200 AS requester,
       1 + floor(random() * 200)::bigint AS agent
  FROM generate_series(1, :n) i;
CREATE TABLE zendesk.ticket (
    id bigint, created_at timestamp, updated_at timestamp, subject text, description text,
    status text, priority text, requester_id bigint, assignee_id bigint, organization_id bigint,
    group_id bigint, via_channel text, merged_ticket_ids text, _fivetran_deleted boolean, _fivetran_synced timestamp);
INSERT INTO zendesk.ticket
SELECT id, created,
       created + CASE WHEN r2 < 0.7 THEN interval '30 hours' WHEN r1 < 0.5 THEN interval '20 hours' ELSE interval '1 hour' END,
       'ticket ' || id, 'body of ticket ' || id,
       CASE WHEN r2 < 0.7 THEN 'solved' ELSE 'open' END,
       (ARRAY['urgent', 'high', 'normal', 'normal', 'low', NULL])[1 + floor(r3 * 6)::int],
       requester, CASE WHEN r3 < 0.8 THEN agent END, 1 + id % 5000, 1 + id % 20,
       (ARRAY['email', 'web', 'chat', 'api'])[1 + id % 4], NULL, false,
       created + interval '31 hours'
  FROM life;
CREATE TABLE zendesk.ticket_field_history (field_name text, ticket_id bigint, updated timestamp, value text,
                                           user_id bigint, _fivetran_synced timestamp);
INSERT INTO zendesk.ticket_field_history
SELECT f, id, at, v, agent, created + interval '31 hours' FROM life, LATERAL (VALUES
    ('status', created, 'new', true),
    ('priority', created, (ARRAY['urgent', 'high', 'normal', 'normal', 'low', NULL])[1 + floor(r3 * 6)::int], true),
    ('assignee_id', created + interval '1 hour', agent::text, r3 < 0.8),
    ('status', created + interval '1 hour', 'open', true),
    ('status', created + interval '3 hours', 'pending', r1 < 0.5),
    ('status', created + interval '20 hours', 'open', r1 < 0.5),
    ('status', created + interval '30 hours', 'solved', r2 < 0.7)) h(f, at, v, keep)
 WHERE keep;
CREATE TABLE zendesk.ticket_comment (id bigint, ticket_id bigint, user_id bigint, created timestamp, public boolean,
                                     body text, _fivetran_deleted boolean, _fivetran_synced timestamp);
INSERT INTO zendesk.ticket_comment
SELECT row_number() OVER (), id, u, at, true, 'comment', false, created + interval '31 hours' FROM life, LATERAL (VALUES
    (requester, created, true),
    (agent, created + interval '1 hour', true),
    (requester, created + interval '19 hours', r1 < 0.5)) c(u, at, keep)
 WHERE keep;
CREATE TABLE zendesk.ticket_schedule (ticket_id bigint, schedule_id bigint, created_at timestamp, _fivetran_synced timestamp);
INSERT INTO zendesk.ticket_schedule SELECT id, 1 + id % 3, created, created + interval '31 hours' FROM life;
VACUUM ANALYZE zendesk.ticket, zendesk.ticket_field_history, zendesk.ticket_comment, zendesk.ticket_schedule;

SELECT format('%s tickets, %s history rows, %s comments', (SELECT count(*) FROM zendesk.ticket),
              (SELECT count(*) FROM zendesk.ticket_field_history), (SELECT count(*) FROM zendesk.ticket_comment));

-- the baseline: the same rows loaded into the store by hand (INSERT ... SELECT with the same
-- joins; no value maps, no checks, no dedup, no watermarks), then emptied again
SELECT bench.time($$
    INSERT INTO backlog.calendars
    SELECT 'zendesk:' || s.id, backlog.zendesk_calendar(m.mapped, range_agg(int4range(s.start_time::int, s.end_time::int)), NULL)
      FROM zendesk.schedule s JOIN backlog.sync_value_map m ON m.kind = 'zone' AND m.value = s.time_zone GROUP BY s.id, m.mapped;
    INSERT INTO backlog.tickets (id, subject, body, requester, account, channel, priority, status, assignee, team,
                                 created_at, updated_at, calendar)
    SELECT t.id, t.subject, t.description, ru.email, o.name, t.via_channel, t.priority,
           CASE t.status WHEN 'hold' THEN 'on_hold' ELSE t.status END, au.email, g.name,
           t.created_at AT TIME ZONE 'UTC', t.updated_at AT TIME ZONE 'UTC', 'zendesk:' || s.schedule_id
      FROM zendesk.ticket t
      LEFT JOIN zendesk."user" ru ON ru.id = t.requester_id LEFT JOIN zendesk."user" au ON au.id = t.assignee_id
      LEFT JOIN zendesk.organization o ON o.id = t.organization_id LEFT JOIN zendesk."group" g ON g.id = t.group_id
      LEFT JOIN zendesk.ticket_schedule s ON s.ticket_id = t.id;
    INSERT INTO backlog.ticket_events
    SELECT h.ticket_id, greatest(h.updated, t.created_at) AT TIME ZONE 'UTC',
           CASE h.field_name WHEN 'assignee_id' THEN 'assign' ELSE h.field_name END,
           CASE h.field_name WHEN 'assignee_id' THEN u.email ELSE h.value END
      FROM zendesk.ticket_field_history h JOIN zendesk.ticket t ON t.id = h.ticket_id
      LEFT JOIN zendesk."user" u ON h.field_name = 'assignee_id' AND u.id::text = h.value
     WHERE h.value IS NOT NULL
    UNION ALL
    SELECT c.ticket_id, c.created AT TIME ZONE 'UTC',
           CASE WHEN u.role = 'end-user' THEN 'customer_reply' ELSE 'agent_reply' END, NULL
      FROM zendesk.ticket_comment c JOIN zendesk.ticket t ON t.id = c.ticket_id JOIN zendesk."user" u ON u.id = c.user_id
     WHERE c.public AND c.created > t.created_at;
    $$, 1) AS copy_ms \gset
SELECT format('hand-written load: %s tickets, %s events', (SELECT count(*) FROM backlog.tickets),
              (SELECT count(*) FROM backlog.ticket_events));
TRUNCATE backlog.tickets CASCADE;
DELETE FROM backlog.calendars WHERE name LIKE 'zendesk:%';
VACUUM ANALYZE backlog.tickets, backlog.ticket_events;

SELECT bench.time($$SELECT * FROM backlog.sync_zendesk()$$, 1) AS sync_ms \gset
ANALYZE backlog.tickets, backlog.ticket_events;
SELECT bench.time($$SELECT count(*) FROM backlog.ticket_sla$$, 1) AS report_ms \gset
-- the first health report after the sync, as a lead meets it: nothing derived is stored yet
-- (no job has run), so health replays the moved tickets' histories and measures every clock
SELECT bench.time($$SELECT row(h.*)::text FROM backlog.health h$$, 1) AS health_ms \gset
SELECT format('synced: %s tickets, %s events; pending %s, unmapped rows %s',
              (SELECT count(*) FROM backlog.tickets), (SELECT count(*) FROM backlog.ticket_events),
              (SELECT count(*) FROM backlog.sync_pending), (SELECT count(*) FROM backlog.sync_unmapped));
SELECT bench.report(format('sync_zendesk, %s tickets (full)', :n), :sync_ms, :copy_ms, 'hand-written load into the store');
SELECT bench.report('  + first SLA report (count of ticket_sla)', :sync_ms + :report_ms, :copy_ms, 'hand-written load into the store');
SELECT bench.report('  + first health report (backlog.health)', :sync_ms + :health_ms, :copy_ms, 'hand-written load into the store');

-- 10,000 changes: a reopen or a solve, its history row and a reply each
CREATE TEMP TABLE changed AS
SELECT id, status FROM zendesk.ticket ORDER BY id % 97, id LIMIT 10000;
UPDATE zendesk.ticket t SET status = CASE c.status WHEN 'solved' THEN 'open' ELSE 'solved' END,
       updated_at = '2026-03-10 12:00', _fivetran_synced = '2026-03-10 12:05'
  FROM changed c WHERE c.id = t.id;
INSERT INTO zendesk.ticket_field_history
SELECT 'status', id, '2026-03-10 12:00', CASE status WHEN 'solved' THEN 'open' ELSE 'solved' END, 1, '2026-03-10 12:05' FROM changed;
INSERT INTO zendesk.ticket_comment
SELECT 100000000 + id, id, 1, '2026-03-10 11:59', true, 'update', false, '2026-03-10 12:05' FROM changed;
SELECT bench.time($$SELECT * FROM backlog.sync_zendesk()$$, 1) AS inc_ms \gset
SELECT format('incremental: %s events added in all (expected 20,000 more)', (SELECT count(*) FROM backlog.ticket_events));
SELECT bench.report('sync_zendesk, 10,000 changed tickets', :inc_ms, :sync_ms, 'the full sync');
SELECT bench.time($$SELECT * FROM backlog.sync_zendesk()$$, 1) AS none_ms \gset
SELECT bench.report('sync_zendesk, nothing changed', :none_ms, :sync_ms, 'the full sync');

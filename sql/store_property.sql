-- store_property: hostile rows never take a view down. A populated store gets random hostile
-- rows (seeded): NULL in every nullable column, the earliest and latest times the store accepts,
-- empty and very long texts, events before creation and at one instant, odd but valid calendars
-- with policies on them. What the store refuses is refused where it is written (counted below);
-- what it accepts, every view of the extension answers for.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
SELECT setseed(0.4242);

BEGIN;
-- A populated store: 100 ordinary tickets with history.
INSERT INTO backlog.tickets (id, subject, body, requester, account, account_tier, channel, priority,
                             created_at, first_response_at)
SELECT g, (ARRAY['Export to CSV fails with error 500', 'Cannot log in after password reset',
                 'Invoice shows the wrong VAT', 'Slack integration stopped posting',
                 'How do I add a user to my team', 'Dark mode request for the mobile app',
                 'Webhook retries flood our endpoint', 'Report totals differ from the dashboard',
                 'Calendar sync duplicates every meeting', 'SSO login loops back to the start'])[1 + g % 10],
       'Hello, ' || repeat('it does not work. ', 1 + g % 5), 'user' || (g % 40) || '@example.com',
       'acct' || (g % 17), (ARRAY['enterprise', 'business', 'free'])[1 + g % 3], 'email',
       (ARRAY['urgent', 'high', 'normal', 'low'])[1 + g % 4],
       now() - (g * interval '37 minutes') - interval '1 day',
       CASE WHEN g % 3 = 0 THEN now() - (g * interval '37 minutes') END
  FROM generate_series(1, 100) g;
UPDATE backlog.tickets SET status = (ARRAY['open', 'pending', 'solved', 'on_hold'])[1 + id % 4],
       solved_at = CASE WHEN id % 4 = 2 THEN now() - interval '1 hour' END
 WHERE id % 2 = 0;
INSERT INTO backlog.ticket_events
SELECT id, created_at + interval '20 minutes', (ARRAY['agent_reply', 'customer_reply'])[1 + id % 2], NULL
  FROM backlog.tickets WHERE id % 5 <> 0;

-- Odd but valid calendars: a minute a week, a half-hour zone, a date-line zone, DST, holidays.
INSERT INTO backlog.calendars VALUES
    ('minute', 'UTC; sun 23:59-24:00'),
    ('kathmandu', 'Asia/Kathmandu; 24x7'),
    ('kiritimati', 'Pacific/Kiritimati; mon-fri 09:00-17:00; holidays 2026-12-25,2027-01-01'),
    ('st_johns', 'America/St_Johns; mon-sat 00:30-23:30'),
    ('no_work', 'UTC; holidays 2026-12-25');
CREATE TEMP TABLE attempts (what text, outcome text);
-- Policies with random targets and warnings on random calendars, for random tiers: each is
-- either accepted or refused with a clear SQLSTATE.
INSERT INTO attempts
SELECT 'policy', regress.sqlstate(format(
         'INSERT INTO backlog.sla_policies (metric, priority, account_tier, target, calendar, warn_before) VALUES (%L, %L, %L, %L, %L, %L)',
         (ARRAY['first_response', 'next_reply', 'resolution'])[1 + floor(random() * 3)::int],
         (ARRAY['urgent', 'high', 'normal', 'low', NULL])[1 + floor(random() * 5)::int],
         (ARRAY['enterprise', 'business', 'free', 'nobody', NULL])[1 + floor(random() * 5)::int],
         (ARRAY['0', '1 second', '1 hour', '3 days', '30 days', '2 years', '200 years'])[1 + floor(random() * 7)::int],
         (ARRAY['minute', 'kathmandu', 'kiritimati', 'st_johns', 'no_work', 'default', 'nowhere'])[1 + floor(random() * 7)::int],
         (ARRAY['0', '1 minute', '100 years'])[1 + floor(random() * 3)::int]))
  FROM generate_series(1, 60);

-- Hostile tickets: every nullable column NULL or empty at random, the time bounds, long texts.
INSERT INTO attempts
SELECT 'ticket', regress.sqlstate(format(
         'INSERT INTO backlog.tickets (id, subject, body, requester, account, account_tier, channel, category, priority, status, assignee, team, created_at, first_response_at, solved_at, updated_at, tags, merged_into) VALUES (%s, %L, %L, %L, %L, %L, %L, %L, %L, %L, %L, %L, %L, %L, %L, %L, %L, %L)',
         1000 + g,
         (ARRAY[NULL, '', 'Export to CSV fails with error 50' || g % 10, repeat(md5(g::text), 600)])[1 + floor(random() * 4)::int],
         (ARRAY[NULL, '', 'it fails since ' || g, repeat(md5(g::text) || ' word ', 800)])[1 + floor(random() * 4)::int],
         (ARRAY[NULL, '', 'user1@example.com'])[1 + floor(random() * 3)::int],
         (ARRAY[NULL, '', 'acct1'])[1 + floor(random() * 3)::int],
         (ARRAY[NULL, '', 'enterprise', 'nobody'])[1 + floor(random() * 4)::int],
         (ARRAY[NULL, ''])[1 + floor(random() * 2)::int],
         (ARRAY[NULL, ''])[1 + floor(random() * 2)::int],
         (ARRAY[NULL, 'urgent', 'low', 'p1'])[1 + floor(random() * 4)::int],
         (ARRAY['new', 'open', 'pending', 'solved', 'closed', 'nonesuch'])[1 + floor(random() * 6)::int],
         (ARRAY[NULL, ''])[1 + floor(random() * 2)::int],
         (ARRAY[NULL, ''])[1 + floor(random() * 2)::int],
         (ARRAY['1970-01-01 00:00+00', '2099-12-31 23:59:59+00', '1926-05-01 00:00+00', 'infinity',
                (now() - interval '3 hours')::text])[1 + floor(random() * 5)::int],
         (ARRAY[NULL, '1970-01-01 00:00+00', '2099-12-31 23:59:59+00', '4713-01-01 00:00+00 BC'])[1 + floor(random() * 4)::int],
         (ARRAY[NULL, '1970-01-01 00:00+00', (now() - interval '1 hour')::text])[1 + floor(random() * 3)::int],
         (ARRAY[NULL, '1970-01-01 00:00+00', '2099-12-31 23:59:59+00'])[1 + floor(random() * 3)::int],
         (ARRAY[NULL, '{}', '{NULL}', '{""}'])[1 + floor(random() * 4)::int],
         (ARRAY[NULL, NULL, NULL, '1', '999999'])[1 + floor(random() * 5)::int]))
  FROM generate_series(1, 120) g;

-- Hostile events on random tickets: NULL values, the time bounds, before creation, one instant.
INSERT INTO attempts
SELECT 'event', regress.sqlstate(format(
         'INSERT INTO backlog.ticket_events VALUES (%s, %L, %L, %L)',
         (ARRAY[1, 2, 3, 4, 1000 + floor(random() * 120)::int, 999999])[1 + floor(random() * 6)::int],
         (ARRAY['1970-01-01 00:00+00', '2099-12-31 23:59:59+00', '4713-01-01 00:00+00 BC',
                (now() - interval '2 hours')::text, (now() - interval '2 hours')::text])[1 + floor(random() * 5)::int],
         (ARRAY['status', 'agent_reply', 'customer_reply', 'assign', 'priority', 'merge', 'note'])[1 + floor(random() * 7)::int],
         (ARRAY[NULL, '', 'open', 'solved', 'low', 'nonesuch'])[1 + floor(random() * 6)::int]))
  FROM generate_series(1, 200) g;

-- Status changes and merges through the triggers, stamped at random given times.
INSERT INTO attempts
SELECT 'change', regress.sqlstate(format(
         'UPDATE backlog.tickets SET status = %L, updated_at = %L, merged_into = %s WHERE id = %s',
         (ARRAY['open', 'pending', 'solved', 'new'])[1 + floor(random() * 4)::int],
         (ARRAY['1970-01-01 00:00+00', '2099-12-31 23:59:59+00', (now() - interval '30 minutes')::text])[1 + floor(random() * 3)::int],
         (ARRAY['NULL', 'merged_into', '1', '1000'])[1 + floor(random() * 4)::int],
         (ARRAY[2, 3, 4, 5, 6, 1000 + floor(random() * 120)::int])[1 + floor(random() * 6)::int]))
  FROM generate_series(1, 80) g;

-- Every attempt either went in or was refused with a constraint, reference or value SQLSTATE
-- (23xxx integrity, 22xxx data); never anything else (no internal error, no crash).
SELECT what, count(*) FILTER (WHERE outcome = 'ok') > 0 AS some_accepted,
       count(*) FILTER (WHERE outcome <> 'ok') > 0 AS some_refused,
       count(*) FILTER (WHERE outcome <> 'ok' AND outcome !~ '^2[23]') AS other_errors
  FROM attempts GROUP BY what ORDER BY what;
SELECT (SELECT count(*) FROM backlog.tickets WHERE id > 1000) > 10 AS hostile_tickets_stored,
       (SELECT count(*) FROM backlog.tickets WHERE id > 1000 AND subject IS NULL) > 0 AS with_null_subject,
       (SELECT count(*) FROM backlog.tickets WHERE created_at = '1970-01-01 00:00+00') > 0 AS from_1970,
       (SELECT count(*) FROM backlog.tickets WHERE created_at = '2099-12-31 23:59:59+00') > 0 AS from_2099;

-- Every view of the extension answers (a failure would print its name and error). Read as
-- users meet them: after ANALYZE.
ANALYZE backlog.tickets, backlog.ticket_events, backlog.ticket_fingerprints, backlog.sla_policies, backlog.calendars;
SELECT v.view_that_fails, v.error
  FROM (SELECT c.relname AS view_that_fails, regress.error('SELECT count(*) FROM backlog.' || quote_ident(c.relname)) AS error
          FROM pg_class c
         WHERE c.relnamespace = 'backlog'::regnamespace AND c.relkind IN ('v', 'm')) v
 WHERE v.error <> 'ok'
 ORDER BY 1;
SELECT count(*) >= 5 AS views_read FROM pg_class WHERE relnamespace = 'backlog'::regnamespace AND relkind IN ('v', 'm');
-- and so do the SLA clocks as of other instants (up to 2070: business time spans at most 100
-- years, and the store accepts tickets from 1970 on), the merge of a cluster and the integrity check
SELECT regress.error('SELECT count(*) FROM backlog.ticket_sla_at(now() - interval ''1 day'')') AS sla_yesterday,
       regress.error('SELECT count(*) FROM backlog.ticket_sla_at(''2060-01-01 00:00+00'', interval ''10 years'')') AS sla_2060,
       regress.error('SELECT backlog.merge_cluster((SELECT min(cluster_id) FROM backlog.duplicate_clusters))') AS merge_cluster,
       regress.error('SELECT count(*) FROM backlog.check_integrity()') AS check_integrity;
ROLLBACK;

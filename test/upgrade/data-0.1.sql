-- Data a 0.1 user may have, loaded by the 0.1 library before the upgrade (test/t/upgrade.sh).
-- Uses only what 0.1 has. Covers every stored type (calendar, sketch, fingerprint, sla_result)
-- in user tables, and every user-editable table of 0.1 with edited, added and deleted seed rows.
SET TimeZone = 'UTC';

-- configuration: an edited seed, an added row and a deleted seed in each seeded table
UPDATE backlog.calendars SET calendar = 'Europe/Berlin; mon-fri 08:00-16:00; holidays 2026-10-03'
 WHERE name = 'default';
INSERT INTO backlog.calendars VALUES
    ('support-us', 'America/New_York; mon-fri 09:00-12:00,13:00-17:00; sat 10:00-14:00; holidays 2026-11-26'),
    ('nights', 'UTC; mon-fri 22:00-06:00');
INSERT INTO backlog.statuses VALUES ('waiting_vendor', true, 'paused', 'vendor');
UPDATE backlog.statuses SET waiting_on = 'internal' WHERE status = 'new';
UPDATE backlog.sla_policies SET target = '2 hours' WHERE metric = 'first_response' AND priority = 'urgent';
DELETE FROM backlog.sla_policies WHERE metric = 'next_reply' AND priority = 'low';
INSERT INTO backlog.sla_policies (metric, priority, account_tier, target, calendar, warn_before)
VALUES ('first_response', 'high', 'enterprise', '1 hour', 'support-us', '10 minutes');
INSERT INTO backlog.duplicate_terms (kind, name, phrase) VALUES ('module', 'Payroll', 'payroll module');
INSERT INTO backlog.duplicate_intents (intent, phrase) VALUES ('refund', 'chargeback');

-- tickets and history
INSERT INTO backlog.tickets (id, subject, body, requester, account, account_tier, channel, category,
                             priority, created_at, tags)
SELECT g,
       (ARRAY['Export to CSV fails with error 500', 'Cannot log in after password reset',
              'Invoice shows the wrong VAT rate', 'Webhook to Slack stopped firing',
              'How do I add a second admin?'])[1 + g % 5] || CASE WHEN g % 7 = 0 THEN ' (again)' ELSE '' END,
       'Hello, ' || repeat('it still does not work for us. ', 1 + g % 3) || 'Thanks, user ' || g,
       'user' || (g % 40) || '@example.com', 'acct' || (g % 13),
       (ARRAY['enterprise', 'business', 'starter', NULL])[1 + g % 4], 'email',
       (ARRAY['bug', 'login', 'billing', 'integrations', 'how-to'])[1 + g % 5],
       (ARRAY['urgent', 'high', 'normal', 'low', NULL])[1 + g % 5],
       timestamptz '2026-09-01 08:00+00' + g * interval '97 minutes', ARRAY['t' || (g % 3)]
  FROM generate_series(1, 300) g;
UPDATE backlog.tickets SET status = 'open', updated_at = created_at + interval '20 min' WHERE id % 2 = 0;
UPDATE backlog.tickets SET status = 'pending', updated_at = created_at + interval '3 hours' WHERE id % 6 = 0;
UPDATE backlog.tickets SET status = 'waiting_vendor', updated_at = created_at + interval '5 hours' WHERE id % 10 = 0;
UPDATE backlog.tickets SET status = 'solved', updated_at = created_at + interval '2 days',
       solved_at = created_at + interval '2 days' WHERE id % 3 = 0;
INSERT INTO backlog.ticket_events
SELECT id, created_at + interval '90 min', 'agent_reply', NULL FROM backlog.tickets WHERE id % 4 <> 1;
INSERT INTO backlog.ticket_events
SELECT id, created_at + interval '26 hours', 'customer_reply', NULL FROM backlog.tickets WHERE id % 5 = 2;
UPDATE backlog.tickets SET first_response_at = created_at + interval '90 min' WHERE id % 4 <> 1;
SELECT backlog.merge_tickets(7, ARRAY[2]::bigint[]);

-- stored values of every type
CREATE TABLE public.stored_calendars AS
SELECT name, calendar FROM backlog.calendars;
INSERT INTO public.stored_calendars VALUES ('literal', 'Asia/Tokyo; mon,wed,fri 10:00-18:30; sun 22:00-24:00');
CREATE TABLE public.stored_sketches AS
SELECT category, backlog.age_sketch(timestamptz '2026-12-01' - created_at) AS sketch,
       backlog.age_histogram(timestamptz '2026-12-01' - created_at) AS histogram
  FROM backlog.tickets GROUP BY category;
CREATE TABLE public.stored_fingerprints AS
SELECT id, backlog.fingerprint(subject || ' ' || body) AS fp FROM backlog.tickets WHERE id <= 60;
CREATE TABLE public.stored_sla AS
SELECT ticket_id, metric, state, elapsed, remaining, due_at, breached_at
  FROM backlog.ticket_sla_at('2026-10-15 12:00+00');
CREATE TABLE public.stored_clock AS
SELECT e.ticket_id,
       backlog.sla_clock(backlog.named_calendar('default'), interval '72 hours', e.at, s.clock,
                         timestamptz '2026-10-15 12:00+00' ORDER BY e.at) AS result
  FROM backlog.ticket_events e JOIN backlog.statuses s ON s.status = e.value
 WHERE e.kind = 'status' GROUP BY e.ticket_id;

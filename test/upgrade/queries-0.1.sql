-- Queries over the data of data-0.1.sql whose answers must not change across the upgrade: run
-- before (0.1 library) and after ALTER EXTENSION backlog UPDATE (new library), outputs diffed.
-- Only the API of 0.1, with fixed instants (no now()).
\pset footer off
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
SET search_path = public;

-- every table's contents
SELECT 'calendars', md5(string_agg(c::text, '|' ORDER BY c.name)), count(*) FROM backlog.calendars c;
SELECT 'statuses', string_agg(s::text, '|' ORDER BY s.status) FROM backlog.statuses s;
SELECT 'sla_policies', md5(string_agg(p::text, '|' ORDER BY p::text)), count(*) FROM backlog.sla_policies p;
-- (tickets: the columns of 0.1; 0.2 adds tickets.calendar)
SELECT 'tickets', md5(string_agg((t.id, t.subject, t.body, t.requester, t.account, t.account_tier, t.channel,
                                  t.category, t.priority, t.status, t.assignee, t.team, t.created_at,
                                  t.first_response_at, t.solved_at, t.updated_at, t.tags, t.merged_into)::text,
                                 '|' ORDER BY t.id)), count(*) FROM backlog.tickets t;
SELECT 'events', md5(string_agg(e::text, '|' ORDER BY e::text)), count(*) FROM backlog.ticket_events e;
SELECT 'fingerprints', md5(string_agg((f.ticket_id, f.fp, f.open)::text, '|' ORDER BY f.ticket_id)), count(*) FROM backlog.ticket_fingerprints f;
-- (0.2 adds the seeds of the kind mode: step 5 checks them against a fresh install)
SELECT 'terms', md5(string_agg(d::text, '|' ORDER BY d::text)), count(*) FROM backlog.duplicate_terms d WHERE d.kind <> 'mode';
SELECT 'intents', md5(string_agg(d::text, '|' ORDER BY d::text)), count(*) FROM backlog.duplicate_intents d;

-- stored values read back, and used
SELECT name, calendar::text FROM stored_calendars ORDER BY name;
SELECT name, backlog.business_seconds(calendar, '2026-10-01 00:00+00', '2026-10-20 00:00+00'),
       backlog.business_add(calendar, '2026-10-02 15:00+00', interval '5 hours'),
       backlog.next_business_time(calendar, '2026-10-03 12:00+00')
  FROM stored_calendars ORDER BY name;
SELECT category, sketch::text, histogram,
       backlog.quantile(sketch, 0.5), backlog.quantile(sketch, 0.9)
  FROM stored_sketches ORDER BY category;
SELECT backlog.quantile(backlog.merge(sketch), 0.5) FROM stored_sketches;
SELECT a.id, b.id, backlog.similarity(a.fp, b.fp)
  FROM stored_fingerprints a JOIN stored_fingerprints b ON a.id < b.id AND b.id <= a.id + 5
 ORDER BY 1, 2;
SELECT md5(string_agg(fp::text, '|' ORDER BY id)) FROM stored_fingerprints;
SELECT md5(string_agg(s::text, '|' ORDER BY ticket_id, metric)), count(*) FROM stored_sla s;
SELECT ticket_id, (result).* FROM stored_clock ORDER BY ticket_id LIMIT 40;

-- the API over the data, at fixed instants
SELECT md5(string_agg(s::text, '|' ORDER BY ticket_id, metric)), count(*)
  FROM backlog.ticket_sla_at('2026-10-15 12:00+00') s;
SELECT state, metric, count(*) FROM backlog.ticket_sla_at('2026-10-20 00:00+00') GROUP BY 1, 2 ORDER BY 1, 2;
SELECT backlog.age_bucket(timestamptz '2026-10-01' - created_at), count(*)
  FROM backlog.tickets GROUP BY 1 ORDER BY 1;
SELECT backlog.age_histogram(timestamptz '2026-10-01' - created_at) FROM backlog.tickets WHERE created_at < '2026-10-01';
-- 0.1's columns by name: 0.2 adds target_hours and warn_before_hours after them
SELECT metric, priority, account_tier, target, calendar, warn_before FROM backlog.sla_policy_matrix ORDER BY 1, 2, 3;

-- score_property: backlog.score and backlog.queue on random input against a slow plain-SQL
-- reference of the same formula, and the properties the queue promises: more age, SLA
-- consumption, repeat contacts, account value, cluster size or reopens never lowers a score; a
-- breached ticket never scores below the same ticket unbreached; the order is total and stable.
-- Each check prints a count of offenders (0) or a boolean. Seeded; rolled back at the end.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, MDY';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
BEGIN;
SELECT setseed(0.1313);

-- The reference: the formula of README "Tier scoring", written out in SQL over the
-- configuration tables (not over backlog.score_config()).
CREATE FUNCTION pg_temp.pts(factor text, scaled float8) RETURNS numeric LANGUAGE sql STABLE AS $$
    SELECT (floor(least(f.weight * scaled, coalesce(f.cap, 'Infinity')) * 100 + 0.5) / 100)::numeric
      FROM backlog.score_factors f WHERE f.factor = pts.factor
$$;
CREATE FUNCTION pg_temp.tier_of(score numeric) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT t.tier FROM backlog.score_tiers t WHERE score >= t.min_score ORDER BY t.min_score DESC LIMIT 1
$$;
CREATE FUNCTION pg_temp.ref(matrix float8, account_tier float8, contract_value float8, sla_consumed float8,
                            sla_breached boolean, age_hours float8, repeat_contacts int, reopens int,
                            blocked_hours float8, duplicate_accounts int)
RETURNS TABLE (score numeric, tier text, reasons jsonb) LANGUAGE sql STABLE AS $$
    WITH p AS (
        SELECT pg_temp.pts('matrix', matrix) AS matrix,
               pg_temp.pts('account_tier', account_tier) AS account_tier,
               pg_temp.pts('contract_value', log(1 + contract_value / 1000)) AS contract_value,
               pg_temp.pts('sla_risk', sla_consumed) AS sla_risk,
               pg_temp.pts('sla_breached', CASE WHEN sla_breached THEN 1 ELSE 0 END) AS sla_breached,
               pg_temp.pts('repeat_contacts', repeat_contacts) AS repeat_contacts,
               pg_temp.pts('reopens', reopens) AS reopens,
               pg_temp.pts('blocked', blocked_hours / 24) AS blocked,
               pg_temp.pts('duplicates', CASE WHEN duplicate_accounts > 1 THEN ln(duplicate_accounts) / ln(2) ELSE 0 END) AS duplicates
    ), a AS (
        SELECT p.*,
               pg_temp.pts('age', age_hours / (SELECT extract(epoch FROM t.age_target) / 3600 FROM backlog.score_tiers t
                                                WHERE t.tier = pg_temp.tier_of(p.matrix + p.account_tier + p.contract_value))) AS age
          FROM p
    )
    SELECT x.s, pg_temp.tier_of(x.s), to_jsonb(a)
      FROM a, LATERAL (SELECT a.matrix + a.account_tier + a.contract_value + a.sla_risk + a.sla_breached + a.age
                              + a.repeat_contacts + a.reopens + a.blocked + a.duplicates AS s) x
$$;

-- ---- random inputs: backlog.score against the reference ----------------------------------------
CREATE TEMP TABLE inp AS
SELECT i,
       floor(random() * 80)::float8 AS matrix, floor(random() * 20)::float8 AS account_tier,
       CASE WHEN random() < 0.3 THEN 0 ELSE round((random() ^ 2 * 5e6)::numeric, 2)::float8 END AS contract_value,
       CASE WHEN random() < 0.2 THEN 0 ELSE random() * 2.5 END AS sla_consumed,
       random() < 0.3 AS sla_breached,
       random() ^ 2 * 1000 AS age_hours,
       floor(random() * 8)::int AS repeat_contacts, floor(random() * 5)::int AS reopens,
       CASE WHEN random() < 0.5 THEN 0 ELSE random() * 200 END AS blocked_hours,
       1 + floor(random() ^ 3 * 60)::int AS duplicate_accounts
  FROM generate_series(1, 3000) i;
CREATE TEMP TABLE got AS
SELECT n.i, (backlog.score(backlog.score_config(), n.matrix, n.account_tier, n.contract_value, n.sla_consumed,
                           n.sla_breached, n.age_hours, n.repeat_contacts, n.reopens, n.blocked_hours,
                           n.duplicate_accounts)).*,
       backlog.score_points(backlog.score_config(), n.matrix, n.account_tier, n.contract_value, n.sla_consumed,
                            n.sla_breached, n.age_hours, n.repeat_contacts, n.reopens, n.blocked_hours,
                            n.duplicate_accounts) AS points
  FROM inp n;
SELECT count(*) AS rows,
       count(*) FILTER (WHERE g.score::numeric <> r.score) AS score_differs,
       count(*) FILTER (WHERE g.tier <> r.tier) AS tier_differs,
       count(*) FILTER (WHERE g.reasons <> r.reasons) AS reasons_differ,
       count(*) FILTER (WHERE (SELECT sum(v::numeric) FROM jsonb_each_text(g.reasons) x(k, v)) <> g.score::numeric) AS not_adding_up,
       count(DISTINCT g.tier) AS tiers_seen,
       -- score_points and score_tier (what the queue sorts by) agree with score
       count(*) FILTER (WHERE g.points IS DISTINCT FROM g.score) AS points_differ,
       count(*) FILTER (WHERE backlog.score_tier(backlog.score_config(), g.points) IS DISTINCT FROM g.tier) AS score_tier_differs,
       backlog.score_tier(backlog.score_config(), NULL) IS NULL AS null_score_null_tier
  FROM inp n JOIN got g USING (i),
       LATERAL pg_temp.ref(n.matrix, n.account_tier, n.contract_value, n.sla_consumed, n.sla_breached,
                           n.age_hours, n.repeat_contacts, n.reopens, n.blocked_hours, n.duplicate_accounts) r;

-- ---- monotonic in each input: more never lowers the score ---------------------------------------
-- each row once with one input raised by a random amount (account value: tier points and
-- contract value; breached: false -> true)
WITH f(factor) AS (VALUES ('age'), ('sla'), ('repeat'), ('account'), ('cluster'), ('reopens'), ('blocked'), ('breached'), ('matrix')),
more AS (
    SELECT f.factor, n.i,
           (backlog.score(backlog.score_config(),
                          n.matrix + CASE WHEN f.factor = 'matrix' THEN 1 + floor(random() * 30) ELSE 0 END,
                          n.account_tier + CASE WHEN f.factor = 'account' THEN floor(random() * 10) ELSE 0 END,
                          n.contract_value + CASE WHEN f.factor = 'account' THEN random() * 1e6 ELSE 0 END,
                          n.sla_consumed + CASE WHEN f.factor = 'sla' THEN random() ELSE 0 END,
                          n.sla_breached OR f.factor = 'breached',
                          n.age_hours + CASE WHEN f.factor = 'age' THEN random() * 100 ELSE 0 END,
                          n.repeat_contacts + CASE WHEN f.factor = 'repeat' THEN 1 + floor(random() * 3)::int ELSE 0 END,
                          n.reopens + CASE WHEN f.factor = 'reopens' THEN 1 ELSE 0 END,
                          n.blocked_hours + CASE WHEN f.factor = 'blocked' THEN random() * 48 ELSE 0 END,
                          n.duplicate_accounts + CASE WHEN f.factor = 'cluster' THEN 1 + floor(random() * 5)::int ELSE 0 END)).score
    FROM inp n CROSS JOIN f)
SELECT m.factor, count(*) FILTER (WHERE m.score < g.score) AS lowered, count(*) FILTER (WHERE m.score > g.score) > 0 AS ever_raised
  FROM more m JOIN got g USING (i)
 GROUP BY m.factor ORDER BY m.factor;

-- ---- end to end: random tickets and histories ---------------------------------------------------
-- 400 tickets created in the 20 days before 2026-03-10 12:00, each with up to 8 events before
-- as_of (replies, status changes including solves and reopens, holds).
UPDATE backlog.sla_policies SET calendar = '24x7' WHERE priority = 'high';
CREATE TEMP TABLE rt AS
SELECT 14000 + i AS id,
       timestamptz '2026-03-10 12:00' - random() * interval '20 days' AS created_at,
       (ARRAY['urgent', 'high', 'normal', 'low', NULL])[1 + floor(random() * 5)::int] AS priority,
       (ARRAY['bug', 'billing', 'how-to', 'feature request', 'login', NULL])[1 + floor(random() * 6)::int] AS category,
       (ARRAY['enterprise', 'business', 'starter', 'free', 'unknown', NULL])[1 + floor(random() * 6)::int] AS tier,
       CASE WHEN random() < 0.1 THEN '{outage}'::text[] END AS tags,
       'acct' || floor(random() * 30)::int AS account,
       CASE WHEN random() < 0.6 THEN 'agent' || floor(random() * 4)::int END AS assignee,
       (ARRAY['new', 'open', 'pending', 'on_hold'])[1 + floor(random() * 4)::int] AS status
  FROM generate_series(1, 400) i;
INSERT INTO backlog.account_values SELECT DISTINCT account, floor(random() * 300000) FROM rt WHERE random() < 0.5
    ON CONFLICT DO NOTHING;
INSERT INTO backlog.tickets (id, priority, category, tags, account, account_tier, status, assignee, team, created_at)
SELECT id, priority, category, tags, account, tier, status, assignee, 'team' || (id % 3), created_at FROM rt;
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
SELECT r.id, r.created_at + (timestamptz '2026-03-10 12:00' - r.created_at) * random(), k.kind,
       CASE WHEN k.kind = 'status' THEN (ARRAY['open', 'pending', 'on_hold', 'solved'])[1 + floor(random() * 4)::int] END
  FROM rt r, generate_series(1, 8) j,
       LATERAL (SELECT (ARRAY['agent_reply', 'customer_reply', 'customer_reply', 'status', 'status'])[1 + floor(random() * 5)::int] AS kind
                 WHERE random() < 0.6 + 0 * j) k;
-- merged children and a stored cluster for some tickets
INSERT INTO backlog.tickets (id, account, status, created_at, merged_into)
SELECT 15000 + r.id - 14000, 'other' || (r.id % 7), 'closed', r.created_at, r.id FROM rt r WHERE r.id % 9 = 0;
INSERT INTO backlog.score_clusters SELECT id, 1 + (id % 4) FROM rt WHERE id % 11 = 0;

CREATE TEMP TABLE q1 AS SELECT row_number() OVER () AS pos, q.* FROM backlog.queue_at('2026-03-10 12:00') q WHERE q.id BETWEEN 14000 AND 14999;
CREATE TEMP TABLE q2 AS SELECT row_number() OVER () AS pos, q.* FROM backlog.queue_at('2026-03-10 12:00') q WHERE q.id BETWEEN 14000 AND 14999;
-- under a LIMIT the reasons are built after the sort, for the rows returned only: the same rows
CREATE TEMP TABLE qlimit AS SELECT row_number() OVER () AS pos, q.* FROM (SELECT * FROM backlog.queue_at('2026-03-10 12:00') LIMIT 7) q;
CREATE TEMP TABLE qall AS SELECT row_number() OVER () AS pos, q.* FROM backlog.queue_at('2026-03-10 12:00') q;
SELECT (SELECT count(*) FROM qlimit) AS limited_rows,
       (SELECT count(*) FROM ((SELECT * FROM qlimit EXCEPT SELECT * FROM qall WHERE pos <= 7)
                              UNION ALL (SELECT * FROM qall WHERE pos <= 7 EXCEPT SELECT * FROM qlimit)) d) AS differ_from_whole_queue;
CREATE TEMP TABLE q3 AS SELECT row_number() OVER () AS pos, q.* FROM backlog.queue_at('2026-03-11 18:00') q WHERE q.id BETWEEN 14000 AND 14999;

-- the queue's scores are the reference formula over its inputs
SELECT count(*) AS tickets,
       count(*) FILTER (WHERE q.score::numeric <> r.score OR q.tier <> r.tier OR q.score_reasons <> r.reasons) AS differ,
       count(*) FILTER (WHERE q.score IS NULL OR q.tier IS NULL) AS null_scores,
       count(DISTINCT q.tier) AS tiers_seen,
       count(*) FILTER (WHERE q.exception) > 0 AS some_exception
  FROM q1 q
  JOIN backlog.score_inputs_at('2026-03-10 12:00') i ON i.ticket_id = q.id,
  LATERAL pg_temp.ref(i.matrix_points, i.account_tier_points, i.contract_value, i.sla_consumed, i.sla_breached,
                      extract(epoch FROM i.age) / 3600, i.repeat_contacts, i.reopens,
                      extract(epoch FROM i.blocked) / 3600, i.duplicate_accounts) r;

-- every open ticket once; the same order twice; each row strictly after the one before by the
-- documented keys (exception first, score down, time to breach up with none last, created_at, id)
SELECT (SELECT count(*) FROM q1) = (SELECT count(*) FROM backlog.tickets t JOIN backlog.statuses s USING (status)
                                     WHERE t.id BETWEEN 14000 AND 14999 AND s.is_open) AS every_open_ticket_once,
       (SELECT count(DISTINCT id) FROM q1) = (SELECT count(*) FROM q1) AS no_repeats,
       (SELECT array_agg(id ORDER BY pos) FROM q1) = (SELECT array_agg(id ORDER BY pos) FROM q2) AS stable;
SELECT count(*) AS out_of_order
  FROM q1 a JOIN q1 b ON b.pos = a.pos + 1
 WHERE NOT ((NOT a.exception, -a.score, a.time_to_breach IS NULL, coalesce(a.time_to_breach, '0'), a.created_at, a.id)
          < (NOT b.exception, -b.score, b.time_to_breach IS NULL, coalesce(b.time_to_breach, '0'), b.created_at, b.id));
SELECT count(*) AS exceptions_after_others
  FROM q1 a JOIN q1 b ON b.pos > a.pos WHERE b.exception AND NOT a.exception;

-- later, with no new events: older, more SLA consumed, longer blocked: never a lower score
SELECT count(*) AS compared, count(*) FILTER (WHERE b.score < a.score) AS lowered,
       count(*) FILTER (WHERE b.score > a.score) > 0 AS some_raised
  FROM q1 a JOIN q3 b USING (id);

-- a breached ticket never scores below the same ticket unbreached: mark every clock of each
-- ticket met vs breached through the reference's inputs
SELECT count(*) FILTER (WHERE (backlog.score(backlog.score_config(), i.matrix_points, i.account_tier_points, i.contract_value,
                                             i.sla_consumed, true, extract(epoch FROM i.age) / 3600, i.repeat_contacts,
                                             i.reopens, extract(epoch FROM i.blocked) / 3600, i.duplicate_accounts)).score
                             < (backlog.score(backlog.score_config(), i.matrix_points, i.account_tier_points, i.contract_value,
                                             i.sla_consumed, false, extract(epoch FROM i.age) / 3600, i.repeat_contacts,
                                             i.reopens, extract(epoch FROM i.blocked) / 3600, i.duplicate_accounts)).score) AS breached_lower
  FROM backlog.score_inputs_at('2026-03-10 12:00') i WHERE i.ticket_id BETWEEN 14000 AND 14999;

-- one more customer reply after everything else, a bigger account (tier or contract), one more
-- account in the cluster: each never lowers the ticket's score
CREATE TEMP TABLE before AS SELECT id, score FROM q1;
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
SELECT id, '2026-03-10 11:59', 'customer_reply', NULL FROM rt WHERE id % 4 = 0;
UPDATE backlog.tickets SET account_tier = 'enterprise' WHERE id BETWEEN 14000 AND 14999 AND id % 4 = 1;
INSERT INTO backlog.score_clusters SELECT id, 3 FROM rt WHERE id % 4 = 2 ON CONFLICT (ticket_id) DO UPDATE SET accounts = excluded.accounts + 1;
INSERT INTO backlog.account_values SELECT DISTINCT account, 5e6 FROM rt WHERE id % 4 = 3
    ON CONFLICT (account) DO UPDATE SET contract_value = 5e6;
SELECT count(*) AS compared, count(*) FILTER (WHERE q.score < b.score) AS lowered,
       count(*) FILTER (WHERE q.score > b.score) > 0 AS some_raised
  FROM before b JOIN backlog.queue_at('2026-03-10 12:00') q USING (id);

-- ---- stored history figures (backlog.ticket_activity) ---------------------------------------------
-- Above, nothing was stored and every ticket's history was replayed. Stored, the inputs at every
-- instant are the same; rows whose last event comes after an instant are replayed there.
CREATE TEMP TABLE inputs_replayed AS
SELECT a.as_of, i.* FROM (VALUES (timestamptz '2026-03-10 12:00'), ('2026-03-11 18:00'), ('2026-03-02 08:00')) a(as_of)
 CROSS JOIN LATERAL backlog.score_inputs_at(a.as_of) i WHERE i.ticket_id BETWEEN 14000 AND 14999;
CREATE FUNCTION pg_temp.input_mismatches() RETURNS bigint LANGUAGE sql AS $$
    WITH now_stored AS (
        SELECT a.as_of, i.* FROM (SELECT DISTINCT as_of FROM inputs_replayed) a
         CROSS JOIN LATERAL backlog.score_inputs_at(a.as_of) i WHERE i.ticket_id BETWEEN 14000 AND 14999)
    SELECT count(*) FROM ((SELECT * FROM now_stored EXCEPT ALL SELECT * FROM inputs_replayed)
                          UNION ALL (SELECT * FROM inputs_replayed EXCEPT ALL SELECT * FROM now_stored)) d
$$;
SELECT count(*) AS stored_before FROM backlog.ticket_activity;
SELECT backlog.refresh_ticket_activity() = (SELECT count(*) FROM backlog.tickets t JOIN backlog.statuses s USING (status) WHERE s.is_open)
       AS every_open_ticket_stored;
SELECT (SELECT count(*) FROM backlog.ticket_activity WHERE reopens > 0) > 0 AS some_reopened,
       (SELECT count(*) FROM backlog.ticket_activity WHERE blocked_since IS NOT NULL) > 0 AS some_blocked_now,
       (SELECT count(*) FROM backlog.ticket_activity WHERE repeat_contacts > 0) > 0 AS some_repeat_contacts;
SELECT backlog.refresh_ticket_activity() AS stored_again;
-- stored figures equal the replay of the whole history; the inputs do not move
SELECT count(*) AS mismatches
  FROM ((SELECT * FROM backlog.ticket_activity EXCEPT ALL
         SELECT * FROM backlog.activity_of(ARRAY(SELECT ticket_id FROM backlog.ticket_activity)))
        UNION ALL (SELECT * FROM backlog.activity_of(ARRAY(SELECT ticket_id FROM backlog.ticket_activity))
                   EXCEPT ALL SELECT * FROM backlog.ticket_activity)) d;
SELECT pg_temp.input_mismatches() AS input_mismatches;
-- a status, reply or created_at write forgets the ticket's row, an assignment or priority keeps it
SELECT count(*) AS stored_tickets_before FROM backlog.ticket_activity \gset
INSERT INTO backlog.ticket_events (ticket_id, at, kind) VALUES (14001, '2026-03-09 10:00', 'agent_reply');
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
SELECT 14002, '2026-03-09 10:00', 'status', 'on_hold' WHERE EXISTS (SELECT 1 FROM backlog.ticket_activity WHERE ticket_id = 14002);
UPDATE backlog.tickets SET created_at = created_at - interval '1 hour' WHERE id = 14003;
UPDATE backlog.tickets SET assignee = 'someone else', priority = 'urgent' WHERE id = 14004;
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value) VALUES (14005, '2026-03-09 10:00', 'assign', 'x');
SELECT x AS ticket, EXISTS (SELECT 1 FROM backlog.ticket_activity a WHERE a.ticket_id = x) AS still_stored
  FROM unnest('{14001,14002,14003,14004,14005}'::bigint[]) x ORDER BY x;
SELECT :stored_tickets_before - count(*) AS forgotten FROM backlog.ticket_activity;
-- what changed is replayed (the reference follows the changed store)
TRUNCATE inputs_replayed;
CREATE TEMP TABLE kept AS SELECT * FROM backlog.ticket_activity;
DELETE FROM backlog.ticket_activity;
INSERT INTO inputs_replayed
SELECT a.as_of, i.* FROM (VALUES (timestamptz '2026-03-10 12:00'), ('2026-03-11 18:00'), ('2026-03-02 08:00')) a(as_of)
 CROSS JOIN LATERAL backlog.score_inputs_at(a.as_of) i WHERE i.ticket_id BETWEEN 14000 AND 14999;
INSERT INTO backlog.ticket_activity SELECT * FROM kept;
SELECT pg_temp.input_mismatches() AS input_mismatches_after_writes;
-- a change to the statuses forgets every row
UPDATE backlog.statuses SET waiting_on = waiting_on WHERE status = 'on_hold';
SELECT count(*) AS after_statuses_change FROM backlog.ticket_activity;

ROLLBACK;

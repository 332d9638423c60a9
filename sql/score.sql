-- score: tier scoring and backlog.queue on hand-worked examples.
--
-- Covers: each factor of backlog.score() with its points derived by hand, rounding, caps, the
-- base tier choosing the age target, the tier boundaries, NULL inputs and bad input; the
-- configuration tables' validation (unknown names, negative weights, overlapping or unordered
-- boundaries, incomplete sets) and replace-on-insert; end to end: impact and urgency from the
-- rules, SLA risk, age, repeat contacts, reopens, time blocked and duplicates from the store,
-- score_reasons adding up to score, the exception first, the tie-break, queue_for and
-- explain_score.
--
-- Default configuration (backlog.score_factors): points = least(weight * scaled input, cap),
-- rounded to 0.01: matrix 1 x points; account_tier 1 x points; contract_value 5 x
-- log10(1 + v/1000) cap 20; sla_risk 20 x share cap 20; sla_breached 10; age 10 x age/target
-- cap 30; repeat_contacts 5 each cap 20; reopens 5 each cap 15; blocked 4 per day cap 20;
-- duplicates 5 x log2(accounts) cap 25. Tiers: critical >= 90 (age target 8 h), high >= 45
-- (24 h), normal >= 25 (72 h), low >= 0 (168 h).
--
-- Everything runs in one transaction that is rolled back, so the configuration and tickets
-- used here leave no trace for the files that follow.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, MDY';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
BEGIN;

SELECT backlog.score_config();

-- s(...): score, tier and reasons of explicit inputs under the current configuration
CREATE FUNCTION pg_temp.s(matrix float8 = 0, account_tier float8 = 0, contract_value float8 = 0,
                          sla_consumed float8 = 0, sla_breached boolean = false, age_hours float8 = 0,
                          repeat_contacts int = 0, reopens int = 0, blocked_hours float8 = 0,
                          duplicate_accounts int = 1)
RETURNS backlog.score_result LANGUAGE sql AS $$
    SELECT backlog.score(backlog.score_config(), matrix, account_tier, contract_value, sla_consumed,
                         sla_breached, age_hours, repeat_contacts, reopens, blocked_hours, duplicate_accounts)
$$;

-- ---- one factor at a time ---------------------------------------------------------------------
SELECT (pg_temp.s()).*;                                    -- nothing: 0, low
SELECT (pg_temp.s(matrix => 45)).score;                    -- 1 x 45 = 45
SELECT (pg_temp.s(account_tier => 15)).score;              -- 1 x 15 = 15
SELECT (pg_temp.s(contract_value => 99000)).score;         -- 5 x log10(1 + 99) = 5 x 2 = 10
SELECT (pg_temp.s(contract_value => 1e9)).score;           -- 5 x log10(1000001) = 30.0 -> cap 20
SELECT (pg_temp.s(sla_consumed => 0.5)).score;             -- 20 x 0.5 = 10
SELECT (pg_temp.s(sla_consumed => 1/3.0)).score;           -- 20 / 3 = 6.666... -> 6.67
SELECT (pg_temp.s(sla_consumed => 2)).score;               -- 20 x 2 = 40 -> cap 20
SELECT (pg_temp.s(sla_breached => true)).score;            -- 10
SELECT (pg_temp.s(age_hours => 84)).score;                 -- base tier low (168 h): 10 x 84/168 = 5
SELECT (pg_temp.s(age_hours => 10000)).score;              -- 10 x 59.5 -> cap 30
SELECT (pg_temp.s(repeat_contacts => 3)).score;            -- 5 x 3 = 15
SELECT (pg_temp.s(repeat_contacts => 5)).score;            -- 25 -> cap 20
SELECT (pg_temp.s(reopens => 2)).score;                    -- 5 x 2 = 10
SELECT (pg_temp.s(reopens => 4)).score;                    -- 20 -> cap 15
SELECT (pg_temp.s(blocked_hours => 36)).score;             -- 4 x 36/24 = 6
SELECT (pg_temp.s(duplicate_accounts => 4)).score;         -- 5 x log2(4) = 10
SELECT (pg_temp.s(duplicate_accounts => 3)).score;         -- 5 x 1.58496 = 7.9248 -> 7.92
SELECT (pg_temp.s(duplicate_accounts => 0)).score;         -- fewer than one account counts as one: 0
SELECT (pg_temp.s(duplicate_accounts => 100)).score;       -- 5 x 6.64 = 33.2 -> cap 25

-- the base tier (matrix + account_tier + contract_value) chooses the age target
SELECT (pg_temp.s(matrix => 45, age_hours => 12)).*;       -- base 45 high (24 h): 10 x 12/24 = 5; 45 + 5 = 50 high
SELECT (pg_temp.s(matrix => 75, account_tier => 15, age_hours => 2)).*;
                                                           -- base 90 critical (8 h): 10 x 2/8 = 2.5; 92.5 critical
SELECT (pg_temp.s(matrix => 20, age_hours => 36)).*;       -- base 20 low (168 h): 10 x 36/168 = 2.142857 -> 2.14; 22.14 low

-- ---- tier boundaries: [min_score, next min_score) ---------------------------------------------
SELECT m, (pg_temp.s(matrix => m)).tier
  FROM unnest(ARRAY[0, 24.99, 25, 44.99, 45, 89.99, 90, 500]::float8[]) m;
-- low low normal normal high high critical critical

-- every input at once: the sum of the points above; reasons add up to the score
SELECT r.score, r.tier, r.base_tier, r.reasons,
       (SELECT sum(v::numeric) FROM jsonb_each_text(r.reasons) x(k, v)) = r.score::numeric AS adds_up
  FROM pg_temp.s(45, 15, 99000, 0.5, true, 12, 3, 2, 36, 4) r;
-- base 45 + 15 + 10 = 70 high (24 h): age 10 x 12/24 = 5;
-- 45 + 15 + 10 + 10 + 10 + 5 + 15 + 10 + 6 + 10 = 136 critical

-- ---- NULL and bad input -------------------------------------------------------------------------
-- NULL inputs count as nothing (0, not breached, one account), never a NULL score
SELECT (backlog.score(backlog.score_config(), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)).*;
SELECT regress.error($$SELECT pg_temp.s(matrix => -1)$$);
SELECT regress.error($$SELECT pg_temp.s(age_hours => 'NaN')$$);
SELECT regress.error($$SELECT pg_temp.s(contract_value => 'Infinity')$$);
SELECT regress.error($$SELECT pg_temp.s(reopens => -2)$$);
SELECT regress.error($$SELECT pg_temp.s(matrix => 1e13)$$);     -- no cap on matrix: out of range
SELECT regress.error($$SELECT backlog.score(NULL, 1, 1, 1, 1, true, 1, 1, 1, 1, 1)$$);
SELECT regress.error($$SELECT backlog.score('{1,2,3}', 1, 1, 1, 1, true, 1, 1, 1, 1, 1)$$);
SELECT regress.sqlstate($$SELECT backlog.score(array_fill(1::float8, ARRAY[28]), 1, 1, 1, 1, true, 1, 1, 1, 1, 1)$$);
                                                           -- tier minimums all 1: not ordered, 22023

-- ---- configuration: validated on write ----------------------------------------------------------
SELECT regress.error($$UPDATE backlog.score_factors SET weight = -1 WHERE factor = 'age'$$);
SELECT regress.error($$UPDATE backlog.score_factors SET weight = 'NaN' WHERE factor = 'age'$$);
SELECT regress.error($$UPDATE backlog.score_factors SET weight = 'Infinity' WHERE factor = 'age'$$);
SELECT regress.error($$UPDATE backlog.score_factors SET cap = -5 WHERE factor = 'age'$$);
SELECT regress.error($$INSERT INTO backlog.score_factors VALUES ('karma', 1, NULL, 'point')$$);
SELECT regress.error($$DELETE FROM backlog.score_factors WHERE factor = 'age'$$);
SELECT regress.error($$UPDATE backlog.score_tiers SET min_score = 40 WHERE tier = 'critical'$$);  -- below high's 45
SELECT regress.error($$UPDATE backlog.score_tiers SET min_score = 45 WHERE tier = 'normal'$$);    -- equal to high's
SELECT regress.error($$UPDATE backlog.score_tiers SET min_score = 5 WHERE tier = 'low'$$);
SELECT regress.error($$UPDATE backlog.score_tiers SET min_score = -1 WHERE tier = 'normal'$$);
SELECT regress.error($$UPDATE backlog.score_tiers SET age_target = '200 hours' WHERE tier = 'critical'$$);
SELECT regress.error($$UPDATE backlog.score_tiers SET age_target = '0' WHERE tier = 'low'$$);
SELECT regress.error($$INSERT INTO backlog.score_tiers VALUES ('urgent', 200, '1 hour')$$);
SELECT regress.error($$DELETE FROM backlog.score_tiers WHERE tier = 'high'$$);
SELECT regress.error($$UPDATE backlog.priority_matrix SET points = 100 WHERE impact = 'low' AND urgency = 'low'$$);
SELECT regress.error($$UPDATE backlog.priority_matrix SET points = -1 WHERE impact = 'low' AND urgency = 'low'$$);
SELECT regress.error($$INSERT INTO backlog.priority_matrix VALUES ('huge', 'low', 1)$$);
SELECT regress.error($$DELETE FROM backlog.priority_matrix WHERE impact = 'low' AND urgency = 'low'$$);
SELECT regress.error($$INSERT INTO backlog.score_rules VALUES ('weather', 'rain', 'high', NULL)$$);
SELECT regress.error($$INSERT INTO backlog.score_rules VALUES ('tag', 'vip', 'urgent', NULL)$$);
SELECT regress.error($$INSERT INTO backlog.score_rules VALUES ('tag', 'vip', NULL, NULL)$$);
SELECT regress.error($$INSERT INTO backlog.score_account_tiers VALUES ('gold', -3)$$);
SELECT regress.error($$INSERT INTO backlog.account_values VALUES ('acme', 'Infinity')$$);
-- one statement may pass through states a single row could not: boundaries moved up together
SELECT regress.sqlstate($$UPDATE backlog.score_tiers
                             SET min_score = CASE tier WHEN 'critical' THEN 200 WHEN 'high' THEN 150 WHEN 'normal' THEN 100 ELSE 0 END$$);
SELECT tier, min_score FROM backlog.score_tiers ORDER BY min_score DESC;
UPDATE backlog.score_tiers SET min_score = CASE tier WHEN 'critical' THEN 90 WHEN 'high' THEN 45 WHEN 'normal' THEN 25 ELSE 0 END;
-- inserting an existing key replaces the row (an edit by INSERT); names lower-cased
INSERT INTO backlog.score_factors VALUES ('reopens', 6, 18, 'reopen');
INSERT INTO backlog.score_rules VALUES ('tag', 'VIP', NULL, 'high');
INSERT INTO backlog.score_account_tiers VALUES ('Platinum', 20);
SELECT * FROM backlog.score_factors WHERE factor = 'reopens';
SELECT * FROM backlog.score_rules WHERE value = 'vip';
SELECT * FROM backlog.score_account_tiers WHERE account_tier = 'platinum';
SELECT (pg_temp.s(reopens => 4)).score;                    -- 6 x 4 = 24 -> new cap 18
INSERT INTO backlog.score_factors VALUES ('reopens', 5, 15, 'reopen');
DELETE FROM backlog.score_rules WHERE value = 'vip';
DELETE FROM backlog.score_account_tiers WHERE account_tier = 'platinum';
-- every configuration table is kept by pg_dump
SELECT c.relname, c.oid = ANY (e.extconfig) AS dumped
  FROM pg_class c, pg_extension e
 WHERE e.extname = 'backlog'
   AND c.relname IN ('score_factors', 'score_tiers', 'priority_matrix', 'score_rules',
                     'score_account_tiers', 'account_values', 'score_clusters')
 ORDER BY 1;

-- ---- end to end ---------------------------------------------------------------------------------
-- Measured at as_of = Wed 2026-03-04 12:00 UTC, SLA clocks on 24x7 (every hour counts).
-- Seeded SLA targets: first response / next reply urgent 1 h, high 4 h, normal 8 h, low 24 h;
-- resolution urgent 8 h, high 24 h, normal 72 h (low: none). Warn: urgent 15 min, high 1 h,
-- normal 2 h (resolution 2 h, 6 h, 18 h).
UPDATE backlog.sla_policies SET calendar = '24x7';
INSERT INTO backlog.account_values VALUES ('acme', 99000);
INSERT INTO backlog.tickets (id, priority, category, tags, account, account_tier, status, assignee, team, created_at, merged_into) VALUES
    (13001, 'urgent', 'bug',      '{Outage}', 'acme', 'enterprise', 'new',     NULL,  'tier2', '2026-03-04 11:30', NULL),
    (13002, 'normal', 'billing',  NULL,       'acme', 'enterprise', 'open',    'ann', 'billing', '2026-03-03 12:00', NULL),
    (13003, 'low',    'cosmetic', NULL,       'zed',  'free',       'new',     'bob', 'tier1', '2026-02-25 12:00', NULL),
    (13004, 'normal', 'how-to',   NULL,       'beta', 'business',   'on_hold', 'ann', 'tier2', '2026-03-01 12:00', NULL),
    (13005, 'high',   'login',    NULL,       'c1',   'starter',    'open',    NULL,  'tier1', '2026-03-04 08:30', NULL),
    (13006, 'high',   'login',    NULL,       'c2',   'starter',    'closed',  NULL,  'tier1', '2026-03-04 09:00', 13005),
    (13007, 'high',   'login',    NULL,       'c3',   'business',   'closed',  NULL,  'tier1', '2026-03-04 09:10', 13005),
    (13008, 'high',   'login',    NULL,       'c1',   'starter',    'closed',  NULL,  'tier1', '2026-03-04 09:20', 13005),
    (13010, 'normal', 'how-to',   NULL,       'd',    NULL,         'pending', 'cy',  'tier1', '2026-03-04 10:00', NULL),
    (13011, 'normal', 'how-to',   NULL,       'd',    NULL,         'pending', 'cy',  'tier1', '2026-03-04 10:00', NULL),
    (13013, NULL,     NULL,       NULL,       NULL,   'platinum',   'new',     'cy',  'tier1', '2026-03-04 11:00', NULL),
    (13014, 'normal', 'how-to',   NULL,       'e',    NULL,         'open',    'cy',  'tier1', '2026-03-04 13:00', NULL);
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value) VALUES
    (13002, '2026-03-03 13:00', 'agent_reply', NULL),
    (13002, '2026-03-04 09:00', 'customer_reply', NULL),
    (13002, '2026-03-04 10:00', 'customer_reply', NULL),
    (13002, '2026-03-04 11:00', 'customer_reply', NULL),
    (13004, '2026-03-01 12:00', 'status', 'new'),
    (13004, '2026-03-01 13:00', 'agent_reply', NULL),
    (13004, '2026-03-01 13:00', 'status', 'solved'),
    (13004, '2026-03-02 12:00', 'status', 'open'),
    (13004, '2026-03-02 14:00', 'status', 'solved'),
    (13004, '2026-03-03 12:00', 'status', 'open'),
    (13004, '2026-03-03 18:00', 'status', 'on_hold');
-- 13001's duplicate cluster spans two accounts (as refresh_score_clusters would store it)
INSERT INTO backlog.score_clusters VALUES (13001, 2);

-- 13001 urgent bug tagged outage, enterprise, unowned, created 11:30 (age 0.5 h), no events:
--   rules: priority urgent -> urgency critical; category bug -> impact high; tag outage (any
--   case) -> impact critical, urgency critical: matrix (critical, critical) = 75
--   enterprise 15; acme 99000 -> 10; base 100 critical (8 h): age 10 x 0.5/8 = 0.625 -> 0.63
--   first response 0.5 h of 1 h = 0.5 (resolution 0.5 of 8 h) -> sla_risk 20 x 0.5 = 10; running
--   duplicates: 2 accounts -> 5 x log2(2) = 5
--   75 + 15 + 10 + 10 + 0.63 + 5 = 115.63 critical, no owner: the exception
-- 13002 normal billing, enterprise, ann, created 03-03 12:00 (24 h):
--   impact high (billing) x urgency normal = 45; enterprise 15; acme 10; base 70 high (24 h):
--   age 10 x 24/24 = 10
--   first response met at 13:00; next reply from the customer's 09:00 reply: 3 h of 8 h = 0.375;
--   resolution 24 h of 72 h = 0.333: sla_risk 20 x 0.375 = 7.5; time to breach 5 h
--   3 customer replies after the last agent reply: 15
--   45 + 15 + 10 + 7.5 + 10 + 15 = 102.5 critical (owned)
-- 13003 low cosmetic, free, bob, created 02-25 12:00 (168 h), no events:
--   (low, low) = 0; base 0 low (168 h): age 10 x 1 = 10
--   first response 168 h of 24 h: breached, share 7 -> cap 20, sla_breached 10; still running,
--   time to breach 24 - 168 = -144 h
--   0 + 20 + 10 + 10 = 40 normal
-- 13004 normal how-to, business, ann, on_hold, created 03-01 12:00 (72 h):
--   (normal, normal) = 25; business 8; base 33 normal (72 h): age 10 x 72/72 = 10
--   first response met at 13:00; resolution runs 12:00-13:00, 03-02 12:00-14:00, 03-03 12:00 to
--   now (on_hold runs the clock): 1 + 2 + 24 = 27 h of 72 h = 0.375 -> 7.5; time to breach 45 h
--   reopens: solved -> open twice = 10; blocked: on_hold 03-03 18:00 to 12:00 = 18 h -> 4 x 0.75 = 3
--   25 + 8 + 7.5 + 10 + 10 + 3 = 63.5 high
-- 13005 high login, starter, unowned, created 08:30 (3.5 h); 13006-13008 merged into it:
--   impact high (login) x urgency high = 50; starter 3; base 53 high (24 h): age 10 x 3.5/24
--   = 1.4583 -> 1.46
--   first response 3.5 h of 4 h = 0.875 -> 17.5, 0.5 h left <= 1 h warning: at_risk
--   accounts c1, c2, c3, c1: 3 -> 5 x log2(3) = 7.92
--   50 + 3 + 17.5 + 1.46 + 7.92 = 79.88 high (unowned, but not critical: no exception)
-- 13010, 13011 identical: normal how-to, no tier, pending since 10:00 (2 h), no events:
--   (normal, normal) 25; base 25 normal (72 h): age 10 x 2/72 = 0.2778 -> 0.28
--   first response (never paused) 2 h of 8 h = 0.25 -> 5; resolution paused from the start: 0
--   25 + 5 + 0.28 = 30.28 normal; equal in everything but id: 13010 first
-- 13013 no priority, no category, tier platinum (not listed), cy, created 11:00 (1 h):
--   impact and urgency default normal: 25; platinum 0; base 25 normal (72 h):
--   age 10 x 1/72 = 0.1389 -> 0.14; no SLA policy without a priority: no SLA
--   25 + 0.14 = 25.14 normal
-- 13014 is created after as_of: not in the queue. 13006-13008 are merged: not in the queue.
SELECT q.id, q.score, q.tier, q.exception, q.owner, q.impact, q.urgency, q.age_hours, q.age_bucket,
       q.sla_state, q.time_to_breach, q.time_to_breach_hours
  FROM backlog.queue_at('2026-03-04 12:00') q WHERE q.id BETWEEN 13000 AND 13999;

SELECT q.id, q.score_reasons,
       (SELECT sum(v::numeric) FROM jsonb_each_text(q.score_reasons) x(k, v)) = q.score::numeric AS adds_up
  FROM backlog.queue_at('2026-03-04 12:00') q WHERE q.id BETWEEN 13000 AND 13999;

-- the raw inputs behind them
SELECT ticket_id, impact, urgency, matrix_points, account_tier_points, contract_value, sla_state,
       round(sla_consumed::numeric, 4) AS sla_consumed, sla_breached, age, repeat_contacts, reopens, blocked,
       duplicate_accounts
  FROM backlog.score_inputs_at('2026-03-04 12:00') WHERE ticket_id BETWEEN 13000 AND 13999 ORDER BY 1;

-- one agent's queue, one team's, both (same order as the queue)
SELECT id, score FROM backlog.queue_for('ann', as_of => '2026-03-04 12:00') WHERE id BETWEEN 13000 AND 13999;
SELECT id, score FROM backlog.queue_for(team => 'tier2', as_of => '2026-03-04 12:00') WHERE id BETWEEN 13000 AND 13999;
SELECT id, score FROM backlog.queue_for('cy', 'tier1', '2026-03-04 12:00') WHERE id BETWEEN 13000 AND 13999;

-- a list of tickets: only they are scored, each as in the whole queue (a short list and a long
-- one take different paths)
SELECT id, score FROM backlog.queue_at('2026-03-04 12:00', '{13004,13002,13006,99999}');
SELECT id, score FROM backlog.queue_at('2026-03-04 12:00', ARRAY(SELECT 13000 + g FROM generate_series(0, 150) g))
 WHERE id IN (13002, 13004);
SELECT count(*) FROM backlog.queue_at('2026-03-04 12:00', '{}');

SELECT * FROM backlog.explain_score(13004, '2026-03-04 12:00');
SELECT * FROM backlog.explain_score(13001, '2026-03-04 12:00');
SELECT regress.error($$SELECT * FROM backlog.explain_score(13006, '2026-03-04 12:00')$$);  -- merged
SELECT regress.error($$SELECT * FROM backlog.explain_score(13014, '2026-03-04 12:00')$$);  -- not yet created
SELECT regress.error($$SELECT * FROM backlog.explain_score(-1, '2026-03-04 12:00')$$);

-- a weight of 0 turns a factor off; a changed boundary moves the tier
UPDATE backlog.score_factors SET weight = 0 WHERE factor = 'repeat_contacts';
UPDATE backlog.score_tiers SET min_score = 110 WHERE tier = 'critical';
SELECT q.id, q.score, q.tier, q.exception
  FROM backlog.queue_at('2026-03-04 12:00') q WHERE q.id IN (13001, 13002);
-- 13001: base 100 is now high (24 h): age 10 x 0.5/24 = 0.208 -> 0.21; 115.63 - 0.63 + 0.21 =
-- 115.21, still critical and unowned; 13002: 102.5 - 15 = 87.5, now high; its base 70 is still
-- high (24 h), so age stays 10

-- refresh_score_clusters stores the accounts of each duplicate cluster: two tickets of two
-- accounts with the same issue get 5 x log2(2) = 5 duplicates points each
INSERT INTO backlog.tickets (id, subject, body, requester, account, priority, category, status, created_at) VALUES
    (13900, 'CSV export fails with error 500', 'When I export the monthly sales report to CSV the page shows error 500 and nothing downloads.',
     'a@x.com', 'xco', 'normal', 'bug', 'new', '2026-03-04 09:00'),
    (13901, 'CSV export fails with error 500', 'Exporting the monthly sales report to CSV gives error 500, no file is downloaded.',
     'b@y.com', 'yco', 'normal', 'bug', 'new', '2026-03-04 10:00');
SELECT backlog.refresh_score_clusters() >= 2 AS stored;
SELECT * FROM backlog.score_clusters WHERE ticket_id >= 13900 ORDER BY 1;
SELECT id, score_reasons -> 'duplicates' AS duplicates FROM backlog.queue_at('2026-03-04 12:00') WHERE id >= 13900;

-- the view is the queue at now(): every open, unmerged ticket once
SELECT (SELECT count(*) FROM backlog.queue) =
       (SELECT count(*) FROM backlog.tickets t JOIN backlog.statuses s USING (status)
         WHERE s.is_open AND t.merged_into IS NULL AND t.created_at <= now()) AS every_open_ticket;

ROLLBACK;

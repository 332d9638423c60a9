-- jobs_escalation: escalation rules (validation), backlog.run_escalations (each condition and
-- action, rule order, dry run, once per ticket and SLA cycle, the log and the ticket events, a
-- failure in the middle) and backlog.schedule / unschedule with pg_cron in this database.
-- Overlapping runs: test/isolation/specs/escalation_overlap.spec; NOTIFY payloads, a killed
-- run and real pg_cron runs: test/t/jobs_cron.sh.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;

BEGIN;
-- The store, as of Monday 2026-03-02 12:00 UTC; calendar default = UTC mon-fri 09:00-17:00.
INSERT INTO backlog.tickets (id, subject, priority, status, category, team, created_at, first_response_at, merged_into) VALUES
 -- created Wed 12:00, answered: age 5 d = bucket 3-7d; SLA clocks met / running, none at risk
 (1, 'invoice', 'normal', 'open',    'billing', 'l1', '2026-02-25 12:00', '2026-02-25 13:00', NULL),
 -- age 10 h = 0-24h; first reply (low, 24 h) has run 09:00-12:00 = 3 h of 24: not at risk
 (2, 'login',   'low',    'new',     'login',   'l1', '2026-03-02 02:00', NULL, NULL),
 -- solved: never escalated
 (3, 'old',     'high',   'solved',  'billing', 'l1', '2026-02-20 10:00', '2026-02-20 11:00', NULL),
 -- urgent, first reply target 1 h from 10:00: breached at 11:00
 (4, 'down',    'urgent', 'open',    'billing', 'l2', '2026-03-02 10:00', NULL, NULL),
 -- pending (clock paused), age 20 d = 14-30d
 (5, 'sso',     'high',   'pending', 'login',   'l2', '2026-02-10 09:00', '2026-02-10 10:00', NULL),
 -- high, first reply 4 h, ran 09:00-12:00 = 3 h: 1 h left <= warn_before 1 h: at risk
 (6, 'how',     'high',   'open',    'how-to',  'l1', '2026-03-02 06:00', NULL, NULL),
 -- merged into 1: never escalated (else 7-14d)
 (7, 'dup',     'normal', 'open',    'billing', 'l1', '2026-02-20 00:00', NULL, 1),
 -- solved on Feb 3, reopened Sun Mar 1 08:00: its SLA cycle starts then
 (8, 'vip',     'normal', 'open',    'vip',     'l1', '2026-02-01 00:00', '2026-02-02 09:30', NULL);
INSERT INTO backlog.ticket_events (ticket_id, at, kind, value) VALUES
 (8, '2026-02-01 00:00', 'status', 'open'), (8, '2026-02-03 12:00', 'status', 'solved'),
 (8, '2026-03-01 08:00', 'status', 'open');

-- ---- validation on write: the rule and the value at fault are named --------------------------
SELECT regress.sqlstate($$INSERT INTO backlog.escalation_rules (rule, add_tag) VALUES ('x', 't')$$) AS no_condition;
SELECT regress.sqlstate($$INSERT INTO backlog.escalation_rules (rule, min_age) VALUES ('x', '1 hour')$$) AS no_action;
SELECT regress.error($$INSERT INTO backlog.escalation_rules (rule, age_buckets, add_tag) VALUES ('x', '{2-3d}', 't')$$) AS bad_bucket;
SELECT regress.error($$INSERT INTO backlog.escalation_rules (rule, statuses, add_tag) VALUES ('x', '{open,solved}', 't')$$) AS closed_status;
SELECT regress.error($$INSERT INTO backlog.escalation_rules (rule, statuses, add_tag) VALUES ('x', '{nosuch}', 't')$$) AS unknown_status;
SELECT regress.error($$INSERT INTO backlog.escalation_rules (rule, categories, add_tag) VALUES ('x', '{}', 't')$$) AS empty_list;
SELECT regress.error($$INSERT INTO backlog.escalation_rules (rule, teams, add_tag) VALUES ('x', '{l1,NULL}', 't')$$) AS null_in_list;
SELECT regress.sqlstate($$INSERT INTO backlog.escalation_rules (rule, priorities, add_tag) VALUES ('x', '{critical}', 't')$$) AS bad_priority;
SELECT regress.sqlstate($$INSERT INTO backlog.escalation_rules (rule, sla_metric, add_tag) VALUES ('x', 'resolution', 't')$$) AS metric_without_state;
SELECT regress.sqlstate($$INSERT INTO backlog.escalation_rules (rule, sla_state, add_tag) VALUES ('x', 'late', 't')$$) AS bad_sla_state;
SELECT regress.sqlstate($$INSERT INTO backlog.escalation_rules (rule, min_age, raise_priority) VALUES ('x', '1 hour', 'low')$$) AS raise_to_low;
SELECT regress.sqlstate($$INSERT INTO backlog.escalation_rules (rule, min_age, notify_channel) VALUES ('x', '1 hour', repeat('c', 64))$$) AS channel_too_long;
SELECT regress.sqlstate($$INSERT INTO backlog.escalation_rules (rule, min_age, add_tag) VALUES ('x', '-1 hour', 't')$$) AS negative_age;
SELECT regress.sqlstate($$INSERT INTO backlog.escalation_rules (rule, tiers, add_tag) VALUES ('x', '{urgent}', 't')$$) AS bad_tier;
SELECT count(*) AS rules_after_bad_inserts FROM backlog.escalation_rules;

-- ---- the rules (run in name order) ---------------------------------------------------------------
INSERT INTO backlog.escalation_rules (rule, age_buckets, min_age, sla_state, sla_metric, priorities, categories,
                                      statuses, teams, raise_priority, assign_team, assign_to, add_tag, notify_channel, enabled) VALUES
 ('a-aged',         '{3-7d,7-14d}', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'high', NULL, NULL, 'aged', NULL, true),
 ('b-breached',     NULL, NULL, 'breached', 'first_response', NULL, NULL, NULL, NULL, 'normal', 'senior', 'sam', NULL, 'backlog_test', true),
 ('c-at-risk',      NULL, NULL, 'at_risk', NULL, NULL, NULL, NULL, NULL, 'urgent', NULL, NULL, NULL, NULL, true),
 ('d-login',        NULL, '6 hours', NULL, NULL, '{low}', '{login}', '{new}', '{l1}', NULL, NULL, NULL, 'login-new', NULL, true),
 ('e-high-billing', NULL, NULL, NULL, NULL, '{high}', '{billing}', NULL, NULL, NULL, 'billing-senior', NULL, NULL, NULL, true),
 ('f-vip',          NULL, NULL, NULL, NULL, NULL, '{vip}', NULL, NULL, NULL, NULL, NULL, 'vip', NULL, true),
 ('g-off',          NULL, '0', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'never', NULL, false);
-- the trigger checks updates too
SELECT regress.error($$UPDATE backlog.escalation_rules SET age_buckets = '{3-7d,1w}' WHERE rule = 'a-aged'$$) AS bad_update;

-- ---- dry run: what would be done, nothing changed ----------------------------------------------
-- a-aged:     ticket 1 (3-7d; 7 is merged): normal -> high, tag aged
-- b-breached: ticket 4 (first reply breached at 11:00): urgent stays urgent (never lowered),
--             team l2 -> senior, assignee -> sam, notify
-- c-at-risk:  ticket 6 (1 h of first-reply time left): high -> urgent
-- d-login:    ticket 2 (low, new, login, l1, 10 h >= 6 h): tag login-new
-- e-high-billing: no high billing ticket yet (ticket 1 is still normal in a dry run)
-- f-vip:      ticket 8: tag vip;  g-off: disabled
SELECT * FROM backlog.run_escalations('2026-03-02 12:00', dry_run => true);
SELECT (SELECT count(*) FROM backlog.escalation_log) AS log_rows,
       (SELECT count(*) FROM backlog.escalation_runs) AS runs,
       (SELECT count(*) FROM backlog.ticket_events) AS events,
       (SELECT string_agg(id || ':' || priority || ':' || team || ':' || coalesce(assignee, '-') || ':' || coalesce(tags::text, '-'), ' ' ORDER BY id)
          FROM backlog.tickets) AS tickets;

-- ---- the run: as the dry run, and e-high-billing now sees ticket 1 raised to high by a-aged -----
SELECT * FROM backlog.run_escalations('2026-03-02 12:00');
SELECT id, priority, team, assignee, tags FROM backlog.tickets ORDER BY id;
-- one log row per rule and ticket, with the SLA cycle: created_at, or the reopen for ticket 8
SELECT run_id, rule, ticket_id, cycle_start, escalated_at, actions FROM backlog.escalation_log ORDER BY rule, ticket_id;
SELECT run_id, as_of, escalations, actions, finished_at >= started_at AS finished FROM backlog.escalation_runs;
-- the history: one escalation event per log row, a priority event per raise (1, 6; not 4, which
-- stayed urgent), an assign event for the new assignee of 4
SELECT ticket_id, at, kind, value FROM backlog.ticket_events WHERE kind <> 'status' ORDER BY ticket_id, kind, value;

-- ---- once per ticket and SLA cycle ----------------------------------------------------------------
-- Again at 12:00: no rule applies twice to a ticket, but the raised priorities chose other SLA
-- policies, so two rules now match tickets they did not match before:
--   b-breached, ticket 6: urgent now, first-reply target 1 h, 09:00-10:00: breached at 10:00
--   c-at-risk, ticket 1: high now, resolution target 24 h; it ran Wed 12:00-17:00 (5 h) + Thu (8 h)
--              + Fri (8 h) + Mon 09:00-12:00 (3 h) = 24 h: 0 left <= warn_before 6 h, not over
SELECT * FROM backlog.run_escalations('2026-03-02 12:00');
SELECT count(*) AS again_same_instant FROM backlog.run_escalations('2026-03-02 12:00');
-- ticket 8 is solved at 12:30 and reopened at 13:00: a new cycle, f-vip applies again (the tag is
-- already there, so tags stay as they are); nothing else is new at 14:00
UPDATE backlog.tickets SET status = 'solved', updated_at = '2026-03-02 12:30' WHERE id = 8;
UPDATE backlog.tickets SET status = 'open', updated_at = '2026-03-02 13:00' WHERE id = 8;
SELECT * FROM backlog.run_escalations('2026-03-02 14:00');
SELECT rule, ticket_id, cycle_start, run_id FROM backlog.escalation_log WHERE ticket_id IN (6, 8) ORDER BY ticket_id, cycle_start, run_id;
SELECT tags FROM backlog.tickets WHERE id = 8;
SELECT count(*) AS again_later FROM backlog.run_escalations('2026-03-02 15:00');

-- ---- a failure in the middle leaves nothing half applied ------------------------------------------
-- a user trigger refuses one of the updates: the run fails, and neither the earlier rule's
-- changes nor any log row or event remain
CREATE FUNCTION pg_temp.refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.team = 'boom' THEN RAISE EXCEPTION 'refused'; END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER refuse_boom BEFORE UPDATE ON backlog.tickets FOR EACH ROW EXECUTE FUNCTION pg_temp.refuse_boom();
INSERT INTO backlog.escalation_rules (rule, categories, add_tag) VALUES ('x1-first', '{how-to,login}', 'first');
INSERT INTO backlog.escalation_rules (rule, categories, assign_team) VALUES ('x2-boom', '{login}', 'boom');
CREATE TEMP TABLE before_boom AS
SELECT (SELECT count(*) FROM backlog.escalation_log) AS log_rows, (SELECT count(*) FROM backlog.escalation_runs) AS runs,
       (SELECT count(*) FROM backlog.ticket_events) AS events,
       (SELECT string_agg(t::text, ' ' ORDER BY id) FROM backlog.tickets t) AS tickets;
SELECT regress.error($$SELECT * FROM backlog.run_escalations('2026-03-02 15:00')$$) AS failed_run;
SELECT b.log_rows = (SELECT count(*) FROM backlog.escalation_log) AS log_unchanged,
       b.runs = (SELECT count(*) FROM backlog.escalation_runs) AS runs_unchanged,
       b.events = (SELECT count(*) FROM backlog.ticket_events) AS events_unchanged,
       b.tickets = (SELECT string_agg(t::text, ' ' ORDER BY id) FROM backlog.tickets t) AS tickets_unchanged
  FROM before_boom b;
DROP TRIGGER refuse_boom ON backlog.tickets;
DELETE FROM backlog.escalation_rules WHERE rule LIKE 'x%';

-- ---- score tiers: a tier rule takes exactly the open tickets of those tiers at as_of ----------
-- (the tiers themselves are backlog.queue_at's, tested with tier scoring)
INSERT INTO backlog.escalation_rules (rule, tiers, add_tag) VALUES ('t-tier', '{critical,high}', 'tier');
SELECT (SELECT array_agg(r.ticket_id ORDER BY r.ticket_id) FROM backlog.run_escalations('2026-03-02 15:00', true) r
         WHERE r.rule = 't-tier')
       IS NOT DISTINCT FROM
       (SELECT array_agg(q.id ORDER BY q.id) FROM backlog.queue_at('2026-03-02 15:00') q
         WHERE q.tier IN ('critical', 'high')) AS tier_rule_matches_queue,
       (SELECT count(*) FROM backlog.queue_at('2026-03-02 15:00') q WHERE q.tier IN ('critical', 'high')) > 0 AS some_match;
DELETE FROM backlog.escalation_rules WHERE rule = 't-tier';

-- ---- an action is a value, never SQL: it can only write that value into the ticket -------------
INSERT INTO backlog.escalation_rules (rule, categories, assign_team, add_tag)
VALUES ('z-odd', '{how-to}', $$x'); DROP TABLE backlog.tickets; --$$, '"; DELETE FROM backlog.tickets; --');
SELECT * FROM backlog.run_escalations('2026-03-02 15:00');
SELECT id, team, tags, (SELECT count(*) FROM backlog.tickets) AS tickets FROM backlog.tickets WHERE id = 6;

-- ---- bad arguments ----------------------------------------------------------------------------------
SELECT regress.sqlstate($$SELECT * FROM backlog.run_escalations(NULL)$$) AS null_as_of,
       regress.sqlstate($$SELECT * FROM backlog.run_escalations('infinity')$$) AS infinite_as_of,
       regress.sqlstate($$SELECT * FROM backlog.run_escalations(now(), NULL)$$) AS null_dry_run;
ROLLBACK;

-- ---- pg_cron in this database (cron.database_name of the test cluster) --------------------------
SELECT regress.error('SELECT * FROM backlog.schedule()') AS before_create_extension;
CREATE EXTENSION pg_cron;
SELECT job, schedule, command, jobid IS NOT NULL AS scheduled, cron_database, cron_sql FROM backlog.schedule();
SELECT jobname, schedule, command, database, username = current_user AS mine FROM cron.job ORDER BY jobname;
-- again: the same two jobs, updated (a NULL schedule leaves that job as it is)
SELECT job, schedule FROM backlog.schedule(NULL, '*/5 * * * *');
SELECT jobname, schedule FROM cron.job ORDER BY jobname;
SELECT regress.sqlstate($$SELECT * FROM backlog.schedule('not a schedule')$$) AS bad_schedule;
-- the sync job only when asked for (sync_cron), beside the other two, which stay as they are
SELECT job, schedule, command FROM backlog.schedule(NULL, NULL, '*/10 * * * *');
SELECT jobname, schedule, command FROM cron.job ORDER BY jobname;
-- with a source to sync and no sync_cron: a notice says no sync job was scheduled (and the one
-- there is left as it is)
BEGIN;
CREATE SCHEMA zendesk;
INSERT INTO backlog.sync_mappings VALUES ('freshdesk', 'ticket', 'id', 'public', 'fd_ticket', 'id');
SELECT job FROM backlog.schedule(NULL, NULL);
SELECT jobname, schedule FROM cron.job WHERE jobname LIKE 'backlog-sync:%';
ROLLBACK;
SELECT job, jobid IS NOT NULL AS removed, cron_sql FROM backlog.unschedule();
SELECT count(*) AS jobs_left FROM cron.job;
SELECT count(*) AS nothing_to_remove FROM backlog.unschedule();
DROP EXTENSION pg_cron;

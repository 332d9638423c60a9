-- Jobs (SPEC §9): escalation rules and backlog.run_escalations, daily health snapshots and
-- backlog.take_snapshot, threshold alerts, and backlog.schedule / backlog.unschedule, which
-- register the two jobs with pg_cron. README, "Jobs", documents the semantics.
--
-- Every job is one function call: one transaction, so a failure (or a killed backend) leaves
-- nothing half done, and NOTIFY messages are delivered only when it commits. No rule, alert or
-- schedule holds SQL text: conditions and actions are values that fixed statements read, so no
-- row of a configuration table can make a job write anywhere but the ticket store.

-- ---------------------------------------------------------------------------------------------
-- Escalation rules
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.escalation_rules (
    rule            text PRIMARY KEY CHECK (rule <> ''),
    enabled         boolean NOT NULL DEFAULT true,
    age_buckets     text[],
    min_age         interval CHECK (min_age >= interval '0'),
    tiers           text[] CHECK (tiers <@ '{critical,high,normal,low}'::text[]),
    sla_state       text CHECK (sla_state IN ('at_risk', 'breached')),
    sla_metric      text CHECK (sla_metric IN ('first_response', 'next_reply', 'resolution')),
    priorities      text[] CHECK (priorities <@ '{urgent,high,normal,low}'::text[]),
    categories      text[],
    statuses        text[],
    teams           text[],
    raise_priority  text CHECK (raise_priority IN ('urgent', 'high', 'normal')),
    assign_team     text CHECK (assign_team <> ''),
    assign_to       text CHECK (assign_to <> ''),
    add_tag         text CHECK (add_tag <> ''),
    notify_channel  text CHECK (notify_channel <> '' AND pg_catalog.octet_length(notify_channel) < 64),
    description     text,
    CONSTRAINT escalation_rules_metric_needs_state CHECK (sla_metric IS NULL OR sla_state IS NOT NULL),
    CONSTRAINT escalation_rules_some_condition CHECK (num_nonnulls(age_buckets, min_age, tiers, sla_state,
        priorities, categories, statuses, teams) > 0),
    CONSTRAINT escalation_rules_some_action CHECK (num_nonnulls(raise_priority, assign_team, assign_to,
        add_tag, notify_channel) > 0)
);
COMMENT ON TABLE backlog.escalation_rules IS
  'Escalation rules that backlog.run_escalations applies to open tickets: every non-NULL condition must hold (a list matches any of its values), then every non-NULL action is taken, once per ticket and SLA cycle. Rules run in name order. Validated on write; empty by default.';
COMMENT ON COLUMN backlog.escalation_rules.rule IS 'Rule name; the escalation log refers to it, so a renamed rule counts as a new rule.';
COMMENT ON COLUMN backlog.escalation_rules.enabled IS 'Only enabled rules run; disable a rule instead of deleting it to keep its meaning in the log.';
COMMENT ON COLUMN backlog.escalation_rules.age_buckets IS 'Condition: the ticket''s age bucket (backlog.age_bucket: 0-24h, 24-72h, 3-7d, 7-14d, 14-30d, 30d+) is one of these.';
COMMENT ON COLUMN backlog.escalation_rules.min_age IS 'Condition: the ticket is at least this old (as_of - created_at).';
COMMENT ON COLUMN backlog.escalation_rules.tiers IS 'Condition: the ticket''s score tier in backlog.queue (critical, high, normal, low) is one of these.';
COMMENT ON COLUMN backlog.escalation_rules.sla_state IS 'Condition: an SLA clock of the ticket is at_risk (running, within warn_before of its target) or breached.';
COMMENT ON COLUMN backlog.escalation_rules.sla_metric IS 'With sla_state: only the clock of this metric (first_response, next_reply, resolution) counts; NULL for any.';
COMMENT ON COLUMN backlog.escalation_rules.priorities IS 'Condition: the ticket''s priority is one of these.';
COMMENT ON COLUMN backlog.escalation_rules.categories IS 'Condition: the ticket''s category is one of these.';
COMMENT ON COLUMN backlog.escalation_rules.statuses IS 'Condition: the ticket''s status is one of these (open statuses of backlog.statuses).';
COMMENT ON COLUMN backlog.escalation_rules.teams IS 'Condition: the ticket''s team is one of these.';
COMMENT ON COLUMN backlog.escalation_rules.raise_priority IS 'Action: raise the priority to at least this (urgent, high or normal); never lowers it.';
COMMENT ON COLUMN backlog.escalation_rules.assign_team IS 'Action: move the ticket to this team.';
COMMENT ON COLUMN backlog.escalation_rules.assign_to IS 'Action: assign the ticket to this agent.';
COMMENT ON COLUMN backlog.escalation_rules.add_tag IS 'Action: add this tag (once).';
COMMENT ON COLUMN backlog.escalation_rules.notify_channel IS 'Action: send a NOTIFY with a JSON payload on this channel for each escalated ticket.';
COMMENT ON COLUMN backlog.escalation_rules.description IS 'What the rule is for, in words.';

-- What a CHECK cannot see: list elements against other tables and the bucket labels.
CREATE FUNCTION backlog.escalation_rules_validate()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    bad text;
    list text;
BEGIN
    FOREACH list IN ARRAY ARRAY['age_buckets', 'tiers', 'priorities', 'categories', 'statuses', 'teams'] LOOP
        IF EXISTS (SELECT 1 FROM pg_catalog.unnest(CASE list
                        WHEN 'age_buckets' THEN NEW.age_buckets WHEN 'tiers' THEN NEW.tiers
                        WHEN 'priorities' THEN NEW.priorities WHEN 'categories' THEN NEW.categories
                        WHEN 'statuses' THEN NEW.statuses ELSE NEW.teams END) v
                    WHERE v IS NULL OR v OPERATOR(pg_catalog.=) '')
           OR pg_catalog.cardinality(CASE list
                        WHEN 'age_buckets' THEN NEW.age_buckets WHEN 'tiers' THEN NEW.tiers
                        WHEN 'priorities' THEN NEW.priorities WHEN 'categories' THEN NEW.categories
                        WHEN 'statuses' THEN NEW.statuses ELSE NEW.teams END) OPERATOR(pg_catalog.=) 0 THEN
            RAISE EXCEPTION 'escalation rule "%": % must not be empty or contain NULL or empty values', NEW.rule, list
                  USING ERRCODE = 'check_violation',
                        HINT = 'Leave a condition NULL to match any value.';
        END IF;
    END LOOP;
    SELECT v INTO bad FROM pg_catalog.unnest(NEW.age_buckets) v
     WHERE v OPERATOR(pg_catalog.<>) ALL (SELECT b.label FROM backlog.age_buckets() b) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'escalation rule "%": unknown age bucket "%"', NEW.rule, bad
              USING ERRCODE = 'check_violation',
                    HINT = 'Age buckets are ' || (SELECT pg_catalog.string_agg(b.label, ', ' ORDER BY b.ordinal) FROM backlog.age_buckets() b) || '.';
    END IF;
    SELECT v INTO bad FROM pg_catalog.unnest(NEW.statuses) v
     WHERE NOT EXISTS (SELECT 1 FROM backlog.statuses s
                        WHERE s.status OPERATOR(pg_catalog.=) v AND s.is_open) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'escalation rule "%": status "%" is not an open status', NEW.rule, bad
              USING ERRCODE = 'check_violation',
                    DETAIL = 'Escalations apply to open tickets only.',
                    HINT = 'Name statuses of backlog.statuses whose is_open is true.';
    END IF;
    IF NEW.tiers IS NOT NULL AND pg_catalog.to_regclass('backlog.queue') IS NULL THEN
        RAISE EXCEPTION 'escalation rule "%": tier conditions need tier scoring (backlog.queue), which is not installed', NEW.rule
              USING ERRCODE = 'feature_not_supported';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION backlog.escalation_rules_validate() IS
  'Trigger: validates an escalation rule (list values, age bucket labels, open statuses) and names the rule and the value at fault.';

CREATE TRIGGER escalation_rules_validate BEFORE INSERT OR UPDATE ON backlog.escalation_rules
    FOR EACH ROW EXECUTE FUNCTION backlog.escalation_rules_validate();

SELECT pg_catalog.pg_extension_config_dump('backlog.escalation_rules', '');

-- ---------------------------------------------------------------------------------------------
-- The escalation log: one row per run, one row per rule applied to a ticket in an SLA cycle.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.escalation_runs (
    run_id       bigserial PRIMARY KEY,
    as_of        timestamptz NOT NULL,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz NOT NULL,
    escalations  bigint NOT NULL,
    actions      bigint NOT NULL
);
COMMENT ON TABLE backlog.escalation_runs IS
  'One row per backlog.run_escalations call that committed (dry runs are not recorded).';
COMMENT ON COLUMN backlog.escalation_runs.run_id IS 'Run number; backlog.escalation_log.run_id refers to it.';
COMMENT ON COLUMN backlog.escalation_runs.as_of IS 'The instant the rules were evaluated at (ages and SLA clocks).';
COMMENT ON COLUMN backlog.escalation_runs.started_at IS 'When the run started (after waiting for any overlapping run).';
COMMENT ON COLUMN backlog.escalation_runs.finished_at IS 'When the run finished.';
COMMENT ON COLUMN backlog.escalation_runs.escalations IS 'Rule applications (rule x ticket) made by the run.';
COMMENT ON COLUMN backlog.escalation_runs.actions IS 'Actions taken by the run (one escalation takes one to five).';

CREATE TABLE backlog.escalation_log (
    run_id       bigint NOT NULL,
    rule         text NOT NULL,
    ticket_id    bigint NOT NULL,
    cycle_start  timestamptz NOT NULL,
    escalated_at timestamptz NOT NULL,
    actions      jsonb NOT NULL,
    PRIMARY KEY (rule, ticket_id, cycle_start)
);
CREATE INDEX escalation_log_ticket_idx ON backlog.escalation_log (ticket_id);
CREATE INDEX escalation_log_run_idx ON backlog.escalation_log (run_id);
COMMENT ON TABLE backlog.escalation_log IS
  'Every escalation made: a rule applied to a ticket in one SLA cycle (at most once: the primary key), and what it did.';
COMMENT ON COLUMN backlog.escalation_log.run_id IS 'The run (backlog.escalation_runs.run_id).';
COMMENT ON COLUMN backlog.escalation_log.rule IS 'Name of the rule applied.';
COMMENT ON COLUMN backlog.escalation_log.ticket_id IS 'The ticket escalated.';
COMMENT ON COLUMN backlog.escalation_log.cycle_start IS 'Start of the ticket''s SLA cycle: created_at, or the reopen after its last solve; a reopened ticket can be escalated again.';
COMMENT ON COLUMN backlog.escalation_log.escalated_at IS 'The run''s as_of, also the time of the ticket events it recorded.';
COMMENT ON COLUMN backlog.escalation_log.actions IS 'The actions taken, an object keyed priority, team, assignee (each {"from": ..., "to": ...}), tag and notify.';

SELECT pg_catalog.pg_extension_config_dump('backlog.escalation_runs', '');
SELECT pg_catalog.pg_extension_config_dump('backlog.escalation_runs_run_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('backlog.escalation_log', '');

-- Priority order for "raise": NULL (no priority) below low.
CREATE FUNCTION backlog.priority_rank(priority text)
RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2
                         WHEN 'low' THEN 1 ELSE 0 END
$$;
COMMENT ON FUNCTION backlog.priority_rank(text) IS
  'Rank of a ticket priority: urgent 4, high 3, normal 2, low 1, NULL or unknown 0.';

-- Where each open ticket's current SLA cycle began, as of an instant: created_at, or the first
-- open status after the last stop (solve) in the status history up to as_of.
CREATE FUNCTION backlog.cycle_start(ticket_id bigint, created_at timestamptz, as_of timestamptz)
RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT coalesce(
             (SELECT pg_catalog.min(o.at)
                FROM backlog.ticket_events o
                JOIN backlog.statuses so ON so.status OPERATOR(pg_catalog.=) o.value AND so.is_open
               WHERE o.ticket_id OPERATOR(pg_catalog.=) $1
                 AND o.kind OPERATOR(pg_catalog.=) 'status'
                 AND o.at OPERATOR(pg_catalog.>) l.stopped_at
                 AND o.at OPERATOR(pg_catalog.<=) $3),
             l.stopped_at, $2)
      FROM (SELECT pg_catalog.max(e.at) AS stopped_at
              FROM backlog.ticket_events e
              JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) e.value AND NOT s.is_open
             WHERE e.ticket_id OPERATOR(pg_catalog.=) $1
               AND e.kind OPERATOR(pg_catalog.=) 'status'
               AND e.at OPERATOR(pg_catalog.<=) $3) l
$$;
COMMENT ON FUNCTION backlog.cycle_start(bigint, timestamptz, timestamptz) IS
  'Start of a ticket''s SLA cycle at as_of: its created_at, or, after a solve, the reopen that followed the last one in its status history.';

-- At most this many per-ticket NOTIFY messages per rule and run (each pending message is held in
-- memory until commit); beyond it, the run's summary message on backlog_escalations says so.
CREATE FUNCTION backlog.escalation_notify_limit()
RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS 'SELECT 1000';
COMMENT ON FUNCTION backlog.escalation_notify_limit() IS
  'Most per-ticket NOTIFY messages one rule sends in one run (1000); the rest are counted in the run''s summary.';

CREATE FUNCTION backlog.run_escalations(as_of timestamptz DEFAULT pg_catalog.now(), dry_run boolean DEFAULT false)
RETURNS TABLE (rule text, ticket_id bigint, action text, old_value text, new_value text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r backlog.escalation_rules;
    run bigint;
    started timestamptz;
    n_esc bigint := 0;
    n_act bigint := 0;
    n bigint;
    need_sla boolean;
    need_tier boolean;
BEGIN
    IF as_of IS NULL OR NOT pg_catalog.isfinite(as_of) THEN
        RAISE EXCEPTION 'as_of must be a finite timestamp, not %', coalesce(as_of::text, 'NULL')
              USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF dry_run IS NULL THEN
        RAISE EXCEPTION 'dry_run must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    -- Overlapping runs (pg_cron firing while a slow run still goes) take turns: the second waits
    -- here, and its statements, each with a new snapshot, then see what the first one logged.
    -- The log's primary key backs this up for callers in REPEATABLE READ, whose snapshot
    -- predates the wait: they get a serialization error, never a second escalation.
    IF NOT dry_run THEN
        PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('backlog.run_escalations'));
    END IF;
    started := pg_catalog.clock_timestamp();

    SELECT bool_or(x.sla_state IS NOT NULL), bool_or(x.tiers IS NOT NULL) INTO need_sla, need_tier
      FROM backlog.escalation_rules x WHERE x.enabled;
    need_sla := coalesce(need_sla, false);
    need_tier := coalesce(need_tier, false);

    -- The SLA clocks and score tiers of open tickets, once per run, only when a rule asks.
    DROP TABLE IF EXISTS pg_temp.backlog_escalation_sla;
    CREATE TEMP TABLE backlog_escalation_sla (ticket_id bigint, metric text, breached boolean, at_risk boolean)
        ON COMMIT DROP;
    IF need_sla THEN
        INSERT INTO pg_temp.backlog_escalation_sla
        SELECT s.ticket_id, s.metric, s.state OPERATOR(pg_catalog.=) 'breached', s.at_risk
          FROM backlog.ticket_sla_at(as_of, interval '0') s
         WHERE s.state OPERATOR(pg_catalog.=) 'breached' OR s.at_risk;
        CREATE INDEX ON pg_temp.backlog_escalation_sla (ticket_id);
        ANALYZE pg_temp.backlog_escalation_sla;
    END IF;
    DROP TABLE IF EXISTS pg_temp.backlog_escalation_tier;
    CREATE TEMP TABLE backlog_escalation_tier (ticket_id bigint PRIMARY KEY, tier text) ON COMMIT DROP;
    IF need_tier THEN
        IF pg_catalog.to_regclass('backlog.queue') IS NULL THEN
            RAISE EXCEPTION 'escalation rules with tier conditions need tier scoring (backlog.queue), which is not installed'
                  USING ERRCODE = 'feature_not_supported';
        END IF;
        EXECUTE 'INSERT INTO pg_temp.backlog_escalation_tier SELECT q.id, q.tier FROM backlog.queue q';
        ANALYZE pg_temp.backlog_escalation_tier;
    END IF;

    IF NOT dry_run THEN
        INSERT INTO backlog.escalation_runs (as_of, started_at, finished_at, escalations, actions)
        VALUES (as_of, started, started, 0, 0) RETURNING escalation_runs.run_id INTO run;
    END IF;

    FOR r IN SELECT * FROM backlog.escalation_rules x WHERE x.enabled ORDER BY x.rule LOOP
        CREATE TEMP TABLE backlog_escalation_match ON COMMIT DROP AS
        SELECT t.id, t.priority, t.team, t.assignee, t.tags,
               backlog.cycle_start(t.id, t.created_at, as_of) AS cycle_start
          FROM backlog.tickets t
          JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) t.status AND s.is_open
         WHERE t.merged_into IS NULL
           AND t.created_at OPERATOR(pg_catalog.<=) as_of
           AND (r.min_age IS NULL OR t.created_at OPERATOR(pg_catalog.<=) (as_of OPERATOR(pg_catalog.-) r.min_age))
           AND (r.age_buckets IS NULL
                OR backlog.age_bucket(as_of OPERATOR(pg_catalog.-) t.created_at) OPERATOR(pg_catalog.=) ANY (r.age_buckets))
           AND (r.priorities IS NULL OR t.priority OPERATOR(pg_catalog.=) ANY (r.priorities))
           AND (r.categories IS NULL OR t.category OPERATOR(pg_catalog.=) ANY (r.categories))
           AND (r.statuses IS NULL OR t.status OPERATOR(pg_catalog.=) ANY (r.statuses))
           AND (r.teams IS NULL OR t.team OPERATOR(pg_catalog.=) ANY (r.teams))
           AND (r.sla_state IS NULL OR EXISTS
                (SELECT 1 FROM pg_temp.backlog_escalation_sla c
                  WHERE c.ticket_id OPERATOR(pg_catalog.=) t.id
                    AND (r.sla_metric IS NULL OR c.metric OPERATOR(pg_catalog.=) r.sla_metric)
                    AND CASE r.sla_state WHEN 'breached' THEN c.breached ELSE c.at_risk END))
           AND (r.tiers IS NULL OR EXISTS
                (SELECT 1 FROM pg_temp.backlog_escalation_tier q
                  WHERE q.ticket_id OPERATOR(pg_catalog.=) t.id AND q.tier OPERATOR(pg_catalog.=) ANY (r.tiers)));
        DELETE FROM pg_temp.backlog_escalation_match m
         WHERE EXISTS (SELECT 1 FROM backlog.escalation_log l
                        WHERE l.rule OPERATOR(pg_catalog.=) r.rule AND l.ticket_id OPERATOR(pg_catalog.=) m.id
                          AND l.cycle_start OPERATOR(pg_catalog.=) m.cycle_start);

        -- What each match becomes: the actions as (action, old, new) and as a log object.
        CREATE TEMP TABLE backlog_escalation_act ON COMMIT DROP AS
        SELECT m.id, a.action, a.old_value, a.new_value
          FROM pg_temp.backlog_escalation_match m
         CROSS JOIN LATERAL (VALUES
                ('priority'::text, m.priority,
                 CASE WHEN backlog.priority_rank(m.priority) OPERATOR(pg_catalog.<) backlog.priority_rank(r.raise_priority)
                      THEN r.raise_priority ELSE m.priority END, r.raise_priority IS NOT NULL),
                ('team', m.team, r.assign_team, r.assign_team IS NOT NULL),
                ('assignee', m.assignee, r.assign_to, r.assign_to IS NOT NULL),
                ('tag', NULL, r.add_tag, r.add_tag IS NOT NULL),
                ('notify', NULL, r.notify_channel, r.notify_channel IS NOT NULL)) a(action, old_value, new_value, wanted)
         WHERE a.wanted;

        IF NOT dry_run THEN
            -- Lock the tickets, then skip any that another session solved or merged meanwhile
            -- (the DELETE's snapshot, taken after the locks, sees those changes).
            PERFORM 1 FROM backlog.tickets t JOIN pg_temp.backlog_escalation_match m ON m.id OPERATOR(pg_catalog.=) t.id
              FOR UPDATE OF t;
            DELETE FROM pg_temp.backlog_escalation_match m
             WHERE NOT EXISTS (SELECT 1 FROM backlog.tickets t
                                 JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) t.status AND s.is_open
                                WHERE t.id OPERATOR(pg_catalog.=) m.id AND t.merged_into IS NULL);
            DELETE FROM pg_temp.backlog_escalation_act a
             WHERE NOT EXISTS (SELECT 1 FROM pg_temp.backlog_escalation_match m WHERE m.id OPERATOR(pg_catalog.=) a.id);

            INSERT INTO backlog.escalation_log (run_id, rule, ticket_id, cycle_start, escalated_at, actions)
            SELECT run, r.rule, m.id, m.cycle_start, as_of,
                   (SELECT pg_catalog.jsonb_object_agg(a.action,
                               CASE WHEN a.action OPERATOR(pg_catalog.=) ANY ('{tag,notify}'::text[])
                                    THEN pg_catalog.to_jsonb(a.new_value)
                                    ELSE pg_catalog.jsonb_build_object('from', a.old_value, 'to', a.new_value) END)
                      FROM pg_temp.backlog_escalation_act a WHERE a.id OPERATOR(pg_catalog.=) m.id)
              FROM pg_temp.backlog_escalation_match m;
            GET DIAGNOSTICS n = ROW_COUNT;
            n_esc := n_esc + n;

            UPDATE backlog.tickets t
               SET priority = CASE WHEN backlog.priority_rank(t.priority) OPERATOR(pg_catalog.<) backlog.priority_rank(r.raise_priority)
                                   THEN r.raise_priority ELSE t.priority END,
                   team = coalesce(r.assign_team, t.team),
                   assignee = coalesce(r.assign_to, t.assignee),
                   tags = CASE WHEN r.add_tag IS NULL OR r.add_tag OPERATOR(pg_catalog.=) ANY (coalesce(t.tags, '{}'))
                               THEN t.tags ELSE pg_catalog.array_append(coalesce(t.tags, '{}'), r.add_tag) END
              FROM pg_temp.backlog_escalation_match m
             WHERE t.id OPERATOR(pg_catalog.=) m.id
               AND (r.raise_priority IS NOT NULL OR r.assign_team IS NOT NULL
                    OR r.assign_to IS NOT NULL OR r.add_tag IS NOT NULL);

            -- The ticket's history: the escalation itself, and the changes the store has kinds for.
            INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
            SELECT m.id, as_of, 'escalation', r.rule FROM pg_temp.backlog_escalation_match m
            UNION ALL
            SELECT a.id, as_of, CASE a.action WHEN 'priority' THEN 'priority' ELSE 'assign' END, a.new_value
              FROM pg_temp.backlog_escalation_act a
             WHERE a.action OPERATOR(pg_catalog.=) ANY ('{priority,assignee}'::text[])
               AND a.new_value IS DISTINCT FROM a.old_value;

            IF r.notify_channel IS NOT NULL THEN
                PERFORM pg_catalog.pg_notify(r.notify_channel, pg_catalog.jsonb_build_object(
                            'rule', r.rule, 'ticket_id', l.ticket_id, 'run_id', run,
                            'as_of', as_of, 'actions', l.actions)::text)
                   FROM (SELECT l.ticket_id, l.actions FROM backlog.escalation_log l
                          WHERE l.run_id OPERATOR(pg_catalog.=) run AND l.rule OPERATOR(pg_catalog.=) r.rule
                          ORDER BY l.ticket_id LIMIT backlog.escalation_notify_limit()) l;
            END IF;
            IF n OPERATOR(pg_catalog.>) 0 THEN
                PERFORM pg_catalog.pg_notify('backlog_escalations', pg_catalog.jsonb_build_object(
                            'run_id', run, 'as_of', as_of, 'rule', r.rule, 'tickets', n,
                            'notified', CASE WHEN r.notify_channel IS NULL THEN 0
                                             ELSE LEAST(n, backlog.escalation_notify_limit()) END)::text);
            END IF;
        END IF;

        SELECT pg_catalog.count(*) INTO n FROM pg_temp.backlog_escalation_act;
        n_act := n_act + n;
        RETURN QUERY SELECT r.rule, a.id, a.action, a.old_value, a.new_value
                       FROM pg_temp.backlog_escalation_act a ORDER BY a.id, a.action;
        DROP TABLE pg_temp.backlog_escalation_match;
        DROP TABLE pg_temp.backlog_escalation_act;
    END LOOP;

    IF NOT dry_run THEN
        UPDATE backlog.escalation_runs x
           SET finished_at = pg_catalog.clock_timestamp(), escalations = n_esc, actions = n_act
         WHERE x.run_id OPERATOR(pg_catalog.=) run;
    END IF;
    DROP TABLE pg_temp.backlog_escalation_sla;
    DROP TABLE pg_temp.backlog_escalation_tier;
END
$$;
COMMENT ON FUNCTION backlog.run_escalations(timestamptz, boolean) IS
  'Applies the enabled escalation rules to open tickets as of an instant: each rule at most once per ticket and SLA cycle, every action logged (backlog.escalation_log) and recorded as ticket events, NOTIFY sent on commit; returns one row per action. dry_run: returns what it would do and changes nothing. Overlapping runs take turns.';

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
COMMENT ON COLUMN backlog.escalation_rules.tiers IS 'Condition: the ticket''s score tier at as_of (backlog.queue_at: critical, high, normal, low) is one of these.';
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
    -- not under COPY: a restore may load the rules before the statuses they name
    SELECT v INTO bad FROM pg_catalog.unnest(NEW.statuses) v
     WHERE NOT backlog.bulk_loading() AND NOT EXISTS (SELECT 1 FROM backlog.statuses s
                        WHERE s.status OPERATOR(pg_catalog.=) v AND s.is_open) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'escalation rule "%": status "%" is not an open status', NEW.rule, bad
              USING ERRCODE = 'check_violation',
                    DETAIL = 'Escalations apply to open tickets only.',
                    HINT = 'Name statuses of backlog.statuses whose is_open is true.';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION backlog.escalation_rules_validate() IS
  'Trigger: validates an escalation rule (list values, age bucket labels, open statuses, not checked under COPY, which a restore uses) and names the rule and the value at fault.';

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
        -- the clocks and stretches of tickets written since the last run, so the rules
        -- measure, not replay
        PERFORM backlog.refresh_ticket_clocks();
        PERFORM backlog.refresh_ticket_spans();
        PERFORM backlog.refresh_ticket_activity();
        -- and the score bounds backlog.queue reads for the next hour (a run every 15 minutes
        -- keeps the window open)
        PERFORM backlog.refresh_ticket_scores();
    END IF;
    started := pg_catalog.clock_timestamp();

    SELECT bool_or(x.sla_state IS NOT NULL), bool_or(x.tiers IS NOT NULL) INTO need_sla, need_tier
      FROM backlog.escalation_rules x WHERE x.enabled;
    need_sla := coalesce(need_sla, false);
    need_tier := coalesce(need_tier, false);

    -- The SLA clocks and score tiers of open tickets, once per run, only when a rule asks.
    -- (a run earlier in the same transaction may have left them; ON COMMIT DROP removes them)
    IF pg_catalog.to_regclass('pg_temp.backlog_escalation_sla') IS NOT NULL THEN
        DROP TABLE pg_temp.backlog_escalation_sla, pg_temp.backlog_escalation_tier;
    END IF;
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
    CREATE TEMP TABLE backlog_escalation_tier (ticket_id bigint PRIMARY KEY, tier text) ON COMMIT DROP;
    IF need_tier THEN
        INSERT INTO pg_temp.backlog_escalation_tier SELECT q.id, q.tier FROM backlog.queue_at(as_of) q;
        ANALYZE pg_temp.backlog_escalation_tier;
    END IF;

    IF NOT dry_run THEN
        INSERT INTO backlog.escalation_runs (as_of, started_at, finished_at, escalations, actions)
        VALUES (as_of, started, started, 0, 0) RETURNING escalation_runs.run_id INTO run;
    END IF;

    FOR r IN SELECT * FROM backlog.escalation_rules x WHERE x.enabled ORDER BY x.rule COLLATE "C" LOOP
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
        ANALYZE pg_temp.backlog_escalation_match;
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
        ANALYZE pg_temp.backlog_escalation_act;

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
            SELECT run, r.rule, m.id, m.cycle_start, as_of, a.actions
              FROM pg_temp.backlog_escalation_match m
              JOIN (SELECT a.id, pg_catalog.jsonb_object_agg(a.action,
                               CASE WHEN a.action OPERATOR(pg_catalog.=) ANY ('{tag,notify}'::text[])
                                    THEN pg_catalog.to_jsonb(a.new_value)
                                    ELSE pg_catalog.jsonb_build_object('from', a.old_value, 'to', a.new_value) END) AS actions
                      FROM pg_temp.backlog_escalation_act a GROUP BY a.id) a
                ON a.id OPERATOR(pg_catalog.=) m.id;
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
  'Applies the enabled escalation rules to open tickets as of an instant: each rule at most once per ticket and SLA cycle, every action logged (backlog.escalation_log) and recorded as ticket events, NOTIFY sent on commit; returns one row per action. dry_run: returns what it would do and changes nothing. Overlapping runs take turns. A run that is not a dry run first stores what is missing of the derived data: clocks, stretches, activity, then the score bounds backlog.queue reads (backlog.refresh_ticket_scores).';

-- ---------------------------------------------------------------------------------------------
-- Daily health snapshots
--
-- One row per local day (in the zone of the calendar named default): backlog.health_at at the
-- snapshot's instant, and the breakdowns a daily history needs. Everything in a row is a
-- function of the ticket store and its status history at that instant, so a past day rebuilt by
-- backfill_snapshots equals the snapshot taken on that day at the same time of day (the
-- tickets' current team, category, priority and account tier are used for the breakdowns).
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.snapshots (
    day                    date PRIMARY KEY,
    as_of                  timestamptz NOT NULL CHECK (pg_catalog.isfinite(as_of)),
    taken_at               timestamptz NOT NULL,
    backfilled             boolean NOT NULL,
    open_tickets           bigint NOT NULL,
    older_than_48h         bigint NOT NULL,
    overdue                bigint NOT NULL,
    share_past_sla         double precision,
    avg_age                interval,
    median_age             interval,
    p90_age                interval,
    oldest_age             interval,
    created_today          bigint NOT NULL,
    solved_today           bigint NOT NULL,
    solved_per_created_7d  double precision,
    growth_wow             double precision,
    days_to_clear          double precision,
    age_histogram          jsonb NOT NULL,
    age_sketch             backlog.sketch,
    by_team                jsonb NOT NULL,
    by_category            jsonb NOT NULL,
    by_priority            jsonb NOT NULL,
    by_account_tier        jsonb NOT NULL,
    by_tier                jsonb NOT NULL,
    flow                   jsonb NOT NULL
);
COMMENT ON TABLE backlog.snapshots IS
  'Daily health snapshots written by backlog.take_snapshot and backlog.backfill_snapshots: one row per local day (zone of the calendar named default), the figures of backlog.health_at at the snapshot''s instant and per-team, per-category, per-priority, per-account-tier and per-score-tier counts of open work, the age histogram and age sketch, the flow windows. backlog.health_history is the view for charts.';
COMMENT ON COLUMN backlog.snapshots.day IS 'The local day of as_of in the zone of the calendar named default.';
COMMENT ON COLUMN backlog.snapshots.as_of IS 'The instant measured; a later snapshot on the same day replaces the row.';
COMMENT ON COLUMN backlog.snapshots.taken_at IS 'When the row was written (the start of the writing transaction).';
COMMENT ON COLUMN backlog.snapshots.backfilled IS 'Written by backlog.backfill_snapshots from the history rather than by take_snapshot.';
COMMENT ON COLUMN backlog.snapshots.open_tickets IS 'backlog.health_at(as_of).open_tickets.';
COMMENT ON COLUMN backlog.snapshots.older_than_48h IS 'backlog.health_at(as_of).older_than_48h.';
COMMENT ON COLUMN backlog.snapshots.overdue IS 'backlog.health_at(as_of).overdue.';
COMMENT ON COLUMN backlog.snapshots.share_past_sla IS 'backlog.health_at(as_of).share_past_sla.';
COMMENT ON COLUMN backlog.snapshots.avg_age IS 'backlog.health_at(as_of).avg_age.';
COMMENT ON COLUMN backlog.snapshots.median_age IS 'backlog.health_at(as_of).median_age.';
COMMENT ON COLUMN backlog.snapshots.p90_age IS 'backlog.health_at(as_of).p90_age.';
COMMENT ON COLUMN backlog.snapshots.oldest_age IS 'backlog.health_at(as_of).oldest_age.';
COMMENT ON COLUMN backlog.snapshots.created_today IS 'backlog.health_at(as_of).created_today.';
COMMENT ON COLUMN backlog.snapshots.solved_today IS 'backlog.health_at(as_of).solved_today.';
COMMENT ON COLUMN backlog.snapshots.solved_per_created_7d IS 'backlog.health_at(as_of).solved_per_created_7d.';
COMMENT ON COLUMN backlog.snapshots.growth_wow IS 'backlog.health_at(as_of).growth_wow.';
COMMENT ON COLUMN backlog.snapshots.days_to_clear IS 'backlog.health_at(as_of).days_to_clear.';
COMMENT ON COLUMN backlog.snapshots.age_histogram IS 'backlog.age_histogram of the ages of the tickets open at as_of (every default bucket, zeros included).';
COMMENT ON COLUMN backlog.snapshots.age_sketch IS 'backlog.age_sketch of those ages: merge days with backlog.merge, read quantiles with backlog.quantile.';
COMMENT ON COLUMN backlog.snapshots.by_team IS 'Open tickets per team at as_of, an object team -> count ("" for no team).';
COMMENT ON COLUMN backlog.snapshots.by_category IS 'Open tickets per category at as_of, an object category -> count ("" for none).';
COMMENT ON COLUMN backlog.snapshots.by_priority IS 'Open tickets per priority at as_of, an object priority -> count ("" for none).';
COMMENT ON COLUMN backlog.snapshots.by_account_tier IS 'Open tickets per account tier at as_of, an object tier -> count ("" for none).';
COMMENT ON COLUMN backlog.snapshots.by_tier IS 'Open tickets per score tier at as_of (backlog.queue_at), an object tier -> count.';
COMMENT ON COLUMN backlog.snapshots.flow IS 'The flow windows at as_of (backlog.flow_at, 1, 7 and 28 days): an object window_days -> the other columns of flow_at.';

SELECT pg_catalog.pg_extension_config_dump('backlog.snapshots', '');

-- The local day of an instant in the zone of the calendar named default (UTC without one).
CREATE FUNCTION backlog.snapshot_day(as_of timestamptz)
RETURNS date
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
    SELECT pg_catalog.timezone(coalesce((SELECT backlog.calendar_zone(c.calendar) FROM backlog.calendars c
                                          WHERE c.name OPERATOR(pg_catalog.=) 'default'), 'UTC'), as_of)::date
$$;
COMMENT ON FUNCTION backlog.snapshot_day(timestamptz) IS
  'The day a snapshot taken at as_of is filed under: the local date of as_of in the zone of the calendar named default (UTC when there is none).';

-- The instant of a day at a local time of day, in the same zone.
CREATE FUNCTION backlog.snapshot_instant(day date, at_time time)
RETURNS timestamptz
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
    SELECT pg_catalog.timezone(coalesce((SELECT backlog.calendar_zone(c.calendar) FROM backlog.calendars c
                                          WHERE c.name OPERATOR(pg_catalog.=) 'default'), 'UTC'),
                               day OPERATOR(pg_catalog.+) at_time)
$$;
COMMENT ON FUNCTION backlog.snapshot_instant(date, time) IS
  'The instant of local time at_time on day in the zone of the calendar named default (a time that a DST change skips or repeats resolves as timestamp AT TIME ZONE does).';

-- The snapshot row of an instant, computed, not stored.
CREATE FUNCTION backlog.snapshot_at(as_of timestamptz)
RETURNS SETOF backlog.snapshots
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
WITH open_now AS MATERIALIZED (
    SELECT t.id, t.team, t.category, t.priority, t.account_tier, as_of OPERATOR(pg_catalog.-) o.created_at AS age
      FROM backlog.open_at(as_of) o
      JOIN backlog.tickets t ON t.id OPERATOR(pg_catalog.=) o.ticket_id
), counts AS (
    SELECT pg_catalog.jsonb_object_agg(g.k, g.n) FILTER (WHERE g.dim OPERATOR(pg_catalog.=) 1) AS by_team,
           pg_catalog.jsonb_object_agg(g.k, g.n) FILTER (WHERE g.dim OPERATOR(pg_catalog.=) 2) AS by_category,
           pg_catalog.jsonb_object_agg(g.k, g.n) FILTER (WHERE g.dim OPERATOR(pg_catalog.=) 3) AS by_priority,
           pg_catalog.jsonb_object_agg(g.k, g.n) FILTER (WHERE g.dim OPERATOR(pg_catalog.=) 4) AS by_account_tier
      FROM (SELECT v.dim, coalesce(v.k, '') AS k, pg_catalog.count(*) AS n
              FROM open_now o
             CROSS JOIN LATERAL (VALUES (1, o.team), (2, o.category), (3, o.priority), (4, o.account_tier)) v(dim, k)
             GROUP BY 1, 2) g
), ages AS (
    SELECT backlog.age_histogram(o.age) AS histogram, backlog.age_sketch(o.age) AS sketch FROM open_now o
), flow AS (
    SELECT pg_catalog.jsonb_object_agg(f.window_days, pg_catalog.to_jsonb(f) OPERATOR(pg_catalog.-) 'window_days') AS flow
      FROM backlog.flow_at(as_of) f
), tiers AS (
    SELECT coalesce(pg_catalog.jsonb_object_agg(q.tier, q.n), '{}') AS by_tier
      FROM (SELECT q.tier, pg_catalog.count(*) AS n FROM backlog.queue_at(as_of) q GROUP BY 1) q
)
SELECT backlog.snapshot_day(as_of), as_of, pg_catalog.now(), false,
       h.open_tickets, h.older_than_48h, h.overdue, h.share_past_sla,
       h.avg_age, h.median_age, h.p90_age, h.oldest_age,
       h.created_today, h.solved_today, h.solved_per_created_7d, h.growth_wow, h.days_to_clear,
       a.histogram, a.sketch,
       coalesce(c.by_team, '{}'), coalesce(c.by_category, '{}'),
       coalesce(c.by_priority, '{}'), coalesce(c.by_account_tier, '{}'), q.by_tier,
       f.flow
  FROM backlog.health_at(as_of) h, ages a, counts c, flow f, tiers q
$$;
COMMENT ON FUNCTION backlog.snapshot_at(timestamptz) IS
  'The row backlog.take_snapshot(as_of) writes, computed without writing it (backfilled false, taken_at now()).';

-- ---------------------------------------------------------------------------------------------
-- Threshold alerts, evaluated with every snapshot
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.alert_rules (
    rule         text PRIMARY KEY CHECK (rule <> ''),
    kind         text NOT NULL CHECK (kind IN ('open_tickets', 'avg_age_hours', 'share_past_sla',
                                               'growth_weeks', 'category_spike', 'critical_unanswered')),
    threshold    double precision NOT NULL CHECK (threshold >= 0 AND threshold < 'Infinity'),
    min_count    integer NOT NULL DEFAULT 0 CHECK (min_count >= 0),
    channel      text NOT NULL DEFAULT 'backlog_alerts'
                 CHECK (channel <> '' AND pg_catalog.octet_length(channel) < 64),
    enabled      boolean NOT NULL DEFAULT true,
    description  text,
    CONSTRAINT alert_rules_whole_weeks CHECK (kind <> 'growth_weeks'
        OR (threshold = pg_catalog.floor(threshold) AND threshold BETWEEN 1 AND 52))
);
COMMENT ON TABLE backlog.alert_rules IS
  'Threshold alert rules, evaluated at every snapshot. Kinds: open_tickets (open work above threshold), avg_age_hours (average age above threshold hours), share_past_sla (share of open work with a breached SLA above threshold, 0-1), growth_weeks (open work grown week over week threshold weeks in a row), category_spike (a category''s 7-day inflow at least min_count and above threshold times its weekly average over the 4 weeks before), critical_unanswered (a critical ticket without a first reply more than threshold hours past its target). Seeded with defaults; edit freely.';
COMMENT ON COLUMN backlog.alert_rules.rule IS 'Rule name; backlog.alerts refers to it.';
COMMENT ON COLUMN backlog.alert_rules.kind IS 'What is measured: open_tickets, avg_age_hours, share_past_sla, growth_weeks, category_spike or critical_unanswered.';
COMMENT ON COLUMN backlog.alert_rules.threshold IS 'The limit, by kind: a count, hours, a share (0-1), whole weeks (1-52), an inflow ratio or hours past target. The condition holds when the figure is above it (growth_weeks: that many weeks of growth).';
COMMENT ON COLUMN backlog.alert_rules.min_count IS 'category_spike: the fewest tickets in the last 7 days that can count as a spike (keeps small categories quiet).';
COMMENT ON COLUMN backlog.alert_rules.channel IS 'NOTIFY channel the alert is sent on when it fires.';
COMMENT ON COLUMN backlog.alert_rules.enabled IS 'Only enabled rules are evaluated; open alerts of a disabled rule clear at the next snapshot.';
COMMENT ON COLUMN backlog.alert_rules.description IS 'What the rule is for, in words.';

-- The rows CREATE EXTENSION seeds (see backlog.status_seeds for the pattern).
CREATE FUNCTION backlog.alert_rule_seeds()
RETURNS SETOF backlog.alert_rules
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    VALUES ('open-tickets'::text, 'open_tickets'::text, 1000::double precision, 0, 'backlog_alerts'::text, true,
            'More than 1,000 open tickets.'::text),
           ('average-age', 'avg_age_hours', 48, 0, 'backlog_alerts', true,
            'Open work is on average older than 48 hours.'),
           ('past-sla', 'share_past_sla', 0.10, 0, 'backlog_alerts', true,
            'More than 10% of open tickets have a breached SLA clock.'),
           ('growing', 'growth_weeks', 3, 0, 'backlog_alerts', true,
            'Open work has grown week over week three weeks in a row.'),
           ('category-spike', 'category_spike', 2, 10, 'backlog_alerts', true,
            'A category received at least 10 tickets in 7 days and more than twice its weekly average of the 4 weeks before.'),
           ('critical-unanswered', 'critical_unanswered', 0, 0, 'backlog_alerts', true,
            'A critical ticket has had no first reply for longer than its first-response target.')
$$;
COMMENT ON FUNCTION backlog.alert_rule_seeds() IS
  'The alert rules CREATE EXTENSION installs, as shipped (used by pg_dump support; see README).';

INSERT INTO backlog.alert_rules SELECT * FROM backlog.alert_rule_seeds();

-- pg_dump keeps what differs from the seeds (src/restore.sql, README "Dump and restore").
SELECT pg_catalog.pg_extension_config_dump('backlog.alert_rules',
    'WHERE NOT backlog.is_seed_key(''alert_rules'', pg_catalog.to_jsonb(alert_rules))');

CREATE TABLE backlog.alerts (
    alert_id    bigserial PRIMARY KEY,
    rule        text NOT NULL,
    subject     text NOT NULL DEFAULT '',
    fired_at    timestamptz NOT NULL,
    cleared_at  timestamptz,
    figures     jsonb NOT NULL,
    CONSTRAINT alerts_cleared_after_fired CHECK (cleared_at >= fired_at)
);
-- One open alert per condition: the rule and what it is about.
CREATE UNIQUE INDEX alerts_open_key ON backlog.alerts (rule, subject) WHERE cleared_at IS NULL;
COMMENT ON TABLE backlog.alerts IS
  'Alerts fired by backlog.alert_rules at snapshots: one row per condition from the snapshot where it first held (fired_at) to the first later snapshot where it no longer did (cleared_at; NULL while it holds). A condition fires once until it clears.';
COMMENT ON COLUMN backlog.alerts.alert_id IS 'Alert number.';
COMMENT ON COLUMN backlog.alerts.rule IS 'The rule (backlog.alert_rules.rule).';
COMMENT ON COLUMN backlog.alerts.subject IS 'What the condition is about: empty for the whole backlog, the category (category_spike), the ticket id (critical_unanswered).';
COMMENT ON COLUMN backlog.alerts.fired_at IS 'as_of of the snapshot at which the condition first held.';
COMMENT ON COLUMN backlog.alerts.cleared_at IS 'as_of of the first later snapshot at which it no longer held; NULL while it holds.';
COMMENT ON COLUMN backlog.alerts.figures IS 'The figures that fired it: value and threshold, and by kind the category and its weekly norm, the weekly open counts, or the ticket.';

SELECT pg_catalog.pg_extension_config_dump('backlog.alerts', '');
SELECT pg_catalog.pg_extension_config_dump('backlog.alerts_alert_id_seq', '');

-- The conditions that hold at the stored snapshot of a day: (rule, subject, figures).
CREATE FUNCTION backlog.alert_conditions(day date)
RETURNS TABLE (rule text, subject text, figures jsonb)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    s backlog.snapshots;
    r backlog.alert_rules;
    avg_hours double precision;
    late jsonb;
BEGIN
    SELECT * INTO s FROM backlog.snapshots x WHERE x.day OPERATOR(pg_catalog.=) alert_conditions.day;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    avg_hours := pg_catalog.date_part('epoch', s.avg_age) OPERATOR(pg_catalog./) 3600;
    FOR r IN SELECT * FROM backlog.alert_rules x WHERE x.enabled ORDER BY x.rule LOOP
        rule := r.rule;
        subject := '';
        CASE r.kind
        WHEN 'open_tickets' THEN
            IF s.open_tickets OPERATOR(pg_catalog.>) r.threshold THEN
                figures := pg_catalog.jsonb_build_object('open_tickets', s.open_tickets, 'threshold', r.threshold);
                RETURN NEXT;
            END IF;
        WHEN 'avg_age_hours' THEN
            IF avg_hours OPERATOR(pg_catalog.>) r.threshold THEN
                figures := pg_catalog.jsonb_build_object('avg_age_hours', avg_hours, 'threshold', r.threshold);
                RETURN NEXT;
            END IF;
        WHEN 'share_past_sla' THEN
            IF s.share_past_sla OPERATOR(pg_catalog.>) r.threshold THEN
                figures := pg_catalog.jsonb_build_object('share_past_sla', s.share_past_sla, 'overdue', s.overdue,
                                                         'open_tickets', s.open_tickets, 'threshold', r.threshold);
                RETURN NEXT;
            END IF;
        WHEN 'growth_weeks' THEN
            -- open work at this snapshot and at those 7, 14, ... days before, newest first: it
            -- grew every week when each figure is above the next (a missing day breaks the chain)
            RETURN QUERY
            SELECT r.rule, ''::text,
                   pg_catalog.jsonb_build_object('open_tickets', pg_catalog.jsonb_agg(w.open_tickets ORDER BY w.k),
                                                 'threshold', r.threshold)
              FROM (SELECT k.k, x.open_tickets, pg_catalog.lead(x.open_tickets) OVER (ORDER BY k.k) AS week_before
                      FROM pg_catalog.generate_series(0, r.threshold::integer) k(k)
                      LEFT JOIN backlog.snapshots x
                        ON x.day OPERATOR(pg_catalog.=) (s.day OPERATOR(pg_catalog.-) (7 OPERATOR(pg_catalog.*) k.k))) w
            HAVING pg_catalog.bool_and(w.open_tickets IS NOT NULL)
               AND pg_catalog.bool_and(w.week_before IS NULL OR w.open_tickets OPERATOR(pg_catalog.>) w.week_before);
        WHEN 'category_spike' THEN
            RETURN QUERY
            SELECT r.rule, c.category,
                   pg_catalog.jsonb_build_object('category', c.category, 'last_7d', c.last_7d,
                                                 'weekly_norm', (c.before_28d OPERATOR(pg_catalog./) 4.0)::double precision,
                                                 'threshold', r.threshold, 'min_count', r.min_count)
              FROM (SELECT coalesce(t.category, '') AS category,
                           pg_catalog.count(*) FILTER (WHERE t.created_at OPERATOR(pg_catalog.>) (s.as_of OPERATOR(pg_catalog.-) interval '7 days')) AS last_7d,
                           pg_catalog.count(*) FILTER (WHERE t.created_at OPERATOR(pg_catalog.<=) (s.as_of OPERATOR(pg_catalog.-) interval '7 days')) AS before_28d
                      FROM backlog.tickets t
                     WHERE t.created_at OPERATOR(pg_catalog.>) (s.as_of OPERATOR(pg_catalog.-) interval '35 days')
                       AND t.created_at OPERATOR(pg_catalog.<=) s.as_of
                     GROUP BY 1) c
             WHERE c.last_7d OPERATOR(pg_catalog.>=) r.min_count
               AND c.last_7d OPERATOR(pg_catalog.>) (r.threshold OPERATOR(pg_catalog.*) (c.before_28d OPERATOR(pg_catalog./) 4.0))
             ORDER BY 2;
        WHEN 'critical_unanswered' THEN
            -- the tickets whose first reply is overdue and still missing (a running first-reply
            -- clock: created, not solved since, by as_of), then (only when there are some:
            -- scoring every open ticket costs) those of score tier critical
            SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object('ticket_id', c.ticket_id, 'priority', c.priority,
                       'target_hours', pg_catalog.date_part('epoch', c.target) OPERATOR(pg_catalog./) 3600,
                       'hours_past_target', pg_catalog.date_part('epoch', s.as_of OPERATOR(pg_catalog.-) c.breached_at) OPERATOR(pg_catalog./) 3600,
                       'threshold', r.threshold) ORDER BY c.ticket_id)
              INTO late
              FROM backlog.ticket_sla_at(s.as_of, interval '0') c
             WHERE c.metric OPERATOR(pg_catalog.=) 'first_response'
               AND c.state OPERATOR(pg_catalog.=) 'breached' AND c.due_at IS NOT NULL
               AND (s.as_of OPERATOR(pg_catalog.-) c.breached_at)
                   OPERATOR(pg_catalog.>=) pg_catalog.make_interval(secs => r.threshold OPERATOR(pg_catalog.*) 3600);
            IF late IS NOT NULL THEN
                RETURN QUERY
                SELECT r.rule, q.id::text, l.f OPERATOR(pg_catalog.||) pg_catalog.jsonb_build_object('score', q.score)
                  FROM pg_catalog.jsonb_array_elements(late) l(f)
                  JOIN backlog.queue_at(s.as_of) q
                    ON q.id OPERATOR(pg_catalog.=) (l.f OPERATOR(pg_catalog.->>) 'ticket_id')::bigint
                 WHERE q.tier OPERATOR(pg_catalog.=) 'critical'
                 ORDER BY q.id;
            END IF;
        END CASE;
    END LOOP;
END
$$;
COMMENT ON FUNCTION backlog.alert_conditions(date) IS
  'The alert conditions that hold at the stored snapshot of a day: one row per enabled rule and subject, with the figures; no rows when that day has no snapshot.';

-- Moves backlog.alerts to the snapshot of a day: new conditions fire (and are sent), conditions
-- that no longer hold clear. Only forward in time: a snapshot older than the last change of any
-- alert is not evaluated (a backfill runs day by day in order, so it is).
CREATE FUNCTION backlog.evaluate_alerts(day date)
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    as_of timestamptz;
    fired integer;
BEGIN
    SELECT x.as_of INTO as_of FROM backlog.snapshots x WHERE x.day OPERATOR(pg_catalog.=) evaluate_alerts.day;
    IF NOT FOUND OR as_of OPERATOR(pg_catalog.<)
       (SELECT pg_catalog.max(greatest(a.fired_at, a.cleared_at)) FROM backlog.alerts a) THEN
        RETURN 0;
    END IF;
    CREATE TEMP TABLE backlog_alert_now ON COMMIT DROP AS SELECT * FROM backlog.alert_conditions(day);
    UPDATE backlog.alerts a SET cleared_at = as_of
     WHERE a.cleared_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM pg_temp.backlog_alert_now c
                        WHERE c.rule OPERATOR(pg_catalog.=) a.rule AND c.subject OPERATOR(pg_catalog.=) a.subject);
    WITH fire AS (
        INSERT INTO backlog.alerts (rule, subject, fired_at, figures)
        SELECT c.rule, c.subject, as_of, c.figures
          FROM pg_temp.backlog_alert_now c
         WHERE NOT EXISTS (SELECT 1 FROM backlog.alerts a
                            WHERE a.cleared_at IS NULL AND a.rule OPERATOR(pg_catalog.=) c.rule
                              AND a.subject OPERATOR(pg_catalog.=) c.subject)
         ORDER BY c.rule, c.subject
        RETURNING *
    )
    SELECT pg_catalog.count(pg_catalog.pg_notify(r.channel, pg_catalog.jsonb_build_object(
               'alert_id', f.alert_id, 'rule', f.rule, 'kind', r.kind, 'subject', f.subject,
               'fired_at', f.fired_at, 'figures', f.figures)::text))::integer INTO fired
      FROM fire f JOIN backlog.alert_rules r ON r.rule OPERATOR(pg_catalog.=) f.rule;
    DROP TABLE pg_temp.backlog_alert_now;
    RETURN fired;
END
$$;
COMMENT ON FUNCTION backlog.evaluate_alerts(date) IS
  'Evaluates the alert rules at the stored snapshot of a day: fires (records in backlog.alerts and sends with NOTIFY) each condition that holds and has no open alert, clears open alerts whose condition no longer holds; returns the number fired. Skips a snapshot older than the latest alert change.';

-- Writes one snapshot row (replacing that day's) and evaluates the alerts at it.
CREATE FUNCTION backlog.write_snapshot(as_of timestamptz, backfilled boolean)
RETURNS backlog.snapshots
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    s backlog.snapshots;
BEGIN
    IF as_of IS NULL OR NOT pg_catalog.isfinite(as_of) THEN
        RAISE EXCEPTION 'as_of must be a finite timestamp, not %', coalesce(as_of::text, 'NULL')
              USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Snapshot writers take turns, so alerts move through the days in one order.
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('backlog.take_snapshot'));
    -- the clocks and the stretches of open time of tickets written since the last job
    -- (src/clocks.sql, src/flow.sql), so the snapshot reads them instead of replaying history;
    -- the stretches of every ticket that moved within the snapshot's longest window (28 days)
    PERFORM backlog.refresh_ticket_clocks();
    PERFORM backlog.refresh_ticket_spans(as_of OPERATOR(pg_catalog.-) interval '35 days');
    PERFORM backlog.refresh_ticket_activity();
    SELECT * INTO STRICT s FROM backlog.snapshot_at(as_of);
    s.backfilled := backfilled;
    DELETE FROM backlog.snapshots x WHERE x.day OPERATOR(pg_catalog.=) s.day;
    INSERT INTO backlog.snapshots SELECT s.*;
    PERFORM backlog.evaluate_alerts(s.day);
    RETURN s;
END
$$;
COMMENT ON FUNCTION backlog.write_snapshot(timestamptz, boolean) IS
  'Internal: writes the snapshot of as_of (replacing the row of its day) and evaluates the alert rules at it.';

CREATE FUNCTION backlog.take_snapshot(as_of timestamptz DEFAULT pg_catalog.now())
RETURNS backlog.snapshots
LANGUAGE sql
AS $$ SELECT * FROM backlog.write_snapshot(as_of, false) $$;
COMMENT ON FUNCTION backlog.take_snapshot(timestamptz) IS
  'Writes the health snapshot of as_of into backlog.snapshots under its local day (a second snapshot on the same day replaces the first), evaluates the alert rules at it, and returns the row.';

CREATE FUNCTION backlog.backfill_snapshots(from_day date, to_day date, at_time time DEFAULT '00:05')
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    d date;
    n bigint := 0;
BEGIN
    IF from_day IS NULL OR to_day IS NULL OR at_time IS NULL
       OR NOT pg_catalog.isfinite(from_day) OR NOT pg_catalog.isfinite(to_day) THEN
        RAISE EXCEPTION 'backfill_snapshots needs two finite days and a time of day'
              USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF to_day OPERATOR(pg_catalog.<) from_day THEN
        RAISE EXCEPTION 'backfill_snapshots: to_day % is before from_day %', to_day, from_day
              USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF to_day OPERATOR(pg_catalog.-) from_day OPERATOR(pg_catalog.>=) 3660 THEN
        RAISE EXCEPTION 'backfill_snapshots: % days is more than ten years', (to_day OPERATOR(pg_catalog.-) from_day) OPERATOR(pg_catalog.+) 1
              USING ERRCODE = 'program_limit_exceeded', HINT = 'Backfill in several calls.';
    END IF;
    IF backlog.snapshot_instant(to_day, at_time) OPERATOR(pg_catalog.>) pg_catalog.now() THEN
        RAISE EXCEPTION 'backfill_snapshots: % at % is in the future', to_day, at_time
              USING ERRCODE = 'invalid_parameter_value',
                    HINT = 'Backfill past days; take_snapshot() records today.';
    END IF;
    FOR d IN SELECT g::date FROM pg_catalog.generate_series(from_day::timestamp, to_day::timestamp, interval '1 day') g LOOP
        PERFORM backlog.write_snapshot(backlog.snapshot_instant(d, at_time), true);
        n := n OPERATOR(pg_catalog.+) 1;
    END LOOP;
    RETURN n;
END
$$;
COMMENT ON FUNCTION backlog.backfill_snapshots(date, date, time) IS
  'Rebuilds the snapshots of the days from_day..to_day from the ticket store and its status history, each at local time at_time (default 00:05, the time of the default schedule) in the zone of the calendar named default, replacing those days'' rows and evaluating the alert rules day by day; returns the number of days written.';

-- ---------------------------------------------------------------------------------------------
-- The history views
-- ---------------------------------------------------------------------------------------------
CREATE VIEW backlog.health_history AS
SELECT s.day, s.open_tickets, s.older_than_48h, s.overdue, s.share_past_sla,
       s.avg_age, pg_catalog.date_part('epoch', s.avg_age) OPERATOR(pg_catalog./) 3600 AS avg_age_hours,
       s.median_age, pg_catalog.date_part('epoch', s.median_age) OPERATOR(pg_catalog./) 3600 AS median_age_hours,
       s.p90_age, pg_catalog.date_part('epoch', s.p90_age) OPERATOR(pg_catalog./) 3600 AS p90_age_hours,
       s.oldest_age, pg_catalog.date_part('epoch', s.oldest_age) OPERATOR(pg_catalog./) 3600 AS oldest_age_hours,
       s.created_today, s.solved_today, s.solved_per_created_7d, s.growth_wow, s.days_to_clear
  FROM backlog.snapshots s
 ORDER BY s.day;
COMMENT ON VIEW backlog.health_history IS
  'One row per day with a snapshot: the figures of backlog.health at the snapshot''s instant (backlog.snapshots.as_of), in the columns of backlog.health.';
COMMENT ON COLUMN backlog.health_history.day IS 'The local day of the snapshot (zone of the calendar named default).';
COMMENT ON COLUMN backlog.health_history.open_tickets IS 'Tickets open at the snapshot.';
COMMENT ON COLUMN backlog.health_history.older_than_48h IS 'Open tickets created more than 48 hours before the snapshot.';
COMMENT ON COLUMN backlog.health_history.overdue IS 'Open tickets with at least one breached SLA clock.';
COMMENT ON COLUMN backlog.health_history.share_past_sla IS 'overdue / open_tickets (NULL when nothing was open).';
COMMENT ON COLUMN backlog.health_history.avg_age IS 'Average age of the open tickets.';
COMMENT ON COLUMN backlog.health_history.avg_age_hours IS 'avg_age in hours.';
COMMENT ON COLUMN backlog.health_history.median_age IS 'Median age of the open tickets (within 1%).';
COMMENT ON COLUMN backlog.health_history.median_age_hours IS 'median_age in hours.';
COMMENT ON COLUMN backlog.health_history.p90_age IS '90th percentile of the ages of the open tickets (within 1%).';
COMMENT ON COLUMN backlog.health_history.p90_age_hours IS 'p90_age in hours.';
COMMENT ON COLUMN backlog.health_history.oldest_age IS 'Age of the oldest open ticket.';
COMMENT ON COLUMN backlog.health_history.oldest_age_hours IS 'oldest_age in hours.';
COMMENT ON COLUMN backlog.health_history.created_today IS 'Tickets created since local midnight, up to the snapshot.';
COMMENT ON COLUMN backlog.health_history.solved_today IS 'Tickets solved since local midnight, up to the snapshot.';
COMMENT ON COLUMN backlog.health_history.solved_per_created_7d IS 'Solved / created over the 7 days before the snapshot (NULL when nothing was created).';
COMMENT ON COLUMN backlog.health_history.growth_wow IS 'open_tickets / open tickets 7 days before - 1 (NULL when that was 0).';
COMMENT ON COLUMN backlog.health_history.days_to_clear IS 'open_tickets / 7-day net outflow per day; NULL when the backlog was not shrinking.';

-- Week over week: each snapshot beside the one 7 days before.
CREATE VIEW backlog.health_trend AS
SELECT s.day,
       s.open_tickets, w.open_tickets AS open_tickets_week_before,
       s.open_tickets OPERATOR(pg_catalog.-) w.open_tickets AS open_tickets_change,
       s.overdue, w.overdue AS overdue_week_before,
       s.share_past_sla, w.share_past_sla AS share_past_sla_week_before,
       pg_catalog.date_part('epoch', s.avg_age) OPERATOR(pg_catalog./) 3600 AS avg_age_hours,
       pg_catalog.date_part('epoch', w.avg_age) OPERATOR(pg_catalog./) 3600 AS avg_age_hours_week_before,
       (s.flow OPERATOR(pg_catalog.->) '7' OPERATOR(pg_catalog.->>) 'created')::bigint AS created_7d,
       (w.flow OPERATOR(pg_catalog.->) '7' OPERATOR(pg_catalog.->>) 'created')::bigint AS created_7d_week_before,
       (s.flow OPERATOR(pg_catalog.->) '7' OPERATOR(pg_catalog.->>) 'solved')::bigint AS solved_7d,
       (w.flow OPERATOR(pg_catalog.->) '7' OPERATOR(pg_catalog.->>) 'solved')::bigint AS solved_7d_week_before
  FROM backlog.snapshots s
  LEFT JOIN backlog.snapshots w ON w.day OPERATOR(pg_catalog.=) (s.day OPERATOR(pg_catalog.-) 7)
 ORDER BY s.day;
COMMENT ON VIEW backlog.health_trend IS
  'Week over week: each day''s snapshot beside the snapshot of 7 days before (the _week_before columns are NULL when that day has none).';
COMMENT ON COLUMN backlog.health_trend.day IS 'The local day of the snapshot.';
COMMENT ON COLUMN backlog.health_trend.open_tickets IS 'Tickets open at the snapshot.';
COMMENT ON COLUMN backlog.health_trend.open_tickets_week_before IS 'Tickets open at the snapshot 7 days before.';
COMMENT ON COLUMN backlog.health_trend.open_tickets_change IS 'open_tickets - open_tickets_week_before.';
COMMENT ON COLUMN backlog.health_trend.overdue IS 'Open tickets with a breached SLA clock.';
COMMENT ON COLUMN backlog.health_trend.overdue_week_before IS 'The same 7 days before.';
COMMENT ON COLUMN backlog.health_trend.share_past_sla IS 'overdue / open_tickets.';
COMMENT ON COLUMN backlog.health_trend.share_past_sla_week_before IS 'The same 7 days before.';
COMMENT ON COLUMN backlog.health_trend.avg_age_hours IS 'Average age of the open tickets, in hours.';
COMMENT ON COLUMN backlog.health_trend.avg_age_hours_week_before IS 'The same 7 days before.';
COMMENT ON COLUMN backlog.health_trend.created_7d IS 'Tickets created in the 7 days before the snapshot.';
COMMENT ON COLUMN backlog.health_trend.created_7d_week_before IS 'The same one week earlier.';
COMMENT ON COLUMN backlog.health_trend.solved_7d IS 'Tickets solved in the 7 days before the snapshot.';
COMMENT ON COLUMN backlog.health_trend.solved_7d_week_before IS 'The same one week earlier.';

-- The jobs write: only their owner, superusers and roles granted EXECUTE run them (the tables'
-- privileges would refuse a reader anyway; this says so up front).
REVOKE ALL ON FUNCTION backlog.run_escalations(timestamptz, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION backlog.take_snapshot(timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION backlog.backfill_snapshots(date, date, time) FROM PUBLIC;
REVOKE ALL ON FUNCTION backlog.write_snapshot(timestamptz, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION backlog.evaluate_alerts(date) FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------
-- Scheduling with pg_cron
--
-- pg_cron keeps its jobs in one database (cron.database_name). When backlog lives there too,
-- schedule() calls cron.schedule; when it lives in another database, which is the usual case,
-- nothing can be scheduled from here: schedule() returns, in column cron_sql, the statements to
-- run in pg_cron's database (cron.schedule_in_database), and says so in a warning. Job names
-- carry the database name, so several databases with backlog each get their own jobs.
-- pg_cron is reached only through EXECUTE with parameters: backlog installs without it.
--
-- Three jobs: the daily snapshot, the escalation run and the helpdesk sync (backlog.sync_all).
-- The sync job is off by default (sync_cron NULL): a sync reads other schemas, so it runs only
-- when asked; schedule() says so in a notice when there are sources it would sync.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.cron_jobs(snapshot_cron text, escalation_cron text, sync_cron text)
RETURNS TABLE (job text, schedule text, command text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT v.job OPERATOR(pg_catalog.||) ':' OPERATOR(pg_catalog.||) pg_catalog.current_database(), v.schedule, v.command
      FROM (VALUES (1, 'backlog-snapshot'::text, snapshot_cron, 'SELECT backlog.take_snapshot()'::text),
                   (2, 'backlog-escalations', escalation_cron, 'SELECT count(*) FROM backlog.run_escalations()'),
                   (3, 'backlog-sync', sync_cron, 'SELECT source, error FROM backlog.sync_all() WHERE error IS NOT NULL')) v(n, job, schedule, command)
     ORDER BY v.n
$$;
COMMENT ON FUNCTION backlog.cron_jobs(text, text, text) IS
  'The three pg_cron jobs of this database: name (backlog-snapshot:<db>, backlog-escalations:<db>, backlog-sync:<db>), schedule and command. The sync job''s command returns the sources that failed, so pg_cron''s return_message reads 0 rows when every source synced.';

-- Where pg_cron runs: its database, or an error that says how to get pg_cron. When that is
-- another database, a warning says that nothing was done here (done: scheduled, unscheduled).
CREATE FUNCTION backlog.cron_database(done text)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    db text := pg_catalog.current_setting('cron.database_name', true);
BEGIN
    IF coalesce(db, '') OPERATOR(pg_catalog.=) '' THEN
        RAISE EXCEPTION 'pg_cron is not installed'
              USING ERRCODE = 'object_not_in_prerequisite_state',
                    DETAIL = 'The server has not loaded pg_cron (cron.database_name is not set).',
                    HINT = 'Add pg_cron to shared_preload_libraries, restart, and CREATE EXTENSION pg_cron in the database that cron.database_name names; or have another scheduler run SELECT backlog.take_snapshot() daily, SELECT backlog.run_escalations() every 15 minutes and, to sync a helpdesk, SELECT * FROM backlog.sync_all() every few minutes.';
    END IF;
    IF db OPERATOR(pg_catalog.=) pg_catalog.current_database()
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension x WHERE x.extname OPERATOR(pg_catalog.=) 'pg_cron') THEN
        RAISE EXCEPTION 'pg_cron is loaded but not created in database "%"', db
              USING ERRCODE = 'object_not_in_prerequisite_state',
                    HINT = 'Run CREATE EXTENSION pg_cron in this database first.';
    END IF;
    IF db OPERATOR(pg_catalog.<>) pg_catalog.current_database() THEN
        RAISE WARNING 'pg_cron runs in database "%", not in "%": nothing was %', db, pg_catalog.current_database(), done
              USING HINT = pg_catalog.format('Connect to database "%s" and run the statements of column cron_sql there, as a superuser (cron.schedule_in_database is reserved to superusers unless granted).', db);
    END IF;
    RETURN db;
END
$$;
COMMENT ON FUNCTION backlog.cron_database(text) IS
  'The database pg_cron keeps its jobs in (cron.database_name); error 55000 with a hint when pg_cron is not loaded, or not created there; a warning that nothing was done (scheduled, unscheduled) when it is another database.';

CREATE FUNCTION backlog.schedule(snapshot_cron text DEFAULT '5 0 * * *', escalation_cron text DEFAULT '*/15 * * * *',
                                 sync_cron text DEFAULT NULL)
RETURNS TABLE (job text, schedule text, command text, jobid bigint, cron_database text, cron_sql text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    db text := backlog.cron_database('scheduled');
    j record;
    sources text;
BEGIN
    IF sync_cron IS NULL THEN
        SELECT pg_catalog.string_agg(s, ', ') INTO sources FROM backlog.sync_sources() s;
        IF sources IS NOT NULL THEN
            RAISE NOTICE 'no sync job scheduled: sync_cron is NULL, and backlog.sync_all() would sync %', sources
                  USING HINT = 'Pass sync_cron to sync them on a schedule, e.g. SELECT * FROM backlog.schedule(sync_cron => ''*/10 * * * *''); an existing backlog-sync job is left as it is.';
        END IF;
    END IF;
    FOR j IN SELECT * FROM backlog.cron_jobs(snapshot_cron, escalation_cron, sync_cron) c WHERE c.schedule IS NOT NULL LOOP
        job := j.job; schedule := j.schedule; command := j.command; cron_database := db;
        IF db OPERATOR(pg_catalog.=) pg_catalog.current_database() THEN
            EXECUTE 'SELECT cron.schedule($1, $2, $3)' INTO jobid USING j.job, j.schedule, j.command;
            cron_sql := NULL;
        ELSE
            jobid := NULL;
            cron_sql := pg_catalog.format('SELECT cron.schedule_in_database(%L, %L, %L, %L, %L);',
                                          j.job, j.schedule, j.command, pg_catalog.current_database(), current_user);
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION backlog.schedule(text, text, text) IS
  'Registers the daily snapshot (take_snapshot), the escalation run (run_escalations) and, when sync_cron is given, the helpdesk sync (sync_all) with pg_cron under the names backlog-snapshot:<db>, backlog-escalations:<db> and backlog-sync:<db>; a NULL schedule leaves that job out (the sync job is out by default). From a database other than pg_cron''s, schedules nothing and returns in cron_sql what to run in pg_cron''s database.';

CREATE FUNCTION backlog.unschedule()
RETURNS TABLE (job text, jobid bigint, cron_database text, cron_sql text)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    db text := backlog.cron_database('unscheduled');
    j record;
BEGIN
    FOR j IN SELECT * FROM backlog.cron_jobs('', '', '') LOOP
        job := j.job; cron_database := db;
        IF db OPERATOR(pg_catalog.=) pg_catalog.current_database() THEN
            cron_sql := NULL;
            FOR jobid IN EXECUTE 'SELECT c.jobid FROM cron.job c WHERE c.jobname OPERATOR(pg_catalog.=) $1 AND c.username OPERATOR(pg_catalog.=) current_user'
                         USING j.job LOOP
                EXECUTE 'SELECT cron.unschedule($1)' USING jobid;
                RETURN NEXT;
            END LOOP;
        ELSE
            jobid := NULL;
            cron_sql := pg_catalog.format('SELECT cron.unschedule(jobid) FROM cron.job WHERE jobname = %L AND database = %L;',
                                          j.job, pg_catalog.current_database());
            RETURN NEXT;
        END IF;
    END LOOP;
END
$$;
COMMENT ON FUNCTION backlog.unschedule() IS
  'Removes the pg_cron jobs of this database that backlog.schedule registered (snapshot, escalations, sync; returns the jobs removed); from a database other than pg_cron''s, returns in cron_sql what to run there.';

REVOKE ALL ON FUNCTION backlog.schedule(text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION backlog.unschedule() FROM PUBLIC;

-- Dump and restore (README "Dump and restore"): how the seeded configuration tables keep the
-- user's additions, edits and deletions through pg_dump, and the integrity check to run after
-- a restore or a bulk load.
--
-- CREATE EXTENSION seeds backlog.statuses, calendars, sla_policies, duplicate_terms,
-- duplicate_intents, duplicate_vocabulary, the scoring configuration (score_factors,
-- score_tiers, priority_matrix, score_rules, score_account_tiers), the value maps of the sync
-- (sync_value_map), the check-in intervals and burn-rate rules of the views (checkin_intervals,
-- burn_rate_rules) and the alert rules of the jobs (alert_rules), and a restore runs CREATE
-- EXTENSION before it loads any data. So:
--   * each seeded table is dumped without its seed-keyed rows (a row whose key, e.g. the status
--     name, is that of a seed): the user's own rows only, which never collide with the seeds;
--   * backlog.seed_changes records, for every seed key whose row differs from the seed, the row
--     as it is (edited) or NULL (deleted). Triggers keep it up to date as the tables change, and
--     it is dumped whole;
--   * loading backlog.seed_changes makes the seed rows what it says (its row trigger updates or
--     deletes the seed row). This is the only write a restore makes besides loading the rows;
--     it touches nothing when the table already holds that state, so a copy of the same data
--     (a second restore, a shard copy) writes nothing.
-- Whatever order the tables are loaded in, the result is the dumped state.

-- The key columns of each seeded table: a seed row and a user's row with the same key are the
-- same row (the user's edit of that seed).
CREATE FUNCTION backlog.seed_key_columns(table_name text)
RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE table_name
             WHEN 'statuses' THEN '{status}'::text[]
             WHEN 'calendars' THEN '{name}'::text[]
             WHEN 'sla_policies' THEN '{metric,priority,account_tier}'::text[]
             WHEN 'duplicate_terms' THEN '{kind,phrase}'::text[]
             WHEN 'duplicate_intents' THEN '{intent,phrase}'::text[]
             WHEN 'score_factors' THEN '{factor}'::text[]
             WHEN 'score_tiers' THEN '{tier}'::text[]
             WHEN 'priority_matrix' THEN '{impact,urgency}'::text[]
             WHEN 'score_rules' THEN '{source,value}'::text[]
             WHEN 'score_account_tiers' THEN '{account_tier}'::text[]
             WHEN 'duplicate_vocabulary' THEN '{concept,phrase}'::text[]
             WHEN 'sync_value_map' THEN '{source,kind,value}'::text[]
             WHEN 'checkin_intervals' THEN '{status}'::text[]
             WHEN 'burn_rate_rules' THEN '{name}'::text[]
             WHEN 'alert_rules' THEN '{rule}'::text[]
           END
$$;
COMMENT ON FUNCTION backlog.seed_key_columns(text) IS
  'The key columns of a seeded table (statuses, calendars, sla_policies, duplicate_terms, duplicate_intents, score_factors, score_tiers, priority_matrix, score_rules, score_account_tiers, duplicate_vocabulary, sync_value_map, checkin_intervals, burn_rate_rules, alert_rules); NULL for any other name.';

CREATE FUNCTION backlog.seed_key(table_name text, r jsonb)
RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT pg_catalog.jsonb_object_agg(k, coalesce(r OPERATOR(pg_catalog.->) k, 'null'::jsonb))
      FROM pg_catalog.unnest(backlog.seed_key_columns(table_name)) k
$$;
COMMENT ON FUNCTION backlog.seed_key(text, jsonb) IS
  'The key of a row of a seeded table (the row as jsonb), as a jsonb object of its key columns.';

-- A row as compared and recorded: its stored columns (generated ones are left out), as jsonb.
-- STABLE: intervals print by IntervalStyle (the functions that store rows pin it).
CREATE FUNCTION backlog.seed_row(table_name text, r jsonb)
RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT pg_catalog.jsonb_object_agg(a.attname, coalesce(r OPERATOR(pg_catalog.->) a.attname::text, 'null'::jsonb))
      FROM pg_catalog.pg_attribute a
     WHERE a.attrelid OPERATOR(pg_catalog.=) pg_catalog.to_regclass('backlog.' OPERATOR(pg_catalog.||) pg_catalog.quote_ident(table_name))
       AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped AND a.attgenerated OPERATOR(pg_catalog.=) ''
$$;
COMMENT ON FUNCTION backlog.seed_row(text, jsonb) IS
  'A row of a seeded table as backlog.seed_changes records it: its stored (not generated) columns as jsonb.';

-- Every table's seeds, as CREATE EXTENSION installs them.
CREATE FUNCTION backlog.seed_rows(table_name text)
RETURNS TABLE (seed_key jsonb, seed_row jsonb)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT backlog.seed_key(table_name, r.j), backlog.seed_row(table_name, r.j)
      FROM (SELECT pg_catalog.to_jsonb(s) FROM backlog.status_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'statuses'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.calendar_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'calendars'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.sla_policy_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'sla_policies'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.duplicate_term_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'duplicate_terms'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.duplicate_mode_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'duplicate_terms'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.duplicate_intent_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'duplicate_intents'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.score_factor_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'score_factors'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.score_tier_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'score_tiers'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.priority_matrix_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'priority_matrix'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.score_rule_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'score_rules'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.score_account_tier_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'score_account_tiers'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.duplicate_vocabulary_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'duplicate_vocabulary'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.sync_value_map_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'sync_value_map'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.checkin_interval_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'checkin_intervals'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.burn_rate_rule_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'burn_rate_rules'
            UNION ALL
            SELECT pg_catalog.to_jsonb(s) FROM backlog.alert_rule_seeds() s
             WHERE table_name OPERATOR(pg_catalog.=) 'alert_rules') r(j)
$$;
COMMENT ON FUNCTION backlog.seed_rows(text) IS
  'The seed rows of a seeded table as CREATE EXTENSION installs them: key and row as jsonb.';

CREATE FUNCTION backlog.is_seed_key(table_name text, r jsonb)
RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT EXISTS (SELECT 1 FROM backlog.seed_rows(table_name) s
                    WHERE s.seed_key OPERATOR(pg_catalog.=) backlog.seed_key(table_name, r))
$$;
COMMENT ON FUNCTION backlog.is_seed_key(text, jsonb) IS
  'True when a row (as jsonb) of a seeded table has the key of a seed row; pg_dump leaves such rows to backlog.seed_changes.';

-- ---------------------------------------------------------------------------------------------
-- The record of changed seeds
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.seed_changes (
    table_name   text NOT NULL CHECK (backlog.seed_key_columns(table_name) IS NOT NULL),
    seed_key     jsonb NOT NULL,
    current_row  jsonb,
    PRIMARY KEY (table_name, seed_key)
);
COMMENT ON TABLE backlog.seed_changes IS
  'Seed rows of the configuration tables (store, calendars, SLA policies, duplicate vocabularies, scoring, sync value maps, check-in intervals, burn-rate and alert rules) that differ from what CREATE EXTENSION installs: edited (current_row) or deleted (NULL). Kept by triggers; pg_dump dumps it whole and loading it makes the seed rows what it records. Do not edit by hand.';
COMMENT ON COLUMN backlog.seed_changes.table_name IS 'The seeded table: statuses, calendars, sla_policies, duplicate_terms, duplicate_intents, duplicate_vocabulary, score_factors, score_tiers, priority_matrix, score_rules, score_account_tiers, sync_value_map, checkin_intervals, burn_rate_rules or alert_rules.';
COMMENT ON COLUMN backlog.seed_changes.seed_key IS 'The seed row''s key columns as jsonb, e.g. {"status": "pending"}.';
COMMENT ON COLUMN backlog.seed_changes.current_row IS 'The row with that key as it is now (stored columns as jsonb), or NULL when it was deleted.';

SELECT pg_catalog.pg_extension_config_dump('backlog.seed_changes', '');

-- The row of a seeded table with this key, or NULL (read with dynamic SQL: one function serves
-- every seeded table).
CREATE FUNCTION backlog.seed_current_row(table_name text, k jsonb)
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
SET intervalstyle = postgres
AS $$
DECLARE
    r jsonb;
BEGIN
    EXECUTE format('SELECT backlog.seed_row(%L, pg_catalog.to_jsonb(t)) FROM backlog.%I t'
                   ' WHERE backlog.seed_key(%L, pg_catalog.to_jsonb(t)) OPERATOR(pg_catalog.=) $1',
                   table_name, table_name, table_name)
       INTO r USING k;
    RETURN r;
END
$$;
COMMENT ON FUNCTION backlog.seed_current_row(text, jsonb) IS
  'The row of a seeded table with key k, as backlog.seed_changes records it; NULL when there is none.';

-- Brings backlog.seed_changes up to date for one key of one table; writes only on a difference.
CREATE FUNCTION backlog.seed_changes_note(table_name text, k jsonb)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET intervalstyle = postgres
AS $$
DECLARE
    seed jsonb;
    cur jsonb;
    rec record;
BEGIN
    SELECT s.seed_row INTO seed FROM backlog.seed_rows(table_name) s WHERE s.seed_key OPERATOR(pg_catalog.=) k;
    IF NOT FOUND THEN
        RETURN;             -- a user's own row: pg_dump keeps it in its table
    END IF;
    cur := backlog.seed_current_row(table_name, k);
    SELECT c.current_row INTO rec FROM backlog.seed_changes c
     WHERE c.table_name OPERATOR(pg_catalog.=) seed_changes_note.table_name
       AND c.seed_key OPERATOR(pg_catalog.=) k;
    IF cur IS NOT DISTINCT FROM seed THEN
        IF FOUND THEN
            DELETE FROM backlog.seed_changes c
             WHERE c.table_name OPERATOR(pg_catalog.=) seed_changes_note.table_name
               AND c.seed_key OPERATOR(pg_catalog.=) k;
        END IF;
    ELSIF NOT FOUND THEN
        INSERT INTO backlog.seed_changes VALUES (table_name, k, cur);
    ELSIF rec.current_row IS DISTINCT FROM cur THEN
        UPDATE backlog.seed_changes c SET current_row = cur
         WHERE c.table_name OPERATOR(pg_catalog.=) seed_changes_note.table_name
           AND c.seed_key OPERATOR(pg_catalog.=) k;
    END IF;
END
$$;
COMMENT ON FUNCTION backlog.seed_changes_note(text, jsonb) IS
  'Records in backlog.seed_changes how the row with seed key k of a seeded table differs from its seed (nothing when it does not).';

CREATE FUNCTION backlog.seed_changes_track()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    tbl text := backlog.trigger_table_name(TG_TABLE_NAME);
BEGIN
    -- on Citus the coordinator's placement writes backlog.seed_changes (a reference table)
    IF backlog.citus_worker_placement(TG_TABLE_NAME) THEN
        RETURN NULL;
    END IF;
    IF TG_OP OPERATOR(pg_catalog.<>) 'INSERT' THEN
        PERFORM backlog.seed_changes_note(tbl, backlog.seed_key(tbl, pg_catalog.to_jsonb(OLD)));
    END IF;
    IF TG_OP OPERATOR(pg_catalog.<>) 'DELETE' THEN
        PERFORM backlog.seed_changes_note(tbl, backlog.seed_key(tbl, pg_catalog.to_jsonb(NEW)));
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.seed_changes_track() IS
  'Trigger on each seeded table: keeps backlog.seed_changes in step with edits and deletions of seed rows.';

CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.statuses
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();
CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.calendars
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();
CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.sla_policies
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();
CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.duplicate_terms
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();
CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.duplicate_intents
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();
CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.score_factors
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();
CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.score_tiers
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();
CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.priority_matrix
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();
CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.score_rules
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();
CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.score_account_tiers
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();
CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.duplicate_vocabulary
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();
CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.sync_value_map
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();
CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.checkin_intervals
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();
CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.burn_rate_rules
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();
CREATE TRIGGER seed_changes_track AFTER INSERT OR UPDATE OR DELETE ON backlog.alert_rules
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_track();

-- Loading a row of backlog.seed_changes (a restore) makes the table hold what it records.
CREATE FUNCTION backlog.seed_changes_apply()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET intervalstyle = postgres
AS $$
DECLARE
    cur jsonb := backlog.seed_current_row(NEW.table_name, NEW.seed_key);
    cols text;
    keys text;
BEGIN
    -- on Citus the coordinator's placement writes the seeded table (a reference table)
    IF backlog.citus_worker_placement(TG_TABLE_NAME) THEN
        RETURN NULL;
    END IF;
    IF cur IS NOT DISTINCT FROM NEW.current_row THEN
        RETURN NULL;        -- already so: write nothing
    END IF;
    SELECT pg_catalog.string_agg(pg_catalog.quote_ident(k), ', ')
      INTO cols FROM pg_catalog.jsonb_object_keys(NEW.current_row) k;
    keys := format('backlog.seed_key(%L, pg_catalog.to_jsonb(t)) OPERATOR(pg_catalog.=) $1', NEW.table_name);
    IF NEW.current_row IS NULL THEN
        EXECUTE format('DELETE FROM backlog.%I t WHERE %s', NEW.table_name, keys) USING NEW.seed_key;
    ELSIF cur IS NULL THEN
        EXECUTE format('INSERT INTO backlog.%I (%s) SELECT %s FROM pg_catalog.jsonb_populate_record(NULL::backlog.%I, $1)',
                       NEW.table_name, cols, cols, NEW.table_name) USING NEW.current_row;
    ELSE
        EXECUTE format('UPDATE backlog.%I t SET (%s) = (SELECT %s FROM pg_catalog.jsonb_populate_record(NULL::backlog.%I, $2)) WHERE %s',
                       NEW.table_name, cols, cols, NEW.table_name, keys) USING NEW.seed_key, NEW.current_row;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.seed_changes_apply() IS
  'Trigger: a row loaded into backlog.seed_changes (by a restore) updates, inserts or deletes the seed row it describes, unless the table already holds that state.';

CREATE TRIGGER seed_changes_apply AFTER INSERT OR UPDATE ON backlog.seed_changes
    FOR EACH ROW EXECUTE FUNCTION backlog.seed_changes_apply();

-- A restore may load tickets before the statuses they name (pg_restore orders the tables by the
-- foreign keys among them, and -j loads them side by side): a ticket whose status is not there
-- yet is fingerprinted as closed. When the status arrives, its tickets' open flags are set. In
-- any other INSERT of a status no ticket has it yet (tickets.status is checked), so this writes
-- nothing.
CREATE FUNCTION backlog.statuses_open_waiting_tickets()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF backlog.citus_worker_placement(TG_TABLE_NAME) THEN
        RETURN NULL;        -- on Citus the coordinator's placement does it
    END IF;
    UPDATE backlog.ticket_fingerprints f SET open = true
      FROM backlog.tickets t
     WHERE t.status OPERATOR(pg_catalog.=) NEW.status AND t.merged_into IS NULL
       AND f.ticket_id OPERATOR(pg_catalog.=) t.id AND NOT f.open;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.statuses_open_waiting_tickets() IS
  'Trigger: an added open status marks the fingerprints of the tickets already in it open (tickets a restore loaded before their status).';

CREATE TRIGGER statuses_open_waiting_tickets AFTER INSERT ON backlog.statuses
    FOR EACH ROW WHEN (NEW.is_open) EXECUTE FUNCTION backlog.statuses_open_waiting_tickets();

-- The duplicate vocabularies are registered by src/fingerprint.sql; dump them the same way.
SELECT pg_catalog.pg_extension_config_dump('backlog.duplicate_terms',
    'WHERE NOT backlog.is_seed_key(''duplicate_terms'', pg_catalog.to_jsonb(duplicate_terms))');
SELECT pg_catalog.pg_extension_config_dump('backlog.duplicate_intents',
    'WHERE NOT backlog.is_seed_key(''duplicate_intents'', pg_catalog.to_jsonb(duplicate_intents))');

-- ---------------------------------------------------------------------------------------------
-- The integrity check
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.check_integrity()
RETURNS TABLE (problem text, table_name text, row_key text, detail text)
LANGUAGE sql STABLE
AS $$
    SELECT x.problem, x.table_name, x.row_key, x.detail FROM (
        SELECT 'unknown status'::text AS problem, 'tickets'::text AS table_name, t.id::text AS row_key,
               pg_catalog.format('ticket %s has status %L, which backlog.statuses does not hold', t.id, t.status) AS detail
          FROM backlog.tickets t
         WHERE NOT EXISTS (SELECT 1 FROM backlog.statuses s WHERE s.status OPERATOR(pg_catalog.=) t.status)
        UNION ALL
        SELECT 'missing merge target', 'tickets', t.id::text,
               pg_catalog.format('ticket %s is merged into ticket %s, which does not exist', t.id, t.merged_into)
          FROM backlog.tickets t
         WHERE t.merged_into IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM backlog.tickets m WHERE m.id OPERATOR(pg_catalog.=) t.merged_into)
        UNION ALL
        SELECT 'missing calendar', 'tickets', t.id::text,
               pg_catalog.format('ticket %s names calendar %L, which backlog.calendars does not hold', t.id, t.calendar)
          FROM backlog.tickets t
         WHERE t.calendar IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM backlog.calendars c WHERE c.name OPERATOR(pg_catalog.=) t.calendar)
        UNION ALL
        SELECT 'unknown status', 'checkin_intervals', c.status,
               pg_catalog.format('a check-in interval names status %L, which backlog.statuses does not hold', c.status)
          FROM backlog.checkin_intervals c
         WHERE NOT EXISTS (SELECT 1 FROM backlog.statuses s WHERE s.status OPERATOR(pg_catalog.=) c.status)
        UNION ALL
        SELECT 'missing ticket', 'ticket_events', e.ticket_id::text,
               pg_catalog.format('events of ticket %s, which does not exist', e.ticket_id)
          FROM (SELECT DISTINCT x.ticket_id FROM backlog.ticket_events x
                 WHERE NOT EXISTS (SELECT 1 FROM backlog.tickets t WHERE t.id OPERATOR(pg_catalog.=) x.ticket_id)) e
        UNION ALL
        SELECT 'unknown status', 'ticket_events', e.ticket_id::text,
               pg_catalog.format('a status event of ticket %s names %L, which backlog.statuses does not hold', e.ticket_id, e.value)
          FROM backlog.ticket_events e
         WHERE e.kind OPERATOR(pg_catalog.=) 'status'
           AND NOT EXISTS (SELECT 1 FROM backlog.statuses s WHERE s.status OPERATOR(pg_catalog.=) e.value)
        UNION ALL
        SELECT CASE WHEN c.name IS NULL THEN 'missing calendar'
                    WHEN NOT backlog.calendar_has_work(c.calendar) THEN 'calendar without working time'
                    ELSE 'target out of reach' END,
               'sla_policies', pg_catalog.concat_ws('/', p.metric, coalesce(p.priority, 'any'), coalesce(p.account_tier, 'any')),
               pg_catalog.format('SLA policy (%s, %s, %s) names calendar %L, which %s', p.metric,
                                 coalesce(p.priority, 'any priority'), coalesce(p.account_tier, 'any tier'), p.calendar,
                                 CASE WHEN c.name IS NULL THEN 'does not exist'
                                      WHEN NOT backlog.calendar_has_work(c.calendar) THEN 'has no working time'
                                      ELSE pg_catalog.format('does not reach the target %s within 50 years', p.target) END)
          FROM backlog.sla_policies p
          LEFT JOIN backlog.calendars c ON c.name OPERATOR(pg_catalog.=) p.calendar
         WHERE c.name IS NULL OR NOT backlog.sla_target_reachable(c.calendar, p.target)
        UNION ALL
        SELECT 'stale fingerprint', 'ticket_fingerprints', t.id::text,
               pg_catalog.format('ticket %s has no fingerprint or a wrong open flag; run backlog.refresh_fingerprints()', t.id)
          FROM backlog.tickets t
          LEFT JOIN backlog.ticket_fingerprints f ON f.ticket_id OPERATOR(pg_catalog.=) t.id
         WHERE f.ticket_id IS NULL OR f.open IS DISTINCT FROM backlog.ticket_is_open(t.status, t.merged_into)
        UNION ALL
        SELECT 'seed change not applied', 'seed_changes', pg_catalog.concat_ws(' ', c.table_name, c.seed_key::text),
               pg_catalog.format('backlog.%s does not hold the row backlog.seed_changes records for %s', c.table_name, c.seed_key)
          FROM backlog.seed_changes c
         WHERE backlog.seed_current_row(c.table_name, c.seed_key) IS DISTINCT FROM c.current_row
    ) x
    ORDER BY x.table_name, x.problem, x.row_key
$$;
COMMENT ON FUNCTION backlog.check_integrity() IS
  'Lists what the store''s row checks would have refused, for use after a restore or a COPY (which they do not check): tickets, status events or check-in intervals naming an unknown status, tickets naming a missing calendar, events of missing tickets, merges into missing tickets, SLA policies naming a missing calendar, one without working time or one that does not reach their target, stale fingerprints, seed changes not applied. No rows: all is well.';

-- The scoring configuration (src/score.sql, created by 40-score.sql) joins the record of changed
-- seeds of src/restore.sql: the key columns and seed rows of its tables, their tracking triggers
-- and their pg_dump filters.
ALTER TABLE backlog.seed_changes DROP CONSTRAINT seed_changes_table_name_check;
DROP FUNCTION backlog.seed_key_columns(text);
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
           END
$$;
COMMENT ON FUNCTION backlog.seed_key_columns(text) IS
  'The key columns of a seeded table (statuses, calendars, sla_policies, duplicate_terms, duplicate_intents, score_factors, score_tiers, priority_matrix, score_rules, score_account_tiers); NULL for any other name.';

ALTER TABLE backlog.seed_changes ADD CONSTRAINT seed_changes_table_name_check
    CHECK (backlog.seed_key_columns(table_name) IS NOT NULL);
COMMENT ON TABLE backlog.seed_changes IS
  'Seed rows of the configuration tables (store, calendars, SLA policies, duplicate vocabularies, scoring) that differ from what CREATE EXTENSION installs: edited (current_row) or deleted (NULL). Kept by triggers; pg_dump dumps it whole and loading it makes the seed rows what it records. Do not edit by hand.';
COMMENT ON COLUMN backlog.seed_changes.table_name IS 'The seeded table: statuses, calendars, sla_policies, duplicate_terms, duplicate_intents, score_factors, score_tiers, priority_matrix, score_rules or score_account_tiers.';

DROP FUNCTION backlog.seed_rows(text);
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
             WHERE table_name OPERATOR(pg_catalog.=) 'score_account_tiers') r(j)
$$;
COMMENT ON FUNCTION backlog.seed_rows(text) IS
  'The seed rows of a seeded table as CREATE EXTENSION installs them: key and row as jsonb.';

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

SELECT pg_catalog.pg_extension_config_dump('backlog.score_factors',
    'WHERE NOT backlog.is_seed_key(''score_factors'', pg_catalog.to_jsonb(score_factors))');
SELECT pg_catalog.pg_extension_config_dump('backlog.score_tiers',
    'WHERE NOT backlog.is_seed_key(''score_tiers'', pg_catalog.to_jsonb(score_tiers))');
SELECT pg_catalog.pg_extension_config_dump('backlog.priority_matrix',
    'WHERE NOT backlog.is_seed_key(''priority_matrix'', pg_catalog.to_jsonb(priority_matrix))');
SELECT pg_catalog.pg_extension_config_dump('backlog.score_rules',
    'WHERE NOT backlog.is_seed_key(''score_rules'', pg_catalog.to_jsonb(score_rules))');
SELECT pg_catalog.pg_extension_config_dump('backlog.score_account_tiers',
    'WHERE NOT backlog.is_seed_key(''score_account_tiers'', pg_catalog.to_jsonb(score_account_tiers))');


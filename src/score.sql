-- Tier scoring and the prioritized queue (SPEC §4): the configuration tables, the C scoring
-- function, each open ticket's inputs, backlog.queue, backlog.queue_for and backlog.explain_score.
--
-- Levels. Impact, urgency and tiers share one scale: 'critical', 'high', 'normal', 'low'.
--
-- New in 0.2: src/updates/0.1--0.2/40-score.sql is a link to this file, so the upgrade from 0.1
-- creates exactly what a fresh install does. (When 0.2 is released its built upgrade script is
-- frozen; a later change here then needs its own fragment in the next upgrade directory.)

-- ---------------------------------------------------------------------------------------------
-- Configuration tables.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.score_factors (
    factor  text PRIMARY KEY,
    weight  double precision NOT NULL,
    cap     double precision,
    unit    text NOT NULL
);
COMMENT ON TABLE backlog.score_factors IS
  'Weights and caps of the score''s factors: points = least(weight * scaled input, cap), rounded to 0.01. One row per factor (rows cannot be added or removed; weight 0 turns a factor off).';
COMMENT ON COLUMN backlog.score_factors.factor IS 'Factor name, the key in score_reasons.';
COMMENT ON COLUMN backlog.score_factors.weight IS 'Points per unit of the scaled input (finite, not negative).';
COMMENT ON COLUMN backlog.score_factors.cap IS 'Most points the factor can give; NULL for no cap.';
COMMENT ON COLUMN backlog.score_factors.unit IS 'What one unit of the scaled input is (documentation; not used in the formula).';

CREATE TABLE backlog.score_tiers (
    tier        text PRIMARY KEY,
    min_score   double precision NOT NULL,
    age_target  interval NOT NULL
);
COMMENT ON TABLE backlog.score_tiers IS
  'Tier boundaries: a ticket is in the best tier whose min_score its score reaches. Exactly the four tiers critical, high, normal and low; low starts at 0 and boundaries rise strictly.';
COMMENT ON COLUMN backlog.score_tiers.tier IS 'critical, high, normal or low.';
COMMENT ON COLUMN backlog.score_tiers.min_score IS 'Lowest score of the tier (low: 0).';
COMMENT ON COLUMN backlog.score_tiers.age_target IS 'Age a ticket of this base tier should not reach (the age factor counts ages in these units); no longer for a better tier.';

CREATE TABLE backlog.priority_matrix (
    impact   text NOT NULL,
    urgency  text NOT NULL,
    points   double precision NOT NULL,
    PRIMARY KEY (impact, urgency)
);
COMMENT ON TABLE backlog.priority_matrix IS
  'Priority matrix: the points of each impact x urgency (16 cells, each level critical, high, normal or low). A cell never gives fewer points than one of lower impact or lower urgency.';
COMMENT ON COLUMN backlog.priority_matrix.impact IS 'Impact level: critical, high, normal or low.';
COMMENT ON COLUMN backlog.priority_matrix.urgency IS 'Urgency level: critical, high, normal or low.';
COMMENT ON COLUMN backlog.priority_matrix.points IS 'Points of the matrix factor (before its weight).';

CREATE TABLE backlog.score_rules (
    source   text NOT NULL,
    value    text NOT NULL,
    impact   text,
    urgency  text,
    PRIMARY KEY (source, value)
);
COMMENT ON TABLE backlog.score_rules IS
  'How impact and urgency are derived: each rule whose value matches the ticket''s priority, category or one of its tags (case-insensitively) proposes an impact and/or an urgency; the highest proposed level wins, normal when none.';
COMMENT ON COLUMN backlog.score_rules.source IS 'What the value is matched against: priority, category or tag.';
COMMENT ON COLUMN backlog.score_rules.value IS 'The priority, category or tag (stored lower-case).';
COMMENT ON COLUMN backlog.score_rules.impact IS 'Impact the rule proposes (NULL: none).';
COMMENT ON COLUMN backlog.score_rules.urgency IS 'Urgency the rule proposes (NULL: none).';

CREATE TABLE backlog.score_account_tiers (
    account_tier  text PRIMARY KEY,
    points        double precision NOT NULL
);
COMMENT ON TABLE backlog.score_account_tiers IS
  'Points of each account tier (backlog.tickets.account_tier, matched case-insensitively); a tier not listed, or none, scores 0.';
COMMENT ON COLUMN backlog.score_account_tiers.account_tier IS 'Account tier (stored lower-case).';
COMMENT ON COLUMN backlog.score_account_tiers.points IS 'Points of the account_tier factor (before its weight).';

CREATE TABLE backlog.account_values (
    account         text PRIMARY KEY,
    contract_value  double precision NOT NULL
);
COMMENT ON TABLE backlog.account_values IS
  'Contract value of each account (backlog.tickets.account), for the contract_value factor; accounts not listed count 0. Fill it from the CRM.';
COMMENT ON COLUMN backlog.account_values.account IS 'Account name as in backlog.tickets.account.';
COMMENT ON COLUMN backlog.account_values.contract_value IS 'Annual contract value in any one currency (finite, not negative).';

CREATE TABLE backlog.score_clusters (
    ticket_id  bigint PRIMARY KEY REFERENCES backlog.tickets (id) ON DELETE CASCADE,
    accounts   integer NOT NULL CHECK (accounts >= 1)
);
COMMENT ON TABLE backlog.score_clusters IS
  'Accounts affected by each ticket''s duplicate cluster, as backlog.refresh_score_clusters() last read them from backlog.duplicate_clusters (which is too costly to read for every queue query).';
COMMENT ON COLUMN backlog.score_clusters.ticket_id IS 'A ticket in a duplicate cluster.';
COMMENT ON COLUMN backlog.score_clusters.accounts IS 'Distinct accounts of its cluster.';

-- The levels, worst first: array_position gives the rank (1 low .. 4 critical).
CREATE FUNCTION backlog.score_levels()
RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT '{low,normal,high,critical}'::text[] $$;
COMMENT ON FUNCTION backlog.score_levels() IS
  'The impact, urgency and tier levels from worst to best: low, normal, high, critical.';

-- The factors, in the order of backlog.score_config() and of the C core.
CREATE FUNCTION backlog.score_factor_names()
RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT '{matrix,account_tier,contract_value,sla_risk,sla_breached,age,repeat_contacts,reopens,blocked,duplicates}'::text[] $$;
COMMENT ON FUNCTION backlog.score_factor_names() IS
  'The score''s factors, in the order backlog.score_config() lists them.';

-- ---- seeds --------------------------------------------------------------------------------------
CREATE FUNCTION backlog.score_factor_seeds()
RETURNS SETOF backlog.score_factors
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    VALUES ('matrix'::text,     1::float8, NULL::float8, 'matrix point'::text),
           ('account_tier',     1,  NULL, 'account tier point'),
           ('contract_value',   5,  20,   'log10(1 + contract value / 1000)'),
           ('sla_risk',         20, 20,   'share of the SLA target consumed'),
           ('sla_breached',     10, NULL, 'breached (1) or not (0)'),
           ('age',              10, 30,   'age target of the base tier'),
           ('repeat_contacts',  5,  20,   'customer reply since the last agent reply'),
           ('reopens',          5,  15,   'reopen'),
           ('blocked',          4,  20,   'day waiting on an internal team'),
           ('duplicates',       5,  25,   'doubling of the accounts affected')
$$;
COMMENT ON FUNCTION backlog.score_factor_seeds() IS
  'The score_factors rows CREATE EXTENSION installs.';

CREATE FUNCTION backlog.score_tier_seeds()
RETURNS SETOF backlog.score_tiers
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    VALUES ('critical'::text, 90::float8, interval '8 hours'),
           ('high',           45,         interval '24 hours'),
           ('normal',         25,         interval '72 hours'),
           ('low',            0,          interval '168 hours')
$$;
COMMENT ON FUNCTION backlog.score_tier_seeds() IS
  'The score_tiers rows CREATE EXTENSION installs.';

CREATE FUNCTION backlog.priority_matrix_seeds()
RETURNS SETOF backlog.priority_matrix
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT i.level, u.level, (ARRAY[ARRAY[ 0, 10, 15, 25],
                                     ARRAY[15, 25, 30, 40],
                                     ARRAY[35, 45, 50, 60],
                                     ARRAY[45, 60, 70, 75]]::float8[])[i.n][u.n]
      FROM unnest(backlog.score_levels()) WITH ORDINALITY i(level, n),
           unnest(backlog.score_levels()) WITH ORDINALITY u(level, n)
$$;
COMMENT ON FUNCTION backlog.priority_matrix_seeds() IS
  'The priority_matrix rows CREATE EXTENSION installs.';

CREATE FUNCTION backlog.score_rule_seeds()
RETURNS SETOF backlog.score_rules
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    VALUES ('priority'::text, 'urgent'::text, NULL::text, 'critical'::text),
           ('priority', 'high',             NULL,       'high'),
           ('priority', 'normal',           NULL,       'normal'),
           ('priority', 'low',              NULL,       'low'),
           -- outages, data loss, security and revenue-blocking issues: critical and urgent
           ('category', 'outage',           'critical', 'critical'),
           ('category', 'data loss',        'critical', 'critical'),
           ('category', 'security',         'critical', 'critical'),
           ('tag',      'outage',           'critical', 'critical'),
           ('tag',      'data_loss',        'critical', 'critical'),
           ('tag',      'security',         'critical', 'critical'),
           ('tag',      'revenue_blocking', 'critical', 'critical'),
           -- bugs, billing errors and integration failures: high impact
           ('category', 'bug',              'high',     NULL),
           ('category', 'billing',          'high',     NULL),
           ('category', 'integrations',     'high',     NULL),
           ('category', 'login',            'high',     NULL),
           -- how-to and configuration: normal
           ('category', 'how-to',           'normal',   NULL),
           ('category', 'configuration',    'normal',   NULL),
           -- feature requests, cosmetic issues, feedback: low
           ('category', 'feature request',  'low',      NULL),
           ('category', 'cosmetic',         'low',      NULL),
           ('category', 'feedback',         'low',      NULL)
$$;
COMMENT ON FUNCTION backlog.score_rule_seeds() IS
  'The score_rules rows CREATE EXTENSION installs.';

CREATE FUNCTION backlog.score_account_tier_seeds()
RETURNS SETOF backlog.score_account_tiers
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    VALUES ('enterprise'::text, 15::float8), ('business', 8), ('starter', 3), ('free', 0)
$$;
COMMENT ON FUNCTION backlog.score_account_tier_seeds() IS
  'The score_account_tiers rows CREATE EXTENSION installs.';

-- ---- validation -------------------------------------------------------------------------------
-- Each row as it is written (clear messages, SQLSTATE 22023), then each statement's result as a
-- whole (complete sets, ordered boundaries, a monotonic matrix), so that a multi-row UPDATE may
-- pass through states a single-row one could not.
CREATE FUNCTION backlog.score_config_check_row()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    tbl text := backlog.trigger_table_name(TG_TABLE_NAME);
    r record;
BEGIN
    IF tbl OPERATOR(pg_catalog.=) 'score_factors' THEN
        IF NOT NEW.factor OPERATOR(pg_catalog.=) ANY (backlog.score_factor_names()) THEN
            RAISE EXCEPTION 'unknown score factor "%"', NEW.factor
                  USING ERRCODE = 'invalid_parameter_value',
                        HINT = 'The factors are ' || pg_catalog.array_to_string(backlog.score_factor_names(), ', ') || '.';
        END IF;
        IF NOT (NEW.weight OPERATOR(pg_catalog.>=) 0 AND NEW.weight OPERATOR(pg_catalog.<) 'Infinity') THEN
            RAISE EXCEPTION 'weight % of score factor "%" must be finite and not negative', NEW.weight, NEW.factor
                  USING ERRCODE = 'invalid_parameter_value', HINT = 'Set the weight to 0 to turn the factor off.';
        END IF;
        IF NOT (NEW.cap OPERATOR(pg_catalog.>=) 0) THEN
            RAISE EXCEPTION 'cap % of score factor "%" must not be negative', NEW.cap, NEW.factor
                  USING ERRCODE = 'invalid_parameter_value', HINT = 'Use NULL for no cap.';
        END IF;
    ELSIF tbl OPERATOR(pg_catalog.=) 'score_tiers' THEN
        IF NOT NEW.tier OPERATOR(pg_catalog.=) ANY (backlog.score_levels()) THEN
            RAISE EXCEPTION 'unknown tier "%"', NEW.tier
                  USING ERRCODE = 'invalid_parameter_value', HINT = 'The tiers are critical, high, normal and low.';
        END IF;
        IF NOT (NEW.min_score OPERATOR(pg_catalog.>=) 0 AND NEW.min_score OPERATOR(pg_catalog.<) 'Infinity') THEN
            RAISE EXCEPTION 'min_score % of tier "%" must be finite and not negative', NEW.min_score, NEW.tier
                  USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF NOT (NEW.age_target OPERATOR(pg_catalog.>) interval '0') THEN
            RAISE EXCEPTION 'age_target % of tier "%" must be positive', NEW.age_target, NEW.tier
                  USING ERRCODE = 'invalid_parameter_value';
        END IF;
    ELSIF tbl OPERATOR(pg_catalog.=) 'priority_matrix' THEN
        IF NOT NEW.impact OPERATOR(pg_catalog.=) ANY (backlog.score_levels())
           OR NOT NEW.urgency OPERATOR(pg_catalog.=) ANY (backlog.score_levels()) THEN
            RAISE EXCEPTION 'unknown impact or urgency level in priority matrix cell (%, %)', NEW.impact, NEW.urgency
                  USING ERRCODE = 'invalid_parameter_value', HINT = 'The levels are critical, high, normal and low.';
        END IF;
        IF NOT (NEW.points OPERATOR(pg_catalog.>=) 0 AND NEW.points OPERATOR(pg_catalog.<) 'Infinity') THEN
            RAISE EXCEPTION 'points % of priority matrix cell (%, %) must be finite and not negative', NEW.points, NEW.impact, NEW.urgency
                  USING ERRCODE = 'invalid_parameter_value';
        END IF;
    ELSIF tbl OPERATOR(pg_catalog.=) 'score_rules' THEN
        NEW.value := pg_catalog.lower(NEW.value);
        IF NOT NEW.source OPERATOR(pg_catalog.=) ANY ('{priority,category,tag}'::text[]) THEN
            RAISE EXCEPTION 'unknown score rule source "%"', NEW.source
                  USING ERRCODE = 'invalid_parameter_value', HINT = 'A rule matches a priority, a category or a tag.';
        END IF;
        IF NOT NEW.impact OPERATOR(pg_catalog.=) ANY (backlog.score_levels())
           OR NOT NEW.urgency OPERATOR(pg_catalog.=) ANY (backlog.score_levels())
           OR (NEW.impact IS NULL AND NEW.urgency IS NULL) THEN
            RAISE EXCEPTION 'score rule (%, %) must propose an impact or an urgency of critical, high, normal or low', NEW.source, NEW.value
                  USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF NEW.value OPERATOR(pg_catalog.=) '' THEN
            RAISE EXCEPTION 'score rule value must not be empty' USING ERRCODE = 'invalid_parameter_value';
        END IF;
    ELSIF tbl OPERATOR(pg_catalog.=) 'score_account_tiers' THEN
        NEW.account_tier := pg_catalog.lower(NEW.account_tier);
        IF NOT (NEW.points OPERATOR(pg_catalog.>=) 0 AND NEW.points OPERATOR(pg_catalog.<) 'Infinity') THEN
            RAISE EXCEPTION 'points % of account tier "%" must be finite and not negative', NEW.points, NEW.account_tier
                  USING ERRCODE = 'invalid_parameter_value';
        END IF;
    ELSIF tbl OPERATOR(pg_catalog.=) 'account_values' THEN
        IF NOT (NEW.contract_value OPERATOR(pg_catalog.>=) 0 AND NEW.contract_value OPERATOR(pg_catalog.<) 'Infinity') THEN
            RAISE EXCEPTION 'contract value % of account "%" must be finite and not negative', NEW.contract_value, NEW.account
                  USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION backlog.score_config_check_row() IS
  'Trigger: validates a row of a score configuration table (names, levels, finite non-negative numbers) and lower-cases matched names.';

CREATE FUNCTION backlog.score_config_check_table()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    tbl text := backlog.trigger_table_name(TG_TABLE_NAME);
    missing text;
    bad record;
BEGIN
    -- the DELETE of score_config_replace runs inside an INSERT, which is checked when it ends
    IF pg_catalog.pg_trigger_depth() OPERATOR(pg_catalog.>) 1 THEN
        RETURN NULL;
    END IF;
    IF tbl OPERATOR(pg_catalog.=) 'score_factors' THEN
        SELECT pg_catalog.string_agg(n, ', ') INTO missing
          FROM pg_catalog.unnest(backlog.score_factor_names()) n
         WHERE NOT EXISTS (SELECT 1 FROM backlog.score_factors f WHERE f.factor OPERATOR(pg_catalog.=) n);
        IF missing IS NOT NULL THEN
            RAISE EXCEPTION 'score factor % missing', missing
                  USING ERRCODE = 'integrity_constraint_violation', HINT = 'Every factor keeps its row; set its weight to 0 to turn it off.';
        END IF;
    ELSIF tbl OPERATOR(pg_catalog.=) 'score_tiers' THEN
        SELECT pg_catalog.string_agg(n, ', ') INTO missing
          FROM pg_catalog.unnest(backlog.score_levels()) n
         WHERE NOT EXISTS (SELECT 1 FROM backlog.score_tiers t WHERE t.tier OPERATOR(pg_catalog.=) n);
        IF missing IS NOT NULL THEN
            RAISE EXCEPTION 'tier % missing', missing
                  USING ERRCODE = 'integrity_constraint_violation', HINT = 'The four tiers critical, high, normal and low keep their rows.';
        END IF;
        IF (SELECT t.min_score FROM backlog.score_tiers t WHERE t.tier OPERATOR(pg_catalog.=) 'low') OPERATOR(pg_catalog.<>) 0 THEN
            RAISE EXCEPTION 'tier "low" must start at min_score 0'
                  USING ERRCODE = 'invalid_parameter_value', DETAIL = 'Every score is at least low.';
        END IF;
        SELECT a.tier AS worse, a.min_score AS worse_min, b.tier AS better, b.min_score AS better_min,
               a.age_target AS worse_age, b.age_target AS better_age INTO bad
          FROM backlog.score_tiers a
          JOIN backlog.score_tiers b
            ON pg_catalog.array_position(backlog.score_levels(), b.tier)
               OPERATOR(pg_catalog.=) (pg_catalog.array_position(backlog.score_levels(), a.tier) OPERATOR(pg_catalog.+) 1)
         WHERE b.min_score OPERATOR(pg_catalog.<=) a.min_score OR b.age_target OPERATOR(pg_catalog.>) a.age_target
         LIMIT 1;
        IF FOUND AND bad.better_min OPERATOR(pg_catalog.<=) bad.worse_min THEN
            RAISE EXCEPTION 'tier boundaries overlap or are out of order: "%" starts at % and "%" at %',
                  bad.better, bad.better_min, bad.worse, bad.worse_min
                  USING ERRCODE = 'invalid_parameter_value',
                        HINT = 'min_score must rise strictly from low (0) to normal, high and critical.';
        ELSIF FOUND THEN
            RAISE EXCEPTION 'age target % of tier "%" is longer than % of tier "%"',
                  bad.better_age, bad.better, bad.worse_age, bad.worse
                  USING ERRCODE = 'invalid_parameter_value',
                        HINT = 'A better tier must not allow more age than a worse one.';
        END IF;
    ELSIF tbl OPERATOR(pg_catalog.=) 'priority_matrix' THEN
        IF (SELECT pg_catalog.count(*) FROM backlog.priority_matrix) OPERATOR(pg_catalog.<>) 16 THEN
            RAISE EXCEPTION 'priority matrix must have its 16 cells'
                  USING ERRCODE = 'integrity_constraint_violation', HINT = 'Update the points of a cell instead of deleting it.';
        END IF;
        SELECT a.impact, a.urgency, a.points, b.impact AS b_impact, b.urgency AS b_urgency, b.points AS b_points INTO bad
          FROM backlog.priority_matrix a
          JOIN backlog.priority_matrix b
            ON (pg_catalog.array_position(backlog.score_levels(), b.impact) OPERATOR(pg_catalog.=)
                    (pg_catalog.array_position(backlog.score_levels(), a.impact) OPERATOR(pg_catalog.+) 1)
                AND b.urgency OPERATOR(pg_catalog.=) a.urgency)
            OR (pg_catalog.array_position(backlog.score_levels(), b.urgency) OPERATOR(pg_catalog.=)
                    (pg_catalog.array_position(backlog.score_levels(), a.urgency) OPERATOR(pg_catalog.+) 1)
                AND b.impact OPERATOR(pg_catalog.=) a.impact)
         WHERE b.points OPERATOR(pg_catalog.<) a.points
         LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'priority matrix cell (%, %) gives % points, fewer than the % of (%, %)',
                  bad.b_impact, bad.b_urgency, bad.b_points, bad.points, bad.impact, bad.urgency
                  USING ERRCODE = 'invalid_parameter_value',
                        HINT = 'More impact or more urgency must never give fewer points.';
        END IF;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.score_config_check_table() IS
  'Trigger: after each statement, checks a score configuration table as a whole (every factor, tier and matrix cell present, tier boundaries and age targets ordered, the matrix monotonic).';

-- Inserting a row whose key exists replaces it (an edit by INSERT). The trigger arguments name
-- the key columns. (A restore does not rely on it: src/restore.sql.)
CREATE FUNCTION backlog.score_config_replace()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    cond text := '';
    i integer;
BEGIN
    FOR i IN 0 .. TG_NARGS OPERATOR(pg_catalog.-) 1 LOOP
        cond := cond || CASE WHEN i OPERATOR(pg_catalog.>) 0 THEN ' AND ' ELSE '' END
                     || pg_catalog.format('t.%1$I OPERATOR(pg_catalog.=) ($1).%1$I', TG_ARGV[i]);
    END LOOP;
    EXECUTE pg_catalog.format('DELETE FROM %I.%I t WHERE %s', TG_TABLE_SCHEMA, TG_TABLE_NAME, cond) USING NEW;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION backlog.score_config_replace() IS
  'Trigger: an inserted score configuration row replaces the row with the same key.';

-- Triggers fire in name order: the row check (a, which lower-cases names) before replace (b).
CREATE TRIGGER a_check_row BEFORE INSERT OR UPDATE ON backlog.score_factors
    FOR EACH ROW EXECUTE FUNCTION backlog.score_config_check_row();
CREATE TRIGGER a_check_row BEFORE INSERT OR UPDATE ON backlog.score_tiers
    FOR EACH ROW EXECUTE FUNCTION backlog.score_config_check_row();
CREATE TRIGGER a_check_row BEFORE INSERT OR UPDATE ON backlog.priority_matrix
    FOR EACH ROW EXECUTE FUNCTION backlog.score_config_check_row();
CREATE TRIGGER a_check_row BEFORE INSERT OR UPDATE ON backlog.score_rules
    FOR EACH ROW EXECUTE FUNCTION backlog.score_config_check_row();
CREATE TRIGGER a_check_row BEFORE INSERT OR UPDATE ON backlog.score_account_tiers
    FOR EACH ROW EXECUTE FUNCTION backlog.score_config_check_row();
CREATE TRIGGER a_check_row BEFORE INSERT OR UPDATE ON backlog.account_values
    FOR EACH ROW EXECUTE FUNCTION backlog.score_config_check_row();
CREATE TRIGGER b_replace BEFORE INSERT ON backlog.score_factors
    FOR EACH ROW EXECUTE FUNCTION backlog.score_config_replace('factor');
CREATE TRIGGER b_replace BEFORE INSERT ON backlog.score_tiers
    FOR EACH ROW EXECUTE FUNCTION backlog.score_config_replace('tier');
CREATE TRIGGER b_replace BEFORE INSERT ON backlog.priority_matrix
    FOR EACH ROW EXECUTE FUNCTION backlog.score_config_replace('impact', 'urgency');
CREATE TRIGGER b_replace BEFORE INSERT ON backlog.score_rules
    FOR EACH ROW EXECUTE FUNCTION backlog.score_config_replace('source', 'value');
CREATE TRIGGER b_replace BEFORE INSERT ON backlog.score_account_tiers
    FOR EACH ROW EXECUTE FUNCTION backlog.score_config_replace('account_tier');

INSERT INTO backlog.score_factors SELECT * FROM backlog.score_factor_seeds();
INSERT INTO backlog.score_tiers SELECT * FROM backlog.score_tier_seeds();
INSERT INTO backlog.priority_matrix SELECT * FROM backlog.priority_matrix_seeds();
INSERT INTO backlog.score_rules SELECT * FROM backlog.score_rule_seeds();
INSERT INTO backlog.score_account_tiers SELECT * FROM backlog.score_account_tier_seeds();

-- The whole-table checks start after the seeds are in (the seeds pass them).
CREATE TRIGGER c_check_table AFTER INSERT OR UPDATE OR DELETE ON backlog.score_factors
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.score_config_check_table();
CREATE TRIGGER c_check_table AFTER INSERT OR UPDATE OR DELETE ON backlog.score_tiers
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.score_config_check_table();
CREATE TRIGGER c_check_table AFTER INSERT OR UPDATE OR DELETE ON backlog.priority_matrix
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.score_config_check_table();

-- pg_dump keeps what differs from the seeds (src/restore.sql, README "Dump and restore"),
-- account_values whole; score_clusters is derived (refresh it).
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
SELECT pg_catalog.pg_extension_config_dump('backlog.account_values', '');
SELECT pg_catalog.pg_extension_config_dump('backlog.score_clusters', 'WHERE false');

-- ---------------------------------------------------------------------------------------------
-- The scoring function.
-- ---------------------------------------------------------------------------------------------
-- The configuration as one array, in the order the C core reads it: the factors' weights and
-- caps (Infinity for none), then each tier's min_score and age target in hours, critical first.
CREATE FUNCTION backlog.score_config()
RETURNS double precision[]
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT (SELECT pg_catalog.array_agg(f.weight ORDER BY n.i)
              FROM pg_catalog.unnest(backlog.score_factor_names()) WITH ORDINALITY n(name, i)
              JOIN backlog.score_factors f ON f.factor OPERATOR(pg_catalog.=) n.name)
           OPERATOR(pg_catalog.||)
           (SELECT pg_catalog.array_agg(coalesce(f.cap, 'Infinity') ORDER BY n.i)
              FROM pg_catalog.unnest(backlog.score_factor_names()) WITH ORDINALITY n(name, i)
              JOIN backlog.score_factors f ON f.factor OPERATOR(pg_catalog.=) n.name)
           OPERATOR(pg_catalog.||)
           (SELECT pg_catalog.array_agg(t.min_score ORDER BY n.i DESC)
              FROM pg_catalog.unnest(backlog.score_levels()) WITH ORDINALITY n(name, i)
              JOIN backlog.score_tiers t ON t.tier OPERATOR(pg_catalog.=) n.name)
           OPERATOR(pg_catalog.||)
           (SELECT pg_catalog.array_agg(pg_catalog.date_part('epoch', t.age_target) OPERATOR(pg_catalog./) 3600 ORDER BY n.i DESC)
              FROM pg_catalog.unnest(backlog.score_levels()) WITH ORDINALITY n(name, i)
              JOIN backlog.score_tiers t ON t.tier OPERATOR(pg_catalog.=) n.name)
$$;
COMMENT ON FUNCTION backlog.score_config() IS
  'The score configuration as backlog.score() takes it: the weights of the factors of backlog.score_factor_names(), their caps (Infinity for none), the min_score of the tiers critical, high, normal, low, and their age targets in hours.';

CREATE TYPE backlog.score_result AS (
    score      double precision,
    tier       text,
    reasons    jsonb,
    base_tier  text
);
COMMENT ON TYPE backlog.score_result IS 'Result of backlog.score: the score, its tier, the points per factor and the base tier.';
COMMENT ON COLUMN backlog.score_result.score IS 'Sum of the points of every factor.';
COMMENT ON COLUMN backlog.score_result.tier IS 'critical, high, normal or low: the best tier whose min_score the score reaches.';
COMMENT ON COLUMN backlog.score_result.reasons IS 'jsonb object: each factor name and the points it contributed (numbers with two decimals, adding up to score).';
COMMENT ON COLUMN backlog.score_result.base_tier IS 'The tier of the matrix, account_tier and contract_value points alone; its age target is what the age factor measures against.';

-- Not STRICT: a NULL factor scores as its default (0, false, one account).
CREATE FUNCTION backlog.score(config double precision[], matrix double precision,
                              account_tier double precision, contract_value double precision,
                              sla_consumed double precision, sla_breached boolean,
                              age_hours double precision, repeat_contacts integer, reopens integer,
                              blocked_hours double precision, duplicate_accounts integer)
RETURNS backlog.score_result
LANGUAGE c IMMUTABLE PARALLEL SAFE
-- costly (it builds the jsonb reasons): a query with ORDER BY and LIMIT calls it only for the
-- rows it returns, after sorting by backlog.score_points
COST 100
AS 'MODULE_PATHNAME', 'backlog_score';
COMMENT ON FUNCTION backlog.score(double precision[], double precision, double precision, double precision, double precision, boolean, double precision, integer, integer, double precision, integer) IS
  'Scores one ticket from its raw inputs under a configuration (backlog.score_config()): matrix and account tier points, contract value, share of the SLA target consumed, breached, age in hours, repeat contacts, reopens, hours blocked, accounts affected. NULL inputs count 0 (one account); negative or non-finite ones are errors.';

-- The score alone (what the queue sorts by), and the tier of a score: the same C code as
-- backlog.score, without building the reasons.
CREATE FUNCTION backlog.score_points(config double precision[], matrix double precision,
                                     account_tier double precision, contract_value double precision,
                                     sla_consumed double precision, sla_breached boolean,
                                     age_hours double precision, repeat_contacts integer, reopens integer,
                                     blocked_hours double precision, duplicate_accounts integer)
RETURNS double precision
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_score_points';
COMMENT ON FUNCTION backlog.score_points(double precision[], double precision, double precision, double precision, double precision, boolean, double precision, integer, integer, double precision, integer) IS
  'The score backlog.score gives for the same arguments (its score field), without the reasons: what backlog.queue sorts by.';

CREATE FUNCTION backlog.score_tier(config double precision[], score double precision)
RETURNS text
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_score_tier';
COMMENT ON FUNCTION backlog.score_tier(double precision[], double precision) IS
  'The tier (critical, high, normal, low) of a score under a configuration (backlog.score_config()): the best tier whose min_score it reaches; NULL for a NULL score.';

-- ---------------------------------------------------------------------------------------------
-- Each open ticket's inputs.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.refresh_score_clusters()
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n bigint;
BEGIN
    LOCK TABLE backlog.score_clusters IN EXCLUSIVE MODE;
    DELETE FROM backlog.score_clusters;
    INSERT INTO backlog.score_clusters (ticket_id, accounts)
    SELECT m.id, pg_catalog.max(c.accounts)
      FROM backlog.duplicate_clusters c CROSS JOIN LATERAL pg_catalog.unnest(c.ticket_ids) m(id)
     GROUP BY m.id;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION backlog.refresh_score_clusters() IS
  'Stores the accounts affected by each open ticket''s duplicate cluster (backlog.duplicate_clusters) in backlog.score_clusters for the duplicates factor; returns the number of tickets stored. Run it from cron as often as clusters should count.';

-- ---------------------------------------------------------------------------------------------
-- What the score needs of each open ticket's history, stored beside it.
--
-- Reopens, repeat contacts and time blocked depend only on the ticket's status and reply events,
-- its created_at and current status, and the statuses; measured at any instant after the
-- ticket's last such event (valid_from), they are the stored figures plus, while the ticket
-- waits on an internal team, the time since that wait began. backlog.ticket_activity keeps them
-- for the open tickets, as backlog.ticket_clocks keeps SLA clocks: every write that could change
-- them deletes the ticket's row (row triggers, under COPY too), a change to the statuses deletes
-- all, and what is missing is replayed at query time and stored again by
-- backlog.refresh_ticket_activity() (which the snapshot and escalation jobs run). A cache that
-- is never wrong: a stale row cannot survive a write, an empty table only makes queries slower.
--
-- Events at one instant are taken in the order the status history uses everywhere: the one
-- naming the ticket's current status last, the others by name.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.ticket_activity (
    ticket_id        bigint PRIMARY KEY,
    valid_from       timestamptz NOT NULL,
    reopens          integer NOT NULL,
    repeat_contacts  integer NOT NULL,
    blocked          interval NOT NULL,
    blocked_since    timestamptz
);
COMMENT ON TABLE backlog.ticket_activity IS
  'What the score needs of each open ticket''s history (reopens, repeat contacts, time blocked), computed at its last status or reply event (valid_from) by backlog.refresh_ticket_activity(); backlog.score_inputs_at reads it instead of replaying the history. Derived data: a write to a ticket''s status, created_at, status or reply events deletes its row, a change to statuses deletes all; not dumped (a restore starts it empty).';
COMMENT ON COLUMN backlog.ticket_activity.ticket_id IS 'The ticket.';
COMMENT ON COLUMN backlog.ticket_activity.valid_from IS 'The ticket''s last status or reply event (or created_at): the figures hold at any later instant.';
COMMENT ON COLUMN backlog.ticket_activity.reopens IS 'Times the ticket went from a status that is not open to one that is.';
COMMENT ON COLUMN backlog.ticket_activity.repeat_contacts IS 'Customer replies after the last agent reply (all of them when no agent has replied).';
COMMENT ON COLUMN backlog.ticket_activity.blocked IS 'Time spent in statuses waiting on an internal team, in stretches that have ended.';
COMMENT ON COLUMN backlog.ticket_activity.blocked_since IS 'When the current stretch waiting on an internal team began; NULL when the ticket does not wait on one. Time blocked at T is blocked + (T - blocked_since).';

-- The figures of the given tickets (NULL: every open ticket without a stored row), from their
-- whole history.
CREATE FUNCTION backlog.activity_of(ids bigint[])
RETURNS TABLE (ticket_id bigint, valid_from timestamptz, reopens integer, repeat_contacts integer,
               blocked interval, blocked_since timestamptz)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
WITH ticket AS MATERIALIZED (
    -- the given tickets by primary key
    SELECT t.id, t.status, t.created_at, s.waiting_on
      FROM backlog.tickets t
      JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) t.status
     WHERE ids IS NOT NULL AND t.id OPERATOR(pg_catalog.=) ANY (ids)
    UNION ALL
    -- or the open ones, status by status (tickets_status_idx), each probed for a stored row
    SELECT t.id, t.status, t.created_at, s.waiting_on
      FROM backlog.statuses s
     CROSS JOIN LATERAL (SELECT t.id, t.status, t.created_at FROM backlog.tickets t
                          WHERE t.status OPERATOR(pg_catalog.=) s.status OFFSET 0) t
     WHERE ids IS NULL AND s.is_open
       AND NOT EXISTS (SELECT 1 FROM backlog.ticket_activity a
                        WHERE a.ticket_id OPERATOR(pg_catalog.=) t.id OFFSET 0)
), stretch AS (
    SELECT e.ticket_id, e.at, s.is_open, s.waiting_on,
           pg_catalog.lag(s.is_open) OVER w AS prev_open,
           pg_catalog.lead(e.at) OVER w AS next_at
      FROM ticket t
      JOIN backlog.ticket_events e
        ON e.ticket_id OPERATOR(pg_catalog.=) t.id AND e.kind OPERATOR(pg_catalog.=) 'status'
      JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) e.value
    WINDOW w AS (PARTITION BY e.ticket_id
                 ORDER BY e.at, e.value OPERATOR(pg_catalog.=) t.status, e.value COLLATE "C")
), status_fact AS (
    SELECT x.ticket_id,
           pg_catalog.max(x.at) AS last_at,
           pg_catalog.count(*) FILTER (WHERE x.is_open AND NOT x.prev_open) AS reopens,
           coalesce(pg_catalog.sum(x.next_at OPERATOR(pg_catalog.-) x.at)
                        FILTER (WHERE x.waiting_on OPERATOR(pg_catalog.=) 'internal' AND x.next_at IS NOT NULL),
                    interval '0') AS blocked,
           pg_catalog.min(x.at) FILTER (WHERE x.waiting_on OPERATOR(pg_catalog.=) 'internal' AND x.next_at IS NULL) AS blocked_since
      FROM stretch x
     GROUP BY x.ticket_id
), reply AS (
    SELECT x.ticket_id, pg_catalog.max(x.at) AS last_at,
           pg_catalog.count(*) FILTER (WHERE x.kind OPERATOR(pg_catalog.=) 'customer_reply'
                                         AND (x.last_agent_at IS NULL OR x.at OPERATOR(pg_catalog.>) x.last_agent_at)) AS repeat_contacts
      FROM (SELECT e.ticket_id, e.at, e.kind,
                   pg_catalog.max(e.at) FILTER (WHERE e.kind OPERATOR(pg_catalog.=) 'agent_reply')
                       OVER (PARTITION BY e.ticket_id) AS last_agent_at
              FROM ticket t
              JOIN backlog.ticket_events e
                ON e.ticket_id OPERATOR(pg_catalog.=) t.id
               AND e.kind OPERATOR(pg_catalog.=) ANY ('{agent_reply,customer_reply}'::text[])) x
     GROUP BY x.ticket_id
)
SELECT t.id, greatest(t.created_at, sf.last_at, rp.last_at),
       coalesce(sf.reopens, 0)::integer, coalesce(rp.repeat_contacts, 0)::integer,
       coalesce(sf.blocked, interval '0'),
       -- without status history the ticket has been in its current status since created_at
       CASE WHEN sf.ticket_id IS NOT NULL THEN sf.blocked_since
            WHEN t.waiting_on OPERATOR(pg_catalog.=) 'internal' THEN t.created_at END
  FROM ticket t
  LEFT JOIN status_fact sf ON sf.ticket_id OPERATOR(pg_catalog.=) t.id
  LEFT JOIN reply rp ON rp.ticket_id OPERATOR(pg_catalog.=) t.id
$$;
COMMENT ON FUNCTION backlog.activity_of(bigint[]) IS
  'Reopens, repeat contacts and time blocked of the given tickets (NULL: the open tickets backlog.ticket_activity has no row for), from their whole history: what backlog.ticket_activity stores.';

-- A write that can change a ticket's figures forgets them: a status or reply event written,
-- changed or deleted, or the ticket's status, created_at or id changed, or the ticket deleted.
CREATE TRIGGER ticket_activity_forget_insert AFTER INSERT ON backlog.ticket_events
    FOR EACH ROW WHEN (NEW.kind IN ('status', 'agent_reply', 'customer_reply'))
    EXECUTE FUNCTION backlog.forget_derived('ticket_activity', 'ticket_id');
CREATE TRIGGER ticket_activity_forget_update AFTER UPDATE ON backlog.ticket_events
    FOR EACH ROW WHEN (OLD.kind IN ('status', 'agent_reply', 'customer_reply')
                       OR NEW.kind IN ('status', 'agent_reply', 'customer_reply'))
    EXECUTE FUNCTION backlog.forget_derived('ticket_activity', 'ticket_id');
CREATE TRIGGER ticket_activity_forget_delete AFTER DELETE ON backlog.ticket_events
    FOR EACH ROW WHEN (OLD.kind IN ('status', 'agent_reply', 'customer_reply'))
    EXECUTE FUNCTION backlog.forget_derived('ticket_activity', 'ticket_id');
CREATE TRIGGER ticket_activity_forget_update AFTER UPDATE ON backlog.tickets
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.created_at IS DISTINCT FROM NEW.created_at
                       OR OLD.id IS DISTINCT FROM NEW.id)
    EXECUTE FUNCTION backlog.forget_derived('ticket_activity', 'id');
CREATE TRIGGER ticket_activity_forget_delete AFTER DELETE ON backlog.tickets
    FOR EACH ROW EXECUTE FUNCTION backlog.forget_derived('ticket_activity', 'id');

CREATE TRIGGER ticket_activity_forget_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON backlog.statuses
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_activity');
CREATE TRIGGER ticket_activity_forget_truncate AFTER TRUNCATE ON backlog.ticket_events
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_activity');
CREATE TRIGGER ticket_activity_forget_truncate AFTER TRUNCATE ON backlog.tickets
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_activity');

-- Stores the figures of the open tickets that have none. Locks the table against the
-- forgetting triggers while it reads: a write committed meanwhile would otherwise leave figures
-- computed before it.
CREATE FUNCTION backlog.refresh_ticket_activity()
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n bigint;
BEGIN
    -- Under REPEATABLE READ the snapshot may predate a write committed before the lock below,
    -- whose forgetting trigger then found nothing to delete: what this would store from the
    -- older snapshot would outlive the write. Nothing is stored then (an empty cache is only
    -- slower; test/isolation/specs/refresh_rr.spec).
    IF pg_catalog.current_setting('transaction_isolation') OPERATOR(pg_catalog.<>) 'read committed' THEN
        RAISE DEBUG 'backlog.refresh_ticket_activity runs under READ COMMITTED only; nothing was refreshed';
        RETURN 0;
    END IF;
    LOCK TABLE backlog.ticket_activity IN SHARE ROW EXCLUSIVE MODE;
    INSERT INTO backlog.ticket_activity (ticket_id, valid_from, reopens, repeat_contacts, blocked, blocked_since)
    SELECT * FROM backlog.activity_of(NULL)
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    -- fresh statistics: planned against a table its statistics call empty, the next probes
    -- of it would scan it whole once per ticket (the job's owner may; others skip it)
    IF n > 0 AND pg_catalog.pg_has_role((SELECT c.relowner FROM pg_catalog.pg_class c
                                          WHERE c.oid OPERATOR(pg_catalog.=) 'backlog.ticket_activity'::pg_catalog.regclass), 'USAGE') THEN
        ANALYZE backlog.ticket_activity;
    END IF;
    RETURN n;
END
$$;
COMMENT ON FUNCTION backlog.refresh_ticket_activity() IS
  'Computes and stores in backlog.ticket_activity the reopens, repeat contacts and time blocked of the open tickets that have none (after writes, or all of them after a bulk load); returns the number of tickets stored. Under REPEATABLE READ or SERIALIZABLE it does nothing and returns 0. take_snapshot and run_escalations run it first; run it after loading data.';

CREATE FUNCTION backlog.score_inputs_at(as_of timestamptz, ticket_ids bigint[] DEFAULT NULL)
RETURNS TABLE (
    ticket_id            bigint,
    status               text,
    owner                text,
    team                 text,
    priority             text,
    category             text,
    account              text,
    account_tier         text,
    created_at           timestamptz,
    impact               text,
    urgency              text,
    matrix_points        double precision,
    account_tier_points  double precision,
    contract_value       double precision,
    sla_state            text,
    sla_consumed         double precision,
    sla_breached         boolean,
    time_to_breach       interval,
    age                  interval,
    repeat_contacts      integer,
    reopens              integer,
    blocked              interval,
    duplicate_accounts   integer)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
WITH open_ticket AS MATERIALIZED (
    SELECT t.id, t.status, t.assignee, t.team, t.priority, t.category, t.tags, t.account,
           t.account_tier, t.created_at, t.requester, s.waiting_on,
           -- the stored history figures, when they hold at as_of
           a.ticket_id IS NOT NULL AS stored, a.reopens AS stored_reopens,
           a.repeat_contacts AS stored_repeat_contacts,
           a.blocked OPERATOR(pg_catalog.+) coalesce(as_of OPERATOR(pg_catalog.-) a.blocked_since, interval '0') AS stored_blocked
      FROM backlog.tickets t
      JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) t.status
      LEFT JOIN backlog.ticket_activity a
        ON a.ticket_id OPERATOR(pg_catalog.=) t.id AND a.valid_from OPERATOR(pg_catalog.<=) as_of
     WHERE s.is_open AND t.merged_into IS NULL AND t.created_at OPERATOR(pg_catalog.<=) as_of
       AND (ticket_ids IS NULL
            -- a few: a plain list (a constant one reaches the index); many: a hashed set
            OR (pg_catalog.cardinality(ticket_ids) OPERATOR(pg_catalog.<=) 100 AND t.id OPERATOR(pg_catalog.=) ANY (ticket_ids))
            OR (pg_catalog.cardinality(ticket_ids) OPERATOR(pg_catalog.>) 100 AND t.id IN (SELECT pg_catalog.unnest(ticket_ids))))
), sla AS (
    -- the worst of the ticket's clocks; met clocks are done and count for nothing
    SELECT c.ticket_id,
           pg_catalog.max(CASE WHEN c.state OPERATOR(pg_catalog.=) 'met' THEN 0
                               WHEN c.target OPERATOR(pg_catalog.>) interval '0'
                               THEN pg_catalog.date_part('epoch', c.elapsed) OPERATOR(pg_catalog./) pg_catalog.date_part('epoch', c.target)
                               WHEN c.state OPERATOR(pg_catalog.=) 'breached' THEN 1
                               ELSE 0 END) AS consumed,
           pg_catalog.bool_or(c.state OPERATOR(pg_catalog.=) 'breached') AS breached,
           -- still counting down, or breached and still running (due_at is set only while running)
           pg_catalog.min(c.remaining) FILTER (WHERE c.state OPERATOR(pg_catalog.=) ANY ('{running,paused}'::text[])
                                                 OR c.due_at IS NOT NULL) AS time_to_breach,
           CASE WHEN pg_catalog.bool_or(c.state OPERATOR(pg_catalog.=) 'breached') THEN 'breached'
                WHEN pg_catalog.bool_or(c.at_risk) THEN 'at_risk'
                WHEN pg_catalog.bool_or(c.state OPERATOR(pg_catalog.=) 'running') THEN 'running'
                WHEN pg_catalog.bool_or(c.state OPERATOR(pg_catalog.=) 'paused') THEN 'paused'
                ELSE 'met' END AS state
      FROM backlog.ticket_sla_at(as_of, interval '0') c
     -- with ticket_ids given, only their clocks are replayed (the condition reaches the tickets)
     WHERE ticket_ids IS NULL
        OR (pg_catalog.cardinality(ticket_ids) OPERATOR(pg_catalog.<=) 100 AND c.ticket_id OPERATOR(pg_catalog.=) ANY (ticket_ids))
        OR (pg_catalog.cardinality(ticket_ids) OPERATOR(pg_catalog.>) 100 AND c.ticket_id IN (SELECT pg_catalog.unnest(ticket_ids)))
     GROUP BY c.ticket_id
), status_stretch AS (
    -- the history of the tickets whose figures are not stored (events at one instant in the
    -- order backlog.activity_of takes them)
    SELECT e.ticket_id, e.at, s.is_open, s.waiting_on,
           pg_catalog.lag(s.is_open) OVER w AS prev_open,
           pg_catalog.lead(e.at) OVER w AS next_at
      -- one index range per such ticket (OFFSET 0: joined, a misestimate of how many are not
      -- stored made it a hash of every status event in the store)
      FROM open_ticket o
     CROSS JOIN LATERAL (
            SELECT e.ticket_id, e.at, e.value FROM backlog.ticket_events e
             WHERE e.ticket_id OPERATOR(pg_catalog.=) o.id AND e.kind OPERATOR(pg_catalog.=) 'status'
               AND e.at OPERATOR(pg_catalog.<=) as_of
            OFFSET 0) e
      JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) e.value
     WHERE NOT o.stored
    WINDOW w AS (PARTITION BY e.ticket_id
                 ORDER BY e.at, e.value OPERATOR(pg_catalog.=) o.status, e.value COLLATE "C")
), status_fact AS (
    -- reopens: an open status right after one that is not; blocked: time in statuses waiting on
    -- an internal team
    SELECT x.ticket_id,
           pg_catalog.count(*) FILTER (WHERE x.is_open AND NOT x.prev_open) AS reopens,
           coalesce(pg_catalog.sum(coalesce(x.next_at, as_of) OPERATOR(pg_catalog.-) x.at)
                        FILTER (WHERE x.waiting_on OPERATOR(pg_catalog.=) 'internal'), interval '0') AS blocked
      FROM status_stretch x
     GROUP BY x.ticket_id
), reply AS (
    -- customer replies after the last agent reply (all of them when no agent has replied)
    SELECT x.ticket_id,
           pg_catalog.count(*) FILTER (WHERE x.kind OPERATOR(pg_catalog.=) 'customer_reply'
                                         AND (x.last_agent_at IS NULL OR x.at OPERATOR(pg_catalog.>) x.last_agent_at)) AS repeat_contacts
      FROM (SELECT e.ticket_id, e.at, e.kind,
                   pg_catalog.max(e.at) FILTER (WHERE e.kind OPERATOR(pg_catalog.=) 'agent_reply')
                       OVER (PARTITION BY e.ticket_id) AS last_agent_at
              FROM open_ticket o
             CROSS JOIN LATERAL (
                    SELECT e.ticket_id, e.at, e.kind FROM backlog.ticket_events e
                     WHERE e.ticket_id OPERATOR(pg_catalog.=) o.id
                       AND e.kind OPERATOR(pg_catalog.=) ANY ('{agent_reply,customer_reply}'::text[])
                       AND e.at OPERATOR(pg_catalog.<=) as_of
                    OFFSET 0) e
             WHERE NOT o.stored) x
     GROUP BY x.ticket_id
), level AS (
    -- the highest level any matching rule proposes, normal when none does; once per distinct
    -- (priority, category, tags), which are few
    SELECT k.priority, k.category, k.tags,
           coalesce(pg_catalog.max(pg_catalog.array_position(backlog.score_levels(), r.impact)), 2) AS i,
           coalesce(pg_catalog.max(pg_catalog.array_position(backlog.score_levels(), r.urgency)), 2) AS u
      FROM (SELECT DISTINCT coalesce(pg_catalog.lower(o.priority), '') AS priority,
                   coalesce(pg_catalog.lower(o.category), '') AS category,
                   coalesce(pg_catalog.lower(o.tags::text), '') AS tags
              FROM open_ticket o) k
      LEFT JOIN backlog.score_rules r
        ON (r.source OPERATOR(pg_catalog.=) 'priority' AND r.value OPERATOR(pg_catalog.=) k.priority)
        OR (r.source OPERATOR(pg_catalog.=) 'category' AND r.value OPERATOR(pg_catalog.=) k.category)
        OR (r.source OPERATOR(pg_catalog.=) 'tag' AND k.tags OPERATOR(pg_catalog.<>) ''
            AND r.value OPERATOR(pg_catalog.=) ANY (k.tags::text[]))
     GROUP BY k.priority, k.category, k.tags
), merged AS (
    -- accounts of the tickets merged into each ticket
    SELECT c.merged_into AS ticket_id, pg_catalog.array_agg(coalesce(c.account, c.requester)) AS accounts
      FROM backlog.tickets c
     WHERE c.merged_into IS NOT NULL
     GROUP BY c.merged_into
)
SELECT o.id, o.status, o.assignee, o.team, o.priority, o.category, o.account, o.account_tier, o.created_at,
       (backlog.score_levels())[lvl.i], (backlog.score_levels())[lvl.u],
       coalesce(m.points, 0), coalesce(atp.points, 0), coalesce(av.contract_value, 0),
       sla.state, coalesce(sla.consumed, 0), coalesce(sla.breached, false), sla.time_to_breach,
       as_of OPERATOR(pg_catalog.-) o.created_at,
       CASE WHEN o.stored THEN o.stored_repeat_contacts ELSE coalesce(rp.repeat_contacts, 0)::integer END,
       CASE WHEN o.stored THEN o.stored_reopens ELSE coalesce(sf.reopens, 0)::integer END,
       -- without status history the ticket has been in its current status since created_at
       CASE WHEN o.stored THEN o.stored_blocked
            ELSE coalesce(sf.blocked, CASE WHEN o.waiting_on OPERATOR(pg_catalog.=) 'internal'
                                           THEN as_of OPERATOR(pg_catalog.-) o.created_at ELSE interval '0' END) END,
       greatest(coalesce(sc.accounts, 1),
                (SELECT pg_catalog.count(DISTINCT a)::integer
                   FROM pg_catalog.unnest(mg.accounts OPERATOR(pg_catalog.||) coalesce(o.account, o.requester)) a
                  WHERE mg.accounts IS NOT NULL))
  FROM open_ticket o
  JOIN level lvl
         ON lvl.priority OPERATOR(pg_catalog.=) coalesce(pg_catalog.lower(o.priority), '')
        AND lvl.category OPERATOR(pg_catalog.=) coalesce(pg_catalog.lower(o.category), '')
        AND lvl.tags OPERATOR(pg_catalog.=) coalesce(pg_catalog.lower(o.tags::text), '')
  LEFT JOIN backlog.priority_matrix m
         ON m.impact OPERATOR(pg_catalog.=) (backlog.score_levels())[lvl.i]
        AND m.urgency OPERATOR(pg_catalog.=) (backlog.score_levels())[lvl.u]
  LEFT JOIN backlog.score_account_tiers atp ON atp.account_tier OPERATOR(pg_catalog.=) pg_catalog.lower(o.account_tier)
  LEFT JOIN backlog.account_values av ON av.account OPERATOR(pg_catalog.=) o.account
  LEFT JOIN sla ON sla.ticket_id OPERATOR(pg_catalog.=) o.id
  LEFT JOIN status_fact sf ON sf.ticket_id OPERATOR(pg_catalog.=) o.id
  LEFT JOIN reply rp ON rp.ticket_id OPERATOR(pg_catalog.=) o.id
  LEFT JOIN merged mg ON mg.ticket_id OPERATOR(pg_catalog.=) o.id
  LEFT JOIN backlog.score_clusters sc ON sc.ticket_id OPERATOR(pg_catalog.=) o.id
$$;
COMMENT ON FUNCTION backlog.score_inputs_at(timestamptz, bigint[]) IS
  'The raw inputs of the score of every open (by its current status), unmerged ticket created by as_of, or of those of ticket_ids, with their history up to as_of: impact and urgency by backlog.score_rules, matrix and account tier points, contract value, the worst SLA clock (backlog.ticket_sla_at), age, repeat contacts, reopens, time blocked and accounts affected by its duplicate cluster.';

-- ---------------------------------------------------------------------------------------------
-- The queue.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.queue_at(as_of timestamptz, ticket_ids bigint[] DEFAULT NULL)
RETURNS TABLE (
    id                    bigint,
    score                 double precision,
    tier                  text,
    score_reasons         jsonb,
    exception             boolean,
    owner                 text,
    team                  text,
    status                text,
    priority              text,
    category              text,
    account               text,
    account_tier          text,
    impact                text,
    urgency               text,
    created_at            timestamptz,
    age                   interval,
    age_hours             double precision,
    age_bucket            text,
    sla_state             text,
    time_to_breach        interval,
    time_to_breach_hours  double precision)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
-- sorted by score_points; the reasons (backlog.score, the same C code, costly: it builds jsonb)
-- come after the sort, so under a LIMIT only for the rows returned
SELECT i.ticket_id, p.score, p.tier,
       (backlog.score(c.config, i.matrix_points, i.account_tier_points, i.contract_value,
                      i.sla_consumed, i.sla_breached, p.age_hours, i.repeat_contacts, i.reopens,
                      p.blocked_hours, i.duplicate_accounts)).reasons,
       p.tier OPERATOR(pg_catalog.=) 'critical' AND i.owner IS NULL,
       i.owner, i.team, i.status, i.priority, i.category, i.account, i.account_tier, i.impact, i.urgency,
       i.created_at, i.age, p.age_hours,
       backlog.age_bucket(i.age),
       i.sla_state, i.time_to_breach, pg_catalog.date_part('epoch', i.time_to_breach) OPERATOR(pg_catalog./) 3600
  FROM backlog.score_inputs_at(as_of, ticket_ids) i
 -- (a scalar subquery: an InitPlan, evaluated once per query, not once per ticket)
 CROSS JOIN (SELECT (SELECT backlog.score_config()) AS config) c
 CROSS JOIN LATERAL (
        SELECT x.age_hours, x.blocked_hours, x.score, backlog.score_tier(c.config, x.score) AS tier
          FROM (SELECT y.age_hours, y.blocked_hours,
                       backlog.score_points(c.config, i.matrix_points, i.account_tier_points,
                                            i.contract_value, i.sla_consumed, i.sla_breached,
                                            y.age_hours, i.repeat_contacts, i.reopens,
                                            y.blocked_hours, i.duplicate_accounts) AS score
                  FROM (SELECT pg_catalog.date_part('epoch', i.age) OPERATOR(pg_catalog./) 3600 AS age_hours,
                               pg_catalog.date_part('epoch', i.blocked) OPERATOR(pg_catalog./) 3600 AS blocked_hours) y
                OFFSET 0) x) p
 ORDER BY 5 DESC, 2 DESC, i.time_to_breach ASC NULLS LAST, i.created_at, i.ticket_id
$$;
COMMENT ON FUNCTION backlog.queue_at(timestamptz, bigint[]) IS
  'backlog.queue as of a given instant: the score, tier and reasons of every ticket open now (by its current status), or of those of ticket_ids, from its history up to as_of, best first.';

-- ---------------------------------------------------------------------------------------------
-- Stored score bounds: what lets backlog.queue return its first rows without scoring every open
-- ticket (src/queue.c, src/queue_fmgr.c).
--
-- Nothing written to a ticket, its score never falls as time passes: age, the SLA clocks and
-- the time blocked only grow, and so do the points they give. So the score a ticket will have
-- at the end of a window bounds every score it has within the window. refresh_ticket_scores
-- stores that bound for every open ticket; a write to a ticket sets its bound unknown
-- (backlog.forget_derived), a change to the configuration closes the window
-- (backlog.forget_derived_all). backlog.queue_stream scores the tickets from the highest bound
-- down and stops as soon as no bound left can beat the rows it has.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.ticket_scores (
    ticket_id        bigint PRIMARY KEY,
    exception_bound  boolean,
    score_bound      double precision,
    CONSTRAINT ticket_scores_bound_whole CHECK ((exception_bound IS NULL) = (score_bound IS NULL))
);
CREATE INDEX ticket_scores_bound_idx
    ON backlog.ticket_scores (exception_bound DESC NULLS FIRST, score_bound DESC NULLS FIRST);
COMMENT ON TABLE backlog.ticket_scores IS
  'Upper bounds of the open tickets'' place in backlog.queue over the window of backlog.ticket_scores_window, stored by backlog.refresh_ticket_scores(); backlog.queue_stream reads them to score only the tickets that can reach the rows asked for. Derived data: a write to a ticket, its events or its row of backlog.score_clusters sets its bound unknown (NULL), a ticket created or reopened while a window is open gets a row without one, a change to the configuration closes the window; not dumped (a restore starts it empty).';
COMMENT ON COLUMN backlog.ticket_scores.ticket_id IS 'The ticket (backlog.tickets.id).';
COMMENT ON COLUMN backlog.ticket_scores.exception_bound IS 'Whether the ticket can be an exception (critical without an owner) within the window; NULL: unknown (written since the refresh).';
COMMENT ON COLUMN backlog.ticket_scores.score_bound IS 'The score the ticket has at the end of the window, the highest it can have within it; NULL: unknown (written since the refresh).';

CREATE TABLE backlog.ticket_scores_window (
    one          boolean PRIMARY KEY DEFAULT true CHECK (one),
    valid_from   timestamptz NOT NULL,
    valid_until  timestamptz NOT NULL,
    CHECK (valid_from <= valid_until)
);
COMMENT ON TABLE backlog.ticket_scores_window IS
  'The instants between which the bounds of backlog.ticket_scores hold (one row, or none: then backlog.queue scores every open ticket). Written by backlog.refresh_ticket_scores(), emptied when the configuration the scores depend on changes; not dumped.';
COMMENT ON COLUMN backlog.ticket_scores_window.one IS 'Always true: the table has at most one row.';
COMMENT ON COLUMN backlog.ticket_scores_window.valid_from IS 'When the bounds were computed: no input they were computed from is later.';
COMMENT ON COLUMN backlog.ticket_scores_window.valid_until IS 'The end of the window: the bounds are the scores at this instant.';

-- A write to a ticket or its events sets its bound unknown; a ticket created or updated (it may
-- have been reopened) gets a row when it has none; a merge changes the target's accounts too.
CREATE TRIGGER ticket_scores_forget AFTER INSERT OR UPDATE OR DELETE ON backlog.tickets
    FOR EACH ROW EXECUTE FUNCTION backlog.forget_derived('ticket_scores', '+id', 'merged_into');
CREATE TRIGGER ticket_scores_forget AFTER INSERT OR UPDATE OR DELETE ON backlog.ticket_events
    FOR EACH ROW EXECUTE FUNCTION backlog.forget_derived('ticket_scores', 'ticket_id');
-- Everything a score depends on beyond the ticket's own rows closes the window.
CREATE TRIGGER ticket_scores_forget_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON backlog.statuses
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_scores');
CREATE TRIGGER ticket_scores_forget_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON backlog.calendars
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_scores');
CREATE TRIGGER ticket_scores_forget_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON backlog.sla_policies
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_scores');
CREATE TRIGGER ticket_scores_forget_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON backlog.score_factors
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_scores');
CREATE TRIGGER ticket_scores_forget_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON backlog.score_tiers
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_scores');
CREATE TRIGGER ticket_scores_forget_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON backlog.priority_matrix
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_scores');
CREATE TRIGGER ticket_scores_forget_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON backlog.score_rules
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_scores');
CREATE TRIGGER ticket_scores_forget_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON backlog.score_account_tiers
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_scores');
CREATE TRIGGER ticket_scores_forget_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON backlog.account_values
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_scores');
-- A cluster's rows name their tickets: only those lose their bounds (a deleted ticket's row
-- goes by ON DELETE CASCADE, a statement that should not close the window).
CREATE TRIGGER ticket_scores_forget AFTER INSERT OR UPDATE OR DELETE ON backlog.score_clusters
    FOR EACH ROW EXECUTE FUNCTION backlog.forget_derived('ticket_scores', 'ticket_id');
CREATE TRIGGER ticket_scores_forget_all AFTER TRUNCATE ON backlog.score_clusters
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_scores');
CREATE TRIGGER ticket_scores_forget_truncate AFTER TRUNCATE ON backlog.tickets
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_scores');
CREATE TRIGGER ticket_scores_forget_truncate AFTER TRUNCATE ON backlog.ticket_events
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.forget_derived_all('ticket_scores');

-- The tickets with an input later than t: their score at t may be missing it, so no bound.
CREATE FUNCTION backlog.tickets_written_after(t timestamptz)
RETURNS SETOF bigint
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT e.ticket_id FROM backlog.ticket_events e WHERE e.at OPERATOR(pg_catalog.>) t
    UNION
    SELECT k.id FROM backlog.tickets k
     WHERE k.created_at OPERATOR(pg_catalog.>) t OR k.first_response_at OPERATOR(pg_catalog.>) t
        OR k.solved_at OPERATOR(pg_catalog.>) t
$$;
COMMENT ON FUNCTION backlog.tickets_written_after(timestamptz) IS
  'The tickets with an event, created_at, first_response_at or solved_at later than t (backlog.refresh_ticket_scores stores no bound for them).';

-- Bounds for every open ticket, in two steps so that writers are held back only for the second:
-- 1. the bounds of every open ticket from this snapshot, while writers go on;
-- 2. under a lock that holds writers back, those bounds for the rows no write has touched since
--    (a write sets its ticket's row unknown, and a write after the lock sets it unknown after
--    this refresh), then the rows unknown and the open tickets without a row, from a snapshot
--    taken under the lock.
CREATE FUNCTION backlog.refresh_ticket_scores(horizon interval DEFAULT interval '1 hour')
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t0 timestamptz := pg_catalog.now();
    t_end timestamptz;
    n bigint;
    started timestamptz := pg_catalog.clock_timestamp();
    locked timestamptz;
    t_keep timestamptz;
BEGIN
    IF horizon IS NULL OR horizon OPERATOR(pg_catalog.<) interval '0' OR horizon OPERATOR(pg_catalog.>) interval '7 days' THEN
        RAISE EXCEPTION 'backlog.refresh_ticket_scores: horizon must be between 0 and 7 days, not %', coalesce(horizon::text, 'NULL')
              USING ERRCODE = 'invalid_parameter_value';
    END IF;
    t_end := t0 OPERATOR(pg_catalog.+) horizon;
    -- Under REPEATABLE READ the snapshot may predate a change of the configuration that nothing
    -- here would see: leave the bounds as they are (a bound kept is never wrong, only looser).
    IF pg_catalog.current_setting('transaction_isolation') OPERATOR(pg_catalog.<>) 'read committed' THEN
        RAISE DEBUG 'backlog.refresh_ticket_scores runs under READ COMMITTED only; nothing was refreshed';
        RETURN 0;
    END IF;
    -- On Citus the bounds stay off: backlog.queue scores every open ticket there.
    IF backlog.tickets_distributed() THEN
        RETURN 0;
    END IF;
    -- one refresh at a time; writers go on (a configuration change waits: it closes the window)
    LOCK TABLE backlog.ticket_scores IN SHARE UPDATE EXCLUSIVE MODE;

    -- A window with at least half the horizon left keeps its end: only the tickets written since
    -- (bound unknown, or no row) are scored, at that end, and the window starts now. The bounds
    -- kept hold from the window's old start to its end, so from now too; the new ones from now.
    SELECT w.valid_until INTO t_keep FROM backlog.ticket_scores_window w
     WHERE w.valid_from OPERATOR(pg_catalog.<=) t0
       AND w.valid_until OPERATOR(pg_catalog.>=) (t0 OPERATOR(pg_catalog.+) (horizon OPERATOR(pg_catalog./) 2));
    IF FOUND THEN
        t_end := t_keep;
        LOCK TABLE backlog.ticket_scores IN SHARE ROW EXCLUSIVE MODE;
        locked := pg_catalog.clock_timestamp();
    ELSE
        CREATE TEMP TABLE backlog_score_bounds ON COMMIT DROP AS
        SELECT q.id AS ticket_id, q.exception, q.score FROM backlog.queue_at(t_end) q;
        UPDATE pg_temp.backlog_score_bounds b SET exception = NULL, score = NULL
         WHERE b.ticket_id IN (SELECT backlog.tickets_written_after(t0));
        CREATE UNIQUE INDEX ON pg_temp.backlog_score_bounds (ticket_id);
        ANALYZE pg_temp.backlog_score_bounds;

        LOCK TABLE backlog.ticket_scores IN SHARE ROW EXCLUSIVE MODE;
        locked := pg_catalog.clock_timestamp();
        UPDATE backlog.ticket_scores s SET exception_bound = b.exception, score_bound = b.score
          FROM pg_temp.backlog_score_bounds b
         WHERE b.ticket_id OPERATOR(pg_catalog.=) s.ticket_id AND s.score_bound IS NOT NULL
           AND (s.exception_bound IS DISTINCT FROM b.exception OR s.score_bound IS DISTINCT FROM b.score);
        -- untouched rows of tickets that were not open: gone
        DELETE FROM backlog.ticket_scores s
         WHERE s.score_bound IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM pg_temp.backlog_score_bounds b WHERE b.ticket_id OPERATOR(pg_catalog.=) s.ticket_id);
        DROP TABLE pg_temp.backlog_score_bounds;
    END IF;

    CREATE TEMP TABLE backlog_score_todo ON COMMIT DROP AS
    SELECT s.ticket_id FROM backlog.ticket_scores s WHERE s.score_bound IS NULL
    UNION
    SELECT t.id FROM backlog.tickets t
      JOIN backlog.statuses st ON st.status OPERATOR(pg_catalog.=) t.status
     WHERE st.is_open AND t.merged_into IS NULL
       AND NOT EXISTS (SELECT 1 FROM backlog.ticket_scores s WHERE s.ticket_id OPERATOR(pg_catalog.=) t.id);
    CREATE TEMP TABLE backlog_score_fresh ON COMMIT DROP AS
    SELECT q.id AS ticket_id, q.exception, q.score
      FROM backlog.queue_at(t_end, (SELECT coalesce(pg_catalog.array_agg(d.ticket_id), '{}') FROM pg_temp.backlog_score_todo d)) q;
    UPDATE pg_temp.backlog_score_fresh f SET exception = NULL, score = NULL
     WHERE f.ticket_id IN (SELECT backlog.tickets_written_after(t0));
    DELETE FROM backlog.ticket_scores s USING pg_temp.backlog_score_todo d
     WHERE s.ticket_id OPERATOR(pg_catalog.=) d.ticket_id
       AND NOT EXISTS (SELECT 1 FROM pg_temp.backlog_score_fresh f WHERE f.ticket_id OPERATOR(pg_catalog.=) d.ticket_id);
    INSERT INTO backlog.ticket_scores AS s (ticket_id, exception_bound, score_bound)
    SELECT f.ticket_id, f.exception, f.score FROM pg_temp.backlog_score_fresh f
        ON CONFLICT (ticket_id) DO UPDATE SET exception_bound = EXCLUDED.exception_bound, score_bound = EXCLUDED.score_bound;

    DELETE FROM backlog.ticket_scores_window;
    INSERT INTO backlog.ticket_scores_window (valid_from, valid_until) VALUES (t0, t_end);
    SELECT pg_catalog.count(*) INTO n FROM backlog.ticket_scores s WHERE s.score_bound IS NOT NULL;
    -- fresh statistics, so that backlog.queue_stream's cursor reads the bounds by their index
    -- (after a new window only: a kept one changed a few rows)
    IF t_keep IS NULL AND pg_catalog.pg_has_role((SELECT c.relowner FROM pg_catalog.pg_class c
                                WHERE c.oid OPERATOR(pg_catalog.=) 'backlog.ticket_scores'::pg_catalog.regclass), 'USAGE') THEN
        ANALYZE backlog.ticket_scores;
    END IF;
    RAISE DEBUG 'backlog.refresh_ticket_scores: %, % bounds, computed in % while writers went on, written in % while they waited',
          CASE WHEN t_keep IS NOT NULL
               THEN pg_catalog.format('the window''s end kept, %s tickets written since scored',
                                      (SELECT pg_catalog.count(*) FROM pg_temp.backlog_score_todo))
               ELSE 'a new window, every open ticket scored' END,
          n, locked OPERATOR(pg_catalog.-) started, pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-) locked;
    DROP TABLE pg_temp.backlog_score_todo;
    DROP TABLE pg_temp.backlog_score_fresh;
    RETURN n;
END
$$;
COMMENT ON FUNCTION backlog.refresh_ticket_scores(interval) IS
  'Stores in backlog.ticket_scores an upper bound of every open ticket''s place in the queue for the window from now to now + horizon (default 1 hour, at most 7 days), so that backlog.queue under a LIMIT scores only the tickets that can reach the rows asked for; returns the number of tickets with a bound. While the window open has at least half the horizon left, only the tickets written since are scored, for the same end. Writes to tickets wait only while the bounds are written, not while they are computed. run_escalations runs it; under REPEATABLE READ or on Citus it does nothing.';

CREATE FUNCTION backlog.queue_stream(as_of timestamptz)
RETURNS TABLE (
    id                    bigint,
    score                 double precision,
    tier                  text,
    score_reasons         jsonb,
    exception             boolean,
    owner                 text,
    team                  text,
    status                text,
    priority              text,
    category              text,
    account               text,
    account_tier          text,
    impact                text,
    urgency               text,
    created_at            timestamptz,
    age                   interval,
    age_hours             double precision,
    age_bucket            text,
    sla_state             text,
    time_to_breach        interval,
    time_to_breach_hours  double precision)
LANGUAGE c STABLE PARALLEL RESTRICTED
AS 'MODULE_PATHNAME', 'backlog_queue_stream';
COMMENT ON FUNCTION backlog.queue_stream(timestamptz) IS
  'The rows of backlog.queue_at(as_of), in the same order, one at a time: when as_of lies in the window of backlog.ticket_scores_window it scores the tickets from the highest stored bound down and returns each row as soon as no ticket not yet scored can come before it, so a LIMIT scores only what it needs; otherwise it reads backlog.queue_at(as_of). Call it in a select list (backlog.queue does) to have it stop under a LIMIT.';

CREATE VIEW backlog.queue AS
SELECT (s.q).id,
       (s.q).score,
       (s.q).tier,
       (s.q).score_reasons,
       (s.q).exception,
       (s.q).owner,
       (s.q).team,
       (s.q).status,
       (s.q).priority,
       (s.q).category,
       (s.q).account,
       (s.q).account_tier,
       (s.q).impact,
       (s.q).urgency,
       (s.q).created_at,
       (s.q).age,
       (s.q).age_hours,
       (s.q).age_bucket,
       (s.q).sla_state,
       (s.q).time_to_breach,
       (s.q).time_to_breach_hours
  -- (a set-returning function in a select list runs one row at a time: a LIMIT stops it)
  FROM (SELECT backlog.queue_stream(pg_catalog.now()) AS q OFFSET 0) s;
COMMENT ON VIEW backlog.queue IS
  'Open tickets best first: exceptions (critical without an owner) first, then by score, then the earliest breach, the oldest, the lowest id. Score, tier and score_reasons from backlog.score over backlog.score_factors, backlog.score_tiers and backlog.priority_matrix. Rows come from backlog.queue_stream(now()) in this order; under a LIMIT it scores only the tickets that can reach the rows returned (backlog.refresh_ticket_scores).';
COMMENT ON COLUMN backlog.queue.id IS 'The ticket (backlog.tickets.id).';
COMMENT ON COLUMN backlog.queue.score IS 'Priority score: the sum of the points in score_reasons.';
COMMENT ON COLUMN backlog.queue.tier IS 'critical, high, normal or low, by the boundaries of backlog.score_tiers.';
COMMENT ON COLUMN backlog.queue.score_reasons IS 'jsonb object: factor name -> points contributed (numbers, adding up to score). backlog.explain_score shows the inputs.';
COMMENT ON COLUMN backlog.queue.exception IS 'A critical ticket without an owner: listed before everything else.';
COMMENT ON COLUMN backlog.queue.owner IS 'Assigned agent (backlog.tickets.assignee); NULL when unowned.';
COMMENT ON COLUMN backlog.queue.team IS 'Team of the ticket.';
COMMENT ON COLUMN backlog.queue.status IS 'Current status.';
COMMENT ON COLUMN backlog.queue.priority IS 'Ticket priority.';
COMMENT ON COLUMN backlog.queue.category IS 'Ticket category.';
COMMENT ON COLUMN backlog.queue.account IS 'Customer account.';
COMMENT ON COLUMN backlog.queue.account_tier IS 'Account tier.';
COMMENT ON COLUMN backlog.queue.impact IS 'Impact level derived by backlog.score_rules (critical, high, normal, low).';
COMMENT ON COLUMN backlog.queue.urgency IS 'Urgency level derived by backlog.score_rules (critical, high, normal, low).';
COMMENT ON COLUMN backlog.queue.created_at IS 'When the ticket was created.';
COMMENT ON COLUMN backlog.queue.age IS 'now() - created_at.';
COMMENT ON COLUMN backlog.queue.age_hours IS 'age in hours.';
COMMENT ON COLUMN backlog.queue.age_bucket IS 'backlog.age_bucket(age): 0-24h, 24-72h, 3-7d, 7-14d, 14-30d or 30d+.';
COMMENT ON COLUMN backlog.queue.sla_state IS 'Worst state of the ticket''s SLA clocks: breached, at_risk, running, paused or met; NULL without a policy.';
COMMENT ON COLUMN backlog.queue.time_to_breach IS 'Least business time left on a clock that runs or pauses (negative for a breached clock that still runs); NULL when none does.';
COMMENT ON COLUMN backlog.queue.time_to_breach_hours IS 'time_to_breach in hours.';

CREATE FUNCTION backlog.queue_for(owner text DEFAULT NULL, team text DEFAULT NULL,
                                  as_of timestamptz DEFAULT pg_catalog.now())
RETURNS SETOF backlog.queue
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
SELECT q.*
  FROM backlog.queue_at(as_of,
         -- only these tickets' clocks are replayed; both NULL: the whole queue
         CASE WHEN queue_for.owner IS NOT NULL OR queue_for.team IS NOT NULL THEN
              (SELECT coalesce(pg_catalog.array_agg(t.id), '{}')
                 FROM backlog.tickets t
                WHERE (queue_for.owner IS NULL OR t.assignee OPERATOR(pg_catalog.=) queue_for.owner)
                  AND (queue_for.team IS NULL OR t.team OPERATOR(pg_catalog.=) queue_for.team)) END) q
 WHERE (queue_for.owner IS NULL OR q.owner OPERATOR(pg_catalog.=) queue_for.owner)
   AND (queue_for.team IS NULL OR q.team OPERATOR(pg_catalog.=) queue_for.team)
 ORDER BY q.exception DESC, q.score DESC, q.time_to_breach ASC NULLS LAST, q.created_at, q.id
$$;
COMMENT ON FUNCTION backlog.queue_for(text, text, timestamptz) IS
  'One agent''s or one team''s part of backlog.queue, in the same order: the rows whose owner and team match those given (NULL matches anything; both NULL is the whole queue).';

CREATE FUNCTION backlog.explain_score(ticket_id bigint, as_of timestamptz DEFAULT pg_catalog.now())
RETURNS TABLE (factor text, input text, weight double precision, cap double precision, points double precision)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    i record;
    s backlog.score_result;
BEGIN
    SELECT * INTO i FROM backlog.score_inputs_at(as_of, ARRAY[explain_score.ticket_id]) x;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'ticket % is not open work at %', explain_score.ticket_id, as_of
              USING ERRCODE = 'no_data_found',
                    HINT = 'Only open, unmerged tickets created by as_of have a score.';
    END IF;
    s := backlog.score(backlog.score_config(), i.matrix_points, i.account_tier_points, i.contract_value,
                       i.sla_consumed, i.sla_breached, pg_catalog.date_part('epoch', i.age) OPERATOR(pg_catalog./) 3600,
                       i.repeat_contacts, i.reopens, pg_catalog.date_part('epoch', i.blocked) OPERATOR(pg_catalog./) 3600,
                       i.duplicate_accounts);
    RETURN QUERY
    SELECT n.name, d.input, f.weight, f.cap, (s.reasons OPERATOR(pg_catalog.->>) n.name)::float8
      FROM pg_catalog.unnest(backlog.score_factor_names()) WITH ORDINALITY n(name, k)
      JOIN backlog.score_factors f ON f.factor OPERATOR(pg_catalog.=) n.name
      JOIN (VALUES
        ('matrix', pg_catalog.format('impact %s x urgency %s: %s points', i.impact, i.urgency, i.matrix_points)),
        ('account_tier', pg_catalog.format('%s: %s points', coalesce(i.account_tier, 'no tier'), i.account_tier_points)),
        ('contract_value', pg_catalog.format('%s: %s', coalesce(i.account, 'no account'), i.contract_value)),
        ('sla_risk', pg_catalog.format('%s of the target consumed (%s)',
                                       pg_catalog.round(i.sla_consumed::numeric, 4), coalesce(i.sla_state, 'no SLA'))),
        ('sla_breached', CASE WHEN i.sla_breached THEN 'breached' ELSE 'not breached' END),
        ('age', pg_catalog.format('%s h against %s (age target of base tier %s)',
                                  pg_catalog.round((pg_catalog.date_part('epoch', i.age) OPERATOR(pg_catalog./) 3600)::numeric, 2),
                                  (SELECT t.age_target FROM backlog.score_tiers t WHERE t.tier OPERATOR(pg_catalog.=) s.base_tier),
                                  s.base_tier)),
        ('repeat_contacts', pg_catalog.format('%s customer replies since the last agent reply', i.repeat_contacts)),
        ('reopens', pg_catalog.format('%s reopens', i.reopens)),
        ('blocked', pg_catalog.format('%s h waiting on an internal team',
                                      pg_catalog.round((pg_catalog.date_part('epoch', i.blocked) OPERATOR(pg_catalog./) 3600)::numeric, 2))),
        ('duplicates', pg_catalog.format('%s accounts affected', i.duplicate_accounts))) d(name, input)
        ON d.name OPERATOR(pg_catalog.=) n.name
     ORDER BY n.k;
    factor := 'total'; input := 'tier ' || s.tier; weight := NULL; cap := NULL; points := s.score;
    RETURN NEXT;
END
$$;
COMMENT ON FUNCTION backlog.explain_score(bigint, timestamptz) IS
  'Each factor of an open ticket''s score with its raw input, weight, cap and points, then a total row with the tier; no_data_found for a ticket that is not open work.';

-- setup: runs first. Creates schema "regress" with helpers the other test files share.
-- pg_regress runs every file in one database (contrib_regression), with backlog installed.

-- regress.sqlstate(sql): run a statement, return the SQLSTATE it raised, or 'ok'.
CREATE SCHEMA regress;
CREATE FUNCTION regress.sqlstate(sql text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE sql;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE;
END
$$;

-- regress.error(sql): the SQLSTATE and message raised, or 'ok'.
CREATE FUNCTION regress.error(sql text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE sql;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END
$$;

-- regress.plan_has(query, node): true when EXPLAIN (COSTS OFF) of query shows a node whose
-- text contains node (e.g. 'Partial Aggregate', 'Bitmap Index Scan'); keeps plans out of
-- expected files, which would otherwise change with costs and versions.
CREATE FUNCTION regress.plan_has(query text, node text) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    line text;
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
        IF position(node IN line) > 0 THEN
            RETURN true;
        END IF;
    END LOOP;
    RETURN false;
END
$$;

SELECT regress.sqlstate('SELECT 1'), regress.sqlstate('SELECT 1/0');
SELECT regress.error('SELECT 1/0');
SELECT regress.plan_has('SELECT count(*) FROM pg_class', 'Aggregate'),
       regress.plan_has('SELECT 1', 'Aggregate');
SELECT extname, extversion FROM pg_extension WHERE extname = 'backlog';

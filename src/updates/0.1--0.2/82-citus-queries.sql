-- Queries that plan on Citus (README, "Scaling out with Citus"), for the 0.1 objects they change.

-- merge_tickets locks ticket by ticket (Citus runs no FOR UPDATE over a multi-shard query) and
-- takes now() once.
CREATE OR REPLACE FUNCTION backlog.merge_tickets(parent bigint, children bigint[])
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    parent_into bigint;
    missing bigint;
    bad record;
    kids bigint[];
    present bigint[];
    one bigint;
    merged_at timestamptz := now();
    n integer;
BEGIN
    IF parent IS NULL OR children IS NULL OR array_position(children, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'parent and children of a merge must not be NULL'
              USING ERRCODE = 'null_value_not_allowed';
    END IF;
    SELECT array_agg(DISTINCT c ORDER BY c) INTO kids FROM unnest(children) c;
    IF kids IS NULL THEN
        RETURN 0;
    END IF;
    IF parent OPERATOR(pg_catalog.=) ANY (kids) THEN
        RAISE EXCEPTION 'cannot merge ticket % into itself', parent
              USING ERRCODE = 'invalid_parameter_value';
    END IF;

    -- Lock parent and children in id order, so concurrent merges cannot deadlock: one ticket
    -- per statement (on Citus each is a query on one shard, which may lock its rows).
    FOREACH one IN ARRAY (SELECT array_agg(x ORDER BY x) FROM unnest(kids || parent) x) LOOP
        PERFORM 1 FROM backlog.tickets t WHERE t.id OPERATOR(pg_catalog.=) one FOR UPDATE;
    END LOOP;

    SELECT t.merged_into INTO parent_into FROM backlog.tickets t WHERE t.id OPERATOR(pg_catalog.=) parent;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'ticket % does not exist', parent
              USING ERRCODE = 'foreign_key_violation',
                    DETAIL = 'The parent of a merge must be a ticket of backlog.tickets.';
    END IF;
    IF parent_into IS NOT NULL THEN
        RAISE EXCEPTION 'ticket % is itself merged into ticket %', parent, parent_into
              USING ERRCODE = 'invalid_parameter_value',
                    HINT = format('Merge into ticket %s instead.', parent_into);
    END IF;
    -- the children that exist, then those that do not (two queries, so Citus can plan both)
    SELECT array_agg(t.id) INTO present FROM backlog.tickets t WHERE t.id OPERATOR(pg_catalog.=) ANY (kids);
    SELECT c INTO missing FROM unnest(kids) c
     WHERE c OPERATOR(pg_catalog.<>) ALL (coalesce(present, '{}'))
     ORDER BY c LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'ticket % does not exist', missing
              USING ERRCODE = 'foreign_key_violation',
                    DETAIL = 'Every child of a merge must be a ticket of backlog.tickets.';
    END IF;
    SELECT t.id, t.merged_into INTO bad FROM backlog.tickets t
     WHERE t.id OPERATOR(pg_catalog.=) ANY (kids) AND t.merged_into IS NOT NULL
       AND t.merged_into OPERATOR(pg_catalog.<>) parent
     ORDER BY t.id LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'ticket % is already merged into ticket %', bad.id, bad.merged_into
              USING ERRCODE = 'invalid_parameter_value';
    END IF;

    -- The parent is not merged into anything, so no child can be above it: no cycle.
    WITH merged AS (
        UPDATE backlog.tickets t
           SET merged_into = parent, status = 'closed', updated_at = merged_at
         WHERE t.id OPERATOR(pg_catalog.=) ANY (kids) AND t.merged_into IS NULL
        RETURNING t.id
    )
    INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
    SELECT m.id, merged_at, 'merge', parent::text FROM merged m;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;

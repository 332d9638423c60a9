-- backlog.distribute() (src/citus.sql).
CREATE FUNCTION backlog.distribute(shard_count integer DEFAULT NULL)
RETURNS TABLE (table_name regclass, citus_table_type text)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t regclass;
    fk record;
    fk_rel regclass[] := '{}';
    fk_name text[] := '{}';
    fk_def text[] := '{}';
    i integer;
    config_tables regclass[];
    ticket_tables regclass[];
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname OPERATOR(pg_catalog.=) 'citus') THEN
        RAISE EXCEPTION 'backlog.distribute() needs the citus extension'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = 'The citus extension is not installed in this database.',
                  HINT = 'On the coordinator: CREATE EXTENSION citus, add the workers with citus_add_node(), then call backlog.distribute() again.';
    END IF;
    IF shard_count IS NOT NULL AND shard_count OPERATOR(pg_catalog.<) 1 THEN
        RAISE EXCEPTION 'shard_count must be at least 1, not %', shard_count
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- The store's triggers (status checks, fingerprints) run on the shards, where they read
    -- the reference tables.
    PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', 'on', true);
    -- Foreign keys to reference tables cannot follow parallel shard operations in one
    -- transaction.
    PERFORM pg_catalog.set_config('citus.multi_shard_modify_mode', 'sequential', true);
    IF shard_count IS NOT NULL THEN
        PERFORM pg_catalog.set_config('citus.shard_count', shard_count::text, true);
    END IF;

    -- The extension's tables: per-ticket ones have a ticket_id column.
    SELECT pg_catalog.array_agg(m.rel ORDER BY m.rel::text) FILTER (WHERE NOT m.per_ticket),
           pg_catalog.array_agg(m.rel ORDER BY m.rel::text) FILTER (WHERE m.per_ticket)
      INTO config_tables, ticket_tables
      FROM (SELECT c.oid::pg_catalog.regclass AS rel,
                   EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                            WHERE a.attrelid OPERATOR(pg_catalog.=) c.oid AND NOT a.attisdropped
                              AND a.attname OPERATOR(pg_catalog.=) 'ticket_id') AS per_ticket
              FROM pg_catalog.pg_depend d
              JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) d.objid
             WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
               AND d.deptype OPERATOR(pg_catalog.=) 'e' AND c.relkind OPERATOR(pg_catalog.=) 'r'
               AND d.refobjid OPERATOR(pg_catalog.=) (SELECT e.oid FROM pg_catalog.pg_extension e
                                                       WHERE e.extname OPERATOR(pg_catalog.=) 'backlog')
               AND c.oid OPERATOR(pg_catalog.<>) 'backlog.tickets'::pg_catalog.regclass
               AND NOT EXISTS (SELECT 1 FROM pg_dist_partition p
                                WHERE p.logicalrelid OPERATOR(pg_catalog.=) c.oid)) m;

    -- Foreign keys between the store's tables come off while the tables change kind (Citus
    -- would otherwise turn the tables they link into Citus local tables, rebuilding the views
    -- over them) and go back on at the end.
    FOR fk IN
        SELECT k.conrelid::pg_catalog.regclass AS rel, k.conname AS name,
               pg_catalog.pg_get_constraintdef(k.oid) AS def
          FROM pg_catalog.pg_constraint k
         WHERE k.contype OPERATOR(pg_catalog.=) 'f'
           AND k.connamespace OPERATOR(pg_catalog.=) 'backlog'::pg_catalog.regnamespace
           AND NOT EXISTS (SELECT 1 FROM pg_dist_partition p
                            WHERE p.logicalrelid OPERATOR(pg_catalog.=) k.conrelid)
         ORDER BY k.conrelid::pg_catalog.regclass::text, k.conname
    LOOP
        fk_rel := fk_rel OPERATOR(pg_catalog.||) fk.rel;
        fk_name := fk_name OPERATOR(pg_catalog.||) fk.name;
        fk_def := fk_def OPERATOR(pg_catalog.||) fk.def;
        EXECUTE pg_catalog.format('ALTER TABLE %s DROP CONSTRAINT %I', fk.rel, fk.name);
        -- and from the workers' own copies of the extension's tables (CREATE EXTENSION ran
        -- there too), which become the shells of the Citus tables. Before this transaction
        -- touches the workers: run_command_on_workers connects apart.
        PERFORM pg_catalog.run_command_on_workers(pg_catalog.format(
            'ALTER TABLE %s DROP CONSTRAINT IF EXISTS %I', fk.rel, fk.name));
    END LOOP;

    -- Configuration tables: reference tables, a copy on every node.
    FOREACH t IN ARRAY coalesce(config_tables, '{}') LOOP
        -- the copy into the shards runs on the workers, where the seed triggers would fire
        EXECUTE pg_catalog.format('ALTER TABLE %s DISABLE TRIGGER USER', t);
        PERFORM pg_catalog.create_reference_table(t);
        EXECUTE pg_catalog.format('ALTER TABLE %s ENABLE TRIGGER USER', t);
    END LOOP;

    -- Tickets by id, and every per-ticket table (a ticket_id column) by ticket_id, co-located
    -- with tickets so that a ticket's rows are on one shard and joins on the ticket stay there.
    IF NOT EXISTS (SELECT 1 FROM pg_dist_partition p
                    WHERE p.logicalrelid OPERATOR(pg_catalog.=) 'backlog.tickets'::pg_catalog.regclass) THEN
        PERFORM pg_catalog.create_distributed_table('backlog.tickets', 'id');
    END IF;
    FOREACH t IN ARRAY coalesce(ticket_tables, '{}') LOOP
        PERFORM pg_catalog.create_distributed_table(t, 'ticket_id', colocate_with => 'backlog.tickets');
    END LOOP;

    FOR i IN 1 .. pg_catalog.cardinality(fk_rel) LOOP
        BEGIN
            EXECUTE pg_catalog.format('ALTER TABLE %s ADD CONSTRAINT %I %s', fk_rel[i], fk_name[i], fk_def[i]);
        EXCEPTION WHEN feature_not_supported THEN
            RAISE WARNING 'foreign key % on % is not supported by Citus and was dropped', fk_name[i], fk_rel[i]
                USING DETAIL = pg_catalog.format('%s (%s)', fk_def[i], SQLERRM);
        END;
    END LOOP;

    RETURN QUERY
    SELECT p.logicalrelid::pg_catalog.regclass,
           CASE p.partmethod WHEN 'n' THEN 'reference' ELSE 'distributed' END
      FROM pg_dist_partition p
     WHERE p.logicalrelid::pg_catalog.regclass::text LIKE 'backlog.%'
     ORDER BY 2, p.logicalrelid::pg_catalog.regclass::text;
END
$$;
COMMENT ON FUNCTION backlog.distribute(integer) IS
  'On a Citus coordinator: makes the configuration tables reference tables, distributes backlog.tickets by id and every per-ticket table (ticket_events, ticket_fingerprints, ...) by ticket_id co-located with it; shard_count overrides citus.shard_count. Returns every backlog table with its Citus table type. Tables already distributed are left as they are. Error 55000 without Citus.';
-- An administrator's call: it changes every table of the store.
REVOKE EXECUTE ON FUNCTION backlog.distribute(integer) FROM PUBLIC;

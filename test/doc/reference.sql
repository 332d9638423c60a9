-- The reference section of README.md, generated from the catalog of a fresh install: every
-- member object of extension backlog with its signature and its COMMENT. test/t/reference.sh
-- checks that README.md holds exactly this; `make reference` rewrites README.md's copy.
\pset footer off
\pset tuples_only on
\pset format unaligned
SET search_path = pg_catalog;

WITH ext AS (SELECT oid FROM pg_extension WHERE extname = 'backlog'),
members AS (
    SELECT d.classid, d.objid FROM pg_depend d, ext
     WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'
),
procs AS (
    SELECT p.*, coalesce(obj_description(p.oid, 'pg_proc'), '') AS note,
           -- support functions: what only types, aggregates, indexes and triggers call
           (p.prorettype IN ('trigger'::regtype, 'event_trigger'::regtype, 'internal'::regtype,
                             'cstring'::regtype)
            OR 'internal'::regtype = ANY (p.proargtypes::regtype[])
            OR p.proname ~ '(_in|_out|_recv|_send|_trans|_final|_combine|_serial|_deserial|_seeds|_eq|_ne|_hash|_hash_extended)$'
            OR EXISTS (SELECT 1 FROM pg_aggregate a WHERE p.oid IN (a.aggtransfn, a.aggfinalfn, a.aggcombinefn,
                                                                  a.aggserialfn, a.aggdeserialfn))
            OR EXISTS (SELECT 1 FROM pg_operator o WHERE o.oprcode = p.oid)
           ) AS support
      FROM pg_proc p JOIN members m ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid
),
sections(ord, line) AS (
    SELECT 0, '### Functions' UNION ALL
    SELECT 1, '' UNION ALL
    SELECT 2, '| function | returns | marked | what it does |' UNION ALL
    SELECT 3, '|---|---|---|---|' UNION ALL
    SELECT 4, * FROM (
        SELECT format('| `%s(%s)` | `%s` | %s | %s |', p.oid::regproc, pg_get_function_arguments(p.oid),
                      pg_get_function_result(p.oid),
                      concat_ws(', ', CASE p.provolatile WHEN 'i' THEN 'immutable' WHEN 's' THEN 'stable' ELSE 'volatile' END,
                                CASE WHEN p.proisstrict THEN 'strict' END,
                                CASE p.proparallel WHEN 's' THEN 'parallel safe' WHEN 'r' THEN 'parallel restricted' ELSE 'parallel unsafe' END),
                      replace(p.note, '|', '\|'))
          FROM procs p WHERE p.prokind = 'f' AND NOT p.support
         ORDER BY p.proname, pg_get_function_arguments(p.oid)) f
    UNION ALL SELECT 5, '' UNION ALL
    SELECT 6, '### Aggregates' UNION ALL
    SELECT 7, '' UNION ALL
    SELECT 8, '| aggregate | returns | state type | what it computes |' UNION ALL
    SELECT 9, '|---|---|---|---|' UNION ALL
    SELECT 10, * FROM (
        SELECT format('| `%s(%s)` | `%s` | `%s` | %s |', p.oid::regproc, pg_get_function_arguments(p.oid),
                      pg_get_function_result(p.oid), a.aggtranstype::regtype, replace(p.note, '|', '\|'))
          FROM procs p JOIN pg_aggregate a ON a.aggfnoid = p.oid
         ORDER BY p.proname, pg_get_function_arguments(p.oid)) a
    UNION ALL SELECT 11, '' UNION ALL
    SELECT 12, '### Types and operators' UNION ALL
    SELECT 13, '' UNION ALL
    SELECT 14, '| type or operator | what it is |' UNION ALL
    SELECT 15, '|---|---|' UNION ALL
    SELECT 16, * FROM (
        SELECT format('| `%s` | %s |', t.oid::regtype,
                      replace(coalesce(obj_description(t.oid, 'pg_type'), ''), '|', '\|'))
          FROM pg_type t JOIN members m ON m.classid = 'pg_type'::regclass AND m.objid = t.oid) t
    UNION ALL
    SELECT 17, * FROM (
        SELECT format('| `%s` | %s |', o.oid::regoperator,
                      replace(coalesce(obj_description(o.oid, 'pg_operator'), ''), '|', '\|'))
          FROM pg_operator o JOIN members m ON m.classid = 'pg_operator'::regclass AND m.objid = o.oid) o
    UNION ALL
    SELECT 18, * FROM (
        SELECT format('| operator class `%s` | %s |', pg_describe_object(m.classid, m.objid, 0),
                      replace(coalesce(obj_description(m.objid, 'pg_opclass'), ''), '|', '\|'))
          FROM members m WHERE m.classid = 'pg_opclass'::regclass ORDER BY 1) c
    UNION ALL SELECT 19, '' UNION ALL
    SELECT 20, '### Tables and views' UNION ALL
    SELECT 21, '' UNION ALL
    SELECT 22, '| table or view | columns | what it holds |' UNION ALL
    SELECT 23, '|---|---|---|' UNION ALL
    SELECT 24, * FROM (
        SELECT format('| `%s` (%s) | %s | %s |', c.oid::regclass,
                      CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' ELSE 'table' END,
                      (SELECT string_agg(format('`%s` %s', a.attname, format_type(a.atttypid, a.atttypmod)), ', ' ORDER BY a.attnum)
                         FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
                      replace(coalesce(obj_description(c.oid, 'pg_class'), ''), '|', '\|'))
          FROM pg_class c JOIN members m ON m.classid = 'pg_class'::regclass AND m.objid = c.oid
         WHERE c.relkind IN ('r', 'v', 'm', 'p')) r
    UNION ALL SELECT 25, '' UNION ALL
    SELECT 26, '### Support functions' UNION ALL
    SELECT 27, '' UNION ALL
    SELECT 28, 'Called by the types, aggregates, operators, indexes and triggers above, not by users: ' ||
           (SELECT string_agg(format('`%s(%s)`', p.oid::regproc, pg_get_function_identity_arguments(p.oid)), ', '
                              ORDER BY p.proname, pg_get_function_identity_arguments(p.oid))
              FROM procs p WHERE p.prokind = 'f' AND p.support) || '.'
)
SELECT line FROM sections ORDER BY ord, line COLLATE "C";

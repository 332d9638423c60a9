-- catalog: the extension's catalog obeys the SPEC's rules, for every object any feature adds.
-- Each query lists offenders; the expected result of each is no rows.
SET extra_float_digits = 0;

-- Every object in the extension lives in schema backlog.
SELECT pg_describe_object(d.classid, d.objid, d.objsubid) AS outside_schema
  FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'backlog'
  JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
 WHERE d.deptype = 'e' AND p.pronamespace <> 'backlog'::regnamespace;

-- Every function, aggregate, type, operator, table and view has a COMMENT.
SELECT pg_describe_object(d.classid, d.objid, 0) AS without_comment
  FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'backlog'
 WHERE d.deptype = 'e'
   AND d.classid IN ('pg_proc'::regclass, 'pg_type'::regclass, 'pg_operator'::regclass,
                     'pg_class'::regclass, 'pg_opclass'::regclass)
   AND obj_description(d.objid, d.classid::regclass::text) IS NULL
   -- array types and relation row types come with their relation or element type
   AND NOT (d.classid = 'pg_type'::regclass AND EXISTS
            (SELECT 1 FROM pg_type t WHERE t.oid = d.objid AND (t.typelem <> 0 OR t.typrelid <> 0)))
   -- indexes and sequences are documented by their tables
   AND NOT (d.classid = 'pg_class'::regclass AND EXISTS
            (SELECT 1 FROM pg_class c WHERE c.oid = d.objid AND c.relkind IN ('i', 'S')))
 ORDER BY 1;

-- Every column of every view and table has a COMMENT.
SELECT c.relname || '.' || a.attname AS column_without_comment
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE c.relnamespace = 'backlog'::regnamespace AND c.relkind IN ('r', 'v', 'm')
   AND col_description(c.oid, a.attnum) IS NULL
 ORDER BY 1;

-- Every aggregate is parallel safe and has a combine function and a state Citus can ship: a
-- real type (not internal) with text and binary input and output, so that workers can send
-- partial states to the coordinator (Citus splits only such aggregates).
CREATE VIEW pg_temp.aggregate_state AS
SELECT p.oid::regprocedure AS aggregate, a.aggtranstype::regtype AS state_type,
       a.aggcombinefn <> 0 AS has_combine, p.proparallel = 's' AS parallel_safe,
       a.aggtranstype <> 'internal'::regtype AS shippable,
       t.typreceive <> 0 AND t.typsend <> 0 AS binary_io,
       t.typinput NOT IN ('record_in'::regproc, 'array_in'::regproc) AS own_text_io
  FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid JOIN pg_type t ON t.oid = a.aggtranstype
 WHERE p.pronamespace = 'backlog'::regnamespace;
SELECT aggregate AS aggregate_not_shippable, state_type
  FROM pg_temp.aggregate_state
 WHERE NOT (has_combine AND parallel_safe AND shippable AND binary_io AND own_text_io)
 ORDER BY 1;
-- The state types are the sketch itself and one type per aggregate family.
SELECT state_type, count(*) AS aggregates FROM pg_temp.aggregate_state GROUP BY 1 ORDER BY state_type::text;

-- C functions are parallel safe unless they write (trigger and event trigger functions, and
-- anything VOLATILE, are exempt and listed in the next query instead). The one exception on
-- purpose: backlog.queue_stream, parallel restricted, runs queries of its own through cursors
-- it keeps open between calls, and is one ordered sequence that no worker could share.
SELECT p.oid::regprocedure AS c_function_not_parallel_safe
  FROM pg_proc p
 WHERE p.pronamespace = 'backlog'::regnamespace AND p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'c')
   AND p.proparallel <> 's' AND p.provolatile <> 'v'
   AND p.prorettype NOT IN ('trigger'::regtype, 'event_trigger'::regtype)
   AND p.oid <> 'backlog.queue_stream(timestamptz)'::regprocedure
 ORDER BY 1;

-- PL/pgSQL and SQL functions that are not inlined pin their search_path, so a user's
-- search_path cannot capture names inside them (SQL functions are exempt: they are inlined
-- or written fully qualified).
SELECT p.oid::regprocedure AS plpgsql_without_search_path
  FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
 WHERE p.pronamespace = 'backlog'::regnamespace AND l.lanname = 'plpgsql'
   AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%')
 ORDER BY 1;

-- Every table the extension creates is registered with pg_extension_config_dump, so pg_dump
-- keeps its rows; the exceptions, listed here on purpose, are backlog.ticket_clocks,
-- backlog.ticket_spans (with ticket_spans_cover and ticket_spans_forgotten),
-- backlog.ticket_activity and backlog.ticket_scores (with its ticket_scores_window), caches of
-- derived data that a restore starts empty (src/clocks.sql,
-- src/flow.sql, src/score.sql).
SELECT c.relname AS table_not_dumped
  FROM pg_class c JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'backlog'
 WHERE c.relkind = 'r' AND c.oid <> ALL (coalesce(e.extconfig, '{}'))
   AND c.oid NOT IN ('backlog.ticket_clocks'::regclass, 'backlog.ticket_spans'::regclass,
                     'backlog.ticket_activity'::regclass, 'backlog.ticket_scores'::regclass,
                     'backlog.ticket_scores_window'::regclass, 'backlog.ticket_spans_cover'::regclass,
                     'backlog.ticket_spans_forgotten'::regclass)
 ORDER BY 1;

-- The checks above can fail: a member function without a comment and an unregistered member
-- table show up (created and removed inside a rolled-back transaction).
BEGIN;
CREATE FUNCTION backlog.lint_probe() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE TABLE backlog.lint_probe_table (x int);
ALTER EXTENSION backlog ADD FUNCTION backlog.lint_probe();
ALTER EXTENSION backlog ADD TABLE backlog.lint_probe_table;
-- an aggregate over internal state without a combine function is not shippable
CREATE AGGREGATE backlog.lint_probe_agg(int) (SFUNC = array_agg_transfn, STYPE = internal,
                                              FINALFUNC = array_agg_finalfn, FINALFUNC_EXTRA);
SELECT aggregate AS aggregate_not_shippable, state_type, has_combine, shippable
  FROM pg_temp.aggregate_state
 WHERE NOT (has_combine AND parallel_safe AND shippable AND binary_io AND own_text_io)
 ORDER BY 1;
SELECT pg_describe_object(d.classid, d.objid, 0) AS without_comment
  FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'backlog'
 WHERE d.deptype = 'e' AND d.classid IN ('pg_proc'::regclass, 'pg_class'::regclass)
   AND obj_description(d.objid, d.classid::regclass::text) IS NULL
   AND NOT (d.classid = 'pg_class'::regclass AND EXISTS
            (SELECT 1 FROM pg_class c WHERE c.oid = d.objid AND c.relkind IN ('i', 'S')))
 ORDER BY 1;
SELECT c.relname AS table_not_dumped
  FROM pg_class c JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'backlog'
 WHERE c.relkind = 'r' AND c.oid <> ALL (coalesce(e.extconfig, '{}'))
   AND c.oid NOT IN ('backlog.ticket_clocks'::regclass, 'backlog.ticket_spans'::regclass,
                     'backlog.ticket_activity'::regclass, 'backlog.ticket_scores'::regclass,
                     'backlog.ticket_scores_window'::regclass, 'backlog.ticket_spans_cover'::regclass,
                     'backlog.ticket_spans_forgotten'::regclass)
 ORDER BY 1;
ROLLBACK;

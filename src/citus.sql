-- Scaling out on Citus (SPEC §0): backlog.distribute() turns the store into Citus tables in one
-- call. README, "Scaling out with Citus", says what pushes down and what runs on the
-- coordinator.

-- ---------------------------------------------------------------------------------------------
-- The queries over the distributed tables, in forms Citus plans. Citus decides how to run a query
-- from the query as written: the body of an SQL function it refuses (its parameters are not
-- values: "parameterized queries for SQL functions referencing distributed tables are not
-- supported"), and a body PostgreSQL inlines into another query it never sees (the coordinator
-- then reads its own, empty, copies of the tables: backlog.queue gave 0 rows). The query of a
-- PL/pgSQL RETURN QUERY it plans with the arguments as values. So on Citus the SQL functions
-- below, which read the distributed tables, become PL/pgSQL functions returning their own query:
-- the same signature, the same answers. A single node keeps the SQL ones, which PostgreSQL
-- inlines into the queries that call them (the ticket ids of queue_for and explain_score reach
-- the tickets through them; README, "Scaling out with Citus", has the measurements).
--
-- The PL/pgSQL body is the SQL function's own, taken from the catalog, so it follows every change
-- to it, with these rewrites, none of which changes a row:
--   - the OFFSET 0 fences (plan hints for one node) come out: Citus runs no lateral subquery
--     with an OFFSET on the shards;
--   - in sla_clocks_collect, the union legs without a FROM (a ticket's creation and first
--     response rows) read the ticket's own row (Citus sends no FROM-less leg of a union to the
--     shards), and the last SELECT names its columns without a lateral subquery;
--   - ticket_sla_at and flow_at, which union a table function with a distributed table (which
--     Citus refuses), return each part by its own RETURN QUERY (ticket_sla_at) or add up the
--     flow states of the two parts (flow_at, and health_at's 7-day flow: the states of one
--     as_of and windows add up); health_at's local midnight is an uncorrelated subquery;
--   - a function with a parameter named like one of its columns (health_at's as_of), which
--     PL/pgSQL cannot declare, keeps an SQL body that calls a PL/pgSQL twin,
--     backlog.<name>_on_citus, whose such columns end in _ (made a member of the extension).
-- Each rewrite is an exact text of the SQL function: one no longer found (the function changed)
-- is reported by a WARNING and the function converted without it (sql/citus_queries shows the
-- WARNING; make citus-test whether Citus still plans it). backlog.citus_query_ddl() returns the
-- statements; backlog.distribute_queries() runs them on the workers and the coordinator (for
-- queries sent to either), and again after ALTER EXTENSION UPDATE put SQL bodies back; functions
-- already converted are left alone.
CREATE FUNCTION backlog.citus_query_ddl()
RETURNS TABLE (function_name regprocedure, statement text)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    fn record;
    rw record;
    head text;
    body text;
    twin text;
    c text;
BEGIN
    FOR fn IN
        SELECT p.oid, p.proname, p.prosrc, pg_catalog.pg_get_functiondef(p.oid) AS def,
               (SELECT pg_catalog.array_agg(a.n)
                  FROM ROWS FROM (pg_catalog.unnest(p.proargnames), pg_catalog.unnest(p.proargmodes)) a(n, m)
                 WHERE a.m OPERATOR(pg_catalog.=) ANY ('{t,o}'::"char"[])
                   AND a.n OPERATOR(pg_catalog.=) ANY (
                       SELECT b.n FROM ROWS FROM (pg_catalog.unnest(p.proargnames), pg_catalog.unnest(p.proargmodes)) b(n, m)
                        WHERE b.m OPERATOR(pg_catalog.=) ANY ('{i,b,v}'::"char"[]))) AS clashes,
               p.pronargs AS nargs
          FROM pg_catalog.pg_proc p
         WHERE p.oid OPERATOR(pg_catalog.=) ANY (ARRAY[
                   'backlog.sla_clocks_collect(timestamptz, interval, boolean)',
                   'backlog.ticket_sla_at(timestamptz, interval)',
                   'backlog.spans_of(bigint[])',
                   'backlog.open_spans(timestamptz)', 'backlog.open_spans_by_moves(timestamptz)',
                   'backlog.open_at(timestamptz)',
                   'backlog.flow_at(timestamptz, integer[])', 'backlog.health_at(timestamptz)',
                   'backlog.sla_outcomes(timestamptz, interval)',
                   'backlog.sla_clock_outcomes(timestamptz, interval)',
                   'backlog.next_reply_clocks(timestamptz, interval)',
                   'backlog.next_reply_outcomes(timestamptz, interval[])',
                   'backlog.burn_rate_alerts_at(timestamptz)',
                   'backlog.score_inputs_at(timestamptz, bigint[])',
                   'backlog.queue_at(timestamptz, bigint[])',
                   'backlog.queue_for(text, text, timestamptz)',
                   'backlog.snapshot_at(timestamptz)']::pg_catalog.regprocedure[])
           AND p.prolang OPERATOR(pg_catalog.=) (SELECT l.oid FROM pg_catalog.pg_language l
                                                  WHERE l.lanname OPERATOR(pg_catalog.=) 'sql')
           AND p.prosrc OPERATOR(pg_catalog.!~) '_on_citus[(]'
         ORDER BY p.oid
    LOOP
        body := pg_catalog.regexp_replace(fn.prosrc, ';\s*$', '');
        body := pg_catalog.regexp_replace(body, '\mOFFSET 0\M', '', 'gi');
        -- the rewrites of this function's text: each the exact text of the SQL function (so
        -- that a change to it is noticed, never overwritten), each of which must be found
        FOR rw IN
            SELECT x.old, x.new
              FROM (VALUES
                -- the moved tickets inlined: the whole replay pushed down to the shards, joined
                -- on the ticket id (no intermediate result)
                ('spans_of',
$o$WITH moved AS MATERIALIZED (
    SELECT t.id, t.created_at, t.status
      FROM backlog.tickets t
     WHERE t.id OPERATOR(pg_catalog.=) ANY (ids)
)$o$,
$n$WITH moved AS NOT MATERIALIZED (
    SELECT t.id, t.created_at, t.status
      FROM backlog.tickets t
     WHERE t.id OPERATOR(pg_catalog.=) ANY (ids)
)$n$),
                -- open_spans always through the moved tickets: the stored stretches never
                -- cover a since on Citus (backlog.ticket_spans_cover stays empty)
                ('open_spans',
$o$SELECT s.ticket_id, s.created_at, s.opened_at, s.closed_at
  FROM backlog.open_spans_by_close(since) s
 WHERE EXISTS (SELECT 1 FROM backlog.ticket_spans_cover c WHERE c.covered_since OPERATOR(pg_catalog.<=) open_spans.since)
UNION ALL
SELECT s.ticket_id, s.created_at, s.opened_at, s.closed_at
  FROM backlog.open_spans_by_moves(since) s
 WHERE NOT EXISTS (SELECT 1 FROM backlog.ticket_spans_cover c WHERE c.covered_since OPERATOR(pg_catalog.<=) open_spans.since)$o$,
$n$SELECT s.ticket_id, s.created_at, s.opened_at, s.closed_at
  FROM backlog.open_spans_by_moves(since) s$n$),
                -- open_spans_by_moves as four queries: the moved tickets' ids first, as a value
                ('open_spans_by_moves',
$o$WITH moved AS MATERIALIZED (
    SELECT DISTINCT e.ticket_id AS id FROM backlog.ticket_events e
     WHERE e.kind OPERATOR(pg_catalog.=) 'status' AND e.at OPERATOR(pg_catalog.>) since
), stored AS MATERIALIZED (
    -- by primary key, never a scan of every stored stretch (the generic plan would hash them all)
    SELECT k.ticket_id, k.created_at, k.opened_at, k.closed_at
      FROM backlog.ticket_spans k
     WHERE k.ticket_id OPERATOR(pg_catalog.=) ANY (ARRAY(SELECT m.id FROM moved m))
)
SELECT k.ticket_id, k.created_at, k.opened_at, k.closed_at
  FROM stored k
 WHERE k.closed_at IS NULL OR k.closed_at OPERATOR(pg_catalog.>) since
UNION ALL
SELECT r.ticket_id, r.created_at, r.opened_at, r.closed_at
  FROM backlog.spans_of(ARRAY(SELECT m.id FROM moved m
                               WHERE m.id NOT IN (SELECT k.ticket_id FROM stored k))) r
 WHERE r.closed_at IS NULL OR r.closed_at OPERATOR(pg_catalog.>) since
UNION ALL
SELECT t.id, t.created_at, t.created_at, NULL
  FROM backlog.statuses s
 CROSS JOIN LATERAL (SELECT t.id, t.created_at FROM backlog.tickets t
                      WHERE t.status OPERATOR(pg_catalog.=) s.status ) t
 WHERE s.is_open
   AND t.id NOT IN (SELECT m.id FROM moved m)
UNION ALL
SELECT t.id, t.created_at, t.created_at, t.solved_at
  FROM backlog.tickets t
 WHERE t.solved_at OPERATOR(pg_catalog.>) since
   -- closed now (a filter, not a scan of the status index over every closed ticket)
   AND (SELECT NOT s.is_open FROM backlog.statuses s WHERE s.status OPERATOR(pg_catalog.=) t.status)
   AND t.solved_at OPERATOR(pg_catalog.>) t.created_at
   -- a ticket with status history that moved since "since" has one; the others are probed one
   -- by one ( keeps the probe from becoming a hash of every status event)
   AND t.id NOT IN (SELECT m.id FROM moved m)
   AND NOT EXISTS (SELECT 1 FROM backlog.ticket_events e
                    WHERE e.ticket_id OPERATOR(pg_catalog.=) t.id AND e.kind OPERATOR(pg_catalog.=) 'status'
                   )$o$,
$n$DECLARE
    moved bigint[];
    stored bigint[];
BEGIN
-- the tickets whose status changed after since
moved := ARRAY(SELECT DISTINCT e.ticket_id FROM backlog.ticket_events e
                WHERE e.kind OPERATOR(pg_catalog.=) 'status' AND e.at OPERATOR(pg_catalog.>) since);
-- their stored stretches
RETURN QUERY
SELECT k.ticket_id, k.created_at, k.opened_at, k.closed_at
  FROM backlog.ticket_spans k
 WHERE k.ticket_id OPERATOR(pg_catalog.=) ANY (moved)
   AND (k.closed_at IS NULL OR k.closed_at OPERATOR(pg_catalog.>) since);
-- the others replayed
stored := ARRAY(SELECT DISTINCT k.ticket_id FROM backlog.ticket_spans k
                 WHERE k.ticket_id OPERATOR(pg_catalog.=) ANY (moved));
RETURN QUERY
SELECT r.ticket_id, r.created_at, r.opened_at, r.closed_at
  FROM backlog.spans_of(ARRAY(SELECT m.id FROM pg_catalog.unnest(moved) m(id)
                               WHERE m.id OPERATOR(pg_catalog.<>) ALL (stored))) r
 WHERE r.closed_at IS NULL OR r.closed_at OPERATOR(pg_catalog.>) since;
-- the open tickets that did not move
RETURN QUERY
SELECT t.id, t.created_at, t.created_at, NULL::timestamptz
  FROM backlog.tickets t
  JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) t.status
 WHERE s.is_open
   AND t.id OPERATOR(pg_catalog.<>) ALL (moved);
-- the closed ones without status history solved after since
RETURN QUERY
SELECT t.id, t.created_at, t.created_at, t.solved_at
  FROM backlog.tickets t
 WHERE t.solved_at OPERATOR(pg_catalog.>) since
   AND (SELECT NOT s.is_open FROM backlog.statuses s WHERE s.status OPERATOR(pg_catalog.=) t.status)
   AND t.solved_at OPERATOR(pg_catalog.>) t.created_at
   AND t.id OPERATOR(pg_catalog.<>) ALL (moved)
   AND NOT EXISTS (SELECT 1 FROM backlog.ticket_events e
                    WHERE e.ticket_id OPERATOR(pg_catalog.=) t.id AND e.kind OPERATOR(pg_catalog.=) 'status');
END$n$),
                -- the creation and first response rows read the ticket's own row
                ('sla_clocks_collect',
$o$SELECT t.created_at AS at, 'n'::"char" AS kind, NULL::text AS value
            UNION ALL
            SELECT t.first_response_at, 'f'::"char", NULL::text
             WHERE t.first_response_at OPERATOR(pg_catalog.<=) t.ta$o$,
$n$SELECT t.created_at AS at, 'n'::"char" AS kind, NULL::text AS value
              FROM backlog.tickets t0 WHERE t0.id OPERATOR(pg_catalog.=) t.id
            UNION ALL
            SELECT t.first_response_at, 'f'::"char", NULL::text
              FROM backlog.tickets t0 WHERE t0.id OPERATOR(pg_catalog.=) t.id
               AND t.first_response_at OPERATOR(pg_catalog.<=) t.ta$n$),
                -- the last SELECT without its lateral subquery
                ('sla_clocks_collect',
$o$SELECT c.id, m.metric, c.priority, c.account_tier, m.target,
       coalesce((SELECT ca.name FROM calendar_array ca)[c.ci], (SELECT pa.calendar FROM policy_array pa)[m.n]),
       m.warn_before, c.ta, c.created_at, c.solved_at, c.is_open, m.r
  FROM clock c
 CROSS JOIN LATERAL (VALUES ('first_response'::text, c.first_response, c.first_response_n),
                           ('next_reply', c.next_reply, c.next_reply_n),
                           ('resolution', c.resolution, c.resolution_n)) v(metric, r, n)
 CROSS JOIN LATERAL (SELECT v.metric, v.r, v.n,
                            (SELECT pa.target FROM policy_array pa)[v.n] AS target,
                            (SELECT pa.warn_before FROM policy_array pa)[v.n] AS warn_before) m
 WHERE m.r IS NOT NULL$o$,
$n$SELECT c.id, v.metric, c.priority, c.account_tier, (SELECT pa.target FROM policy_array pa)[v.n],
       coalesce((SELECT ca.name FROM calendar_array ca)[c.ci], (SELECT pa.calendar FROM policy_array pa)[v.n]),
       (SELECT pa.warn_before FROM policy_array pa)[v.n], c.ta, c.created_at, c.solved_at, c.is_open, v.r
  FROM clock c
 CROSS JOIN LATERAL (VALUES ('first_response'::text, c.first_response, c.first_response_n),
                           ('next_reply', c.next_reply, c.next_reply_n),
                           ('resolution', c.resolution, c.resolution_n)) v(metric, r, n)
 WHERE v.r IS NOT NULL$n$),
                -- the stored clocks, then the replayed ones
                ('ticket_sla_at',
$o$SELECT c.ticket_id, c.metric, c.priority, c.account_tier, c.target, c.calendar, c.warn_before,
       (c.r).state, (c.r).elapsed, (c.r).remaining, (c.r).due_at, (c.r).breached_at,
       (c.r).state OPERATOR(pg_catalog.=) 'running' AND (c.r).remaining OPERATOR(pg_catalog.<=) c.warn_before
  FROM (SELECT k.ticket_id, k.metric, k.priority, k.account_tier, k.target, k.calendar, k.warn_before, m.r
          FROM backlog.ticket_clocks k
          -- measured once per clock (a column of the subquery would be measured once per use)
         CROSS JOIN LATERAL (SELECT CASE WHEN k.valid_from OPERATOR(pg_catalog.<=) as_of
                                         THEN backlog.sla_clock_measure(k.clock, as_of) END AS r
                             ) m
         WHERE k.valid_from OPERATOR(pg_catalog.<=) as_of
           AND k.created_at OPERATOR(pg_catalog.<=) as_of
           AND (k.is_open OR k.solved_at OPERATOR(pg_catalog.>=) (as_of OPERATOR(pg_catalog.-) recent))
        UNION ALL
        SELECT x.ticket_id, x.metric, x.priority, x.account_tier, x.target, x.calendar, x.warn_before,
               backlog.sla_clock_measure(x.clock, as_of)
          FROM backlog.sla_clocks_collect(as_of, recent, false) x) c
 WHERE (c.r).state IS NOT NULL$o$,
$n$SELECT c.ticket_id, c.metric, c.priority, c.account_tier, c.target, c.calendar, c.warn_before,
       (c.r).state, (c.r).elapsed, (c.r).remaining, (c.r).due_at, (c.r).breached_at,
       (c.r).state OPERATOR(pg_catalog.=) 'running' AND (c.r).remaining OPERATOR(pg_catalog.<=) c.warn_before
  FROM (SELECT k.ticket_id, k.metric, k.priority, k.account_tier, k.target, k.calendar, k.warn_before,
               CASE WHEN k.valid_from OPERATOR(pg_catalog.<=) as_of THEN backlog.sla_clock_measure(k.clock, as_of) END AS r
          FROM backlog.ticket_clocks k
         WHERE k.valid_from OPERATOR(pg_catalog.<=) as_of
           AND k.created_at OPERATOR(pg_catalog.<=) as_of
           AND (k.is_open OR k.solved_at OPERATOR(pg_catalog.>=) (as_of OPERATOR(pg_catalog.-) recent))) c
 WHERE (c.r).state IS NOT NULL;
RETURN QUERY
SELECT c.ticket_id, c.metric, c.priority, c.account_tier, c.target, c.calendar, c.warn_before,
       (c.r).state, (c.r).elapsed, (c.r).remaining, (c.r).due_at, (c.r).breached_at,
       (c.r).state OPERATOR(pg_catalog.=) 'running' AND (c.r).remaining OPERATOR(pg_catalog.<=) c.warn_before
  FROM (SELECT x.ticket_id, x.metric, x.priority, x.account_tier, x.target, x.calendar, x.warn_before,
               backlog.sla_clock_measure(x.clock, as_of) AS r
          FROM backlog.sla_clocks_collect(as_of, recent, false) x) c
 WHERE (c.r).state IS NOT NULL$n$),
                -- the flow of the tickets and of the open stretches, added up
                ('flow_at',
$o$SELECT r.*
      FROM (SELECT as_of OPERATOR(pg_catalog.-)
                   (interval '24 hours' OPERATOR(pg_catalog.*) pg_catalog.max(w)) AS since
              FROM pg_catalog.unnest(windows) w
             WHERE w OPERATOR(pg_catalog.>) 0 AND w OPERATOR(pg_catalog.<=) 36600) b
     CROSS JOIN LATERAL backlog.flow_rows(coalesce(
            (SELECT backlog.flow_agg(as_of, windows, x.created_at, x.solved_at, x.opened_at, x.closed_at)
               FROM (SELECT t.created_at, t.solved_at, NULL::timestamptz AS opened_at, NULL::timestamptz AS closed_at
                       FROM backlog.tickets t
                      WHERE (t.created_at OPERATOR(pg_catalog.>) b.since AND t.created_at OPERATOR(pg_catalog.<=) as_of)
                         OR (t.solved_at OPERATOR(pg_catalog.>) b.since AND t.solved_at OPERATOR(pg_catalog.<=) as_of)
                     UNION ALL
                     SELECT NULL, NULL, s.opened_at, s.closed_at
                       FROM backlog.open_spans(b.since) s) x),
            backlog.flow_state(as_of, windows))) r$o$,
$n$WITH since AS MATERIALIZED (
    SELECT as_of OPERATOR(pg_catalog.-) (interval '24 hours' OPERATOR(pg_catalog.*) pg_catalog.max(w)) AS since
      FROM pg_catalog.unnest(windows) w
     WHERE w OPERATOR(pg_catalog.>) 0 AND w OPERATOR(pg_catalog.<=) 36600
)
SELECT r.*
  FROM backlog.flow_rows(backlog.flow_combine(
        coalesce((SELECT backlog.flow_agg(as_of, windows, t.created_at, t.solved_at, NULL, NULL)
                    FROM backlog.tickets t
                   WHERE (t.created_at OPERATOR(pg_catalog.>) (SELECT b.since FROM since b) AND t.created_at OPERATOR(pg_catalog.<=) as_of)
                      OR (t.solved_at OPERATOR(pg_catalog.>) (SELECT b.since FROM since b) AND t.solved_at OPERATOR(pg_catalog.<=) as_of)),
                 backlog.flow_state(as_of, windows)),
        coalesce((SELECT backlog.flow_agg(as_of, windows, NULL, NULL, s.opened_at, s.closed_at)
                    FROM backlog.open_spans((SELECT b.since FROM since b)) s),
                 backlog.flow_state(as_of, windows)))) r$n$),
                -- the 7-day flow, added up as in flow_at
                ('health_at',
$o$(SELECT backlog.flow_agg(as_of, '{7}', x.created_at, x.solved_at, x.opened_at, x.closed_at)
               FROM (SELECT t.created_at, t.solved_at, NULL::timestamptz AS opened_at, NULL::timestamptz AS closed_at
                       FROM backlog.tickets t
                      WHERE (t.created_at OPERATOR(pg_catalog.>) (as_of OPERATOR(pg_catalog.-) interval '168 hours')
                             AND t.created_at OPERATOR(pg_catalog.<=) as_of)
                         OR (t.solved_at OPERATOR(pg_catalog.>) (as_of OPERATOR(pg_catalog.-) interval '168 hours')
                             AND t.solved_at OPERATOR(pg_catalog.<=) as_of)
                     UNION ALL
                     SELECT NULL, NULL, s.opened_at, s.closed_at FROM span s) x)$o$,
$n$backlog.flow_combine(
            coalesce((SELECT backlog.flow_agg(as_of, '{7}', t.created_at, t.solved_at, NULL, NULL)
                        FROM backlog.tickets t
                       WHERE (t.created_at OPERATOR(pg_catalog.>) (as_of OPERATOR(pg_catalog.-) interval '168 hours')
                              AND t.created_at OPERATOR(pg_catalog.<=) as_of)
                          OR (t.solved_at OPERATOR(pg_catalog.>) (as_of OPERATOR(pg_catalog.-) interval '168 hours')
                              AND t.solved_at OPERATOR(pg_catalog.<=) as_of)),
                     backlog.flow_state(as_of, '{7}')),
            coalesce((SELECT backlog.flow_agg(as_of, '{7}', NULL, NULL, s.opened_at, s.closed_at) FROM span s),
                     backlog.flow_state(as_of, '{7}')))$n$),
                -- local midnight as an uncorrelated subquery
                ('health_at',
$o$), today AS (
    SELECT (SELECT pg_catalog.count(*) FROM backlog.tickets t
             WHERE t.created_at OPERATOR(pg_catalog.>=) m.midnight
               AND t.created_at OPERATOR(pg_catalog.<=) as_of) AS created,
           (SELECT pg_catalog.count(*) FROM backlog.tickets t
             WHERE t.solved_at OPERATOR(pg_catalog.>=) m.midnight
               AND t.solved_at OPERATOR(pg_catalog.<=) as_of) AS solved
      FROM (SELECT backlog.local_midnight(as_of) AS midnight) m
)$o$,
$n$), today AS (
    SELECT (SELECT pg_catalog.count(*) FROM backlog.tickets t
             WHERE t.created_at OPERATOR(pg_catalog.>=) (SELECT backlog.local_midnight(as_of))
               AND t.created_at OPERATOR(pg_catalog.<=) as_of) AS created,
           (SELECT pg_catalog.count(*) FROM backlog.tickets t
             WHERE t.solved_at OPERATOR(pg_catalog.>=) (SELECT backlog.local_midnight(as_of))
               AND t.solved_at OPERATOR(pg_catalog.<=) as_of) AS solved
)$n$)) x(fname, old, new)
             WHERE x.fname OPERATOR(pg_catalog.=) fn.proname
        LOOP
            IF pg_catalog.strpos(body, rw.old) OPERATOR(pg_catalog.>) 0 THEN
                body := pg_catalog.replace(body, rw.old, rw.new);
            ELSE
                RAISE WARNING 'backlog.%: a rewrite for Citus no longer applies (the function changed)', fn.proname
                    USING DETAIL = pg_catalog.format('Not found: %s', pg_catalog.left(rw.old, 200)),
                          HINT = 'Update backlog.citus_query_ddl() (src/citus.sql) and run make citus-test.';
            END IF;
        END LOOP;
        IF body OPERATOR(pg_catalog.~) '^\s*DECLARE\M' THEN
            -- rewritten whole into a block of several statements
            body := E'#variable_conflict use_column\n' OPERATOR(pg_catalog.||) body OPERATOR(pg_catalog.||) E'\n';
        ELSE
            body := E'#variable_conflict use_column\nBEGIN\nRETURN QUERY\n' OPERATOR(pg_catalog.||) body
                    OPERATOR(pg_catalog.||) E'\n;\nEND\n';
        END IF;
        head := pg_catalog.replace(pg_catalog.left(fn.def, pg_catalog.strpos(fn.def, E'\nAS ')),
                                   E'\n LANGUAGE sql\n', E'\n LANGUAGE plpgsql\n');
        function_name := fn.oid::pg_catalog.regprocedure;
        IF fn.clashes IS NULL THEN
            statement := head OPERATOR(pg_catalog.||) 'AS ' OPERATOR(pg_catalog.||) pg_catalog.quote_literal(body);
            RETURN NEXT;
        ELSE
            -- the twin: the same header under its own name, the clashing columns renamed
            twin := fn.proname OPERATOR(pg_catalog.||) '_on_citus';
            head := pg_catalog.regexp_replace(head, '^CREATE OR REPLACE FUNCTION backlog\.[a-z_]+[(]',
                                              'CREATE OR REPLACE FUNCTION backlog.' OPERATOR(pg_catalog.||) twin OPERATOR(pg_catalog.||) '(');
            FOREACH c IN ARRAY fn.clashes LOOP
                head := pg_catalog.regexp_replace(head, '(\n RETURNS TABLE[(](.*, )?)' OPERATOR(pg_catalog.||) c OPERATOR(pg_catalog.||) ' ',
                                                  '\1' OPERATOR(pg_catalog.||) c OPERATOR(pg_catalog.||) '_ ');
            END LOOP;
            statement := head OPERATOR(pg_catalog.||) 'AS ' OPERATOR(pg_catalog.||) pg_catalog.quote_literal(body);
            RETURN NEXT;
            IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_proc p
                            WHERE p.proname OPERATOR(pg_catalog.=) twin
                              AND p.pronamespace OPERATOR(pg_catalog.=) 'backlog'::pg_catalog.regnamespace) THEN
                statement := pg_catalog.format('ALTER EXTENSION backlog ADD FUNCTION backlog.%I(%s)',
                                               twin, pg_catalog.pg_get_function_identity_arguments(fn.oid));
                RETURN NEXT;
            END IF;
            -- and the function itself calls it (still SQL: a query without distributed tables)
            statement := pg_catalog.left(fn.def, pg_catalog.strpos(fn.def, E'\nAS '))
                     OPERATOR(pg_catalog.||) 'AS ' OPERATOR(pg_catalog.||) pg_catalog.quote_literal(pg_catalog.format(
                         'SELECT * FROM backlog.%I(%s)', twin,
                         (SELECT pg_catalog.string_agg('$' OPERATOR(pg_catalog.||) g.k, ', ' ORDER BY g.k)
                            FROM pg_catalog.generate_series(1, fn.nargs) g(k))));
            RETURN NEXT;
        END IF;
    END LOOP;
END
$$;
COMMENT ON FUNCTION backlog.citus_query_ddl() IS
  'The statements backlog.distribute_queries() runs on Citus, in order: for each SQL function that reads the distributed tables and is still SQL, a CREATE OR REPLACE FUNCTION of its PL/pgSQL form (see src/citus.sql), and for health_at its twin. Needs no Citus (make test runs them on one node and compares the answers).';
REVOKE EXECUTE ON FUNCTION backlog.citus_query_ddl() FROM PUBLIC;

CREATE FUNCTION backlog.distribute_queries()
RETURNS SETOF regprocedure
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    ddl text[];
    done regprocedure[];
    stmt text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname OPERATOR(pg_catalog.=) 'citus') THEN
        RAISE EXCEPTION 'backlog.distribute_queries() needs the citus extension'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = 'The citus extension is not installed in this database.';
    END IF;
    SELECT pg_catalog.array_agg(d.statement ORDER BY d.k), pg_catalog.array_agg(DISTINCT d.function_name)
      INTO ddl, done
      FROM backlog.citus_query_ddl() WITH ORDINALITY d(function_name, statement, k);
    IF ddl IS NOT NULL THEN
        -- on the workers first: run_command_on_workers connects apart, before this transaction
        -- touches them. Citus does not propagate these itself (they belong to an extension).
        PERFORM pg_catalog.run_command_on_workers(
            'SET citus.enable_ddl_propagation = off; ' OPERATOR(pg_catalog.||) pg_catalog.array_to_string(ddl, '; '));
        PERFORM pg_catalog.set_config('citus.enable_ddl_propagation', 'off', true);
        FOREACH stmt IN ARRAY ddl LOOP
            EXECUTE stmt;
        END LOOP;
        PERFORM pg_catalog.set_config('citus.enable_ddl_propagation', 'on', true);
    END IF;
    RETURN QUERY SELECT pg_catalog.unnest(coalesce(done, '{}'));
END
$$;
COMMENT ON FUNCTION backlog.distribute_queries() IS
  'On a Citus coordinator (backlog.distribute() runs it): turns the SQL functions that read the distributed tables (ticket_sla_at, queue_at, health_at, flow_at, open_spans, ...) into PL/pgSQL functions returning the same query, which Citus plans with their arguments as values, here and on the workers; returns the functions converted. Run it again after ALTER EXTENSION backlog UPDATE. Error 55000 without Citus.';
REVOKE EXECUTE ON FUNCTION backlog.distribute_queries() FROM PUBLIC;

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

    -- The queries over the distributed tables, in forms Citus plans.
    PERFORM backlog.distribute_queries();

    -- The stored score bounds stay off on Citus (their triggers skip the shards): a window
    -- opened before would be read with bounds nobody keeps.
    DELETE FROM backlog.ticket_scores_window;
    -- Nor do the stored stretches cover any instant (src/flow.sql): the shards' triggers do
    -- not list the tickets they forget.
    DELETE FROM backlog.ticket_spans_cover;
    DELETE FROM backlog.ticket_spans_forgotten;

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

    -- On Citus the check-in intervals' status is a foreign key to statuses again (on one node a
    -- row check, for pg_restore -j: src/views.sql). Citus runs a status rename's writes to the
    -- tickets' shards over the connections that changed the statuses' placements only while a
    -- foreign key ties another reference table to statuses; without one, citus-test's rename
    -- was refused by the shards' check of the tickets, which did not see the new status.
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                    WHERE k.conrelid OPERATOR(pg_catalog.=) 'backlog.checkin_intervals'::pg_catalog.regclass
                      AND k.contype OPERATOR(pg_catalog.=) 'f') THEN
        ALTER TABLE backlog.checkin_intervals ADD CONSTRAINT checkin_intervals_status_fkey
            FOREIGN KEY (status) REFERENCES backlog.statuses (status) ON UPDATE CASCADE ON DELETE CASCADE;
    END IF;

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

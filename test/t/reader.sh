#!/usr/bin/env bash
# A login in backlog_reader (what a BI tool connects as) reads every view of schema backlog and
# the functions behind them, and writes nothing: INSERT, UPDATE, DELETE and TRUNCATE on every
# table, CREATE in the schema and every function that writes (merge_tickets and the jobs that
# exist) are refused with insufficient_privilege. Runs against the test cluster.
set -euo pipefail
psql_() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -At "$@"; }
db=reader_$$; login=bi_reader_$$
cleanup() { psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS $login" >/dev/null 2>&1 || true; }
trap cleanup EXIT

psql_ -d postgres -c "CREATE DATABASE $db"
psql_ -d "$db" <<SQL
CREATE EXTENSION backlog;
INSERT INTO backlog.tickets (id, subject, priority, created_at) VALUES
  (1, 'cannot log in', 'urgent', now() - interval '3 days'), (2, 'cannot log in either', 'high', now() - interval '1 hour');
UPDATE backlog.tickets SET status = 'on_hold' WHERE id = 1;
INSERT INTO backlog.sla_objectives VALUES ('resolution', 0.9);
CREATE ROLE $login LOGIN IN ROLE backlog_reader;
SELECT rolcanlogin FROM pg_roles WHERE rolname = 'backlog_reader';
SQL
# the role itself cannot log in
[ "$(psql_ -d "$db" -c "SELECT rolcanlogin FROM pg_roles WHERE rolname = 'backlog_reader'")" = f ]

out=$("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -At -U "$login" -d "$db" <<'SQL'
DO $$
DECLARE
    r record;
    n bigint;
    bad int := 0;
    reads int := 0;
    refused int := 0;
    stmt text;
BEGIN
    -- every view, and the _at functions a dashboard would call
    FOR r IN SELECT format('SELECT count(*) FROM %I.%I', schemaname, viewname) AS q
               FROM pg_views WHERE schemaname = 'backlog'
             UNION ALL
             VALUES ('SELECT count(*) FROM backlog.health_at(now() - interval ''1 day'')'),
                    ('SELECT count(*) FROM backlog.flow_at(now(), ''{1,2}'')'),
                    ('SELECT count(*) FROM backlog.zombies_at(now(), older_than => ''1 day'')'),
                    ('SELECT count(*) FROM backlog.burn_rate_alerts_at(now())'),
                    ('SELECT count(backlog.burn_rate(''resolution'', 0.9, ''1 day''))'),
                    ('SELECT count(*) FROM backlog.ticket_sla_at(now())')
    LOOP
        BEGIN
            EXECUTE r.q INTO n;
            reads := reads + 1;
        EXCEPTION WHEN OTHERS THEN
            RAISE WARNING 'reader cannot run "%": % %', r.q, SQLSTATE, SQLERRM;
            bad := bad + 1;
        END;
    END LOOP;
    -- every write: on every table, in the schema, through the functions that write
    FOR r IN SELECT unnest(ARRAY[
                 format('INSERT INTO %I.%I DEFAULT VALUES', schemaname, tablename),
                 format('UPDATE %I.%I SET %I = %I', schemaname, tablename, c.attname, c.attname),
                 format('DELETE FROM %I.%I', schemaname, tablename),
                 format('TRUNCATE %I.%I', schemaname, tablename)]) AS q
               FROM pg_tables t
               CROSS JOIN LATERAL (SELECT a.attname FROM pg_attribute a
                                    WHERE a.attrelid = format('%I.%I', t.schemaname, t.tablename)::regclass
                                      AND a.attnum = 1) c
              WHERE t.schemaname = 'backlog'
             UNION ALL
             VALUES ('CREATE TABLE backlog.intruder (x int)'),
                    ('CREATE VIEW backlog.intruder AS SELECT 1'),
                    ('SELECT backlog.merge_tickets(1, ''{2}'')'),
                    ('SELECT backlog.merge_cluster(1)')
             UNION ALL
             -- the jobs, if this version has them
             SELECT format('SELECT %s()', p.oid::regproc) FROM pg_proc p
              WHERE p.pronamespace = 'backlog'::regnamespace
                AND p.proname IN ('take_snapshot', 'run_escalations', 'sync_zendesk', 'schedule', 'unschedule', 'distribute',
                                'distribute_queries', 'citus_query_ddl')
                AND p.pronargdefaults = p.pronargs
    LOOP
        BEGIN
            EXECUTE r.q;
            RAISE WARNING 'reader could run "%"', r.q;
            bad := bad + 1;
        EXCEPTION WHEN insufficient_privilege THEN
            refused := refused + 1;
        WHEN OTHERS THEN
            RAISE WARNING '"%" failed with % (%), not insufficient_privilege', r.q, SQLSTATE, SQLERRM;
            bad := bad + 1;
        END;
    END LOOP;
    RAISE NOTICE 'reads % refused % bad %', reads, refused, bad;
    IF bad > 0 OR reads < 15 OR refused < 40 THEN
        RAISE EXCEPTION 'backlog_reader is not read-only and able to read everything';
    END IF;
END
$$;
SELECT open_tickets FROM backlog.health;
SQL
)
echo "$out"
[ "$(echo "$out" | tail -n 1)" = 2 ]
# the data is untouched
[ "$(psql_ -d "$db" -c "SELECT count(*) FROM backlog.tickets")" = 2 ]
echo "reader ok"

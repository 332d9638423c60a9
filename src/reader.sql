-- The read-only role for BI tools. Last in the install script (and its upgrade part last in
-- src/updates/0.1--0.2/) so that it covers every feature's tables and views.

-- ---------------------------------------------------------------------------------------------
-- backlog_reader: the read-only role for BI tools (SPEC §8). Roles belong to the cluster, not to the
-- extension: it is created if missing (and left in place by DROP EXTENSION), and every database
-- that installs backlog grants it the same rights. It may read the views and the tables they
-- read (a function a view calls reads tables with the caller's rights), and write nothing:
-- functions that write (merge_tickets, the jobs) fail for it on the tables' privileges.
-- ---------------------------------------------------------------------------------------------
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname OPERATOR(pg_catalog.=) 'backlog_reader') THEN
        CREATE ROLE backlog_reader NOLOGIN;
        COMMENT ON ROLE backlog_reader IS
          'Read-only access to the backlog views, for BI tools: GRANT backlog_reader TO a login role.';
    END IF;
END
$$;
GRANT USAGE ON SCHEMA backlog TO backlog_reader;
-- Every table and view of the schema, whichever feature made it: this part comes last.
GRANT SELECT ON ALL TABLES IN SCHEMA backlog TO backlog_reader;

-- citus: backlog.distribute() and backlog.distribute_queries() without Citus (make test has
-- none; make citus-test runs the rest on a real cluster) refuse with 55000 and change nothing.
SET extra_float_digits = 0;

CREATE TEMP TABLE fk_before AS
SELECT conrelid::regclass::text AS rel, conname FROM pg_constraint
 WHERE contype = 'f' AND connamespace = 'backlog'::regnamespace;
SELECT regress.error('SELECT * FROM backlog.distribute()');
SELECT regress.sqlstate('SELECT * FROM backlog.distribute(4)') AS with_shard_count;
-- and the conversion of the functions for Citus alone (sql/citus_queries runs its statements)
SELECT regress.error('SELECT * FROM backlog.distribute_queries()');
-- every foreign key of the store is still there (and there are some)
SELECT (SELECT count(*) FROM fk_before) > 0 AS has_foreign_keys,
       NOT EXISTS (SELECT rel, conname FROM fk_before
                   EXCEPT SELECT conrelid::regclass::text, conname FROM pg_constraint
                           WHERE contype = 'f' AND connamespace = 'backlog'::regnamespace) AS unchanged;

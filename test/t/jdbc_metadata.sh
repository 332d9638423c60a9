#!/usr/bin/env bash
# BI tools find the views through their JDBC driver: pgjdbc's DatabaseMetaData.getTables and
# getColumns must show every view of schema backlog with its comment (REMARKS), every column
# with its comment and a type a chart can map, every interval followed by its _hours number, and
# backlog.health and backlog.flow with exactly their documented columns and SQL types. pgjdbc
# speaks TCP only, so this starts a small cluster of its own on localhost.
set -euo pipefail
. "$BL_ROOT/test/lib.sh"
jar=/usr/share/java/postgresql.jar
[ -r "$jar" ] || { echo "missing $jar (libpostgresql-jdbc-java; run make deps)" >&2; exit 1; }
command -v java >/dev/null || { echo "missing java (openjdk-17-jdk-headless; run make deps)" >&2; exit 1; }

dir=$BL_TMP/jdbc_$$
PGPORT=$((20000 + $$ % 20000))
while (exec 3<>"/dev/tcp/127.0.0.1/$PGPORT") 2>/dev/null; do PGPORT=$((PGPORT + 1)); done
export PGPORT
cluster_init "$dir" "listen_addresses = 'localhost'" "shared_preload_libraries = ''"
trap 'cluster_stop "$dir"' EXIT
cluster_start "$dir"
cpsql "$dir" -q -d postgres -c "CREATE DATABASE jdbc_meta"
cpsql "$dir" -q -d jdbc_meta -c "CREATE EXTENSION backlog"
# a copy of the program the postgres OS user can read
cp "$BL_ROOT/test/t/jdbc/JdbcMetadata.java" "$dir/"
chmod a+r "$dir/JdbcMetadata.java"
# No exceptions to the _hours rule (the program takes the names of exempt views as arguments).
as_pg java -cp "$jar" "$dir/JdbcMetadata.java" "jdbc:postgresql://localhost:$PGPORT/jdbc_meta"

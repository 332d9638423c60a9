#!/usr/bin/env bash
# Upgrade in place from every released version (src/updates/releases), the way a user meets it:
#
#   1. build the released version's library from its commit and install it in a private tree;
#   2. on a cluster of its own, CREATE EXTENSION backlog VERSION 'X.Y' with that library, load
#      test/upgrade/data-X.Y.sql (every stored type in user tables, every editable table with
#      edited, added and deleted seed rows) and run test/upgrade/queries-X.Y.sql;
#   3. restart the cluster on this tree's library: the old version's SQL on the new library (a
#      package upgraded, ALTER EXTENSION not yet run) gives the same answers; then
#      ALTER EXTENSION backlog UPDATE;
#   4. the queries give the same answers (values stored by the old library read the same);
#   5. every member object is defined exactly as in a fresh install (test/upgrade/catalog.sql),
#      in the loaded database and in one that was upgraded untouched, whose configuration tables
#      also hold exactly the rows of a fresh install;
#   6. pg_dump of the upgraded database restores into a new database with every table and every
#      answer intact.
# Runs from test/run.sh (BL_ROOT, BL_TMP, PGBIN set); starts and stops its own cluster.
set -euo pipefail
: "${BL_ROOT:?}" "${BL_TMP:?}"
cd "$BL_ROOT"
. test/lib.sh
UP=$BL_TMP/upgrade
rm -rf "$UP"; mkdir -p "$UP"; chmod 755 "$UP"
[ "$(id -u)" -eq 0 ] && chown postgres: "$UP"
current=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" backlog.control)
CL=$UP/cluster
trap 'cluster_stop "$CL"' EXIT

psql_() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$CL" -p "$PGPORT" -U postgres "$@"; }
catalog() { psql_ -d "$1" -f test/upgrade/catalog.sql; }
# every configuration (pg_dump-registered) and member table: name, row count, checksum
tables_sum() {
  local db=$1 t
  for t in $(psql_ -d "$db" -At -c "SELECT c.oid::regclass FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
        WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e' AND c.relkind = 'r'
          AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'backlog') ORDER BY 1"); do
    psql_ -d "$db" -At -c "SELECT '$t', count(*), md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM $t x"
  done
}
same() {  # same LABEL FILE_A FILE_B
  if ! diff -u "$2" "$3" >"$UP/diff.txt"; then
    echo "FAILED: $1"; head -n 60 "$UP/diff.txt"; exit 1
  fi
  echo "ok: $1 ($(wc -l <"$2") lines)"
}

install_extension "$BL_ROOT" "$UP/new" >/dev/null
NEWBIN=$PGBIN

while read -r version commit; do
  case "$version" in ''|'#'*) continue ;; esac
  [ "$version" = "$current" ] && continue
  echo "== from $version (commit $commit) to $current"
  [ -f "test/upgrade/data-$version.sql" ] || { echo "test/upgrade/data-$version.sql is missing"; exit 1; }
  # 1. the released library, built from its own commit
  src=$UP/src-$version
  mkdir -p "$src"
  if git -C "$BL_ROOT" cat-file -e "$commit^{commit}" 2>/dev/null; then
    git -C "$BL_ROOT" archive "$commit" | tar -x -C "$src"
    make -C "$src" -s -j2 PG_CONFIG="$BL_SYS_PG_CONFIG" >"$UP/build-$version.log" 2>&1 \
      || { tail -n 20 "$UP/build-$version.log"; echo "FAILED: building $version"; exit 1; }
    install_extension "$src" "$UP/old-$version" >/dev/null
    echo "built the $version library from $commit"
  else
    # A clone without that history (shallow): the old script runs on the new library. Weaker,
    # and said so, but the catalog comparison still holds.
    echo "NOTE: commit $commit is not in this clone; $version's script runs on the new library"
    install_extension "$BL_ROOT" "$UP/old-$version" >/dev/null
  fi
  [ -f "$UP/old-$version/inst$("$BL_SYS_PG_CONFIG" --sharedir)/extension/backlog--$version.sql" ] \
    || { echo "FAILED: backlog--$version.sql not installed by the $version tree"; exit 1; }
  OLDBIN=$PGBIN

  # 2. the old version with data
  rm -rf "$CL"
  cluster_init "$CL" "cron.database_name = 'postgres'" >/dev/null
  cluster_start "$CL"
  psql_ -d postgres -c "CREATE DATABASE up_data" -c "CREATE DATABASE up_bare"
  psql_ -d up_data -c "CREATE EXTENSION backlog VERSION '$version'"
  psql_ -d up_bare -c "CREATE EXTENSION backlog VERSION '$version'"
  psql_ -d up_data -f "test/upgrade/data-$version.sql" >/dev/null
  psql_ -d up_data -f "test/upgrade/queries-$version.sql" >"$UP/before.txt"
  cluster_stop "$CL"

  # 3. the new library, and the update. Between a package upgrade and ALTER EXTENSION UPDATE the
  # old version's SQL objects call the new library: every C symbol the old script names must
  # still behave as that version expects (same arguments, same state layout), never crash.
  PGBIN=$NEWBIN
  cluster_start "$CL"
  psql_ -d up_data -f "test/upgrade/queries-$version.sql" >"$UP/between.txt" \
    || { echo "FAILED: $version's SQL on the new library, before ALTER EXTENSION UPDATE"; tail -n 20 "$CL/server.log"; exit 1; }
  same "$version's SQL on the new library (before the update) gives the same answers" "$UP/before.txt" "$UP/between.txt"
  for db in up_data up_bare; do
    psql_ -d "$db" -c "ALTER EXTENSION backlog UPDATE"
    v=$(psql_ -d "$db" -At -c "SELECT extversion FROM pg_extension WHERE extname = 'backlog'")
    [ "$v" = "$current" ] || { echo "FAILED: $db is at $v after the update, not $current"; exit 1; }
  done
  psql_ -d postgres -c "CREATE DATABASE fresh"
  psql_ -d fresh -c "CREATE EXTENSION backlog"

  # 4. the same answers
  psql_ -d up_data -f "test/upgrade/queries-$version.sql" >"$UP/after.txt"
  same "$version data reads the same after the update" "$UP/before.txt" "$UP/after.txt"

  # 5. the same catalog as a fresh install
  catalog fresh >"$UP/catalog-fresh.txt"
  catalog up_data >"$UP/catalog-data.txt"
  catalog up_bare >"$UP/catalog-bare.txt"
  [ "$(wc -l <"$UP/catalog-fresh.txt")" -gt 500 ] || { echo "FAILED: catalog description too short"; exit 1; }
  same "$version + data, updated: catalog as a fresh install" "$UP/catalog-fresh.txt" "$UP/catalog-data.txt"
  same "$version untouched, updated: catalog as a fresh install" "$UP/catalog-fresh.txt" "$UP/catalog-bare.txt"
  tables_sum fresh >"$UP/tables-fresh.txt"
  tables_sum up_bare >"$UP/tables-bare.txt"
  same "$version untouched, updated: every table holds what a fresh install holds" "$UP/tables-fresh.txt" "$UP/tables-bare.txt"

  # 6. dump and restore of the updated database. (With 0.1's store design this fails on the
  # edited 'default' calendar: its seed-replacing trigger cannot delete a seed that seeded
  # policies still reference. The store's restore design is what must change, not this test.)
  "$PGBIN/pg_dump" -h "$CL" -p "$PGPORT" -U postgres -Fc -d up_data -f "$UP/up_data.dump"
  psql_ -d postgres -c "CREATE DATABASE restored"
  "$PGBIN/pg_restore" -h "$CL" -p "$PGPORT" -U postgres --exit-on-error -d restored "$UP/up_data.dump"
  tables_sum up_data >"$UP/tables-data.txt"
  tables_sum restored >"$UP/tables-restored.txt"
  same "$version updated, dumped and restored: every table" "$UP/tables-data.txt" "$UP/tables-restored.txt"
  psql_ -d restored -f "test/upgrade/queries-$version.sql" >"$UP/restored.txt"
  same "$version updated, dumped and restored: the same answers" "$UP/after.txt" "$UP/restored.txt"
  cluster_stop "$CL"
done < src/updates/releases
echo "upgrade: ok"

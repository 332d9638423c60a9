# Sourced by test/citus/run.sh --bench (the clusters are up, backlog distributed on the
# coordinator): Citus against one node on the same data, each query's median of three runs.

echo "== generating the demo data set ($TICKETS tickets) on the single node"
cpsql "$TMP/single" -q -d "$DB" -f demo/generator.sql >/dev/null
t0=$SECONDS
cpsql "$TMP/single" -q -d "$DB" -At -c "SELECT * FROM backlog_demo.generate($TICKETS, 60, 42)" >/dev/null
echo "single node: $((SECONDS - t0)) s"

# The rows and what the triggers derived from them, copied as they are (the triggers off, on
# the coordinator and on the shards: Citus passes ALTER TABLE ... TRIGGER on).
echo "== copying them into the distributed store"
t0=$SECONDS
copied="backlog.tickets backlog.ticket_events backlog.ticket_fingerprints backlog.duplicate_word_df backlog.duplicate_word_df_delta"
for t in $copied; do
  cpsql "$TMP/coord" -q -d "$DB" -c "SET citus.enable_unsafe_triggers = on" -c "ALTER TABLE $t DISABLE TRIGGER USER"
done
cpsql "$TMP/coord" -q -d "$DB" -c "TRUNCATE backlog.duplicate_word_df, backlog.duplicate_word_df_delta"
for t in $copied; do
  cols=$(cpsql "$TMP/single" -d "$DB" -At -c "SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum)
           FROM pg_attribute WHERE attrelid = '$t'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''")
  cpsql "$TMP/single" -d "$DB" -c "COPY (SELECT $cols FROM $t) TO STDOUT" \
    | cpsql "$TMP/coord" -q -d "$DB" -c "COPY $t ($cols) FROM STDIN"
done
for t in $copied; do
  cpsql "$TMP/coord" -q -d "$DB" -c "SET citus.enable_unsafe_triggers = on" -c "ALTER TABLE $t ENABLE TRIGGER USER"
done
echo "citus: $((SECONDS - t0)) s"
# the stored SLA clocks collected on both (as the jobs do before they read them)
for n in coord single; do
  t0=$SECONDS
  k=$(cpsql "$TMP/$n" -d "$DB" -At -c "SELECT backlog.refresh_ticket_clocks()")
  echo "refresh_ticket_clocks() on $n: $k clocks, $((SECONDS - t0)) s"
done
for n in coord single; do cpsql "$TMP/$n" -q -d "$DB" -c "VACUUM ANALYZE"; done
# (three scalar subqueries of a FROM-less query: Citus refuses a subquery in the target list of
# an aggregate over a distributed table, "cannot push down subquery on the target list")
cpsql "$TMP/coord" -d "$DB" -At -c "SELECT format('on Citus: %s tickets, %s events, %s open',
    (SELECT count(*) FROM backlog.tickets), (SELECT count(*) FROM backlog.ticket_events),
    (SELECT count(*) FROM backlog.tickets t JOIN backlog.statuses s USING (status) WHERE s.is_open))"

# ms NODE SQL: the median of three timed runs of SQL (its rows counted, not printed); or the
# first line of its error. count(x.*), not count(*): PostgreSQL drops the columns of a subquery
# that the outer query does not read, so count(*) over an aggregate timed nothing on one node.
ms() {
  local out
  out=$(cpsql "$TMP/$1" -d "$DB" -At -v ON_ERROR_STOP=1 -f test/citus/setup.sql -c '\timing on' \
          -c "SELECT count(x.*) FROM ($2) x" -c "SELECT count(x.*) FROM ($2) x" -c "SELECT count(x.*) FROM ($2) x" 2>&1) \
    || { echo "$out" | grep -m 1 'ERROR' | sed 's/^ERROR: *//' | cut -c1-60; return; }
  echo "$out" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | sort -n | sed -n 2p
}
printf '\n| query | one node (ms) | Citus, 2 workers (ms) | Citus / one node |\n|---|---|---|---|\n'
while IFS='|' read -r name sql; do
  case "$name" in ''|'#'*) continue ;; esac
  # Citus first: what it refuses is not timed on one node either
  b=$(ms coord "$sql")
  if [[ "$b" =~ ^[0-9.]+$ ]]; then
    a=$(ms single "$sql")
    # (a ratio only of two timings: an error on one node is printed, not divided by)
    if [[ "$a" =~ ^[0-9.]+$ ]] && awk -v a="$a" 'BEGIN { exit !(a > 0) }'; then
      r=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", b / a }')
    else
      r=-; a="error: $a"
    fi
  else
    a=-; r=-; b="refused: $b"
  fi
  printf '| %s | %s | %s | %s |\n' "$name" "$a" "$b" "$r"
done < test/citus/bench_queries.txt

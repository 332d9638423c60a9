-- 0.1 -> 0.2: what 0.1 left edited or deleted among the seeds (src/restore.sql, part 90, records
-- the changes made from now on).

-- What 0.1 left edited or deleted among the seeds is recorded now, so the next dump keeps it.
SELECT backlog.seed_changes_note(t.n, s.seed_key)
  FROM pg_catalog.unnest('{statuses,calendars,sla_policies,duplicate_terms,duplicate_intents}'::text[]) t(n),
       LATERAL backlog.seed_rows(t.n) s;

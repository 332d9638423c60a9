-- bench_fingerprint: duplicate detection on the demo data set (demo/generator.sql) at 200,000
-- tickets, against pg_trgm (similarity() with a GIN trigram index) in the same session.
--   1. fingerprint build throughput (and pg_trgm's trigram extraction on the same texts);
--   2. all near-duplicate pairs among the open tickets (what backlog.duplicate_clusters needs):
--      our self-join over the partial GIN index on open fingerprints, against a pg_trgm GIN
--      self-join on the same texts. pg_trgm is too slow to run on every open ticket, so it runs
--      for a fixed sample of tickets (half with a known duplicate, half the first by id) and is
--      scaled to all of them; ours is timed on both. Recall of the demo's known duplicate pairs
--      is printed for both, at backlog.similarity_threshold's default and at the pg_trgm
--      threshold of comparable recall;
--   3. the evaluation of test/eval/duplicates.sh.
-- Run by test/bench/run.sh (make bench) from the repository root, in database "bench".
\set ON_ERROR_STOP 1
\if :{?tickets}
\else
\set tickets 200000
\endif
\set sample 300
SET client_min_messages = warning;
SET search_path = public, backlog;

\i demo/generator.sql
SELECT bench.time(format('SELECT backlog_demo.generate(%s)', :tickets), 1) AS gen_ms \gset
SELECT format('demo data: %s tickets generated and fingerprinted in %s s', count(*), round(:gen_ms / 1000))
  FROM backlog.tickets;

CREATE TABLE bench.txt AS
SELECT t.id, backlog.ticket_text(t.subject, t.body) AS txt, f.open
  FROM backlog.tickets t JOIN backlog.ticket_fingerprints f ON f.ticket_id = t.id;
ANALYZE bench.txt;

-- 1. Throughput: fingerprints of every ticket text, against pg_trgm's show_trgm() of the same.
SELECT bench.time('SELECT count(backlog.fingerprint(txt)) FROM bench.txt', 3) AS fp_ms \gset
SELECT bench.time('SELECT count(show_trgm(txt)) FROM bench.txt', 3) AS trgm_ms \gset
SELECT bench.report(format('fingerprint(), %s tickets', count(*)), :fp_ms, :trgm_ms, 'pg_trgm show_trgm()')
  FROM bench.txt;
SELECT format('fingerprint throughput: %s tickets/s, %s MB/s of text (%s bytes per ticket on average)',
              round(count(*) / (:fp_ms / 1000.0)), round(sum(octet_length(txt)) / 1048576.0 / (:fp_ms / 1000.0), 1),
              round(avg(octet_length(txt))))
  FROM bench.txt;

-- 2. Near-duplicate pairs among open tickets.
CREATE TABLE bench.open_txt AS SELECT id, txt FROM bench.txt WHERE open;
SELECT bench.time('CREATE INDEX bench_open_trgm ON bench.open_txt USING gin (txt gin_trgm_ops)', 1) AS trgm_idx_ms \gset
ANALYZE bench.open_txt;
SELECT bench.time('REINDEX INDEX backlog.ticket_fingerprints_open_fp_idx', 1) AS fp_idx_ms \gset
SELECT bench.report('build the GIN index on open tickets', :fp_idx_ms, :trgm_idx_ms, 'pg_trgm gin_trgm_ops')
  AS index_build;
-- the sample: half open tickets with a known duplicate among the open ones, half others
CREATE TABLE bench.sample AS
(SELECT o.id FROM bench.open_txt o JOIN backlog_demo.ticket_truth t ON t.ticket_id = o.id
  WHERE EXISTS (SELECT 1 FROM backlog_demo.ticket_truth u JOIN bench.open_txt p ON p.id = u.ticket_id
                 WHERE u.issue_id = t.issue_id AND u.ticket_id <> t.ticket_id)
  ORDER BY o.id LIMIT :sample / 2)
UNION
(SELECT o.id FROM bench.open_txt o ORDER BY o.id LIMIT :sample / 2);
SELECT count(*) AS open_tickets FROM bench.open_txt \gset

RESET backlog.similarity_threshold;
-- ours: every pair among open tickets
SELECT bench.time($$
    CREATE TABLE bench.ours_all AS
    SELECT a.ticket_id AS a, b.ticket_id AS b
      FROM backlog.ticket_fingerprints a
      JOIN backlog.ticket_fingerprints b ON b.open AND b.fp % a.fp AND b.ticket_id > a.ticket_id
     WHERE a.open$$, 1) AS ours_all_ms \gset
-- ours and pg_trgm: the pairs of the sample tickets (each sample ticket against all open ones)
SELECT bench.time($$
    CREATE TABLE bench.ours_sample AS
    SELECT a.ticket_id AS a, b.ticket_id AS b
      FROM backlog.ticket_fingerprints a
      JOIN backlog.ticket_fingerprints b ON b.open AND b.fp % a.fp AND b.ticket_id <> a.ticket_id
     WHERE a.open AND a.ticket_id IN (SELECT id FROM bench.sample)$$, 1) AS ours_sample_ms \gset
-- pg_trgm at comparable recall: one sample join at 0.2 (as low as the evaluation goes) gives its
-- recall of the known duplicate pairs at every threshold; the highest threshold where it reaches
-- our recall (or 0.2, where it comes closest) is timed again.
CREATE TABLE bench.truth_sample AS
SELECT s.id AS a, o.id AS b
  FROM bench.sample s JOIN backlog_demo.ticket_truth ts ON ts.ticket_id = s.id
  JOIN backlog_demo.ticket_truth tt ON tt.issue_id = ts.issue_id AND tt.ticket_id <> ts.ticket_id
  JOIN bench.open_txt o ON o.id = tt.ticket_id;
SELECT avg((p.a IS NOT NULL)::int) AS ours_recall
  FROM bench.truth_sample r LEFT JOIN bench.ours_sample p ON p.a = r.a AND p.b = r.b \gset
SET pg_trgm.similarity_threshold = 0.2;
CREATE TABLE bench.trgm_low AS
SELECT a.id AS a, b.id AS b, similarity(a.txt, b.txt) AS sim
  FROM bench.open_txt a
  JOIN bench.open_txt b ON b.txt % a.txt AND b.id <> a.id
 WHERE a.id IN (SELECT id FROM bench.sample);
CREATE TABLE bench.truth_trgm AS
SELECT r.a, r.b, coalesce(p.sim, 0) AS sim
  FROM bench.truth_sample r LEFT JOIN bench.trgm_low p ON p.a = r.a AND p.b = r.b;
SELECT coalesce(max(t), 0.2) AS trgm_t
  FROM unnest('{0.2,0.25,0.3,0.35,0.4,0.45,0.5}'::numeric[]) t
 WHERE (SELECT avg((r.sim >= t)::int) FROM bench.truth_trgm r) >= :ours_recall \gset
SET pg_trgm.similarity_threshold = :'trgm_t';
SELECT bench.time($$
    CREATE TABLE bench.trgm_sample AS
    SELECT a.id AS a, b.id AS b
      FROM bench.open_txt a
      JOIN bench.open_txt b ON b.txt % a.txt AND b.id <> a.id
     WHERE a.id IN (SELECT id FROM bench.sample)$$, 1) AS trgm_sample_ms \gset

SELECT count(*) AS sample FROM bench.sample \gset
SELECT bench.report(format('near-duplicates of %s open tickets (sample)', :sample),
                    :ours_sample_ms, :trgm_sample_ms, format('pg_trgm %% self-join at %s, same sample', :'trgm_t'));
SELECT bench.report(format('all near-duplicate pairs, %s open tickets', :open_tickets),
                    :ours_all_ms, :trgm_sample_ms * :open_tickets / :sample / 2,
                    'pg_trgm, sample time scaled') AS all_pairs;
-- the whole view: pairs, repeat contacts, intents, names and codes, clusters
SELECT bench.time('SELECT count(*) FROM backlog.duplicate_clusters', 1) AS clusters_ms \gset
SELECT bench.report(format('backlog.duplicate_clusters, %s open tickets', :open_tickets),
                    :clusters_ms, :ours_all_ms, 'the bare % self-join above') AS clusters;
SELECT format('pairs found: ours %s among all open tickets; for the sample ours %s, pg_trgm %s',
              (SELECT count(*) FROM bench.ours_all), (SELECT count(*) FROM bench.ours_sample),
              (SELECT count(*) FROM bench.trgm_sample));
SELECT format('recall of %s known duplicate pairs of the sample: ours (threshold %s) %s, pg_trgm (%s) %s',
              count(*), current_setting('backlog.similarity_threshold'), round(:ours_recall, 2), :'trgm_t',
              round(avg((p.a IS NOT NULL)::int), 2))
  FROM bench.truth_sample r LEFT JOIN bench.trgm_sample p ON p.a = r.a AND p.b = r.b;

-- 3. The evaluation of precision and recall against pg_trgm (test/eval/duplicates.sh, on its
--    own cluster at the demo's default size); fd 9 of this process tree holds the install lock.
\echo == duplicate detection evaluation (test/eval/duplicates.sh)
\! bash test/eval/duplicates.sh

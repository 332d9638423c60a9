-- bench_duplicates: the duplicate scorer at scale, on synthetic open tickets (random sentences
-- over a 20,000-word vocabulary, log-uniform, so most words are rare and a few common, as in a
-- helpdesk) plus a flood of identical outage reports:
--   1. the whole backlog.duplicate_clusters view at :open open tickets, :flood of them one
--      identical report, against one brute-force pass of similarity() over every pair of the
--      stored fingerprints of :pairs_sample tickets (scaled to all pairs);
--   2. one ticket's duplicates (backlog.ticket_duplicates), average of 50, against the % GIN
--      probe alone for the same tickets;
--   3. the scorer's cost per candidate pair (backlog.duplicate_score, SPI lookups included).
-- Run by test/bench/run.sh (make bench); psql -v open=... -v flood=... to change the sizes.
\set ON_ERROR_STOP 1
\if :{?open}
\else
\set open 10000
\endif
\if :{?flood}
\else
\set flood 5000
\endif
SET client_min_messages = warning;

CREATE TABLE bench.vocab AS
SELECT i, translate(substr(md5(i::text), 1, 7), '0123456789', 'ghijklmnop') AS w
  FROM generate_series(1, 20000) i;
CREATE UNIQUE INDEX ON bench.vocab (i);
CREATE FUNCTION bench.sentence(seed int, n int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    -- word k of a text is word floor(20000^u) for u uniform in [0, 1): log-uniform, so a few
    -- words are in many tickets and most in few, as in a helpdesk
    SELECT string_agg(v.w, ' ' ORDER BY k)
      FROM generate_series(1, n) k
      JOIN bench.vocab v
        ON v.i = greatest(1, floor(exp(ln(20000) * ((hashint8(seed::bigint * 1000 + k) & 65535) / 65536.0)))::int)
$$;
SELECT bench.time(format($q$
    INSERT INTO backlog.tickets (id, subject, body, requester, account, status, created_at)
    SELECT g, CASE WHEN g <= %1$s THEN 'Invoices page returns error 503'
                   ELSE bench.sentence(g, 5) END,
           CASE WHEN g <= %1$s THEN 'Since 09:00 the invoices page shows error 503 for everyone.'
                ELSE bench.sentence(-g, 25) END,
           'user' || (g %% 3000) || '@example.com', 'acct' || (g %% 900), 'open',
           timestamptz '2026-03-01' + g * interval '37 seconds'
      FROM generate_series(1, %2$s) g$q$, :flood, :open), 1) AS load_ms \gset
VACUUM ANALYZE;
SELECT format('%s open tickets (%s identical) written in %s s: %s ms a ticket (fingerprint, words, names, codes, intent, word counts)',
              :open, :flood, round(:load_ms / 1000), round((:load_ms / :open)::numeric, 2));

-- 1. the whole view
SELECT bench.time('SELECT count(*) FROM backlog.duplicate_clusters', 3) AS view_ms \gset
SELECT bench.time($q$SELECT count(*) FROM (SELECT f.fp FROM backlog.ticket_fingerprints f WHERE f.open ORDER BY f.ticket_id LIMIT 1000) a,
                         (SELECT f.fp FROM backlog.ticket_fingerprints f WHERE f.open) b
                   WHERE backlog.similarity(a.fp, b.fp) >= 0.3$q$, 1) AS brute_ms \gset
SELECT bench.report(format('duplicate_clusters, %s open (flood of %s)', :open, :flood), :view_ms,
                    :brute_ms * :open / 1000 / 2, 'all pairs by similarity(), scaled');
SELECT format('clusters: %s, largest %s', count(*), max(size)) FROM backlog.duplicate_clusters;

-- 2. one ticket's duplicates
CREATE TABLE bench.probe AS SELECT f.ticket_id FROM backlog.ticket_fingerprints f WHERE f.open AND f.ticket_id > :flood ORDER BY f.ticket_id LIMIT 50;
SELECT bench.time('SELECT count(*) FROM bench.probe p, backlog.ticket_duplicates(p.ticket_id)', 3) / 50 AS one_ms \gset
SELECT bench.time($q$SELECT count(*) FROM bench.probe p JOIN backlog.ticket_fingerprints a ON a.ticket_id = p.ticket_id
                     JOIN backlog.ticket_fingerprints b ON b.open AND b.fp OPERATOR(backlog.%) a.fp$q$, 3) / 50 AS gin_ms \gset
SELECT bench.report(format('one ticket''s duplicates, %s open', :open), :one_ms, :gin_ms, 'the % GIN probe alone');

-- 3. the scorer per pair
SELECT bench.time($q$SELECT count(*) FROM bench.probe p, backlog.duplicate_score(p.ticket_id, p.ticket_id + 1)$q$, 3) / 50 AS pair_ms \gset
SELECT bench.time($q$SELECT count(*) FROM bench.probe p JOIN backlog.ticket_fingerprints a ON a.ticket_id = p.ticket_id
                     JOIN backlog.ticket_fingerprints b ON b.ticket_id = p.ticket_id + 1 WHERE backlog.similarity(a.fp, b.fp) >= 0$q$, 3) / 50 AS sim_ms \gset
SELECT bench.report('duplicate_score(a, b), one pair', :pair_ms, :sim_ms, 'similarity() of the stored fingerprints');

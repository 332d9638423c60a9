-- bench_duplicates: duplicate detection at scale, on synthetic open tickets (random sentences
-- over a 20,000-word vocabulary, log-uniform, so most words are rare and a few common, as in a
-- helpdesk), the open tickets growing from 2,000 to 100,000:
--   1. the whole backlog.duplicate_clusters view at 2,000, 10,000 and 50,000 open tickets, and at
--      10,000 of which :flood are one identical outage report; against comparing all pairs
--      directly (similarity() of the stored fingerprints, a sample of tickets against all,
--      scaled to all pairs) and against pg_trgm (its % self-join at 0.2, the threshold where its
--      recall on the Fleetlane set reaches ours, a sample scaled likewise);
--   2. one new ticket's duplicates (backlog.ticket_duplicates) at 100,000 open tickets, average
--      of 50 new tickets that reword an open one; against all pairs directly (similarity() of its
--      fingerprint with every open one), the % GIN probe alone and pg_trgm's % GIN probe;
--   3. the scorer's cost per candidate pair (backlog.duplicate_score, SPI look-ups included).
-- Run by test/bench/run.sh (make bench); psql -v flood=... to change the flood.
\set ON_ERROR_STOP 1
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
-- bench.load(lo, hi): open tickets lo..hi of random sentences; the milliseconds it took
CREATE FUNCTION bench.load(lo int, hi int) RETURNS double precision LANGUAGE sql AS $$
    SELECT bench.time(format($q$
        INSERT INTO backlog.tickets (id, subject, body, requester, account, status, created_at)
        SELECT g, bench.sentence(g, 5), bench.sentence(-g, 25),
               'user' || (g %% 3000) || '@example.com', 'acct' || (g %% 900), 'open',
               timestamptz '2026-03-01' + g * interval '37 seconds'
          FROM generate_series(%s, %s) g$q$, lo, hi), 1)
$$;
-- bench.view(label): the view and its two baselines at the open tickets there are now
CREATE FUNCTION bench.view(label text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
    n bigint := (SELECT count(*) FROM backlog.ticket_fingerprints f WHERE f.open);
    sample int := least(n, 500);
    view_ms double precision;
    brute_ms double precision;
    trgm_ms double precision;
BEGIN
    view_ms := bench.time('SELECT count(*) FROM backlog.duplicate_clusters', CASE WHEN n > 20000 THEN 1 ELSE 3 END);
    brute_ms := bench.time(format($q$SELECT count(*) FROM (SELECT f.fp FROM backlog.ticket_fingerprints f WHERE f.open ORDER BY f.ticket_id LIMIT %s) a,
                         (SELECT f.fp FROM backlog.ticket_fingerprints f WHERE f.open) b
                   WHERE backlog.similarity(a.fp, b.fp) >= 0.3$q$, sample), 1) * n / sample / 2;
    PERFORM set_config('pg_trgm.similarity_threshold', '0.2', true);
    trgm_ms := bench.time(format($q$SELECT count(*) FROM (SELECT t.txt FROM bench.trgm t ORDER BY t.id LIMIT %s) a
                   JOIN bench.trgm b ON b.txt %% a.txt$q$, sample / 5), 1) * n / (sample / 5) / 2;
    RETURN NEXT bench.report(format('duplicate_clusters, %s', label), view_ms, brute_ms, 'all pairs by similarity(), scaled');
    RETURN NEXT bench.report(format('duplicate_clusters, %s', label), view_ms, trgm_ms, 'pg_trgm % self-join, scaled');
    RETURN NEXT (SELECT format('  clusters: %s, largest %s', count(*), coalesce(max(size), 0)) FROM backlog.duplicate_clusters);
END
$$;
-- pg_trgm's side: the open tickets' text with a trigram index (kept in step by bench.trgm_sync)
CREATE TABLE bench.trgm (id bigint PRIMARY KEY, txt text);
CREATE INDEX ON bench.trgm USING gin (txt gin_trgm_ops);
CREATE FUNCTION bench.trgm_sync() RETURNS void LANGUAGE sql AS $$
    DELETE FROM bench.trgm t WHERE NOT EXISTS (SELECT 1 FROM backlog.ticket_fingerprints f WHERE f.ticket_id = t.id AND f.open);
    INSERT INTO bench.trgm SELECT t.id, backlog.ticket_text(t.subject, t.body) FROM backlog.tickets t
      JOIN backlog.ticket_fingerprints f ON f.ticket_id = t.id AND f.open
     WHERE NOT EXISTS (SELECT 1 FROM bench.trgm x WHERE x.id = t.id);
    ANALYZE bench.trgm;
$$;

-- 1. the whole view
SELECT bench.load(1, 2000) AS load_ms \gset
VACUUM ANALYZE;
SELECT bench.trgm_sync();
SELECT format('2000 open tickets written in %s s: %s ms a ticket (fingerprint, words, names, codes, intent, word counts)',
              round(:load_ms / 1000), round((:load_ms / 2000)::numeric, 2));
SELECT bench.view('2000 open');

-- a flood: :flood identical outage reports among 10,000 open tickets
SELECT bench.load(2001, 10000 - :flood) AS load_ms \gset
SELECT bench.time(format($q$
    INSERT INTO backlog.tickets (id, subject, body, requester, account, status, created_at)
    SELECT 1000000 + g, 'Invoices page returns error 503',
           'Since 09:00 the invoices page shows error 503 for everyone.',
           'user' || (g %% 3000) || '@example.com', 'acct' || (g %% 900), 'open',
           timestamptz '2026-03-01' + g * interval '7 seconds'
      FROM generate_series(1, %s) g$q$, :flood), 1) AS flood_ms \gset
VACUUM ANALYZE;
SELECT bench.trgm_sync();
SELECT bench.view(format('10000 open (flood of %s)', :flood));
DELETE FROM backlog.tickets WHERE id > 1000000;

SELECT bench.load(10000 - :flood + 1, 10000) AS load_ms \gset
VACUUM ANALYZE;
SELECT bench.trgm_sync();
SELECT bench.view('10000 open');

SELECT bench.load(10001, 50000) AS load_ms \gset
VACUUM ANALYZE;
SELECT bench.trgm_sync();
SELECT format('40000 more open tickets written in %s s: %s ms a ticket', round(:load_ms / 1000), round((:load_ms / 40000)::numeric, 2));
SELECT bench.view('50000 open');

-- 2. one new ticket's duplicates at 100,000 open tickets: 50 new tickets, each rewording an
-- open one (its words but the first two, and three new ones)
SELECT bench.load(50001, 100000) AS load_ms \gset
CREATE TABLE bench.probe AS SELECT 2000000 + g AS ticket_id, g * 1999 AS original FROM generate_series(1, 50) g;
INSERT INTO backlog.tickets (id, subject, body, requester, account, status, created_at)
SELECT p.ticket_id, t.subject, 'hello ' || regexp_replace(t.body, '^\S+ \S+ ', '')
       || ' thanks regards anna', 'new' || p.ticket_id || '@example.com', 'acct-new', 'open', timestamptz '2026-06-01'
  FROM bench.probe p JOIN backlog.tickets t ON t.id = p.original;
VACUUM ANALYZE;
SELECT bench.trgm_sync();
SELECT bench.time('SELECT count(*) FROM bench.probe p, backlog.ticket_duplicates(p.ticket_id)', 3) / 50 AS one_ms \gset
SELECT bench.time($q$SELECT count(*) FROM bench.probe p JOIN backlog.ticket_fingerprints a ON a.ticket_id = p.ticket_id
                     JOIN backlog.ticket_fingerprints b ON b.open AND backlog.similarity(a.fp, b.fp) >= 0.3$q$, 1) / 50 AS brute_one_ms \gset
SELECT bench.time($q$SELECT count(*) FROM bench.probe p JOIN backlog.ticket_fingerprints a ON a.ticket_id = p.ticket_id
                     JOIN backlog.ticket_fingerprints b ON b.open AND b.fp OPERATOR(backlog.%) a.fp$q$, 3) / 50 AS gin_ms \gset
SET pg_trgm.similarity_threshold = 0.2;
SELECT bench.time($q$SELECT count(*) FROM bench.probe p JOIN bench.trgm a ON a.id = p.ticket_id
                     JOIN bench.trgm b ON b.txt % a.txt$q$, 1) / 50 AS trgm_one_ms \gset
SELECT bench.report('one new ticket''s duplicates, 100000 open', :one_ms, :brute_one_ms, 'similarity() with every open one');
SELECT bench.report('one new ticket''s duplicates, 100000 open', :one_ms, :gin_ms, 'the % GIN probe alone');
SELECT bench.report('one new ticket''s duplicates, 100000 open', :one_ms, :trgm_one_ms, 'pg_trgm % GIN probe at 0.2');
SELECT format('  found: %s of the 50 reworded originals', count(*)) FROM bench.probe p
 WHERE EXISTS (SELECT 1 FROM backlog.ticket_duplicates(p.ticket_id) d WHERE d.ticket_id = p.original);

-- 3. the scorer per pair
SELECT bench.time($q$SELECT count(*) FROM bench.probe p, backlog.duplicate_score(p.ticket_id, p.original)$q$, 3) / 50 AS pair_ms \gset
SELECT bench.time($q$SELECT count(*) FROM bench.probe p JOIN backlog.ticket_fingerprints a ON a.ticket_id = p.ticket_id
                     JOIN backlog.ticket_fingerprints b ON b.ticket_id = p.original WHERE backlog.similarity(a.fp, b.fp) >= 0$q$, 3) / 50 AS sim_ms \gset
SELECT bench.report('duplicate_score(a, b), one pair', :pair_ms, :sim_ms, 'similarity() of the stored fingerprints');

-- 4. precision, recall and F1 on the hand-written Fleetlane set (test/eval/fleet.sh, on its own
--    cluster); the demo's evaluation is the last part of bench_fingerprint.sql
\echo == duplicate detection on the Fleetlane set (test/eval/fleet.sh)
\! bash test/eval/fleet.sh

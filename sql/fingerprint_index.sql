-- fingerprint_index: the GIN operator class backlog.fingerprint_ops. It validates; WHERE fp % q
-- and a near-duplicate self-join use a Bitmap Index Scan; and the index returns exactly the rows
-- a sequential scan returns, at thresholds from 0 (everything, empty fingerprints included) to
-- 1, for rows indexed at build time and rows inserted afterwards.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
SET search_path = public, backlog;

SELECT opcname, amvalidate(oid) FROM pg_opclass WHERE opcname = 'fingerprint_ops';
SELECT opcdefault FROM pg_opclass WHERE opcname = 'fingerprint_ops';

-- Seeded synthetic tickets: 60 issues of 12 topic words each; a ticket takes 5-10 of its
-- issue's words and 0-3 words of noise, so similarities inside an issue spread from about 0.1
-- to 1 and across issues stay near 0. Words are three syllables ending in a vowel (no stop
-- word, untouched by the stemmer). Six tickets have no words (empty fingerprints).
SELECT setseed(0.7);
CREATE TEMP TABLE fpi_vocab AS
SELECT row_number() OVER (ORDER BY s1, s2, s3) - 1 AS i, s1 || s2 || s3 AS w
  FROM unnest(ARRAY['ba','ko','mi','tu','ra','so','li','pu','ga','no']) s1,
       unnest(ARRAY['ba','ko','mi','tu','ra','so','li','pu','ga','no']) s2,
       unnest(ARRAY['ba','ko','mi','tu','ra','so','li','pu','ga','no']) s3;
CREATE TEMP TABLE fpi_docs (id int PRIMARY KEY, issue int, body text, fp backlog.fingerprint);
INSERT INTO fpi_docs (id, issue, body)
SELECT d, d % 60,
       (SELECT string_agg(v.w, ' ' ORDER BY v.i)
          FROM (SELECT (d % 60) * 12 + j AS i, random() AS r FROM generate_series(0, 11) j
                 ORDER BY random() LIMIT 5 + floor(random() * 6)::int) t
          JOIN fpi_vocab v USING (i))
       || ' ' || coalesce((SELECT string_agg(v.w, ' ') FROM fpi_vocab v
                            WHERE v.i >= 720 AND random() < 0.01), '')
  FROM generate_series(1, 1200) d;
INSERT INTO fpi_docs (id, issue, body) SELECT d, -1, '' FROM generate_series(1201, 1206) d;
UPDATE fpi_docs SET fp = backlog.fingerprint(body);
CREATE INDEX fpi_docs_fp_idx ON fpi_docs USING gin (fp);
-- rows that arrive after the index is built (GIN's pending list, then the index proper)
INSERT INTO fpi_docs (id, issue, body, fp)
SELECT id + 2000, issue, body, backlog.fingerprint(body) FROM fpi_docs WHERE id <= 300;
ANALYZE fpi_docs;

SELECT count(*) AS docs, count(*) FILTER (WHERE backlog.fingerprint_is_empty(fp)) AS empty FROM fpi_docs;
-- expected: 1506 docs (1200 + 6 + 300), 6 empty

-- Plans: a search and a self-join use the index.
SET enable_seqscan = off;
SELECT regress.plan_has($$SELECT id FROM fpi_docs WHERE fp % backlog.fingerprint('bakoba mikotu rasoli')$$,
                        'Bitmap Index Scan') AS search_uses_index;
SELECT regress.plan_has($$SELECT a.id, b.id FROM fpi_docs a JOIN fpi_docs b ON b.fp % a.fp AND b.id > a.id$$,
                        'Bitmap Index Scan') AS self_join_uses_index;
RESET enable_seqscan;

-- Index results equal sequential-scan results: 25 query tickets x 7 thresholds.
CREATE FUNCTION pg_temp.search_results(use_index boolean) RETURNS TABLE (threshold float8, q int, id int)
LANGUAGE plpgsql AS $$
DECLARE
    t float8;
BEGIN
    PERFORM set_config('enable_seqscan', (NOT use_index)::text, true);
    PERFORM set_config('enable_bitmapscan', use_index::text, true);
    PERFORM set_config('enable_indexscan', 'off', true);
    FOREACH t IN ARRAY ARRAY[0, 0.1, 0.3, 0.5, 0.7, 0.9, 1] LOOP
        PERFORM set_config('backlog.similarity_threshold', t::text, true);
        RETURN QUERY
        SELECT t, qd.id, d.id FROM fpi_docs qd
          CROSS JOIN LATERAL (SELECT x.id FROM fpi_docs x WHERE x.fp % qd.fp) d
         WHERE qd.id IN (1, 2, 3, 17, 59, 60, 61, 119, 200, 333, 480, 599, 600, 777, 901,
                         1000, 1111, 1199, 1200, 1201, 1206, 2001, 2150, 2299, 2300);
    END LOOP;
END
$$;
CREATE TEMP TABLE fpi_seq AS SELECT * FROM pg_temp.search_results(false);
CREATE TEMP TABLE fpi_idx AS SELECT * FROM pg_temp.search_results(true);
SELECT threshold, count(*) AS matches
  FROM fpi_seq GROUP BY threshold ORDER BY threshold;
-- at 0 each of the 25 queries matches all 1506 rows: 37650; fewer as the threshold rises.
-- At 0.9 and 1 only identical fingerprints: 23 queries match themselves (the empty 1201 and 1206
-- match nothing), the 9 queries with id <= 300 (1 2 3 17 59 60 61 119 200) their copy id + 2000,
-- and the 4 copies (2001 2150 2299 2300) their original: 23 + 9 + 4 = 36.
SELECT (SELECT count(*) FROM (SELECT * FROM fpi_seq EXCEPT ALL SELECT * FROM fpi_idx) d) AS missing_from_index,
       (SELECT count(*) FROM (SELECT * FROM fpi_idx EXCEPT ALL SELECT * FROM fpi_seq) d) AS extra_in_index;
-- expected: 0 and 0

-- The self-join for all near-duplicate pairs at the default threshold, both ways.
SET backlog.similarity_threshold = 0.5;
SET enable_seqscan = on;
SET enable_bitmapscan = off;
CREATE TEMP TABLE fpi_pairs_seq AS
SELECT a.id AS a, b.id AS b FROM fpi_docs a JOIN fpi_docs b ON b.fp % a.fp AND b.id > a.id;
SET enable_seqscan = off;
SET enable_bitmapscan = on;
CREATE TEMP TABLE fpi_pairs_idx AS
SELECT a.id AS a, b.id AS b FROM fpi_docs a JOIN fpi_docs b ON b.fp % a.fp AND b.id > a.id;
RESET enable_seqscan;
RESET enable_bitmapscan;
SELECT (SELECT count(*) FROM fpi_pairs_seq) > 1000 AS many_pairs,
       (SELECT count(*) FROM (SELECT * FROM fpi_pairs_seq EXCEPT SELECT * FROM fpi_pairs_idx) d) AS missing_from_index,
       (SELECT count(*) FROM (SELECT * FROM fpi_pairs_idx EXCEPT SELECT * FROM fpi_pairs_seq) d) AS extra_in_index;
-- expected: t, 0, 0
-- Pairs at 0.5 are same-issue pairs: the synthetic issues share no words.
SELECT count(*) AS cross_issue_pairs
  FROM fpi_pairs_idx p JOIN fpi_docs a ON a.id = p.a JOIN fpi_docs b ON b.id = p.b
 WHERE a.issue <> b.issue;
-- expected: 0
RESET backlog.similarity_threshold;

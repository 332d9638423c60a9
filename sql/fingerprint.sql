-- fingerprint: the backlog.fingerprint type and backlog.fingerprint(), backlog.similarity() and
-- the % operator: pinned values (stable across platforms and restarts), identical and unrelated
-- texts, the empty fingerprint, text and binary round trips, malformed input, very long texts,
-- the threshold setting, and a seeded property test of the Jaccard estimate against the exact
-- value computed in SQL.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
SET backlog.similarity_threshold = 0.5;
-- with backlog on the path, % needs no OPERATOR(backlog.%) spelling
SET search_path = public, backlog;

-- Pinned values. The fingerprint depends only on the text, MurmurHash64A with fixed seeds and
-- integer arithmetic with an explicit byte order (src/fingerprint.c), so these lines are the
-- same on every platform and after every restart; they may only change together with the
-- format version (byte 0). Byte 0 = 01 (version), byte 1 = 00 (flags), bytes 2-3 = 0000.
SELECT left(backlog.fingerprint('The export to CSV fails with error 500')::text, 40) AS head,
       md5(backlog.fingerprint('The export to CSV fails with error 500')::text) AS md5;
SELECT md5(backlog.fingerprint('お世話になっております。ログインできません。')::text) AS md5_ja;
-- The empty fingerprint: version 01, flags 01 (empty), then 256 zero bytes.
SELECT backlog.fingerprint('')::text = '0101' || repeat('0', 516) AS empty_form;

-- Same text, same fingerprint; what normalization folds away does not count.
SELECT backlog.fingerprint('The export to CSV fails with error 500')::text
     = backlog.fingerprint(E'Hi team,\nthe EXPORT to csv fails... with error 502!\nThanks,\nAnn')::text AS folded_same;
-- expected: t (greeting, sign-off, case, punctuation and the number differ only)

-- Identical texts: similarity 1. Unrelated texts: near 0 (no shared shingle; at most a few
-- 1-in-65,536 slot collisions, so below 0.05).
SELECT backlog.similarity(backlog.fingerprint('Dark mode on the mobile app please'),
                          backlog.fingerprint('Dark mode on the mobile app please')) AS identical,
       backlog.similarity(backlog.fingerprint('Dark mode on the mobile app please'),
                          backlog.fingerprint('Invoice shows the wrong VAT rate for Germany')) < 0.05 AS unrelated_near_0;
-- A reworded duplicate: shingles (stemmed content words) {export, csv, fail, error} in both,
-- the second adds {broken}: J = 4/5.
SELECT abs(backlog.similarity(backlog.fingerprint('Export to CSV fails with an error'),
                              backlog.fingerprint('CSV export broken: export to CSV fails, error')) - 4.0 / 5)
       <= 4 * sqrt((4.0 / 5) * (1.0 / 5) / 128) AS reworded_within_4_sigma;

-- The empty fingerprint (no word at all) is similar to nothing, itself included; a text of stop
-- words only is not empty (it falls back to all its words).
SELECT backlog.fingerprint_is_empty(backlog.fingerprint('')) AS empty,
       backlog.fingerprint_is_empty(backlog.fingerprint(E'Hello,\nThanks!\nAnn')) AS greeting_only,
       backlog.fingerprint_is_empty(backlog.fingerprint('12345 https://example.com')) AS tokens_only,
       backlog.fingerprint_is_empty(backlog.fingerprint('it does not work')) AS stopwords_only,
       backlog.similarity(backlog.fingerprint(''), backlog.fingerprint('')) AS empty_vs_empty,
       backlog.fingerprint('') OPERATOR(backlog.%) backlog.fingerprint('') AS empty_similar;
-- expected: t t t f 0 f

-- STRICT: NULL in, NULL out.
SELECT backlog.fingerprint(NULL::text) IS NULL AS fp_null,
       backlog.similarity(NULL, backlog.fingerprint('x')) IS NULL AS sim_null;

-- Text round trip, and binary round trip through COPY (send/recv).
CREATE TEMP TABLE fp_io (id int, fp backlog.fingerprint);
INSERT INTO fp_io VALUES (1, backlog.fingerprint('Export to CSV fails')), (2, backlog.fingerprint('')),
                         (3, backlog.fingerprint('ログインできません'));
SELECT id, fp::text::backlog.fingerprint::text = fp::text AS text_round_trip, length(fp::text) AS hex_digits
  FROM fp_io ORDER BY id;
COPY fp_io TO '/tmp/backlog_regress_fp_io.bin' (FORMAT binary);
CREATE TEMP TABLE fp_io2 (id int, fp backlog.fingerprint);
COPY fp_io2 FROM '/tmp/backlog_regress_fp_io.bin' (FORMAT binary);
SELECT count(*) AS binary_round_trip_mismatches
  FROM fp_io a FULL JOIN fp_io2 b USING (id) WHERE a.fp::text IS DISTINCT FROM b.fp::text;
-- expected: 0

-- Malformed text forms: each its own line.
SELECT regress.error($$SELECT 'abc'::backlog.fingerprint$$) AS too_short;
SELECT regress.error($$SELECT repeat('0', 522)::backlog.fingerprint$$) AS too_long;
SELECT regress.error($$SELECT ('0100000' || 'g' || repeat('0', 512))::backlog.fingerprint$$) AS not_hex;
-- well-formed hex, inconsistent content: the detail says what is wrong
CREATE FUNCTION pg_temp.error_detail(sql text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    detail text;
BEGIN
    EXECUTE sql;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
    RETURN SQLSTATE || ': ' || SQLERRM || ': ' || detail;
END
$$;
SELECT pg_temp.error_detail($$SELECT ('02000000' || repeat('0', 512))::backlog.fingerprint$$) AS bad_version;
SELECT pg_temp.error_detail($$SELECT ('01020000' || repeat('0', 512))::backlog.fingerprint$$) AS bad_flags;
SELECT pg_temp.error_detail($$SELECT ('01000100' || repeat('0', 512))::backlog.fingerprint$$) AS reserved_set;
SELECT pg_temp.error_detail($$SELECT ('01010000' || repeat('0', 510) || '01')::backlog.fingerprint$$) AS empty_with_slots;
SELECT regress.sqlstate($$SELECT ('01000000' || repeat('ab', 256))::backlog.fingerprint$$) AS valid_any_slots;
-- expected: 22P02 for every malformed line; ok for the last (any slot values are valid)

-- A 10 MB text works; its fingerprint equals that of the two-sentence text with the same
-- shingles ({export, fail}). Texts over 32 MB are refused (54000).
SELECT length(backlog.normalize(repeat('The export fails. ', 600000))) AS normalized_length,
       backlog.fingerprint(repeat('The export fails. ', 600000))::text
         = backlog.fingerprint('The export fails. The export fails.')::text AS same_as_short;
-- "the export fails" is 16 characters, 600,000 times, with 599,999 spaces: 10,199,999
SELECT regress.error($$SELECT backlog.normalize(repeat('x ', 17 * 1024 * 1024))$$) AS normalize_34mb;
SELECT regress.sqlstate($$SELECT backlog.fingerprint(repeat('x ', 17 * 1024 * 1024))$$) AS fingerprint_34mb;

-- The threshold setting: a real in [0, 1].
SELECT regress.sqlstate('SET backlog.similarity_threshold = 1.5') AS above_1,
       regress.sqlstate('SET backlog.similarity_threshold = -0.1') AS below_0,
       regress.sqlstate($$SET backlog.similarity_threshold = 'abc'$$) AS not_a_number,
       regress.sqlstate('SET backlog.similarity_threshold = 0.3') AS ok;
SHOW backlog.similarity_threshold;
-- expected: 0.3 (the failed SETs left it alone)

-- % follows the setting: a-b is 4/5-ish (see above), a-c unrelated ~0, a-a identical 1.
CREATE TEMP TABLE fp_pairs AS
SELECT backlog.fingerprint('Export to CSV fails with an error') AS a,
       backlog.fingerprint('CSV export broken: export to CSV fails, error') AS b,
       backlog.fingerprint('Invoice shows the wrong VAT rate for Germany') AS c;
SET backlog.similarity_threshold = 0;
SELECT a % b AS ab, a % c AS ac, a % backlog.fingerprint('') AS a_empty FROM fp_pairs;
-- expected: t t t (everything is similar at threshold 0, the empty fingerprint included)
SET backlog.similarity_threshold = 0.3;
SELECT a % b AS ab, a % c AS ac, a % a AS aa FROM fp_pairs;
-- expected: t f t
SET backlog.similarity_threshold = 1;
SELECT a % b AS ab, a % a AS aa FROM fp_pairs;
-- expected: f t
-- The operator agrees with similarity() at every threshold (129 steps of 1/128, and between).
CREATE FUNCTION pg_temp.operator_mismatches() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    n bigint := 0;
    m bigint;
BEGIN
    FOR i IN 0..256 LOOP
        PERFORM set_config('backlog.similarity_threshold', (i / 256.0)::text, true);
        SELECT count(*) INTO m
          FROM fp_pairs, LATERAL (VALUES (a, b), (a, c), (b, c), (a, a)) v(x, y)
         WHERE (x % y) IS DISTINCT FROM (backlog.similarity(x, y) >= i / 256.0);
        n := n + m;
    END LOOP;
    RETURN n;
END
$$;
SELECT pg_temp.operator_mismatches();
-- expected: 0
RESET backlog.similarity_threshold;

-- Property test (seeded, deterministic). Texts are words of a 1,000-word vocabulary (three
-- syllables ending in a vowel, so the stemmer leaves them alone and none is a stop word)
-- separated by the Japanese particle の; a run of a script without spaces breaks word pairs and
-- is one shingle itself, so a text's shingle set is exactly {its words} + {の}. Text A holds
-- words 0..na-1 of a per-pair permutation, text B words s..s+nb-1: the exact Jaccard
-- similarity is (overlap + 1) / (union + 1). The estimate must be within 4.5 standard errors
-- sqrt(J(1-J)/128), plus 1.5/128 for slot collisions; the mean error is the bias.
SELECT setseed(0.42);
CREATE TEMP TABLE prop_vocab AS
SELECT row_number() OVER (ORDER BY s1, s2, s3) - 1 AS i, s1 || s2 || s3 AS w
  FROM unnest(ARRAY['ba','ko','mi','tu','ra','so','li','pu','ga','no']) s1,
       unnest(ARRAY['ba','ko','mi','tu','ra','so','li','pu','ga','no']) s2,
       unnest(ARRAY['ba','ko','mi','tu','ra','so','li','pu','ga','no']) s3;
CREATE TEMP TABLE prop_pairs AS
SELECT k, na, s, nb, (1 + floor(random() * 999))::int AS step
  FROM (SELECT k, 10 + floor(random() * 51)::int AS na, floor(random() * 61)::int AS s,
               10 + floor(random() * 51)::int AS nb
          FROM generate_series(1, 200) k) p;
-- step is coprime with 1000 when odd and not a multiple of 5: words j*step mod 1000 are distinct
UPDATE prop_pairs SET step = step + 1 WHERE step % 2 = 0;
UPDATE prop_pairs SET step = step + 2 WHERE step % 5 = 0;
CREATE TEMP TABLE prop_results AS
SELECT p.k,
       (greatest(0, least(p.na, p.s + p.nb) - p.s) + 1)::float8
         / (greatest(p.na, p.s + p.nb) - least(0, p.s) + 1) AS exact,
       backlog.similarity(
         backlog.fingerprint((SELECT string_agg(v.w, ' の ' ORDER BY j) FROM generate_series(0, p.na - 1) j
                              JOIN prop_vocab v ON v.i = (j * p.step) % 1000)),
         backlog.fingerprint((SELECT string_agg(v.w, ' の ' ORDER BY j) FROM generate_series(p.s, p.s + p.nb - 1) j
                              JOIN prop_vocab v ON v.i = (j * p.step) % 1000))) AS est
  FROM prop_pairs p;
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE abs(est - exact) > 4.5 * sqrt(exact * (1 - exact) / 128) + 1.5 / 128) AS mismatches,
       abs(avg(est - exact)) < 0.01 AS unbiased,
       count(DISTINCT round(exact::numeric, 2)) > 20 AS varied
  FROM prop_results;
-- expected: 200 pairs, 0 mismatches, unbiased, varied (many different J)

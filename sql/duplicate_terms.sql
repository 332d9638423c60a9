-- duplicate_terms: what tells two alike reports apart. backlog.error_codes (error codes and
-- identifiers outside quotes and signatures), backlog.duplicate_terms (editable names of
-- integrations and platforms, and the modes fault and ask), backlog.issue_terms,
-- backlog.terms_conflict, their use in
-- backlog.duplicate_pairs, and the merging of star clusters that are half linked.
-- Ticket data is inserted in a transaction that is rolled back.
SET extra_float_digits = 0;
RESET backlog.similarity_threshold;  -- the default, 0.3

-- ---- error codes ------------------------------------------------------------------------------
-- A number of 3-6 digits after an error word (error, err, HTTP, status, errno, Fehler, erreur,
-- erro; "code" continues one) or right before "error"; identifiers with an underscore; up to 5
-- letters, a hyphen, digits; 0x numbers; the last part of an exception name. Sorted, distinct.
SELECT backlog.error_codes(E'Sync fails with HTTP 502 Bad Gateway\nThe log says ERR_SYNC_409, then error code 4012 and again HTTP 502.') AS sync;
-- expected: {4012,502,err_sync_409} (text order: '4' < '5' < 'e')
SELECT backlog.error_codes('We get a 404 error; status code 503; Fehlercode 4012; code d''erreur 4013') AS languages;
-- expected: {4012,4013,404,503}
SELECT backlog.error_codes('TypeError: Cannot read properties of undefined at java.lang.NullPointerException, 0x80070005, ORA-00942') AS identifiers;
-- expected: {0x80070005,nullpointerexception,ora-00942,typeerror}
SELECT backlog.error_codes('エラーコード4012が出ます') AS japanese;
-- expected: {4012} (the number follows a run ending in コード)
-- Not codes: numbers without an error word, a bare "code" (verification codes), 2 or 7 digits,
-- invoice numbers, versions, dates, request references, words that merely end in "error".
SELECT backlog.error_codes('Invoice INV-2024-0012, order 55012, verification code 482913, error 42, error 1234567, version 5.12.1 since 2025-01-06, ref 7f3a9c, terror') AS none;
-- expected: {}
-- Codes in a quoted reply, a signature or a forwarded header block are not the ticket's.
SELECT backlog.error_codes(E'Still broken, now error 500.\n\nOn Mon, Jan 5, 2026 at 9:00 AM Ann Lee <ann@x.example> wrote:\n> We get error 502 since Friday.') AS quoted;
-- expected: {500}
SELECT backlog.error_codes(''), backlog.error_codes(NULL) IS NULL AS strict_null;
-- expected: {} t
SELECT regress.sqlstate($$SELECT backlog.error_codes(repeat('x ', 17 * 1024 * 1024))$$) AS over_32mb;
-- expected: 54000, as for backlog.normalize
SELECT cardinality(backlog.error_codes(repeat('error 500 E-1043 ', 300000))) AS five_mb;
-- expected: 2 (5.1 MB of repeats, each code once)

-- ---- names ------------------------------------------------------------------------------------
SELECT kind, count(DISTINCT name) AS names, count(*) AS phrases
  FROM backlog.duplicate_terms GROUP BY kind ORDER BY kind;
-- expected: integration 52 names, 62 phrases; mode 2 names (ask, fault), 277 phrases (below);
-- platform 6 names, 23 phrases
SELECT count(*) AS seeds_in_table FROM backlog.duplicate_term_seeds() s
  JOIN backlog.duplicate_terms t USING (kind, name, phrase);
-- expected: 85, every seed

-- issue_terms: names found in the normalized text on word boundaries (QuickBooks Online names
-- QuickBooks; iPhone is the platform iOS; "two browser windows" names no platform), and codes.
SELECT backlog.issue_terms(E'Subject: QuickBooks Online sync stopped\nOn my iPhone the Xero tab shows HTTP 502.') AS named;
-- expected: {code:502,integration:QuickBooks,integration:Xero,mode:fault,platform:iOS} (the
-- sync "stopped": a fault, see modes below)
SELECT backlog.issue_terms('I have two browser windows open and the slackline report is empty') AS nothing;
-- expected: {mode:fault} (the report "is empty"), no name
SELECT backlog.issue_terms(E'It is still not syncing.\n\nOn Mon, Jan 5, 2026 at 9:00 AM Ann Lee <ann@x.example> wrote:\n> Our Slack sync stopped.') AS quoted;
-- expected: {mode:fault} ("still not syncing"; Slack is named only in the quoted message)

-- terms_conflict: both name something of one kind, and nothing of that kind in common.
SELECT x.a, x.b, backlog.terms_conflict(x.a, x.b) AS conflict
  FROM (VALUES ('{}'::text[], '{}'::text[]),
               ('{integration:Xero}', '{}'),
               ('{integration:Xero}', '{integration:Slack}'),
               ('{integration:Slack,integration:Xero}', '{integration:Slack}'),
               ('{integration:Xero}', '{platform:iOS}'),
               ('{code:500}', '{code:502}'),
               ('{code:502,integration:Xero}', '{code:502,integration:Slack}'),
               ('{code:502,platform:iOS}', '{code:502,integration:Xero}')) AS x(a, b);
-- expected: f f t f f t t f

-- The table is the user's to edit: one's own modules are a kind like any other.
BEGIN;
INSERT INTO backlog.duplicate_terms (kind, name, phrase) VALUES ('module', 'Payroll', 'payroll module');
SELECT backlog.issue_terms('The Payroll module crashes on save') AS own_module;
-- expected: {mode:fault,module:Payroll} (it "crashes")
SELECT regress.sqlstate($$INSERT INTO backlog.duplicate_terms (kind, name, phrase) VALUES ('code', 'x', 'y')$$) AS kind_code,
       regress.sqlstate($$INSERT INTO backlog.duplicate_terms (kind, name, phrase) VALUES ('a:b', 'x', 'y')$$) AS kind_colon,
       regress.sqlstate($$INSERT INTO backlog.duplicate_terms (kind, name, phrase) VALUES ('module', 'x', '')$$) AS empty_phrase,
       regress.sqlstate($$INSERT INTO backlog.duplicate_terms (kind, name, phrase) VALUES ('module', 'Other', 'payroll module')$$) AS same_phrase_twice;
-- expected: 23514 23514 23514 23505
ROLLBACK;

-- ---- modes: a fault report against a question or a feature request --------------------------
-- The kind mode (src/duplicate_mode.sql): mode:fault when something is broken, mode:ask for a
-- question, a how-to or a wish; both when a question names a fault; none when nothing matches
-- (and for Japanese, whose phrases are not listed). The mode terms of hand-written texts:
SELECT x.n, ARRAY(SELECT t FROM unnest(backlog.issue_terms(x.txt)) t WHERE t LIKE 'mode:%') AS modes
  FROM (VALUES (1, 'The calendar sync stopped working this morning'),
               (2, 'Die Rechnung wird seit gestern nicht mehr erstellt'),
               (3, 'Le tableau de bord ne se charge pas'),
               (4, 'La exportación ya no funciona'),
               (5, 'How can we add a second warehouse to our account?'),
               (6, 'Gibt es eine Möglichkeit, Berichte als PDF zu planen?'),
               (7, 'Est-il possible de changer la langue des e-mails ?'),
               (8, '¿Cómo podemos invitar a más usuarios?'),
               (9, 'How do I get rid of the error on the invoice page?'),
               (10, 'Thanks for the quick help yesterday'),
               (11, '請求書の再発行をお願いします')) AS x(n, txt)
 ORDER BY x.n;
-- expected: 1-4 {mode:fault} ("stopped working"; "nicht mehr"; "ne se charge pas";
-- "ya no funciona"), 5-8 {mode:ask} ("how can we", "can we add"; "gibt es eine möglichkeit";
-- "est-il possible"; "cómo podemos"), 9 {mode:ask,mode:fault} ("how do i", "error"), 10 and 11 {}
SELECT count(*) FILTER (WHERE name = 'fault') AS fault, count(*) FILTER (WHERE name = 'ask') AS ask,
       count(*) FILTER (WHERE (kind, name, phrase) IN (SELECT * FROM backlog.duplicate_mode_seeds())) AS seeds
  FROM backlog.duplicate_terms WHERE kind = 'mode';
-- expected: 194 fault, 83 ask phrases, all 277 the seeds

-- Two tickets of one morning about the same export, one asking how, one reporting that it
-- fails: their words are alike, but a fault and a question are not one issue (veto_mode). A
-- third that reports the same fault in other words is a duplicate of the second, and the mode
-- they share adds nothing (no name part).
BEGIN;
INSERT INTO backlog.tickets (id, subject, body, requester, account, status, created_at) VALUES
 (9201, 'Export the month''s bookings to a spreadsheet', 'How can we export all bookings of the month to a spreadsheet file?', 'ann@alpha.example', 'Alpha', 'open', '2026-03-02 09:00+00'),
 (9202, 'Bookings export to spreadsheet fails', 'The export of the month''s bookings to a spreadsheet file fails since this morning.', 'bob@beta.example', 'Beta', 'open', '2026-03-02 10:00+00'),
 (9203, 'Spreadsheet export of bookings broken', 'Our bookings spreadsheet export is broken today, the file never arrives.', 'cy@gamma.example', 'Gamma', 'open', '2026-03-02 11:00+00');
SELECT ticket_id, ARRAY(SELECT t FROM unnest(terms) t WHERE t LIKE 'mode:%') AS modes
  FROM backlog.ticket_fingerprints WHERE ticket_id BETWEEN 9201 AND 9203 ORDER BY ticket_id;
-- expected: 9201 {mode:ask}, 9202 and 9203 {mode:fault}
SELECT (backlog.duplicate_score(9201, 9202)).score AS ask_fault,
       (backlog.duplicate_score(9201, 9202)).reasons ? 'veto_mode' AS vetoed,
       (backlog.duplicate_score(9202, 9203)).score >= current_setting('backlog.duplicate_threshold')::float8 AS fault_fault,
       (backlog.duplicate_score(9202, 9203)).reasons ? 'name' AS mode_counted;
-- expected: 0 t t f
SELECT ticket_a, ticket_b FROM backlog.duplicate_pairs ORDER BY 1, 2;
-- expected: 9202 9203 only
-- Without the mode phrases (the user's to delete, as any row of the table) the features are
-- computed again at once and the question pairs with the fault it shares its words with.
DELETE FROM backlog.duplicate_terms WHERE kind = 'mode';
SELECT (backlog.duplicate_score(9201, 9202)).score >= current_setting('backlog.duplicate_threshold')::float8 AS ask_fault,
       (backlog.duplicate_score(9201, 9202)).reasons ? 'veto_mode' AS vetoed;
-- expected: t f
ROLLBACK;

-- ---- in duplicate_pairs -----------------------------------------------------------------------
BEGIN;
-- The same defect of the sync written the same way by five accounts, naming Xero (9101, 9102),
-- Slack (9103), Xero with HTTP 502 (9104) and Xero with error 500 (9105); 9106 is Alpha again
-- a day later about Slack (same requester, but another integration).
INSERT INTO backlog.tickets (id, subject, body, requester, account, status, created_at) VALUES
 (9101, 'Sync stopped', 'Our Xero sync stopped pushing changes, the last run was yesterday.', 'ann@alpha.example', 'Alpha', 'open', '2026-03-02 09:00+00'),
 (9102, 'Sync stopped', 'The Xero sync stopped pushing our changes; last run yesterday.', 'bob@beta.example', 'Beta', 'open', '2026-03-02 10:00+00'),
 (9103, 'Sync stopped', 'Our Slack sync stopped pushing changes, the last run was yesterday.', 'cy@gamma.example', 'Gamma', 'open', '2026-03-02 11:00+00'),
 (9104, 'Sync stopped', 'Our Xero sync stopped pushing changes with HTTP 502, the last run was yesterday.', 'dan@delta.example', 'Delta', 'open', '2026-03-02 12:00+00'),
 (9105, 'Sync stopped', 'Our Xero sync stopped pushing changes with error 500, the last run was yesterday.', 'eve@epsilon.example', 'Epsilon', 'open', '2026-03-02 13:00+00'),
 (9106, 'Sync stopped', 'Our Slack sync stopped pushing changes, the last run was yesterday.', 'ann@alpha.example', 'Alpha', 'open', '2026-03-03 09:00+00');
-- Their words are alike: every pair is at or above the default threshold.
SELECT count(*) AS similar_pairs FROM backlog.ticket_fingerprints a JOIN backlog.ticket_fingerprints b
    ON a.ticket_id < b.ticket_id AND backlog.similarity(a.fp, b.fp) >= 0.3
 WHERE a.ticket_id BETWEEN 9101 AND 9106 AND b.ticket_id BETWEEN 9101 AND 9106;
-- expected: 15, all of them
-- Pairs left: Xero with Xero (9101, 9102, 9104, 9105; a code on one side only is no conflict,
-- 502 against 500 is), Slack with Slack (9103, 9106). 9106 repeats nothing: 9101, Alpha's
-- earlier ticket, names another integration.
SELECT ticket_a, ticket_b, repeat_contact FROM backlog.duplicate_pairs ORDER BY 1, 2;
-- expected: 9101-9102, 9101-9104, 9101-9105, 9102-9104, 9102-9105, 9103-9106 (none a repeat contact)
SELECT cluster_id, ticket_ids, accounts FROM backlog.duplicate_clusters ORDER BY cluster_id;
-- expected: 9101 {9101,9102,9104,9105} 4; 9103 {9103,9106} 2. 9104 and 9105 are not a pair,
-- but each is one with the leader 9101, which names no code: one cluster.
ROLLBACK;

-- ---- merging star clusters --------------------------------------------------------------------
-- Tickets 1-5 in creation order. Star clustering: 1 leads, 2 joins 1; 3 pairs only with 2 (no
-- leader), so it leads; 4 joins the most similar leader, 3 (0.9 against 0.5 for 1); 5 pairs
-- only with 4 and leads. Then 3 of the 4 pairs between {1,2} and {3,4} are near-duplicates:
-- at least half, so they merge under the earlier leader, 1. 5 has 1 edge of 4 pairs to them.
SELECT ticket_id, cluster_id
  FROM backlog.duplicate_star_clusters('{1,2,3,4,5}', '{1,3,3,4,4,4}', '{2,2,4,1,2,5}',
                                       '{0.9,0.9,0.9,0.5,0.5,0.9}', '{f,f,f,f,f,f}')
 ORDER BY ticket_id;
-- expected: 1-4 in cluster 1, 5 in cluster 5
-- Without 4-1 and 4-2, 1 of the 4 pairs between {1,2} and {3,4} is an edge: they stay apart,
-- while 5, with 1 edge of the 2 pairs to {3,4} (half), joins it.
SELECT ticket_id, cluster_id
  FROM backlog.duplicate_star_clusters('{1,2,3,4,5}', '{1,3,3,4}', '{2,2,4,5}',
                                       '{0.9,0.9,0.9,0.9}', '{f,f,f,f}')
 ORDER BY ticket_id;
-- expected: 1 1, 2 1, 3 3, 4 3, 5 3

-- ---- average linkage (what backlog.duplicate_members uses) ---------------------------------------
-- The first edges again, at threshold 0.5: 1-2 and 3-4 (0.9) merge first; between {1,2} and
-- {3,4} the pairs sum 0.9 + 0.5 + 0.5 = 1.9 of 4 pairs (0.475): below 0.5, they stay apart; 5
-- has 0.9 with 4 only, 0.45 with {3,4}: alone. At 0.45 {1,2} and {3,4} merge.
SELECT ticket_id, cluster_id
  FROM backlog.duplicate_average_clusters('{1,2,3,4,5}', '{1,3,3,4,4,4}', '{2,2,4,1,2,5}',
                                          '{0.9,0.9,0.9,0.5,0.5,0.9}', '{f,f,f,f,f,f}', 0.5)
 ORDER BY ticket_id;
-- expected: 1 1, 2 1, 3 3, 4 3, 5 5
SELECT ticket_id, cluster_id
  FROM backlog.duplicate_average_clusters('{1,2,3,4,5}', '{1,3,3,4,4,4}', '{2,2,4,1,2,5}',
                                          '{0.9,0.9,0.9,0.5,0.5,0.9}', '{f,f,f,f,f,f}', 0.45)
 ORDER BY ticket_id;
-- expected: 1 1, 2 1, 3 1, 4 1 ({1,2} and {3,4} at 0.475), 5 5 (its one edge, 0.9, is a
-- quarter of the pairs with {1,2,3,4}: 0.225; a chain does not pull it in)
-- Tickets of one text (same_text) are one node: 2 and 3 repeat 1's text, 4 is like 1 only,
-- and joins all three.
SELECT ticket_id, cluster_id
  FROM backlog.duplicate_average_clusters('{1,2,3,4}', '{1,1,1}', '{2,3,4}', '{1,1,0.6}', '{t,t,f}', 0.5)
 ORDER BY ticket_id;
-- expected: all in cluster 1
SELECT regress.sqlstate($$SELECT * FROM backlog.duplicate_average_clusters('{1,2}', '{1}', '{2}', '{0.5}', '{f}', 1.5)$$) AS threshold_range,
       regress.sqlstate($$SELECT * FROM backlog.duplicate_average_clusters('{1,1}', '{1}', '{2}', '{0.5}', '{f}', 0.5)$$) AS id_twice,
       regress.sqlstate($$SELECT * FROM backlog.duplicate_average_clusters('{1,2}', '{1}', '{2}', '{0.5,0.2}', '{f}', 0.5)$$) AS lengths;
-- expected: 22023, 22023, 22023

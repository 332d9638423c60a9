-- duplicate_clusters: fingerprints kept for every ticket by triggers, near-duplicate pairs
-- (index, account-specific requests, repeat contacts), backlog.duplicate_clusters and
-- backlog.duplicate_members, and merging a cluster (events, errors, atomicity).
-- Everything runs in one transaction that is rolled back, so other tests see no tickets.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
RESET backlog.similarity_threshold;  -- the default, 0.3

BEGIN;
-- An incident reported by three accounts in three wordings (9001-9003), Alpha's requester
-- asking again two days later (9004, a repeat contact), the same report already solved (9009),
-- a cancellation worded alike by three accounts (9005 Delta, 9006 Epsilon, 9007 Phi) and a
-- second one from Phi (9008), and an unrelated wish (9010).
INSERT INTO backlog.tickets (id, subject, body, requester, account, status, created_at) VALUES
 (9001, 'Reports page is blank', E'Hi team,\nSince this morning the reports page is blank for everyone.\nThanks,\nAnn', 'ann@alpha.example', 'Alpha', 'open', '2026-03-02 09:00+00'),
 (9002, 'Blank reports page', E'Hello,\nThe reports page is blank since this morning for everyone on our team.\nRegards,\nBob', 'bob@beta.example', 'Beta', 'new', '2026-03-02 10:00+00'),
 (9003, 'Reports page blank since this morning', E'Dear Support,\nOur reports page is blank since this morning.\nCheers', 'cy@gamma.example', 'Gamma', 'open', '2026-03-02 11:30+00'),
 (9004, 'Re: Reports page is blank', E'Any update? The reports page is still blank since this morning.\n\nOn Mon, Mar 2, 2026 at 9:00 AM Ann <ann@alpha.example> wrote:\n> Since this morning the reports page is blank for everyone.', 'ann@alpha.example', 'Alpha', 'pending', '2026-03-04 08:00+00'),
 (9005, 'Cancel my subscription', E'Hi,\nPlease cancel my subscription at the end of the month.\nThanks', 'dan@delta.example', 'Delta', 'open', '2026-03-03 09:00+00'),
 (9006, 'Cancel subscription', E'Hello,\nPlease cancel my subscription at the end of this month.\nRegards', 'eve@epsilon.example', 'Epsilon', 'open', '2026-03-03 10:00+00'),
 (9007, 'Cancel our subscription', E'Hi,\nPlease cancel our subscription at the end of the month.\nThanks', 'fay@phi.example', 'Phi', 'open', '2026-03-03 11:00+00'),
 (9008, 'Cancel subscription', E'Hello,\nPlease cancel our subscription at the end of the month, as discussed.\nBest,\nGus', 'gus@phi.example', 'Phi', 'open', '2026-03-05 11:00+00'),
 (9009, 'Reports page is blank', E'Since this morning the reports page is blank for everyone.', 'hal@eta.example', 'Eta', 'solved', '2026-03-02 12:00+00'),
 (9010, 'Dark mode', E'Please add a dark theme to the web app.', 'ivy@iota.example', 'Iota', 'open', '2026-03-01 08:00+00');

-- The insert trigger fingerprinted every ticket, from subject, line break, body.
SELECT count(*) AS fingerprinted,
       count(*) FILTER (WHERE f.fp::text = backlog.fingerprint(backlog.ticket_text(t.subject, t.body))::text) AS current
  FROM backlog.ticket_fingerprints f JOIN backlog.tickets t ON t.id = f.ticket_id;
-- expected: 10 10

-- Similarity of the tickets' stemmed content words (greetings, sign-offs, the quoted reply and
-- stop words such as "since", "this", "update", "still" are not counted):
--   9001, 9002, 9009 are {report, page, blank, morning, everyone} (plus "team" as a stop word):
--   similarity 1; 9003 and 9004 lack "everyone": J = 4/5 with them (estimates 0.77 here);
--   9003-9004 are {report, page, blank, morning}: 1. 9009 is solved.
--   9005, 9006, 9007 are {cancel, subscription, end, month}: 1; 9008 adds "discussed": J = 4/5.
SELECT a.ticket_id AS a, b.ticket_id AS b, backlog.similarity(a.fp, b.fp) >= 0.3 AS at_default,
       backlog.similarity(a.fp, b.fp) >= 0.8 AS at_0_8
  FROM backlog.ticket_fingerprints a JOIN backlog.ticket_fingerprints b ON a.ticket_id < b.ticket_id
 WHERE backlog.similarity(a.fp, b.fp) >= 0.3
 ORDER BY a, b;

-- Account-specific requests: 9005, 9006, 9007 are alike but of three accounts, so no pair;
-- 9007-9008 are both Phi's. Every pair of 9001-9004 is similar; 9001-9004 is also a repeat
-- contact (same requester, 2 days apart). Closed 9009 takes part in nothing.
SELECT ticket_a, ticket_b, repeat_contact FROM backlog.duplicate_pairs ORDER BY 1, 2;
-- expected: the 6 pairs of 9001-9004 (only 9001-9004 t), and 9007-9008 f
SELECT backlog.request_intent(backlog.ticket_text(subject, body)) AS intent, count(*)
  FROM backlog.tickets GROUP BY 1 ORDER BY 1;
-- expected: cancel 4 (9005-9008), NULL 6

-- Clusters: {9001, 9002, 9003, 9004}, every one similar to the earliest, 9001, which leads it;
-- 3 accounts, one repeat contact; {9007, 9008}, one account.
SELECT cluster_id, size, accounts, account_names, first_seen, last_seen, subject, repeat_contacts, ticket_ids
  FROM backlog.duplicate_clusters ORDER BY cluster_id;
SELECT ticket_id, cluster_id, repeat_contact, repeat_of FROM backlog.duplicate_members ORDER BY ticket_id;
-- expected: 9004 repeats 9001

-- Scores (backlog.duplicate_score): 9001-9002 have the same words, subject words (weighing
-- double) and are an hour apart: 0.70 for the words plus 0.05 x (1 - 1 h / 72 h) for time,
-- and, written the same morning, the burst (the word parts again, x (1 - 1 h / 24 h)) cut so
-- that the score is 1. 9003 (the same morning, without the body word "everyone") is 1 with
-- both too. 9004, two days later, has no burst: 0.72 with 9001 (its requester again, a repeat
-- contact: +0.05), 0.67 with 9002, 0.72 with 9003. One ticket's duplicates, best first; the
-- closed 9009 is not among them.
SELECT ticket_id, score > 0.7 AS above_0_7, reasons ? 'requester' AS same_requester
  FROM backlog.ticket_duplicates(9001);
-- expected: 9002 t f, 9003 t f, 9004 t t
SELECT reasons ? 'veto_intent' AS vetoed, score FROM backlog.duplicate_score(9005, 9006);
-- expected: t, 0 (alike cancellations of two accounts)

-- Average linkage at backlog.duplicate_threshold 0.72: the pairs of 9001, 9002 and 9003 (1)
-- and 9001-9004 (0.7236, the repeat contact's bonus) are edges. The three of one morning merge
-- (average 1); 9004 has an edge to one of the three only, an average of 0.24 with them, so it
-- is left alone (a chain does not grow a cluster); 9007-9008 (0.62) are no edge.
SET LOCAL backlog.duplicate_threshold = 0.72;
SELECT cluster_id, ticket_ids FROM backlog.duplicate_clusters ORDER BY cluster_id;
RESET backlog.duplicate_threshold;

-- Changing a body re-fingerprints the ticket; deleting a ticket deletes its fingerprint.
UPDATE backlog.tickets SET body = 'Reports page is blank since this morning for everyone.' WHERE id = 9010;
SELECT backlog.similarity(f.fp, backlog.fingerprint('Dark mode' || E'\n' || 'Reports page is blank since this morning for everyone.')) AS refreshed
  FROM backlog.ticket_fingerprints f WHERE f.ticket_id = 9010;
-- expected: 1
UPDATE backlog.tickets SET body = 'Please add a dark theme to the web app.' WHERE id = 9010;
SELECT backlog.refresh_fingerprints() AS changed_by_refresh;
-- expected: 0 (the triggers kept every fingerprint current)

-- Merge errors, each on its own line.
SELECT regress.error('SELECT backlog.merge_tickets(9001, ARRAY[9001]::bigint[])') AS into_itself;
SELECT regress.error('SELECT backlog.merge_tickets(99999, ARRAY[9010]::bigint[])') AS missing_parent;
SELECT regress.error('SELECT backlog.merge_tickets(9010, ARRAY[9007, 99999]::bigint[])') AS missing_child;
SELECT regress.error('SELECT backlog.merge_tickets(9010, ARRAY[NULL]::bigint[])') AS null_child;
SELECT regress.error('SELECT backlog.merge_tickets(NULL, ARRAY[9010]::bigint[])') AS null_parent;
SELECT regress.error('SELECT backlog.merge_cluster(12345)') AS no_such_cluster;
-- The failed merge with a missing child changed nothing (one transaction): 9007 is not merged.
SELECT merged_into, status FROM backlog.tickets WHERE id = 9007;

-- Merge the incident cluster: 9002, 9003, 9004 are merged into 9001 and closed; each gets a
-- merge event (value 9001) and a status event.
SELECT backlog.merge_cluster(9001) AS merged;
-- expected: 3
SELECT id, status, merged_into FROM backlog.tickets WHERE id BETWEEN 9001 AND 9004 ORDER BY id;
SELECT ticket_id, kind, value FROM backlog.ticket_events
 WHERE ticket_id BETWEEN 9001 AND 9004 AND at >= now() ORDER BY ticket_id, kind;
-- Merged tickets leave the clusters: only {9007, 9008} is left.
SELECT cluster_id, ticket_ids FROM backlog.duplicate_clusters ORDER BY cluster_id;
-- Merging again is a no-op; merged tickets cannot be parents (no cycles) nor move elsewhere.
SELECT backlog.merge_tickets(9001, ARRAY[9002, 9003]::bigint[]) AS merged_again;
-- expected: 0
SELECT regress.error('SELECT backlog.merge_tickets(9002, ARRAY[9001]::bigint[])') AS cycle;
SELECT regress.error('SELECT backlog.merge_tickets(9010, ARRAY[9002]::bigint[])') AS merged_elsewhere;
ROLLBACK;

SELECT count(*) AS tickets_left FROM backlog.tickets WHERE id BETWEEN 9001 AND 9010;
-- expected: 0

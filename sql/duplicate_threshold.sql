-- duplicate_threshold: why backlog.similarity_threshold defaults to 0.3. Twelve realistic
-- reworded duplicates (one issue told by two people, in other words, one of them in a chat) and
-- twelve pairs of different issues in the same product area (export to CSV vs export to PDF,
-- Salesforce sync vs HubSpot duplicates, search finds nothing vs search is slow...). The
-- default must keep the different issues apart and find most reworded duplicates; near-copies
-- are not the measure (they score close to 1 at any threshold).
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 0;
RESET backlog.similarity_threshold;

CREATE TEMP TABLE thr_pairs (k int, dup boolean, a text, b text);
INSERT INTO thr_pairs VALUES
(1, true, E'CSV export fails\nHi, exporting the contacts list to CSV fails with an error since yesterday. Can you help?', E'Export broken\nHello team, when I try to export contacts to a CSV file I get an error message. It started yesterday.'),
(2, true, E'Reports page blank\nThe reports page is completely blank since this morning, for all users.', E'Cannot see reports\nHi, our reports page shows nothing at all today - just a white page. Everyone on the team sees the same.'),
(3, true, E'Salesforce sync stuck\nOur Salesforce sync has been stuck for two days, the sync log says invalid_grant.', E'Salesforce not syncing\nHello, data from Salesforce stopped syncing two days ago. The log shows an invalid_grant error.'),
(4, true, E'Mobile app crashes on start\nSince the last update the iOS app closes right after the splash screen.', E'App keeps crashing\nHi, after updating the app on my iPhone it crashes immediately when I open it.'),
(5, true, E'Password reset email not arriving\nI requested a password reset three times but the email never arrives.', E'No reset email\nHello, I clicked forgot password but I never get the reset email, not even in spam.'),
(6, true, E'Charged twice\nWe were charged twice for our subscription this month, two identical charges on our card.', E'Double charge\nHi, our credit card shows the subscription charge twice for this month. Please check.'),
(7, true, E'Search returns nothing\nSearching for a contact by name returns no results, although the contact is in the list.', E'Search broken\nHi, search does not find contacts by their name anymore, the contacts are there in the list though.'),
(8, true, E'Webhooks not firing\nOur webhooks stopped firing since Monday, nothing reaches our endpoint.', E'Webhook deliveries missing\nHello, since Monday we do not receive any webhook calls on our endpoint anymore.'),
(9, true, E'Timezone wrong in calendar\nAll meetings in the calendar view show one hour off since the DST change.', E'Calendar shows wrong times\nHi, since the clocks changed every event in the calendar view is shown one hour late.'),
(10, true, E'Dark mode\nPlease add a dark mode to the web app, the white screen is hard on the eyes.', E'Feature request: dark theme\nWould love a dark theme option for the web app.'),
(11, true, E'SSO login fails\nLogging in with Okta SSO fails with an error page since this morning.', E'[10:02] Visitor: hi, our team cannot sign in with Okta single sign-on since this morning, we get an error page\n[10:03] Maria (Support): Let me check'),
(12, true, E'Invoice PDF download fails\nWhen I click download on an invoice the PDF does not download, nothing happens.', E'Cannot download invoice\nHello, the invoice PDF download button does nothing when I click it.'),
(13, false, E'CSV export fails\nHi, exporting the contacts list to CSV fails with an error since yesterday.', E'PDF export fonts wrong\nHello, when I export a report to PDF the fonts are wrong and text overlaps.'),
(14, false, E'Salesforce sync stuck\nOur Salesforce sync has been stuck for two days, the sync log says invalid_grant.', E'HubSpot duplicates\nThe HubSpot sync creates duplicate contacts every time it runs.'),
(15, false, E'Password reset email not arriving\nI requested a password reset three times but the email never arrives.', E'Account locked\nMy account got locked after too many login attempts, please unlock it.'),
(16, false, E'Charged twice\nWe were charged twice for our subscription this month.', E'Invoice missing VAT number\nOur invoice does not show our VAT number, please add it and resend the invoice.'),
(17, false, E'Reports page blank\nThe reports page is completely blank since this morning, for all users.', E'Report totals wrong\nThe totals in the monthly revenue report do not match the sum of the rows.'),
(18, false, E'Mobile app crashes on start\nSince the last update the iOS app closes right after the splash screen.', E'Mobile notifications missing\nThe mobile app does not show push notifications for new messages anymore.'),
(19, false, E'Search returns nothing\nSearching for a contact by name returns no results, although the contact is in the list.', E'Search is slow\nSearch takes more than ten seconds to return results for contacts.'),
(20, false, E'Webhooks not firing\nOur webhooks stopped firing since Monday, nothing reaches our endpoint.', E'API rate limit\nWe keep getting HTTP 429 from the API, what is the rate limit for our plan?'),
(21, false, E'Timezone wrong in calendar\nAll meetings in the calendar view show one hour off since the DST change.', E'Calendar sync with Google\nHow do I connect the calendar view to our Google calendar?'),
(22, false, E'Dark mode\nPlease add a dark mode to the web app, the white screen is hard on the eyes.', E'Bulk edit\nPlease add a way to edit several records at once in the web app.'),
(23, false, E'SSO login fails\nLogging in with Okta SSO fails with an error page since this morning.', E'SCIM provisioning\nDo you support SCIM so Okta can create and remove users automatically?'),
(24, false, E'Invoice PDF download fails\nWhen I click download on an invoice the PDF does not download, nothing happens.', E'Change billing address\nPlease change the billing address on our invoices to our new office.');

CREATE TEMP TABLE thr_sim AS
SELECT k, dup, backlog.similarity(backlog.fingerprint(a), backlog.fingerprint(b)) AS sim FROM thr_pairs;
SHOW backlog.similarity_threshold;

-- At the default threshold: different issues all stay apart; at least 8 of 12 reworded
-- duplicates are found (they share the words that name the problem: "export", "csv",
-- "salesforce", "sync", "invalid_grant", "reset", "email"...). The four missed say it in other
-- words: "blank" vs "shows nothing", "closes" vs "crashes", "webhooks not firing" vs "receive no
-- webhook calls", "dark mode" vs "dark theme option".
SELECT count(*) FILTER (WHERE dup AND sim >= current_setting('backlog.similarity_threshold')::float8) >= 8 AS most_duplicates_found,
       count(*) FILTER (WHERE NOT dup AND sim >= current_setting('backlog.similarity_threshold')::float8) AS different_issues_joined
  FROM thr_sim;
-- expected: t, 0

-- The trade-off around it (counts of pairs at or above each threshold). Lower thresholds start
-- joining different issues (search "returns nothing" vs "is slow" share "search", "contact",
-- "result"); higher ones lose reworded duplicates quickly.
SELECT t AS threshold,
       count(*) FILTER (WHERE dup AND sim >= t) AS duplicates_found,
       count(*) FILTER (WHERE NOT dup AND sim >= t) AS different_issues_joined
  FROM thr_sim, unnest(ARRAY[0.2, 0.25, 0.3, 0.35, 0.4, 0.5]) t
 GROUP BY t ORDER BY t;
-- expected: found falls from 10 to 1 as t rises; joined falls from 3 to 0 and is 0 from 0.3 on

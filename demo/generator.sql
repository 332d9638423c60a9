-- demo/generator.sql: the demo data generator (not part of the extension).
--
--   \i demo/generator.sql
--   SELECT * FROM backlog_demo.generate();                       -- 50,000 tickets, 90 days
--   SELECT * FROM backlog_demo.generate(3000, 60, 7, '2026-11-02 12:00+00');
--
-- Creates schema backlog_demo (dropping an older copy of it, never anything in schema backlog)
-- with the text templates, and backlog_demo.generate(), which fills backlog.tickets and
-- backlog.ticket_events with a support backlog a support lead would recognise, and records in
-- backlog_demo.ticket_truth which tickets are the same issue, so duplicate detection can be
-- scored against it.
--
-- Everything is a pure function of (tickets, days, seed, end_at): every random draw is
-- backlog_demo.u(key, seed, salt), a hash of the ticket's key and a per-draw salt, never
-- random(), so the result does not depend on execution order, plans or parallel workers. Each
-- draw has its own salt (the numbers in u(..., seed, NN) calls); reuse one only on purpose.
--
-- The work is set-based: a handful of INSERT ... SELECT statements over temporary tables, and
-- one recursive query that steps every ticket's life cycle forward in lock step (new, assign,
-- first reply, pending / on hold rounds, solve, reopen, close) until end_at cuts it off. Rows
-- are inserted with their final status and events written directly, so the extension's
-- status trigger (which records UPDATEs of tickets.status) does not fire.

\set ON_ERROR_STOP 1
SET client_min_messages = warning;

BEGIN;

DROP SCHEMA IF EXISTS backlog_demo CASCADE;
CREATE SCHEMA backlog_demo;
COMMENT ON SCHEMA backlog_demo IS
  'Demo data generator for backlog (demo/generator.sql): generate() and the ground truth it records.';

-- ---------------------------------------------------------------------------------------------
-- Deterministic randomness and time helpers. All are LANGUAGE sql single expressions so the
-- planner inlines them into the big statements below.
-- ---------------------------------------------------------------------------------------------

-- u(key, seed, salt): a uniform draw in [0, 1) from 53 bits of a 64-bit hash.
CREATE FUNCTION backlog_demo.u(k bigint, seed integer, salt integer)
RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT ((pg_catalog.hashint8extended(k, seed::bigint * 1000003 + salt) >> 11)
            & 9007199254740991)::double precision / 9007199254740992.0
$$;
COMMENT ON FUNCTION backlog_demo.u(bigint, integer, integer) IS
  'Deterministic uniform draw in [0, 1) from a hash of (key, seed, salt).';

-- z(key, seed, salt): a standard normal draw (Box-Muller over two hashes).
CREATE FUNCTION backlog_demo.z(k bigint, seed integer, salt integer)
RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT pg_catalog.sqrt(-2.0 * pg_catalog.ln(1.0 - backlog_demo.u(k, seed, salt)))
           * pg_catalog.cos(2.0 * pg_catalog.pi() * backlog_demo.u(k, seed, salt + 500000))
$$;
COMMENT ON FUNCTION backlog_demo.z(bigint, integer, integer) IS
  'Deterministic standard normal draw from a hash of (key, seed, salt).';

-- lognormal(key, seed, salt, median, sigma): a positive, right-skewed duration or amount.
CREATE FUNCTION backlog_demo.lognormal(k bigint, seed integer, salt integer,
                                       median double precision, sigma double precision)
RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT median * pg_catalog.exp(sigma * backlog_demo.z(k, seed, salt))
$$;
COMMENT ON FUNCTION backlog_demo.lognormal(bigint, integer, integer, double precision, double precision) IS
  'Deterministic log-normal draw with the given median and sigma.';

-- pick(array, u): the element a uniform draw lands on.
CREATE FUNCTION backlog_demo.pick(a text[], u double precision)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT a[1 + pg_catalog.floor(u * pg_catalog.cardinality(a))::integer]
$$;
COMMENT ON FUNCTION backlog_demo.pick(text[], double precision) IS
  'The element of a that a uniform draw u in [0, 1) selects.';

-- The support team works Mon-Fri 06:00-22:00 UTC (Europe in the morning, the Americas in the
-- afternoon). bh_of maps a Unix time to working hours elapsed since Monday 1970-01-05 00:00 UTC
-- (off-hours map to the next opening); bh_to maps back. 16 working hours a day, 80 a week.
CREATE FUNCTION backlog_demo.bh_of(e double precision)
RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT pg_catalog.floor((e - 345600) / 604800) * 80
         + CASE WHEN (e - 345600) - 604800 * pg_catalog.floor((e - 345600) / 604800) >= 432000 THEN 80
                ELSE pg_catalog.floor(((e - 345600) - 604800 * pg_catalog.floor((e - 345600) / 604800)) / 86400) * 16
                     + LEAST(GREATEST((e - 86400 * pg_catalog.floor(e / 86400)) / 3600 - 6, 0), 16)
           END
$$;
COMMENT ON FUNCTION backlog_demo.bh_of(double precision) IS
  'Working hours (Mon-Fri 06:00-22:00 UTC) elapsed from 1970-01-05 to Unix time e.';

CREATE FUNCTION backlog_demo.bh_to(b double precision)
RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT 345600 + pg_catalog.floor(b / 80) * 604800
         + pg_catalog.floor((b - 80 * pg_catalog.floor(b / 80)) / 16) * 86400
         + (6 + b - 16 * pg_catalog.floor(b / 16)) * 3600
$$;
COMMENT ON FUNCTION backlog_demo.bh_to(double precision) IS
  'Inverse of bh_of: the Unix time at which b working hours have elapsed.';

-- bh_add(t, hours): t plus that many working hours, whole seconds, never before t. PL/pgSQL
-- on purpose: as a SQL function its argument would be copied into every use of b in bh_to and
-- evaluated five times over (the planner declines to inline it, which is slower still).
CREATE FUNCTION backlog_demo.bh_add(t timestamptz, hours double precision)
RETURNS timestamptz
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    b double precision := backlog_demo.bh_of(EXTRACT(epoch FROM t)::double precision) + GREATEST(hours, 0);
BEGIN
    RETURN GREATEST(t, pg_catalog.to_timestamp(pg_catalog.ceil(backlog_demo.bh_to(b))));
END
$$;
COMMENT ON FUNCTION backlog_demo.bh_add(timestamptz, double precision) IS
  'Adds working hours of the demo support team (Mon-Fri 06:00-22:00 UTC) to t.';

-- variant(n, own, original): which of n phrasings a text takes. An original (or a text in
-- another language than its original) takes the one its own draw lands on; a duplicate in its
-- original's language takes any other than the original's, so it is reworded, not copied.
CREATE FUNCTION backlog_demo.variant(n integer, own double precision, original double precision)
RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN original IS NULL OR n < 2 THEN pg_catalog.floor(own * n)::integer
                ELSE (pg_catalog.floor(original * n)::integer + 1 + pg_catalog.floor(own * (n - 1))::integer) % n END
$$;
COMMENT ON FUNCTION backlog_demo.variant(integer, double precision, double precision) IS
  'Index (0-based) of the phrasing a text takes: its own draw, or for a duplicate any phrasing but its original''s.';

-- Fills the {slots} of a template.
CREATE FUNCTION backlog_demo.fill(txt text, feature text, integration text, err text,
                                  amount text, inv text, plan text, seats text, n text,
                                  report text, app_version text, os text, day text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
           replace(replace(txt, '{feature}', feature), '{integration}', integration),
           '{err}', err), '{amount}', amount), '{inv}', inv), '{plan}', plan),
           '{seats}', seats), '{n}', n), '{report}', report), '{app_version}', app_version),
           '{os}', os), '{date}', day)
$$;
COMMENT ON FUNCTION backlog_demo.fill(text, text, text, text, text, text, text, text, text, text, text, text, text) IS
  'Replaces the {slot} placeholders of a text template.';

-- typo(s, u): people type fast. One of a few classic misspellings, or two swapped letters.
CREATE FUNCTION backlog_demo.typo(s text, u double precision)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN u < 0.15 AND strpos(s, ' the ') > 0 THEN pg_catalog.regexp_replace(s, ' the ', ' teh ')
        WHEN u < 0.25 AND strpos(s, 'receiv') > 0 THEN pg_catalog.regexp_replace(s, 'receiv', 'reciev')
        WHEN u < 0.35 AND strpos(s, 'account') > 0 THEN pg_catalog.regexp_replace(s, 'account', 'acount')
        WHEN u < 0.45 AND strpos(s, 'n''t') > 0 THEN pg_catalog.regexp_replace(s, 'n''t', 'nt')
        WHEN u < 0.55 AND strpos(s, 'ing ') > 0 THEN pg_catalog.regexp_replace(s, 'ing ', 'ign ')
        WHEN pg_catalog.length(s) > 12 THEN
             pg_catalog.overlay(s,
                 pg_catalog.substr(s, 6 + pg_catalog.floor(u * (pg_catalog.length(s) - 10))::integer + 1, 1)
              || pg_catalog.substr(s, 6 + pg_catalog.floor(u * (pg_catalog.length(s) - 10))::integer, 1),
                 6 + pg_catalog.floor(u * (pg_catalog.length(s) - 10))::integer, 2)
        ELSE s END
$$;
COMMENT ON FUNCTION backlog_demo.typo(text, double precision) IS
  'Puts one realistic typo into s (a misspelling or two swapped letters), chosen by u.';

-- ascii(s): a name as it appears in an e-mail address.
CREATE FUNCTION backlog_demo.ascii(s text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT pg_catalog.regexp_replace(pg_catalog.translate(pg_catalog.lower(s),
               'áàâãäåçéèêëíìîïñóòôõöúùûüßý', 'aaaaaaceeeeiiiinooooouuuusy'), '[^a-z0-9]', '', 'g')
$$;
COMMENT ON FUNCTION backlog_demo.ascii(text) IS
  'Lower-case ASCII letters and digits of s (accents folded), for e-mail addresses and domains.';

-- ---------------------------------------------------------------------------------------------
-- What customers write about. Category shares follow the usual Pareto shape of a B2B SaaS
-- help desk (how-to 30%, billing 20%, login/access 15%, bugs 15%, integrations 12%, feature
-- requests 8%); weight splits a category's share among its topics.
--   shared:    an account-independent defect or wish: other accounts report the same thing
--              (the source of 'reworded_other_account' duplicates).
--   lookalike: an account-specific request (cancel, refund, add seats, reset 2FA, invoice
--              copy or details, a card to update, a wrong charge, an account to unlock):
--              different accounts word it almost alike, yet each account's is its own issue.
-- Any other topic is a question one answer settles for everybody who asks it (how-to).
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog_demo.categories (
    category  text PRIMARY KEY,
    share     double precision NOT NULL CHECK (share > 0),
    team      text NOT NULL
);
COMMENT ON TABLE backlog_demo.categories IS 'Ticket categories, their share of inflow and the team they are routed to.';
COMMENT ON COLUMN backlog_demo.categories.category IS 'Category as written to backlog.tickets.category.';
COMMENT ON COLUMN backlog_demo.categories.share IS 'Share of ordinary (non-incident) inflow.';
COMMENT ON COLUMN backlog_demo.categories.team IS 'Team the category is routed to first.';

INSERT INTO backlog_demo.categories VALUES
    ('how-to',          0.30, 'tier1'),
    ('billing',         0.20, 'billing'),
    ('login',           0.15, 'tier1'),
    ('bug',             0.15, 'tier2'),
    ('integrations',    0.12, 'tier2'),
    ('feature request', 0.08, 'tier1');

CREATE TABLE backlog_demo.topics (
    topic     text PRIMARY KEY,
    category  text NOT NULL REFERENCES backlog_demo.categories,
    weight    double precision NOT NULL CHECK (weight > 0),
    shared    boolean NOT NULL,
    lookalike boolean NOT NULL,
    CHECK (NOT (shared AND lookalike))
);
COMMENT ON TABLE backlog_demo.topics IS 'What tickets are about; each topic has subject and body templates in backlog_demo.phrases.';
COMMENT ON COLUMN backlog_demo.topics.topic IS 'Topic key.';
COMMENT ON COLUMN backlog_demo.topics.category IS 'Category of tickets on this topic.';
COMMENT ON COLUMN backlog_demo.topics.weight IS 'Relative weight within the category.';
COMMENT ON COLUMN backlog_demo.topics.shared IS 'An account-independent defect or wish that several accounts report (true duplicates across accounts).';
COMMENT ON COLUMN backlog_demo.topics.lookalike IS 'An account-specific request worded alike by many accounts, each its own issue.';

INSERT INTO backlog_demo.topics VALUES
    ('howto_export',        'how-to',          7, false, false),
    ('howto_permissions',   'how-to',          5, false, false),
    ('howto_report',        'how-to',          5, false, false),
    ('howto_import',        'how-to',          5, false, false),
    ('howto_notifications', 'how-to',          4, false, false),
    ('howto_api_key',       'how-to',          4, false, false),
    ('bill_invoice_vat',    'billing',         4, false, true),
    ('bill_card_update',    'billing',         4, false, true),
    ('bill_charged_wrong',  'billing',         3, false, true),
    ('bill_refund',         'billing',         3, false, true),
    ('bill_cancel',         'billing',         2, false, true),
    ('bill_add_seats',      'billing',         2, false, true),
    ('bill_invoice_copy',   'billing',         2, false, true),
    ('login_sso',           'login',           4, true,  false),
    ('login_reset_email',   'login',           4, true,  false),
    ('login_locked',        'login',           3, false, true),
    ('login_2fa_reset',     'login',           3, false, true),
    ('login_invite',        'login',           2, false, false),
    ('bug_report_blank',    'bug',             4, true,  false),
    ('bug_export_fail',     'bug',             3, true,  false),
    ('bug_mobile_crash',    'bug',             3, true,  false),
    ('bug_timezone',        'bug',             2, true,  false),
    ('bug_search',          'bug',             3, true,  false),
    ('int_sync_stopped',    'integrations',    4, true,  false),
    ('int_webhook',         'integrations',    3, true,  false),
    ('int_oauth',           'integrations',    3, true,  false),
    ('int_duplicates',      'integrations',    2, true,  false),
    ('fr_dark_mode',        'feature request', 2, true,  false),
    ('fr_bulk_edit',        'feature request', 3, true,  false),
    ('fr_scim',             'feature request', 1, true,  false),
    ('fr_export_schedule',  'feature request', 2, true,  false);

-- ---------------------------------------------------------------------------------------------
-- Text templates: backlog_demo.phrases(lang, key, txts). key is '<topic>:subj' (subjects),
-- '<topic>:body:<k>' (sub-issue k of the topic), or a wrapper part ('greet', 'signoff', 'ctx',
-- 'ask', ...). A sub-issue is one concrete question, request or defect: one answer or one fix
-- settles it. Its phrasings state the same facts in other words, the way two people (or one
-- person writing again) would, so a reworded duplicate keeps the facts and changes the words.
-- Sub-issue k means the same thing in every language. The slots {feature}, {integration},
-- {err}, {report} and {os} are the issue's specifics: every phrasing of a sub-issue uses the
-- same set of them, and they are drawn once per issue (see generate()). Of those, another
-- integration, another error or another platform ({os} without its version) is another issue
-- (another connector, another cause, another app); the screen or report where the customer met
-- it is not (one fix or one answer serves them all). The others ({amount}, {inv}, {plan},
-- {seats}, {n}, {app_version}, {date}) are the writer's own details. Languages other
-- than English cover the most frequent sub-issues; a ticket on another one from such an account
-- is written in English, as many are in real help desks.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog_demo.phrases (
    lang  text NOT NULL,
    key   text NOT NULL,
    txts  text[] NOT NULL CHECK (cardinality(txts) > 0),
    PRIMARY KEY (lang, key)
);
COMMENT ON TABLE backlog_demo.phrases IS 'Text templates of the demo tickets, per language and part.';
COMMENT ON COLUMN backlog_demo.phrases.lang IS 'Language (en, de, fr, es, pt, ja, zh).';
COMMENT ON COLUMN backlog_demo.phrases.key IS '<topic>:subj, <topic>:body:<k> (sub-issue k), or a wrapper part such as greet, signoff, ctx, ask, mobile, disclaimer.';
COMMENT ON COLUMN backlog_demo.phrases.txts IS 'The phrasings; one is drawn per ticket (a duplicate in its original''s language takes another one).';

INSERT INTO backlog_demo.phrases VALUES
-- ---- how-to questions and feature requests
-- en
('en', 'howto_export:subj', ARRAY[
  'How do I export my data to CSV?',
  'Export to Excel?',
  'exporting data from the {feature}',
  'Question about exporting',
  'Can I download all our records as a spreadsheet?',
  'Full data export',
  'Export only shows PDF',
  'CSV looks broken in Excel']),
('en', 'howto_export:body:1', ARRAY[
  'I need to get all of our data from the {feature} into Excel for our quarterly review, but I can''t find an export button anywhere.',
  'Is there a way to export everything in the {feature} to a CSV file? Our finance team wants it in a spreadsheet.',
  'Where is the export function? I want to pull the {feature} data into Google Sheets.',
  'I can''t find an export button or function in the {feature}. How do I get all the data into a spreadsheet, e.g. a CSV file for Excel or Google Sheets?']),
('en', 'howto_export:body:2', ARRAY[
  'How can I download the records we have in Kestrel as CSV or XLSX? I looked in Settings but I only see a PDF option.',
  'Settings only gives me a PDF download. Is there another way to get our records out of Kestrel as CSV or XLSX files?',
  'I''m looking for a CSV or XLSX download of all our records. The only option under Settings is PDF, which our accountant can''t work with.']),
('en', 'howto_export:body:3', ARRAY[
  'We need a complete export of the {feature} for an audit next week. What''s the best way to do that?',
  'Our auditors come in next week and want a complete export of the {feature}, archived entries included. How do we produce that?',
  'For next week''s audit we have to hand over everything in the {feature}, including archived entries. What''s the best way to get a complete export?']),
('en', 'howto_export:body:4', ARRAY[
  'When I open the CSV export from the {feature} in Excel, all values end up in one column and special characters like ä or é are garbled. Is there an export setting for that?',
  'Our CSV export from the {feature} looks broken in Excel: all values sit in one column and special characters come out garbled. How do I fix that?',
  'Excel shows the {feature} CSV export as one long column, and special characters like é are garbled. Which delimiter or encoding should we pick in the export?']),
('en', 'howto_export:body:5', ARRAY[
  'When I export the {feature} I always get every record, even though I filtered the list first. Can the export include only the filtered rows?',
  'I filtered the {feature} list down to {n} records, but the CSV export still contains every record. How do I export only the filtered rows?',
  'Is it possible to export only the filtered rows of the {feature}? Right now the export ignores my filter on the list and gives us every record.']),
('en', 'howto_permissions:subj', ARRAY[
  'How to restrict access for some users',
  'User roles question',
  'Permissions for contractors',
  'Can I make a read-only user?',
  'Limit what members can see',
  'Hide hourly rates?',
  'Transfer workspace ownership']),
('en', 'howto_permissions:body:1', ARRAY[
  'We have a few contractors joining next week and they should only see their own projects. How do I set up permissions for that?',
  'How do I set up permissions so that contractors only see the projects they''re assigned to? A few of them join us next week.',
  'A few external contractors start next week. They must only see their own projects, not the rest of the workspace. What permissions do I set up?']),
('en', 'howto_permissions:body:2', ARRAY[
  'Is it possible to create a read-only role? Some people on our team should be able to view the {feature} but not edit anything.',
  'A few people on our team only need to view the {feature} and must not edit anything there. How do I create a read-only role for them?',
  'Can we give some team members read-only access to the {feature}? They should see everything there but not edit or delete records.']),
('en', 'howto_permissions:body:3', ARRAY[
  'How do I change what a member can see? Right now everyone in our workspace can open the billing page and I''d like to limit that to admins.',
  'Everyone in our workspace can currently open the billing page. How can I limit it so only admins see billing?',
  'I''d like the billing page to be visible to admins only. At the moment every member of our workspace can open it, where do I change that?']),
('en', 'howto_permissions:body:4', ARRAY[
  'Could you explain how roles work? I want managers to approve timesheets but not delete them.',
  'Our managers should be able to approve timesheets, but they must not delete them. Which role allows that?',
  'How do roles work for timesheets? Managers need to approve timesheets, yet I don''t want them to be able to delete any.']),
('en', 'howto_permissions:body:5', ARRAY[
  'Is there a way to hide hourly rates from regular members? Right now anyone who opens a project can see what we charge per hour.',
  'Regular members shouldn''t see our hourly rates, but at the moment anyone can see them when they open a project. Can rates be hidden per role?',
  'How can I hide hourly rates from regular members? Only finance and admins should see the rates on a project.']),
('en', 'howto_permissions:body:6', ARRAY[
  'The person who created our workspace has left the company, and nobody else can change the owner settings. How do we transfer workspace ownership to someone else?',
  'Our workspace owner left the company. Can you help us transfer ownership of the workspace to our new IT manager?',
  'How do I transfer ownership of our workspace? The original owner left the company last month.']),
('en', 'howto_report:subj', ARRAY[
  'Building a custom report',
  'How to create a dashboard for my team',
  'Report by region?',
  'Need help with report filters',
  'Grouping in reports',
  'Fiscal year in {report}']),
('en', 'howto_report:body:1', ARRAY[
  'I''m trying to build a report that shows {report} broken down by region, but the filter only lets me pick one region at a time. Am I missing something?',
  'The region filter on the {report} report only lets me pick one region at a time. How do I see all regions broken down side by side?',
  'Can the {report} report be broken down by region? The filter only allows one region at a time, and I need every region in one report.']),
('en', 'howto_report:body:2', ARRAY[
  'How do I create a dashboard my whole team can see? I built one but it only shows up for me.',
  'I set up a dashboard for our team last week, but it only shows up in my account. How do I share it with everyone?',
  'My new dashboard is only visible to me. What do I have to do so my whole team can see it as well?']),
('en', 'howto_report:body:3', ARRAY[
  'Can I group the {report} report by month and by owner at the same time? Only one grouping seems to work.',
  'When I group the {report} report by month and then add owner as a second grouping, only one grouping works. Is grouping by two fields supported?',
  'I''d like the {report} report grouped by owner and by month at the same time, but only one grouping seems to apply. How do I do that?']),
('en', 'howto_report:body:4', ARRAY[
  'Is there a guide for custom reports? I want to add a column with the account manager to the {report} report.',
  'How do I add an account manager column to the {report} report? I looked for documentation on custom reports but found nothing.',
  'We''d like the {report} report to show each customer''s account manager as an extra column. Is there a guide for customizing reports like that?']),
('en', 'howto_report:body:5', ARRAY[
  'Our fiscal year starts in April. Can the {report} report use our fiscal year instead of the calendar year?',
  'The {report} report always follows the calendar year, but our fiscal year runs from April to March. Where do I change that?',
  'Is it possible to set a fiscal year starting in April for the {report} report? The quarters currently follow the calendar year.']),
('en', 'howto_import:subj', ARRAY[
  'Importing contacts from a spreadsheet',
  'CSV import question',
  'How to bulk upload customers',
  'Import keeps skipping rows?',
  'Migrating our data into Kestrel',
  'Undo an import?',
  'Dates wrong after import']),
('en', 'howto_import:body:1', ARRAY[
  'We''re moving over from our old system and have about {n} contacts in a spreadsheet. What format does the CSV import expect?',
  'What''s the best way to bulk upload our customer list? Do you have a template file for the import?',
  'Our customer list from the old system is a spreadsheet with about {n} contacts. Is there a template file that shows the format the CSV import expects?',
  'Before we bulk upload our contacts, could you tell us what format the import expects? A template file would be ideal.']),
('en', 'howto_import:body:2', ARRAY[
  'I tried the CSV import and {n} rows were skipped without any explanation. Which columns are required?',
  'The CSV import skipped {n} rows and didn''t give any explanation. Are there required columns we''re missing?',
  'Why were {n} rows skipped in my CSV import? There''s no explanation in the import summary, so I guess some required columns are empty.']),
('en', 'howto_import:body:3', ARRAY[
  'Can the import update existing records instead of creating new ones? I don''t want to end up with duplicates.',
  'If I import the same contacts again with corrected phone numbers, will the import update the existing records or create duplicates?',
  'I want to update existing records through the import, not create new ones. How do I avoid ending up with duplicates?']),
('en', 'howto_import:body:4', ARRAY[
  'Our spreadsheet uses the DD/MM/YYYY date format, and after the import a date like 03/04 showed up as March 4 instead of 3 April. How do I set the date format?',
  'The import swapped day and month in our dates: 03/04 became March 4. Our file uses DD/MM/YYYY, can I tell the import that?',
  'Which date format does the import expect? Our file has DD/MM/YYYY dates and they came out with day and month swapped.']),
('en', 'howto_import:body:5', ARRAY[
  'In the column mapping step of the import, our custom field "Customer tier" doesn''t appear in the dropdown. How do I map a column to a custom field?',
  'How do I import into a custom field? Our "Customer tier" column can''t be mapped because the field isn''t in the mapping dropdown.',
  'The mapping dropdown during import only lists standard fields. We need the "Customer tier" column mapped to our custom field, is that possible?']),
('en', 'howto_import:body:6', ARRAY[
  'I imported the wrong file and now we have {n} extra contacts. Is there a way to undo the whole import at once?',
  'Can an import be undone? By mistake I imported the wrong file, which added {n} contacts we don''t want.',
  'We imported the wrong spreadsheet this morning. How can we undo that import without deleting the {n} contacts one by one?']),
('en', 'howto_notifications:subj', ARRAY[
  'Too many email notifications',
  'Turn off notifications',
  'Notification settings',
  'How to stop the daily digest emails',
  'Timesheet reminders',
  'Push notifications at night']),
('en', 'howto_notifications:body:1', ARRAY[
  'Our team gets an email for every single comment and it''s overwhelming. How can we switch to a daily summary?',
  'We receive an email for every comment, which is overwhelming for the team. Can we get a daily summary instead?',
  'Is it possible to switch from one email per comment to a daily summary? Our team is overwhelmed by the volume.']),
('en', 'howto_notifications:body:2', ARRAY[
  'How do I turn off the daily digest email? I unchecked it in my profile but I still get it every morning.',
  'Every morning the daily digest email lands in my inbox, although I unchecked it in my profile weeks ago. How can I really turn it off?',
  'The daily digest keeps arriving each morning. I already unchecked the option in my profile, is there another place where it''s switched on?']),
('en', 'howto_notifications:body:3', ARRAY[
  'Is there a way to get notifications in Slack instead of by email?',
  'We''d prefer to get our Kestrel notifications in Slack rather than by email. Is that possible?',
  'Can notifications be sent to a Slack channel instead of email? Our team lives in Slack.']),
('en', 'howto_notifications:body:4', ARRAY[
  'Can an admin change the notification settings for everyone at once, or does each user have to do it?',
  'We have {n} users. Does each of them have to adjust their own notification settings, or can an admin set them for everyone?',
  'As an admin I''d like to set the notification settings for the whole team in one place instead of asking each user to change them.']),
('en', 'howto_notifications:body:5', ARRAY[
  'Can Kestrel send a reminder to everyone who hasn''t submitted their timesheet by Friday afternoon?',
  'How do we set up an automatic reminder on Friday for team members who haven''t submitted their timesheet?',
  'Is there a reminder for missing timesheets? We''d like people who haven''t submitted their timesheet by Friday to get a nudge.']),
('en', 'howto_notifications:body:6', ARRAY[
  'My phone on {os} shows Kestrel push notifications late at night. Can I set quiet hours so they only come during working hours?',
  'Is there a quiet hours setting for push notifications? The Kestrel app on {os} keeps buzzing late at night.',
  'How do I stop push notifications at night on {os}? I only want them during working hours.']),
('en', 'howto_api_key:subj', ARRAY[
  'Where do I find my API key?',
  'API token',
  'Generating an API key for our developer',
  'API access question',
  'Revoke an API key',
  'API rate limit?']),
('en', 'howto_api_key:body:1', ARRAY[
  'Our developer needs an API key to connect our internal tools. Where do I generate one?',
  'Where in Kestrel can I generate an API key? Our developer is connecting our internal tools and asked me for one.',
  'I have to create an API key for our developer so he can hook up our internal tools. Where is that done?']),
('en', 'howto_api_key:body:2', ARRAY[
  'I can''t find the API settings anywhere. Is API access included in the {plan} plan?',
  'Is API access part of the {plan} plan? I can''t find any API settings in our account.',
  'We''re on the {plan} plan and there are no API settings anywhere. Does our plan include API access?']),
('en', 'howto_api_key:body:3', ARRAY[
  'How do I create an API token with read-only access? We don''t want the script to be able to change anything.',
  'Our script should only read data, never change anything. Can I create an API token that has read-only access?',
  'Is there a read-only API token? The script we''re writing must not be able to change anything in Kestrel.']),
('en', 'howto_api_key:body:4', ARRAY[
  'The API docs mention a key under Settings > Developer, but I don''t see that menu. Do I need a specific role?',
  'There is no Settings > Developer menu in my account, although the API docs say the key is there. Which role do I need to see it?',
  'According to the API docs the key is under Settings > Developer, but that menu is missing for me. Is it tied to a specific role?']),
('en', 'howto_api_key:body:5', ARRAY[
  'A developer who had our API key has left the company. How do we revoke the key and create a new one without breaking our integrations?',
  'We need to revoke an API key because the developer who used it left. Will our integrations break if we create a new key?',
  'How do I revoke an old API key? The developer who set it up has left the company, and we want a new key for our integrations.']),
('en', 'howto_api_key:body:6', ARRAY[
  'Our sync script gets "429 Too Many Requests" after a few hundred calls. What is the API rate limit per key?',
  'What are the API rate limits? We keep hitting "429 Too Many Requests" when our sync script runs.',
  'After a few hundred calls the API answers with "429 Too Many Requests". Is there a documented rate limit, and can it be raised?']),
('en', 'fr_dark_mode:subj', ARRAY[
  'Dark mode?',
  'Feature request: dark theme',
  'Any plans for dark mode',
  'High-contrast theme',
  'Use our brand colors']),
('en', 'fr_dark_mode:body:1', ARRAY[
  'Is dark mode on your roadmap? Half our team works late and the white screen is hard on the eyes.',
  'Please add a dark theme. It''s the most requested thing on our team.',
  'Would love a dark mode option in the web app.',
  'Please add a dark mode option to the web app. Our team works late and the white screen is hard on the eyes.']),
('en', 'fr_dark_mode:body:2', ARRAY[
  'Could the mobile app follow the system dark mode on {os}? My phone switches to dark at night but Kestrel stays bright white.',
  'On {os} my phone uses dark mode, yet the Kestrel mobile app stays white. Please make the app follow the system setting.',
  'Feature request: make the Kestrel mobile app respect the system dark mode setting on {os}.']),
('en', 'fr_dark_mode:body:3', ARRAY[
  'One of our colleagues has low vision. Could you add a high-contrast theme with larger text?',
  'Feature request: a high-contrast theme for colleagues with low vision. The light grey text is hard for them to read.',
  'Is a high-contrast theme planned? Some colleagues have low vision and struggle with the light grey text.']),
('en', 'fr_dark_mode:body:4', ARRAY[
  'We''d like to use our own brand colors and logo in the Kestrel workspace. Is custom theming possible?',
  'Feature request: let us set our brand colors and upload our logo so the workspace matches our company look.',
  'Can we change the workspace colors to match our brand? Our logo and brand colors would make Kestrel feel like our own tool.']),
('en', 'fr_bulk_edit:subj', ARRAY[
  'Bulk edit',
  'Feature request: edit multiple records at once',
  'Mass update?',
  'Approve all timesheets at once',
  'Shift all due dates']),
('en', 'fr_bulk_edit:body:1', ARRAY[
  'It would save us hours if we could edit several records at once, e.g. change the owner of 50 deals in one go.',
  'Please add bulk editing. Right now we have to update every record one by one.',
  'Is there a way to mass-update a field? If not, please consider this a feature request.',
  'Please add bulk editing so we can update a field on several records at once, e.g. the owner of 50 deals, instead of every record one by one. Consider this a feature request.']),
('en', 'fr_bulk_edit:body:2', ARRAY[
  'We have {n} finished projects that we want to archive. Could you add a way to select them all and archive them together?',
  'Archiving finished projects one at a time is tedious. Please let us select {n} projects and archive them in one step.',
  'Feature request: select several finished projects and archive them together. We have {n} of them to clean up.']),
('en', 'fr_bulk_edit:body:3', ARRAY[
  'Managers have to approve every timesheet individually. An "approve all" button for the week''s timesheets would help a lot.',
  'Could you add an "approve all" button for timesheets? Our managers approve {n} timesheets each week, one at a time.',
  'Feature request: let managers approve all timesheets for a week at once instead of approving each timesheet individually.']),
('en', 'fr_bulk_edit:body:4', ARRAY[
  'When a project slips we have to move every task due date by hand. Please add a way to shift all due dates by a few days.',
  'Could you let us shift all task due dates in a project at once? Moving each due date by hand when the project slips takes ages.',
  'Feature request: shift the due dates of all tasks in a project by a few days when the project slips.']),
('en', 'fr_bulk_edit:body:5', ARRAY[
  'At month end we have {n} draft invoices to send. Please add a way to select them and send all invoices at once.',
  'Could we send several draft invoices in one go? Opening each invoice to send it separately takes forever at month end.',
  'Feature request: bulk send for draft invoices, so we can send all of them at once at month end.']),
('en', 'fr_scim:subj', ARRAY[
  'SCIM provisioning',
  'Automatic user provisioning from Okta',
  'SCIM support?',
  'Map directory groups to roles',
  'Sync profile changes from our directory']),
('en', 'fr_scim:body:1', ARRAY[
  'Do you support SCIM? We want users to be created and removed automatically from Okta.',
  'Feature request: automatic user provisioning and deprovisioning through SCIM.',
  'Please add SCIM so users from Okta are created and removed automatically in Kestrel, without manual provisioning.',
  'When someone joins or leaves, we want Okta to create or remove their Kestrel user automatically. Is SCIM provisioning supported?']),
('en', 'fr_scim:body:2', ARRAY[
  'If you add SCIM, could groups from our identity provider map to Kestrel roles? For example, our "Finance" group should get the billing role.',
  'Feature request: map identity provider groups to Kestrel roles, so members of our "Finance" group automatically get the billing role.',
  'We''d like group-based roles: people in the "Finance" group of our identity provider should get the billing role automatically.']),
('en', 'fr_scim:body:3', ARRAY[
  'When someone''s name, email or department changes in our directory, it should update in Kestrel automatically. Today we edit each profile by hand.',
  'Please sync profile attributes like department and email from our directory. We change them there and then again by hand in Kestrel.',
  'Feature request: automatic profile updates from our directory, so a changed name, email or department doesn''t have to be edited by hand in Kestrel.']),
('en', 'fr_scim:body:4', ARRAY[
  'If you add SCIM provisioning, will it be included in our {plan} plan or sold as a paid add-on?',
  'We''re on the {plan} plan. Would SCIM be part of our plan, or would provisioning cost extra as an add-on?',
  'Will SCIM provisioning be included in our current plan? We can''t justify a paid add-on just for provisioning.']),
('en', 'fr_export_schedule:subj', ARRAY[
  'Scheduled exports',
  'Automatic weekly report email',
  'Send {report} every Monday',
  'Nightly export to SFTP']),
('en', 'fr_export_schedule:body:1', ARRAY[
  'Could you add scheduled exports? We''d like the {report} report emailed to us every Monday.',
  'We''d like to get the {report} report by email every Monday morning without anyone exporting it. Could you add that?',
  'Feature request: email the {report} report to us automatically every Monday.']),
('en', 'fr_export_schedule:body:2', ARRAY[
  'Feature request: send a report automatically on a schedule instead of exporting it by hand each week.',
  'Each week someone on our team exports the same data by hand. Please add a schedule so the export is sent automatically.',
  'Could exports run on a schedule? Exporting by hand every week is easy to forget, we''d rather have it sent automatically.']),
('en', 'fr_export_schedule:body:3', ARRAY[
  'Could scheduled reports also go to people outside our workspace, such as our external accountant who has no Kestrel login?',
  'Please allow scheduled reports to be sent to external email addresses. Our accountant doesn''t have a Kestrel login.',
  'Feature request: add external recipients to scheduled reports, e.g. our accountant, who has no Kestrel login.']),
('en', 'fr_export_schedule:body:4', ARRAY[
  'Our data warehouse picks up files from an SFTP server every night. Could Kestrel drop a nightly CSV export there?',
  'Feature request: a nightly CSV export pushed to our SFTP server, so our data warehouse can load it.',
  'Is a nightly export to SFTP possible? We''d like a CSV file on our server every night for the data warehouse.']),
-- de
('de', 'howto_export:subj', ARRAY[
  'Daten als CSV exportieren?',
  'Export nach Excel',
  'Frage zum Datenexport',
  'Vollständiger Export für ein Audit']),
('de', 'howto_export:body:1', ARRAY[
  'Wie kann ich alle Daten aus dem Bereich „{feature}“ als CSV-Datei exportieren? Unsere Buchhaltung braucht sie als Tabelle.',
  'Ich finde im Bereich „{feature}“ keinen Export-Button. Wie bekomme ich die Daten in eine Excel-Tabelle oder eine CSV-Datei?',
  'Wo ist denn die Exportfunktion? Ich möchte die Daten aus „{feature}“ in Google Sheets weiterverarbeiten.']),
('de', 'howto_export:body:2', ARRAY[
  'Gibt es eine Möglichkeit, unsere Datensätze als Excel-Datei herunterzuladen? In den Einstellungen sehe ich nur PDF.',
  'In den Einstellungen wird mir als Download nur PDF angeboten. Wie bekomme ich unsere Datensätze aus Kestrel als CSV oder XLSX?']),
('de', 'howto_export:body:3', ARRAY[
  'Für ein Audit nächste Woche brauchen wir einen vollständigen Export des Bereichs „{feature}“. Wie geht das am besten?',
  'Nächste Woche kommen die Prüfer und wollen alles aus „{feature}“ sehen, auch archivierte Einträge. Wie erstellen wir einen kompletten Export?']),
('de', 'howto_export:body:4', ARRAY[
  'Wenn ich den CSV-Export aus „{feature}“ in Excel öffne, steht alles in einer Spalte und Umlaute wie ä oder ü sind kaputt. Gibt es dafür eine Export-Einstellung?',
  'Unser CSV-Export aus dem Bereich „{feature}“ sieht in Excel falsch aus: alle Werte in einer Spalte, Sonderzeichen verstümmelt. Welches Trennzeichen oder welche Kodierung müssen wir wählen?']),
('de', 'howto_export:body:5', ARRAY[
  'Ich habe die Liste in „{feature}“ gefiltert, aber der Export enthält trotzdem jeden Datensatz. Kann man nur die gefilterten Zeilen exportieren?',
  'Der CSV-Export aus „{feature}“ ignoriert meinen Filter und liefert alle Datensätze statt nur der {n} gefilterten. Wie exportiere ich nur die gefilterten Zeilen?']),
('de', 'howto_permissions:subj', ARRAY[
  'Benutzerrechte einschränken',
  'Nur-Lese-Rolle anlegen?',
  'Rechte für externe Berater']),
('de', 'howto_permissions:body:1', ARRAY[
  'Nächste Woche kommen externe Berater dazu, die nur ihre eigenen Projekte sehen sollen. Wie stelle ich das ein?',
  'Wie richte ich die Berechtigungen so ein, dass unsere externen Berater nur die Projekte sehen, denen sie zugeordnet sind? Sie fangen nächste Woche an.']),
('de', 'howto_permissions:body:2', ARRAY[
  'Wie richte ich eine Rolle ein, mit der Mitarbeiter den Bereich „{feature}“ nur ansehen, aber nichts ändern können?',
  'Gibt es eine Nur-Lese-Rolle? Einige Kollegen sollen „{feature}“ sehen, dort aber nichts bearbeiten dürfen.']),
('de', 'howto_permissions:body:3', ARRAY[
  'Im Moment kann jeder in unserem Workspace die Abrechnungsseite öffnen. Wie beschränke ich das auf Admins?',
  'Die Abrechnungsseite soll nur für Admins sichtbar sein, aktuell sehen sie alle Mitglieder. Wo stelle ich das um?']),
('de', 'howto_permissions:body:4', ARRAY[
  'Wie funktionieren die Rollen genau? Unsere Teamleiter sollen Zeiterfassungen freigeben, aber nicht löschen können.',
  'Welche Rolle erlaubt es, Stundenzettel freizugeben, ohne sie löschen zu dürfen? Das bräuchten wir für unsere Teamleiter.']),
('de', 'howto_import:subj', ARRAY[
  'Kontakte aus Excel importieren',
  'Frage zum CSV-Import',
  'Import überspringt Zeilen']),
('de', 'howto_import:body:1', ARRAY[
  'Wir ziehen aus unserem alten System um und haben etwa {n} Kontakte in einer Tabelle. Welches Format erwartet der CSV-Import?',
  'Gibt es eine Vorlage für den Import? Wir wollen unsere Kundenliste hochladen und wissen nicht, welches Format der Import erwartet.']),
('de', 'howto_import:body:2', ARRAY[
  'Beim CSV-Import wurden {n} Zeilen ohne Begründung übersprungen. Welche Spalten sind Pflicht?',
  'Der CSV-Import hat {n} Zeilen einfach ausgelassen, ohne jede Erklärung. Fehlen uns vielleicht Pflichtspalten?']),
('de', 'howto_import:body:3', ARRAY[
  'Kann der Import bestehende Datensätze aktualisieren, statt neue anzulegen? Wir wollen keine Dubletten.',
  'Wenn ich dieselben Kontakte mit korrigierten Telefonnummern noch einmal importiere, werden die bestehenden Datensätze dann aktualisiert oder entstehen Dubletten?']),
('de', 'howto_import:body:4', ARRAY[
  'Unsere Tabelle nutzt das Datumsformat TT.MM.JJJJ, nach dem Import war aus dem 03.04. plötzlich der 4. März geworden. Wo stelle ich das Datumsformat ein?',
  'Der Import hat bei unseren Datumsangaben Tag und Monat vertauscht. Welches Datumsformat erwartet der Import, unsere Datei hat TT.MM.JJJJ?']),
('de', 'howto_report:subj', ARRAY[
  'Eigenen Bericht erstellen',
  'Dashboard für das Team',
  'Bericht nach Region']),
('de', 'howto_report:body:1', ARRAY[
  'Ich möchte den Bericht „{report}“ nach Region aufschlüsseln, der Filter lässt aber nur eine Region zu. Übersehe ich etwas?',
  'Im Bericht „{report}“ kann ich beim Regionsfilter immer nur eine Region auswählen. Wie sehe ich alle Regionen nebeneinander?']),
('de', 'howto_report:body:2', ARRAY[
  'Wie erstelle ich ein Dashboard, das das ganze Team sieht? Meins wird nur mir angezeigt.',
  'Ich habe ein Dashboard für unser Team gebaut, aber es taucht nur bei mir auf. Wie gebe ich es für alle frei?']),
('de', 'howto_report:body:3', ARRAY[
  'Kann ich den Bericht „{report}“ gleichzeitig nach Monat und nach Verantwortlichem gruppieren? Es greift immer nur eine Gruppierung.',
  'Im Bericht „{report}“ hätte ich gern eine Gruppierung nach Monat und zusätzlich nach Verantwortlichem, aber die zweite Gruppierung wird ignoriert. Geht das überhaupt?']),
('de', 'fr_dark_mode:subj', ARRAY[
  'Dunkelmodus?',
  'Wunsch: Dark Mode']),
('de', 'fr_dark_mode:body:1', ARRAY[
  'Ist ein Dark Mode geplant? Viele bei uns arbeiten abends und der weiße Hintergrund ist anstrengend.',
  'Bitte bauen Sie einen dunklen Modus ein, das wünscht sich unser ganzes Team.',
  'Ein Dark Mode für die Web-App wäre super, gerade abends ist der weiße Bildschirm sehr anstrengend für die Augen.']),
('de', 'fr_dark_mode:body:2', ARRAY[
  'Könnte die mobile App den Dunkelmodus des Systems unter {os} übernehmen? Mein Handy schaltet abends auf dunkel, Kestrel bleibt aber strahlend weiß.',
  'Wunsch: Die Kestrel-App soll unter {os} der Systemeinstellung für den Dark Mode folgen, im Moment bleibt sie immer hell.']),
('de', 'fr_bulk_edit:subj', ARRAY[
  'Mehrere Datensätze gleichzeitig bearbeiten',
  'Massenbearbeitung?']),
('de', 'fr_bulk_edit:body:1', ARRAY[
  'Es würde uns viel Zeit sparen, wenn man mehrere Datensätze auf einmal bearbeiten könnte, z. B. den Besitzer von 50 Deals ändern.',
  'Gibt es eine Massenbearbeitung? Wenn nicht, verstehen Sie das bitte als Feature-Wunsch.',
  'Momentan müssen wir jeden Datensatz einzeln ändern. Bitte bauen Sie eine Möglichkeit ein, ein Feld für viele Datensätze gleichzeitig zu aktualisieren.']),
('de', 'fr_bulk_edit:body:3', ARRAY[
  'Unsere Teamleiter müssen jeden Stundenzettel einzeln freigeben. Ein Button „Alle freigeben“ für die Woche wäre eine große Hilfe.',
  'Wunsch: alle Stundenzettel einer Woche mit einem Klick freigeben, statt jeden einzeln zu bestätigen.']),
-- fr
('fr', 'howto_export:subj', ARRAY[
  'Exporter nos données en CSV ?',
  'Export vers Excel',
  'Export complet pour un audit']),
('fr', 'howto_export:body:1', ARRAY[
  'Comment exporter toutes les données de la section « {feature} » en fichier CSV ? Notre service comptable en a besoin dans un tableur.',
  'Je ne trouve pas de bouton d''export dans la section « {feature} ». Comment récupérer ces données dans Excel ou en CSV ?']),
('fr', 'howto_export:body:2', ARRAY[
  'Dans les paramètres, je ne vois que l''option PDF. Comment télécharger nos enregistrements Kestrel en CSV ou en XLSX ?',
  'Les paramètres ne proposent qu''un téléchargement en PDF. Existe-t-il un autre moyen d''obtenir nos enregistrements au format CSV ou XLSX ?']),
('fr', 'howto_export:body:3', ARRAY[
  'Nous avons besoin d''un export complet de la section « {feature} » pour un audit la semaine prochaine. Quelle est la meilleure façon de procéder ?',
  'Pour l''audit de la semaine prochaine, on doit fournir tout le contenu de « {feature} », éléments archivés compris. Comment faire un export complet ?']),
('fr', 'howto_permissions:subj', ARRAY[
  'Limiter les droits de certains utilisateurs',
  'Créer un rôle en lecture seule ?']),
('fr', 'howto_permissions:body:1', ARRAY[
  'Des prestataires nous rejoignent la semaine prochaine et ne doivent voir que leurs propres projets. Comment configurer les droits ?',
  'Comment paramétrer les autorisations pour que nos prestataires externes, qui arrivent la semaine prochaine, voient uniquement les projets qui leur sont attribués ?']),
('fr', 'howto_permissions:body:2', ARRAY[
  'Est-il possible de créer un rôle en lecture seule ? Certains collègues doivent voir la section « {feature} » sans rien modifier.',
  'Quelques personnes de l''équipe doivent pouvoir consulter « {feature} », mais sans rien modifier. Comment leur donner un accès en lecture seule ?']),
('fr', 'howto_import:subj', ARRAY[
  'Importer des contacts depuis Excel',
  'Lignes ignorées lors de l''import CSV']),
('fr', 'howto_import:body:1', ARRAY[
  'Nous migrons depuis notre ancien outil avec environ {n} contacts dans un tableur. Quel format attend l''import CSV ?',
  'Avez-vous un modèle de fichier pour l''import ? Nous voulons charger notre liste de clients et ne savons pas quel format utiliser.']),
('fr', 'howto_import:body:2', ARRAY[
  'L''import CSV a ignoré {n} lignes sans explication. Quelles colonnes sont obligatoires ?',
  'Lors de l''import CSV, {n} lignes ont été sautées sans le moindre message. Nous manque-t-il des colonnes obligatoires ?']),
('fr', 'fr_dark_mode:subj', ARRAY[
  'Mode sombre ?',
  'Demande : thème sombre']),
('fr', 'fr_dark_mode:body:1', ARRAY[
  'Un mode sombre est-il prévu ? Une partie de l''équipe travaille tard et le fond blanc fatigue les yeux.',
  'Merci d''ajouter un thème sombre, c''est la demande numéro un dans notre équipe.',
  'Ce serait génial d''avoir un mode sombre dans l''application web, l''écran blanc est pénible le soir.']),
-- es
('es', 'howto_export:subj', ARRAY[
  '¿Cómo exportar datos a CSV?',
  'Exportar a Excel',
  'Exportación completa para auditoría']),
('es', 'howto_export:body:1', ARRAY[
  '¿Cómo puedo exportar todos los datos de la sección «{feature}» a un archivo CSV? El equipo de finanzas lo necesita en una hoja de cálculo.',
  'No encuentro el botón de exportar en «{feature}». ¿Cómo saco esos datos a Excel o a un CSV?']),
('es', 'howto_export:body:3', ARRAY[
  'Necesitamos una exportación completa de «{feature}» para una auditoría la próxima semana. ¿Cuál es la mejor forma de hacerlo?',
  'La semana que viene tenemos auditoría y nos piden todo lo que hay en la sección «{feature}», incluidos los registros archivados. ¿Cómo hago una exportación completa?']),
('es', 'howto_permissions:subj', ARRAY[
  'Restringir permisos de usuarios',
  '¿Rol de solo lectura?']),
('es', 'howto_permissions:body:1', ARRAY[
  'La semana que viene se incorporan unos consultores externos que solo deben ver sus propios proyectos. ¿Cómo configuro los permisos?',
  '¿Cómo configuro los permisos para que los consultores externos que empiezan la próxima semana vean únicamente los proyectos que tienen asignados?']),
('es', 'howto_permissions:body:2', ARRAY[
  '¿Es posible crear un rol de solo lectura? Algunas personas deben ver la sección «{feature}» sin poder editar nada.',
  'Hay compañeros que solo necesitan consultar «{feature}», sin editar nada. ¿Cómo les doy acceso de solo lectura?']),
-- pt
('pt', 'howto_export:subj', ARRAY[
  'Como exportar dados para CSV?',
  'Exportar para Excel',
  'Exportação completa para auditoria']),
('pt', 'howto_export:body:1', ARRAY[
  'Como faço para exportar todos os dados da seção "{feature}" para um arquivo CSV? O financeiro precisa disso em planilha.',
  'Não encontro o botão de exportar em "{feature}". Como levo esses dados para uma planilha do Excel ou um CSV?']),
('pt', 'howto_export:body:3', ARRAY[
  'Precisamos de uma exportação completa da seção "{feature}" para uma auditoria na semana que vem. Qual a melhor forma de fazer isso?',
  'Semana que vem temos auditoria e precisamos entregar tudo o que está em "{feature}", inclusive os registros arquivados. Como gero uma exportação completa?']),
-- ja
('ja', 'howto_export:subj', ARRAY[
  'CSVエクスポートの方法について',
  'データのエクスポート',
  '監査用の全件エクスポート']),
('ja', 'howto_export:body:1', ARRAY[
  '{feature}のデータをすべてCSVでエクスポートする方法を教えてください。経理部門で必要になりました。',
  '{feature}にエクスポートボタンが見当たりません。データをExcelやCSVで取り出すにはどうすればよいでしょうか。']),
('ja', 'howto_export:body:3', ARRAY[
  '来週の監査のため、{feature}の全データを出力する必要があります。完全なエクスポートを行うにはどうするのが一番よいでしょうか。',
  '来週監査があり、アーカイブ済みのものも含めて{feature}のデータを一式提出しなければなりません。まとめてエクスポートできますか。']),
('ja', 'howto_permissions:subj', ARRAY[
  '閲覧専用ユーザーの作成',
  '閲覧のみのロールについて']),
('ja', 'howto_permissions:body:2', ARRAY[
  '閲覧のみ可能なロールは作成できますか。一部のメンバーには{feature}を見るだけにしてほしいです。',
  '一部のメンバーには{feature}を閲覧だけさせて、編集はできないようにしたいです。閲覧専用のロールはどう設定すればよいですか。']),
-- zh
('zh', 'howto_export:subj', ARRAY[
  '如何导出CSV数据？',
  '审计需要完整导出']),
('zh', 'howto_export:body:1', ARRAY[
  '请问如何把{feature}里的所有数据导出为CSV文件？财务部门需要用表格。',
  '我在{feature}里找不到导出按钮，怎样才能把这些数据导到Excel或CSV里？']),
('zh', 'howto_export:body:3', ARRAY[
  '下周审计需要{feature}的完整数据导出，最好的做法是什么？',
  '下周有审计，要提交{feature}里的全部数据，包括已归档的记录。怎么做一次完整导出？']),
-- ---- billing
-- en
('en', 'bill_invoice_vat:subj', ARRAY[
  'Wrong VAT on invoice',
  'Invoice shows old company address',
  'Need to correct our invoice details',
  'VAT number missing from invoice {inv}',
  'Company name on our invoices is wrong',
  'PO number on invoices']),
('en', 'bill_invoice_vat:body:1', ARRAY[
  'Our latest invoice {inv} charges VAT even though we entered our VAT ID. Can you reissue it without VAT (reverse charge)?',
  'Invoice {inv} has VAT added, but our VAT ID is entered in our account, so reverse charge should apply. Please reissue the invoice without VAT.',
  'Why were we charged VAT on invoice {inv}? We entered our VAT ID when we signed up. Could you reissue it as a reverse charge invoice?']),
('en', 'bill_invoice_vat:body:2', ARRAY[
  'The invoice still shows our old address. We moved in the summer and updated it in the billing settings, but new invoices didn''t change.',
  'We moved offices in the summer and changed the address in the billing settings, but our new invoices still show the old address. Can you fix that?',
  'Our invoices keep printing our old address. The billing settings have had the new address since we moved - why don''t new invoices pick it up?']),
('en', 'bill_invoice_vat:body:3', ARRAY[
  'Our accounting team can''t book invoice {inv} because our VAT number is missing. Please add it and send a corrected version.',
  'Invoice {inv} came without our VAT number, so our bookkeepers can''t book it. Could you issue a corrected invoice that shows the VAT number?',
  'Our VAT number doesn''t appear on invoice {inv}, and without it accounting won''t book it. Please send a corrected version that includes the VAT number.']),
('en', 'bill_invoice_vat:body:4', ARRAY[
  'The company name on our invoices is wrong, it should be our legal entity name. How can we change it?',
  'Our invoices show the wrong company name - they use our brand name instead of our legal entity name. How do we change it?',
  'How can we change the company name printed on our invoices? It has to be the full legal entity name, not the name shown now.']),
('en', 'bill_invoice_vat:body:5', ARRAY[
  'Our procurement department requires a purchase order number on every invoice. Can you add our PO number to our invoices from now on?',
  'Can our invoices show our purchase order (PO) number? Without a PO number on the invoice, our procurement team rejects it.',
  'Invoice {inv} was rejected by our procurement team because there is no PO number on it. Where can we enter a purchase order number so it appears on our invoices?']),
('en', 'bill_card_update:subj', ARRAY[
  'Payment failed',
  'Update credit card',
  'Card declined - how to change payment method',
  'Our payment didn''t go through',
  'Pay by bank transfer instead of card?',
  'Can''t save new card']),
('en', 'bill_card_update:body:1', ARRAY[
  'We got an email saying our payment failed. The card expired last month - where can I update it?',
  'Your email says our last payment failed, probably because the card on file expired last month. Where do I update the card?',
  'Looks like the card we pay with expired last month, because we just received a payment failed notice. Where do I enter the new card?']),
('en', 'bill_card_update:body:2', ARRAY[
  'I tried to add a new credit card but the form just says "Your card was declined". The card works everywhere else.',
  'Adding our new credit card keeps failing with "Your card was declined", although the same card works everywhere else.',
  'The card form rejects our new company credit card with "Your card was declined". Our bank sees no problem and the card works fine for other payments.']),
('en', 'bill_card_update:body:3', ARRAY[
  'Can we switch from credit card to paying by bank transfer against an invoice? Our finance team prefers that.',
  'Our finance team would rather pay by bank transfer than by credit card. Is it possible to switch our account to paying against an invoice?',
  'We''d like to stop paying by credit card and switch to bank transfer against an invoice instead. Is that possible for our account?']),
('en', 'bill_card_update:body:4', ARRAY[
  'Our account shows a warning that the last payment failed. I updated the card - can you retry the charge so we don''t get suspended?',
  'I have updated the card after the failed payment, but the warning is still shown in our account. Please retry the charge so our account isn''t suspended.',
  'We entered a new card because the last payment failed. Could you retry the charge now? The warning says our account will be suspended otherwise.']),
('en', 'bill_card_update:body:5', ARRAY[
  'When I click Save on the payment method page, I get {err} and the new card is not saved.',
  'Saving a new card on the payment method page fails with {err}. Afterwards the old card is still shown.',
  'The payment method page shows {err} every time I try to save our new card, so I can''t change the card at all.']),
('en', 'bill_charged_wrong:subj', ARRAY[
  'Charged the wrong amount',
  'Why was I billed {amount}?',
  'Invoice higher than expected',
  'Billing question about last invoice',
  'Charged twice for invoice {inv}',
  'Billed in the wrong currency']),
('en', 'bill_charged_wrong:body:1', ARRAY[
  'We downgraded to {plan} last month but we were still charged the old price of {amount}. Can you check?',
  'Even though we downgraded to the {plan} plan last month, we were charged the old price of {amount} again. Could you look into it?',
  'We were charged {amount}, which is the old price of our previous plan. We downgraded to {plan} last month, so that price shouldn''t apply anymore.']),
('en', 'bill_charged_wrong:body:2', ARRAY[
  'Our invoice this month is {amount}, much higher than usual. We didn''t add any users. What happened?',
  'This month we were billed {amount}, which is much higher than usual. Nobody added any users on our side, so why did the invoice go up?',
  'Why is our invoice {amount} this month? It''s usually much lower and we haven''t added any users.']),
('en', 'bill_charged_wrong:body:3', ARRAY[
  'I don''t understand the prorated charges on our last invoice. Could someone explain the line items?',
  'Our last invoice has several prorated line items and we can''t figure out what they are for. Can someone explain these charges?',
  'There are prorated charges and credits on our last invoice that make no sense to me. What does each line item mean?']),
('en', 'bill_charged_wrong:body:4', ARRAY[
  'We were billed for {seats} seats, but several of those users were deactivated months ago.',
  'Why does our invoice still count {seats} seats? Several of those people left, and their users were deactivated months ago.',
  'Several users in our account were deactivated months ago, yet we are still billed for {seats} seats. Please correct the number of seats.']),
('en', 'bill_charged_wrong:body:5', ARRAY[
  'Our card was charged twice on {date} for the same invoice {inv}, both times {amount}. Please reverse the duplicate charge.',
  'We see two identical charges of {amount} on our card for invoice {inv}. Can you reverse the duplicate?',
  'The payment for invoice {inv} went through twice - our card shows the same charge two times. Please reverse one of the charges.']),
('en', 'bill_charged_wrong:body:6', ARRAY[
  'We are billed in US dollars, but our contract says euros. Can you switch the billing currency of our account to EUR?',
  'Our invoices come in US dollars instead of euros as agreed in our contract. Please change the billing currency for our account.',
  'Why is our account billed in US dollars? Our contract is in euros, and our bank adds a conversion fee every month.']),
('en', 'bill_refund:subj', ARRAY[
  'Refund request',
  'Requesting a refund',
  'Refund please',
  'Refund for invoice {inv}',
  'Where is our refund?']),
('en', 'bill_refund:body:1', ARRAY[
  'We were charged {amount} for the annual renewal, but we had already decided not to continue. Could you please refund invoice {inv}?',
  'Please refund the last charge of {amount} (invoice {inv}). We forgot to cancel before the renewal date.',
  'I''d like a refund for invoice {inv} ({amount}). The renewal went through before we could cancel.',
  'We had decided not to renew, but the annual renewal of {amount} was charged before we could cancel. Can we get a refund for invoice {inv}?']),
('en', 'bill_refund:body:2', ARRAY[
  'We removed {seats} users from our account mid-term. Can we get a refund or credit for the unused seats for the rest of the year?',
  'Since we removed {seats} users, those seats stay unused for the rest of our annual term. Is a partial refund or credit possible for them?',
  'Could you refund the unused seats for the rest of the year? We paid for the full year but removed {seats} users from our account last week.']),
('en', 'bill_refund:body:3', ARRAY[
  'A colleague upgraded us to {plan} by mistake and we were charged {amount}. Please switch us back and refund the difference.',
  'We accidentally upgraded our account to the {plan} plan. Can you undo the upgrade and refund the difference we were charged?',
  'The upgrade to {plan} was a mistake - someone clicked the wrong button. Please switch us back to our previous plan and refund the difference.']),
('en', 'bill_refund:body:4', ARRAY[
  'Your team confirmed our refund on {date}, but the money hasn''t arrived on our card yet. When should we expect it?',
  'We still haven''t received the refund you confirmed for invoice {inv}. How long does it take until the money arrives on our card?',
  'The refund of {amount} was confirmed, but nothing has arrived on our card so far. Can you check when we should expect the money?']),
('en', 'bill_refund:body:5', ARRAY[
  'We cancelled our subscription on {date}, but we were still charged {amount} this month. Please refund this charge.',
  'Even though our subscription was cancelled, we were charged {amount} again. Why, and can you refund the charge?',
  'We were charged {amount} after we had already cancelled our subscription. Please refund the charge and make sure nothing else is billed.']),
('en', 'bill_cancel:subj', ARRAY[
  'Cancel subscription',
  'Please cancel our account',
  'Cancellation request',
  'Pause our subscription?',
  'Undo our cancellation']),
('en', 'bill_cancel:body:1', ARRAY[
  'Please cancel our subscription at the end of the current billing period. We''re moving to a different tool.',
  'We would like to cancel our {plan} subscription at the end of this month. Please confirm.',
  'We have decided to cancel our subscription. Please end it with the current billing period and confirm the cancellation.',
  'Please confirm that our {plan} subscription ends with the current billing period - we have switched to another tool and want to cancel.']),
('en', 'bill_cancel:body:2', ARRAY[
  'Please close our account and stop all future charges. Thanks for everything.',
  'We want our account closed as soon as possible, with no future charges.',
  'Could you close our account for good and stop all charges from now on?']),
('en', 'bill_cancel:body:3', ARRAY[
  'Before we cancel, we need to export all our data - projects, timesheets and invoices. How can we do that?',
  'We''re cancelling soon and must keep a copy of our data. How do we export the projects, timesheets and invoices from our account?',
  'We are about to cancel. Is there a way to export all our data first, including projects and timesheets?']),
('en', 'bill_cancel:body:4', ARRAY[
  'Our business is seasonal - instead of cancelling, can we pause our subscription for three months and keep our data?',
  'Is it possible to pause our subscription for the three winter months instead of cancelling it? We''d like to keep our data and come back in spring.',
  'We won''t use Kestrel for three months because our business is seasonal. Can our subscription be paused for that time, with our data kept, instead of cancelled?']),
('en', 'bill_cancel:body:5', ARRAY[
  'We cancelled our subscription last week but have changed our mind. Can you reactivate it without losing any data?',
  'Our cancellation was a mistake - please reactivate our {plan} subscription and keep all our data as it was.',
  'Is it possible to undo our cancellation and reactivate the subscription? We changed our mind and don''t want to lose our data.']),
('en', 'bill_add_seats:subj', ARRAY[
  'Add more seats',
  'Need {seats} more licenses',
  'Adding users to our plan',
  'Seat limit reached',
  'Do read-only users need a seat?']),
('en', 'bill_add_seats:body:1', ARRAY[
  'We need to add {seats} more seats to our {plan} plan. Can you update the subscription and send the invoice?',
  'Could you add {seats} additional licenses to our account? New hires start on Monday.',
  'Please increase our seat count by {seats}. We''d like it prorated on the next invoice.',
  'New hires start on Monday - please add {seats} more seats to our account and increase the seat count on our plan, prorated on the next invoice.']),
('en', 'bill_add_seats:body:2', ARRAY[
  'I can''t invite a new user - Kestrel says "Seat limit reached". How do we buy more seats ourselves?',
  'When we invite new users we get the message "Seat limit reached". Where in the admin settings can we buy more seats ourselves?',
  'Inviting a colleague fails with "Seat limit reached". Can we buy more seats ourselves in the admin settings?']),
('en', 'bill_add_seats:body:3', ARRAY[
  'We paid invoice {inv} for {seats} additional seats, but the user management page still shows our old seat limit.',
  'Invoice {inv} for {seats} extra seats is paid, yet the user management page won''t let us go beyond our old seat limit. Did the change not go through?',
  'Our seat limit is still the old one although invoice {inv} for the additional seats has been paid. When will the new seats show up?']),
('en', 'bill_add_seats:body:4', ARRAY[
  'Do external clients who only view reports need a paid seat, or can we add them as read-only users for free?',
  'We want to give a few external clients read-only access to their reports. Does each of those users need a paid seat?',
  'Are read-only users billed as a full paid seat? Our external clients only need to view reports, not edit anything.']),
('en', 'bill_add_seats:body:5', ARRAY[
  'We plan to grow to about 50 users this year. Is there a volume discount on seats above a certain number?',
  'Do you offer a volume discount for larger teams? We will be adding around {seats} seats and end up with about 50 users.',
  'Is there a volume discount per seat once a team grows above 50 users? We plan to add a lot of seats this year.']),
('en', 'bill_invoice_copy:subj', ARRAY[
  'Invoice copy',
  'Copy of invoice {inv}',
  'Need invoice for {date}',
  'All invoices for last year',
  'Invoices tab is empty']),
('en', 'bill_invoice_copy:body:1', ARRAY[
  'Could you send me a copy of invoice {inv}? Our accounts payable team can''t find it.',
  'Please send a PDF copy of invoice {inv} to our finance team.',
  'Invoice {inv} seems to have gone missing on our side. Can we get it again as a PDF for our finance team?',
  'We need a copy of invoice {inv} as a PDF - our accounts payable team can''t find it anywhere.']),
('en', 'bill_invoice_copy:body:2', ARRAY[
  'I need the invoice for our {date} payment for our records. Can you email it to me?',
  'We paid on {date}, but there''s no invoice for that payment in our records yet. Could you email it over?',
  'Which invoice goes with the payment we made on {date}? I need it for our records - please email me a copy.']),
('en', 'bill_invoice_copy:body:3', ARRAY[
  'Our auditor needs all of our invoices from last year. Is there a way to download them all at once instead of one by one?',
  'Can we get all invoices from last year at once? Downloading them one by one takes ages and our auditor is waiting.',
  'Our auditor wants every invoice from last year. Could you send all of them at once, for example as a ZIP file, so we don''t have to download them one by one?']),
('en', 'bill_invoice_copy:body:4', ARRAY[
  'The Invoices tab in our billing settings is empty, although we have been paying for months. Where can I download our invoices?',
  'We have paid every month, but the Invoices tab under billing settings shows no invoices at all. Is something wrong with our account?',
  'Why is the Invoices tab in our billing settings empty? I want to download past invoices, but nothing is listed even though we''ve paid for months.']),
('en', 'bill_invoice_copy:body:5', ARRAY[
  'Invoice emails only go to me. Can you add our shared accounting mailbox as a second recipient for all future invoices?',
  'Please send future invoice emails to our shared accounting mailbox as well, not just to my address.',
  'Could our shared accounting mailbox also receive the invoice emails? Right now every invoice is sent only to me.']),
-- de
('de', 'bill_invoice_vat:subj', ARRAY[
  'Falsche MwSt. auf Rechnung {inv}',
  'USt-IdNr. fehlt auf der Rechnung',
  'Alte Adresse auf unseren Rechnungen',
  'Firmenname auf der Rechnung korrigieren']),
('de', 'bill_invoice_vat:body:1', ARRAY[
  'Auf Rechnung {inv} wird Umsatzsteuer berechnet, obwohl unsere USt-IdNr. hinterlegt ist. Bitte stellen Sie die Rechnung korrigiert aus (Reverse Charge).',
  'Warum enthält Rechnung {inv} Umsatzsteuer? Unsere USt-IdNr. haben wir bei der Anmeldung angegeben, es müsste also Reverse Charge gelten. Können Sie die Rechnung ohne MwSt. neu ausstellen?']),
('de', 'bill_invoice_vat:body:2', ARRAY[
  'Auf unseren Rechnungen steht immer noch die alte Adresse. Wir sind im Sommer umgezogen und haben die Adresse in den Abrechnungseinstellungen geändert, aber neue Rechnungen übernehmen das nicht.',
  'Seit unserem Umzug ist in den Abrechnungseinstellungen die neue Adresse hinterlegt, trotzdem werden neue Rechnungen weiter auf die alte Adresse ausgestellt. Können Sie das korrigieren?']),
('de', 'bill_invoice_vat:body:3', ARRAY[
  'Unsere Buchhaltung kann Rechnung {inv} nicht verbuchen, da unsere Umsatzsteuer-ID fehlt. Bitte ergänzen Sie sie und senden Sie uns eine korrigierte Rechnung.',
  'Auf Rechnung {inv} fehlt unsere USt-IdNr., deshalb kann unsere Buchhaltung sie nicht verbuchen. Könnten Sie die Nummer ergänzen und uns die Rechnung korrigiert zuschicken?']),
('de', 'bill_invoice_vat:body:4', ARRAY[
  'Auf unseren Rechnungen steht der falsche Firmenname – dort muss unsere offizielle Firmierung stehen. Wie können wir das ändern?',
  'Wie ändern wir den Firmennamen auf unseren Rechnungen? Aktuell steht dort unser Markenname statt der korrekten Firmierung laut Handelsregister.']),
('de', 'bill_invoice_vat:body:5', ARRAY[
  'Unser Einkauf verlangt auf jeder Rechnung eine Bestellnummer. Können Sie unsere PO-Nummer künftig auf unseren Rechnungen angeben?',
  'Rechnung {inv} wurde von unserem Einkauf zurückgewiesen, weil keine Bestellnummer draufsteht. Wo können wir die PO-Nummer hinterlegen, damit sie auf den Rechnungen erscheint?']),
('de', 'bill_card_update:subj', ARRAY[
  'Zahlung fehlgeschlagen',
  'Kreditkarte aktualisieren',
  'Karte wird abgelehnt',
  'Zahlung per Überweisung möglich?']),
('de', 'bill_card_update:body:1', ARRAY[
  'Wir haben eine E-Mail bekommen, dass die Zahlung fehlgeschlagen ist. Die Karte ist letzten Monat abgelaufen – wo kann ich die neue hinterlegen?',
  'Unsere Kreditkarte ist letzten Monat abgelaufen, und jetzt kam eine E-Mail, dass die Zahlung fehlgeschlagen ist. Wo aktualisiere ich die Kartendaten?']),
('de', 'bill_card_update:body:2', ARRAY[
  'Beim Hinzufügen unserer neuen Kreditkarte erscheint nur „Your card was declined“. Die Karte funktioniert überall sonst problemlos.',
  'Ich wollte eine neue Kreditkarte hinterlegen, aber das Formular meldet „Your card was declined“, obwohl die Karte überall sonst funktioniert und die Bank keine Sperre sieht.']),
('de', 'bill_card_update:body:3', ARRAY[
  'Können wir statt per Kreditkarte per Überweisung auf Rechnung zahlen? Unsere Buchhaltung bevorzugt das.',
  'Unsere Finanzabteilung möchte lieber per Überweisung auf Rechnung zahlen als per Kreditkarte. Lässt sich das für unser Konto umstellen?']),
('de', 'bill_card_update:body:4', ARRAY[
  'In unserem Konto erscheint eine Warnung, dass die letzte Zahlung fehlgeschlagen ist. Die Karte ist inzwischen aktualisiert – können Sie die Abbuchung erneut versuchen, damit wir nicht gesperrt werden?',
  'Nach der fehlgeschlagenen Zahlung haben wir eine neue Karte hinterlegt. Bitte buchen Sie den Betrag noch einmal ab, sonst wird unser Konto laut Warnhinweis gesperrt.']),
('de', 'bill_card_update:body:5', ARRAY[
  'Wenn ich auf der Seite „Zahlungsmethode“ auf Speichern klicke, kommt {err} und die neue Karte wird nicht gespeichert.',
  'Das Speichern einer neuen Karte unter „Zahlungsmethode“ schlägt mit {err} fehl. Danach wird weiterhin die alte Karte angezeigt.']),
('de', 'bill_charged_wrong:subj', ARRAY[
  'Falscher Betrag abgebucht',
  'Rechnung höher als erwartet',
  'Doppelt abgebucht',
  'Frage zur letzten Rechnung']),
('de', 'bill_charged_wrong:body:1', ARRAY[
  'Wir haben letzten Monat auf {plan} heruntergestuft, aber trotzdem den alten Preis von {amount} bezahlt. Können Sie das prüfen?',
  'Obwohl wir letzten Monat auf den kleineren Tarif {plan} gewechselt sind, wurde uns wieder der alte Preis von {amount} berechnet. Bitte prüfen Sie das.']),
('de', 'bill_charged_wrong:body:2', ARRAY[
  'Unsere Rechnung diesen Monat beträgt {amount}, deutlich mehr als sonst. Wir haben keine Nutzer hinzugefügt. Woran liegt das?',
  'Warum beträgt unsere Rechnung diesen Monat {amount}? Normalerweise ist sie deutlich niedriger, und bei uns wurden keine neuen Nutzer angelegt.']),
('de', 'bill_charged_wrong:body:3', ARRAY[
  'Ich verstehe die anteiligen Beträge auf unserer letzten Rechnung nicht. Könnte mir jemand die einzelnen Positionen erklären?',
  'Auf unserer letzten Rechnung stehen mehrere anteilig berechnete Positionen und Gutschriften, die wir nicht nachvollziehen können. Was bedeuten die?']),
('de', 'bill_charged_wrong:body:4', ARRAY[
  'Uns wurden {seats} Lizenzen berechnet, obwohl mehrere dieser Nutzer schon vor Monaten deaktiviert wurden.',
  'Mehrere Nutzer in unserem Konto sind seit Monaten deaktiviert, trotzdem zahlen wir weiter für {seats} Lizenzen. Bitte korrigieren Sie die Anzahl.']),
('de', 'bill_charged_wrong:body:5', ARRAY[
  'Unsere Karte wurde am {date} zweimal für dieselbe Rechnung {inv} belastet, jeweils mit {amount}. Bitte stornieren Sie die doppelte Abbuchung.',
  'Für Rechnung {inv} sehen wir zwei identische Abbuchungen über {amount} auf unserer Karte. Können Sie eine davon rückgängig machen?']),
('de', 'bill_charged_wrong:body:6', ARRAY[
  'Wir werden in US-Dollar abgerechnet, obwohl unser Vertrag in Euro läuft. Können Sie die Abrechnungswährung unseres Kontos auf EUR umstellen?',
  'Warum kommen unsere Rechnungen in US-Dollar? Vertraglich ist Euro vereinbart, und unsere Bank berechnet uns jeden Monat Umrechnungsgebühren.']),
('de', 'bill_refund:subj', ARRAY[
  'Rückerstattung',
  'Bitte um Erstattung',
  'Erstattung für Rechnung {inv}']),
('de', 'bill_refund:body:1', ARRAY[
  'Bitte erstatten Sie die letzte Abbuchung über {amount} (Rechnung {inv}). Wir hatten vergessen, vor der Verlängerung zu kündigen.',
  'Wir möchten eine Rückerstattung für Rechnung {inv} ({amount}) beantragen. Die Verlängerung wurde abgebucht, bevor wir kündigen konnten.',
  'Uns wurden {amount} für die jährliche Verlängerung berechnet, obwohl wir uns schon gegen eine Fortsetzung entschieden hatten. Könnten Sie Rechnung {inv} bitte erstatten?']),
('de', 'bill_refund:body:4', ARRAY[
  'Sie haben uns die Erstattung am {date} bestätigt, aber auf unserer Karte ist noch nichts angekommen. Wann können wir mit dem Geld rechnen?',
  'Die bestätigte Erstattung für Rechnung {inv} ist bei uns noch nicht eingegangen. Wie lange dauert es, bis das Geld auf der Karte ist?']),
('de', 'bill_refund:body:5', ARRAY[
  'Wir haben unser Abo am {date} gekündigt, aber diesen Monat wurden trotzdem {amount} abgebucht. Bitte erstatten Sie den Betrag.',
  'Obwohl unser Abonnement gekündigt ist, wurden uns erneut {amount} berechnet. Warum, und können Sie das zurückerstatten?']),
('de', 'bill_cancel:subj', ARRAY[
  'Kündigung',
  'Abo kündigen',
  'Kündigung zurücknehmen']),
('de', 'bill_cancel:body:1', ARRAY[
  'Hiermit kündigen wir unser {plan}-Abonnement zum Ende des aktuellen Abrechnungszeitraums. Bitte bestätigen Sie die Kündigung.',
  'Wir wechseln zu einem anderen Tool und möchten unser Abonnement zum Ende des laufenden Abrechnungszeitraums kündigen. Bitte kurz bestätigen.']),
('de', 'bill_cancel:body:2', ARRAY[
  'Bitte schließen Sie unseren Account zum nächstmöglichen Zeitpunkt und stoppen Sie alle weiteren Abbuchungen.',
  'Wir möchten unser Konto endgültig schließen lassen. Bitte stellen Sie sicher, dass ab sofort nichts mehr abgebucht wird.']),
('de', 'bill_cancel:body:3', ARRAY[
  'Bevor wir kündigen, müssen wir alle unsere Daten exportieren – Projekte, Zeiterfassungen und Rechnungen. Wie geht das?',
  'Wir kündigen demnächst und brauchen vorher eine Kopie unserer Daten. Wie exportieren wir Projekte, Zeiterfassungen und Rechnungen aus unserem Konto?']),
('de', 'bill_cancel:body:4', ARRAY[
  'Unser Geschäft ist saisonal. Können wir das Abo statt einer Kündigung für drei Monate pausieren und unsere Daten behalten?',
  'Ist es möglich, unser Abonnement über die drei Wintermonate ruhen zu lassen, statt es zu kündigen? Unsere Daten sollen dabei erhalten bleiben.']),
('de', 'bill_cancel:body:5', ARRAY[
  'Wir haben letzte Woche gekündigt, es uns aber anders überlegt. Können Sie das Abo wieder aktivieren, ohne dass Daten verloren gehen?',
  'Unsere Kündigung war ein Fehler – bitte reaktivieren Sie unser {plan}-Abonnement und lassen Sie alle Daten, wie sie sind.']),
('de', 'bill_add_seats:subj', ARRAY[
  'Weitere Lizenzen',
  '{seats} zusätzliche Nutzer',
  'Lizenzlimit erreicht']),
('de', 'bill_add_seats:body:1', ARRAY[
  'Wir benötigen {seats} zusätzliche Lizenzen für unseren Tarif {plan}. Bitte passen Sie das Abo an und schicken Sie uns die Rechnung.',
  'Könnten Sie unserem Konto {seats} weitere Plätze hinzufügen? Neue Kollegen fangen am Montag an.',
  'Bitte erhöhen Sie unsere Lizenzanzahl um {seats} und berechnen Sie das anteilig mit der nächsten Rechnung.']),
('de', 'bill_add_seats:body:2', ARRAY[
  'Ich kann keinen neuen Nutzer einladen, Kestrel meldet „Seat limit reached“. Wie können wir selbst weitere Lizenzen kaufen?',
  'Beim Einladen einer Kollegin erscheint „Seat limit reached“. Wo in den Admin-Einstellungen können wir selbst zusätzliche Lizenzen buchen?']),
('de', 'bill_add_seats:body:3', ARRAY[
  'Wir haben Rechnung {inv} für {seats} zusätzliche Lizenzen bezahlt, aber in der Benutzerverwaltung gilt immer noch das alte Limit.',
  'Obwohl Rechnung {inv} für die zusätzlichen Lizenzen bezahlt ist, kommen wir in der Benutzerverwaltung nicht über das alte Limit hinaus. Wann werden die neuen Plätze freigeschaltet?']),
('de', 'bill_add_seats:body:4', ARRAY[
  'Brauchen externe Kunden, die nur Berichte ansehen, eine kostenpflichtige Lizenz, oder können wir sie kostenlos als Nur-Lese-Nutzer anlegen?',
  'Zählen Nutzer mit reinem Lesezugriff als volle Lizenz? Unsere externen Kunden sollen ihre Berichte nur ansehen, nicht bearbeiten.']),
('de', 'bill_invoice_copy:subj', ARRAY[
  'Rechnungskopie {inv}',
  'Kopie der Rechnung',
  'Alle Rechnungen vom letzten Jahr']),
('de', 'bill_invoice_copy:body:1', ARRAY[
  'Könnten Sie mir bitte eine Kopie der Rechnung {inv} schicken? Unsere Buchhaltung findet sie nicht.',
  'Bitte senden Sie die Rechnung {inv} als PDF an unsere Buchhaltung.',
  'Rechnung {inv} ist bei uns irgendwie verloren gegangen. Können wir sie noch einmal als PDF bekommen?']),
('de', 'bill_invoice_copy:body:2', ARRAY[
  'Für unsere Unterlagen brauche ich die Rechnung zu unserer Zahlung vom {date}. Können Sie sie mir per E-Mail schicken?',
  'Zu unserer Zahlung vom {date} finde ich in unseren Unterlagen keine Rechnung. Bitte mailen Sie mir die passende Rechnung.']),
('de', 'bill_invoice_copy:body:3', ARRAY[
  'Unser Wirtschaftsprüfer braucht alle Rechnungen aus dem letzten Jahr. Kann man die irgendwo gesammelt herunterladen statt einzeln?',
  'Können Sie uns alle Rechnungen des letzten Jahres auf einmal schicken, zum Beispiel als ZIP-Datei? Einzeln herunterladen dauert ewig, und die Prüfung steht an.']),
('de', 'bill_invoice_copy:body:4', ARRAY[
  'Der Reiter „Invoices“ in unseren Abrechnungseinstellungen ist leer, obwohl wir seit Monaten zahlen. Wo kann ich unsere Rechnungen herunterladen?',
  'Wir zahlen jeden Monat, aber in den Abrechnungseinstellungen unter „Invoices“ wird keine einzige Rechnung angezeigt. Stimmt mit unserem Konto etwas nicht?']),
('de', 'bill_invoice_copy:body:5', ARRAY[
  'Die Rechnungs-E-Mails gehen nur an mich. Können Sie das Sammelpostfach unserer Buchhaltung als zweiten Empfänger für alle künftigen Rechnungen eintragen?',
  'Bitte schicken Sie künftige Rechnungen zusätzlich an das Sammelpostfach unserer Buchhaltung, nicht nur an meine Adresse.']),
-- fr
('fr', 'bill_invoice_vat:subj', ARRAY[
  'TVA erronée sur la facture {inv}',
  'Numéro de TVA absent de la facture',
  'Ancienne adresse sur nos factures']),
('fr', 'bill_invoice_vat:body:1', ARRAY[
  'La facture {inv} inclut la TVA alors que notre numéro de TVA intracommunautaire est renseigné. Pouvez-vous la réémettre en autoliquidation ?',
  'Pourquoi la TVA a-t-elle été appliquée sur la facture {inv} ? Notre numéro de TVA intracommunautaire est bien renseigné dans notre compte, l''autoliquidation devrait donc s''appliquer. Merci de réémettre la facture sans TVA.']),
('fr', 'bill_invoice_vat:body:2', ARRAY[
  'Nos factures affichent toujours notre ancienne adresse. Nous avons déménagé cet été et mis à jour l''adresse dans les paramètres de facturation, mais les nouvelles factures n''ont pas changé.',
  'Depuis notre déménagement, la nouvelle adresse figure dans les paramètres de facturation, pourtant les nouvelles factures portent encore l''ancienne. Pouvez-vous corriger cela ?']),
('fr', 'bill_invoice_vat:body:3', ARRAY[
  'Notre comptabilité ne peut pas enregistrer la facture {inv} car notre numéro de TVA n''y figure pas. Pouvez-vous l''ajouter et nous envoyer une version corrigée ?',
  'Il manque notre numéro de TVA sur la facture {inv}, du coup notre comptabilité ne peut pas la passer. Pourriez-vous nous envoyer une facture rectifiée ?']),
('fr', 'bill_invoice_vat:body:4', ARRAY[
  'Le nom de société sur nos factures est incorrect : il doit s''agir de la raison sociale de notre entité juridique. Comment le modifier ?',
  'Comment changer le nom qui apparaît sur nos factures ? C''est notre nom commercial qui y figure, alors qu''il nous faut notre raison sociale complète.']),
('fr', 'bill_card_update:subj', ARRAY[
  'Échec de paiement',
  'Mettre à jour la carte bancaire',
  'Payer par virement ?']),
('fr', 'bill_card_update:body:1', ARRAY[
  'Nous avons reçu un e-mail indiquant que le paiement a échoué. La carte a expiré le mois dernier, où puis-je en ajouter une nouvelle ?',
  'Notre carte bancaire a expiré le mois dernier et nous venons de recevoir un e-mail d''échec de paiement. Où mettre à jour la carte ?']),
('fr', 'bill_card_update:body:2', ARRAY[
  'J''essaie d''ajouter une nouvelle carte bancaire, mais le formulaire affiche seulement « Your card was declined ». La carte fonctionne partout ailleurs.',
  'Impossible d''enregistrer notre nouvelle carte : le formulaire répond « Your card was declined », alors que notre banque ne voit aucun blocage et que la carte marche partout ailleurs.']),
('fr', 'bill_card_update:body:3', ARRAY[
  'Pouvons-nous payer par virement sur facture plutôt que par carte ? Notre service financier préfère.',
  'Notre service financier aimerait régler par virement bancaire sur facture plutôt que par carte bancaire. Est-il possible de changer le mode de paiement de notre compte ?']),
('fr', 'bill_card_update:body:4', ARRAY[
  'Notre compte affiche un avertissement : le dernier paiement a échoué. J''ai mis à jour la carte, pouvez-vous relancer le prélèvement pour éviter une suspension ?',
  'Nous avons saisi une nouvelle carte après l''échec du paiement. Merci de relancer le prélèvement, sinon notre compte sera suspendu d''après l''avertissement.']),
('fr', 'bill_charged_wrong:subj', ARRAY[
  'Montant facturé incorrect',
  'Facture plus élevée que prévu',
  'Débité deux fois']),
('fr', 'bill_charged_wrong:body:1', ARRAY[
  'Nous sommes passés à l''offre inférieure {plan} le mois dernier, mais avons encore été débités de l''ancien tarif de {amount}. Pouvez-vous vérifier ?',
  'On nous a prélevé {amount}, soit le prix de notre ancienne offre, alors que nous sommes descendus à {plan} le mois dernier. Merci de vérifier.']),
('fr', 'bill_charged_wrong:body:2', ARRAY[
  'Notre facture de ce mois s''élève à {amount}, bien plus que d''habitude. Nous n''avons ajouté aucun utilisateur.',
  'Pourquoi notre facture est-elle de {amount} ce mois-ci ? D''habitude elle est bien plus basse, et aucun utilisateur n''a été ajouté de notre côté.']),
('fr', 'bill_charged_wrong:body:3', ARRAY[
  'Je ne comprends pas les montants calculés au prorata sur notre dernière facture. Quelqu''un pourrait-il m''expliquer les lignes ?',
  'Notre dernière facture contient plusieurs lignes au prorata et des avoirs que nous n''arrivons pas à comprendre. Pouvez-vous nous les expliquer ?']),
('fr', 'bill_charged_wrong:body:4', ARRAY[
  'Nous sommes facturés pour {seats} licences, alors que plusieurs de ces utilisateurs ont été désactivés il y a des mois.',
  'Plusieurs utilisateurs de notre compte sont désactivés depuis des mois, mais nous payons toujours {seats} licences. Merci de corriger le nombre de licences.']),
('fr', 'bill_charged_wrong:body:5', ARRAY[
  'Notre carte a été débitée deux fois le {date} pour la même facture {inv}, à chaque fois {amount}. Merci d''annuler le débit en double.',
  'Nous voyons deux débits identiques de {amount} sur notre carte pour la facture {inv}. Pouvez-vous annuler le doublon ?']),
('fr', 'bill_refund:subj', ARRAY[
  'Demande de remboursement',
  'Remboursement',
  'Remboursement de la facture {inv}']),
('fr', 'bill_refund:body:1', ARRAY[
  'Merci de rembourser le dernier prélèvement de {amount} (facture {inv}). Nous avons oublié de résilier avant le renouvellement.',
  'Je souhaite obtenir le remboursement de la facture {inv} ({amount}). Le renouvellement a été prélevé avant notre résiliation.',
  'Le renouvellement annuel de {amount} a été prélevé alors que nous avions décidé de ne pas continuer. Pourriez-vous rembourser la facture {inv} ?']),
('fr', 'bill_refund:body:5', ARRAY[
  'Nous avons résilié notre abonnement le {date}, mais nous avons quand même été débités de {amount} ce mois-ci. Merci de nous rembourser ce montant.',
  'Notre abonnement est résilié et pourtant on nous a encore prélevé {amount}. Pourquoi, et pouvez-vous rembourser ce prélèvement ?']),
('fr', 'bill_cancel:subj', ARRAY[
  'Résiliation',
  'Résilier notre abonnement',
  'Annuler notre résiliation']),
('fr', 'bill_cancel:body:1', ARRAY[
  'Nous souhaitons résilier notre abonnement {plan} à la fin de la période en cours. Merci de confirmer.',
  'Nous passons à un autre outil : merci de résilier notre abonnement à la fin de la période de facturation en cours et de nous confirmer la résiliation.']),
('fr', 'bill_cancel:body:2', ARRAY[
  'Merci de clôturer notre compte et d''arrêter tout prélèvement futur.',
  'Nous souhaitons fermer définitivement notre compte dès que possible, sans plus aucun prélèvement par la suite.']),
('fr', 'bill_cancel:body:3', ARRAY[
  'Avant de résilier, nous devons exporter toutes nos données : projets, feuilles de temps et factures. Comment faire ?',
  'Nous allons bientôt résilier et devons garder une copie de nos données. Comment exporter nos projets, feuilles de temps et factures depuis notre compte ?']),
('fr', 'bill_cancel:body:5', ARRAY[
  'Nous avons résilié la semaine dernière mais nous avons changé d''avis. Pouvez-vous réactiver notre abonnement sans perte de données ?',
  'Notre résiliation était une erreur : merci de réactiver notre abonnement {plan} en conservant toutes nos données telles quelles.']),
('fr', 'bill_add_seats:subj', ARRAY[
  'Ajouter des licences',
  '{seats} licences supplémentaires']),
('fr', 'bill_add_seats:body:1', ARRAY[
  'Nous avons besoin de {seats} licences supplémentaires sur notre offre {plan}. Pouvez-vous mettre à jour l''abonnement ?',
  'Pourriez-vous ajouter {seats} utilisateurs à notre compte ? De nouveaux collègues arrivent lundi.',
  'Merci d''augmenter notre nombre de licences de {seats}, avec un calcul au prorata sur la prochaine facture.']),
('fr', 'bill_add_seats:body:2', ARRAY[
  'Je ne peux pas inviter de nouvel utilisateur, Kestrel affiche « Seat limit reached ». Comment acheter des licences supplémentaires nous-mêmes ?',
  'Quand on invite un collègue, on obtient « Seat limit reached ». Où peut-on acheter soi-même des licences dans les paramètres d''administration ?']),
('fr', 'bill_invoice_copy:subj', ARRAY[
  'Copie de facture {inv}',
  'Duplicata de facture',
  'Toutes nos factures de l''an dernier']),
('fr', 'bill_invoice_copy:body:1', ARRAY[
  'Pourriez-vous m''envoyer une copie de la facture {inv} ? Notre comptabilité ne la retrouve pas.',
  'Merci d''envoyer la facture {inv} en PDF à notre service comptable.']),
('fr', 'bill_invoice_copy:body:2', ARRAY[
  'J''ai besoin de la facture correspondant à notre paiement du {date} pour nos archives. Pouvez-vous me l''envoyer par e-mail ?',
  'Nous avons payé le {date}, mais je ne trouve pas la facture correspondante dans nos dossiers. Pourriez-vous me la transmettre par e-mail ?']),
('fr', 'bill_invoice_copy:body:3', ARRAY[
  'Notre commissaire aux comptes a besoin de toutes nos factures de l''année dernière. Peut-on les télécharger en une seule fois plutôt qu''une par une ?',
  'Pourriez-vous nous envoyer toutes les factures de l''an dernier d''un coup, par exemple dans un fichier ZIP ? Les télécharger une à une prend un temps fou.']),
-- es
('es', 'bill_invoice_vat:subj', ARRAY[
  'IVA incorrecto en la factura {inv}',
  'Falta nuestro número de IVA en la factura',
  'Dirección antigua en las facturas']),
('es', 'bill_invoice_vat:body:1', ARRAY[
  'La factura {inv} incluye IVA aunque tenemos registrado nuestro NIF-IVA. ¿Pueden emitirla de nuevo con inversión del sujeto pasivo?',
  'Nos han cobrado IVA en la factura {inv}, pero nuestro NIF-IVA está registrado en la cuenta, así que debería aplicarse la inversión del sujeto pasivo. ¿Pueden volver a emitirla sin IVA?']),
('es', 'bill_invoice_vat:body:2', ARRAY[
  'Nuestras facturas siguen mostrando la dirección antigua. Nos mudamos en verano y la cambiamos en la configuración de facturación, pero las facturas nuevas no se han actualizado.',
  'Desde la mudanza tenemos la dirección nueva en la configuración de facturación, pero las facturas nuevas siguen saliendo con la antigua. ¿Pueden corregirlo?']),
('es', 'bill_invoice_vat:body:3', ARRAY[
  'Contabilidad no puede registrar la factura {inv} porque falta nuestro número de IVA. Envíennos una factura corregida, por favor.',
  'En la factura {inv} no aparece nuestro número de IVA y así contabilidad no puede registrarla. ¿Podrían añadirlo y mandarnos la factura corregida?']),
('es', 'bill_card_update:subj', ARRAY[
  'Pago fallido',
  'Actualizar la tarjeta',
  'Tarjeta rechazada']),
('es', 'bill_card_update:body:1', ARRAY[
  'Recibimos un correo de que el pago falló. La tarjeta caducó el mes pasado, ¿dónde puedo cambiarla?',
  'Nuestra tarjeta caducó el mes pasado y ahora nos ha llegado un correo de pago fallido. ¿Dónde actualizo los datos de la tarjeta?']),
('es', 'bill_card_update:body:2', ARRAY[
  'Intento añadir una tarjeta de crédito nueva, pero el formulario solo dice "Your card was declined". La tarjeta funciona en todas partes.',
  'Al guardar nuestra nueva tarjeta de crédito sale "Your card was declined", aunque con esa misma tarjeta pagamos sin problema en cualquier otro sitio.']),
('es', 'bill_card_update:body:3', ARRAY[
  '¿Podemos pagar por transferencia contra factura en lugar de con tarjeta? Nuestro departamento financiero lo prefiere así.',
  'Finanzas prefiere pagar por transferencia bancaria contra factura y no con tarjeta de crédito. ¿Se puede cambiar así el método de pago de nuestra cuenta?']),
('es', 'bill_refund:subj', ARRAY[
  'Solicitud de reembolso',
  'Reembolso']),
('es', 'bill_refund:body:1', ARRAY[
  'Por favor, reembolsen el último cargo de {amount} (factura {inv}). Olvidamos cancelar antes de la renovación.',
  'Quisiera el reembolso de la factura {inv} ({amount}). La renovación se cobró antes de que pudiéramos cancelar.',
  'Nos cobraron {amount} por la renovación anual cuando ya habíamos decidido no continuar. ¿Pueden reembolsarnos la factura {inv}?']),
('es', 'bill_cancel:subj', ARRAY[
  'Cancelar suscripción',
  'Baja de la cuenta']),
('es', 'bill_cancel:body:1', ARRAY[
  'Queremos cancelar nuestra suscripción {plan} al final del periodo actual. Por favor, confírmenlo.',
  'Nos pasamos a otra herramienta, así que les pedimos cancelar la suscripción al terminar el periodo de facturación actual y confirmarnos la baja.']),
('es', 'bill_cancel:body:2', ARRAY[
  'Por favor, cierren nuestra cuenta y detengan todos los cobros futuros.',
  'Queremos cerrar nuestra cuenta definitivamente lo antes posible, sin ningún cobro más a partir de ahora.']),
('es', 'bill_add_seats:subj', ARRAY[
  'Añadir licencias',
  '{seats} licencias más']),
('es', 'bill_add_seats:body:1', ARRAY[
  'Necesitamos {seats} licencias más en nuestro plan {plan}. ¿Pueden actualizar la suscripción?',
  '¿Podrían añadir {seats} usuarios a nuestra cuenta? Hay nuevas incorporaciones el lunes.',
  'Por favor, amplíen nuestro número de licencias en {seats} y prorrateen el importe en la próxima factura.']),
('es', 'bill_invoice_copy:subj', ARRAY[
  'Copia de la factura {inv}',
  'Necesito una factura']),
('es', 'bill_invoice_copy:body:1', ARRAY[
  '¿Podrían enviarme una copia de la factura {inv}? Contabilidad no la encuentra.',
  'Por favor, envíen la factura {inv} en PDF a nuestro departamento de finanzas.']),
('es', 'bill_invoice_copy:body:2', ARRAY[
  'Necesito la factura de nuestro pago del {date} para nuestros registros. ¿Me la pueden enviar por correo?',
  'Hicimos un pago el {date}, pero no encuentro la factura correspondiente en nuestros registros. ¿Podrían enviármela por correo?']),
-- pt
('pt', 'bill_invoice_copy:subj', ARRAY[
  'Segunda via da fatura {inv}',
  'Cópia da fatura']),
('pt', 'bill_invoice_copy:body:1', ARRAY[
  'Vocês podem me enviar uma cópia da fatura {inv}? O contas a pagar não encontrou.',
  'Por favor, enviem a fatura {inv} em PDF para o nosso financeiro.']),
('pt', 'bill_invoice_copy:body:2', ARRAY[
  'Preciso da fatura referente ao nosso pagamento de {date} para os nossos registros. Podem me enviar por e-mail?',
  'Fizemos um pagamento em {date}, mas não encontro a fatura correspondente nos nossos registros. Vocês conseguem me mandar por e-mail?']),
('pt', 'bill_card_update:subj', ARRAY[
  'Falha no pagamento',
  'Atualizar cartão de crédito']),
('pt', 'bill_card_update:body:1', ARRAY[
  'Recebemos um e-mail dizendo que o pagamento falhou. O cartão venceu no mês passado, onde atualizo?',
  'Nosso cartão de crédito venceu no mês passado e agora chegou um e-mail de falha no pagamento. Onde eu atualizo os dados do cartão?']),
('pt', 'bill_card_update:body:3', ARRAY[
  'Podemos pagar por transferência bancária contra fatura em vez de cartão de crédito? O nosso financeiro prefere assim.',
  'Queremos deixar de pagar no cartão de crédito e passar a pagar por fatura, via transferência bancária. Dá para mudar isso na nossa conta?']),
('pt', 'bill_refund:subj', ARRAY[
  'Pedido de reembolso',
  'Reembolso']),
('pt', 'bill_refund:body:1', ARRAY[
  'Por favor, reembolsem a última cobrança de {amount} (fatura {inv}). Esquecemos de cancelar antes da renovação.',
  'Gostaria do reembolso da fatura {inv} ({amount}). A renovação foi cobrada antes de conseguirmos cancelar.']),
('pt', 'bill_cancel:subj', ARRAY[
  'Cancelamento da assinatura',
  'Cancelar conta']),
('pt', 'bill_cancel:body:1', ARRAY[
  'Queremos cancelar nossa assinatura {plan} no fim do período atual. Por favor, confirmem.',
  'Vamos migrar para outra ferramenta, então pedimos que cancelem a nossa assinatura ao fim do período de cobrança atual e confirmem o cancelamento.']),
('pt', 'bill_cancel:body:2', ARRAY[
  'Por favor, encerrem nossa conta e parem todas as cobranças futuras.',
  'Queremos encerrar a nossa conta de vez, o quanto antes, sem nenhuma cobrança daqui para frente.']),
('pt', 'bill_add_seats:subj', ARRAY[
  'Adicionar licenças',
  'Mais {seats} licenças']),
('pt', 'bill_add_seats:body:1', ARRAY[
  'Precisamos de mais {seats} licenças no plano {plan}. Podem atualizar a assinatura?',
  'Vocês podem adicionar {seats} usuários à nossa conta? Temos pessoas novas começando na segunda.',
  'Por favor, aumentem o número de licenças da nossa conta em {seats}, com o valor proporcional na próxima fatura.']),
-- ja
('ja', 'bill_invoice_copy:subj', ARRAY[
  '請求書{inv}の再発行',
  '請求書の写しについて']),
('ja', 'bill_invoice_copy:body:1', ARRAY[
  '請求書{inv}の写しをお送りいただけますでしょうか。経理部で見当たらないとのことです。',
  '請求書{inv}をPDFで経理部宛にお送りください。']),
('ja', 'bill_invoice_copy:body:2', ARRAY[
  '記録用に、{date}の支払いに対応する請求書をメールでお送りいただけますでしょうか。',
  '{date}に支払いを済ませましたが、対応する請求書が社内の記録に見当たりません。メールでお送りいただけますか。']),
('ja', 'bill_cancel:subj', ARRAY[
  '解約のお願い',
  'サブスクリプション解約のご連絡']),
('ja', 'bill_cancel:body:1', ARRAY[
  '現在の請求期間の終了をもって{plan}プランを解約したく、ご連絡いたしました。ご確認をお願いいたします。',
  '別のツールへ移行することになりましたので、現在の請求期間の終了時にサブスクリプションを解約してください。解約の確認をいただけますと幸いです。']),
('ja', 'bill_cancel:body:2', ARRAY[
  'アカウントを閉鎖し、今後の請求を停止していただけますでしょうか。',
  'できるだけ早くアカウントを完全に閉鎖したいと考えております。今後一切の請求が発生しないようお願いいたします。']),
('ja', 'bill_refund:subj', ARRAY[
  '返金のお願い',
  '請求書{inv}の返金について']),
('ja', 'bill_refund:body:1', ARRAY[
  '更新前に解約するのを失念しておりました。請求書{inv}（{amount}）の返金をお願いできますでしょうか。',
  '継続しないことはすでに決めていたのですが、解約手続きの前に年間更新の{amount}が請求されてしまいました。請求書{inv}について返金をご検討いただけますでしょうか。']),
-- zh
('zh', 'bill_invoice_copy:subj', ARRAY[
  '申请发票{inv}副本',
  '需要一份发票副本']),
('zh', 'bill_invoice_copy:body:1', ARRAY[
  '能否发一份发票{inv}的副本给我？财务那边找不到了。',
  '麻烦把发票{inv}的PDF版发给我们财务部。']),
('zh', 'bill_cancel:subj', ARRAY[
  '取消订阅',
  '申请取消{plan}订阅']),
('zh', 'bill_cancel:body:1', ARRAY[
  '我们希望在本计费周期结束时取消{plan}订阅，请确认。',
  '我们要换用别的工具了，请在当前计费周期结束时取消我们的订阅，并给我们一个确认。']),
('zh', 'bill_cancel:body:2', ARRAY[
  '请关闭我们的账户并停止以后的所有扣款。',
  '我们想尽快彻底关闭账户，以后不要再产生任何扣费。']),
-- ---- login and access
-- en
('en', 'login_sso:subj', ARRAY[
  'SSO login not working',
  'Cannot sign in with Okta',
  'SAML error when logging in',
  'Single sign-on broken for our team',
  'Login loop with Azure AD',
  'SSO problem in the mobile app']),
('en', 'login_sso:body:1', ARRAY[
  'Since this morning nobody in our company can log in through SSO. We get "Invalid SAML response" after the Okta redirect.',
  'Everyone who signs in with Okta gets "Invalid SAML response" as soon as the redirect brings them back to Kestrel. Nobody in our company has been able to log in since this morning.',
  'Okta SSO is broken for our whole company since this morning: after the redirect, Kestrel shows "Invalid SAML response" and nobody can log in.',
  'We get "Invalid SAML response" for every user right after the Okta redirect, so since this morning SSO login is impossible for our company.']),
('en', 'login_sso:body:2', ARRAY[
  'Our users are stuck in a login loop with Azure AD. After entering their credentials they end up back on the login page.',
  'Signing in through Azure AD goes in a loop: the credentials are accepted, then Kestrel sends our users straight back to the login page.',
  'Azure AD login keeps looping for our users. They enter their credentials, get redirected, and end up on the Kestrel login page again, over and over.']),
('en', 'login_sso:body:3', ARRAY[
  'SAML login fails with "Signature validation failed". We haven''t changed anything in our identity provider.',
  'Since {date} every SAML login ends with "Signature validation failed", although nobody changed anything in our identity provider.',
  'We haven''t touched our identity provider, yet SAML login now fails with the error "Signature validation failed". Did a certificate change on your side?']),
('en', 'login_sso:body:4', ARRAY[
  'Single sign-on stopped working for all of our users. Password login still works for admins.',
  'None of our users can log in with single sign-on anymore; only our admins still get in, with their password login.',
  'Our admins can still use password login, but single sign-on has stopped working for all other users in our workspace. Can you check what happened?']),
('en', 'login_sso:body:5', ARRAY[
  'On {os}, tapping "Sign in with SSO" in the Kestrel app opens the browser and we log in there, but the app never comes back and stays on the login screen.',
  'SSO login in the Kestrel mobile app is broken on {os}: the browser says the sign-in worked, but it never returns to the app, which is still on the login screen.',
  'Since updating to {os} we can''t use SSO in the Kestrel mobile app. After logging in in the browser, nothing brings us back to the app and it stays on the login screen.']),
('en', 'login_sso:body:6', ARRAY[
  'New employees who log in with SSO for the first time get "No Kestrel account found for this email". Shouldn''t their accounts be created automatically on first login?',
  'Automatic account creation through SSO doesn''t work anymore: new colleagues authenticate fine, then Kestrel says "No Kestrel account found for this email".',
  'First-time SSO users can''t get in. Kestrel shows "No Kestrel account found for this email" instead of creating their account automatically, like it did before.']),
('en', 'login_reset_email:subj', ARRAY[
  'Password reset email not arriving',
  'Not receiving reset link',
  'Forgot password - no email',
  'reset password email never comes',
  'Reset link expired',
  'Password reset not working']),
('en', 'login_reset_email:body:1', ARRAY[
  'I''ve requested a password reset three times but the email never arrives. I checked spam too.',
  'Can''t get into my account because the reset email doesn''t show up. Is something wrong on your side?',
  'I''ve asked for the password reset email three times now and it never arrives, not even in spam, so I can''t get into my account.',
  'The password reset email never shows up for me, and I''ve requested it three times and checked spam. Is something wrong on your side?']),
('en', 'login_reset_email:body:2', ARRAY[
  'The "forgot password" page says an email was sent, but nothing comes through. Other emails from you arrive fine.',
  'None of the password reset emails are reaching us. Our IT team says nothing is being blocked.',
  'Password reset emails aren''t reaching anyone at our company, although the "forgot password" page says they were sent. Other emails from Kestrel arrive fine and our IT team sees nothing blocked.',
  'Our IT team checked and nothing is being blocked, yet no password reset email ever comes through to us. All other emails from you arrive fine.']),
('en', 'login_reset_email:body:3', ARRAY[
  'The password reset email arrives, but when I click the link it says "This link has expired", even though I clicked it within a minute.',
  'I click the reset link a minute after the email arrives and get "This link has expired". I''ve tried three fresh links now.',
  'Every reset link we receive is already expired: the page says "This link has expired" although the email is only a minute old.']),
('en', 'login_reset_email:body:4', ARRAY[
  'The reset email does arrive, but it shows raw HTML code instead of a button, so there is no link I can click.',
  'Our password reset emails come through as raw HTML code: no "Reset password" button, no link, nothing to click.',
  'There is no clickable link in the password reset email, just a block of raw HTML code where the button should be.']),
('en', 'login_reset_email:body:5', ARRAY[
  'I reset my password through the email link and got "Password changed", but the login page still says my new password is incorrect.',
  'After setting a new password via the reset email, Kestrel confirms "Password changed", yet the login page rejects the new password as incorrect.',
  'The reset itself works and I see "Password changed", but then logging in with the new password fails: incorrect password. The old one doesn''t work either.']),
('en', 'login_reset_email:body:6', ARRAY[
  'When I enter my email on the "forgot password" page and click Send, I get {err} and no reset email goes out.',
  'The "forgot password" form fails with {err} as soon as I submit my email address, so I can''t even request a reset email.',
  'Submitting my email address on the "forgot password" page just shows {err}, and no reset email is sent.']),
('en', 'login_locked:subj', ARRAY[
  'Account locked',
  'Locked out of my account',
  'Too many login attempts',
  'Please unlock a user',
  'Account keeps getting locked']),
('en', 'login_locked:body:1', ARRAY[
  'My account got locked after too many attempts and now I can''t log in at all. Please unlock it.',
  'I tried my password too many times and now my account is locked, so I can''t log in at all. Could you unlock it?',
  'Could you please unlock my account? It got locked after too many login attempts and I can''t get in now.']),
('en', 'login_locked:body:2', ARRAY[
  'I''m locked out after entering the wrong password a few times. How long until I can try again?',
  'How long does the lockout last? I typed the wrong password a few times and now I''m locked out.',
  'After a few wrong password attempts I''m locked out. Do I just wait, and how long until I can try again?']),
('en', 'login_locked:body:3', ARRAY[
  'One of our users is locked out and the unlock email never came. Can you unlock the account?',
  'A colleague on our team is locked out and has been waiting for the unlock email, but it never came. Could you unlock her account for us?',
  'The unlock email for one of our locked-out users never arrived. Can you unlock that user''s account from your side?']),
('en', 'login_locked:body:4', ARRAY[
  'My account was locked this morning although I hadn''t tried to log in at all. Is someone else trying to get into my account?',
  'Failed login attempts locked my account this morning, but they weren''t mine: I hadn''t logged in since yesterday. Could someone be trying to get into it?',
  'Nobody here tried to log in, yet my account got locked for failed attempts. Is someone trying to get in? Please check where these login attempts came from.']),
('en', 'login_locked:body:5', ARRAY[
  'Our {integration} connection still uses the old password of our service account and keeps locking it every few hours. How do we stop this?',
  'Since we changed the password of our service account, the {integration} connection keeps retrying with the old one and the account gets locked again and again.',
  'The service account we use for {integration} is locked several times a day, because the connection keeps trying the old password.']),
('en', 'login_2fa_reset:subj', ARRAY[
  'Reset 2FA',
  'Lost my phone - need to disable two-factor',
  'Two-factor authentication reset',
  '2FA codes not accepted',
  'Need 2FA reset for a team member']),
('en', 'login_2fa_reset:body:1', ARRAY[
  'I got a new phone and lost access to my authenticator app. Can you reset two-factor authentication on my account?',
  'I can''t log in because my authenticator codes are on my old phone. Could you reset my 2FA?',
  'My authenticator app was on my old phone and I switched to a new one, so I can''t get the codes anymore. Please reset two-factor authentication on my account.',
  'New phone, and my authenticator app didn''t move over with it. Could you reset 2FA on my account so I can log in again?']),
('en', 'login_2fa_reset:body:2', ARRAY[
  'Please disable 2FA on my account so I can set it up again. My old phone was stolen.',
  'My phone was stolen, authenticator app included. Please disable two-factor on my account so I can set it up again, I''m worried someone could use it.',
  'Since my phone was stolen I have no 2FA codes. Please disable 2FA for my account right away; I''ll set it up again on the new phone.']),
('en', 'login_2fa_reset:body:3', ARRAY[
  'My authenticator app shows codes, but Kestrel rejects every one of them with "Invalid code". I still have the same phone.',
  'Kestrel keeps saying "Invalid code" when I enter the code from my authenticator app, even though I type it right away. Same phone as always.',
  'Every code from my authenticator app is rejected as "Invalid code". I haven''t changed phones, so why does Kestrel reject them?']),
('en', 'login_2fa_reset:body:4', ARRAY[
  'I use text messages for two-factor, but the SMS with the code never arrives, so I''m stuck on the verification screen.',
  'The 2FA code by SMS doesn''t arrive anymore. My phone number hasn''t changed and I''m stuck on the verification screen.',
  'No SMS arrives when Kestrel sends my verification code, so I''m stuck on the verification screen. Can you check the phone number on my account?']),
('en', 'login_2fa_reset:body:5', ARRAY[
  'One of our employees lost access to her authenticator app. As the admin of our account, can I reset her 2FA, or do you have to do it?',
  'I''m the admin of our account and a team member can''t log in because his 2FA device is gone. Please reset two-factor for this user, or tell me how an admin does it.',
  'A user in our account needs a 2FA reset, his authenticator app is gone. Can I do this as admin, or do you have to reset it for us?']),
('en', 'login_invite:subj', ARRAY[
  'Invite link expired',
  'New user can''t join our workspace',
  'Invitation not working',
  'Invitation email not received',
  'Can''t invite new users']),
('en', 'login_invite:body:1', ARRAY[
  'I invited a new colleague but the link in the invitation says it has expired. Can you resend it?',
  'The invitation link for our new colleague says it has expired, although I only sent it yesterday. Could you resend the invitation?',
  'Our new colleague opened the link in the invitation and was told it has expired. Can you resend it, or how do I?']),
('en', 'login_invite:body:2', ARRAY[
  'Our new team member clicks the invite link and gets "{err}". What should she do?',
  'Clicking the invite link gives our new team member {err} instead of the sign-up page. What should she do?',
  'A new team member of ours can''t accept the invitation: the invite link only shows {err}.']),
('en', 'login_invite:body:3', ARRAY[
  'The invitation email goes out, but when people accept it they end up in an empty workspace instead of ours.',
  'People we invite accept the invitation and land in a new, empty workspace instead of our team''s workspace.',
  'When new colleagues accept our invitation email, Kestrel puts them in an empty workspace rather than in ours.']),
('en', 'login_invite:body:4', ARRAY[
  'I sent an invitation to a new colleague, but the invitation email never arrived. She checked her spam folder too.',
  'Our new hire is still waiting for the invitation email from Kestrel. It never arrived, and her spam folder is empty as well.',
  'Our new colleague never got the invitation email I sent, and it isn''t in her spam folder either, although the user management page shows her as invited.']),
('en', 'login_invite:body:5', ARRAY[
  'The person I invited already has a Kestrel account from her previous employer, and accepting the invitation gives "This email already belongs to another workspace".',
  'Our new colleague can''t join because Kestrel says "This email already belongs to another workspace". He used Kestrel at his previous employer.',
  'Accepting our invitation fails with "This email already belongs to another workspace": the invited user still has a Kestrel account from a previous job.']),
('en', 'login_invite:body:6', ARRAY[
  'I can''t invite anyone: the "Invite user" button says we''ve reached our seat limit, but several seats on our {plan} plan are still free.',
  'Kestrel won''t let us invite new users and shows "Seat limit reached", although we still have free seats.',
  'We haven''t reached our seat limit, yet the "Invite user" button is disabled with "Seat limit reached". We need to invite new colleagues.']),
-- de
('de', 'login_sso:subj', ARRAY[
  'SSO-Anmeldung funktioniert nicht',
  'Fehler bei SAML-Login',
  'Anmeldeschleife mit Azure AD',
  'Single Sign-on geht nicht mehr']),
('de', 'login_sso:body:1', ARRAY[
  'Seit heute Morgen kann sich bei uns niemand mehr per SSO anmelden. Nach der Weiterleitung von Okta kommt "Invalid SAML response".',
  'Bei allen Kollegen erscheint direkt nach der Okta-Weiterleitung "Invalid SAML response". Seit heute Morgen kommt in unserem Unternehmen niemand mehr per SSO rein.']),
('de', 'login_sso:body:2', ARRAY[
  'Die Anmeldung über Azure AD endet in einer Schleife, man landet immer wieder auf der Login-Seite.',
  'Unsere Benutzer geben bei Azure AD ihre Zugangsdaten ein und werden danach wieder auf die Login-Seite von Kestrel geschickt, immer wieder.']),
('de', 'login_sso:body:3', ARRAY[
  'Die SAML-Anmeldung schlägt mit "Signature validation failed" fehl. An unserem Identity Provider haben wir nichts geändert.',
  'Seit dem {date} endet jeder SAML-Login mit "Signature validation failed", obwohl an unserem Identity Provider niemand etwas angefasst hat. Wurde bei Ihnen ein Zertifikat getauscht?']),
('de', 'login_sso:body:4', ARRAY[
  'Single Sign-on funktioniert für keinen unserer Benutzer mehr. Nur die Admins kommen noch mit ihrem Passwort rein.',
  'Unsere Admins können sich noch mit Passwort anmelden, aber für alle anderen Benutzer geht Single Sign-on nicht mehr. Können Sie prüfen, was da passiert ist?']),
('de', 'login_sso:body:5', ARRAY[
  'Unter {os} öffnet "Sign in with SSO" in der Kestrel-App den Browser, die Anmeldung klappt dort auch, aber die App kommt nie zurück und bleibt auf dem Login-Bildschirm.',
  'In der Kestrel-App auf {os} ist SSO kaputt: Im Browser steht, die Anmeldung war erfolgreich, aber es geht nicht zurück in die App, dort hängt weiter der Login-Bildschirm.']),
('de', 'login_sso:body:6', ARRAY[
  'Neue Mitarbeiter, die sich zum ersten Mal per SSO anmelden, bekommen "No Kestrel account found for this email". Sollten die Konten nicht beim ersten Login automatisch angelegt werden?',
  'Das automatische Anlegen von Konten über SSO funktioniert nicht mehr: Neue Kollegen authentifizieren sich problemlos, dann meldet Kestrel "No Kestrel account found for this email".']),
('de', 'login_reset_email:subj', ARRAY[
  'Keine E-Mail zum Zurücksetzen des Passworts',
  'Passwort-Reset kommt nicht an',
  'Link zum Zurücksetzen abgelaufen']),
('de', 'login_reset_email:body:1', ARRAY[
  'Ich habe dreimal ein neues Passwort angefordert, aber die E-Mail kommt nie an. Der Spam-Ordner ist leer.',
  'Ich komme nicht in mein Konto, weil die E-Mail zum Zurücksetzen nicht ankommt, auch nach drei Anfragen nicht, und im Spam ist nichts. Stimmt bei Ihnen etwas nicht?']),
('de', 'login_reset_email:body:2', ARRAY[
  'Die E-Mails zum Zurücksetzen des Passworts erreichen uns nicht. Andere E-Mails von Ihnen kommen an.',
  'Laut der Seite "Passwort vergessen" wurde die E-Mail verschickt, bei uns im Unternehmen kommt aber keine einzige an. Unsere IT blockiert nichts, und andere E-Mails von Kestrel erreichen uns problemlos.']),
('de', 'login_reset_email:body:3', ARRAY[
  'Die E-Mail zum Zurücksetzen kommt an, aber der Link meldet "This link has expired", obwohl ich ihn nach einer Minute angeklickt habe.',
  'Jeder Link zum Zurücksetzen ist schon abgelaufen: "This link has expired", dabei ist die E-Mail erst eine Minute alt. Drei neue Links habe ich schon probiert.']),
('de', 'login_reset_email:body:4', ARRAY[
  'Die E-Mail zum Zurücksetzen kommt zwar an, zeigt aber nur rohen HTML-Code statt eines Buttons. Es gibt also nichts zum Anklicken.',
  'In unseren E-Mails zum Zurücksetzen des Passworts steht nur HTML-Quelltext: kein "Reset password"-Button, kein Link.']),
('de', 'login_reset_email:body:5', ARRAY[
  'Ich habe mein Passwort über den Link in der E-Mail zurückgesetzt und "Password changed" bekommen, aber beim Login heißt es, das neue Passwort sei falsch.',
  'Das Zurücksetzen klappt und Kestrel bestätigt "Password changed", doch die Login-Seite lehnt das neue Passwort als falsch ab. Das alte geht auch nicht mehr.']),
('de', 'login_reset_email:body:6', ARRAY[
  'Wenn ich auf der Seite "Passwort vergessen" meine E-Mail-Adresse eingebe und auf Senden klicke, kommt {err} und es wird keine E-Mail verschickt.',
  'Das Formular "Passwort vergessen" bricht mit {err} ab, sobald ich meine E-Mail-Adresse abschicke. Ich kann also nicht einmal ein neues Passwort anfordern.']),
('de', 'login_locked:subj', ARRAY[
  'Konto gesperrt',
  'Ausgesperrt nach zu vielen Versuchen',
  'Bitte Benutzer entsperren']),
('de', 'login_locked:body:1', ARRAY[
  'Mein Konto wurde nach zu vielen Anmeldeversuchen gesperrt. Bitte entsperren Sie es.',
  'Ich habe mein Passwort zu oft eingegeben, jetzt ist mein Konto gesperrt und ich komme gar nicht mehr rein. Könnten Sie es entsperren?']),
('de', 'login_locked:body:2', ARRAY[
  'Ich habe mich ein paar Mal vertippt und bin jetzt ausgesperrt. Wie lange dauert die Sperre?',
  'Wie lange bleibt man nach ein paar falschen Passworteingaben gesperrt? Ich würde es gern bald wieder versuchen.']),
('de', 'login_locked:body:3', ARRAY[
  'Einer unserer Benutzer ist gesperrt und die E-Mail zum Entsperren ist nie angekommen. Können Sie das Konto entsperren?',
  'Eine Kollegin ist ausgesperrt und wartet vergeblich auf die Entsperr-E-Mail. Könnten Sie ihr Konto von Ihrer Seite aus entsperren?']),
('de', 'login_locked:body:4', ARRAY[
  'Mein Konto wurde heute Morgen gesperrt, obwohl ich gar nicht versucht habe, mich anzumelden. Versucht da jemand, in mein Konto zu kommen?',
  'Fehlgeschlagene Anmeldeversuche haben heute Morgen mein Konto gesperrt, aber die kamen nicht von mir. Versucht da jemand anderes reinzukommen?']),
('de', 'login_locked:body:5', ARRAY[
  'Unsere {integration}-Verbindung nutzt noch das alte Passwort unseres Servicekontos und sperrt es alle paar Stunden. Wie stellen wir das ab?',
  'Seit wir das Passwort des Servicekontos geändert haben, versucht es die {integration}-Verbindung weiter mit dem alten, und das Konto wird mehrmals am Tag gesperrt.']),
('de', 'login_2fa_reset:subj', ARRAY[
  '2FA zurücksetzen',
  'Neues Handy – Zwei-Faktor-Authentifizierung',
  '2FA-Code wird nicht akzeptiert']),
('de', 'login_2fa_reset:body:1', ARRAY[
  'Ich habe ein neues Handy und keinen Zugriff mehr auf meine Authenticator-App. Können Sie die Zwei-Faktor-Authentifizierung zurücksetzen?',
  'Meine Authenticator-Codes sind auf meinem alten Handy, deshalb komme ich nicht mehr rein. Könnten Sie die 2FA für mein Konto zurücksetzen?']),
('de', 'login_2fa_reset:body:2', ARRAY[
  'Bitte deaktivieren Sie 2FA für mein Konto, mein altes Telefon wurde gestohlen.',
  'Mir wurde das Handy samt Authenticator-App gestohlen. Bitte schalten Sie die Zwei-Faktor-Authentifizierung für mein Konto ab, damit ich sie neu einrichten kann.']),
('de', 'login_2fa_reset:body:3', ARRAY[
  'Meine Authenticator-App zeigt Codes an, aber Kestrel lehnt jeden mit "Invalid code" ab. Das Handy ist dasselbe wie immer.',
  'Jeder Code aus der Authenticator-App wird als "Invalid code" abgewiesen, obwohl ich ihn sofort eingebe. Ich habe das Handy nicht gewechselt.']),
('de', 'login_2fa_reset:body:4', ARRAY[
  'Ich nutze SMS für die Zwei-Faktor-Anmeldung, aber die SMS mit dem Code kommt nie an. Ich hänge auf dem Bestätigungsbildschirm fest.',
  'Der 2FA-Code per SMS kommt nicht mehr, obwohl sich meine Nummer nicht geändert hat. Ich komme nicht über den Bestätigungsbildschirm hinaus.']),
('de', 'login_2fa_reset:body:5', ARRAY[
  'Eine Mitarbeiterin hat keinen Zugriff mehr auf ihre Authenticator-App. Kann ich als Admin unseres Kontos ihre 2FA zurücksetzen, oder müssen Sie das machen?',
  'Ich bin Admin unseres Kontos; ein Kollege kommt nicht mehr rein, weil sein 2FA-Gerät weg ist. Bitte setzen Sie die Zwei-Faktor-Authentifizierung für ihn zurück oder sagen Sie mir, wie das als Admin geht.']),
-- fr
('fr', 'login_sso:subj', ARRAY[
  'Connexion SSO impossible',
  'Erreur SAML à la connexion',
  'Boucle de connexion avec Azure AD']),
('fr', 'login_sso:body:1', ARRAY[
  'Depuis ce matin, personne chez nous ne peut se connecter via SSO. Après la redirection Okta on obtient "Invalid SAML response".',
  'Tous nos utilisateurs tombent sur "Invalid SAML response" dès qu''Okta les redirige vers Kestrel. Depuis ce matin, plus personne dans l''entreprise n''arrive à se connecter en SSO.']),
('fr', 'login_sso:body:2', ARRAY[
  'La connexion via Azure AD tourne en boucle : on revient toujours sur la page de connexion.',
  'Nos utilisateurs saisissent leurs identifiants Azure AD, puis Kestrel les renvoie sur la page de connexion, encore et encore.']),
('fr', 'login_sso:body:3', ARRAY[
  'La connexion SAML échoue avec "Signature validation failed". Nous n''avons rien modifié côté fournisseur d''identité.',
  'Depuis le {date}, chaque connexion SAML se termine par "Signature validation failed", alors que personne n''a touché à notre fournisseur d''identité. Un certificat a-t-il changé chez vous ?']),
('fr', 'login_sso:body:4', ARRAY[
  'Le SSO ne fonctionne plus pour aucun de nos utilisateurs. Seuls les administrateurs peuvent encore se connecter avec leur mot de passe.',
  'Nos administrateurs arrivent encore à se connecter par mot de passe, mais l''authentification unique ne marche plus pour tous les autres utilisateurs. Pouvez-vous vérifier ce qui se passe ?']),
('fr', 'login_sso:body:5', ARRAY[
  'Sous {os}, le bouton "Sign in with SSO" de l''application Kestrel ouvre le navigateur et la connexion y réussit, mais on ne revient jamais dans l''app, qui reste sur l''écran de connexion.',
  'Le SSO est cassé dans l''application mobile Kestrel sur {os} : le navigateur indique que la connexion a réussi, mais rien ne nous ramène dans l''app.']),
('fr', 'login_sso:body:6', ARRAY[
  'Les nouveaux collaborateurs qui se connectent pour la première fois en SSO obtiennent "No Kestrel account found for this email". Les comptes ne devraient-ils pas être créés automatiquement ?',
  'La création automatique des comptes via SSO ne marche plus : nos nouveaux collègues s''authentifient sans problème, puis Kestrel affiche "No Kestrel account found for this email".']),
('fr', 'login_reset_email:subj', ARRAY[
  'E-mail de réinitialisation non reçu',
  'Mot de passe oublié : aucun e-mail',
  'Lien de réinitialisation expiré']),
('fr', 'login_reset_email:body:1', ARRAY[
  'J''ai demandé trois fois la réinitialisation du mot de passe mais l''e-mail n''arrive jamais. Rien dans les spams.',
  'Je n''arrive pas à accéder à mon compte car l''e-mail de réinitialisation ne vient pas, malgré trois demandes, et rien dans les spams. Y a-t-il un problème de votre côté ?']),
('fr', 'login_reset_email:body:2', ARRAY[
  'Les e-mails de réinitialisation ne nous parviennent pas, alors que vos autres e-mails arrivent bien.',
  'La page "Mot de passe oublié" indique que l''e-mail est parti, mais personne chez nous ne le reçoit. Notre service informatique ne bloque rien et vos autres e-mails arrivent normalement.']),
('fr', 'login_reset_email:body:3', ARRAY[
  'Je reçois bien l''e-mail de réinitialisation, mais le lien affiche "This link has expired" alors que je clique dessus au bout d''une minute.',
  'Tous les liens de réinitialisation sont déjà expirés : "This link has expired", alors que l''e-mail date d''une minute. J''ai essayé trois nouveaux liens.']),
('fr', 'login_reset_email:body:4', ARRAY[
  'L''e-mail de réinitialisation arrive, mais il n''affiche que du code HTML brut au lieu d''un bouton : rien sur quoi cliquer.',
  'Nos e-mails de réinitialisation du mot de passe s''affichent en code HTML brut, sans bouton "Reset password" ni lien cliquable.']),
('fr', 'login_reset_email:body:5', ARRAY[
  'J''ai réinitialisé mon mot de passe via le lien de l''e-mail et j''ai eu "Password changed", mais la page de connexion dit que le nouveau mot de passe est incorrect.',
  'La réinitialisation fonctionne, Kestrel confirme "Password changed", puis la connexion refuse mon nouveau mot de passe comme incorrect. L''ancien ne marche plus non plus.']),
('fr', 'login_reset_email:body:6', ARRAY[
  'Quand je saisis mon adresse e-mail sur la page "Mot de passe oublié" et que je clique sur Envoyer, j''obtiens {err} et aucun e-mail ne part.',
  'Le formulaire "Mot de passe oublié" plante avec {err} dès que j''envoie mon adresse e-mail, je ne peux même pas demander la réinitialisation.']),
('fr', 'login_locked:subj', ARRAY[
  'Compte bloqué',
  'Trop de tentatives de connexion']),
('fr', 'login_locked:body:1', ARRAY[
  'Mon compte a été bloqué après plusieurs tentatives de connexion. Pouvez-vous le débloquer ?',
  'J''ai saisi mon mot de passe trop de fois, mon compte est maintenant bloqué et je ne peux plus me connecter du tout. Merci de le débloquer.']),
('fr', 'login_locked:body:2', ARRAY[
  'Je suis bloqué après quelques erreurs de mot de passe. Combien de temps dure le blocage ?',
  'Combien de temps faut-il attendre avant de réessayer ? Je me suis trompé de mot de passe quelques fois et me voilà bloqué.']),
('fr', 'login_locked:body:3', ARRAY[
  'Un de nos utilisateurs est bloqué et l''e-mail de déblocage n''est jamais arrivé. Pouvez-vous débloquer son compte ?',
  'Une collègue est bloquée et attend toujours l''e-mail de déblocage, qui n''arrive pas. Pourriez-vous débloquer son compte de votre côté ?']),
('fr', 'login_locked:body:4', ARRAY[
  'Mon compte a été bloqué ce matin alors que je n''avais même pas essayé de me connecter. Quelqu''un essaie-t-il d''accéder à mon compte ?',
  'Des tentatives de connexion échouées ont bloqué mon compte ce matin, mais ce n''était pas moi. Est-ce que quelqu''un essaie d''y entrer ?']),
('fr', 'login_locked:body:5', ARRAY[
  'Notre connexion {integration} utilise encore l''ancien mot de passe de notre compte de service et le bloque toutes les quelques heures. Comment arrêter ça ?',
  'Depuis que nous avons changé le mot de passe du compte de service, la connexion {integration} réessaie avec l''ancien et le compte se bloque plusieurs fois par jour.']),
('fr', 'login_2fa_reset:subj', ARRAY[
  'Réinitialiser la double authentification',
  'Nouveau téléphone – 2FA',
  'Code 2FA refusé']),
('fr', 'login_2fa_reset:body:1', ARRAY[
  'J''ai changé de téléphone et je n''ai plus accès à mon application d''authentification. Pouvez-vous réinitialiser la 2FA ?',
  'Mes codes d''authentification sont restés sur mon ancien téléphone, donc je ne peux plus me connecter. Pourriez-vous réinitialiser la double authentification de mon compte ?']),
('fr', 'login_2fa_reset:body:2', ARRAY[
  'Merci de désactiver la double authentification sur mon compte, mon ancien téléphone a été volé.',
  'On m''a volé mon téléphone, avec l''application d''authentification dessus. Pouvez-vous désactiver la 2FA sur mon compte pour que je la reconfigure ? Je crains qu''on s''en serve.']),
('fr', 'login_2fa_reset:body:3', ARRAY[
  'Mon application d''authentification affiche bien des codes, mais Kestrel les refuse tous avec "Invalid code". C''est toujours le même téléphone.',
  'Chaque code de l''application d''authentification est rejeté ("Invalid code"), même quand je le saisis tout de suite. Je n''ai pas changé de téléphone.']),
('fr', 'login_2fa_reset:body:4', ARRAY[
  'J''utilise les SMS pour la double authentification, mais le SMS avec le code n''arrive jamais et je reste bloqué sur l''écran de vérification.',
  'Le code 2FA par SMS n''arrive plus, alors que mon numéro n''a pas changé. Impossible de dépasser l''écran de vérification.']),
('fr', 'login_2fa_reset:body:5', ARRAY[
  'Une de nos employées n''a plus accès à son application d''authentification. En tant qu''administrateur de notre compte, puis-je réinitialiser sa 2FA, ou devez-vous le faire ?',
  'Je suis administrateur de notre compte et un collègue ne peut plus se connecter car il n''a plus son appareil 2FA. Merci de réinitialiser sa double authentification, ou de m''indiquer comment le faire moi-même.']),
-- es
('es', 'login_sso:subj', ARRAY[
  'El inicio de sesión SSO no funciona',
  'Error SAML al iniciar sesión',
  'Bucle al entrar con Azure AD']),
('es', 'login_sso:body:1', ARRAY[
  'Desde esta mañana nadie en la empresa puede entrar con SSO. Tras la redirección de Okta aparece "Invalid SAML response".',
  'A todos nuestros usuarios les sale "Invalid SAML response" justo después de que Okta los redirige a Kestrel. Desde esta mañana nadie en la empresa consigue entrar por SSO.']),
('es', 'login_sso:body:2', ARRAY[
  'El acceso con Azure AD entra en un bucle y siempre vuelve a la página de inicio de sesión.',
  'Nuestros usuarios ponen sus credenciales en Azure AD y Kestrel los devuelve a la página de inicio de sesión una y otra vez.']),
('es', 'login_sso:body:3', ARRAY[
  'El inicio de sesión SAML falla con "Signature validation failed". No hemos cambiado nada en nuestro proveedor de identidad.',
  'Desde el {date} cada inicio de sesión SAML termina en "Signature validation failed", y nadie ha tocado nuestro proveedor de identidad. ¿Cambiaron algún certificado por su parte?']),
('es', 'login_sso:body:4', ARRAY[
  'El inicio de sesión único dejó de funcionar para todos nuestros usuarios. Los administradores todavía pueden entrar con contraseña.',
  'Solo nuestros administradores consiguen entrar, con su contraseña; para el resto de usuarios el SSO ya no funciona. ¿Pueden revisar qué pasó?']),
('es', 'login_sso:body:5', ARRAY[
  'En {os}, al tocar "Sign in with SSO" en la app de Kestrel se abre el navegador e iniciamos sesión allí, pero la app nunca vuelve y se queda en la pantalla de inicio de sesión.',
  'El SSO en la app móvil de Kestrel no funciona en {os}: el navegador dice que el inicio de sesión fue correcto, pero nunca regresa a la app.']),
('es', 'login_sso:body:6', ARRAY[
  'Los empleados nuevos que entran por SSO por primera vez reciben "No Kestrel account found for this email". ¿No se deberían crear sus cuentas automáticamente?',
  'La creación automática de cuentas por SSO ya no funciona: los compañeros nuevos se autentican sin problema y luego Kestrel muestra "No Kestrel account found for this email".']),
('es', 'login_reset_email:subj', ARRAY[
  'No llega el correo para restablecer la contraseña',
  'El enlace para restablecer la contraseña ha caducado']),
('es', 'login_reset_email:body:1', ARRAY[
  'He pedido restablecer la contraseña tres veces y el correo nunca llega. Tampoco está en spam.',
  'No puedo entrar en mi cuenta porque el correo para restablecer la contraseña no aparece, ni después de pedirlo tres veces ni en spam. ¿Hay algún problema por su parte?']),
('es', 'login_reset_email:body:2', ARRAY[
  'Los correos de restablecimiento de contraseña no nos llegan, aunque el resto de sus correos sí.',
  'La página "Olvidé mi contraseña" dice que el correo se envió, pero en la empresa no le llega a nadie. Nuestro equipo de TI no bloquea nada y los demás correos de Kestrel llegan bien.']),
('es', 'login_reset_email:body:3', ARRAY[
  'El correo para restablecer la contraseña llega, pero al hacer clic en el enlace dice "This link has expired", aunque lo abrí al minuto.',
  'Todos los enlaces de restablecimiento ya están caducados: sale "This link has expired" aunque el correo tiene un minuto. Ya probé con tres enlaces nuevos.']),
('es', 'login_reset_email:body:4', ARRAY[
  'El correo de restablecimiento llega, pero muestra código HTML sin formato en lugar de un botón, así que no hay ningún enlace para hacer clic.',
  'Nuestros correos para restablecer la contraseña llegan como código HTML en bruto: ni botón "Reset password" ni enlace.']),
('es', 'login_reset_email:body:5', ARRAY[
  'Restablecí la contraseña con el enlace del correo y me salió "Password changed", pero al iniciar sesión dice que la nueva contraseña es incorrecta.',
  'El restablecimiento funciona y Kestrel confirma "Password changed", pero luego la página de inicio de sesión rechaza la nueva contraseña por incorrecta. La antigua tampoco sirve.']),
('es', 'login_reset_email:body:6', ARRAY[
  'Cuando escribo mi correo en la página "Olvidé mi contraseña" y hago clic en Enviar, aparece {err} y no se envía ningún correo.',
  'El formulario "Olvidé mi contraseña" falla con {err} en cuanto envío mi dirección de correo, así que ni siquiera puedo pedir el restablecimiento.']),
('es', 'login_2fa_reset:subj', ARRAY[
  'Restablecer 2FA',
  'Móvil nuevo - autenticación en dos pasos']),
('es', 'login_2fa_reset:body:1', ARRAY[
  'Cambié de móvil y ya no tengo acceso a la app de autenticación. ¿Pueden restablecer la verificación en dos pasos?',
  'Los códigos de mi app de autenticación se quedaron en el móvil viejo y no puedo entrar. ¿Me pueden restablecer el 2FA de la cuenta?']),
('es', 'login_2fa_reset:body:2', ARRAY[
  'Por favor, desactiven el 2FA de mi cuenta; me robaron el teléfono.',
  'Me robaron el móvil con la app de autenticación dentro. ¿Pueden desactivar la verificación en dos pasos de mi cuenta para configurarla de nuevo? Me preocupa que alguien la use.']),
('es', 'login_2fa_reset:body:3', ARRAY[
  'Mi app de autenticación muestra códigos, pero Kestrel los rechaza todos con "Invalid code". Sigo con el mismo móvil.',
  'Cada código de la app de autenticación sale como "Invalid code", aunque lo escribo enseguida. No he cambiado de móvil.']),
('es', 'login_2fa_reset:body:4', ARRAY[
  'Uso SMS para la verificación en dos pasos, pero el SMS con el código nunca llega y me quedo atascado en la pantalla de verificación.',
  'Ya no me llega el código 2FA por SMS, y mi número no ha cambiado. No paso de la pantalla de verificación.']),
('es', 'login_2fa_reset:body:5', ARRAY[
  'Una empleada ya no tiene acceso a su app de autenticación. Como administrador de nuestra cuenta, ¿puedo restablecer su 2FA o tienen que hacerlo ustedes?',
  'Soy el administrador de nuestra cuenta y un compañero no puede entrar porque ya no tiene su dispositivo 2FA. Por favor, restablezcan la verificación en dos pasos de ese usuario o díganme cómo hacerlo yo.']),
-- pt
('pt', 'login_sso:subj', ARRAY[
  'Login por SSO não funciona',
  'Erro de SAML no login']),
('pt', 'login_sso:body:1', ARRAY[
  'Desde hoje de manhã ninguém da empresa consegue entrar via SSO. Depois do redirecionamento do Okta aparece "Invalid SAML response".',
  'Todo mundo que entra pelo Okta recebe "Invalid SAML response" logo depois do redirecionamento para a Kestrel. Desde hoje de manhã ninguém da empresa consegue fazer login via SSO.']),
('pt', 'login_sso:body:2', ARRAY[
  'O login com Azure AD fica em loop e sempre volta para a página de login.',
  'Nossos usuários colocam as credenciais no Azure AD e a Kestrel manda eles de volta para a página de login, sem parar.']),
('pt', 'login_sso:body:3', ARRAY[
  'O login SAML falha com "Signature validation failed". Não mudamos nada no nosso provedor de identidade.',
  'Desde {date} todo login SAML termina em "Signature validation failed", e ninguém mexeu no nosso provedor de identidade. Vocês trocaram algum certificado?']),
('pt', 'login_sso:body:4', ARRAY[
  'O login único (SSO) parou de funcionar para todos os nossos usuários. Os administradores ainda conseguem entrar com senha.',
  'Só os nossos administradores conseguem entrar, usando senha; para todos os outros usuários o SSO não funciona mais. Podem verificar o que houve?']),
('pt', 'login_sso:body:5', ARRAY[
  'No {os}, ao tocar em "Sign in with SSO" no app da Kestrel, o navegador abre e o login funciona lá, mas o app nunca volta e fica na tela de login.',
  'O SSO no app móvel da Kestrel está quebrado no {os}: o navegador diz que o login deu certo, mas nunca volta para o app.']),
('pt', 'login_sso:body:6', ARRAY[
  'Funcionários novos que entram pela primeira vez via SSO recebem "No Kestrel account found for this email". As contas não deveriam ser criadas automaticamente?',
  'A criação automática de contas via SSO parou de funcionar: os colegas novos se autenticam normalmente e depois a Kestrel mostra "No Kestrel account found for this email".']),
('pt', 'login_reset_email:subj', ARRAY[
  'E-mail de redefinição de senha não chega',
  'Link de redefinição de senha expirado']),
('pt', 'login_reset_email:body:1', ARRAY[
  'Pedi a redefinição de senha três vezes e o e-mail nunca chega. Já olhei o spam.',
  'Não consigo entrar na minha conta porque o e-mail de redefinição de senha não aparece, nem depois de três pedidos, e no spam também não. Tem algum problema do lado de vocês?']),
('pt', 'login_reset_email:body:2', ARRAY[
  'Os e-mails de redefinição de senha não estão chegando, mas os outros e-mails de vocês chegam normalmente.',
  'A página "Esqueci minha senha" diz que o e-mail foi enviado, mas ninguém aqui da empresa recebe. Nossa equipe de TI diz que nada está sendo bloqueado, e os outros e-mails da Kestrel chegam normalmente.']),
('pt', 'login_reset_email:body:3', ARRAY[
  'O e-mail de redefinição chega, mas quando clico no link aparece "This link has expired", mesmo clicando um minuto depois.',
  'Todo link de redefinição de senha já chega expirado: aparece "This link has expired" com um e-mail de um minuto atrás. Já tentei três links novos.']),
('pt', 'login_reset_email:body:4', ARRAY[
  'O e-mail de redefinição chega, mas mostra código HTML puro em vez de um botão, então não tem link para clicar.',
  'Nossos e-mails de redefinição de senha chegam como código HTML cru: sem botão "Reset password", sem link nenhum.']),
('pt', 'login_reset_email:body:5', ARRAY[
  'Redefini minha senha pelo link do e-mail e apareceu "Password changed", mas na tela de login diz que a nova senha está incorreta.',
  'A redefinição funciona e a Kestrel confirma "Password changed", mas depois o login recusa a nova senha como incorreta. A antiga também não funciona.']),
('pt', 'login_reset_email:body:6', ARRAY[
  'Quando coloco meu e-mail na página "Esqueci minha senha" e clico em Enviar, aparece {err} e nenhum e-mail é enviado.',
  'O formulário "Esqueci minha senha" dá {err} assim que envio meu endereço de e-mail, então nem consigo pedir a redefinição.']),
('pt', 'login_2fa_reset:subj', ARRAY[
  'Redefinir 2FA',
  'Celular novo - autenticação em dois fatores']),
('pt', 'login_2fa_reset:body:1', ARRAY[
  'Troquei de celular e perdi o acesso ao app autenticador. Vocês podem redefinir a autenticação em dois fatores?',
  'Os códigos do meu app autenticador ficaram no celular antigo e não consigo entrar. Podem redefinir o 2FA da minha conta?']),
('pt', 'login_2fa_reset:body:2', ARRAY[
  'Por favor, desativem o 2FA da minha conta; meu celular antigo foi roubado.',
  'Roubaram meu celular, com o app autenticador junto. Vocês podem desativar a autenticação em dois fatores da minha conta para eu configurar de novo? Tenho medo de que alguém use.']),
('pt', 'login_2fa_reset:body:3', ARRAY[
  'Meu app autenticador mostra os códigos, mas a Kestrel recusa todos com "Invalid code". Continuo com o mesmo celular.',
  'Todo código do app autenticador dá "Invalid code", mesmo digitando na hora. Não troquei de celular.']),
('pt', 'login_2fa_reset:body:4', ARRAY[
  'Uso SMS na autenticação em dois fatores, mas o SMS com o código nunca chega e fico preso na tela de verificação.',
  'O código 2FA por SMS parou de chegar, e meu número não mudou. Não passo da tela de verificação.']),
('pt', 'login_2fa_reset:body:5', ARRAY[
  'Uma funcionária perdeu o acesso ao app autenticador. Como administrador da nossa conta, eu consigo redefinir o 2FA dela ou vocês precisam fazer isso?',
  'Sou administrador da nossa conta e um colega não consegue entrar porque perdeu o dispositivo do 2FA. Por favor, redefinam a autenticação em dois fatores dele ou me digam como fazer isso como admin.']),
-- ja
('ja', 'login_sso:subj', ARRAY[
  'SSOでログインできません',
  'SAMLエラーでログインできない',
  'Azure ADのログインがループする']),
('ja', 'login_sso:body:1', ARRAY[
  '今朝から社内の全員がSSOでログインできません。Oktaからのリダイレクト後に「Invalid SAML response」と表示されます。',
  'Oktaでサインインすると、Kestrelに戻った時点で「Invalid SAML response」のエラーになります。今朝から全社でSSOログインができない状態です。']),
('ja', 'login_sso:body:2', ARRAY[
  'Azure ADでのログインがループしてしまいます。認証情報を入力しても、またログイン画面に戻されます。',
  '弊社のユーザーがAzure ADで認証情報を入力すると、Kestrelのログイン画面に何度も戻ってしまい、ログインできません。']),
('ja', 'login_sso:body:3', ARRAY[
  'SAMLログインが「Signature validation failed」で失敗します。IdP側の設定は何も変更していません。',
  '{date}から、SAMLでログインするたびに「Signature validation failed」と表示されます。IdPの設定は誰も触っていないのですが、そちらで証明書が変わったのでしょうか。']),
('ja', 'login_sso:body:4', ARRAY[
  'シングルサインオンが全ユーザーで使えなくなりました。管理者だけはパスワードでログインできています。',
  'パスワードでログインできる管理者以外、誰もシングルサインオンでログインできなくなっています。原因を確認していただけますか。']),
('ja', 'login_sso:body:5', ARRAY[
  '{os}でKestrelアプリの「Sign in with SSO」をタップするとブラウザが開き、ログインは完了するのですが、アプリに戻らずログイン画面のままです。',
  '{os}のKestrelモバイルアプリでSSOが使えません。ブラウザではサインイン成功と出るのに、アプリに戻ってきません。']),
('ja', 'login_sso:body:6', ARRAY[
  '新入社員が初めてSSOでログインすると「No Kestrel account found for this email」と表示されます。初回ログイン時にアカウントは自動作成されるのではないのでしょうか。',
  'SSO経由のアカウント自動作成が機能しなくなりました。新しいメンバーは認証自体は通るのに、Kestrelで「No Kestrel account found for this email」と出てしまいます。']),
('ja', 'login_reset_email:subj', ARRAY[
  'パスワード再設定メールが届きません',
  'パスワード再設定のリンクが期限切れになる']),
('ja', 'login_reset_email:body:1', ARRAY[
  'パスワードの再設定を3回申請しましたが、メールが届きません。迷惑メールフォルダも確認しました。',
  '再設定メールが届かないため、アカウントにログインできません。3回申請して迷惑メールも見ましたが見当たりません。そちらで何か問題が起きていませんか。']),
('ja', 'login_reset_email:body:2', ARRAY[
  'パスワード再設定のメールだけが届きません。他のメールは問題なく受信できています。',
  '「パスワードをお忘れですか」の画面では送信済みと出るのに、社内の誰にも再設定メールが届きません。社内のIT担当はブロックしていないとのことで、Kestrelからの他のメールは届いています。']),
('ja', 'login_reset_email:body:3', ARRAY[
  '再設定メールは届くのですが、リンクを開くと「This link has expired」と表示されます。受信して1分以内にクリックしています。',
  '届いたばかりの再設定リンクがすべて期限切れ扱いになり、「This link has expired」と出ます。新しいリンクも3回試しました。']),
('ja', 'login_reset_email:body:4', ARRAY[
  '再設定メールは届きますが、ボタンの代わりにHTMLのソースがそのまま表示され、クリックできるリンクがありません。',
  'パスワード再設定メールが生のHTMLコードで表示され、「Reset password」ボタンもリンクもありません。']),
('ja', 'login_reset_email:body:5', ARRAY[
  'メールのリンクからパスワードを再設定して「Password changed」と表示されたのに、ログイン画面では新しいパスワードが間違っていると言われます。',
  '再設定自体は成功して「Password changed」と出ますが、新しいパスワードでログインすると誤りとして拒否されます。古いパスワードも使えません。']),
('ja', 'login_reset_email:body:6', ARRAY[
  '「パスワードをお忘れですか」の画面でメールアドレスを入力して送信すると{err}が表示され、メールが送られません。',
  'パスワード再設定のフォームでメールアドレスを送信した途端に{err}になるため、再設定の申請すらできません。']),
('ja', 'login_2fa_reset:subj', ARRAY[
  '二段階認証のリセット',
  '二段階認証のコードが通らない']),
('ja', 'login_2fa_reset:body:1', ARRAY[
  '機種変更により認証アプリにアクセスできなくなりました。二段階認証をリセットしていただけますか。',
  '認証アプリのコードが古いスマートフォンに残ったままで、ログインできません。アカウントの二段階認証をリセットしてください。']),
('ja', 'login_2fa_reset:body:2', ARRAY[
  'スマートフォンが盗難に遭いました。設定し直したいので、私のアカウントの二段階認証を無効にしていただけますか。',
  '認証アプリの入ったスマホを盗まれてしまいました。悪用されないか心配なので、すぐに2FAを解除してください。新しい端末で設定し直します。']),
('ja', 'login_2fa_reset:body:3', ARRAY[
  '認証アプリにはコードが表示されるのですが、Kestrelで入力するとすべて「Invalid code」で弾かれます。端末は変えていません。',
  '認証アプリのコードをすぐに入力しても、毎回「Invalid code」になります。スマホはずっと同じものです。']),
('ja', 'login_2fa_reset:body:4', ARRAY[
  '二段階認証にSMSを使っていますが、コードのSMSが届かず、確認画面から先に進めません。',
  'SMSで届くはずの2FAコードが来なくなりました。電話番号は変わっていないのに、確認画面で止まっています。']),
('ja', 'login_2fa_reset:body:5', ARRAY[
  '社員の一人が認証アプリを使えなくなりました。弊社アカウントの管理者として、その社員の2FAを私がリセットできますか。それともそちらでの対応が必要でしょうか。',
  '弊社アカウントの管理者です。メンバーの2FA用の端末がなくなりログインできないため、このユーザーの二段階認証をリセットしていただくか、管理者側での手順を教えてください。']),
-- zh
('zh', 'login_reset_email:subj', ARRAY[
  '收不到重置密码的邮件',
  '重置密码的链接已过期']),
('zh', 'login_reset_email:body:1', ARRAY[
  '我已经申请了三次重置密码，但一直收不到邮件，垃圾邮件里也没有。',
  '重置密码的邮件一直没收到，我登录不了账户。已经申请了三次，垃圾邮件也查过了，是不是你们那边出了问题？']),
('zh', 'login_reset_email:body:2', ARRAY[
  '我们公司所有人都收不到重置密码的邮件，但你们的其他邮件都能正常收到。',
  '“忘记密码”页面显示邮件已发送，可公司里没有一个人收到重置邮件。我们IT部门说没有拦截任何邮件，Kestrel的其他邮件也都正常。']),
('zh', 'login_reset_email:body:3', ARRAY[
  '重置密码的邮件收到了，但点开链接就显示“This link has expired”，我明明一分钟内就点了。',
  '每个重置链接都是一收到就过期，提示“This link has expired”。我已经试了三个新链接。']),
('zh', 'login_reset_email:body:4', ARRAY[
  '重置邮件能收到，但显示的是原始HTML代码，没有按钮，也没有可以点的链接。',
  '我们收到的重置密码邮件全是HTML源码，看不到“Reset password”按钮，也没有链接。']),
('zh', 'login_reset_email:body:5', ARRAY[
  '我通过邮件里的链接重置了密码，也显示了“Password changed”，但登录时还是提示新密码不正确。',
  '重置本身成功了，Kestrel提示“Password changed”，可用新密码登录却被拒绝，说密码错误，旧密码也不行。']),
('zh', 'login_reset_email:body:6', ARRAY[
  '在“忘记密码”页面输入邮箱并点击发送后，出现{err}，也没有发出重置邮件。',
  '“忘记密码”表单一提交邮箱地址就报{err}，我连重置申请都提交不了。']),
('zh', 'login_2fa_reset:subj', ARRAY[
  '重置两步验证',
  '两步验证码无效']),
('zh', 'login_2fa_reset:body:1', ARRAY[
  '我换了新手机，无法再使用身份验证器。请帮我重置两步验证。',
  '我的验证码都在旧手机的身份验证器里，现在登录不了。能帮我把账户的两步验证重置一下吗？']),
('zh', 'login_2fa_reset:body:2', ARRAY[
  '我的手机被偷了，请关闭我账户的两步验证，我好重新设置。',
  '装着身份验证器的手机被偷了，担心被人利用。请尽快停用我账户的两步验证，我会在新手机上重新设置。']),
('zh', 'login_2fa_reset:body:3', ARRAY[
  '身份验证器里能看到验证码，但在Kestrel里输入每次都提示“Invalid code”。手机一直没换。',
  '身份验证器的验证码我马上输入，也总是显示“Invalid code”。我用的还是原来的手机。']),
('zh', 'login_2fa_reset:body:4', ARRAY[
  '我的两步验证用的是短信，但验证码短信一直收不到，卡在验证页面上。',
  '两步验证的短信验证码收不到了，手机号也没变，一直停在验证页面。']),
('zh', 'login_2fa_reset:body:5', ARRAY[
  '我们有位员工无法使用身份验证器了。我是公司账户的管理员，我可以自己重置她的两步验证吗？还是需要你们来处理？',
  '我是我们账户的管理员，一位同事的两步验证设备丢了，登录不了。请帮这个用户重置两步验证，或者告诉我管理员怎么操作。']),
-- ---- bugs and integrations
-- en
('en', 'bug_report_blank:subj', ARRAY[
  '{feature} not loading',
  'Blank page on the {feature}',
  'Dashboard stuck on spinner',
  '{feature} shows nothing since the update',
  'Page won''t load',
  'Empty page for non-admin users',
  '{report} report shows no data',
  'Page goes blank after changing the date range']),
('en', 'bug_report_blank:body:1', ARRAY[
  'Since yesterday the {feature} only shows a spinner and never loads. I tried Chrome and Firefox, same result.',
  'Our {feature} keeps loading forever. Reloading and clearing the cache didn''t help.',
  'The {feature} doesn''t load anymore for anyone on our team. It worked fine last week.',
  'Since yesterday the {feature} keeps loading forever for everyone on our team, the spinner never goes away. Clearing the cache and trying Chrome and Firefox didn''t help, and it worked fine last week.']),
('en', 'bug_report_blank:body:2', ARRAY[
  'When I open the {feature} I get a completely blank page. The browser console shows {err}.',
  'The {feature} comes up as a completely blank white page for me, no menu, nothing. In the browser console I see {err}.',
  'Opening the {feature} gives me a blank page every time, and the console shows {err}.',
  'Completely blank page when I open the {feature}. The browser console logs {err} right away.']),
('en', 'bug_report_blank:body:3', ARRAY[
  'The {feature} works for admins, but our members without admin rights only see an empty page. No error is shown.',
  'Only our admins can see the {feature}. For regular members the page stays empty, without any error message.',
  'Team members who aren''t admins get an empty {feature}, while admins see everything as usual. There''s no error, the page is just empty.']),
('en', 'bug_report_blank:body:4', ARRAY[
  'The {report} report says "No data for this period" although we have plenty of entries for last month.',
  'Our {report} report comes up empty with "No data for this period", even though there are entries for that period.',
  'Running the {report} report for last month gives "No data for this period", but the entries are definitely there.']),
('en', 'bug_report_blank:body:5', ARRAY[
  'As soon as I pick a custom date range on the {feature}, the whole page goes blank and I have to reload.',
  'The {feature} goes blank whenever I pick a custom date range. Preset ranges like "Last 30 days" work fine.',
  'Selecting a custom date range in the {feature} makes the whole page go blank until I reload. The preset ranges work.']),
('en', 'bug_export_fail:subj', ARRAY[
  'Export fails with error',
  'CSV export broken',
  'Error when exporting {report} report',
  'Cannot download export',
  'Export email never arrives',
  'Export cut off at 10,000 rows',
  'Broken characters in CSV export']),
('en', 'bug_export_fail:body:1', ARRAY[
  'Exporting the {report} report fails with {err}. Smaller date ranges work, but a full year fails every time.',
  'The export of the {report} report only works for small date ranges. For a full year it fails every time with {err}.',
  'When I export the {report} report for a full year I get {err}. With a smaller date range, like one month, the export works.']),
('en', 'bug_export_fail:body:2', ARRAY[
  'The CSV export button gives an error ({err}) since this week.',
  'Since this week, clicking the CSV export button gives {err} right away, even for a list with only a few rows.',
  'Every click on the CSV export button ends in {err}. This started this week, before that the button worked fine.']),
('en', 'bug_export_fail:body:3', ARRAY[
  'When I try to download the {report} report I just get an error page. We need the numbers for a board meeting.',
  'Clicking "Download" on the {report} report opens an error page instead of the file, whatever period I choose. We need these numbers for our board meeting.',
  'We can''t download the {report} report anymore, it just shows an error page. Our board meeting is coming up and we need the numbers.']),
('en', 'bug_export_fail:body:4', ARRAY[
  'Exports have been failing for us since the last release. The file never arrives by email either.',
  'Since the last release our exports don''t come through: Kestrel says the file will be sent by email, but the email never arrives.',
  'We start an export, get the message that the file will arrive by email, and then nothing. Exports have been failing like this since the last release.']),
('en', 'bug_export_fail:body:5', ARRAY[
  'The export from the {feature} stops at exactly 10,000 rows, but we have more than {n} records.',
  'Our CSV export of the {feature} always stops at 10,000 rows, although there are {n} records.',
  'Exporting the {feature} only gives us the first 10,000 rows. The remaining records are missing from the export file.']),
('en', 'bug_export_fail:body:6', ARRAY[
  'In the CSV export of the {feature}, names with accents or umlauts come out as garbled characters like "MÃ¼ller".',
  'Special characters in names are garbled in the CSV file exported from the {feature}: "Müller" turns into "MÃ¼ller" when we open the export in a spreadsheet.',
  'When we export the {feature} to CSV, all accents and umlauts in names are garbled in the file.']),
('en', 'bug_mobile_crash:subj', ARRAY[
  'App crashes on startup',
  'iOS app keeps crashing',
  'Mobile app closes immediately after update',
  'App crash',
  'App crashes when opening a project',
  'Crash when attaching a photo',
  'App crashes after coming back from background']),
('en', 'bug_mobile_crash:body:1', ARRAY[
  'After updating to version {app_version} the app crashes as soon as I open it. I''m on {os}.',
  'The mobile app closes right after the splash screen. Reinstalling didn''t help. Phone: {os}.',
  'The app crashes immediately on launch. Several people on our team have the same problem, all on {os}.',
  'Since updating to version {app_version} the app crashes as soon as I open it, right after the splash screen. Several people on our team have the same problem on {os}, and reinstalling didn''t help.']),
('en', 'bug_mobile_crash:body:2', ARRAY[
  'Since the latest update ({app_version}) the app crashes every time I try to open a project.',
  'Tapping on a project makes the app crash since the latest update. The project list itself loads fine.',
  'Since the latest update, opening any project crashes the app. Everything else in the app still works.']),
('en', 'bug_mobile_crash:body:3', ARRAY[
  'The app crashes when I try to attach a photo from the camera to a note. I''m on {os}.',
  'Every time I take a photo with the camera to attach it to a note, the app closes. Phone: {os}.',
  'On {os}, attaching a camera photo to a note crashes the app immediately.']),
('en', 'bug_mobile_crash:body:4', ARRAY[
  'The app crashes when I save a timesheet entry while offline. With a connection it works.',
  'Whenever I have no signal and save my timesheet entry, the app crashes and the entry is lost.',
  'Saving a timesheet entry offline, without an internet connection, makes the app crash, and the entry is gone afterwards.']),
('en', 'bug_mobile_crash:body:5', ARRAY[
  'When I switch back to the app after it was in the background for a while, it crashes. I''m on {os}.',
  'The app crashes every time I return to it from the background, e.g. after a phone call. Phone: {os}.',
  'On {os} the app crashes whenever I switch back to it after a few minutes in the background.']),
('en', 'bug_timezone:subj', ARRAY[
  'Dates are off by one day',
  'Wrong time zone on entries',
  'Due dates shifted',
  'Times shifted by several hours',
  'Recurring entries one hour off',
  'Daily digest arrives in the middle of the night']),
('en', 'bug_timezone:body:1', ARRAY[
  'All due dates in the {feature} show one day earlier than what we entered. Our time zone is set correctly.',
  'The due dates we enter in the {feature} are saved one day earlier. The time zone in our settings is correct.',
  'Every due date in the {feature} shows up one day before the date we entered, even though our time zone is set correctly.']),
('en', 'bug_timezone:body:2', ARRAY[
  'Entries created in the afternoon show up on the next day. It looks like a time zone problem.',
  'Anything we create in the afternoon, after about 3 pm, lands on the next day. Looks like a time zone issue.',
  'Entries we create in the afternoon are filed under the next day, while morning entries are fine. Probably a time zone problem.']),
('en', 'bug_timezone:body:3', ARRAY[
  'Since the update, times in the {feature} are shifted by several hours.',
  'After the update all times in the {feature} are several hours off, e.g. a 9:00 meeting shows at 14:00.',
  'The times shown in the {feature} have been shifted by several hours since the update. The dates themselves are right.']),
('en', 'bug_timezone:body:4', ARRAY[
  'Since the switch to daylight saving time, all our recurring entries are one hour off.',
  'Our recurring entries have been one hour late since the clocks changed for daylight saving time.',
  'Every recurring entry moved by one hour after the daylight saving change. Single entries are fine.']),
('en', 'bug_timezone:body:5', ARRAY[
  'The daily digest email arrives at 2 am instead of 8 am our time.',
  'We get the daily digest in the middle of the night, around 2 am, although it''s set to 8 am.',
  'Our daily digest is set to 8 am, but the email comes at 2 am local time.']),
('en', 'bug_search:subj', ARRAY[
  'Search not finding records',
  'Search returns no results',
  'Search broken?',
  'Search by e-mail not working',
  'Search times out',
  'Deleted contacts in search results']),
('en', 'bug_search:body:1', ARRAY[
  'Search returns nothing for customers that definitely exist. Searching by e-mail address used to work.',
  'Searching by e-mail address doesn''t find customers anymore, even ones that definitely exist. This used to work.',
  'When I search for a customer''s e-mail address I get nothing back, although the customer definitely exists. It used to work fine.']),
('en', 'bug_search:body:2', ARRAY[
  'When I search for a contact by name I get "No results", but I can see the contact in the list.',
  'Searching for a contact by name gives "No results", even though the contact is right there in the contacts list.',
  'The contact is visible in the list, but when I search for the name it says "No results".']),
('en', 'bug_search:body:3', ARRAY[
  'The search bar stopped finding anything older than a few weeks.',
  'Search only finds records from the last few weeks. Anything older doesn''t show up in the search bar anymore.',
  'Older records are no longer found: the search bar only returns things from the last few weeks.']),
('en', 'bug_search:body:4', ARRAY[
  'Every search takes about 30 seconds and then fails with {err}.',
  'Search has become extremely slow: after about 30 seconds of waiting it fails with {err}.',
  'Whatever I search for, it takes about 30 seconds and ends with {err}.']),
('en', 'bug_search:body:5', ARRAY[
  'Search results still show contacts we deleted. Clicking one gives "Record not found".',
  'Contacts we deleted weeks ago keep showing up in the search results, and opening them gives "Record not found".',
  'Deleted contacts appear in search, and when I click on one I get a "Record not found" page.']),
('en', 'int_sync_stopped:subj', ARRAY[
  '{integration} sync stopped',
  '{integration} integration not syncing',
  'Data not updating from {integration}',
  'Sync issue with {integration}',
  '{integration} custom fields not syncing',
  'Changes not pushed to {integration}',
  'Scheduled sync not running']),
('en', 'int_sync_stopped:body:1', ARRAY[
  'Our {integration} integration stopped syncing on {date}. The last successful sync is shown as {date} and nothing since.',
  'New records from {integration} aren''t showing up anymore. The integration page says "Connected" but nothing is syncing.',
  'Data from {integration} is no longer coming through. We reconnected the integration but it didn''t help.',
  'Nothing has synced from {integration} since {date}: new records aren''t coming through, although the integration page still says "Connected". Reconnecting the integration didn''t help.']),
('en', 'int_sync_stopped:body:2', ARRAY[
  'The sync with {integration} has been stuck for two days. We get {err} in the sync log.',
  'Our {integration} sync has been stuck for two days now, and the sync log shows {err} for every run.',
  'For two days the sync log has shown {err} and the sync with {integration} is stuck.']),
('en', 'int_sync_stopped:body:3', ARRAY[
  'Contacts still sync from {integration}, but the custom fields stay empty in Kestrel since {date}.',
  'Since {date} the custom fields we get from {integration} are empty in Kestrel. The normal contact data still syncs fine.',
  'Only the custom fields stopped syncing from {integration}: contacts still come through, but their custom fields stay empty.']),
('en', 'int_sync_stopped:body:4', ARRAY[
  'Changes we make in Kestrel are no longer pushed to {integration}. The other direction, from {integration} into Kestrel, still works.',
  'The sync from {integration} into Kestrel still works, but changes we make in Kestrel don''t get pushed to {integration} anymore.',
  'Our changes in Kestrel stopped being pushed to {integration}, although records from {integration} still arrive in Kestrel fine.']),
('en', 'int_sync_stopped:body:5', ARRAY[
  'The automatic hourly sync with {integration} doesn''t run anymore. If I click "Sync now" it works.',
  '"Sync now" for {integration} works fine when I click it, but the automatic hourly sync has stopped running.',
  'Our {integration} data only updates when we click "Sync now". The automatic hourly sync hasn''t run since {date}.']),
('en', 'int_webhook:subj', ARRAY[
  'Webhooks failing',
  'Webhook deliveries timing out',
  'Not receiving webhook events',
  'Webhook signature invalid',
  'Same webhook event delivered several times',
  'Custom fields missing in webhook payload']),
('en', 'int_webhook:body:1', ARRAY[
  'Our webhook endpoint stopped receiving events. The delivery log shows {err} for every attempt.',
  'Since {date} our endpoint doesn''t receive any webhook events, and every attempt in the delivery log shows {err}.',
  'The delivery log lists {err} for each webhook attempt, and our endpoint hasn''t received a single event since.']),
('en', 'int_webhook:body:2', ARRAY[
  'Webhook deliveries to our server time out since yesterday, but our endpoint responds in under 100 ms.',
  'Since yesterday all webhook deliveries are marked as timed out, although our server responds in less than 100 ms.',
  'Our endpoint responds in under 100 ms, yet since yesterday the webhook deliveries to our server time out.']),
('en', 'int_webhook:body:3', ARRAY[
  'We''re missing webhook events for new records. Some arrive, most don''t.',
  'Most webhook events for new records never reach us, only a few of them arrive.',
  'Only some of the webhook events for newly created records arrive, most are missing.']),
('en', 'int_webhook:body:4', ARRAY[
  'The webhook signature check fails for every event since we rotated the signing secret. We use the new secret from the settings.',
  'After rotating the webhook signing secret, none of the signatures match anymore, even with the new secret.',
  'Our signature check rejects all webhook events since we rotated the signing secret, although we switched to the new one.']),
('en', 'int_webhook:body:5', ARRAY[
  'We receive the same webhook event several times with the same event ID, even though our endpoint returns 200.',
  'Each webhook event arrives three or four times with an identical event ID. Our endpoint answers with 200 every time.',
  'Our endpoint returns 200, yet the same event ID is delivered to us again and again.']),
('en', 'int_webhook:body:6', ARRAY[
  'The payload of the "contact.updated" webhook no longer contains the custom fields.',
  'Since {date}, custom fields are missing from the "contact.updated" webhook payload.',
  '"contact.updated" webhooks arrive without the custom fields in the payload, which breaks our processing.']),
('en', 'int_oauth:subj', ARRAY[
  'Can''t connect {integration}',
  '{integration} authorization error',
  'Error connecting to {integration}',
  'Have to re-authorize {integration} every day',
  'Connect popup closes immediately',
  'Switch to a different {integration} account',
  'Which {integration} permissions are needed?']),
('en', 'int_oauth:body:1', ARRAY[
  'When I try to connect {integration} I get "{err}" after approving access.',
  'Connecting our {integration} account fails at the last step with an authorization error ({err}).',
  'I try to connect our {integration} account, but after approving access it fails at the last step with {err}.',
  'Connecting {integration} fails with an authorization error ({err}) right after approving access.']),
('en', 'int_oauth:body:2', ARRAY[
  'The {integration} connection keeps asking us to re-authorize every day.',
  'Every morning we have to re-authorize the {integration} connection, otherwise it stops working.',
  'We have to re-authorize {integration} every day, the connection doesn''t stay authorized.']),
('en', 'int_oauth:body:3', ARRAY[
  'When I click "Connect" for {integration}, the popup window opens and closes right away, and nothing is connected.',
  'The {integration} popup closes immediately after I click "Connect". No error, it just stays not connected.',
  'Clicking "Connect" next to {integration} flashes a popup window for a second, then it closes and nothing is connected.']),
('en', 'int_oauth:body:4', ARRAY[
  'We need to connect a different {integration} account, but after disconnecting, Kestrel always connects the old account again.',
  'How can we switch the {integration} connection to a different account? Disconnecting and reconnecting just reuses the old account.',
  'Reconnecting {integration} keeps picking up the old account, and we want to connect a different account now.']),
('en', 'int_oauth:body:5', ARRAY[
  'Our {integration} user isn''t an admin. Which permissions does it need to connect to Kestrel?',
  'Do we need admin rights in {integration} to connect it to Kestrel? Our user there has normal permissions.',
  'Which {integration} permissions are required to connect it? The person setting it up is not an admin in {integration}.']),
('en', 'int_duplicates:subj', ARRAY[
  '{integration} creating duplicates',
  'Duplicate records after sync',
  'Integration duplicating contacts',
  'Merged contacts come back after sync',
  'Invoices from {integration} imported twice',
  'Same company created many times']),
('en', 'int_duplicates:body:1', ARRAY[
  'Every sync with {integration} creates duplicate contacts. We now have each customer two or three times.',
  'Since we connected {integration}, records are being duplicated on every sync.',
  'The {integration} integration creates a new record instead of updating the existing one.',
  'Since we connected {integration}, every sync creates a new record instead of updating the existing one, so we now have duplicate contacts, some customers three times.']),
('en', 'int_duplicates:body:2', ARRAY[
  'We get duplicates from {integration} when the e-mail address differs only in upper and lower case, e.g. Anna@ and anna@.',
  'Contacts from {integration} whose e-mail address only differs in upper/lower case end up as two separate contacts.',
  'Is the duplicate matching with {integration} case-sensitive? Contacts with the same e-mail address in different upper and lower case are created twice.']),
('en', 'int_duplicates:body:3', ARRAY[
  'We merged the duplicate contacts in Kestrel, but the next sync with {integration} brought the merged ones back.',
  'After merging duplicates, the next {integration} sync recreates the contacts we merged away.',
  'Every time we merge duplicate contacts, {integration} brings them back with the next sync.']),
('en', 'int_duplicates:body:4', ARRAY[
  'Every invoice from {integration} shows up twice in Kestrel with the same invoice number, e.g. {inv}.',
  'Since {date} each invoice synced from {integration} appears twice, both with the same number.',
  'We see invoice {inv} from {integration} twice in Kestrel. All new invoices are doubled like this, same number each time.']),
('en', 'int_duplicates:body:5', ARRAY[
  'For each contact synced from {integration}, a separate company gets created, so we have the same company dozens of times.',
  'The {integration} sync creates a new company for each contact instead of linking the contact to the existing company, so the same company shows up many times.',
  'We now have the same company dozens of times because {integration} creates a new company for each synced contact.']),
-- de
('de', 'bug_report_blank:subj', ARRAY[
  '„{feature}“ lädt nicht',
  'Leere Seite im Bereich „{feature}“',
  'Bericht {report} zeigt keine Daten',
  'Seite wird nach Auswahl des Zeitraums leer']),
('de', 'bug_report_blank:body:1', ARRAY[
  'Seit gestern zeigt der Bereich „{feature}“ nur noch einen Ladekreis an. In Chrome und Firefox dasselbe.',
  'Bei uns im ganzen Team lädt „{feature}“ endlos, der Ladekreis dreht sich einfach weiter. Cache leeren und neu laden hat nichts gebracht, letzte Woche ging es noch.',
  'Der Bereich „{feature}“ lädt bei niemandem im Team mehr. Letzte Woche hat noch alles funktioniert.']),
('de', 'bug_report_blank:body:2', ARRAY[
  'Wenn ich „{feature}“ öffne, bleibt die Seite komplett leer. In der Browser-Konsole steht {err}.',
  'Beim Öffnen von „{feature}“ bekomme ich nur eine weiße, leere Seite ohne Menü. Die Konsole zeigt {err}.']),
('de', 'bug_report_blank:body:3', ARRAY[
  'Admins sehen „{feature}“ ganz normal, bei Mitgliedern ohne Admin-Rechte bleibt die Seite aber leer. Eine Fehlermeldung gibt es nicht.',
  'Bei unseren normalen Mitgliedern ist der Bereich „{feature}“ einfach leer, nur Admins sehen die Inhalte. Es erscheint kein Fehler.']),
('de', 'bug_report_blank:body:4', ARRAY[
  'Der Bericht {report} zeigt „Keine Daten für diesen Zeitraum“, obwohl wir für den letzten Monat jede Menge Einträge haben.',
  'Wenn ich den Bericht {report} für den letzten Monat aufrufe, kommt „Keine Daten für diesen Zeitraum“. Die Einträge sind aber definitiv vorhanden.']),
('de', 'bug_report_blank:body:5', ARRAY[
  'Sobald ich in „{feature}“ einen benutzerdefinierten Zeitraum auswähle, wird die ganze Seite weiß und ich muss neu laden.',
  'Mit einem eigenen Zeitraum im Datumsfilter wird „{feature}“ komplett leer, bis ich die Seite neu lade. Die vordefinierten Zeiträume wie „Letzte 30 Tage“ funktionieren.']),
('de', 'bug_export_fail:subj', ARRAY[
  'Export schlägt fehl',
  'Fehler beim Export des Berichts {report}',
  'Export-E-Mail kommt nicht an',
  'CSV-Export bricht bei 10.000 Zeilen ab']),
('de', 'bug_export_fail:body:1', ARRAY[
  'Der Export des Berichts {report} bricht mit {err} ab. Kleinere Zeiträume gehen, ein ganzes Jahr nie.',
  'Wenn ich den Bericht {report} für ein ganzes Jahr exportiere, kommt jedes Mal {err}. Mit einem kleineren Zeitraum, etwa einem Monat, klappt der Export.']),
('de', 'bug_export_fail:body:2', ARRAY[
  'Seit dieser Woche liefert der Button „CSV exportieren“ sofort {err}, selbst bei Listen mit nur ein paar Zeilen.',
  'Jeder Klick auf den CSV-Export-Button endet seit dieser Woche mit {err}. Vorher hat das problemlos funktioniert.']),
('de', 'bug_export_fail:body:3', ARRAY[
  'Beim Herunterladen des Berichts {report} bekomme ich nur eine Fehlerseite, egal welchen Zeitraum ich wähle. Wir brauchen die Zahlen für eine Vorstandssitzung.',
  'Der Bericht {report} lässt sich nicht mehr herunterladen, statt der Datei erscheint eine Fehlerseite. Unsere Vorstandssitzung steht an und wir brauchen die Zahlen.']),
('de', 'bug_export_fail:body:4', ARRAY[
  'Seit dem letzten Release funktionieren die Exporte bei uns nicht mehr. Die Datei kommt auch nie per E-Mail an.',
  'Wir starten einen Export, bekommen die Meldung, dass die Datei per E-Mail kommt, und dann passiert nichts. So geht das seit dem letzten Release.']),
('de', 'bug_export_fail:body:5', ARRAY[
  'Der Export aus „{feature}“ hört bei genau 10.000 Zeilen auf, obwohl wir über {n} Datensätze haben.',
  'Beim Exportieren von „{feature}“ bekommen wir nur die ersten 10.000 Zeilen, der Rest der Datensätze fehlt in der Datei.']),
('de', 'bug_export_fail:body:6', ARRAY[
  'Im CSV-Export aus „{feature}“ sind Umlaute und Akzente kaputt, aus „Müller“ wird „MÃ¼ller“.',
  'Wenn wir „{feature}“ als CSV exportieren, sind alle Namen mit Umlauten oder Akzenten in der Datei verstümmelt.']),
('de', 'bug_mobile_crash:subj', ARRAY[
  'App stürzt beim Start ab',
  'Absturz nach Update',
  'App stürzt beim Öffnen eines Projekts ab',
  'Absturz beim Anhängen eines Fotos']),
('de', 'bug_mobile_crash:body:1', ARRAY[
  'Nach dem Update auf Version {app_version} stürzt die App sofort beim Öffnen ab. Ich nutze {os}.',
  'Die App schließt sich direkt nach dem Startbildschirm. Neu installieren hat nicht geholfen. Handy: {os}.']),
('de', 'bug_mobile_crash:body:2', ARRAY[
  'Seit dem letzten Update ({app_version}) stürzt die App jedes Mal ab, wenn ich ein Projekt öffne.',
  'Sobald ich auf ein Projekt tippe, stürzt die App ab. Die Projektliste selbst lädt normal, das fing mit dem letzten Update an.']),
('de', 'bug_mobile_crash:body:3', ARRAY[
  'Die App stürzt ab, wenn ich ein Foto mit der Kamera an eine Notiz anhängen will. Ich nutze {os}.',
  'Unter {os} schließt sich die App sofort, sobald ich ein Kamerafoto an eine Notiz anhänge.']),
('de', 'bug_mobile_crash:body:4', ARRAY[
  'Wenn ich offline einen Zeiteintrag speichere, stürzt die App ab. Mit Verbindung klappt es.',
  'Ohne Netz stürzt die App beim Speichern eines Zeiteintrags ab, und der Eintrag ist danach weg.']),
('de', 'bug_mobile_crash:body:5', ARRAY[
  'Wenn ich nach einer Weile aus dem Hintergrund zur App zurückwechsle, stürzt sie ab. Ich nutze {os}.',
  'Unter {os} stürzt die App jedes Mal ab, wenn ich nach ein paar Minuten im Hintergrund zu ihr zurückkehre, z. B. nach einem Anruf.']),
('de', 'int_sync_stopped:subj', ARRAY[
  '{integration}-Synchronisation gestoppt',
  'Keine Daten mehr aus {integration}',
  'Benutzerdefinierte Felder aus {integration} bleiben leer',
  'Automatische Synchronisation läuft nicht mehr']),
('de', 'int_sync_stopped:body:1', ARRAY[
  'Unsere {integration}-Integration synchronisiert seit dem {date} nicht mehr, obwohl sie als verbunden angezeigt wird.',
  'Neue Datensätze aus {integration} kommen nicht mehr an. Wir haben die Verbindung neu hergestellt, ohne Erfolg.']),
('de', 'int_sync_stopped:body:2', ARRAY[
  'Die Synchronisation mit {integration} hängt seit zwei Tagen. Im Sync-Protokoll steht {err}.',
  'Seit zwei Tagen hängt unser {integration}-Sync, und das Sync-Protokoll zeigt bei jedem Lauf {err}.']),
('de', 'int_sync_stopped:body:3', ARRAY[
  'Kontakte werden aus {integration} weiter synchronisiert, aber die benutzerdefinierten Felder bleiben in Kestrel seit dem {date} leer.',
  'Nur die benutzerdefinierten Felder aus {integration} kommen nicht mehr an, die normalen Kontaktdaten synchronisieren problemlos.']),
('de', 'int_sync_stopped:body:4', ARRAY[
  'Änderungen, die wir in Kestrel machen, werden nicht mehr an {integration} übertragen. Die andere Richtung, von {integration} nach Kestrel, funktioniert.',
  'Datensätze aus {integration} kommen in Kestrel weiter an, aber unsere Änderungen in Kestrel landen nicht mehr in {integration}.']),
('de', 'int_sync_stopped:body:5', ARRAY[
  'Die automatische stündliche Synchronisation mit {integration} läuft nicht mehr. Wenn ich auf „Jetzt synchronisieren“ klicke, klappt es.',
  'Unsere {integration}-Daten aktualisieren sich nur noch, wenn jemand auf „Jetzt synchronisieren“ klickt. Der stündliche Sync ist seit dem {date} nicht mehr gelaufen.']),
('de', 'int_oauth:subj', ARRAY[
  '{integration} lässt sich nicht verbinden',
  'Autorisierungsfehler bei {integration}',
  '{integration} muss täglich neu autorisiert werden']),
('de', 'int_oauth:body:1', ARRAY[
  'Beim Verbinden mit {integration} kommt nach der Freigabe die Meldung {err}.',
  'Die Verbindung unseres {integration}-Kontos scheitert im letzten Schritt mit einem Autorisierungsfehler ({err}).']),
('de', 'int_oauth:body:2', ARRAY[
  'Die Verbindung zu {integration} verlangt jeden Tag eine neue Autorisierung.',
  'Wir müssen {integration} jeden Morgen neu autorisieren, sonst funktioniert die Verbindung nicht mehr.']),
('de', 'int_oauth:body:3', ARRAY[
  'Wenn ich bei {integration} auf „Verbinden“ klicke, geht das Pop-up-Fenster auf und sofort wieder zu. Verbunden ist danach nichts.',
  'Das Pop-up für {integration} schließt sich direkt nach dem Klick auf „Verbinden“, ohne Fehlermeldung, und die Verbindung kommt nicht zustande.']),
('de', 'int_oauth:body:4', ARRAY[
  'Wir möchten ein anderes {integration}-Konto verbinden, aber nach dem Trennen verbindet Kestrel immer wieder das alte Konto.',
  'Wie können wir die {integration}-Verbindung auf ein anderes Konto umstellen? Trennen und neu verbinden nimmt jedes Mal wieder das alte Konto.']),
('de', 'int_oauth:body:5', ARRAY[
  'Unser {integration}-Benutzer ist kein Admin. Welche Berechtigungen braucht er, um die Verbindung mit Kestrel herzustellen?',
  'Braucht man Admin-Rechte in {integration}, um die Verbindung zu Kestrel herzustellen? Die Person, die das einrichtet, ist dort kein Admin.']),
-- fr
('fr', 'bug_report_blank:subj', ARRAY[
  'La section « {feature} » ne se charge plus',
  'Page blanche : {feature}',
  'Le rapport {report} n''affiche aucune donnée',
  'Page vide pour les membres non admin']),
('fr', 'bug_report_blank:body:1', ARRAY[
  'Depuis hier, la section « {feature} » affiche seulement une roue de chargement. Même chose sous Chrome et Firefox.',
  'La section « {feature} » charge indéfiniment pour toute l''équipe, la roue tourne sans fin. Vider le cache et recharger la page n''a rien changé, alors que tout fonctionnait la semaine dernière.',
  'Plus personne chez nous n''arrive à charger « {feature} ». La semaine dernière, ça marchait encore.']),
('fr', 'bug_report_blank:body:2', ARRAY[
  'Quand j''ouvre « {feature} », la page reste complètement blanche. La console affiche {err}.',
  'La section « {feature} » s''ouvre sur une page entièrement blanche, sans menu ni contenu. Dans la console du navigateur, on voit {err}.']),
('fr', 'bug_report_blank:body:3', ARRAY[
  'La section « {feature} » fonctionne pour les administrateurs, mais les membres sans droits d''admin ne voient qu''une page vide. Aucun message d''erreur.',
  'Seuls nos administrateurs voient le contenu de « {feature} ». Pour les membres standard, la page reste vide, sans la moindre erreur.']),
('fr', 'bug_report_blank:body:4', ARRAY[
  'Le rapport {report} indique « Aucune donnée pour cette période » alors que nous avons de nombreuses saisies sur le mois dernier.',
  'Quand je lance le rapport {report} sur le mois dernier, j''obtiens « Aucune donnée pour cette période », pourtant les saisies sont bien là.']),
('fr', 'bug_report_blank:body:5', ARRAY[
  'Dès que je choisis une période personnalisée dans « {feature} », toute la page devient blanche et je dois recharger.',
  'Avec une plage de dates personnalisée, la section « {feature} » reste blanche jusqu''à ce que je recharge. Les périodes prédéfinies comme « 30 derniers jours » fonctionnent.']),
('fr', 'bug_export_fail:subj', ARRAY[
  'L''export échoue',
  'Erreur à l''export du rapport {report}',
  'Le mail d''export n''arrive jamais',
  'Export CSV limité à 10 000 lignes']),
('fr', 'bug_export_fail:body:1', ARRAY[
  'L''export du rapport {report} échoue avec {err}. Sur une période courte ça marche, sur un an jamais.',
  'Quand j''exporte le rapport {report} sur une année complète, j''ai {err} à chaque fois. Avec une période plus courte, un mois par exemple, l''export passe.']),
('fr', 'bug_export_fail:body:2', ARRAY[
  'Depuis cette semaine, le bouton d''export CSV renvoie directement {err}, même pour une liste de quelques lignes.',
  'Chaque clic sur le bouton « Exporter en CSV » se termine par {err}. Ça a commencé cette semaine, avant tout fonctionnait.']),
('fr', 'bug_export_fail:body:3', ARRAY[
  'Quand j''essaie de télécharger le rapport {report}, je tombe sur une page d''erreur, quelle que soit la période. Nous avons besoin de ces chiffres pour le conseil d''administration.',
  'Impossible de télécharger le rapport {report} : au lieu du fichier, une page d''erreur s''affiche. Notre conseil d''administration approche et il nous faut les chiffres.']),
('fr', 'bug_export_fail:body:4', ARRAY[
  'Depuis la dernière mise à jour, nos exports ne fonctionnent plus : le fichier n''arrive jamais par e-mail.',
  'On lance un export, Kestrel indique que le fichier sera envoyé par e-mail, puis plus rien. C''est comme ça depuis la dernière mise à jour.']),
('fr', 'bug_export_fail:body:5', ARRAY[
  'L''export de « {feature} » s''arrête à exactement 10 000 lignes, alors que nous avons plus de {n} enregistrements.',
  'En exportant « {feature} », on ne récupère que les 10 000 premières lignes ; le reste des enregistrements manque dans le fichier.']),
('fr', 'bug_export_fail:body:6', ARRAY[
  'Dans l''export CSV de « {feature} », les caractères accentués sont illisibles : « Müller » devient « MÃ¼ller ».',
  'Quand on exporte « {feature} » en CSV, tous les noms avec accents ou trémas sont corrompus dans le fichier.']),
('fr', 'bug_mobile_crash:subj', ARRAY[
  'L''application plante au démarrage',
  'Plantage à l''ouverture d''un projet',
  'L''appli plante quand j''ajoute une photo']),
('fr', 'bug_mobile_crash:body:1', ARRAY[
  'Depuis la mise à jour {app_version}, l''application se ferme dès l''ouverture. Je suis sous {os}.',
  'L''application se ferme juste après l''écran de démarrage. La réinstaller n''a rien changé. Téléphone : {os}.']),
('fr', 'bug_mobile_crash:body:2', ARRAY[
  'Depuis la dernière mise à jour ({app_version}), l''application plante chaque fois que j''ouvre un projet.',
  'Dès que je touche un projet, l''application plante. La liste des projets s''affiche bien, ça a commencé avec la dernière mise à jour.']),
('fr', 'bug_mobile_crash:body:3', ARRAY[
  'L''application plante quand j''essaie de joindre une photo prise avec l''appareil photo à une note. Je suis sous {os}.',
  'Sous {os}, joindre une photo de l''appareil photo à une note fait planter l''application immédiatement.']),
('fr', 'bug_mobile_crash:body:4', ARRAY[
  'L''application plante quand j''enregistre une saisie de temps hors connexion. Avec du réseau, ça marche.',
  'Sans réseau, enregistrer une saisie de temps fait planter l''application, et la saisie est perdue.']),
('fr', 'bug_mobile_crash:body:5', ARRAY[
  'Quand je reviens sur l''application après un moment en arrière-plan, elle plante. Je suis sous {os}.',
  'Sous {os}, l''application plante à chaque fois que j''y reviens après quelques minutes en arrière-plan, par exemple après un appel.']),
('fr', 'int_sync_stopped:subj', ARRAY[
  'Synchronisation {integration} arrêtée',
  'Plus de données depuis {integration}',
  'Champs personnalisés {integration} non synchronisés',
  'La synchronisation automatique ne tourne plus']),
('fr', 'int_sync_stopped:body:1', ARRAY[
  'Notre intégration {integration} ne se synchronise plus depuis le {date}, alors qu''elle apparaît comme connectée.',
  'Les nouveaux enregistrements de {integration} n''arrivent plus. Nous avons reconnecté l''intégration, sans effet.']),
('fr', 'int_sync_stopped:body:2', ARRAY[
  'La synchronisation avec {integration} est bloquée depuis deux jours. Le journal de synchronisation affiche {err}.',
  'Depuis deux jours, notre synchro {integration} est bloquée et chaque exécution se termine par {err} dans le journal.']),
('fr', 'int_sync_stopped:body:3', ARRAY[
  'Les contacts de {integration} se synchronisent toujours, mais les champs personnalisés restent vides dans Kestrel depuis le {date}.',
  'Seuls les champs personnalisés de {integration} ne remontent plus ; les données standard des contacts se synchronisent normalement.']),
('fr', 'int_sync_stopped:body:4', ARRAY[
  'Les modifications faites dans Kestrel ne sont plus envoyées vers {integration}. Dans l''autre sens, de {integration} vers Kestrel, tout fonctionne.',
  'Les enregistrements de {integration} arrivent toujours dans Kestrel, mais nos modifications dans Kestrel n''apparaissent plus dans {integration}.']),
('fr', 'int_sync_stopped:body:5', ARRAY[
  'La synchronisation automatique horaire avec {integration} ne se lance plus. Si je clique sur « Synchroniser maintenant », ça marche.',
  'Nos données {integration} ne se mettent à jour que si quelqu''un clique sur « Synchroniser maintenant ». La synchro automatique toutes les heures ne tourne plus depuis le {date}.']),
-- es
('es', 'bug_report_blank:subj', ARRAY[
  '«{feature}» no carga',
  'Página en blanco en «{feature}»',
  'El informe {report} sale vacío',
  'Página en blanco al elegir un rango de fechas']),
('es', 'bug_report_blank:body:1', ARRAY[
  'Desde ayer la sección «{feature}» solo muestra el icono de carga. Pasa igual en Chrome y en Firefox.',
  'A nadie del equipo le carga ya «{feature}», se queda cargando sin parar. Borrar la caché y recargar no sirvió de nada, y la semana pasada funcionaba bien.']),
('es', 'bug_report_blank:body:2', ARRAY[
  'Al abrir «{feature}» la página sale completamente en blanco. En la consola aparece {err}.',
  'Cada vez que entro en «{feature}» veo una página totalmente en blanco, sin menú ni nada. La consola del navegador muestra {err}.']),
('es', 'bug_report_blank:body:3', ARRAY[
  'Los administradores ven «{feature}» sin problema, pero a los miembros sin permisos de administrador les sale la página vacía. No aparece ningún error.',
  'Solo nuestros administradores pueden ver el contenido de «{feature}». Para los miembros normales la página queda vacía, sin ningún mensaje de error.']),
('es', 'bug_report_blank:body:4', ARRAY[
  'El informe {report} dice «No hay datos para este periodo», aunque tenemos muchísimos registros del mes pasado.',
  'Si genero el informe {report} del mes pasado me sale «No hay datos para este periodo», pero los registros están ahí, seguro.']),
('es', 'bug_report_blank:body:5', ARRAY[
  'En cuanto elijo un rango de fechas personalizado en «{feature}», toda la página se queda en blanco y tengo que recargar.',
  'Con un rango de fechas personalizado, «{feature}» se queda en blanco hasta que recargo la página. Los rangos predefinidos, como «Últimos 30 días», funcionan bien.']),
('es', 'int_sync_stopped:subj', ARRAY[
  'La sincronización con {integration} se detuvo',
  'No llegan datos de {integration}',
  'Los campos personalizados de {integration} no se sincronizan']),
('es', 'int_sync_stopped:body:1', ARRAY[
  'Nuestra integración con {integration} no sincroniza desde el {date}, aunque aparece como conectada.',
  'Ya no llegan registros nuevos de {integration}. Volvimos a conectar la integración y sigue igual.']),
('es', 'int_sync_stopped:body:2', ARRAY[
  'La sincronización con {integration} lleva dos días atascada. En el registro de sincronización aparece {err}.',
  'Desde hace dos días la sincronización con {integration} está bloqueada y cada ejecución deja {err} en el registro.']),
('es', 'int_sync_stopped:body:3', ARRAY[
  'Los contactos de {integration} se siguen sincronizando, pero los campos personalizados están vacíos en Kestrel desde el {date}.',
  'Solo los campos personalizados de {integration} han dejado de sincronizarse; el resto de los datos del contacto llega bien.']),
('es', 'int_sync_stopped:body:4', ARRAY[
  'Los cambios que hacemos en Kestrel ya no se envían a {integration}. En la otra dirección, de {integration} a Kestrel, sí funciona.',
  'Los registros de {integration} siguen llegando a Kestrel, pero nuestros cambios en Kestrel ya no aparecen en {integration}.']),
('es', 'int_sync_stopped:body:5', ARRAY[
  'La sincronización automática cada hora con {integration} ya no se ejecuta. Si hago clic en «Sincronizar ahora», funciona.',
  'Los datos de {integration} solo se actualizan cuando alguien pulsa «Sincronizar ahora». La sincronización automática no se ejecuta desde el {date}.']),
-- pt
('pt', 'bug_report_blank:subj', ARRAY[
  '"{feature}" não carrega',
  'Página em branco: {feature}',
  'Relatório {report} sem dados',
  'Página vazia para quem não é admin']),
('pt', 'bug_report_blank:body:1', ARRAY[
  'Desde ontem a seção "{feature}" só mostra o ícone de carregamento. Acontece no Chrome e no Firefox.',
  'A seção "{feature}" fica carregando para sempre, para todo mundo da equipe. Limpar o cache e recarregar não adiantou, e na semana passada estava funcionando normalmente.']),
('pt', 'bug_report_blank:body:2', ARRAY[
  'Quando abro "{feature}" a página fica totalmente em branco. No console aparece {err}.',
  'Ao abrir a seção "{feature}", só aparece uma página em branco, sem menu nem nada. O console do navegador mostra {err}.']),
('pt', 'bug_report_blank:body:3', ARRAY[
  'Os administradores veem "{feature}" normalmente, mas para os membros sem permissão de admin a página fica vazia. Nenhuma mensagem de erro aparece.',
  'Só os nossos admins conseguem ver o conteúdo de "{feature}". Para os membros comuns a página fica vazia, sem erro nenhum.']),
('pt', 'bug_report_blank:body:4', ARRAY[
  'O relatório {report} mostra "Sem dados para este período", mas temos vários lançamentos no mês passado.',
  'Quando gero o relatório {report} do mês passado, aparece "Sem dados para este período", só que os lançamentos estão lá.']),
('pt', 'bug_report_blank:body:5', ARRAY[
  'Assim que escolho um período personalizado em "{feature}", a página inteira fica em branco e preciso recarregar.',
  'Com um intervalo de datas personalizado, "{feature}" fica em branco até eu recarregar a página. Os períodos prontos, como "Últimos 30 dias", funcionam.']),
('pt', 'int_sync_stopped:subj', ARRAY[
  'Sincronização com {integration} parou',
  'Dados do {integration} não chegam mais',
  'Campos personalizados do {integration} não sincronizam']),
('pt', 'int_sync_stopped:body:1', ARRAY[
  'Nossa integração com {integration} parou de sincronizar em {date}, mesmo aparecendo como conectada.',
  'Os registros novos do {integration} não chegam mais. Reconectamos a integração e nada mudou.']),
('pt', 'int_sync_stopped:body:2', ARRAY[
  'A sincronização com o {integration} está travada há dois dias. No log de sincronização aparece {err}.',
  'Há dois dias nossa sincronização com o {integration} não sai do lugar, e cada execução registra {err} no log.']),
('pt', 'int_sync_stopped:body:3', ARRAY[
  'Os contatos do {integration} continuam sincronizando, mas os campos personalizados estão vazios no Kestrel desde {date}.',
  'Só os campos personalizados do {integration} pararam de sincronizar; os dados normais dos contatos chegam sem problema.']),
('pt', 'int_sync_stopped:body:4', ARRAY[
  'As alterações que fazemos no Kestrel não são mais enviadas para o {integration}. No outro sentido, do {integration} para o Kestrel, funciona.',
  'Os registros do {integration} continuam chegando no Kestrel, mas nossas alterações no Kestrel não aparecem mais no {integration}.']),
('pt', 'int_sync_stopped:body:5', ARRAY[
  'A sincronização automática de hora em hora com o {integration} não roda mais. Se eu clico em "Sincronizar agora", funciona.',
  'Os dados do {integration} só atualizam quando alguém clica em "Sincronizar agora". A sincronização automática não roda desde {date}.']),
-- ja
('ja', 'bug_report_blank:subj', ARRAY[
  '{feature}が表示されません',
  '{feature}が真っ白になります',
  '{report}レポートにデータが表示されない']),
('ja', 'bug_report_blank:body:1', ARRAY[
  '昨日から{feature}が読み込み中のまま表示されません。ChromeでもFirefoxでも同じです。',
  'チーム全員、{feature}がずっと読み込み中のままで開けません。キャッシュの削除や再読み込みも試しましたが変わらず、先週までは問題なく使えていました。']),
('ja', 'bug_report_blank:body:2', ARRAY[
  '{feature}を開くと真っ白なページになります。コンソールには{err}と出ています。',
  '{feature}を開くたびに、メニューも何もない真っ白な画面になってしまいます。ブラウザのコンソールには{err}が表示されています。']),
('ja', 'bug_report_blank:body:3', ARRAY[
  '管理者は{feature}を普通に見られますが、管理者権限のないメンバーには空のページしか表示されません。エラーメッセージも出ません。',
  '{feature}の内容を見られるのは管理者だけで、一般メンバーが開くとページが空のままです。エラーは何も表示されません。']),
('ja', 'bug_report_blank:body:4', ARRAY[
  '{report}レポートに「この期間のデータはありません」と表示されますが、先月分のデータはたくさん登録されています。',
  '先月を対象に{report}レポートを実行すると「この期間のデータはありません」と出ます。データは間違いなく入っています。']),
('ja', 'bug_report_blank:body:5', ARRAY[
  '{feature}でカスタム期間を選んだ瞬間にページ全体が真っ白になり、再読み込みするしかありません。',
  '日付フィルターでカスタム期間を指定すると、再読み込みするまで{feature}が真っ白になります。「過去30日間」などの既定の期間なら問題ありません。']),
('ja', 'int_sync_stopped:subj', ARRAY[
  '{integration}との同期が停止しています',
  '{integration}のデータが反映されない',
  '{integration}のカスタム項目が同期されない']),
('ja', 'int_sync_stopped:body:1', ARRAY[
  '{date}から{integration}との同期が止まっています。連携画面では「接続済み」と表示されています。',
  '{integration}の新しいレコードが取り込まれなくなりました。連携を再接続してみましたが、改善しませんでした。']),
('ja', 'int_sync_stopped:body:2', ARRAY[
  '{integration}との同期が2日前から止まったままです。同期ログには{err}と出ています。',
  'この2日間、{integration}の同期が進まず、同期ログには毎回{err}が記録されています。']),
('ja', 'int_sync_stopped:body:3', ARRAY[
  '{integration}から連絡先は同期されていますが、{date}以降カスタム項目だけがKestrel側で空のままです。',
  '{integration}のカスタム項目だけが同期されなくなりました。連絡先の基本情報は問題なく反映されています。']),
('ja', 'int_sync_stopped:body:4', ARRAY[
  'Kestrelで行った変更が{integration}に反映されなくなりました。{integration}からKestrelへの同期は正常です。',
  '{integration}のレコードはKestrelに届いていますが、Kestrel側の変更が{integration}に送られていません。']),
('ja', 'int_sync_stopped:body:5', ARRAY[
  '{integration}との1時間ごとの自動同期が実行されなくなりました。「今すぐ同期」をクリックすれば同期されます。',
  '{integration}のデータは、誰かが「今すぐ同期」を押したときしか更新されません。{date}以降、自動同期が一度も動いていません。']),
-- zh
('zh', 'bug_report_blank:subj', ARRAY[
  '{feature}打不开',
  '{feature}页面一片空白',
  '{report}报表没有数据']),
('zh', 'bug_report_blank:body:1', ARRAY[
  '从昨天开始，{feature}一直在加载，什么都不显示。Chrome和Firefox都一样。',
  '我们团队所有人打开{feature}都一直在转圈加载，始终打不开。清了缓存、刷新页面都没用，上周还是好好的。']),
('zh', 'bug_report_blank:body:2', ARRAY[
  '打开{feature}后整个页面一片空白，浏览器控制台里显示{err}。',
  '每次进入{feature}都是完全空白的页面，连菜单都没有。控制台报错：{err}。']),
('zh', 'bug_report_blank:body:3', ARRAY[
  '管理员能正常看到{feature}，但没有管理员权限的成员打开后页面是空的，也没有任何错误提示。',
  '只有管理员能看到{feature}里的内容，普通成员打开就是空页面，也不报错。']),
('zh', 'bug_report_blank:body:4', ARRAY[
  '{report}报表显示“该时间段没有数据”，但我们上个月明明录入了很多条记录。',
  '按上个月运行{report}报表，结果提示“该时间段没有数据”，可是数据确实都在。']),
('zh', 'bug_report_blank:body:5', ARRAY[
  '在{feature}里一选自定义日期范围，整个页面就变成空白，只能刷新。',
  '日期筛选选了自定义范围后，{feature}就一片空白，刷新之前什么都看不到。“最近30天”这类预设范围是正常的。']),
('zh', 'int_sync_stopped:subj', ARRAY[
  '与{integration}的同步停止了',
  '{integration}的数据不更新了',
  '{integration}自定义字段不同步']),
('zh', 'int_sync_stopped:body:1', ARRAY[
  '从{date}开始，我们和{integration}的集成就不再同步了，但页面上显示“已连接”。',
  '{integration}里的新记录都不再同步过来了。我们重新连接了集成，还是不行。']),
('zh', 'int_sync_stopped:body:2', ARRAY[
  '和{integration}的同步已经卡住两天了，同步日志里显示{err}。',
  '这两天{integration}同步一直卡着不动，每次运行同步日志都报{err}。']),
('zh', 'int_sync_stopped:body:3', ARRAY[
  '{integration}的联系人还在正常同步，但从{date}起自定义字段在Kestrel里一直是空的。',
  '只有{integration}的自定义字段不同步了，联系人的基本信息都能正常过来。']),
('zh', 'int_sync_stopped:body:4', ARRAY[
  '我们在Kestrel里做的修改不再推送到{integration}了，反方向从{integration}同步到Kestrel是正常的。',
  '{integration}的记录还能同步到Kestrel，但我们在Kestrel里的改动在{integration}里看不到了。']),
('zh', 'int_sync_stopped:body:5', ARRAY[
  '和{integration}每小时一次的自动同步不运行了，手动点“立即同步”是可以的。',
  '现在只有有人点了“立即同步”，{integration}的数据才会更新。从{date}以后自动同步一次都没跑过。']),
-- ---- the billing incident (one issue: every text is a phrasing of its only sub-issue)
('en', 'inc_double_charge:subj', ARRAY[
  'Charged twice',
  'Double charge on our card',
  'Duplicate payment this month',
  'We were billed twice!',
  'Double charge after plan change',
  'Why two charges of {amount}?',
  'URGENT: duplicate charge',
  'Two identical invoices']),
('en', 'inc_double_charge:body:1', ARRAY[
  'We were charged twice for our subscription this month: two charges of {amount} on the same day. Please refund the duplicate.',
  'Our card statement shows the {amount} charge twice. We only have one account with you.',
  'After we changed our plan yesterday we were billed the full amount again. Now we have two payments of {amount}.',
  'Today we received two invoices with the same amount ({amount}). Our bank flagged the second payment. What is going on?',
  'Double charge on our account after upgrading to {plan}. Please fix this and refund the extra payment asap.',
  'Looks like your system charged us twice - {amount} went out two times this morning.']),
('de', 'inc_double_charge:subj', ARRAY[
  'Doppelte Abbuchung',
  'Zweimal belastet',
  'Doppelte Zahlung nach Tarifwechsel']),
('de', 'inc_double_charge:body:1', ARRAY[
  'Uns wurde diesen Monat zweimal {amount} abgebucht. Bitte erstatten Sie die doppelte Zahlung.',
  'Nach dem Tarifwechsel gestern wurde der volle Betrag noch einmal belastet. Jetzt haben wir zwei Zahlungen über {amount}.',
  'Auf unserer Kreditkartenabrechnung erscheint die Abbuchung über {amount} zweimal. Wir haben nur ein Konto bei Ihnen.']),
('fr', 'inc_double_charge:subj', ARRAY[
  'Double prélèvement',
  'Débités deux fois',
  'Paiement en double après changement d''offre']),
('fr', 'inc_double_charge:body:1', ARRAY[
  'Nous avons été débités deux fois ce mois-ci : deux prélèvements de {amount} le même jour. Merci de rembourser le doublon.',
  'Après notre changement d''offre hier, le montant total a de nouveau été prélevé. Nous avons maintenant deux paiements de {amount}.',
  'Notre relevé de carte montre le prélèvement de {amount} deux fois.']),
('es', 'inc_double_charge:subj', ARRAY[
  'Cobro duplicado',
  'Nos cobraron dos veces']),
('es', 'inc_double_charge:body:1', ARRAY[
  'Este mes nos cobraron dos veces: dos cargos de {amount} el mismo día. Por favor, reembolsen el duplicado.',
  'Después de cambiar de plan ayer nos volvieron a cobrar el importe completo. Ahora tenemos dos pagos de {amount}.',
  'En el extracto de la tarjeta aparece el cargo de {amount} dos veces.']),
('pt', 'inc_double_charge:subj', ARRAY[
  'Cobrança em duplicidade',
  'Fomos cobrados duas vezes']),
('pt', 'inc_double_charge:body:1', ARRAY[
  'Fomos cobrados duas vezes este mês: duas cobranças de {amount} no mesmo dia. Por favor, estornem a duplicada.',
  'Depois que mudamos de plano ontem, o valor cheio foi cobrado de novo. Agora temos dois pagamentos de {amount}.',
  'A fatura do cartão mostra a cobrança de {amount} duas vezes.']),
('ja', 'inc_double_charge:subj', ARRAY[
  '二重請求について',
  '料金が二重に引き落とされています']),
('ja', 'inc_double_charge:body:1', ARRAY[
  '今月、同じ日に{amount}が2回請求されています。重複分の返金をお願いいたします。',
  'プラン変更後、再度全額が請求されました。{amount}の支払いが2件になっています。']),
('zh', 'inc_double_charge:subj', ARRAY[
  '重复扣款',
  '被扣了两次钱']),
('zh', 'inc_double_charge:body:1', ARRAY[
  '这个月同一天被扣了两次{amount}，请退还重复的款项。',
  '昨天更换套餐后又被扣了全款，现在有两笔{amount}的付款。']);

-- Wrapper parts. An empty string in ctx or ask means "says nothing more".
INSERT INTO backlog_demo.phrases VALUES
('en', 'greet', ARRAY['Hi,', 'Hello,', 'Hi team,', 'Dear Support,', 'Hello Kestrel team,', 'Hey there,', 'Good morning,', 'Hi Kestrel support,']),
('en', 'signoff', ARRAY['Thanks,', 'Thank you,', 'Best regards,', 'Kind regards,', 'Cheers,', 'Best,', 'Thanks in advance,', 'Regards,']),
('en', 'ctx', ARRAY['', '', '', 'This is blocking our whole team.', 'It was working fine until {date}.',
  'I''ve attached a screenshot.', 'We have a deadline on Friday.', 'It happens in every browser we tried.',
  'Not sure if this is on our side or yours.', 'Several of my colleagues see the same thing.']),
('en', 'ctx_q', ARRAY['', '', '', 'We are on the {plan} plan.', 'I already checked your help center but couldn''t find an answer.',
  'Thanks in advance.', 'Happy to jump on a call if that''s easier.', 'Sorry if this has been asked before.']),
('en', 'ask', ARRAY['', '', 'Can you please help?', 'Could you look into this?', 'Please advise.', 'What should we do?',
  'Thanks for your help!', 'Let me know if you need anything else from me.', 'Any help appreciated.']),
('en', 'mobile', ARRAY['Sent from my iPhone', 'Sent from my iPhone', 'Sent from my Android phone', 'Sent from Outlook for iOS', 'Get Outlook for Android']),
('en', 'disclaimer', ARRAY[
  'CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.',
  'This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error, please notify the sender and delete it.',
  'Please consider the environment before printing this e-mail.']),
('en', 'repeat_open', ARRAY['Any update on this?', 'I''m writing again because I haven''t heard back.',
  'Following up on my earlier message.', 'Still waiting on a response here.',
  'Is anyone looking at this? I sent a request a few days ago.', 'Second time asking about this.',
  'Sorry to chase, but this is still a problem for us.']),
('en', 'colleague_open', ARRAY['My colleague {qfirst} already wrote to you about this.',
  'I think {qfirst} from our team contacted you about this already.', 'Following up on what {qfirst} sent you.',
  'Writing on behalf of {qfirst}, who is out this week.']),
('en', 'fwd_note', ARRAY['See below - can you please look into this?', 'Forwarding this from {qfirst}. Any news?',
  'FYI, this is still open for us. See {qfirst}''s message below.', 'Please see below.']),
('en', 'quote_hdr', ARRAY['On {qdate}, {qname} <{qemail}> wrote:']),
('en', 'fwd_hdr', ARRAY['---------- Forwarded message ---------']),
('en', 'datefmt', ARRAY['Dy, Mon DD, YYYY "at" HH12:MI AM']),
('en', 'reply_prefix', ARRAY['Re: ', 'RE: ', 'Re: ', 'Follow-up: ', 'Still not resolved: ']),
('en', 'fwd_prefix', ARRAY['Fwd: ', 'FW: ']),
('en', 'agent_said', ARRAY[
  'Thanks for reaching out! I''ve gone ahead and updated that for you. Let us know if there''s anything else.',
  'I''m happy to help. Could you send us a screenshot of what you see?',
  'Your request has been received and is being reviewed by our support staff.',
  'Good news - this should be working again. Please clear your browser cache and try once more.']),
('de', 'greet', ARRAY['Hallo,', 'Guten Tag,', 'Hallo zusammen,', 'Sehr geehrte Damen und Herren,', 'Hallo Kestrel-Team,']),
('de', 'signoff', ARRAY['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße', 'Danke und Gruß', 'VG']),
('de', 'ctx', ARRAY['', '', 'Das blockiert gerade unser ganzes Team.', 'Bis {date} hat alles funktioniert.',
  'Einen Screenshot habe ich angehängt.']),
('de', 'ctx_q', ARRAY['', '', 'Wir nutzen den Tarif {plan}.', 'Im Hilfe-Center habe ich dazu nichts gefunden.']),
('de', 'ask', ARRAY['', 'Können Sie uns bitte helfen?', 'Könnten Sie sich das bitte ansehen?', 'Vielen Dank im Voraus!', 'Über eine schnelle Rückmeldung würde ich mich freuen.']),
('de', 'mobile', ARRAY['Von meinem iPhone gesendet', 'Gesendet von Outlook für Android']),
('de', 'disclaimer', ARRAY[
  'Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.']),
('de', 'repeat_open', ARRAY['Gibt es hierzu schon Neuigkeiten?', 'Ich melde mich noch einmal, da ich noch keine Antwort erhalten habe.', 'Wie ist hier der Stand?']),
('de', 'colleague_open', ARRAY['Mein Kollege {qfirst} hat Ihnen dazu schon geschrieben.', 'Ich melde mich im Auftrag von {qfirst}, der diese Woche nicht da ist.']),
('de', 'fwd_note', ARRAY['Siehe unten – können Sie sich das bitte ansehen?', 'Zur Info, siehe Nachricht von {qfirst} unten.']),
('de', 'quote_hdr', ARRAY['Am {qdate} schrieb {qname} <{qemail}>:']),
('de', 'fwd_hdr', ARRAY['-------- Weitergeleitete Nachricht --------']),
('de', 'datefmt', ARRAY['DD.MM.YYYY "um" HH24:MI']),
('de', 'reply_prefix', ARRAY['AW: ', 'Re: ', 'AW: ']),
('de', 'fwd_prefix', ARRAY['WG: ', 'Fwd: ']),
('fr', 'greet', ARRAY['Bonjour,', 'Bonjour à tous,', 'Madame, Monsieur,', 'Bonjour l''équipe Kestrel,']),
('fr', 'signoff', ARRAY['Cordialement,', 'Bien à vous,', 'Merci d''avance,', 'Bonne journée,', 'Bien cordialement,']),
('fr', 'ctx', ARRAY['', '', 'Cela bloque toute notre équipe.', 'Tout fonctionnait encore le {date}.',
  'Vous trouverez une capture d''écran en pièce jointe.']),
('fr', 'ctx_q', ARRAY['', '', 'Nous sommes sur l''offre {plan}.', 'Je n''ai rien trouvé dans votre centre d''aide.']),
('fr', 'ask', ARRAY['', 'Pouvez-vous nous aider ?', 'Merci de regarder cela rapidement.', 'Merci pour votre aide.']),
('fr', 'mobile', ARRAY['Envoyé de mon iPhone', 'Envoyé depuis Outlook pour Android']),
('fr', 'disclaimer', ARRAY[
  'Ce message et toutes les pièces jointes sont confidentiels et établis à l''intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d''en avertir immédiatement l''expéditeur.']),
('fr', 'repeat_open', ARRAY['Avez-vous des nouvelles à ce sujet ?', 'Je me permets de relancer ma demande.', 'Toujours pas de réponse de votre part...']),
('fr', 'colleague_open', ARRAY['Mon collègue {qfirst} vous a déjà écrit à ce sujet.', 'Je vous écris de la part de {qfirst}, absent cette semaine.']),
('fr', 'fwd_note', ARRAY['Voir ci-dessous, pouvez-vous regarder ?', 'Pour info, voir le message de {qfirst} ci-dessous.']),
('fr', 'quote_hdr', ARRAY['Le {qdate}, {qname} <{qemail}> a écrit :']),
('fr', 'fwd_hdr', ARRAY['-------- Message transféré --------']),
('fr', 'datefmt', ARRAY['DD/MM/YYYY "à" HH24:MI']),
('fr', 'reply_prefix', ARRAY['RE: ', 'Re: ']),
('fr', 'fwd_prefix', ARRAY['TR: ', 'Fwd: ']),
('es', 'greet', ARRAY['Hola,', 'Buenos días,', 'Estimado equipo de soporte:', 'Hola equipo,']),
('es', 'signoff', ARRAY['Saludos,', 'Un saludo,', 'Gracias,', 'Atentamente,']),
('es', 'ctx', ARRAY['', '', 'Esto está bloqueando a todo el equipo.', 'Hasta el {date} funcionaba bien.',
  'Adjunto una captura de pantalla.']),
('es', 'ctx_q', ARRAY['', '', 'Estamos en el plan {plan}.', 'No encontré nada en su centro de ayuda.']),
('es', 'ask', ARRAY['', '¿Pueden ayudarnos?', '¿Podrían revisarlo, por favor?', 'Quedo atento a su respuesta.']),
('es', 'mobile', ARRAY['Enviado desde mi iPhone', 'Enviado desde mi Android']),
('es', 'disclaimer', ARRAY[
  'Este mensaje y sus archivos adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. Si usted lo ha recibido por error, le rogamos que lo comunique al remitente y proceda a su eliminación.']),
('es', 'repeat_open', ARRAY['¿Hay alguna novedad sobre esto?', 'Vuelvo a escribir porque no he recibido respuesta.', 'Sigo esperando una respuesta.']),
('es', 'colleague_open', ARRAY['Mi compañero {qfirst} ya les escribió sobre esto.', 'Escribo en nombre de {qfirst}, que está fuera esta semana.']),
('es', 'fwd_note', ARRAY['Ver abajo, ¿pueden revisarlo?', 'Para su información, ver el mensaje de {qfirst} abajo.']),
('es', 'quote_hdr', ARRAY['El {qdate}, {qname} <{qemail}> escribió:']),
('es', 'fwd_hdr', ARRAY['---------- Mensaje reenviado ---------']),
('es', 'datefmt', ARRAY['DD/MM/YYYY, HH24:MI']),
('es', 'reply_prefix', ARRAY['RE: ', 'Re: ']),
('es', 'fwd_prefix', ARRAY['RV: ', 'Fwd: ']),
('pt', 'greet', ARRAY['Olá,', 'Bom dia,', 'Prezados,', 'Boa tarde,']),
('pt', 'signoff', ARRAY['Obrigado,', 'Atenciosamente,', 'Abraços,', 'Att.,']),
('pt', 'ctx', ARRAY['', '', 'Isso está bloqueando toda a equipe.', 'Até {date} funcionava normalmente.',
  'Segue print em anexo.']),
('pt', 'ctx_q', ARRAY['', '', 'Estamos no plano {plan}.', 'Não encontrei nada na central de ajuda.']),
('pt', 'ask', ARRAY['', 'Vocês podem ajudar?', 'Podem verificar, por favor?', 'Aguardo retorno.']),
('pt', 'mobile', ARRAY['Enviado do meu iPhone', 'Enviado do meu Android']),
('pt', 'disclaimer', ARRAY[
  'Esta mensagem pode conter informação confidencial ou privilegiada. Se você não for o destinatário, não está autorizado a utilizar, copiar ou divulgar as informações nela contidas. Se recebeu esta mensagem por engano, por favor avise imediatamente o remetente e apague-a.']),
('pt', 'repeat_open', ARRAY['Alguma novidade sobre isso?', 'Estou escrevendo novamente porque ainda não tive retorno.', 'Continuo aguardando uma resposta.']),
('pt', 'colleague_open', ARRAY['Meu colega {qfirst} já escreveu para vocês sobre isso.', 'Escrevo em nome do {qfirst}, que está fora esta semana.']),
('pt', 'fwd_note', ARRAY['Veja abaixo, podem verificar?', 'Para conhecimento, segue a mensagem do {qfirst} abaixo.']),
('pt', 'quote_hdr', ARRAY['Em {qdate}, {qname} <{qemail}> escreveu:']),
('pt', 'fwd_hdr', ARRAY['---------- Mensagem encaminhada ---------']),
('pt', 'datefmt', ARRAY['DD/MM/YYYY HH24:MI']),
('pt', 'reply_prefix', ARRAY['RES: ', 'Re: ']),
('pt', 'fwd_prefix', ARRAY['ENC: ', 'Fwd: ']),
('ja', 'greet', ARRAY['お世話になっております。', 'いつもお世話になっております。', 'ご担当者様']),
('ja', 'signoff', ARRAY['よろしくお願いいたします。', '何卒よろしくお願い申し上げます。']),
('ja', 'ctx', ARRAY['', 'チーム全体の業務に影響が出ています。', '{date}までは問題なく動作していました。']),
('ja', 'ctx_q', ARRAY['', '', 'ヘルプセンターを確認しましたが、見つかりませんでした。']),
('ja', 'ask', ARRAY['', 'ご確認いただけますでしょうか。', 'ご対応をお願いいたします。']),
('ja', 'mobile', ARRAY['iPhoneから送信']),
('ja', 'disclaimer', ARRAY['本メールは機密情報を含む場合があります。誤って受信された場合は、送信者にご連絡の上、本メールを削除してください。']),
('ja', 'repeat_open', ARRAY['先日お問い合わせした件について、その後いかがでしょうか。', '再度のご連絡失礼いたします。']),
('ja', 'colleague_open', ARRAY['同僚の{qfirst}から先日ご連絡した件です。']),
('ja', 'fwd_note', ARRAY['下記の件、ご確認をお願いいたします。']),
('ja', 'quote_hdr', ARRAY['{qdate} {qname} <{qemail}>:']),
('ja', 'fwd_hdr', ARRAY['---------- 転送メッセージ ----------']),
('ja', 'datefmt', ARRAY['YYYY/MM/DD HH24:MI']),
('ja', 'reply_prefix', ARRAY['Re: ', 'RE: ']),
('ja', 'fwd_prefix', ARRAY['Fwd: ', '転送: ']),
('zh', 'greet', ARRAY['您好，', '你好，', '尊敬的客服团队：']),
('zh', 'signoff', ARRAY['谢谢！', '此致敬礼', '祝好']),
('zh', 'ctx', ARRAY['', '这个问题影响了我们整个团队。', '{date}之前一切正常。']),
('zh', 'ctx_q', ARRAY['', '', '我在帮助中心没有找到答案。']),
('zh', 'ask', ARRAY['', '请帮忙看一下。', '麻烦尽快处理，谢谢。']),
('zh', 'mobile', ARRAY['发自我的iPhone']),
('zh', 'disclaimer', ARRAY['本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件。']),
('zh', 'repeat_open', ARRAY['请问这个问题有进展吗？', '我之前提交过这个问题，一直没有收到回复。']),
('zh', 'colleague_open', ARRAY['我的同事{qfirst}之前已经联系过你们。']),
('zh', 'fwd_note', ARRAY['请看下面的邮件，麻烦处理一下。']),
('zh', 'quote_hdr', ARRAY['在 {qdate}，{qname} <{qemail}> 写道：']),
('zh', 'fwd_hdr', ARRAY['---------- 转发的邮件 ----------']),
('zh', 'datefmt', ARRAY['YYYY年MM月DD日 HH24:MI']),
('zh', 'reply_prefix', ARRAY['回复：', 'Re: ']),
('zh', 'fwd_prefix', ARRAY['转发：', 'Fwd: ']);

-- People, companies and the things tickets mention.
INSERT INTO backlog_demo.phrases VALUES
('en', 'first', ARRAY['James','Mary','Robert','Patricia','John','Jennifer','Michael','Linda','David','Elizabeth',
  'William','Barbara','Richard','Susan','Joseph','Jessica','Thomas','Sarah','Chris','Karen','Daniel','Emily',
  'Matthew','Ashley','Anthony','Emma','Mark','Olivia','Priya','Raj','Aisha','Omar','Wei','Mei','Carlos','Sofia',
  'Liam','Noah','Ava','Mia','Ethan','Grace','Ryan','Hannah','Kevin','Laura','Brian','Megan','Tom','Rachel']),
('en', 'last', ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
  'Hernandez','Lopez','Wilson','Anderson','Taylor','Thomas','Moore','Jackson','Martin','Lee','Thompson','White',
  'Harris','Clark','Lewis','Walker','Hall','Young','Allen','King','Wright','Scott','Green','Baker','Adams',
  'Nelson','Hill','Campbell','Mitchell','Roberts','Patel','Nguyen','Kim','Chen','Singh','Murphy','O''Brien','Kelly']),
('de', 'first', ARRAY['Lukas','Anna','Felix','Lea','Jonas','Laura','Maximilian','Julia','Paul','Sophie','Leon',
  'Katharina','Tobias','Sarah','Jan','Lisa','Stefan','Sabine','Michael','Claudia','Jürgen','Birgit']),
('de', 'last', ARRAY['Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schulz','Hoffmann',
  'Koch','Richter','Klein','Wolf','Schröder','Neumann','Braun','Zimmermann','Krüger','Hartmann']),
('fr', 'first', ARRAY['Camille','Louis','Léa','Hugo','Chloé','Lucas','Manon','Nathan','Julie','Thomas','Inès',
  'Antoine','Claire','Pierre','Élodie','Mathieu']),
('fr', 'last', ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau',
  'Simon','Laurent','Lefèvre','Michel','Garnier','Fontaine']),
('es', 'first', ARRAY['Lucía','Hugo','Martina','Pablo','María','Daniel','Paula','Alejandro','Carmen','Javier',
  'Sofía','Diego','Elena','Andrés']),
('es', 'last', ARRAY['García','Fernández','González','Rodríguez','López','Martínez','Sánchez','Pérez','Gómez',
  'Martín','Jiménez','Ruiz','Hernández','Díaz']),
('pt', 'first', ARRAY['João','Maria','Pedro','Ana','Lucas','Juliana','Gabriel','Mariana','Rafael','Beatriz',
  'Mateus','Camila','Thiago','Fernanda']),
('pt', 'last', ARRAY['Silva','Santos','Oliveira','Souza','Rodrigues','Ferreira','Alves','Pereira','Lima','Gomes',
  'Costa','Ribeiro','Carvalho','Araújo']),
('ja', 'first', ARRAY['Haruto','Yui','Sota','Hina','Ren','Aoi','Yuto','Sakura','Takumi','Mio','Kenji','Yuki']),
('ja', 'last', ARRAY['Sato','Suzuki','Takahashi','Tanaka','Watanabe','Ito','Yamamoto','Nakamura','Kobayashi',
  'Kato','Yoshida','Yamada']),
('zh', 'first', ARRAY['Wei','Fang','Lei','Jing','Hao','Min','Jie','Xin','Yang','Ting','Chen','Li']),
('zh', 'last', ARRAY['Wang','Li','Zhang','Liu','Chen','Yang','Huang','Zhao','Wu','Zhou','Xu','Sun']),
-- 83 and 29 words: coprime, so account i gets the unique pair (i mod 83, i mod 29) up to 2,407.
('en', 'company_prefix', ARRAY['Northwind','Bluefin','Granite','Harbor','Summit','Riverstone','Lumen','Apex',
  'Cobalt','Evergreen','Falcon','Juniper','Keystone','Meridian','Nimbus','Orchard','Pinnacle','Quarry','Redwood',
  'Silverline','Tidewater','Upland','Vantage','Willow','Zephyr','Atlas','Beacon','Cedar','Delta','Ember','Fjord',
  'Glacier','Horizon','Ironwood','Jade','Kite','Lakeside','Maple','Nova','Oakridge','Polar','Quartz','Ridgeline',
  'Sequoia','Trident','Unity','Vertex','Westbrook','Yellowtail','Zenith','Alder','Birch','Crescent','Driftwood',
  'Eastgate','Foxglove','Greenfield','Highland','Indigo','Juno','Kingsley','Lighthouse','Mosaic','Northstar',
  'Oasis','Pioneer','Quill','Rosewood','Sterling','Thistle','Umbra','Violet','Wildflower','Aurora','Bramble',
  'Canyon','Dune','Elmstead','Fernhill','Grove','Heron','Ivory','Jetstream']),
('en', 'company_suffix', ARRAY['Logistics','Health','Labs','Retail','Foods','Media','Systems','Partners',
  'Analytics','Consulting','Dental','Legal','Realty','Energy','Studios','Robotics','Travel','Insurance','Capital',
  'Design','Education','Fitness','Pharma','Marketing','Software','Architects','Construction','Apparel','Hospitality']),
('en', 'titles', ARRAY['Office Manager','Head of Finance','IT Administrator','Operations Lead','CEO',
  'Customer Success Manager','Accountant','Project Manager','Marketing Coordinator','CTO','Sales Director',
  'HR Specialist','Founder','Bookkeeper','Systems Engineer','Team Lead']),
('en', 'agents', ARRAY['Maria Santos','Daniel Okafor','Sophie Laurent','Kenji Mori','Aisha Rahman','Lucas Becker',
  'Emma Johansson','Mateo Alvarez','Chloe Martin','Ravi Kumar','Hannah Schulz','Noah Williams','Isabel Costa',
  'Tom Fischer','Grace Liu','Omar Haddad','Julia Nowak','Ethan Brooks','Lena Vogel','Samuel Mensah',
  'Nina Petrova','Oliver Grant','Camila Rocha','Jack Turner','Yuki Tanaka','Leo Moretti','Zoe Campbell',
  'Ahmed Farouk','Ella Novak','Marcus Reed','Ines Duarte','Felix Weber','Chiara Bianchi','Arjun Mehta',
  'Rosa Jimenez','Ben Harper','Mila Horvat','Victor Dumont','Amara Obi','Sean O''Connor','Tara Singh',
  'Hugo Lindqvist','Anna Kowalski','Diego Ramos','Freya Nilsson','Kofi Asante','Lucy Evans','Pavel Dvorak',
  'Sara Haddad','Jonas Berg','Olga Ivanova','Ryan Park','Elif Yilmaz','Mark Dawson','Nadia Karim',
  'Paul Richter','Lina Chen','Max Hoffmann','Eva Fernandes','Ian Walsh']),
('en', 'features', ARRAY['dashboard','reports page','invoice editor','contacts list','calendar view','timesheet page',
  'projects board','audit log','user management page','analytics tab']),
('de', 'features', ARRAY['Dashboard','Berichte','Rechnungseditor','Kontakte','Kalender','Zeiterfassung',
  'Projekte','Audit-Log','Benutzerverwaltung','Analysen']),
('fr', 'features', ARRAY['Tableau de bord','Rapports','Éditeur de factures','Contacts','Calendrier','Feuilles de temps',
  'Projets','Journal d''audit','Gestion des utilisateurs','Analyses']),
('es', 'features', ARRAY['Panel','Informes','Editor de facturas','Contactos','Calendario','Hojas de horas',
  'Proyectos','Registro de auditoría','Gestión de usuarios','Analítica']),
('pt', 'features', ARRAY['Painel','Relatórios','Editor de faturas','Contatos','Calendário','Planilhas de horas',
  'Projetos','Log de auditoria','Gestão de usuários','Análises']),
('ja', 'features', ARRAY['ダッシュボード','レポート画面','請求書エディター','連絡先一覧','カレンダー表示','タイムシート画面',
  'プロジェクトボード','監査ログ','ユーザー管理画面','分析タブ']),
('zh', 'features', ARRAY['仪表盘','报表页面','发票编辑器','联系人列表','日历视图','工时表页面',
  '项目看板','审计日志','用户管理页面','分析标签页']),
('en', 'integrations', ARRAY['Salesforce','HubSpot','Slack','Shopify','QuickBooks Online','Xero','Zapier',
  'Google Sheets','Microsoft Teams','Stripe','Jira','Mailchimp','NetSuite','Pipedrive']),
('en', 'errors', ARRAY['error 500','HTTP 502 Bad Gateway','ERR_SYNC_409','error code 4012','"invalid_grant"',
  'a timeout after 30s','E-1043','"Something went wrong (ref: 7f3a9c)"',
  'TypeError: Cannot read properties of undefined (reading ''map'')']),
('en', 'reports', ARRAY['Monthly revenue','Pipeline by owner','Weekly timesheet','Churn by cohort','Open invoices','Utilization']),
('en', 'app_versions', ARRAY['5.12.0','5.12.1','5.13.0','5.13.2']),
('en', 'mobile_os', ARRAY['iOS 18.1','iOS 17.6','Android 15','Android 14','iPadOS 18.1']),
('en', 'browsers', ARRAY['Chrome 130.0.6723.92','Chrome 131.0.6778.70','Firefox 132.0','Safari 18.1','Edge 130.0.2849.68']),
('en', 'desktop_os', ARRAY['Windows 11','Windows 10','macOS 15.1','macOS 14.6','Ubuntu 24.04','ChromeOS']),
('en', 'vague_subject', ARRAY['Help','Question','problem','Urgent!!','Support request','Issue','(no subject)']);

-- ---------------------------------------------------------------------------------------------
-- What generate() writes besides backlog.tickets and backlog.ticket_events.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog_demo.accounts (
    account         text PRIMARY KEY,
    account_no      integer NOT NULL UNIQUE,
    tier            text NOT NULL CHECK (tier IN ('enterprise', 'business', 'starter', 'free')),
    contract_value  numeric NOT NULL CHECK (contract_value >= 0),
    lang            text NOT NULL,
    time_zone       text NOT NULL,
    domain          text NOT NULL,
    contacts        integer NOT NULL CHECK (contacts > 0),
    currency        text NOT NULL,
    activity        double precision NOT NULL CHECK (activity > 0)
);
COMMENT ON TABLE backlog_demo.accounts IS 'Customer accounts of the demo data set.';
COMMENT ON COLUMN backlog_demo.accounts.account IS 'Account name, as in backlog.tickets.account.';
COMMENT ON COLUMN backlog_demo.accounts.account_no IS 'Generator''s number of the account.';
COMMENT ON COLUMN backlog_demo.accounts.tier IS 'enterprise, business, starter or free (as in backlog.tickets.account_tier).';
COMMENT ON COLUMN backlog_demo.accounts.contract_value IS 'Annual contract value (log-normal per tier; 0 for free accounts).';
COMMENT ON COLUMN backlog_demo.accounts.lang IS 'Language the account''s people mostly write in.';
COMMENT ON COLUMN backlog_demo.accounts.time_zone IS 'Time zone of the account (shapes when its tickets arrive).';
COMMENT ON COLUMN backlog_demo.accounts.domain IS 'E-mail domain of its requesters (free accounts use web-mail addresses).';
COMMENT ON COLUMN backlog_demo.accounts.contacts IS 'Number of distinct people who write in for the account.';
COMMENT ON COLUMN backlog_demo.accounts.currency IS 'Currency symbol of its invoices.';
COMMENT ON COLUMN backlog_demo.accounts.activity IS 'Relative ticket volume (bigger accounts write more).';

CREATE TABLE backlog_demo.agents (
    agent     text PRIMARY KEY,
    agent_no  integer NOT NULL UNIQUE,
    team      text NOT NULL CHECK (team IN ('tier1', 'tier2', 'billing', 'engineering')),
    email     text NOT NULL
);
COMMENT ON TABLE backlog_demo.agents IS 'Support agents of the demo data set and their teams.';
COMMENT ON COLUMN backlog_demo.agents.agent IS 'Agent name, as in backlog.tickets.assignee and assign events.';
COMMENT ON COLUMN backlog_demo.agents.agent_no IS 'Generator''s number of the agent.';
COMMENT ON COLUMN backlog_demo.agents.team IS 'tier1, tier2, billing or engineering (escalations).';
COMMENT ON COLUMN backlog_demo.agents.email IS 'Agent e-mail address.';

CREATE TABLE backlog_demo.ticket_truth (
    ticket_id  bigint PRIMARY KEY,
    issue_id   bigint NOT NULL,
    kind       text NOT NULL CHECK (kind IN ('original', 'repeat_same_account', 'colleague_same_account',
                                             'reworded_other_account', 'incident', 'lookalike_account_request',
                                             'independent_report')),
    duplicate_of bigint CHECK ((duplicate_of IS NOT NULL) = (kind IN ('repeat_same_account', 'colleague_same_account',
                                                                      'reworded_other_account')))
);
CREATE INDEX ON backlog_demo.ticket_truth (issue_id);
COMMENT ON TABLE backlog_demo.ticket_truth IS
  'Ground truth for duplicate detection: tickets with equal issue_id are the same issue.';
COMMENT ON COLUMN backlog_demo.ticket_truth.ticket_id IS 'The ticket (backlog.tickets.id).';
COMMENT ON COLUMN backlog_demo.ticket_truth.issue_id IS 'The issue: the id of the first ticket about it.';
COMMENT ON COLUMN backlog_demo.ticket_truth.duplicate_of IS 'For a duplicate, the ticket it was made from (the issue''s first ticket or a later report of it); NULL otherwise.';
COMMENT ON COLUMN backlog_demo.ticket_truth.kind IS
  'How the ticket was made: original (the first report of its issue), independent_report (a later report of the same issue written without knowing of the first: the same sub-issue with the same specifics; for an account-specific request, from the same account), repeat_same_account (same requester again, reworded), colleague_same_account, reworded_other_account, incident (the billing-bug flood, one issue), lookalike_account_request (the first account-specific request of its kind from its account; other accounts'' alike requests are other issues).';

CREATE TABLE backlog_demo.runs (
    tickets         integer NOT NULL,
    days            integer NOT NULL,
    seed            integer NOT NULL,
    start_at        timestamptz NOT NULL,
    end_at          timestamptz NOT NULL,
    incident_start  timestamptz NOT NULL,
    incident_fixed  timestamptz NOT NULL
);
COMMENT ON TABLE backlog_demo.runs IS 'The parameters of the last generate() (one row).';
COMMENT ON COLUMN backlog_demo.runs.tickets IS 'Number of tickets generated.';
COMMENT ON COLUMN backlog_demo.runs.days IS 'Length of the period in days.';
COMMENT ON COLUMN backlog_demo.runs.seed IS 'Seed of every random draw.';
COMMENT ON COLUMN backlog_demo.runs.start_at IS 'Start of the period (end_at - days).';
COMMENT ON COLUMN backlog_demo.runs.end_at IS 'End of the period: the "now" of the data set; no event is later.';
COMMENT ON COLUMN backlog_demo.runs.incident_start IS 'When the double-charge billing bug started.';
COMMENT ON COLUMN backlog_demo.runs.incident_fixed IS 'When it was fixed and refunds went out.';

-- phrase(lang, key): the phrasings of a part in a language, English when it has none.
CREATE FUNCTION backlog_demo.phrase(lang text, key text)
RETURNS text[]
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
    SELECT coalesce((SELECT p.txts FROM backlog_demo.phrases p WHERE p.lang = $1 AND p.key = $2),
                    (SELECT p.txts FROM backlog_demo.phrases p WHERE p.lang = 'en' AND p.key = $2))
$$;
COMMENT ON FUNCTION backlog_demo.phrase(text, text) IS
  'Phrasings of a template part in a language, falling back to English.';

-- priority_for(category, u): the priority a new ticket gets. Overall about 3% urgent,
-- 14% high, 58% normal, 25% low; bugs and login trouble run hotter than how-to questions.
CREATE FUNCTION backlog_demo.priority_for(category text, u double precision)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN u < CASE category WHEN 'how-to' THEN 0.003 WHEN 'billing' THEN 0.012 WHEN 'login' THEN 0.035
                               WHEN 'bug' THEN 0.05 WHEN 'integrations' THEN 0.035 ELSE 0.0 END THEN 'urgent'
        WHEN u < CASE category WHEN 'how-to' THEN 0.045 WHEN 'billing' THEN 0.11 WHEN 'login' THEN 0.19
                               WHEN 'bug' THEN 0.24 WHEN 'integrations' THEN 0.21 ELSE 0.015 END THEN 'high'
        WHEN u < CASE category WHEN 'how-to' THEN 0.66 WHEN 'billing' THEN 0.76 WHEN 'login' THEN 0.85
                               WHEN 'bug' THEN 0.85 WHEN 'integrations' THEN 0.85 ELSE 0.45 END THEN 'normal'
        ELSE 'low' END
$$;
COMMENT ON FUNCTION backlog_demo.priority_for(text, double precision) IS
  'Priority of a new ticket of a category for a uniform draw u.';

-- raise(priority): one level more urgent.
CREATE FUNCTION backlog_demo.raise(priority text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT CASE priority WHEN 'low' THEN 'normal' WHEN 'normal' THEN 'high' ELSE 'urgent' END
$$;
COMMENT ON FUNCTION backlog_demo.raise(text) IS 'The priority one level above (urgent stays urgent).';

-- ---------------------------------------------------------------------------------------------
-- generate(tickets, days, seed, end_at [, replace]): fills the ticket store.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog_demo.generate(tickets integer DEFAULT 50000,
                                      days integer DEFAULT 90,
                                      seed integer DEFAULT 42,
                                      end_at timestamptz DEFAULT date_trunc('hour', now()),
                                      replace boolean DEFAULT false)
RETURNS TABLE (ticket_count bigint, event_count bigint, account_count bigint,
               agent_count bigint, duplicate_count bigint, incident_count bigint)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET work_mem = '256MB'
SET TimeZone = 'UTC'
SET jit = off
AS $fn$
DECLARE
    v_n       integer := tickets;
    v_days    integer := days;
    v_seed    integer := seed;
    v_end     timestamptz := date_trunc('second', end_at);
    v_start   timestamptz;
    v_nacc    integer;
    v_nag     integer;
    v_ninc    integer;
    v_ndup    integer;
    v_nb      integer;
    v_nshared integer;
    v_inc0    timestamptz;
    v_fix     timestamptz;
    v_t0      timestamptz := clock_timestamp();
BEGIN
    IF v_n IS NULL OR v_n < 500 OR v_n > 20000000 THEN
        RAISE EXCEPTION 'tickets must be between 500 and 20000000, not %', v_n
              USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF v_days IS NULL OR v_days < 28 OR v_days > 3650 THEN
        RAISE EXCEPTION 'days must be between 28 and 3650, not %', v_days
              USING ERRCODE = 'invalid_parameter_value',
                    HINT = 'The billing incident is placed in the last three weeks, so the period needs four weeks at least.';
    END IF;
    IF v_seed IS NULL THEN
        RAISE EXCEPTION 'seed must not be null' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF v_end IS NULL OR NOT isfinite(v_end) THEN
        RAISE EXCEPTION 'end_at must be a finite timestamp' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- The life cycle speaks the seeded statuses; an edited status table would fail half-way.
    IF (SELECT count(*) FROM backlog.statuses s
         WHERE (s.status, s.is_open, s.clock) IN (('new', true, 'running'), ('open', true, 'running'),
                                                  ('pending', true, 'paused'), ('on_hold', true, 'running'),
                                                  ('solved', false, 'stopped'), ('closed', false, 'stopped'))) <> 6 THEN
        RAISE EXCEPTION 'backlog.statuses lacks the seeded statuses the demo data uses'
              USING ERRCODE = 'object_not_in_prerequisite_state',
                    DETAIL = 'The generator writes new, open, pending, on_hold, solved and closed with their seeded meaning.',
                    HINT = 'Generate into a database where backlog.statuses holds the rows of backlog.status_seeds().';
    END IF;
    IF EXISTS (SELECT 1 FROM backlog.tickets) OR EXISTS (SELECT 1 FROM backlog.ticket_events) THEN
        IF NOT coalesce(replace, false) THEN
            RAISE EXCEPTION 'backlog.tickets is not empty'
                  USING ERRCODE = 'object_not_in_prerequisite_state',
                        DETAIL = 'generate() only fills an empty ticket store; it deletes nothing unless asked to.',
                        HINT = 'Call backlog_demo.generate(..., replace => true) to delete every ticket and event first.';
        END IF;
        -- DELETE rather than TRUNCATE: tables that reference tickets keep their own ON DELETE rules.
        DELETE FROM backlog.ticket_events;
        DELETE FROM backlog.tickets;
    END IF;
    TRUNCATE backlog_demo.ticket_truth, backlog_demo.accounts, backlog_demo.agents, backlog_demo.runs;

    -- The English word lists, as columns of one row: joined rather than looked up per ticket.
    CREATE TEMP TABLE _e ON COMMIT DROP AS
    SELECT backlog_demo.phrase('en', 'company_prefix') AS company_prefix,
           backlog_demo.phrase('en', 'company_suffix') AS company_suffix,
           backlog_demo.phrase('en', 'titles') AS titles,
           backlog_demo.phrase('en', 'agents') AS agents,
           backlog_demo.phrase('en', 'features') AS features,
           backlog_demo.phrase('en', 'integrations') AS integrations,
           backlog_demo.phrase('en', 'errors') AS errors,
           backlog_demo.phrase('en', 'reports') AS reports,
           backlog_demo.phrase('en', 'app_versions') AS app_versions,
           backlog_demo.phrase('en', 'mobile_os') AS mobile_os,
           backlog_demo.phrase('en', 'browsers') AS browsers,
           backlog_demo.phrase('en', 'desktop_os') AS desktop_os,
           backlog_demo.phrase('en', 'vague_subject') AS vague_subject,
           backlog_demo.phrase('en', 'agent_said') AS agent_said;

    v_start := v_end - make_interval(days => v_days);
    v_nacc := GREATEST(40, round(5.5 * sqrt(v_n)))::integer;
    v_nag := LEAST(60, GREATEST(25, round(v_n / 1100.0)))::integer;
    v_ninc := GREATEST(8, round(v_n * 0.01))::integer;
    v_ndup := round(v_n * 0.10)::integer;
    v_nb := v_n - v_ninc - v_ndup;
    -- The incident: a billing run on a Tuesday at 05:30 UTC 12 to 19 days before the end
    -- charges many accounts twice; the fix and the refunds go out two days later.
    v_inc0 := (date_trunc('week', (v_end - interval '13 days') AT TIME ZONE 'UTC')
               + interval '1 day 5 hours 30 minutes') AT TIME ZONE 'UTC';
    v_fix := v_inc0 + interval '50 hours';

    -- ---- accounts --------------------------------------------------------------------------
    INSERT INTO backlog_demo.accounts
    SELECT name || legal, i, tier,
           CASE tier WHEN 'enterprise' THEN round(backlog_demo.lognormal(i, v_seed, 14, 95000, 0.6)::numeric, -2)
                     WHEN 'business'   THEN round(backlog_demo.lognormal(i, v_seed, 14, 18000, 0.5)::numeric, -2)
                     WHEN 'starter'    THEN round(backlog_demo.lognormal(i, v_seed, 14, 2400, 0.45)::numeric, -1)
                     ELSE 0 END,
           lang, tz,
           CASE WHEN tier = 'free' THEN 'webmail' ELSE backlog_demo.ascii(name) || tld END,
           CASE tier WHEN 'enterprise' THEN 8 + floor(backlog_demo.u(i, v_seed, 16) * 22)
                     WHEN 'business'   THEN 3 + floor(backlog_demo.u(i, v_seed, 16) * 9)
                     WHEN 'starter'    THEN 1 + floor(backlog_demo.u(i, v_seed, 16) * 4)
                     ELSE 1 + floor(backlog_demo.u(i, v_seed, 16) * 2) END,
           CASE WHEN tz IN ('Europe/Berlin', 'Europe/Paris', 'Europe/Madrid') THEN '€'
                WHEN tz = 'Europe/London' THEN '£' WHEN tz = 'America/Mexico_City' THEN 'MX$'
                WHEN tz = 'America/Sao_Paulo' THEN 'R$' WHEN tz = 'Australia/Sydney' THEN 'A$'
                WHEN tz = 'Asia/Singapore' THEN 'S$' WHEN tz IN ('Asia/Tokyo', 'Asia/Shanghai') THEN '¥'
                ELSE '$' END,
           CASE tier WHEN 'enterprise' THEN 10 WHEN 'business' THEN 3.5 WHEN 'starter' THEN 1.2 ELSE 0.5 END
               * backlog_demo.lognormal(i, v_seed, 15, 1, 0.7)
      FROM (SELECT i, lang, tier, tz, tld,
                   pre[1 + (i - 1) % cardinality(pre)] || ' ' || suf[1 + (i - 1) % cardinality(suf)]
                   || CASE WHEN (i - 1) / (cardinality(pre) * cardinality(suf)) > 0
                           THEN ' ' || ((i - 1) / (cardinality(pre) * cardinality(suf)) + 1) ELSE '' END AS name,
                   CASE lang WHEN 'de' THEN CASE WHEN backlog_demo.u(i, v_seed, 17) < 0.15 THEN ' AG' ELSE ' GmbH' END
                             WHEN 'fr' THEN ' SAS' WHEN 'es' THEN ' S.L.' WHEN 'pt' THEN ' Ltda.'
                             WHEN 'ja' THEN ' K.K.' WHEN 'zh' THEN ' Co., Ltd.'
                             ELSE backlog_demo.pick(ARRAY['', '', ' Inc.', ' LLC', ' Ltd'], backlog_demo.u(i, v_seed, 17)) END AS legal
              FROM (SELECT i, lang, tier, tz,
                           CASE tz WHEN 'Europe/London' THEN '.co.uk' WHEN 'Europe/Berlin' THEN '.de'
                                   WHEN 'Europe/Paris' THEN '.fr' WHEN 'Europe/Madrid' THEN '.es'
                                   WHEN 'America/Mexico_City' THEN '.com.mx' WHEN 'America/Sao_Paulo' THEN '.com.br'
                                   WHEN 'Asia/Tokyo' THEN '.co.jp' WHEN 'Asia/Shanghai' THEN '.cn'
                                   WHEN 'Australia/Sydney' THEN '.com.au' WHEN 'Asia/Singapore' THEN '.sg'
                                   ELSE backlog_demo.pick(ARRAY['.com', '.com', '.com', '.io', '.co'], backlog_demo.u(i, v_seed, 18)) END AS tld
                      FROM (SELECT i, lang,
                                   CASE WHEN ut < 0.05 THEN 'enterprise' WHEN ut < 0.25 THEN 'business'
                                        WHEN ut < 0.65 THEN 'starter' ELSE 'free' END AS tier,
                                   CASE lang
                                       WHEN 'en' THEN CASE WHEN uz < 0.38 THEN 'America/New_York' WHEN uz < 0.55 THEN 'America/Chicago'
                                                           WHEN uz < 0.75 THEN 'America/Los_Angeles' WHEN uz < 0.92 THEN 'Europe/London'
                                                           WHEN uz < 0.97 THEN 'Australia/Sydney' ELSE 'Asia/Singapore' END
                                       WHEN 'de' THEN 'Europe/Berlin' WHEN 'fr' THEN 'Europe/Paris'
                                       WHEN 'es' THEN CASE WHEN uz < 0.6 THEN 'Europe/Madrid' ELSE 'America/Mexico_City' END
                                       WHEN 'pt' THEN 'America/Sao_Paulo' WHEN 'ja' THEN 'Asia/Tokyo'
                                       ELSE 'Asia/Shanghai' END AS tz
                              FROM (SELECT i, backlog_demo.u(i, v_seed, 12) AS ut, backlog_demo.u(i, v_seed, 13) AS uz,
                                           CASE WHEN ul < 0.82 THEN 'en' WHEN ul < 0.87 THEN 'de' WHEN ul < 0.91 THEN 'fr'
                                                WHEN ul < 0.945 THEN 'es' WHEN ul < 0.97 THEN 'pt' WHEN ul < 0.986 THEN 'ja'
                                                ELSE 'zh' END AS lang
                                      FROM (SELECT i, backlog_demo.u(i, v_seed, 11) AS ul
                                              FROM generate_series(1, v_nacc) i) s0) s1) s2) s3,
                   (SELECT company_prefix AS pre, company_suffix AS suf FROM _e) w) s4;

    ANALYZE backlog_demo.accounts;

    -- ---- agents: tier1 45%, tier2 25%, billing 15%, engineering escalations 15% -----------
    INSERT INTO backlog_demo.agents
    SELECT a.name, a.k,
           CASE WHEN a.k <= round(v_nag * 0.45) THEN 'tier1' WHEN a.k <= round(v_nag * 0.70) THEN 'tier2'
                WHEN a.k <= round(v_nag * 0.85) THEN 'billing' ELSE 'engineering' END,
           backlog_demo.ascii(split_part(a.name, ' ', 1)) || '.' || backlog_demo.ascii(split_part(a.name, ' ', 2)) || '@kestrel.io'
      FROM unnest(backlog_demo.phrase('en', 'agents')) WITH ORDINALITY AS a(name, k)
     WHERE a.k <= v_nag;

    RAISE DEBUG 'generate: % before CREATE TEMP TABLE _teams', clock_timestamp() - v_t0;
    CREATE TEMP TABLE _teams ON COMMIT DROP AS
    SELECT team, array_agg(agent ORDER BY agent_no) AS agents FROM backlog_demo.agents GROUP BY team;

    -- ---- lookup tables for weighted draws: a draw u picks the first row with hi > u --------
    CREATE TEMP TABLE _acc_cum ON COMMIT DROP AS
    SELECT account_no,
           CASE WHEN lead(account_no) OVER w IS NULL THEN 2.0
                ELSE sum(activity) OVER w / sum(activity) OVER () END AS hi
      FROM backlog_demo.accounts WINDOW w AS (ORDER BY account_no);
    CREATE INDEX ON _acc_cum (hi);
    CREATE TEMP TABLE _pay_cum ON COMMIT DROP AS
    SELECT account_no,
           CASE WHEN lead(account_no) OVER w IS NULL THEN 2.0
                ELSE sum(activity) OVER w / sum(activity) OVER () END AS hi
      FROM backlog_demo.accounts WHERE tier <> 'free' WINDOW w AS (ORDER BY account_no);
    CREATE INDEX ON _pay_cum (hi);

    CREATE TEMP TABLE _topic_cum ON COMMIT DROP AS
    SELECT topic,
           CASE WHEN lead(topic) OVER w IS NULL THEN 2.0 ELSE sum(wt) OVER w END AS hi
      FROM (SELECT t.topic, c.share * t.weight / sum(t.weight) OVER (PARTITION BY t.category) AS wt
              FROM backlog_demo.topics t JOIN backlog_demo.categories c USING (category)) s
    WINDOW w AS (ORDER BY topic);
    CREATE INDEX ON _topic_cum (hi);

    -- Arrival: one row per hour of the period and account time zone, weighted by the local
    -- day of week (Monday +40% over a midweek day, weekend days a quarter of one), the local hour
    -- (business-hour peaks at 10:00 and 14:00), mild growth over the period, and a per-day
    -- jitter so no two weeks look the same.
    RAISE DEBUG 'generate: % before CREATE TEMP TABLE _hours', clock_timestamp() - v_t0;
    CREATE TEMP TABLE _hours ON COMMIT DROP AS
    SELECT tz, slot,
           CASE WHEN lead(slot) OVER w IS NULL THEN 2.0 ELSE sum(wt) OVER w / sum(wt) OVER (PARTITION BY tz) END AS hi
      FROM (SELECT z.tz, h.slot,
                   (ARRAY[1.5, 1.1, 1.04, 1.0, 0.88, 0.24, 0.21])[extract(isodow FROM h.slot AT TIME ZONE z.tz)::integer]
                   * (ARRAY[0.06, 0.04, 0.03, 0.03, 0.04, 0.08, 0.2, 0.45, 0.85, 1.15, 1.2, 1.1,
                            0.85, 0.95, 1.1, 1.05, 0.95, 0.75, 0.5, 0.35, 0.28, 0.22, 0.15, 0.09])
                     [extract(hour FROM h.slot AT TIME ZONE z.tz)::integer + 1]
                   * (1.0 + 0.12 * extract(epoch FROM h.slot - v_start) / extract(epoch FROM v_end - v_start))
                   * (0.88 + 0.24 * backlog_demo.u((h.slot AT TIME ZONE 'UTC')::date - date '2000-01-01', v_seed, 21))
                   * LEAST(1.0, extract(epoch FROM v_end - h.slot) / 3600.0) AS wt
              FROM (SELECT DISTINCT time_zone AS tz FROM backlog_demo.accounts) z,
                   generate_series(date_trunc('hour', v_start), v_end - interval '1 second', interval '1 hour') h(slot)) s
    WINDOW w AS (PARTITION BY tz ORDER BY slot);
    CREATE INDEX ON _hours (tz, hi);

    -- Sub-issues with a text, per language; _sub: how many sub-issues each topic has (the
    -- English ones) and which of the slots that tell issues apart (integration, error,
    -- platform) each names.
    CREATE TEMP TABLE _tp ON COMMIT DROP AS
    SELECT b.lang, split_part(b.key, ':', 1) AS topic, split_part(b.key, ':', 3)::integer AS sub,
           s.txts AS subj, b.txts AS body
      FROM backlog_demo.phrases b
      JOIN backlog_demo.phrases s ON s.lang = b.lang AND s.key = split_part(b.key, ':', 1) || ':subj'
     WHERE b.key LIKE '%:body:%';
    CREATE UNIQUE INDEX ON _tp (lang, topic, sub);
    CREATE TEMP TABLE _sub ON COMMIT DROP AS
    SELECT topic, sub, count(*) OVER (PARTITION BY topic) AS nsub,
           ARRAY(SELECT m[1] FROM regexp_matches(array_to_string(body, ' '), '\{(integration|err|os)\}', 'g') m
                 GROUP BY m[1] ORDER BY m[1]) AS slots
      FROM _tp WHERE lang = 'en';
    CREATE UNIQUE INDEX ON _sub (topic, sub);
    IF EXISTS (SELECT 1 FROM backlog_demo.topics t WHERE NOT EXISTS (SELECT 1 FROM _sub s WHERE s.topic = t.topic AND s.sub = 1))
       OR EXISTS (SELECT 1 FROM _sub WHERE sub < 1 OR sub > nsub) THEN
        RAISE EXCEPTION 'backlog_demo.phrases: every topic needs English sub-issues body:1 .. body:n'
              USING ERRCODE = 'invalid_parameter_value';
    END IF;

    -- ---- tickets: ordinary ones (keys 1..nb) ----------------------------------------------
    -- Every ticket has a key; its draws are u(key, seed, salt). Draw salts 100-199 here.
    CREATE TEMP TABLE _t (
        key         bigint PRIMARY KEY,
        src         text NOT NULL,          -- base, dup or inc
        kind        text NOT NULL,
        parent_key  bigint,
        acc_no      integer NOT NULL,
        contact     integer NOT NULL,
        topic       text NOT NULL,
        sub         integer NOT NULL,       -- sub-issue of the topic (backlog_demo.phrases)
        category    text NOT NULL,
        created_at  timestamptz NOT NULL,
        channel     text NOT NULL,
        priority    text NOT NULL,
        lang        text NOT NULL
    ) ON COMMIT DROP;

    RAISE DEBUG 'generate: % before INSERT INTO _t     SELECT s.k', clock_timestamp() - v_t0;
    INSERT INTO _t
    SELECT s.k, 'base', CASE WHEN tp.lookalike THEN 'lookalike_account_request' ELSE 'original' END, NULL,
           a.account_no,
           floor(a.contacts * backlog_demo.u(s.k, v_seed, 104) ^ 2)::integer,
           tp.topic, sb.sub, tp.category,
           date_trunc('second', hr.slot + LEAST(interval '1 hour', v_end - hr.slot) * backlog_demo.u(s.k, v_seed, 105)),
           ch.channel,
           CASE WHEN a.tier = 'enterprise' AND backlog_demo.u(s.k, v_seed, 107) < 0.15
                THEN backlog_demo.raise(backlog_demo.priority_for(tp.category, backlog_demo.u(s.k, v_seed, 106)))
                ELSE backlog_demo.priority_for(tp.category, backlog_demo.u(s.k, v_seed, 106)) END,
           CASE WHEN a.lang <> 'en' AND ch.channel <> 'phone' AND backlog_demo.u(s.k, v_seed, 108) < 0.8
                     AND EXISTS (SELECT 1 FROM _tp WHERE _tp.lang = a.lang AND _tp.topic = tp.topic AND _tp.sub = sb.sub)
                THEN a.lang ELSE 'en' END
      FROM generate_series(1, v_nb) s(k)
     CROSS JOIN LATERAL (SELECT c.account_no FROM _acc_cum c WHERE c.hi > backlog_demo.u(s.k, v_seed, 101)
                          ORDER BY c.hi LIMIT 1) ac
      JOIN backlog_demo.accounts a ON a.account_no = ac.account_no
     CROSS JOIN LATERAL (SELECT c.topic FROM _topic_cum c WHERE c.hi > backlog_demo.u(s.k, v_seed, 102)
                          ORDER BY c.hi LIMIT 1) tc
      JOIN backlog_demo.topics tp ON tp.topic = tc.topic
     CROSS JOIN LATERAL (SELECT 1 + floor(n.nsub * backlog_demo.u(s.k, v_seed, 119))::integer AS sub
                           FROM _sub n WHERE n.topic = tp.topic AND n.sub = 1) sb
     CROSS JOIN LATERAL (SELECT h.slot FROM _hours h WHERE h.tz = a.time_zone AND h.hi > backlog_demo.u(s.k, v_seed, 103)
                          ORDER BY h.hi LIMIT 1) hr
     CROSS JOIN LATERAL (SELECT CASE WHEN uc < 0.42 THEN 'email' WHEN uc < 0.67 THEN 'web' WHEN uc < 0.86 THEN 'chat'
                                     WHEN uc < 0.93 THEN 'phone'
                                     WHEN tp.category IN ('bug', 'integrations') THEN 'api' ELSE 'web' END AS channel
                           FROM (SELECT backlog_demo.u(s.k, v_seed, 109) AS uc) x) ch;

    -- ---- duplicates (keys 1e9 + d) -------------------------------------------------------------
    -- Same requester again (reworded, often another channel), a colleague from the same
    -- account, or another account hit by the same defect. Other-account reports pile onto a
    -- few popular issues (u^3 over a random order of the shared-topic tickets); salts 200-299.
    -- Free accounts pay nothing: their billing questions are about a card that fails when they
    -- try to upgrade, or closing the account; never invoices, refunds or seats.
    UPDATE _t t
       SET topic = tp.topic,
           sub = 1 + floor(n.nsub * backlog_demo.u(t.key, v_seed, 119))::integer,
           kind = CASE WHEN tp.lookalike THEN 'lookalike_account_request' ELSE 'original' END
      FROM backlog_demo.accounts a, backlog_demo.topics tp, _sub n
     WHERE a.account_no = t.acc_no AND a.tier = 'free' AND t.category = 'billing'
       AND tp.topic = CASE WHEN backlog_demo.u(t.key, v_seed, 110) < 0.6 THEN 'bill_card_update' ELSE 'bill_cancel' END
       AND n.topic = tp.topic AND n.sub = 1;
    UPDATE _t t SET lang = 'en'
     WHERE t.lang <> 'en' AND NOT EXISTS (SELECT 1 FROM _tp WHERE _tp.lang = t.lang AND _tp.topic = t.topic AND _tp.sub = t.sub);
    ANALYZE _t;
    RAISE DEBUG 'generate: % ordinary tickets done', clock_timestamp() - v_t0;
    CREATE TEMP TABLE _shared ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY backlog_demo.u(t.key, v_seed, 200), t.key) AS rk, t.key
      FROM _t t JOIN backlog_demo.topics tp USING (topic) WHERE tp.shared;
    CREATE UNIQUE INDEX ON _shared (rk);
    SELECT count(*) INTO v_nshared FROM _shared;

    INSERT INTO _t
    SELECT d.key, 'dup', d.kind, p.key, d.acc_no,
           CASE WHEN d.kind = 'repeat_same_account' THEN p.contact
                WHEN d.kind = 'colleague_same_account'
                THEN (p.contact + 1 + floor(backlog_demo.u(d.key, v_seed, 210) * (pa.contacts - 1))::integer) % pa.contacts
                ELSE floor(a.contacts * backlog_demo.u(d.key, v_seed, 210) ^ 2)::integer END,
           p.topic, p.sub, p.category,
           CASE WHEN p.created_at + d.delay < v_end THEN date_trunc('second', p.created_at + d.delay)
                ELSE date_trunc('second', p.created_at + (v_end - p.created_at) * backlog_demo.u(d.key, v_seed, 211)) END,
           CASE WHEN d.kind = 'repeat_same_account' AND backlog_demo.u(d.key, v_seed, 212) < 0.5 THEN p.channel
                ELSE backlog_demo.pick(ARRAY['email', 'email', 'email', 'web', 'web', 'chat', 'chat', 'phone'],
                                       backlog_demo.u(d.key, v_seed, 213)) END,
           CASE WHEN d.kind = 'reworded_other_account'
                THEN backlog_demo.priority_for(p.category, backlog_demo.u(d.key, v_seed, 214))
                WHEN backlog_demo.u(d.key, v_seed, 214) < 0.2 THEN backlog_demo.raise(p.priority)
                ELSE p.priority END,
           CASE WHEN a.lang <> 'en' AND backlog_demo.u(d.key, v_seed, 215) < 0.8
                     AND EXISTS (SELECT 1 FROM _tp WHERE _tp.lang = a.lang AND _tp.topic = p.topic AND _tp.sub = p.sub)
                THEN a.lang ELSE 'en' END
      FROM (SELECT x.key, x.kind, x.parent_key,
                   CASE WHEN x.kind = 'reworded_other_account'
                        THEN (SELECT CASE WHEN c.account_no = pp.acc_no THEN c.account_no % v_nacc + 1 ELSE c.account_no END
                                FROM _acc_cum c WHERE c.hi > backlog_demo.u(x.key, v_seed, 205) ORDER BY c.hi LIMIT 1)
                        ELSE pp.acc_no END AS acc_no,
                   make_interval(secs => 3600 * LEAST(14 * 24, GREATEST(0.2, CASE x.kind
                        WHEN 'repeat_same_account' THEN backlog_demo.lognormal(x.key, v_seed, 206, 18, 1.0)
                        WHEN 'colleague_same_account' THEN backlog_demo.lognormal(x.key, v_seed, 206, 6, 1.2)
                        ELSE backlog_demo.lognormal(x.key, v_seed, 206, 30, 1.1) END))) AS delay
              FROM (SELECT y.key, y.parent_key,
                           CASE WHEN y.kind0 = 'colleague_same_account' AND pa.contacts < 2
                                THEN 'repeat_same_account' ELSE y.kind0 END AS kind
                      FROM (SELECT z.key, z.kind0,
                                   CASE WHEN z.kind0 = 'reworded_other_account'
                                        THEN (SELECT sh.key FROM _shared sh
                                               WHERE sh.rk = 1 + floor(v_nshared * backlog_demo.u(z.key, v_seed, 202) ^ 3)::bigint)
                                        ELSE 1 + floor(v_nb * backlog_demo.u(z.key, v_seed, 203))::bigint END AS parent_key
                              FROM (SELECT 1000000000::bigint + d AS key,
                                           CASE WHEN backlog_demo.u(1000000000::bigint + d, v_seed, 201) < 0.35 AND v_nshared > 0
                                                THEN 'reworded_other_account'
                                                WHEN backlog_demo.u(1000000000::bigint + d, v_seed, 201) < 0.72
                                                THEN 'repeat_same_account'
                                                ELSE 'colleague_same_account' END AS kind0
                                      FROM generate_series(1, v_ndup) d) z) y
                      JOIN _t p0 ON p0.key = y.parent_key
                      JOIN backlog_demo.accounts pa ON pa.account_no = p0.acc_no) x
              JOIN _t pp ON pp.key = x.parent_key) d
      JOIN _t p ON p.key = d.parent_key
      JOIN backlog_demo.accounts pa ON pa.account_no = p.acc_no
      JOIN backlog_demo.accounts a ON a.account_no = d.acc_no;

    ANALYZE _t;

    -- Few people chase a ticket on a Saturday: most follow-ups that would fall on the
    -- customer's weekend are sent on Monday morning instead (part of the Monday spike).
    UPDATE _t t
       SET created_at = m.monday
      FROM (SELECT d.key, date_trunc('second', (date_trunc('week', d.created_at AT TIME ZONE a.time_zone)
                          + interval '7 days 8 hours'
                          + backlog_demo.u(d.key, v_seed, 217) * interval '4 hours') AT TIME ZONE a.time_zone) AS monday
              FROM _t d JOIN backlog_demo.accounts a ON a.account_no = d.acc_no
             WHERE d.src = 'dup'
               AND extract(isodow FROM d.created_at AT TIME ZONE a.time_zone) >= 6
               AND backlog_demo.u(d.key, v_seed, 216) < 0.7) m
     WHERE t.key = m.key AND m.monday < v_end;

    -- ---- the incident (keys 2e9 + i): double charges from paying accounts, reported over ~3
    -- days, most in the first day, in the customers' morning; salts 300-399.
    RAISE DEBUG 'generate: % duplicates done', clock_timestamp() - v_t0;
    INSERT INTO _t
    SELECT x.key, 'inc', 'incident', NULL, a.account_no,
           floor(a.contacts * backlog_demo.u(x.key, v_seed, 303) ^ 2)::integer,
           'inc_double_charge', 1, 'billing',
           CASE WHEN extract(hour FROM x.t AT TIME ZONE a.time_zone) < 7 THEN x.t + interval '7 hours' ELSE x.t END,
           backlog_demo.pick(ARRAY['email', 'email', 'email', 'email', 'web', 'web', 'web', 'chat', 'chat', 'phone'],
                             backlog_demo.u(x.key, v_seed, 304)),
           CASE WHEN backlog_demo.u(x.key, v_seed, 305) < 0.15 THEN 'urgent'
                WHEN backlog_demo.u(x.key, v_seed, 305) < 0.6 THEN 'high' ELSE 'normal' END,
           CASE WHEN a.lang <> 'en' AND backlog_demo.u(x.key, v_seed, 306) < 0.8
                     AND EXISTS (SELECT 1 FROM _tp WHERE _tp.lang = a.lang AND _tp.topic = 'inc_double_charge')
                THEN a.lang ELSE 'en' END
      FROM (SELECT 2000000000::bigint + i AS key,
                   date_trunc('second', v_inc0 + make_interval(secs =>
                       -ln(1.0 - 0.985 * backlog_demo.u(2000000000::bigint + i, v_seed, 301)) * 12 * 3600)) AS t
              FROM generate_series(1, v_ninc) i) x
     CROSS JOIN LATERAL (SELECT c.account_no FROM _pay_cum c WHERE c.hi > backlog_demo.u(x.key, v_seed, 302)
                          ORDER BY c.hi LIMIT 1) ac
      JOIN backlog_demo.accounts a ON a.account_no = ac.account_no;

    -- ---- ids in order of arrival ----------------------------------------------------------
    CREATE TEMP TABLE _id ON COMMIT DROP AS
    SELECT key, 10000 + row_number() OVER (ORDER BY created_at, src, key) AS id FROM _t;
    CREATE UNIQUE INDEX ON _id (key);
    ANALYZE _id;

    ANALYZE _t;

    -- Phone tickets are the agent's call notes, written in English.
    UPDATE _t SET lang = 'en' WHERE channel = 'phone' AND lang <> 'en';

    -- ---- life-cycle plan, one row per ticket; salts 400-499 --------------------------------
    -- rounds: one letter per exchange before the solve: P = agent asks, ticket pending until
    -- the customer answers; O = agent answers, ticket stays open for the customer's reply;
    -- H = on hold, waiting on another team (engineering for bugs and integrations).
    RAISE DEBUG 'generate: % before CREATE TEMP TABLE _plan', clock_timestamp() - v_t0;
    CREATE TEMP TABLE _plan ON COMMIT DROP AS
    SELECT y.*,
           CASE WHEN y.live THEN y.created_at + interval '15 seconds'
                ELSE GREATEST(y.created_at + interval '1 second',
                              y.fr_at - make_interval(secs => 120 + 1600 * backlog_demo.u(y.key, v_seed, 430))) END AS assign_at,
           CASE WHEN backlog_demo.u(y.key, v_seed, 413) < 0.12 THEN strpos(y.rounds, 'P') - 1 ELSE -1 END AS never_idx,
           CASE WHEN y.merge_to IS NULL AND NOT y.zombie AND backlog_demo.u(y.key, v_seed, 414) < 0.085
                THEN 2 + 88 * backlog_demo.u(y.key, v_seed, 415) END AS reopen_h,
           CASE WHEN length(y.rounds) >= 1 AND backlog_demo.u(y.key, v_seed, 418) < 0.12 THEN 1 ELSE -1 END AS reass_idx,
           CASE WHEN backlog_demo.u(y.key, v_seed, 423) < 0.035
                THEN 1 + floor(backlog_demo.u(y.key, v_seed, 424) * GREATEST(length(y.rounds), 1))::integer
                ELSE -1 END AS stuck_idx
      FROM (SELECT x.*,
                   date_trunc('second', GREATEST(x.created_at + interval '60 seconds',
                       CASE WHEN x.live THEN x.created_at + make_interval(secs => 40 + 200 * backlog_demo.u(x.key, v_seed, 431))
                            WHEN x.priority = 'urgent' THEN x.created_at + make_interval(secs => 3600 * x.fr_h)
                            ELSE backlog_demo.bh_add(x.created_at, x.fr_h) END)) AS fr_at,
                   CASE WHEN x.src = 'inc' THEN CASE WHEN backlog_demo.u(x.key, v_seed, 412) < 0.88 THEN 'H' ELSE 'PO' END
                        ELSE substr(x.t1 || x.t2 || x.t3 || x.t4, 1,
                                    (backlog_demo.u(x.key, v_seed, 402) >= x.th[1])::integer
                                  + (backlog_demo.u(x.key, v_seed, 402) >= x.th[2])::integer
                                  + (backlog_demo.u(x.key, v_seed, 402) >= x.th[3])::integer) END AS rounds,
                   CASE WHEN x.src = 'inc' THEN v_fix + make_interval(secs => 3600 * backlog_demo.lognormal(x.key, v_seed, 432, 8, 0.8)) END AS hold_until,
                   CASE WHEN x.kind IN ('repeat_same_account', 'colleague_same_account')
                             AND backlog_demo.u(x.key, v_seed, 416) < 0.35 THEN x.parent_id END AS merge_to,
                   backlog_demo.pick(t1a.agents, backlog_demo.u(x.key, v_seed, 417)) AS agent1,
                   backlog_demo.pick(t2a.agents, backlog_demo.u(x.key, v_seed, 419)) AS agent2
              FROM (SELECT i.id, t.key, t.src, t.kind, t.created_at, t.priority, t.category, t.channel, a.tier,
                           pi.id AS parent_id, tm.team0,
                           CASE WHEN tm.team0 = 'tier1' THEN 'tier2' ELSE tm.team0 END AS team2,
                           t.channel IN ('chat', 'phone')
                               AND backlog_demo.bh_add(t.created_at, 0) = t.created_at AS live,
                           t.channel IN ('email', 'web', 'api') AND t.src <> 'inc'
                               AND backlog_demo.u(t.key, v_seed, 411) < 0.0025 AS zombie,
                           CASE t.category WHEN 'how-to' THEN ARRAY[0.50, 0.83, 0.96] WHEN 'billing' THEN ARRAY[0.45, 0.80, 0.95]
                                           WHEN 'login' THEN ARRAY[0.45, 0.80, 0.95] WHEN 'bug' THEN ARRAY[0.15, 0.55, 0.85]
                                           WHEN 'integrations' THEN ARRAY[0.20, 0.60, 0.88]
                                           ELSE ARRAY[0.70, 0.92, 1.01] END AS th,
                           CASE WHEN t.category IN ('bug', 'integrations') AND backlog_demo.u(t.key, v_seed, 403) < 0.45 THEN 'H'
                                WHEN backlog_demo.u(t.key, v_seed, 404) < 0.6 THEN 'P' ELSE 'O' END AS t1,
                           CASE WHEN backlog_demo.u(t.key, v_seed, 405) < 0.6 THEN 'P' ELSE 'O' END AS t2,
                           CASE WHEN backlog_demo.u(t.key, v_seed, 406) < 0.6 THEN 'P' ELSE 'O' END AS t3,
                           CASE WHEN backlog_demo.u(t.key, v_seed, 407) < 0.6 THEN 'P' ELSE 'O' END AS t4,
                           -- first reply: working hours by priority and tier; slower while the
                           -- incident floods the queue and on Mondays
                           CASE t.priority WHEN 'urgent' THEN 0.5 WHEN 'high' THEN 1.5 WHEN 'normal' THEN 4 ELSE 8 END
                           * CASE a.tier WHEN 'enterprise' THEN 0.6 WHEN 'business' THEN 0.85 WHEN 'starter' THEN 1 ELSE 1.6 END
                           * backlog_demo.lognormal(t.key, v_seed, 410, 1, 0.9)
                           * CASE WHEN t.created_at >= v_inc0 AND t.created_at < v_inc0 + interval '3 days' THEN 2.2 ELSE 1 END
                           * CASE WHEN extract(isodow FROM t.created_at) = 1 THEN 1.3 ELSE 1 END AS fr_h,
                           CASE WHEN t.priority = 'urgent' THEN NULL
                                WHEN backlog_demo.u(t.key, v_seed, 420) < 0.03 THEN backlog_demo.raise(t.priority) END AS bump,
                           CASE WHEN backlog_demo.u(t.key, v_seed, 421) < 0.06
                                THEN 5 + 10 * backlog_demo.u(t.key, v_seed, 422) ELSE 1 END AS hold_mult,
                           6 + 30 * backlog_demo.u(t.key, v_seed, 425) AS stuck_mult,
                           backlog_demo.u(t.key, v_seed, 426) < 0.55 AS chase,
                           CASE WHEN t.priority = 'urgent' THEN 3 + 5 * backlog_demo.u(t.key, v_seed, 427)
                                ELSE 28 + 48 * backlog_demo.u(t.key, v_seed, 427) END AS ping_gap,
                           CASE t.priority WHEN 'urgent' THEN 1 WHEN 'high' THEN 2 WHEN 'normal' THEN 3 ELSE 6 END AS agent_med
                      FROM _t t
                      JOIN _id i ON i.key = t.key
                      LEFT JOIN _id pi ON pi.key = t.parent_key
                      JOIN backlog_demo.accounts a ON a.account_no = t.acc_no
                      JOIN backlog_demo.categories c ON c.category = t.category
                     CROSS JOIN LATERAL (SELECT CASE
                               WHEN t.src = 'inc' THEN 'billing'
                               WHEN t.category = 'bug' AND t.priority IN ('urgent', 'high')
                                    AND backlog_demo.u(t.key, v_seed, 401) < 0.5 THEN 'engineering'
                               WHEN t.category = 'login' AND backlog_demo.u(t.key, v_seed, 401) < 0.3 THEN 'tier2'
                               ELSE c.team END AS team0) tm
                    OFFSET 0) x
              JOIN _teams t1a ON t1a.team = x.team0
              JOIN _teams t2a ON t2a.team = x.team2
            OFFSET 0) y;
    CREATE UNIQUE INDEX ON _plan (id);
    ANALYZE _plan;

    -- ---- events: every ticket's life cycle, stepped forward in lock step ---------------------
    -- A row is one moment in a ticket's life (phase ph at time at) with the events it records
    -- (e: kind, value pairs) and the state after it (status st, agent replies so far idx).
    -- The next row follows from the phase: the customer's turn (cust) comes a log-normal
    -- wall-clock delay after an agent asked; the agent's turn (reply) comes in working hours.
    -- While the customer waits on the agent, a chasing customer writes "any update?" (ping)
    -- every day or two. Help-desk automations run on the hour: a pending ticket nobody answers
    -- is solved after 7 days, a solved one closed after 4. Rows past end_at are never made,
    -- which leaves recent tickets open.
    -- Step draws use the key id * 64 + step, salts 500-599.
    RAISE DEBUG 'generate: % before CREATE TEMP TABLE _ev', clock_timestamp() - v_t0;
    CREATE TEMP TABLE _ev ON COMMIT DROP AS
    WITH RECURSIVE w(id, n, ph, at, st, x, idx, reopened, pings, tgt_ph, tgt_at, e,
                     agent1, agent2, agent_med, assign_at, bump, chase, created_at, fr_at, hold_mult, hold_until, merge_to, never_idx, ping_gap, priority, reass_idx, reopen_h, rounds, stuck_idx, stuck_mult, zombie) AS (
        SELECT p.id, 0, 'new'::text, p.created_at, 'new'::text, NULL::text, 0, false, 0,
               NULL::text, NULL::timestamptz, ARRAY['status', 'new'],
               p.agent1, p.agent2, p.agent_med, p.assign_at, p.bump, p.chase, p.created_at, p.fr_at, p.hold_mult, p.hold_until, p.merge_to, p.never_idx, p.ping_gap, p.priority, p.reass_idx, p.reopen_h, p.rounds, p.stuck_idx, p.stuck_mult, p.zombie
          FROM _plan p
        UNION ALL
        SELECT w.id, w.n + 1, g.ph, g.at,
               CASE g.ph WHEN 'reply' THEN g.x
                         WHEN 'cust' THEN CASE WHEN w.st = 'pending' THEN 'open' ELSE w.st END
                         WHEN 'unhold' THEN 'open' WHEN 'reopen' THEN 'open'
                         WHEN 'autosolve' THEN 'solved' WHEN 'close' THEN 'closed' WHEN 'merge' THEN 'closed'
                         ELSE w.st END,
               g.x,
               w.idx + (g.ph = 'reply')::integer,
               w.reopened OR g.ph = 'reopen',
               w.pings + (g.ph = 'ping')::integer,
               g.tgt_ph, g.tgt_at,
               CASE g.ph
                   WHEN 'assign' THEN ARRAY['assign', w.agent1]
                   WHEN 'reply' THEN
                        CASE WHEN w.idx = w.reass_idx THEN ARRAY['assign', w.agent2] ELSE '{}'::text[] END
                        || ARRAY['agent_reply', NULL]
                        || CASE WHEN g.x <> w.st THEN ARRAY['status', g.x] ELSE '{}'::text[] END
                        || CASE WHEN w.idx = 0 AND w.bump IS NOT NULL THEN ARRAY['priority', w.bump] ELSE '{}'::text[] END
                   WHEN 'cust' THEN ARRAY['customer_reply', NULL]
                        || CASE WHEN w.st = 'pending' THEN ARRAY['status', 'open'] ELSE '{}'::text[] END
                   WHEN 'ping' THEN ARRAY['customer_reply', NULL]
                   WHEN 'unhold' THEN ARRAY['status', 'open']
                   WHEN 'autosolve' THEN ARRAY['status', 'solved']
                   WHEN 'reopen' THEN ARRAY['customer_reply', NULL, 'status', 'open']
                   WHEN 'close' THEN ARRAY['status', 'closed']
                   WHEN 'merge' THEN ARRAY['agent_reply', NULL, 'merge', w.merge_to::text, 'status', 'closed']
               END,
               w.agent1, w.agent2, w.agent_med, w.assign_at, w.bump, w.chase, w.created_at, w.fr_at, w.hold_mult, w.hold_until, w.merge_to, w.never_idx, w.ping_gap, w.priority, w.reass_idx, w.reopen_h, w.rounds, w.stuck_idx, w.stuck_mult, w.zombie
          FROM w
         CROSS JOIN LATERAL (
               -- the next planned moment
               SELECT CASE w.ph
                          WHEN 'new' THEN CASE WHEN w.zombie THEN NULL ELSE 'assign' END
                          WHEN 'assign' THEN CASE WHEN w.merge_to IS NOT NULL THEN 'merge' ELSE 'reply' END
                          WHEN 'reply' THEN CASE w.x
                              WHEN 'pending' THEN CASE WHEN w.idx - 1 = w.never_idx THEN 'autosolve' ELSE 'cust' END
                              WHEN 'on_hold' THEN 'unhold'
                              WHEN 'open' THEN 'cust'
                              WHEN 'solved' THEN CASE WHEN w.reopen_h IS NOT NULL AND NOT w.reopened THEN 'reopen' ELSE 'close' END
                              END
                          WHEN 'cust' THEN 'reply' WHEN 'unhold' THEN 'reply' WHEN 'reopen' THEN 'reply'
                          WHEN 'autosolve' THEN 'close'
                          WHEN 'ping' THEN w.tgt_ph
                      END AS ph,
                      CASE w.ph
                          WHEN 'new' THEN w.assign_at
                          WHEN 'assign' THEN w.fr_at
                          WHEN 'reply' THEN CASE w.x
                              WHEN 'pending' THEN CASE WHEN w.idx - 1 = w.never_idx
                                  THEN date_trunc('hour', w.at + interval '7 days') + interval '1 hour'
                                  ELSE w.at + make_interval(secs => 3600 * GREATEST(0.1, backlog_demo.lognormal(w.id * 64 + w.n, v_seed, 502, 14, 1.1))) END
                              WHEN 'on_hold' THEN CASE WHEN w.hold_until IS NOT NULL
                                  THEN GREATEST(w.at + interval '10 minutes', w.hold_until)
                                  ELSE w.at + make_interval(secs => 3600 * w.hold_mult * backlog_demo.lognormal(w.id * 64 + w.n, v_seed, 503, 50, 0.9)) END
                              WHEN 'open' THEN w.at + make_interval(secs => 3600 * GREATEST(0.1, backlog_demo.lognormal(w.id * 64 + w.n, v_seed, 502, 10, 1.1)))
                              WHEN 'solved' THEN CASE WHEN w.reopen_h IS NOT NULL AND NOT w.reopened
                                  THEN w.at + make_interval(secs => 3600 * w.reopen_h)
                                  ELSE date_trunc('hour', w.at + interval '4 days') + interval '1 hour' END
                              END
                          WHEN 'autosolve' THEN date_trunc('hour', w.at + interval '4 days') + interval '1 hour'
                          WHEN 'ping' THEN w.tgt_at
                          ELSE  -- cust, unhold, reopen: the agent's next reply
                              CASE WHEN w.priority = 'urgent'
                                   THEN w.at + make_interval(secs => 3600 * backlog_demo.lognormal(w.id * 64 + w.n, v_seed, 504, 1, 0.8))
                                   ELSE backlog_demo.bh_add(w.at, backlog_demo.lognormal(w.id * 64 + w.n, v_seed, 504, w.agent_med, 1.0)
                                                                  * CASE WHEN w.idx = w.stuck_idx THEN w.stuck_mult ELSE 1 END) END
                      END AS at
               OFFSET 0) pl
         CROSS JOIN LATERAL (
               -- a chasing customer writes again when the agent's turn is far off
               SELECT w.chase AND pl.ph IN ('assign', 'reply', 'unhold', 'merge') AND w.pings < 4
                      AND pl.at > w.at + make_interval(secs => 3600 * w.ping_gap) AS ping
               OFFSET 0) pg
         CROSS JOIN LATERAL (
               SELECT CASE WHEN pg.ping THEN 'ping' ELSE pl.ph END AS ph,
                      GREATEST(w.at + interval '1 second', date_trunc('second',
                          CASE WHEN pg.ping
                               THEN w.at + make_interval(secs => 3600 * w.ping_gap * (0.8 + 0.4 * backlog_demo.u(w.id * 64 + w.n, v_seed, 505)))
                               ELSE pl.at END)) AS at,
                      CASE WHEN pg.ping THEN pl.ph END AS tgt_ph,
                      CASE WHEN pg.ping THEN pl.at END AS tgt_at,
                      CASE WHEN NOT pg.ping AND pl.ph = 'reply' THEN
                          CASE WHEN w.idx < length(w.rounds)
                               THEN CASE substr(w.rounds, w.idx + 1, 1) WHEN 'P' THEN 'pending' WHEN 'H' THEN 'on_hold' ELSE 'open' END
                               ELSE 'solved' END END AS x
               OFFSET 0) g
         WHERE g.ph IS NOT NULL AND g.at <= v_end AND w.n < 40
    )
    SELECT w.id, w.at, w.n * 8 + (i - 1) / 2 AS seq, w.e[i] AS kind, w.e[i + 1] AS value
      FROM w, generate_series(1, cardinality(w.e), 2) i;

    -- ---- texts --------------------------------------------------------------------------------
    -- Pass 1 writes each ticket's own message (main) and subject; pass 2 adds what refers to
    -- another ticket: the quoted earlier e-mail of a repeat contact, a colleague's forward,
    -- "Re:" subjects. Text draws: salts 600-699; slots shared by a duplicate and its original
    -- (the integration, the error, the day it started) are drawn from the original's key.
    RAISE DEBUG 'generate: % before CREATE TEMP TABLE _g', clock_timestamp() - v_t0;
    CREATE TEMP TABLE _g ON COMMIT DROP AS
    SELECT l AS lang,
           backlog_demo.phrase(l, 'greet') AS greet, backlog_demo.phrase(l, 'signoff') AS signoff,
           backlog_demo.phrase(l, 'ctx') AS ctx, backlog_demo.phrase(l, 'ctx_q') AS ctx_q,
           backlog_demo.phrase(l, 'ask') AS ask, backlog_demo.phrase(l, 'fwd_note') AS fwd_note,
           backlog_demo.phrase(l, 'mobile') AS mobile, backlog_demo.phrase(l, 'disclaimer') AS disclaimer,
           backlog_demo.phrase(l, 'repeat_open') AS repeat_open, backlog_demo.phrase(l, 'colleague_open') AS colleague_open,
           backlog_demo.phrase(l, 'quote_hdr') AS quote_hdr, backlog_demo.phrase(l, 'fwd_hdr') AS fwd_hdr,
           backlog_demo.phrase(l, 'datefmt') AS datefmt, backlog_demo.phrase(l, 'reply_prefix') AS reply_prefix,
           backlog_demo.phrase(l, 'fwd_prefix') AS fwd_prefix,
           backlog_demo.phrase(l, 'first') AS first, backlog_demo.phrase(l, 'last') AS last,
           backlog_demo.phrase(l, 'features') AS features
      FROM unnest(ARRAY['en', 'de', 'fr', 'es', 'pt', 'ja', 'zh']) l;

    -- people: requester (contact c of account a) has the key a * 1000 + c
    CREATE TEMP TABLE _who ON COMMIT DROP AS
    SELECT t.key, x.first, x.first || ' ' || x.last AS name,
           CASE WHEN a.tier = 'free'
                THEN backlog_demo.ascii(x.first) || '.' || backlog_demo.ascii(x.last)
                     || CASE WHEN backlog_demo.u(x.ck, v_seed, 603) < 0.5 THEN (10 + floor(backlog_demo.u(x.ck, v_seed, 604) * 89))::integer::text ELSE '' END
                     || '@' || backlog_demo.pick(ARRAY['gmail.com', 'gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com'],
                                                 backlog_demo.u(x.ck, v_seed, 605))
                WHEN backlog_demo.u(a.account_no, v_seed, 606) < 0.3
                THEN substr(backlog_demo.ascii(x.first), 1, 1) || backlog_demo.ascii(x.last) || '@' || a.domain
                ELSE backlog_demo.ascii(x.first) || '.' || backlog_demo.ascii(x.last) || '@' || a.domain END AS email,
           backlog_demo.pick(_e.titles, backlog_demo.u(x.ck, v_seed, 607)) AS title,
           CASE WHEN a.time_zone LIKE 'America/%' AND a.time_zone NOT IN ('America/Mexico_City', 'America/Sao_Paulo')
                THEN '+1 (' || (201 + floor(backlog_demo.u(x.ck, v_seed, 608) * 700))::integer || ') 555-01'
                     || lpad(floor(backlog_demo.u(x.ck, v_seed, 609) * 100)::integer::text, 2, '0')
                ELSE CASE a.time_zone WHEN 'Europe/London' THEN '+44 20 7946 0' WHEN 'Europe/Berlin' THEN '+49 30 5550 '
                                      WHEN 'Europe/Paris' THEN '+33 1 55 50 ' WHEN 'Europe/Madrid' THEN '+34 91 555 '
                                      WHEN 'America/Mexico_City' THEN '+52 55 5550 ' WHEN 'America/Sao_Paulo' THEN '+55 11 5550-'
                                      WHEN 'Asia/Tokyo' THEN '+81 3-5550-' WHEN 'Asia/Shanghai' THEN '+86 10 5550 '
                                      WHEN 'Australia/Sydney' THEN '+61 2 5550 ' ELSE '+65 6555 ' END
                     || lpad(floor(backlog_demo.u(x.ck, v_seed, 609) * 1000)::integer::text, 3, '0') END AS phone
      FROM _t t
      JOIN backlog_demo.accounts a ON a.account_no = t.acc_no
      JOIN _g ON _g.lang = a.lang
     CROSS JOIN _e
     CROSS JOIN LATERAL (SELECT t.acc_no::bigint * 1000 + t.contact AS ck) k
     CROSS JOIN LATERAL (SELECT k.ck, backlog_demo.pick(_g.first, backlog_demo.u(k.ck, v_seed, 601)) AS first,
                                backlog_demo.pick(_g.last, backlog_demo.u(k.ck, v_seed, 602)) AS last
                         OFFSET 0) x;
    CREATE UNIQUE INDEX ON _who (key);


    -- The parts of each ticket's text.
    RAISE DEBUG 'generate: % before CREATE TEMP TABLE _tf', clock_timestamp() - v_t0;
    CREATE TEMP TABLE _tf ON COMMIT DROP AS
    SELECT t.key, i.id, t.kind, t.lang, t.channel, t.category, t.priority, t.created_at, t.acc_no, t.parent_key,
           a.account, a.tier, a.domain, a.time_zone AS tz, a.lang AS alang, initcap(a.tier) AS plan,
           p.agent1, p.live, w.first, w.name, w.email, w.title, w.phone,
           g.greet, g.mobile, g.disclaimer, g.quote_hdr, g.fwd_hdr, g.datefmt, g.reply_prefix, g.fwd_prefix,
           replace(backlog_demo.pick(g.fwd_note, backlog_demo.u(t.key, v_seed, 654)), '{qfirst}', coalesce(pw.first, '')) AS fwd_note,
           ag.first AS first_names, ag.last AS last_names,
           backlog_demo.pick(g.signoff, backlog_demo.u(t.key, v_seed, 644)) AS signoff,
           floor(backlog_demo.u(t.key, v_seed, 645) * 10)::integer AS sig,
           backlog_demo.u(t.key, v_seed, 646) < 0.3 AS visitor,
           backlog_demo.u(t.key, v_seed, 647) < 0.35 AS lower_chat,
           backlog_demo.pick(ARRAY['Berlin', 'München', 'Hamburg', 'Köln', 'Frankfurt am Main', 'Stuttgart'],
                             backlog_demo.u(t.acc_no, v_seed, 648)) AS city,
           backlog_demo.pick(_e.browsers, backlog_demo.u(t.key, v_seed, 649)) AS browser,
           backlog_demo.pick(_e.desktop_os, backlog_demo.u(t.key, v_seed, 650)) AS desk_os,
           sl.feature_en AS feature,
           backlog_demo.fill(backlog_demo.pick(CASE WHEN t.category IN ('bug', 'integrations', 'login') THEN g.ctx ELSE g.ctx_q END,
                                               backlog_demo.u(t.key, v_seed, 651)), sl.feature, sl.integration,
                             sl.err, sl.amount, sl.inv, initcap(a.tier), sl.seats, sl.n, sl.report,
                             sl.app_version, sl.os, sl.day) AS ctx,
           backlog_demo.pick(g.ask, backlog_demo.u(t.key, v_seed, 652)) AS ask,
           CASE t.kind WHEN 'repeat_same_account' THEN backlog_demo.pick(g.repeat_open, backlog_demo.u(t.key, v_seed, 653))
                       WHEN 'colleague_same_account'
                       THEN replace(backlog_demo.pick(g.colleague_open, backlog_demo.u(t.key, v_seed, 653)), '{qfirst}', pw.first)
                       ELSE '' END AS opener,
           backlog_demo.fill(tp.subj[1 + v.vs], sl.feature, sl.integration, sl.err, sl.amount, sl.inv,
                             initcap(a.tier), sl.seats, sl.n, sl.report, sl.app_version, sl.os, sl.day) AS subj0,
           backlog_demo.fill(tp.body[1 + v.vb], sl.feature, sl.integration, sl.err, sl.amount, sl.inv,
                             initcap(a.tier), sl.seats, sl.n, sl.report, sl.app_version, sl.os, sl.day) AS core0,
           -- what makes two reports one issue: the sub-issue, the integration, error and
           -- platform its texts name, and for an account-specific request the account
           concat_ws('|', t.topic, t.sub,
                     CASE WHEN 'integration' = ANY (sb.slots) THEN sl.integration END,
                     CASE WHEN 'err' = ANY (sb.slots) THEN sl.err END,
                     CASE WHEN 'os' = ANY (sb.slots) THEN split_part(replace(sl.os, 'iPadOS', 'iOS'), ' ', 1) END,
                     CASE WHEN tpc.lookalike THEN t.acc_no END) AS issue_sig
      FROM _t t
      JOIN _id i ON i.key = t.key
      JOIN _plan p ON p.id = i.id
      JOIN _who w ON w.key = t.key
      JOIN backlog_demo.accounts a ON a.account_no = t.acc_no
      JOIN _g g ON g.lang = t.lang
      JOIN _g ag ON ag.lang = a.lang
      JOIN _tp tp ON tp.lang = t.lang AND tp.topic = t.topic AND tp.sub = t.sub
      JOIN _sub sb ON sb.topic = t.topic AND sb.sub = t.sub
      LEFT JOIN backlog_demo.topics tpc ON tpc.topic = t.topic
      LEFT JOIN _t pt ON pt.key = t.parent_key
      LEFT JOIN _who pw ON pw.key = t.parent_key
     CROSS JOIN _e
     CROSS JOIN LATERAL (
           -- a duplicate written in its original's language takes another phrasing of it
           SELECT backlog_demo.variant(cardinality(tp.body), backlog_demo.u(t.key, v_seed, 630),
                                       CASE WHEN pt.lang = t.lang THEN backlog_demo.u(pt.key, v_seed, 630) END) AS vb,
                  backlog_demo.variant(cardinality(tp.subj), backlog_demo.u(t.key, v_seed, 632),
                                       CASE WHEN pt.lang = t.lang THEN backlog_demo.u(pt.key, v_seed, 632) END) AS vs
           OFFSET 0) v
     CROSS JOIN LATERAL (
           -- slot draws: issue-level ones from the original's key, account-level ones from the
           -- original's key when the same account writes again
           SELECT CASE WHEN t.kind IN ('repeat_same_account', 'colleague_same_account', 'reworded_other_account')
                       THEN t.parent_key ELSE t.key END AS ik,
                  CASE WHEN t.kind IN ('repeat_same_account', 'colleague_same_account')
                       THEN t.parent_key ELSE t.key END AS ak,
                  coalesce(pt.created_at, t.created_at) AS t0) k
     CROSS JOIN LATERAL (
           SELECT round((GREATEST(a.contract_value, 1200) / 12
                         * (0.9 + 0.2 * backlog_demo.u(k.ak, v_seed, 620))::numeric), 2) AS amt) m
     CROSS JOIN LATERAL (
           SELECT backlog_demo.pick(g.features, backlog_demo.u(k.ik, v_seed, 610)) AS feature,
                  backlog_demo.pick(_e.features, backlog_demo.u(k.ik, v_seed, 610)) AS feature_en,
                  backlog_demo.pick(_e.integrations, backlog_demo.u(k.ik, v_seed, 611)) AS integration,
                  backlog_demo.pick(_e.errors, backlog_demo.u(k.ik, v_seed, 612)) AS err,
                  backlog_demo.pick(_e.reports, backlog_demo.u(k.ik, v_seed, 613)) AS report,
                  backlog_demo.pick(_e.app_versions, backlog_demo.u(k.ik, v_seed, 614)) AS app_version,
                  backlog_demo.pick(_e.mobile_os, backlog_demo.u(k.ik, v_seed, 615)) AS os,
                  to_char((k.t0 - make_interval(days => 1 + floor(backlog_demo.u(k.ik, v_seed, 616) * 4)::integer))
                              AT TIME ZONE a.time_zone,
                          CASE t.lang WHEN 'en' THEN 'Mon FMDD' WHEN 'de' THEN 'FMDD.FMMM.'
                                      WHEN 'ja' THEN 'FMMM月FMDD日' WHEN 'zh' THEN 'FMMM月FMDD日' ELSE 'DD/MM' END) AS day,
                  CASE a.currency WHEN '¥' THEN '¥' || to_char(round(m.amt * 150), 'FM999,999,999')
                                  WHEN '€' THEN translate(to_char(m.amt, 'FM999,999,990.00'), ',.', '.,') || ' €'
                                  ELSE a.currency || to_char(m.amt, 'FM999,999,990.00') END AS amount,
                  'INV-' || to_char(k.t0, 'YYYY') || '-'
                      || lpad((1 + floor(backlog_demo.u(k.ak, v_seed, 621) * 99998))::integer::text, 5, '0') AS inv,
                  (2 + floor(backlog_demo.u(k.ak, v_seed, 622) * 28))::integer::text AS seats,
                  (40 + floor(backlog_demo.u(k.ak, v_seed, 623) * 4000))::integer::text AS n
           OFFSET 0) sl;

    -- Pass 1: each ticket's own message, wrapped the way its channel wraps it.
    RAISE DEBUG 'generate: % before CREATE TEMP TABLE _tx', clock_timestamp() - v_t0;
    CREATE TEMP TABLE _tx ON COMMIT DROP AS
    SELECT f.id, f.key, f.kind, f.parent_key, f.lang, f.channel, f.created_at, f.tz, f.first, f.name, f.email,
           f.greet, f.signoff, f.quote_hdr, f.fwd_hdr, f.datefmt, f.reply_prefix, f.fwd_prefix, f.agent1, f.fwd_note,
           CASE f.channel
               WHEN 'chat' THEN CASE WHEN NOT f.live THEN 'Offline message from ' || f.name
                                     WHEN f.visitor THEN 'Chat with Visitor ' || (10000 + f.key % 89999)
                                     ELSE 'Chat with ' || f.name END
               WHEN 'phone' THEN CASE WHEN backlog_demo.u(f.key, v_seed, 660) < 0.6 THEN 'Call with ' || f.name || ' (' || f.account || ')'
                                      ELSE 'Phone: ' || f.subj0 END
               WHEN 'api' THEN '[API] ' || f.subj0
               ELSE CASE WHEN backlog_demo.u(f.key, v_seed, 661) < 0.04
                         THEN backlog_demo.pick(_e.vague_subject, backlog_demo.u(f.key, v_seed, 662))
                         WHEN f.priority = 'urgent' AND backlog_demo.u(f.key, v_seed, 661) < 0.35 THEN 'URGENT: ' || f.subj0
                         WHEN backlog_demo.u(f.key, v_seed, 661) > 0.92 THEN lower(f.subj0)
                         ELSE f.subj0 END
           END AS subject,
           CASE f.channel
               WHEN 'email' THEN
                   backlog_demo.pick(f.greet, backlog_demo.u(f.key, v_seed, 663)) || E'\n\n' || f.para || E'\n\n'
                   || CASE WHEN f.sig < 2
                           THEN f.signoff || E'\n' || f.first || E'\n\n' || backlog_demo.pick(f.mobile, backlog_demo.u(f.key, v_seed, 664))
                           WHEN f.sig < 5 OR f.tier = 'free' THEN f.signoff || E'\n' || f.name
                           ELSE f.signoff || E'\n\n' || f.name || E'\n' || f.title || ' | ' || f.account || E'\n' || f.phone
                                || E'\nwww.' || f.domain
                                || CASE WHEN f.alang = 'de'
                                        THEN E'\n\n' || f.account || ' | Sitz der Gesellschaft: ' || f.city
                                             || ' | Registergericht: Amtsgericht ' || f.city || ' HRB '
                                             || (10000 + f.acc_no * 37 % 90000) || E'\nGeschäftsführung: '
                                             || backlog_demo.pick(f.first_names, backlog_demo.u(f.acc_no, v_seed, 665)) || ' '
                                             || backlog_demo.pick(f.last_names, backlog_demo.u(f.acc_no, v_seed, 666))
                                        ELSE '' END
                                || CASE WHEN f.tier = 'enterprise' OR backlog_demo.u(f.acc_no, v_seed, 667) < 0.2
                                        THEN E'\n\n' || backlog_demo.pick(f.disclaimer, backlog_demo.u(f.acc_no, v_seed, 668)) ELSE '' END
                      END
               WHEN 'web' THEN
                   f.para || E'\n\n--\n'
                   || CASE WHEN backlog_demo.u(f.key, v_seed, 669) < 0.5
                           THEN 'Submitted via https://kestrel.io/support/contact | Browser: ' || f.browser || ' | OS: ' || f.desk_os
                                || E'\nName: ' || f.name || ' | Email: ' || f.email || ' | Plan: ' || f.plan
                           ELSE 'This request was submitted via the Kestrel help center web form.'
                                || E'\nName: ' || f.name || E'\nEmail: ' || f.email || E'\nCompany: ' || f.account
                                || E'\nTopic: ' || CASE f.category WHEN 'billing' THEN 'Billing & payments' WHEN 'login' THEN 'Login & access'
                                                                   WHEN 'bug' THEN 'Something is broken' WHEN 'integrations' THEN 'Integrations'
                                                                   WHEN 'how-to' THEN 'How do I...?' ELSE 'Feature idea' END
                                || E'\nPage URL: https://app.kestrel.io/w/' || (1000 + f.acc_no) || '/' || replace(f.feature, ' ', '-')
                                || E'\nUser agent: ' || f.browser || ' (' || f.desk_os || ')' END
               WHEN 'chat' THEN
                   CASE WHEN NOT f.live THEN
                        'Offline message left by ' || f.name || ' <' || f.email || '> at '
                        || to_char(f.created_at AT TIME ZONE f.tz, 'YYYY-MM-DD HH24:MI') || ' (' || f.tz || E')\n\n' || f.para
                   ELSE
                        'Chat started: ' || to_char(f.created_at AT TIME ZONE f.tz, 'YYYY-MM-DD HH24:MI') || ' (' || f.tz
                        || E')\nChat origin: ' || CASE WHEN backlog_demo.u(f.key, v_seed, 670) < 0.6 THEN 'https://app.kestrel.io' ELSE 'https://kestrel.io/pricing' END
                        || E'\n\n[' || f.hm0 || '] Kestrel Bot: Hi there! I''m the Kestrel assistant. What can I help you with today?'
                        || E'\n[' || f.hm0 || '] ' || f.speaker || ': ' || f.line1
                        || E'\n[' || f.hm1 || '] Kestrel Bot: Thanks! Let me connect you with someone from our support team.'
                        || CASE WHEN f.line2 <> '' THEN E'\n[' || f.hm1 || '] ' || f.speaker || ': ' || f.line2 ELSE '' END
                        || E'\n[' || f.hm2 || '] ' || split_part(f.agent1, ' ', 1) || ' (Kestrel Support): Hi '
                        || CASE WHEN f.visitor THEN 'there' ELSE f.first END
                        || ', thanks for waiting! Let me take a look at that for you.'
                        || E'\n[' || f.hm3 || '] ' || f.speaker || ': '
                        || backlog_demo.pick(ARRAY['ok thanks', 'thank you!', 'great, thanks', 'sure', 'ok', 'Thanks.'],
                                             backlog_demo.u(f.key, v_seed, 671))
                   END
               WHEN 'phone' THEN
                   'Inbound call, ' || (2 + floor(backlog_demo.u(f.key, v_seed, 672) * 18))::integer || E' min\nCaller: ' || f.name
                   || ' (' || f.account || E')\nCallback number: ' || f.phone || E'\n\nCustomer said: "' || concat_ws(' ', nullif(f.opener, ''), f.core) || E'"\n\nNext steps: '
                   || backlog_demo.pick(ARRAY['Investigate and call back.', 'Sent a help article, follow up by email.',
                                              'Escalate if not resolved by tomorrow.', 'Customer will send screenshots.',
                                              'Check logs for the account, reply by email.'], backlog_demo.u(f.key, v_seed, 673))
               ELSE  -- api
                   'Source: ' || f.account || E' customer portal (API)\nExternal reference: CASE-'
                   || (100000 + f.key % 899999) || E'\nReporter: ' || f.email || E'\n\n' || f.para
           END AS main
      FROM (SELECT s.*,
                   concat_ws(s.sp, nullif(s.opener, ''), s.core, nullif(s.ctx, ''), nullif(s.ask, '')) AS para,
                   CASE WHEN s.visitor THEN 'Visitor' ELSE s.first END AS speaker,
                   -- chat lines: the first sentence, then the rest; some visitors type in lower case
                   CASE WHEN s.lower_chat THEN lower(rtrim(concat_ws(s.sp, nullif(s.opener, ''), s.s1), '.'))
                        ELSE concat_ws(s.sp, nullif(s.opener, ''), s.s1) END AS line1,
                   CASE WHEN s.lower_chat THEN lower(rtrim(concat_ws(s.sp, nullif(s.s2, ''), nullif(s.ask, '')), '.'))
                        ELSE concat_ws(s.sp, nullif(s.s2, ''), nullif(s.ask, '')) END AS line2,
                   to_char(s.created_at AT TIME ZONE s.tz, 'HH24:MI') AS hm0,
                   to_char((s.created_at + interval '1 minute') AT TIME ZONE s.tz, 'HH24:MI') AS hm1,
                   to_char((s.created_at + interval '3 minutes') AT TIME ZONE s.tz, 'HH24:MI') AS hm2,
                   to_char((s.created_at + interval '4 minutes') AT TIME ZONE s.tz, 'HH24:MI') AS hm3
              FROM (SELECT r.*, btrim(substr(r.core, length(r.s1) + 1)) AS s2
                      FROM (SELECT c.*, CASE WHEN c.lang IN ('ja', 'zh') THEN '' ELSE ' ' END AS sp,
                                   coalesce(substring(c.core FROM '^.*?(?:[.!?](?=\s|$)|[。？！])'), c.core) AS s1
                              FROM (SELECT tf.*,
                                           -- people type fast: a typo in some messages
                                           CASE WHEN backlog_demo.u(tf.key, v_seed, 640) < 0.15
                                                THEN backlog_demo.typo(tf.core0, backlog_demo.u(tf.key, v_seed, 641))
                                                ELSE tf.core0 END AS core
                                      FROM _tf tf OFFSET 0) c
                            OFFSET 0) r
                    OFFSET 0) s
            OFFSET 0) f
     CROSS JOIN _e;
    CREATE UNIQUE INDEX ON _tx (key);

    -- Pass 2: what refers to another message. A repeat contact by e-mail often replies on its
    -- own earlier thread (quoted with "> " under "On <date>, <name> wrote:"); a colleague
    -- forwards the original; some first e-mails carry an old support reply quoted below them.
    RAISE DEBUG 'generate: % before CREATE TEMP TABLE _txt', clock_timestamp() - v_t0;
    CREATE TEMP TABLE _txt ON COMMIT DROP AS
    SELECT x.id,
           CASE WHEN x.kind = 'repeat_same_account' AND x.channel = 'email' AND p.channel = 'email'
                     AND backlog_demo.u(x.key, v_seed, 680) < 0.45
                THEN backlog_demo.pick(x.reply_prefix, backlog_demo.u(x.key, v_seed, 684)) || p.subject
                WHEN x.kind = 'colleague_same_account' AND x.channel = 'email' AND backlog_demo.u(x.key, v_seed, 681) < 0.45
                THEN backlog_demo.pick(x.fwd_prefix, backlog_demo.u(x.key, v_seed, 684)) || p.subject
                ELSE x.subject END AS subject,
           CASE WHEN x.kind = 'repeat_same_account' AND x.channel = 'email' AND p.channel = 'email'
                     AND backlog_demo.u(x.key, v_seed, 682) < 0.55
                THEN x.main || E'\n\n'
                     || replace(replace(replace(x.quote_hdr[1], '{qdate}', to_char(p.created_at AT TIME ZONE x.tz, x.datefmt[1])),
                                        '{qname}', p.name), '{qemail}', p.email)
                     || E'\n> ' || replace(p.main, E'\n', E'\n> ')
                WHEN x.kind = 'colleague_same_account' AND x.channel = 'email' AND backlog_demo.u(x.key, v_seed, 681) < 0.45
                THEN backlog_demo.pick(x.greet, backlog_demo.u(x.key, v_seed, 685)) || E'\n\n' || x.fwd_note || E'\n\n'
                     || x.signoff || E'\n' || x.first || E'\n\n' || x.fwd_hdr[1]
                     || E'\nFrom: ' || p.name || ' <' || p.email || E'>\nDate: '
                     || to_char(p.created_at AT TIME ZONE x.tz, x.datefmt[1]) || E'\nSubject: ' || p.subject
                     || E'\nTo: <support@kestrel.io>\n\n' || p.main
                WHEN x.kind IN ('original', 'lookalike_account_request') AND x.channel = 'email'
                     AND backlog_demo.u(x.key, v_seed, 683) < 0.10
                THEN x.main || E'\n\n'
                     || replace(replace(replace(x.quote_hdr[1], '{qdate}',
                                                to_char((x.created_at - make_interval(days => 3 + floor(backlog_demo.u(x.key, v_seed, 686) * 40)::integer))
                                                        AT TIME ZONE x.tz, x.datefmt[1])),
                                        '{qname}', 'Kestrel Support'), '{qemail}', 'support@kestrel.io')
                     || E'\n> Hi ' || x.first || E',\n>\n> '
                     || backlog_demo.pick(_e.agent_said, backlog_demo.u(x.key, v_seed, 687))
                     || E'\n>\n> Best regards,\n> '
                     || backlog_demo.pick(_e.agents, backlog_demo.u(x.key, v_seed, 688))
                     || E'\n> Kestrel Support | https://help.kestrel.io'
                ELSE x.main END AS body
      FROM _tx x
      LEFT JOIN _tx p ON p.key = x.parent_key
     CROSS JOIN _e;
    CREATE UNIQUE INDEX ON _txt (id);

    -- ---- the tickets, their events, the truth -----------------------------------------------
    -- Every current value is read off the events, so tickets and history cannot disagree.
    RAISE DEBUG 'generate: % before CREATE TEMP TABLE _fin', clock_timestamp() - v_t0;
    CREATE TEMP TABLE _fin ON COMMIT DROP AS
    SELECT e.id,
           (array_agg(e.value ORDER BY e.at DESC, e.seq DESC) FILTER (WHERE e.kind = 'status'))[1] AS status,
           (array_agg(e.value ORDER BY e.at DESC, e.seq DESC) FILTER (WHERE e.kind = 'assign'))[1] AS assignee,
           (array_agg(e.value ORDER BY e.at DESC, e.seq DESC) FILTER (WHERE e.kind = 'priority'))[1] AS priority,
           (array_agg(e.value ORDER BY e.at DESC, e.seq DESC) FILTER (WHERE e.kind = 'merge'))[1]::bigint AS merged_into,
           min(e.at) FILTER (WHERE e.kind = 'agent_reply') AS first_response_at,
           max(e.at) FILTER (WHERE e.kind = 'status' AND e.value IN ('solved', 'closed')) AS last_stop,
           max(e.at) FILTER (WHERE e.kind = 'status' AND e.value = 'solved') AS last_solved,
           max(e.at) AS updated_at
      FROM _ev e GROUP BY e.id;
    CREATE UNIQUE INDEX ON _fin (id);

    RAISE DEBUG 'generate: % before INSERT INTO backlog.tickets', clock_timestamp() - v_t0;
    INSERT INTO backlog.tickets (id, subject, body, requester, account, account_tier, channel, category, priority,
                                 status, assignee, team, created_at, first_response_at, solved_at, updated_at,
                                 tags, merged_into)
    SELECT i.id, x.subject, x.body, w.email, a.account, a.tier, t.channel, t.category,
           coalesce(f.priority, t.priority), f.status, f.assignee, coalesce(ag.team, p.team0), t.created_at,
           f.first_response_at,
           -- the last solve; a ticket closed without one (merged) was stopped when it closed
           CASE WHEN f.status IN ('solved', 'closed') THEN coalesce(f.last_solved, f.last_stop) END,
           f.updated_at,
           array_remove(ARRAY[
               replace(t.category, ' ', '_'),
               CASE WHEN t.lang <> 'en' THEN 'lang_' || t.lang END,
               CASE WHEN a.tier = 'enterprise' THEN 'vip' END,
               CASE WHEN t.src = 'inc' AND f.first_response_at IS NOT NULL THEN 'incident_double_charge' END,
               CASE WHEN t.channel = 'chat' THEN 'web_widget' END,
               CASE WHEN f.merged_into IS NOT NULL THEN 'duplicate' END], NULL),
           f.merged_into
      FROM _t t
      JOIN _id i ON i.key = t.key
      JOIN _plan p ON p.id = i.id
      JOIN _fin f ON f.id = i.id
      JOIN _txt x ON x.id = i.id
      JOIN _who w ON w.key = t.key
      JOIN backlog_demo.accounts a ON a.account_no = t.acc_no
      LEFT JOIN backlog_demo.agents ag ON ag.agent = f.assignee
     ORDER BY i.id;

    RAISE DEBUG 'generate: % before INSERT INTO backlog.ticket_events', clock_timestamp() - v_t0;
    INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
    SELECT e.id, e.at, e.kind, e.value FROM _ev e ORDER BY e.id, e.at, e.seq;

    RAISE DEBUG 'generate: % before INSERT INTO backlog_demo.ticket_tr', clock_timestamp() - v_t0;
    -- An ordinary ticket is a new issue unless an earlier one has the same issue signature
    -- (the same sub-issue with the same specifics, and for an account-specific request the same
    -- account): then it is another report of that issue, written independently. A duplicate
    -- belongs to its original's issue; the incident is one issue.
    CREATE TEMP TABLE _issue ON COMMIT DROP AS
    SELECT t.key, i.id, first_value(i.id) OVER (PARTITION BY f.issue_sig ORDER BY i.id) AS issue_id
      FROM _t t JOIN _id i ON i.key = t.key JOIN _tf f ON f.key = t.key
     WHERE t.src = 'base';
    CREATE UNIQUE INDEX ON _issue (key);
    INSERT INTO backlog_demo.ticket_truth (ticket_id, issue_id, kind, duplicate_of)
    SELECT i.id,
           CASE WHEN t.src = 'inc' THEN min(i.id) FILTER (WHERE t.src = 'inc') OVER ()
                WHEN t.src = 'dup' THEN pi.issue_id ELSE bi.issue_id END,
           CASE WHEN t.src = 'base' AND bi.issue_id <> i.id THEN 'independent_report' ELSE t.kind END,
           pi.id
      FROM _t t
      JOIN _id i ON i.key = t.key
      LEFT JOIN _issue bi ON bi.key = t.key
      LEFT JOIN _issue pi ON pi.key = t.parent_key
     ORDER BY i.id;

    INSERT INTO backlog_demo.runs VALUES (v_n, v_days, v_seed, v_start, v_end, v_inc0, v_fix);

    -- the word counts of the tickets written since the trigger's last fold (a bulk load folds
    -- at doubling intervals), so that the store reads as after ordinary writes
    PERFORM backlog.fold_word_df();

    ANALYZE backlog.tickets;
    ANALYZE backlog.ticket_events;

    RAISE DEBUG 'generate: % before RETURN QUERY', clock_timestamp() - v_t0;
    RETURN QUERY
    SELECT (SELECT count(*) FROM backlog.tickets), (SELECT count(*) FROM backlog.ticket_events),
           (SELECT count(*) FROM backlog_demo.accounts), (SELECT count(*) FROM backlog_demo.agents),
           (SELECT count(*) FROM backlog_demo.ticket_truth WHERE kind LIKE '%account'),
           (SELECT count(*) FROM backlog_demo.ticket_truth WHERE kind = 'incident');
END
$fn$;
COMMENT ON FUNCTION backlog_demo.generate(integer, integer, integer, timestamptz, boolean) IS
  'Fills an empty backlog.tickets and backlog.ticket_events with a deterministic, realistic support backlog (and backlog_demo.ticket_truth with which tickets are the same issue). replace => true deletes existing tickets first.';

COMMIT;

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
-- {err}, {report} and {os} identify the issue: every phrasing of a sub-issue uses the same set
-- of them, and they are drawn once per issue (see generate()). The others ({amount}, {inv},
-- {plan}, {seats}, {n}, {app_version}, {date}) are the writer's own details. Languages other
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
  'Full data export']),
('en', 'howto_export:body:1', ARRAY[
  'I need to get all of our data from the {feature} into Excel for our quarterly review, but I can''t find an export button anywhere.']),
('en', 'howto_export:body:2', ARRAY[
  'Is there a way to export everything in the {feature} to a CSV file? Our finance team wants it in a spreadsheet.']),
('en', 'howto_export:body:3', ARRAY[
  'How can I download the records we have in Kestrel as CSV or XLSX? I looked in Settings but I only see a PDF option.']),
('en', 'howto_export:body:4', ARRAY[
  'We need a complete export of the {feature} for an audit next week. What''s the best way to do that?']),
('en', 'howto_export:body:5', ARRAY[
  'Where is the export function? I want to pull the {feature} data into Google Sheets.']),
('en', 'howto_permissions:subj', ARRAY[
  'How to restrict access for some users',
  'User roles question',
  'Permissions for contractors',
  'Can I make a read-only user?',
  'Limit what members can see']),
('en', 'howto_permissions:body:1', ARRAY[
  'We have a few contractors joining next week and they should only see their own projects. How do I set up permissions for that?']),
('en', 'howto_permissions:body:2', ARRAY[
  'Is it possible to create a read-only role? Some people on our team should be able to view the {feature} but not edit anything.']),
('en', 'howto_permissions:body:3', ARRAY[
  'How do I change what a member can see? Right now everyone in our workspace can open the billing page and I''d like to limit that to admins.']),
('en', 'howto_permissions:body:4', ARRAY[
  'Could you explain how roles work? I want managers to approve timesheets but not delete them.']),
('en', 'howto_report:subj', ARRAY[
  'Building a custom report',
  'How to create a dashboard for my team',
  'Report by region?',
  'Need help with report filters',
  'Grouping in reports']),
('en', 'howto_report:body:1', ARRAY[
  'I''m trying to build a report that shows {report} broken down by region, but the filter only lets me pick one region at a time. Am I missing something?']),
('en', 'howto_report:body:2', ARRAY[
  'How do I create a dashboard my whole team can see? I built one but it only shows up for me.']),
('en', 'howto_report:body:3', ARRAY[
  'Can I group the {report} report by month and by owner at the same time? Only one grouping seems to work.']),
('en', 'howto_report:body:4', ARRAY[
  'Is there a guide for custom reports? I want to add a column with the account manager to the {report} report.']),
('en', 'howto_import:subj', ARRAY[
  'Importing contacts from a spreadsheet',
  'CSV import question',
  'How to bulk upload customers',
  'Import keeps skipping rows?',
  'Migrating our data into Kestrel']),
('en', 'howto_import:body:1', ARRAY[
  'We''re moving over from our old system and have about {n} contacts in a spreadsheet. What format does the CSV import expect?']),
('en', 'howto_import:body:2', ARRAY[
  'I tried the CSV import and {n} rows were skipped without any explanation. Which columns are required?']),
('en', 'howto_import:body:3', ARRAY[
  'What''s the best way to bulk upload our customer list? Do you have a template file for the import?']),
('en', 'howto_import:body:4', ARRAY[
  'Can the import update existing records instead of creating new ones? I don''t want to end up with duplicates.']),
('en', 'howto_notifications:subj', ARRAY[
  'Too many email notifications',
  'Turn off notifications',
  'Notification settings',
  'How to stop the daily digest emails']),
('en', 'howto_notifications:body:1', ARRAY[
  'Our team gets an email for every single comment and it''s overwhelming. How can we switch to a daily summary?']),
('en', 'howto_notifications:body:2', ARRAY[
  'How do I turn off the daily digest email? I unchecked it in my profile but I still get it every morning.']),
('en', 'howto_notifications:body:3', ARRAY[
  'Is there a way to get notifications in Slack instead of by email?']),
('en', 'howto_notifications:body:4', ARRAY[
  'Can an admin change the notification settings for everyone at once, or does each user have to do it?']),
('en', 'howto_api_key:subj', ARRAY[
  'Where do I find my API key?',
  'API token',
  'Generating an API key for our developer',
  'API access question']),
('en', 'howto_api_key:body:1', ARRAY[
  'Our developer needs an API key to connect our internal tools. Where do I generate one?']),
('en', 'howto_api_key:body:2', ARRAY[
  'I can''t find the API settings anywhere. Is API access included in the {plan} plan?']),
('en', 'howto_api_key:body:3', ARRAY[
  'How do I create an API token with read-only access? We don''t want the script to be able to change anything.']),
('en', 'howto_api_key:body:4', ARRAY[
  'The API docs mention a key under Settings > Developer, but I don''t see that menu. Do I need a specific role?']),
('en', 'fr_dark_mode:subj', ARRAY[
  'Dark mode?',
  'Feature request: dark theme',
  'Any plans for dark mode']),
('en', 'fr_dark_mode:body:1', ARRAY[
  'Is dark mode on your roadmap? Half our team works late and the white screen is hard on the eyes.']),
('en', 'fr_dark_mode:body:2', ARRAY[
  'Please add a dark theme. It''s the most requested thing on our team.']),
('en', 'fr_dark_mode:body:3', ARRAY[
  'Would love a dark mode option in the web app.']),
('en', 'fr_bulk_edit:subj', ARRAY[
  'Bulk edit',
  'Feature request: edit multiple records at once',
  'Mass update?']),
('en', 'fr_bulk_edit:body:1', ARRAY[
  'It would save us hours if we could edit several records at once, e.g. change the owner of 50 deals in one go.']),
('en', 'fr_bulk_edit:body:2', ARRAY[
  'Please add bulk editing. Right now we have to update every record one by one.']),
('en', 'fr_bulk_edit:body:3', ARRAY[
  'Is there a way to mass-update a field? If not, please consider this a feature request.']),
('en', 'fr_scim:subj', ARRAY[
  'SCIM provisioning',
  'Automatic user provisioning from Okta']),
('en', 'fr_scim:body:1', ARRAY[
  'Do you support SCIM? We want users to be created and removed automatically from Okta.']),
('en', 'fr_scim:body:2', ARRAY[
  'Feature request: automatic user provisioning and deprovisioning through SCIM.']),
('en', 'fr_export_schedule:subj', ARRAY[
  'Scheduled exports',
  'Automatic weekly report email']),
('en', 'fr_export_schedule:body:1', ARRAY[
  'Could you add scheduled exports? We''d like the {report} report emailed to us every Monday.']),
('en', 'fr_export_schedule:body:2', ARRAY[
  'Feature request: send a report automatically on a schedule instead of exporting it by hand each week.']),
-- de
('de', 'howto_export:subj', ARRAY[
  'Daten als CSV exportieren?',
  'Export nach Excel',
  'Frage zum Datenexport']),
('de', 'howto_export:body:1', ARRAY[
  'Wie kann ich alle Daten aus dem Bereich „{feature}“ als CSV-Datei exportieren? Unsere Buchhaltung braucht sie als Tabelle.']),
('de', 'howto_export:body:2', ARRAY[
  'Ich finde keinen Export-Button. Für ein Audit nächste Woche brauchen wir einen vollständigen Export des Bereichs „{feature}“.']),
('de', 'howto_export:body:3', ARRAY[
  'Gibt es eine Möglichkeit, unsere Datensätze als Excel-Datei herunterzuladen? In den Einstellungen sehe ich nur PDF.']),
('de', 'howto_permissions:subj', ARRAY[
  'Benutzerrechte einschränken',
  'Nur-Lese-Rolle anlegen?']),
('de', 'howto_permissions:body:1', ARRAY[
  'Wie richte ich eine Rolle ein, mit der Mitarbeiter den Bereich „{feature}“ nur ansehen, aber nichts ändern können?']),
('de', 'howto_permissions:body:2', ARRAY[
  'Nächste Woche kommen externe Berater dazu, die nur ihre eigenen Projekte sehen sollen. Wie stelle ich das ein?']),
('de', 'howto_import:subj', ARRAY[
  'Kontakte aus Excel importieren',
  'Frage zum CSV-Import']),
('de', 'howto_import:body:1', ARRAY[
  'Wir ziehen aus unserem alten System um und haben etwa {n} Kontakte in einer Tabelle. Welches Format erwartet der CSV-Import?']),
('de', 'howto_import:body:2', ARRAY[
  'Beim CSV-Import wurden {n} Zeilen ohne Begründung übersprungen. Welche Spalten sind Pflicht?']),
('de', 'howto_report:subj', ARRAY[
  'Eigenen Bericht erstellen',
  'Dashboard für das Team']),
('de', 'howto_report:body:1', ARRAY[
  'Ich möchte einen Bericht {report} nach Region aufschlüsseln, der Filter lässt aber nur eine Region zu. Übersehe ich etwas?']),
('de', 'howto_report:body:2', ARRAY[
  'Wie erstelle ich ein Dashboard, das das ganze Team sieht? Meins wird nur mir angezeigt.']),
('de', 'fr_dark_mode:subj', ARRAY[
  'Dunkelmodus?',
  'Wunsch: Dark Mode']),
('de', 'fr_dark_mode:body:1', ARRAY[
  'Ist ein Dark Mode geplant? Viele bei uns arbeiten abends und der weiße Hintergrund ist anstrengend.']),
('de', 'fr_dark_mode:body:2', ARRAY[
  'Bitte bauen Sie einen dunklen Modus ein, das wünscht sich unser ganzes Team.']),
('de', 'fr_bulk_edit:subj', ARRAY[
  'Mehrere Datensätze gleichzeitig bearbeiten']),
('de', 'fr_bulk_edit:body:1', ARRAY[
  'Es würde uns viel Zeit sparen, wenn man mehrere Datensätze auf einmal bearbeiten könnte, z. B. den Besitzer von 50 Deals ändern.']),
('de', 'fr_bulk_edit:body:2', ARRAY[
  'Gibt es eine Massenbearbeitung? Wenn nicht, verstehen Sie das bitte als Feature-Wunsch.']),
-- fr
('fr', 'howto_export:subj', ARRAY[
  'Exporter nos données en CSV ?',
  'Export vers Excel']),
('fr', 'howto_export:body:1', ARRAY[
  'Comment exporter toutes les données de la section « {feature} » en fichier CSV ? Notre service comptable en a besoin.']),
('fr', 'howto_export:body:2', ARRAY[
  'Je ne trouve pas de bouton d''export. Nous avons besoin d''un export complet pour un audit la semaine prochaine.']),
('fr', 'howto_permissions:subj', ARRAY[
  'Limiter les droits de certains utilisateurs',
  'Créer un rôle en lecture seule ?']),
('fr', 'howto_permissions:body:1', ARRAY[
  'Est-il possible de créer un rôle en lecture seule ? Certains collègues doivent voir la section « {feature} » sans rien modifier.']),
('fr', 'howto_permissions:body:2', ARRAY[
  'Des prestataires nous rejoignent et ne doivent voir que leurs propres projets. Comment configurer cela ?']),
('fr', 'howto_import:subj', ARRAY[
  'Importer des contacts depuis Excel']),
('fr', 'howto_import:body:1', ARRAY[
  'Nous migrons depuis notre ancien outil avec environ {n} contacts dans un tableur. Quel format attend l''import CSV ?']),
('fr', 'howto_import:body:2', ARRAY[
  'L''import CSV a ignoré {n} lignes sans explication. Quelles colonnes sont obligatoires ?']),
('fr', 'fr_dark_mode:subj', ARRAY[
  'Mode sombre ?']),
('fr', 'fr_dark_mode:body:1', ARRAY[
  'Un mode sombre est-il prévu ? Une partie de l''équipe travaille tard et le fond blanc fatigue les yeux.']),
('fr', 'fr_dark_mode:body:2', ARRAY[
  'Merci d''ajouter un thème sombre, c''est la demande numéro un dans notre équipe.']),
-- es
('es', 'howto_export:subj', ARRAY[
  '¿Cómo exportar datos a CSV?',
  'Exportar a Excel']),
('es', 'howto_export:body:1', ARRAY[
  '¿Cómo puedo exportar todos los datos de la sección «{feature}» a un archivo CSV? El equipo de finanzas lo necesita en una hoja de cálculo.']),
('es', 'howto_export:body:2', ARRAY[
  'No encuentro el botón de exportar. Necesitamos una exportación completa para una auditoría la próxima semana.']),
('es', 'howto_permissions:subj', ARRAY[
  'Restringir permisos de usuarios',
  '¿Rol de solo lectura?']),
('es', 'howto_permissions:body:1', ARRAY[
  '¿Es posible crear un rol de solo lectura? Algunas personas deben ver la sección «{feature}» sin poder editar nada.']),
('es', 'howto_permissions:body:2', ARRAY[
  'Se incorporan unos consultores externos que solo deben ver sus propios proyectos. ¿Cómo lo configuro?']),
-- pt
('pt', 'howto_export:subj', ARRAY[
  'Como exportar dados para CSV?',
  'Exportar para Excel']),
('pt', 'howto_export:body:1', ARRAY[
  'Como faço para exportar todos os dados da seção "{feature}" para um arquivo CSV? O financeiro precisa disso em planilha.']),
('pt', 'howto_export:body:2', ARRAY[
  'Não encontro o botão de exportar. Precisamos de uma exportação completa para uma auditoria na semana que vem.']),
-- ja
('ja', 'howto_export:subj', ARRAY[
  'CSVエクスポートの方法について',
  'データのエクスポート']),
('ja', 'howto_export:body:1', ARRAY[
  '{feature}のデータをすべてCSVでエクスポートする方法を教えてください。経理部門で必要になりました。']),
('ja', 'howto_export:body:2', ARRAY[
  'エクスポートボタンが見つかりません。来週の監査のため、全データを出力する必要があります。']),
('ja', 'howto_permissions:subj', ARRAY[
  '閲覧専用ユーザーの作成']),
('ja', 'howto_permissions:body:1', ARRAY[
  '閲覧のみ可能なロールは作成できますか。一部のメンバーには{feature}を見るだけにしてほしいです。']),
-- zh
('zh', 'howto_export:subj', ARRAY[
  '如何导出CSV数据？']),
('zh', 'howto_export:body:1', ARRAY[
  '请问如何把{feature}里的所有数据导出为CSV文件？财务部门需要用表格。']),
('zh', 'howto_export:body:2', ARRAY[
  '我找不到导出按钮。下周审计需要完整的数据导出。']),
-- ---- billing
-- en
('en', 'bill_invoice_vat:subj', ARRAY[
  'Wrong VAT on invoice',
  'Invoice shows old company address',
  'Need to correct our invoice details',
  'VAT number missing from invoice {inv}']),
('en', 'bill_invoice_vat:body:1', ARRAY[
  'Our latest invoice {inv} charges VAT even though we entered our VAT ID. Can you reissue it without VAT (reverse charge)?']),
('en', 'bill_invoice_vat:body:2', ARRAY[
  'The invoice still shows our old address. We moved in the summer and updated it in the billing settings, but new invoices didn''t change.']),
('en', 'bill_invoice_vat:body:3', ARRAY[
  'Our accounting team can''t book invoice {inv} because our VAT number is missing. Please add it and send a corrected version.']),
('en', 'bill_invoice_vat:body:4', ARRAY[
  'The company name on our invoices is wrong, it should be our legal entity name. How can we change it?']),
('en', 'bill_card_update:subj', ARRAY[
  'Payment failed',
  'Update credit card',
  'Card declined - how to change payment method',
  'Our payment didn''t go through']),
('en', 'bill_card_update:body:1', ARRAY[
  'We got an email saying our payment failed. The card expired last month - where can I update it?']),
('en', 'bill_card_update:body:2', ARRAY[
  'I tried to add a new credit card but the form just says "Your card was declined". The card works everywhere else.']),
('en', 'bill_card_update:body:3', ARRAY[
  'Can we switch from credit card to paying by bank transfer against an invoice? Our finance team prefers that.']),
('en', 'bill_card_update:body:4', ARRAY[
  'Our account shows a warning that the last payment failed. I updated the card - can you retry the charge so we don''t get suspended?']),
('en', 'bill_charged_wrong:subj', ARRAY[
  'Charged the wrong amount',
  'Why was I billed {amount}?',
  'Invoice higher than expected',
  'Billing question about last invoice']),
('en', 'bill_charged_wrong:body:1', ARRAY[
  'We downgraded to {plan} last month but we were still charged the old price of {amount}. Can you check?']),
('en', 'bill_charged_wrong:body:2', ARRAY[
  'Our invoice this month is {amount}, much higher than usual. We didn''t add any users. What happened?']),
('en', 'bill_charged_wrong:body:3', ARRAY[
  'I don''t understand the prorated charges on our last invoice. Could someone explain the line items?']),
('en', 'bill_charged_wrong:body:4', ARRAY[
  'We were billed for {seats} seats, but several of those users were deactivated months ago.']),
('en', 'bill_refund:subj', ARRAY[
  'Refund request',
  'Requesting a refund',
  'Refund please']),
('en', 'bill_refund:body:1', ARRAY[
  'We were charged {amount} for the annual renewal, but we had already decided not to continue. Could you please refund invoice {inv}?']),
('en', 'bill_refund:body:2', ARRAY[
  'Please refund the last charge of {amount} (invoice {inv}). We forgot to cancel before the renewal date.']),
('en', 'bill_refund:body:3', ARRAY[
  'I''d like a refund for invoice {inv} ({amount}). The renewal went through before we could cancel.']),
('en', 'bill_cancel:subj', ARRAY[
  'Cancel subscription',
  'Please cancel our account',
  'Cancellation request']),
('en', 'bill_cancel:body:1', ARRAY[
  'Please cancel our subscription at the end of the current billing period. We''re moving to a different tool.']),
('en', 'bill_cancel:body:2', ARRAY[
  'We would like to cancel our {plan} subscription at the end of this month. Please confirm.']),
('en', 'bill_cancel:body:3', ARRAY[
  'Please close our account and stop all future charges. Thanks for everything.']),
('en', 'bill_add_seats:subj', ARRAY[
  'Add more seats',
  'Need {seats} more licenses',
  'Adding users to our plan']),
('en', 'bill_add_seats:body:1', ARRAY[
  'We need to add {seats} more seats to our {plan} plan. Can you update the subscription and send the invoice?']),
('en', 'bill_add_seats:body:2', ARRAY[
  'Could you add {seats} additional licenses to our account? New hires start on Monday.']),
('en', 'bill_add_seats:body:3', ARRAY[
  'Please increase our seat count by {seats}. We''d like it prorated on the next invoice.']),
('en', 'bill_invoice_copy:subj', ARRAY[
  'Invoice copy',
  'Copy of invoice {inv}',
  'Need invoice for {date}']),
('en', 'bill_invoice_copy:body:1', ARRAY[
  'Could you send me a copy of invoice {inv}? Our accounts payable team can''t find it.']),
('en', 'bill_invoice_copy:body:2', ARRAY[
  'Please send a PDF copy of invoice {inv} to our finance team.']),
('en', 'bill_invoice_copy:body:3', ARRAY[
  'I need the invoice for our {date} payment for our records. Can you email it to me?']),
-- de
('de', 'bill_invoice_vat:subj', ARRAY[
  'Falsche MwSt. auf Rechnung {inv}',
  'USt-IdNr. fehlt auf der Rechnung']),
('de', 'bill_invoice_vat:body:1', ARRAY[
  'Auf Rechnung {inv} wird Umsatzsteuer berechnet, obwohl unsere USt-IdNr. hinterlegt ist. Bitte stellen Sie die Rechnung korrigiert aus (Reverse Charge).']),
('de', 'bill_invoice_vat:body:2', ARRAY[
  'Unsere Buchhaltung kann Rechnung {inv} nicht verbuchen, da unsere Umsatzsteuer-ID fehlt. Bitte senden Sie uns eine korrigierte Rechnung.']),
('de', 'bill_card_update:subj', ARRAY[
  'Zahlung fehlgeschlagen',
  'Kreditkarte aktualisieren']),
('de', 'bill_card_update:body:1', ARRAY[
  'Wir haben eine E-Mail bekommen, dass die Zahlung fehlgeschlagen ist. Die Karte ist abgelaufen – wo kann ich die neue hinterlegen?']),
('de', 'bill_card_update:body:2', ARRAY[
  'Können wir statt per Kreditkarte per Überweisung auf Rechnung zahlen? Unsere Buchhaltung bevorzugt das.']),
('de', 'bill_charged_wrong:subj', ARRAY[
  'Falscher Betrag abgebucht',
  'Rechnung höher als erwartet']),
('de', 'bill_charged_wrong:body:1', ARRAY[
  'Wir haben letzten Monat auf {plan} heruntergestuft, aber trotzdem den alten Preis von {amount} bezahlt. Können Sie das prüfen?']),
('de', 'bill_charged_wrong:body:2', ARRAY[
  'Unsere Rechnung diesen Monat beträgt {amount}, deutlich mehr als sonst. Wir haben keine Nutzer hinzugefügt.']),
('de', 'bill_refund:subj', ARRAY[
  'Rückerstattung',
  'Bitte um Erstattung']),
('de', 'bill_refund:body:1', ARRAY[
  'Bitte erstatten Sie die letzte Abbuchung über {amount} (Rechnung {inv}). Wir hatten vergessen, vor der Verlängerung zu kündigen.']),
('de', 'bill_refund:body:2', ARRAY[
  'Wir möchten eine Rückerstattung für Rechnung {inv} ({amount}) beantragen. Die Verlängerung wurde abgebucht, bevor wir kündigen konnten.']),
('de', 'bill_cancel:subj', ARRAY[
  'Kündigung',
  'Abo kündigen']),
('de', 'bill_cancel:body:1', ARRAY[
  'Hiermit kündigen wir unser {plan}-Abonnement zum Ende des aktuellen Abrechnungszeitraums. Bitte bestätigen Sie die Kündigung.']),
('de', 'bill_cancel:body:2', ARRAY[
  'Bitte kündigen Sie unseren Account zum nächstmöglichen Zeitpunkt und stoppen Sie alle weiteren Abbuchungen.']),
('de', 'bill_add_seats:subj', ARRAY[
  'Weitere Lizenzen',
  '{seats} zusätzliche Nutzer']),
('de', 'bill_add_seats:body:1', ARRAY[
  'Wir benötigen {seats} zusätzliche Lizenzen für unseren Tarif {plan}. Bitte passen Sie das Abo an.']),
('de', 'bill_add_seats:body:2', ARRAY[
  'Könnten Sie unserem Konto {seats} weitere Plätze hinzufügen? Neue Kollegen fangen am Montag an.']),
('de', 'bill_invoice_copy:subj', ARRAY[
  'Rechnungskopie {inv}',
  'Kopie der Rechnung']),
('de', 'bill_invoice_copy:body:1', ARRAY[
  'Könnten Sie mir bitte eine Kopie der Rechnung {inv} schicken? Unsere Buchhaltung findet sie nicht.']),
('de', 'bill_invoice_copy:body:2', ARRAY[
  'Bitte senden Sie die Rechnung {inv} als PDF an unsere Buchhaltung.']),
-- fr
('fr', 'bill_invoice_vat:subj', ARRAY[
  'TVA erronée sur la facture {inv}',
  'Numéro de TVA absent de la facture']),
('fr', 'bill_invoice_vat:body:1', ARRAY[
  'La facture {inv} inclut la TVA alors que notre numéro de TVA intracommunautaire est renseigné. Pouvez-vous l''émettre en autoliquidation ?']),
('fr', 'bill_invoice_vat:body:2', ARRAY[
  'Notre comptabilité ne peut pas enregistrer la facture {inv} car notre numéro de TVA n''y figure pas.']),
('fr', 'bill_card_update:subj', ARRAY[
  'Échec de paiement',
  'Mettre à jour la carte bancaire']),
('fr', 'bill_card_update:body:1', ARRAY[
  'Nous avons reçu un e-mail indiquant que le paiement a échoué. La carte a expiré, où puis-je en ajouter une nouvelle ?']),
('fr', 'bill_card_update:body:2', ARRAY[
  'Pouvons-nous payer par virement sur facture plutôt que par carte ?']),
('fr', 'bill_charged_wrong:subj', ARRAY[
  'Montant facturé incorrect']),
('fr', 'bill_charged_wrong:body:1', ARRAY[
  'Nous sommes passés à l''offre {plan} le mois dernier mais avons encore été débités de l''ancien tarif de {amount}.']),
('fr', 'bill_charged_wrong:body:2', ARRAY[
  'Notre facture de ce mois s''élève à {amount}, bien plus que d''habitude. Nous n''avons ajouté aucun utilisateur.']),
('fr', 'bill_refund:subj', ARRAY[
  'Demande de remboursement',
  'Remboursement']),
('fr', 'bill_refund:body:1', ARRAY[
  'Merci de rembourser le dernier prélèvement de {amount} (facture {inv}). Nous avons oublié de résilier avant le renouvellement.']),
('fr', 'bill_refund:body:2', ARRAY[
  'Je souhaite obtenir le remboursement de la facture {inv} ({amount}). Le renouvellement a été prélevé avant notre résiliation.']),
('fr', 'bill_cancel:subj', ARRAY[
  'Résiliation',
  'Résilier notre abonnement']),
('fr', 'bill_cancel:body:1', ARRAY[
  'Nous souhaitons résilier notre abonnement {plan} à la fin de la période en cours. Merci de confirmer.']),
('fr', 'bill_cancel:body:2', ARRAY[
  'Merci de clôturer notre compte et d''arrêter tout prélèvement futur.']),
('fr', 'bill_add_seats:subj', ARRAY[
  'Ajouter des licences']),
('fr', 'bill_add_seats:body:1', ARRAY[
  'Nous avons besoin de {seats} licences supplémentaires sur notre offre {plan}. Pouvez-vous mettre à jour l''abonnement ?']),
('fr', 'bill_add_seats:body:2', ARRAY[
  'Pourriez-vous ajouter {seats} utilisateurs à notre compte ? De nouveaux collègues arrivent lundi.']),
('fr', 'bill_invoice_copy:subj', ARRAY[
  'Copie de facture {inv}',
  'Duplicata de facture']),
('fr', 'bill_invoice_copy:body:1', ARRAY[
  'Pourriez-vous m''envoyer une copie de la facture {inv} ? Notre comptabilité ne la retrouve pas.']),
('fr', 'bill_invoice_copy:body:2', ARRAY[
  'Merci d''envoyer la facture {inv} en PDF à notre service comptable.']),
-- es
('es', 'bill_invoice_vat:subj', ARRAY[
  'IVA incorrecto en la factura {inv}']),
('es', 'bill_invoice_vat:body:1', ARRAY[
  'La factura {inv} incluye IVA aunque tenemos registrado nuestro NIF-IVA. ¿Pueden emitirla con inversión del sujeto pasivo?']),
('es', 'bill_invoice_vat:body:2', ARRAY[
  'Contabilidad no puede registrar la factura {inv} porque falta nuestro número de IVA. Envíennos una factura corregida, por favor.']),
('es', 'bill_card_update:subj', ARRAY[
  'Pago fallido',
  'Actualizar la tarjeta']),
('es', 'bill_card_update:body:1', ARRAY[
  'Recibimos un correo de que el pago falló. La tarjeta caducó el mes pasado, ¿dónde puedo cambiarla?']),
('es', 'bill_card_update:body:2', ARRAY[
  '¿Podemos pagar por transferencia contra factura en lugar de con tarjeta?']),
('es', 'bill_refund:subj', ARRAY[
  'Solicitud de reembolso',
  'Reembolso']),
('es', 'bill_refund:body:1', ARRAY[
  'Por favor, reembolsen el último cargo de {amount} (factura {inv}). Olvidamos cancelar antes de la renovación.']),
('es', 'bill_refund:body:2', ARRAY[
  'Quisiera el reembolso de la factura {inv} ({amount}). La renovación se cobró antes de que pudiéramos cancelar.']),
('es', 'bill_cancel:subj', ARRAY[
  'Cancelar suscripción',
  'Baja de la cuenta']),
('es', 'bill_cancel:body:1', ARRAY[
  'Queremos cancelar nuestra suscripción {plan} al final del periodo actual. Por favor, confírmenlo.']),
('es', 'bill_cancel:body:2', ARRAY[
  'Por favor, cierren nuestra cuenta y detengan todos los cobros futuros.']),
('es', 'bill_add_seats:subj', ARRAY[
  'Añadir licencias']),
('es', 'bill_add_seats:body:1', ARRAY[
  'Necesitamos {seats} licencias más en nuestro plan {plan}. ¿Pueden actualizar la suscripción?']),
('es', 'bill_add_seats:body:2', ARRAY[
  '¿Podrían añadir {seats} usuarios a nuestra cuenta? Hay nuevas incorporaciones el lunes.']),
('es', 'bill_invoice_copy:subj', ARRAY[
  'Copia de la factura {inv}']),
('es', 'bill_invoice_copy:body:1', ARRAY[
  '¿Podrían enviarme una copia de la factura {inv}? Contabilidad no la encuentra.']),
('es', 'bill_invoice_copy:body:2', ARRAY[
  'Por favor, envíen la factura {inv} en PDF a nuestro departamento de finanzas.']),
-- pt
('pt', 'bill_invoice_copy:subj', ARRAY[
  'Segunda via da fatura {inv}',
  'Cópia da fatura']),
('pt', 'bill_invoice_copy:body:1', ARRAY[
  'Vocês podem me enviar uma cópia da fatura {inv}? O contas a pagar não encontrou.']),
('pt', 'bill_invoice_copy:body:2', ARRAY[
  'Por favor, enviem a fatura {inv} em PDF para o nosso financeiro.']),
('pt', 'bill_card_update:subj', ARRAY[
  'Falha no pagamento',
  'Atualizar cartão de crédito']),
('pt', 'bill_card_update:body:1', ARRAY[
  'Recebemos um e-mail dizendo que o pagamento falhou. O cartão venceu, onde atualizo?']),
('pt', 'bill_card_update:body:2', ARRAY[
  'Podemos pagar por boleto em vez de cartão de crédito?']),
('pt', 'bill_refund:subj', ARRAY[
  'Pedido de reembolso',
  'Reembolso']),
('pt', 'bill_refund:body:1', ARRAY[
  'Por favor, reembolsem a última cobrança de {amount} (fatura {inv}). Esquecemos de cancelar antes da renovação.']),
('pt', 'bill_refund:body:2', ARRAY[
  'Gostaria do reembolso da fatura {inv} ({amount}). A renovação foi cobrada antes de conseguirmos cancelar.']),
('pt', 'bill_cancel:subj', ARRAY[
  'Cancelamento da assinatura',
  'Cancelar conta']),
('pt', 'bill_cancel:body:1', ARRAY[
  'Queremos cancelar nossa assinatura {plan} no fim do período atual. Por favor, confirmem.']),
('pt', 'bill_cancel:body:2', ARRAY[
  'Por favor, encerrem nossa conta e parem todas as cobranças futuras.']),
('pt', 'bill_add_seats:subj', ARRAY[
  'Adicionar licenças']),
('pt', 'bill_add_seats:body:1', ARRAY[
  'Precisamos de mais {seats} licenças no plano {plan}. Podem atualizar a assinatura?']),
('pt', 'bill_add_seats:body:2', ARRAY[
  'Vocês podem adicionar {seats} usuários à nossa conta? Temos pessoas novas começando na segunda.']),
-- ja
('ja', 'bill_invoice_copy:subj', ARRAY[
  '請求書{inv}の再発行',
  '請求書の写しについて']),
('ja', 'bill_invoice_copy:body:1', ARRAY[
  '請求書{inv}の写しをお送りいただけますでしょうか。経理部で見当たらないとのことです。']),
('ja', 'bill_invoice_copy:body:2', ARRAY[
  '請求書{inv}をPDFで経理部宛にお送りください。']),
('ja', 'bill_cancel:subj', ARRAY[
  '解約のお願い']),
('ja', 'bill_cancel:body:1', ARRAY[
  '現在の請求期間の終了をもって{plan}プランを解約したく、ご連絡いたしました。ご確認をお願いいたします。']),
('ja', 'bill_cancel:body:2', ARRAY[
  'アカウントを解約し、今後の請求を停止していただけますでしょうか。']),
('ja', 'bill_refund:subj', ARRAY[
  '返金のお願い']),
('ja', 'bill_refund:body:1', ARRAY[
  '更新前に解約するのを失念しておりました。請求書{inv}（{amount}）の返金をお願いできますでしょうか。']),
-- zh
('zh', 'bill_invoice_copy:subj', ARRAY[
  '申请发票{inv}副本']),
('zh', 'bill_invoice_copy:body:1', ARRAY[
  '能否发一份发票{inv}的副本给我？财务那边找不到了。']),
('zh', 'bill_cancel:subj', ARRAY[
  '取消订阅']),
('zh', 'bill_cancel:body:1', ARRAY[
  '我们希望在本计费周期结束时取消{plan}订阅，请确认。']),
('zh', 'bill_cancel:body:2', ARRAY[
  '请关闭我们的账户并停止以后的所有扣款。']),
-- ---- login and access
-- en
('en', 'login_sso:subj', ARRAY[
  'SSO login not working',
  'Cannot sign in with Okta',
  'SAML error when logging in',
  'Single sign-on broken for our team',
  'Login loop with Azure AD']),
('en', 'login_sso:body:1', ARRAY[
  'Since this morning nobody in our company can log in through SSO. We get "Invalid SAML response" after the Okta redirect.']),
('en', 'login_sso:body:2', ARRAY[
  'Our users are stuck in a login loop with Azure AD. After entering their credentials they end up back on the login page.']),
('en', 'login_sso:body:3', ARRAY[
  'SAML login fails with "Signature validation failed". We haven''t changed anything in our identity provider.']),
('en', 'login_sso:body:4', ARRAY[
  'Single sign-on stopped working for all of our users. Password login still works for admins.']),
('en', 'login_reset_email:subj', ARRAY[
  'Password reset email not arriving',
  'Not receiving reset link',
  'Forgot password - no email',
  'reset password email never comes']),
('en', 'login_reset_email:body:1', ARRAY[
  'I''ve requested a password reset three times but the email never arrives. I checked spam too.']),
('en', 'login_reset_email:body:2', ARRAY[
  'The "forgot password" page says an email was sent, but nothing comes through. Other emails from you arrive fine.']),
('en', 'login_reset_email:body:3', ARRAY[
  'Can''t get into my account because the reset email doesn''t show up. Is something wrong on your side?']),
('en', 'login_reset_email:body:4', ARRAY[
  'None of the password reset emails are reaching us. Our IT team says nothing is being blocked.']),
('en', 'login_locked:subj', ARRAY[
  'Account locked',
  'Locked out of my account',
  'Too many login attempts']),
('en', 'login_locked:body:1', ARRAY[
  'My account got locked after too many attempts and now I can''t log in at all. Please unlock it.']),
('en', 'login_locked:body:2', ARRAY[
  'I''m locked out after entering the wrong password a few times. How long until I can try again?']),
('en', 'login_locked:body:3', ARRAY[
  'One of our users is locked out and the unlock email never came. Can you unlock the account?']),
('en', 'login_2fa_reset:subj', ARRAY[
  'Reset 2FA',
  'Lost my phone - need to disable two-factor',
  'Two-factor authentication reset']),
('en', 'login_2fa_reset:body:1', ARRAY[
  'I got a new phone and lost access to my authenticator app. Can you reset two-factor authentication on my account?']),
('en', 'login_2fa_reset:body:2', ARRAY[
  'Please disable 2FA on my account so I can set it up again. My old phone was stolen.']),
('en', 'login_2fa_reset:body:3', ARRAY[
  'I can''t log in because my authenticator codes are on my old phone. Could you reset my 2FA?']),
('en', 'login_invite:subj', ARRAY[
  'Invite link expired',
  'New user can''t join our workspace',
  'Invitation not working']),
('en', 'login_invite:body:1', ARRAY[
  'I invited a new colleague but the link in the invitation says it has expired. Can you resend it?']),
('en', 'login_invite:body:2', ARRAY[
  'Our new team member clicks the invite link and gets "{err}". What should she do?']),
('en', 'login_invite:body:3', ARRAY[
  'The invitation email goes out, but when people accept it they end up in an empty workspace instead of ours.']),
-- de
('de', 'login_sso:subj', ARRAY[
  'SSO-Anmeldung funktioniert nicht',
  'Fehler bei SAML-Login']),
('de', 'login_sso:body:1', ARRAY[
  'Seit heute Morgen kann sich bei uns niemand mehr per SSO anmelden. Nach der Weiterleitung von Okta kommt "Invalid SAML response".']),
('de', 'login_sso:body:2', ARRAY[
  'Die Anmeldung über Azure AD endet in einer Schleife, man landet immer wieder auf der Login-Seite.']),
('de', 'login_reset_email:subj', ARRAY[
  'Keine E-Mail zum Zurücksetzen des Passworts',
  'Passwort-Reset kommt nicht an']),
('de', 'login_reset_email:body:1', ARRAY[
  'Ich habe dreimal ein neues Passwort angefordert, aber die E-Mail kommt nie an. Der Spam-Ordner ist leer.']),
('de', 'login_reset_email:body:2', ARRAY[
  'Die E-Mails zum Zurücksetzen des Passworts erreichen uns nicht. Andere E-Mails von Ihnen kommen an.']),
('de', 'login_locked:subj', ARRAY[
  'Konto gesperrt',
  'Ausgesperrt nach zu vielen Versuchen']),
('de', 'login_locked:body:1', ARRAY[
  'Mein Konto wurde nach zu vielen Anmeldeversuchen gesperrt. Bitte entsperren Sie es.']),
('de', 'login_locked:body:2', ARRAY[
  'Ich habe mich ein paar Mal vertippt und bin jetzt ausgesperrt. Wie lange dauert die Sperre?']),
('de', 'login_2fa_reset:subj', ARRAY[
  '2FA zurücksetzen',
  'Neues Handy – Zwei-Faktor-Authentifizierung']),
('de', 'login_2fa_reset:body:1', ARRAY[
  'Ich habe ein neues Handy und keinen Zugriff mehr auf meine Authenticator-App. Können Sie die Zwei-Faktor-Authentifizierung zurücksetzen?']),
('de', 'login_2fa_reset:body:2', ARRAY[
  'Bitte deaktivieren Sie 2FA für mein Konto, mein altes Telefon wurde gestohlen.']),
-- fr
('fr', 'login_sso:subj', ARRAY[
  'Connexion SSO impossible',
  'Erreur SAML à la connexion']),
('fr', 'login_sso:body:1', ARRAY[
  'Depuis ce matin, personne chez nous ne peut se connecter via SSO. Après la redirection Okta on obtient "Invalid SAML response".']),
('fr', 'login_sso:body:2', ARRAY[
  'La connexion via Azure AD tourne en boucle : on revient toujours sur la page de connexion.']),
('fr', 'login_reset_email:subj', ARRAY[
  'E-mail de réinitialisation non reçu',
  'Mot de passe oublié : aucun e-mail']),
('fr', 'login_reset_email:body:1', ARRAY[
  'J''ai demandé trois fois la réinitialisation du mot de passe mais l''e-mail n''arrive jamais. Rien dans les spams.']),
('fr', 'login_reset_email:body:2', ARRAY[
  'Les e-mails de réinitialisation ne nous parviennent pas, alors que vos autres e-mails arrivent bien.']),
('fr', 'login_locked:subj', ARRAY[
  'Compte bloqué']),
('fr', 'login_locked:body:1', ARRAY[
  'Mon compte a été bloqué après plusieurs tentatives de connexion. Pouvez-vous le débloquer ?']),
('fr', 'login_locked:body:2', ARRAY[
  'Je suis bloqué après quelques erreurs de mot de passe. Combien de temps dure le blocage ?']),
('fr', 'login_2fa_reset:subj', ARRAY[
  'Réinitialiser la double authentification',
  'Nouveau téléphone – 2FA']),
('fr', 'login_2fa_reset:body:1', ARRAY[
  'J''ai changé de téléphone et je n''ai plus accès à mon application d''authentification. Pouvez-vous réinitialiser la 2FA ?']),
('fr', 'login_2fa_reset:body:2', ARRAY[
  'Merci de désactiver la double authentification sur mon compte, mon ancien téléphone a été volé.']),
-- es
('es', 'login_sso:subj', ARRAY[
  'El inicio de sesión SSO no funciona']),
('es', 'login_sso:body:1', ARRAY[
  'Desde esta mañana nadie en la empresa puede entrar con SSO. Tras la redirección de Okta aparece "Invalid SAML response".']),
('es', 'login_sso:body:2', ARRAY[
  'El acceso con Azure AD entra en un bucle y siempre vuelve a la página de inicio de sesión.']),
('es', 'login_reset_email:subj', ARRAY[
  'No llega el correo para restablecer la contraseña']),
('es', 'login_reset_email:body:1', ARRAY[
  'He pedido restablecer la contraseña tres veces y el correo nunca llega. Tampoco está en spam.']),
('es', 'login_reset_email:body:2', ARRAY[
  'Los correos de restablecimiento de contraseña no nos llegan, aunque el resto de sus correos sí.']),
('es', 'login_2fa_reset:subj', ARRAY[
  'Restablecer 2FA',
  'Móvil nuevo - autenticación en dos pasos']),
('es', 'login_2fa_reset:body:1', ARRAY[
  'Cambié de móvil y ya no tengo acceso a la app de autenticación. ¿Pueden restablecer la verificación en dos pasos?']),
('es', 'login_2fa_reset:body:2', ARRAY[
  'Por favor, desactiven el 2FA de mi cuenta; me robaron el teléfono.']),
-- pt
('pt', 'login_reset_email:subj', ARRAY[
  'E-mail de redefinição de senha não chega']),
('pt', 'login_reset_email:body:1', ARRAY[
  'Pedi a redefinição de senha três vezes e o e-mail nunca chega. Já olhei o spam.']),
('pt', 'login_reset_email:body:2', ARRAY[
  'Os e-mails de redefinição de senha não estão chegando, mas os outros e-mails de vocês chegam normalmente.']),
('pt', 'login_2fa_reset:subj', ARRAY[
  'Redefinir 2FA',
  'Celular novo - autenticação em dois fatores']),
('pt', 'login_2fa_reset:body:1', ARRAY[
  'Troquei de celular e perdi o acesso ao app autenticador. Vocês podem redefinir a autenticação em dois fatores?']),
('pt', 'login_2fa_reset:body:2', ARRAY[
  'Por favor, desativem o 2FA da minha conta; meu celular antigo foi roubado.']),
('pt', 'login_sso:subj', ARRAY[
  'Login por SSO não funciona']),
('pt', 'login_sso:body:1', ARRAY[
  'Desde hoje de manhã ninguém da empresa consegue entrar via SSO. Depois do redirecionamento do Okta aparece "Invalid SAML response".']),
('pt', 'login_sso:body:2', ARRAY[
  'O login com Azure AD fica em loop e sempre volta para a página de login.']),
-- ja
('ja', 'login_reset_email:subj', ARRAY[
  'パスワード再設定メールが届きません']),
('ja', 'login_reset_email:body:1', ARRAY[
  'パスワードの再設定を3回申請しましたが、メールが届きません。迷惑メールフォルダも確認しました。']),
('ja', 'login_reset_email:body:2', ARRAY[
  'パスワード再設定のメールだけが届きません。他のメールは問題なく受信できています。']),
('ja', 'login_2fa_reset:subj', ARRAY[
  '二段階認証のリセット']),
('ja', 'login_2fa_reset:body:1', ARRAY[
  '機種変更により認証アプリにアクセスできなくなりました。二段階認証をリセットしていただけますか。']),
('ja', 'login_sso:subj', ARRAY[
  'SSOでログインできません']),
('ja', 'login_sso:body:1', ARRAY[
  '今朝から社内の全員がSSOでログインできません。Oktaからのリダイレクト後に「Invalid SAML response」と表示されます。']),
-- zh
('zh', 'login_reset_email:subj', ARRAY[
  '收不到重置密码的邮件']),
('zh', 'login_reset_email:body:1', ARRAY[
  '我已经申请了三次重置密码，但一直收不到邮件，垃圾邮件里也没有。']),
('zh', 'login_2fa_reset:subj', ARRAY[
  '重置两步验证']),
('zh', 'login_2fa_reset:body:1', ARRAY[
  '我换了新手机，无法再使用身份验证器。请帮我重置两步验证。']),
-- ---- bugs and integrations
-- en
('en', 'bug_report_blank:subj', ARRAY[
  '{feature} not loading',
  'Blank page on the {feature}',
  'Dashboard stuck on spinner',
  '{feature} shows nothing since the update',
  'Page won''t load']),
('en', 'bug_report_blank:body:1', ARRAY[
  'Since yesterday the {feature} only shows a spinner and never loads. I tried Chrome and Firefox, same result.']),
('en', 'bug_report_blank:body:2', ARRAY[
  'When I open the {feature} I get a completely blank page. The browser console shows {err}.']),
('en', 'bug_report_blank:body:3', ARRAY[
  'The {feature} doesn''t load anymore for anyone on our team. It worked fine last week.']),
('en', 'bug_report_blank:body:4', ARRAY[
  'Our {feature} keeps loading forever. Reloading and clearing the cache didn''t help.']),
('en', 'bug_export_fail:subj', ARRAY[
  'Export fails with error',
  'CSV export broken',
  'Error when exporting {report} report',
  'Cannot download export']),
('en', 'bug_export_fail:body:1', ARRAY[
  'Exporting the {report} report fails with {err}. Smaller date ranges work, but a full year fails every time.']),
('en', 'bug_export_fail:body:2', ARRAY[
  'The CSV export button gives an error ({err}) since this week.']),
('en', 'bug_export_fail:body:3', ARRAY[
  'When I try to download the {report} report I just get an error page. We need the numbers for a board meeting.']),
('en', 'bug_export_fail:body:4', ARRAY[
  'Exports have been failing for us since the last release. The file never arrives by email either.']),
('en', 'bug_mobile_crash:subj', ARRAY[
  'App crashes on startup',
  'iOS app keeps crashing',
  'Mobile app closes immediately after update',
  'App crash']),
('en', 'bug_mobile_crash:body:1', ARRAY[
  'After updating to version {app_version} the app crashes as soon as I open it. I''m on {os}.']),
('en', 'bug_mobile_crash:body:2', ARRAY[
  'The mobile app closes right after the splash screen. Reinstalling didn''t help. Phone: {os}.']),
('en', 'bug_mobile_crash:body:3', ARRAY[
  'Since the latest update ({app_version}) the app crashes every time I try to open a project.']),
('en', 'bug_mobile_crash:body:4', ARRAY[
  'The app crashes immediately on launch. Several people on our team have the same problem.']),
('en', 'bug_timezone:subj', ARRAY[
  'Dates are off by one day',
  'Wrong time zone on entries',
  'Due dates shifted']),
('en', 'bug_timezone:body:1', ARRAY[
  'All due dates in the {feature} show one day earlier than what we entered. Our time zone is set correctly.']),
('en', 'bug_timezone:body:2', ARRAY[
  'Entries created in the afternoon show up on the next day. It looks like a time zone problem.']),
('en', 'bug_timezone:body:3', ARRAY[
  'Since the update, times in the {feature} are shifted by several hours.']),
('en', 'bug_search:subj', ARRAY[
  'Search not finding records',
  'Search returns no results',
  'Search broken?']),
('en', 'bug_search:body:1', ARRAY[
  'Search returns nothing for customers that definitely exist. Searching by e-mail address used to work.']),
('en', 'bug_search:body:2', ARRAY[
  'When I search for a contact by name I get "No results", but I can see the contact in the list.']),
('en', 'bug_search:body:3', ARRAY[
  'The search bar stopped finding anything older than a few weeks.']),
('en', 'int_sync_stopped:subj', ARRAY[
  '{integration} sync stopped',
  '{integration} integration not syncing',
  'Data not updating from {integration}',
  'Sync issue with {integration}']),
('en', 'int_sync_stopped:body:1', ARRAY[
  'Our {integration} integration stopped syncing on {date}. The last successful sync is shown as {date} and nothing since.']),
('en', 'int_sync_stopped:body:2', ARRAY[
  'New records from {integration} aren''t showing up anymore. The integration page says "Connected" but nothing is syncing.']),
('en', 'int_sync_stopped:body:3', ARRAY[
  'The sync with {integration} has been stuck for two days. We get {err} in the sync log.']),
('en', 'int_sync_stopped:body:4', ARRAY[
  'Data from {integration} is no longer coming through. We reconnected the integration but it didn''t help.']),
('en', 'int_webhook:subj', ARRAY[
  'Webhooks failing',
  'Webhook deliveries timing out',
  'Not receiving webhook events']),
('en', 'int_webhook:body:1', ARRAY[
  'Our webhook endpoint stopped receiving events. The delivery log shows {err} for every attempt.']),
('en', 'int_webhook:body:2', ARRAY[
  'Webhook deliveries to our server time out since yesterday, but our endpoint responds in under 100 ms.']),
('en', 'int_webhook:body:3', ARRAY[
  'We''re missing webhook events for new records. Some arrive, most don''t.']),
('en', 'int_oauth:subj', ARRAY[
  'Can''t connect {integration}',
  '{integration} authorization error',
  'Error connecting to {integration}']),
('en', 'int_oauth:body:1', ARRAY[
  'When I try to connect {integration} I get "{err}" after approving access.']),
('en', 'int_oauth:body:2', ARRAY[
  'Connecting our {integration} account fails at the last step with an authorization error.']),
('en', 'int_oauth:body:3', ARRAY[
  'The {integration} connection keeps asking us to re-authorize every day.']),
('en', 'int_duplicates:subj', ARRAY[
  '{integration} creating duplicates',
  'Duplicate records after sync',
  'Integration duplicating contacts']),
('en', 'int_duplicates:body:1', ARRAY[
  'Every sync with {integration} creates duplicate contacts. We now have each customer two or three times.']),
('en', 'int_duplicates:body:2', ARRAY[
  'Since we connected {integration}, records are being duplicated on every sync.']),
('en', 'int_duplicates:body:3', ARRAY[
  'The {integration} integration creates a new record instead of updating the existing one.']),
-- de
('de', 'bug_report_blank:subj', ARRAY[
  '„{feature}“ lädt nicht',
  'Leere Seite im Bereich „{feature}“']),
('de', 'bug_report_blank:body:1', ARRAY[
  'Seit gestern zeigt der Bereich „{feature}“ nur noch einen Ladekreis an. In Chrome und Firefox dasselbe.']),
('de', 'bug_report_blank:body:2', ARRAY[
  'Wenn ich „{feature}“ öffne, bleibt die Seite komplett leer. In der Browser-Konsole steht {err}.']),
('de', 'bug_export_fail:subj', ARRAY[
  'Export schlägt fehl',
  'Fehler beim Export des Berichts {report}']),
('de', 'bug_export_fail:body:1', ARRAY[
  'Der Export des Berichts {report} bricht mit {err} ab. Kleinere Zeiträume gehen, ein ganzes Jahr nie.']),
('de', 'bug_export_fail:body:2', ARRAY[
  'Seit dem letzten Release funktioniert der CSV-Export bei uns nicht mehr.']),
('de', 'bug_mobile_crash:subj', ARRAY[
  'App stürzt beim Start ab',
  'Absturz nach Update']),
('de', 'bug_mobile_crash:body:1', ARRAY[
  'Nach dem Update auf Version {app_version} stürzt die App sofort beim Öffnen ab. Ich nutze {os}.']),
('de', 'bug_mobile_crash:body:2', ARRAY[
  'Die App schließt sich direkt nach dem Startbildschirm. Neu installieren hat nicht geholfen.']),
('de', 'int_sync_stopped:subj', ARRAY[
  '{integration}-Synchronisation gestoppt',
  'Keine Daten mehr aus {integration}']),
('de', 'int_sync_stopped:body:1', ARRAY[
  'Unsere {integration}-Integration synchronisiert seit dem {date} nicht mehr, obwohl sie als verbunden angezeigt wird.']),
('de', 'int_sync_stopped:body:2', ARRAY[
  'Neue Datensätze aus {integration} kommen nicht mehr an. Wir haben die Verbindung neu hergestellt, ohne Erfolg.']),
('de', 'int_oauth:subj', ARRAY[
  '{integration} lässt sich nicht verbinden']),
('de', 'int_oauth:body:1', ARRAY[
  'Beim Verbinden mit {integration} kommt nach der Freigabe die Meldung {err}.']),
('de', 'int_oauth:body:2', ARRAY[
  'Die Verbindung zu {integration} verlangt jeden Tag eine neue Autorisierung.']),
-- fr
('fr', 'bug_report_blank:subj', ARRAY[
  'La section « {feature} » ne se charge plus',
  'Page blanche : {feature}']),
('fr', 'bug_report_blank:body:1', ARRAY[
  'Depuis hier, la section « {feature} » affiche seulement une roue de chargement. Même chose sous Chrome et Firefox.']),
('fr', 'bug_report_blank:body:2', ARRAY[
  'Quand j''ouvre « {feature} », la page reste complètement blanche. La console affiche {err}.']),
('fr', 'bug_export_fail:subj', ARRAY[
  'L''export échoue']),
('fr', 'bug_export_fail:body:1', ARRAY[
  'L''export du rapport {report} échoue avec {err}. Sur une période courte ça marche, sur un an jamais.']),
('fr', 'bug_export_fail:body:2', ARRAY[
  'Depuis la dernière mise à jour, l''export CSV ne fonctionne plus chez nous.']),
('fr', 'bug_mobile_crash:subj', ARRAY[
  'L''application plante au démarrage']),
('fr', 'bug_mobile_crash:body:1', ARRAY[
  'Depuis la mise à jour {app_version}, l''application se ferme dès l''ouverture. Je suis sous {os}.']),
('fr', 'bug_mobile_crash:body:2', ARRAY[
  'L''application se ferme juste après l''écran de démarrage. La réinstaller n''a rien changé.']),
('fr', 'int_sync_stopped:subj', ARRAY[
  'Synchronisation {integration} arrêtée',
  'Plus de données depuis {integration}']),
('fr', 'int_sync_stopped:body:1', ARRAY[
  'Notre intégration {integration} ne se synchronise plus depuis le {date}, alors qu''elle apparaît comme connectée.']),
('fr', 'int_sync_stopped:body:2', ARRAY[
  'Les nouveaux enregistrements de {integration} n''arrivent plus. Nous avons reconnecté l''intégration, sans effet.']),
-- es
('es', 'bug_report_blank:subj', ARRAY[
  '«{feature}» no carga',
  'Página en blanco en «{feature}»']),
('es', 'bug_report_blank:body:1', ARRAY[
  'Desde ayer la sección «{feature}» solo muestra el icono de carga. Pasa igual en Chrome y en Firefox.']),
('es', 'bug_report_blank:body:2', ARRAY[
  'Al abrir «{feature}» la página sale completamente en blanco. En la consola aparece {err}.']),
('es', 'int_sync_stopped:subj', ARRAY[
  'La sincronización con {integration} se detuvo']),
('es', 'int_sync_stopped:body:1', ARRAY[
  'Nuestra integración con {integration} no sincroniza desde el {date}, aunque aparece como conectada.']),
('es', 'int_sync_stopped:body:2', ARRAY[
  'Ya no llegan registros nuevos de {integration}. Volvimos a conectar la integración y sigue igual.']),
-- pt
('pt', 'bug_report_blank:subj', ARRAY[
  '"{feature}" não carrega',
  'Página em branco: {feature}']),
('pt', 'bug_report_blank:body:1', ARRAY[
  'Desde ontem a seção "{feature}" só mostra o ícone de carregamento. Acontece no Chrome e no Firefox.']),
('pt', 'bug_report_blank:body:2', ARRAY[
  'Quando abro "{feature}" a página fica totalmente em branco. No console aparece {err}.']),
('pt', 'int_sync_stopped:subj', ARRAY[
  'Sincronização com {integration} parou']),
('pt', 'int_sync_stopped:body:1', ARRAY[
  'Nossa integração com {integration} parou de sincronizar em {date}, mesmo aparecendo como conectada.']),
('pt', 'int_sync_stopped:body:2', ARRAY[
  'Os registros novos do {integration} não chegam mais. Reconectamos a integração e nada mudou.']),
-- ja
('ja', 'bug_report_blank:subj', ARRAY[
  '{feature}が表示されません']),
('ja', 'bug_report_blank:body:1', ARRAY[
  '昨日から{feature}が読み込み中のまま表示されません。ChromeでもFirefoxでも同じです。']),
('ja', 'bug_report_blank:body:2', ARRAY[
  '{feature}を開くと真っ白なページになります。コンソールには{err}と出ています。']),
('ja', 'int_sync_stopped:subj', ARRAY[
  '{integration}との同期が停止しています']),
('ja', 'int_sync_stopped:body:1', ARRAY[
  '{date}から{integration}との同期が止まっています。連携画面では「接続済み」と表示されています。']),
-- zh
('zh', 'bug_report_blank:subj', ARRAY[
  '{feature}打不开']),
('zh', 'bug_report_blank:body:1', ARRAY[
  '从昨天开始，{feature}一直在加载，什么都不显示。Chrome和Firefox都一样。']),
('zh', 'int_sync_stopped:subj', ARRAY[
  '与{integration}的同步停止了']),
('zh', 'int_sync_stopped:body:1', ARRAY[
  '从{date}开始，我们和{integration}的集成就不再同步了，但页面上显示“已连接”。']),
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
                                             'independent_report'))
);
CREATE INDEX ON backlog_demo.ticket_truth (issue_id);
COMMENT ON TABLE backlog_demo.ticket_truth IS
  'Ground truth for duplicate detection: tickets with equal issue_id are the same issue.';
COMMENT ON COLUMN backlog_demo.ticket_truth.ticket_id IS 'The ticket (backlog.tickets.id).';
COMMENT ON COLUMN backlog_demo.ticket_truth.issue_id IS 'The issue: the id of the first ticket about it.';
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
    -- English ones) and which issue-level slots each uses.
    CREATE TEMP TABLE _tp ON COMMIT DROP AS
    SELECT b.lang, split_part(b.key, ':', 1) AS topic, split_part(b.key, ':', 3)::integer AS sub,
           s.txts AS subj, b.txts AS body
      FROM backlog_demo.phrases b
      JOIN backlog_demo.phrases s ON s.lang = b.lang AND s.key = split_part(b.key, ':', 1) || ':subj'
     WHERE b.key LIKE '%:body:%';
    CREATE UNIQUE INDEX ON _tp (lang, topic, sub);
    CREATE TEMP TABLE _sub ON COMMIT DROP AS
    SELECT topic, sub, count(*) OVER (PARTITION BY topic) AS nsub,
           ARRAY(SELECT m[1] FROM regexp_matches(array_to_string(body, ' '), '\{(feature|integration|err|report|os)\}', 'g') m
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
           -- what makes two reports one issue: the sub-issue and the issue-level slots its
           -- texts name, and for an account-specific request the account
           concat_ws('|', t.topic, t.sub,
                     CASE WHEN 'feature' = ANY (sb.slots) THEN sl.feature_en END,
                     CASE WHEN 'integration' = ANY (sb.slots) THEN sl.integration END,
                     CASE WHEN 'err' = ANY (sb.slots) THEN sl.err END,
                     CASE WHEN 'report' = ANY (sb.slots) THEN sl.report END,
                     CASE WHEN 'os' = ANY (sb.slots) THEN sl.os END,
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
    INSERT INTO backlog_demo.ticket_truth (ticket_id, issue_id, kind)
    SELECT i.id,
           CASE WHEN t.src = 'inc' THEN min(i.id) FILTER (WHERE t.src = 'inc') OVER ()
                WHEN t.src = 'dup' THEN pi.issue_id ELSE bi.issue_id END,
           CASE WHEN t.src = 'base' AND bi.issue_id <> i.id THEN 'independent_report' ELSE t.kind END
      FROM _t t
      JOIN _id i ON i.key = t.key
      LEFT JOIN _issue bi ON bi.key = t.key
      LEFT JOIN _issue pi ON pi.key = t.parent_key
     ORDER BY i.id;

    INSERT INTO backlog_demo.runs VALUES (v_n, v_days, v_seed, v_start, v_end, v_inc0, v_fix);

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

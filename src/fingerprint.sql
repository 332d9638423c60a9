-- Duplicate tickets (SPEC §6): normalization, MinHash fingerprints, the % operator and its GIN
-- operator class, the fingerprints kept for every ticket, near-duplicate pairs, clusters,
-- repeat contacts and merging. C code: src/normalize.c, src/fingerprint.c (pure cores),
-- src/fingerprint_fmgr.c, src/fingerprint_gin.c (glue). See README.md, "Duplicate tickets".

-- ---------------------------------------------------------------------------------------------
-- Normalization
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.normalize(txt text)
RETURNS text
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_normalize';
COMMENT ON FUNCTION backlog.normalize(text) IS
  'The text a person would compare: quoted replies, forwarded headers, signatures, sign-offs, greetings, disclaimers, chat and web-form scaffolding removed; URLs, e-mail addresses, numbers and ids as <url>, <email>, <num>, <id>; case and accents folded; punctuation and white space collapsed.';

CREATE FUNCTION backlog.error_codes(txt text)
RETURNS text[]
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_error_codes';
COMMENT ON FUNCTION backlog.error_codes(text) IS
  'Error codes and machine identifiers the text names outside quoted replies, signatures and other scaffolding, folded, sorted, each once: a 3-6 digit number next to an error word (error 500, HTTP 502, error code 4012, a 404 error), an HTTP status with its reason (404 Not Found, 502 Bad Gateway), identifiers with an underscore (ERR_SYNC_409), a short prefix, hyphen and digits (E-1043), 0x numbers, exception names (TypeError). Two reports naming different codes are different issues (see backlog.terms_conflict).';

-- ---------------------------------------------------------------------------------------------
-- The fingerprint type
-- ---------------------------------------------------------------------------------------------
CREATE TYPE backlog.fingerprint;

CREATE FUNCTION backlog.fingerprint_in(cstring)
RETURNS backlog.fingerprint
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_in';
COMMENT ON FUNCTION backlog.fingerprint_in(cstring) IS
  'Input function of backlog.fingerprint: 520 hexadecimal digits (the 260 stored bytes), validated.';

CREATE FUNCTION backlog.fingerprint_out(backlog.fingerprint)
RETURNS cstring
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_out';
COMMENT ON FUNCTION backlog.fingerprint_out(backlog.fingerprint) IS
  'Output function of backlog.fingerprint: the 260 stored bytes as 520 lower-case hexadecimal digits.';

CREATE FUNCTION backlog.fingerprint_recv(internal)
RETURNS backlog.fingerprint
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_recv';
COMMENT ON FUNCTION backlog.fingerprint_recv(internal) IS
  'Binary input function of backlog.fingerprint: the 260 stored bytes, validated.';

CREATE FUNCTION backlog.fingerprint_send(backlog.fingerprint)
RETURNS bytea
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_send';
COMMENT ON FUNCTION backlog.fingerprint_send(backlog.fingerprint) IS
  'Binary output function of backlog.fingerprint: the 260 stored bytes.';

CREATE TYPE backlog.fingerprint (
    INPUT = backlog.fingerprint_in,
    OUTPUT = backlog.fingerprint_out,
    RECEIVE = backlog.fingerprint_recv,
    SEND = backlog.fingerprint_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = plain
);
COMMENT ON TYPE backlog.fingerprint IS
  'MinHash signature of a normalized ticket text: format version, flags and 128 16-bit slots (260 bytes, little-endian). backlog.similarity() of two estimates the Jaccard similarity of their texts'' shingles within about 0.044.';

CREATE FUNCTION backlog.fingerprint(txt text)
RETURNS backlog.fingerprint
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint';
COMMENT ON FUNCTION backlog.fingerprint(text) IS
  'MinHash fingerprint of backlog.normalize(txt): its stemmed content words, and character bigrams of scripts without spaces. The same on every platform and release of format version 1.';

-- A string literal is of type unknown, and backlog.fingerprint('...') with an unknown argument
-- would otherwise be read as a cast to the type of the same name.
CREATE FUNCTION backlog.fingerprint(txt unknown)
RETURNS backlog.fingerprint
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_unknown';
COMMENT ON FUNCTION backlog.fingerprint(unknown) IS
  'backlog.fingerprint(text) for a string literal (keeps backlog.fingerprint(''...'') a function call, not a cast).';

CREATE FUNCTION backlog.fingerprint_is_empty(fp backlog.fingerprint)
RETURNS boolean
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_is_empty';
COMMENT ON FUNCTION backlog.fingerprint_is_empty(backlog.fingerprint) IS
  'True for the fingerprint of a text without words (empty, or only greetings, signatures, numbers or links): it is similar to nothing, itself included.';

CREATE FUNCTION backlog.similarity(a backlog.fingerprint, b backlog.fingerprint)
RETURNS real
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_similarity';
COMMENT ON FUNCTION backlog.similarity(backlog.fingerprint, backlog.fingerprint) IS
  'Share of equal MinHash slots, in [0, 1] by steps of 1/128: estimates the Jaccard similarity J of the two texts'' shingle sets with standard error sqrt(J(1-J)/128). 0 when either fingerprint is empty.';

-- STABLE, not IMMUTABLE: reads backlog.similarity_threshold.
CREATE FUNCTION backlog.fingerprint_similar(a backlog.fingerprint, b backlog.fingerprint)
RETURNS boolean
LANGUAGE c STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_similar';
COMMENT ON FUNCTION backlog.fingerprint_similar(backlog.fingerprint, backlog.fingerprint) IS
  'Implements %: backlog.similarity(a, b) >= backlog.similarity_threshold (STABLE, as it reads that setting).';

CREATE OPERATOR backlog.% (
    LEFTARG = backlog.fingerprint,
    RIGHTARG = backlog.fingerprint,
    FUNCTION = backlog.fingerprint_similar,
    COMMUTATOR = OPERATOR(backlog.%),
    RESTRICT = matchingsel,
    JOIN = matchingjoinsel
);
COMMENT ON OPERATOR backlog.% (backlog.fingerprint, backlog.fingerprint) IS
  'Near-duplicates: backlog.similarity(a, b) >= backlog.similarity_threshold (default 0.3). Indexable by the GIN operator class backlog.fingerprint_ops.';

-- ---------------------------------------------------------------------------------------------
-- GIN operator class: one int4 key per slot, (slot << 16) | value; exact, no recheck.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.fingerprint_gin_extract_value(backlog.fingerprint, internal)
RETURNS internal
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_gin_extract_value';
COMMENT ON FUNCTION backlog.fingerprint_gin_extract_value(backlog.fingerprint, internal) IS
  'GIN support (extractValue) of backlog.fingerprint_ops: one key per MinHash slot.';

CREATE FUNCTION backlog.fingerprint_gin_extract_query(backlog.fingerprint, internal, int2, internal, internal, internal, internal)
RETURNS internal
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_gin_extract_query';
COMMENT ON FUNCTION backlog.fingerprint_gin_extract_query(backlog.fingerprint, internal, int2, internal, internal, internal, internal) IS
  'GIN support (extractQuery) of backlog.fingerprint_ops: the query''s slot keys; a full scan when backlog.similarity_threshold is 0.';

CREATE FUNCTION backlog.fingerprint_gin_consistent(internal, int2, backlog.fingerprint, int4, internal, internal, internal, internal)
RETURNS boolean
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_gin_consistent';
COMMENT ON FUNCTION backlog.fingerprint_gin_consistent(internal, int2, backlog.fingerprint, int4, internal, internal, internal, internal) IS
  'GIN support (consistent) of backlog.fingerprint_ops: enough equal slots for backlog.similarity_threshold; exact, no recheck.';

CREATE FUNCTION backlog.fingerprint_gin_triconsistent(internal, int2, backlog.fingerprint, int4, internal, internal, internal)
RETURNS "char"
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_fingerprint_gin_triconsistent';
COMMENT ON FUNCTION backlog.fingerprint_gin_triconsistent(internal, int2, backlog.fingerprint, int4, internal, internal, internal) IS
  'GIN support (triConsistent) of backlog.fingerprint_ops: lets GIN read only the rarest keys'' posting lists.';

CREATE OPERATOR CLASS backlog.fingerprint_ops
DEFAULT FOR TYPE backlog.fingerprint USING gin AS
    OPERATOR 1 backlog.% (backlog.fingerprint, backlog.fingerprint),
    FUNCTION 1 pg_catalog.btint4cmp(int4, int4),
    FUNCTION 2 backlog.fingerprint_gin_extract_value(backlog.fingerprint, internal),
    FUNCTION 3 backlog.fingerprint_gin_extract_query(backlog.fingerprint, internal, int2, internal, internal, internal, internal),
    FUNCTION 4 backlog.fingerprint_gin_consistent(internal, int2, backlog.fingerprint, int4, internal, internal, internal, internal),
    FUNCTION 6 backlog.fingerprint_gin_triconsistent(internal, int2, backlog.fingerprint, int4, internal, internal, internal),
    STORAGE int4;
COMMENT ON OPERATOR CLASS backlog.fingerprint_ops USING gin IS
  'GIN index over backlog.fingerprint: WHERE fp % $1 and near-duplicate self-joins find exactly the rows a sequential scan finds.';

-- ---------------------------------------------------------------------------------------------
-- The fingerprint of every ticket, kept by triggers on backlog.tickets.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.ticket_text(subject text, body text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    -- The subject is the first line, so greetings open the second. Texts are cut at 1,000,000
    -- characters: a longer body is an attachment or a log, not a report to compare.
    SELECT pg_catalog.left(pg_catalog.concat(subject, E'\n', body), 1000000)
$$;
COMMENT ON FUNCTION backlog.ticket_text(text, text) IS
  'The text fingerprinted for a ticket: subject, a line break, body; at most the first 1,000,000 characters.';

CREATE TABLE backlog.ticket_fingerprints (
    ticket_id      bigint PRIMARY KEY REFERENCES backlog.tickets (id) ON DELETE CASCADE,
    fp             backlog.fingerprint NOT NULL,
    open           boolean NOT NULL,
    lang           text NOT NULL,
    words          text[] NOT NULL,
    subject_words  text[] NOT NULL,
    terms          text[] NOT NULL,
    intent         text,
    text_key       bigint NOT NULL
);
-- Only open tickets are clustered, and a helpdesk holds far more closed ones: index those only.
CREATE INDEX ticket_fingerprints_open_fp_idx ON backlog.ticket_fingerprints USING gin (fp) WHERE open;
CREATE INDEX ticket_fingerprints_open_words_idx ON backlog.ticket_fingerprints USING gin (words) WHERE open;
CREATE INDEX ticket_fingerprints_open_text_key_idx ON backlog.ticket_fingerprints (text_key) WHERE open;
COMMENT ON TABLE backlog.ticket_fingerprints IS
  'What duplicate detection needs of every ticket''s subject and body, computed once when the ticket is written, by row triggers on backlog.tickets (derived data: rebuilt from the tickets on restore, or by backlog.refresh_fingerprints()). GIN indexes cover the open tickets.';
COMMENT ON COLUMN backlog.ticket_fingerprints.ticket_id IS 'The ticket.';
COMMENT ON COLUMN backlog.ticket_fingerprints.fp IS 'backlog.fingerprint(backlog.ticket_text(subject, body)).';
COMMENT ON COLUMN backlog.ticket_fingerprints.open IS 'The ticket is open (its status is_open in backlog.statuses) and not merged.';
COMMENT ON COLUMN backlog.ticket_fingerprints.lang IS 'backlog.text_language() of the ticket text: en, de, fr, es or ja.';
COMMENT ON COLUMN backlog.ticket_fingerprints.words IS 'backlog.stem_words() of the ticket text in its language and its ~concepts (backlog.duplicate_concepts), in byte order.';
COMMENT ON COLUMN backlog.ticket_fingerprints.subject_words IS 'The same of the subject alone, in the ticket''s language (subject words weigh double).';
COMMENT ON COLUMN backlog.ticket_fingerprints.terms IS 'backlog.issue_terms() of the ticket text: the names and error codes it mentions, as kind:name.';
COMMENT ON COLUMN backlog.ticket_fingerprints.intent IS 'backlog.request_intent() of the ticket text: its account-specific request kind, or NULL.';
COMMENT ON COLUMN backlog.ticket_fingerprints.text_key IS 'backlog.duplicate_text_key() of the ticket text: tickets of one normalized text share it.';

SELECT pg_catalog.pg_extension_config_dump('backlog.ticket_fingerprints', 'WHERE false');

CREATE FUNCTION backlog.ticket_is_open(status text, merged_into bigint)
RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT merged_into IS NULL
       AND coalesce((SELECT s.is_open FROM backlog.statuses s WHERE s.status OPERATOR(pg_catalog.=) ticket_is_open.status), false)
$$;
COMMENT ON FUNCTION backlog.ticket_is_open(text, bigint) IS
  'True when a ticket of this status and merge target counts as open work (backlog.statuses.is_open, not merged).';

-- One row at a time (no transition tables), so the trigger also runs where those do not, such
-- as on Citus distributed tables.
CREATE FUNCTION backlog.ticket_fingerprints_write()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    is_open boolean := backlog.ticket_is_open(NEW.status, NEW.merged_into);
    was_open boolean;
BEGIN
    IF TG_OP OPERATOR(pg_catalog.=) 'UPDATE' AND OLD.subject IS NOT DISTINCT FROM NEW.subject
       AND OLD.body IS NOT DISTINCT FROM NEW.body THEN
        UPDATE backlog.ticket_fingerprints f SET open = is_open
         WHERE f.ticket_id OPERATOR(pg_catalog.=) NEW.id AND f.open IS DISTINCT FROM is_open
        RETURNING NOT f.open INTO was_open;
        -- a reopened ticket is brought up to date with the term tables of today
        IF NOT coalesce(was_open, true) THEN
            UPDATE backlog.ticket_fingerprints f
               SET (fp, lang, words, subject_words, terms, intent, text_key) =
                   (SELECT x.fp, x.lang, x.words, x.subject_words, x.terms, x.intent, x.text_key
                      FROM backlog.ticket_features(NEW.subject, NEW.body) x)
             WHERE f.ticket_id OPERATOR(pg_catalog.=) NEW.id;
        END IF;
        RETURN NULL;
    END IF;
    INSERT INTO backlog.ticket_fingerprints (ticket_id, fp, open, lang, words, subject_words, terms, intent, text_key)
    SELECT NEW.id, x.fp, is_open, x.lang, x.words, x.subject_words, x.terms, x.intent, x.text_key
      FROM backlog.ticket_features(NEW.subject, NEW.body) x
    ON CONFLICT (ticket_id) DO UPDATE
       SET fp = EXCLUDED.fp, open = EXCLUDED.open, lang = EXCLUDED.lang, words = EXCLUDED.words,
           subject_words = EXCLUDED.subject_words, terms = EXCLUDED.terms, intent = EXCLUDED.intent,
           text_key = EXCLUDED.text_key;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.ticket_fingerprints_write() IS
  'Row trigger: stores backlog.ticket_features() of an inserted ticket or of one whose subject or body changed, and follows its status and merge target (a reopened ticket is computed again).';

CREATE TRIGGER tickets_fingerprint_insert AFTER INSERT ON backlog.tickets
    FOR EACH ROW EXECUTE FUNCTION backlog.ticket_fingerprints_write();

CREATE TRIGGER tickets_fingerprint_update
    AFTER UPDATE OF subject, body, status, merged_into ON backlog.tickets
    FOR EACH ROW WHEN (OLD.subject IS DISTINCT FROM NEW.subject OR OLD.body IS DISTINCT FROM NEW.body
                       OR OLD.status IS DISTINCT FROM NEW.status OR OLD.merged_into IS DISTINCT FROM NEW.merged_into)
    EXECUTE FUNCTION backlog.ticket_fingerprints_write();

CREATE FUNCTION backlog.refresh_fingerprints()
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n bigint;
BEGIN
    INSERT INTO backlog.ticket_fingerprints (ticket_id, fp, open, lang, words, subject_words, terms, intent, text_key)
    SELECT t.id, x.fp, backlog.ticket_is_open(t.status, t.merged_into), x.lang, x.words,
           x.subject_words, x.terms, x.intent, x.text_key
      FROM backlog.tickets t, LATERAL backlog.ticket_features(t.subject, t.body) x
    ON CONFLICT (ticket_id) DO UPDATE
       SET fp = EXCLUDED.fp, open = EXCLUDED.open, lang = EXCLUDED.lang, words = EXCLUDED.words,
           subject_words = EXCLUDED.subject_words, terms = EXCLUDED.terms, intent = EXCLUDED.intent,
           text_key = EXCLUDED.text_key
    WHERE (backlog.ticket_fingerprints.fp::text, backlog.ticket_fingerprints.open,
           backlog.ticket_fingerprints.lang, backlog.ticket_fingerprints.words,
           backlog.ticket_fingerprints.subject_words, backlog.ticket_fingerprints.terms,
           backlog.ticket_fingerprints.intent, backlog.ticket_fingerprints.text_key)
          IS DISTINCT FROM (EXCLUDED.fp::text, EXCLUDED.open, EXCLUDED.lang, EXCLUDED.words,
                            EXCLUDED.subject_words, EXCLUDED.terms, EXCLUDED.intent, EXCLUDED.text_key);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION backlog.refresh_fingerprints() IS
  'Recomputes every ticket''s row of backlog.ticket_fingerprints (after a restore without triggers, an upgrade of the fingerprint format or a change of backlog.statuses); returns how many rows changed.';

-- A status that opens or closes changes which tickets are open.
CREATE FUNCTION backlog.statuses_refresh_open()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF backlog.citus_worker_placement(TG_TABLE_NAME) THEN
        RETURN NULL;        -- on Citus the coordinator's placement does it
    END IF;
    -- backlog.ticket_is_open as a join (Citus refuses a STABLE function of columns in an UPDATE)
    UPDATE backlog.ticket_fingerprints f
       SET open = (t.merged_into IS NULL AND coalesce(s.is_open, false))
      FROM backlog.tickets t
      LEFT JOIN backlog.statuses s ON s.status OPERATOR(pg_catalog.=) t.status
     WHERE t.id OPERATOR(pg_catalog.=) f.ticket_id
       AND f.open IS DISTINCT FROM (t.merged_into IS NULL AND coalesce(s.is_open, false));
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.statuses_refresh_open() IS
  'Trigger: after backlog.statuses changes, brings the open flags of backlog.ticket_fingerprints up to date.';

CREATE TRIGGER statuses_refresh_open AFTER UPDATE OF is_open ON backlog.statuses
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.statuses_refresh_open();

-- ---------------------------------------------------------------------------------------------
-- Account-specific requests: alike in words, one issue per account.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.duplicate_intents (
    intent      text NOT NULL CHECK (intent <> ''),
    phrase      text NOT NULL CHECK (phrase <> ''),
    normalized  text GENERATED ALWAYS AS (backlog.normalize(phrase)) STORED,
    PRIMARY KEY (intent, phrase)
);
COMMENT ON TABLE backlog.duplicate_intents IS
  'Phrases that mark an account-specific request (cancel, refund, charges, add seats, reset 2FA, unlock, invoice copy, billing details). Tickets of different accounts are never clustered when either has such a phrase, however alike their words. Edit freely.';
COMMENT ON COLUMN backlog.duplicate_intents.intent IS 'Name of the request kind, e.g. cancel or refund.';
COMMENT ON COLUMN backlog.duplicate_intents.phrase IS 'A phrase that marks it; compared with backlog.normalize() of both the phrase and the ticket, on word boundaries.';
COMMENT ON COLUMN backlog.duplicate_intents.normalized IS 'backlog.normalize(phrase), what is looked for (generated; a phrase that normalizes to nothing matches nothing).';

CREATE FUNCTION backlog.duplicate_intent_seeds()
RETURNS TABLE (intent text, phrase text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT i.intent, p.phrase
      FROM (VALUES
        ('cancel', ARRAY['cancel my subscription', 'cancel our subscription', 'cancel the subscription',
                         'cancel my account', 'cancel our account', 'cancel my plan', 'cancel our plan',
                         'close my account', 'close our account', 'terminate our contract',
                         'terminate our subscription', 'end our subscription', 'cancellation',
                         'stop the renewal', 'turn off auto renewal', 'do not renew', 'kundigen', 'kundigung',
                         'resilier', 'resiliation', 'cancelar', 'cancelamento', '解約', '退订',
                         'cancel', 'cancelled', 'canceled', 'cancelling', 'our subscription',
                         'pause our subscription', 'pause our account', 'reactivate our account']),
        ('charges', ARRAY['charged', 'billed', 'overcharged', 'prorated', 'proration', 'double charge',
                          'identical charges', 'abgebucht', 'abbuchung', 'abbuchungen', 'berechnet',
                          'preleve', 'prelevement', 'prelevements', 'facture deux fois', 'cobrado',
                          'cobrados', 'cobro', 'cobraron', 'cobranca', 'cobrados duas vezes', '二重請求',
                          '扣款', '扣了']),
        ('refund', ARRAY['refund', 'refunded', 'money back', 'reimburse', 'reimbursement', 'erstattung',
                         'remboursement', 'rembourser', 'reembolso', '返金', '退款']),
        ('seats', ARRAY['add seats', 'more seats', 'additional seats', 'extra seats', 'add licenses',
                        'more licenses', 'additional licenses', 'add licences', 'more licences',
                        'additional licences', 'increase our seats', 'remove seats', 'reduce seats',
                        'seat count', 'number of seats', 'weitere lizenzen', 'licences supplementaires',
                        'licencias adicionales', 'licencas adicionais', 'paid seat', 'paid seats',
                        'buy seats', 'buy more seats', 'volume discount']),
        ('reset_2fa', ARRAY['reset 2fa', 'reset my 2fa', 'reset the 2fa', 'reset two factor', 'disable 2fa',
                            'turn off 2fa', 'remove 2fa', 'reset mfa', 'disable mfa', 'lost my phone',
                            'new phone', 'authenticator app', 'zwei faktor', 'double authentification',
                            'doble factor', '二段階認証', '双重验证']),
        ('invoice_copy', ARRAY['copy of the invoice', 'copy of our invoice', 'copy of my invoice',
                               'invoice copy', 'copies of our invoices', 'resend the invoice', 'resend invoice',
                               'send me the invoice', 'send us the invoice', 'duplicate invoice',
                               'rechnungskopie', 'copie de la facture', 'copia de la factura',
                               'segunda via', '請求書の再発行', '发票', 'copy of invoice', 'pdf copy',
                               'invoices tab', 'invoice recipient', 'accounts payable', 'download our invoices',
                               'all of our invoices']),
        ('billing_details', ARRAY['billing email', 'billing e mail', 'billing address', 'billing contact',
                                  'update our card', 'update the card', 'update my card', 'change the card',
                                  'new credit card', 'payment method', 'vat number', 'tax id',
                                  'rechnungsadresse', 'adresse de facturation', 'direccion de facturacion',
                                  'payment failed', 'card was declined', 'card declined', 'card expired',
                                  'new card', 'our card', 'credit card', 'bank transfer', 'retry the charge',
                                  'vat id', 'reverse charge', 'legal entity', 'company name', 'purchase order',
                                  'po number', 'billing currency', 'billing settings', 'our invoice',
                                  'our invoices', 'our latest invoice', 'our last invoice', 'kreditkarte',
                                  'neue karte', 'zahlung fehlgeschlagen', 'firmennamen', 'rechnungen',
                                  'carte bancaire', 'factures', 'tarjeta', 'facturas', 'cartao', 'faturas',
                                  'クレジットカード', '信用卡']),
        ('unlock', ARRAY['unlock', 'unlocked', 'locked out', 'account is locked', 'account got locked',
                         'account locked', 'gets locked', 'entsperren', 'gesperrt', 'debloquer', 'bloque',
                         'desbloquear', 'bloqueada', 'bloqueado', 'ロック解除', '解锁', '锁定']),
        ('account_admin', ARRAY['transfer ownership', 'change the account owner', 'new account owner',
                                'delete my account', 'delete our account', 'delete my data', 'gdpr request',
                                'change our company name'])
      ) AS i(intent, phrases),
      LATERAL pg_catalog.unnest(i.phrases) AS p(phrase)
$$;
COMMENT ON FUNCTION backlog.duplicate_intent_seeds() IS
  'The intent phrases CREATE EXTENSION installs, as shipped.';

INSERT INTO backlog.duplicate_intents (intent, phrase) SELECT * FROM backlog.duplicate_intent_seeds();

SELECT pg_catalog.pg_extension_config_dump('backlog.duplicate_intents',
    'WHERE (intent, phrase) NOT IN (SELECT d.intent, d.phrase FROM backlog.duplicate_intent_seeds() d)');

CREATE FUNCTION backlog.request_intent(txt text)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH t AS MATERIALIZED (SELECT ' ' || backlog.normalize(txt) || ' ' AS norm)
    SELECT i.intent
      FROM t, backlog.duplicate_intents i
     WHERE i.normalized OPERATOR(pg_catalog.<>) ''
       AND pg_catalog.strpos(t.norm, ' ' || i.normalized || ' ') OPERATOR(pg_catalog.>) 0
     ORDER BY i.intent
     LIMIT 1
$$;
COMMENT ON FUNCTION backlog.request_intent(text) IS
  'The first (by name) account-specific request kind of backlog.duplicate_intents whose phrase occurs in the normalized text, or NULL.';

-- ---------------------------------------------------------------------------------------------
-- Names and codes that tell issues apart: "the Xero sync stopped" and "the Slack sync stopped"
-- read alike, but one fix does not close both.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.duplicate_terms (
    kind        text NOT NULL CHECK (kind <> '' AND pg_catalog.strpos(kind, ':') = 0 AND kind <> 'code'),
    name        text NOT NULL CHECK (name <> ''),
    phrase      text NOT NULL CHECK (phrase <> ''),
    normalized  text GENERATED ALWAYS AS (backlog.normalize(phrase)) STORED,
    PRIMARY KEY (kind, phrase)
);
-- (its COMMENT is in src/duplicate_mode.sql, which the 0.1 -> 0.2 upgrade also runs)
COMMENT ON COLUMN backlog.duplicate_terms.kind IS 'What the name is, e.g. integration or platform; names are compared within a kind only (not code, which backlog.error_codes fills, and without a colon).';
COMMENT ON COLUMN backlog.duplicate_terms.name IS 'The thing named; several phrases may name one thing (iPhone, iPad and iOS are the platform iOS).';
COMMENT ON COLUMN backlog.duplicate_terms.phrase IS 'How tickets write it; compared with backlog.normalize() of both the phrase and the ticket, on word boundaries.';
COMMENT ON COLUMN backlog.duplicate_terms.normalized IS 'backlog.normalize(phrase), what is looked for (generated; a phrase that normalizes to nothing matches nothing).';

CREATE FUNCTION backlog.duplicate_term_seeds()
RETURNS TABLE (kind text, name text, phrase text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    -- Words that are also common English (zoom, square, notion, monday, linear, segment, box)
    -- are left out: "zoom in on the chart" is no integration.
    SELECT t.kind, t.name, p.phrase
      FROM (VALUES
        ('integration', 'Salesforce', ARRAY['salesforce', 'sfdc']),
        ('integration', 'HubSpot', ARRAY['hubspot']),
        ('integration', 'Pipedrive', ARRAY['pipedrive']),
        ('integration', 'Microsoft Dynamics', ARRAY['microsoft dynamics', 'dynamics 365']),
        ('integration', 'Marketo', ARRAY['marketo']),
        ('integration', 'Mailchimp', ARRAY['mailchimp']),
        ('integration', 'Klaviyo', ARRAY['klaviyo']),
        ('integration', 'ActiveCampaign', ARRAY['activecampaign']),
        ('integration', 'SendGrid', ARRAY['sendgrid']),
        ('integration', 'Twilio', ARRAY['twilio']),
        ('integration', 'Slack', ARRAY['slack']),
        ('integration', 'Microsoft Teams', ARRAY['microsoft teams', 'ms teams']),
        ('integration', 'Google Sheets', ARRAY['google sheets', 'google sheet']),
        ('integration', 'Google Drive', ARRAY['google drive']),
        ('integration', 'Google Calendar', ARRAY['google calendar']),
        ('integration', 'Gmail', ARRAY['gmail']),
        ('integration', 'Outlook Calendar', ARRAY['outlook calendar']),
        ('integration', 'Excel', ARRAY['excel']),
        ('integration', 'OneDrive', ARRAY['onedrive']),
        ('integration', 'SharePoint', ARRAY['sharepoint']),
        ('integration', 'Dropbox', ARRAY['dropbox']),
        ('integration', 'Zapier', ARRAY['zapier']),
        ('integration', 'Make', ARRAY['make com', 'integromat']),
        ('integration', 'Shopify', ARRAY['shopify']),
        ('integration', 'WooCommerce', ARRAY['woocommerce']),
        ('integration', 'Magento', ARRAY['magento']),
        ('integration', 'BigCommerce', ARRAY['bigcommerce']),
        ('integration', 'Stripe', ARRAY['stripe']),
        ('integration', 'PayPal', ARRAY['paypal']),
        ('integration', 'QuickBooks', ARRAY['quickbooks', 'qbo']),
        ('integration', 'Xero', ARRAY['xero']),
        ('integration', 'NetSuite', ARRAY['netsuite']),
        ('integration', 'Sage', ARRAY['sage intacct', 'sage accounting']),
        ('integration', 'FreshBooks', ARRAY['freshbooks']),
        ('integration', 'SAP', ARRAY['sap']),
        ('integration', 'Workday', ARRAY['workday']),
        ('integration', 'BambooHR', ARRAY['bamboohr']),
        ('integration', 'Gusto', ARRAY['gusto']),
        ('integration', 'Jira', ARRAY['jira']),
        ('integration', 'Confluence', ARRAY['confluence']),
        ('integration', 'Trello', ARRAY['trello']),
        ('integration', 'Asana', ARRAY['asana']),
        ('integration', 'GitHub', ARRAY['github']),
        ('integration', 'GitLab', ARRAY['gitlab']),
        ('integration', 'Zendesk', ARRAY['zendesk']),
        ('integration', 'Intercom', ARRAY['intercom']),
        ('integration', 'Freshdesk', ARRAY['freshdesk']),
        ('integration', 'Okta', ARRAY['okta']),
        ('integration', 'Microsoft Entra ID', ARRAY['azure ad', 'azure active directory', 'entra id']),
        ('integration', 'Google Workspace', ARRAY['google workspace', 'g suite']),
        ('integration', 'DocuSign', ARRAY['docusign']),
        ('integration', 'Airtable', ARRAY['airtable']),
        ('platform', 'iOS', ARRAY['ios', 'ipados', 'iphone', 'ipad']),
        ('platform', 'Android', ARRAY['android']),
        ('platform', 'Windows', ARRAY['windows 10', 'windows 11', 'on windows', 'windows app', 'windows pc']),
        ('platform', 'macOS', ARRAY['macos', 'mac os', 'os x', 'on mac', 'mac app', 'macbook']),
        ('platform', 'Linux', ARRAY['linux', 'ubuntu', 'debian', 'fedora']),
        ('platform', 'ChromeOS', ARRAY['chromeos', 'chrome os', 'chromebook'])
      ) AS t(kind, name, phrases),
      LATERAL pg_catalog.unnest(t.phrases) AS p(phrase)
$$;
COMMENT ON FUNCTION backlog.duplicate_term_seeds() IS
  'The names backlog.duplicate_terms holds after CREATE EXTENSION: common integrations and platforms.';

INSERT INTO backlog.duplicate_terms (kind, name, phrase) SELECT * FROM backlog.duplicate_term_seeds();

SELECT pg_catalog.pg_extension_config_dump('backlog.duplicate_terms',
    'WHERE (kind, name, phrase) NOT IN (SELECT d.kind, d.name, d.phrase FROM backlog.duplicate_term_seeds() d)');

CREATE FUNCTION backlog.issue_terms(txt text)
RETURNS text[]
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH t AS MATERIALIZED (SELECT ' ' || backlog.normalize(txt) || ' ' AS norm)
    SELECT coalesce(pg_catalog.array_agg(DISTINCT x.term ORDER BY x.term), '{}')
      FROM (SELECT d.kind || ':' || d.name
              FROM t, backlog.duplicate_terms d
             WHERE d.normalized OPERATOR(pg_catalog.<>) ''
               AND pg_catalog.strpos(t.norm, ' ' || d.normalized || ' ') OPERATOR(pg_catalog.>) 0
            UNION ALL
            SELECT 'code:' || c FROM pg_catalog.unnest(backlog.error_codes(txt)) c) AS x(term)
$$;
COMMENT ON FUNCTION backlog.issue_terms(text) IS
  'What a text names that tells issues apart, as kind:name, sorted: the names of backlog.duplicate_terms found in its normalized text, and code:<code> for each of backlog.error_codes(txt).';

CREATE FUNCTION backlog.terms_conflict(a text[], b text[])
RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (
        SELECT 1
          FROM pg_catalog.unnest(a) AS x(term)
         GROUP BY pg_catalog.split_part(x.term, ':', 1)
        HAVING pg_catalog.split_part(x.term, ':', 1) IN (SELECT pg_catalog.split_part(y, ':', 1) FROM pg_catalog.unnest(b) y)
           AND NOT pg_catalog.bool_or(x.term OPERATOR(pg_catalog.=) ANY (b)))
$$;
COMMENT ON FUNCTION backlog.terms_conflict(text[], text[]) IS
  'True when two lists of backlog.issue_terms both name something of one kind and nothing of that kind in common (different integrations, platforms or error codes): then two reports are different issues, however alike their words.';

-- ---------------------------------------------------------------------------------------------
-- Near-duplicate pairs, components, clusters
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.duplicate_components(a bigint[], b bigint[])
RETURNS TABLE (ticket_id bigint, component bigint)
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_duplicate_components';
COMMENT ON FUNCTION backlog.duplicate_components(bigint[], bigint[]) IS
  'Connected components of the graph whose edges are (a[i], b[i]): each ticket id with the smallest id of its component (union-find in C).';

CREATE FUNCTION backlog.duplicate_star_clusters(tickets bigint[], a bigint[], b bigint[],
                                                similarity real[], repeat_contact boolean[])
RETURNS TABLE (ticket_id bigint, cluster_id bigint)
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_duplicate_star_clusters';
COMMENT ON FUNCTION backlog.duplicate_star_clusters(bigint[], bigint[], bigint[], real[], boolean[]) IS
  'Star clustering of near-duplicate pairs (edge i: a[i], b[i], similarity[i], repeat_contact[i]) over tickets in creation order: a repeat contact joins the cluster of the ticket it repeats, any other ticket the most similar earlier cluster leader it pairs with, or leads a new cluster. Then two clusters merge, under the earlier leader, when at least half of the pairs between them are edges (densest first, each cluster once per round, at most 64 rounds). cluster_id is the leader; chains of look-alikes cannot grow.';

CREATE FUNCTION backlog.repeat_contact_window()
RETURNS interval
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT interval '7 days' $$;
COMMENT ON FUNCTION backlog.repeat_contact_window() IS
  'How close in time two similar tickets of one requester must be for the later to count as a repeat contact: 7 days.';

-- ---------------------------------------------------------------------------------------------
-- Merging
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.merge_tickets(parent bigint, children bigint[])
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    parent_into bigint;
    missing bigint;
    bad record;
    kids bigint[];
    present bigint[];
    one bigint;
    merged_at timestamptz := now();
    n integer;
BEGIN
    IF parent IS NULL OR children IS NULL OR array_position(children, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'parent and children of a merge must not be NULL'
              USING ERRCODE = 'null_value_not_allowed';
    END IF;
    SELECT array_agg(DISTINCT c ORDER BY c) INTO kids FROM unnest(children) c;
    IF kids IS NULL THEN
        RETURN 0;
    END IF;
    IF parent OPERATOR(pg_catalog.=) ANY (kids) THEN
        RAISE EXCEPTION 'cannot merge ticket % into itself', parent
              USING ERRCODE = 'invalid_parameter_value';
    END IF;

    -- Lock parent and children in id order, so concurrent merges cannot deadlock: one ticket
    -- per statement (on Citus each is a query on one shard, which may lock its rows).
    FOREACH one IN ARRAY (SELECT array_agg(x ORDER BY x) FROM unnest(kids || parent) x) LOOP
        PERFORM 1 FROM backlog.tickets t WHERE t.id OPERATOR(pg_catalog.=) one FOR UPDATE;
    END LOOP;

    SELECT t.merged_into INTO parent_into FROM backlog.tickets t WHERE t.id OPERATOR(pg_catalog.=) parent;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'ticket % does not exist', parent
              USING ERRCODE = 'foreign_key_violation',
                    DETAIL = 'The parent of a merge must be a ticket of backlog.tickets.';
    END IF;
    IF parent_into IS NOT NULL THEN
        RAISE EXCEPTION 'ticket % is itself merged into ticket %', parent, parent_into
              USING ERRCODE = 'invalid_parameter_value',
                    HINT = format('Merge into ticket %s instead.', parent_into);
    END IF;
    -- the children that exist, then those that do not (two queries, so Citus can plan both)
    SELECT array_agg(t.id) INTO present FROM backlog.tickets t WHERE t.id OPERATOR(pg_catalog.=) ANY (kids);
    SELECT c INTO missing FROM unnest(kids) c
     WHERE c OPERATOR(pg_catalog.<>) ALL (coalesce(present, '{}'))
     ORDER BY c LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'ticket % does not exist', missing
              USING ERRCODE = 'foreign_key_violation',
                    DETAIL = 'Every child of a merge must be a ticket of backlog.tickets.';
    END IF;
    SELECT t.id, t.merged_into INTO bad FROM backlog.tickets t
     WHERE t.id OPERATOR(pg_catalog.=) ANY (kids) AND t.merged_into IS NOT NULL
       AND t.merged_into OPERATOR(pg_catalog.<>) parent
     ORDER BY t.id LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'ticket % is already merged into ticket %', bad.id, bad.merged_into
              USING ERRCODE = 'invalid_parameter_value';
    END IF;

    -- The parent is not merged into anything, so no child can be above it: no cycle.
    WITH merged AS (
        UPDATE backlog.tickets t
           SET merged_into = parent, status = 'closed', updated_at = merged_at
         WHERE t.id OPERATOR(pg_catalog.=) ANY (kids) AND t.merged_into IS NULL
        RETURNING t.id
    )
    INSERT INTO backlog.ticket_events (ticket_id, at, kind, value)
    SELECT m.id, merged_at, 'merge', parent::text FROM merged m;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION backlog.merge_tickets(bigint, bigint[]) IS
  'Merges the children into parent in one transaction: sets merged_into, closes them and records a merge event (value = parent id) for each. Children already merged into parent are skipped; returns how many were merged.';

CREATE FUNCTION backlog.merge_cluster(cluster_id bigint)
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    ids bigint[];
BEGIN
    SELECT c.ticket_ids INTO ids FROM backlog.duplicate_clusters c
     WHERE c.cluster_id OPERATOR(pg_catalog.=) merge_cluster.cluster_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no duplicate cluster %', cluster_id
              USING ERRCODE = 'invalid_parameter_value',
                    HINT = 'Pick a cluster_id from backlog.duplicate_clusters (it changes as tickets are merged or closed).';
    END IF;
    RETURN backlog.merge_tickets(cluster_id, array_remove(ids, cluster_id));
END
$$;
COMMENT ON FUNCTION backlog.merge_cluster(bigint) IS
  'Merges every other ticket of a cluster of backlog.duplicate_clusters into its representative (the cluster_id ticket); returns how many were merged.';

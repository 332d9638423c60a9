-- Duplicate scoring (SPEC §6): what tells real duplicates apart, stored beside each ticket's
-- fingerprint when the ticket is written, and the scorer that reads it. Stemmed words in the
-- ticket's language, a cross-language vocabulary, rarity weights kept up to date, the score
-- with its reasons, candidate pairs in C, and the duplicate views built on them. C code:
-- src/duplicate.c (pure core), src/duplicate_fmgr.c (glue). See README.md, "Duplicate tickets".

-- ---------------------------------------------------------------------------------------------
-- Words
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.text_language(txt text)
RETURNS text
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_text_language';
COMMENT ON FUNCTION backlog.text_language(text) IS
  'The language of the normalized text, guessed from its function words: en, de, fr or es; ja when kana and Han make up a fifth of its letters; en when nothing tells.';

CREATE FUNCTION backlog.stem_words(txt text, lang text)
RETURNS text[]
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_stem_words';
COMMENT ON FUNCTION backlog.stem_words(text, text) IS
  'The content words of backlog.normalize(txt), stop words of every supported language dropped, stemmed by the Snowball stemmer of lang (en, de, fr, es; ja and words in Japanese or Chinese script: character bigrams; NULL: backlog.text_language(txt)), distinct, in byte order. NULL when txt is NULL; 22023 for another language.';

CREATE FUNCTION backlog.duplicate_text_key(txt text)
RETURNS bigint
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_duplicate_text_key';
COMMENT ON FUNCTION backlog.duplicate_text_key(text) IS
  'A 64-bit hash of backlog.normalize(txt): texts that normalize alike share it (a flood of identical reports is one group).';

-- ---------------------------------------------------------------------------------------------
-- Cross-language vocabulary: the product's own words, so tickets in other languages meet.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.duplicate_vocabulary (
    concept     text NOT NULL CHECK (concept <> '' AND pg_catalog.strpos(concept, ' ') = 0),
    phrase      text NOT NULL CHECK (phrase <> ''),
    normalized  text GENERATED ALWAYS AS (backlog.normalize(phrase)) STORED,
    PRIMARY KEY (concept, phrase)
);
COMMENT ON TABLE backlog.duplicate_vocabulary IS
  'Words for one thing in several languages (and synonyms within one): a ticket that uses any phrase of a concept gets the word ~concept, so "export", "herunterladen", "exporter" and "エクスポート" meet. Seeded with common support words; add your product''s own. Edits are applied to the open tickets at once (backlog.refresh_duplicate_features).';
COMMENT ON COLUMN backlog.duplicate_vocabulary.concept IS 'Name of the thing, one word; tickets get ~concept.';
COMMENT ON COLUMN backlog.duplicate_vocabulary.phrase IS 'How a ticket may say it. Compared with backlog.normalize() of both: it matches where a word of the ticket starts with it (so "export" covers "exported"), a phrase of three letters or fewer only as a whole word ("car" is not in "card"); in Japanese or Chinese script anywhere.';
COMMENT ON COLUMN backlog.duplicate_vocabulary.normalized IS 'backlog.normalize(phrase), what is looked for (generated).';

CREATE FUNCTION backlog.duplicate_vocabulary_seeds()
RETURNS TABLE (concept text, phrase text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT v.concept, p.phrase
      FROM (VALUES
        ('export', ARRAY['export', 'download', 'herunterlad', 'telecharg', 'descarg', 'エクスポート', 'ダウンロード']),
        ('import', ARRAY['import', 'upload', 'hochlad', 'televers', 'subir ', 'インポート', 'アップロード']),
        ('login', ARRAY['log in', 'login', 'logging in', 'sign in', 'signin', 'signing in', 'log on', 'anmeld', 'einlogg',
                        'connexion', 'connecter', 'iniciar sesion', 'inicio de sesion', 'ログイン', 'サインイン']),
        ('password', ARRAY['password', 'passwort', 'kennwort', 'mot de passe', 'contrasena', 'パスワード']),
        ('invoice', ARRAY['invoice', 'rechnung', 'facture', 'factura', '請求書']),
        ('payment', ARRAY['payment', 'zahlung', 'paiement', 'pago', '支払', '決済']),
        ('report', ARRAY['report', 'bericht', 'rapport', 'informe', 'reporte', 'レポート']),
        ('crash', ARRAY['crash', 'abstur', 'sturzt ab', 'plante', 'se cierra', 'se bloquea', 'クラッシュ', '落ちる', '落ちます']),
        ('slow', ARRAY['slow', 'langsam', 'lent', 'lento', 'lenta', 'takes forever', 'ewig', '遅い', '重い']),
        ('error', ARRAY['error', 'fehler', 'erreur', 'エラー']),
        ('email', ARRAY['email', 'e mail', 'mail', 'correo', 'メール']),
        ('notification', ARRAY['notification', 'benachrichtig', 'notificacion', 'aviso', '通知']),
        ('sync', ARRAY['sync', 'synchron', 'sincroniz', '同期']),
        ('search', ARRAY['search', 'suchfunktion', 'suchergebnis', 'suchfeld', 'suchleiste', 'die suche',
                         'recherch', 'busqueda', 'buscar', 'buscador', '検索']),
        ('tracking', ARRAY['tracking', 'sendungsverfolgung', 'sendungsnummer', 'numero de suivi', 'lien de suivi',
                           'suivi de colis', 'suivi du colis', 'seguimiento', 'rastreo', '追跡']),
        ('attachment', ARRAY['attachment', 'attached file', 'anhang', 'anhange', 'piece jointe', 'pieces jointes', 'adjunto', '添付']),
        ('dashboard', ARRAY['dashboard', 'tableau de bord', 'panel de control', 'ダッシュボード']),
        ('permission', ARRAY['permission', 'access right', 'berechtigung', 'zugriffsrecht', 'droits d acces', 'permiso', '権限']),
        ('calendar', ARRAY['calendar', 'kalender', 'calendrier', 'calendario', 'カレンダー']),
        ('timezone', ARRAY['time zone', 'timezone', 'zeitzone', 'fuseau horaire', 'zona horaria', 'タイムゾーン', '時差']),
        ('blank', ARRAY['blank', 'empty page', 'white page', 'white screen', 'shows nothing', 'leer', 'weisse seite', 'page blanche',
                        'page vide', 'en blanco', 'pagina vacia', '真っ白', '空白']),
        ('stuck', ARRAY['stuck', 'stops', 'stopped', 'bricht ab', 'abgebrochen', 's arrete', 'se detiene', 'hangs', 'hanging', 'freez', 'frozen', 'never finish', 'hangt', 'bleibt hangen', 'reste bloque',
                        'se queda', 'atasc', '止ま', '固ま']),
        ('duplicate', ARRAY['duplicate', 'twice', 'doppelt', 'duplique', 'doublon', 'en double', 'duplicad', 'dos veces', '重複', '二重']),
        ('delete', ARRAY['delete', 'deleting', 'remove', 'losch', 'supprim', 'elimin', 'borrar', '削除']),
        ('print', ARRAY['print', 'druck', 'imprim', '印刷']),
        ('invite', ARRAY['invite', 'invitation', 'einladung', 'einlad', 'invitacion', 'invitar', '招待']),
        ('reset', ARRAY['reset', 'zurucksetz', 'reinitialis', 'restablec', 'リセット']),
        ('currency', ARRAY['currency', 'wahrung', 'devise', 'moneda', '通貨']),
        ('tax', ARRAY['tax', 'taxes', 'vat', 'steuer', 'mwst', 'tva', 'iva', 'impuesto', '税']),
        ('share', ARRAY['share', 'sharing', 'freigeb', 'partag', 'compartir', '共有']),
        ('customer', ARRAY['customer', 'client', 'kunde', 'kunden', 'cliente', '顧客']),
        ('reminder', ARRAY['reminder', 'erinnerung', 'mahnung', 'rappel', 'relance', 'recordatorio', 'リマインダー', '督促']),
        ('template', ARRAY['template', 'vorlage', 'modele', 'plantilla', 'テンプレート']),
        ('bank', ARRAY['bank', 'banque', 'banco', 'bancaria', 'bancario', '銀行']),
        ('mobile', ARRAY['mobile app', 'phone app', 'handy', 'smartphone', 'telephone', 'movil', 'celular', 'スマホ', 'アプリ']),
        ('wrong', ARRAY['wrong', 'incorrect', 'falsch', 'faux', 'fausse', 'erron', 'equivocad', 'incorrecto', '間違', '正しくない']),
        ('missing', ARRAY['missing', 'disappeared', 'gone', 'verschwunden', 'disparu', 'desaparec', '消え']),
        ('schedule', ARRAY['schedule', 'zeitplan', 'planning', 'horario', 'programacion', 'スケジュール']),
        ('user', ARRAY['user', 'benutzer', 'nutzer', 'utilisateur', 'usuario', 'ユーザー']),
        ('not_received', ARRAY['not received', 'never received', 'never arrive', 'never arrives', 'never arrived',
                               'never came', 'never comes', 'never reach', 'not arriving', 'doesn t arrive',
                               'didn t arrive', 'don t receive', 'didn t receive', 'not delivered', 'never delivered',
                               'no email came', 'nothing in my inbox', 'kommt nicht an', 'kommen nicht an',
                               'nicht erhalten', 'nicht angekommen', 'keine einladung', 'pas recu', 'non recu',
                               'n arrive pas', 'n arrivent pas', 'n ont pas recu', 'ne recois pas', 'no llega',
                               'no llegan', 'no recib', 'no me llega', '届かない', '届きません', '来ない', '届いていない']),
        ('late', ARRAY['delay', 'hours later', 'hours late', 'hours after', 'minutes late', 'arrive late', 'arrives late',
                       'arriving late', 'arrive hours', 'arriving hours', 'verspat', 'verzoger', 'stunden spater',
                       'en retard', 'retard', 'heures plus tard', 'llegan tarde', 'llega tarde', 'con retraso',
                       'retras', 'horas en llegar', 'tardan horas', '遅れ', '遅延']),
        ('timeout', ARRAY['timeout', 'time out', 'timed out', 'times out', 'delai depasse', 'zeituberschreitung',
                          'tiempo de espera', 'タイムアウト']),
        ('photo', ARRAY['photo', 'picture', 'image', 'foto', 'bilder', 'imagen', '写真', '画像']),
        ('video', ARRAY['video', 'footage', 'clip', 'ビデオ', '映像', '動画']),
        ('language', ARRAY['language', 'english', 'sprache', 'englisch', 'langue', 'anglais', 'idioma', 'ingles',
                           '言語', '英語']),
        ('address', ARRAY['address', 'adresse', 'direccion', 'domicilio', '住所']),
        ('battery', ARRAY['battery', 'batterie', 'akku', 'bateria', 'バッテリー', '電池']),
        ('message', ARRAY['message', 'nachricht', 'mensaje', 'メッセージ']),
        ('signature', ARRAY['signature', 'sign with', 'unterschrift', 'signer', 'firmar', 'firma el', '署名', 'サイン']),
        ('empty', ARRAY['empty', 'no rows', 'zero rows', 'no data', 'only the header', 'only headers', 'only has headers',
                        'vacio', 'vacia', 'no contiene nada', '空の', '空です']),
        ('outage', ARRAY['outage', 'is down', 'are down', 'went down', 'unreachable', 'not reachable', 'cannot reach',
                         'can t reach', 'nicht erreichbar', 'ausfall', 'inaccessible', 'injoignable', 'en panne', 'caido',
                         'caida', 'no responde', 'アクセスできない', 'つながらない', '繋がらない', '障害']),
        ('offline', ARRAY['offline', 'no signal', 'no connection', 'keine verbindung', 'kein signal', 'hors ligne',
                          'sans connexion', 'sin conexion', 'sin senal', 'オフライン', '圏外']),
        ('settings', ARRAY['settings', 'setting', 'configuration', 'einstellung', 'parametre', 'reglage', 'configuracion',
                           'ajustes', '設定']),
        ('refresh', ARRAY['not updating', 'stopped updating', 'not refreshing', 'nicht aktualisiert', 'aktualisiert sich nicht',
                          'ne se met plus a jour', 'ne se met pas a jour', 'no se actualiza', '更新されない'])
      ) AS v(concept, phrases),
      LATERAL pg_catalog.unnest(v.phrases) AS p(phrase)
$$;
COMMENT ON FUNCTION backlog.duplicate_vocabulary_seeds() IS
  'The vocabulary backlog.duplicate_vocabulary holds after CREATE EXTENSION: common support words in English, German, French, Spanish and Japanese.';

INSERT INTO backlog.duplicate_vocabulary (concept, phrase) SELECT * FROM backlog.duplicate_vocabulary_seeds();

-- pg_dump keeps what differs from the seeds (src/restore.sql, README "Dump and restore").
SELECT pg_catalog.pg_extension_config_dump('backlog.duplicate_vocabulary',
    'WHERE NOT backlog.is_seed_key(''duplicate_vocabulary'', pg_catalog.to_jsonb(duplicate_vocabulary))');

CREATE FUNCTION backlog.match_phrases(txt text, phrases text[], labels text[], prefix boolean)
RETURNS text[]
LANGUAGE c IMMUTABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_match_phrases';
COMMENT ON FUNCTION backlog.match_phrases(text, text[], text[], boolean) IS
  'The labels[i] of the phrases[i] (normalized text) found in backlog.normalize(txt), distinct, in byte order: a phrase starts where a word starts and ends where one ends (or before a plural s ending the word: iphone in iphones), or with prefix anywhere inside the word (and phrases in scripts without spaces anywhere at all). What the term tables are matched with. NULL when txt is NULL; 2202E when the arrays differ in length.';

CREATE FUNCTION backlog.duplicate_concepts(txt text)
RETURNS text[]
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT backlog.match_phrases(txt, pg_catalog.array_agg(v.normalized), pg_catalog.array_agg('~' || v.concept), true)
      FROM backlog.duplicate_vocabulary v
$$;
COMMENT ON FUNCTION backlog.duplicate_concepts(text) IS
  'The concepts of backlog.duplicate_vocabulary the text uses, as ~concept, in byte order.';

-- ---------------------------------------------------------------------------------------------
-- What a ticket stores beside its fingerprint (backlog.ticket_fingerprints, src/fingerprint.sql)
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.ticket_features(subject text, body text)
RETURNS TABLE (fp backlog.fingerprint, lang text, words text[], subject_words text[], terms text[],
               intent text, text_key bigint)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    txt text := backlog.ticket_text(subject, body);
    tp text[];
    tl text[];
    ip text[];
    il text[];
    vp text[];
    vl text[];
BEGIN
    -- the term tables, each read once (PL/pgSQL keeps the plans; the matching is in C)
    SELECT pg_catalog.array_agg(d.normalized), pg_catalog.array_agg(d.kind || ':' || d.name)
      INTO tp, tl FROM backlog.duplicate_terms d;
    SELECT pg_catalog.array_agg(i.normalized), pg_catalog.array_agg(i.intent)
      INTO ip, il FROM backlog.duplicate_intents i;
    SELECT pg_catalog.array_agg(v.normalized), pg_catalog.array_agg('~' || v.concept)
      INTO vp, vl FROM backlog.duplicate_vocabulary v;
    lang := backlog.text_language(txt);
    fp := backlog.fingerprint(txt);
    words := ARRAY(SELECT DISTINCT w COLLATE "C" FROM pg_catalog.unnest(backlog.stem_words(txt, lang)
                                                            || backlog.match_phrases(txt, vp, vl, true)) w
                    ORDER BY 1);
    subject_words := ARRAY(SELECT DISTINCT w COLLATE "C"
                             FROM pg_catalog.unnest(backlog.stem_words(coalesce(subject, ''), lang)
                                                    || backlog.match_phrases(coalesce(subject, ''), vp, vl, true)) w
                            ORDER BY 1);
    terms := ARRAY(SELECT DISTINCT x COLLATE "C"
                     FROM pg_catalog.unnest(backlog.match_phrases(txt, tp, tl, false)
                                            || ARRAY(SELECT 'code:' || c FROM pg_catalog.unnest(backlog.error_codes(txt)) c)) x
                    ORDER BY 1);
    intent := (backlog.match_phrases(txt, ip, il, false))[1];
    text_key := backlog.duplicate_text_key(txt);
    RETURN NEXT;
END
$$;
COMMENT ON FUNCTION backlog.ticket_features(text, text) IS
  'What backlog.ticket_fingerprints stores for a ticket of this subject and body (every column but ticket_id and open): the fingerprint, language, words and subject words (backlog.stem_words and the ~concepts of backlog.duplicate_vocabulary), backlog.issue_terms, backlog.request_intent and backlog.duplicate_text_key of subject, line break, body.';

-- ---------------------------------------------------------------------------------------------
-- Rarity: how many tickets use each word, kept by row triggers on backlog.ticket_fingerprints.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE backlog.duplicate_word_df (
    word     text PRIMARY KEY,
    tickets  bigint NOT NULL
);
COMMENT ON TABLE backlog.duplicate_word_df IS
  'Document frequencies of the words of backlog.ticket_fingerprints, as of the last fold: how many tickets (open or closed) use each; the row with the empty word counts the tickets. backlog.word_df() adds the changes of backlog.duplicate_word_df_delta not yet folded in. A word few tickets use says more than one many use: its weight is ln(1 + tickets / df). Derived data: rebuilt from the tickets on restore.';
COMMENT ON COLUMN backlog.duplicate_word_df.word IS 'A word of backlog.ticket_fingerprints.words; the empty word for the count of all tickets.';
COMMENT ON COLUMN backlog.duplicate_word_df.tickets IS 'How many tickets use it (rows at 0 are deleted).';

CREATE TABLE backlog.duplicate_word_df_delta (
    ticket_id  bigint NOT NULL,
    word       text NOT NULL,
    delta      integer NOT NULL
);
CREATE INDEX duplicate_word_df_delta_word_idx ON backlog.duplicate_word_df_delta (word);
COMMENT ON TABLE backlog.duplicate_word_df_delta IS
  'Changes to backlog.duplicate_word_df not yet folded in: a row per word of each written or deleted ticket. The row trigger only appends, so writers never wait for each other on a popular word and a bulk load does not update one row again and again; of the writes of one ticket id in 32, the 1st, 2nd, 4th, 8th ... of a transaction fold them in (backlog.fold_word_df), so a bulk load folds a number of times logarithmic in its size.';
COMMENT ON COLUMN backlog.duplicate_word_df_delta.ticket_id IS 'The ticket whose row of backlog.ticket_fingerprints changed (on Citus the rows live on that ticket''s shard, so the trigger writes them in the same transaction).';
COMMENT ON COLUMN backlog.duplicate_word_df_delta.word IS 'The word (the empty word for the ticket count).';
COMMENT ON COLUMN backlog.duplicate_word_df_delta.delta IS '+1 for a ticket that now uses it, -1 for one that no longer does.';

-- Dumped without rows: restoring backlog.tickets fires the triggers, which count every word again.
SELECT pg_catalog.pg_extension_config_dump('backlog.duplicate_word_df', 'WHERE false');
SELECT pg_catalog.pg_extension_config_dump('backlog.duplicate_word_df_delta', 'WHERE false');

CREATE FUNCTION backlog.fold_word_df()
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n bigint;
    gone text[];
BEGIN
    -- only the delta rows this call deleted are added: concurrent folds never count one twice
    WITH d AS (DELETE FROM backlog.duplicate_word_df_delta x RETURNING x.word, x.delta),
    s AS (SELECT d.word, pg_catalog.sum(d.delta) AS delta FROM d GROUP BY d.word
           HAVING pg_catalog.sum(d.delta) OPERATOR(pg_catalog.<>) 0),
    u AS (INSERT INTO backlog.duplicate_word_df AS w (word, tickets)
          SELECT s.word, s.delta FROM s ORDER BY s.word COLLATE "C"
          ON CONFLICT (word) DO UPDATE SET tickets = w.tickets OPERATOR(pg_catalog.+) EXCLUDED.tickets
          RETURNING w.word, w.tickets)
    SELECT pg_catalog.count(*), pg_catalog.array_agg(u.word) FILTER (WHERE u.tickets OPERATOR(pg_catalog.<=) 0)
      INTO n, gone FROM u;
    -- a count reaches 0 only here: the words this fold changed, not a scan of the whole table
    IF gone IS NOT NULL THEN
        DELETE FROM backlog.duplicate_word_df w
         WHERE w.word OPERATOR(pg_catalog.=) ANY (gone) AND w.tickets OPERATOR(pg_catalog.<=) 0;
    END IF;
    RETURN n;
END
$$;
COMMENT ON FUNCTION backlog.fold_word_df() IS
  'Folds backlog.duplicate_word_df_delta into backlog.duplicate_word_df; returns how many words changed. Run by the triggers now and then (on Citus, where shards do not fold, schedule it on the coordinator); safe to run at any time.';

CREATE FUNCTION backlog.word_df(words text[], OUT word text, OUT tickets bigint)
RETURNS SETOF record
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT x.word, pg_catalog.sum(x.tickets)::bigint
      FROM (SELECT d.word, d.tickets FROM backlog.duplicate_word_df d
             WHERE d.word OPERATOR(pg_catalog.=) ANY (words)
            UNION ALL
            SELECT d.word, d.delta FROM backlog.duplicate_word_df_delta d
             WHERE d.word OPERATOR(pg_catalog.=) ANY (words)) x
     GROUP BY x.word
    HAVING pg_catalog.sum(x.tickets) OPERATOR(pg_catalog.>) 0
$$;
COMMENT ON FUNCTION backlog.word_df(text[]) IS
  'How many tickets use each of these words now (backlog.duplicate_word_df plus the changes not yet folded in); the empty word gives the number of tickets. Words no ticket uses are left out.';

CREATE FUNCTION backlog.duplicate_word_df_count()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP OPERATOR(pg_catalog.=) 'INSERT' THEN
        INSERT INTO backlog.duplicate_word_df_delta (ticket_id, word, delta)
        SELECT NEW.ticket_id, w, 1 FROM pg_catalog.unnest(NEW.words || ''::text) w;
    ELSIF TG_OP OPERATOR(pg_catalog.=) 'DELETE' THEN
        INSERT INTO backlog.duplicate_word_df_delta (ticket_id, word, delta)
        SELECT OLD.ticket_id, w, -1 FROM pg_catalog.unnest(OLD.words || ''::text) w;
    ELSE
        INSERT INTO backlog.duplicate_word_df_delta (ticket_id, word, delta)
        SELECT NEW.ticket_id, g.w, -1 FROM (SELECT pg_catalog.unnest(OLD.words) EXCEPT SELECT pg_catalog.unnest(NEW.words)) g(w)
        UNION ALL
        SELECT NEW.ticket_id, a.w, 1 FROM (SELECT pg_catalog.unnest(NEW.words) EXCEPT SELECT pg_catalog.unnest(OLD.words)) a(w);
    END IF;
    -- On a Citus shard (a table named ticket_fingerprints_<shard id>) never: the fold writes
    -- backlog.duplicate_word_df, a reference table, on every node, which a shard's trigger
    -- cannot do inside the statement's distributed transaction (it deadlocks). There
    -- backlog.fold_word_df() runs on the coordinator (from cron).
    IF TG_TABLE_NAME OPERATOR(pg_catalog.=) 'ticket_fingerprints'
       AND pg_catalog.hashint8(coalesce(NEW.ticket_id, OLD.ticket_id)) OPERATOR(pg_catalog.&) 31 OPERATOR(pg_catalog.=) 0 THEN
        -- of these rows the 1st, 2nd, 4th, 8th ... of the transaction (a separate IF: the
        -- function counts its calls). Each fold reads the whole delta table, which within one
        -- transaction still holds the rows its earlier folds deleted: folding at every such row
        -- made a bulk load take time in the square of its size.
        IF backlog.word_df_fold_due() THEN
            PERFORM backlog.fold_word_df();
        END IF;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.duplicate_word_df_count() IS
  'Row trigger: records the words of an inserted, changed or deleted row of backlog.ticket_fingerprints in backlog.duplicate_word_df_delta, and folds the deltas in at the 1st, 2nd, 4th, 8th ... row of a transaction among those of one ticket id in 32 (never on a Citus shard: there run backlog.fold_word_df() on the coordinator).';

CREATE FUNCTION backlog.word_df_fold_due()
RETURNS boolean
LANGUAGE c VOLATILE PARALLEL UNSAFE
AS 'MODULE_PATHNAME', 'backlog_word_df_fold_due';
COMMENT ON FUNCTION backlog.word_df_fold_due() IS
  'Internal: true at its 1st, 2nd, 4th, 8th ... call in a transaction, false at the others (backlog.duplicate_word_df_count folds then: a bulk load folds a number of times logarithmic in its size).';

CREATE TRIGGER ticket_fingerprints_word_df
    AFTER INSERT OR DELETE OR UPDATE OF words ON backlog.ticket_fingerprints
    FOR EACH ROW EXECUTE FUNCTION backlog.duplicate_word_df_count();

-- ---------------------------------------------------------------------------------------------
-- The term tables are read when a ticket is written: an edit applies to the open tickets now.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.refresh_duplicate_features()
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n bigint;
BEGIN
    WITH x AS (
        SELECT f.ticket_id, y.*
          FROM backlog.ticket_fingerprints f
          JOIN backlog.tickets t ON t.id OPERATOR(pg_catalog.=) f.ticket_id,
               LATERAL backlog.ticket_features(t.subject, t.body) y
         WHERE f.open)
    UPDATE backlog.ticket_fingerprints f
       SET words = x.words, subject_words = x.subject_words, terms = x.terms, intent = x.intent
      FROM x
     WHERE f.ticket_id OPERATOR(pg_catalog.=) x.ticket_id
       AND (f.words, f.subject_words, f.terms, f.intent)
           IS DISTINCT FROM (x.words, x.subject_words, x.terms, x.intent);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION backlog.refresh_duplicate_features() IS
  'Recomputes the words, names, codes and request kinds of the open tickets from backlog.duplicate_vocabulary, backlog.duplicate_terms and backlog.duplicate_intents (run by their triggers; closed tickets follow when they reopen); returns how many rows changed.';

CREATE FUNCTION backlog.duplicate_tables_changed()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF backlog.citus_worker_placement(TG_TABLE_NAME) THEN
        RETURN NULL;        -- on Citus the coordinator's placement does it
    END IF;
    PERFORM backlog.refresh_duplicate_features();
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION backlog.duplicate_tables_changed() IS
  'Statement trigger of the term tables: backlog.refresh_duplicate_features().';

CREATE TRIGGER duplicate_vocabulary_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON backlog.duplicate_vocabulary
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.duplicate_tables_changed();
CREATE TRIGGER duplicate_terms_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON backlog.duplicate_terms
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.duplicate_tables_changed();
CREATE TRIGGER duplicate_intents_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON backlog.duplicate_intents
    FOR EACH STATEMENT EXECUTE FUNCTION backlog.duplicate_tables_changed();

-- ---------------------------------------------------------------------------------------------
-- The score
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.duplicate_score(a bigint, b bigint, OUT score double precision, OUT reasons jsonb)
RETURNS record
LANGUAGE c STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_duplicate_score';
COMMENT ON FUNCTION backlog.duplicate_score(bigint, bigint) IS
  'How likely tickets a and b are the same issue, in [0, 1], from what backlog.ticket_fingerprints stores: words 0.7 at most (rarity-weighted overlap of stemmed words and ~concepts, subject words counted twice, Japanese and Chinese bigrams half: the parts words and subject), code 0.15 (an error code in common), name 0.05 (an integration, platform or product name in common), requester 0.05 (same requester within backlog.repeat_contact_window()), time 0.05 (falling to 0 at 3 days apart), burst (the words and subject parts again for tickets created together, falling to 0 at 1 day apart, or at the time 10 tickets take to arrive at the average rate of all tickets if that is shorter; the score stays at most 1). Words naming the ticket''s own account, mail domain or two-part requester name weigh 0. Different error codes or names of one kind (veto_code, veto_name), a fault report against a question or feature request (veto_mode: the kind mode of backlog.duplicate_terms), or an account-specific request from different accounts (veto_intent), make it 0. reasons: the parts that are not 0, adding up to score. NULL when either ticket does not exist.';

CREATE FUNCTION backlog.duplicate_links(OUT ticket_a bigint, OUT ticket_b bigint, OUT score real, OUT repeat_contact boolean,
                                        OUT same_text boolean)
RETURNS SETOF record
LANGUAGE c STABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_duplicate_links';
COMMENT ON FUNCTION backlog.duplicate_links() IS
  'Pairs of open tickets whose backlog.duplicate_score reaches backlog.duplicate_threshold (ticket_a < ticket_b). Tickets of one normalized text (one account, for account-specific requests) are one group linked to its earliest ticket (same_text); the earliest tickets of the groups are paired through their 10 rarest words, names and codes (a key of more than 200 groups is skipped) and scored in C.';

CREATE FUNCTION backlog.ticket_duplicates(ticket bigint, OUT ticket_id bigint, OUT score double precision, OUT reasons jsonb)
RETURNS SETOF record
LANGUAGE c STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_ticket_duplicates';
COMMENT ON FUNCTION backlog.ticket_duplicates(bigint) IS
  'The open tickets whose backlog.duplicate_score with this ticket reaches backlog.duplicate_threshold, best first: candidates are open tickets of the same text, or sharing one of its rarest words, names or codes (GIN index on open tickets'' words), the rule by which backlog.duplicate_links finds the pairs of the view (at most 150 are scored).';

-- ---------------------------------------------------------------------------------------------
-- Pairs, members, clusters
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION backlog.duplicate_average_clusters(tickets bigint[], a bigint[], b bigint[], score real[],
                                                   same_text boolean[], threshold real)
RETURNS TABLE (ticket_id bigint, cluster_id bigint)
LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'backlog_duplicate_average_clusters';
COMMENT ON FUNCTION backlog.duplicate_average_clusters(bigint[], bigint[], bigint[], real[], boolean[], real) IS
  'Average-linkage clustering of scored pairs (edge i: a[i], b[i], score[i]; same_text[i]: tickets of one text, one node from the start) over tickets in creation order: the two clusters with the highest average score merge while it reaches threshold, the average being the sum of the scores between their nodes over the product of their numbers of nodes (a pair without an edge counts 0). A cluster grows only by what is like most of it, so chains of look-alikes stop; cluster_id is its earliest ticket. 22023 for a threshold outside [0, 1] or an id listed twice.';

CREATE VIEW backlog.duplicate_pairs AS
SELECT l.ticket_a, l.ticket_b, l.score, l.repeat_contact
  FROM backlog.duplicate_links() l;
COMMENT ON VIEW backlog.duplicate_pairs IS
  'Pairs of open, unmerged tickets that are the same issue: backlog.duplicate_score at or above backlog.duplicate_threshold (see backlog.duplicate_links: a group of tickets of one text is linked to its earliest ticket, not pairwise). Never two that name different integrations, platforms or error codes, never account-specific requests of different accounts.';
COMMENT ON COLUMN backlog.duplicate_pairs.ticket_a IS 'The ticket with the smaller id.';
COMMENT ON COLUMN backlog.duplicate_pairs.ticket_b IS 'The ticket with the larger id.';
COMMENT ON COLUMN backlog.duplicate_pairs.score IS 'backlog.duplicate_score of the two.';
COMMENT ON COLUMN backlog.duplicate_pairs.repeat_contact IS 'Same requester, created within backlog.repeat_contact_window() of each other.';

-- Every CTE is materialized and backlog.tickets is read once, by id, into tk: on Citus each CTE
-- is one distributed query (the pairs and tk pushed down to the shards) and the rest runs on
-- the coordinator over their results, so no two distributed tables meet on other columns.
CREATE VIEW backlog.duplicate_members AS
WITH pairs AS MATERIALIZED (
    SELECT p.ticket_a, p.ticket_b, p.score, p.repeat_contact, p.same_text FROM backlog.duplicate_links() p
), tk AS MATERIALIZED (
    SELECT t.id, t.created_at, t.account, t.requester, t.subject
      FROM backlog.tickets t
     WHERE t.id IN (SELECT p.ticket_a FROM pairs p UNION SELECT p.ticket_b FROM pairs p)
), comp AS MATERIALIZED (
    SELECT c.ticket_id, c.cluster_id
      FROM (SELECT pg_catalog.array_agg(p.ticket_a) AS a, pg_catalog.array_agg(p.ticket_b) AS b,
                   pg_catalog.array_agg(p.score) AS w, pg_catalog.array_agg(p.same_text) AS s
              FROM pairs p) e,
           LATERAL backlog.duplicate_average_clusters(
             (SELECT pg_catalog.array_agg(k.id ORDER BY k.created_at, k.id) FROM tk k),
             e.a, e.b, e.w, e.s, pg_catalog.current_setting('backlog.duplicate_threshold')::real) c
), sizes AS (
    SELECT c.cluster_id FROM comp c GROUP BY c.cluster_id HAVING pg_catalog.count(*) OPERATOR(pg_catalog.>) 1
), repeats AS (
    -- the later ticket of a repeat-contact pair repeats the earlier one
    SELECT CASE WHEN (ta.created_at, ta.id) OPERATOR(pg_catalog.<) (tb.created_at, tb.id) THEN tb.id ELSE ta.id END AS ticket_id,
           pg_catalog.min(CASE WHEN (ta.created_at, ta.id) OPERATOR(pg_catalog.<) (tb.created_at, tb.id) THEN ta.id ELSE tb.id END) AS repeat_of
      FROM pairs p
      JOIN tk ta ON ta.id OPERATOR(pg_catalog.=) p.ticket_a
      JOIN tk tb ON tb.id OPERATOR(pg_catalog.=) p.ticket_b
     WHERE p.repeat_contact
     GROUP BY 1
)
SELECT c.ticket_id,
       c.cluster_id,
       t.created_at,
       t.account,
       t.requester,
       t.subject,
       r.repeat_of IS NOT NULL AS repeat_contact,
       r.repeat_of
  FROM comp c
  JOIN sizes USING (cluster_id)
  JOIN tk t ON t.id OPERATOR(pg_catalog.=) c.ticket_id
  LEFT JOIN repeats r ON r.ticket_id OPERATOR(pg_catalog.=) c.ticket_id;
COMMENT ON VIEW backlog.duplicate_members IS
  'Open tickets that belong to a duplicate cluster (average-linkage clusters of backlog.duplicate_pairs at backlog.duplicate_threshold, see backlog.duplicate_average_clusters), one row per ticket.';
COMMENT ON COLUMN backlog.duplicate_members.ticket_id IS 'The ticket.';
COMMENT ON COLUMN backlog.duplicate_members.cluster_id IS 'The cluster: id of its earliest ticket (the parent backlog.merge_cluster merges into).';
COMMENT ON COLUMN backlog.duplicate_members.created_at IS 'When the ticket was created.';
COMMENT ON COLUMN backlog.duplicate_members.account IS 'The ticket''s account.';
COMMENT ON COLUMN backlog.duplicate_members.requester IS 'The ticket''s requester.';
COMMENT ON COLUMN backlog.duplicate_members.subject IS 'The ticket''s subject.';
COMMENT ON COLUMN backlog.duplicate_members.repeat_contact IS 'True when the same requester sent a similar ticket within backlog.repeat_contact_window() before this one.';
COMMENT ON COLUMN backlog.duplicate_members.repeat_of IS 'The earliest such ticket (NULL when not a repeat contact; it may sit in another cluster when it is not similar enough to this one''s leader).';

CREATE VIEW backlog.duplicate_clusters AS
SELECT m.cluster_id,
       pg_catalog.count(*) AS size,
       pg_catalog.count(DISTINCT coalesce(m.account, m.requester)) AS accounts,
       pg_catalog.array_agg(DISTINCT m.account) FILTER (WHERE m.account IS NOT NULL) AS account_names,
       pg_catalog.min(m.created_at) AS first_seen,
       pg_catalog.max(m.created_at) AS last_seen,
       (pg_catalog.array_agg(m.subject ORDER BY m.created_at, m.ticket_id))[1] AS subject,
       pg_catalog.count(*) FILTER (WHERE m.repeat_contact) AS repeat_contacts,
       pg_catalog.array_agg(m.ticket_id ORDER BY m.created_at, m.ticket_id) AS ticket_ids
  FROM backlog.duplicate_members m
 GROUP BY m.cluster_id;
COMMENT ON VIEW backlog.duplicate_clusters IS
  'Open tickets grouped into issues: one fix or one answer closes a whole cluster. Built from the pairs of backlog.duplicate_pairs (backlog.duplicate_score at backlog.duplicate_threshold); account-specific requests cluster only within one account.';
COMMENT ON COLUMN backlog.duplicate_clusters.cluster_id IS 'Id of the cluster''s earliest ticket, its representative and merge parent.';
COMMENT ON COLUMN backlog.duplicate_clusters.size IS 'Number of open tickets in the cluster.';
COMMENT ON COLUMN backlog.duplicate_clusters.accounts IS 'Number of distinct accounts affected (the requester stands in for a missing account).';
COMMENT ON COLUMN backlog.duplicate_clusters.account_names IS 'The accounts affected, sorted (NULL when no ticket names one).';
COMMENT ON COLUMN backlog.duplicate_clusters.first_seen IS 'Creation time of the earliest ticket.';
COMMENT ON COLUMN backlog.duplicate_clusters.last_seen IS 'Creation time of the latest ticket.';
COMMENT ON COLUMN backlog.duplicate_clusters.subject IS 'Representative subject: that of the earliest ticket.';
COMMENT ON COLUMN backlog.duplicate_clusters.repeat_contacts IS 'Tickets that repeat an earlier one of the same requester within backlog.repeat_contact_window().';
COMMENT ON COLUMN backlog.duplicate_clusters.ticket_ids IS 'The tickets, earliest first.';

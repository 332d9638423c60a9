-- What a ticket is, for duplicate detection (README "The scorer"): the reserved kind mode of
-- backlog.duplicate_terms. A ticket that reports a fault (mode:fault) and one that only asks a
-- question, how to do something or for a feature (mode:ask) are different issues however alike
-- their words: "Can we export bookings to Excel?" and "Sales export fails" share their rarest
-- words, and written on one day the burst part doubles them. The C scorer (src/duplicate.c)
-- treats the kind mode like other kinds for the veto (both tickets have a mode, none in common:
-- veto_mode) but a mode in common adds nothing, and modes are never keys for pairing (most
-- tickets have one). A ticket may have both modes (a question that names a fault), and then it
-- is never kept apart by them; one without any (nothing matched, or Japanese, whose phrases are
-- not listed) neither.
--
-- Also run as part of the 0.1 -> 0.2 upgrade (src/updates/0.1--0.2/65-duplicate-mode.sql links
-- here), before the stored features of the tickets are computed, so they include the modes.

COMMENT ON TABLE backlog.duplicate_terms IS
  'Names that make two otherwise alike reports different issues when they differ: integrations, platforms, your own products or modules. Two tickets that both name something of one kind, and nothing of that kind in common, are never paired (error codes are the built-in kind code, see backlog.error_codes). The kind mode says what a ticket is (fault or ask, backlog.duplicate_mode_seeds()): a mode in common adds nothing to the score, and it is never a key for pairing. Edit freely.';

CREATE FUNCTION backlog.duplicate_mode_seeds()
RETURNS TABLE (kind text, name text, phrase text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    -- phrases as backlog.normalize() writes them (no accents, apostrophes as spaces: "doesn t"),
    -- matched on word boundaries (a plural s may follow) like every phrase of duplicate_terms
    SELECT t.kind, t.name, p.phrase
      FROM (VALUES
        -- Something is broken. A veto needs both sides to be sure: a word as common in questions
        -- as in reports ("can't", "unable", "still", "no longer", "instead of", "since", "urgent",
        -- "problem", a bare "down") would make a question that asks in other words a fault and
        -- keep it from its duplicates, so only words that say a thing misbehaves are listed.
        -- Not "offline" either: chat tools title tickets "Offline message from ...".
        ('mode', 'fault', ARRAY[
            'not working', 'not work', 'doesn t work', 'does not work', 'don t work',
            'do not work', 'stopped working', 'no longer works', 'no longer work', 'not loading',
            'won t load', 'doesn t load', 'does not load', 'not showing', 'doesn t show',
            'does not show', 'not displayed', 'not updating', 'not syncing', 'not synced',
            'not sent', 'not received', 'not receiving', 'never received', 'never arrive',
            'never arrived', 'never arrives', 'never got', 'not arriving', 'not printing',
            'not opening', 'won t open', 'error', 'errors', 'failed', 'fails', 'failing', 'fail',
            'failure', 'broken', 'broke', 'crash', 'crashes', 'crashed', 'crashing', 'freeze',
            'freezes', 'freezing', 'frozen', 'froze', 'hangs', 'hanging', 'stuck', 'stopped',
            'stops', 'outage', 'missing', 'disappeared', 'vanished', 'wrong',
            'incorrect', 'inaccurate', 'slow', 'slower', 'lagging', 'laggy', 'lag', 'delayed',
            'hours late', 'days late', 'arriving late', 'arrive late', 'arrives late', 'disconnecting',
            'disconnected', 'keeps disconnecting', 'greyed out', 'grayed out', 'not responding',
            'won t save', 'doesn t save', 'not saving', 'won t print', 'redirect loop', 'login loop',
            'timeout', 'timed out', 'times out', 'blank', 'empty', 'spinning', 'bug', 'buggy',
            'glitch', 'nothing happens', 'expired', 'declined', 'rejected', 'rejects', 'refused',
            'garbled', 'corrupt', 'corrupted', 'truncated', 'unresponsive', 'draining', 'drains',
            'dead', 'dies', 'funktioniert nicht', 'funktioniert nicht mehr', 'geht nicht',
            'klappt nicht', 'nicht mehr', 'fehler', 'fehlermeldung', 'ladt nicht', 'laden nicht',
            'kaputt', 'abgesturzt', 'sturzt ab', 'absturz', 'hangt', 'hangen', 'fehlt', 'fehlen',
            'falsch', 'falsche', 'falschen', 'langsam', 'leer', 'leere', 'leeren', 'ausfall',
            'storung', 'ne fonctionne pas', 'ne fonctionne plus', 'ne marche pas',
            'ne marche plus', 'erreur', 'ne charge pas', 'ne se charge pas', 'ne s affiche pas',
            'ne s affiche plus', 'plante', 'bloque', 'bloquee', 'manquant', 'manquante',
            'incorrecte', 'faux', 'lent', 'lente', 'panne', 'vide', 'page blanche', 'n arrive pas',
            'n arrivent pas', 'n arrivent plus', 'ne recoivent plus', 'ne recoit pas',
            'jamais recu', 'echoue', 'echec', 'no funciona', 'ya no funciona', 'no carga',
            'no se carga', 'falla', 'fallo', 'se cierra', 'se bloquea', 'bloqueado', 'incorrecto',
            'lento', 'ya no', 'caido', 'caida', 'no llega', 'no llegan', 'no les llega', 'vacio',
            'en blanco', 'nunca termina', 'se queda', 'no aparece', 'no aparecen', 'no se muestra',
            'is down', 'are down', 'went down', 'down again', 'down since', 'completely down']),
        -- A question, a how-to or a request for a feature. A fault told as a question ("can we
        -- get this fixed?") most often names the fault too, and is then both.
        ('mode', 'ask', ARRAY[
            'how do i', 'how do we', 'how can i', 'how can we', 'how to', 'how would', 'how does',
            'is there a way', 'is there any way', 'is it possible', 'would it be possible',
            'could you add', 'can you add', 'please add', 'feature request', 'would be nice',
            'would be great', 'would love', 'we d like to', 'we would like to', 'i would like to',
            'wondering if', 'do you support', 'does it support', 'do you offer', 'is there an option',
            'any plans', 'on the roadmap', 'suggestion', 'can we get', 'can we change', 'can we set',
            'can we use', 'can we add', 'can we have', 'can we export', 'can we import', 'can we connect',
            'can we turn', 'can we make', 'could we', 'could the', 'where can i', 'where do i',
            'what is the best way', 'best practice', 'wie kann ich', 'wie konnen wir', 'wie kann man',
            'gibt es eine moglichkeit', 'gibt es die moglichkeit', 'ist es moglich', 'ware es moglich',
            'konnten sie', 'funktionswunsch', 'wir mochten', 'wir hatten gerne', 'wunschen uns',
            'comment faire', 'comment puis je', 'comment pouvons nous', 'comment peut on',
            'est il possible', 'est ce possible', 'serait il possible', 'y a t il un moyen',
            'pourriez vous ajouter', 'nous aimerions', 'nous souhaitons', 'je souhaite',
            'demande de fonctionnalite', 'como puedo', 'como podemos', 'como se puede', 'es posible',
            'seria posible', 'hay alguna forma', 'hay alguna manera', 'hay forma de', 'nos gustaria',
            'me gustaria', 'podrian anadir', 'solicitud de funcion'])

      ) AS t(kind, name, phrases),
      LATERAL pg_catalog.unnest(t.phrases) AS p(phrase)
$$;
COMMENT ON FUNCTION backlog.duplicate_mode_seeds() IS
  'The phrases of the kind mode that backlog.duplicate_terms holds after CREATE EXTENSION: what marks a fault report (mode fault) and a question or feature request (mode ask), in English, German, French and Spanish.';

-- (ON CONFLICT: an upgraded 0.1 store may hold a row of its own with a key of these)
INSERT INTO backlog.duplicate_terms (kind, name, phrase) SELECT * FROM backlog.duplicate_mode_seeds()
    ON CONFLICT DO NOTHING;

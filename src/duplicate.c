/*
 * duplicate.c: language guess, stemmed words, the duplicate score and its candidates (see
 * duplicate.h). Stemming is Snowball's (libstemmer); everything else is written out here with
 * no platform dependence, so stored words are the same on every machine.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>

#include "bl_alloc.h"
#include "bl_buf.h"
#include "duplicate.h"
#include "fingerprint.h"
#include "normalize.h"

static const char *const lang_codes[BL_LANG_COUNT] = {"en", "de", "fr", "es", "ja"};

const char *
bl_lang_code(BlLang lang)
{
	return (lang >= 0 && lang < BL_LANG_COUNT) ? lang_codes[lang] : "en";
}

int
bl_lang_from_code(const char *s, size_t n)
{
	int			i;

	for (i = 0; i < BL_LANG_COUNT; i++)
		if (n == 2 && memcmp(s, lang_codes[i], 2) == 0)
			return i;
	return -1;
}

/* ---------------------------------------------------------------------------------------------
 * Function words. Markers tell the languages apart (words two of them share, such as "de",
 * "la", "en", "que", are left out); every list is also dropped from the words.
 * ------------------------------------------------------------------------------------------- */

static const char *const markers_en[] = {
	"the", "and", "is", "are", "with", "this", "that", "have", "has", "from", "our", "we", "it",
	"to", "of", "not", "when", "can", "was", "my", "for", "you", "since", "any", NULL
};
static const char *const markers_de[] = {
	"der", "die", "das", "und", "ist", "nicht", "ich", "wir", "mit", "bei", "auf", "seit", "kann",
	"unser", "unsere", "keine", "kein", "werden", "wird", "auch", "ein", "eine", "einen", "nach",
	"wenn", "bitte", "funktioniert", "mehr", "noch", "schon", "sind", "haben", "dem", "den", NULL
};
static const char *const markers_fr[] = {
	"le", "les", "des", "est", "une", "nous", "pas", "avec", "dans", "pour", "sur", "vous", "ce",
	"qui", "mais", "depuis", "ne", "du", "au", "aux", "notre", "nos", "cette", "sont", "plus",
	"il", "je", "fonctionne", NULL
};
static const char *const markers_es[] = {
	"el", "los", "las", "del", "y", "es", "una", "por", "con", "para", "se", "desde", "nuestro",
	"nuestra", "pero", "como", "al", "lo", "funciona", "esta", "este", "hay", "cuando", "mi",
	"tengo", "hemos", "muy", NULL
};
static const char *const *const markers[4] = {markers_en, markers_de, markers_fr, markers_es};

/* Dropped too: what support tickets say whatever they are about, and shared function words. */
static const char *const stopwords_extra[] = {
	"a", "about", "after", "again", "all", "also", "am", "an", "as", "at", "be", "been", "before",
	"but", "by", "could", "did", "do", "does", "get", "got", "had", "having", "he", "her", "here",
	"him", "his", "how", "i", "if", "im", "in", "into", "its", "just", "let", "me", "now", "on",
	"or", "out", "please", "pls", "she", "so", "some", "their", "them", "then", "there", "these",
	"they", "those", "too", "up", "us", "were", "what", "where", "which", "while", "who", "why",
	"will", "would", "your", "s", "t", "d", "ll", "ve", "re", "m", "hi", "hello", "hey", "thanks",
	"thank", "help", "advise", "appreciate", "appreciated", "team", "kindly", "issue", "problem",
	"question", "urgent", "asap", "anything", "else", "need", "want", "like", "should", "look",
	"looking", "know", "sure", "yours", "ours", "already", "still", "update", "sorry", "ago",
	"dont", "didn", "didnt", "don", "cant", "cannot", "doesn", "doesnt", "isn", "isnt", "won",
	"wont", "one", "very", "there", "again", "us", "can", "could", "today", "yesterday",
	"morning", "hier", "es", "sie", "er", "wie", "was", "aber", "oder", "nur", "war", "hat",
	"habe", "mein", "meine", "uns", "danke", "hallo", "gruss", "sehr", "dass", "so", "als", "an",
	"aus", "ab", "zu", "im", "in", "von", "fur", "des", "de", "la", "en", "que", "no", "un", "et",
	"a", "ai", "avons", "avez", "mon", "ma", "mes", "votre", "vos", "merci", "bonjour", "se",
	"sa", "son", "leur", "y", "ou", "on", "elle", "o", "ya", "su", "sus", "mis", "son", "fue",
	"ha", "gracias", "hola", "saludos", "le", "les", "unos", "unas", "todo", "tout", "alle",
	NULL
};

static bool
in_list(const char *const *list, const char *w, size_t n)
{
	for (; *list != NULL; list++)
		if (strlen(*list) == n && memcmp(*list, w, n) == 0)
			return true;
	return false;
}

static bool
is_stop(const char *w, size_t n)
{
	int			l;

	if (in_list(stopwords_extra, w, n))
		return true;
	for (l = 0; l < 4; l++)
		if (in_list(markers[l], w, n))
			return true;
	return false;
}

static bool
is_kana_or_han(unsigned int cp, bool *kana)
{
	*kana = (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) ||
		(cp >= 0xFF66 && cp <= 0xFF9D);
	return *kana || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
}

BlLang
bl_guess_language(const char *norm, size_t len)
{
	size_t		i = 0;
	size_t		letters = 0;
	size_t		cjk = 0;
	size_t		kana = 0;
	int			hits[4] = {0, 0, 0, 0};
	int			best = BL_LANG_EN;
	int			l;

	while (i < len)
	{
		size_t		start;
		size_t		n;

		while (i < len && norm[i] == ' ')
			i++;
		start = i;
		while (i < len && norm[i] != ' ')
			i++;
		n = i - start;
		if (n == 0)
			break;
		if ((unsigned char) norm[start] >= 0x80)
		{
			size_t		j = start;

			while (j < i)
			{
				unsigned int cp;
				bool		k;
				int			cl = bl_utf8_decode((const unsigned char *) norm + j, i - j, &cp);

				if (cl <= 0)
					break;
				letters++;
				if (is_kana_or_han(cp, &k))
				{
					cjk++;
					kana += k;
				}
				j += cl;
			}
			continue;
		}
		letters += n;
		for (l = 0; l < 4; l++)
			if (in_list(markers[l], norm + start, n))
				hits[l]++;
	}
	if (cjk > 0 && kana > 0 && cjk * 5 >= letters)
		return BL_LANG_JA;
	for (l = 1; l < 4; l++)
		if (hits[l] > hits[best])
			best = l;
	return (BlLang) best;
}

/* ---------------------------------------------------------------------------------------------
 * Stemming
 * ------------------------------------------------------------------------------------------- */

/* One stemmer per language for the life of the process (libstemmer allocates with malloc). */
static struct sb_stemmer *stemmers[4];
static bool stemmer_failed[4];

static struct sb_stemmer *
stemmer_for(BlLang lang)
{
	static const char *const algo[4] = {"english", "german", "french", "spanish"};

	if (lang < 0 || lang > BL_LANG_ES)
		lang = BL_LANG_EN;
	if (stemmers[lang] == NULL && !stemmer_failed[lang])
	{
		stemmers[lang] = sb_stemmer_new(algo[lang], "UTF_8");
		stemmer_failed[lang] = stemmers[lang] == NULL;
	}
	return stemmers[lang];
}

size_t
bl_dup_stem(const char *word, size_t n, BlLang lang, char *buf, size_t cap)
{
	struct sb_stemmer *st;
	const sb_symbol *r;
	size_t		i;
	bool		letters = true;

	if (cap == 0)
		return 0;
	if (n > cap)
		n = cap;
	for (i = 0; i < n; i++)
		if (!((word[i] >= 'a' && word[i] <= 'z') || (unsigned char) word[i] >= 0x80))
			letters = false;
	/* Japanese tickets quote English words too: those get the English stemmer */
	st = (letters && n >= 3) ? stemmer_for(lang == BL_LANG_JA ? BL_LANG_EN : lang) : NULL;
	if (st != NULL && (r = sb_stemmer_stem(st, (const sb_symbol *) word, (int) n)) != NULL)
	{
		size_t		m = (size_t) sb_stemmer_length(st);

		if (m > 0 && m <= cap)
		{
			memcpy(buf, r, m);
			return m;
		}
	}
	memcpy(buf, word, n);
	return n;
}

/* ---------------------------------------------------------------------------------------------
 * Words of a text
 * ------------------------------------------------------------------------------------------- */

typedef struct Span
{
	size_t		off;			/* into the word buffer */
	size_t		n;
} Span;

typedef struct WordSet
{
	BlBuf		buf;			/* the words, back to back */
	Span	   *spans;
	size_t		n;
} WordSet;

static void
ws_add(WordSet *ws, const char *s, size_t n)
{
	if (ws->n >= BL_DUP_MAX_WORDS * 4 || n == 0)
		return;
	ws->spans[ws->n].off = ws->buf.len;
	ws->spans[ws->n].n = n;
	bl_buf_put(&ws->buf, s, n);
	ws->n++;
}

static const char *sort_base;

static int
cmp_span(const void *x, const void *y)
{
	const Span *a = x;
	const Span *b = y;
	size_t		m = a->n < b->n ? a->n : b->n;
	int			c = memcmp(sort_base + a->off, sort_base + b->off, m);

	if (c != 0)
		return c;
	return (a->n > b->n) - (a->n < b->n);
}

static bool
is_nospace_start(const char *s, size_t n)
{
	unsigned int cp;

	return bl_utf8_decode((const unsigned char *) s, n, &cp) > 0 && bl_is_nospace_cp(cp);
}

/* Character bigrams of a run without spaces (a single character alone). */
static void
add_bigrams(WordSet *ws, const char *s, size_t n)
{
	size_t		i = 0;
	unsigned int cp;
	int			l1 = bl_utf8_decode((const unsigned char *) s, n, &cp);

	if (l1 <= 0)
		return;
	if ((size_t) l1 == n)
	{
		ws_add(ws, s, n);
		return;
	}
	while (i + l1 < n)
	{
		int			l2 = bl_utf8_decode((const unsigned char *) s + i + l1, n - i - l1, &cp);

		if (l2 <= 0)
			return;
		ws_add(ws, s + i, l1 + l2);
		i += l1;
		l1 = l2;
	}
}

void
bl_dup_words(const char *norm, size_t len, BlLang lang, char **out, size_t *outlen)
{
	WordSet		ws;
	BlBuf		res;
	size_t		i = 0;
	size_t		k;
	size_t		kept = 0;
	char		stem[BL_DUP_MAX_WORD];

	bl_buf_init(&ws.buf, len + 16);
	ws.spans = bl_alloc(sizeof(Span) * BL_DUP_MAX_WORDS * 4);
	ws.n = 0;
	while (i < len && ws.n < BL_DUP_MAX_WORDS * 4)
	{
		size_t		start;
		size_t		n;

		while (i < len && norm[i] == ' ')
			i++;
		start = i;
		while (i < len && norm[i] != ' ')
			i++;
		n = i - start;
		if (n == 0)
			break;
		if (is_nospace_start(norm + start, n))
		{
			add_bigrams(&ws, norm + start, n);
			continue;
		}
		if (norm[start] == '<' || n > BL_DUP_MAX_WORD || n < 2 || is_stop(norm + start, n))
			continue;
		ws_add(&ws, stem, bl_dup_stem(norm + start, n, lang, stem, sizeof(stem)));
	}
	sort_base = ws.buf.data;
	qsort(ws.spans, ws.n, sizeof(Span), cmp_span);
	bl_buf_init(&res, ws.buf.len + 1);
	for (k = 0; k < ws.n && kept < BL_DUP_MAX_WORDS; k++)
	{
		if (k > 0 && cmp_span(&ws.spans[k - 1], &ws.spans[k]) == 0)
			continue;
		if (res.len > 0)
			bl_buf_put(&res, " ", 1);
		bl_buf_put(&res, ws.buf.data + ws.spans[k].off, ws.spans[k].n);
		kept++;
	}
	sort_base = NULL;
	bl_free(ws.spans);
	bl_free(ws.buf.data);
	*out = res.data;
	*outlen = res.len;
}

bool
bl_dup_has_phrase(const char *norm, size_t len, const char *p, size_t pn, bool prefix)
{
	size_t		i;
	bool		anywhere;

	if (pn == 0 || pn > len)
		return false;
	anywhere = prefix && is_nospace_start(p, pn);
	for (i = 0; i + pn <= len; i++)
	{
		if (norm[i] != p[0] || memcmp(norm + i, p, pn) != 0)
			continue;
		if (anywhere)
			return true;
		if (i > 0 && norm[i - 1] != ' ')
			continue;
		/* a phrase of three bytes or fewer is a whole word even with prefix ("car", not "card") */
		if ((prefix && pn > BL_DUP_SHORT_PHRASE) || i + pn == len || norm[i + pn] == ' ')
			return true;
		/* a whole word may take a plural s: "iphones", "refunds" */
		if (norm[i + pn] == 's' && p[pn - 1] != 's' && (i + pn + 1 == len || norm[i + pn + 1] == ' '))
			return true;
	}
	return false;
}

/* ---------------------------------------------------------------------------------------------
 * The score
 * ------------------------------------------------------------------------------------------- */

double
bl_dup_burst_span(int64_t ntickets, double first, double last)
{
	double		span = last - first;
	double		fill;

	if (ntickets < 2 || !(span > 0) || !(span < INFINITY))
		return BL_DUP_BURST_SPAN;
	/* the time BL_DUP_BURST_TICKETS tickets take at the average rate */
	fill = BL_DUP_BURST_TICKETS * span / (double) (ntickets - 1);
	return fill < BL_DUP_BURST_SPAN ? fill : BL_DUP_BURST_SPAN;
}

/* the span of the burst part for a and b: what the caller set, else the default */
static double
burst_span_of(const BlDupDoc *a, const BlDupDoc *b)
{
	if (a->burst_span > 0)
		return a->burst_span;
	if (b->burst_span > 0)
		return b->burst_span;
	return BL_DUP_BURST_SPAN;
}

double
bl_dup_idf(int64_t df, int64_t n)
{
	if (df < 1)
		df = 1;
	if (n < df)
		n = df;
	return log(1.0 + (double) n / (double) df);
}

static bool
text_eq(BlDupText a, BlDupText b)
{
	return a.n == b.n && (a.n == 0 || memcmp(a.s, b.s, a.n) == 0);
}

static size_t
kind_len(BlDupText t)
{
	const char *c = memchr(t.s, ':', t.n);

	return c != NULL ? (size_t) (c - t.s) : t.n;
}

/* the kind mode (BL_DUP_MODE_KIND): what a ticket is, a fault or a question or request */
static bool
is_mode_kind(const char *s, size_t kl)
{
	return kl == sizeof(BL_DUP_MODE_KIND) - 1 && memcmp(s, BL_DUP_MODE_KIND, kl) == 0;
}

/*
 * A word's weight: its rarity; half of it for a character bigram of Japanese or Chinese, as a
 * word of n characters gives n - 1 of them.
 */
static int
cmp_key(const void *x, const void *y)
{
	uint64_t	a = ((const BlDupKey *) x)->hash;
	uint64_t	b = ((const BlDupKey *) y)->hash;

	return (a > b) - (a < b);
}

#define WORD_HASH_SEED	UINT64_C(0x73636f7265776f72)

/* ASCII lower case of a byte (identities are compared with folded words) */
static unsigned char
lower(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char) (c + 32) : c;
}

static bool
token_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* does the word match the token t[0..tn) (see bl_dup_is_identity)? */
static bool
identity_token(const char *w, size_t n, const char *t, size_t tn)
{
	size_t		m = n < tn ? n : tn;
	size_t		same = 0;

	if (tn < 3)
		return false;
	while (same < m && (unsigned char) w[same] == lower((unsigned char) t[same]))
		same++;
	if (same == n && n == tn)
		return true;			/* equal */
	if (m >= 4 && same == m)
		return true;			/* one starts the other */
	/* one length, all but the last letter: a stem of the token ("gari", "gary") */
	return n == tn && n >= 4 && same == n - 1;
}

/* does the word match a token of s[0..sn)? with min_tokens, only if s has that many tokens */
static bool
identity_in(const char *w, size_t n, const char *s, size_t sn, int min_tokens)
{
	size_t		i = 0;
	int			tokens = 0;
	bool		hit = false;

	while (i < sn)
	{
		size_t		start;

		while (i < sn && !token_byte((unsigned char) s[i]))
			i++;
		start = i;
		while (i < sn && token_byte((unsigned char) s[i]))
			i++;
		if (i == start)
			break;
		tokens++;
		if (!hit && identity_token(w, n, s + start, i - start))
			hit = true;
	}
	return hit && tokens >= min_tokens;
}

bool
bl_dup_is_identity(const char *w, size_t n, BlDupText account, BlDupText requester)
{
	static const char *const forms[] = {"ltd", "gmbh", "inc", "llc", "plc", "sarl", "srl", "corp", NULL};
	const char *at;

	if (n == 0)
		return false;
	if (in_list(forms, w, n))
		return true;
	if (account.n > 0 && identity_in(w, n, account.s, account.n, 1))
		return true;
	if (requester.n == 0)
		return false;
	at = memchr(requester.s, '@', requester.n);
	if (at == NULL)
		/* a name, not an address: a personal name has two parts or more */
		return identity_in(w, n, requester.s, requester.n, 2);
	/* the domain always (the company), the local part when it is a name (gary.holt) */
	if (identity_in(w, n, at + 1, requester.n - (size_t) (at + 1 - requester.s), 1))
		return true;
	return identity_in(w, n, requester.s, (size_t) (at - requester.s), 2);
}

void
bl_dup_prepare(BlDupDoc *doc, int64_t n)
{
	BlDupWord  *w = (BlDupWord *) doc->words;
	size_t		i;

	doc->total = 0;
	doc->keys = bl_alloc(sizeof(BlDupKey) * (doc->nwords + 1));
	for (i = 0; i < doc->nwords; i++)
	{
		w[i].weight = bl_dup_idf(w[i].df, n) * (is_nospace_start(w[i].s, w[i].n) ? 0.5 : 1.0);
		if (bl_dup_is_identity(w[i].s, w[i].n, doc->account, doc->requester))
			w[i].weight = 0;
		doc->total += w[i].weight * (w[i].subject ? 2 : 1);
		doc->keys[i].hash = bl_hash64(w[i].s, w[i].n, WORD_HASH_SEED);
		doc->keys[i].weight = w[i].weight;
		doc->keys[i].subject = w[i].subject;
	}
	/* compared by hash, a merge of integers (64 bits: a collision is as good as impossible) */
	qsort(doc->keys, doc->nwords, sizeof(BlDupKey), cmp_key);
}

void
bl_dup_release(BlDupDoc *doc)
{
	if (doc->keys != NULL)
		bl_free(doc->keys);
	doc->keys = NULL;
}

void
bl_dup_score(const BlDupDoc *a, const BlDupDoc *b, BlDupScore *out)
{
	size_t		i = 0;
	size_t		j = 0;
	double		total = a->total + b->total;
	double		body = 0;
	double		subj = 0;
	double		dt;
	BlDupText	ka;
	BlDupText	kb;

	memset(out, 0, sizeof(*out));

	/* words: weighted Dice, a word weighing its rarity, twice in a subject */
	i = j = 0;
	while (i < a->nwords && j < b->nwords)
	{
		const BlDupKey *x = &a->keys[i];
		const BlDupKey *y = &b->keys[j];

		if (x->hash < y->hash)
			i++;
		else if (x->hash > y->hash)
			j++;
		else
		{
			double		w = x->weight < y->weight ? x->weight : y->weight;

			body += 2 * w;
			subj += w * (x->subject + y->subject);
			out->shared_words++;
			i++;
			j++;
		}
	}
	if (total > 0)
	{
		out->words = BL_DUP_W_WORDS * body / total;
		out->subject = BL_DUP_W_WORDS * subj / total;
	}

	/* names and codes: per kind, one in common counts, none in common vetoes */
	for (i = 0; i < a->nterms; i++)
	{
		size_t		kl = kind_len(a->terms[i]);
		bool		kind_in_b = false;
		bool		common = false;

		if (i > 0 && kind_len(a->terms[i - 1]) == kl && memcmp(a->terms[i - 1].s, a->terms[i].s, kl) == 0)
			continue;			/* kind already looked at */
		for (j = 0; j < b->nterms; j++)
		{
			size_t		k2;

			if (kind_len(b->terms[j]) != kl || memcmp(b->terms[j].s, a->terms[i].s, kl) != 0)
				continue;
			kind_in_b = true;
			for (k2 = i; k2 < a->nterms && kind_len(a->terms[k2]) == kl &&
				 memcmp(a->terms[k2].s, a->terms[i].s, kl) == 0; k2++)
				if (text_eq(a->terms[k2], b->terms[j]))
					common = true;
		}
		if (!kind_in_b)
			continue;
		if (is_mode_kind(a->terms[i].s, kl))
		{
			/* what each ticket is (a fault, a question or request): no bonus, a veto when apart */
			if (!common && out->veto == BL_DUP_VETO_NONE)
				out->veto = BL_DUP_VETO_MODE;
		}
		else if (kl == 4 && memcmp(a->terms[i].s, "code", 4) == 0)
		{
			if (common)
				out->code = BL_DUP_W_CODE;
			else if (out->veto == BL_DUP_VETO_NONE)
				out->veto = BL_DUP_VETO_CODE;
		}
		else if (common)
			out->name = BL_DUP_W_NAME;
		else if (out->veto == BL_DUP_VETO_NONE)
		{
			out->veto = BL_DUP_VETO_NAME;
			out->veto_kind.s = a->terms[i].s;
			out->veto_kind.n = kl;
		}
	}

	/* who and when */
	dt = fabs(a->created - b->created);
	if (!(dt == dt))
		dt = INFINITY;
	out->repeat_contact = a->requester.n > 0 && text_eq(a->requester, b->requester) &&
		dt <= BL_DUP_REPEAT_WINDOW;
	if (out->repeat_contact)
		out->requester = BL_DUP_W_REQUESTER;
	if (dt < BL_DUP_TIME_SPAN)
		out->time = BL_DUP_W_TIME * (1.0 - dt / BL_DUP_TIME_SPAN);
	ka = a->account.n > 0 ? a->account : a->requester;
	kb = b->account.n > 0 ? b->account : b->requester;
	out->same_account = text_eq(ka, kb);
	/* an account-specific request is one per account, unless an error code shows a defect */
	if ((a->intent || b->intent) && !out->same_account && out->code == 0 &&
		out->veto == BL_DUP_VETO_NONE)
		out->veto = BL_DUP_VETO_INTENT;

	/* an incident's reports arrive together: what the words say counts more, the score at most 1 */
	if (dt < burst_span_of(a, b))
	{
		double		rest = out->words + out->subject + out->code + out->name + out->requester + out->time;

		out->burst = BL_DUP_W_BURST * (1.0 - dt / burst_span_of(a, b)) * (out->words + out->subject);
		if (rest + out->burst > 1.0)
			out->burst = rest < 1.0 ? 1.0 - rest : 0;
	}

	out->score = out->veto != BL_DUP_VETO_NONE ? 0 :
		out->words + out->subject + out->code + out->name + out->requester + out->time + out->burst;
}

/* closeness in time as the burst part weighs it: 1 at once, 0 from BL_DUP_BURST_SPAN apart */
static double
burst_closeness(const BlDupDoc *a, const BlDupDoc *b)
{
	double		dt = fabs(a->created - b->created);
	double		span = burst_span_of(a, b);

	if (!(dt == dt) || dt >= span)
		return 0;
	return 1.0 - dt / span;
}

double
bl_dup_bound(const BlDupDoc *a, const BlDupDoc *b)
{
	size_t		i = 0;
	size_t		j = 0;
	double		shared = 0;
	double		num = 0;
	double		words = 0;
	BlDupScore	s;

	while (i < a->nwords && j < b->nwords)
	{
		const BlDupKey *x = &a->keys[i];
		const BlDupKey *y = &b->keys[j];

		if (x->hash < y->hash)
			i++;
		else if (x->hash > y->hash)
			j++;
		else
		{
			/* a word weighs the same in both (one df, one n); b's own weight is not trusted */
			shared += x->weight;
			num += x->weight * (3 + x->subject);
			i++;
			j++;
		}
	}
	/* b's total is at least the shared weight: the word part is at most this */
	if (a->total + shared > 0)
		words = BL_DUP_W_WORDS * num / (a->total + shared);
	if (words > BL_DUP_W_WORDS)
		words = BL_DUP_W_WORDS;
	bl_dup_score(a, b, &s);
	if (s.veto != BL_DUP_VETO_NONE)
		return 0;
	words *= 1.0 + BL_DUP_W_BURST * burst_closeness(a, b);
	return words + s.code + s.name + s.requester + s.time > 1.0 ? 1.0 :
		words + s.code + s.name + s.requester + s.time;
}

/* key and v with 4 decimals, written out by hand (no locale, no printf) */
static void
put_num(BlBuf *b, bool *first, const char *key, double v)
{
	char		tmp[32];
	size_t		l = 0;
	long long	q;
	int			i;

	if (v == 0)
		return;
	if (!*first)
		bl_buf_str(b, ", ");
	bl_buf_str(b, "\"");
	bl_buf_str(b, key);
	bl_buf_str(b, "\": ");
	if (v < 0)
	{
		bl_buf_put(b, "-", 1);
		v = -v;
	}
	if (!(v < 1e9))
		v = 1e9;
	q = (long long) (v * 10000.0 + 0.5);
	for (i = 0; i < 4; i++)
	{
		tmp[l++] = (char) ('0' + q % 10);
		q /= 10;
	}
	tmp[l++] = '.';
	do
	{
		tmp[l++] = (char) ('0' + q % 10);
		q /= 10;
	} while (q > 0);
	while (l > 0)
		bl_buf_put(b, &tmp[--l], 1);
	*first = false;
}

void
bl_dup_reasons_json(const BlDupScore *s, char **out, size_t *outlen)
{
	BlBuf		b;
	bool		first = true;
	double		sum = s->words + s->subject + s->code + s->name + s->requester + s->time + s->burst;

	bl_buf_init(&b, 160);
	bl_buf_put(&b, "{", 1);
	put_num(&b, &first, "words", s->words);
	put_num(&b, &first, "subject", s->subject);
	put_num(&b, &first, "code", s->code);
	put_num(&b, &first, "name", s->name);
	put_num(&b, &first, "requester", s->requester);
	put_num(&b, &first, "time", s->time);
	put_num(&b, &first, "burst", s->burst);
	if (s->veto == BL_DUP_VETO_CODE)
		put_num(&b, &first, "veto_code", -sum);
	else if (s->veto == BL_DUP_VETO_NAME)
		put_num(&b, &first, "veto_name", -sum);
	else if (s->veto == BL_DUP_VETO_INTENT)
		put_num(&b, &first, "veto_intent", -sum);
	else if (s->veto == BL_DUP_VETO_MODE)
		put_num(&b, &first, "veto_mode", -sum);
	bl_buf_put(&b, "}", 1);
	*out = b.data;
	*outlen = b.len;
}

/* ---------------------------------------------------------------------------------------------
 * Candidates
 * ------------------------------------------------------------------------------------------- */

typedef struct KeyDoc
{
	uint64_t	key;
	uint32_t	doc;
} KeyDoc;

static int
cmp_keydoc(const void *x, const void *y)
{
	const KeyDoc *a = x;
	const KeyDoc *b = y;

	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return (a->doc > b->doc) - (a->doc < b->doc);
}

static int
cmp_u64(const void *x, const void *y)
{
	uint64_t	a = *(const uint64_t *) x;
	uint64_t	b = *(const uint64_t *) y;

	return (a > b) - (a < b);
}

typedef struct RankedWord
{
	double		w;
	size_t		i;
} RankedWord;

static int
cmp_ranked(const void *x, const void *y)
{
	const RankedWord *a = x;
	const RankedWord *b = y;

	if (a->w != b->w)
		return a->w > b->w ? -1 : 1;
	return (a->i > b->i) - (a->i < b->i);
}

#define KEY_SEED_WORD	UINT64_C(0x776f72646b657931)
#define KEY_SEED_TERM	UINT64_C(0x7465726d6b657932)

size_t
bl_dup_candidates(const BlDupDoc *docs, size_t n, int64_t ntickets, size_t k, size_t cap,
				  uint64_t **pairs)
{
	size_t		nkeys = 0;
	size_t		maxkeys = 0;
	KeyDoc	   *keys;
	RankedWord *rank;
	size_t		maxwords = 0;
	size_t		d;
	size_t		s;
	size_t		npairs = 0;
	size_t		room = 1024;
	uint64_t   *out;

	for (d = 0; d < n; d++)
	{
		maxkeys += (docs[d].nwords < k ? docs[d].nwords : k) + docs[d].nterms;
		if (docs[d].nwords > maxwords)
			maxwords = docs[d].nwords;
	}
	keys = bl_alloc(sizeof(KeyDoc) * (maxkeys + 1));
	rank = bl_alloc(sizeof(RankedWord) * (maxwords + 1));
	for (d = 0; d < n; d++)
	{
		const BlDupDoc *doc = &docs[d];
		size_t		m = 0;
		size_t		i;

		for (i = 0; i < doc->nwords; i++)
			if (doc->words[i].df >= 2)
			{
				rank[m].w = bl_dup_idf(doc->words[i].df, ntickets);
				rank[m].i = i;
				m++;
			}
		qsort(rank, m, sizeof(RankedWord), cmp_ranked);
		for (i = 0; i < m && i < k; i++)
		{
			keys[nkeys].key = bl_hash64(doc->words[rank[i].i].s, doc->words[rank[i].i].n, KEY_SEED_WORD);
			keys[nkeys].doc = (uint32_t) d;
			nkeys++;
		}
		for (i = 0; i < doc->nterms; i++)
		{
			if (is_mode_kind(doc->terms[i].s, kind_len(doc->terms[i])))
				continue;		/* shared by most tickets: says what is not one issue, never what is */
			keys[nkeys].key = bl_hash64(doc->terms[i].s, doc->terms[i].n, KEY_SEED_TERM);
			keys[nkeys].doc = (uint32_t) d;
			nkeys++;
		}
	}
	bl_free(rank);
	qsort(keys, nkeys, sizeof(KeyDoc), cmp_keydoc);

	out = bl_alloc(sizeof(uint64_t) * room);
	for (s = 0; s < nkeys;)
	{
		size_t		e = s + 1;

		while (e < nkeys && keys[e].key == keys[s].key)
			e++;
		if (e - s >= 2 && e - s <= cap)
		{
			size_t		x;
			size_t		y;
			/* a key of few documents counts twice: one such key is enough */
			int			times = (e - s <= BL_DUP_SHORT_KEY) ? 2 : 1;
			int			t;

			for (x = s; x < e; x++)
				for (y = x + 1; y < e; y++)
					for (t = 0; t < times; t++)
				{
					if (keys[x].doc == keys[y].doc)
						continue;
					if (npairs == room)
					{
						uint64_t   *bigger;

						if (room * 2 * sizeof(uint64_t) > BL_ALLOC_MAX)
							goto full;
						bigger = bl_alloc(sizeof(uint64_t) * room * 2);
						memcpy(bigger, out, sizeof(uint64_t) * npairs);
						bl_free(out);
						out = bigger;
						room *= 2;
					}
					out[npairs++] = ((uint64_t) keys[x].doc << 32) | keys[y].doc;
				}
		}
		s = e;
	}
full:
	bl_free(keys);
	qsort(out, npairs, sizeof(uint64_t), cmp_u64);
	/* keep the pairs that share two keys (or one of few documents, listed twice) */
	{
		size_t		w = 0;

		for (s = 0; s < npairs;)
		{
			size_t		e = s + 1;

			while (e < npairs && out[e] == out[s])
				e++;
			if (e - s >= 2)
				out[w++] = out[s];
			s = e;
		}
		npairs = w;
	}
	*pairs = out;
	return npairs;
}

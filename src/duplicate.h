/*
 * duplicate.h: the duplicate scorer (pure C core, no server calls; links libstemmer).
 *
 * Three parts, used by backlog.stem_words(), backlog.text_language(), backlog.duplicate_score(),
 * backlog.duplicate_links() and backlog.ticket_duplicates() (src/duplicate_fmgr.c):
 *
 *   - words: the language of a normalized text is guessed from its function words (English,
 *     German, French, Spanish, Japanese); its content words are stemmed with that language's
 *     Snowball stemmer, stop words dropped, and runs of scripts without spaces cut into
 *     character bigrams. The result is what a ticket stores beside its fingerprint.
 *   - the score of two tickets, each a BlDupDoc of stored data: rarity-weighted overlap of
 *     their words (subject words weigh double), shared error codes and names, the same
 *     requester, closeness in time; vetoes for different codes or names of one kind and for
 *     account-specific requests of different accounts. Every part is reported (the reasons).
 *   - candidates: the pairs among n documents worth scoring, found through their rarest words
 *     and their names and codes (an inverted index in memory, keys held by too many documents
 *     skipped), so that the work grows with the number of likely pairs, not with n squared.
 */
#ifndef BACKLOG_DUPLICATE_H
#define BACKLOG_DUPLICATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum BlLang
{
	BL_LANG_EN = 0,
	BL_LANG_DE,
	BL_LANG_FR,
	BL_LANG_ES,
	BL_LANG_JA,
	BL_LANG_COUNT
} BlLang;

/* "en", "de", "fr", "es", "ja". */
extern const char *bl_lang_code(BlLang lang);

/* The language of a two-letter code (case-sensitive, as bl_lang_code writes it), or -1. */
extern int	bl_lang_from_code(const char *s, size_t n);

/*
 * The language of normalized text (bl_normalize output): Japanese when kana, or Han without
 * Hangul, make up a fifth of its letters; otherwise the one of English, German, French and
 * Spanish whose function words it uses most; English when there is no sign at all.
 */
extern BlLang bl_guess_language(const char *norm, size_t len);

/* At most this many distinct words are kept of one text (the first ones met). */
#define BL_DUP_MAX_WORDS	1000
/* Words longer than this many bytes are not words (hashes, base64, run-together logs). */
#define BL_DUP_MAX_WORD		48

/*
 * The content words of normalized text: stop words (of every supported language) and tokens
 * such as <num> dropped, the rest stemmed with lang's stemmer (Japanese text: character bigrams
 * of runs without spaces, which every language gets), distinct, sorted bytewise, joined by
 * single spaces into *out (bl_alloc, NUL-terminated; "" when there is none).
 */
extern void bl_dup_words(const char *norm, size_t len, BlLang lang, char **out, size_t *outlen);

/* One stem of one language (what bl_dup_words does to a word), into buf[0..cap); its length. */
extern size_t bl_dup_stem(const char *word, size_t n, BlLang lang, char *buf, size_t cap);

/*
 * Does normalized text norm[0..len) contain the normalized phrase p[0..pn)? It must start where
 * a word starts and, unless prefix, end where one ends (or before a plural s that ends it:
 * "iphone" is in "iphones"); with prefix, a phrase in a script
 * without spaces (Japanese, Chinese...) may stand anywhere, as such runs are one token, and any
 * other phrase may end inside a word, unless it is BL_DUP_SHORT_PHRASE bytes or shorter (so
 * "car" and "tax" match the word, not "card" or "taxi").
 */
#define BL_DUP_SHORT_PHRASE	3
extern bool bl_dup_has_phrase(const char *norm, size_t len, const char *p, size_t pn, bool prefix);

/* ---- scoring -------------------------------------------------------------------------------- */

typedef struct BlDupWord
{
	const char *s;
	size_t		n;
	int64_t		df;				/* tickets that use the word (at least 1 is assumed) */
	bool		subject;		/* the word is in the ticket's subject */
	double		weight;			/* set by bl_dup_prepare: rarity, half for a bigram */
} BlDupWord;

typedef struct BlDupText
{
	const char *s;
	size_t		n;
} BlDupText;

typedef struct BlDupDoc
{
	int64_t		id;
	const BlDupWord *words;		/* sorted bytewise, distinct */
	size_t		nwords;
	const BlDupText *terms;		/* kind:name (code:<code> for error codes), sorted, distinct */
	size_t		nterms;
	bool		intent;			/* names an account-specific request */
	BlDupText	account;		/* n == 0: none */
	BlDupText	requester;		/* n == 0: none */
	double		created;		/* seconds since any fixed epoch */
	uint64_t	text_key;		/* hash of the normalized text: equal texts, equal keys */
	double		burst_span;		/* seconds the burst reaches (bl_dup_burst_span); 0: BL_DUP_BURST_SPAN */
	double		total;			/* set by bl_dup_prepare: the weights, subject words twice */
	struct BlDupKey *keys;		/* set by bl_dup_prepare (bl_alloc): the words by hash */
} BlDupDoc;

/* The weights the score is made of; every part is at most its weight, the score at most 1. */
#define BL_DUP_W_WORDS		0.70	/* weighted overlap of words, subject words counted twice */
#define BL_DUP_W_CODE		0.15	/* an error code in common */
#define BL_DUP_W_NAME		0.05	/* an integration, platform or product name in common */
#define BL_DUP_W_REQUESTER	0.05	/* the same requester within the repeat-contact window */
#define BL_DUP_W_TIME		0.05	/* created close together (falls to 0 at BL_DUP_TIME_SPAN) */
#define BL_DUP_TIME_SPAN	(3.0 * 86400.0)
/*
 * Reports of one incident arrive together: the word parts of two tickets created within
 * BL_DUP_BURST_SPAN count up to BL_DUP_W_BURST times more (falling linearly to nothing at the
 * span), as the part burst. It only raises what the words already say: no words, no burst.
 */
#define BL_DUP_W_BURST		1.0
#define BL_DUP_BURST_SPAN	(1.0 * 86400.0)
/*
 * In a busy helpdesk a day holds many tickets that are not one incident: the span is cut to
 * the time BL_DUP_BURST_TICKETS tickets take to arrive at the average rate of all tickets
 * (bl_dup_burst_span), so that the burst reaches about as many neighbours however busy.
 * 10, not the 50 of before 2026-12-04: at 20 tickets a day (the Shelfwise set) 50 tickets are
 * more than a day, and the burst doubled the words of every look-alike of one day; 10 raised F1
 * on its tune half (0.463 to 0.500) and on the demo (0.587 to 0.592 at the default, 0.662 to
 * 0.701 at 0.25) and changed nothing on the sparse Fleetlane set.
 */
#define BL_DUP_BURST_TICKETS 10.0
#define BL_DUP_REPEAT_WINDOW (7.0 * 86400.0)

/*
 * Terms of the kind mode say what a ticket is: mode:fault (something is broken) or mode:ask (a
 * question, a how-to, a feature request); a ticket may be both. Two tickets of which one is
 * only a fault and the other only asks are different issues (a veto), however alike their
 * words; a mode in common adds nothing, and modes are never keys for pairing.
 */
#define BL_DUP_MODE_KIND	"mode"

typedef enum BlDupVeto
{
	BL_DUP_VETO_NONE = 0,
	BL_DUP_VETO_CODE,			/* both name error codes, none in common */
	BL_DUP_VETO_NAME,			/* both name something of one kind, nothing of it in common */
	BL_DUP_VETO_INTENT,			/* an account-specific request, other accounts, no code in common */
	BL_DUP_VETO_MODE			/* one only reports a fault, the other only asks or requests */
} BlDupVeto;

typedef struct BlDupScore
{
	double		score;			/* the sum of the parts below, 0 under a veto */
	double		words;			/* the words' share of the overlap, body weight */
	double		subject;		/* the extra weight of shared subject words */
	double		code;
	double		name;
	double		requester;
	double		time;
	double		burst;			/* words and subject again, for tickets created together */
	BlDupVeto	veto;
	BlDupText	veto_kind;		/* the kind of name that differs (BL_DUP_VETO_NAME) */
	size_t		shared_words;
	bool		repeat_contact; /* same requester, created within BL_DUP_REPEAT_WINDOW */
	bool		same_account;	/* same account (or, without accounts, the same requester) */
} BlDupScore;

/*
 * The span of the burst part, in seconds, for ntickets tickets created from first to last
 * (seconds): BL_DUP_BURST_SPAN, or less when BL_DUP_BURST_TICKETS tickets arrive in less time
 * at that average rate. BL_DUP_BURST_SPAN when it cannot tell (fewer than 2 tickets, no span).
 */
extern double bl_dup_burst_span(int64_t ntickets, double first, double last);

/* Rarity weight of a word used by df of n tickets: ln(1 + n / df), df and n at least 1. */
extern double bl_dup_idf(int64_t df, int64_t n);

/*
 * Set the weights of doc's words (bl_dup_idf of df and n, the number of tickets the document
 * frequencies count; half for a bigram of Japanese or Chinese) and its total: once per document,
 * before scoring it against any number of others. Words of the ticket's own identity weigh 0:
 * those that name its account or its requester's mail domain, or its requester when the
 * address's local part is a name of two or more parts (gary.holt@...), as signatures repeat
 * them in every ticket of one sender (bl_dup_is_identity); so do company-form words (ltd,
 * gmbh, inc...).
 */
extern void bl_dup_prepare(BlDupDoc *doc, int64_t n);

/*
 * Is the stemmed word w[0..n) part of this account's or requester's identity (see
 * bl_dup_prepare)? A token of the identity (a run of letters and digits, 3 or more) matches a
 * word equal to it, a word of 4 or more letters that starts it or that it starts, or one that
 * differs from it in the last letter only (a stem: "gari" for "gary").
 */
extern bool bl_dup_is_identity(const char *w, size_t n, BlDupText account, BlDupText requester);

/* Free what bl_dup_prepare allocated (in the server, the memory context does it anyway). */
extern void bl_dup_release(BlDupDoc *doc);

/* A word as the scorer compares it: a 64-bit hash, its weight, whether in the subject. */
typedef struct BlDupKey
{
	uint64_t	hash;
	double		weight;
	bool		subject;
} BlDupKey;

/* Score of a and b, both prepared with the same n. */
extern void bl_dup_score(const BlDupDoc *a, const BlDupDoc *b, BlDupScore *out);

/*
 * An upper bound of bl_dup_score(a, b)'s score that needs only a's weights: a prepared, b's
 * keys made by bl_dup_prepare with any document frequencies (b's weights are not read). The
 * parts other than words are exact (vetoes give 0); the word part assumes every shared word is
 * in b's subject and b has no other word. Lets a caller look up the rarity of a candidate's
 * words only when the candidate can reach the threshold.
 */
extern double bl_dup_bound(const BlDupDoc *a, const BlDupDoc *b);

/*
 * The reasons of a score as a JSON object of numbers that add up to the score: words,
 * subject, code, name, requester, time, burst (those that are not 0), and under a veto
 * veto_code, veto_name or veto_intent, the negative sum of the others. *out from bl_alloc.
 */
extern void bl_dup_reasons_json(const BlDupScore *s, char **out, size_t *outlen);

/* ---- candidates ----------------------------------------------------------------------------- */

/*
 * Candidate pairs among docs[0..n): pairs (i, j), i < j, that share two keys, or one key held
 * by at most BL_DUP_SHORT_KEY documents; a document's keys are its k rarest words used by at
 * least two tickets and its names and codes, and keys held by more than cap documents are
 * skipped (so random pairs that share one common word are never scored). *pairs (bl_alloc) receives them as (i << 32) | j, sorted and distinct; returns
 * their number. n must be below 2^31.
 */
#define BL_DUP_SHORT_KEY	16

extern size_t bl_dup_candidates(const BlDupDoc *docs, size_t n, int64_t ntickets, size_t k,
								size_t cap, uint64_t **pairs);

#endif

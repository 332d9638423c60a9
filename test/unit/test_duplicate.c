/*
 * test_duplicate.c: unit tests of the duplicate scorer core (src/duplicate.c): language guess,
 * Snowball stems per language, words of a text, phrase matching, the score's parts and vetoes,
 * the reasons JSON, and candidate pairs.
 */
#include <stdint.h>
#include <stdlib.h>

#include "bl_alloc.h"
#include "duplicate.h"
#include "normalize.h"
#include "unit.h"

static BlLang
lang_of(const char *text)
{
	char	   *norm;
	size_t		n;
	BlLang		l;

	if (bl_normalize(text, strlen(text), &norm, &n) != BL_NORM_OK)
		return BL_LANG_COUNT;
	l = bl_guess_language(norm, n);
	bl_free(norm);
	return l;
}

static void
words_of(const char *text, BlLang lang, const char *expect)
{
	char	   *norm;
	size_t		n;
	char	   *w;
	size_t		wn;

	if (bl_normalize(text, strlen(text), &norm, &n) != BL_NORM_OK)
	{
		CHECK(0);
		return;
	}
	bl_dup_words(norm, n, lang, &w, &wn);
	CHECK_STREQ(w, expect);
	bl_free(w);
	bl_free(norm);
}

static void
test_language(void)
{
	CHECK_EQ_LL(lang_of("The export of the invoices is not working since Monday"), BL_LANG_EN);
	CHECK_EQ_LL(lang_of("Der Export der Rechnungen funktioniert nicht mehr"), BL_LANG_DE);
	CHECK_EQ_LL(lang_of("Les factures ne se telechargent plus depuis hier"), BL_LANG_FR);
	CHECK_EQ_LL(lang_of("La exportación de las facturas no funciona desde ayer"), BL_LANG_ES);
	CHECK_EQ_LL(lang_of("請求書のエクスポートができません"), BL_LANG_JA);
	CHECK_EQ_LL(lang_of(""), BL_LANG_EN);
	CHECK_EQ_LL(bl_lang_from_code("de", 2), BL_LANG_DE);
	CHECK_EQ_LL(bl_lang_from_code("xx", 2), -1);
}

static void
test_stems(void)
{
	/* Snowball: the forms of one word meet, per language */
	words_of("exports exported exporting", BL_LANG_EN, "export");
	words_of("Rechnungen Rechnung", BL_LANG_DE, "rechnung");
	words_of("factures facture", BL_LANG_FR, "factur");
	words_of("facturas factura", BL_LANG_ES, "factur");
	/* stop words of every language go, numbers and tokens too; sorted, distinct */
	words_of("The sync and der Export: 12 errors at https://x.example", BL_LANG_EN, "error export sync");
	/* Japanese: character bigrams */
	words_of("同期エラー", BL_LANG_JA, "エラ ラー 同期 期エ");
}

static void
test_phrases(void)
{
	const char *t = "the export stops halfway エクスポートできない";

	CHECK(bl_dup_has_phrase(t, strlen(t), "export", 6, false));
	CHECK(bl_dup_has_phrase(t, strlen(t), "stop", 4, true));
	CHECK(!bl_dup_has_phrase(t, strlen(t), "half", 4, false));
	CHECK(bl_dup_has_phrase(t, strlen(t), "stop", 4, false));	/* "stops": a plural s */
	CHECK(!bl_dup_has_phrase(t, strlen(t), "port", 4, true));
	CHECK(bl_dup_has_phrase(t, strlen(t), "エクスポート", strlen("エクスポート"), true));
	CHECK(!bl_dup_has_phrase(t, strlen(t), "", 0, true));
	/* three bytes or fewer: a whole word even with prefix */
	t = "the car card and taxi tax";
	CHECK(bl_dup_has_phrase(t, strlen(t), "car", 3, true));
	CHECK(bl_dup_has_phrase(t, strlen(t), "tax", 3, true));
	CHECK(!bl_dup_has_phrase("a card", 6, "car", 3, true));
	CHECK(!bl_dup_has_phrase("my taxi", 7, "tax", 3, true));
	CHECK(bl_dup_has_phrase("my taxis", 8, "taxi", 4, true));
	/* a whole word with a plural s, not with other letters */
	CHECK(bl_dup_has_phrase("two iphones here", 16, "iphone", 6, false));
	CHECK(bl_dup_has_phrase("iphones", 7, "iphone", 6, false));
	CHECK(!bl_dup_has_phrase("iphonesx", 8, "iphone", 6, false));
	CHECK(!bl_dup_has_phrase("iphoner", 7, "iphone", 6, false));
}

static BlDupWord
word(const char *s, int64_t df, bool subject)
{
	BlDupWord	w = {s, strlen(s), df, subject, 0};

	return w;
}

static BlDupText
txt(const char *s)
{
	BlDupText	t = {s, strlen(s)};

	return t;
}

static void
score_of(BlDupDoc *a, BlDupDoc *b, BlDupScore *s)
{
	bl_dup_prepare(a, 1000);
	bl_dup_prepare(b, 1000);
	bl_dup_score(a, b, s);
	bl_dup_release(a);
	bl_dup_release(b);
}

static void
test_score(void)
{
	BlDupWord	wa[] = {word("csv", 10, true), word("export", 50, true), word("halfway", 2, false)};
	BlDupWord	wb[] = {word("csv", 10, false), word("export", 50, true), word("slow", 30, false)};
	BlDupText	ta[] = {txt("code:e-1043")};
	BlDupText	tb[] = {txt("code:e-1043")};
	BlDupText	tc[] = {txt("code:e-2000")};
	BlDupText	tx[] = {txt("integration:Xero")};
	BlDupText	ts[] = {txt("integration:Slack")};
	BlDupDoc	a = {0};
	BlDupDoc	b = {0};
	BlDupScore	s;
	char	   *json;
	size_t		jl;
	double		ia;
	double		den;

	a.id = 1;
	a.words = wa;
	a.nwords = 3;
	a.terms = ta;
	a.nterms = 1;
	a.account = txt("Alpha");
	a.requester = txt("ann@alpha");
	a.created = 0;
	b = a;
	b.id = 2;
	b.words = wb;
	b.terms = tb;
	b.account = txt("Beta");
	b.requester = txt("bob@beta");
	b.created = 36 * 3600.0;

	score_of(&a, &b, &s);
	/* weighted Dice by hand: idf(d) = ln(1 + 1000 / d), subject words twice */
	den = 2 * bl_dup_idf(10, 1000) + 2 * bl_dup_idf(50, 1000) + bl_dup_idf(2, 1000)
		+ bl_dup_idf(10, 1000) + 2 * bl_dup_idf(50, 1000) + bl_dup_idf(30, 1000);
	ia = 2 * bl_dup_idf(10, 1000) + 2 * bl_dup_idf(50, 1000);
	CHECK_NEAR(s.words, 0.7 * ia / den, 1e-9);
	CHECK_NEAR(s.subject, 0.7 * (bl_dup_idf(10, 1000) + 2 * bl_dup_idf(50, 1000)) / den, 1e-9);
	CHECK_NEAR(s.code, 0.15, 1e-12);
	CHECK_NEAR(s.time, 0.05 * 0.5, 1e-12);	/* 36 h of 72 */
	CHECK_NEAR(s.requester, 0, 0);
	CHECK_EQ_LL(s.shared_words, 2);
	CHECK_NEAR(s.score, s.words + s.subject + s.code + s.time, 1e-12);
	CHECK(s.veto == BL_DUP_VETO_NONE);

	/* the same requester within a week: a repeat contact */
	b.requester = a.requester;
	b.account = a.account;
	score_of(&a, &b, &s);
	CHECK(s.repeat_contact);
	CHECK_NEAR(s.requester, 0.05, 1e-12);

	/* different codes: vetoed, and the reasons still add up to the score (0) */
	b.terms = tc;
	score_of(&a, &b, &s);
	CHECK(s.veto == BL_DUP_VETO_CODE);
	CHECK_NEAR(s.score, 0, 0);
	bl_dup_reasons_json(&s, &json, &jl);
	CHECK(strstr(json, "\"veto_code\": -") != NULL);
	bl_free(json);

	/* different names of one kind: vetoed, with the kind */
	a.terms = tx;
	b.terms = ts;
	score_of(&a, &b, &s);
	CHECK(s.veto == BL_DUP_VETO_NAME);
	CHECK_EQ_LL(s.veto_kind.n, strlen("integration"));

	/* an account-specific request of two accounts: vetoed, unless a code is shared */
	a.terms = ta;
	b.terms = tb;
	a.intent = true;
	b.account = txt("Beta");
	b.requester = txt("bob@beta");
	score_of(&a, &b, &s);
	CHECK(s.veto == BL_DUP_VETO_NONE);
	b.terms = NULL;
	b.nterms = 0;
	score_of(&a, &b, &s);
	CHECK(s.veto == BL_DUP_VETO_INTENT);

	/*
	 * modes (BL_DUP_MODE_KIND): a fault against a question is vetoed; a mode in common adds
	 * nothing (the score is that of the same pair without modes); a ticket of both modes, or
	 * one without any, is never kept apart by them
	 */
	{
		BlDupText	tf[] = {txt("code:e-1043"), txt("mode:fault")};
		BlDupText	tq[] = {txt("mode:ask")};
		BlDupText	tfq[] = {txt("mode:ask"), txt("mode:fault")};
		BlDupText	tfx[] = {txt("integration:Xero"), txt("mode:fault")};
		BlDupText	tfs[] = {txt("integration:Slack"), txt("mode:fault")};
		double		plain;

		a.intent = false;
		a.terms = ta;
		a.nterms = 1;
		b.terms = tb;
		b.nterms = 1;
		score_of(&a, &b, &s);
		plain = s.score;
		CHECK(plain > 0.15);
		a.terms = tf;
		a.nterms = 2;
		b.terms = tf;
		b.nterms = 2;
		score_of(&a, &b, &s);
		CHECK(s.veto == BL_DUP_VETO_NONE);
		CHECK_NEAR(s.name, 0, 0);
		CHECK_NEAR(s.score, plain, 1e-12);
		b.terms = tq;
		b.nterms = 1;
		score_of(&a, &b, &s);
		CHECK(s.veto == BL_DUP_VETO_MODE);
		CHECK_NEAR(s.score, 0, 0);
		bl_dup_reasons_json(&s, &json, &jl);
		CHECK(strstr(json, "\"veto_mode\": -") != NULL);
		bl_free(json);
		bl_dup_prepare(&a, 1000);
		bl_dup_prepare(&b, 1000);
		CHECK_NEAR(bl_dup_bound(&a, &b), 0, 0);
		bl_dup_release(&a);
		bl_dup_release(&b);
		b.terms = tfq;
		b.nterms = 2;
		score_of(&a, &b, &s);
		CHECK(s.veto == BL_DUP_VETO_NONE);
		b.terms = NULL;
		b.nterms = 0;
		score_of(&a, &b, &s);
		CHECK(s.veto == BL_DUP_VETO_NONE);
		/* names still veto beside a mode in common, and still count when shared */
		a.terms = tfx;
		b.terms = tfs;
		a.nterms = b.nterms = 2;
		score_of(&a, &b, &s);
		CHECK(s.veto == BL_DUP_VETO_NAME);
		CHECK_EQ_LL(s.veto_kind.n, strlen("integration"));
		b.terms = tfx;
		score_of(&a, &b, &s);
		CHECK_NEAR(s.name, 0.05, 1e-12);
		a.terms = ta;
		a.nterms = 1;
		b.terms = tb;
		b.nterms = 1;
	}

	/* JSON of a plain score */
	memset(&s, 0, sizeof(s));
	s.words = 0.25;
	s.time = 0.0125;
	s.score = 0.2625;
	bl_dup_reasons_json(&s, &json, &jl);
	CHECK_STREQ(json, "{\"words\": 0.2500, \"time\": 0.0125}");
	bl_free(json);
}

static void
test_candidates(void)
{
	BlDupWord	w0[] = {word("alpha", 2, false), word("common", 900, false)};
	BlDupWord	w1[] = {word("alpha", 2, false), word("common", 900, false)};
	BlDupWord	w2[] = {word("common", 900, false), word("unique", 1, false)};
	BlDupDoc	d[3] = {{0}};
	uint64_t   *pairs;
	size_t		n;

	d[0].words = w0;
	d[0].nwords = 2;
	d[1].words = w1;
	d[1].nwords = 2;
	d[2].words = w2;
	d[2].nwords = 2;
	/* k = 1: each document's rarest shared word is its key; 0-1 share "alpha" */
	n = bl_dup_candidates(d, 3, 1000, 1, 200, &pairs);
	CHECK_EQ_LL(n, 1);
	CHECK(n == 1 && pairs[0] == ((uint64_t) 0 << 32 | 1));
	bl_free(pairs);
	/* k = 2: "common" is a key of all three; with cap 2 it is skipped */
	n = bl_dup_candidates(d, 3, 1000, 2, 2, &pairs);
	CHECK_EQ_LL(n, 1);
	bl_free(pairs);
	n = bl_dup_candidates(d, 3, 1000, 2, 200, &pairs);
	CHECK_EQ_LL(n, 3);
	bl_free(pairs);
	/* a mode is never a key: 0 and 2 share only mode:fault and stay apart */
	{
		BlDupText	m[] = {txt("mode:fault")};

		d[0].terms = m;
		d[0].nterms = 1;
		d[2].terms = m;
		d[2].nterms = 1;
		n = bl_dup_candidates(d, 3, 1000, 1, 200, &pairs);
		CHECK_EQ_LL(n, 1);
		CHECK(n == 1 && pairs[0] == ((uint64_t) 0 << 32 | 1));
		bl_free(pairs);
	}
}

/* bl_dup_bound is never below the score, over many random pairs of documents */
static void
test_bound(void)
{
	static const char *vocab[] = {"alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta",
	"iota", "kappa", "~export", "~login"};
	static const int64_t dfs[] = {1, 2, 3, 5, 8, 40, 200, 900, 1, 4, 60, 7};
	BlDupText	codes[] = {txt("code:500"), txt("code:502"), txt("platform:iOS")};
	uint64_t	x = 88172645463325252ULL;
	int			trial;
	int			below = 0;

	for (trial = 0; trial < 2000; trial++)
	{
		BlDupWord	wa[12];
		BlDupWord	wb[12];
		BlDupText	ta[1];
		BlDupText	tb[1];
		BlDupDoc	a = {0};
		BlDupDoc	b = {0};
		BlDupDoc	bx;
		BlDupScore	s;
		double		bound;
		int			k;

		for (k = 0; k < 12; k++)
		{
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			if (x & 1)
				wa[a.nwords++] = word(vocab[k], dfs[k], (x >> 1) & 1);
			if (x & 4)
				wb[b.nwords++] = word(vocab[k], dfs[k], (x >> 3) & 1);
		}
		a.words = wa;
		b.words = wb;
		ta[0] = codes[x % 3];
		tb[0] = codes[(x >> 8) % 3];
		a.terms = ta;
		a.nterms = (x >> 16) & 1;
		b.terms = tb;
		b.nterms = (x >> 17) & 1;
		a.requester = txt((x >> 18) & 1 ? "ann" : "bob");
		b.requester = txt("ann");
		a.created = (double) ((x >> 20) % 400000);
		b.created = 0;
		bl_dup_prepare(&a, 1000);
		bl_dup_prepare(&b, 1000);
		bl_dup_score(&a, &b, &s);
		/* b's words as a caller has them before their rarity is known: every df 1 */
		bx = b;
		{
			BlDupWord	w1[12];

			for (k = 0; k < (int) b.nwords; k++)
			{
				w1[k] = wb[k];
				w1[k].df = 1;
			}
			bx.words = w1;
			bl_dup_prepare(&bx, 1000);
			bound = bl_dup_bound(&a, &bx);
			bl_dup_release(&bx);
		}
		CHECK(bound >= s.score - 1e-12);
		CHECK(bound <= 1.0 + 1e-12);
		if (bound < 0.3)
			below++;
		bl_dup_release(&a);
		bl_dup_release(&b);
	}
	/* and it is a useful bound: it rules some pairs out */
	CHECK(below > 0);
}

/* identity words: the account, the mail domain, a two-part requester name, company forms */
static void
test_identity(void)
{
	BlDupText	acc = txt("northwind-logistics");
	BlDupText	req = txt("gary.holt@northwind-logistics.co.uk");
	BlDupText	role = txt("dispatch@cityvans.nl");
	BlDupText	none = {NULL, 0};

	CHECK(bl_dup_is_identity("northwind", 9, acc, none));
	CHECK(bl_dup_is_identity("logist", 6, acc, none));		/* a stem starts the token */
	CHECK(bl_dup_is_identity("gari", 4, none, req));		/* "gary" stemmed */
	CHECK(bl_dup_is_identity("holt", 4, none, req));
	CHECK(bl_dup_is_identity("logist", 6, none, req));		/* the domain */
	CHECK(bl_dup_is_identity("ltd", 3, none, none));
	CHECK(bl_dup_is_identity("gmbh", 4, none, none));
	/* a one-part local part is a role, not a name: "dispatch" stays a word */
	CHECK(!bl_dup_is_identity("dispatch", 8, none, role));
	CHECK(bl_dup_is_identity("cityvan", 7, none, role));
	/* short words and other words are not identity; nor a prefix of three letters */
	CHECK(!bl_dup_is_identity("log", 3, acc, req));
	CHECK(!bl_dup_is_identity("map", 3, acc, req));
	CHECK(!bl_dup_is_identity("export", 6, acc, req));
	CHECK(!bl_dup_is_identity("", 0, acc, req));
	/* a requester given as a name: two parts or more */
	CHECK(bl_dup_is_identity("ann", 3, none, txt("Ann Lee")));
	CHECK(!bl_dup_is_identity("support", 7, none, txt("support")));
}

/* the burst part: the word parts again for tickets created together, the score at most 1 */
static void
test_burst(void)
{
	BlDupWord	wa[] = {word("csv", 10, true), word("halfway", 20, false), word("slow", 300, false)};
	BlDupWord	wb[] = {word("csv", 10, true), word("halfway", 20, false), word("export", 50, false)};
	BlDupDoc	a = {0};
	BlDupDoc	b = {0};
	BlDupScore	s;
	double		w;
	char	   *json;
	size_t		jl;

	a.id = 1;
	a.words = wa;
	a.nwords = 3;
	b.id = 2;
	b.words = wb;
	b.nwords = 3;
	a.created = 0;
	b.created = 6 * 3600.0;		/* six hours: a quarter of the day gone */
	score_of(&a, &b, &s);
	w = s.words + s.subject;
	CHECK(w > 0);
	/* 0.75 of the word parts, unless that takes the score over 1 */
	CHECK_NEAR(s.burst, 0.75 * w < 1 - w - s.time ? 0.75 * w : 1 - w - s.time, 1e-12);
	CHECK(s.burst > 0);
	CHECK_NEAR(s.score, w + s.time + s.burst, 1e-12);
	bl_dup_reasons_json(&s, &json, &jl);
	CHECK(strstr(json, "\"burst\": ") != NULL);
	bl_free(json);
	/* fewer words in common: not cut, exactly 0.75 of the word parts */
	{
		BlDupWord	ya[] = {word("alpha", 5, false), word("beta", 5, false), word("csv", 10, false),
		word("gamma", 5, false)};
		BlDupWord	yb[] = {word("csv", 10, false), word("delta", 5, false), word("eps", 5, false),
		word("zeta", 5, false)};
		BlDupDoc	c = a;
		BlDupDoc	d = b;

		c.words = ya;
		c.nwords = 4;
		d.words = yb;
		d.nwords = 4;
		score_of(&c, &d, &s);
		CHECK(s.words > 0 && s.words < 0.3);
		CHECK_NEAR(s.burst, 0.75 * (s.words + s.subject), 1e-12);
	}
	/* the span: a day, or the time 10 tickets take at the average rate, if shorter */
	CHECK_NEAR(bl_dup_burst_span(101, 0, 100 * 86400.0), 86400.0, 0);		/* one a day: 10 days */
	CHECK_NEAR(bl_dup_burst_span(10001, 0, 86400.0), 10 * 86400.0 / 10000, 1e-9);	/* 10,000 a day */
	CHECK_NEAR(bl_dup_burst_span(201, 0, 10 * 86400.0), 0.5 * 86400.0, 1e-9);	/* 20 a day: half a day */
	CHECK_NEAR(bl_dup_burst_span(1, 0, 86400.0), 86400.0, 0);
	CHECK_NEAR(bl_dup_burst_span(500, 5.0, 5.0), 86400.0, 0);
	/* a doc's span, when set, is the one used: 6 hours apart is past a 4-hour span */
	{
		BlDupDoc	c = a;
		BlDupDoc	d = b;

		c.burst_span = 4 * 3600.0;
		d.burst_span = 4 * 3600.0;
		score_of(&c, &d, &s);
		CHECK_NEAR(s.burst, 0, 0);
		c.burst_span = d.burst_span = 12 * 3600.0;
		score_of(&c, &d, &s);
		CHECK(s.burst > 0);
	}
	/* a day apart or more: none */
	b.created = 86400.0;
	score_of(&a, &b, &s);
	CHECK_NEAR(s.burst, 0, 0);
	/* no word in common: no burst, however close */
	b.words = wb + 2;
	b.nwords = 1;
	b.created = 0;
	score_of(&a, &b, &s);
	CHECK_NEAR(s.burst, 0, 0);
	/* the same words at once: the score is cut at 1 and still adds up */
	b.words = wa;
	b.nwords = 3;
	score_of(&a, &b, &s);
	CHECK_NEAR(s.score, 1.0, 1e-12);
	CHECK_NEAR(s.words + s.subject + s.time + s.burst, 1.0, 1e-12);
	/* identity words weigh 0: a signature's name shared by two tickets of one sender */
	{
		BlDupWord	xa[] = {word("gari", 2, false), word("holt", 2, false)};
		BlDupWord	xb[] = {word("gari", 2, false), word("holt", 2, false)};

		a.words = xa;
		a.nwords = 2;
		b.words = xb;
		b.nwords = 2;
		a.requester = b.requester = txt("gary.holt@northwind.example");
		b.created = 30 * 86400.0;
		score_of(&a, &b, &s);
		CHECK_NEAR(s.words + s.subject, 0, 0);
	}
}

int
main(void)
{
	test_language();
	test_stems();
	test_phrases();
	test_score();
	test_identity();
	test_burst();
	test_bound();
	test_candidates();
	UNIT_DONE();
}

/*
 * test_normalize.c: unit tests of the normalizer core (src/normalize.c).
 *
 * Expected strings are written by hand from the rules in normalize.c; the comment above each
 * group says which rule it exercises. Also: UTF-8 decoding edge cases, the size limit, the
 * output bound, and inputs built to make a careless implementation quadratic.
 */
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include "bl_alloc.h"
#include "normalize.h"
#include "unit.h"

/*
 * The result of f (bl_normalize or bl_normalize_codes) for s, or NULL when it fails or its
 * length is wrong. Valid until the next call.
 */
static char *
run(BlNormStatus (*f) (const char *, size_t, char **, size_t *), const char *s)
{
	static char *last = NULL;
	size_t		outlen;

	bl_free(last);
	last = NULL;
	if (f(s, strlen(s), &last, &outlen) != BL_NORM_OK)
		return NULL;
	if (strlen(last) != outlen)
		return NULL;
	return last;
}

static char *
norm(const char *s)
{
	return run(bl_normalize, s);
}

static char *
codes(const char *s)
{
	return run(bl_normalize_codes, s);
}

static void
test_tokens(void)
{
	CHECK_STREQ(norm("Error 500 at https://x.io/a?b=1 (see www.x.io)"), "error <num> at <url> see <url>");
	CHECK_STREQ(norm("mail Ann.Lee+x@Mail.Example.COM now"), "mail <email> now");
	/* not addresses: no dot in the domain, nothing before the @ */
	CHECK_STREQ(norm("user@localhost @home"), "user localhost home");
	/* ids: letters and digits with two digits or a connector; numbers: digits and connectors */
	/* (a comma is not a connector: "1,000.50" is two numbers) */
	CHECK_STREQ(norm("INV-20391 ab12 a1 2fa x64 v2.3 10:32 1,000.50 #77"),
				"<id> <id> a1 2fa x64 <id> <num> <num> <num> <num>");
	/* connectors split words */
	CHECK_STREQ(norm("e-mail log-in snake_case a/b"), "e mail log in snake case a b");
	CHECK_STREQ(norm("don't l'export"), "don t l export");
}

/* bl_normalize_codes: what counts as a code, and where codes are not looked for */
static void
test_codes(void)
{
	/* numbers of 3-6 digits after an error word, "code" continuing one, or before one */
	CHECK_STREQ(codes("Error 500 at login, then HTTP 502 Bad Gateway."), "500 502");
	CHECK_STREQ(codes("the sync log says error code 4012; status code 404"), "4012 404");
	CHECK_STREQ(codes("we get a 404 error and 503 errors"), "404 503");
	/* an HTTP status line: a 4xx or 5xx number and its reason */
	CHECK_STREQ(codes("the page says 404 Not Found, then 400 bad request, 403 Forbidden"), "404 400 403");
	CHECK_STREQ(codes("502 Bad Gateway; 503 Service Unavailable; 429 too many requests"), "502 503 429");
	/* not codes: other numbers before those words, a reason cut by punctuation or another word */
	CHECK_STREQ(codes("we have 300 not found and 500 bad drivers, 404. Not found, 404 not yet found"), "");
	CHECK_STREQ(codes("Fehlercode 4012, code d'erreur 4013, codigo de error 4014, erro 4015"),
				"4012 4013 4014 4015");
	/* not codes: too short or long, a plain "code", a number far from the error word */
	CHECK_STREQ(codes("error 12, error 1234567, code 4012, verification code 482913"), "");
	CHECK_STREQ(codes("code 482913, error: 500; 404. Error"), "500");
	CHECK_STREQ(codes("error since 2024, HTTP/2, order 5501 and invoice INV-2024-0012"), "");
	/* identifiers: underscores, a short prefix with a hyphen, 0x numbers, exception names */
	CHECK_STREQ(codes("ERR_SYNC_409 and \"invalid_grant\" and E-1043, ORA-00942"),
				"err_sync_409 invalid_grant e-1043 ora-00942");
	CHECK_STREQ(codes("0x80070005 TypeError: x; java.lang.NullPointerException"),
				"0x80070005 typeerror nullpointerexception");
	/* not codes: versions, references, words, mixed ids without a hyphen prefix */
	CHECK_STREQ(codes("v5.12.1 ref: 7f3a9c terror error exceptional ab-12-cd abcdef-12 0x12"), "");
	/* the scan restarts on every line; tokens in between clear it */
	CHECK_STREQ(codes("error\n500"), "");
	CHECK_STREQ(codes("error https://x.io 500 and error a@b.io 501 and error \xe6\x97\xa5 502"), "");
	/* scripts without spaces: a number after エラー or 错误 */
	CHECK_STREQ(codes("\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc" "4012 \xe9\x94\x99\xe8\xaf\xaf" "502"),
				"4012 502");
	/* repeats are kept; codes in quoted replies and signatures are not looked at */
	CHECK_STREQ(codes("E-1043 again E-1043\n\nOn Mon, Jan 6, 2025 at 9:00 AM Ann <a@b.io> wrote:\n> error 500"),
				"e-1043 e-1043");
	CHECK_STREQ(codes(""), "");
	{
		size_t		big = BL_NORMALIZE_MAX_INPUT + 1;
		char	   *s = calloc(big, 1);
		char	   *out = NULL;
		size_t		outlen;

		CHECK(s != NULL && bl_normalize_codes(s, big, &out, &outlen) == BL_NORM_TOO_LONG);
		free(s);
	}
}

static void
test_folding(void)
{
	CHECK_STREQ(norm("ÀÉÎÕÜ àéîõü Ññ Çç"), "aeiou aeiou nn cc");
	CHECK_STREQ(norm("Straße ẞ Æsir Œuvre Øre Łódź Þór"), "strasse ss aesir oeuvre ore lodz thor");
	CHECK_STREQ(norm("ΆΈΉ ΣΟΦΙΑ σοφός"), "αεη σοφια σοφοσ");
	CHECK_STREQ(norm("ВХОД Ёж ЙОД"), "вход еж йод");
	CHECK_STREQ(norm("ＡＢＣ ｘ１２３ ﬁ"), "abc <id> fi");
	/* combining marks (decomposed accents) and zero-width characters vanish */
	CHECK_STREQ(norm("cafe\xcc\x81 zero\xe2\x80\x8bwidth soft\xc2\xadhyphen"), "cafe zerowidth softhyphen");
	/* curly quotes, dashes, non-breaking spaces are punctuation and space */
	CHECK_STREQ(norm("\xe2\x80\x9cquoted\xe2\x80\x9d \xe2\x80\x94 a\xc2\xa0" "b"), "quoted a b");
}

static void
test_scripts(void)
{
	/* no-space runs stay whole and are split from Latin letters */
	CHECK_STREQ(norm("iPhoneで写真"), "iphone で写真");
	CHECK_STREQ(norm("ログインできません。エラー"), "ログインできません エラー");
	CHECK_STREQ(norm("ไม่สามารถเข้าสู่ระบบ"), "ไม่สามารถเข้าสู่ระบบ");
	CHECK_STREQ(norm("로그인 할 수 없습니다"), "로그인 할 수 없습니다");
	CHECK(bl_is_nospace_cp(0x4E00));
	CHECK(bl_is_nospace_cp(0x3042));
	CHECK(!bl_is_nospace_cp('a'));
	CHECK(!bl_is_nospace_cp(0xAC00));	/* Hangul is written with spaces */
}

static void
test_mail(void)
{
	/* reply headers in several languages cut what follows */
	CHECK_STREQ(norm("fix\n\nOn Tue, 6 Jan 2026, Bo <b@x.io> wrote:\n> old"), "fix");
	CHECK_STREQ(norm("fix\nAm 06.01.2026 um 10:00 schrieb Bo <b@x.de>:\n> alt"), "fix");
	CHECK_STREQ(norm("fix\nLe 6 janv. 2026, Bo <b@x.fr> a écrit :\nvieux"), "fix");
	CHECK_STREQ(norm("fix\nEl 6/1/2026, Bo <b@x.es> escribió:\nviejo"), "fix");
	CHECK_STREQ(norm("fix\nEm 6/1/2026, Bo <b@x.br> escreveu:\nvelho"), "fix");
	CHECK_STREQ(norm("fix\n在 2026年1月6日，Bo <b@x.cn> 写道：\n旧"), "fix");
	CHECK_STREQ(norm("fix\n2026/01/06 10:00 Bo <b@x.jp>:\n旧"), "fix");
	/* a wrapped header: its first line is taken back */
	CHECK_STREQ(norm("fix\nOn Tue, 6 Jan 2026 at 10:00, Bo <\nb@x.io> wrote:\nold"), "fix");
	/* "wrote:" without a date or address is ordinary text */
	CHECK_STREQ(norm("my colleague wrote:\nexport fails"), "my colleague wrote export fails");
	/* quote lines go, wherever they are */
	CHECK_STREQ(norm("> old\nnew\n>> older"), "new");
	/* Outlook blocks, with and without the Original Message line */
	CHECK_STREQ(norm("fix\n-----Original Message-----\nFrom: a\nSent: b\nold"), "fix");
	CHECK_STREQ(norm("fix\n*From:* a\n*Sent:* b\n*To:* c\nold"), "fix");
	CHECK_STREQ(norm("fix\nVon: a\nGesendet: b\nAn: c\nBetreff: d\nalt"), "fix");
	/* a From: line without a date line is a form field, not a header block */
	CHECK_STREQ(norm("From: Ann\nexport fails"), "export fails");
	/* forwarded messages keep their text */
	CHECK_STREQ(norm("see below\n-------- Weitergeleitete Nachricht --------\nVon: a\nDatum: b\nBetreff: c\n\nHallo,\nExport geht nicht."),
				"see below export geht nicht");
	CHECK_STREQ(norm("fyi\nBegin forwarded message:\n\nFrom: a\nDate: b\nSubject: c\n\nexport fails"),
				"fyi export fails");
}

static void
test_signatures(void)
{
	CHECK_STREQ(norm("export fails\n--\nAnn\nCEO"), "export fails");
	CHECK_STREQ(norm("export fails\nThanks, Ann"), "export fails");
	CHECK_STREQ(norm("export fails\nBest regards\nAnn Lee\nAcme"), "export fails");
	CHECK_STREQ(norm("export fails\nMit freundlichen Grüßen\nJörg"), "export fails");
	CHECK_STREQ(norm("export fails\nよろしくお願いします。"), "export fails");
	/* a sign-off word opening a sentence is text */
	CHECK_STREQ(norm("Thanks for the quick fix, but export fails again"),
				"thanks for the quick fix but export fails again");
	CHECK_STREQ(norm("export fails\nSent from my iPhone"), "export fails");
	CHECK_STREQ(norm("export fails\nThis email and any attachments are confidential."), "export fails");
	CHECK_STREQ(norm("export fails\n\nSubmitted via the Help Center widget"), "export fails");
	/* after a signature, a forwarded message still counts */
	CHECK_STREQ(norm("see below\nThanks,\nBo\n---------- Forwarded message ---------\nFrom: c\nDate: d\n\nexport fails"),
				"see below export fails");
}

static void
test_greetings_and_chat(void)
{
	CHECK_STREQ(norm("Hi team,\nexport fails"), "export fails");
	CHECK_STREQ(norm("Hello Kestrel support team, export fails"), "export fails");
	CHECK_STREQ(norm("Hey there\nexport fails"), "export fails");
	CHECK_STREQ(norm("Dear Sir or Madam,\nexport fails"), "export fails");
	CHECK_STREQ(norm("Hiring is blocked"), "hiring is blocked");
	/* greetings count only in the first two content lines */
	CHECK_STREQ(norm("export fails\nagain\nHello, still"), "export fails again hello still");
	CHECK_STREQ(norm("您好，\n导出失败"), "导出失败");
	/* chat */
	CHECK_STREQ(norm("[09:15] Ann: export fails\n[09:16 PM] SupportBot: ticket created"), "export fails");
	CHECK_STREQ(norm("2026-01-06 09:15:02 Ann Lee: export fails"), "export fails");
	CHECK_STREQ(norm("09:15 - Visitor: thanks\n09:16 - Visitor: export fails"), "thanks export fails");
	CHECK_STREQ(norm("Visitor: export fails\nCustomer: csv"), "export fails csv");
	CHECK_STREQ(norm("Ann has joined the chat\nexport fails\nChat ended by visitor"), "export fails");
	/* "System:" is a bot only on a time-stamped line */
	CHECK_STREQ(norm("System: Windows 11"), "system windows <num>");
	CHECK_STREQ(norm("[10:00] System: Ann joined"), "");
	/* web-form fields */
	CHECK_STREQ(norm("Name: Ann\nE-mail: a@x.io\nDescription: export fails"), "export fails");
	/* an agent's call notes: who called, what they said, and the agent's plan */
	CHECK_STREQ(norm("Inbound call, 12 min\nCaller: Ann Lee (Acme)\nCallback number: +1 555 0100\n\n"
					 "Customer said: \"export fails\"\n\nNext steps: Investigate and call back."),
				"export fails");
	/* a ticket created through an API, with the record's own fields first */
	CHECK_STREQ(norm("Source: Acme customer portal (API)\nExternal reference: CASE-123456\n"
					 "Reporter: ann@acme.io\n\nexport fails"), "export fails");
	/* only short field lines are fields */
	CHECK_STREQ(norm("Source: the export of the yearly report fails every single time for all of our team"),
				"source the export of the yearly report fails every single time for all of our team");
}

static void
test_edges(void)
{
	char	   *out;
	size_t		outlen;

	CHECK_STREQ(norm(""), "");
	CHECK_STREQ(norm("\n\n \t \r\n"), "");
	CHECK_STREQ(norm("Re: Fwd: AW: export"), "export");
	/* invalid UTF-8: overlong, surrogate, beyond U+10FFFF, truncated, stray continuation */
	CHECK_STREQ(norm("a\xc0\x80" "b\xed\xa0\x80" "c\xf4\x90\x80\x80" "d\xe2\x82" "e\x80" "f"),
				"a b c d e f");
	/* NUL bytes and control characters are spaces */
	out = NULL;
	CHECK(bl_normalize("ab\0cd\x01" "ef", 8, &out, &outlen) == BL_NORM_OK);
	CHECK_STREQ(out, "ab cd ef");
	bl_free(out);
	/* the limit */
	{
		size_t		big = BL_NORMALIZE_MAX_INPUT + 1;
		char	   *s = malloc(big);

		memset(s, 'a', big);
		out = NULL;
		CHECK(bl_normalize(s, big, &out, &outlen) == BL_NORM_TOO_LONG);
		CHECK(out == NULL);
		free(s);
	}
}

static void
test_decode(void)
{
	unsigned int cp;

	CHECK_EQ_LL(bl_utf8_decode((const unsigned char *) "A", 1, &cp), 1);
	CHECK_EQ_LL(cp, 'A');
	CHECK_EQ_LL(bl_utf8_decode((const unsigned char *) "\xc3\xa9", 2, &cp), 2);
	CHECK_EQ_LL(cp, 0xE9);
	CHECK_EQ_LL(bl_utf8_decode((const unsigned char *) "\xf0\x9f\x98\x80", 4, &cp), 4);
	CHECK_EQ_LL(cp, 0x1F600);
	CHECK_EQ_LL(bl_utf8_decode((const unsigned char *) "\xc0\x80", 2, &cp), 0);
	CHECK_EQ_LL(bl_utf8_decode((const unsigned char *) "\xe0\x80\x80", 3, &cp), 0);
	CHECK_EQ_LL(bl_utf8_decode((const unsigned char *) "\xed\xa0\x80", 3, &cp), 0);
	CHECK_EQ_LL(bl_utf8_decode((const unsigned char *) "\xf4\x90\x80\x80", 4, &cp), 0);
	CHECK_EQ_LL(bl_utf8_decode((const unsigned char *) "\xe2\x82", 2, &cp), 0);
	CHECK_EQ_LL(bl_utf8_decode((const unsigned char *) "\xff", 1, &cp), 0);
}

/* Random bytes from a fixed LCG: the output stays within 3 * len + 2 and is valid UTF-8. */
static void
test_random_bound(void)
{
	uint32_t	state = 12345;
	int			round;
	int			bad = 0;
	static const char alphabet[] = "ab1 .:-@/<>\n\xc3\xa9\xe3\x81\x82\xff";

	for (round = 0; round < 2000; round++)
	{
		char		buf[256];
		size_t		len = 1 + round % 200;
		size_t		i;
		char	   *out;
		size_t		outlen;
		unsigned int cp;

		for (i = 0; i < len; i++)
		{
			state = state * 1103515245u + 12345u;
			buf[i] = alphabet[(state >> 16) % (sizeof(alphabet) - 1)];
		}
		if (bl_normalize(buf, len, &out, &outlen) != BL_NORM_OK || outlen > 3 * len + 2)
			bad++;
		else
			for (i = 0; i < outlen;)
			{
				int			l = bl_utf8_decode((const unsigned char *) out + i, outlen - i, &cp);

				if (l == 0)
				{
					bad++;
					break;
				}
				i += l;
			}
		bl_free(out);
	}
	CHECK_EQ_LL(bad, 0);
}

/* CPU seconds bl_normalize takes over n repetitions of unit. */
static double
normalize_seconds(const char *unit, size_t n)
{
	size_t		ulen = strlen(unit);
	char	   *s = malloc(n * ulen + 1);
	char	   *out;
	size_t		outlen;
	size_t		i;
	clock_t		t0;
	double		secs;

	for (i = 0; i < n; i++)
		memcpy(s + i * ulen, unit, ulen);
	t0 = clock();
	CHECK(bl_normalize(s, n * ulen, &out, &outlen) == BL_NORM_OK);
	secs = (double) (clock() - t0) / CLOCKS_PER_SEC;
	bl_free(out);
	free(s);
	return secs;
}

/*
 * Inputs that would be quadratic for a careless scanner grow in about linear time: four times
 * the input (2 MB against 512 kB) may take at most eight times the CPU time (a quadratic scan
 * takes sixteen), plus a quarter second of slack for timer resolution. The bound is a ratio of
 * two runs in this process, never an absolute time: a slower machine or a sanitizer build
 * scales both sides (an absolute 5 s bound failed on a slower CI machine).
 */
static void
test_linear(void)
{
	static const char *const units[] = {
		"a..", "from: x\n", "from: x\n\n\n", "> q\n", "on 1 wrote\n", "a@", "x-", "hi ",
		"[10:00] ", "-----\n", "https://", "\xe3\x81\x82", "1 "
	};
	size_t		u;

	for (u = 0; u < sizeof(units) / sizeof(units[0]); u++)
	{
		size_t		n = (2 * 1024 * 1024) / strlen(units[u]);
		double		small = normalize_seconds(units[u], n / 4);
		double		big = normalize_seconds(units[u], n);

		if (!(big <= 8 * small + 0.25))
			fprintf(stderr, "unit %zu: %.2f s for 2 MB, %.2f s for 512 kB\n", u, big, small);
		CHECK(big <= 8 * small + 0.25);
	}
}

int
main(void)
{
	test_tokens();
	test_codes();
	test_folding();
	test_scripts();
	test_mail();
	test_signatures();
	test_greetings_and_chat();
	test_edges();
	test_decode();
	test_random_bound();
	test_linear();
	norm("");					/* frees the last result */
	UNIT_DONE();
}

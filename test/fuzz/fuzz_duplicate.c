/*
 * fuzz_duplicate.c: libFuzzer harness over the duplicate scorer's text side (src/duplicate.c):
 * bl_guess_language, bl_dup_words in every language, bl_dup_has_phrase, and the score of the
 * words of two halves of the input.
 *
 * Any byte string is a valid input. Checked beyond "no crash, no sanitizer report": words are
 * NUL-terminated at their length, strictly increasing in byte order (sorted, distinct), none
 * empty, at most BL_DUP_MAX_WORDS of them; a phrase taken from the text at a word start is found; the score (the raw bytes as
 * account and requester, for the identity words) is in [0, 1] and its
 * parts add up to it.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bl_alloc.h"
#include "duplicate.h"
#include "normalize.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Split words[0..len) into BlDupWord (df from the length, subject every third). */
static size_t
split(const char *w, size_t len, BlDupWord *out, size_t cap)
{
	size_t		n = 0;
	size_t		i = 0;
	const char *prev = NULL;
	size_t		prevn = 0;

	while (i < len && n < cap)
	{
		size_t		s = i;

		while (i < len && w[i] != ' ')
			i++;
		if (i == s)
			abort();			/* an empty word, or a double space */
		if (prev != NULL)
		{
			size_t		m = prevn < i - s ? prevn : i - s;
			int			c = memcmp(prev, w + s, m);

			if (c > 0 || (c == 0 && prevn >= i - s))
				abort();		/* not strictly increasing */
		}
		out[n].s = w + s;
		out[n].n = i - s;
		out[n].df = 1 + (int64_t) ((i - s) % 7);
		out[n].subject = n % 3 == 0;
		prev = w + s;
		prevn = i - s;
		n++;
		i++;
	}
	return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *norm;
	size_t		nlen;
	BlLang		guess;
	int			l;
	char	   *w[2];
	size_t		wl[2];
	BlDupWord  *words[2];
	size_t		nw[2];
	BlDupDoc	doc[2];
	BlDupScore	s;
	size_t		half = size / 2;
	int			k;

	if (bl_normalize((const char *) data, size, &norm, &nlen) != BL_NORM_OK)
		return 0;
	guess = bl_guess_language(norm, nlen);
	if (guess < 0 || guess >= BL_LANG_COUNT)
		abort();
	for (l = 0; l < BL_LANG_COUNT; l++)
	{
		char	   *out;
		size_t		outlen;
		BlDupWord  *tmp = bl_alloc(sizeof(BlDupWord) * (BL_DUP_MAX_WORDS + 1));

		bl_dup_words(norm, nlen, (BlLang) l, &out, &outlen);
		if (out[outlen] != '\0' || strlen(out) != outlen)
			abort();
		if (split(out, outlen, tmp, BL_DUP_MAX_WORDS + 1) > BL_DUP_MAX_WORDS)
			abort();
		bl_free(tmp);
		bl_free(out);
	}
	/* a piece of the text that starts at a word start is found as a prefix */
	if (nlen > 0)
	{
		size_t		start = (size > 0 ? data[0] : 0) % nlen;
		size_t		pn;

		while (start > 0 && norm[start - 1] != ' ')
			start--;
		pn = nlen - start < 12 ? nlen - start : 12;
		if (pn > 0 && norm[start] != ' ' && !bl_dup_has_phrase(norm, nlen, norm + start, pn, true))
			abort();
	}
	bl_free(norm);

	/* the score of the words of the two halves */
	for (k = 0; k < 2; k++)
	{
		const uint8_t *p = k == 0 ? data : data + half;
		size_t		n = k == 0 ? half : size - half;

		if (bl_normalize((const char *) p, n, &norm, &nlen) != BL_NORM_OK)
			abort();
		bl_dup_words(norm, nlen, bl_guess_language(norm, nlen), &w[k], &wl[k]);
		bl_free(norm);
		words[k] = bl_alloc(sizeof(BlDupWord) * (BL_DUP_MAX_WORDS + 1));
		nw[k] = split(w[k], wl[k], words[k], BL_DUP_MAX_WORDS + 1);
		memset(&doc[k], 0, sizeof(doc[k]));
		doc[k].id = k;
		doc[k].words = words[k];
		doc[k].nwords = nw[k];
		doc[k].created = (double) (n * 3600);
		/* the raw bytes as account and requester: identity words (bl_dup_is_identity) */
		doc[k].account.s = (const char *) p;
		doc[k].account.n = n < 40 ? n : 40;
		doc[k].requester.s = (const char *) p + n / 2;
		doc[k].requester.n = n - n / 2;
	}
	bl_dup_prepare(&doc[0], 10);
	bl_dup_prepare(&doc[1], 10);
	bl_dup_score(&doc[0], &doc[1], &s);
	if (!(s.score >= 0 && s.score <= 1.0 + 1e-9) ||
		fabs(s.score - (s.words + s.subject + s.code + s.name + s.requester + s.time + s.burst)) > 1e-9)
		abort();
	for (k = 0; k < 2; k++)
	{
		bl_dup_release(&doc[k]);
		bl_free(words[k]);
		bl_free(w[k]);
	}
	return 0;
}

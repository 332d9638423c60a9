/*
 * fuzz_normalize.c: libFuzzer harness over bl_normalize and bl_normalize_codes
 * (src/normalize.c).
 *
 * Any byte string is a valid input. Checked beyond "no crash, no sanitizer report": each result
 * is NUL-terminated at its length, holds no NUL, is valid UTF-8 and has no leading, trailing or
 * double space; the normalized text is at most 3 * len + 2 bytes, the codes at most len bytes
 * (each is a distinct piece of the folded text, which is never longer than the input).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bl_alloc.h"
#include "normalize.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_spaced_utf8(const char *out, size_t outlen)
{
	size_t		i;

	if (out[outlen] != '\0' || strlen(out) != outlen)
		abort();
	if (outlen > 0 && (out[0] == ' ' || out[outlen - 1] == ' '))
		abort();
	for (i = 0; i < outlen;)
	{
		unsigned int cp;
		int			l = bl_utf8_decode((const unsigned char *) out + i, outlen - i, &cp);

		if (l == 0 || (out[i] == ' ' && i + 1 < outlen && out[i + 1] == ' '))
			abort();
		i += l;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *out;
	size_t		outlen;

	if (bl_normalize((const char *) data, size, &out, &outlen) != BL_NORM_OK)
		abort();
	if (outlen > 3 * size + 2)
		abort();
	check_spaced_utf8(out, outlen);
	bl_free(out);

	if (bl_normalize_codes((const char *) data, size, &out, &outlen) != BL_NORM_OK)
		abort();
	if (outlen > size)
		abort();
	check_spaced_utf8(out, outlen);
	bl_free(out);
	return 0;
}

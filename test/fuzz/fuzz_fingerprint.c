/*
 * fuzz_fingerprint.c: libFuzzer harness over the fingerprint core (src/fingerprint.c).
 *
 * The input is used twice: as a text to fingerprint (the result must validate, be similar 1 to
 * itself unless empty, and give BL_FP_SLOTS or no index keys), and, when it has the stored
 * size, as stored bytes (validation must not crash; when it accepts them, similarity and keys
 * must stay in range).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bl_alloc.h"
#include "fingerprint.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t		fp[BL_FP_BYTES];
	int32_t		keys[BL_FP_SLOTS];
	int			nkeys;
	double		s;

	if (bl_fp_from_text((const char *) data, size, fp) != BL_FP_OK)
		abort();
	if (bl_fp_check(fp, BL_FP_BYTES) != BL_FP_OK)
		abort();
	s = bl_fp_similarity(fp, fp);
	if (bl_fp_is_empty(fp) ? s != 0.0 : s != 1.0)
		abort();
	nkeys = bl_fp_keys(fp, keys);
	if (nkeys != (bl_fp_is_empty(fp) ? 0 : BL_FP_SLOTS))
		abort();

	if (bl_fp_check(data, size) == BL_FP_OK)
	{
		s = bl_fp_similarity(data, fp);
		if (s < 0.0 || s > 1.0 || bl_fp_matches(data, data) > BL_FP_SLOTS)
			abort();
		nkeys = bl_fp_keys(data, keys);
		if (nkeys != 0 && nkeys != BL_FP_SLOTS)
			abort();
	}
	return 0;
}

/*
 * fuzz_sketch.c: libFuzzer harness for the sketch readers (src/sketch.c).
 *
 * The first byte picks the target, the rest is its input:
 *   0  the text reader    (bl_sketch_parse), what backlog.sketch_in runs
 *   1  the binary reader  (bl_sketch_decode), what backlog.sketch_recv runs
 *   2  age bucket bounds  (bl_age_bounds_check, bl_age_bucket, bl_age_label) on int64s
 *   3  interval to age    (bl_age_from_interval) on (int64 time, int32 day, int32 month)
 *   7  the text reader of age_histogram states (bl_age_hist_parse), what
 *      backlog.age_histogram_state_in runs: what it accepts prints back to the same values
 * Beyond not crashing, a sketch that reads must hold the invariants the server relies on; any
 * violation aborts, which libFuzzer reports:
 *   - its binary form reads back to the same bytes, and a byte string the binary reader accepts
 *     is that canonical form itself (one encoding per sketch);
 *   - its text reads back to the same text;
 *   - quantiles lie in [min, max], never decrease with q, and q = 0 and 1 give min and max;
 *   - merged with itself it doubles every count and keeps min and max.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bl_alloc.h"
#include "sketch.h"

#define REQUIRE(cond) \
	do { \
		if (!(cond)) \
		{ \
			fprintf(stderr, "invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
			abort(); \
		} \
	} while (0)

static void
check_sketch(const BlSketch *s, const uint8_t *bytes, size_t nbytes)
{
	static const double qs[] = {0, 0.001, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999, 1};
	int64_t		est[9];
	uint8_t    *buf = bl_alloc(bl_sketch_encoded_max(s));
	size_t		len = bl_sketch_encode(s, buf);
	char	   *text = bl_sketch_format(s);
	char		err[BL_SKETCH_ERRLEN];
	BlSketch	again;
	BlSketch	twice;
	int			i;

	/* binary round trip; an accepted byte string is the canonical one */
	REQUIRE(len <= bl_sketch_encoded_max(s));
	REQUIRE(bl_sketch_decode(buf, len, &again, err) == BL_SKETCH_OK);
	bl_sketch_free(&again);
	if (bytes != NULL)
		REQUIRE(len == nbytes && memcmp(buf, bytes, len) == 0);

	/* text round trip */
	REQUIRE(bl_sketch_parse(text, strlen(text), &again, err) == BL_SKETCH_OK);
	{
		char	   *text2 = bl_sketch_format(&again);

		REQUIRE(strcmp(text, text2) == 0);
		bl_free(text2);
	}
	bl_sketch_free(&again);

	if (s->n > 0)
	{
		bl_sketch_quantiles(s, qs, 9, est);
		REQUIRE(est[0] == s->min && est[8] == s->max);
		for (i = 0; i < 9; i++)
		{
			REQUIRE(est[i] >= s->min && est[i] <= s->max);
			if (i > 0)
				REQUIRE(est[i] >= est[i - 1]);
		}
	}

	if (s->n <= INT64_MAX / 2)
	{
		bl_sketch_copy(&twice, s);
		REQUIRE(bl_sketch_merge(&twice, s) == BL_SKETCH_OK);
		REQUIRE(twice.n == 2 * s->n && twice.zero == 2 * s->zero);
		if (s->n > 0)
			REQUIRE(twice.min == s->min && twice.max == s->max);
		bl_sketch_free(&twice);
	}

	bl_free(buf);
	bl_free(text);
}

static void
fuzz_bounds(const uint8_t *data, size_t size)
{
	int64_t		bounds[BL_AGE_MAX_BOUNDS + 1];
	int			n = (int) (size / sizeof(int64_t));
	char		label[BL_AGE_LABEL_LEN];
	int			bad;
	int			k;

	if (n > BL_AGE_MAX_BOUNDS + 1)
		n = BL_AGE_MAX_BOUNDS + 1;
	memcpy(bounds, data, n * sizeof(int64_t));
	if (bl_age_bounds_check(bounds, n, &bad) != BL_BOUNDS_OK)
		return;
	for (k = 0; k <= n; k++)
	{
		int64_t		lo = k == 0 ? 0 : bounds[k - 1];

		bl_age_label(bounds, n, k, label);
		REQUIRE(strlen(label) > 0 && strlen(label) < BL_AGE_LABEL_LEN);
		REQUIRE(bl_age_bucket(bounds, n, lo) == k);
		if (k < n)
			REQUIRE(bl_age_bucket(bounds, n, bounds[k] - 1) == k);
	}
}

static void
fuzz_interval(const uint8_t *data, size_t size)
{
	int64_t		time;
	int32_t		day;
	int32_t		month;
	int64_t		usecs = -1;

	if (size < 16)
		return;
	memcpy(&time, data, 8);
	memcpy(&day, data + 8, 4);
	memcpy(&month, data + 12, 4);
	if (bl_age_from_interval(time, day, month, &usecs) == BL_AGE_OK)
	{
		REQUIRE(usecs >= 0);
		REQUIRE(bl_age_bucket(bl_age_default_bounds, BL_AGE_DEFAULT_NBOUNDS, usecs) <= BL_AGE_DEFAULT_NBOUNDS);
		if (usecs > 0)
		{
			int			idx = bl_sketch_index(BL_SKETCH_DEFAULT_M, usecs);

			REQUIRE(idx >= 0 && idx < BL_SKETCH_OCTAVES * BL_SKETCH_DEFAULT_M);
		}
	}
}

/* The age_histogram state's text reader: what it accepts prints back to the same text. */
static void
fuzz_histogram_state(const char *text, size_t len)
{
	int64_t		bounds[BL_AGE_MAX_BOUNDS];
	int64_t		counts[BL_AGE_MAX_BOUNDS + 1];
	int64_t		bounds2[BL_AGE_MAX_BOUNDS];
	int64_t		counts2[BL_AGE_MAX_BOUNDS + 1];
	int			nbounds;
	int			nbounds2;
	int			bad;
	char		err[BL_SKETCH_ERRLEN];
	char	   *out;

	if (bl_age_hist_parse(text, len, bounds, &nbounds, counts, err) != BL_SKETCH_OK)
	{
		REQUIRE(strlen(err) > 0 && strlen(err) < BL_SKETCH_ERRLEN);
		return;
	}
	REQUIRE(bl_age_bounds_check(bounds, nbounds, &bad) == BL_BOUNDS_OK);
	out = bl_age_hist_format(bounds, nbounds, counts);
	REQUIRE(bl_age_hist_parse(out, strlen(out), bounds2, &nbounds2, counts2, err) == BL_SKETCH_OK);
	REQUIRE(nbounds2 == nbounds);
	REQUIRE(memcmp(bounds, bounds2, sizeof(int64_t) * nbounds) == 0);
	REQUIRE(memcmp(counts, counts2, sizeof(int64_t) * (nbounds + 1)) == 0);
	bl_free(out);
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		err[BL_SKETCH_ERRLEN];
	BlSketch	s;

	if (size == 0)
		return 0;
	switch (data[0] & 3)
	{
		case 0:
			if (bl_sketch_parse((const char *) data + 1, size - 1, &s, err) == BL_SKETCH_OK)
			{
				check_sketch(&s, NULL, 0);
				bl_sketch_free(&s);
			}
			else
				REQUIRE(strlen(err) > 0 && strlen(err) < BL_SKETCH_ERRLEN);
			break;
		case 1:
			if (bl_sketch_decode(data + 1, size - 1, &s, err) == BL_SKETCH_OK)
			{
				check_sketch(&s, data + 1, size - 1);
				bl_sketch_free(&s);
			}
			else
				REQUIRE(strlen(err) > 0 && strlen(err) < BL_SKETCH_ERRLEN);
			break;
		case 2:
			fuzz_bounds(data + 1, size - 1);
			break;
		default:
			if (data[0] & 4)
				fuzz_histogram_state((const char *) data + 1, size - 1);
			else
				fuzz_interval(data + 1, size - 1);
			break;
	}
	return 0;
}

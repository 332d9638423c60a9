/*
 * test_sketch.c: unit tests of src/sketch.c (age conversion, buckets and labels, the sketch's
 * bucket mapping, accuracy against exact quantiles, merging, and both readers' checks).
 */
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "bl_alloc.h"
#include "sketch.h"
#include "unit.h"

#define SEC		INT64_C(1000000)
#define MIN		(60 * SEC)
#define HOUR	(60 * MIN)
#define DAY		(24 * HOUR)

/* splitmix64: a small deterministic generator, so every run checks the same data */
static uint64_t rng_state = 42;

static uint64_t
rng_next(void)
{
	uint64_t	z = (rng_state += UINT64_C(0x9e3779b97f4a7c15));

	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

/* uniform in (0, 1] */
static double
rng_unit(void)
{
	return ((double) (rng_next() >> 11) + 1.0) / 9007199254740992.0;
}

static int
cmp_int64(const void *a, const void *b)
{
	int64_t		x = *(const int64_t *) a;
	int64_t		y = *(const int64_t *) b;

	return (x > y) - (x < y);
}

static void
test_age_from_interval(void)
{
	int64_t		us = -1;

	CHECK_EQ_LL(bl_age_from_interval(90 * SEC, 0, 0, &us), BL_AGE_OK);
	CHECK_EQ_LL(us, 90 * SEC);
	/* a day is 24 hours, a month 30 days, a year 365.25 days (extract(epoch) rules) */
	CHECK_EQ_LL(bl_age_from_interval(0, 1, 0, &us), BL_AGE_OK);
	CHECK_EQ_LL(us, DAY);
	CHECK_EQ_LL(bl_age_from_interval(0, 0, 1, &us), BL_AGE_OK);
	CHECK_EQ_LL(us, 30 * DAY);
	CHECK_EQ_LL(bl_age_from_interval(0, 0, 12, &us), BL_AGE_OK);
	CHECK_EQ_LL(us, 365 * DAY + 6 * HOUR);
	/* 1 year 1 month 1 day 1 µs */
	CHECK_EQ_LL(bl_age_from_interval(1, 1, 13, &us), BL_AGE_OK);
	CHECK_EQ_LL(us, 365 * DAY + 6 * HOUR + 30 * DAY + DAY + 1);
	/* mixed signs: 1 day - 23 hours = 1 hour; -1 day + 25 hours = 1 hour */
	CHECK_EQ_LL(bl_age_from_interval(-23 * HOUR, 1, 0, &us), BL_AGE_OK);
	CHECK_EQ_LL(us, HOUR);
	CHECK_EQ_LL(bl_age_from_interval(25 * HOUR, -1, 0, &us), BL_AGE_OK);
	CHECK_EQ_LL(us, HOUR);
	/* 1 month - 1 µs stays positive; 1 day - 25 hours and -1 µs do not */
	CHECK_EQ_LL(bl_age_from_interval(-1, 0, 1, &us), BL_AGE_OK);
	CHECK_EQ_LL(us, 30 * DAY - 1);
	CHECK_EQ_LL(bl_age_from_interval(-25 * HOUR, 1, 0, &us), BL_AGE_NEGATIVE);
	CHECK_EQ_LL(bl_age_from_interval(-1, 0, 0, &us), BL_AGE_NEGATIVE);
	CHECK_EQ_LL(bl_age_from_interval(0, 0, -1, &us), BL_AGE_NEGATIVE);
	/* the int64 edge: the time field alone never overflows, the month field can */
	CHECK_EQ_LL(bl_age_from_interval(INT64_MAX, 0, 0, &us), BL_AGE_OK);
	CHECK_EQ_LL(us, INT64_MAX);
	CHECK_EQ_LL(bl_age_from_interval(INT64_MAX, 1, 0, &us), BL_AGE_OUT_OF_RANGE);
	CHECK_EQ_LL(bl_age_from_interval(0, 0, INT32_MAX, &us), BL_AGE_OUT_OF_RANGE);
	CHECK_EQ_LL(bl_age_from_interval(0, INT32_MAX, 0, &us), BL_AGE_OUT_OF_RANGE);
	/* a huge month count brought back into range by a negative time field */
	CHECK_EQ_LL(bl_age_from_interval(INT64_MIN + 1, 0, 12 * 292277, &us), BL_AGE_OK);
	CHECK_EQ_LL(bl_age_from_interval(0, 0, INT32_MIN, &us), BL_AGE_NEGATIVE);
	CHECK_EQ_LL(bl_age_from_interval(INT64_MIN, INT32_MIN, INT32_MIN, &us), BL_AGE_NEGATIVE);
}

static void
test_buckets(void)
{
	const int64_t *d = bl_age_default_bounds;
	static const char *const spec[] = {"0-24h", "24-72h", "3-7d", "7-14d", "14-30d", "30d+"};
	char		label[BL_AGE_LABEL_LEN];
	int			bad = -1;
	int			k;

	/* half-open: exactly 24 hours is in the second bucket */
	CHECK_EQ_LL(bl_age_bucket(d, 5, 0), 0);
	CHECK_EQ_LL(bl_age_bucket(d, 5, 24 * HOUR - 1), 0);
	CHECK_EQ_LL(bl_age_bucket(d, 5, 24 * HOUR), 1);
	CHECK_EQ_LL(bl_age_bucket(d, 5, 72 * HOUR - 1), 1);
	CHECK_EQ_LL(bl_age_bucket(d, 5, 72 * HOUR), 2);
	CHECK_EQ_LL(bl_age_bucket(d, 5, 7 * DAY), 3);
	CHECK_EQ_LL(bl_age_bucket(d, 5, 14 * DAY), 4);
	CHECK_EQ_LL(bl_age_bucket(d, 5, 30 * DAY - 1), 4);
	CHECK_EQ_LL(bl_age_bucket(d, 5, 30 * DAY), 5);
	CHECK_EQ_LL(bl_age_bucket(d, 5, INT64_MAX), 5);
	for (k = 0; k <= 5; k++)
	{
		bl_age_label(d, 5, k, label);
		CHECK_STREQ(label, spec[k]);
	}
	CHECK_EQ_LL(bl_age_bounds_check(d, 5, &bad), BL_BOUNDS_OK);

	{
		/* 4h, 1d, 90 min is not increasing at position 2 */
		int64_t		b[] = {4 * HOUR, DAY, 90 * MIN};

		CHECK_EQ_LL(bl_age_bounds_check(b, 2, &bad), BL_BOUNDS_OK);
		bl_age_label(b, 2, 0, label);
		CHECK_STREQ(label, "0-4h");
		bl_age_label(b, 2, 1, label);
		CHECK_STREQ(label, "4-24h");
		bl_age_label(b, 2, 2, label);
		CHECK_STREQ(label, "24h+");
		CHECK_EQ_LL(bl_age_bounds_check(b, 3, &bad), BL_BOUNDS_NOT_INCREASING);
		CHECK_EQ_LL(bad, 2);
	}
	{
		/* minutes, fractional seconds, days above 72 hours, hours for 36h-4d */
		int64_t		b[] = {1500 * 1000, 45 * SEC, 90 * MIN, 36 * HOUR, 4 * DAY, 8 * DAY};
		static const char *const want[] = {"0-1.5s", "1.5-45s", "45-5400s", "90-2160min",
		"36-96h", "4-8d", "8d+"};

		CHECK_EQ_LL(bl_age_bounds_check(b, 6, &bad), BL_BOUNDS_OK);
		for (k = 0; k <= 6; k++)
		{
			bl_age_label(b, 6, k, label);
			CHECK_STREQ(label, want[k]);
		}
	}
	{
		/* a label at the far end of the range still fits */
		int64_t		b[] = {INT64_MAX - 1, INT64_MAX};

		bl_age_label(b, 2, 1, label);
		CHECK_STREQ(label, "9223372036854.775806-9223372036854.775807s");
		bl_age_label(b, 2, 2, label);
		CHECK_STREQ(label, "9223372036854.775807s+");
	}
	{
		int64_t		b[BL_AGE_MAX_BOUNDS + 1];
		int			i;

		for (i = 0; i <= BL_AGE_MAX_BOUNDS; i++)
			b[i] = (i + 1) * HOUR;
		CHECK_EQ_LL(bl_age_bounds_check(b, BL_AGE_MAX_BOUNDS, &bad), BL_BOUNDS_OK);
		CHECK_EQ_LL(bl_age_bounds_check(b, BL_AGE_MAX_BOUNDS + 1, &bad), BL_BOUNDS_TOO_MANY);
		CHECK_EQ_LL(bl_age_bounds_check(b, 0, &bad), BL_BOUNDS_EMPTY);
		b[1] = b[0];
		CHECK_EQ_LL(bl_age_bounds_check(b, 3, &bad), BL_BOUNDS_NOT_INCREASING);
		b[1] = 2 * HOUR;
		CHECK_EQ_LL(bad, 1);
		b[0] = 0;
		CHECK_EQ_LL(bl_age_bounds_check(b, 3, &bad), BL_BOUNDS_NOT_POSITIVE);
		CHECK_EQ_LL(bad, 0);
		b[0] = HOUR;
		b[2] = -5;
		CHECK_EQ_LL(bl_age_bounds_check(b, 3, &bad), BL_BOUNDS_NOT_POSITIVE);
		CHECK_EQ_LL(bad, 2);
	}
}

static void
test_mapping(void)
{
	static const int ms[] = {1, 2, 5, 7, 10, 14, 35, 70};
	int			i;
	int			ok;

	CHECK(bl_sketch_valid_m(70) && bl_sketch_valid_m(1) && bl_sketch_valid_m(35));
	CHECK(!bl_sketch_valid_m(0) && !bl_sketch_valid_m(3) && !bl_sketch_valid_m(140));

	/* powers of two start octaves; 1 µs is bucket 0 */
	CHECK_EQ_LL(bl_sketch_index(70, 1), 0);
	CHECK_EQ_LL(bl_sketch_index(70, 2), 70);
	CHECK_EQ_LL(bl_sketch_index(70, 3), 70 + 40);	/* floor(70 * log2(1.5)) = floor(40.95) */
	CHECK_EQ_LL(bl_sketch_index(70, INT64_C(1) << 40), 2800);
	CHECK_EQ_LL(bl_sketch_index(70, (INT64_C(1) << 40) - 1), 2799);
	/* 1 hour: 70 * log2(3.6e9) = 2222.18 */
	CHECK_EQ_LL(bl_sketch_index(70, HOUR), 2222);
	CHECK_EQ_LL(bl_sketch_index(70, INT64_MAX), 63 * 70 - 1);
	CHECK_EQ_LL(bl_sketch_index(35, HOUR), 1111);
	CHECK_EQ_LL(bl_sketch_index(1, HOUR), 31);

	/* every value lies in its bucket's bounds, and indexes never decrease */
	for (i = 0; i < 8; i++)
	{
		int			m = ms[i];
		int			prev = 0;
		int64_t		v;

		ok = 1;
		for (v = 1; v < 200000; v += 1 + v / 1000)
		{
			int			idx = bl_sketch_index(m, v);
			double		lower;
			double		upper;

			bl_sketch_bucket_bounds(m, idx, &lower, &upper);
			if (idx < prev || (double) v < lower || (double) v >= upper)
				ok = 0;
			prev = idx;
		}
		CHECK(ok);
	}
	ok = 1;
	for (i = 0; i < 100000; i++)
	{
		int64_t		v = (int64_t) (rng_next() >> (1 + rng_next() % 63));
		int			idx;
		double		lower;
		double		upper;

		if (v < 1)
			continue;
		idx = bl_sketch_index(70, v);
		bl_sketch_bucket_bounds(70, idx, &lower, &upper);
		/* (double) v may round up to the next boundary above 2^53; allow that one ulp */
		if ((double) v < lower || (double) v > upper)
			ok = 0;
	}
	CHECK(ok);

	/*
	 * One whole octave, [2^30, 2^31), in small steps: indexes rise one bucket at a time, all 70
	 * buckets are hit, each value lies in its bucket's bounds (exact in double at this size).
	 */
	{
		int			seen[70] = {0};
		int			prev = 30 * 70;
		int			hits = 0;
		int64_t		v;

		ok = 1;
		for (v = INT64_C(1) << 30; v < INT64_C(1) << 31; v += 997)
		{
			int			idx = bl_sketch_index(70, v);
			double		lower;
			double		upper;

			bl_sketch_bucket_bounds(70, idx, &lower, &upper);
			if (idx < prev || idx > prev + 1 || (double) v < lower || (double) v >= upper)
				ok = 0;
			if (idx >= 30 * 70 && idx < 31 * 70)
				seen[idx - 30 * 70] = 1;
			prev = idx;
		}
		for (i = 0; i < 70; i++)
			hits += seen[i];
		CHECK(ok);
		CHECK_EQ_LL(hits, 70);
	}

	/* error bounds: 2 * alpha, alpha = (2^(1/m) - 1) / (2^(1/m) + 1) */
	CHECK_NEAR(bl_sketch_error_bound(70), 2 * (pow(2, 1.0 / 70) - 1) / (pow(2, 1.0 / 70) + 1), 1e-12);
	CHECK_NEAR(bl_sketch_error_bound(1), 2.0 / 3.0, 1e-12);
	CHECK(bl_sketch_error_bound(70) < 0.0099021 && bl_sketch_error_bound(70) > 0.0099020);
	CHECK_EQ_LL(bl_sketch_m_for_error(0.01), 70);
	CHECK_EQ_LL(bl_sketch_m_for_error(0.0099), 0);
	CHECK_EQ_LL(bl_sketch_m_for_error(0.02), 35);
	CHECK_EQ_LL(bl_sketch_m_for_error(0.05), 14);
	CHECK_EQ_LL(bl_sketch_m_for_error(0.1), 7);
	CHECK_EQ_LL(bl_sketch_m_for_error(1.0), 1);
	CHECK_EQ_LL(bl_sketch_m_for_error(NAN), 0);
}

/* Build a sketch of vals; check every quantile of a grid against the exact percentile_disc. */
static int
check_against_exact(int m, int64_t *vals, int n, double *worst)
{
	static const double grid[] = {0, 0.001, 0.01, 0.05, 0.1, 0.25, 0.3333, 0.5, 0.6667, 0.75,
	0.9, 0.95, 0.99, 0.999, 1};
	int			ng = (int) (sizeof(grid) / sizeof(grid[0]));
	int64_t		est[15];
	BlSketch	s;
	double		bound = bl_sketch_error_bound(m);
	int			bad = 0;
	int			i;

	bl_sketch_init(&s, m);
	for (i = 0; i < n; i++)
		bl_sketch_add(&s, vals[i]);
	qsort(vals, n, sizeof(int64_t), cmp_int64);
	bl_sketch_quantiles(&s, grid, ng, est);
	for (i = 0; i < ng; i++)
	{
		int64_t		exact = vals[bl_sketch_rank(n, grid[i]) - 1];
		double		err = exact == 0 ? (double) (est[i] != 0) :
			fabs((double) est[i] - (double) exact) / (double) exact;

		if (err > *worst)
			*worst = err;
		if (err > bound)
		{
			bad++;
			fprintf(stderr, "m=%d q=%g: estimate %lld, exact %lld\n", m, grid[i],
					(long long) est[i], (long long) exact);
		}
	}
	/* q = 0 and q = 1 are the exact minimum and maximum */
	if (est[0] != vals[0] || est[ng - 1] != vals[n - 1])
	{
		bad++;
		fprintf(stderr, "m=%d: extremes %lld %lld, exact %lld %lld\n", m, (long long) est[0],
				(long long) est[ng - 1], (long long) vals[0], (long long) vals[n - 1]);
	}
	bl_sketch_free(&s);
	return bad;
}

static void
test_accuracy(void)
{
	int			n = 20000;
	int64_t    *vals = bl_alloc(sizeof(int64_t) * n);
	double		worst = 0;
	int			bad = 0;
	int			round;
	int			i;

	for (round = 0; round < 30; round++)
	{
		int			m = round % 3 == 0 ? 70 : (round % 3 == 1 ? 35 : 7);

		for (i = 0; i < n; i++)
		{
			double		u1 = rng_unit();
			double		u2 = rng_unit();
			double		z = sqrt(-2 * log(u1)) * cos(2 * M_PI * u2);

			switch (round % 5)
			{
				case 0:			/* log-normal around an hour, sigma 2 */
					vals[i] = (int64_t) exp(log(3.6e9) + 2 * z);
					break;
				case 1:			/* Pareto, alpha 1.1: heavy tail, capped at 10^15 µs */
					vals[i] = (int64_t) fmin(6e7 / pow(u1, 1 / 1.1), 1e15);
					break;
				case 2:			/* uniform small integers: exact region and ties */
					vals[i] = (int64_t) (rng_next() % 300);
					break;
				case 3:			/* spread over the whole int64 range */
					vals[i] = (int64_t) (rng_next() >> (1 + rng_next() % 63));
					break;
				default:		/* few distinct values */
					vals[i] = (int64_t) (rng_next() % 5) * DAY;
					break;
			}
		}
		bad += check_against_exact(m, vals, n - round * 300, &worst);
	}
	CHECK_EQ_LL(bad, 0);
	/* the bound is not trivially met: some estimates are off by more than a quarter of it */
	CHECK(worst > 0.0025);

	/* values up to 100 µs come back exact: alpha * v < 0.5 there */
	for (i = 0; i < 100; i++)
		vals[i] = i + 1;
	{
		BlSketch	s;
		double		q[100];
		int64_t		est[100];

		bl_sketch_init(&s, 70);
		for (i = 0; i < 100; i++)
		{
			bl_sketch_add(&s, vals[i]);
			q[i] = (i + 1) / 100.0;
		}
		bl_sketch_quantiles(&s, q, 100, est);
		bad = 0;
		/* the rank of (i + 1) / 100.0 is not always i + 1 in floating point: ask for it */
		for (i = 0; i < 100; i++)
			if (est[i] != bl_sketch_rank(100, q[i]))
				bad++;
		CHECK_EQ_LL(bad, 0);
		bl_sketch_free(&s);
	}
	bl_free(vals);
}

static void
test_ranks(void)
{
	/* percentile_disc ranks: max(1, ceil(q n)) */
	CHECK_EQ_LL(bl_sketch_rank(10, 0), 1);
	CHECK_EQ_LL(bl_sketch_rank(10, 0.05), 1);
	CHECK_EQ_LL(bl_sketch_rank(10, 0.1), 1);
	CHECK_EQ_LL(bl_sketch_rank(10, 0.11), 2);
	CHECK_EQ_LL(bl_sketch_rank(10, 0.5), 5);
	CHECK_EQ_LL(bl_sketch_rank(10, 1), 10);
	CHECK_EQ_LL(bl_sketch_rank(INT64_MAX, 1), INT64_MAX);
	CHECK_EQ_LL(bl_sketch_rank(1, 0.5), 1);
}

/* encode s, decode it back, and compare bytes and text */
static int
round_trips(const BlSketch *s)
{
	uint8_t    *buf = bl_alloc(bl_sketch_encoded_max(s));
	size_t		len = bl_sketch_encode(s, buf);
	char	   *text = bl_sketch_format(s);
	char		err[BL_SKETCH_ERRLEN];
	BlSketch	b;
	BlSketch	t;
	int			ok = 1;

	if (bl_sketch_decode(buf, len, &b, err) != BL_SKETCH_OK)
	{
		fprintf(stderr, "decode: %s\n", err);
		ok = 0;
	}
	else
	{
		uint8_t    *buf2 = bl_alloc(bl_sketch_encoded_max(&b));
		char	   *text2 = bl_sketch_format(&b);

		if (bl_sketch_encode(&b, buf2) != len || memcmp(buf, buf2, len) != 0 ||
			strcmp(text, text2) != 0)
			ok = 0;
		bl_free(buf2);
		bl_free(text2);
		bl_sketch_free(&b);
	}
	if (bl_sketch_parse(text, strlen(text), &t, err) != BL_SKETCH_OK)
	{
		fprintf(stderr, "parse: %s\n", err);
		ok = 0;
	}
	else
	{
		char	   *text2 = bl_sketch_format(&t);

		if (strcmp(text, text2) != 0)
			ok = 0;
		bl_free(text2);
		bl_sketch_free(&t);
	}
	bl_free(buf);
	bl_free(text);
	return ok;
}

static void
test_merge_and_formats(void)
{
	BlSketch	whole;
	BlSketch	parts[4];
	BlSketch	merged;
	BlSketch	coarse;
	char	   *a;
	char	   *b;
	int			i;

	bl_sketch_init(&whole, 70);
	for (i = 0; i < 4; i++)
		bl_sketch_init(&parts[i], 70);
	for (i = 0; i < 5000; i++)
	{
		int64_t		v = i % 97 == 0 ? 0 : (int64_t) exp(15 + 5 * rng_unit());

		bl_sketch_add(&whole, v);
		/* parts of very different ranges, so merging must widen the dense range both ways */
		bl_sketch_add(&parts[v < 1000000 ? 0 : v < 100000000 ? 1 : (i % 2) + 2], v);
	}
	bl_sketch_init(&merged, 70);
	for (i = 3; i >= 0; i--)
		CHECK_EQ_LL(bl_sketch_merge(&merged, &parts[i]), BL_SKETCH_OK);
	a = bl_sketch_format(&whole);
	b = bl_sketch_format(&merged);
	CHECK_STREQ(a, b);
	CHECK(round_trips(&whole));
	bl_free(a);
	bl_free(b);

	/* a copy is independent and equal */
	bl_sketch_copy(&coarse, &merged);
	bl_sketch_add(&merged, 1);
	CHECK_EQ_LL(coarse.n + 1, merged.n);
	bl_sketch_free(&coarse);

	/* different resolutions do not merge */
	bl_sketch_init(&coarse, 35);
	bl_sketch_add(&coarse, HOUR);
	CHECK_EQ_LL(bl_sketch_merge(&merged, &coarse), BL_SKETCH_MISMATCH);
	CHECK(round_trips(&coarse));
	bl_sketch_free(&coarse);

	/* counts that would pass INT64_MAX */
	merged.n = INT64_MAX - 1;
	bl_sketch_init(&coarse, 70);
	bl_sketch_add(&coarse, 5);
	bl_sketch_add(&coarse, 5);
	CHECK_EQ_LL(bl_sketch_merge(&merged, &coarse), BL_SKETCH_OVERFLOW);
	merged.n = INT64_MAX;
	CHECK_EQ_LL(bl_sketch_add(&merged, 5), BL_SKETCH_OVERFLOW);
	bl_sketch_free(&coarse);

	/* empty sketches: merging one changes nothing; one merged into an empty one copies it */
	bl_sketch_init(&coarse, 70);
	CHECK(round_trips(&coarse));
	CHECK_EQ_LL(bl_sketch_merge(&whole, &coarse), BL_SKETCH_OK);
	CHECK_EQ_LL(bl_sketch_merge(&coarse, &whole), BL_SKETCH_OK);
	a = bl_sketch_format(&whole);
	b = bl_sketch_format(&coarse);
	CHECK_STREQ(a, b);
	bl_free(a);
	bl_free(b);
	bl_sketch_free(&coarse);

	/* extremes of the domain */
	bl_sketch_init(&coarse, 70);
	bl_sketch_add(&coarse, INT64_MAX);
	bl_sketch_add(&coarse, 1);
	bl_sketch_add(&coarse, 0);
	CHECK(round_trips(&coarse));
	a = bl_sketch_format(&coarse);
	CHECK_STREQ(a, "ddsketch v1 m=70 n=3 zero=1 min=0 max=9223372036854775807 0:1 4409:1");
	bl_free(a);
	bl_sketch_free(&coarse);

	bl_sketch_free(&whole);
	bl_sketch_free(&merged);
	for (i = 0; i < 4; i++)
		bl_sketch_free(&parts[i]);
}

/* the text and the binary form of one small sketch, byte by byte */
static void
test_known_encoding(void)
{
	/* 1 hour twice and 0 once: n=3 zero=1 min=0 max=3600000000, bucket 2222 (0x8ae) count 2 */
	static const uint8_t want[] = {1, 70, 3, 1, 0, 0x80, 0xc8, 0xce, 0xb4, 0x0d, 0xae, 0x11, 2};
	BlSketch	s;
	uint8_t		buf[64];
	size_t		len;
	char	   *text;

	bl_sketch_init(&s, 70);
	bl_sketch_add(&s, HOUR);
	bl_sketch_add(&s, 0);
	bl_sketch_add(&s, HOUR);
	len = bl_sketch_encode(&s, buf);
	CHECK_EQ_LL(len, sizeof(want));
	CHECK(memcmp(buf, want, sizeof(want)) == 0);
	text = bl_sketch_format(&s);
	CHECK_STREQ(text, "ddsketch v1 m=70 n=3 zero=1 min=0 max=3600000000 2222:2");
	bl_free(text);
	bl_sketch_free(&s);
}

static int
decodes(const uint8_t *buf, size_t len)
{
	BlSketch	s;
	char		err[BL_SKETCH_ERRLEN];

	if (bl_sketch_decode(buf, len, &s, err) != BL_SKETCH_OK)
	{
		fprintf(stderr, "decode: %s\n", err);
		return 0;
	}
	bl_sketch_free(&s);
	return 1;
}

static int
decode_fails(const uint8_t *buf, size_t len, const char *expect)
{
	BlSketch	s;
	char		err[BL_SKETCH_ERRLEN];

	if (bl_sketch_decode(buf, len, &s, err) == BL_SKETCH_OK)
	{
		bl_sketch_free(&s);
		fprintf(stderr, "decoded, but expected: %s\n", expect);
		return 0;
	}
	if (strstr(err, expect) == NULL)
	{
		fprintf(stderr, "message \"%s\", expected \"%s\"\n", err, expect);
		return 0;
	}
	return 1;
}

static int
parse_fails(const char *text, const char *expect)
{
	BlSketch	s;
	char		err[BL_SKETCH_ERRLEN];

	if (bl_sketch_parse(text, strlen(text), &s, err) == BL_SKETCH_OK)
	{
		bl_sketch_free(&s);
		fprintf(stderr, "parsed \"%s\", but expected: %s\n", text, expect);
		return 0;
	}
	if (strstr(err, expect) == NULL)
	{
		fprintf(stderr, "\"%s\": message \"%s\", expected \"%s\"\n", text, err, expect);
		return 0;
	}
	return 1;
}

static void
test_decode_rejects(void)
{
	/* the valid one of test_known_encoding, then one corruption per check */
#define B(...) ((const uint8_t[]) {__VA_ARGS__}), sizeof((const uint8_t[]) {__VA_ARGS__})
	CHECK(decodes(B(1, 70, 3, 1, 0, 0x80, 0xc8, 0xce, 0xb4, 0x0d, 0xae, 0x11, 2)));
	CHECK(decode_fails(B(1, 70), "at least 3 bytes"));
	CHECK(decode_fails(B(2, 70, 0), "version 2 is not supported"));
	CHECK(decode_fails(B(1, 3, 0), "m=3 is not one"));
	CHECK(decode_fails(B(1, 70, 0, 0), "empty sketch is followed by 1 more"));
	CHECK(decode_fails(B(1, 70, 0x80), "ends inside the total count"));
	CHECK(decode_fails(B(1, 70, 0x80, 0x00), "not in its shortest encoding"));
	CHECK(decode_fails(B(1, 70, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01),
					   "larger than a bigint"));
	CHECK(decode_fails(B(1, 70, 3, 4, 0, 0), "zero count 4 is larger than the total count 3"));
	CHECK(decode_fails(B(1, 70, 3, 1, 5, 4), "minimum 5 is larger than the maximum 4"));
	CHECK(decode_fails(B(1, 70, 3, 1, 0, 0x80, 0xc8, 0xce, 0xb4, 0x0d, 0xae, 0x11),
					   "ends inside the bucket count"));
	CHECK(decode_fails(B(1, 70, 3, 1, 0, 0x80, 0xc8, 0xce, 0xb4, 0x0d, 0xae, 0x11, 1),
					   "add up to 2, short of the total count 3"));
	CHECK(decode_fails(B(1, 70, 3, 1, 0, 0x80, 0xc8, 0xce, 0xb4, 0x0d, 0xae, 0x11, 3),
					   "add up to more than the total count 3"));
	CHECK(decode_fails(B(1, 70, 3, 1, 0, 0x80, 0xc8, 0xce, 0xb4, 0x0d, 0xae, 0x11, 0),
					   "count 0"));
	/* index 4410 (0xa2 0x22) is past the last bucket 4409 */
	CHECK(decode_fails(B(1, 70, 2, 1, 0, 0x80, 0xc8, 0xce, 0xb4, 0x0d, 0xba, 0x22, 1),
					   "index 4410 is out of range"));
	/* a step far beyond the domain */
	CHECK(decode_fails(B(1, 70, 3, 0, 1, 1, 0, 1, 0xff, 0xff, 0x03, 1),
					   "step 65535 is out of range"));
	/* two buckets with delta 0 */
	CHECK(decode_fails(B(1, 70, 2, 0, 1, 1, 0, 1, 0, 1), "must increase, but 0 follows 0"));
	/* the maximum outside the last bucket: max 3 is in bucket 110, the only bucket is 0 */
	CHECK(decode_fails(B(1, 70, 2, 0, 1, 3, 0, 2), "maximum 3 does not lie in the last bucket 0"));
	/* the minimum outside the first bucket */
	CHECK(decode_fails(B(1, 70, 2, 0, 2, 3, 110, 2), "minimum 2 does not lie in the first bucket 110"));
	/* zeros counted but a positive minimum */
	CHECK(decode_fails(B(1, 70, 2, 1, 1, 1, 0, 1), "counts 1 zeros but its minimum is 1"));
	/* only zeros but a positive maximum */
	CHECK(decode_fails(B(1, 70, 1, 1, 0, 1), "only zeros but its maximum is 1"));
	/* one value: minimum and maximum 3, in bucket 110 */
	CHECK(decodes(B(1, 70, 1, 0, 3, 3, 110, 1)));
	CHECK(decode_fails(B(1, 70, 1, 0, 2, 3, 70, 1), "maximum 3 does not lie"));
	{
		/* 1 000 000 and 1 000 001 are both in bucket 1395 (0x573) */
		CHECK(decode_fails(B(1, 70, 1, 0, 0xc0, 0x84, 0x3d, 0xc1, 0x84, 0x3d, 0xf3, 0x0a, 1),
						   "one value has minimum 1000000 and maximum 1000001"));
	}
#undef B
}

static void
test_parse_rejects(void)
{
	char		err[BL_SKETCH_ERRLEN];
	BlSketch	s;
	const char *ok = "  ddsketch\tv1\nm=70 n=3   zero=1 min=0 max=3600000000 2222:2 \n";

	CHECK_EQ_LL(bl_sketch_parse(ok, strlen(ok), &s, err), BL_SKETCH_OK);
	bl_sketch_free(&s);
	CHECK_EQ_LL(bl_sketch_parse("ddsketch v1 m=70 n=0", 20, &s, err), BL_SKETCH_OK);
	CHECK_EQ_LL(s.n, 0);
	bl_sketch_free(&s);

	CHECK(parse_fails("", "starts with \"ddsketch\""));
	CHECK(parse_fails("ddsketchx v1", "starts with \"ddsketch\""));
	CHECK(parse_fails("sketch v1 m=70 n=0", "starts with \"ddsketch\""));
	CHECK(parse_fails("ddsketch m=70 n=0", "format version \"v1\""));
	CHECK(parse_fails("ddsketch v2 m=70 n=0", "version 2 is not supported"));
	CHECK(parse_fails("ddsketch v01 m=70 n=0", "leading zero"));
	CHECK(parse_fails("ddsketch v1x m=70 n=0", "Unexpected character at character 12"));
	CHECK(parse_fails("ddsketch v1 n=0", "Expected \"m=\" at character 13"));
	CHECK(parse_fails("ddsketch v1 m=71 n=0", "m=71 is not one"));
	CHECK(parse_fails("ddsketch v1 m=99999999999 n=0", "m=99999999999 is not one"));
	CHECK(parse_fails("ddsketch v1 m=70", "Expected \"n=\""));
	CHECK(parse_fails("ddsketch v1 m=70 n=-1", "total count as digits"));
	CHECK(parse_fails("ddsketch v1 m=70 n=9223372036854775808", "larger than a bigint"));
	CHECK(parse_fails("ddsketch v1 m=70 n=0 0:1", "nothing after n=0"));
	CHECK(parse_fails("ddsketch v1 m=70 n=1 min=0 max=0", "Expected \"zero=\""));
	CHECK(parse_fails("ddsketch v1 m=70 n=1 zero=1 max=0", "Expected \"min=\""));
	CHECK(parse_fails("ddsketch v1 m=70 n=1 zero=1 min=0", "Expected \"max=\""));
	CHECK(parse_fails("ddsketch v1 m=70 n=1 zero=1 min=0 max=0x", "Unexpected character"));
	CHECK(parse_fails("ddsketch v1 m=70 n=1 zero=0 min=1 max=1 0", "Expected \":\""));
	CHECK(parse_fails("ddsketch v1 m=70 n=1 zero=0 min=1 max=1 0:", "bucket count as digits"));
	CHECK(parse_fails("ddsketch v1 m=70 n=1 zero=0 min=1 max=1 0:1;", "Unexpected character"));
	CHECK(parse_fails("ddsketch v1 m=70 n=1 zero=0 min=1 max=1 :1", "bucket index as digits"));
	CHECK(parse_fails("ddsketch v1 m=70 n=2 zero=0 min=1 max=1 0:1 0:1", "must increase"));
	CHECK(parse_fails("ddsketch v1 m=70 n=1 zero=0 min=1 max=1 0:01", "leading zero"));
	CHECK(parse_fails("ddsketch v1 m=70 n=1 zero=0 min=1 max=1 4410:1", "index 4410 is out of range"));
	CHECK(parse_fails("ddsketch v1 m=35 n=1 zero=0 min=1 max=1 2205:1", "index 2205 is out of range (at most 2204)"));
	CHECK(parse_fails("ddsketch v1 m=70 n=2 zero=0 min=1 max=1 0:1", "short of the total count 2"));
	CHECK(parse_fails("ddsketch v1 m=70 n=1 zero=0 min=3600000000 max=3600000001 2222:1", "one value has minimum"));
	CHECK(parse_fails("ddsketch v1 m=70 n=1 zero=0 min=3600000000 max=3600000000 2223:1", "minimum 3600000000 does not lie in the first bucket 2223"));
	{
		/* an embedded NUL is not white space */
		const char	nul[] = "ddsketch v1 m=70 n=0\0";

		CHECK_EQ_LL(bl_sketch_parse(nul, sizeof(nul) - 1, &s, err), BL_SKETCH_INVALID);
	}
}

/* The age_histogram state's text form: printed and read back, and what the reader refuses. */
static void
test_histogram_state_text(void)
{
	static const int64_t bounds[2] = {3600000000LL, 86400000000LL};	/* 1 h, 24 h */
	static const int64_t counts[3] = {1, 0, 9223372036854775807LL};
	int64_t		b[BL_AGE_MAX_BOUNDS];
	int64_t		c[BL_AGE_MAX_BOUNDS + 1];
	int			n = 0;
	char		err[BL_SKETCH_ERRLEN];
	char	   *text = bl_age_hist_format(bounds, 2, counts);
	static const char *const bad[] = {
		"", "age_histogram", "age_histogram v1", "age_histogram v2 bounds=1 counts=1,1",
		"age_histogram v1 bounds= counts=1", "age_histogram v1 bounds=1 counts=1",
		"age_histogram v1 bounds=1 counts=1,1,1", "age_histogram v1 bounds=2,1 counts=1,1,1",
		"age_histogram v1 bounds=0 counts=1,1", "age_histogram v1 bounds=1 counts=1,-1",
		"age_histogram v1 bounds=1 counts=1,9223372036854775808",
		"age_histogram v1 bounds=1, counts=1,1", "age_histogram v1 bounds=1 counts=1,1 x",
		"ddsketch v1 bounds=1 counts=1,1"};
	size_t		i;

	CHECK_STREQ(text, "age_histogram v1 bounds=3600000000,86400000000 counts=1,0,9223372036854775807");
	CHECK(bl_age_hist_parse(text, strlen(text), b, &n, c, err) == BL_SKETCH_OK);
	CHECK_EQ_LL(n, 2);
	CHECK_EQ_LL(b[1], 86400000000LL);
	CHECK_EQ_LL(c[2], 9223372036854775807LL);
	bl_free(text);
	/* tokens may be separated by any white space */
	text = "  age_histogram\tv1\nbounds=5 counts=0,7 ";
	CHECK(bl_age_hist_parse(text, strlen(text), b, &n, c, err) == BL_SKETCH_OK);
	CHECK_EQ_LL(n, 1);
	CHECK_EQ_LL(c[1], 7);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
	{
		err[0] = '\0';
		CHECK(bl_age_hist_parse(bad[i], strlen(bad[i]), b, &n, c, err) == BL_SKETCH_INVALID);
		CHECK(strlen(err) > 0);
	}
}

int
main(void)
{
	test_age_from_interval();
	test_buckets();
	test_mapping();
	test_ranks();
	test_accuracy();
	test_merge_and_formats();
	test_known_encoding();
	test_decode_rejects();
	test_parse_rejects();
	test_histogram_state_text();
	UNIT_DONE();
}

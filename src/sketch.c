/*
 * sketch.c: age buckets and the mergeable quantile sketch of ages (pure C, libc only).
 *
 * See sketch.h for the contract and README.md ("Age buckets, histograms and sketches") for the
 * formats and the accuracy argument.
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bl_alloc.h"
#include "sketch.h"

#define USECS_PER_SEC	INT64_C(1000000)
#define USECS_PER_MIN	(60 * USECS_PER_SEC)
#define USECS_PER_HOUR	(60 * USECS_PER_MIN)
#define USECS_PER_DAY	(24 * USECS_PER_HOUR)

/* ---- ages ------------------------------------------------------------------------------- */

BlAgeResult
bl_age_from_interval(int64_t time, int32_t day, int32_t month, int64_t *usecs)
{
	int64_t		secs;
	int64_t		frac;
	int64_t		result;

	/*
	 * The common case first, without divisions: no months (timestamptz subtraction gives days
	 * and time), a non-negative total within range.
	 */
	if (month == 0 &&
		!__builtin_mul_overflow((int64_t) day, USECS_PER_DAY, &result) &&
		!__builtin_add_overflow(result, time, &result) && result >= 0)
	{
		*usecs = result;
		return BL_AGE_OK;
	}

	/*
	 * Whole seconds of the month and day fields, counted in quarter days so that a year of
	 * 365.25 days stays integral: 1461 quarter days a year, 120 a month, 4 a day. Even the
	 * largest int32 fields give under 6e15 seconds, far inside int64.
	 */
	secs = ((int64_t) 1461 * (month / 12) + (int64_t) 120 * (month % 12) + (int64_t) 4 * day) *
		(USECS_PER_DAY / USECS_PER_SEC / 4) + time / USECS_PER_SEC;
	frac = time % USECS_PER_SEC;

	/*
	 * Give the sub-second part the sign of the whole, so that the total is below zero exactly
	 * when secs is, and an overflow of secs * 10^6 below is a true overflow of the total.
	 */
	if (secs > 0 && frac < 0)
	{
		secs--;
		frac += USECS_PER_SEC;
	}
	else if (secs < 0 && frac > 0)
	{
		secs++;
		frac -= USECS_PER_SEC;
	}
	if (secs < 0 || frac < 0)
		return BL_AGE_NEGATIVE;
	if (__builtin_mul_overflow(secs, USECS_PER_SEC, &result) ||
		__builtin_add_overflow(result, frac, &result))
		return BL_AGE_OUT_OF_RANGE;
	*usecs = result;
	return BL_AGE_OK;
}

/* ---- age buckets ------------------------------------------------------------------------ */

const int64_t bl_age_default_bounds[BL_AGE_DEFAULT_NBOUNDS] = {
	24 * USECS_PER_HOUR,
	72 * USECS_PER_HOUR,
	7 * USECS_PER_DAY,
	14 * USECS_PER_DAY,
	30 * USECS_PER_DAY
};

BlBoundsResult
bl_age_bounds_check(const int64_t *bounds, int nbounds, int *bad)
{
	int			i;

	*bad = 0;
	if (nbounds <= 0)
		return BL_BOUNDS_EMPTY;
	if (nbounds > BL_AGE_MAX_BOUNDS)
		return BL_BOUNDS_TOO_MANY;
	for (i = 0; i < nbounds; i++)
	{
		*bad = i;
		if (bounds[i] <= 0)
			return BL_BOUNDS_NOT_POSITIVE;
		if (i > 0 && bounds[i] <= bounds[i - 1])
			return BL_BOUNDS_NOT_INCREASING;
	}
	*bad = 0;
	return BL_BOUNDS_OK;
}

int
bl_age_bucket(const int64_t *bounds, int nbounds, int64_t age)
{
	int			lo = 0;
	int			hi = nbounds;

	/* the first k with age < bounds[k]; nbounds when there is none */
	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (age < bounds[mid])
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* The unit of a label: see sketch.h. ref is the bound that decides between days and hours. */
static int64_t
bl_label_unit(int64_t lo, int64_t hi, int64_t ref)
{
	if (ref > 72 * USECS_PER_HOUR && lo % USECS_PER_DAY == 0 && hi % USECS_PER_DAY == 0)
		return USECS_PER_DAY;
	if (lo % USECS_PER_HOUR == 0 && hi % USECS_PER_HOUR == 0)
		return USECS_PER_HOUR;
	if (lo % USECS_PER_MIN == 0 && hi % USECS_PER_MIN == 0)
		return USECS_PER_MIN;
	return USECS_PER_SEC;
}

static const char *
bl_label_suffix(int64_t unit)
{
	if (unit == USECS_PER_DAY)
		return "d";
	if (unit == USECS_PER_HOUR)
		return "h";
	if (unit == USECS_PER_MIN)
		return "min";
	return "s";
}

/* usecs in unit, into buf; seconds keep their fraction, without trailing zeros. */
static void
bl_label_amount(int64_t usecs, int64_t unit, char *buf, size_t len)
{
	char		frac[8];
	int			i;

	if (unit != USECS_PER_SEC || usecs % USECS_PER_SEC == 0)
	{
		snprintf(buf, len, "%lld", (long long) (usecs / unit));
		return;
	}
	snprintf(frac, sizeof(frac), "%06lld", (long long) (usecs % USECS_PER_SEC));
	for (i = 5; i > 0 && frac[i] == '0'; i--)
		frac[i] = '\0';
	snprintf(buf, len, "%lld.%s", (long long) (usecs / USECS_PER_SEC), frac);
}

void
bl_age_label(const int64_t *bounds, int nbounds, int k, char *buf)
{
	/* two amounts of at most 20 characters each fit in BL_AGE_LABEL_LEN with the rest */
	char		lo_text[28];
	char		hi_text[28];
	int64_t		lo = k == 0 ? 0 : bounds[k - 1];
	int64_t		unit;

	if (k == nbounds)
	{
		unit = bl_label_unit(lo, lo, lo);
		bl_label_amount(lo, unit, lo_text, sizeof(lo_text));
		snprintf(buf, BL_AGE_LABEL_LEN, "%s%s+", lo_text, bl_label_suffix(unit));
		return;
	}
	unit = bl_label_unit(lo, bounds[k], bounds[k]);
	bl_label_amount(lo, unit, lo_text, sizeof(lo_text));
	bl_label_amount(bounds[k], unit, hi_text, sizeof(hi_text));
	snprintf(buf, BL_AGE_LABEL_LEN, "%s-%s%s", lo_text, hi_text, bl_label_suffix(unit));
}

/* ---- sketch resolution and bucket mapping ----------------------------------------------- */

/*
 * floor(2^(63 + k/70)) for k = 0..69: the bucket boundaries inside an octave, as fractions of the
 * octave's start in 64-bit fixed point (2^63 = 1.0). Generated with exact integer arithmetic:
 * T[k] = the integer 70th root of 2^(63*70 + k), rounded down. Bucket j of an octave at
 * resolution m starts at T[j * 70 / m].
 */
static const uint64_t bl_octave_bounds[70] = {
	UINT64_C(0x8000000000000000), UINT64_C(0x81461579e0ffa5f5), UINT64_C(0x828f69a92a6bd401),
	UINT64_C(0x83dc04d21dab3d65), UINT64_C(0x852bef4e0b5e38bb), UINT64_C(0x867f318b89050f52),
	UINT64_C(0x87d5d40ea72ef912), UINT64_C(0x892fdf7128332131), UINT64_C(0x8a8d5c62b775133e),
	UINT64_C(0x8bee53a92135f3c5), UINT64_C(0x8d52ce208af3eb22), UINT64_C(0x8ebad4bbac592cd8),
	UINT64_C(0x9026708408bc0931), UINT64_C(0x9195aa9a29317ab9), UINT64_C(0x93088c35d733a4b5),
	UINT64_C(0x947f1ea657ddbb79), UINT64_C(0x95f96b52a7bed347), UINT64_C(0x97777bb9b7451619),
	UINT64_C(0x98f95972a7c2e49e), UINT64_C(0x9a7f0e2d090f6a85), UINT64_C(0x9c08a3b117c43214),
	UINT64_C(0x9d9623dffc19470d), UINT64_C(0x9f2798b409617cbc), UINT64_C(0xa0bd0c40fe286f39),
	UINT64_C(0xa25688b444f3dbcf), UINT64_C(0xa3f4185535a9f0b7), UINT64_C(0xa595c585579e3854),
	UINT64_C(0xa73b9ac0a446c872), UINT64_C(0xa8e5a29dca9b622b), UINT64_C(0xaa93e7ce7320335a),
	UINT64_C(0xac46751f849deee4), UINT64_C(0xadfd55796988f560), UINT64_C(0xafb893e056194c23),
	UINT64_C(0xb1783b748f152516), UINT64_C(0xb33c5772b14fbe46), UINT64_C(0xb504f333f9de6484),
	UINT64_C(0xb6d21a2e8f056938), UINT64_C(0xb8a3d7f5c9dedfe5), UINT64_C(0xba7a383a80bcfcbb),
	UINT64_C(0xbc5546cb5249f225), UINT64_C(0xbe350f94f1673024), UINT64_C(0xc0199ea271cdecf1),
	UINT64_C(0xc203001d9572e35c), UINT64_C(0xc3f1404f1aaf382e), UINT64_C(0xc5e46b9f0b307ccf),
	UINT64_C(0xc7dc8e950bb1ca74), UINT64_C(0xc9d9b5d8ac7ff61f), UINT64_C(0xcbdbee31bacae2cf),
	UINT64_C(0xcde3448892c5fc7d), UINT64_C(0xcfefc5e67299eb8f), UINT64_C(0xd2017f75ce2995d3),
	UINT64_C(0xd4187e82a3ac873f), UINT64_C(0xd634d07ad120e230), UINT64_C(0xd85682ee6a96fc23),
	UINT64_C(0xda7da3901158d183), UINT64_C(0xdcaa40354bef8093), UINT64_C(0xdedc66d6df09010a),
	UINT64_C(0xe1142591274053b0), UINT64_C(0xe3518aa473ca6ae2), UINT64_C(0xe594a475620a12ac),
	UINT64_C(0xe7dd818d3a0d24f7), UINT64_C(0xea2c309a4bf55c18), UINT64_C(0xec80c0704e4f1c06),
	UINT64_C(0xeedb4008bd58906d), UINT64_C(0xf13bbe833b3b83da), UINT64_C(0xf3a24b25f13c5a65),
	UINT64_C(0xf60ef55df1e0a044), UINT64_C(0xf881ccbf9c0fa313), UINT64_C(0xfafae106ff2f92bc),
	UINT64_C(0xfd7a42184041ad62)
};

/* The resolutions a sketch may have, coarsest first: the divisors of 70. */
static const int bl_sketch_resolutions[] = {1, 2, 5, 7, 10, 14, 35, 70};

#define BL_NRESOLUTIONS ((int) (sizeof(bl_sketch_resolutions) / sizeof(bl_sketch_resolutions[0])))

bool
bl_sketch_valid_m(int m)
{
	int			i;

	for (i = 0; i < BL_NRESOLUTIONS; i++)
		if (bl_sketch_resolutions[i] == m)
			return true;
	return false;
}

double
bl_sketch_error_bound(int m)
{
	double		lower;
	double		upper;
	double		alpha;

	/* every bucket spans the same ratio, so the first one tells */
	bl_sketch_bucket_bounds(m, 0, &lower, &upper);
	alpha = (upper - lower) / (upper + lower);
	return 2.0 * alpha;
}

int
bl_sketch_m_for_error(double max_error)
{
	int			i;

	for (i = 0; i < BL_NRESOLUTIONS; i++)
		if (bl_sketch_error_bound(bl_sketch_resolutions[i]) <= max_error)
			return bl_sketch_resolutions[i];
	return 0;
}

/*
 * bl_octave_slot[s]: the bucket (of 70 per octave) that holds the start of slot s, one of 256
 * equal slices of an octave (the 8 bits after a value's leading one). Every bucket is wider than
 * a slot (2^(1/70) - 1 > 1/256), so at most one boundary falls inside a slot and one comparison
 * finishes the lookup. Built from bl_octave_bounds on first use.
 */
static uint8_t bl_octave_slot[256];
static bool bl_octave_slot_ready = false;

static void
bl_octave_slot_init(void)
{
	int			j = 0;
	int			s;

	for (s = 0; s < 256; s++)
	{
		uint64_t	start = (UINT64_C(1) << 63) | ((uint64_t) s << 55);

		while (j + 1 < BL_SKETCH_DEFAULT_M && bl_octave_bounds[j + 1] <= start)
			j++;
		bl_octave_slot[s] = (uint8_t) j;
	}
	bl_octave_slot_ready = true;
}

int
bl_sketch_index(int m, int64_t v)
{
	int			e = 63 - __builtin_clzll((uint64_t) v);
	uint64_t	mant = (uint64_t) v << (63 - e);
	int			j;

	if (!bl_octave_slot_ready)
		bl_octave_slot_init();
	/* the last j with T[j] <= mant, at 70 buckets per octave */
	j = bl_octave_slot[(mant >> 55) & 0xff];
	if (j + 1 < BL_SKETCH_DEFAULT_M && mant >= bl_octave_bounds[j + 1])
		j++;
	/* a coarser bucket is a run of 70 / m consecutive fine ones */
	if (m != BL_SKETCH_DEFAULT_M)
		j /= BL_SKETCH_DEFAULT_M / m;
	return e * m + j;
}

void
bl_sketch_bucket_bounds(int m, int idx, double *lower, double *upper)
{
	int			e = idx / m;
	int			j = idx % m;
	int			stride = BL_SKETCH_DEFAULT_M / m;

	*lower = ldexp((double) bl_octave_bounds[j * stride], e - 63);
	if (j + 1 < m)
		*upper = ldexp((double) bl_octave_bounds[(j + 1) * stride], e - 63);
	else
		*upper = ldexp(1.0, e + 1);
}

/* ---- the sketch in memory --------------------------------------------------------------- */

void
bl_sketch_init(BlSketch *s, int m)
{
	memset(s, 0, sizeof(*s));
	s->m = m;
}

void
bl_sketch_free(BlSketch *s)
{
	bl_free(s->counts);
	s->counts = NULL;
	s->cap = 0;
}

void
bl_sketch_copy(BlSketch *dst, const BlSketch *src)
{
	*dst = *src;
	dst->counts = NULL;
	if (src->cap > 0)
	{
		dst->counts = bl_alloc((size_t) src->cap * sizeof(int64_t));
		memcpy(dst->counts, src->counts, (size_t) src->cap * sizeof(int64_t));
	}
}

/*
 * Make counts cover bucket idx. The dense range only grows, by half its width again (at least
 * 32 slots) on the side that grew, so a run of additions reallocates O(log) times and the array
 * never exceeds the 63 * m buckets of the whole domain.
 */
static void
bl_sketch_reserve(BlSketch *s, int idx)
{
	int			nbuckets = BL_SKETCH_OCTAVES * s->m;
	int			newlo;
	int			newhi;
	int			slack;
	int64_t    *counts;

	if (s->cap > 0 && idx >= s->lo && idx < s->lo + s->cap)
		return;
	if (s->cap == 0)
	{
		newlo = idx;
		newhi = idx + 1;
	}
	else
	{
		newlo = idx < s->lo ? idx : s->lo;
		newhi = idx >= s->lo + s->cap ? idx + 1 : s->lo + s->cap;
	}
	slack = (newhi - newlo) / 2;
	if (slack < 32)
		slack = 32;
	if (s->cap == 0 || idx < s->lo)
		newlo = newlo - slack < 0 ? 0 : newlo - slack;
	if (s->cap == 0 || idx >= s->lo + s->cap)
		newhi = newhi + slack > nbuckets ? nbuckets : newhi + slack;

	counts = bl_alloc((size_t) (newhi - newlo) * sizeof(int64_t));
	if (s->cap > 0)
		memcpy(counts + (s->lo - newlo), s->counts, (size_t) s->cap * sizeof(int64_t));
	bl_free(s->counts);
	s->counts = counts;
	s->lo = newlo;
	s->cap = newhi - newlo;
}

BlSketchResult
bl_sketch_add(BlSketch *s, int64_t v)
{
	if (s->n == INT64_MAX)
		return BL_SKETCH_OVERFLOW;
	if (s->n == 0 || v < s->min)
		s->min = v;
	if (s->n == 0 || v > s->max)
		s->max = v;
	s->n++;
	if (v == 0)
		s->zero++;
	else
	{
		int			idx = bl_sketch_index(s->m, v);

		bl_sketch_reserve(s, idx);
		s->counts[idx - s->lo]++;
	}
	return BL_SKETCH_OK;
}

BlSketchResult
bl_sketch_merge(BlSketch *dst, const BlSketch *src)
{
	int			first = -1;
	int			last = -1;
	int			i;

	if (dst->m != src->m)
		return BL_SKETCH_MISMATCH;
	if (src->n == 0)
		return BL_SKETCH_OK;
	/* every count is at most its sketch's n, so checking n covers them all */
	if (dst->n > INT64_MAX - src->n)
		return BL_SKETCH_OVERFLOW;

	if (dst->n == 0 || src->min < dst->min)
		dst->min = src->min;
	if (dst->n == 0 || src->max > dst->max)
		dst->max = src->max;
	dst->n += src->n;
	dst->zero += src->zero;

	for (i = 0; i < src->cap; i++)
	{
		if (src->counts[i] == 0)
			continue;
		if (first < 0)
			first = i;
		last = i;
	}
	if (first < 0)
		return BL_SKETCH_OK;
	bl_sketch_reserve(dst, src->lo + first);
	bl_sketch_reserve(dst, src->lo + last);
	for (i = first; i <= last; i++)
		dst->counts[src->lo + i - dst->lo] += src->counts[i];
	return BL_SKETCH_OK;
}

/* ---- quantiles -------------------------------------------------------------------------- */

int64_t
bl_sketch_rank(int64_t n, double q)
{
	/* percentile_disc computes (int64) ceil(percentile * rowcount); so do we */
	double		rank = ceil(q * (double) n);

	if (rank < 1.0)
		return 1;
	/* q * n may round above n when n is beyond 2^53 (and (double) INT64_MAX is 2^63) */
	if (rank >= (double) n)
		return n;
	return (int64_t) rank;
}

/*
 * The value reported for bucket idx: 2LU / (L + U) for the bucket [L, U), whose relative
 * distance to both ends is (U - L) / (U + L) = alpha, clamped to [min, max] (all the values lie
 * there, so clamping only moves it closer) and rounded to a whole microsecond.
 */
static int64_t
bl_sketch_representative(const BlSketch *s, int idx)
{
	double		lower;
	double		upper;
	double		rep;
	int64_t		v;

	bl_sketch_bucket_bounds(s->m, idx, &lower, &upper);
	rep = 2.0 * lower * upper / (lower + upper);
	if (rep <= (double) s->min)
		return s->min;
	if (rep >= (double) s->max)
		return s->max;
	/* rep < (double) max <= 2^63 here, and a double below 2^63 is at most 2^63 - 1024 */
	v = (int64_t) (rep + 0.5);
	if (v < s->min)
		v = s->min;
	if (v > s->max)
		v = s->max;
	return v;
}

void
bl_sketch_quantiles(const BlSketch *s, const double *q, int nq, int64_t *out)
{
	int64_t    *cum = NULL;
	int64_t		running = s->zero;
	int			i;

	/* cumulative counts once, then a binary search per quantile */
	if (s->cap > 0)
	{
		cum = bl_alloc((size_t) s->cap * sizeof(int64_t));
		for (i = 0; i < s->cap; i++)
		{
			running += s->counts[i];
			cum[i] = running;
		}
	}
	for (i = 0; i < nq; i++)
	{
		int64_t		rank = bl_sketch_rank(s->n, q[i]);
		int			lo = 0;
		int			hi = s->cap - 1;

		if (rank <= s->zero)
			out[i] = 0;
		else if (rank == 1)
			out[i] = s->min;
		else if (rank == s->n)
			out[i] = s->max;
		else
		{
			/* the first slot whose cumulative count reaches rank; cum[cap - 1] = n >= rank */
			while (lo < hi)
			{
				int			mid = lo + (hi - lo) / 2;

				if (cum[mid] >= rank)
					hi = mid;
				else
					lo = mid + 1;
			}
			out[i] = bl_sketch_representative(s, s->lo + lo);
		}
	}
	bl_free(cum);
}

/* ---- reading: the checks shared by the binary and the text reader ------------------------ */

typedef struct BlReader
{
	BlSketch   *s;
	int64_t		last;			/* index of the previous bucket; -1 before the first */
	int64_t		first;			/* index of the first bucket; -1 before it */
	int64_t		sum;			/* bucket counts so far */
	char	   *err;
} BlReader;

static BlSketchResult
bl_reader_fail(BlReader *r, const char *fmt, long long a, long long b)
{
	snprintf(r->err, BL_SKETCH_ERRLEN, fmt, a, b);
	bl_sketch_free(r->s);
	return BL_SKETCH_INVALID;
}

static void
bl_reader_start(BlReader *r, BlSketch *s, int m, char *err)
{
	bl_sketch_init(s, m);
	r->s = s;
	r->last = -1;
	r->first = -1;
	r->sum = 0;
	r->err = err;
}

static BlSketchResult
bl_reader_header(BlReader *r, int64_t n, int64_t zero, int64_t min, int64_t max)
{
	if (zero > n)
		return bl_reader_fail(r, "The zero count %lld is larger than the total count %lld.",
							  (long long) zero, (long long) n);
	if (min > max)
		return bl_reader_fail(r, "The minimum %lld is larger than the maximum %lld.",
							  (long long) min, (long long) max);
	r->s->n = n;
	r->s->zero = zero;
	r->s->min = min;
	r->s->max = max;
	return BL_SKETCH_OK;
}

static BlSketchResult
bl_reader_bucket(BlReader *r, int64_t idx, int64_t count)
{
	int64_t		nbuckets = (int64_t) BL_SKETCH_OCTAVES * r->s->m;

	if (idx < 0 || idx >= nbuckets)
		return bl_reader_fail(r, "Bucket index %lld is out of range (at most %lld).",
							  (long long) idx, (long long) (nbuckets - 1));
	if (idx <= r->last)
		return bl_reader_fail(r, "Bucket indexes must increase, but %lld follows %lld.",
							  (long long) idx, (long long) r->last);
	if (count < 1)
		return bl_reader_fail(r, "Bucket %lld has count %lld; stored buckets count at least 1.",
							  (long long) idx, (long long) count);
	if (count > r->s->n - r->s->zero - r->sum)
		return bl_reader_fail(r, "The bucket counts add up to more than the total count %lld (at bucket %lld).",
							  (long long) r->s->n, (long long) idx);
	r->sum += count;
	if (r->first < 0)
		r->first = idx;
	r->last = idx;
	bl_sketch_reserve(r->s, (int) idx);
	r->s->counts[idx - r->s->lo] = count;
	return BL_SKETCH_OK;
}

/*
 * The counts add up, and min and max lie in the first and last non-empty buckets, so that some
 * multiset of ages would have produced exactly this sketch.
 */
static BlSketchResult
bl_reader_finish(BlReader *r)
{
	BlSketch   *s = r->s;

	if (s->zero + r->sum != s->n)
		return bl_reader_fail(r, "The bucket counts add up to %lld, short of the total count %lld.",
							  (long long) (s->zero + r->sum), (long long) s->n);
	if (s->n == 0)
		return BL_SKETCH_OK;
	if (s->zero > 0 && s->min != 0)
		return bl_reader_fail(r, "The sketch counts %lld zeros but its minimum is %lld.",
							  (long long) s->zero, (long long) s->min);
	if (s->zero == 0 && (s->min < 1 || bl_sketch_index(s->m, s->min) != r->first))
		return bl_reader_fail(r, "The minimum %lld does not lie in the first bucket %lld.",
							  (long long) s->min, (long long) r->first);
	if (r->last < 0 && s->max != 0)
		return bl_reader_fail(r, "The sketch counts only zeros but its maximum is %lld.",
							  (long long) s->max, 0);
	if (r->last >= 0 && (s->max < 1 || bl_sketch_index(s->m, s->max) != r->last))
		return bl_reader_fail(r, "The maximum %lld does not lie in the last bucket %lld.",
							  (long long) s->max, (long long) r->last);
	if (s->n == 1 && s->min != s->max)
		return bl_reader_fail(r, "A sketch of one value has minimum %lld and maximum %lld.",
							  (long long) s->min, (long long) s->max);
	return BL_SKETCH_OK;
}

/* ---- binary form ------------------------------------------------------------------------ */

/*
 * Layout (README has the same): byte 0 the format version, byte 1 m, then unsigned LEB128
 * varints: n; when n > 0, zero, min, max, and for each non-empty bucket in increasing order
 * (index delta, count), the first delta being the index itself. Varints are canonical (no
 * redundant trailing 0x80 groups) and at most INT64_MAX, so each sketch has exactly one
 * encoding and equal sketches have equal bytes.
 */
#define BL_VARINT_MAX	9		/* 9 groups of 7 bits hold 63 bits */

static size_t
bl_put_varint(uint8_t *p, uint64_t v)
{
	size_t		n = 0;

	while (v >= 0x80)
	{
		p[n++] = (uint8_t) (v | 0x80);
		v >>= 7;
	}
	p[n++] = (uint8_t) v;
	return n;
}

size_t
bl_sketch_encoded_max(const BlSketch *s)
{
	return 2 + 4 * BL_VARINT_MAX + (size_t) s->cap * 2 * BL_VARINT_MAX;
}

size_t
bl_sketch_encode(const BlSketch *s, uint8_t *buf)
{
	size_t		len = 0;
	int			prev = 0;
	int			i;

	buf[len++] = BL_SKETCH_VERSION;
	buf[len++] = (uint8_t) s->m;
	len += bl_put_varint(buf + len, (uint64_t) s->n);
	if (s->n == 0)
		return len;
	len += bl_put_varint(buf + len, (uint64_t) s->zero);
	len += bl_put_varint(buf + len, (uint64_t) s->min);
	len += bl_put_varint(buf + len, (uint64_t) s->max);
	for (i = 0; i < s->cap; i++)
	{
		if (s->counts[i] == 0)
			continue;
		len += bl_put_varint(buf + len, (uint64_t) (s->lo + i - prev));
		len += bl_put_varint(buf + len, (uint64_t) s->counts[i]);
		prev = s->lo + i;
	}
	return len;
}

/* One varint at *pos; on failure, a message naming what was being read. */
static BlSketchResult
bl_get_varint(BlReader *r, const uint8_t *buf, size_t len, size_t *pos, const char *what,
			  int64_t *out)
{
	uint64_t	v = 0;
	size_t		start = *pos;
	int			i;

	for (i = 0; i < BL_VARINT_MAX; i++)
	{
		uint8_t		b;

		if (*pos >= len)
		{
			snprintf(r->err, BL_SKETCH_ERRLEN, "The data ends inside the %s at byte %zu.",
					 what, start);
			bl_sketch_free(r->s);
			return BL_SKETCH_INVALID;
		}
		b = buf[(*pos)++];
		v |= (uint64_t) (b & 0x7f) << (7 * i);
		if ((b & 0x80) == 0)
		{
			if (b == 0 && i > 0)
			{
				snprintf(r->err, BL_SKETCH_ERRLEN,
						 "The %s at byte %zu is not in its shortest encoding.", what, start);
				bl_sketch_free(r->s);
				return BL_SKETCH_INVALID;
			}
			*out = (int64_t) v;
			return BL_SKETCH_OK;
		}
	}
	snprintf(r->err, BL_SKETCH_ERRLEN, "The %s at byte %zu is larger than a bigint.", what, start);
	bl_sketch_free(r->s);
	return BL_SKETCH_INVALID;
}

BlSketchResult
bl_sketch_decode(const uint8_t *buf, size_t len, BlSketch *s, char *err)
{
	BlReader	r;
	size_t		pos = 2;
	int64_t		n;
	int64_t		zero;
	int64_t		min;
	int64_t		max;
	int64_t		idx = 0;

	bl_reader_start(&r, s, BL_SKETCH_DEFAULT_M, err);
	if (len < 3)
		return bl_reader_fail(&r, "A sketch takes at least 3 bytes, not %lld.", (long long) len, 0);
	if (buf[0] != BL_SKETCH_VERSION)
		return bl_reader_fail(&r, "Format version %lld is not supported (this is version %lld).",
							  buf[0], BL_SKETCH_VERSION);
	if (!bl_sketch_valid_m(buf[1]))
		return bl_reader_fail(&r, "Resolution m=%lld is not one of 1, 2, 5, 7, 10, 14, 35, 70.",
							  buf[1], 0);
	s->m = buf[1];

	if (bl_get_varint(&r, buf, len, &pos, "total count", &n) != BL_SKETCH_OK)
		return BL_SKETCH_INVALID;
	if (n == 0)
	{
		if (pos != len)
			return bl_reader_fail(&r, "An empty sketch is followed by %lld more bytes.",
								  (long long) (len - pos), 0);
		return BL_SKETCH_OK;
	}
	if (bl_get_varint(&r, buf, len, &pos, "zero count", &zero) != BL_SKETCH_OK ||
		bl_get_varint(&r, buf, len, &pos, "minimum", &min) != BL_SKETCH_OK ||
		bl_get_varint(&r, buf, len, &pos, "maximum", &max) != BL_SKETCH_OK ||
		bl_reader_header(&r, n, zero, min, max) != BL_SKETCH_OK)
		return BL_SKETCH_INVALID;

	while (pos < len)
	{
		int64_t		delta;
		int64_t		count;

		if (bl_get_varint(&r, buf, len, &pos, "bucket index", &delta) != BL_SKETCH_OK ||
			bl_get_varint(&r, buf, len, &pos, "bucket count", &count) != BL_SKETCH_OK)
			return BL_SKETCH_INVALID;
		/* keep idx within range before adding, so the sum cannot overflow */
		if (delta > (int64_t) BL_SKETCH_OCTAVES * s->m)
			return bl_reader_fail(&r, "Bucket index step %lld is out of range (at most %lld).",
								  (long long) delta, (long long) BL_SKETCH_OCTAVES * s->m);
		idx = r.last < 0 ? delta : idx + delta;
		if (bl_reader_bucket(&r, idx, count) != BL_SKETCH_OK)
			return BL_SKETCH_INVALID;
	}
	return bl_reader_finish(&r);
}

/* ---- text form -------------------------------------------------------------------------- */

/*
 * "ddsketch v1 m=70 n=4 zero=1 min=0 max=86400000000 2222:2 2545:1": the version, m, n and, when
 * n > 0, zero, min, max (microseconds) and "index:count" for each non-empty bucket in increasing
 * order. Tokens are separated by any white space, so a wrapped copy still reads; numbers are
 * plain decimal digits without leading zeros, so each sketch has exactly one text.
 */
#define BL_TEXT_PREFIX "ddsketch"

char *
bl_sketch_format(const BlSketch *s)
{
	/* the header needs under 100 bytes; a bucket " 4409:9223372036854775807" 25 */
	size_t		size = 128 + (size_t) s->cap * 26;
	char	   *buf = bl_alloc(size);
	size_t		len;
	int			i;

	len = snprintf(buf, size, BL_TEXT_PREFIX " v%d m=%d n=%lld", BL_SKETCH_VERSION, s->m,
				   (long long) s->n);
	if (s->n == 0)
		return buf;
	len += snprintf(buf + len, size - len, " zero=%lld min=%lld max=%lld", (long long) s->zero,
					(long long) s->min, (long long) s->max);
	for (i = 0; i < s->cap; i++)
		if (s->counts[i] > 0)
			len += snprintf(buf + len, size - len, " %d:%lld", s->lo + i,
							(long long) s->counts[i]);
	return buf;
}

typedef struct BlScan
{
	const char *start;
	const char *p;
	const char *end;
} BlScan;

static bool
bl_is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static void
bl_skip_space(BlScan *sc)
{
	while (sc->p < sc->end && bl_is_space(*sc->p))
		sc->p++;
}

/* 1-based character position of the scan, for messages */
static long long
bl_scan_pos(const BlScan *sc)
{
	return (long long) (sc->p - sc->start) + 1;
}

/* Is the scan at the end of a token (white space or the end)? */
static bool
bl_at_token_end(const BlScan *sc)
{
	return sc->p >= sc->end || bl_is_space(*sc->p);
}

/* Consume word (after white space); it must be followed by white space, '=' or the end. */
static bool
bl_scan_word(BlScan *sc, const char *word)
{
	size_t		wlen = strlen(word);

	bl_skip_space(sc);
	if ((size_t) (sc->end - sc->p) < wlen || memcmp(sc->p, word, wlen) != 0)
		return false;
	sc->p += wlen;
	return true;
}

/* A decimal number without sign or leading zeros, at most INT64_MAX. */
static BlSketchResult
bl_scan_number(BlReader *r, BlScan *sc, const char *what, int64_t *out)
{
	long long	pos = bl_scan_pos(sc);
	int64_t		v = 0;
	const char *digits = sc->p;

	while (sc->p < sc->end && *sc->p >= '0' && *sc->p <= '9')
	{
		if (v > (INT64_MAX - (*sc->p - '0')) / 10)
		{
			snprintf(r->err, BL_SKETCH_ERRLEN,
					 "The %s at character %lld is larger than a bigint.", what, pos);
			bl_sketch_free(r->s);
			return BL_SKETCH_INVALID;
		}
		v = v * 10 + (*sc->p - '0');
		sc->p++;
	}
	if (sc->p == digits)
	{
		snprintf(r->err, BL_SKETCH_ERRLEN, "Expected the %s as digits at character %lld.",
				 what, pos);
		bl_sketch_free(r->s);
		return BL_SKETCH_INVALID;
	}
	if (*digits == '0' && sc->p - digits > 1)
	{
		snprintf(r->err, BL_SKETCH_ERRLEN, "The %s at character %lld has a leading zero.",
				 what, pos);
		bl_sketch_free(r->s);
		return BL_SKETCH_INVALID;
	}
	*out = v;
	return BL_SKETCH_OK;
}

/* "name=<number>" followed by white space or the end. */
static BlSketchResult
bl_scan_field(BlReader *r, BlScan *sc, const char *name, const char *what, int64_t *out)
{
	if (!bl_scan_word(sc, name) || sc->p >= sc->end || *sc->p != '=')
	{
		snprintf(r->err, BL_SKETCH_ERRLEN, "Expected \"%s=\" at character %lld.", name,
				 bl_scan_pos(sc));
		bl_sketch_free(r->s);
		return BL_SKETCH_INVALID;
	}
	sc->p++;
	if (bl_scan_number(r, sc, what, out) != BL_SKETCH_OK)
		return BL_SKETCH_INVALID;
	if (!bl_at_token_end(sc))
		return bl_reader_fail(r, "Unexpected character at character %lld.", bl_scan_pos(sc), 0);
	return BL_SKETCH_OK;
}

/* The format version after the prefix: "v1", the only one there is. */
static BlSketchResult
bl_scan_version(BlReader *r, BlScan *sc)
{
	int64_t		version;

	if (!bl_scan_word(sc, "v"))
		return bl_reader_fail(r, "Expected the format version \"v1\" at character %lld.",
							  bl_scan_pos(sc), 0);
	if (bl_scan_number(r, sc, "format version", &version) != BL_SKETCH_OK)
		return BL_SKETCH_INVALID;
	if (!bl_at_token_end(sc))
		return bl_reader_fail(r, "Unexpected character at character %lld.", bl_scan_pos(sc), 0);
	if (version != BL_SKETCH_VERSION)
		return bl_reader_fail(r, "Format version %lld is not supported (this is version %lld).",
							  (long long) version, BL_SKETCH_VERSION);
	return BL_SKETCH_OK;
}

BlSketchResult
bl_sketch_parse(const char *str, size_t len, BlSketch *s, char *err)
{
	BlReader	r;
	BlScan		sc = {str, str, str + len};
	int64_t		m;
	int64_t		n;
	int64_t		zero;
	int64_t		min;
	int64_t		max;

	bl_reader_start(&r, s, BL_SKETCH_DEFAULT_M, err);
	if (!bl_scan_word(&sc, BL_TEXT_PREFIX) || !bl_at_token_end(&sc))
		return bl_reader_fail(&r, "A sketch starts with \"" BL_TEXT_PREFIX "\" (at character %lld).",
							  bl_scan_pos(&sc), 0);
	if (bl_scan_version(&r, &sc) != BL_SKETCH_OK)
		return BL_SKETCH_INVALID;
	if (bl_scan_field(&r, &sc, "m", "resolution", &m) != BL_SKETCH_OK)
		return BL_SKETCH_INVALID;
	if (m > INT_MAX || !bl_sketch_valid_m((int) m))
		return bl_reader_fail(&r, "Resolution m=%lld is not one of 1, 2, 5, 7, 10, 14, 35, 70.",
							  (long long) m, 0);
	s->m = (int) m;
	if (bl_scan_field(&r, &sc, "n", "total count", &n) != BL_SKETCH_OK)
		return BL_SKETCH_INVALID;
	if (n > 0)
	{
		if (bl_scan_field(&r, &sc, "zero", "zero count", &zero) != BL_SKETCH_OK ||
			bl_scan_field(&r, &sc, "min", "minimum", &min) != BL_SKETCH_OK ||
			bl_scan_field(&r, &sc, "max", "maximum", &max) != BL_SKETCH_OK ||
			bl_reader_header(&r, n, zero, min, max) != BL_SKETCH_OK)
			return BL_SKETCH_INVALID;
	}
	for (;;)
	{
		int64_t		idx;
		int64_t		count;

		bl_skip_space(&sc);
		if (sc.p >= sc.end)
			break;
		if (n == 0)
			return bl_reader_fail(&r, "An empty sketch has nothing after n=0 (character %lld).",
								  bl_scan_pos(&sc), 0);
		if (bl_scan_number(&r, &sc, "bucket index", &idx) != BL_SKETCH_OK)
			return BL_SKETCH_INVALID;
		if (sc.p >= sc.end || *sc.p != ':')
			return bl_reader_fail(&r, "Expected \":\" after a bucket index at character %lld.",
								  bl_scan_pos(&sc), 0);
		sc.p++;
		if (bl_scan_number(&r, &sc, "bucket count", &count) != BL_SKETCH_OK)
			return BL_SKETCH_INVALID;
		if (!bl_at_token_end(&sc))
			return bl_reader_fail(&r, "Unexpected character at character %lld.",
								  bl_scan_pos(&sc), 0);
		if (bl_reader_bucket(&r, idx, count) != BL_SKETCH_OK)
			return BL_SKETCH_INVALID;
	}
	return bl_reader_finish(&r);
}

/* ---- age histogram states (text form) --------------------------------------------------- */

/*
 * "age_histogram v1 bounds=86400000000,259200000000 counts=3,0,1": the bounds in microseconds
 * and a count per bucket (one more than bounds), numbers as in the sketch's text form.
 */
#define BL_HIST_TEXT_PREFIX "age_histogram"

char *
bl_age_hist_format(const int64_t *bounds, int nbounds, const int64_t *counts)
{
	/* each number at most 19 digits and a separator */
	size_t		size = 64 + (size_t) (2 * nbounds + 1) * 21;
	char	   *buf = bl_alloc(size);
	size_t		len;
	int			k;

	len = snprintf(buf, size, BL_HIST_TEXT_PREFIX " v%d bounds=", BL_SKETCH_VERSION);
	for (k = 0; k < nbounds; k++)
		len += snprintf(buf + len, size - len, k == 0 ? "%lld" : ",%lld", (long long) bounds[k]);
	len += snprintf(buf + len, size - len, " counts=");
	for (k = 0; k <= nbounds; k++)
		len += snprintf(buf + len, size - len, k == 0 ? "%lld" : ",%lld", (long long) counts[k]);
	return buf;
}

/* "name=" then comma-separated numbers into out (at most max of them); *n gets how many. */
static BlSketchResult
bl_scan_list(BlReader *r, BlScan *sc, const char *name, const char *what, int64_t *out, int max,
			 int *n)
{
	*n = 0;
	if (!bl_scan_word(sc, name) || sc->p >= sc->end || *sc->p != '=')
	{
		snprintf(r->err, BL_SKETCH_ERRLEN, "Expected \"%s=\" at character %lld.", name,
				 bl_scan_pos(sc));
		return BL_SKETCH_INVALID;
	}
	sc->p++;
	for (;;)
	{
		if (*n >= max)
		{
			snprintf(r->err, BL_SKETCH_ERRLEN, "More than %d %ss at character %lld.", max, what,
					 bl_scan_pos(sc));
			return BL_SKETCH_INVALID;
		}
		if (bl_scan_number(r, sc, what, &out[*n]) != BL_SKETCH_OK)
			return BL_SKETCH_INVALID;
		(*n)++;
		if (sc->p < sc->end && *sc->p == ',')
		{
			sc->p++;
			continue;
		}
		if (!bl_at_token_end(sc))
			return bl_reader_fail(r, "Unexpected character at character %lld.", bl_scan_pos(sc), 0);
		return BL_SKETCH_OK;
	}
}

BlSketchResult
bl_age_hist_parse(const char *str, size_t len, int64_t *bounds, int *nbounds, int64_t *counts,
				  char *err)
{
	BlReader	r;
	BlSketch	dummy;			/* the reader's helpers free a sketch on failure */
	BlScan		sc = {str, str, str + len};
	int			ncounts;
	int			bad;

	bl_reader_start(&r, &dummy, BL_SKETCH_DEFAULT_M, err);
	if (!bl_scan_word(&sc, BL_HIST_TEXT_PREFIX) || !bl_at_token_end(&sc))
		return bl_reader_fail(&r, "An age histogram state starts with \"" BL_HIST_TEXT_PREFIX
							  "\" (at character %lld).", bl_scan_pos(&sc), 0);
	if (bl_scan_version(&r, &sc) != BL_SKETCH_OK)
		return BL_SKETCH_INVALID;
	if (bl_scan_list(&r, &sc, "bounds", "bound", bounds, BL_AGE_MAX_BOUNDS, nbounds) != BL_SKETCH_OK ||
		bl_scan_list(&r, &sc, "counts", "count", counts, BL_AGE_MAX_BOUNDS + 1, &ncounts) != BL_SKETCH_OK)
		return BL_SKETCH_INVALID;
	bl_skip_space(&sc);
	if (sc.p < sc.end)
		return bl_reader_fail(&r, "Unexpected character at character %lld.", bl_scan_pos(&sc), 0);
	switch (bl_age_bounds_check(bounds, *nbounds, &bad))
	{
		case BL_BOUNDS_OK:
			break;
		case BL_BOUNDS_NOT_INCREASING:
			return bl_reader_fail(&r, "Bound %lld is not greater than bound %lld.",
								  (long long) bad + 1, (long long) bad);
		default:
			return bl_reader_fail(&r, "Bound %lld is not positive.", (long long) bad + 1, 0);
	}
	if (ncounts != *nbounds + 1)
		return bl_reader_fail(&r, "%lld bounds need %lld counts.", (long long) *nbounds,
							  (long long) *nbounds + 1);
	return BL_SKETCH_OK;
}

/*
 * sketch.h: age buckets and the mergeable quantile sketch of ages (pure C, libc only).
 *
 * Ages are int64 microseconds, the resolution of interval and timestamptz, so bucketing and
 * counting are exact. Nothing here includes postgres.h: the server glue (sketch_fmgr.c) turns
 * the result codes and messages below into ereport.
 *
 * The sketch is DDSketch-like: logarithmic buckets, m of them per octave (power of two), so that
 * every bucket spans a constant ratio 2^(1/m) and any value is within a fixed relative error of
 * its bucket's representative. m is a divisor of 70; the default, 70, bounds the error of a
 * quantile by 0.991% (see bl_sketch_error_bound and README). Bucket boundaries are the 64-bit
 * fixed-point constants in sketch.c, compared with integers only, so which bucket a value falls
 * in does not depend on the platform's floating point or libm.
 */
#ifndef BACKLOG_SKETCH_H
#define BACKLOG_SKETCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- ages ------------------------------------------------------------------------------- */

typedef enum BlAgeResult
{
	BL_AGE_OK = 0,
	BL_AGE_NEGATIVE,			/* the interval is below zero */
	BL_AGE_OUT_OF_RANGE			/* more microseconds than int64 holds */
} BlAgeResult;

/*
 * An interval's length in microseconds, as extract(epoch from interval) counts it: a year
 * (12 months) is 365.25 days, each further month 30 days, a day 24 hours.
 */
extern BlAgeResult bl_age_from_interval(int64_t time, int32_t day, int32_t month,
										int64_t *usecs);

/* ---- age buckets ------------------------------------------------------------------------ */

/* The SPEC's buckets: 0-24h, 24-72h, 3-7d, 7-14d, 14-30d, 30d+ (bounds 24h, 72h, 7d, 14d, 30d). */
#define BL_AGE_DEFAULT_NBOUNDS	5
extern const int64_t bl_age_default_bounds[BL_AGE_DEFAULT_NBOUNDS];

/* Custom bounds: at most this many (so at most 101 buckets). */
#define BL_AGE_MAX_BOUNDS		100

/* Room for any bucket label, NUL included. */
#define BL_AGE_LABEL_LEN		64

typedef enum BlBoundsResult
{
	BL_BOUNDS_OK = 0,
	BL_BOUNDS_EMPTY,			/* no bound at all */
	BL_BOUNDS_TOO_MANY,			/* more than BL_AGE_MAX_BOUNDS */
	BL_BOUNDS_NOT_POSITIVE,		/* a bound <= 0; *bad is its 0-based position */
	BL_BOUNDS_NOT_INCREASING	/* bounds[*bad] <= bounds[*bad - 1] */
} BlBoundsResult;

extern BlBoundsResult bl_age_bounds_check(const int64_t *bounds, int nbounds, int *bad);

/*
 * The bucket of age (>= 0) among nbounds checked bounds: bucket k is [bounds[k-1], bounds[k]),
 * with bounds[-1] = 0 and bounds[nbounds] = infinity, so there are nbounds + 1 buckets.
 */
extern int	bl_age_bucket(const int64_t *bounds, int nbounds, int64_t age);

/*
 * The label of bucket k (0 <= k <= nbounds) into buf (BL_AGE_LABEL_LEN bytes): "lo-hi<unit>",
 * the last one "lo<unit>+". The unit is d when the bucket's upper bound (the lower one for the
 * last bucket) is above 72 hours and both bounds are whole days; else h when both are whole
 * hours; else min when both are whole minutes; else s, with decimals when needed. The default
 * bounds give exactly the SPEC's labels.
 */
extern void bl_age_label(const int64_t *bounds, int nbounds, int k, char *buf);

/* ---- the quantile sketch ---------------------------------------------------------------- */

/* Binary and text format version written and read. */
#define BL_SKETCH_VERSION		1

/* Buckets per octave of the default sketch, and the finest allowed (m must divide it). */
#define BL_SKETCH_DEFAULT_M		70

/* Octaves a positive int64 spans: bucket indexes run from 0 to 63 * m - 1. */
#define BL_SKETCH_OCTAVES		63

typedef struct BlSketch
{
	int			m;				/* buckets per octave, a divisor of 70 */
	int64_t		n;				/* values counted, zeros included; <= INT64_MAX */
	int64_t		zero;			/* values equal to 0 */
	int64_t		min;			/* smallest value; meaningful when n > 0 */
	int64_t		max;			/* largest value */
	int			lo;				/* bucket index of counts[0] */
	int			cap;			/* slots in counts (0: none allocated yet) */
	int64_t    *counts;			/* dense counts of buckets lo .. lo + cap - 1 */
} BlSketch;

typedef enum BlSketchResult
{
	BL_SKETCH_OK = 0,
	BL_SKETCH_INVALID,			/* malformed text or bytes: message in the caller's buffer */
	BL_SKETCH_OVERFLOW,			/* the count would pass INT64_MAX */
	BL_SKETCH_MISMATCH			/* merging sketches of different resolutions */
} BlSketchResult;

/* Size for error messages the readers write. */
#define BL_SKETCH_ERRLEN		160

extern bool bl_sketch_valid_m(int m);

/*
 * Worst relative error of a quantile read from a sketch of resolution m, rounding to whole
 * microseconds included: 2 * alpha, alpha = (2^(1/m) - 1) / (2^(1/m) + 1). 0.0099012 for m = 70.
 */
extern double bl_sketch_error_bound(int m);

/* The coarsest resolution whose error bound is at most max_error, or 0 if none is. */
extern int	bl_sketch_m_for_error(double max_error);

extern void bl_sketch_init(BlSketch *s, int m);
extern void bl_sketch_free(BlSketch *s);
extern void bl_sketch_copy(BlSketch *dst, const BlSketch *src);

/* The bucket index of v >= 1 at resolution m. */
extern int	bl_sketch_index(int m, int64_t v);

/* Bounds of bucket idx at resolution m: [*lower, *upper). */
extern void bl_sketch_bucket_bounds(int m, int idx, double *lower, double *upper);

/* Count v (>= 0). */
extern BlSketchResult bl_sketch_add(BlSketch *s, int64_t v);

/* Add src's counts into dst. */
extern BlSketchResult bl_sketch_merge(BlSketch *dst, const BlSketch *src);

/*
 * The 1-based rank percentile_disc(q) returns among n values: max(1, ceil(q * n)), computed as
 * PostgreSQL does. q must be in [0, 1] (the caller checks).
 */
extern int64_t bl_sketch_rank(int64_t n, double q);

/*
 * Estimates of percentile_disc(q[i]) into out[i], for n > 0: the representative of the bucket
 * that holds the value of that rank (exactly min for rank 1, max for rank n).
 */
extern void bl_sketch_quantiles(const BlSketch *s, const double *q, int nq, int64_t *out);

/* Binary form: an upper bound of its size, the encoder (returns the size written), the reader. */
extern size_t bl_sketch_encoded_max(const BlSketch *s);
extern size_t bl_sketch_encode(const BlSketch *s, uint8_t *buf);
extern BlSketchResult bl_sketch_decode(const uint8_t *buf, size_t len, BlSketch *s, char *err);

/* Text form: the printer (a NUL-terminated bl_alloc'd string) and the reader. */
extern char *bl_sketch_format(const BlSketch *s);
extern BlSketchResult bl_sketch_parse(const char *str, size_t len, BlSketch *s, char *err);

/* ---- age histogram states --------------------------------------------------------------- */

/*
 * Text form of an age_histogram aggregate state: its bounds (microseconds) and a count per
 * bucket, "age_histogram v1 bounds=86400000000,259200000000 counts=3,0,1". The printer returns a
 * NUL-terminated bl_alloc'd string; the reader fills bounds (room for BL_AGE_MAX_BOUNDS) and
 * counts (room for BL_AGE_MAX_BOUNDS + 1), checking the bounds like bl_age_bounds_check and that
 * there is one count more than bounds.
 */
extern char *bl_age_hist_format(const int64_t *bounds, int nbounds, const int64_t *counts);
extern BlSketchResult bl_age_hist_parse(const char *str, size_t len, int64_t *bounds,
										int *nbounds, int64_t *counts, char *err);

#endif

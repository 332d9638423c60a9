/*
 * sketch_fmgr.c: server glue for age buckets, age histograms and the age sketch (SPEC §5).
 *
 * The arithmetic lives in sketch.c (pure C); this file converts intervals, checks and caches
 * bucket bounds, keeps aggregate states in the aggregate's memory context, and turns the core's
 * result codes into ereport.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "common/int.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"

#include "bl_alloc.h"
#include "sketch.h"

/* ---- ages ------------------------------------------------------------------------------- */

static char *
interval_text(Interval *iv)
{
	return DatumGetCString(DirectFunctionCall1(interval_out, IntervalPGetDatum(iv)));
}

/* An age in microseconds; negative, infinite and out-of-range ages are errors. */
static int64
age_usecs(Interval *iv)
{
	int64		usecs = 0;

#ifdef INTERVAL_NOT_FINITE
	if (INTERVAL_NOT_FINITE(iv))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("age cannot be infinite")));
#endif
	switch (bl_age_from_interval(iv->time, iv->day, iv->month, &usecs))
	{
		case BL_AGE_OK:
			break;
		case BL_AGE_NEGATIVE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("age cannot be negative: %s", interval_text(iv)),
					 errhint("Clamp ages at zero with greatest(age, interval '0'), or check the order of the timestamps subtracted.")));
			break;
		case BL_AGE_OUT_OF_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
					 errmsg("age out of range: %s", interval_text(iv)),
					 errdetail("Ages are counted in microseconds, up to about 292,000 years.")));
			break;
	}
	return usecs;
}

/* ---- bucket bounds ---------------------------------------------------------------------- */

/*
 * Checked bounds of an interval[] argument, cached in fn_extra and keyed by the array's bytes:
 * a query passes the same constant array on every row, so each row costs one memcmp.
 */
typedef struct BoundsCache
{
	Size		keylen;
	char	   *key;			/* copy of the array value, in fn_mcxt */
	int			nbounds;
	int64		bounds[BL_AGE_MAX_BOUNDS];
} BoundsCache;

/* what: "not positive", "not finite" or "out of range"; pos is 0-based */
static void
bounds_error(const char *what, int pos, Datum bound)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("age bucket bound %d is %s: %s", pos + 1, what,
					interval_text(DatumGetIntervalP(bound))),
			 errhint("Age bucket bounds are positive, finite, non-NULL intervals in increasing order.")));
}

static BoundsCache *
bounds_get(FunctionCallInfo fcinfo, int argno)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(argno);
	Size		keylen = VARSIZE(arr);
	BoundsCache *cache = (BoundsCache *) fcinfo->flinfo->fn_extra;
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			bad;
	int			i;

	if (cache != NULL && cache->keylen == keylen && memcmp(cache->key, arr, keylen) == 0)
	{
		PG_FREE_IF_COPY(arr, argno);
		return cache;
	}

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("age bucket bounds must be a one-dimensional array")));
	n = ArrayGetNItems(ARR_NDIM(arr), ARR_DIMS(arr));
	if (n == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("age bucket bounds must not be empty"),
				 errhint("Give at least one bound, for example '{4 hours, 1 day}'.")));
	if (n > BL_AGE_MAX_BOUNDS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("too many age bucket bounds: %d", n),
				 errdetail("At most %d bounds (%d buckets) are allowed.",
						   BL_AGE_MAX_BOUNDS, BL_AGE_MAX_BOUNDS + 1)));
	if (ARR_ELEMTYPE(arr) != INTERVALOID)
		elog(ERROR, "age bucket bounds must be of type interval[]");

	if (cache == NULL)
		cache = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(BoundsCache));
	/* invalid until filled in completely, in case an error interrupts */
	cache->keylen = 0;
	fcinfo->flinfo->fn_extra = cache;

	deconstruct_array(arr, INTERVALOID, sizeof(Interval), false, TYPALIGN_DOUBLE,
					  &elems, &nulls, &n);
	for (i = 0; i < n; i++)
	{
		Interval   *iv;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("age bucket bound %d is NULL", i + 1),
					 errhint("Age bucket bounds are positive, finite, non-NULL intervals in increasing order.")));
		iv = DatumGetIntervalP(elems[i]);
#ifdef INTERVAL_NOT_FINITE
		if (INTERVAL_NOT_FINITE(iv))
			bounds_error("not finite", i, elems[i]);
#endif
		switch (bl_age_from_interval(iv->time, iv->day, iv->month, &cache->bounds[i]))
		{
			case BL_AGE_OK:
				break;
			case BL_AGE_NEGATIVE:
				bounds_error("not positive", i, elems[i]);
				break;
			case BL_AGE_OUT_OF_RANGE:
				bounds_error("out of range", i, elems[i]);
				break;
		}
	}
	switch (bl_age_bounds_check(cache->bounds, n, &bad))
	{
		case BL_BOUNDS_OK:
			break;
		case BL_BOUNDS_NOT_POSITIVE:
			bounds_error("not positive", bad, elems[bad]);
			break;
		case BL_BOUNDS_NOT_INCREASING:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("age bucket bounds must be strictly increasing"),
					 errdetail("Bound %d (%s) is not greater than bound %d (%s).",
							   bad + 1, interval_text(DatumGetIntervalP(elems[bad])),
							   bad, interval_text(DatumGetIntervalP(elems[bad - 1]))),
					 errhint("Age bucket bounds are positive, finite, non-NULL intervals in increasing order.")));
			break;
		case BL_BOUNDS_EMPTY:
		case BL_BOUNDS_TOO_MANY:
			elog(ERROR, "age bucket bounds were counted before checking");
			break;
	}

	if (cache->key != NULL)
		pfree(cache->key);
	cache->key = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, keylen);
	memcpy(cache->key, arr, keylen);
	cache->nbounds = n;
	cache->keylen = keylen;
	PG_FREE_IF_COPY(arr, argno);
	return cache;
}

static text *
bucket_label(const int64 *bounds, int nbounds, int64 age)
{
	char		label[BL_AGE_LABEL_LEN];

	bl_age_label(bounds, nbounds, bl_age_bucket(bounds, nbounds, age), label);
	return cstring_to_text(label);
}

PG_FUNCTION_INFO_V1(backlog_age_bucket);
Datum
backlog_age_bucket(PG_FUNCTION_ARGS)
{
	int64		age = age_usecs(PG_GETARG_INTERVAL_P(0));

	PG_RETURN_TEXT_P(bucket_label(bl_age_default_bounds, BL_AGE_DEFAULT_NBOUNDS, age));
}

PG_FUNCTION_INFO_V1(backlog_age_bucket_bounds);
Datum
backlog_age_bucket_bounds(PG_FUNCTION_ARGS)
{
	int64		age = age_usecs(PG_GETARG_INTERVAL_P(0));
	BoundsCache *b = bounds_get(fcinfo, 1);

	PG_RETURN_TEXT_P(bucket_label(b->bounds, b->nbounds, age));
}

/* ---- age_histogram ---------------------------------------------------------------------- */

/* Aggregate state: the bounds it counts by and a count per bucket, in one allocation. */
typedef struct AgeHistogram
{
	int			nbounds;
	int64	   *bounds;			/* nbounds, stored after counts */
	int64		counts[FLEXIBLE_ARRAY_MEMBER];	/* nbounds + 1 */
} AgeHistogram;

static AgeHistogram *
histogram_create(MemoryContext cxt, const int64 *bounds, int nbounds)
{
	AgeHistogram *h = MemoryContextAllocZero(cxt, offsetof(AgeHistogram, counts) +
											 sizeof(int64) * (2 * nbounds + 1));

	h->nbounds = nbounds;
	h->bounds = h->counts + nbounds + 1;
	memcpy(h->bounds, bounds, sizeof(int64) * nbounds);
	return h;
}

static bool
histogram_same_bounds(const AgeHistogram *h, const int64 *bounds, int nbounds)
{
	return h->nbounds == nbounds && memcmp(h->bounds, bounds, sizeof(int64) * nbounds) == 0;
}

static void
histogram_bounds_differ(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("age bucket bounds must be the same for every row of an age_histogram"),
			 errhint("Pass the bounds as a constant array.")));
}

/* An aggregate support function's result: the state, or SQL NULL while there is none. */
static Datum
state_or_null(FunctionCallInfo fcinfo, void *state)
{
	if (state == NULL)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(state);
}

static MemoryContext
aggregate_context(FunctionCallInfo fcinfo, const char *name)
{
	MemoryContext aggcxt;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "%s called in non-aggregate context", name);
	return aggcxt;
}

static Datum
histogram_count(FunctionCallInfo fcinfo, AgeHistogram *h)
{
	if (!PG_ARGISNULL(1))
	{
		int64		age = age_usecs(PG_GETARG_INTERVAL_P(1));

		h->counts[bl_age_bucket(h->bounds, h->nbounds, age)]++;
	}
	PG_RETURN_POINTER(h);
}

/* age_histogram(interval): the state exists from the first row on, NULL ages are skipped. */
PG_FUNCTION_INFO_V1(backlog_age_histogram_trans);
Datum
backlog_age_histogram_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = aggregate_context(fcinfo, "age_histogram_trans");
	AgeHistogram *h = PG_ARGISNULL(0) ? NULL : (AgeHistogram *) PG_GETARG_POINTER(0);

	if (h == NULL)
		h = histogram_create(aggcxt, bl_age_default_bounds, BL_AGE_DEFAULT_NBOUNDS);
	return histogram_count(fcinfo, h);
}

/* age_histogram(interval, interval[]) */
PG_FUNCTION_INFO_V1(backlog_age_histogram_trans_bounds);
Datum
backlog_age_histogram_trans_bounds(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = aggregate_context(fcinfo, "age_histogram_trans");
	AgeHistogram *h = PG_ARGISNULL(0) ? NULL : (AgeHistogram *) PG_GETARG_POINTER(0);
	BoundsCache *b;

	if (PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("age bucket bounds must not be NULL")));
	b = bounds_get(fcinfo, 2);
	if (h == NULL)
		h = histogram_create(aggcxt, b->bounds, b->nbounds);
	else if (!histogram_same_bounds(h, b->bounds, b->nbounds))
		histogram_bounds_differ();
	return histogram_count(fcinfo, h);
}

/* The histogram as a jsonb object: a key per bucket label, each with its count. */
static Datum
histogram_jsonb(const int64 *bounds, int nbounds, const int64 *counts)
{
	JsonbParseState *state = NULL;
	JsonbValue *result;
	int			k;

	pushJsonbValue(&state, WJB_BEGIN_OBJECT, NULL);
	for (k = 0; k <= nbounds; k++)
	{
		char		label[BL_AGE_LABEL_LEN];
		JsonbValue	key;
		JsonbValue	val;

		bl_age_label(bounds, nbounds, k, label);
		key.type = jbvString;
		key.val.string.len = strlen(label);
		key.val.string.val = pstrdup(label);
		pushJsonbValue(&state, WJB_KEY, &key);
		val.type = jbvNumeric;
		val.val.numeric = DatumGetNumeric(DirectFunctionCall1(int8_numeric,
															  Int64GetDatum(counts[k])));
		pushJsonbValue(&state, WJB_VALUE, &val);
	}
	result = pushJsonbValue(&state, WJB_END_OBJECT, NULL);
	PG_RETURN_JSONB_P(JsonbValueToJsonb(result));
}

/* Default buckets: no rows at all still give every bucket with a zero count. */
PG_FUNCTION_INFO_V1(backlog_age_histogram_final);
Datum
backlog_age_histogram_final(PG_FUNCTION_ARGS)
{
	int64		zeros[BL_AGE_DEFAULT_NBOUNDS + 1] = {0};
	AgeHistogram *h;

	if (PG_ARGISNULL(0))
		return histogram_jsonb(bl_age_default_bounds, BL_AGE_DEFAULT_NBOUNDS, zeros);
	h = (AgeHistogram *) PG_GETARG_POINTER(0);
	return histogram_jsonb(h->bounds, h->nbounds, h->counts);
}

/* Custom buckets: an aggregate over no rows never sees its bounds, so its result is NULL. */
PG_FUNCTION_INFO_V1(backlog_age_histogram_bounds_final);
Datum
backlog_age_histogram_bounds_final(PG_FUNCTION_ARGS)
{
	AgeHistogram *h;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	h = (AgeHistogram *) PG_GETARG_POINTER(0);
	return histogram_jsonb(h->bounds, h->nbounds, h->counts);
}

PG_FUNCTION_INFO_V1(backlog_age_histogram_combine);
Datum
backlog_age_histogram_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = aggregate_context(fcinfo, "age_histogram_combine");
	AgeHistogram *a = PG_ARGISNULL(0) ? NULL : (AgeHistogram *) PG_GETARG_POINTER(0);
	AgeHistogram *b = PG_ARGISNULL(1) ? NULL : (AgeHistogram *) PG_GETARG_POINTER(1);
	int			k;

	if (b == NULL)
		return state_or_null(fcinfo, a);
	if (a == NULL)
	{
		/* b may live in a shorter-lived context: copy it into the aggregate's */
		a = histogram_create(aggcxt, b->bounds, b->nbounds);
		memcpy(a->counts, b->counts, sizeof(int64) * (b->nbounds + 1));
		PG_RETURN_POINTER(a);
	}
	if (!histogram_same_bounds(a, b->bounds, b->nbounds))
		histogram_bounds_differ();
	for (k = 0; k <= a->nbounds; k++)
		if (pg_add_s64_overflow(a->counts[k], b->counts[k], &a->counts[k]))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("age histogram count out of range")));
	PG_RETURN_POINTER(a);
}

/* State for parallel query: nbounds, the bounds, the counts (network byte order). */
PG_FUNCTION_INFO_V1(backlog_age_histogram_serial);
Datum
backlog_age_histogram_serial(PG_FUNCTION_ARGS)
{
	AgeHistogram *h = (AgeHistogram *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	int			k;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, h->nbounds);
	for (k = 0; k < h->nbounds; k++)
		pq_sendint64(&buf, h->bounds[k]);
	for (k = 0; k <= h->nbounds; k++)
		pq_sendint64(&buf, h->counts[k]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(backlog_age_histogram_deserial);
Datum
backlog_age_histogram_deserial(PG_FUNCTION_ARGS)
{
	bytea	   *data = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	int64		bounds[BL_AGE_MAX_BOUNDS];
	AgeHistogram *h;
	int			nbounds;
	int			bad;
	int			k;

	buf.data = VARDATA_ANY(data);
	buf.len = VARSIZE_ANY_EXHDR(data);
	buf.maxlen = buf.len;
	buf.cursor = 0;
	nbounds = pq_getmsgint(&buf, 4);
	if (nbounds < 1 || nbounds > BL_AGE_MAX_BOUNDS)
		elog(ERROR, "invalid age histogram state: %d bounds", nbounds);
	for (k = 0; k < nbounds; k++)
		bounds[k] = pq_getmsgint64(&buf);
	if (bl_age_bounds_check(bounds, nbounds, &bad) != BL_BOUNDS_OK)
		elog(ERROR, "invalid age histogram state: bad bound %d", bad + 1);
	h = histogram_create(CurrentMemoryContext, bounds, nbounds);
	for (k = 0; k <= nbounds; k++)
		h->counts[k] = pq_getmsgint64(&buf);
	pq_getmsgend(&buf);
	PG_RETURN_POINTER(h);
}

/* ---- the sketch type -------------------------------------------------------------------- */

/* A backlog.sketch value is a varlena holding the binary form of sketch.c. */
static bytea *
sketch_to_datum(const BlSketch *s)
{
	bytea	   *result = palloc(VARHDRSZ + bl_sketch_encoded_max(s));

	SET_VARSIZE(result, VARHDRSZ + bl_sketch_encode(s, (uint8_t *) VARDATA(result)));
	return result;
}

/*
 * Decode a sketch value or internal state. Values were checked when they came in (input,
 * receive), so a failure here means the stored bytes were damaged.
 */
static void
sketch_from_datum(bytea *value, BlSketch *s)
{
	char		err[BL_SKETCH_ERRLEN];

	if (bl_sketch_decode((const uint8_t *) VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value), s,
						 err) != BL_SKETCH_OK)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("backlog.sketch value is corrupt"),
				 errdetail_internal("%s", err)));
}

PG_FUNCTION_INFO_V1(backlog_sketch_in);
Datum
backlog_sketch_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	char		err[BL_SKETCH_ERRLEN];
	BlSketch	s;

	if (bl_sketch_parse(str, strlen(str), &s, err) != BL_SKETCH_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type backlog.sketch"),
				 errdetail_internal("%s", err),
				 errhint("A sketch reads like \"ddsketch v1 m=70 n=2 zero=0 min=60000000 max=3600000000 1808:1 2222:1\".")));
	PG_RETURN_BYTEA_P(sketch_to_datum(&s));
}

PG_FUNCTION_INFO_V1(backlog_sketch_out);
Datum
backlog_sketch_out(PG_FUNCTION_ARGS)
{
	bytea	   *value = PG_GETARG_BYTEA_PP(0);
	BlSketch	s;
	char	   *text;

	sketch_from_datum(value, &s);
	text = bl_sketch_format(&s);
	bl_sketch_free(&s);
	PG_FREE_IF_COPY(value, 0);
	PG_RETURN_CSTRING(text);
}

/* Binary input: the bytes of the binary form, checked exactly like text input. */
PG_FUNCTION_INFO_V1(backlog_sketch_recv);
Datum
backlog_sketch_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	const uint8_t *bytes = (const uint8_t *) buf->data + buf->cursor;
	size_t		len = buf->len - buf->cursor;
	char		err[BL_SKETCH_ERRLEN];
	BlSketch	s;
	bytea	   *result;

	if (bl_sketch_decode(bytes, len, &s, err) != BL_SKETCH_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary representation for type backlog.sketch"),
				 errdetail_internal("%s", err)));
	bl_sketch_free(&s);
	/* the reader accepts only the one canonical encoding, so the bytes can be kept as they are */
	result = palloc(VARHDRSZ + len);
	SET_VARSIZE(result, VARHDRSZ + len);
	memcpy(VARDATA(result), bytes, len);
	buf->cursor = buf->len;
	PG_RETURN_BYTEA_P(result);
}

PG_FUNCTION_INFO_V1(backlog_sketch_send);
Datum
backlog_sketch_send(PG_FUNCTION_ARGS)
{
	bytea	   *value = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value));
	PG_FREE_IF_COPY(value, 0);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- age_sketch and merge --------------------------------------------------------------- */

static void
sketch_merge_error(BlSketchResult r, int m1, int m2)
{
	if (r == BL_SKETCH_MISMATCH)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot merge sketches of different resolutions"),
				 errdetail("One sketch has m=%d (relative error %.2f%%), the other m=%d (%.2f%%).",
						   m1, 100 * bl_sketch_error_bound(m1), m2, 100 * bl_sketch_error_bound(m2)),
				 errhint("Build the sketches to be merged with the same relative accuracy in backlog.age_sketch().")));
	if (r == BL_SKETCH_OVERFLOW)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("sketch count out of range"),
				 errdetail("A sketch counts at most 9223372036854775807 values.")));
}

/* Count one age (NULL ages are skipped) into a sketch of resolution m. */
static Datum
sketch_trans(FunctionCallInfo fcinfo, int m)
{
	MemoryContext aggcxt = aggregate_context(fcinfo, "age_sketch_trans");
	BlSketch   *s = PG_ARGISNULL(0) ? NULL : (BlSketch *) PG_GETARG_POINTER(0);
	MemoryContext old;
	int64		age;

	if (PG_ARGISNULL(1))
		return state_or_null(fcinfo, s);
	age = age_usecs(PG_GETARG_INTERVAL_P(1));
	old = MemoryContextSwitchTo(aggcxt);
	if (s == NULL)
	{
		s = palloc(sizeof(BlSketch));
		bl_sketch_init(s, m);
	}
	else if (s->m != m)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("relative accuracy must be the same for every row of an age_sketch")));
	if (bl_sketch_add(s, age) != BL_SKETCH_OK)
		sketch_merge_error(BL_SKETCH_OVERFLOW, m, m);
	MemoryContextSwitchTo(old);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(backlog_age_sketch_trans);
Datum
backlog_age_sketch_trans(PG_FUNCTION_ARGS)
{
	return sketch_trans(fcinfo, BL_SKETCH_DEFAULT_M);
}

PG_FUNCTION_INFO_V1(backlog_age_sketch_trans_accuracy);
Datum
backlog_age_sketch_trans_accuracy(PG_FUNCTION_ARGS)
{
	float8		accuracy;
	int			m;

	if (PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("relative accuracy must not be NULL")));
	accuracy = PG_GETARG_FLOAT8(2);
	m = accuracy <= 1.0 ? bl_sketch_m_for_error(accuracy) : 0;
	if (m == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("relative accuracy must be between %.6g and 1, not %.15g",
						bl_sketch_error_bound(BL_SKETCH_DEFAULT_M), accuracy),
				 errhint("The default, backlog.age_sketch(age), is the finest: relative error at most 0.99%%.")));
	return sketch_trans(fcinfo, m);
}

PG_FUNCTION_INFO_V1(backlog_sketch_merge_trans);
Datum
backlog_sketch_merge_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = aggregate_context(fcinfo, "sketch_merge_trans");
	BlSketch   *s = PG_ARGISNULL(0) ? NULL : (BlSketch *) PG_GETARG_POINTER(0);
	MemoryContext old;
	BlSketch	in;
	BlSketchResult r;

	if (PG_ARGISNULL(1))
		return state_or_null(fcinfo, s);
	/* decoded in the per-row context; only the merged counts go to the aggregate's */
	sketch_from_datum(PG_GETARG_BYTEA_PP(1), &in);
	old = MemoryContextSwitchTo(aggcxt);
	if (s == NULL)
	{
		s = palloc(sizeof(BlSketch));
		bl_sketch_init(s, in.m);
	}
	r = bl_sketch_merge(s, &in);
	MemoryContextSwitchTo(old);
	sketch_merge_error(r, s->m, in.m);
	bl_sketch_free(&in);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(backlog_sketch_final);
Datum
backlog_sketch_final(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_BYTEA_P(sketch_to_datum((BlSketch *) PG_GETARG_POINTER(0)));
}

PG_FUNCTION_INFO_V1(backlog_sketch_combine);
Datum
backlog_sketch_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = aggregate_context(fcinfo, "sketch_combine");
	BlSketch   *a = PG_ARGISNULL(0) ? NULL : (BlSketch *) PG_GETARG_POINTER(0);
	BlSketch   *b = PG_ARGISNULL(1) ? NULL : (BlSketch *) PG_GETARG_POINTER(1);
	MemoryContext old;
	BlSketchResult r = BL_SKETCH_OK;

	if (b == NULL)
		return state_or_null(fcinfo, a);
	old = MemoryContextSwitchTo(aggcxt);
	if (a == NULL)
	{
		/* b may live in a shorter-lived context: copy it into the aggregate's */
		a = palloc(sizeof(BlSketch));
		bl_sketch_copy(a, b);
	}
	else
		r = bl_sketch_merge(a, b);
	MemoryContextSwitchTo(old);
	sketch_merge_error(r, a->m, b->m);
	PG_RETURN_POINTER(a);
}

PG_FUNCTION_INFO_V1(backlog_sketch_serial);
Datum
backlog_sketch_serial(PG_FUNCTION_ARGS)
{
	PG_RETURN_BYTEA_P(sketch_to_datum((BlSketch *) PG_GETARG_POINTER(0)));
}

PG_FUNCTION_INFO_V1(backlog_sketch_deserial);
Datum
backlog_sketch_deserial(PG_FUNCTION_ARGS)
{
	BlSketch   *s = palloc(sizeof(BlSketch));

	sketch_from_datum(PG_GETARG_BYTEA_PP(0), s);
	PG_RETURN_POINTER(s);
}

/* ---- reading sketches ------------------------------------------------------------------- */

static void
check_quantile(float8 q)
{
	/* percentile_disc's own check and SQLSTATE */
	if (isnan(q) || q < 0 || q > 1)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("quantile %.15g is not between 0 and 1", q)));
}

static Interval *
usecs_interval(int64 usecs)
{
	Interval   *iv = palloc(sizeof(Interval));

	iv->time = usecs;
	iv->day = 0;
	iv->month = 0;
	return iv;
}

PG_FUNCTION_INFO_V1(backlog_quantile);
Datum
backlog_quantile(PG_FUNCTION_ARGS)
{
	bytea	   *value = PG_GETARG_BYTEA_PP(0);
	float8		q = PG_GETARG_FLOAT8(1);
	BlSketch	s;
	int64		usecs;

	check_quantile(q);
	sketch_from_datum(value, &s);
	PG_FREE_IF_COPY(value, 0);
	if (s.n == 0)
		PG_RETURN_NULL();
	bl_sketch_quantiles(&s, &q, 1, &usecs);
	bl_sketch_free(&s);
	PG_RETURN_INTERVAL_P(usecs_interval(usecs));
}

/* Several quantiles in one pass; NULL elements give NULL, the array's shape is kept. */
PG_FUNCTION_INFO_V1(backlog_quantiles);
Datum
backlog_quantiles(PG_FUNCTION_ARGS)
{
	bytea	   *value = PG_GETARG_BYTEA_PP(0);
	ArrayType  *qarr = PG_GETARG_ARRAYTYPE_P(1);
	Datum	   *elems;
	bool	   *nulls;
	float8	   *qs;
	int64	   *usecs;
	int			nq;
	int			nvalid = 0;
	int			i;
	BlSketch	s;

	deconstruct_array(qarr, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE,
					  &elems, &nulls, &nq);
	qs = palloc(sizeof(float8) * (nq + 1));
	usecs = palloc(sizeof(int64) * (nq + 1));
	for (i = 0; i < nq; i++)
	{
		if (nulls[i])
			continue;
		check_quantile(DatumGetFloat8(elems[i]));
		qs[nvalid++] = DatumGetFloat8(elems[i]);
	}
	sketch_from_datum(value, &s);
	PG_FREE_IF_COPY(value, 0);
	if (s.n == 0)
		PG_RETURN_NULL();
	if (nq == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(INTERVALOID));
	bl_sketch_quantiles(&s, qs, nvalid, usecs);
	bl_sketch_free(&s);

	nvalid = 0;
	for (i = 0; i < nq; i++)
		if (!nulls[i])
			elems[i] = IntervalPGetDatum(usecs_interval(usecs[nvalid++]));
	PG_RETURN_ARRAYTYPE_P(construct_md_array(elems, nulls, ARR_NDIM(qarr), ARR_DIMS(qarr),
											 ARR_LBOUND(qarr), INTERVALOID, sizeof(Interval),
											 false, TYPALIGN_DOUBLE));
}

PG_FUNCTION_INFO_V1(backlog_sketch_count);
Datum
backlog_sketch_count(PG_FUNCTION_ARGS)
{
	bytea	   *value = PG_GETARG_BYTEA_PP(0);
	BlSketch	s;

	sketch_from_datum(value, &s);
	bl_sketch_free(&s);
	PG_FREE_IF_COPY(value, 0);
	PG_RETURN_INT64(s.n);
}

PG_FUNCTION_INFO_V1(backlog_sketch_accuracy);
Datum
backlog_sketch_accuracy(PG_FUNCTION_ARGS)
{
	bytea	   *value = PG_GETARG_BYTEA_PP(0);
	BlSketch	s;

	sketch_from_datum(value, &s);
	bl_sketch_free(&s);
	PG_FREE_IF_COPY(value, 0);
	PG_RETURN_FLOAT8(bl_sketch_error_bound(s.m));
}

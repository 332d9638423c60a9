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
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/expandeddatum.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
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

/*
 * The aggregate state, type backlog.age_histogram_state: a flat varlena (STORAGE plain, double
 * alignment, so it is never toasted, packed or unaligned) holding the bounds it counts by and a
 * count per bucket. Its size is fixed by the bounds, so the transition function counts in place
 * and the executor never copies it after the first row.
 */
typedef struct AgeHistogram
{
	int32		vl_len_;
	int32		nbounds;
	int64		data[FLEXIBLE_ARRAY_MEMBER];	/* nbounds bounds, then nbounds + 1 counts */
} AgeHistogram;

#define HIST_BOUNDS(h)	((h)->data)
#define HIST_COUNTS(h)	((h)->data + (h)->nbounds)
#define HIST_SIZE(nbounds)	(offsetof(AgeHistogram, data) + sizeof(int64) * (2 * (nbounds) + 1))

static AgeHistogram *
histogram_create(MemoryContext cxt, const int64 *bounds, int nbounds)
{
	AgeHistogram *h = MemoryContextAllocZero(cxt, HIST_SIZE(nbounds));

	SET_VARSIZE(h, HIST_SIZE(nbounds));
	h->nbounds = nbounds;
	memcpy(HIST_BOUNDS(h), bounds, sizeof(int64) * nbounds);
	return h;
}

/* A histogram argument, checked to be what histogram_create makes. */
static AgeHistogram *
histogram_arg(FunctionCallInfo fcinfo, int argno)
{
	AgeHistogram *h = (AgeHistogram *) PG_DETOAST_DATUM(PG_GETARG_DATUM(argno));

	if (VARSIZE(h) < offsetof(AgeHistogram, data) || h->nbounds < 1 ||
		h->nbounds > BL_AGE_MAX_BOUNDS || VARSIZE(h) != HIST_SIZE(h->nbounds))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("backlog.age_histogram_state value is corrupt")));
	return h;
}

static bool
histogram_same_bounds(const AgeHistogram *h, const int64 *bounds, int nbounds)
{
	return h->nbounds == nbounds &&
		memcmp(HIST_BOUNDS(h), bounds, sizeof(int64) * nbounds) == 0;
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

/*
 * Where a transition function makes a new state: in the per-row context, since the executor
 * copies a new state into the aggregate's context itself, unless the state is declared
 * internal (as by an installed 0.1 not yet updated), which the executor never copies.
 */
static MemoryContext
state_context(FunctionCallInfo fcinfo)
{
	MemoryContext aggcxt;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "aggregate transition function called in non-aggregate context");
	if (get_fn_expr_argtype(fcinfo->flinfo, 0) == INTERNALOID)
		return aggcxt;
	return CurrentMemoryContext;
}

/*
 * Count the age of argument 1 into h, or into a new histogram when h is NULL. A new one is made
 * where state_context says.
 */
static Datum
histogram_count(FunctionCallInfo fcinfo, AgeHistogram *h, const int64 *bounds, int nbounds)
{
	if (h == NULL)
		h = histogram_create(state_context(fcinfo), bounds, nbounds);
	if (!PG_ARGISNULL(1))
	{
		int64		age = age_usecs(PG_GETARG_INTERVAL_P(1));

		HIST_COUNTS(h)[bl_age_bucket(HIST_BOUNDS(h), h->nbounds, age)]++;
	}
	PG_RETURN_POINTER(h);
}

/* The state argument of a transition function: the aggregate's own, counted in place. */
static AgeHistogram *
histogram_state(FunctionCallInfo fcinfo)
{
	(void) aggregate_context(fcinfo, "age_histogram_trans");
	return PG_ARGISNULL(0) ? NULL : (AgeHistogram *) PG_GETARG_POINTER(0);
}

PG_FUNCTION_INFO_V1(backlog_age_histogram_trans);
Datum
backlog_age_histogram_trans(PG_FUNCTION_ARGS)
{
	AgeHistogram *h = histogram_state(fcinfo);

	if (h != NULL && !histogram_same_bounds(h, bl_age_default_bounds, BL_AGE_DEFAULT_NBOUNDS))
		histogram_bounds_differ();
	return histogram_count(fcinfo, h, bl_age_default_bounds, BL_AGE_DEFAULT_NBOUNDS);
}

PG_FUNCTION_INFO_V1(backlog_age_histogram_trans_bounds);
Datum
backlog_age_histogram_trans_bounds(PG_FUNCTION_ARGS)
{
	AgeHistogram *h = histogram_state(fcinfo);
	BoundsCache *b;

	if (PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("age bucket bounds must not be NULL")));
	b = bounds_get(fcinfo, 2);
	if (h != NULL && !histogram_same_bounds(h, b->bounds, b->nbounds))
		histogram_bounds_differ();
	return histogram_count(fcinfo, h, b->bounds, b->nbounds);
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
	h = histogram_arg(fcinfo, 0);
	return histogram_jsonb(HIST_BOUNDS(h), h->nbounds, HIST_COUNTS(h));
}

/* Custom buckets: an aggregate over no rows never sees its bounds, so its result is NULL. */
PG_FUNCTION_INFO_V1(backlog_age_histogram_bounds_final);
Datum
backlog_age_histogram_bounds_final(PG_FUNCTION_ARGS)
{
	AgeHistogram *h;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	h = histogram_arg(fcinfo, 0);
	return histogram_jsonb(HIST_BOUNDS(h), h->nbounds, HIST_COUNTS(h));
}

/*
 * Adds b into a, in place. Declared strict: the executor makes a copy of the first partial
 * state the aggregate's own, so a is always the aggregate's. (The 0.1 declaration, not strict
 * over internal, also reaches here with a NULL side.)
 */
PG_FUNCTION_INFO_V1(backlog_age_histogram_combine);
Datum
backlog_age_histogram_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = aggregate_context(fcinfo, "age_histogram_combine");
	AgeHistogram *a = PG_ARGISNULL(0) ? NULL : (AgeHistogram *) PG_GETARG_POINTER(0);
	AgeHistogram *b = PG_ARGISNULL(1) ? NULL : histogram_arg(fcinfo, 1);
	int64	   *ac;
	int64	   *bc;
	int			k;

	if (b == NULL)
		return state_or_null(fcinfo, a);
	if (a == NULL)
	{
		a = histogram_create(aggcxt, HIST_BOUNDS(b), b->nbounds);
		memcpy(HIST_COUNTS(a), HIST_COUNTS(b), sizeof(int64) * (b->nbounds + 1));
		PG_RETURN_POINTER(a);
	}
	if (!histogram_same_bounds(a, HIST_BOUNDS(b), b->nbounds))
		histogram_bounds_differ();
	ac = HIST_COUNTS(a);
	bc = HIST_COUNTS(b);
	for (k = 0; k <= a->nbounds; k++)
		if (pg_add_s64_overflow(ac[k], bc[k], &ac[k]))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("age histogram count out of range")));
	PG_RETURN_POINTER(a);
}

/* Binary form (and 0.1's serial form): nbounds, the bounds, the counts, network byte order. */
PG_FUNCTION_INFO_V1(backlog_age_histogram_state_send);
Datum
backlog_age_histogram_state_send(PG_FUNCTION_ARGS)
{
	AgeHistogram *h = histogram_arg(fcinfo, 0);
	StringInfoData buf;
	int			k;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, h->nbounds);
	for (k = 0; k < 2 * h->nbounds + 1; k++)
		pq_sendint64(&buf, h->data[k]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* A histogram from checked bounds and counts; counts must not be negative. */
static AgeHistogram *
histogram_from(const int64 *bounds, int nbounds, const int64 *counts)
{
	AgeHistogram *h = histogram_create(CurrentMemoryContext, bounds, nbounds);
	int			k;

	for (k = 0; k <= nbounds; k++)
		if (counts[k] < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid age histogram state: count %d is negative", k + 1)));
	memcpy(HIST_COUNTS(h), counts, sizeof(int64) * (nbounds + 1));
	return h;
}

static AgeHistogram *
histogram_recv(StringInfo buf)
{
	int64		bounds[BL_AGE_MAX_BOUNDS];
	int64		counts[BL_AGE_MAX_BOUNDS + 1];
	int			nbounds;
	int			bad;
	int			k;

	nbounds = pq_getmsgint(buf, 4);
	if (nbounds < 1 || nbounds > BL_AGE_MAX_BOUNDS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid age histogram state: %d bounds", nbounds),
				 errdetail("A histogram has 1 to %d bounds.", BL_AGE_MAX_BOUNDS)));
	for (k = 0; k < nbounds; k++)
		bounds[k] = pq_getmsgint64(buf);
	for (k = 0; k <= nbounds; k++)
		counts[k] = pq_getmsgint64(buf);
	if (bl_age_bounds_check(bounds, nbounds, &bad) != BL_BOUNDS_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid age histogram state: bound %d is not positive and increasing",
						bad + 1)));
	return histogram_from(bounds, nbounds, counts);
}

PG_FUNCTION_INFO_V1(backlog_age_histogram_state_recv);
Datum
backlog_age_histogram_state_recv(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(histogram_recv((StringInfo) PG_GETARG_POINTER(0)));
}

PG_FUNCTION_INFO_V1(backlog_age_histogram_state_out);
Datum
backlog_age_histogram_state_out(PG_FUNCTION_ARGS)
{
	AgeHistogram *h = histogram_arg(fcinfo, 0);

	PG_RETURN_CSTRING(bl_age_hist_format(HIST_BOUNDS(h), h->nbounds, HIST_COUNTS(h)));
}

PG_FUNCTION_INFO_V1(backlog_age_histogram_state_in);
Datum
backlog_age_histogram_state_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	int64		bounds[BL_AGE_MAX_BOUNDS];
	int64		counts[BL_AGE_MAX_BOUNDS + 1];
	int			nbounds;
	char		err[BL_SKETCH_ERRLEN];

	if (bl_age_hist_parse(str, strlen(str), bounds, &nbounds, counts, err) != BL_SKETCH_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type backlog.age_histogram_state"),
				 errdetail_internal("%s", err),
				 errhint("A state reads like \"age_histogram v1 bounds=86400000000 counts=2,1\".")));
	PG_RETURN_POINTER(histogram_from(bounds, nbounds, counts));
}

/* 0.1's parallel-query pair over internal, kept for an installed 0.1 until it is updated. */
PG_FUNCTION_INFO_V1(backlog_age_histogram_serial);
Datum
backlog_age_histogram_serial(PG_FUNCTION_ARGS)
{
	return backlog_age_histogram_state_send(fcinfo);
}

PG_FUNCTION_INFO_V1(backlog_age_histogram_deserial);
Datum
backlog_age_histogram_deserial(PG_FUNCTION_ARGS)
{
	bytea	   *data = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	AgeHistogram *h;

	buf.data = VARDATA_ANY(data);
	buf.len = VARSIZE_ANY_EXHDR(data);
	buf.maxlen = buf.len;
	buf.cursor = 0;
	h = histogram_recv(&buf);
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

/*
 * The aggregate state is a backlog.sketch in expanded form: the sketch in memory (dense counts
 * that grow) in its own memory context, a child of the aggregate's. The executor passes it back
 * to the transition function as a read-write expanded datum, which counts into it in place, and
 * keeps it without copying. Whenever it is needed flat (output, send, parallel query, a Citus
 * partial state) it is flattened into the sketch's binary form, encoded once and cached until
 * the next change.
 */
typedef struct SketchState
{
	ExpandedObjectHeader hdr;
	BlSketch	s;
	bytea	   *flat;			/* the binary form, NULL until asked for or after a change */
} SketchState;

static Size sketch_state_flat_size(ExpandedObjectHeader *eoh);
static void sketch_state_flatten(ExpandedObjectHeader *eoh, void *result, Size size);

static const ExpandedObjectMethods sketch_state_methods = {
	sketch_state_flat_size,
	sketch_state_flatten
};

static Size
sketch_state_flat_size(ExpandedObjectHeader *eoh)
{
	SketchState *st = (SketchState *) eoh;

	if (st->flat == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(eoh->eoh_context);

		st->flat = sketch_to_datum(&st->s);
		MemoryContextSwitchTo(old);
	}
	return VARSIZE(st->flat);
}

static void
sketch_state_flatten(ExpandedObjectHeader *eoh, void *result, Size size)
{
	SketchState *st = (SketchState *) eoh;

	if (size != sketch_state_flat_size(eoh))
		elog(ERROR, "backlog.sketch flattened into %zu bytes instead of %zu", size,
			 (size_t) VARSIZE(st->flat));
	memcpy(result, st->flat, size);
}

/* A new empty state of resolution m in a child context of parent. */
static SketchState *
sketch_state_new(MemoryContext parent, int m)
{
	MemoryContext cxt = AllocSetContextCreate(parent, "backlog.sketch state",
											  ALLOCSET_SMALL_SIZES);
	SketchState *st = MemoryContextAllocZero(cxt, sizeof(SketchState));

	EOH_init_header(&st->hdr, &sketch_state_methods, cxt);
	bl_sketch_init(&st->s, m);
	return st;
}

/* Argument argno when it is one of our expanded states (read-only or read-write), else NULL. */
static SketchState *
sketch_state_of(FunctionCallInfo fcinfo, int argno, bool rw_only)
{
	Pointer		p;

	if (PG_ARGISNULL(argno))
		return NULL;
	p = DatumGetPointer(PG_GETARG_DATUM(argno));
	if (!(rw_only ? VARATT_IS_EXTERNAL_EXPANDED_RW(p) : VARATT_IS_EXTERNAL_EXPANDED(p)))
		return NULL;
	if (DatumGetEOHP(PG_GETARG_DATUM(argno))->eoh_methods != &sketch_state_methods)
		return NULL;
	return (SketchState *) DatumGetEOHP(PG_GETARG_DATUM(argno));
}

/*
 * The state argument (0) of a transition or combine function, to update in place: the
 * aggregate's own read-write state, or else a new state in aggcxt, decoded from the flat sketch
 * passed (a stored sketch, a partial state read back from text or bytes), or empty at
 * resolution m (0: the resolution of the first sketch merged) when it is NULL.
 */
static SketchState *
sketch_state_get(FunctionCallInfo fcinfo, MemoryContext aggcxt, int m)
{
	SketchState *st = sketch_state_of(fcinfo, 0, true);
	MemoryContext old;

	if (st != NULL && MemoryContextGetParent(st->hdr.eoh_context) == aggcxt)
		return st;
	st = sketch_state_new(aggcxt, m);
	if (!PG_ARGISNULL(0))
	{
		old = MemoryContextSwitchTo(st->hdr.eoh_context);
		sketch_from_datum(PG_GETARG_BYTEA_PP(0), &st->s);
		MemoryContextSwitchTo(old);
	}
	return st;
}

static Datum
sketch_state_datum(SketchState *st)
{
	return EOHPGetRWDatum(&st->hdr);
}

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
	SketchState *st;
	MemoryContext old;
	int64		age;
	BlSketchResult r;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	age = age_usecs(PG_GETARG_INTERVAL_P(1));
	st = sketch_state_get(fcinfo, aggcxt, m);
	if (st->s.m != m)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("relative accuracy must be the same for every row of an age_sketch")));
	old = MemoryContextSwitchTo(st->hdr.eoh_context);
	if (st->flat != NULL)
	{
		pfree(st->flat);
		st->flat = NULL;
	}
	r = bl_sketch_add(&st->s, age);
	MemoryContextSwitchTo(old);
	if (r != BL_SKETCH_OK)
		sketch_merge_error(BL_SKETCH_OVERFLOW, m, m);
	PG_RETURN_DATUM(sketch_state_datum(st));
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

/*
 * sketch_combine(a, b): adds sketch b into state a, in place. The combine function of every
 * sketch aggregate and the transition function of merge. Either side may be NULL (when declared
 * strict, the executor takes a copy of the first sketch as the state instead).
 */
PG_FUNCTION_INFO_V1(backlog_sketch_combine);
Datum
backlog_sketch_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = aggregate_context(fcinfo, "sketch_combine");
	SketchState *st;
	SketchState *bst;
	BlSketch	in;
	const BlSketch *b;
	MemoryContext old;
	BlSketchResult r;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	/* b as it is when it is a state of ours, else decoded in the per-row context */
	bst = sketch_state_of(fcinfo, 1, false);
	if (bst != NULL)
		b = &bst->s;
	else
	{
		sketch_from_datum(PG_GETARG_BYTEA_PP(1), &in);
		b = &in;
	}
	st = sketch_state_get(fcinfo, aggcxt, b->m);
	old = MemoryContextSwitchTo(st->hdr.eoh_context);
	if (st->flat != NULL)
	{
		pfree(st->flat);
		st->flat = NULL;
	}
	r = bl_sketch_merge(&st->s, b);
	MemoryContextSwitchTo(old);
	sketch_merge_error(r, st->s.m, b->m);
	if (bst == NULL)
		bl_sketch_free(&in);
	PG_RETURN_DATUM(sketch_state_datum(st));
}

/* 0.1's transition function of merge: the same as combining. */
PG_FUNCTION_INFO_V1(backlog_sketch_merge_trans);
Datum
backlog_sketch_merge_trans(PG_FUNCTION_ARGS)
{
	return backlog_sketch_combine(fcinfo);
}

/* The state as a flat sketch value (a copy in the caller's context), NULL when there is none. */
PG_FUNCTION_INFO_V1(backlog_sketch_final);
Datum
backlog_sketch_final(PG_FUNCTION_ARGS)
{
	SketchState *st = sketch_state_of(fcinfo, 0, false);
	bytea	   *result;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (st == NULL)
	{
		/* a sketch the executor took as the state as it is (merge of one sketch): check it */
		BlSketch	s;

		result = PG_GETARG_BYTEA_P_COPY(0);
		sketch_from_datum(result, &s);
		bl_sketch_free(&s);
		PG_RETURN_BYTEA_P(result);
	}
	result = palloc(sketch_state_flat_size(&st->hdr));
	sketch_state_flatten(&st->hdr, result, VARSIZE(st->flat));
	PG_RETURN_BYTEA_P(result);
}

/* 0.1's parallel-query pair over internal, kept for an installed 0.1 until it is updated. */
PG_FUNCTION_INFO_V1(backlog_sketch_serial);
Datum
backlog_sketch_serial(PG_FUNCTION_ARGS)
{
	return backlog_sketch_final(fcinfo);
}

PG_FUNCTION_INFO_V1(backlog_sketch_deserial);
Datum
backlog_sketch_deserial(PG_FUNCTION_ARGS)
{
	SketchState *st = sketch_state_new(CurrentMemoryContext, BL_SKETCH_DEFAULT_M);
	MemoryContext old = MemoryContextSwitchTo(st->hdr.eoh_context);

	sketch_from_datum(PG_GETARG_BYTEA_PP(0), &st->s);
	MemoryContextSwitchTo(old);
	PG_RETURN_DATUM(sketch_state_datum(st));
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

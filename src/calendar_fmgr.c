/*
 * calendar_fmgr.c: server glue for business calendars. Type I/O of backlog.calendar, the SQL
 * functions, the bridge to PostgreSQL's time zone code, the per-query cache of parsed
 * calendars, and the API of calendar_server.h that other features use.
 *
 * All calendar logic lives in calendar.c; this file only converts arguments, resolves the
 * zone with pg_tzset() and feeds pg_next_dst_boundary() to the core, and turns the core's
 * status codes into ereport().
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "common/int.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "pgtime.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"
#include "utils/typcache.h"
#if PG_VERSION_NUM >= 140000
#include "utils/multirangetypes.h"
#endif

#include "bl_alloc.h"
#include "calendar.h"
#include "calendar_server.h"

/* seconds from 1970-01-01 (pg_time_t) to 2000-01-01 (the core's epoch) */
#define PG_EPOCH_UNIX_SECS \
	((int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY)

/*
 * A parsed calendar with its zone resolved, cached across calls. The key is the stored
 * bytes, which are canonical, so equal calendars share one entry.
 */
struct CalendarRef
{
	MemoryContext mcxt;			/* where key, cal and this struct live */
	Size		keylen;
	char	   *key;			/* the calendar's binary form */
	BlCalendar *cal;
	pg_tz	   *tz;
	BlZone		zone;			/* memo of the zone's transitions; core state */
};

/* ---------------------------------------------------------------------------------------
 * Errors
 * --------------------------------------------------------------------------------------- */

/* A parse or decode error from the core. */
static void
report_cal_error(const BlCalError *err, int corrupt_code)
{
	int			code;

	switch (err->status)
	{
		case BL_CAL_ELIMIT:
			code = ERRCODE_PROGRAM_LIMIT_EXCEEDED;
			break;
		case BL_CAL_ECORRUPT:
			code = corrupt_code;
			break;
		default:
			code = ERRCODE_INVALID_TEXT_REPRESENTATION;
			break;
	}
	ereport(ERROR,
			(errcode(code),
			 errmsg("%s", err->message),
			 err->detail[0] ? errdetail("%s", err->detail) : 0,
			 err->status == BL_CAL_ESYNTAX ?
			 errhint("A calendar looks like \"America/New_York; mon-fri 09:00-12:00,13:00-17:00; sat 10:00-14:00; holidays 2026-11-26,2026-12-25\".") : 0));
}

/* A status from the business-time arithmetic; what names the function in messages. */
static void
report_status(BlCalStatus st, const CalendarRef *ref, const char *what)
{
	switch (st)
	{
		case BL_CAL_OK:
			return;
		case BL_CAL_ERANGE:
			ereport(ERROR,
					(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
					 errmsg("%s: timestamp out of range", what),
					 errdetail("Business calendars work with instants from 4714-12-24 BC to 294276-12-02 AD (UTC).")));
			break;
		case BL_CAL_ESPAN:
			if (strcmp(what, "business time") == 0)
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("business time: span longer than %d years",
								(int) (BL_CAL_MAX_SPAN_DAYS * 4 / 1461)),
						 errdetail("Business time is computed over at most " INT64_FORMAT " days.",
								   (int64) BL_CAL_MAX_SPAN_DAYS)));
			else
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("%s: no result within %d years", what,
								(int) (BL_CAL_MAX_SPAN_DAYS * 4 / 1461)),
						 errdetail("The calendar has less working time than requested in the " INT64_FORMAT " days searched; its holidays may close every working day.",
								   (int64) BL_CAL_MAX_SPAN_DAYS)));
			break;
		case BL_CAL_ENOWORK:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: calendar has no working time", what),
					 errdetail("No weekday of calendar \"%s\" has working hours, so no amount of business time can ever accrue.",
							   bl_cal_format(ref->cal)),
					 errhint("Add an hours clause such as \"mon-fri 09:00-17:00\".")));
			break;
		case BL_CAL_EZONE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: time zone \"%s\" cannot be used by a business calendar",
							what, ref->cal->zone),
					 errdetail("Its UTC offset is a day or more, or changes more often than every few days.")));
			break;
		default:
			elog(ERROR, "unexpected business calendar status %d", (int) st);
	}
}

static void
check_finite(TimestampTz t, const char *what)
{
	if (TIMESTAMP_NOT_FINITE(t))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%s: infinite timestamp", what),
				 errdetail("Business time is not defined for -infinity or infinity.")));
}

/* ---------------------------------------------------------------------------------------
 * The time zone bridge
 * --------------------------------------------------------------------------------------- */

/* BlZoneNextFn over pg_next_dst_boundary(); the core's seconds count from 2000-01-01. */
static int
zone_next_cb(void *arg, int64_t t, int64_t *boundary, int32_t *before, int32_t *after)
{
	pg_tz	   *tz = (pg_tz *) arg;
	pg_time_t	pt = (pg_time_t) t + PG_EPOCH_UNIX_SECS;
	pg_time_t	b = 0;
	long int	before_gmtoff = 0,
				after_gmtoff = 0;
	int			before_isdst,
				after_isdst;
	int			r;

	/* the core calls this a few times per stretch of the zone, even over long spans */
	CHECK_FOR_INTERRUPTS();
	r = pg_next_dst_boundary(&pt, &before_gmtoff, &before_isdst, &b,
							 &after_gmtoff, &after_isdst, tz);
	if (r < 0)
		elog(ERROR, "pg_next_dst_boundary failed for time zone \"%s\"",
			 pg_get_timezone_name(tz));
	/* the core rejects offsets of a day or more, so clamping cannot hide one */
	*before = (int32) Max(Min(before_gmtoff, SECS_PER_DAY), -SECS_PER_DAY);
	if (r > 0)
	{
		*boundary = (int64) b - PG_EPOCH_UNIX_SECS;
		*after = (int32) Max(Min(after_gmtoff, SECS_PER_DAY), -SECS_PER_DAY);
	}
	return r;
}

/*
 * The zone a calendar names, or ERROR. With canonicalize, the calendar takes PostgreSQL's
 * spelling of the name ("america/new_york" becomes "America/New_York"), so that equal
 * calendars are stored as equal bytes.
 */
static pg_tz *
calendar_zone(BlCalendar *cal, bool canonicalize)
{
	pg_tz	   *tz = pg_tzset(cal->zone);
	BlCalError	err;

	if (tz == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("time zone \"%s\" not recognized", cal->zone),
				 errdetail("A calendar's zone must be a time zone name PostgreSQL knows."),
				 errhint("The view pg_timezone_names lists them, e.g. \"Europe/Berlin\".")));
	if (!pg_tz_acceptable(tz))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("time zone \"%s\" appears to use leap seconds", cal->zone),
				 errdetail("PostgreSQL does not support leap seconds.")));
	if (canonicalize && strcmp(pg_get_timezone_name(tz), cal->zone) != 0)
		(void) bl_cal_set_zone(cal, pg_get_timezone_name(tz), &err);	/* keep ours if odd */
	return tz;
}

/* The stored form of a calendar: a varlena around the core's binary form. */
static struct varlena *
calendar_to_varlena(const BlCalendar *cal)
{
	Size		n = bl_cal_encoded_size(cal);
	struct varlena *v = (struct varlena *) palloc(VARHDRSZ + n);

	SET_VARSIZE(v, VARHDRSZ + n);
	bl_cal_encode(cal, (uint8_t *) VARDATA(v));
	return v;
}

/* ---------------------------------------------------------------------------------------
 * calendar_server.h
 * --------------------------------------------------------------------------------------- */

CalendarRef *
calendar_ref_get(Datum calendar, MemoryContext mcxt, CalendarRef *cached)
{
	struct varlena *v = pg_detoast_datum_packed((struct varlena *) DatumGetPointer(calendar));
	const char *data = VARDATA_ANY(v);
	Size		len = VARSIZE_ANY_EXHDR(v);
	CalendarRef *ref;
	BlCalendar *cal;
	BlCalError	err;
	pg_tz	   *tz;
	MemoryContext old;

	if (cached != NULL && cached->keylen == len && memcmp(cached->key, data, len) == 0)
	{
		if ((Pointer) v != DatumGetPointer(calendar))
			pfree(v);
		return cached;
	}

	/* decode before touching the cache, so an error leaves the old entry intact */
	old = MemoryContextSwitchTo(mcxt);
	cal = bl_cal_decode((const uint8_t *) data, len, &err);
	if (cal == NULL)
		report_cal_error(&err, ERRCODE_DATA_CORRUPTED);
	tz = calendar_zone(cal, false);

	if (cached != NULL && cached->mcxt == mcxt)
	{
		/* reuse the entry in place, so callers holding it see the new calendar */
		ref = cached;
		pfree(ref->key);
		bl_cal_free(ref->cal);
	}
	else
		ref = (CalendarRef *) palloc0(sizeof(CalendarRef));
	ref->mcxt = mcxt;
	ref->key = palloc(len > 0 ? len : 1);
	memcpy(ref->key, data, len);
	ref->keylen = len;
	ref->cal = cal;
	/* the zone memo depends only on the zone: keep it when the zone stays the same */
	if (ref->tz != tz || ref->zone.next == NULL)
	{
		ref->tz = tz;
		bl_zone_init(&ref->zone, zone_next_cb, tz);
	}
	MemoryContextSwitchTo(old);

	if ((Pointer) v != DatumGetPointer(calendar))
		pfree(v);
	return ref;
}

int64
calendar_business_usecs(CalendarRef *cal, TimestampTz t0, TimestampTz t1)
{
	int64_t		r = 0;
	BlCalStatus st;

	check_finite(t0, "business time");
	check_finite(t1, "business time");
	st = bl_cal_business_usecs(cal->cal, &cal->zone, t0, t1, &r);
	if (st != BL_CAL_OK)
		report_status(st, cal, "business time");
	return (int64) r;
}

TimestampTz
calendar_business_add(CalendarRef *cal, TimestampTz t, int64 usecs)
{
	int64_t		r = 0;
	BlCalStatus st;

	check_finite(t, "business_add");
	if (usecs == PG_INT64_MIN)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("business_add: duration out of range")));
	st = bl_cal_business_add(cal->cal, &cal->zone, t, usecs, &r);
	if (st != BL_CAL_OK)
		report_status(st, cal, "business_add");
	return (TimestampTz) r;
}

/* ---------------------------------------------------------------------------------------
 * Type I/O
 * --------------------------------------------------------------------------------------- */

PG_FUNCTION_INFO_V1(backlog_calendar_in);
Datum
backlog_calendar_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	BlCalError	err;
	BlCalendar *cal;

	cal = bl_cal_parse(str, strlen(str), &err);
	if (cal == NULL)
		report_cal_error(&err, ERRCODE_INVALID_TEXT_REPRESENTATION);
	(void) calendar_zone(cal, true);
	PG_RETURN_POINTER(calendar_to_varlena(cal));
}

PG_FUNCTION_INFO_V1(backlog_calendar_out);
Datum
backlog_calendar_out(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_VARLENA_PP(0);
	BlCalError	err;
	BlCalendar *cal;

	cal = bl_cal_decode((const uint8_t *) VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v), &err);
	if (cal == NULL)
		report_cal_error(&err, ERRCODE_DATA_CORRUPTED);
	PG_RETURN_CSTRING(bl_cal_format(cal));
}

PG_FUNCTION_INFO_V1(backlog_calendar_recv);
Datum
backlog_calendar_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			n = buf->len - buf->cursor;
	const char *bytes = pq_getmsgbytes(buf, n);
	BlCalError	err;
	BlCalendar *cal;

	/* the same checks as the text input: every length, order and the zone */
	cal = bl_cal_decode((const uint8_t *) bytes, n, &err);
	if (cal == NULL)
		report_cal_error(&err, ERRCODE_INVALID_BINARY_REPRESENTATION);
	(void) calendar_zone(cal, true);
	PG_RETURN_POINTER(calendar_to_varlena(cal));
}

PG_FUNCTION_INFO_V1(backlog_calendar_send);
Datum
backlog_calendar_send(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_VARLENA_PP(0);
	StringInfoData buf;

	/* the stored form is already byte-order independent */
	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Equal calendars have equal stored bytes (the form is canonical). */
static bool
calendar_equal(FunctionCallInfo fcinfo)
{
	struct varlena *a = PG_GETARG_VARLENA_PP(0);
	struct varlena *b = PG_GETARG_VARLENA_PP(1);
	bool		eq;

	eq = VARSIZE_ANY_EXHDR(a) == VARSIZE_ANY_EXHDR(b) &&
		memcmp(VARDATA_ANY(a), VARDATA_ANY(b), VARSIZE_ANY_EXHDR(a)) == 0;
	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	return eq;
}

PG_FUNCTION_INFO_V1(backlog_calendar_eq);
Datum
backlog_calendar_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(calendar_equal(fcinfo));
}

PG_FUNCTION_INFO_V1(backlog_calendar_ne);
Datum
backlog_calendar_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!calendar_equal(fcinfo));
}

/* Hashes of the canonical bytes agree with equality. */
PG_FUNCTION_INFO_V1(backlog_calendar_hash);
Datum
backlog_calendar_hash(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_VARLENA_PP(0);
	Datum		h = hash_any((const unsigned char *) VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v));

	PG_FREE_IF_COPY(v, 0);
	return h;
}

PG_FUNCTION_INFO_V1(backlog_calendar_hash_extended);
Datum
backlog_calendar_hash_extended(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_GETARG_VARLENA_PP(0);
	Datum		h = hash_any_extended((const unsigned char *) VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v),
									  PG_GETARG_INT64(1));

	PG_FREE_IF_COPY(v, 0);
	return h;
}

/* ---------------------------------------------------------------------------------------
 * SQL functions
 * --------------------------------------------------------------------------------------- */

/*
 * The calendars an SQL function has seen in this query, kept in fn_extra. A few entries, so a
 * join that hands each row one of a handful of calendars (tickets and their SLA policies)
 * parses each once. Every call compares the argument's bytes: even an argument that
 * get_fn_expr_arg_stable() calls stable changes between calls of a PL/pgSQL simple
 * expression, which keeps its fn_extra across evaluations (regression test in calendar.sql).
 */
#define CALENDAR_CACHE_SIZE 16

typedef struct CalendarCache
{
	int			n;
	CalendarRef *last;			/* the entry used last */
	CalendarRef *refs[CALENDAR_CACHE_SIZE];
} CalendarCache;

static inline bool
ref_matches(const CalendarRef *ref, const char *data, Size len)
{
	return ref->keylen == len && memcmp(ref->key, data, len) == 0;
}

static CalendarRef *
arg_calendar(FunctionCallInfo fcinfo)
{
	CalendarCache *cc = (CalendarCache *) fcinfo->flinfo->fn_extra;
	Datum		arg = PG_GETARG_DATUM(0);
	struct varlena *v;
	const char *data;
	Size		len;
	CalendarRef *ref = NULL;
	int			i;

	if (cc == NULL)
	{
		cc = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(CalendarCache));
		fcinfo->flinfo->fn_extra = cc;
	}

	/* most calls pass a plain in-line value: test before calling out to detoast */
	v = (struct varlena *) DatumGetPointer(arg);
	if (VARATT_IS_EXTERNAL(v) || VARATT_IS_COMPRESSED(v))
		v = pg_detoast_datum_packed(v);
	data = VARDATA_ANY(v);
	len = VARSIZE_ANY_EXHDR(v);
	if (cc->last != NULL && ref_matches(cc->last, data, len))
		ref = cc->last;
	for (i = 0; ref == NULL && i < cc->n; i++)
		if (ref_matches(cc->refs[i], data, len))
			ref = cc->refs[i];
	if (ref == NULL)
	{
		if (cc->n < CALENDAR_CACHE_SIZE)
			ref = cc->refs[cc->n++] = calendar_ref_get(arg, fcinfo->flinfo->fn_mcxt, NULL);
		else
		{
			/*
			 * Replace the entry the calendar's hash picks (rebuilt in place): with more
			 * calendars than entries taking turns, a fixed subset stays cached, where a
			 * round-robin or LRU choice would miss every time.
			 */
			uint32		h = DatumGetUInt32(hash_any((const unsigned char *) data, len));

			ref = calendar_ref_get(arg, fcinfo->flinfo->fn_mcxt,
								   cc->refs[h % CALENDAR_CACHE_SIZE]);
		}
	}
	if ((Pointer) v != DatumGetPointer(arg))
		pfree(v);
	cc->last = ref;
	return ref;
}

/*
 * extract(epoch from d) in microseconds, exactly as PostgreSQL counts it: a year of months is
 * 365.25 days, a further month 30 days, a day 24 hours.
 */
static int64
interval_usecs(const Interval *d)
{
	int64		years = d->month / MONTHS_PER_YEAR;
	int64		months = d->month % MONTHS_PER_YEAR;
	int64		r = d->time;
	int64		part;

#ifdef INTERVAL_NOT_FINITE
	if (INTERVAL_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("business_add: infinite interval"),
				 errdetail("Business time is not defined for an infinite duration.")));
#endif
	if (pg_mul_s64_overflow(years, (int64) (DAYS_PER_YEAR * SECS_PER_DAY) * USECS_PER_SEC, &part) ||
		pg_add_s64_overflow(r, part, &r) ||
		pg_mul_s64_overflow(months, (int64) DAYS_PER_MONTH * USECS_PER_DAY, &part) ||
		pg_add_s64_overflow(r, part, &r) ||
		pg_mul_s64_overflow((int64) d->day, USECS_PER_DAY, &part) ||
		pg_add_s64_overflow(r, part, &r) ||
		r == PG_INT64_MIN)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("business_add: interval out of range")));
	return r;
}

PG_FUNCTION_INFO_V1(backlog_business_seconds);
Datum
backlog_business_seconds(PG_FUNCTION_ARGS)
{
	CalendarRef *ref = arg_calendar(fcinfo);
	int64		u = calendar_business_usecs(ref, PG_GETARG_TIMESTAMPTZ(1), PG_GETARG_TIMESTAMPTZ(2));

	PG_RETURN_FLOAT8((double) u / USECS_PER_SEC);
}

PG_FUNCTION_INFO_V1(backlog_business_time);
Datum
backlog_business_time(PG_FUNCTION_ARGS)
{
	CalendarRef *ref = arg_calendar(fcinfo);
	Interval   *result = (Interval *) palloc0(sizeof(Interval));

	result->time = calendar_business_usecs(ref, PG_GETARG_TIMESTAMPTZ(1), PG_GETARG_TIMESTAMPTZ(2));
	PG_RETURN_INTERVAL_P(result);
}

PG_FUNCTION_INFO_V1(backlog_business_seconds_multirange);
Datum
backlog_business_seconds_multirange(PG_FUNCTION_ARGS)
{
#if PG_VERSION_NUM >= 140000
	CalendarRef *ref = arg_calendar(fcinfo);
	MultirangeType *mr = PG_GETARG_MULTIRANGE_P(1);
	TypeCacheEntry *typcache;
	int64		sum = 0;
	int32		i;

	/* not multirange_get_typcache(): fn_extra already holds the calendar */
	typcache = lookup_type_cache(MultirangeTypeGetOid(mr), TYPECACHE_MULTIRANGE_INFO);
	if (typcache->rngtype == NULL)
		elog(ERROR, "type %u is not a multirange type", MultirangeTypeGetOid(mr));
	for (i = 0; i < mr->rangeCount; i++)
	{
		RangeBound	lower,
					upper;

		CHECK_FOR_INTERRUPTS();
		multirange_get_bounds(typcache->rngtype, mr, i, &lower, &upper);
		if (lower.infinite || upper.infinite)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("business time: unbounded range"),
					 errdetail("Range %d of the multirange has no %s bound.", i + 1,
							   lower.infinite ? "lower" : "upper"),
					 errhint("Bound the range, e.g. with tstzrange(t0, now()).")));
		/* bounds count as [lower, upper): a single instant has no duration */
		if (pg_add_s64_overflow(sum,
								calendar_business_usecs(ref, DatumGetTimestampTz(lower.val),
														DatumGetTimestampTz(upper.val)),
								&sum))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("business time: sum out of range")));
	}
	PG_FREE_IF_COPY(mr, 1);
	PG_RETURN_FLOAT8((double) sum / USECS_PER_SEC);
#else
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("multiranges need PostgreSQL 14 or later")));
	PG_RETURN_NULL();
#endif
}

PG_FUNCTION_INFO_V1(backlog_business_add);
Datum
backlog_business_add(PG_FUNCTION_ARGS)
{
	CalendarRef *ref = arg_calendar(fcinfo);
	TimestampTz t = PG_GETARG_TIMESTAMPTZ(1);
	int64		usecs = interval_usecs(PG_GETARG_INTERVAL_P(2));

	PG_RETURN_TIMESTAMPTZ(calendar_business_add(ref, t, usecs));
}

PG_FUNCTION_INFO_V1(backlog_is_business_time);
Datum
backlog_is_business_time(PG_FUNCTION_ARGS)
{
	CalendarRef *ref = arg_calendar(fcinfo);
	TimestampTz t = PG_GETARG_TIMESTAMPTZ(1);
	bool		r = false;

	check_finite(t, "is_business_time");
	report_status(bl_cal_is_working(ref->cal, &ref->zone, t, &r), ref, "is_business_time");
	PG_RETURN_BOOL(r);
}

PG_FUNCTION_INFO_V1(backlog_next_business_time);
Datum
backlog_next_business_time(PG_FUNCTION_ARGS)
{
	CalendarRef *ref = arg_calendar(fcinfo);
	TimestampTz t = PG_GETARG_TIMESTAMPTZ(1);
	int64_t		r = 0;

	check_finite(t, "next_business_time");
	report_status(bl_cal_next_working(ref->cal, &ref->zone, t, &r), ref, "next_business_time");
	PG_RETURN_TIMESTAMPTZ((TimestampTz) r);
}

/* backlog.calendar_has_work(cal): does some weekday of cal have working hours? */
PG_FUNCTION_INFO_V1(backlog_calendar_has_work);
Datum
backlog_calendar_has_work(PG_FUNCTION_ARGS)
{
	CalendarRef *ref = arg_calendar(fcinfo);

	PG_RETURN_BOOL(bl_cal_has_work(ref->cal));
}

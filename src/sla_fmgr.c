/*
 * sla_fmgr.c: the backlog.sla_clock aggregate (server glue over src/sla.c).
 *
 *   backlog.sla_clock(cal, target, at, clock [, as_of]) -> backlog.sla_result
 *
 * The transition function only collects (at, clock) pairs and checks that every row of the
 * group names the same calendar, target and as_of; the final function sorts the events itself
 * (so ORDER BY at is optional and physical order never matters), resolves the calendar and runs
 * the clock. The state is backlog.sla_clock_state (below), with a combine function, so that
 * partial clocks travel between parallel workers and Citus nodes.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "common/int.h"
#include "datatype/timestamp.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/expandeddatum.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"

#include "bl_alloc.h"
#include "calendar_server.h"
#include "sla.h"

PG_FUNCTION_INFO_V1(backlog_sla_clock_trans);
PG_FUNCTION_INFO_V1(backlog_sla_clock_final);
PG_FUNCTION_INFO_V1(backlog_sla_clock_as_of_final);
PG_FUNCTION_INFO_V1(backlog_sla_clock_measure);
PG_FUNCTION_INFO_V1(backlog_sla_clock_combine);
PG_FUNCTION_INFO_V1(backlog_sla_clock_serial);
PG_FUNCTION_INFO_V1(backlog_sla_clock_deserial);
PG_FUNCTION_INFO_V1(backlog_sla_clock_state_in);
PG_FUNCTION_INFO_V1(backlog_sla_clock_state_out);
PG_FUNCTION_INFO_V1(backlog_sla_clock_state_recv);
PG_FUNCTION_INFO_V1(backlog_sla_clock_state_send);

/* Argument positions of the transition function (0 is the state) */
#define ARG_CAL		1
#define ARG_TARGET	2
#define ARG_AT		3
#define ARG_CLOCK	4
#define ARG_AS_OF	5

static const char *const arg_names[] = {"state", "cal", "target", "at", "clock", "as_of"};

/*
 * fn_extra of the transition and combine functions. The states these make in one aggregate
 * context share one child context of it: with a context per state, a hashed GROUP BY over many
 * groups took time in the square of their number, since PostgreSQL measures the memory of the
 * aggregate context (walking all its children) at every new group. The executor keeps a state
 * that is a read-write expanded object whose context is a child of the aggregate context, and
 * deletes such an object (its context) only when the transition function returns another one,
 * which ours never do for a state of this aggregate context (they change it in place).
 */
#define SLA_AGG_CXTS	8

typedef struct SlaAggCxt
{
	MemoryContext aggcxt;		/* an aggregate context, NULL for a free slot */
	MemoryContext shared;		/* its child holding the states made in it */
} SlaAggCxt;

typedef struct SlaAggCache
{
	bool		cal_checked;	/* the calendar argument's type is known to be a varlena */
	SlaAggCxt	cxts[SLA_AGG_CXTS];	/* (sorted grouping sets have a context per set) */
} SlaAggCache;

static SlaAggCache *
sla_agg_cache(FunctionCallInfo fcinfo)
{
	if (fcinfo->flinfo->fn_extra == NULL)
		fcinfo->flinfo->fn_extra = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(SlaAggCache));
	return (SlaAggCache *) fcinfo->flinfo->fn_extra;
}

/* Reset or deletion of an aggregate context: its shared context went with it. */
static void
sla_agg_cxt_forget(void *arg)
{
	SlaAggCxt  *slot = (SlaAggCxt *) arg;

	slot->aggcxt = NULL;
	slot->shared = NULL;
}

/*
 * The context a new state of aggcxt goes into: the shared one, made (and watched) at the
 * first state; with every slot taken, a context of its own as outside aggregates.
 */
static MemoryContext
sla_agg_states_cxt(FunctionCallInfo fcinfo, MemoryContext aggcxt)
{
	SlaAggCache *cache = sla_agg_cache(fcinfo);
	SlaAggCxt  *slot = NULL;
	MemoryContextCallback *cb;
	int			i;

	for (i = 0; i < SLA_AGG_CXTS; i++)
	{
		if (cache->cxts[i].aggcxt == aggcxt)
			return cache->cxts[i].shared;
		if (slot == NULL && cache->cxts[i].aggcxt == NULL)
			slot = &cache->cxts[i];
	}
	if (slot == NULL)
		return AllocSetContextCreate(aggcxt, "backlog.sla_clock state", ALLOCSET_SMALL_SIZES);
	/* in aggcxt itself: a reset calls the callbacks only of a context that holds something */
	cb = MemoryContextAlloc(aggcxt, sizeof(MemoryContextCallback));
	slot->shared = AllocSetContextCreate(aggcxt, "backlog.sla_clock states", ALLOCSET_DEFAULT_SIZES);
	slot->aggcxt = aggcxt;
	cb->func = sla_agg_cxt_forget;
	cb->arg = slot;
	MemoryContextRegisterResetCallback(aggcxt, cb);
	return slot->shared;
}

/*
 * A few parsed calendars per call site. A view over many tickets alternates between the
 * calendars of a handful of policies; each entry owns a memory context, so replacing one frees
 * its parsed calendar instead of leaking it for the rest of the query.
 */
#define SLA_CAL_CACHE	8

typedef struct SlaCalSlot
{
	MemoryContext cxt;			/* NULL when the slot is empty */
	uint8	   *bytes;			/* the calendar's bytes, as kept in the state */
	uint32		len;
	CalendarRef *ref;
} SlaCalSlot;

typedef struct SlaFinalCache
{
	TupleDesc	tupdesc;		/* blessed backlog.sla_result */
	int			next_victim;
	SlaCalSlot	slots[SLA_CAL_CACHE];
} SlaFinalCache;

/*
 * The aggregate state, type backlog.sla_clock_state, in expanded form: the accumulator of
 * src/sla.c in its own memory context (a child of the aggregate's). The executor hands it back
 * to the transition function as a read-write expanded datum, which appends to it in place.
 * Flat, it is the accumulator's serial form (sla.c), encoded when asked for and cached until
 * the next change; its text form is that in hex.
 */
typedef struct SlaState
{
	ExpandedObjectHeader hdr;
	BlSlaAcc   *acc;
	bytea	   *flat;			/* the flat form, NULL until asked for or after a change */
} SlaState;

static Size sla_state_flat_size(ExpandedObjectHeader *eoh);
static void sla_state_flatten(ExpandedObjectHeader *eoh, void *result, Size size);

static const ExpandedObjectMethods sla_state_methods = {
	sla_state_flat_size,
	sla_state_flatten
};

static bytea *
sla_acc_flat(const BlSlaAcc *acc)
{
	size_t		size = bl_sla_acc_serial_size(acc);
	bytea	   *out;

	if (size > MaxAllocSize - VARHDRSZ)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("SLA clock state of %zu bytes is too large to pass on", size)));
	out = palloc(VARHDRSZ + size);
	SET_VARSIZE(out, VARHDRSZ + size);
	bl_sla_acc_serialize(acc, (uint8 *) VARDATA(out));
	return out;
}

static Size
sla_state_flat_size(ExpandedObjectHeader *eoh)
{
	SlaState   *st = (SlaState *) eoh;

	if (st->flat == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(eoh->eoh_context);

		st->flat = sla_acc_flat(st->acc);
		MemoryContextSwitchTo(old);
	}
	return VARSIZE(st->flat);
}

static void
sla_state_flatten(ExpandedObjectHeader *eoh, void *result, Size size)
{
	SlaState   *st = (SlaState *) eoh;

	if (size != sla_state_flat_size(eoh))
		elog(ERROR, "backlog.sla_clock_state flattened into %zu bytes instead of %zu", size,
			 (size_t) VARSIZE(st->flat));
	memcpy(result, st->flat, size);
}

/* Read a flat state; every length and field is checked. The result is in CurrentMemoryContext. */
static BlSlaAcc *
sla_acc_read(const uint8 *bytes, size_t len, int sqlstate)
{
	BlSlaAcc   *acc;
	BlSlaError	err = bl_sla_acc_deserialize(bytes, len, &acc);

	if (err != BL_SLA_OK)
		ereport(ERROR,
				(errcode(sqlstate),
				 errmsg("malformed SLA clock state"),
				 errdetail("%s.", bl_sla_error_message(err))));
	return acc;
}

/* A state in cxt: empty, or read from a flat state when given. */
static SlaState *
sla_state_in_cxt(MemoryContext cxt, bytea *flat)
{
	MemoryContext old = MemoryContextSwitchTo(cxt);
	SlaState   *st = palloc0(sizeof(SlaState));

	EOH_init_header(&st->hdr, &sla_state_methods, cxt);
	if (flat == NULL)
		st->acc = bl_sla_acc_new();
	else
		st->acc = sla_acc_read((const uint8 *) VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat),
							   ERRCODE_DATA_CORRUPTED);
	MemoryContextSwitchTo(old);
	return st;
}

/* A state in a new child context of parent of its own (outside aggregates). */
static SlaState *
sla_state_new(MemoryContext parent, bytea *flat)
{
	return sla_state_in_cxt(AllocSetContextCreate(parent, "backlog.sla_clock state",
												  ALLOCSET_SMALL_SIZES), flat);
}

/* Argument argno when it is one of our expanded states (read-only or read-write), else NULL. */
static SlaState *
sla_state_of(FunctionCallInfo fcinfo, int argno, bool rw_only)
{
	Pointer		p;

	if (PG_ARGISNULL(argno))
		return NULL;
	p = DatumGetPointer(PG_GETARG_DATUM(argno));
	if (!(rw_only ? VARATT_IS_EXTERNAL_EXPANDED_RW(p) : VARATT_IS_EXTERNAL_EXPANDED(p)))
		return NULL;
	if (DatumGetEOHP(PG_GETARG_DATUM(argno))->eoh_methods != &sla_state_methods)
		return NULL;
	return (SlaState *) DatumGetEOHP(PG_GETARG_DATUM(argno));
}

/*
 * The state argument (0) of the transition or combine function, to update in place: the
 * aggregate's own read-write state, else a new one in aggcxt (empty for NULL, read from a flat
 * state otherwise). Its cached flat form is dropped, since the caller is about to change it.
 */
static SlaState *
sla_state_get(FunctionCallInfo fcinfo, MemoryContext aggcxt)
{
	SlaState   *st = sla_state_of(fcinfo, 0, true);

	if (st == NULL || MemoryContextGetParent(st->hdr.eoh_context) != aggcxt)
		st = sla_state_in_cxt(sla_agg_states_cxt(fcinfo, aggcxt),
							  PG_ARGISNULL(0) ? NULL : PG_GETARG_BYTEA_PP(0));
	if (st->flat != NULL)
	{
		pfree(st->flat);
		st->flat = NULL;
	}
	return st;
}

/* The accumulator of a (non-NULL) state argument, to read: ours as is, or a flat one read. */
static BlSlaAcc *
sla_acc_arg(FunctionCallInfo fcinfo, int argno)
{
	SlaState   *st = sla_state_of(fcinfo, argno, false);
	bytea	   *flat;

	if (st != NULL)
		return st->acc;
	flat = PG_GETARG_BYTEA_PP(argno);
	return sla_acc_read((const uint8 *) VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat),
						ERRCODE_DATA_CORRUPTED);
}

/* Report an error of the core (the ones the glue did not rule out itself). */
static void
sla_report(BlSlaError err)
{
	switch (err)
	{
		case BL_SLA_OK:
			return;
		case BL_SLA_ERR_TOO_MANY_EVENTS:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("%s", bl_sla_error_message(err)),
					 errdetail("One clock holds at most %d events.", BL_SLA_MAX_EVENTS),
					 errhint("Group the rows by ticket and metric, so that each group is one clock.")));
			break;
		case BL_SLA_ERR_TARGET_DIFFERS:
		case BL_SLA_ERR_AS_OF_DIFFERS:
		case BL_SLA_ERR_CALENDAR_DIFFERS:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s", bl_sla_error_message(err)),
					 errdetail("Every row of one backlog.sla_clock group must pass the same calendar, target and as_of."),
					 errhint("Group the rows by ticket and metric, so that each group is one clock.")));
			break;
		default:
			/* empty clocks, bad targets and bad as_of are caught before; the rest cannot happen */
			elog(ERROR, "backlog.sla_clock: %s", bl_sla_error_message(err));
	}
}

/*
 * An SLA target as microseconds of business time. Like extract(epoch from target) and
 * backlog.business_add: a day is 24 hours, a month 30 days, a year 365.25 days.
 */
static int64
target_usecs(Interval *iv)
{
	int64		days4;			/* four times the days, so a year's quarter day stays exact */
	int64		usecs;

#ifdef INTERVAL_NOT_FINITE
	if (INTERVAL_NOT_FINITE(iv))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("SLA target must be finite")));
#endif
	if (pg_mul_s64_overflow((int64) (iv->month / MONTHS_PER_YEAR), 1461, &days4) ||
		pg_add_s64_overflow(days4, (int64) (iv->month % MONTHS_PER_YEAR) * 120, &days4) ||
		pg_add_s64_overflow(days4, (int64) iv->day * 4, &days4) ||
		pg_mul_s64_overflow(days4, USECS_PER_DAY / 4, &usecs) ||
		pg_add_s64_overflow(usecs, iv->time, &usecs))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("SLA target is out of range"),
				 errdetail("A target must fit in 2^63 microseconds.")));
	if (usecs < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("SLA target must not be negative"),
				 errdetail("The target is %s.",
						   DatumGetCString(DirectFunctionCall1(interval_out, IntervalPGetDatum(iv))))));
	return usecs;
}

static void
check_not_null(FunctionCallInfo fcinfo, int argno)
{
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("backlog.sla_clock: %s must not be null", arg_names[argno]),
				 errhint("Filter out the rows with a null %s, or give them a value with coalesce().",
						 arg_names[argno])));
}

static void
check_finite(TimestampTz t, const char *what)
{
	if (TIMESTAMP_NOT_FINITE(t))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("backlog.sla_clock: %s must be finite", what),
				 errdetail("An SLA clock cannot start, stop or be measured at infinity.")));
}

/*
 * sla_clock_trans(state, cal, target, at, clock [, as_of]): collect one event.
 *
 * Not strict: a null argument is an error, not a row to skip, since skipping a stop or a pause
 * would silently change the answer.
 */
Datum
backlog_sla_clock_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	MemoryContext oldcxt;
	SlaState   *st;
	struct varlena *cal;
	text	   *clock_text;
	int			clock;
	int64		target;
	TimestampTz at;
	TimestampTz as_of = 0;
	bool		has_as_of = (PG_NARGS() > ARG_AS_OF);
	int			i;
	BlSlaError	err;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "backlog_sla_clock_trans called in non-aggregate context");

	for (i = ARG_CAL; i < PG_NARGS(); i++)
		check_not_null(fcinfo, i);

	/* The calendar is kept as opaque bytes; make sure once that it is a varlena. */
	if (!sla_agg_cache(fcinfo)->cal_checked)
	{
		Oid			caltype = get_fn_expr_argtype(fcinfo->flinfo, ARG_CAL);

		if (!OidIsValid(caltype) || get_typlen(caltype) != -1)
			elog(ERROR, "backlog.sla_clock: the calendar argument is not a variable-length type");
		sla_agg_cache(fcinfo)->cal_checked = true;
	}

	target = target_usecs(PG_GETARG_INTERVAL_P(ARG_TARGET));
	at = PG_GETARG_TIMESTAMPTZ(ARG_AT);
	check_finite(at, "at");
	if (has_as_of)
	{
		as_of = PG_GETARG_TIMESTAMPTZ(ARG_AS_OF);
		check_finite(as_of, "as_of");
	}

	clock_text = PG_GETARG_TEXT_PP(ARG_CLOCK);
	clock = bl_sla_clock_parse(VARDATA_ANY(clock_text), VARSIZE_ANY_EXHDR(clock_text));
	if (clock < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown SLA clock value \"%s\"", text_to_cstring(clock_text)),
				 errhint("The clock is the state entered at \"at\": running, paused or stopped.")));

	cal = PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(ARG_CAL));
	if (VARSIZE_ANY_EXHDR(cal) > BL_SLA_MAX_CAL_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("calendar of %zu bytes is too large for an SLA clock",
						(size_t) VARSIZE_ANY_EXHDR(cal)),
				 errdetail("An SLA clock keeps a calendar of at most %d bytes.", BL_SLA_MAX_CAL_BYTES)));

	st = sla_state_get(fcinfo, aggcxt);
	oldcxt = MemoryContextSwitchTo(st->hdr.eoh_context);
	err = bl_sla_acc_params(st->acc, target, has_as_of, as_of, VARDATA_ANY(cal),
							VARSIZE_ANY_EXHDR(cal));
	if (err == BL_SLA_OK)
		err = bl_sla_acc_add(st->acc, at, (BlSlaClock) clock);
	MemoryContextSwitchTo(oldcxt);
	sla_report(err);

	PG_FREE_IF_COPY(clock_text, ARG_CLOCK);
	if ((Pointer) cal != DatumGetPointer(PG_GETARG_DATUM(ARG_CAL)))
		pfree(cal);
	PG_RETURN_DATUM(EOHPGetRWDatum(&st->hdr));
}

/* The parsed calendar for the bytes kept in a state, from the call site's cache. */
static CalendarRef *
final_calendar(SlaFinalCache *cache, MemoryContext fn_mcxt, BlSlaAcc *acc)
{
	SlaCalSlot *slot = NULL;
	MemoryContext cxt;
	CalendarRef *ref;
	uint8	   *bytes;
	struct varlena *datum;
	int			i;

	for (i = 0; i < SLA_CAL_CACHE; i++)
	{
		SlaCalSlot *s = &cache->slots[i];

		if (s->cxt == NULL)
		{
			if (slot == NULL)
				slot = s;
			continue;
		}
		if (s->len == acc->cal_len && memcmp(s->bytes, acc->cal, acc->cal_len) == 0)
			return s->ref;
	}
	if (slot == NULL)
	{
		slot = &cache->slots[cache->next_victim];
		cache->next_victim = (cache->next_victim + 1) % SLA_CAL_CACHE;
		MemoryContextDelete(slot->cxt);
		memset(slot, 0, sizeof(SlaCalSlot));
	}

	/* A varlena again, for calendar_ref_get; short-lived, in the caller's context */
	datum = palloc(VARHDRSZ + acc->cal_len);
	SET_VARSIZE(datum, VARHDRSZ + acc->cal_len);
	memcpy(VARDATA(datum), acc->cal, acc->cal_len);

	/* Fill the slot only once the calendar parsed, so an error leaves it empty */
	cxt = AllocSetContextCreate(fn_mcxt, "backlog.sla_clock calendar", ALLOCSET_SMALL_SIZES);
	ref = calendar_ref_get(PointerGetDatum(datum), cxt, NULL);
	bytes = MemoryContextAlloc(cxt, Max(acc->cal_len, 1));
	memcpy(bytes, acc->cal, acc->cal_len);
	slot->cxt = cxt;
	slot->bytes = bytes;
	slot->len = acc->cal_len;
	slot->ref = ref;
	pfree(datum);
	return slot->ref;
}

static int
cal_usecs(void *arg, int64_t t0, int64_t t1, int64_t *result)
{
	*result = calendar_business_usecs((CalendarRef *) arg, t0, t1);
	return 0;
}

static int
cal_add(void *arg, int64_t t, int64_t d, int64_t *result)
{
	*result = calendar_business_add((CalendarRef *) arg, t, d);
	return 0;
}

static void
cal_check(void *arg)
{
	CHECK_FOR_INTERRUPTS();
}

static char *
timestamptz_text(TimestampTz t)
{
	return DatumGetCString(DirectFunctionCall1(timestamptz_out, TimestampTzGetDatum(t)));
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

static Datum
sla_final(FunctionCallInfo fcinfo, BlSlaAcc *acc, TimestampTz as_of)
{
	SlaFinalCache *cache = (SlaFinalCache *) fcinfo->flinfo->fn_extra;
	BlSlaCalendar cb;
	BlSlaResult r;
	BlSlaError	err;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};

	if (acc == NULL || acc->n == 0)
		PG_RETURN_NULL();

	if (cache == NULL)
	{
		TupleDesc	tupdesc;
		MemoryContext oldcxt;

		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "backlog.sla_clock: return type must be a row type");
		oldcxt = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		cache = palloc0(sizeof(SlaFinalCache));
		cache->tupdesc = BlessTupleDesc(CreateTupleDescCopy(tupdesc));
		MemoryContextSwitchTo(oldcxt);
		fcinfo->flinfo->fn_extra = cache;
	}

	/*
	 * Sorting in place leaves the state meaning the same set of events, so the aggregate stays
	 * usable as a window function (the final function may run more than once per state).
	 */
	bl_sla_acc_sort(acc);
	if (as_of < acc->events[0].at)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("as_of %s is earlier than the first event of the clock (%s)",
						timestamptz_text(as_of), timestamptz_text(acc->events[0].at)),
				 errdetail("A clock is measured from its first event; before it there is nothing to measure."),
				 errhint("Pass an as_of at or after the first event; without as_of the clock is measured up to now().")));

	cb.usecs = cal_usecs;
	cb.add = cal_add;
	cb.check = cal_check;
	cb.arg = final_calendar(cache, fcinfo->flinfo->fn_mcxt, acc);
	err = bl_sla_compute(acc->events, acc->n, acc->target, as_of, &cb, &r);
	sla_report(err);

	values[0] = CStringGetTextDatum(bl_sla_state_name(r.state));
	values[1] = IntervalPGetDatum(usecs_interval(r.elapsed));
	values[2] = IntervalPGetDatum(usecs_interval(r.remaining));
	values[3] = TimestampTzGetDatum(r.due_at);
	nulls[3] = !r.has_due_at;
	values[4] = TimestampTzGetDatum(r.breached_at);
	nulls[4] = !r.has_breached_at;
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(cache->tupdesc, values, nulls)));
}

/* sla_clock_final(state): the four-argument form, measured up to now() (so STABLE). */
Datum
backlog_sla_clock_final(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	return sla_final(fcinfo, sla_acc_arg(fcinfo, 0), GetCurrentTransactionStartTimestamp());
}

/* sla_clock_as_of_final(state): the five-argument form, measured up to its as_of. */
Datum
backlog_sla_clock_as_of_final(PG_FUNCTION_ARGS)
{
	BlSlaAcc   *acc;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	acc = sla_acc_arg(fcinfo, 0);
	if (acc->n > 0 && !acc->has_as_of)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("backlog.sla_clock: state without as_of in the as_of form")));
	return sla_final(fcinfo, acc, acc->as_of);
}

/*
 * sla_clock_measure(state, as_of): a collected clock (the state backlog.sla_clock_collect
 * returns, as stored in backlog.ticket_clocks) measured up to a later as_of. Its events are all
 * at or before the state's own as_of, so when nothing happened in between, this is exactly what
 * the aggregate over the same events with the later as_of computes: the same code runs. An
 * earlier as_of is refused (events after it would wrongly count).
 */
Datum
backlog_sla_clock_measure(PG_FUNCTION_ARGS)
{
	BlSlaAcc   *acc = sla_acc_arg(fcinfo, 0);
	TimestampTz as_of = PG_GETARG_TIMESTAMPTZ(1);

	check_finite(as_of, "as_of");
	if (acc->n > 0 && acc->has_as_of && as_of < acc->as_of)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("as_of %s is earlier than the instant the clock was collected at (%s)",
						timestamptz_text(as_of), timestamptz_text(acc->as_of)),
				 errhint("Measure a stored clock at or after the instant it was collected at; replay the events for earlier instants.")));
	return sla_final(fcinfo, acc, as_of);
}

/*
 * sla_clock_combine(a, b): appends b's events to state a, in place. Declared strict, the
 * executor makes a copy of the first partial state the aggregate's own; 0.1's declaration (not
 * strict, over internal) also reaches here with a NULL side.
 */
Datum
backlog_sla_clock_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	MemoryContext oldcxt;
	SlaState   *st;
	BlSlaAcc   *b;
	BlSlaError	err;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "backlog_sla_clock_combine called in non-aggregate context");
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	b = sla_acc_arg(fcinfo, 1);
	st = sla_state_get(fcinfo, aggcxt);
	oldcxt = MemoryContextSwitchTo(st->hdr.eoh_context);
	err = bl_sla_acc_merge(st->acc, b);
	MemoryContextSwitchTo(oldcxt);
	sla_report(err);
	PG_RETURN_DATUM(EOHPGetRWDatum(&st->hdr));
}

/* Text form: the flat form in hex, read back with every field checked. */
Datum
backlog_sla_clock_state_out(PG_FUNCTION_ARGS)
{
	bytea	   *flat = PG_GETARG_BYTEA_PP(0);
	size_t		len = VARSIZE_ANY_EXHDR(flat);
	char	   *out = palloc(2 * len + 1);

	out[hex_encode(VARDATA_ANY(flat), len, out)] = '\0';
	PG_RETURN_CSTRING(out);
}

/* A flat state value holding a copy of bytes, after checking them. */
static bytea *
sla_flat_checked(const char *bytes, size_t len, int sqlstate)
{
	bytea	   *flat;

	bl_sla_acc_free(sla_acc_read((const uint8 *) bytes, len, sqlstate));
	flat = palloc(VARHDRSZ + len);
	SET_VARSIZE(flat, VARHDRSZ + len);
	memcpy(VARDATA(flat), bytes, len);
	return flat;
}

Datum
backlog_sla_clock_state_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	size_t		len = strlen(str);
	char	   *bytes;
	size_t		n;

	if (len % 2 != 0 || strspn(str, "0123456789abcdefABCDEF") != len)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type backlog.sla_clock_state"),
				 errdetail("The text form is an even number of hexadecimal digits.")));
	bytes = palloc(len / 2 + 1);
	n = hex_decode(str, len, bytes);
	PG_RETURN_BYTEA_P(sla_flat_checked(bytes, n, ERRCODE_INVALID_TEXT_REPRESENTATION));
}

Datum
backlog_sla_clock_state_send(PG_FUNCTION_ARGS)
{
	bytea	   *flat = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
backlog_sla_clock_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	bytea	   *flat = sla_flat_checked(buf->data + buf->cursor, buf->len - buf->cursor,
										ERRCODE_INVALID_BINARY_REPRESENTATION);

	buf->cursor = buf->len;
	PG_RETURN_BYTEA_P(flat);
}

/* 0.1's parallel-query pair over internal, kept for an installed 0.1 until it is updated. */
Datum
backlog_sla_clock_serial(PG_FUNCTION_ARGS)
{
	PG_RETURN_BYTEA_P(sla_acc_flat(sla_acc_arg(fcinfo, 0)));
}

Datum
backlog_sla_clock_deserial(PG_FUNCTION_ARGS)
{
	SlaState   *st = sla_state_new(CurrentMemoryContext, PG_GETARG_BYTEA_PP(0));

	PG_RETURN_DATUM(EOHPGetRWDatum(&st->hdr));
}

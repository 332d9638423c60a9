/*
 * flow_fmgr.c: server glue for the flow aggregate (SPEC §7): the backlog.flow_state type's text
 * and binary forms, the transition and combine functions, and the rows of backlog.flow_at.
 *
 * The counting lives in flow.c (pure C). A state is one flat varlena (BlFlow, whose first four
 * bytes are the varlena header); the transition function updates it in place inside the
 * aggregate's memory context, so a row costs a few comparisons and no allocation.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

#include "flow.h"

#define FLOW_BINARY_VERSION 1

static const char *
timestamptz_text(TimestampTz t)
{
	return DatumGetCString(DirectFunctionCall1(timestamptz_out, TimestampTzGetDatum(t)));
}

static void
flow_error(BlFlowResult r, const char *context)
{
	switch (r)
	{
		case BL_FLOW_OK:
			return;
		case BL_FLOW_MISMATCH:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot combine flow states of different as_of or windows"),
					 errdetail("%s", context)));
			break;
		case BL_FLOW_OVERFLOW:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("flow count out of range"),
					 errdetail("%s", context)));
			break;
		case BL_FLOW_BAD_WINDOW:
		case BL_FLOW_BAD_COUNT:
		case BL_FLOW_SYNTAX:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid flow state: %s", context),
					 errdetail("%s",
							   r == BL_FLOW_BAD_WINDOW ? "A window lies outside 1 to 36600 days." :
							   r == BL_FLOW_BAD_COUNT ? "A count is negative." :
							   "Expected \"flow v1 as_of=<microseconds> windows=... created=... solved=... open_start=... open_end=...\" with one count per window."),
					 errhint("Flow states are written by backlog.flow_agg; do not edit them.")));
			break;
		case BL_FLOW_NO_WINDOWS:
		case BL_FLOW_TOO_MANY_WINDOWS:
			elog(ERROR, "flow windows were not checked: %s", context);
			break;
	}
}

/* A palloc'd state (in the current context) for as_of and a windows argument, checked. */
static BlFlow *
flow_new(TimestampTz as_of, ArrayType *arr)
{
	int32		days[BL_FLOW_MAX_WINDOWS];
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			bad;
	BlFlow	   *f;

	if (TIMESTAMP_NOT_FINITE(as_of))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("flow as_of cannot be infinite")));
	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("flow windows must be a one-dimensional array")));
	n = ArrayGetNItems(ARR_NDIM(arr), ARR_DIMS(arr));
	if (n == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("flow windows must not be empty"),
				 errhint("Give the window lengths in days, for example '{1,7,28}'.")));
	if (n > BL_FLOW_MAX_WINDOWS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("too many flow windows: %d", n),
				 errdetail("At most %d windows are allowed.", BL_FLOW_MAX_WINDOWS)));
	if (ARR_ELEMTYPE(arr) != INT4OID)
		elog(ERROR, "flow windows must be of type integer[]");
	deconstruct_array(arr, INT4OID, sizeof(int32), true, TYPALIGN_INT, &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("flow window %d is NULL", i + 1),
					 errhint("Windows are whole numbers of days from 1 to %d.", BL_FLOW_MAX_DAYS)));
		days[i] = DatumGetInt32(elems[i]);
	}
	if (bl_flow_check_windows(days, n, &bad) != BL_FLOW_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("flow window %d is %d days", bad + 1, days[bad]),
				 errhint("Windows are whole numbers of days from 1 to %d.", BL_FLOW_MAX_DAYS)));
	f = palloc0(bl_flow_size(n));
	bl_flow_init(f, as_of, days, n);
	SET_VARSIZE(f, bl_flow_size(n));
	pfree(elems);
	pfree(nulls);
	return f;
}

/* A state argument, detoasted and checked (the type's I/O checked it; this guards the layout). */
static BlFlow *
flow_arg(FunctionCallInfo fcinfo, int argno)
{
	BlFlow	   *f = (BlFlow *) PG_DETOAST_DATUM(PG_GETARG_DATUM(argno));

	flow_error(bl_flow_validate(f, VARSIZE(f)), "damaged value");
	return f;
}

/* ---- the type ---------------------------------------------------------------------------- */

PG_FUNCTION_INFO_V1(backlog_flow_state_in);
Datum
backlog_flow_state_in(PG_FUNCTION_ARGS)
{
	const char *text = PG_GETARG_CSTRING(0);
	BlFlow	   *f;
	size_t		size;
	BlFlowResult r = bl_flow_parse(text, &f, &size);

	if (r != BL_FLOW_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type backlog.flow_state: \"%s\"", text),
				 errdetail("%s",
						   r == BL_FLOW_BAD_WINDOW ? "A window lies outside 1 to 36600 days." :
						   r == BL_FLOW_BAD_COUNT ? "A count is negative." :
						   "Expected \"flow v1 as_of=<microseconds> windows=... created=... solved=... open_start=... open_end=...\" with one count per window, at most 64 windows.")));
	if (TIMESTAMP_NOT_FINITE(f->as_of))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type backlog.flow_state: \"%s\"", text),
				 errdetail("as_of is not a finite instant.")));
	SET_VARSIZE(f, size);
	PG_RETURN_POINTER(f);
}

PG_FUNCTION_INFO_V1(backlog_flow_state_out);
Datum
backlog_flow_state_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(bl_flow_format(flow_arg(fcinfo, 0)));
}

/* Binary form: version byte, nwin (int4), as_of, open_end, then the 4 * nwin int8 values. */
PG_FUNCTION_INFO_V1(backlog_flow_state_recv);
Datum
backlog_flow_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version = pq_getmsgbyte(buf);
	int32		nwin;
	BlFlow	   *f;

	if (version != FLOW_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary format version %d of backlog.flow_state", version)));
	nwin = pq_getmsgint(buf, 4);
	if (nwin < 1 || nwin > BL_FLOW_MAX_WINDOWS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid number of windows in binary backlog.flow_state: %d", nwin)));
	f = palloc0(bl_flow_size(nwin));
	SET_VARSIZE(f, bl_flow_size(nwin));
	f->nwin = nwin;
	f->as_of = pq_getmsgint64(buf);
	f->open_end = pq_getmsgint64(buf);
	for (int i = 0; i < 4 * nwin; i++)
		f->w[i] = pq_getmsgint64(buf);
	pq_getmsgend(buf);
	if (TIMESTAMP_NOT_FINITE(f->as_of) || bl_flow_validate(f, VARSIZE(f)) != BL_FLOW_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary backlog.flow_state"),
				 errdetail("A window lies outside 1 to 36600 days, a count is negative or as_of is not finite.")));
	PG_RETURN_POINTER(f);
}

PG_FUNCTION_INFO_V1(backlog_flow_state_send);
Datum
backlog_flow_state_send(PG_FUNCTION_ARGS)
{
	BlFlow	   *f = flow_arg(fcinfo, 0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, FLOW_BINARY_VERSION);
	pq_sendint32(&buf, f->nwin);
	pq_sendint64(&buf, f->as_of);
	pq_sendint64(&buf, f->open_end);
	for (uint32 i = 0; i < 4 * f->nwin; i++)
		pq_sendint64(&buf, f->w[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* backlog.flow_state(as_of, windows): the empty state (what flow_agg gives over no rows). */
PG_FUNCTION_INFO_V1(backlog_flow_state_new);
Datum
backlog_flow_state_new(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(flow_new(PG_GETARG_TIMESTAMPTZ(0), PG_GETARG_ARRAYTYPE_P(1)));
}

/* ---- the aggregate ----------------------------------------------------------------------- */

/*
 * flow_trans(state, as_of, windows, created_at, solved_at, opened_at, closed_at). as_of and
 * windows must be the same on every row: as_of is compared on each, windows whenever the array
 * datum is not the one seen last (a query's constant array keeps its address).
 */
PG_FUNCTION_INFO_V1(backlog_flow_trans);
Datum
backlog_flow_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	BlFlow	   *f;
	TimestampTz as_of;
	int64		created = 0,
				solved = 0,
				opened = 0,
				closed = 0;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "backlog.flow_trans called in non-aggregate context");
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("flow as_of and windows must not be NULL")));
	as_of = PG_GETARG_TIMESTAMPTZ(1);

	if (PG_ARGISNULL(0))
	{
		/* palloc'd in the per-row context; the executor copies it into aggcxt once */
		f = flow_new(as_of, PG_GETARG_ARRAYTYPE_P(2));
		fcinfo->flinfo->fn_extra = DatumGetPointer(PG_GETARG_DATUM(2));
	}
	else
	{
		f = (BlFlow *) PG_GETARG_POINTER(0);
		if (f->as_of != as_of)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("flow as_of must be the same on every row"),
					 errdetail("%s after %s.", timestamptz_text(as_of), timestamptz_text(f->as_of))));
		if (fcinfo->flinfo->fn_extra != DatumGetPointer(PG_GETARG_DATUM(2)))
		{
			BlFlow	   *g = flow_new(as_of, PG_GETARG_ARRAYTYPE_P(2));

			if (!bl_flow_same_shape(f, g))
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("flow windows must be the same on every row")));
			pfree(g);
			fcinfo->flinfo->fn_extra = DatumGetPointer(PG_GETARG_DATUM(2));
		}
	}

	if (!PG_ARGISNULL(3))
		created = PG_GETARG_TIMESTAMPTZ(3);
	if (!PG_ARGISNULL(4))
		solved = PG_GETARG_TIMESTAMPTZ(4);
	if (!PG_ARGISNULL(5))
		opened = PG_GETARG_TIMESTAMPTZ(5);
	if (!PG_ARGISNULL(6))
		closed = PG_GETARG_TIMESTAMPTZ(6);
	bl_flow_add(f,
				PG_ARGISNULL(3) ? NULL : &created,
				PG_ARGISNULL(4) ? NULL : &solved,
				PG_ARGISNULL(5) ? NULL : &opened,
				PG_ARGISNULL(6) ? NULL : &closed);
	PG_RETURN_POINTER(f);
}

/* Strict: the executor keeps the other state when one side is NULL. */
PG_FUNCTION_INFO_V1(backlog_flow_combine);
Datum
backlog_flow_combine(PG_FUNCTION_ARGS)
{
	BlFlow	   *a = flow_arg(fcinfo, 0);
	BlFlow	   *b = flow_arg(fcinfo, 1);

	/* a is the aggregate's own state: add into it in place; called outside one, into a copy */
	if (!AggCheckCallContext(fcinfo, NULL) && a == (BlFlow *) PG_GETARG_POINTER(0))
	{
		BlFlow	   *c = palloc(VARSIZE(a));

		memcpy(c, a, VARSIZE(a));
		a = c;
	}
	flow_error(bl_flow_combine(a, b), "the partial states of one backlog.flow_agg disagree");
	PG_RETURN_POINTER(a);
}

/* ---- the rows ---------------------------------------------------------------------------- */

PG_FUNCTION_INFO_V1(backlog_flow_rows);
Datum
backlog_flow_rows(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	BlFlow	   *f;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		TupleDesc	tupdesc;

		funcctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "backlog.flow_rows must return a row type");
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);
		f = flow_arg(fcinfo, 0);
		if ((void *) f == (void *) PG_GETARG_POINTER(0))
		{
			BlFlow	   *c = palloc(VARSIZE(f));

			memcpy(c, f, VARSIZE(f));
			f = c;
		}
		funcctx->user_fctx = f;
		funcctx->max_calls = f->nwin;
		MemoryContextSwitchTo(old);
	}
	funcctx = SRF_PERCALL_SETUP();
	f = (BlFlow *) funcctx->user_fctx;
	if (funcctx->call_cntr < funcctx->max_calls)
	{
		BlFlowRow	r;
		Datum		values[9];
		bool		nulls[9] = {false};

		bl_flow_row(f, (uint32) funcctx->call_cntr, &r);
		values[0] = Int32GetDatum(r.window_days);
		values[1] = Int64GetDatum(r.created);
		values[2] = Int64GetDatum(r.solved);
		values[3] = Int64GetDatum(r.net);
		values[4] = Float8GetDatum(r.solved_per_created);
		nulls[4] = !r.has_solved_per_created;
		values[5] = Int64GetDatum(r.open_at_start);
		values[6] = Int64GetDatum(r.open_at_end);
		values[7] = Float8GetDatum(r.growth);
		nulls[7] = !r.has_growth;
		values[8] = Float8GetDatum(r.days_to_clear);
		nulls[8] = !r.has_days_to_clear;
		SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(heap_form_tuple(funcctx->tuple_desc, values, nulls)));
	}
	SRF_RETURN_DONE(funcctx);
}

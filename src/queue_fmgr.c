/*
 * queue_fmgr.c: backlog.queue_stream(as_of), the rows of backlog.queue best first, one at a
 * time (server glue over src/queue.c).
 *
 * Ordering every open ticket by score means scoring every one of them, which at a million open
 * tickets takes many seconds; a queue is mostly read for its first rows. So the stream returns
 * rows one by one (SFRM_ValuePerCall: the view calls it in its target list, so a LIMIT stops
 * it) and scores only as many tickets as the rows asked for need:
 *
 *  - backlog.ticket_scores keeps an upper bound of every open ticket's (exception, score) that
 *    holds over the window of backlog.ticket_scores_window (backlog.refresh_ticket_scores), and
 *    no bound for a ticket written since. When as_of lies in the window, a cursor reads the
 *    bounds from the highest down (no bound first), batches of the tickets behind them are
 *    scored exactly with backlog.queue_at(as_of, ids) and kept in a heap, and the heap's best
 *    row is returned once no unread bound can come before it.
 *  - Outside the window, or once more than STREAM_SWITCH rows were scored this way (the reader
 *    wants much of the queue), it reads backlog.queue_at(as_of) itself, sorted, skipping the rows
 *    already returned: the order is total, so they are exactly its first rows.
 *
 * Every query runs read-only in the calling statement's snapshot, so the rows are those the
 * statement sees. Cursors stay open between calls and are closed when the caller stops.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/memutils.h"
#include "utils/portal.h"
#include "utils/timestamp.h"

#include "queue.h"

PG_FUNCTION_INFO_V1(backlog_queue_stream);

/*
 * Tickets scored per batch: backlog.queue_at takes up to 100 ids as a list that reaches the
 * indexes of the stored clocks (more become a hashed set joined after the clocks are measured).
 */
#define STREAM_BATCH		100
#define STREAM_SWITCH		3000	/* scored tickets after which the plain sort takes over */
#define STREAM_FETCH		1000	/* rows fetched at a time from the plain sort */

/* the columns of backlog.queue_at the order reads (checked by name once) */
static const char *const key_columns[] = {"id", "score", "exception", "time_to_breach", "created_at"};
enum
{
	COL_ID, COL_SCORE, COL_EXCEPTION, COL_BREACH, COL_CREATED, NKEYCOLS
};

typedef enum
{
	MODE_BOUNDED, MODE_FULL, MODE_DONE
} StreamMode;

typedef struct Stream
{
	MemoryContext cxt;			/* lives as long as the stream (multi_call_memory_ctx) */
	MemoryContext rowcxt;		/* rows fetched from the plain sort, reset per fetch */
	TupleDesc	desc;			/* the function's result descriptor (blessed) */
	int			keycol[NKEYCOLS];	/* attribute numbers in desc */
	Datum		as_of;
	StreamMode	mode;
	char	   *cand_portal;	/* cursor over the stored bounds */
	char	   *full_portal;	/* cursor over queue_at(as_of) */
	BlQueueBound next;			/* the bound of the next candidate not yet scored */
	int64		next_id;
	bool		have_next;		/* false: every candidate has been scored */
	int			batch;
	int64		scored;
	int64		emitted;
	BlQueueHeap heap;			/* payloads: HeapTuples in cxt */
	HeapTuple	last;			/* returned by the previous call (freed by the next one) */
	HeapTuple  *rows;			/* MODE_FULL: fetched rows, in rowcxt */
	int			nrows;
	int			irow;
	bool		full_done;
} Stream;

static void
close_portal(char **name)
{
	if (*name != NULL)
	{
		Portal		p = SPI_cursor_find(*name);

		if (p != NULL)
			SPI_cursor_close(p);
		*name = NULL;
	}
}

/* ExprContext callback: the caller stopped (a LIMIT) or the query ended. */
static void
stream_shutdown(Datum arg)
{
	Stream	   *s = (Stream *) DatumGetPointer(arg);

	if (s->cand_portal != NULL || s->full_portal != NULL)
		elog(DEBUG1, "backlog.queue_stream: " INT64_FORMAT " rows returned, " INT64_FORMAT
			 " tickets scored from their bounds%s", s->emitted, s->scored,
			 s->full_portal != NULL ? ", then the plain sort" : "");

	close_portal(&s->cand_portal);
	close_portal(&s->full_portal);
}

static char *
open_cursor(Stream *s, const char *sql, int nargs, Oid *types, Datum *values)
{
	Portal		p = SPI_cursor_open_with_args(NULL, sql, nargs, types, values, NULL, true, 0);

	if (p == NULL)
		elog(ERROR, "backlog.queue_stream: could not open a cursor: %s", SPI_result_code_string(SPI_result));
	return MemoryContextStrdup(s->cxt, p->name);
}

/* A row of queue_at (SPI's descriptor) copied into the result descriptor, in the current context. */
static HeapTuple
copy_row(Stream *s, HeapTuple in, TupleDesc indesc)
{
	int			n = s->desc->natts;
	Datum	   *values = palloc(sizeof(Datum) * n);
	bool	   *nulls = palloc(sizeof(bool) * n);
	HeapTuple	out;

	if (indesc->natts != n)
		elog(ERROR, "backlog.queue_stream: backlog.queue_at returns %d columns, not %d", indesc->natts, n);
	heap_deform_tuple(in, indesc, values, nulls);
	out = heap_form_tuple(s->desc, values, nulls);
	pfree(values);
	pfree(nulls);
	return out;
}

static void
row_key(Stream *s, HeapTuple t, BlQueueKey *k)
{
	bool		isnull;
	Datum		d;

	d = heap_getattr(t, s->keycol[COL_ID], s->desc, &isnull);
	if (isnull)
		elog(ERROR, "backlog.queue_stream: a queue row without an id");
	k->id = DatumGetInt64(d);
	d = heap_getattr(t, s->keycol[COL_SCORE], s->desc, &isnull);
	if (isnull)
		elog(ERROR, "backlog.queue_stream: ticket " INT64_FORMAT " has no score", k->id);
	k->score = DatumGetFloat8(d);
	d = heap_getattr(t, s->keycol[COL_EXCEPTION], s->desc, &isnull);
	k->exception = !isnull && DatumGetBool(d);
	d = heap_getattr(t, s->keycol[COL_BREACH], s->desc, &isnull);
	k->has_breach = !isnull;
	if (!isnull)
	{
		Interval   *iv = DatumGetIntervalP(d);

		k->breach_usec = iv->time;
		k->breach_days = iv->day;
		k->breach_months = iv->month;
	}
	else
		k->breach_usec = k->breach_days = k->breach_months = 0;
	d = heap_getattr(t, s->keycol[COL_CREATED], s->desc, &isnull);
	k->created_at = isnull ? PG_INT64_MAX : DatumGetTimestampTz(d);
}

/* Reads the bound of the next candidate from the bounds cursor (SPI connected). */
static void
read_next_candidate(Stream *s)
{
	Portal		p = SPI_cursor_find(s->cand_portal);
	bool		isnull;

	if (p == NULL)
		elog(ERROR, "backlog.queue_stream: the cursor over backlog.ticket_scores is gone");
	SPI_cursor_fetch(p, true, 1);
	if (SPI_processed == 0)
	{
		s->have_next = false;
		return;
	}
	s->have_next = true;
	s->next_id = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	s->next.exception = DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull));
	s->next.known = !isnull;
	s->next.score = DatumGetFloat8(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3, &isnull));
	s->next.known = s->next.known && !isnull;
	SPI_freetuptable(SPI_tuptable);
}

/* Scores the next batch of candidates exactly and adds their rows to the heap. */
static void
score_batch(Stream *s)
{
	int			want = s->batch;
	/* (before SPI_connect: not in SPI's memory, which SPI_finish frees) */
	int64	   *ids = palloc(sizeof(int64) * want);
	Datum	   *elems = palloc(sizeof(Datum) * want);
	ArrayType  *arr;
	int			n = 0;
	int			i;
	Oid			types[2] = {TIMESTAMPTZOID, INT8ARRAYOID};
	Datum		values[2];
	int			rc;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "backlog.queue_stream: SPI_connect failed");
	while (n < want && s->have_next)
	{
		ids[n++] = s->next_id;
		read_next_candidate(s);
	}
	for (i = 0; i < n; i++)
		elems[i] = Int64GetDatum(ids[i]);
	arr = construct_array(elems, n, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
	values[0] = s->as_of;
	values[1] = PointerGetDatum(arr);
	rc = SPI_execute_with_args("SELECT * FROM backlog.queue_at($1, $2)", 2, types, values, NULL, true, 0);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "backlog.queue_stream: backlog.queue_at failed: %s", SPI_result_code_string(rc));
	for (i = 0; i < (int) SPI_processed; i++)
	{
		MemoryContext old = MemoryContextSwitchTo(s->cxt);
		HeapTuple	t = copy_row(s, SPI_tuptable->vals[i], SPI_tuptable->tupdesc);
		BlQueueKey	k;

		row_key(s, t, &k);
		if (!bl_queue_heap_push(&s->heap, &k, t))
			elog(ERROR, "backlog.queue_stream: too many rows in the heap");
		MemoryContextSwitchTo(old);
	}
	SPI_finish();
	s->scored += n;
	pfree(ids);
	pfree(elems);
}

/* Leaves the bounds: the rest comes from queue_at(as_of) sorted, after the rows returned so far. */
static void
switch_to_full(Stream *s)
{
	Oid			types[2] = {TIMESTAMPTZOID, INT8OID};
	Datum		values[2];

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "backlog.queue_stream: SPI_connect failed");
	close_portal(&s->cand_portal);
	values[0] = s->as_of;
	values[1] = Int64GetDatum(s->emitted);
	s->full_portal = open_cursor(s, "SELECT * FROM backlog.queue_at($1) OFFSET $2", 2, types, values);
	SPI_finish();
	while (s->heap.n > 0)
		heap_freetuple((HeapTuple) bl_queue_heap_pop(&s->heap));
	bl_queue_heap_free(&s->heap);
	s->mode = MODE_FULL;
}

static void
fetch_full(Stream *s)
{
	Portal		p;
	int			i;

	MemoryContextReset(s->rowcxt);
	s->rows = NULL;
	s->nrows = s->irow = 0;
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "backlog.queue_stream: SPI_connect failed");
	p = SPI_cursor_find(s->full_portal);
	if (p == NULL)
		elog(ERROR, "backlog.queue_stream: the cursor over backlog.queue_at is gone");
	SPI_cursor_fetch(p, true, STREAM_FETCH);
	if (SPI_processed > 0)
	{
		MemoryContext old = MemoryContextSwitchTo(s->rowcxt);

		s->rows = palloc(sizeof(HeapTuple) * SPI_processed);
		for (i = 0; i < (int) SPI_processed; i++)
			s->rows[i] = copy_row(s, SPI_tuptable->vals[i], SPI_tuptable->tupdesc);
		s->nrows = (int) SPI_processed;
		MemoryContextSwitchTo(old);
	}
	else
		s->full_done = true;
	SPI_finish();
}

static void
stream_start(FunctionCallInfo fcinfo, FuncCallContext *funcctx, Datum as_of)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
	Stream	   *s = palloc0(sizeof(Stream));
	TupleDesc	desc;
	int			i;
	bool		bounded = false;
	Oid			types[1] = {TIMESTAMPTZOID};
	Datum		values[1];

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "backlog.queue_stream: return type must be a row type");
	s->cxt = funcctx->multi_call_memory_ctx;
	s->rowcxt = AllocSetContextCreate(s->cxt, "backlog.queue_stream rows", ALLOCSET_DEFAULT_SIZES);
	s->desc = BlessTupleDesc(CreateTupleDescCopy(desc));
	for (i = 0; i < NKEYCOLS; i++)
	{
		int			a;

		s->keycol[i] = 0;
		for (a = 0; a < s->desc->natts; a++)
			if (strcmp(NameStr(TupleDescAttr(s->desc, a)->attname), key_columns[i]) == 0)
				s->keycol[i] = a + 1;
		if (s->keycol[i] == 0)
			elog(ERROR, "backlog.queue_stream: result has no column \"%s\"", key_columns[i]);
	}
	s->as_of = as_of;
	s->batch = STREAM_BATCH;
	bl_queue_heap_init(&s->heap);
	funcctx->user_fctx = s;
	RegisterExprContextCallback(rsinfo->econtext, stream_shutdown, PointerGetDatum(s));

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "backlog.queue_stream: SPI_connect failed");
	values[0] = as_of;
	if (SPI_execute_with_args("SELECT 1 FROM backlog.ticket_scores_window w"
							  " WHERE $1 OPERATOR(pg_catalog.>=) w.valid_from"
							  " AND $1 OPERATOR(pg_catalog.<=) w.valid_until",
							  1, types, values, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "backlog.queue_stream: reading backlog.ticket_scores_window failed");
	bounded = SPI_processed > 0;
	if (bounded)
	{
		s->cand_portal = open_cursor(s,
									 "SELECT s.ticket_id, s.exception_bound, s.score_bound FROM backlog.ticket_scores s"
									 " ORDER BY s.exception_bound DESC NULLS FIRST, s.score_bound DESC NULLS FIRST",
									 0, NULL, NULL);
		read_next_candidate(s);
		s->mode = MODE_BOUNDED;
	}
	else
	{
		values[0] = as_of;
		s->full_portal = open_cursor(s, "SELECT * FROM backlog.queue_at($1)", 1, types, values);
		s->mode = MODE_FULL;
	}
	SPI_finish();
	MemoryContextSwitchTo(old);
}

Datum
backlog_queue_stream(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	Stream	   *s;

	if (SRF_IS_FIRSTCALL())
	{
		ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

		if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) || !(rsinfo->allowedModes & SFRM_ValuePerCall))
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("backlog.queue_stream must be called where a set can be returned")));
		if (PG_ARGISNULL(0))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("backlog.queue_stream: as_of must not be NULL")));
		funcctx = SRF_FIRSTCALL_INIT();
		stream_start(fcinfo, funcctx, PG_GETARG_DATUM(0));
	}
	funcctx = SRF_PERCALL_SETUP();
	s = (Stream *) funcctx->user_fctx;
	if (s->last != NULL)
	{
		heap_freetuple(s->last);
		s->last = NULL;
	}

	for (;;)
	{
		CHECK_FOR_INTERRUPTS();
		if (s->mode == MODE_FULL)
		{
			if (s->irow < s->nrows)
			{
				s->emitted++;
				SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(s->rows[s->irow++]));
			}
			if (s->full_done)
			{
				s->mode = MODE_DONE;
				continue;
			}
			fetch_full(s);
			continue;
		}
		if (s->mode == MODE_DONE)
		{
			ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

			/* s goes with the multi-call context: the callback must not outlive it */
			stream_shutdown(PointerGetDatum(s));
			UnregisterExprContextCallback(rsinfo->econtext, stream_shutdown, PointerGetDatum(s));
			SRF_RETURN_DONE(funcctx);
		}
		/* MODE_BOUNDED */
		if (s->heap.n > 0 && (!s->have_next || bl_queue_beats_bound(bl_queue_heap_top(&s->heap), &s->next)))
		{
			s->last = (HeapTuple) bl_queue_heap_pop(&s->heap);
			s->emitted++;
			SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(s->last));
		}
		if (!s->have_next)
		{
			s->mode = MODE_DONE;
			continue;
		}
		if (s->scored >= STREAM_SWITCH)
		{
			switch_to_full(s);
			continue;
		}
		score_batch(s);
	}
}

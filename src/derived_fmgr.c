/*
 * derived_fmgr.c: the row trigger that keeps the extension's caches of derived per-ticket data
 * honest (backlog.ticket_clocks, backlog.ticket_spans, backlog.ticket_activity and the score
 * bounds of backlog.ticket_scores).
 *
 *   CREATE TRIGGER ... AFTER INSERT OR UPDATE OR DELETE ON <store table> FOR EACH ROW
 *       EXECUTE FUNCTION backlog.forget_derived('<cache table>', '<ticket id column>' [, ...]);
 *
 * Forgets what the cache holds for the tickets the changed row names, in each id column given,
 * before and after the change (an UPDATE may move a row to another ticket). For ticket_clocks,
 * ticket_spans and ticket_activity that is a DELETE of the ticket's rows: what is deleted is
 * replayed at query time and stored again by the cache's refresh function (ticket_spans also lists
 * the ticket in backlog.ticket_spans_forgotten, while backlog.ticket_spans_cover has its row, so
 * that backlog.open_spans knows what to replay without a search). For ticket_scores it
 * sets the ticket's bound to unknown (NULL), which backlog.queue_stream scores first; a column
 * written '+id' also adds the ticket's row when it has none, on INSERT and UPDATE (a ticket
 * created or reopened must reach the queue), while a window of bounds is open (without one the
 * stream reads every open ticket, and the next refresh adds the rows missing; so a restore or a
 * bulk load writes no rows). Forgetting too much is only slower, never wrong.
 *
 * Both statements on ticket_scores take its ROW EXCLUSIVE lock before their snapshot, even when
 * they change nothing, and keep it to the end of the transaction: backlog.refresh_ticket_scores
 * writes the bounds under SHARE ROW EXCLUSIVE, so it waits for every writer that may have missed
 * its window, and every writer after it sees the window it wrote.
 *
 * It runs for every row written to the store, so it is C with saved plans: a PL/pgSQL trigger
 * doing the same DELETE cost about 40 microseconds a row.
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

PG_FUNCTION_INFO_V1(backlog_forget_derived);

/* The caches the trigger may name, each with its saved statement (made on first use). */
static const char *const caches[] = {"ticket_clocks", "ticket_spans", "ticket_activity", "ticket_scores"};
#define NCACHES (sizeof(caches) / sizeof(caches[0]))
#define SPANS 1					/* caches[SPANS]: the ticket is also listed as forgotten */
#define SCORES 3				/* caches[SCORES]: bounds set to unknown, not rows deleted */
static SPIPlanPtr plans[NCACHES];
static SPIPlanPtr add_score_plan;	/* ticket_scores: add the row or set it unknown */
static SPIPlanPtr list_spans_plan;	/* ticket_spans: delete and list as forgotten */

/* Largest number of id columns one trigger names */
#define MAX_ID_COLUMNS 4

static int
cache_index(const char *name)
{
	int			i;

	for (i = 0; i < (int) NCACHES; i++)
		if (strcmp(name, caches[i]) == 0)
			return i;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("backlog.forget_derived: unknown cache table \"%s\"", name),
			 errhint("The caches are backlog.ticket_clocks, backlog.ticket_spans, backlog.ticket_activity and backlog.ticket_scores.")));
	return -1;					/* not reached */
}

/* The ticket id of a row, or false when the column is NULL. */
static bool
row_ticket(HeapTuple tuple, TupleDesc desc, int attnum, int64 *id)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tuple, desc, attnum, &isnull);

	if (isnull)
		return false;
	*id = DatumGetInt64(d);
	return true;
}

/* Whether a table name is a Citus shard's: <name>_<digits> (none of the extension's own is). */
static bool
shard_name(const char *name)
{
	size_t		n = strlen(name);
	size_t		i = n;

	while (i > 0 && name[i - 1] >= '0' && name[i - 1] <= '9')
		i--;
	return i < n && i > 1 && name[i - 1] == '_';
}

static SPIPlanPtr
saved_plan(SPIPlanPtr *slot, const char *sql)
{
	if (*slot == NULL)
	{
		Oid			argtypes[1] = {INT8OID};
		SPIPlanPtr	plan = SPI_prepare(sql, 1, argtypes);

		if (plan == NULL)
			elog(ERROR, "backlog.forget_derived: SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
		if (SPI_keepplan(plan) != 0)
			elog(ERROR, "backlog.forget_derived: SPI_keepplan failed");
		*slot = plan;
	}
	return *slot;
}

Datum
backlog_forget_derived(PG_FUNCTION_ARGS)
{
	TriggerData *td;
	Trigger    *trig;
	TupleDesc	desc;
	int			c;
	int64		ids[2 * MAX_ID_COLUMNS];
	bool		add[2 * MAX_ID_COLUMNS];
	int			nids = 0;
	int			i;
	int			a;
	bool		adding_event;
	bool		on_shard;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("backlog.forget_derived: not called as a trigger")));
	td = (TriggerData *) fcinfo->context;
	trig = td->tg_trigger;
	if (!TRIGGER_FIRED_FOR_ROW(td->tg_event) || !TRIGGER_FIRED_AFTER(td->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("backlog.forget_derived must run AFTER ... FOR EACH ROW")));
	if (trig->tgnargs < 2 || trig->tgnargs > 1 + MAX_ID_COLUMNS)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg_plural("backlog.forget_derived takes a cache table and 1 to %d ticket id columns, not %d argument",
							   "backlog.forget_derived takes a cache table and 1 to %d ticket id columns, not %d arguments",
							   trig->tgnargs, MAX_ID_COLUMNS, trig->tgnargs)));
	c = cache_index(trig->tgargs[0]);
	desc = RelationGetDescr(td->tg_relation);
	/*
	 * On Citus the bounds stay off (backlog.refresh_ticket_scores does nothing there, and the
	 * queue scores every open ticket), and the trigger fires on the shards, whose names end in
	 * _<shard id>: nothing to forget. Nor are stretches listed as forgotten there
	 * (backlog.ticket_spans_cover stays empty on Citus).
	 */
	on_shard = shard_name(RelationGetRelationName(td->tg_relation));
	if (c == SCORES && on_shard)
		return PointerGetDatum(NULL);
	adding_event = TRIGGER_FIRED_BY_INSERT(td->tg_event) || TRIGGER_FIRED_BY_UPDATE(td->tg_event);

	for (a = 1; a < trig->tgnargs; a++)
	{
		const char *col = trig->tgargs[a];
		bool		plus = col[0] == '+';
		int			attnum;
		int64		id;
		int			k;

		if (plus && c != SCORES)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("backlog.forget_derived: \"%s\": only ticket_scores adds rows", col)));
		attnum = SPI_fnumber(desc, plus ? col + 1 : col);
		if (attnum <= 0 || SPI_gettypeid(desc, attnum) != INT8OID)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("backlog.forget_derived: table \"%s\" has no bigint column \"%s\"",
							RelationGetRelationName(td->tg_relation), plus ? col + 1 : col)));
		/* the row's ticket before the change (UPDATE, DELETE) or after it (INSERT), and after an UPDATE */
		for (k = 0; k < 2; k++)
		{
			HeapTuple	t = k == 0 ? td->tg_trigtuple : td->tg_newtuple;
			bool		dup = false;
			int			j;

			if (k == 1 && !TRIGGER_FIRED_BY_UPDATE(td->tg_event))
				break;
			if (!row_ticket(t, desc, attnum, &id))
				continue;
			for (j = 0; j < nids; j++)
				if (ids[j] == id)
				{
					dup = true;
					add[j] = add[j] || (plus && adding_event);
				}
			if (!dup)
			{
				ids[nids] = id;
				add[nids] = plus && adding_event;
				nids++;
			}
		}
	}
	if (nids == 0)
		return PointerGetDatum(NULL);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "backlog.forget_derived: SPI_connect failed");
	for (i = 0; i < nids; i++)
	{
		Datum		arg = Int64GetDatum(ids[i]);
		SPIPlanPtr	plan;
		int			rc;
		char		sql[256];

		if (c == SPANS && !on_shard)
			/*
			 * While backlog.ticket_spans_cover has its row, backlog.open_spans replays only the
			 * tickets listed in backlog.ticket_spans_forgotten (src/flow.sql).
			 */
			plan = saved_plan(&list_spans_plan,
							  "WITH gone AS (DELETE FROM backlog.ticket_spans WHERE ticket_id OPERATOR(pg_catalog.=) $1)"
							  " INSERT INTO backlog.ticket_spans_forgotten (ticket_id) SELECT $1"
							  " WHERE EXISTS (SELECT FROM backlog.ticket_spans_cover)"
							  " ON CONFLICT (ticket_id) DO NOTHING");
		else if (c != SCORES)
		{
			snprintf(sql, sizeof(sql),
					 "DELETE FROM backlog.%s WHERE ticket_id OPERATOR(pg_catalog.=) $1", caches[c]);
			plan = saved_plan(&plans[c], sql);
		}
		else if (add[i])
			plan = saved_plan(&add_score_plan,
							  "INSERT INTO backlog.ticket_scores AS s (ticket_id) SELECT $1"
							  " WHERE EXISTS (SELECT FROM backlog.ticket_scores_window)"
							  " ON CONFLICT (ticket_id) DO UPDATE SET exception_bound = NULL, score_bound = NULL"
							  " WHERE s.score_bound IS NOT NULL");
		else
			/* (a row already unknown is left alone: no write, no row lock) */
			plan = saved_plan(&plans[c],
							  "UPDATE backlog.ticket_scores SET exception_bound = NULL, score_bound = NULL"
							  " WHERE ticket_id OPERATOR(pg_catalog.=) $1 AND score_bound IS NOT NULL");
		/*
		 * Under REPEATABLE READ the transaction's snapshot may predate rows a refresh stored
		 * and committed since: the latest snapshot sees them, so they are forgotten too.
		 */
		rc = SPI_execute_snapshot(plan, &arg, NULL,
								  IsolationUsesXactSnapshot() ? GetLatestSnapshot() : InvalidSnapshot,
								  InvalidSnapshot, false, false, 0);
		if (rc < 0)
			elog(ERROR, "backlog.forget_derived: %s failed: %s", caches[c], SPI_result_code_string(rc));
	}
	SPI_finish();
	return PointerGetDatum(NULL);
}

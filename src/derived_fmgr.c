/*
 * derived_fmgr.c: the row trigger that keeps the extension's caches of derived per-ticket data
 * honest (backlog.ticket_clocks, backlog.ticket_spans, backlog.ticket_activity).
 *
 *   CREATE TRIGGER ... AFTER INSERT OR UPDATE OR DELETE ON <store table> FOR EACH ROW
 *       EXECUTE FUNCTION backlog.forget_derived('<cache table>', '<ticket id column>');
 *
 * Deletes the cache rows of the ticket the changed row belongs to, before and after the change
 * (an UPDATE may move a row to another ticket). What is deleted is replayed at query time and
 * stored again by the cache's refresh function, so deleting too much is only slower, never wrong.
 *
 * It runs for every row written to the store, so it is C with one saved plan per cache table:
 * a PL/pgSQL trigger doing the same DELETE cost about 40 microseconds a row.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/rel.h"

PG_FUNCTION_INFO_V1(backlog_forget_derived);

/* The caches the trigger may name, each with its saved DELETE (made on first use). */
static const char *const caches[] = {"ticket_clocks", "ticket_spans", "ticket_activity"};
#define NCACHES (sizeof(caches) / sizeof(caches[0]))
static SPIPlanPtr plans[NCACHES];

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
			 errhint("The caches are backlog.ticket_clocks, backlog.ticket_spans and backlog.ticket_activity.")));
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

Datum
backlog_forget_derived(PG_FUNCTION_ARGS)
{
	TriggerData *td;
	Trigger    *trig;
	TupleDesc	desc;
	int			c;
	int			attnum;
	int64		ids[2];
	int			nids = 0;
	int			i;

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
	if (trig->tgnargs != 2)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("backlog.forget_derived takes two arguments (cache table, ticket id column), not %d",
						trig->tgnargs)));
	c = cache_index(trig->tgargs[0]);
	desc = RelationGetDescr(td->tg_relation);
	attnum = SPI_fnumber(desc, trig->tgargs[1]);
	if (attnum <= 0 || SPI_gettypeid(desc, attnum) != INT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("backlog.forget_derived: table \"%s\" has no bigint column \"%s\"",
						RelationGetRelationName(td->tg_relation), trig->tgargs[1])));

	/* the row's ticket before the change (UPDATE, DELETE) or after it (INSERT), and after an UPDATE */
	if (row_ticket(td->tg_trigtuple, desc, attnum, &ids[nids]))
		nids++;
	if (TRIGGER_FIRED_BY_UPDATE(td->tg_event) &&
		row_ticket(td->tg_newtuple, desc, attnum, &ids[nids]) && (nids == 0 || ids[nids] != ids[0]))
		nids++;
	if (nids == 0)
		return PointerGetDatum(NULL);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "backlog.forget_derived: SPI_connect failed");
	if (plans[c] == NULL)
	{
		char		sql[128];
		Oid			argtypes[1] = {INT8OID};
		SPIPlanPtr	plan;

		snprintf(sql, sizeof(sql),
				 "DELETE FROM backlog.%s WHERE ticket_id OPERATOR(pg_catalog.=) $1", caches[c]);
		plan = SPI_prepare(sql, 1, argtypes);
		if (plan == NULL)
			elog(ERROR, "backlog.forget_derived: SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
		if (SPI_keepplan(plan) != 0)
			elog(ERROR, "backlog.forget_derived: SPI_keepplan failed");
		plans[c] = plan;
	}
	for (i = 0; i < nids; i++)
	{
		Datum		arg = Int64GetDatum(ids[i]);
		int			rc = SPI_execute_plan(plans[c], &arg, NULL, false, 0);

		if (rc != SPI_OK_DELETE)
			elog(ERROR, "backlog.forget_derived: DELETE failed: %s", SPI_result_code_string(rc));
	}
	SPI_finish();
	return PointerGetDatum(NULL);
}

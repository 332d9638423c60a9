/*
 * backlog.c: module entry point, settings shared by several features, the server side of
 * bl_alloc, and the guard that keeps DROP EXTENSION from silently deleting ticket data.
 *
 * Each feature's SQL-callable functions live in its own src/<feature>_fmgr.c.
 */
#include "postgres.h"

#include "commands/event_trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "nodes/parsenodes.h"
#include "utils/guc.h"

#include "backlog.h"
#include "bl_alloc.h"

PG_MODULE_MAGIC;

/* GUC variables */
double		backlog_similarity_threshold = 0.3;
bool		backlog_allow_drop = false;
bool		backlog_record_status = true;

void		_PG_init(void);

void
_PG_init(void)
{
	DefineCustomRealVariable("backlog.similarity_threshold",
							 "Similarity at or above which the % operator calls two fingerprints near-duplicates.",
							 "Read by the % operator and by the fingerprint index operator class.",
							 &backlog_similarity_threshold,
							 0.3, 0.0, 1.0,
							 PGC_USERSET, 0,
							 NULL, NULL, NULL);

	DefineCustomBoolVariable("backlog.allow_drop",
							 "Allows DROP EXTENSION backlog while its ticket store still holds rows.",
							 "Off by default, so dropping the extension never deletes ticket data by accident.",
							 &backlog_allow_drop,
							 false,
							 PGC_USERSET, 0,
							 NULL, NULL, NULL);

	DefineCustomBoolVariable("backlog.record_status",
							 "Records each change of backlog.tickets.status as a status event.",
							 "A load that writes its own status history (backlog.sync_zendesk, backlog.sync_source) turns it off for its own statements.",
							 &backlog_record_status,
							 true,
							 PGC_USERSET, 0,
							 NULL, NULL, NULL);

#if PG_VERSION_NUM >= 150000
	MarkGUCPrefixReserved("backlog");
#else
	EmitWarningsOnPlaceholders("backlog");
#endif
}

/* Server side of bl_alloc.h: the caller's current memory context. */
void *
bl_alloc(size_t size)
{
	if (size > BL_ALLOC_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("backlog cannot allocate %zu bytes", size)));
	return palloc0(size);
}

void
bl_free(void *ptr)
{
	if (ptr != NULL)
		pfree(ptr);
}

/* Does a DROP EXTENSION or DROP SCHEMA statement name "backlog"? */
static bool
drop_targets_backlog(Node *parsetree)
{
	DropStmt   *stmt;
	ListCell   *lc;

	if (parsetree == NULL || !IsA(parsetree, DropStmt))
		return false;
	stmt = (DropStmt *) parsetree;
	if (stmt->removeType != OBJECT_EXTENSION && stmt->removeType != OBJECT_SCHEMA)
		return false;
	foreach(lc, stmt->objects)
	{
		Node	   *obj = (Node *) lfirst(lc);

		if (IsA(obj, String) && strcmp(strVal(obj), "backlog") == 0)
			return true;
	}
	return false;
}

/*
 * backlog.drop_guard(): ddl_command_start event trigger on DROP EXTENSION and DROP SCHEMA.
 *
 * The ticket store tables belong to the extension, so DROP EXTENSION backlog would delete every
 * ticket with them. Refuse while they hold rows, unless backlog.allow_drop is on.
 */
PG_FUNCTION_INFO_V1(backlog_drop_guard);
Datum
backlog_drop_guard(PG_FUNCTION_ARGS)
{
	EventTriggerData *trigdata;
	int64		tickets = 0;
	int64		events = 0;
	bool		isnull;

	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("backlog.drop_guard() must be called as an event trigger")));
	trigdata = (EventTriggerData *) fcinfo->context;

	if (backlog_allow_drop || !drop_targets_backlog(trigdata->parsetree))
		PG_RETURN_VOID();

	SPI_connect();
	if (SPI_execute("SELECT (SELECT count(*) FROM backlog.tickets),"
					" (SELECT count(*) FROM backlog.ticket_events)"
					" WHERE pg_catalog.to_regclass('backlog.tickets') IS NOT NULL",
					true, 1) == SPI_OK_SELECT && SPI_processed == 1)
	{
		tickets = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
		events = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull));
	}
	SPI_finish();

	if (tickets > 0 || events > 0)
		ereport(ERROR,
				(errcode(ERRCODE_DEPENDENT_OBJECTS_STILL_EXIST),
				 errmsg("backlog still holds ticket data"),
				 errdetail("backlog.tickets has " INT64_FORMAT " rows and backlog.ticket_events has " INT64_FORMAT " rows; dropping the extension or its schema would delete them.",
						   tickets, events),
				 errhint("Copy them out first (pg_dump --table='backlog.ticket*'), or SET backlog.allow_drop = on to delete them on purpose.")));
	PG_RETURN_VOID();
}

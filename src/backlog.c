/*
 * backlog.c: module entry point, settings shared by several features, the server side of
 * bl_alloc, and the guard that keeps DROP EXTENSION from silently deleting ticket data.
 *
 * Each feature's SQL-callable functions live in its own src/<feature>_fmgr.c.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "commands/event_trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "tcop/pquery.h"
#include "utils/portal.h"

#include "backlog.h"
#include "bl_alloc.h"

PG_MODULE_MAGIC;

/* GUC variables */
double		backlog_similarity_threshold = 0.3;
/* chosen on the tune half of the hand-written Fleetlane set (test/eval/fleet.sh): best F1 */
double		backlog_duplicate_threshold = 0.175;
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

	DefineCustomRealVariable("backlog.duplicate_threshold",
							 "Score at or above which two open tickets are linked as duplicates.",
							 "Read by backlog.duplicate_links(), backlog.ticket_duplicates() and the duplicate views.",
							 &backlog_duplicate_threshold,
							 0.175, 0.0, 1.0,
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

/*
 * backlog.bulk_loading(): is the statement being run a COPY? A restore (pg_restore in any mode,
 * or psql running a plain dump) loads every table with COPY, in an order nobody fixes (-j runs
 * several at once), so the store's row checks that look into another table skip COPY and
 * backlog.check_integrity() checks the loaded data afterwards.
 */
PG_FUNCTION_INFO_V1(backlog_bulk_loading);
Datum
backlog_bulk_loading(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(ActivePortal != NULL && ActivePortal->commandTag == CMDTAG_COPY);
}

/* Does a DROP EXTENSION or DROP SCHEMA statement name "backlog"? */
static bool
drop_names_backlog(DropStmt *stmt)
{
	ListCell   *lc;

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
 * Does DROP OWNED BY name a role that owns the extension or one of its ticket tables? DROP OWNED
 * drops every object of those roles, the extension (and so its tables) included.
 */
static bool
drop_owned_hits_backlog(DropOwnedStmt *stmt)
{
	ListCell   *lc;
	Datum	   *roles;
	int			n = 0;
	bool		hit = false;
	Oid			argtypes[1] = {OIDARRAYOID};
	Datum		values[1];
	bool		isnull;

	roles = palloc(sizeof(Datum) * (list_length(stmt->roles) + 1));
	foreach(lc, stmt->roles)
	{
		Oid			role = get_rolespec_oid((RoleSpec *) lfirst(lc), true);

		if (OidIsValid(role))
			roles[n++] = ObjectIdGetDatum(role);
	}
	if (n == 0)
		return false;
	values[0] = PointerGetDatum(construct_array(roles, n, OIDOID, sizeof(Oid), true, TYPALIGN_INT));

	SPI_connect();
	if (SPI_execute_with_args("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_extension e"
							  "  WHERE e.extname OPERATOR(pg_catalog.=) 'backlog'"
							  "    AND e.extowner OPERATOR(pg_catalog.=) ANY ($1))"
							  " OR EXISTS (SELECT 1 FROM pg_catalog.pg_class c"
							  "  WHERE c.relnamespace OPERATOR(pg_catalog.=) 'backlog'::pg_catalog.regnamespace"
							  "    AND c.relname OPERATOR(pg_catalog.=) ANY ('{tickets,ticket_events}'::pg_catalog.name[])"
							  "    AND c.relowner OPERATOR(pg_catalog.=) ANY ($1))",
							  1, argtypes, values, NULL, true, 1) == SPI_OK_SELECT
		&& SPI_processed == 1)
	{
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

		hit = !isnull && DatumGetBool(d);
	}
	SPI_finish();
	return hit;
}

/* Does this statement drop the extension's tables? */
static bool
drop_targets_backlog(Node *parsetree)
{
	if (parsetree == NULL)
		return false;
	if (IsA(parsetree, DropStmt))
		return drop_names_backlog((DropStmt *) parsetree);
	if (IsA(parsetree, DropOwnedStmt))
		return drop_owned_hits_backlog((DropOwnedStmt *) parsetree);
	return false;
}

/*
 * backlog.drop_guard(): ddl_command_start event trigger on DROP EXTENSION, DROP SCHEMA and
 * DROP OWNED.
 *
 * The ticket store tables belong to the extension, so DROP EXTENSION backlog (or DROP OWNED BY
 * the role that owns it) would delete every ticket with them. Refuse while they hold rows, unless
 * backlog.allow_drop is on. The event trigger is enabled ALWAYS, so it fires also while
 * session_replication_role is replica; event triggers never fire in single-user mode, which is
 * not guarded (README says so).
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

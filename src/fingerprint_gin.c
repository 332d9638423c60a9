/*
 * fingerprint_gin.c: GIN support of the DEFAULT operator class backlog.fingerprint_ops.
 *
 * Keys are one int4 per MinHash slot, (slot << 16) | value (bl_fp_keys), compared by
 * btint4cmp. Two fingerprints share exactly as many keys as they have equal slots, so an
 * indexed row matches "fp % query" exactly when it holds at least bl_fp_min_matches(threshold)
 * of the query's keys: the index is exact, never lossy, and the consistent functions need no
 * recheck. With the threshold at 0 every row matches (empty fingerprints included), so the
 * query asks GIN for a full index scan; an empty query fingerprint matches nothing otherwise.
 *
 * With ternary logic GIN only has to read the posting lists of the rarest keys: a row that
 * shows none of the (SLOTS - m + 1) rarest cannot reach m, so the others are only probed.
 */
#include "postgres.h"

#include "access/gin.h"
#include "access/stratnum.h"
#include "fmgr.h"

#include "backlog.h"
#include "fingerprint.h"
#include "fingerprint_server.h"

/* The strategy of the % operator in the operator class. */
#define FINGERPRINT_SIMILAR_STRATEGY	1

PG_FUNCTION_INFO_V1(backlog_fingerprint_gin_extract_value);
PG_FUNCTION_INFO_V1(backlog_fingerprint_gin_extract_query);
PG_FUNCTION_INFO_V1(backlog_fingerprint_gin_consistent);
PG_FUNCTION_INFO_V1(backlog_fingerprint_gin_triconsistent);

static Datum *
fingerprint_keys(const uint8 *bytes, int32 *nkeys)
{
	int32		keys[BL_FP_SLOTS];
	Datum	   *entries;
	int			n = bl_fp_keys(bytes, keys);
	int			i;

	*nkeys = n;
	if (n == 0)
		return NULL;
	entries = palloc(sizeof(Datum) * n);
	for (i = 0; i < n; i++)
		entries[i] = Int32GetDatum(keys[i]);
	return entries;
}

/* extractValue(fingerprint, internal nkeys, internal nullFlags) */
Datum
backlog_fingerprint_gin_extract_value(PG_FUNCTION_ARGS)
{
	const uint8 *bytes = fingerprint_arg_bytes(fcinfo, 0);
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);

	PG_RETURN_POINTER(fingerprint_keys(bytes, nkeys));
}

static void
check_strategy(StrategyNumber strategy)
{
	if (strategy != FINGERPRINT_SIMILAR_STRATEGY)
		elog(ERROR, "unrecognized strategy number for backlog.fingerprint_ops: %d", strategy);
}

/*
 * extractQuery(fingerprint, internal nkeys, int2 strategy, internal extra_data,
 *              internal nullFlags, internal pmatch, internal searchMode)
 */
Datum
backlog_fingerprint_gin_extract_query(PG_FUNCTION_ARGS)
{
	const uint8 *bytes = fingerprint_arg_bytes(fcinfo, 0);
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	StrategyNumber strategy = PG_GETARG_UINT16(2);
	int32	   *searchMode = (int32 *) PG_GETARG_POINTER(6);
	Datum	   *entries;

	check_strategy(strategy);
	entries = fingerprint_keys(bytes, nkeys);

	/*
	 * A threshold of 0 makes every pair similar, rows without keys (empty fingerprints)
	 * included: only a full scan finds those. Otherwise no key means nothing matches, which GIN
	 * understands from *nkeys == 0 in the default mode.
	 */
	if (fingerprint_min_matches() == 0)
		*searchMode = GIN_SEARCH_MODE_ALL;
	PG_RETURN_POINTER(entries);
}

/*
 * consistent(internal check, int2 strategy, fingerprint query, int4 nkeys, internal extra_data,
 *            internal recheck, internal queryKeys, internal nullFlags)
 */
Datum
backlog_fingerprint_gin_consistent(PG_FUNCTION_ARGS)
{
	bool	   *check = (bool *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(1);
	int32		nkeys = PG_GETARG_INT32(3);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(5);
	int			need = fingerprint_min_matches();
	int			have = 0;
	int32		i;

	check_strategy(strategy);
	for (i = 0; i < nkeys; i++)
		if (check[i])
			have++;
	/* equal keys are equal slots: the count is exact */
	*recheck = false;
	PG_RETURN_BOOL(have >= need);
}

/*
 * triConsistent(internal check, int2 strategy, fingerprint query, int4 nkeys,
 *               internal extra_data, internal queryKeys, internal nullFlags)
 */
Datum
backlog_fingerprint_gin_triconsistent(PG_FUNCTION_ARGS)
{
	GinTernaryValue *check = (GinTernaryValue *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(1);
	int32		nkeys = PG_GETARG_INT32(3);
	int			need = fingerprint_min_matches();
	int			have = 0;
	int			maybe = 0;
	int32		i;

	check_strategy(strategy);
	for (i = 0; i < nkeys; i++)
	{
		if (check[i] == GIN_TRUE)
			have++;
		else if (check[i] == GIN_MAYBE)
			maybe++;
	}
	if (have >= need)
		PG_RETURN_GIN_TERNARY_VALUE(GIN_TRUE);
	if (have + maybe >= need)
		PG_RETURN_GIN_TERNARY_VALUE(GIN_MAYBE);
	PG_RETURN_GIN_TERNARY_VALUE(GIN_FALSE);
}

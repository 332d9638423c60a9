/*
 * score_fmgr.c: backlog.score (server glue over src/score.c).
 *
 *   backlog.score(config float8[], matrix, account_tier, contract_value, sla_consumed,
 *                 sla_breached, age_hours, repeat_contacts, reopens, blocked_hours,
 *                 duplicate_accounts) -> backlog.score_result
 *   backlog.score_points(the same arguments) -> float8: the score alone, no reasons
 *   backlog.score_tier(config float8[], score float8) -> text: the tier of a score
 *
 * The queue orders by score_points and builds the jsonb reasons (the costly part) only for the
 * rows it returns.
 * The configuration comes in as one array (backlog.score_config(), evaluated once per query);
 * its parsed form is kept in fn_extra and reused while the array's bytes stay the same. NULL
 * factors score as their documented defaults (0, false, one account).
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "score.h"

PG_FUNCTION_INFO_V1(backlog_score);
PG_FUNCTION_INFO_V1(backlog_score_points);
PG_FUNCTION_INFO_V1(backlog_score_tier);

typedef struct ScoreCache
{
	TupleDesc	tupdesc;		/* blessed backlog.score_result (NULL for score_points / score_tier) */
	Size		config_len;		/* bytes of the array the config was parsed from */
	char	   *config_bytes;
	BlScoreConfig config;
	text	   *tier_text[BL_SCORE_NTIERS];
	JsonbValue	keys[BL_SCORE_NFACTORS];
} ScoreCache;

/* Argument positions: 0 is the configuration, then the factors in BlScoreFactor order. */
#define ARG_FACTOR(f)	((f) + 1)

static void
report_config(BlScoreError err)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid score configuration: %s", bl_score_error_message(err)),
			 errhint("Pass backlog.score_config(), built from backlog.score_factors and backlog.score_tiers.")));
}

static ScoreCache *
score_cache(FunctionCallInfo fcinfo, ArrayType *arr, bool composite)
{
	ScoreCache *c = (ScoreCache *) fcinfo->flinfo->fn_extra;
	Size		len = VARSIZE(arr);
	MemoryContext old;

	if (c == NULL)
	{
		TupleDesc	tupdesc = NULL;
		int			i;

		if (composite && get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "backlog.score: return type must be a row type");
		old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		c = palloc0(sizeof(ScoreCache));
		if (composite)
			c->tupdesc = BlessTupleDesc(CreateTupleDescCopy(tupdesc));
		for (i = 0; i < BL_SCORE_NTIERS; i++)
			c->tier_text[i] = cstring_to_text(bl_score_tier_names[i]);
		for (i = 0; i < BL_SCORE_NFACTORS; i++)
		{
			c->keys[i].type = jbvString;
			c->keys[i].val.string.val = pstrdup(bl_score_factor_names[i]);
			c->keys[i].val.string.len = strlen(bl_score_factor_names[i]);
		}
		MemoryContextSwitchTo(old);
		fcinfo->flinfo->fn_extra = c;
	}
	if (c->config_bytes == NULL || c->config_len != len || memcmp(c->config_bytes, arr, len) != 0)
	{
		double		v[BL_SCORE_CONFIG_LEN];
		Datum	   *elems;
		bool	   *nulls;
		int			n;
		int			i;
		BlScoreError err;

		if (ARR_NDIM(arr) > 1)
			report_config(BL_SCORE_ERR_CONFIG_LENGTH);
		deconstruct_array(arr, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE,
						  &elems, &nulls, &n);
		if (n != BL_SCORE_CONFIG_LEN)
			report_config(BL_SCORE_ERR_CONFIG_LENGTH);
		for (i = 0; i < n; i++)
		{
			if (nulls[i])
				ereport(ERROR,
						(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
						 errmsg("invalid score configuration: value %d is null", i + 1)));
			v[i] = DatumGetFloat8(elems[i]);
		}
		err = bl_score_config_parse(v, n, &c->config);
		if (err != BL_SCORE_OK)
		{
			c->config_bytes = NULL;
			report_config(err);
		}
		if (c->config_bytes)
			pfree(c->config_bytes);
		c->config_bytes = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, len);
		memcpy(c->config_bytes, arr, len);
		c->config_len = len;
	}
	return c;
}

/* hundredths of a point as a numeric */
static Numeric
points_numeric(int64 hundredths)
{
#if PG_VERSION_NUM >= 140000
	return int64_div_fast_to_numeric(hundredths, 2);
#else
	char		buf[32];

	snprintf(buf, sizeof(buf), "%s%lld.%02lld", hundredths < 0 ? "-" : "",
			 (long long) (hundredths < 0 ? -hundredths : hundredths) / 100,
			 (long long) (hundredths < 0 ? -hundredths : hundredths) % 100);
	return DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
											   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)));
#endif
}

/* The configuration (argument 0) parsed, or an error when it is NULL. */
static ScoreCache *
config_arg(FunctionCallInfo fcinfo, bool composite)
{
	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("backlog.score: config must not be null"),
				 errhint("Pass backlog.score_config().")));
	return score_cache(fcinfo, PG_GETARG_ARRAYTYPE_P(0), composite);
}

/* Scores the factors of arguments 1.. under c's configuration; errors on bad input. */
static void
score_args(FunctionCallInfo fcinfo, ScoreCache *c, BlScoreResult *r)
{
	BlScoreInput in;
	BlScoreError err;
	int			bad = 0;
	int			f;

	for (f = 0; f < BL_SCORE_NFACTORS; f++)
	{
		int			a = ARG_FACTOR(f);

		if (PG_ARGISNULL(a))
			in.raw[f] = (f == BL_SCORE_DUPLICATES) ? 1.0 : 0.0;
		else if (f == BL_SCORE_SLA_BREACHED)
			in.raw[f] = PG_GETARG_BOOL(a) ? 1.0 : 0.0;
		else if (f == BL_SCORE_REPEAT_CONTACTS || f == BL_SCORE_REOPENS || f == BL_SCORE_DUPLICATES)
			in.raw[f] = (double) PG_GETARG_INT32(a);
		else
			in.raw[f] = PG_GETARG_FLOAT8(a);
	}
	err = bl_score_compute(&c->config, &in, r, &bad);
	if (err == BL_SCORE_ERR_INPUT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("backlog.score: %s must be finite and not negative, not %g",
						bl_score_factor_names[bad], in.raw[bad])));
	else if (err == BL_SCORE_ERR_RANGE)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("backlog.score: %s gives more than %g points", bl_score_factor_names[bad],
						BL_SCORE_MAX_POINTS),
				 errhint("Give the factor a cap in backlog.score_factors.")));
	else if (err != BL_SCORE_OK)
		elog(ERROR, "backlog.score: %s", bl_score_error_message(err));
}

Datum
backlog_score_points(PG_FUNCTION_ARGS)
{
	BlScoreResult r;

	score_args(fcinfo, config_arg(fcinfo, false), &r);
	PG_RETURN_FLOAT8((double) r.total / 100.0);
}

Datum
backlog_score_tier(PG_FUNCTION_ARGS)
{
	ScoreCache *c = config_arg(fcinfo, false);
	double		score;

	if (PG_ARGISNULL(1))
		PG_RETURN_NULL();
	score = PG_GETARG_FLOAT8(1);
	if (!isfinite(score) || fabs(score) > BL_SCORE_MAX_POINTS * BL_SCORE_NFACTORS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("backlog.score_tier: score must be finite, not %g", score)));
	PG_RETURN_TEXT_P(c->tier_text[bl_score_tier_of(&c->config, llround(score * 100.0))]);
}

Datum
backlog_score(PG_FUNCTION_ARGS)
{
	ScoreCache *c = config_arg(fcinfo, true);
	BlScoreResult r;
	int			f;
	JsonbParseState *state = NULL;
	JsonbValue *res;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	score_args(fcinfo, c, &r);

	pushJsonbValue(&state, WJB_BEGIN_OBJECT, NULL);
	for (f = 0; f < BL_SCORE_NFACTORS; f++)
	{
		JsonbValue	v;

		v.type = jbvNumeric;
		v.val.numeric = points_numeric(r.points[f]);
		pushJsonbValue(&state, WJB_KEY, &c->keys[f]);
		pushJsonbValue(&state, WJB_VALUE, &v);
	}
	res = pushJsonbValue(&state, WJB_END_OBJECT, NULL);

	values[0] = Float8GetDatum((double) r.total / 100.0);
	values[1] = PointerGetDatum(c->tier_text[r.tier]);
	values[2] = JsonbPGetDatum(JsonbValueToJsonb(res));
	values[3] = PointerGetDatum(c->tier_text[r.base_tier]);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(c->tupdesc, values, nulls)));
}

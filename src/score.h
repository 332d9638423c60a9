/*
 * score.h: tier scoring of open tickets, the pure C core (libc only).
 *
 * A ticket's score is the sum of one number of points per factor. Each factor turns a raw input
 * into points the same way: points = min(weight * scale(raw), cap), rounded to 0.01, where scale
 * is fixed per factor (identity, a count, log10 of a contract value, log2 of the accounts
 * affected, hours per day, age per target) and weight and cap come from the configuration
 * (backlog.score_factors). Every scale is non-decreasing and weights are non-negative, so more
 * of any input never lowers the score.
 *
 * The age factor measures the age against the target of the ticket's base tier: the tier that
 * the three static factors alone (matrix, account tier, contract value) reach. So a bigger
 * account, which may lift the base tier to one with a shorter target, never lowers the score
 * either (targets are validated to shrink from low to critical).
 *
 * Points are kept in hundredths (int64), so the score is exactly the sum of the points shown
 * for each factor.
 */
#ifndef BACKLOG_SCORE_H
#define BACKLOG_SCORE_H

#include <stdbool.h>
#include <stdint.h>

/* The factors, in the order they are listed everywhere (configuration array, reasons). */
typedef enum BlScoreFactor
{
	BL_SCORE_MATRIX = 0,		/* priority matrix points (impact x urgency) */
	BL_SCORE_ACCOUNT_TIER,		/* points of the account tier */
	BL_SCORE_CONTRACT_VALUE,	/* log10(1 + contract value / 1000) */
	BL_SCORE_SLA_RISK,			/* share of the SLA target consumed by the worst clock */
	BL_SCORE_SLA_BREACHED,		/* 1 when some clock is breached */
	BL_SCORE_AGE,				/* age / age target of the base tier */
	BL_SCORE_REPEAT_CONTACTS,	/* customer replies since the last agent reply */
	BL_SCORE_REOPENS,			/* reopen count */
	BL_SCORE_BLOCKED,			/* days spent waiting on an internal team */
	BL_SCORE_DUPLICATES,		/* log2(accounts affected by the duplicate cluster) */
	BL_SCORE_NFACTORS
} BlScoreFactor;

/* Tiers, best first */
typedef enum BlScoreTier
{
	BL_TIER_CRITICAL = 0,
	BL_TIER_HIGH,
	BL_TIER_NORMAL,
	BL_TIER_LOW,
	BL_SCORE_NTIERS
} BlScoreTier;

extern const char *const bl_score_factor_names[BL_SCORE_NFACTORS];
extern const char *const bl_score_tier_names[BL_SCORE_NTIERS];

/*
 * The configuration as the SQL side passes it (backlog.score_config(), a float8[] of
 * BL_SCORE_CONFIG_LEN numbers): the weights of the factors in enum order, their caps (Infinity
 * for none), the minimum score of each tier (critical, high, normal, low) and each tier's age
 * target in hours.
 */
#define BL_SCORE_CONFIG_LEN (2 * BL_SCORE_NFACTORS + 2 * BL_SCORE_NTIERS)

typedef struct BlScoreConfig
{
	double		weight[BL_SCORE_NFACTORS];
	double		cap[BL_SCORE_NFACTORS];
	double		tier_min[BL_SCORE_NTIERS];
	double		age_target_hours[BL_SCORE_NTIERS];
} BlScoreConfig;

/* One ticket's raw inputs (the SQL side maps NULLs to the documented defaults first). */
typedef struct BlScoreInput
{
	double		raw[BL_SCORE_NFACTORS];	/* age: hours; sla_breached: 0 or 1; others as above */
} BlScoreInput;

typedef struct BlScoreResult
{
	int64_t		points[BL_SCORE_NFACTORS];	/* hundredths of a point */
	int64_t		total;			/* hundredths; the sum of points */
	int			tier;			/* a BlScoreTier */
	int			base_tier;		/* tier of the static factors alone (chooses the age target) */
} BlScoreResult;

typedef enum BlScoreError
{
	BL_SCORE_OK = 0,
	BL_SCORE_ERR_CONFIG_LENGTH,		/* configuration array of the wrong length */
	BL_SCORE_ERR_WEIGHT,			/* a weight negative or not finite */
	BL_SCORE_ERR_CAP,				/* a cap negative or NaN */
	BL_SCORE_ERR_TIERS,				/* tier minimums not 0 = low < normal < high < critical, finite */
	BL_SCORE_ERR_AGE_TARGETS,		/* age targets not positive, finite, shrinking to critical */
	BL_SCORE_ERR_INPUT,				/* an input negative, NaN or infinite (factor in *bad) */
	BL_SCORE_ERR_RANGE				/* a factor's points above BL_SCORE_MAX_POINTS (in *bad) */
} BlScoreError;

/* Largest points a factor may give (and so the largest finite cap that still fits int64). */
#define BL_SCORE_MAX_POINTS 1e12

/* Fills cfg from the BL_SCORE_CONFIG_LEN numbers of v and validates it. */
extern BlScoreError bl_score_config_parse(const double *v, int n, BlScoreConfig *cfg);

/*
 * Scores one ticket. On BL_SCORE_ERR_INPUT, *bad is the offending factor. Inputs are checked:
 * every raw value must be finite and non-negative (duplicates: at least 0; fewer than one account
 * counts as one).
 */
extern BlScoreError bl_score_compute(const BlScoreConfig *cfg, const BlScoreInput *in,
									 BlScoreResult *out, int *bad);

/* The tier of a total (in hundredths). */
extern int	bl_score_tier_of(const BlScoreConfig *cfg, int64_t total);

extern const char *bl_score_error_message(BlScoreError err);

#endif

/*
 * score.c: tier scoring of open tickets, the pure C core (see score.h).
 */
#include "score.h"

#include <math.h>
#include <stddef.h>

const char *const bl_score_factor_names[BL_SCORE_NFACTORS] = {
	"matrix", "account_tier", "contract_value", "sla_risk", "sla_breached",
	"age", "repeat_contacts", "reopens", "blocked", "duplicates"
};

const char *const bl_score_tier_names[BL_SCORE_NTIERS] = {
	"critical", "high", "normal", "low"
};

BlScoreError
bl_score_config_parse(const double *v, int n, BlScoreConfig *cfg)
{
	int			i;

	if (v == NULL || n != BL_SCORE_CONFIG_LEN)
		return BL_SCORE_ERR_CONFIG_LENGTH;
	for (i = 0; i < BL_SCORE_NFACTORS; i++)
	{
		cfg->weight[i] = v[i];
		cfg->cap[i] = v[BL_SCORE_NFACTORS + i];
		/* !(x >= 0) also catches NaN */
		if (!(cfg->weight[i] >= 0) || isinf(cfg->weight[i]))
			return BL_SCORE_ERR_WEIGHT;
		if (!(cfg->cap[i] >= 0))
			return BL_SCORE_ERR_CAP;
	}
	for (i = 0; i < BL_SCORE_NTIERS; i++)
	{
		cfg->tier_min[i] = v[2 * BL_SCORE_NFACTORS + i];
		cfg->age_target_hours[i] = v[2 * BL_SCORE_NFACTORS + BL_SCORE_NTIERS + i];
		if (!isfinite(cfg->tier_min[i]))
			return BL_SCORE_ERR_TIERS;
		if (!isfinite(cfg->age_target_hours[i]) || !(cfg->age_target_hours[i] > 0))
			return BL_SCORE_ERR_AGE_TARGETS;
	}
	/* every score is at least low; boundaries strictly rise from low to critical */
	if (cfg->tier_min[BL_TIER_LOW] != 0)
		return BL_SCORE_ERR_TIERS;
	for (i = 0; i + 1 < BL_SCORE_NTIERS; i++)
	{
		if (!(cfg->tier_min[i] > cfg->tier_min[i + 1]))
			return BL_SCORE_ERR_TIERS;
		/* a better tier has a target no longer than a worse one (keeps age monotonic) */
		if (cfg->age_target_hours[i] > cfg->age_target_hours[i + 1])
			return BL_SCORE_ERR_AGE_TARGETS;
	}
	return BL_SCORE_OK;
}

int
bl_score_tier_of(const BlScoreConfig *cfg, int64_t total)
{
	double		score = (double) total / 100.0;
	int			t;

	for (t = 0; t < BL_TIER_LOW; t++)
		if (score >= cfg->tier_min[t])
			return t;
	return BL_TIER_LOW;
}

/* min(weight * scaled, cap) in hundredths, rounded half up; -1 when out of range. */
static int64_t
factor_points(const BlScoreConfig *cfg, int f, double scaled)
{
	double		p = cfg->weight[f] * scaled;

	if (p > cfg->cap[f])
		p = cfg->cap[f];
	if (!(p <= BL_SCORE_MAX_POINTS))
		return -1;
	return (int64_t) floor(p * 100.0 + 0.5);
}

BlScoreError
bl_score_compute(const BlScoreConfig *cfg, const BlScoreInput *in, BlScoreResult *out, int *bad)
{
	double		scaled[BL_SCORE_NFACTORS];
	int64_t		base;
	int			f;

	for (f = 0; f < BL_SCORE_NFACTORS; f++)
	{
		double		x = in->raw[f];

		if (!isfinite(x) || x < 0)
		{
			*bad = f;
			return BL_SCORE_ERR_INPUT;
		}
		switch (f)
		{
			case BL_SCORE_CONTRACT_VALUE:
				scaled[f] = log10(1.0 + x / 1000.0);
				break;
			case BL_SCORE_SLA_BREACHED:
				scaled[f] = x > 0 ? 1.0 : 0.0;
				break;
			case BL_SCORE_BLOCKED:
				scaled[f] = x / 24.0;
				break;
			case BL_SCORE_DUPLICATES:
				scaled[f] = x > 1.0 ? log2(x) : 0.0;
				break;
			default:
				/* AGE is divided by its target below, once the base tier is known */
				scaled[f] = x;
		}
	}

	out->total = 0;
	for (f = 0; f < BL_SCORE_NFACTORS; f++)
	{
		if (f == BL_SCORE_AGE)
			continue;
		out->points[f] = factor_points(cfg, f, scaled[f]);
		if (out->points[f] < 0)
		{
			*bad = f;
			return BL_SCORE_ERR_RANGE;
		}
	}
	base = out->points[BL_SCORE_MATRIX] + out->points[BL_SCORE_ACCOUNT_TIER] +
		out->points[BL_SCORE_CONTRACT_VALUE];
	out->base_tier = bl_score_tier_of(cfg, base);
	out->points[BL_SCORE_AGE] = factor_points(cfg, BL_SCORE_AGE,
											  scaled[BL_SCORE_AGE] / cfg->age_target_hours[out->base_tier]);
	if (out->points[BL_SCORE_AGE] < 0)
	{
		*bad = BL_SCORE_AGE;
		return BL_SCORE_ERR_RANGE;
	}
	for (f = 0; f < BL_SCORE_NFACTORS; f++)
		out->total += out->points[f];
	out->tier = bl_score_tier_of(cfg, out->total);
	return BL_SCORE_OK;
}

const char *
bl_score_error_message(BlScoreError err)
{
	switch (err)
	{
		case BL_SCORE_OK:
			return "no error";
		case BL_SCORE_ERR_CONFIG_LENGTH:
			return "score configuration has the wrong number of values";
		case BL_SCORE_ERR_WEIGHT:
			return "score weight must be finite and not negative";
		case BL_SCORE_ERR_CAP:
			return "score cap must not be negative";
		case BL_SCORE_ERR_TIERS:
			return "tier boundaries must rise strictly from low (0) to normal, high and critical";
		case BL_SCORE_ERR_AGE_TARGETS:
			return "tier age targets must be positive, finite and no longer for a better tier";
		case BL_SCORE_ERR_INPUT:
			return "score input must be finite and not negative";
		case BL_SCORE_ERR_RANGE:
			return "factor points out of range";
	}
	return "unknown error";
}

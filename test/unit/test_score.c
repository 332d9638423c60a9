/*
 * test_score.c: unit tests of the scoring core (src/score.c).
 *
 * The default configuration of backlog.score_factors / backlog.score_tiers, worked examples per
 * factor (points in hundredths), configuration errors, bad inputs, and random checks that more
 * of any input never lowers the total and that the total is the sum of the points.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "score.h"
#include "unit.h"

/* The seeded configuration, as backlog.score_config() returns it */
static const double default_config[BL_SCORE_CONFIG_LEN] = {
	/* weights */ 1, 1, 5, 20, 10, 10, 5, 5, 4, 5,
	/* caps */ INFINITY, INFINITY, 20, 20, INFINITY, 30, 20, 15, 20, 25,
	/* tier minimums, critical first */ 90, 45, 25, 0,
	/* age targets in hours */ 8, 24, 72, 168
};

static BlScoreConfig cfg;

static BlScoreInput
input(void)
{
	BlScoreInput in;
	int			f;

	for (f = 0; f < BL_SCORE_NFACTORS; f++)
		in.raw[f] = 0;
	in.raw[BL_SCORE_DUPLICATES] = 1;
	return in;
}

/* total in hundredths of one input set, or -1 on error */
static int64_t
total_of(const BlScoreInput *in)
{
	BlScoreResult r;
	int			bad = -1;

	if (bl_score_compute(&cfg, in, &r, &bad) != BL_SCORE_OK)
		return -1;
	return r.total;
}

static int64_t
one(int factor, double raw)
{
	BlScoreInput in = input();

	in.raw[factor] = raw;
	return total_of(&in);
}

static void
test_config(void)
{
	double		v[BL_SCORE_CONFIG_LEN];
	BlScoreConfig c;

	CHECK(bl_score_config_parse(default_config, BL_SCORE_CONFIG_LEN, &cfg) == BL_SCORE_OK);
	CHECK(bl_score_config_parse(default_config, BL_SCORE_CONFIG_LEN - 1, &c) == BL_SCORE_ERR_CONFIG_LENGTH);
	CHECK(bl_score_config_parse(NULL, BL_SCORE_CONFIG_LEN, &c) == BL_SCORE_ERR_CONFIG_LENGTH);

	memcpy(v, default_config, sizeof(v));
	v[BL_SCORE_AGE] = -1;
	CHECK(bl_score_config_parse(v, BL_SCORE_CONFIG_LEN, &c) == BL_SCORE_ERR_WEIGHT);
	v[BL_SCORE_AGE] = NAN;
	CHECK(bl_score_config_parse(v, BL_SCORE_CONFIG_LEN, &c) == BL_SCORE_ERR_WEIGHT);
	v[BL_SCORE_AGE] = INFINITY;
	CHECK(bl_score_config_parse(v, BL_SCORE_CONFIG_LEN, &c) == BL_SCORE_ERR_WEIGHT);

	memcpy(v, default_config, sizeof(v));
	v[BL_SCORE_NFACTORS + BL_SCORE_AGE] = -0.5;
	CHECK(bl_score_config_parse(v, BL_SCORE_CONFIG_LEN, &c) == BL_SCORE_ERR_CAP);
	v[BL_SCORE_NFACTORS + BL_SCORE_AGE] = NAN;
	CHECK(bl_score_config_parse(v, BL_SCORE_CONFIG_LEN, &c) == BL_SCORE_ERR_CAP);

	/* boundaries: low must be 0, each better tier strictly higher */
	memcpy(v, default_config, sizeof(v));
	v[2 * BL_SCORE_NFACTORS + BL_TIER_LOW] = 1;
	CHECK(bl_score_config_parse(v, BL_SCORE_CONFIG_LEN, &c) == BL_SCORE_ERR_TIERS);
	memcpy(v, default_config, sizeof(v));
	v[2 * BL_SCORE_NFACTORS + BL_TIER_HIGH] = 90;	/* equal to critical */
	CHECK(bl_score_config_parse(v, BL_SCORE_CONFIG_LEN, &c) == BL_SCORE_ERR_TIERS);
	v[2 * BL_SCORE_NFACTORS + BL_TIER_HIGH] = INFINITY;
	CHECK(bl_score_config_parse(v, BL_SCORE_CONFIG_LEN, &c) == BL_SCORE_ERR_TIERS);

	/* age targets: positive, finite, no longer for a better tier */
	memcpy(v, default_config, sizeof(v));
	v[2 * BL_SCORE_NFACTORS + BL_SCORE_NTIERS + BL_TIER_CRITICAL] = 25;	/* > high's 24 */
	CHECK(bl_score_config_parse(v, BL_SCORE_CONFIG_LEN, &c) == BL_SCORE_ERR_AGE_TARGETS);
	v[2 * BL_SCORE_NFACTORS + BL_SCORE_NTIERS + BL_TIER_CRITICAL] = 0;
	CHECK(bl_score_config_parse(v, BL_SCORE_CONFIG_LEN, &c) == BL_SCORE_ERR_AGE_TARGETS);
	v[2 * BL_SCORE_NFACTORS + BL_SCORE_NTIERS + BL_TIER_CRITICAL] = NAN;
	CHECK(bl_score_config_parse(v, BL_SCORE_CONFIG_LEN, &c) == BL_SCORE_ERR_AGE_TARGETS);
	CHECK(bl_score_error_message(BL_SCORE_ERR_AGE_TARGETS)[0] != '\0');
}

static void
test_factors(void)
{
	BlScoreInput in;
	BlScoreResult r;
	int			bad = -1;

	CHECK_EQ_LL(total_of(&(BlScoreInput) {{0, 0, 0, 0, 0, 0, 0, 0, 0, 1}}), 0);
	CHECK_EQ_LL(one(BL_SCORE_MATRIX, 45), 4500);
	CHECK_EQ_LL(one(BL_SCORE_ACCOUNT_TIER, 15), 1500);
	CHECK_EQ_LL(one(BL_SCORE_CONTRACT_VALUE, 99000), 1000);		/* 5 x log10(100) */
	CHECK_EQ_LL(one(BL_SCORE_CONTRACT_VALUE, 1e9), 2000);		/* 30 -> cap 20 */
	CHECK_EQ_LL(one(BL_SCORE_SLA_RISK, 0.5), 1000);
	CHECK_EQ_LL(one(BL_SCORE_SLA_RISK, 1.0 / 3.0), 667);		/* 6.666 rounds up */
	CHECK_EQ_LL(one(BL_SCORE_SLA_RISK, 0.00024), 0);			/* 0.0048 rounds down */
	CHECK_EQ_LL(one(BL_SCORE_SLA_RISK, 0.00025), 1);			/* 0.005 rounds half up */
	CHECK_EQ_LL(one(BL_SCORE_SLA_BREACHED, 1), 1000);
	CHECK_EQ_LL(one(BL_SCORE_SLA_BREACHED, 0.5), 1000);		/* any positive value is breached */
	CHECK_EQ_LL(one(BL_SCORE_AGE, 84), 500);					/* base low, 168 h */
	CHECK_EQ_LL(one(BL_SCORE_AGE, 1e6), 3000);
	CHECK_EQ_LL(one(BL_SCORE_REPEAT_CONTACTS, 3), 1500);
	CHECK_EQ_LL(one(BL_SCORE_REOPENS, 4), 1500);
	CHECK_EQ_LL(one(BL_SCORE_BLOCKED, 36), 600);
	CHECK_EQ_LL(one(BL_SCORE_DUPLICATES, 4), 1000);
	CHECK_EQ_LL(one(BL_SCORE_DUPLICATES, 3), 792);
	CHECK_EQ_LL(one(BL_SCORE_DUPLICATES, 0.5), 0);				/* below one account: nothing */

	/* the base tier picks the age target */
	in = input();
	in.raw[BL_SCORE_MATRIX] = 75;
	in.raw[BL_SCORE_ACCOUNT_TIER] = 15;
	in.raw[BL_SCORE_AGE] = 2;
	CHECK(bl_score_compute(&cfg, &in, &r, &bad) == BL_SCORE_OK);
	CHECK_EQ_LL(r.base_tier, BL_TIER_CRITICAL);
	CHECK_EQ_LL(r.points[BL_SCORE_AGE], 250);					/* 10 x 2/8 */
	CHECK_EQ_LL(r.total, 9250);
	CHECK_EQ_LL(r.tier, BL_TIER_CRITICAL);

	/* tier boundaries are inclusive lower bounds */
	CHECK_EQ_LL(bl_score_tier_of(&cfg, 8999), BL_TIER_HIGH);
	CHECK_EQ_LL(bl_score_tier_of(&cfg, 9000), BL_TIER_CRITICAL);
	CHECK_EQ_LL(bl_score_tier_of(&cfg, 4500), BL_TIER_HIGH);
	CHECK_EQ_LL(bl_score_tier_of(&cfg, 2499), BL_TIER_LOW);
	CHECK_EQ_LL(bl_score_tier_of(&cfg, 2500), BL_TIER_NORMAL);
	CHECK_EQ_LL(bl_score_tier_of(&cfg, 0), BL_TIER_LOW);
	CHECK_STREQ(bl_score_tier_names[BL_TIER_NORMAL], "normal");
	CHECK_STREQ(bl_score_factor_names[BL_SCORE_DUPLICATES], "duplicates");
}

static void
test_bad_input(void)
{
	BlScoreInput in;
	BlScoreResult r;
	int			bad = -1;

	in = input();
	in.raw[BL_SCORE_REOPENS] = -1;
	CHECK(bl_score_compute(&cfg, &in, &r, &bad) == BL_SCORE_ERR_INPUT);
	CHECK_EQ_LL(bad, BL_SCORE_REOPENS);
	in = input();
	in.raw[BL_SCORE_AGE] = NAN;
	CHECK(bl_score_compute(&cfg, &in, &r, &bad) == BL_SCORE_ERR_INPUT);
	CHECK_EQ_LL(bad, BL_SCORE_AGE);
	in = input();
	in.raw[BL_SCORE_CONTRACT_VALUE] = INFINITY;
	CHECK(bl_score_compute(&cfg, &in, &r, &bad) == BL_SCORE_ERR_INPUT);
	CHECK_EQ_LL(bad, BL_SCORE_CONTRACT_VALUE);
	/* an uncapped factor beyond BL_SCORE_MAX_POINTS is out of range, not silently clamped */
	in = input();
	in.raw[BL_SCORE_MATRIX] = 2e12;
	CHECK(bl_score_compute(&cfg, &in, &r, &bad) == BL_SCORE_ERR_RANGE);
	CHECK_EQ_LL(bad, BL_SCORE_MATRIX);
	in = input();
	in.raw[BL_SCORE_MATRIX] = 1e12;
	CHECK(bl_score_compute(&cfg, &in, &r, &bad) == BL_SCORE_OK);
	CHECK_EQ_LL(r.total, INT64_C(100000000000000));
}

/* a random raw value for factor f, often zero, sometimes huge */
static double
rand_raw(int f)
{
	double		u = (double) rand() / RAND_MAX;

	if (rand() % 5 == 0)
		return f == BL_SCORE_DUPLICATES ? 1 : 0;
	switch (f)
	{
		case BL_SCORE_MATRIX:
			return floor(u * 80);
		case BL_SCORE_ACCOUNT_TIER:
			return floor(u * 20);
		case BL_SCORE_CONTRACT_VALUE:
			return u * u * 1e7;
		case BL_SCORE_SLA_RISK:
			return u * 3;
		case BL_SCORE_SLA_BREACHED:
			return u < 0.5 ? 0 : 1;
		case BL_SCORE_AGE:
			return u * u * 2000;
		case BL_SCORE_DUPLICATES:
			return 1 + floor(u * u * 200);
		default:
			return floor(u * 10);
	}
}

static void
test_monotonic(void)
{
	int			i;
	int			wrong_sum = 0;
	int			lowered = 0;

	srand(13);
	for (i = 0; i < 20000; i++)
	{
		BlScoreInput in, more;
		BlScoreResult r, r2;
		int			bad = -1;
		int			f;
		int64_t		sum = 0;

		for (f = 0; f < BL_SCORE_NFACTORS; f++)
			in.raw[f] = rand_raw(f);
		if (bl_score_compute(&cfg, &in, &r, &bad) != BL_SCORE_OK)
		{
			lowered++;
			continue;
		}
		for (f = 0; f < BL_SCORE_NFACTORS; f++)
			sum += r.points[f];
		if (sum != r.total || r.tier != bl_score_tier_of(&cfg, r.total))
			wrong_sum++;
		/* more of one factor (or of the static ones, which may move the base tier) */
		more = in;
		f = rand() % BL_SCORE_NFACTORS;
		more.raw[f] += f == BL_SCORE_SLA_BREACHED ? 1 : rand_raw(f) + 0.01;
		if (bl_score_compute(&cfg, &more, &r2, &bad) != BL_SCORE_OK || r2.total < r.total)
			lowered++;
	}
	CHECK_EQ_LL(wrong_sum, 0);
	CHECK_EQ_LL(lowered, 0);
}

int
main(void)
{
	test_config();
	test_factors();
	test_bad_input();
	test_monotonic();
	UNIT_DONE();
}

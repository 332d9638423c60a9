/*
 * unit.h: a very small test harness for the pure C cores.
 *
 * Each test program includes this, calls CHECK / CHECK_EQ_* in functions run from main(), and
 * ends with UNIT_DONE(), which prints "N passed, M failed" (test/run.sh adds these up) and
 * returns non-zero on any failure. Built with ASan and UBSan by test/run.sh.
 */
#ifndef BACKLOG_UNIT_H
#define BACKLOG_UNIT_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int	unit_passed = 0;
static int	unit_failed = 0;

#define CHECK(cond) \
	do { \
		if (cond) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
		} \
	} while (0)

#define CHECK_EQ_LL(a, b) \
	do { \
		long long	unit_a_ = (long long) (a), unit_b_ = (long long) (b); \
		if (unit_a_ == unit_b_) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			fprintf(stderr, "%s:%d: %s == %s failed: %lld != %lld\n", \
					__FILE__, __LINE__, #a, #b, unit_a_, unit_b_); \
		} \
	} while (0)

#define CHECK_NEAR(a, b, tol) \
	do { \
		double		unit_a_ = (a), unit_b_ = (b); \
		if (fabs(unit_a_ - unit_b_) <= (tol)) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			fprintf(stderr, "%s:%d: %s ~ %s failed: %.17g vs %.17g\n", \
					__FILE__, __LINE__, #a, #b, unit_a_, unit_b_); \
		} \
	} while (0)

#define CHECK_STREQ(a, b) \
	do { \
		const char *unit_a_ = (a), *unit_b_ = (b); \
		if (unit_a_ && unit_b_ && strcmp(unit_a_, unit_b_) == 0) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			fprintf(stderr, "%s:%d: %s == %s failed: \"%s\" vs \"%s\"\n", __FILE__, __LINE__, \
					#a, #b, unit_a_ ? unit_a_ : "(null)", unit_b_ ? unit_b_ : "(null)"); \
		} \
	} while (0)

#define UNIT_DONE() \
	do { \
		printf("%d passed, %d failed\n", unit_passed, unit_failed); \
		return unit_failed ? 1 : 0; \
	} while (0)

#endif

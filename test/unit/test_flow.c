/*
 * test_flow.c: unit tests of src/flow.c (window checks, counting at the window edges, open
 * stretches, combining, the text form and the figures of a window).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bl_alloc.h"
#include "flow.h"
#include "unit.h"

#define HOUR	INT64_C(3600000000)
#define DAY		(24 * HOUR)
#define T0		(INT64_C(1000) * DAY)

static BlFlow *
new_flow(const int32_t *days, uint32_t n)
{
	BlFlow	   *f = bl_alloc(bl_flow_size(n));

	bl_flow_init(f, T0, days, n);
	return f;
}

static void
test_windows(void)
{
	int32_t		ok[] = {1, 7, 28};
	int32_t		zero[] = {7, 0};
	int32_t		big[] = {BL_FLOW_MAX_DAYS + 1};
	int32_t		many[BL_FLOW_MAX_WINDOWS + 1];
	int			bad;

	for (int i = 0; i <= BL_FLOW_MAX_WINDOWS; i++)
		many[i] = 1;
	CHECK(bl_flow_check_windows(ok, 3, &bad) == BL_FLOW_OK);
	CHECK(bl_flow_check_windows(ok, 0, &bad) == BL_FLOW_NO_WINDOWS);
	CHECK(bl_flow_check_windows(zero, 2, &bad) == BL_FLOW_BAD_WINDOW);
	CHECK_EQ_LL(bad, 1);
	CHECK(bl_flow_check_windows(big, 1, &bad) == BL_FLOW_BAD_WINDOW);
	CHECK(bl_flow_check_windows(many, BL_FLOW_MAX_WINDOWS, &bad) == BL_FLOW_OK);
	CHECK(bl_flow_check_windows(many, BL_FLOW_MAX_WINDOWS + 1, &bad) == BL_FLOW_TOO_MANY_WINDOWS);
	CHECK_EQ_LL(bl_flow_size(3), 24 + 3 * 4 * 8);
}

static void
test_edges(void)
{
	int32_t		days[] = {1, 2};
	BlFlow	   *f = new_flow(days, 2);
	int64_t		t;
	int64_t		u;

	/* created on the open start of the 1-day window: only in the 2-day window */
	t = T0 - DAY;
	bl_flow_add(f, &t, NULL, NULL, NULL);
	/* created at as_of: in both; after as_of: nowhere */
	t = T0;
	bl_flow_add(f, &t, NULL, NULL, NULL);
	t = T0 + 1;
	bl_flow_add(f, &t, &t, &t, NULL);
	CHECK_EQ_LL(BL_FLOW_CREATED(f)[0], 1);
	CHECK_EQ_LL(BL_FLOW_CREATED(f)[1], 2);
	/* solved one microsecond after the 2-day start: in the 2-day window */
	t = T0 - 2 * DAY + 1;
	bl_flow_add(f, NULL, &t, NULL, NULL);
	CHECK_EQ_LL(BL_FLOW_SOLVED(f)[0], 0);
	CHECK_EQ_LL(BL_FLOW_SOLVED(f)[1], 1);
	/* a stretch [T0-DAY, T0): open at the 1-day start, not at the 2-day start, not at T0 */
	t = T0 - DAY;
	u = T0;
	bl_flow_add(f, NULL, NULL, &t, &u);
	CHECK_EQ_LL(BL_FLOW_OPEN_START(f)[0], 1);
	CHECK_EQ_LL(BL_FLOW_OPEN_START(f)[1], 0);
	CHECK_EQ_LL(f->open_end, 0);
	/* an open-ended stretch from before both starts: open everywhere */
	t = T0 - 5 * DAY;
	bl_flow_add(f, NULL, NULL, &t, NULL);
	CHECK_EQ_LL(BL_FLOW_OPEN_START(f)[0], 2);
	CHECK_EQ_LL(BL_FLOW_OPEN_START(f)[1], 1);
	CHECK_EQ_LL(f->open_end, 1);
	/* an empty stretch and a backwards one count nowhere */
	t = T0 - 5 * DAY;
	bl_flow_add(f, NULL, NULL, &t, &t);
	u = t - 1;
	bl_flow_add(f, NULL, NULL, &t, &u);
	CHECK_EQ_LL(BL_FLOW_OPEN_START(f)[1], 1);
	CHECK_EQ_LL(f->open_end, 1);
	bl_free(f);
}

static void
test_combine_and_text(void)
{
	int32_t		days[] = {1, 7};
	int32_t		other[] = {1, 8};
	BlFlow	   *a = new_flow(days, 2);
	BlFlow	   *b = new_flow(days, 2);
	BlFlow	   *c = new_flow(other, 2);
	BlFlow	   *p;
	size_t		size;
	char	   *s;
	int64_t		t = T0 - HOUR;

	bl_flow_add(a, &t, &t, &t, NULL);
	bl_flow_add(b, &t, NULL, NULL, NULL);
	CHECK(bl_flow_combine(a, b) == BL_FLOW_OK);
	CHECK_EQ_LL(BL_FLOW_CREATED(a)[1], 2);
	CHECK(bl_flow_combine(a, c) == BL_FLOW_MISMATCH);
	b->open_end = INT64_MAX;
	CHECK(bl_flow_combine(a, b) == BL_FLOW_OVERFLOW);
	CHECK_EQ_LL(a->open_end, 1);	/* untouched by the failed combine */

	s = bl_flow_format(a);
	CHECK_STREQ(s, "flow v1 as_of=86400000000000 windows=1,7 created=2,2 solved=1,1 open_start=0,0 open_end=1");
	CHECK(bl_flow_parse(s, &p, &size) == BL_FLOW_OK);
	CHECK(p != NULL && size == bl_flow_size(2) && memcmp(&p->nwin, &a->nwin, size - 4) == 0);
	bl_free(p);
	bl_free(s);
	CHECK(bl_flow_parse("flow v1 as_of=1 windows=1 created=1 solved=1 open_start=1", &p, &size) == BL_FLOW_SYNTAX);
	CHECK(p == NULL);
	CHECK(bl_flow_parse("flow v1 as_of=1 windows=1,2 created=1 solved=1 open_start=1 open_end=1", &p, &size) == BL_FLOW_SYNTAX);
	CHECK(bl_flow_parse("flow v1 as_of=1 windows=0 created=1 solved=1 open_start=1 open_end=1", &p, &size) == BL_FLOW_BAD_WINDOW);
	CHECK(bl_flow_parse("flow v1 as_of=1 windows=1 created=-1 solved=1 open_start=1 open_end=1", &p, &size) == BL_FLOW_BAD_COUNT);
	CHECK(bl_flow_parse("flow v1 as_of=- windows=1 created=1 solved=1 open_start=1 open_end=1", &p, &size) == BL_FLOW_SYNTAX);
	CHECK(bl_flow_parse("  flow v1 as_of=-3 windows=1 created=1 solved=1 open_start=1 open_end=1\n", &p, &size) == BL_FLOW_OK);
	CHECK(p != NULL && p->as_of == -3);
	bl_free(p);
	bl_free(a);
	bl_free(b);
	bl_free(c);
}

static void
test_rows(void)
{
	int32_t		days[] = {7};
	BlFlow	   *f = new_flow(days, 1);
	BlFlowRow	r;

	bl_flow_row(f, 0, &r);
	CHECK(r.window_days == 7 && r.created == 0 && !r.has_solved_per_created && !r.has_growth &&
		  !r.has_days_to_clear);
	BL_FLOW_CREATED(f)[0] = 4;
	BL_FLOW_SOLVED(f)[0] = 6;
	BL_FLOW_OPEN_START(f)[0] = 10;
	f->open_end = 8;
	bl_flow_row(f, 0, &r);
	CHECK_EQ_LL(r.net, -2);
	CHECK_NEAR(r.solved_per_created, 1.5, 0);
	CHECK_NEAR(r.growth, -0.2, 1e-15);
	CHECK_NEAR(r.days_to_clear, 28.0, 0);	/* 8 / (2 / 7) */
	BL_FLOW_SOLVED(f)[0] = 4;
	bl_flow_row(f, 0, &r);
	CHECK(!r.has_days_to_clear);
	bl_free(f);
}

int
main(void)
{
	test_windows();
	test_edges();
	test_combine_and_text();
	test_rows();
	UNIT_DONE();
}

/*
 * test_sla.c: unit tests of the SLA clock core (src/sla.c).
 *
 * Two fake calendars stand in for backlog.calendar: 24x7 (business time is wall time) and
 * "office", open 09:00-17:00 on days 0-4 of every 7-day week (day 0 = Monday; days 5 and 6 a
 * weekend), with times counted in microseconds from Monday 00:00 of week 0. A brute-force
 * reference walks timelines minute by minute and must agree with the core on random input.
 */
#include <stdint.h>
#include <stdlib.h>

#include "bl_alloc.h"
#include "sla.h"
#include "unit.h"

#define MIN		INT64_C(60000000)
#define HOUR	(60 * MIN)
#define DAY		(24 * HOUR)
#define WEEK	(7 * DAY)

/* Monday of week 0 at hh:mm, plus whole days */
#define AT(day, hh, mm)	((int64_t) (day) * DAY + (int64_t) (hh) * HOUR + (int64_t) (mm) * MIN)

static int	fail_calls_after = -1;	/* > = 0: the calendar fails after this many calls */

static int
maybe_fail(void)
{
	if (fail_calls_after < 0)
		return 0;
	if (fail_calls_after == 0)
		return 1;
	fail_calls_after--;
	return 0;
}

static int
wall_usecs(void *arg, int64_t t0, int64_t t1, int64_t *out)
{
	*out = t1 - t0;
	return maybe_fail();
}

static int
wall_add(void *arg, int64_t t, int64_t d, int64_t *out)
{
	*out = t + d;
	return maybe_fail();
}

static const BlSlaCalendar wall = {wall_usecs, wall_add, NULL, NULL};

/* office: [09:00, 17:00) on weekdays 0-4 */
static int64_t
floor_div(int64_t a, int64_t b)
{
	return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

static bool
office_day_open(int64_t day)
{
	return ((day % 7) + 7) % 7 < 5;
}

/* business microseconds in [t0, t1) */
static int64_t
office_span(int64_t t0, int64_t t1)
{
	int64_t		total = 0;
	int64_t		day;

	for (day = floor_div(t0, DAY); day * DAY < t1; day++)
	{
		int64_t		open = day * DAY + 9 * HOUR;
		int64_t		close = day * DAY + 17 * HOUR;
		int64_t		a = t0 > open ? t0 : open;
		int64_t		b = t1 < close ? t1 : close;

		if (office_day_open(day) && b > a)
			total += b - a;
	}
	return total;
}

static int
office_usecs(void *arg, int64_t t0, int64_t t1, int64_t *out)
{
	*out = office_span(t0, t1);
	return maybe_fail();
}

static int
office_add(void *arg, int64_t t, int64_t d, int64_t *out)
{
	int64_t		day;

	if (d == 0)
	{
		*out = t;
		return maybe_fail();
	}
	for (day = floor_div(t, DAY);; day++)
	{
		int64_t		open = day * DAY + 9 * HOUR;
		int64_t		close = day * DAY + 17 * HOUR;
		int64_t		a = t > open ? t : open;

		if (!office_day_open(day) || a >= close)
			continue;
		if (close - a >= d)
		{
			*out = a + d;
			return maybe_fail();
		}
		d -= close - a;
	}
}

static int	checks_seen = 0;

static void
count_check(void *arg)
{
	checks_seen++;
}

static const BlSlaCalendar office = {office_usecs, office_add, count_check, NULL};

/* field by field: the struct's padding is not part of the value */
static bool
events_equal(const BlSlaEvent *a, const BlSlaEvent *b, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (a[i].at != b[i].at || a[i].clock != b[i].clock)
			return false;
	return true;
}

static BlSlaResult
run(const BlSlaCalendar *cal, BlSlaEvent *ev, size_t n, int64_t target, int64_t as_of)
{
	BlSlaResult r;
	BlSlaError	err;

	bl_sla_sort(ev, n);
	err = bl_sla_compute(ev, n, target, as_of, cal, &r);
	CHECK_EQ_LL(err, BL_SLA_OK);
	return r;
}

#define R	BL_SLA_RUNNING
#define P	BL_SLA_PAUSED
#define S	BL_SLA_STOPPED

static void
test_names(void)
{
	CHECK_EQ_LL(bl_sla_clock_parse("running", 7), R);
	CHECK_EQ_LL(bl_sla_clock_parse("paused", 6), P);
	CHECK_EQ_LL(bl_sla_clock_parse("stopped", 7), S);
	CHECK_EQ_LL(bl_sla_clock_parse("Running", 7), -1);
	CHECK_EQ_LL(bl_sla_clock_parse("runnin", 6), -1);
	CHECK_EQ_LL(bl_sla_clock_parse("running ", 8), -1);
	CHECK_EQ_LL(bl_sla_clock_parse("", 0), -1);
	CHECK_STREQ(bl_sla_clock_name(P), "paused");
	CHECK_STREQ(bl_sla_state_name(BL_SLA_STATE_MET), "met");
	CHECK_STREQ(bl_sla_state_name(BL_SLA_STATE_BREACHED), "breached");
	CHECK_STREQ(bl_sla_error_message(BL_SLA_ERR_AS_OF_BEFORE_START),
				"as_of is earlier than the first event of the clock");
}

static void
test_wall(void)
{
	/* 24x7, one running event: elapsed is wall time; due = start + target */
	BlSlaEvent	ev[4] = {{AT(0, 10, 0), R}};
	BlSlaResult r = run(&wall, ev, 1, 2 * HOUR, AT(0, 11, 30));

	CHECK_EQ_LL(r.state, BL_SLA_STATE_RUNNING);
	CHECK_EQ_LL(r.elapsed, 90 * MIN);
	CHECK_EQ_LL(r.remaining, 30 * MIN);
	CHECK(r.has_due_at);
	CHECK_EQ_LL(r.due_at, AT(0, 12, 0));
	CHECK(!r.has_breached_at);

	/* 10:00 run, 10:30 pause, 11:00 run, as_of 12:00: 30 + 60 = 90 min; due 12:30 */
	ev[0] = (BlSlaEvent) {AT(0, 11, 0), R};
	ev[1] = (BlSlaEvent) {AT(0, 10, 30), P};
	ev[2] = (BlSlaEvent) {AT(0, 10, 0), R};
	r = run(&wall, ev, 3, 2 * HOUR, AT(0, 12, 0));
	CHECK_EQ_LL(r.elapsed, 90 * MIN);
	CHECK_EQ_LL(r.due_at, AT(0, 12, 30));
	CHECK_EQ_LL(r.state, BL_SLA_STATE_RUNNING);

	/* same, paused at as_of: no due time */
	ev[0] = (BlSlaEvent) {AT(0, 10, 0), R};
	ev[1] = (BlSlaEvent) {AT(0, 10, 30), P};
	r = run(&wall, ev, 2, 2 * HOUR, AT(0, 12, 0));
	CHECK_EQ_LL(r.state, BL_SLA_STATE_PAUSED);
	CHECK_EQ_LL(r.elapsed, 30 * MIN);
	CHECK(!r.has_due_at);

	/* exactly the target is met, not breached: 10:00-12:00 then stop, target 2 h */
	ev[0] = (BlSlaEvent) {AT(0, 10, 0), R};
	ev[1] = (BlSlaEvent) {AT(0, 12, 0), S};
	r = run(&wall, ev, 2, 2 * HOUR, AT(1, 0, 0));
	CHECK_EQ_LL(r.state, BL_SLA_STATE_MET);
	CHECK_EQ_LL(r.remaining, 0);
	CHECK(!r.has_breached_at);

	/* one microsecond more is a breach, at 12:00 exactly */
	ev[1].at += 1;
	r = run(&wall, ev, 2, 2 * HOUR, AT(1, 0, 0));
	CHECK_EQ_LL(r.state, BL_SLA_STATE_BREACHED);
	CHECK_EQ_LL(r.remaining, -1);
	CHECK(r.has_breached_at);
	CHECK_EQ_LL(r.breached_at, AT(0, 12, 0));
	CHECK(!r.has_due_at);
}

static void
test_office(void)
{
	BlSlaEvent	ev[6];
	BlSlaResult r;

	/* Mon 09:00 start, target 8 h: at Mon 17:00 (closing) elapsed == target, still running */
	ev[0] = (BlSlaEvent) {AT(0, 9, 0), R};
	r = run(&office, ev, 1, 8 * HOUR, AT(0, 17, 0));
	CHECK_EQ_LL(r.state, BL_SLA_STATE_RUNNING);
	CHECK_EQ_LL(r.elapsed, 8 * HOUR);
	CHECK_EQ_LL(r.remaining, 0);
	CHECK_EQ_LL(r.due_at, AT(0, 17, 0));
	CHECK(!r.has_breached_at);

	/* the same clock at Mon 23:00: no working time since closing, so still not breached */
	r = run(&office, ev, 1, 8 * HOUR, AT(0, 23, 0));
	CHECK_EQ_LL(r.state, BL_SLA_STATE_RUNNING);
	CHECK_EQ_LL(r.remaining, 0);

	/* at Tue 10:00: 8 h + 1 h; breached at Tue 09:00, the next opening; due was Mon 17:00 */
	r = run(&office, ev, 1, 8 * HOUR, AT(1, 10, 0));
	CHECK_EQ_LL(r.state, BL_SLA_STATE_BREACHED);
	CHECK_EQ_LL(r.elapsed, 9 * HOUR);
	CHECK_EQ_LL(r.breached_at, AT(1, 9, 0));
	CHECK_EQ_LL(r.due_at, AT(0, 17, 0));

	/* Fri 16:00 start, 2 h target: Fri 16-17 (1 h) + Mon 09-10 (1 h): due Mon 10:00 */
	ev[0] = (BlSlaEvent) {AT(4, 16, 0), R};
	r = run(&office, ev, 1, 2 * HOUR, AT(5, 12, 0));
	CHECK_EQ_LL(r.elapsed, 1 * HOUR);
	CHECK_EQ_LL(r.due_at, AT(7, 10, 0));

	/*
	 * Pause across the breach: Mon 09:00 run, 12:00 pause (3 h), Tue 09:00 run... target 4 h.
	 * The pause holds elapsed at 3 h, so no breach until Tue 10:00 (3 h + 1 h), even though
	 * Mon 13:00 would have been the breach without the pause.
	 */
	ev[0] = (BlSlaEvent) {AT(0, 9, 0), R};
	ev[1] = (BlSlaEvent) {AT(0, 12, 0), P};
	ev[2] = (BlSlaEvent) {AT(1, 9, 0), R};
	r = run(&office, ev, 3, 4 * HOUR, AT(1, 12, 0));
	CHECK_EQ_LL(r.elapsed, 6 * HOUR);
	CHECK_EQ_LL(r.breached_at, AT(1, 10, 0));
	CHECK_EQ_LL(r.due_at, AT(1, 10, 0));
	CHECK_EQ_LL(r.state, BL_SLA_STATE_BREACHED);

	/* resumed outside hours (Mon 20:00) with 1 h left: due Tue 10:00 */
	ev[2] = (BlSlaEvent) {AT(0, 20, 0), R};
	r = run(&office, ev, 3, 4 * HOUR, AT(0, 21, 0));
	CHECK_EQ_LL(r.elapsed, 3 * HOUR);
	CHECK_EQ_LL(r.due_at, AT(1, 10, 0));
	CHECK_EQ_LL(r.state, BL_SLA_STATE_RUNNING);

	/*
	 * Elapsed reaches the target exactly at a pause, and the clock resumes after hours: the
	 * breach is the first working microsecond after the resume (Tue 09:00); due is the pause.
	 * Mon 09:00 run, 12:00 pause (3 h = target), 18:00 run, as_of Tue 09:30.
	 */
	ev[2] = (BlSlaEvent) {AT(0, 18, 0), R};
	r = run(&office, ev, 3, 3 * HOUR, AT(1, 9, 30));
	CHECK_EQ_LL(r.elapsed, 3 * HOUR + 30 * MIN);
	CHECK_EQ_LL(r.breached_at, AT(1, 9, 0));
	CHECK_EQ_LL(r.due_at, AT(0, 12, 0));

	/* target 0: breached at the first working microsecond of the clock (Mon 09:00 here) */
	ev[0] = (BlSlaEvent) {AT(0, 7, 0), R};
	r = run(&office, ev, 1, 0, AT(0, 9, 1));
	CHECK_EQ_LL(r.state, BL_SLA_STATE_BREACHED);
	CHECK_EQ_LL(r.breached_at, AT(0, 9, 0));
	CHECK_EQ_LL(r.due_at, AT(0, 7, 0));
	/* ... but not before any working time passed */
	r = run(&office, ev, 1, 0, AT(0, 9, 0));
	CHECK_EQ_LL(r.state, BL_SLA_STATE_RUNNING);

	/* reopen: run Mon 09-10, stop, reopen Mon 15-16, stop: 2 h total, met against 2 h */
	ev[0] = (BlSlaEvent) {AT(0, 9, 0), R};
	ev[1] = (BlSlaEvent) {AT(0, 10, 0), S};
	ev[2] = (BlSlaEvent) {AT(0, 15, 0), R};
	ev[3] = (BlSlaEvent) {AT(0, 16, 0), S};
	r = run(&office, ev, 4, 2 * HOUR, AT(2, 0, 0));
	CHECK_EQ_LL(r.elapsed, 2 * HOUR);
	CHECK_EQ_LL(r.state, BL_SLA_STATE_MET);
	CHECK(!r.has_due_at);
	/* ... and breached against 90 min, at 15:30 in the reopened segment */
	r = run(&office, ev, 4, 90 * MIN, AT(2, 0, 0));
	CHECK_EQ_LL(r.state, BL_SLA_STATE_BREACHED);
	CHECK_EQ_LL(r.breached_at, AT(0, 15, 30));
	CHECK_EQ_LL(r.remaining, -30 * MIN);
}

static void
test_ties_and_order(void)
{
	BlSlaEvent	ev[6];
	BlSlaResult r;

	/* running and stopped at the same instant: the stop wins, the clock never runs */
	ev[0] = (BlSlaEvent) {AT(0, 10, 0), S};
	ev[1] = (BlSlaEvent) {AT(0, 10, 0), R};
	r = run(&wall, ev, 2, HOUR, AT(0, 12, 0));
	CHECK_EQ_LL(r.state, BL_SLA_STATE_MET);
	CHECK_EQ_LL(r.elapsed, 0);

	/* running and paused at the same instant: paused */
	ev[0] = (BlSlaEvent) {AT(0, 10, 0), R};
	ev[1] = (BlSlaEvent) {AT(0, 10, 0), P};
	r = run(&wall, ev, 2, HOUR, AT(0, 12, 0));
	CHECK_EQ_LL(r.state, BL_SLA_STATE_PAUSED);

	/* paused and stopped at the same instant, then running later: resumes from there */
	ev[0] = (BlSlaEvent) {AT(0, 9, 0), R};
	ev[1] = (BlSlaEvent) {AT(0, 10, 0), S};
	ev[2] = (BlSlaEvent) {AT(0, 10, 0), P};
	ev[3] = (BlSlaEvent) {AT(0, 11, 0), R};
	r = run(&wall, ev, 4, 3 * HOUR, AT(0, 11, 30));
	CHECK_EQ_LL(r.elapsed, 90 * MIN);

	/* duplicates change nothing */
	ev[0] = (BlSlaEvent) {AT(0, 9, 0), R};
	ev[1] = (BlSlaEvent) {AT(0, 9, 0), R};
	ev[2] = (BlSlaEvent) {AT(0, 9, 30), R};
	r = run(&wall, ev, 3, 3 * HOUR, AT(0, 10, 0));
	CHECK_EQ_LL(r.elapsed, HOUR);

	/* events after as_of are ignored; as_of equal to an event applies it */
	ev[0] = (BlSlaEvent) {AT(0, 9, 0), R};
	ev[1] = (BlSlaEvent) {AT(0, 10, 0), S};
	r = run(&wall, ev, 2, 3 * HOUR, AT(0, 9, 45));
	CHECK_EQ_LL(r.state, BL_SLA_STATE_RUNNING);
	CHECK_EQ_LL(r.elapsed, 45 * MIN);
	r = run(&wall, ev, 2, 3 * HOUR, AT(0, 10, 0));
	CHECK_EQ_LL(r.state, BL_SLA_STATE_MET);

	/* a clock that starts paused or stopped never ran */
	ev[0] = (BlSlaEvent) {AT(0, 9, 0), P};
	r = run(&wall, ev, 1, HOUR, AT(0, 12, 0));
	CHECK_EQ_LL(r.state, BL_SLA_STATE_PAUSED);
	CHECK_EQ_LL(r.elapsed, 0);
	CHECK_EQ_LL(r.remaining, HOUR);
}

static void
test_errors(void)
{
	BlSlaEvent	ev[2] = {{AT(0, 9, 0), R}, {AT(0, 10, 0), S}};
	BlSlaResult r;

	CHECK_EQ_LL(bl_sla_compute(ev, 2, -1, AT(0, 12, 0), &wall, &r), BL_SLA_ERR_NEGATIVE_TARGET);
	CHECK_EQ_LL(bl_sla_compute(ev, 0, HOUR, AT(0, 12, 0), &wall, &r), BL_SLA_ERR_NO_EVENTS);
	CHECK_EQ_LL(bl_sla_compute(ev, 2, HOUR, AT(0, 8, 59), &wall, &r), BL_SLA_ERR_AS_OF_BEFORE_START);
	CHECK_EQ_LL(bl_sla_compute(ev, 2, HOUR, AT(0, 9, 0), &wall, &r), BL_SLA_OK);

	/* a failing calendar: first call (usecs), then the breach's add, then the due time's add */
	fail_calls_after = 0;
	CHECK_EQ_LL(bl_sla_compute(ev, 2, HOUR, AT(0, 12, 0), &wall, &r), BL_SLA_ERR_CALENDAR);
	fail_calls_after = 1;
	CHECK_EQ_LL(bl_sla_compute(ev, 2, 30 * MIN, AT(0, 12, 0), &wall, &r), BL_SLA_ERR_CALENDAR);
	fail_calls_after = 1;
	CHECK_EQ_LL(bl_sla_compute(ev, 1, 2 * HOUR, AT(0, 10, 0), &wall, &r), BL_SLA_ERR_CALENDAR);
	fail_calls_after = -1;
}

static void
test_acc(void)
{
	BlSlaAcc   *a = bl_sla_acc_new();
	BlSlaAcc   *b = bl_sla_acc_new();
	BlSlaAcc   *c;
	uint8_t    *buf;
	size_t		len;
	uint32_t	i;

	CHECK_EQ_LL(bl_sla_acc_params(a, HOUR, false, 0, "cal", 3), BL_SLA_OK);
	CHECK_EQ_LL(bl_sla_acc_params(a, HOUR, false, 0, "cal", 3), BL_SLA_OK);
	CHECK_EQ_LL(bl_sla_acc_params(a, 2 * HOUR, false, 0, "cal", 3), BL_SLA_ERR_TARGET_DIFFERS);
	CHECK_EQ_LL(bl_sla_acc_params(a, HOUR, true, 0, "cal", 3), BL_SLA_ERR_AS_OF_DIFFERS);
	CHECK_EQ_LL(bl_sla_acc_params(a, HOUR, false, 0, "cat", 3), BL_SLA_ERR_CALENDAR_DIFFERS);
	CHECK_EQ_LL(bl_sla_acc_params(a, HOUR, false, 0, "cal2", 4), BL_SLA_ERR_CALENDAR_DIFFERS);

	/* 20 events in order, then one out of order: the sorted flag follows */
	for (i = 0; i < 20; i++)
		CHECK_EQ_LL(bl_sla_acc_add(a, AT(0, 9, i), i % 2 ? P : R), BL_SLA_OK);
	CHECK(a->sorted);
	CHECK_EQ_LL(bl_sla_acc_add(a, AT(0, 8, 0), S), BL_SLA_OK);
	CHECK(!a->sorted);
	bl_sla_acc_sort(a);
	CHECK(a->sorted);
	CHECK_EQ_LL(a->events[0].at, AT(0, 8, 0));

	/* merge: parameters must agree; an empty state merges into anything */
	CHECK_EQ_LL(bl_sla_acc_params(b, HOUR, true, 5, "cal", 3), BL_SLA_OK);
	CHECK_EQ_LL(bl_sla_acc_merge(a, b), BL_SLA_ERR_AS_OF_DIFFERS);
	bl_sla_acc_free(b);
	b = bl_sla_acc_new();
	CHECK_EQ_LL(bl_sla_acc_merge(b, a), BL_SLA_OK);
	CHECK_EQ_LL(b->n, 21);
	CHECK_EQ_LL(bl_sla_acc_merge(b, a), BL_SLA_OK);
	CHECK_EQ_LL(b->n, 42);
	CHECK(!b->sorted);

	/* round trip */
	len = bl_sla_acc_serial_size(b);
	CHECK_EQ_LL(len, 28 + 3 + 42 * 9);
	buf = bl_alloc(len);
	bl_sla_acc_serialize(b, buf);
	CHECK_EQ_LL(bl_sla_acc_deserialize(buf, len, &c), BL_SLA_OK);
	CHECK(c != NULL && c->n == 42 && c->target == HOUR && !c->has_as_of && c->cal_len == 3);
	CHECK(c != NULL && events_equal(c->events, b->events, 42));
	CHECK(c != NULL && memcmp(c->cal, "cal", 3) == 0);
	bl_sla_acc_free(c);

	/* malformed: every truncation, a wrong version, unknown flags, a bad clock, lying lengths */
	for (i = 0; i < len; i++)
	{
		CHECK_EQ_LL(bl_sla_acc_deserialize(buf, i, &c), BL_SLA_ERR_BAD_FORMAT);
		CHECK(c == NULL);
	}
	buf[0] = 2;
	CHECK_EQ_LL(bl_sla_acc_deserialize(buf, len, &c), BL_SLA_ERR_BAD_FORMAT);
	buf[0] = BL_SLA_FORMAT_VERSION;
	buf[1] = 0x04;
	CHECK_EQ_LL(bl_sla_acc_deserialize(buf, len, &c), BL_SLA_ERR_BAD_FORMAT);
	buf[1] = 0x02;				/* as_of without parameters */
	CHECK_EQ_LL(bl_sla_acc_deserialize(buf, len, &c), BL_SLA_ERR_BAD_FORMAT);
	buf[1] = 0x01;
	buf[28 + 3 + 8] = 3;		/* first event's clock */
	CHECK_EQ_LL(bl_sla_acc_deserialize(buf, len, &c), BL_SLA_ERR_BAD_FORMAT);
	buf[28 + 3 + 8] = R;
	buf[8] = 43;				/* one event more than there are bytes for */
	CHECK_EQ_LL(bl_sla_acc_deserialize(buf, len, &c), BL_SLA_ERR_BAD_FORMAT);
	buf[8] = 42;
	buf[4] = 0xff;				/* calendar length */
	buf[5] = 0xff;
	buf[6] = 0xff;
	buf[7] = 0xff;
	CHECK_EQ_LL(bl_sla_acc_deserialize(buf, len, &c), BL_SLA_ERR_BAD_FORMAT);
	bl_free(buf);

	/* an empty state round-trips too */
	bl_sla_acc_free(b);
	b = bl_sla_acc_new();
	len = bl_sla_acc_serial_size(b);
	buf = bl_alloc(len);
	bl_sla_acc_serialize(b, buf);
	CHECK_EQ_LL(bl_sla_acc_deserialize(buf, len, &c), BL_SLA_OK);
	CHECK(c != NULL && c->n == 0 && !c->has_params);
	bl_sla_acc_free(c);
	bl_free(buf);

	bl_sla_acc_free(a);
	bl_sla_acc_free(b);
}

static void
test_limits(void)
{
	BlSlaAcc   *a = bl_sla_acc_new();
	BlSlaEvent	ev[1] = {{0, R}};
	BlSlaResult r;
	uint32_t	i;
	BlSlaError	err = BL_SLA_OK;

	/* the event limit is enforced without allocating past it */
	for (i = 0; i < BL_SLA_MAX_EVENTS && err == BL_SLA_OK; i++)
		err = bl_sla_acc_add(a, i, R);
	CHECK_EQ_LL(err, BL_SLA_OK);
	CHECK_EQ_LL(bl_sla_acc_add(a, 0, R), BL_SLA_ERR_TOO_MANY_EVENTS);
	CHECK_EQ_LL(a->n, BL_SLA_MAX_EVENTS);

	/* and a clock that long is walked, with the cancel hook offered along the way */
	checks_seen = 0;
	CHECK_EQ_LL(bl_sla_compute(a->events, a->n, HOUR, BL_SLA_MAX_EVENTS, &office, &r), BL_SLA_OK);
	CHECK(checks_seen == BL_SLA_MAX_EVENTS / 65536);
	bl_sla_acc_free(a);

	/* an extreme target does not overflow: remaining = target - elapsed */
	r = run(&wall, ev, 1, INT64_MAX, HOUR);
	CHECK_EQ_LL(r.remaining, INT64_MAX - HOUR);
	CHECK_EQ_LL(r.state, BL_SLA_STATE_RUNNING);
}

/*
 * Reference clock, minute by minute over the office calendar, for timelines in whole minutes:
 * the clock applies the events of each minute (sorted, so ties resolve the same way) at its
 * start, then a running business minute adds one minute of elapsed time.
 */
static void
reference(const BlSlaEvent *ev, int n, int64_t target, int64_t as_of, BlSlaResult *out)
{
	int			clock = -1;
	int64_t		elapsed = 0;
	int64_t		t;
	int			i = 0;
	bool		reached = false;
	int64_t		reached_at = 0;

	memset(out, 0, sizeof(*out));
	for (t = ev[0].at;; t += MIN)
	{
		while (i < n && ev[i].at == t && t <= as_of)
		{
			clock = ev[i].clock;
			i++;
			if (clock == R && !reached && elapsed >= target)
			{
				/* target 0: reached where the clock first runs */
				reached = true;
				reached_at = t;
			}
		}
		if (t >= as_of)
			break;
		if (clock == R && office_span(t, t + MIN) > 0)
		{
			if (elapsed == target && !out->has_breached_at)
			{
				out->has_breached_at = true;
				out->breached_at = t;
			}
			elapsed += MIN;
			if (!reached && elapsed >= target)
			{
				reached = true;
				reached_at = t + MIN;
			}
		}
	}
	out->elapsed = elapsed;
	out->remaining = target - elapsed;
	if (clock == R)
	{
		/* keep running past as_of until the target is reached */
		int64_t		e = elapsed;

		for (; !reached; t += MIN)
		{
			if (office_span(t, t + MIN) > 0)
				e += MIN;
			if (e >= target)
			{
				reached = true;
				reached_at = t + MIN;
			}
		}
		out->has_due_at = true;
		out->due_at = reached_at;
	}
	out->state = elapsed > target ? BL_SLA_STATE_BREACHED :
		clock == S ? BL_SLA_STATE_MET :
		clock == P ? BL_SLA_STATE_PAUSED : BL_SLA_STATE_RUNNING;
}

static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;

static uint64_t
rng(void)
{
	/* xorshift64*: deterministic, so a failure reproduces */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545F4914F6CDD1DULL;
}

static void
test_random_against_reference(void)
{
	int			mismatches = 0;
	int			monotonic_failures = 0;
	int			k;

	for (k = 0; k < 300; k++)
	{
		BlSlaEvent	ev[12];
		BlSlaEvent	shuffled[12];
		int			n = 1 + (int) (rng() % 12);
		int64_t		target = (int64_t) (rng() % (3 * 8 * 60)) * MIN;
		int64_t		start = (int64_t) (rng() % (7 * 24 * 60)) * MIN;
		int64_t		as_of;
		int64_t		prev = -1;
		BlSlaResult got;
		BlSlaResult want;
		int			i;

		for (i = 0; i < n; i++)
		{
			ev[i].at = start + (int64_t) (rng() % (6 * 24 * 60)) * MIN;
			ev[i].clock = (int) (rng() % 3);
		}
		ev[0].at = start;
		ev[0].clock = R;
		for (i = 0; i < n; i++)
			shuffled[i] = ev[n - 1 - i];
		bl_sla_sort(ev, n);
		as_of = ev[0].at + (int64_t) (rng() % (8 * 24 * 60)) * MIN;

		/* input order does not matter */
		bl_sla_sort(shuffled, n);
		CHECK(events_equal(ev, shuffled, n));

		if (bl_sla_compute(ev, n, target, as_of, &office, &got) != BL_SLA_OK)
		{
			mismatches++;
			continue;
		}
		reference(ev, n, target, as_of, &want);
		if (got.state != want.state || got.elapsed != want.elapsed ||
			got.remaining != want.remaining || got.has_due_at != want.has_due_at ||
			(got.has_due_at && got.due_at != want.due_at) ||
			got.has_breached_at != want.has_breached_at ||
			(got.has_breached_at && got.breached_at != want.breached_at))
		{
			mismatches++;
			fprintf(stderr, "case %d: state %d/%d elapsed %lld/%lld due %lld/%lld breach %lld/%lld\n",
					k, got.state, want.state, (long long) got.elapsed, (long long) want.elapsed,
					(long long) got.due_at, (long long) want.due_at,
					(long long) got.breached_at, (long long) want.breached_at);
		}

		/* appending events never lowers elapsed measured at the newest event */
		for (i = 1; i <= n; i++)
		{
			if (bl_sla_compute(ev, i, target, ev[i - 1].at, &office, &got) != BL_SLA_OK ||
				got.elapsed < prev)
				monotonic_failures++;
			prev = got.elapsed;
		}
	}
	CHECK_EQ_LL(mismatches, 0);
	CHECK_EQ_LL(monotonic_failures, 0);
}

int
main(void)
{
	test_names();
	test_wall();
	test_office();
	test_ties_and_order();
	test_errors();
	test_acc();
	test_limits();
	test_random_against_reference();
	UNIT_DONE();
}

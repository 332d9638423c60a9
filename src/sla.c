/*
 * sla.c: SLA clocks, the pure C core. See sla.h for the model.
 *
 * The clock walks the sorted events once. Consecutive events of the same clock value are one
 * segment (a second "running" while running changes nothing), so the calendar is asked once per
 * running segment: business microseconds for the elapsed time, and a business add only where the
 * answer needs an instant (the breach inside the segment that crosses the target, the due time
 * of a clock still running at as_of).
 */
#include <stdlib.h>
#include <string.h>

#include "bl_alloc.h"
#include "sla.h"

/* How often the core offers the caller a chance to cancel (events between calls). */
#define BL_SLA_CHECK_EVERY	65536

/* Serialized header: version, flags, reserved(2), cal_len(4), n(4), target(8), as_of(8) */
#define BL_SLA_HEADER_SIZE	28
#define BL_SLA_EVENT_SIZE	9	/* at (8), clock (1) */
#define BL_SLA_FLAG_PARAMS	0x01
#define BL_SLA_FLAG_AS_OF	0x02

int
bl_sla_clock_parse(const char *s, size_t len)
{
	if (len == 7 && memcmp(s, "running", 7) == 0)
		return BL_SLA_RUNNING;
	if (len == 6 && memcmp(s, "paused", 6) == 0)
		return BL_SLA_PAUSED;
	if (len == 7 && memcmp(s, "stopped", 7) == 0)
		return BL_SLA_STOPPED;
	return -1;
}

const char *
bl_sla_clock_name(BlSlaClock clock)
{
	switch (clock)
	{
		case BL_SLA_RUNNING:
			return "running";
		case BL_SLA_PAUSED:
			return "paused";
		case BL_SLA_STOPPED:
			return "stopped";
	}
	return "?";
}

const char *
bl_sla_state_name(BlSlaState state)
{
	switch (state)
	{
		case BL_SLA_STATE_RUNNING:
			return "running";
		case BL_SLA_STATE_PAUSED:
			return "paused";
		case BL_SLA_STATE_MET:
			return "met";
		case BL_SLA_STATE_BREACHED:
			return "breached";
	}
	return "?";
}

const char *
bl_sla_error_message(BlSlaError err)
{
	switch (err)
	{
		case BL_SLA_OK:
			return "no error";
		case BL_SLA_ERR_NO_EVENTS:
			return "the clock has no events";
		case BL_SLA_ERR_NEGATIVE_TARGET:
			return "SLA target must not be negative";
		case BL_SLA_ERR_AS_OF_BEFORE_START:
			return "as_of is earlier than the first event of the clock";
		case BL_SLA_ERR_CALENDAR:
			return "the calendar could not answer";
		case BL_SLA_ERR_TOO_MANY_EVENTS:
			return "too many events in one SLA clock";
		case BL_SLA_ERR_TARGET_DIFFERS:
			return "SLA target differs between rows of one clock";
		case BL_SLA_ERR_AS_OF_DIFFERS:
			return "as_of differs between rows of one clock";
		case BL_SLA_ERR_CALENDAR_DIFFERS:
			return "calendar differs between rows of one clock";
		case BL_SLA_ERR_BAD_FORMAT:
			return "malformed SLA clock state";
	}
	return "unknown error";
}

static inline int
event_cmp(const BlSlaEvent *a, const BlSlaEvent *b)
{
	if (a->at != b->at)
		return a->at < b->at ? -1 : 1;
	if (a->clock != b->clock)
		return a->clock < b->clock ? -1 : 1;
	return 0;
}

static int
event_qsort_cmp(const void *a, const void *b)
{
	return event_cmp((const BlSlaEvent *) a, (const BlSlaEvent *) b);
}

void
bl_sla_sort(BlSlaEvent *events, size_t n)
{
	if (n > 1)
		qsort(events, n, sizeof(BlSlaEvent), event_qsort_cmp);
}

/*
 * The clock walk. The lazily computed instants keep the calendar's work to what the result
 * shows: "reached" (elapsed first reaching the target, the due time) is only turned into an
 * instant when the clock is still running at the end.
 */
typedef struct ClockWalk
{
	const BlSlaCalendar *cal;
	int64_t		target;
	int64_t		elapsed;
	bool		reached;		/* elapsed >= target at some point */
	int64_t		reach_start;	/* start of the segment in which it did */
	int64_t		reach_rest;		/* business time from there to the target */
	bool		breached;		/* elapsed > target at some point */
	int64_t		breached_at;
} ClockWalk;

/* Account for a running segment [a, b). */
static BlSlaError
walk_segment(ClockWalk *w, int64_t a, int64_t b)
{
	int64_t		before = w->elapsed;
	int64_t		d;

	if (w->cal->usecs(w->cal->arg, a, b, &d) != 0 || d < 0 || d > b - a)
		return BL_SLA_ERR_CALENDAR;
	w->elapsed = before + d;

	/* Not yet reached means before < target (or no segment before), so the rest is >= 0. */
	if (!w->reached && w->elapsed >= w->target)
	{
		w->reached = true;
		w->reach_start = a;
		w->reach_rest = w->target - before;
	}

	/*
	 * The breach instant is the start of the business microsecond that takes elapsed past the
	 * target: the earliest T with usecs(a, T) >= target - before + 1, less that microsecond.
	 * It always lies inside [a, b), so never inside a pause; when the target is reached right
	 * at closing time, it is the next opening, since elapsed == target is not a breach.
	 */
	if (!w->breached && w->elapsed > w->target)
	{
		int64_t		t;

		if (w->cal->add(w->cal->arg, a, w->target - before + 1, &t) != 0 || t <= a || t > b)
			return BL_SLA_ERR_CALENDAR;
		w->breached = true;
		w->breached_at = t - 1;
	}
	return BL_SLA_OK;
}

BlSlaError
bl_sla_compute(const BlSlaEvent *events, size_t n, int64_t target, int64_t as_of,
			   const BlSlaCalendar *cal, BlSlaResult *out)
{
	ClockWalk	w;
	int			clock = -1;		/* before the first event: not started */
	int64_t		seg_start = 0;
	BlSlaError	err;
	size_t		i;

	memset(out, 0, sizeof(*out));
	if (target < 0)
		return BL_SLA_ERR_NEGATIVE_TARGET;
	if (n == 0)
		return BL_SLA_ERR_NO_EVENTS;
	if (as_of < events[0].at)
		return BL_SLA_ERR_AS_OF_BEFORE_START;

	memset(&w, 0, sizeof(w));
	w.cal = cal;
	w.target = target;

	for (i = 0; i < n && events[i].at <= as_of; i++)
	{
		const BlSlaEvent *e = &events[i];

		if (cal->check != NULL && i % BL_SLA_CHECK_EVERY == BL_SLA_CHECK_EVERY - 1)
			cal->check(cal->arg);
		if (e->clock == clock)
			continue;
		if (clock == BL_SLA_RUNNING)
		{
			err = walk_segment(&w, seg_start, e->at);
			if (err != BL_SLA_OK)
				return err;
		}
		clock = e->clock;
		if (clock == BL_SLA_RUNNING)
			seg_start = e->at;
	}

	if (clock == BL_SLA_RUNNING)
	{
		/* The open segment runs to as_of; its due time is in or after it unless reached earlier. */
		int64_t		before = w.elapsed;

		err = walk_segment(&w, seg_start, as_of);
		if (err != BL_SLA_OK)
			return err;
		if (!w.reached)
		{
			w.reach_start = seg_start;
			w.reach_rest = target - before;
		}
		if (cal->add(cal->arg, w.reach_start, w.reach_rest, &out->due_at) != 0 ||
			out->due_at < w.reach_start)
			return BL_SLA_ERR_CALENDAR;
		out->has_due_at = true;
	}

	out->elapsed = w.elapsed;
	out->remaining = target - w.elapsed;
	out->has_breached_at = w.breached;
	out->breached_at = w.breached_at;
	if (w.elapsed > target)
		out->state = BL_SLA_STATE_BREACHED;
	else if (clock == BL_SLA_STOPPED)
		out->state = BL_SLA_STATE_MET;
	else if (clock == BL_SLA_PAUSED)
		out->state = BL_SLA_STATE_PAUSED;
	else
		out->state = BL_SLA_STATE_RUNNING;
	return BL_SLA_OK;
}

BlSlaAcc *
bl_sla_acc_new(void)
{
	BlSlaAcc   *acc = bl_alloc(sizeof(BlSlaAcc));

	acc->sorted = true;
	return acc;
}

void
bl_sla_acc_free(BlSlaAcc *acc)
{
	if (acc == NULL)
		return;
	bl_free(acc->events);
	bl_free(acc->cal);
	bl_free(acc);
}

BlSlaError
bl_sla_acc_params(BlSlaAcc *acc, int64_t target, bool has_as_of, int64_t as_of,
				  const void *cal, size_t cal_len)
{
	if (!acc->has_params)
	{
		if (cal_len > BL_SLA_MAX_CAL_BYTES)
			return BL_SLA_ERR_BAD_FORMAT;
		acc->cal = bl_alloc(cal_len);
		if (cal_len > 0)
			memcpy(acc->cal, cal, cal_len);
		acc->cal_len = (uint32_t) cal_len;
		acc->target = target;
		acc->has_as_of = has_as_of;
		acc->as_of = has_as_of ? as_of : 0;
		acc->has_params = true;
		return BL_SLA_OK;
	}
	if (acc->target != target)
		return BL_SLA_ERR_TARGET_DIFFERS;
	if (acc->has_as_of != has_as_of || (has_as_of && acc->as_of != as_of))
		return BL_SLA_ERR_AS_OF_DIFFERS;
	if (acc->cal_len != cal_len || (cal_len > 0 && memcmp(acc->cal, cal, cal_len) != 0))
		return BL_SLA_ERR_CALENDAR_DIFFERS;
	return BL_SLA_OK;
}

/* Make room for "more" events; grows geometrically within BL_SLA_MAX_EVENTS. */
static BlSlaError
acc_reserve(BlSlaAcc *acc, uint32_t more)
{
	uint64_t	need = (uint64_t) acc->n + more;
	uint64_t	cap;
	BlSlaEvent *events;

	if (need > BL_SLA_MAX_EVENTS)
		return BL_SLA_ERR_TOO_MANY_EVENTS;
	if (need <= acc->cap)
		return BL_SLA_OK;
	cap = acc->cap < 8 ? 8 : acc->cap;
	while (cap < need)
		cap *= 2;
	if (cap > BL_SLA_MAX_EVENTS)
		cap = BL_SLA_MAX_EVENTS;
	events = bl_alloc(cap * sizeof(BlSlaEvent));
	if (acc->n > 0)
		memcpy(events, acc->events, acc->n * sizeof(BlSlaEvent));
	bl_free(acc->events);
	acc->events = events;
	acc->cap = (uint32_t) cap;
	return BL_SLA_OK;
}

BlSlaError
bl_sla_acc_add(BlSlaAcc *acc, int64_t at, BlSlaClock clock)
{
	BlSlaEvent *e;
	BlSlaError	err = acc_reserve(acc, 1);

	if (err != BL_SLA_OK)
		return err;
	e = &acc->events[acc->n];
	e->at = at;
	e->clock = clock;
	if (acc->n > 0 && event_cmp(&acc->events[acc->n - 1], e) > 0)
		acc->sorted = false;
	acc->n++;
	return BL_SLA_OK;
}

BlSlaError
bl_sla_acc_merge(BlSlaAcc *dst, const BlSlaAcc *src)
{
	BlSlaError	err;

	if (src->has_params)
	{
		err = bl_sla_acc_params(dst, src->target, src->has_as_of, src->as_of,
								src->cal, src->cal_len);
		if (err != BL_SLA_OK)
			return err;
	}
	if (src->n == 0)
		return BL_SLA_OK;
	err = acc_reserve(dst, src->n);
	if (err != BL_SLA_OK)
		return err;
	if (dst->n > 0 && event_cmp(&dst->events[dst->n - 1], &src->events[0]) > 0)
		dst->sorted = false;
	memcpy(dst->events + dst->n, src->events, src->n * sizeof(BlSlaEvent));
	dst->n += src->n;
	dst->sorted = dst->sorted && src->sorted;
	return BL_SLA_OK;
}

void
bl_sla_acc_sort(BlSlaAcc *acc)
{
	if (!acc->sorted)
	{
		bl_sla_sort(acc->events, acc->n);
		acc->sorted = true;
	}
}

/*
 * Little-endian, whatever the machine: the flat form is the text and binary form of
 * backlog.sla_clock_state, which travels between servers (Citus partial aggregates).
 */
static void
put_u64(uint8_t *p, uint64_t v, int nbytes)
{
	int			i;

	for (i = 0; i < nbytes; i++)
		p[i] = (uint8_t) (v >> (8 * i));
}

static uint64_t
get_u64(const uint8_t *p, int nbytes)
{
	uint64_t	v = 0;
	int			i;

	for (i = 0; i < nbytes; i++)
		v |= (uint64_t) p[i] << (8 * i);
	return v;
}

static void
put_u32(uint8_t *p, uint32_t v)
{
	put_u64(p, v, 4);
}

static void
put_i64(uint8_t *p, int64_t v)
{
	put_u64(p, (uint64_t) v, 8);
}

static uint32_t
get_u32(const uint8_t *p)
{
	return (uint32_t) get_u64(p, 4);
}

static int64_t
get_i64(const uint8_t *p)
{
	return (int64_t) get_u64(p, 8);
}

size_t
bl_sla_acc_serial_size(const BlSlaAcc *acc)
{
	return BL_SLA_HEADER_SIZE + (size_t) acc->cal_len + (size_t) acc->n * BL_SLA_EVENT_SIZE;
}

void
bl_sla_acc_serialize(const BlSlaAcc *acc, uint8_t *buf)
{
	uint8_t    *p = buf;
	uint32_t	i;

	p[0] = BL_SLA_FORMAT_VERSION;
	p[1] = (acc->has_params ? BL_SLA_FLAG_PARAMS : 0) | (acc->has_as_of ? BL_SLA_FLAG_AS_OF : 0);
	p[2] = 0;
	p[3] = 0;
	put_u32(p + 4, acc->cal_len);
	put_u32(p + 8, acc->n);
	put_i64(p + 12, acc->target);
	put_i64(p + 20, acc->as_of);
	p += BL_SLA_HEADER_SIZE;
	if (acc->cal_len > 0)
		memcpy(p, acc->cal, acc->cal_len);
	p += acc->cal_len;
	for (i = 0; i < acc->n; i++)
	{
		put_i64(p, acc->events[i].at);
		p[8] = (uint8_t) acc->events[i].clock;
		p += BL_SLA_EVENT_SIZE;
	}
}

BlSlaError
bl_sla_acc_deserialize(const uint8_t *buf, size_t len, BlSlaAcc **out)
{
	BlSlaAcc   *acc;
	uint32_t	cal_len;
	uint32_t	n;
	uint8_t		flags;
	const uint8_t *p;
	uint32_t	i;

	*out = NULL;
	if (len < BL_SLA_HEADER_SIZE || buf[0] != BL_SLA_FORMAT_VERSION || buf[2] != 0 || buf[3] != 0)
		return BL_SLA_ERR_BAD_FORMAT;
	flags = buf[1];
	if ((flags & ~(BL_SLA_FLAG_PARAMS | BL_SLA_FLAG_AS_OF)) != 0 ||
		(!(flags & BL_SLA_FLAG_PARAMS) && flags != 0))
		return BL_SLA_ERR_BAD_FORMAT;
	cal_len = get_u32(buf + 4);
	n = get_u32(buf + 8);
	if (cal_len > BL_SLA_MAX_CAL_BYTES || n > BL_SLA_MAX_EVENTS ||
		(!(flags & BL_SLA_FLAG_PARAMS) && cal_len != 0))
		return BL_SLA_ERR_BAD_FORMAT;
	if (len != BL_SLA_HEADER_SIZE + (size_t) cal_len + (size_t) n * BL_SLA_EVENT_SIZE)
		return BL_SLA_ERR_BAD_FORMAT;

	acc = bl_sla_acc_new();
	if (flags & BL_SLA_FLAG_PARAMS)
	{
		BlSlaError	err;

		err = bl_sla_acc_params(acc, get_i64(buf + 12), (flags & BL_SLA_FLAG_AS_OF) != 0,
								get_i64(buf + 20), buf + BL_SLA_HEADER_SIZE, cal_len);
		if (err != BL_SLA_OK)
		{
			bl_sla_acc_free(acc);
			return err;
		}
	}
	if (n > 0 && acc_reserve(acc, n) != BL_SLA_OK)
	{
		bl_sla_acc_free(acc);
		return BL_SLA_ERR_BAD_FORMAT;
	}
	p = buf + BL_SLA_HEADER_SIZE + cal_len;
	for (i = 0; i < n; i++, p += BL_SLA_EVENT_SIZE)
	{
		if (p[8] > BL_SLA_STOPPED)
		{
			bl_sla_acc_free(acc);
			return BL_SLA_ERR_BAD_FORMAT;
		}
		/* bl_sla_acc_add cannot fail here: room for n events is reserved */
		(void) bl_sla_acc_add(acc, get_i64(p), (BlSlaClock) p[8]);
	}
	*out = acc;
	return BL_SLA_OK;
}

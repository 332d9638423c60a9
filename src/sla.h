/*
 * sla.h: SLA clocks, the pure C core (libc only; see src/bl_alloc.h).
 *
 * A clock is a list of events (at, clock) where clock is the state entered at "at": running,
 * paused or stopped. Business time accrues only while running; a running event after a stop
 * (a reopen) resumes the same clock. The core knows nothing of calendars: the caller passes
 * two callbacks, "business microseconds in [t0, t1)" and "business add", so the server plugs in
 * backlog.calendar (src/sla_fmgr.c) and the unit tests plug in small fakes.
 *
 * Times are int64 microseconds on any fixed epoch (the server uses PostgreSQL's TimestampTz);
 * durations are int64 microseconds.
 *
 * BlSlaAcc is the aggregate's state: the events seen so far plus the parameters that must be
 * the same on every row of a group (target, as_of, calendar bytes). It has a flat binary form
 * for parallel aggregation (bl_sla_acc_serialize / bl_sla_acc_deserialize); that form is
 * exchanged between processes of one server only and is never stored.
 */
#ifndef BACKLOG_SLA_H
#define BACKLOG_SLA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Clock values, in tie-break rank order: events at the same instant are applied running first,
 * then paused, then stopped, so the clock leaves an instant in the highest-ranked state given
 * for it (a stop at the same instant as anything else wins). Zero-length segments accrue
 * nothing, so this is the only effect of a tie.
 */
typedef enum BlSlaClock
{
	BL_SLA_RUNNING = 0,
	BL_SLA_PAUSED = 1,
	BL_SLA_STOPPED = 2
} BlSlaClock;

/* The result's state column */
typedef enum BlSlaState
{
	BL_SLA_STATE_RUNNING = 0,
	BL_SLA_STATE_PAUSED,
	BL_SLA_STATE_MET,
	BL_SLA_STATE_BREACHED
} BlSlaState;

typedef enum BlSlaError
{
	BL_SLA_OK = 0,
	BL_SLA_ERR_NO_EVENTS,			/* nothing to measure */
	BL_SLA_ERR_NEGATIVE_TARGET,		/* target < 0 */
	BL_SLA_ERR_AS_OF_BEFORE_START,	/* as_of earlier than every event */
	BL_SLA_ERR_CALENDAR,			/* a calendar callback failed */
	BL_SLA_ERR_TOO_MANY_EVENTS,		/* more than BL_SLA_MAX_EVENTS in one group */
	BL_SLA_ERR_TARGET_DIFFERS,		/* rows of one group disagree on target */
	BL_SLA_ERR_AS_OF_DIFFERS,		/* ... on as_of (or one has it and one not) */
	BL_SLA_ERR_CALENDAR_DIFFERS,	/* ... on the calendar */
	BL_SLA_ERR_BAD_FORMAT			/* serialized state is malformed */
} BlSlaError;

/* At most this many events in one clock (16 bytes each in memory). */
#define BL_SLA_MAX_EVENTS		10000000
/* At most this many bytes of calendar in a state (a calendar's text form is far smaller). */
#define BL_SLA_MAX_CAL_BYTES	(1024 * 1024)
/* Version byte of the serialized state */
#define BL_SLA_FORMAT_VERSION	1

typedef struct BlSlaEvent
{
	int64_t		at;
	int32_t		clock;			/* a BlSlaClock */
} BlSlaEvent;

/*
 * Calendar callbacks. Each returns 0 on success and non-zero on failure (the core then returns
 * BL_SLA_ERR_CALENDAR); the server's versions raise ERROR themselves and never return failure.
 *
 * usecs: working microseconds in [t0, t1), called with t0 <= t1.
 * add: the earliest T >= t with usecs(t, T) >= d, called with d >= 0.
 * check: optional (may be NULL), called every few thousand events so the server can honour a
 * query cancel in very long clocks.
 */
typedef struct BlSlaCalendar
{
	int			(*usecs) (void *arg, int64_t t0, int64_t t1, int64_t *result);
	int			(*add) (void *arg, int64_t t, int64_t d, int64_t *result);
	void		(*check) (void *arg);
	void	   *arg;
} BlSlaCalendar;

typedef struct BlSlaResult
{
	BlSlaState	state;
	int64_t		elapsed;		/* business time while running, up to as_of */
	int64_t		remaining;		/* target - elapsed; negative once breached */
	bool		has_due_at;		/* only when the clock runs at as_of */
	int64_t		due_at;			/* when elapsed reaches (or reached) the target */
	bool		has_breached_at;
	int64_t		breached_at;	/* the instant elapsed first exceeded the target */
} BlSlaResult;

/* The aggregate's state */
typedef struct BlSlaAcc
{
	BlSlaEvent *events;
	uint32_t	n;
	uint32_t	cap;
	bool		sorted;			/* events are in (at, clock) order */
	bool		has_params;		/* target/as_of/calendar set (by the first row) */
	bool		has_as_of;
	int64_t		target;
	int64_t		as_of;
	uint8_t    *cal;			/* calendar bytes, opaque to the core */
	uint32_t	cal_len;
} BlSlaAcc;

/* "running", "paused", "stopped" (exactly, lower case) to a BlSlaClock; -1 otherwise. */
extern int	bl_sla_clock_parse(const char *s, size_t len);
extern const char *bl_sla_clock_name(BlSlaClock clock);
extern const char *bl_sla_state_name(BlSlaState state);
extern const char *bl_sla_error_message(BlSlaError err);

/* Sort events by (at, clock rank): the order the clock applies them in. */
extern void bl_sla_sort(BlSlaEvent *events, size_t n);

/*
 * Run the clock over events sorted by bl_sla_sort, up to as_of (events after as_of are
 * ignored), against target (microseconds, >= 0). Fills *out on BL_SLA_OK.
 */
extern BlSlaError bl_sla_compute(const BlSlaEvent *events, size_t n, int64_t target,
								 int64_t as_of, const BlSlaCalendar *cal, BlSlaResult *out);

/* Accumulator: allocated with bl_alloc in the caller's memory; free with bl_sla_acc_free. */
extern BlSlaAcc *bl_sla_acc_new(void);
extern void bl_sla_acc_free(BlSlaAcc *acc);

/*
 * Record the group's parameters on its first row, or check that a later row agrees
 * (BL_SLA_ERR_*_DIFFERS). cal is copied.
 */
extern BlSlaError bl_sla_acc_params(BlSlaAcc *acc, int64_t target, bool has_as_of, int64_t as_of,
									const void *cal, size_t cal_len);
extern BlSlaError bl_sla_acc_add(BlSlaAcc *acc, int64_t at, BlSlaClock clock);

/* Append src's events to dst, after checking their parameters agree; src is unchanged. */
extern BlSlaError bl_sla_acc_merge(BlSlaAcc *dst, const BlSlaAcc *src);

/* Sort the events if they are not already in order. */
extern void bl_sla_acc_sort(BlSlaAcc *acc);

/* Flat form: size first, then write into a buffer of that size. */
extern size_t bl_sla_acc_serial_size(const BlSlaAcc *acc);
extern void bl_sla_acc_serialize(const BlSlaAcc *acc, uint8_t *buf);

/* Parse a flat form; every length is checked. On error *out is NULL. */
extern BlSlaError bl_sla_acc_deserialize(const uint8_t *buf, size_t len, BlSlaAcc **out);

#endif

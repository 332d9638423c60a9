/*
 * calendar.h: business calendars, the pure C core (libc only; see README "Business calendars").
 *
 * A calendar is a time zone, for each weekday a sorted list of disjoint working intervals of the
 * local day, and a sorted list of holiday dates. Its working time is a set of UTC instants: for
 * every local date D that is not a holiday, each interval [s, e) of D's weekday contributes
 * [resolve(D + s), resolve(D + e)), where resolve(local) is what PostgreSQL's
 * "timestamp AT TIME ZONE zone" gives. Business time between two instants is the measure of
 * that set inside [t0, t1).
 *
 * The core never talks to the server. The time zone reaches it as a callback with the meaning
 * of PostgreSQL's pg_next_dst_boundary(); BlZone memoizes what the callback said, so that most
 * calls need no zone lookup at all. Instants are int64 microseconds since 2000-01-01 00:00 UTC
 * (TimestampTz); local wall times are microseconds since 2000-01-01 00:00 local.
 */
#ifndef BACKLOG_CALENDAR_H
#define BACKLOG_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Limits (documented in README; exceeding one is an error, never a silent clamp) */
#define BL_CAL_ZONE_MAX			255		/* bytes in a zone name (PostgreSQL's TZ_STRLEN_MAX) */
#define BL_CAL_MAX_DAY_INTERVALS 32		/* separate working intervals per weekday, after merging */
#define BL_CAL_MAX_RANGES		1024	/* hour ranges in the text, counted once per day listed */
#define BL_CAL_MAX_HOLIDAYS		10000	/* holiday dates in the text */
#define BL_CAL_MAX_TEXT			(1024 * 1024)	/* bytes of calendar text */

#define BL_CAL_FORMAT_VERSION	1		/* first byte of the stored binary form */

#define BL_USECS_PER_SEC		INT64_C(1000000)
#define BL_SECS_PER_DAY			INT64_C(86400)
#define BL_USECS_PER_DAY		INT64_C(86400000000)

/*
 * Instants the calendar functions accept: PostgreSQL's timestamptz range (MIN_TIMESTAMP,
 * END_TIMESTAMP) less 30 days at each end, which leaves room for the few days of look-around
 * near a UTC-offset change without any risk of int64 overflow.
 */
#define BL_CAL_TS_MIN			(INT64_C(-211813488000000000) + 30 * BL_USECS_PER_DAY)
#define BL_CAL_TS_MAX			(INT64_C(9223371331200000000) - 30 * BL_USECS_PER_DAY)

/*
 * The longest span a calculation may cover: 100 years of 365.25 days. business_seconds over a
 * longer span, or a business_add that would have to search further (a sparse calendar whose
 * holidays close every working day for a century, say), is an error rather than a long walk.
 */
#define BL_CAL_MAX_SPAN_DAYS	INT64_C(36525)
#define BL_CAL_MAX_SPAN			(BL_CAL_MAX_SPAN_DAYS * BL_USECS_PER_DAY)

/* Holiday dates: years 0001 to 9999, as days since 2000-01-01 (like PostgreSQL's date). */
#define BL_CAL_MIN_DATE			(-730119)	/* 0001-01-01 */
#define BL_CAL_MAX_DATE			2921939		/* 9999-12-31 */

typedef enum BlCalStatus
{
	BL_CAL_OK = 0,
	BL_CAL_ESYNTAX,				/* malformed calendar text */
	BL_CAL_ELIMIT,				/* a documented size limit exceeded */
	BL_CAL_ECORRUPT,			/* malformed binary form */
	BL_CAL_ERANGE,				/* an instant or a result outside BL_CAL_TS_MIN..MAX */
	BL_CAL_ESPAN,				/* a span longer than BL_CAL_MAX_SPAN */
	BL_CAL_ENOWORK,				/* business_add on a calendar without working time */
	BL_CAL_EZONE				/* zone data the core cannot use (see BlZone) */
} BlCalStatus;

/* What went wrong, for the glue to turn into ereport(). */
typedef struct BlCalError
{
	BlCalStatus status;
	char		message[192];	/* primary message: lower case, no final period */
	char		detail[256];	/* a full sentence, or empty */
} BlCalError;

typedef struct BlCalendar
{
	char		zone[BL_CAL_ZONE_MAX + 1];	/* NUL-terminated zone name */
	int			nint[7];		/* intervals per weekday, Monday = 0 */
	int32_t		start[7][BL_CAL_MAX_DAY_INTERVALS];	/* seconds after local midnight */
	int32_t		end[7][BL_CAL_MAX_DAY_INTERVALS];	/* exclusive; at most 86400 */
	int			nholidays;
	int32_t    *holidays;		/* days since 2000-01-01, strictly ascending */

	/* Derived by the parser and the decoder, all in microseconds */
	int64_t		cum[7][BL_CAL_MAX_DAY_INTERVALS + 1];	/* worked before interval i of day */
	int64_t		prefix[8];		/* worked in the week (from Monday) before day w */
	int64_t		week_usecs;		/* worked in a whole week without holidays */
	int64_t    *hol_closed_before;	/* [i]: working time closed by holidays[0..i-1] */
	int64_t    *hol_level;		/* [i]: F() at the start of holidays[i] (see calendar.c) */
	int			hol_shift;		/* bucket j: days [holidays[0] + (j << shift), ...) */
	int			hol_nbuckets;
	uint16_t   *hol_bucket;		/* [j]: first holiday on or after the bucket's first day */
	uint64_t	serial;			/* distinct per calendar built; keys cached results */
} BlCalendar;

/*
 * The time zone as the core sees it: next(arg, t, ...) must behave like PostgreSQL's
 * pg_next_dst_boundary() with t in seconds since 2000-01-01 UTC: return 1 and set *boundary to
 * the first transition strictly after t, *before to the UTC offset (seconds east) in force at t
 * and *after to the one from *boundary on; or return 0 and set *before when no transition
 * follows t. Offsets must lie strictly within one day.
 *
 * BlZone memoizes the answers (over a window that grows from 800 days to 40 years as
 * lookups miss), so calls within the same stretch of the zone need no callback at all, and
 * keeps the exact working time around the last few offset changes. Errors stick in status.
 */
typedef int (*BlZoneNextFn) (void *arg, int64_t t, int64_t *boundary,
							 int32_t *before, int32_t *after);

#define BL_ZONE_MEMO	256
#define BL_ZONE_BUCKETS 512		/* index over the memo: lookups in O(1) */
#define BL_ZONE_WINDOWS 16		/* exact stretches around offset changes kept per zone */
#define BL_ZONE_WINDOW_SPANS 64

/*
 * The working time of one calendar around one offset change, computed exactly once and kept:
 * sorted disjoint spans [slo, shi) of UTC microseconds covering [lo, hi), with running sums.
 */
typedef struct BlZoneWindow
{
	uint64_t	serial;			/* BlCalendar.serial it was computed for; 0 = unused */
	int64_t		boundary;		/* the change, seconds since 2000-01-01 UTC */
	int64_t		lo;
	int64_t		hi;
	int			n;
	int64_t		slo[BL_ZONE_WINDOW_SPANS];
	int64_t		shi[BL_ZONE_WINDOW_SPANS];
	int64_t		cum[BL_ZONE_WINDOW_SPANS + 1];	/* cum[i]: working time before span i */
} BlZoneWindow;

typedef struct BlZone
{
	BlZoneNextFn next;
	void	   *arg;
	BlCalStatus status;			/* BL_CAL_OK, or BL_CAL_EZONE once the callback misbehaved */
	long		callbacks;		/* calls of next(), for tests and benchmarks */

	/* memo: offset off[0] at lo; every transition in (lo, at[n - 1]] (or (lo, inf) if open) */
	bool		valid;
	bool		open_end;		/* no transition after at[n - 1] (or after lo when n = 0) */
	int			n;
	int64_t		lo;
	int64_t		span;			/* seconds learnt each side of a miss; doubles per miss */
	int64_t		at[BL_ZONE_MEMO];
	int32_t		off[BL_ZONE_MEMO + 1];	/* off[i] is in force before at[i] */
	int			shift;			/* bucket b covers [lo + (b << shift), lo + (b + 1 << shift)) */
	int			nbuckets;
	uint16_t	bucket[BL_ZONE_BUCKETS];	/* first i with at[i] > the bucket's start */

	int			next_window;	/* round-robin victim */
	BlZoneWindow windows[BL_ZONE_WINDOWS];
} BlZone;

/* Parsing, printing and the binary form */
extern BlCalendar *bl_cal_parse(const char *text, size_t len, BlCalError *err);
extern bool bl_cal_set_zone(BlCalendar *cal, const char *zone, BlCalError *err);
extern char *bl_cal_format(const BlCalendar *cal);
extern size_t bl_cal_encoded_size(const BlCalendar *cal);
extern void bl_cal_encode(const BlCalendar *cal, uint8_t *out);
extern BlCalendar *bl_cal_decode(const uint8_t *data, size_t len, BlCalError *err);
extern void bl_cal_free(BlCalendar *cal);
extern bool bl_cal_has_work(const BlCalendar *cal);

/* The time zone */
extern void bl_zone_init(BlZone *zone, BlZoneNextFn next, void *arg);
extern int64_t bl_zone_resolve(BlZone *zone, int64_t local);
extern int32_t bl_zone_offset_at(BlZone *zone, int64_t t);

/* Business-time arithmetic; results through the last argument */
extern BlCalStatus bl_cal_business_usecs(const BlCalendar *cal, BlZone *zone,
										 int64_t t0, int64_t t1, int64_t *result);
extern BlCalStatus bl_cal_business_add(const BlCalendar *cal, BlZone *zone,
									   int64_t t, int64_t usecs, int64_t *result);
extern BlCalStatus bl_cal_is_working(const BlCalendar *cal, BlZone *zone,
									 int64_t t, bool *result);
extern BlCalStatus bl_cal_next_working(const BlCalendar *cal, BlZone *zone,
									   int64_t t, int64_t *result);

/* Helpers shared with the tests */
extern int64_t bl_cal_days_from_civil(int year, int month, int day);
extern void bl_cal_civil_from_days(int64_t days, int *year, int *month, int *day);

#endif

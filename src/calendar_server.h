/*
 * calendar_server.h: what other features' server glue (SLA clocks, business-hour ages, views)
 * uses of business calendars. Implemented in src/calendar_fmgr.c.
 *
 * Durations are int64 microseconds, the resolution of timestamptz, so sums are exact.
 */
#ifndef BACKLOG_CALENDAR_SERVER_H
#define BACKLOG_CALENDAR_SERVER_H

#include "postgres.h"
#include "fmgr.h"
#include "utils/timestamp.h"

/* A parsed calendar with its time zone resolved; opaque to callers. */
typedef struct CalendarRef CalendarRef;

/*
 * Parse (or reuse) the calendar passed as a backlog.calendar Datum. The result is allocated in
 * mcxt. Pass the previous result as "cached": when the calendar is the same, it is returned
 * as is, so an aggregate or a function can cache it in fn_extra across rows at the cost of one
 * comparison.
 */
extern CalendarRef *calendar_ref_get(Datum calendar, MemoryContext mcxt, CalendarRef *cached);

/* Working microseconds in [t0, t1); negative when t1 < t0. Raises ERROR on infinite input. */
extern int64 calendar_business_usecs(CalendarRef *cal, TimestampTz t0, TimestampTz t1);

/*
 * The earliest T >= t with calendar_business_usecs(cal, t, T) >= usecs (usecs >= 0), or for
 * usecs < 0 the latest T <= t with calendar_business_usecs(cal, T, t) >= -usecs. Raises ERROR
 * on a calendar without working time or a result beyond the timestamp range.
 */
extern TimestampTz calendar_business_add(CalendarRef *cal, TimestampTz t, int64 usecs);

#endif

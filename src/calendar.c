/*
 * calendar.c: business calendars, the pure C core: the text parser and printer, the versioned
 * binary form, and business-time arithmetic. No server calls: the glue (calendar_fmgr.c)
 * supplies the time zone as a callback and turns BlCalError into ereport().
 *
 * How the arithmetic stays fast. Where the zone keeps one UTC offset o for a while, working
 * time is the local weekly pattern shifted by o, and
 *
 *		F(x) = working microseconds from a fixed local epoch to local wall time x
 *
 * is O(1) for the weekly part (whole weeks times the weekly total, plus a prefix within the
 * week) and O(log H) for the holidays (each closes its weekday's working time; prefix sums
 * over the sorted dates). Business time in [t0, t1) is then F(t1 + o) - F(t0 + o), and its
 * inverse (business_add) is an O(log H) search on the same sums. Only the few days around a
 * change of UTC offset are computed exactly: there the local dates' intervals are enumerated,
 * their ends resolved the way PostgreSQL resolves "timestamp AT TIME ZONE", and the resulting
 * set of instants measured. Nothing walks day by day over long spans.
 *
 * The "calm" rule: if no offset change lies within ZONE_MARGIN (3 days) of [a, b), every
 * working interval that meets [a, b) belongs to a local date whose ends resolve as local - o.
 * Why 3 days: an interval is at most a day long and offsets are under a day, so the local
 * ends of any interval meeting [a, b) lie within 2 days of it; PostgreSQL resolves a local
 * time L by the first transition after L - 1 day, which is then at least 3 days past b, with
 * both readings of L before it.
 *
 * The exact working time around each offset change (ZONE_MARGIN either side) is computed once
 * per calendar and kept in the zone (BlZoneWindow), so that later calls near the same change
 * cost a binary search too.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bl_alloc.h"
#include "bl_buf.h"
#include "calendar.h"

#define ZONE_MARGIN		(3 * BL_USECS_PER_DAY)	/* see the calm rule above */
#define EXACT_MAX_DAYS	12		/* local dates that can meet one window of changes */
#define HOLIDAY_BUCKETS 1024	/* index over the holiday dates (see prepare) */
#define EXACT_MAX_IVS	(EXACT_MAX_DAYS * BL_CAL_MAX_DAY_INTERVALS)

#define MEMO_SPAN_MIN	(400 * BL_SECS_PER_DAY)	/* the zone memo's reach each side of a miss */
#define MEMO_SPAN_MAX	(7305 * BL_SECS_PER_DAY)	/* ... doubling per miss up to 20 years */
#define MEMO_PREV_ROOM	(20 * BL_SECS_PER_DAY)

static const char *const day_names[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

/* ---------------------------------------------------------------------------------------
 * Small helpers
 * --------------------------------------------------------------------------------------- */

static inline int64_t
floordiv(int64_t a, int64_t b)
{
	int64_t		q = a / b;

	if ((a % b != 0) && ((a < 0) != (b < 0)))
		q--;
	return q;
}

static inline int
lower_ascii(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

static inline bool
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static inline bool
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/*
 * Binary search over a sorted array: the index of the first element >= x. Written without a
 * data-dependent branch, so random lookups do not pay for mispredictions.
 */
static inline int
lower_bound64(const int64_t *a, int n, int64_t x)
{
	const int64_t *base = a;

	if (n == 0)
		return 0;
	while (n > 1)
	{
		int			half = n / 2;

		base = (base[half - 1] < x) ? base + half : base;
		n -= half;
	}
	return (int) (base - a) + (*base < x);
}

/* The index of the first element > x: for integers, the first >= x + 1. */
static inline int
upper_bound64(const int64_t *a, int n, int64_t x)
{
	return x == INT64_MAX ? n : lower_bound64(a, n, x + 1);
}

/* Weekday of a day number (days since 2000-01-01, a Saturday); Monday = 0. */
static inline int
weekday_of(int64_t day)
{
	int64_t		e = day + 5;

	return (int) (e - floordiv(e, 7) * 7);
}

/*
 * Proleptic Gregorian calendar <-> day numbers (days since 2000-01-01), the same numbering as
 * PostgreSQL's date type. Standard era-based arithmetic, exact for every year we accept.
 */
int64_t
bl_cal_days_from_civil(int year, int month, int day)
{
	int64_t		y = (int64_t) year - (month <= 2 ? 1 : 0);
	int64_t		era = floordiv(y, 400);
	int64_t		yoe = y - era * 400;
	int64_t		mp = (month + 9) % 12;
	int64_t		doy = (153 * mp + 2) / 5 + day - 1;
	int64_t		doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	/* 719468 = days from 0000-03-01 to 1970-01-01; 10957 = 1970-01-01 to 2000-01-01 */
	return era * 146097 + doe - 719468 - 10957;
}

void
bl_cal_civil_from_days(int64_t days, int *year, int *month, int *day)
{
	int64_t		z = days + 10957 + 719468;
	int64_t		era = floordiv(z, 146097);
	int64_t		doe = z - era * 146097;
	int64_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t		mp = (5 * doy + 2) / 153;
	int64_t		d = doy - (153 * mp + 2) / 5 + 1;
	int64_t		m = mp < 10 ? mp + 3 : mp - 9;

	*year = (int) (yoe + era * 400 + (m <= 2 ? 1 : 0));
	*month = (int) m;
	*day = (int) d;
}

static bool
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* ---------------------------------------------------------------------------------------
 * Errors
 * --------------------------------------------------------------------------------------- */

static void
set_error(BlCalError *err, BlCalStatus status, const char *message, const char *detail)
{
	if (err == NULL)
		return;
	err->status = status;
	snprintf(err->message, sizeof(err->message), "%s", message);
	snprintf(err->detail, sizeof(err->detail), "%s", detail ? detail : "");
}

/*
 * Copy a clause for a message: at most 60 bytes, cut at a UTF-8 character boundary so the
 * message stays valid text, with "..." when cut.
 */
static void
quote_clause(char *buf, size_t size, const char *p, size_t len)
{
	size_t		n = len;

	if (n > 60)
	{
		n = 60;
		while (n > 0 && (((unsigned char) p[n]) & 0xC0) == 0x80)
			n--;
	}
	snprintf(buf, size, "%.*s%s", (int) n, p, n < len ? "..." : "");
}

static void
clause_error(BlCalError *err, BlCalStatus status, const char *clause, size_t clen,
			 const char *detail)
{
	char		q[80];
	char		msg[192];

	quote_clause(q, sizeof(q), clause, clen);
	snprintf(msg, sizeof(msg), "invalid calendar clause \"%s\"", q);
	set_error(err, status, msg, detail);
}

/* ---------------------------------------------------------------------------------------
 * Parsing
 * --------------------------------------------------------------------------------------- */

typedef struct RawInterval
{
	int8_t		day;
	int32_t		start;
	int32_t		end;
} RawInterval;

typedef struct ParseState
{
	BlCalError *err;
	const char *clause;			/* the clause being parsed, for messages */
	size_t		clen;
	RawInterval *raw;			/* hour ranges, one per day listed (split at midnight) */
	int			nraw;
	int			nranges;		/* ranges counted against BL_CAL_MAX_RANGES */
	int32_t    *hol;
	int			nhol;
	int			holcap;
	bool		have_zone;
	bool		have_hours;
	bool		have_24x7;
	char		zone[BL_CAL_ZONE_MAX + 1];
} ParseState;

static bool
fail(ParseState *ps, BlCalStatus status, const char *detail)
{
	clause_error(ps->err, status, ps->clause, ps->clen, detail);
	return false;
}

static const char *
skip_ws(const char *p, const char *end)
{
	while (p < end && is_space((unsigned char) *p))
		p++;
	return p;
}

/* A day name at p: three letters from day_names not followed by another letter. */
static int
match_day(const char *p, const char *end)
{
	int			d;

	if (end - p < 3)
		return -1;
	if (end - p > 3 && is_alpha((unsigned char) p[3]))
		return -1;
	for (d = 0; d < 7; d++)
	{
		if (lower_ascii((unsigned char) p[0]) == day_names[d][0] &&
			lower_ascii((unsigned char) p[1]) == day_names[d][1] &&
			lower_ascii((unsigned char) p[2]) == day_names[d][2])
			return d;
	}
	return -1;
}

/* Detail for an unexpected word where a day name belongs. */
static bool
fail_day(ParseState *ps, const char *p, const char *end)
{
	char		detail[256];
	const char *w = p;

	while (w < end && is_alpha((unsigned char) *w) && w - p < 40)
		w++;
	if (w == p)
		return fail(ps, BL_CAL_ESYNTAX,
					"Expected a day name (mon, tue, wed, thu, fri, sat or sun).");
	snprintf(detail, sizeof(detail),
			 "\"%.*s\" is not a day name; use mon, tue, wed, thu, fri, sat or sun.",
			 (int) (w - p), p);
	return fail(ps, BL_CAL_ESYNTAX, detail);
}

/* HH:MM or H:MM; sets *secs, *is24 (24:00). Returns the position after it, or NULL. */
static const char *
parse_time(ParseState *ps, const char *p, const char *end, int32_t *secs)
{
	int			h = 0;
	int			m;
	int			nd = 0;
	char		detail[256];
	const char *s = p;

	while (p < end && is_digit((unsigned char) *p) && nd < 3)
	{
		h = h * 10 + (*p - '0');
		p++;
		nd++;
	}
	if (nd == 0 || nd > 2 || p >= end || *p != ':' || end - p < 3 ||
		!is_digit((unsigned char) p[1]) || !is_digit((unsigned char) p[2]) ||
		(end - p > 3 && is_digit((unsigned char) p[3])))
	{
		const char *w = s;

		/* quote the bad time up to the dash that ends it, if any */
		while (w < end && !is_space((unsigned char) *w) && *w != ',' &&
			   (w == s || *w != '-') && w - s < 20)
			w++;
		snprintf(detail, sizeof(detail),
				 "Expected a time of day as HH:MM, found \"%.*s\".", (int) (w - s), s);
		fail(ps, BL_CAL_ESYNTAX, detail);
		return NULL;
	}
	m = (p[1] - '0') * 10 + (p[2] - '0');
	p += 3;
	if (h > 24 || m > 59 || (h == 24 && m != 0))
	{
		snprintf(detail, sizeof(detail),
				 "\"%.*s\" is not a time of day: hours run from 00:00 to 24:00.",
				 (int) (p - s), s);
		fail(ps, BL_CAL_ESYNTAX, detail);
		return NULL;
	}
	*secs = h * 3600 + m * 60;
	return p;
}

static bool
add_raw(ParseState *ps, int day, int32_t start, int32_t end)
{
	/* capacity is 2 * BL_CAL_MAX_RANGES: each range adds at most two day parts */
	ps->raw[ps->nraw].day = (int8_t) day;
	ps->raw[ps->nraw].start = start;
	ps->raw[ps->nraw].end = end;
	ps->nraw++;
	return true;
}

/* "mon-fri,sun 09:00-12:00,13:00-17:00" */
static bool
parse_hours(ParseState *ps, const char *p, const char *end)
{
	bool		days[7] = {false};
	int			d;
	int			ndays = 0;
	char		detail[256];

	/* the day list */
	for (;;)
	{
		int			d1,
					d2;

		p = skip_ws(p, end);
		d1 = match_day(p, end);
		if (d1 < 0)
		{
			if (p < end && is_digit((unsigned char) *p))
				return fail(ps, BL_CAL_ESYNTAX, ndays > 0 ?
							"The day list ends with a comma." :
							"The day list is empty: an hours clause starts with days, as in \"mon-fri 09:00-17:00\".");
			return fail_day(ps, p, end);
		}
		p = skip_ws(p + 3, end);
		d2 = d1;
		if (p < end && *p == '-')
		{
			p = skip_ws(p + 1, end);
			d2 = match_day(p, end);
			if (d2 < 0)
				return fail_day(ps, p, end);
			p = skip_ws(p + 3, end);
		}
		ndays++;
		/* a range runs forward and may wrap: fri-mon is fri, sat, sun, mon */
		for (d = d1;; d = (d + 1) % 7)
		{
			days[d] = true;
			if (d == d2)
				break;
		}
		if (p < end && *p == ',')
		{
			p++;
			continue;
		}
		break;
	}

	/* the hour ranges */
	p = skip_ws(p, end);
	if (p >= end)
		return fail(ps, BL_CAL_ESYNTAX,
					"The day list is not followed by hours such as \"09:00-17:00\".");
	for (;;)
	{
		int32_t		s,
					e;
		const char *r = p;

		p = parse_time(ps, p, end, &s);
		if (p == NULL)
			return false;
		p = skip_ws(p, end);
		if (p >= end || *p != '-')
		{
			snprintf(detail, sizeof(detail),
					 "Expected a range of hours such as \"09:00-17:00\" after \"%.*s\".",
					 (int) (p - r), r);
			return fail(ps, BL_CAL_ESYNTAX, detail);
		}
		p = skip_ws(p + 1, end);
		p = parse_time(ps, p, end, &e);
		if (p == NULL)
			return false;
		if (s == 24 * 3600)
			return fail(ps, BL_CAL_ESYNTAX, "A range cannot start at 24:00.");
		if (e == s)
		{
			snprintf(detail, sizeof(detail),
					 "The range \"%.*s\" is empty; write 00:00-24:00 for a whole day.",
					 (int) (p - r), r);
			return fail(ps, BL_CAL_ESYNTAX, detail);
		}
		for (d = 0; d < 7; d++)
		{
			if (!days[d])
				continue;
			if (++ps->nranges > BL_CAL_MAX_RANGES)
			{
				snprintf(detail, sizeof(detail),
						 "A calendar may list at most %d hour ranges, each counted once per day it applies to.",
						 BL_CAL_MAX_RANGES);
				return fail(ps, BL_CAL_ELIMIT, detail);
			}
			if (e > s)
				add_raw(ps, d, s, e);
			else
			{
				/* overnight: the part after midnight belongs to the next day */
				add_raw(ps, d, s, 24 * 3600);
				if (e > 0)
					add_raw(ps, (d + 1) % 7, 0, e);
			}
		}
		p = skip_ws(p, end);
		if (p < end && *p == ',')
		{
			p = skip_ws(p + 1, end);
			if (p >= end)
				return fail(ps, BL_CAL_ESYNTAX, "The list of hour ranges ends with a comma.");
			continue;
		}
		break;
	}
	if (p < end)
	{
		char		q[64];

		quote_clause(q, sizeof(q), p, end - p);
		snprintf(detail, sizeof(detail), "Unexpected \"%s\" after the hours.", q);
		return fail(ps, BL_CAL_ESYNTAX, detail);
	}
	ps->have_hours = true;
	return true;
}

static bool
add_holiday(ParseState *ps, int32_t day)
{
	if (ps->nhol == ps->holcap)
	{
		int			ncap = ps->holcap ? ps->holcap * 2 : 64;
		int32_t    *n;

		if (ncap > BL_CAL_MAX_HOLIDAYS)
			ncap = BL_CAL_MAX_HOLIDAYS;
		n = bl_alloc(sizeof(int32_t) * ncap);
		if (ps->nhol > 0)
			memcpy(n, ps->hol, sizeof(int32_t) * ps->nhol);
		bl_free(ps->hol);
		ps->hol = n;
		ps->holcap = ncap;
	}
	ps->hol[ps->nhol++] = day;
	return true;
}

/* "holidays 2026-11-26, 2026-12-25"; p is just after the keyword */
static bool
parse_holidays(ParseState *ps, const char *p, const char *end)
{
	char		detail[256];

	p = skip_ws(p, end);
	if (p >= end)
		return fail(ps, BL_CAL_ESYNTAX,
					"The holidays clause lists no dates; write dates as YYYY-MM-DD.");
	for (;;)
	{
		const char *s = p;
		int			y,
					m,
					d;
		static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

		if (end - p < 10 ||
			!is_digit((unsigned char) p[0]) || !is_digit((unsigned char) p[1]) ||
			!is_digit((unsigned char) p[2]) || !is_digit((unsigned char) p[3]) || p[4] != '-' ||
			!is_digit((unsigned char) p[5]) || !is_digit((unsigned char) p[6]) || p[7] != '-' ||
			!is_digit((unsigned char) p[8]) || !is_digit((unsigned char) p[9]) ||
			(end - p > 10 && !is_space((unsigned char) p[10]) && p[10] != ','))
		{
			const char *w = s;

			while (w < end && !is_space((unsigned char) *w) && *w != ',' && w - s < 20)
				w++;
			snprintf(detail, sizeof(detail),
					 "Expected a date as YYYY-MM-DD, found \"%.*s\".", (int) (w - s), s);
			return fail(ps, BL_CAL_ESYNTAX, detail);
		}
		y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
		m = (p[5] - '0') * 10 + (p[6] - '0');
		d = (p[8] - '0') * 10 + (p[9] - '0');
		if (y < 1 || m < 1 || m > 12 || d < 1 ||
			d > mdays[m - 1] + ((m == 2 && is_leap(y)) ? 1 : 0))
		{
			snprintf(detail, sizeof(detail),
					 "\"%.10s\" is not a date (years 0001 to 9999).", s);
			return fail(ps, BL_CAL_ESYNTAX, detail);
		}
		if (ps->nhol >= BL_CAL_MAX_HOLIDAYS)
		{
			snprintf(detail, sizeof(detail), "A calendar may list at most %d holidays.",
					 BL_CAL_MAX_HOLIDAYS);
			return fail(ps, BL_CAL_ELIMIT, detail);
		}
		add_holiday(ps, (int32_t) bl_cal_days_from_civil(y, m, d));
		p = skip_ws(p + 10, end);
		if (p >= end)
			break;
		if (*p != ',')
		{
			char		q[64];

			quote_clause(q, sizeof(q), p, end - p);
			snprintf(detail, sizeof(detail), "Unexpected \"%s\" in the list of dates.", q);
			return fail(ps, BL_CAL_ESYNTAX, detail);
		}
		p = skip_ws(p + 1, end);
		if (p >= end)
			return fail(ps, BL_CAL_ESYNTAX, "The list of dates ends with a comma.");
	}
	return true;
}

/* Zone names: letters, digits and / _ + - . ; starting with a letter. */
static bool
valid_zone_name(const char *z, size_t len)
{
	size_t		i;

	if (len == 0 || len > BL_CAL_ZONE_MAX || !is_alpha((unsigned char) z[0]))
		return false;
	for (i = 0; i < len; i++)
	{
		int			c = (unsigned char) z[i];

		if (!(is_alpha(c) || is_digit(c) || c == '/' || c == '_' || c == '+' || c == '-' ||
			  c == '.'))
			return false;
	}
	return true;
}

static bool
parse_clause(ParseState *ps, const char *p, const char *end)
{
	const char *w;
	size_t		wlen;

	ps->clause = p;
	ps->clen = end - p;

	for (w = p; w < end && !is_space((unsigned char) *w); w++)
		;
	wlen = w - p;

	if (wlen == 4 && w == end && p[0] == '2' && p[1] == '4' && lower_ascii((unsigned char) p[2]) == 'x' &&
		p[3] == '7')
	{
		ps->have_24x7 = true;
		return true;
	}
	if (wlen == 8 && lower_ascii((unsigned char) p[0]) == 'h' &&
		lower_ascii((unsigned char) p[1]) == 'o' && lower_ascii((unsigned char) p[2]) == 'l' &&
		lower_ascii((unsigned char) p[3]) == 'i' && lower_ascii((unsigned char) p[4]) == 'd' &&
		lower_ascii((unsigned char) p[5]) == 'a' && lower_ascii((unsigned char) p[6]) == 'y' &&
		lower_ascii((unsigned char) p[7]) == 's')
		return parse_holidays(ps, w, end);
	if (is_digit((unsigned char) *p) || match_day(p, end) >= 0)
		return parse_hours(ps, p, end);
	if (w == end)
	{
		/* one word that is not a keyword: a time zone name */
		if (!valid_zone_name(p, wlen))
			return fail(ps, BL_CAL_ESYNTAX,
						"A time zone name such as \"America/New_York\" starts with a letter and has only letters, digits and / _ + - . characters.");
		if (ps->have_zone)
			return fail(ps, BL_CAL_ESYNTAX, "A calendar has at most one time zone clause.");
		memcpy(ps->zone, p, wlen);
		ps->zone[wlen] = '\0';
		ps->have_zone = true;
		return true;
	}
	if (is_alpha((unsigned char) *p))
	{
		char		detail[256];

		snprintf(detail, sizeof(detail),
				 "\"%.*s\" is not a day name, \"holidays\" or \"24x7\", and a time zone name has no spaces.",
				 (int) (wlen > 40 ? 40 : wlen), p);
		return fail(ps, BL_CAL_ESYNTAX, detail);
	}
	return fail(ps, BL_CAL_ESYNTAX,
				"A clause is a time zone name, hours such as \"mon-fri 09:00-17:00\", \"holidays\" with dates, or \"24x7\".");
}

static int
cmp_raw(const void *a, const void *b)
{
	const RawInterval *x = a;
	const RawInterval *y = b;

	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->end > y->end) - (x->end < y->end);
}

static int
cmp_int32(const void *a, const void *b)
{
	int32_t		x = *(const int32_t *) a;
	int32_t		y = *(const int32_t *) b;

	return (x > y) - (x < y);
}

/*
 * Fill in the derived sums. Also the check every producer of a BlCalendar relies on: the
 * intervals are sorted, disjoint, non-adjacent and inside the day; holidays strictly ascending.
 */
static bool
prepare(BlCalendar *cal)
{
	int			w,
				i;
	int64_t		total = 0;

	for (w = 0; w < 7; w++)
	{
		int64_t		sum = 0;

		if (cal->nint[w] < 0 || cal->nint[w] > BL_CAL_MAX_DAY_INTERVALS)
			return false;
		cal->prefix[w] = total;
		cal->cum[w][0] = 0;
		for (i = 0; i < cal->nint[w]; i++)
		{
			int32_t		s = cal->start[w][i];
			int32_t		e = cal->end[w][i];

			if (s < 0 || e > 24 * 3600 || s >= e || (i > 0 && s <= cal->end[w][i - 1]))
				return false;
			sum += (int64_t) (e - s) * BL_USECS_PER_SEC;
			cal->cum[w][i + 1] = sum;
		}
		total += sum;
	}
	cal->prefix[7] = total;
	cal->week_usecs = total;

	bl_free(cal->hol_closed_before);
	bl_free(cal->hol_level);
	bl_free(cal->hol_bucket);
	cal->hol_bucket = NULL;
	cal->hol_nbuckets = 0;
	cal->hol_closed_before = bl_alloc(sizeof(int64_t) * (cal->nholidays + 1));
	cal->hol_level = bl_alloc(sizeof(int64_t) * (cal->nholidays + 1));
	cal->hol_closed_before[0] = 0;
	for (i = 0; i < cal->nholidays; i++)
	{
		int32_t		h = cal->holidays[i];
		int64_t		e = (int64_t) h + 5;
		int64_t		week = floordiv(e, 7);
		int			wd = (int) (e - week * 7);

		if (h < BL_CAL_MIN_DATE || h > BL_CAL_MAX_DATE || (i > 0 && h <= cal->holidays[i - 1]))
			return false;
		cal->hol_level[i] = week * total + cal->prefix[wd] - cal->hol_closed_before[i];
		cal->hol_closed_before[i + 1] = cal->hol_closed_before[i] +
			(cal->prefix[wd + 1] - cal->prefix[wd]);
	}

	/*
	 * An index over the dates in at most HOLIDAY_BUCKETS buckets of 2^shift days, so that
	 * finding a day's place among the holidays is a short scan (a bucket holds at most
	 * 2^shift dates, 16 for 10,000 consecutive days) rather than a search.
	 */
	if (cal->nholidays > 0)
	{
		int64_t		first = cal->holidays[0];
		int64_t		span = cal->holidays[cal->nholidays - 1] - first;
		int			shift = 0;
		int			j;

		while ((span >> shift) >= HOLIDAY_BUCKETS)
			shift++;
		cal->hol_shift = shift;
		cal->hol_nbuckets = (int) (span >> shift) + 1;
		cal->hol_bucket = bl_alloc(sizeof(uint16_t) * cal->hol_nbuckets);
		for (i = 0, j = 0; j < cal->hol_nbuckets; j++)
		{
			while (cal->holidays[i] < first + ((int64_t) j << shift))
				i++;
			cal->hol_bucket[j] = (uint16_t) i;
		}
	}
	return true;
}

static BlCalendar *
new_calendar(void)
{
	/* backends are single-threaded; the serial only tells calendars apart in caches */
	static uint64_t last_serial = 0;
	BlCalendar *cal = bl_alloc(sizeof(BlCalendar));

	cal->serial = ++last_serial;
	return cal;
}

void
bl_cal_free(BlCalendar *cal)
{
	if (cal == NULL)
		return;
	bl_free(cal->holidays);
	bl_free(cal->hol_closed_before);
	bl_free(cal->hol_level);
	bl_free(cal->hol_bucket);
	bl_free(cal);
}

BlCalendar *
bl_cal_parse(const char *text, size_t len, BlCalError *err)
{
	ParseState	ps;
	BlCalendar *cal = NULL;
	const char *p = text;
	const char *end = text + len;
	int			i,
				w;
	bool		ok = true;

	memset(&ps, 0, sizeof(ps));
	ps.err = err;
	if (err)
	{
		err->status = BL_CAL_OK;
		err->message[0] = err->detail[0] = '\0';
	}
	if (len > BL_CAL_MAX_TEXT)
	{
		char		detail[256];

		snprintf(detail, sizeof(detail), "Calendar text is limited to %d bytes.", BL_CAL_MAX_TEXT);
		set_error(err, BL_CAL_ELIMIT, "calendar text is too long", detail);
		return NULL;
	}
	if (memchr(text, '\0', len) != NULL)
	{
		set_error(err, BL_CAL_ESYNTAX, "invalid calendar text",
				  "The text contains a zero byte.");
		return NULL;
	}
	ps.raw = bl_alloc(sizeof(RawInterval) * 2 * BL_CAL_MAX_RANGES);

	/* clauses separated by ';'; blank clauses are allowed (a trailing ';', say) */
	while (ok && p < end)
	{
		const char *c = p;
		const char *ce;

		while (p < end && *p != ';')
			p++;
		ce = p;
		if (p < end)
			p++;
		c = skip_ws(c, ce);
		while (ce > c && is_space((unsigned char) ce[-1]))
			ce--;
		if (c < ce)
			ok = parse_clause(&ps, c, ce);
	}
	if (ok && ps.have_24x7 && ps.have_hours)
	{
		set_error(err, BL_CAL_ESYNTAX, "invalid calendar: \"24x7\" combined with hours",
				  "\"24x7\" already means every hour of every day; drop the hours clauses or the \"24x7\".");
		ok = false;
	}
	if (!ok)
		goto done;

	cal = new_calendar();
	strcpy(cal->zone, ps.have_zone ? ps.zone : "UTC");
	if (ps.have_24x7)
	{
		for (w = 0; w < 7; w++)
		{
			cal->nint[w] = 1;
			cal->start[w][0] = 0;
			cal->end[w][0] = 24 * 3600;
		}
	}
	else
	{
		/* union per weekday: sort, then merge overlapping or touching ranges */
		qsort(ps.raw, ps.nraw, sizeof(RawInterval), cmp_raw);
		for (i = 0; i < ps.nraw; i++)
		{
			RawInterval *r = &ps.raw[i];
			int			n = cal->nint[r->day];

			if (n > 0 && r->start <= cal->end[r->day][n - 1])
			{
				if (r->end > cal->end[r->day][n - 1])
					cal->end[r->day][n - 1] = r->end;
				continue;
			}
			if (n == BL_CAL_MAX_DAY_INTERVALS)
			{
				char		detail[256];
				char		msg[192];

				snprintf(msg, sizeof(msg), "calendar has too many working intervals on %s",
						 day_names[(int) r->day]);
				snprintf(detail, sizeof(detail),
						 "A day may have at most %d separate working intervals.",
						 BL_CAL_MAX_DAY_INTERVALS);
				set_error(err, BL_CAL_ELIMIT, msg, detail);
				ok = false;
				goto done;
			}
			cal->start[r->day][n] = r->start;
			cal->end[r->day][n] = r->end;
			cal->nint[r->day] = n + 1;
		}
	}

	/* holidays: sorted, duplicates dropped */
	if (ps.nhol > 0)
	{
		int			n = 0;

		qsort(ps.hol, ps.nhol, sizeof(int32_t), cmp_int32);
		cal->holidays = bl_alloc(sizeof(int32_t) * ps.nhol);
		for (i = 0; i < ps.nhol; i++)
			if (n == 0 || ps.hol[i] != cal->holidays[n - 1])
				cal->holidays[n++] = ps.hol[i];
		cal->nholidays = n;
	}
	if (!prepare(cal))
	{
		set_error(err, BL_CAL_ESYNTAX, "invalid calendar", "The parsed calendar is inconsistent.");
		ok = false;
	}

done:
	bl_free(ps.raw);
	bl_free(ps.hol);
	if (!ok)
	{
		bl_cal_free(cal);
		return NULL;
	}
	return cal;
}

bool
bl_cal_set_zone(BlCalendar *cal, const char *zone, BlCalError *err)
{
	size_t		len = strlen(zone);

	if (!valid_zone_name(zone, len))
	{
		char		detail[256];

		snprintf(detail, sizeof(detail),
				 "Zone names are 1 to %d characters: letters, digits and / _ + - . ; starting with a letter.",
				 BL_CAL_ZONE_MAX);
		set_error(err, BL_CAL_ESYNTAX, "invalid time zone name in calendar", detail);
		return false;
	}
	memcpy(cal->zone, zone, len + 1);
	return true;
}

bool
bl_cal_has_work(const BlCalendar *cal)
{
	return cal->week_usecs > 0;
}

/* ---------------------------------------------------------------------------------------
 * Printing: zone; hours grouped by identical days; holidays. Re-parses to an equal value.
 * --------------------------------------------------------------------------------------- */

static void
buf_hhmm(BlBuf *b, int32_t secs)
{
	char		t[5];
	int			h = (int) (secs / 3600);
	int			m = (int) (secs % 3600 / 60);

	/* secs is within 0..86400 (checked by prepare) */
	t[0] = (char) ('0' + h / 10);
	t[1] = (char) ('0' + h % 10);
	t[2] = ':';
	t[3] = (char) ('0' + m / 10);
	t[4] = (char) ('0' + m % 10);
	bl_buf_put(b, t, 5);
}

/* A day's ranges as printed: (start, end) pairs where end < start marks an overnight shift. */
typedef struct DayText
{
	int			n;
	int32_t		s[BL_CAL_MAX_DAY_INTERVALS];
	int32_t		e[BL_CAL_MAX_DAY_INTERVALS];
} DayText;

char *
bl_cal_format(const BlCalendar *cal)
{
	DayText		dt[7];
	bool		joined_in[7] = {false};	/* day's first interval printed by the day before */
	bool		done[7] = {false};
	bool		full = true;
	BlBuf		b;
	int			w,
				i;

	/* an estimate of the printed size; the buffer grows if it is ever short */
	bl_buf_init(&b, strlen(cal->zone) + 7 * (48 + BL_CAL_MAX_DAY_INTERVALS * 12) +
				(size_t) cal->nholidays * 11 + 64);

	bl_buf_str(&b, cal->zone);

	for (w = 0; w < 7; w++)
		if (cal->nint[w] != 1 || cal->start[w][0] != 0 || cal->end[w][0] != 24 * 3600)
			full = false;
	if (full)
		bl_buf_str(&b, "; 24x7");
	else
	{
		/*
		 * An interval ending at 24:00 followed by one starting at 00:00 the next day and
		 * ending before the first one starts prints as one overnight range, as it was most
		 * likely written. Both forms parse to the same calendar.
		 */
		for (w = 0; w < 7; w++)
		{
			int			nx = (w + 1) % 7;
			int			n = cal->nint[w];

			if (n > 0 && cal->end[w][n - 1] == 24 * 3600 && cal->nint[nx] > 0 &&
				cal->start[nx][0] == 0 && cal->end[nx][0] < cal->start[w][n - 1])
				joined_in[nx] = true;
		}
		for (w = 0; w < 7; w++)
		{
			int			nx = (w + 1) % 7;

			dt[w].n = 0;
			for (i = joined_in[w] ? 1 : 0; i < cal->nint[w]; i++)
			{
				dt[w].s[dt[w].n] = cal->start[w][i];
				dt[w].e[dt[w].n] = cal->end[w][i];
				if (i == cal->nint[w] - 1 && joined_in[nx])
					dt[w].e[dt[w].n] = cal->end[nx][0];
				dt[w].n++;
			}
		}
		for (w = 0; w < 7; w++)
		{
			bool		same[7] = {false};
			int			v;

			if (done[w] || dt[w].n == 0)
				continue;
			for (v = w; v < 7; v++)
				if (!done[v] && dt[v].n == dt[w].n &&
					memcmp(dt[v].s, dt[w].s, sizeof(int32_t) * dt[w].n) == 0 &&
					memcmp(dt[v].e, dt[w].e, sizeof(int32_t) * dt[w].n) == 0)
					same[v] = done[v] = true;
			bl_buf_str(&b, "; ");
			/* days: runs of three or more as a range, others listed */
			{
				bool		first = true;

				for (v = 0; v < 7; v++)
				{
					int			r = v;

					if (!same[v])
						continue;
					while (r + 1 < 7 && same[r + 1])
						r++;
					if (!first)
						bl_buf_str(&b, ",");
					first = false;
					bl_buf_str(&b, day_names[v]);
					if (r - v >= 2)
					{
						bl_buf_str(&b, "-");
						bl_buf_str(&b, day_names[r]);
					}
					else if (r > v)
					{
						bl_buf_str(&b, ",");
						bl_buf_str(&b, day_names[r]);
					}
					v = r;
				}
			}
			bl_buf_str(&b, " ");
			for (i = 0; i < dt[w].n; i++)
			{
				if (i > 0)
					bl_buf_str(&b, ",");
				buf_hhmm(&b, dt[w].s[i]);
				bl_buf_str(&b, "-");
				buf_hhmm(&b, dt[w].e[i]);
			}
		}
	}
	if (cal->nholidays > 0)
	{
		bl_buf_str(&b, "; holidays ");
		for (i = 0; i < cal->nholidays; i++)
		{
			int			y,
						m,
						d;
			char		t[16];

			bl_cal_civil_from_days(cal->holidays[i], &y, &m, &d);
			snprintf(t, sizeof(t), "%s%04d-%02d-%02d", i > 0 ? "," : "", y, m, d);
			bl_buf_str(&b, t);
		}
	}
	return b.data;
}

/* ---------------------------------------------------------------------------------------
 * Binary form (also the send/recv format), big-endian:
 *
 *	 byte 0		  version (BL_CAL_FORMAT_VERSION)
 *	 byte 1		  flags, 0 (reserved)
 *	 byte 2		  zone name length Z, 1..255
 *	 bytes 3-9	  interval count of each weekday, Monday first, 0..32
 *	 bytes 10-13  holiday count H, 0..10000
 *	 Z bytes	  zone name (no terminator)
 *	 per weekday, per interval: uint32 start, uint32 end (seconds after local midnight)
 *	 H x int32	  holidays, days since 2000-01-01, strictly ascending
 *
 * Every producer writes the normalized calendar, so equal calendars have equal bytes.
 * --------------------------------------------------------------------------------------- */

#define HEADER_SIZE 14

size_t
bl_cal_encoded_size(const BlCalendar *cal)
{
	size_t		n = HEADER_SIZE + strlen(cal->zone);
	int			w;

	for (w = 0; w < 7; w++)
		n += (size_t) cal->nint[w] * 8;
	return n + (size_t) cal->nholidays * 4;
}

static void
put_u32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t) (v >> 24);
	p[1] = (uint8_t) (v >> 16);
	p[2] = (uint8_t) (v >> 8);
	p[3] = (uint8_t) v;
}

static uint32_t
get_u32(const uint8_t *p)
{
	return ((uint32_t) p[0] << 24) | ((uint32_t) p[1] << 16) | ((uint32_t) p[2] << 8) | p[3];
}

void
bl_cal_encode(const BlCalendar *cal, uint8_t *out)
{
	size_t		zl = strlen(cal->zone);
	uint8_t    *p = out;
	int			w,
				i;

	p[0] = BL_CAL_FORMAT_VERSION;
	p[1] = 0;
	p[2] = (uint8_t) zl;
	for (w = 0; w < 7; w++)
		p[3 + w] = (uint8_t) cal->nint[w];
	put_u32(p + 10, (uint32_t) cal->nholidays);
	p += HEADER_SIZE;
	memcpy(p, cal->zone, zl);
	p += zl;
	for (w = 0; w < 7; w++)
		for (i = 0; i < cal->nint[w]; i++)
		{
			put_u32(p, (uint32_t) cal->start[w][i]);
			put_u32(p + 4, (uint32_t) cal->end[w][i]);
			p += 8;
		}
	for (i = 0; i < cal->nholidays; i++)
	{
		put_u32(p, (uint32_t) cal->holidays[i]);
		p += 4;
	}
}

BlCalendar *
bl_cal_decode(const uint8_t *data, size_t len, BlCalError *err)
{
	BlCalendar *cal;
	size_t		need;
	size_t		zl;
	uint32_t	nh;
	int			w,
				i;
	const uint8_t *p;
	char		detail[256];

	if (len < HEADER_SIZE)
	{
		set_error(err, BL_CAL_ECORRUPT, "invalid binary calendar",
				  "The value is shorter than its header.");
		return NULL;
	}
	if (data[0] != BL_CAL_FORMAT_VERSION || data[1] != 0)
	{
		snprintf(detail, sizeof(detail),
				 "Format version %d (flags %d) is not supported; this version reads version %d.",
				 data[0], data[1], BL_CAL_FORMAT_VERSION);
		set_error(err, BL_CAL_ECORRUPT, "invalid binary calendar", detail);
		return NULL;
	}
	zl = data[2];
	nh = get_u32(data + 10);
	need = HEADER_SIZE + zl;
	for (w = 0; w < 7; w++)
	{
		if (data[3 + w] > BL_CAL_MAX_DAY_INTERVALS)
		{
			set_error(err, BL_CAL_ECORRUPT, "invalid binary calendar",
					  "A weekday has more intervals than allowed.");
			return NULL;
		}
		need += (size_t) data[3 + w] * 8;
	}
	if (nh > BL_CAL_MAX_HOLIDAYS)
	{
		set_error(err, BL_CAL_ECORRUPT, "invalid binary calendar",
				  "The holiday count is over the limit.");
		return NULL;
	}
	need += (size_t) nh * 4;
	if (len != need)
	{
		snprintf(detail, sizeof(detail), "The value has %zu bytes where its header implies %zu.",
				 len, need);
		set_error(err, BL_CAL_ECORRUPT, "invalid binary calendar", detail);
		return NULL;
	}
	if (!valid_zone_name((const char *) data + HEADER_SIZE, zl))
	{
		set_error(err, BL_CAL_ECORRUPT, "invalid binary calendar",
				  "The time zone name is empty or has characters a zone name cannot have.");
		return NULL;
	}

	cal = new_calendar();
	memcpy(cal->zone, data + HEADER_SIZE, zl);
	cal->zone[zl] = '\0';
	p = data + HEADER_SIZE + zl;
	for (w = 0; w < 7; w++)
	{
		cal->nint[w] = data[3 + w];
		for (i = 0; i < cal->nint[w]; i++)
		{
			uint32_t	s = get_u32(p);
			uint32_t	e = get_u32(p + 4);

			/* whole minutes only: the text form cannot show anything finer */
			if (s > 24 * 3600 || e > 24 * 3600 || s % 60 != 0 || e % 60 != 0)
			{
				bl_cal_free(cal);
				set_error(err, BL_CAL_ECORRUPT, "invalid binary calendar",
						  "A working interval lies outside the day or is not in whole minutes.");
				return NULL;
			}
			cal->start[w][i] = (int32_t) s;
			cal->end[w][i] = (int32_t) e;
			p += 8;
		}
	}
	cal->nholidays = (int) nh;
	if (nh > 0)
	{
		cal->holidays = bl_alloc(sizeof(int32_t) * nh);
		for (i = 0; i < (int) nh; i++)
		{
			cal->holidays[i] = (int32_t) get_u32(p);
			p += 4;
		}
	}
	if (!prepare(cal))
	{
		bl_cal_free(cal);
		set_error(err, BL_CAL_ECORRUPT, "invalid binary calendar",
				  "Working intervals must be sorted, disjoint and non-empty, and holidays sorted, distinct and between 0001-01-01 and 9999-12-31.");
		return NULL;
	}
	return cal;
}

/* ---------------------------------------------------------------------------------------
 * The time zone memo
 * --------------------------------------------------------------------------------------- */

void
bl_zone_init(BlZone *zone, BlZoneNextFn next, void *arg)
{
	int			i;

	/* not a memset of the whole struct: the glue may switch zones on every row */
	zone->next = next;
	zone->arg = arg;
	zone->status = BL_CAL_OK;
	zone->callbacks = 0;
	zone->valid = false;
	zone->open_end = false;
	zone->n = 0;
	zone->lo = 0;
	zone->span = MEMO_SPAN_MIN;
	zone->nbuckets = 0;
	zone->next_window = 0;
	for (i = 0; i < BL_ZONE_WINDOWS; i++)
		zone->windows[i].serial = 0;
}

/* Ask the callback once, checking what it says. */
static int
zone_call(BlZone *z, int64_t t, int64_t *b, int32_t *before, int32_t *after)
{
	int			r;

	z->callbacks++;
	*before = *after = 0;
	*b = t;
	r = z->next(z->arg, t, b, before, after);
	if (r < 0 || (r > 0 && *b <= t) ||
		*before <= -BL_SECS_PER_DAY || *before >= BL_SECS_PER_DAY ||
		(r > 0 && (*after <= -BL_SECS_PER_DAY || *after >= BL_SECS_PER_DAY)))
	{
		z->status = BL_CAL_EZONE;
		*before = *after = 0;
		return 0;
	}
	return r > 0 ? 1 : 0;
}

/*
 * Index the memo by buckets of 2^shift seconds from lo, at most BL_ZONE_BUCKETS of them, so a
 * lookup starts at its bucket's first transition and scans the few in that bucket, instead
 * of searching the whole memo.
 */
static void
memo_index(BlZone *z)
{
	int64_t		end = z->n > 0 ? z->at[z->n - 1] : z->lo;
	int			shift = 16;
	int			b,
				i = 0;

	while (((end - z->lo) >> shift) >= BL_ZONE_BUCKETS - 1)
		shift++;
	z->shift = shift;
	z->nbuckets = (int) ((end - z->lo) >> shift) + 1;
	for (b = 0; b < z->nbuckets; b++)
	{
		int64_t		start = z->lo + ((int64_t) b << shift);

		while (i < z->n && z->at[i] <= start)
			i++;
		z->bucket[b] = (uint16_t) i;
	}
}

/*
 * Learn every transition from p - back to the first one past p + fwd (or the memo is full).
 * A fill that replaces an earlier one widens the next: lookups that wander need few fills,
 * while a zone looked up once (a different calendar per row) costs a few callbacks only.
 */
static void
memo_fill(BlZone *z, int64_t p, int64_t back, int64_t fwd)
{
	int64_t		x = p - back;

	if (z->valid && z->span < MEMO_SPAN_MAX)
		z->span *= 2;

	z->valid = true;
	z->open_end = false;
	z->n = 0;
	z->lo = x;
	for (;;)
	{
		int64_t		b;
		int32_t		before,
					after;
		int			r = zone_call(z, x, &b, &before, &after);

		if (z->n == 0)
			z->off[0] = before;
		if (r == 0)
		{
			z->open_end = true;
			break;
		}
		if (z->n == BL_ZONE_MEMO)
			break;
		z->at[z->n] = b;
		z->off[z->n + 1] = after;
		z->n++;
		if (b > p + fwd)
			break;
		x = b;
	}
	if (z->status != BL_CAL_OK)
	{
		/* a misbehaving zone: remember nothing, answer "no transitions" from now on */
		z->n = 0;
		z->open_end = true;
		z->off[0] = 0;
	}
	memo_index(z);
}

/* Is the first transition after p known? */
static inline bool
memo_knows_next(const BlZone *z, int64_t p)
{
	return z->valid && p >= z->lo && (z->open_end || (z->n > 0 && p < z->at[z->n - 1]));
}

/* First transition strictly after p (seconds): 1 and its details, or 0 and the offset at p. */
static int
zone_next(BlZone *z, int64_t p, int64_t *b, int32_t *before, int32_t *after)
{
	int			lo;

	if (!memo_knows_next(z, p))
	{
		memo_fill(z, p, z->span, z->span);
		if (!memo_knows_next(z, p))
			memo_fill(z, p, 0, z->span);
		if (!memo_knows_next(z, p))
		{
			z->status = BL_CAL_EZONE;
			*before = 0;
			return 0;
		}
	}
	/* first i with at[i] > p: from p's bucket (or the last, past the end), a short scan */
	{
		int64_t		b = (p - z->lo) >> z->shift;

		lo = z->bucket[b < z->nbuckets ? b : z->nbuckets - 1];
		while (lo < z->n && z->at[lo] <= p)
			lo++;
	}
	if (lo == z->n)
	{
		*before = z->off[z->n];
		return 0;
	}
	*b = z->at[lo];
	*before = z->off[lo];
	*after = z->off[lo + 1];
	return 1;
}

static inline bool
memo_knows_prev(const BlZone *z, int64_t q)
{
	return z->valid && z->lo <= q - MEMO_PREV_ROOM &&
		(z->open_end || (z->n > 0 && z->at[z->n - 1] >= q));
}

/*
 * The last transition strictly before q (seconds) with the offset after it. When the memo
 * knows of none, *b is the memo's lower end (at least MEMO_PREV_ROOM before q), before which
 * nothing is claimed; callers treat it like a transition, which is always safe.
 */
static void
zone_prev(BlZone *z, int64_t q, int64_t *b, int32_t *after)
{
	int			lo;

	if (!memo_knows_prev(z, q))
	{
		memo_fill(z, q, z->span, z->span);
		if (!memo_knows_prev(z, q))
			memo_fill(z, q, MEMO_PREV_ROOM, z->span);
		if (!memo_knows_prev(z, q))
		{
			z->status = BL_CAL_EZONE;
			*b = q - MEMO_PREV_ROOM;
			*after = 0;
			return;
		}
	}
	/* first i with at[i] >= q; the one before it is the answer */
	lo = lower_bound64(z->at, z->n, q);
	if (lo == 0)
	{
		*b = z->lo;
		*after = z->off[0];
	}
	else
	{
		*b = z->at[lo - 1];
		*after = z->off[lo];
	}
}

/*
 * Local wall time -> UTC instant, as PostgreSQL's DetermineTimeZoneOffset() decides it: find
 * the first transition after (local - 1 day) read as UTC; if the local time reads the same
 * side of it under both offsets, that side wins; if not, the time is skipped or repeated by
 * the transition, and the larger UTC reading wins (the offset before a spring-forward gap,
 * the one after a fall-back overlap).
 */
int64_t
bl_zone_resolve(BlZone *z, int64_t local)
{
	int64_t		secs = floordiv(local, BL_USECS_PER_SEC);
	int64_t		frac = local - secs * BL_USECS_PER_SEC;
	int64_t		b;
	int32_t		before,
				after;
	int64_t		bt,
				at,
				utc;

	if (zone_next(z, secs - BL_SECS_PER_DAY, &b, &before, &after) == 0)
		utc = secs - before;
	else
	{
		bt = secs - before;
		at = secs - after;
		if (bt < b && at < b)
			utc = bt;
		else if (bt >= b && at >= b)
			utc = at;
		else
			utc = bt > at ? bt : at;
	}
	return utc * BL_USECS_PER_SEC + frac;
}

int32_t
bl_zone_offset_at(BlZone *z, int64_t t)
{
	int64_t		b;
	int32_t		before,
				after;

	zone_next(z, floordiv(t, BL_USECS_PER_SEC), &b, &before, &after);
	return before;
}

/* ---------------------------------------------------------------------------------------
 * Local working time: F and its inverses (see the top of the file)
 * --------------------------------------------------------------------------------------- */

/* Index of the first holiday on or after day (lower bound). */
static inline int
holiday_index(const BlCalendar *cal, int64_t day)
{
	int64_t		j;
	int			i;

	if (cal->nholidays == 0 || day <= cal->holidays[0])
		return 0;
	if (day > cal->holidays[cal->nholidays - 1])
		return cal->nholidays;
	j = (day - cal->holidays[0]) >> cal->hol_shift;
	/* from the bucket's first holiday; the scan stops at the last one at the latest */
	for (i = cal->hol_bucket[j]; cal->holidays[i] < day; i++)
		;
	return i;
}

static bool
is_holiday(const BlCalendar *cal, int64_t day)
{
	int			i = holiday_index(cal, day);

	return i < cal->nholidays && cal->holidays[i] == day;
}

/*
 * Where F found x: its week (counted from Monday 1999-12-27) and the number of holidays
 * before x's day. The inverses below start from there, since business_add's answer is
 * usually in the same or the next week, past few holidays.
 */
typedef struct LocalPos
{
	int64_t		week;
	int			k;
} LocalPos;

/* F(x): working microseconds from local Monday 1999-12-27 00:00 to local wall time x. */
static int64_t
local_work_before(const BlCalendar *cal, int64_t x, LocalPos *pos)
{
	int64_t		day = floordiv(x, BL_USECS_PER_DAY);
	int64_t		tod = x - day * BL_USECS_PER_DAY;
	int64_t		e = day + 5;
	int64_t		week = floordiv(e, 7);
	int			w = (int) (e - week * 7);
	int64_t		f = week * cal->week_usecs + cal->prefix[w];
	int			k = 0;
	int			i;

	if (pos != NULL)
		pos->week = week;
	if (cal->nholidays > 0)
	{
		k = holiday_index(cal, day);
		f -= cal->hol_closed_before[k];
		if (pos != NULL)
			pos->k = k;
		if (k < cal->nholidays && cal->holidays[k] == day)
			return f;
	}
	else if (pos != NULL)
		pos->k = 0;
	/* the part of each interval before tod (branch-free: days have few intervals) */
	for (i = 0; i < cal->nint[w]; i++)
	{
		int64_t		s = (int64_t) cal->start[w][i] * BL_USECS_PER_SEC;
		int64_t		en = (int64_t) cal->end[w][i] * BL_USECS_PER_SEC;
		int64_t		part = (tod < en ? tod : en) - s;

		f += part > 0 ? part : 0;
	}
	return f;
}

/*
 * Without holidays: the earliest x with Fw(x) >= v. Needs week_usecs > 0. The week is tried
 * from the guess before dividing.
 */
static int64_t
weekly_first_reaching(const BlCalendar *cal, int64_t v, int64_t n)
{
	int64_t		r = v - n * cal->week_usecs;
	int			w = 0,
				i = 0,
				k;
	int64_t		rr;

	if (r > cal->week_usecs && r <= 2 * cal->week_usecs)
	{
		n++;
		r -= cal->week_usecs;
	}
	else if (r <= 0 || r > cal->week_usecs)
	{
		n = floordiv(v - 1, cal->week_usecs);
		r = v - n * cal->week_usecs;	/* in (0, week_usecs] */
	}

	/*
	 * The first day w with r <= prefix[w + 1], and in it the first interval i with
	 * rr <= cum[i + 1]: both sums ascend, so each is a count, taken without branches.
	 */
	for (k = 1; k < 7; k++)
		w += cal->prefix[k] < r;
	rr = r - cal->prefix[w];	/* in (0, day total]: the day has work */
	for (k = 1; k < cal->nint[w]; k++)
		i += cal->cum[w][k] < rr;
	return (n * 7 + w - 5) * BL_USECS_PER_DAY +
		(int64_t) cal->start[w][i] * BL_USECS_PER_SEC + (rr - cal->cum[w][i]);
}

/* Without holidays: the latest x with Fw(x) <= v. Needs week_usecs > 0. */
static int64_t
weekly_last_within(const BlCalendar *cal, int64_t v, int64_t n)
{
	int64_t		r = v - n * cal->week_usecs;
	int			w = 0,
				i = 0,
				k;
	int64_t		rr;

	if (r < 0 && r >= -cal->week_usecs)
	{
		n--;
		r += cal->week_usecs;
	}
	else if (r < 0 || r >= cal->week_usecs)
	{
		n = floordiv(v, cal->week_usecs);
		r = v - n * cal->week_usecs;	/* in [0, week_usecs) */
	}

	/* the first day w with r < prefix[w + 1], the first interval with rr < cum[i + 1] */
	for (k = 1; k < 7; k++)
		w += cal->prefix[k] <= r;
	rr = r - cal->prefix[w];	/* in [0, day total) */
	for (k = 1; k < cal->nint[w]; k++)
		i += cal->cum[w][k] <= rr;
	return (n * 7 + w - 5) * BL_USECS_PER_DAY +
		(int64_t) cal->start[w][i] * BL_USECS_PER_SEC + (rr - cal->cum[w][i]);
}

/*
 * With holidays. F is flat across holiday i at level hol_level[i]. If v is above that level,
 * the answer lies after the holiday, else at or before its start; so the holidays passed are
 * those with a level below v (at most v, going back), and between two holidays
 * F = Fw - (closed so far). pos, where F was last evaluated, is where the search starts.
 */
static int64_t
local_first_reaching(const BlCalendar *cal, int64_t v, const LocalPos *pos)
{
	int			k = pos->k;
	int			steps = 0;

	if (cal->nholidays == 0)
		return weekly_first_reaching(cal, v, pos->week);
	/* levels ascend: walk forward a little from pos, else search */
	while (k < cal->nholidays && cal->hol_level[k] < v && steps++ < 4)
		k++;
	if (k > 0 && cal->hol_level[k - 1] >= v)
		k = lower_bound64(cal->hol_level, cal->nholidays, v);
	else if (k < cal->nholidays && cal->hol_level[k] < v)
		k = lower_bound64(cal->hol_level, cal->nholidays, v);
	return weekly_first_reaching(cal, v + cal->hol_closed_before[k], pos->week);
}

static int64_t
local_last_within(const BlCalendar *cal, int64_t v, const LocalPos *pos)
{
	int			k = pos->k;
	int			steps = 0;

	if (cal->nholidays == 0)
		return weekly_last_within(cal, v, pos->week);
	/* the first holiday with a level above v: walk back a little from pos, else search */
	while (k > 0 && cal->hol_level[k - 1] > v && steps++ < 4)
		k--;
	if (k > 0 && cal->hol_level[k - 1] > v)
		k = upper_bound64(cal->hol_level, cal->nholidays, v);
	else if (k < cal->nholidays && cal->hol_level[k] <= v)
		k = upper_bound64(cal->hol_level, cal->nholidays, v);
	return weekly_last_within(cal, v + cal->hol_closed_before[k], pos->week);
}

/* ---------------------------------------------------------------------------------------
 * Pieces: the time line cut into calm stretches (one offset: use F) and the windows of
 * ZONE_MARGIN either side of each offset change (computed exactly)
 * --------------------------------------------------------------------------------------- */

typedef struct Piece
{
	int64_t		lo;				/* [lo, hi), UTC microseconds */
	int64_t		hi;
	bool		calm;
	int64_t		off;			/* calm: the UTC offset in microseconds */
	int64_t		boundary;		/* exact: the offset change it is near, in seconds */
} Piece;

#define FAR_FUTURE	(BL_CAL_TS_MAX + 20 * BL_USECS_PER_DAY)

/* The piece that starts at c, going forward. */
static void
piece_after(BlZone *z, int64_t c, Piece *pc)
{
	int64_t		b;
	int32_t		before,
				after;
	int64_t		p = floordiv(c - ZONE_MARGIN, BL_USECS_PER_SEC);

	pc->lo = c;
	if (zone_next(z, p, &b, &before, &after) == 0)
	{
		pc->calm = true;
		pc->hi = FAR_FUTURE;
		pc->off = before * BL_USECS_PER_SEC;
		return;
	}
	if (b * BL_USECS_PER_SEC - ZONE_MARGIN > c)
	{
		pc->calm = true;
		pc->hi = b * BL_USECS_PER_SEC - ZONE_MARGIN;
		pc->off = before * BL_USECS_PER_SEC;
		return;
	}
	/* b is the first change after c - ZONE_MARGIN, so c lies inside its window */
	pc->calm = false;
	pc->boundary = b;
	pc->hi = b * BL_USECS_PER_SEC + ZONE_MARGIN;
}

/* The piece that ends at c, going backward. */
static void
piece_before(BlZone *z, int64_t c, Piece *pc)
{
	int64_t		b;
	int32_t		after;
	int64_t		q = -floordiv(-(c + ZONE_MARGIN), BL_USECS_PER_SEC);	/* ceiling */

	pc->hi = c;
	zone_prev(z, q, &b, &after);
	if (b * BL_USECS_PER_SEC + ZONE_MARGIN < c)
	{
		pc->calm = true;
		pc->lo = b * BL_USECS_PER_SEC + ZONE_MARGIN;
		pc->off = after * BL_USECS_PER_SEC;
		return;
	}
	/* a real change: the memo's lower end is never this close (see zone_prev) */
	pc->calm = false;
	pc->boundary = b;
	pc->lo = b * BL_USECS_PER_SEC - ZONE_MARGIN;
}

typedef struct Span
{
	int64_t		lo;
	int64_t		hi;
} Span;

static int
cmp_span(const void *a, const void *b)
{
	const Span *x = a;
	const Span *y = b;

	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	return (x->hi > y->hi) - (x->hi < y->hi);
}

/*
 * Working time inside [a, b) (at most 2 * ZONE_MARGIN long), exactly: every local date that
 * can reach it contributes its intervals with both ends resolved; the union, clipped to
 * [a, b), is returned sorted and disjoint in out (capacity EXACT_MAX_IVS).
 */
static int
exact_spans(const BlCalendar *cal, BlZone *z, int64_t a, int64_t b, Span *out)
{
	int64_t		d0 = floordiv(a, BL_USECS_PER_DAY) - 2;
	int64_t		d1 = floordiv(b - 1, BL_USECS_PER_DAY) + 2;
	int64_t		d;
	int			n = 0,
				m = 0,
				i;

	for (d = d0; d <= d1; d++)
	{
		int			w = weekday_of(d);

		if (cal->nint[w] == 0 || is_holiday(cal, d))
			continue;
		for (i = 0; i < cal->nint[w] && n < EXACT_MAX_IVS; i++)
		{
			int64_t		base = d * BL_USECS_PER_DAY;
			int64_t		s = bl_zone_resolve(z, base + (int64_t) cal->start[w][i] * BL_USECS_PER_SEC);
			int64_t		e = bl_zone_resolve(z, base + (int64_t) cal->end[w][i] * BL_USECS_PER_SEC);

			if (s < a)
				s = a;
			if (e > b)
				e = b;
			if (e > s)
			{
				out[n].lo = s;
				out[n].hi = e;
				n++;
			}
		}
	}
	if (n > 1)
		qsort(out, n, sizeof(Span), cmp_span);
	for (i = 0; i < n; i++)
	{
		if (m > 0 && out[i].lo <= out[m - 1].hi)
		{
			if (out[i].hi > out[m - 1].hi)
				out[m - 1].hi = out[i].hi;
		}
		else
			out[m++] = out[i];
	}
	return m;
}

/* The spans of a window, wherever they are kept. */
typedef struct SpanView
{
	int			n;
	const int64_t *slo;
	const int64_t *shi;
	const int64_t *cum;			/* cum[i]: working time before span i */
} SpanView;

/* Room for a window with too many spans to keep in the zone. */
typedef struct BigWindow
{
	int64_t		slo[EXACT_MAX_IVS];
	int64_t		shi[EXACT_MAX_IVS];
	int64_t		cum[EXACT_MAX_IVS + 1];
} BigWindow;

/*
 * The exact working time of cal within ZONE_MARGIN of the change at b (seconds): from the
 * zone's cache, or computed now and kept there, or (too many spans to keep) computed into big.
 */
static void
exact_window(const BlCalendar *cal, BlZone *z, int64_t b, BigWindow *big, SpanView *v)
{
	Span		sp[EXACT_MAX_IVS];
	int64_t    *slo,
			   *shi,
			   *cum;
	int			i,
				n;

	for (i = 0; i < BL_ZONE_WINDOWS; i++)
	{
		BlZoneWindow *w = &z->windows[i];

		if (w->serial == cal->serial && w->boundary == b)
		{
			v->n = w->n;
			v->slo = w->slo;
			v->shi = w->shi;
			v->cum = w->cum;
			return;
		}
	}
	n = exact_spans(cal, z, b * BL_USECS_PER_SEC - ZONE_MARGIN, b * BL_USECS_PER_SEC + ZONE_MARGIN, sp);
	if (n <= BL_ZONE_WINDOW_SPANS && z->status == BL_CAL_OK)
	{
		BlZoneWindow *w = &z->windows[z->next_window];

		z->next_window = (z->next_window + 1) % BL_ZONE_WINDOWS;
		w->serial = cal->serial;
		w->boundary = b;
		w->n = n;
		slo = w->slo;
		shi = w->shi;
		cum = w->cum;
	}
	else
	{
		slo = big->slo;
		shi = big->shi;
		cum = big->cum;
	}
	cum[0] = 0;
	for (i = 0; i < n; i++)
	{
		slo[i] = sp[i].lo;
		shi[i] = sp[i].hi;
		cum[i + 1] = cum[i] + (sp[i].hi - sp[i].lo);
	}
	v->n = n;
	v->slo = slo;
	v->shi = shi;
	v->cum = cum;
}

/* Working time from the window's start to x, for x inside the window. */
static int64_t
view_before(const SpanView *v, int64_t x)
{
	int			k = upper_bound64(v->shi, v->n, x);	/* the first span ending after x */

	if (k < v->n && v->slo[k] < x)
		return v->cum[k] + (x - v->slo[k]);
	return v->cum[k];
}

/* The earliest x with view_before(x) >= r, for 0 < r <= cum[n]. */
static int64_t
view_first_reaching(const SpanView *v, int64_t r)
{
	int			k = lower_bound64(v->cum + 1, v->n, r);	/* the first span reaching r */

	return v->slo[k] + (r - v->cum[k]);
}

/* The latest x with view_before(x) <= r, for 0 <= r < cum[n]. */
static int64_t
view_last_within(const SpanView *v, int64_t r)
{
	int			k = upper_bound64(v->cum + 1, v->n, r);	/* the first span passing r */

	return v->slo[k] + (r - v->cum[k]);
}

/* ---------------------------------------------------------------------------------------
 * The calendar functions
 * --------------------------------------------------------------------------------------- */

static inline bool
in_range(int64_t t)
{
	return t >= BL_CAL_TS_MIN && t <= BL_CAL_TS_MAX;
}

/* Working microseconds in [t0, t1), t0 <= t1, both in range, span checked. */
static int64_t
usecs_forward(const BlCalendar *cal, BlZone *z, int64_t t0, int64_t t1)
{
	int64_t		c = t0;
	int64_t		sum = 0;

	while (c < t1 && z->status == BL_CAL_OK)
	{
		Piece		pc;
		int64_t		e;

		piece_after(z, c, &pc);
		e = pc.hi < t1 ? pc.hi : t1;
		if (pc.calm)
			sum += local_work_before(cal, e + pc.off, NULL) - local_work_before(cal, c + pc.off, NULL);
		else
		{
			BigWindow	big;
			SpanView	v;

			exact_window(cal, z, pc.boundary, &big, &v);
			sum += view_before(&v, e) - view_before(&v, c);
		}
		c = e;
	}
	return sum;
}

BlCalStatus
bl_cal_business_usecs(const BlCalendar *cal, BlZone *z, int64_t t0, int64_t t1, int64_t *result)
{
	bool		neg = false;
	int64_t		r;

	*result = 0;
	if (!in_range(t0) || !in_range(t1))
		return BL_CAL_ERANGE;
	if (t1 < t0)
	{
		int64_t		t = t0;

		t0 = t1;
		t1 = t;
		neg = true;
	}
	/* not t1 - t0, which overflows across the whole range */
	if (t0 < t1 - BL_CAL_MAX_SPAN)
		return BL_CAL_ESPAN;
	if (cal->week_usecs == 0)
		return BL_CAL_OK;
	r = usecs_forward(cal, z, t0, t1);
	if (z->status != BL_CAL_OK)
		return z->status;
	*result = neg ? -r : r;
	return BL_CAL_OK;
}

/*
 * business_add: walk the pieces from t, forward (usecs > 0) or backward, taking their working
 * time until the rest fits into one; there the answer is the inverse of F (calm) or of the
 * window's running sums (exact). No more than BL_CAL_MAX_SPAN is searched.
 */
BlCalStatus
bl_cal_business_add(const BlCalendar *cal, BlZone *z, int64_t t, int64_t usecs, int64_t *result)
{
	bool		fwd = usecs > 0;
	int64_t		r = fwd ? usecs : -usecs;	/* usecs > INT64_MIN: the glue checks */
	int64_t		c = t;
	int64_t		limit;

	*result = t;
	if (!in_range(t))
		return BL_CAL_ERANGE;
	if (usecs == 0)
		return BL_CAL_OK;
	if (cal->week_usecs == 0)
		return BL_CAL_ENOWORK;
	if (fwd)
		limit = (t <= BL_CAL_TS_MAX - BL_CAL_MAX_SPAN) ? t + BL_CAL_MAX_SPAN : BL_CAL_TS_MAX;
	else
		limit = (t >= BL_CAL_TS_MIN + BL_CAL_MAX_SPAN) ? t - BL_CAL_MAX_SPAN : BL_CAL_TS_MIN;

	while ((fwd ? c < limit : c > limit) && z->status == BL_CAL_OK)
	{
		Piece		pc;
		int64_t		far;		/* the piece's other end, within the limit */
		int64_t		avail;

		if (fwd)
		{
			piece_after(z, c, &pc);
			far = pc.hi < limit ? pc.hi : limit;
		}
		else
		{
			piece_before(z, c, &pc);
			far = pc.lo > limit ? pc.lo : limit;
		}
		if (pc.calm)
		{
			LocalPos	pos;
			int64_t		fc = local_work_before(cal, c + pc.off, &pos);

			/*
			 * Invert F only when the answer lies in this piece. A target beyond it can be
			 * past the int64 range (fc + r near the end of time, or the instant a sparse
			 * calendar would reach it), which would wrap to a bogus answer.
			 */
			avail = local_work_before(cal, far + pc.off, NULL) - fc;
			if (fwd ? r <= avail : r <= -avail)
			{
				*result = fwd ? local_first_reaching(cal, fc + r, &pos) - pc.off :
					local_last_within(cal, fc - r, &pos) - pc.off;
				return z->status;
			}
		}
		else
		{
			BigWindow	big;
			SpanView	v;
			int64_t		vc;

			exact_window(cal, z, pc.boundary, &big, &v);
			vc = view_before(&v, c);
			avail = view_before(&v, far) - vc;
			if (fwd ? r <= avail : r <= -avail)
			{
				*result = fwd ? view_first_reaching(&v, vc + r) : view_last_within(&v, vc - r);
				return z->status;
			}
		}
		r -= fwd ? avail : -avail;
		c = far;
	}
	if (z->status != BL_CAL_OK)
		return z->status;
	return (limit == BL_CAL_TS_MAX || limit == BL_CAL_TS_MIN) ? BL_CAL_ERANGE : BL_CAL_ESPAN;
}

BlCalStatus
bl_cal_is_working(const BlCalendar *cal, BlZone *z, int64_t t, bool *result)
{
	int64_t		u = 0;
	BlCalStatus st;

	*result = false;
	if (!in_range(t) || !in_range(t + 1))
		return BL_CAL_ERANGE;
	/* working intervals are half-open, so t works exactly when [t, t + 1us) does */
	st = bl_cal_business_usecs(cal, z, t, t + 1, &u);
	*result = u > 0;
	return st;
}

BlCalStatus
bl_cal_next_working(const BlCalendar *cal, BlZone *z, int64_t t, int64_t *result)
{
	int64_t		r = t;
	BlCalStatus st;

	/*
	 * The earliest T with one working microsecond in [t, T) is one past the first working
	 * instant at or after t.
	 */
	st = bl_cal_business_add(cal, z, t, 1, &r);
	*result = r - 1;
	if (st != BL_CAL_OK)
		*result = t;
	return st;
}

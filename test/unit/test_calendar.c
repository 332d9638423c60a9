/*
 * test_calendar.c: unit tests of the pure calendar core (src/calendar.c).
 *
 * Covers the parser and canonical printer, parse errors of every clause type and every limit,
 * the binary form and its validation, the date helpers, the zone memo, and the arithmetic:
 * business_usecs, business_add (earliest / latest instant), is_working and next_working are
 * checked against a brute-force reference on random calendars, in fake zones with DST, a
 * 30-minute offset and a skipped day. The reference resolves local times with its own copy of
 * PostgreSQL's rule straight from the fake zone's transition list and enumerates every date.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bl_alloc.h"
#include "calendar.h"
#include "unit.h"

#define DAY		BL_USECS_PER_DAY
#define HOUR	INT64_C(3600000000)
#define MIN		INT64_C(60000000)

/* ---------------------------------------------------------------------------------------
 * Fake zones: a sorted list of transitions, like a tz file
 * --------------------------------------------------------------------------------------- */

typedef struct FakeZone
{
	int			n;
	int64_t		at[512];		/* seconds since 2000-01-01 UTC */
	int32_t		off[513];		/* off[i] before at[i]; off[n] after the last */
	int			bad;			/* misbehave: 1 = offset of a day, 2 = boundary not after t */
} FakeZone;

static int
fake_next(void *arg, int64_t t, int64_t *boundary, int32_t *before, int32_t *after)
{
	FakeZone   *z = arg;
	int			i = 0;

	if (z->bad == 1)
	{
		*before = 86400;
		return 0;
	}
	if (z->bad == 2)
	{
		*boundary = t;
		*before = *after = 0;
		return 1;
	}
	while (i < z->n && z->at[i] <= t)
		i++;
	*before = z->off[i];
	if (i == z->n)
		return 0;
	*boundary = z->at[i];
	*after = z->off[i + 1];
	return 1;
}

static void
fake_utc(FakeZone *z)
{
	memset(z, 0, sizeof(*z));
}

/* Offset std, daylight std + 1 h from 10 March to 20 October 01:00 UTC, 1990 to 2060. */
static void
fake_dst(FakeZone *z, int32_t std)
{
	int			y;

	memset(z, 0, sizeof(*z));
	z->off[0] = std;
	for (y = 1990; y <= 2060; y++)
	{
		z->at[z->n] = bl_cal_days_from_civil(y, 3, 10) * 86400 + 3600;
		z->off[z->n + 1] = std + 3600;
		z->n++;
		z->at[z->n] = bl_cal_days_from_civil(y, 10, 20) * 86400 + 3600;
		z->off[z->n + 1] = std;
		z->n++;
	}
}

/* Like Pacific/Apia in 2011: -10 h, then +14 h from 2011-12-30 10:00 UTC (a day skipped). */
static void
fake_dateline(FakeZone *z)
{
	memset(z, 0, sizeof(*z));
	z->off[0] = -10 * 3600;
	z->at[0] = bl_cal_days_from_civil(2011, 12, 30) * 86400 + 10 * 3600;
	z->off[1] = 14 * 3600;
	z->n = 1;
}

/* PostgreSQL's DetermineTimeZoneOffset rule, straight from the list (no memo). */
static int64_t
ref_resolve(const FakeZone *z, int64_t local)
{
	int64_t		secs = local / BL_USECS_PER_SEC;	/* the tests use whole seconds */
	int64_t		prev = secs - 86400;
	int			i = 0;
	int64_t		bt,
				at;

	while (i < z->n && z->at[i] <= prev)
		i++;
	if (i == z->n)
		return (secs - z->off[i]) * BL_USECS_PER_SEC;
	bt = secs - z->off[i];
	at = secs - z->off[i + 1];
	if (bt < z->at[i] && at < z->at[i])
		return bt * BL_USECS_PER_SEC;
	if (bt >= z->at[i] && at >= z->at[i])
		return at * BL_USECS_PER_SEC;
	return (bt > at ? bt : at) * BL_USECS_PER_SEC;
}

/* ---------------------------------------------------------------------------------------
 * The brute-force reference: every date, every interval, union, clip, measure
 * --------------------------------------------------------------------------------------- */

typedef struct Iv
{
	int64_t		lo,
				hi;
} Iv;

static int
cmp_iv(const void *a, const void *b)
{
	const Iv   *x = a,
			   *y = b;

	return (x->lo > y->lo) - (x->lo < y->lo);
}

static int64_t
floordiv64(int64_t a, int64_t b)
{
	int64_t		q = a / b;

	if ((a % b != 0) && ((a < 0) != (b < 0)))
		q--;
	return q;
}

static bool
ref_holiday(const BlCalendar *cal, int64_t d)
{
	int			i;

	for (i = 0; i < cal->nholidays; i++)
		if (cal->holidays[i] == d)
			return true;
	return false;
}

/* Working intervals meeting [a, b), merged; returns the count (caller frees *out). */
static int
ref_intervals(const BlCalendar *cal, const FakeZone *z, int64_t a, int64_t b, Iv **out)
{
	int64_t		d0 = floordiv64(a, DAY) - 2;
	int64_t		d1 = floordiv64(b, DAY) + 2;
	int			cap = (int) (d1 - d0 + 1) * BL_CAL_MAX_DAY_INTERVALS + 1;
	Iv		   *iv = malloc(sizeof(Iv) * cap);
	int			n = 0,
				m = 0,
				i;
	int64_t		d;

	for (d = d0; d <= d1; d++)
	{
		int			w = (int) (((d + 5) % 7 + 7) % 7);

		if (ref_holiday(cal, d))
			continue;
		for (i = 0; i < cal->nint[w]; i++)
		{
			int64_t		s = ref_resolve(z, d * DAY + cal->start[w][i] * BL_USECS_PER_SEC);
			int64_t		e = ref_resolve(z, d * DAY + cal->end[w][i] * BL_USECS_PER_SEC);

			if (s < a)
				s = a;
			if (e > b)
				e = b;
			if (e > s)
			{
				iv[n].lo = s;
				iv[n].hi = e;
				n++;
			}
		}
	}
	qsort(iv, n, sizeof(Iv), cmp_iv);
	for (i = 0; i < n; i++)
	{
		if (m > 0 && iv[i].lo <= iv[m - 1].hi)
		{
			if (iv[i].hi > iv[m - 1].hi)
				iv[m - 1].hi = iv[i].hi;
		}
		else
			iv[m++] = iv[i];
	}
	*out = iv;
	return m;
}

static int64_t
ref_usecs(const BlCalendar *cal, const FakeZone *z, int64_t t0, int64_t t1)
{
	Iv		   *iv;
	int64_t		sum = 0;
	int			n,
				i;

	if (t1 < t0)
		return -ref_usecs(cal, z, t1, t0);
	if (t1 == t0)
		return 0;
	n = ref_intervals(cal, z, t0, t1, &iv);
	for (i = 0; i < n; i++)
		sum += iv[i].hi - iv[i].lo;
	free(iv);
	return sum;
}

/* ---------------------------------------------------------------------------------------
 * Helpers
 * --------------------------------------------------------------------------------------- */

static uint64_t rng_state = 88172645463325252ULL;

static uint64_t
rnd(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

static int64_t
rnd_range(int64_t n)
{
	return (int64_t) (rnd() % (uint64_t) n);
}

static BlCalendar *
parse(const char *text)
{
	BlCalError	err;
	BlCalendar *cal = bl_cal_parse(text, strlen(text), &err);

	if (cal == NULL)
		fprintf(stderr, "parse failed: %s: %s (%s)\n", text, err.message, err.detail);
	return cal;
}

/* The canonical text of text, or the error status as "!<status>". */
static char *
canon(const char *text)
{
	static char out[4096];
	BlCalError	err;
	BlCalendar *cal = bl_cal_parse(text, strlen(text), &err);
	char	   *s;

	if (cal == NULL)
	{
		snprintf(out, sizeof(out), "!%d", (int) err.status);
		return out;
	}
	s = bl_cal_format(cal);
	snprintf(out, sizeof(out), "%s", s);
	bl_free(s);
	bl_cal_free(cal);
	return out;
}

static int64_t
at(int y, int mo, int d, int h, int mi)
{
	return bl_cal_days_from_civil(y, mo, d) * DAY + h * HOUR + mi * MIN;
}

/* A random calendar text: zone UTC, one to three hours clauses, some holidays. */
static void
random_calendar(char *buf, size_t size, int64_t hol_base_day)
{
	static const char *const dn[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
	int			k,
				nk = 1 + (int) rnd_range(3);
	size_t		len = 0;

	len += snprintf(buf + len, size - len, "UTC");
	for (k = 0; k < nk; k++)
	{
		int			d0 = (int) rnd_range(7);
		int			d1 = (int) rnd_range(7);
		int			s = (int) rnd_range(96) * 15;
		int			e = (int) rnd_range(97) * 15;

		if (s == e)
			e = (s + 60) % 1440;
		len += snprintf(buf + len, size - len, "; %s-%s %02d:%02d-%02d:%02d", dn[d0], dn[d1],
						s / 60, s % 60, e / 60, e % 60);
	}
	if (rnd_range(2))
	{
		int			nh = 1 + (int) rnd_range(6);

		len += snprintf(buf + len, size - len, "; holidays ");
		for (k = 0; k < nh; k++)
		{
			int			y,
						m,
						d;

			bl_cal_civil_from_days(hol_base_day + rnd_range(60), &y, &m, &d);
			len += snprintf(buf + len, size - len, "%s%04d-%02d-%02d", k ? "," : "", y, m, d);
		}
	}
}

/* ---------------------------------------------------------------------------------------
 * Tests
 * --------------------------------------------------------------------------------------- */

static void
test_dates(void)
{
	int64_t		d;
	int			y,
				m,
				dd;

	CHECK_EQ_LL(bl_cal_days_from_civil(2000, 1, 1), 0);
	CHECK_EQ_LL(bl_cal_days_from_civil(2026, 12, 25), 9855);
	CHECK_EQ_LL(bl_cal_days_from_civil(1, 1, 1), BL_CAL_MIN_DATE);
	CHECK_EQ_LL(bl_cal_days_from_civil(9999, 12, 31), BL_CAL_MAX_DATE);
	CHECK_EQ_LL(bl_cal_days_from_civil(2024, 3, 1) - bl_cal_days_from_civil(2024, 2, 28), 2);
	CHECK_EQ_LL(bl_cal_days_from_civil(2100, 3, 1) - bl_cal_days_from_civil(2100, 2, 28), 1);
	for (d = BL_CAL_MIN_DATE; d <= BL_CAL_MAX_DATE; d += 997)
	{
		bl_cal_civil_from_days(d, &y, &m, &dd);
		if (bl_cal_days_from_civil(y, m, dd) != d)
		{
			CHECK(false);
			break;
		}
	}
	CHECK(d > BL_CAL_MAX_DATE);
}

static void
test_canonical(void)
{
	CHECK_STREQ(canon("America/New_York; mon-fri 09:00-12:00,13:00-17:00; sat 10:00-14:00; holidays 2026-11-26,2026-12-25"),
				"America/New_York; mon-fri 09:00-12:00,13:00-17:00; sat 10:00-14:00; holidays 2026-11-26,2026-12-25");
	/* case, order, spaces, duplicates, a trailing ';' */
	CHECK_STREQ(canon(" HOLIDAYS 2026-12-25 , 2026-11-26,2026-12-25; MON - FRI 13:00-17:00 ,9:00-12:00 ;"),
				"UTC; mon-fri 09:00-12:00,13:00-17:00; holidays 2026-11-26,2026-12-25");
	CHECK_STREQ(canon(""), "UTC");
	CHECK_STREQ(canon("Asia/Tokyo"), "Asia/Tokyo");
	CHECK_STREQ(canon("24x7"), "UTC; 24x7");
	CHECK_STREQ(canon("mon-sun 00:00-24:00"), "UTC; 24x7");
	CHECK_STREQ(canon("Europe/Berlin; 24X7; holidays 2026-12-25"), "Europe/Berlin; 24x7; holidays 2026-12-25");
	CHECK_STREQ(canon("mon,wed,fri 09:00-17:00; tue,thu 09:00-12:00"),
				"UTC; mon,wed,fri 09:00-17:00; tue,thu 09:00-12:00");
	CHECK_STREQ(canon("sat-mon 10:00-14:00"), "UTC; mon,sat,sun 10:00-14:00");
	CHECK_STREQ(canon("mon-fri 09:00-13:00; mon-fri 12:00-17:00"), "UTC; mon-fri 09:00-17:00");
	CHECK_STREQ(canon("mon 09:00-12:00; mon 12:00-17:00"), "UTC; mon 09:00-17:00");
	CHECK_STREQ(canon("mon-fri 22:00-06:00"), "UTC; mon-fri 22:00-06:00");
	CHECK_STREQ(canon("sun 20:00-02:00"), "UTC; sun 20:00-02:00");
	CHECK_STREQ(canon("mon 22:00-24:00; tue 00:00-06:00"), "UTC; mon 22:00-06:00");
	CHECK_STREQ(canon("mon 10:00-24:00; tue 00:00-12:00"), "UTC; mon 10:00-24:00; tue 00:00-12:00");
	CHECK_STREQ(canon("mon 22:00-00:00"), "UTC; mon 22:00-24:00");
	CHECK_STREQ(canon("mon-fri 22:00-06:00; tue 05:00-07:00"),
				"UTC; mon 22:00-07:00; tue-fri 22:00-06:00");
	CHECK_STREQ(canon("wed-tue 08:00-09:00"), "UTC; mon-sun 08:00-09:00");
}

static void
test_parse_errors(void)
{
	char	   *big;
	size_t		len,
				i;
	int			h;

	/* zone clause */
	CHECK_STREQ(canon("Europe/Ber lin; mon 09:00-17:00"), "!1");
	CHECK_STREQ(canon("Europe/Berlin; America/New_York"), "!1");
	CHECK_STREQ(canon("@UTC"), "!1");
	CHECK_STREQ(canon("Europe/Berlin!"), "!1");
	/* hours clause */
	CHECK_STREQ(canon("mon-fri 25:00-26:00"), "!1");
	CHECK_STREQ(canon("mon-fri 09:60-17:00"), "!1");
	CHECK_STREQ(canon("mon-fri 24:00-06:00"), "!1");
	CHECK_STREQ(canon("mon-fri 24:30-06:00"), "!1");
	CHECK_STREQ(canon("mon-fri 09:00-09:00"), "!1");
	CHECK_STREQ(canon("mon-fri 09:00"), "!1");
	CHECK_STREQ(canon("mon-fri 9-17"), "!1");
	CHECK_STREQ(canon("mon-fri 123:00-17:00"), "!1");
	CHECK_STREQ(canon("mon-fri 09:000-17:00"), "!1");
	CHECK_STREQ(canon("mon-fri"), "!1");
	CHECK_STREQ(canon("09:00-17:00"), "!1");
	CHECK_STREQ(canon("mon, 09:00-17:00"), "!1");
	CHECK_STREQ(canon("monday 09:00-17:00"), "!1");
	CHECK_STREQ(canon("mon-fr 09:00-17:00"), "!1");
	CHECK_STREQ(canon("mon-fri 09:00-17:00,"), "!1");
	CHECK_STREQ(canon("mon-fri 09:00-17:00 x"), "!1");
	CHECK_STREQ(canon("mon-fri 09:00-12:00 13:00-17:00"), "!1");
	CHECK_STREQ(canon(", 09:00-17:00"), "!1");
	/* holidays clause */
	CHECK_STREQ(canon("holidays"), "!1");
	CHECK_STREQ(canon("holidays 2026-02-30"), "!1");
	CHECK_STREQ(canon("holidays 2024-02-29"), "UTC; holidays 2024-02-29");
	CHECK_STREQ(canon("holidays 2100-02-29"), "!1");
	CHECK_STREQ(canon("holidays 26-12-25"), "!1");
	CHECK_STREQ(canon("holidays 2026-12-25,"), "!1");
	CHECK_STREQ(canon("holidays 2026-12-25 2026-12-26"), "!1");
	CHECK_STREQ(canon("holidays 0000-01-01"), "!1");
	CHECK_STREQ(canon("holidays 2026-13-01"), "!1");
	CHECK_STREQ(canon("holidays 2026-12-255"), "!1");
	/* 24x7 clause */
	CHECK_STREQ(canon("24x7; mon-fri 09:00-17:00"), "!1");
	CHECK_STREQ(canon("24x7x"), "!1");

	/* a zero byte is an error, not the end of the text */
	{
		BlCalError	err;

		CHECK(bl_cal_parse("mon 09:00-10:00\0; tue 09:00-10:00", 33, &err) == NULL &&
			  err.status == BL_CAL_ESYNTAX);
	}

	/* limits: 33 separate intervals on Monday */
	big = malloc(BL_CAL_MAX_TEXT + 16);
	len = snprintf(big, 32, "mon ");
	for (h = 0; h < 17; h++)
		len += snprintf(big + len, 64, "%s%02d:00-%02d:10,%02d:20-%02d:30", h ? "," : "", h, h, h, h);
	CHECK_STREQ(canon(big), "!2");
	/* 32 are fine */
	len = snprintf(big, 32, "mon ");
	for (h = 0; h < 16; h++)
		len += snprintf(big + len, 64, "%s%02d:00-%02d:10,%02d:20-%02d:30", h ? "," : "", h, h, h, h);
	CHECK(canon(big)[0] != '!');
	/* more than 1024 ranges (each counted once per day listed) */
	len = snprintf(big, 32, "mon-sun ");
	for (h = 0; h < 147; h++)
		len += snprintf(big + len, 32, "%s09:00-10:00", h ? "," : "");
	CHECK_STREQ(canon(big), "!2");
	/* 10,001 distinct holidays */
	len = snprintf(big, 32, "holidays ");
	for (h = 0; h <= BL_CAL_MAX_HOLIDAYS; h++)
	{
		int			y,
					m,
					d;

		bl_cal_civil_from_days(h, &y, &m, &d);
		len += snprintf(big + len, 32, "%s%04d-%02d-%02d", h ? "," : "", y, m, d);
	}
	CHECK_STREQ(canon(big), "!2");
	/* text over the limit */
	for (i = 0; i < BL_CAL_MAX_TEXT + 1; i++)
		big[i] = ' ';
	{
		BlCalError	err;

		CHECK(bl_cal_parse(big, BL_CAL_MAX_TEXT + 1, &err) == NULL && err.status == BL_CAL_ELIMIT);
		CHECK(strstr(err.message, "too long") != NULL);
	}
	free(big);

	/* messages name the clause */
	{
		BlCalError	err;

		CHECK(bl_cal_parse("UTC; mon-fri 25:00-26:00", 24, &err) == NULL);
		CHECK_STREQ(err.message, "invalid calendar clause \"mon-fri 25:00-26:00\"");
		CHECK(strstr(err.detail, "25:00") != NULL);
	}
}

static void
test_binary(void)
{
	static const uint8_t expect[] = {
		1, 0, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 'U', 'T', 'C',
		0, 0, 0x7e, 0x90, 0, 0, 0xef, 0x10, 0, 0, 0x26, 0x7f
	};
	BlCalendar *cal = parse("mon 09:00-17:00; holidays 2026-12-25");
	BlCalendar *back;
	BlCalError	err;
	uint8_t		buf[256];
	uint8_t		bad[256];
	size_t		n;

	n = bl_cal_encoded_size(cal);
	CHECK_EQ_LL(n, sizeof(expect));
	bl_cal_encode(cal, buf);
	CHECK(memcmp(buf, expect, sizeof(expect)) == 0);
	back = bl_cal_decode(buf, n, &err);
	CHECK(back != NULL);
	if (back)
	{
		char	   *a = bl_cal_format(cal),
				   *b = bl_cal_format(back);

		CHECK_STREQ(a, b);
		bl_free(a);
		bl_free(b);
		bl_cal_free(back);
	}

#define DECODE_FAILS(mutate, length) \
	do { \
		memcpy(bad, buf, n); \
		mutate; \
		back = bl_cal_decode(bad, (length), &err); \
		CHECK(back == NULL && err.status == BL_CAL_ECORRUPT); \
		bl_cal_free(back); \
	} while (0)

	DECODE_FAILS((void) 0, 5);	/* shorter than the header */
	DECODE_FAILS((void) 0, n - 1);	/* truncated */
	DECODE_FAILS(bad[n] = 0, n + 1);	/* trailing byte */
	DECODE_FAILS(bad[0] = 2, n);	/* unknown version */
	DECODE_FAILS(bad[1] = 1, n);	/* flags */
	DECODE_FAILS(bad[3] = 33, n);	/* too many intervals */
	DECODE_FAILS(bad[3] = 2, n);	/* count disagrees with length */
	DECODE_FAILS(bad[13] = 2, n);	/* holiday count disagrees with length */
	DECODE_FAILS((bad[10] = 0x7f, bad[13] = 0xff), n);	/* holiday count over the limit */
	DECODE_FAILS(bad[2] = 0, n);	/* empty zone */
	DECODE_FAILS(bad[14] = ' ', n);	/* bad zone character */
	DECODE_FAILS((bad[19] = 0xef, bad[20] = 0x10), n);	/* start == end */
	DECODE_FAILS((bad[23] = 0xef, bad[24] = 0x11), n);	/* not whole minutes */
	DECODE_FAILS((bad[22] = 0x02), n);	/* end past 24:00 */
	DECODE_FAILS((bad[25] = 0x80), n);	/* holiday before year 1 */
#undef DECODE_FAILS

	/* unsorted or touching intervals, unsorted holidays */
	{
		BlCalendar *c2 = parse("mon 09:00-10:00,11:00-12:00; holidays 2026-01-01,2026-01-02");
		size_t		n2 = bl_cal_encoded_size(c2);

		bl_cal_encode(c2, buf);
		memcpy(bad, buf, n2);
		memcpy(bad + 17, buf + 25, 8);	/* swap the two intervals */
		memcpy(bad + 25, buf + 17, 8);
		back = bl_cal_decode(bad, n2, &err);
		CHECK(back == NULL);
		memcpy(bad, buf, n2);
		memcpy(bad + 25, buf + 21, 4);	/* second starts where the first ends */
		back = bl_cal_decode(bad, n2, &err);
		CHECK(back == NULL);
		memcpy(bad, buf, n2);
		memcpy(bad + 33, buf + 37, 4);	/* holidays out of order */
		memcpy(bad + 37, buf + 33, 4);
		back = bl_cal_decode(bad, n2, &err);
		CHECK(back == NULL);
		bl_cal_free(c2);
	}
	bl_cal_free(cal);
}

/* Printing then parsing gives the same calendar, for many random calendars. */
static void
test_round_trip(void)
{
	int			i,
				bad = 0;

	for (i = 0; i < 2000; i++)
	{
		char		text[1024];
		BlCalendar *a,
				   *b;
		char	   *s1,
				   *s2;
		uint8_t		e1[2048],
					e2[2048];

		random_calendar(text, sizeof(text), 9000);
		a = parse(text);
		if (a == NULL)
		{
			bad++;
			continue;
		}
		s1 = bl_cal_format(a);
		b = parse(s1);
		if (b == NULL)
		{
			bad++;
			bl_free(s1);
			bl_cal_free(a);
			continue;
		}
		s2 = bl_cal_format(b);
		bl_cal_encode(a, e1);
		bl_cal_encode(b, e2);
		if (strcmp(s1, s2) != 0 || bl_cal_encoded_size(a) != bl_cal_encoded_size(b) ||
			memcmp(e1, e2, bl_cal_encoded_size(a)) != 0)
		{
			fprintf(stderr, "round trip: %s -> %s -> %s\n", text, s1, s2);
			bad++;
		}
		bl_free(s1);
		bl_free(s2);
		bl_cal_free(a);
		bl_cal_free(b);
	}
	CHECK_EQ_LL(bad, 0);
}

/* Hand-checked values in UTC. */
static void
test_arithmetic_utc(void)
{
	FakeZone	fz;
	BlZone		z;
	BlCalendar *cal = parse("mon-fri 09:00-12:00,13:00-17:00; holidays 2026-01-07");
	int64_t		r;
	bool		w;

	fake_utc(&fz);
	bl_zone_init(&z, fake_next, &fz);
	/* Mon 10:00-12:00 (2 h) + 13:00-16:00 (3 h) */
	CHECK(bl_cal_business_usecs(cal, &z, at(2026, 1, 5, 10, 0), at(2026, 1, 5, 16, 0), &r) == BL_CAL_OK);
	CHECK_EQ_LL(r, 5 * HOUR);
	/* Tue 16:00-17:00 + Wed holiday + Thu 09:00-10:00 */
	bl_cal_business_usecs(cal, &z, at(2026, 1, 6, 16, 0), at(2026, 1, 8, 10, 0), &r);
	CHECK_EQ_LL(r, 2 * HOUR);
	bl_cal_business_usecs(cal, &z, at(2026, 1, 8, 10, 0), at(2026, 1, 6, 16, 0), &r);
	CHECK_EQ_LL(r, -2 * HOUR);
	/* 52 weeks of 35 h */
	bl_cal_business_usecs(cal, &z, at(2026, 1, 12, 0, 0), at(2027, 1, 11, 0, 0), &r);
	CHECK_EQ_LL(r, 52 * 35 * HOUR);
	/* business_add: earliest instant, latest instant, holidays */
	bl_cal_business_add(cal, &z, at(2026, 1, 5, 10, 0), 2 * HOUR, &r);
	CHECK_EQ_LL(r, at(2026, 1, 5, 12, 0));
	bl_cal_business_add(cal, &z, at(2026, 1, 6, 16, 0), 2 * HOUR, &r);
	CHECK_EQ_LL(r, at(2026, 1, 8, 10, 0));
	bl_cal_business_add(cal, &z, at(2026, 1, 8, 10, 0), -2 * HOUR, &r);
	CHECK_EQ_LL(r, at(2026, 1, 6, 16, 0));
	bl_cal_business_add(cal, &z, at(2026, 1, 5, 13, 0), -1 * HOUR, &r);
	CHECK_EQ_LL(r, at(2026, 1, 5, 11, 0));
	bl_cal_business_add(cal, &z, at(2026, 1, 5, 12, 30), 0, &r);
	CHECK_EQ_LL(r, at(2026, 1, 5, 12, 30));
	bl_cal_business_add(cal, &z, at(2026, 1, 12, 9, 0), 52 * 35 * HOUR, &r);
	CHECK_EQ_LL(r, at(2027, 1, 8, 17, 0));
	/* is_working / next_working at the edges */
	bl_cal_is_working(cal, &z, at(2026, 1, 5, 9, 0), &w);
	CHECK(w);
	bl_cal_is_working(cal, &z, at(2026, 1, 5, 17, 0), &w);
	CHECK(!w);
	bl_cal_is_working(cal, &z, at(2026, 1, 5, 12, 0) - 1, &w);
	CHECK(w);
	bl_cal_next_working(cal, &z, at(2026, 1, 6, 17, 0), &r);
	CHECK_EQ_LL(r, at(2026, 1, 8, 9, 0));
	bl_cal_next_working(cal, &z, at(2026, 1, 5, 10, 0), &r);
	CHECK_EQ_LL(r, at(2026, 1, 5, 10, 0));
	bl_cal_free(cal);
}

/*
 * Random calendars and instants in a zone, against the reference. Instants are drawn near
 * the zone's transitions half of the time, so the exact path is well exercised.
 */
static void
check_zone_random(FakeZone *fz, int64_t base, int64_t spread, int rounds, const char *zone_name)
{
	BlZone		z;
	int			i,
				mism = 0,
				bad_add = 0,
				bad_work = 0;

	bl_zone_init(&z, fake_next, fz);
	for (i = 0; i < rounds; i++)
	{
		char		text[1024];
		BlCalendar *cal;
		int64_t		t0,
					t1,
					r = 0,
					ref,
					d,
					tt;
		bool		w;

		random_calendar(text, sizeof(text), floordiv64(base, DAY) + rnd_range(spread / DAY));
		cal = parse(text);
		if (cal == NULL)
			continue;
		if (fz->n > 0 && rnd_range(2))
		{
			int			k = (int) rnd_range(fz->n);

			t0 = fz->at[k] * BL_USECS_PER_SEC + rnd_range(8 * DAY) - 4 * DAY;
		}
		else
			t0 = base + rnd_range(spread);
		t0 -= t0 % MIN * (rnd_range(2));	/* whole minutes half of the time */
		t1 = t0 + rnd_range(30 * DAY) - 5 * DAY;

		if (bl_cal_business_usecs(cal, &z, t0, t1, &r) != BL_CAL_OK)
			mism++;
		ref = ref_usecs(cal, fz, t0, t1);
		if (r != ref)
		{
			if (mism < 5)
				fprintf(stderr, "%s: %s [%lld, %lld): %lld vs reference %lld\n", zone_name, text,
						(long long) t0, (long long) t1, (long long) r, (long long) ref);
			mism++;
		}
		if (cal->week_usecs > 0)
		{
			/* business_add: inverse of business_usecs and the earliest / latest instant */
			d = ref / 3 + (rnd_range(2) ? 0 : MIN);
			if (d == 0)
				d = MIN;
			if (bl_cal_business_add(cal, &z, t0, d, &tt) != BL_CAL_OK ||
				ref_usecs(cal, fz, t0, tt) != d ||
				(d > 0 && ref_usecs(cal, fz, t0, tt - 1) >= d) ||
				(d < 0 && ref_usecs(cal, fz, tt + 1, t0) >= -d))
				bad_add++;
			if (d > 0 && ref_usecs(cal, fz, tt - 1, tt) != 1)
				bad_add++;		/* ended inside a closed gap */
			/* next_working: at or after t0, working, nothing worked in between */
			if (bl_cal_next_working(cal, &z, t0, &tt) != BL_CAL_OK || tt < t0 ||
				ref_usecs(cal, fz, tt, tt + 1) != 1 || ref_usecs(cal, fz, t0, tt) != 0)
				bad_work++;
		}
		bl_cal_is_working(cal, &z, t0, &w);
		if (w != (ref_usecs(cal, fz, t0, t0 + 1) == 1))
			bad_work++;
		bl_cal_free(cal);
	}
	CHECK_EQ_LL(mism, 0);
	CHECK_EQ_LL(bad_add, 0);
	CHECK_EQ_LL(bad_work, 0);
	CHECK(z.status == BL_CAL_OK);
}

static void
test_arithmetic_random(void)
{
	FakeZone   *fz = malloc(sizeof(FakeZone));

	fake_utc(fz);
	check_zone_random(fz, at(2020, 1, 1, 0, 0), 3000 * DAY, 600, "utc");
	fake_dst(fz, 3600);
	check_zone_random(fz, at(2020, 1, 1, 0, 0), 3000 * DAY, 1500, "dst+1");
	fake_dst(fz, -5 * 3600 - 1800);
	check_zone_random(fz, at(2020, 1, 1, 0, 0), 3000 * DAY, 1500, "dst-5:30");
	fake_dateline(fz);
	check_zone_random(fz, at(2011, 12, 20, 0, 0), 20 * DAY, 800, "dateline");
	free(fz);
}

/* Add negative durations and long spans against the reference too. */
static void
test_arithmetic_long(void)
{
	FakeZone   *fz = malloc(sizeof(FakeZone));
	BlZone		z;
	int			i,
				bad = 0;

	fake_dst(fz, 3600);
	bl_zone_init(&z, fake_next, fz);
	for (i = 0; i < 60; i++)
	{
		char		text[1024];
		BlCalendar *cal;
		int64_t		t0 = at(2010, 1, 1, 0, 0) + rnd_range(3000 * DAY);
		int64_t		t1 = t0 + rnd_range(1200 * DAY);
		int64_t		r,
					tt;

		random_calendar(text, sizeof(text), floordiv64(t0, DAY) + rnd_range(300));
		cal = parse(text);
		if (cal == NULL || cal->week_usecs == 0)
		{
			bl_cal_free(cal);
			continue;
		}
		bl_cal_business_usecs(cal, &z, t0, t1, &r);
		if (r != ref_usecs(cal, fz, t0, t1))
			bad++;
		/* walking back the same amount from t1 lands on t0 or the latest instant after it */
		if (bl_cal_business_add(cal, &z, t1, -r, &tt) != BL_CAL_OK || tt < t0 ||
			ref_usecs(cal, fz, tt, t1) != r || (r > 0 && ref_usecs(cal, fz, tt + 1, t1) >= r))
			bad++;
		bl_cal_free(cal);
	}
	CHECK_EQ_LL(bad, 0);
	free(fz);
}

/* After one lookup, calls within the same stretch of the zone need no callback. */
static void
test_zone_memo(void)
{
	FakeZone   *fz = malloc(sizeof(FakeZone));
	BlZone		z;
	BlCalendar *cal = parse("mon-fri 09:00-17:00");
	int64_t		r;
	long		before;
	int			i;

	fake_dst(fz, 3600);
	bl_zone_init(&z, fake_next, fz);
	bl_cal_business_usecs(cal, &z, at(2026, 5, 4, 0, 0), at(2026, 5, 9, 0, 0), &r);
	CHECK_EQ_LL(r, 40 * HOUR);
	before = z.callbacks;
	for (i = 0; i < 100; i++)
		bl_cal_business_usecs(cal, &z, at(2026, 4, 1, 0, 0) + i * HOUR * 13,
							  at(2026, 4, 20, 0, 0) + i * HOUR * 17, &r);
	CHECK_EQ_LL(z.callbacks, before);
	/* offsets resolve as expected: local 12:00 in summer is 10:00 UTC */
	CHECK_EQ_LL(bl_zone_resolve(&z, at(2026, 6, 1, 12, 0)), at(2026, 6, 1, 10, 0));
	CHECK_EQ_LL(bl_zone_offset_at(&z, at(2026, 6, 1, 12, 0)), 7200);
	CHECK_EQ_LL(bl_zone_offset_at(&z, at(2026, 1, 1, 12, 0)), 3600);
	bl_cal_free(cal);
	free(fz);
}

static void
test_errors(void)
{
	FakeZone   *fz = malloc(sizeof(FakeZone));
	BlZone		z;
	BlCalendar *cal = parse("mon-fri 09:00-17:00");
	BlCalendar *none = parse("UTC");
	BlCalendar *sparse;
	int64_t		r;
	bool		w;
	char	   *text;
	size_t		len;
	int			k;

	fake_utc(fz);
	bl_zone_init(&z, fake_next, fz);
	/* ranges */
	CHECK(bl_cal_business_usecs(cal, &z, BL_CAL_TS_MIN - 1, 0, &r) == BL_CAL_ERANGE);
	CHECK(bl_cal_business_usecs(cal, &z, 0, BL_CAL_TS_MAX + 1, &r) == BL_CAL_ERANGE);
	CHECK(bl_cal_business_usecs(cal, &z, INT64_MIN, INT64_MAX, &r) == BL_CAL_ERANGE);
	CHECK(bl_cal_business_add(cal, &z, INT64_MAX, HOUR, &r) == BL_CAL_ERANGE);
	CHECK(bl_cal_is_working(cal, &z, INT64_MAX, &w) == BL_CAL_ERANGE);
	CHECK(bl_cal_business_add(cal, &z, BL_CAL_TS_MAX - DAY, 30 * HOUR, &r) == BL_CAL_ERANGE);
	CHECK(bl_cal_business_add(cal, &z, BL_CAL_TS_MIN + DAY, -30 * HOUR, &r) == BL_CAL_ERANGE);
	/* spans */
	CHECK(bl_cal_business_usecs(cal, &z, 0, BL_CAL_MAX_SPAN, &r) == BL_CAL_OK);
	CHECK(bl_cal_business_usecs(cal, &z, 0, BL_CAL_MAX_SPAN + 1, &r) == BL_CAL_ESPAN);
	CHECK(bl_cal_business_usecs(cal, &z, BL_CAL_MAX_SPAN + 1, 0, &r) == BL_CAL_ESPAN);
	CHECK(bl_cal_business_add(cal, &z, 0, INT64_C(200) * 366 * DAY, &r) == BL_CAL_ESPAN);
	/* no working time */
	CHECK(bl_cal_business_add(none, &z, 0, HOUR, &r) == BL_CAL_ENOWORK);
	CHECK(bl_cal_business_add(none, &z, 0, 0, &r) == BL_CAL_OK && r == 0);
	CHECK(bl_cal_next_working(none, &z, 0, &r) == BL_CAL_ENOWORK);
	CHECK(bl_cal_business_usecs(none, &z, 0, DAY, &r) == BL_CAL_OK && r == 0);
	/* holidays close every Monday for 101 years: no hour of work within the horizon */
	text = malloc(200000);
	len = snprintf(text, 64, "mon 09:00-10:00; holidays ");
	for (k = 0; k < 5300; k++)
	{
		int			y,
					m,
					d;

		bl_cal_civil_from_days(bl_cal_days_from_civil(2026, 1, 5) + 7 * k, &y, &m, &d);
		len += snprintf(text + len, 32, "%s%04d-%02d-%02d", k ? "," : "", y, m, d);
	}
	sparse = parse(text);
	CHECK(sparse != NULL);
	if (sparse)
	{
		CHECK(bl_cal_business_add(sparse, &z, at(2026, 1, 1, 0, 0), HOUR, &r) == BL_CAL_ESPAN);
		CHECK(bl_cal_next_working(sparse, &z, at(2026, 1, 1, 0, 0), &r) == BL_CAL_ESPAN);
		/* before the holidays start, the same calendar works */
		CHECK(bl_cal_business_add(sparse, &z, at(2025, 12, 1, 0, 0), HOUR, &r) == BL_CAL_OK &&
			  r == at(2025, 12, 1, 10, 0));
		/* and after they end (5300 weeks later), business_add jumps straight there */
		CHECK(bl_cal_business_add(sparse, &z, at(2100, 1, 1, 0, 0), HOUR, &r) == BL_CAL_OK &&
			  r == (bl_cal_days_from_civil(2026, 1, 5) + 7 * 5300) * DAY + 10 * HOUR);
		bl_cal_free(sparse);
	}
	free(text);
	/* a misbehaving zone is an error, not a loop */
	fz->bad = 1;
	bl_zone_init(&z, fake_next, fz);
	CHECK(bl_cal_business_usecs(cal, &z, 0, DAY, &r) == BL_CAL_EZONE);
	fz->bad = 2;
	bl_zone_init(&z, fake_next, fz);
	CHECK(bl_cal_business_add(cal, &z, 0, HOUR, &r) == BL_CAL_EZONE);
	bl_cal_free(cal);
	bl_cal_free(none);
	free(fz);
}

int
main(void)
{
	test_dates();
	test_canonical();
	test_parse_errors();
	test_binary();
	test_round_trip();
	test_arithmetic_utc();
	test_arithmetic_random();
	test_arithmetic_long();
	test_zone_memo();
	test_errors();
	UNIT_DONE();
}

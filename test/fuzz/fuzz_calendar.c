/*
 * fuzz_calendar.c: libFuzzer harness for the calendar core.
 *
 * The first byte picks the input: even, the rest is calendar text for bl_cal_parse(); odd,
 * the rest is a stored binary form for bl_cal_decode(). Whatever parses must print, re-parse
 * to the same bytes, survive encode/decode, and answer a few business-time questions in a
 * fake zone with DST, where business_add must invert business_usecs. Any violation aborts.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bl_alloc.h"
#include "calendar.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Offset +1 h, +2 h from 10 March to 20 October (UTC 01:00), 2000 to 2040. */
static int
dst_next(void *arg, int64_t t, int64_t *boundary, int32_t *before, int32_t *after)
{
	int64_t		y;

	(void) arg;
	for (y = 2000; y <= 2040; y++)
	{
		int64_t		spring = bl_cal_days_from_civil((int) y, 3, 10) * 86400 + 3600;
		int64_t		autumn = bl_cal_days_from_civil((int) y, 10, 20) * 86400 + 3600;

		if (t < spring)
		{
			*boundary = spring;
			*before = 3600;
			*after = 7200;
			return 1;
		}
		if (t < autumn)
		{
			*boundary = autumn;
			*before = 7200;
			*after = 3600;
			return 1;
		}
	}
	*before = 3600;
	return 0;
}

static uint64_t
hash_bytes(const uint8_t *p, size_t n)
{
	uint64_t	h = 1469598103934665603ULL;

	while (n--)
		h = (h ^ *p++) * 1099511628211ULL;
	return h;
}

static void
exercise(const BlCalendar *cal, uint64_t h)
{
	BlZone		z;
	int			i;

	bl_zone_init(&z, dst_next, NULL);
	for (i = 0; i < 4; i++)
	{
		/* instants in 2000-2040, spans up to 60 days either way */
		int64_t		t0 = (int64_t) (h % (INT64_C(40) * 365 * 86400)) * BL_USECS_PER_SEC;
		int64_t		t1 = t0 + (int64_t) ((h >> 20) % (120 * 86400)) * BL_USECS_PER_SEC -
			INT64_C(60) * 86400 * BL_USECS_PER_SEC;
		int64_t		u = 0,
					back = 0,
					t;
		bool		w;

		h = h * 6364136223846793005ULL + 1442695040888963407ULL;
		if (bl_cal_business_usecs(cal, &z, t0, t1, &u) != BL_CAL_OK)
			abort();
		if (t1 >= t0 ? (u < 0 || u > t1 - t0) : (u > 0 || u < t1 - t0))
			abort();			/* more business time than elapsed time, or the wrong sign */
		if (u != 0)
		{
			if (bl_cal_business_add(cal, &z, t0, u, &t) != BL_CAL_OK)
				abort();
			if (bl_cal_business_usecs(cal, &z, t0, t, &back) != BL_CAL_OK || back != u)
				abort();
			if (u > 0 ? t > t1 : t < t1)
				abort();		/* not the earliest (latest) instant */
		}
		(void) bl_cal_is_working(cal, &z, t0, &w);
		if (bl_cal_has_work(cal))
		{
			BlCalStatus st = bl_cal_next_working(cal, &z, t0, &t);

			if (st == BL_CAL_OK && (t < t0 || bl_cal_is_working(cal, &z, t, &w) != BL_CAL_OK || !w))
				abort();
		}
	}
}

/* print -> parse -> same bytes; encode -> decode -> same bytes */
static void
check_round_trip(const BlCalendar *cal)
{
	BlCalError	err;
	char	   *text = bl_cal_format(cal);
	BlCalendar *again = bl_cal_parse(text, strlen(text), &err);
	size_t		n = bl_cal_encoded_size(cal);
	uint8_t    *a = bl_alloc(n);
	uint8_t    *b;
	BlCalendar *dec;

	if (again == NULL || bl_cal_encoded_size(again) != n)
		abort();
	b = bl_alloc(n);
	bl_cal_encode(cal, a);
	bl_cal_encode(again, b);
	if (memcmp(a, b, n) != 0)
		abort();
	dec = bl_cal_decode(a, n, &err);
	if (dec == NULL)
		abort();
	bl_cal_encode(dec, b);
	if (memcmp(a, b, n) != 0)
		abort();
	bl_cal_free(dec);
	bl_cal_free(again);
	bl_free(a);
	bl_free(b);
	bl_free(text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	BlCalError	err;
	BlCalendar *cal;

	if (size < 1)
		return 0;
	if ((data[0] & 1) == 0)
		cal = bl_cal_parse((const char *) data + 1, size - 1, &err);
	else
		cal = bl_cal_decode(data + 1, size - 1, &err);
	if (cal == NULL)
	{
		if (err.status == BL_CAL_OK || err.message[0] == '\0')
			abort();			/* a failure must say why */
		return 0;
	}
	check_round_trip(cal);
	exercise(cal, hash_bytes(data, size));
	bl_cal_free(cal);
	return 0;
}

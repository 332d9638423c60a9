/*
 * test_queue.c: unit tests of the queue's order and the streaming heap (src/queue.c).
 *
 * The order key by key (exception, score descending with NaN first as PostgreSQL sorts float8,
 * time to breach ascending with none last and months of 30 days, created_at, id); when a scored
 * row may be returned ahead of a bound; the heap against qsort on random keys; and the whole
 * streaming merge on random tickets whose bounds are at least their scores, which must give the
 * fully sorted order whatever the batch size.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "queue.h"
#include "unit.h"

static BlQueueKey
key(bool exception, double score, bool has_breach, int64_t usec, int64_t created, int64_t id)
{
	BlQueueKey	k;

	memset(&k, 0, sizeof(k));
	k.exception = exception;
	k.score = score;
	k.has_breach = has_breach;
	k.breach_usec = usec;
	k.created_at = created;
	k.id = id;
	return k;
}

static void
test_order(void)
{
	BlQueueKey	a, b;

	/* exception first, whatever the score */
	a = key(true, 1, false, 0, 0, 2);
	b = key(false, 500, false, 0, 0, 1);
	CHECK(bl_queue_key_cmp(&a, &b) < 0);
	CHECK(bl_queue_key_cmp(&b, &a) > 0);
	/* the higher score */
	a = key(false, 50.5, false, 0, 0, 2);
	b = key(false, 50.25, true, -1000, -5, 1);
	CHECK(bl_queue_key_cmp(&a, &b) < 0);
	/* NaN above every number; NaN equals NaN (then the later keys decide) */
	a = key(false, NAN, false, 0, 0, 9);
	b = key(false, INFINITY, false, 0, 0, 1);
	CHECK(bl_queue_key_cmp(&a, &b) < 0);
	CHECK(bl_queue_key_cmp(&b, &a) > 0);
	b = key(false, NAN, false, 0, 0, 1);
	CHECK(bl_queue_key_cmp(&a, &b) > 0);
	/* -0 and 0 are one score */
	a = key(false, -0.0, false, 0, 0, 1);
	b = key(false, 0.0, false, 0, 0, 2);
	CHECK(bl_queue_key_cmp(&a, &b) < 0);
	/* the earlier breach; a breach (even long past) before none */
	a = key(false, 10, true, -3600000000LL, 0, 2);
	b = key(false, 10, true, 60000000LL, 0, 1);
	CHECK(bl_queue_key_cmp(&a, &b) < 0);
	b = key(false, 10, false, 0, 0, 1);
	a = key(false, 10, true, INT64_MAX, 0, 2);
	CHECK(bl_queue_key_cmp(&a, &b) < 0);
	/* months of 30 days, days of 24 hours: 1 mon = 30 days = 720 hours */
	a = key(false, 10, true, 0, 0, 1);
	a.breach_months = 1;
	b = key(false, 10, true, 0, 0, 2);
	b.breach_days = 30;
	CHECK(bl_queue_key_cmp(&a, &b) < 0);	/* equal breach: the id decides */
	b.breach_days = 29;
	b.breach_usec = 86400000000LL - 1;
	CHECK(bl_queue_key_cmp(&a, &b) > 0);	/* b breaches a microsecond earlier */
	/* the sum does not overflow at the ends of the ranges */
	a = key(false, 10, true, INT64_MAX, 0, 1);
	a.breach_days = INT32_MAX;
	a.breach_months = INT32_MAX;
	b = key(false, 10, true, INT64_MIN, 0, 2);
	b.breach_days = INT32_MIN;
	b.breach_months = INT32_MIN;
	CHECK(bl_queue_key_cmp(&a, &b) > 0);
	/* the older ticket, then the lower id; a key equals itself */
	a = key(false, 10, false, 0, 100, 7);
	b = key(false, 10, false, 0, 200, 3);
	CHECK(bl_queue_key_cmp(&a, &b) < 0);
	b = key(false, 10, false, 0, 100, 8);
	CHECK(bl_queue_key_cmp(&a, &b) < 0);
	CHECK_EQ_LL(bl_queue_key_cmp(&a, &a), 0);
}

static void
test_beats_bound(void)
{
	BlQueueKey	r = key(false, 40, true, 0, 0, 1);
	BlQueueBound b = {true, false, 39.99};

	CHECK(bl_queue_beats_bound(&r, &b));
	b.score = 40;				/* an equal score may still come first: no */
	CHECK(!bl_queue_beats_bound(&r, &b));
	b.score = 41;
	CHECK(!bl_queue_beats_bound(&r, &b));
	b.exception = true;			/* a possible exception beats every non-exception */
	b.score = 0;
	CHECK(!bl_queue_beats_bound(&r, &b));
	r.exception = true;
	CHECK(bl_queue_beats_bound(&r, &b));
	b.known = false;			/* no bound: nothing beats it */
	CHECK(!bl_queue_beats_bound(&r, &b));
	/* NaN: a NaN row beats a number, nothing beats a NaN bound */
	r = key(false, NAN, false, 0, 0, 1);
	b.known = true;
	b.exception = false;
	b.score = INFINITY;
	CHECK(bl_queue_beats_bound(&r, &b));
	b.score = NAN;
	CHECK(!bl_queue_beats_bound(&r, &b));
	r.score = 1e300;
	CHECK(!bl_queue_beats_bound(&r, &b));
}

static int
qsort_cmp(const void *a, const void *b)
{
	return bl_queue_key_cmp((const BlQueueKey *) a, (const BlQueueKey *) b);
}

/* random keys with many ties, so that every key of the order is needed */
static BlQueueKey
random_key(int64_t id)
{
	BlQueueKey	k = key(rand() % 8 == 0, (double) (rand() % 20) / 4, rand() % 3 != 0,
						(int64_t) (rand() % 5 - 2) * 3600000000LL, rand() % 4, id);

	k.breach_days = rand() % 3 - 1;
	k.breach_months = rand() % 7 == 0;
	if (rand() % 50 == 0)
		k.score = NAN;
	return k;
}

static void
test_heap(void)
{
	int			round;

	for (round = 0; round < 200; round++)
	{
		int			n = rand() % 700;
		BlQueueKey *keys = calloc((size_t) n + 1, sizeof(BlQueueKey));
		BlQueueKey *payloads = calloc((size_t) n + 1, sizeof(BlQueueKey));
		BlQueueHeap h;
		int			i, bad = 0;

		bl_queue_heap_init(&h);
		for (i = 0; i < n; i++)
		{
			keys[i] = payloads[i] = random_key(i);
			CHECK(bl_queue_heap_push(&h, &keys[i], &payloads[i]));
		}
		qsort(keys, (size_t) n, sizeof(BlQueueKey), qsort_cmp);
		for (i = 0; i < n; i++)
		{
			const BlQueueKey *top = bl_queue_heap_top(&h);
			BlQueueKey *p;

			if (top == NULL || bl_queue_key_cmp(top, &keys[i]) != 0)
				bad++;
			p = bl_queue_heap_pop(&h);
			if (p == NULL || p->id != keys[i].id)
				bad++;
		}
		CHECK_EQ_LL(bad, 0);
		CHECK(bl_queue_heap_top(&h) == NULL);
		CHECK(bl_queue_heap_pop(&h) == NULL);
		bl_queue_heap_free(&h);
		free(keys);
		free(payloads);
	}
}

/*
 * The streaming merge as src/queue_fmgr.c runs it, on random tickets whose bounds are at least
 * their keys (some unknown), read from the highest bound down in batches: the rows come out in
 * exactly the order of a full sort.
 */
typedef struct Cand
{
	BlQueueBound bound;
	BlQueueKey	row;
} Cand;

static int
bound_desc(const void *a, const void *b)
{
	const BlQueueBound *x = &((const Cand *) a)->bound, *y = &((const Cand *) b)->bound;

	/* (exception_bound DESC NULLS FIRST, score_bound DESC NULLS FIRST) */
	if (x->known != y->known)
		return x->known ? 1 : -1;
	if (!x->known)
		return 0;
	if (x->exception != y->exception)
		return x->exception ? -1 : 1;
	return x->score > y->score ? -1 : (x->score < y->score ? 1 : 0);
}

static void
test_stream(void)
{
	int			round;

	for (round = 0; round < 300; round++)
	{
		int			n = 1 + rand() % 400, batch = 1 + rand() % 60;
		Cand	   *c = calloc((size_t) n, sizeof(Cand));
		BlQueueKey *sorted = calloc((size_t) n, sizeof(BlQueueKey));
		BlQueueHeap h;
		int			i, next = 0, out = 0, bad = 0;

		for (i = 0; i < n; i++)
		{
			c[i].row = random_key(i);
			if (isnan(c[i].row.score))
				c[i].row.score = 3;
			c[i].bound.known = rand() % 10 != 0;
			c[i].bound.exception = c[i].row.exception || rand() % 10 == 0;
			c[i].bound.score = c[i].row.score + (rand() % 3) * 0.25;
			sorted[i] = c[i].row;
		}
		qsort(c, (size_t) n, sizeof(Cand), bound_desc);
		qsort(sorted, (size_t) n, sizeof(BlQueueKey), qsort_cmp);
		bl_queue_heap_init(&h);
		while (out < n)
		{
			if (h.n > 0 && (next == n || bl_queue_beats_bound(bl_queue_heap_top(&h), &c[next].bound)))
			{
				BlQueueKey *p = bl_queue_heap_pop(&h);

				if (p->id != sorted[out].id)
					bad++;
				out++;
				continue;
			}
			if (next == n)
			{
				bad++;
				break;
			}
			for (i = 0; i < batch && next < n; i++, next++)
				bl_queue_heap_push(&h, &c[next].row, &c[next].row);
		}
		CHECK_EQ_LL(bad, 0);
		CHECK_EQ_LL(out, n);
		bl_queue_heap_free(&h);
		free(c);
		free(sorted);
	}
}

int
main(void)
{
	srand(20261203);
	test_order();
	test_beats_bound();
	test_heap();
	test_stream();
	UNIT_DONE();
}

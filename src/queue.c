/*
 * queue.c: the queue's order and the heap of the streaming merge (see queue.h).
 */
#include "queue.h"

#include <math.h>
#include <string.h>

#include "bl_alloc.h"

/* interval_cmp's measure: months of 30 days, days of 24 hours, in microseconds (fits 128 bits) */
static __int128
breach_span(const BlQueueKey *k)
{
	return (__int128) k->breach_usec +
		((__int128) k->breach_months * 30 + (__int128) k->breach_days) * (__int128) 86400000000LL;
}

/*
 * Scores compared as PostgreSQL sorts float8: NaN above every number and equal to itself, so a
 * descending sort puts it first. > 0 when x sorts above y.
 */
static int
score_cmp(double x, double y)
{
	bool		xn = isnan(x), yn = isnan(y);

	if (xn || yn)
		return xn == yn ? 0 : (xn ? 1 : -1);
	return x > y ? 1 : (x < y ? -1 : 0);
}

int
bl_queue_key_cmp(const BlQueueKey *a, const BlQueueKey *b)
{
	int			c;

	if (a->exception != b->exception)
		return a->exception ? -1 : 1;
	c = score_cmp(a->score, b->score);
	if (c != 0)
		return -c;
	if (a->has_breach != b->has_breach)
		return a->has_breach ? -1 : 1;
	if (a->has_breach)
	{
		__int128	x = breach_span(a), y = breach_span(b);

		if (x != y)
			return x < y ? -1 : 1;
	}
	if (a->created_at != b->created_at)
		return a->created_at < b->created_at ? -1 : 1;
	if (a->id != b->id)
		return a->id < b->id ? -1 : 1;
	return 0;
}

bool
bl_queue_beats_bound(const BlQueueKey *row, const BlQueueBound *b)
{
	if (!b->known)
		return false;
	if (row->exception != b->exception)
		return row->exception;
	/* an equal score could still come first by the later keys */
	return score_cmp(row->score, b->score) > 0;
}

void
bl_queue_heap_init(BlQueueHeap *h)
{
	memset(h, 0, sizeof(*h));
}

void
bl_queue_heap_free(BlQueueHeap *h)
{
	if (h->keys)
		bl_free(h->keys);
	if (h->payloads)
		bl_free(h->payloads);
	memset(h, 0, sizeof(*h));
}

static void
swap(BlQueueHeap *h, int i, int j)
{
	BlQueueKey	k = h->keys[i];
	void	   *p = h->payloads[i];

	h->keys[i] = h->keys[j];
	h->payloads[i] = h->payloads[j];
	h->keys[j] = k;
	h->payloads[j] = p;
}

bool
bl_queue_heap_push(BlQueueHeap *h, const BlQueueKey *key, void *payload)
{
	int			i;

	if (h->n >= BL_QUEUE_HEAP_MAX)
		return false;
	if (h->n == h->cap)
	{
		int			cap = h->cap ? h->cap * 2 : 256;
		BlQueueKey *keys = bl_alloc(sizeof(BlQueueKey) * (size_t) cap);
		void	  **payloads = bl_alloc(sizeof(void *) * (size_t) cap);

		if (h->n > 0)
		{
			memcpy(keys, h->keys, sizeof(BlQueueKey) * (size_t) h->n);
			memcpy(payloads, h->payloads, sizeof(void *) * (size_t) h->n);
		}
		if (h->keys)
			bl_free(h->keys);
		if (h->payloads)
			bl_free(h->payloads);
		h->keys = keys;
		h->payloads = payloads;
		h->cap = cap;
	}
	i = h->n++;
	h->keys[i] = *key;
	h->payloads[i] = payload;
	while (i > 0)
	{
		int			parent = (i - 1) / 2;

		if (bl_queue_key_cmp(&h->keys[i], &h->keys[parent]) >= 0)
			break;
		swap(h, i, parent);
		i = parent;
	}
	return true;
}

const BlQueueKey *
bl_queue_heap_top(const BlQueueHeap *h)
{
	return h->n > 0 ? &h->keys[0] : NULL;
}

void *
bl_queue_heap_pop(BlQueueHeap *h)
{
	void	   *top;
	int			i = 0;

	if (h->n == 0)
		return NULL;
	top = h->payloads[0];
	h->n--;
	if (h->n > 0)
	{
		h->keys[0] = h->keys[h->n];
		h->payloads[0] = h->payloads[h->n];
		for (;;)
		{
			int			l = 2 * i + 1, r = l + 1, best = i;

			if (l < h->n && bl_queue_key_cmp(&h->keys[l], &h->keys[best]) < 0)
				best = l;
			if (r < h->n && bl_queue_key_cmp(&h->keys[r], &h->keys[best]) < 0)
				best = r;
			if (best == i)
				break;
			swap(h, i, best);
			i = best;
		}
	}
	return top;
}

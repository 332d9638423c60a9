/*
 * queue.h: the order of backlog.queue and the merge that streams it best first from stored
 * score bounds, the pure C core (libc only; src/queue_fmgr.c is the server glue).
 *
 * The queue's order is total: exception first, then the higher score, then the earlier breach
 * (time_to_breach ascending, none last), then the older ticket (created_at), then the lower id.
 *
 * backlog.ticket_scores keeps, for each open ticket, an upper bound of its (exception, score)
 * over a window of time (what it scores at the window's end: a ticket's score never falls while
 * nothing is written to it), or no bound when the ticket was written since. The stream reads
 * the bounds from the highest down, scores the tickets behind them exactly in batches and keeps
 * the exactly scored rows in a heap. The best row of the heap can be emitted as soon as no
 * bound still unread can reach it: then no ticket not yet scored can come before it.
 */
#ifndef BACKLOG_QUEUE_H
#define BACKLOG_QUEUE_H

#include <stdbool.h>
#include <stdint.h>

/* One scored row's place in the order. */
typedef struct BlQueueKey
{
	bool		exception;
	double		score;
	bool		has_breach;		/* false: time_to_breach is NULL (sorts last) */
	int64_t		breach_usec;	/* time_to_breach as PostgreSQL's interval: time part, */
	int32_t		breach_days;	/* days and */
	int32_t		breach_months;	/* months (compared as interval_cmp does: a month is 30 days) */
	int64_t		created_at;		/* microseconds, any fixed epoch */
	int64_t		id;
} BlQueueKey;

/* An upper bound of a ticket not scored yet; known = false when it has none (written since). */
typedef struct BlQueueBound
{
	bool		known;
	bool		exception;
	double		score;
} BlQueueBound;

/* < 0 when a comes before b in the queue, > 0 after, 0 for the same place (same id). */
extern int	bl_queue_key_cmp(const BlQueueKey *a, const BlQueueKey *b);

/* Whether a scored row surely comes before every ticket whose bound is b. */
extern bool bl_queue_beats_bound(const BlQueueKey *row, const BlQueueBound *b);

/* A binary min-heap (by bl_queue_key_cmp) of keys, each with an opaque payload. */
typedef struct BlQueueHeap
{
	int			n;
	int			cap;
	BlQueueKey *keys;
	void	  **payloads;
} BlQueueHeap;

/* Largest number of entries a heap holds (the glue switches to a plain sort long before). */
#define BL_QUEUE_HEAP_MAX (1 << 24)

extern void bl_queue_heap_init(BlQueueHeap *h);
extern void bl_queue_heap_free(BlQueueHeap *h);
/* Adds an entry; false when the heap is full (BL_QUEUE_HEAP_MAX). */
extern bool bl_queue_heap_push(BlQueueHeap *h, const BlQueueKey *key, void *payload);
/* The first entry in queue order, or NULL when empty. */
extern const BlQueueKey *bl_queue_heap_top(const BlQueueHeap *h);
/* Removes the first entry and returns its payload (NULL when empty). */
extern void *bl_queue_heap_pop(BlQueueHeap *h);

#endif

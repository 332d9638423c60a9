/*
 * flow.h: inflow, outflow and open work over several trailing windows at once (pure C, libc only).
 *
 * One state counts, for every window of N days ending at as_of, the tickets created in it, the
 * tickets solved in it, the tickets open at its start, and (once) the tickets open at as_of. A
 * window is (as_of - N * 24 h, as_of]: created and solved instants on its open start do not
 * count, those on as_of do. A ticket is open at T when one of its open stretches
 * [opened, closed) holds T (closed absent: still open), so a reopened ticket, with two
 * stretches, counts wherever either holds.
 *
 * Instants are int64 microseconds (timestamptz's resolution); counts are exact. The state is one
 * flat block whose first four bytes are left to the server's varlena header, so the server keeps
 * it as a value of type backlog.flow_state and updates it in place.
 */
#ifndef BACKLOG_FLOW_H
#define BACKLOG_FLOW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define BL_FLOW_MAX_WINDOWS		64
#define BL_FLOW_MAX_DAYS		36600	/* about a century */
#define BL_FLOW_USECS_PER_DAY	INT64_C(86400000000)

typedef struct BlFlow
{
	uint32_t	vl_len_;		/* reserved for the server's varlena header; never read here */
	uint32_t	nwin;			/* 1..BL_FLOW_MAX_WINDOWS */
	int64_t		as_of;			/* end of every window */
	int64_t		open_end;		/* tickets open at as_of */
	/* days[nwin], created[nwin], solved[nwin], open_start[nwin] */
	int64_t		w[];
} BlFlow;

#define BL_FLOW_DAYS(f)			((f)->w)
#define BL_FLOW_CREATED(f)		((f)->w + (f)->nwin)
#define BL_FLOW_SOLVED(f)		((f)->w + 2 * (f)->nwin)
#define BL_FLOW_OPEN_START(f)	((f)->w + 3 * (f)->nwin)

typedef enum BlFlowResult
{
	BL_FLOW_OK = 0,
	BL_FLOW_NO_WINDOWS,			/* an empty list of windows */
	BL_FLOW_TOO_MANY_WINDOWS,	/* more than BL_FLOW_MAX_WINDOWS */
	BL_FLOW_BAD_WINDOW,			/* a window outside 1..BL_FLOW_MAX_DAYS; *bad is its position */
	BL_FLOW_MISMATCH,			/* two states of different as_of or windows */
	BL_FLOW_OVERFLOW,			/* a count beyond int64 */
	BL_FLOW_SYNTAX,				/* text or binary form that is not a state */
	BL_FLOW_BAD_COUNT			/* a negative count in text or binary form */
} BlFlowResult;

/* Bytes of a state with nwin windows (vl_len_ included). */
extern size_t bl_flow_size(uint32_t nwin);

/* Checks a list of windows (days); *bad receives the 0-based position of a bad one. */
extern BlFlowResult bl_flow_check_windows(const int32_t *days, int n, int *bad);

/* Fills a zeroed block of bl_flow_size(n) bytes; the windows must have passed the check. */
extern void bl_flow_init(BlFlow *f, int64_t as_of, const int32_t *days, uint32_t n);

/* Same as_of and windows? */
extern bool bl_flow_same_shape(const BlFlow *a, const BlFlow *b);

/*
 * Counts one row. Each pointer may be NULL (absent): created and solved are the instants a
 * ticket was created and solved; opened and closed bound one stretch during which it was open
 * (no opened: no stretch; no closed: open ever since).
 */
extern void bl_flow_add(BlFlow *f, const int64_t *created, const int64_t *solved,
						const int64_t *opened, const int64_t *closed);

/* Adds b's counts to a's; both must have the same shape. */
extern BlFlowResult bl_flow_combine(BlFlow *a, const BlFlow *b);

/* Checks a state read from outside: nwin, windows and counts (size is the block's length). */
extern BlFlowResult bl_flow_validate(const BlFlow *f, size_t size);

/*
 * Text form: "flow v1 as_of=<microseconds> windows=1,7,28 created=a,b,c solved=a,b,c
 * open_start=a,b,c open_end=n". bl_flow_format returns a bl_alloc'd string; bl_flow_parse a
 * bl_alloc'd state (*out) and its size, checked as bl_flow_validate checks.
 */
extern char *bl_flow_format(const BlFlow *f);
extern BlFlowResult bl_flow_parse(const char *text, BlFlow **out, size_t *size);

/* One window's figures, as backlog.flow shows them. */
typedef struct BlFlowRow
{
	int32_t		window_days;
	int64_t		created;
	int64_t		solved;
	int64_t		net;			/* created - solved */
	int64_t		open_at_start;
	int64_t		open_at_end;
	double		solved_per_created;	/* valid unless created == 0 */
	double		growth;			/* open_at_end / open_at_start - 1; valid unless open_at_start == 0 */
	double		days_to_clear;	/* open_at_end / daily net outflow; valid when solved > created */
	bool		has_solved_per_created;
	bool		has_growth;
	bool		has_days_to_clear;
} BlFlowRow;

extern void bl_flow_row(const BlFlow *f, uint32_t i, BlFlowRow *row);

#endif

/*
 * flow.c: the flow state (see flow.h): counting, combining, the text form and the figures.
 */
#include "flow.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bl_alloc.h"
#include "bl_buf.h"

size_t
bl_flow_size(uint32_t nwin)
{
	return offsetof(BlFlow, w) + (size_t) 4 * nwin * sizeof(int64_t);
}

BlFlowResult
bl_flow_check_windows(const int32_t *days, int n, int *bad)
{
	*bad = 0;
	if (n <= 0)
		return BL_FLOW_NO_WINDOWS;
	if (n > BL_FLOW_MAX_WINDOWS)
		return BL_FLOW_TOO_MANY_WINDOWS;
	for (int i = 0; i < n; i++)
		if (days[i] < 1 || days[i] > BL_FLOW_MAX_DAYS)
		{
			*bad = i;
			return BL_FLOW_BAD_WINDOW;
		}
	return BL_FLOW_OK;
}

void
bl_flow_init(BlFlow *f, int64_t as_of, const int32_t *days, uint32_t n)
{
	f->nwin = n;
	f->as_of = as_of;
	f->open_end = 0;
	for (uint32_t i = 0; i < n; i++)
		BL_FLOW_DAYS(f)[i] = days[i];
}

bool
bl_flow_same_shape(const BlFlow *a, const BlFlow *b)
{
	return a->nwin == b->nwin && a->as_of == b->as_of &&
		memcmp(BL_FLOW_DAYS(a), BL_FLOW_DAYS(b), a->nwin * sizeof(int64_t)) == 0;
}

/* Is T inside the stretch [opened, closed)? */
static inline bool
open_at(int64_t t, int64_t opened, const int64_t *closed)
{
	return opened <= t && (closed == NULL || *closed > t);
}

void
bl_flow_add(BlFlow *f, const int64_t *created, const int64_t *solved,
			const int64_t *opened, const int64_t *closed)
{
	const uint32_t n = f->nwin;
	const int64_t as_of = f->as_of;
	const int64_t *days = BL_FLOW_DAYS(f);

	/* instants after as_of, and stretches not yet begun, count nowhere */
	if (created && *created > as_of)
		created = NULL;
	if (solved && *solved > as_of)
		solved = NULL;
	if (opened && (*opened > as_of || (closed && *closed <= *opened)))
		opened = NULL;
	if (!created && !solved && !opened)
		return;

	if (opened && open_at(as_of, *opened, closed))
		f->open_end++;
	for (uint32_t i = 0; i < n; i++)
	{
		const int64_t start = as_of - days[i] * BL_FLOW_USECS_PER_DAY;

		if (created && *created > start)
			BL_FLOW_CREATED(f)[i]++;
		if (solved && *solved > start)
			BL_FLOW_SOLVED(f)[i]++;
		if (opened && open_at(start, *opened, closed))
			BL_FLOW_OPEN_START(f)[i]++;
	}
}

BlFlowResult
bl_flow_combine(BlFlow *a, const BlFlow *b)
{
	int64_t		sum;

	if (!bl_flow_same_shape(a, b))
		return BL_FLOW_MISMATCH;
	/* check every sum first, so a failure leaves a untouched */
	if (__builtin_add_overflow(a->open_end, b->open_end, &sum))
		return BL_FLOW_OVERFLOW;
	for (uint32_t i = a->nwin; i < 4 * a->nwin; i++)
		if (__builtin_add_overflow(a->w[i], b->w[i], &sum))
			return BL_FLOW_OVERFLOW;
	a->open_end += b->open_end;
	for (uint32_t i = a->nwin; i < 4 * a->nwin; i++)
		a->w[i] += b->w[i];
	return BL_FLOW_OK;
}

BlFlowResult
bl_flow_validate(const BlFlow *f, size_t size)
{
	if (size < offsetof(BlFlow, w) || f->nwin < 1 || f->nwin > BL_FLOW_MAX_WINDOWS ||
		size != bl_flow_size(f->nwin))
		return BL_FLOW_SYNTAX;
	for (uint32_t i = 0; i < f->nwin; i++)
		if (BL_FLOW_DAYS(f)[i] < 1 || BL_FLOW_DAYS(f)[i] > BL_FLOW_MAX_DAYS)
			return BL_FLOW_BAD_WINDOW;
	if (f->open_end < 0)
		return BL_FLOW_BAD_COUNT;
	for (uint32_t i = f->nwin; i < 4 * f->nwin; i++)
		if (f->w[i] < 0)
			return BL_FLOW_BAD_COUNT;
	return BL_FLOW_OK;
}

/* ---- text form -------------------------------------------------------------------------- */

static void
put_list(BlBuf *b, const char *name, const int64_t *v, uint32_t n)
{
	char		num[32];

	bl_buf_str(b, " ");
	bl_buf_str(b, name);
	bl_buf_str(b, "=");
	for (uint32_t i = 0; i < n; i++)
	{
		snprintf(num, sizeof(num), "%s%" PRId64, i ? "," : "", v[i]);
		bl_buf_str(b, num);
	}
}

char *
bl_flow_format(const BlFlow *f)
{
	BlBuf		b;
	char		num[48];

	bl_buf_init(&b, 64 + (size_t) f->nwin * 4 * 21);
	snprintf(num, sizeof(num), "flow v1 as_of=%" PRId64, f->as_of);
	bl_buf_str(&b, num);
	put_list(&b, "windows", BL_FLOW_DAYS(f), f->nwin);
	put_list(&b, "created", BL_FLOW_CREATED(f), f->nwin);
	put_list(&b, "solved", BL_FLOW_SOLVED(f), f->nwin);
	put_list(&b, "open_start", BL_FLOW_OPEN_START(f), f->nwin);
	snprintf(num, sizeof(num), " open_end=%" PRId64, f->open_end);
	bl_buf_str(&b, num);
	return b.data;
}

/* One decimal integer (optional minus) at *p; advances *p. */
static bool
read_int(const char **p, int64_t *out)
{
	const char *s = *p;
	char	   *end;
	long long	v;

	if (!(*s == '-' || (*s >= '0' && *s <= '9')))
		return false;
	errno = 0;
	v = strtoll(s, &end, 10);

	if (errno != 0 || end == s || (end - s == 1 && *s == '-'))
		return false;
	*out = (int64_t) v;
	*p = end;
	return true;
}

/* " name=" at *p; advances *p. */
static bool
read_key(const char **p, const char *name)
{
	size_t		len = strlen(name);

	if (**p != ' ' || strncmp(*p + 1, name, len) != 0 || (*p)[1 + len] != '=')
		return false;
	*p += len + 2;
	return true;
}

/* A comma-separated list of up to max integers; *n receives how many. */
static bool
read_list(const char **p, int64_t *v, uint32_t max, uint32_t *n)
{
	*n = 0;
	for (;;)
	{
		if (*n >= max || !read_int(p, &v[*n]))
			return false;
		(*n)++;
		if (**p != ',')
			return true;
		(*p)++;
	}
}

BlFlowResult
bl_flow_parse(const char *text, BlFlow **out, size_t *size)
{
	const char *p = text;
	int64_t		as_of, open_end;
	int64_t		vals[4][BL_FLOW_MAX_WINDOWS];
	uint32_t	n[4];
	static const char *const names[4] = {"windows", "created", "solved", "open_start"};
	size_t		sz;
	BlFlow	   *f;
	BlFlowResult r;

	*out = NULL;
	*size = 0;
	while (*p == ' ' || *p == '\t' || *p == '\n')
		p++;
	if (strncmp(p, "flow v1", 7) != 0)
		return BL_FLOW_SYNTAX;
	p += 7;
	if (!read_key(&p, "as_of") || !read_int(&p, &as_of))
		return BL_FLOW_SYNTAX;
	for (int k = 0; k < 4; k++)
		if (!read_key(&p, names[k]) || !read_list(&p, vals[k], BL_FLOW_MAX_WINDOWS, &n[k]) ||
			n[k] != n[0])
			return BL_FLOW_SYNTAX;
	if (!read_key(&p, "open_end") || !read_int(&p, &open_end))
		return BL_FLOW_SYNTAX;
	while (*p == ' ' || *p == '\t' || *p == '\n')
		p++;
	if (*p != '\0')
		return BL_FLOW_SYNTAX;

	sz = bl_flow_size(n[0]);
	f = bl_alloc(sz);
	f->nwin = n[0];
	f->as_of = as_of;
	f->open_end = open_end;
	for (int k = 0; k < 4; k++)
		memcpy(f->w + k * n[0], vals[k], n[0] * sizeof(int64_t));
	r = bl_flow_validate(f, sz);
	if (r != BL_FLOW_OK)
	{
		bl_free(f);
		return r;
	}
	*out = f;
	*size = sz;
	return BL_FLOW_OK;
}

/* ---- figures ---------------------------------------------------------------------------- */

void
bl_flow_row(const BlFlow *f, uint32_t i, BlFlowRow *r)
{
	memset(r, 0, sizeof(*r));
	r->window_days = (int32_t) BL_FLOW_DAYS(f)[i];
	r->created = BL_FLOW_CREATED(f)[i];
	r->solved = BL_FLOW_SOLVED(f)[i];
	r->net = r->created - r->solved;	/* counts are >= 0: cannot overflow */
	r->open_at_start = BL_FLOW_OPEN_START(f)[i];
	r->open_at_end = f->open_end;
	if (r->created > 0)
	{
		r->has_solved_per_created = true;
		r->solved_per_created = (double) r->solved / (double) r->created;
	}
	if (r->open_at_start > 0)
	{
		r->has_growth = true;
		r->growth = (double) r->open_at_end / (double) r->open_at_start - 1.0;
	}
	if (r->solved > r->created)
	{
		r->has_days_to_clear = true;
		r->days_to_clear = (double) r->open_at_end * (double) r->window_days /
			(double) (r->solved - r->created);
	}
}

/* bl_buf.c: the growing output buffer of bl_buf.h (pure C: libc and bl_alloc only). */
#include <string.h>

#include "bl_alloc.h"
#include "bl_buf.h"

void
bl_buf_init(BlBuf *b, size_t hint)
{
	b->cap = hint + 1;
	b->data = bl_alloc(b->cap);
	b->len = 0;
	b->data[0] = '\0';
}

void
bl_buf_put(BlBuf *b, const char *s, size_t n)
{
	/* past the allocation limit bl_alloc refuses: ERROR in the server, abort outside it */
	if (n >= BL_ALLOC_MAX - b->len)
		(void) bl_alloc(BL_ALLOC_MAX + (size_t) 1);
	if (b->len + n + 1 > b->cap)
	{
		size_t		cap = b->cap * 2;
		char	   *d;

		if (cap < b->len + n + 1)
			cap = b->len + n + 1;
		if (cap > BL_ALLOC_MAX)
			cap = BL_ALLOC_MAX;
		d = bl_alloc(cap);
		memcpy(d, b->data, b->len + 1);
		bl_free(b->data);
		b->data = d;
		b->cap = cap;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
bl_buf_str(BlBuf *b, const char *s)
{
	bl_buf_put(b, s, strlen(s));
}

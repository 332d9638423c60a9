/*
 * bl_buf.h: a growing, NUL-terminated output buffer for the pure C cores (the calendar printer,
 * the text normalizer). Memory comes from bl_alloc, so inside the server it lives in the
 * caller's memory context.
 */
#ifndef BACKLOG_BL_BUF_H
#define BACKLOG_BL_BUF_H

#include <stddef.h>

typedef struct BlBuf
{
	char	   *data;			/* NUL-terminated; owned by the buffer until handed out */
	size_t		len;			/* bytes used, not counting the NUL */
	size_t		cap;			/* bytes allocated */
} BlBuf;

/* Start empty with room for about "hint" bytes (a good estimate saves copies). */
extern void bl_buf_init(BlBuf *b, size_t hint);

/* Append n bytes, growing (doubling) as needed; never truncates. */
extern void bl_buf_put(BlBuf *b, const char *s, size_t n);

/* Append a NUL-terminated string. */
extern void bl_buf_str(BlBuf *b, const char *s);

#endif

/* bl_alloc_std.c: the standalone bl_alloc/bl_free used by unit tests and fuzz harnesses. */
#include <stdio.h>
#include <stdlib.h>

#include "bl_alloc.h"

void *
bl_alloc(size_t size)
{
	void	   *p;

	if (size > BL_ALLOC_MAX)
	{
		fprintf(stderr, "bl_alloc: request of %zu bytes is over the limit\n", size);
		abort();
	}
	p = calloc(1, size ? size : 1);
	if (p == NULL)
		abort();
	return p;
}

void
bl_free(void *ptr)
{
	free(ptr);
}

/*
 * bl_alloc.h: memory for the pure C cores.
 *
 * The cores (every C file in src/ that is not glue) never include postgres.h, so they allocate through
 * these two functions. Inside the server they are palloc0/pfree in the caller's current memory
 * context (src/backlog.c), so a core's allocations live exactly as long as the glue wants and an
 * ERROR raised while one is running leaks nothing. Outside the server (unit tests, fuzzers) they
 * are calloc/free (test/unit/bl_alloc_std.c).
 *
 * bl_alloc returns zeroed memory and never returns NULL: in the server palloc raises ERROR when
 * memory runs out; the standalone version aborts. Callers must check sizes against their own
 * documented limits before asking (requests above BL_ALLOC_MAX are refused the same way).
 */
#ifndef BACKLOG_BL_ALLOC_H
#define BACKLOG_BL_ALLOC_H

#include <stddef.h>

/* The largest single request, matching PostgreSQL's MaxAllocSize (1 GB - 1). */
#define BL_ALLOC_MAX ((size_t) 0x3fffffff)

extern void *bl_alloc(size_t size);
extern void bl_free(void *ptr);

#endif

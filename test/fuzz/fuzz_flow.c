/*
 * fuzz_flow.c: libFuzzer harness for the flow state's text reader (bl_flow_parse in src/flow.c),
 * what backlog.flow_state_in runs. A state that reads must pass bl_flow_validate, print to a
 * text that reads back to the same state, give figures for every window without undefined
 * behaviour, and combine with itself (doubling every count) unless a count would overflow.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bl_alloc.h"
#include "flow.h"

#define REQUIRE(cond) \
	do { \
		if (!(cond)) \
		{ \
			fprintf(stderr, "invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
			abort(); \
		} \
	} while (0)

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *text = bl_alloc(size + 1);
	BlFlow	   *f;
	BlFlow	   *g;
	size_t		sz;
	size_t		sz2;

	memcpy(text, data, size);
	if (bl_flow_parse(text, &f, &sz) == BL_FLOW_OK)
	{
		char	   *out = bl_flow_format(f);
		BlFlowRow	r;

		REQUIRE(bl_flow_validate(f, sz) == BL_FLOW_OK);
		REQUIRE(bl_flow_parse(out, &g, &sz2) == BL_FLOW_OK);
		REQUIRE(sz2 == sz && memcmp(&g->nwin, &f->nwin, sz - sizeof(uint32_t)) == 0);
		for (uint32_t i = 0; i < f->nwin; i++)
		{
			bl_flow_row(f, i, &r);
			REQUIRE(r.window_days >= 1 && r.window_days <= BL_FLOW_MAX_DAYS);
		}
		if (bl_flow_combine(g, f) == BL_FLOW_OK)
			REQUIRE(g->open_end == 2 * f->open_end);
		else
			REQUIRE(memcmp(&g->nwin, &f->nwin, sz - sizeof(uint32_t)) == 0);
		bl_free(g);
		bl_free(out);
		bl_free(f);
	}
	else
		REQUIRE(f == NULL);
	bl_free(text);
	return 0;
}

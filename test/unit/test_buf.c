/* test_buf.c: the growing output buffer (src/bl_buf.c) shared by the calendar and normalize. */
#include <string.h>

#include "bl_alloc.h"
#include "bl_buf.h"
#include "unit.h"

int
main(void)
{
	BlBuf		b;
	char		expect[4001];
	int			i;

	/* empty buffer: a valid empty string */
	bl_buf_init(&b, 0);
	CHECK_EQ_LL(b.len, 0);
	CHECK_STREQ(b.data, "");

	/* a hint of 0 forces many doublings: 1000 appends of 4 bytes, content and NUL intact */
	for (i = 0; i < 1000; i++)
	{
		bl_buf_str(&b, "abc,");
		memcpy(expect + 4 * i, "abc,", 4);
	}
	expect[4000] = '\0';
	CHECK_EQ_LL(b.len, 4000);
	CHECK(b.cap > b.len);
	CHECK_STREQ(b.data, expect);

	/* a zero-length append changes nothing; one larger than the capacity grows at once */
	bl_buf_put(&b, "x", 0);
	CHECK_EQ_LL(b.len, 4000);
	{
		static char big[100000];

		memset(big, 'z', sizeof(big));
		bl_buf_put(&b, big, sizeof(big));
		CHECK_EQ_LL(b.len, 4000 + sizeof(big));
		CHECK(b.data[4000] == 'z' && b.data[b.len - 1] == 'z' && b.data[b.len] == '\0');
		CHECK(memcmp(b.data, expect, 4000) == 0);
	}
	bl_free(b.data);
	UNIT_DONE();
}

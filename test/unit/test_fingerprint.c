/*
 * test_fingerprint.c: unit tests of the fingerprint core (src/fingerprint.c): the hash against
 * reference values, the stored form and its validation, similarity and the threshold
 * arithmetic, index keys, the accuracy of the Jaccard estimate, and connected components.
 */
#include <stdint.h>
#include <stdlib.h>

#include "bl_alloc.h"
#include "fingerprint.h"
#include "normalize.h"
#include "unit.h"

static void
fp_of(const char *text, uint8_t out[BL_FP_BYTES])
{
	if (bl_fp_from_text(text, strlen(text), out) != BL_FP_OK)
		memset(out, 0xEE, BL_FP_BYTES);
}

/*
 * MurmurHash64A reference values, computed with an independent implementation of the published
 * algorithm (Python, 64-bit little-endian blocks, tail bytes xored high to low).
 */
static void
test_hash(void)
{
	CHECK(bl_hash64("", 0, 0) == UINT64_C(0x0000000000000000));
	CHECK(bl_hash64("a", 1, 0) == UINT64_C(0x071717d2d36b6b11));
	CHECK(bl_hash64("abc", 3, 0) == UINT64_C(0x9cc9c33498a95efb));
	CHECK(bl_hash64("12345678", 8, 0) == UINT64_C(0x758f67d162b2d202));
	CHECK(bl_hash64("hello world", 11, 0) == UINT64_C(0xd3ba2368a832afce));
	CHECK(bl_hash64("export", 6, UINT64_C(0x6261636b6c6f6731)) == UINT64_C(0x1ae491923059cf35));
}

static void
test_stored_form(void)
{
	uint8_t		a[BL_FP_BYTES];
	uint8_t		e[BL_FP_BYTES];
	uint8_t		bad[BL_FP_BYTES];
	int			i;
	int			nonzero = 0;

	fp_of("The export to CSV fails with error 500", a);
	CHECK_EQ_LL(a[0], BL_FP_VERSION);
	CHECK_EQ_LL(a[1], 0);
	CHECK_EQ_LL(a[2], 0);
	CHECK_EQ_LL(a[3], 0);
	for (i = BL_FP_HEADER; i < BL_FP_BYTES; i++)
		nonzero += a[i] != 0;
	CHECK(nonzero > 200);
	CHECK_EQ_LL(bl_fp_check(a, BL_FP_BYTES), BL_FP_OK);
	/* the pinned value of sql/fingerprint.sql: first bytes 01 00 00 00 58 c0 3d 42 */
	CHECK_EQ_LL(a[4], 0x58);
	CHECK_EQ_LL(a[5], 0xc0);

	fp_of("", e);
	CHECK_EQ_LL(e[0], BL_FP_VERSION);
	CHECK_EQ_LL(e[1], BL_FP_FLAG_EMPTY);
	CHECK(bl_fp_is_empty(e));
	CHECK_EQ_LL(bl_fp_check(e, BL_FP_BYTES), BL_FP_OK);

	CHECK_EQ_LL(bl_fp_check(a, BL_FP_BYTES - 1), BL_FP_BAD_LENGTH);
	CHECK_EQ_LL(bl_fp_check(a, BL_FP_BYTES + 1), BL_FP_BAD_LENGTH);
	memcpy(bad, a, BL_FP_BYTES);
	bad[0] = 2;
	CHECK_EQ_LL(bl_fp_check(bad, BL_FP_BYTES), BL_FP_BAD_VERSION);
	memcpy(bad, a, BL_FP_BYTES);
	bad[1] = 0x80;
	CHECK_EQ_LL(bl_fp_check(bad, BL_FP_BYTES), BL_FP_BAD_FLAGS);
	memcpy(bad, a, BL_FP_BYTES);
	bad[3] = 1;
	CHECK_EQ_LL(bl_fp_check(bad, BL_FP_BYTES), BL_FP_BAD_FLAGS);
	memcpy(bad, e, BL_FP_BYTES);
	bad[BL_FP_BYTES - 1] = 1;
	CHECK_EQ_LL(bl_fp_check(bad, BL_FP_BYTES), BL_FP_BAD_EMPTY);
	for (i = BL_FP_OK; i <= BL_FP_BAD_EMPTY; i++)
		CHECK(strlen(bl_fp_status_message((BlFpStatus) i)) > 10);
}

static void
test_similarity(void)
{
	uint8_t		a[BL_FP_BYTES];
	uint8_t		b[BL_FP_BYTES];
	uint8_t		c[BL_FP_BYTES];
	uint8_t		e[BL_FP_BYTES];

	fp_of("Export to CSV fails with an error", a);
	fp_of("CSV export broken: export to CSV fails, error", b);
	fp_of("Dark mode for the mobile app", c);
	fp_of("Hello,\nThanks!", e);
	CHECK_NEAR(bl_fp_similarity(a, a), 1.0, 0);
	CHECK_NEAR(bl_fp_similarity(a, b), bl_fp_similarity(b, a), 0);
	/* J = 4/5 (see sql/fingerprint.sql); 4 standard errors */
	CHECK_NEAR(bl_fp_similarity(a, b), 4.0 / 5, 4 * sqrt(4.0 / 5 * 1.0 / 5 / BL_FP_SLOTS));
	CHECK(bl_fp_similarity(a, c) < 0.05);
	CHECK(bl_fp_is_empty(e));
	CHECK_NEAR(bl_fp_similarity(e, e), 0.0, 0);
	CHECK_NEAR(bl_fp_similarity(a, e), 0.0, 0);
	CHECK_EQ_LL(bl_fp_matches(a, a), BL_FP_SLOTS);
}

static void
test_min_matches(void)
{
	CHECK_EQ_LL(bl_fp_min_matches(0.0), 0);
	CHECK_EQ_LL(bl_fp_min_matches(-1.0), 0);
	CHECK_EQ_LL(bl_fp_min_matches(1e-9), 1);
	CHECK_EQ_LL(bl_fp_min_matches(1.0 / 128), 1);
	CHECK_EQ_LL(bl_fp_min_matches(0.5), 64);
	CHECK_EQ_LL(bl_fp_min_matches(0.500001), 65);
	CHECK_EQ_LL(bl_fp_min_matches(0.3), 39);	/* 38/128 = 0.297 < 0.3 <= 39/128 = 0.305 */
	CHECK_EQ_LL(bl_fp_min_matches(1.0), 128);
	CHECK_EQ_LL(bl_fp_min_matches(1.5), 129);
}

static void
test_keys(void)
{
	uint8_t		a[BL_FP_BYTES];
	uint8_t		e[BL_FP_BYTES];
	int32_t		keys[BL_FP_SLOTS];
	int			i;
	int			ok = 1;

	fp_of("Export to CSV fails", a);
	fp_of("", e);
	CHECK_EQ_LL(bl_fp_keys(a, keys), BL_FP_SLOTS);
	for (i = 0; i < BL_FP_SLOTS; i++)
		if ((keys[i] >> 16) != i ||
			(keys[i] & 0xFFFF) != (a[BL_FP_HEADER + 2 * i] | (a[BL_FP_HEADER + 2 * i + 1] << 8)))
			ok = 0;
	CHECK(ok);
	CHECK_EQ_LL(bl_fp_keys(e, keys), 0);
}

/*
 * Accuracy: word sets with a known Jaccard similarity (words are 'w' + base-26 letters, no
 * stop word; each word is followed by the particle の so no word pairs form and the shingle
 * set is the words plus の). Over 400 pairs the error must look like sqrt(J(1-J)/K).
 */
static void
append_word(char *buf, size_t *len, unsigned int n)
{
	char		w[16];
	int			k = 0;

	w[k++] = 'w';
	do
	{
		w[k++] = (char) ('a' + n % 26);
		n /= 26;
	} while (n > 0);
	w[k++] = 'o';				/* ends in a vowel: the stemmer leaves it alone */
	memcpy(buf + *len, w, k);
	*len += k;
	memcpy(buf + *len, " \xe3\x81\xae ", 5);
	*len += 5;
}

static void
test_accuracy(void)
{
	uint32_t	state = 987654321;
	double		sum_err = 0;
	double		sum_z2 = 0;
	int			outliers = 0;
	int			pair;
	char	   *ta = malloc(64 * 1024);
	char	   *tb = malloc(64 * 1024);

	for (pair = 0; pair < 400; pair++)
	{
		size_t		la = 0;
		size_t		lb = 0;
		unsigned int na;
		unsigned int nb;
		unsigned int shift;
		unsigned int base = (unsigned int) pair * 10000;
		unsigned int i;
		uint8_t		a[BL_FP_BYTES];
		uint8_t		b[BL_FP_BYTES];
		double		inter;
		double		uni;
		double		j;
		double		est;
		double		sd;

		state = state * 1664525u + 1013904223u;
		na = 20 + (state >> 8) % 300;
		state = state * 1664525u + 1013904223u;
		nb = 20 + (state >> 8) % 300;
		state = state * 1664525u + 1013904223u;
		shift = (state >> 8) % (na + 1);
		for (i = 0; i < na; i++)
			append_word(ta, &la, base + i);
		for (i = shift; i < shift + nb; i++)
			append_word(tb, &lb, base + i);
		CHECK_EQ_LL(bl_fp_from_text(ta, la, a), BL_FP_OK);
		CHECK_EQ_LL(bl_fp_from_text(tb, lb, b), BL_FP_OK);
		inter = (double) ((na < shift + nb ? na : shift + nb) - shift) + 1;
		uni = (double) ((na > shift + nb ? na : shift + nb)) + 1;
		j = inter / uni;
		est = bl_fp_similarity(a, b);
		sd = sqrt(j * (1 - j) / BL_FP_SLOTS);
		sum_err += est - j;
		if (sd > 0)
			sum_z2 += (est - j) * (est - j) / (sd * sd);
		if (fabs(est - j) > 4.5 * sd + 1.5 / BL_FP_SLOTS)
			outliers++;
	}
	free(ta);
	free(tb);
	CHECK_EQ_LL(outliers, 0);
	/* bias: mean error within 3 standard errors of the mean (about 0.002 each) */
	CHECK(fabs(sum_err / 400) < 0.01);
	/* the error's spread matches the binomial model: mean z^2 near 1 */
	CHECK(sum_z2 / 400 > 0.6 && sum_z2 / 400 < 1.5);
}

static void
test_components(void)
{
	int64_t		a[] = {5, 7, 1, 9, 3, 9, 20};
	int64_t		b[] = {7, 1, 2, 9, 4, 10, 21};
	int64_t		node[14];
	int64_t		root[14];
	size_t		n = bl_components(a, b, 7, node, root);
	/* components: {1, 2, 5, 7} root 1; {3, 4} root 3; {9, 10} root 9 (9-9 self loop); {20, 21} */
	int64_t		want_node[] = {1, 2, 3, 4, 5, 7, 9, 10, 20, 21};
	int64_t		want_root[] = {1, 1, 3, 3, 1, 1, 9, 9, 20, 20};
	size_t		i;
	int			ok = 1;

	CHECK_EQ_LL(n, 10);
	for (i = 0; i < n && i < 10; i++)
		if (node[i] != want_node[i] || root[i] != want_root[i])
			ok = 0;
	CHECK(ok);
	CHECK_EQ_LL(bl_components(a, b, 0, node, root), 0);

	/* a long chain stays linear-ish and ends in one component */
	{
		size_t		m = 200000;
		int64_t    *x = malloc(m * sizeof(int64_t));
		int64_t    *y = malloc(m * sizeof(int64_t));
		int64_t    *nd = malloc(2 * m * sizeof(int64_t));
		int64_t    *rt = malloc(2 * m * sizeof(int64_t));
		size_t		k;
		int			all = 1;

		for (k = 0; k < m; k++)
		{
			x[k] = (int64_t) (m - k);	/* edges from the far end first */
			y[k] = (int64_t) (m - k + 1);
		}
		CHECK_EQ_LL(bl_components(x, y, m, nd, rt), m + 1);
		for (k = 0; k <= m; k++)
			if (rt[k] != 1)
				all = 0;
		CHECK(all);
		free(x);
		free(y);
		free(nd);
		free(rt);
	}
}

/*
 * Star clustering, by hand: 1 leads; 2 is similar to 1 and joins it; 3 is similar only to 2,
 * which is no leader, so 3 leads (no chain); 4 repeats 1 (strong) and joins it despite a lower
 * similarity; 5 pairs with leaders 3 (0.8) and 1 (0.7) and takes the more similar; 6 has an edge
 * to an id that is not a ticket (99) only, and leads alone.
 */
static void
test_star_clusters(void)
{
	int64_t		order[] = {1, 2, 3, 4, 5, 6};
	int64_t		a[] = {1, 2, 4, 5, 1, 6};
	int64_t		b[] = {2, 3, 1, 3, 5, 99};
	float		w[] = {0.9f, 0.9f, 0.2f, 0.8f, 0.7f, 1.0f};
	unsigned char strong[] = {0, 0, 1, 0, 0, 0};
	int64_t		leader[6];
	int64_t		want[] = {1, 1, 3, 1, 3, 6};
	int64_t		twice[] = {1, 2, 1};
	int			k;
	int			ok = 1;

	CHECK_EQ_LL(bl_star_clusters(order, 6, a, b, w, strong, 6, leader), 0);
	for (k = 0; k < 6; k++)
		if (leader[k] != want[k])
			ok = 0;
	CHECK(ok);
	CHECK_EQ_LL(bl_star_clusters(twice, 3, a, b, w, strong, 6, leader), -1);
	CHECK_EQ_LL(bl_star_clusters(order, 0, a, b, w, strong, 6, leader), 0);
}

static int
leaders_are(const int64_t *leader, const int64_t *want, int m)
{
	int			k;

	for (k = 0; k < m; k++)
		if (leader[k] != want[k])
			return 0;
	return 1;
}

/*
 * Merging star clusters: stars {1,2} and {3,4} (3 pairs only with 2, which leads nothing) have
 * 3 of their 4 cross pairs as edges and merge into 1, before {3,4} could take 5 (1 of 2, less
 * dense); 5, paired only with 4, then has 1 edge of the 4 pairs to {1,2,3,4}, too few, however
 * often that edge is listed. An edge 5-3 puts 5 in 3's star, and 3 of the 6 pairs between
 * {1,2} and {3,4,5} are edges: half is enough.
 */
static void
test_star_merge(void)
{
	int64_t		order[] = {1, 2, 3, 4, 5};
	int64_t		a[] = {1, 3, 3, 4, 4, 4, 5, 4, 5};
	int64_t		b[] = {2, 2, 4, 1, 2, 5, 4, 5, 3};
	float		w[] = {0.9f, 0.9f, 0.9f, 0.5f, 0.5f, 0.9f, 0.9f, 0.9f, 0.4f};
	int64_t		leader[5];
	int64_t		merged[] = {1, 1, 1, 1, 5};
	int64_t		all[] = {1, 1, 1, 1, 1};

	CHECK_EQ_LL(bl_star_clusters(order, 5, a, b, w, NULL, 8, leader), 0);
	CHECK(leaders_are(leader, merged, 5));
	CHECK_EQ_LL(bl_star_clusters(order, 5, a, b, w, NULL, 9, leader), 0);
	CHECK(leaders_are(leader, all, 5));
	/* without the edges that make {3,4} dense with {1,2}, nothing merges */
	CHECK_EQ_LL(bl_star_clusters(order, 5, a, b, w, NULL, 3, leader), 0);
	{
		int64_t		apart[] = {1, 1, 3, 3, 5};

		CHECK(leaders_are(leader, apart, 5));
	}
}

/* average linkage: chains stop, cliques and one-text groups merge, ties and input order */
static void
test_average_clusters(void)
{
	int64_t		order[7] = {10, 11, 12, 13, 14, 15, 16};
	int64_t		leader[7];
	int64_t		twice[3] = {10, 11, 10};

	/* a chain 10-11-12 (0.9 each, no 10-12): 10 and 11 merge, 12 averages 0.45 with them */
	{
		int64_t		a[] = {10, 11};
		int64_t		b[] = {11, 12};
		float		w[] = {0.9f, 0.9f};

		CHECK_EQ_LL(bl_average_clusters(order, 3, a, b, w, NULL, 2, 0.5, leader), 0);
		CHECK_EQ_LL(leader[0], 10);
		CHECK_EQ_LL(leader[1], 10);
		CHECK_EQ_LL(leader[2], 12);
		/* at 0.4 the average reaches it: one cluster */
		CHECK_EQ_LL(bl_average_clusters(order, 3, a, b, w, NULL, 2, 0.4, leader), 0);
		CHECK_EQ_LL(leader[2], 10);
	}
	/* a triangle 13-14-15 and a weak edge 15-16: the triangle is one cluster, 16 alone */
	{
		int64_t		a[] = {15, 13, 14, 15};
		int64_t		b[] = {16, 14, 15, 13};
		float		w[] = {0.3f, 0.8f, 0.7f, 0.6f};

		CHECK_EQ_LL(bl_average_clusters(order, 7, a, b, w, NULL, 4, 0.5, leader), 0);
		CHECK_EQ_LL(leader[3], 13);
		CHECK_EQ_LL(leader[4], 13);
		CHECK_EQ_LL(leader[5], 13);
		CHECK_EQ_LL(leader[6], 16);
		CHECK_EQ_LL(leader[0], 10);		/* no edge: alone */
	}
	/* one text: 11, 12, 13 are one node with 10 (same), so 14, like 10 alone, joins them all */
	{
		int64_t		a[] = {10, 10, 10, 10};
		int64_t		b[] = {11, 12, 13, 14};
		float		w[] = {1.0f, 1.0f, 1.0f, 0.6f};
		unsigned char same[] = {1, 1, 1, 0};

		CHECK_EQ_LL(bl_average_clusters(order, 5, a, b, w, same, 4, 0.5, leader), 0);
		CHECK_EQ_LL(leader[4], 10);
		/* without the text group the star edges average below 0.5 and 14 stays out */
		CHECK_EQ_LL(bl_average_clusters(order, 5, a, b, w, NULL, 4, 0.5, leader), 0);
		CHECK_EQ_LL(leader[4], 14);
	}
	/* a pair listed twice counts once with its best score; the order of edges does not matter */
	{
		int64_t		a1[] = {10, 11, 10, 12};
		int64_t		b1[] = {11, 10, 12, 11};
		float		w1[] = {0.2f, 0.9f, 0.6f, 0.6f};
		int64_t		a2[] = {11, 12, 11, 10};
		int64_t		b2[] = {12, 10, 10, 11};
		float		w2[] = {0.6f, 0.6f, 0.9f, 0.2f};
		int64_t		l2[3];

		CHECK_EQ_LL(bl_average_clusters(order, 3, a1, b1, w1, NULL, 4, 0.7, leader), 0);
		CHECK_EQ_LL(bl_average_clusters(order, 3, a2, b2, w2, NULL, 4, 0.7, l2), 0);
		CHECK_EQ_LL(leader[0], l2[0]);
		CHECK_EQ_LL(leader[1], l2[1]);
		CHECK_EQ_LL(leader[2], l2[2]);
		CHECK_EQ_LL(leader[1], 10);		/* 0.9, not 0.2 */
		CHECK_EQ_LL(leader[2], 12);		/* (0.6 + 0.6) / 2 < 0.7 */
	}
	/* ids missing from order and scores of 0 are ignored; an id twice is refused */
	{
		int64_t		a[] = {10, 99};
		int64_t		b[] = {11, 10};
		float		w[] = {0.0f, 1.0f};

		CHECK_EQ_LL(bl_average_clusters(order, 2, a, b, w, NULL, 2, 0.0, leader), 0);
		CHECK_EQ_LL(leader[1], 11);
		CHECK_EQ_LL(bl_average_clusters(twice, 3, a, b, w, NULL, 2, 0.5, leader), -1);
		CHECK_EQ_LL(bl_average_clusters(order, 0, a, b, w, NULL, 2, 0.5, leader), 0);
	}
}

int
main(void)
{
	test_hash();
	test_stored_form();
	test_similarity();
	test_min_matches();
	test_keys();
	test_accuracy();
	test_components();
	test_star_clusters();
	test_star_merge();
	test_average_clusters();
	UNIT_DONE();
}

/*
 * fingerprint.c: shingles, MinHash and index keys for backlog.fingerprint.
 *
 * Shingles of a normalized text (see fingerprint.h for the format):
 *   - every content word, stemmed (stem_word below): "exports", "exported", "exporting" are
 *     one shingle, so a reworded report still shares most of them;
 *   - every bigram of characters inside a run of a script written without spaces (Japanese,
 *     Chinese, Thai...), where words cannot be told apart without a dictionary.
 * Pairs of adjacent words were tried and left out: on reworded duplicates (test/eval and
 * sql/duplicate_threshold.sql) they lowered the similarity of true duplicates more than that of
 * different issues, since a rewording rarely keeps two words side by side.
 * Content words are the words that are not in the short stop-word list below and not tokens
 * (<num>, <url>...). A text with no content word falls back to all its words; a text with no
 * word at all gets the empty fingerprint, similar to nothing.
 *
 * MinHash: each shingle is hashed once with MurmurHash64A (bl_hash64, seed BL_FP_SEED); slot i
 * keeps the minimum over shingles of ((h ^ S[i]) * A[i]) mod 2^32, a different bijection of the
 * 32-bit hash per slot (S[i] and A[i], A[i] odd, come from a splitmix64 stream with a fixed
 * seed). The stored slot value is 16 bits of a murmur3 finalizer of that minimum: two
 * fingerprints agree on a slot when the same shingle is the minimum of both (probability J),
 * or by a 1 in 65,536 accident.
 */
#include <math.h>
#include <stdlib.h>
#include <stdbool.h>
#include <string.h>

#include "bl_alloc.h"
#include "fingerprint.h"
#include "normalize.h"

#define BL_FP_SEED			UINT64_C(0x6261636b6c6f6731)	/* "backlog1" */
#define BL_FP_SLOT_SEED		UINT64_C(0x9e3779b97f4a7c15)

/* Words too common to tell two issues apart (folded, as bl_normalize writes them). */
static const char *const stopwords[] = {
	"a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
	"be", "been", "before", "but", "by", "can", "could", "did", "do", "does", "for", "from",
	"get", "got", "had", "has", "have", "having", "he", "her", "here", "him", "his", "how", "i",
	"if", "im", "in", "into", "is", "it", "its", "just", "let", "me", "my", "now", "of", "on",
	"or", "our", "out", "please", "pls", "she", "so", "some", "that", "the", "their", "them",
	"then", "there", "these", "they", "this", "those", "to", "too", "up", "us", "was", "we",
	"were", "what", "when", "where", "which", "while", "who", "why", "will", "with", "would",
	"you", "your", "s", "t", "d", "ll", "ve", "re", "m",
	/* what support tickets say whatever they are about */
	"hi", "hello", "hey", "thanks", "thank", "help", "advise", "appreciate", "appreciated",
	"team", "plan", "kindly", "issue", "problem", "question", "urgent", "asap", "anything",
	"else", "need", "want", "like", "should", "look", "looking", "know", "sure", "side", "yours",
	"ours", "already", "checked", "find", "answer", "attached", "screenshot", "blocking", "whole",
	"still", "update", "waiting", "response", "sorry", "earlier", "writing", "heard",
	"back", "ago", "not", "dont", "didn", "didnt", "don", "cant", "cannot", "doesn",
	"doesnt", "isn", "isnt", "won", "wont", "way", "one",
	/* German, French, Spanish: the commonest function words */
	"der", "die", "das", "und", "ist", "nicht", "ich", "wir", "ein", "eine", "mit", "fur",
	"le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "je", "nous", "pas",
	"el", "los", "las", "y", "es", "en", "que", "no", "por", "con", "para",
	NULL
};

/* ---------------------------------------------------------------------------------------------
 * Hashing
 * ------------------------------------------------------------------------------------------- */

uint64_t
bl_hash64(const void *data, size_t len, uint64_t seed)
{
	const uint64_t m = UINT64_C(0xc6a4a7935bd1e995);
	const int	r = 47;
	const uint8_t *p = (const uint8_t *) data;
	uint64_t	h = seed ^ ((uint64_t) len * m);
	size_t		i;

	for (i = 0; i + 8 <= len; i += 8)
	{
		uint64_t	k = (uint64_t) p[i] | ((uint64_t) p[i + 1] << 8) |
			((uint64_t) p[i + 2] << 16) | ((uint64_t) p[i + 3] << 24) |
			((uint64_t) p[i + 4] << 32) | ((uint64_t) p[i + 5] << 40) |
			((uint64_t) p[i + 6] << 48) | ((uint64_t) p[i + 7] << 56);

		k *= m;
		k ^= k >> r;
		k *= m;
		h ^= k;
		h *= m;
	}
	switch (len & 7)
	{
		case 7:
			h ^= (uint64_t) p[i + 6] << 48;
			/* FALLTHROUGH */
		case 6:
			h ^= (uint64_t) p[i + 5] << 40;
			/* FALLTHROUGH */
		case 5:
			h ^= (uint64_t) p[i + 4] << 32;
			/* FALLTHROUGH */
		case 4:
			h ^= (uint64_t) p[i + 3] << 24;
			/* FALLTHROUGH */
		case 3:
			h ^= (uint64_t) p[i + 2] << 16;
			/* FALLTHROUGH */
		case 2:
			h ^= (uint64_t) p[i + 1] << 8;
			/* FALLTHROUGH */
		case 1:
			h ^= (uint64_t) p[i];
			h *= m;
	}
	h ^= h >> r;
	h *= m;
	h ^= h >> r;
	return h;
}

static uint64_t
splitmix64(uint64_t *state)
{
	uint64_t	z = (*state += UINT64_C(0x9e3779b97f4a7c15));

	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

static uint32_t
fmix32(uint32_t h)
{
	h ^= h >> 16;
	h *= 0x85ebca6bU;
	h ^= h >> 13;
	h *= 0xc2b2ae35U;
	h ^= h >> 16;
	return h;
}

/* The per-slot xor and multiplier constants, made once from a fixed splitmix64 stream. */
static uint32_t slot_xor[BL_FP_SLOTS];
static uint32_t slot_mul[BL_FP_SLOTS];
static bool slot_init = false;

static void
init_slots(void)
{
	uint64_t	state = BL_FP_SLOT_SEED;
	int			i;

	for (i = 0; i < BL_FP_SLOTS; i++)
	{
		uint64_t	r = splitmix64(&state);

		slot_xor[i] = (uint32_t) r;
		slot_mul[i] = (uint32_t) (r >> 32) | 1U;
	}
	slot_init = true;
}

/* ---------------------------------------------------------------------------------------------
 * Shingles
 * ------------------------------------------------------------------------------------------- */

typedef struct MinHash
{
	uint32_t	min[BL_FP_SLOTS];
	size_t		shingles;
} MinHash;

static void
minhash_add(MinHash *mh, uint64_t h)
{
	uint32_t	x = (uint32_t) (h ^ (h >> 32));
	int			i;

	/* a loop the compiler can vectorize: xor, multiply, minimum */
	for (i = 0; i < BL_FP_SLOTS; i++)
	{
		uint32_t	v = (x ^ slot_xor[i]) * slot_mul[i];

		mh->min[i] = v < mh->min[i] ? v : mh->min[i];
	}
	mh->shingles++;
}

static bool
is_stopword(const char *w, size_t n)
{
	const char *const *p;

	for (p = stopwords; *p != NULL; p++)
		if (strlen(*p) == n && memcmp(*p, w, n) == 0)
			return true;
	return false;
}

static bool
ends_with(const char *w, size_t n, const char *suffix)
{
	size_t		l = strlen(suffix);

	return n >= l && memcmp(w + n - l, suffix, l) == 0;
}

static bool
is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/*
 * A light English stemmer for words of ASCII letters: plural and verb endings go, then a final
 * 'e' and a doubled last consonant, so that "files"/"file", "crashes"/"crashed"/"crashing",
 * "stopped"/"stop", "saving"/"saved"/"save" meet. Stems need not be words. Returns the new
 * length (never below 3).
 */
static size_t
stem_word(char *w, size_t n)
{
	size_t		i;

	if (n < 4)
		return n;
	for (i = 0; i < n; i++)
		if (w[i] < 'a' || w[i] > 'z')
			return n;
	if (ends_with(w, n, "ies") && n > 4)
		n -= 2;					/* "replies" -> "repli", as "reply" becomes below */
	else if (ends_with(w, n, "sses"))
		n -= 2;
	else if (ends_with(w, n, "es") && n > 4 &&
			 (w[n - 3] == 's' || w[n - 3] == 'x' || w[n - 3] == 'z' ||
			  ((w[n - 3] == 'h') && (w[n - 4] == 'c' || w[n - 4] == 's'))))
		n -= 2;
	else if (w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i')
		n -= 1;
	if (n > 5 && ends_with(w, n, "ing"))
		n -= 3;
	else if (n > 4 && ends_with(w, n, "ed"))
		n -= 2;
	if (n > 3 && w[n - 1] == 'e')
		n -= 1;
	else if (n > 3 && w[n - 1] == 'y')
		w[n - 1] = 'i';
	if (n > 3 && w[n - 1] == w[n - 2] && !is_vowel(w[n - 1]) && w[n - 1] != 's' &&
		w[n - 1] != 'l')
		n -= 1;
	return n;
}

typedef struct Word
{
	const char *s;
	size_t		n;
} Word;

static bool
is_nospace_token(const char *s, size_t n)
{
	unsigned int cp;

	return bl_utf8_decode((const unsigned char *) s, n, &cp) > 0 && bl_is_nospace_cp(cp);
}

/* Character bigrams of a run of a script without spaces (a single character alone). */
static void
add_nospace_run(MinHash *mh, const char *s, size_t n)
{
	size_t		i = 0;
	int			l1;
	unsigned int cp;

	l1 = bl_utf8_decode((const unsigned char *) s, n, &cp);
	if (l1 <= 0)
		return;
	if ((size_t) l1 == n)
	{
		minhash_add(mh, bl_hash64(s, n, BL_FP_SEED));
		return;
	}
	while (i + l1 < n)
	{
		int			l2 = bl_utf8_decode((const unsigned char *) s + i + l1, n - i - l1, &cp);

		if (l2 <= 0)
			return;
		minhash_add(mh, bl_hash64(s + i, l1 + l2, BL_FP_SEED));
		i += l1;
		l1 = l2;
	}
}

/* Add the shingles of norm[0..len). Tokens are skipped; with content_only, stop words too. */
static void
add_shingles(MinHash *mh, const char *norm, size_t len, bool content_only)
{
	size_t		i = 0;
	char		stem[64];

	while (i < len)
	{
		size_t		start;
		size_t		n;
		uint64_t	h;

		while (i < len && norm[i] == ' ')
			i++;
		start = i;
		while (i < len && norm[i] != ' ')
			i++;
		n = i - start;
		if (n == 0)
			break;
		if (is_nospace_token(norm + start, n))
		{
			add_nospace_run(mh, norm + start, n);
			continue;
		}
		/* tokens (<num>, <url>...) never count; stop words only when nothing else does */
		if (norm[start] == '<' || (content_only && is_stopword(norm + start, n)))
			continue;
		if (n <= sizeof(stem))
		{
			memcpy(stem, norm + start, n);
			n = stem_word(stem, n);
			h = bl_hash64(stem, n, BL_FP_SEED);
		}
		else
			h = bl_hash64(norm + start, n, BL_FP_SEED);
		minhash_add(mh, h);
	}
}

static void
encode(const MinHash *mh, uint8_t out[BL_FP_BYTES])
{
	int			i;

	memset(out, 0, BL_FP_BYTES);
	out[0] = BL_FP_VERSION;
	if (mh->shingles == 0)
	{
		out[1] = BL_FP_FLAG_EMPTY;
		return;
	}
	for (i = 0; i < BL_FP_SLOTS; i++)
	{
		uint32_t	v = fmix32(mh->min[i]) >> 16;

		out[BL_FP_HEADER + 2 * i] = (uint8_t) (v & 0xFF);
		out[BL_FP_HEADER + 2 * i + 1] = (uint8_t) (v >> 8);
	}
}

void
bl_fp_from_normalized(const char *norm, size_t len, uint8_t out[BL_FP_BYTES])
{
	MinHash		mh;

	if (!slot_init)
		init_slots();
	memset(mh.min, 0xFF, sizeof(mh.min));
	mh.shingles = 0;
	add_shingles(&mh, norm, len, true);
	if (mh.shingles == 0)
		add_shingles(&mh, norm, len, false);
	encode(&mh, out);
}

BlFpStatus
bl_fp_from_text(const char *text, size_t len, uint8_t out[BL_FP_BYTES])
{
	char	   *norm;
	size_t		nlen;

	if (bl_normalize(text, len, &norm, &nlen) != BL_NORM_OK)
		return BL_FP_TOO_LONG;
	bl_fp_from_normalized(norm, nlen, out);
	bl_free(norm);
	return BL_FP_OK;
}

/* ---------------------------------------------------------------------------------------------
 * Stored form
 * ------------------------------------------------------------------------------------------- */

BlFpStatus
bl_fp_check(const uint8_t *fp, size_t len)
{
	int			i;

	if (len != BL_FP_BYTES)
		return BL_FP_BAD_LENGTH;
	if (fp[0] != BL_FP_VERSION)
		return BL_FP_BAD_VERSION;
	if ((fp[1] & ~BL_FP_FLAG_EMPTY) != 0 || fp[2] != 0 || fp[3] != 0)
		return BL_FP_BAD_FLAGS;
	if (fp[1] & BL_FP_FLAG_EMPTY)
		for (i = BL_FP_HEADER; i < BL_FP_BYTES; i++)
			if (fp[i] != 0)
				return BL_FP_BAD_EMPTY;
	return BL_FP_OK;
}

const char *
bl_fp_status_message(BlFpStatus status)
{
	switch (status)
	{
		case BL_FP_OK:
			return "The fingerprint is valid.";
		case BL_FP_TOO_LONG:
			return "The text is longer than the 32 MB a fingerprint is computed from.";
		case BL_FP_BAD_LENGTH:
			return "A fingerprint of format version 1 has exactly 260 bytes.";
		case BL_FP_BAD_VERSION:
			return "Only fingerprint format version 1 is known.";
		case BL_FP_BAD_FLAGS:
			return "Undefined flag bits or reserved bytes are set.";
		case BL_FP_BAD_EMPTY:
			return "A fingerprint flagged empty must have all slots zero.";
	}
	return "Unknown fingerprint status.";
}

int
bl_fp_is_empty(const uint8_t *fp)
{
	return (fp[1] & BL_FP_FLAG_EMPTY) != 0;
}

int
bl_fp_matches(const uint8_t *a, const uint8_t *b)
{
	int			matches = 0;
	int			i;

	if (bl_fp_is_empty(a) || bl_fp_is_empty(b))
		return 0;
	for (i = BL_FP_HEADER; i < BL_FP_BYTES; i += 2)
		matches += (a[i] == b[i] && a[i + 1] == b[i + 1]);
	return matches;
}

double
bl_fp_similarity(const uint8_t *a, const uint8_t *b)
{
	return (double) bl_fp_matches(a, b) / BL_FP_SLOTS;
}

int
bl_fp_min_matches(double threshold)
{
	int			m;

	if (!(threshold > 0.0))
		return 0;
	if (threshold > 1.0)
		return BL_FP_SLOTS + 1;	/* unreachable: nothing is similar */
	m = (int) ceil(threshold * BL_FP_SLOTS);
	/* guard against rounding either way: the exact test is m / SLOTS >= threshold */
	while (m > 0 && (double) (m - 1) / BL_FP_SLOTS >= threshold)
		m--;
	while (m <= BL_FP_SLOTS && (double) m / BL_FP_SLOTS < threshold)
		m++;
	return m;
}

int
bl_fp_keys(const uint8_t *fp, int32_t keys[BL_FP_SLOTS])
{
	int			i;

	if (bl_fp_is_empty(fp))
		return 0;
	for (i = 0; i < BL_FP_SLOTS; i++)
		keys[i] = (int32_t) (((uint32_t) i << 16) |
							 fp[BL_FP_HEADER + 2 * i] |
							 ((uint32_t) fp[BL_FP_HEADER + 2 * i + 1] << 8));
	return BL_FP_SLOTS;
}

/* ---------------------------------------------------------------------------------------------
 * Connected components (union-find over the near-duplicate pairs)
 * ------------------------------------------------------------------------------------------- */

static int
cmp_int64(const void *x, const void *y)
{
	int64_t		a = *(const int64_t *) x;
	int64_t		b = *(const int64_t *) y;

	return (a > b) - (a < b);
}

static size_t
node_index(const int64_t *node, size_t m, int64_t id)
{
	size_t		lo = 0;
	size_t		hi = m;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (node[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;					/* the first position whose id is not below id */
}

static size_t
uf_find(size_t *parent, size_t i)
{
	while (parent[i] != i)
	{
		parent[i] = parent[parent[i]];	/* path halving */
		i = parent[i];
	}
	return i;
}

size_t
bl_components(const int64_t *a, const int64_t *b, size_t n, int64_t *node, int64_t *root)
{
	size_t		m = 0;
	size_t		i;
	size_t	   *parent;

	if (n == 0)
		return 0;
	memcpy(node, a, n * sizeof(int64_t));
	memcpy(node + n, b, n * sizeof(int64_t));
	qsort(node, 2 * n, sizeof(int64_t), cmp_int64);
	for (i = 0; i < 2 * n; i++)
		if (m == 0 || node[m - 1] != node[i])
			node[m++] = node[i];

	parent = bl_alloc(m * sizeof(size_t));
	for (i = 0; i < m; i++)
		parent[i] = i;
	for (i = 0; i < n; i++)
	{
		size_t		x = uf_find(parent, node_index(node, m, a[i]));
		size_t		y = uf_find(parent, node_index(node, m, b[i]));

		/* the smaller index (the smaller ticket id) becomes the root */
		if (x < y)
			parent[y] = x;
		else if (y < x)
			parent[x] = y;
	}
	for (i = 0; i < m; i++)
		root[i] = node[uf_find(parent, i)];
	bl_free(parent);
	return m;
}

/* ---------------------------------------------------------------------------------------------
 * Star clustering (see fingerprint.h)
 * ------------------------------------------------------------------------------------------- */

/* Two star clusters merge when this share of the pairs between them are near-duplicates. */
#define BL_MERGE_DENSITY	0.5
/* At most this many merge rounds (each merges every cluster at most once). */
#define BL_MERGE_ROUNDS		64

typedef struct IdPos
{
	int64_t		id;
	size_t		pos;
} IdPos;

static int
cmp_idpos(const void *x, const void *y)
{
	int64_t		a = ((const IdPos *) x)->id;
	int64_t		b = ((const IdPos *) y)->id;

	return (a > b) - (a < b);
}

/* Position in creation order of id, or (size_t) -1 when it is not a ticket of the order. */
static size_t
order_pos(const IdPos *map, const int64_t *ids, size_t m, int64_t id)
{
	size_t		k = node_index(ids, m, id);

	return (k < m && ids[k] == id) ? map[k].pos : (size_t) -1;
}

/* A pair of clusters (leader positions x < y) with the number of edges between them. */
typedef struct ClusterLink
{
	size_t		x;
	size_t		y;
	size_t		edges;
	double		density;
} ClusterLink;

static int
cmp_link_pair(const void *p, const void *q)
{
	const ClusterLink *l = p;
	const ClusterLink *r = q;

	if (l->x != r->x)
		return (l->x > r->x) - (l->x < r->x);
	return (l->y > r->y) - (l->y < r->y);
}

/* densest first; ties to the earliest clusters, so the result never depends on edge order */
static int
cmp_link_density(const void *p, const void *q)
{
	const ClusterLink *l = p;
	const ClusterLink *r = q;

	if (l->density != r->density)
		return l->density < r->density ? 1 : -1;
	return cmp_link_pair(p, q);
}

/*
 * Average linkage over star clusters: two clusters merge when at least BL_MERGE_DENSITY of the
 * pairs between them are edges. In each round every cluster merges at most once, densest pairs
 * first, into the earlier leader; rounds repeat until nothing merges (at most BL_MERGE_ROUNDS).
 * cluster[k] is the leader position of position k, edges are (ea[i], eb[i]), i < ne.
 */
static void
merge_dense_clusters(size_t *cluster, size_t m, const size_t *ea, const size_t *eb, size_t ne)
{
	size_t	   *size = bl_alloc(m * sizeof(size_t));
	size_t	   *into = bl_alloc(m * sizeof(size_t));
	ClusterLink *edges = bl_alloc((ne > 0 ? ne : 1) * sizeof(ClusterLink));
	ClusterLink *links = bl_alloc((ne > 0 ? ne : 1) * sizeof(ClusterLink));
	size_t		nedges = 0;
	int			round;
	size_t		i;

	/* each pair of tickets once, however often the caller listed it */
	for (i = 0; i < ne; i++)
	{
		edges[i].x = ea[i] < eb[i] ? ea[i] : eb[i];
		edges[i].y = ea[i] < eb[i] ? eb[i] : ea[i];
	}
	qsort(edges, ne, sizeof(ClusterLink), cmp_link_pair);
	for (i = 0; i < ne; i++)
		if (nedges == 0 || edges[nedges - 1].x != edges[i].x || edges[nedges - 1].y != edges[i].y)
			edges[nedges++] = edges[i];

	for (round = 0; round < BL_MERGE_ROUNDS; round++)
	{
		size_t		nl = 0;
		size_t		nd = 0;
		bool		merged = false;

		memset(size, 0, m * sizeof(size_t));
		for (i = 0; i < m; i++)
		{
			size[cluster[i]]++;
			into[i] = (size_t) -1;
		}
		for (i = 0; i < nedges; i++)
		{
			size_t		x = cluster[edges[i].x];
			size_t		y = cluster[edges[i].y];

			if (x == y)
				continue;
			links[nl].x = x < y ? x : y;
			links[nl].y = x < y ? y : x;
			links[nl].edges = 1;
			nl++;
		}
		if (nl == 0)
			break;
		/* count the edges of each pair of clusters, keep the dense pairs */
		qsort(links, nl, sizeof(ClusterLink), cmp_link_pair);
		for (i = 0; i < nl; i++)
		{
			if (nd > 0 && links[nd - 1].x == links[i].x && links[nd - 1].y == links[i].y)
				links[nd - 1].edges++;
			else
				links[nd++] = links[i];
		}
		nl = nd;
		nd = 0;
		for (i = 0; i < nl; i++)
		{
			links[i].density = (double) links[i].edges /
				((double) size[links[i].x] * (double) size[links[i].y]);
			if (links[i].density >= BL_MERGE_DENSITY)
				links[nd++] = links[i];
		}
		qsort(links, nd, sizeof(ClusterLink), cmp_link_density);
		for (i = 0; i < nd; i++)
		{
			size_t		x = links[i].x;
			size_t		y = links[i].y;

			if (into[x] != (size_t) -1 || into[y] != (size_t) -1)
				continue;
			into[x] = x;
			into[y] = x;
			merged = true;
		}
		if (!merged)
			break;
		for (i = 0; i < m; i++)
			if (into[cluster[i]] != (size_t) -1)
				cluster[i] = into[cluster[i]];
	}
	bl_free(size);
	bl_free(into);
	bl_free(edges);
	bl_free(links);
}

int
bl_star_clusters(const int64_t *order, size_t m, const int64_t *a, const int64_t *b,
				 const float *w, const unsigned char *strong, size_t n, int64_t *leader)
{
	IdPos	   *map;
	int64_t    *ids;			/* the ids of map, for node_index() */
	size_t	   *start;			/* CSR: edges of the later endpoint, by position */
	size_t	   *earlier;
	size_t	   *edge;
	size_t	   *fill;
	size_t	   *cluster;		/* position of each ticket's leader */
	size_t		i;
	size_t		k;

	if (m == 0)
		return 0;
	map = bl_alloc(m * sizeof(IdPos));
	for (i = 0; i < m; i++)
	{
		map[i].id = order[i];
		map[i].pos = i;
	}
	qsort(map, m, sizeof(IdPos), cmp_idpos);
	for (i = 1; i < m; i++)
		if (map[i].id == map[i - 1].id)
		{
			bl_free(map);
			return -1;
		}
	ids = bl_alloc(m * sizeof(int64_t));
	for (i = 0; i < m; i++)
		ids[i] = map[i].id;

	start = bl_alloc((m + 1) * sizeof(size_t));
	fill = bl_alloc((m + 1) * sizeof(size_t));
	earlier = bl_alloc((n > 0 ? n : 1) * sizeof(size_t));
	edge = bl_alloc((n > 0 ? n : 1) * sizeof(size_t));
	cluster = bl_alloc(m * sizeof(size_t));

	/* count, then place, each edge under its later endpoint */
	for (i = 0; i < n; i++)
	{
		size_t		pa = order_pos(map, ids, m, a[i]);
		size_t		pb = order_pos(map, ids, m, b[i]);

		if (pa == (size_t) -1 || pb == (size_t) -1 || pa == pb)
			continue;
		start[(pa > pb ? pa : pb) + 1]++;
	}
	for (k = 0; k < m; k++)
		start[k + 1] += start[k];
	memcpy(fill, start, (m + 1) * sizeof(size_t));
	for (i = 0; i < n; i++)
	{
		size_t		pa = order_pos(map, ids, m, a[i]);
		size_t		pb = order_pos(map, ids, m, b[i]);
		size_t		later;

		if (pa == (size_t) -1 || pb == (size_t) -1 || pa == pb)
			continue;
		later = pa > pb ? pa : pb;
		earlier[fill[later]] = pa > pb ? pb : pa;
		edge[fill[later]] = i;
		fill[later]++;
	}

	for (k = 0; k < m; k++)
	{
		size_t		best = (size_t) -1;
		bool		best_strong = false;
		float		best_w = -1;
		size_t		j;

		for (j = start[k]; j < start[k + 1]; j++)
		{
			size_t		e = earlier[j];
			size_t		ei = edge[j];
			bool		s = strong != NULL && strong[ei];
			size_t		target;

			/* a repeat contact follows the ticket it repeats; a look-alike needs a leader */
			if (s)
				target = cluster[e];
			else if (cluster[e] == e)
				target = e;
			else
				continue;
			/* ties go to the earlier cluster, whatever the order of the edges */
			if ((s && !best_strong) ||
				(s == best_strong && (w[ei] > best_w || (w[ei] == best_w && target < best))))
			{
				best = target;
				best_strong = s;
				best_w = w[ei];
			}
		}
		cluster[k] = best == (size_t) -1 ? k : best;
	}

	/* the edges by position (each once, later endpoint k, earlier endpoint earlier[j]) */
	for (k = 0; k < m; k++)
		for (i = start[k]; i < start[k + 1]; i++)
			edge[i] = k;
	merge_dense_clusters(cluster, m, earlier, edge, start[m]);

	for (k = 0; k < m; k++)
		leader[k] = order[cluster[k]];

	bl_free(map);
	bl_free(ids);
	bl_free(start);
	bl_free(fill);
	bl_free(earlier);
	bl_free(edge);
	bl_free(cluster);
	return 0;
}

/* ---------------------------------------------------------------------------------------------
 * Average linkage (UPGMA) with a threshold
 * ------------------------------------------------------------------------------------------- */

typedef struct AvgAdj
{
	size_t		c;				/* neighbouring cluster (its root position) */
	double		sum;			/* the edge scores between the two, node pairs once each */
} AvgAdj;

typedef struct AvgList
{
	AvgAdj	   *v;
	size_t		n;
	size_t		cap;
} AvgList;

typedef struct AvgCand
{
	double		avg;
	size_t		x;				/* x < y, the two roots */
	size_t		y;
	uint64_t	vx;				/* versions of x and y when pushed: stale when either merged since */
	uint64_t	vy;
} AvgCand;

static void
avg_list_put(AvgList *l, size_t c, double sum)
{
	if (l->n == l->cap)
	{
		size_t		cap = l->cap > 0 ? l->cap * 2 : 4;
		AvgAdj	   *v = bl_alloc(cap * sizeof(AvgAdj));

		if (l->n > 0)
			memcpy(v, l->v, l->n * sizeof(AvgAdj));
		if (l->v != NULL)
			bl_free(l->v);
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n].c = c;
	l->v[l->n].sum = sum;
	l->n++;
}

/* higher average first; ties to the earlier clusters, so nothing depends on input order */
static bool
cand_before(const AvgCand *p, const AvgCand *q)
{
	if (p->avg != q->avg)
		return p->avg > q->avg;
	if (p->x != q->x)
		return p->x < q->x;
	return p->y < q->y;
}

typedef struct AvgHeap
{
	AvgCand    *v;
	size_t		n;
	size_t		cap;
} AvgHeap;

static void
heap_push(AvgHeap *h, AvgCand c)
{
	size_t		i;

	if (h->n == h->cap)
	{
		size_t		cap = h->cap > 0 ? h->cap * 2 : 64;
		AvgCand    *v = bl_alloc(cap * sizeof(AvgCand));

		if (h->n > 0)
			memcpy(v, h->v, h->n * sizeof(AvgCand));
		if (h->v != NULL)
			bl_free(h->v);
		h->v = v;
		h->cap = cap;
	}
	i = h->n++;
	while (i > 0 && cand_before(&c, &h->v[(i - 1) / 2]))
	{
		h->v[i] = h->v[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	h->v[i] = c;
}

static AvgCand
heap_pop(AvgHeap *h)
{
	AvgCand		top = h->v[0];
	AvgCand		last = h->v[--h->n];
	size_t		i = 0;

	for (;;)
	{
		size_t		l = 2 * i + 1;
		size_t		best;

		if (l >= h->n)
			break;
		best = (l + 1 < h->n && cand_before(&h->v[l + 1], &h->v[l])) ? l + 1 : l;
		if (!cand_before(&h->v[best], &last))
			break;
		h->v[i] = h->v[best];
		i = best;
	}
	if (h->n > 0)
		h->v[i] = last;
	return top;
}

static int
cmp_avgadj(const void *p, const void *q)
{
	const AvgAdj *a = p;
	const AvgAdj *b = q;

	return (a->c > b->c) - (a->c < b->c);
}

int
bl_average_clusters(const int64_t *order, size_t m, const int64_t *a, const int64_t *b,
					const float *w, const unsigned char *same, size_t n, double threshold,
					int64_t *leader)
{
	IdPos	   *map;
	int64_t    *ids;
	size_t	   *node;			/* union-find over positions: the text groups */
	size_t	   *cluster;		/* union-find over node roots: the clusters */
	size_t	   *size;			/* nodes in the cluster (at its root) */
	uint64_t   *version;
	AvgList    *adj;
	ClusterLink *edges;
	size_t		ne = 0;
	AvgHeap		heap = {NULL, 0, 0};
	size_t		i;
	size_t		k;

	if (m == 0)
		return 0;
	map = bl_alloc(m * sizeof(IdPos));
	for (i = 0; i < m; i++)
	{
		map[i].id = order[i];
		map[i].pos = i;
	}
	qsort(map, m, sizeof(IdPos), cmp_idpos);
	for (i = 1; i < m; i++)
		if (map[i].id == map[i - 1].id)
		{
			bl_free(map);
			return -1;
		}
	ids = bl_alloc(m * sizeof(int64_t));
	for (i = 0; i < m; i++)
		ids[i] = map[i].id;
	node = bl_alloc(m * sizeof(size_t));
	cluster = bl_alloc(m * sizeof(size_t));
	size = bl_alloc(m * sizeof(size_t));
	version = bl_alloc(m * sizeof(uint64_t));
	adj = bl_alloc(m * sizeof(AvgList));
	for (k = 0; k < m; k++)
	{
		node[k] = k;
		cluster[k] = k;
		size[k] = 1;
	}

	/* tickets of one text are one node, under the earliest */
	for (i = 0; i < n; i++)
	{
		size_t		pa;
		size_t		pb;

		if (same == NULL || !same[i])
			continue;
		pa = order_pos(map, ids, m, a[i]);
		pb = order_pos(map, ids, m, b[i]);
		if (pa == (size_t) -1 || pb == (size_t) -1)
			continue;
		pa = uf_find(node, pa);
		pb = uf_find(node, pb);
		if (pa < pb)
			node[pb] = pa;
		else if (pb < pa)
			node[pa] = pb;
	}

	/* the other edges between nodes, each pair of nodes once with its best score */
	edges = bl_alloc((n > 0 ? n : 1) * sizeof(ClusterLink));
	for (i = 0; i < n; i++)
	{
		size_t		pa = order_pos(map, ids, m, a[i]);
		size_t		pb = order_pos(map, ids, m, b[i]);

		if (pa == (size_t) -1 || pb == (size_t) -1 || !(w[i] > 0))
			continue;
		pa = uf_find(node, pa);
		pb = uf_find(node, pb);
		if (pa == pb)
			continue;
		edges[ne].x = pa < pb ? pa : pb;
		edges[ne].y = pa < pb ? pb : pa;
		edges[ne].density = w[i];
		ne++;
	}
	qsort(edges, ne, sizeof(ClusterLink), cmp_link_pair);
	for (i = 0; i < ne;)
	{
		size_t		e = i + 1;
		double		best = edges[i].density;
		AvgCand		c;

		while (e < ne && edges[e].x == edges[i].x && edges[e].y == edges[i].y)
		{
			if (edges[e].density > best)
				best = edges[e].density;
			e++;
		}
		avg_list_put(&adj[edges[i].x], edges[i].y, best);
		avg_list_put(&adj[edges[i].y], edges[i].x, best);
		c.avg = best;
		c.x = edges[i].x;
		c.y = edges[i].y;
		c.vx = c.vy = 0;
		if (best >= threshold)
			heap_push(&heap, c);
		i = e;
	}
	bl_free(edges);

	/* merge the two clusters of the highest average score while it reaches the threshold */
	while (heap.n > 0)
	{
		AvgCand		c = heap_pop(&heap);
		size_t		x = c.x;
		size_t		y = c.y;
		AvgList		merged = {NULL, 0, 0};
		size_t		j;

		if (cluster[x] != x || cluster[y] != y || version[x] != c.vx || version[y] != c.vy)
			continue;			/* stale: one of them has merged since */
		/* y into x (x is the earlier): the neighbours of both, summed */
		for (j = 0; j < adj[x].n; j++)
			if (adj[x].v[j].c != y)
				avg_list_put(&merged, adj[x].v[j].c, adj[x].v[j].sum);
		for (j = 0; j < adj[y].n; j++)
			if (adj[y].v[j].c != x)
				avg_list_put(&merged, adj[y].v[j].c, adj[y].v[j].sum);
		if (merged.n > 1)
		{
			size_t		wpos = 0;

			qsort(merged.v, merged.n, sizeof(AvgAdj), cmp_avgadj);
			for (j = 0; j < merged.n; j++)
			{
				if (wpos > 0 && merged.v[wpos - 1].c == merged.v[j].c)
					merged.v[wpos - 1].sum += merged.v[j].sum;
				else
					merged.v[wpos++] = merged.v[j];
			}
			merged.n = wpos;
		}
		cluster[y] = x;
		size[x] += size[y];
		version[x]++;
		version[y]++;
		if (adj[x].v != NULL)
			bl_free(adj[x].v);
		if (adj[y].v != NULL)
			bl_free(adj[y].v);
		adj[y].v = NULL;
		adj[y].n = adj[y].cap = 0;
		adj[x] = merged;
		/* each neighbour z now has one entry for x: its sums with x and y together */
		for (j = 0; j < adj[x].n; j++)
		{
			size_t		z = adj[x].v[j].c;
			AvgList    *lz = &adj[z];
			size_t		t;
			size_t		wpos = 0;
			AvgCand		nc;

			for (t = 0; t < lz->n; t++)
				if (lz->v[t].c != x && lz->v[t].c != y)
					lz->v[wpos++] = lz->v[t];
			lz->n = wpos;
			avg_list_put(lz, x, adj[x].v[j].sum);
			nc.avg = adj[x].v[j].sum / ((double) size[x] * (double) size[z]);
			nc.x = x < z ? x : z;
			nc.y = x < z ? z : x;
			nc.vx = version[nc.x];
			nc.vy = version[nc.y];
			if (nc.avg >= threshold)
				heap_push(&heap, nc);
		}
	}

	for (k = 0; k < m; k++)
	{
		size_t		r = uf_find(node, k);

		while (cluster[r] != r)
			r = cluster[r];
		leader[k] = order[r];
	}
	for (k = 0; k < m; k++)
		if (adj[k].v != NULL)
			bl_free(adj[k].v);
	if (heap.v != NULL)
		bl_free(heap.v);
	bl_free(adj);
	bl_free(version);
	bl_free(size);
	bl_free(cluster);
	bl_free(node);
	bl_free(ids);
	bl_free(map);
	return 0;
}

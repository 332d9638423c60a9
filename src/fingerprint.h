/*
 * fingerprint.h: MinHash signatures of ticket texts (pure C core, no server calls).
 *
 * A fingerprint is BL_FP_SLOTS MinHash values over the shingles of the normalized text
 * (bl_normalize): content words with a light English suffix stripping, and character bigrams
 * of scripts written without spaces. The fraction of
 * equal slots of two fingerprints estimates the Jaccard similarity J of their shingle sets with
 * standard error sqrt(J (1 - J) / BL_FP_SLOTS) (at most 0.044 for 128 slots).
 *
 * Stored form (BL_FP_BYTES bytes, the payload of the varlena and of send/recv):
 *
 *   byte 0      format version, BL_FP_VERSION
 *   byte 1      flags: BL_FP_FLAG_EMPTY when the text had no words; no other bit is defined
 *   bytes 2-3   reserved, zero
 *   bytes 4...  BL_FP_SLOTS unsigned 16-bit slot values, little-endian, all zero when empty
 *
 * Every value is computed with fixed seeds and integer arithmetic written out here (no
 * platform hash, no pointer values, explicit byte order), so the same text gives the same
 * fingerprint on every platform, release and restart of this format version.
 */
#ifndef BACKLOG_FINGERPRINT_H
#define BACKLOG_FINGERPRINT_H

#include <stddef.h>
#include <stdint.h>

#define BL_FP_VERSION		1
#define BL_FP_SLOTS			128
#define BL_FP_HEADER		4
#define BL_FP_BYTES			(BL_FP_HEADER + 2 * BL_FP_SLOTS)
#define BL_FP_FLAG_EMPTY	0x01

typedef enum BlFpStatus
{
	BL_FP_OK = 0,
	BL_FP_TOO_LONG,				/* text longer than BL_NORMALIZE_MAX_INPUT */
	BL_FP_BAD_LENGTH,			/* stored form of the wrong size */
	BL_FP_BAD_VERSION,			/* unknown format version */
	BL_FP_BAD_FLAGS,			/* undefined flag bits or reserved bytes set */
	BL_FP_BAD_EMPTY				/* the empty flag with non-zero slots */
} BlFpStatus;

/* Fingerprint of a raw text (normalized first). */
extern BlFpStatus bl_fp_from_text(const char *text, size_t len, uint8_t out[BL_FP_BYTES]);

/* Fingerprint of text that bl_normalize produced. */
extern void bl_fp_from_normalized(const char *norm, size_t len, uint8_t out[BL_FP_BYTES]);

/* Validate a stored form of len bytes. */
extern BlFpStatus bl_fp_check(const uint8_t *fp, size_t len);

/* One-sentence description of a status, for error details. */
extern const char *bl_fp_status_message(BlFpStatus status);

extern int	bl_fp_is_empty(const uint8_t *fp);

/* Number of equal slots of two valid fingerprints; 0 when either is empty. */
extern int	bl_fp_matches(const uint8_t *a, const uint8_t *b);

/* The similarity: bl_fp_matches / BL_FP_SLOTS, in [0, 1]. */
extern double bl_fp_similarity(const uint8_t *a, const uint8_t *b);

/*
 * The least number of equal slots m with m / BL_FP_SLOTS >= threshold (threshold in [0, 1]):
 * the % operator and the index agree through this one function.
 */
extern int	bl_fp_min_matches(double threshold);

/*
 * Index keys of a fingerprint: one int32 per slot, (slot << 16) | value, so two fingerprints
 * share a key exactly when a slot is equal. Returns the number of keys: BL_FP_SLOTS, or 0 for
 * the empty fingerprint.
 */
extern int	bl_fp_keys(const uint8_t *fp, int32_t keys[BL_FP_SLOTS]);

/*
 * Connected components of the graph with the n edges (a[i], b[i]): node[] receives the distinct
 * ticket ids in ascending order and root[] the smallest id of each one's component. Both must
 * have room for 2 * n entries; returns the number of distinct ids. O(n log n).
 */
extern size_t bl_components(const int64_t *a, const int64_t *b, size_t n,
							int64_t *node, int64_t *root);

/*
 * Star clustering of near-duplicate pairs, so that every ticket of a cluster is close to its
 * representative or to half of the cluster, and chains of "a is like b, b is like c" cannot
 * grow without end:
 * order[0..m) are the ticket ids in creation order; edge i joins a[i] and b[i] with similarity
 * w[i], and strong[i] marks a repeat contact (the same requester again). Walking the tickets in
 * order, a ticket joins the cluster of the earlier ticket it repeats (strongest such edge), or
 * else the cluster led by the most similar earlier leader it has an edge to, or else leads a
 * new cluster. Then two clusters merge, under the earlier leader, when at least half of the
 * pairs between them are edges (average linkage; a pair listed twice counts once; densest
 * first, each cluster at most once per round, at most 64 rounds). leader[k] receives the
 * leader's id for order[k]. Edges naming an id missing from order are ignored. Returns 0, or
 * -1 when order holds an id twice.
 */
extern int	bl_star_clusters(const int64_t *order, size_t m, const int64_t *a, const int64_t *b,
							 const float *w, const unsigned char *strong, size_t n, int64_t *leader);

/*
 * Average-linkage clustering (UPGMA) of scored pairs, stopped at a threshold: order[0..m) are
 * the ticket ids in creation order; edge i joins a[i] and b[i] with score w[i] (a pair listed
 * twice counts once, with its best score), and same[i] (NULL: none) marks tickets of one text,
 * which are one node of the graph before anything else happens. Starting from the nodes, the
 * two clusters of the highest average score merge, under the earlier, while that average
 * reaches threshold: the average of a pair of clusters is the sum of the scores of the edges
 * between their nodes divided by the product of their numbers of nodes (a pair of nodes without
 * an edge counts 0), so a cluster grows only by what is like most of it and chains (a like b, b
 * like c) stop. Ties go to the earlier clusters. leader[k] receives the id of the earliest
 * ticket of order[k]'s cluster. Edges naming an id missing from order, or with a score that is
 * not above 0, are ignored. Returns 0, or -1 when order holds an id twice.
 */
extern int	bl_average_clusters(const int64_t *order, size_t m, const int64_t *a, const int64_t *b,
								const float *w, const unsigned char *same, size_t n,
								double threshold, int64_t *leader);

/* MurmurHash64A over data[0..len) with little-endian loads on every platform. */
extern uint64_t bl_hash64(const void *data, size_t len, uint64_t seed);

#endif

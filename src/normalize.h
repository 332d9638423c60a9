/*
 * normalize.h: text normalization for duplicate detection (pure C core, no server calls).
 *
 * bl_normalize() turns a ticket (subject line, e-mail body, chat transcript or web form) into
 * the text a person would compare when asking "is this the same issue?": quoted earlier
 * messages, signatures, sign-offs, greetings, disclaimers, chat and web-form scaffolding are
 * dropped; URLs, e-mail addresses, numbers and identifiers become the tokens below; case and
 * accents are folded; punctuation and white space become single spaces. See README.md,
 * "Duplicate tickets", for the full list of rules.
 *
 * Runs in linear time (no backtracking): every byte is looked at a bounded number of times.
 * Any byte sequence is accepted; invalid UTF-8 is treated as white space.
 */
#ifndef BACKLOG_NORMALIZE_H
#define BACKLOG_NORMALIZE_H

#include <stddef.h>

/* Inputs longer than this are refused (the caller reports SQLSTATE 54000). */
#define BL_NORMALIZE_MAX_INPUT	((size_t) 32 * 1024 * 1024)

/* Tokens that replace what is different between two reports of one issue. */
#define BL_TOKEN_URL	"<url>"
#define BL_TOKEN_EMAIL	"<email>"
#define BL_TOKEN_NUM	"<num>"
#define BL_TOKEN_ID		"<id>"

typedef enum BlNormStatus
{
	BL_NORM_OK = 0,
	BL_NORM_TOO_LONG			/* len > BL_NORMALIZE_MAX_INPUT */
} BlNormStatus;

/*
 * Normalize in[0..len). On success *out is a NUL-terminated string from bl_alloc (free it with
 * bl_free) and *outlen its length (at most 3 * len + 2: "1" becomes "<num>").
 */
extern BlNormStatus bl_normalize(const char *in, size_t len, char **out, size_t *outlen);

/*
 * The error codes and machine identifiers of in[0..len) that bl_normalize would keep (not
 * those in quoted replies, signatures or other scaffolding), separated by single spaces, in
 * the order they appear, repeats included; each is folded text without spaces ("502",
 * "err_sync_409", "e-1043", "typeerror"). See "Codes" in normalize.c for what counts. *out
 * and *outlen as for bl_normalize ("" when there is none).
 */
extern BlNormStatus bl_normalize_codes(const char *in, size_t len, char **out, size_t *outlen);

/*
 * Characters of scripts written without spaces between words (Han, Hiragana, Katakana, Thai,
 * Lao, Khmer, Myanmar): bl_normalize keeps their runs as single tokens, and the fingerprint
 * shingles them by character bigrams. Exposed for src/fingerprint.c.
 */
extern int	bl_is_nospace_cp(unsigned int cp);

/*
 * Decode one UTF-8 character from s[0..n) (n >= 1): returns its byte length (1-4) and sets *cp,
 * or returns 0 for an invalid or truncated sequence (overlong forms, surrogates and code points
 * above U+10FFFF included).
 */
extern int	bl_utf8_decode(const unsigned char *s, size_t n, unsigned int *cp);

#endif

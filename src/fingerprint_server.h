/*
 * fingerprint_server.h: what the fingerprint glue files share (src/fingerprint_fmgr.c,
 * src/fingerprint_gin.c). Server side only: includes postgres.h.
 */
#ifndef BACKLOG_FINGERPRINT_SERVER_H
#define BACKLOG_FINGERPRINT_SERVER_H

#include "postgres.h"
#include "fmgr.h"

#include "fingerprint.h"

/* A backlog.fingerprint datum: a varlena whose payload is the stored form of fingerprint.h. */
typedef struct FingerprintData
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint8		data[BL_FP_BYTES];
} FingerprintData;

/*
 * The stored bytes of a fingerprint argument, detoasted; raises ERROR (XX001) when the datum
 * is not a fingerprint of the known format, which only corrupt storage can produce since input
 * and receive functions validate.
 */
extern const uint8 *fingerprint_arg_bytes(FunctionCallInfo fcinfo, int argno);

/* backlog.similarity_threshold as the number of equal slots the % operator needs. */
extern int	fingerprint_min_matches(void);

#endif

/*
 * fingerprint_fmgr.c: SQL glue of duplicate detection: backlog.normalize(),
 * backlog.error_codes(), the backlog.fingerprint type (text and binary I/O), backlog.fingerprint(text),
 * backlog.similarity(), the % operator and backlog.duplicate_components().
 *
 * The work is done by the pure cores in normalize.c and fingerprint.c; this file turns their
 * status codes into ereport() and moves data in and out of Datums.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/tuplestore.h"

#include "backlog.h"
#include "bl_alloc.h"
#include "fingerprint.h"
#include "fingerprint_server.h"
#include "normalize.h"

PG_FUNCTION_INFO_V1(backlog_normalize);
PG_FUNCTION_INFO_V1(backlog_error_codes);
PG_FUNCTION_INFO_V1(backlog_fingerprint_in);
PG_FUNCTION_INFO_V1(backlog_fingerprint_out);
PG_FUNCTION_INFO_V1(backlog_fingerprint_recv);
PG_FUNCTION_INFO_V1(backlog_fingerprint_send);
PG_FUNCTION_INFO_V1(backlog_fingerprint);
PG_FUNCTION_INFO_V1(backlog_fingerprint_unknown);
PG_FUNCTION_INFO_V1(backlog_fingerprint_is_empty);
PG_FUNCTION_INFO_V1(backlog_similarity);
PG_FUNCTION_INFO_V1(backlog_fingerprint_similar);
PG_FUNCTION_INFO_V1(backlog_duplicate_components);
PG_FUNCTION_INFO_V1(backlog_duplicate_star_clusters);
PG_FUNCTION_INFO_V1(backlog_duplicate_average_clusters);

static void
report_too_long(size_t len)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("text of %zu bytes is too long to normalize", len),
			 errdetail("Duplicate detection reads at most %zu bytes of a ticket.",
					   BL_NORMALIZE_MAX_INPUT),
			 errhint("Pass the first part of the text, e.g. left(body, 1000000).")));
}

const uint8 *
fingerprint_arg_bytes(FunctionCallInfo fcinfo, int argno)
{
	struct varlena *v = PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(argno));
	const uint8 *bytes = (const uint8 *) VARDATA_ANY(v);
	size_t		len = VARSIZE_ANY_EXHDR(v);
	BlFpStatus	status = bl_fp_check(bytes, len);

	if (status != BL_FP_OK)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupt backlog.fingerprint value"),
				 errdetail("%s", bl_fp_status_message(status))));
	return bytes;
}

int
fingerprint_min_matches(void)
{
	return bl_fp_min_matches(backlog_similarity_threshold);
}

static int
hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static FingerprintData *
make_fingerprint(const uint8 *bytes)
{
	FingerprintData *fp = palloc(sizeof(FingerprintData));

	SET_VARSIZE(fp, sizeof(FingerprintData));
	memcpy(fp->data, bytes, BL_FP_BYTES);
	return fp;
}

/* The fingerprint of stored bytes read from outside (text or binary input), once validated. */
static FingerprintData *
make_checked_fingerprint(const uint8 *bytes, int sqlstate, const char *what)
{
	BlFpStatus	status = bl_fp_check(bytes, BL_FP_BYTES);

	if (status != BL_FP_OK)
		ereport(ERROR,
				(errcode(sqlstate),
				 errmsg("invalid %sbacklog.fingerprint value", what),
				 errdetail("%s", bl_fp_status_message(status))));
	return make_fingerprint(bytes);
}

/* The fingerprint of a text, or ERROR 54000 when it is too long. */
static FingerprintData *
fingerprint_of_text(const char *txt, size_t len)
{
	uint8		bytes[BL_FP_BYTES];

	if (bl_fp_from_text(txt, len, bytes) != BL_FP_OK)
		report_too_long(len);
	return make_fingerprint(bytes);
}

/*
 * backlog.normalize(text) -> text
 */
Datum
backlog_normalize(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	size_t		len = VARSIZE_ANY_EXHDR(in);
	char	   *out;
	size_t		outlen;
	text	   *result;

	if (bl_normalize(VARDATA_ANY(in), len, &out, &outlen) != BL_NORM_OK)
		report_too_long(len);
	result = cstring_to_text_with_len(out, outlen);
	bl_free(out);
	PG_FREE_IF_COPY(in, 0);
	PG_RETURN_TEXT_P(result);
}

static int
cmp_cstring(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* backlog.error_codes(text): the codes bl_normalize_codes finds, sorted, each once. */
Datum
backlog_error_codes(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	size_t		len = VARSIZE_ANY_EXHDR(in);
	char	   *out;
	size_t		outlen;
	char	  **codes;
	Datum	   *elems;
	int			n = 0;
	int			k = 0;
	int			i;
	char	   *p;

	if (bl_normalize_codes(VARDATA_ANY(in), len, &out, &outlen) != BL_NORM_OK)
		report_too_long(len);
	/* codes are separated by single spaces: at most outlen / 2 + 1 of them */
	codes = palloc(sizeof(char *) * (outlen / 2 + 1));
	for (p = out; *p != '\0';)
	{
		char	   *sp = strchr(p, ' ');

		codes[n++] = p;
		if (sp == NULL)
			break;
		*sp = '\0';
		p = sp + 1;
	}
	qsort(codes, n, sizeof(char *), cmp_cstring);
	elems = palloc(sizeof(Datum) * (n + 1));
	for (i = 0; i < n; i++)
		if (i == 0 || strcmp(codes[i], codes[i - 1]) != 0)
			elems[k++] = PointerGetDatum(cstring_to_text(codes[i]));
	PG_FREE_IF_COPY(in, 0);
	if (k == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(TEXTOID));
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, k, TEXTOID, -1, false, TYPALIGN_INT));
}

/*
 * Text form: the 260 stored bytes as 520 lower-case hexadecimal digits.
 */
Datum
backlog_fingerprint_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	size_t		len = strlen(str);
	uint8		bytes[BL_FP_BYTES];
	size_t		i;

	if (len != 2 * BL_FP_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type backlog.fingerprint: %zu characters", len),
				 errdetail("A fingerprint is written as %d hexadecimal digits.", 2 * BL_FP_BYTES),
				 errhint("Compute fingerprints with backlog.fingerprint(text).")));
	for (i = 0; i < BL_FP_BYTES; i++)
	{
		int			hi = hex_digit(str[2 * i]);
		int			lo = hex_digit(str[2 * i + 1]);

		if (hi < 0 || lo < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type backlog.fingerprint: character %zu is not a hexadecimal digit",
							hi < 0 ? 2 * i + 1 : 2 * i + 2)));
		bytes[i] = (uint8) ((hi << 4) | lo);
	}
	PG_RETURN_POINTER(make_checked_fingerprint(bytes, ERRCODE_INVALID_TEXT_REPRESENTATION, ""));
}

Datum
backlog_fingerprint_out(PG_FUNCTION_ARGS)
{
	const uint8 *bytes = fingerprint_arg_bytes(fcinfo, 0);
	static const char digits[] = "0123456789abcdef";
	char	   *out = palloc(2 * BL_FP_BYTES + 1);
	int			i;

	for (i = 0; i < BL_FP_BYTES; i++)
	{
		out[2 * i] = digits[bytes[i] >> 4];
		out[2 * i + 1] = digits[bytes[i] & 0x0F];
	}
	out[2 * BL_FP_BYTES] = '\0';
	PG_RETURN_CSTRING(out);
}

/*
 * Binary form: the 260 stored bytes as they are (their byte order is fixed by the format).
 */
Datum
backlog_fingerprint_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			remaining = buf->len - buf->cursor;
	uint8		bytes[BL_FP_BYTES];

	if (remaining != BL_FP_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary backlog.fingerprint of %d bytes", remaining),
				 errdetail("%s", bl_fp_status_message(BL_FP_BAD_LENGTH))));
	pq_copymsgbytes(buf, (char *) bytes, BL_FP_BYTES);
	PG_RETURN_POINTER(make_checked_fingerprint(bytes, ERRCODE_INVALID_BINARY_REPRESENTATION, "binary "));
}

Datum
backlog_fingerprint_send(PG_FUNCTION_ARGS)
{
	const uint8 *bytes = fingerprint_arg_bytes(fcinfo, 0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) bytes, BL_FP_BYTES);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * backlog.fingerprint(text) -> backlog.fingerprint
 */
Datum
backlog_fingerprint(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	FingerprintData *fp = fingerprint_of_text(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in));

	PG_FREE_IF_COPY(in, 0);
	PG_RETURN_POINTER(fp);
}

/*
 * backlog.fingerprint(unknown): the same for a string literal. Without it PostgreSQL reads
 * backlog.fingerprint('some text') as the cast 'some text'::backlog.fingerprint, since the
 * function has the name of the type (a function-style cast). A literal of type unknown arrives
 * as a C string.
 */
Datum
backlog_fingerprint_unknown(PG_FUNCTION_ARGS)
{
	const char *in = PG_GETARG_CSTRING(0);

	PG_RETURN_POINTER(fingerprint_of_text(in, strlen(in)));
}

Datum
backlog_fingerprint_is_empty(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(bl_fp_is_empty(fingerprint_arg_bytes(fcinfo, 0)));
}

/*
 * backlog.similarity(a, b) -> real: the share of equal slots, an estimate of the Jaccard
 * similarity of the two texts' shingle sets. IMMUTABLE.
 */
Datum
backlog_similarity(PG_FUNCTION_ARGS)
{
	const uint8 *a = fingerprint_arg_bytes(fcinfo, 0);
	const uint8 *b = fingerprint_arg_bytes(fcinfo, 1);

	PG_RETURN_FLOAT4((float4) bl_fp_similarity(a, b));
}

/*
 * a % b: similarity at or above backlog.similarity_threshold. STABLE, because it reads that
 * setting; the index support functions compare with the same number of slots.
 */
Datum
backlog_fingerprint_similar(PG_FUNCTION_ARGS)
{
	const uint8 *a = fingerprint_arg_bytes(fcinfo, 0);
	const uint8 *b = fingerprint_arg_bytes(fcinfo, 1);

	PG_RETURN_BOOL(bl_fp_matches(a, b) >= fingerprint_min_matches());
}

/*
 * Deconstruct a one-dimensional array argument of a fixed-size type; a NULL element is an error,
 * or, when null_as_false is set, the Datum false.
 */
static Datum *
array_arg_nulls(ArrayType *arr, Oid elemtype, const char *name, int *n, bool null_as_false)
{
	Datum	   *elems;
	bool	   *nulls;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	int			i;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a one-dimensional array", name)));
	get_typlenbyvalalign(elemtype, &typlen, &typbyval, &typalign);
	deconstruct_array(arr, elemtype, typlen, typbyval, typalign, &elems, &nulls, n);
	for (i = 0; i < *n; i++)
		if (nulls[i])
		{
			if (null_as_false)
				elems[i] = BoolGetDatum(false);
			else
				ereport(ERROR,
						(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
						 errmsg("%s must not contain NULL", name)));
		}
	return elems;
}

static Datum *
array_arg(ArrayType *arr, Oid elemtype, const char *name, int *n)
{
	return array_arg_nulls(arr, elemtype, name, n, false);
}

static int64 *
int8_array_arg(ArrayType *arr, const char *name, int *n)
{
	Datum	   *elems = array_arg(arr, INT8OID, name, n);
	int64	   *out = palloc(sizeof(int64) * (*n > 0 ? *n : 1));
	int			i;

	for (i = 0; i < *n; i++)
		out[i] = DatumGetInt64(elems[i]);
	return out;
}

static void
check_same_length(const char *name, int n, int expected)
{
	if (n != expected)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s has %d elements, the edge arrays %d", name, n, expected),
				 errdetail("Edge i joins a[i] and b[i]; every edge array has one element per edge.")));
}

/* Return (ticket, cluster) rows from a set-returning function in materialize mode. */
static Datum
return_pairs(FunctionCallInfo fcinfo, const int64 *ticket, const int64 *cluster, size_t n)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	TupleDesc	tupdesc;
	Tuplestorestate *store;
	MemoryContext oldcxt;
	size_t		i;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		(rsinfo->allowedModes & SFRM_Materialize) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");

	oldcxt = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	tupdesc = CreateTupleDescCopy(tupdesc);
	store = tuplestore_begin_heap(true, false, work_mem);
	MemoryContextSwitchTo(oldcxt);

	for (i = 0; i < n; i++)
	{
		Datum		values[2];
		bool		nulls[2] = {false, false};

		CHECK_FOR_INTERRUPTS();
		values[0] = Int64GetDatum(ticket[i]);
		values[1] = Int64GetDatum(cluster[i]);
		tuplestore_putvalues(store, tupdesc, values, nulls);
	}
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = store;
	rsinfo->setDesc = tupdesc;
	return (Datum) 0;
}

/*
 * backlog.duplicate_components(a bigint[], b bigint[]) -> TABLE(ticket_id, component):
 * connected components of the graph whose edges are (a[i], b[i]); component is the smallest
 * ticket id of each component. Nodes without edges do not appear.
 */
Datum
backlog_duplicate_components(PG_FUNCTION_ARGS)
{
	int64	   *a;
	int64	   *b;
	int			na;
	int			nb;
	int64	   *node;
	int64	   *root;
	size_t		nnodes;

	a = int8_array_arg(PG_GETARG_ARRAYTYPE_P(0), "a", &na);
	b = int8_array_arg(PG_GETARG_ARRAYTYPE_P(1), "b", &nb);
	check_same_length("b", nb, na);

	node = palloc(sizeof(int64) * (2 * (size_t) na + 1));
	root = palloc(sizeof(int64) * (2 * (size_t) na + 1));
	nnodes = bl_components(a, b, (size_t) na, node, root);
	return return_pairs(fcinfo, node, root, nnodes);
}

/*
 * backlog.duplicate_star_clusters(tickets bigint[], a bigint[], b bigint[], similarity real[],
 * repeat_contact boolean[]) -> TABLE(ticket_id, cluster_id): star clustering of near-duplicate
 * pairs (bl_star_clusters); tickets in creation order, cluster_id the id of the leader.
 */
Datum
backlog_duplicate_star_clusters(PG_FUNCTION_ARGS)
{
	int64	   *order;
	int64	   *a;
	int64	   *b;
	Datum	   *wd;
	Datum	   *sd;
	float	   *w;
	unsigned char *strong;
	int64	   *leader;
	int			m;
	int			n;
	int			nb;
	int			nw;
	int			ns;
	int			i;

	order = int8_array_arg(PG_GETARG_ARRAYTYPE_P(0), "tickets", &m);
	a = int8_array_arg(PG_GETARG_ARRAYTYPE_P(1), "a", &n);
	b = int8_array_arg(PG_GETARG_ARRAYTYPE_P(2), "b", &nb);
	wd = array_arg(PG_GETARG_ARRAYTYPE_P(3), FLOAT4OID, "similarity", &nw);
	/* a pair whose requester is unknown on one side is no repeat contact (NULL = false) */
	sd = array_arg_nulls(PG_GETARG_ARRAYTYPE_P(4), BOOLOID, "repeat_contact", &ns, true);
	check_same_length("b", nb, n);
	check_same_length("similarity", nw, n);
	check_same_length("repeat_contact", ns, n);

	w = palloc(sizeof(float) * (n > 0 ? n : 1));
	strong = palloc(n > 0 ? n : 1);
	for (i = 0; i < n; i++)
	{
		w[i] = DatumGetFloat4(wd[i]);
		strong[i] = DatumGetBool(sd[i]) ? 1 : 0;
	}
	leader = palloc(sizeof(int64) * (m > 0 ? m : 1));
	if (bl_star_clusters(order, (size_t) m, a, b, w, strong, (size_t) n, leader) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("tickets must not contain the same id twice")));
	return return_pairs(fcinfo, order, leader, (size_t) m);
}

/*
 * backlog.duplicate_average_clusters(tickets bigint[], a bigint[], b bigint[], score real[],
 * same_text boolean[], threshold real) -> TABLE(ticket_id, cluster_id): average-linkage
 * clustering of scored pairs (bl_average_clusters); tickets in creation order, cluster_id the
 * id of the cluster's earliest ticket.
 */
Datum
backlog_duplicate_average_clusters(PG_FUNCTION_ARGS)
{
	int64	   *order;
	int64	   *a;
	int64	   *b;
	Datum	   *wd;
	Datum	   *sd;
	float	   *w;
	unsigned char *same;
	int64	   *leader;
	float4		threshold = PG_GETARG_FLOAT4(5);
	int			m;
	int			n;
	int			nb;
	int			nw;
	int			ns;
	int			i;

	if (!(threshold >= 0 && threshold <= 1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("threshold must be between 0 and 1")));
	order = int8_array_arg(PG_GETARG_ARRAYTYPE_P(0), "tickets", &m);
	a = int8_array_arg(PG_GETARG_ARRAYTYPE_P(1), "a", &n);
	b = int8_array_arg(PG_GETARG_ARRAYTYPE_P(2), "b", &nb);
	wd = array_arg(PG_GETARG_ARRAYTYPE_P(3), FLOAT4OID, "score", &nw);
	sd = array_arg_nulls(PG_GETARG_ARRAYTYPE_P(4), BOOLOID, "same_text", &ns, true);
	check_same_length("b", nb, n);
	check_same_length("score", nw, n);
	check_same_length("same_text", ns, n);

	w = palloc(sizeof(float) * (n > 0 ? n : 1));
	same = palloc(n > 0 ? n : 1);
	for (i = 0; i < n; i++)
	{
		w[i] = DatumGetFloat4(wd[i]);
		same[i] = DatumGetBool(sd[i]) ? 1 : 0;
	}
	leader = palloc(sizeof(int64) * (m > 0 ? m : 1));
	if (bl_average_clusters(order, (size_t) m, a, b, w, same, (size_t) n, threshold, leader) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("tickets must not contain the same id twice")));
	return return_pairs(fcinfo, order, leader, (size_t) m);
}

/*
 * duplicate_fmgr.c: SQL glue of the duplicate scorer (src/duplicate.c): backlog.stem_words(),
 * backlog.text_language(), backlog.duplicate_text_key(), backlog.duplicate_score(),
 * backlog.duplicate_links(), backlog.ticket_duplicates() and backlog.word_df_fold_due().
 *
 * The last three read what backlog.ticket_fingerprints stores for each ticket (words, subject
 * words, names and codes, account-specific request, text key) and the document frequencies of
 * backlog.duplicate_word_df through SPI, build one BlDupDoc per ticket and let the core score.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "storage/proc.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/tuplestore.h"

#include "backlog.h"
#include "bl_alloc.h"
#include "duplicate.h"
#include "fingerprint.h"
#include "normalize.h"

PG_FUNCTION_INFO_V1(backlog_stem_words);
PG_FUNCTION_INFO_V1(backlog_text_language);
PG_FUNCTION_INFO_V1(backlog_duplicate_text_key);
PG_FUNCTION_INFO_V1(backlog_match_phrases);
PG_FUNCTION_INFO_V1(backlog_duplicate_score);
PG_FUNCTION_INFO_V1(backlog_duplicate_links);
PG_FUNCTION_INFO_V1(backlog_ticket_duplicates);
PG_FUNCTION_INFO_V1(backlog_word_df_fold_due);

/* Candidates: each ticket's k rarest words are its keys; a key of more tickets is skipped. */
#define LINK_KEYS		10
#define LINK_KEY_CAP	100
/* One ticket's duplicates: at most this many candidates by key, and of its text, are scored. */
#define ONE_CANDIDATES	100
#define ONE_SAME_TEXT	50
#define ONE_KEY_BUDGET	500

static char *
normalize_text(text *t, size_t *outlen)
{
	char	   *out;
	size_t		len = VARSIZE_ANY_EXHDR(t);

	if (bl_normalize(VARDATA_ANY(t), len, &out, outlen) != BL_NORM_OK)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("text of %zu bytes is too long to normalize", len),
				 errdetail("Duplicate detection reads at most %zu bytes of a ticket.",
						   BL_NORMALIZE_MAX_INPUT)));
	return out;
}

/* Split space-separated words into a text[]. */
static ArrayType *
words_array(const char *s, size_t len)
{
	ArrayBuildState *ab = initArrayResult(TEXTOID, CurrentMemoryContext, false);
	size_t		i = 0;

	while (i < len)
	{
		size_t		start = i;

		while (i < len && s[i] != ' ')
			i++;
		if (i > start)
			accumArrayResult(ab, PointerGetDatum(cstring_to_text_with_len(s + start, i - start)),
							 false, TEXTOID, CurrentMemoryContext);
		i++;
	}
	return DatumGetArrayTypeP(makeArrayResult(ab, CurrentMemoryContext));
}

/*
 * backlog.stem_words(txt text, lang text) -> text[]: the stemmed content words of the
 * normalized text in lang ('en', 'de', 'fr', 'es', 'ja'; NULL: guessed). NULL for NULL txt.
 */
Datum
backlog_stem_words(PG_FUNCTION_ARGS)
{
	text	   *t;
	char	   *norm;
	size_t		nlen;
	char	   *words;
	size_t		wlen;
	BlLang		lang;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	t = PG_GETARG_TEXT_PP(0);
	norm = normalize_text(t, &nlen);
	if (PG_ARGISNULL(1))
		lang = bl_guess_language(norm, nlen);
	else
	{
		text	   *l = PG_GETARG_TEXT_PP(1);
		int			code = bl_lang_from_code(VARDATA_ANY(l), VARSIZE_ANY_EXHDR(l));

		if (code < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown language \"%s\"", text_to_cstring(l)),
					 errhint("Use en, de, fr, es or ja, or NULL to guess.")));
		lang = (BlLang) code;
	}
	bl_dup_words(norm, nlen, lang, &words, &wlen);
	PG_RETURN_ARRAYTYPE_P(words_array(words, wlen));
}

/* backlog.text_language(txt text) -> text: the guessed language of the normalized text. */
Datum
backlog_text_language(PG_FUNCTION_ARGS)
{
	size_t		nlen;
	char	   *norm = normalize_text(PG_GETARG_TEXT_PP(0), &nlen);

	PG_RETURN_TEXT_P(cstring_to_text(bl_lang_code(bl_guess_language(norm, nlen))));
}

/* backlog.duplicate_text_key(txt text) -> bigint: hash of the normalized text. */
Datum
backlog_duplicate_text_key(PG_FUNCTION_ARGS)
{
	size_t		nlen;
	char	   *norm = normalize_text(PG_GETARG_TEXT_PP(0), &nlen);

	PG_RETURN_INT64((int64) bl_hash64(norm, nlen, UINT64_C(0x746578746b657933)));
}

/*
 * backlog.word_df_fold_due() -> boolean: true at its 1st, 2nd, 4th, 8th ... call in a transaction,
 * false at the others. The word-count trigger asks it before it folds
 * backlog.duplicate_word_df_delta: every fold reads the whole delta table, and within one
 * transaction the rows the earlier folds deleted are still on its pages, so folding at every
 * qualifying row made a bulk load quadratic; at doubling intervals the reads add up to a few
 * times the load. A transaction is told apart by its local transaction id, new for each one.
 */
Datum
backlog_word_df_fold_due(PG_FUNCTION_ARGS)
{
	static LocalTransactionId last = InvalidLocalTransactionId;
	static uint64 calls = 0;

	if (MyProc == NULL)
		PG_RETURN_BOOL(true);
	if (MyProc->lxid != last)
	{
		last = MyProc->lxid;
		calls = 0;
	}
	calls++;
	PG_RETURN_BOOL((calls & (calls - 1)) == 0);
}

static int
cmp_cstr(const void *x, const void *y)
{
	return strcmp(*(char *const *) x, *(char *const *) y);
}

/*
 * backlog.match_phrases(txt text, phrases text[], labels text[], prefix boolean) -> text[]: the
 * labels of the normalized phrases found in backlog.normalize(txt) (bl_dup_has_phrase), distinct,
 * in byte order. NULL or empty phrases match nothing; NULL arrays: none.
 */
Datum
backlog_match_phrases(PG_FUNCTION_ARGS)
{
	size_t		nlen;
	char	   *norm;
	Datum	   *pe;
	Datum	   *le;
	bool	   *pn;
	bool	   *ln;
	int			np = 0;
	int			nl = 0;
	int			i;
	char	  **hits;
	int			nh = 0;
	bool		prefix;
	ArrayBuildState *ab;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	norm = normalize_text(PG_GETARG_TEXT_PP(0), &nlen);
	prefix = !PG_ARGISNULL(3) && PG_GETARG_BOOL(3);
	if (!PG_ARGISNULL(1))
		deconstruct_array(PG_GETARG_ARRAYTYPE_P(1), TEXTOID, -1, false, TYPALIGN_INT, &pe, &pn, &np);
	if (!PG_ARGISNULL(2))
		deconstruct_array(PG_GETARG_ARRAYTYPE_P(2), TEXTOID, -1, false, TYPALIGN_INT, &le, &ln, &nl);
	if (np != nl)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("phrases has %d elements, labels %d", np, nl),
				 errdetail("Label i names phrase i.")));
	hits = palloc(sizeof(char *) * (np + 1));
	for (i = 0; i < np; i++)
	{
		text	   *t;

		if (pn[i] || ln[i])
			continue;
		t = DatumGetTextPP(pe[i]);
		if (bl_dup_has_phrase(norm, nlen, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), prefix))
			hits[nh++] = TextDatumGetCString(le[i]);
	}
	qsort(hits, nh, sizeof(char *), cmp_cstr);
	ab = initArrayResult(TEXTOID, CurrentMemoryContext, false);
	for (i = 0; i < nh; i++)
		if (i == 0 || strcmp(hits[i], hits[i - 1]) != 0)
			accumArrayResult(ab, CStringGetTextDatum(hits[i]), false, TEXTOID, CurrentMemoryContext);
	PG_RETURN_DATUM(makeArrayResult(ab, CurrentMemoryContext));
}

/* ---------------------------------------------------------------------------------------------
 * Loading documents
 * ------------------------------------------------------------------------------------------- */

#define DOC_COLUMNS \
	"f.ticket_id, f.words, f.subject_words, f.terms, f.intent IS NOT NULL, t.account, " \
	"t.requester, extract(epoch FROM t.created_at)::float8, f.text_key"
#define DOC_FROM \
	" FROM backlog.ticket_fingerprints f JOIN backlog.tickets t ON t.id OPERATOR(pg_catalog.=) f.ticket_id"

typedef struct DocSet
{
	BlDupDoc   *docs;
	size_t		n;
	size_t		cap;
	int64		ntickets;
	double		burst_span;		/* bl_dup_burst_span of all tickets, once known */
} DocSet;

static int
cmp_text(const void *x, const void *y)
{
	const BlDupText *a = x;
	const BlDupText *b = y;
	size_t		m = a->n < b->n ? a->n : b->n;
	int			c = m > 0 ? memcmp(a->s, b->s, m) : 0;

	if (c != 0)
		return c;
	return (a->n > b->n) - (a->n < b->n);
}

/* The elements of a text[] datum (copied into the current context), sorted and distinct. */
static BlDupText *
text_elems(Datum d, bool isnull, size_t *n)
{
	ArrayType  *arr;
	Datum	   *elems;
	bool	   *nulls;
	int			ne;
	int			i;
	size_t		m = 0;
	BlDupText  *out;

	*n = 0;
	if (isnull)
		return NULL;
	arr = DatumGetArrayTypePCopy(d);
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &ne);
	out = palloc(sizeof(BlDupText) * (ne > 0 ? ne : 1));
	for (i = 0; i < ne; i++)
	{
		text	   *t;

		if (nulls[i])
			continue;
		t = (text *) DatumGetPointer(elems[i]);
		if (VARATT_IS_EXTENDED(t))
			t = pg_detoast_datum_packed(t);
		out[m].s = VARDATA_ANY(t);
		out[m].n = VARSIZE_ANY_EXHDR(t);
		m++;
	}
	qsort(out, m, sizeof(BlDupText), cmp_text);
	if (m > 1)
	{
		size_t		w = 1;

		for (i = 1; i < (int) m; i++)
			if (cmp_text(&out[i], &out[w - 1]) != 0)
				out[w++] = out[i];
		m = w;
	}
	*n = m;
	return out;
}

static BlDupText
text_value(Datum d, bool isnull)
{
	BlDupText	r = {NULL, 0};

	if (!isnull)
	{
		text	   *t = DatumGetTextPCopy(d);

		r.s = VARDATA_ANY(t);
		r.n = VARSIZE_ANY_EXHDR(t);
	}
	return r;
}

/* Append the rows of SPI_tuptable (DOC_COLUMNS) to ds, in memory context cxt. */
static void
collect_docs(DocSet *ds, MemoryContext cxt)
{
	MemoryContext old = MemoryContextSwitchTo(cxt);
	uint64		r;

	if (ds->n + SPI_processed > ds->cap)
	{
		size_t		cap = ds->n + SPI_processed + 16;
		BlDupDoc   *docs = palloc0(sizeof(BlDupDoc) * cap);

		if (ds->n > 0)
			memcpy(docs, ds->docs, sizeof(BlDupDoc) * ds->n);
		ds->docs = docs;
		ds->cap = cap;
	}
	for (r = 0; r < SPI_processed; r++)
	{
		HeapTuple	tup = SPI_tuptable->vals[r];
		TupleDesc	td = SPI_tuptable->tupdesc;
		BlDupDoc   *doc = &ds->docs[ds->n++];
		bool		isnull;
		BlDupText  *w;
		BlDupText  *sw;
		size_t		nw;
		size_t		nsw;
		size_t		i;
		size_t		j;
		BlDupWord  *words;
		Datum		d;

		CHECK_FOR_INTERRUPTS();
		memset(doc, 0, sizeof(*doc));
		doc->id = DatumGetInt64(SPI_getbinval(tup, td, 1, &isnull));
		d = SPI_getbinval(tup, td, 2, &isnull);
		w = text_elems(d, isnull, &nw);
		d = SPI_getbinval(tup, td, 3, &isnull);
		sw = text_elems(d, isnull, &nsw);
		words = palloc(sizeof(BlDupWord) * (nw > 0 ? nw : 1));
		for (i = 0, j = 0; i < nw; i++)
		{
			int			c = 1;

			while (j < nsw && (c = cmp_text(&sw[j], &w[i])) < 0)
				j++;
			words[i].s = w[i].s;
			words[i].n = w[i].n;
			words[i].df = 1;
			words[i].subject = j < nsw && c == 0;
		}
		doc->words = words;
		doc->nwords = nw;
		d = SPI_getbinval(tup, td, 4, &isnull);
		doc->terms = text_elems(d, isnull, &doc->nterms);
		d = SPI_getbinval(tup, td, 5, &isnull);
		doc->intent = !isnull && DatumGetBool(d);
		d = SPI_getbinval(tup, td, 6, &isnull);
		doc->account = text_value(d, isnull);
		d = SPI_getbinval(tup, td, 7, &isnull);
		doc->requester = text_value(d, isnull);
		d = SPI_getbinval(tup, td, 8, &isnull);
		doc->created = isnull ? 0 : DatumGetFloat8(d);
		d = SPI_getbinval(tup, td, 9, &isnull);
		doc->text_key = isnull ? 0 : (uint64) DatumGetInt64(d);
	}
	MemoryContextSwitchTo(old);
}

/*
 * Run a read-only query of this file. Every query is a string literal, so its address is its
 * name: one generic plan is prepared per session and kept (plan invalidation replans it when a
 * table changes), so a call pays no planning.
 */
static void
run_query(const char *sql, int nargs, Oid *types, Datum *values)
{
	static struct
	{
		const char *sql;
		SPIPlanPtr	plan;
	}			plans[8];
	SPIPlanPtr	plan = NULL;
	int			i;
	int			rc;

	/*
	 * Where Citus is installed, planned with the values each time: Citus cannot distribute a
	 * generic plan of these queries (the parameters must be known when it plans).
	 */
	if (OidIsValid(get_extension_oid("citus", true)))
	{
		rc = SPI_execute_with_args(sql, nargs, types, values, NULL, true, 0);
		if (rc != SPI_OK_SELECT)
			elog(ERROR, "backlog: SPI query failed (%d): %s", rc, sql);
		return;
	}
	for (i = 0; i < lengthof(plans) && plans[i].sql != NULL; i++)
		if (plans[i].sql == sql)
		{
			plan = plans[i].plan;
			break;
		}
	if (plan == NULL)
	{
		plan = SPI_prepare_cursor(sql, nargs, types, CURSOR_OPT_GENERIC_PLAN);
		if (plan == NULL)
			elog(ERROR, "backlog: SPI_prepare failed (%d): %s", SPI_result, sql);
		if (i < lengthof(plans) && SPI_keepplan(plan) == 0)
		{
			plans[i].sql = sql;
			plans[i].plan = plan;
		}
	}
	rc = SPI_execute_plan(plan, values, NULL, true, 0);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "backlog: SPI query failed (%d): %s", rc, sql);
}

/*
 * Fill in the document frequency of every word of ds->docs[from..) and ds->ntickets (the
 * row with the empty word of backlog.duplicate_word_df). All distinct words are looked up in one
 * query: by key, or with all_rows in one pass over the tables.
 */
static void
load_df(DocSet *ds, size_t from, bool all_rows, MemoryContext cxt)
{
	MemoryContext old = MemoryContextSwitchTo(cxt);
	size_t		total = 1;
	size_t		nu = 0;
	BlDupText  *all;
	int64	   *df;
	size_t		d;
	size_t		i;
	uint64		r;

	for (d = from; d < ds->n; d++)
		total += ds->docs[d].nwords;
	all = palloc(sizeof(BlDupText) * total);
	all[nu].s = "";
	all[nu++].n = 0;
	for (d = from; d < ds->n; d++)
		for (i = 0; i < ds->docs[d].nwords; i++)
		{
			all[nu].s = ds->docs[d].words[i].s;
			all[nu++].n = ds->docs[d].words[i].n;
		}
	qsort(all, nu, sizeof(BlDupText), cmp_text);
	if (nu > 1)
	{
		size_t		w = 1;

		for (i = 1; i < nu; i++)
			if (cmp_text(&all[i], &all[w - 1]) != 0)
				all[w++] = all[i];
		nu = w;
	}
	df = palloc0(sizeof(int64) * nu);
	MemoryContextSwitchTo(old);

	if (all_rows)
		/* every open ticket's words: one pass over both tables beats a probe per word */
		run_query("SELECT x.word, pg_catalog.sum(x.tickets)::bigint"
				  "  FROM (SELECT d.word, d.tickets FROM backlog.duplicate_word_df d"
				  "        UNION ALL SELECT d.word, d.delta FROM backlog.duplicate_word_df_delta d) x"
				  " GROUP BY x.word", 0, NULL, NULL);
	else
	{
		Datum	   *elems = palloc(sizeof(Datum) * nu);
		Oid			type = TEXTARRAYOID;
		Datum		arg;

		for (i = 0; i < nu; i++)
			elems[i] = PointerGetDatum(cstring_to_text_with_len(all[i].s, all[i].n));
		arg = PointerGetDatum(construct_array(elems, (int) nu, TEXTOID, -1, false, TYPALIGN_INT));
		/* backlog.word_df($1), written out so that the plan is kept */
		run_query("SELECT x.word, pg_catalog.sum(x.tickets)::bigint"
				  "  FROM (SELECT d.word, d.tickets FROM backlog.duplicate_word_df d"
				  "         WHERE d.word OPERATOR(pg_catalog.=) ANY ($1)"
				  "        UNION ALL"
				  "        SELECT d.word, d.delta FROM backlog.duplicate_word_df_delta d"
				  "         WHERE d.word OPERATOR(pg_catalog.=) ANY ($1)) x"
				  " GROUP BY x.word", 1, &type, &arg);
	}
	for (r = 0; r < SPI_processed; r++)
	{
		bool		isnull;
		Datum		wd = SPI_getbinval(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 1, &isnull);
		Datum		nd;
		text	   *t;
		BlDupText	key;
		BlDupText  *hit;

		if (isnull)
			continue;
		nd = SPI_getbinval(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 2, &isnull);
		if (isnull)
			continue;
		t = DatumGetTextPP(wd);
		key.s = VARDATA_ANY(t);
		key.n = VARSIZE_ANY_EXHDR(t);
		hit = bsearch(&key, all, nu, sizeof(BlDupText), cmp_text);
		if (hit != NULL)
			df[hit - all] = DatumGetInt64(nd);
	}
	ds->ntickets = df[0] > 0 ? df[0] : 1;
	/* the burst's span: from the arrival rate of all tickets (first and last by the index) */
	if (ds->burst_span == 0)
	{
		bool		n1;
		bool		n2;
		Datum		d1;
		Datum		d2;

		run_query("SELECT extract(epoch FROM pg_catalog.min(t.created_at))::float8,"
				  "       extract(epoch FROM pg_catalog.max(t.created_at))::float8"
				  "  FROM backlog.tickets t", 0, NULL, NULL);
		ds->burst_span = BL_DUP_BURST_SPAN;
		if (SPI_processed == 1)
		{
			d1 = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &n1);
			d2 = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &n2);
			if (!n1 && !n2)
				ds->burst_span = bl_dup_burst_span(ds->ntickets, DatumGetFloat8(d1), DatumGetFloat8(d2));
		}
	}
	/* the prepared keys live in the caller's context, not SPI's */
	old = MemoryContextSwitchTo(cxt);
	for (d = from; d < ds->n; d++)
	{
		BlDupWord  *words = (BlDupWord *) ds->docs[d].words;

		for (i = 0; i < ds->docs[d].nwords; i++)
		{
			BlDupText	key = {words[i].s, words[i].n};
			BlDupText  *hit = bsearch(&key, all, nu, sizeof(BlDupText), cmp_text);

			words[i].df = (hit != NULL && df[hit - all] > 0) ? df[hit - all] : 1;
		}
		ds->docs[d].burst_span = ds->burst_span;
		bl_dup_prepare(&ds->docs[d], ds->ntickets);
	}
	MemoryContextSwitchTo(old);
}

static Jsonb *
reasons_jsonb(const BlDupScore *s)
{
	char	   *json;
	size_t		len;

	bl_dup_reasons_json(s, &json, &len);
	return DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum(json)));
}

static Tuplestorestate *
begin_srf(FunctionCallInfo fcinfo, TupleDesc *tupdesc)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext oldcxt;
	Tuplestorestate *store;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		(rsinfo->allowedModes & SFRM_Materialize) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	if (get_call_result_type(fcinfo, NULL, tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	oldcxt = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	*tupdesc = CreateTupleDescCopy(*tupdesc);
	store = tuplestore_begin_heap(true, false, work_mem);
	MemoryContextSwitchTo(oldcxt);
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = store;
	rsinfo->setDesc = *tupdesc;
	return store;
}

/*
 * backlog.duplicate_score(a bigint, b bigint) -> (score double precision, reasons jsonb): the
 * score of two tickets from their stored words, names and codes. NULL when either has no
 * stored row.
 */
Datum
backlog_duplicate_score(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = CurrentMemoryContext;
	DocSet		ds = {0};
	Oid			types[2] = {INT8OID, INT8OID};
	Datum		args[2];
	TupleDesc	tupdesc;
	BlDupScore	s;
	Datum		values[2];
	bool		nulls[2] = {false, false};
	const BlDupDoc *a = NULL;
	const BlDupDoc *b = NULL;
	size_t		i;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	args[0] = PG_GETARG_DATUM(0);
	args[1] = PG_GETARG_DATUM(1);
	SPI_connect();
	run_query("SELECT " DOC_COLUMNS DOC_FROM
			  " WHERE f.ticket_id OPERATOR(pg_catalog.=) $1 OR f.ticket_id OPERATOR(pg_catalog.=) $2",
			  2, types, args);
	collect_docs(&ds, cxt);
	load_df(&ds, 0, false, cxt);
	SPI_finish();
	for (i = 0; i < ds.n; i++)
	{
		if (ds.docs[i].id == PG_GETARG_INT64(0))
			a = &ds.docs[i];
		if (ds.docs[i].id == PG_GETARG_INT64(1))
			b = &ds.docs[i];
	}
	if (a == NULL || b == NULL)
		PG_RETURN_NULL();
	bl_dup_score(a, b, &s);
	values[0] = Float8GetDatum(s.score);
	values[1] = JsonbPGetDatum(reasons_jsonb(&s));
	tupdesc = BlessTupleDesc(tupdesc);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* Group order: text key, then (for account-specific requests) the account, then time, id. */
static const BlDupDoc *group_docs;

static BlDupText
group_account(const BlDupDoc *d)
{
	BlDupText	none = {NULL, 0};

	if (!d->intent)
		return none;
	return d->account.n > 0 ? d->account : d->requester;
}

static int
cmp_group(const void *x, const void *y)
{
	const BlDupDoc *a = &group_docs[*(const size_t *) x];
	const BlDupDoc *b = &group_docs[*(const size_t *) y];
	BlDupText	ka;
	BlDupText	kb;
	int			c;

	if (a->text_key != b->text_key)
		return a->text_key < b->text_key ? -1 : 1;
	if (a->intent != b->intent)
		return a->intent ? 1 : -1;
	ka = group_account(a);
	kb = group_account(b);
	if ((c = cmp_text(&ka, &kb)) != 0)
		return c;
	if (a->created != b->created)
		return a->created < b->created ? -1 : 1;
	return (a->id > b->id) - (a->id < b->id);
}

static void
put_link(Tuplestorestate *store, TupleDesc td, const BlDupDoc *a, const BlDupDoc *b,
		 const BlDupScore *s, bool same_text)
{
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};

	values[0] = Int64GetDatum(a->id < b->id ? a->id : b->id);
	values[1] = Int64GetDatum(a->id < b->id ? b->id : a->id);
	values[2] = Float4GetDatum((float4) s->score);
	values[3] = BoolGetDatum(s->repeat_contact);
	values[4] = BoolGetDatum(same_text);
	tuplestore_putvalues(store, td, values, nulls);
}

/*
 * backlog.duplicate_links() -> TABLE(ticket_a, ticket_b, score, repeat_contact, same_text): the pairs of
 * open tickets whose score reaches backlog.duplicate_threshold. Tickets of one normalized text
 * (and, for account-specific requests, one account) form one group: each is linked to the
 * group's earliest ticket only, and only the earliest tickets are paired with each other, so
 * a flood of identical reports costs one node, not a square.
 */
Datum
backlog_duplicate_links(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = CurrentMemoryContext;
	TupleDesc	td;
	Tuplestorestate *store = begin_srf(fcinfo, &td);
	DocSet		ds = {0};
	size_t	   *order;
	BlDupDoc   *reps;
	size_t		nreps = 0;
	size_t		i;
	uint64_t   *pairs;
	size_t		npairs;
	double		threshold = backlog_duplicate_threshold;

	SPI_connect();
	run_query("SELECT " DOC_COLUMNS DOC_FROM " WHERE f.open", 0, NULL, NULL);
	collect_docs(&ds, cxt);
	load_df(&ds, 0, true, cxt);
	SPI_finish();

	order = palloc(sizeof(size_t) * (ds.n + 1));
	for (i = 0; i < ds.n; i++)
		order[i] = i;
	group_docs = ds.docs;
	qsort(order, ds.n, sizeof(size_t), cmp_group);
	group_docs = NULL;
	reps = palloc(sizeof(BlDupDoc) * (ds.n + 1));
	for (i = 0; i < ds.n; i++)
	{
		const BlDupDoc *d = &ds.docs[order[i]];
		const BlDupDoc *rep = nreps > 0 ? &reps[nreps - 1] : NULL;
		BlDupText	ka;
		BlDupText	kb;

		CHECK_FOR_INTERRUPTS();
		if (rep != NULL)
		{
			ka = group_account(rep);
			kb = group_account(d);
		}
		if (rep != NULL && rep->text_key == d->text_key && rep->intent == d->intent &&
			cmp_text(&ka, &kb) == 0)
		{
			BlDupScore	s;

			bl_dup_score(d, rep, &s);
			if (s.score >= threshold)
				put_link(store, td, rep, d, &s, true);
			continue;
		}
		reps[nreps++] = *d;
	}

	npairs = bl_dup_candidates(reps, nreps, ds.ntickets, LINK_KEYS, LINK_KEY_CAP, &pairs);
	for (i = 0; i < npairs; i++)
	{
		const BlDupDoc *a = &reps[pairs[i] >> 32];
		const BlDupDoc *b = &reps[pairs[i] & 0xffffffff];
		BlDupScore	s;

		if ((i & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
		bl_dup_score(a, b, &s);
		if (s.score >= threshold)
			put_link(store, td, a, b, &s, false);
	}
	return (Datum) 0;
}

typedef struct RankedKey
{
	int64		df;
	size_t		i;
} RankedKey;

static int
cmp_ranked_key(const void *x, const void *y)
{
	const RankedKey *a = x;
	const RankedKey *b = y;

	if (a->df != b->df)
		return a->df < b->df ? -1 : 1;
	return (a->i > b->i) - (a->i < b->i);
}

/*
 * The candidates of backlog.ticket_duplicates, in the order they are taken: open tickets of the
 * same text ($3), then those sharing one of the keys $2 (its rarest words, names and codes,
 * rarest first), the rule by which backlog.duplicate_links finds the pairs of the view. On one
 * node the keys are probed one by one (a nested loop over them, one GIN probe each), so that
 * the first ONE_CANDIDATES distinct tickets read are those sharing the rarest keys; the keys'
 * postings add up to about ONE_KEY_BUDGET, so the stream is cut there. Taken instead, an
 * arbitrary 100 of all that share a key missed two thirds of the reworded tickets in make
 * bench, and ranking all of them by the keys they share cost 18 ms a ticket. Where Citus is
 * installed, the shards answer the keys at once (one multi-shard query, not one per key) with
 * each ticket's words, and the candidates are put in the same order here: by the rarest key
 * they share (candidates_in_key_order).
 *
 * No near-duplicate arm by fingerprint (%): the view links no pair that way, and at 100,000
 * open tickets that GIN probe was 27 of the 37 ms of a ticket's duplicates.
 */
#define CANDIDATES_BY_TEXT \
	"(SELECT f.ticket_id FROM backlog.ticket_fingerprints f" \
	"  WHERE f.open AND f.text_key OPERATOR(pg_catalog.=) $3 LIMIT " CppAsString2(ONE_SAME_TEXT) ")"
#define CANDIDATES_QUERY \
	"SELECT c.ticket_id FROM (" CANDIDATES_BY_TEXT \
	" UNION ALL" \
	" (SELECT f.ticket_id FROM pg_catalog.unnest($2) k(word)" \
	"   CROSS JOIN LATERAL (SELECT f.ticket_id FROM backlog.ticket_fingerprints f" \
	"                        WHERE f.open AND f.words OPERATOR(pg_catalog.@>) ARRAY[k.word]) f" \
	"  LIMIT " CppAsString2(ONE_KEY_BUDGET) ")) c"
#define CANDIDATES_QUERY_CITUS \
	"SELECT c.ticket_id, c.words FROM (" \
	" (SELECT f.ticket_id, NULL::text[] AS words FROM backlog.ticket_fingerprints f" \
	"   WHERE f.open AND f.text_key OPERATOR(pg_catalog.=) $3 LIMIT " CppAsString2(ONE_SAME_TEXT) ")" \
	" UNION ALL" \
	" (SELECT f.ticket_id, f.words FROM backlog.ticket_fingerprints f" \
	"   WHERE f.open AND f.words OPERATOR(pg_catalog.&&) $2 LIMIT " CppAsString2(ONE_KEY_BUDGET) ")) c"
#define CANDIDATE_DOCS_QUERY \
	"SELECT " DOC_COLUMNS DOC_FROM " WHERE f.ticket_id OPERATOR(pg_catalog.=) ANY ($1)"

typedef struct KeyOrder
{
	int			key;			/* the rarest key the row shares (0: same text) */
	uint64		row;
} KeyOrder;

static int
cmp_key_order(const void *x, const void *y)
{
	const KeyOrder *a = x;
	const KeyOrder *b = y;

	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return (a->row > b->row) - (a->row < b->row);
}

/*
 * The rows of CANDIDATES_QUERY_CITUS (ticket_id, words) in the order of the one-node stream:
 * same text first, then by the rarest of the keys (rarest first) a ticket's words contain; the
 * shards' order within one key. Returns the row numbers, SPI_processed of them.
 */
static uint64 *
candidates_in_key_order(const Datum *keys, size_t nkeys)
{
	uint64		n = SPI_processed;
	KeyOrder   *ko = palloc(sizeof(KeyOrder) * (n + 1));
	uint64	   *order = palloc(sizeof(uint64) * (n + 1));
	uint64		r;

	for (r = 0; r < n; r++)
	{
		bool		isnull;
		Datum		w = SPI_getbinval(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 2, &isnull);

		ko[r].row = r;
		ko[r].key = 0;
		if (!isnull)
		{
			Datum	   *elems;
			bool	   *enulls;
			int			nelems;
			int			e;

			deconstruct_array(DatumGetArrayTypeP(w), TEXTOID, -1, false, TYPALIGN_INT,
							  &elems, &enulls, &nelems);
			ko[r].key = (int) nkeys + 1;
			for (e = 0; e < nelems; e++)
			{
				int			k;

				if (enulls[e])
					continue;
				for (k = 0; k < (int) nkeys && k + 1 < ko[r].key; k++)
					if (VARSIZE_ANY_EXHDR(elems[e]) == VARSIZE_ANY_EXHDR(keys[k]) &&
						memcmp(VARDATA_ANY(elems[e]), VARDATA_ANY(keys[k]),
							   VARSIZE_ANY_EXHDR(keys[k])) == 0)
					{
						ko[r].key = k + 1;
						break;
					}
			}
		}
	}
	qsort(ko, n, sizeof(KeyOrder), cmp_key_order);
	for (r = 0; r < n; r++)
		order[r] = ko[r].row;
	return order;
}

/*
 * backlog.ticket_duplicates(ticket bigint) -> TABLE(ticket_id, score, reasons): the open tickets
 * whose score with this one reaches backlog.duplicate_threshold, best first. Candidates are the
 * open tickets with its text, or sharing its rarest words or an error code (through the GIN
 * index on open tickets' words).
 */
Datum
backlog_ticket_duplicates(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = CurrentMemoryContext;
	int64		id = PG_GETARG_INT64(0);
	TupleDesc	td;
	Tuplestorestate *store = begin_srf(fcinfo, &td);
	DocSet		ds = {0};
	Oid			types[3] = {INT8OID, TEXTARRAYOID, INT8OID};
	Datum		args[3];
	const BlDupDoc *me;
	RankedKey  *rank;
	Datum	   *keys;
	size_t		nkeys = 0;
	int64		budget = 0;
	size_t		i;
	double		threshold = backlog_duplicate_threshold;
	typedef struct Hit
	{
		size_t		doc;
		BlDupScore	s;
	} Hit;
	Hit		   *hits;
	size_t		nhits = 0;

	SPI_connect();
	args[0] = Int64GetDatum(id);
	run_query("SELECT " DOC_COLUMNS DOC_FROM " WHERE f.ticket_id OPERATOR(pg_catalog.=) $1",
			  1, types, args);
	collect_docs(&ds, cxt);
	if (ds.n == 0)
	{
		SPI_finish();
		return (Datum) 0;
	}
	load_df(&ds, 0, false, cxt);
	me = &ds.docs[0];

	/* keys: the rarest words shared with someone, within a budget of postings; the codes */
	rank = palloc(sizeof(RankedKey) * (me->nwords + 1));
	for (i = 0; i < me->nwords; i++)
	{
		rank[i].df = me->words[i].df;
		rank[i].i = i;
	}
	qsort(rank, me->nwords, sizeof(RankedKey), cmp_ranked_key);
	keys = palloc(sizeof(Datum) * (me->nwords + 1));
	for (i = 0; i < me->nwords && nkeys < LINK_KEYS; i++)
	{
		if (rank[i].df < 2)
			continue;
		if (nkeys > 0 && budget + rank[i].df > ONE_KEY_BUDGET)
			break;
		budget += rank[i].df;
		keys[nkeys++] = PointerGetDatum(cstring_to_text_with_len(me->words[rank[i].i].s,
																 me->words[rank[i].i].n));
	}
	args[1] = PointerGetDatum(construct_array(keys, (int) nkeys, TEXTOID, -1, false, TYPALIGN_INT));
	args[2] = Int64GetDatum((int64) me->text_key);
	{
		/* the first distinct tickets of the stream, but this one */
		Datum	   *ids = palloc(sizeof(Datum) * (ONE_SAME_TEXT + ONE_CANDIDATES));
		int			nids = 0;
		Oid			idtype = INT8ARRAYOID;
		Datum		arg;
		uint64		r;
		uint64	   *order = NULL;
		int			j;

		if (OidIsValid(get_extension_oid("citus", true)))
		{
			run_query(CANDIDATES_QUERY_CITUS, 3, types, args);
			order = candidates_in_key_order(keys, nkeys);
		}
		else
			run_query(CANDIDATES_QUERY, 3, types, args);
		for (r = 0; r < SPI_processed && nids < ONE_SAME_TEXT + ONE_CANDIDATES; r++)
		{
			bool		isnull;
			Datum		v = SPI_getbinval(SPI_tuptable->vals[order ? order[r] : r],
										  SPI_tuptable->tupdesc, 1, &isnull);

			if (isnull || DatumGetInt64(v) == id)
				continue;
			for (j = 0; j < nids; j++)
				if (DatumGetInt64(ids[j]) == DatumGetInt64(v))
					break;
			if (j == nids)
				ids[nids++] = v;
		}
		arg = PointerGetDatum(construct_array(ids, nids, INT8OID, sizeof(int64), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
		run_query(CANDIDATE_DOCS_QUERY, 1, &idtype, &arg);
	}
	collect_docs(&ds, cxt);
	me = &ds.docs[0];

	/*
	 * Only the candidates that can reach the threshold need the rarity of their words: an upper
	 * bound from this ticket's weights alone (bl_dup_bound) drops the others before their words
	 * are looked up, which was most of the time.
	 */
	{
		MemoryContext old = MemoryContextSwitchTo(cxt);
		size_t		keep = 1;

		for (i = 1; i < ds.n; i++)
		{
			bl_dup_prepare(&ds.docs[i], ds.ntickets);
			if (bl_dup_bound(me, &ds.docs[i]) >= threshold)
				ds.docs[keep++] = ds.docs[i];
			else
				bl_dup_release(&ds.docs[i]);
		}
		ds.n = keep;
		for (i = 1; i < ds.n; i++)
			bl_dup_release(&ds.docs[i]);	/* load_df prepares them again, with their weights */
		MemoryContextSwitchTo(old);
	}
	if (ds.n > 1)
		load_df(&ds, 1, false, cxt);
	SPI_finish();

	hits = palloc(sizeof(Hit) * (ds.n + 1));
	for (i = 1; i < ds.n; i++)
	{
		bl_dup_score(me, &ds.docs[i], &hits[nhits].s);
		if (hits[nhits].s.score >= threshold)
			hits[nhits++].doc = i;
	}
	/* best first, then by id */
	for (i = 1; i < nhits; i++)
	{
		Hit			h = hits[i];
		size_t		j = i;

		while (j > 0 && (hits[j - 1].s.score < h.s.score ||
						 (hits[j - 1].s.score == h.s.score && ds.docs[hits[j - 1].doc].id > ds.docs[h.doc].id)))
		{
			hits[j] = hits[j - 1];
			j--;
		}
		hits[j] = h;
	}
	for (i = 0; i < nhits; i++)
	{
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		values[0] = Int64GetDatum(ds.docs[hits[i].doc].id);
		values[1] = Float8GetDatum(hits[i].s.score);
		values[2] = JsonbPGetDatum(reasons_jsonb(&hits[i].s));
		tuplestore_putvalues(store, td, values, nulls);
	}
	return (Datum) 0;
}

/*
 * store-links.c: links between articles and related reports (SPEC
 * "Links between articles", "related ID"): term frequencies, signatures
 * and postings, resolving continuation marks, scoring related articles.
 * store-int.h: what the store's files share.
 */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "lreader/links.h"
#include "lreader/util.h"
#include "store-int.h"

/*
 * Terms in an article's signature. A report's subject shows in a few
 * dozen rare terms (the conference's name, the county, the project),
 * each two-character bigram of a name counting once; 32 keep those of a
 * long report while the postings stay about 32 rows an article (4 M
 * rows at 122,000 articles).
 */
#define SIG_TERMS 32
/*
 * A term in more than 1/RELATED_COMMON of the articles is the paper's
 * everyday vocabulary (发展, 工作, 吕梁), no sign of a shared subject:
 * store_related does not read its postings, which would be the longest.
 * Below RELATED_FEW articles the library is too small to tell.
 */
#define RELATED_COMMON 20
#define RELATED_FEW 200
/*
 * The terms of the open article store_related looks up: its heaviest
 * by the signature's weight, four signatures' worth. An article's
 * subject is in its rarer terms; the long tail of its everyday pairs
 * would read long lists for nothing (make-archive, 14,600 pages: all
 * 700 terms of an article took 71 ms, these 10).
 */
#define RELATED_QUERY_TERMS (4 * SIG_TERMS)
/*
 * Terms whose frequencies a batch keeps in memory (struct dfmap) before
 * writing them out early: 24 bytes each in a table at most half full,
 * so 1.5 MB at most (the import's memory stays within 20 MB whatever
 * the text: a batch of real pages can hold hundreds of thousands of
 * distinct bigrams). make-archive's batches hold about 8,000.
 */
#define DF_MAP_MAX 32768
/*
 * A headline matches a cross-reference's words or another headline
 * (store_links' fallback) when it shares at least half of the shorter
 * one's terms and at least LINK_TITLE_SHARED of them: two bigrams are
 * a name or a place, one is chance.
 */
#define LINK_TITLE_MIN 0.5
#define LINK_TITLE_SHARED 2

/* ---- term frequencies and signatures (related reports) ---- */

/*
 * Terms ahead of the one looked up whose slots sign_pending asks for
 * (store_prefetch): the map's slots and their ln df are misses in the
 * cache, waited for one at a time, and were two thirds of
 * sign_pending's own time (perf, 4,000 make-archive pages). 8, as
 * pairs_row_end's MAP_AHEAD.
 */
#define DF_AHEAD 8

/* Where term's probe starts in a map of cap slots (a power of two). */
static size_t
df_hash(uint64_t term, size_t cap)
{
	return (size_t)((term * 0x9E3779B97F4A7C15ULL) >> 20) & (cap - 1);
}

/* The index of term's slot in the map: its entry's, or the free slot's
 * for it. */
static size_t
df_find(const struct dfmap *m, uint64_t term)
{
	size_t i = df_hash(term, m->cap);

	while (m->v[i].term != 0 && m->v[i].term != term)
		i = (i + 1) & (m->cap - 1);
	return i;
}

/* The slot of term in the map: its entry, or the free slot for it. */
static struct dfent *
df_slot(struct dfmap *m, uint64_t term)
{
	return &m->v[df_find(m, term)];
}

/* The capacity the map needs to take more new entries at once: at most
 * half full (2 * (n + more) <= cap), doubling from 4096. */
static size_t
df_cap_for(const struct dfmap *m, size_t more)
{
	size_t cap = m->cap ? m->cap : 4096;

	while (2 * (m->n + more) > cap)
		cap *= 2;
	return cap;
}

/*
 * Make room for more new entries at once (df_cap_for), so that no df_get
 * moves an entry until n + more entries are held. When moved is not
 * NULL, where each old slot's entry went is put in (*moved)[old slot]
 * (the caller frees it; NULL when nothing moved): sign_pending keeps
 * slots between its two passes.
 */
static void
df_reserve(struct dfmap *m, size_t more, uint32_t **moved)
{
	struct dfent *old = m->v, *e;
	size_t cap = m->cap, i;

	if (moved != NULL)
		*moved = NULL;
	if (cap != 0 && 2 * (m->n + more) <= cap)
		return;
	m->cap = df_cap_for(m, more);
	m->v = xcalloc(m->cap, sizeof *m->v);
	if (cap != 0 && moved != NULL)
		*moved = xreallocarray(NULL, cap, sizeof **moved);
	for (i = 0; i < cap; i++)
		if (old[i].term != 0) {
			e = df_slot(m, old[i].term);
			*e = old[i];
			if (moved != NULL)
				(*moved)[i] = (uint32_t)(e - m->v);
		}
	free(old);
}

/* Forget the batch's frequencies (after they were written, or on a
 * rollback, which took back what was written of them). */
void
df_clear(struct dfmap *m)
{
	free(m->v);
	memset(m, 0, sizeof *m);
}

/* Term's entry, its base read from the library on first use. */
static struct dfent *
df_get(struct store *s, uint64_t term, char **err)
{
	struct dfent *e;
	sqlite3_stmt *st;
	int r;

	/* (the test before the call: df_get runs for every term counted,
	 * and the call alone was 1.2 % of the writing thread's
	 * instructions, callgrind) */
	if (s->df.cap == 0 || 2 * (s->df.n + 1) > s->df.cap)
		df_reserve(&s->df, 1, NULL);
	e = df_slot(&s->df, term);
	if (e->term != 0)
		return e;
	if ((st = prep(s, Q_DF_GET, err)) == NULL ||
	    bind_int64(s, st, 1, (int64_t)term, err) < 0 ||
	    (r = step(s, st, err)) < 0) {
		done(st);
		return NULL;
	}
	e->term = term;
	e->base = r == 1 ? sqlite3_column_int64(st, 0) : 0;
	e->delta = 0;
	s->df.n++;
	done(st);
	return e;
}

/* The document frequency of term as the library counts it (0: none). */
static int
df_of(struct store *s, uint64_t term, int64_t *df, char **err)
{
	sqlite3_stmt *st = prep(s, Q_DF_GET, err);
	int r;

	*df = 0;
	if (st == NULL || bind_int64(s, st, 1, (int64_t)term, err) < 0 ||
	    (r = step(s, st, err)) < 0) {
		done(st);
		return -1;
	}
	if (r == 1)
		*df = sqlite3_column_int64(st, 0);
	done(st);
	return 0;
}

/* The number of articles counted, this batch's included. */
static int
df_docs(struct store *s, int64_t *n, char **err)
{
	if (!s->df.docs_read) {
		if (df_of(s, 0, &s->df.docs_base, err) < 0)
			return -1;
		s->df.docs_read = 1;
	}
	*n = s->df.docs_base + s->df.docs_delta;
	return 0;
}

/*
 * static void NAME(TYPE *v, size_t n): sort v by its uint64_t member
 * term, a radix sort a byte at a time, low byte first, passing over
 * the bytes all terms share (terms hold 42 bits), as store-pairs.c's
 * sort_ents. qsort through a comparison function took 5.8 M
 * instructions for the 7,800 frequencies of 200 make-archive pages and
 * 4.4 M for the 7,100 terms of their postings.
 */
#define TERM_SORT(NAME, TYPE)						\
static void								\
NAME(TYPE *v, size_t n)							\
{									\
	TYPE *tmp, *a = v, *b, *t;					\
	size_t count[256], i, sum, x;					\
	int sh;								\
									\
	if (n < 2)							\
		return;							\
	b = tmp = xreallocarray(NULL, n, sizeof *tmp);			\
	for (sh = 0; sh < 64; sh += 8) {				\
		memset(count, 0, sizeof count);				\
		for (i = 0; i < n; i++)					\
			count[(a[i].term >> sh) & 0xFF]++;		\
		if (count[(a[0].term >> sh) & 0xFF] == n)		\
			continue;					\
		for (sum = 0, i = 0; i < 256; i++) {			\
			x = count[i];					\
			count[i] = sum;					\
			sum += x;					\
		}							\
		for (i = 0; i < n; i++)					\
			b[count[(a[i].term >> sh) & 0xFF]++] = a[i];	\
		t = a;							\
		a = b;							\
		b = t;							\
	}								\
	if (a != v)							\
		memcpy(v, a, n * sizeof *v);				\
	free(tmp);							\
}
TERM_SORT(sort_dfents, struct dfent)
TERM_SORT(sort_post_ents, struct post_ent)

/* Add one change to the library's count of term. */
static int
df_write(struct store *s, uint64_t term, int64_t delta, char **err)
{
	sqlite3_stmt *st = prep(s, Q_DF_ADD, err);
	int r = -1;

	if (st != NULL && bindf(s, st, err, "II", (int64_t)term, delta) == 0 &&
	    step(s, st, err) == 0)
		r = 0;
	done(st);
	return r;
}

/*
 * Changes of frequencies df_sync writes with one statement (Q_DF_ADD's
 * upsert with DF_PUT_ROWS rows of VALUES), prepared once a df_sync
 * that has that many: a statement a row took about 4,500 instructions
 * a row (7,800 rows appending 200 make-archive pages to 4,000).
 */
#define DF_PUT_ROWS 16
#define DF_ROW2 "(?,?),(?,?)"
#define DF_ROW8 DF_ROW2 "," DF_ROW2 "," DF_ROW2 "," DF_ROW2
static const char df_put_many[] = "INSERT INTO terms(term, df) VALUES "
    DF_ROW8 "," DF_ROW8 " ON CONFLICT(term) DO UPDATE SET df = df +"
    " excluded.df";

/* Write v[0..n) (n a multiple of DF_PUT_ROWS) DF_PUT_ROWS at a time. */
static int
df_write_many(struct store *s, const struct dfent *v, size_t n, char **err)
{
	sqlite3_stmt *st = NULL;
	size_t i, j;
	int r = 0;

	if (sqlite3_prepare_v3(s->db, df_put_many, -1, 0, &st, NULL) !=
	    SQLITE_OK) {
		sqlite3_finalize(st);
		return db_fail(s, err, "prepare");
	}
	for (i = 0; i < n && r == 0; i += DF_PUT_ROWS) {
		for (j = 0; j < DF_PUT_ROWS && r == 0; j++)
			if (bind_int64(s, st, (int)(2 * j + 1),
			    (int64_t)v[i + j].term, err) < 0 ||
			    bind_int64(s, st, (int)(2 * j + 2), v[i + j].delta,
			    err) < 0)
				r = -1;
		if (r == 0 && step(s, st, err) < 0)
			r = -1;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return r;
}

/*
 * Write the batch's changes of frequencies (additions to what the
 * library holds, so a count another step changed meanwhile stays
 * right), in term order, and empty the map.
 */
int
df_sync(struct store *s, char **err)
{
	struct dfent *v = NULL;
	size_t i, n = 0, many;
	int r = 0;

	if (s->df.n > 0) {
		v = xreallocarray(NULL, s->df.n, sizeof *v);
		for (i = 0; i < s->df.cap; i++)
			if (s->df.v[i].term != 0 && s->df.v[i].delta != 0)
				v[n++] = s->df.v[i];
		sort_dfents(v, n);
	}
	many = n - n % DF_PUT_ROWS;
	if (many > 0)
		r = df_write_many(s, v, many, err);
	for (i = many; i < n && r == 0; i++)
		r = df_write(s, v[i].term, v[i].delta, err);
	if (r == 0 && s->df.docs_delta != 0)
		r = df_write(s, 0, s->df.docs_delta, err);
	free(v);
	df_clear(&s->df);
	return r;
}

/* ---- varints: signatures, postings and pending terms as bytes ---- */

/* (VARINT_MAX, varint_put and varint_get: lreader/util.h) */

static int
damaged(char **err)
{
	return fail(err, "library: damaged related-reports data");
}

/*
 * The terms t[0..n) (ascending, as links_terms gives them) as a batch
 * keeps them until it signs the article (struct pend_row): each term's
 * step from the one before as a varint, shifted left by one with the
 * low bit set when its count is not 1, and then the count as a varint.
 * At 16 bytes a term (and up to twice that allocated) the terms of the
 * articles waiting were the largest thing an import held: 5.2 MB of its
 * 12.5 MB heap (heaptrack, 4,000 make-archive pages); packed, about 4
 * bytes a term. Most terms are once in their article (84 % of the
 * make-archive pages'): with the count in the step's low bit they take
 * a byte less, and terms_unpack reads one varint for them, not two.
 * (Terms are 42 bits: the step shifted fits.)
 */
unsigned char *
terms_pack(const struct link_term *t, size_t n, size_t *len)
{
	unsigned char *p = xmalloc(2 * VARINT_MAX * n + 1), *q = p;
	uint64_t prev = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		q += varint_put(q, (t[i].term - prev) << 1 | (t[i].tf != 1));
		if (t[i].tf != 1)
			q += varint_put(q, t[i].tf);
		prev = t[i].term;
	}
	*len = (size_t)(q - p);
	return xrealloc(p, *len + 1);
}

/* The varint at *pp, a byte at a time, *pp past it (at least its
 * bytes readable: the caller knows the end is far). */
static inline uint64_t
vget_bytes(const unsigned char **pp)
{
	const unsigned char *p = *pp;
	uint64_t x = 0;
	unsigned sh;

	for (sh = 0; *p & 0x80 && sh < 63; sh += 7)
		x |= (uint64_t)(*p++ & 0x7F) << sh;
	x |= (uint64_t)*p++ << sh;
	*pp = p;
	return x;
}

static unsigned
lowest_bit(uint64_t x)
{
#if defined(__GNUC__)
	return (unsigned)__builtin_ctzll(x);
#else
	unsigned i = 0;

	while (!(x & 1)) {
		x >>= 1;
		i++;
	}
	return i;
#endif
}

/*
 * The varint at *p, *p past it, with at least 8 bytes readable from *p:
 * its length found from the 8 bytes at once, and its 7-bit groups put
 * together in three steps, without a branch for each byte (steps of one
 * to five bytes mispredicted the end of the byte loop: 45 % of
 * terms_unpack's samples, perf annotate, 4,000 make-archive pages). A
 * varint longer than 8 bytes is read a byte at a time.
 */
static uint64_t
vget8(const unsigned char **pp)
{
	const unsigned char *p = *pp;
	uint64_t w = load8(p), stop, x;
	unsigned k;

	stop = ~w & 0x8080808080808080ULL;
	if (stop == 0)
		return vget_bytes(pp);
	k = (lowest_bit(stop) + 1) / 8;   /* bytes, 1 to 8 */
	x = k == 8 ? w : w & (((uint64_t)1 << (8 * k)) - 1);
	x = (x & 0x007F007F007F007FULL) | (x & 0x7F007F007F007F00ULL) >> 1;
	x = (x & 0x00003FFF00003FFFULL) | (x & 0x3FFF00003FFF0000ULL) >> 2;
	x = (x & 0x000000000FFFFFFFULL) | (x & 0x0FFFFFFF00000000ULL) >> 4;
	*pp = p + k;
	return x;
}

/*
 * terms_pack's n terms back into t (room for n); returns the largest
 * count (sign_pending's test for codes). sign_pending unpacks
 * every waiting article's terms twice (to count them, then to sign),
 * about 700 terms an article: the varints are read here without varint_get's
 * calls and bounds for each byte (a step between terms one to five
 * bytes, a count, when there is one, nearly always one), only the end
 * of the whole checked before each term (the longest term takes 2 *
 * VARINT_MAX bytes).
 */
static uint32_t
terms_unpack(const unsigned char *p, size_t len, size_t n,
    struct link_term *t)
{
	const unsigned char *end = p + len;
	uint64_t prev = 0, d, tf;
	uint32_t most = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		tf = 1;
		if ((size_t)(end - p) < 2 * VARINT_MAX) {
			/* near the end: the careful reader */
			if (!varint_get(&p, end, &d) || (d & 1 && !varint_get(&p, end, &tf)))
				break;
		} else {
			d = vget8(&p);
			if (d & 1)
				tf = vget_bytes(&p);
		}
		prev += d >> 1;
		t[i].term = prev;
		t[i].tf = (uint32_t)tf;
		most = t[i].tf > most ? t[i].tf : most;
	}
	return most;
}

/*
 * An article's signature as stored (sigs.terms): its terms ascending,
 * each as its step from the one before (the first from 0), varints.
 * The order of weight is not kept: only unsign reads it back.
 */
static unsigned char *
sig_pack(uint64_t *v, size_t k, size_t *len)
{
	unsigned char *blob = xmalloc(VARINT_MAX * k + 1), *q = blob;
	uint64_t prev = 0;
	size_t i;

	/* Sorted by insertion: SIG_TERMS terms at most, for which qsort
	 * and its comparison calls took 17 M instructions over 3,754
	 * signatures (callgrind, 400 make-archive pages). */
	for (i = 1; i < k; i++) {
		uint64_t x = v[i];
		size_t j = i;

		for (; j > 0 && v[j - 1] > x; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
	for (i = 0; i < k; i++) {
		q += varint_put(q, v[i] - prev);
		prev = v[i];
	}
	*len = (size_t)(q - blob);
	return blob;
}

/* A signature's terms: *n of them into *out (the caller frees); -1 for a
 * damaged one. */
static int
sig_unpack(const unsigned char *p, size_t len, uint64_t **out, size_t *n)
{
	const unsigned char *end;
	uint64_t prev = 0, d;

	*out = xreallocarray(NULL, len + 1, sizeof **out);
	*n = 0;
	if (p == NULL)   /* SQLite's empty blob */
		return 0;
	for (end = p + len; p < end;) {
		if (!varint_get(&p, end, &d) || (d == 0 && *n > 0))
			return -1;
		prev += d;
		(*out)[(*n)++] = prev;
	}
	return 0;
}

/* Write article's signature (terms v[0..k), reordered). */
static int
sig_write(struct store *s, int64_t article, uint64_t *v, size_t k,
    char **err)
{
	size_t len;
	unsigned char *blob = sig_pack(v, k, &len);
	sqlite3_stmt *st = NULL;
	int r = -1;

	if ((st = prep(s, Q_PUT_SIG, err)) == NULL)
		goto out;
	if (sqlite3_bind_int64(st, 1, article) != SQLITE_OK ||
	    sqlite3_bind_blob(st, 2, blob, (int)len, SQLITE_STATIC) !=
	    SQLITE_OK) {
		db_fail(s, err, "bind");
		goto out;
	}
	if (step(s, st, err) == 0)
		r = 0;
out:
	done(st);
	free(blob);
	return r;
}

/* ---- postings: each term's articles, in chunks (schema 4) ---- */

/*
 * A term's postings are rows (term, first, rest): the articles from
 * `first` on, ascending, `rest` the steps after it as varints, at most
 * POST_CHUNK bytes. The articles of an import are new and so the
 * highest: they go on the end of the term's last row, which is
 * rewritten, until it is full and a new row starts. Larger rows cost
 * less key (term and first, about 15 bytes a row) but more to rewrite
 * when a batch adds an article to them, as each batch does to most
 * terms: make-archive, 14,600 pages, 3.9 M postings in 66 MB as one row
 * each, in about 8 MB at 256 bytes a row.
 */
#define POST_CHUNK 256

/* A term's articles while they are changed. */
struct plist {
	int64_t *v;
	size_t n, cap;
};

static void
plist_add(struct plist *l, int64_t a)
{
	if (l->n > 0 && l->v[l->n - 1] == a)
		return;   /* once */
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = a;
}

/* Append the articles of a row (first, rest) to l; -1 if damaged. */
static int
plist_unpack(struct plist *l, int64_t first, const unsigned char *p,
    size_t len)
{
	const unsigned char *end;
	uint64_t d;
	int64_t a = first;

	plist_add(l, a);
	if (p == NULL)   /* SQLite's empty blob: first alone */
		return 0;
	for (end = p + len; p < end;) {
		if (!varint_get(&p, end, &d) || d == 0 || d > (uint64_t)(INT64_MAX - a))
			return -1;
		a += (int64_t)d;
		plist_add(l, a);
	}
	return 0;
}

/* post_row's first look: term's last row, when a falls in it (its
 * first at most a; no row follows it) or term has no row: 1 with *found
 * and, if found, *first and the row's articles in l; 0 when a falls in
 * an earlier row; -1. */
static int
post_last(struct store *s, uint64_t term, int64_t a, int *found,
    int64_t *first, struct plist *l, char **err)
{
	sqlite3_stmt *st = prep(s, Q_POST_LAST, err);
	int r;

	if (st == NULL || bind_int64(s, st, 1, (int64_t)term, err) < 0 ||
	    (r = step(s, st, err)) < 0) {
		done(st);
		return -1;
	}
	if (r == 1 && sqlite3_column_int64(st, 0) > a)
		r = 0;
	else if (r == 1) {
		*found = 1;
		*first = sqlite3_column_int64(st, 0);
		if (plist_unpack(l, *first, sqlite3_column_blob(st, 1),
		    (size_t)sqlite3_column_bytes(st, 1)) < 0) {
			damaged(err);
			r = -1;
		}
	} else {
		r = 1;   /* no row at all */
	}
	done(st);
	return r;
}

/* The row of term that article a falls in, and the first article of the
 * row after it: that row is the last one whose first is at most a, or
 * the term's first row when a comes before all of them. *found 0: the
 * term has no row; *next 0: no row follows. The blob is copied into *l
 * (emptied first). */
static int
post_row(struct store *s, uint64_t term, int64_t a, int *found,
    int64_t *first, int64_t *next, struct plist *l, char **err)
{
	sqlite3_stmt *st;
	int r;

	*found = 0;
	*next = 0;
	l->n = 0;
	/* An import's articles are the newest: almost always the term's
	 * last row is the one, found with one seek (Q_POST_ROW takes two
	 * and a subquery; this was 7 % of the writing thread at 14,600
	 * make-archive pages, most of it in these statements). */
	if ((r = post_last(s, term, a, found, first, l, err)) != 0)
		return r < 0 ? -1 : 0;
	if ((st = prep(s, Q_POST_ROW, err)) == NULL || bindf(s, st, err, "II", (int64_t)term, a) < 0)
		goto bad;
	if ((r = step(s, st, err)) < 0)
		goto bad;
	if (r == 1) {
		*found = 1;
		*first = sqlite3_column_int64(st, 0);
		if (plist_unpack(l, *first, sqlite3_column_blob(st, 1),
		    (size_t)sqlite3_column_bytes(st, 1)) < 0) {
			damaged(err);
			goto bad;
		}
		if ((r = step(s, st, err)) < 0)
			goto bad;
		if (r == 1)
			*next = sqlite3_column_int64(st, 0);
	}
	done(st);
	return 0;
bad:
	done(st);
	return -1;
}

/* Write v[0..n) (ascending) as term's rows, POST_CHUNK bytes each,
 * with st (Q_PUT_POSTING's parameters; NULL: Q_PUT_POSTING). */
static int
post_write(struct store *s, sqlite3_stmt *st, uint64_t term,
    const int64_t *v, size_t n, char **err)
{
	unsigned char buf[POST_CHUNK], one[VARINT_MAX];
	int own = st == NULL;
	size_t i = 0, len, k, d;
	int r = 0;

	while (i < n && r == 0) {
		len = 0;
		for (k = i + 1; k < n; k++) {
			d = varint_put(one, (uint64_t)(v[k] - v[k - 1]));
			if (len + d > POST_CHUNK)
				break;
			memcpy(buf + len, one, d);
			len += d;
		}
		if ((own && (st = prep(s, Q_PUT_POSTING, err)) == NULL) ||
		    bindf(s, st, err, "II", (int64_t)term, v[i]) < 0)
			r = -1;
		else if (sqlite3_bind_blob(st, 3, buf, (int)len,
		    SQLITE_STATIC) != SQLITE_OK)
			r = db_fail(s, err, "bind");
		else if (step(s, st, err) < 0)
			r = -1;
		done(st);
		i = k;
	}
	return r;
}

/* Delete term's row that starts at first. */
static int
post_drop(struct store *s, uint64_t term, int64_t first, char **err)
{
	sqlite3_stmt *st = prep(s, Q_DEL_POSTING, err);
	int r = -1;

	if (st != NULL && bindf(s, st, err, "II", (int64_t)term, first) == 0 &&
	    step(s, st, err) == 0)
		r = 0;
	done(st);
	return r;
}

/*
 * post_add's usual case, an import's new articles a[0..n) (ascending),
 * all after those of term's last row (or the term without rows): their
 * steps are put after the row's bytes as they are, without reading the
 * row into a list, merging and packing it all again (the same rows
 * post_add writes: varint_put's varints are the row's bytes). Decoding,
 * merging and repacking were a third of posts_write's 214 M
 * instructions, appending 400 make-archive pages to a library of
 * 14,200 (callgrind). Returns 1 when written, 0 when a is not all after
 * the row (nothing written), -1.
 */
static int
post_append(struct store *s, uint64_t term, const int64_t *a, size_t n,
    char **err)
{
	unsigned char buf[POST_CHUNK], one[VARINT_MAX];
	sqlite3_stmt *st = prep(s, Q_POST_LAST, err);
	const unsigned char *p, *end;
	int64_t first, last;
	uint64_t d;
	size_t len, i, k;
	int r;

	if (st == NULL || bind_int64(s, st, 1, (int64_t)term, err) < 0 ||
	    (r = step(s, st, err)) < 0) {
		done(st);
		return -1;
	}
	if (r == 0) {   /* no row yet */
		done(st);
		return post_write(s, NULL, term, a, n, err) < 0 ? -1 : 1;
	}
	first = sqlite3_column_int64(st, 0);
	p = sqlite3_column_blob(st, 1);
	len = (size_t)sqlite3_column_bytes(st, 1);
	if (first > a[0] || len > POST_CHUNK) {
		done(st);
		return 0;
	}
	last = first;
	for (end = p + len; p != NULL && p < end;) {
		if (!varint_get(&p, end, &d) || d == 0 ||
		    d > (uint64_t)(INT64_MAX - last)) {
			done(st);
			return damaged(err);
		}
		last += (int64_t)d;
	}
	if (a[0] <= last) {
		done(st);
		return 0;
	}
	if (len > 0)
		memcpy(buf, sqlite3_column_blob(st, 1), len);
	done(st);
	for (i = 0; i < n; i++) {
		if (a[i] == last)
			continue;   /* once */
		k = varint_put(one, (uint64_t)(a[i] - last));
		if (len + k > POST_CHUNK)
			break;
		memcpy(buf + len, one, k);
		len += k;
		last = a[i];
	}
	if ((st = prep(s, Q_PUT_POSTING, err)) == NULL ||
	    bindf(s, st, err, "II", (int64_t)term, first) < 0)
		r = -1;
	else if (sqlite3_bind_blob(st, 3, buf, (int)len, SQLITE_STATIC) !=
	    SQLITE_OK)
		r = db_fail(s, err, "bind");
	else
		r = step(s, st, err);
	done(st);
	if (r == 0 && i < n)
		r = post_write(s, NULL, term, a + i, n - i, err);
	return r < 0 ? -1 : 1;
}

/*
 * Add articles a[0..n) (ascending) to term's postings: each goes into
 * the row it falls in (post_row), merged, the row written again (split
 * when it outgrows POST_CHUNK). An article there already stays once.
 */
static int
post_add(struct store *s, uint64_t term, const int64_t *a, size_t n,
    char **err)
{
	struct plist old = { NULL, 0, 0 }, m = { NULL, 0, 0 };
	int64_t first = 0, next;
	size_t i = 0, j, k;
	int found, r = 0;

	if (n > 0 && (r = post_append(s, term, a, n, err)) != 0)
		return r < 0 ? -1 : 0;
	while (i < n && r == 0) {
		if ((r = post_row(s, term, a[i], &found, &first, &next, &old,
		    err)) < 0)
			break;
		/* The articles before the next row's first go into this one. */
		for (j = i; j < n && (next == 0 || a[j] < next); j++)
			;
		m.n = 0;
		/* (an article in both is added once: plist_add) */
		for (k = 0; k < old.n || i < j;)
			if (i == j || (k < old.n && old.v[k] <= a[i]))
				plist_add(&m, old.v[k++]);
			else
				plist_add(&m, a[i++]);
		if (found && first != m.v[0])
			r = post_drop(s, term, first, err);
		if (r == 0)
			r = post_write(s, NULL, term, m.v, m.n, err);
	}
	free(old.v);
	free(m.v);
	return r;
}

/* Take article a out of term's postings (nothing when it is not
 * there). */
static int
post_del(struct store *s, uint64_t term, int64_t a, char **err)
{
	struct plist l = { NULL, 0, 0 };
	int64_t first = 0, next;
	size_t k;
	int found, r;

	if ((r = post_row(s, term, a, &found, &first, &next, &l, err)) < 0 ||
	    !found)
		goto out;
	for (k = 0; k < l.n && l.v[k] != a; k++)
		;
	if (k == l.n)
		goto out;
	memmove(&l.v[k], &l.v[k + 1], (l.n - k - 1) * sizeof *l.v);
	l.n--;
	if (k == 0 || l.n == 0)
		r = post_drop(s, term, first, err);
	if (r == 0 && l.n > 0)
		r = post_write(s, NULL, term, l.v, l.n, err);
out:
	free(l.v);
	return r;
}

static int
cmp_article(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return x < y ? -1 : x > y;
}

/*
 * Bytes of postings held (s->posts) before they are written: every
 * write reads and rewrites the last row of each term it adds to
 * (post_add), and most terms gain an article in every write, so the
 * fewer writes the better. Held by term, as varint steps between
 * articles, a posting takes one or two bytes beside its term's entry
 * (about 60 bytes): 1 MB holds the postings of about 700 make-archive
 * pages (7,700 terms). As a flat list of (term, article), 16 bytes
 * each, 32 K of them (512 KB) held the postings of about 100 pages, and
 * the terms of each write were nearly the same (6,800 of them), so
 * each term's last row was read and rewritten seven times as often:
 * 18 % of the writing thread when appending to a 14,600-page library.
 */
#define POST_HOLD_BYTES (1024 * 1024)

/*
 * The held postings may also take the room the batch's pair map leaves
 * unused (pairs_room): the two together never hold more than
 * POST_HOLD_BYTES + PAIR_HOLD_BYTES, as when both are full, which a
 * fresh library's import reaches (its map fills 1.5 MB every 400 or so
 * make-archive pages, 10 writes over 4,000). Appended to a library that
 * knows most pairs already, the map took at most 406 KB over 2,000
 * pages (4,000 later pages onto the 14,600-page library), and the
 * postings were written 6 times, each time rereading and rewriting the
 * last row of about 7,700 terms in nearly every leaf of the postings
 * table (395 of them), from the write-ahead log after the first time
 * in a transaction.
 */
static size_t
post_hold_max(const struct store *s)
{
	return POST_HOLD_BYTES + pairs_room(s);
}

static size_t
post_slot(uint64_t term, size_t cap)
{
	return (size_t)((term * 0x9E3779B97F4A7C15ull) >> 32) & (cap - 1);
}

/* Term's entry in the map, made (holding nothing) if new. */
static struct post_ent *
post_ent(struct post_map *m, uint64_t term)
{
	struct post_ent *old = m->v;
	size_t h, i, ocap = m->cap;

	if (2 * (m->n + 1) > m->cap) {
		m->cap = m->cap ? 2 * m->cap : 4096;
		m->v = xcalloc(m->cap, sizeof *m->v);
		m->bytes += (m->cap - ocap) * sizeof *m->v;
		for (i = 0; i < ocap; i++)
			if (old[i].term != 0) {
				for (h = post_slot(old[i].term, m->cap);
				    m->v[h].term != 0; h = (h + 1) & (m->cap - 1))
					;
				m->v[h] = old[i];
			}
		free(old);
	}
	for (h = post_slot(term, m->cap); m->v[h].term != 0; h = (h + 1) &
	    (m->cap - 1))
		if (m->v[h].term == term)
			return &m->v[h];
	m->v[h].term = term;
	m->n++;
	return &m->v[h];
}

/* Term's entry in the map, or NULL when it has none. */
static const struct post_ent *
post_find(const struct post_map *m, uint64_t term)
{
	size_t h;

	if (m->cap == 0)
		return NULL;
	for (h = post_slot(term, m->cap); m->v[h].term != 0; h = (h + 1) &
	    (m->cap - 1))
		if (m->v[h].term == term)
			return &m->v[h];
	return NULL;
}

/*
 * Ask for what post_hold will touch of the k terms t[idx[0..k)]: their
 * slots in the map all at once, then the ids each holds. One at a
 * time, each was a miss in the cache waited for, a quarter of
 * sign_pending's own time (perf, 4,000 make-archive pages).
 */
static void
post_prefetch(const struct post_map *m, const struct link_term *t,
    const size_t *idx, size_t k)
{
	const struct post_ent *e;
	size_t j;

	if (m->cap == 0)
		return;
	for (j = 0; j < k; j++)
		store_prefetch(&m->v[post_slot(t[idx[j]].term, m->cap)]);
	for (j = 0; j < k; j++)
		if ((e = post_find(m, t[idx[j]].term)) != NULL)
			store_prefetch(e->h);
}

/* Hold article a for term: its step from the one held before, zigzag
 * (articles are signed in index key order, which is mostly but not
 * always id order). */
static void
post_hold(struct post_map *m, uint64_t term, int64_t a)
{
	struct post_ent *e = post_ent(m, term);
	struct post_held *h = e->h;
	uint64_t z;

	if (h == NULL || h->len + VARINT_MAX > h->cap) {
		size_t cap = h != NULL ? 2 * (size_t)h->cap : 16;

		m->bytes += cap - (h != NULL ? h->cap : 0) +
		    (h == NULL ? sizeof *h : 0);
		h = xrealloc(h, sizeof *h + cap);
		if (e->h == NULL)
			h->n = h->len = 0, h->last = 0;
		h->cap = (uint32_t)cap;
		e->h = h;
	}
	z = a >= h->last ? (uint64_t)(a - h->last) << 1 :
	    ((uint64_t)(h->last - a) << 1) - 1;
	h->len += (uint32_t)varint_put(h->b + h->len, z);
	h->last = a;
	h->n++;
}

/* The articles h holds into out[0..h->n), ascending, each once;
 * returns how many. */
static size_t
held_articles(const struct post_held *h, int64_t *out)
{
	const unsigned char *p = h->b, *end = h->b + h->len;
	uint64_t z;
	int64_t at = 0;
	size_t j, k, n = 0;
	int sorted = 1;

	for (k = 0; k < h->n && varint_get(&p, end, &z); k++) {
		at += z & 1 ? -(int64_t)((z + 1) >> 1) : (int64_t)(z >> 1);
		sorted &= n == 0 || out[n - 1] <= at;
		out[n++] = at;
	}
	if (!sorted)
		qsort(out, n, sizeof *out, cmp_article);
	/* Each once (an article signed twice in a batch): post_append and
	 * post_write take them so. */
	for (k = j = n > 0; k < n; k++)
		if (out[k] != out[j - 1])
			out[j++] = out[k];
	return j;
}

/* Forget the held postings (on a rollback, which takes back what they
 * were signed with). */
void
posts_clear(struct store *s)
{
	struct post_map *m = &s->posts;
	size_t i;

	for (i = 0; i < m->cap; i++)
		free(m->v[i].h);
	free(m->v);
	memset(m, 0, sizeof *m);
}

/* Write the held postings. In term order: neighbours in the postings'
 * B-tree one after the other, each term's rows read and written
 * once. */
int
posts_write(struct store *s, char **err)
{
	struct post_map *m = &s->posts;
	struct post_ent *todo = NULL;
	int64_t *a = NULL;
	size_t i, k = 0, n, cap = 0;
	int r = 0;

	if (m->n > 0) {
		todo = xreallocarray(NULL, m->n, sizeof *todo);
		for (i = 0; i < m->cap; i++)
			if (m->v[i].term != 0)
				todo[k++] = m->v[i];
		sort_post_ents(todo, k);
	}
	for (i = 0; i < k && r == 0; i++) {
		if (todo[i].h->n > cap) {
			cap = todo[i].h->n;
			a = xreallocarray(a, cap, sizeof *a);
		}
		n = held_articles(todo[i].h, a);
		r = post_add(s, todo[i].term, a, n, err);
	}
	free(a);
	free(todo);
	posts_clear(s);
	return r;
}

/*
 * What the first pass of sign_pending keeps of each term for the
 * second: its slot in the frequency map and its count, SLOT_TF_BITS
 * of it, in 4 bytes, in place of the article's packed terms (which
 * took about 3.5 bytes a term: a separate array of them, 1.4 MB for
 * the 350,000 terms of a write, raised the peak of 4,000 make-archive
 * pages from 17.6 to 18.8 MB). Unpacking every article's terms again
 * and finding each in the map again was 170 M of the writing thread's
 * 2,950 M instructions, appending 400 make-archive pages to a library
 * of 14,200 (callgrind). An article with a count that does not fit (a
 * term 255 times in it), and all of them once the map is too large for
 * the slot's bits, keep their packed terms, read again as before.
 */
#define SLOT_TF_BITS 8
#define SLOT_TF_MAX ((1u << SLOT_TF_BITS) - 1)
#define SLOT_MAX ((size_t)1 << (32 - SLOT_TF_BITS))

/* Row p's codes (pend_row.terms when coded[] says so). */
static uint32_t *
row_codes(struct pend_row *p)
{
	return (uint32_t *)(void *)p->terms;
}

/* Put row p's packed terms back from its codes (slots of the map as
 * it is). */
static void
uncode_row(struct store *s, struct pend_row *p)
{
	struct link_term *t = xreallocarray(NULL, p->nterms + 1, sizeof *t);
	uint32_t *c = row_codes(p);
	size_t j;

	for (j = 0; j < p->nterms; j++) {
		t[j].term = s->df.v[c[j] >> SLOT_TF_BITS].term;
		t[j].tf = c[j] & SLOT_TF_MAX;
	}
	free(p->terms);
	p->terms = terms_pack(t, p->nterms, &p->lterms);
	free(t);
}

/*
 * Ready row i of the waiting rows (its terms unpacked, the largest
 * count most: terms_unpack finds it as it goes, where a loop over the
 * terms here took 12 instructions a term) to have its terms counted: once the map could grow past the slot's bits while
 * they are (df_cap_for of all its terms, an upper bound), the slots kept
 * so far are put back as terms (uncode_row; *big: from then on no row
 * is coded). coded[i] says whether row i's terms will be kept as codes;
 * if so its packed terms make room for them.
 */
static void
pend_code_ready(struct store *s, size_t i, uint32_t most, char *coded,
    int *big)
{
	struct pend_row *p = &s->pend[i];
	size_t j;

	if (!*big && df_cap_for(&s->df, p->nterms) > SLOT_MAX) {
		for (j = 0; j < i; j++)
			if (coded[j]) {
				uncode_row(s, &s->pend[j]);
				coded[j] = 0;
			}
		*big = 1;
	}
	coded[i] = !*big && most < SLOT_TF_MAX;
	if (coded[i]) {
		/* (the packed terms are in t now) */
		p->terms = xrealloc(p->terms, 4 * p->nterms + 1);
		p->lterms = 4 * p->nterms;
	}
}

/* Move the first n codes of c along to the slots their entries went to. */
static void
codes_move(uint32_t *c, size_t n, const uint32_t *moved)
{
	size_t k;

	for (k = 0; k < n; k++)
		c[k] = moved[c[k] >> SLOT_TF_BITS] << SLOT_TF_BITS |
		    (c[k] & SLOT_TF_MAX);
}

/*
 * Make room in the map for one more entry before term j of row i is
 * counted, as df_get would (when the entries reach the load limit,
 * not ahead for all the article's terms: most are in the map already,
 * and reserving for them all doubled the map, sign_pending's ln and
 * the moved array one step early, raising the peak of 4,000
 * make-archive pages from 17.1 to 18.0 MiB), moving along the slots
 * kept so far: the rows' before it and row i's first j.
 */
static void
pend_room(struct store *s, size_t i, size_t j, const char *coded, int big)
{
	uint32_t *moved;
	size_t r;

	if (s->df.cap != 0 && 2 * (s->df.n + 1) <= s->df.cap)
		return;
	df_reserve(&s->df, 1, big ? NULL : &moved);
	if (big || moved == NULL)
		return;
	for (r = 0; r <= i; r++)
		if (coded[r])
			codes_move(row_codes(&s->pend[r]),
			    r < i ? s->pend[r].nterms : j, moved);
	free(moved);
}

/*
 * Count the waiting articles' terms into the frequencies and sign each
 * one (links_signature over the frequencies with these articles
 * counted: an article's own terms are at least in itself). Part of
 * flush_pending, outside any issue's savepoint. The postings of the
 * signatures are held (hold; written once POST_HOLD_BYTES are) or
 * written with those held before.
 */
int
sign_pending(struct store *s, int hold, char **err)
{
	struct pend_row *p;
	struct dfent *e;
	struct link_term *t = NULL;
	uint64_t sig[SIG_TERMS];
	int64_t ndocs;
	double *lndf = NULL, *ln = NULL;
	uint32_t *code;
	char *coded = NULL;   /* coded[i]: row i's terms are codes */
	size_t i, j, k, *idx = NULL, cap = 0, slot;
	uint32_t most;
	int r = 0, big = 0;

	if (s->npend > 0)
		coded = xcalloc(s->npend, 1);
	for (i = 0; i < s->npend && r == 0; i++) {
		p = &s->pend[i];
		if (p->article == 0)
			continue;
		if (p->nterms > cap) {
			cap = p->nterms;
			t = xreallocarray(t, cap, sizeof *t);
			lndf = xreallocarray(lndf, cap, sizeof *lndf);
			idx = xreallocarray(idx, cap, sizeof *idx);
		}
		most = terms_unpack(p->terms, p->lterms, p->nterms, t);
		pend_code_ready(s, i, most, coded, &big);
		code = row_codes(p);
		for (j = 0; j < p->nterms; j++) {
			if (j + DF_AHEAD < p->nterms && s->df.cap > 0)
				store_prefetch(&s->df.v[df_hash(t[j +
				    DF_AHEAD].term, s->df.cap)]);
			/* Most terms are in the map already: found at once,
			 * with no test for room (pend_room's and df_get's,
			 * for a new entry only). */
			slot = s->df.cap > 0 ? df_find(&s->df, t[j].term) : 0;
			if (s->df.cap == 0 || s->df.v[slot].term == 0) {
				pend_room(s, i, j, coded, big);
				if ((e = df_get(s, t[j].term, err)) == NULL) {
					r = -1;
					break;
				}
				slot = (size_t)(e - s->df.v);
			}
			s->df.v[slot].delta++;
			/* (the slot's index as found, not the entry's
			 * pointer less the map's: a division by 24) */
			if (coded[i])
				code[j] = (uint32_t)slot << SLOT_TF_BITS |
				    t[j].tf;
		}
		s->df.docs_delta++;
	}
	if (r < 0 || df_docs(s, &ndocs, err) < 0) {
		r = -1;
		goto out;
	}
	/* Each term's ln df, computed once for all the articles signed
	 * here (the frequencies stay as they are until the next count):
	 * by slot of the map, NaN until computed. A term is in many of
	 * them: signing (postings aside) took 1.45 s instead of 1.67 s
	 * of CPU over 4,000 make-archive pages. */
	if (s->df.cap > 0) {
		ln = xreallocarray(NULL, s->df.cap, sizeof *ln);
		for (j = 0; j < s->df.cap; j++)
			ln[j] = NAN;
	}
	for (i = 0; i < s->npend && r == 0; i++) {
		p = &s->pend[i];
		if (p->article == 0)
			continue;
		if (!coded[i])
			terms_unpack(p->terms, p->lterms, p->nterms, t);
		code = row_codes(p);
		for (j = 0; j < p->nterms; j++) {
			if (coded[i]) {
				slot = code[j] >> SLOT_TF_BITS;
				t[j].term = s->df.v[slot].term;
				t[j].tf = code[j] & SLOT_TF_MAX;
			} else {
				if (j + DF_AHEAD < p->nterms && ln != NULL) {
					size_t h = df_hash(t[j +
					    DF_AHEAD].term, s->df.cap);
					store_prefetch(&s->df.v[h]);
					store_prefetch(&ln[h]);
				}
				slot = (size_t)(df_slot(&s->df, t[j].term) -
				    s->df.v);
			}
			e = &s->df.v[slot];
			if (isnan(ln[slot]))
				ln[slot] = links_ln_df(e->base + e->delta);
			lndf[j] = ln[slot];
		}
		k = links_signature_ln(t, p->nterms, lndf, ndocs, SIG_TERMS,
		    idx);
		if (s->posts.bytes > post_hold_max(s) &&
		    (r = posts_write(s, err)) < 0)
			break;
		post_prefetch(&s->posts, t, idx, k);
		for (j = 0; j < k; j++) {
			sig[j] = t[idx[j]].term;
			post_hold(&s->posts, sig[j], p->article);
		}
		r = sig_write(s, p->article, sig, k, err);
	}
	if (r == 0 && !hold)
		r = posts_write(s, err);
	if (r == 0 && s->df.n > DF_MAP_MAX)
		r = df_sync(s, err);
out:
	free(t);
	free(lndf);
	free(ln);
	free(idx);
	free(coded);
	return r;
}

/*
 * Take a stored article out of the frequencies and postings before it
 * is deleted (its signature row goes with it): the terms of a (its
 * stored fields) each once, and the postings of its signature. An
 * article never signed (no signature row) was never counted.
 */
int
unsign(struct store *s, int64_t id, const struct article *a, char **err)
{
	sqlite3_stmt *st = NULL;
	struct link_term *t = NULL;
	uint64_t *sig = NULL;
	size_t n = 0, i, nt;
	int r = -1;

	/* The article's postings may be among those held. */
	if (posts_write(s, err) < 0)
		return -1;
	st = prep(s, Q_GET_SIG, err);
	if (st == NULL || bind_int64(s, st, 1, id, err) < 0 ||
	    (r = step(s, st, err)) <= 0)
		goto out;
	r = -1;
	if (sig_unpack(sqlite3_column_blob(st, 0),
	    (size_t)sqlite3_column_bytes(st, 0), &sig, &n) < 0) {
		damaged(err);
		goto out;
	}
	done(st);
	st = NULL;
	for (i = 0; i < n; i++)
		if (post_del(s, sig[i], id, err) < 0)
			goto out;
	nt = links_terms(a, &t);
	for (i = 0; i <= nt; i++) {
		/* The last round: term 0, the count of articles. */
		if ((st = prep(s, Q_DF_DROP, err)) == NULL ||
		    bind_int64(s, st, 1, i < nt ? (int64_t)t[i].term : 0,
		    err) < 0 || step(s, st, err) < 0)
			goto out;
		done(st);
		st = NULL;
	}
	/* Counts this batch read before are one too high now: they only
	 * weigh the choice of signature terms, never the stored counts
	 * (df_sync adds changes), so they are left. */
	r = 0;
out:
	done(st);
	free(sig);
	free(t);
	return r;
}

/* ---- schema 4 (migrations[3]) ---- */

/* Copy the signatures of schema 3 (8 bytes a term, big-endian) into
 * sigs4 as sig_pack packs them. */
static int
migrate_sigs(struct store *s, char **err)
{
	sqlite3_stmt *rd, *wr = NULL;
	const unsigned char *p;
	unsigned char *blob;
	uint64_t *v = NULL;
	size_t n, i, len;
	int k, r;

	if ((rd = prep_once(s, "SELECT article, terms FROM sigs", err)) ==
	    NULL || (wr = prep_once(s, "INSERT INTO sigs4(article, terms)"
	    " VALUES (?1, ?2)", err)) == NULL) {
		sqlite3_finalize(rd);
		return -1;
	}
	while ((r = step(s, rd, err)) == 1) {
		p = sqlite3_column_blob(rd, 1);
		n = (size_t)sqlite3_column_bytes(rd, 1) / 8;
		v = xreallocarray(v, n + 1, sizeof *v);
		for (i = 0; i < n; i++)
			for (v[i] = 0, k = 0; k < 8; k++)
				v[i] = v[i] << 8 | p[8 * i + (size_t)k];
		blob = sig_pack(v, n, &len);
		if (sqlite3_bind_int64(wr, 1, sqlite3_column_int64(rd, 0)) !=
		    SQLITE_OK || sqlite3_bind_blob(wr, 2, blob, (int)len,
		    SQLITE_TRANSIENT) != SQLITE_OK)
			r = db_fail(s, err, "bind");
		else
			r = step(s, wr, err);
		free(blob);
		sqlite3_reset(wr);
		if (r < 0)
			break;
	}
	free(v);
	sqlite3_finalize(rd);
	sqlite3_finalize(wr);
	return r < 0 ? -1 : 0;
}

/* Copy the postings of schema 3 (a row a posting, in term order) into
 * postings4, each term's articles in POST_CHUNK rows. */
static int
migrate_postings(struct store *s, char **err)
{
	struct plist l = { NULL, 0, 0 };
	sqlite3_stmt *rd, *wr = NULL;
	uint64_t term = 0, t;
	int r;

	if ((rd = prep_once(s, "SELECT term, article FROM postings"
	    " ORDER BY term, article", err)) == NULL || (wr = prep_once(s,
	    "INSERT INTO postings4(term, first, rest) VALUES (?1, ?2, ?3)",
	    err)) == NULL) {
		sqlite3_finalize(rd);
		return -1;
	}
	while ((r = step(s, rd, err)) == 1) {
		t = (uint64_t)sqlite3_column_int64(rd, 0);
		if (t != term && l.n > 0 &&
		    post_write(s, wr, term, l.v, l.n, err) < 0) {
			r = -1;
			break;
		}
		if (t != term)
			l.n = 0;
		term = t;
		plist_add(&l, sqlite3_column_int64(rd, 1));
	}
	if (r == 0 && l.n > 0)
		r = post_write(s, wr, term, l.v, l.n, err);
	free(l.v);
	sqlite3_finalize(rd);
	sqlite3_finalize(wr);
	return r < 0 ? -1 : 0;
}

/*
 * Schema 3 -> 4 after migrations[3]'s SQL: the signatures and postings
 * moved into the new tables, which then take the old ones' names (the
 * same articles signed with the same terms, so related reports are what
 * they were); then the articles of a library that came from schema 2
 * (migrate_3 left them for this step) are counted and signed.
 */
int
migrate_4(struct store *s, char **err)
{
	if (migrate_sigs(s, err) < 0 || migrate_postings(s, err) < 0 ||
	    exec(s, "DROP TABLE sigs; ALTER TABLE sigs4 RENAME TO sigs;"
	    " DROP TABLE postings;"
	    " ALTER TABLE postings4 RENAME TO postings", err) < 0 ||
	    sign_unsigned(s, err) < 0)
		return -1;
	return 0;
}

/* ---- links between articles (SPEC "Links between articles") ---- */

/* An article of the page a mark points to, or of the mark's own page. */
struct cand {
	int64_t id;
	struct article *a;        /* owned */
	struct link_mark *marks;  /* owned: its recorded marks */
	size_t nmarks;
	struct link_term *terms;  /* owned: its terms, read when needed */
	size_t nterms;
	int have_terms;
};

static void
cand_free(struct cand *c)
{
	article_free(c->a);
	free(c->marks);
	free(c->terms);
	memset(c, 0, sizeof *c);
}

static void
cands_free(struct cand *c, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		cand_free(&c[i]);
	free(c);
}

/* What resolving one article's marks needs. */
struct resolve {
	struct store *s;
	struct cand self;         /* the article whose marks these are */
	char date[11];            /* its issue's date, "" when undated */
	int page;                 /* and page */
	int64_t ndocs;            /* articles the frequencies count */
};

/* The recorded marks of article id into c. */
static int
load_marks(struct store *s, int64_t id, struct cand *c, char **err)
{
	sqlite3_stmt *st = prep(s, Q_LINKS, err);
	struct link_mark *m;
	int r = -1;

	if (st == NULL || bind_int64(s, st, 1, id, err) < 0)
		goto out;
	while ((r = step(s, st, err)) == 1) {
		c->marks = xreallocarray(c->marks, c->nmarks + 1,
		    sizeof *c->marks);
		m = &c->marks[c->nmarks++];
		m->para = (size_t)sqlite3_column_int64(st, 0);
		m->off = (size_t)sqlite3_column_int64(st, 1);
		m->len = (size_t)sqlite3_column_int64(st, 2);
		switch (sqlite3_column_int(st, 3)) {
		case LINK_CONTINUES:
			m->kind = LINK_CONTINUES;
			break;
		case LINK_CONTINUED:
			m->kind = LINK_CONTINUED;
			break;
		default:
			m->kind = LINK_SEE;
		}
		m->page = sqlite3_column_int(st, 4);
	}
out:
	done(st);
	return r < 0 ? -1 : 0;
}

/* Article id with its marks into c; c->a is NULL when there is none. */
static int
load_cand(struct store *s, int64_t id, struct cand *c, char **err)
{
	memset(c, 0, sizeof *c);
	c->id = id;
	if (store_article(s, id, &c->a, err) < 0)
		return -1;
	return c->a != NULL ? load_marks(s, id, c, err) : 0;
}

/* Whether c carries a mark of kind k naming page. */
static int
cand_points(const struct cand *c, enum link_kind k, int page)
{
	size_t i;

	for (i = 0; i < c->nmarks; i++)
		if (c->marks[i].kind == k && c->marks[i].page == page)
			return 1;
	return 0;
}

/* The key range of page `page` of day `date` (every file of it). */
static void
page_range(const char *date, int page, int64_t *lo, int64_t *hi)
{
	*lo = date_code(date) << DATE_SHIFT |
	    (int64_t)(page > PAGE_KEY_MAX ? PAGE_KEY_MAX : page) << PAGE_SHIFT;
	*hi = *lo | (((int64_t)1 << PAGE_SHIFT) - 1);
}

/*
 * The articles of page `page` of day `date` but `skip`, with their
 * marks (free with cands_free); *nissues the files of that page in the
 * library.
 */
static int
page_cands(struct store *s, const char *date, int page, int64_t skip,
    struct cand **out, size_t *n, int *nissues, char **err)
{
	sqlite3_stmt *st = prep(s, Q_PAGE_ISSUES, err);
	int64_t lo, hi, *ids = NULL;
	size_t nids = 0, i;
	int r = -1;

	*out = NULL;
	*n = 0;
	page_range(date, page, &lo, &hi);
	if (st == NULL || bindf(s, st, err, "II", lo, hi) < 0 ||
	    step(s, st, err) != 1)
		goto out;
	*nissues = sqlite3_column_int(st, 0);
	done(st);
	if ((st = prep(s, Q_PAGE_ARTICLES, err)) == NULL ||
	    bindf(s, st, err, "II", lo, hi) < 0)
		goto out;
	while ((r = step(s, st, err)) == 1) {
		if (sqlite3_column_int64(st, 0) == skip)
			continue;
		ids = xreallocarray(ids, nids + 1, sizeof *ids);
		ids[nids++] = sqlite3_column_int64(st, 0);
	}
	done(st);
	st = NULL;
	if (r < 0)
		goto out;
	*out = xcalloc(nids + 1, sizeof **out);
	for (i = 0; i < nids && r == 0; i++) {
		r = load_cand(s, ids[i], &(*out)[*n], err);
		if ((*out)[*n].a != NULL)
			(*n)++;
		else
			cand_free(&(*out)[*n]);
	}
out:
	done(st);
	free(ids);
	return r < 0 ? -1 : 0;
}

/* The inverse document frequency of term over ndocs articles, as the
 * library counts it now. */
static int
idf_of(struct store *s, uint64_t term, int64_t ndocs, double *idf,
    char **err)
{
	int64_t df;

	if (df_of(s, term, &df, err) < 0)
		return -1;
	*idf = log((double)(ndocs + 1) / (double)(df > 1 ? df : 1));
	if (*idf < 0)
		*idf = 0;
	return 0;
}


/*
 * How much two articles share: the inverse document frequencies of
 * their common terms, summed (a common word adds next to nothing, a
 * name or a project a lot). Reads each one's terms once.
 */
static int
shared(struct resolve *rs, struct cand *x, struct cand *y, double *score,
    char **err)
{
	struct cand *c[2] = { x, y };
	size_t i = 0, j = 0, k;
	double idf;

	*score = 0;
	for (k = 0; k < 2; k++)
		if (!c[k]->have_terms) {
			c[k]->nterms = links_terms(c[k]->a, &c[k]->terms);
			c[k]->have_terms = 1;
		}
	while (i < x->nterms && j < y->nterms) {
		if (x->terms[i].term < y->terms[j].term) {
			i++;
		} else if (x->terms[i].term > y->terms[j].term) {
			j++;
		} else {
			if (idf_of(rs->s, x->terms[i].term, rs->ndocs, &idf,
			    err) < 0)
				return -1;
			*score += idf;
			i++;
			j++;
		}
	}
	return 0;
}

/*
 * The continuation of self through a mark of kind `k` naming page `to`
 * (self on page rs->page): among the articles of that page carrying the
 * opposite mark naming self's page (x[0..nx)), the one that shares the
 * most with self, unless another article of self's page with the same
 * kind of mark to `to` (sib[0..nsib)) shares more with it: two reports
 * of page 1 both 下转4版 each find their own rest. *pick -1 for none.
 */
static int
pick_continuation(struct resolve *rs, enum link_kind k, int to,
    struct cand *x, size_t nx, struct cand *sib, size_t nsib, long *pick,
    char **err)
{
	enum link_kind back = k == LINK_CONTINUES ? LINK_CONTINUED :
	    LINK_CONTINUES;
	double *sc = xcalloc(nx + 1, sizeof *sc), best, other;
	size_t i, j;
	long b;
	int r = 0;

	*pick = -1;
	for (i = 0; i < nx && r == 0; i++)
		if (cand_points(&x[i], back, rs->page))
			r = shared(rs, &rs->self, &x[i], &sc[i], err);
		else
			sc[i] = -1;
	/* Best first: each round takes the best left and checks it. */
	while (r == 0 && *pick < 0) {
		b = -1;
		best = 0;
		for (i = 0; i < nx; i++)
			if (sc[i] > best) {
				best = sc[i];
				b = (long)i;
			}
		if (b < 0)
			break;
		sc[b] = -1;
		for (j = 0; j < nsib && r == 0; j++) {
			if (!cand_points(&sib[j], k, to))
				continue;
			if ((r = shared(rs, &sib[j], &x[b], &other, err)) == 0 &&
			    other > best)
				break;
		}
		if (r == 0 && j == nsib)
			*pick = b;
	}
	free(sc);
	return r;
}

/* The article of x[0..nx) whose headline (kicker, title, subtitle)
 * matches text best, LINK_TITLE_MIN at least; -1 for none. */
static long
match_headline(struct cand *x, size_t nx, const char *text)
{
	double m, best = 0;
	size_t i, sh;
	long b = -1;
	char *h;

	for (i = 0; i < nx; i++) {
		h = xasprintf("%s %s %s", x[i].a->kicker, x[i].a->title,
		    x[i].a->subtitle);
		m = links_title_match(h, text, &sh);
		free(h);
		if (m >= LINK_TITLE_MIN && sh >= LINK_TITLE_SHARED && m > best) {
			best = m;
			b = (long)i;
		}
	}
	return b;
}

/* Resolve one mark of rs->self into l (its mark already set). */
static int
resolve_mark(struct resolve *rs, struct store_link *l, char **err)
{
	const struct link_mark *m = &l->mark;
	struct cand *x = NULL, *sib = NULL;
	size_t nx = 0, nsib = 0;
	int nissues = 0, nsi = 0, r = -1;
	long pick = -1;
	char *teaser = NULL;

	if (rs->date[0] == '\0') {
		l->reason = xasprintf("the issue has no date: page %d of its "
		    "day is not known", m->page);
		return 0;
	}
	if (page_cands(rs->s, rs->date, m->page, rs->self.id, &x, &nx,
	    &nissues, err) < 0)
		goto out;
	if (nissues == 0) {
		l->reason = xasprintf("page %d of %s is not in the library",
		    m->page, rs->date);
		r = 0;
		goto out;
	}
	if (m->kind == LINK_SEE) {
		/* The words before the mark, else the report's own
		 * headline (相关报道见第三版 after a report). */
		teaser = links_teaser(rs->self.a, m->para, m->off);
		if ((pick = match_headline(x, nx, teaser)) < 0)
			pick = match_headline(x, nx, rs->self.a->title);
	} else {
		if (page_cands(rs->s, rs->date, rs->page, rs->self.id, &sib,
		    &nsib, &nsi, err) < 0 || pick_continuation(rs, m->kind,
		    m->page, x, nx, sib, nsib, &pick, err) < 0)
			goto out;
		/* No rest that says where it comes from: the headline. */
		if (pick < 0)
			pick = match_headline(x, nx, rs->self.a->title);
	}
	if (pick >= 0)
		l->target = x[pick].id;
	else if (m->kind == LINK_CONTINUES)
		l->reason = xasprintf("no article on page %d of %s continues "
		    "this one", m->page, rs->date);
	else if (m->kind == LINK_CONTINUED)
		l->reason = xasprintf("no article on page %d of %s goes on "
		    "here", m->page, rs->date);
	else
		l->reason = xasprintf("no headline on page %d of %s matches "
		    "“%s”", m->page, rs->date, teaser);
	r = 0;
out:
	free(teaser);
	cands_free(x, nx);
	cands_free(sib, nsib);
	return r;
}

int
store_links(struct store *s, int64_t id, struct store_link **out,
    size_t *n, char **err)
{
	sqlite3_stmt *st = prep(s, Q_ART_PLACE, err);
	struct resolve rs;
	const unsigned char *d;
	size_t i;
	int r = -1;

	*out = NULL;
	*n = 0;
	memset(&rs, 0, sizeof rs);
	rs.s = s;
	if (st == NULL || bind_int64(s, st, 1, id, err) < 0 ||
	    (r = step(s, st, err)) < 0)
		goto out;
	if (r == 0) {
		r = fail(err, "%" PRId64 ": no such article", id);
		goto out;
	}
	d = sqlite3_column_text(st, 0);
	snprintf(rs.date, sizeof rs.date, "%s", d ? (const char *)d : "");
	rs.page = sqlite3_column_int(st, 1);
	done(st);
	st = NULL;
	r = -1;
	if (load_cand(s, id, &rs.self, err) < 0 || rs.self.a == NULL)
		goto out;
	if (rs.self.nmarks > 0 && df_of(s, 0, &rs.ndocs, err) < 0)
		goto out;
	*out = xcalloc(rs.self.nmarks + 1, sizeof **out);
	for (i = 0; i < rs.self.nmarks; i++) {
		(*out)[i].mark = rs.self.marks[i];
		*n = i + 1;
		if (resolve_mark(&rs, &(*out)[i], err) < 0)
			goto out;
	}
	r = 0;
out:
	done(st);
	cand_free(&rs.self);
	if (r < 0) {
		store_links_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return r;
}

void
store_links_free(struct store_link *links, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(links[i].reason);
	free(links);
}

/* ---- related reports (SPEC "related ID") ---- */

/* A candidate's score and order keys (related_key). */
struct scored {
	int64_t id;
	double score;
	int undated;     /* 1 undated, 2 no such article (last) */
	int64_t skey;    /* its index key */
};

/* Score descending; then dated before undated, newest first, then page
 * order: index keys descending (store.c: the issues' index key ranges
 * follow their order keys, and an issue's articles take its keys from
 * the top down in page order). */
static int
cmp_scored(const void *a, const void *b)
{
	const struct scored *x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	if (x->undated != y->undated)
		return x->undated - y->undated;
	return x->skey > y->skey ? -1 : x->skey < y->skey;
}


/*
 * The candidates of store_related by article id: open addressing over
 * indexes into their array (slot i + 1; 0 is free), at most half full.
 * Each term's postings add its weight to the articles in it, term after
 * term, so an article's score is summed in the order of its terms, the
 * same sums whatever the order of the articles. (Before, every posting
 * read was kept and sorted by article: 40 % of the time of a related
 * query at 14,600 pages, with hundreds of thousands of them.)
 */
struct cmap {
	size_t *slot;
	size_t cap;
};

static size_t *
cmap_slot(const struct cmap *m, const struct scored *c, int64_t id)
{
	size_t i = (size_t)(((uint64_t)id * 0x9E3779B97F4A7C15ULL) >> 20) &
	    (m->cap - 1);

	while (m->slot[i] != 0 && c[m->slot[i] - 1].id != id)
		i = (i + 1) & (m->cap - 1);
	return &m->slot[i];
}

/* Add w to article id's score in c[0..*nc) (room for *ac), a new
 * candidate when it has none. */
static void
cmap_add(struct cmap *m, struct scored **c, size_t *nc, size_t *ac,
    int64_t id, double w)
{
	size_t *sl, i, old = m->cap, *was = m->slot;

	if (2 * (*nc + 1) > m->cap) {
		m->cap = old ? 2 * old : 1024;
		m->slot = xcalloc(m->cap, sizeof *m->slot);
		for (i = 0; i < old; i++)
			if (was[i] != 0)
				*cmap_slot(m, *c, (*c)[was[i] - 1].id) = was[i];
		free(was);
	}
	sl = cmap_slot(m, *c, id);
	if (*sl == 0) {
		if (*nc == *ac) {
			*ac = *ac ? 2 * *ac : 256;
			*c = xreallocarray(*c, *ac, sizeof **c);
		}
		memset(&(*c)[*nc], 0, sizeof **c);
		(*c)[*nc].id = id;
		*sl = ++*nc;
	}
	(*c)[*sl - 1].score += w;
}

/*
 * Every article but self whose signature holds one of self's
 * RELATED_QUERY_TERMS heaviest terms t[..] (weighed as signatures are,
 * but more of them: an article is found when its subject lies in self,
 * whichever of self's rarer terms names it), with the sum of the
 * weights of the terms it shares: *out, in no order.
 */
static int
reach_all(struct store *s, int64_t self, const struct link_term *t,
    size_t nt, struct scored **out, size_t *n, char **err)
{
	sqlite3_stmt *st = NULL;
	struct plist l = { NULL, 0, 0 };
	struct cmap m = { NULL, 0 };
	int64_t ndocs, cap, *df = xcalloc(nt + 1, sizeof *df);
	size_t i, j, a = 0, k, *idx = xcalloc(nt + 1, sizeof *idx);
	uint64_t term;
	double idf;
	int r = 0;

	*out = NULL;
	*n = 0;
	if (df_of(s, 0, &ndocs, err) < 0) {
		r = -1;
		goto out;
	}
	cap = ndocs < RELATED_FEW ? INT64_MAX : ndocs / RELATED_COMMON;
	for (i = 0; i < nt && r == 0; i++)
		r = df_of(s, t[i].term, &df[i], err);
	if (r < 0)
		goto out;
	k = links_signature(t, nt, df, ndocs, RELATED_QUERY_TERMS, idx);
	for (i = 0; i < k && r == 0; i++) {
		term = t[idx[i]].term;
		/* Everyday words: their lists are long and say nothing. */
		if (df[idx[i]] > cap)
			continue;
		idf = log((double)(ndocs + 1) / (double)(df[idx[i]] > 1 ?
		    df[idx[i]] : 1));
		if ((st = prep(s, Q_POSTINGS, err)) == NULL ||
		    bind_int64(s, st, 1, (int64_t)term, err) < 0) {
			r = -1;
			break;
		}
		while ((r = step(s, st, err)) == 1) {
			l.n = 0;
			if (plist_unpack(&l, sqlite3_column_int64(st, 0),
			    sqlite3_column_blob(st, 1),
			    (size_t)sqlite3_column_bytes(st, 1)) < 0) {
				r = damaged(err);
				break;
			}
			for (j = 0; j < l.n; j++)
				if (l.v[j] != self)
					cmap_add(&m, out, n, &a, l.v[j], idf);
		}
		done(st);
		st = NULL;
	}
	free(l.v);
	free(m.slot);
	done(st);
out:
	free(df);
	free(idx);
	return r < 0 ? -1 : 0;
}

/*
 * Candidate c's order keys. Every candidate whose score ties with the
 * last of those shown needs them, hundreds at 14,600 pages: one lookup
 * in articles each, where reading each one's row joined with its issue
 * was half the time of a related query (perf).
 */
static int
related_key(struct store *s, struct scored *c, char **err)
{
	sqlite3_stmt *st = prep(s, Q_ART_SKEY, err);
	int r = -1;

	if (st == NULL || bind_int64(s, st, 1, c->id, err) < 0 ||
	    (r = step(s, st, err)) < 0)
		goto out;
	c->skey = r == 1 ? sqlite3_column_int64(st, 0) : 0;
	c->undated = r == 0 ? 2 : c->skey >= FKEY_UNDATED;
	r = 0;
out:
	done(st);
	return r;
}

/* Fill row from article c->id's row; row->id stays 0 when there is
 * none. */
static int
related_row(struct store *s, const struct scored *c,
    struct related_row *row, char **err)
{
	sqlite3_stmt *st = prep(s, Q_RELATED_ROW, err);
	const unsigned char *t;
	int r = -1;

	memset(row, 0, sizeof *row);
	if (st == NULL || bind_int64(s, st, 1, c->id, err) < 0 ||
	    (r = step(s, st, err)) <= 0)
		goto out;
	row->id = c->id;
	row->score = c->score;
	row->seq = sqlite3_column_int(st, 0);
	t = sqlite3_column_text(st, 1);
	if (t == NULL || article_kind_parse((const char *)t, &row->kind) < 0)
		row->kind = KIND_ARTICLE;
	row->title = col_str(st, 2);
	row->issue = sqlite3_column_int(st, 3);
	t = sqlite3_column_text(st, 4);
	snprintf(row->date, sizeof row->date, "%s", t ? (const char *)t : "");
	row->page = sqlite3_column_int(st, 5);
	r = 0;
out:
	done(st);
	return r;
}

/* Restore the heap h[0..n) (the lowest at the top) below slot i. */
static void
low_down(double *h, size_t n, size_t i)
{
	size_t c;
	double t;

	for (; (c = 2 * i + 1) < n; i = c) {
		if (c + 1 < n && h[c + 1] < h[c])
			c++;
		if (h[i] <= h[c])
			break;
		t = h[i];
		h[i] = h[c];
		h[c] = t;
	}
}

/*
 * Move the candidates with the `limit` highest scores, and those that
 * tie with the lowest of these, to the front of c[0..nc) (limit 0: all
 * of them) and return how many: only those need order keys. A heap of
 * `limit` scores, where sorting every candidate by score was a tenth of
 * a related query with 25,000 of them.
 */
static size_t
best_scores(struct scored *c, size_t nc, int limit)
{
	size_t k = (size_t)limit, i, j;
	struct scored x;
	double *h, cut;

	if (limit <= 0 || k >= nc)
		return nc;
	h = xreallocarray(NULL, k, sizeof *h);
	for (i = 0; i < k; i++)
		h[i] = c[i].score;
	for (i = k / 2 + 1; i-- > 0;)
		low_down(h, k, i);
	for (i = k; i < nc; i++)
		if (c[i].score > h[0]) {
			h[0] = c[i].score;
			low_down(h, k, 0);
		}
	cut = h[0];
	free(h);
	for (i = j = 0; i < nc; i++)
		if (c[i].score >= cut) {
			x = c[i];
			c[i] = c[j];
			c[j++] = x;
		}
	return j;
}

/* store_related inside a read transaction. */
static int
related_in(struct store *s, int64_t id, int limit, struct related_row **out,
    size_t *n, char **err)
{
	sqlite3_stmt *st = NULL;
	struct scored *c = NULL;
	struct related_row *rows = NULL;
	struct article *a = NULL;
	struct link_term *t = NULL;
	size_t nt = 0, nc = 0, i, take = 0, got = 0;
	int r = -1;

	if (numbers_ready(s, err) < 0 || (st = prep(s, Q_ART_PLACE, err)) ==
	    NULL || bind_int64(s, st, 1, id, err) < 0 ||
	    (r = step(s, st, err)) < 0)
		goto out;
	if (r == 0) {
		r = fail(err, "%" PRId64 ": no such article", id);
		goto out;
	}
	done(st);
	st = NULL;
	if ((r = store_article(s, id, &a, err)) < 0 || a == NULL)
		goto out;
	nt = links_terms(a, &t);
	if ((r = reach_all(s, id, t, nt, &c, &nc, err)) < 0)
		goto out;
	/* The order keys of the best, sorted in full, then the rows of
	 * those shown. */
	take = best_scores(c, nc, limit);
	for (i = 0; i < take && r >= 0; i++)
		r = related_key(s, &c[i], err);
	if (r < 0)
		goto out;
	if (take > 0)
		qsort(c, take, sizeof *c, cmp_scored);
	if (limit > 0 && take > (size_t)limit)
		take = (size_t)limit;
	rows = xcalloc(take + 1, sizeof *rows);
	for (i = 0; i < take; i++) {
		if (related_row(s, &c[i], &rows[got], err) < 0) {
			r = -1;
			goto out;
		}
		if (rows[got].id != 0)
			got++;
	}
	*out = rows;
	*n = got;
	rows = NULL;
	r = 0;
out:
	done(st);
	if (rows != NULL)
		store_related_free(rows, got);
	free(c);
	free(t);
	article_free(a);
	return r < 0 ? -1 : 0;
}

/*
 * In one read transaction when none is open: a query makes a thousand
 * lookups (a frequency for each of the article's terms, the postings,
 * the order keys), and each took and gave back the library's read lock
 * on its own (fcntl: 12 % of the query, perf).
 */
int
store_related(struct store *s, int64_t id, int limit,
    struct related_row **out, size_t *n, char **err)
{
	int own = sqlite3_get_autocommit(s->db), r;

	*out = NULL;
	*n = 0;
	if (own && exec(s, "BEGIN", err) < 0)
		return -1;
	r = related_in(s, id, limit, out, n, err);
	/* Nothing written: a failed end only has to be undone. */
	if (own && sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) !=
	    SQLITE_OK)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return r;
}

void
store_related_free(struct related_row *rows, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(rows[i].title);
	free(rows);
}

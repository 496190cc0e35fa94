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
 * writing them out early: about 40 bytes each, so 8 MB at most.
 */
#define DF_MAP_MAX 200000
/*
 * A headline matches a cross-reference's words or another headline
 * (store_links' fallback) when it shares at least half of the shorter
 * one's terms and at least LINK_TITLE_SHARED of them: two bigrams are
 * a name or a place, one is chance.
 */
#define LINK_TITLE_MIN 0.5
#define LINK_TITLE_SHARED 2

/* ---- term frequencies and signatures (related reports) ---- */

/* The slot of term in the map: its entry, or the free slot for it. */
static struct dfent *
df_slot(struct dfmap *m, uint64_t term)
{
	size_t i = (size_t)((term * 0x9E3779B97F4A7C15ULL) >> 20) &
	    (m->cap - 1);

	while (m->v[i].term != 0 && m->v[i].term != term)
		i = (i + 1) & (m->cap - 1);
	return &m->v[i];
}

/* Grow the map to hold one more entry. */
static void
df_grow(struct dfmap *m)
{
	struct dfent *old = m->v, *e;
	size_t cap = m->cap, i;

	if (m->cap != 0 && 2 * (m->n + 1) <= m->cap)
		return;
	m->cap = cap ? 2 * cap : 4096;
	m->v = xcalloc(m->cap, sizeof *m->v);
	for (i = 0; i < cap; i++)
		if (old[i].term != 0) {
			e = df_slot(m, old[i].term);
			*e = old[i];
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

	df_grow(&s->df);
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

static int
cmp_dfent(const void *a, const void *b)
{
	const struct dfent *x = a, *y = b;

	return x->term < y->term ? -1 : x->term > y->term;
}

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
 * Write the batch's changes of frequencies (additions to what the
 * library holds, so a count another step changed meanwhile stays
 * right), in term order, and empty the map.
 */
int
df_sync(struct store *s, char **err)
{
	struct dfent *v = NULL;
	size_t i, n = 0;
	int r = 0;

	if (s->df.n > 0) {
		v = xreallocarray(NULL, s->df.n, sizeof *v);
		for (i = 0; i < s->df.cap; i++)
			if (s->df.v[i].term != 0 && s->df.v[i].delta != 0)
				v[n++] = s->df.v[i];
		qsort(v, n, sizeof *v, cmp_dfent);
	}
	for (i = 0; i < n && r == 0; i++)
		r = df_write(s, v[i].term, v[i].delta, err);
	if (r == 0 && s->df.docs_delta != 0)
		r = df_write(s, 0, s->df.docs_delta, err);
	free(v);
	df_clear(&s->df);
	return r;
}

/* An article's signature as stored: its terms, 8 bytes each. */
static void
sig_put(unsigned char *p, uint64_t t)
{
	int k;

	for (k = 7; k >= 0; k--, t >>= 8)
		p[k] = (unsigned char)t;
}

static uint64_t
sig_get(const unsigned char *p)
{
	uint64_t t = 0;
	int k;

	for (k = 0; k < 8; k++)
		t = t << 8 | p[k];
	return t;
}

/* A posting waiting to be written (sign_pending). */
struct posting {
	uint64_t term;
	int64_t article;
};

static int
cmp_posting(const void *a, const void *b)
{
	const struct posting *x = a, *y = b;

	if (x->term != y->term)
		return x->term < y->term ? -1 : 1;
	return x->article < y->article ? -1 : x->article > y->article;
}

/* Write article's signature (terms t[idx[0..k)]). */
static int
sig_write(struct store *s, int64_t article, const struct link_term *t,
    const size_t *idx, size_t k, char **err)
{
	unsigned char *blob = xmalloc(8 * k + 1);
	sqlite3_stmt *st = NULL;
	size_t i;
	int r = -1;

	for (i = 0; i < k; i++)
		sig_put(blob + 8 * i, t[idx[i]].term);
	if ((st = prep(s, Q_PUT_SIG, err)) == NULL)
		goto out;
	if (sqlite3_bind_int64(st, 1, article) != SQLITE_OK ||
	    sqlite3_bind_blob(st, 2, blob, (int)(8 * k), SQLITE_STATIC) !=
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

/*
 * Count the waiting articles' terms into the frequencies and sign each
 * one (links_signature over the frequencies with these articles
 * counted: an article's own terms are at least in itself). Part of
 * flush_pending, outside any issue's savepoint.
 */
int
sign_pending(struct store *s, char **err)
{
	struct pend_row *p;
	struct dfent *e;
	struct posting *post = NULL;
	sqlite3_stmt *st;
	int64_t *df = NULL, ndocs;
	size_t i, j, k, *idx = NULL, cap = 0, npost = 0, apost = 0;
	int r = 0;

	for (i = 0; i < s->npend && r == 0; i++) {
		p = &s->pend[i];
		if (p->article == 0)
			continue;
		for (j = 0; j < p->nterms; j++) {
			if ((e = df_get(s, p->terms[j].term, err)) == NULL) {
				r = -1;
				break;
			}
			e->delta++;
		}
		s->df.docs_delta++;
	}
	if (r < 0 || df_docs(s, &ndocs, err) < 0)
		return -1;
	for (i = 0; i < s->npend && r == 0; i++) {
		p = &s->pend[i];
		if (p->article == 0)
			continue;
		if (p->nterms > cap) {
			cap = p->nterms;
			df = xreallocarray(df, cap, sizeof *df);
			idx = xreallocarray(idx, cap, sizeof *idx);
		}
		for (j = 0; j < p->nterms; j++) {
			e = df_slot(&s->df, p->terms[j].term);
			df[j] = e->base + e->delta;
		}
		k = links_signature(p->terms, p->nterms, df, ndocs, SIG_TERMS,
		    idx);
		r = sig_write(s, p->article, p->terms, idx, k, err);
		if (npost + k > apost) {
			apost = 2 * (npost + k);
			post = xreallocarray(post, apost, sizeof *post);
		}
		for (j = 0; j < k; j++) {
			post[npost].term = p->terms[idx[j]].term;
			post[npost++].article = p->article;
		}
	}
	/* In term order: neighbours in the postings' B-tree one after the
	 * other, not a leaf page read for every insert (at 14,600 pages
	 * the table is 60 MB, past the page cache). */
	if (npost > 0)
		qsort(post, npost, sizeof *post, cmp_posting);
	for (i = 0; i < npost && r == 0; i++) {
		if ((st = prep(s, Q_PUT_POSTING, err)) == NULL ||
		    bindf(s, st, err, "II", (int64_t)post[i].term,
		    post[i].article) < 0 || step(s, st, err) < 0)
			r = -1;
		done(st);
	}
	free(post);
	free(df);
	free(idx);
	if (r == 0 && s->df.n > DF_MAP_MAX)
		r = df_sync(s, err);
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
	sqlite3_stmt *st = prep(s, Q_GET_SIG, err);
	struct link_term *t = NULL;
	unsigned char *sig = NULL;
	size_t n = 0, i, nt;
	int r = -1;

	if (st == NULL || bind_int64(s, st, 1, id, err) < 0 ||
	    (r = step(s, st, err)) <= 0)
		goto out;
	n = (size_t)sqlite3_column_bytes(st, 0) / 8;
	sig = xmalloc(8 * n + 1);
	if (n > 0)
		memcpy(sig, sqlite3_column_blob(st, 0), 8 * n);
	done(st);
	st = NULL;
	r = -1;
	for (i = 0; i < n; i++) {
		if ((st = prep(s, Q_DEL_POSTING, err)) == NULL ||
		    bindf(s, st, err, "II", (int64_t)sig_get(sig + 8 * i),
		    id) < 0 || step(s, st, err) < 0)
			goto out;
		done(st);
		st = NULL;
	}
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

/* One article reached through a shared term: its id, the term's place
 * in the signature (for a fixed order of summing) and weight. */
struct reach {
	int64_t article;
	size_t at;
	double idf;
};

static int
cmp_reach(const void *a, const void *b)
{
	const struct reach *x = a, *y = b;

	if (x->article != y->article)
		return x->article < y->article ? -1 : 1;
	return x->at < y->at ? -1 : x->at > y->at;
}

/* A candidate's score and order keys. */
struct scored {
	int64_t id;
	double score;
	int undated;
	int64_t kbase;
	int seq;
	size_t row;      /* its row in store_related's rows */
};

/* Score descending; then dated before undated, newest (highest order
 * key) first; then page order. */
static int
cmp_scored(const void *a, const void *b)
{
	const struct scored *x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	if (x->undated != y->undated)
		return x->undated - y->undated;
	if (x->kbase != y->kbase)
		return x->kbase > y->kbase ? -1 : 1;
	return x->seq - y->seq;
}


/*
 * Every article but self whose signature holds one of self's
 * RELATED_QUERY_TERMS heaviest terms t[..] (weighed as signatures are,
 * but more of them: an article is found when its subject lies in self,
 * whichever of self's rarer terms names it): *out sorted by article
 * then term place.
 */
static int
reach_all(struct store *s, int64_t self, const struct link_term *t,
    size_t nt, struct reach **out, size_t *n, char **err)
{
	sqlite3_stmt *st = NULL;
	int64_t ndocs, cap, *df = xcalloc(nt + 1, sizeof *df);
	size_t i, a = 0, k, *idx = xcalloc(nt + 1, sizeof *idx);
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
			if (sqlite3_column_int64(st, 0) == self)
				continue;
			if (*n == a) {
				a = a ? 2 * a : 256;
				*out = xreallocarray(*out, a, sizeof **out);
			}
			(*out)[*n].article = sqlite3_column_int64(st, 0);
			(*out)[*n].at = i;
			(*out)[(*n)++].idf = idf;
		}
		done(st);
		st = NULL;
	}
	done(st);
	if (r == 0 && *n > 0)
		qsort(*out, *n, sizeof **out, cmp_reach);
out:
	free(df);
	free(idx);
	return r < 0 ? -1 : 0;
}

/* Fill row from article id's row; its order keys into c. */
static int
related_row(struct store *s, struct scored *c, struct related_row *row,
    char **err)
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
	c->kbase = sqlite3_column_int64(st, 6);
	c->undated = c->kbase >= KEY_UNDATED;
	c->seq = row->seq;
	r = 0;
out:
	done(st);
	return r;
}

int
store_related(struct store *s, int64_t id, int limit,
    struct related_row **out, size_t *n, char **err)
{
	sqlite3_stmt *st = NULL;
	struct reach *reach = NULL;
	struct scored *c = NULL;
	struct related_row *rows = NULL, *sorted;
	struct article *a = NULL;
	struct link_term *t = NULL;
	size_t nt = 0, nreach = 0, nc = 0, i, take = 0;
	int r = -1;

	*out = NULL;
	*n = 0;
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
	if ((r = reach_all(s, id, t, nt, &reach, &nreach, err)) < 0)
		goto out;
	/* Sum each article's shared terms, in signature order. */
	for (i = 0; i < nreach; i++) {
		if (nc == 0 || c[nc - 1].id != reach[i].article) {
			c = xreallocarray(c, nc + 1, sizeof *c);
			memset(&c[nc], 0, sizeof *c);
			c[nc++].id = reach[i].article;
		}
		c[nc - 1].score += reach[i].idf;
	}
	/* Only the first `limit` scores and their equals need order keys:
	 * sort by score alone (the keys are all 0), read the rows of
	 * those, then sort them in full. */
	if (nc > 0)
		qsort(c, nc, sizeof *c, cmp_scored);
	take = limit > 0 && (size_t)limit < nc ? (size_t)limit : nc;
	while (take < nc && take > 0 && c[take].score == c[take - 1].score)
		take++;
	rows = xcalloc(take + 1, sizeof *rows);
	for (i = 0; i < take && r >= 0; i++) {
		c[i].row = i;
		r = related_row(s, &c[i], &rows[i], err);
	}
	if (r < 0)
		goto out;
	if (take > 0)
		qsort(c, take, sizeof *c, cmp_scored);
	sorted = xcalloc(take + 1, sizeof *sorted);
	for (i = 0; i < take; i++)
		sorted[i] = rows[c[i].row];
	free(rows);
	rows = sorted;
	if (limit > 0 && take > (size_t)limit) {
		for (i = (size_t)limit; i < take; i++)
			free(rows[i].title);
		take = (size_t)limit;
	}
	*out = rows;
	*n = take;
	rows = NULL;
	r = 0;
out:
	done(st);
	if (rows != NULL)
		store_related_free(rows, take);
	free(reach);
	free(c);
	free(t);
	article_free(a);
	return r < 0 ? -1 : 0;
}

void
store_related_free(struct related_row *rows, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(rows[i].title);
	free(rows);
}

/*
 * store-index.c: the full-text index of our own (work item 11;
 * doc/index-design.md gives the measurements behind it): postings per
 * folded character, written in batches; small batches are merged in
 * tiers (ix_tidy, "merging small batches" below).
 * store-int.h: what the store's files share.
 *
 * Tokens are folded characters, exactly the tokens tok_stream makes. A
 * token's position in an article counts the title's characters from 0
 * and the rest's from IX_BODY_BASE (or the title's length + 1 when that
 * is more); a "\n" between pieces takes a position and is no token, so
 * no phrase spans two pieces or the two fields.
 *
 * While a batch is written the postings grow in memory, a token at a
 * time: its articles (key step from the one before, bytes of its
 * positions) and its positions (step from the one before, the first one
 * + 1). When they take IX_HOLD bytes (or at the end of the store's
 * transaction, or when a key would not ascend) each token's postings
 * are cut into chunks of about IX_CHUNK bytes at article boundaries
 * (chunk: varint ndoc, per article the key step (0 for the first) and
 * the bytes of its positions, then the positions), the batch's chunks
 * are laid end to end in one stream, and
 *
 *   ix_pg(id = batch << IX_PAGE_BITS | page, data): the stream in rows
 *       of IX_PAGE bytes (full rows: a row a chunk left 15-25 % of the
 *       file in half-empty pages);
 *   ix_dir(id = code point << IX_BATCH_BITS | batch, meta): where the
 *       token's chunks start in the stream, how many, and per chunk its
 *       first key (step from the chunk before's last), key span,
 *       article count and bytes.
 *
 * A token's chunks in every batch are one range scan of ix_dir. Batches
 * may overlap in keys (an old issue imported after newer ones): the
 * cursors allow it. Deleted articles: ix_gone(key, batch) says a key's
 * postings in batches up to `batch` are dead; the article written again
 * under that key later (an heir) lands in a later batch and lives.
 *
 * Long titles (IX_BODY_BASE characters or more): the reader cannot tell
 * title from rest by position alone, so in such an article each token's
 * position list carries a 0 (no step is 0 otherwise) where the title's
 * positions end: after them for a token in the title, first for one in
 * the rest only. A phrase walk adds the 0 as a step of nothing.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "lreader/util.h"
#include "store-int.h"

/* Where the rest starts in the positions: titles are short (make-archive
 * pages: none past 80 folded characters), and a fixed start keeps the
 * title's length out of the index. */
#define IX_BODY_BASE 256
/* Bytes of a chunk, about: a query decodes at least one chunk of each
 * of its characters (the newest), so a first page costs about this
 * much a character; the prototype's size was within 2 % at 4,000 and
 * 16,000 bytes. */
#define IX_CHUNK 4000
/* Bytes of a row of ix_pg: a SQLite page (4,096) holds one. */
#define IX_PAGE 4000
/* The id fields (see above): 2^IX_PAGE_BITS (store-int.h) pages of a
 * batch, 2^20 batches. */
#define IX_BATCH_BITS 20
#define IX_BATCH_MAX (((int64_t)1 << IX_BATCH_BITS) - 1)
/* Characters of a query the cursors take (store-search refuses queries
 * past STORE_QUERY_MAX characters already). */
#define IX_QUERY_MAX 256

/* ---- buffers ---- */

/*
 * A buffer grows by a 2^IX_GROW_SHIFT-th of its room (a quarter). The
 * batch's postings are some 1,400 token buffers grown as they fill, the
 * largest part of the importer's memory at IX_HOLD; grown by doubling
 * they took about 1.4 times the bytes held (4,000 make-archive pages,
 * heaptrack at the peak: 2.6 MB of buffers for at most 1.5 MB held).
 * Import peak at 4,000 pages, three alternated runs each: doubling
 * 19,012-19,228 KiB, a half 18,428-18,796, a quarter 18,316-18,640, an
 * eighth 18,268-18,512, the CPU time the same within the machine's
 * noise (the copies of a quarter's more reallocations: about four
 * times the bytes held, some milliseconds a batch). Counted by callgrind
 * (448 pages, both threads): 5.231 G instructions doubling, 5.245 G at a
 * half, 5.259 G at a quarter (+0.5 %, nearly all of it the copies under
 * ix_add); a first growth sized from the batch before (3/4 of what the
 * token held there), then a quarter: 5.239 G, but 0.2-0.4 MB more at
 * the peak (a token rarer in the next batch keeps room it never uses).
 */
#define IX_GROW_SHIFT 2

struct bb {
	unsigned char *p;
	size_t n, cap;
};

static void
bb_room(struct bb *b, size_t k)
{
	if (b->n + k > b->cap) {
		size_t c = b->cap ? b->cap + (b->cap >> IX_GROW_SHIFT) : 16;

		/* (at least 16 a step: a capacity under 1 << IX_GROW_SHIFT
		 * would not grow by its shift) */
		while (c < b->n + k)
			c += c >> IX_GROW_SHIFT ? c >> IX_GROW_SHIFT : 16;
		c = (c + 15) & ~(size_t)15;
		b->p = xrealloc(b->p, c);
		b->cap = c;
	}
}

static inline void
bb_varint(struct bb *b, uint64_t v)
{
	if (b->n + VARINT_MAX > b->cap)
		bb_room(b, VARINT_MAX);
	b->n += varint_put(b->p + b->n, v);
}

/* A varint of our own buffers (written by bb_varint: never damaged, but
 * a stored one is checked by the reader: varint_get). */
static inline uint64_t
get_varint(const unsigned char **pp)
{
	const unsigned char *p = *pp;
	uint64_t v = 0;
	int sh = 0;

	/* (A damaged list may run past ten bytes: its bits beyond 64 are
	 * dropped, not shifted out of range.) */
	while (*p & 0x80) {
		if (sh < 64)
			v |= (uint64_t)(*p & 0x7F) << sh;
		p++;
		sh += 7;
	}
	if (sh < 64)
		v |= (uint64_t)*p << sh;
	*pp = p + 1;
	return v;
}

/* One character of valid UTF-8 (tok_stream's or search_fold's). */
static size_t
utf8_get(const unsigned char *p, uint32_t *c)
{
	if (p[0] < 0x80) {
		*c = p[0];
		return 1;
	}
	if (p[0] < 0xE0) {
		*c = (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
		return 2;
	}
	if (p[0] < 0xF0) {
		*c = (uint32_t)(p[0] & 0x0F) << 12 |
		    (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
		return 3;
	}
	*c = (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
	    (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
	return 4;
}

/* ---- the writer ---- */

struct ix_tok {
	uint32_t cp;
	uint32_t art;        /* serial of the article last seen in (0: none) */
	int64_t lastpos;     /* its last position there */
	size_t posstart;     /* where that article's positions start */
	int64_t first, last; /* keys of the batch's first and last article */
	uint32_t ndoc;       /* articles this batch */
	struct bb docs;      /* (key step, position bytes) an article */
	struct bb pos;
};

/* Code points past the BMP: open addressing, cp + 1 (0: free) -> token. */
struct ix_astral {
	uint32_t *cp, *tok;
	size_t cap, n;
};

/* A written batch's directory rows held (ix_hold_dir): dirbuf[off, end),
 * each row as the varint step of its code point from the row before
 * (rows come in code point order), the varint of its bytes, the row. */
struct ix_dirrun {
	int64_t batch;
	size_t off, end;
};

struct ix_writer {
	uint32_t *bmp;                  /* code point < 0x10000 -> token + 1 */
	struct ix_astral astral;
	struct ix_tok *toks;
	size_t ntok, atok;
	uint32_t *touched;              /* an article's tokens */
	size_t ntouched, atouched;
	uint32_t *inbatch;              /* the batch's tokens */
	size_t ninbatch, ainbatch;
	int64_t *keys;                  /* the batch's keys, ascending */
	size_t nkeys, akeys;
	uint32_t art;                   /* articles added, ever (serials) */
	int long_title;                 /* the article being added has one */
	int cut;                        /* a key held was deleted: the next
	                                   row starts a new batch (ix_gone) */
	size_t used;                    /* bytes of postings held */
	struct bb stream, meta, tmp, row;
	size_t streamed;                /* stream bytes written already */
	int64_t pageno;
	uint32_t nmeta;
	int64_t metalast;
	int hold_dir;                   /* ix_dir rows held (ix_hold_dir) */
	struct ix_dirrun *runs;         /* them, a run a batch */
	size_t nruns, aruns;
	uint32_t dirlast;               /* the last row's code point */
	struct bb dirbuf;
};

struct ix_writer *
ix_writer_new(void)
{
	struct ix_writer *w = xcalloc(1, sizeof *w);

	w->bmp = xcalloc(0x10000, sizeof *w->bmp);
	return w;
}

void
ix_writer_free(struct ix_writer *w)
{
	size_t i;

	if (w == NULL)
		return;
	for (i = 0; i < w->ntok; i++) {
		free(w->toks[i].docs.p);
		free(w->toks[i].pos.p);
	}
	free(w->toks);
	free(w->bmp);
	free(w->astral.cp);
	free(w->astral.tok);
	free(w->touched);
	free(w->inbatch);
	free(w->keys);
	free(w->stream.p);
	free(w->meta.p);
	free(w->tmp.p);
	free(w->row.p);
	free(w->runs);
	free(w->dirbuf.p);
	free(w);
}

size_t
ix_held(const struct ix_writer *w)
{
	return w->used;
}

static uint32_t new_tok(struct ix_writer *w, uint32_t cp);

/* The slot of cp + 1 in the astral table (cap a power of two). */
static size_t
astral_slot(const struct ix_astral *a, uint32_t cp)
{
	size_t h = (size_t)(cp * 2654435761u) & (a->cap - 1);

	while (a->cp[h] != 0 && a->cp[h] != cp + 1)
		h = (h + 1) & (a->cap - 1);
	return h;
}

static uint32_t
astral_tok(struct ix_writer *w, uint32_t cp)
{
	struct ix_astral *a = &w->astral;
	size_t h, i;

	if (2 * (a->n + 1) > a->cap) {
		struct ix_astral o = *a;

		a->cap = a->cap ? 2 * a->cap : 64;
		a->cp = xcalloc(a->cap, sizeof *a->cp);
		a->tok = xcalloc(a->cap, sizeof *a->tok);
		for (i = 0; i < o.cap; i++)
			if (o.cp[i] != 0) {
				h = astral_slot(a, o.cp[i] - 1);
				a->cp[h] = o.cp[i];
				a->tok[h] = o.tok[i];
			}
		free(o.cp);
		free(o.tok);
	}
	h = astral_slot(a, cp);
	if (a->cp[h] == 0) {
		a->cp[h] = cp + 1;
		a->tok[h] = new_tok(w, cp);
		a->n++;
	}
	return a->tok[h];
}

static uint32_t
new_tok(struct ix_writer *w, uint32_t cp)
{
	uint32_t i;

	if (w->ntok == w->atok) {
		w->atok = w->atok ? 2 * w->atok : 1024;
		w->toks = xreallocarray(w->toks, w->atok, sizeof *w->toks);
	}
	i = (uint32_t)w->ntok++;
	memset(&w->toks[i], 0, sizeof w->toks[i]);
	w->toks[i].cp = cp;
	return i;
}

static inline uint32_t
tok_of(struct ix_writer *w, uint32_t cp)
{
	if (cp >= 0x10000)
		return astral_tok(w, cp);
	if (w->bmp[cp] == 0)
		w->bmp[cp] = new_tok(w, cp) + 1;
	return w->bmp[cp] - 1;
}

static inline void
add_pos(struct ix_writer *w, uint32_t cp, int64_t p)
{
	uint32_t i = tok_of(w, cp);   /* (before toks is read: it may move) */
	struct ix_tok *t = &w->toks[i];
	size_t before = t->pos.n;

	if (t->art != w->art) {
		t->art = w->art;
		t->lastpos = -1;
		t->posstart = t->pos.n;
		if (w->ntouched == w->atouched) {
			w->atouched = w->atouched ? 2 * w->atouched : 1024;
			w->touched = xreallocarray(w->touched, w->atouched,
			    sizeof *w->touched);
		}
		w->touched[w->ntouched++] = (uint32_t)(t - w->toks);
		/* in the rest of a long title's article, first: "none of
		 * these is in the title" */
		if (w->long_title && p >= IX_BODY_BASE)
			bb_varint(&t->pos, 0);
	}
	bb_varint(&t->pos, (uint64_t)(p - t->lastpos));
	t->lastpos = p;
	w->used += t->pos.n - before;
}

/* Positions of one field's stream from p (pairs noted on pw when it is
 * not NULL); the position after it. */
static int64_t
add_stream(struct ix_writer *w, const char *s, size_t n, int64_t p,
    struct pair_walk *pw)
{
	const unsigned char *u = (const unsigned char *)s, *end = u + n;
	uint32_t c;

	while (u < end) {
		if (*u < 0x80) {
			c = *u++;
			if (c == '\n') {
				if (pw != NULL)
					pw->prev = 0;
				p++;
				continue;
			}
		} else if (*u >= 0xE0 && *u < 0xF0) {
			/* A three-byte character (the CJK of nearly every
			 * token) here: utf8_get, not inlined, was a call a
			 * character, 22 instructions. */
			c = (uint32_t)(u[0] & 0x0F) << 12 |
			    (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
			u += 3;
		} else
			u += utf8_get(u, &c);
		if (pw != NULL)
			pairs_code(pw, c);
		add_pos(w, c, p++);
	}
	return p;
}

static void
keys_push(struct ix_writer *w, int64_t key)
{
	if (w->nkeys == w->akeys) {
		w->akeys = w->akeys ? 2 * w->akeys : 256;
		w->keys = xreallocarray(w->keys, w->akeys, sizeof *w->keys);
	}
	w->keys[w->nkeys++] = key;
}

int
ix_add(sqlite3 *db, struct ix_writer *w, int64_t key, const char *title,
    size_t lt, const char *body, size_t lb, struct pair_walk *pw_title,
    struct pair_walk *pw_body, char **err)
{
	int64_t p;
	size_t i, before;

	if (key <= 0)
		return fail(err, "index: key %lld out of range",
		    (long long)key);
	/* A batch's keys ascend (steps): a key not above the last one
	 * starts a new batch; so does any after a held key was deleted. */
	if (w->nkeys > 0 && (w->cut || key <= w->keys[w->nkeys - 1]) &&
	    ix_write(db, w, err) < 0)
		return -1;
	w->art++;
	w->ntouched = 0;
	w->long_title = 0;
	p = add_stream(w, title, lt, 0, pw_title);
	if (p >= IX_BODY_BASE) {
		/* a long title: mark the end of the title's positions */
		w->long_title = 1;
		for (i = 0; i < w->ntouched; i++) {
			struct ix_tok *t = &w->toks[w->touched[i]];

			before = t->pos.n;
			bb_varint(&t->pos, 0);
			w->used += t->pos.n - before;
		}
	}
	p = p + 1 > IX_BODY_BASE ? p + 1 : IX_BODY_BASE;
	add_stream(w, body, lb, p, pw_body);
	for (i = 0; i < w->ntouched; i++) {
		struct ix_tok *t = &w->toks[w->touched[i]];

		if (t->ndoc == 0) {
			t->first = t->last = key;
			if (w->ninbatch == w->ainbatch) {
				w->ainbatch = w->ainbatch ? 2 * w->ainbatch :
				    1024;
				w->inbatch = xreallocarray(w->inbatch,
				    w->ainbatch, sizeof *w->inbatch);
			}
			w->inbatch[w->ninbatch++] = w->touched[i];
		}
		before = t->docs.n;
		bb_varint(&t->docs, (uint64_t)(key - t->last));
		bb_varint(&t->docs, t->pos.n - t->posstart);
		w->used += t->docs.n - before;
		t->last = key;
		t->ndoc++;
	}
	keys_push(w, key);
	return 0;
}

/*
 * Room a token's buffer keeps from one batch to the next. Kept whole,
 * each buffer kept the most any batch had made it (doubled), and the
 * batches differ: importing archive-4000's 2015 and 2016 after 2017
 * (209 batches, none past 1 MB of postings) ended with 8.2 MB of room
 * for 1,405 characters, most of the import's 25.2 MB peak. A frequent
 * character's buffer grows again in a few doublings.
 */
#define IX_KEEP_ROOM 256

static void
bb_trim(struct bb *b)
{
	if (b->cap > IX_KEEP_ROOM) {
		free(b->p);
		b->p = NULL;
		b->cap = 0;
	}
	b->n = 0;
}

/* Forget the batch held (a rollback, or after writing it); small buffers
 * keep their room (the next batch has mostly the same tokens), large
 * ones are let go (IX_KEEP_ROOM). */
static void
drop_batch(struct ix_writer *w)
{
	size_t i;

	for (i = 0; i < w->ninbatch; i++) {
		struct ix_tok *t = &w->toks[w->inbatch[i]];

		bb_trim(&t->docs);
		bb_trim(&t->pos);
		t->ndoc = 0;
	}
	/* (tokens touched by an article not yet in inbatch: none, ix_add
	 * puts every touched token there before it returns) */
	w->ninbatch = 0;
	w->nkeys = 0;
	w->cut = 0;
	w->used = 0;
	w->stream.n = w->meta.n = 0;
	w->streamed = 0;
	w->pageno = 0;
	w->nmeta = 0;
}

void
ix_drop(struct ix_writer *w)
{
	drop_batch(w);
	w->nruns = 0;
	w->dirbuf.n = 0;
}

/* The last batch written (0: none), as the library says: read inside the
 * transaction, so that a rollback never leaves the writer ahead. */
static int
last_batch(sqlite3 *db, int64_t *batch, char **err)
{
	sqlite3_stmt *st = NULL;
	int rc = -1;

	if (sqlite3_prepare_v2(db, "SELECT coalesce(max(id), 0) FROM ix_pg",
	    -1, &st, NULL) != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW)
		fail(err, "index: %s", sqlite3_errmsg(db));
	else {
		*batch = sqlite3_column_int64(st, 0) >> IX_PAGE_BITS;
		rc = 0;
	}
	sqlite3_finalize(st);
	return rc;
}

struct ix_put {
	sqlite3 *db;
	sqlite3_stmt *pg, *dir;
	int64_t batch;
};

static int
put_fail(struct ix_put *x, char **err, const char *what)
{
	return fail(err, "index: %s: %s", what, sqlite3_errmsg(x->db));
}

/* Write the stream's full pages (all of it when last). */
static int
put_pages(struct ix_writer *w, struct ix_put *x, int last, char **err)
{
	size_t at = 0, n;

	while (w->stream.n - at >= IX_PAGE || (last && at < w->stream.n)) {
		n = w->stream.n - at < IX_PAGE ? w->stream.n - at : IX_PAGE;
		if (sqlite3_bind_int64(x->pg, 1, x->batch << IX_PAGE_BITS |
		    w->pageno) != SQLITE_OK || sqlite3_bind_blob(x->pg, 2,
		    w->stream.p + at, (int)n, SQLITE_STATIC) != SQLITE_OK ||
		    sqlite3_step(x->pg) != SQLITE_DONE) {
			sqlite3_reset(x->pg);
			return put_fail(x, err, "page");
		}
		if (sqlite3_reset(x->pg) != SQLITE_OK)
			return put_fail(x, err, "page");
		w->pageno++;
		at += n;
	}
	if (w->pageno >= (int64_t)1 << IX_PAGE_BITS)
		return fail(err, "index: a batch of more than %lld pages",
		    (long long)1 << IX_PAGE_BITS);
	w->streamed += at;
	/* An empty stream (a merge whose postings were all dead) has no
	 * buffer yet: memmove may not be given a null pointer. */
	if (w->stream.n > at)
		memmove(w->stream.p, w->stream.p + at, w->stream.n - at);
	w->stream.n -= at;
	return 0;
}

/* Lay one chunk in the stream: nd entries of t->docs from d0 (keys
 * k0..klast), positions [p0, p1). */
static void
put_chunk(struct ix_writer *w, struct ix_tok *t, const unsigned char *d0,
    uint32_t nd, int64_t k0, int64_t klast, size_t p0, size_t p1)
{
	const unsigned char *q = d0;
	uint32_t i;

	w->tmp.n = 0;
	bb_varint(&w->tmp, nd);
	for (i = 0; i < nd; i++) {
		uint64_t step = get_varint(&q), len = get_varint(&q);

		/* the first entry's step is 0: its key is the chunk's first */
		bb_varint(&w->tmp, i == 0 ? 0 : step);
		bb_varint(&w->tmp, len);
	}
	bb_room(&w->tmp, p1 - p0);
	memcpy(w->tmp.p + w->tmp.n, t->pos.p + p0, p1 - p0);
	w->tmp.n += p1 - p0;
	if (w->nmeta++ == 0)
		w->metalast = 0;
	bb_varint(&w->meta, (uint64_t)(k0 - w->metalast));
	bb_varint(&w->meta, (uint64_t)(klast - k0));
	bb_varint(&w->meta, nd);
	bb_varint(&w->meta, w->tmp.n);
	w->metalast = klast;
	bb_room(&w->stream, w->tmp.n);
	memcpy(w->stream.p + w->stream.n, w->tmp.p, w->tmp.n);
	w->stream.n += w->tmp.n;
}

/*
 * Directory rows held across the importer's batches (ix_hold_dir), up
 * to about this many bytes, and written then, or at the commit, in id
 * order. A batch has a row per character (1,405 in make-archive pages),
 * and ids are code point << IX_BATCH_BITS | batch, so each batch's rows
 * land in every leaf of ix_dir: onto the 14,600-page library (480
 * leaves) an import of 4,000 later pages (36 batches) wrote them each
 * again after the 2 MB page cache had spilled them to the log, 15,547
 * times over and reading them back 16,458 times (WAL frames, counted
 * by page). The rows are the same; only their order of insertion
 * moves. Held, a write lands in each leaf once for all its batches:
 * 1,766 rewrites and 2,675 reads at 256 KB (about 8 batches' rows),
 * 914 and 1,828 with a transaction's batches all held (2,000 pages,
 * about 560 KB), 3,515 and 4,423 at 128 KB. The import's peak resident
 * size grows by what is held; a whole transaction's rows took it from
 * 18.6-19.0 MiB to 19.5-19.8 MiB at 14,600 pages, too near the work
 * item's 20 MB. Stop 42, appending 4,000 later pages onto the
 * 14,600-page library: 640 KB (a transaction's rows held whole) left
 * the log frames written for ix_dir where they were (1,838 against
 * 1,783 at 256 KB, counted by page number; an empty library's import
 * writes 305), for 0.4 MB more at the peak: not taken.
 */
#define IX_DIR_HOLD (256 * 1024)

/* Hold w->row, cp's directory row for the batch (ix_hold_dir). */
static void
hold_row(struct ix_writer *w, int64_t batch, uint32_t cp)
{
	struct ix_dirrun *r = w->nruns > 0 ? &w->runs[w->nruns - 1] : NULL;

	if (r == NULL || r->batch != batch) {
		if (w->nruns == w->aruns) {
			w->aruns = w->aruns ? 2 * w->aruns : 16;
			w->runs = xreallocarray(w->runs, w->aruns,
			    sizeof *w->runs);
		}
		r = &w->runs[w->nruns++];
		r->batch = batch;
		r->off = w->dirbuf.n;
		w->dirlast = 0;
	}
	/* (its room given at once: grown by doubling, the rows were
	 * copied into a new buffer beside the old) */
	if (w->dirbuf.cap == 0)
		bb_room(&w->dirbuf, ix_dir_hold + ix_dir_hold / 8);
	bb_varint(&w->dirbuf, cp - w->dirlast);
	bb_varint(&w->dirbuf, w->row.n);
	bb_room(&w->dirbuf, w->row.n);
	memcpy(w->dirbuf.p + w->dirbuf.n, w->row.p, w->row.n);
	w->dirbuf.n += w->row.n;
	r->end = w->dirbuf.n;
	w->dirlast = cp;
}

/* A token's ix_dir row for the batch: where its chunks start in the
 * stream, how many, their list. */
static int
put_dir(struct ix_writer *w, struct ix_put *x, struct ix_tok *t,
    size_t start, char **err)
{
	w->row.n = 0;
	bb_varint(&w->row, start);
	bb_varint(&w->row, w->nmeta);
	bb_room(&w->row, w->meta.n);
	memcpy(w->row.p + w->row.n, w->meta.p, w->meta.n);
	w->row.n += w->meta.n;
	w->meta.n = 0;
	w->nmeta = 0;
	if (w->hold_dir) {
		hold_row(w, x->batch, t->cp);
		return put_pages(w, x, 0, err);
	}
	if (sqlite3_bind_int64(x->dir, 1, (int64_t)t->cp << IX_BATCH_BITS |
	    x->batch) != SQLITE_OK || sqlite3_bind_blob(x->dir, 2, w->row.p,
	    (int)w->row.n, SQLITE_STATIC) != SQLITE_OK ||
	    sqlite3_step(x->dir) != SQLITE_DONE) {
		sqlite3_reset(x->dir);
		return put_fail(x, err, "directory");
	}
	if (sqlite3_reset(x->dir) != SQLITE_OK)
		return put_fail(x, err, "directory");
	return put_pages(w, x, 0, err);
}

/* A token's postings (t->docs from t->first, t->pos) cut into chunks of
 * about IX_CHUNK bytes at article boundaries, laid in the stream, and
 * its directory row for the batch. */
static int
put_tok(struct ix_writer *w, struct ix_put *x, struct ix_tok *t, char **err)
{
	const unsigned char *q = t->docs.p, *end = q + t->docs.n, *c0 = q;
	int64_t key = t->first, k0 = t->first;
	size_t p = 0, p0 = 0, start = w->streamed + w->stream.n;
	uint32_t nd = 0;

	while (q < end) {
		uint64_t step = get_varint(&q), len = get_varint(&q);

		key += (int64_t)step;
		if (nd++ == 0)
			k0 = key;
		p += len;
		if (p - p0 + (size_t)(q - c0) >= IX_CHUNK || q == end) {
			put_chunk(w, t, c0, nd, k0, key, p0, p);
			c0 = q;
			p0 = p;
			nd = 0;
		}
	}
	return put_dir(w, x, t, start, err);
}

/* A new batch begun: its number the last one's + 1, the stream empty. */
static int
put_begin(struct ix_writer *w, struct ix_put *x, char **err)
{
	if (last_batch(x->db, &x->batch, err) < 0)
		return -1;
	if (++x->batch > IX_BATCH_MAX)
		return fail(err, "index: more than %lld batches", (long long)
		    IX_BATCH_MAX);
	if (sqlite3_prepare_v2(x->db, "INSERT INTO ix_pg(id, data) VALUES"
	    " (?1, ?2)", -1, &x->pg, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(x->db, "INSERT INTO ix_dir(id, meta) VALUES"
	    " (?1, ?2)", -1, &x->dir, NULL) != SQLITE_OK)
		return put_fail(x, err, "prepare");
	w->stream.n = 0;
	w->streamed = 0;
	w->pageno = 0;
	return 0;
}

static void
put_end(struct ix_put *x)
{
	sqlite3_finalize(x->pg);
	sqlite3_finalize(x->dir);
	x->pg = x->dir = NULL;
}

static struct ix_tok *sort_toks;   /* (qsort has no context) */

static int
cmp_tokcp(const void *a, const void *b)
{
	uint32_t x = sort_toks[*(const uint32_t *)a].cp;
	uint32_t y = sort_toks[*(const uint32_t *)b].cp;

	return x < y ? -1 : x > y;
}


size_t ix_dir_hold = IX_DIR_HOLD;

void
ix_hold_dir(struct ix_writer *w)
{
	w->hold_dir = 1;
}

size_t
ix_dir_held(const struct ix_writer *w)
{
	return w->dirbuf.n;
}

/* A run's next row (ix_write_dir's merge): its code point, bytes. */
struct dir_cur {
	const unsigned char *p, *end, *row;
	uint32_t cp;
	size_t len;
};

static void
cur_next(struct dir_cur *c)
{
	if (c->p == c->end) {
		c->row = NULL;
		return;
	}
	c->cp += (uint32_t)get_varint(&c->p);
	c->len = (size_t)get_varint(&c->p);
	c->row = c->p;
	c->p += c->len;
}

/* The held rows in id order: each run is in code point order, and the
 * runs in batch order, so a merge of the runs, the earlier run first
 * on a tie, is id order. */
static int
put_held(sqlite3 *db, struct ix_writer *w, sqlite3_stmt *st, char **err)
{
	struct dir_cur *c = xreallocarray(NULL, w->nruns, sizeof *c);
	size_t i, k, live = w->nruns;
	int rc = 0;

	for (k = 0; k < w->nruns; k++) {
		c[k].p = w->dirbuf.p + w->runs[k].off;
		c[k].end = w->dirbuf.p + w->runs[k].end;
		c[k].cp = 0;
		cur_next(&c[k]);
	}
	while (live > 0 && rc == 0) {
		for (i = k = w->nruns; k-- > 0;)
			if (c[k].row != NULL && (i == w->nruns ||
			    c[k].cp <= c[i].cp))
				i = k;
		if (sqlite3_bind_int64(st, 1, (int64_t)c[i].cp <<
		    IX_BATCH_BITS | w->runs[i].batch) != SQLITE_OK ||
		    sqlite3_bind_blob(st, 2, c[i].row, (int)c[i].len,
		    SQLITE_STATIC) != SQLITE_OK ||
		    sqlite3_step(st) != SQLITE_DONE ||
		    sqlite3_reset(st) != SQLITE_OK)
			rc = fail(err, "index: directory: %s",
			    sqlite3_errmsg(db));
		cur_next(&c[i]);
		live -= c[i].row == NULL;
	}
	free(c);
	return rc;
}

int
ix_write_dir(sqlite3 *db, struct ix_writer *w, char **err)
{
	sqlite3_stmt *st = NULL;
	int rc = -1;

	if (w->nruns == 0)
		return 0;
	if (sqlite3_prepare_v2(db, "INSERT INTO ix_dir(id, meta) VALUES"
	    " (?1, ?2)", -1, &st, NULL) != SQLITE_OK)
		fail(err, "index: directory: %s", sqlite3_errmsg(db));
	else
		rc = put_held(db, w, st, err);
	sqlite3_finalize(st);
	/* Written, or failed: the transaction is then rolled back whole.
	 * The buffer is kept for the next rows. */
	w->nruns = 0;
	w->dirbuf.n = 0;
	return rc;
}

int
ix_write(sqlite3 *db, struct ix_writer *w, char **err)
{
	struct ix_put x = { db, NULL, NULL, 0 };
	size_t i;
	int rc = -1;

	if (w->ninbatch == 0) {
		drop_batch(w);
		return 0;
	}
	if (put_begin(w, &x, err) < 0)
		goto out;
	sort_toks = w->toks;
	qsort(w->inbatch, w->ninbatch, sizeof *w->inbatch, cmp_tokcp);
	for (i = 0; i < w->ninbatch; i++)
		if (put_tok(w, &x, &w->toks[w->inbatch[i]], err) < 0)
			goto out;
	if (put_pages(w, &x, 1, err) < 0)
		goto out;
	rc = 0;
	if (w->dirbuf.n >= ix_dir_hold)
		rc = ix_write_dir(db, w, err);
out:
	put_end(&x);
	/* Written, or failed: the caller's transaction is then rolled
	 * back whole, and the batch with it. */
	drop_batch(w);
	return rc;
}

/* Whether the batch held has postings of key. */
static int
holds_key(const struct ix_writer *w, int64_t key)
{
	size_t lo = 0, hi = w->nkeys;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (w->keys[mid] < key)
			lo = mid + 1;
		else if (w->keys[mid] > key)
			hi = mid;
		else
			return 1;
	}
	return 0;
}

int
ix_gone(sqlite3 *db, struct ix_writer *w, int64_t key, char **err)
{
	sqlite3_stmt *st = NULL;
	int64_t batch;
	int rc = -1;

	if (last_batch(db, &batch, err) < 0)
		return -1;
	/*
	 * Its postings held in memory: they die with the batch held, which
	 * is written as the next one, and the next row (an heir under the
	 * same key) starts a batch after it. Not written here: the caller
	 * may be inside an issue's savepoint, whose rollback would take the
	 * batch with it once the writer had let go of it.
	 */
	if (w != NULL && holds_key(w, key)) {
		batch++;
		w->cut = 1;
	}
	if (batch == 0)
		return 0;   /* nothing written or held: nothing to kill */
	if (sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO ix_gone(key, batch)"
	    " VALUES (?1, ?2)", -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 1, key) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, batch) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_DONE)
		fail(err, "index: %s", sqlite3_errmsg(db));
	else
		rc = 0;
	sqlite3_finalize(st);
	return rc;
}

int
ix_create(sqlite3 *db, char **err)
{
	if (sqlite3_exec(db, IX_SCHEMA, NULL, NULL, NULL) != SQLITE_OK)
		return fail(err, "index: %s", sqlite3_errmsg(db));
	return 0;
}

/* ---- reading ---- */

/* One chunk of a token's postings. */
struct chunk {
	int64_t last, first;
	uint32_t ndoc;
	int dead;             /* every key in it is above the target */
	uint32_t hint;        /* keys <= the last target (targets only go
	                         down: the next answer is at or before it) */
	int64_t batch;
	size_t off, len;      /* where it is in its batch's stream */
	/* decoded when first needed */
	unsigned char *blob;
	int64_t *keys;
	uint32_t *poff, *plen;
};

/* A query character's postings: its chunks by last key, highest first. */
struct cursor {
	uint32_t cp;
	struct chunk *c;
	size_t n;
	uint64_t ndoc;        /* articles in all its chunks */
	struct chunk *at;     /* where ix_le found the last article */
	uint32_t ati;
	size_t start;         /* the chunks before it are dead */
	/* its positions in that article (decode_pos) */
	int64_t *pos;
	size_t npos, apos, ntitle;
};

struct ix_query {
	sqlite3 *db;
	sqlite3_stmt *dir, *pg;
	int mode;
	uint32_t qc[IX_QUERY_MAX];
	size_t nq;
	struct cursor cur[IX_QUERY_MAX];
	size_t nc;
	int curof[IX_QUERY_MAX];  /* the cursor of each query character */
	int none;                 /* a character no article holds */
	int64_t *gone_key, *gone_batch;
	size_t ngone;
	int began;                /* ix_open began a read transaction */
	int64_t target;           /* the last target (INT64_MAX at first) */
	int64_t found;            /* the last key ix_le gave (0: none) */
};

static void
chunk_free(struct chunk *k)
{
	free(k->blob);
	free(k->keys);
	free(k->poff);
	free(k->plen);
	k->blob = NULL;
	k->keys = NULL;
	k->poff = k->plen = NULL;
}

void
ix_close(struct ix_query *q)
{
	size_t i, j;

	if (q == NULL)
		return;
	for (j = 0; j < q->nc; j++) {
		for (i = 0; i < q->cur[j].n; i++)
			chunk_free(&q->cur[j].c[i]);
		free(q->cur[j].c);
		free(q->cur[j].pos);
	}
	sqlite3_finalize(q->dir);
	sqlite3_finalize(q->pg);
	/* (a read: its end cannot lose anything) */
	if (q->began)
		sqlite3_exec(q->db, "COMMIT", NULL, NULL, NULL);
	free(q->gone_key);
	free(q->gone_batch);
	free(q);
}

static int
q_fail(struct ix_query *q, char **err, const char *what)
{
	return fail(err, "index: %s: %s", what, sqlite3_errmsg(q->db));
}

static int
damaged(char **err)
{
	return fail(err, "index: damaged (a directory or chunk does not"
	    " read)");
}

/* ix_gone, sorted by key (normally empty). */
static int
gone_load(struct ix_query *q, char **err)
{
	sqlite3_stmt *st = NULL;
	size_t a = 0;
	int r;

	if (sqlite3_prepare_v2(q->db, "SELECT key, batch FROM ix_gone ORDER BY"
	    " key", -1, &st, NULL) != SQLITE_OK)
		return q_fail(q, err, "gone");
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		if (q->ngone == a) {
			a = a ? 2 * a : 256;
			q->gone_key = xreallocarray(q->gone_key, a,
			    sizeof *q->gone_key);
			q->gone_batch = xreallocarray(q->gone_batch, a,
			    sizeof *q->gone_batch);
		}
		q->gone_key[q->ngone] = sqlite3_column_int64(st, 0);
		q->gone_batch[q->ngone++] = sqlite3_column_int64(st, 1);
	}
	sqlite3_finalize(st);
	return r == SQLITE_DONE ? 0 : q_fail(q, err, "gone");
}

/* Whether key's postings in batch are dead. */
static int
gone_has(const struct ix_query *q, int64_t key, int64_t batch)
{
	size_t lo = 0, hi = q->ngone;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (q->gone_key[mid] < key)
			lo = mid + 1;
		else if (q->gone_key[mid] > key)
			hi = mid;
		else
			return batch <= q->gone_batch[mid];
	}
	return 0;
}

static int
cmp_last_desc(const void *x, const void *y)
{
	const struct chunk *a = x, *b = y;

	return a->last > b->last ? -1 : a->last < b->last;
}

/* The chunks of the ix_dir row st holds (id, meta) appended to c's (a
 * of them room); -1 when the row does not read. */
static int
dir_chunks(sqlite3_stmt *st, struct cursor *c, size_t *a)
{
	const unsigned char *p = sqlite3_column_blob(st, 1);
	const unsigned char *end = p + sqlite3_column_bytes(st, 1);
	int64_t batch = sqlite3_column_int64(st, 0) & IX_BATCH_MAX;
	uint64_t off, n, v[4], i;
	int64_t last = 0;

	if (p == NULL || !varint_get(&p, end, &off) || !varint_get(&p, end, &n))
		return -1;
	for (i = 0; i < n; i++) {
		struct chunk *k;

		if (!varint_get(&p, end, &v[0]) || !varint_get(&p, end, &v[1]) ||
		    !varint_get(&p, end, &v[2]) || !varint_get(&p, end, &v[3]))
			return -1;
		if (c->n == *a) {
			*a = *a ? 2 * *a : 16;
			c->c = xreallocarray(c->c, *a, sizeof *c->c);
		}
		k = &c->c[c->n++];
		memset(k, 0, sizeof *k);
		k->first = last + (int64_t)v[0];
		k->last = k->first + (int64_t)v[1];
		k->ndoc = (uint32_t)v[2];
		k->len = (size_t)v[3];
		k->off = (size_t)off;
		k->batch = batch;
		off += v[3];
		last = k->last;
		c->ndoc += k->ndoc;
	}
	return 0;
}

/* A character's chunks from its ix_dir rows. */
static int
cur_load(struct ix_query *q, struct cursor *c, char **err)
{
	size_t a = 0;
	int r;

	if (sqlite3_bind_int64(q->dir, 1, (int64_t)c->cp << IX_BATCH_BITS) !=
	    SQLITE_OK || sqlite3_bind_int64(q->dir, 2, ((int64_t)c->cp + 1) <<
	    IX_BATCH_BITS) != SQLITE_OK)
		return q_fail(q, err, "bind");
	while ((r = sqlite3_step(q->dir)) == SQLITE_ROW)
		if (dir_chunks(q->dir, c, &a) < 0) {
			sqlite3_reset(q->dir);
			return damaged(err);
		}
	sqlite3_reset(q->dir);
	if (r != SQLITE_DONE)
		return q_fail(q, err, "directory");
	if (c->n > 1)
		qsort(c->c, c->n, sizeof *c->c, cmp_last_desc);
	return 0;
}

/* Read chunk k's bytes from the pages of its batch and decode its keys
 * and where each article's positions are (chunk_decode: on failure the
 * chunk is left empty, as before it was read). */
static int
chunk_read(struct ix_query *q, struct chunk *k, char **err)
{
	const unsigned char *p, *end;
	int64_t base = k->batch << IX_PAGE_BITS, key;
	size_t got = 0, cap = 0, skip = k->off % IX_PAGE, off = 0;
	uint64_t nd, v, len;
	uint32_t i;
	int r;

	/* The directory's length and count are not trusted: a damaged row
	 * could name terabytes, so the room grows with the bytes the pages
	 * really hold, and a chunk holds at least a byte an article. */
	if (k->len == 0 || k->len < k->ndoc || k->off > SIZE_MAX - k->len)
		return damaged(err);
	if (sqlite3_bind_int64(q->pg, 1, base + (int64_t)(k->off / IX_PAGE)) !=
	    SQLITE_OK || sqlite3_bind_int64(q->pg, 2, base + (int64_t)((k->off +
	    k->len - 1) / IX_PAGE)) != SQLITE_OK)
		return q_fail(q, err, "bind");
	r = SQLITE_DONE;
	while (got < k->len && (r = sqlite3_step(q->pg)) == SQLITE_ROW) {
		size_t n = (size_t)sqlite3_column_bytes(q->pg, 0), m;
		const unsigned char *d = sqlite3_column_blob(q->pg, 0);

		if (d == NULL || n <= skip)
			break;
		m = n - skip < k->len - got ? n - skip : k->len - got;
		if (got + m > cap) {
			cap = got + m > 2 * cap ? got + m : 2 * cap;
			if (cap > k->len)
				cap = k->len;
			k->blob = xrealloc(k->blob, cap);
		}
		memcpy(k->blob + got, d + skip, m);
		got += m;
		skip = 0;
	}
	sqlite3_reset(q->pg);
	if (r != SQLITE_ROW && r != SQLITE_DONE)
		return q_fail(q, err, "pages");
	if (got != k->len)
		return damaged(err);
	p = k->blob;
	end = p + k->len;
	if (!varint_get(&p, end, &nd) || nd != k->ndoc || nd == 0)
		return damaged(err);
	k->keys = xreallocarray(NULL, nd, sizeof *k->keys);
	k->poff = xreallocarray(NULL, nd, sizeof *k->poff);
	k->plen = xreallocarray(NULL, nd, sizeof *k->plen);
	key = k->first;
	for (i = 0; i < nd; i++) {
		if (!varint_get(&p, end, &v) || !varint_get(&p, end, &len))
			return damaged(err);
		key += (int64_t)v;
		k->keys[i] = key;
		k->plen[i] = (uint32_t)len;
		k->poff[i] = (uint32_t)off;
		off += len;
	}
	if (key != k->last || off != (size_t)(end - p))
		return damaged(err);
	/* Each list ends on a varint's last byte: the walks that read them
	 * unchecked (ps_seek) stop inside it. */
	for (i = 0; i < nd; i++) {
		k->poff[i] += (uint32_t)(p - k->blob);
		if (k->plen[i] == 0 ||
		    (k->blob[k->poff[i] + k->plen[i] - 1] & 0x80) != 0)
			return damaged(err);
	}
	return 0;
}

static int
chunk_decode(struct ix_query *q, struct chunk *k, char **err)
{
	if (chunk_read(q, k, err) == 0)
		return 0;
	chunk_free(k);
	return -1;
}

/* How many of chunk k's keys are <= target and alive up to the last
 * such: galloping down from the last answer (targets only go down),
 * then a binary search, then past dead keys. */
static uint32_t
chunk_le(const struct ix_query *q, struct chunk *k, int64_t target)
{
	uint32_t hi = k->hint != 0 ? k->hint : k->ndoc, lo = hi, step = 1;

	while (lo > 0 && k->keys[lo - 1] > target) {
		hi = lo - 1;
		lo = lo > step ? lo - step : 0;
		step *= 2;
	}
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (k->keys[mid] <= target)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* (the hint counts the keys <= target, dead or not: the gallop
	 * needs keys[hint] > target) */
	k->hint = lo;
	while (q->ngone > 0 && lo > 0 && gone_has(q, k->keys[lo - 1],
	    k->batch))
		lo--;
	return lo;
}

/* The highest live key <= target among c's chunks (*best INT64_MIN:
 * none). Chunks are taken by last key, highest first: one whose last
 * key is not above the best found cannot hold a better one, and one
 * whose first key is above the target never will (targets only go
 * down). */
static int
cur_le(struct ix_query *q, struct cursor *c, int64_t target, int64_t *best,
    char **err)
{
	size_t i;

	*best = INT64_MIN;
	while (c->start < c->n && c->c[c->start].dead)
		c->start++;
	/* Nearly always the answer is in the chunk of the last one, and no
	 * chunk after it ends above that answer. */
	if (c->at != NULL && c->at == &c->c[c->start] &&
	    c->at->first <= target) {
		struct chunk *k = c->at;
		uint32_t lo = chunk_le(q, k, target);

		if (lo > 0 && (c->start + 1 == c->n ||
		    c->c[c->start + 1].last <= k->keys[lo - 1])) {
			c->ati = lo - 1;
			*best = k->keys[lo - 1];
			return 0;
		}
	}
	c->at = NULL;
	for (i = c->start; i < c->n; i++) {
		struct chunk *k = &c->c[i];
		uint32_t lo;

		if (k->dead)
			continue;
		if (k->last <= *best)
			break;
		if (k->first > target) {
			k->dead = 1;
			chunk_free(k);
			continue;
		}
		if (k->blob == NULL && chunk_decode(q, k, err) < 0)
			return -1;
		lo = chunk_le(q, k, target);
		if (lo > 0 && k->keys[lo - 1] > *best) {
			*best = k->keys[lo - 1];
			c->at = k;
			c->ati = lo - 1;
		}
	}
	return 0;
}

/* A position list read as it is needed (the current article of a
 * cursor): ascending positions, a long title's 0 a step of nothing. */
struct pstream {
	const unsigned char *p, *end;
	int64_t at;   /* the last position read (-1: none yet) */
};

static inline int64_t
ps_seek(struct pstream *s, int64_t v)
{
	while (s->at < v) {
		if (s->p >= s->end)
			return s->at = INT64_MAX;
		s->at += (int64_t)get_varint(&s->p);
	}
	return s->at;
}

/*
 * Whether the current article of every cursor holds the phrase (its
 * characters all distinct): starts are taken from the shortest position
 * list, each other list read only as far as the start being tried, so
 * an article where the phrase comes early is decided after a few
 * positions.
 */
static int
phrase_stream(struct ix_query *q)
{
	struct pstream ps[IX_QUERY_MAX];
	size_t j, r = 0, nq = q->nq;
	int64_t v;

	for (j = 0; j < nq; j++) {
		struct cursor *c = &q->cur[q->curof[j]];

		ps[j].p = c->at->blob + c->at->poff[c->ati];
		ps[j].end = ps[j].p + c->at->plen[c->ati];
		ps[j].at = -1;
		if (ps[j].end - ps[j].p < ps[r].end - ps[r].p)
			r = j;
	}
	for (;;) {
		if (ps[r].p >= ps[r].end)
			return 0;
		ps[r].at += (int64_t)get_varint(&ps[r].p);
		/* no start before the article's */
		if (ps[r].at < (int64_t)r && ps_seek(&ps[r], (int64_t)r) ==
		    INT64_MAX)
			return 0;
		v = ps[r].at - (int64_t)r;
		for (j = 0; j < nq; j++) {
			int64_t w;

			if (j == r)
				continue;
			if ((w = ps_seek(&ps[j], v + (int64_t)j)) == INT64_MAX)
				return 0;
			if (w != v + (int64_t)j) {
				/* no start before w - j: the shortest list
				 * skips past it, and the test starts over */
				if (ps_seek(&ps[r], w - (int64_t)j +
				    (int64_t)r) == INT64_MAX)
					return 0;
				v = ps[r].at - (int64_t)r;
				j = (size_t)-1;
			}
		}
		return 1;
	}
}

/* c's positions in its current article into c->pos, and how many of
 * them are the title's (c->ntitle: a prefix). */
static int
decode_pos(struct cursor *c, char **err)
{
	const unsigned char *p = c->at->blob + c->at->poff[c->ati],
	    *end = p + c->at->plen[c->ati];
	int64_t at = -1;
	uint64_t v;
	size_t mark = SIZE_MAX;

	c->npos = 0;
	while (p < end) {
		if (!varint_get(&p, end, &v))
			return damaged(err);
		if (v == 0) {
			mark = c->npos;   /* a long title ends here */
			continue;
		}
		if (c->npos == c->apos) {
			c->apos = c->apos ? 2 * c->apos : 64;
			c->pos = xreallocarray(c->pos, c->apos, sizeof *c->pos);
		}
		at += (int64_t)v;
		c->pos[c->npos++] = at;
	}
	if (mark != SIZE_MAX)
		c->ntitle = mark;
	else
		for (c->ntitle = 0; c->ntitle < c->npos &&
		    c->pos[c->ntitle] < IX_BODY_BASE; c->ntitle++)
			;
	return 0;
}

/* Index of v in p[0..n), or -1. */
static long
find_pos(const int64_t *p, size_t n, int64_t v)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (p[mid] < v)
			lo = mid + 1;
		else if (p[mid] > v)
			hi = mid;
		else
			return (long)mid;
	}
	return -1;
}

/*
 * Where the phrase's instances in the current article are:
 * IX_WHERE_TITLE | IX_WHERE_REST; the search stops once every bit of
 * `stop` is known (0: all of them looked at).
 */
static int
phrase_where(struct ix_query *q, int stop, int *where, char **err)
{
	size_t j, r = 0, k, i0 = 0;
	int64_t start;

	*where = 0;
	for (j = 0; j < q->nc; j++)
		if (decode_pos(&q->cur[j], err) < 0)
			return -1;
	for (j = 0; j < q->nc; j++)
		if (q->cur[j].npos < q->cur[r].npos)
			r = j;
	/* the first place of that character in the query */
	while ((size_t)q->curof[i0] != r)
		i0++;
	for (k = 0; k < q->cur[r].npos; k++) {
		long at0;
		int ok = 1;

		start = q->cur[r].pos[k] - (int64_t)i0;
		if (start < 0)
			continue;
		for (j = 0; j < q->nq && ok; j++) {
			struct cursor *c = &q->cur[q->curof[j]];

			ok = find_pos(c->pos, c->npos, start + (int64_t)j) >= 0;
		}
		if (!ok)
			continue;
		at0 = find_pos(q->cur[q->curof[0]].pos,
		    q->cur[q->curof[0]].npos, start);
		*where |= (size_t)at0 < q->cur[q->curof[0]].ntitle ?
		    IX_WHERE_TITLE : IX_WHERE_REST;
		if (stop != 0 && (*where & stop) == stop)
			break;
	}
	return 0;
}

static int
cmp_ndoc(const void *x, const void *y)
{
	const struct cursor *a = x, *b = y;

	return a->ndoc < b->ndoc ? -1 : a->ndoc > b->ndoc;
}

int
ix_open(sqlite3 *db, const char *folded, int mode, struct ix_query **out,
    char **err)
{
	struct ix_query *q = xcalloc(1, sizeof *q);
	const unsigned char *u = (const unsigned char *)folded;
	size_t i, j;

	*out = NULL;
	q->db = db;
	q->mode = mode;
	q->target = INT64_MAX;
	while (*u != '\0') {
		if (q->nq == IX_QUERY_MAX) {
			ix_close(q);
			return fail(err, "index: a query of more than %d"
			    " characters", IX_QUERY_MAX);
		}
		u += utf8_get(u, &q->qc[q->nq++]);
	}
	/*
	 * One snapshot for the whole query: its directory is read first and
	 * its pages as the walk needs them, and a compaction or merge
	 * committed in between (ix_compact: every batch written anew;
	 * ix_tidy: small ones into a new one) would leave the directory
	 * naming pages that are no longer there. Inside the caller's
	 * transaction (an import's), that one.
	 */
	if (sqlite3_get_autocommit(db)) {
		if (sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK) {
			q_fail(q, err, "begin");
			ix_close(q);
			return -1;
		}
		q->began = 1;
	}
	if (sqlite3_prepare_v2(db, "SELECT id, meta FROM ix_dir WHERE id >= ?1"
	    " AND id < ?2", -1, &q->dir, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT data FROM ix_pg WHERE id >= ?1 AND"
	    " id <= ?2", -1, &q->pg, NULL) != SQLITE_OK) {
		q_fail(q, err, "prepare");
		ix_close(q);
		return -1;
	}
	if (gone_load(q, err) < 0) {
		ix_close(q);
		return -1;
	}
	q->none = q->nq == 0;
	/* one cursor a distinct character */
	for (i = 0; i < q->nq && !q->none; i++) {
		for (j = 0; j < q->nc && q->cur[j].cp != q->qc[i]; j++)
			;
		if (j < q->nc)
			continue;
		q->cur[q->nc].cp = q->qc[i];
		if (cur_load(q, &q->cur[q->nc++], err) < 0) {
			ix_close(q);
			return -1;
		}
		q->none = q->cur[q->nc - 1].n == 0;
	}
	/* the rarest leads the walk */
	qsort(q->cur, q->nc, sizeof *q->cur, cmp_ndoc);
	for (i = 0; i < q->nq; i++)
		for (j = 0; j < q->nc; j++)
			if (q->cur[j].cp == q->qc[i])
				q->curof[i] = (int)j;
	*out = q;
	return 0;
}

/*
 * Whether the current article of a one-character query has it in its
 * title: its first position tells, but in a long title's article (a 0
 * in the list). The title walk of a character common in the rest and
 * rare in titles (。) asks it of every article holding the character:
 * decoding each whole list cost that walk a fifth more than FTS5's.
 */
static int
one_in_title(const struct cursor *c)
{
	const unsigned char *p = c->at->blob + c->at->poff[c->ati],
	    *end = p + c->at->plen[c->ati];
	uint64_t v = get_varint(&p);

	if (v == 0)
		return 0;   /* a long title's article, the character not in it */
	if (v - 1 < IX_BODY_BASE)
		return 1;
	/* past the body's usual start: in a long title if a 0 follows */
	while (p < end)
		if (get_varint(&p) == 0)
			return 1;
	return 0;
}

/* Whether every cursor's current article (all at the same key) holds
 * what the query's mode asks. */
static int
matches(struct ix_query *q, int *yes, char **err)
{
	int where;

	if (q->nq == 1) {
		*yes = q->mode == IX_ANY || one_in_title(&q->cur[0]);
		return 0;
	}
	if (q->mode == IX_ANY && q->nc == q->nq) {
		*yes = phrase_stream(q);
		return 0;
	}
	if (phrase_where(q, q->mode == IX_TITLE ? IX_WHERE_TITLE :
	    IX_WHERE_TITLE | IX_WHERE_REST, &where, err) < 0)
		return -1;
	*yes = q->mode == IX_TITLE ? (where & IX_WHERE_TITLE) != 0 :
	    where != 0;
	return 0;
}

int
ix_le(struct ix_query *q, int64_t target, int64_t *key, char **err)
{
	int64_t d, e = INT64_MIN;
	size_t j;
	int yes;

	*key = 0;
	q->found = 0;
	if (q->none)
		return 0;
	/* (targets only go down: the cursors rely on it) */
	if (target > q->target)
		target = q->target;
	for (;;) {
		q->target = target;
		if (cur_le(q, &q->cur[0], target, &d, err) < 0)
			return -1;
		if (d == INT64_MIN)
			return 0;
		for (j = 1; j < q->nc; j++) {
			if (cur_le(q, &q->cur[j], d, &e, err) < 0)
				return -1;
			if (e != d)
				break;
		}
		if (j < q->nc) {
			if (e == INT64_MIN)
				return 0;
			target = e;
			continue;
		}
		if (matches(q, &yes, err) < 0)
			return -1;
		if (yes) {
			q->found = *key = d;
			q->target = d;
			return 1;
		}
		target = d - 1;
	}
}

int
ix_where(struct ix_query *q, int *where, char **err)
{
	*where = 0;
	if (q->found == 0)
		return fail(err, "index: no current match");
	return phrase_where(q, 0, where, err);
}

/* One character's count of the live keys in [lo, hi]: the chunks' own
 * counts where they lie inside and nothing is dead, else their keys. */
static int
count_one(struct ix_query *q, int64_t lo, int64_t hi, long *n, char **err)
{
	struct cursor *c = &q->cur[0];
	size_t i;
	uint32_t j;

	for (i = 0; i < c->n; i++) {
		struct chunk *k = &c->c[i];

		if (k->last < lo || k->first > hi)
			continue;
		if (q->ngone == 0 && k->first >= lo && k->last <= hi) {
			*n += (long)k->ndoc;
			continue;
		}
		if (k->blob == NULL && chunk_decode(q, k, err) < 0)
			return -1;
		for (j = 0; j < k->ndoc; j++)
			*n += k->keys[j] >= lo && k->keys[j] <= hi &&
			    !(q->ngone > 0 && gone_has(q, k->keys[j],
			    k->batch));
	}
	return 0;
}

int
ix_count(struct ix_query *q, int64_t lo, int64_t hi, long *n, char **err)
{
	int64_t key, t = hi;
	int r;

	*n = 0;
	if (q->none)
		return 0;
	if (q->nq == 1 && q->mode == IX_ANY && q->target == INT64_MAX)
		return count_one(q, lo, hi, n, err);
	while ((r = ix_le(q, t, &key, err)) == 1 && key >= lo) {
		++*n;
		if (key == lo)
			break;
		t = key - 1;
	}
	return r < 0 ? -1 : 0;
}

int
ix_check(sqlite3 *db, char **err)
{
	struct ix_query *q = xcalloc(1, sizeof *q);
	sqlite3_stmt *all = NULL;
	struct cursor *c = &q->cur[0];
	size_t i;
	uint32_t j;
	int r, rc = -1;

	q->db = db;
	q->nc = 1;
	if (sqlite3_prepare_v2(db, "SELECT DISTINCT id >> ?1 FROM ix_dir", -1,
	    &all, NULL) != SQLITE_OK ||
	    sqlite3_bind_int(all, 1, IX_BATCH_BITS) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT id, meta FROM ix_dir WHERE id >= ?1"
	    " AND id < ?2", -1, &q->dir, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT data FROM ix_pg WHERE id >= ?1 AND"
	    " id <= ?2", -1, &q->pg, NULL) != SQLITE_OK) {
		q_fail(q, err, "prepare");
		goto out;
	}
	/* Every token's chunks read and decoded: their keys ascend within
	 * the range the directory gives, and their lists end cleanly
	 * (chunk_decode). */
	while ((r = sqlite3_step(all)) == SQLITE_ROW) {
		for (i = 0; i < c->n; i++)
			chunk_free(&c->c[i]);
		c->n = 0;
		c->cp = (uint32_t)sqlite3_column_int64(all, 0);
		if (cur_load(q, c, err) < 0)
			goto out;
		for (i = 0; i < c->n; i++) {
			struct chunk *k = &c->c[i];

			if (chunk_decode(q, k, err) < 0)
				goto out;
			for (j = 0; j < k->ndoc; j++)
				if (k->keys[j] < k->first || (j > 0 &&
				    k->keys[j] <= k->keys[j - 1])) {
					damaged(err);
					goto out;
				}
		}
	}
	if (r != SQLITE_DONE) {
		q_fail(q, err, "directory");
		goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(all);
	ix_close(q);
	return rc;
}

/* ---- merging small batches ---- */

/*
 * An import of a few pages (a day's issue: 4 make-archive pages, about
 * 20 rows of ix_pg) writes a small batch, and every small batch costs
 * each query a directory row and a chunk per character it holds. They
 * are merged in tiers, as a log-structured merge does: a batch's tier
 * is its pages' order of IX_MERGE_FANOUT (1-7 pages: 0, 8-63: 1,
 * 64-511: 2), and once a tier holds IX_MERGE_WIDTH batches they and
 * every smaller one are merged into one batch, a tier up. A posting is
 * copied about once a tier, so the work of an import stays about its own
 * size times the tiers, never the library's; no more than
 * IX_MERGE_WIDTH - 1 small batches wait in a tier. Batches of
 * IX_MERGE_BIG pages or more are never merged: a batch written at
 * IX_HOLD (an import of many pages, a rebuild) fills about 450, and a
 * merge of those would cost what they hold for a directory row less
 * per character.
 */
#define IX_MERGE_FANOUT 8
#define IX_MERGE_WIDTH 8
#define IX_MERGE_BIG 256
/* Room for the tiers below IX_MERGE_BIG (3 with the values above; a
 * tier past it is counted in the last). */
#define IX_MERGE_TIERS 16

/* (the tests lower them) */
int64_t ix_merge_width = IX_MERGE_WIDTH;
int64_t ix_merge_big = IX_MERGE_BIG;

struct ix_batch {
	int64_t batch, pages;
};

/* Every batch and its pages, newest first: a seek a batch (its pages
 * are numbered from 0, so its last row's id tells how many). */
static int
batch_list(sqlite3 *db, struct ix_batch **out, size_t *n, char **err)
{
	sqlite3_stmt *st = NULL;
	int64_t lim = INT64_MAX, id;
	size_t a = 0;
	int r, rc = -1;

	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(db, "SELECT max(id) FROM ix_pg WHERE id < ?1",
	    -1, &st, NULL) != SQLITE_OK)
		return fail(err, "index: %s", sqlite3_errmsg(db));
	for (;;) {
		if (sqlite3_bind_int64(st, 1, lim) != SQLITE_OK ||
		    (r = sqlite3_step(st)) != SQLITE_ROW) {
			fail(err, "index: %s", sqlite3_errmsg(db));
			goto out;
		}
		if (sqlite3_column_type(st, 0) == SQLITE_NULL)
			break;
		id = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
		if (*n == a) {
			a = a ? 2 * a : 64;
			*out = xreallocarray(*out, a, sizeof **out);
		}
		(*out)[*n].batch = id >> IX_PAGE_BITS;
		(*out)[(*n)++].pages = (id & (((int64_t)1 << IX_PAGE_BITS) -
		    1)) + 1;
		lim = id >> IX_PAGE_BITS << IX_PAGE_BITS;
	}
	rc = 0;
out:
	sqlite3_finalize(st);
	if (rc < 0) {
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

/* A batch's tier: its pages' order of IX_MERGE_FANOUT, the tiers past
 * IX_MERGE_TIERS counted in the last. */
static int
tier(int64_t pages)
{
	int t = 0;

	while (pages >= IX_MERGE_FANOUT && t < IX_MERGE_TIERS - 1) {
		pages /= IX_MERGE_FANOUT;
		t++;
	}
	return t;
}

/* One live posting of a merge's input: its key, batch and positions. */
struct post {
	int64_t key, batch;
	const unsigned char *pos;
	uint32_t len;
};

static int
cmp_post(const void *x, const void *y)
{
	const struct post *a = x, *b = y;

	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return a->batch > b->batch ? -1 : a->batch < b->batch;
}

/* What a merge holds while it walks the characters. */
struct merge {
	struct ix_query *q;        /* its statements, ix_gone */
	struct ix_writer *w;       /* the output's buffers */
	struct ix_put x;
	sqlite3_stmt *next, *del;
	const int64_t *in;         /* the inputs, ascending */
	size_t nin;
	struct post *p;
	size_t np, ap;
	int64_t *ids;              /* the character's input rows */
	size_t nids, aids;
	int64_t read;              /* chunk bytes read */
};

/* The chunks of character cp in the inputs (their directory rows noted,
 * to be deleted). */
static int
merge_load(struct merge *m, struct cursor *c, uint32_t cp, char **err)
{
	struct ix_query *q = m->q;
	int64_t base = (int64_t)cp << IX_BATCH_BITS, id;
	size_t a = 0;
	int r;

	if (sqlite3_bind_int64(q->dir, 1, base | m->in[0]) != SQLITE_OK ||
	    sqlite3_bind_int64(q->dir, 2, base | m->in[m->nin - 1]) !=
	    SQLITE_OK)
		return q_fail(q, err, "bind");
	m->nids = 0;
	while ((r = sqlite3_step(q->dir)) == SQLITE_ROW) {
		id = sqlite3_column_int64(q->dir, 0);
		if (find_pos(m->in, m->nin, id & IX_BATCH_MAX) < 0)
			continue;
		if (dir_chunks(q->dir, c, &a) < 0) {
			sqlite3_reset(q->dir);
			return damaged(err);
		}
		if (m->nids == m->aids) {
			m->aids = m->aids ? 2 * m->aids : 16;
			m->ids = xreallocarray(m->ids, m->aids,
			    sizeof *m->ids);
		}
		m->ids[m->nids++] = id;
	}
	sqlite3_reset(q->dir);
	return r == SQLITE_DONE ? 0 : q_fail(q, err, "directory");
}

/* The live postings of c's chunks (decoded), by key; of a key written
 * live in two inputs (none should be), the later batch's. */
static int
merge_posts(struct merge *m, struct cursor *c, char **err)
{
	size_t i, j, n;
	uint32_t d;

	m->np = 0;
	for (i = 0; i < c->n; i++) {
		struct chunk *k = &c->c[i];

		if (chunk_decode(m->q, k, err) < 0)
			return -1;
		m->read += (int64_t)k->len;
		for (d = 0; d < k->ndoc; d++) {
			if (m->q->ngone > 0 && gone_has(m->q, k->keys[d],
			    k->batch))
				continue;
			if (m->np == m->ap) {
				m->ap = m->ap ? 2 * m->ap : 256;
				m->p = xreallocarray(m->p, m->ap,
				    sizeof *m->p);
			}
			m->p[m->np].key = k->keys[d];
			m->p[m->np].batch = k->batch;
			m->p[m->np].pos = k->blob + k->poff[d];
			m->p[m->np++].len = k->plen[d];
		}
	}
	if (m->np > 1)
		qsort(m->p, m->np, sizeof *m->p, cmp_post);
	for (i = j = 0, n = m->np; i < n; i++)
		if (j == 0 || m->p[i].key != m->p[j - 1].key)
			m->p[j++] = m->p[i];
	m->np = j;
	return 0;
}

/* Character cp's postings in the inputs as one token of the output, and
 * its input rows deleted. */
static int
merge_char(struct merge *m, uint32_t cp, char **err)
{
	struct cursor c;
	struct ix_tok t;
	size_t i;
	int rc = -1;

	memset(&c, 0, sizeof c);
	memset(&t, 0, sizeof t);
	if (merge_load(m, &c, cp, err) < 0 || merge_posts(m, &c, err) < 0)
		goto out;
	if (m->np > 0) {
		t.cp = cp;
		t.first = m->p[0].key;
		for (i = 0; i < m->np; i++) {
			bb_varint(&t.docs, (uint64_t)(m->p[i].key - (i == 0 ?
			    t.first : m->p[i - 1].key)));
			bb_varint(&t.docs, m->p[i].len);
			bb_room(&t.pos, m->p[i].len);
			memcpy(t.pos.p + t.pos.n, m->p[i].pos, m->p[i].len);
			t.pos.n += m->p[i].len;
		}
		if (put_tok(m->w, &m->x, &t, err) < 0)
			goto out;
	}
	for (i = 0; i < m->nids; i++)
		if (sqlite3_bind_int64(m->del, 1, m->ids[i]) != SQLITE_OK ||
		    sqlite3_step(m->del) != SQLITE_DONE ||
		    sqlite3_reset(m->del) != SQLITE_OK) {
			sqlite3_reset(m->del);
			q_fail(m->q, err, "delete");
			goto out;
		}
	rc = 0;
out:
	for (i = 0; i < c.n; i++)
		chunk_free(&c.c[i]);
	free(c.c);
	free(t.docs.p);
	free(t.pos.p);
	return rc;
}

/* Walk the characters (a seek each to the next one in the directory)
 * and merge each one's postings in the inputs. */
static int
merge_walk(struct merge *m, char **err)
{
	uint32_t cp = 0;
	int64_t id;
	int r;

	for (;;) {
		if (sqlite3_bind_int64(m->next, 1, (int64_t)cp <<
		    IX_BATCH_BITS) != SQLITE_OK)
			return q_fail(m->q, err, "bind");
		r = sqlite3_step(m->next);
		id = r == SQLITE_ROW ? sqlite3_column_int64(m->next, 0) : 0;
		sqlite3_reset(m->next);
		if (r == SQLITE_DONE)
			return 0;
		if (r != SQLITE_ROW)
			return q_fail(m->q, err, "directory");
		cp = (uint32_t)(id >> IX_BATCH_BITS);
		if (merge_char(m, cp, err) < 0)
			return -1;
		cp++;
	}
}

/*
 * A merge whose every posting was dead writes an empty page under its
 * number all the same: batch numbers must never go back (last_batch
 * reads the highest page), or the next batch would take a number at or
 * below an ix_gone row's, and an heir written in it under that key would
 * read as dead. No directory row names the page.
 */
static int
keep_number(struct ix_put *x, char **err)
{
	if (sqlite3_bind_int64(x->pg, 1, x->batch << IX_PAGE_BITS) !=
	    SQLITE_OK || sqlite3_bind_zeroblob(x->pg, 2, 0) != SQLITE_OK ||
	    sqlite3_step(x->pg) != SQLITE_DONE) {
		sqlite3_reset(x->pg);
		return put_fail(x, err, "page");
	}
	return sqlite3_reset(x->pg) == SQLITE_OK ? 0 : put_fail(x, err,
	    "page");
}

/* The input pages deleted: each batch's are one range. */
static int
merge_drop_pages(struct merge *m, char **err)
{
	sqlite3_stmt *st = NULL;
	size_t i;
	int rc = 0;

	if (sqlite3_prepare_v2(m->q->db, "DELETE FROM ix_pg WHERE id >= ?1"
	    " AND id < ?2", -1, &st, NULL) != SQLITE_OK)
		return q_fail(m->q, err, "prepare");
	for (i = 0; i < m->nin && rc == 0; i++)
		if (sqlite3_bind_int64(st, 1, m->in[i] << IX_PAGE_BITS) !=
		    SQLITE_OK || sqlite3_bind_int64(st, 2, (m->in[i] + 1) <<
		    IX_PAGE_BITS) != SQLITE_OK || sqlite3_step(st) !=
		    SQLITE_DONE || sqlite3_reset(st) != SQLITE_OK)
			rc = q_fail(m->q, err, "delete");
	sqlite3_finalize(st);
	return rc;
}

/*
 * The batches in[0..nin) (ascending) merged into a new one, numbered
 * after every batch: a posting that lived stays above any batch its
 * key's ix_gone row names, and the dead ones are left out, so ix_gone
 * reads the same. *work adds the bytes of chunks read and written.
 */
static int
merge_batches(sqlite3 *db, const int64_t *in, size_t nin, int64_t *work,
    char **err)
{
	struct merge m;
	int rc = -1;

	memset(&m, 0, sizeof m);
	m.in = in;
	m.nin = nin;
	m.q = xcalloc(1, sizeof *m.q);
	m.q->db = db;
	m.w = ix_writer_new();
	m.x.db = db;
	if (sqlite3_prepare_v2(db, "SELECT id, meta FROM ix_dir WHERE id >= ?1"
	    " AND id <= ?2", -1, &m.q->dir, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT data FROM ix_pg WHERE id >= ?1 AND"
	    " id <= ?2", -1, &m.q->pg, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT id FROM ix_dir WHERE id >= ?1"
	    " ORDER BY id LIMIT 1", -1, &m.next, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "DELETE FROM ix_dir WHERE id = ?1", -1,
	    &m.del, NULL) != SQLITE_OK) {
		q_fail(m.q, err, "prepare");
		goto out;
	}
	if (gone_load(m.q, err) < 0 || put_begin(m.w, &m.x, err) < 0 ||
	    merge_walk(&m, err) < 0 || put_pages(m.w, &m.x, 1, err) < 0 ||
	    (m.w->pageno == 0 && keep_number(&m.x, err) < 0) ||
	    merge_drop_pages(&m, err) < 0)
		goto out;
	if (work != NULL)
		*work += m.read + (int64_t)m.w->streamed;
	rc = 0;
out:
	put_end(&m.x);
	sqlite3_finalize(m.next);
	sqlite3_finalize(m.del);
	ix_close(m.q);
	ix_drop(m.w);
	ix_writer_free(m.w);
	free(m.p);
	free(m.ids);
	return rc;
}

/* The small batches to merge now (ascending; *n 0: none): those of the
 * highest tier holding ix_merge_width of them, and every smaller one. */
static void
pick_inputs(const struct ix_batch *b, size_t nb, int64_t *in, size_t *n)
{
	size_t count[IX_MERGE_TIERS] = { 0 }, i;
	int t, top = -1;

	for (i = 0; i < nb; i++)
		if (b[i].pages < ix_merge_big)
			count[tier(b[i].pages)]++;
	for (t = 0; t < IX_MERGE_TIERS; t++)
		if ((int64_t)count[t] >= ix_merge_width)
			top = t;
	*n = 0;
	if (top < 0)
		return;
	/* (b is newest first) */
	for (i = nb; i-- > 0;)
		if (b[i].pages < ix_merge_big && tier(b[i].pages) <= top)
			in[(*n)++] = b[i].batch;
}

int
ix_tidy(sqlite3 *db, int64_t *work, char **err)
{
	struct ix_batch *b;
	int64_t *in;
	size_t nb, n;
	int merges = 0;

	for (;;) {
		if (batch_list(db, &b, &nb, err) < 0)
			return -1;
		in = xreallocarray(NULL, nb + 1, sizeof *in);
		pick_inputs(b, nb, in, &n);
		free(b);
		if (n < 2 || merge_batches(db, in, n, work, err) < 0) {
			free(in);
			return n < 2 ? merges : -1;
		}
		free(in);
		merges++;
	}
}

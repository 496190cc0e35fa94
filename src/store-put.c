/*
 * store-put.c: importing issues into the library (SPEC "Identity and
 * re-import", "Issues: numbers, dates and pages"): compressed texts,
 * order and index keys, articles and their index rows (held until the
 * batch ends), --reclean, and the C steps of migrations to schema 2 and
 * 3. store.c describes the keys and tables; store-int.h what the files
 * share.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>
#include <zlib.h>

#include "lreader/links.h"
#include "lreader/util.h"
#include "store-int.h"

/*
 * ZHEAD (store-int.h): the bytes before each compressed text, its length,
 * big-endian. ZDICT_MAX: an article's paragraphs are compressed with the
 * start of its page's text as zlib's preset dictionary: they are that
 * text cleaned, so most of them become references into it (make-archive
 * pages: paragraphs to 0.07 of the page text's size, against 0.58
 * alone). zlib looks back 32 KB at most, so that is all of the
 * dictionary worth giving. The streams are made by store-deflate.c
 * (zf_pack), which says why not by zlib's deflate; zlib inflates them.
 */

/* ---- compressed texts ---- */

void (*store_zf_damage)(unsigned char *z, size_t zn);

/*
 * The check of every stream store-deflate.c makes before it is stored
 * (zpack): nothing stored may be lost, and a hand-written encoder that
 * wrote a wrong stream would lose the reader's text silently. Each
 * stream is inflated by zlib (raw, with the page text as dictionary for
 * the paragraphs) into a buffer kept across a page's streams, compared
 * byte for byte with its text, and its header (length, CMF/FLG, the
 * dictionary's Adler-32) and trailer (the text's Adler-32) read as zlib
 * reads them; a stream that fails is made by zlib's deflate instead, as
 * before store-deflate.c: a bug there costs speed, never text. Raw
 * inflate with the Adler-32s checked here: zlib's own check of the
 * dictionary's id sums its 32 KB again for every article; the text's
 * Adler-32 is summed once (zpack), for the trailer zf_pack writes and
 * the one checked. Cost (callgrind, import of 200 make-archive pages):
 * store_pack 2.88 -> 3.69 M instructions a page (inflate 0.59,
 * inflateSetDictionary's copy of the page text into zlib's window for
 * each article 0.20, the comparison 0.005), against zlib's deflate's
 * 5.77.
 */
struct zcheck {
	z_stream zs;
	int ready;                  /* zs initialised */
	unsigned char *buf;         /* the inflated text, cap bytes */
	size_t cap;
	const struct zf_dict *d;    /* the dictionary did is the sum of */
	uint32_t did;
	/* The last text zpack summed, and its sum: a page's text is its
	 * articles' dictionary (when under ZDICT_MAX), summed once. */
	const char *lt;
	size_t ln;
	uint32_t la;
};

static void
zcheck_free(struct zcheck *c)
{
	if (c->ready)
		inflateEnd(&c->zs);
	free(c->buf);
	memset(c, 0, sizeof *c);
}

static uint32_t
get32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | p[3];
}

/* Whether z[0..zn) is t[0..n) in zpack's format, with d's text as its
 * dictionary when d is not NULL. */
/* (from: the first byte of d's text the stream copies from, as
 * zf_pack_dict says; the dictionary is given to zlib from there on: the
 * bytes before it, which no distance of the stream reaches, were copied
 * into zlib's window for every article, 0.18 M instructions a
 * make-archive page. The check stays whole: a distance reaching
 * further back, were zf_pack_dict wrong, fails the inflate, "too far
 * back", and the stream is made by zlib's deflate.) */
static int
zcheck_ok(struct zcheck *c, const unsigned char *z, size_t zn,
    const char *t, size_t n, uint32_t a, const struct zf_dict *d,
    size_t from)
{
	size_t head = ZHEAD + 2 + (d != NULL ? 4 : 0), dn = 0;
	const char *dict = NULL;
	int rc;

	if (zn < head + 4 || get32(z) != (uint32_t)n || z[ZHEAD] != 0x78 ||
	    (z[ZHEAD] << 8 | z[ZHEAD + 1]) % 31 != 0 ||
	    ((z[ZHEAD + 1] & 0x20) != 0) != (d != NULL) ||
	    get32(z + zn - 4) != a)
		return 0;
	if (d != NULL) {
		dict = zf_dict_text(d, &dn);
		if (c->d != d) {
			c->did = dict == c->lt && dn == c->ln ? c->la :
			    (uint32_t)adler32(1L, (const Bytef *)dict,
			    (uInt)dn);
			c->d = d;
		}
		if (get32(z + ZHEAD + 2) != c->did)
			return 0;
	}
	if (!c->ready) {
		memset(&c->zs, 0, sizeof c->zs);
		if (inflateInit2(&c->zs, -MAX_WBITS) != Z_OK)
			return 0;
		c->ready = 1;
	} else if (inflateReset(&c->zs) != Z_OK)
		return 0;
	/* One byte over: a stream that makes more than n is caught. */
	if (c->cap < n + 1) {
		free(c->buf);
		c->cap = n + 1 > 4096 ? n + 1 : 4096;
		c->buf = xmalloc(c->cap);
	}
	if (d != NULL && from < dn && inflateSetDictionary(&c->zs,
	    (const Bytef *)dict + from, (uInt)(dn - from)) != Z_OK)
		return 0;
	c->zs.next_in = (Bytef *)(uintptr_t)(z + head);
	c->zs.avail_in = (uInt)(zn - head - 4);
	c->zs.next_out = c->buf;
	c->zs.avail_out = (uInt)(n + 1);
	rc = inflate(&c->zs, Z_FINISH);
	return rc == Z_STREAM_END && c->zs.avail_in == 0 &&
	    c->zs.total_out == n && memcmp(c->buf, t, n) == 0;
}

/* t[0..n) by zlib's deflate, as before store-deflate.c: level 1 alone,
 * 3 with dict[0..dn) as preset dictionary. NULL with *err when zlib
 * fails (out of memory). */
static unsigned char *
zpack_zlib(const char *t, size_t n, const char *dict, size_t dn,
    size_t *zn, char **err)
{
	z_stream zs;
	unsigned char *z;
	uLong bound;
	int rc;

	memset(&zs, 0, sizeof zs);
	if (deflateInit(&zs, dict != NULL ? 3 : 1) != Z_OK) {
		fail(err, "library: cannot compress a text");
		return NULL;
	}
	if (dict != NULL && deflateSetDictionary(&zs, (const Bytef *)dict,
	    (uInt)dn) != Z_OK) {
		deflateEnd(&zs);
		fail(err, "library: cannot compress a text");
		return NULL;
	}
	bound = deflateBound(&zs, (uLong)n);
	z = xmalloc(ZHEAD + bound);
	z[0] = (unsigned char)(n >> 24);
	z[1] = (unsigned char)(n >> 16);
	z[2] = (unsigned char)(n >> 8);
	z[3] = (unsigned char)n;
	zs.next_in = (Bytef *)(uintptr_t)t;
	zs.avail_in = (uInt)n;
	zs.next_out = z + ZHEAD;
	zs.avail_out = (uInt)bound;
	rc = deflate(&zs, Z_FINISH);
	*zn = ZHEAD + zs.total_out;
	deflateEnd(&zs);
	if (rc != Z_STREAM_END) {
		free(z);
		fail(err, "library: cannot compress a text");
		return NULL;
	}
	return xrealloc(z, *zn);
}

/*
 * t[0..n) compressed: ZHEAD bytes of length, then a zlib stream, with
 * d's text as its preset dictionary when d is not NULL; else, when dict
 * is not NULL, *dict: t indexed as its articles' dictionary (zf_pack).
 * Checked on c (zcheck_ok), by zlib's deflate when the check fails. *zn
 * is its size; the caller frees it. NULL for a text too long for the
 * length, or when zlib fails, with *err set.
 */
static unsigned char *
zpack(const char *t, size_t n, const struct zf_dict *d,
    struct zf_dict **dict, struct zcheck *c, size_t *zn, char **err)
{
	unsigned char *z;
	const char *dt = NULL;
	size_t dn = 0, from = 0;
	uint32_t a;

	if (n > 0xFFFFFFFFu) {
		fail(err, "library: a text too large to store");
		return NULL;
	}
	/* Summed here, once: the stream's trailer is checked against it. */
	a = (uint32_t)adler32(1L, (const Bytef *)t, (uInt)n);
	if (d == NULL) {
		c->lt = t;
		c->ln = n;
		c->la = a;
	}
	z = d != NULL ? zf_pack_dict(d, t, n, a, zn, &from) :
	    zf_pack(t, n, a, zn, dict);
	if (store_zf_damage != NULL)
		store_zf_damage(z, *zn);
	if (zcheck_ok(c, z, *zn, t, n, a, d, from))
		return z;
	free(z);
	if (d != NULL)
		dt = zf_dict_text(d, &dn);
	return zpack_zlib(t, n, dt, dn, zn, err);
}

/* An article's paragraphs as its body row keeps them, before
 * compression: "kind\0text\0" each. */
static void
body_pack(struct buf *b, const struct article *a)
{
	size_t i;

	for (i = 0; i < a->npara; i++) {
		buf_adds(b, para_kind_name(a->paras[i].kind));
		buf_add(b, "", 1);
		buf_adds(b, a->paras[i].text);
		buf_add(b, "", 1);
	}
}

struct store_packed {
	unsigned char *text;   /* texts.z */
	size_t ntext;
	/* text_hash of the text: a byte at a time, 1.3 % of the writing
	 * thread (4,000 make-archive pages). */
	char hash[17];
	unsigned char **body;  /* bodies.z, an article each, in page order */
	size_t *nbody;
	unsigned char **head;  /* bodies.head (head_make), the same way */
	size_t *nhead;
	size_t n;              /* articles */
	/* Each article's terms for the related-article links (links_terms,
	 * as terms_pack packs them: NULL for none): no library needed
	 * either, and a tenth of the writer's time. */
	unsigned char **terms;
	size_t *lterms, *nterms;
	/* Each article's index title and text as the tokenizer takes them
	 * (tok_stream: folding is a fifth of the writer's time), and the
	 * bytes of that text, which flush_pending counts. */
	char **stitle, **sbody;
	size_t *lstitle, *lsbody, *nindex;
	/* Each article's continuation marks (links_find, NULL for none):
	 * with them, the store reads no paragraph of a packed page, and
	 * the importer frees them while the page waits. */
	struct link_mark **marks;
	size_t *nmarks;
};

static char *index_text(const struct article *a);
static char *index_title(const char *t);
static void text_hash(const char *t, size_t n, char out[17]);

void
store_packed_free(struct store_packed *k)
{
	size_t i;

	if (k == NULL)
		return;
	free(k->text);
	for (i = 0; i < k->n; i++) {
		free(k->body[i]);
		free(k->head[i]);
		free(k->terms[i]);
		free(k->stitle[i]);
		free(k->sbody[i]);
		free(k->marks[i]);
	}
	free(k->marks);
	free(k->nmarks);
	free(k->stitle);
	free(k->sbody);
	free(k->lstitle);
	free(k->lsbody);
	free(k->nindex);
	free(k->body);
	free(k->nbody);
	free(k->head);
	free(k->nhead);
	free(k->terms);
	free(k->lterms);
	free(k->nterms);
	free(k);
}

/* Article a's index title and text as tok_stream makes them, into
 * k's article i. */
static void
index_stream(const struct article *a, struct store_packed *k, size_t i)
{
	char *t = index_title(a->title), *b = index_text(a);

	k->stitle[i] = tok_stream(t, &k->lstitle[i]);
	k->sbody[i] = tok_stream(b, &k->lsbody[i]);
	k->nindex[i] = strlen(a->title) + strlen(b);
	free(t);
	free(b);
}

int
store_pack(const char *text, const struct page *p, struct store_packed **out,
    char **err)
{
	struct store_packed *k = xcalloc(1, sizeof *k);
	size_t n = p != NULL ? p->n : 0, i;
	struct link_term *t;
	struct zf_dict *zd = NULL;
	struct zcheck c = { 0 };
	struct buf b;
	size_t tn;
	int rc = 0;

	*out = NULL;
	k->body = xcalloc(n + 1, sizeof *k->body);
	k->nbody = xcalloc(n + 1, sizeof *k->nbody);
	k->head = xcalloc(n + 1, sizeof *k->head);
	k->nhead = xcalloc(n + 1, sizeof *k->nhead);
	k->terms = xcalloc(n + 1, sizeof *k->terms);
	k->lterms = xcalloc(n + 1, sizeof *k->lterms);
	k->nterms = xcalloc(n + 1, sizeof *k->nterms);
	k->stitle = xcalloc(n + 1, sizeof *k->stitle);
	k->sbody = xcalloc(n + 1, sizeof *k->sbody);
	k->lstitle = xcalloc(n + 1, sizeof *k->lstitle);
	k->lsbody = xcalloc(n + 1, sizeof *k->lsbody);
	k->nindex = xcalloc(n + 1, sizeof *k->nindex);
	k->marks = xcalloc(n + 1, sizeof *k->marks);
	k->nmarks = xcalloc(n + 1, sizeof *k->nmarks);
	if ((tn = strlen(text)) > 0xFFFFFFFFu) {
		store_packed_free(k);
		return fail(err, "library: a text too large to store");
	}
	/* The text's compression indexes it as its articles' dictionary. */
	if ((k->text = zpack(text, tn, NULL, n > 0 ? &zd : NULL, &c,
	    &k->ntext, err)) == NULL)
		rc = -1;
	text_hash(text, tn, k->hash);
	buf_init(&b);
	for (i = 0; i < n && rc == 0; i++) {
		buf_reset(&b);
		body_pack(&b, p->articles[i]);
		if ((k->body[i] = zpack(b.data ? b.data : "", b.len, zd, NULL,
		    &c, &k->nbody[i], err)) == NULL)
			rc = -1;
		k->head[i] = head_make(b.data ? b.data : "", b.len,
		    &k->nhead[i]);
		/* The terms from the folded stream (links_stream_terms):
		 * folding was half of links_terms' time. */
		index_stream(p->articles[i], k, i);
		k->nterms[i] = links_stream_terms(k->stitle[i], k->lstitle[i],
		    k->sbody[i], k->lsbody[i], &t);
		if (t != NULL)
			k->terms[i] = terms_pack(t, k->nterms[i],
			    &k->lterms[i]);
		free(t);
		k->nmarks[i] = links_find(p->articles[i], &k->marks[i]);
		k->n = i + 1;
	}
	buf_free(&b);
	zf_dict_free(zd);
	zcheck_free(&c);
	if (rc != 0) {
		store_packed_free(k);
		return -1;
	}
	*out = k;
	return 0;
}

/*
 * The zlib header after the length (RFC 1950): deflate (CM 8), its
 * check, and FDICT with the dictionary's id after it. The offset of the
 * deflate data, or 0 for a damaged header; *fdict whether a dictionary
 * is asked for.
 */
static size_t
raw_start(const unsigned char *z, size_t zn, int *fdict)
{
	size_t head = ZHEAD + 2;

	if (zn < head || (z[ZHEAD] & 0x0F) != 8 ||
	    (z[ZHEAD] << 8 | z[ZHEAD + 1]) % 31 != 0)
		return 0;
	*fdict = (z[ZHEAD + 1] & 0x20) != 0;
	if (*fdict && zn < (head += 4))
		return 0;
	return head;
}

/*
 * The text zpack made of z[0..zn) (with the same dictionary), at most
 * max bytes of it (0: all), NUL-terminated (the caller frees it), its
 * length in *n when n is not NULL; NULL with *err for a damaged one.
 *
 * raw: the deflate data inflated past the zlib header, without zlib's
 * checksums (Adler-32 over the text, and over the dictionary once more
 * when it is set, was a third of zlib's work for a search's snippets,
 * which only show the text). A damaged stream still fails: a bad header
 * or code, a reference before the dictionary, an early end or a length
 * other than the stored one.
 */
char *
store_zunpack(const void *zv, size_t zn, const char *dict, size_t dn,
    size_t max, int raw, size_t *n, char **err)
{
	const unsigned char *z = zv;
	z_stream zs;
	size_t want, head = ZHEAD;
	char *t;
	int rc, fdict = 0;

	if (z == NULL || zn < ZHEAD ||
	    (raw && ((head = raw_start(z, zn, &fdict)) == 0 ||
	    (fdict && dict == NULL)))) {
		fail(err, "library: a stored text is damaged");
		return NULL;
	}
	want = (size_t)z[0] << 24 | (size_t)z[1] << 16 | (size_t)z[2] << 8 |
	    z[3];
	if (max > 0 && want > max)
		want = max;
	t = xmalloc(want + 1);
	memset(&zs, 0, sizeof zs);
	zs.next_in = (Bytef *)(uintptr_t)(z + head);
	zs.avail_in = (uInt)(zn - head);
	zs.next_out = (Bytef *)t;
	zs.avail_out = (uInt)want;
	if ((raw ? inflateInit2(&zs, -MAX_WBITS) : inflateInit(&zs)) != Z_OK) {
		free(t);
		fail(err, "library: cannot uncompress a text");
		return NULL;
	}
	if (raw)
		rc = !fdict || inflateSetDictionary(&zs, (const Bytef *)dict,
		    (uInt)(dn < ZDICT_MAX ? dn : ZDICT_MAX)) == Z_OK ?
		    inflate(&zs, Z_FINISH) : Z_DATA_ERROR;
	else {
		rc = inflate(&zs, Z_FINISH);
		if (rc == Z_NEED_DICT && dict != NULL)
			rc = inflateSetDictionary(&zs, (const Bytef *)dict,
			    (uInt)(dn < ZDICT_MAX ? dn : ZDICT_MAX)) == Z_OK ?
			    inflate(&zs, Z_FINISH) : Z_DATA_ERROR;
	}
	inflateEnd(&zs);
	/* Cut at max: the output filled before the stream's end. */
	if ((rc != Z_STREAM_END && !(max > 0 && zs.avail_out == 0 &&
	    (rc == Z_OK || rc == Z_BUF_ERROR))) || zs.total_out != want) {
		free(t);
		fail(err, "library: a stored text is damaged");
		return NULL;
	}
	t[want] = '\0';
	if (n != NULL)
		*n = want;
	return t;
}

/* Column i (a zpack blob without dictionary) unpacked, at most max
 * bytes (0: all); NULL with *err. */
static char *
col_unpack(sqlite3_stmt *st, int i, size_t max, size_t *n, char **err)
{
	return store_zunpack(sqlite3_column_blob(st, i),
	    (size_t)sqlite3_column_bytes(st, i), NULL, 0, max, 0, n, err);
}

int
body_next(struct body_walk *w, const char **kind, const char **text)
{
	if (w->p >= w->end)
		return 0;
	*kind = w->p;
	w->p += strlen(w->p) + 1;
	if (w->p >= w->end)
		return 0;   /* a kind without its text: damaged, the end */
	*text = w->p;
	w->p += strlen(w->p) + 1;
	return 1;
}

static int flush_rows(struct store *s, int hold, char **err);

/* Start one issue's writes (inside a batch): a savepoint. *mark is where
 * its queued index rows will start. */
static int
put_begin(struct store *s, size_t *mark, char **err)
{
	*mark = s->npend;
	return run(s, Q_SAVEPOINT, err);
}

/*
 * Finish them: keep on ok, else undo just this issue, its queued index
 * rows (from mark on) included. Kept rows are written once PENDING_MAX
 * bytes wait (or at commit); if that fails, the whole batch is rolled
 * back (its index would lack rows), which store_batch_alive tells.
 */
static int
put_end(struct store *s, int ok, size_t mark, char **err)
{
	if (ok && run(s, Q_RELEASE, err) == 0) {
		if (s->pend_bytes < PENDING_MAX || flush_rows(s, 1, err) == 0)
			return 0;
		store_rollback(s);
		return -1;
	}
	sqlite3_exec(s->db, "ROLLBACK TO put; RELEASE put", NULL, NULL, NULL);
	pend_drop(s, mark);
	return -1;
}

/* ---- putting an issue ---- */

/* FNV-1a 64 of the text (its n bytes), as 16 hex digits: an index for
 * finding equal texts (the text itself is compared too). Its length
 * known, four bytes a turn of the loop: a test for the NUL and a turn a
 * byte took five instructions a byte, 0.12 M a make-archive page. */
static void
text_hash(const char *t, size_t n, char out[17])
{
	const unsigned char *u = (const unsigned char *)t;
	uint64_t h = 14695981039346656037ULL;
	const uint64_t prime = 1099511628211ULL;
	size_t i = 0;

	for (; i + 4 <= n; i += 4) {
		h = (h ^ u[i]) * prime;
		h = (h ^ u[i + 1]) * prime;
		h = (h ^ u[i + 2]) * prime;
		h = (h ^ u[i + 3]) * prime;
	}
	for (; i < n; i++)
		h = (h ^ u[i]) * prime;
	snprintf(out, 17, "%016" PRIx64, h);
}

/* Parse "YYYY-MM-DD" into the date part of a key; -1 if malformed. */
int64_t
date_code(const char *d)
{
	int i, y, m, day;

	for (i = 0; i < 10; i++)
		if ((i == 4 || i == 7) ? d[i] != '-' :
		    (d[i] < '0' || d[i] > '9'))
			return -1;
	if (d[10] != '\0')
		return -1;
	y = atoi(d);
	m = atoi(d + 5);
	day = atoi(d + 8);
	if (m < 1 || m > 12 || day < 1 || day > 31)
		return -1;
	return (int64_t)y * 372 + (m - 1) * 31 + (day - 1);
}

/* The key of a new dated issue: its date and page, then a tie count one
 * above any issue already there (SPEC: same date and page in import
 * order). */
static int
dated_key(struct store *s, int64_t code, int page, int64_t *key, char **err)
{
	int64_t lo, hi, last;
	sqlite3_stmt *st;
	int rc = -1;

	lo = code << DATE_SHIFT |
	    (int64_t)(page > PAGE_KEY_MAX ? PAGE_KEY_MAX : page) << PAGE_SHIFT;
	hi = lo | (int64_t)TIE_MAX << TIE_SHIFT;
	if ((st = prep(s, Q_LAST_TIE, err)) == NULL ||
	    bindf(s, st, err, "II", lo, hi) < 0 || step(s, st, err) < 0)
		goto out;
	if (sqlite3_column_type(st, 0) == SQLITE_NULL)
		*key = lo;
	else if ((last = sqlite3_column_int64(st, 0)) < hi)
		*key = last + ((int64_t)1 << TIE_SHIFT);
	else {
		fail(err, "library: too many issues for one date and page");
		goto out;
	}
	rc = 0;
out:
	done(st);
	return rc;
}

/* The next import sequence; AUTOINCREMENT hands the same to the id. */
static int
next_imported(struct store *s, int64_t *seq, char **err)
{
	sqlite3_stmt *st = prep(s, Q_NEXT_IMPORTED, err);
	int rc = -1;

	if (st == NULL || step(s, st, err) <= 0)
		goto out;
	*seq = sqlite3_column_int64(st, 0);
	if (*seq > IMPORTED_MAX) {
		fail(err, "library: too many imports");
		goto out;
	}
	rc = 0;
out:
	done(st);
	return rc;
}

/* Append a field to an index body, '\n' before all but the first; a
 * newline inside the field would split it, so it becomes a space (the
 * fold drops both). */
static void
body_add(struct buf *b, const char *t, int first)
{
	size_t n;

	if (!first)
		buf_addc(b, '\n');
	/* The runs between newlines at once (a byte at a time was 1 % of
	 * an import), each newline a space. */
	for (;;) {
		n = strcspn(t, "\n");
		buf_add(b, t, n);
		if (t[n] == '\0')
			break;
		buf_addc(b, ' ');
		t += n + 1;
	}
}

/* What an article's index row holds besides its title: kicker,
 * subtitle, byline and paragraphs, a field a line. The caller frees
 * it. */
static char *
index_text(const struct article *a)
{
	struct buf b;
	size_t i;

	buf_init(&b);
	body_add(&b, a->kicker, 1);
	body_add(&b, a->subtitle, 0);
	body_add(&b, a->byline, 0);
	for (i = 0; i < a->npara; i++)
		body_add(&b, a->paras[i].text, 0);
	return buf_take(&b);
}

/* An index title: the same newline rule. The caller frees it. */
static char *
index_title(const char *t)
{
	struct buf b;

	buf_init(&b);
	body_add(&b, t, 1);
	return buf_take(&b);
}

/* Add or delete (q = Q_FTS_INSERT / Q_FTS_DELETE) one index row. */
static int
fts_write(struct store *s, enum stmt_id q, int64_t key, const char *title,
    const char *body, char **err)
{
	sqlite3_stmt *st = prep(s, q, err);
	char *t = index_title(title);
	int rc = -1;

	if (st != NULL && bindf(s, st, err, "Itt", key, t, body) == 0 &&
	    step(s, st, err) == 0)
		rc = 0;
	done(st);
	free(t);
	return rc;
}

/* Add a waiting row made by tok_stream to the index. */
static int
fts_write_stream(struct store *s, const struct pend_row *r, char **err)
{
	sqlite3_stmt *st = prep(s, Q_FTS_INSERT, err);
	int rc = -1;

	if (st == NULL)
		return -1;
	if (sqlite3_bind_int64(st, 1, r->key) != SQLITE_OK ||
	    sqlite3_bind_text(st, 2, r->title, (int)r->ltitle,
	    SQLITE_STATIC) != SQLITE_OK ||
	    sqlite3_bind_text(st, 3, r->body, (int)r->lbody,
	    SQLITE_STATIC) != SQLITE_OK)
		db_fail(s, err, "bind");
	else {
		s->pretok = 1;
		rc = step(s, st, err);
		s->pretok = 0;
	}
	done(st);
	return rc;
}

/*
 * Add a waiting row to our own index (s->own): its streams as tok_stream
 * made them (made here for a row that came as text), its pairs noted as
 * the FTS5 tokenizer noted them (pairs_doc_what: the title, then the
 * rest). A full batch is written by flush_rows, after the rows.
 */
static int
ix_write_row(struct store *s, const struct pend_row *r, char **err)
{
	struct pair_walk pt = { s, 0, 0 }, pb = { s, 0, 0 };
	char *t = NULL, *ts = NULL, *bs = NULL;
	size_t lt, lb;
	int rc;

	if (s->ix == NULL) {
		s->ix = ix_writer_new();
		ix_hold_dir(s->ix);
	}
	pt.what = pairs_doc_what(s);
	pb.what = pairs_doc_what(s);
	if (r->stream)
		rc = ix_add(s->db, s->ix, r->key, r->title, r->ltitle, r->body,
		    r->lbody, pt.what ? &pt : NULL, pb.what ? &pb : NULL, err);
	else {
		t = index_title(r->title);
		ts = tok_stream(t, &lt);
		bs = tok_stream(r->body, &lb);
		rc = ix_add(s->db, s->ix, r->key, ts, lt, bs, lb, pt.what ?
		    &pt : NULL, pb.what ? &pb : NULL, err);
	}
	free(t);
	free(ts);
	free(bs);
	return rc;
}

/* The index text of a waiting row (none for a row that only signs). */
static size_t
pend_text(const struct pend_row *r)
{
	return r->ntext;
}

/*
 * Index rows wait in memory until the end of the batch, or until
 * PENDING_MAX bytes of their text are held, and are then written in one
 * run in rowid order (flush_pending). Written one issue at a time, FTS5
 * made a new index segment for every issue and spent a quarter of the
 * import merging them: in SQLite 3.40 every xSavepoint and xRelease of
 * an FTS5 table flushes its in-memory terms to a new segment
 * (fts5SavepointMethod, fts5ReleaseMethod: sqlite3Fts5FlushToDisk), and
 * SQLite calls xSavepoint not only for each issue's SAVEPOINT but for
 * every statement that opens a statement journal inside a transaction
 * the table has joined (an INSERT OR REPLACE into a table with a
 * foreign key is one: 3,758 for the signatures of 400 make-archive
 * pages, counted with callgrind, none once they were upserts), so
 * dropping the savepoint only moved the flush to the next issue's
 * first such statement. Writing the rows outside the issues'
 * savepoints, with nothing else in between, leaves FTS5 to flush when
 * its hash is full ('hashsize', FTS_HASHSIZE) and at the next
 * savepoint: the next issue's, or the commit's (fts_flush).
 * A failed issue takes its rows back out of the list (put_end), so the
 * per-file rollback still leaves nothing of it.
 */
void
pend_drop(struct store *s, size_t keep)
{
	while (s->npend > keep) {
		s->npend--;
		s->pend_bytes -= pend_text(&s->pend[s->npend]);
		free(s->pend[s->npend].title);
		free(s->pend[s->npend].body);
		free(s->pend[s->npend].terms);
	}
	if (keep == 0) {
		free(s->pend);
		s->pend = NULL;
		s->apend = 0;
		s->pend_bytes = 0;
		free(s->moved);
		s->moved = NULL;
		s->nmoved = s->amoved = 0;
	}
}

/* Queue one index row; title, body and nterms terms packed by
 * terms_pack into lterms bytes (NULL: none to count) become the
 * store's. A row with no title (and no body) writes no index row: it
 * only signs its article. */
static void
pend_packed(struct store *s, int64_t issue, int64_t key, char *title,
    char *body, int64_t article, unsigned char *terms, size_t lterms,
    size_t nterms)
{
	struct pend_row *r;

	if (s->npend == s->apend) {
		s->apend = s->apend ? 2 * s->apend : 64;
		s->pend = xreallocarray(s->pend, s->apend, sizeof *s->pend);
	}
	r = &s->pend[s->npend++];
	r->issue = issue;
	r->key = key;
	r->title = title;
	r->body = body;
	r->article = article;
	r->terms = terms;
	r->lterms = terms != NULL ? lterms : 0;
	r->nterms = terms != NULL ? nterms : 0;
	r->stream = 0;
	r->ltitle = r->lbody = 0;
	r->ntext = title != NULL ? strlen(title) + strlen(body) : 0;
	s->pend_bytes += pend_text(r);
}

/* A copy of p[0..n). */
static char *
bytes_dup(const char *p, size_t n)
{
	char *c = xmalloc(n);

	memcpy(c, p, n);
	return c;
}

/* pend_packed for a row whose title and body tok_stream made (ltitle,
 * lbody bytes) of ntext bytes of index text. */
static void
pend_stream(struct store *s, int64_t issue, int64_t key, char *title,
    size_t ltitle, char *body, size_t lbody, size_t ntext, int64_t article,
    unsigned char *terms, size_t lterms, size_t nterms)
{
	struct pend_row *r;

	pend_packed(s, issue, key, NULL, NULL, article, terms, lterms, nterms);
	r = &s->pend[s->npend - 1];
	r->title = title;
	r->body = body;
	r->stream = 1;
	r->ltitle = ltitle;
	r->lbody = lbody;
	r->ntext = ntext;
	s->pend_bytes += ntext;
}

/* pend_packed with the terms (NULL: none to count) as links_terms gives
 * them; they become the store's. */
static void
pend_add(struct store *s, int64_t issue, int64_t key, char *title,
    char *body, int64_t article, struct link_term *terms, size_t nterms)
{
	size_t lterms = 0;
	unsigned char *packed = terms != NULL ? terms_pack(terms, nterms,
	    &lterms) : NULL;

	free(terms);
	pend_packed(s, issue, key, title, body, article, packed, lterms,
	    nterms);
}

static int
pend_cmp(const void *a, const void *b)
{
	const struct pend_row *x = a, *y = b;

	return x->key < y->key ? -1 : x->key > y->key;
}

/* Whether issue has rows still waiting. */
static int
pend_has(const struct store *s, int64_t issue)
{
	size_t i;

	for (i = 0; i < s->npend; i++)
		if (s->pend[i].issue == issue)
			return 1;
	for (i = 0; i < s->nmoved; i++)
		if (s->moved[i] == issue)
			return 1;
	return 0;
}

/* IX_HOLD for the importer's writer (the tests lower it, to write
 * batches of a few pages). */
size_t store_ix_hold = IX_HOLD;

/*
 * Write the waiting index rows, in ascending rowid order (FTS5 also
 * flushes whenever a rowid is not above the one before). Never inside
 * an issue's savepoint. On failure the rows are dropped: the caller's
 * transaction is then rolled back whole.
 */
static int
write_rows(struct store *s, char **err)
{
	size_t i;
	int rc = 0;

	/* (qsort must not be given the NULL of no rows at all) */
	if (s->npend > 1)
		qsort(s->pend, s->npend, sizeof *s->pend, pend_cmp);
	for (i = 0; i < s->npend && rc == 0; i++) {
		if (s->pend[i].title == NULL)
			continue;
		/* The tokenizer notes the row's pairs under its article (a
		 * row of article 0, moved or written by a migration before
		 * the pair index, is not noted: a moved one is already). */
		pairs_row_begin(s, s->pend[i].article);
		if (s->own)
			rc = ix_write_row(s, &s->pend[i], err);
		else if (s->pend[i].stream)
			rc = fts_write_stream(s, &s->pend[i], err);
		else
			rc = fts_write(s, Q_FTS_INSERT, s->pend[i].key,
			    s->pend[i].title, s->pend[i].body, err);
		if (rc == 0)
			rc = pairs_row_end(s, err);
		/* Written: its text is FTS5's now (sign_pending needs only
		 * the terms). Freed as the rows go, the waiting text and
		 * FTS5's hash of it are not both held whole. */
		free(s->pend[i].title);
		free(s->pend[i].body);
		s->pend[i].title = s->pend[i].body = NULL;
	}
	/* A full batch of our own index is written between rows, never
	 * inside an issue's savepoint (flush_rows is not called there). */
	if (rc == 0 && s->ix != NULL && ix_held(s->ix) >= store_ix_hold)
		rc = ix_write(s->db, s->ix, err);
	return rc;
}

static int
flush_rows(struct store *s, int hold, char **err)
{
	int rc = write_rows(s, err);

	if (rc == 0)
		rc = sign_pending(s, hold, err);
	pend_drop(s, 0);
	return rc;
}

/*
 * Write the rows move_keys queued (rows of no article: nothing to sign),
 * PENDING_MAX of their text at a time: a window of many issues queued
 * whole (2015 after 2017 in archive-4000) held 5.6 MB of postings in one
 * batch of the index, and their text. Their bytes still count toward
 * PENDING_MAX (pend_bytes) and their issues as waiting (pend_has), as
 * if they were: the rows signed together, so every signature, stay
 * those of the import that queued them.
 */
static int
write_moved(struct store *s, char **err)
{
	size_t i, keep = s->pend_bytes;
	int rc;

	for (i = 0; i < s->npend; i++) {
		if (s->nmoved == s->amoved) {
			s->amoved = s->amoved ? 2 * s->amoved : 64;
			s->moved = xreallocarray(s->moved, s->amoved,
			    sizeof *s->moved);
		}
		s->moved[s->nmoved++] = s->pend[i].issue;
	}
	rc = write_rows(s, err);
	pend_drop(s, 0);
	s->pend_bytes = keep;
	return rc;
}

/* Write the waiting index rows and every posting held (sign_pending). */
int
flush_pending(struct store *s, char **err)
{
	return flush_rows(s, 0, err);
}

/*
 * Have FTS5 write the index terms it holds in memory to a segment now,
 * not at COMMIT, so that the commit's merges (finish_merges,
 * tidy_first_level) see that segment: an empty savepoint does it
 * (xSavepoint flushes, see above). Outside any issue's savepoint.
 */
int
fts_flush(struct store *s, char **err)
{
	return run(s, Q_SAVEPOINT, err) < 0 || run(s, Q_RELEASE, err) < 0 ?
	    -1 : 0;
}

/* What a replaced issue's article leaves to its successor. */
struct old_article {
	int64_t id, skey;
	int seq, read, bookmarked, para;
	int64_t off;
	char *title, *kicker, *subtitle, *byline;
	int taken;
};

static void
old_free(struct old_article *o, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(o[i].title);
		free(o[i].kicker);
		free(o[i].subtitle);
		free(o[i].byline);
	}
	free(o);
}

static int
load_old(struct store *s, int64_t issue, struct old_article **out,
    size_t *n, char **err)
{
	sqlite3_stmt *st = prep(s, Q_OLD_ARTICLES, err);
	struct old_article *o = NULL, *a;
	int r = -1;

	*n = 0;
	if (st == NULL || bind_int64(s, st, 1, issue, err) < 0)
		goto out;
	while ((r = step(s, st, err)) == 1) {
		o = xreallocarray(o, *n + 1, sizeof *o);
		a = &o[(*n)++];
		a->id = sqlite3_column_int64(st, 0);
		a->seq = sqlite3_column_int(st, 1);
		a->title = col_str(st, 2);
		a->kicker = col_str(st, 3);
		a->subtitle = col_str(st, 4);
		a->read = sqlite3_column_int(st, 5);
		a->bookmarked = sqlite3_column_int(st, 6);
		a->para = sqlite3_column_int(st, 7);
		a->off = sqlite3_column_int64(st, 8);
		a->skey = sqlite3_column_int64(st, 9);
		a->byline = col_str(st, 10);
		a->taken = 0;
	}
out:
	done(st);
	*out = o;
	return r < 0 ? -1 : 0;
}

/*
 * Article id's stored body unpacked (see body_next; the caller frees
 * *out): "" when it has none.
 */
int
load_body(struct store *s, int64_t id, char **out, size_t *n, char **err)
{
	sqlite3_stmt *st = prep(s, Q_BODY, err);
	char *dict = NULL;
	size_t dn;
	int r = -1;

	*out = NULL;
	*n = 0;
	if (st == NULL || bind_int64(s, st, 1, id, err) < 0 ||
	    (r = step(s, st, err)) < 0)
		goto out;
	if (r == 0) {
		*out = xstrdup("");
		r = 0;
	} else if ((dict = col_unpack(st, 1, ZDICT_MAX, &dn, err)) == NULL)
		r = -1;
	else
		r = (*out = store_zunpack(sqlite3_column_blob(st, 0),
		    (size_t)sqlite3_column_bytes(st, 0), dict, dn, 0, 0, n,
		    err)) != NULL ? 0 : -1;
out:
	done(st);
	free(dict);
	return r;
}

/* The index body (what put_article indexes besides the title) of stored
 * article id with these kicker, subtitle and byline; the caller frees
 * *out. */
static int
index_body(struct store *s, int64_t id, const char *kicker,
    const char *subtitle, const char *byline, char **out, char **err)
{
	struct body_walk w;
	const char *kind, *text;
	struct buf b;
	char *body;
	size_t n;

	*out = NULL;
	if (load_body(s, id, &body, &n, err) < 0)
		return -1;
	buf_init(&b);
	body_add(&b, kicker, 1);
	body_add(&b, subtitle, 0);
	body_add(&b, byline, 0);
	w.p = body;
	w.end = body + n;
	while (body_next(&w, &kind, &text))
		body_add(&b, text, 0);
	free(body);
	*out = buf_take(&b);
	return 0;
}

/* Remove one stored article's index row: rebuild the exact fields it was
 * indexed with from the tables. */
static int
fts_forget(struct store *s, int64_t id, int64_t key, const char *title,
    const char *kicker, const char *subtitle, const char *byline,
    char **err)
{
	char *body;
	int r;

	/* Our own index needs no text: the key's postings so far die. */
	if (s->own)
		return ix_gone(s->db, s->ix, key, err);
	if (index_body(s, id, kicker, subtitle, byline, &body, err) < 0)
		return -1;
	r = fts_write(s, Q_FTS_DELETE, key, title, body, err);
	free(body);
	return r;
}

/* Take a stored article about to be deleted out of the frequencies and
 * postings (unsign), from its stored fields. */
static int
forget_terms(struct store *s, const struct old_article *o, char **err)
{
	struct article *a = article_new();
	int r;

	article_set(&a->title, xstrdup(o->title));
	article_set(&a->kicker, xstrdup(o->kicker));
	article_set(&a->subtitle, xstrdup(o->subtitle));
	r = load_paras(s, o->id, a, err) < 0 ? -1 : unsign(s, o->id, a, err);
	article_free(a);
	return r;
}

/*
 * Which old article each new one inherits from (SPEC "Identity and
 * re-import"): the same title first, then the same place on the page.
 * heir[i] is an index into old or -1.
 */
static void
match_old(const struct page *p, struct old_article *old, size_t nold,
    long *heir)
{
	size_t i, j;

	for (i = 0; i < p->n; i++) {
		heir[i] = -1;
		for (j = 0; j < nold && p->articles[i]->title[0] != '\0'; j++)
			if (!old[j].taken && strcmp(old[j].title,
			    p->articles[i]->title) == 0) {
				old[j].taken = 1;
				heir[i] = (long)j;
				break;
			}
	}
	for (i = 0; i < p->n; i++) {
		if (heir[i] >= 0)
			continue;
		for (j = 0; j < nold; j++)
			if (!old[j].taken && old[j].seq == (int)i + 1) {
				old[j].taken = 1;
				heir[i] = (long)j;
				break;
			}
	}
}

/* Record the continuation marks m[0..n) of article id (links_find). */
static int
put_links(struct store *s, int64_t id, const struct link_mark *m, size_t n,
    char **err)
{
	sqlite3_stmt *st = NULL;
	size_t i;
	int rc = 0;

	for (i = 0; i < n && rc == 0; i++) {
		if ((st = prep(s, Q_PUT_LINK, err)) == NULL ||
		    bindf(s, st, err, "IiIIIii", id, (int)i, (int64_t)m[i].para,
		    (int64_t)m[i].off, (int64_t)m[i].len, (int)m[i].kind,
		    m[i].page) < 0 || step(s, st, err) < 0)
			rc = -1;
		done(st);
	}
	return rc;
}

/* put_links of the marks links_find finds in a. */
static int
find_links(struct store *s, int64_t id, const struct article *a, char **err)
{
	struct link_mark *m;
	size_t n = links_find(a, &m);
	int rc = put_links(s, id, m, n, err);

	free(m);
	return rc;
}

/* Insert one article (seq is 1-based) with key `top - seq`, its
 * paragraphs, compressed with dict (its page's text) with their head
 * (schema 7: head_make), or packed already (pk's article seq, by
 * store_pack), and its continuation marks; o, when not NULL, gives it
 * its id and marks. *idp is its id. */
static int
put_article(struct store *s, int64_t issue, int64_t top, int seq,
    const struct article *a, const struct old_article *o,
    const struct zf_dict *dict, struct zcheck *zc,
    const struct store_packed *pk, int64_t *idp, char **err)
{
	sqlite3_stmt *st = prep(s, Q_INSERT_ARTICLE, err);
	unsigned char *z = NULL, *head = NULL;
	const unsigned char *zbody = pk ? pk->body[seq - 1] : NULL;
	const unsigned char *hbody = pk ? pk->head[seq - 1] : NULL;
	struct buf packed;
	int64_t id = 0;
	size_t zn = pk ? pk->nbody[seq - 1] : 0;
	size_t hn = pk ? pk->nhead[seq - 1] : 0;
	int rc = -1;

	buf_init(&packed);
	if (st == NULL || bindf(s, st, err, "zIitttttiiiII",
	    o ? o->id : (int64_t)0, issue, seq, article_kind_name(a->kind),
	    a->title, a->kicker, a->subtitle, a->byline, o ? o->read : 0,
	    o ? o->bookmarked : 0, o ? o->para : 0, o ? o->off : (int64_t)0,
	    top - seq) < 0 || step(s, st, err) < 0)
		goto out;
	id = sqlite3_last_insert_rowid(s->db);
	done(st);
	st = NULL;
	if (zbody == NULL) {
		body_pack(&packed, a);
		if ((z = zpack(packed.data ? packed.data : "", packed.len, dict,
		    NULL, zc, &zn, err)) == NULL)
			goto out;
		zbody = z;
		hbody = head = head_make(packed.data ? packed.data : "",
		    packed.len, &hn);
	}
	if ((st = prep(s, s->heads ? Q_PUT_BODY_HEAD : Q_PUT_BODY, err)) ==
	    NULL)
		goto out;
	if (sqlite3_bind_int64(st, 1, id) != SQLITE_OK ||
	    sqlite3_bind_blob(st, 2, zbody, (int)zn, SQLITE_STATIC) != SQLITE_OK ||
	    (s->heads && sqlite3_bind_blob(st, 3, hbody, (int)hn,
	    SQLITE_STATIC) != SQLITE_OK)) {
		db_fail(s, err, "bind");
		goto out;
	}
	if (step(s, st, err) < 0)
		goto out;
	done(st);
	st = NULL;
	rc = pk != NULL ? put_links(s, id, pk->marks[seq - 1],
	    pk->nmarks[seq - 1], err) : find_links(s, id, a, err);
out:
	done(st);
	free(z);
	free(head);
	buf_free(&packed);
	*idp = id;
	return rc;
}

/*
 * Insert the page's articles, heirs of old ones where match_old says,
 * and queue their index rows (flush_pending writes them). Article seq
 * has key top - seq.
 */
static int
put_articles(struct store *s, int64_t issue, int64_t top,
    const struct page *p, struct old_article *old, size_t nold,
    const char *dict, const struct store_packed *pk, char **err)
{
	long *heir = xcalloc(p->n + 1, sizeof *heir);
	unsigned char *packed;
	char *body;
	int64_t *ids = xcalloc(p->n + 1, sizeof *ids);
	struct link_term *terms;
	size_t i, nterms;
	/* Packed already (store_pack) for these very articles, or here. */
	int here = pk == NULL || pk->n != p->n, rc = 0;
	struct zf_dict *zd = p->n > 0 && here ?
	    zf_dict_new(dict, strlen(dict)) : NULL;
	struct zcheck zc = { 0 };

	match_old(p, old, nold, heir);
	for (i = 0; i < p->n && rc == 0; i++)
		rc = put_article(s, issue, top, (int)i + 1, p->articles[i],
		    heir[i] >= 0 ? &old[heir[i]] : NULL, zd, &zc,
		    here ? NULL : pk, &ids[i], err);
	zf_dict_free(zd);
	zcheck_free(&zc);
	for (i = 0; i < p->n && rc == 0; i++) {
		/* Counted and signed with the index row. */
		if (here) {
			body = index_text(p->articles[i]);
			nterms = links_terms(p->articles[i], &terms);
			pend_add(s, issue, top - (int64_t)i - 1,
			    xstrdup(p->articles[i]->title), body, ids[i],
			    terms, nterms);
		} else {
			/* (copies: pend_stream takes what it is given) */
			packed = NULL;
			if (pk->terms[i] != NULL) {
				packed = xmalloc(pk->lterms[i] + 1);
				memcpy(packed, pk->terms[i], pk->lterms[i]);
			}
			pend_stream(s, issue, top - (int64_t)i - 1,
			    bytes_dup(pk->stitle[i], pk->lstitle[i] + 1),
			    pk->lstitle[i], bytes_dup(pk->sbody[i],
			    pk->lsbody[i] + 1), pk->lsbody[i], pk->nindex[i],
			    ids[i], packed, pk->lterms[i], pk->nterms[i]);
		}
	}
	free(ids);
	free(heir);
	return rc;
}

/* Store (or replace) the decoded text of an issue, compressed. */
static int
put_text(struct store *s, int64_t issue, const char *text,
    const struct store_packed *pk, char **err)
{
	sqlite3_stmt *st;
	unsigned char *z = NULL;
	size_t zn;
	int rc = -1;

	if (pk != NULL)
		zn = pk->ntext;
	else {
		struct zcheck zc = { 0 };

		z = zpack(text, strlen(text), NULL, NULL, &zc, &zn, err);
		zcheck_free(&zc);
		if (z == NULL)
			return -1;
	}
	if ((st = prep(s, Q_PUT_TEXT, err)) == NULL)
		goto out;
	if (sqlite3_bind_int64(st, 1, issue) != SQLITE_OK ||
	    sqlite3_bind_blob(st, 2, pk != NULL ? pk->text : z, (int)zn,
	    SQLITE_STATIC) != SQLITE_OK) {
		db_fail(s, err, "bind");
		goto out;
	}
	if (step(s, st, err) == 0)
		rc = 0;
out:
	done(st);
	free(z);
	return rc;
}

/* The key a new or moved issue gets. */
static int
issue_key(struct store *s, const struct issue_in *in, int64_t imported,
    int64_t *key, char **err)
{
	if (in->date[0] == '\0') {
		*key = KEY_UNDATED | imported << TIE_SHIFT;
		return 0;
	}
	return dated_key(s, date_code(in->date), in->page, key, err);
}

/* ---- index keys ---- */

/* An issue's place among the index keys: keys klo .. klo + kn - 1. */
struct krange {
	int64_t id, klo, kn, nklo;   /* nklo: where it moves (move_keys) */
};

/*
 * Up to max issues next to key kbase in its region (dated or undated),
 * without issue self: those before it nearest first (up = 0), or those
 * after it (up = 1). *n the number read.
 */
static int
neighbours(struct store *s, int64_t kbase, int64_t self, int up,
    struct krange *out, int max, int *n, char **err)
{
	sqlite3_stmt *st = prep(s, up ? Q_NEIGHBOURS_UP : Q_NEIGHBOURS, err);
	int64_t bound = kbase < KEY_UNDATED ? (up ? KEY_UNDATED - 1 : 0) :
	    (up ? INT64_MAX : KEY_UNDATED);
	int r = -1;

	*n = 0;
	if (st == NULL || bindf(s, st, err, "IIIi", kbase, bound, self,
	    max) < 0)
		goto out;
	while ((r = step(s, st, err)) == 1) {
		out[*n].id = sqlite3_column_int64(st, 0);
		out[*n].klo = sqlite3_column_int64(st, 1);
		out[*n].kn = sqlite3_column_int64(st, 2);
		out[*n].nklo = out[*n].klo;
		(*n)++;
	}
out:
	done(st);
	return r < 0 ? -1 : 0;
}

/*
 * Give the issues of the window w[0..n) (in key order) their new keys
 * nklo: every index row of a moving issue is deleted under its old key
 * and queued under the new one. Runs outside any issue's savepoint with
 * no index row waiting (alloc_keys flushed them).
 */
static int
move_keys(struct store *s, struct krange *w, int n, char **err)
{
	sqlite3_stmt *st;
	char *title, *kicker, *subtitle, *byline, *body;
	int64_t id, key;
	size_t at = s->pend_bytes;
	int i, r = 0;

	for (i = 0; i < n && r == 0; i++) {
		if (w[i].nklo == w[i].klo || w[i].id == 0)
			continue;
		/* Old rows out of the index, keys parked below zero (keys
		 * are UNIQUE, and old and new ranges may overlap). */
		if ((st = prep(s, Q_ISSUE_ARTICLES, err)) == NULL ||
		    bind_int64(s, st, 1, w[i].id, err) < 0) {
			done(st);
			return -1;
		}
		while (r == 0 && (r = step(s, st, err)) == 1) {
			id = sqlite3_column_int64(st, 0);
			key = sqlite3_column_int64(st, 1);
			title = col_str(st, 2);
			kicker = col_str(st, 3);
			subtitle = col_str(st, 4);
			byline = col_str(st, 5);
			r = fts_forget(s, id, key, title, kicker, subtitle,
			    byline, err);
			free(title);
			free(kicker);
			free(subtitle);
			free(byline);
		}
		done(st);
		if (r < 0 || (st = prep(s, Q_MOVE_ARTICLES, err)) == NULL ||
		    bindf(s, st, err, "II", w[i].id,
		    w[i].nklo + w[i].kn) < 0 || step(s, st, err) < 0) {
			done(st);
			return -1;
		}
		done(st);
	}
	for (i = 0; i < n && r == 0; i++) {
		if (w[i].nklo == w[i].klo || w[i].id == 0)
			continue;
		if ((st = prep(s, Q_MOVE_ISSUE, err)) == NULL ||
		    bindf(s, st, err, "II", w[i].id, w[i].nklo) < 0 ||
		    step(s, st, err) < 0) {
			done(st);
			return -1;
		}
		done(st);
		if ((st = prep(s, Q_UNPARK, err)) == NULL ||
		    bind_int64(s, st, 1, w[i].id, err) < 0 ||
		    step(s, st, err) < 0) {
			done(st);
			return -1;
		}
		done(st);
		if ((st = prep(s, Q_ISSUE_ARTICLES, err)) == NULL ||
		    bind_int64(s, st, 1, w[i].id, err) < 0) {
			done(st);
			return -1;
		}
		while (r == 0 && (r = step(s, st, err)) == 1) {
			id = sqlite3_column_int64(st, 0);
			key = sqlite3_column_int64(st, 1);
			if (index_body(s, id, (const char *)
			    sqlite3_column_text(st, 3), (const char *)
			    sqlite3_column_text(st, 4), (const char *)
			    sqlite3_column_text(st, 5), &body, err) < 0)
				r = -1;
			else {
				pend_add(s, w[i].id, key, col_str(st, 2), body,
				    0, NULL, 0);
				r = 0;
				if (s->pend_bytes - at >= PENDING_MAX) {
					r = write_moved(s, err);
					at = s->pend_bytes;
				}
			}
		}
		done(st);
	}
	return r < 0 ? -1 : 0;
}

/*
 * Where the n index keys of an issue with order key kbase go (*klo), self
 * being the issue it replaces (0: none), so that index rowids keep the
 * issues' order: after the issue before it, before the one after, with
 * KEY_GAP free at the ends and the middle of a gap taken between two.
 * When the gap is too small, the nearest issues on both sides (2, 4, 8,
 * ... of them) are spread over the room around them (move_keys).
 */
static int
alloc_keys(struct store *s, int64_t kbase, int64_t self, int64_t n,
    int64_t *klo, char **err)
{
	int64_t rlo = kbase < KEY_UNDATED ? FKEY_LO : FKEY_UNDATED;
	int64_t rhi = kbase < KEY_UNDATED ? FKEY_UNDATED - 1 : FKEY_HI;
	int64_t lo, hi, used, room, gap, at;
	struct krange *w = NULL, *before, *after;
	int half, nb, na, i, k, r = -1;

	for (half = 1;; half *= 2) {
		before = xreallocarray(NULL, (size_t)half + 1, sizeof *before);
		after = xreallocarray(NULL, (size_t)half + 1, sizeof *after);
		if (neighbours(s, kbase, self, 0, before, half + 1, &nb,
		    err) < 0 || neighbours(s, kbase, self, 1, after, half + 1,
		    &na, err) < 0)
			goto out;
		if (half == 1 && nb == 0 && na == 0) {
			*klo = rlo + (rhi - rlo) / 2;  /* the first: room both ways */
			r = 0;
			goto out;
		}
		if (half == 1 && na == 0) {
			*klo = before[0].klo + before[0].kn + KEY_GAP;
			r = *klo + n - 1 <= rhi ? 0 :
			    fail(err, "library: no index keys left");
			goto out;
		}
		if (half == 1 && nb == 0) {
			*klo = after[0].klo - KEY_GAP - n;
			r = *klo >= rlo ? 0 :
			    fail(err, "library: no index keys left");
			goto out;
		}
		/* The room between the issues just outside the window. */
		lo = nb > half ? before[half].klo + before[half].kn : rlo;
		hi = na > half ? after[half].klo - 1 : rhi;
		if (nb > half)
			nb = half;
		if (na > half)
			na = half;
		if (half == 1) {
			lo = before[0].klo + before[0].kn;
			hi = after[0].klo - 1;
			if (hi - lo + 1 >= n) {
				*klo = lo + (hi - lo + 1 - n) / 2;
				r = 0;
				goto out;
			}
			free(before);
			free(after);
			continue;
		}
		used = n;
		for (i = 0; i < nb; i++)
			used += before[i].kn;
		for (i = 0; i < na; i++)
			used += after[i].kn;
		room = hi - lo + 1 - used;
		gap = room / (nb + na + 2);
		if (gap >= KEY_GAP_MIN || (lo == rlo && hi == rhi && gap >= 0))
			break;
		if (lo == rlo && hi == rhi) {
			fail(err, "library: no index keys left");
			goto out;
		}
		free(before);
		free(after);
	}
	/* The window in key order, the new issue (id 0) in its place. */
	w = xreallocarray(NULL, (size_t)(nb + na + 1), sizeof *w);
	k = 0;
	for (i = nb - 1; i >= 0; i--)
		w[k++] = before[i];
	w[k].id = 0;
	w[k].kn = n;
	w[k++].klo = 0;
	for (i = 0; i < na; i++)
		w[k++] = after[i];
	for (at = lo + gap, i = 0; i < k; i++) {
		w[i].nklo = at;
		at += w[i].kn + gap;
	}
	*klo = w[nb].nklo;
	if (flush_pending(s, err) < 0 || move_keys(s, w, k, err) < 0)
		goto out;
	r = 0;
out:
	free(w);
	free(before);
	free(after);
	return r;
}

/* ---- putting an issue ---- */

/* The issue stored from a path, if any (id 0 when none). */
struct old_issue {
	int64_t id, kbase, klo, kn;
	char *date;
	int page;
};

static int
issue_by_path(struct store *s, const char *path, struct old_issue *o,
    char **err)
{
	sqlite3_stmt *st = prep(s, Q_BY_PATH, err);
	int r = -1;

	memset(o, 0, sizeof *o);
	if (st == NULL || bind_text(s, st, 1, path, err) < 0 ||
	    (r = step(s, st, err)) < 0)
		goto out;
	if (r == 1) {
		o->id = sqlite3_column_int64(st, 0);
		o->date = col_str(st, 1);
		o->page = sqlite3_column_int(st, 2);
		o->kbase = sqlite3_column_int64(st, 3);
		o->klo = sqlite3_column_int64(st, 4);
		o->kn = sqlite3_column_int64(st, 5);
	}
	r = 0;
out:
	done(st);
	return r;
}

/* Write issue in (new, or replacing o) with order key kbase and index
 * keys klo .. klo + kn - 1, inside its savepoint. */
static int
write_issue(struct store *s, const struct issue_in *in, const char *hash,
    const struct page *p, const struct old_issue *o, int64_t id,
    int64_t kbase, int64_t klo, int64_t kn, char **err)
{
	struct old_article *old = NULL;
	sqlite3_stmt *st = NULL;
	size_t nold = 0, i;
	int rc = -1;

	if (o->id != 0) {
		if (load_old(s, o->id, &old, &nold, err) < 0)
			goto out;
		for (i = nold; i > 0; i--)  /* rowids ascending */
			if (fts_forget(s, old[i - 1].id, old[i - 1].skey,
			    old[i - 1].title, old[i - 1].kicker,
			    old[i - 1].subtitle, old[i - 1].byline, err) < 0 ||
			    forget_terms(s, &old[i - 1], err) < 0)
				goto out;
		if ((st = prep(s, Q_DELETE_ARTICLES, err)) == NULL ||
		    bind_int64(s, st, 1, o->id, err) < 0 ||
		    step(s, st, err) < 0)
			goto out;
		done(st);
		if ((st = prep(s, Q_UPDATE_ISSUE, err)) == NULL ||
		    bindf(s, st, err, "IttitiIII", id, in->source, hash,
		    in->cleaner, in->date, in->page, kbase, klo, kn) < 0 ||
		    step(s, st, err) < 0)
			goto out;
	} else if ((st = prep(s, Q_INSERT_ISSUE, err)) == NULL ||
	    bindf(s, st, err, "ItttitiIII", id, in->source, in->path, hash,
	    in->cleaner, in->date, in->page, kbase, klo, kn) < 0 ||
	    step(s, st, err) < 0)
		goto out;
	done(st);
	st = NULL;
	if (put_text(s, id, in->text, in->packed, err) == 0)
		rc = put_articles(s, id, klo + kn, p, old, nold, in->text,
		    in->packed, err);
out:
	done(st);
	old_free(old, nold);
	return rc;
}

/* An issue with the same text as in: *id (0 if none), whether it has
 * the same path, its cleaner. Equal hashes are checked on the text
 * itself (unpacked from in->packed when in has no text: only then). */
static int
same_text(struct store *s, const char *hash, const struct issue_in *in,
    int64_t *id, int *same_path, int *cleaner, char **err)
{
	sqlite3_stmt *st = prep(s, Q_SAME_TEXT, err);
	const char *text = in->text;
	char *t, *own = NULL;
	int r = -1;

	*id = 0;
	if (st == NULL || bind_text(s, st, 1, hash, err) < 0)
		goto out;
	while ((r = step(s, st, err)) == 1) {
		if (text == NULL && (text = own = store_zunpack(
		    in->packed->text, in->packed->ntext, NULL, 0, 0, 0, NULL,
		    err)) == NULL) {
			r = -1;
			break;
		}
		if ((t = col_unpack(st, 3, 0, NULL, err)) == NULL) {
			r = -1;
			break;
		}
		if (strcmp(t, text) == 0) {
			*id = sqlite3_column_int64(st, 0);
			*same_path = strcmp((const char *)
			    sqlite3_column_text(st, 1), in->path) == 0;
			*cleaner = sqlite3_column_int(st, 2);
			free(t);
			r = 0;
			break;
		}
		free(t);
	}
out:
	done(st);
	free(own);
	return r < 0 ? -1 : 0;
}

/* Refuse input the keys cannot hold. */
static int
check_input(const struct issue_in *in, char **err)
{
	if (in == NULL || in->path == NULL || in->source == NULL ||
	    in->date == NULL || (in->text == NULL && (in->packed == NULL ||
	    in->packed->n != (in->page_articles ? in->page_articles->n : 0))))
		return fail(err, "library: incomplete issue");
	if (in->date[0] != '\0' && date_code(in->date) < 0)
		return fail(err, "%s: bad date '%s'", in->source, in->date);
	if (in->page < 0)
		return fail(err, "%s: bad page %d", in->source, in->page);
	if (in->page_articles != NULL && in->page_articles->n > SEQ_MAX)
		return fail(err, "%s: more than %d articles on one page",
		    in->source, SEQ_MAX);
	return 0;
}

/*
 * One issue inside a batch. Reads and key allocation come first, outside
 * the issue's savepoint: writing waiting index rows (before replacing an
 * issue whose rows wait, or before moving keys) must not happen inside
 * it (flush_pending).
 */
static int
put_issue(struct store *s, const struct issue_in *in, enum store_put *result,
    char **err)
{
	static const struct page nothing = { NULL, 0 };
	const struct page *p = in->page_articles ? in->page_articles : &nothing;
	struct old_issue o;
	char hash[17];
	int64_t same, id, kbase, klo, kn;
	int same_path = 0, cleaner = 0, rc = -1;
	size_t mark;

	if (in->packed != NULL)
		memcpy(hash, in->packed->hash, sizeof hash);
	else
		text_hash(in->text, strlen(in->text), hash);
	if (same_text(s, hash, in, &same, &same_path, &cleaner, err) < 0)
		return -1;
	/* SPEC: the same text from any path is skipped; the same file
	 * cleaned by an older importer is rebuilt (--reclean). */
	if (same != 0 && !(same_path && in->cleaner > cleaner)) {
		*result = STORE_SKIPPED;
		return 0;
	}
	if (issue_by_path(s, in->path, &o, err) < 0)
		return -1;
	if (o.id != 0 && pend_has(s, o.id) && flush_pending(s, err) < 0)
		goto out;
	kn = (int64_t)p->n;
	if (o.id != 0) {
		id = o.id;
		kbase = o.kbase;
		if ((strcmp(o.date, in->date) != 0 || o.page != in->page) &&
		    issue_key(s, in, id, &kbase, err) < 0)
			goto out;
	} else if (next_imported(s, &id, err) < 0 ||
	    issue_key(s, in, id, &kbase, err) < 0)
		goto out;
	/* A replaced issue keeps its keys while its articles fit. */
	if (o.id != 0 && kbase == o.kbase && kn <= o.kn) {
		klo = o.klo;
		kn = o.kn;
	} else if (alloc_keys(s, kbase, o.id, kn, &klo, err) < 0)
		goto out;
	if (put_begin(s, &mark, err) < 0)
		goto out;
	*result = o.id != 0 ? STORE_REPLACED : STORE_IMPORTED;
	rc = write_issue(s, in, hash, p, &o, id, kbase, klo, kn, err);
	numbers_stale(s, o.id != 0 && o.kbase < kbase ? o.kbase : kbase);
	if (put_end(s, rc == 0, mark, err) < 0)
		rc = -1;
out:
	free(o.date);
	return rc;
}

int
store_put_issue(struct store *s, const struct issue_in *in,
    enum store_put *result, char **err)
{
	int rc;

	if (check_input(in, err) < 0)
		return -1;
	if (s->batch)
		return put_issue(s, in, result, err);
	/* An issue of its own: a batch of one. */
	if (store_begin(s, err) < 0)
		return -1;
	if ((rc = put_issue(s, in, result, err)) == 0)
		return store_commit(s, err);
	store_rollback(s);
	return rc;
}

/* Is path under one of the prefixes (the prefix itself included)? */
static int
under(const char *path, char **prefixes, size_t n)
{
	size_t i, len;

	if (n == 0)
		return 1;
	for (i = 0; i < n; i++) {
		len = strlen(prefixes[i]);
		while (len > 1 && prefixes[i][len - 1] == '/')
			len--;
		if (strncmp(path, prefixes[i], len) == 0 &&
		    (path[len] == '\0' || path[len] == '/' ||
		    (len == 1 && prefixes[i][0] == '/')))
			return 1;
	}
	return 0;
}

int
store_reclean_list(struct store *s, int cleaner, char **prefixes,
    size_t nprefix, struct reclean_item **items, size_t *n, char **err)
{
	sqlite3_stmt *st = prep(s, Q_RECLEAN, err);
	struct reclean_item *it;
	int r = -1;

	*items = NULL;
	*n = 0;
	if (st == NULL || sqlite3_bind_int(st, 1, cleaner) != SQLITE_OK) {
		if (st != NULL)
			db_fail(s, err, "bind");
		goto out;
	}
	while ((r = step(s, st, err)) == 1) {
		if (!under((const char *)sqlite3_column_text(st, 2), prefixes,
		    nprefix))
			continue;
		*items = xreallocarray(*items, *n + 1, sizeof **items);
		it = &(*items)[(*n)++];
		it->issue_id = sqlite3_column_int64(st, 0);
		it->source = col_str(st, 1);
		it->path = col_str(st, 2);
		if ((it->text = col_unpack(st, 3, 0, NULL, err)) == NULL) {
			it->text = xstrdup("");
			it->date = xstrdup("");
			r = -1;
			break;
		}
		it->date = col_str(st, 4);
		it->page = sqlite3_column_int(st, 5);
	}
out:
	done(st);
	if (r < 0) {
		store_reclean_free(*items, *n);
		*items = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

void
store_reclean_free(struct reclean_item *items, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(items[i].source);
		free(items[i].path);
		free(items[i].text);
		free(items[i].date);
	}
	free(items);
}

/* ---- schema 2 (migrations[1]) ---- */

/* A one-off statement for migrate_2; NULL with *err. */
sqlite3_stmt *
prep_once(struct store *s, const char *sql, char **err)
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		db_fail(s, err, "prepare");
		sqlite3_finalize(st);
		return NULL;
	}
	return st;
}

/* Insert (id, zpack(t[0..n), dict)) with the one-off insert st. */
static int
insert_packed(struct store *s, sqlite3_stmt *st, int64_t id, const char *t,
    size_t n, const char *dict, char **err)
{
	struct zf_dict *d = dict != NULL ? zf_dict_new(dict, strlen(dict)) :
	    NULL;
	unsigned char *z;
	struct zcheck zc = { 0 };
	size_t zn;
	int r = -1;

	z = zpack(t, n, d, NULL, &zc, &zn, err);
	zcheck_free(&zc);
	zf_dict_free(d);
	if (z == NULL)
		return -1;
	if (sqlite3_bind_int64(st, 1, id) != SQLITE_OK ||
	    sqlite3_bind_blob(st, 2, z, (int)zn, SQLITE_STATIC) != SQLITE_OK)
		db_fail(s, err, "bind");
	else if (step(s, st, err) == 0)
		r = 0;
	sqlite3_reset(st);
	free(z);
	return r;
}

/* Version 1's page texts and paragraphs compressed into texts2 and
 * bodies (migrations[1] made them), each article's with its page's text
 * as dictionary (put_article). */
static int
pack_v1(struct store *s, char **err)
{
	sqlite3_stmt *rd = NULL, *wr = NULL, *pg = NULL;
	const unsigned char *t;
	char *dict = NULL;
	struct buf b;
	int64_t id, cur = 0;
	int r = -1;

	buf_init(&b);
	if ((rd = prep_once(s, "SELECT article, kind, text FROM paragraphs"
	    " ORDER BY article, seq", err)) == NULL || (wr = prep_once(s,
	    "INSERT INTO bodies(article, z) VALUES (?1, ?2)", err)) == NULL ||
	    (pg = prep_once(s, "SELECT t.text FROM articles a JOIN texts t"
	    " ON t.issue = a.issue WHERE a.id = ?1", err)) == NULL)
		goto out;
	while ((r = step(s, rd, err)) >= 0) {
		id = r == 1 ? sqlite3_column_int64(rd, 0) : 0;
		if (cur != 0 && id != cur && insert_packed(s, wr, cur,
		    b.data ? b.data : "", b.len, dict ? dict : "", err) < 0) {
			r = -1;
			break;
		}
		if (r == 0)
			break;
		if (id != cur) {
			buf_reset(&b);
			free(dict);
			dict = NULL;
			if (bind_int64(s, pg, 1, id, err) < 0 ||
			    (r = step(s, pg, err)) < 0)
				break;
			t = r == 1 ? sqlite3_column_text(pg, 0) : NULL;
			dict = xstrdup(t ? (const char *)t : "");
			sqlite3_reset(pg);
		}
		cur = id;
		t = sqlite3_column_text(rd, 1);
		buf_adds(&b, t ? (const char *)t : "");
		buf_add(&b, "", 1);
		t = sqlite3_column_text(rd, 2);
		buf_adds(&b, t ? (const char *)t : "");
		buf_add(&b, "", 1);
	}
	sqlite3_finalize(rd);
	sqlite3_finalize(wr);
	rd = wr = NULL;
	if (r < 0)
		goto out;
	r = -1;
	if ((rd = prep_once(s, "SELECT issue, text FROM texts", err)) == NULL ||
	    (wr = prep_once(s, "INSERT INTO texts2(issue, z) VALUES (?1, ?2)",
	    err)) == NULL)
		goto out;
	while ((r = step(s, rd, err)) == 1) {
		t = sqlite3_column_text(rd, 1);
		if (insert_packed(s, wr, sqlite3_column_int64(rd, 0),
		    t ? (const char *)t : "", (size_t)sqlite3_column_bytes(rd, 1),
		    NULL, err) < 0) {
			r = -1;
			break;
		}
	}
out:
	sqlite3_finalize(rd);
	sqlite3_finalize(wr);
	sqlite3_finalize(pg);
	free(dict);
	buf_free(&b);
	return r < 0 ? -1 : 0;
}

/* Dense index keys for every issue, in order, KEY_GAP apart, from the
 * middle of each region (the SQL parked the old keys below zero). */
static int
rekey_v1(struct store *s, char **err)
{
	sqlite3_stmt *rd, *mv = NULL, *ak = NULL;
	int64_t kbase, kn, at[2] = { FKEY_LO + (FKEY_UNDATED - 1 - FKEY_LO) / 2,
	    FKEY_UNDATED + (FKEY_HI - FKEY_UNDATED) / 2 };
	int r, g;

	if ((rd = prep_once(s, "SELECT i.id, i.kbase, (SELECT coalesce(max(seq),"
	    " 0) FROM articles WHERE issue = i.id) FROM issues i ORDER BY"
	    " i.kbase", err)) == NULL || (mv = prep_once(s, "UPDATE issues SET"
	    " klo = ?2, kn = ?3 WHERE id = ?1", err)) == NULL || (ak =
	    prep_once(s, "UPDATE articles SET skey = ?2 - seq WHERE issue = ?1",
	    err)) == NULL) {
		r = -1;
		goto out;
	}
	while ((r = step(s, rd, err)) == 1) {
		kbase = sqlite3_column_int64(rd, 1);
		kn = sqlite3_column_int64(rd, 2);
		g = kbase >= KEY_UNDATED;
		if (bindf(s, mv, err, "III", sqlite3_column_int64(rd, 0), at[g],
		    kn) < 0 || step(s, mv, err) < 0 || bindf(s, ak, err, "II",
		    sqlite3_column_int64(rd, 0), at[g] + kn) < 0 ||
		    step(s, ak, err) < 0) {
			r = -1;
			break;
		}
		sqlite3_reset(mv);
		sqlite3_reset(ak);
		at[g] += kn + KEY_GAP;
	}
out:
	sqlite3_finalize(rd);
	sqlite3_finalize(mv);
	sqlite3_finalize(ak);
	return r < 0 ? -1 : 0;
}

/* fn of each_index_row: a row handed to (for reindex_v1: FTS5, for
 * ix_rebuild: our own index); ctx its own. */
typedef int (*index_row_fn)(struct store *s, void *ctx, int64_t key,
    const char *title, const char *body, char **err);

/* Every article's index row (its key, title and the body index_body
 * makes of its fields) in key order, handed to fn: the one walk of the
 * migrations and of ix_rebuild. */
static int
each_index_row(struct store *s, index_row_fn fn, void *ctx, char **err)
{
	sqlite3_stmt *rd;
	char *body;
	int r;

	if ((rd = prep_once(s, "SELECT id, skey, title, kicker, subtitle,"
	    " byline FROM articles ORDER BY skey", err)) == NULL)
		return -1;
	while ((r = step(s, rd, err)) == 1) {
		if (index_body(s, sqlite3_column_int64(rd, 0), (const char *)
		    sqlite3_column_text(rd, 3), (const char *)
		    sqlite3_column_text(rd, 4), (const char *)
		    sqlite3_column_text(rd, 5), &body, err) < 0) {
			r = -1;
			break;
		}
		r = fn(s, ctx, sqlite3_column_int64(rd, 1), (const char *)
		    sqlite3_column_text(rd, 2), body, err);
		free(body);
		if (r < 0)
			break;
	}
	sqlite3_finalize(rd);
	return r < 0 ? -1 : 0;
}

static int
fts_row(struct store *s, void *ctx, int64_t key, const char *title,
    const char *body, char **err)
{
	(void)ctx;
	return fts_write(s, Q_FTS_INSERT, key, title, body, err);
}

/* Every article's index row under its new key, in key order. */
static int
reindex_v1(struct store *s, char **err)
{
	return each_index_row(s, fts_row, NULL, err);
}

/*
 * Schema 1 -> 2 after migrations[1]'s SQL: texts and paragraphs
 * compressed, dense keys, the index rebuilt on them; marks, positions
 * and state are columns and rows left as they were.
 */
int
migrate_2(struct store *s, char **err)
{
	if (pack_v1(s, err) < 0 || exec(s, "DROP TABLE texts;"
	    " ALTER TABLE texts2 RENAME TO texts; DROP TABLE paragraphs",
	    err) < 0 || rekey_v1(s, err) < 0 || reindex_v1(s, err) < 0)
		return -1;
	return 0;
}

/* ---- schema 3 (migrations[2]) ---- */

/* The end of a migration's walk over the articles (rd, the article a
 * it holds, r its state): the rows still waiting written, or all of them
 * dropped after a failure. */
static int
rows_done(struct store *s, sqlite3_stmt *rd, struct article *a, int r,
    char **err)
{
	article_free(a);
	sqlite3_finalize(rd);
	if (r < 0) {
		pend_drop(s, 0);
		df_clear(&s->df);
		posts_clear(s);
		return -1;
	}
	return flush_pending(s, err) < 0 || df_sync(s, err) < 0 ? -1 : 0;
}

/*
 * Schema 2 -> 3 after migrations[2]'s SQL: every stored article, in
 * index key order, gets its index row again (the byline now in it) and
 * its continuation marks, through the same queue as an import
 * (flush_pending). Marks, positions and state are columns and rows left
 * as they were. The articles are signed by the step to schema 4
 * (sign_unsigned), which writes signatures as they are now stored.
 */
int
migrate_3(struct store *s, char **err)
{
	sqlite3_stmt *rd;
	struct article *a = NULL;
	char *body;
	int64_t id;
	int r;

	if ((rd = prep_once(s, "SELECT id, issue, skey, title, kicker,"
	    " subtitle, byline FROM articles ORDER BY skey", err)) == NULL)
		return -1;
	while ((r = step(s, rd, err)) == 1) {
		id = sqlite3_column_int64(rd, 0);
		a = article_new();
		article_set(&a->title, col_str(rd, 3));
		article_set(&a->kicker, col_str(rd, 4));
		article_set(&a->subtitle, col_str(rd, 5));
		article_set(&a->byline, col_str(rd, 6));
		if (load_paras(s, id, a, err) < 0 || index_body(s, id,
		    a->kicker, a->subtitle, a->byline, &body, err) < 0 ||
		    find_links(s, id, a, err) < 0) {
			r = -1;
			break;
		}
		pend_add(s, sqlite3_column_int64(rd, 1),
		    sqlite3_column_int64(rd, 2), xstrdup(a->title), body, 0,
		    NULL, 0);
		article_free(a);
		a = NULL;
		if (s->pend_bytes >= PENDING_MAX && flush_pending(s, err) < 0) {
			r = -1;
			break;
		}
	}
	return rows_done(s, rd, a, r, err);
}

/* ---- schema 9 (migrations[8]); compaction ---- */

/* ix_rebuild's fn: the row into the writer ctx, a batch at IX_HOLD. */
static int
ix_row(struct store *s, void *ctx, int64_t key, const char *title,
    const char *body, char **err)
{
	struct ix_writer *w = ctx;
	char *t = index_title(title), *ts, *bs;
	size_t lt, lb;
	int r;

	ts = tok_stream(t, &lt);
	bs = tok_stream(body, &lb);
	r = ix_add(s->db, w, key, ts, lt, bs, lb, NULL, NULL, err);
	free(t);
	free(ts);
	free(bs);
	if (r == 0 && ix_held(w) >= IX_HOLD)
		r = ix_write(s->db, w, err);
	return r;
}

/*
 * Our own index rebuilt from the stored articles: every index row made
 * again from its fields as fts_forget made it, in key order (a batch's
 * keys ascend), a batch at IX_HOLD, into empty tables. The pair index
 * is kept as it is.
 */
static int
ix_rebuild(struct store *s, char **err)
{
	struct ix_writer *w;
	int r;

	if (exec(s, "DELETE FROM ix_pg; DELETE FROM ix_dir;"
	    " DELETE FROM ix_gone", err) < 0)
		return -1;
	w = ix_writer_new();
	r = each_index_row(s, ix_row, w, err);
	if (r == 0)
		r = ix_write(s->db, w, err);
	ix_writer_free(w);
	return r < 0 ? -1 : 0;
}

/* Schema 8 -> 9 after migrations[8]'s SQL: our own index built, FTS5's
 * table gone. */
int
migrate_9(struct store *s, char **err)
{
	return ix_rebuild(s, err) < 0 || exec(s, "DROP TABLE fts", err) < 0 ?
	    -1 : 0;
}

/*
 * Compaction (store_commit, the batch written; not
 * store_commit_more, which another batch follows): once
 * the deleted keys (ix_gone) pass IX_GONE_SHARE of the articles, the
 * index is rebuilt from the stored articles. Deleted postings cost every
 * query: a key looked up in ix_gone at each step, a character's count
 * walked instead of summed, and pages read for nothing (a --reclean of
 * every issue doubles the index). The rebuild costs what the migration
 * does (4,000 make-archive pages: 8.5 s of CPU with the VACUUM), so it
 * waits for a share worth it; IX_GONE_MIN keeps a small library from
 * rebuilding for a handful of re-imports.
 */
#define IX_GONE_SHARE 0.02
#define IX_GONE_MIN 256

/* (the tests lower it) */
int64_t store_ix_gone_min = IX_GONE_MIN;
long store_ix_compactions;

/*
 * Small batches (an import of a few pages: a day's issue) are merged in
 * tiers by ix_tidy, at a cost that follows their size: a review built
 * archive-4000 one day a run (1,000 imports) with batches never merged
 * and got a library 2.23x the text (1.73x as one import) and counts
 * twice as dear, and rebuilding the whole index every 64 small batches
 * instead cost a daily reader of 14,600 pages one import in 64 of 84 s
 * (24 s of CPU, with its VACUUM; a merge: at most 0.27 s). The rebuild
 * is kept for many deleted keys (above), which a merge of the small
 * batches cannot reach: most of them are in the big ones.
 */
int
ix_compact(struct store *s, char **err)
{
	int64_t gone, arts;

	if (query_int(s, "SELECT count(*) FROM ix_gone", &gone, err) < 0)
		return -1;
	if (gone > 0 && gone >= store_ix_gone_min) {
		if (query_int(s, "SELECT count(*) FROM articles", &arts, err) <
		    0)
			return -1;
		if ((double)gone >= IX_GONE_SHARE * (double)arts) {
			store_ix_compactions++;
			return ix_rebuild(s, err) < 0 ? -1 : 1;
		}
	}
	return ix_tidy(s->db, NULL, err) < 0 ? -1 : 0;
}

/* ---- schema 4 (migrations[3], see store-links.c) ---- */

/* Articles signed at a time by sign_unsigned: the terms of 500 articles
 * packed are about 1.5 MB. */
#define SIGN_BATCH 500

/*
 * Count and sign every article that has no signature (none has, in a
 * library that came from schema 2), in index key order through the
 * import's queue, in rows that write no index row.
 */
int
sign_unsigned(struct store *s, char **err)
{
	sqlite3_stmt *rd;
	struct article *a = NULL;
	struct link_term *terms;
	size_t nterms;
	int64_t id;
	int r;

	if ((rd = prep_once(s, "SELECT id, issue, skey, title, kicker,"
	    " subtitle FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sigs"
	    " WHERE article = a.id) ORDER BY skey", err)) == NULL)
		return -1;
	while ((r = step(s, rd, err)) == 1) {
		id = sqlite3_column_int64(rd, 0);
		a = article_new();
		article_set(&a->title, col_str(rd, 3));
		article_set(&a->kicker, col_str(rd, 4));
		article_set(&a->subtitle, col_str(rd, 5));
		if (load_paras(s, id, a, err) < 0) {
			r = -1;
			break;
		}
		nterms = links_terms(a, &terms);
		pend_add(s, sqlite3_column_int64(rd, 1),
		    sqlite3_column_int64(rd, 2), NULL, NULL, id, terms, nterms);
		article_free(a);
		a = NULL;
		if (s->npend >= SIGN_BATCH && flush_pending(s, err) < 0) {
			r = -1;
			break;
		}
	}
	return rows_done(s, rd, a, r, err);
}

/*
 * store-search.c: search (SPEC "search"): the FTS5 tokenizer, the walks
 * over the index in rowid order, snippets and counts. store-int.h: what
 * the store's files share.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "lreader/search.h"
#include "lreader/util.h"
#include "store-int.h"

/* Characters of context on each side of a match in a search snippet. */
#define SNIPPET_SIDE 10

/* ---- the tokenizer (SPEC "search": exact for any query) ---- */

struct tok_run {
	void *ctx;
	int (*token)(void *, int, const char *, int, int, int);
	size_t base;
	struct pair_walk *pairs;   /* NULL: the row's pairs are not noted */
};

static int
tok_char(void *ctx, const char *folded, size_t len, size_t start, size_t end)
{
	struct tok_run *r = ctx;

	if (r->pairs != NULL)
		pairs_char(r->pairs, folded, len);
	return r->token(r->ctx, 0, folded, (int)len, (int)(r->base + start),
	    (int)(r->base + end));
}

/* The tokenizer instance is the store of the connection it was
 * registered on (register_tokenizer): it notes the pairs of the index
 * rows that store writes. */
static int
tok_create(void *ctx, const char **argv, int argc, Fts5Tokenizer **out)
{
	(void)argv;
	(void)argc;
	*out = ctx;
	return SQLITE_OK;
}

static void
tok_delete(Fts5Tokenizer *t)
{
	(void)t;
}

/*
 * A document's tokens: one per folded character, "\n" (which a fold
 * never yields) as a token between the pieces of a field. The
 * tokenizer's walk (tok_stream makes the same tokens its own way): r->token
 * gets each, r->pairs (when not NULL) the characters of each piece.
 */
static int
doc_walk(const char *text, size_t n, struct tok_run *r)
{
	size_t i, j;
	int rc;

	for (i = 0; i <= n; i = j + 1) {
		for (j = i; j < n && text[j] != '\n'; j++)
			;
		if (i > 0 && (rc = r->token(r->ctx, 0, "\n", 1, (int)i - 1,
		    (int)i)) != SQLITE_OK)
			return rc;
		r->base = i;
		if (r->pairs != NULL)
			r->pairs->prev = 0;
		if ((rc = search_fold_each(text + i, j - i, tok_char, r)) != 0)
			return rc;
	}
	return SQLITE_OK;
}

char *
tok_stream(const char *text, size_t *len)
{
	struct buf b;
	size_t i, j, n = strlen(text);
	const char *nl;

	/* doc_walk's tokens, "\n" between the pieces, without a call a
	 * token (tok_stream was 12 % of store_pack: 4,000 make-archive
	 * pages). */
	buf_init(&b);
	buf_add(&b, "", 0);
	for (i = 0; i <= n; i = j + 1) {
		nl = memchr(text + i, '\n', n - i);
		j = nl != NULL ? (size_t)(nl - text) : n;
		if (i > 0)
			buf_add(&b, "\n", 1);
		search_fold_append(text + i, j - i, &b);
	}
	*len = b.len;
	/* (it waits in the reading thread's queue: not the buffer's
	 * doubled room) */
	return xrealloc(buf_take(&b), *len + 1);
}

/* A document as tok_stream made it: each character a token (a folded
 * one, or "\n" between pieces), the pairs of each piece noted when
 * pw is not NULL. */
static int
stream_replay(const char *text, size_t n, struct pair_walk *pw, void *ctx,
    int (*token)(void *, int, const char *, int, int, int))
{
	size_t i, len;
	uint32_t uc;
	int rc;

	for (i = 0; i < n; i += len) {
		len = (size_t)utf8_next(text + i, n - i, &uc);
		if (pw != NULL) {
			if (uc == '\n')
				pw->prev = 0;
			else
				pairs_code(pw, uc);
		}
		if ((rc = token(ctx, 0, text + i, (int)len, (int)i,
		    (int)(i + len))) != SQLITE_OK)
			return rc;
	}
	return SQLITE_OK;
}

/*
 * Documents: doc_walk's tokens, or, while the store writes rows made by
 * tok_stream (s->pretok), the characters of the stream. Queries come
 * folded already (match_expr): one token per character, so the phrase
 * holds exactly the characters search_find would look for. A document
 * the store is writing for an article (pairs_row_begin) has the pairs of
 * each piece noted too: the pairs a phrase can match.
 */
static int
tok_tokenize(Fts5Tokenizer *t, void *ctx, int flags, const char *text,
    int ntext, int (*token)(void *, int, const char *, int, int, int))
{
	struct store *s = (struct store *)t;
	struct pair_walk pw = { s, 0, 0 };
	struct tok_run r = { ctx, token, 0, NULL };
	size_t n = ntext > 0 ? (size_t)ntext : 0, i, len;
	uint32_t uc;
	int rc;

	if (flags & FTS5_TOKENIZE_QUERY) {
		for (i = 0; i < n; i += len) {
			len = (size_t)utf8_next(text + i, n - i, &uc);
			if ((rc = token(ctx, 0, text + i, (int)len, (int)i,
			    (int)(i + len))) != SQLITE_OK)
				return rc;
		}
		return SQLITE_OK;
	}
	if ((flags & FTS5_TOKENIZE_DOCUMENT) && (pw.what =
	    pairs_doc_what(s)) != 0)
		r.pairs = &pw;
	if ((flags & FTS5_TOKENIZE_DOCUMENT) && s->pretok)
		return stream_replay(text, n, r.pairs, ctx, token);
	return doc_walk(text, n, &r);
}

/*
 * lreader_where(fts): where the row's instances of the query's phrase
 * are, as the index tells it without reading the article: WHERE_TITLE
 * when the first is in the title column (column 0; FTS5 gives
 * instances in column order), the group of the hit as the title walk
 * (match[0]) tells it, which the collecting walk (collect_rest) needs
 * of each row; WHERE_OTHER when one is in the other column (kicker,
 * subtitle, byline and paragraphs): without it the snippet is the
 * title's, no paragraph read. Only for a phrase in either column: a
 * phrase limited to the title (match[0]) has no instances elsewhere.
 */
#define WHERE_TITLE 1
#define WHERE_OTHER 2
/* What a hit found otherwise (the title walk, the pair index) is
 * given: the index did not say. */
#define WHERE_UNKNOWN (-1)

static void
where_fn(const Fts5ExtensionApi *api, Fts5Context *fc,
    sqlite3_context *ctx, int nval, sqlite3_value **val)
{
	Fts5PhraseIter it;
	int col = -1, off, where;

	(void)nval;
	(void)val;
	if (api->xPhraseFirst(fc, 0, &it, &col, &off) != SQLITE_OK) {
		sqlite3_result_error(ctx, "lreader_where failed", -1);
		return;
	}
	where = col == 0 ? WHERE_TITLE : 0;
	while (col == 0)
		api->xPhraseNext(fc, &it, &col, &off);
	sqlite3_result_int(ctx, where | (col == 1 ? WHERE_OTHER : 0));
}

/* Register the tokenizer "lreader" and the function lreader_where on
 * this connection (needed on every connection that touches fts). */
int
register_tokenizer(struct store *s, char **err)
{
	static fts5_tokenizer tok = { tok_create, tok_delete, tok_tokenize };
	sqlite3_stmt *st = NULL;
	fts5_api *api = NULL;
	int rc = -1;

	if (sqlite3_prepare_v2(s->db, "SELECT fts5(?1)", -1, &st, NULL) !=
	    SQLITE_OK) {
		db_fail(s, err, "this SQLite has no FTS5");
		goto out;
	}
	if (sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", NULL) !=
	    SQLITE_OK) {
		db_fail(s, err, "bind");
		goto out;
	}
	if (step(s, st, err) < 0)
		goto out;
	if (api == NULL || api->iVersion < 2) {
		fail(err, "library: this SQLite's FTS5 is too old");
		goto out;
	}
	if (api->xCreateTokenizer(api, "lreader", s, &tok, NULL) !=
	    SQLITE_OK) {
		db_fail(s, err, "tokenizer");
		goto out;
	}
	if (api->xCreateFunction(api, "lreader_where", NULL, where_fn,
	    NULL) != SQLITE_OK) {
		db_fail(s, err, "lreader_where");
		goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(st);
	return rc;
}

/* ---- search ---- */

/* ---- the bodies snippets read ---- */

/*
 * Page texts a search unpacked (their first ZDICT_MAX bytes: the preset
 * dictionary of their articles' bodies), kept for the next hits: a
 * body is mostly references into its page's text, so unpacking the
 * text was nearly all of a snippet's work (load_body: 13 of the 20 M
 * instructions of `search --limit 20 吕` at 14,600 make-archive pages),
 * and the first page of a common query often has several hits on one
 * page. TEXTS_KEPT: the last few pages, at most ZDICT_MAX bytes each.
 * One: a walk gives the hits of one page one after another (the index
 * key orders them by issue), and each text kept is up to 8 pages of
 * memory touched for the first time, 15-40 us each on the bench
 * machine. At 14,600 make-archive pages, the first 20 hits of 18
 * common words and phrases unpacked no text again with one kept rather
 * than four (the same instructions) and took 62 page faults fewer in
 * all (大数据产业 143 -> 134, 教育 141 -> 121, 乡村振兴 141 -> 132).
 */
#define TEXTS_KEPT 1

struct texts_kept {
	int64_t issue[TEXTS_KEPT];  /* 0: an empty slot */
	char *text[TEXTS_KEPT];
	size_t len[TEXTS_KEPT];
	unsigned next;              /* the slot to fill next */
};

static void
texts_kept_free(struct texts_kept *k)
{
	int i;

	for (i = 0; i < TEXTS_KEPT; i++)
		free(k->text[i]);
	memset(k, 0, sizeof *k);
}

/* A stored blob's text for a snippet: raw (store_zunpack), as load_body's
 * unpacking gives it. */
static char *
unpack(const unsigned char *z, size_t zn, const char *dict, size_t dn,
    size_t max, size_t *n, char **err)
{
	return store_zunpack(z, zn, dict, dn, max, 1, n, err);
}

/* The kept text of issue, unpacked now if it is not kept; *text NULL
 * when the issue has no text (load_body's join then finds no body). */
static int
kept_text(struct store *s, struct texts_kept *k, int64_t issue,
    const char **text, size_t *len, char **err)
{
	sqlite3_stmt *st;
	unsigned i;
	char *t = NULL;
	size_t n = 0;
	int r;

	*text = NULL;
	for (i = 0; i < TEXTS_KEPT; i++)
		if (k->issue[i] == issue && k->text[i] != NULL) {
			*text = k->text[i];
			*len = k->len[i];
			return 0;
		}
	if ((st = prep(s, Q_SNIP_TEXT, err)) == NULL ||
	    bind_int64(s, st, 1, issue, err) < 0 ||
	    (r = step(s, st, err)) < 0 || (r == 1 &&
	    (t = unpack(sqlite3_column_blob(st, 0),
	    (size_t)sqlite3_column_bytes(st, 0), NULL, 0, ZDICT_MAX, &n,
	    err)) == NULL)) {
		done(st);
		return -1;
	}
	done(st);
	if (t == NULL)
		return 0;
	i = k->next++ % TEXTS_KEPT;
	free(k->text[i]);
	k->issue[i] = issue;
	k->text[i] = t;
	k->len[i] = n;
	*text = t;
	*len = n;
	return 0;
}

/* Whether column i holds a stored text of no bytes (its length, the
 * first ZHEAD bytes, 0). */
static int
body_empty(sqlite3_stmt *st, int i)
{
	const unsigned char *z = sqlite3_column_blob(st, i);

	return z != NULL && sqlite3_column_bytes(st, i) >= ZHEAD &&
	    (z[0] | z[1] | z[2] | z[3]) == 0;
}

/* Bodies snip_body read (their head could not give the snippet): for
 * the tests. */
long store_snippet_unpacks;
/* Searches whose title group the title pairs told (title_group), and
 * the index rows the walks of searches stepped: for the tests. */
long store_title_groups, store_walk_rows;

/* Article id's body as load_body gives it (the caller frees *out), its
 * page's text taken from k or kept in it. */
static int
snip_body(struct store *s, struct texts_kept *k, int64_t id, char **out,
    size_t *n, char **err)
{
	sqlite3_stmt *st = prep(s, Q_SNIP_BODY, err);
	const char *dict = NULL;
	size_t dn = 0;
	int r;

	*out = NULL;
	*n = 0;
	if (st == NULL || bind_int64(s, st, 1, id, err) < 0 ||
	    (r = step(s, st, err)) < 0) {
		done(st);
		return -1;
	}
	/* A body of no paragraph (a headline alone: a quarter of the hits
	 * of common queries on make-archive pages) needs no page text. */
	if (r == 1 && body_empty(st, 0))
		r = 0;
	if (r == 1 && kept_text(s, k, sqlite3_column_int64(st, 1), &dict,
	    &dn, err) < 0) {
		done(st);
		return -1;
	}
	store_snippet_unpacks++;
	if (r == 0 || dict == NULL)
		*out = xstrdup("");
	else
		*out = unpack(sqlite3_column_blob(st, 0),
		    (size_t)sqlite3_column_bytes(st, 0), dict, dn, 0, n, err);
	done(st);
	return *out != NULL ? 0 : -1;
}

/*
 * migrations[6]'s C step: every body with its head, in bodies7 (its
 * SQL made it), which then takes the name bodies. Read issue by issue
 * (the articles' (issue, seq) index), each page's text unpacked once.
 */
int
migrate_7(struct store *s, char **err)
{
	struct texts_kept k;
	sqlite3_stmt *rd = NULL, *wr = NULL;
	const char *dict;
	unsigned char *head;
	char *body;
	size_t dn, n, hn;
	int r;

	memset(&k, 0, sizeof k);
	if ((rd = prep_once(s, "SELECT a.id, a.issue, b.z FROM articles a"
	    " JOIN bodies b ON b.article = a.id ORDER BY a.issue, a.seq",
	    err)) == NULL || (wr = prep_once(s, "INSERT INTO bodies7(article,"
	    " head, z) VALUES (?1, ?2, ?3)", err)) == NULL) {
		r = -1;
		goto out;
	}
	while ((r = step(s, rd, err)) == 1) {
		dict = NULL;
		dn = n = 0;
		if (!body_empty(rd, 2) && kept_text(s, &k,
		    sqlite3_column_int64(rd, 1), &dict, &dn, err) < 0) {
			r = -1;
			break;
		}
		body = dict == NULL ? xstrdup("") : unpack(sqlite3_column_blob(rd,
		    2), (size_t)sqlite3_column_bytes(rd, 2), dict, dn, 0, &n, err);
		if (body == NULL) {
			r = -1;
			break;
		}
		head = head_make(body, n, &hn);
		free(body);
		if (sqlite3_bind_int64(wr, 1, sqlite3_column_int64(rd, 0)) !=
		    SQLITE_OK || sqlite3_bind_blob(wr, 2, head, (int)hn,
		    SQLITE_TRANSIENT) != SQLITE_OK || sqlite3_bind_value(wr, 3,
		    sqlite3_column_value(rd, 2)) != SQLITE_OK)
			r = db_fail(s, err, "bind");
		free(head);
		if (r < 0 || step(s, wr, err) < 0) {
			r = -1;
			break;
		}
		sqlite3_reset(wr);
	}
out:
	sqlite3_finalize(rd);
	sqlite3_finalize(wr);
	texts_kept_free(&k);
	if (r < 0)
		return -1;
	return exec(s, "DROP TABLE bodies;"
	    " ALTER TABLE bodies7 RENAME TO bodies", err);
}

/*
 * If the folded query is in t[0..n), make h's snippet around its first
 * match (SPEC "search": the match marked in the snippet) and return 1.
 * cut: t is the start of a longer text (a head's last paragraph, cut at
 * a character), so the snippet is made only when the cut leaves the
 * match its SNIPPET_SIDE characters after it: then it is the snippet of
 * the whole text (its first match starts no later, ends no later, and
 * folds the same: the characters up to its context are the same), else
 * 0 (the whole text is needed).
 */
static int
snippet_in(struct search_hit *h, const char *t, size_t n, int cut,
    const char *folded)
{
	size_t start, len, a, b;
	struct buf out;
	int k;

	if (!search_find(t, n, folded, &start, &len))
		return 0;
	a = start;
	b = start + len;
	for (k = 0; k < SNIPPET_SIDE && b < n; k++)
		while (++b < n && ((unsigned char)t[b] & 0xC0) == 0x80)
			;
	if (cut && k < SNIPPET_SIDE)
		return 0;
	for (k = 0; k < SNIPPET_SIDE && a > 0; k++)
		a = utf8_prev(t, a);
	buf_init(&out);
	if (a > 0)
		buf_adds(&out, "…");
	h->mark_start = out.len + (start - a);
	h->mark_len = len;
	buf_add(&out, t + a, b - a);
	if (b < n || cut)
		buf_adds(&out, "…");
	h->snippet = buf_take(&out);
	return 1;
}

static int
snippet_from(struct search_hit *h, const char *t, const char *folded)
{
	return snippet_in(h, t, strlen(t), 0, folded);
}

/*
 * Bytes of paragraph text a body's head keeps (bodies.head, schema 7;
 * head_make), each paragraph's "\0" included: a snippet is made from
 * the head when its first match and the SNIPPET_SIDE characters after
 * it are there, without unpacking the page's text and the body (about
 * 0.5 M instructions a hit). On 14,600 make-archive pages, of the 800
 * hits of the first pages of 36 words of random titles, 87 had their
 * snippet's end past 192 bytes of body, 81 past 256, 74 past 320, 71
 * past 384, 60 past 512 (the first match is mostly in the lead, which
 * a title repeats; the rest lie deep in long bodies); the heads cost
 * 0.07x the page text at 192 bytes, 0.09x at 256, 0.12x at 320, 0.14x
 * at 384, 0.18x at 512.
 */
#define HEAD_MAX 320
/* A head's first byte when it holds every paragraph (else 0). */
#define HEAD_WHOLE 1

unsigned char *
head_make(const char *body, size_t n, size_t *hn)
{
	struct body_walk w = { body, body + n };
	const char *kind, *text;
	unsigned char *h = xmalloc(1 + HEAD_MAX);
	size_t k = 1, len;

	h[0] = HEAD_WHOLE;
	while (body_next(&w, &kind, &text)) {
		len = strlen(text);
		if (len < 1 + HEAD_MAX - k) {
			memcpy(h + k, text, len + 1);
			k += len + 1;
			continue;
		}
		/* Cut before the character that does not fit whole. */
		len = 1 + HEAD_MAX - k;
		while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
			len--;
		memcpy(h + k, text, len);
		k += len;
		h[0] = 0;
		break;
	}
	*hn = k;
	return h;
}

/*
 * The snippet of a hit from the head of its paragraphs, hd[0..hn): 1
 * when made, 0 when the head holds every paragraph and none holds the
 * query, 2 when the head cannot tell (the paragraphs are needed).
 */
static int
head_snippet(struct search_hit *h, const unsigned char *hd, size_t hn,
    const char *folded)
{
	const char *p, *end, *z;

	if (hd == NULL || hn < 1)
		return 2;
	p = (const char *)hd + 1;
	end = (const char *)hd + hn;
	for (; p < end; p = z + 1) {
		if ((z = memchr(p, '\0', (size_t)(end - p))) == NULL)
			return snippet_in(h, p, (size_t)(end - p), 1, folded) ?
			    1 : 2;
		if (snippet_in(h, p, (size_t)(z - p), 0, folded))
			return 1;
	}
	return hd[0] == HEAD_WHOLE ? 0 : 2;
}

/* head_snippet of article id's stored head (2 when it has none: a
 * library before schema 7). */
static int
snip_head(struct store *s, struct search_hit *h, const char *folded,
    char **err)
{
	sqlite3_stmt *st;
	int r;

	if (!s->heads)
		return 2;
	if ((st = prep(s, Q_SNIP_HEAD, err)) == NULL ||
	    bind_int64(s, st, 1, h->id, err) < 0 ||
	    (r = step(s, st, err)) < 0) {
		done(st);
		return -1;
	}
	r = r == 1 ? head_snippet(h, sqlite3_column_blob(st, 0),
	    (size_t)sqlite3_column_bytes(st, 0), folded) : 2;
	done(st);
	return r;
}

/* The snippet of a hit: the first match in kicker, subtitle, byline or
 * a paragraph, else in the title (which the hit shows anyway). where:
 * lreader_where's answer for it, or WHERE_UNKNOWN. The paragraphs are
 * read from the head, else unpacked. Returns 1 when the match is
 * outside the title, 0 when only the title (or nothing) holds it, -1 on
 * error. */
static int
make_snippet(struct store *s, struct texts_kept *k, struct search_hit *h,
    const char *kicker, const char *subtitle, const char *byline,
    int where, const char *folded, char **err)
{
	struct body_walk w;
	const char *kind, *text;
	char *body;
	size_t n;
	int r = 0;

	if (snippet_from(h, kicker, folded) ||
	    snippet_from(h, subtitle, folded) ||
	    snippet_from(h, byline, folded))
		return 1;
	if (where == WHERE_UNKNOWN || (where & WHERE_OTHER))
		r = snip_head(s, h, folded, err);
	if (r < 0)
		return -1;
	if (r == 2) {
		if (snip_body(s, k, h->id, &body, &n, err) < 0)
			return -1;
		w.p = body;
		w.end = body + n;
		while (body_next(&w, &kind, &text))
			if (snippet_from(h, text, folded))
				break;
		free(body);
	}
	if (h->snippet != NULL)
		return 1;
	if (!snippet_from(h, h->title, folded))
		h->snippet = xstrdup("");
	return 0;
}

/* Whether t holds the folded query (search_find without the range). On
 * a title, what the index's title column says too: it holds the same
 * text through the same fold. */
static int
text_has(const char *t, const char *folded)
{
	size_t start, len;

	return t != NULL && search_find(t, strlen(t), folded, &start, &len);
}

/* Whether article id (with these fields) holds the folded query in any
 * field: what its index row matches, read from the text (the fold is
 * the tokenizer's). Sets *has. */
int
article_has(struct store *s, int64_t id, const char *title,
    const char *kicker, const char *subtitle, const char *byline,
    const char *folded, int *has, char **err)
{
	struct body_walk w;
	const char *kind, *text;
	char *body;
	size_t n;

	*has = text_has(title, folded) || text_has(kicker, folded) ||
	    text_has(subtitle, folded) || text_has(byline, folded);
	if (*has)
		return 0;
	if (load_body(s, id, &body, &n, err) < 0)
		return -1;
	w.p = body;
	w.end = body + n;
	while (!*has && body_next(&w, &kind, &text))
		*has = text_has(text, folded);
	free(body);
	return 0;
}

/*
 * Hits the first walk of a search holds (their keys and groups), to put
 * the title group first without a walk of its own when the query has at
 * most this many hits: a rare phrase of common characters then costs one
 * walk of the index, not two. Past it, the hits held are the first of
 * the body group and the walk resumes after them, so nothing is walked
 * twice. Small: the held hits are read again by key to be given.
 */
#define SEARCH_HELD_MAX 32

/*
 * One search under way. SPEC "search" order: title matches, then the
 * rest; in each, dated issues newest first, then undated ones last
 * imported first. Keys put undated issues above dated ones, so each
 * group is a backward walk of the dated keys, then of the undated keys.
 */
struct hunt {
	struct store *s;
	const char *folded;     /* the folded query */
	int limit;              /* <= 0: none */
	size_t given;           /* hits handed to fn so far */
	int nrange;             /* 2 when the library holds undated issues */
	store_hit_fn fn;
	void *ctx;
	struct held {
		int64_t key;
		int in_title;
		int where;      /* lreader_where's */
	} held[SEARCH_HELD_MAX + 1];
	size_t nheld;
	int full;               /* held more than SEARCH_HELD_MAX */
	int full_range;         /* then: the range and key it stopped at */
	int64_t full_key;
	struct texts_kept texts;    /* for the snippets */
	int titles;             /* the title group from the title pairs
	                           (title_group): 0 not looked up, -1 they
	                           cannot tell, 2 candidates in tids, 1
	                           read: their titles in tc, in SPEC order */
	int64_t *tids;
	size_t ntids;
	struct tcand *tc;
	size_t ntc;
};

/* The index key ranges of the walk, in SPEC order: dated issues' keys,
 * then undated ones' (see FKEY_UNDATED). */
static const int64_t hunt_range[2][2] = {
	{ 0, FKEY_UNDATED - 1 }, { FKEY_UNDATED, INT64_MAX },
};

/* What a walk does with each match. */
enum walk_mode {
	WALK_TITLE,     /* give it: the title group's walk */
	WALK_BODY,      /* give it unless its title holds the query */
	WALK_HOLD,      /* hold its key and group (Q_HOLD_KEYS: no join, the
			 * group from lreader_where); stop when more than
			 * the held maximum */
};

/* A hit's fields as Q_SEARCH's columns give them (pointers into the
 * statement's row). */
struct hit_row {
	int64_t id;
	int issue;
	const char *title, *kicker, *subtitle, *byline;
};

static void
hit_row_of(struct hit_row *row, sqlite3_stmt *st)
{
	row->id = sqlite3_column_int64(st, 0);
	row->issue = sqlite3_column_int(st, 1);
	row->title = (const char *)sqlite3_column_text(st, 2);
	row->kicker = (const char *)sqlite3_column_text(st, 3);
	row->subtitle = (const char *)sqlite3_column_text(st, 4);
	row->byline = (const char *)sqlite3_column_text(st, 6);
}

/* Hand the hit in row to the callback, its snippet made for it alone
 * (where: as make_snippet). With `check` (a candidate of the pair
 * index, not in its title), only if a field other than the title holds
 * the query. Returns fn's value, 0 when checked out, or -1. */
static int
give_row(struct hunt *h, const struct hit_row *row, int in_title,
    int where, int check, char **err)
{
	struct search_hit hit;
	int r;

	memset(&hit, 0, sizeof hit);
	hit.id = row->id;
	hit.issue = row->issue;
	hit.title = (char *)(row->title ? row->title : "");
	hit.in_title = in_title;
	if ((r = make_snippet(h->s, &h->texts, &hit, row->kicker,
	    row->subtitle, row->byline, where, h->folded, err)) < 0)
		return -1;
	if (check && r == 0) {
		free(hit.snippet);
		return 0;
	}
	r = h->fn(h->ctx, &hit);
	free(hit.snippet);
	h->given++;
	return r;
}

/* give_row of the hit in the current row of st (Q_SEARCH's columns). */
static int
give_hit(struct hunt *h, sqlite3_stmt *st, int in_title, int where,
    int check, char **err)
{
	struct hit_row row;

	hit_row_of(&row, st);
	return give_row(h, &row, in_title, where, check, err);
}

/* Step a walk of the index (st), its rows counted (store_walk_rows). */
static int
walk_step(struct hunt *h, sqlite3_stmt *st, char **err)
{
	int r = step(h->s, st, err);

	store_walk_rows += r == 1;
	return r;
}

/* Whether the limit is reached. */
static int
hunt_done(const struct hunt *h)
{
	return h->limit > 0 && h->given >= (size_t)h->limit;
}

/*
 * Walk the articles matching `match` whose index key lies in range
 * `range` and is at most `hi`, newest first, doing `mode` with each.
 * Stops at the limit. Returns 0, the callback's stop value, or -1.
 *
 * The range is not a bound on the work: FTS5 looks for the next match
 * of a phrase before it compares the key with the range, so a backward
 * walk of a range with no match left goes on to the first key (the old
 * search walked four ranges, each a whole walk for a rare phrase of
 * common characters: 100 ms at 14,600 pages). The dated range ends at
 * the first key anyway, and the undated range is walked only when there
 * are undated issues.
 */
static int
walk_hits(struct hunt *h, const char *match, int range, int64_t hi,
    enum walk_mode mode, char **err)
{
	sqlite3_stmt *st = prep(h->s, mode == WALK_HOLD ? Q_HOLD_KEYS :
	    Q_SEARCH, err);
	int r = -1, in_title, where;

	/* Bound by the range, not by hi: FTS5 (3.40) walking a phrase's
	 * doclists newest first from a key inside them (rowid <= hi) can
	 * pass over rows below it (3 of 2,000 articles of 山 in
	 * test_search_moved_keys, never found). The rows above hi are
	 * walked again and skipped: the first walk's held ones. */
	if (st == NULL || bindf(h->s, st, err, "tII", match,
	    hunt_range[range][0], hunt_range[range][1]) < 0)
		goto out;
	r = 0;
	while (!hunt_done(h) && !h->full) {
		if ((r = walk_step(h, st, err)) <= 0)
			break;
		r = 0;
		if (sqlite3_column_int64(st, mode == WALK_HOLD ? 0 : 5) > hi)
			continue;
		if (mode == WALK_HOLD) {
			h->held[h->nheld].key = sqlite3_column_int64(st, 0);
			h->held[h->nheld].where = sqlite3_column_int(st, 1);
			h->held[h->nheld++].in_title =
			    (sqlite3_column_int(st, 1) & WHERE_TITLE) != 0;
			if (h->nheld > SEARCH_HELD_MAX) {
				h->full = 1;
				h->full_range = range;
				h->full_key = h->held[h->nheld - 1].key;
			}
			continue;
		}
		in_title = mode == WALK_TITLE || text_has((const char *)
		    sqlite3_column_text(st, 2), h->folded);
		/* (The title walk's phrase is the title column's: FTS5
		 * tells nothing of the other column.) */
		if (mode != WALK_TITLE && in_title)
			continue;
		where = mode == WALK_TITLE ? WHERE_UNKNOWN :
		    sqlite3_column_int(st, 7);
		if ((r = give_hit(h, st, in_title, where, 0, err)) != 0)
			break;
	}
out:
	done(st);
	return r;
}

/* Give the hit with index key `key` in group in_title, where
 * lreader_where said (none when no article has the key: the index has
 * a key no article has, never left by lreader; Q_SEARCH's join skips
 * it too). */
static int
give_key(struct hunt *h, int64_t key, int in_title, int where,
    char **err)
{
	sqlite3_stmt *st = prep(h->s, Q_HIT_BY_KEY, err);
	int r;

	if (st == NULL || bind_int64(h->s, st, 1, key, err) < 0 ||
	    (r = step(h->s, st, err)) < 0)
		r = -1;
	else
		r = r == 1 ? give_hit(h, st, in_title, where, 0, err) : 0;
	done(st);
	return r;
}

/* Give the held hits of one group (in_title 1 or 0), in order. */
static int
give_held(struct hunt *h, int in_title, char **err)
{
	size_t i;
	int r = 0;

	for (i = 0; i < h->nheld && r == 0 && !hunt_done(h); i++)
		if (h->held[i].in_title == in_title)
			r = give_key(h, h->held[i].key, in_title,
			    h->held[i].where, err);
	return r;
}

/* A title the title pairs name: its article's index key and title. */
struct tcand {
	int64_t key;
	char *title;
};

/* SPEC order (cand_cmp's): dated keys before undated ones, each newest
 * first. */
static int
tcand_cmp(const void *a, const void *b)
{
	const struct tcand *x = a, *y = b;
	int ux = x->key >= FKEY_UNDATED, uy = y->key >= FKEY_UNDATED;

	if (ux != uy)
		return ux - uy;
	return x->key < y->key ? 1 : x->key > y->key ? -1 : 0;
}

/* The keys and titles of the articles ids[0..n) still there, in SPEC
 * order, into h->tc: one statement (a lookup each, inside SQLite). */
static int
tcands_read(struct hunt *h, const int64_t *ids, size_t n, char **err)
{
	sqlite3_stmt *st;
	struct buf b;
	size_t i;
	int r;

	buf_init(&b);
	buf_adds(&b, "SELECT skey, title FROM articles WHERE id IN (");
	for (i = 0; i < n; i++)
		buf_addf(&b, "%s%lld", i > 0 ? "," : "", (long long)ids[i]);
	buf_adds(&b, ")");
	st = prep_once(h->s, b.data, err);
	buf_free(&b);
	if (st == NULL)
		return -1;
	h->tc = xreallocarray(NULL, n + 1, sizeof *h->tc);
	while ((r = step(h->s, st, err)) == 1 && h->ntc < n) {
		h->tc[h->ntc].key = sqlite3_column_int64(st, 0);
		h->tc[h->ntc++].title = xstrdup((const char *)
		    (sqlite3_column_text(st, 1) ? sqlite3_column_text(st, 1) :
		    (const unsigned char *)""));
	}
	sqlite3_finalize(st);
	if (r < 0)
		return -1;
	if (h->ntc > 1)
		qsort(h->tc, h->ntc, sizeof *h->tc, tcand_cmp);
	return 0;
}

/*
 * Whether the title pairs (store-pairs.c: TITLE_PAIR) tell the title
 * group: then h->tc holds the titles the lists name (at most
 * PAIR_LIST_MAX), and the title walk reads them, not the title
 * column's phrase in FTS5, which passes every row that holds the
 * phrase in either column: its cost no longer grows with the hits
 * outside the titles. The titles are read in one statement (about 3 K
 * instructions each) and checked as the walk reaches them (search_find:
 * about 8 K each), while the title column's phrase passes a hit for
 * less when it is short (交城 at limit 1, 14,600 make-archive pages:
 * 3.0 M instructions in all): they are read when there are at most
 * `rows` of them, the hits the title walk would pass (< 0: all of
 * them). The lists are looked up once, the titles read once.
 */
static int
title_group(struct hunt *h, double rows, int *known, char **err)
{
	int r;

	*known = 0;
	if (h->titles == 0) {
		h->titles = -1;
		if ((r = pairs_title_lookup(h->s, h->folded, &h->tids,
		    &h->ntids, err)) < 0)
			return -1;
		if (r == 1)
			h->titles = 2;
	}
	if (h->titles == 2 && (rows < 0 || (double)h->ntids <= rows)) {
		if (tcands_read(h, h->tids, h->ntids, err) < 0)
			return -1;
		h->titles = 1;
		store_title_groups++;
	}
	*known = h->titles == 1;
	return 0;
}

/* The hits the title walk passes for the limit when t of n hits seen
 * were in titles; all of them (-1) with no limit, or when none was
 * seen: the titles may hold none, the walk then passes every hit (推动高
 * at limit 1), against PAIR_LIST_MAX titles read at most. */
static double
title_rows(const struct hunt *h, double t, double n)
{
	return h->limit <= 0 || t <= 0 ? -1 : (double)h->limit * n / t;
}

/* The title group's hits held among h->held. */
static double
held_titles(const struct hunt *h)
{
	size_t i;
	double t = 0;

	for (i = 0; i < h->nheld; i++)
		t += h->held[i].in_title != 0;
	return t;
}

/* The title group title_group read (h->tc, newest first) given while
 * its titles hold the query, until the limit. */
static int
give_title_group(struct hunt *h, char **err)
{
	size_t i;
	int r = 0;

	for (i = 0; i < h->ntc && r == 0 && !hunt_done(h); i++)
		if (text_has(h->tc[i].title, h->folded))
			r = give_key(h, h->tc[i].key, 1, WHERE_UNKNOWN, err);
	return r;
}

/* The title walk: the title group, newest first, from the title pairs
 * when title_group reads them for `rows`, else the title column's
 * phrase; until the limit. */
static int
walk_titles(struct hunt *h, const char *match, double rows, char **err)
{
	int k, r, known;

	if ((r = title_group(h, rows, &known, err)) < 0)
		return -1;
	if (known)
		return give_title_group(h, err);
	for (k = 0; k < h->nrange && r == 0; k++)
		r = walk_hits(h, match, k, hunt_range[k][1], WALK_TITLE, err);
	return r;
}

/*
 * The rest of a search after the first walk held more than it may: the
 * title group's hits anywhere, then the body group's beyond the held
 * ones. Two ways to find them:
 *
 * - the title walk: the title column's phrase newest first, stopping at
 *   the limit, then the body walk on from where the first walk stopped.
 *   Cheap when titles hold the query often; when they hold it rarely
 *   (a rare phrase of common characters) it walks the whole index, on
 *   top of the first walk: twice a count's work (区。所, 35 hits, at
 *   14,600 make-archive pages: 194 M instructions, its count 90 M).
 *   Unless the title pairs tell the title group (title_group): then it
 *   reads those few titles, and is the way on.
 * - the collecting walk (collect_rest): the keys below the held ones,
 *   oldest first, keeping the newest `limit` of each group in each key
 *   range, told apart by lreader_where: one walk of the rest, no
 *   join, in the direction FTS5 walks cheaper.
 *
 * COLLECT_MAX: the largest limit the collecting walk serves (its keys
 * take 4 x 8 bytes each); past it, and with no limit, the title walk,
 * which holds nothing.
 */
#define COLLECT_MAX 1024
/*
 * What a walk of the index oldest first costs against one newest first
 * (FTS5 walks a doclist backwards page by page, each page's rows found
 * first): in tenths. Measured in instructions at 14,600 make-archive
 * pages, the same phrases counted (oldest first) and walked for the
 * first page (newest first, 32 hits or fewer: one walk): 0.64 (演。依),
 * 0.84 (部位领军), 0.87 (全。与).
 */
#define ASC_TENTHS 8

/* A key a walk found and what lreader_where said of its row. */
struct found {
	int64_t key;
	int where;
};

/* The newest keys a walk oldest first passed: the last cap of them. */
struct ring {
	struct found *key;
	size_t cap, n;          /* n: all pushed */
};

/* Push the key in column 0 of st's row (lreader_where's in column 1). */
static void
ring_push(struct ring *r, sqlite3_stmt *st)
{
	struct found *f;

	if (r->key == NULL)
		r->key = xreallocarray(NULL, r->cap, sizeof *r->key);
	f = &r->key[r->n++ % r->cap];
	f->key = sqlite3_column_int64(st, 0);
	f->where = sqlite3_column_int(st, 1);
}

/* Give ring r's keys, newest first, in group in_title. */
static int
give_ring(struct hunt *h, const struct ring *r, int in_title, char **err)
{
	size_t i, n = r->n < r->cap ? r->n : r->cap;
	const struct found *f;
	int rc = 0;

	for (i = 0; i < n && rc == 0 && !hunt_done(h); i++) {
		f = &r->key[(r->n - 1 - i) % r->cap];
		rc = give_key(h, f->key, in_title, f->where, err);
	}
	return rc;
}

/*
 * The collecting walk: the keys of match (either column's phrase) left
 * after the first walk (range full_range below full_key, and the ranges
 * after it), oldest first; then the title group (held title hits, then
 * each range's newest title hits) and the body group the same way.
 */
static int
collect_rest(struct hunt *h, const char *match, char **err)
{
	struct ring ring[2][2];
	sqlite3_stmt *st;
	int k, g, r = 0;

	memset(ring, 0, sizeof ring);
	for (k = 0; k < 2; k++)
		for (g = 0; g < 2; g++)
			ring[k][g].cap = (size_t)h->limit;
	for (k = h->full_range; k < h->nrange && r == 0; k++) {
		if ((st = prep(h->s, Q_SEARCH_KEYS, err)) == NULL ||
		    bindf(h->s, st, err, "tII", match, hunt_range[k][0],
		    k == h->full_range ? h->full_key - 1 :
		    hunt_range[k][1]) < 0)
			r = -1;
		while (r == 0 && (r = walk_step(h, st, err)) == 1) {
			ring_push(&ring[k][(sqlite3_column_int(st, 1) &
			    WHERE_TITLE) != 0], st);
			r = 0;
		}
		done(st);
	}
	for (g = 1; g >= 0 && r == 0; g--) {
		r = give_held(h, g, err);
		for (k = h->full_range; k < h->nrange && r == 0; k++)
			r = give_ring(h, &ring[k][g], g, err);
	}
	for (k = 0; k < 2; k++)
		for (g = 0; g < 2; g++)
			free(ring[k][g].key);
	return r;
}

/*
 * Whether the collecting walk is the cheaper way on (see COLLECT_MAX),
 * in units of a whole walk newest first. The first walk passed a share
 * f of the articles (their keys from the one it stopped at up) and held
 * t title hits among SEARCH_HELD_MAX + 1: the title walk reaches the
 * limit after about f * limit / t of a walk (all of it at most); the
 * collecting walk walks the other 1 - f oldest first, ASC_TENTHS of the
 * cost. With no title held, t counts as a half (the title walk still
 * stops early when the first page is near: limit 1 of a common phrase).
 * So it pays once f reaches f* = a / (a + limit / t) (a: ASC_TENTHS /
 * 10): the articles passed are counted up to f* of them all (a capped
 * count: a few index entries for a common phrase, whose first walk
 * stopped early).
 */
static int
collect_pays(struct hunt *h, int *yes, char **err)
{
	sqlite3_stmt *st;
	double a = ASC_TENTHS / 10.0, t = 0, fstar;
	int64_t total = 0, cap, passed = 0;
	size_t i;
	int k;

	*yes = 0;
	if (h->limit <= 0 || h->limit > COLLECT_MAX)
		return 0;
	for (i = 0; i < h->nheld; i++)
		t += h->held[i].in_title != 0;
	if (t == 0)
		t = 0.5;
	/* Article ids are never reused: the highest is at least their
	 * count (more after deletions: f comes out lower, the title walk
	 * chosen, as before). */
	if (query_int(h->s, "SELECT coalesce(max(id), 0) FROM articles",
	    &total, err) < 0)
		return -1;
	fstar = a / (a + h->limit / t);
	cap = (int64_t)(fstar * (double)total) + 1;
	for (k = 0; k <= h->full_range && passed < cap; k++) {
		if ((st = prep(h->s, Q_KEYS_PASSED, err)) == NULL ||
		    bindf(h->s, st, err, "III", k == h->full_range ?
		    h->full_key : hunt_range[k][0], hunt_range[k][1],
		    cap - passed) < 0 || step(h->s, st, err) != 1) {
			done(st);
			return -1;
		}
		passed += sqlite3_column_int64(st, 0);
		done(st);
	}
	*yes = passed >= cap;
	return 0;
}

/*
 * A first page (a limit of at most COLLECT_MAX) on FTS5 (schema 8 and
 * before, which the tests still build): one walk newest first, of either
 * column (Q_HOLD_KEYS: keys and groups, no join), keeping the first
 * `limit` keys of each group; it ends once the title group has them
 * all, and the page is the title group's keys, then the body group's.
 * That is the title walk and the body walk after the held hits in one
 * (a row holds the phrase in its title when its first instance is
 * there, lreader_where), and each walk newest first costs FTS5 over
 * a million instructions before its first row (数字化 at 14,600
 * make-archive pages: the walk holding 33 hits 1.6 M, the title walk
 * to its first hit as much).
 *
 * But the title walk passes the rows of the body group inside FTS5,
 * and this walk hands each to the caller (about 4.5 K instructions a
 * row): past SEARCH_HELD_MAX hits, it asks collect_pays as hunt_run
 * does, and then whether the body rows it should still pass before
 * the title group is full, at the title rate of the held hits, are
 * more than WALK_BODY_ROWS_MAX: then the title walk pays, and *rest
 * says which way hunt_run goes on (nothing given yet).
 *
 * The title walk starts over: FTS5 opens its segment iterators again
 * and reads again the pages the page cache (STORE_READ_ONCE_PAGES) let
 * go, a system call each (2-10 us on the bench machine), and its
 * leaves are a new peak of the heap (page faults, 20-40 us each). At
 * 14,600 make-archive pages, limit 20, going on with this walk rather
 * than the title walk: 数字化 (1,320 rows foreseen) 574 -> 398 reads,
 * 231 -> 219 faults, instructions -0.6 %; 签约项 (1,320) 573 -> 406,
 * 239 -> 224, -18 %; 生物大 (1,320) 662 -> 486, 223 -> 216, +12 %;
 * 带来的 (608) 650 -> 466, 244 -> 217, -13 %; 博士论坛的 (608) 912
 * -> 656, 281 -> 250, +2 %. At limit 100 (6,600 rows foreseen) the
 * title walk still paid for 生物大 (+25 % instructions going on).
 */
#define WALK_BODY_ROWS_MAX 1400

enum rest { REST_NONE, REST_COLLECT, REST_TITLE };

/* Past the held hits: how the first page goes on (see above). */
static int
first_page_rest(struct hunt *h, enum rest *rest, char **err)
{
	double t = 0, rows;
	size_t i;
	int collect;

	*rest = REST_NONE;
	/* The title group told by the title pairs: the title walk walks
	 * no index, and the body walk goes on from the held hits. */
	if (title_group(h, title_rows(h, held_titles(h), (double)h->nheld),
	    &collect, err) < 0)
		return -1;
	if (collect) {
		*rest = REST_TITLE;
		return 0;
	}
	if (collect_pays(h, &collect, err) < 0)
		return -1;
	if (collect) {
		*rest = REST_COLLECT;
		return 0;
	}
	for (i = 0; i < h->nheld; i++)
		t += h->held[i].in_title != 0;
	/* (limit - t) more title hits at t in nheld: that many rows, less
	 * the title ones (t < limit: the walk ends at limit of them). */
	rows = ((double)h->limit - t) * ((double)h->nheld - t) /
	    (t > 0 ? t : 0.5);
	if (rows > WALK_BODY_ROWS_MAX)
		*rest = REST_TITLE;
	return 0;
}

static int
hunt_first_page(struct hunt *h, const char *match, enum rest *rest,
    char **err)
{
	sqlite3_stmt *st;
	struct found *keys[2];
	int64_t key;
	size_t nk[2] = { 0, 0 }, i;
	int k, g, r = 0, where;

	*rest = REST_NONE;
	keys[0] = xreallocarray(NULL, (size_t)h->limit, sizeof *keys[0]);
	keys[1] = xreallocarray(NULL, (size_t)h->limit, sizeof *keys[1]);
	for (k = 0; k < h->nrange && r == 0 && *rest == REST_NONE &&
	    nk[1] < (size_t)h->limit; k++) {
		if ((st = prep(h->s, Q_HOLD_KEYS, err)) == NULL ||
		    bindf(h->s, st, err, "tII", match, hunt_range[k][0],
		    hunt_range[k][1]) < 0)
			r = -1;
		while (r == 0 && nk[1] < (size_t)h->limit &&
		    (r = walk_step(h, st, err)) == 1) {
			r = 0;
			key = sqlite3_column_int64(st, 0);
			where = sqlite3_column_int(st, 1);
			g = (where & WHERE_TITLE) != 0;
			if (nk[g] < (size_t)h->limit) {
				keys[g][nk[g]].key = key;
				keys[g][nk[g]++].where = where;
			}
			if (h->full)
				continue;
			h->held[h->nheld].key = key;
			h->held[h->nheld].where = where;
			h->held[h->nheld++].in_title = g;
			if (h->nheld <= SEARCH_HELD_MAX)
				continue;
			h->full = 1;
			h->full_range = k;
			h->full_key = key;
			if ((r = first_page_rest(h, rest, err)) == 0 &&
			    *rest != REST_NONE)
				break;
		}
		done(st);
	}
	for (g = 1; g >= 0 && r == 0 && *rest == REST_NONE; g--)
		for (i = 0; i < nk[g] && r == 0 && !hunt_done(h); i++)
			r = give_key(h, keys[g][i].key, g, keys[g][i].where,
			    err);
	free(keys[0]);
	free(keys[1]);
	return r;
}

/*
 * The walks of a search: match[0] the title column's phrase, match[1]
 * either column's. First either column, holding the hits; if they all
 * fit, give the held title hits and then the rest. Otherwise the rest
 * by the collecting walk or the title walk, whichever should cost less
 * (collect_pays): the same hits in the same order either way.
 */
static int
hunt_run(struct hunt *h, char *const match[2], char **err)
{
	enum rest rest;
	int g, k, r = 0, collect = 0, known;

	if (h->limit > 0 && h->limit <= COLLECT_MAX) {
		if ((r = hunt_first_page(h, match[1], &rest, err)) != 0 ||
		    rest == REST_NONE)
			return r;
		collect = rest == REST_COLLECT;
	} else {
		for (k = 0; k < h->nrange && r == 0 && !h->full; k++)
			r = walk_hits(h, match[1], k, hunt_range[k][1],
			    WALK_HOLD, err);
		if (r != 0)
			return r;
		if (!h->full) {
			for (g = 1; g >= 0 && r == 0; g--)
				r = give_held(h, g, err);
			return r;
		}
		if (title_group(h, title_rows(h, held_titles(h),
		    (double)h->nheld), &known, err) < 0 || (!known &&
		    collect_pays(h, &collect, err) < 0))
			return -1;
	}
	if (collect)
		return collect_rest(h, match[1], err);
	h->full = 0;	/* the held hits are the first of the body group */
	r = walk_titles(h, match[0], title_rows(h, held_titles(h),
	    (double)h->nheld), err);
	if (r == 0)
		r = give_held(h, 0, err);
	for (k = h->full_range; k < h->nrange && r == 0; k++)
		r = walk_hits(h, match[1], k, k == h->full_range ?
		    h->full_key - 1 : hunt_range[k][1], WALK_BODY, err);
	return r;
}

/* ---- search on our own index (schema 9, store-index.c) ----
 *
 * Its walks newest first cost about as much as the first page of FTS5's
 * (doc/index-design.md), and a match tells where its instances are
 * (ix_where) from positions the walk has decoded: no oldest-first probe,
 * no holding, no collecting walk. The title group is the title pairs'
 * when they tell it (title_group), else a walk of the title-only
 * phrase; the body group a walk of the phrase that skips the matches
 * with an instance in the title. Each walk stops at the limit.
 */

/* Walk the matches of h's query (mode IX_ANY or IX_TITLE) in every key
 * range, newest first: title group (in_title) gives those with an
 * instance in the title, the body group those with none there. */
static int
own_walk(struct hunt *h, int mode, int in_title, char **err)
{
	struct ix_query *q = NULL;
	int64_t key, t;
	int k, r = 0, where;

	for (k = 0; k < h->nrange && r == 0 && !hunt_done(h); k++) {
		if (ix_open(h->s->db, h->folded, mode, &q, err) < 0)
			return -1;
		t = hunt_range[k][1];
		while (r == 0 && !hunt_done(h) &&
		    (r = ix_le(q, t, &key, err)) == 1) {
			r = 0;
			store_walk_rows++;
			if (key < hunt_range[k][0])
				break;
			t = key - 1;
			if (ix_where(q, &where, err) < 0) {
				r = -1;
				break;
			}
			if (!in_title && (where & IX_WHERE_TITLE))
				continue;
			r = give_key(h, key, in_title, where, err);
			if (key == hunt_range[k][0])
				break;
		}
		ix_close(q);
		q = NULL;
	}
	return r < 0 ? -1 : r;
}

static int
own_hunt(struct hunt *h, char **err)
{
	int r, known;

	if ((r = title_group(h, -1, &known, err)) < 0)
		return -1;
	if (known)
		r = give_title_group(h, err);
	else
		r = own_walk(h, IX_TITLE, 1, err);
	if (r == 0)
		r = own_walk(h, IX_ANY, 0, err);
	return r;
}

int
own_hits(struct store *s, const char *folded, int64_t lo, int64_t hi,
    char **err)
{
	sqlite3_stmt *st = NULL;
	struct ix_query *q = NULL;
	int64_t key, t = hi;
	int r;

	/* (a temporary table: a library open for reading only has one) */
	if (exec(s, "CREATE TEMP TABLE IF NOT EXISTS ix_hits(key INTEGER"
	    " PRIMARY KEY); DELETE FROM temp.ix_hits", err) < 0)
		return -1;
	if ((st = prep_once(s, "INSERT INTO temp.ix_hits(key) VALUES (?1)",
	    err)) == NULL || ix_open(s->db, folded, IX_ANY, &q, err) < 0) {
		sqlite3_finalize(st);
		return -1;
	}
	while ((r = ix_le(q, t, &key, err)) == 1 && key >= lo) {
		if (bind_int64(s, st, 1, key, err) < 0 || step(s, st, err) < 0 ||
		    sqlite3_reset(st) != SQLITE_OK) {
			if (err != NULL && *err == NULL)
				db_fail(s, err, "ix_hits");
			r = -1;
			break;
		}
		if (key == lo)
			break;
		t = key - 1;
	}
	ix_close(q);
	sqlite3_finalize(st);
	return r < 0 ? -1 : 0;
}

/* ---- search through the pair index (store-pairs.c) ---- */

/* An article the pair index names: its index key, whether its title
 * holds the query (its group), and whether it holds the query for sure
 * (a query of one pair, the article unchanged since listed). */
struct cand {
	int64_t id, key;
	int in_title, sure;
};

/* SPEC order, the walks' order: the title group first; in each, dated
 * issues' keys before undated ones', each newest (highest) first. */
static int
cand_cmp(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	int ux = x->key >= FKEY_UNDATED, uy = y->key >= FKEY_UNDATED;

	if (x->in_title != y->in_title)
		return y->in_title - x->in_title;
	if (ux != uy)
		return ux - uy;
	return x->key < y->key ? 1 : x->key > y->key ? -1 : 0;
}

/* Q_HIT_BY_ID for article id: 1 with its row in *st (done() it), 0
 * when it is gone, -1. */
static int
hit_by_id(struct store *s, int64_t id, sqlite3_stmt **st, char **err)
{
	int r;

	if ((*st = prep(s, Q_HIT_BY_ID, err)) == NULL ||
	    bind_int64(s, *st, 1, id, err) < 0 ||
	    (r = step(s, *st, err)) < 0) {
		done(*st);
		*st = NULL;
		return -1;
	}
	return r;
}

/* The candidates ids[0..n) that are still articles, in SPEC order of
 * the group their title puts them in (*out: the caller frees). */
static int
cands_read(struct store *s, const int64_t *ids, size_t n,
    const char *folded, struct cand **out, size_t *nout, char **err)
{
	struct cand *c = xreallocarray(NULL, n + 1, sizeof *c);
	sqlite3_stmt *st;
	size_t i, k = 0;
	int r = 0, one = pairs_one(folded);

	for (i = 0; i < n; i++) {
		if ((st = prep(s, Q_CAND_ROW, err)) == NULL ||
		    bind_int64(s, st, 1, ids[i], err) < 0 ||
		    (r = step(s, st, err)) < 0) {
			done(st);
			r = -1;
			break;
		}
		if (r == 1) {
			c[k].id = ids[i];
			c[k].key = sqlite3_column_int64(st, 1);
			c[k].sure = one && !sqlite3_column_int(st, 8);
			c[k++].in_title = text_has((const char *)
			    sqlite3_column_text(st, 4), folded);
		}
		done(st);
	}
	if (r < 0) {
		free(c);
		return -1;
	}
	if (k > 1)
		qsort(c, k, sizeof *c, cand_cmp);
	*out = c;
	*nout = k;
	return 0;
}

/*
 * The hits among the pair index's candidates, in SPEC order: the title
 * group as the titles say, then each other candidate that holds the
 * query for sure or whose other fields hold it (a candidate may hold
 * only the pairs, or have been re-imported without them), until the
 * limit.
 */
static int
hunt_cands(struct hunt *h, const int64_t *ids, size_t n, char **err)
{
	struct cand *c;
	sqlite3_stmt *st;
	size_t nc, i;
	int r = 0;

	if (cands_read(h->s, ids, n, h->folded, &c, &nc, err) < 0)
		return -1;
	for (i = 0; i < nc && r == 0 && !hunt_done(h); i++) {
		if ((r = hit_by_id(h->s, c[i].id, &st, err)) == 1)
			r = give_hit(h, st, c[i].in_title, WHERE_UNKNOWN,
			    !c[i].in_title && !c[i].sure, err);
		done(st);
	}
	free(c);
	return r;
}

/* Whether article id changed since the pair index listed it. */
static int
pair_gone(struct store *s, int64_t id, int *gone, char **err)
{
	sqlite3_stmt *st = prep(s, Q_PAIR_GONE, err);
	int r = -1;

	if (st != NULL && bind_int64(s, st, 1, id, err) == 0 &&
	    step(s, st, err) == 1) {
		*gone = sqlite3_column_int(st, 0);
		r = 0;
	}
	done(st);
	return r;
}

/* How many of the candidates ids[0..n) hold the folded query: those
 * sure to (one pair, unchanged) counted unread, the rest read. */
static int
count_cands(struct store *s, const int64_t *ids, size_t n,
    const char *folded, long *count, char **err)
{
	sqlite3_stmt *st;
	size_t i;
	int r = 0, has, gone = 1, one = pairs_one(folded);

	for (i = 0; i < n && r >= 0; i++) {
		if (one && (r = pair_gone(s, ids[i], &gone, err)) == 0 &&
		    !gone) {
			(*count)++;
			continue;
		}
		if (r < 0)
			break;
		if ((r = hit_by_id(s, ids[i], &st, err)) == 1) {
			r = article_has(s, ids[i], (const char *)
			    sqlite3_column_text(st, 2), (const char *)
			    sqlite3_column_text(st, 3), (const char *)
			    sqlite3_column_text(st, 4), (const char *)
			    sqlite3_column_text(st, 6), folded, &has, err);
			*count += r == 0 && has;
		}
		done(st);
	}
	return r < 0 ? -1 : 0;
}

/* Whether any issue is undated (an index lookup). */
static int
any_undated(struct store *s, int *yes, char **err)
{
	sqlite3_stmt *st = prep(s, Q_ANY_UNDATED, err);
	int r = -1;

	*yes = 0;
	if (st != NULL && bind_int64(s, st, 1, KEY_UNDATED, err) == 0 &&
	    step(s, st, err) == 1) {
		*yes = sqlite3_column_int(st, 0);
		r = 0;
	}
	done(st);
	return r;
}

/*
 * The folded query, or NULL with *err when it is too long (SPEC
 * "Limits") and with nothing when it folds to nothing (which matches
 * nothing). The caller frees it.
 */
static char *
search_query(const char *query, int *r, char **err)
{
	char *folded;

	*r = 0;
	if (query == NULL)
		return NULL;
	/* SPEC "Limits": the match expression and the substring check grow
	 * with the query; no one reads a 257-character phrase into a box. */
	if (utf8_count(query) > STORE_QUERY_MAX) {
		*r = fail(err, "query too long (over %d characters)",
		    STORE_QUERY_MAX);
		return NULL;
	}
	folded = search_fold(query, strlen(query), NULL);
	if (folded[0] == '\0') {
		free(folded);
		return NULL;
	}
	return folded;
}

int
store_search_each(struct store *s, const char *query, int limit,
    store_hit_fn fn, void *ctx, char **err)
{
	struct hunt *h;
	char *folded, *match[2];
	int64_t *ids = NULL;
	size_t n = 0, i;
	int undated = 0, r;

	if ((folded = search_query(query, &r, err)) == NULL)
		return r;
	h = xcalloc(1, sizeof *h);
	h->s = s;
	h->folded = folded;
	h->limit = limit;
	h->fn = fn;
	h->ctx = ctx;
	/* The title group walks the title column. The rest walks either
	 * column and leaves out what holds the query in its title: cheaper
	 * than FTS5's "body NOT title", which runs a second phrase. */
	match[0] = match_expr(folded, "title", NULL);
	match[1] = match_expr(folded, NULL, NULL);
	r = numbers_ready(s, err);
	/* A query the pair index narrows to a few articles reads those;
	 * else the index is walked. */
	if (r == 0 && (r = pairs_lookup(s, folded, &ids, &n, err)) == 1)
		r = hunt_cands(h, ids, n, err);
	else if (r == 0) {
		r = any_undated(s, &undated, err);
		h->nrange = undated ? 2 : 1;
		if (r == 0)
			r = s->own ? own_hunt(h, err) : hunt_run(h, match, err);
	}
	free(ids);
	texts_kept_free(&h->texts);
	free(h->tids);
	for (i = 0; i < h->ntc; i++)
		free(h->tc[i].title);
	free(h->tc);
	free(h);
	free(match[0]);
	free(match[1]);
	free(folded);
	return r;
}

/* store_search's callback: a copy of every hit. */
struct hit_list {
	struct search_hit *hits;
	size_t n;
};

static int
add_hit(void *ctx, const struct search_hit *hit)
{
	struct hit_list *l = ctx;
	struct search_hit *c;

	l->hits = xreallocarray(l->hits, l->n + 1, sizeof *l->hits);
	c = &l->hits[l->n++];
	*c = *hit;
	c->title = xstrdup(hit->title);
	c->snippet = xstrdup(hit->snippet);
	return 0;
}

int
store_search(struct store *s, const char *query, int limit,
    struct search_hit **hits, size_t *n, char **err)
{
	struct hit_list l = { NULL, 0 };

	*hits = NULL;
	*n = 0;
	if (store_search_each(s, query, limit, add_hit, &l, err) < 0) {
		store_search_free(l.hits, l.n);
		return -1;
	}
	*hits = l.hits;
	*n = l.n;
	return 0;
}

/* The index's rows matching `match` (FTS5's; folded, our own index's)
 * with keys in [lo, hi] (all of them when hi < lo). */
static int
count_range(struct store *s, const char *match, const char *folded,
    int64_t lo, int64_t hi, long *count, char **err)
{
	int whole = hi < lo;
	sqlite3_stmt *st;
	struct ix_query *q;
	int r = -1;

	if (s->own) {
		if (ix_open(s->db, folded, IX_ANY, &q, err) < 0)
			return -1;
		r = ix_count(q, whole ? 0 : lo, whole ? INT64_MAX : hi, count,
		    err);
		ix_close(q);
		return r;
	}
	st = prep(s, whole ? Q_SEARCH_COUNT : Q_SEARCH_COUNT_RANGE, err);

	if (st != NULL && (whole ? bind_text(s, st, 1, match, err) :
	    bindf(s, st, err, "tII", match, lo, hi)) == 0 &&
	    step(s, st, err) == 1) {
		*count = (long)sqlite3_column_int64(st, 0);
		r = 0;
	}
	done(st);
	return r;
}

/*
 * A count of a phrase of two characters or more that no pair list
 * narrows walks the positions of every candidate row in FTS5: 701 M
 * instructions for 大数据产业 at 14,600 make-archive pages (87 K
 * articles), 125-140 ms, against 44 M for 吕 (one character: no
 * positions). In a library of COUNT_SPLIT_MIN articles or more such a
 * count is split at the key of the middle article id: the newer keys
 * counted on a second connection in a thread of its own, the older ones
 * here, on the machine's second core (SQLite runs a connection on one
 * thread). Opening the second connection costs about 1 ms, a tenth of
 * the count at COUNT_SPLIT_MIN articles. The halves are exact, and so
 * is their sum; without the second connection (a library in a folder
 * that cannot be written) the count is made whole here.
 */
#define COUNT_SPLIT_MIN 16384

int64_t store_count_split_min = COUNT_SPLIT_MIN;
long store_count_splits;

struct count_half {
	struct store *s;
	const char *match, *folded;
	int64_t lo;
	long count;
	char *err;
	int r;
};

static void *
count_half_run(void *arg)
{
	struct count_half *c = arg;

	c->r = count_range(c->s, c->match, c->folded, c->lo, INT64_MAX,
	    &c->count, &c->err);
	return NULL;
}

/* The key where the newer half of the articles starts, 0 when the
 * library is too small to split (or the key is not found). */
static int
count_split_key(struct store *s, int64_t *mid, char **err)
{
	int64_t top = 0;
	char *sql;
	int r;

	*mid = 0;
	if (query_int(s, "SELECT coalesce(max(id), 0) FROM articles", &top,
	    err) < 0)
		return -1;
	if (top < store_count_split_min)
		return 0;
	sql = xasprintf("SELECT coalesce((SELECT skey FROM articles WHERE"
	    " id >= %lld ORDER BY id LIMIT 1), 0)", (long long)(top / 2));
	r = query_int(s, sql, mid, err);
	free(sql);
	return r;
}

static int
count_index(struct store *s, const char *match, const char *folded,
    int split, long *count, char **err)
{
	struct count_half newer;
	pthread_t th;
	int64_t mid = 0;
	long older = 0;
	int r;

	memset(&newer, 0, sizeof newer);
	/* (A library that can only be read may be open as immutable,
	 * which a second connection cannot share.) */
	if (split && !s->readonly && count_split_key(s, &mid, err) < 0)
		return -1;
	if (mid <= 0 || store_twin(s, &newer.s, NULL) < 0)
		return count_range(s, match, folded, 0, -1, count, err);
	newer.match = match;
	newer.folded = folded;
	newer.lo = mid;
	if (pthread_create(&th, NULL, count_half_run, &newer) != 0) {
		store_close(newer.s);
		return count_range(s, match, folded, 0, -1, count, err);
	}
	store_count_splits++;
	r = count_range(s, match, folded, 0, mid - 1, &older, err);
	pthread_join(th, NULL);
	store_close(newer.s);
	free(newer.err);
	/* The second connection failed (it could not open the library, or
	 * read it): its half counted here. */
	if (r == 0 && newer.r < 0)
		r = count_range(s, match, folded, mid, INT64_MAX,
		    &newer.count, err);
	*count = older + newer.count;
	return r;
}

int
store_search_count(struct store *s, const char *query, long *count,
    char **err)
{
	char *folded, *match = NULL;
	int64_t *ids = NULL;
	size_t n = 0;
	int r;

	*count = 0;
	if ((folded = search_query(query, &r, err)) == NULL)
		return r;
	if ((r = pairs_lookup(s, folded, &ids, &n, err)) == 1)
		r = count_cands(s, ids, n, folded, count, err);
	else if (r == 0) {
		match = match_expr(folded, NULL, NULL);
		r = count_index(s, match, folded, utf8_count(folded) >= 2,
		    count, err);
	}
	free(ids);
	free(match);
	free(folded);
	return r;
}

void
store_search_free(struct search_hit *hits, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(hits[i].title);
		free(hits[i].snippet);
	}
	free(hits);
}

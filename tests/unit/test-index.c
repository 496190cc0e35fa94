/*
 * Unit tests of the full-text index of our own (src/store-index.c),
 * against a plain substring search (search_find) of the same made-up
 * articles: every key, count, title-only match and where-answer of
 * random queries, across batches that overlap in keys (an old issue
 * imported after newer ones), long titles, NFKC folding, Latin inside
 * words, characters past the BMP, "\n" between pieces; deletes and
 * heirs (ix_gone); a rolled-back batch. The library is an in-memory
 * SQLite database holding the index's tables alone.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "lreader/search.h"
#include "lreader/util.h"
#include "../../src/store-int.h"
#include "../tap.h"

/* Pieces the made-up texts are drawn from: CJK that recur (phrases of
 * several characters hold often), Latin inside words, full-width forms
 * and a ligature NFKC folds (ＡＢ -> ab, ﬁ -> fi), upper case, a
 * character past the BMP, white space that folds away. */
static const char *const bits[] = {
	"吕", "梁", "数", "字", "化", "的", "研究", "乡村", "振兴", "ab",
	"AB", "ＡＢ", "fi", "ﬁ", "c", "Ç", "ç", "1", "２", "𠀀", "𠀁", " ",
	"。", "AlphaFold2", "alpha", "的的",
};
#define NBITS (sizeof bits / sizeof bits[0])

static uint64_t rng = 88172645463325252ull;

static unsigned
rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

/* An article as indexed: its raw title and rest (pieces between "\n"),
 * and the streams tok_stream makes of them. */
struct art {
	int64_t key;
	int live;
	char *title, *body;
	char *ts, *bs;
	size_t tl, bl;
};

#define NART_MAX 5000
static struct art arts[NART_MAX];
static size_t nart;

/* Random text of about n bits, pieces cut by "\n" now and then. */
static char *
text(unsigned n, int pieces)
{
	struct buf b;
	unsigned i;

	buf_init(&b);
	buf_add(&b, "", 0);
	for (i = 0; i < n; i++) {
		buf_adds(&b, bits[rnd(NBITS)]);
		if (pieces && rnd(12) == 0)
			buf_add(&b, "\n", 1);
	}
	return buf_take(&b);
}

static struct art *
art_new(int64_t key, int long_title)
{
	struct art *a = &arts[nart++];

	memset(a, 0, sizeof *a);
	a->key = key;
	a->live = 1;
	/* a long title: over 255 folded characters (the body's start
	 * moves) */
	a->title = text(long_title ? 200 + rnd(100) : 1 + rnd(8),
	    rnd(4) == 0);
	a->body = text(rnd(60), 1);
	a->ts = tok_stream(a->title, &a->tl);
	a->bs = tok_stream(a->body, &a->bl);
	return a;
}

static void
art_free(struct art *a)
{
	free(a->title);
	free(a->body);
	free(a->ts);
	free(a->bs);
}

/* Whether t holds the folded query in one of its pieces. */
static int
has(const char *t, const char *q)
{
	const char *p = t, *nl;
	size_t s, l;

	for (;;) {
		nl = strchr(p, '\n');
		if (search_find(p, nl ? (size_t)(nl - p) : strlen(p), q, &s, &l))
			return 1;
		if (nl == NULL)
			return 0;
		p = nl + 1;
	}
}

static sqlite3 *db;
static struct ix_writer *w;

static void
add(struct art *a)
{
	char *err = NULL;

	if (ix_add(db, w, a->key, a->ts, a->tl, a->bs, a->bl, NULL, NULL,
	    &err) < 0) {
		diag("ix_add: %s", err);
		exit(1);
	}
}

static void
flush(void)
{
	char *err = NULL;

	if (ix_write(db, w, &err) < 0) {
		diag("ix_write: %s", err);
		exit(1);
	}
}

/* A live article holding the query: its key, whether its title and its
 * rest hold it. */
struct want {
	int64_t key;
	int where;
};

static int
cmp_key_desc(const void *x, const void *y)
{
	int64_t a = ((const struct want *)x)->key;
	int64_t b = ((const struct want *)y)->key;

	return a < b ? 1 : a > b ? -1 : 0;
}

static long failures;

/* One query checked every way against the substring search: keys
 * newest first (either field, title only), where, counts of the whole
 * and of a key range. Failures counted, the first few shown. */
static void
check_query(const char *folded)
{
	static struct want want[NART_MAX], wantt[NART_MAX];
	int64_t key, lo, hi, t;
	size_t nw = 0, nwt = 0, i, n;
	struct ix_query *q = NULL;
	char *err = NULL;
	long c, cw;
	int where, wh, bad = 0, r;

	for (i = 0; i < nart; i++) {
		if (!arts[i].live)
			continue;
		wh = (has(arts[i].title, folded) ? IX_WHERE_TITLE : 0) |
		    (has(arts[i].body, folded) ? IX_WHERE_REST : 0);
		if (wh & IX_WHERE_TITLE)
			wantt[nwt++].key = arts[i].key;
		if (wh != 0) {
			want[nw].key = arts[i].key;
			want[nw++].where = wh;
		}
	}
	if (nw > 1)
		qsort(want, nw, sizeof *want, cmp_key_desc);
	if (nwt > 1)
		qsort(wantt, nwt, sizeof *wantt, cmp_key_desc);
	/* either field, newest first, and where */
	if (ix_open(db, folded, IX_ANY, &q, &err) < 0)
		goto fail;
	for (n = 0, t = INT64_MAX; (r = ix_le(q, t, &key, &err)) == 1; n++) {
		if (n >= nw || want[n].key != key) {
			bad = 1;
			break;
		}
		if (ix_where(q, &where, &err) < 0)
			goto fail;
		if (where != want[n].where) {
			diag("%s: key %lld where %d, want %d", folded,
			    (long long)key, where, want[n].where);
			bad = 1;
		}
		t = key - 1;
	}
	if (r < 0)
		goto fail;
	bad |= n != nw;
	ix_close(q);
	q = NULL;
	/* title only */
	if (ix_open(db, folded, IX_TITLE, &q, &err) < 0)
		goto fail;
	for (n = 0, t = INT64_MAX; (r = ix_le(q, t, &key, &err)) == 1; n++) {
		if (n >= nwt || wantt[n].key != key) {
			bad = 1;
			break;
		}
		t = key - 1;
	}
	if (r < 0)
		goto fail;
	bad |= n != nwt;
	ix_close(q);
	q = NULL;
	/* counts: all, and a range between two of the keys */
	if (ix_open(db, folded, IX_ANY, &q, &err) < 0 ||
	    ix_count(q, 0, INT64_MAX, &c, &err) < 0)
		goto fail;
	ix_close(q);
	q = NULL;
	bad |= c != (long)nw;
	lo = arts[rnd((unsigned)nart)].key;
	hi = arts[rnd((unsigned)nart)].key;
	if (lo > hi) {
		t = lo;
		lo = hi;
		hi = t;
	}
	for (cw = 0, i = 0; i < nw; i++)
		cw += want[i].key >= lo && want[i].key <= hi;
	if (ix_open(db, folded, IX_ANY, &q, &err) < 0 ||
	    ix_count(q, lo, hi, &c, &err) < 0)
		goto fail;
	ix_close(q);
	q = NULL;
	bad |= c != cw;
	if (bad && ++failures <= 5)
		diag("query %s: differs (%zu hits, %zu in titles)", folded, nw,
		    nwt);
	return;
fail:
	diag("%s: %s", folded, err);
	free(err);
	ix_close(q);
	failures++;
}

/* Random queries: pieces of the articles' streams (1-6 characters),
 * and made-up ones. */
static void
check_queries(const char *what, int nq)
{
	int i;
	long before = failures;

	for (i = 0; i < nq; i++) {
		struct art *a = &arts[rnd((unsigned)nart)];
		int body = rnd(3) != 0;
		const char *s = body ? a->bs : a->ts;
		size_t n = body ? a->bl : a->tl, at, len, k;
		char q[64];

		if (rnd(10) == 0 || n == 0) {
			char *t = text(1 + rnd(3), 0);

			k = strlen(t) < sizeof q - 1 ? strlen(t) : 0;
			memcpy(q, t, k);
			q[k] = '\0';
			free(t);
			{
				char *f = search_fold(q, strlen(q), NULL);

				snprintf(q, sizeof q, "%s", f);
				free(f);
			}
		} else {
			/* a run of 1-6 characters of the stream, no "\n" */
			at = rnd((unsigned)n);
			while (at > 0 && ((unsigned char)s[at] & 0xC0) == 0x80)
				at--;
			len = 1 + rnd(6);
			for (k = 0; at + k < n && len > 0; len--) {
				size_t c = 1;

				if (s[at + k] == '\n')
					break;
				while (at + k + c < n && ((unsigned char)
				    s[at + k + c] & 0xC0) == 0x80)
					c++;
				if (k + c >= sizeof q)
					break;
				k += c;
			}
			memcpy(q, s + at, k);
			q[k] = '\0';
		}
		if (q[0] == '\0' || strchr(q, '\n') != NULL)
			continue;
		check_query(q);
	}
	is_int(failures - before, 0, "%s: %d random queries match the"
	    " substring search", what, nq);
}

static int64_t
raw_int(const char *sql)
{
	sqlite3_stmt *st;
	int64_t v = -1;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Bytes of ix_pg in batches of fewer than ix_merge_big pages, and in
 * the others. */
static void
batch_bytes(int64_t *small, int64_t *big)
{
	sqlite3_stmt *st;

	*small = *big = 0;
	if (sqlite3_prepare_v2(db, "SELECT count(*), sum(length(data)) FROM"
	    " ix_pg GROUP BY id >> 24", -1, &st, NULL) != SQLITE_OK)
		return;
	while (sqlite3_step(st) == SQLITE_ROW)
		*(sqlite3_column_int64(st, 0) < ix_merge_big ? small : big) +=
		    sqlite3_column_int64(st, 1);
	sqlite3_finalize(st);
}

static int64_t
small_batches(void)
{
	char sql[160];

	snprintf(sql, sizeof sql, "SELECT count(*) FROM (SELECT id >> 24 b"
	    " FROM ix_pg GROUP BY b HAVING count(*) < %lld)",
	    (long long)ix_merge_big);
	return raw_int(sql);
}

static void
gone(int64_t key)
{
	char *err = NULL;

	if (ix_gone(db, w, key, &err) < 0) {
		diag("gone: %s", err);
		exit(1);
	}
}

/* A fresh library: the articles forgotten, an empty index. */
static void
reset(void)
{
	char *err = NULL;
	size_t i;

	for (i = 0; i < nart; i++)
		art_free(&arts[i]);
	nart = 0;
	sqlite3_close(db);
	if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
	    ix_create(db, &err) < 0) {
		diag("open: %s", err);
		exit(1);
	}
}

/* What a run of small imports saw: merges, the work of all tidies and
 * of the worst, tidies whose work passed twice the small batches'
 * bytes, the most small batches waiting. */
struct days {
	long merges, bad_work;
	int64_t work, worst, most;
};

/*
 * ndays small imports (a batch each: a day of three articles; every
 * 23rd an old issue, keyed below the rest; every 5th day a delete of an
 * earlier day's article, every 10th with an heir under its key), each
 * followed by ix_tidy as the store's commit calls it. The same seed
 * makes the same days whatever the library holds before them.
 */
static void
small_days(int ndays, uint64_t seed, int64_t key, struct days *d)
{
	size_t first = nart, i, j;
	int64_t work, small, big;
	char *err = NULL;
	int r;

	memset(d, 0, sizeof *d);
	rng = seed;
	for (i = 0; i < (size_t)ndays; i++) {
		int64_t k = i % 23 == 22 ? 100 + 3 * (int64_t)i : key;

		for (j = 0; j < 3; j++)
			add(art_new(k + (int64_t)j, 0));
		if (k == key)
			key += 3 + KEY_GAP;
		if (i % 5 == 4) {
			struct art *a = &arts[first + rnd((unsigned)(nart -
			    first - 3))];

			if (a->live) {
				gone(a->key);
				a->live = 0;
				if (i % 10 == 9)
					add(art_new(a->key, 0));
			}
		}
		flush();
		batch_bytes(&small, &big);
		work = 0;
		if ((r = ix_tidy(db, &work, &err)) < 0) {
			diag("tidy: %s", err);
			exit(1);
		}
		d->merges += r;
		d->work += work;
		/* each merge reads at most what the small batches hold
		 * (a cascade's second merge reads the first's output) and
		 * writes at most as much, a page's slack a batch */
		if (work > r * (2 * small + 2 * 4096))
			d->bad_work++;
		if (work > d->worst)
			d->worst = work;
		if (small_batches() > d->most)
			d->most = small_batches();
	}
}

/* A big batch of n articles from key 1000 on; the key after it. */
static int64_t
big_batch(size_t n)
{
	int64_t key = 1000;
	size_t i;

	for (i = 0; i < n; i++) {
		add(art_new(key, rnd(40) == 0));
		key += i % 10 == 9 ? KEY_GAP : 1;
	}
	flush();
	return key + KEY_GAP;
}

/*
 * Many small batches after one big one, with ix_tidy after each: the
 * small batches stay bounded, the big one is never touched, each tidy's
 * work (bytes of postings read and written) is bounded by the small
 * batches' bytes, and the same days beside a big batch three times as
 * large cost exactly the same work; the results stay exact through
 * deletes, heirs and old issues imported late.
 */
static void
test_merge(void)
{
	int64_t keep_w = ix_merge_width, keep_b = ix_merge_big, key, small,
	    big, big0;
	struct days d1, d3;
	char *err = NULL;

	ix_merge_width = 4;
	ix_merge_big = 24;
	reset();
	rng = 7;
	key = big_batch(1000);
	batch_bytes(&small, &big0);
	small_days(400, 99, key + 100000, &d1);
	batch_bytes(&small, &big);
	ok(d1.merges > 30, "merged %ld times", d1.merges);
	is_int(d1.bad_work, 0, "each merge's work within twice the small"
	    " batches' bytes");
	/* tiers of 1-7 and 8-23 pages */
	ok(d1.most <= 2 * (ix_merge_width - 1), "small batches bounded: at"
	    " most %lld waited", (long long)d1.most);
	ok(raw_int("SELECT min(id) >> 24 FROM ix_pg") == 1 &&
	    raw_int("SELECT sum(length(data)) FROM ix_pg WHERE id < 2 << 24")
	    == big0, "the big batch untouched");
	ok(raw_int("SELECT count(DISTINCT id >> 24) FROM ix_pg") > 2,
	    "merges grew big batches of their own (%lld batches, %lld bytes"
	    " in big ones)", (long long)raw_int("SELECT count(DISTINCT id >>"
	    " 24) FROM ix_pg"), (long long)big);
	ok(ix_check(db, &err) == 0, "the index reads whole after merging");
	check_queries("after merging small batches", 200);

	reset();
	rng = 7;
	key = big_batch(3000);
	small_days(400, 99, key + 100000, &d3);
	ok(d3.work == d1.work && d3.merges == d1.merges, "the same days cost"
	    " the same work beside a big batch 3x as large (%lld bytes in %ld"
	    " merges; %lld)", (long long)d1.work, d1.merges,
	    (long long)d3.work);
	ok(ix_check(db, &err) == 0, "the index reads whole");
	check_queries("beside the larger batch", 100);
	ix_merge_width = keep_w;
	ix_merge_big = keep_b;
}

/*
 * A merge of batches whose postings are all dead leaves no posting, but
 * its number stays taken: an heir written next under a deleted key
 * lands in a batch above the key's ix_gone row, and is found.
 */
static void
test_merge_dead(void)
{
	int64_t keep_w = ix_merge_width, k;
	struct ix_query *q = NULL;
	char *err = NULL;
	size_t i;
	int r;

	ix_merge_width = 2;
	reset();
	for (i = 0; i < 6; i++) {
		add(art_new(1 + (int64_t)i, 0));
		if (i == 2) {
			flush();
			(void)ix_tidy(db, NULL, &err);
		}
	}
	flush();
	for (i = 0; i < 6; i++) {
		gone(arts[i].key);
		arts[i].live = 0;
	}
	r = ix_tidy(db, NULL, &err);
	is_int(r, 1, "two batches of dead postings merged");
	ok(raw_int("SELECT count(*) FROM ix_dir") == 0, "no posting left");
	free(arts[0].title);
	arts[0].title = xstrdup("龘");
	free(arts[0].ts);
	arts[0].ts = tok_stream(arts[0].title, &arts[0].tl);
	arts[0].live = 1;
	add(&arts[0]);
	flush();
	ok(ix_open(db, "龘", IX_ANY, &q, &err) == 0 &&
	    ix_le(q, INT64_MAX, &k, &err) == 1 && k == arts[0].key,
	    "an heir under a deleted key, written after the merge, is found");
	ix_close(q);
	check_queries("after a merge of the dead", 50);
	ix_merge_width = keep_w;
}

int
main(void)
{
	char *err = NULL;
	size_t i;
	int64_t key;

	if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
	    ix_create(db, &err) < 0) {
		diag("open: %s", err);
		return 1;
	}
	w = ix_writer_new();
	sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);

	/* Issues appended in key order, a batch every few of them, keys
	 * KEY_GAP apart between issues as the store leaves them. */
	key = 1000;
	for (i = 0; i < 600; i++) {
		add(art_new(key, rnd(25) == 0));
		key += i % 10 == 9 ? KEY_GAP : 1;
		if (i % 97 == 96)
			flush();
	}
	/* an issue older than all of them, imported after: its keys
	 * below, in a batch of its own that overlaps none; then one in a
	 * gap between two batches (overlapping them in key range) */
	for (i = 0; i < 30; i++)
		add(art_new(10 + (int64_t)i, 0));
	for (i = 0; i < 20; i++)
		add(art_new(arts[299].key + 10 + (int64_t)i, 0));
	flush();
	ok(raw_int("SELECT count(*) FROM ix_gone") == 0, "nothing deleted");
	ok(raw_int("SELECT max(id) >> 24 FROM ix_pg") >= 8,
	    "several batches (%lld)", (long long)raw_int("SELECT max(id) >> 24"
	    " FROM ix_pg"));
	check_queries("appended and late issues", 150);

	/* one long title by hand: the phrase past position 256 of the title
	 * is the title's, and the same in the body is the rest's */
	{
		struct art *a = &arts[nart++];
		struct buf b;
		int64_t k;
		struct ix_query *q;
		int where = 0;

		memset(a, 0, sizeof *a);
		buf_init(&b);
		for (i = 0; i < 300; i++)
			buf_adds(&b, "一");
		buf_adds(&b, "龘龖");
		a->title = buf_take(&b);
		a->body = xstrdup("正文\n龖龘");
		a->key = 100000;
		a->live = 1;
		a->ts = tok_stream(a->title, &a->tl);
		a->bs = tok_stream(a->body, &a->bl);
		add(a);
		flush();
		ok(ix_open(db, "龘龖", IX_TITLE, &q, &err) == 0 &&
		    ix_le(q, INT64_MAX, &k, &err) == 1 && k == 100000 &&
		    ix_where(q, &where, &err) == 0 && where == IX_WHERE_TITLE,
		    "a phrase at 301 of a long title is in the title");
		ix_close(q);
		ok(ix_open(db, "龖龘", IX_TITLE, &q, &err) == 0 &&
		    ix_le(q, INT64_MAX, &k, &err) == 0,
		    "its body's phrase is not in the title");
		ix_close(q);
		ok(ix_open(db, "龖龘", IX_ANY, &q, &err) == 0 &&
		    ix_le(q, INT64_MAX, &k, &err) == 1 &&
		    ix_where(q, &where, &err) == 0 && where == IX_WHERE_REST,
		    "but is in the rest");
		ix_close(q);
		ok(ix_open(db, "龖正", IX_ANY, &q, &err) == 0 &&
		    ix_le(q, INT64_MAX, &k, &err) == 0,
		    "no phrase across title and rest");
		ix_close(q);
	}

	/* deletes: every 7th article dead, a few of them written again
	 * under their key (heirs), some in the batch held when deleted */
	for (i = 0; i < nart; i += 7) {
		if (ix_gone(db, w, arts[i].key, &err) < 0) {
			diag("gone: %s", err);
			return 1;
		}
		arts[i].live = 0;
		if (i % 3 == 0 && nart < NART_MAX) {
			add(art_new(arts[i].key, rnd(20) == 0));
			/* and one deleted again while still held */
			if (i % 5 == 0) {
				if (ix_gone(db, w, arts[i].key, &err) < 0) {
					diag("gone: %s", err);
					return 1;
				}
				arts[nart - 1].live = 0;
			}
		}
	}
	flush();
	ok(raw_int("SELECT count(*) FROM ix_gone") > 50, "deleted: %lld",
	    (long long)raw_int("SELECT count(*) FROM ix_gone"));
	check_queries("deletes and heirs", 150);

	/* A batch rolled back: the transaction's batches go, the writer
	 * forgets what it holds, and the index answers as before. */
	sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	{
		int64_t pages = raw_int("SELECT count(*) FROM ix_pg");
		size_t keep = nart;

		sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
		for (i = 0; i < 40; i++)
			add(art_new(200000 + (int64_t)i, 0));
		flush();
		for (i = 0; i < 10; i++)
			add(art_new(300000 + (int64_t)i, 0));
		ok(ix_held(w) > 0, "a batch held");
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		ix_drop(w);
		ok(ix_held(w) == 0, "forgotten at the rollback");
		is_int(raw_int("SELECT count(*) FROM ix_pg"), pages,
		    "the rolled-back batch's pages are gone");
		for (i = keep; i < nart; i++)
			arts[i].live = 0;
		sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
		for (i = 0; i < 40; i++)
			add(art_new(400000 + (int64_t)i, 0));
		flush();
		sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
		check_queries("after a rollback", 100);
	}
	test_merge_dead();
	test_merge();
	/* a directory row naming a chunk far longer than its pages hold
	 * (a terabyte) is damage, found without making room for it */
	{
		struct ix_query *q = NULL;
		int64_t key = 0;
		int r;

		sqlite3_exec(db, "UPDATE ix_dir SET meta = x'000100000180808080"
		    "8020' WHERE id >= (0x5415 << 20) AND id < (0x5416 << 20)",
		    NULL, NULL, NULL);
		r = ix_open(db, "吕", IX_ANY, &q, &err);
		if (r == 0)
			r = ix_le(q, INT64_MAX, &key, &err);
		ok(r < 0 && err != NULL && strstr(err, "damaged") != NULL,
		    "a chunk longer than its pages is damage");
		ix_close(q);
		free(err);
		err = NULL;
	}
	/* a damaged directory row is an error, not a crash */
	{
		struct ix_query *q = NULL;

		sqlite3_exec(db, "UPDATE ix_dir SET meta = x'ff'", NULL, NULL,
		    NULL);
		ok(ix_open(db, "吕", IX_ANY, &q, &err) < 0 && err != NULL,
		    "a damaged directory is an error");
		free(err);
		err = NULL;
	}
	for (i = 0; i < nart; i++)
		art_free(&arts[i]);
	ix_writer_free(w);
	sqlite3_close(db);
	return done_testing();
}

/*
 * Unit tests of import: `import --reclean` rebuilds issues an older
 * importer cleaned, from their stored text, keeping the reader's marks;
 * import_bundled finds the bundled issues through LREADER_DATADIR.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lreader/import.h"
#include "lreader/search.h"
#include "lreader/store.h"
#include "lreader/util.h"
#include "../tap.h"

static const char *page_text =
    "全市春耕备播现场推进会召开\n\n"
    "本报讯（记者 李明）4月2日，我市春耕备播现场推进会在汾阳召开。\n\n"
    "会议要求，各县要抓好种子、化肥、农药等农资供应，确保春耕顺利。";

static int
cmp_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

/* Does `search` give exactly the articles whose kicker, title, subtitle,
 * byline (SPEC revision 3) or one paragraph holds q (folded), as a scan
 * finds them? */
static int
search_is_exact(struct store *s, struct article **arts, int64_t *ids,
    size_t n, const char *q)
{
	char *fq = search_fold(q, strlen(q), NULL);
	int64_t *want = xcalloc(n + 1, sizeof *want), *got;
	struct search_hit *hits = NULL;
	size_t nw = 0, nh = 0, i, j, st, len;
	int same;

	for (i = 0; i < n; i++) {
		const struct article *a = arts[i];
		int hit = search_find(a->title, strlen(a->title), fq, &st, &len) ||
		    search_find(a->kicker, strlen(a->kicker), fq, &st, &len) ||
		    search_find(a->subtitle, strlen(a->subtitle), fq, &st, &len) ||
		    search_find(a->byline, strlen(a->byline), fq, &st, &len);
		for (j = 0; j < a->npara && !hit; j++)
			hit = search_find(a->paras[j].text, strlen(a->paras[j].text),
			    fq, &st, &len);
		if (hit)
			want[nw++] = ids[i];
	}
	store_search(s, q, 0, &hits, &nh, NULL);
	got = xcalloc(nh + 1, sizeof *got);
	for (i = 0; i < nh; i++)
		got[i] = hits[i].id;
	qsort(got, nh, sizeof *got, cmp_id);
	qsort(want, nw, sizeof *want, cmp_id);
	same = nh == nw && memcmp(got, want, nw * sizeof *got) == 0;
	if (!same)
		diag("query [%s]: search %zu, scan %zu", q, nh, nw);
	store_search_free(hits, nh);
	free(got);
	free(want);
	free(fq);
	return same;
}

/* Search on the bundled issues against a scan: every 1- and 2-character
 * substring of every title, and 3- and 5-character pieces of the text. */
static void
test_search_bundled(struct store *s)
{
	struct article_row *rows = NULL;
	struct article **arts;
	int64_t *ids;
	size_t n = 0, i, k, nq = 0, bad = 0;
	char *err = NULL;

	if (!ok(store_articles(s, 0, NULL, &rows, &n, &err) == 0 && n > 20,
	    "the bundled issues are stored")) {
		free(err);
		return;
	}
	arts = xcalloc(n, sizeof *arts);
	ids = xcalloc(n, sizeof *ids);
	for (i = 0; i < n; i++) {
		ids[i] = rows[i].id;
		store_article(s, ids[i], &arts[i], NULL);
	}
	for (i = 0; i < n; i++) {
		const char *t = arts[i] ? arts[i]->title : "";
		size_t starts[512], ns = 0, p = 0, len = strlen(t);
		uint32_t uc;
		char q[64];
		while (p < len && ns < 511) {
			starts[ns++] = p;
			p += (size_t)utf8_next(t + p, len - p, &uc);
		}
		starts[ns] = len;
		for (k = 1; k <= 2; k++)
			for (p = 0; p + k <= ns; p++) {
				size_t b = starts[p + k] - starts[p];
				memcpy(q, t + starts[p], b);
				q[b] = '\0';
				nq++;
				bad += !search_is_exact(s, arts, ids, n, q);
			}
		/* Pieces of the first paragraph, 3 and 5 characters long. */
		if (arts[i] != NULL && arts[i]->npara > 0) {
			const char *x = arts[i]->paras[0].text;
			size_t xl = strlen(x), cut = 0, m = 0;
			while (cut < xl && m < 40) {
				size_t e = cut;
				int c;
				for (c = 0; c < (m % 2 ? 5 : 3) && e < xl; c++)
					e += (size_t)utf8_next(x + e, xl - e, &uc);
				if (e - cut < sizeof q) {
					memcpy(q, x + cut, e - cut);
					q[e - cut] = '\0';
					nq++;
					bad += !search_is_exact(s, arts, ids, n, q);
				}
				cut = e;
				m++;
			}
		}
	}
	ok(bad == 0, "search = scan on the bundled issues for %zu queries "
	    "(%zu differ)", nq, bad);
	for (i = 0; i < n; i++)
		article_free(arts[i]);
	free(arts);
	free(ids);
	store_article_rows_free(rows, n);
}

/*
 * A library that fills up mid-import (PRAGMA max_page_count stands in
 * for a full disk: SQLite answers SQLITE_FULL and rolls the whole batch
 * back). Every file must end counted, what is counted imported must be
 * in the library, and each file not stored must be named.
 */
static void
test_full_library(const char *tmp)
{
	char *dbpath = xasprintf("%s/full-test.db", tmp);
	char *dir = xasprintf("%s/full-pages", tmp);
	char *paths[1], *err = NULL, *log = NULL;
	size_t loglen = 0, i;
	struct store *s = NULL;
	struct import_stats st;
	struct import_opts opts = { NULL, 0 };
	int n = 0, named = 0;
	FILE *f;

	remove(dbpath);
	mkdir(dir, 0755);
	/* Thirty pages of different text: a page of library or more each,
	 * compressed (the library keeps its texts with zlib): characters
	 * drawn from a fixed pseudo-random sequence. */
	for (i = 0; i < 30; i++) {
		char *p = xasprintf("%s/p%02zu.txt", dir, i);
		if ((f = fopen(p, "w")) != NULL) {
			size_t k, c;
			unsigned long x = 12345 + i;
			fprintf(f, "第%zu次全市工作会议召开\n\n本报讯（记者 李明）", i);
			for (k = 0; k < 120; k++) {
				fprintf(f, "会议第%zu项", k);
				for (c = 0; c < 12; c++) {
					char u[4];
					unsigned cp;
					x = x * 1103515245UL + 12345UL;
					cp = 0x4E00 + (unsigned)((x >> 16) % 0x5000);
					u[0] = (char)(0xE0 | cp >> 12);
					u[1] = (char)(0x80 | (cp >> 6 & 0x3F));
					u[2] = (char)(0x80 | (cp & 0x3F));
					u[3] = '\0';
					fputs(u, f);
				}
				fputs("。", f);
			}
			fputs("\n", f);
			fclose(f);
		}
		free(p);
	}
	if (!ok(store_open(dbpath, &s, &err) == 0, "full library: open")) {
		diag("%s", err);
		free(err);
		return;
	}
	ok(store_exec(s, "PRAGMA max_page_count = 60", &err) == 0,
	    "full library: the library may grow by a few pages only");
	opts.errors = open_memstream(&log, &loglen);
	paths[0] = dir;
	ok(import_paths(s, paths, 1, &opts, &st, &err) == 0,
	    "full library: the import runs to its end");
	fclose(opts.errors);
	is_int(st.imported + st.skipped + st.failed, 30,
	    "full library: every file is counted");
	ok(st.failed > 0 && st.imported > 0,
	    "full library: some stored before it filled, the rest failed");
	ok(store_issue_count(s, &n, &err) == 0 && n == st.imported,
	    "full library: what is counted imported is in the library");
	for (i = 0; log != NULL && i < 30; i++) {
		char *p = xasprintf("%s/p%02zu.txt: ", dir, i);
		named += strstr(log, p) != NULL;
		free(p);
	}
	is_int(named, st.failed, "full library: each file not stored is named");
	if (log != NULL && strstr(log, "full") == NULL)
		diag("no 'full' in: %s", log);
	ok(log != NULL && strstr(log, "full") != NULL,
	    "full library: the reason says the library is full");
	store_close(s);
	free(log);
	free(err);
	free(dir);
	free(dbpath);
}

int
main(void)
{
	const char *tmp = getenv("TEST_TMP");
	char *dbpath = xasprintf("%s/import-test.db", tmp ? tmp : "/tmp");
	struct store *s = NULL;
	char *err = NULL;
	struct page pg = { NULL, 0 };
	struct article *a = article_new(), *got = NULL;
	struct issue_in in;
	enum store_put res;
	struct article_row *rows = NULL;
	size_t n = 0;
	struct import_stats st;
	struct import_opts opts = { stderr, 0 };
	int read = 0, bm = 0, para = 0, count = 0;   /* (store_get_marks sets them) */
	long off = 0;
	char *p = "/nowhere";

	remove(dbpath);
	if (!ok(store_open(dbpath, &s, &err) == 0, "open a library")) {
		diag("%s", err);
		return done_testing();
	}
	/* What an older, worse importer made of the page: one article with
	 * the whole text as one paragraph and a wrong title. */
	article_set(&a->title, xstrdup("旧标题"));
	article_add_para(a, PARA_TEXT, xstrdup(page_text));
	page_add(&pg, a);
	memset(&in, 0, sizeof in);
	in.source = in.path = "/papers/old.txt";
	in.text = page_text;
	in.date = "";
	in.cleaner = IMPORT_CLEANER_VERSION - 1;
	in.page_articles = &pg;
	ok(store_put_issue(s, &in, &res, &err) == 0 && res == STORE_IMPORTED,
	    "an issue from an older cleaner is stored");
	page_free(&pg);
	ok(store_articles(s, 0, NULL, &rows, &n, &err) == 0 && n == 1,
	    "it has one article");
	if (n == 1) {
		ok(store_set_bookmark(s, rows[0].id, 1, &err) == 0 &&
		    store_set_position(s, rows[0].id, 0, 7, &err) == 0,
		    "bookmark it and keep a position");
	}

	ok(import_reclean(s, &p, 1, &opts, &st, &err) == 0 && st.imported == 0,
	    "--reclean under another folder leaves it alone");
	ok(import_reclean(s, NULL, 0, &opts, &st, &err) == 0, "--reclean runs");
	is_int(st.imported, 1, "--reclean rebuilt one issue");
	is_int(st.failed, 0, "and nothing failed");
	if (n == 1) {
		ok(store_article(s, rows[0].id, &got, &err) == 0 && got != NULL,
		    "the first article keeps its id");
		if (got != NULL) {
			is_str(got->title, "全市春耕备播现场推进会召开",
			    "it was cleaned again: the headline is its title");
			is_int(got->npara, 2, "and its paragraphs are split");
			article_free(got);
		}
		ok(store_get_marks(s, rows[0].id, &read, &bm, &para, &off, &err) == 0 &&
		    bm == 1 && off == 7, "its bookmark and position stay");
	}
	store_article_rows_free(rows, n);
	ok(import_reclean(s, NULL, 0, &opts, &st, &err) == 0 && st.imported == 0,
	    "a second --reclean finds nothing to do");

	setenv("LREADER_DATADIR", getenv("top_srcdir") ? getenv("top_srcdir") :
	    ".", 1);
	{
		char *dd = xasprintf("%s/assets", getenv("LREADER_DATADIR"));
		setenv("LREADER_DATADIR", dd, 1);
		free(dd);
	}
	test_full_library(tmp ? tmp : "/tmp");
	ok(import_bundled(s, &count, &err) == 0, "import_bundled");
	is_int(count, 5, "the five bundled issues");
	test_search_bundled(s);
	store_close(s);
	remove(dbpath);
	free(dbpath);
	free(err);
	return done_testing();
}

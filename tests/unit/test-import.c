/*
 * Unit tests of import: `import --reclean` rebuilds issues an older
 * importer cleaned, from their stored text, keeping the reader's marks;
 * import_bundled finds the bundled issues through LREADER_DATADIR.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lreader/import.h"
#include "lreader/store.h"
#include "lreader/util.h"
#include "../tap.h"

static const char *page_text =
    "全市春耕备播现场推进会召开\n\n"
    "本报讯（记者 李明）4月2日，我市春耕备播现场推进会在汾阳召开。\n\n"
    "会议要求，各县要抓好种子、化肥、农药等农资供应，确保春耕顺利。";

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
	int read, bm, para, count = 0;
	long off;
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
	ok(import_bundled(s, &count, &err) == 0, "import_bundled");
	is_int(count, 5, "the five bundled issues");
	store_close(s);
	remove(dbpath);
	free(dbpath);
	free(err);
	return done_testing();
}

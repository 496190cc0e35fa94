/*
 * Unit tests of the sidebar's edition tree (SPEC "The edition tree"),
 * without a terminal: its rows (days, pages, articles, undated issues),
 * folding, the day and page steps, day counts and marks, the flat list
 * under a filter, the view held while another connection imports; and
 * the work of showing one screen, counted by the store (store_work), on
 * dated libraries of different sizes: it must not grow with the library.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../tap.h"
#include "lreader/article.h"
#include "lreader/sidebar.h"
#include "lreader/store.h"
#include "lreader/util.h"

static char *tmpdir;
static int nfile;

/* Rows a screen shows in the work tests: a tall terminal's sidebar. */
#define SCREEN_ROWS 40

static char *
tmp(const char *name)
{
	return xasprintf("%s/%d-%s", tmpdir, ++nfile, name);
}

/* Day i after 2015-01-01 as "YYYY-MM-DD". */
static void
day_str(int i, char out[11])
{
	struct tm tm;

	memset(&tm, 0, sizeof tm);
	tm.tm_year = 115;
	tm.tm_mday = 1 + i;
	tm.tm_hour = 12;
	tm.tm_isdst = -1;
	(void)mktime(&tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

/* Put one issue of `narts` articles (text unique to its path). */
static int
put_issue(struct store *s, const char *path, const char *date, int page,
    int narts)
{
	struct page p = { NULL, 0 };
	struct issue_in in;
	enum store_put r;
	char *err = NULL, *text = xasprintf("%s 的版面", path);
	int i, rc;

	for (i = 0; i < narts; i++) {
		struct article *a = article_new();

		article_set(&a->title, xasprintf("%s 第%d篇", path, i + 1));
		article_add_para(a, PARA_TEXT, xasprintf("%s 第%d篇的正文。",
		    path, i + 1));
		page_add(&p, a);
	}
	memset(&in, 0, sizeof in);
	in.source = in.path = path;
	in.text = text;
	in.date = date;
	in.page = page;
	in.cleaner = 1;
	in.page_articles = &p;
	rc = store_put_issue(s, &in, &r, &err);
	if (rc != 0) {
		diag("put %s: %s", path, err ? err : "?");
		free(err);
	}
	page_free(&p);
	free(text);
	return rc;
}

/* A library of `ndays` days from day `from` on, pages[d % npat] pages
 * each of `narts` articles, then `nundated` undated issues; in one
 * transaction. */
static int
fill(struct store *s, int from, int ndays, const int *pat, int npat,
    int narts, int nundated)
{
	char date[11], *path, *err = NULL;
	int d, p, rc = 0;

	/* A cache that holds the batch: the test's time goes to its
	 * checks, not to spilling pages. */
	if (store_exec(s, "PRAGMA cache_size = -65536;"
	    " PRAGMA temp_store = MEMORY", &err) != 0 ||
	    store_begin(s, &err) != 0) {
		diag("begin: %s", err);
		free(err);
		return -1;
	}
	for (d = 0; d < ndays && rc == 0; d++) {
		day_str(from + d, date);
		for (p = 1; p <= pat[d % npat] && rc == 0; p++) {
			path = xasprintf("/lib/%s/page-%d.txt", date, p);
			rc = put_issue(s, path, date, p, narts);
			free(path);
		}
	}
	for (d = 0; d < nundated && rc == 0; d++) {
		path = xasprintf("/lib/undated-%d-%d.txt", from, d);
		rc = put_issue(s, path, "", 0, narts);
		free(path);
	}
	if (store_commit(s, &err) != 0) {
		diag("commit: %s", err);
		free(err);
		return -1;
	}
	return rc;
}

static struct store *
open_lib(const char *path)
{
	struct store *s = NULL;
	char *err = NULL;

	if (store_open(path, &s, &err) != 0) {
		diag("open: %s", err);
		free(err);
	}
	return s;
}

static int
reload(struct sidebar *sb, const struct store_filter *f)
{
	char *err = NULL;
	int rc = sidebar_reload(sb, f, NULL, &err);

	if (rc != 0) {
		diag("reload: %s", err);
		free(err);
	}
	return rc;
}

/* Row r as text: "D:date", "I:number" or "A:number:k" (the k-th article
 * of issue number, from 1), "-" when out of range. */
static char *
row_str(struct sidebar *sb, long r)
{
	const struct article_row *rows;
	struct sb_item it;
	size_t n, k;
	char *err = NULL;

	if (sidebar_item(sb, r, &it) != 0)
		return xstrdup("-");
	if (it.day[0] != '\0' && !sb->filtered)
		return xasprintf("D:%s", it.day);
	if (it.article == 0)
		return xasprintf("I:%d", it.issue);
	if (sidebar_articles(sb, it.issue, &rows, &n, &err) != 0) {
		free(err);
		return xstrdup("?");
	}
	for (k = 0; k < n && rows[k].id != it.article; k++)
		;
	return xasprintf("A:%d:%zu", it.issue, k + 1);
}

/* Every row, joined by spaces. */
static char *
rows_str(struct sidebar *sb)
{
	struct buf b;
	long r, n = sidebar_nrows(sb);
	char *t;

	buf_init(&b);
	buf_add(&b, "", 0);
	for (r = 0; r < n; r++) {
		t = row_str(sb, r);
		buf_addf(&b, "%s%s", r ? " " : "", t);
		free(t);
	}
	return buf_take(&b);
}

static void
is_rows(struct sidebar *sb, const char *want, const char *name)
{
	char *got = rows_str(sb);

	is_str(got, want, "%s", name);
	free(got);
}

/* Every row maps back to itself through sidebar_row_of. */
static int
rows_round_trip(struct sidebar *sb)
{
	struct sb_item it;
	long r, n = sidebar_nrows(sb);

	for (r = 0; r < n; r++)
		if (sidebar_item(sb, r, &it) != 0 ||
		    sidebar_row_of(sb, it) != r)
			return 0;
	return 1;
}

static int
day_unread(struct sidebar *sb, const char *date)
{
	const struct day_row *dr;
	char *err = NULL;
	int r = sidebar_day(sb, date, &dr, &err);

	free(err);
	return r == 0 ? dr->nunread : -1;
}

/*
 * Days 2015-01-01 (2 pages), 2015-01-02 (1 page), 2015-01-03 (3 pages),
 * each page 2 articles, then 2 undated issues: issues 1-2, 3, 4-6 dated,
 * 7-8 undated.
 */
static void
test_tree(void)
{
	static const int pat[] = { 2, 1, 3 };
	struct store_filter none = { 0, 0, NULL }, unread = { 1, 0, NULL };
	char *path = tmp("tree.db"), *err = NULL;
	struct store *s = open_lib(path);
	struct sidebar sb;
	struct article_row *arts = NULL;
	size_t n = 0;

	if (s == NULL || fill(s, 0, 3, pat, 3, 2, 2) != 0 ||
	    sidebar_init(&sb, s, &err) != 0 || reload(&sb, &none) != 0) {
		ok(0, "a dated library");
		free(err);
		return;
	}
	is_int(sb.ndays, 3, "three days");
	is_int(sb.ndated, 6, "  six dated issues");
	is_rows(&sb, "D:2015-01-01 D:2015-01-02 D:2015-01-03 I:7 I:8",
	    "the tree: days folded, then the undated issues");
	is_str(sidebar_issue_date(&sb, 5), "2015-01-03",
	    "issue 5 is of the third day");
	is_str(sidebar_issue_date(&sb, 7), "", "  issue 7 undated");

	sidebar_unfold_day(&sb, "2015-01-03");
	is_rows(&sb, "D:2015-01-01 D:2015-01-02 D:2015-01-03 I:4 I:5 I:6 I:7 I:8",
	    "a day unfolds into its pages");
	ok(sidebar_unfold(&sb, 5, &err) == 0, "a page unfolds");
	is_rows(&sb, "D:2015-01-01 D:2015-01-02 D:2015-01-03 I:4 I:5 A:5:1 "
	    "A:5:2 I:6 I:7 I:8", "  into its articles");
	ok(sidebar_unfold(&sb, 8, &err) == 0 && sidebar_unfold(&sb, 2, &err) == 0,
	    "an undated issue and a page of a folded day unfold");
	is_rows(&sb, "D:2015-01-01 I:1 I:2 A:2:1 A:2:2 D:2015-01-02 D:2015-01-03 "
	    "I:4 I:5 A:5:1 A:5:2 I:6 I:7 I:8 A:8:1 A:8:2",
	    "  (the page's day unfolds with it)");
	ok(rows_round_trip(&sb), "every row is found again by its item");

	sidebar_fold_day(&sb, "2015-01-03");
	is_rows(&sb, "D:2015-01-01 I:1 I:2 A:2:1 A:2:2 D:2015-01-02 D:2015-01-03 "
	    "I:7 I:8 A:8:1 A:8:2", "folding a day folds its pages");
	ok(!sidebar_is_unfolded(&sb, 5), "  page 5 is folded");
	ok(rows_round_trip(&sb), "  every row is found again");

	/* The cursor on a page of a day folded under it goes to the day. */
	sidebar_set_cursor(&sb, 2, 0);
	sidebar_fold_day(&sb, "2015-01-01");
	sidebar_move(&sb, 0);
	is_str(sb.cursor.day, "2015-01-01", "the cursor on a page of a folded day "
	    "moves to the day row");
	sidebar_set_cursor(&sb, 5, 0);
	ok(sidebar_day_unfolded(&sb, "2015-01-03"),
	    "putting the cursor on a page unfolds its day");

	ok(sidebar_unfold_only(&sb, 3, &err) == 0, "unfold only issue 3");
	is_rows(&sb, "D:2015-01-01 D:2015-01-02 I:3 A:3:1 A:3:2 D:2015-01-03 I:7 I:8",
	    "  every other day and issue folds");

	is_int(sidebar_step_day(&sb, 1, 1), 3, "} from day 1: page 1 of day 2");
	is_int(sidebar_step_day(&sb, 5, -1), 3, "{ from day 3's page 2: day 2");
	is_int(sidebar_step_day(&sb, 3, -1), 1, "{ from day 2: day 1's first page");
	is_int(sidebar_step_day(&sb, 4, 1), 0, "} on the last day: none");
	is_int(sidebar_step_day(&sb, 1, -1), 0, "{ on the first day: none");
	is_int(sidebar_step_day(&sb, 7, 1), -1, "an undated issue has no day");
	is_int(sidebar_step_issue(&sb, 2, 1), 3,
	    "] from day 1's last page: day 2's page");
	is_int(sidebar_step_issue(&sb, 3, -1), 2, "[ back across the day");
	is_int(sidebar_newest_dated(&sb), 4, "the first run's issue: page 1 of "
	    "the newest day");

	/* Counts: every day's unread articles, kept as articles are read. */
	ok(sidebar_prepare(&sb, 20, &err) == 0, "prepare a screen");
	is_int(day_unread(&sb, "2015-01-01"), 4, "day 1: 4 unread (2 pages, 2 "
	    "articles each)");
	is_int(day_unread(&sb, "2015-01-03"), 6, "day 3: 6 unread");
	ok(store_articles(s, 3, NULL, &arts, &n, &err) == 0 && n == 2,
	    "issue 3's articles");
	ok(store_set_read(s, arts[0].id, 1, &err) == 0, "  one read");
	sidebar_note_marks(&sb, arts[0].id, 1, 0);
	is_int(day_unread(&sb, "2015-01-02"), 1, "day 2's count follows: 1");
	is_int(sidebar_issue(&sb, 3)->nunread, 1, "  and issue 3's");
	ok(store_set_day_read(s, "2015-01-03", 1, &err) == 0 &&
	    sidebar_note_day_read(&sb, "2015-01-03", 1, &err) == 0,
	    "day 3 marked read");
	is_int(day_unread(&sb, "2015-01-03"), 0, "  its count: 0");
	ok(store_set_day_read(s, "2015-01-03", 0, &err) == 0 &&
	    sidebar_note_day_read(&sb, "2015-01-03", 0, &err) == 0,
	    "  and unread again");
	is_int(day_unread(&sb, "2015-01-03"), 6, "  6 again");
	is_int(day_unread(&sb, "2015-01-02"), 1, "  day 2 untouched (1)");

	/* Opening an article of a folded issue (c, =): the opening marks it
	 * read before its rows are read, so the counts cannot come from
	 * them. */
	store_article_rows_free(arts, n);
	sidebar_unfold_day(&sb, "2015-01-01");
	ok(store_articles(s, 1, NULL, &arts, &n, &err) == 0 && n == 2 &&
	    sidebar_prepare(&sb, 20, &err) == 0 &&
	    store_set_read(s, arts[1].id, 1, &err) == 0 &&
	    sidebar_unfold_only(&sb, 1, &err) == 0, "an article of issue 1 "
	    "opened");
	sidebar_note_opened(&sb, 1, arts[1].id, 0, 0);
	is_int(day_unread(&sb, "2015-01-01"), 3, "  day 1 counts one less (3)");
	is_int(sidebar_issue(&sb, 1)->nunread, 1, "  and issue 1 (1)");
	sidebar_note_opened(&sb, 1, arts[1].id, 1, 0);
	is_int(day_unread(&sb, "2015-01-01"), 3, "  opened again, read "
	    "already: still 3");
	store_article_rows_free(arts, n);
	ok(store_articles(s, 3, NULL, &arts, &n, &err) == 0 && n == 2,
	    "issue 3's articles again");

	/* Under a filter, the passing issues flat; { } among them. */
	ok(store_set_read(s, arts[1].id, 1, &err) == 0, "issue 3 all read");
	ok(reload(&sb, &unread) == 0, "unread only");
	is_rows(&sb, "I:1 A:1:1 I:2 I:4 I:5 I:6 I:7 I:8",
	    "  a filter lists the passing issues flat (issue 1 unfolded, its "
	    "unread article)");
	is_int(sidebar_step_day(&sb, 1, 1), 4, "  } skips the day with nothing "
	    "passing");
	is_int(sidebar_step_day(&sb, 5, -1), 1, "  { to the first page shown of "
	    "the day before");
	ok(reload(&sb, &none) == 0, "no filter");
	is_rows(&sb, "D:2015-01-01 I:1 A:1:1 A:1:2 I:2 D:2015-01-02 "
	    "D:2015-01-03 I:7 I:8", "  the tree again, day 1 and issue 1 "
	    "unfolded as before");

	store_article_rows_free(arts, n);
	sidebar_free(&sb);
	store_close(s);
	free(err);
	free(path);
}

/* Another connection imports a day between two: the tree holds still
 * until the view is pinned again. */
static void
test_view(void)
{
	static const int two[] = { 2 };
	struct store_filter none = { 0, 0, NULL };
	char *path = tmp("view.db"), *err = NULL;
	struct store *s = open_lib(path), *other;
	struct sidebar sb;
	int fresh = 0;

	if (s == NULL || fill(s, 0, 1, two, 1, 1, 0) != 0 ||
	    fill(s, 2, 1, two, 1, 1, 0) != 0 ||
	    sidebar_init(&sb, s, &err) != 0 || reload(&sb, &none) != 0 ||
	    store_pin(s, &err) != 0 || (other = open_lib(path)) == NULL) {
		ok(0, "a pinned library");
		free(err);
		return;
	}
	ok(fill(other, 1, 1, two, 1, 1, 0) == 0, "another connection imports "
	    "2015-01-02 between the two days");
	ok(store_poll(s, &fresh, &err) == 0 && fresh == 2, "  noticed: 2 new");
	ok(reload(&sb, &none) == 0, "reload without a new pin");
	is_rows(&sb, "D:2015-01-01 D:2015-01-03", "  the view's days only");
	sidebar_unfold_day(&sb, "2015-01-03");
	is_rows(&sb, "D:2015-01-01 D:2015-01-03 I:3 I:4", "  numbered as before");
	ok(sidebar_prepare(&sb, 10, &err) == 0 &&
	    day_unread(&sb, "2015-01-03") == 2, "  counted in the view (2 unread)");
	ok(store_set_day_read(s, "2015-01-02", 1, &err) == 0,
	    "marking a day not in the view");
	ok(store_pin(s, &err) == 0 && reload(&sb, &none) == 0, "pinned again");
	is_rows(&sb, "D:2015-01-01 D:2015-01-02 D:2015-01-03 I:5 I:6",
	    "  the new day shows, the unfolded one kept by date");
	ok(sidebar_prepare(&sb, 10, &err) == 0 &&
	    day_unread(&sb, "2015-01-02") == 2,
	    "  the new day was not marked (it was not in the view)");
	sidebar_free(&sb);
	store_close(other);
	store_close(s);
	free(err);
	free(path);
}

/* The store's work for evaluating expr. */
#define WORK(s, expr) (w0 = store_work(s), (void)(expr), store_work(s) - w0)

struct cost {
	long long reload;   /* days and issue count, read anew */
	long long first;    /* the first screen: newest day unfolded */
	long long top;      /* the top of the tree */
	long long middle;   /* a page of the middle day opened */
	long long all;      /* yardstick: every issue row read */
};

/* Each screen from a sidebar just reloaded (nothing at hand), the
 * reload not counted. */
static int
fresh(struct sidebar *sb)
{
	struct store_filter none = { 0, 0, NULL };

	return reload(sb, &none);
}

/* The work of showing screens of a library of ndays days. */
static int
measure(int ndays, struct cost *c)
{
	static const int pat[] = { 4, 4, 8, 4, 6 };
	char *path = tmp("work.db"), *err = NULL;
	struct store *s = open_lib(path);
	struct sidebar sb;
	struct issue_row *rows = NULL;
	size_t n = 0;
	long long w0;
	int rc = -1, mid;

	if (s == NULL || fill(s, 0, ndays, pat, 5, 2, 20) != 0 ||
	    sidebar_init(&sb, s, &err) != 0 || store_pin(s, &err) != 0)
		goto out;
	c->reload = WORK(s, rc = fresh(&sb));
	/* As a first run does: the cursor on the newest day's first page. */
	if (rc != 0 || (rc = fresh(&sb)) != 0)
		goto out;
	c->first = WORK(s, (sidebar_set_cursor(&sb,
	    sidebar_newest_dated(&sb), 0), rc = sidebar_prepare(&sb,
	    SCREEN_ROWS, &err)));
	if (rc != 0 || (rc = fresh(&sb)) != 0)
		goto out;
	sidebar_fold_day(&sb, sb.days[sb.ndays - 1].date);
	sidebar_move_to(&sb, 0);
	c->top = WORK(s, rc = sidebar_prepare(&sb, SCREEN_ROWS, &err));
	if (rc != 0 || (rc = fresh(&sb)) != 0)
		goto out;
	/* A page of the middle day, unfolded as opening it does. */
	mid = sb.days[sb.ndays / 2].first + 1;
	c->middle = WORK(s, (rc = sidebar_unfold_only(&sb, mid, &err)) == 0 &&
	    (sidebar_set_cursor(&sb, mid, 0), 1) &&
	    (rc = sidebar_prepare(&sb, SCREEN_ROWS, &err)) == 0);
	if (rc != 0)
		goto out;
	c->all = WORK(s, rc = store_issues(s, NULL, 1, 0, &rows, &n, &err));
	store_issue_rows_free(rows, n);
	diag("%d days, %d issues: reload %lld, first screen %lld, top %lld, "
	    "middle %lld; every issue row %lld", ndays, sb.nissues, c->reload,
	    c->first, c->top, c->middle, c->all);
out:
	if (err != NULL)
		diag("%s", err);
	if (s != NULL) {
		sidebar_free(&sb);
		store_close(s);
	}
	free(err);
	free(path);
	return rc;
}

/*
 * The libraries: the smaller has more days than a screen and a screen
 * either side hold (what one screen reads at most), the larger four
 * times as many (4,180 issues: over two years of a daily of about five
 * pages). SCREEN_SLACK: how much more the same screen may cost in the
 * larger; B-tree seeks are one step whatever the depth, so it should
 * be none.
 */
#define SMALL_DAYS 200
#define LARGE_DAYS 800
#define SCREEN_SLACK 1.05

static void
test_work(void)
{
	struct cost small, large;

	if (measure(SMALL_DAYS, &small) != 0 ||
	    measure(LARGE_DAYS, &large) != 0) {
		ok(0, "two dated libraries");
		return;
	}
	ok(large.first <= small.first * SCREEN_SLACK, "the first screen costs "
	    "the same at four times the days (%lld, %lld)", small.first,
	    large.first);
	ok(large.top <= small.top * SCREEN_SLACK, "  the top of the tree "
	    "(%lld, %lld)", small.top, large.top);
	ok(large.middle <= small.middle * SCREEN_SLACK, "  a page of the middle "
	    "day opened (%lld, %lld)", small.middle, large.middle);
	ok(large.all > small.all * 3, "while reading every issue row grows "
	    "with the library (%lld, %lld)", small.all, large.all);
	ok(large.first * 10 < large.all, "  a screen is a small part of that "
	    "(%lld of %lld)", large.first, large.all);
	/* The days grow with the library (a read of every issue's order
	 * key, once a reload: at start, R, a filter's change), but read no
	 * article: a few steps an issue. */
	ok(large.reload * 4 < large.all, "reading the days costs a small part "
	    "of reading every issue row (%lld of %lld)", large.reload,
	    large.all);
}

int
main(void)
{
	const char *t = getenv("TEST_TMP");
	char tmpl[] = "/tmp/test-sidebar.XXXXXX";

	if (t != NULL && *t != '\0')
		tmpdir = xstrdup(t);
	else if (mkdtemp(tmpl) != NULL)
		tmpdir = xstrdup(tmpl);
	else {
		printf("Bail out! no temporary folder\n");
		return 1;
	}
	test_tree();
	test_view();
	test_work();
	free(tmpdir);
	return done_testing();
}

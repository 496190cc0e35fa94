/*
 * sidebar: the rows of the issue tree, computed from the store on demand
 * and drawn through screen.c (see include/lreader/sidebar.h). Rows are
 * numbered 0…nrows-1: the issues shown, each followed by its articles when
 * unfolded. Without a filter the issues shown are 1…nissues, so a row's
 * issue is known without reading anything, and drawing reads only the
 * issue rows on screen.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lreader/config.h"
#include "lreader/layout.h"
#include "lreader/screen.h"
#include "lreader/sidebar.h"
#include "lreader/util.h"
#include "lreader/width.h"

int
sidebar_init(struct sidebar *sb, struct store *store, char **err)
{
	memset(sb, 0, sizeof *sb);
	sb->store = store;
	return store_issue_count(store, &sb->nissues, err);
}

static void
clear_articles(struct sb_articles *a)
{
	store_article_rows_free(a->rows, a->n);
	a->rows = NULL;
	a->n = 0;
	a->issue = 0;
}

static void
drop_window(struct sidebar *sb)
{
	store_issue_rows_free(sb->win, sb->nwin);
	sb->win = NULL;
	sb->nwin = 0;
	sb->win_first = 0;
}

void
sidebar_free(struct sidebar *sb)
{
	size_t i;

	drop_window(sb);
	store_issue_rows_free(sb->all, sb->nall);
	for (i = 0; i < sb->nfold; i++)
		clear_articles(&sb->folds[i]);
	free(sb->folds);
	clear_articles(&sb->scratch);
	memset(sb, 0, sizeof *sb);
}

size_t
sidebar_nvisible(const struct sidebar *sb)
{
	return sb->filtered ? sb->nall : (size_t)(sb->nissues > 0 ?
	    sb->nissues : 0);
}

static int
vis_number(const struct sidebar *sb, size_t i)
{
	return sb->filtered ? sb->all[i].number : (int)i + 1;
}

/* The index among the issues shown of issue number, or -1. */
static long
vis_index(const struct sidebar *sb, int number)
{
	size_t lo = 0, hi;

	if (!sb->filtered)
		return number >= 1 && number <= sb->nissues ? number - 1 : -1;
	hi = sb->nall;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (sb->all[mid].number < number)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < sb->nall && sb->all[lo].number == number ? (long)lo : -1;
}

long
sidebar_nrows(const struct sidebar *sb)
{
	long r = (long)sidebar_nvisible(sb);
	size_t i;

	for (i = 0; i < sb->nfold; i++)
		r += (long)sb->folds[i].n;
	return r;
}

int
sidebar_item(struct sidebar *sb, long r, struct sb_item *out)
{
	long acc = 0, issue_row;
	size_t i;

	if (r < 0)
		return -1;
	for (i = 0; i < sb->nfold; i++) {
		const struct sb_articles *f = &sb->folds[i];

		issue_row = vis_index(sb, f->issue) + acc;
		if (r <= issue_row)
			break;
		if (r <= issue_row + (long)f->n) {
			out->issue = f->issue;
			out->article = f->rows[r - issue_row - 1].id;
			return 0;
		}
		acc += (long)f->n;
	}
	if (r - acc >= (long)sidebar_nvisible(sb))
		return -1;
	out->issue = vis_number(sb, (size_t)(r - acc));
	out->article = 0;
	return 0;
}

long
sidebar_row_of(struct sidebar *sb, struct sb_item item)
{
	long idx = vis_index(sb, item.issue), acc = 0;
	size_t i, j;

	if (idx < 0)
		return -1;
	for (i = 0; i < sb->nfold; i++) {
		const struct sb_articles *f = &sb->folds[i];

		if (f->issue < item.issue) {
			acc += (long)f->n;
		} else if (f->issue == item.issue && item.article != 0) {
			for (j = 0; j < f->n; j++)
				if (f->rows[j].id == item.article)
					return idx + acc + 1 + (long)j;
			return -1;
		}
	}
	if (item.article != 0)
		return -1;
	return idx + acc;
}

/* The cursor's row, moving the cursor to a row that shows if needed. */
static long
cursor_row(struct sidebar *sb)
{
	long r = sidebar_row_of(sb, sb->cursor);

	if (r >= 0)
		return r;
	sb->cursor.article = 0;
	if ((r = sidebar_row_of(sb, sb->cursor)) >= 0)
		return r;
	/* Its issue is gone: the nearest issue shown. */
	if (sidebar_nvisible(sb) == 0) {
		sb->cursor.issue = 0;
		return 0;
	}
	if (!sb->filtered) {
		sb->cursor.issue = sb->cursor.issue < 1 ? 1 : sb->nissues;
	} else {
		size_t i = 0;

		while (i + 1 < sb->nall && sb->all[i].number < sb->cursor.issue)
			i++;
		sb->cursor.issue = sb->all[i].number;
	}
	r = sidebar_row_of(sb, sb->cursor);
	return r < 0 ? 0 : r;
}

void
sidebar_move_to(struct sidebar *sb, long r)
{
	long n = sidebar_nrows(sb);

	if (n == 0)
		return;
	if (r >= n)
		r = n - 1;
	if (r < 0)
		r = 0;
	(void)sidebar_item(sb, r, &sb->cursor);
}

void
sidebar_move(struct sidebar *sb, long delta)
{
	sidebar_move_to(sb, cursor_row(sb) + delta);
}

static void
clamp_top(struct sidebar *sb, int h)
{
	long n = sidebar_nrows(sb);

	if (sb->top > n - h)
		sb->top = n - h;
	if (sb->top < 0)
		sb->top = 0;
}

void
sidebar_scroll(struct sidebar *sb, long delta, int h)
{
	long r = cursor_row(sb);

	if (h < 1)
		return;
	sb->top += delta;
	clamp_top(sb, h);
	if (r < sb->top)
		sidebar_move_to(sb, sb->top);
	else if (r >= sb->top + h)
		sidebar_move_to(sb, sb->top + h - 1);
}

static int
load_articles(struct sidebar *sb, int issue, struct sb_articles *a,
    char **err)
{
	struct article_row *rows = NULL;
	size_t n = 0;

	if (store_articles(sb->store, issue, sb->filtered ? &sb->filter : NULL,
	    &rows, &n, err) != 0)
		return -1;
	clear_articles(a);
	a->issue = issue;
	a->rows = rows;
	a->n = n;
	return 0;
}

static struct sb_articles *
find_fold(const struct sidebar *sb, int issue)
{
	size_t i;

	for (i = 0; i < sb->nfold; i++)
		if (sb->folds[i].issue == issue)
			return &sb->folds[i];
	return NULL;
}

int
sidebar_is_unfolded(const struct sidebar *sb, int issue)
{
	return find_fold(sb, issue) != NULL;
}

int
sidebar_unfold(struct sidebar *sb, int issue, char **err)
{
	struct sb_articles a = { 0, NULL, 0 };
	size_t i;

	if (find_fold(sb, issue) != NULL || vis_index(sb, issue) < 0)
		return 0;
	if (load_articles(sb, issue, &a, err) != 0)
		return -1;
	sb->folds = xreallocarray(sb->folds, sb->nfold + 1, sizeof *sb->folds);
	for (i = sb->nfold; i > 0 && sb->folds[i - 1].issue > issue; i--)
		sb->folds[i] = sb->folds[i - 1];
	sb->folds[i] = a;
	sb->nfold++;
	return 0;
}

void
sidebar_fold(struct sidebar *sb, int issue)
{
	struct sb_articles *f = find_fold(sb, issue);
	size_t i;

	if (f == NULL)
		return;
	i = (size_t)(f - sb->folds);
	clear_articles(f);
	memmove(sb->folds + i, sb->folds + i + 1,
	    (sb->nfold - i - 1) * sizeof *sb->folds);
	sb->nfold--;
}

int
sidebar_unfold_only(struct sidebar *sb, int issue, char **err)
{
	size_t i = 0;

	while (i < sb->nfold) {
		if (sb->folds[i].issue != issue)
			sidebar_fold(sb, sb->folds[i].issue);
		else
			i++;
	}
	return sidebar_unfold(sb, issue, err);
}

int
sidebar_articles(struct sidebar *sb, int issue,
    const struct article_row **rows, size_t *n, char **err)
{
	struct sb_articles *f = find_fold(sb, issue);

	if (f == NULL) {
		f = &sb->scratch;
		if (f->issue != issue && load_articles(sb, issue, f, err) != 0)
			return -1;
	}
	*rows = f->rows;
	*n = f->n;
	return 0;
}

int
sidebar_step_issue(struct sidebar *sb, int issue, int dir)
{
	long i = vis_index(sb, issue), n = (long)sidebar_nvisible(sb);

	if (i < 0) {
		/* Not shown (filtered out): the nearest shown that way. */
		for (i = 0; i < n && vis_number(sb, (size_t)i) < issue; i++)
			;
		if (dir < 0)
			i--;
	} else {
		i += dir;
	}
	return i >= 0 && i < n ? vis_number(sb, (size_t)i) : 0;
}

int
sidebar_step_article(struct sidebar *sb, int issue, int64_t id, int dir,
    struct sb_item *out, char **err)
{
	const struct article_row *rows;
	size_t n, j;
	long k = -1;

	if (sidebar_articles(sb, issue, &rows, &n, err) != 0)
		return -1;
	for (j = 0; j < n; j++)
		if (rows[j].id == id)
			k = (long)j;
	if (k >= 0 && k + dir >= 0 && k + dir < (long)n) {
		out->issue = issue;
		out->article = rows[k + dir].id;
		return 0;
	}
	/* On to the next issue with a passing article. */
	while ((issue = sidebar_step_issue(sb, issue, dir)) != 0) {
		if (sidebar_articles(sb, issue, &rows, &n, err) != 0)
			return -1;
		if (n > 0) {
			out->issue = issue;
			out->article = rows[dir > 0 ? 0 : n - 1].id;
			return 0;
		}
	}
	return 1;
}

/* Whether issue number k is dated; -1 on error. */
static int
is_dated(struct sidebar *sb, int k)
{
	struct issue_row *rows = NULL;
	size_t n = 0;
	int dated;

	if (store_issues(sb->store, NULL, k, 1, &rows, &n, NULL) != 0)
		return -1;
	dated = n > 0 && rows[0].date[0] != '\0';
	store_issue_rows_free(rows, n);
	return dated;
}

int
sidebar_newest_dated(struct sidebar *sb)
{
	int lo = 1, hi = sb->nissues, mid;

	if (sb->nissues <= 0)
		return 0;
	if (is_dated(sb, 1) != 1)
		return 1;
	/* Dated issues come first (SPEC "Issues"): bisect for the last. */
	while (lo < hi) {
		mid = lo + (hi - lo + 1) / 2;
		if (is_dated(sb, mid) == 1)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

/* The kept row of issue, wherever it is kept, or NULL. */
static struct issue_row *
kept_issue(struct sidebar *sb, int issue)
{
	long x;

	if (sb->filtered) {
		x = vis_index(sb, issue);
		return x >= 0 ? &sb->all[x] : NULL;
	}
	x = issue - sb->win_first;
	return x >= 0 && x < (long)sb->nwin ? &sb->win[x] : NULL;
}

/* Whether an article with these marks passes the flag filters (a row in
 * a fold passed the text filter already). */
static int
passes(const struct sidebar *sb, int read, int bookmarked)
{
	return (!sb->filter.unread_only || !read) &&
	    (!sb->filter.bookmarks_only || bookmarked);
}

/* An article of issue went from (read0, bm0) to (read1, bm1): its row's
 * unread and matching counts follow (SPEC: "(matching/total)"). */
static void
count_change(struct sidebar *sb, int issue, int read0, int bm0, int read1,
    int bm1)
{
	struct issue_row *ir = kept_issue(sb, issue);

	if (ir == NULL)
		return;
	ir->nunread += (read0 && !read1) - (!read0 && read1);
	if (sb->filtered)
		ir->nmatch += passes(sb, read1, bm1) - passes(sb, read0, bm0);
}

void
sidebar_note_marks(struct sidebar *sb, int64_t id, int read, int bookmarked)
{
	size_t i, j;
	int issue = 0, was_read = read, was_bm = bookmarked;

	for (i = 0; i < sb->nfold + 1; i++) {
		struct sb_articles *a = i < sb->nfold ? &sb->folds[i] :
		    &sb->scratch;

		for (j = 0; j < a->n; j++)
			if (a->rows[j].id == id) {
				was_read = a->rows[j].read;
				was_bm = a->rows[j].bookmarked;
				a->rows[j].read = read;
				a->rows[j].bookmarked = bookmarked;
				issue = a->issue;
			}
	}
	if (issue != 0)
		count_change(sb, issue, was_read, was_bm, read, bookmarked);
}

int
sidebar_note_issue_read(struct sidebar *sb, int issue, int read, char **err)
{
	struct issue_row *ir = kept_issue(sb, issue), *rows = NULL;
	size_t i, j, n = 0;

	for (i = 0; i < sb->nfold + 1; i++) {
		struct sb_articles *a = i < sb->nfold ? &sb->folds[i] :
		    &sb->scratch;

		for (j = 0; a->issue == issue && j < a->n; j++)
			a->rows[j].read = read;
	}
	if (ir == NULL)
		return 0;
	/* The counts as the store has them now: the issue's own, then
	 * under a text filter its matching articles (not to be derived
	 * from the issue's size). */
	if (store_issues(sb->store, NULL, issue, 1, &rows, &n, err) != 0)
		return -1;
	if (n > 0 && rows[0].number == issue) {
		ir->nunread = rows[0].nunread;
		ir->narticles = rows[0].narticles;
	}
	store_issue_rows_free(rows, n);
	if (!sb->filtered)
		return 0;
	if (store_issues(sb->store, &sb->filter, issue, 1, &rows, &n, err) != 0)
		return -1;
	/* None of it passing the filter now: the next issue comes back. */
	ir->nmatch = n > 0 && rows[0].number == issue ? rows[0].nmatch : 0;
	store_issue_rows_free(rows, n);
	return 0;
}

const struct issue_row *
sidebar_issue(struct sidebar *sb, int issue)
{
	return kept_issue(sb, issue);
}

/* Make sure the issue rows of shown indexes lo…hi are at hand. */
static int
ensure_window(struct sidebar *sb, long lo, long hi, char **err)
{
	struct issue_row *rows = NULL;
	size_t n = 0;
	long first, count;

	if (sb->filtered || lo > hi)
		return 0;
	if (sb->win != NULL && lo + 1 >= sb->win_first &&
	    hi + 1 < sb->win_first + (long)sb->nwin)
		return 0;
	/* A screen's worth on either side, so a line's scroll reads
	 * nothing. */
	first = lo - (hi - lo + 1);
	if (first < 0)
		first = 0;
	count = (hi - first + 1) + (hi - lo + 1);
	if (store_issues(sb->store, NULL, (int)first + 1, (int)count, &rows,
	    &n, err) != 0)
		return -1;
	drop_window(sb);
	sb->win = rows;
	sb->nwin = n;
	sb->win_first = (int)first + 1;
	return 0;
}

static const struct issue_row *
issue_at(const struct sidebar *sb, long idx)
{
	long k;

	if (sb->filtered)
		return idx >= 0 && idx < (long)sb->nall ? &sb->all[idx] : NULL;
	k = idx + 1 - sb->win_first;
	return k >= 0 && k < (long)sb->nwin ? &sb->win[k] : NULL;
}

static const struct article_row *
article_at(const struct sidebar *sb, struct sb_item it)
{
	const struct sb_articles *f = find_fold(sb, it.issue);
	size_t j;

	for (j = 0; f != NULL && j < f->n; j++)
		if (f->rows[j].id == it.article)
			return &f->rows[j];
	return NULL;
}

static void
draw_issue(const struct sidebar *sb, const struct issue_row *ir, int y,
    int x, int w, int style, int amb)
{
	char *head, *suffix = NULL, *cut;
	int sw = 0;

	if (ir->date[0] != '\0' && ir->page > 0)
		head = xasprintf("%d · %s p%d · %s", ir->number, ir->date,
		    ir->page, ir->lead ? ir->lead : "");
	else if (ir->date[0] != '\0')
		head = xasprintf("%d · %s · %s", ir->number, ir->date,
		    ir->lead ? ir->lead : "");
	else
		head = xasprintf("%d · %s", ir->number,
		    ir->lead ? ir->lead : "");
	if (sb->filtered || ir->nunread > 0) {
		/* SPEC: (matching/total) while a filter is on; else the
		 * unread articles (work item 10, item 4), when there are. */
		suffix = sb->filtered ? xasprintf(" (%d/%d)", ir->nmatch,
		    ir->narticles) : xasprintf(" (%d)", ir->nunread);
		sw = (int)width_str(suffix, strlen(suffix), amb);
		if (sw > w / 2)
			sw = 0;
	}
	cut = layout_truncate(head, w - sw, amb);
	screen_puts(y, x, w - sw, cut, amb, style);
	if (sw > 0)
		screen_puts(y, x + w - sw, sw, suffix, amb, style);
	free(cut);
	free(head);
	free(suffix);
}

/* Article ar's title cut to w cells, told apart from the titles of the
 * other articles of its issue (sib) that would be cut the same. */
static char *
article_label(const struct article_row *ar, const struct sb_articles *sib,
    int w, int amb)
{
	const char **t = xcalloc(sib != NULL ? sib->n + 1 : 1, sizeof *t);
	size_t j, n = 0;
	char *cut;

	for (j = 0; sib != NULL && j < sib->n; j++)
		if (&sib->rows[j] != ar)
			t[n++] = sib->rows[j].title;
	cut = layout_truncate_apart(ar->title ? ar->title : "", t, n, w, amb);
	free(t);
	return cut;
}

static void
draw_article(const struct article_row *ar, const struct sb_articles *sib,
    int y, int x, int w, int cursor, int open, int amb)
{
	int base = cursor ? EL_CURSOR : ar->read ? EL_SIDEBAR : EL_UNREAD;
	char *cut;

	if (w < 7)
		return;
	if (open)
		screen_puts(y, x + 1, 1, ">", amb, base | SCREEN_BOLD);
	if (!ar->read)
		screen_puts(y, x + 2, 1, "*", amb, cursor ? base : EL_UNREAD);
	if (ar->bookmarked)
		screen_puts(y, x + 3, 1, "!", amb, cursor ? base : EL_BOOKMARK);
	cut = article_label(ar, sib, w - 5, amb);
	screen_puts(y, x + 5, w - 5, cut, amb, open ? base | SCREEN_BOLD :
	    base);
	free(cut);
}

int
sidebar_draw(struct sidebar *sb, int y, int x, int h, int w, int focused,
    int64_t open_id, int amb, char **err)
{
	long r, cr, lo = -1, hi = -2;
	struct sb_item it;
	int i;

	if (h < 1 || w < 4)
		return 0;
	cr = cursor_row(sb);
	if (cr < sb->top)
		sb->top = cr;
	if (cr >= sb->top + h)
		sb->top = cr - h + 1;
	clamp_top(sb, h);
	for (i = 0; i < h; i++) {
		if (sidebar_item(sb, sb->top + i, &it) != 0 || it.article != 0)
			continue;
		r = vis_index(sb, it.issue);
		if (lo < 0)
			lo = r;
		hi = r;
	}
	if (ensure_window(sb, lo, hi, err) != 0)
		return -1;
	for (i = 0; i < h; i++) {
		int cursor;

		r = sb->top + i;
		screen_fill(y + i, x, w, EL_SIDEBAR);
		if (sidebar_item(sb, r, &it) != 0)
			continue;
		cursor = focused && r == cr;
		if (cursor)
			screen_fill(y + i, x, w, EL_CURSOR);
		if (it.article == 0) {
			const struct issue_row *ir =
			    issue_at(sb, vis_index(sb, it.issue));
			int style = cursor ? EL_CURSOR :
			    ir != NULL && ir->nunread > 0 ? EL_UNREAD :
			    EL_SIDEBAR;

			if (ir != NULL)
				draw_issue(sb, ir, y + i, x + 1, w - 2, style,
				    amb);
		} else {
			const struct article_row *ar = article_at(sb, it);

			if (ar != NULL)
				draw_article(ar, find_fold(sb, it.issue),
				    y + i, x, w - 1, cursor, ar->id == open_id,
				    amb);
		}
	}
	return 0;
}

int
sidebar_reload(struct sidebar *sb, const struct store_filter *f, int *added,
    char **err)
{
	int old = sb->nissues, n;
	size_t i;

	if (store_issue_count(sb->store, &n, err) != 0)
		return -1;
	sb->nissues = n;
	if (added != NULL)
		*added = n - old;
	drop_window(sb);
	store_issue_rows_free(sb->all, sb->nall);
	sb->all = NULL;
	sb->nall = 0;
	clear_articles(&sb->scratch);
	sb->filter = *f;
	sb->filtered = f->unread_only || f->bookmarks_only ||
	    (f->text != NULL && f->text[0] != '\0');
	if (sb->filtered && n > 0 && store_issues(sb->store, &sb->filter, 1, n,
	    &sb->all, &sb->nall, err) != 0) {
		sb->filtered = 0;
		return -1;
	}
	/* Folds of issues no longer shown go; the others are re-read. */
	i = 0;
	while (i < sb->nfold) {
		int issue = sb->folds[i].issue;

		if (vis_index(sb, issue) < 0) {
			sidebar_fold(sb, issue);
			continue;
		}
		if (load_articles(sb, issue, &sb->folds[i], err) != 0)
			return -1;
		i++;
	}
	(void)cursor_row(sb);
	return 0;
}

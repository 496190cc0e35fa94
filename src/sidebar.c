/*
 * sidebar: the rows of the edition tree, computed from the store on
 * demand and drawn through screen.c (see include/lreader/sidebar.h).
 *
 * Rows are numbered 0…nrows-1 in two levels. The heads are the rows
 * without articles: without a filter, one per day of dated issues, the
 * pages (issue rows) of each unfolded day after it, then the undated
 * issues; with a filter, the passing issues. Since dated issues are
 * numbered in date and page order, a day's pages are the numbers
 * first…first+npages-1, and a head's issue or day is known from the
 * days and the unfolded ones alone, without reading anything. The rows
 * are the heads with the articles of each unfolded issue after it; an
 * issue is unfolded only while its row shows (its day unfolded).
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
	free(sb->days);
	free(sb->dfolds);
	memset(sb, 0, sizeof *sb);
}

/* ---- days ---- */

/* The day holding issue number k (an index into days), or -1 when k is
 * not dated. */
static long
day_of(const struct sidebar *sb, int k)
{
	size_t lo = 0, hi = sb->ndays;

	if (k < 1 || k > sb->ndated)
		return -1;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (sb->days[mid].first + sb->days[mid].npages <= k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < sb->ndays ? (long)lo : -1;
}

/* The day of date, or -1. */
static long
day_index(const struct sidebar *sb, const char *date)
{
	size_t lo = 0, hi = sb->ndays;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(sb->days[mid].date, date) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < sb->ndays && strcmp(sb->days[lo].date, date) == 0 ?
	    (long)lo : -1;
}

/* The place of day d in dfolds, or -1 when it is folded. */
static long
dfold_at(const struct sidebar *sb, size_t d)
{
	size_t i;

	for (i = 0; i < sb->ndfold; i++)
		if (sb->dfolds[i] == d)
			return (long)i;
	return -1;
}

const char *
sidebar_issue_date(const struct sidebar *sb, int issue)
{
	long d = day_of(sb, issue);

	return d >= 0 ? sb->days[d].date : "";
}

/* ---- the issues shown (every issue, or those passing the filter) ---- */

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

/* The first index among the passing issues whose number is >= number. */
static size_t
all_lower_bound(const struct sidebar *sb, int number)
{
	size_t lo = 0, hi = sb->nall;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (sb->all[mid].number < number)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The index among the issues shown of issue number, or -1. */
static long
vis_index(const struct sidebar *sb, int number)
{
	size_t lo;

	if (!sb->filtered)
		return number >= 1 && number <= sb->nissues ? number - 1 : -1;
	lo = all_lower_bound(sb, number);
	return lo < sb->nall && sb->all[lo].number == number ? (long)lo : -1;
}

/* ---- heads: the rows without articles ---- */

static long
heads_count(const struct sidebar *sb)
{
	long n;
	size_t i;

	if (sb->filtered)
		return (long)sb->nall;
	n = (long)sb->ndays + (sb->nissues - sb->ndated);
	for (i = 0; i < sb->ndfold; i++)
		n += sb->days[sb->dfolds[i]].npages;
	return n;
}

/* The head of day d (without a filter). */
static long
head_of_day(const struct sidebar *sb, size_t d)
{
	long x = (long)d;
	size_t i;

	for (i = 0; i < sb->ndfold; i++)
		if (sb->dfolds[i] < d)
			x += sb->days[sb->dfolds[i]].npages;
	return x;
}

/* The head of issue k, or -1 when its row does not show (not passing
 * the filter, or its day folded). */
static long
head_of_issue(const struct sidebar *sb, int k)
{
	long d, x;
	size_t i;

	if (sb->filtered)
		return vis_index(sb, k);
	if (k < 1 || k > sb->nissues)
		return -1;
	if ((d = day_of(sb, k)) >= 0)
		return dfold_at(sb, (size_t)d) < 0 ? -1 :
		    head_of_day(sb, (size_t)d) + 1 + (k - sb->days[d].first);
	x = (long)sb->ndays + (k - sb->ndated - 1);
	for (i = 0; i < sb->ndfold; i++)
		x += sb->days[sb->dfolds[i]].npages;
	return x;
}

static void
day_item(const struct sidebar *sb, size_t d, struct sb_item *out)
{
	memset(out, 0, sizeof *out);
	out->issue = sb->days[d].first;
	memcpy(out->day, sb->days[d].date, sizeof out->day);
}

static void
issue_item(int issue, int64_t article, struct sb_item *out)
{
	memset(out, 0, sizeof *out);
	out->issue = issue;
	out->article = article;
}

/* The day or issue of head x; -1 when x is out of range. */
static int
head_item(const struct sidebar *sb, long x, struct sb_item *out)
{
	long acc = 0, head;
	size_t i, d;

	if (x < 0 || x >= heads_count(sb))
		return -1;
	if (sb->filtered) {
		issue_item(sb->all[x].number, 0, out);
		return 0;
	}
	for (i = 0; i < sb->ndfold; i++) {
		d = sb->dfolds[i];
		head = (long)d + acc;
		if (x < head)
			break;
		if (x == head) {
			day_item(sb, d, out);
			return 0;
		}
		if (x <= head + sb->days[d].npages) {
			issue_item(sb->days[d].first + (int)(x - head - 1), 0,
			    out);
			return 0;
		}
		acc += sb->days[d].npages;
	}
	x -= acc;
	if (x < (long)sb->ndays)
		day_item(sb, (size_t)x, out);
	else
		issue_item(sb->ndated + 1 + (int)(x - (long)sb->ndays), 0, out);
	return 0;
}

/* ---- rows: the heads and the articles of unfolded issues ---- */

long
sidebar_nrows(const struct sidebar *sb)
{
	long r = heads_count(sb);
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
	/* Folds are in issue order, which is head order. */
	for (i = 0; i < sb->nfold; i++) {
		const struct sb_articles *f = &sb->folds[i];

		issue_row = head_of_issue(sb, f->issue) + acc;
		if (r <= issue_row)
			break;
		if (r <= issue_row + (long)f->n) {
			issue_item(f->issue, f->rows[r - issue_row - 1].id, out);
			return 0;
		}
		acc += (long)f->n;
	}
	return head_item(sb, r - acc, out);
}

/* Whether the item is a day row that shows (a day item is read as its
 * first issue while a filter is on). */
static int
is_day(const struct sidebar *sb, struct sb_item it)
{
	return it.day[0] != '\0' && !sb->filtered;
}

long
sidebar_row_of(struct sidebar *sb, struct sb_item item)
{
	long x, d, acc = 0;
	size_t i, j;
	int day = is_day(sb, item);

	if (day)
		x = (d = day_index(sb, item.day)) < 0 ? -1 :
		    head_of_day(sb, (size_t)d);
	else
		x = head_of_issue(sb, item.issue);
	if (x < 0)
		return -1;
	for (i = 0; i < sb->nfold; i++) {
		const struct sb_articles *f = &sb->folds[i];

		if (head_of_issue(sb, f->issue) < x) {
			acc += (long)f->n;
		} else if (!day && f->issue == item.issue &&
		    item.article != 0) {
			for (j = 0; j < f->n; j++)
				if (f->rows[j].id == item.article)
					return x + acc + 1 + (long)j;
			return -1;
		}
	}
	if (item.article != 0 && !day)
		return -1;
	return x + acc;
}

/* The cursor on the row nearest issue k that shows: its own, its day's,
 * or the nearest issue's shown. */
static void
cursor_near(struct sidebar *sb, int k)
{
	long d;

	if (sidebar_nvisible(sb) == 0) {
		issue_item(0, 0, &sb->cursor);
		return;
	}
	if (!sb->filtered) {
		k = k < 1 ? 1 : k > sb->nissues ? sb->nissues : k;
		issue_item(k, 0, &sb->cursor);
		if (head_of_issue(sb, k) < 0 && (d = day_of(sb, k)) >= 0)
			day_item(sb, (size_t)d, &sb->cursor);
		return;
	}
	{
		size_t i = all_lower_bound(sb, k);

		issue_item(sb->all[i < sb->nall ? i : sb->nall - 1].number, 0,
		    &sb->cursor);
	}
}

/* The cursor's row, moving the cursor to a row that shows if needed. */
static long
cursor_row(struct sidebar *sb)
{
	long r = sidebar_row_of(sb, sb->cursor), d;

	if (r >= 0)
		return r;
	if (sb->cursor.day[0] != '\0') {
		/* A day gone (or a filter on): the nearest day after it,
		 * or its first issue. */
		if (!sb->filtered && sb->ndays > 0) {
			for (d = 0; d + 1 < (long)sb->ndays &&
			    strcmp(sb->days[d].date, sb->cursor.day) < 0; d++)
				;
			day_item(sb, (size_t)d, &sb->cursor);
		} else {
			issue_item(sb->cursor.issue, 0, &sb->cursor);
		}
	} else {
		issue_item(sb->cursor.issue, 0, &sb->cursor);
	}
	if ((r = sidebar_row_of(sb, sb->cursor)) >= 0)
		return r;
	cursor_near(sb, sb->cursor.issue);
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

/* ---- folding ---- */

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

static void
unfold_day_at(struct sidebar *sb, size_t d)
{
	size_t i;

	if (dfold_at(sb, d) >= 0)
		return;
	sb->dfolds = xreallocarray(sb->dfolds, sb->ndfold + 1,
	    sizeof *sb->dfolds);
	for (i = sb->ndfold; i > 0 && sb->dfolds[i - 1] > d; i--)
		sb->dfolds[i] = sb->dfolds[i - 1];
	sb->dfolds[i] = d;
	sb->ndfold++;
}

/* Fold day d and its pages (an unfolded issue's row must show). */
static void
fold_day_at(struct sidebar *sb, size_t d)
{
	long i = dfold_at(sb, d);
	size_t k = 0;

	if (i < 0)
		return;
	memmove(sb->dfolds + i, sb->dfolds + i + 1,
	    (sb->ndfold - (size_t)i - 1) * sizeof *sb->dfolds);
	sb->ndfold--;
	while (k < sb->nfold) {
		int issue = sb->folds[k].issue;

		if (issue >= sb->days[d].first &&
		    issue < sb->days[d].first + sb->days[d].npages)
			sidebar_fold(sb, issue);
		else
			k++;
	}
}

void
sidebar_unfold_day(struct sidebar *sb, const char *date)
{
	long d = day_index(sb, date);

	if (d >= 0)
		unfold_day_at(sb, (size_t)d);
}

void
sidebar_fold_day(struct sidebar *sb, const char *date)
{
	long d = day_index(sb, date);

	if (d >= 0)
		fold_day_at(sb, (size_t)d);
}

int
sidebar_day_unfolded(const struct sidebar *sb, const char *date)
{
	long d = day_index(sb, date);

	return d >= 0 && dfold_at(sb, (size_t)d) >= 0;
}

int
sidebar_unfold(struct sidebar *sb, int issue, char **err)
{
	struct sb_articles a = { 0, NULL, 0 };
	size_t i;
	long d;

	if (find_fold(sb, issue) != NULL || vis_index(sb, issue) < 0)
		return 0;
	/* Its day too, so that its row shows in the tree (also while a
	 * filter lists issues flat: the tree comes back with it). */
	if ((d = day_of(sb, issue)) >= 0)
		unfold_day_at(sb, (size_t)d);
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
	long d = day_of(sb, issue);
	size_t i = 0;

	while (i < sb->nfold) {
		if (sb->folds[i].issue != issue)
			sidebar_fold(sb, sb->folds[i].issue);
		else
			i++;
	}
	/* Every other day folds too (SPEC: all folded but the one holding
	 * the open article). */
	i = 0;
	while (i < sb->ndfold) {
		if ((long)sb->dfolds[i] != d)
			fold_day_at(sb, sb->dfolds[i]);
		else
			i++;
	}
	return sidebar_unfold(sb, issue, err);
}

void
sidebar_set_cursor(struct sidebar *sb, int issue, int64_t article)
{
	long d = day_of(sb, issue);

	if (d >= 0)
		unfold_day_at(sb, (size_t)d);
	issue_item(issue, article, &sb->cursor);
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

/* ---- stepping ---- */

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
sidebar_step_day(struct sidebar *sb, int issue, int dir)
{
	long d = day_of(sb, issue);
	size_t j;

	if (d < 0)
		return -1;
	if (!sb->filtered) {
		d += dir;
		return d >= 0 && d < (long)sb->ndays ? sb->days[d].first : 0;
	}
	/* With a filter: the first issue shown of the next (or previous)
	 * day that has one. */
	if (dir > 0) {
		j = all_lower_bound(sb, sb->days[d].first +
		    sb->days[d].npages);
		return j < sb->nall && sb->all[j].number <= sb->ndated ?
		    sb->all[j].number : 0;
	}
	j = all_lower_bound(sb, sb->days[d].first);
	if (j == 0)
		return 0;
	d = day_of(sb, sb->all[j - 1].number);
	return sb->all[all_lower_bound(sb, sb->days[d].first)].number;
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
		issue_item(issue, rows[k + dir].id, out);
		return 0;
	}
	/* On to the next issue with a passing article. */
	while ((issue = sidebar_step_issue(sb, issue, dir)) != 0) {
		if (sidebar_articles(sb, issue, &rows, &n, err) != 0)
			return -1;
		if (n > 0) {
			issue_item(issue, rows[dir > 0 ? 0 : n - 1].id, out);
			return 0;
		}
	}
	return 1;
}

int
sidebar_newest_dated(struct sidebar *sb)
{
	if (sb->ndays > 0)
		return sb->days[sb->ndays - 1].first;
	return sb->nissues > 0 ? 1 : 0;
}

/* ---- counts and marks ---- */

/* The issue row of number k among rows[0 … n-1] (by number), or NULL. */
static struct issue_row *
row_by_number(struct issue_row *rows, size_t n, int k)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (rows[mid].number < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && rows[lo].number == k ? &rows[lo] : NULL;
}

/* The kept row of issue, wherever it is kept, or NULL. */
static struct issue_row *
kept_issue(struct sidebar *sb, int issue)
{
	return sb->filtered ? row_by_number(sb->all, sb->nall, issue) :
	    row_by_number(sb->win, sb->nwin, issue);
}

/* Day d's row when its unread count is at hand, else NULL. */
static struct day_row *
counted_day(struct sidebar *sb, long d)
{
	return d >= (long)sb->dwin && d < (long)(sb->dwin + sb->ndwin) ?
	    &sb->days[d] : NULL;
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
 * and its day's unread and matching counts follow (SPEC:
 * "(matching/total)"). */
static void
count_change(struct sidebar *sb, int issue, int read0, int bm0, int read1,
    int bm1)
{
	struct issue_row *ir = kept_issue(sb, issue);
	struct day_row *dr = counted_day(sb, day_of(sb, issue));
	int delta = (read0 && !read1) - (!read0 && read1);

	if (dr != NULL)
		dr->nunread += delta;
	if (ir == NULL)
		return;
	ir->nunread += delta;
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

void
sidebar_note_opened(struct sidebar *sb, int issue, int64_t id, int was_read,
    int bookmarked)
{
	size_t i, j;

	for (i = 0; i < sb->nfold + 1; i++) {
		struct sb_articles *a = i < sb->nfold ? &sb->folds[i] :
		    &sb->scratch;

		for (j = 0; j < a->n; j++)
			if (a->rows[j].id == id)
				a->rows[j].read = 1;
	}
	count_change(sb, issue, was_read, bookmarked, 1, bookmarked);
}

/* The articles kept of issues lo … hi follow a mark of all of them. */
static void
note_rows_read(struct sidebar *sb, int lo, int hi, int read)
{
	size_t i, j;

	for (i = 0; i < sb->nfold + 1; i++) {
		struct sb_articles *a = i < sb->nfold ? &sb->folds[i] :
		    &sb->scratch;

		for (j = 0; a->issue >= lo && a->issue <= hi && j < a->n; j++)
			a->rows[j].read = read;
	}
}

/* Read again the unread count of issue's day, when it is kept. */
static int
recount_day(struct sidebar *sb, long d, char **err)
{
	return counted_day(sb, d) == NULL ? 0 :
	    store_days_unread(sb->store, &sb->days[d], 1, err);
}

/* Read again the counts of the kept rows of issues lo … hi. */
static int
recount_issues(struct sidebar *sb, int lo, int hi, char **err)
{
	struct issue_row *rows = NULL, *ir;
	size_t n = 0, i;

	if (store_issues(sb->store, NULL, lo, hi - lo + 1, &rows, &n, err) != 0)
		return -1;
	for (i = 0; i < n; i++)
		if ((ir = kept_issue(sb, rows[i].number)) != NULL) {
			ir->nunread = rows[i].nunread;
			ir->narticles = rows[i].narticles;
		}
	store_issue_rows_free(rows, n);
	return 0;
}

int
sidebar_note_issue_read(struct sidebar *sb, int issue, int read, char **err)
{
	struct issue_row *ir = kept_issue(sb, issue), *rows = NULL;
	size_t n = 0;

	note_rows_read(sb, issue, issue, read);
	/* The counts as the store has them now: the day's, the issue's
	 * own, then under a text filter its matching articles (not to be
	 * derived from the issue's size). */
	if (recount_day(sb, day_of(sb, issue), err) != 0)
		return -1;
	if (ir == NULL)
		return 0;
	if (recount_issues(sb, issue, issue, err) != 0)
		return -1;
	if (!sb->filtered)
		return 0;
	if (store_issues(sb->store, &sb->filter, issue, 1, &rows, &n, err) != 0)
		return -1;
	/* None of it passing the filter now: the next issue comes back. */
	ir->nmatch = n > 0 && rows[0].number == issue ? rows[0].nmatch : 0;
	store_issue_rows_free(rows, n);
	return 0;
}

int
sidebar_note_day_read(struct sidebar *sb, const char *date, int read,
    char **err)
{
	long d = day_index(sb, date);
	int lo, hi;

	if (d < 0)
		return 0;
	lo = sb->days[d].first;
	hi = lo + sb->days[d].npages - 1;
	note_rows_read(sb, lo, hi, read);
	if (recount_day(sb, d, err) != 0)
		return -1;
	return recount_issues(sb, lo, hi, err);
}

int
sidebar_day(struct sidebar *sb, const char *date, const struct day_row **out,
    char **err)
{
	long d = day_index(sb, date);

	*out = NULL;
	if (d < 0)
		return 1;
	if (counted_day(sb, d) == NULL &&
	    store_days_unread(sb->store, &sb->days[d], 1, err) != 0)
		return -1;
	*out = &sb->days[d];
	return 0;
}

const struct issue_row *
sidebar_issue(struct sidebar *sb, int issue)
{
	return kept_issue(sb, issue);
}

/* ---- what the rows on screen need ---- */

/* The issue rows (numbers, ascending) and the days (d0 … d1) on rows
 * a … b-1. */
struct span {
	int *nums;
	size_t n;
	long d0, d1;
};

static void
span_rows(struct sidebar *sb, long a, long b, struct span *sp)
{
	struct sb_item it;
	long r, d;

	sp->nums = NULL;
	sp->n = 0;
	sp->d0 = -1;
	sp->d1 = -2;
	for (r = a < 0 ? 0 : a; r < b && sidebar_item(sb, r, &it) == 0; r++) {
		if (it.article != 0)
			continue;
		if (is_day(sb, it)) {
			d = day_of(sb, it.issue);
			if (sp->d0 < 0)
				sp->d0 = d;
			sp->d1 = d;
			continue;
		}
		sp->nums = xreallocarray(sp->nums, sp->n + 1, sizeof *sp->nums);
		sp->nums[sp->n++] = it.issue;
	}
}

/* Whether every issue row and day count of sp is at hand. */
static int
span_kept(const struct sidebar *sb, const struct span *sp)
{
	size_t i;

	for (i = 0; i < sp->n; i++)
		if (row_by_number(sb->win, sb->nwin, sp->nums[i]) == NULL)
			return 0;
	return sp->d0 < 0 || (sp->d0 >= (long)sb->dwin &&
	    sp->d1 < (long)(sb->dwin + sb->ndwin));
}

static void
add_row(struct issue_row **rows, size_t *n, const struct issue_row *r)
{
	*rows = xreallocarray(*rows, *n + 1, sizeof **rows);
	(*rows)[*n] = *r;
	(*rows)[*n].source = xstrdup(r->source ? r->source : "");
	(*rows)[(*n)++].lead = xstrdup(r->lead ? r->lead : "");
}

/* Make the window the issue rows of nums (ascending): each run of
 * consecutive numbers kept or read with one store_issues. */
static int
read_issues(struct sidebar *sb, const int *nums, size_t n, char **err)
{
	struct issue_row *nw = NULL, *rows, *old;
	size_t nn = 0, i = 0, j, k, cnt;
	int kept;

	while (i < n) {
		for (j = i; j + 1 < n && nums[j + 1] == nums[j] + 1; j++)
			;
		for (kept = 1, k = i; k <= j; k++)
			kept &= row_by_number(sb->win, sb->nwin, nums[k]) != NULL;
		if (kept) {
			for (k = i; k <= j; k++) {
				old = row_by_number(sb->win, sb->nwin, nums[k]);
				add_row(&nw, &nn, old);
			}
		} else {
			if (store_issues(sb->store, NULL, nums[i],
			    (int)(j - i + 1), &rows, &cnt, err) != 0) {
				store_issue_rows_free(nw, nn);
				return -1;
			}
			for (k = 0; k < cnt; k++)
				add_row(&nw, &nn, &rows[k]);
			store_issue_rows_free(rows, cnt);
		}
		i = j + 1;
	}
	drop_window(sb);
	sb->win = nw;
	sb->nwin = nn;
	return 0;
}

/* Make sure the issue rows and day counts of rows top … top+h-1 are at
 * hand; when they are not, read those of a screen either side too, so
 * that a line's scroll reads nothing. */
static int
ensure_window(struct sidebar *sb, long top, int h, char **err)
{
	struct span sp;
	int r = 0;

	if (sb->filtered)
		return 0;
	span_rows(sb, top, top + h, &sp);
	if (span_kept(sb, &sp)) {
		free(sp.nums);
		return 0;
	}
	free(sp.nums);
	span_rows(sb, top - h, top + 2 * (long)h, &sp);
	r = read_issues(sb, sp.nums, sp.n, err);
	if (r == 0 && sp.d0 >= 0) {
		sb->ndwin = 0;
		r = store_days_unread(sb->store, &sb->days[sp.d0],
		    (size_t)(sp.d1 - sp.d0 + 1), err);
		if (r == 0) {
			sb->dwin = (size_t)sp.d0;
			sb->ndwin = (size_t)(sp.d1 - sp.d0 + 1);
		}
	}
	free(sp.nums);
	return r;
}

int
sidebar_prepare(struct sidebar *sb, int h, char **err)
{
	long cr;

	if (h < 1)
		return 0;
	cr = cursor_row(sb);
	if (cr < sb->top)
		sb->top = cr;
	if (cr >= sb->top + h)
		sb->top = cr - h + 1;
	clamp_top(sb, h);
	return ensure_window(sb, sb->top, h, err);
}

/* ---- drawing ---- */

/* Draw head and then suffix (NULL: none) in w cells at (y, x): head cut
 * with "…" to leave the suffix room; the suffix is dropped when it would
 * take more than half the row. */
static void
draw_head_suffix(const char *head, const char *suffix, int y, int x, int w,
    int style, int amb)
{
	int sw = suffix ? (int)width_str(suffix, strlen(suffix), amb) : 0, hw;
	char *cut;

	if (sw > w / 2)
		sw = 0;
	cut = layout_truncate(head, w - sw, amb);
	hw = screen_puts(y, x, w - sw, cut, amb, style);
	if (sw > 0)
		screen_puts(y, x + hw, sw, suffix, amb, style);
	free(cut);
}

/* An issue row: `N · DATE pP · lead` (a page row in the tree: `N · pP ·
 * lead`, its day above it), then its counts at the right edge. */
static void
draw_issue(const struct sidebar *sb, const struct issue_row *ir,
    int page_row, int y, int x, int w, int style, int amb)
{
	const char *lead = ir->lead ? ir->lead : "";
	char *head, *suffix = NULL, *cut;
	int sw = 0;

	if (page_row && ir->page > 0)
		head = xasprintf("%d · p%d · %s", ir->number, ir->page, lead);
	else if (page_row || ir->date[0] == '\0')
		head = xasprintf("%d · %s", ir->number, lead);
	else if (ir->page > 0)
		head = xasprintf("%d · %s p%d · %s", ir->number, ir->date,
		    ir->page, lead);
	else
		head = xasprintf("%d · %s · %s", ir->number, ir->date, lead);
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

/* A day row: `2021-07-26 · 4 pages · 3 unread`; when too wide, the
 * count shortens to ` (3)` as an issue row's (at 80 columns the row is
 * then `2021-07-26 · 4 pages (3)`), then the rest is cut with "…". */
static void
draw_day(const struct day_row *d, int counted, int y, int x, int w,
    int style, int amb)
{
	char *head = xasprintf("%s · %d page%s", d->date, d->npages,
	    d->npages == 1 ? "" : "s");
	char *suffix = NULL;
	int hw = (int)width_str(head, strlen(head), amb), sw;

	if (counted && d->nunread > 0) {
		suffix = xasprintf(" · %d unread", d->nunread);
		sw = (int)width_str(suffix, strlen(suffix), amb);
		if (hw + sw > w) {
			free(suffix);
			suffix = xasprintf(" (%d)", d->nunread);
		}
	}
	draw_head_suffix(head, suffix, y, x, w, style, amb);
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

/* One row that is not an article's: a day or an issue. */
static void
draw_head(struct sidebar *sb, struct sb_item it, int y, int x, int w,
    int cursor, int amb)
{
	long d = day_of(sb, it.issue);
	const struct issue_row *ir;
	int unread, style;

	if (is_day(sb, it)) {
		unread = counted_day(sb, d) != NULL && sb->days[d].nunread > 0;
		style = cursor ? EL_CURSOR : unread ? EL_UNREAD : EL_SIDEBAR;
		draw_day(&sb->days[d], counted_day(sb, d) != NULL, y, x + 1,
		    w - 2, style, amb);
		return;
	}
	if ((ir = kept_issue(sb, it.issue)) == NULL)
		return;
	style = cursor ? EL_CURSOR : ir->nunread > 0 ? EL_UNREAD : EL_SIDEBAR;
	/* A page row sits a cell in under its day. */
	if (!sb->filtered && d >= 0)
		draw_issue(sb, ir, 1, y, x + 2, w - 3, style, amb);
	else
		draw_issue(sb, ir, 0, y, x + 1, w - 2, style, amb);
}

int
sidebar_draw(struct sidebar *sb, int y, int x, int h, int w, int focused,
    int64_t open_id, int amb, char **err)
{
	long r, cr;
	struct sb_item it;
	int i;

	if (h < 1 || w < 4)
		return 0;
	if (sidebar_prepare(sb, h, err) != 0)
		return -1;
	cr = cursor_row(sb);
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
			draw_head(sb, it, y + i, x, w, cursor, amb);
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

/* ---- reloading ---- */

/* The days read anew; the unfolded ones found again by date. */
static int
reload_days(struct sidebar *sb, char **err)
{
	struct day_row *days = NULL;
	char (*dates)[11];
	size_t n = 0, i, nd = sb->ndfold;

	if (store_days(sb->store, &days, &n, err) != 0)
		return -1;
	dates = xreallocarray(NULL, nd + 1, sizeof *dates);
	for (i = 0; i < nd; i++)
		memcpy(dates[i], sb->days[sb->dfolds[i]].date, sizeof *dates);
	free(sb->days);
	sb->days = days;
	sb->ndays = n;
	sb->ndated = n > 0 ? days[n - 1].first + days[n - 1].npages - 1 : 0;
	sb->dwin = sb->ndwin = 0;
	sb->ndfold = 0;
	for (i = 0; i < nd; i++)
		sidebar_unfold_day(sb, dates[i]);
	free(dates);
	return 0;
}

int
sidebar_reload(struct sidebar *sb, const struct store_filter *f, int *added,
    char **err)
{
	int old = sb->nissues, n;
	size_t i;
	long d;

	if (store_issue_count(sb->store, &n, err) != 0 ||
	    reload_days(sb, err) != 0)
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
	/* Folds of issues whose rows no longer show go; the others are
	 * re-read. */
	i = 0;
	while (i < sb->nfold) {
		int issue = sb->folds[i].issue;

		if (head_of_issue(sb, issue) < 0) {
			sidebar_fold(sb, issue);
			continue;
		}
		if (load_articles(sb, issue, &sb->folds[i], err) != 0)
			return -1;
		i++;
	}
	/* A day row's cursor stays on its date. */
	if (sb->cursor.day[0] != '\0' &&
	    (d = day_index(sb, sb->cursor.day)) >= 0)
		sb->cursor.issue = sb->days[d].first;
	(void)cursor_row(sb);
	return 0;
}

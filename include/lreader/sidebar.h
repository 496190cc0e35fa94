/*
 * sidebar: the edition tree of issues and their articles (SPEC "The
 * reading interface", "The edition tree"). Without a filter, dated
 * issues are grouped by day: a day row (`2021-07-26 · 4 pages · 3
 * unread`) folds its pages, each page row (`2 · p2 · <lead headline>`)
 * its articles; undated issues follow as issue rows (`5 · <lead>`). With
 * a filter on, the passing issues are listed flat (`1 · 2021-07-26 p2 ·
 * <lead> (matching/total)`), read once when the filter changes.
 *
 * Rows are computed from the library on demand: the days (date, first
 * issue number, pages) are read at each reload from the issues' order
 * keys alone, and drawing reads only the issue rows and day counts on
 * screen and a screen on either side, so a library of years costs no
 * more to show than one of five issues (tests/unit/test-sidebar counts
 * the store's work).
 */
#ifndef LREADER_SIDEBAR_H
#define LREADER_SIDEBAR_H

#include <stddef.h>
#include <stdint.h>
#include "lreader/store.h"

/* A sidebar row: a day, an issue (article == 0) or one of its articles. */
struct sb_item {
	int issue;         /* issue number (a day row: its first page's);
	                      0 for none */
	int64_t article;   /* article id, or 0 for a day or issue row */
	char day[11];      /* a day row: its date; "" on other rows */
};

/* The articles of one issue that pass the filter. */
struct sb_articles {
	int issue;                  /* issue number; 0: empty slot */
	struct article_row *rows;   /* owned */
	size_t n;
};

struct sidebar {
	struct store *store;        /* not owned */
	struct store_filter filter; /* text not owned */
	int filtered;               /* a filter is on */
	int nissues;                /* issues in the library */
	/* The days of dated issues, which are issues 1…ndated (owned;
	 * read with or without a filter: they date the issues). */
	struct day_row *days;
	size_t ndays;
	int ndated;
	/* Days whose unread counts are read: days[dwin … dwin+ndwin-1]. */
	size_t dwin, ndwin;
	/* Unfolded days, indexes into days, ascending (owned; shown only
	 * without a filter, kept while one is on). */
	size_t *dfolds;
	size_t ndfold;
	/* With a filter: every passing issue, by number (owned). */
	struct issue_row *all;
	size_t nall;
	/* Without one: the issue rows on screen at the last draw and a
	 * screen either side, by number (owned). */
	struct issue_row *win;
	size_t nwin;
	/* Unfolded issues, in issue order, with their articles (owned). */
	struct sb_articles *folds;
	size_t nfold;
	struct sb_articles scratch; /* articles of a folded issue (owned) */
	struct sb_item cursor;
	long top;                   /* first row on screen */
};

/* Attach to store; reads the issue count. Returns 0 or -1 with *err. */
int sidebar_init(struct sidebar *sb, struct store *store, char **err);
void sidebar_free(struct sidebar *sb);

/*
 * Re-read the library under filter f (copied; f->text must outlive the
 * sidebar's use of it): issue count, passing issues, unfolded articles.
 * The cursor stays on its row when that still shows, else on its issue,
 * else on the nearest issue. Sets *added to the change in the issue count
 * if added is not NULL. Returns 0 or -1 with *err.
 */
int sidebar_reload(struct sidebar *sb, const struct store_filter *f,
    int *added, char **err);

/* Issues shown (all, or those passing the filter). */
size_t sidebar_nvisible(const struct sidebar *sb);
/* Rows in all: days, the issues shown and the articles unfolded. */
long sidebar_nrows(const struct sidebar *sb);
/* The item on row r; returns 0, or -1 when r is out of range. */
int sidebar_item(struct sidebar *sb, long r, struct sb_item *out);
/* The row of an item, or -1 when it is not shown. */
long sidebar_row_of(struct sidebar *sb, struct sb_item item);
/* Put the cursor on issue's row (article 0) or on one of its articles,
 * unfolding the issue's day so that the row shows. */
void sidebar_set_cursor(struct sidebar *sb, int issue, int64_t article);

/* Move the cursor by delta rows (clamped). */
void sidebar_move(struct sidebar *sb, long delta);
/* Put the cursor on row r (clamped). */
void sidebar_move_to(struct sidebar *sb, long r);
/* Scroll the rows shown by delta, keeping the cursor on screen (h rows). */
void sidebar_scroll(struct sidebar *sb, long delta, int h);

/*
 * Folding: unfold issue (reading its articles), fold it, or toggle it.
 * sidebar_unfold_only folds every other issue (SPEC: all folded but the
 * one holding the open article). Return 0 or -1 with *err.
 */
int sidebar_unfold(struct sidebar *sb, int issue, char **err);
int sidebar_unfold_only(struct sidebar *sb, int issue, char **err);
void sidebar_fold(struct sidebar *sb, int issue);
int sidebar_is_unfolded(const struct sidebar *sb, int issue);
/* The same for the day of `date` (its page rows; folding a day folds
 * its pages). No-ops for a date with no issue. */
void sidebar_unfold_day(struct sidebar *sb, const char *date);
void sidebar_fold_day(struct sidebar *sb, const char *date);
int sidebar_day_unfolded(const struct sidebar *sb, const char *date);

/*
 * The row of the day of `date` with its unread count current (read if
 * it is not at hand): 0 and *out (valid until the sidebar changes), 1
 * when there is no such day, -1 with *err.
 */
int sidebar_day(struct sidebar *sb, const char *date,
    const struct day_row **out, char **err);
/* The date of issue ("" when undated or not in the library). */
const char *sidebar_issue_date(const struct sidebar *sb, int issue);

/*
 * The articles of issue passing the filter (NULL rows and 0 when none);
 * valid until the next call that changes the sidebar. Returns 0 or -1.
 */
int sidebar_articles(struct sidebar *sb, int issue,
    const struct article_row **rows, size_t *n, char **err);

/* The issue after (dir 1) or before (dir -1) issue among those shown
 * (for dated issues: the next or previous page, across days): its
 * number, or 0 when there is none. */
int sidebar_step_issue(struct sidebar *sb, int issue, int dir);
/* The first page shown of the day after (dir 1) or before (dir -1) the
 * day of issue: its number, 0 when there is none, -1 when issue is not
 * dated. */
int sidebar_step_day(struct sidebar *sb, int issue, int dir);
/*
 * The article after or before (dir 1 or -1) article `id` of issue, in
 * sidebar order across issues, passing the filter: 0 and *out, or 1 when
 * there is none, or -1 with *err.
 */
int sidebar_step_article(struct sidebar *sb, int issue, int64_t id, int dir,
    struct sb_item *out, char **err);

/* Page 1 (the first issue) of the newest day, or 1 when no issue is
 * dated (0 in an empty library): where the cursor starts on a first
 * run (SPEC). */
int sidebar_newest_dated(struct sidebar *sb);

/* Update the marks shown for article id (after the reader changed them),
 * and its issue's unread and matching counts. */
void sidebar_note_marks(struct sidebar *sb, int64_t id, int read,
    int bookmarked);
/* Article id of issue was opened (marked read), read before or not:
 * its rows show it read, and its issue's and day's counts drop by one
 * when it was unread, whether or not its row was at hand before (an
 * issue unfolded by the opening reads its articles read already). */
void sidebar_note_opened(struct sidebar *sb, int issue, int64_t id,
    int was_read, int bookmarked);
/* Every article of issue was marked read (or unread): its rows follow,
 * its counts read again from the store. Returns 0 or -1 with *err. */
int sidebar_note_issue_read(struct sidebar *sb, int issue, int read,
    char **err);
/* Every article of the day of `date` was marked read (or unread): its
 * rows follow, its issues' and its own counts read again. 0 or -1. */
int sidebar_note_day_read(struct sidebar *sb, const char *date, int read,
    char **err);
/* The row of issue as the sidebar keeps it (counts current), or NULL
 * when it is not at hand; valid until the sidebar changes. */
const struct issue_row *sidebar_issue(struct sidebar *sb, int issue);

/*
 * Scroll so that the cursor shows in h rows and read what those rows
 * need that is not at hand (issue rows, day counts: the rows shown and
 * a screen either side, so a line's scroll reads nothing). sidebar_draw
 * calls it; returns 0 or -1 with *err.
 */
int sidebar_prepare(struct sidebar *sb, int h, char **err);

/*
 * Draw the rows in the box (y, x, h rows, w cells): the cursor row in the
 * cursor colour when focused, the open article's row in bold. Scrolls so
 * the cursor is on screen (sidebar_prepare). Returns 0 or -1 with *err
 * (the store failed).
 */
int sidebar_draw(struct sidebar *sb, int y, int x, int h, int w,
    int focused, int64_t open_id, int amb, char **err);

#endif

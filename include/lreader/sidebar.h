/*
 * sidebar: the tree of issues and their articles (SPEC "The reading
 * interface"). Its rows are computed from the library on demand: an issue
 * row is `1 · <lead headline>` (with `2021-07-26 p2 · ` when dated), the
 * articles of an unfolded issue follow it, and only the rows on screen
 * are read from the store, so a library of years costs no more to show
 * than one of five issues. With a filter on, the passing issues are read
 * once when the filter changes.
 */
#ifndef LREADER_SIDEBAR_H
#define LREADER_SIDEBAR_H

#include <stddef.h>
#include <stdint.h>
#include "lreader/store.h"

/* A sidebar row: an issue (article == 0) or one of its articles. */
struct sb_item {
	int issue;         /* issue number; 0 for none */
	int64_t article;   /* article id, or 0 for the issue row */
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
	/* With a filter: every passing issue, by number (owned). */
	struct issue_row *all;
	size_t nall;
	/* Without one: the issue rows last drawn, numbers win_first… */
	struct issue_row *win;      /* owned */
	size_t nwin;
	int win_first;
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
/* Rows in all: issues shown and the articles of the unfolded ones. */
long sidebar_nrows(const struct sidebar *sb);
/* The item on row r; returns 0, or -1 when r is out of range. */
int sidebar_item(struct sidebar *sb, long r, struct sb_item *out);
/* The row of an item, or -1 when it is not shown. */
long sidebar_row_of(struct sidebar *sb, struct sb_item item);

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

/*
 * The articles of issue passing the filter (NULL rows and 0 when none);
 * valid until the next call that changes the sidebar. Returns 0 or -1.
 */
int sidebar_articles(struct sidebar *sb, int issue,
    const struct article_row **rows, size_t *n, char **err);

/* The issue after (dir 1) or before (dir -1) issue among those shown:
 * its number, or 0 when there is none. */
int sidebar_step_issue(struct sidebar *sb, int issue, int dir);
/*
 * The article after or before (dir 1 or -1) article `id` of issue, in
 * sidebar order across issues, passing the filter: 0 and *out, or 1 when
 * there is none, or -1 with *err.
 */
int sidebar_step_article(struct sidebar *sb, int issue, int64_t id, int dir,
    struct sb_item *out, char **err);

/* The newest dated issue, or 1 (0 in an empty library): where the cursor
 * starts on a first run (SPEC). */
int sidebar_newest_dated(struct sidebar *sb);

/* Update the marks shown for article id (after the reader changed them),
 * and its issue's unread and matching counts. */
void sidebar_note_marks(struct sidebar *sb, int64_t id, int read,
    int bookmarked);
/* Every article of issue was marked read (or unread): its rows follow,
 * its counts read again from the store. Returns 0 or -1 with *err. */
int sidebar_note_issue_read(struct sidebar *sb, int issue, int read,
    char **err);
/* The row of issue as the sidebar keeps it (counts current), or NULL
 * when it is not at hand; valid until the sidebar changes. */
const struct issue_row *sidebar_issue(struct sidebar *sb, int issue);

/*
 * Draw the rows in the box (y, x, h rows, w cells): the cursor row in the
 * cursor colour when focused, the open article's row in bold. Scrolls so
 * the cursor is on screen. Returns 0 or -1 with *err (the store failed).
 */
int sidebar_draw(struct sidebar *sb, int y, int x, int h, int w,
    int focused, int64_t open_id, int amb, char **err);

#endif

/*
 * pane: the reading pane (SPEC "The reading interface"); the status line
 * that shows its position is drawn by ui.c. The open article is laid out
 * when it is opened and when the width changes (cached per article and
 * width); what is kept is the reading position, a place in the text
 * (paragraph, byte offset), and the top line shown is derived from it, so
 * a resize or a new text width keeps the reader where they were.
 */
#ifndef LREADER_PANE_H
#define LREADER_PANE_H

#include <stddef.h>
#include <stdint.h>
#include "lreader/layout.h"
#include "lreader/store.h"

/* A match of the find query: bytes [start, start+len) of the string
 * (title, paragraph…) whose first byte is src, shown from line `line`. */
struct pane_match {
	const char *src;
	size_t start, len;
	size_t line;
};

struct pane {
	struct store *store;      /* not owned */
	struct article *art;      /* owned; NULL when no article is open */
	int64_t id;
	int bookmarked;           /* the open article's bookmark */
	int was_read;             /* it was read before it was opened */
	struct issue_row issue;   /* the open article's issue (source owned) */
	int seq, narticles;       /* its place in the issue */
	struct layout lay;        /* owned; valid when laid */
	int laid;
	int para;                 /* reading position: paragraph … */
	size_t off;               /* … and byte offset in it */
	size_t top;               /* first line shown, from (para, off) */
	int height;               /* lines shown at the last draw */
	char *query;              /* find: as typed (owned), NULL for none */
	char *folded;             /* its search_fold (owned) */
	struct pane_match *m;     /* owned */
	size_t nm, cur;           /* matches; the current one */
	/* The open article's continuation and cross-reference marks (SPEC
	 * "Links"), drawn as links; lk[i] shows the mark of links[i]. */
	struct store_link *links; /* owned */
	size_t nlinks;
	struct pane_match *lk;    /* owned; nlinks of them */
};

void pane_init(struct pane *p, struct store *store);
void pane_free(struct pane *p);

/*
 * Open article id at its saved reading position (or the top), marking it
 * read (SPEC: an article is marked read when opened). The find query is
 * cleared: it was the last article's. Returns 0, 1 when there is no such
 * article (nothing changes), or -1 with *err.
 */
int pane_open(struct pane *p, int64_t id, char **err);
/* Put the reading position at (para, off) of the open article. */
void pane_set_place(struct pane *p, int para, size_t off);
/* The first of the open article's marks shown on screen (a link), or -1
 * when none is. */
long pane_link_in_view(const struct pane *p);
/* Save the reading position of the open article in the store. */
int pane_save(struct pane *p, char **err);
/* Re-read the open article's issue number and place (after a reload). */
int pane_refresh_issue(struct pane *p, char **err);

/*
 * Lay the open article out for width cells and ambiguous (kept while
 * neither changes), and place the top line from the reading position.
 * height is the number of lines the pane shows. Returns 0 or -1.
 */
int pane_relayout(struct pane *p, int width, int ambiguous, int height,
    char **err);

/* Scroll by delta lines (clamped); returns the lines actually moved. */
long pane_scroll(struct pane *p, long delta);
/* To the top or the bottom. */
void pane_top(struct pane *p);
void pane_bottom(struct pane *p);
/* Whether the last line is on screen. */
int pane_at_end(const struct pane *p);
/* Percent read: how far down the last line shown is (0–100). */
int pane_percent(const struct pane *p);

/*
 * Find query (as typed; NULL or "" clears it) in the open article and go
 * to the first match at or after the top line. Returns the number of
 * matches.
 */
size_t pane_find(struct pane *p, const char *query);
/* As pane_find, but the view stays where it is: the matches are
 * highlighted and n / N go from the first at or after the top line. */
size_t pane_mark(struct pane *p, const char *query);
/* Go to the next (dir 1) or previous (dir -1) match, wrapping around;
 * returns 0, 1 when it wrapped (past the last, or before the first), or
 * -1 when there is none. */
int pane_find_step(struct pane *p, int dir);

/*
 * Draw the lines in the box (y, x, h rows, w cells), the text column
 * starting at column tx; matches of the find query highlighted.
 */
void pane_draw(struct pane *p, int y, int x, int h, int w, int tx, int amb);

#endif

/*
 * render: articles as text for `cat` and `export` (SPEC "cat", "export"):
 * plain text, JSON lines and Markdown. No curses.
 */
#ifndef LREADER_RENDER_H
#define LREADER_RENDER_H

#include <stdint.h>
#include "lreader/article.h"
#include "lreader/util.h"

/* Where an article sits, for export. */
struct render_meta {
	int64_t id;
	int issue;
	const char *source;
	const char *date;   /* "YYYY-MM-DD" or "" */
	int page;
	int seq;
};

/* One JSON object and a newline (SPEC export jsonl). */
void render_jsonl(struct buf *out, const struct article *a,
    const struct render_meta *m);

/*
 * `cat`: kicker, title, subtitle, byline, a blank line, then paragraphs
 * separated by blank lines, captions prefixed "[图] ". width > 0 wraps to
 * that many cells with the reading pane's layout; 0 does not wrap.
 * Returns 0, or -1 with *err set.
 */
int render_text(struct buf *out, const struct article *a, int width,
    int ambiguous, char **err);

/* Markdown: "# title", kicker and subtitle in italics, the byline,
 * "## heading", captions as "> ". */
void render_markdown(struct buf *out, const struct article *a);

/*
 * Drop what a terminal would obey: C0 controls but tab and newline, DEL
 * and C1 (SPEC "Control characters"), and the format characters that
 * would change how it draws the rest: bidi controls (they reorder the
 * line) and zero-width joiners (they join emoji into one glyph of fewer
 * cells than `cat --width` measured). A byte that is no UTF-8 becomes
 * '?'. In place; returns s.
 */
char *render_sanitize(char *s);

#endif

/*
 * layout: lays text out into display lines for a given width, with CJK
 * line-breaking rules (SPEC "Reading pane"), and cuts titles to a width
 * with "…". No curses here: the reading pane, `cat --width` and the
 * sidebar all use it.
 */
#ifndef LREADER_LAYOUT_H
#define LREADER_LAYOUT_H

#include <stddef.h>
#include "lreader/article.h"

/* One display line of a wrapped string: bytes [start, start+len). */
struct layout_span {
	size_t start;
	size_t len;
	int width;  /* cells */
};

/*
 * Wrap the UTF-8 string text to at most width cells a line: no line
 * starts with closing punctuation (，。、：；！？”）》… ) nor ends with
 * opening punctuation (“（《), Latin words and numbers are not split
 * unless longer than a line, a double-width character never straddles
 * the edge. Leading spaces of continuation lines are dropped. Sets
 * *spans (the caller frees) and *n; an empty text gives one empty span.
 * Returns 0, or -1 with *err set.
 */
int layout_wrap(const char *text, int width, int ambiguous,
    struct layout_span **spans, size_t *n, char **err);

/* s cut to at most width cells, ending in "…" when cut; the caller frees. */
char *layout_truncate(const char *s, int width, int ambiguous);

enum layout_style {
	STYLE_BLANK, STYLE_KICKER, STYLE_TITLE, STYLE_SUBTITLE, STYLE_BYLINE,
	STYLE_TEXT, STYLE_HEADING, STYLE_CAPTION
};

/* One display line of an article. */
struct layout_line {
	enum layout_style style;
	int para;          /* paragraph index, or -1 for the head lines */
	const char *text;  /* points into the article's strings (not owned) */
	size_t off;        /* byte offset of this line in its paragraph/field */
	size_t len;        /* bytes */
	int width;         /* cells */
};

/* An article laid out for one width. */
struct layout {
	struct layout_line *lines;  /* owned array */
	size_t n;
	int width;
	int ambiguous;
};

/*
 * Lay out an article as the reading pane and `cat --width` show it: kicker,
 * title, subtitle, byline, a blank line, then paragraphs separated by blank
 * lines; captions begin with "[图] ". The article must outlive *out.
 * Returns 0, or -1 with *err set. Free with layout_free.
 */
int layout_article(const struct article *a, int width, int ambiguous,
    struct layout *out, char **err);
void layout_free(struct layout *l);

/* The display line that holds byte offset off of paragraph para. */
size_t layout_line_of(const struct layout *l, int para, size_t off);
/* The place in the text (paragraph, byte offset) where line starts; head
 * lines give paragraph 0, offset 0. */
void layout_place_of(const struct layout *l, size_t line, int *para,
    size_t *off);

#endif

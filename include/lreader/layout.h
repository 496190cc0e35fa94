/*
 * layout: lays text out into display lines for a given width, with CJK
 * line-breaking rules (SPEC "Reading pane"), and cuts titles to a width
 * with "…". No curses here: the reading pane, `cat --width` and the
 * sidebar all use it.
 */
#ifndef LREADER_LAYOUT_H
#define LREADER_LAYOUT_H

#include <limits.h>
#include <stddef.h>
#include "lreader/article.h"

/* A width that never wraps (`cat` when stdout is not a terminal). */
#define LAYOUT_NOWRAP INT_MAX

/* One display line of a wrapped string: bytes [start, start+len). */
struct layout_span {
	size_t start;
	size_t len;
	int width;  /* cells */
};

/*
 * Wrap the UTF-8 string text to at most width cells a line: no line
 * starts with closing punctuation (，。、：；！？”）》… ’」』〕】％‰ and
 * , . : ; ! ? ) ]) nor ends with opening punctuation (“（《 ‘「『〔【 ( [),
 * Latin words and numbers are not split unless longer than a line (then
 * they are cut by cells), a double-width character never straddles the
 * edge, and no line is wider than width. Spaces at the end of a line are
 * left out of its span, those at the start of a continuation line dropped;
 * a newline in text ends a line. Sets *spans (the caller frees) and *n; an
 * empty or NULL text gives one empty span. width must be at least 2 (or
 * LAYOUT_NOWRAP); ambiguous is 1 or 2 (anything else counts as 1).
 * Returns 0, or -1 with *err set.
 */
int layout_wrap(const char *text, int width, int ambiguous,
    struct layout_span **spans, size_t *n, char **err);

/*
 * s cut to at most width cells, ending in "…" when cut (the "…" counted
 * by the ambiguous setting, spaces before it dropped), never inside a
 * character; "" when not even "…" fits; NULL counts as "". The caller frees.
 */
char *layout_truncate(const char *s, int width, int ambiguous);

/*
 * s cut to width cells as layout_truncate cuts it, unless that would
 * look the same as one of the n others cut so while being another title:
 * then its start, "…", and the part from a little before where it parts
 * from the one it shares most with ("“数谷吕梁…产业发展大会开幕式…"), so
 * that rows of a list tell their titles apart. The caller frees.
 */
char *layout_truncate_apart(const char *s, const char *const *others,
    size_t n, int width, int ambiguous);

enum layout_style {
	STYLE_BLANK, STYLE_KICKER, STYLE_TITLE, STYLE_SUBTITLE, STYLE_BYLINE,
	STYLE_TEXT, STYLE_HEADING, STYLE_CAPTION
};

/*
 * One display line of an article: prefix (if any), then len bytes of text.
 * A blank line has text "" and len 0; its para is the paragraph below it.
 */
struct layout_line {
	enum layout_style style;
	int para;          /* paragraph index, or -1 for the head lines */
	const char *text;  /* this line's first byte, inside the article's
	                      strings (not owned) */
	size_t off;        /* byte offset of text in its paragraph/field */
	size_t len;        /* bytes */
	int width;         /* cells, prefix included */
	const char *prefix; /* static, not owned: "[图] " on a caption's first
	                       line (when width >= 10), else NULL */
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
 * title, subtitle, byline (each wrapped, empty ones left out), a blank line,
 * then paragraphs separated by blank lines; headings as they are, captions
 * begin with "[图] ". Width and ambiguous as for layout_wrap. The article
 * must outlive *out. Returns 0, or -1 with *err set (*out is then empty).
 * Free with layout_free.
 */
int layout_article(const struct article *a, int width, int ambiguous,
    struct layout *out, char **err);
void layout_free(struct layout *l);

/*
 * The display line that holds byte offset off of paragraph para. Place
 * (0, 0) is the top of the article, line 0 (the head lines map to it);
 * a place past the last paragraph gives the last line.
 */
size_t layout_line_of(const struct layout *l, int para, size_t off);
/* The place in the text (paragraph, byte offset) where line starts; head
 * lines give paragraph 0, offset 0; a blank line gives the start of the
 * paragraph below it. A line past the end counts as the last one. Keep
 * this place, not the line, across a resize (SPEC reading interface). */
void layout_place_of(const struct layout *l, size_t line, int *para,
    size_t *off);

/* The layout as text, each line (prefix and text) ending in "\n": what
 * `cat --width N` prints. The caller frees. */
char *layout_to_text(const struct layout *l);

#endif

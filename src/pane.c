/*
 * pane: the reading pane: the open article, its layout (cached per
 * width), the reading position, find-in-article and drawing (see
 * include/lreader/pane.h).
 */
#include <stdlib.h>
#include <string.h>

#include "lreader/config.h"
#include "lreader/pane.h"
#include "lreader/screen.h"
#include "lreader/search.h"
#include "lreader/util.h"
#include "lreader/width.h"

void
pane_init(struct pane *p, struct store *store)
{
	memset(p, 0, sizeof *p);
	p->store = store;
}

static void
clear_matches(struct pane *p)
{
	free(p->m);
	p->m = NULL;
	p->nm = p->cur = 0;
}

static void
close_article(struct pane *p)
{
	store_links_free(p->links, p->nlinks);
	free(p->lk);
	p->links = NULL;
	p->lk = NULL;
	p->nlinks = 0;
	if (p->laid)
		layout_free(&p->lay);
	p->laid = 0;
	article_free(p->art);
	p->art = NULL;
	p->id = 0;
	free(p->issue.source);
	free(p->issue.lead);
	memset(&p->issue, 0, sizeof p->issue);
	clear_matches(p);
}

void
pane_free(struct pane *p)
{
	close_article(p);
	free(p->query);
	free(p->folded);
	p->query = p->folded = NULL;
}

/* The first byte of the string a layout line belongs to. */
static const char *
line_src(const struct layout_line *l)
{
	return l->text - l->off;
}

/* The line that shows byte start of src. */
static size_t
match_line(const struct pane *p, const char *src, size_t start)
{
	size_t i, found = 0;

	for (i = 0; i < p->lay.n; i++) {
		const struct layout_line *l = &p->lay.lines[i];

		if (l->style == STYLE_BLANK || line_src(l) != src)
			continue;
		if (l->off <= start)
			found = i;
		else
			break;
	}
	return found;
}

static void
add_matches(struct pane *p, const char *src, size_t *cap)
{
	size_t *r = NULL, k, c;

	if (src == NULL || src[0] == '\0')
		return;
	c = search_find_all(src, strlen(src), p->folded, &r);
	for (k = 0; k < c; k++) {
		if (p->nm == *cap) {
			*cap = *cap ? *cap * 2 : 16;
			p->m = xreallocarray(p->m, *cap, sizeof *p->m);
		}
		p->m[p->nm].src = src;
		p->m[p->nm].start = r[2 * k];
		p->m[p->nm].len = r[2 * k + 1];
		p->m[p->nm].line = p->laid ?
		    match_line(p, src, r[2 * k]) : 0;
		p->nm++;
	}
	free(r);
}

/* Every match of the query in the open article, in reading order. */
static void
find_matches(struct pane *p)
{
	const struct article *a = p->art;
	size_t cap = 0, i;

	clear_matches(p);
	if (a == NULL || p->folded == NULL)
		return;
	add_matches(p, a->kicker, &cap);
	add_matches(p, a->title, &cap);
	add_matches(p, a->subtitle, &cap);
	add_matches(p, a->byline, &cap);
	for (i = 0; i < a->npara; i++)
		add_matches(p, a->paras[i].text, &cap);
}

/* The article's place in its issue (SPEC status line: article position). */
static int
issue_place(struct pane *p, char **err)
{
	struct article_row *rows = NULL;
	size_t n = 0, i;

	p->seq = p->narticles = 0;
	if (store_articles(p->store, p->issue.number, NULL, &rows, &n, err)
	    != 0)
		return -1;
	p->narticles = (int)n;
	for (i = 0; i < n; i++)
		if (rows[i].id == p->id)
			p->seq = (int)i + 1;
	store_article_rows_free(rows, n);
	return 0;
}

int
pane_refresh_issue(struct pane *p, char **err)
{
	struct issue_row ir;

	if (p->art == NULL)
		return 0;
	memset(&ir, 0, sizeof ir);
	if (store_article_issue(p->store, p->id, &ir, err) != 0)
		return -1;
	free(p->issue.source);
	free(p->issue.lead);
	p->issue = ir;
	return issue_place(p, err);
}

int
pane_open(struct pane *p, int64_t id, char **err)
{
	struct article *a = NULL;
	int read, bm, para;
	long off;

	if (store_article(p->store, id, &a, err) != 0)
		return -1;
	if (a == NULL)
		return 1;
	/* In a read-only library the article opens all the same. */
	if (store_get_marks(p->store, id, &read, &bm, &para, &off, err) != 0 ||
	    (!store_readonly(p->store) &&
	    store_set_read(p->store, id, 1, err) != 0)) {
		article_free(a);
		return -1;
	}
	close_article(p);
	p->art = a;
	p->id = id;
	p->bookmarked = bm;
	p->was_read = read;
	p->para = para >= 0 ? para : 0;
	p->off = off >= 0 ? (size_t)off : 0;
	p->top = 0;
	if (pane_refresh_issue(p, err) != 0)
		return -1;
	/* A find belongs to the article it was made in (work item 10,
	 * item 8): the new one opens without it; n finds again. */
	pane_find(p, NULL);
	/* Its marks: a library without them still reads (SPEC "Links"). */
	if (store_links(p->store, id, &p->links, &p->nlinks, err) != 0) {
		free(*err);
		*err = NULL;
		p->links = NULL;
		p->nlinks = 0;
	}
	p->lk = xcalloc(p->nlinks + 1, sizeof *p->lk);
	return 0;
}

/* Where each mark shows: its paragraph's text, bytes, line. */
static void
place_links(struct pane *p)
{
	size_t i;

	for (i = 0; i < p->nlinks; i++) {
		const struct link_mark *m = &p->links[i].mark;
		struct pane_match *k = &p->lk[i];
		k->src = m->para < p->art->npara ? p->art->paras[m->para].text :
		    NULL;
		k->start = m->off;
		k->len = m->len;
		k->line = k->src != NULL ? match_line(p, k->src, m->off) : 0;
	}
}

void
pane_set_place(struct pane *p, int para, size_t off)
{
	p->para = para;
	p->off = off;
	if (p->laid)
		p->top = layout_line_of(&p->lay, para, off);
}

long
pane_link_in_view(const struct pane *p)
{
	size_t h = p->height > 0 ? (size_t)p->height : 1, i;

	for (i = 0; p->laid && i < p->nlinks; i++)
		if (p->lk[i].src != NULL && p->lk[i].line >= p->top &&
		    p->lk[i].line < p->top + h)
			return (long)i;
	return -1;
}

int
pane_save(struct pane *p, char **err)
{
	if (p->art == NULL || store_readonly(p->store))
		return 0;
	return store_set_position(p->store, p->id, p->para, (long)p->off, err);
}

static size_t
max_top(const struct pane *p)
{
	size_t h = p->height > 0 ? (size_t)p->height : 1;

	return p->lay.n > h ? p->lay.n - h : 0;
}

/*
 * Near the end of an article a taller or wider pane would show empty
 * rows below it (work item 10, item 5): the top comes up so the pane is
 * full. The reading place stays as it was, so a return to the old size
 * shows the old top again.
 */
static void
fill_pane(struct pane *p)
{
	if (p->laid && p->top > max_top(p))
		p->top = max_top(p);
}

int
pane_relayout(struct pane *p, int width, int ambiguous, int height,
    char **err)
{
	size_t i;

	p->height = height;
	if (p->art == NULL)
		return 0;
	if (p->laid && p->lay.width == width && p->lay.ambiguous == ambiguous) {
		fill_pane(p);
		return 0;
	}
	if (p->laid)
		layout_free(&p->lay);
	p->laid = 0;
	if (layout_article(p->art, width, ambiguous, &p->lay, err) != 0)
		return -1;
	p->laid = 1;
	/* SPEC: the top line comes from the place in the text. */
	p->top = layout_line_of(&p->lay, p->para, p->off);
	fill_pane(p);
	place_links(p);
	for (i = 0; i < p->nm; i++)
		p->m[i].line = match_line(p, p->m[i].src, p->m[i].start);
	return 0;
}

/* Show line top; the reading position becomes the place it starts. */
static void
set_top(struct pane *p, size_t top)
{
	if (top > max_top(p))
		top = max_top(p);
	p->top = top;
	if (top == 0) {
		p->para = 0;
		p->off = 0;
	} else {
		layout_place_of(&p->lay, top, &p->para, &p->off);
	}
}

long
pane_scroll(struct pane *p, long delta)
{
	size_t old = p->top;
	long t;

	if (!p->laid)
		return 0;
	t = (long)p->top + delta;
	set_top(p, t < 0 ? 0 : (size_t)t);
	return (long)p->top - (long)old;
}

void
pane_top(struct pane *p)
{
	if (p->laid)
		set_top(p, 0);
}

void
pane_bottom(struct pane *p)
{
	if (p->laid)
		set_top(p, max_top(p));
}

int
pane_at_end(const struct pane *p)
{
	return !p->laid || p->top >= max_top(p);
}

int
pane_percent(const struct pane *p)
{
	size_t bottom;

	if (!p->laid || p->lay.n == 0)
		return 0;
	bottom = p->top + (size_t)(p->height > 0 ? p->height : 0);
	if (bottom >= p->lay.n)
		return 100;
	return (int)(bottom * 100 / p->lay.n);
}

/* Bring line into view, a little below the top for context. */
static void
show_line(struct pane *p, size_t line)
{
	size_t h = p->height > 0 ? (size_t)p->height : 1;

	if (line >= p->top && line < p->top + h)
		return;
	set_top(p, line > 2 ? line - 2 : 0);
}

size_t
pane_find(struct pane *p, const char *query)
{
	size_t n = pane_mark(p, query);

	if (n > 0)
		show_line(p, p->m[p->cur].line);
	return n;
}

size_t
pane_mark(struct pane *p, const char *query)
{
	size_t i;

	free(p->query);
	free(p->folded);
	p->query = p->folded = NULL;
	clear_matches(p);
	if (query == NULL || query[0] == '\0')
		return 0;
	p->query = xstrdup(query);
	p->folded = search_fold(query, strlen(query), NULL);
	if (p->folded == NULL || p->folded[0] == '\0') {
		free(p->folded);
		p->folded = NULL;
		return 0;
	}
	find_matches(p);
	if (p->nm == 0)
		return 0;
	for (i = 0; i < p->nm && p->m[i].line < p->top; i++)
		;
	p->cur = i < p->nm ? i : 0;
	return p->nm;
}

int
pane_find_step(struct pane *p, int dir)
{
	int wrapped;

	if (p->nm == 0)
		return -1;
	wrapped = dir > 0 ? p->cur + 1 == p->nm : p->cur == 0;
	p->cur = dir > 0 ? (p->cur + 1) % p->nm : (p->cur + p->nm - 1) % p->nm;
	show_line(p, p->m[p->cur].line);
	return wrapped;
}

static int
line_style(enum layout_style s)
{
	switch (s) {
	case STYLE_KICKER: return EL_KICKER;
	case STYLE_TITLE: return EL_TITLE;
	case STYLE_SUBTITLE: return EL_SUBTITLE;
	case STYLE_BYLINE: return EL_BYLINE;
	case STYLE_HEADING: return EL_HEADING;
	case STYLE_CAPTION: return EL_CAPTION;
	default: return SCREEN_PLAIN;
	}
}

/* Draw one line, the parts inside matches in the match colour. */
static void
draw_line(const struct pane *p, size_t li, int y, int x, int w, int amb)
{
	const struct layout_line *l = &p->lay.lines[li];
	const char *src = line_src(l);
	int style = line_style(l->style), used = 0;
	size_t pos = l->off, end = l->off + l->len, i;

	if (l->prefix != NULL)
		used += screen_puts(y, x, w, l->prefix, amb, style);
	/* Find matches and marks (links) in text order; a match wins where
	 * the two overlap. */
	while (pos < end) {
		const struct pane_match *m = NULL;
		size_t ms, me;
		int mstyle = EL_LINK;

		for (i = 0; i < p->nm; i++)
			if (p->m[i].src == src && p->m[i].start + p->m[i].len >
			    pos && p->m[i].start < end && (m == NULL ||
			    p->m[i].start < m->start)) {
				m = &p->m[i];
				mstyle = i == p->cur ? EL_MATCH | SCREEN_UNDERLINE :
				    EL_MATCH;
			}
		for (i = 0; i < p->nlinks; i++)
			if (p->lk[i].src == src && p->lk[i].start +
			    p->lk[i].len > pos && p->lk[i].start < end &&
			    (m == NULL || p->lk[i].start < m->start)) {
				m = &p->lk[i];
				mstyle = EL_LINK;
			}
		if (m == NULL)
			break;
		ms = m->start > pos ? m->start : pos;
		me = m->start + m->len < end ? m->start + m->len : end;
		if (ms > pos)
			used += screen_put(y, x + used, w - used, src + pos,
			    ms - pos, amb, style);
		used += screen_put(y, x + used, w - used, src + ms, me - ms,
		    amb, mstyle);
		pos = me;
	}
	if (pos < end)
		screen_put(y, x + used, w - used, src + pos, end - pos, amb,
		    style);
}

void
pane_draw(struct pane *p, int y, int x, int h, int w, int tx, int amb)
{
	static const char hint[] = "No article open: choose one in the "
	    "sidebar.";
	int i, tw = w - (tx - x);

	for (i = 0; i < h; i++)
		screen_fill(y + i, x, w, SCREEN_PLAIN);
	if (p->art == NULL || !p->laid) {
		if (h > 2)
			screen_puts(y + h / 2, tx, tw, hint, amb, SCREEN_PLAIN);
		return;
	}
	for (i = 0; i < h && p->top + (size_t)i < p->lay.n; i++)
		draw_line(p, p->top + (size_t)i, y + i, tx, tw, amb);
}

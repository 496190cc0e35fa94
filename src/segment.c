/*
 * segment: rebuild a page's articles from its decoded text (SPEC import
 * rules 2-7). The stages, in order, are described in segment-int.h; this
 * file runs them and owns the page's working state.
 */
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>
#include <stdlib.h>
#include <string.h>

#include "lreader/clean.h"
#include "lreader/segment.h"
#include "lreader/util.h"
#include "segment-int.h"

void
seg_append(char **field, const char *s, const char *sep)
{
	char *t = **field ? xasprintf("%s%s%s", *field, sep, s) : xstrdup(s);

	free(*field);
	*field = t;
}

/* Text blocks are at least this big (a page's lines fit the first). */
#define TEXT_BLOCK 4096

char *
seg_text(struct seg *s, const char *p, size_t n, size_t hint)
{
	char *t;

	if (s->blk_left < n + 1) {
		size_t size = n + 1 > TEXT_BLOCK ? n + 1 : TEXT_BLOCK;
		if (size < hint + 1)
			size = hint + 1;
		s->blk = xreallocarray(s->blk, s->nblk + 1, sizeof *s->blk);
		s->blk[s->nblk++] = s->blk_at = xmalloc(size);
		s->blk_left = size;
	}
	t = s->blk_at;
	memcpy(t, p, n);
	t[n] = '\0';
	s->blk_at += n + 1;
	s->blk_left -= n + 1;
	return t;
}

void
seg_headline_free(struct seg_headline *h)
{
	size_t k;

	free(h->title);
	free(h->subtitle);
	free(h->byline);
	free(h->kicker);
	free(h->bg);
	free(h->idf);
	for (k = 0; k < h->nnames; k++)
		free(h->names[k]);
	free(h->names);
	free(h->speaker);
	for (k = 0; k < (size_t)h->tlines; k++)
		free(h->tl[k]);
	free(h->tl);
}

void
seg_free_headlines(struct seg *s)
{
	size_t i;

	for (i = 0; i < s->nh; i++)
		seg_headline_free(&s->h[i]);
	free(s->h);
	s->h = NULL;
	s->nh = 0;
}

void
seg_free(struct seg *s)
{
	size_t i;

	for (i = 0; i < s->nblk; i++)
		free(s->blk[i]);
	free(s->blk);
	for (i = 0; i < s->ncap; i++) {
		free(s->cap[i].text);
		free(s->cap[i].credit);
	}
	for (i = 0; i < s->nit; i++) {
		free(s->it[i].text);
		free(s->it[i].credit);
	}
	/* (each of these holds all paragraphs' lists in one block, from
	 * its first: seg_index) */
	if (s->pdi != NULL)
		free(s->pdi[0]);
	if (s->pu != NULL)
		free(s->pu[0]);
	if (s->pdr != NULL)
		free(s->pdr[0]);
	seg_free_headlines(s);
	free(s->l);
	free(s->cap);
	free(s->it);
	free(s->paras);
	free(s->a);
	free(s->npbg);
	free(s->dfk);
	free(s->tag);
	free(s->idfw);
	free(s->pdi);
	free(s->pu);
	seg_chars_free(s->dch);
	free(s->npu);
	free(s->pdr);
	free(s->npdr);
	free(s->post0);
	free(s->post);
	free(s->pairs);
	free(s->pairs32);
	free(s->lasts);
	free(s->lpairs);
	free(s->lp);
	memset(s, 0, sizeof *s);
}

/* What the stages made of the page, on stderr (LREADER_SEGMENT_DEBUG). */
static void
debug_dump(const struct seg *s)
{
	static const char *kinds[] = { "text", "date", "byline", "sub",
	    "credit", "pcredit", "caption", "numhead", "source", "signoff" };
	static const char *labels[] = { "S", "C", "H", "O" };
	static const char *ik[] = { "PARA", "BLOCK", "CAPTION", "CREDIT" };
	size_t i;

	for (i = 0; i < s->nl; i++) {
		const struct seg_line *l = &s->l[i];
		fprintf(stderr, "L%-3zu %s %-7s cw=%3d col=%3d %s%s%s%s%s %.60s\n",
		    i, l->gone ? "-" : labels[l->label], kinds[l->kind], l->cw,
		    l->col, l->final ? "F" : "-", l->perline ? "P" : "-",
		    l->doubled ? "D" : "-", l->indent ? "I" : "-",
		    l->blank_before ? "B" : "-", l->text);
	}
	for (i = 0; i < s->nit; i++)
		fprintf(stderr, "I%-3zu %-7s p%-3zd %s%s%s%s %.60s\n", i,
		    ik[s->it[i].kind], s->it[i].kind == I_PARA &&
		    !s->it[i].dropped ? (ssize_t)s->it[i].para : (ssize_t)-1,
		    s->it[i].dropped ? "x" : "-",
		    s->it[i].dateline ? "d" : "-", s->it[i].mark ? "m" : "-",
		    s->it[i].cut ? "c" : "-", s->it[i].text ? s->it[i].text : "");
	for (i = 0; i < s->nh; i++)
		fprintf(stderr, "H%-3zu item=%zu nth=%d/%d art=%d %s%s| %s | %s | %s | %s\n",
		    i, s->h[i].item, s->h[i].nth, s->h[i].nblock,
		    s->h[i].article, s->h[i].banner ? "banner " : "",
		    s->h[i].plain ? "plain " : "", s->h[i].kicker,
		    s->h[i].title, s->h[i].subtitle, s->h[i].byline);
	for (i = 0; i < s->na; i++)
		fprintf(stderr, "A%-3zu paras %zu-%zu head=%d\n", i,
		    s->a[i].first, s->a[i].last, s->a[i].head);
}

/*
 * A printed page has well under a thousand lines (the bundled issues 600
 * to 800, the generator's at most about 850). The headline assignment
 * weighs every headline against every paragraph, so its work grows with
 * the square of the page: a dump longer than this is no single printed
 * page, and is read in parts of about this many lines, each on its own,
 * so that the work stays linear in the length of any input.
 */
#define CHUNK_LINES 3000

/* Whether the line [p, e) ends a sentence (its last non-space byte(s)
 * 。！？ or a closing quote after one): a fair place to cut. */
static int
ends_sentence(const char *p, const char *e)
{
	char *t;
	int r;

	while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		e--;
	if (e == p)
		return 0;
	t = xstrndup(p, (size_t)(e - p));
	r = clean_ends_sentence(t);
	free(t);
	return r;
}

size_t
seg_newlines(const char *s, size_t n)
{
	const uint64_t ones = 0x0101010101010101ULL, low7 = 0x7F7F7F7F7F7F7F7FULL;
	size_t i, lines = 0;
	uint64_t w;

	/* Eight bytes at a time, as clean.c's may_double counts spaces (a
	 * strchr a line was a call and a set-up for some fifty bytes): a
	 * byte of w ^ 0x0A.. that is 0 gets 0x80, the others 0. */
	for (i = 0; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		w ^= ones * '\n';
		w = ~(((w & low7) + low7) | w | low7);
		lines += (size_t)(((w >> 7) * ones) >> 56);
	}
	for (; i < n; i++)
		lines += s[i] == '\n';
	return lines;
}

/* Bytes counted at a time for newlines before a part's length is known. */
#define COUNT_BLOCK 4096

/* Bytes of text that make the next part: all of it if it has at most
 * CHUNK_LINES lines, else up to a blank line after a sentence's end in
 * the last quarter of that, or CHUNK_LINES lines. */
static size_t
chunk_len(const char *text)
{
	const char *p = text, *e;
	size_t lines = 0, n, m;
	int after_end = 0;

	/* No cut can come before line CHUNK_LINES * 3 / 4: a page with
	 * fewer newlines (every printed one) is one part, found by counting
	 * them, without a look at each line's sentence end. (Counted a
	 * block at a time, up to the first too many: a long dump is cut in
	 * time of its length.) */
	for (n = 0;; n += m) {
		m = strnlen(text + n, COUNT_BLOCK);
		lines += seg_newlines(text + n, m);
		if (lines > CHUNK_LINES * 3 / 4)
			break;
		if (m < COUNT_BLOCK)
			return n + m;
	}
	lines = 0;
	while (*p != '\0') {
		e = strchr(p, '\n');
		if (e == NULL)
			return strlen(text);
		if (lines >= CHUNK_LINES ||
		    (lines >= CHUNK_LINES * 3 / 4 && after_end && e == p))
			return (size_t)(p - text);
		if (e > p)
			after_end = ends_sentence(p, e);
		lines++;
		p = e + 1;
	}
	return (size_t)(p - text);
}

/* Segment one part of len bytes into out; returns 1 if it held text, else
 * 0, or -1 (out untouched) if it has more than max newlines. */
static int
segment_part(const char *text, size_t len, size_t max, struct page *out)
{
	struct seg s;

	memset(&s, 0, sizeof s);
	if (!seg_read_lines_n(&s, text, len, max)) {
		seg_free(&s);
		return -1;
	}
	if (s.nl == 0) {
		seg_free(&s);
		return 0;
	}
	seg_columns(&s);
	seg_find_captions(&s);
	seg_local_columns(&s);
	seg_label_lines(&s);
	seg_build_items(&s);
	seg_drop_repeats(&s);
	seg_list_paras(&s);
	seg_index(&s);
	seg_parse_blocks(&s);
	seg_assign(&s);
	seg_split_titles(&s);
	seg_settle_kickers(&s);
	if (getenv("LREADER_SEGMENT_DEBUG") != NULL)
		debug_dump(&s);
	seg_assemble(&s, out);
	seg_free(&s);
	return 1;
}

void
segment_init(void)
{
	seg_weights_init();
}

int
segment_page(const char *text, struct page *out, char **err)
{
	size_t n;
	int any;

	seg_weights_init();
	/* A dump of no more newlines than CHUNK_LINES * 3 / 4 (every
	 * printed page) is one part, as chunk_len would find: read as such,
	 * its newlines counted as its lines are read. A longer one is cut
	 * as chunk_len says. */
	any = segment_part(text, strlen(text), CHUNK_LINES * 3 / 4, out);
	if (any < 0) {
		any = 0;
		n = chunk_len(text);
		if (text[n] == '\0')
			any = segment_part(text, n, (size_t)-1, out);
		else
			for (; *text != '\0'; text += n, n = chunk_len(text)) {
				char *part = xstrndup(text, n);
				any |= segment_part(part, n, (size_t)-1, out);
				free(part);
			}
	}
	if (!any)
		return fail(err, "empty page");
	return 0;
}

/*
 * layout: turns text into display lines for a width in cells, with the CJK
 * line-breaking rules of SPEC "Reading pane", and cuts strings to a width
 * with "…". The reading pane, `cat --width` and the sidebar all use it; no
 * curses here. Cells come from width_of() alone.
 *
 * Breaking is in two layers: libunistring's UAX #14 opportunities
 * (u8_possible_linebreaks, encoding "UTF-8"), then our own rules on top
 * (kinsoku: closing punctuation never starts a line, opening punctuation
 * never ends one; a break allowed around “ ” ‘ ’ next to CJK text, which
 * UAX #14 in libunistring 1.0 glues to both neighbours). Lines are filled
 * greedily; a character that may not start a line pulls the previous
 * break opportunity back (push-out), so no line is ever wider than asked.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unilbrk.h>
#include <unistr.h>

#include "lreader/layout.h"
#include "lreader/util.h"
#include "lreader/width.h"

/* One character of the text being wrapped. */
struct ch {
	size_t off;       /* byte offset in the text */
	uint32_t uc;
	unsigned char w;  /* cells */
	unsigned char brk;
};

#define BRK_OK   1  /* a line may start with this character */
#define BRK_HARD 2  /* a mandatory break character (newline): ends a line */
#define BRK_CRLF 4  /* CR of a CR LF pair: ends a line with the LF */

/* Buffers reused from paragraph to paragraph of one article. */
struct scratch {
	char *p;                  /* u8_possible_linebreaks output */
	size_t pcap;
	struct ch *c;
	size_t n, ccap;
	struct layout_span *spans;
	size_t nspans, scap;
	size_t forced;            /* cuts the last fill made inside a run
	                             with no break opportunity */
};

static const char caption_prefix[] = "[图] ";

/* SPEC reading pane: may not start a line (closing and middle marks). */
static int
is_closing(uint32_t uc)
{
	switch (uc) {
	case 0xFF0C: case 0x3002: case 0x3001: case 0xFF1A: case 0xFF1B:
	case 0xFF01: case 0xFF1F: case 0x201D: case 0xFF09: case 0x300B:
	case 0x2026: case 0x2019: case 0x300D: case 0x300F: case 0x3015:
	case 0x3011: case 0xFF05: case 0x2030: case 0x3009: case 0x3017:
	case 0x3019: case 0xFF3D: case 0xFF5D: case 0xFF0E: case 0x00B7:
	case 0x30FB: case 0xFF65: case 0x2103: case 0x00B0: case 0xFF63:
	case ',': case '.': case ':': case ';': case '!': case '?':
	case ')': case ']': case '}': case '%':
		return 1;
	}
	return 0;
}

/* SPEC reading pane: may not end a line. */
static int
is_opening(uint32_t uc)
{
	switch (uc) {
	case 0x201C: case 0x2018: case 0xFF08: case 0x300A: case 0x300C:
	case 0x300E: case 0x3014: case 0x3010: case 0x3008: case 0x3016:
	case 0x3018: case 0xFF3B: case 0xFF5B: case 0xFF62:
	case '(': case '[': case '{':
		return 1;
	}
	return 0;
}

/* Han, kana, Hangul, CJK and full-width punctuation. */
static int
is_cjk(uint32_t uc)
{
	return (uc >= 0x2E80 && uc <= 0x9FFF) ||
	    (uc >= 0xAC00 && uc <= 0xD7AF) ||
	    (uc >= 0xF900 && uc <= 0xFAFF) ||
	    (uc >= 0xFE30 && uc <= 0xFE4F) ||
	    (uc >= 0xFF00 && uc <= 0xFFEF) ||
	    (uc >= 0x20000 && uc <= 0x3FFFF);
}

/*
 * Our rules over UAX #14 for a break before c[k]. libunistring 1.0 makes
 * “ ” ‘ ’ unbreakable on both sides (TECH-NOTES), so `市“十四五”规划`
 * could only break around the whole run and lines came out ragged: in CJK
 * text a left quote opens and a right quote closes, so allow a break
 * before a left quote and after a right quote there. Then the kinsoku
 * rules (SPEC reading pane) forbid what must not be split.
 */
static int
may_break(const struct ch *c, size_t k, int uax)
{
	uint32_t prev = c[k - 1].uc, cur = c[k].uc;
	size_t j;

	if ((cur == 0x201C || cur == 0x2018) &&
	    (is_cjk(prev) || prev == 0x201D || prev == 0x2019))
		uax = 1;
	if ((prev == 0x201D || prev == 0x2019) && is_cjk(cur))
		uax = 1;
	if (!uax || c[k].w == 0 || is_closing(cur))
		return 0;
	/* The last visible character of the line must not be opening. */
	for (j = k; j > 0 && c[j - 1].uc == ' '; j--)
		;
	return j == 0 || !is_opening(c[j - 1].uc);
}

static void
scratch_free(struct scratch *sc)
{
	free(sc->p);
	free(sc->c);
	free(sc->spans);
}

/* Decode text into sc->c with widths and break flags. */
static void
analyse(struct scratch *sc, const char *text, size_t len, int ambiguous)
{
	const uint8_t *s = (const uint8_t *)text;
	size_t i = 0, k;

	if (len > sc->pcap) {
		sc->pcap = len * 2;
		sc->p = xrealloc(sc->p, sc->pcap);
	}
	if (len > sc->ccap) {
		sc->ccap = len * 2;
		sc->c = xreallocarray(sc->c, sc->ccap, sizeof *sc->c);
	}
	if (len > 0)
		u8_possible_linebreaks(s, len, "UTF-8", sc->p);
	for (sc->n = 0; i < len; sc->n++) {
		struct ch *c = &sc->c[sc->n];
		ucs4_t uc;

		c->off = i;
		i += u8_mbtouc(&uc, s + i, len - i);
		c->uc = uc;
		c->w = (unsigned char)width_of(uc, ambiguous);
		c->brk = 0;
		if (sc->p[c->off] == UC_BREAK_MANDATORY)
			c->brk = BRK_HARD;
		else if (sc->p[c->off] == UC_BREAK_CR_BEFORE_LF)
			c->brk = BRK_CRLF;
	}
	for (k = 1; k < sc->n; k++) {
		char p = sc->p[sc->c[k].off];

		if (may_break(sc->c, k, p == UC_BREAK_POSSIBLE ||
		    p == UC_BREAK_HYPHENATION))
			sc->c[k].brk |= BRK_OK;
	}
}

/* Append the line of characters [s, e), trailing spaces left out. */
static void
emit(struct scratch *sc, size_t s, size_t e, size_t textlen)
{
	struct layout_span *sp;
	long cells = 0;
	size_t k;

	while (e > s && sc->c[e - 1].uc == ' ')
		e--;
	for (k = s; k < e; k++)
		cells += sc->c[k].w;
	if (sc->nspans == sc->scap) {
		sc->scap = sc->scap ? sc->scap * 2 : 16;
		sc->spans = xreallocarray(sc->spans, sc->scap, sizeof *sc->spans);
	}
	sp = &sc->spans[sc->nspans++];
	sp->start = s < sc->n ? sc->c[s].off : textlen;
	sp->len = (e < sc->n ? sc->c[e].off : textlen) - sp->start;
	sp->width = cells > INT_MAX ? INT_MAX : (int)cells;
}

/*
 * Where to cut a run with no break opportunity that overflows at k: by
 * cells, but still not before a closing mark, after an opening one, or
 * between a character and its combining marks, when a place further back
 * in the line allows it.
 */
static size_t
emergency_cut(const struct ch *c, size_t s, size_t k)
{
	size_t j;

	for (j = k; j > s; j--)
		if (c[j].w > 0 && !is_closing(c[j].uc) &&
		    !is_opening(c[j - 1].uc))
			return j;
	return k;
}

/*
 * Fill lines greedily: the first line holds at most `first` cells, the
 * others `width`. Spaces at a line's end hang (not counted, not kept);
 * those at a continuation line's start are dropped.
 */
static void
fill(struct scratch *sc, size_t textlen, long width, long first)
{
	const struct ch *c = sc->c;
	size_t s = 0, k, brk, cut;
	long avail = first, lw;

	sc->nspans = 0;
	sc->forced = 0;
	for (;;) {
		int hang = 0;
		lw = 0;
		brk = 0;
		for (k = s; k < sc->n; k++) {
			if (c[k].brk & (BRK_HARD | BRK_CRLF))
				break;
			if (k > s && (c[k].brk & BRK_OK))
				brk = k;
			/* Spaces past the edge hang there (emit leaves them
			 * out); anything after them, even of no width (a
			 * combining mark, a joiner), would put them inside
			 * the line: it starts the next. */
			if (lw + c[k].w > avail || (hang && c[k].uc != ' ')) {
				if (c[k].uc == ' ') {
					hang = 1;
					continue;
				}
				break;
			}
			lw += c[k].w;
		}
		if (k == sc->n) {
			emit(sc, s, k, textlen);
			return;
		}
		if (c[k].brk & (BRK_HARD | BRK_CRLF)) {
			emit(sc, s, k, textlen);
			s = k + ((c[k].brk & BRK_CRLF) && k + 1 < sc->n ? 2 : 1);
			avail = width;
			continue;
		}
		cut = brk ? brk : emergency_cut(c, s, k);
		sc->forced += brk == 0;
		emit(sc, s, cut, textlen);
		avail = width;
		if (cut == s)
			continue;  /* nothing fit a narrowed first line */
		for (s = cut; s < sc->n && c[s].uc == ' '; s++)
			;
	}
}

static void
wrap(struct scratch *sc, const char *text, size_t len, long width,
    long first, int ambiguous)
{
	analyse(sc, text, len, ambiguous);
	fill(sc, len, width, first);
}

static int
check_args(int width, int *ambiguous, char **err)
{
	if (width < 2)
		return fail(err, "width %d is too narrow (at least 2 cells)",
		    width);
	if (*ambiguous != 2)
		*ambiguous = 1;
	return 0;
}

int
layout_wrap(const char *text, int width, int ambiguous,
    struct layout_span **spans, size_t *n, char **err)
{
	struct scratch sc = { 0 };

	if (spans == NULL || n == NULL)
		return fail(err, "layout_wrap: no place for the result");
	*spans = NULL;
	*n = 0;
	if (check_args(width, &ambiguous, err) < 0)
		return -1;
	if (text == NULL)
		text = "";
	wrap(&sc, text, strlen(text), width, width, ambiguous);
	*spans = sc.spans;
	*n = sc.nspans;
	sc.spans = NULL;
	scratch_free(&sc);
	return 0;
}

char *
layout_truncate(const char *s, int width, int ambiguous)
{
	const uint8_t *p = (const uint8_t *)(s ? s : "");
	size_t len = strlen((const char *)p), i = 0, end = 0;
	long cells = 0, budget;
	int ell;

	if (ambiguous != 2)
		ambiguous = 1;
	if ((long)width_str((const char *)p, len, ambiguous) <= (long)width)
		return xstrdup((const char *)p);
	ell = width_of(0x2026, ambiguous);
	if (width < ell)
		return xstrdup("");
	budget = width - ell;
	while (i < len) {
		ucs4_t uc;
		int n = u8_mbtouc(&uc, p + i, len - i);
		int w = width_of(uc, ambiguous);

		if (cells + w > budget)
			break;
		cells += w;
		i += n;
		end = i;
	}
	while (end > 0 && p[end - 1] == ' ')
		end--;
	return xasprintf("%.*s…", (int)end, (const char *)p);
}

/* Characters of s kept before the "…" when titles that share a start are
 * told apart: enough to recognise it (about two CJK words) ... */
#define APART_HEAD 4
/* ... and of the shared part kept after it, leading into the difference. */
#define APART_CONTEXT 2

/* Bytes of the longest common start of a and b, in whole characters. */
static size_t
common_start(const char *a, const char *b)
{
	size_t i = 0, keep = 0;

	while (a[i] != '\0' && a[i] == b[i]) {
		i++;
		/* A character ends where the next byte starts one. */
		if (((unsigned char)a[i] & 0xC0) != 0x80)
			keep = i;
	}
	return keep;
}

/* Bytes of the first k characters of s (or all of it). */
static size_t
chars_bytes(const char *s, size_t k)
{
	size_t i = 0, len = strlen(s);

	while (k-- > 0 && i < len) {
		ucs4_t uc;
		i += (size_t)u8_mbtouc(&uc, (const uint8_t *)s + i, len - i);
	}
	return i;
}

/*
 * The apart form of s against others (see layout_truncate_apart), before
 * the check that it tells s apart: the plain cut when no other is cut the
 * same. The caller frees.
 */
static char *
apart_form(const char *s, const char *const *others, size_t n, int width,
    int ambiguous)
{
	char *cut = layout_truncate(s, width, ambiguous), *o, *t, *r;
	size_t k, best = 0, from, head;
	int alike = 0;

	for (k = 0; k < n; k++) {
		if (others[k] == NULL || strcmp(others[k], s) == 0)
			continue;
		o = layout_truncate(others[k], width, ambiguous);
		if (strcmp(o, cut) == 0) {
			size_t c = common_start(s, others[k]);
			alike = 1;
			if (c > best)
				best = c;
		}
		free(o);
	}
	if (!alike)
		return cut;
	/* Back off to a little before the parting, past the head. */
	head = chars_bytes(s, APART_HEAD);
	from = best;
	for (k = 0; k < APART_CONTEXT && from > head; k++)
		from = utf8_prev(s, from);
	if (from <= head)
		return cut;
	t = xasprintf("%.*s…%s", (int)head, s, s + from);
	r = layout_truncate(t, width, ambiguous);
	free(t);
	free(cut);
	return r;
}

char *
layout_truncate_apart(const char *s, const char *const *others, size_t n,
    int width, int ambiguous)
{
	char *r, *o, *cut;
	const char *self[1];
	size_t k;
	int apart = 1;

	if (s == NULL)
		s = "";
	r = apart_form(s, others, n, width, ambiguous);
	cut = layout_truncate(s, width, ambiguous);
	if (strcmp(r, cut) == 0) {
		free(cut);
		return r;
	}
	/* Too narrow to show where they part (the forms still alike, or
	 * a doubled "……"): the plain cut says more. */
	self[0] = s;
	for (k = 0; k < n && apart; k++) {
		if (others[k] == NULL || strcmp(others[k], s) == 0)
			continue;
		o = apart_form(others[k], self, 1, width, ambiguous);
		apart = strcmp(o, r) != 0;
		free(o);
	}
	if (!apart || strstr(r, "……") != NULL) {
		free(r);
		return cut;
	}
	free(cut);
	return r;
}

/* Append one line to out, growing its array. */
static struct layout_line *
add_line(struct layout *out, size_t *cap, enum layout_style style, int para)
{
	struct layout_line *ln;

	if (out->n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		out->lines = xreallocarray(out->lines, *cap, sizeof *out->lines);
	}
	ln = &out->lines[out->n++];
	memset(ln, 0, sizeof *ln);
	ln->style = style;
	ln->para = para;
	ln->text = "";
	return ln;
}

/* Whether lines of this style are wrapped balanced: headlines and
 * headings, set apart and short, read best in even lines, never with a
 * last line of a character or two (work item 10, item 5); running text
 * fills its lines. */
static int
balanced(enum layout_style style)
{
	return style == STYLE_KICKER || style == STYLE_TITLE ||
	    style == STYLE_SUBTITLE || style == STYLE_HEADING;
}

/*
 * Wrap text at width; a balanced style of two lines or more is wrapped
 * again at the narrowest width that keeps as many lines (the count only
 * grows as the width shrinks), so that its lines come out even.
 */
static void
wrap_styled(struct scratch *sc, const char *text, long width, long first,
    enum layout_style style, int ambiguous)
{
	size_t len = strlen(text), k, forced;
	long lo, hi;

	wrap(sc, text, len, width, first, ambiguous);
	k = sc->nspans;
	forced = sc->forced;
	if (!balanced(style) || k < 2 || width != first)
		return;
	lo = width / (long)k > 2 ? width / (long)k : 2;
	hi = width;
	/* No more lines, and no word cut that the full width kept whole. */
	while (lo < hi) {
		long mid = lo + (hi - lo) / 2;
		wrap(sc, text, len, mid, mid, ambiguous);
		if (sc->nspans <= k && sc->forced <= forced)
			hi = mid;
		else
			lo = mid + 1;
	}
	wrap(sc, text, len, hi, hi, ambiguous);
}

/* Wrap text and append its lines; captions get the "[图] " prefix. */
static void
add_text(struct layout *out, size_t *cap, struct scratch *sc,
    const char *text, enum layout_style style, int para)
{
	long width = out->width, first = out->width;
	int pw = 0;
	size_t i;

	if (style == STYLE_CAPTION && width >= 10) {
		pw = (int)width_str(caption_prefix, strlen(caption_prefix),
		    out->ambiguous);
		first -= pw;
	}
	wrap_styled(sc, text, width, first, style, out->ambiguous);
	for (i = 0; i < sc->nspans; i++) {
		struct layout_line *ln = add_line(out, cap, style, para);

		ln->text = text + sc->spans[i].start;
		ln->off = sc->spans[i].start;
		ln->len = sc->spans[i].len;
		ln->width = sc->spans[i].width;
		if (i == 0 && pw > 0) {
			ln->prefix = caption_prefix;
			ln->width += pw;
		}
	}
}

int
layout_article(const struct article *a, int width, int ambiguous,
    struct layout *out, char **err)
{
	static const enum layout_style head_style[] = {
		STYLE_KICKER, STYLE_TITLE, STYLE_SUBTITLE, STYLE_BYLINE
	};
	struct scratch sc = { 0 };
	const char *head[4];
	size_t cap = 0, i;

	if (out == NULL)
		return fail(err, "layout_article: no place for the result");
	memset(out, 0, sizeof *out);
	if (a == NULL)
		return fail(err, "layout_article: no article");
	if (check_args(width, &ambiguous, err) < 0)
		return -1;
	out->width = width;
	out->ambiguous = ambiguous;
	head[0] = a->kicker;
	head[1] = a->title;
	head[2] = a->subtitle;
	head[3] = a->byline;
	for (i = 0; i < 4; i++)
		if (head[i] != NULL && head[i][0] != '\0')
			add_text(out, &cap, &sc, head[i], head_style[i], -1);
	for (i = 0; i < a->npara; i++) {
		const struct paragraph *pg = &a->paras[i];
		enum layout_style st = pg->kind == PARA_HEADING ? STYLE_HEADING :
		    pg->kind == PARA_CAPTION ? STYLE_CAPTION : STYLE_TEXT;

		if (out->n > 0)
			add_line(out, &cap, STYLE_BLANK, (int)i);
		add_text(out, &cap, &sc, pg->text ? pg->text : "", st, (int)i);
	}
	scratch_free(&sc);
	return 0;
}

void
layout_free(struct layout *l)
{
	if (l == NULL)
		return;
	free(l->lines);
	l->lines = NULL;
	l->n = 0;
}

/* Order of places: paragraph, then offset; head lines before all. */
static int
place_cmp(const struct layout_line *ln, int para, size_t off)
{
	if (ln->para != para)
		return ln->para < para ? -1 : 1;
	if (ln->off != off)
		return ln->off < off ? -1 : 1;
	return 0;
}

size_t
layout_line_of(const struct layout *l, int para, size_t off)
{
	size_t lo = 0, hi;

	if (l == NULL || l->n == 0 || para < 0 || (para == 0 && off == 0))
		return 0;
	/* The last line whose place is at or before (para, off). Lines are
	 * in place order; a blank line shares its place with the first line
	 * of the paragraph below it, so the search never ends on one. */
	hi = l->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (place_cmp(&l->lines[mid], para, off) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 ? lo - 1 : 0;
}

void
layout_place_of(const struct layout *l, size_t line, int *para, size_t *off)
{
	const struct layout_line *ln;

	*para = 0;
	*off = 0;
	if (l == NULL || l->n == 0)
		return;
	if (line >= l->n)
		line = l->n - 1;
	ln = &l->lines[line];
	if (ln->para < 0)
		return;
	*para = ln->para;
	*off = ln->style == STYLE_BLANK ? 0 : ln->off;
}

char *
layout_to_text(const struct layout *l)
{
	struct buf b;
	size_t i;

	buf_init(&b);
	buf_adds(&b, "");
	for (i = 0; l != NULL && i < l->n; i++) {
		if (l->lines[i].prefix != NULL)
			buf_adds(&b, l->lines[i].prefix);
		buf_add(&b, l->lines[i].text, l->lines[i].len);
		buf_addc(&b, '\n');
	}
	return buf_take(&b);
}

/*
 * segment-label.c: every line of the page labelled at once. A line starts
 * a paragraph (START), goes on with the one before (CONT), belongs to a
 * headline block (HEAD: kicker, title, subtitle, byline or a section
 * heading), or is something else that stands alone (OTHER: a credit).
 * Each label gets a score from the line's own evidence and from the break
 * before it (does the sentence read on, is the line before full, is this
 * one indented, ...), and the Viterbi algorithm finds the labels with the
 * best total. No single rule decides: a short unpunctuated line inside a
 * paragraph stays body because the lines around it read on, and a title
 * whose width happens to match the column is still a title when the
 * paragraph after it opens with a dateline. Last, a headline block's
 * title read as a sentence between its headline lines goes back to the
 * block (seg_join_gathered_titles).
 */
#include <stdlib.h>
#include <string.h>

#include "lreader/clean.h"
#include "lreader/util.h"
#include "segment-int.h"

#define W(x) seg_w[W_##x]
#define NLABEL 4
_Static_assert(NLABEL == 4, "seg_label_lines writes out the four labels");
#define NEVER (-1e9)
/* A line of at most this many characters that opens with a closing or
 * final mark is what a wrap pushed over (a title's stub opens with a
 * character: 水”). */
#define CLOSING_STUB 2

/* Indent widths counted, in spaces (wider ones are not paragraph
 * indents but centring). */
#define INDENT_KINDS 9

/* A page opens its paragraphs on full lines (W_S_INDENT_WIDTH weighs
 * nothing there) where at least this many first lines fill the column
 * ... */
#define FIRSTS_FULL_MIN 3
/* ... and this many times as many as stop short by an indent's cells
 * (2 to 6 alike on the tuning halves). */
#define FIRSTS_FULL_RATIO 3

/* Page evidence: do blank lines and leading spaces mean anything here? */
static void
page_evidence(struct seg *s)
{
	size_t i, gaps = 0, blanks = 0, indented = 0, mids = 0, mid_blanks = 0;
	size_t by_width[INDENT_KINDS] = { 0 };
	size_t firsts_full = 0, firsts_in = 0;
	int k;

	for (i = 0; i < s->nl; i++) {
		const struct seg_line *l = &s->l[i];
		if (i > 0) {
			gaps++;
			blanks += l->blank_before;
		}
		indented += l->indent > 0;
		/* A line after a sentence's end, neither it nor the line
		 * after it ending one, mostly opens a paragraph of three
		 * lines or more: does it fill the column, or stop short by
		 * an indent's cells? */
		if (i > 0 && s->l[i - 1].final && l->kind == L_TEXT &&
		    !l->gone && !l->final && !l->perline && !l->doubled &&
		    l->nch >= 6 && i + 1 < s->nl && !s->l[i + 1].final) {
			if (l->cw >= l->col - 1)
				firsts_full++;
			else if (l->cw >= l->col - FULL_TOL - INDENT_CELLS)
				firsts_in++;
		}
		if (l->indent > 0 && l->indent < INDENT_KINDS)
			by_width[l->indent]++;
		/* After a line that stops mid-sentence, text goes on: a blank
		 * there is no paragraph's end. */
		if (i + 1 < s->nl && l->kind == L_TEXT && !l->final && !l->mid &&
		    l->nch >= 6 && !l->doubled) {
			mids++;
			mid_blanks += s->l[i + 1].blank_before;
		}
	}
	/* Blanks only where paragraphs and blocks end: some blanks, but
	 * hardly any inside a sentence. */
	s->blanks_selective = gaps > 4 && blanks * 20 > gaps && mids >= 3 &&
	    mid_blanks * 5 < mids;
	/* Blank lines at most breaks: a page that sets every paragraph
	 * and headline line apart (a break without one is a wrap). */
	s->blanks_most = gaps > 4 && blanks * 2 > gaps;
	/* Leading spaces on some lines only: paragraph indents. */
	s->indents = indented >= 3 && indented * 10 < s->nl * 7;
	/* Paragraphs open on full lines here: FIRSTS_FULL_MIN of them, and
	 * FIRSTS_FULL_RATIO times as many as open set in. */
	s->firsts_full = firsts_full >= FIRSTS_FULL_MIN &&
	    firsts_full > firsts_in * FIRSTS_FULL_RATIO;
	/* The page indents its paragraphs by one width: the commonest. */
	s->indent_width = 0;
	for (k = 1; k < INDENT_KINDS; k++)
		if (by_width[k] > by_width[s->indent_width])
			s->indent_width = k;
}

/* Whether l is indented as the page indents its paragraphs (a title
 * wrapped at a space may open its next line with that space: no indent). */
static int
indented_para(const struct seg *s, const struct seg_line *l)
{
	return s->indents && l->indent > 0 &&
	    (s->indent_width == 0 || l->indent == s->indent_width);
}

static int
full(const struct seg_line *l)
{
	return l->cw >= l->col - FULL_TOL;
}

/*
 * How full line l is, 0..1: 1 within FULL_TOL - 1 cells of its column,
 * 0 at FULL_TOL + 2 short of it and beyond, linear between (full lines
 * vary by the cell or two that punctuation moves; a soft edge keeps one
 * cell from deciding). A paragraph's first line may be short by its
 * indent.
 */
static double
fullness(const struct seg_line *l, int first, int col)
{
	double d = col - l->cw - (first ? INDENT_CELLS : 0);
	double lo = FULL_TOL - 1, hi = FULL_TOL + 2;

	return d <= lo ? 1 : d >= hi ? 0 : (hi - d) / (hi - lo);
}

int
seg_no_line_opens(uint32_t c)
{
	return clean_is_closing(c) || clean_is_midpunct(c) || clean_is_final(c);
}

int
seg_starts_inside(const struct seg_line *l)
{
	uint32_t c = 0;
	size_t n = l->len;
	int k;

	if (seg_no_line_opens(l->first))
		return 1;
	if (!clean_is_han(l->first) || n < 4)
		return 0;
	k = utf8_next(l->text, n, &c);
	utf8_next(l->text + k, n - (size_t)k, &c);
	/* (的 opens no sentence and no title but as 的确: a line opening
	 * on it goes on from the line before, 两个月 / 的冬季…) */
	if (l->first == 0x7684 /* 的 */ && c != 0x786E /* 确 */)
		return 1;
	return c == 0xFF0C || c == 0x3001 || clean_is_closing(c);
}

/* Two lines this close in width (cells) are set in one column ... */
#define PAIR_CELLS 1
/* ... when both hold this many characters (short lines agree by chance). */
#define PAIR_MIN_CHARS 10

/* Whether line l and the unfinished line after it are as wide as each
 * other: a column of their own, narrower than the model's around them (a
 * photo's lead-in set narrower than the report above it), so l is no
 * narrow line. */
static int
same_column(const struct seg_line *l, const struct seg_line *next)
{
	return next != NULL && !next->final && abs(l->cw - next->cw) <= PAIR_CELLS &&
	    l->nch >= PAIR_MIN_CHARS && next->nch >= PAIR_MIN_CHARS;
}

/*
 * Whether l, one paragraph a line, is a paragraph's first part cut
 * across lines (a column jump): it stops inside a phrase after a clause
 * (a comma inside, none at its end: 今年以来，全市没) and the next line
 * reads on from it. Short as it is, it is no narrow headline: a title
 * seldom holds a clause and then breaks off inside a word.
 */
static int
cut_across(const struct seg *s, const struct seg_line *l,
    const struct seg_line *next)
{
	return !l->final && !l->mid && l->commas > 0 && next != NULL &&
	    (seg_starts_inside(next) || seg_reads_on(s, l, next));
}

/* A title ending in ？ or ！ asks or calls out in a phrase: at most this
 * many characters (the tuning split's run to 22); a longer one is a
 * paragraph's rhetorical question. A letter's title (W_H_LETTER_TITLE),
 * most often a question, is held to it too. */
#define EXCLAIM_TITLE_MAX 24

/* Whether l is a title's shape of question or call: it ends with ？ or
 * ！, at most EXCLAIM_TITLE_MAX characters, and tells no sentence (no
 * 。 inside). */
static int
asks_short(const struct seg_line *l)
{
	return l->final && l->exclaim && !l->inner_full &&
	    l->nch <= EXCLAIM_TITLE_MAX;
}

/* Whether l asks a question that the line after it answers: l ends with
 * ？ and next opens an interviewee's turn (马秀英：…, 答：…), not another
 * question, nor a line ending on its colon (a label alone on its line):
 * a letter's salutation (编辑同志：) is one, a reader's letter under a
 * title that asks (…谁来修？), the question its title. (Only the
 * salutations, seg_salutation, exempt: c-f2 -0.0008.) */
static int
answered(const struct seg_line *l, const struct seg_line *next)
{
	return (l->last == 0xFF1F || l->last == '?') && next != NULL &&
	    next->turn && !next->qa && next->last != 0xFF1A /* ： */ &&
	    next->last != ':';
}

/* Whether l is a question's last line (记者：…？ on one line, or the
 * last of its lines): it ends with ？ (its label opened the paragraph
 * above, where the question runs over lines). */
static int
asks(const struct seg_line *l)
{
	return l->last == 0xFF1F || l->last == '?';
}

/* Whether l, set apart from the line above by a blank line and not
 * ending a sentence, has none between it and the long paragraph line
 * after it, on a page that sets its paragraphs and blocks apart by blank
 * lines: the line is the paragraph's first part, cut from it (…今年38岁
 * 的贾玉 / 梅从事听障儿童康复工作…). */
static int
glued(const struct seg *s, const struct seg_line *l,
    const struct seg_line *next)
{
	return (s->blanks_selective || s->blanks_most) && next != NULL &&
	    l->blank_before && !next->blank_before && !l->final &&
	    next->perline && next->nch > HEAD_MAX_CHARS;
}

/* Whether the line before l on the page (consumed lines skipped) ends a
 * sentence: a bracketed line there is a note to the text it closes,
 * where under a line cut mid-item it is that item's wrap (…、杨桂兰 /
 * （峪口镇峪口村卫生室）). */
static int
after_sentence(const struct seg *s, const struct seg_line *l)
{
	size_t i = seg_prev_line(s, (size_t)(l - s->l));

	return i != (size_t)-1 && s->l[i].final;
}

/* Whether the line before l on the page (consumed lines skipped) is a
 * notice's title (公告, 停水通知). */
static int
under_notice(const struct seg *s, const struct seg_line *l)
{
	size_t i = seg_prev_line(s, (size_t)(l - s->l));

	return i != (size_t)-1 && s->l[i].doctitle;
}

/* Lines an item's answer under its numbered head takes at most (a
 * phrase wrapped once in a narrow column: 吕梁市文化和旅游局（吕 /
 * 梁市体育局）). */
#define ITEM_ANSWER_LINES 2

/* Whether line i is a text line that ends no sentence. */
static int
answer_line(const struct seg *s, size_t i)
{
	return s->l[i].kind == L_TEXT && !s->l[i].final;
}

/* Whether text line l stands between two numbered heads (一、主办单位 /
 * 吕梁市文化和旅游局（吕梁市体育局） / 二、承办单位), with at most
 * ITEM_ANSWER_LINES lines of text ending no sentence between them,
 * consumed lines skipped: a notice's or a plan's item answered in a
 * phrase under its number, the item's text. A heading wrapped over two
 * lines has text under its wrap, not the next number. */
static int
item_answer(const struct seg *s, const struct seg_line *l)
{
	size_t i = (size_t)(l - s->l), up = i, down = i, n = 1;

	if (!answer_line(s, i))
		return 0;
	while ((up = seg_prev_line(s, up)) != (size_t)-1 &&
	    s->l[up].kind != L_NUMHEAD && n <= ITEM_ANSWER_LINES) {
		if (!answer_line(s, up))
			return 0;
		n++;
	}
	if (up == (size_t)-1 || n > ITEM_ANSWER_LINES)
		return 0;
	for (down = seg_next_line(s, i); down < s->nl;
	    down = seg_next_line(s, down)) {
		if (s->l[down].kind == L_NUMHEAD)
			return 1;
		if (!answer_line(s, down) || ++n > ITEM_ANSWER_LINES)
			return 0;
	}
	return 0;
}

/* Whether line l ends a clause of a list (；): no title does
 * (W_H_SEMI), and a clause's number after it opens the next item
 * (W_CONT_CLAUSE). */
static int
ends_clause(const struct seg_line *l)
{
	return l->last == 0xFF1B || l->last == ';';
}

/* The line's own evidence for being a headline-block line. */
static double
emit_head(const struct seg *s, const struct seg_line *l,
    const struct seg_line *next)
{
	double x = W(H_LINE);
	int asking, clauses;

	if (l->doubled)
		x += W(H_DOUBLED);
	if (l->kind == L_BYLINE || l->kind == L_SUBTITLE ||
	    l->kind == L_NUMHEAD)
		x += W(H_ANCHOR);
	if (l->name)
		x += W(H_NAME);
	asking = asks_short(l);
	if (l->final)
		x += asking ? W(H_EXCLAIM) : W(H_FINAL);
	/* A short question's or call's own phrasing is no sentence told
	 * nor clauses: it asks twice (怎么缴？怎么领？) or lists what it
	 * asks (谁来管、怎么管？), where a paragraph's line holds its
	 * sentences and clauses (…，男的能干，女的为什么不能干？ keeps its
	 * clause). */
	if (l->inner && !asking)
		x += W(H_INNER);
	clauses = l->commas - (asking ? l->enums : 0);
	if (clauses > 1)
		x += W(H_CLAUSES) * (clauses - 1);
	if (l->mid)
		x += l->perline ? W(H_PERLINE_MID) : W(H_MID);
	if (ends_clause(l))
		x += W(H_SEMI);
	if (l->colon)
		x += W(H_COLON);
	if (l->kind == L_TEXT && !l->doctitle && under_notice(s, l))
		x += W(H_UNDER_NOTICE);
	if (item_answer(s, l))
		x += W(H_ITEM_ANSWER);
	if ((l->commas > 0 || l->mid) && l->list)
		x += W(H_LIST);
	if (l->item)
		x += W(H_ITEM);
	if (l->nch > HEAD_MAX_CHARS)
		x += W(H_LONG) * (l->nch - HEAD_MAX_CHARS);
	if (l->perline && !l->final && l->first == 0x201C /* “ */ &&
	    strstr(l->text, "”") == NULL)
		x += W(H_OPEN_QUOTE);
	if (!l->final && l->first == 0x201C /* “ */ &&
	    seg_is_pull_quote(l->text))
		x += W(H_PULL_QUOTE);
	if (l->perline) {
		if (l->nch * 2 < HEAD_MAX_CHARS * 3 / 2 && (!l->final || l->exclaim) &&
		    !cut_across(s, l, next))
			x += W(H_NARROW);
	} else if (l->cw > l->col + FULL_TOL &&
	    (next == NULL || l->cw > next->cw + FULL_TOL)) {
		/* Wider than its column, and than the text after it: a
		 * headline across columns (not the first line of a wider
		 * column the model has not caught up with). */
		x += W(H_WIDE);
	} else if (l->cw < l->col - FULL_TOL - 2 && !same_column(l, next)) {
		x += W(H_NARROW);
	}
	if (l->kind == L_DATELINE)
		x += W(H_DATELINE);
	if (l->lead)
		x += W(H_LEAD);
	if (l->qa)
		x += W(H_QA);
	if (answered(l, next))
		x += W(H_ANSWERED);
	if (next != NULL && seg_salutation(next) &&
	    l->nch <= EXCLAIM_TITLE_MAX)
		x += W(H_LETTER_TITLE);
	if (l->connective)
		x += W(H_CONNECTIVE);
	if (l->address)
		x += W(H_ADDRESS);
	if (l->repeat)
		x += W(H_REPEAT);
	/* (A line between blank lines on a page that sets only some lines
	 * apart weighed +6 for a headline, W_H_BLANK: at 0 the tuning
	 * halves of stop 33 gained +0.0080 and the confirm halves too, at
	 * 9 they lost 0.0523: such a page sets its paragraphs apart as it
	 * does its titles, and the blank says nothing of which a line is.) */
	if (glued(s, l, next))
		x += W(H_GLUED);
	if (l->note && after_sentence(s, l))
		x += W(H_NOTE);
	return x;
}

/* The line's own evidence for opening a paragraph. */
static double
emit_start(const struct seg *s, const struct seg_line *l)
{
	double x = 0;

	if (indented_para(s, l))
		x += W(S_INDENT);
	/* (not where the page opens its paragraphs on full lines: there a
	 * line short by an indent's cells is a paragraph's line short of a
	 * mark or a wide digit, 38 of 42 cells, or a title's) */
	if (!l->perline && !l->final && !s->firsts_full &&
	    l->cw >= l->col - FULL_TOL - INDENT_CELLS && l->cw <= l->col - 2)
		x += W(S_INDENT_WIDTH);
	if (seg_no_line_opens(l->first))
		x += W(S_CLOSING);
	return x;
}

/* A line of this many characters or more holds a punctuation mark in
 * body text more often than not (a comma every dozen characters). */
#define BARE_MIN_CHARS 8

/* Whether line l holds no punctuation mark at all, long as it is: two
 * such lines in a row are a headline set in a narrow column (锚定目标任务
 * 奋力冲刺全年 / 全市巩固拓展脱贫攻坚成 / …) more likely than body. */
static int
bare(const struct seg_line *l)
{
	return l->nch >= BARE_MIN_CHARS && l->commas == 0 && !l->inner &&
	    !l->mid && !l->final;
}

/* What the break between two lines says whatever their labels, found
 * once a break (the line DP weighs each break under several labels). */
struct brk {
	int inside;          /* seg_starts_inside(b) */
	int reads_on;        /* seg_reads_on(s, a, b) */
	int ends;            /* may_end(a): asked under six pairs of labels */
	double cont[2];      /* continues(), a_first 0 and 1 */
	int set_in;          /* set_in(b, the line after b), after a
	                        sentence's end (a->final) */
	int wrap_clauses;    /* wrap_clauses(a, b) */
	int item;            /* b->item_open: an item of a list may open */
};

static int may_end(const struct seg_line *a);
static void continues(const struct seg *s, const struct seg_line *a,
    const struct seg_line *b, const struct brk *k, double *x);

/* The clauses a sentence wrapped from a onto b holds beyond those each
 * line holds alone (W_H_CLAUSES weighs those): the commas inside a and b
 * after the first. None where a ends its sentence. The comma a ends on
 * is not counted: a headline breaks its lines at a pause (“一老一小”， /
 * 是家事，也是城事), a paragraph wraps at the measure, mid-phrase, with
 * its commas inside the lines. */
static int
wrap_clauses(const struct seg_line *a, const struct seg_line *b)
{
	int joined, alone;

	if (a->final || a->colon)
		return 0;
	joined = a->commas + b->commas;
	alone = (a->commas > 1 ? a->commas - 1 : 0) +
	    (b->commas > 1 ? b->commas - 1 : 0);
	return joined - 1 - alone > 0 ? joined - 1 - alone : 0;
}

/* Whether l stops mid-sentence with room left for the first character
 * of the line after it, the text going on there: a wrapped line is
 * filled to its measure, so l was set to a shorter one, a paragraph's
 * first line set in by its indent (or a heading's). The room is also
 * asked against the line after, a Han character narrower than it in
 * every width metric: where punctuation is set half width, a line of
 * two commas counted full width looks two cells short of the column
 * (过去，村民们大多自产自销，规 / 模小、效益低。近年来，镇里引进). */
static int
set_in(const struct seg_line *l, const struct seg_line *next)
{
	int m;

	if (next == NULL || l->perline || l->final ||
	    next->perline || !clean_is_han(next->first) ||
	    seg_starts_inside(next) ||
	    l->cw < l->col - FULL_TOL - INDENT_CELLS ||
	    l->col - l->cw < HAN_CELLS)
		return 0;
	for (m = 0; m < NMETRIC; m++)
		if (next->w[m] - l->w[m] < HAN_CELLS)
			return 0;
	return 1;
}

static void
brk_of(const struct seg *s, const struct seg_line *a,
    const struct seg_line *b, const struct seg_line *c, struct brk *k)
{
	k->set_in = a->final && set_in(b, c);
	k->inside = seg_starts_inside(b);
	k->reads_on = seg_reads_on(s, a, b);
	/* A list's item needs no stop before the next numbered one (一、…
	 * （方山县） / 二、…): read as one paragraph unfinished, a notice's
	 * list of names or items set one a line ran on as one paragraph. */
	k->ends = may_end(a) || b->clause;
	/* (a list's item ends no sentence: the next item may open a
	 * paragraph after it without the unfinished one's cost) */
	k->item = b->item_open;
	continues(s, a, b, k, k->cont);
	k->wrap_clauses = wrap_clauses(a, b);
}

/* Evidence that the break k between a and b is inside a paragraph:
 * x[1] where a is the paragraph's first line (it may be indented), x[0]
 * where it is not. (Both in one walk: they differ only in a's fullness,
 * and each is summed in the same order as alone.) */
static void
continues(const struct seg *s, const struct seg_line *a,
    const struct seg_line *b, const struct brk *k, double *x)
{
	double f[2];
	/* (a bracketed note is whole: the text after it is another's) */
	int unfinished = !a->final && !a->note &&
	    !(a->colon && (a->perline || !full(a)));
	int i, col = b->cw > a->col + FULL_TOL ? b->cw : a->col;
	/* A short line stopping mid-sentence ends its paragraph (its
	 * column's foot cut it); a dateline alone on its line (本报讯)
	 * stops short of its reporters and goes on with them. */
	double short_open = a->kind == L_DATELINE ? 0 : W(CONT_SHORT_OPEN);

	/* A column is at least as wide as the lines it holds: where b is
	 * wider than a's column by more than a mark moves, a is full only
	 * against b (two short lines that agree on a width are no column
	 * when the text after them is far wider). */
	for (i = 0; i < 2; i++) {
		f[i] = fullness(a, i, col);
		x[i] = 0;
	}
#define ADD(v) do { x[0] += (v); x[1] += (v); } while (0)
	if (a->perline) {
		/* One paragraph a line: a paragraph goes on over a cut only
		 * where a column jump cut it, rarely after a short line. (A
		 * sentence ended had a weight of its own, -12; at 0 not one
		 * page changed: the line's other evidence ends it.) */
		if (unfinished)
			ADD(W(CONT_UNFINISHED));
		if (!a->final && a->nch <= HEAD_MAX_CHARS)
			ADD(short_open * (a->nch * 2 <= HEAD_MAX_CHARS ?
			    1 : 0.5));
	} else if (unfinished) {
		/* Inside a paragraph of wrapped text, only the last line is
		 * short: a short line that stops mid-sentence goes on
		 * nowhere. */
		for (i = 0; i < 2; i++)
			x[i] += W(CONT_UNFINISHED) + f[i] * W(CONT_FULL) +
			    (1 - f[i]) * short_open;
	} else {
		for (i = 0; i < 2; i++)
			x[i] += f[i] * W(CONT_FULL) + (1 - f[i]) * W(CONT_SHORT_END);
		/* Room for b's first character left on a: the typesetter
		 * would have put it there, had the paragraph gone on (not
		 * so for a character pushed down with the mark after it:
		 * k->inside; nor after a closing quote, 1 or 2 cells, where
		 * a speaker's words often go on). A first line may be
		 * short by its indent. */
		if (clean_is_han(b->first) && !k->inside && a->last != 0x201D)
			for (i = 0; i < 2; i++)
				if (col - a->cw - (i ? INDENT_CELLS : 0) >= HAN_CELLS)
					x[i] += f[i] * W(CONT_ROOM);
	}
	if (s->blanks_selective && b->blank_before)
		ADD(W(CONT_BLANK));
	if (b->item_open)
		ADD(W(CONT_ITEM));
	/* (本报讯 / （记者 赵敏）…: a dateline cut before its reporters
	 * goes on with them) */
	if (b->kind == L_DATELINE && !(a->kind == L_DATELINE &&
	    (seg_ends(a->text, "讯") || seg_ends(a->text, "电"))))
		ADD(W(CONT_DATELINE));
	if (k->reads_on)
		ADD(W(CONT_READS_ON));
	if (a->mark)
		ADD(W(CONT_MARK));
	if (b->turn && a->final)
		ADD(W(CONT_TURN));
	if (b->lead && !a->final)
		ADD(W(CONT_LEAD));
	if (bare(a) && bare(b))
		ADD(W(CONT_BARE));
	if (k->set_in)
		ADD(W(CONT_SET_IN));
	if ((b->clause || b->kind == L_NUMHEAD) &&
	    (a->final || a->colon || ends_clause(a)))
		ADD(W(CONT_CLAUSE));
#undef ADD
}

/* Whether a paragraph may end after line a without penalty (a text's
 * frame, its hearers or a notice's number, is a line of its own). */
static int
may_end(const struct seg_line *a)
{
	return a->final || a->note || (a->colon && (a->perline || !full(a))) ||
	    a->kind == L_SOURCE || a->kind == L_SIGNOFF || a->address;
}

int
seg_ends_on_pause(const struct seg_line *l)
{
	return l->last == 0xFF0C || l->last == 0x3001 || l->last == ',';
}

/* A line of this many characters or fewer ending a sentence is a
 * sentence's wrapped end (万吨。, 产量1.2万吨。), no paragraph of its
 * own under a headline (W_H_STUB_UNDER). 4 / 8 / 12 on t1..t5 of stop
 * 38: sum +0.0017 / +0.0031 / +0.0022 (12 cuts real short paragraphs). */
#define STUB_PARA_MAX 8

/* Whether l, opening a paragraph, is a stub ending its sentence. */
static int
stub_para(const struct seg_line *l)
{
	return l->final && l->nch <= STUB_PARA_MAX && !l->address;
}

/* Score of label b on line cur after label a on line prev (NULL at the
 * page's start), across break k. */
static inline double
transition(const struct seg_line *prev, int a,
    const struct seg_line *cur, int b, const struct brk *k)
{
	if (prev == NULL)
		return b == LB_CONT ? NEVER : b == LB_HEAD ? W(H_PRIOR) : 0;
	if (b == LB_CONT) {
		if (a == LB_HEAD || a == LB_OTHER)
			return NEVER;
		return k->cont[a == LB_START];
	}
	if (a == LB_START || a == LB_CONT) {
		double x = b == LB_HEAD ? W(H_PRIOR) : 0;
		/* (an answer right under its question: asks()) */
		if (b == LB_HEAD && cur->turn && !cur->qa && asks(prev))
			x += W(H_ANSWER);
		if (k->ends)
			return x;
		if (b != LB_HEAD)
			return x + (k->item ? 0 : W(PARA_UNFINISHED));
		x += W(H_AFTER_OPEN);
		/* A byline never follows a sentence cut off. */
		if (cur->kind == L_BYLINE || cur->name)
			x += W(H_BYLINE_OPEN);
		return x;
	}
	if (a == LB_OTHER && b == LB_HEAD)
		return W(H_PRIOR);
	if (a == LB_HEAD && b == LB_HEAD && k->wrap_clauses > 0)
		return W(H_WRAP_CLAUSES) * k->wrap_clauses;
	if (a == LB_HEAD && b == LB_START)
		return (k->reads_on ? W(H_READS_ON) : 0) +
		    (stub_para(cur) ? W(H_STUB_UNDER) : 0) +
		    (k->inside || seg_binds_on(prev->last) ? W(H_OPEN_END) : 0) +
		    (seg_ends_on_pause(prev) ? W(H_COMMA_END) : 0);
	return 0;
}

/* The line's own score for each label; NEVER where the lexicon forbids. */
static void
emissions(const struct seg *s, const struct seg_line *l,
    const struct seg_line *next, double *e)
{
	e[LB_START] = emit_start(s, l);
	e[LB_CONT] = 0;
	e[LB_HEAD] = emit_head(s, l, next);
	e[LB_OTHER] = NEVER;
	/* A closing mark the column pushed onto a line of its own (”, 。”)
	 * ends the sentence above: no headline is made of it. */
	if (l->nch <= CLOSING_STUB && (clean_is_closing(l->first) ||
	    clean_is_final(l->first)))
		e[LB_HEAD] = NEVER;
	switch (l->kind) {
	case L_CREDIT:
	case L_PHOTOCREDIT:
		e[LB_START] = e[LB_CONT] = e[LB_HEAD] = NEVER;
		e[LB_OTHER] = 0;
		break;
	case L_SOURCE:
	case L_SIGNOFF:
		e[LB_CONT] = e[LB_HEAD] = NEVER;
		break;
	default:
		break;
	}
	/* (the rest of a wrapped signature, 等十一人 under 临县 农民工
	 * 刘拴柱: the signature's paragraph goes on, and ends there) */
	if (l->sigwrap) {
		e[LB_CONT] = 0;
		e[LB_START] = e[LB_HEAD] = NEVER;
	}
}

/* Whether line l of a list run whose widest line is wmax cells stops
 * short as an item does, by more than ITEM_SHORT_CELLS, no sentence ended
 * (a paragraph's wrapped lines come within a character or two of the
 * run's measure, however the column model reads it). */
static int
item_short(const struct seg_line *l, int wmax)
{
	return !l->final && l->cw < wmax - ITEM_SHORT_CELLS;
}

/* The lines of a list run (seg_line.item): after a lead-in, a text line
 * that ends with a colon (…评出获奖歌手如下：), the lines that follow up
 * to the first that ends a sentence,
 * or up to a line of another kind (a date, a source), or
 * LIST_RUN_LINES. (A doubled line, set bold, goes on with the run: a
 * list's group labels are so set, 金奖, 铜奖.) A run where fewer than
 * LIST_MIN_ITEMS lines stop short of its widest is a paragraph's
 * wrapped text (同志们： and a speech's first paragraph) or a label's
 * value (联系电话： / its number), no list. Such items (刘翠莲（临县）
 * 《…》, 黑色双肩背包一个，内有…（3月2日拾于…）) end no sentence, and
 * each is a paragraph of its own. (The lead-in had to stop short of its
 * column too; one whose colon falls on the column's last cell, or one
 * the column model reads against too narrow a column (a notice boxed
 * apart, …名单予以公示： over its names), opened no list, and the items
 * read as headlines cut the notice's tail off as a stray article. The
 * items' shape is the evidence: without that test the tuning halves t1
 * +0.0038, t3 +0.0005, t4 +0.0019, t2 and t5 +0; confirm +0, +0.) */
static void
mark_list_runs(struct seg *s, const size_t *idx, size_t n)
{
	size_t k, j, end;
	int wmax, shorts;

	for (k = 0; k + 1 < n; k++) {
		const struct seg_line *a = &s->l[idx[k]];
		if (!a->colon || a->kind != L_TEXT || a->doubled)
			continue;
		wmax = 0;
		for (end = k + 1; end < n && end <= k + LIST_RUN_LINES; end++) {
			const struct seg_line *b = &s->l[idx[end]];
			if (b->kind != L_TEXT || b->colon)
				break;
			if (b->cw > wmax)
				wmax = b->cw;
			if (b->final) {
				end++;
				break;
			}
		}
		/* The run's own measure is its widest line (the column
		 * model may not know a box's): a list's items stop short
		 * of it and of the column, a paragraph's wrapped lines
		 * fill one of them. */
		shorts = 0;
		for (j = k + 1; j + 1 < end; j++)
			shorts += item_short(&s->l[idx[j]], wmax);
		if (shorts < LIST_MIN_ITEMS)
			continue;
		for (j = k + 1; j < end; j++) {
			s->l[idx[j]].item = 1;
			s->l[idx[j]].item_open = j > k + 1 &&
			    item_short(&s->l[idx[j - 1]], wmax);
		}
	}
}

/* Lines i..j-1 (labelled START then CONT) are a title of a headline
 * block read as a sentence: a phrase of at most GATHERED_WRAP_LINES lines
 * that tells no sentence (no 。 in it or at its end, no continuation
 * mark: 老旧小区的物业，谁来管、怎么管？, or a title's ？ wrapped alone),
 * with a headline line right before and right after it, and after it
 * either no paragraph line to the page's end (the headlines gathered
 * there) or a byline among the headline lines that follow (a block
 * closed by its byline, the text under it). A sentence left alone
 * between a heading and the text goes on into paragraphs with no byline
 * between; a list's items between its labels (金奖 / names / 银奖) have
 * none either. */
static int
block_title(const struct seg *s, size_t i, size_t j)
{
	size_t k, n = 0;

	for (k = i; k < j; k++) {
		const struct seg_line *l = &s->l[k];
		if (l->gone)
			continue;
		if (l->kind != L_TEXT || l->inner_full || l->note ||
		    l->address || l->mark || seg_ends(l->text, "。") ||
		    (n > 0) != (l->label == LB_CONT))
			return 0;
		n++;
	}
	if (n == 0 || n > GATHERED_WRAP_LINES)
		return 0;
	for (k = i; k-- > 0 && s->l[k].gone;)
		;
	if (k == (size_t)-1 || s->l[k].label != LB_HEAD)
		return 0;
	for (k = j; k < s->nl && s->l[k].gone; k++)
		;
	if (k == s->nl || s->l[k].label != LB_HEAD)
		return 0;
	for (; k < s->nl && (s->l[k].gone || s->l[k].label == LB_HEAD); k++)
		if (!s->l[k].gone && s->l[k].kind == L_BYLINE)
			return 1;
	for (; k < s->nl; k++)
		if (!s->l[k].gone && (s->l[k].label == LB_START ||
		    s->l[k].label == LB_CONT))
			return 0;
	return 1;
}

/* Titles of headline blocks read as a paragraph go back to their block
 * (W_I_GATHERED_TITLE): the last step of the labels, after the Viterbi
 * pass, for it reads the labels of the lines around and after a title
 * (a headline line on each side, a byline among those after, or no
 * paragraph line to the page's end). */
void
seg_join_gathered_titles(struct seg *s)
{
	size_t i, j;

	if (seg_w[W_I_GATHERED_TITLE] <= 0)
		return;
	for (i = 0; i < s->nl; i = j) {
		j = i + 1;
		if (s->l[i].gone || s->l[i].label != LB_START)
			continue;
		while (j < s->nl && (s->l[j].gone || s->l[j].label == LB_CONT))
			j++;
		if (block_title(s, i, j))
			for (; i < j; i++)
				if (!s->l[i].gone)
					s->l[i].label = LB_HEAD;
	}
}

void
seg_label_lines(struct seg *s)
{
	size_t n = 0, i, k, *idx = xreallocarray(NULL, s->nl + 1, sizeof *idx);
	double (*best)[NLABEL];
	unsigned char (*from)[NLABEL];
	int b, cur;

	page_evidence(s);
	for (i = 0; i < s->nl; i++)
		if (!s->l[i].gone)
			idx[n++] = i;
	if (n == 0) {
		free(idx);
		return;
	}
	mark_list_runs(s, idx, n);
	best = xreallocarray(NULL, n, sizeof *best);
	from = xreallocarray(NULL, n, sizeof *from);
	for (k = 0; k < n; k++) {
		const struct seg_line *l = &s->l[idx[k]];
		const struct seg_line *prev = k > 0 ? &s->l[idx[k - 1]] : NULL;
		const struct seg_line *next = k + 1 < n ? &s->l[idx[k + 1]] : NULL;
		double e[NLABEL];
		struct brk bk = { 0, 0, 0, { 0, 0 }, 0, 0, 0 };
		double t[NLABEL][NLABEL];
		emissions(s, l, next, e);
		/* The first line (prev NULL): no label before it, no
		 * transition to weigh. Taken first, so that every line
		 * after it has its t written before it is read (asked
		 * after, at -O3 -flto the compiler could not tell:
		 * -Wmaybe-uninitialized). */
		if (k == 0) {
			for (b = 0; b < NLABEL; b++) {
				best[k][b] = transition(NULL, 0, l, b, &bk) + e[b];
				from[k][b] = 0;
			}
			continue;
		}
		{
			brk_of(s, prev, l, next, &bk);
			/* (each pair of labels written out: the transition
			 * folds to its few tests for each, where a loop over
			 * the labels took every test for all sixteen) */
#define T(a, b) t[a][b] = transition(prev, a, l, b, &bk)
			T(LB_START, LB_START); T(LB_START, LB_CONT);
			T(LB_START, LB_HEAD); T(LB_START, LB_OTHER);
			T(LB_CONT, LB_START); T(LB_CONT, LB_CONT);
			T(LB_CONT, LB_HEAD); T(LB_CONT, LB_OTHER);
			T(LB_HEAD, LB_START); T(LB_HEAD, LB_CONT);
			T(LB_HEAD, LB_HEAD); T(LB_HEAD, LB_OTHER);
			T(LB_OTHER, LB_START); T(LB_OTHER, LB_CONT);
			T(LB_OTHER, LB_HEAD); T(LB_OTHER, LB_OTHER);
#undef T
		}
		/* (the four labels before each written out, the first
		 * greatest kept as the loop over them kept it, where the
		 * loop, its test of k inside, ran for every line) */
		for (b = 0; b < NLABEL; b++) {
			const double *p = best[k - 1];
			double v[NLABEL], top = NEVER * 4;
			int arg = 0;
			v[0] = p[0] + t[0][b];
			v[1] = p[1] + t[1][b];
			v[2] = p[2] + t[2][b];
			v[3] = p[3] + t[3][b];
			if (v[0] > top) {
				top = v[0];
				arg = 0;
			}
			if (v[1] > top) {
				top = v[1];
				arg = 1;
			}
			if (v[2] > top) {
				top = v[2];
				arg = 2;
			}
			if (v[3] > top) {
				top = v[3];
				arg = 3;
			}
			best[k][b] = top + e[b];
			from[k][b] = (unsigned char)arg;
		}
	}
	/* The page ends a paragraph too. */
	if (!may_end(&s->l[idx[n - 1]])) {
		best[n - 1][LB_START] += W(PARA_UNFINISHED);
		best[n - 1][LB_CONT] += W(PARA_UNFINISHED);
	}
	cur = 0;
	for (b = 1; b < NLABEL; b++)
		if (best[n - 1][b] > best[n - 1][cur])
			cur = b;
	for (k = n; k-- > 0;) {
		s->l[idx[k]].label = (enum llabel)cur;
		cur = from[k][cur];
	}
	free(best);
	free(from);
	free(idx);
	seg_join_gathered_titles(s);
}

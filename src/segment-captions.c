/*
 * segment-captions.c: photo captions (SPEC import 5). A caption is set in
 * its own lines wherever the picture stands, often in the middle of a
 * sentence of the body. It runs from 图为 (or another caption word) to its
 * credit (记者 X 摄) when the credit ends the same run of text or stands
 * alone on the next line; otherwise to its first sentence end. A caption
 * without a caption word is known by its credit alone: it is the sentence
 * or two before the credit. Captions are lifted out of the lines, so the
 * sentence they cut reads on in the stages after.
 */
#include <stdlib.h>
#include <string.h>

#include "lreader/clean.h"
#include "lreader/util.h"
#include "segment-int.h"

/* A credit's second half, cut from the caption's line, is at most this
 * long: 邵文韬 摄）, or the rest of two roles and two names, 者 刘志宏
 * 通讯员 任晓光 摄 (15; 12 took those for a headline: 18 on seeds
 * 1-1500 +0.0001, four photo items' captions found). */
#define CREDIT_TAIL_CHARS 18
/* Characters a caption without a caption word may hold before its
 * credit: a sentence or two, however narrow the column it is set in. */
#define BARE_CAPTION_CHARS 75

/* Put what follows the first sentence of buf back as the text of line j
 * (the caption ends there). */
static void
cut_first_sentence(struct seg *s, char *buf, size_t j)
{
	size_t e = seg_first_sentence_end(buf);
	char *t;

	if (e == 0 || buf[e] == '\0')
		return;
	t = buf + e + strspn(buf + e, " ");
	s->l[j].text = seg_text(s, t, strlen(t), 0);
	buf[e] = '\0';
	s->l[j].gone = 0;
	s->l[j].doubled = 0;
	seg_line_features(&s->l[j]);
}

static void
add_caption(struct seg *s, char *text, char *credit, size_t from, size_t at)
{
	struct seg_caption *cp;

	s->cap = xreallocarray(s->cap, s->ncap + 1, sizeof *s->cap);
	cp = &s->cap[s->ncap++];
	cp->text = text;
	cp->credit = credit;
	cp->at = at;
	cp->from = from;
}

/* The credit that buf joined with line k would end with (a credit cut
 * over two lines: 记 / 者 陈涛 摄), or NULL; *joined gets the text. */
static char *
credit_across(const struct seg *s, const char *buf, size_t k, char **joined)
{
	char *t, *credit;

	if (k >= s->nl || s->l[k].nch > 12 || (s->l[k].kind != L_TEXT &&
	    s->l[k].kind != L_PHOTOCREDIT && s->l[k].kind != L_BYLINE))
		return NULL;
	t = clean_join(buf, s->l[k].text);
	if ((credit = seg_split_credit(t)) != NULL &&
	    utf8_count(credit) > (size_t)s->l[k].nch) {
		*joined = t;
		return credit;
	}
	free(credit);
	free(t);
	return NULL;
}

static int ends_with_credit(const struct seg *s, size_t i);

/* A caption of several sentences runs on past its first to its credit
 * (图为…展演。10月12日，该校…。 韩斌 摄): this many characters at
 * most after the first sentence, a picture's story told in two or three. */
#define CAPTION_MORE_CHARS 120

static int credit_begun(const struct seg_line *a, const struct seg_line *b);
static int credit_second_half(const struct seg *s, size_t p, size_t i);

/*
 * The line from k on that ends the caption's run with its credit, when no
 * line before it ends a sentence or opens an indented paragraph and the
 * run holds at most CAPTION_MORE_CHARS characters; or (size_t)-1 (the
 * text after the first sentence is the body the picture cut). The credit
 * may stand on the line after the run's last, alone (…改善。 / 记者 X 摄)
 * or its second half (…改善。通讯员 任 / 佳琪 摄): a credit line closes
 * the caption printed over it, as it does a caption of one sentence.
 */
static size_t
credit_run_end(const struct seg *s, size_t k)
{
	int n = 0;
	size_t nx;

	for (; k < s->nl; k = seg_next_line(s, k)) {
		const struct seg_line *l = &s->l[k];
		if (l->kind != L_TEXT || l->indent > 0 ||
		    (n += l->nch) > CAPTION_MORE_CHARS)
			return (size_t)-1;
		if (ends_with_credit(s, k))
			return k;
		nx = seg_next_line(s, k);
		if (nx < s->nl && s->l[nx].kind == L_PHOTOCREDIT &&
		    (l->final || credit_begun(l, &s->l[nx])))
			return nx;
		/* A credit cut before its last word or inside its name
		 * closes the run as a whole one does: …陶冶情操。 韩斌 /
		 * 摄, …改善。（通讯员 任佳 / 琪 摄） (without it the
		 * caption stops at its first sentence and the rest reads
		 * as a second caption, a picture of its own). */
		if (nx < s->nl && credit_second_half(s, k, nx))
			return nx;
		if (l->final)
			return (size_t)-1;
	}
	return (size_t)-1;
}

/* Caption text a joined with the credit half b on the line after it:
 * 摄 alone follows the name after a space (高志勇 / 摄). */
static char *
join_credit_half(const char *a, const char *b)
{
	return strcmp(b, "摄") == 0 ? xasprintf("%s 摄", a) : clean_join(a, b);
}

/* buf joined with lines k to e, each then gone; frees buf. */
static char *
join_lines(struct seg *s, char *buf, size_t k, size_t e)
{
	char *t;

	for (; k <= e && k < s->nl; k = seg_next_line(s, k)) {
		t = join_credit_half(buf, s->l[k].text);
		free(buf);
		buf = t;
		s->l[k].gone = 1;
	}
	return buf;
}

/* The caption in *buf taken on over lines k to the end of their run
 * where the run ends with a credit (credit_run_end): the credit split
 * off into *credit, *j its last line; 0 (nothing taken) where it does
 * not. (Both ways a caption is taken past its first sentence.) */
static int
run_to_credit(struct seg *s, char **buf, char **credit, size_t *j, size_t k)
{
	size_t e = credit_run_end(s, k);

	if (e == (size_t)-1)
		return 0;
	*buf = join_lines(s, *buf, k, e);
	*credit = seg_split_credit(*buf);
	*j = e;
	return 1;
}

/* A caption starting at line i with a caption word. */
static void
gather_caption(struct seg *s, size_t i)
{
	char *buf = xstrdup(s->l[i].text), *credit = NULL, *t;
	size_t j = i, k;
	int joined = 0;

	s->l[i].gone = 1;
	for (;;) {
		if ((credit = seg_split_credit(buf)) != NULL)
			break;
		k = seg_next_line(s, j);
		if ((credit = credit_across(s, buf, k, &t)) != NULL) {
			free(buf);
			buf = t;
			s->l[k].gone = 1;
			j = k;
			break;
		}
		if (clean_ends_sentence(buf)) {
			if (k < s->nl && s->l[k].kind == L_PHOTOCREDIT) {
				credit = seg_photo_credit_text(s->l[k].text);
				s->l[k].gone = 1;
				j = k;
			} else if (!run_to_credit(s, &buf, &credit, &j, k))
				cut_first_sentence(s, buf, j);
			break;
		}
		if (k >= s->nl || s->l[k].kind != L_TEXT) {
			cut_first_sentence(s, buf, j);
			break;
		}
		if (++joined > CAPTION_MAX_LINES) {
			/* A narrow column sets a caption of two or three
			 * sentences in more lines: one whose run still ends
			 * with its credit within CAPTION_MORE_CHARS is whole
			 * (图为…展演。10月12日,该校… in a column of 13, its
			 * later sentences read as a report of their own). */
			if (!run_to_credit(s, &buf, &credit, &j, k))
				cut_first_sentence(s, buf, j);
			break;
		}
		t = clean_join(buf, s->l[k].text);
		free(buf);
		buf = t;
		s->l[k].gone = 1;
		j = k;
	}
	add_caption(s, buf, credit, i, s->l[j].gone ? seg_next_line(s, j) : j);
}

/* Whether line a, unindented, is narrower than line b after it by more
 * than a mark moves: a line wrapped into the next is as wide as its
 * column, so a is no line of b's text (a headline set over a caption). */
static int
narrower_than_next(const struct seg_line *a, const struct seg_line *b)
{
	return a->indent == 0 && a->cw + FULL_TOL < b->cw;
}

/* Whether line a is wider than line b after it by more than a mark
 * moves, b wrapped (not its text's last line): b is as wide as its
 * column, and no line of the same text is wider (a headline set over a
 * caption, wider than the caption's narrow column). */
static int
wider_than_wrapped(const struct seg_line *a, const struct seg_line *b)
{
	return a->cw > b->cw + FULL_TOL;
}

/*
 * A caption with no caption word, ending at line e with its credit (on
 * line e itself, or on line e + 1 when that holds the credit alone). It
 * starts after the nearest sentence end before it, at most
 * BARE_CAPTION_CHARS characters up.
 */
static void
bare_caption(struct seg *s, size_t e, size_t credit_line)
{
	size_t k = e, p, n = (size_t)s->l[e].nch;
	char *buf, *credit = NULL, *t;

	while ((p = seg_prev_line(s, k)) != (size_t)-1 &&
	    n + (size_t)s->l[p].nch <= BARE_CAPTION_CHARS &&
	    !s->l[p].final && s->l[p].kind == L_TEXT &&
	    !narrower_than_next(&s->l[p], &s->l[k]) &&
	    (k == e || !wider_than_wrapped(&s->l[p], &s->l[k])) &&
	    /* (a line printed bold over one that is not is no line of
	     * its text, nor the other way) */
	    s->l[p].doubled == s->l[k].doubled) {
		k = p;
		n += (size_t)s->l[p].nch;
	}
	buf = xstrdup(s->l[k].text);
	s->l[k].gone = 1;
	buf = join_lines(s, buf, seg_next_line(s, k), e);
	if (credit_line != e) {
		/* The credit alone, or begun on the caption's last line
		 * (…动作。记者 / 宋伟 摄). */
		t = join_credit_half(buf, s->l[credit_line].text);
		credit = seg_split_credit(t);
		/* (begun on the caption's line: the text before the credit
		 * is shorter than the caption's lines, as credit_begun) */
		if (credit != NULL && strlen(t) < strlen(buf)) {
			free(buf);
			buf = t;
		} else {
			free(credit);
			free(t);
			credit = seg_photo_credit_text(s->l[credit_line].text);
		}
		s->l[credit_line].gone = 1;
	} else {
		credit = seg_split_credit(buf);
	}
	add_caption(s, buf, credit, k, seg_next_line(s, credit_line));
}

/*
 * Whether the line after line i opens with 影 and reads on: the word
 * 摄影 (摄影师, 摄影展) cut by the column, line i's 摄 no credit's
 * (…两个同学。在西安做过摄 / 影的高宇负责拍短视频). A credit's 摄影
 * cut so leaves 影 alone, or its bracket, on the next line.
 */
static int
photo_word_cut(const struct seg *s, size_t i)
{
	size_t nx = seg_next_line(s, i);

	return nx < s->nl && seg_starts(s->l[nx].text, "影") &&
	    s->l[nx].nch > 2;
}

/* Whether line i's text ends with a photo credit after some text. */
static int
ends_with_credit(const struct seg *s, size_t li)
{
	const struct seg_line *l = &s->l[li];
#define CREDIT_END(x) { x, sizeof x - 1 }
	static const struct { const char *s; size_t n; } ends[] = {
	    CREDIT_END("摄"), CREDIT_END("摄）"), CREDIT_END("摄)"),
	    CREDIT_END("摄影"), CREDIT_END("摄影）"), CREDIT_END("摄影)"),
	    CREDIT_END("供图"), CREDIT_END("供图）"),
	    CREDIT_END("新华社发") };
#undef CREDIT_END
/* The last bytes of the ends above but ')', a bit each at byte - 0x80
 * (摄 84, ） 89, 影 B1, 图 BE, 发 91): an end added there adds its last
 * byte here. */
#define CREDIT_LAST_BYTES ((1ULL << (0x84 - 0x80)) | (1ULL << (0x89 - 0x80)) | \
	(1ULL << (0xB1 - 0x80)) | (1ULL << (0xBE - 0x80)) | (1ULL << (0x91 - 0x80)))
	char *t;
	char *c;
	size_t n = l->len, i;
	int r;

	/* (seg_ends, with the line's length taken once and the ends'
	 * lengths known, their last byte compared first: every line; and
	 * before them all, the line's last byte against the ends' last
	 * bytes -- 摄 影 图 发 ） ) -- which turns most lines away at once,
	 * where the tests of the ends cost a line about ninety
	 * instructions when they were seven) */
	if (n == 0 || (l->text[n - 1] != ')' &&
	    ((unsigned char)l->text[n - 1] < 0x80 ||
	    (unsigned char)l->text[n - 1] >= 0xC0 ||
	    !(CREDIT_LAST_BYTES >> ((unsigned char)l->text[n - 1] - 0x80) & 1))))
		return 0;
	for (i = 0; i < sizeof ends / sizeof ends[0]; i++)
		if (n >= ends[i].n && l->text[n - 1] == ends[i].s[ends[i].n - 1] &&
		    memcmp(l->text + n - ends[i].n, ends[i].s, ends[i].n) == 0)
			break;
	if (i == sizeof ends / sizeof ends[0] ||
	    (i == 0 /* 摄 */ && photo_word_cut(s, li)))
		return 0;
	t = xstrdup(l->text);
	c = seg_split_credit(t);
	r = c != NULL && *t != '\0';
	free(c);
	free(t);
	return r;
#undef CREDIT_LAST_BYTES
}

/* Whether t ends as a bracketed photo credit does (摄）, 摄): a bare
 * …摄 line after a cut is as often a caption's own end), or with a
 * credit's last word (摄, 摄影): a credit's second half. n is t's
 * length, the line's len (ends_with_credit's too), not counted again. */
static int
credit_word_at_end(const char *t, size_t n)
{
	static const struct { const char *s; size_t n; } ends[] = {
		{ "摄）", sizeof "摄）" - 1 }, { "摄)", sizeof "摄)" - 1 },
		{ "摄", sizeof "摄" - 1 }, { "摄影", sizeof "摄影" - 1 } };
	size_t i;
	unsigned char b = n > 0 ? (unsigned char)t[n - 1] : 0;

	/* (asked of every short text line: the last byte, of ） ) 摄 影
	 * (89, 29, 84, B1), turns most away, where four seg_ends took the
	 * line's length eight times: 20 M instructions on 200 archive
	 * pages, 2 % of segmenting them) */
	if (b != 0x89 && b != ')' && b != 0x84 && b != 0xB1)
		return 0;
	for (i = 0; i < sizeof ends / sizeof ends[0]; i++)
		if (n >= ends[i].n && memcmp(t + n - ends[i].n, ends[i].s,
		    ends[i].n) == 0)
			return 1;
	return 0;
}

/* Whether line a ends with the start of credit line b's credit and a
 * sentence before it: 动作。记者 / 宋伟 摄. */
static int
credit_begun(const struct seg_line *a, const struct seg_line *b)
{
	char *t = clean_join(a->text, b->text), *c = seg_split_credit(t);
	/* (the credit begins inside a when the text before it is shorter
	 * than a: …窗花。（通 / 讯员 霍建英 摄）, whose credit without its
	 * brackets is no longer than b's text) */
	int r = c != NULL && strlen(t) < strlen(a->text) &&
	    clean_ends_sentence(t);

	free(c);
	free(t);
	return r;
}

/* Whether line l may be a credit's second half by its own text: short,
 * ending with a credit's last word (the caption pass asks it first of
 * every line, before it looks for the line above). */
static int
credit_tail(const struct seg_line *l)
{
	return (l->kind == L_TEXT || l->kind == L_BYLINE) &&
	    l->nch <= CREDIT_TAIL_CHARS && credit_word_at_end(l->text, l->len);
}

/* Whether line p, a text line, begins after a sentence the credit that
 * line i (a credit_tail) ends. */
static int
credit_begun_above(const struct seg *s, size_t p, size_t i)
{
	return s->l[p].kind == L_TEXT && credit_begun(&s->l[p], &s->l[i]);
}

/* Whether line i, short and ending with a credit's last word, is the
 * second half of a credit begun on line p after a sentence: …回球。
 * （新华社记者 / 邵文韬 摄）, …教育。 记者 高志勇 / 摄. */
static int
credit_second_half(const struct seg *s, size_t p, size_t i)
{
	return credit_tail(&s->l[i]) && credit_begun_above(s, p, i);
}

/* Characters a caption without a caption word holds at most on the line
 * over its credit, a credit line alone or one cut inside a name: a
 * longer line is a paragraph's, the credit a picture's of its own. */
#define CAPTION_LINE_CHARS 120

/* The characters of the first word of s (up to a space). */
static size_t
first_word_chars(const char *s)
{
	const char *e = strchr(s, ' ');
	char *w = xstrndup(s, e != NULL ? (size_t)(e - s) : strlen(s));
	size_t n = utf8_count(w);

	free(w);
	return n;
}

/*
 * Whether photo credit line i is the second half of a credit cut inside a
 * name (本报记者 刘志宏 通讯员 任 / 晓光 摄), its first half read as a
 * byline on a line of its own, with a sentence ending the line before
 * that (the caption's). The two halves joined are a credit and one of the
 * name's parts is a single character (two names of two, 记者 张丽 / 王强
 * 摄, are a byline and a credit). Line i then holds the whole credit, its
 * first half is gone, and the caption's last line is returned; or
 * (size_t)-1.
 */
static size_t
credit_over_lines(struct seg *s, size_t i)
{
	size_t p = seg_prev_line(s, i), pp;
	const char *sp;
	char *t;
	int r;

	if (p == (size_t)-1 || (s->l[p].kind != L_BYLINE &&
	    s->l[p].kind != L_TEXT) || s->l[p].final ||
	    (pp = seg_prev_line(s, p)) == (size_t)-1 ||
	    s->l[pp].kind != L_TEXT || !s->l[pp].final ||
	    s->l[pp].nch > CAPTION_LINE_CHARS)
		return (size_t)-1;
	sp = strrchr(s->l[p].text, ' ');
	if (first_word_chars(s->l[i].text) != 1 &&
	    utf8_count(sp != NULL ? sp + 1 : s->l[p].text) != 1)
		return (size_t)-1;
	t = clean_join(s->l[p].text, s->l[i].text);
	if ((r = seg_is_photo_credit(t))) {
		/* (its len and nch measured again, as struct seg_line asks of a
		 * stage that changes a line's text: credit_tail and
		 * ends_with_credit read the line's end at len) */
		s->l[i].len = strlen(t);
		s->l[i].nch = (int)utf8_count(t);
		s->l[i].text = seg_text(s, t, s->l[i].len, 0);
		s->l[p].gone = 1;
	}
	free(t);
	return r ? pp : (size_t)-1;
}

/* Whether the page prints a byline that says its writer took the
 * pictures too (文/图 X): that article's captions may go without credit. */
static int
own_pictures(const struct seg *s)
{
	size_t i;

	for (i = 0; i < s->nl; i++)
		if (s->l[i].kind == L_BYLINE &&
		    seg_byline_takes_pictures(s->l[i].text))
			return 1;
	return 0;
}

/* Whether line l is wrapped at its column's width (a body line). */
static int
column_wrapped(const struct seg_line *l)
{
	return l->kind == L_TEXT && !l->final && l->cw + FULL_TOL >= l->col;
}

/* Whether line text t opens a turn of an interview: a question's label
 * (问：, 记者：), 答：, or the interviewee's name and colon. */
static int
turn_line(const char *t)
{
	return seg_opens_qa(t) || seg_starts(t, "答：") ||
	    seg_starts(t, "答:") || seg_speaker_len(t) > 0;
}

/*
 * A caption with neither caption word nor credit, under a 文/图 byline:
 * one sentence, flush, set apart from the body around it by its measure
 * -- wrapped narrower than the column, or one line wider than it -- with
 * a body line wrapped at the column next to it. Returns the caption's
 * first line for the sentence ending at line e, or (size_t)-1.
 */
static size_t
uncredited_caption(const struct seg *s, size_t e)
{
	size_t k = e, p, q;
	int n = s->l[e].nch;

	/* (a caption tells what the picture shows, a statement ending
	 * 。: a line ending ？ or ！ is a headline's or a quotation's,
	 * 突发心梗，“黄金120分钟”怎么抢？ set alone in a headline block) */
	if (s->l[e].kind != L_TEXT || !s->l[e].final || s->l[e].inner ||
	    !seg_ends_n(s->l[e].text, s->l[e].len, "。"))
		return (size_t)-1;
	while ((p = seg_prev_line(s, k)) != (size_t)-1 &&
	    s->l[p].kind == L_TEXT && !s->l[p].final && !s->l[p].inner &&
	    s->l[p].cw + FULL_TOL < s->l[p].col &&
	    (n += s->l[p].nch) <= BARE_CAPTION_CHARS)
		k = p;
	if (s->l[k].indent > 0 || (k == e && s->l[e].cw <= s->l[e].col + FULL_TOL))
		return (size_t)-1;
	/* An interview's turn (问：, 答：, 马秀英：) opens a paragraph of
	 * its text, however its lines fall: a page set without indents
	 * leaves an answer of one sentence wrapped short as this measure
	 * reads a caption. */
	if (turn_line(s->l[k].text))
		return (size_t)-1;
	p = seg_prev_line(s, k);
	q = seg_next_line(s, e);
	if (p == (size_t)-1 || q >= s->nl || s->l[q].kind != L_TEXT ||
	    s->l[p].kind != L_TEXT)
		return (size_t)-1;
	return column_wrapped(&s->l[p]) || column_wrapped(&s->l[q]) ? k : (size_t)-1;
}

void
seg_find_captions(struct seg *s)
{
	size_t i, p;

	for (i = 0; i < s->nl; i++)
		if (!s->l[i].gone && s->l[i].kind == L_CAPTION)
			gather_caption(s, i);
	for (i = 0; i < s->nl; i++) {
		struct seg_line *l = &s->l[i];
		if (l->gone)
			continue;
		if (l->kind == L_TEXT && ends_with_credit(s, i)) {
			bare_caption(s, i, i);
		} else if (l->kind == L_PHOTOCREDIT &&
		    (p = seg_prev_line(s, i)) != (size_t)-1 &&
		    s->l[p].kind == L_TEXT &&
		    s->l[p].nch <= CAPTION_LINE_CHARS &&
		    (s->l[p].final || credit_begun(&s->l[p], l))) {
			bare_caption(s, p, i);
		} else if (l->kind == L_PHOTOCREDIT &&
		    (p = credit_over_lines(s, i)) != (size_t)-1) {
			bare_caption(s, p, i);
		} else if (credit_tail(l) &&
		    (p = seg_prev_line(s, i)) != (size_t)-1 &&
		    credit_begun_above(s, p, i)) {
			/* A bracketed credit cut over two lines, its second
			 * half no credit alone: …回球。（新华社记者 / 邵文韬
			 * 摄）; or cut before its last word: …教育。 记者
			 * 高志勇 / 摄, …鼓劲。 王晓东 / 摄影 (摄影 alone
			 * reads as a byline's role). */
			bare_caption(s, p, i);
		}
	}
	if (own_pictures(s))
		for (i = 0; i < s->nl; i++) {
			size_t k;
			if (s->l[i].gone || (k = uncredited_caption(s, i)) == (size_t)-1)
				continue;
			s->l[k].gone = 1;
			add_caption(s, join_lines(s, xstrdup(s->l[k].text),
			    seg_next_line(s, k), i), NULL, k, seg_next_line(s, i));
		}
	/* In page order: the items are built walking the lines (two
	 * standing before the same line, as they were printed). */
	for (i = 1; i < s->ncap; i++)
		for (p = i; p > 0 && (s->cap[p - 1].at > s->cap[p].at ||
		    (s->cap[p - 1].at == s->cap[p].at &&
		    s->cap[p - 1].from > s->cap[p].from)); p--) {
			struct seg_caption t = s->cap[p];
			s->cap[p] = s->cap[p - 1];
			s->cap[p - 1] = t;
		}
}

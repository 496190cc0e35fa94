/*
 * segment-assemble.c: the page's articles from the runs the assignment
 * chose (SPEC import 5-6). Each run becomes an article with its
 * headline's fields, its paragraphs, the section headings and captions
 * inside it; credits after it join its byline; a caption standing alone is
 * a photo item with its lead-in; a teaser is a note; a headline that heads
 * nothing goes to the text before it (a note only on a page with no
 * text); series banners become kickers.
 */
#include <stdlib.h>
#include <string.h>

#include "lreader/clean.h"
#include "lreader/util.h"
#include "segment-int.h"

/* A photo's lead-in run is at most LEAD_IN_PARAS paragraphs and this
 * many characters. */
#define LEAD_IN_CHARS 240
/* Of a last paragraph's words, this share in the caption makes it the
 * caption's lead-in rather than its article's end. */
#define LEAD_IN_SHARE 0.25
/* ... or this many of them (a short lead-in names one or two: 游客),
 * sharing none with the paragraph before it. */
#define LEAD_IN_ALONE_SHARED 1
/* A caption fitting the text around it below this shares no more than a
 * stray word with it (apart_in_row). */
#define CAPTION_ALONE_FIT 0.05
/* A caption this short (code points) says what one picture shows (图为
 * 选手们从起点出发。); a photo item printed without a lead-in tells its
 * scene's when and where at more length (brief_caption). */
#define CAPTION_BRIEF_CHARS 30
/* Paragraphs over a two-paragraph lead-in that must share none of its
 * rare words (apart_pair_lead_in). */
#define LEAD_IN_ABOVE 2

struct placed {
	size_t pos;          /* item index it stands at */
	struct article *a;
};

struct out {
	struct placed *v;
	size_t n;
};

static void
put(struct out *o, size_t pos, struct article *a)
{
	o->v = xreallocarray(o->v, o->n + 1, sizeof *o->v);
	o->v[o->n].pos = pos;
	o->v[o->n++].a = a;
}

/* The run holding live paragraph p, or -1. */
static int
run_of(const struct seg *s, size_t p)
{
	size_t i;

	for (i = 0; i < s->na; i++)
		if (s->a[i].first <= p && p <= s->a[i].last)
			return (int)i;
	return -1;
}

/* The run of the nearest live paragraph before (d < 0) or after item i. */
static int
run_near(const struct seg *s, size_t i, int d)
{
	for (;;) {
		if ((d < 0 && i == 0) || (d > 0 && i + 1 >= s->nit))
			return -1;
		i += (size_t)d;
		if (s->it[i].kind == I_PARA && !s->it[i].dropped)
			return run_of(s, s->it[i].para);
		if (s->it[i].kind == I_BLOCK)
			return -1;
	}
}

/*
 * Whether a picture's caption, item i, stands between the headline of run r
 * and its text: printed under an article's headline, it is that article's.
 */
static int
under_headline(const struct seg *s, size_t i, int r)
{
	int h = r >= 0 ? s->a[r].head : -1;

	while (i-- > 0) {
		if (s->it[i].kind == I_BLOCK)
			return h >= 0 && s->h[h].item == i;
		if (s->it[i].kind == I_PARA && !s->it[i].dropped)
			return 0;
	}
	return 0;
}

static int
credit_matches(const char *credit, const char *byline)
{
	size_t n, k;
	char **v = seg_names(credit, &n);
	int r = 0;

	for (k = 0; k < n; k++) {
		char *t = v[k];
		size_t len = strlen(t);
		if (seg_ends(t, "摄"))
			t[len - strlen("摄")] = '\0';
		if (utf8_count(t) >= 2 && strstr(byline, t) != NULL)
			r = 1;
		free(v[k]);
	}
	free(v);
	return r;
}

/*
 * Whether a photo credit names a reporter the dateline opening run r names
 * (本报讯（记者 张瑞）… under 图为…。 记者 张瑞 摄): the reporter took
 * the picture of the report.
 */
static int
credit_in_dateline(const struct seg *s, const char *credit, int r)
{
	const struct seg_item *first;
	char *names;
	int k;

	if (r < 0)
		return 0;
	first = &s->it[s->paras[s->a[r].first]];
	if (!first->dateline || (names = seg_dateline_names(first->text)) ==
	    NULL)
		return 0;
	k = credit_matches(credit, names);
	free(names);
	return k;
}

/*
 * Whether photo credit `credit` of caption item cap names a reporter of
 * the byline printed after it, alone, before the next headline: the
 * byline that closes the text before the caption (run_article gives it
 * that byline), so the picture is that text's reporter's.
 */
static int
credit_in_byline_after(const struct seg *s, size_t cap, const char *credit)
{
	size_t i, k;

	for (i = cap + 1; i < s->nit; i++) {
		const struct seg_item *it = &s->it[i];
		if (it->kind == I_BLOCK)
			break;
		if (it->kind != I_CAPTION && it->kind != I_CREDIT &&
		    !(it->kind == I_PARA && it->dropped))
			return 0;
	}
	for (k = 0; i < s->nit && k < s->nh; k++)
		if (s->h[k].item == i && *s->h[k].title == '\0' &&
		    credit_matches(credit, s->h[k].byline))
			return 1;
	return 0;
}

/* Whether paragraph p of run r is an answer by an interviewee who has
 * answered before in the run. */
static int
answers_again(const struct seg *s, int r, size_t p)
{
	const char *t = s->it[s->paras[p]].text;

	return p > s->a[r].first &&
	    seg_speaks_in(s, t, seg_speaker_len(t), s->a[r].first, p - 1);
}

/*
 * Whether the last two paragraphs of run r are a photo's lead-in of two
 * (LEAD_IN_PARAS): the first opens as a news lead or a scene's time
 * (近日，… 10月5日，…), neither opens the run, and together they are as
 * short as a lead-in run (LEAD_IN_CHARS). A report's lead opens it, not
 * its last paragraph but one.
 */
static int
two_para_lead_in(const struct seg *s, int r)
{
	size_t p = s->a[r].last;
	const struct seg_item *a, *b;

	if (LEAD_IN_PARAS < 2 || p < s->a[r].first + 2)
		return 0;
	a = &s->it[s->paras[p - 1]];
	b = &s->it[s->paras[p]];
	return !a->dateline && !b->dateline && seg_opens_leadin(a) &&
	    !seg_opens_leadin(b) && !answers_again(s, r, p - 1) &&
	    utf8_count(a->text) + utf8_count(b->text) <= LEAD_IN_CHARS;
}

/*
 * Whether the last two paragraphs of run r are a photo's lead-in of two
 * by their words, whatever words open them (进入12月，… 入冬以来，…
 * 国庆假期，…: the ways of saying when are many): together as short as
 * a lead-in run (LEAD_IN_CHARS), sharing rare words with each other (one
 * scene told in two), none with the paragraph before them (LEAD_IN_ABOVE
 * paragraphs: the text above is another story), and caption cap, which
 * names who took it, shares words with them. A report's last two
 * paragraphs go on in its words; its picture under them shows what the
 * whole report tells.
 */
static int
apart_pair_lead_in(const struct seg *s, int r, size_t cap)
{
	size_t p = s->a[r].last, a0;
	const struct seg_item *a, *b, *c = &s->it[cap];
	int wa, wb;

	if (LEAD_IN_PARAS < 2 || p < s->a[r].first + 2 || c->credit == NULL)
		return 0;
	a = &s->it[s->paras[p - 1]];
	b = &s->it[s->paras[p]];
	/* (the width a paragraph wrapped at, its first line's, or 0 for
	 * one on a line of its own) */
	wa = a->last > a->first ? s->l[a->first].cw : 0;
	wb = b->last > b->first ? s->l[b->first].cw : 0;
	if (a->dateline || b->dateline || answers_again(s, r, p - 1) ||
	    (wa > 0 && wb > 0 && abs(wa - wb) >= WIDTH_APART) ||
	    answers_again(s, r, p) ||
	    utf8_count(a->text) + utf8_count(b->text) > LEAD_IN_CHARS)
		return 0;
	a0 = p - 2 >= s->a[r].first + LEAD_IN_ABOVE - 1 ?
	    p - 1 - LEAD_IN_ABOVE : s->a[r].first;
	return seg_cohesion(s, p - 1, p - 1, p, p) > 0 &&
	    seg_cohesion(s, a0, p - 2, p - 1, p) <= 0 &&
	    seg_text_fit(s, c->text, p - 1, p) > 0;
}

/*
 * Whether another caption stands between caption item cap and the text
 * before it (only repeats and credits between): a lead-in is printed right
 * over its own picture, so the text before a row of pictures is the
 * first one's lead-in, never the next one's too (one paragraph, one
 * article).
 */
static int
after_caption(const struct seg *s, size_t cap)
{
	while (cap-- > 0) {
		const struct seg_item *it = &s->it[cap];
		if (it->kind == I_CAPTION)
			return 1;
		if (it->kind != I_CREDIT && !(it->kind == I_PARA && it->dropped))
			return 0;
	}
	return 0;
}

/*
 * A photo's short lead-in printed as the last paragraph of the run before
 * it (or its last two: two_para_lead_in): it opens with a date, or shares
 * clearly more words with the caption than with the paragraph before it.
 * Returns its (first) live paragraph, or -1.
 */
static long
last_para_lead_in(const struct seg *s, size_t cap)
{
	int r = run_near(s, cap, -1);
	size_t p, k, nb, shared = 0;
	uint64_t *cb;
	double with_body;
	const struct seg_item *it;

	if (r < 0 || s->a[r].last == s->a[r].first || after_caption(s, cap))
		return -1;
	p = s->a[r].last;
	it = &s->it[s->paras[p]];
	if (two_para_lead_in(s, r) || apart_pair_lead_in(s, r, cap))
		return (long)p - 1;
	if (it->dateline || utf8_count(it->text) > LEAD_IN_LAST_CHARS || s->npbg[p] == 0)
		return -1;
	/* An interviewee answering again ends the interview (蒲海英：…),
	 * however few words it shares with the one before. */
	if (answers_again(s, r, p))
		return -1;
	/* A paragraph that opens as a news lead (10月5日，… 近日，…) or
	 * a scene's time (金秋时节，…) ends no article: right before a
	 * caption it is the picture's lead-in. */
	if (seg_opens_leadin(it))
		return (long)p;
	cb = seg_bigrams(s->it[cap].text, &nb);
	for (k = 0; k < s->npbg[p]; k++)
		shared += seg_has_bigram(cb, nb, s->dfk[s->pdi[p][k]]);
	free(cb);
	with_body = seg_cohesion(s, p - 1, p - 1, p, p);
	/* A paragraph sharing no rare word with the one before it is
	 * about something else: a few words of the caption's tell. */
	if (with_body <= 0 && shared >= LEAD_IN_ALONE_SHARED)
		return (long)p;
	return (double)shared / (double)s->npbg[p] >= LEAD_IN_SHARE &&
	    (double)shared / (double)s->npbg[p] > 2 * with_body ? (long)p : -1;
}

/* The best share of the caption's rare words that one paragraph of run r
 * holds. */
static double
caption_fit(const struct seg *s, const struct seg_item *cap, int r)
{
	size_t e;
	double f, f1;
	char *first;

	if (r < 0)
		return 0;
	f = seg_text_fit(s, cap->text, s->a[r].first, s->a[r].last);
	/* A caption of several sentences says what the picture shows in
	 * its first (图为…晾晒辣椒。) and tells background after it (近年来，
	 * 该镇…): the first alone tells whose picture it is as well, its
	 * words not thinned by the background's. */
	e = seg_first_sentence_end(cap->text);
	if (e == 0 || cap->text[e] == '\0')
		return f;
	first = xstrndup(cap->text, e);
	f1 = seg_text_fit(s, first, s->a[r].first, s->a[r].last);
	free(first);
	return f1 > f ? f1 : f;
}

/*
 * Whether caption item i has no credit, alone: a photo item always names
 * who took its picture (记者 X 摄, 新华社发), where an article's picture
 * may go without (its byline says 文/图). A caption in a row of captions
 * may leave the credit to the row's last.
 */
static int
uncredited(const struct seg *s, size_t i)
{
	return s->it[i].credit == NULL &&
	    !(i > 0 && s->it[i - 1].kind == I_CAPTION) &&
	    !(i + 1 < s->nit && s->it[i + 1].kind == I_CAPTION);
}

/*
 * Whether headed run r is a photo's lead-in all the same: its one
 * paragraph opens as a scene's or a news lead's time (9月23日是…, 清明前后，…)
 * and caption cap under it says 图为… and names who took it, while the
 * headline tells hardly any of its words (HEADED_LEADIN_FIT). A headline
 * set among others (a block of headlines over their texts) lands on the
 * first text after it; a dated paragraph right over a credited 图为
 * caption is the picture's lead-in, not that headline's whole article.
 */
static int
headed_lead_in(const struct seg *s, int r, size_t cap)
{
	const char *t = s->it[cap].text, *rest = strstr(t, "。");

	/* (a caption that goes on to tell the when itself, 图为…。时下，…,
	 * needs no lead-in: the text over it is another article's) */
	if (rest != NULL) {
		rest += strlen("。");
		if (seg_opens_lead(rest) || seg_opens_time_clause(rest))
			return 0;
	}
	return s->a[r].first == s->a[r].last &&
	    seg_text_fit(s, s->h[s->a[r].head].title, s->a[r].first,
	    s->a[r].first) <= HEADED_LEADIN_FIT &&
	    seg_opens_leadin(&s->it[s->paras[s->a[r].first]]) &&
	    seg_is_caption_start(t) && s->it[cap].credit != NULL;
}

/* The untitled run right before caption item cap, short enough to be the
 * photo's lead-in (or headed_lead_in); or -1. */
static int
lead_in_run(const struct seg *s, size_t cap)
{
	int r = run_near(s, cap, -1);
	size_t p, chars = 0;

	if (r < 0 || (s->a[r].head >= 0 && !headed_lead_in(s, r, cap)) ||
	    after_caption(s, cap) ||
	    s->a[r].last - s->a[r].first + 1 > LEAD_IN_PARAS)
		return -1;
	for (p = s->a[r].first; p <= s->a[r].last; p++) {
		const struct seg_item *it = &s->it[s->paras[p]];
		if (it->dateline || it->teaser)
			return -1;
		chars += utf8_count(it->text);
	}
	return chars <= LEAD_IN_CHARS ? r : -1;
}

/* Whether caption it is about run n after it, and more than about the
 * lead-in before it, paragraphs [p0, p1]: a picture printed over the text
 * it shows (a report's, its headline set elsewhere), not under a lead-in
 * (傍晚，… closing a feature reads as one). */
static int
about_text_after(const struct seg *s, const struct seg_item *it, int n,
    size_t p0, size_t p1)
{
	double fn = caption_fit(s, it, n);

	return fn >= CAPTION_SHARE && fn > seg_text_fit(s, it->text, p0, p1);
}

/* Whether caption it is about the paragraphs of run r before its last,
 * lp, at least as much as about lp: the picture of the article that lp
 * ends, not a photo item whose lead-in lp is (a photo's caption tells
 * what its lead-in does, not what the article before it did). */
static int
about_run_before(const struct seg *s, const struct seg_item *it, int r,
    size_t lp)
{
	double fb, fl;

	if (r < 0 || lp <= s->a[r].first)
		return 0;
	fb = seg_text_fit(s, it->text, s->a[r].first, lp - 1);
	fl = seg_text_fit(s, it->text, lp, lp);
	return fb >= CAPTION_SHARE && fb >= fl;
}

/*
 * Whether caption item i, one of a row, is a photo item's whole text: it
 * has a credit of its own and opens as a news lead or a scene's time does
 * (11月2日，… 清明节前夕，…), where a report's second picture says what it
 * shows (图为… 志愿者和老人们…) and leaves the when to the text.
 */
static int
news_caption(const struct seg *s, size_t i)
{
	const struct seg_item *it = &s->it[i];

	return it->credit != NULL &&
	    (seg_opens_lead(it->text) || seg_opens_time_clause(it->text));
}

/*
 * Whether caption item i, the second of a row, is a picture of its own:
 * credited to another photographer than the caption before it, and
 * sharing almost no rare word with the text before or after it
 * (fp, fn < CAPTION_ALONE_FIT). A report's second picture shows what the
 * report tells, by the same hand or not; a photo item set under another
 * one's picture tells of something else.
 */
static int
apart_in_row(const struct seg *s, size_t i, double fp, double fn)
{
	const char *c = s->it[i].credit, *pc = s->it[i - 1].credit;

	return c != NULL && pc != NULL && !credit_matches(c, pc) &&
	    fp < CAPTION_ALONE_FIT && fn < CAPTION_ALONE_FIT;
}

/*
 * Whether caption item i, alone and credited, is too brief to be a photo
 * item with no lead-in of its own: it neither opens as a news lead nor
 * tells a scene's time, and is at most CAPTION_BRIEF_CHARS long. No
 * lead-in stands before it (the caller has found none), so it shows what
 * the text beside it tells, however few words it repeats: a photo item
 * either has its lead-in or tells the when and where itself.
 */
static int
brief_caption(const struct seg *s, size_t i)
{
	const struct seg_item *it = &s->it[i];

	return it->credit != NULL && !it->cut &&
	    !news_caption(s, i) &&
	    utf8_count(it->text) <= CAPTION_BRIEF_CHARS;
}

/* Whether run r prints a byline (the caption's credit, naming no byline
 * on the page, is then by another hand than r's writer). */
static int
signed_run(const struct seg *s, int r)
{
	return r >= 0 && s->a[r].head >= 0 &&
	    *s->h[s->a[r].head].byline != '\0';
}

/* The caption's credit names the byline of the headline over article
 * k: the report's own reporter took the picture, so it is the report's
 * picture whatever its words (the credit is stronger evidence than the
 * caption telling its own when). */
static int
credited_to_byline(const struct seg *s, const struct seg_item *it, int k)
{
	return it->credit != NULL && k >= 0 && s->a[k].head >= 0 &&
	    credit_matches(it->credit, s->h[s->a[k].head].byline);
}

/*
 * Whether the paragraphs after caption item i, to the end of its run, are
 * the lead-in of the next caption, which stands right after them and
 * after the run's end (last_para_lead_in): the run's text ends before i,
 * and what follows i is another photo item (吕梁…夜景。 记者 X 摄 /
 * 近日，文水县… / 据了解，… / 农户在大棚里采摘西红柿。 记者 Y 摄).
 */
static int
lead_in_of_next(const struct seg *s, size_t i)
{
	int r = run_near(s, i, 1);
	size_t j;
	long lp;

	for (j = i + 1; j < s->nit; j++) {
		const struct seg_item *x = &s->it[j];
		if (x->kind == I_CAPTION)
			break;
		if (x->kind != I_PARA && x->kind != I_CREDIT)
			return 0;
	}
	if (j >= s->nit || s->it[j].cut || s->it[j].credit == NULL ||
	    run_near(s, j, -1) != r || run_near(s, j, 1) == r)
		return 0;
	lp = last_para_lead_in(s, j);
	return lp >= 0 && (size_t)lp == seg_para_after(s, i);
}

/* Where each caption goes: it->body = a run, or -1 for a photo item. */
static void
place_captions(struct seg *s)
{
	size_t i, k;

	/* A photo credit on a line of its own after a caption is its credit. */
	for (i = 0; i < s->nit; i++) {
		if (s->it[i].kind != I_CREDIT || !s->it[i].photo)
			continue;
		for (k = i; k > 0 && i - k < 4; k--)
			if (s->it[k - 1].kind == I_CAPTION) {
				if (s->it[k - 1].credit == NULL) {
					s->it[k - 1].credit = s->it[i].text;
					s->it[i].text = NULL;
					s->it[i].dropped = 1;
				}
				break;
			}
	}
	for (i = 0; i < s->nit; i++) {
		struct seg_item *it = &s->it[i];
		int p, n, lr;
		long lp;
		if (it->kind != I_CAPTION)
			continue;
		p = run_near(s, i, -1);
		n = run_near(s, i, 1);
		if (it->cut && n >= 0) {
			it->body = n;
			continue;
		}
		/* Set inside a run's text, not under its headline: a
		 * credited caption telling its own when (3月12日，… 初雪过后，
		 * news_caption) that shares no more than a stray word with
		 * that text is a photo item printed in it, not its picture
		 * (a report's picture shows what the report tells and leaves
		 * the when to it). */
		if (p >= 0 && p == n && !under_headline(s, i, n) &&
		    news_caption(s, i) && caption_fit(s, it, n) < CAPTION_ALONE_FIT &&
		    !credited_to_byline(s, it, n))
			continue;
		/* Inside a headed run whose text after it is the next
		 * picture's lead-in: the article ends before it, and it
		 * stands between that article and another photo item (no
		 * run after it). (An untitled run there may be its own
		 * lead-in and the next one's: left as it is.) */
		if (p >= 0 && p == n && !it->cut && s->a[p].head >= 0 &&
		    lead_in_of_next(s, i))
			n = -1;
		if ((p >= 0 && p == n) || under_headline(s, i, n)) {
			it->body = n;
			continue;
		}
		for (k = 0; k < s->na && it->credit != NULL; k++)
			if (s->a[k].head >= 0 && credit_matches(it->credit,
			    s->h[s->a[k].head].byline)) {
				it->body = (int)k;
				break;
			}
		if (it->body < 0 && it->credit != NULL) {
			if (p >= 0 && credit_in_byline_after(s, i, it->credit))
				it->body = p;
			else if (credit_in_dateline(s, it->credit, p))
				it->body = p;
			else if (credit_in_dateline(s, it->credit, n))
				it->body = n;
		}
		/* A short paragraph before it that opens with a date or is
		 * about the picture: a photo item's lead-in. */
		if (it->body < 0 && !uncredited(s, i) &&
		    (lp = last_para_lead_in(s, i)) >= 0 &&
		    !about_text_after(s, it, n, (size_t)lp, (size_t)lp) &&
		    !about_run_before(s, it, p, (size_t)lp))
			continue;
		/* Right after a short untitled run, with its credit: that
		 * run is the photo's lead-in, however well the caption fits
		 * it (a caption fits its own lead-in best). */
		if (it->body < 0 && it->credit != NULL && i > 0 &&
		    s->it[i - 1].kind == I_PARA && (lr = lead_in_run(s, i)) >= 0 &&
		    !about_text_after(s, it, n, s->a[lr].first, s->a[lr].last))
			continue;
		if (it->body < 0) {
			/* Between two articles: the one it is about. One of a
			 * row of pictures about neither goes where the one
			 * before it went. */
			int row = i > 0 && s->it[i - 1].kind == I_CAPTION;
			double fp = caption_fit(s, it, p), fn = caption_fit(s, it, n);
			/* (after a photo item the run before stands apart) */
			if (row && s->it[i - 1].body < 0)
				fp = 0;
			if (fp >= CAPTION_SHARE && fp >= fn)
				it->body = p;
			else if (fn >= CAPTION_SHARE)
				it->body = n;
			else if (row && !it->cut && !news_caption(s, i) &&
			    !apart_in_row(s, i, fp, fn))
				it->body = s->it[i - 1].body;
			else if (uncredited(s, i))
				it->body = fn > fp && n >= 0 ? n : p >= 0 ? p : n;
			else if (!row && brief_caption(s, i) &&
			    (fn > fp ? fn : fp) >= CAPTION_ALONE_FIT &&
			    !signed_run(s, fn > fp ? n : p))
				/* a brief caption naming a word of the
				 * unsigned text beside it more than a stray
				 * one: that text's picture */
				it->body = fn > fp ? n : p;
		}
	}
}

static void
add_para_item(struct article *a, const struct seg_item *it)
{
	if (it->kind == I_CAPTION)
		article_add_para(a, PARA_CAPTION, it->credit != NULL ?
		    xasprintf("%s %s", it->text, it->credit) : xstrdup(it->text));
	else
		article_add_para(a, it->heading ? PARA_HEADING : PARA_TEXT,
		    xstrdup(it->text));
}

static const char *
first_text(const struct article *a)
{
	size_t i;

	for (i = 0; i < a->npara; i++)
		if (a->paras[i].kind == PARA_TEXT)
			return a->paras[i].text;
	return a->npara ? a->paras[0].text : "";
}

static void
set_headline(struct article *a, const struct seg_headline *h)
{
	article_set(&a->title, xstrdup(h->title));
	article_set(&a->subtitle, xstrdup(h->subtitle));
	article_set(&a->byline, xstrdup(h->byline));
	article_set(&a->kicker, xstrdup(h->kicker));
}

/* A section heading heads the text after it: one with no text after it
 * in an article that has no headline is that article's headline, set
 * after its body (a page's last report, or one over a photo item). */
static void
title_from_last_heading(struct article *a)
{
	size_t j = a->npara;

	while (j > 0 && a->paras[j - 1].kind == PARA_CAPTION)
		j--;
	if (j < 2 || a->paras[j - 1].kind != PARA_HEADING)
		return;
	j--;
	article_set(&a->title, a->paras[j].text);
	memmove(&a->paras[j], &a->paras[j + 1],
	    (a->npara - j - 1) * sizeof *a->paras);
	a->npara--;
}

/*
 * A headline heads some text: one that heads none, printed right under a
 * headline of the same block that has no subtitle, is that headline's
 * subtitle read as a title of its own (its byline goes with it).
 */
static void
fold_unused(struct seg *s)
{
	size_t i, k;

	for (i = 0; i < s->nh; i++) {
		struct seg_headline *u = &s->h[i];
		if (u->article != SEG_UNSET || u->banner || u->alt_of >= 0 ||
		    *u->title == '\0' || *u->kicker != '\0' ||
		    *u->subtitle != '\0')
			continue;
		for (k = 0; k < s->nh; k++) {
			struct seg_headline *h = &s->h[k];
			if (h->article < 0 || h->item != u->item ||
			    u->line0 != h->line1 + 1 || *h->subtitle != '\0' ||
			    *h->byline != '\0')
				continue;
			article_set(&h->subtitle, xstrdup(u->title));
			article_set(&h->byline, xstrdup(u->byline));
			u->article = h->article;
			break;
		}
	}
}

/* A credit line (记者刘华 整理, （记者 任静 通讯员 冯瑞）) taken into
 * article a's byline (SPEC import 6) as seg_credit_text gives it, and
 * spent. */
static void
take_credit(struct article *a, struct seg_item *it)
{
	char *t = seg_strip_byline(it->text), *u = seg_credit_text(t);

	seg_append(&a->byline, u, " ");
	free(u);
	free(t);
	it->dropped = 1;
}

/* The item of the last paragraph of items [from, to] that is no source
 * note (to where all are). */
static size_t
text_end(const struct seg *s, size_t from, size_t to)
{
	size_t i;

	for (i = to + 1; i-- > from;)
		if (s->it[i].kind == I_PARA && !s->it[i].dropped &&
		    !s->it[i].source)
			return i;
	return to;
}

/*
 * The bylines with no title of block item i (an author's name set after
 * the text) join article a, run r's, where no article took them.
 * Returns whether the walk for credits after the text goes on past the
 * block: only where a byline was taken and the block holds no title (a
 * title is the next article's), for the edit credit under the author's
 * name (郝建平 / （记者马丽萍 整理）), which follows it into the byline.
 */
static int
take_lone_bylines(struct seg *s, struct article *a, size_t r, size_t i)
{
	size_t k;
	int took = 0, titled = 0;

	for (k = 0; k < s->nh; k++) {
		struct seg_headline *h = &s->h[k];
		if (h->item != i || h->alt_of >= 0)
			continue;
		titled |= *h->title != '\0';
		if (*h->title == '\0' && *h->byline != '\0' &&
		    h->article == SEG_UNSET) {
			seg_append(&a->byline, h->byline, " ");
			h->article = (int)r;
			took = 1;
		}
	}
	return took && !titled;
}

/* The article of run r: its paragraphs, headings and captions in order,
 * and the credits right after it. */
static struct article *
run_article(struct seg *s, size_t r, long skip, const int *tail_of)
{
	struct article *a = article_new();
	const struct seg_article *run = &s->a[r];
	size_t from = s->paras[run->first], to = s->paras[run->last], i;
	int took_byline = 0;

	for (i = from; i <= to; i++) {
		struct seg_item *it = &s->it[i];
		if (it->kind == I_PARA && !it->dropped) {
			if (skip < 0 || (long)it->para < skip)
				add_para_item(a, it);
		} else if (it->kind == I_CAPTION && it->body == (int)r) {
			add_para_item(a, it);
		} else if (it->kind == I_BLOCK) {
			size_t k;
			for (k = 0; k < s->nh; k++)
				if (s->h[k].item == i && s->h[k].article == SEG_HEADING)
					article_add_para(a, PARA_HEADING,
					    clean_join(s->h[k].kicker, s->h[k].title));
		}
	}
	/* Captions placed in this run but standing outside it (after it,
	 * or away from it with its byline's credit): none is lost. */
	for (i = to + 1; i < s->nit; i++)
		if (s->it[i].kind == I_CAPTION && s->it[i].body == (int)r)
			add_para_item(a, &s->it[i]);
	for (i = 0; i < from; i++)
		if (s->it[i].kind == I_CAPTION && s->it[i].body == (int)r)
			add_para_item(a, &s->it[i]);
	if (run->head >= 0) {
		const struct seg_headline *h = &s->h[run->head];
		set_headline(a, h);
		/* An edit credit right under its headline's last line
		 * (入冬前果园管理要抓好四个环节 / 记者刘华 整理): the byline,
		 * or its tail, printed where a byline stands. */
		if (h->line1 == h->blines - 1 && h->item + 1 < s->nit &&
		    s->it[h->item + 1].kind == I_CREDIT &&
		    !s->it[h->item + 1].photo && !s->it[h->item + 1].dropped)
			take_credit(a, &s->it[h->item + 1]);
	}
	for (i = 0; i < s->nh; i++) {
		const struct seg_headline *h = &s->h[i];
		if (tail_of[i] != (int)r)
			continue;
		if (run->head < 0 && *a->title == '\0' && h->item > to) {
			set_headline(a, h);
			continue;
		}
		article_add_para(a, PARA_HEADING, clean_join(h->kicker, h->title));
		if (*h->subtitle != '\0')
			article_add_para(a, PARA_HEADING, xstrdup(h->subtitle));
	}
	if (a->npara == 1 && s->it[from].teaser) {
		const char *t = a->paras[0].text;
		a->kind = KIND_NOTE;
		article_set(&a->title, xstrndup(t, strlen(t) -
		    clean_mark_at_end(t)));
	}
	/* SPEC import 6: credits after the body join the byline. (The
	 * body's text ends before the source notes closing it: a byline
	 * printed after the text stands before them, 本报记者 薛慧敏 /
	 * （来源：山西日报）.) */
	for (i = text_end(s, from, to) + 1; i < s->nit; i++) {
		struct seg_item *it = &s->it[i];
		if (it->kind == I_PARA && it->source && i <= to) {
			continue;
		} else if (it->kind == I_CREDIT && !it->photo && !it->dropped) {
			take_credit(a, it);
		} else if (it->kind == I_BLOCK) {
			/* (one block only: a second, a byline over the next
			 * text, is no credit of ours) */
			if (took_byline || !take_lone_bylines(s, a, r, i))
				break;
			took_byline = 1;
		} else if (it->kind != I_CAPTION && !(it->kind == I_PARA &&
		    it->dropped)) {
			break;
		}
	}
	if (run->head < 0 && *a->title == '\0')
		title_from_last_heading(a);
	if (*a->title == '\0')
		article_set(&a->title, seg_derive_title(first_text(a)));
	return a;
}

static struct article *
photo_article(struct seg *s, size_t cap, int *lead_run, long *lead_para)
{
	struct article *a = article_new();
	struct seg_item *it = &s->it[cap];
	int r = lead_in_run(s, cap), before = run_near(s, cap, -1);
	/* (a photo item printed inside a run's text, place_captions: the
	 * paragraphs around it are the run's, no lead-in of its) */
	int inside = before >= 0 && before == run_near(s, cap, 1);
	long p = -1;

	a->kind = KIND_PHOTO;
	if (!inside && r >= 0) {
		size_t k;
		for (k = s->a[r].first; k <= s->a[r].last; k++)
			add_para_item(a, &s->it[s->paras[k]]);
		*lead_run = r;
	} else if (!inside && (p = last_para_lead_in(s, cap)) >= 0) {
		size_t k, last = s->a[run_of(s, (size_t)p)].last;
		for (k = (size_t)p; k <= last; k++)
			add_para_item(a, &s->it[s->paras[k]]);
		*lead_para = p;
	}
	article_add_para(a, PARA_CAPTION, xstrdup(it->text));
	if (it->credit != NULL)
		article_set(&a->byline, xstrdup(it->credit));
	article_set(&a->title, seg_derive_title(a->paras[0].text));
	return a;
}

/*
 * Whether headline h, after a series' banner, is none of its pieces: the
 * series (speeches, delegates' proposals) has ended. Its pieces are
 * signed by their speakers, bare names or posts (市人大代表 高建文), or
 * name the occasion in a subtitle, or their text opens with its frame
 * (（2026年11月27日）, 同志们：); they take the banner as their only
 * kicker. A headline with a kicker of its own (not one set on its
 * title's measure: spread_banners gives that back to the title first,
 * kicker_of_piece_title), a staff byline (本报记者, 本报评论员) or a
 * column's label (【一语】, （三晋时评）) heads a report or a commentary; one with no byline or subtitle over a text without a
 * frame is none of the pieces either.
 */
static int
ends_series(const struct seg *s, const struct seg_headline *h)
{
	if (*h->kicker != '\0' || seg_byline_staff(h->byline) ||
	    seg_title_column(h->title))
		return 1;
	if (*h->byline != '\0' || *h->subtitle != '\0')
		return 0;
	return h->article < 0 || (size_t)h->article >= s->na ||
	    !s->it[s->paras[s->a[h->article].first]].frame;
}

/* Whether h's kicker, under a series banner, is its title's first line
 * (SERIES_KICKER_TITLE): h is signed as a piece (a name or a post, not
 * the staff) or has a subtitle, and its kicker is long and no column's
 * label. */
static int
kicker_of_piece_title(const struct seg_headline *h)
{
	size_t k = utf8_count(h->kicker), t;

	if (*h->kicker == '\0' || seg_byline_staff(h->byline) ||
	    (*h->byline == '\0' && *h->subtitle == '\0') ||
	    seg_title_column(h->kicker) || k < SERIES_KICKER_TITLE ||
	    h->tlines < 1)
		return 0;
	/* (the kicker set on the title's measure: as long as the title's
	 * first line, give or take a character, or, over a title on one
	 * line, which may be the short last line of a wrap, not shorter) */
	t = utf8_count(h->tl[0]);
	return k + SERIES_KICKER_TOL >= t &&
	    (h->tlines == 1 || k <= t + SERIES_KICKER_TOL);
}

/* Series banners (SPEC import 6): the headlines after a banner take it as
 * their kicker, up to the first that is none of the series' pieces
 * (ends_series); a piece's title whose first line was read as its
 * kicker gets the line back (kicker_of_piece_title). (The pieces'
 * shapes vary: a title and a bare name, an occasion as subtitle, a post
 * before the name.) */
static void
spread_banners(struct seg *s)
{
	size_t i;
	const char *kicker = NULL;

	for (i = 0; i < s->nh; i++) {
		struct seg_headline *h = &s->h[i];
		if (h->banner) {
			kicker = h->title;
			continue;
		}
		if (kicker == NULL || *h->title == '\0' || h->article == SEG_HEADING)
			continue;
		if (kicker_of_piece_title(h)) {
			char *t = clean_join(h->kicker, h->title);
			free(h->title);
			h->title = t;
			/* (the line is the title's first printed line now:
			 * tl, "the lines the title was printed on", says so) */
			h->tl = xreallocarray(h->tl, (size_t)h->tlines + 1,
			    sizeof *h->tl);
			memmove(h->tl + 1, h->tl, (size_t)h->tlines * sizeof *h->tl);
			h->tl[0] = h->kicker;
			h->tlines++;
			h->kicker = xstrdup("");
		}
		if (ends_series(s, h)) {
			kicker = NULL;
			continue;
		}
		seg_append(&h->kicker, kicker, "");
	}
}

/*
 * Whether headline i, which heads no text, is a headline before it
 * printed again: a repeated paragraph's first line read as a heading
 * (三、公众意见表的获取方 / 式：…, the page printing the paragraph two or
 * three times), its text dropped as a repeat. A title printed twice
 * with no text of its own is the repeat's, not a note's (SPEC import 5).
 */
static int
title_printed_before(const struct seg *s, size_t i)
{
	size_t k;

	for (k = 0; k < i; k++)
		if (strcmp(s->h[k].title, s->h[i].title) == 0)
			return 1;
	return 0;
}

/* How many times the UTF-8 mark m occurs in t. */
static int
count_mark(const char *t, const char *m)
{
	size_t n = strlen(m);
	int c = 0;

	for (; (t = strstr(t, m)) != NULL; t += n)
		c++;
	return c;
}

/*
 * Whether a headline's title reads as a line cut from a paragraph rather
 * than a title: a quotation it opens is not closed on it (“一夜 / 爆红”，),
 * or it carries a clause's comma (full-width or, in a text set with
 * half-width marks, ASCII) and stops on no closing mark (电商早已走进
 * 千家万户，可对于不少 / 山区群众来说，). Titles close their quotations and
 * end a comma clause on a word that finishes it, or on ？！.
 */
static int
title_reads_cut(const char *t)
{
	if (count_mark(t, "“") > count_mark(t, "”"))
		return 1;
	return (strstr(t, "，") != NULL || strchr(t, ',') != NULL) &&
	    !seg_ends(t, "？") &&
	    !seg_ends(t, "！") && !seg_ends(t, "。") && !seg_ends(t, "”") &&
	    !seg_ends(t, "）") && !seg_ends(t, "》");
}

/*
 * EMPTY_NOTE_REJOIN: a headline that heads nothing, closing its block
 * (its last headline, to the block's last line; one line, or a sentence
 * cut over a few where a column narrows), whose title reads cut
 * (title_reads_cut) and which stands right above a paragraph that went
 * to an article, is that paragraph's first line, read as a title because
 * the paragraph wrapped after it: the body line of a report whose headline block was printed
 * elsewhere on the page (这几年，…“一夜 / 爆红”，…), or under the
 * report's own title and byline, read into their block (“没想到这么快！ /
 * 从提交材料到…). Its text opens the paragraph, not a note with no body.
 */
static void
rejoin_cut_first_lines(struct seg *s)
{
	size_t k;

	for (k = 0; k < s->nh; k++) {
		struct seg_headline *h = &s->h[k];
		struct seg_item *it;
		char *t;
		if (h->article != SEG_UNSET || h->banner ||
		    h->nth != h->nblock - 1 || h->line1 != h->blines - 1 ||
		    *h->title == '\0' || *h->kicker != '\0' ||
		    *h->subtitle != '\0' || *h->byline != '\0' ||
		    h->item + 1 >= s->nit || !title_reads_cut(h->title))
			continue;
		it = &s->it[h->item + 1];
		if (it->kind != I_PARA || it->dropped ||
		    run_of(s, it->para) < 0)
			continue;
		t = xmalloc(strlen(h->title) + strlen(it->text) + 1);
		strcpy(t, h->title);
		strcat(t, it->text);
		free(it->text);
		it->text = t;
		h->article = SEG_FOLDED;
	}
}

static int
cmp_placed(const void *x, const void *y)
{
	const struct placed *a = x, *b = y;

	return (a->pos > b->pos) - (a->pos < b->pos);
}

/*
 * A headline that heads nothing (no run took it, no subtitle or section
 * place fits it) is no article of its own: on the generated pages every
 * such note with no body was a stray (109 of 109 on the tuning halves),
 * a report's headline whose body went under another, a line of a
 * notice's text (its signature, its date, a letter's salutation), a
 * section's title or a subtitle. Its words stay where they were printed:
 * tail_of[k] is the run before headline k on the page (the one after it
 * if it opens the page), which ends with it as a heading, or, having no
 * headline and standing before it, takes it as its headline (a title set
 * after its body, as title_from_last_heading). Photo lead-ins and teasers
 * take none: their body is their caption's or their one line.
 */
static void
tails_for_unused(struct seg *s, const int *lead_of, int *tail_of)
{
	size_t k, r;

	for (k = 0; k < s->nh; k++) {
		struct seg_headline *h = &s->h[k];
		int before = -1, after = -1;
		tail_of[k] = -1;
		if (h->article != SEG_UNSET || h->banner || *h->title == '\0' ||
		    title_printed_before(s, k))
			continue;
		for (r = 0; r < s->na; r++) {
			size_t at = s->paras[s->a[r].first];
			if (lead_of[r] || (s->a[r].first == s->a[r].last &&
			    s->it[at].teaser))
				continue;
			if (at < h->item && (before < 0 ||
			    at > s->paras[s->a[before].first]))
				before = (int)r;
			if (at > h->item && (after < 0 ||
			    at < s->paras[s->a[after].first]))
				after = (int)r;
		}
		tail_of[k] = before >= 0 ? before : after;
		if (tail_of[k] >= 0)
			h->article = SEG_FOLDED;
	}
}

void
seg_assemble(struct seg *s, struct page *pg)
{
	struct out o = { NULL, 0 };
	int *lead_of = xcalloc(s->na + 1, sizeof *lead_of);
	long *skip = xcalloc(s->na + 1, sizeof *skip);
	int *tail_of = xcalloc(s->nh + 1, sizeof *tail_of);
	size_t i;

	spread_banners(s);
	place_captions(s);
	for (i = 0; i < s->na; i++)
		skip[i] = -1;
	/* Photo items first: they may take a lead-in run or paragraph. */
	for (i = 0; i < s->nit; i++)
		if (s->it[i].kind == I_CAPTION && s->it[i].body < 0) {
			int r = -1;
			long p = -1;
			struct article *a = photo_article(s, i, &r, &p);
			put(&o, i, a);
			if (r >= 0)
				lead_of[r] = 1;
			if (p >= 0)
				skip[run_of(s, (size_t)p)] = p;
		}
	fold_unused(s);
	rejoin_cut_first_lines(s);
	tails_for_unused(s, lead_of, tail_of);
	for (i = 0; i < s->na; i++)
		if (!lead_of[i])
			put(&o, s->paras[s->a[i].first], run_article(s, i, skip[i],
			    tail_of));
	for (i = 0; i < s->nh; i++) {
		struct seg_headline *h = &s->h[i];
		struct article *a;
		if (h->article != SEG_UNSET || h->banner || *h->title == '\0' ||
		    title_printed_before(s, i))
			continue;
		a = article_new();
		a->kind = KIND_NOTE;
		set_headline(a, h);
		put(&o, h->item, a);
	}
	qsort(o.v, o.n, sizeof *o.v, cmp_placed);
	for (i = 0; i < o.n; i++)
		page_add(pg, o.v[i].a);
	free(o.v);
	free(lead_of);
	free(skip);
	free(tail_of);
}

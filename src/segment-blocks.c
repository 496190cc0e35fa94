/*
 * segment-blocks.c: headline blocks parsed into headlines. Each line of a
 * block gets a role: kicker (K, 引题), title (T, its first line), title
 * continued (U, a title wrapped over lines), subtitle (S, 副题) or byline
 * (B); a headline is K? T U* S* B*, and a block gathered at the page end
 * holds several. The roles are chosen together by dynamic programming
 * over the block's lines: a —— line or a byline weighs heavily, a doubled
 * (bold) line is likelier the title, a line ending in ， or reading on
 * into the next is likelier a wrapped title, and two lines that match
 * different bodies of the page are likelier two headlines.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lreader/clean.h"
#include "lreader/util.h"
#include "segment-int.h"

#define W(x) seg_w[W_##x]
#define NEVER (-1e9)

enum role { R_K, R_T, R_U, R_S, R_B, NROLE };

/* A section heading holds at most this many characters. */
#define HEADING_MAX 40
/* A title holds at most this many characters: 303 of the 313 titles
 * of the tuning truth (the rest a notice's 关于…的通知 or a title of two
 * clauses set apart by a space), where a title and its subtitle joined
 * hold more in 41 of 58 (W_B_WRAP_LONG). Two lines of a wrapped title
 * are weighed against it (the role search sees a line and the one
 * above it, not the whole title). */
#define TITLE_MAX_CHARS 26
/* A kicker this much shorter than its title is clearly a kicker. */
#define KICKER_RATIO 0.7
/* Affinity at which a line clearly matches a paragraph ... */
#define MATCH_CLEAR 0.3
/* ... and under which it matches none. */
#define MATCH_NONE 0.1
/* A line matches another line's paragraph at most this share of how
 * well it matches its own: the two are about different bodies. */
#define OTHER_BODY_SHARE 0.34
/* ... at least this share: about the same body. */
#define SAME_BODY_SHARE 0.7

struct seg_headline *
seg_new_headline(struct seg *s, size_t item)
{
	struct seg_headline *h;

	s->h = xreallocarray(s->h, s->nh + 1, sizeof *s->h);
	h = &s->h[s->nh++];
	memset(h, 0, sizeof *h);
	h->title = xstrdup("");
	h->subtitle = xstrdup("");
	h->byline = xstrdup("");
	h->kicker = xstrdup("");
	h->item = item;
	h->article = SEG_UNSET;
	h->alt_of = -1;
	return h;
}

/* What one line of a block looks like, for the roles. */
struct bline {
	const struct seg_line *l;
	struct seg_headline h;  /* the line alone as a headline: its words */
	double *aff;     /* its affinity to each live paragraph; owned */
	size_t best;     /* paragraph it matches best */
	double match;    /* how well, 0..1 */
	int genre;       /* names a feature's genre, alone (1) or wrapped
	                    into the next line (GENRE_JOINED) */
	int genre_cut;   /* its genre word opens it and the line above
	                    reads on into it (W_B_GENRE_CUT) */
	int box;         /* a box's title (seg_is_box_title) */
	int anchored;    /* a byline or —— subtitle follows within two
	                    lines (W_B_KICKER_ANCHORED) */
	int over_title;  /* the next line is plain and clearly longer
	                    (KICKER_RATIO): a title it may be the kicker of
	                    (W_B_WRAP_WORDLESS) */
	int over_byline; /* the next line is a byline or a bare name
	                    (W_B_WRAP_NAME) */
	int named;       /* anchored, or a bare name follows within two
	                    lines: the headline has a byline (W_B_KICKER_BARE) */
	int ink;         /* ink_chars of the line: asked in every step */
	int run_nch;     /* characters of the line and of the lines its
	                    commas carry it on to (井下五百米， / 矿工穿上了
	                    “白大褂”): the title it opens, which a kicker
	                    over it is weighed against (KICKER_RATIO) */
	int doc;         /* a document's title (document_line) */
	int before;      /* the block stands before text, not after the
	                    page's last, with one byline or subtitle at most */
	int pen;         /* a pen name's shape under a line that ends
	                    whole or where a signature stands (pen_name):
	                    a byline (W_B_PEN_NAME) */
	int prose;       /* the block's text opens with prose (PROSE_MIN_CHARS
	                    and a full stop): signs_block */
	int signs;       /* a pen name's shape where a headline's signature
	                    stands over prose (pen, signs_block) */
	int series;      /* a series' subtitle (seg_is_series_subtitle):
	                    a banner's, which ends its headline */
	const struct bline *below;  /* the block's next line, or NULL */
	struct wrap_memo *memo;  /* wrapped(above, this line), kept while
	                    parse_block searches the roles; NULL: not kept */
};

/* wrapped's evidence for a line under line above, found once: the role
 * search asks it for every role pair that reads a wrap (a title's, a
 * kicker's, a subtitle's rest), the same two lines each time, where it
 * walked their text again each time (1 % of segmenting a page). */
struct wrap_memo {
	const struct bline *above;
	double x;
	int known;
};

/* bline.genre of a line whose genre shows only joined with the next. */
#define GENRE_JOINED 2

/* h (zeroed) gets the words of text alone: its bigrams, their idf and
 * sum, as seg_affinities weighs them. The caller frees h->bg, h->idf. */
static void
text_terms(const struct seg *s, const char *text, struct seg_headline *h)
{
	size_t k;

	memset(h, 0, sizeof *h);
	h->bg = seg_bigrams(text, &h->nbg);
	h->idf = xcalloc(h->nbg + 1, sizeof *h->idf);
	for (k = 0; k < h->nbg; k++)
		h->total += (h->idf[k] = seg_idf(s, h->bg[k]));
}

/* The paragraph a line's words match best. */
static void
best_match(struct seg *s, struct bline *b)
{
	size_t p;

	text_terms(s, b->l->text, &b->h);
	b->best = 0;
	b->match = 0;
	b->aff = xcalloc(s->np + 1, sizeof *b->aff);
	seg_affinities(s, &b->h, b->aff);
	for (p = 0; p < s->np; p++)
		if (b->aff[p] > b->match) {
			b->match = b->aff[p];
			b->best = p;
		}
}

static int
plain(const struct seg_line *l)
{
	return l->kind != L_BYLINE && l->kind != L_SUBTITLE;
}

/* Whether line text joins two phrases by a middle dot (丰收访谈·种粮人说,
 * 体育强市·青春风采): a column and its series, a kicker's shape. */
static int
series_dot(const char *t)
{
	const char *p = strstr(t, "\xC2\xB7");   /* · */
	uint32_t c;

	/* (Han characters, three bytes each, on both sides: no list's
	 * bullet, no 1·2) */
	if (p == NULL || p - t < 3 || utf8_next(p - 3, 3, &c) != 3 ||
	    !clean_is_han(c))
		return 0;
	return utf8_next(p + 2, strlen(p + 2), &c) > 0 && clean_is_han(c);
}

/* Whether line text t names a series of reports (寻访吕梁老字号系列报道
 * 之二, 优化营商环境系列访谈): 系列 and the kind of pieces the series
 * runs, a column's label over each piece's title. (系列 alone names no
 * series: a title's 开展系列宣传活动 is a set of events.) */
static int
series_name(const char *t)
{
	static const char *const kinds[] = { "报道", "访谈", "评论", "述评",
	    "调查", NULL };
	const char *p = strstr(t, "系列");
	int i;

	if (p == NULL)
		return 0;
	p += strlen("系列");
	for (i = 0; kinds[i] != NULL; i++)
		if (seg_starts(p, kinds[i]))
			return 1;
	return 0;
}

/*
 * Whether line text t is shaped as a report's sentence: it holds a figure
 * (16万公里, 3.6万名), a colon (中阳黑木耳：…), a comma inside it, or ends
 * on the event it reports (…推进会召开, …公交开通). A title's or a
 * subtitle's shape, not a kicker's: a kicker names a topic or a column
 * (防汛一线, 假日吕梁). In our truth 2 of 118 kickers have it, 201 of 509
 * titles and 15 of 78 subtitles.
 */
static int
sentence_shape(const char *t)
{
	static const char *const events[] = { "举行", "召开", "举办", "开幕",
	    "闭幕", "落幕", "启动", "揭晓", "开通", "挂牌", "投入使用",
	    "贯通", "竣工验收", NULL };
	const char *c;
	int i;

	if (strpbrk(t, "0123456789:") != NULL || strstr(t, "：") != NULL)
		return 1;
	c = strstr(t, "，");
	if (c != NULL && c[strlen("，")] != '\0')
		return 1;
	for (i = 0; events[i] != NULL; i++)
		if (seg_ends(t, events[i]))
			return 1;
	return 0;
}

/* The line's own score for role r. */
static double
emit(const struct bline *b, int r, int mixed_doubling)
{
	const struct seg_line *l = b->l;

	switch (r) {
	case R_B:
		/* (a byline line can be no other role: a weight of its own,
		 * W_B_BYLINE +10, added the same to every reading) */
		if (l->kind == L_BYLINE)
			return 0;
		return l->name ? W(B_NAME) : b->pen ? W(B_PEN_NAME) : NEVER;
	case R_S:
		/* (a —— subtitle line can be no other role either: its
		 * weight, W_B_DASH, was the same in every reading, and went) */
		if (l->kind == L_SUBTITLE)
			return 0;
		if (!plain(l))
			return NEVER;
		return b->genre ? W(B_GENRE) +
		    (b->genre_cut ? W(B_GENRE_CUT) : 0) : W(B_PLAIN_SUB);
	case R_K:
		if (!plain(l))
			return NEVER;
		/* A kicker names a topic or a column, not a person: a bare
		 * name is a byline (a title's name is followed by a colon). */
		return W(B_KICKER) + (l->final ? W(B_KICKER_FINAL) : 0) +
		    (l->glabel ? W(B_LABEL) : 0) +
		    (l->name ? W(B_KICKER_NAME) : 0) +
		    (strstr(l->text, "“") != NULL ? W(B_KICKER_QUOTE) : 0) +
		    (series_dot(l->text) || series_name(l->text) ?
		    W(B_KICKER_DOT) : 0);
	default:
		if (!plain(l))
			return NEVER;
		return (mixed_doubling && l->doubled ? W(B_DOUBLED_TITLE) : 0) -
		    (l->glabel ? W(B_LABEL) : 0);
	}
}

/* Whether lines a and b clearly match different bodies: each matches a
 * paragraph well that the other hardly matches. */
static int
other_body(const struct bline *a, const struct bline *b)
{
	return a->match >= MATCH_CLEAR && b->match >= MATCH_CLEAR &&
	    a->best != b->best &&
	    a->aff[b->best] < OTHER_BODY_SHARE * a->match &&
	    b->aff[a->best] < OTHER_BODY_SHARE * b->match;
}

/* Whether they match the same paragraph, or one matches the other's
 * nearly as well as its own. */
static int
same_body(const struct bline *a, const struct bline *b)
{
	return a->match >= MATCH_CLEAR && b->match >= MATCH_CLEAR &&
	    (a->best == b->best ||
	    a->aff[b->best] >= SAME_BODY_SHARE * a->match ||
	    b->aff[a->best] >= SAME_BODY_SHARE * b->match);
}

/* Whether line l fills the column it stands in, no wider: a line the
 * column's width wrapped (a headline set wider than the column has a
 * measure of its own). */
static int
fills_column(const struct seg_line *l)
{
	return l->cw >= l->col - FULL_TOL && l->cw <= l->col;
}

static double wrapped(const struct seg *s, const struct bline *a,
    const struct bline *b);
static int leaves_open(const char *t);

/*
 * Whether the text shows a cut between title line a and line b under
 * it: b opens inside a word the page prints whole (seg_reads_on:
 * 离石区8个农贸市场完 / 成提档升级) or with a closing mark, or a
 * leaves a quote open or ends on a word that binds to what follows. Not
 * where b is clearly shorter than a plain line under it (over_title): b
 * may be that title's kicker, and two words may meet across any two
 * headlines' lines.
 */
static int
cut_shows(const struct seg *s, const struct bline *a, const struct bline *b)
{
	if (b->over_title)
		return 0;
	return seg_reads_on(s, a->l, b->l) || seg_starts_inside(b->l) ||
	    seg_binds_on(a->l->last) || leaves_open(a->l->text);
}

/* A line of at most this many characters is a wrap's remainder. */
#define WRAP_STUB_CHARS 2

/* Whether line l shows a clause's end or pause: ，！？ in it, or ，、；：
 * at its end (l->mid). */
static int
clause_marks(const struct seg_line *l)
{
	return l->mid || strstr(l->text, "，") != NULL ||
	    strstr(l->text, "！") != NULL || strstr(l->text, "？") != NULL;
}

/*
 * Whether a kicker on line a may go on over line b, wrapped by the
 * column (守护城市记忆·走进汾阳市档 / 案馆修复室 over 给泛黄的老档案
 * “续命”; 零下8℃开跑 6000名跑者奔 / 跑在北川河畔 over 2026吕梁冬季
 * 马拉松鸣枪开跑): a kicker names a topic in a phrase, and a long one
 * wraps as a title does. Not where a holds a clause's marks (clause_marks:
 * 皮影戏走进社区， / 一周演了十二场 is a title wrapped, and 1 of the
 * tuning truth's 188 kickers holds a comma); nor in a block gathered
 * at the page end unless a byline, a —— subtitle or a name stands
 * within three lines under b: gathered briefs' titles (八旬老人山中走失
 * 民 / 警彻夜搜寻终寻回 over the next brief's title) have none, and
 * read as a kicker over the next title they took its text; nor there
 * where b is a stub (WRAP_STUB_CHARS: …新栏目今日 / 开 播 over the next
 * brief's title and byline), what a title's wrap leaves over.
 */
static int
kicker_wraps(const struct bline *a, const struct bline *b)
{
	return !clause_marks(a->l) && (b->before ||
	    (b->ink > WRAP_STUB_CHARS && (b->named ||
	    (b->below != NULL && b->below->named))));
}

/* The price of line b going on with line a, wrapped, where the dump
 * sets its lines one paragraph a line: none where a ends on a pause or
 * the lines are not set so (the wrap shows as it does in a column);
 * W_B_WRAP_PERLINE where the text shows the cut (cut_shows); else the
 * lines are two, NEVER. A title's and a long kicker's wraps alike. */
static double
perline_wrap(const struct seg *s, const struct bline *a, const struct bline *b)
{
	if (!a->l->perline || seg_ends_on_pause(a->l))
		return 0;
	return cut_shows(s, a, b) ? W(B_WRAP_PERLINE) : NEVER;
}

/* Score of role r on line b after role q on line a (a == NULL: the
 * block's first line). */
static double
step(const struct seg *s, const struct bline *a, int q, const struct bline *b,
    int r)
{
	double x = 0;

	if (a == NULL)
		return r == R_K || r == R_T ? 0 : r == R_B ? W(B_NEW_TITLE) :
		    NEVER;
	switch (r) {
	case R_K:
		/* A series' label (二论加快建设黄河文化 / 旅游目的地) is a
		 * kicker however long, so it wraps as a title does: the same
		 * evidence joins its lines. Another kicker goes on over a
		 * line only as kicker_wraps allows, at a price (a kicker and
		 * a title look alike). */
		if (q == R_K && seg_is_series_label(a->l->text) &&
		    !a->l->perline)
			return W(B_WRAP) + wrapped(s, a, b);
		if (q == R_K) {
			if (!kicker_wraps(a, b) ||
			    (x = perline_wrap(s, a, b)) == NEVER)
				return NEVER;
			return x + W(B_WRAP) + wrapped(s, a, b) +
			    W(B_KICKER_WRAP);
		}
		return W(B_NEW_TITLE) + (b->before ? W(B_NEW_BEFORE) : 0) +
		    (other_body(a, b) ? W(B_OTHER_BODY) : 0);
	case R_T:
		/* A box's title (相关链接) stands alone: no kicker over it,
		 * and it is no kicker over another title; nor is a notice's
		 * (公 告, 声明): a title of its own over the notice. */
		if (q == R_K && (b->box || a->box || a->doc))
			return NEVER;
		if (q == R_K) {
			if (a->match < MATCH_NONE && b->match >= MATCH_CLEAR)
				x += W(B_KICKER_NOBODY);
			/* (against the whole title: one cut at its comma,
			 * 井下五百米， / 矿工穿上了“白大褂”, is no shorter for
			 * it, and its kicker 能源革命在吕梁 was read as the
			 * rest of the title above. Tuning halves +0.0008 /
			 * +0 / +0 / +0.0017 / +0 (that one article, 6
			 * pages); the confirm halves +0 / +0.) */
			if (b->l->nch > 0 && a->l->nch < KICKER_RATIO * b->run_nch)
				x += W(B_KICKER_SHORT) +
				    (b->anchored ? W(B_KICKER_ANCHORED) : 0);
			/* A kicker as long as its title (优化营商环境系列访谈 /
			 * “办税不再跑断腿”, 非遗保护在吕梁 / 指尖上的非遗传承)
			 * has the anchor's evidence too where the block stands
			 * over its text: a title with its byline or —— subtitle
			 * right under it is a headline whole, and the line over
			 * it its kicker, not the title's first part. Gathered
			 * blocks (a brief's title over the next headline) have
			 * it not; nor a line holding a colon, a title's start
			 * (谭若溪：讲好清香酒背 / 后的“风土密码”), nor one set
			 * bold over a plain line (the bold line is the title,
			 * W_B_DOUBLED_TITLE). */
			else if (b->anchored && b->before &&
			    strstr(a->l->text, "：") == NULL &&
			    (!a->l->doubled || b->l->doubled))
				x += W(B_KICKER_ANCHORED);
			if (other_body(a, b))
				x -= W(B_OTHER_BODY);
			/* (a kicker heads a report or a feature, whose
			 * headline has a byline; gathered briefs have none,
			 * and the upper one's words are its text's) */
			if (!b->named && !b->before && a->match >= MATCH_CLEAR)
				x += W(B_KICKER_BARE);
			return x;
		}
		x = W(B_NEW_TITLE) + (b->before ? W(B_NEW_BEFORE) : 0);
		if (other_body(a, b))
			x += W(B_OTHER_BODY);
		if (same_body(a, b) && q != R_B)
			x -= W(B_SAME_BODY);
		return x;
	case R_U:
		if (q != R_T && q != R_U)
			return NEVER;
		/* (nor is a box's own title, 相关链接, the rest of another;
		 * nor does a document's title go on past the kind it ends
		 * on: …倡议书, 致…的一封信). Where the lines are one
		 * paragraph each a title is set whole on its line, but for
		 * one that ends in ， or 、: no title stops there, so it goes
		 * on (孩子明年上一年级， / 报名要注意啥？ among an
		 * interview's short questions and answers, which the column
		 * model reads as paragraphs a line; the two were read as two
		 * headlines and the title cut). Tuning halves +0 / +0 /
		 * +0.0017 / +0 / +0.0024 (four articles, none losing),
		 * confirm +0 / +0.0035. Nor where the text shows the cut
		 * (cut_shows: 离石区8个农贸市场完 / 成提档升级 on a page whose
		 * dump sets a blank line between lines, the headline's two
		 * lines each read as a paragraph): the title goes on there
		 * too, at a price (W_B_WRAP_PERLINE). */
		if (b->box || a->doc || (x = perline_wrap(s, a, b)) == NEVER)
			return NEVER;
		/* (a title holds at most TITLE_MAX_CHARS: two lines longer
		 * together are a title and its subtitle, or two titles; but
		 * where the upper fills the column it stands in, the column
		 * wrapped it, a meeting report's long title: 田安平出席全市
		 * 学习贯彻习近平总书记 / “七一”重要讲话精神…动员会) */
		return x + W(B_WRAP) + wrapped(s, a, b) +
		    (a->l->nch + b->l->nch > TITLE_MAX_CHARS &&
		    !fills_column(a->l) ? W(B_WRAP_LONG) : 0);
	case R_S:
		/* (a box's title, 相关链接, has no subtitle either, nor a
		 * document's: none of the notices of our truth has one, and
		 * the next article's title under a notice's set after its
		 * text, 婚事新办 文明节俭倡议书 / 张海峰：…, was read as one) */
		if (q == R_K || q == R_B ||
		    ((q == R_T || q == R_U) && (a->box || a->doc)))
			return NEVER;
		/* A subtitle of two lines: the evidence a title's wrap has,
		 * and its genre where the two name it only together. */
		if (q == R_S)
			return W(B_WRAP) + wrapped(s, a, b) +
			    (a->genre == GENRE_JOINED ? W(B_GENRE) : 0) +
			    (a->series ? W(B_SERIES_ON) : 0);
		if (other_body(a, b))
			x -= W(B_OTHER_BODY);
		if (same_body(a, b))
			x += W(B_SAME_BODY);
		/* (a subtitle is set no bolder than its title) */
		if (b->l->doubled && !a->l->doubled && b->l->kind == L_TEXT)
			x += W(B_SUB_BOLDER);
		return x;
	default: /* R_B */
		return q == R_K ? NEVER : q == R_S && a->series ?
		    W(B_SERIES_ON) : 0;
	}
}

/* A title's rest of at most this many Han characters is no headline
 * (short_rest). */
#define SPLIT_REST_HANS 3
/* A kicker is anchored (W_B_KICKER_ANCHORED) by a byline or —— subtitle
 * this many lines below it at most: its title, wrapped once, between. */
#define KICKER_ANCHOR_LINES 2
/* Headlines read as two only in blocks of at least this many: headlines
 * gathered at the page end or in a row, where a kicker and a title look
 * alike; a block alone before its body heads that body, kicker and all. */
#define SPLIT_BLOCK_MIN 2

/*
 * Whether a title line ends in a part of at most WRAP_STUB_CHARS after a
 * space (加强中小学生心理健康教育 护航 / 青少年阳光成长): the parts of a
 * title set apart by spaces are phrases of a few characters each, and a
 * stub of one is a phrase the wrap cut.
 */
static int
ends_in_stub(const char *t)
{
	const char *sp = strrchr(t, ' ');

	return sp != NULL && sp > t && sp[1] != '\0' &&
	    utf8_count(sp + 1) <= WRAP_STUB_CHARS &&
	    utf8_count(sp + 1) * 2 < (size_t)(sp - t) / 3;
}

/* Whether line l is a document's title (停水通知), also letter-spaced to
 * fill its line (公 告). */
static int
document_line(const struct seg_line *l)
{
	const char *t;
	char *u, *p;
	int doc;

	if (l->doctitle || strchr(l->text, ' ') == NULL)
		return l->doctitle;
	p = u = xstrdup(l->text);
	for (t = l->text; *t != '\0'; t++)
		if (*t != ' ')
			*p++ = *t;
	*p = '\0';
	doc = seg_is_document_title(u);
	free(u);
	return doc;
}

/* Characters of line l but spaces: a stub letter-spaced to fill its
 * line (收 割) is as short as it reads. Not a notice's title spaced so
 * (公 告, doc): a title of its own, whose length tells nothing. */
static int
ink_chars(const struct seg_line *l, int doc)
{
	const char *t;
	int n = l->nch;

	for (t = l->text; *t != '\0'; t++)
		n -= *t == ' ';
	return doc ? l->nch : n;
}

/* Cells (marks at full width) of what a width wrap moved down whole to
 * open line t: a number or a Latin word, or one character with the
 * opening marks before it and the closing marks after it (a line ends
 * with no opening mark and opens with no closing one). */
static int
first_token_cells(const char *t)
{
	size_t n = strlen(t), i = 0, len = 0;
	uint32_t c = 0;
	int w = 0;

	while (i < n && (isalnum((unsigned char)t[i]) ||
	    (i > 0 && strchr(".%/+#-", t[i]) != NULL)))
		i++;
	if (i > 0)
		return (int)i;
	while (i < n && (len = (size_t)utf8_next(t + i, n - i, &c)) > 0 &&
	    clean_is_opening(c)) {
		w += 2;
		i += len;
	}
	if (i < n) {
		w += clean_is_wide(c) ? 2 : 1;
		i += len;
	}
	while (i < n && (len = (size_t)utf8_next(t + i, n - i, &c)) > 0 &&
	    seg_no_line_opens(c)) {
		w += 2;
		i += len;
	}
	return w;
}

/* Cells of text with its CJK marks set `mark` cells wide (1 or 2: a
 * page sets them either way, column by column, and the width the page
 * model chose may not be the column's), but a closing mark at its end
 * when `hang` (it may hang past the measure). */
static int
text_cells(const char *t, int mark, int hang)
{
	size_t n = strlen(t), i = 0;
	int w = 0, last = 0;
	uint32_t c;

	while (i < n) {
		i += (size_t)utf8_next(t + i, n - i, &c);
		last = clean_is_cjk_punct(c) ? mark : clean_is_wide(c) ? 2 : 1;
		w += last;
	}
	if (hang && n > 0 && seg_no_line_opens(c))
		w -= last;
	return w;
}

/*
 * Whether line a is full for a measure line b fits in: a width wrap puts
 * on a line all that fits, so the first token of the next line did not
 * fit after it: a is at most that token's width short of b (counted the
 * way that favours a wrap: a's marks wide, b's narrow).
 */
static int
fills_before(const struct seg_line *a, const struct seg_line *b)
{
	return text_cells(a->text, 2, 0) + first_token_cells(b->text) >
	    text_cells(b->text, 1, 1);
}

/* Whether t leaves a quote or bracket open (“…, （…, 《…): the text it
 * opened goes on past the line. */
static int
leaves_open(const char *t)
{
	size_t n = strlen(t), i = 0;
	int depth = 0;
	uint32_t c;

	while (i < n) {
		i += (size_t)utf8_next(t + i, n - i, &c);
		if (c == 0x201C || c == 0xFF08 || c == 0x300A || c == 0x300C)
			depth++;
		else if ((c == 0x201D || c == 0xFF09 || c == 0x300B ||
		    c == 0x300D) && depth > 0)
			depth--;
	}
	return depth > 0;
}

/* No title or subtitle of our truth is this short but a notice's (声明,
 * 公 告) or a genre's: a plain line this short under a line at least
 * twice as long is what the title's wrap left over (… 住上了 /
 * “暖心房”), where a bare name under a title is its byline. Six (was
 * five): no title or subtitle of the tuning truth holds six characters
 * either (four kickers do, 优化营商环境, over their titles), and a rest
 * of six (…资源调查记录 / 物种312种, …乡镇防洪 / 安全有了保障) was read
 * as a title of its own with the byline, the body cut under it. 6 on
 * the tuning halves +0.0008 / +0 / +0.0046 / +0.0048 / +0.0017
 * (extras 18 / 10 / 20 / 21 / 17); 7 lost c-t2 0.0042; the confirm
 * halves +0 / +0. */
#define WRAP_REST_CHARS 6

static int
wrap_rest(const struct bline *a, const struct bline *b)
{
	const struct seg_line *l = b->l;

	return l->kind == L_TEXT && l->nch <= WRAP_REST_CHARS && !l->name &&
	    !(b->signs && W(B_PEN_REST) > 0) &&
	    !l->glabel && !l->doctitle && !b->box && !b->genre &&
	    a->l->nch >= 2 * l->nch && !a->l->final;
}

/*
 * Whether line b, short and read as a name (终寻回, 能办好: a name's
 * length, its first character a surname's), stands right over a byline:
 * a headline has one byline, so a name over another is no byline but
 * the rest of the title's wrap (八旬老人山中走失 民警彻夜搜寻 / 终寻回 /
 * 本报记者 郝文杰; …下乡双 / 向通道 / 阮志红, over a commentary's bare
 * name), which wrap_rest refuses for the name.
 */
static int
name_rest(const struct bline *a, const struct bline *b)
{
	const struct seg_line *l = b->l;

	return l->kind == L_TEXT && l->nch <= WRAP_REST_CHARS && l->name &&
	    b->over_byline && !l->glabel && !l->doctitle && !b->box &&
	    !b->genre && a->l->nch >= 2 * l->nch && !a->l->final;
}

/* A line read as a title's rest holds at least this many characters
 * (ink) for its words to tell (WRAP_STUB_CHARS and less tell nothing). */
#define WORDLESS_MIN_CHARS (WRAP_STUB_CHARS + 1)

/*
 * Whether line b, under title line a, names no text's words while a
 * names one clearly, and a clearly longer plain line follows b: the rest of
 * a wrapped title goes on with the title's words (…上线 / 运营, …新院区
 * / 投入使用) or reads on across the cut (…幼儿 / 园32所: the page
 * prints 幼儿园), where a column's kicker names none (一线见闻, 身边的榜样)
 * and stands over the next headline's title (…最佳观赏期 / 一线见闻 /
 * 守护黄河岸边的“生命线”: title + next kicker read as one title).
 */
static int
wordless_rest(const struct seg *s, const struct bline *a,
    const struct bline *b)
{
	return b->over_title && b->ink >= WORDLESS_MIN_CHARS &&
	    !b->doc && b->match < MATCH_NONE &&
	    a->match >= MATCH_CLEAR && !seg_reads_on(s, a->l, b->l);
}

/*
 * Whether line b, under title line a, names some text's words but none
 * of the text a names clearly, and a clearly longer plain line follows
 * b: a column's kicker whose words happen to stand in another text
 * (寻味吕梁, 假日吕梁, 优化营商环境, 身边的榜样), over the next gathered
 * title, where a title's rest goes on with its own text's words. The
 * words bind b to a text other than a's, so it heads that text. Only
 * where b is short enough to count as a rest (wrap_rest): a longer
 * rest's words may stand in another paragraph of its own text (the
 * interview 路修到村口，班车也 / 要开进山沟沟), and a->best is one
 * paragraph, not the text.
 */
static int
unbound_rest(const struct seg *s, const struct bline *a,
    const struct bline *b)
{
	return wrap_rest(a, b) && b->over_title &&
	    b->ink >= WORDLESS_MIN_CHARS && !b->doc && b->match >= MATCH_NONE &&
	    b->aff[a->best] < MATCH_NONE &&
	    a->match >= MATCH_CLEAR && !seg_reads_on(s, a->l, b->l);
}

/* Whether line l is done as a sentence's end (！ ？ 。) closes it, or
 * a title's column tag after its words (方山老街的冬日烟火【走基层】;
 * not a tag alone, 【走基层】, that heads a title). */
static int
closed(const struct seg_line *l)
{
	return l->final || (l->last == 0x3011 /* 】 */ &&
	    l->first != 0x3010 /* 【 */);
}

/* Whether line a is closed or closes on a quote (…别成了“糊涂箱” / 秋实,
 * …烟火【走基层】 / 晋风), and b opens none inside it: a title ending so
 * left no stub to wrap, and the character or two under it are a name
 * (体育课，不能再被“借”走了！ / 晓光), not its rest. (23 of our 705
 * truth headlines end with a character or two after a closing mark, a
 * stub a cut there would leave; no page of the tuning halves lost by
 * it. 》 and ） tried too: the same figures, not kept.) */
static int
ends_whole(const struct bline *a, const struct bline *b)
{
	return (closed(a->l) || a->l->last == 0x201D /* ” */) &&
	    !seg_starts_inside(b->l);
}

/*
 * Whether live paragraphs p and q stand next to each other, no block
 * between them: likelier one text's than two (a text runs over several
 * paragraphs), where a line's best match names one paragraph, not its
 * text.
 */
static int
next_paras(const struct seg *s, size_t p, size_t q)
{
	size_t lo = p < q ? p : q, hi = p < q ? q : p, i;

	if (hi != lo + 1)
		return 0;
	for (i = s->paras[lo] + 1; i < s->paras[hi]; i++)
		if (s->it[i].kind == I_BLOCK)
			return 0;
	return 1;
}

/*
 * Whether line b, short under title line a as a wrap's rest is, matches
 * clearly the paragraph next to the one a matches: one text's words, the
 * rest's (…高粱开 / 镰收割: 收割 in the text's second paragraph, the
 * title's words in its first), which other_body read as two bodies and
 * the rest as the next headline's kicker. Not where the line under b
 * names b's paragraph too: b's words are then the next title's text's,
 * a column's name over it (W_B_WRAP_UNBOUND: …开镰收割 / 寻味吕梁 /
 * 柴家碗托：…, the two texts set one after the other). Only for a rest:
 * two whole lines matching paragraphs next to each other may be two
 * texts', one's last paragraph and the next one's lead (a subtitle's
 * second line read on into the next title so).
 */
static int
rest_next(const struct seg *s, const struct bline *a, const struct bline *b)
{
	return a->match >= MATCH_CLEAR && b->match >= MATCH_CLEAR &&
	    (wrap_rest(a, b) || name_rest(a, b)) &&
	    next_paras(s, a->best, b->best) &&
	    (b->below == NULL || b->below->aff[b->best] < MATCH_CLEAR);
}

/* Whether c is a digit or a Han numeral (一 … 十, 两, 百, 千, 万, 亿):
 * a line ending on one leaves its number open (…的一 / 封信, …3.2 /
 * 万人), the next line its measure. */
static int
numeral(uint32_t c)
{
	static const uint32_t han[] = { 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
	    0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x4E24, 0x767E,
	    0x5343, 0x4E07, 0x4EBF, 0 };   /* 一二三四五六七八九十两百千万亿 */
	int i;

	if ((c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19))
		return 1;
	for (i = 0; han[i] != 0; i++)
		if (c == han[i])
			return 1;
	return 0;
}

/* Whether some live paragraph of the page prints t. */
static int
in_text(const struct seg *s, const char *t)
{
	size_t p;

	for (p = 0; p < s->np; p++)
		if (strstr(s->it[s->paras[p]].text, t) != NULL)
			return 1;
	return 0;
}

/*
 * Whether line b, under title line a, stands where a headline's
 * signature does: last in a block set over its text (before), and not
 * the stub a wrap of a left: the text does not print it (an author is
 * not written of in a commentary, where a title's rest, …3.2 / 万人,
 * is), and a does not leave a number open for it to finish (…的一 /
 * 封信). A bare name (王磊, 柳溪) there signs the headline; a pen name
 * (晋言), no surname to tell it, only over prose (pen_name).
 */
static int
signs_block(const struct seg *s, const struct bline *a,
    const struct bline *b)
{
	return b->below == NULL && b->before &&
	    !numeral(a->l->last) && !in_text(s, b->l->text);
}

/*
 * Whether line b is a heading of its own however short: a notice's
 * title (声明, 公 告: document_line), a box's (相关链接) or a genre label
 * (短评). Such a line under the last title of headlines gathered at a
 * page's end heads the notice or the column that follows; read as the
 * stub of the title's wrap (W_B_WRAP_STUB), it was glued to the title
 * (万名跑者竞逐汾阳半程马拉松声明) and its notice lost its title. (A
 * rest of more characters, wrap_rest, already excluded them.) Tuning
 * +0 / +0 / +0.0023 / +0.0071 / +0, notes removed on 6 articles (公告
 * 2, 家事审判里的“慢功夫” 2, 小区门口的快递堆成山… 2, 声明, 万名跑
 * 者…, 交口“流动法庭”…), added on one (石楼义牒黄河大桥建成通车, 1);
 * confirm +0 / +0.
 */
static int
own_heading(const struct bline *b)
{
	return b->doc || b->box || b->l->glabel;
}

/* A title of fewer characters than this fits on one line of any
 * measure a headline is set to: a width wrap leaves no stub under it.
 * (10 and 12 alike on the tuning halves, 12 also c-f2 +0.0001; 14 lost
 * t1 0.0008, 16 t1 t4 t5 and f1.) */
#define WRAP_TITLE_MIN 12

/* Whether line a and the stub b under it, together, are too short for
 * a width wrap to have cut them apart, and a was not cut at a pause
 * (…候车亭， / 还差一块挡风板 is a title's two lines) nor left a word,
 * a quote or a number open: b is a name or a word of its own (…候车亭，
 * / 还差一块挡风板 / 王磊 gathered at the page end, the name not last
 * in its block so not signs_block's), not a's rest, and W_B_WRAP_STUB
 * does not weigh. Tuning t2 +0.0017, t4 +0.0008, t1 t3 t5 nxt +0;
 * notes removed on 3 articles, none added; confirm f2 +0.0001, f1
 * nxf +0. (Dropping W_B_WRAP_REST there too lost t1 0.0127.) */
static int
fits_unwrapped(const struct bline *a, const struct bline *b)
{
	return a->l->nch + b->l->nch < WRAP_TITLE_MIN && !a->l->mid &&
	    !leaves_open(a->l->text) && !seg_binds_on(a->l->last) &&
	    !numeral(a->l->last);
}

/* Evidence that line b goes on with the text of line a, wrapped. */
static double
wrapped_now(const struct seg *s, const struct bline *a,
    const struct bline *b)
{
	double x = 0;
	int next = rest_next(s, a, b);

	if (seg_starts_inside(b->l))
		x += W(B_WRAP_CLOSING);
	if (a->l->mid || leaves_open(a->l->text))
		x += W(B_WRAP_COMMA);
	if (closed(a->l))
		x += W(B_WRAP_FINAL);
	if (seg_binds_on(a->l->last))
		x += W(B_WRAP_BINDS);
	/* No kicker, title or subtitle is a character or two long: such a
	 * line is what a title's wrap left over, unless it is a name that
	 * signs the headline (signs_block). */
	if ((b->ink <= WRAP_STUB_CHARS && !ends_whole(a, b) &&
	    !own_heading(b) && !fits_unwrapped(a, b) &&
	    !((b->l->name || b->pen) && signs_block(s, a, b))) ||
	    ends_in_stub(a->l->text))
		x += W(B_WRAP_STUB);
	else if (wrap_rest(a, b))
		x += W(B_WRAP_REST);
	else if (name_rest(a, b))
		x += W(B_WRAP_NAME);
	if (seg_reads_on(s, a->l, b->l))
		x += W(B_WRAP_READS_ON);
	if (a->l->cw > b->l->cw)
		x += W(B_WRAP_WIDTH);
	else if (a->l->cw + FULL_TOL < b->l->cw && !a->l->mid)
		x += W(B_WRAP_NARROW);
	/* Lines set one width, give or take a mark: a heading wrapped in a
	 * narrow column (a kicker and its title differ in length; a kicker
	 * a character narrower than the title under it is no wrap). */
	if (abs(a->l->cw - b->l->cw) <= EVEN_CELLS &&
	    fills_before(a->l, b->l) &&
	    a->l->cw >= a->l->col - EVEN_FULL_CELLS &&
	    a->l->nch >= EVEN_MIN_CHARS && b->l->nch >= EVEN_MIN_CHARS)
		x += W(B_WRAP_EVEN);
	if (a->l->doubled != b->l->doubled)
		x += W(B_WRAP_TYPE);
	if (b->l->turn)
		x += W(B_WRAP_SPEAKER);
	if (other_body(a, b) && !next)
		x -= W(B_OTHER_BODY);
	if (same_body(a, b) || next)
		x += W(B_SAME_BODY);
	if (wordless_rest(s, a, b))
		x += W(B_WRAP_WORDLESS);
	else if (unbound_rest(s, a, b))
		x += W(B_WRAP_UNBOUND);
	return x;
}

/* wrapped_now, kept in b's memo where it has one. */
static double
wrapped(const struct seg *s, const struct bline *a, const struct bline *b)
{
	struct wrap_memo *m = b->memo;
	double x;

	if (m != NULL && m->known && m->above == a)
		return m->x;
	x = wrapped_now(s, a, b);
	if (m != NULL) {
		m->above = a;
		m->x = x;
		m->known = 1;
	}
	return x;
}

/* Whether role r on a line after role q opens a new headline. */
static int
opens(int q, int r)
{
	return (r == R_K && q != R_K) || (r == R_T && q != R_K) ||
	    ((r == R_S || r == R_B) && q < 0);
}

static void
fill(struct seg_headline *h, const struct seg_line *l, int r, int q)
{
	char *t;

	switch (r) {
	case R_K:
		if (q == R_K) {
			t = clean_join(h->kicker, l->text);
			free(h->kicker);
			h->kicker = t;
		} else {
			seg_append(&h->kicker, l->text, " ");
		}
		break;
	case R_T:
	case R_U:
		h->tl = xreallocarray(h->tl, (size_t)h->tlines + 1,
		    sizeof *h->tl);
		h->tl[h->tlines++] = xstrdup(l->text);
		t = clean_join(h->title, l->text);
		free(h->title);
		h->title = t;
		h->doubled |= l->doubled;
		break;
	case R_S:
		if (q == R_S && strchr(l->text, ' ') == NULL &&
		    strchr(h->subtitle, ' ') == NULL) {
			t = clean_join(h->subtitle, l->text);
			free(h->subtitle);
			h->subtitle = t;
		} else {
			seg_append(&h->subtitle, l->text, " ");
		}
		break;
	default:
		t = seg_strip_byline(l->text);
		seg_append(&h->byline, t, " ");
		free(t);
		break;
	}
}

/* Whether a heading's kicker and title read together as one numbered
 * head: a speech's or a feature's section heading wrapped over two or
 * three lines (一、认清形势，增强 / 抓好农田水利建设的紧迫感) parses as
 * a kicker over its title, and neither piece alone reads as numbered
 * (the title has no number, the kicker may end inside a clause). */
static int
numbered_wrap(const struct seg_headline *h)
{
	char *t = xasprintf("%s%s", h->kicker, h->title);
	int r = seg_is_numhead(t);

	free(t);
	return r;
}

static void
set_plain(struct seg_headline *h)
{
	/* No byline or subtitle: it could be a section heading, its kicker
	 * then the heading's first line (a heading wraps too). */
	h->plain = *h->subtitle == '\0' && *h->byline == '\0' &&
	    utf8_count(h->kicker) + utf8_count(h->title) <= HEADING_MAX;
	h->numbered = seg_is_numhead(h->title) ||
	    (h->plain && *h->kicker != '\0' && numbered_wrap(h));
}

/*
 * Whether the block's parse joined line b (role r) to line a (role q) in
 * a way that could also be two headlines: a kicker over its title, or a
 * title wrapped onto the next line. The assignment weighs both readings
 * (a kicker and a title gathered at the page end look alike, and only
 * the bodies tell them apart). Never for a wrap that is certain: a line
 * ending in a comma or the like, a next line that starts inside a
 * sentence or is a stub. *cost: by how much the block's own evidence
 * prefers one headline (the parse's margin at this junction over two
 * titles).
 */
/*
 * Whether block item stands right after a paragraph (captions and credits
 * aside): a headline set after its body may stand over the next one's, and
 * a kicker over a title there may be the headline of the text before.
 */
static int
after_text(const struct seg *s, size_t item)
{
	while (item-- > 0) {
		const struct seg_item *it = &s->it[item];
		if (it->kind == I_PARA && !it->dropped)
			return 1;
		if (it->kind != I_CAPTION && it->kind != I_CREDIT)
			return 0;
	}
	return 0;
}

/* Han characters of t (marks and digits aside). */
static int
han_chars(const char *t)
{
	size_t n = strlen(t), i = 0;
	uint32_t c;
	int k = 0, len;

	while (i < n) {
		len = utf8_next(t + i, n - i, &c);
		if (len <= 0)
			break;
		k += clean_is_han(c);
		i += (size_t)len;
	}
	return k;
}

/* A pen name holds this many Han characters at least ... */
#define PEN_MIN_HANS 2
/* ... and at most this many. */
#define PEN_MAX_HANS 3
/* A text's first paragraph holds at least this many characters and a
 * full stop where it is prose (a commentary's), not a list's entry. */
#define PROSE_MIN_CHARS 30

/*
 * Whether line b, under line a, is a pen name's shape (晓光, 晋风, 秋实):
 * two or three Han characters and nothing else, no name's (a surname
 * first reads as one: seg_is_name), no genre's or label's, under a
 * plain line that ends whole (ends_whole), so no rest of a title's wrap
 * (…推 / 进会, …主 / 持: the line above ends mid-word), or where a
 * headline's signature stands over prose (signs_block, prose: …何妨 /
 * 晋言 over a commentary, not 铜奖 over a list's entry).
 */
static int
pen_name(const struct seg *s, const struct bline *a, const struct bline *b)
{
	const struct seg_line *l = b->l;
	int h;

	if (l->kind != L_TEXT || l->name || l->glabel || l->doctitle ||
	    b->box || b->genre || !plain(a->l) ||
	    (!ends_whole(a, b) && !(b->prose && signs_block(s, a, b))))
		return 0;
	h = han_chars(l->text);
	return h >= PEN_MIN_HANS && h <= PEN_MAX_HANS &&
	    (size_t)h == utf8_count(l->text);
}

/*
 * Whether line b, read as the rest of title line a, holds at most
 * SPLIT_REST_HANS Han characters under a line at least twice as long: no
 * kicker or title of our truth is so short (a column's kicker holds four:
 * 一线见闻), so the rest of a title it is (…比招得来 / 更要紧, …红枣“吃干
 * 榨尽” / 链条长, …冷链 / “断点”), not a title of its own the split may
 * make of it with the byline under it.
 */
static int
short_rest(const struct bline *a, const struct bline *b)
{
	int h = han_chars(b->l->text);

	return h > 0 && h <= SPLIT_REST_HANS && !b->l->name &&
	    !b->doc && !b->box && !b->genre && a->l->nch >= 2 * b->l->nch;
}

static int
may_split(const struct seg *s, const struct bline *a, int q,
    const struct bline *b, int r, int mixed, double *cost)
{
	if (q == R_K && r == R_T) {
		/* A genre label heads nothing alone. */
		if (a->l->glabel)
			return 0;
		*cost = emit(a, R_K, mixed) + step(s, a, R_K, b, R_T) -
		    emit(a, R_T, mixed) - step(s, a, R_T, b, R_T);
		return 1;
	}
	/* A title over a plain line read as its subtitle: two titles, the
	 * upper set after the text before (as a kicker over a title). */
	if ((q == R_T || q == R_U) && r == R_S && b->l->kind == L_TEXT &&
	    !b->genre && !b->box) {
		*cost = emit(b, R_S, mixed) + step(s, a, q, b, R_S) -
		    emit(b, R_T, mixed) - step(s, a, q, b, R_T);
		return 1;
	}
	/* (nor a title cut on a word that binds to the rest, 的 / 把,
	 * nor one cut inside a word, the two characters at the cut a pair
	 * the page prints elsewhere (如何才 / 能“长红”？, …里的发 / 展信心),
	 * nor one whose rest is a word or two and its mark, 什么？) */
	if (r != R_U || a->l->mid || leaves_open(a->l->text) || a->l->perline ||
	    seg_starts_inside(b->l) || seg_binds_on(a->l->last) ||
	    seg_reads_on(s, a->l, b->l) ||
	    b->ink - (b->l->final ? 1 : 0) <= WRAP_STUB_CHARS)
		return 0;
	*cost = emit(b, R_U, mixed) + step(s, a, q, b, R_U) -
	    emit(b, R_T, mixed) - step(s, a, q, b, R_T) +
	    (short_rest(a, b) ? W(B_SPLIT_REST) : 0);
	return 1;
}

/* Title lines [from, to) of h joined; caller frees. */
static char *title_part(const struct seg_headline *h, int from, int to);

/* A new headline of h's block holding h's title lines [from, to). */
static size_t
new_part(struct seg *s, size_t hi, int from, int to)
{
	struct seg_headline *n = seg_new_headline(s, s->h[hi].item);
	const struct seg_headline *h = &s->h[hi];
	int k;

	n->nth = h->nth;
	n->nblock = h->nblock;
	n->blines = h->blines;
	n->doubled = h->doubled;
	n->alt_of = (int)hi;
	free(n->title);
	n->title = title_part(h, from, to);
	n->tl = xreallocarray(NULL, (size_t)(to - from) + 1, sizeof *n->tl);
	for (k = from; k < to; k++)
		n->tl[n->tlines++] = xstrdup(h->tl[k]);
	return s->nh - 1;
}

/* The two parts of headline hi cut before block line `at`: upper u and
 * lower l, each costing `cost` where the assignment takes them. */
static void
place_split(struct seg *s, size_t hi, size_t u, size_t l, int at,
    double cost)
{
	s->h[u].alt_upper = 1;
	s->h[u].alt_cost = s->h[l].alt_cost = cost;
	s->h[u].line0 = s->h[hi].line0;
	s->h[u].line1 = at - 1;
	s->h[l].line0 = at;
	s->h[l].line1 = s->h[hi].line1;
	set_plain(&s->h[u]);
	set_plain(&s->h[l]);
}

/* The reading of headline hi as two cut before its plain subtitle: its
 * kicker and title above, the subtitle (as a title) and byline below. */
static void
add_split_subtitle(struct seg *s, size_t hi, int at, double cost)
{
	size_t u = new_part(s, hi, 0, s->h[hi].tlines);
	size_t l = new_part(s, hi, 0, 0);

	free(s->h[u].kicker);
	s->h[u].kicker = xstrdup(s->h[hi].kicker);
	free(s->h[l].title);
	s->h[l].title = xstrdup(s->h[hi].subtitle);
	/* (new_part made room for one title line) */
	s->h[l].tl[s->h[l].tlines++] = xstrdup(s->h[hi].subtitle);
	free(s->h[l].byline);
	s->h[l].byline = xstrdup(s->h[hi].byline);
	place_split(s, hi, u, l, at, cost);
}

/*
 * The second reading of headline hi as two, cut before its block line
 * `at`: the kicker (or the title's first lines, with the kicker) above,
 * the rest of the title with the subtitle and byline below. Its kicker
 * stands on its first klines lines (two where a series' label wraps).
 */
static void
add_split(struct seg *s, size_t hi, int at, double cost, int klines)
{
	int kicker = *s->h[hi].kicker != '\0';
	/* Title lines above the cut: none when the kicker is what is cut. */
	int j = at - s->h[hi].line0 - klines;
	size_t u, l;

	if (j == s->h[hi].tlines && *s->h[hi].subtitle != '\0') {
		add_split_subtitle(s, hi, at, cost);
		return;
	}
	if (j < 0 || j >= s->h[hi].tlines || (j == 0 && !kicker))
		return;
	if (j == 0) {
		u = new_part(s, hi, 0, 0);
		free(s->h[u].title);
		s->h[u].title = xstrdup(s->h[hi].kicker);
	} else {
		u = new_part(s, hi, 0, j);
		free(s->h[u].kicker);
		s->h[u].kicker = xstrdup(s->h[hi].kicker);
	}
	l = new_part(s, hi, j, s->h[hi].tlines);
	free(s->h[l].subtitle);
	s->h[l].subtitle = xstrdup(s->h[hi].subtitle);
	free(s->h[l].byline);
	s->h[l].byline = xstrdup(s->h[hi].byline);
	place_split(s, hi, u, l, at, cost);
}

/*
 * Whether, cut before block line `at`, the line above matches the text
 * printed before the block and the line below does not: a headline set
 * after its body, stacked over the next one's.
 */
static int
upper_before(const struct seg *s, const struct bline *v, size_t item,
    int at)
{
	size_t next = seg_para_after(s, item + 1);

	return v[at - 1].match >= MATCH_CLEAR && v[at - 1].best < next &&
	    (v[at].match < MATCH_CLEAR || v[at].best >= next);
}

/* Lines after the first that a speech's occasion may wrap over
 * (——在全市纪念五四运动 / 105周年青年座谈会上的 / 讲话: a narrow
 * column). */
#define OCCASION_LINES 2

/* Whether t opens a speech's occasion (在…, ——在…). */
static int
opens_occasion(const char *t)
{
	return seg_starts(t, "在") || seg_starts(t, "——在");
}

/*
 * Whether line t names its genre by the word it opens with, no dash
 * before it (访市…局长, 记…农艺师): a word a wrap may have cut from the
 * line above (…电动自行车登 / 记上牌有哪些新规定, …不动产登 / 记业务的
 * 公告), where a profile's subtitle set with its dash (——记…) is none.
 */
static int
opens_genre_word(const char *t)
{
	return seg_starts(t, "访") || (seg_starts(t, "记") &&
	    !seg_starts(t, "记者"));
}

/* A speech's occasion named across the break from line k on
 * (opens_occasion): line k marked GENRE_JOINED, its first line alone
 * (the lines between it and the one that closes it read on as a
 * subtitle's wrap does; mark_joined_end may mark the one before the
 * closing line). Until stop 42 every line but the closing one was
 * marked; marking them all again on top of mark_joined_end, measured at
 * stop 42: t3 +0.0011 t4 +0.0014 t5 -0.0016, f1 -0.0033 f2 +0.0010 (the
 * rest the same), so the first line alone. */
static void
mark_joined_from(struct bline *v, size_t n, size_t k)
{
	size_t j;
	char *t = xstrdup(v[k].l->text);

	for (j = k + 1; j < n && j <= k + OCCASION_LINES &&
	    v[j].l->kind == L_TEXT; j++) {
		char *u;
		/* (a line that names a genre alone, a roll call
		 * 郝振东出席并讲话 白建平主持, is a subtitle of its
		 * own: the 在… over it is the title's rest, …推进会 /
		 * 在兴县召开, not an occasion joined with it) */
		if (seg_is_genre_subtitle(v[j].l->text))
			break;
		u = clean_join(t, v[j].l->text);
		free(t);
		t = u;
		if (seg_is_genre_subtitle(t)) {
			v[k].genre = GENRE_JOINED;
			break;
		}
		if (v[j].l->final)
			break;
	}
	free(t);
}

/*
 * A genre named at the end of a subtitle that the column wrapped just
 * before its last words (柳林县一座关停煤矿的工人转岗新能 / 源纪实, …的
 * 调 / 查): line k, whose text names no genre alone, joined with the
 * line under it ends on one (seg_ends_genre), which that line alone
 * does not either. Line k is marked GENRE_JOINED. (The end alone: any
 * genre of the join, a roll call's 讲话 and space, found one in a
 * speech's occasion, …上的讲话, joined with the next speech's spaced
 * title, 坚持民生为本 全力以赴….)
 */
static void
mark_joined_end(struct bline *v, size_t n, size_t k)
{
	char *t;

	if (k + 1 >= n || v[k + 1].genre || v[k].l->kind != L_TEXT ||
	    v[k + 1].l->kind != L_TEXT)
		return;
	t = clean_join(v[k].l->text, v[k + 1].l->text);
	if (seg_ends_genre(t))
		v[k].genre = GENRE_JOINED;
	free(t);
}

/* What the lexicon says of each line, once a block (the role search asks
 * for every pair of roles): a box's title, and which lines name a
 * feature's genre (a speech's subtitle wrapped over two or three lines,
 * 在全市…工作会议 / 上的讲话（摘要）, names it only joined; so does a
 * feature's whose last line holds the end of its genre word, … / 源纪实:
 * mark_joined_end). */
static void
mark_lines(struct bline *v, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++) {
		v[k].box = seg_is_box_title(v[k].l->text);
		v[k].genre = seg_is_genre_subtitle(v[k].l->text);
		v[k].series = v[k].l->kind == L_SUBTITLE &&
		    seg_is_series_subtitle(v[k].l->text);
	}
	for (k = 0; k + 1 < n; k++) {
		if (v[k].genre || v[k].l->final || v[k + 1].l->kind != L_TEXT)
			continue;
		/* (only a speech's occasion is joined by its opening
		 * words: an interview's or a visit's, 对话… / …, joined
		 * too, gained one article on the tuning halves, t1
		 * +0.0008, and lost f1 0.0017) */
		if (opens_occasion(v[k].l->text))
			mark_joined_from(v, n, k);
		else if (W(B_GENRE_END) > 0)
			mark_joined_end(v, n, k);
	}
}

/* Lines of a title this many cells apart are not set to one measure
 * (a mark at a line's end moves a cell or two either way). */
#define MEASURE_CELLS 3

/*
 * Evidence on lines a and b, the first two of a title that wraps onto a
 * third: every line of a wrapped title but its last fills the one
 * measure the title is set in, so the two are as wide as each other
 * (headlines gathered one under another, the last of them wrapped, are
 * not: 文水县2.3万亩酿酒高粱开镰收割 / 老年助餐点让银发族吃上“暖心饭” /
 * 第五届吕梁文化旅游产 / 业发展大会开幕 read as one title).
 */
static double
one_measure(const struct bline *a, const struct bline *b)
{
	return abs(a->l->cw - b->l->cw) > MEASURE_CELLS ? W(B_WRAP_MEASURE) : 0;
}

/*
 * Whether block item stands after the page's last text, or before
 * nothing but a photo's lead-in at the page end (a paragraph or two and
 * its caption, standing alone after them): headlines gathered at the
 * page end, as lone() in segment-assign.c reads them, not a block over
 * the text after it.
 */
static int
ends_page(const struct seg *s, size_t item)
{
	size_t at = seg_para_after(s, item), i;

	if (at >= s->np)
		return 1;
	if (s->np - at > LEAD_IN_PARAS)
		return 0;
	for (i = s->nit; i-- > item;) {
		if (s->it[i].kind == I_CAPTION && !s->it[i].cut)
			return 1;
		if (s->it[i].kind == I_PARA && !s->it[i].dropped)
			return 0;
	}
	return 0;
}

/*
 * Whether the block is one genre label alone between two paragraphs
 * (…这点钱。 / 记者手记 / 一本“养老账本”…): a feature's section heading,
 * its closing note's, not a kicker over no title. Read as a kicker
 * without a title, it ended the text before as a byline does and opened
 * a new article at the text after; as a title alone it is a heading
 * candidate (segment-assign.c weighs it as any other).
 */
static int
lone_label_heading(const struct seg *s, const struct bline *v, size_t n,
    size_t item)
{
	size_t i = item;

	if (n != 1 || !v[0].l->glabel || seg_is_series_label(v[0].l->text) ||
	    seg_para_after(s, item) >= s->np)
		return 0;
	/* (a paragraph the page printed again, dropped, stands between
	 * as captions and credits do) */
	while (i-- > 0) {
		const struct seg_item *it = &s->it[i];
		if (it->kind == I_PARA && !it->dropped)
			return 1;
		if (it->kind != I_CAPTION && it->kind != I_CREDIT &&
		    it->kind != I_PARA)
			return 0;
	}
	return 0;
}

/* Where a headline may be read as two (may_split), and what its block's
 * evidence says against it. */
struct cut {
	int at;
	double cost;
};

/*
 * Keep the cut before block line `at` (cost) among a headline's two: c[0]
 * its first cut, c[1] its cheapest later one, if cheaper than the first.
 * A headline of a gathered block may be two at either junction (a title
 * and the next one's kicker, a title wrapped onto the next title), and
 * the junction the block's evidence is least sure of is not always the
 * first (身边的榜样 / 十二年…“无声世界” / 佟雅琴：…: the kicker's
 * junction first, the two titles' the doubtful one).
 */
static void
keep_cut(struct cut *c, int at, double cost)
{
	if (c[0].at == 0) {
		c[0].at = at;
		c[0].cost = cost;
	} else if (cost < c[0].cost && (c[1].at == 0 || cost < c[1].cost)) {
		c[1].at = at;
		c[1].cost = cost;
	}
}

/* The lines of headline h's kicker, from its first line on (role: each
 * block line's). */
static int
kicker_lines(const struct seg_headline *h, const int *role)
{
	int k = h->line0;

	while (k <= h->line1 && role[k] == R_K)
		k++;
	return k - h->line0;
}

/* The best reading of the block's n lines v as roles, by their own
 * scores (emit) and each pair's (step), into role[0..n). */
static void
search_roles(const struct seg *s, struct bline *v, size_t n, int mixed,
    int *role)
{
	double (*best)[NROLE] = xreallocarray(NULL, n + 1, sizeof *best);
	unsigned char (*from)[NROLE] = xreallocarray(NULL, n + 1, sizeof *from);
	/* (kept for the search alone: nothing of the lines changes in it) */
	struct wrap_memo *memo = xcalloc(n + 1, sizeof *memo);
	size_t k;
	int q, r, cur;

	for (k = 0; k < n; k++)
		v[k].memo = &memo[k];
	for (k = 0; k < n; k++)
		for (r = 0; r < NROLE; r++) {
			double top = NEVER * 4, e = emit(&v[k], r, mixed);
			int arg = 0;
			if (k == 0) {
				top = step(s, NULL, 0, &v[k], r);
			} else {
				for (q = 0; q < NROLE; q++) {
					double x = best[k - 1][q] +
					    step(s, &v[k - 1], q, &v[k], r);
					if (q == R_U && r == R_U && k >= 2)
						x += one_measure(&v[k - 2], &v[k - 1]);
					if (x > top) {
						top = x;
						arg = q;
					}
				}
			}
			best[k][r] = top + e;
			from[k][r] = (unsigned char)arg;
		}
	for (k = 0; k < n; k++)
		v[k].memo = NULL;
	free(memo);
	cur = 0;
	for (r = 1; r < NROLE; r++)
		if (n > 0 && best[n - 1][r] > best[n - 1][cur])
			cur = r;
	for (k = n; k-- > 0;) {
		role[k] = cur;
		cur = from[k][cur];
	}
	free(best);
	free(from);
}

/* Whether label text t (短评, 【吕梁时评】…, 【吕梁论坛】…) names an opinion
 * piece: its genre word is a 评 or a 论 (短评, 时评, 快评, 述评, 社论,
 * 论坛), where 简讯, 专访, 人物 head reports. Only the label's own words
 * are asked: up to its 】 where it opens the title. */
static int
opinion_label(const char *t)
{
	const char *e = seg_starts(t, "【") ? strstr(t, "】") : NULL;
	size_t n = e != NULL ? (size_t)(e - t) : strlen(t);
	char *l = xstrndup(t, n);
	int r = strstr(l, "评") != NULL || strstr(l, "论") != NULL;

	free(l);
	return r;
}

/* Whether a line above line k of block v names a commentary's genre or
 * column (短评, 时评 over the title; 【短评】… opening it): a text its
 * author signs under the title. */
static int
commentary(const struct bline *v, size_t k)
{
	size_t i;

	for (i = 0; i < k; i++)
		if ((v[i].l->glabel || seg_title_column(v[i].l->text)) &&
		    opinion_label(v[i].l->text))
			return 1;
	return 0;
}

/* Parse block item `item` into headlines (appended to s->h). */
static void
parse_block(struct seg *s, size_t item)
{
	const struct seg_item *it = &s->it[item];
	struct bline *v = xcalloc(it->last - it->first + 2, sizeof *v);
	size_t n = 0, i, k, after;
	int q, mixed, doubled = 0, nth = 0, at_end, anchors, before, prose;
	int *role;
	long open = -1;
	size_t first = s->nh;
	struct cut *cuts;
	double cost;

	for (i = it->first; i <= it->last; i++)
		if (!s->l[i].gone) {
			v[n].l = &s->l[i];
			best_match(s, &v[n]);
			doubled += s->l[i].doubled;
			n++;
		}
	mark_lines(v, n);
	for (k = 1; k < n; k++)
		v[k].genre_cut = v[k].genre == 1 &&
		    opens_genre_word(v[k].l->text) &&
		    seg_reads_on(s, v[k - 1].l, v[k].l);
	for (k = 0, anchors = 0; k < n; k++)
		anchors += v[k].l->kind == L_BYLINE || v[k].l->kind == L_SUBTITLE;
	/* (two bylines or —— subtitles tell two headlines there: one set
	 * after the text before, one over the text after) */
	before = !ends_page(s, item) && anchors <= 1;
	for (k = n; k-- > 0;)
		v[k].run_nch = v[k].l->nch + (k + 1 < n && v[k].l->mid &&
		    plain(v[k + 1].l) ? v[k + 1].run_nch : 0);
	for (k = 0; k < n; k++) {
		v[k].below = k + 1 < n ? &v[k + 1] : NULL;
		v[k].before = before;
	}
	after = seg_para_after(s, item);
	prose = after < s->np &&
	    strstr(s->it[s->paras[after]].text, "。") != NULL &&
	    utf8_count(s->it[s->paras[after]].text) >= PROSE_MIN_CHARS;
	for (k = 0; k < n; k++)
		v[k].prose = prose;
	for (k = 1; k < n; k++) {
		v[k].pen = pen_name(s, &v[k - 1], &v[k]);
		v[k].signs = v[k].pen && prose &&
		    signs_block(s, &v[k - 1], &v[k]) &&
		    (ends_whole(&v[k - 1], &v[k]) ||
		    (fits_unwrapped(&v[k - 1], &v[k]) && commentary(v, k)));
	}
	for (k = 0; k < n; k++) {
		v[k].doc = document_line(v[k].l);
		v[k].ink = ink_chars(v[k].l, v[k].doc);
		for (i = k + 1; i < n && i <= k + KICKER_ANCHOR_LINES; i++)
			v[k].anchored |= v[i].l->kind == L_BYLINE ||
			    v[i].l->kind == L_SUBTITLE;
		v[k].over_byline = k + 1 < n &&
		    (v[k + 1].l->kind == L_BYLINE || v[k + 1].l->name);
		for (i = k + 1; i < n && i <= k + KICKER_ANCHOR_LINES; i++)
			v[k].named |= v[i].l->kind == L_BYLINE ||
			    v[i].l->kind == L_SUBTITLE || v[i].l->name;
		v[k].over_title = k + 1 < n && plain(v[k + 1].l) &&
		    v[k].l->nch < KICKER_RATIO * v[k + 1].l->nch;
	}
	mixed = doubled > 0 && (size_t)doubled < n;
	role = xcalloc(n + 1, sizeof *role);
	search_roles(s, v, n, mixed, role);
	if (lone_label_heading(s, v, n, item))
		role[0] = R_T;
	cuts = xcalloc(2 * (n + 1), sizeof *cuts);
	for (k = 0; k < n; k++) {
		q = k > 0 ? role[k - 1] : -1;
		if (open < 0 || opens(q, role[k])) {
			seg_new_headline(s, item);
			open = (long)s->nh - 1;
			s->h[open].nth = nth++;
			s->h[open].line0 = (int)k;
		}
		s->h[open].line1 = (int)k;
		fill(&s->h[open], v[k].l, role[k], q);
		if (k > 0 && may_split(s, &v[k - 1], q, &v[k], role[k], mixed,
		    &cost))
			keep_cut(&cuts[2 * (open - first)], (int)k, cost);
	}
	for (k = first; k < s->nh; k++) {
		struct seg_headline *h = &s->h[k];
		h->nblock = nth;
		h->blines = (int)n;
		set_plain(h);
	}
	/* A block after the page's last text heads text before it: headlines
	 * gathered at the page end, however they parse. */
	at_end = ends_page(s, item);
	for (k = first; k < first + (size_t)nth; k++)
		for (i = 2 * (k - first); i < 2 * (k - first) + 2; i++)
			if (cuts[i].at > 0 && (nth >= SPLIT_BLOCK_MIN || at_end))
				add_split(s, k, cuts[i].at, cuts[i].cost,
				    kicker_lines(&s->h[k], role));
			else if (cuts[i].at > 0 && after_text(s, item))
				add_split(s, k, cuts[i].at, cuts[i].cost +
				    (upper_before(s, v, item, cuts[i].at) ?
				    W(B_SPLIT_BEFORE) : 0),
				    kicker_lines(&s->h[k], role));
	free(cuts);
	for (k = 0; k < n; k++) {
		free(v[k].h.bg);
		free(v[k].h.idf);
		free(v[k].aff);
	}
	free(role);
	free(v);
}

/* Whether h, a title with a subtitle and no byline, names a selection
 * of pieces (——…发言选登): a series' banner. */
static int
names_series(const struct seg_headline *h)
{
	return *h->byline == '\0' && *h->title != '\0' &&
	    seg_is_series_subtitle(h->subtitle);
}

/* h is a banner, its subtitle part of its text (the kicker it gives). */
static void
make_banner(struct seg_headline *h)
{
	h->banner = 1;
	seg_append(&h->title, h->subtitle, "");
}

/*
 * A series banner (SPEC import 6): the first headline of a block that
 * stands right before a body, with a —— subtitle and no byline, above
 * a headline with its byline (a series of speeches or columns). It is no article's headline: the articles under it
 * take it as their kicker.
 */
static void
find_banner(struct seg *s, size_t first, size_t item)
{
	struct seg_headline *h = &s->h[first];
	const struct seg_item *next = item + 1 < s->nit ? &s->it[item + 1] : NULL;

	char *t;
	double before, after;

	/* A subtitle that names a selection of pieces makes a banner
	 * wherever it stands (a block of its own above the first body, its
	 * headlines gathered elsewhere). One that names a single piece's
	 * genre or occasion (——在…座谈会上的讲话, seg_is_genre_subtitle)
	 * makes none: it is a speech's own headline, first in a block
	 * over the next headline with its byline (凝聚青春力量 勇担时代使命
	 * / ——在全市纪念五四运动…上的讲话 was read as a banner, the speech
	 * untitled and its title passed down as the next pieces' kicker).
	 * Tuning t3 +0.0016, t4 +0.0032, t5 +0.0016, t1 t2 nxt +0, notes
	 * removed on 7 articles (that speech 9, the pieces under it one
	 * kicker each), none added; confirm +0 / +0 / +0. */
	int series = names_series(h);

	if (!series && (h->nblock < 2 || *h->subtitle == '\0' ||
	    *h->byline != '\0' || !seg_starts(h->subtitle, "—") ||
	    seg_is_genre_subtitle(h->subtitle) ||
	    *h->title == '\0' || next == NULL || next->kind != I_PARA ||
	    *h[1].byline == '\0'))
		return;
	/* A headline whose words clearly match a text printed before the
	 * block is that text's headline, gathered after it (a news item
	 * with a —— subtitle and no byline), not a banner over what
	 * follows. */
	if (next != NULL && next->kind == I_PARA) {
		t = xasprintf("%s%s", h->title, h->subtitle);
		before = next->para > 0 && !next->dropped ?
		    seg_text_fit(s, t, 0, next->para - 1) : 0;
		after = seg_text_fit(s, t, next->para, s->np - 1);
		free(t);
		if (before >= MATCH_CLEAR && before > after)
			return;
	}
	make_banner(h);
}

/* A series' banner further down a block (under the headline of the text
 * before, set after it): only its subtitle (…选登) tells. */
static void
later_banner(struct seg_headline *h)
{
	if (h->alt_of < 0 && names_series(h))
		make_banner(h);
}

void
seg_parse_blocks(struct seg *s)
{
	size_t i, k, before;

	for (i = 0; i < s->nit; i++) {
		if (s->it[i].kind != I_BLOCK)
			continue;
		before = s->nh;
		parse_block(s, i);
		if (s->nh > before)
			find_banner(s, before, i);
		for (k = before + 1; k < s->nh; k++)
			later_banner(&s->h[k]);
	}
	for (i = 0; i < s->nh; i++)
		seg_headline_terms(s, &s->h[i]);
}

/* A kicker's words in its article's lead at least this well (0..1) ... */
#define LEAD_CLEAR 0.3
/* ... and the title's at most this share of that: the lead repeats the
 * first line, so that line is the title and the second its subtitle. */
#define LEAD_TITLE_SHARE 0.5

/* How well live paragraph p holds the words of text (0..1). */
static double
text_affinity(const struct seg *s, const char *text, size_t p)
{
	return seg_text_fit(s, text, p, p);
}

/* A subtitle holds at least this many characters (77 of the 78 plain
 * subtitles of our truth; 73 of 509 titles hold fewer). */
#define SUBTITLE_MIN_CHARS 11

/*
 * Whether line text t ends on a quoted word (一堂别开生面的“田间思政课”,
 * 从“趴着睡”到“躺着睡”, “只要还有人看，我就接着放”): the catchword a
 * title closes on, its point. A kicker names a column or a campaign
 * and may quote its term first (“四好农村路”建设持续推进, “数商兴农”在
 * 行动), but never closes on one: in our truth 93 of 668 titles end so,
 * 2 of 117 subtitles and none of 167 kickers.
 */
static int
ends_on_catchword(const char *t)
{
	return strstr(t, "“") != NULL && seg_ends(t, "”");
}

/*
 * Whether upper, a title heading nothing, over lower, the title of the
 * headline under it, is shaped as a title over its subtitle rather than
 * a kicker over its title: upper is shaped as a report's sentence
 * (sentence_shape: 2 of our 118 kickers, 201 of 509 titles; “只要还有人
 * 看，我就接着放” / 石楼县乡村电影放映员乔来旺的三十一年), lower has a
 * subtitle's length and not that shape itself (where both have it,
 * 汾阳市：… / 交口县：…, the two are alike and tell nothing). A
 * quotation in upper (2 of 118 kickers too) gained the tuning halves
 * more (+0.0139 against +0.0107) but lost a confirm half (c-f1 -0.0017):
 * a kicker may quote a term (“四好农村路”建设持续推进), not kept.
 * An upper line that ends on a quoted catchword (ends_on_catchword) is
 * shaped as a title whatever lower is: no kicker ends so (一堂别开生面的
 * “田间思政课” / 柳林县第一中学开展劳动教育实践活动, 从“趴着睡”到“躺着
 * 睡” / 兴县3.6万名中小学生午休有了“午休床”, read as kicker over title:
 * 'subtitle only'). With the kicker's rest below (take_line_above), on
 * the tuning halves +0.0049 / +0.0033 / +0.0033 / +0.0068 / +0.0032,
 * notes removed on 3 articles (22, 10 and 4 notes), none added; confirm
 * +0.0016 / +0. The same evidence as a weight on the kicker role (emit)
 * lost: -1 c-t5 -0.0016, -2 c-f2 -0.0017.
 */
static int
title_shape_over(const char *upper, const char *lower)
{
	return utf8_count(lower) >= SUBTITLE_MIN_CHARS &&
	    ((!sentence_shape(lower) && sentence_shape(upper)) ||
	    ends_on_catchword(upper));
}

/* A plain title right above headline k in its block that heads nothing
 * (the block read as two titles) is k's kicker, or its title (below);
 * over k's own kicker, it is the kicker and k's lines move down a role;
 * shaped as a title over k's subtitle (title_shape_over), it is the
 * title, k's its subtitle;
 * a kicker and title over k, k's title is their subtitle; over k's
 * kicker that ends on a catchword, that kicker is their title's rest. */
static void
take_line_above(struct seg *s, int k)
{
	struct seg_headline *h = &s->h[k], *u = h - 1;

	if (k == 0 || h->nth == 0 || u->item != h->item || u->article != SEG_UNSET ||
	    u->banner || *u->title == '\0' || *u->subtitle != '\0' ||
	    *u->byline != '\0')
		return;
	if (*u->kicker == '\0' && *h->subtitle == '\0' &&
	    ((*h->kicker == '\0' && title_shape_over(u->title, h->title)) ||
	    *h->kicker != '\0')) {
		/* k's lines move down a role under u's: shaped as a title
		 * over k's subtitle, u is the title; and a headline has one
		 * kicker: three lines, each read as another's kicker, are
		 * kicker, title and subtitle (引题, 主题, 副题). (Printed
		 * bold over k's plain title no longer makes u the title: in
		 * the tuning pages a bold line over a plain one is a kicker
		 * over its title (132 pairs) as often as a title over its
		 * subtitle (120), and the campaign's kicker set bold,
		 * “数商兴农”在行动 / 临县红枣搭上直播快车, “四好农村路”建设持续推进
		 * / 今年全国新改建农村公路16万公里, was made the title, its
		 * title the subtitle.) */
		free(h->subtitle);
		h->subtitle = h->title;
		if (*h->kicker != '\0') {
			h->title = h->kicker;
			h->kicker = u->title;
		} else {
			h->title = u->title;
			h->doubled = u->doubled;
		}
		u->title = NULL;
	} else if (*u->kicker != '\0' && *h->kicker == '\0' &&
	    *h->subtitle == '\0') {
		/* A kicker and title over a line that took the byline: that
		 * line is their subtitle (a headline has one title), not a
		 * second title with the first as its kicker. */
		free(h->subtitle);
		h->subtitle = h->title;
		h->title = u->title;
		free(h->kicker);
		h->kicker = u->kicker;
		u->kicker = xstrdup("");
		u->title = NULL;
	} else if (*u->kicker != '\0' && *h->kicker != '\0' &&
	    *h->subtitle == '\0' && ends_on_catchword(h->kicker)) {
		/* A kicker and title over k, whose kicker ends on a quoted
		 * catchword: no kicker ends so (ends_on_catchword), so it is
		 * the rest of the title above, wrapped (乡村振兴看产业 / 一座
		 * 蔬菜产业园托起 / 千户农家“致富梦” / 文水县现代设施…4.2万吨:
		 * the four lines were read as one kicker over a title), and
		 * k's title their subtitle. */
		char *t = clean_join(u->title, h->kicker);
		free(h->subtitle);
		h->subtitle = h->title;
		h->title = t;
		free(h->kicker);
		h->kicker = u->kicker;
		u->kicker = xstrdup("");
	} else {
		/* (the line above goes first) */
		char *k = h->kicker;
		h->kicker = xstrdup("");
		if (*u->kicker != '\0')
			seg_append(&h->kicker, u->kicker, " ");
		seg_append(&h->kicker, u->title, " ");
		if (*k != '\0')
			seg_append(&h->kicker, k, " ");
		free(k);
	}
	free(u->title);
	u->title = xstrdup("");
	u->article = h->article;
}

void
seg_settle_kickers(struct seg *s)
{
	size_t i;

	for (i = 0; i < s->na; i++) {
		struct seg_headline *h;
		double k, t;
		if (s->a[i].head < 0)
			continue;
		h = &s->h[s->a[i].head];
		take_line_above(s, s->a[i].head);
		/* A kicker is short (专访, 一线见闻): only a first line as
		 * long as the second can be the title instead, or one
		 * shaped as a report's sentence (sentence_shape: 全市农村
		 * 集体经济发展推进会召开 / 年底前全面消除年收入10万元以下村,
		 * read as two titles, then the upper as the kicker, being the
		 * shorter), which the lead then tells. */
		if (*h->kicker == '\0' || *h->subtitle != '\0' ||
		    (utf8_count(h->kicker) < utf8_count(h->title) &&
		    !sentence_shape(h->kicker)))
			continue;
		k = text_affinity(s, h->kicker, s->a[i].first);
		t = text_affinity(s, h->title, s->a[i].first);
		if (k < LEAD_CLEAR || t >= LEAD_TITLE_SHARE * k)
			continue;
		free(h->subtitle);
		h->subtitle = h->title;
		h->title = h->kicker;
		h->kicker = xstrdup("");
	}
}

/* Title lines [from, to) of h joined; caller frees. */
static char *
title_part(const struct seg_headline *h, int from, int to)
{
	char *t = xstrdup(""), *u;
	int k;

	for (k = from; k < to; k++) {
		u = clean_join(t, h->tl[k]);
		free(t);
		t = u;
	}
	return t;
}

/* A title cut in two: its first `cut` lines and the rest; one part
 * (moved) would head untitled run r, the other (kept) stays. */
struct title_cut {
	int cut, move_first;
	double here;         /* the moved part's affinity to run r's lead */
};

/* Whether untitled run r may take a part of the title of h, which heads
 * run own: the run's lead holds the moved part's words clearly, while
 * own's lead holds them much less and r's lead holds the kept part's
 * much less (a gathered block read two titles as one). */
static int
cut_for(const struct seg *s, const struct seg_headline *h, size_t r,
    size_t own, int cut, int move_first, struct title_cut *c)
{
	char *a = title_part(h, 0, cut), *b = title_part(h, cut, h->tlines);
	const char *moved = move_first ? a : b, *kept = move_first ? b : a;
	double here = text_affinity(s, moved, s->a[r].first);
	int ok = here >= LEAD_CLEAR && here > c->here &&
	    text_affinity(s, moved, s->a[own].first) < LEAD_TITLE_SHARE * here &&
	    text_affinity(s, kept, s->a[r].first) < LEAD_TITLE_SHARE * here;

	if (ok) {
		c->cut = cut;
		c->move_first = move_first;
		c->here = here;
	}
	free(a);
	free(b);
	return ok;
}

/* Move part of h's title (c) to a new headline for untitled run r. */
static void
split_title(struct seg *s, size_t hi, size_t r, const struct title_cut *c)
{
	struct seg_headline *n = seg_new_headline(s, s->h[hi].item), *h;
	int from = c->move_first ? 0 : c->cut;
	int to = c->move_first ? c->cut : s->h[hi].tlines, k;

	h = &s->h[hi];
	n->nth = h->nth;
	n->nblock = h->nblock;
	n->article = (int)r;
	free(n->title);
	n->title = title_part(h, from, to);
	n->tl = xreallocarray(NULL, (size_t)(to - from), sizeof *n->tl);
	for (k = from; k < to; k++)
		n->tl[n->tlines++] = h->tl[k];
	for (k = to; k < h->tlines; k++)
		h->tl[k - (to - from)] = h->tl[k];
	h->tlines -= to - from;
	free(h->title);
	h->title = title_part(h, 0, h->tlines);
	/* A kicker stands over the first line. */
	if (c->move_first) {
		free(n->kicker);
		n->kicker = h->kicker;
		h->kicker = xstrdup("");
	}
	seg_headline_terms(s, n);
	seg_headline_terms(s, h);
	s->a[r].head = (int)(s->nh - 1);
}

void
seg_split_titles(struct seg *s)
{
	size_t r, i;

	for (r = 0; r < s->na; r++) {
		struct title_cut best = { 0, 0, 0 };
		size_t bi = 0;
		int cut, first;
		if (s->a[r].head >= 0 || s->it[s->paras[s->a[r].first]].teaser)
			continue;
		for (i = 0; i < s->na; i++) {
			const struct seg_headline *h;
			if (s->a[i].head < 0)
				continue;
			h = &s->h[s->a[i].head];
			for (cut = 1; cut < h->tlines; cut++)
				for (first = 0; first < 2; first++)
					if (cut_for(s, h, r, i, cut, first, &best))
						bi = (size_t)s->a[i].head;
		}
		if (best.cut > 0)
			split_title(s, bi, r, &best);
	}
}

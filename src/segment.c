/*
 * segment: rebuild a page's articles from its decoded text (SPEC import
 * rules 2-7).
 *
 * The page goes through four passes:
 *  1. lines: each raw line is cleaned (clean.c), undoubled when the whole
 *     line is doubled bold text, and classified (dateline, byline,
 *     subtitle, credit, caption, numbered heading, text);
 *  2. headline lines: anchors (bylines, subtitles, doubled lines) and the
 *     unpunctuated short lines around them, and runs of such lines that
 *     stop without a sentence end, are told from wrapped body lines by the
 *     local column width;
 *  3. items: body lines are joined into paragraphs, headline lines into
 *     blocks, captions are lifted out of the sentences they cut; repeated
 *     paragraphs are dropped; unanchored blocks inside one body become
 *     section headings;
 *  4. articles: bodies are cut at datelines and marks, each headline is
 *     matched to the body it shares most rare bigrams with (with a bonus
 *     for standing right before it), bodies claimed by several gathered
 *     headlines are split between them, and captions, credits and photo
 *     items find their places.
 * Nothing here keys on a particular page: every rule is about the shapes
 * of newspaper text.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lreader/clean.h"
#include "lreader/segment.h"
#include "lreader/util.h"

enum lkind {
	L_TEXT, L_DATELINE, L_BYLINE, L_SUBTITLE, L_CREDIT, L_PHOTOCREDIT,
	L_CAPTION, L_NUMHEAD
};

struct line {
	char *text;       /* owned, cleaned */
	int cw;           /* width in the metric its column is set in */
	int cw1, cw2;     /* width with CJK punctuation half / full width */
	int nch;          /* code points */
	int width;        /* local column width around it */
	enum lkind kind;
	unsigned final : 1;      /* ends a sentence */
	unsigned mid : 1;        /* ends in ，、；： */
	unsigned inner : 1;      /* holds a sentence end before its end */
	unsigned doubled : 1;    /* was doubled bold text */
	unsigned hl : 1;         /* belongs to a headline block */
	unsigned perline : 1;    /* one paragraph a line around here */
	unsigned gone : 1;       /* consumed (by a caption) */
};

enum ikind { I_PARA, I_BLOCK, I_CAPTION, I_CREDIT };

struct item {
	enum ikind kind;
	char *text;         /* PARA, CAPTION (without credit), CREDIT: owned */
	char *credit;       /* CAPTION: "记者 刘亮亮 摄" or NULL; owned */
	size_t first, last; /* BLOCK: line range [first, last] */
	unsigned dateline : 1, mark : 1, teaser : 1, heading : 1, cut : 1;
	unsigned dropped : 1;
	unsigned photo : 1; /* CREDIT: a photo credit (X 摄), not a byline's */
	int body;           /* PARA: index of its body, or -1 */
};

struct caption {
	char *text;    /* owned, without the credit */
	char *credit;  /* owned or NULL */
	size_t at;     /* index of the line it stands before */
};

/* A run of body paragraphs that one article (or several, until split)
 * holds. */
struct body {
	size_t first, last;   /* item range */
	int nhead;            /* headlines assigned */
	unsigned teaser : 1, dateline : 1, lead_in : 1;
};

/* One headline parsed out of a block. */
struct headline {
	char *title, *subtitle, *byline, *kicker;  /* owned, never NULL */
	size_t item;          /* its block's item index */
	int body;             /* assigned body, or -1 */
	size_t seed;          /* item index of its best paragraph */
	uint64_t *bg;         /* bigrams of title and subtitle; owned */
	size_t nbg;
	char *name;           /* the NAME of a "NAME：" title, or NULL; owned */
	int shape;            /* subtitle and byline style, for series */
	int banner;           /* a series banner, not an article's headline */
	double *w, total;     /* idf weights of bg and their sum; owned */
};

struct ctx {
	struct line *l;
	size_t nl;
	struct caption *cap;
	size_t ncap;
	struct item *it;
	size_t nit;
	struct body *b;
	size_t nb;
	struct headline *h;
	size_t nh;
	uint64_t **pbg;       /* per item: bigrams of paragraphs; owned */
	size_t *npbg;
	uint64_t *dfk;        /* every bigram of the paragraphs, sorted; owned */
	size_t *dfc;          /* in how many paragraphs each is; owned */
	size_t ndf;
	double *idf_sum;      /* scratch */
};

static int
live_para(const struct item *it)
{
	return it->kind == I_PARA && !it->dropped;
}

/* ---------------------------------------------------------------- */
/* Small text predicates.                                           */

static int
starts(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static int
ends(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Whether s is only Han characters (and ·), between lo and hi of them. */
static int
han_run(const char *s, size_t n, int lo, int hi)
{
	size_t i = 0;
	int k = 0, l;
	uint32_t c;

	while (i < n) {
		l = utf8_next(s + i, n - i, &c);
		if (!clean_is_han(c) && c != 0xB7 && c != 0x2022)
			return 0;
		i += (size_t)l;
		k++;
	}
	return k >= lo && k <= hi;
}

/*
 * Whether s reads as a person's name: two or three Han characters after
 * a common surname (or four after a compound one). Bare names stand as
 * bylines; a short phrase like 文化生活 must not.
 */
static int
is_name(const char *s)
{
	static const char *compound[] = { "欧阳", "司马", "上官", "诸葛",
	    "东方", "皇甫", "尉迟", "令狐", "慕容", "端木", NULL };
	static const char surnames[] =
	    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
	    "彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金"
	    "石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
	    "万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章"
	    "鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
	    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟"
	    "艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席"
	    "卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄"
	    "丛仲虞敖巩明佘池查麻苑迟邝薄";
	size_t n = strlen(s), k = utf8_count(s);
	int i;

	if (!han_run(s, n, 2, 4))
		return 0;
	for (i = 0; compound[i] != NULL; i++)
		if (starts(s, compound[i]))
			return k >= 3;
	if (k > 3)
		return 0;
	for (i = 0; surnames[i] != '\0'; i += 3)
		if (strncmp(s, surnames + i, 3) == 0)
			return 1;
	return 0;
}

/* "王洋", "冯凯治 通讯员 李蓉": names, spaces and role words only. */
static int
names_only(const char *s, int max_chars)
{
	static const char *roles[] = { "本报记者", "见习记者", "实习记者",
	    "特约记者", "新华社记者", "本报通讯员", "记者", "通讯员", "实习生",
	    "本报评论员", "特约评论员", "评论员", "特约摄影", "摄影", "文/",
	    "文／", "图/", "图／", "文图/", "文／图", NULL };
	const char *p = s;
	int i;

	if ((int)utf8_count(s) > max_chars || *s == '\0')
		return 0;
	while (*p != '\0') {
		const char *e;
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		for (i = 0; roles[i] != NULL; i++)
			if (starts(p, roles[i])) {
				p += strlen(roles[i]);
				break;
			}
		if (*p == ' ' || *p == '\0')
			continue;
		e = strchr(p, ' ');
		if (e == NULL)
			e = p + strlen(p);
		if (!han_run(p, (size_t)(e - p), 2, 5))
			return 0;
		p = e;
	}
	return 1;
}

static int
is_byline(const char *s)
{
	if (starts(s, "□") || starts(s, "■") || starts(s, "◎") ||
	    starts(s, "◆"))
		return 1;
	return (starts(s, "本报记者") || starts(s, "本报评论员") ||
	    starts(s, "特约评论员") || starts(s, "本报特约评论员") ||
	    starts(s, "见习记者") || starts(s, "实习记者")) &&
	    names_only(s, 24);
}

/* "肖继旺 摄", "记者 刘亮亮 摄": a photo credit standing alone. */
static int
is_photo_credit(const char *s)
{
	char *t;
	int r;

	if (!ends(s, "摄") || strlen(s) <= strlen("摄"))
		return 0;
	t = xstrndup(s, strlen(s) - strlen("摄"));
	r = names_only(t, 24);
	free(t);
	return r;
}

/* "记者康桂芳 整理": a credit line after a body. */
static int
is_edit_credit(const char *s)
{
	static const char *verbs[] = { "整理", "供稿", "采写", "编辑", NULL };
	int i, r = 0;

	for (i = 0; verbs[i] != NULL && !r; i++)
		if (ends(s, verbs[i]) && strlen(s) > strlen(verbs[i])) {
			char *t = xstrndup(s, strlen(s) - strlen(verbs[i]));
			r = names_only(t, 24);
			free(t);
		}
	return r;
}

/* Whether an ASCII digit stands among the first n characters of s. */
static int
digit_within(const char *s, int n)
{
	size_t len = strlen(s), i = 0;
	uint32_t c;
	int k;

	for (k = 0; k < n && i < len; k++) {
		i += (size_t)utf8_next(s + i, len - i, &c);
		if (c >= '0' && c <= '9')
			return 1;
	}
	return 0;
}

/* 本报讯, 本报北京1月9日电, 新华社太原7月26日电. */
static int
is_dateline(const char *s)
{
	static const char *agencies[] = { "本报", "新华社", "中新社", "人民网",
	    "央视网", NULL };
	const char *p;
	int i;

	if (starts(s, "本报讯"))
		return 1;
	/* Cut by the column before its 电: 本报北京1月9日 / 电（记者…）. */
	if ((starts(s, "本报") || starts(s, "新华社")) && !is_byline(s) &&
	    !starts(s, "本报记者") && !starts(s, "新华社记者") &&
	    digit_within(s, 12) && strstr(s, "日") != NULL &&
	    (strstr(s, "日电") != NULL || utf8_count(s) <= 40))
		return 1;
	for (i = 0; agencies[i] != NULL; i++) {
		if (!starts(s, agencies[i]))
			continue;
		p = strstr(s, "日电");
		if (p != NULL && utf8_count(s) > 4 && p - s < 48) {
			char *head = xstrndup(s, (size_t)(p - s));
			int ok = strchr(head, ' ') == NULL ||
			    strstr(head, "（") == NULL;
			free(head);
			return ok;
		}
	}
	return 0;
}

static int
is_cn_digit(uint32_t c)
{
	static const uint32_t d[] = { 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
	    0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341 };
	size_t i;

	if (c >= '0' && c <= '9')
		return 1;
	for (i = 0; i < sizeof d / sizeof d[0]; i++)
		if (d[i] == c)
			return 1;
	return 0;
}

/* （一）, (3), 一、标题: numbered section heads. */
static int
is_numhead(const char *s)
{
	size_t n = strlen(s), i = 0;
	uint32_t c;
	int l, k = 0;

	if (utf8_count(s) > 20 || clean_ends_sentence(s) ||
	    clean_ends_midpunct(s))
		return 0;
	l = utf8_next(s, n, &c);
	if (c == 0xFF08 || c == '(') {
		for (i = (size_t)l; i < n; i += (size_t)l, k++) {
			l = utf8_next(s + i, n - i, &c);
			if (c == 0xFF09 || c == ')')
				return k > 0 && i + (size_t)l == n;
			if (!is_cn_digit(c))
				return 0;
		}
		return 0;
	}
	for (i = 0; i < n; i += (size_t)l, k++) {
		l = utf8_next(s + i, n - i, &c);
		if (!is_cn_digit(c))
			break;
	}
	return k > 0 && k < 3 && c == 0x3001 && utf8_count(s) <= 16;
}

static int
is_caption_start(const char *s)
{
	if (starts(s, "▲") || starts(s, "△") || starts(s, "↑"))
		s += strlen("▲");
	while (*s == ' ')
		s++;
	return starts(s, "图为") || starts(s, "上图") || starts(s, "下图") ||
	    starts(s, "左图") || starts(s, "右图") || starts(s, "图：");
}

/* Whether s holds a sentence end before its last characters. */
static int
has_inner_final(const char *s)
{
	size_t i = 0, n = strlen(s), last = 0;
	uint32_t c;
	int l, seen = 0;

	while (i < n) {
		l = utf8_next(s + i, n - i, &c);
		if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F) {
			seen = 1;
			last = i + (size_t)l;
		}
		i += (size_t)l;
	}
	if (!seen)
		return 0;
	/* Only closing marks after the last one: that is the line's end. */
	while (last < n) {
		l = utf8_next(s + last, n - last, &c);
		if (!clean_is_closing(c) && c != ' ')
			return 1;
		last += (size_t)l;
	}
	return 0;
}

/* ---------------------------------------------------------------- */
/* Pass 1: lines.                                                   */

static enum lkind
classify(const char *s)
{
	if (is_caption_start(s))
		return L_CAPTION;
	if (is_dateline(s))
		return L_DATELINE;
	if (is_byline(s))
		return L_BYLINE;
	if (is_photo_credit(s))
		return L_PHOTOCREDIT;
	if (is_edit_credit(s))
		return L_CREDIT;
	if ((starts(s, "——") || starts(s, "—")) && clean_mark_at_end(s) == 0)
		return L_SUBTITLE;
	if (is_numhead(s))
		return L_NUMHEAD;
	return L_TEXT;
}

static void
set_features(struct line *l)
{
	l->cw = l->cw1 = clean_col_width(l->text, 1);
	l->cw2 = clean_col_width(l->text, 0);
	l->nch = (int)utf8_count(l->text);
	l->final = clean_ends_sentence(l->text);
	l->mid = clean_ends_midpunct(l->text);
	l->inner = has_inner_final(l->text);
	l->kind = classify(l->text);
}

static void
read_lines(struct ctx *c, const char *text)
{
	const char *p = text, *e;
	char *t, *u;

	while (*p != '\0') {
		e = strchr(p, '\n');
		if (e == NULL)
			e = p + strlen(p);
		t = clean_line(p, (size_t)(e - p));
		if (*t == '\0') {
			free(t);
		} else {
			struct line *l;
			c->l = xreallocarray(c->l, c->nl + 1, sizeof *c->l);
			l = &c->l[c->nl++];
			memset(l, 0, sizeof *l);
			/* SPEC import 4: doubled bold text, whole lines only. */
			if ((u = clean_undouble(t)) != NULL) {
				free(t);
				t = u;
				l->doubled = 1;
			}
			l->text = t;
			set_features(l);
		}
		p = *e == '\0' ? e : e + 1;
	}
}

/* Insertion sort for the few widths of a window (up to 11). */
static void
sort_small(int *v, int n)
{
	int i, j, x;

	for (i = 1; i < n; i++) {
		x = v[i];
		for (j = i; j > 0 && v[j - 1] > x; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

/* A line that could be part of a headline: short, unpunctuated at its
 * end, no sentence inside. */
static int
is_candidate(const struct line *l)
{
	return !l->gone && l->kind == L_TEXT && !l->final && !l->mid &&
	    !l->inner && l->nch >= 2 && l->nch <= 40;
}

/* How many of the n values lie within one cell of their median: full
 * column lines measured in the right metric agree. */
static int
agreement(int *v, int n)
{
	int k = 0, i, m;

	if (n == 0)
		return 0;
	sort_small(v, n);
	m = v[n / 2];
	for (i = 0; i < n; i++)
		k += v[i] >= m - 1 && v[i] <= m + 1;
	return k;
}

/* Whether the column around line i sets CJK punctuation half width: the
 * metric in which its mid-paragraph lines come out the same width. */
static int
compressed_around(const struct ctx *c, size_t i)
{
	int v1[11], v2[11], n = 0;
	size_t j, lo = i >= 5 ? i - 5 : 0, hi = i + 5 < c->nl ? i + 5 : c->nl - 1;

	for (j = lo; j <= hi; j++) {
		const struct line *l = &c->l[j];
		if (l->kind != L_TEXT || l->final || l->nch < 6)
			continue;
		v1[n] = l->cw1;
		v2[n++] = l->cw2;
	}
	return agreement(v1, n) >= agreement(v2, n);
}

/*
 * For each line: the local column width (the second largest body line
 * width around it: full lines vary by a cell or two, and one outlier
 * should not set it), and whether the text around it has one paragraph a
 * line: wrapped columns end many of their punctuated lines mid-sentence
 * and are narrow; paragraph lines end in a sentence end and run long.
 */
static void
local_widths(struct ctx *c)
{
	size_t i, j, lo, hi;
	int cws[11];
	char *comp = xcalloc(c->nl ? c->nl : 1, 1);

	for (i = 0; i < c->nl; i++)
		comp[i] = (char)compressed_around(c, i);
	for (i = 0; i < c->nl; i++)
		c->l[i].cw = comp[i] ? c->l[i].cw1 : c->l[i].cw2;
	for (i = 0; i < c->nl; i++) {
		int a = 0, b = 0, finals = 0, n = 0, nm = 0, mids[11];
		lo = i >= 5 ? i - 5 : 0;
		hi = i + 5 < c->nl ? i + 5 : c->nl - 1;
		for (j = lo; j <= hi; j++) {
			const struct line *l = &c->l[j];
			int w = comp[i] ? l->cw1 : l->cw2;
			if (l->kind != L_TEXT && l->kind != L_DATELINE)
				continue;
			if (w > a) {
				b = a;
				a = w;
			} else if (w > b) {
				b = w;
			}
			/* Lines inside a paragraph are full but for the indented
			 * first ones; the widest are pushed out by punctuation. */
			if (!l->final && l->nch >= 6)
				mids[nm++] = w;
			cws[n++] = l->cw1;
			finals += l->final;
		}
		if (nm >= 3) {
			sort_small(mids, nm);
			c->l[i].width = mids[nm * 2 / 3];
		} else {
			c->l[i].width = b ? b : a;
		}
		if (n > 0)
			sort_small(cws, n);
		/* No column runs 55 characters: lines that long around mean one
		 * paragraph a line, whatever the short ones say. */
		c->l[i].perline = (n > 0 && cws[n - 1] > 110) || (n >= 2 &&
		    (finals * 10 >= n * 6 || cws[n / 2] >= 90));
	}
	free(comp);
}

/* ---------------------------------------------------------------- */
/* Captions (SPEC import 5).                                        */

/* Split a credit ("记者 刘亮亮 摄") off the end of s: returns the credit
 * (caller frees) and truncates s, or NULL. */
static char *
split_credit(char *s)
{
	size_t n = strlen(s), i;
	char *credit;

	/* "…。（记者 张三 摄）": the credit in brackets. */
	if (ends(s, "摄）") || ends(s, "摄)")) {
		char *open = NULL, *p = s;
		while ((p = strstr(p, ends(s, ")") ? "(" : "（")) != NULL)
			open = p++;
		if (open != NULL) {
			size_t ol = ends(s, ")") ? 1 : strlen("（");
			size_t cl = ends(s, ")") ? 1 : strlen("）");
			char *inner = xstrndup(open + ol, n - (size_t)(open - s) - ol - cl);
			if (is_photo_credit(inner)) {
				*open = '\0';
				while (open > s && open[-1] == ' ')
					*--open = '\0';
				return inner;
			}
			free(inner);
		}
	}

	for (i = n; i > 0; i--) {
		uint32_t c;
		int l;
		if (((unsigned char)s[i - 1] & 0xC0) == 0x80)
			continue;
		l = utf8_next(s + i - 1, n - i + 1, &c);
		if (clean_is_final(c) || clean_is_closing(c) ||
		    clean_is_midpunct(c)) {
			i = i - 1 + (size_t)l;
			break;
		}
	}
	while (s[i] == ' ')
		i++;
	if (i >= n || !is_photo_credit(s + i) || i == 0)
		return NULL;
	credit = xstrdup(s + i);
	while (i > 0 && s[i - 1] == ' ')
		i--;
	s[i] = '\0';
	return credit;
}

/* Byte offset just past the first sentence end of s, or 0. */
static size_t
first_sentence_end(const char *s)
{
	size_t i = 0, n = strlen(s);
	uint32_t c;
	int l;

	while (i < n) {
		l = utf8_next(s + i, n - i, &c);
		i += (size_t)l;
		if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F) {
			while (i < n) {
				l = utf8_next(s + i, n - i, &c);
				if (!clean_is_closing(c))
					break;
				i += (size_t)l;
			}
			return i;
		}
	}
	return 0;
}

static size_t
next_line(const struct ctx *c, size_t i)
{
	for (i++; i < c->nl && c->l[i].gone; i++)
		;
	return i;
}

/* Put what follows the first sentence of buf back as the text of line j
 * (the caption ends there). */
static void
cut_first_sentence(struct ctx *c, char *buf, size_t j)
{
	size_t e = first_sentence_end(buf);
	char *t;

	if (e == 0 || buf[e] == '\0')
		return;
	t = xstrdup(buf + e + strspn(buf + e, " "));
	buf[e] = '\0';
	free(c->l[j].text);
	c->l[j].text = t;
	c->l[j].gone = 0;
	c->l[j].doubled = 0;
	set_features(&c->l[j]);
}

/*
 * SPEC import 5: a caption runs from 图为 to its credit when the credit
 * ends the same run of text or stands alone on the next line; a caption
 * whose line stops mid-sentence goes on over the next lines (it was
 * wrapped too). Otherwise it is its first sentence, and the rest of the
 * text goes back to the body.
 */
static void
gather_caption(struct ctx *c, size_t i)
{
	char *buf = xstrdup(c->l[i].text), *credit = NULL, *t;
	size_t j = i, k;
	struct caption *cp;
	int joined = 0;

	c->l[i].gone = 1;
	for (;;) {
		if ((credit = split_credit(buf)) != NULL)
			break;
		k = next_line(c, j);
		if (clean_ends_sentence(buf)) {
			if (k < c->nl && c->l[k].kind == L_PHOTOCREDIT) {
				credit = xstrdup(c->l[k].text);
				c->l[k].gone = 1;
			} else {
				cut_first_sentence(c, buf, j);
			}
			break;
		}
		if (k >= c->nl || c->l[k].kind != L_TEXT || ++joined > 6) {
			cut_first_sentence(c, buf, j);
			break;
		}
		t = clean_join(buf, c->l[k].text);
		free(buf);
		buf = t;
		c->l[k].gone = 1;
		j = k;
	}
	c->cap = xreallocarray(c->cap, c->ncap + 1, sizeof *c->cap);
	cp = &c->cap[c->ncap++];
	cp->text = buf;
	cp->credit = credit;
	cp->at = c->l[j].gone ? next_line(c, j) : j;
}

static void
find_captions(struct ctx *c)
{
	size_t i;

	for (i = 0; i < c->nl; i++)
		if (!c->l[i].gone && c->l[i].kind == L_CAPTION)
			gather_caption(c, i);
}

/* ---------------------------------------------------------------- */
/* Pass 2: headline lines.                                          */

static int
is_anchor(const struct line *l)
{
	return l->kind == L_BYLINE || l->kind == L_SUBTITLE ||
	    (l->doubled && l->kind != L_CAPTION && l->kind != L_PHOTOCREDIT);
}

/* Lines after index i, skipping consumed ones; n when none. */
#define NEXT(c, i) next_line((c), (i))

static size_t
prev_line(const struct ctx *c, size_t i)
{
	while (i > 0) {
		i--;
		if (!c->l[i].gone)
			return i;
	}
	return (size_t)-1;
}

/*
 * In wrapped column text, where does the paragraph holding line e start,
 * going back no further than s? Its lines have the column's width (give
 * or take punctuation), so walking back, lines of about that width belong
 * to it, and so does one indented first line; a clearly shorter or longer
 * line does not.
 */
static size_t
body_start(const struct ctx *c, size_t s, size_t e)
{
	size_t j = e, p = prev_line(c, e);
	int w;

	/* The column's width here: line e itself when the paragraph goes on
	 * after it (a full line), else the line before its short last one. */
	if (!c->l[e].final)
		w = c->l[e].cw;
	else if (p != (size_t)-1 && p >= s)
		w = c->l[p].cw;
	else
		return e;

	for (;;) {
		p = prev_line(c, j);
		if (p == (size_t)-1 || p < s)
			return j;
		if (c->l[p].kind == L_DATELINE)
			return p;
		/* Two short lines in a row: the later one was the indented
		 * first line, the earlier one no part of the paragraph. */
		if (j != e && c->l[j].cw < w - 2 && c->l[p].cw < w - 2)
			return j;
		if (c->l[p].cw >= w - 4 && c->l[p].cw <= w + 4) {
			j = p;
			continue;
		}
		if (c->l[p].cw >= w - 10 && c->l[p].cw < w)
			return p;
		return j;
	}
}

static void
mark_run(struct ctx *c, size_t s, size_t e)
{
	size_t k = c->nl, n = NEXT(c, e), j, p = prev_line(c, s);

	/* A line that goes on with an unfinished sentence is no headline. */
	if (p != (size_t)-1 && !c->l[p].hl && !c->l[p].final &&
	    (c->l[p].kind == L_TEXT || c->l[p].kind == L_DATELINE))
		return;

	if (n >= c->nl || is_anchor(&c->l[n]) || c->l[n].kind != L_TEXT ||
	    c->l[n].hl) {
		/* A run that stops without a sentence end is a headline block. */
		k = n;
	} else if (c->l[s].perline) {
		k = n;
	} else {
		k = body_start(c, s, n);
		if (k > n)
			k = n;
	}
	for (j = s; j < k && j < c->nl; j = NEXT(c, j))
		if (is_candidate(&c->l[j]))
			c->l[j].hl = 1;
}

static void
mark_headlines(struct ctx *c)
{
	size_t i, j, s;

	for (i = 0; i < c->nl; i++) {
		if (c->l[i].gone || !is_anchor(&c->l[i]))
			continue;
		c->l[i].hl = 1;
		for (j = prev_line(c, i); j != (size_t)-1 &&
		    is_candidate(&c->l[j]); j = prev_line(c, j))
			c->l[j].hl = 1;
		/* A headline may break after a comma (优化营商环境，/没有完成
		 * 时); a paragraph never ends on a short line ending so. */
		if (j != (size_t)-1 && j + 1 < i && c->l[j].kind == L_TEXT &&
		    ends(c->l[j].text, "，") && c->l[j].nch <= 16 &&
		    !c->l[j].inner && c->l[j].cw * 2 <= c->l[j].width) {
			size_t p = prev_line(c, j);
			if (p == (size_t)-1 || c->l[p].final || c->l[p].hl)
				c->l[j].hl = 1;
		}
		/* After a banner's subtitle: a title, then its byline. */
		if (c->l[i].kind == L_SUBTITLE)
			for (j = NEXT(c, i); j < c->nl && is_candidate(&c->l[j]);
			    j = NEXT(c, j)) {
				size_t n = NEXT(c, j);
				if (n >= c->nl || !(is_anchor(&c->l[n]) ||
				    (is_candidate(&c->l[n]) && han_run(c->l[n].text,
				    strlen(c->l[n].text), 2, 4))))
					break;
				c->l[j].hl = 1;
			}
	}
	for (i = 0; i < c->nl; i = NEXT(c, i)) {
		if (c->l[i].gone || !is_candidate(&c->l[i]) || c->l[i].hl)
			continue;
		for (s = i; NEXT(c, i) < c->nl && is_candidate(&c->l[NEXT(c, i)]) &&
		    !c->l[NEXT(c, i)].hl; i = NEXT(c, i))
			;
		mark_run(c, s, i);
	}
	/* A short bare name right after a headline line is its byline. */
	for (i = 0; i < c->nl; i++) {
		size_t p = prev_line(c, i);
		size_t n = NEXT(c, i);
		if (!c->l[i].gone && c->l[i].kind == L_TEXT && p != (size_t)-1 &&
		    c->l[p].hl && c->l[p].kind != L_BYLINE &&
		    (n >= c->nl || !c->l[n].hl) && is_name(c->l[i].text)) {
			c->l[i].kind = L_BYLINE;
			c->l[i].hl = 1;
		}
	}
}

/* ---------------------------------------------------------------- */
/* Pass 3: items.                                                   */

static struct item *
add_item(struct ctx *c, enum ikind kind)
{
	struct item *it;

	c->it = xreallocarray(c->it, c->nit + 1, sizeof *c->it);
	it = &c->it[c->nit++];
	memset(it, 0, sizeof *it);
	it->kind = kind;
	it->body = -1;
	return it;
}

/* Paragraph being built from lines. */
struct open_para {
	char *text;     /* owned, NULL when none is open */
	size_t last;    /* index of its last line */
	int dateline;
};

static void
close_para(struct ctx *c, struct open_para *op)
{
	struct item *it;
	size_t m;

	if (op->text == NULL)
		return;
	it = add_item(c, I_PARA);
	it->text = op->text;
	it->dateline = op->dateline;
	m = clean_mark_at_end(op->text);
	it->mark = m > 0;
	it->teaser = m > 0 && strstr(op->text + strlen(op->text) - m, "见") &&
	    utf8_count(op->text) <= 80;
	op->text = NULL;
}

/*
 * Whether line b continues the paragraph whose last line is a (SPEC
 * import 2; TECH-NOTES "Cleaning page dumps"): a paragraph ends on a
 * sentence end together with a short line, an indented next line, or one
 * paragraph a line; a cut without a sentence end continues.
 */
static int
continues(const struct line *a, const struct line *b)
{
	uint32_t first = 0;

	if (b->kind == L_DATELINE)
		return 0;
	/* No line of print starts with closing punctuation: still the same
	 * sentence. */
	utf8_next(b->text, strlen(b->text), &first);
	if (clean_is_closing(first) || clean_is_midpunct(first) ||
	    clean_is_final(first))
		return 1;
	if (!a->final) {
		if ((ends(a->text, "：") || ends(a->text, ":")) &&
		    (a->perline || a->cw <= a->width - 4))
			return 0;
		return 1;
	}
	if (a->perline || clean_mark_at_end(a->text) > 0)
		return 0;
	return a->cw > a->width - 4 && b->cw > a->width - 3;
}

static void
emit_captions(struct ctx *c, size_t *k, size_t at, struct open_para *op)
{
	for (; *k < c->ncap && c->cap[*k].at <= at; (*k)++) {
		struct item *it;
		int cut = op->text != NULL && !c->l[op->last].final;
		if (!cut)
			close_para(c, op);
		it = add_item(c, I_CAPTION);
		it->text = c->cap[*k].text;
		it->credit = c->cap[*k].credit;
		it->cut = cut;
		c->cap[*k].text = c->cap[*k].credit = NULL;
	}
}

static void
build_items(struct ctx *c)
{
	struct open_para op = { NULL, 0, 0 };
	size_t i, k = 0;
	struct item *it;

	for (i = 0; i < c->nl; i++) {
		struct line *l = &c->l[i];
		if (l->gone)
			continue;
		emit_captions(c, &k, i, &op);
		if (l->hl) {
			close_para(c, &op);
			it = c->nit ? &c->it[c->nit - 1] : NULL;
			if (it != NULL && it->kind == I_BLOCK && it->last + 1 <= i &&
			    prev_line(c, i) == it->last)
				it->last = i;
			else {
				it = add_item(c, I_BLOCK);
				it->first = it->last = i;
			}
		} else if (l->kind == L_CREDIT || l->kind == L_PHOTOCREDIT) {
			close_para(c, &op);
			it = add_item(c, I_CREDIT);
			it->text = xstrdup(l->text);
			it->photo = l->kind == L_PHOTOCREDIT;
		} else if (l->kind == L_NUMHEAD) {
			close_para(c, &op);
			it = add_item(c, I_PARA);
			it->text = xstrdup(l->text);
			it->heading = 1;
		} else if (op.text != NULL && continues(&c->l[op.last], l)) {
			char *t = clean_join(op.text, l->text);
			free(op.text);
			op.text = t;
			op.last = i;
		} else {
			close_para(c, &op);
			op.text = xstrdup(l->text);
			op.last = i;
			op.dateline = l->kind == L_DATELINE;
		}
		if (op.text != NULL && clean_mark_at_end(op.text) > 0)
			close_para(c, &op);
	}
	emit_captions(c, &k, (size_t)-1, &op);
	close_para(c, &op);
}

/* SPEC import 5: repeated paragraphs, kept the first time. */
static void
drop_repeats(struct ctx *c)
{
	char **keys = xcalloc(c->nit, sizeof *keys);
	size_t i, j;

	for (i = 0; i < c->nit; i++) {
		if (c->it[i].kind != I_PARA)
			continue;
		keys[i] = clean_dedup_key(c->it[i].text);
		if (strlen(keys[i]) < 12)
			continue;
		for (j = 0; j < i; j++)
			if (keys[j] != NULL && !c->it[j].dropped &&
			    strcmp(keys[i], keys[j]) == 0) {
				c->it[i].dropped = 1;
				break;
			}
	}
	for (i = 0; i < c->nit; i++)
		free(keys[i]);
	free(keys);
}

static int
block_anchored(const struct ctx *c, const struct item *it)
{
	size_t i;

	for (i = it->first; i <= it->last; i++)
		if (!c->l[i].gone && c->l[i].hl && (is_anchor(&c->l[i]) ||
		    c->l[i].kind == L_BYLINE))
			return 1;
	return 0;
}

/* The block's lines joined as wrapped text (caller frees). */
static char *
block_text(const struct ctx *c, const struct item *it)
{
	char *t = xstrdup(""), *u;
	size_t i;

	for (i = it->first; i <= it->last; i++) {
		if (c->l[i].gone || !c->l[i].hl)
			continue;
		u = clean_join(t, c->l[i].text);
		free(t);
		t = u;
	}
	return t;
}

/* Neighbouring live item in direction d (+1/-1), skipping captions and
 * dropped paragraphs; NULL at the page's ends. */
static struct item *
neighbour(struct ctx *c, size_t i, int d)
{
	for (;;) {
		if ((d < 0 && i == 0) || (d > 0 && i + 1 >= c->nit))
			return NULL;
		i += (size_t)d;
		if (c->it[i].kind == I_CAPTION || (c->it[i].kind == I_PARA &&
		    c->it[i].dropped))
			continue;
		return &c->it[i];
	}
}

/* Titles of boxes beside an article (相关链接, 延伸阅读): headlines of
 * items of their own, never section headings. */
static int
is_box_title(const char *t)
{
	return strstr(t, "链接") != NULL || ends(t, "阅读") ||
	    ends(t, "背景") || ends(t, "小贴士") || ends(t, "名词解释");
}

/* An unanchored block standing between two paragraphs of a body. */
static int
inside_body(struct ctx *c, size_t i)
{
	struct item *p = neighbour(c, i, -1), *n = neighbour(c, i, 1);

	return p != NULL && n != NULL && p->kind == I_PARA &&
	    n->kind == I_PARA && !n->dateline && !p->teaser;
}

/*
 * Unanchored headline blocks standing inside one body are its section
 * headings when there are several of them (sections come in series; a
 * lone one heads an article of its own); box titles never are.
 */
static void
find_headings(struct ctx *c)
{
	size_t i, j, start = 0;
	int count = 0;

	for (i = 0; i <= c->nit; i++) {
		struct item *it = i < c->nit ? &c->it[i] : NULL;
		int boundary = it == NULL || it->kind == I_CREDIT ||
		    (it->kind == I_BLOCK && block_anchored(c, it)) ||
		    (it->kind == I_PARA && !it->dropped && (it->dateline ||
		    it->teaser));
		char *t;

		if (boundary) {
			for (j = start; j < i && count >= 2; j++) {
				struct item *b = &c->it[j];
				if (b->kind != I_BLOCK || !inside_body(c, j))
					continue;
				t = block_text(c, b);
				if (is_box_title(t)) {
					free(t);
					continue;
				}
				b->kind = I_PARA;
				b->heading = 1;
				b->text = t;
			}
			start = i;
			count = 0;
			continue;
		}
		if (it->kind == I_BLOCK && inside_body(c, i)) {
			t = block_text(c, it);
			count += !is_box_title(t);
			free(t);
		}
	}
}

/* ---------------------------------------------------------------- */
/* Pass 4: bodies and headlines.                                    */

static void
find_bodies(struct ctx *c)
{
	size_t i;
	struct body *cur = NULL;
	int after_mark = 0;

	for (i = 0; i < c->nit; i++) {
		struct item *it = &c->it[i];
		if (it->kind == I_CAPTION)
			continue;
		if (it->kind != I_PARA || it->dropped) {
			if (it->kind != I_PARA)
				cur = NULL;
			continue;
		}
		if (cur == NULL || it->dateline || it->teaser || after_mark ||
		    cur->teaser) {
			c->b = xreallocarray(c->b, c->nb + 1, sizeof *c->b);
			cur = &c->b[c->nb++];
			memset(cur, 0, sizeof *cur);
			cur->first = i;
			cur->dateline = it->dateline;
			cur->teaser = it->teaser;
		}
		cur->last = i;
		it->body = (int)(cur - c->b);
		after_mark = it->mark;
	}
}

/* Sort bigram keys (two code points in 64 bits): an LSD radix sort,
 * skipping the bytes that do not vary. Bigrams of every paragraph are
 * sorted on every page, so qsort's calls through cmp showed. */
static void
sort_u64(uint64_t *v, size_t n)
{
	uint64_t *tmp;
	size_t count[256], i, shift;

	if (n < 2)
		return;
	tmp = xreallocarray(NULL, n, sizeof *tmp);
	for (shift = 0; shift < 64; shift += 8) {
		size_t sum = 0;
		int same = 1;
		memset(count, 0, sizeof count);
		for (i = 0; i < n; i++)
			count[(v[i] >> shift) & 0xFF]++;
		for (i = 0; i < 256; i++) {
			size_t c = count[i];
			same &= c == 0 || c == n;
			count[i] = sum;
			sum += c;
		}
		if (same)
			continue;  /* this byte is the same everywhere */
		for (i = 0; i < n; i++)
			tmp[count[(v[i] >> shift) & 0xFF]++] = v[i];
		memcpy(v, tmp, n * sizeof *v);
	}
	free(tmp);
}

/* Index of x in the sorted v[0..n), or n. */
static size_t
find_u64(const uint64_t *v, size_t n, uint64_t x)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid] < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && v[lo] == x ? lo : n;
}

/* Distinct bigrams of Han characters in s, sorted (caller frees). */
static uint64_t *
bigrams(const char *s, size_t *n)
{
	size_t len = strlen(s), i = 0, k = 0, j;
	uint64_t *v = xreallocarray(NULL, len + 1, sizeof *v);
	uint32_t prev = 0, cur;
	int l;

	while (i < len) {
		l = utf8_next(s + i, len - i, &cur);
		i += (size_t)l;
		if (!clean_is_han(cur)) {
			prev = 0;
			continue;
		}
		if (prev != 0)
			v[k++] = (uint64_t)prev << 32 | cur;
		prev = cur;
	}
	sort_u64(v, k);
	for (i = j = 0; i < k; i++)
		if (j == 0 || v[j - 1] != v[i])
			v[j++] = v[i];
	*n = j;
	return v;
}

static int
has_bigram(const uint64_t *v, size_t n, uint64_t x)
{
	return find_u64(v, n, x) < n;
}

/* Document frequency of x over the live paragraphs. */
static double
idf(const struct ctx *c, uint64_t x, size_t ndocs)
{
	size_t k = find_u64(c->dfk, c->ndf, x);
	size_t df = k < c->ndf ? c->dfc[k] : 0;

	return log((ndocs + 1.0) / (df + 0.5));
}

static char *
strip_byline(const char *s)
{
	/* □ ■ ◎ ◆ are all three bytes in UTF-8. */
	while (starts(s, "□") || starts(s, "■") || starts(s, "◎") ||
	    starts(s, "◆"))
		s += strlen("□");
	while (*s == ' ')
		s++;
	return xstrdup(s);
}

static void
append_field(char **field, const char *s, const char *sep)
{
	char *t = **field ? xasprintf("%s%s%s", *field, sep, s) : xstrdup(s);

	free(*field);
	*field = t;
}

static struct headline *
new_headline(struct ctx *c, size_t item)
{
	struct headline *h;

	c->h = xreallocarray(c->h, c->nh + 1, sizeof *c->h);
	h = &c->h[c->nh++];
	memset(h, 0, sizeof *h);
	h->title = xstrdup("");
	h->subtitle = xstrdup("");
	h->byline = xstrdup("");
	h->kicker = xstrdup("");
	h->item = item;
	h->body = -1;
	return h;
}

/* Best paragraph (item index) for a text, by rare shared bigrams. */
static size_t
best_para(const struct ctx *c, const char *text, double *score)
{
	size_t nb, i, k, best = (size_t)-1, ndocs = 0;
	uint64_t *v = bigrams(text, &nb);
	double total = 0, top = 0;
	double *w = xcalloc(nb ? nb : 1, sizeof *w);

	for (i = 0; i < c->nit; i++)
		ndocs += c->pbg[i] != NULL;
	for (k = 0; k < nb; k++)
		total += (w[k] = idf(c, v[k], ndocs));
	for (i = 0; i < c->nit && total > 0; i++) {
		double s = 0;
		if (c->pbg[i] == NULL)
			continue;
		for (k = 0; k < nb; k++)
			if (has_bigram(c->pbg[i], c->npbg[i], v[k]))
				s += w[k];
		if (s / total > top) {
			top = s / total;
			best = i;
		}
	}
	free(w);
	free(v);
	*score = top;
	return best;
}

/* Whether the text around a block has one paragraph a line: the body
 * after it tells (its own short lines do not), else the body before. */
static int
block_perline(const struct ctx *c, const struct item *it)
{
	size_t i;

	for (i = it->last + 1; i < c->nl; i++)
		if (!c->l[i].gone && !c->l[i].hl && (c->l[i].kind == L_TEXT ||
		    c->l[i].kind == L_DATELINE))
			return c->l[i].perline;
	for (i = it->first; i > 0; i--)
		if (!c->l[i - 1].gone && !c->l[i - 1].hl)
			return c->l[i - 1].perline;
	return c->l[it->first].perline;
}

/* A feature's subtitle names its genre: …纪实, …侧记, …调查. */
static int
is_genre_subtitle(const char *t)
{
	static const char *genres[] = { "纪实", "侧记", "小记", "综述", "调查",
	    "记事", "纪事", "札记", "速写", "巡礼", "观察", "手记", "散记",
	    "采访记", "见闻", NULL };
	int i;

	for (i = 0; genres[i] != NULL; i++)
		if (ends(t, genres[i]) && utf8_count(t) > 4)
			return 1;
	return 0;
}

/* The plain (title) lines of the headline being parsed. */
struct plain {
	const char *v[16];
	int n;
};

/*
 * Give headline h its title, kicker and subtitle from its plain lines.
 * Before a —— subtitle or a byline, the last plain line (or, in wrapped
 * columns, the lines that read on) is the title and a shorter line above
 * it, or one that shares no word with any body, is the kicker (引题). In
 * text with one paragraph a line and no such marks, the first line is the
 * title and the others its subtitle (副题).
 */
static void
finish_headline(struct ctx *c, long h, struct plain *pl, int perline,
    int marked)
{
	struct headline *H;
	double sc;
	int k = 0, i;
	char *t, *sub;

	if (h < 0 || pl->n == 0) {
		pl->n = 0;
		return;
	}
	H = &c->h[h];
	if (pl->n >= 2 && perline && marked)
		k = pl->n - 1;
	else if (pl->n >= 2 && (utf8_count(pl->v[0]) * 10 <
	    utf8_count(pl->v[1]) * 6 || (marked &&
	    best_para(c, pl->v[0], &sc) == (size_t)-1)))
		k = 1;
	for (i = 0; i < k; i++)
		append_field(&H->kicker, pl->v[i], " ");
	t = xstrdup(pl->v[k]);
	sub = xstrdup("");
	for (i = k + 1; i < pl->n; i++) {
		if ((perline && !marked) || is_genre_subtitle(pl->v[i])) {
			append_field(&sub, pl->v[i], " ");
		} else {
			char *u = clean_join(t, pl->v[i]);
			free(t);
			t = u;
		}
	}
	if (*sub != '\0') {
		if (*H->subtitle != '\0')
			append_field(&sub, H->subtitle, " ");
		article_set(&H->subtitle, sub);
	} else {
		free(sub);
	}
	article_set(&H->title, t);
	pl->n = 0;
}

/* Whether the plain lines from line i of the block run on to a byline or
 * a —— subtitle (a new bold title does not count). */
static int
closed_by_byline(const struct ctx *c, const struct item *it, size_t i)
{
	for (i++; i <= it->last; i++) {
		const struct line *l = &c->l[i];
		if (l->gone || !l->hl)
			continue;
		if (l->kind == L_BYLINE || l->kind == L_SUBTITLE)
			return 1;
		if (l->doubled)
			return 0;
	}
	return 0;
}

/*
 * Parse a block's lines into headlines: [kicker] title [subtitle]
 * [byline]. A title and —— subtitle followed by another title are a
 * series banner. In wrapped columns, consecutive plain lines that match
 * different bodies start different headlines (headlines gathered at the
 * page end).
 */
static void
parse_block(struct ctx *c, size_t item)
{
	struct item *it = &c->it[item];
	long h = -1, banner = -1;   /* indices: c->h moves as it grows */
	int dash = 0;               /* the open headline has a —— subtitle */
	int perline = block_perline(c, it);
	struct plain pl = { { NULL }, 0 };
	size_t i;

#define H (&c->h[h])
#define OPEN() do { new_headline(c, item); h = (long)c->nh - 1; \
	dash = 0; if (banner >= 0) append_field(&H->kicker, \
	c->h[banner].title, ""); } while (0)
	for (i = it->first; i <= it->last; i++) {
		struct line *l = &c->l[i];
		if (l->gone || !l->hl)
			continue;
		if (l->kind == L_BYLINE) {
			char *b = strip_byline(l->text);
			if (h < 0 && c->nh > 0 && c->h[c->nh - 1].item == item)
				h = (long)c->nh - 1;
			if (h < 0)
				OPEN();
			finish_headline(c, h, &pl, perline, 1);
			append_field(&H->byline, b, " ");
			free(b);
			h = -1;
		} else if (l->kind == L_SUBTITLE) {
			if (h < 0)
				OPEN();
			finish_headline(c, h, &pl, perline, 1);
			append_field(&H->subtitle, l->text, " ");
			dash = 1;
		} else if (h >= 0 && dash) {
			/* A title and subtitle, then another title: a banner. */
			H->banner = 1;
			append_field(&H->title, H->subtitle, "");
			banner = h;
			OPEN();
			pl.v[pl.n++] = l->text;
		} else if (h >= 0 && pl.n > 0 && l->doubled) {
			/* Each bold (doubled) title starts a headline. */
			finish_headline(c, h, &pl, perline, 0);
			OPEN();
			pl.v[pl.n++] = l->text;
		} else if (h >= 0 && pl.n > 0 && !perline && pl.n < 16) {
			/* Gathered titles: wrapped lines of one title match the
			 * same body; lines closed by a byline are one headline
			 * (kicker, title, subtitle) unless the first is clearly
			 * another body's title. */
			double sa, sb;
			size_t a = best_para(c, pl.v[pl.n - 1], &sa), b;
			b = best_para(c, l->text, &sb);
			if (a != b && a != (size_t)-1 && b != (size_t)-1 &&
			    !is_genre_subtitle(l->text) &&
			    (!closed_by_byline(c, it, i) || (sa >= 0.4 &&
			    sb >= 0.4) || (sa >= 0.3 &&
			    c->it[a].body != c->it[b].body))) {
				finish_headline(c, h, &pl, perline, 0);
				OPEN();
			}
			pl.v[pl.n++] = l->text;
		} else {
			if (h < 0)
				OPEN();
			if (pl.n < 16)
				pl.v[pl.n++] = l->text;
		}
	}
	finish_headline(c, h, &pl, perline, 0);
#undef OPEN
#undef H
}

/* The NAME of a "NAME：…" title (an interview's speaker), or NULL. */
static char *
title_name(const char *t)
{
	const char *p = strstr(t, "：");

	if (p == NULL)
		p = strstr(t, ":");
	if (p == NULL || p == t || !han_run(t, (size_t)(p - t), 2, 4))
		return NULL;
	return xstrndup(t, (size_t)(p - t));
}

/* How well headline h matches paragraph item i: the share of its rare
 * bigrams found there, plus a bonus when its speaker is named. */
static double
match(const struct ctx *c, const struct headline *h, const double *w,
    double total, size_t i)
{
	double s = 0;
	size_t k;

	if (c->pbg[i] == NULL || total <= 0)
		return 0;
	for (k = 0; k < h->nbg; k++)
		if (has_bigram(c->pbg[i], c->npbg[i], h->bg[k]))
			s += w[k];
	s /= total;
	if (h->name != NULL && strstr(c->it[i].text, h->name) != NULL)
		s += 0.5;
	return s;
}

struct pair {
	size_t h, b;
	double score;
	size_t seed;
};

static int
cmp_pair(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;

	return x->score < y->score ? 1 : x->score > y->score ? -1 :
	    (x->h > y->h) - (x->h < y->h);
}

/* The first body after item i, and the last one before it. */
static int
body_after(const struct ctx *c, size_t i)
{
	size_t k;
	int r = -1;

	for (k = 0; k < c->nb; k++)
		if (c->b[k].first > i && (r < 0 || c->b[k].first < c->b[r].first))
			r = (int)k;
	return r;
}

static int
body_before(const struct ctx *c, size_t i)
{
	size_t k;
	int r = -1;

	for (k = 0; k < c->nb; k++)
		if (c->b[k].last < i && (r < 0 || c->b[k].last > c->b[r].last))
			r = (int)k;
	return r;
}

/* Another headline between item i and body b's start? */
static int
blocked(const struct ctx *c, size_t i, int b)
{
	size_t k;

	for (k = i + 1; k < c->b[b].first; k++)
		if (c->it[k].kind == I_BLOCK)
			return 1;
	return 0;
}

/*
 * A headline gathered with others at the page end always heads some
 * text: one left over takes the best paragraph it matches at all in a
 * body with room for another article (a body is split at its seed).
 */
static void
claim_leftovers(struct ctx *c, const struct pair *pairs, size_t np)
{
	size_t i, j;

	for (i = 0; i < np; i++) {
		struct headline *h = &c->h[pairs[i].h];
		struct body *b = &c->b[pairs[i].b];
		size_t paras = 0;
		int clash = 0, gathered = 0;

		if (h->body >= 0 || h->banner || pairs[i].score <= 0)
			continue;
		for (j = 0; j < c->nh; j++) {
			gathered |= j != pairs[i].h && c->h[j].item == h->item;
			clash |= c->h[j].body == (int)pairs[i].b &&
			    c->h[j].seed == pairs[i].seed;
		}
		for (j = b->first; j <= b->last; j++)
			paras += live_para(&c->it[j]) && !c->it[j].heading;
		if (!gathered || clash || paras <= (size_t)b->nhead)
			continue;
		h->body = (int)pairs[i].b;
		h->seed = pairs[i].seed;
		b->nhead++;
	}
}

/*
 * SPEC import 6: match every headline to a body by content, with a bonus
 * for the body right after it and a smaller one for the body right before
 * it; a body claimed by several headlines (gathered at the page end) is
 * split between them later.
 */
static void
assign_headlines(struct ctx *c)
{
	struct pair *pairs = NULL;
	size_t np = 0, hi, bi, i, k, ndocs = 0;

	for (i = 0; i < c->nit; i++)
		ndocs += c->pbg[i] != NULL;
	for (hi = 0; hi < c->nh; hi++) {
		struct headline *h = &c->h[hi];
		char *t = xasprintf("%s %s", h->title, h->subtitle);
		double total = 0, *w;
		int after, before;

		if (h->banner) {
			free(t);
			continue;
		}
		h->bg = bigrams(t, &h->nbg);
		h->name = title_name(h->title);
		free(t);
		w = h->w = xcalloc(h->nbg ? h->nbg : 1, sizeof *w);
		for (k = 0; k < h->nbg; k++)
			total += (w[k] = idf(c, h->bg[k], ndocs));
		h->total = total;
		/* Only the headline nearest a body can stand right next to it. */
		after = hi + 1 < c->nh && c->h[hi + 1].item == h->item ? -1 :
		    body_after(c, h->item);
		before = hi > 0 && c->h[hi - 1].item == h->item ? -1 :
		    body_before(c, h->item);
		for (bi = 0; bi < c->nb; bi++) {
			struct pair p = { hi, bi, 0, c->b[bi].first };
			if (c->b[bi].teaser)
				continue;
			for (i = c->b[bi].first; i <= c->b[bi].last; i++) {
				double m;
				if (c->it[i].kind != I_PARA || c->it[i].dropped ||
				    c->it[i].heading)
					continue;
				m = match(c, h, w, total, i);
				if (m > p.score) {
					p.score = m;
					p.seed = i;
				}
			}
			if ((int)bi == after && !blocked(c, h->item, after))
				p.score += 0.3;
			else if ((int)bi == before)
				p.score += 0.1;
			pairs = xreallocarray(pairs, np + 1, sizeof *pairs);
			pairs[np++] = p;
		}
	}
	qsort(pairs, np, sizeof *pairs, cmp_pair);
	for (i = 0; i < np; i++) {
		struct headline *h = &c->h[pairs[i].h];
		struct body *b = &c->b[pairs[i].b];
		int clash = 0;
		size_t j, paras = 0;

		if (h->body >= 0 || pairs[i].score < 0.12)
			continue;
		for (j = 0; j < c->nh; j++)
			if (c->h[j].body == (int)pairs[i].b &&
			    c->h[j].seed == pairs[i].seed)
				clash = 1;
		for (j = b->first; j <= b->last; j++)
			paras += c->it[j].kind == I_PARA && !c->it[j].dropped &&
			    !c->it[j].heading;
		if (b->nhead > 0 && (clash || pairs[i].score < 0.3 ||
		    paras <= (size_t)b->nhead))
			continue;
		h->body = (int)pairs[i].b;
		h->seed = pairs[i].seed;
		b->nhead++;
	}
	claim_leftovers(c, pairs, np);
	free(pairs);
}

/* The share of paragraph p's bigrams, weighted by rarity, that q has. */
static double
overlap(const struct ctx *c, size_t p, size_t q)
{
	size_t k, ndocs = 0;
	double have = 0, all = 0, w;

	if (c->pbg[p] == NULL || c->pbg[q] == NULL || c->npbg[p] == 0)
		return 0;
	for (k = 0; k < c->nit; k++)
		ndocs += c->pbg[k] != NULL;
	for (k = 0; k < c->npbg[p]; k++) {
		w = idf(c, c->pbg[p][k], ndocs);
		all += w;
		if (has_bigram(c->pbg[q], c->npbg[q], c->pbg[p][k]))
			have += w;
	}
	return all > 0 ? have / all : 0;
}

static double
affinity(const struct ctx *c, const struct headline *h, size_t p)
{
	return match(c, h, h->w, h->total, p) + overlap(c, p, h->seed);
}

/* Headlines of body bi in seed order (caller frees). */
static size_t *
heads_of(const struct ctx *c, int bi, size_t *n)
{
	size_t *v = xcalloc(c->nh ? c->nh : 1, sizeof *v), k = 0, i, j;

	for (i = 0; i < c->nh; i++)
		if (c->h[i].body == bi)
			v[k++] = i;
	for (i = 1; i < k; i++)
		for (j = i; j > 0 && c->h[v[j - 1]].seed > c->h[v[j]].seed; j--) {
			size_t t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
	*n = k;
	return v;
}

/* Cut between the seeds of headlines a and b where the paragraphs before
 * lean to a and those after to b; returns the first item of b's part. */
static size_t
best_cut(const struct ctx *c, const struct headline *a,
    const struct headline *b)
{
	size_t cut, p, best = b->seed;
	double top = -1;

	for (cut = a->seed + 1; cut <= b->seed; cut++) {
		double s = 0;
		if (!live_para(&c->it[cut]))
			continue;
		for (p = a->seed + 1; p < b->seed; p++) {
			if (!live_para(&c->it[p]) || c->it[p].heading)
				continue;
			s += p < cut ? affinity(c, a, p) : affinity(c, b, p);
		}
		if (s > top) {
			top = s;
			best = cut;
		}
	}
	return best;
}

static void
split_bodies(struct ctx *c)
{
	size_t bi, nb = c->nb, n, k, i;

	for (bi = 0; bi < nb; bi++) {
		size_t *v = heads_of(c, (int)bi, &n);
		size_t *cuts;
		if (n < 2) {
			free(v);
			continue;
		}
		cuts = xcalloc(n, sizeof *cuts);
		for (k = 1; k < n; k++)
			cuts[k] = best_cut(c, &c->h[v[k - 1]], &c->h[v[k]]);
		for (k = n - 1; k >= 1; k--) {
			struct body *nbd;
			size_t last = c->b[bi].last;
			c->b = xreallocarray(c->b, c->nb + 1, sizeof *c->b);
			nbd = &c->b[c->nb];
			memset(nbd, 0, sizeof *nbd);
			nbd->first = cuts[k];
			nbd->last = last;
			nbd->nhead = 1;
			c->b[bi].last = cuts[k] - 1;
			for (i = cuts[k]; i <= last; i++)
				if (c->it[i].body == (int)bi)
					c->it[i].body = (int)c->nb;
			c->h[v[k]].body = (int)c->nb;
			c->nb++;
		}
		c->b[bi].nhead = 1;
		free(cuts);
		free(v);
	}
}

/* ---------------------------------------------------------------- */
/* Output.                                                          */

/* Skip a dateline ("本报讯（记者 王洋）", "新华社太原7月26日电") and a
 * leading date ("7月26日，") at the start of s. */
static const char *
skip_lead(const char *s)
{
	const char *p;

	if (starts(s, "本报讯"))
		s += strlen("本报讯");
	else if ((p = strstr(s, "日电")) != NULL && is_dateline(s))
		s = p + strlen("日电");
	while (*s == ' ')
		s++;
	if (starts(s, "（") || starts(s, "(")) {
		p = strstr(s, starts(s, "（") ? "）" : ")");
		if (p != NULL && p - s < 80)
			s = p + (starts(s, "（") ? strlen("）") : 1);
	}
	while (*s == ' ')
		s++;
	p = strstr(s, "日");
	if (p != NULL && p - s <= 12 && (unsigned char)*s < 0x80 &&
	    *s >= '0' && *s <= '9') {
		const char *q = p + strlen("日");
		while (starts(q, "上午") || starts(q, "下午") || starts(q, "晚"))
			q += starts(q, "晚") ? strlen("晚") : strlen("上午");
		if (starts(q, "，"))
			s = q + strlen("，");
	}
	return s;
}

/*
 * SPEC import 6: a title for an article with no headline, from its lead
 * sentence without dateline and date, cut at a comma when long.
 */
static char *
derive_title(const char *text)
{
	const char *s = skip_lead(text);
	size_t e, i, n, cut = 0, count = 0;
	char *t;

	if (starts(s, "图为"))
		s += strlen("图为");
	e = first_sentence_end(s);
	n = e ? e : strlen(s);
	for (i = 0; i < n; i++) {
		if (((unsigned char)s[i] & 0xC0) == 0x80)
			continue;
		if (count >= 36)
			break;
		count++;
		if (count >= 8 && (strncmp(s + i, "，", 3) == 0 ||
		    strncmp(s + i, "；", 3) == 0))
			cut = i;
	}
	if (i < n)
		n = cut ? cut : i;
	t = xstrndup(s, n);
	/* Drop trailing punctuation. */
	for (;;) {
		size_t len = strlen(t), j = len;
		uint32_t c;
		while (j > 0 && ((unsigned char)t[j - 1] & 0xC0) == 0x80)
			j--;
		if (j == 0)
			break;
		utf8_next(t + j - 1, len - j + 1, &c);
		if (!(clean_is_cjk_punct(c) && !clean_is_closing(c)) &&
		    !clean_is_final(c))
			break;
		t[j - 1] = '\0';
	}
	if (*t == '\0') {
		free(t);
		t = xstrndup(text, first_sentence_end(text) ?
		    first_sentence_end(text) : strlen(text));
	}
	return t;
}

static int
headline_of(const struct ctx *c, int bi)
{
	size_t i;

	for (i = 0; i < c->nh; i++)
		if (c->h[i].body == bi && !c->h[i].banner)
			return (int)i;
	return -1;
}

/* Whether a caption's credit names the author of headline h. */
static int
credit_matches(const char *credit, const char *byline)
{
	char *t = xstrdup(credit), *tok, *save = NULL;
	int r = 0;

	for (tok = strtok_r(t, " ", &save); tok != NULL && !r;
	    tok = strtok_r(NULL, " ", &save)) {
		if (starts(tok, "记者"))
			tok += strlen("记者");
		if (ends(tok, "摄"))
			tok[strlen(tok) - strlen("摄")] = '\0';
		if (utf8_count(tok) >= 2 && strstr(byline, tok) != NULL)
			r = 1;
	}
	free(t);
	return r;
}

/* Decide where each caption goes: into a body (it->body) or, left at -1,
 * a photo item of its own. */
static void
place_captions(struct ctx *c)
{
	size_t i, k;

	/* A photo credit on a line of its own after a caption is its credit. */
	for (i = 0; i < c->nit; i++) {
		if (c->it[i].kind != I_CREDIT || !c->it[i].photo)
			continue;
		for (k = i; k > 0 && i - k < 4; k--)
			if (c->it[k - 1].kind == I_CAPTION) {
				if (c->it[k - 1].credit == NULL) {
					c->it[k - 1].credit = c->it[i].text;
					c->it[i].text = NULL;
					c->it[i].dropped = 1;
				}
				break;
			}
	}

	for (i = 0; i < c->nit; i++) {
		struct item *it = &c->it[i], *p, *n;
		if (it->kind != I_CAPTION)
			continue;
		p = neighbour(c, i, -1);
		n = neighbour(c, i, 1);
		if (it->cut && n != NULL && n->kind == I_PARA) {
			it->body = n->body;
			continue;
		}
		if (p != NULL && n != NULL && p->kind == I_PARA &&
		    n->kind == I_PARA && p->body == n->body && !n->dateline) {
			it->body = p->body;
			continue;
		}
		for (k = 0; k < c->nh && it->credit != NULL; k++)
			if (c->h[k].body >= 0 && credit_matches(it->credit,
			    c->h[k].byline)) {
				it->body = c->h[k].body;
				break;
			}
		if (it->body >= 0)
			continue;
		if (p != NULL && n != NULL && p->kind == I_BLOCK &&
		    n->kind == I_PARA)
			it->body = n->body;
	}
}

/* A short untitled body right before a photo caption is its lead-in. */
static int
lead_in_of(struct ctx *c, size_t cap)
{
	int bi = body_before(c, cap);
	size_t i, paras = 0, chars = 0;

	if (bi < 0 || c->b[bi].nhead > 0 || c->b[bi].dateline ||
	    c->b[bi].teaser)
		return -1;
	for (i = c->b[bi].last + 1; i < cap; i++)
		if (c->it[i].kind != I_CAPTION && !(c->it[i].kind == I_PARA &&
		    c->it[i].dropped))
			return -1;
	for (i = c->b[bi].first; i <= c->b[bi].last; i++)
		if (live_para(&c->it[i]) && c->it[i].body == bi) {
			paras++;
			chars += utf8_count(c->it[i].text);
		}
	if (paras > 2 || chars > 240)
		return -1;
	return bi;
}

/* Whether s opens with a date: 10月5日, 7月25日. */
static int
opens_with_date(const char *s)
{
	const char *p = s;

	while (*p >= '0' && *p <= '9')
		p++;
	if (p == s || !starts(p, "月"))
		return 0;
	p += strlen("月");
	s = p;
	while (*p >= '0' && *p <= '9')
		p++;
	return p > s && starts(p, "日");
}

/*
 * A photo's short lead-in printed as the last paragraph of the article
 * before it: it stands right before the caption, is short, and opens with
 * a date or shares clearly more words with the caption than with the
 * paragraph before it.
 * Returns its item index, or -1.
 */
static int
last_para_lead_in(struct ctx *c, size_t cap)
{
	size_t i, k, nb, prev = (size_t)-1, paras = 0, shared = 0;
	uint64_t *cb;
	double with_body;

	for (i = cap; i > 0; i--) {
		struct item *it = &c->it[i - 1];
		if (it->kind == I_CAPTION || (it->kind == I_PARA && it->dropped))
			continue;
		if (it->kind != I_PARA || it->heading || it->dateline ||
		    it->body < 0 || utf8_count(it->text) > 160)
			return -1;
		break;
	}
	if (i == 0)
		return -1;
	i--;
	for (k = c->b[c->it[i].body].first; k < i; k++)
		if (live_para(&c->it[k]) && c->it[k].body == c->it[i].body &&
		    c->pbg[k] != NULL) {
			paras++;
			prev = k;
		}
	if (paras == 0 || c->pbg[i] == NULL)
		return -1;
	if (opens_with_date(c->it[i].text))
		return (int)i;
	cb = bigrams(c->it[cap].text, &nb);
	for (k = 0; k < c->npbg[i]; k++)
		shared += has_bigram(cb, nb, c->pbg[i][k]);
	free(cb);
	with_body = overlap(c, i, prev);
	return c->npbg[i] > 0 && (double)shared / (double)c->npbg[i] >=
	    0.25 && (double)shared / (double)c->npbg[i] > 2 * with_body ?
	    (int)i : -1;
}

struct placed {
	size_t pos;
	struct article *a;
};

static void
add_paras(const struct ctx *c, struct article *a, int bi)
{
	size_t i;

	for (i = 0; i < c->nit; i++) {
		const struct item *it = &c->it[i];
		if (it->body != bi)
			continue;
		if (it->kind == I_PARA && !it->dropped)
			article_add_para(a, it->heading ? PARA_HEADING : PARA_TEXT,
			    xstrdup(it->text));
		else if (it->kind == I_CAPTION)
			article_add_para(a, PARA_CAPTION, it->credit ?
			    xasprintf("%s %s", it->text, it->credit) :
			    xstrdup(it->text));
	}
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

static struct article *
body_article(struct ctx *c, int bi)
{
	struct article *a = article_new();
	int hi = headline_of(c, bi);
	size_t i;

	add_paras(c, a, bi);
	if (hi >= 0) {
		struct headline *h = &c->h[hi];
		article_set(&a->title, xstrdup(h->title));
		article_set(&a->subtitle, xstrdup(h->subtitle));
		article_set(&a->byline, xstrdup(h->byline));
		article_set(&a->kicker, xstrdup(h->kicker));
	}
	if (c->b[bi].teaser) {
		const char *t = first_text(a);
		a->kind = KIND_NOTE;
		article_set(&a->title, xstrndup(t, strlen(t) -
		    clean_mark_at_end(t)));
	}
	/* SPEC import 6: a credit after the body joins the byline. */
	for (i = c->b[bi].last + 1; i < c->nit; i++) {
		if (c->it[i].kind == I_CREDIT && !c->it[i].photo) {
			append_field(&a->byline, c->it[i].text, " ");
			c->it[i].dropped = 1;
		} else if (c->it[i].kind != I_CAPTION && !(c->it[i].kind ==
		    I_PARA && c->it[i].dropped))
			break;
	}
	if (*a->title == '\0')
		article_set(&a->title, derive_title(first_text(a)));
	return a;
}

static struct article *
photo_article(struct ctx *c, size_t cap)
{
	struct article *a = article_new();
	struct item *it = &c->it[cap];
	int lead = lead_in_of(c, cap);

	a->kind = KIND_PHOTO;
	if (lead >= 0) {
		c->b[lead].lead_in = 1;
		add_paras(c, a, lead);
	} else if ((lead = last_para_lead_in(c, cap)) >= 0) {
		article_add_para(a, PARA_TEXT, xstrdup(c->it[lead].text));
		c->it[lead].body = -1;
	}
	article_add_para(a, PARA_CAPTION, xstrdup(it->text));
	if (it->credit != NULL)
		article_set(&a->byline, xstrdup(it->credit));
	article_set(&a->title, derive_title(a->paras[0].text));
	return a;
}

static int
cmp_placed(const void *x, const void *y)
{
	const struct placed *a = x, *b = y;

	return (a->pos > b->pos) - (a->pos < b->pos);
}

static void
assemble(struct ctx *c, struct page *out)
{
	struct placed *v = NULL;
	size_t n = 0, i;
	int bi;

	/* Photo items first: they may claim a lead-in body. */
	for (i = 0; i < c->nit; i++)
		if (c->it[i].kind == I_CAPTION && c->it[i].body < 0) {
			v = xreallocarray(v, n + 1, sizeof *v);
			v[n].a = photo_article(c, i);
			v[n++].pos = i;
		}
	for (bi = 0; bi < (int)c->nb; bi++) {
		if (c->b[bi].lead_in)
			continue;
		v = xreallocarray(v, n + 1, sizeof *v);
		v[n].a = body_article(c, bi);
		v[n++].pos = c->b[bi].first;
	}
	for (i = 0; i < c->nh; i++) {
		struct headline *h = &c->h[i];
		struct article *a;
		if (h->body >= 0 || h->banner || *h->title == '\0')
			continue;
		a = article_new();
		a->kind = KIND_NOTE;
		article_set(&a->title, xstrdup(h->title));
		article_set(&a->subtitle, xstrdup(h->subtitle));
		article_set(&a->byline, xstrdup(h->byline));
		article_set(&a->kicker, xstrdup(h->kicker));
		v = xreallocarray(v, n + 1, sizeof *v);
		v[n].a = a;
		v[n++].pos = h->item;
	}
	qsort(v, n, sizeof *v, cmp_placed);
	for (i = 0; i < n; i++)
		page_add(out, v[i].a);
	free(v);
}

static void
ctx_free(struct ctx *c)
{
	size_t i;

	for (i = 0; i < c->nl; i++)
		free(c->l[i].text);
	for (i = 0; i < c->ncap; i++) {
		free(c->cap[i].text);
		free(c->cap[i].credit);
	}
	for (i = 0; i < c->nit; i++) {
		free(c->it[i].text);
		free(c->it[i].credit);
		if (c->pbg != NULL)
			free(c->pbg[i]);
	}
	for (i = 0; i < c->nh; i++) {
		free(c->h[i].title);
		free(c->h[i].subtitle);
		free(c->h[i].byline);
		free(c->h[i].kicker);
		free(c->h[i].bg);
		free(c->h[i].w);
		free(c->h[i].name);
	}
	free(c->l);
	free(c->cap);
	free(c->it);
	free(c->b);
	free(c->h);
	free(c->pbg);
	free(c->npbg);
	free(c->dfk);
	free(c->dfc);
}

static void
index_paragraphs(struct ctx *c)
{
	size_t i;

	c->pbg = xcalloc(c->nit ? c->nit : 1, sizeof *c->pbg);
	c->npbg = xcalloc(c->nit ? c->nit : 1, sizeof *c->npbg);
	size_t total = 0, k, j;
	uint64_t *all;

	for (i = 0; i < c->nit; i++)
		if (live_para(&c->it[i]) && !c->it[i].heading) {
			c->pbg[i] = bigrams(c->it[i].text, &c->npbg[i]);
			total += c->npbg[i];
		}
	/* Document frequencies, counted once: idf() is asked often. */
	all = xreallocarray(NULL, total + 1, sizeof *all);
	for (i = k = 0; i < c->nit; i++)
		for (j = 0; c->pbg[i] != NULL && j < c->npbg[i]; j++)
			all[k++] = c->pbg[i][j];
	sort_u64(all, total);
	c->dfk = xreallocarray(NULL, total + 1, sizeof *c->dfk);
	c->dfc = xreallocarray(NULL, total + 1, sizeof *c->dfc);
	for (i = 0; i < total; i++) {
		if (c->ndf > 0 && c->dfk[c->ndf - 1] == all[i]) {
			c->dfc[c->ndf - 1]++;
			continue;
		}
		c->dfk[c->ndf] = all[i];
		c->dfc[c->ndf++] = 1;
	}
	free(all);
}

/* Series banners (SPEC import 6): later headlines shaped like the first
 * one under the banner share its kicker. */
static void
spread_banners(struct ctx *c)
{
	size_t i;
	int shape = -1;
	const char *kicker = NULL;

	for (i = 0; i < c->nh; i++) {
		struct headline *h = &c->h[i];
		if (h->banner) {
			kicker = NULL;
			shape = -1;
			continue;
		}
		if (*h->kicker != '\0') {
			kicker = h->kicker;
			shape = (*h->subtitle != '\0') * 4 + (*h->byline != '\0') * 2;
		} else if (kicker != NULL && (*h->subtitle != '\0') * 4 +
		    (*h->byline != '\0') * 2 == shape && !starts(h->byline, "本报")) {
			append_field(&h->kicker, kicker, "");
		} else {
			kicker = NULL;
		}
	}
}

/* What the passes made of the page, on stderr (LREADER_SEGMENT_DEBUG). */
static void
debug_dump(const struct ctx *c)
{
	size_t i;
	static const char *kinds[] = { "text", "date", "byline", "sub",
	    "credit", "pcredit", "caption", "numhead" };
	static const char *ik[] = { "PARA", "BLOCK", "CAPTION", "CREDIT" };

	for (i = 0; i < c->nl; i++)
		fprintf(stderr, "L%-3zu %-7s cw=%3d w=%3d %s%s%s%s%s %.60s\n", i,
		    kinds[c->l[i].kind], c->l[i].cw, c->l[i].width,
		    c->l[i].final ? "F" : "-", c->l[i].hl ? "H" : "-",
		    c->l[i].perline ? "P" : "-", c->l[i].gone ? "G" : "-",
		    c->l[i].doubled ? "D" : "-", c->l[i].text);
	for (i = 0; i < c->nit; i++)
		fprintf(stderr, "I%-3zu %-7s body=%d %s%s%s%s %.60s\n", i,
		    ik[c->it[i].kind], c->it[i].body,
		    c->it[i].dropped ? "x" : "-", c->it[i].dateline ? "d" : "-",
		    c->it[i].heading ? "h" : "-", c->it[i].cut ? "c" : "-",
		    c->it[i].text ? c->it[i].text : "");
	for (i = 0; i < c->nh; i++)
		fprintf(stderr, "H%-3zu item=%zu body=%d seed=%zu %s | %s | %s\n",
		    i, c->h[i].item, c->h[i].body, c->h[i].seed, c->h[i].title,
		    c->h[i].subtitle, c->h[i].byline);
}

int
segment_page(const char *text, struct page *out, char **err)
{
	struct ctx c;
	size_t i;

	memset(&c, 0, sizeof c);
	read_lines(&c, text);
	if (c.nl == 0)
		return fail(err, "empty page");
	local_widths(&c);
	find_captions(&c);
	mark_headlines(&c);
	build_items(&c);
	drop_repeats(&c);
	index_paragraphs(&c);
	find_headings(&c);
	find_bodies(&c);
	for (i = 0; i < c.nit; i++)
		if (c.it[i].kind == I_BLOCK)
			parse_block(&c, i);
	spread_banners(&c);
	assign_headlines(&c);
	split_bodies(&c);
	place_captions(&c);
	if (getenv("LREADER_SEGMENT_DEBUG") != NULL)
		debug_dump(&c);
	assemble(&c, out);
	ctx_free(&c);
	return 0;
}

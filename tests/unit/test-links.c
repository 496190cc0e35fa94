/*
 * Unit tests of links (marks, teasers, terms, signatures) and of the
 * store's use of them: a made-up dated archive imported through the
 * importer, whose every continuation must resolve to the right article
 * and no other mark resolve; and related reports, a conference report
 * among a thousand generated articles. Libraries live under $TEST_TMP.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "lreader/article.h"
#include "lreader/clean.h"
#include "lreader/import.h"
#include "lreader/links.h"
#include "lreader/segment.h"
#include "lreader/store.h"
#include "lreader/util.h"
#include "../tap.h"

static char *tmpdir;

/* An article with these paragraphs (NULL-terminated). */
static struct article *
art(const char *title, ...)
{
	struct article *a = article_new();
	const char *p;
	va_list ap;

	article_set(&a->title, xstrdup(title));
	va_start(ap, title);
	while ((p = va_arg(ap, const char *)) != NULL)
		article_add_para(a, PARA_TEXT, xstrdup(p));
	va_end(ap);
	return a;
}

/* The marks of a one-paragraph article, as "kind page off len;". */
static char *
marks_of(const char *para)
{
	struct article *a = art("标题", para, NULL);
	struct link_mark *m;
	size_t n = links_find(a, &m), i;
	struct buf b;

	buf_init(&b);
	buf_add(&b, "", 0);
	for (i = 0; i < n; i++)
		buf_addf(&b, "%s%d@%zu+%zu;", links_kind_name(m[i].kind),
		    m[i].page, m[i].off, m[i].len);
	free(m);
	article_free(a);
	return buf_take(&b);
}

/* is_str on marks_of(para) against want, built with the byte offsets
 * of `at` (the mark's text) inside para. */
static void
mark_is(const char *para, const char *kind, int page, const char *at,
    const char *what)
{
	char *got = marks_of(para), *want;
	const char *p = strstr(para, at);

	want = p ? xasprintf("%s%d@%zu+%zu;", kind, page, (size_t)(p - para),
	    strlen(at)) : xstrdup("?");
	is_str(got, want, "%s", what);
	free(got);
	free(want);
}

static void
test_find(void)
{
	char *got;

	mark_is("要抓好项目建设。（下转4版）", "下转", 4, "（下转4版）",
	    "（下转4版） at a paragraph's end");
	mark_is("要抓好项目建设。(转4版)", "下转", 4, "(转4版)",
	    "half-width brackets, 转 alone");
	mark_is("要抓好项目建设。（转４版）", "下转", 4, "（转４版）",
	    "full-width digits");
	mark_is("要抓好项目建设。（下转第十二版）", "下转", 12,
	    "（下转第十二版）", "第 and a Chinese numeral: 十二");
	mark_is("要抓好项目建设。【下转二十三版】", "下转", 23,
	    "【下转二十三版】", "【】 and 二十三");
	mark_is("临县林业局负责人表示。（下转 3版）", "下转", 3,
	    "（下转 3版）", "a space left where a line was cut");
	mark_is("（上接1版）据了解，工程由中建八局承建。", "上接", 1,
	    "（上接1版）", "（上接1版） opening a paragraph");
	mark_is("（接第三版）据了解，工程由中建八局承建。", "上接", 3,
	    "（接第三版）", "接 alone, 第三版");
	mark_is("上接1版 据了解，工程由中建八局承建。", "上接", 1, "上接1版",
	    "bare at a paragraph's start");
	mark_is("院士专家专访——见2版——", "见", 2, "——见2版——",
	    "——见2版—— after a teaser");
	mark_is("会议要求各地做好防汛工作。（相关报道见第三版）", "见", 3,
	    "（相关报道见第三版）", "相关报道见第三版");
	mark_is("深入开展。（详见2版）", "见", 2, "（详见2版）", "详见2版");
	got = marks_of("（我市经济运行见4版）");
	is_str(got, "", "not a mark: a sentence before 见");
	free(got);
	got = marks_of("他转到第三版面去看，接着又见到了老朋友。");
	is_str(got, "", "not a mark: 转, 接 and 见 in prose");
	free(got);
	got = marks_of("会议强调下转4版的工作。");
	is_str(got, "", "not a mark: bare in the middle of a sentence");
	free(got);
	got = marks_of("（下转4版）（下转5版）");
	is_str(got, "下转4@0+16;下转5@16+16;", "two marks in one paragraph");
	free(got);
}

/* The mark cut over two lines reaches the paragraph whole. */
static void
test_cut_mark(void)
{
	struct page pg = { NULL, 0 };
	struct link_mark *m = NULL;
	char *err = NULL;
	size_t i, n = 0;
	int found = 0;

	if (segment_page("体育中心钢结构合拢\n\n本报讯（记者 王涛）7月25日，"
	    "吕梁新区体育中心体育场钢结构顺利合拢，主桁架跨度达一百二十米，"
	    "采用整体提升工艺。（下转\n4版）\n", &pg, &err) != 0) {
		ok(0, "segment: %s", err);
		free(err);
		return;
	}
	for (i = 0; i < pg.n && !found; i++) {
		n = links_find(pg.articles[i], &m);
		found = n == 1 && m[0].kind == LINK_CONTINUES && m[0].page == 4;
		free(m);
	}
	ok(found, "a mark cut over two lines is found whole");
	page_free(&pg);
}

static void
test_teaser(void)
{
	struct article *a = art("标题", "第一句。院士专家专访——见2版——",
	    "——见2版——", "第一句。会议部署防汛工作。（详见2版）", NULL);
	char *t;

	t = links_teaser(a, 0, strlen("第一句。院士专家专访"));
	is_str(t, "院士专家专访", "teaser: the sentence before the mark");
	free(t);
	t = links_teaser(a, 1, 0);
	is_str(t, "标题", "teaser: the title when nothing precedes the mark");
	free(t);
	t = links_teaser(a, 2, strlen("第一句。会议部署防汛工作。"));
	is_str(t, "会议部署防汛工作", "teaser: the sentence a mark closes");
	free(t);
	article_free(a);
}

/* Whether the terms hold t. */
static int
has_term(const struct link_term *v, size_t n, uint64_t t, uint32_t *tf)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (v[i].term == t) {
			*tf = v[i].tf;
			return 1;
		}
	return 0;
}

static void
test_terms(void)
{
	struct article *a = art("吕梁大数据", "吕梁的５Ｇ基站，GDP增长。",
	    "数据 1 个", NULL);
	struct link_term *t;
	size_t n = links_terms(a, &t), i;
	uint64_t lv = (uint64_t)0x5415 << 21 | 0x6881;  /* 吕梁 */
	uint64_t shu = (uint64_t)0x6570 << 21 | 0x636E; /* 数据 */
	uint32_t tf = 0;
	int sorted = 1;

	for (i = 1; i < n; i++)
		sorted = sorted && t[i - 1].term < t[i].term;
	ok(sorted, "terms are sorted and distinct");
	ok(has_term(t, n, lv, &tf) && tf == 3,
	    "吕梁: twice in the title, once in the body (tf %u)", tf);
	ok(has_term(t, n, shu, &tf) && tf == 3,
	    "数据: twice in the title, once in the body (tf %u)", tf);
	ok(!has_term(t, n, (uint64_t)0x68A6 << 21 | 0x7684, &tf),
	    "no bigram across a punctuation mark or a field");
	free(t);
	article_free(a);
	{
		struct link_term *x, *y;
		size_t nx = links_text_terms("５Ｇ", &x),
		    ny = links_text_terms("5g", &y);
		ok(nx == 1 && ny == 1 && x[0].term == y[0].term &&
		    (x[0].term >> 62) == 1, "５Ｇ and 5g are one token");
		free(x);
		free(y);
		nx = links_text_terms("第1个", &x);
		is_int(nx, 0, "a one-digit token is no term");
		free(x);
	}
}

/*
 * The bigrams of texts in which runs of ideographs stand side by side
 * (add_folded takes four at a time): each pair of adjacent Han
 * characters but 〇, counted, as a walk of one code point at a time finds
 * them: with U+4E00-4FFF (lead E4), a hexagram of U+4DC0 (lead E4, no
 * Han), 〇, extension A and B (U+20000, four bytes) inside runs, and
 * marks between them.
 */
static void
test_terms_runs(void)
{
	static const char *pieces[] = {
		"吕", "梁", "日", "报", "一", "中", "人", "以", "〇", "\xe4\xb7\x80",
		"\xe3\x90\x80", "\xf0\xa0\x80\x80", "，", "。", "“",
	};
	size_t k, same = 0, ascending = 0, radix = 0, far = 0;
	unsigned long r = 7;

	for (k = 0; k < 200; k++) {
		struct buf t;
		struct link_term *x;
		uint64_t want[256];
		size_t i, j, nw = 0, nx, len = 1 + k % 120, ok_terms = 1;
		uint32_t c, prev = 0;
		int up = 1, wide = 0;

		buf_init(&t);
		buf_add(&t, "", 0);
		for (i = 0; i < len; i++) {
			r = r * 6364136223846793005UL + 1442695040888963407UL;
			/* (ideographs most of the time: long runs) */
			buf_adds(&t, pieces[(r >> 33) % 5 == 0 ?
			    (r >> 40) % 15 : (r >> 40) % 8]);
		}
		for (i = 0; i < t.len;) {
			i += (size_t)utf8_next(t.data + i, t.len - i, &c);
			wide |= c > 0xFFFF;
			if (clean_is_han(c) && c != 0x3007) {
				if (prev != 0)
					want[nw++] = (uint64_t)prev << 21 | c;
				prev = c;
			} else {
				prev = 0;
			}
		}
		nx = links_text_terms(t.data, &x);
		/* every term counted as often as the walk met it */
		for (i = 0, j = 0; i < nx; i++) {
			size_t m, cnt = 0;
			for (m = 0; m < nw; m++)
				cnt += want[m] == x[i].term;
			ok_terms &= cnt == x[i].tf;
			j += cnt;
		}
		same += ok_terms && j == nw;
		/* distinct and ascending, however they were sorted (four
		 * passes of the BMP's bigrams, sort_u64 with one of another
		 * plane, an insertion sort for a few) */
		for (i = 1; i < nx; i++)
			up &= x[i - 1].term < x[i].term;
		ascending += up;
		radix += nw >= 48 && !wide;
		far += nw >= 48 && wide;
		free(x);
		buf_free(&t);
	}
	is_int(same, 200, "bigrams of runs of ideographs as one character at "
	    "a time finds them");
	is_int(ascending, 200, "the terms ascend, each once");
	ok(radix > 0 && far > 0, "long lists of the BMP's bigrams (%zu) and "
	    "with a character of another plane (%zu) among them", radix, far);
}

static void
test_signature(void)
{
	struct link_term t[4] = {
		{ 10, 1 }, { 20, 3 }, { 30, 1 }, { 40, 1 },
	};
	int64_t df[4] = { 1, 5, 900, 1 };
	size_t idx[4], k;

	k = links_signature(t, 4, df, 1000, 3, idx);
	is_int(k, 3, "three of four terms");
	ok(k == 3 && idx[0] == 1 && idx[1] == 0 && idx[2] == 3,
	    "a rare repeated term first, then rare ones in term order");
	is_int(links_signature(t, 4, df, 1000, 0, idx), 0, "k 0: none");
}

static void
test_title_match(void)
{
	size_t sh;
	double m;

	m = links_title_match("院士专家谈数字经济发展", "院士专家谈数字经济", &sh);
	ok(m == 1.0 && sh == 8, "a teaser within a headline: %.2f, %zu", m,
	    sh);
	m = links_title_match("湿地公园迎来候鸟", "院士专家谈数字经济", &sh);
	ok(m == 0 && sh == 0, "unrelated: 0");
	ok(links_title_match("", "院士", NULL) == 0, "empty: 0");
}

/* ---- a made-up dated archive ---- */

/* Write text to dir/rel, making its folders. */
static void
write_page(const char *dir, const char *rel, const char *text)
{
	char *p = xasprintf("%s/%s", dir, rel), *q;
	FILE *f;

	mkdir(dir, 0777);
	for (q = p + strlen(dir) + 1; (q = strchr(q, '/')) != NULL; q++) {
		*q = '\0';
		mkdir(p, 0777);
		*q = '/';
	}
	if ((f = fopen(p, "w")) == NULL || fputs(text, f) < 0 ||
	    fclose(f) != 0)
		diag("cannot write %s: %s", p, strerror(errno));
	free(p);
}

/* The paragraph-long bodies the pages are made of. */
#define STADIUM "本报讯（记者 王涛）7月25日，吕梁新区体育中心体育场钢结构顺利" \
	"合拢。体育场主桁架跨度达一百二十米，采用整体提升工艺，共分六个提升" \
	"单元，中建八局项目团队连续作业七十二小时完成合拢。"
#define WETLAND "本报讯（记者 李雅萍）汾河湿地公园二期工程日前完工，新增水面" \
	"三百亩，栽植芦苇、菖蒲等湿地植物二十余种，白鹭、苍鹭成群栖息在湿地" \
	"浅滩。"
#define FARM "本报讯（记者 康桂芳）眼下正值夏收时节，临县农机合作社调集" \
	"收割机二十台，分赴各乡镇抢收小麦，合作社理事长白建军说，合作社为" \
	"农户提供代收代种服务。"

static const char *const day1[][2] = {
	{ "2021/07/26/page-1.txt",
	"吕梁新区体育中心钢结构合拢\n\n" STADIUM "（下转4版）\n\n"
	"汾河湿地公园二期完工\n\n" WETLAND "(转４版)\n\n"
	"院士专家谈数字经济——见2版——\n" },
	{ "2021/07/26/page-2.txt",
	"院士专家谈数字经济发展\n\n本报讯（记者 冯凯治）出席大会的院士专家"
	"接受本报专访，畅谈数字经济与产业转型。院士们认为，吕梁发展大数据"
	"产业具有电力和区位优势。\n\n"
	"全市防汛工作会议召开\n\n本报讯（记者 刘华）7月25日，全市防汛工作"
	"会议召开，部署主汛期各项防汛措施。会议要求，各县区要压实防汛责任，"
	"加强河道巡查和水库调度，汛期实行二十四小时值班，遇到强降雨提前转移"
	"危险区域群众，确保安全度汛。（相关报道见第三版）\n" },
	{ "2021/07/26/page-3.txt",
	"各县区传达防汛工作会议精神\n\n本报讯（记者 付永文）全市防汛工作会议"
	"召开后，各县区连夜传达会议精神，检查河道、水库和淤地坝，转移危险区"
	"群众。\n\n"
	"农机合作社助农夏收\n\n" FARM "（下转第四版）\n" },
	{ "2021/07/26/page-4.txt",
	"湿地公园二期新建观鸟步道\n\n（上接1版）湿地公园管理处介绍，二期工程新建"
	"观鸟屏风和科普步道，游客可以在讲解员带领下认识芦苇、菖蒲等湿地植物，"
	"观赏白鹭和苍鹭。\n\n"
	"体育中心钢结构合拢\n\n（上接1版）据了解，体育场钢结构工程由中建八局"
	"承建，主桁架合拢后转入屋面和幕墙施工，体育中心年底前完成主体工程。\n\n"
	"合作社代收服务受欢迎\n\n（上接3版）合作社理事长白建军表示，今年小麦"
	"亩产提高五十斤，收割机代收服务让农户省心省力。\n\n"
	"交口县举办乡村篮球赛\n\n本报讯（记者 张娟娟）交口县首届乡村篮球赛"
	"开赛，来自各乡镇的十六支代表队参赛，比赛将持续一周。\n" },
};

static const char *const day2[][2] = {
	{ "2021/07/27/page-1.txt",
	"离石区老旧小区改造提速\n\n本报讯（记者 王卫斌）离石区今年改造老旧"
	"小区四十二个，加装电梯、更换管网、增设停车位，惠及居民一万二千户。"
	"（下转\n4版）\n\n"
	"吕梁机场新开三条航线\n\n本报讯（记者 李雅萍）吕梁大武机场新开通"
	"至成都、厦门、哈尔滨三条航线，每周各执飞四班。（下转2版）\n" },
	{ "2021/07/27/page-2.txt",
	"中阳县钢铁企业超低排放改造完成\n\n（上接3版）中阳县钢铁企业完成"
	"超低排放改造，烧结机头烟气颗粒物排放浓度降至每立方米十毫克以下。\n" },
	{ "2021/07/27/page-3.txt",
	"中阳钢铁超低排放改造\n\n本报讯（记者 刘华）中阳县推进钢铁企业超低"
	"排放改造，投入资金九亿元，建成烧结机头烟气脱硫脱硝设施。（下转2版）\n" },
};

static const char *const late[2] = {
	"2021/07/27/page-4.txt",
	"老旧小区改造提速\n\n（接1版）离石区老旧小区改造坚持先地下后地上，"
	"电梯加装由居民自主表决，改造后的小区增设了停车位和充电桩。\n",
};

static const char *const undated[2] = {
	"misc/special.txt",
	"特刊导读\n\n本报讯（记者 王涛）本期特刊回顾吕梁大数据产业发展历程，"
	"梳理重点项目建设情况。（下转2版）\n",
};

/* The id of the article titled t, 0 if none. */
static int64_t
id_of(struct store *s, const char *t)
{
	struct article_row *rows;
	size_t n, i;
	int64_t id = 0;

	if (store_articles(s, 0, NULL, &rows, &n, NULL) < 0)
		return 0;
	for (i = 0; i < n; i++)
		if (strcmp(rows[i].title, t) == 0)
			id = rows[i].id;
	store_article_rows_free(rows, n);
	return id;
}

/* Check article `from` (by title): its mark number k is of kind and
 * leads to the article titled `to` (NULL: unresolved, its reason
 * containing `why`). */
static void
leads(struct store *s, const char *from, size_t k, enum link_kind kind,
    const char *to, const char *why)
{
	int64_t id = id_of(s, from), want = to ? id_of(s, to) : 0;
	struct store_link *l = NULL;
	char *err = NULL;
	size_t n = 0;

	if (id == 0 || (to != NULL && want == 0)) {
		ok(0, "%s → %s: an article is missing", from, to ? to : "-");
		return;
	}
	if (store_links(s, id, &l, &n, &err) < 0) {
		ok(0, "store_links %s: %s", from, err);
		free(err);
		return;
	}
	if (k >= n) {
		ok(0, "%s: mark %zu of %zu", from, k, n);
	} else if (to != NULL) {
		ok(l[k].mark.kind == kind && l[k].target == want &&
		    l[k].reason == NULL, "%s %s%d版 → %s (got %lld%s%s)", from,
		    links_kind_name(kind), l[k].mark.page, to,
		    (long long)l[k].target, l[k].reason ? ": " : "",
		    l[k].reason ? l[k].reason : "");
	} else {
		ok(l[k].mark.kind == kind && l[k].target == 0 &&
		    l[k].reason != NULL && strstr(l[k].reason, why) != NULL,
		    "%s %s%d版 unresolved: %s", from, links_kind_name(kind),
		    l[k].mark.page, l[k].reason ? l[k].reason : "(no reason)");
	}
	store_links_free(l, n);
}

/* The number of marks of the article titled t. */
static size_t
nmarks(struct store *s, const char *t)
{
	struct store_link *l;
	size_t n = 0;

	if (store_links(s, id_of(s, t), &l, &n, NULL) < 0)
		return (size_t)-1;
	store_links_free(l, n);
	return n;
}

static void
import_dir(struct store *s, const char *dir)
{
	struct import_opts o = { stderr, 0 };
	struct import_stats st;
	char *p = xstrdup(dir);

	import_paths(s, &p, 1, &o, &st, NULL);
	if (st.failed > 0)
		diag("%d pages failed", st.failed);
	free(p);
}

static void
test_archive(void)
{
	char *arch = xasprintf("%s/arch", tmpdir), *more = xasprintf(
	    "%s/more", tmpdir), *db = xasprintf("%s/links.db", tmpdir);
	struct store *s = NULL;
	char *err = NULL;
	size_t i;

	for (i = 0; i < sizeof day1 / sizeof day1[0]; i++)
		write_page(arch, day1[i][0], day1[i][1]);
	for (i = 0; i < sizeof day2 / sizeof day2[0]; i++)
		write_page(arch, day2[i][0], day2[i][1]);
	write_page(arch, undated[0], undated[1]);
	write_page(more, late[0], late[1]);
	if (store_open(db, &s, &err) < 0) {
		ok(0, "open: %s", err);
		free(err);
		goto out;
	}
	import_dir(s, arch);

	/* Day 1: each wording, two 上接1版 on page 4 told apart by the
	 * terms they share, a 上接3版 beside them. */
	leads(s, "吕梁新区体育中心钢结构合拢", 0, LINK_CONTINUES,
	    "体育中心钢结构合拢", NULL);
	leads(s, "体育中心钢结构合拢", 0, LINK_CONTINUED,
	    "吕梁新区体育中心钢结构合拢", NULL);
	leads(s, "汾河湿地公园二期完工", 0, LINK_CONTINUES,
	    "湿地公园二期新建观鸟步道", NULL);
	leads(s, "湿地公园二期新建观鸟步道", 0, LINK_CONTINUED,
	    "汾河湿地公园二期完工", NULL);
	leads(s, "院士专家谈数字经济", 0, LINK_SEE, "院士专家谈数字经济发展",
	    NULL);
	leads(s, "全市防汛工作会议召开", 0, LINK_SEE,
	    "各县区传达防汛工作会议精神", NULL);
	leads(s, "农机合作社助农夏收", 0, LINK_CONTINUES, "合作社代收服务受欢迎",
	    NULL);
	leads(s, "合作社代收服务受欢迎", 0, LINK_CONTINUED, "农机合作社助农夏收",
	    NULL);
	is_int(nmarks(s, "交口县举办乡村篮球赛"), 0,
	    "an article without marks has none");
	/* Day 2: a mark cut over two lines to a page not yet imported, a
	 * 下转2版 that nothing on page 2 continues, and the 上接3版 there
	 * that belongs to page 3. */
	leads(s, "离石区老旧小区改造提速", 0, LINK_CONTINUES, NULL,
	    "page 4 of 2021-07-27 is not in the library");
	leads(s, "吕梁机场新开三条航线", 0, LINK_CONTINUES, NULL,
	    "no article on page 2 of 2021-07-27 continues this one");
	leads(s, "中阳钢铁超低排放改造", 0, LINK_CONTINUES,
	    "中阳县钢铁企业超低排放改造完成", NULL);
	leads(s, "中阳县钢铁企业超低排放改造完成", 0, LINK_CONTINUED,
	    "中阳钢铁超低排放改造", NULL);
	leads(s, "特刊导读", 0, LINK_CONTINUES, NULL, "no date");

	/* The continuation imported later: found without re-importing. */
	import_dir(s, more);
	leads(s, "离石区老旧小区改造提速", 0, LINK_CONTINUES, "老旧小区改造提速",
	    NULL);
	leads(s, "老旧小区改造提速", 0, LINK_CONTINUED, "离石区老旧小区改造提速",
	    NULL);
	{
		struct store_link *l;
		size_t n;

		ok(store_links(s, 999999, &l, &n, &err) < 0 && err != NULL &&
		    strstr(err, "no such article") != NULL,
		    "store_links: no such article");
		free(err);
		err = NULL;
	}
	store_close(s);
out:
	free(arch);
	free(more);
	free(db);
}


/* ---- related reports ---- */

/* Sentences of the bundled issues, the stuff of the generated articles:
 * real news prose, the big-data conference of 2021 included. */
static char **
load_sentences(size_t *n)
{
	const char *top = getenv("top_srcdir");
	char *dir = xasprintf("%s/assets/issues", top && *top ? top : ".");
	static const char *const files[] = {
		"000_654740d0f14573d2.txt", "001_88496977c24d648f.txt",
		"002_52a807616048621b.txt", "003_de8d0f2df01a8059.txt",
		"004_4f12a0768dd3e9cf.txt",
	};
	char **v = NULL, *text, *p, *q, *path;
	size_t i, len;

	*n = 0;
	for (i = 0; i < sizeof files / sizeof files[0]; i++) {
		path = xasprintf("%s/%s", dir, files[i]);
		text = read_file_max(path, 1u << 22, &len);
		free(path);
		if (text == NULL)
			continue;
		for (p = text; *p != '\0'; p = q) {
			q = strstr(p, "。");
			if (q == NULL)
				break;
			q += strlen("。");
			if (q - p > 30 && q - p < 360 && memchr(p, '\n', (size_t)
			    (q - p)) == NULL) {
				v = xreallocarray(v, *n + 1, sizeof *v);
				v[(*n)++] = xasprintf("%.*s", (int)(q - p), p);
			}
			while (*q == '\n' || *q == ' ')
				q++;
		}
		free(text);
	}
	free(dir);
	return v;
}

static unsigned long rnd = 12345;

static size_t
pick(size_t n)
{
	rnd = rnd * 6364136223846793005UL + 1442695040888963407UL;
	return (size_t)((rnd >> 33) % n);
}

/* The conference in four years: what each year's report shares with
 * the others (the conference, its venue, the academicians' institute)
 * and what is its own. */
static const char *const conference[4][3] = {
	{ "第一届吕梁大数据产业发展大会在吕梁国际会展中心开幕",
	"本报讯 第一届吕梁大数据产业发展大会在吕梁国际会展中心开幕，"
	"院士工作站与超算吕梁中心签约，数谷吕梁建设启动。",
	"大会期间，吕梁国际会展中心举办大数据产业发展论坛，超算吕梁中心"
	"首批算力上线，院士工作站聚焦煤炭智能开采。" },
	{ "第二届吕梁大数据产业发展大会举行",
	"本报讯 第二届吕梁大数据产业发展大会在吕梁国际会展中心举行，"
	"超算吕梁中心二期和院士工作站新项目签约，数谷吕梁初具规模。",
	"会展中心内，大数据产业发展论坛吸引百余家企业，超算吕梁中心为"
	"气象预报提供算力。" },
	{ "第三届吕梁大数据产业发展大会签约项目十八个",
	"本报讯 第三届吕梁大数据产业发展大会在吕梁国际会展中心召开，"
	"签约项目十八个，超算吕梁中心算力翻番，院士工作站落户数谷吕梁。",
	"大数据产业发展论坛上，院士工作站专家介绍超算吕梁中心在新材料"
	"研发中的应用。" },
	{ "第四届吕梁大数据产业发展大会隆重开幕",
	"本报讯 第四届吕梁大数据产业发展大会在吕梁国际会展中心隆重开幕，"
	"超算吕梁中心、院士工作站和数谷吕梁新签约一批项目。",
	"会展中心的大数据产业发展论坛上，超算吕梁中心发布智慧城市平台，"
	"院士工作站推介氢能项目。" },
};

/* Put one issue of date/page with articles a[0..n). */
static void
put_issue(struct store *s, const char *date, int page,
    struct article **a, size_t n)
{
	struct page pg = { NULL, 0 };
	struct issue_in in;
	enum store_put res;
	char *path = xasprintf("/gen/%s/%d.txt", date, page), *text =
	    xasprintf("%s %d %zu", date, page, n), *err = NULL;
	size_t i;

	for (i = 0; i < n; i++)
		page_add(&pg, a[i]);
	memset(&in, 0, sizeof in);
	in.source = in.path = path;
	in.text = text;
	in.date = date;
	in.page = page;
	in.cleaner = 1;
	in.page_articles = &pg;
	if (store_put_issue(s, &in, &res, &err) < 0) {
		diag("put %s: %s", path, err);
		free(err);
	}
	page_free(&pg);
	free(path);
	free(text);
}

/* A generated article: a title from a sentence, six sentences. */
static struct article *
generated(char **sent, size_t ns)
{
	struct article *a = article_new();
	struct buf b;
	size_t i;
	char *t;

	t = sent[pick(ns)];
	article_set(&a->title, xasprintf("%.36s", t));
	for (i = 0; i < 6; i++) {
		buf_init(&b);
		buf_adds(&b, sent[pick(ns)]);
		buf_adds(&b, sent[pick(ns)]);
		article_add_para(a, PARA_TEXT, buf_take(&b));
	}
	return a;
}

static void
test_related(void)
{
	char *db = xasprintf("%s/related.db", tmpdir), date[64], **sent;
	struct related_row *rows = NULL;
	struct article *a[8];
	struct store *s = NULL;
	int64_t report[4] = { 0, 0, 0, 0 }, reprint[3] = { 0, 0, 0 };
	/* reprint[] in import order: 2019, 2020, 2021 */
	size_t ns, n = 0, i, k, made = 0;
	int y, m, d, pg, found;
	char *err = NULL;

	sent = load_sentences(&ns);
	ok(ns > 100, "%zu sentences from the bundled issues", ns);
	if (ns <= 100 || store_open(db, &s, &err) < 0) {
		diag("%s", err ? err : "no sentences");
		free(err);
		goto out;
	}
	store_begin(s, NULL);
	/* 1,000 others over four years, eight an issue; on each year's
	 * conference day page 1 holds the report; three reprints of one
	 * notice in three years, for the order of equal scores. */
	for (m = 1; m <= 12 && made < 1000; m++)
		for (d = 5; d <= 25 && made < 1000; d += 20)
			for (y = 2018; y <= 2021 && made < 1000; y++)
				for (pg = 1; pg <= 4 && made < 1000; pg++) {
					snprintf(date, sizeof date, "%d-%02d-%02d", y,
					    m, d);
					for (k = 0; k < 8; k++)
						a[k] = generated(sent, ns);
					made += 8;
					put_issue(s, date, pg, a, 8);
				}
	for (y = 2018; y <= 2021; y++) {
		snprintf(date, sizeof date, "%d-08-18", y);
		a[0] = art(conference[y - 2018][0], conference[y - 2018][1],
		    conference[y - 2018][2], NULL);
		a[1] = generated(sent, ns);
		put_issue(s, date, 1, a, 2);
		if (y == 2018)
			continue;
		snprintf(date, sizeof date, "%d-03-01", y);
		a[0] = art("停水通知", "因管网改造，滨河北路沿线将于周六停水"
		    "十二小时，请居民提前储水。", NULL);
		put_issue(s, date, 2, a, 1);
	}
	if (store_commit(s, &err) < 0) {
		ok(0, "commit: %s", err);
		free(err);
		goto out;
	}
	{
		struct article_row *r;
		size_t nr;
		int nrep = 0;

		store_articles(s, 0, NULL, &r, &nr, NULL);
		for (i = 0; i < nr; i++) {
			for (k = 0; k < 4; k++)
				if (strcmp(r[i].title, conference[k][0]) == 0)
					report[k] = r[i].id;
			if (strcmp(r[i].title, "停水通知") == 0 && nrep < 3)
				reprint[nrep++] = r[i].id;
		}
		ok(nr > 1000, "%zu articles", nr);
		store_article_rows_free(r, nr);
	}
	ok(store_related(s, report[3], 10, &rows, &n, &err) == 0,
	    "store_related answers");
	ok(n >= 3 && n <= 10, "at most ten related articles (%zu)", n);
	for (k = 0, found = 0; k < 3; k++)
		for (i = 0; i < n && i < 5; i++)
			found += rows[i].id == report[k];
	is_int(found, 3, "the other three years' reports are in the top five");
	ok(n >= 3 && rows[0].score >= rows[1].score &&
	    rows[1].score >= rows[2].score, "scores descend");
	for (i = 0; i < n; i++)
		if (rows[i].id == report[3])
			ok(0, "the report itself is not related to itself");
	if (n > 0)
		ok(strlen(rows[0].date) == 10 && rows[0].page >= 1,
		    "a row has its date and page (%s p%d)", rows[0].date,
		    rows[0].page);
	store_related_free(rows, n);
	/* Reprints: equal scores, newest first. */
	ok(store_related(s, reprint[0], 10, &rows, &n, NULL) == 0 && n >= 2 &&
	    rows[0].score == rows[1].score && rows[0].id == reprint[2] &&
	    rows[1].id == reprint[1], "equal scores: newest first");
	store_related_free(rows, n);
	ok(store_related(s, 99999999, 10, &rows, &n, &err) < 0 && err &&
	    strstr(err, "no such article"), "no such article");
	free(err);
out:
	store_close(s);
	for (i = 0; i < ns; i++)
		free(sent[i]);
	free(sent);
	free(db);
}

/*
 * Postings kept as rows of articles (schema 4): 120 articles sharing
 * three terms, their ids far apart (the articles' sequence moved on by
 * hand) so that each term's list outgrows one row; then articles taken
 * out of and put back into the middle and the start of those lists by
 * re-importing their issues. Related reports read the lists: fewer than
 * 200 articles, so no term is too common to be read and every article
 * that shares one is listed.
 */
#define SHARED_N 120

/* Put issue i of the postings test: with the shared terms (公告, 特别,
 * zqshared) or without them. */
static void
put_shared(struct store *s, int i, int shared)
{
	char date[32], *t, *p, *path, *err = NULL;
	struct page pg = { NULL, 0 };
	struct issue_in in;
	enum store_put res;

	snprintf(date, sizeof date, "2020-%02d-%02d", 1 + i / 28, 1 + i % 28);
	t = shared ? xasprintf("公告 k%dx", i) : xasprintf("独立 q%dz", i);
	p = shared ? xasprintf("zqshared 特别 w%dy", i) :
	    xasprintf("另外 r%ds", i);
	path = xasprintf("/shared/%d.txt", i);
	page_add(&pg, art(t, p, NULL));
	memset(&in, 0, sizeof in);
	in.source = in.path = path;
	in.text = p;   /* a new text each time: a replacement */
	in.date = date;
	in.page = 1;
	in.cleaner = 1;
	in.page_articles = &pg;
	if (store_put_issue(s, &in, &res, &err) < 0) {
		diag("put %s: %s", path, err);
		free(err);
	}
	page_free(&pg);
	free(path);
	free(t);
	free(p);
}

/* How many articles related lists for id, and whether other is one. */
static size_t
related_n(struct store *s, int64_t id, int64_t other, int *has)
{
	struct related_row *rows = NULL;
	size_t n = 0, i;
	char *err = NULL;

	*has = 0;
	if (store_related(s, id, 0, &rows, &n, &err) < 0) {
		diag("related %lld: %s", (long long)id, err);
		free(err);
		return 0;
	}
	for (i = 0; i < n; i++)
		*has |= rows[i].id == other;
	store_related_free(rows, n);
	return n;
}

static void
test_postings(void)
{
	char *db = xasprintf("%s/postings.db", tmpdir), *err = NULL;
	struct article_row *r = NULL;
	struct store *s = NULL;
	int64_t id[SHARED_N];
	size_t n = 0, i;
	int has, k;

	if (store_open(db, &s, &err) < 0) {
		ok(0, "open: %s", err);
		free(err);
		goto out;
	}
	store_begin(s, NULL);
	for (k = 0; k < SHARED_N; k++) {
		put_shared(s, k, 1);
		/* Steps of 70,000 between the articles: three bytes each. */
		store_exec(s, "UPDATE sqlite_sequence SET seq = seq + 70000"
		    " WHERE name = 'articles'", NULL);
	}
	if (store_commit(s, &err) < 0) {
		ok(0, "commit: %s", err);
		free(err);
		goto out;
	}
	store_articles(s, 0, NULL, &r, &n, NULL);
	is_int(n, SHARED_N, "%d articles", SHARED_N);
	for (i = 0; i < n && i < SHARED_N; i++)
		id[i] = r[i].id;
	store_article_rows_free(r, n);
	if (n != SHARED_N)
		goto out;
	ok(id[1] - id[0] > 70000, "ids far apart (%lld, %lld)",
	    (long long)id[0], (long long)id[1]);
	{
		sqlite3 *raw = NULL;
		sqlite3_stmt *st = NULL;
		long long most = -1;

		if (sqlite3_open(db, &raw) == SQLITE_OK &&
		    sqlite3_prepare_v2(raw, "SELECT max(c) FROM (SELECT"
		    " count(*) AS c FROM postings GROUP BY term)", -1, &st,
		    NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
			most = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		sqlite3_close(raw);
		ok(most >= 2, "a shared term's list takes %lld rows", most);
	}
	is_int(related_n(s, id[0], id[SHARED_N - 1], &has), SHARED_N - 1,
	    "related: every other article shares the terms");
	ok(has, "the last article among them");
	is_int(related_n(s, id[SHARED_N / 2], id[0], &has), SHARED_N - 1,
	    "related of the middle one: all the others");
	ok(has, "the first article among them");
	/* The middle article without the shared terms: out of the lists. */
	store_begin(s, NULL);
	put_shared(s, SHARED_N / 2, 0);
	store_commit(s, NULL);
	is_int(related_n(s, id[0], id[SHARED_N / 2], &has), SHARED_N - 2,
	    "the middle article re-imported without them: one fewer");
	ok(!has, "and it is not listed");
	/* Back in, under its own id (its issue's heir by place). */
	store_begin(s, NULL);
	put_shared(s, SHARED_N / 2, 1);
	store_commit(s, NULL);
	is_int(related_n(s, id[0], id[SHARED_N / 2], &has), SHARED_N - 1,
	    "back with them: all again");
	ok(has, "the middle article listed again (put back inside a row)");
	/* The first article of every list out, then back. */
	store_begin(s, NULL);
	put_shared(s, 0, 0);
	store_commit(s, NULL);
	is_int(related_n(s, id[SHARED_N - 1], id[0], &has), SHARED_N - 2,
	    "the first article without them: one fewer");
	ok(!has, "and it is not listed");
	is_int(related_n(s, id[1], id[SHARED_N - 1], &has), SHARED_N - 2,
	    "the second one now opens the lists");
	ok(has, "the last is still found");
	store_begin(s, NULL);
	put_shared(s, 0, 1);
	store_commit(s, NULL);
	is_int(related_n(s, id[SHARED_N - 1], id[0], &has), SHARED_N - 1,
	    "the first back: all again");
	ok(has, "the first article listed again");
	/* Equal scores: dated newest first, then page order, undated last. */
	{
		struct page pg = { NULL, 0 };
		struct issue_in in;
		struct related_row *rows = NULL;
		enum store_put res;
		size_t nr = 0;

		page_add(&pg, art("公告 undated", "zqshared 特别 one", NULL));
		page_add(&pg, art("公告 second", "zqshared 特别 two", NULL));
		memset(&in, 0, sizeof in);
		in.source = in.path = "/shared/undated.txt";
		in.text = "undated";
		in.date = "";
		in.cleaner = 1;
		in.page_articles = &pg;
		store_begin(s, NULL);
		store_put_issue(s, &in, &res, NULL);
		store_commit(s, NULL);
		page_free(&pg);
		ok(store_related(s, id[0], 0, &rows, &nr, NULL) == 0 &&
		    nr == SHARED_N + 1 && rows[0].id == id[SHARED_N - 1] &&
		    rows[1].id == id[SHARED_N - 2] &&
		    strcmp(rows[nr - 2].title, "公告 undated") == 0 &&
		    strcmp(rows[nr - 1].title, "公告 second") == 0,
		    "equal scores: newest first, the undated issue last, in "
		    "page order");
		store_related_free(rows, nr);
	}
out:
	store_close(s);
	free(db);
}

int
main(void)
{
	const char *t = getenv("TEST_TMP");

	tmpdir = xstrdup(t && *t ? t : "/tmp");
	test_find();
	test_cut_mark();
	test_teaser();
	test_terms();
	test_terms_runs();
	test_signature();
	test_title_match();
	test_archive();
	test_related();
	test_postings();
	free(tmpdir);
	return done_testing();
}

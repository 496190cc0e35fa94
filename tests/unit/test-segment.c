/*
 * Unit tests of segment on pages made up here: wrapped columns of several
 * widths, one paragraph a line, headlines before and after their bodies
 * or gathered at the page end, captions cut into sentences, repeats,
 * doubled and letter-spaced text, photo items, credits, headings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lreader/segment.h"
#include "lreader/util.h"
#include "../tap.h"

/* Made-up body paragraphs of three articles on different topics. */
static const char *farm[] = {
	"本报讯（记者 李明）4月2日，我市春耕备播现场推进会在汾阳召开。会议总结了去年全市粮食生产工作，安排部署今年春耕备播各项任务。",
	"会议指出，各县要抓好种子、化肥、农药等农资供应，加强农机检修和技术培训，确保春耕生产顺利进行，为全年粮食丰收打下坚实基础。",
	"会议要求，要落实耕地保护责任，坚决遏制耕地非农化，推广玉米大豆带状复合种植，提高粮食单产水平，让农民种粮有钱赚、多得利。",
};
static const char *river[] = {
	"本报讯（记者 王芳）连日来，柳林县组织干部群众开展黄河沿岸生态清理行动，清理河道垃圾一百二十余吨，拆除违章建筑十五处。",
	"柳林县河长办负责人介绍，全县将建立河道保洁长效机制，每条河流配备专职保洁员，实行网格化管理，做到发现一处、清理一处。",
};
static const char *school[] = {
	"走进岚县第三中学的科技活动室，学生们正围着一台自制的机器人热烈讨论。这台机器人能识别颜色、搬运积木，是科技小组用了三个月做成的。",
	"岚县第三中学校长赵刚说，学校每周安排两节科技课，邀请工程师进校园，带领学生动手实践，科技小组已在省级比赛中拿到两个一等奖。",
	"赵刚介绍，下一步学校还将建设创客空间，添置三维打印机和编程设备，让更多学生在动手中培养创新思维，在实践中提升综合素质。",
};

/* Cells a character takes in print: punctuation is set compressed. */
static int
cells(uint32_t c)
{
	return c < 0x80 || (c >= 0x3000 && c <= 0x303F) ||
	    (c >= 0xFF00 && c <= 0xFF20) || (c >= 0x2010 && c <= 0x2027) ? 1 : 2;
}

/* Cut a paragraph into lines of `width` characters as printed (2 cells
 * each, punctuation 1), the first one two characters shorter (its
 * indent), each line followed by a blank line when blank is set. */
static void
column(struct buf *b, const char *para, int width, int blank)
{
	const char *p = para;
	int used = 0, limit = 2 * width - 4;
	uint32_t c;

	while (*p) {
		int l = utf8_next(p, strlen(p), &c);
		/* Kinsoku: closing punctuation never starts a line. */
		if (used + cells(c) > limit && c != 0x201D && c != 0x3002 &&
		    c != 0xFF0C && c != 0x3001) {
			buf_adds(b, blank ? "\n\n" : "\n");
			used = 0;
			limit = 2 * width;
		}
		buf_add(b, p, (size_t)l);
		used += cells(c);
		p += l;
	}
	buf_adds(b, blank ? "\n\n" : "\n");
}

static void
paras(struct buf *b, const char **v, size_t n, int width, int blank)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (width > 0)
			column(b, v[i], width, blank);
		else
			buf_addf(b, "%s\n%s", v[i], blank ? "\n" : "");
}

static struct page
seg(const char *text)
{
	struct page p = { NULL, 0 };
	char *err = NULL;

	if (segment_page(text, &p, &err) != 0) {
		diag("segment_page: %s", err);
		free(err);
	}
	return p;
}

/* Paragraphs of a joined, captions left out. */
static char *
body(const struct article *a)
{
	struct buf b;
	size_t i;

	buf_init(&b);
	buf_add(&b, "", 0);
	for (i = 0; i < a->npara; i++)
		if (a->paras[i].kind == PARA_TEXT)
			buf_adds(&b, a->paras[i].text);
	return buf_take(&b);
}

static int
has_para(const struct article *a, enum para_kind k, const char *text)
{
	size_t i;

	for (i = 0; i < a->npara; i++)
		if (a->paras[i].kind == k && strcmp(a->paras[i].text, text) == 0)
			return 1;
	return 0;
}

static void
check_paras(const struct article *a, const char **v, size_t n, const char *what)
{
	size_t i;
	int all = 1;

	for (i = 0; i < n; i++)
		all &= has_para(a, PARA_TEXT, v[i]);
	if (!ok(all && a->npara >= n, "%s: every paragraph whole", what)) {
		for (i = 0; i < a->npara; i++)
			diag("para %zu: %s", i, a->paras[i].text);
	}
}

static void
test_columns(int width, int blank)
{
	struct buf b;
	struct page p;
	char what[64];

	snprintf(what, sizeof what, "columns of %d%s", width,
	    blank ? ", blank after each line" : "");
	buf_init(&b);
	buf_adds(&b, "全市春耕备播现场推进会召开\n\n");
	paras(&b, farm, 3, width, blank);
	buf_adds(&b, "柳林县开展黄河沿岸生态清理行动\n");
	buf_adds(&b, "——建立河道保洁长效机制\n");
	buf_adds(&b, "□ 本报记者 王芳\n");
	paras(&b, river, 2, width, blank);
	p = seg(b.data);
	is_int(p.n, 2, "%s: two articles", what);
	if (p.n == 2) {
		is_str(p.articles[0]->title, "全市春耕备播现场推进会召开", "%s: first title", what);
		check_paras(p.articles[0], farm, 3, what);
		is_str(p.articles[1]->title, "柳林县开展黄河沿岸生态清理行动", "%s: second title", what);
		is_str(p.articles[1]->subtitle, "——建立河道保洁长效机制", "%s: subtitle", what);
		is_str(p.articles[1]->byline, "本报记者 王芳", "%s: byline without □", what);
		check_paras(p.articles[1], river, 2, what);
	}
	page_free(&p);
	buf_free(&b);
}

/* Interviews with no markers, their headlines gathered at the page end. */
static void
test_gathered(int width)
{
	static const char *a1[] = {
		"“乡村振兴离不开人才。”市农业农村局专家孙丽说，近年来全市培养新型职业农民两千多人，他们成为发展现代农业的骨干力量。",
		"孙丽认为，培养职业农民要坚持需求导向，围绕特色产业开展精准培训，把课堂搬到田间地头，让农民学得会、用得上。",
	};
	static const char *a2[] = {
		"“文旅融合是县域经济的新引擎。”省旅游研究院研究员周涛在接受采访时说，吕梁山区红色资源丰富，发展红色旅游大有可为。",
		"周涛建议，要把红色遗址保护利用和乡村旅游结合起来，打造精品线路，完善餐饮住宿配套，讲好老区故事，让游客留得下、愿再来。",
	};
	struct buf b;
	struct page p;

	buf_init(&b);
	paras(&b, a1, 2, width, 1);
	paras(&b, a2, 2, width, 1);
	buf_adds(&b, "周涛周涛：：让红色旅游成为富民产业让红色旅游成为富民产业\n\n");
	buf_adds(&b, "□ 本报记者 郝强\n\n");
	buf_adds(&b, "孙丽孙丽：：培养更多懂技术的职业农民培养更多懂技术的职业农民\n\n");
	buf_adds(&b, "□ 本报记者 郝强\n");
	if (getenv("SEGMENT_TEST_DUMP") != NULL && width == atoi(getenv("SEGMENT_TEST_DUMP")))
		fputs(b.data, stderr);
	p = seg(b.data);
	is_int(p.n, 2, "gathered headlines (width %d): two articles", width);
	if (p.n == 2) {
		is_str(p.articles[0]->title, "孙丽：培养更多懂技术的职业农民",
		    "gathered: the first body gets its own headline, undoubled");
		is_str(p.articles[1]->title, "周涛：让红色旅游成为富民产业",
		    "gathered: the second body gets its own headline");
		is_str(p.articles[0]->byline, "本报记者 郝强", "gathered: byline");
		check_paras(p.articles[0], a1, 2, "gathered first");
		check_paras(p.articles[1], a2, 2, "gathered second");
	}
	page_free(&p);
	buf_free(&b);
}

/* A caption cut into a sentence: pulled out, the sentence rejoined. */
static void
test_caption_cut(void)
{
	const char *page =
	    "学校新建科技楼投入使用\n\n"
	    "本报讯（记者 赵丽）9月1日，方山县第二中学新建的科技楼正式投入使用。这栋楼共有实验室十二间，可同时容纳六百名学生开展实验，学校还为\n\n"
	    "图为学生在新实验室里做化学实验。 记者 钱亮 摄\n\n"
	    "每间实验室配备了新的仪器设备和安全设施。\n";
	struct page p = seg(page);
	char *b;

	is_int(p.n, 1, "caption cut: one article");
	if (p.n == 1) {
		b = body(p.articles[0]);
		ok(strstr(b, "学校还为每间实验室配备了新的仪器设备和安全设施。") != NULL,
		    "caption cut: the sentence is whole again");
		free(b);
		ok(has_para(p.articles[0], PARA_CAPTION,
		    "图为学生在新实验室里做化学实验。 记者 钱亮 摄"),
		    "caption cut: the caption stays with its article, credit at its end");
	}
	page_free(&p);
}

/* A standalone photo: lead-in, caption, credit on the next line. */
static void
test_photo(void)
{
	struct buf b;
	struct page p;

	buf_init(&b);
	buf_adds(&b, "全市春耕备播现场推进会召开\n\n");
	paras(&b, farm, 3, 0, 1);
	buf_adds(&b, "\n\n图为交口县农民在田间查看麦苗长势。4月3日，农技人员深入田间指导春季麦田管理。\n\n");
	buf_adds(&b, "孟华 摄\n");
	p = seg(b.data);
	is_int(p.n, 2, "photo: the article and a photo item");
	if (p.n == 2) {
		is_int(p.articles[1]->kind, KIND_PHOTO, "photo: kind photo");
		is_str(p.articles[1]->byline, "孟华 摄", "photo: the credit is its byline");
		ok(p.articles[1]->npara == 1 && p.articles[1]->paras[0].kind ==
		    PARA_CAPTION, "photo: one caption paragraph");
		ok(*p.articles[1]->title != '\0', "photo: a derived title");
	}
	page_free(&p);
	buf_free(&b);
}

/* Two pictures in a row between two reports (the second one's headline
 * set after it): the first about neither (a photo item of its own), the
 * second naming the next report's school: the second goes with its report,
 * though the one before it went alone. */
static void
test_caption_row(void)
{
	struct buf b;
	struct page p;
	size_t i, k;
	int school_has = 0, photo_has = 0;

	buf_init(&b);
	buf_adds(&b, "全市春耕备播现场推进会召开\n\n");
	paras(&b, farm, 3, 0, 1);
	buf_adds(&b, "\n\n图为离石区滨河公园的菊花展吸引市民驻足观赏。 记者 孟华 摄\n\n");
	buf_adds(&b, "图为岚县第三中学科技小组的学生调试自制机器人。 记者 钱亮 摄\n\n");
	paras(&b, school, 3, 0, 1);
	buf_adds(&b, "\n\n小小机器人 点燃科技梦\n");
	p = seg(b.data);
	for (i = 0; i < p.n; i++)
		for (k = 0; k < p.articles[i]->npara; k++) {
			const struct paragraph *q = &p.articles[i]->paras[k];
			if (q->kind != PARA_CAPTION || strstr(q->text, "机器人") == NULL)
				continue;
			school_has |= strstr(p.articles[i]->title, "科技梦") != NULL;
			photo_has |= p.articles[i]->kind == KIND_PHOTO;
		}
	ok(school_has && !photo_has,
	    "caption row: the picture naming the next report goes with it");
	page_free(&p);
	buf_free(&b);
}

/* Repeats, letter spacing, credits, headings and derived titles. */
static void
test_misc(void)
{
	struct buf b;
	struct page p;
	char *t;

	buf_init(&b);
	buf_adds(&b, "岚县三中科技教育见实效\n\n");
	buf_adds(&b, "□ 本报记者 钱亮\n\n");
	buf_addf(&b, "%s\n\n", school[0]);
	buf_adds(&b, "课堂走进生活\n\n");
	buf_addf(&b, "%s\n\n", school[1]);
	buf_adds(&b, "实践培养创新\n\n");
	buf_addf(&b, "%s\n\n", school[2]);
	buf_addf(&b, "%s\n\n", school[0]);   /* repeated, not adjacent */
	buf_adds(&b, "记者韩冰 整理\n\n");
	buf_adds(&b, "本报讯 全 市 第 一 季 度 重 点 项 目 开 工 率 达 到 百 分 之 九 十 。\n");
	p = seg(b.data);
	is_int(p.n, 2, "misc: two articles");
	if (p.n == 2) {
		is_str(p.articles[0]->title, "岚县三中科技教育见实效", "misc: title");
		ok(has_para(p.articles[0], PARA_HEADING, "课堂走进生活") &&
		    has_para(p.articles[0], PARA_HEADING, "实践培养创新"),
		    "misc: short blocks inside one body are headings");
		const char *first;
		t = body(p.articles[0]);
		first = strstr(t, school[0]);
		ok(first != NULL && strstr(first + 1, school[0]) == NULL,
		    "misc: a repeated paragraph is kept once");
		free(t);
		is_str(p.articles[0]->byline, "本报记者 钱亮 记者韩冰 整理",
		    "misc: a credit after the body joins the byline");
		ok(p.articles[1]->npara == 1 && strcmp(p.articles[1]->paras[0].text,
		    "本报讯全市第一季度重点项目开工率达到百分之九十。") == 0,
		    "misc: justification spaces removed");
		is_str(p.articles[1]->title, "全市第一季度重点项目开工率达到百分之九十",
		    "misc: an untitled article's title from its lead sentence");
	}
	page_free(&p);
	buf_free(&b);
}

/* One paragraph a line, a title and a subtitle before each body. */
static void
test_perline(void)
{
	struct buf b;
	struct page p;

	buf_init(&b);
	buf_adds(&b, "柳林县开展黄河沿岸生态清理行动\n");
	buf_adds(&b, "清理河道垃圾一百二十余吨\n");
	paras(&b, river, 2, 0, 0);
	buf_adds(&b, "全市春耕备播现场推进会召开\n");
	paras(&b, farm, 3, 0, 0);
	p = seg(b.data);
	is_int(p.n, 2, "one paragraph a line: two articles");
	if (p.n == 2) {
		is_str(p.articles[0]->title, "柳林县开展黄河沿岸生态清理行动",
		    "one paragraph a line: title");
		is_str(p.articles[0]->subtitle, "清理河道垃圾一百二十余吨",
		    "one paragraph a line: the second headline line is a subtitle");
		check_paras(p.articles[0], river, 2, "one paragraph a line");
		check_paras(p.articles[1], farm, 3, "one paragraph a line");
	}
	page_free(&p);
	buf_free(&b);
}

/* Other dateline, byline and credit styles. */
static void
test_variants(void)
{
	const char *page =
	    "全省农村公路建设提速\n"
	    "◎ 文/本报记者 李四\n"
	    "本报太原3月9日\n"
	    "电（记者 李四）今年以来，全省新建改建农村公路三千公里，完成\n"
	    "投资四十亿元，一批通村公路提前建成通车。\n"
	    "图为新建成的通村公路。（记者 周五 摄）\n"
	    "省交通厅负责人表示，下一步将加快推进农村公路提档升级，让群众出行更加便捷。\n";
	struct page p = seg(page);

	is_int(p.n, 1, "variants: one article");
	if (p.n == 1) {
		is_str(p.articles[0]->byline, "文/本报记者 李四", "variants: ◎ byline");
		ok(p.articles[0]->npara >= 1 && strncmp(p.articles[0]->paras[0].text,
		    "本报太原3月9日电（记者 李四）今年以来", strlen("本报太原3月9日电"
		    "（记者 李四）今年以来")) == 0, "variants: a dateline cut before 电");
		ok(has_para(p.articles[0], PARA_CAPTION,
		    "图为新建成的通村公路。 记者 周五 摄"),
		    "variants: a credit in brackets");
	}
	page_free(&p);
}

/* The article whose title is t, or NULL. */
static const struct article *
titled(const struct page *p, const char *t)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		if (strcmp(p->articles[i]->title, t) == 0)
			return p->articles[i];
	return NULL;
}

/*
 * A feature's headline printed after its body (which follows another
 * article's with nothing between), right before a news item whose
 * dateline names its reporter: the headline goes with the news item
 * when the dateline names the byline's reporter, and with the feature
 * when it names another.
 */
static void
test_byline_dateline(const char *reporter, int same)
{
	struct buf b;
	struct page p;
	const struct article *a;

	buf_init(&b);
	buf_adds(&b, "全市春耕备播现场推进会召开\n\n");
	paras(&b, farm, 3, 16, 1);
	paras(&b, school, 3, 16, 1);
	buf_adds(&b, "新时代的追梦人\n\n□ 本报记者 王芳\n\n");
	buf_addf(&b, "本报讯（记者 %s）连日来，柳林县组织干部群众开展黄河沿岸生态清理行动，清理河道垃圾一百二十余吨，拆除违章建筑十五处。\n\n", reporter);
	paras(&b, river + 1, 1, 16, 1);
	p = seg(b.data);
	a = titled(&p, "新时代的追梦人");
	ok(a != NULL, "byline and dateline (%s): the headline is used", reporter);
	if (a != NULL) {
		char *t = body(a);
		ok((strstr(t, "柳林县") != NULL) == same,
		    "byline and dateline: %s", same ?
		    "the same reporter: the headline heads the news item" :
		    "another reporter: the headline stays with the feature");
		free(t);
	}
	page_free(&p);
	buf_free(&b);
}

/* Two headlines gathered at the page end, one right under the other: two
 * titles, not one wrapped, when the first is an untitled body's. */
static void
test_gathered_titles(void)
{
	struct buf b;
	struct page p;
	const struct article *a;

	buf_init(&b);
	paras(&b, school, 3, 16, 1);
	paras(&b, farm, 3, 16, 1);
	buf_adds(&b, "全市春耕备播现场推进会在汾阳召开\n\n");
	buf_adds(&b, "小机器人点燃大梦想\n\n");
	buf_adds(&b, "——岚县第三中学科技教育见闻\n\n");
	buf_adds(&b, "□ 本报记者 钱亮\n");
	p = seg(b.data);
	is_int(p.n, 2, "gathered titles: two articles");
	a = titled(&p, "全市春耕备播现场推进会在汾阳召开");
	ok(a != NULL && strstr(a->paras[0].text, "春耕") != NULL,
	    "gathered titles: the first heads the meeting report");
	a = titled(&p, "小机器人点燃大梦想");
	ok(a != NULL && strstr(a->paras[0].text, "科技活动室") != NULL,
	    "gathered titles: the second heads the feature");
	page_free(&p);
	buf_free(&b);
}

/* Two plain lines over a body: the one its lead repeats is the title,
 * the other (shorter) its subtitle, not a kicker over it. */
static void
test_title_subtitle(void)
{
	struct buf b;
	struct page p;

	buf_init(&b);
	buf_adds(&b, "全市春耕备播推进会召开\n\n");
	buf_adds(&b, "农资供应有保障\n\n");
	paras(&b, farm, 3, 16, 1);
	p = seg(b.data);
	is_int(p.n, 1, "title and subtitle: one article");
	if (p.n == 1) {
		is_str(p.articles[0]->title, "全市春耕备播推进会召开",
		    "title and subtitle: the line the lead repeats is the title");
		is_str(p.articles[0]->subtitle, "农资供应有保障",
		    "title and subtitle: the other is its subtitle");
	}
	page_free(&p);
	buf_free(&b);
}

/* A caption whose credit names a byline's reporter, printed away from
 * that article: it goes with it, and is never lost. */
static void
test_caption_away(void)
{
	struct buf b;
	struct page p;
	size_t i, k, n = 0;
	const char *cap = "图为科技小组的学生调试机器人。 钱亮 摄";

	buf_init(&b);
	buf_adds(&b, "小机器人点燃大梦想\n\n□ 本报记者 钱亮\n\n");
	paras(&b, school, 3, 16, 1);
	paras(&b, river, 2, 16, 1);
	buf_adds(&b, "图为科技小组的学生调试机器人。 钱亮 摄\n\n");
	paras(&b, farm, 3, 16, 1);
	p = seg(b.data);
	for (i = 0; i < p.n; i++)
		for (k = 0; k < p.articles[i]->npara; k++)
			n += strcmp(p.articles[i]->paras[k].text, cap) == 0;
	is_int((long)n, 1, "caption away: printed once");
	ok(titled(&p, "小机器人点燃大梦想") != NULL &&
	    has_para(titled(&p, "小机器人点燃大梦想"), PARA_CAPTION, cap),
	    "caption away: with the article of its credit's reporter");
	page_free(&p);
	buf_free(&b);
}

/* Gathered headlines: a title that ends with ！ is whole, so the line
 * after it is another article's; a title's last character wrapped onto a
 * line of its own is no kicker of the next. */
static void
test_gathered_shapes(void)
{
	struct buf b;
	struct page p;
	const struct article *a;

	buf_init(&b);
	paras(&b, school, 3, 16, 1);
	paras(&b, farm, 3, 16, 1);
	buf_adds(&b, "小机器人点燃大梦想！\n\n");
	buf_adds(&b, "春耕备播农资供应有保障\n\n");
	p = seg(b.data);
	a = titled(&p, "小机器人点燃大梦想！");
	ok(a != NULL && strstr(a->paras[0].text, "科技活动室") != NULL,
	    "gathered shapes: a title ending in ！ stands alone");
	a = titled(&p, "春耕备播农资供应有保障");
	ok(a != NULL && strstr(a->paras[0].text, "春耕") != NULL,
	    "gathered shapes: the line after it heads the other body");
	page_free(&p);
	buf_reset(&b);

	paras(&b, school, 3, 16, 1);
	paras(&b, farm, 3, 16, 1);
	buf_adds(&b, "岚县第三中学小机器人点燃科技\n\n梦\n\n");
	buf_adds(&b, "春耕备播农资供应有保障\n\n");
	p = seg(b.data);
	a = titled(&p, "岚县第三中学小机器人点燃科技梦");
	ok(a != NULL && strstr(a->paras[0].text, "科技活动室") != NULL,
	    "gathered shapes: a wrapped title's last character joins it");
	a = titled(&p, "春耕备播农资供应有保障");
	ok(a != NULL && *a->kicker == '\0',
	    "gathered shapes: ... and is no kicker of the next title");
	page_free(&p);
	buf_free(&b);
}

/* Segment the farm page ending with tail and a headline after it: found,
 * a caption about the 播种机 keeps credit (in its text or as the byline);
 * leaked, a title, kicker, note or paragraph took a piece of it. */
static void
credit_page(const char *tail, const char *credit, const char *stray,
    int *found, int *leaked)
{
	struct buf b;
	struct page p;
	size_t i, k;

	*found = *leaked = 0;
	buf_init(&b);
	paras(&b, farm, 3, 16, 1);
	buf_adds(&b, tail);
	buf_adds(&b, "全市春耕备播现场推进会在汾阳召开\n\n");
	p = seg(b.data);
	for (i = 0; i < p.n; i++) {
		const struct article *a = p.articles[i];
		*leaked |= strstr(a->title, "摄") != NULL ||
		    strstr(a->kicker, "摄") != NULL || a->kind == KIND_NOTE;
		for (k = 0; k < a->npara; k++) {
			*leaked |= strstr(a->paras[k].text, stray) != NULL;
			*found |= a->paras[k].kind == PARA_CAPTION &&
			    strstr(a->paras[k].text, "播种机") != NULL &&
			    (strstr(a->paras[k].text, credit) != NULL ||
			    strstr(a->byline, credit) != NULL);
		}
	}
	page_free(&p);
	buf_free(&b);
}

/* A photo credit in brackets on a line of its own ends its caption and
 * goes with it (unbracketed), not into the headline after it. */
static void
test_bracketed_credit(void)
{
	int found, leaked;

	credit_page("图为农机手在田间检修播种机。\n\n（本报记者 李明 摄）\n\n",
	    "本报记者 李明 摄", "（本报记者", &found, &leaked);
	ok(found, "bracketed credit: the caption keeps it, unbracketed");
	ok(!leaked, "bracketed credit: no headline or paragraph takes it");
}

/* A bracketed credit cut over two lines, its second half no credit on its
 * own: the caption still ends with it, and no headline is made of it. */
static void
test_credit_cut(void)
{
	int found, leaked;

	credit_page("9月14日，农机手在田间检修播种机。（新华社记者\n\n"
	    "邵文韬 摄）\n\n", "邵文韬 摄", "邵文韬 摄）", &found, &leaked);
	ok(found, "credit cut: the caption keeps its credit");
	ok(!leaked, "credit cut: no headline or note is made of its tail");
}

/* n Han characters drawn from the seed: words no other article shares. */
static void
han_words(struct buf *b, unsigned *seed, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		*seed = *seed * 1103515245u + 12345u;
		buf_add_ucs(b, 0x4E00 + (*seed >> 8) % 6000);
	}
}

/* A dump far longer than any printed page is read in parts, so the work
 * stays linear (work item 13): cut between articles, nothing is lost. */
static void
test_long_dump(void)
{
	struct buf b;
	struct page p;
	size_t i, k, lines = 0, found = 0;
	const size_t n = 1000;
	char **titles = xcalloc(n, sizeof *titles);
	unsigned seed = 7;

	buf_init(&b);
	for (i = 0; i < n; i++) {
		struct buf t;
		buf_init(&t);
		han_words(&t, &seed, 12);
		titles[i] = buf_take(&t);
		/* The lead repeats the title's words, as a lead does. */
		buf_addf(&b, "%s\n\n本报讯（记者 李明）%s\n", titles[i],
		    titles[i]);
		for (k = 0; k < 4; k++) {
			han_words(&b, &seed, 16);
			buf_adds(&b, "\n");
		}
		han_words(&b, &seed, 5);
		buf_adds(&b, "。\n\n");
		lines += 7;
	}
	ok(lines > 2 * 3000, "long dump: over two parts of lines (%zu)", lines);
	p = seg(b.data);
	for (i = 0; i < n; i++)
		found += titled(&p, titles[i]) != NULL;
	is_int((long)p.n, (long)n, "long dump: one article per headline");
	is_int((long)found, (long)n, "long dump: every headline over its body");
	for (i = 0; i < n; i++)
		free(titles[i]);
	free(titles);
	page_free(&p);
	buf_free(&b);
}

int
main(void)
{
	struct page p = { NULL, 0 };
	char *err = NULL;
	int w;

	ok(segment_page("", &p, &err) == -1 && err != NULL, "an empty page is refused");
	free(err);
	err = NULL;
	ok(segment_page(" \n\n \n", &p, &err) == -1, "a blank page is refused");
	free(err);
	for (w = 12; w <= 24; w += 4) {
		test_columns(w, 1);
		test_columns(w, 0);
		test_gathered(w);
	}
	test_caption_cut();
	test_caption_row();
	test_photo();
	test_misc();
	test_perline();
	test_variants();
	test_byline_dateline("王芳", 1);
	test_byline_dateline("刘华", 0);
	test_gathered_titles();
	test_title_subtitle();
	test_caption_away();
	test_credit_cut();
	test_gathered_shapes();
	test_bracketed_credit();
	test_long_dump();
	return done_testing();
}

/*
 * Unit tests of the segmenter's stages (src/segment-*.c behind
 * src/segment-int.h), each on its own: the lexicon's predicates, line
 * evidence, the column model, the line labels, headline blocks, the
 * assignment of headlines to bodies and the assembly of articles. The
 * page-level behaviour is tested in test-segment.c and, on generated
 * pages, by tests/cli/pagegen.sh.
 */
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lreader/clean.h"
#include "lreader/segment.h"
#include "lreader/util.h"
#include "../../src/segment-int.h"
#include "../tap.h"

/* ---------------------------------------------------------------- */
/* Lexicon.                                                         */

/* Every weight has its name (a WEIGHT() without its NAME() left a NULL
 * that LREADER_SEGMENT_WEIGHTS could not name), and the name is its own:
 * an enum added without a NAME() is caught here, not by a crash. */
static void
test_weight_names(void)
{
	int i, missing = 0;

	for (i = 0; i < W_COUNT; i++)
		if (seg_weight_names[i] == NULL ||
		    strncmp(seg_weight_names[i], "W_", 2) != 0) {
			diag("weight %d has no NAME()", i);
			missing++;
		}
	ok(missing == 0, "every segment weight has a name");
}

static void
test_lexicon(void)
{
	char *t, *c;

	ok(seg_is_byline("□ 本报记者 冯凯治"), "byline: □ 本报记者 NAME");
	ok(seg_is_byline("本报记者 王洋 通讯员 李蓉"), "byline: two roles, two names");
	ok(seg_is_byline("山西日报记者 赵峻青"), "byline: a paper's name before 记者");
	ok(seg_is_byline("记者 张丽"), "byline: 记者 NAME");
	/* A role glued to the word after it: a name (记者张丽), not a
	 * heading's word (记者调查, over a reporter's findings). */
	ok(seg_is_byline("记者张丽") && !seg_is_byline("记者调查"),
	    "byline: a role glued to a name, not to another word");
	/* ... or to two names whose space was lost (记者张丽王洋). */
	ok(seg_is_byline("记者张丽王洋") && !seg_is_byline("记者调查情况"),
	    "byline: a role glued to two names run together");
	/* 本报 before any role word is the paper's own role (本报实习生,
	 * 本报见习记者), not an unknown word that leaves the byline a
	 * headline's second line; 本报 before a word that is no role is
	 * still none (本报实习, a role cut short). */
	ok(seg_is_byline("本报实习生 苗欣然") &&
	    seg_is_byline("本报见习记者 薛雅琪") &&
	    !seg_is_byline("本报实习 苗欣然"),
	    "byline: 本报 before any role word");
	ok(seg_is_frame_date("（2026年11月27日）") &&
	    !seg_is_frame_date("（2026年11月）") &&
	    !seg_is_frame_date("2026年11月27日") &&
	    !seg_is_frame_date("（2026年11月27日，星期五）"),
	    "frame date: a whole date alone in brackets");
	/* A speech's date and the place it was given at (a town's name
	 * after it) are its frame line too; a sentence after the date is
	 * not (a note). */
	ok(seg_is_frame_date("（2026年12月18日 离石）") &&
	    seg_is_frame_date("（2026年11月26日离石）") &&
	    seg_is_frame_date("（2026年 12 月 18 日 离石）") &&
	    !seg_is_frame_date("（2026年12月18日 在离石召开的会上）") &&
	    !seg_is_frame_date("（2026年12月 离石）"),
	    "frame date: a date and a place in brackets");
	ok(seg_byline_staff("□ 本报记者 冯凯治") && seg_byline_staff("本报评论员") &&
	    seg_byline_staff("钮建新 山西日报记者 赵峻青") &&
	    !seg_byline_staff("市人大代表 高建文") && !seg_byline_staff("钮建新") &&
	    !seg_byline_staff(""),
	    "staff byline: a role word of the paper's, not a post or a bare name");
	ok(seg_title_column("【一语】旧衣回收箱，别成了“糊涂箱”") &&
	    seg_title_column("老楼加装电梯，不妨多一些耐心和商量（三晋时评）") &&
	    !seg_title_column("坚持民生为本 全力以赴做好今冬明春供暖保障工作") &&
	    !seg_title_column("在全市冬季供暖保障工作会议上的讲话（摘要）") &&
	    !seg_title_column("【一语】"),
	    "title column: a column's label opening or closing a title");
	ok(seg_is_byline("本报评论员"), "byline: 本报评论员 alone");
	/* An official signs with the post held, then the name: posts
	 * joined by 、, each an office and a rank. */
	ok(seg_is_byline("市委常委、副市长 冀鸿飞") &&
	    seg_is_byline("方山县人民政府副县长 裴晓慧") &&
	    seg_is_byline("□市人大代表 高建文") &&
	    seg_is_byline("县委书记 张建国 本报记者 王洋 整理"),
	    "byline: a post before a name");
	/* (no rank ending the word, a rank with no office, a word after
	 * the post that is no name, a title's phrases, letter-spacing) */
	ok(!seg_is_byline("坚持民生为本 全力以赴做好供暖保障工作") &&
	    !seg_is_byline("局长 张建国") &&
	    !seg_is_byline("市委常委、副市长 讲话") &&
	    !seg_is_byline("市委常委、副市长讲话 冀鸿飞要求") &&
	    !seg_is_byline("副 市 长 冀 鸿 飞"),
	    "byline: not a phrase, a bare rank, a post before no name");
	/* A two-character name set to a three-character one's width,
	 * spaces between its characters (闫  彤), after a role word; not
	 * single characters with no role (a line letter-spaced). */
	ok(seg_is_byline("本报记者 闫  彤") && seg_is_byline("记者 王 洁 通讯员 李蓉") &&
	    seg_is_byline("□本报记者 曹  敏") &&
	    !seg_is_byline("闫  彤") && !seg_is_byline("本报记者 闫   彤") &&
	    !seg_is_byline("本报记者 闫 彤 敏"),
	    "byline: a two-character name spaced to three's width");
	{
		size_t nn, k;
		char **nm = seg_names("本报记者 闫  彤", &nn);
		ok(nn == 1 && strcmp(nm[0], "闫彤") == 0,
		    "byline names: a spaced name is one name, its spaces dropped");
		for (k = 0; k < nn; k++)
			free(nm[k]);
		free(nm);
	}
	ok(seg_is_byline("■ 冯凯治 郝强"), "byline: a mark before bare names");
	/* Reporters listed with 、 as with spaces; still a role needed
	 * (names alone, 、 or not, may be any list in a title) */
	ok(seg_is_byline("本报记者 庞雪梅、闫振华") &&
	    seg_is_byline("记者 白静、任志华 通讯员 刘洋") &&
	    !seg_is_byline("庞雪梅、闫振华") &&
	    !seg_is_byline("本报记者 庞雪梅、"),
	    "byline: names joined by 、");
	ok(seg_is_byline("武晓东（本报记者）") &&
	    seg_is_byline("冯瑞芳 李娜（记者）") &&
	    !seg_is_byline("城市书房（本报记者）") &&
	    !seg_is_byline("武晓东（本报记者"),
	    "byline: names, then their role in brackets");
	ok(!seg_is_byline("■从“试一试”到“抢着种”"),
	    "byline: a mark before a phrase is a section heading's");
	ok(!seg_is_byline("◆下一步：种好更要“吃好”"),
	    "byline: ... also with a colon in it");
	ok(seg_is_genre_subtitle("交口县农村清洁取暖改造回访记") &&
	    seg_is_genre_subtitle("离石区老旧小区改造走访记") &&
	    seg_is_genre_subtitle("文水县农民解长锁二十年自费建起农耕民俗展览馆的故事"),
	    "genre subtitle: …访记, and a long line naming whose story it is");
	/* A work report's subtitle: the day and the meeting it was given
	 * at, 上 closing it, with or without its 的讲话. */
	ok(seg_is_genre_subtitle("2026年11月27日在市第五届人民代表大会常务委员会第三十一次会议上") &&
	    seg_is_genre_subtitle("——2027年1月10日在吕梁市第五届人民代表大会第四次会议上") &&
	    seg_is_genre_subtitle("二〇二六年十二月五日在全市经济工作会议上的讲话") &&
	    !seg_is_genre_subtitle("2026年11月27日在市人大常委会会议召开") &&
	    !seg_is_genre_subtitle("11月27日在孝义举行的推介会上") &&
	    !seg_is_genre_subtitle("在希望的田野上"),
	    "genre subtitle: a dated occasion (DATE在…会议上)");
	ok(seg_ends_genre("柳林县一座关停煤矿的工人转岗新能源纪实") &&
	    seg_ends_genre("石楼县花椒产业发展调查") &&
	    !seg_ends_genre("——在全市纪念五四运动105周年青年座谈会上的讲话") &&
	    !seg_ends_genre("郝振东出席并讲话 白建平主持") &&
	    !seg_ends_genre("访市交通运输局局长王建华"),
	    "genre ending: …纪实, …调查, not an occasion, a roll call or 访…");
	ok(!seg_is_genre_subtitle("一颗红枣的故事") &&
	    !seg_is_genre_subtitle("三千件老农具里的黄土记忆"),
	    "genre subtitle: not a short title ending 的故事, not a title");
	/* (an interview's subtitle names its genre too: none of the 39
	 * such lines of the tuning halves' truth is a title) */
	ok(seg_is_genre_subtitle("文水县人社局有关负责人答记者问") &&
	    seg_is_genre_subtitle("市人社局相关负责人就“冬春就业服务月”答记者问"),
	    "genre subtitle: …答记者问");
	/* (a feature names the place its reporter visited: set plain
	 * under a short title it is the subtitle, not the title) */
	ok(seg_is_genre_subtitle("探访岚县一家百年老油坊") &&
	    seg_is_genre_subtitle("——走访离石区三个老旧小区") &&
	    !seg_is_genre_subtitle("走访慰问困难户") &&
	    !seg_is_genre_subtitle("探访"),
	    "genre subtitle: 探访…, 走访… naming a visit");
	ok(seg_is_genre_subtitle("对话临县剪纸艺人刘秀兰") &&
	    seg_is_genre_subtitle("村支书、农技员、种粮户三人谈") &&
	    !seg_is_genre_subtitle("圆桌三人谈") &&
	    !seg_is_genre_subtitle("对话青春"),
	    "genre subtitle: 对话… an interview's, …人谈 a round table's");
	ok(seg_is_genre_subtitle("——在全市纪念五四运动105周年青年座谈会上的讲话") &&
	    !seg_is_genre_subtitle("——在全市纪念五四运动") &&
	    !seg_is_genre_subtitle("——在全市纪念五四运动105周年青年座谈会上的"),
	    "lexicon: a speech's subtitle names its occasion only at its close");
	/* (a reader's letter is a genre a page labels so: 读者来信 over
	 * the letter's title, read as a title alone, cut the reply's last
	 * paragraph off as a stray article) */
	ok(seg_is_genre_label("读者来信") && !seg_is_genre_label("读者来信选登摘要"),
	    "genre label: 读者来信");
	ok(seg_is_genre_label("专访") && !seg_is_genre_label("专访市长"),
	    "genre label: 专访 alone, not a title opening with it");
	/* (letter-spaced over a title gathered at the page end, 专 访 was
	 * read as a title of its own, or glued to the title above it) */
	ok(seg_is_genre_label("专 访") && seg_is_genre_label("人 物 专 访") &&
	    !seg_is_genre_label("专 访 市 长") && !seg_is_genre_label(" 专访") &&
	    !seg_is_genre_label("专访 "),
	    "genre label: a label letter-spaced, nothing more");
	ok(seg_is_genre_label("【吕梁快评】") && seg_is_genre_label("【三晋时评】") &&
	    !seg_is_genre_label("【熟皮】") &&
	    !seg_is_genre_label("【吕梁快评】燃气安全，多一分细心就少一分隐患"),
	    "genre label: a column named after its genre in brackets, not a section's");
	/* 对话, an interview set as a dialogue, is a genre as 访谈 is: the
	 * kicker 【对话】 over its title (interview-89) */
	ok(seg_is_genre_label("【对话】") && seg_is_genre_label("对话") &&
	    !seg_is_genre_label("对话乡村振兴带头人"),
	    "genre label: 对话, an interview's genre");
	ok(seg_is_genre_label("二论加快建设黄河文化旅游目的地") &&
	    seg_is_genre_label("三论坚定不移推进高质量发展") &&
	    !seg_is_genre_label("论加快建设黄河文化旅游目的地") &&
	    !seg_is_genre_label("二论，加快建设"),
	    "genre label: a commentary series' 二论… kicker");
	ok(seg_is_address("同志们：") && seg_is_address("尊敬的各位来宾：") &&
	    seg_is_address("各用水单位及居民用户：") && seg_is_address("谢谢大家！"),
	    "address: a speech's or a notice's hearers, and its close");
	ok(!seg_is_address("上官怀瑾：") && !seg_is_address("记者：") &&
	    !seg_is_address("同志们，大家好："),
	    "not an address: a name cut after its colon, a label, a sentence");
	ok(seg_is_address("敬爱的吕梁日报编辑：") &&
	    seg_is_address("吕梁日报编辑：") && seg_is_address("编辑同志："),
	    "address: a reader's letter's salutation to the editor");
	ok(seg_is_docnum("（2024）晋11民初××号") &&
	    seg_is_docnum("吕政办发〔2023〕15号") &&
	    seg_is_docnum("晋环审[2022]8号"),
	    "document number: a year in brackets, ending with 号");
	ok(!seg_is_docnum("吕梁市人民政府关于印发实施方案的通知〔2024〕15号") &&
	    !seg_is_docnum("他住在（2号）楼3单元502号") &&
	    !seg_is_docnum("2024年发行纪念邮票第8号"),
	    "not a document number: too long for one, no year in brackets");
	ok(seg_is_address("各县（市、区）文化和旅游局，市直有关单位：") &&
	    !seg_is_address("他说，青年朋友们："),
	    "address: a notice's hearers listed with a comma");
	ok(seg_opens_connective("据了解，今年该县设") &&
	    seg_opens_connective("同时，驾驶人通过") &&
	    seg_opens_connective("入冬以来，石楼县") &&
	    !seg_opens_connective("以来，") &&
	    !seg_opens_connective("同时发力") && !seg_opens_connective("目标，"),
	    "connective: a connective and its comma, not the word alone");
	ok(seg_opens_qa("记者：预报能精细到什么程度？"),
	    "qa: an interview's question opens with its label");
	ok(!seg_opens_qa("王晓燕：让特色农产品走出大山"),
	    "qa: a name and a colon is no question label (titles open so)");
	ok(seg_opens_lead("10月 12 日，临县林家坪镇"),
	    "lead: a date with spaced digits opens a news lead");
	ok(seg_is_document_title("关于做好冬季供暖保障工作的通知") &&
	    seg_is_document_title("停水公告"),
	    "document title: 关于…的通知, and a short …公告");
	ok(seg_is_document_title("致全市广大农户的一封信") &&
	    !seg_is_document_title("读者来信") &&
	    !seg_is_document_title("致敬最美逆行者"),
	    "document title: a letter to the public, 致…的一封信");
	ok(!seg_is_document_title("让群众看到改革带来的实实在在变化的决定") &&
	    !seg_is_document_title("三、严格执行值班制度"),
	    "document title: not a long phrase ending on 决定, not a heading");
	ok(seg_is_document_title("参赛办法") &&
	    !seg_is_document_title("五、参赛办法") &&
	    !seg_is_document_title("（二）报名办法"),
	    "document title: a numbered section naming a document kind is a "
	    "section's heading");
	ok(!seg_is_byline("乡村振兴关键在人"), "not a byline: a title");
	ok(!seg_is_byline("记者从市住建局获悉，今年将改造老旧小区"),
	    "not a byline: a sentence about a reporter");

	ok(seg_is_name("王洋"), "name: two characters after a surname");
	ok(seg_is_name("欧阳晓红"), "name: a compound surname");
	ok(!seg_is_name("文化生活"), "not a name: 文化生活");
	ok(!seg_is_name("发展"), "not a name: no surname");
	{
		char *n1 = seg_title_name("佟雅琴：中药材种植要守住“道地”这条生命线");
		char *n2 = seg_title_name("观测：一天四次，风雨无阻");
		char *n3 = seg_title_name("孝义：“帮办代办”跑出审批加速度");
		ok(n1 != NULL && strcmp(n1, "佟雅琴") == 0,
		    "title's speaker: a person's name before the colon");
		ok(n2 == NULL, "title's speaker: none in a section heading's "
		    "topic (观测：…)");
		ok(n3 == NULL, "title's speaker: none in a place's report "
		    "(孝义：…)");
		free(n1);
		free(n2);
		free(n3);
	}

	ok(seg_is_dateline("本报讯（记者 王洋）7月26日，副市长出席会议。"),
	    "dateline: 本报讯");
	ok(seg_is_dateline("新华社太原7月26日电（记者 刘扬）记者从省里获悉，"),
	    "dateline: 新华社…电");
	ok(seg_is_dateline("据新华社北京5月6日电 国家统计局今天发布"),
	    "dateline: 据新华社…电");
	ok(seg_is_dateline("本报北京1月9日"), "dateline: cut before its 电");
	ok(seg_opens_time_clause("金秋时节，汾阳市杏花村一带") &&
	    seg_opens_time_clause("春节临近，离石区书法家协会") &&
	    seg_opens_time_clause("霜降前后，石楼县的山梁沟峁间") &&
	    !seg_opens_time_clause("今年以来，全市新增就业") &&
	    !seg_opens_time_clause("汾阳市杏花村一带的酿酒作坊迎来秋季投料时节，"),
	    "time clause: a scene's when, not a report's 今年以来 or a long clause");
	ok(seg_opens_scene("秋日的交城县夏家营镇，家家户户晒满了辣椒") &&
	    seg_opens_scene("入夜的离石城区，灯火通明") &&
	    seg_opens_scene("金秋时节，汾阳市杏花村一带") &&
	    !seg_opens_scene("秋日里，村民们忙着晾晒") &&
	    !seg_opens_scene("秋季的临县克虎镇，枣林一片火红"),
	    "scene: when, then the place it is about");
	/* A paragraph opening with a demonstrative points back at the
	 * text before it (W_A_CUT_REFERS); one opening with a time does
	 * not (a feature may open 这几年，这个夏天，). */
	ok(seg_opens_back_reference("这座产业园规划面积3200亩") &&
	    seg_opens_back_reference("这些修复好的档案") &&
	    seg_opens_back_reference("该负责人介绍，") &&
	    !seg_opens_back_reference("这几年，一个现象引人注目") &&
	    !seg_opens_back_reference("这个夏天，文水县的乡村足球赛火出了圈") &&
	    !seg_opens_back_reference("这一天，村里格外热闹") &&
	    !seg_opens_back_reference("隆冬时节，室外滴水成冰"),
	    "back reference: a demonstrative opening reads on, a time not");
	/* ... as does one opening with who speaks, named in the paragraph
	 * before it (not a speaker it has not named). */
	ok(seg_opens_with_named("研究员上官怀瑾在论坛上表示，县域是枢纽。",
	    "上官怀瑾说，近年来，吕梁各县的乡镇商贸中心布局逐步完善") &&
	    seg_opens_with_named("副馆长尚文杰说。", "尚文杰介绍，前几年馆里做过一次普查") &&
	    !seg_opens_with_named("研究员上官怀瑾在论坛上表示，县域是枢纽。",
	    "郝振东指出，今年是过渡期后半程的开局之年") &&
	    !seg_opens_with_named("上官怀瑾在论坛上表示。", "上官怀瑾，男，1975年生"),
	    "back reference: who speaks, named in the paragraph before");
	/* ... with each speech verb (verb_bytes passes their first two
	 * bytes to the compare: a verb whose bytes it lacks fails here) */
	{
		static const char *const verbs[] = { "说", "表示", "认为",
		    "介绍", "指出", "强调", "告诉" };
		char t[64];
		size_t v;
		int all = 1;

		for (v = 0; v < sizeof verbs / sizeof verbs[0]; v++) {
			snprintf(t, sizeof t, "尚文杰%s，前几年", verbs[v]);
			if (!seg_opens_with_named("副馆长尚文杰说。", t)) {
				diag("speech verb %s not read", verbs[v]);
				all = 0;
			}
		}
		ok(all, "back reference: who speaks, with each speech verb");
	}
	ok(seg_mark_at("，x", "，") == strlen("，") && seg_mark_at(",x", "，") == 1 &&
	    seg_mark_at("x", "，") == 0 &&
	    seg_find_mark("时下正值花期,养蜂人，", "，") != NULL &&
	    *seg_find_mark("时下正值花期,养蜂人，", "，") == ',' &&
	    seg_ends_mark("注意防寒!", "！") && seg_ends_mark("注意防寒！", "！") &&
	    !seg_ends_mark("注意防寒？", "！"),
	    "marks: a full-width mark and its ASCII form alike");
	ok(seg_is_dateline("（记者 李江）近日，中国胸痛中心认证工作委员会公布") &&
	    seg_is_dateline("(记者 李江)近日,中国胸痛中心认证"),
	    "dateline: a report opening with its reporters in brackets");
	ok(!seg_is_dateline("（记者 李江 摄）") &&
	    !seg_is_dateline("（记者 李江）"),
	    "dateline: not a photo's credit, not the bracket alone");
	ok(seg_is_dateline("（上接1版）本报讯（记者 张三）会议指出，"),
	    "dateline: after a continuation mark");
	ok(!seg_is_dateline("本报记者 冯凯治"), "not a dateline: a byline");

	ok(seg_is_photo_credit("记者 刘亮亮 摄"), "photo credit: 记者 NAME 摄");
	ok(seg_is_photo_credit("王晓东 摄影"), "photo credit: NAME 摄影");
	ok(seg_classify("（本报记者 李雅萍 摄）") == L_PHOTOCREDIT,
	    "photo credit: in brackets, alone on its line");
	t = seg_photo_credit_text("（本报记者 李雅萍 摄）");
	is_str(t, "本报记者 李雅萍 摄", "photo credit: its text without brackets");
	free(t);
	ok(seg_is_edit_credit("记者康桂芳 整理"), "edit credit: 记者NAME 整理");
	ok(seg_is_edit_credit("（通讯员 李娜 供稿）"), "edit credit: bracketed");
	ok(seg_is_edit_credit("据人民网 整理"), "edit credit: a source, then 整理");
	ok(!seg_is_edit_credit("全市各部门要认真整理"), "not a credit: a sentence");
	ok(seg_is_edit_credit("康桂芳 报道"), "edit credit: a bare name, then 报道");
	ok(!seg_is_edit_credit("三八节特别报道"),
	    "not a credit: a column's label that ends on 报道");
	ok(seg_is_edit_credit("（（记者 武亚楠））") &&
	    seg_is_edit_credit("（（记者 冯立新 整理））"),
	    "edit credit: a bracketed credit set in brackets again");
	ok(seg_is_edit_credit("（责任编辑 马晓东）") &&
	    seg_is_edit_credit("（责任编辑：贾志宏）") &&
	    seg_is_edit_credit("（（责任编辑 马晓东））"),
	    "edit credit: the desk's editor in brackets");
	t = seg_credit_text("（记者 张敏 整理）");
	is_str(t, "记者 张敏 整理", "credit text: an edit note without its brackets");
	free(t);
	t = seg_credit_text("（记者 任瑞华）");
	is_str(t, "记者 任瑞华", "credit text: the reporters without their brackets");
	free(t);
	t = seg_credit_text("（责任编辑 马晓东）");
	is_str(t, "（责任编辑 马晓东）", "credit text: the desk's editor in the brackets it always has");
	free(t);
	t = seg_credit_text("（（记者 冯立新 整理））");
	is_str(t, "（记者 冯立新 整理）", "credit text: the page's second pair of brackets dropped");
	free(t);
	t = seg_credit_text("通讯员 王芳 供稿");
	is_str(t, "通讯员 王芳 供稿", "credit text: a bare credit as printed");
	free(t);
	ok(!seg_is_edit_credit("责任编辑 马晓东") &&
	    !seg_is_edit_credit("（编辑部的故事）"),
	    "not a credit: a page foot's bare editor, a bracketed phrase");

	ok(seg_is_source("（来源：山西日报）"), "source note: （来源：…）");
	ok(seg_is_source("（据新华社）"), "source note: （据…）");
	ok(seg_is_source("（摘自《人民日报》）") && seg_is_source("（完）") &&
	    !seg_is_source("完成了全年任务。"),
	    "source note: （摘自…）, and a wire story's （完）");
	ok(seg_is_photo_credit("新华社发") && seg_is_photo_credit("新华社发（郭强 摄）") &&
	    !seg_is_photo_credit("新华社发布消息"),
	    "photo credit: the agency's 新华社发, with its photographer or not");
	{
		char t[] = "选手们从起点出发。新华社发（郭强 摄）";
		char *c = seg_split_credit(t);
		ok(c != NULL && strcmp(c, "新华社发（郭强 摄）") == 0 &&
		    strcmp(t, "选手们从起点出发。") == 0,
		    "split_credit: the agency with the bracket (%s)", c ? c : "none");
		free(c);
	}
	ok(!seg_is_source("来源：据统计，全市共有各类市场主体十二万户，比去年增长百分之八以上，增速居全省前列。"),
	    "not a source note: a long sentence");

	ok(seg_opens_lead("10月15日，我市第三届全民健身运动会开幕。"),
	    "news lead: opens with the day");
	ok(seg_opens_lead("１５日上午，记者来到"), "news lead: full-width digits, 日上午");
	ok(seg_is_closing("下一步，市粮食部门将做好收购资金保障。") &&
	    seg_is_closing("县水利局负责人表示，将持续推进水库标准化管理。") &&
	    seg_is_closing("市教育局相关负责人表示，今年将再新建幼儿园五所。") &&
	    seg_is_closing("据悉，此次活动将持续到12月底。"),
	    "closing: what an office will do next, the background");
	ok(!seg_is_closing("种植大户表示，今年的收成比去年好。") &&
	    !seg_is_closing("今年以来，全市新建幼儿园五所。"),
	    "closing: not a quotation or a report's middle");
	ok(seg_is_closing("采访结束时，雷鸣谦看着展区里忙着调试设备的学生们。") &&
	    seg_is_closing("采访临近结束，乔振宇特别提到了数据的作用。") &&
	    !seg_is_closing("采访中，记者了解到，村里的合作社已有三百多户。"),
	    "closing: the reporter leaving, not the interview's middle");
	ok(seg_opens_lead("近日，市场监管部门发布消息"), "news lead: 近日");
	ok(!seg_opens_lead("2022年，她牵头成立合作社"), "not a news lead: a year");
	ok(!seg_opens_lead("在凤山中学考点外，志愿服务台上"), "not a news lead: a scene");
	ok(seg_names_day("受冷暖空气共同影响，5月3日至4日，我市出现今年以来首场大范围降雨。") &&
	    seg_names_day("交城县供热公司近日完成今冬首轮供热管网巡检。") &&
	    seg_names_day("11月下旬，临县4个乡镇的污水处理站相继通水运行。") &&
	    seg_names_day("市公安局交警支队自 12 月 1 日起在邮政网点办理车驾管业务。") &&
	    seg_names_day("全市于１２月１日起开展冬季消防检查。"),
	    "names a day: a date or 近日 anywhere in the first sentence");
	ok(!seg_names_day("薛晓龙是西湾村人。2022年5月3日，他辞了职。") &&
	    !seg_names_day("2019年起，文水县把设施蔬菜作为主导产业。") &&
	    !seg_names_day("每月15日是村里的集日。"),
	    "names no day: a date in a later sentence, a year, no month");
	ok(seg_bare_day("13日一早，不少机关干部也拿起扫帚。") == 13 &&
	    seg_bare_day("５日清晨，3000余名跑者从广场出发。") == 5 &&
	    seg_bare_day("12月13日，我市迎来降雪。") == -1 &&
	    seg_bare_day("2024年，岚县开始建设胸痛中心。") == -1 &&
	    seg_bare_day("40日内完成整改。") == -1,
	    "a day without its month: 13日, ５日; not 12月13日, a year, 40日");
	ok(seg_names_day_number("我市12月12日夜间至13日凌晨迎来降雪。", 13) &&
	    seg_names_day_number("截至 13 日上午8时", 13) &&
	    !seg_names_day_number("全市113日内办结。", 13) &&
	    !seg_names_day_number("第13期培训班开班。", 13),
	    "names day 13: 12月13日, 13 日; not 113日 or 第13期");
	{
		char *n = seg_dateline_names("本报讯（记者 张瑞 通讯员 李江）10月10日，");
		is_str(n != NULL ? n : "", "记者 张瑞 通讯员 李江",
		    "dateline names: inside its first parentheses");
		free(n);
		n = seg_dateline_names("市气象台12月13日16时发布寒潮蓝色预警：受强冷空气"
		    "影响，14日至16日我市将出现大风降温（局地有雪）");
		ok(n == NULL, "dateline names: none past the dateline's start");
		free(n);
		/* (a continuation mark's brackets name no reporter: under a
		 * byline, 本报讯 alone after them kept the byline's headline
		 * off its text, W_A_BYLINE_DATELINE and W_A_BYLINE_OTHER) */
		n = seg_dateline_names("（上接第8版）本报讯　孩子出生后，要办出生医学证明、登记户口");
		ok(n == NULL, "dateline names: none in a continuation mark's brackets (%s)",
		    n != NULL ? n : "none");
		free(n);
		n = seg_dateline_names("（上接第8版）本报讯（记者 王洋）10月19日，");
		is_str(n != NULL ? n : "", "记者 王洋",
		    "dateline names: past a continuation mark");
		free(n);
	}
	ok(seg_is_signoff_date("2023年10月8日"), "notice date: 2023年10月8日");
	ok(seg_is_signoff_date("二〇二三年十月八日"), "notice date: in Chinese numerals");
	ok(!seg_is_signoff_date("10月8日"), "not a notice date: no year");

	ok(seg_is_numhead("（一）"), "numbered head: （一）");
	ok(seg_is_numhead("一、炕头上的“母亲艺术”"), "numbered head: 一、…");
	ok(seg_is_numhead("（二）地下管网的“大手术”"), "numbered head: （二）…");
	ok(!seg_is_numhead("一是加强组织领导。"), "not a numbered head: 一是…。");
	is_int(seg_heading_form("（三）巡河护河"), SEG_FORM_NUM, "heading form: numbered");
	is_int(seg_heading_form("【点卤】"), SEG_FORM_BRACKET, "heading form: bracketed");
	is_int(seg_heading_form("【点卤】老手艺"), 0, "heading form: a bracket opening a title is none");
	is_int(seg_heading_form("点卤最见功夫"), 0, "heading form: plain");
	is_int(seg_heading_form("1. 从“一个桶”到“四个桶”"), SEG_FORM_NUM,
	    "heading form: numbered in digits");
	is_int(seg_heading_form("●种草：玉米秆变成了“香饽饽”"), SEG_FORM_MARK,
	    "heading form: a mark before it");
	is_int(seg_heading_form("王晓燕：让特色农产品走出大山"), 0,
	    "heading form: a name and a colon is none");
	is_int(seg_heading_form("① 一条路，十一个人"), SEG_FORM_NUM,
	    "heading form: a circled numeral");
	is_int(seg_heading_form("②“除雪就像打仗”"), SEG_FORM_NUM,
	    "heading form: a circled numeral, no space");
	is_int(seg_heading_form("①"), 0, "heading form: a circled numeral alone is none");
	is_int(seg_heading_form("20:15 “先别慌，跟着我呼吸”"), SEG_FORM_CLOCK,
	    "heading form: a clock time");
	is_int(seg_heading_form("07:50交班"), SEG_FORM_CLOCK,
	    "heading form: a clock time, no space");
	is_int(seg_heading_form("8:30前，各单位要把名单报到市里。"), 0,
	    "heading form: a sentence opening on a time is none");
	is_int(seg_heading_form("2026年吕梁市中学生篮球联赛"), 0,
	    "heading form: a year is no clock time");

	ok(seg_is_genre_subtitle("——记方山县农业技术推广中心高级农艺师任志勇"),
	    "genre subtitle: ——记…");
	ok(seg_is_genre_subtitle("访市交通运输局局长卜庆元"), "genre subtitle: 访…");
	ok(seg_is_genre_subtitle("在全市冬春季森林防灭火工作会议上的讲话（摘要）"),
	    "genre subtitle: 在…会议上的讲话, a speech's occasion");
	ok(!seg_is_genre_subtitle("全市冬春季森林防灭火工作会议召开"),
	    "genre subtitle: not a meeting's own report");
	ok(seg_is_genre_subtitle("楼阳生出席并讲话 张军主持"),
	    "genre subtitle: a meeting's roll call");
	ok(!seg_is_genre_subtitle("田安平出席全市学习贯彻习近平总书记"),
	    "not a subtitle: a meeting report's title");

	t = xstrdup("图为市民在展厅内欣赏书法作品。 记者 陈涛 摄");
	c = seg_split_credit(t);
	is_str(c ? c : "", "记者 陈涛 摄", "split_credit: the credit");
	is_str(t, "图为市民在展厅内欣赏书法作品。", "split_credit: the caption");
	free(c);
	free(t);
	/* a sentence wrapped inside 摄影展 or 摄影爱好者: NAME 摄影 glued
	 * after a comma or an open quote is the sentence going on */
	t = xstrdup("7月25日，我市“迎七一”职工书画摄影");
	c = seg_split_credit(t);
	ok(c == NULL, "split_credit: none after a quote inside a sentence");
	free(c);
	free(t);
	t = xstrdup("松枝上挂满晶莹雾凇，引来不少摄影");
	c = seg_split_credit(t);
	ok(c == NULL, "split_credit: none glued after a comma");
	free(c);
	free(t);
	t = xstrdup("游客在窑顶观赏黄河落日。王晓东摄影");
	c = seg_split_credit(t);
	is_str(c ? c : "", "王晓东摄影", "split_credit: glued after a stop");
	free(c);
	free(t);
	t = xstrdup("游客在窑顶观赏黄河落日。（甄晓敏 供图）");
	c = seg_split_credit(t);
	is_str(c ? c : "", "甄晓敏 供图", "split_credit: a bracketed 供图");
	free(c);
	free(t);

	ok(clean_mark_at_end("……发展。（相关报道见第三版）") > 0,
	    "mark: （相关报道见第三版）");
	ok(clean_mark_at_end("……发展。（详见第2版）") > 0, "mark: （详见第2版）");
	ok(clean_mark_at_end("……发展。（转4版）") > 0, "mark: （转4版）");
	ok(clean_mark_at_end("……专访——见2版——") > 0, "mark: ——见2版——");
	ok(clean_mark_at_end("……（见图）") == 0, "not a mark: （见图）");

	ok(seg_opens_editor_note("编者按：如何推动煤炭由燃料向原料转变？") &&
	    !seg_opens_editor_note("编者按") && !seg_opens_editor_note("编者按：") &&
	    !seg_opens_editor_note("编者按语录"),
	    "editor's note: 编者按： and its text, not the label alone");
	ok(seg_is_pull_quote("“一碗面，守了三十年”") &&
	    !seg_is_pull_quote("“小网格”托起“大民生”") &&
	    !seg_is_pull_quote("“订单班”学生未出校门先捧上“金饭碗”") &&
	    !seg_is_pull_quote("“”") && !seg_is_pull_quote("一碗面，守了三十年"),
	    "pull quote: a title that is one quotation, not one holding quoted words");

	t = seg_derive_title("本报讯（记者 王洋）7月26日，副市长刘晋萍出席全市社会消费品零售总额指标工作推进会。");
	ok(seg_starts(t, "副市长刘晋萍出席"), "derived title: the lead without dateline and date (%s)", t);
	free(t);
	/* (a continuation mark before the dateline: read as the reporters'
	 * bracket, it left 本报讯 in the title) */
	t = seg_derive_title("（上接1版）本报讯（记者 王洋）7月26日，副市长刘晋萍出席全市社会消费品零售总额指标工作推进会。");
	ok(seg_starts(t, "副市长刘晋萍出席"), "derived title: no continuation mark, dateline or date (%s)", t);
	free(t);
	t = seg_derive_title("(上接3版)本报讯9月1日起，孝义市开通首条定制通勤公交线路。");
	ok(seg_starts(t, "9月1日起，孝义市"), "derived title: no continuation mark or 本报讯 (%s)", t);
	free(t);
}

/* ---------------------------------------------------------------- */
/* Lines and columns.                                               */

static void
read_page(struct seg *s, const char *text)
{
	seg_weights_init();
	memset(s, 0, sizeof *s);
	seg_read_lines(s, text);
}

/* The page holds one caption, starting with start (a test named what). */
static void
one_caption(const char *page, const char *start, const char *what)
{
	struct seg s;

	read_page(&s, page);
	seg_find_captions(&s);
	ok(s.ncap == 1 && seg_starts(s.cap[0].text, start),
	    "captions: %s (%s)", what, s.ncap ? s.cap[0].text : "none");
	seg_free(&s);
}

/* The page holds one caption, starting with start, and its credit, which
 * the column cut over two lines, found whole. */
static void
cut_credit(const char *page, const char *credit, const char *start,
    const char *what)
{
	struct seg s;

	read_page(&s, page);
	seg_find_captions(&s);
	ok(s.ncap == 1 && s.cap[0].credit != NULL &&
	    strcmp(s.cap[0].credit, credit) == 0 &&
	    seg_starts(s.cap[0].text, start),
	    "captions: %s (%s)", what,
	    s.ncap && s.cap[0].credit ? s.cap[0].credit : "none");
	seg_free(&s);
}

static void
test_lines(void)
{
	struct seg s;

	read_page(&s, "\n  标题一行\n\n正文第一行，没有结束\n");
	is_int(s.nl, 2, "lines: blank lines are not lines");
	is_int(s.l[0].indent, 2, "lines: leading spaces kept as the indent");
	ok(s.l[1].blank_before, "lines: a blank line before is kept");
	ok(!s.l[1].final, "lines: no sentence end");
	seg_free(&s);

	/* A short aside in brackets after a stop ends the sentence with
	 * it (the question under an answer closing （笑） ran on into
	 * it); a bracket after no stop, or a long one, does not. */
	read_page(&s, "每天比我来得还早。（笑）\n记者：对未来有什么打算？\n"
	    "他说的是（笑话）\n");
	ok(s.l[0].final && !s.l[2].final,
	    "lines: a short aside in brackets after a stop ends the sentence");
	seg_free(&s);

	read_page(&s, "推动吕梁实现高质量转型发展。（下转\n4版）\n");
	ok(s.l[1].final && s.l[1].mark, "lines: a mark cut over two lines ends a sentence");
	seg_free(&s);

	read_page(&s, "法官把“庭审现场”搬到田间地法官把“庭审现场”搬到田间地\n头头\n");
	ok(s.l[0].doubled, "lines: a doubled title line is undoubled");
	is_str(s.l[1].text, "头", "lines: its one-character rest beside it too");
	seg_free(&s);

	read_page(&s, "重温烽火岁月重温烽火岁月，，接受红色教育接受红色教育。。 记者记者 高志勇高志勇\n 摄 摄\n");
	is_str(s.l[1].text, "摄", "lines: a stub doubled across a space is undoubled");
	seg_find_captions(&s);
	ok(s.ncap == 1 && s.cap[0].credit != NULL &&
	    strcmp(s.cap[0].credit, "记者 高志勇 摄") == 0,
	    "captions: a credit cut before its 摄 (%s)",
	    s.ncap ? (s.cap[0].credit ? s.cap[0].credit : "none") : "no caption");
	seg_free(&s);

	/* A caption with no caption word, in a narrow column: it is the
	 * sentence before its credit however many lines that takes. */
	one_caption("好步打下坚实基础。\n5日清晨，来自全国\n各地的三千余名跑者\n从汾阳市贾家庄鸣枪\n出发，角逐半程马拉\n松赛事。王晓东 摄影\n", "5日清晨",
	    "a bare caption over five narrow lines");

	/* A headline set over a bare caption is narrower than the caption
	 * line after it: it is no line the caption wrapped. */
	one_caption("全县今年种植面积稳定。\n小米熬出好日子\n秋收时节，村民在田间晾晒刚收割的谷\n子，金黄一片，格外喜人。王晓东 摄\n", "秋收时节",
	    "a bare caption does not reach back over a narrower headline");

	/* ... nor over a headline wider than the caption's wrapped lines:
	 * no line of one text is wider than the lines it wrapped into. */
	one_caption("全县今年种植面积稳定。\n首批40辆氢能公交车在离石城区上线运营\n市民在公交站台体验新投运的氢\n能公交车。\n记者 卫宏斌 摄\n", "市民在公交站台",
	    "a bare caption does not reach back over a wider headline");

	/* ... nor over a headline printed bold (doubled), the caption not. */
	one_caption("全县今年种植面积稳定。\n中中国国女女排排33比比11战战胜胜巴巴西西队队\n中国队球员在比赛中扣球。\n新华社记者 陈建华 摄\n", "中国队球员",
	    "a bare caption does not reach back over a doubled headline");

	/* Under a 文/图 byline, a caption without credit is known by its
	 * measure: wrapped narrower than the body it cuts. */
	read_page(&s, "文/图 本报记者 温建军\n汾阳实施核桃提质增效工程，对品种杂、管理差的低产园进行\n高接换优，统一改接优良品种，累计完成改造十二万亩。与此同\n时，全市推行托管服务，农户可以把核桃园交给合作社打\n理，自己外出务工也不耽误收成。截至去年底，全市核桃园托管\n三泉镇的核桃种植户在修剪\n枝条，为来年丰产做准备。\n面积达到8.3万亩，托管园的平均亩产比农户自管园高出两成\n以上，病虫害发生率下降了一半，农户的收入也跟着涨了上\n去。\n");
	seg_columns(&s);
	seg_find_captions(&s);
	ok(s.ncap == 1 && seg_starts(s.cap[0].text, "三泉镇") && s.cap[0].credit == NULL,
	    "captions: an uncredited caption under a 文/图 byline, by its measure (%s)",
	    s.ncap ? s.cap[0].text : "none");
	seg_free(&s);
	/* ... but a caption is a statement: a line so set ending ？ is
	 * a headline's (a question), no caption. */
	read_page(&s, "文/图 本报记者 温建军\n汾阳实施核桃提质增效工程，对品种杂、管理差的低产园进行\n高接换优，统一改接优良品种，累计完成改造十二万亩。与此同\n时，全市推行托管服务，农户可以把核桃园交给合作社打\n理，自己外出务工也不耽误收成。截至去年底，全市核桃园托管\n核桃园托管之后收成\n能不能再高一成？\n面积达到8.3万亩，托管园的平均亩产比农户自管园高出两成\n以上，病虫害发生率下降了一半，农户的收入也跟着涨了上\n去。\n");
	seg_columns(&s);
	seg_find_captions(&s);
	ok(s.ncap == 0, "captions: ... not a line so set ending ？ (%s)",
	    s.ncap ? s.cap[0].text : "none");
	seg_free(&s);

	/* ... but an interview's answer (答：…) of one sentence, on a page
	 * set without indents, wrapped short by its digits, is a paragraph
	 * of the interview, not a caption: a turn opens none. */
	read_page(&s, "文/图 本报记者 李雅琴\n"
	    "车主需携带本人身份证、购车发票、产品合格证，\n"
	    "并将车辆骑到登记点查验。委托他人代办的，还需\n"
	    "提供委托书和代办人身份证，登记不收任何费用。\n"
	    "问：在哪里可以办理？\n"
	    "答：全市已设立固定登记点42个，分布在各县\n"
	    "（市、区）交警大队和部分电动自行车销售门店。\n"
	    "在指定门店购买新车的，可以在购车时一并办理，\n"
	    "当场领取号牌和行驶证，群众办事不用再跑二趟。\n"
	    "问：过去领了临时号牌的超标车怎么处理？\n");
	seg_columns(&s);
	seg_find_captions(&s);
	ok(s.ncap == 0, "captions: an interview's answer wrapped short is no caption (%s)",
	    s.ncap ? s.cap[0].text : "none");
	seg_free(&s);

	/* A bare caption whose credit the column cut after its role's first
	 * character: 本报记 / 者 张志远 摄. */
	cut_credit("就断不了。\n在岚县一家马铃薯淀粉厂，刚出土的土\n豆顺着传送带进入清洗车间。本报记\n者 张志远 摄\n",
	    "本报记者 张志远 摄", "在岚县", "a credit cut inside its role word");
	/* ... or a bracketed credit cut after its opening bracket and one
	 * character (…窗花。（通 / 讯员 霍建英 摄）): without its
	 * brackets the credit is no longer than the second line, but the
	 * text before it is shorter than the first (credit_begun). */
	cut_credit("就断不了。\n县城一所小学的剪纸社团里，孩子们展示自己剪的生肖窗花。（通\n讯员 霍建英 摄）\n",
	    "通讯员 霍建英 摄", "县城一所小学", "a bracketed credit cut after its first character");
	cut_credit("就断不了。\n站，施工人员在冬季封冻前抢装光伏组件。（记\n者 郝晓东 摄）\n",
	    "记者 郝晓东 摄", "站，施工人员", "a bracketed credit cut inside 记者");
	/* A bare caption whose credit is a bracketed 摄影 on its last line
	 * (…鼓劲。（王晓东 摄影）): a credit's end as 摄） is. */
	cut_credit("就断不了。\n5日清晨，来自全国各地的3000余名跑者从汾\n阳市贾家庄文化生态旅游区鸣枪出发，角逐半\n程马拉松赛事。沿途群众敲锣打鼓，为选手加\n油鼓劲。（王晓东 摄影）\n",
	    "王晓东 摄影", "5日清晨", "a bracketed 摄影 ends a bare caption");
	/* ... in ASCII brackets too, as 摄) does (ends_with_credit's
	 * 摄影) is split as its 摄影） is). */
	cut_credit("就断不了。\n5日清晨，来自全国各地的3000余名跑者从汾\n阳市贾家庄文化生态旅游区鸣枪出发，角逐半\n程马拉松赛事。沿途群众敲锣打鼓，为选手加\n油鼓劲。(王晓东 摄影)\n",
	    "王晓东 摄影", "5日清晨", "a 摄影 in ASCII brackets ends a bare caption");
	/* ... also a credit of two roles and two names, its rest longer
	 * than a bracketed name's (CREDIT_TAIL_CHARS). */
	cut_credit("就断不了。\n农户在大棚里采摘西红柿。 本报记\n者 刘志宏 通讯员 任晓光 摄\n",
	    "本报记者 刘志宏 通讯员 任晓光 摄", "农户在大棚", "a credit of two roles cut inside its first");
	/* ... or before its verb, 摄影 alone on the next line (a role
	 * word there, read as a byline). */
	cut_credit("就断不了。\n沿途群众敲锣打鼓，为选手加油鼓劲。 王晓东\n摄影\n",
	    "王晓东摄影", "沿途群众", "a credit cut before 摄影");
	/* ... or inside a name, its first half a byline's line of its
	 * own: 本报记者 刘志宏 通讯员 任 / 晓光 摄. */
	cut_credit("就断不了。\n农户在大棚里采摘西红柿。\n本报记者 刘志宏 通讯员 任\n晓光 摄\n",
	    "本报记者 刘志宏 通讯员 任晓光 摄", "农户在大棚",
	    "a credit cut inside a name, its first half a byline");
	/* ... but two names of two characters each are a byline and a
	 * credit of their own (记者 张丽 / 王强 摄): no name is cut. */
	read_page(&s, "就断不了。\n农户在大棚里采摘西红柿。\n记者 张丽\n王强 摄\n");
	seg_find_captions(&s);
	ok(s.ncap != 1 || s.cap[0].credit == NULL ||
	    strcmp(s.cap[0].credit, "记者 张丽王强 摄") != 0,
	    "captions: a byline and a credit of whole names stay apart (%s)",
	    s.ncap && s.cap[0].credit ? s.cap[0].credit : "none");
	seg_free(&s);

	/* A caption of two sentences runs from 图为 to its credit at the
	 * end of its run; a caption without one ends at its first sentence
	 * (the body it cut goes on). */
	read_page(&s, "他们说。\n图为市民在广场上观看\n花灯展。元宵节当晚，全\n市二十余处灯组同时亮灯\n迎客。 记者 张瑞 摄\n");
	seg_find_captions(&s);
	ok(s.ncap == 1 && seg_ends(s.cap[0].text, "迎客。") && s.cap[0].credit != NULL,
	    "captions: a caption of two sentences runs to its credit (%s)",
	    s.ncap ? s.cap[0].text : "none");
	seg_free(&s);
	read_page(&s, "他们说。\n图为市民在广场上观看\n花灯展。元宵节当晚，全\n市二十余处灯组同时亮灯\n迎客。\n");
	seg_find_captions(&s);
	ok(s.ncap == 1 && strcmp(s.cap[0].text, "图为市民在广场上观看花灯展。") == 0,
	    "captions: ... and without a credit ends at its first sentence (%s)",
	    s.ncap ? s.cap[0].text : "none");
	seg_free(&s);

	/* ... and to its credit on the line after the run, alone or its
	 * second half: a credit line closes the caption over it. */
	read_page(&s, "他们说。\n图为市民在广场上观看花灯展。\n元宵节当晚，全市二十余处灯组\n同时亮灯迎客。\n记者 张瑞 摄\n");
	seg_find_captions(&s);
	ok(s.ncap == 1 && seg_ends(s.cap[0].text, "迎客。") && s.cap[0].credit != NULL,
	    "captions: a caption of two sentences runs to its credit alone on the next line (%s)",
	    s.ncap ? s.cap[0].text : "none");
	seg_free(&s);
	read_page(&s, "他们说。\n图为一群灰鹤掠过辛关渡口附近的河面。\n近年来，当地持续开展滩区整治和植被修\n复，鸟类栖息环境明显改善。通讯员 任\n佳琪 摄\n");
	seg_find_captions(&s);
	ok(s.ncap == 1 && seg_ends(s.cap[0].text, "改善。") && s.cap[0].credit != NULL &&
	    strcmp(s.cap[0].credit, "通讯员 任佳琪 摄") == 0,
	    "captions: ... or its credit cut over the run's last line (%s / %s)",
	    s.ncap ? s.cap[0].text : "none", s.ncap && s.cap[0].credit ? s.cap[0].credit : "none");
	seg_free(&s);

	/* ... also where the credit's second half is no credit alone:
	 * a bracketed one cut inside the name, or one cut before 摄. */
	read_page(&s, "他们说。\n图为一群灰鹤掠过辛关渡口附近的河面。\n近年来，当地持续开展滩区整治和植被修\n复，鸟类栖息环境明显改善。（通讯员 任佳\n琪 摄）\n");
	seg_find_captions(&s);
	ok(s.ncap == 1 && seg_ends(s.cap[0].text, "改善。") && s.cap[0].credit != NULL &&
	    strcmp(s.cap[0].credit, "通讯员 任佳琪 摄") == 0,
	    "captions: ... or a bracketed credit cut inside its name (%s / %s)",
	    s.ncap ? s.cap[0].text : "none", s.ncap && s.cap[0].credit ? s.cap[0].credit : "none");
	seg_free(&s);
	read_page(&s, "他们说。\n图为石楼县第二小学的学生在\n校园里进行社团展演。10月\n12日，该校举办第六届校园\n文化艺术节，腰鼓、剪纸、\n合唱、书画等12个社团的\n300余名学生登台展示。近\n年来，该校将黄河文化融入\n课后服务，开设特色社团\n20个，陶冶情操。 韩斌\n摄\n");
	seg_find_captions(&s);
	ok(s.ncap == 1 && seg_ends(s.cap[0].text, "陶冶情操。") && s.cap[0].credit != NULL &&
	    strcmp(s.cap[0].credit, "韩斌 摄") == 0,
	    "captions: ... or a credit cut before its 摄 (%s / %s)",
	    s.ncap ? s.cap[0].text : "none", s.ncap && s.cap[0].credit ? s.cap[0].credit : "none");
	seg_free(&s);

	/* A line ending 摄 whose next line reads on from 影 is the word
	 * 摄影 cut by the column, no credit: no caption. */
	read_page(&s, "  2023年，薛晓龙注册\n了合作社，又拉来了两\n个同学。在西安做过摄\n影的高宇负责拍短视频，\n学会计的张雅楠管账和\n发货。\n");
	seg_find_captions(&s);
	ok(s.ncap == 0, "captions: 摄 / 影的… is the word 摄影 wrapped, no credit (%s)",
	    s.ncap ? s.cap[0].text : "none");
	seg_free(&s);

	/* ... however many lines a narrow column sets it in: past
	 * CAPTION_MAX_LINES a caption whose run still ends with its credit
	 * is whole, not its first sentence and a report of the rest. */
	read_page(&s, "他们说。\n图为石楼县第二小学的学生在\n校园里进行社团展演。10月\n12日，该校举办第六届校园\n文化艺术节，腰鼓、剪纸、\n合唱、书画等12个社团的\n300余名学生登台展示。近\n年来，该校将黄河文化融入\n课后服务，开设特色社团。\n韩斌 摄\n");
	seg_find_captions(&s);
	ok(s.ncap == 1 && seg_ends(s.cap[0].text, "特色社团。") && s.cap[0].credit != NULL,
	    "captions: a caption in a narrow column runs to its credit (%s)",
	    s.ncap ? s.cap[0].text : "none");
	seg_free(&s);

	/* Two captions standing before the same line (a bare caption, then
	 * a 图为 caption with its credit alone) keep the page's order. */
	read_page(&s, "亩。\n农户在大棚里采摘西红柿。本报记者 刘志宏 摄\n图为农户在地头分拣刚刚\n起获的马铃薯。\n记者 温剑锋 摄\n霜降过后，气温逐渐下降。\n");
	seg_find_captions(&s);
	ok(s.ncap == 2 && seg_starts(s.cap[0].text, "农户") &&
	    seg_starts(s.cap[1].text, "图为"),
	    "captions: two standing before one line keep the page's order (%s)",
	    s.ncap ? s.cap[0].text : "none");
	seg_free(&s);

	ok(seg_classify("联系人：张经理  电话：138××××6215") == L_SIGNOFF &&
	    seg_classify("地址：吕梁市离石区交口街道物流园区8号") == L_SIGNOFF,
	    "lexicon: a notice's contact fields its label names");
	/* (a label that ends with one, 受理地址, 来信地址, names the same
	 * field: read as a headline, it and the issuer under it cut the
	 * notice's tail off as a stray article) */
	ok(seg_classify("受理地址：汾阳市府前路民政局办公楼二楼人事科") == L_SIGNOFF &&
	    seg_classify("来信地址：吕梁市离石区龙凤南大街市行政中心B座（邮编033000）") == L_SIGNOFF,
	    "lexicon: a contact field whose label ends with one's name");
	ok(seg_classify("联系人：刘女士；联系电话：") != L_SIGNOFF &&
	    seg_classify("王晓燕：让特色农产品走出大山") != L_SIGNOFF,
	    "lexicon: not a field: one cut at its next label, a title with a name");
	/* A contact field a narrow column cut after its label's colon
	 * (联系电话： / 0358-8236520): the notice's, the number reading on
	 * from its label, and the issuer under it still the notice's. */
	ok(seg_is_cut_field("联系电话：", "0358-8236520") &&
	    seg_is_cut_field("受理电话：", "0358-5721××6") &&
	    seg_is_cut_field("咨询电话：", "0358-8239915。") &&
	    !seg_is_cut_field("联系人：刘女士；联系电话：", "0358-8226315") &&
	    !seg_is_cut_field("联系电话：", "吕梁市文化和旅游局") &&
	    !seg_is_cut_field("举报电话：", "110。"),
	    "lexicon: a contact field cut after its label's colon");
	read_page(&s, "须署真实姓名并提供联系方式。\n联系电话：\n0358-8236520\n吕梁市文化和旅游局\n2024年12月8日\n");
	ok(s.l[1].kind == L_SIGNOFF && s.l[2].kind == L_SIGNOFF &&
	    s.l[2].sigwrap && s.l[3].kind == L_SIGNOFF,
	    "lines: a cut contact field, and the issuer under it, the notice's");
	seg_free(&s);
	/* A speech's date and place a narrow column wrapped (（2026年12月18日
	 * / 离石）) are its frame line, both lines, as on one line; a
	 * bracket that goes on into a sentence is none. */
	read_page(&s, "副市长 贺文斌\n（2026年12月18日\n离石）\n同志们：\n");
	ok(s.l[1].dated && s.l[1].address && s.l[2].address,
	    "lines: a speech's date and place wrapped over two lines");
	seg_free(&s);
	read_page(&s, "副市长 贺文斌\n（2026年12月18日\n在离石召开的会上）\n同志们：\n");
	ok(!s.l[1].dated && !s.l[2].address,
	    "lines: ... not a bracket going on into a sentence");
	seg_free(&s);
	read_page(&s, "请广大市民相互转告。\n吕梁市城市管理局\n2023年10月8日\n");
	is_int(s.l[2].kind, L_SIGNOFF, "lines: a notice's date line");
	is_int(s.l[1].kind, L_SIGNOFF, "lines: and its issuer above it");
	seg_free(&s);

	/* A letter's signature under its last sentence, the letter opened
	 * by its salutation: the letter's, as the reply's signing office is
	 * the reply's; the text goes on after it (letter). Without a
	 * salutation over it, a short line is no signature. */
	read_page(&s, "编辑同志：\n  我是方山县一个村的村民。前几年，村里\n的文化广场安装了一批健身器材，希望有\n关部门能给个说法。\n  方山县 村民 高建平\n记者调查\n");
	ok(s.l[4].kind == L_SIGNOFF && s.l[4].letter &&
	    s.l[5].kind != L_SIGNOFF && !s.l[5].sigwrap,
	    "lines: a letter's signature under it (its section title no wrap)");
	seg_free(&s);
	read_page(&s, "  我是方山县一个村的村民。前几年，村里\n的文化广场安装了一批健身器材，希望有\n关部门能给个说法。\n  方山县 村民 高建平\n记者调查\n");
	ok(s.l[3].kind != L_SIGNOFF, "lines: ... not without a salutation");
	seg_free(&s);

	/* ... also a letter to the editor opened 尊敬的编辑：, and a reply
	 * opened by its addressee's name and 女士： (先生：): salutations as
	 * 编辑同志： is, their signatures the letter's. */
	read_page(&s, "尊敬的编辑：\n  我是孝义市振兴街一所小学的学生家长。学\n校大门正对着一个十字路口，希望有关部\n门能装个红绿灯。\n  孝义市 一名小学生家长\n部门回复\n");
	ok(s.l[4].kind == L_SIGNOFF && s.l[4].letter,
	    "lines: a signature under a letter opened 尊敬的编辑：");
	seg_free(&s);
	read_page(&s, "田晓芳女士：\n  您好！您通过本报反映的振兴街路口问题\n，我大队已采取措施，感谢您对交通安全\n工作的关心和支持。\n  孝义市公安局交通警察大队\n学校门口\n");
	ok(s.l[4].kind == L_SIGNOFF && s.l[4].letter,
	    "lines: a signature under a reply opened with 女士：");
	seg_free(&s);
	/* The salutation a letter opens on, one test for both stages that
	 * read it (a signature's letter here, a letter's title in the
	 * labels, W_H_LETTER_TITLE): the editor's or the reply's to its
	 * writer, not a speech's hearers nor an interview's label. */
	read_page(&s, "编辑同志：\n敬爱的吕梁日报编辑：\n田晓芳女士：\n同志们：\n记者：\n部门回复\n");
	ok(s.nl == 6 && seg_salutation(&s.l[0]) && seg_salutation(&s.l[1]) &&
	    seg_salutation(&s.l[2]) && !seg_salutation(&s.l[3]) &&
	    !seg_salutation(&s.l[4]) && !seg_salutation(&s.l[5]),
	    "lines: a letter's salutation, to the editor or a reply's to its writer");
	seg_free(&s);
	/* ... also one that greets after whom it addresses (记者同志您好：,
	 * 编辑同志您好：): its letter's signature the letter's, not glued
	 * onto the section title under it. */
	read_page(&s, "记者同志您好：\n  我们是一伙临县老乡，今年三月跟着一个\n包工头到柳林县城一处工地干活，实在是\n等不起了。\n  临县 农民工 刘拴柱等十一人\n追踪一：两本账对不上\n");
	ok(seg_salutation(&s.l[0]) && s.l[4].kind == L_SIGNOFF &&
	    s.l[4].letter && s.l[5].kind != L_SIGNOFF,
	    "lines: a salutation with its greeting, 记者同志您好：");
	seg_free(&s);
	/* A signature as wide as a narrow column wraps: its first line,
	 * words parted by spaces, fills the column and the rest stands
	 * short under it (等十一人), or the rest goes on in words parted so
	 * (教师 康守义): the first line is the letter's signature, the rest
	 * reads on from it (sigwrap). */
	read_page(&s, "记者同志您好：\n我们是一伙临县老乡今\n年三月跟着包工头干活\n实在是等不起了。\n临县 农民工 刘拴柱\n等十一人\n追踪一：两本账对不上\n");
	ok(s.l[4].kind == L_SIGNOFF && s.l[4].letter && s.l[5].sigwrap &&
	    !s.l[6].sigwrap && s.l[6].kind != L_SIGNOFF,
	    "lines: a signature wrapped, its first line full");
	seg_free(&s);
	read_page(&s, "编辑同志：\n  我是兴县魏家滩镇的一名退\n休教师，我们盼着通信公司\n能建个信号塔。\n兴县魏家滩镇 退休\n教师 康守义\n记者调查\n");
	ok(s.l[4].kind == L_SIGNOFF && s.l[4].letter && s.l[5].sigwrap &&
	    !s.l[6].sigwrap,
	    "lines: a signature wrapped, its rest in words parted by spaces");
	seg_free(&s);
	/* A narrow column (twelve characters): a signature of place, role
	 * and name parted by spaces is no shorter than the letter's lines,
	 * still the letter's; so too one a narrow column cut anywhere
	 * (兴县魏家滩镇 退 / 休教师 康守义), its first line alone short, and
	 * one whose rest is short and unspaced (一人) over its findings'
	 * section title and that section's first line (short lines both,
	 * no text's first line with a full line under it). */
	read_page(&s, "编辑同志：\n  我是方山县一个村的村\n民，器材坏了没人修，\n希望能给个说法。\n方山县 村民 高建平\n记者调查\n  记者从县文旅局了\n解到，全县农村的健\n");
	ok(s.l[4].kind == L_SIGNOFF && s.l[4].letter && !s.l[5].sigwrap,
	    "lines: a signature as wide as a narrow column's lines");
	seg_free(&s);
	read_page(&s, "编辑同志：\n  我是兴县魏家滩镇的一名退\n休教师，我们盼着通信公司\n能建个信号塔。\n兴县魏家滩镇 退\n休教师 康守义\n记者调查\n");
	ok(s.l[4].kind == L_SIGNOFF && s.l[4].letter && s.l[5].sigwrap &&
	    s.l[6].kind != L_SIGNOFF,
	    "lines: a signature cut anywhere, its first line short");
	seg_free(&s);
	read_page(&s, "记者同志您好：\n  我们是一伙临县老乡，今\n年三月跟着一个包工头到柳林\n实在是等不起了。\n临县 农民工 刘拴柱等十\n一人\n追踪一：两本账对不上\n  接到来信后，记者先后\n找到了包工头和总包公司。包\n");
	ok(s.l[4].kind == L_SIGNOFF && s.l[4].letter && s.l[5].sigwrap &&
	    s.l[6].kind != L_SIGNOFF,
	    "lines: a signature wrapped, its rest short over a section title");
	seg_free(&s);
	/* ... but not a section title over a text's own first line (short
	 * by its indent, a full line under it), nor a title set bold under
	 * a plain signature, nor a line under a blank one; nor a kicker's
	 * phrases parted by a space under a reply's last line (no name's
	 * length at its end). */
	read_page(&s, "尊敬的编辑：\n  我住在孝义市胜溪湖街道的\n振兴苑小区快递堆在大门口没\n人管希望有关部门能想想办法\n门能想想办法。\n孝义市读者 郝建英\n记者调查\n记者连续两天下午到振兴\n苑小区门口查看四点以后大门\n");
	ok(s.l[5].kind == L_SIGNOFF && !s.l[6].sigwrap,
	    "lines: a section title over a text's first line is no signature's rest");
	seg_free(&s);
	read_page(&s, "尊敬的编辑：\n  我住在孝义市胜溪湖街道的\n振兴苑小区快递堆在大门口没\n人管希望有关部门能想想办法\n门能想想办法。\n孝义市读者 郝建英\n记者调查记者调查\n记者连续两天下午到振兴\n苑小区门口查看。\n");
	ok(s.l[5].kind == L_SIGNOFF && !s.l[6].sigwrap,
	    "lines: a bold section title under a signature is no rest of it");
	seg_free(&s);
	read_page(&s, "尊敬的编辑：\n\n  我住在孝义市胜溪湖街道的\n振兴苑小区快递堆在大门口没\n人管希望有关部门能想想办法\n门能想想办法。\n\n孝义市读者 郝建英\n\n记者调查\n\n记者连续两天下午到振兴\n苑小区门口查看。\n");
	ok(s.l[5].kind == L_SIGNOFF && !s.l[6].sigwrap,
	    "lines: a line under a blank one is no rest of a signature");
	seg_free(&s);
	/* ... yet on a page that sets every line apart, its paragraphs'
	 * wrapped lines too (…能管一 / (blank) / 管。), a blank says
	 * nothing: a signature cut there still reads on (汾阳市三泉镇村民
	 * 田 / 建平). */
	read_page(&s, "编辑同志：\n\n我是汾阳市三泉镇一个村的\n\n村民。希望有关部门能管一\n\n管。\n\n汾阳市三泉镇村民 田\n\n建平\n\n记者调查\n\n接到来信后，记者来到\n\n该村实地查看。夜幕降临\n");
	ok(s.nl == 9 && s.l[4].kind == L_SIGNOFF && s.l[4].letter &&
	    s.l[5].sigwrap && s.l[6].kind != L_SIGNOFF,
	    "lines: a signature cut on a page that sets every line apart");
	seg_free(&s);
	/* A salutation a narrow column wrapped (敬爱的吕梁日报编 / 辑：)
	 * opens its letter as one on a line does: the signature under the
	 * salute is the letter's. */
	read_page(&s, "敬爱的吕梁日报编\n辑：\n  我是临县安业乡一个\n村的家长，我们这里啥\n时候也能有？\n此致\n敬礼！\n临县安业乡家长\n部门回复\n");
	ok(s.l[7].kind == L_SIGNOFF && s.l[7].letter &&
	    s.l[8].kind != L_SIGNOFF,
	    "lines: a salutation wrapped over two lines opens its letter");
	seg_free(&s);
	read_page(&s, "敬爱的吕梁日报编\n辑：\n此致\n");
	ok(!seg_salutation(&s.l[0]) && !seg_salutation(&s.l[1]),
	    "lines: ... neither of its lines a salutation alone");
	seg_free(&s);
	/* The signer's bare name on a line of its own under the place and
	 * role (临县安业乡家长 / 高二平): the signature's rest, no byline. */
	read_page(&s, "编辑同志：\n  我是临县安业乡一个村的家长，\n我们这里啥时候也能有？\n此致\n敬礼！\n临县安业乡家长\n高二平\n部门回复\n");
	ok(s.l[5].kind == L_SIGNOFF && s.l[5].letter && s.l[6].sigwrap &&
	    s.l[7].kind != L_SIGNOFF,
	    "lines: a signer's name under the signature's place and role");
	seg_free(&s);
	read_page(&s, "王海燕同志：\n  您的来信收到了。感谢您\n对本报的信任，也欢迎来\n信反映问题。\n建言献策谋发展 同心协力\n谱新篇\n");
	ok(s.l[4].kind != L_SIGNOFF && !s.l[5].sigwrap,
	    "lines: a kicker's phrases parted by a space are no signature");
	seg_free(&s);
	/* (the labels: the rest goes on in the signature's paragraph) */
	read_page(&s, "编辑同志：\n  我是兴县魏家滩镇的一名退\n休教师，我们盼着通信公司\n能建个信号塔。\n兴县魏家滩镇 退休\n教师 康守义\n记者调查\n  记者跟随康守义回到他的老\n家。\n");
	seg_columns(&s);
	seg_find_captions(&s);
	seg_local_columns(&s);
	seg_label_lines(&s);
	ok(s.nl == 9 && s.l[4].label == LB_START && s.l[5].label == LB_CONT,
	    "labels: a wrapped signature's rest reads on from its first line");
	seg_free(&s);
	/* ... and a letter closed in two lines, 此致 over 敬礼！, before its
	 * signature: the close is the letter's (no headline), and the
	 * signature under it still is (not 此致 taken for it, the letter
	 * shut there and the signature left a headline's line). */
	read_page(&s, "敬爱的吕梁日报编辑：\n  我是临县安业乡一个村的家长，孩子在乡中\n心学校上四年级，全靠家长骑摩托车接送，\n盼着能通上校车。\n  此致\n  敬礼！\n  临县安业乡家长 高二平\n部门回复\n");
	/* (此致 and 敬礼！ are the letter's frame by the lexicon,
	 * seg_is_address: address lines, 此致 no signer) */
	ok(s.l[4].address && s.l[5].address && s.l[4].kind != L_SIGNOFF &&
	    s.l[6].kind == L_SIGNOFF && s.l[6].letter &&
	    s.l[7].kind != L_SIGNOFF,
	    "lines: a letter's close in two lines, then its signature");
	seg_free(&s);
	/* ... and so in a narrow column, lines of twelve characters: right
	 * under the salute the signature is one however wide (no
	 * paragraph's first line stands there). */
	read_page(&s, "敬爱的吕梁日报编辑：\n  我是临县安业乡一个村的家\n长，孩子在乡中心学校上四\n年级，全靠家长骑摩托车接\n送，盼着能通上校车。\n  此致\n  敬礼！\n  临县安业乡家长 高二平\n部门回复\n");
	ok(s.l[7].kind == L_SIGNOFF && s.l[7].letter && s.l[8].kind != L_SIGNOFF,
	    "lines: a signature as wide as a narrow letter's lines, under its salute");
	seg_free(&s);
	read_page(&s, "特此通告。\n吕梁市交通运输局\n吕梁市公共交通有限公司\n2023年11月24日\n");
	ok(s.l[1].kind == L_SIGNOFF && s.l[2].kind == L_SIGNOFF,
	    "lines: a notice issued jointly: both issuers above the date");
	seg_free(&s);
	read_page(&s, "特此通告。\n由此给乘客带来不便，敬请谅解\n2023年11月24日\n");
	is_int(s.l[1].kind, L_TEXT, "lines: a clause is no issuer");
	seg_free(&s);
}

/* A paragraph cut into lines of `chars` characters (each two cells). */
static void
column(struct buf *b, const char *text, int chars)
{
	const char *p = text;
	int k = 0;
	uint32_t c;

	while (*p) {
		int l = utf8_next(p, strlen(p), &c);
		buf_add(b, p, (size_t)l);
		p += l;
		if (++k == chars && *p) {
			buf_adds(b, "\n");
			k = 0;
		}
	}
	buf_adds(b, "\n");
}

static const char *para_a =
    "全市秋粮收购工作推进会在市行政中心召开副市长出席会议并讲话会议通报了今年秋粮生产形势和收购准备情况要求各地做好仓容腾并设备检修和资金筹措确保收储企业有仓收粮有钱收粮。";
static const char *para_b =
    "文水县两万亩酿酒高粱陆续进入收获期田间地头一派繁忙景象几台联合收割机来回穿梭一株株火红的高粱被收割脱粒后装车运往收购点种植大户告诉记者今年全部采用订单种植收入比种玉米每亩多出三百多元。";

static void
test_columns(void)
{
	struct buf b;
	struct seg s;

	buf_init(&b);
	column(&b, para_a, 12);
	buf_adds(&b, "□ 本报记者 王洋\n");
	column(&b, para_b, 20);
	read_page(&s, b.data);
	seg_columns(&s);
	is_int(s.l[1].col, 24, "columns: 12 characters a line is 24 cells");
	is_int(s.l[s.nl - 3].col, 40, "columns: after a byline, 20 characters is 40 cells");
	seg_free(&s);
	buf_reset(&b);

	/* A bare name is a byline too: the text after it is set in its own
	 * width, not measured with the wider one before it. */
	column(&b, para_a, 20);
	buf_adds(&b, "张建伟\n");
	column(&b, "今年以来，全市没有发生较大以上生产安全事故，但这并不代表可以高枕无忧。", 14);
	column(&b, "要压实企业主体责任，企业的一把手要对本单位的安全负总责。", 14);
	read_page(&s, b.data);
	seg_columns(&s);
	is_int(s.l[s.nl - 6].col, 28, "columns: after a bare name, 14 characters is 28 cells");
	seg_free(&s);
	buf_reset(&b);

	/* A new column after an article's source line, its text full of
	 * quotes and commas: its lines agree only in the metric it is set
	 * in (every character a slot), and its first line is measured
	 * against its own width, not the wider one before. */
	column(&b, para_a, 20);
	column(&b, para_b, 20);
	buf_adds(&b, "（据新华社）\n");
	column(&b, "早上7点，县城青龙街上的“柴记碗托”小店已经坐满了食客，店主从蒸笼里端出一摞热气腾腾的碗托，“这味道，几十年没变过。”一位老顾客说，碗托是柳林的传统小吃，用荞面加水调成糊，盛在小碗里上锅蒸制而成。", 15);
	read_page(&s, b.data);
	seg_columns(&s);
	{
		size_t k = 0;
		while (k < s.nl && strstr(s.l[k].text, "新华社") == NULL)
			k++;
		ok(k + 1 < s.nl && s.l[k - 2].col == 40 &&
		    s.l[k + 1].col == 30 && s.l[k + 2].col == 30,
		    "columns: after a source line, a column set with quotes and commas starts at its first line");
	}
	seg_free(&s);
	buf_reset(&b);

	/* One paragraph a line, the headlines gathered at the page's end:
	 * the last lines are judged with the text above them. */
	for (int k = 0; k < 6; k++) {
		buf_adds(&b, k % 2 ? para_a : para_b);
		buf_adds(&b, "\n");
	}
	buf_adds(&b, "全市秋粮收购工作推进会召开\n文水县两万亩酿酒高粱开镰\n"
	    "□ 本报记者 冯俊\n秋收时节田间忙\n高粱红了好日子来了\n"
	    "方山县核桃喜获丰收\n孝义城区新增停车泊位\n岚县马铃薯进入采挖期\n"
	    "交口县蔬菜俏销南方\n");
	read_page(&s, b.data);
	seg_columns(&s);
	ok(s.l[s.nl - 1].perline && s.l[s.nl - 2].perline,
	    "columns: headlines at a page's end after lines of whole paragraphs are one a line");
	seg_free(&s);
	buf_reset(&b);

	/* A short item set in 15 characters (its first line set in by two)
	 * between reports set in 24: too few lines for the model to take
	 * its width. Its paragraph, whose lines go on from each other, is
	 * measured on its own (30 cells), its first line with it; the
	 * reports keep theirs. */
	buf_adds(&b, "全市秋粮收购工作推进会在市行政中心召开副\n");
	column(&b, para_a + strlen("全市秋粮收购工作推进会在市行政中心召开副"), 24);
	buf_adds(&b, "入冬以来，石楼县黄河沿岸湿\n");
	column(&b, "地迎来大批越冬候鸟，灰鹤、赤麻鸭等在浅滩间栖息觅食。", 15);
	column(&b, para_b, 24);
	read_page(&s, b.data);
	seg_columns(&s);
	seg_find_captions(&s);
	seg_local_columns(&s);
	{
		size_t k = 0;
		while (k < s.nl && !seg_starts(s.l[k].text, "入冬以来"))
			k++;
		ok(k + 3 < s.nl && s.l[k].col == 30 && s.l[k + 1].col == 30 &&
		    s.l[k - 1].col == 48 && s.l[k + 3].col == 48,
		    "columns: a short item set narrower between wider reports gets its own measure");
	}
	seg_free(&s);
	buf_free(&b);
}

/* ---------------------------------------------------------------- */
/* Labels.                                                          */

static void
label_page(struct seg *s, const char *text)
{
	read_page(s, text);
	seg_columns(s);
	seg_find_captions(s);
	seg_local_columns(s);
	seg_label_lines(s);
}

/* The labels of the page's lines as one letter each. */
static char *
labels(const struct seg *s)
{
	static const char l[] = "SCHO";
	char *v = xmalloc(s->nl + 1);
	size_t i;

	for (i = 0; i < s->nl; i++)
		v[i] = s->l[i].gone ? '-' : l[s->l[i].label];
	v[s->nl] = '\0';
	return v;
}

/* Labels the page in b (then emptied): the line opening with start and
 * the one after it are labelled want[0] and want[1] (a test named
 * what). */
static void
two_labels(struct buf *b, const char *start, const char *want,
    const char *what)
{
	struct seg s;
	char *v;
	size_t k;

	label_page(&s, b->data);
	v = labels(&s);
	for (k = 0; k < s.nl && !seg_starts(s.l[k].text, start); k++)
		;
	ok(k + 1 < s.nl && v[k] == want[0] && v[k + 1] == want[1],
	    "labels: %s (%s)", what, v);
	free(v);
	seg_free(&s);
	buf_reset(b);
}

/* A page set one paragraph a line with the cut lines `cut` among its
 * paragraphs: the line opening with start opens a paragraph (S), no
 * headline (a test named what). */
static void
perline_cut_is(struct buf *b, const char *cut, const char *start,
    const char *what)
{
	struct seg s;
	char *v;
	size_t k;

	buf_adds(b, "柳林县开展黄河沿岸生态清理行动\n");
	buf_adds(b, para_a);
	buf_adds(b, "\n");
	buf_adds(b, para_b);
	buf_adds(b, "\n");
	buf_adds(b, cut);
	buf_adds(b, para_a);
	buf_adds(b, "\n");
	label_page(&s, b->data);
	v = labels(&s);
	for (k = 0; k < s.nl && !seg_starts(s.l[k].text, start); k++)
		;
	ok(k < s.nl && v[k] == 'S', "%s (%s)", what, v);
	free(v);
	seg_free(&s);
	buf_reset(b);
}

static void
test_labels(void)
{
	struct buf b;
	struct seg s;
	char *v;
	size_t k;

	/* A notice's list of names with their units, each a line and its
	 * wrapped rest (文水县：武三元（开栅镇开栅村卫生室）、 / 贾瑞芳（…）):
	 * the items' bracketed notes and the 、 after them are a list's,
	 * no headline's (W_H_LIST); read as headlines they cut the notice
	 * into stray articles. */
	{
		static const char page[] =
		    "2025年度吕梁市2025年度吕梁市““优优\n"
		    "秀乡村医生秀乡村医生””拟推荐拟推荐\n"
		    "人选公示人选公示\n"
		    "根据《关于开展2025年度吕梁市“优秀乡\n"
		    "村医生”推荐评选活动的通知》要求，经村卫\n"
		    "生室推荐、乡镇卫生院审核、县级卫生健康部\n"
		    "门初评和市级评审委员会评审，确定30名同志\n"
		    "为2025年度吕梁市“优秀乡村医生”拟推荐人选。\n"
		    "现将名单予以公示（按县域排列，同一县域内\n"
		    "按姓氏笔画排序）：\n"
		    "离石区：王润生（信义镇下安村卫生室）、\n"
		    "刘桂莲（吴城镇吴城村卫生室）、薛保平（坪\n"
		    "头乡坪头村卫生室）\n"
		    "孝义市：田永红（下堡镇下堡村卫生室）、\n"
		    "任宝珍（阳泉曲镇吴西庄村卫生室）、郭建业\n"
		    "（驿马乡驿马村卫生室）\n"
		    "汾阳市：王秀梅（杏花村镇东堡村卫生室）\n"
		    "、冀红亮（峪道河镇峪道河村卫生室）\n"
		    "文水县：武三元（开栅镇开栅村卫生室）、\n"
		    "贾瑞芳（孝义镇南安村卫生室）\n"
		    "交城县：马志刚（西营镇西营村卫生室）、\n"
		    "宋润英（东坡底乡东坡底村卫生室）\n"
		    "兴县：白金锁（蔡家崖乡北坡村卫生室）、\n"
		    "刘海平（魏家滩镇黄辉头村卫生室）、康爱琴\n"
		    "（奥家湾乡奥家湾村卫生室）\n"
		    "临县：李双喜（碛口镇西湾村卫生室）、\n"
		    "高凤英（林家坪镇林家坪村卫生室）、崔明亮\n"
		    "（三交镇三交村卫生室）\n"
		    "柳林县：张春旺（孟门镇孟门村卫生室）、\n"
		    "高秀珍（庄上镇庄上村卫生室）\n"
		    "石楼县：冯有福（罗村镇罗村卫生室）、\n"
		    "师丽娟（义牒镇义牒村卫生室）\n"
		    "岚县：王三虎（普明镇普明村卫生室）、\n"
		    "吕翠萍（上明乡上明村卫生室）\n"
		    "方山县：刘玉成（马坊镇马坊村卫生室）、\n"
		    "杨桂兰（峪口镇峪口村卫生室）\n"
		    "中阳县：任建国（宁乡镇枣林村卫生室）、\n"
		    "武小梅（暖泉镇暖泉村卫生室）\n"
		    "交口县：成满堂（回龙乡回龙村卫生室）、\n"
		    "郝巧玲（双池镇双池村卫生室）\n"
		    "公示时间为2025年11月24日至11月28日，\n"
		    "共5个工作日。公示期间，任何单位和个人对\n"
		    "拟推荐人选有异议的，可通过来信、来电或来\n"
		    "访等方式向吕梁市卫生健康委员会基层卫生健\n"
		    "康科反映。反映情况要实事求是，以单位名义\n"
		    "反映的须加盖公章，以个人名义反映的须署真\n"
		    "实姓名并提供联系方式。\n"
		    "联系电话：0358-8236××7\n"
		    "来信地址：吕梁市离石区龙凤南大街市行\n"
		    "政中心B座（邮编033000）\n"
		    "吕梁市卫生健康委员会\n"
		    "2025年11月24日\n";
		size_t heads = 0;

		label_page(&s, page);
		v = labels(&s);
		for (k = 0; k < s.nl; k++)
			if (v[k] == 'H' && strstr(s.l[k].text, "卫生室") != NULL)
				heads++;
		ok(heads == 0, "labels: a notice's list of names with their "
		    "units in brackets is no headline (%s)", v);
		free(v);
		seg_free(&s);
	}

	/* A photo item's lead-in at the page top, a line of it set a
	 * little short over the end of its sentence (…预计总产量1.2 /
	 * 万吨。): a paragraph of a few characters ending its sentence
	 * under a headline line is that line's sentence wrapped, so the
	 * line opens a paragraph, no headline (W_H_STUB_UNDER). Read as a
	 * title it cut the photo item in two, the stub a stray item. */
	buf_init(&b);
	buf_adds(&b,
	    "\n\n入冬以来，柳林县孟门镇的农户抢抓晴好\n天气晾晒红枣。\n\n"
	    "当地红枣今年喜获丰收，预计总产量1.2\n万吨。\n\n"
	    "村民在黄河岸边的晒场上翻晒红枣村民在黄河岸边的晒场上翻晒红枣。。\n\n"
	    " 通讯员通讯员 薛振华薛振华 摄摄\n\n"
	    "让黄河民歌唱得更响更远\n\n"
	    "——在第二届吕梁市民歌大赛开幕式上的致辞\n\n"
	    "□吕梁市文化和旅游局局长 韩玉珍\n\n"
	    "各位来宾，各位歌手，朋友们：\n\n"
	    "晚上好！金秋时节，我们在这里隆重举行第二届吕梁市民歌大赛。首先，\n"
	    "我代表主办单位，向远道而来的各位嘉宾和参赛歌手表示热烈欢迎！\n\n"
	    "吕梁是民歌的海洋。黄河岸边的信天游，吕梁山里的山曲儿，唱出了这\n"
	    "片土地上人们的悲欢离合，也唱出了吕梁人坚韧乐观的精神品格。《交\n"
	    "城的山》《夸土产》等一批民歌早已传遍大江南北。\n");
	two_labels(&b, "当地红枣", "SC",
	    "a line over a stub ending its sentence opens a paragraph");

	buf_adds(&b, "文水县两万亩酿酒高粱开镰收割\n□ 本报记者 冯俊\n");
	column(&b, para_b, 16);
	label_page(&s, b.data);
	v = labels(&s);
	ok(strncmp(v, "HHS", 3) == 0 && strspn(v + 3, "C") == strlen(v + 3),
	    "labels: title, byline, then one paragraph (%s)", v);
	free(v);
	seg_free(&s);
	buf_reset(&b);

	/* A headline gathered at the page end whose title and subtitle
	 * wrap in a narrow column at a comma and a 、 (沿黄九十公里， /
	 * 每一段都要有“看头” / 访石楼县委副书记、 / 县长贺永明): its lines
	 * fill the column as a paragraph's do, but read as a paragraph they
	 * end on no sentence end right before a headline line (W_H_AFTER_OPEN
	 * the price of a headline there, in its stead). */
	{
		static const char page[] =
		    "产品才能出得去。\n"
		    "贺永明：“偏”和“远”确实是我们绕不开的话题。过去从县\n"
		    "城到黄河边，要在沟里盘好几个小时。现在黄河一号旅游公路\n"
		    "石楼段全线贯通，沿线 8 个乡镇、60多个村通了柏油路，从县\n"
		    "城到黄河奇湾景区只要 40 分钟。路通了，游客才能进得来，农\n"
		    "产品才能出得去。\n"
		    "“ 倒 下 一 百 次 ，就 要 站 起 来 一\n"
		    "百零一次”\n"
		    "■ 本报记者 闫鹏飞\n"
		    "文水县“村BA”篮球联赛总决赛落幕\n"
		    "冯建华\n"
		    "专访\n"
		    "沿黄九十公里，\n"
		    "每 一 段 都 要 有 “ 看 头 ”\n"
		    "访石楼县委副书记、\n"
		    "县长贺永明\n"
		    "□ 本报记者 车晓东\n";

		label_page(&s, page);
		v = labels(&s);
		for (k = 0; k < s.nl && !seg_starts(s.l[k].text, "沿黄"); k++)
			;
		ok(k + 3 < s.nl && strncmp(v + k, "HHHH", 4) == 0,
		    "labels: a headline's lines wrapped at a comma in a "
		    "narrow column, between headline lines, are no "
		    "paragraph (%s)", v);
		free(v);
		seg_free(&s);
	}

	/* A page indenting its paragraphs by two spaces: a title line that
	 * opens with one (the title was wrapped at its space) opens no
	 * paragraph. */
	buf_adds(&b, "推进煤矸石等固废综合利用\n 变废为宝助力绿色发\n展\n甄国栋\n"
	    "  我市是全省重要的煤炭\n生产基地，煤矸石堆存量\n大，综合利用水平不高。\n"
	    "  近年来，我市推广煤矸\n石制砖、发电和充填开采\n等技术，利用率逐年提高。\n"
	    "  下一步，还要完善扶持\n政策，培育骨干企业，让\n煤矸石变废为宝。\n");
	label_page(&s, b.data);
	v = labels(&s);
	ok(strncmp(v, "HHHHS", 5) == 0,
	    "labels: a title line opening with a space, not the page's indent (%s)", v);
	free(v);
	seg_free(&s);
	buf_reset(&b);

	/* A title with nothing but its width to tell it, above an indented
	 * paragraph: the short line that stops mid-phrase goes on nowhere. */
	buf_adds(&b, "文水高粱开镰收割\n");
	column(&b, para_b, 16);
	buf_adds(&b, "全市秋粮收购推进会召开\n");
	column(&b, para_a, 16);
	label_page(&s, b.data);
	v = labels(&s);
	ok(v[0] == 'H' && v[1] == 'S', "labels: a bare title is a headline (%s)", v);
	{
		const char *h = strchr(v + 1, 'H');
		ok(h != NULL && h[1] == 'S' && strchr(h + 1, 'H') == NULL &&
		    strspn(v + 2, "C") == (size_t)(h - v - 2),
		    "labels: so is the next one, between two bodies (%s)", v);
	}
	free(v);
	seg_free(&s);
	buf_reset(&b);

	/* A paragraph set narrower than the text above it (a photo's
	 * lead-in): its first line is as wide as the next, no headline. */
	column(&b, para_a, 22);
	column(&b, para_b, 22);
	column(&b, "春节临近，县书法家协会组织二十余名书法爱好者走进街道社区，为居民义写春联、送福字。", 19);
	buf_adds(&b, "图为一位老书法家挥毫泼墨。 记者 张瑞 摄\n");
	two_labels(&b, "春节临近", "SC",
	    "a narrower paragraph's first line starts it");

	/* A pulled quote on a line of its own (“这碗凉粉，我卖了三十年”),
	 * no byline under it, on a page without indents whose lines are
	 * all set apart by blank lines: an interview's title, not a line
	 * of the paragraph before it (W_H_PULL_QUOTE). */
	{
		static const char *const lines[] = {
		    "加快推进在建项目，力争明年再有两条高速公路开工；另一方面在软环",
		    "境上下功夫，推广交通一卡通、电子客票，让群众出行更便捷。说到",
		    "底，交通工作干得好不好，要看老百姓出门顺当不顺当、满意不满意。",
		    "“这碗凉粉，我卖了三十年”",
		    "在汾阳市老城区的一条小巷子里，有一家不起眼的凉粉摊，摊主马秀",
		    "英老人已经在这里卖了三十年凉粉。每天中午，摊子前都排着长队。",
		    "记者：您这凉粉摊开了多少年了？",
		    "马秀英：九四年开的，今年整三十年。",
		    NULL };
		for (const char *const *l = lines; *l != NULL; l++) {
			buf_adds(&b, *l);
			buf_adds(&b, "\n\n");
		}
		label_page(&s, b.data);
		v = labels(&s);
		ok(strlen(v) == 8 && v[3] == 'H' && v[4] == 'S',
		    "labels: a pulled quote on a line of its own is a title (%s)", v);
		free(v);
		seg_free(&s);
		buf_reset(&b);
	}

	/* ... in a narrow column too, where the quote fills the measure
	 * and the intro's first line under it is short (its paragraph
	 * narrower in the print): still the title, not a paragraph of its
	 * own run on into the intro. */
	{
		static const char page[] =
		    "问：办理过程中遇到问题，可\n"
		    "以向哪里咨询？\n"
		    "答：可以打12345热线咨询，\n"
		    "也可以直接联系各县（市、区）\n"
		    "政务服务中心。我们在各助产\n"
		    "医 院 都 公 布 了 服 务 点 的 联 系 电\n"
		    "话，工作人员会帮助家长完成\n"
		    "申请。\n"
		    "“这碗凉粉，我卖了三十年”\n"
		    "在汾阳市老城区的一条小巷\n"
		    "子里，有一家不起眼的凉粉摊，\n"
		    "摊主马秀英老人已经在这里卖\n"
		    "了三十年凉粉。每天中午，摊子\n"
		    "前都排着长队。\n"
		    "记者：您这凉粉摊开了多少\n"
		    "年了？\n"
		    "马秀英：1994年开的，今年整\n"
		    ;
		label_page(&s, page);
		v = labels(&s);
		ok(strlen(v) == 17 && v[8] == 'H' && v[9] == 'S',
		    "labels: a pulled quote filling a narrow column is a title (%s)", v);
		free(v);
		seg_free(&s);
	}

	/* An interviewee's answer right under the question it answers
	 * (记者：…突破？ / 赵文彬：最大的变化…), its first line set short on
	 * a page that marks paragraphs so: the answer's first line, not a
	 * title opening with the interviewee's name (W_H_ANSWER). */
	{
		static const char page[] =
		    "高级工程师张海峰在接受采访时说，林下种植中药材、食\n"
		    "用菌，林下养殖土鸡、中蜂，都是投入小、见效快的好路\n"
		    "子。\n"
		    "张海峰介绍，近年来，交口、石楼等县探索“林药间\n"
		    "作”模式，在不破坏林地的前提下种植连翘、黄芩等道地\n"
		    "药材，既增加了农民收入，又保护了生态环境。下一步，\n"
		    "要加强技术指导和市场对接，推动林下经济规模化、标准\n"
		    "化发展，真正让绿水青山变成金山银山。\n"
		    "方山县地处吕梁山腹地，群众居住分散，看病难\n"
		    "曾是当地百姓的一块“心病”。近年来，方山县以县医\n"
		    "院为龙头组建医疗集团，推动优质资源向乡村延伸。\n"
		    "记者就此采访了方山县人民医院院长赵文彬。\n"
		    "记者：县医院这几年在能力建设上有哪些突破？\n"
		    "赵文彬：最大的变化是很多过去要转到市里、省\n"
		    "里的病，现在在县里就能治。我们新开了血液透析室、\n"
		    "重症监护室，胸痛中心、卒中中心通过了省级验收。\n"
		    "去年县域内就诊率达到了89.6%，比三年前提高了11\n"
		    "个百分点。\n"
		    "记者：人才一直是县级医院的短板，你们怎么解\n"
		    "决？\n"
		    "赵文彬：一方面“请进来”，和省城两家三甲医院\n"
		    "建立了帮扶关系，专家每周轮流来坐诊、带教；另一\n"
		    "方面“送出去”，每年选派 20 名左右骨干医生到上级医\n"
		    ;
		label_page(&s, page);
		v = labels(&s);
		ok(strlen(v) == 23 && v[13] == 'S',
		    "labels: an answer right under its question is no title (%s)", v);
		free(v);
		seg_free(&s);
	}

	/* One paragraph a line: a long rhetorical question is a paragraph,
	 * not a title ending in ？ (those ask in a phrase). */
	for (int k = 0; k < 4; k++) {
		buf_adds(&b, k % 2 ? para_a : para_b);
		buf_adds(&b, "\n");
	}
	buf_adds(&b, "从靠天吃饭到科学种田，这个小山村的农民究竟走过了一条怎样的路？\n");
	buf_adds(&b, para_a);
	buf_adds(&b, "\n");
	label_page(&s, b.data);
	v = labels(&s);
	ok(strlen(v) == 6 && v[4] == 'S',
	    "labels: a long question one a line is a paragraph (%s)", v);
	free(v);
	seg_free(&s);
	buf_reset(&b);

	/* A caption printed bold (doubled) between two paragraphs, no
	 * caption word, no credit: it ends a sentence, which no headline
	 * does, bold as it is (W_H_FINAL outweighs W_H_DOUBLED). */
	buf_adds(&b, "汾阳核桃产业提质增效\n□ 本报记者 温建军\n");
	column(&b, para_b, 16);
	buf_adds(&b, "三泉镇的核桃种植户在修剪枝条三泉镇的核桃种植户在修剪枝条，，"
	    "为来年丰产做准备为来年丰产做准备。。\n");
	column(&b, para_a, 16);
	label_page(&s, b.data);
	v = labels(&s);
	for (k = 0; k < s.nl && !seg_starts(s.l[k].text, "三泉镇"); k++)
		;
	ok(k < s.nl && s.l[k].doubled && v[k] != 'H',
	    "labels: a bold caption ending a sentence is no headline (%s)", v);
	free(v);
	seg_free(&s);
	buf_reset(&b);

	/* A short line over one that opens as a news lead: the lead starts
	 * the paragraph, the line is its title. */
	buf_adds(&b, "全市改造老旧小区百个\n");
	column(&b, "记者从市住建局获悉，今年我市计划改造的186个城镇老旧小区已全部开工，目前完工143个，惠及居民2.3万户。", 15);
	label_page(&s, b.data);
	v = labels(&s);
	ok(v[0] == 'H' && v[1] == 'S', "labels: a title over a news lead (%s)", v);
	free(v);
	seg_free(&s);
	buf_reset(&b);

	/* A headline set in a narrow column, as wide as the body's lines:
	 * line after line without a punctuation mark is no body text. */
	column(&b, para_b, 11);
	buf_adds(&b, "锚定目标任务 奋力冲刺全\n年全市巩固拓展脱贫攻坚\n成果同乡村振兴有效衔接\n暨三农工作推进会在兴县\n召开\n");
	column(&b, "本报讯（记者 王洋）8月24日，全市巩固拓展脱贫攻坚成果同乡村振兴有效衔接暨三农工作推进会在兴县召开。", 11);
	label_page(&s, b.data);
	v = labels(&s);
	{
		const char *h = strchr(v, 'H');
		ok(h != NULL && strncmp(h, "HHHHHS", 6) == 0,
		    "labels: a headline in a narrow column (%s)", v);
	}
	free(v);
	seg_free(&s);
	buf_reset(&b);

	/* A feature's paragraph cut off where its column ends, mid-sentence
	 * (…纪念品，), set apart by blank lines before a report set in
	 * another measure: its lines are a paragraph, not a headline over
	 * the report (no headline ends on a comma: W_H_COMMA_END). */
	buf_adds(&b,
	    "\n"
	    "古镇的变化，离不开一批年轻人的\n"
	    "回归。\n"
	    "\n"
	    "90后姑娘李佳在外地读完大学后回\n"
	    "到碛口，和几个伙伴一起开了一家文\n"
	    "创小店，把黄河石、剪纸、枣木雕刻\n"
	    "设计成精致的旅游纪念品，\n"
	    "\n"
	    "本报讯（记者 闫丽君）10月10日，\n"
	    "2023孝义半程马拉松赛组委会发布竞\n"
	    "赛规程，即日起通过“孝义体育”APP\n"
	    "\n");
	two_labels(&b, "90后姑娘", "SC",
	    "a paragraph cut off after a comma is no headline");

	/* The same paragraph cut off on a short line after a comma, with
	 * a brief's title right under it (no blank line between) and the
	 * brief's indented text after that: the short line ends its
	 * paragraph, however unfinished, and the title is a headline, not
	 * the paragraph's next line (W_CONT_SHORT_OPEN). */
	buf_adds(&b,
	    "  古镇的变化，离不开一批年轻人的回\n"
	    "归。\n"
	    "  90后姑娘李佳在外地读完大学后回到\n"
	    "碛口，和几个伙伴一起开了一家文创\n"
	    "小店，把黄河石、剪纸、枣木雕刻设\n"
	    "计成精致的旅游纪念品，\n"
	    "寒潮来袭 注意防寒保暖\n"
	    "  市气象台12月13日16时发布寒潮蓝色\n"
	    "预警：受强冷空气影响，14日至16日\n"
	    "我市将出现大风降温和雨雪天气，过\n"
	    "程降温幅度8℃至10℃。\n"
	    "  气象部门提醒，市民要及时添衣保暖，\n"
	    "谨防燃煤取暖引发一氧化碳中毒；设\n"
	    "施农业经营者要加固大棚，做好保温\n"
	    "防冻。\n");
	two_labels(&b, "寒潮来袭", "HS",
	    "a title under a short unfinished line is a headline");

	/* A reader's letter's title, a question, right above its salutation
	 * to the editor (W_H_LETTER_TITLE): a headline, not a paragraph
	 * ending its sentence after the text before it. */
	buf_adds(&b, "  让煤矸石“吃干榨净”，既是解决历史遗留问题的现实需要，也是培育\n"
	    "循环经济新增长点的重要机遇。相信只要持续用力，我们一定能走出一条\n"
	    "资源节约、环境友好的高质量发展新路子。\n\n"
	    "百姓呼声\n\n村里的健身器材坏了谁来修？\n\n  编辑同志：\n\n"
	    "  我是方山县一个村的村民。前几年，村里的文化广场安装了一批健身器\n"
	    "材，村民们茶余饭后都喜欢去活动活动。可这两年，器材陆续出了毛病：\n"
	    "太空漫步机的踏板断了一边，扭腰器转不动了，单杠的立柱也锈得厉害。\n"
	    "老人们怕出危险，都不敢去用了，希望有关部门能给个说法。\n");
	two_labels(&b, "村里的健身器材", "HS",
	    "a letter's title above its salutation is a headline");

	/* A title printed bold that asks two questions in one line
	 * (…，怎么缴？怎么领？): ？ inside a line ending so is no sentence
	 * told (only 。 is, l->inner_full), so the title keeps W_H_EXCLAIM
	 * and stays a headline over the interview's lead. */
	buf_adds(&b, "政策解读\n\n"
	    "城乡居民养老保险城乡居民养老保险，，怎么缴怎么缴？？怎么领怎么领？？\n\n"
	    "  今年，我市城乡居民基本养老保险基础养老金标准再次提高，\n"
	    "缴费档次也作了调整。不少农村群众关心：新政策有哪些变化？多\n"
	    "缴是不是就多得？记者就此采访了市人力资源和社会保障局养老保\n"
	    "险科科长牛春燕。\n\n"
	    "  问：今年城乡居民养老保险政策有哪些主要变化？\n\n"
	    "  答：主要有两个方面。一是基础养老金提高了。从今年1月\n"
	    "起，全市城乡居民基础养老金最低标准每人每月提高二十元。\n");
	two_labels(&b, "城乡居民养老保险", "HS",
	    "a bold title asking twice (？ inside) is a headline");
	/* ... and so, not bold, wrapped under a column label: the line that
	 * asks twice tells no sentence (W_H_INNER is no weight on a short line
	 * ending ？ or ！, asks_short), where the paragraph line that opens
	 * on a question inside (…有哪些变化？多) ends none. */
	buf_adds(&b, "政策解读\n"
	    "城乡居民养老保险，\n"
	    "怎么缴？怎么领？\n"
	    "今年，我市城乡居民基本养老保险基础养老金\n"
	    "标准再次提高，缴费档次也作了调整。不少农村群\n"
	    "众关心：新政策有哪些变化？多缴是不是就多得？\n"
	    "记者就此采访了市人力资源和社会保障局养老保\n"
	    "险科科长牛春燕。\n"
	    "问：今年城乡居民养老保险政策有哪些主要变\n"
	    "化？\n"
	    "答：主要有两个方面。一是基础养老金提高了。\n"
	    "从今年1月起，全市城乡居民基础养老金最低标准\n"
	    "每人每月提高二十元，缴费档次也作了调整。\n");
	two_labels(&b, "怎么缴？怎么领？", "HS",
	    "a short title asking twice (？ inside) is a headline");

	/* A gathered block's title that lists what it asks (谁来管、怎么管？)
	 * between a column label and its subtitle: the 、 between the
	 * questions is no clause (W_H_CLAUSES), so the title is no
	 * one-line paragraph inside the block. */
	buf_adds(&b, "曹丽君：老旧小区物业管理是一件“慢工\n\n"
	    "出细活”的事。我们的目标是，让每一个改\n\n"
	    "造过的小区都有人管、管得好，居民住得舒\n\n心。\n\n"
	    "（记者 闫瑞 刘晓东 整理）\n\n"
	    "本报记者 尹鹏飞本报记者 尹鹏飞\n\n"
	    "圆桌三人谈圆桌三人谈\n\n"
	    "老旧小区的物业，谁来管、怎么管？\n\n"
	    "——社区书记、物业经理和居民代表面对面\n\n"
	    "本报记者 闫瑞本报记者 闫瑞 刘晓东刘晓东\n");
	two_labels(&b, "老旧小区的物业", "HH",
	    "a short title listing its questions (、) is a headline");

	/* A gathered title wrapped as a question (孩子反复发烧， / 要不要马
	 * 上去医院？) under another title: the three short lines are no
	 * paragraph measuring a column of its own (short_run_measure), so
	 * the question's first line is no first line set in by an indent. */
	buf_adds(&b, "问：医院在应对就诊高峰方面采取了哪些措施？\n"
	    "答：我们增开了夜间门诊和周末门诊，从其他科室\n"
	    "抽调医护人员支援儿科，在门诊大厅设置了预检\n"
	    "分诊台，轻症患儿可以通过互联网医院线上复诊、\n"
	    "开药，尽量减少家长排队等候的时间。\n"
	    "交城山区今冬首次人工增雪作业\n"
	    "本报评论员本报评论员\n"
	    "岚县马铃薯喜获丰收\n"
	    "孩子反复发烧，\n"
	    "要不要马上去医院？\n"
	    "记者 侯志斌\n"
	    "【简讯】临县4座乡镇污水处理站投入运行\n");
	two_labels(&b, "孩子反复发烧", "HH",
	    "a gathered question title wrapped under a title is a headline");

	/* On a page that opens its paragraphs on full lines (firsts_full), a
	 * line short of the column by an indent's cells (38 of 42: wide
	 * digits) is no paragraph's first line set in: the full line over it
	 * that stops mid-word goes on into it, no headline. */
	buf_adds(&b, "近日，临县向全县城乡低保对象、特困供养人员\n"
	    "等困难群众发放冬季取暖补贴，每户补助标准为\n"
	    "600元，共涉及 1.6 万余户，发放资金 960 余万元。\n"
	    "补贴资金已通过“一卡通”直接发放到户。\n"
	    "县民政局同时组织乡镇干部对独居、高龄、残疾\n"
	    "等困难群众开展入户走访，检查取暖设施安全情\n"
	    "况，确保困难群众温暖过冬。\n"
	    "据新华社太原 10 月 28 日电（记者 王晓瑞）记者\n"
	    "从山西省通信管理局获悉，今年以来山西新建5G\n"
	    "基站 2.1 万个，累计开通5G基站超过 9 万个，实现\n"
	    "全省乡镇以上区域和重点行政村5G网络全覆盖。\n"
	    "随着网络覆盖不断完善，5G在山西煤矿、钢铁、\n"
	    "焦化等传统产业中的应用逐步深化。目前，全省\n"
	    "已建成5G智能化煤矿工作面 1200 余个，井下“少\n"
	    "人化、无人化”水平明显提升。\n"
	    "山西省通信管理局相关负责人表示，下一步将加\n"
	    "快推进5G网络向农村和偏远地区延伸，推动\n"
	    "“5G+工业互联网”在更多行业规模化应用。\n"
	    "记者从太原海关获悉，今年前 10 个月，我省食醋\n"
	    "出口量达到 3860 吨，同比增长31.7%，产品销往\n"
	    "美国、加拿大、澳大利亚、马来西亚等 27 个国家\n"
	    "和地区。其中，清徐老陈醋占出口总量的八成以\n"
	    "上。\n");
	two_labels(&b, "山西省通信管理局", "SC",
	    "where paragraphs open on full lines, one short by an indent is no first line");

	/* A notice's title among titles gathered at the page end, the next
	 * headline's title under it (W_H_UNDER_NOTICE -2): the two titles
	 * after it are no paragraph, the notice's text. */
	buf_adds(&b, "  本报讯（记者 白凯冰）10月15\n"
	    "日，我市第三届全民健身运动会在吕\n"
	    "梁新区体育中心开幕。本届运动会设\n"
	    "置篮球、乒乓球、羽毛球、门球、太\n"
	    "极拳等14个比赛项目，来自全市各县\n"
	    "（市、区）和市直单位的3200余名运\n"
	    "动员参加比赛。\n"
	    "  近年来，我市大力实施全民健身\n"
	    "工程，累计建成体育公园23个、社区\n"
	    "健身路径1800余条，经常参加体育锻\n"
	    "炼人数比例达到38.5%。\n"
	    "我市开通首条“研学旅游”专线\n"
	    "寒潮来袭 注意防寒保暖\n"
	    "健康讲堂\n"
	    "天一冷，胸口发闷别硬扛\n"
	    "——市人民医院心血管内科主任医\n"
	    "师邢建国谈冬季心脑血管疾病防治\n"
	    "□记者 温丽娜\n"
	    "关于进一步规范城区\n"
	    "养犬管理的通告\n"
	    "今年首场大范围降雨缓解旱情\n"
	    "我市举办第三届全民健身运动会\n");
	two_labels(&b, "今年首场", "HH",
	    "gathered titles under a notice's title are headlines");

	read_page(&s, "怎么缴？怎么领？\n好。怎么领？\n他说。真好！！\n“好。”他说？\n");
	ok(s.nl == 4 && s.l[0].inner && !s.l[0].inner_full &&
	    s.l[1].inner_full && s.l[2].inner_full && s.l[3].inner_full,
	    "lines: a full stop inside (。) tells a sentence, ？ and ！ do not");
	seg_free(&s);

	/* A notice's list of items set one a line, each item a numbered
	 * clause ending on no stop (…（方山县）): each opens a paragraph
	 * (an item needs no stop before the next numbered one), not one
	 * run-on paragraph of the list. */
	buf_adds(&b, "第六批市级非遗代表性项目拟入选名单公示\n");
	buf_adds(&b, para_a);
	buf_adds(&b, "\n一、民间文学：北川河传说（离石区）、于成龙故事（方山县）\n"
	    "二、传统音乐：临县唢呐（临县）、文水鼓吹乐（文水县）\n"
	    "三、传统舞蹈：岚县竹马（岚县）、石楼踢鼓子（石楼县）\n");
	buf_adds(&b, para_b);
	buf_adds(&b, "\n");
	label_page(&s, b.data);
	v = labels(&s);
	ok(s.nl == 6 && strncmp(v + 2, "SSS", 3) == 0,
	    "labels: a list's numbered items one a line open paragraphs (%s)", v);
	free(v);
	seg_free(&s);
	buf_reset(&b);

	/* An editor's note opening an interview ends its first line on a
	 * question, as a title may: a paragraph still (编者按：). */
	column(&b, para_a, 20);
	buf_adds(&b, "编者按：如何推动煤炭由燃料向原料、材料转变？\n"
	    "本报记者就此专访了山西一家煤化工企业技术中心主任、\n"
	    "正高级工程师韩志宏。\n");
	column(&b, "记者：现在常说煤炭要“由燃料向原料转变”，这句话怎么理解？", 20);
	label_page(&s, b.data);
	v = labels(&s);
	for (k = 0; k < s.nl && !seg_starts(s.l[k].text, "编者按"); k++)
		;
	ok(k < s.nl && v[k] == 'S', "labels: an editor's note is a paragraph (%s)", v);
	free(v);
	seg_free(&s);
	buf_reset(&b);

	/* An interview's question ends its line short of the column by a
	 * few cells: the answer on the next line opens a paragraph of its
	 * own (蒲海英：…, W_CONT_TURN). */
	column(&b, para_a, 16);
	column(&b, "记者：队员们主要从哪里来？", 16);
	column(&b, "蒲海英：大部分孩子来自山区县的农村，家里条件一般，但是练摔跤都很能吃苦。", 16);
	column(&b, para_b, 16);
	two_labels(&b, "蒲海英：", "SC", "an interviewee's answer after a question opens a paragraph");

	/* A paragraph's last line ends its sentence one character short
	 * of the column: the next line's first character would have gone
	 * there had the paragraph gone on, so it opens a paragraph
	 * (W_CONT_ROOM; FULL_TOL alone reads the line as full). */
	column(&b, para_b, 16);
	column(&b, "全市秋粮收购工作推进会在市行政中心召开副市长出席会议并讲话会议通报了今年秋粮生产形势和收购准。", 16);
	column(&b, para_b, 16);
	two_labels(&b, "报了今年秋粮", "CS", "a sentence ending a character short of the column ends its paragraph");

	/* A paragraph's last line ends its sentence at the column's edge,
	 * no room left on it: what says the paragraph ended is the line
	 * after it, set in by the next one's indent (one character, no
	 * spaces printed, which FULL_TOL still reads as full) and stopping
	 * mid-sentence with room left for the next line's first character,
	 * which a wrapped line would have taken (W_CONT_SET_IN). */
	column(&b, "全市秋粮收购工作推进会在市行政中心召开副市长出席会议并讲话会议通报了今年秋粮生产形势和收购准备情况要求各地做好仓容腾并设备检修和资金筹措确保收储企业有仓收收粮。", 16);
	buf_adds(&b, "文水县两万亩酿酒高粱陆续进入收\n");
	column(&b, "获期田间地头一派繁忙景象几台联合收割机来回穿梭一株株火红的高粱被收割脱粒后装车运往收购点种植大户告诉记者今年全部采用订单种植收入比种玉米每亩多出三百多元。", 16);
	column(&b, para_a, 16);
	two_labels(&b, "文水县两万亩", "SC", "a line set in by an indent after a full line ending a sentence opens a paragraph");

	/* A notice's items: a line that opens with a clause's number
	 * after a full line ending a sentence (。) is the next item, no
	 * wrap of the one before, though nothing is set in
	 * (W_CONT_CLAUSE; fails with it at 0). */
	column(&b, para_a, 16);
	column(&b, "施工期间，供水公司将在各小区门口设置临时供水点，请居民提前储水。二、停水范围包括离石区滨河北路以东、龙凤大街以西的居民小区及单位。", 16);
	column(&b, para_b, 16);
	two_labels(&b, "二、停水范围", "SC", "a clause's number after a full line ending a sentence opens an item");

	/* One paragraph a line, a column's jump cutting a quotation
	 * before its closing mark (“农民的事没有小事。 / ”这是…): the line
	 * opening with ” opens no paragraph, it goes on (W_S_CLOSING). */
	buf_adds(&b, "柳林县开展黄河沿岸生态清理行动\n");
	buf_adds(&b, para_a);
	buf_adds(&b, "\n");
	buf_adds(&b, para_b);
	buf_adds(&b, "\n“农民的事没有小事。\n”这是任志勇常挂在嘴边的一句话。去年夏天，峪口镇一户种植大户的谷子出现大面积黄叶，急得团团转。\n");
	buf_adds(&b, para_a);
	buf_adds(&b, "\n");
	two_labels(&b, "“农民的事", "SC", "one paragraph a line, a line opening with a closing mark goes on");

	/* A question's second sentence set on a line of its own, short of
	 * the column and ending with ？ as a title may: the answer after it
	 * (蒲海英：) says it is the interview's question, text, whether it
	 * goes on with the line before or opens a paragraph (W_H_ANSWERED). */
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	buf_adds(&b, "记者：队员们主要从哪里来？\n选材有什么标准？\n");
	column(&b, "蒲海英：大部分孩子来自山区县的农村，家里条件一般，但是练摔跤都很能吃苦。", 16);
	column(&b, para_a, 16);
	label_page(&s, b.data);
	v = labels(&s);
	for (k = 0; k < s.nl && !seg_starts(s.l[k].text, "选材有什么"); k++)
		;
	ok(k + 1 < s.nl && v[k] != 'H' && v[k + 1] == 'S',
	    "labels: a question answered by an interviewee is text (%s)", v);
	free(v);
	seg_free(&s);
	buf_reset(&b);

	/* A reader's letter under a title that asks (…谁来修？): the
	 * salutation after it (编辑同志：) stands alone on its line, ending
	 * on its colon, as no interviewee's answer does (马秀英：and her
	 * words): the question is the letter's title (W_H_ANSWERED does
	 * not weigh it). */
	column(&b, para_a, 16);
	buf_adds(&b, "\n村里的路灯坏了谁来修？\n编辑同志：\n");
	column(&b, "我是方山县一个村的村民。前几年，村里的主街安装了一批路灯，村民们晚上出门方便多了。可这两年，路灯陆续出了毛病，一到晚上黑漆漆的。", 16);
	label_page(&s, b.data);
	v = labels(&s);
	for (k = 0; k < s.nl && !seg_starts(s.l[k].text, "村里的路灯"); k++)
		;
	ok(k < s.nl && v[k] == 'H',
	    "labels: a question over a letter's salutation is its title (%s)", v);
	free(v);
	seg_free(&s);
	buf_reset(&b);

	/* A report's second paragraph, its first line of three clauses at
	 * the column's measure and cut mid-word (…毫米，其 / 中交城县…): a
	 * paragraph, not a kicker and a title over it (W_H_CLAUSES). */
	buf_adds(&b,
	    "契机，进一步擦亮“吕梁山小杂粮”区域公用品牌，推\n"
	    "动更多吕梁好产品走向全国市场。\n"
	    "今年首场大范围降雨缓解旱情今年首场大范围降雨缓解旱情\n"
	    "受冷暖空气共同影响，5月3日至4日，我市出现\n"
	    "今年以来首场大范围降雨天气过程。\n"
	    "据市气象台监测，全市平均降水量18.6毫米，其\n"
	    "中交城县、文水县部分地区降水量超过30毫米，最大\n"
	    "降水出现在交城县水峪贯镇，为41.2毫米。\n"
	    "此次降雨对缓解前期旱情、增加土壤墒情十分有\n"
	    "利。市农业农村局农技专家提醒，各地要抓住雨后有\n"
	    "利时机，抢墒播种谷子、玉米、马铃薯等作物，已播\n"
	    "地块要及时中耕松土、查苗补苗。\n"
	    "气象部门预计，5月5日至7日，我市以晴到多云\n"
	    "天气为主，气温逐步回升，最高气温可达26℃左右。\n"
	    "图为吕梁新区体育中心夜景。（记者 康桂芳 摄）\n");
	two_labels(&b, "据市气象台", "SC", "a line of three clauses is no headline's");

	/* A section heading inside a report, then a one-sentence paragraph
	 * (the question the section answers) wrapped at the column's
	 * measure with one comma a line: read together the sentence holds
	 * two clauses, so it is text, not a headline with the heading
	 * (W_H_WRAP_CLAUSES). */
	buf_adds(&b,
	    "从“公路跑煤”到“铁路\n运煤”柳林一年减少重\n卡通行百万车次\n"
	    "■ 本报记者 郝丽君\n"
	    "清晨，柳林县庄上镇一座\n煤矿的铁路装车站里，一\n"
	    "列由54节车皮组成的运煤\n专列正在装车。装车楼下，\n"
	    "车皮缓缓移动，黑亮的煤\n炭从漏斗中倾泻而下。\n"
	    "“省钱、环保，还不受天\n气影响，谁不愿意？”\n"
	    "短途运输也在变，新能源重卡跑进了“最后几公里”\n"
	    "铁路解决了“长途”，矿区\n到站点、企业之间的短途\n运输怎么办？\n"
	    "柳林县在短倒运输中推广\n新能源重卡，建成换电站\n"
	    "12座，投放纯电动和氢燃\n料重卡600余辆。一辆纯\n"
	    "电动重卡在换电站只需5\n分钟就能换好电池，每公\n"
	    "里运输成本比柴油车低三\n成左右。\n");
	two_labels(&b, "铁路解决了", "SC",
	    "a sentence wrapped under a heading, two clauses across its lines, is text");

	/* ... while a title of three clauses broken at its comma (a
	 * headline breaks its lines at a pause) stays one headline. */
	buf_adds(&b, "“一老一小”，\n是家事，也是城事\n本报评论员 刘思齐\n");
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	two_labels(&b, "“一老一小”", "HH",
	    "a title broken at its comma is a headline, three clauses as it holds");

	/* A speech opens by addressing its hearers on a line of its own:
	 * a paragraph, however short, not a headline. */
	column(&b, para_b, 16);
	buf_adds(&b, "凝聚青春力量 勇担时代使命\n□ 本报记者 冯俊\n青年朋友们：\n");
	column(&b, para_a, 16);
	two_labels(&b, "青年朋友们：", "SS",
	    "a speech's address is a paragraph of its own");

	/* ... and closes with its thanks on a line of its own: at the
	 * page's end, set apart by blank lines and ending with ！ as a
	 * title may, still a paragraph of the speech. */
	buf_adds(&b, "吕梁这片热土上大展身\n手。\n\n青年朋友们，奋斗是青\n"
	    "春最亮丽的底色。让我\n们以青春之我，建设青\n春之吕梁！\n\n"
	    "谢谢大家！\n\n");
	two_labels(&b, "春之吕梁！", "CS",
	    "a speech's thanks at the page's end is a paragraph");

	/* On a page that sets its paragraphs apart by blank lines, a
	 * notice's addressees stand apart as its title does: still a
	 * paragraph of the text. */
	column(&b, para_a, 18);
	buf_adds(&b, "\n");
	column(&b, para_b, 18);
	buf_adds(&b, "\n");
	column(&b, para_a, 18);
	buf_adds(&b, "\n停电通知\n\n各用电单位及居民用户：\n\n");
	column(&b, "因城区供电线路检修，需对部分区域暂停供电，具体安排如下，请各用户提前做好准备，停电期间注意安全。", 18);
	buf_adds(&b, "\n");
	column(&b, para_b, 18);
	two_labels(&b, "各用电单位", "SS",
	    "a notice's addressees set apart by blank lines are its text");

	/* A court's notice: its title, its number, the person it is
	 * addressed to, each a line of its own, then its text. */
	column(&b, para_a, 18);
	column(&b, para_b, 18);
	buf_adds(&b, "公　告\n（2023）晋1102民初456号\n李某某：\n");
	column(&b, "本院受理原告张某某诉你房屋租赁合同纠纷一案，因你下落不明，现依法向你公告送达起诉状副本及开庭传票。", 18);
	two_labels(&b, "（2023）", "SS",
	    "a notice's number and its addressee are lines of its text");

	/* A reader's letter under its headline and byline, opened by its
	 * salutation (记者同志您好：): a line ending on ： opens the text
	 * under it (W_H_COLON), not a second headline over the letter that
	 * left the real one heading nothing. */
	column(&b, para_a, 30);
	buf_adds(&b, "记者追踪\n干了大半年活，工钱要到哪一天？\n本报记者 冯晓东\n"
	    "记者同志您好：\n");
	column(&b, "我们是一伙临县老乡，今年三月跟着一个包工头到柳林县城一处商住楼工地干瓦工和抹灰，一共十一个人，干到十月工程完工，工钱却一直没有结清。", 30);
	two_labels(&b, "本报记者", "HS",
	    "a salutation under a byline opens the letter, no headline");

	/* A court's notice under its title 公告, the court's name on the
	 * line under it: 公告 is the notice's title, no name (公 is a
	 * surname) nor byline, and the line under a notice's title is its
	 * text (W_H_UNDER_NOTICE), not a second headline. */
	read_page(&s, "公告\n汾阳市人民法院\n");
	ok(s.nl == 2 && s.l[0].doctitle && !s.l[0].name,
	    "lines: a notice's title 公告 is no name");
	seg_free(&s);
	buf_adds(&b, "公告\n\n  汾阳市人民法院\n\n"
	    "  冯建强（男，1979年6月出生，汉族，住汾阳市太和桥街\n道北关村）：\n\n"
	    "  本院受理原告汾阳市恒盛汽车运输有限公司诉你车辆挂靠\n"
	    "经营合同纠纷一案，因你下落不明，依照《中华人民共和国民\n"
	    "事诉讼法》第九十五条之规定，向你公告送达起诉状副本、应\n"
	    "诉通知书、举证通知书、合议庭组成人员通知书及开庭传票。\n\n"
	    "  特此公告。\n\n  汾阳市人民法院\n\n  二〇二五年十二月一日\n");
	two_labels(&b, "公告", "HS",
	    "the issuer's line under a notice's title is its text");

	/* A notice's items, each a numbered head and its answer in a phrase
	 * on the line under it (一、主办单位 / 吕梁市文化和旅游局（吕梁市体
	 * 育局） / 二、承办单位): the answer is the item's text (S), not a
	 * headline line gluing the two heads into one block
	 * (W_H_ITEM_ANSWER; at 0 it is H). */
	buf_adds(&b, "关于举办2026—2027雪季吕梁市群众越野滑雪公开赛的通知\n"
	    "各县（市、区）文化和旅游局（体育局），市直有关单位，各体育社会组织：\n"
	    "为推动群众性冰雪运动广泛开展，丰富群众冬季体育文化生活，经研究，决定举办2026—2027雪季吕梁市群众越野滑雪公开赛。现将有关事项通知如下。\n"
	    "一、主办单位\n吕梁市文化和旅游局（吕梁市体育局）\n二、承办单位\n"
	    "中阳县文化和旅游局、中阳县体育总会\n三、比赛时间和地点\n"
	    "2027年1月9日至10日（视降雪情况可能调整），中阳县凤尾山越野滑雪场地。\n");
	two_labels(&b, "吕梁市文化和旅游局（", "SH",
	    "a phrase between two numbered heads is the first item's text");

	/* (the same in a narrow column, each answer wrapped over two lines:
	 * both lines the item's text, up to ITEM_ANSWER_LINES) */
	buf_adds(&b, "关于举办越野滑雪公开赛的通知\n"
	    "各县（市、区）文化和旅游局（体\n育局），市直有关单位：\n"
	    "为推动群众性冰雪运动广泛开展，\n经研究，决定举办越野滑雪公开\n赛。现将有关事项通知如下。\n"
	    "一、主办单位\n吕梁市文化和旅游局（吕\n梁市体育局）\n二、承办单位\n"
	    "中阳县文化和旅游局、中\n阳县体育总会\n三、比赛时间和地点\n"
	    "2027年1月9日至10日（视\n降雪情况可能调整），中阳县\n凤尾山越野滑雪场地。\n");
	two_labels(&b, "吕梁市文化和旅游局（", "SC",
	    "an answer wrapped over two lines between numbered heads is text");

	/* A notice's list, one clause a line ending with ；: text, however
	 * short and plain, never headline lines. */
	column(&b, para_a, 30);
	column(&b, para_b, 30);
	buf_adds(&b, "吕梁市城区冬季供热收费标准公示\n");
	column(&b, "根据省城镇供热价格管理办法及有关规定，经市发展改革委核定，现将城区冬季供热收费标准公示如下：", 30);
	buf_adds(&b, "一、居民住宅按建筑面积收费，每平方米每采暖期24元；\n"
	    "二、非居民用户按建筑面积收费，每平方米每采暖期35元；\n"
	    "三、已安装分户计量装置并投入使用的，按热量计价。\n");
	label_page(&s, b.data);
	v = labels(&s);
	ok(s.nl >= 3 && strchr(v + s.nl - 3, 'H') == NULL,
	    "labels: a list's clauses ending with ； are no headline lines (%s)", v);
	free(v);
	seg_free(&s);
	buf_reset(&b);

	/* A notice's list under a lead-in that ends with a colon (…评出获
	 * 奖歌手如下：): its items one a line, no sentence ended, none as
	 * wide as the longest (mark_list_runs, W_H_ITEM); read as
	 * headlines they cut the notice into stray articles. */
	column(&b, para_a, 23);
	column(&b, "第二届吕梁市民歌大赛经初赛、复赛和决赛，评出获奖歌手如下：", 23);
	buf_adds(&b, "金奖\n"
	    "刘翠莲（临县）《看着哥哥走西口》\n"
	    "贺宝贵（兴县）《赶牲灵》\n"
	    "银奖\n"
	    "张晓慧（柳林）《绣荷包》\n"
	    "曹永生、曹丽（石楼）《对坝坝》\n"
	    "武玉兰（岚县）《想亲亲》\n"
	    "吕梁市文化和旅游局\n"
	    "2025年9月18日\n");
	label_page(&s, b.data);
	v = labels(&s);
	for (k = 0; k < s.nl && !seg_starts(s.l[k].text, "金奖"); k++)
		;
	ok(k + 8 <= s.nl && s.l[k].item && s.l[k + 7].item &&
	    strchr(v + k, 'H') == NULL,
	    "labels: a list's items under 如下： are no headline lines (%s)", v);
	/* ... and an item after one that stops short of the list's widest
	 * line opens a paragraph (W_CONT_ITEM): 银奖, 张晓慧…, 曹永生…
	 * and the issuer, though the column read from the list's own lines
	 * calls the lines before them full. */
	ok(k + 8 <= s.nl && v[k + 3] == 'S' && v[k + 4] == 'S' &&
	    v[k + 5] == 'S' && v[k + 7] == 'S',
	    "labels: a list's item after a short one opens a paragraph (%s)", v);
	free(v);
	seg_free(&s);
	buf_reset(&b);
	/* ... but a speech's first paragraph under 同志们： fills its
	 * lines: no list. */
	buf_adds(&b, "同志们：\n");
	column(&b, para_a, 23);
	label_page(&s, b.data);
	ok(s.nl > 2 && !s.l[1].item && !s.l[2].item,
	    "lines: a paragraph's wrapped lines under 同志们： are no list");
	seg_free(&s);
	buf_reset(&b);
	/* ... and a lead-in that fills its column (…名单予以公示：, the
	 * colon on the column's last cell) opens a list as well: the
	 * items' shape is the evidence, and where the column model reads
	 * a boxed notice's column narrower than its text, every line of
	 * the lead-in paragraph looks full. Its names read as headlines
	 * cut the notice's tail off as a stray article. */
	column(&b, para_a, 21);
	column(&b, "根据市公开招聘社区工作者公告，经笔试、面试、体检和考察，现将拟聘用人员名单予以公示：", 21);
	buf_adds(&b, "王晓静　女　太和桥街道东关社区\n"
	    "李鹏程　男　太和桥街道西河社区\n"
	    "郭雅琳　女　文峰街道府前社区\n"
	    "梁　浩　男　文峰街道南薰社区\n");
	column(&b, "公示期间如对拟聘用人员有异议，可通过电话、来信或来访方式向市民政局反映。", 21);
	label_page(&s, b.data);
	v = labels(&s);
	for (k = 0; k < s.nl && !seg_starts(s.l[k].text, "王晓静"); k++)
		;
	ok(k + 4 < s.nl && s.l[k].item && s.l[k + 3].item &&
	    strchr(v + k, 'H') == NULL,
	    "labels: a list under a lead-in that fills its column (%s)", v);
	free(v);
	seg_free(&s);
	buf_reset(&b);
	/* A notice's tail: its contact fields, their labels ending with
	 * a field's name (受理电话, 受理地址), then its issuer and date.
	 * Read as a headline, 受理地址… and the issuer under it cut the
	 * tail off the notice as a stray article. */
	label_page(&s, "汾阳市2026年公开招聘社区工作者拟聘用人员公示汾阳市2026年公开招聘社区工作者拟聘用人员公示\n\n"
	    "根据《汾阳市 2026 年公开招聘社区工作者公告》，经笔试、面试、体检和考\n\n"
	    "察，现将拟聘用人员名单予以公示：\n\n"
	    "王晓静　女　太和桥街道东关社区\n\n"
	    "李鹏程　男　太和桥街道西河社区\n\n"
	    "郭雅琳　女　文峰街道府前社区\n\n"
	    "梁　浩　男　文峰街道南薰社区\n\n"
	    "侯佳慧　女　西河街道永安社区\n\n"
	    "任志远　男　西河街道北关社区\n\n"
	    "公示期为 2026 年 12 月 3 日至 12 月 9 日（5个工作日）。公示期间，如对拟聘用\n\n"
	    "人员有异议，可通过电话、来信或来访方式向汾阳市民政局反映。反映问\n\n"
	    "题要实事求是，以真实姓名署名并提供联系方式，以便核实。\n\n"
	    "受理电话：0358-7222164\n\n"
	    "受理地址：汾阳市府前路民政局办公楼二楼人事科\n\n"
	    "汾阳市民政局\n\n"
	    "2026年 12 月 3 日\n");
	v = labels(&s);
	for (k = 0; k < s.nl && !seg_starts(s.l[k].text, "受理电话"); k++)
		;
	ok(k + 4 == s.nl && s.l[k + 1].kind == L_SIGNOFF &&
	    strchr(v + k, 'H') == NULL,
	    "labels: a notice's contact fields, issuer and date end it, "
	    "no headline lines (%s)", v);
	free(v);
	seg_free(&s);

	/* A dateline cut before its reporters goes on with them. */
	buf_adds(&b, "本报讯\n");
	column(&b, "（记者 赵敏）为进一步改善群众就医体验，近日，市第一人民医院开设服务中心，把十多项服务集中办理。", 16);
	label_page(&s, b.data);
	v = labels(&s);
	ok(v[0] == 'S' && strspn(v + 1, "C") == strlen(v + 1),
	    "labels: 本报讯 / （记者 …）… is one paragraph (%s)", v);
	free(v);
	seg_free(&s);
	buf_reset(&b);

	/* One paragraph a line: lines without a sentence end are headlines. */
	buf_adds(&b, "柳林县开展黄河沿岸生态清理行动\n");
	buf_adds(&b, para_a);
	buf_adds(&b, "\n");
	buf_adds(&b, para_b);
	buf_adds(&b, "\n");
	label_page(&s, b.data);
	v = labels(&s);
	is_str(v, "HSS", "labels: one paragraph a line");
	free(v);
	seg_free(&s);
	buf_reset(&b);

	/* One paragraph a line, every line set apart by a blank line: a
	 * line with none between it and the long line after it is that
	 * paragraph's first part, cut from it, not a title (W_H_GLUED). */
	buf_adds(&b, "柳林县开展黄河沿岸生态清理行动\n\n");
	buf_adds(&b, para_a);
	buf_adds(&b, "\n\n");
	buf_adds(&b, para_b);
	buf_adds(&b, "\n\n今年38岁的贾玉\n梅从事听障儿童康复工作已经12年，"
	    "这些年她教会了一百多个孩子开口说话，也陪着他们走进了普通学校的课堂。\n\n");
	buf_adds(&b, para_a);
	buf_adds(&b, "\n");
	label_page(&s, b.data);
	v = labels(&s);
	for (k = 0; k < s.nl && !seg_starts(s.l[k].text, "今年38岁"); k++)
		;
	ok(k + 1 < s.nl && v[k] == 'S' && v[k + 1] == 'C',
	    "labels: a line glued to the long line after it goes on into it (%s)", v);
	free(v);
	seg_free(&s);
	buf_reset(&b);

	/* A letter's salute, 此致 / 敬礼！, is its frame: no headline, no
	 * signer; the signature under it is the letter's (mark_letter_signoffs). */
	read_page(&s, "敬爱的吕梁日报编辑：\n"
	    "我是临县安业乡一个村的家长，孩子在乡中心学校上四年级。我们村离学校有十二里山路，全靠家长骑摩托车接送。\n"
	    "此致\n敬礼！\n临县安业乡家长 高二平\n");
	ok(s.nl == 5 && s.l[2].address && s.l[3].address && !s.l[2].letter &&
	    s.l[4].letter, "lexicon: 此致 / 敬礼！ close a letter; its signature follows");
	seg_free(&s);

	/* One paragraph a line: a bracketed note after a text's last
	 * sentence, （本文数据由…提供）, closes that text: no headline line
	 * (W_H_NOTE), nor the start of the headline under it (its may_end:
	 * the title after it stands on its own). */
	buf_adds(&b, "文水15个村试点“积分超市”，村民攒积分换日用品\n"
	    "试点村按照“一户一档”建立积分台账，每月由村民代表评议打分、张榜公示。积分可在村里的积分超市兑换商品，年底还将评选“积分之星”家庭。\n"
	    "目前，15个试点村累计发放积分12万分，兑换商品价值8万余元。县里计划明年将这一做法推广到全县所有行政村。\n"
	    "（本文数据由文水县委组织部提供）\n"
	    "锚定目标任务 奋力冲刺全年\n"
	    "全市巩固拓展脱贫攻坚成果同乡村振兴有效衔接暨“三农”工作推进会在兴县召开\n"
	    "8月24日，全市巩固拓展脱贫攻坚成果同乡村振兴有效衔接暨“三农”工作推进会在兴县召开。会议深入贯彻中央和省委农村工作会议精神，观摩交流各地经验做法。\n");
	label_page(&s, b.data);
	v = labels(&s);
	ok(s.nl == 7 && s.l[3].note && v[3] == 'S' && v[4] == 'H',
	    "labels: a bracketed note after a text is its last paragraph, no headline (%s)", v);
	free(v);
	seg_free(&s);
	buf_reset(&b);
	/* (a list item's wrapped bracket, after a line cut mid-item, is
	 * the item's: the note's weight waits for a sentence's end) */
	read_page(&s, "（本文数据由文水县委组织部提供）\n（吕梁快评）\n（峪口镇峪口村卫生室）汾阳市\n");
	ok(s.nl == 3 && s.l[0].note && !s.l[1].note && !s.l[2].note,
	    "lexicon: one bracketed phrase of six characters or more is a note");
	seg_free(&s);

	/* One paragraph a line: a short line cut from its paragraph that
	 * opens with a connective and its comma (截至目前，) opens the
	 * paragraph, no headline does so (W_H_CONNECTIVE). */
	perline_cut_is(&b, "截至目前，全区累\n计发放分类卡4.8万张，兑换积分190余万分。\n",
	    "截至目前", "labels: a line opening with a connective is no headline");

	/* One paragraph a line: a scene's first line cut after the clock's
	 * hour and a name (凌晨5点半，方山县城 / 还笼罩在…) opens a
	 * paragraph; no headline opens with the hour (W_H_LEAD). */
	perline_cut_is(&b, "傍晚7点多，穆守仁\n回到邮政所，卸下空了的邮包，掸掉一身尘土。他翻开笔记本，在当天的日期后面打了一个勾。\n",
	    "傍晚7点多", "labels: a line opening with the clock's hour is no headline");
	/* (the hour, not a list's point: 第3点， opens a commentary's third
	 * point, a line a headline may be) */
	read_page(&s, "下午3点，车载法庭赶往石楼县\n第3点，坚持问题导向\n");
	ok(s.nl == 2 && s.l[0].lead && !s.l[1].lead,
	    "lexicon: 下午3点， opens a lead, 第3点， does not");
	seg_free(&s);

	/* One paragraph a line: a line that opens a quote and stops before
	 * closing it goes on into the next line, cut; a headline set one a
	 * line closes its quotes (W_H_OPEN_QUOTE). */
	perline_cut_is(&b, "“以前拉一车土豆到太原，路上得走\n大半天，现在当天就能打个来回。”岚县一家合作社的负责人说。\n",
	    "“以前拉", "labels: a line one a line with its quote left open is no headline");

	/* A short item set narrower than the page's column: its first line
	 * stops mid-phrase and the next opens on 的, which goes on from it
	 * (no headline over a body opening so). */
	buf_adds(&b, "方山县北武当山景区恢复开放\n"
	    "北武当山景区在经过了为期整整两个多月\n"
	    "的冬季封闭管理后，将于3月20日起开放。\n");
	column(&b, para_b, 30);
	column(&b, para_a, 30);
	two_labels(&b, "北武当山景区在", "SC",
	    "a line before one opening on 的 is no headline");

	/* The same item between the reports: its first line, set in by the
	 * indent and measured against the reports' column, looked a
	 * headline's. */
	buf_adds(&b, "全市秋粮收购工作推进会在市行政中心召开副\n");
	column(&b, para_a + strlen("全市秋粮收购工作推进会在市行政中心召开副"), 24);
	buf_adds(&b, "入冬以来，石楼县黄河沿岸湿\n");
	column(&b, "地迎来大批越冬候鸟，灰鹤、赤麻鸭等在浅滩间栖息觅食。", 15);
	column(&b, para_b, 24);
	two_labels(&b, "入冬以来", "SC",
	    "a narrower item's full first line is no headline");

	/* The same between the reports, its commas and enumeration marks
	 * set half width: its full lines agree on 30 cells only in that
	 * metric, not in the reports' (full-width marks, 30 to 34 cells). */
	buf_adds(&b, "全市秋粮收购工作推进会在市行政中心召开副\n");
	column(&b, para_a + strlen("全市秋粮收购工作推进会在市行政中心召开副"), 24);
	buf_adds(&b, "入冬以来，石楼县黄河沿岸湿\n地迎来大批越冬候鸟，灰鹤、赤麻鸭、\n"
	    "斑嘴鸭等水鸟在辛关渡口一带的浅\n滩间栖息觅食。\n");
	column(&b, para_b, 24);
	two_labels(&b, "入冬以来", "SC",
	    "a narrower item's first line is no headline, its marks set half width");

	/* A photo item's text set across the page on one line of its own,
	 * then an item wrapped in 16 characters: the model, seeing a line
	 * wider than any column, takes the lines around for paragraphs one
	 * a line, and the item's first line, short as such, for a headline.
	 * Its lines go on from each other and agree on a width: a column. */
	buf_adds(&b, "全市秋粮收购工作推进会在市行政中心召开副\n");
	column(&b, para_a + strlen("全市秋粮收购工作推进会在市行政中心召开副"), 24);
	buf_adds(&b, para_b);
	buf_adds(&b, "\n早上7点，柳林县城青龙街上的“柴\n记碗托”小店已经坐满了食客，店主\n"
	    "从蒸笼里端出一摞热气腾腾的碗托，\n麻利地切成细条，浇上蒜汁和陈醋。\n");
	column(&b, para_a, 24);
	two_labels(&b, "早上7点", "SC",
	    "a wrapped item beside a line across the page is no headline");

	/* One paragraph a line, one cut across two by a column jump after a
	 * clause and inside a word (没 / 有): short as it is, the first part
	 * reads on into the next line and heads nothing. */
	buf_adds(&b, "全市安全生产工作会议召开，会议要求各地各部门牢固树立安全发展理念，没有安全就没有发展，要坚决守住不发生重大事故的底线。\n"
	    "会议指出，今年以来全市安全生产形势总体平稳，但一些行业领域的风险隐患仍然不少，企业主体责任落实不到位的问题依然突出。\n"
	    "今年以来，全市没\n"
	    "有发生较大以上生产安全事故，但这并不代表可以高枕无忧，要压实企业主体责任，企业的一把手要对本单位的安全负总责。\n"
	    "会议强调，要加大执法检查力度，对违法违规行为依法严肃查处，对隐患整改不到位的企业一律停产整顿，切实把各项措施落到实处。\n");
	two_labels(&b, "今年以来，全市没", "SC",
	    "a paragraph a line cut after a clause inside a word is no headline");

	/* A photo's lead-in opening the page, its first line cut short of
	 * the caption's width: it opens with a time (初冬时节，…), as a
	 * report's paragraph does and a headline does not. */
	column(&b, "初冬时节，岚县界河口镇的村民趁着晴好天气晾晒粉条，家家户户的院子里挂满了银白的粉条。", 22);
	buf_adds(&b, "图为界河口镇的村民在院子里晾晒刚刚出锅的粉条。 记者 李明 摄\n");
	buf_adds(&b, "文水县两万亩酿酒高粱开镰收割\n□ 本报记者 郝晓东\n");
	column(&b, para_b, 16);
	two_labels(&b, "初冬时节", "SC",
	    "a lead-in opening with a time is no headline");

	/* Paragraphs set apart by blank lines, an answer's last line one
	 * character short of the column and ending with 。: the blank line
	 * after it, not the line's fullness, says the paragraph ends there,
	 * and the next interview's intro opens one (W_CONT_BLANK). */
	column(&b, para_a, 16);
	buf_adds(&b, "\n\n");
	column(&b, "马秀英：好多人劝过我我儿子也说给我租个门面可我舍不得这个巷子老顾客都知道我在这儿有的人小时候跟着爹妈来吃现在带着自己的娃来吃。", 16);
	buf_adds(&b, "\n\n");
	column(&b, para_b, 16);
	buf_adds(&b, "\n\n");
	column(&b, para_a, 16);
	buf_adds(&b, "\n");
	two_labels(&b, "文水县两万亩", "SC",
	    "a blank line after a full line ending a sentence opens a paragraph");

	/* One paragraph a line, set apart by blank lines, and one paragraph
	 * cut in two: its first line ends on 的 (a headline ends on no such
	 * word), and one cut inside a word leaves the next line opening on
	 * a character and a comma. Neither first line is a headline. */
	buf_adds(&b, "山沟里的“流动书屋”\n\n本报记者 高岚\n\n"
	    "每到周六早上八点，石板村村委会门前的\n\n"
	    "空地上就停着一辆蓝色面包车，车厢里摆满了图书。\n\n");
	buf_adds(&b, para_a);
	buf_adds(&b, "\n");
	two_labels(&b, "每到周六", "SC",
	    "a line ending on 的 before the body opens no headline");
	buf_adds(&b, "山沟里的“流动书屋”\n\n本报记者 高岚\n\n");
	buf_adds(&b, para_a);
	buf_adds(&b, "\n\n今年书车路线调\n\n"
	    "整，每周多跑两趟，九个自然村都能借到书。\n\n");
	buf_adds(&b, para_b);
	buf_adds(&b, "\n");
	label_page(&s, b.data);
	v = labels(&s);
	{
		size_t k;
		for (k = 0; k < s.nl && !seg_starts(s.l[k].text, "今年书车"); k++)
			;
		ok(k < s.nl && v[k] != 'H',
		    "labels: a line whose next opens 整， is no headline (%s)", v);
	}
	free(v);
	seg_free(&s);
	buf_free(&b);
}

/* ---------------------------------------------------------------- */
/* Blocks, assignment, assembly.                                    */

/* Headlines of the page as its blocks parse them, without the second
 * readings (splits) offered beside them. */
static size_t
first_readings(const struct seg *s)
{
	size_t k, n = 0;

	for (k = 0; k < s->nh; k++)
		n += s->h[k].alt_of < 0;
	return n;
}

static void
block_page(struct seg *s, const char *text)
{
	label_page(s, text);
	seg_build_items(s);
	seg_drop_repeats(s);
	seg_list_paras(s);
	seg_index(s);
	seg_parse_blocks(s);
}

/* The kind of item that holds the line opening with start after the
 * page in b is labelled, the line the label stage may read as a
 * paragraph's start (the same line) is given LB_START and the label
 * stage's last step (seg_join_gathered_titles) runs again; -1 if none. */
static int
gathered_kind(struct buf *b, const char *start)
{
	struct seg s;
	size_t i, k;
	int kind = -1;

	label_page(&s, b->data);
	for (k = 0; k < s.nl && !seg_starts(s.l[k].text, start); k++)
		;
	if (k < s.nl) {
		s.l[k].label = LB_START;
		seg_join_gathered_titles(&s);
		seg_build_items(&s);
		for (i = 0; i < s.nit; i++)
			if (s.it[i].first <= k && k <= s.it[i].last &&
			    s.it[i].kind != I_CAPTION)
				kind = (int)s.it[i].kind;
	}
	seg_free(&s);
	return kind;
}

/* A title of the headlines gathered at a page's end read as a sentence
 * (a comma and a question): between two headline lines, no paragraph
 * after it, it is theirs again (W_I_GATHERED_TITLE); a continuation
 * mark there, and a phrase with text after it, stay paragraphs. */
static void
test_gathered_titles(void)
{
	struct buf b;
	double keep = seg_w[W_I_GATHERED_TITLE];

	buf_init(&b);
	column(&b, para_a, 12);
	column(&b, para_b, 12);
	buf_adds(&b, "（记者 闫瑞 整理）\n\n圆桌三人谈\n\n老旧小区的物业，谁来管、怎么管？\n\n"
	    "——社区书记、物业经理和居民代表面对面\n\n本报记者 闫瑞\n");
	is_int(gathered_kind(&b, "老旧小区"), I_BLOCK,
	    "labels: a gathered title read as a sentence is a headline line");
	seg_w[W_I_GATHERED_TITLE] = 0;
	is_int(gathered_kind(&b, "老旧小区"), I_PARA,
	    "labels: ... a paragraph with W_I_GATHERED_TITLE off");
	seg_w[W_I_GATHERED_TITLE] = keep;
	buf_reset(&b);

	/* a continuation mark after a headline stays the text's */
	column(&b, para_a, 12);
	buf_adds(&b, "（记者 闫瑞 整理）\n\n圆桌三人谈\n\n（下转2版）\n\n"
	    "本报记者 闫瑞\n");
	is_int(gathered_kind(&b, "（下转"), I_PARA,
	    "labels: a continuation mark between headline lines stays a paragraph");
	buf_reset(&b);

	/* a block before its text, closed by its byline: the title
	 * between its kicker and its byline is the block's */
	column(&b, para_a, 12);
	buf_adds(&b, "\n政策解读\n\n城乡居民养老保险，怎么缴？怎么领？\n\n"
	    "记者 马文涛\n\n");
	column(&b, para_b, 12);
	is_int(gathered_kind(&b, "城乡居民"), I_BLOCK,
	    "labels: a title between a kicker and its byline is a headline line");
	seg_w[W_I_GATHERED_TITLE] = 0;
	is_int(gathered_kind(&b, "城乡居民"), I_PARA,
	    "labels: ... a paragraph with W_I_GATHERED_TITLE off");
	seg_w[W_I_GATHERED_TITLE] = keep;
	buf_reset(&b);

	/* text after it and no byline: not a block's title */
	column(&b, para_a, 12);
	buf_adds(&b, "\n圆桌三人谈\n\n老旧小区的物业，谁来管、怎么管？\n\n"
	    "——社区书记、物业经理和居民代表面对面\n\n");
	column(&b, para_b, 12);
	is_int(gathered_kind(&b, "老旧小区"), I_PARA,
	    "labels: a phrase with paragraphs after it stays a paragraph");
	buf_free(&b);
}

/* A picture printed after an article's source note: the note ends its
 * paragraph, so the caption cuts no sentence and comes after it. */
static void
test_items(void)
{
	struct buf b;
	struct seg s;
	size_t i, src = 0, cap = 0;

	buf_init(&b);
	column(&b, para_a, 12);
	buf_adds(&b, "（本文来源：人民网）\n");
	buf_adds(&b, "村民在自家窑顶晾晒红辣椒，扮靓了山村秋景。\n记者 常艳芳 摄\n");
	column(&b, para_b, 12);
	block_page(&s, b.data);
	for (i = 0; i < s.nit; i++) {
		if (s.it[i].kind == I_PARA && s.it[i].source)
			src = i + 1;
		if (s.it[i].kind == I_CAPTION)
			cap = i + 1;
	}
	ok(src > 0 && cap > src, "items: the caption after the source note (%zu, %zu)", src, cap);
	ok(cap > 0 && !s.it[cap - 1].cut, "items: it cuts no sentence");
	seg_free(&s);
	buf_reset(&b);

	/* A caption set between a quotation's last sentence and the mark
	 * closing it (…爷爷的老皮袄。 / 图为… / ”成斌说。): no paragraph opens
	 * on a closing mark, so the caption cut the sentence and the ”
	 * line goes on with the paragraph before it (the line above the
	 * caption full, as where a caption is set between two lines). */
	column(&b, para_a, 12);
	column(&b, "去年成斌在网上开了店。“很多顾客都说穿上坎肩就想起了小时候爷爷的老皮袄。", 12);
	buf_adds(&b, "图为作坊里，成国华正在一张滩羊皮上划线裁剪。\n记者 曹建斌 摄\n");
	buf_adds(&b, "”成斌说。\n");
	column(&b, para_b, 12);
	block_page(&s, b.data);
	for (i = 0, cap = 0, src = 0; i < s.nit; i++) {
		if (s.it[i].kind == I_CAPTION)
			cap = i + 1;
		if (s.it[i].kind == I_PARA && s.it[i].text != NULL &&
		    strstr(s.it[i].text, "老皮袄。”成斌说。") != NULL)
			src = i + 1;
	}
	ok(cap > 0 && s.it[cap - 1].cut && src > 0,
	    "items: a caption before a quotation's closing mark cuts its sentence (%zu, %zu)", cap, src);
	seg_free(&s);
	buf_reset(&b);

	/* A repeated paragraph joined to the one after it: the repeat goes,
	 * the paragraph it was joined to stays. */
	buf_adds(&b, para_a);
	buf_adds(&b, "\n");
	buf_adds(&b, para_a);
	buf_adds(&b, para_b);
	buf_adds(&b, "\n");
	block_page(&s, b.data);
	is_int(s.np, 2, "items: a joined repeat dropped, two paragraphs left");
	if (s.np == 2)
		is_str(s.it[s.paras[1]].text, para_b, "items: the one it was joined to");
	seg_free(&s);
	buf_reset(&b);

	/* A paragraph first printed joined to the end of another, then
	 * printed twice over as one run of text: its sentences were all
	 * printed before, and the run goes whole. */
	buf_addf(&b, "%s%s\n%s%s\n", para_b, para_a, para_a, para_a);
	block_page(&s, b.data);
	is_int(s.np, 1, "items: a repeat printed twice over, its first "
	    "printing joined to another, dropped");
	seg_free(&s);
	buf_free(&b);
}

/* Block text over one paragraph (a 16-character column): its first
 * headline's kicker and title are as given. Resets b. */
static void
block_roles(struct buf *b, const char *block, const char *para,
    const char *kicker, const char *title, const char *what)
{
	struct seg s;

	buf_adds(b, block);
	column(b, para, 16);
	block_page(&s, b->data);
	ok(s.nh >= 1 && strcmp(s.h[0].kicker, kicker) == 0 &&
	    strcmp(s.h[0].title, title) == 0, "%s (%s | %s)", what,
	    s.nh ? s.h[0].kicker : "", s.nh ? s.h[0].title : "");
	seg_free(&s);
	buf_reset(b);
}

/* Two bodies, then their headlines gathered: 文水县… with its byline,
 * then the block `second`; parsed into s. */
static void
two_gathered(struct buf *b, struct seg *s, const char *second)
{
	column(b, para_a, 16);
	column(b, para_b, 16);
	buf_adds(b, "文水县两万亩酿酒高粱开镰收割\n□ 本报记者 冯俊\n");
	buf_adds(b, second);
	block_page(s, b->data);
}

/* Headlines gathered at the end of a page of para_a, para_b and third
 * (16-character columns): one headline, read once (no split's part),
 * has the given kicker and title, and no title holds `joined` (NULL:
 * none asked). Resets b. */
static void
gathered_kicker(struct buf *b, const char *third, const char *block,
    const char *kicker, const char *title, const char *joined,
    const char *what)
{
	struct seg s;
	size_t k;
	int found = 0, glued = 0;

	column(b, para_a, 16);
	column(b, para_b, 16);
	column(b, third, 16);
	buf_adds(b, block);
	block_page(&s, b->data);
	for (k = 0; k < s.nh; k++) {
		found |= s.h[k].alt_of < 0 && strcmp(s.h[k].kicker, kicker) == 0 &&
		    strcmp(s.h[k].title, title) == 0;
		glued |= joined != NULL && strstr(s.h[k].title, joined) != NULL;
	}
	ok(found && !glued, "%s (%zu headlines)", what, s.nh);
	seg_free(&s);
	buf_reset(b);
}

/*
 * A headline block set among lines each a paragraph: four paragraphs
 * of para_a / para_b, block (its lines and any lead), four more, each
 * line followed by sep; blocked. Whether line `first` is read as set
 * one paragraph a line and a headline's title is `title` (with no
 * subtitle when no_subtitle).
 */
static int
perline_title(struct seg *s, struct buf *b, const char *sep,
    const char *block, const char *first, const char *title,
    int no_subtitle)
{
	size_t k;
	int found = 0, perline = 0;

	for (k = 0; k < 4; k++) {
		buf_adds(b, k % 2 ? para_a : para_b);
		buf_adds(b, sep);
	}
	buf_adds(b, block);
	for (k = 0; k < 4; k++) {
		buf_adds(b, k % 2 ? para_b : para_a);
		buf_adds(b, sep);
	}
	block_page(s, b->data);
	for (k = 0; k < s->nl; k++)
		perline |= s->l[k].perline && strcmp(s->l[k].text, first) == 0;
	for (k = 0; k < s->nh; k++)
		found |= s->h[k].alt_of < 0 && strcmp(s->h[k].title,
		    title) == 0 && (!no_subtitle || *s->h[k].subtitle == '\0');
	return perline && found;
}

static void
test_blocks(void)
{
	struct buf b;
	struct seg s;

	buf_init(&b);
	buf_adds(&b, "聚焦“三农”\n");
	buf_adds(&b, "一颗红枣的甜蜜之旅一颗红枣的甜蜜之旅\n");
	buf_adds(&b, "——临县红枣产业转型升级见闻\n");
	buf_adds(&b, "□ 本报记者 贺文斌\n");
	column(&b, para_b, 16);
	block_page(&s, b.data);
	is_int(s.nh, 1, "blocks: one headline");
	if (s.nh == 1) {
		is_str(s.h[0].kicker, "聚焦“三农”", "blocks: the kicker");
		is_str(s.h[0].title, "一颗红枣的甜蜜之旅", "blocks: the doubled title, once");
		is_str(s.h[0].subtitle, "——临县红枣产业转型升级见闻", "blocks: the subtitle");
		is_str(s.h[0].byline, "本报记者 贺文斌", "blocks: the byline without □");
	}
	seg_free(&s);
	buf_reset(&b);

	/* A report's title set after its text, the next one's title (its
	 * speaker's name and colon first) under it: two titles, not one
	 * wrapped over two lines (W_B_WRAP_SPEAKER). */
	buf_adds(&b,
	    "改线后，5路公交车由火车站始发，经永\n"
	    "宁路、吕梁学院东门，绕行龙凤南大街至城\n"
	    "南客运站，原经滨河南路的莲花池、南关、\n"
	    "交口街3个站点暂停使用，乘客可到龙凤南\n"
	    "大街新设的临时站点候车。\n"
	    "\n"
	    "公交公司提醒，改线期间首末班时间不\n"
	    "变，发车间隔由8分钟调整为10分钟，高峰\n"
	    "时段视客流情况加密。乘客可通过“吕梁公\n"
	    "交”小程序实时查询车辆位置。\n"
	    "\n"
	    "咨询电话：0358-8239915。\n"
	    "\n"
	    "5路公交改线了5路公交改线了！！这三个站点要注意这三个站点要注意\n"
	    "\n"
	    "张海峰张海峰：：发展林下经济大有可为发展林下经济大有可为\n"
	    "\n"
	    "■ 实习记者 赵宇\n"
	    "\n"
	    "吕梁森林覆盖率逐年提高，林地资源丰\n"
	    "富，发展林下经济具有得天独厚的条件。山\n"
	    "西省林业和草原科学研究院高级工程师张海\n"
	    "峰在接受采访时说，林下种植中药材、食用\n"
	    "菌，效益可观。\n");
	block_page(&s, b.data);
	{
		size_t k;
		int found = 0, glued = 0;

		for (k = 0; k < s.nh; k++) {
			found |= strcmp(s.h[k].title, "张海峰：发展林下经济大有可为") == 0;
			glued |= strstr(s.h[k].title, "要注意张海峰") != NULL;
		}
		ok(found && !glued,
		    "blocks: a line opening with a speaker's name and colon starts a title");
	}
	seg_free(&s);
	buf_reset(&b);

	/* Headlines gathered after their bodies: two, each with its byline. */
	two_gathered(&b, &s, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	is_int(s.nh, 2, "blocks: two gathered headlines");
	if (s.nh == 2) {
		is_str(s.h[0].byline, "本报记者 冯俊", "blocks: the first one's byline");
		is_str(s.h[1].title, "全市秋粮收购工作推进会召开", "blocks: the second title");
	}
	seg_free(&s);
	buf_reset(&b);

	/* A genre label over a title among gathered headlines is the
	 * title's kicker, though 时评 reads as a surname and a name: no
	 * byline of its own, nor the one before it. */
	two_gathered(&b, &s, "时评\n秋粮收购要让农民卖得顺心\n李文静\n");
	ok(s.nh == 2 && strcmp(s.h[0].byline, "本报记者 冯俊") == 0 &&
	    strcmp(s.h[1].kicker, "时评") == 0,
	    "blocks: a genre label over a gathered title is its kicker, no byline (%s | %s)",
	    s.nh > 0 ? s.h[0].byline : "", s.nh > 1 ? s.h[1].kicker : "");
	seg_free(&s);
	buf_reset(&b);

	/* Titles gathered at a page's end, two of one width and the last
	 * wrapped: every line of a title but its last fills one measure,
	 * so no title takes lines of two widths before its last. */
	buf_adds(&b,
	    "\n"
	    "项检查为契机，推动学校安全管理由“事后\n"
	    "\n"
	    "处置”向“事前预防”转变，全力为广大师生\n"
	    "\n"
	    "营造安全稳定的学习环境。\n"
	    "\n"
	    );
	/* (a paragraph the page repeats, thrice) */
	for (int r = 0; r < 3; r++)
		buf_adds(&b,
		    "  近年来，文水县依托汾酒原粮基地建\n"
		    "\n"
		    "设，推广“企业+合作社+农户”订单模式，统\n"
		    "\n"
		    "一供种、统一技术、统一收购，让农民种粮\n"
		    "\n"
		    "有了“定心丸”。今年全县酿酒高粱种植面积\n"
		    "\n"
		    "比去年增加 4000 余亩，带动 1800 余户农户增\n"
		    "\n"
		    "收。\n"
		    "\n");
	buf_adds(&b,
	    "我市启动秋季学期校园安全专项检\n"
	    "\n"
	    "查\n"
	    "\n"
	    "文水县2.3万亩酿酒高粱开镰收割\n"
	    "\n"
	    "老年助餐点让银发族吃上“暖心饭”\n"
	    "\n"
	    "第五届吕梁文化旅游产\n"
	    "\n"
	    "业发展大会开幕\n"
	    "\n"
	    "——孙立军出席并致辞 刘伟 周建华作\n"
	    "\n"
	    "主旨演讲 王志刚 李晓梅出席 陈建\n"
	    "\n"
	    "国主持\n"
	    );
	block_page(&s, b.data);
	{
		size_t k;
		int j, even = s.nh >= 3;
		for (k = 0; k < s.nh; k++)
			for (j = 1; j + 1 < s.h[k].tlines; j++)
				even &= abs(clean_col_width(s.h[k].tl[j], 0) -
				    clean_col_width(s.h[k].tl[j - 1], 0)) <= 3;
		ok(even, "blocks: a wrapped title's lines but its last are one width (%zu headlines)", s.nh);
	}
	seg_free(&s);
	buf_reset(&b);

	/* Titles gathered at the page end, two wrapped: one whose rest is a
	 * word and its mark (什么？), one cut on 的. Neither is read as two
	 * headlines as well. */
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	buf_adds(&b, "乡村快递员的背包里都装着\n什么？\n□ 本报记者 冯俊\n"
	    "一座蔬菜大棚托起了千户农家的\n致富梦想\n□ 本报记者 郝晓东\n");
	block_page(&s, b.data);
	ok(s.nh == 2 && first_readings(&s) == 2,
	    "blocks: no second reading of a title wrapped before 什么？ "
	    "or after 的 (%zu headlines, %zu first readings)", s.nh,
	    first_readings(&s));
	seg_free(&s);
	buf_reset(&b);

	/* A block before its text: a kicker, a title, a subtitle wrapped,
	 * then the byline. Not the kicker alone as another headline. (The
	 * subtitle's lines, its rest of six characters under the first,
	 * parse as a second title, wrapped, with the byline: the kicker and
	 * title over it take it as their subtitle once the articles are
	 * known, take_line_above; see test_assemble.) */
	column(&b, para_a, 16);
	buf_adds(&b, "农田水利建设进行时\n文水县引黄灌区节水改造工程通过竣工验收\n"
	    "八万亩农田和两个乡镇的灌溉\n用水有了保障\n本报记者 郝晓东 通讯员 王芳\n");
	column(&b, para_b, 16);
	block_page(&s, b.data);
	{
		size_t k;
		int alone = 0;
		for (k = 0; k < s.nh; k++)
			alone |= s.h[k].alt_of < 0 &&
			    strcmp(s.h[k].title, "农田水利建设进行时") == 0;
		ok(!alone && first_readings(&s) <= 2, "blocks: a block before "
		    "text reads its kicker with its title (%zu)",
		    first_readings(&s));
	}
	seg_free(&s);
	buf_reset(&b);

	/* Headlines in a row: a kicker-like line over a title is also read
	 * as two headlines (the assignment chooses); a lone block is not. */
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	buf_adds(&b, "秋粮收购\n文水县两万亩酿酒高粱开镰收割\n□ 本报记者 冯俊\n");
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	block_page(&s, b.data);
	is_int(s.nh, 4, "blocks: two headlines and the first's second reading");
	if (s.nh == 4) {
		is_str(s.h[0].kicker, "秋粮收购", "blocks: read as a kicker ...");
		ok(s.h[2].alt_of == 0 && s.h[2].alt_upper &&
		    strcmp(s.h[2].title, "秋粮收购") == 0,
		    "blocks: ... and as a title of its own (%s)", s.h[2].title);
		ok(s.h[3].alt_of == 0 && !s.h[3].alt_upper &&
		    *s.h[3].kicker == '\0' &&
		    strcmp(s.h[3].byline, "本报记者 冯俊") == 0,
		    "blocks: the title under it keeps the byline, not the kicker");
	}
	seg_free(&s);
	buf_reset(&b);
	buf_adds(&b, "秋粮收购\n文水县两万亩酿酒高粱开镰收割\n□ 本报记者 冯俊\n");
	column(&b, para_b, 16);
	block_page(&s, b.data);
	ok(s.nh == 1 && strcmp(s.h[0].kicker, "秋粮收购") == 0,
	    "blocks: a lone block's kicker has no second reading");

	seg_free(&s);
	buf_reset(&b);

	/* Headlines gathered after the bodies, a title wrapped inside a
	 * word the page prints whole elsewhere (发展): the cut is no place
	 * to read the title as two headlines. */
	column(&b, para_a, 16);
	column(&b, "今年以来，全市经济运行稳中有进，发展质量持续提升，各项指标好于预期。", 16);
	column(&b, para_b, 16);
	buf_adds(&b, "读懂一张“成绩单”里的发\n展信心\n□ 本报评论员\n");
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	block_page(&s, b.data);
	{
		size_t k, split = 0;
		for (k = 0; k < s.nh; k++)
			split += s.h[k].alt_of >= 0;
		ok(first_readings(&s) == 2 && split == 0,
		    "blocks: a title cut inside a word has no second reading "
		    "(%zu headlines, %zu parts)", first_readings(&s), split);
	}
	seg_free(&s);
	buf_reset(&b);

	/* A banner in a block of its own over the first body, the series'
	 * headlines gathered after the bodies: its subtitle names a
	 * selection of pieces (…发言摘编), so it heads none of them. */
	buf_adds(&b, "凝心聚力促发展 履职尽责建新功\n——市政协委员大会发言选登\n");
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	buf_adds(&b, "做好秋粮收购工作\n冯俊峰\n文水高粱开镰收割\n郝晓东\n");
	block_page(&s, b.data);
	ok(s.nh >= 1 && s.h[0].banner, "blocks: a series banner standing alone");
	ok(seg_is_series_subtitle("——市政协四届五次委员大会发言摘编") &&
	    !seg_is_series_subtitle("——文水县农民解长锁的故事"),
	    "lexicon: a series banner's subtitle, not a feature's");
	seg_free(&s);
	buf_reset(&b);

	/* A speech's title over its occasion (——在…上的讲话), first in a
	 * block over another headline with its byline: one speech's
	 * headline, not a series' banner (a banner's subtitle names a
	 * selection of pieces; a genre subtitle names one piece). */
	buf_adds(&b, "让青春在乡村振兴中绽放光彩\n"
	    "——在全市青年人才工作座谈会上的讲话\n"
	    "做好秋粮收购工作\n冯俊峰\n");
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	block_page(&s, b.data);
	ok(s.nh >= 1 && !s.h[0].banner &&
	    strcmp(s.h[0].title, "让青春在乡村振兴中绽放光彩") == 0,
	    "blocks: a title over a speech's occasion is no banner (%s)",
	    s.nh >= 1 ? s.h[0].title : "");
	seg_free(&s);
	buf_reset(&b);

	/* A title wrapped after a stub of a phrase (… 护航 / 青少年…): one
	 * title, not a title and its subtitle. */
	column(&b, para_a, 25);
	buf_adds(&b, "加强中小学生心理健康教育 护航\n青少年阳光成长\n尉迟慧敏\n");
	column(&b, para_b, 25);
	block_page(&s, b.data);
	ok(s.nh >= 1 && strstr(s.h[0].title, "护航青少年") != NULL &&
	    *s.h[0].subtitle == '\0',
	    "blocks: a title wrapped after a phrase's stub (%s)",
	    s.nh ? s.h[0].title : "");
	/* (its reading as two costs more than the block's evidence for a
	 * title over a subtitle: the stub is wrap evidence) */
	ok(s.nh >= 3 && s.h[1].alt_cost >= seg_w[W_B_WRAP_STUB],
	    "blocks: reading it as two costs the stub's evidence (%.2f)",
	    s.nh >= 3 ? s.h[1].alt_cost : 0.0);
	seg_free(&s);
	buf_reset(&b);

	/* A commentary's title ending with ！ over its author's pen name of
	 * two characters (晓光, no surname the lexicon knows): the name is
	 * no stub the title's wrap left, since the title ended its sentence
	 * (ends_whole): the title stands alone. */
	buf_adds(&b, "【吕梁快评】\n体育课，不能再被“借”走了！\n晓光\n");
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	block_page(&s, b.data);
	{
		size_t k;
		int found = 0;
		for (k = 0; k < s.nh; k++)
			found |= s.h[k].alt_of < 0 &&
			    strcmp(s.h[k].title, "体育课，不能再被“借”走了！") == 0;
		ok(found, "blocks: a name under a title ending with ！ is no wrap's stub (%s)",
		    s.nh ? s.h[0].title : "");
	}
	seg_free(&s);
	buf_reset(&b);

	/* ... and it is the title's byline (W_B_PEN_NAME): a pen name has
	 * no surname, so no bare name's role, but the title ended whole. */
	buf_adds(&b, "【吕梁快评】\n体育课，不能再被“借”走了！\n晓光\n");
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	block_page(&s, b.data);
	{
		size_t k;
		int found = 0;
		for (k = 0; k < s.nh; k++)
			found |= s.h[k].alt_of < 0 &&
			    strcmp(s.h[k].byline, "晓光") == 0 &&
			    *s.h[k].subtitle == '\0';
		ok(found, "blocks: a pen name under a title ending whole is its byline (%s | %s)",
		    s.nh ? s.h[0].subtitle : "", s.nh ? s.h[0].byline : "");
	}
	seg_free(&s);
	buf_reset(&b);
	/* A title over the subtitle that names its interview (…负责人答
	 * 记者问), under another headline in the same block: one headline,
	 * not two titles in a row, the second heading the first questions
	 * as an article of its own. */
	column(&b, para_a, 26);
	buf_adds(&b, "一线见闻\n守护黄河岸边的“生命线”\n记柳林县黄河堤防巡查员刘建国\n"
	    "□通讯员 王磊 记者 李江\n稳就业·面对面\n冬季找工作，机会在哪里？\n"
	    "文水县人社局有关负责人答记者问\n□ 记者 曹瑞霞 通讯员 李建斌\n");
	column(&b, "问：进入冬季，不少建筑工地停工，外出务工人员陆续返乡。今年冬季文水县的就业形势怎么样？", 26);
	column(&b, "答：总体是稳的。我们摸排了一下，今年冬季返乡人员比去年略有增加，县内企业的用工需求也不少。", 26);
	block_page(&s, b.data);
	{
		size_t k;
		int found = 0;
		for (k = 0; k < s.nh; k++)
			found |= s.h[k].alt_of < 0 &&
			    strcmp(s.h[k].title, "冬季找工作，机会在哪里？") == 0 &&
			    strcmp(s.h[k].subtitle, "文水县人社局有关负责人答记者问") == 0;
		ok(found, "blocks: an interview's subtitle …答记者问 under its title (%s | %s)",
		    s.nh ? s.h[0].title : "", s.nh ? s.h[0].subtitle : "");
	}
	seg_free(&s);
	buf_reset(&b);
	/* A wrap's rest of the same shape under a line ending mid-word
	 * (…推 / 进会) is no pen name: no byline. */
	buf_adds(&b, "全市农村集体经济发展推\n进会\n");
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	block_page(&s, b.data);
	ok(s.nh >= 1 && *s.h[0].byline == '\0',
	    "blocks: a wrap's rest of two characters is no pen name (%s | %s)",
	    s.nh ? s.h[0].title : "", s.nh ? s.h[0].byline : "");
	seg_free(&s);
	buf_reset(&b);

	/* A pen name (晋言, no surname) closing a block over prose, under a
	 * title that does not end whole: where a signature stands, so the
	 * commentary's byline (signs_block, prose). */
	buf_adds(&b, "短评\n\n“慢”一点又何妨\n\n晋言\n\n"
	    "最近，文水县城的几条老街改造完成，不少市民发现，原本笔直宽阔的车道变窄了，路口多了减速带，人行道却宽了一倍，还添了树荫和长椅。有司机抱怨“开车慢了”，更多的市民说“走路舒服了”。\n\n"
	    "城市道路，究竟是给车修的，还是给人修的？这些年，一些地方热衷于拓宽马路、拉直道路，车是跑快了，可老人过马路提心吊胆，孩子上学要穿过车流，街边的小店也冷清了下来。\n\n"
	    "文水的做法，是让老街“慢”下来。慢下来的是车速，留下来的是烟火气。街坊邻居能在树下聊聊天，孩子能在路边放心玩耍，老字号的生意也重新红火了。\n\n"
	    "城市不是越快越好。一座宜居的城市，既要有通畅的主干道，也要有适合散步的小街巷。多给行人留一点空间，多给生活留一点温度，这种“慢”，值得。\n");
	block_page(&s, b.data);
	{
		size_t k;
		int found = 0;
		for (k = 0; k < s.nh; k++)
			found |= s.h[k].alt_of < 0 &&
			    strcmp(s.h[k].title, "“慢”一点又何妨") == 0 &&
			    strcmp(s.h[k].byline, "晋言") == 0;
		ok(found, "blocks: a pen name closing a block over prose is its byline (%s | %s)",
		    s.nh ? s.h[0].title : "", s.nh ? s.h[0].byline : "");
	}
	seg_free(&s);
	buf_reset(&b);

	/* The same commentary set with no blank lines, under the end of
	 * another text: the pen name closing the block, under a title too
	 * short to have wrapped (fits_unwrapped) that an opinion label
	 * heads (短评), is the signature, not the title's rest
	 * (W_B_PEN_REST; at 0 the title read 何妨晋言 and had no byline). */
	{
		double keep = seg_w[W_B_PEN_REST];
		int i, good[2];

		for (i = 0; i < 2; i++) {
			size_t k;
			seg_w[W_B_PEN_REST] = i == 0 ? keep : 0;
			buf_adds(&b, "  青年朋友们，奋斗是青春最亮丽\n"
			    "的底色。让我们以青春之我，建设青\n"
			    "春之吕梁！\n"
			    "  谢谢大家！\n"
			    "短评\n“慢”一点又何妨\n晋言\n"
			    "  最近，交城县城的几条老街改造完成，不少市民发现，原本笔直宽\n"
			    "阔的车道变窄了，路口多了减速带，人行道却宽了一倍，还添了树荫和\n"
			    "长椅。有司机抱怨“开车慢了”，更多的市民则说“走路舒服了”。\n"
			    "  城市道路，究竟是给车修的，还是给人修的？这些年，一些地方热\n"
			    "衷于拓宽马路、拉直道路，车是跑快了，可老人过马路提心吊胆，孩子\n"
			    "上学要穿过车流，街边的小店也冷清了下来。\n");
			block_page(&s, b.data);
			good[i] = 0;
			for (k = 0; k < s.nh; k++)
				good[i] |= s.h[k].alt_of < 0 &&
				    strcmp(s.h[k].title, "“慢”一点又何妨") == 0 &&
				    strcmp(s.h[k].byline, "晋言") == 0;
			seg_free(&s);
			buf_reset(&b);
		}
		seg_w[W_B_PEN_REST] = keep;
		ok(good[0] && !good[1], "blocks: a pen name under a short "
		    "commentary's title is its byline, not the title's rest "
		    "(%d, at W_B_PEN_REST 0: %d)", good[0], good[1]);
	}

	/* A long kicker the column wrapped over two lines (零下10℃开赛
	 * 3000名选手滑 / 行在文峪河冰面) over its title and a —— subtitle,
	 * before the text: the kicker goes on over its second line
	 * (kicker_wraps), where at W_B_KICKER_WRAP -1e9 (no kicker but a
	 * series' label wraps) its lines were read as the title and the
	 * title joined to the subtitle. */
	{
		double keep = seg_w[W_B_KICKER_WRAP];
		int i, good[2];

		for (i = 0; i < 2; i++) {
			size_t k;
			seg_w[W_B_KICKER_WRAP] = i == 0 ? keep : -1e9;
			buf_adds(&b, "零下10℃开赛 3000名选手滑\n"
			    "行在文峪河冰面\n"
			    "2027吕梁冰雪嘉年华开幕\n"
			    "——首届冰上龙舟赛吸引12支队伍参赛\n");
			column(&b, "  本报讯（记者 张文）1月8日上午，2027吕梁冰雪嘉年华在文峪河冰面开幕。"
			    "来自全省各地的3000名选手在零下10℃的气温中参加冰上龙舟、雪地拔河等比赛，"
			    "在冰面上滑行的选手引来不少市民围观。\n", 16);
			column(&b, "  本届嘉年华设冰上运动、雪地游乐和年货展销三个板块，将持续到2月底。\n", 16);
			block_page(&s, b.data);
			good[i] = 0;
			for (k = 0; k < s.nh; k++)
				good[i] |= s.h[k].alt_of < 0 &&
				    strcmp(s.h[k].kicker, "零下10℃开赛3000名选手滑行在文峪河冰面") == 0 &&
				    strcmp(s.h[k].title, "2027吕梁冰雪嘉年华开幕") == 0;
			seg_free(&s);
			buf_reset(&b);
		}
		seg_w[W_B_KICKER_WRAP] = keep;
		ok(good[0] && !good[1], "blocks: a long kicker wraps over two "
		    "lines over its title (%d, at W_B_KICKER_WRAP -1e9: %d)",
		    good[0], good[1]);
	}

	/* A title wrapped at its comma (庙会搬进新社区， / 一连唱了八天戏)
	 * over a plain subtitle and a byline, before the text: a kicker
	 * holds no clause's marks (clause_marks in kicker_wraps), so the
	 * two lines are the title, not a kicker over the subtitle. */
	buf_adds(&b, "庙会搬进新社区，\n一连唱了八天戏\n"
	    "演出将一直持续到正月十五\n本报记者 任晓东\n");
	column(&b, "  本报讯 腊月初八起，城北新社区的文化广场上搭起了戏台，"
	    "庙会从老村搬进了新社区，晋剧、道情轮番上演，一连唱了八天，"
	    "每天都有上千名居民前来看戏。\n", 16);
	column(&b, para_b, 16);
	block_page(&s, b.data);
	{
		size_t k;
		int found = 0;
		for (k = 0; k < s.nh; k++)
			found |= s.h[k].alt_of < 0 && *s.h[k].kicker == '\0' &&
			    strcmp(s.h[k].title, "庙会搬进新社区，一连唱了八天戏") == 0;
		ok(found, "blocks: a title wrapped at its comma is no kicker "
		    "(%s | %s)", s.nh ? s.h[0].kicker : "",
		    s.nh ? s.h[0].title : "");
	}
	seg_free(&s);
	buf_reset(&b);

	/* A bare name (王磊) closing a block over its text, under a title
	 * that does not end whole: the commentary's byline, not the stub
	 * of the title's wrap, since the text does not print it
	 * (closing_name). */
	buf_adds(&b, "寒风里的候车亭，还差一块挡风板\n王磊\n");
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	block_page(&s, b.data);
	ok(s.nh >= 1 && strcmp(s.h[0].title, "寒风里的候车亭，还差一块挡风板") == 0 &&
	    strcmp(s.h[0].byline, "王磊") == 0,
	    "blocks: a bare name closing a block over its text is its byline (%s | %s)",
	    s.nh ? s.h[0].title : "", s.nh ? s.h[0].byline : "");
	seg_free(&s);
	buf_reset(&b);
	/* A bare name under a title's short last line, in headlines
	 * gathered at the page end (not last in its block): the two lines
	 * are too short for a width wrap to have cut (fits_unwrapped), so
	 * the name is no stub of the title but its byline. */
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	buf_adds(&b, "凤山街谈\n深夜的公交站台，\n还缺一盏路灯\n王磊\n"
	    "我市开展冬季供暖安全大检查\n");
	block_page(&s, b.data);
	{
		size_t k;
		int found = 0;
		for (k = 0; k < s.nh; k++)
			found |= strcmp(s.h[k].title, "深夜的公交站台，还缺一盏路灯") == 0 &&
			    strcmp(s.h[k].byline, "王磊") == 0;
		ok(found, "blocks: a name under a short title line, gathered, is no wrap's stub (%s | %s)",
		    s.nh ? s.h[0].title : "", s.nh ? s.h[0].byline : "");
	}
	seg_free(&s);
	buf_reset(&b);
	/* ... but a rest shaped as a name that finishes the number the
	 * line above leaves open (…的一 / 封信) is the title's. */
	buf_adds(&b, "致全市广大家长朋友的一\n封信\n");
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	block_page(&s, b.data);
	ok(s.nh >= 1 && strcmp(s.h[0].title, "致全市广大家长朋友的一封信") == 0,
	    "blocks: a name-shaped rest after a numeral is the title's (%s | %s)",
	    s.nh ? s.h[0].title : "", s.nh ? s.h[0].byline : "");
	seg_free(&s);
	buf_reset(&b);

	/* Headlines gathered at the page end, one wrapped with a short rest
	 * on a line of its own (… 住上了 / “暖心房”): one title with its
	 * byline (W_B_WRAP_REST), not a title and a second headline. */
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	buf_adds(&b, "孝义开通首条定制通勤公交\n柳林：老区群众住上了\n“暖心房”\n"
	    "通讯员 高文亮\n陈丽君：乡村振兴关键在人\n实习记者 赵宇\n");
	block_page(&s, b.data);
	{
		size_t k;
		int found = 0;
		for (k = 0; k < s.nh; k++)
			found |= strcmp(s.h[k].title, "柳林：老区群众住上了“暖心房”") == 0 &&
			    strcmp(s.h[k].byline, "通讯员 高文亮") == 0;
		ok(found, "blocks: a title's short rest wrapped onto a line of its own (%zu headlines)",
		    s.nh);
	}
	seg_free(&s);
	buf_reset(&b);

	/* Headlines gathered at the page end, a title wrapped inside a word
	 * (…高粱开 / 镰收割) whose rest's words stand in its text's second
	 * paragraph, the title's in its lead: one text's words (rest_next),
	 * so the rest is the title's, not a kicker over the next headline. */
	column(&b, para_a, 16);
	column(&b, "文水县二点三万亩酿酒高粱迎来丰收种植户们抢抓晴好天气组织采收。", 16);
	column(&b, "几台联合收割机在田间来回穿梭一株株火红的穗子脱粒后装车运往收购点。", 16);
	column(&b, "市人民医院日前成功完成首例达芬奇机器人辅助手术标志着我市微创外科进入新阶段。", 16);
	buf_adds(&b, "秋粮收购工作推进会召开\n本报记者 蔺晓芳\n"
	    "文水县2.3万亩酿酒高粱开\n镰收割\n"
	    "市人民医院完成首例达芬奇机器人辅助手术\n本报记者 郝丽\n");
	block_page(&s, b.data);
	{
		size_t k;
		int found = 0;
		for (k = 0; k < s.nh; k++)
			found |= s.h[k].alt_of < 0 &&
			    strcmp(s.h[k].title, "文水县2.3万亩酿酒高粱开镰收割") == 0;
		ok(found, "blocks: a title's rest matching its text's next paragraph is the title's (%zu headlines: %s | %s)",
		    s.nh, s.nh > 2 ? s.h[1].title : "", s.nh > 2 ? s.h[2].kicker : "");
	}
	seg_free(&s);
	buf_reset(&b);

	/* A title's rest of two characters letter-spaced to fill its line
	 * (开镰 / 收 割) is a stub all the same (ink_chars): the title's,
	 * not a kicker over the next headline. */
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	column(&b, "孩子反复发烧要不要马上去医院儿科医生表示孩子发烧是身体在"
	    "对抗感染家长不必过度紧张但若反复发烧持续不退应及时去医院就诊。", 16);
	buf_adds(&b, "秋粮收购工作推进会召开\n本报记者 蔺晓芳\n"
	    "市广播电视台乡村振兴新栏目今日\n开 播\n"
	    "孩子反复发烧，\n要不要马上去医院？\n记者 侯志斌\n");
	block_page(&s, b.data);
	{
		size_t k;
		int found = 0, kicker = 0;
		for (k = 0; k < s.nh; k++) {
			found |= s.h[k].alt_of < 0 &&
			    strcmp(s.h[k].title, "市广播电视台乡村振兴新栏目今日开 播") == 0;
			kicker |= s.h[k].alt_of < 0 &&
			    strcmp(s.h[k].kicker, "开 播") == 0;
		}
		ok(found && !kicker, "blocks: a letter-spaced stub is a title's rest (%zu headlines)",
		    s.nh);
	}
	seg_free(&s);
	buf_reset(&b);

	/* A title line ending on a word that binds to what follows (…各地让
	 * / 种植大户…) goes on over the break (W_B_WRAP_BINDS): one title,
	 * though the two lines' words match different bodies. */
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	buf_adds(&b, "秋粮收购工作推进会召开\n本报记者 蔺晓芳\n"
	    "秋粮收购推进会要求各地让\n种植大户的订单高粱收入更多\n");
	block_page(&s, b.data);
	{
		size_t k;
		int found = 0;
		for (k = 0; k < s.nh; k++)
			found |= s.h[k].alt_of < 0 && strcmp(s.h[k].title,
			    "秋粮收购推进会要求各地让种植大户的订单高粱收入更多") == 0;
		ok(found, "blocks: a title line ending on 让 goes on (%zu headlines)",
		    s.nh);
	}
	seg_free(&s);
	buf_reset(&b);

	/* A title wrapped onto a short rest that reads as a name (终寻回:
	 * 终 is a surname), right over the report's byline: a headline has
	 * one byline, so the rest is the title's (W_B_WRAP_NAME), not a
	 * second byline over the first. */
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	buf_adds(&b, "八旬老人山中走失 民警彻夜搜寻\n终寻回\n本报记者 郝文杰\n");
	column(&b, para_a, 16);
	block_page(&s, b.data);
	{
		size_t k;
		int found = 0;
		for (k = 0; k < s.nh; k++)
			found |= s.h[k].alt_of < 0 && strcmp(s.h[k].title,
			    "八旬老人山中走失 民警彻夜搜寻终寻回") == 0;
		ok(found, "blocks: a name-like rest over a byline is the title's "
		    "(%zu headlines)", s.nh);
	}
	seg_free(&s);
	buf_reset(&b);
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	buf_adds(&b, "完善县乡村三级寄递物流体系\n畅通农产品进城和消费品下乡双\n"
	    "向通道\n阮志红\n");
	column(&b, para_a, 16);
	block_page(&s, b.data);
	{
		size_t k;
		int found = 0;
		for (k = 0; k < s.nh; k++)
			found |= s.h[k].alt_of < 0 && strstr(s.h[k].title,
			    "下乡双向通道") != NULL && strcmp(s.h[k].byline, "阮志红") == 0;
		ok(found, "blocks: ... and a name-like rest over a bare name "
		    "(%zu headlines)", s.nh);
	}
	seg_free(&s);
	buf_reset(&b);

	/* A title wrapped inside a word whose second character is a genre
	 * word (登 / 记: 记… names a profile's subtitle), the word printed
	 * whole in the text (W_B_GENRE_CUT): one title, no subtitle. */
	column(&b, "本报讯今年起我市对电动自行车登记上牌工作作出规范新车须在购车后十五日内办理登记。", 16);
	column(&b, para_b, 16);
	buf_adds(&b, "【政策解读】电动自行车登\n记上牌有哪些新规定\n");
	column(&b, para_a, 16);
	block_page(&s, b.data);
	{
		size_t k;
		int found = 0;
		for (k = 0; k < s.nh; k++)
			found |= s.h[k].alt_of < 0 && strcmp(s.h[k].title,
			    "【政策解读】电动自行车登记上牌有哪些新规定") == 0 &&
			    *s.h[k].subtitle == '\0';
		ok(found, "blocks: a genre word a wrap cut from a word opens no "
		    "subtitle (%zu headlines)", s.nh);
	}
	seg_free(&s);
	buf_reset(&b);

	/* A title's rest of three characters (…比招得来 / 更要紧) over the
	 * byline: the block offers the reading as two headlines, which
	 * would make the rest a title of its own; that reading costs the
	 * short rest's weight over the block's own margin (W_B_SPLIT_REST). */
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	buf_adds(&b, "聂文卿：村医留得住，比招得来\n更要紧\n本报记者 蔺晓芳\n");
	column(&b, para_a, 16);
	block_page(&s, b.data);
	{
		size_t k;
		double cost = -1;
		for (k = 0; k < s.nh; k++)
			if (s.h[k].alt_of >= 0 && strcmp(s.h[k].title, "更要紧") == 0)
				cost = s.h[k].alt_cost;
		ok(cost >= seg_w[W_B_SPLIT_REST] && seg_w[W_B_SPLIT_REST] > 0,
		    "blocks: reading a title's short rest as a headline costs "
		    "its weight (%.2f)", cost);
	}
	seg_free(&s);
	buf_reset(&b);

	/* A title wrapped before its 在… (…推进会 / 在文水县召开) over a
	 * roll call (王建华出席并讲话 李明主持): the roll call names its
	 * genre alone, so the 在… line is no speech's occasion joined with
	 * it (mark_lines), but the title's rest. */
	column(&b, para_a, 16);
	buf_adds(&b, "全市秋粮收购工作现场推进会\n在文水县召开\n"
	    "王建华出席并讲话 李明主持\n");
	column(&b, para_b, 16);
	block_page(&s, b.data);
	{
		size_t k;
		int found = 0;
		for (k = 0; k < s.nh; k++)
			found |= s.h[k].alt_of < 0 && strcmp(s.h[k].title,
			    "全市秋粮收购工作现场推进会在文水县召开") == 0 &&
			    seg_starts(s.h[k].subtitle, "王建华");
		ok(found, "blocks: a 在… line over a roll call is the title's "
		    "rest (%s | %s)", s.nh ? s.h[0].title : "",
		    s.nh ? s.h[0].subtitle : "");
	}
	seg_free(&s);
	buf_reset(&b);

	/* Headlines gathered at the page end: a bylineless title, then a
	 * short line over a title with its —— subtitle and byline. The
	 * short line is that report's kicker (W_B_KICKER_ANCHORED), not the
	 * rest of the title above, though it quotes a word (W_B_KICKER_QUOTE
	 * weighs against it). */
	gathered_kicker(&b, "早上七点刘建国骑着摩托车准时出现在黄河堤防上他沿着堤顶缓缓"
	    "前行守护黄河岸边的生命线当了十八年的黄河堤防巡查员。",
	    "秋粮收购工作推进会召开\n话“三农”\n"
	    "守护黄河岸边的“生命线”\n——记黄河堤防巡查员刘建国\n"
	    "□通讯员 王磊 记者 李江\n文水县两万亩酿酒高粱开镰收割\n",
	    "话“三农”", "守护黄河岸边的“生命线”", NULL,
	    "blocks: a short line over a report's title is its kicker");

	/* Headlines gathered at the page end, the last a notice's title of
	 * two characters (声明) under a bylineless title: the notice's own
	 * heading, not the stub of that title's wrap (own_heading). */
	gathered_kicker(&b, "本人王建军不慎遗失身份证一张号码为一四一一零二特此声明"
	    "此证作废本人对遗失期间该证件引起的一切后果自行负责。",
	    "秋粮收购工作推进会召开\n"
	    "文水县两万亩酿酒高粱开镰收割\n声明\n",
	    "", "文水县两万亩酿酒高粱开镰收割", "收割声明",
	    "blocks: a notice's short title under a gathered title heads the notice");

	/* 编后, the editor's afterword, over its title among headlines
	 * gathered at the page end: a genre label, the afterword's kicker,
	 * not the stub of the title above. */
	gathered_kicker(&b, "群众少跑一趟的背后是干部多跑一步的担当把服务送到家门口"
	    "才能让便民真正落到实处这样的多跑一步越多越好。",
	    "秋粮收购工作推进会召开\n"
	    "文水县两万亩酿酒高粱开镰收割\n编后\n"
	    "“多跑一步”换来群众“少跑一趟”\n",
	    "编后", "“多跑一步”换来群众“少跑一趟”", "收割编后",
	    "blocks: 编后 over a gathered title is its kicker, a genre label");
	gathered_kicker(&b, "因工作需要吕梁市第二人民医院面向社会公开招聘编外专业技术"
	    "人员十二名报名时间为十二月一日至十二月七日详见医院官网。",
	    "秋粮收购工作推进会召开\n"
	    "文水县两万亩酿酒高粱开镰收割\n招聘\n"
	    "吕梁市第二人民医院公开招聘编外专业技术人员公告\n",
	    "招聘", "吕梁市第二人民医院公开招聘编外专业技术人员公告",
	    "收割招聘",
	    "blocks: 招聘 over a gathered notice's title is its column's kicker");

	/* Headlines gathered at the page end: a title whose words the text
	 * before holds, then a column's name that names no text's words
	 * over a longer title (W_B_WRAP_WORDLESS): the column name is that
	 * title's kicker, not the rest of the title above, short as it is
	 * under a long line (W_B_WRAP_REST). */
	gathered_kicker(&b, "早上七点刘建国骑着摩托车准时出现在柳林县孟门镇的堤坝上他沿着"
	    "堤顶缓缓前行不时停下来查看堤坡有没有裂缝和渗水。",
	    "文水县两万亩酿酒高粱开镰收割\n一线见闻\n"
	    "守护黄河岸边的“生命线”\n——记黄河堤防巡查员刘建国\n"
	    "□通讯员 王磊 记者 李江\n秋粮收购工作推进会召开\n",
	    "一线见闻", "守护黄河岸边的“生命线”", "收割一线见闻",
	    "blocks: a wordless column name over a title is its kicker");

	/* ... and one whose words another text holds, the text under the
	 * next title, but not the text the title above names
	 * (W_B_WRAP_UNBOUND): the column name is the next title's kicker,
	 * not the rest of the title above. */
	gathered_kicker(&b, "在吕梁的老街小巷里寻味一碗碗托成了外地游客的必选项柴家碗托的"
	    "老蒸锅已经守了三代人每天清晨五点就开始蒸制一天要卖出三百多碗。",
	    "文水县两万亩酿酒高粱开镰收割\n寻味吕梁\n"
	    "柴家碗托：三代人守着一口老蒸锅\n"
	    "□通讯员 王磊 记者 李江\n秋粮收购工作推进会召开\n",
	    "寻味吕梁", "柴家碗托：三代人守着一口老蒸锅", "收割寻味吕梁",
	    "blocks: a column name bound to another text over a title is its kicker");

	/* Headlines gathered at the page end: a brief's title, then a
	 * short line over a title cut at its comma (井下五百米， / 矿工…)
	 * with its —— subtitle. The short line is weighed against the
	 * whole title, not its first part (bline.run_nch): that title's
	 * kicker, not the rest of the title above. */
	column(&b, "今年岚县推广脱毒种薯膜下滴灌等技术马铃薯喜获丰收平均亩产达到两吨县里"
	    "还引进两家淀粉加工企业就地转化马铃薯带动农户增收。", 16);
	column(&b, "初冬的清晨柳林县三交镇的一座现代化矿井完成智能化改造井下五百米的"
	    "巷道里矿工们穿上了白大褂在能源革命中当上了操作员。", 16);
	buf_adds(&b, "岚县马铃薯喜获丰收\n能源革命在吕梁\n井下五百米，\n"
	    "矿工穿上了“白大褂”\n——柳林县一座煤矿智能化改造见闻\n"
	    "□本报记者 薛志刚 通讯员 王丽娟\n");
	block_page(&s, b.data);
	{
	size_t k;
	int found = 0;

	for (k = 0; k < s.nh; k++)
		found |= s.h[k].alt_of < 0 &&
		    strcmp(s.h[k].kicker, "能源革命在吕梁") == 0 &&
		    strcmp(s.h[k].title, "井下五百米，矿工穿上了“白大褂”") == 0;
	ok(found, "blocks: a kicker is weighed against its whole title, cut at a comma (%zu headlines)", s.nh);
	}
	seg_free(&s);
	buf_reset(&b);

	/* Briefs gathered at the page end, no byline under either title:
	 * the upper title, whose words its text holds, is no kicker over
	 * the lower (W_B_KICKER_BARE): two titles. */
	gathered_kicker(&b, "进入采暖季汾阳市启动为期两个月的城镇燃气入户安全检查工作人员"
	    "逐户查看燃气管道和灶具连接软管排查燃气安全隐患。",
	    "汾阳入户查燃气安全\n文水县两万亩酿酒高粱开镰收割\n",
	    "", "文水县两万亩酿酒高粱开镰收割", "燃气安全文水",
	    "blocks: a gathered brief's title is no kicker over a bylineless title");

	/* A notice's title gathered at the page end (公 告, letter-spaced)
	 * is a title of its own, never a kicker over the title under it. */
	gathered_kicker(&b, "本院受理原告李某某诉你民间借贷纠纷一案因你下落不明现依法向你"
	    "公告送达起诉状副本及开庭传票自本公告发出之日起经过三十日即视为送达。",
	    "公 告\n秋粮收购工作推进会召开\n文水县两万亩酿酒高粱开镰收割\n",
	    "", "秋粮收购工作推进会召开", NULL,
	    "blocks: a notice's title is no kicker");

	/* Bare names under titles gathered in a row are their bylines, never
	 * the next title's kicker (W_B_KICKER_NAME). */
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	buf_adds(&b, "秋粮收购工作全面展开秋粮收购工作全面展开\n冯俊峰\n"
	    "文水县两万亩酿酒高粱开镰收割\n郝晓东\n");
	block_page(&s, b.data);
	is_int(s.nh, 2, "blocks: two titles, each with a bare-name byline");
	if (s.nh == 2) {
		is_str(s.h[0].byline, "冯俊峰", "blocks: the first one's byline");
		is_str(s.h[1].kicker, "", "blocks: no name as a kicker");
		is_str(s.h[1].byline, "郝晓东", "blocks: the second one's byline");
	}
	seg_free(&s);
	buf_reset(&b);

	/* A column and its series joined by a middle dot over a title
	 * (丰收访谈·种粮人说 / 在山区种出“高产田”): the kicker, not a title
	 * over its subtitle nor one title wrapped (W_B_KICKER_DOT). */
	block_roles(&b, "丰收访谈·种粮人说丰收访谈·种粮人说\n在山区种出“高产田”\n□ 记者 韩亮\n",
	    "今年，方山县峪口镇种粮大户李春生种植的两百亩玉米平均亩产突破一千二百斤，创下当地山区旱地的高产纪录。",
	    "丰收访谈·种粮人说", "在山区种出“高产田”",
	    "blocks: a column·series line over a title is its kicker");

	/* A subtitle (副题) is set in lighter type than its title: a line
	 * printed bold (doubled) under a plain one is no subtitle of it
	 * but a title of its own (a speech's, under the bare name of the
	 * gathered headline above it), W_B_SUB_BOLDER. */
	two_gathered(&b, &s, "钮建新\n"
	    "在全市秋粮收购工作推进会上的讲话在全市秋粮收购工作推进会上的讲话\n");
	{
		size_t k;
		int sub = 0, title = 0;
		for (k = 0; k < s.nh; k++) {
			sub |= strstr(s.h[k].subtitle, "推进会上的讲话") != NULL;
			title |= s.h[k].alt_of < 0 && strcmp(s.h[k].title,
			    "在全市秋粮收购工作推进会上的讲话") == 0;
		}
		ok(!sub && title, "blocks: a bold line under a plain one is "
		    "no subtitle of it (%zu headlines)", s.nh);
	}
	seg_free(&s);
	buf_reset(&b);

	/* A title's lines are set in one type: a name printed bold
	 * (doubled) under a plain title is its signature, not the rest of
	 * the title wrapped (…看老手艺的新活力 / 柳溪), W_B_WRAP_TYPE. */
	block_roles(&b, "从《闹红火》看老手艺的新活力\n柳溪柳溪\n",
	    "春节前后，走进汾阳的村子，锣鼓声、唢呐声此起彼伏，老手艺人带着年轻人排练闹红火，热闹非凡。",
	    "", "从《闹红火》看老手艺的新活力",
	    "blocks: a bold name under a plain title is no rest of it");

	/* A line naming a series of reports (…系列报道之二, …系列访谈) is a
	 * column's label over the piece's title: its kicker, not the
	 * title's first line wrapped (series_name, W_B_KICKER_DOT). */
	block_roles(&b, "寻访吕梁老字号系列报道之二\n德顺园里的三代酱菜人\n□ 本报记者 常慧敏\n",
	    "走进文水县城老街，还没看见招牌，先闻到一股酱香，德顺园酱菜铺已经在这里开了七十多年。",
	    "寻访吕梁老字号系列报道之二", "德顺园里的三代酱菜人",
	    "blocks: a series of reports named over a title is its kicker");
	block_roles(&b, "优化营商环境系列访谈\n“办税不再跑断腿”\n□本报记者 尹鹏飞\n",
	    "汾阳市新办税服务厅启用三个多月，窗口从十几个减到六个，排队的人却少了一大半，办税时间明显缩短。",
	    "优化营商环境系列访谈", "“办税不再跑断腿”",
	    "blocks: a series of interviews named over a title is its kicker");

	/* A title is short: a plain line under one, the two together
	 * longer than any title (TITLE_MAX_CHARS), is no rest of it wrapped
	 * but its subtitle or another title (W_B_WRAP_LONG; settling the
	 * block's headlines makes it the subtitle, the page's test). */
	buf_adds(&b, "孝义市人民医院胸痛中心通过国家认证\n"
	    "我市急性胸痛救治能力再提升\n");
	column(&b, "本报讯（记者 李江）近日，中国胸痛中心认证工作委员会公布新一批认证名单，孝义市人民医院胸痛中心顺利通过认证。", 16);
	block_page(&s, b.data);
	{
		size_t k;
		int glued = 0;
		for (k = 0; k < s.nh; k++)
			glued |= s.h[k].alt_of < 0 &&
			    strstr(s.h[k].title, "认证我市") != NULL;
		ok(s.nh >= 1 && !glued, "blocks: a line making a title "
		    "too long is no rest of it (%s)", s.nh ? s.h[0].title : "");
	}
	seg_free(&s);
	buf_reset(&b);

	/* ... but a title whose first line fills the column it stands in
	 * was wrapped by the column: a meeting report's title may be long
	 * (fills_column). */
	column(&b, para_a, 18);
	column(&b, para_b, 18);
	buf_adds(&b, "田安平出席全市学习贯彻习近平总书记\n"
	    "“七一”重要讲话精神专题宣讲工作动员会\n"
	    "□ 本报记者 冯俊\n");
	block_page(&s, b.data);
	{
		size_t k;
		int whole = 0;
		for (k = 0; k < s.nh; k++)
			whole |= s.h[k].alt_of < 0 && strcmp(s.h[k].title,
			    "田安平出席全市学习贯彻习近平总书记“七一”重要讲话精神专题宣讲工作动员会") == 0;
		ok(whole, "blocks: a long title wrapped by its column is one (%zu headlines)", s.nh);
	}
	seg_free(&s);
	buf_reset(&b);

	/* A series' label wrapped over two lines is the kicker, whole: its
	 * rest (旅游目的地) is no title of its own. */
	block_roles(&b, "二论加快建设黄河文化\n旅游目的地\n让黄河岸边的古镇老村焕发新光彩\n□本报评论员\n",
	    para_b, "二论加快建设黄河文化旅游目的地", "让黄河岸边的古镇老村焕发新光彩",
	    "blocks: a series' label wrapped is one kicker");
	/* ... and gathered at the page end, the second reading of its
	 * headline as two is cut at the kicker's end: the label whole over
	 * the title (add_split counts the kicker's two lines). */
	two_gathered(&b, &s, "二论加快建设黄河文化\n旅游目的地\n"
	    "让黄河岸边的古镇老村焕发新光彩\n");
	{
		size_t k, upper = 0;
		for (k = 0; k < s.nh; k++)
			upper += s.h[k].alt_of >= 0 && s.h[k].alt_upper &&
			    strcmp(s.h[k].title, "二论加快建设黄河文化旅游目的地") == 0 &&
			    k + 1 < s.nh && strcmp(s.h[k + 1].title,
			    "让黄河岸边的古镇老村焕发新光彩") == 0;
		is_int(upper, 1, "blocks: a wrapped series' label splits off whole");
	}
	seg_free(&s);
	buf_reset(&b);
	/* A line clearly narrower than the next, cut at no comma, is no
	 * title wrapped by width (the wrap fills its measure): a kicker,
	 * though the words read on across the break (全年 / 全市). */
	block_roles(&b, "秋粮收购攻坚 冲刺全年\n全市秋粮收购推进会在文水召开\n□ 本报记者 冯俊\n",
	    "今年全市秋粮收购工作推进会在文水县召开，会议要求各地做好仓容腾并和资金筹措，确保全年收储任务完成。",
	    "秋粮收购攻坚 冲刺全年", "全市秋粮收购推进会在文水召开",
	    "blocks: a narrower line over a title is its kicker");
	/* Two lines of one width well short of their column (乡村振兴看新
	 * 业态 / 果园里架起直播间, 16 cells in 64): a kicker over its title,
	 * set centred; a width wrap sets two lines one width only where they
	 * fill a narrow column (W_B_WRAP_EVEN, EVEN_FULL_CELLS). */
	buf_adds(&b, "乡村振兴看新业态\n\n果园里架起直播间\n\n"
	    "——甘肃礼县苹果借助电商平台走出大山，\n\n带动上万户果农稳定增收\n\n"
	    "“家人们看一看，这是刚从树上摘下来的礼县苹果，糖度能达到15度以\n"
	    "上！”10月中旬，甘肃省陇南市礼县盐官镇的一片果园里，“95后”主播苟\n"
	    "晓雯举着手机，一边切开果子展示果肉，一边回答网友提问。不到两个小时，\n"
	    "订单量就突破了3000单。\n\n"
	    "礼县地处秦岭西部山区，海拔高、光照足、昼夜温差大，所产苹果果形周\n"
	    "正、口感脆甜。然而，过去受交通条件和销售渠道限制，果农多依赖外地客商\n"
	    "上门收购，“好果子卖不上好价钱”是常有的事。\n\n"
	    "近年来，当地把农村电商作为产业振兴的重要抓手，建成县级电商公共服\n"
	    "务中心和物流分拨中心，在乡镇和村布设电商服务站点280余个，培育本土\n"
	    "带货主播和网店经营者1600多人。\n");
	block_page(&s, b.data);
	ok(s.nh >= 1 && strcmp(s.h[0].kicker, "乡村振兴看新业态") == 0 &&
	    strcmp(s.h[0].title, "果园里架起直播间") == 0,
	    "blocks: two short lines of one width are a kicker and its title (%s | %s)",
	    s.nh ? s.h[0].kicker : "", s.nh ? s.h[0].title : "");
	seg_free(&s);
	buf_reset(&b);

	/* A bold (doubled) kicker over a plain title wrapped in a narrow
	 * column: the two are set in different type, no wrap of one title,
	 * though the kicker is as wide as the column. */
	block_roles(&b, "锚定目标任务冲刺全年锚定目标任务冲刺全年\n全市秋粮收购工作推\n进会在文水县召开\n□ 本报记者 冯俊\n",
	    "全市秋粮收购工作推进会在文水县召开，会议要求确保全年全市收储任务完成，各地做好仓容腾并和资金筹措。",
	    "锚定目标任务冲刺全年", "全市秋粮收购工作推进会在文水县召开",
	    "blocks: a bold kicker over a plain title is no wrap");

	/* A line a character narrower than the next is no width wrap
	 * either (the next line's first character would have fitted on
	 * it), though the two are even within a mark's width. */
	block_roles(&b, "红枣产业看临县\n枣树下算出增收账\n——黄河岸边枣乡见闻\n□ 本报记者 冯俊\n",
	    "临县红枣种植面积八十万亩，今年枣农采用新技术防裂果，亩均增收三百多元，全县红枣加工企业订单饱满。",
	    "红枣产业看临县", "枣树下算出增收账",
	    "blocks: a kicker a character narrower is no wrap");

	/* A kicker as long as its title (聚焦“三农”看变化 / 一颗红枣的
	 * “甜蜜”之旅), the title's —— subtitle under it, the block over
	 * its text: the anchor under the title weighs for the kicker
	 * whatever its length (W_B_KICKER_ANCHORED), not a title over a
	 * headline of its own. */
	block_roles(&b, "聚焦“三农”看变化\n一颗红枣的“甜蜜”之旅\n"
	    "——临县红枣产业转型升级见闻\n",
	    para_b, "聚焦“三农”看变化", "一颗红枣的“甜蜜”之旅",
	    "blocks: a kicker as long as its title, the title anchored, is its kicker");

	/* ... but a title's first line a mark short of the next, cut where
	 * the next character did not fit, is one. */
	block_roles(&b, "筑牢秋粮收购“压舱石”\n确保颗粒归仓应收尽收\n□ 本报记者 冯俊\n",
	    "全市秋粮收购工作推进会要求，各地要筑牢收购压舱石，确保颗粒归仓、应收尽收，守好群众粮袋子。",
	    "", "筑牢秋粮收购“压舱石”确保颗粒归仓应收尽收",
	    "blocks: a title wrapped a mark short of its measure");

	/* A speech's subtitle wrapped over two lines names its occasion
	 * only joined (在…会议 / 上的讲话（摘要）): one subtitle. */
	/* Two bare names under a title are its byline, as one bare name
	 * is (l->name), not a subtitle. */
	buf_adds(&b, "学门手艺，怎样才能找到好工作？\n康建伟 刘嘉\n");
	column(&b, para_a, 16);
	block_page(&s, b.data);
	ok(s.nh >= 1 && strcmp(s.h[0].byline, "康建伟 刘嘉") == 0 &&
	    s.h[0].subtitle[0] == '\0',
	    "blocks: bare names under a title are its byline (%s / %s)",
	    s.nh ? s.h[0].subtitle : "", s.nh ? s.h[0].byline : "");
	seg_free(&s);
	buf_reset(&b);

	buf_adds(&b, "抓牢秋粮收购 守好群众粮袋子\n在全市秋粮收购工作推进会\n上的讲话（摘要）\n冯俊峰\n");
	column(&b, para_a, 16);
	block_page(&s, b.data);
	ok(s.nh >= 1 && strcmp(s.h[0].subtitle, "在全市秋粮收购工作推进会上的讲话（摘要）") == 0,
	    "blocks: a speech's subtitle wrapped over two lines (%s)",
	    s.nh ? s.h[0].subtitle : "");
	seg_free(&s);
	buf_reset(&b);

	/* A series' banner over a speech whose title is its occasion
	 * (在…上的讲话, a speech subtitle's words): the banner's subtitle
	 * (——…议政录) ends its headline, the speech's title and byline are
	 * a headline of their own (W_B_SERIES_ON), not the banner's second
	 * subtitle and its byline. */
	buf_adds(&b, "奋进新征程 建功新时代\n——代表委员议政录\n在全市冬春农田水利建设推进会上的讲话\n市委常委、副市长 冀鸿飞\n");
	column(&b, para_a, 16);
	block_page(&s, b.data);
	ok(s.nh == 2 && s.h[0].banner && strcmp(s.h[1].title,
	    "在全市冬春农田水利建设推进会上的讲话") == 0 &&
	    strcmp(s.h[1].byline, "市委常委、副市长 冀鸿飞") == 0,
	    "blocks: a series' subtitle ends the banner, the speech's occasion under it is its title (%zu, %s)",
	    s.nh, s.nh > 1 ? s.h[1].title : "");
	seg_free(&s);
	buf_reset(&b);

	/* Of a block's lines only one doubled (bold): that one is the
	 * title, the plain line under it its subtitle, not the other way. */
	buf_adds(&b, "一堂走进秋天田野的劳动课一堂走进秋天田野的劳动课\n方山县实验小学师生走进果园采摘\n□ 本报记者 冯俊\n");
	column(&b, para_b, 16);
	block_page(&s, b.data);
	ok(s.nh >= 1 && strcmp(s.h[0].title, "一堂走进秋天田野的劳动课") == 0,
	    "blocks: the doubled line is the title (%s)",
	    s.nh ? s.h[0].title : "");
	/* (a second title in a block before text costs W_B_NEW_BEFORE
	 * more than W_B_NEW_TITLE; the two tied W_B_PLAIN_SUB before) */
	ok(s.nh == 1 && strcmp(s.h[0].subtitle, "方山县实验小学师生走进果园采摘") == 0,
	    "blocks: ... and the plain line under it its subtitle (%s)",
	    s.nh ? s.h[0].subtitle : "");
	seg_free(&s);
	buf_reset(&b);

	/* A box's title under a title is no rest of it, however the two
	 * lines look (both doubled, the first wider). */
	column(&b, para_a, 16);
	buf_adds(&b, "秋收后果园管理要抓好四个环节秋收后果园管理要抓好四个环节\n相关链接相关链接\n");
	column(&b, para_b, 16);
	block_page(&s, b.data);
	ok(s.nh >= 1 && strcmp(s.h[0].title, "秋收后果园管理要抓好四个环节") == 0,
	    "blocks: a box's title is not wrapped onto the title above (%s)",
	    s.nh ? s.h[0].title : "");
	seg_free(&s);
	buf_reset(&b);

	/* A title wrapped inside a quote (the line leaves “ open) is one
	 * title, with no second reading as two, even in headlines gathered
	 * in a row. */
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	buf_adds(&b, "秋粮收购推进会提出“颗粒归仓不\n落下”\n□ 本报记者 冯俊\n");
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	block_page(&s, b.data);
	is_int(s.nh, 2, "blocks: a title wrapped inside a quote, no second reading");
	if (s.nh >= 1)
		is_str(s.h[0].title, "秋粮收购推进会提出“颗粒归仓不落下”",
		    "blocks: ... one title");
	seg_free(&s);
	buf_reset(&b);

	/* A box's title above a notice's title is no kicker over it: the
	 * two stand for two things on the page. */
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	buf_adds(&b, "相关链接\n关于做好冬季供暖保障工作的通知\n");
	block_page(&s, b.data);
	{
		size_t k;
		int kicked = 0;
		for (k = 0; k < s.nh; k++)
			kicked |= strcmp(s.h[k].kicker, "相关链接") == 0;
		ok(!kicked && s.nh == 2,
		    "blocks: a box's title is no kicker over the title under it (%zu headlines)",
		    s.nh);
	}
	seg_free(&s);
	buf_reset(&b);

	/* Nor does a document's title go on over the line under it (its
	 * kind ends it: …的一封信), even as one of the block's readings: the
	 * title under it is another headline. */
	column(&b, para_a, 16);
	buf_adds(&b, "致全市广大农户的一封信\n秸秆禁烧 从我做起\n");
	column(&b, para_b, 16);
	block_page(&s, b.data);
	{
		size_t k, n = strlen("致全市广大农户的一封信");
		int wrapped = 0;
		for (k = 0; k < s.nh; k++)
			wrapped |= strncmp(s.h[k].title, "致全市广大农户的一封信",
			    n) == 0 && s.h[k].title[n] != '\0';
		ok(!wrapped && s.nh >= 2,
		    "blocks: a document's title goes on over no line (%zu headlines)",
		    s.nh);
	}
	seg_free(&s);
	buf_reset(&b);

	/* A notice's title set after its text, right over the next
	 * article's title and byline: the notice's title has no subtitle
	 * (none in our truth has one), the two are two headlines. */
	column(&b, para_a, 16);
	buf_adds(&b, "迁坟启事\n张海峰：发展林下经济大有可为\n□ 实习记者 赵宇\n");
	column(&b, para_b, 16);
	block_page(&s, b.data);
	{
		size_t k;
		int subbed = 0;
		for (k = 0; k < s.nh; k++)
			subbed |= strcmp(s.h[k].title, "迁坟启事") == 0 &&
			    s.h[k].subtitle[0] != '\0';
		ok(!subbed && s.nh >= 2,
		    "blocks: a notice's title takes no subtitle (%zu headlines)",
		    s.nh);
	}
	seg_free(&s);
	buf_reset(&b);

	/* A title wrapped after a comma is one title. */
	buf_adds(&b, "守住耕地红线，\n种出高粱“金饭碗”\n□ 本报记者 冯俊\n");
	column(&b, para_b, 16);
	block_page(&s, b.data);
	is_int(s.nh, 1, "blocks: a title wrapped after a comma");
	if (s.nh == 1)
		is_str(s.h[0].title, "守住耕地红线，种出高粱“金饭碗”", "blocks: joined");
	seg_free(&s);
	buf_reset(&b);

	/* A series' banner set under the headline of the text before it:
	 * its subtitle (…选登) makes it a banner wherever it stands in the
	 * block. */
	column(&b, para_a, 16);
	buf_adds(&b, "呵护一条河，需要更多“民间河长”\n□ 本报记者 乔红英\n"
	    "凝心聚力促发展 履职尽责建新功\n——市政协委员大会发言选登\n");
	column(&b, para_b, 16);
	block_page(&s, b.data);
	ok(s.nh == 2 && !s.h[0].banner && s.h[1].banner,
	    "blocks: a series' banner second in its block");
	seg_free(&s);
	buf_reset(&b);

	/* A speech's subtitle goes on until its close (…上的讲话), over as
	 * many lines as the column takes. */
	buf_adds(&b, "凝聚青春力量 勇担时代使命\n——在全市纪念五四运动\n"
	    "105周年青年座谈会上的\n讲话\n");
	column(&b, para_b, 16);
	block_page(&s, b.data);
	is_int(s.nh, 1, "blocks: a speech's subtitle over three lines");
	if (s.nh == 1)
		is_str(s.h[0].subtitle, "——在全市纪念五四运动105周年青年座谈会上的讲话",
		    "blocks: ... is one subtitle");
	seg_free(&s);
	buf_reset(&b);

	/* A title cut at its comma among lines the column model reads as
	 * one paragraph a line (an interview's short questions and answers
	 * around it): the line ending in ， goes on into the next, one
	 * title, not two headlines. */
	ok(perline_title(&s, &b, "\n",
	    "孩子明年上一年级，\n报名要注意啥？\n□ 记者 白静\n",
	    "孩子明年上一年级，", "孩子明年上一年级，报名要注意啥？", 0),
	    "blocks: a title cut at its comma wraps on where lines are one paragraph each");
	seg_free(&s);
	buf_reset(&b);

	/* A title cut inside a word the page prints whole (市场完 / 成:
	 * 完成 in the text), among lines each a paragraph (a dump with
	 * a blank line between lines): the title goes on into the next
	 * line, not read as its subtitle (W_B_WRAP_PERLINE). */
	ok(perline_title(&s, &b, "\n\n", "离石区8个农贸市场完\n\n成提档升级\n\n"
	    "近日，离石区8个农贸市场完成提档升级改造，地面、摊位和排水设施焕然一新。\n\n",
	    "离石区8个农贸市场完", "离石区8个农贸市场完成提档升级", 1),
	    "blocks: a title cut inside a word wraps on where lines are one paragraph each");
	seg_free(&s);
	buf_reset(&b);

	/* A feature's subtitle, no dash, the column's wrap cutting its
	 * genre word (…转岗新能 / 源纪实) under a title printed bold: the
	 * two lines name the genre joined (mark_joined_end), so they are
	 * the subtitle and the bold line the title; at W_B_GENRE_END 0 the
	 * subtitle was read as the title, the title as its kicker. */
	{
		double keep = seg_w[W_B_GENRE_END];
		int i, good[2];

		for (i = 0; i < 2; i++) {
			size_t k;
			seg_w[W_B_GENRE_END] = i == 0 ? keep : 0;
			buf_adds(&b, "从从““挖煤挖煤””到到““存电存电””\n\n"
			    "柳林县一座关停煤矿的工人转岗新能\n\n"
			    "源纪实\n\n"
			    "本报记者 薛海燕 通讯员 高志刚\n\n");
			column(&b, "  走进柳林县储能电站的中控室，一排排屏幕上跳动着数据。"
			    "四十六岁的王建军坐在屏幕前，盯着电池舱的温度曲线。三年前，"
			    "他还是井下的一名采煤工。\n", 14);
			column(&b, "  煤矿关停后，矿上的三百多名工人何去何从，成了当地最揪心的事。"
			    "县里引进储能项目，先培训，再上岗。\n", 14);
			block_page(&s, b.data);
			good[i] = 0;
			for (k = 0; k < s.nh; k++)
				good[i] |= s.h[k].alt_of < 0 &&
				    strcmp(s.h[k].title, "从“挖煤”到“存电”") == 0 &&
				    strcmp(s.h[k].subtitle,
				    "柳林县一座关停煤矿的工人转岗新能源纪实") == 0 &&
				    *s.h[k].kicker == '\0';
			seg_free(&s);
			buf_reset(&b);
		}
		seg_w[W_B_GENRE_END] = keep;
		ok(good[0] && !good[1], "blocks: a subtitle whose genre word "
		    "its wrap cut (… / 源纪实) is the subtitle, the bold line "
		    "the title (%d, at W_B_GENRE_END 0: %d)", good[0], good[1]);
	}

	/* A work report's title over its dated occasion, no dash: the
	 * occasion is the subtitle (dated_occasion), not the title with
	 * the report's title its kicker (the kicker far the shorter). */
	buf_adds(&b, "关于全市城市更新工作情况的报告（摘要）\n"
	    "2026年11月27日在市第五届人民代表大会常务委员会第三十一次会议上\n"
	    "□ 市住房和城乡建设局局长 王志刚\n");
	column(&b, "  主任、各位副主任、秘书长、各位委员：\n", 18);
	column(&b, "  受市人民政府委托，现将全市城市更新工作情况报告如下，请予审议。"
	    "今年以来，全市坚持留改拆并举，统筹推进老旧小区改造和城中村改造。\n", 18);
	block_page(&s, b.data);
	ok(s.nh >= 1 && *s.h[0].kicker == '\0' &&
	    strcmp(s.h[0].title, "关于全市城市更新工作情况的报告（摘要）") == 0 &&
	    seg_starts(s.h[0].subtitle, "2026年11月27日在"),
	    "blocks: a report's dated occasion is its subtitle (%s | %s | %s)",
	    s.nh ? s.h[0].kicker : "", s.nh ? s.h[0].title : "",
	    s.nh ? s.h[0].subtitle : "");
	seg_free(&s);
	buf_reset(&b);
	buf_free(&b);
}

/* Two bodies of two paragraphs each, in a 17-character column. */
static void
two_bodies(struct buf *b, const char *a1, const char *a2, const char *b1,
    const char *b2)
{
	column(b, a1, 17);
	column(b, a2, 17);
	column(b, b1, 17);
	column(b, b2, 17);
}

static void
assign_page(struct seg *s, const char *text)
{
	block_page(s, text);
	seg_assign(s);
}

/* The page in b assigned: two runs, the second from paragraph `first`
 * (a test named what); b is emptied. */
static void
two_runs(struct buf *b, size_t first, const char *what)
{
	struct seg s;

	assign_page(&s, b->data);
	ok(s.na == 2 && s.a[1].first == first,
	    "%s (%zu runs, the second from %zu)", what, s.na,
	    s.na == 2 ? s.a[1].first : 0);
	seg_free(&s);
	buf_reset(b);
}

/* Paragraphs (NULL-ended) set in a column of 17, then the headlines
 * gathered after them (heads): two runs, the second from `first`. */
static void
gathered_runs(struct buf *b, const char *const *paras, const char *heads,
    size_t first, const char *what)
{
	for (; *paras != NULL; paras++)
		column(b, *paras, 17);
	buf_adds(b, heads);
	two_runs(b, first, what);
}

/* Assigns the page in b (then emptied) and settles its kickers: it makes
 * na articles, the last headed by kicker, title and subtitle (NULL:
 * any) (a test named what). */
static void
settled_is(struct buf *b, size_t na, const char *kicker, const char *title,
    const char *subtitle, const char *what)
{
	struct seg s;

	assign_page(&s, b->data);
	seg_settle_kickers(&s);
	if (s.na == na && s.a[na - 1].head >= 0) {
		const struct seg_headline *h = &s.h[s.a[na - 1].head];
		ok(strcmp(h->kicker, kicker) == 0 &&
		    strcmp(h->title, title) == 0 && (subtitle == NULL ||
		    strcmp(h->subtitle, subtitle) == 0),
		    "%s (%s | %s | %s)", what, h->kicker, h->title, h->subtitle);
	} else {
		ok(0, "%s (%zu articles, the last headed)", what, s.na);
	}
	seg_free(&s);
	buf_reset(b);
}

/* Two bodies the assignment tests share: a1-a3 one report, b1-b2 another. */
static const char *a1 = "“乡村振兴离不开人才。”市农业农村局专家孙丽说，近年来全市培养新型职业农民两千多人，他们成为发展现代农业的骨干力量。";
static const char *a2 = "孙丽认为，培养职业农民要坚持需求导向，围绕特色产业开展精准培训，把课堂搬到田间地头，让农民学得会、用得上。";
static const char *b1 = "“文旅融合是县域经济的新引擎。”省旅游研究院研究员周涛在接受采访时说，吕梁山区红色资源丰富，红色旅游大有可为。";
/* A third paragraph of a1's article (the same people and words). */
static const char *a3 = "孙丽还建议，职业农民培训要与产业发展同步规划，让培训出来的农民在家门口的合作社、种植基地就能找到用武之地。";
static const char *b2 = "周涛建议，要把红色遗址保护利用和山区旅游结合起来，打造精品线路，完善餐饮住宿配套，讲好老区故事，让游客留得下、愿再来。";

/* A page of the first body's three paragraphs, a headline block, then
 * the second body's two, in a 17-character column. */
static void
around_block(struct buf *b, const char *block)
{
	column(b, a1, 17);
	column(b, a2, 17);
	column(b, a3, 17);
	buf_adds(b, block);
	column(b, b1, 17);
	column(b, b2, 17);
}

/* The first body's three paragraphs under their headline and byline. */
static void
report_a(struct buf *b)
{
	buf_adds(b, "孙丽：培养更多懂技术的职业农民\n□ 本报记者 郝强\n");
	column(b, a1, 17);
	column(b, a2, 17);
	column(b, a3, 17);
}

/* A feature of a1-a3 under its headline, a2 printed `times` times, a
 * genre label (记者手记) alone before a3, its closing note. */
static void
closing_note(struct buf *b, int times)
{
	buf_adds(b, "吕梁人才工作观察\n□ 本报记者 郝强\n");
	column(b, a1, 17);
	while (times-- > 0)
		column(b, a2, 17);
	buf_adds(b, "记者手记\n");
	column(b, a3, 17);
}

/* A feature of a1-a3 under its headline with two plain section
 * headings, then a brief on the cold under `title`, no dateline, no
 * lead: two articles, the brief headed by its title (a test named
 * what). Resets b. */
static void
heading_then_brief(struct buf *b, const char *title, const char *what)
{
	struct seg s;

	buf_adds(b, "吕梁人才工作观察\n□ 本报记者 郝强\n");
	column(b, a1, 17);
	buf_adds(b, "把课堂搬到田间地头\n");
	column(b, a2, 17);
	buf_adds(b, "让人才留得住\n");
	column(b, a3, 17);
	buf_adds(b, title);
	buf_adds(b, "\n");
	column(b, "受强冷空气影响，未来三天我市将出现大风降温和雨雪天气，最低气温降至零下十五度。", 17);
	column(b, "气象部门提醒，大家要及时添衣保暖，谨防燃煤取暖引发一氧化碳中毒，驾车出行注意路面结冰。", 17);
	assign_page(&s, b->data);
	ok(s.na == 2 && s.a[1].head >= 0 &&
	    strcmp(s.h[s.a[1].head].title, title) == 0, "%s (%zu runs)",
	    what, s.na);
	seg_free(&s);
	buf_reset(b);
}

/* Assigns the page in b (then emptied): it makes want articles (a test
 * named what). */
static void
count_articles(struct buf *b, size_t want, const char *what)
{
	struct seg s;

	assign_page(&s, b->data);
	is_int(s.na, want, what);
	seg_free(&s);
	buf_reset(b);
}

/* A page of a1-a3 and b1-b2 (and third, if any) in a column of `width`
 * characters, then a headline block and what follows it (after): three
 * runs, the first headed by kicker0 and title0, the second by title1,
 * and one reading of every split left (a test named what). Resets b. */
static void
gathered_two(struct buf *b, int width, const char *third, const char *block,
    const char *after, const char *kicker0, const char *title0,
    const char *title1, const char *what)
{
	struct seg s;
	size_t i;

	column(b, a1, width);
	column(b, a2, width);
	column(b, a3, width);
	column(b, b1, width);
	column(b, b2, width);
	if (third != NULL)
		column(b, third, width);
	buf_adds(b, block);
	buf_adds(b, after);
	assign_page(&s, b->data);
	for (i = 0; i < s.nh; i++)
		if (s.h[i].alt_of >= 0)
			break;
	ok(s.na == 3 && s.a[0].head >= 0 && s.a[1].head >= 0 &&
	    strcmp(s.h[s.a[0].head].kicker, kicker0) == 0 &&
	    strcmp(s.h[s.a[0].head].title, title0) == 0 &&
	    strcmp(s.h[s.a[1].head].title, title1) == 0 && i == s.nh,
	    "%s (%zu articles)", what, s.na);
	seg_free(&s);
	buf_reset(b);
}

/* A page of briefs set one line of 12 or 13 characters between blank
 * lines, their headlines gathered at the page end, one a line: the block
 * reads the first two titles as one title wrapped (a split of it offered
 * too), and the branch and bound over the headlines' conflicts spends its
 * budget before it tries that split (a generated page, seed 764). */
static const char *briefs_gathered =
    "  本报讯（通讯员 霍永强）进\n"
    "\n"
    "入冬季，石楼县各级河长和\n"
    "\n"
    "巡河员坚持每周巡河不少于\n"
    "\n"
    "两次，重点排查黄河、屈产河\n"
    "\n"
    "沿线的垃圾倾倒、违规采砂\n"
    "\n"
    "和冰期安全隐患。入冬以来，\n"
    "\n"
    "全县共开展巡河1460余人\n"
    "\n"
    "次，清理河道垃圾38吨，在临\n"
    "\n"
    "河村庄和渡口设置冰面安全\n"
    "\n"
    "警示牌57块。\n"
    "\n"
    "  本报讯 8月21日，为期四天\n"
    "\n"
    "的吕梁市第十届中小学生运\n"
    "\n"
    "动会在市体育中心闭幕。\n"
    "\n"
    "  本报讯 8月21日，为期四天\n"
    "\n"
    "的吕梁市第十届中小学生运\n"
    "\n"
    "动会在市体育中心闭幕。\n"
    "\n"
    "  本届运动会设田径、篮球、足\n"
    "\n"
    "球、排球、乒乓球、羽毛球、武\n"
    "\n"
    "术、跳绳8个大项，来自全市\n"
    "\n"
    "13个县（市、区）的2100余名\n"
    "\n"
    "运动员参赛。经过激烈角逐，\n"
    "\n"
    "孝义市、离石区、汾阳市代表\n"
    "\n"
    "团获得团体总分前三名，共\n"
    "\n"
    "有11人次打破9项市中学生\n"
    "\n"
    "运动会纪录。\n"
    "\n"
    "  闭幕式上，组委会为获奖代\n"
    "\n"
    "表团和运动员颁奖，并宣布\n"
    "\n"
    "下一届运动会将在交城县举\n"
    "\n"
    "办。\n"
    "\n"
    "  闭幕式上，组委会为获奖代\n"
    "\n"
    "表团和运动员颁奖，并宣布\n"
    "\n"
    "下一届运动会将在交城县举\n"
    "\n"
    "办。\n"
    "\n"
    "  日前，文水县卫健局举办乡\n"
    "\n"
    "村医生能力提升培训班，全\n"
    "\n"
    "县一百零六名村医参加。培\n"
    "\n"
    "训为期五天，内容涵盖常见\n"
    "\n"
    "病诊疗、慢性病管理、急救技\n"
    "\n"
    "能和合理用药等，并安排学\n"
    "\n"
    "员到县医院跟班实习。（栗晓\n"
    "\n"
    "红）\n"
    "\n"
    "（据新华社）\n"
    "\n"
    "  本报讯 7月1日，柳林县新开\n"
    "\n"
    "通县城至成家庄镇、县城至\n"
    "\n"
    "王家沟乡两条城乡公交线\n"
    "\n"
    "路，票价均为三元，每天各发\n"
    "\n"
    "车十二班次。至此，全县城乡\n"
    "\n"
    "公交已覆盖所有乡镇。\n"
    "\n"
    "  六十五周岁以上老人持卡可\n"
    "\n"
    "免费乘坐。\n"
    "\n"
    "  本报讯 12月1日起，交口县\n"
    "\n"
    "65岁及以上常住老年人可到\n"
    "\n"
    "户籍所在地的乡镇卫生院免\n"
    "\n"
    "费体检，项目包括血常规、尿\n"
    "\n"
    "常规、肝肾功能、血糖、血脂、\n"
    "\n"
    "心电图和腹部B超等。行动不\n"
    "\n"
    "便的老人，可联系村医预约\n"
    "\n"
    "上门服务。体检持续至明年1\n"
    "\n"
    "月底。\n"
    "\n"
    "【简讯】石楼河长冬季巡河不停歇\n"
    "\n"
    "文水百名村医集中“充电”\n"
    "\n"
    "柳林新开两条城乡公交\n"
    "\n"
    "交口县老年人冬季免费体检开始啦！\n";

/* A reader's letter under its label and the editors' reply to it
 * (the letter-column tests of test_assign). */
#define LETTER_REPLY \
	"来信\n" \
	"编辑同志：\n" \
	" 我是岚县东村镇一个山村的村\n" \
	"民。我们村前年通了自来水，家\n" \
	"家户户拧开龙头就有水，大家都\n" \
	"说好。\n" \
	" 可一到冬天，问题就来了。管\n" \
	"子埋得浅，一上冻就冻裂，一停\n" \
	"就是半个月，老人们只好挑着桶\n" \
	"到沟里去担水。\n" \
	" 我想问问，能不能在入冬前把\n" \
	"管子检修一遍？\n" \
	" 读者　韩志刚\n" \
	"编辑回复\n" \
	"韩志刚同志：\n" \
	" 您好！您反映的情况，我们转\n" \
	"给了岚县水利局。县水利局有关\n" \
	"负责人表示，全县山区村的供水\n" \
	"管网多数埋深不足，冬季冻裂的\n" \
	"情况确实存在。\n" \
	" 据了解，县里已安排专项资金\n" \
	"，入冬前对二十个村的管网进行\n" \
	"改造，您所在的村也在其中。我\n" \
	"们将继续关注这件事的进展。\n"

static void
test_assign(void)
{
	struct buf b;
	struct seg s;
	size_t i;

	buf_init(&b);

	/* A long headline block meets its text only where a fair share of
	 * its words' weight stands (MEET_SHARE_MIN): one stray pair of its
	 * many is no meeting; a short headline's one pair is. */
	ok(!seg_meets_headline(0.03, MEET_LONG_BIGRAMS),
	    "assign: a stray pair of a long block is not its words");
	ok(seg_meets_headline(0.09, MEET_LONG_BIGRAMS),
	    "assign: a fair share of a long block's words meets it");
	ok(seg_meets_headline(0.03, MEET_LONG_BIGRAMS - 1),
	    "assign: any pair of a shorter headline meets it");

	/* Cohesion over wide windows by marking is cohesion by merging
	 * (but for the last bits of the sums). */
	two_bodies(&b, a1, a2, b1, b2);
	column(&b, a3, 17);
	column(&b, para_a, 17);
	block_page(&s, b.data);
	{
		int same = s.np >= 6;
		size_t p;
		for (p = 1; same && p < s.np; p++) {
			size_t a0 = p >= 3 ? p - 3 : 0;
			size_t b1e = p + 2 < s.np ? p + 2 : s.np - 1;
			same = fabs(seg_share(&s, a0, p - 1, p, b1e) -
			    seg_cohesion(&s, a0, p - 1, p, b1e)) < 1e-9 &&
			    fabs(seg_share(&s, p - 1, p - 1, p, p) -
			    seg_cohesion(&s, p - 1, p - 1, p, p)) < 1e-9;
		}
		ok(same, "bigrams: the share by marking is the cohesion by merging");
		/* The walk stopped early says what the whole one would, at
		 * thresholds under, at and over every share. */
		for (p = 1, same = s.np >= 6; same && p < s.np; p++) {
			size_t a0 = p >= 5 ? p - 5 : 0, k;
			size_t b1e = p + 4 < s.np ? p + 4 : s.np - 1;
			double x = seg_share(&s, a0, p - 1, p, b1e);
			const double t[] = { 0.01, 0.08, 0.2, 0.5, x, x * 0.5,
			    x * 0.999, x * 1.001 };
			for (k = 0; k < sizeof t / sizeof *t; k++)
				if (t[k] > 0 && seg_share_below(&s, a0, p - 1, p,
				    b1e, t[k]) != (x < t[k]))
					same = 0;
		}
		ok(same, "bigrams: the share below a threshold, stopped early, is the share's");
	}
	seg_free(&s);
	buf_reset(&b);

	/* Gathered in the other order than their bodies: by the speaker. */
	two_bodies(&b, a1, a2, b1, b2);
	buf_adds(&b, "周涛：让红色旅游成为富民产业\n□ 本报记者 郝强\n");
	buf_adds(&b, "孙丽：培养更多懂技术的职业农民\n□ 本报记者 郝强\n");
	assign_page(&s, b.data);
	is_int(s.na, 2, "assign: two articles");
	if (s.na == 2 && s.nh == 2) {
		ok(s.a[0].first == 0 && s.a[0].last == 1, "assign: the first body's two paragraphs");
		is_str(s.a[0].head >= 0 ? s.h[s.a[0].head].title : "",
		    "孙丽：培养更多懂技术的职业农民", "assign: the first body, its speaker's headline");
		is_str(s.a[1].head >= 0 ? s.h[s.a[1].head].title : "",
		    "周涛：让红色旅游成为富民产业", "assign: the second body, the other one");
	}
	seg_free(&s);
	buf_reset(&b);

	/* A short report, then a text with no headline in words of its
	 * own: two articles, though nothing but the words marks the cut
	 * (the two paragraphs on each side of it share no word, but nor do
	 * the text's own paragraphs much: it is the six a side that do
	 * not). */
	report_a(&b);
	buf_adds(&b, "周涛：让红色旅游成为富民产业\n□ 本报记者 冯俊\n");
	column(&b, b1, 17);
	column(&b, b2, 17);
	buf_adds(&b, "南关广场音乐喷泉重新开放\n□ 本报记者 王洋\n");
	column(&b, "记者从市住建局获悉，南关广场的音乐喷泉近日完成改造并重新开放，新增灯光秀和互动水景，每晚七点半至九点半开放两场，吸引不少市民带着孩子前来游玩。", 17);
	column(&b, "住建局提醒，游玩时请照看好老人和孩子，不要进入喷泉水池，注意用电安全，爱护公共设施，文明观赏，管理处每晚安排专人巡查。", 17);
	column(&b, "推开临县碛口镇一座石头院落的木门，满屋子的枣香扑鼻而来。六十二岁的薛秀兰正和儿媳把蒸好的红枣摊在竹席上晾晒。", 17);
	column(&b, "这里地处晋陕峡谷，山坡上的老树有的已经活了上百年，每到秋天，漫山遍野一片火红，过去却常常烂在地里没人要。", 17);
	column(&b, "两年前，村里成立了合作社，请来食品厂的师傅教大家做枣夹核桃、枣泥糕，注册了商标，还在电商平台开了网店。", 17);
	column(&b, "薛秀兰家今年卖出两千多斤枣制品，收入比过去翻了一番，她打算明年把老院子收拾出来，接待外地来的客人。", 17);
	count_articles(&b, 4, "assign: a text in words of its own after a short report is an article of its own");

	/* A report under its headline taking up the headline's words to
	 * its last paragraph, then a text of four paragraphs holding none
	 * of them (no dateline, no mark, some words shared: the stretches
	 * are not apart): the run stops after the report's words, the text
	 * is an untitled article of its own (W_A_TAIL). */
	report_a(&b);
	column(&b, "孙丽说，下一步将联合职业院校开设订单班，培养一批懂技术、会经营的新型职业农民。", 17);
	column(&b, "推开临县碛口镇一座石头院落的木门，满屋子的枣香扑鼻而来。六十二岁的薛秀兰正和儿媳把蒸好的红枣摊在竹席上晾晒。", 17);
	column(&b, "这里地处晋陕峡谷，山坡上的老枣树有的已经活了上百年，每到秋天，漫山遍野一片火红，过去却常常烂在地里没人要。", 17);
	column(&b, "两年前，村里成立了合作社，请来食品厂的师傅教大家做枣夹核桃、枣泥糕，注册了商标，还在电商平台开了网店，特色产业发展起来了。", 17);
	column(&b, "薛秀兰家今年卖出两千多斤枣制品，收入比过去翻了一番，她打算明年把老院子收拾出来，接待外地来的客人。", 17);
	assign_page(&s, b.data);
	ok(s.na == 2 && s.a[0].head >= 0 && s.a[1].head < 0 && s.a[1].first == 4,
	    "assign: a text past the last of the headline's words is not the report's (%zu runs)",
	    s.na);
	seg_free(&s);
	buf_reset(&b);

	/* A feature whose headline's words only its lead takes up (蜂箱旁
	 * 的“甜蜜事业”), the paragraphs after it telling on of the same
	 * woman and her bees (王春梅, 蜂蜜, 合作社): past the headline's
	 * words, yet the rare words of the lead read on, and the feature is
	 * one article, not a report and an untitled text (W_A_TAIL_ON). */
		buf_adds(&b,
		    "人物\n"
		    "蜂箱旁的“甜蜜事业”\n"
		    "□ 文/图 通讯员 梁晓燕\n"
		    "五月的交口县，漫山的洋槐花开得正盛。在回龙镇一处向阳的山坡上，一百多个蜂箱整齐排列，蜜蜂嗡嗡地飞进飞出。头戴防护帽的王春梅轻轻掀开箱盖，抽出一张沉甸甸的巢脾，金黄的蜂蜜在阳光下闪着光。\n"
		    "“今年花开得好，这一茬槐花蜜能摇两千多斤。”王春梅脸上写满了笑意。\n"
		    "图为王春梅在检查蜂箱里的巢脾。\n"
		    "今年46岁的王春梅，是远近闻名的养蜂“女把式”。十年前，丈夫因病失去劳动能力，家里的担子一下子压在了她一个人肩上。“那时候真是走投无路了，听说养蜂投入少，就想着试一试。”\n"
		    "万事开头难。第一年，因为不懂技术，她买来的20箱蜂死了一大半。“蜂子飞走一箱，我的心就凉半截。”王春梅没有放弃，她跑到邻县拜师学艺，晚上打着手电筒看养蜂书，把防治蜂病、分蜂、越冬等要点一条条抄在本子上。\n"
		    "功夫不负有心人。几年下来，她的蜂群从20箱发展到了160多箱，年收入十多万元，不仅供两个孩子读完了大学，还在县城买了房。\n"
		    "日子好了，王春梅没忘了乡亲们。她牵头成立了养蜂专业合作社，免费为村民提供技术指导，统一收购、统一包装、统一销售。“一个人富了不算本事，大家一起富才算真本事。”在她的带动下，周边4个村的58户农户养起了蜜蜂。\n"
		    "“春梅姐教得实在，啥时候打电话都不嫌麻烦。”合作社社员刘爱珍说，她家去年养了30箱蜂，光卖蜂蜜就收入两万多元。\n"
		    "如今，合作社注册了自己的品牌，蜂蜜通过网络卖到了全国各地。说起下一步的打算，王春梅说：“想建一个蜂产品加工车间，再搞个蜂文化体验园，让城里人来山里看看蜜蜂是怎么酿蜜的。”\n"
		    "（来源：山西日报）\n");
	assign_page(&s, b.data);
	ok(s.na == 1, "assign: a feature past its headline's words reads on "
	    "in its lead's words, one article (%zu runs)", s.na);
	seg_free(&s);
	buf_reset(&b);

	/* A reader's letter and its reply, the page's last piece a
	 * commentary, their headlines gathered at the page end: 读 者 来 信
	 * (letter-spaced) over the letter's title is its kicker, not a
	 * title heading the reply's last paragraph as an article of its
	 * own. */
	assign_page(&s,
	    "间客流明显减少，部分线\n"
	    "路晚上8点以后每车次乘\n客不足5人。\n\n"
	    "  该负责人表示，已注意到\n"
	    "城区夜间务工人员的出行\n"
	    "需求。经研究，公司计划\n"
	    "自12月15日起，在1路、3\n"
	    "路、8路、12路四条客流\n"
	    "较大的线路上，每晚增开\n"
	    "一班“夜归车”，发车时间\n"
	    "为晚上9点20分，途经城\n"
	    "区主要商圈和医院。具体\n"
	    "站点和时刻将通过“吕梁\n"
	    "公交”微信公众号公布。\n\n"
	    "  公司还表示，欢迎市民通\n"
	    "过服务热线0358-8226688\n"
	    "反映出行需求，他们将根\n"
	    "据客流情况适时优化线路\n和班次。\n\n"
	    "  感谢您对本报的信任。也\n"
	    "欢迎更多读者来信，说说\n"
	    "身边的难事、烦心事。\n\n"
	    "  “体育老师又生病了”，这\n"
	    "句流传多年的玩笑话，道\n"
	    "出了不少学生的无奈。临\n"
	    "近期末，一些学校的体育\n"
	    "课又被语文、数学“借”走，\n"
	    "操场上空空荡荡。\n\n"
	    "  体育课被挤占，根子在于\n"
	    "一些学校和家长把体育当\n"
	    "成“副科”，认为多做几道\n"
	    "题比多跑几圈更划算。但\n"
	    "事实恰恰相反：近视率居\n"
	    "高不下、体质健康测试不\n"
	    "及格、心理问题频发，都\n"
	    "在提醒我们，孩子的身体\n"
	    "和心理健康，比分数更要\n紧。\n\n"
	    "  国家早已明确要求，中小\n"
	    "学要开齐开足体育课，保\n"
	    "障学生每天校内外各一小\n"
	    "时体育活动时间。我市也\n"
	    "已将体育纳入中考，分值\n"
	    "逐年提高。政策的指挥棒\n"
	    "已经很清楚，关键在于落\n实。\n\n"
	    "  教育部门要把体育课开课\n"
	    "情况纳入督导检查，发现\n"
	    "挤占挪用的要通报问责；\n"
	    "学校要配齐体育教师，保\n"
	    "障场地器材；家长也要转\n"
	    "变观念，周末多带孩子出\n"
	    "去跑一跑、跳一跳。\n\n"
	    "  “文明其精神，野蛮其体\n"
	    "魄。”把体育课还给孩子，\n"
	    "就是把健康和快乐还给孩\n子。\n\n"
	    "读 者 来 信\n\n冬季公交末班车能不\n\n"
	    "能再晚一点？\n\n【吕梁快评】\n\n"
	    "体育课，不能再被“借”走\n\n了！\n\n"
	    "晓光晓光\n\n\n");
	{
		size_t k;
		int alone = 0;
		for (k = 0; k < s.na; k++)
			alone |= s.a[k].head >= 0 &&
			    strcmp(s.h[s.a[k].head].title, "读者来信") == 0;
		ok(!alone && s.na == 2, "assign: 读者来信 over a letter's title heads no article (%zu runs)", s.na);
	}
	seg_free(&s);

	/* A notice after a report: nothing cuts it after its number or its
	 * addressee (which share no words with anything). */
	report_a(&b);
	buf_adds(&b, "公　告\n（2023）晋1102民初456号\n李某某：\n");
	column(&b, "本院受理原告张某某诉你房屋租赁合同纠纷一案，因你下落不明，现依法向你公告送达起诉状副本及开庭传票。", 17);
	column(&b, "自本公告发出之日起经过三十日即视为送达，逾期将依法缺席判决。", 17);
	buf_adds(&b, "吕梁市离石区人民法院\n二〇二三年十月九日\n");
	count_articles(&b, 2, "assign: a notice is not cut after its number or its addressee");

	/* Two titles gathered at the page end, the first of which the block
	 * alone reads as the second's kicker: the bodies make them two. */
	column(&b, a1, 17);
	column(&b, a2, 17);
	column(&b, "孙丽表示，乡村振兴关键在人才，下一步将建立职业农民人才库，让更多年轻人回乡创业。", 17);
	column(&b, b1, 17);
	column(&b, b2, 17);
	column(&b, para_b, 17);
	buf_adds(&b, "乡村振兴离不开人才\n周涛：让红色旅游成为富民产业\n"
	    "□ 本报记者 郝强\n文水县两万亩酿酒高粱开镰收割\n□ 本报记者 冯俊\n");
	assign_page(&s, b.data);
	is_int(s.na, 3, "assign: a kicker-like title heads a body of its own");
	if (s.na == 3 && s.a[0].head >= 0 && s.a[1].head >= 0) {
		is_str(s.h[s.a[0].head].title, "乡村振兴离不开人才",
		    "assign: the first body, the upper title");
		is_str(s.h[s.a[1].head].title, "周涛：让红色旅游成为富民产业",
		    "assign: the second body, the title under it ...");
		is_str(s.h[s.a[1].head].kicker, "", "assign: ... without a kicker");
	}
	for (i = 0; i < s.nh; i++)
		if (s.h[i].alt_of >= 0)
			break;
	is_int(i, s.nh, "assign: one reading is left");
	seg_free(&s);
	buf_reset(&b);

	/* A plain title between two bodies, the text after it opening as a
	 * news lead does: a report of its own, not the first's section. */
	buf_adds(&b, "市农业农村局专家谈职业农民培养\n");
	column(&b, a1, 17);
	column(&b, a2, 17);
	buf_adds(&b, "全市文旅融合发展推进会召开\n");
	column(&b, "10月15日，全市文旅融合发展推进会召开。会议提出，要把红色遗址保护利用和山区旅游结合起来，打造精品线路。", 17);
	column(&b, "会议要求，各县要完善餐饮住宿配套，讲好老区故事，让游客留得下、愿再来。", 17);
	count_articles(&b, 2, "assign: a title over a news lead opens a report");

	/* A plain title before text that shares the first body's words is
	 * its section heading where the text goes on in the same column,
	 * and heads an article of its own where the text is set wider
	 * (W_A_CUT_WIDTH: an article keeps one width). */
	buf_adds(&b, "市农业农村局专家谈职业农民培养\n");
	column(&b, a1, 17);
	column(&b, a2, 17);
	buf_adds(&b, "职业农民培训与产业同步\n");
	column(&b, a3, 17);
	count_articles(&b, 1, "assign: a plain title in one column's text is a heading");
	buf_adds(&b, "市农业农村局专家谈职业农民培养\n");
	column(&b, a1, 17);
	column(&b, a2, 17);
	buf_adds(&b, "职业农民培训与产业同步\n");
	column(&b, a3, 23);
	count_articles(&b, 2, "assign: ... and heads an article where the text is set wider");

	/* Plain titles before texts that share none of the text before's
	 * words head articles of their own, not sections of the first
	 * (W_A_HEADING_APART), though all stand in one column and two such
	 * titles would read as a series of headings. */
	column(&b, a1, 17);
	column(&b, a2, 17);
	buf_adds(&b, "老区红色旅游大有可为\n");
	column(&b, b1, 17);
	column(&b, b2, 17);
	buf_adds(&b, "寒潮来袭 注意防寒保暖\n");
	column(&b, "市气象台发布寒潮蓝色预警：受强冷空气影响，未来三天我市将出现大风降温和雨雪天气，最低气温降至零下十五度。", 17);
	column(&b, "气象部门提醒，大家要及时添衣保暖，谨防燃煤取暖引发一氧化碳中毒，驾车出行注意路面结冰。", 17);
	count_articles(&b, 3, "assign: plain titles over other texts' words head them");

	/* A report whose first paragraph tells the time and place and whose
	 * second the event its headline names: the headline's words further
	 * down its own text are no evidence that they are another's. */
	column(&b, a1, 17);
	column(&b, a2, 17);
	buf_adds(&b, "我市成功处置一起危化品运输车辆泄漏事故\n");
	column(&b, "12月4日凌晨2时许，一辆罐车在青银高速离石段发生侧翻，司机被困车内，路面出现大片液体。", 17);
	column(&b, "接警后，市消防救援支队迅速处置这起危化品运输车辆泄漏事故，堵漏、稀释、转移同步进行，无人员伤亡。", 17);
	column(&b, "事故发生后，市安委办立即通报全市，要求各地开展危化品运输车辆专项检查。", 17);
	buf_adds(&b, "寒潮来袭 注意防寒保暖\n□ 本报记者 冯俊\n");
	column(&b, "市气象台发布寒潮蓝色预警：受强冷空气影响，未来三天我市将出现大风降温和雨雪天气，最低气温降至零下十五度。", 17);
	column(&b, "气象部门提醒，大家要及时添衣保暖，谨防燃煤取暖引发一氧化碳中毒，驾车出行注意路面结冰。", 17);
	assign_page(&s, b.data);
	is_int(s.na, 3, "assign: a headline over a lead without its words heads it");
	if (s.na == 3 && s.a[1].head >= 0)
		ok(s.a[1].first == 2 && s.a[1].last == 4 &&
		    strstr(s.h[s.a[1].head].title, "危化品") != NULL,
		    "assign: ... all three of its paragraphs");
	seg_free(&s);
	buf_reset(&b);

	/* A headline and byline set after their body, over another text
	 * that holds none of its words: the text before's, and the other
	 * text takes the headline gathered at the page end. (Pages this small
	 * decide it by the words alone; W_A_BEFORE_WORDS weighs in where
	 * they are few, as on the generated pages.) */
	around_block(&b, "培养更多懂技术的职业农民\n□ 本报记者 郝强\n");
	buf_adds(&b, "周涛：让红色旅游成为富民产业\n□ 本报记者 冯俊\n");
	assign_page(&s, b.data);
	is_int(s.na, 2, "assign: a headline after its body, over another text");
	if (s.na == 2 && s.a[0].head >= 0 && s.a[1].head >= 0) {
		is_str(s.h[s.a[0].head].title, "培养更多懂技术的职业农民",
		    "assign: ... heads the text before it");
		is_str(s.h[s.a[1].head].title, "周涛：让红色旅游成为富民产业",
		    "assign: ... and the page end's the text after it");
	}
	seg_free(&s);
	buf_reset(&b);

	/* Numbered heads inside one body are its headings. */
	buf_adds(&b, "吕梁人才工作观察\n□ 本报记者 郝强\n");
	column(&b, a1, 17);
	buf_adds(&b, "（一）\n");
	column(&b, a2, 17);
	buf_adds(&b, "（二）\n");
	column(&b, a3, 17);
	assign_page(&s, b.data);
	is_int(s.na, 1, "assign: numbered heads do not cut the body");
	if (s.nh == 3)
		ok(s.h[1].article == -2 && s.h[2].article == -2,
		    "assign: they are its section headings");
	seg_free(&s);
	buf_reset(&b);

	/* A feature's closing note under a genre label alone on its line
	 * (…骨干力量。 / 记者手记 / …): the label is its section heading,
	 * no byline (a role word, then two characters) and no kicker over
	 * no title, which ended the body there as a byline does and made
	 * the note an article of its own. */
	closing_note(&b, 1);
	assign_page(&s, b.data);
	is_int(s.na, 1, "assign: a genre label alone between paragraphs does not cut the body");
	ok(s.nh == 2 && s.h[1].article == -2 &&
	    strcmp(s.h[1].title, "记者手记") == 0 && *s.h[0].byline != '\0' &&
	    strstr(s.h[0].byline, "手记") == NULL,
	    "assign: ... it is the body's section heading, no byline (%zu headlines)",
	    s.nh);
	seg_free(&s);
	buf_reset(&b);

	/* ... also where the paragraph before it is printed twice (the
	 * repeat dropped: it stands between as a caption would). */
	closing_note(&b, 2);
	count_articles(&b, 1, "assign: ... also after a paragraph printed twice");

	/* A report's headline set after its body, stacked over the next
	 * report's title and byline: its words are the text before's, so it
	 * is that text's headline, not the next one's kicker
	 * (W_B_SPLIT_BEFORE). */
	column(&b, para_a, 16);
	buf_adds(&b, "全市秋粮收购工作推进会召开\n文水县两万亩酿酒高粱开镰收割\n□ 本报记者 冯俊\n");
	column(&b, para_b, 16);
	assign_page(&s, b.data);
	is_int(s.na, 2, "assign: a headline after its body over the next one's");
	if (s.na == 2 && s.a[0].head >= 0 && s.a[1].head >= 0) {
		is_str(s.h[s.a[0].head].title, "全市秋粮收购工作推进会召开",
		    "assign: the text before under its own headline");
		is_str(s.h[s.a[1].head].kicker, "",
		    "assign: the next title without it as a kicker");
	}
	seg_free(&s);
	buf_reset(&b);

	/* Three reports under plain titles, the middle one opening with a
	 * dateline: its title is no heading, so the last title is no second
	 * heading of a series either (W_A_HEADING_SERIES). */
	buf_adds(&b, "孙丽：培养懂技术的职业农民\n");
	column(&b, a1, 17);
	buf_adds(&b, "离石区农贸市场完成提档升级\n");
	column(&b, "本报讯（记者 王洋）今年以来，离石区投入资金改造城区农贸市场，统一实施雨污分流、地面硬化和摊位标准化，市场环境明显改观。", 17);
	column(&b, "改造中，各市场统一设置了农残检测室和公平秤，商户经营更加规范，市民买菜更放心。区市场监管局将加强日常巡查，巩固改造成果。", 17);
	buf_adds(&b, "寒潮来袭 注意防寒保暖\n");
	column(&b, "市气象台发布寒潮蓝色预警：受强冷空气影响，未来三天我市将出现大风降温和雨雪天气，最低气温降至零下十五度。", 17);
	column(&b, "气象部门提醒，大家要及时添衣保暖，谨防燃煤取暖引发一氧化碳中毒，驾车出行注意路面结冰。", 17);
	count_articles(&b, 3, "assign: a title over a dateline makes no series of headings");

	/* A feature with plain section headings, then two reports under
	 * plain titles, each opening as a news lead (12月4日凌晨…,
	 * 10月15日傍晚，…) without a dateline: no such title is a heading of
	 * the feature's series (W_A_HEADING_SERIES neither counts nor pays
	 * it), and the last heads its report. */
	buf_adds(&b, "吕梁人才工作观察\n□ 本报记者 郝强\n");
	column(&b, a1, 17);
	buf_adds(&b, "把课堂搬到田间地头\n");
	column(&b, a2, 17);
	buf_adds(&b, "让人才留得住\n");
	column(&b, a3, 17);
	buf_adds(&b, "我市成功处置一起危化品运输车辆泄漏事故\n");
	column(&b, "12月4日凌晨2时许，一辆罐车在青银高速离石段发生侧翻，路面出现大片液体。", 17);
	column(&b, "接警后，市消防救援支队迅速处置，堵漏、稀释、转移同步进行，无人员伤亡。", 17);
	buf_adds(&b, "谁丢了一只黑色双肩包？\n");
	column(&b, "10月15日傍晚，离石区出租车司机任建军在车辆后座发现一只黑色双肩包，内有笔记本电脑和证件。", 17);
	column(&b, "任建军随即将背包送到交警部门，希望失主尽快与交警部门联系认领。", 17);
	assign_page(&s, b.data);
	ok(s.na >= 2 && s.a[s.na - 1].head >= 0 &&
	    strcmp(s.h[s.a[s.na - 1].head].title, "谁丢了一只黑色双肩包？") == 0,
	    "assign: a title over a news lead makes no heading of a series (%zu runs, %s)", s.na,
	    s.na > 1 && s.a[s.na - 1].head >= 0 ? s.h[s.a[s.na - 1].head].title : "");
	seg_free(&s);
	buf_reset(&b);

	/* A feature with plain section headings, then a notice under its
	 * own title: a document's title is no heading of the feature. */
	buf_adds(&b, "吕梁人才工作观察\n□ 本报记者 郝强\n");
	column(&b, a1, 17);
	buf_adds(&b, "把课堂搬到田间地头\n");
	column(&b, a2, 17);
	buf_adds(&b, "让人才留得住\n");
	column(&b, a3, 17);
	buf_adds(&b, "关于职业农民培训报名的通知\n");
	column(&b, "各县（市、区）农业农村局，市直有关单位：", 17);
	column(&b, "为做好今年的培训工作，现将报名有关事项通知如下：报名时间为即日起至本月底，培训期间食宿费用由财政承担。", 17);
	assign_page(&s, b.data);
	is_int(s.na, 2, "assign: a notice's title opens a notice, not a section");
	if (s.na == 2 && s.a[1].head >= 0)
		is_str(s.h[s.a[1].head].title, "关于职业农民培训报名的通知",
		    "assign: the notice under its title");
	seg_free(&s);
	buf_reset(&b);

	/* A feature's later part, its headline not on the page:
	 * four plain section headings in one stretch, the second's words
	 * all through its section, which shares no word with the text before
	 * it. A long series set alike is a feature's
	 * headings (W_A_HEADING_LONG), not one of them the headline of the
	 * text from it on, the rest of the feature untitled above it. */
	column(&b, "汾阳城东的老作坊里，六十岁的张师傅守着一口大锅，做了四十年的豆腐，街坊们说他的手艺是城里最地道的。", 17);
	buf_adds(&b, "头道工序先泡豆\n");
	column(&b, "黄豆要泡足八个时辰，夏天泡得短，冬天泡得长，泡好的黄豆一掐两瓣，张师傅说这是老辈人传下来的规矩。", 17);
	buf_adds(&b, "网店开到了省外\n");
	column(&b, "今年春天，孙女在网上开了店，真空包装的货品卖到了省外，网店的订单一天比一天多，客服也招了两个。", 17);
	column(&b, "开张以来，评论区里常有外地买家留言，有人一次下单二十箱，说要带给远方的亲戚尝尝。", 17);
	column(&b, "孙女说，网店要开下去，靠的还是口碑，网上卖货只是把老味道送到了更远的地方。", 17);
	buf_adds(&b, "集市上的老主顾\n");
	column(&b, "集市上，张家的豆腐摊前总排着长队，老主顾们说，这豆腐吃起来有小时候的味道。", 17);
	buf_adds(&b, "点卤全凭老经验\n");
	column(&b, "点卤最见功夫。张师傅手持卤水，沿着锅边慢慢淋下，豆浆渐渐凝成豆花，作坊里飘满了豆香。", 17);
	report_a(&b);
	assign_page(&s, b.data);
	ok(s.na == 2 && s.a[0].head < 0,
	    "assign: a long series of plain headings is one feature's (%zu runs, %s)",
	    s.na, s.na >= 2 && s.a[1].head >= 0 ? s.h[s.a[1].head].title :
	    "none");
	seg_free(&s);
	buf_reset(&b);

	/* A feature under its headline with four numbered section
	 * headings, then a comment under a plain title, its words all
	 * through the comment, no dateline, no lead: the plain title is
	 * none of the numbered series (lone_share_of counts plain ones
	 * with plain ones), so its words count in full for it as the
	 * comment's headline, and the comment is not the feature's last
	 * section. */
	buf_adds(&b, "一颗核桃的“破壳”路\n□ 本报记者 韩笑\n");
	column(&b, "霜降前后，汾阳的核桃收购进入尾声，加工厂的仓库里，一袋袋新核桃堆成了小山，工人们正忙着分拣装车。", 17);
	buf_adds(&b, "（一）从零散种到成片种\n");
	column(&b, "过去的核桃树，是房前屋后零零散散种的，管护跟不上，产量低，品相也参差不齐，收购商压价压得厉害。", 17);
	buf_adds(&b, "（二）车间里剥出新价值\n");
	column(&b, "去壳是长期困扰核桃加工的难题。一家农机厂研发出按果径分级的破壳设备，整仁率提高了三成。", 17);
	buf_adds(&b, "（三）品牌叫响了\n");
	column(&b, "获批地理标志以后，汾阳核桃的名气越来越大，电商平台成了销售的新渠道，每年九月开杆就接满了订单。", 17);
	buf_adds(&b, "（四）小核桃还有大文章\n");
	column(&b, "下一步，汾阳将建设核桃产业园区，把核桃油、核桃乳做成拳头产品，让小核桃变成大产业。", 17);
	buf_adds(&b, "营商环境只有进行时\n");
	column(&b, "营商环境是软实力。优化营商环境，关键在于把办事群众的难处放在心上，审批少跑腿，窗口多微笑。", 17);
	column(&b, "营商环境好不好，办事群众说了算。各部门要少一些推诿扯皮，多一些主动服务，持续优化营商环境。", 17);
	assign_page(&s, b.data);
	ok(s.na == 2 && s.a[1].head >= 0 &&
	    strcmp(s.h[s.a[1].head].title, "营商环境只有进行时") == 0,
	    "assign: a plain title after numbered headings is none of their series (%zu runs, %s)",
	    s.na, s.na >= 2 && s.a[1].head >= 0 ? s.h[s.a[1].head].title :
	    "none");
	seg_free(&s);
	buf_reset(&b);

	/* A feature under its headline, three short plain section headings
	 * in it, each taken up word for word by the paragraph under it
	 * (种得出来 / 小米“出山”的第一步，是种得出来。). The headline's
	 * words run all through the feature and weigh little on any one
	 * paragraph; the heading's few are rare: weighed for the heading
	 * too (W_A_HEADING_OWN), the feature is not cut at its first
	 * heading, its headline left over the lead alone. */
	buf_adds(&b, "一粒小米的“出山”之路\n□ 本报记者 韩笑\n");
	column(&b, "在方山县北武当镇的谷子地里，一垄垄谷穗压弯了腰，农户们赶着天晴收割小米，打下的新谷堆满了场院。", 17);
	column(&b, "“这些小米过去只够自家吃，如今能卖到大城市去。”合作社理事长郭文明捧着一把新谷说，“小米出山，靠的是一条完整的路子。”", 17);
	column(&b, "近年来，方山县围绕小米产业，在种植、加工和销售上下功夫，让山里的小米走上了“出山”之路。", 17);
	buf_adds(&b, "种得出来\n");
	column(&b, "小米“出山”的第一步，是种得出来。过去，山里的谷子地零散，品种杂，产量也不稳定，不少地块常年撂荒。", 17);
	column(&b, "前年起，合作社统一供种、统一耕种，请农技员到地头指导，亩产比过去提高了两成多。", 17);
	buf_adds(&b, "磨得精细\n");
	column(&b, "收下的谷子，要经过脱壳、抛光、色选等工序，才能磨得精细。在合作社的加工车间里，一台色选机正在作业，把瘪粒和杂质挑拣出来。", 17);
	column(&b, "“以前手工碾米，碎米多，卖不上价。”车间负责人说，如今一天能加工二十吨，包装后直接发往省外。", 17);
	buf_adds(&b, "卖得红火\n");
	column(&b, "包装好的小米，在网上卖得红火。合作社开了网店，年轻人在直播间里介绍山里的谷子地，订单一天比一天多。", 17);
	column(&b, "从谷子地到加工车间，再到直播间，一条小米产业链正在方山逐步成形，带动周边三百多户农户增收。", 17);
	report_a(&b);
	assign_page(&s, b.data);
	ok(s.na == 2 && s.a[0].head >= 0 && s.a[0].first == 0 &&
	    s.a[1].first == 9 &&
	    strstr(s.h[s.a[0].head].title, "小米") != NULL,
	    "assign: a feature's short headings, taken up by their sections, "
	    "do not cut it (%zu runs, the first %s)", s.na,
	    s.na > 0 && s.a[0].head >= 0 ? s.h[s.a[0].head].title : "untitled");
	seg_free(&s);
	buf_reset(&b);

	/* A feature with plain section headings, then a brief under a
	 * headline's two phrases parted by a space, its text opening with
	 * neither a dateline nor a lead: no heading is set so
	 * (W_A_HEADING_SPACED), the brief is an article of its own. */
	heading_then_brief(&b, "寒潮来袭 注意防寒保暖",
	    "assign: a title of two phrases parted by a space is no heading");

	/* Headlines gathered between their bodies and a photo's lead-in: the
	 * last of them stands right before the lead-in, but shares none of
	 * its words; it heads its own body (W_A_NO_WORDS). */
	two_bodies(&b, a1, a2, b1, b2);
	buf_adds(&b, "孙丽：培养更多懂技术的职业农民\n□ 本报记者 郝强\n");
	buf_adds(&b, "周涛：让红色旅游成为富民产业\n□ 本报记者 郝强\n");
	column(&b, "霜降过后，方山县漫山遍野的野生沙棘进入采摘期，当地村民结伴上山，采下的沙棘果由合作社统一收购。", 17);
	buf_adds(&b, "村民在山坡上采摘沙棘果。 通讯员 梁红梅 摄\n");
	assign_page(&s, b.data);
	for (i = 0; i < s.na; i++)
		if (s.a[i].head >= 0 &&
		    strstr(s.h[s.a[i].head].title, "周涛") != NULL)
			break;
	ok(i < s.na && s.a[i].first == 2,
	    "assign: the last gathered headline heads its body, not the "
	    "photo's lead-in after it");
	for (i = 0; i < s.na; i++)
		if (s.a[i].first == 4)
			break;
	ok(i < s.na && s.a[i].head < 0,
	    "assign: the lead-in heads no headline of the block");
	seg_free(&s);
	buf_reset(&b);

	/* A caption about none of the text around it is a picture of its
	 * own: the article before it ends there (W_A_CUT_FOREIGN). */
	buf_adds(&b, "孙丽：培养更多懂技术的职业农民\n□ 本报记者 郝强\n");
	column(&b, a1, 17);
	column(&b, a2, 17);
	buf_adds(&b, "清明节前夕，兴县蔡家崖村的纪念馆里，一批中学生重温烽火岁月。 通讯员 王芳 摄\n");
	column(&b, "时下正值荆条花期，交口县回龙镇的养蜂人早出晚归，忙着割蜜、摇蜜，山野间弥漫着甜丝丝的气息。", 17);
	buf_adds(&b, "一名蜂农从蜂箱中提出挂满蜜脾的巢框。 薛东平 摄\n");
	assign_page(&s, b.data);
	ok(s.na >= 2 && s.a[0].last == 1,
	    "assign: the article ends before a caption about none of it");
	seg_free(&s);
	buf_reset(&b);

	/* A headline with a —— subtitle and no byline, gathered after the
	 * report its words match, above another with its byline: that
	 * report's headline, not a series banner over the text below. */
	column(&b, "本报讯（记者 李江）近日，孝义市人民医院胸痛中心通过国家胸痛中心认证，成为我市第三家通过认证的胸痛中心。", 17);
	column(&b, "据了解，该院胸痛中心建立了院前急救与院内救治无缝衔接的绿色通道，急性胸痛患者救治时间明显缩短。", 17);
	buf_adds(&b, "孝义市人民医院胸痛中心通过国家认证\n——我市急性胸痛救治能力再提升\n");
	buf_adds(&b, "周涛：让红色旅游成为富民产业\n——吕梁山区红色旅游观察\n"
	    "□ 本报记者 郝强\n");
	column(&b, b1, 17);
	column(&b, b2, 17);
	assign_page(&s, b.data);
	for (i = 0; i < s.nh && !s.h[i].banner; i++)
		;
	is_int(i, s.nh, "assign: no banner");
	ok(s.na == 2 && s.a[0].head >= 0 &&
	    strstr(s.h[s.a[0].head].title, "胸痛中心") != NULL,
	    "assign: the headline gathered after its report heads it");
	seg_free(&s);
	buf_reset(&b);

	/* A block between two bodies, a short line over a title: the
	 * headline of the body before (set after it) over the next one's,
	 * when the bodies say so, though the block alone reads a kicker. */
	around_block(&b, "孙丽谈职业农民培训\n周涛：让红色旅游成为富民产业周涛：让红色旅游成为富民产业\n");
	assign_page(&s, b.data);
	ok(s.na == 2 && s.a[0].head >= 0 &&
	    strcmp(s.h[s.a[0].head].title, "孙丽谈职业农民培训") == 0,
	    "assign: the upper line heads the body before the block");
	ok(s.na == 2 && s.a[1].head >= 0 &&
	    strcmp(s.h[s.a[1].head].kicker, "") == 0,
	    "assign: the title under it, without a kicker, the body after");
	seg_free(&s);
	buf_reset(&b);

	/* Headlines gathered at the page end: a kicker over two titles that
	 * the block reads as one title wrapped. The kicker's junction comes
	 * first and the block is sure of it; the two titles' junction is the
	 * one it doubts, and that reading as two is the one the bodies take
	 * (keep_cut: a headline's cheapest later cut is offered too). */
	gathered_two(&b, 17, para_b, "身边的榜样\n十年来，她培养两千多名新型职业农民\n"
	    "周涛：让红色旅游成为富民产业\n□ 本报记者 郝强\n"
	    "文水县两万亩酿酒高粱开镰收割\n", "",
	    "身边的榜样", "十年来，她培养两千多名新型职业农民",
	    "周涛：让红色旅游成为富民产业",
	    "assign: two titles read as one wrap head two bodies");

	/* Two titles gathered after the bodies, before nothing but a photo's
	 * lead-in and its caption at the page end: the block stands at the
	 * page end (ends_page), so the upper, short title may be a headline
	 * of its own rather than the lower one's kicker, and the bodies
	 * make them two. */
	gathered_two(&b, 24, NULL, "周涛谈红色旅游\n乡村振兴离不开更多新型职业农民\n",
	    "近日，文水县一处蔬菜大棚里的西红柿成熟上市，农户\n"
	    "忙着采摘、装箱，销往太原、北京等地。\n"
	    "农户在大棚里采摘西红柿。\n本报记者 刘志宏 摄\n",
	    "", "乡村振兴离不开更多新型职业农民", "周涛谈红色旅游",
	    "assign: two titles before a photo's lead-in at the page end head two bodies");

	/* One plain title after the last text, before nothing but a photo's
	 * lead-in and its caption at the page end: it stands between no two
	 * texts (text_ends), so it is no section heading of the text before
	 * it; its words name the first text, far above it (more than
	 * SECTION_BEFORE paragraphs), which it heads. */
	column(&b, a1, 17);
	column(&b, a2, 17);
	column(&b, a3, 17);
	buf_adds(&b, "周涛：让红色旅游成为富民产业\n□ 本报记者 郝强\n");
	column(&b, b1, 17);
	column(&b, b2, 17);
	column(&b, "周涛介绍，老区的红色遗址多在山区，交通不便，游客来了看一眼就走，带不动当地的消费。", 17);
	column(&b, "他建议把遗址串成线路，沿线的村子开民宿、办农家乐，让游客住下来、吃起来、玩起来。", 17);
	column(&b, "周涛说，讲解员要从村里培养，老人讲亲历的故事，比照着稿子念更能打动人。", 17);
	column(&b, "谈到宣传，周涛认为短视频平台是老区的机会，一段好视频能带来成千上万的游客。", 17);
	buf_adds(&b, "孙丽谈职业农民培训\n");
	column(&b, "近日，文水县一处蔬菜大棚里的西红柿成熟上市，农户忙着采摘、装箱，销往太原、北京等地。", 17);
	buf_adds(&b, "农户在大棚里采摘西红柿。 本报记者 刘志宏 摄\n");
	assign_page(&s, b.data);
	ok(s.na >= 2 && s.a[0].last == 2 && s.a[0].head >= 0 &&
	    strcmp(s.h[s.a[0].head].title, "孙丽谈职业农民培训") == 0,
	    "assign: a lone title before a photo's lead-in at the page end "
	    "heads the text its words name, far above it (%zu runs)", s.na);
	seg_free(&s);
	buf_reset(&b);

	/* Two reports and a text continued from another page (（上接2版）)
	 * that no headline of the page names at its opening, the two
	 * reports' headlines gathered at the page end: the continued text
	 * is untitled (its headline is on the page it comes from, as a news
	 * lead's is elsewhere: W_A_UNTITLED_LEAD), and the second headline
	 * heads its own report, not the continued text where a word of it
	 * comes late. */
	column(&b, a1, 17);
	column(&b, a2, 17);
	column(&b, a3, 17);
	column(&b, b1, 17);
	column(&b, b2, 17);
	column(&b, "（上接2版）从医三十五年，他先后主持了两千多例神经外科手术，带出了一支过硬的团队。", 17);
	column(&b, "问：当初为什么选择学医？", 17);
	column(&b, "答：我在农村长大，小时候村里缺医少药，乡亲们看病要走几十里山路，后来村里搞红色旅游，富民产业兴旺了。", 17);
	column(&b, "问：红色旅游让乡亲们富起来，看病方便了吗？", 17);
	column(&b, "答：技术要精，心要热，把每一个病人都当成自己的亲人，红色旅游也好，行医也好，都要用心。", 17);
	buf_adds(&b, "孙丽：培养更多懂技术的职业农民\n周涛：让红色旅游成为富民产业\n");
	assign_page(&s, b.data);
	ok(s.na == 3 && s.a[1].first == 3 && s.a[1].head >= 0 &&
	    strstr(s.h[s.a[1].head].title, "周涛") != NULL &&
	    s.a[2].first == 5 && s.a[2].head < 0,
	    "assign: a continued text no headline names stays untitled, the "
	    "gathered headline heads its own report (%zu runs)", s.na);
	seg_free(&s);
	buf_reset(&b);

	/* The briefs' headlines gathered: the whole title read from the
	 * block's first two lines heads the first brief; read as its split,
	 * the upper line heads that brief and the lower one the brief whose
	 * words it holds (improve: a run's headline traded for its split's
	 * two parts, the other part taking another run). */
	assign_page(&s, briefs_gathered);
	for (i = 0; i < s.na; i++)
		if (s.a[i].head >= 0 &&
		    strcmp(s.h[s.a[i].head].title, "文水百名村医集中“充电”") == 0)
			break;
	ok(i < s.na && s.a[i].first == 4 && s.a[0].head >= 0 &&
	    strcmp(s.h[s.a[0].head].title, "【简讯】石楼河长冬季巡河不停歇") == 0,
	    "assign: two gathered titles read as one head two briefs (%zu runs)",
	    s.na);
	seg_free(&s);

	/* Headlines gathered at the page end, one of them a kicker, a short
	 * title and a long subtitle with a comma: the block reads the title
	 * as the subtitle's kicker and the kicker as a title of its own;
	 * the three settle as one headline's kicker, title and subtitle. */
	two_bodies(&b, a1, a2, b1, b2);
	buf_adds(&b, "孙丽谈职业农民培训\n□ 本报记者 郝强\n乡村振兴一线行\n"
	    "红色热土迎客来\n省旅游研究院研究员周涛谈红色旅游，吕梁山区资源丰富大有可为\n"
	    "□ 本报记者 冯俊\n");
	settled_is(&b, 2, "乡村振兴一线行", "红色热土迎客来",
	    "省旅游研究院研究员周涛谈红色旅游，吕梁山区资源丰富大有可为",
	    "settle: kicker, short title, long subtitle");

	/* A feature's section headings set in one form (【…】): the first,
	 * whose word the section after it repeats, is a heading as the
	 * others are, not a new report's headline. */
	buf_adds(&b, "老手艺里的新日子\n□ 本报记者 冯俊\n");
	column(&b, "汾阳城东的老作坊里，六十岁的张师傅守着一口大锅，做了四十年的豆腐，街坊们说他的手艺是城里最地道的。", 17);
	column(&b, "张师傅说，手艺是父亲传下来的，如今儿子也回来了，一家三代守着作坊，日子越过越红火。", 17);
	buf_adds(&b, "【泡豆】\n");
	column(&b, "泡豆是头一道工序。黄豆要泡足八个时辰，夏天泡得短，冬天泡得长，泡豆的水要换三遍，泡好的黄豆一掐两瓣。", 17);
	column(&b, "泡豆的火候全凭经验，张师傅看一眼黄豆的颜色，就知道泡得够不够。", 17);
	buf_adds(&b, "【点卤】\n");
	column(&b, "点卤最见功夫。张师傅手持卤水，沿着锅边慢慢淋下，豆浆渐渐凝成豆花，作坊里飘满了豆香。", 17);
	buf_adds(&b, "【赶集】\n");
	column(&b, "逢五逢十，张师傅的儿子开着三轮车去赶集，一板豆腐不到中午就卖完了，作坊的名气越传越远。", 17);
	assign_page(&s, b.data);
	is_int(s.na, 1, "assign: headings set in one form are one body's (%s)",
	    s.na > 1 && s.a[1].head >= 0 ? s.h[s.a[1].head].title : "");
	seg_free(&s);
	buf_reset(&b);

	/* ... however many paragraphs of its section repeat its word: a
	 * heading's words are its section's (they keep W_A_LONE_WORDS of
	 * their weight), not a sign of a new report. */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	column(&b, para_a, 17);
	column(&b, para_b, 17);
	buf_adds(&b, "老手艺里的新日子\n□ 本报记者 冯俊\n");
	column(&b, "汾阳城东的老作坊里，六十岁的张师傅守着一口大锅，做了四十年的豆腐，街坊们说他的手艺是城里最地道的。", 17);
	column(&b, "张师傅说，泡豆、点卤的手艺是父亲传下来的，如今儿子也回来了，一家三代守着作坊，日子越过越红火。", 17);
	buf_adds(&b, "【泡豆】\n");
	column(&b, "泡豆是头一道工序。黄豆泡豆要泡足八个时辰，泡豆的水要换三遍，泡好的黄豆一掐两瓣。", 17);
	column(&b, "泡豆的火候全凭经验，泡豆看颜色，泡豆看软硬，泡豆的功夫学了三年。", 17);
	column(&b, "夏天泡豆时间短，冬天泡豆时间长，泡豆的缸要常刷，泡豆的水要清。", 17);
	column(&b, "儿子说，泡豆这一关过了，后面的工序才有底，泡豆是豆腐的根。", 17);
	column(&b, "如今作坊用上了恒温泡豆池，泡豆不再看天，泡豆的时辰分毫不差。", 17);
	buf_adds(&b, "【点卤】\n");
	column(&b, "点卤最见功夫。张师傅手持卤水，沿着锅边慢慢淋下，豆浆渐渐凝成豆花，作坊里飘满了豆香。", 17);
	buf_adds(&b, "【赶集】\n");
	column(&b, "逢五逢十，张师傅的儿子开着三轮车去赶集，一板豆腐不到中午就卖完了，作坊的名气越传越远。", 17);
	assign_page(&s, b.data);
	is_int(s.na, 2, "assign: ... even where its section repeats its word (%s)",
	    s.na > 2 && s.a[2].head >= 0 ? s.h[s.a[2].head].title : "");
	seg_free(&s);
	buf_reset(&b);

	/* A feature's plain section headings, three set alike, the first's
	 * words opening its section: the first is a heading as the two
	 * after it are, inside the run it would open, not the headline of a
	 * report of its own under the feature's intro (W_A_HEADING_SIBLING). */
	buf_adds(&b, "一块豆腐的“老手艺”\n□ 本报记者 冯俊\n");
	column(&b, "汾阳城东的老作坊里，六十岁的张师傅守着一口大锅，做了四十年的豆腐，街坊们说他的老手艺是城里最地道的。", 17);
	column(&b, "张师傅说，做豆腐的手艺是父亲传下来的，如今儿子也回来了，一家三代守着作坊，日子越过越红火。", 17);
	buf_adds(&b, "泡得足时辰\n");
	column(&b, "一块豆腐的第一步，是泡得足时辰。黄豆要泡足八个时辰，夏天泡得短，冬天泡得长，泡好的黄豆一掐两瓣。", 17);
	column(&b, "泡豆的水要换三遍，泡得足时辰的黄豆磨出的豆浆又细又白。", 17);
	buf_adds(&b, "点得准火候\n");
	column(&b, "点卤最见手艺。张师傅手持卤水，沿着锅边慢慢淋下，豆浆渐渐凝成豆花，豆花压好就出锅。", 17);
	buf_adds(&b, "卖得出名气\n");
	column(&b, "逢五逢十，张师傅的儿子开着三轮车去赶集，一板豆腐不到中午就卖完了，老手艺的名气越传越远。", 17);
	assign_page(&s, b.data);
	is_int(s.na, 1, "assign: plain headings set alike are one body's (%s)",
	    s.na > 1 && s.a[1].head >= 0 ? s.h[s.a[1].head].title : "");
	seg_free(&s);
	buf_reset(&b);

	/* The same with a first section of three paragraphs, each taking up
	 * its heading's words: W_A_HEADING_OWN pays the heading only the
	 * paragraph right under it, where read as a headline it is paid for
	 * all three, so the series (W_A_HEADING_SIBLING) keeps it the
	 * body's. (The case above holds with either of the two rules on:
	 * this one fails with W_A_HEADING_SIBLING=0.) */
	buf_adds(&b, "一块豆腐的“老手艺”\n□ 本报记者 冯俊\n");
	column(&b, "汾阳城东的老作坊里，六十岁的张师傅守着一口大锅，做了四十年的豆腐，街坊们说他的老手艺是城里最地道的。", 17);
	column(&b, "张师傅说，做豆腐的手艺是父亲传下来的，如今儿子也回来了，一家三代守着作坊，日子越过越红火。", 17);
	buf_adds(&b, "泡得足时辰\n");
	column(&b, "一块豆腐的第一步，是泡得足时辰。黄豆要泡足八个时辰，夏天泡得短，冬天泡得长，泡好的黄豆一掐两瓣。", 17);
	column(&b, "泡豆的水要换三遍，泡得足时辰的黄豆磨出的豆浆又细又白。", 17);
	column(&b, "张师傅说，时辰泡得足，豆腐才嫩，时辰不足，豆腐发硬，泡得足时辰是老手艺的头一条。", 17);
	buf_adds(&b, "点得准火候\n");
	column(&b, "点卤最见手艺。张师傅手持卤水，沿着锅边慢慢淋下，豆浆渐渐凝成豆花，豆花压好就出锅。", 17);
	buf_adds(&b, "卖得出名气\n");
	column(&b, "逢五逢十，张师傅的儿子开着三轮车去赶集，一板豆腐不到中午就卖完了，老手艺的名气越传越远。", 17);
	assign_page(&s, b.data);
	is_int(s.na, 1, "assign: ... and where its first section of three takes up its words (%s)",
	    s.na > 1 && s.a[1].head >= 0 ? s.h[s.a[1].head].title : "");
	seg_free(&s);
	buf_reset(&b);

	/* A reader's letter signed under its last sentence, then what the
	 * reporter found under a heading: the signature ends the letter,
	 * not the text on it (no credit's cut there, as after a notice's
	 * issuer): one article. */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	column(&b, para_a, 17);
	buf_adds(&b, "百姓呼声\n村里的健身器材坏了没人修\n");
	buf_adds(&b, "  编辑同志：\n");
	buf_adds(&b, "  我是方山县一个村的村民。前几年，村里的文\n化广场安装了一批健身器材，可这两年器材陆续\n出了毛病，希望有关部门能给个说法。\n");
	buf_adds(&b, "  方山县 村民 高建平\n");
	buf_adds(&b, "记者调查\n");
	buf_adds(&b, "  记者从方山县文化和旅游局了解到，全县农村\n的健身器材大多是前些年配建的，目前已超过了\n正常使用年限，部分器材确实存在损坏问题。\n");
	assign_page(&s, b.data);
	ok(s.na == 2 && s.a[1].head >= 0 &&
	    strcmp(s.h[s.a[1].head].title, "村里的健身器材坏了没人修") == 0 &&
	    s.a[1].last == s.np - 1,
	    "assign: a letter's signature does not end the text on it (%zu runs)",
	    s.na);
	seg_free(&s);
	buf_reset(&b);

	/* ... nor where a short heading (部门回复) stands under it and the
	 * reply opens with the office, not the writer's name (no
	 * rejoin_reply): the letter's text goes on (W_A_CUT_LETTER), the
	 * heading is the article's, not a headline over the reply. */
	buf_adds(&b, "文水县两万亩酿酒高粱陆续进入收获期\n□ 本报记者 郝晓东\n");
	column(&b, para_b, 17);
	buf_adds(&b, "百姓呼声\n希望给山里的孩子多开几趟校车\n");
	buf_adds(&b, "  敬爱的吕梁日报编辑：\n");
	buf_adds(&b, "  我是临县安业乡一个村的家长，孩子在乡中心\n学校上四年级。我们村离学校有十二里山路，全\n靠家长骑摩托车接送，我们这里啥时候能有校车？\n");
	buf_adds(&b, "  此致\n  敬礼！\n  临县安业乡家长 高二平\n");
	buf_adds(&b, "部门回复\n");
	buf_adds(&b, "  县教育局回复：经核实，明年将新增两辆专用车\n辆，开通两条周末往返线路，并会同交警部门对\n沿线道路安全状况进行评估，设置警示标志。\n");
	assign_page(&s, b.data);
	ok(s.na == 2 && s.a[1].head >= 0 &&
	    strcmp(s.h[s.a[1].head].title, "希望给山里的孩子多开几趟校车") == 0 &&
	    s.a[1].last == s.np - 1,
	    "assign: a heading under a letter's signature heads no reply of its own (%zu runs)",
	    s.na);
	seg_free(&s);
	buf_reset(&b);

	/* A plain title alone between two bodies, its words the text's
	 * before it: a headline set after its body heads that body. */
	column(&b, "日前，市场监管部门发布消息，一批电动车充电器因存在过热隐患，生产企业决定实施召回，涉及产品八千余件。", 17);
	column(&b, "购买过该型号电动车充电器的市民，可联系经销商免费更换，召回期间请暂停使用。", 17);
	buf_adds(&b, "一批电动车充电器实施召回\n");
	column(&b, "本报讯（记者 梁晓婷）为方便上班族和学生读书学习，市图书馆自下月起延长夜间开放时间，每晚开放至九点。", 17);
	column(&b, "图书馆负责人介绍，夜间开放期间，自习室、借阅室全部开放，读者凭借书证即可入馆。", 17);
	buf_adds(&b, "市图书馆延长夜间开放时间\n");
	assign_page(&s, b.data);
	ok(s.na >= 1 && s.a[0].head >= 0 &&
	    strcmp(s.h[s.a[0].head].title, "一批电动车充电器实施召回") == 0,
	    "assign: a plain title after its body heads it (%s)",
	    s.na >= 1 && s.a[0].head >= 0 ? s.h[s.a[0].head].title : "none");
	seg_free(&s);
	buf_reset(&b);

	/* A feature's first numbered section heading ((一)…), the only one
	 * the page prints, its section sharing few words with the opening:
	 * a heading of the feature, not a new report's headline
	 * (W_A_HEADING_NUM). */
	buf_adds(&b, "旧楼里的新日子\n□ 本报记者 冯俊\n");
	column(&b, "上午九点，凤山街道向阳小区三号楼前，七十五岁的荆大爷拄着拐杖走进新装的电梯，十几秒后已经站在了六楼家门口。", 17);
	column(&b, "向阳小区建于上世纪九十年代初，十六栋楼住着近六百户居民，六成以上是退休职工，老楼改造是居民最大的心愿。", 17);
	buf_adds(&b, "（一）一场协商会开了三次\n");
	column(&b, "加装电梯说起来是好事，办起来却难。高层住户举双手赞成，一楼二楼的住户不乐意，担心挡了采光、添了噪音。", 17);
	column(&b, "社区党支部书记挨家挨户上门，把电梯井的位置、尺寸画成效果图，一户一户地讲，协商会一连开了三次。", 17);
	column(&b, "费用怎么分摊是另一个焦点。最终十二户居民议定，按楼层由高到低递减分摊，一楼住户不出钱。", 17);
	assign_page(&s, b.data);
	is_int(s.na, 1, "assign: a numbered section heading is a feature's (%s)",
	    s.na > 1 && s.a[1].head >= 0 ? s.h[s.a[1].head].title : "");
	seg_free(&s);
	buf_reset(&b);

	/* A speech's numbered section heading wrapped over two lines
	 * (一、认清形势，增强抓好 / 农田水利建设的紧迫感) parses as a kicker
	 * over its title; read together they are one numbered head, a
	 * heading of the speech, not a new headline cutting it
	 * (numbered_wrap, W_A_HEADING_NUM). Another speech's end above. */
	buf_adds(&b,
	    "我们的做法主要有三条。一\n"
	    "是保证“有时间”。全县中小\n"
	    "学严格落实每天一小时校园\n"
	    "体育活动，大课间时长不少\n"
	    "于三十分钟，农村寄宿制学\n"
	    "校增设晚间锻炼时段。二是\n"
	    "保证“有场地”。三年来投入\n"
	    "两千四百万元，为十九所农\n"
	    "村学校新建、改建塑胶操场\n"
	    "和风雨球场，推动学校体育\n"
	    "场地在节假日向社会开放。\n"
	    "三是保证“有人教”。通过定\n"
	    "向招聘、走教支教等方式，\n"
	    "补充体育教师四十二名，实\n"
	    "现每所农村小学至少有一名\n"
	    "专职体育教师。\n"
	    "\n"
	    "结合山区实际，我们还因地\n"
	    "制宜发展特色项目。北武当\n"
	    "镇的学校开展登山和定向越\n"
	    "野 ，峪 口 镇 的 学 校 开 展 传 统\n"
	    "武术和踢毽子，县城学校重\n"
	    "点发展篮球和足球。今年，\n"
	    "全县共组织校际联赛和展示\n"
	    "活动六十多场，参与学生超\n"
	    "过八千人次。\n"
	    "\n"
	    "下一步，我们将继续补齐农\n"
	    "村学校体育师资和器材短板，\n"
	    "探索建立学生体质健康档案\n"
	    "和家校共育机制，让孩子们\n"
	    "在 运 动 中 享 受 乐 趣 、增 强 体\n"
	    "质、健全人格、锤炼意志。\n"
	    "\n"
	    "在全市冬春农田水利建设推进会上的讲话在全市冬春农田水利建设推进会上的讲话\n"
	    "\n"
	    "市委常委、副市长 冀鸿飞\n"
	    "\n"
	    "秋收已经结束，冬春农田水利建设的黄金时间到了。今天召开这次会议，\n"
	    "就是要总结今年全市农田水利工作，动员各级各部门抓住冬春有利时机，\n"
	    "集中力量补齐水利设施短板，为明年粮食生产打好基础。刚才，文水、岚县、\n"
	    "石楼作了发言，讲得都很实在，大家可以相互借鉴。下面，我讲三点意见。\n"
	    "\n"
	    "一、认清形势，增强抓好\n"
	    "\n"
	    "农田水利建设的紧迫感\n"
	    "\n"
	    "今年我市粮食生产再获丰收，总产量稳定在 24 亿斤以上，这里面农田水利\n"
	    "建设功不可没。全年新建和改造提升高标准农田 21.6 万亩，新增和恢复有\n"
	    "效灌溉面积 4.8 万亩，文峪河、磁窑河灌区续建配套工程完成年度任务。\n"
	    "\n"
	    "第一，抓好高标准农田建设。今冬明春全市要完成高标准农田建设任务18\n"
	    "万亩。各县要在 12 月中旬前完成项目招标，土地封冻前先干土方工程，封\n"
	    "冻后抓紧组织材料进场，确保开春后尽早完工、不误农时。\n"
	    "\n"
	    "第二，抓好灌区改造和小型水利工程。要集中资金对渗漏严重的骨干渠道\n"
	    "进行衬砌改造，对淤积严重的塘坝、谷坊进行清淤加固，推广管灌、喷灌、\n"
	    "滴灌等节水灌溉技术，让有限的水浇更多的地。\n"
	    "\n"
	    "第三，抓好建后管护。已建成的农田水利设施，要明确管护主体、管护责任\n"
	    "和管护经费，探索由村集体、农民用水合作组织和种粮大户参与管护的办\n"
	    "法，坚决防止“重建轻管”、建成就荒。\n"
	    "\n"
	    "同志们，水利是农业的命脉。希望大家只争朝夕、苦干实干，确保圆满完成\n"
	    "今冬明春农田水利建设各项任务！\n"
	    "\n"
	    "“村超”火了，火的不只\n"
	    "是足球，更是乡村的精气\n"
	    "神。呵护好这份热情，让\n"
	    "它从“一时火”变成“长\n"
	    "久热”，乡村振兴就多了\n"
	    "一份底气。\n");
	assign_page(&s, b.data);
	is_int(s.na, 2, "assign: a numbered heading wrapped as kicker and title is the speech's (%s)",
	    s.na > 2 && s.a[2].head >= 0 ? s.h[s.a[2].head].title : "");
	seg_free(&s);
	buf_reset(&b);

	/* Four plain titles alone between paragraphs in one stretch, none
	 * over a dateline: a feature's section headings, the last one's
	 * words its own section's as the others' are. */
	buf_adds(&b, "老作坊里的新日子\n□ 本报记者 冯俊\n");
	column(&b, "汾阳城东的老作坊里，六十岁的张师傅守着一口大锅，做了四十年的豆腐，街坊们说他的手艺是城里最地道的。", 17);
	buf_adds(&b, "头道工序先泡豆\n");
	column(&b, "黄豆要泡足八个时辰，夏天泡得短，冬天泡得长，泡好的黄豆一掐两瓣，张师傅说这是老辈人传下来的规矩。", 17);
	buf_adds(&b, "点卤全凭老经验\n");
	column(&b, "点卤最见功夫。张师傅手持卤水，沿着锅边慢慢淋下，豆浆渐渐凝成豆花，作坊里飘满了豆香。", 17);
	buf_adds(&b, "赶集的三轮车\n");
	column(&b, "逢五逢十，张师傅的儿子开着三轮车去赶集，一板豆腐不到中午就卖完了，作坊的名气越传越远。", 17);
	buf_adds(&b, "网店开到了省外\n");
	column(&b, "今年春天，孙女在网上开了店，真空包装的豆腐干卖到了省外，网店的订单一天比一天多，网店的客服也招了两个。", 17);
	column(&b, "网店的生意红火了，张师傅却说，网店再大，作坊里的老规矩一条也不能改，豆腐还得一锅一锅地点。", 17);
	column(&b, "网店开张以来，到店里来看做豆腐的城里客人多了，网店的评论区里也常有人问起泡豆和点卤的讲究。", 17);
	column(&b, "孙女说，网店要开下去，靠的还是一块好豆腐，网店只是把老手艺送到了更远的地方。", 17);
	assign_page(&s, b.data);
	is_int(s.na, 1, "assign: four plain headings in a stretch are one feature's (%s)",
	    s.na > 1 && s.a[1].head >= 0 ? s.h[s.a[1].head].title : "");
	seg_free(&s);
	buf_reset(&b);

	/* A kicker, a title wrapped in a narrow column and a plain
	 * subtitle over the byline: read as two titles (the kicker's and
	 * the byline's), the upper heading nothing, they settle as one
	 * headline's kicker, title and subtitle, not a kicker joined to
	 * the title over the subtitle. */
	column(&b, a1, 17);
	column(&b, a2, 17);
	buf_adds(&b, "秋冬防火专项行动\n城区老旧小区消防通\n道全部打通\n"
	    "清理占道杂物两千余处新增消防栓八十个\n□ 本报记者 冯俊\n");
	column(&b, "入秋以来，市消防救援支队联合各社区开展老旧小区消防通道专项整治，城区老旧小区消防通道已全部打通，居民出行更加顺畅。", 17);
	column(&b, "整治中，各社区累计清理占道杂物两千余处，拆除违规搭建的棚子三十多个，并在小区内新增消防栓八十个。", 17);
	column(&b, "支队负责人表示，下一步将建立长效机制，定期开展检查。", 17);
	settled_is(&b, 2, "秋冬防火专项行动", "城区老旧小区消防通道全部打通",
	    "清理占道杂物两千余处新增消防栓八十个",
	    "settle: kicker and title over a subtitle read as a title");

	/* A title quoting a catchword over a plain factual subtitle, the
	 * text holding the words of both: the quoted line is the title,
	 * not a kicker (W_B_KICKER_QUOTE; a kicker quoting a term, 聚焦
	 * “三农”, stays a kicker: test_blocks). */
	buf_adds(&b, "一堂走进秋天田野的“劳动课”\n"
	    "方山县实验小学师生走进果园采摘苹果\n□ 本报记者 冯俊\n");
	column(&b, "本报讯 日前，方山县实验小学三百余名师生走进城郊果园，上了一堂别样的劳动课，在果农的指导下采摘苹果、分拣装箱。", 16);
	column(&b, "学校负责人介绍，学校每学期安排学生走进果园、农田参加采摘，让孩子们在劳动中体会丰收的不易。", 16);
	settled_is(&b, 1, "", "一堂走进秋天田野的“劳动课”", NULL,
	    "blocks: a quoted catchword is the title's, not a kicker's");

	/* A title over a plain line read as its subtitle, after text: the
	 * block may be two titles (one set after the text before), and the
	 * assignment is offered that reading, as it is a kicker's. */
	column(&b, para_a, 16);
	buf_adds(&b, "一堂走进秋天田野的“劳动课”\n"
	    "方山县实验小学师生走进果园采摘苹果\n□ 本报记者 冯俊\n");
	column(&b, para_b, 16);
	block_page(&s, b.data);
	{
		size_t k, lower = 0, upper = 0;
		for (k = 0; k < s.nh; k++) {
			if (s.h[k].alt_of < 0)
				continue;
			if (s.h[k].alt_upper &&
			    strcmp(s.h[k].title, "一堂走进秋天田野的“劳动课”") == 0 &&
			    *s.h[k].subtitle == '\0')
				upper++;
			if (!s.h[k].alt_upper &&
			    strcmp(s.h[k].title, "方山县实验小学师生走进果园采摘苹果") == 0 &&
			    strcmp(s.h[k].byline, "本报记者 冯俊") == 0)
				lower++;
		}
		ok(upper == 1 && lower == 1,
		    "blocks: a title and its plain subtitle are offered as two titles");
	}
	seg_free(&s);
	buf_reset(&b);

	/* A title closing on a bracket or a quote over a pen name of two
	 * characters: the title ended on its mark, the name is no stub its
	 * wrap left (ends_whole). */
	buf_adds(&b, "【一事】楼道里的电动车，\n别再“上楼”\n林泉\n");
	column(&b, "近日，记者走访城区多个老旧小区发现，不少居民仍把电动车推进楼道充电，楼道里电线私拉乱接，一旦起火后果不堪设想。", 16);
	column(&b, "物业人员表示，小区已建成集中充电棚，但部分居民嫌麻烦，宁愿把车推上楼。", 16);
	settled_is(&b, 1, "", "【一事】楼道里的电动车，别再“上楼”", NULL,
	    "blocks: a title closing on its quote is whole, the name under it no stub");
	buf_adds(&b, "小巷深处的老手艺人【走基层】\n林泉\n");
	column(&b, "城东的小巷不宽，两旁是几十年的老房子，巷子深处有一家修表铺，铺子里的老师傅已经在这里坐了三十年。", 16);
	column(&b, "老师傅说，如今来修表的人少了，可他还是每天准时开门，街坊们路过总要进来坐坐。", 16);
	settled_is(&b, 1, "", "小巷深处的老手艺人【走基层】", NULL,
	    "blocks: a title closing on its bracket is whole, the name under it no stub");

	/* A box's title (相关链接) over a title and its byline: the box
	 * title stands alone, it has no subtitle. */
	column(&b, para_a, 16);
	buf_adds(&b, "相关链接\n古镇夜色 烟火重燃\n□ 本报记者 郝晓东\n");
	column(&b, para_b, 16);
	block_page(&s, b.data);
	ok(s.nh >= 2 && strcmp(s.h[0].title, "相关链接") == 0 &&
	    *s.h[0].subtitle == '\0' &&
	    strcmp(s.h[1].title, "古镇夜色 烟火重燃") == 0,
	    "blocks: a box's title has no subtitle (%s | %s)",
	    s.nh ? s.h[0].title : "", s.nh ? s.h[0].subtitle : "");
	seg_free(&s);
	buf_reset(&b);

	/* A first line shorter than the second but shaped as a report's
	 * sentence (…推进会召开: sentence_shape), which the lead repeats
	 * while it hardly holds the second: title and subtitle, not kicker
	 * and title (a kicker names a topic, 防汛一线). */
	buf_adds(&b, "全市农村集体经济发展推进会召开\n"
	    "年底前全面消除年收入十万元以下薄弱村\n");
	column(&b, "本报讯 12月1日，全市农村集体经济发展推进会在方山县召开。"
	    "会议总结了今年以来全市农村集体经济发展工作，安排部署下一阶段任务。", 16);
	column(&b, "与会人员先后来到方山县圪洞镇、积翔乡，实地观摩了光伏发电、"
	    "特色种植等集体经济项目。", 16);
	settled_is(&b, 1, "", "全市农村集体经济发展推进会召开",
	    "年底前全面消除年收入十万元以下薄弱村",
	    "settle: a first line shaped as a report's sentence is the title");

	/* A quoted saying with a comma inside (a report's sentence, no
	 * kicker's shape: title_shape_over) over a long plain line, both
	 * wrapped (read as two titles): title and subtitle, not kicker and
	 * title. */
	buf_adds(&b, "“只要还有人看，\n我就接着放”\n"
	    "石楼县乡村电影放映员乔来\n旺的三十一年\n");
	column(&b, "傍晚六点，石楼县罗村镇一个村子的打谷场上，放映员乔来旺支起幕布，"
	    "调好机器，等着村里的老人们搬着小板凳陆续过来。", 16);
	column(&b, "三十一年来，他骑坏了四辆摩托车，跑遍了全县的山村，"
	    "放了一万多场电影。", 16);
	settled_is(&b, 1, "", "“只要还有人看，我就接着放”",
	    "石楼县乡村电影放映员乔来旺的三十一年",
	    "settle: a title shaped as a sentence over a long line is no kicker");

	/* A title closing on a quoted catchword (ends_on_catchword) over a
	 * long line holding a figure (a report's sentence, so the two are
	 * alike by sentence_shape), both wrapped and read as two titles:
	 * title and subtitle, not kicker and title (no kicker closes on a
	 * quoted word). */
	buf_adds(&b, "从“站着吃”到“坐着吃”\n岚县2.1万名小学生\n"
	    "午餐有了“暖心桌”\n");
	column(&b, "本报讯 今年秋季开学以来，岚县为全县2.1万名小学生配齐了午餐"
	    "桌椅，学生午餐有了“暖心桌”，家长们纷纷点赞。", 16);
	column(&b, "过去，不少学校没有餐厅，孩子们只能站着吃午饭。“以前站着吃，"
	    "现在坐着吃。”四年级学生小刘说，从站着吃到坐着吃，吃得更香了。", 16);
	settled_is(&b, 1, "", "从“站着吃”到“坐着吃”",
	    "岚县2.1万名小学生午餐有了“暖心桌”",
	    "settle: a title closing on a quoted catchword is no kicker");

	/* A kicker and title heading nothing over a headline whose kicker
	 * closes on a quoted catchword (乡村振兴看产业 / 一座蔬菜产业园托起
	 * / 千户农家“致富梦” / 文水县…4.2万吨, a gathered block read as two
	 * kicker-and-title headlines): no kicker closes on a quoted word, so
	 * that line is the rest of the title above, and the lower title
	 * their subtitle, not all three upper lines one kicker. The block's
	 * reading is set by hand: the settling alone is tested. */
	buf_adds(&b, "乡村振兴看产业\n文水县现代设施蔬菜产业园年产鲜菜4.2万吨\n");
	column(&b, "本报讯 走进文水县现代设施蔬菜产业园，一排排日光温室整齐排列，"
	    "园区年产鲜菜4.2万吨，带动周边千户农家增收致富。", 16);
	assign_page(&s, b.data);
	if (s.na == 1 && s.a[0].head >= 0 && (size_t)s.a[0].head + 1 == s.nh) {
		size_t k = (size_t)s.a[0].head;
		struct seg_headline *u, *h;
		seg_new_headline(&s, s.h[k].item);
		u = &s.h[k];
		h = &s.h[s.nh - 1];
		free(u->kicker);
		u->kicker = xstrdup("乡村振兴看产业");
		free(u->title);
		u->title = xstrdup("一座蔬菜产业园托起");
		free(u->subtitle);
		u->subtitle = xstrdup("");
		u->article = SEG_UNSET;
		free(h->kicker);
		h->kicker = xstrdup("千户农家“致富梦”");
		free(h->title);
		h->title = xstrdup("文水县现代设施蔬菜产业园年产鲜菜4.2万吨");
		h->nth = 1;
		h->article = 0;
		s.a[0].head = (int)(s.nh - 1);
		seg_settle_kickers(&s);
		h = &s.h[s.a[0].head];
		ok(strcmp(h->kicker, "乡村振兴看产业") == 0 &&
		    strcmp(h->title, "一座蔬菜产业园托起千户农家“致富梦”") == 0 &&
		    strcmp(h->subtitle, "文水县现代设施蔬菜产业园年产鲜菜4.2万吨") == 0,
		    "settle: a kicker closing on a quoted catchword is the title's rest (%s | %s | %s)",
		    h->kicker, h->title, h->subtitle);
	} else {
		ok(0, "settle: a kicker closing on a quoted catchword is the title's rest (%zu articles)", s.na);
	}
	seg_free(&s);
	buf_reset(&b);

	/* Of a title and the plain line under it only the title printed
	 * bold (doubled): the two settle as title and subtitle, not kicker
	 * and title (the block's roles read them so: W_B_DOUBLED_TITLE). */
	buf_adds(&b, "一堂走进秋天田野的劳动课一堂走进秋天田野的劳动课\n"
	    "方山县实验小学师生走进果园采摘\n□ 本报记者 冯俊\n");
	column(&b, para_b, 16);
	settled_is(&b, 1, "", "一堂走进秋天田野的劳动课",
	    "方山县实验小学师生走进果园采摘",
	    "settle: the bold line is the title, the plain one its subtitle");

	/* A campaign's kicker printed bold (doubled) heading nothing over
	 * the plain title that heads the text (“数商兴农”在行动 / 临县红枣搭上
	 * 直播快车, a gathered block read as two titles): it is that title's
	 * kicker. Bold marks a kicker as often as a title in the pages (132
	 * bold kickers over plain titles, 120 bold titles over plain
	 * subtitles), so its type alone no longer makes it the title over a
	 * subtitle (take_line_above did). The reading is set by hand: the
	 * settling alone is tested. */
	buf_adds(&b, "临县红枣搭上直播快车\n");
	column(&b, "本报讯 临县红枣产区的果农们今年搭上了直播快车，在村里的电商"
	    "服务站架起手机，把刚烘干的红枣卖到了全国各地。", 16);
	assign_page(&s, b.data);
	if (s.na == 1 && s.a[0].head >= 0 && (size_t)s.a[0].head + 1 == s.nh) {
		size_t k = (size_t)s.a[0].head;
		struct seg_headline *u, *h;
		seg_new_headline(&s, s.h[k].item);
		u = &s.h[k];
		h = &s.h[s.nh - 1];
		free(u->title);
		u->title = xstrdup("“数商兴农”在行动");
		u->doubled = 1;
		u->article = SEG_UNSET;
		free(h->title);
		h->title = xstrdup("临县红枣搭上直播快车");
		h->doubled = 0;
		h->nth = 1;
		h->article = 0;
		s.a[0].head = (int)(s.nh - 1);
		seg_settle_kickers(&s);
		h = &s.h[s.a[0].head];
		ok(strcmp(h->kicker, "“数商兴农”在行动") == 0 &&
		    strcmp(h->title, "临县红枣搭上直播快车") == 0 &&
		    *h->subtitle == '\0',
		    "settle: a bold line over a plain title is its kicker (%s | %s | %s)",
		    h->kicker, h->title, h->subtitle);
	} else {
		ok(0, "settle: a bold line over a plain title is its kicker (%zu articles)", s.na);
	}
	seg_free(&s);
	buf_reset(&b);

	/* A text continued from another page (（上接3版）) opens without a
	 * dateline's reporters: a headline with a byline, gathered at the
	 * page end, may head it (W_A_BYLINE_DATELINE is for datelines). */
	column(&b, "本报讯（记者 王洋）7月26日，全市秋粮收购工作推进会召开。会议要求各地做好仓容腾并和资金筹措。", 17);
	column(&b, "会议强调，要严格执行收购政策，不压级压价，确保农民种粮收益。", 17);
	column(&b, "（上接3版）“文旅融合是县域经济的新引擎。”省旅游研究院研究员周涛在接受采访时说，吕梁山区红色资源丰富，红色旅游大有可为。", 17);
	column(&b, b2, 17);
	buf_adds(&b, "全市秋粮收购工作推进会召开\n周涛：让红色旅游成为富民产业\n"
	    "□ 本报记者 郝强\n");
	assign_page(&s, b.data);
	ok(s.na == 2 && s.a[1].head >= 0 &&
	    strcmp(s.h[s.a[1].head].title, "周涛：让红色旅游成为富民产业") == 0,
	    "assign: a bylined headline heads a text continued from another page");
	seg_free(&s);
	buf_reset(&b);

	/* A text continued from another page, its headline not here, then
	 * a report whose headline is gathered at the page end: the headline
	 * heads the text that takes up its words, not the paragraphs before
	 * it that share none (W_A_UNMET). */
	column(&b, "（上接3版）“乡村振兴离不开人才。”市农业农村局专家孙丽说，近年来全市培养新型职业农民两千多人，他们是发展现代农业的骨干力量。", 17);
	column(&b, "孙丽认为，培养职业农民要坚持需求导向，把课堂搬到田间地头，让农民学得会、用得上。", 17);
	column(&b, "在文水县，职业农民培训班开到了合作社的大棚里，学员边听边练，一季下来，种植技术明显提高。", 17);
	column(&b, "交城县的学员王小军学成后流转土地两百亩，种上了高粱和谷子，还带动周边二十多户农民一起种植。", 17);
	column(&b, "孙丽说，职业农民要有稳定的收入预期，培训之后还要跟上金融、保险和销售服务。", 17);
	column(&b, "她建议，各县建立职业农民人才库，让更多年轻人回乡创业。", 17);
	column(&b, b1, 17);
	column(&b, b2, 17);
	buf_adds(&b, "周涛：让红色旅游成为富民产业\n□ 本报记者 郝强\n");
	assign_page(&s, b.data);
	ok(s.na == 2 && s.a[0].head < 0 && s.a[1].head >= 0,
	    "assign: a headline heads the text holding its words, not those before (%zu runs)",
	    s.na);
	seg_free(&s);
	buf_reset(&b);

	/* A report under its headline, then a text continued from another
	 * page (（上接2版）) that shares one stray word with a long headline
	 * block gathered at the page end (市民, too few to meet it) and one
	 * (阅览) with the report that block names, which opens on no
	 * dateline or lead, then a second report: the continued text stays
	 * untitled, its headline on the page it comes from
	 * (W_A_UNTITLED_CONT; at 0, or with any word of a headline taken
	 * for a meeting, the gathered headline takes it in). */
	{
		double keep = seg_w[W_A_UNTITLED_CONT];
		int i, good[2];

		for (i = 0; i < 2; i++) {
			seg_w[W_A_UNTITLED_CONT] = i == 0 ? keep : 0;
			report_a(&b);
			column(&b, "（上接2版）据了解，该院胸痛中心自2021年启动建设以来，整合急诊、心内科和影像科力量，为市民开通了胸痛患者绿色通道，候诊区还设了阅览角。", 17);
			column(&b, "目前，从患者进门到血管开通的平均时间已缩短到七十分钟，优于国家标准要求的九十分钟。", 17);
			column(&b, "吕梁学院图书馆面向社会公众免费开放，读者凭身份证即可办理读者证，入馆阅览。", 17);
			column(&b, "开放期间，外来读者可在馆内阅览图书、查阅期刊，暂不提供外借服务。", 17);
			column(&b, b1, 17);
			column(&b, b2, 17);
			buf_adds(&b, "吕梁学院图书馆向市民免费开放\n"
			    "——每天开放十二小时，读者凭身份证入馆，暂不外借\n"
			    "□ 本报记者 武亚楠\n"
			    "周涛：让红色旅游成为富民产业\n□ 本报记者 王洋\n");
			assign_page(&s, b.data);
			good[i] = s.na == 4 && s.a[1].first == 3 && s.a[1].last == 4 &&
			    s.a[1].head < 0 && s.a[2].first == 5 && s.a[2].head >= 0;
			seg_free(&s);
			buf_reset(&b);
		}
		seg_w[W_A_UNTITLED_CONT] = keep;
		ok(good[0] && !good[1], "assign: a continued text sharing a stray "
		    "word with a gathered headline stays untitled, the headline "
		    "heads its report (%d, at W_A_UNTITLED_CONT 0: %d)", good[0],
		    good[1]);
	}

	/* A report, a text continued from another page ((上接7版)) sharing
	 * one stray pair (开放) with a short headline gathered at the page
	 * end (every pair of a short one meets a text), that headline's
	 * report, then a second one: a stray pair is no meeting for a
	 * continued text (CONT_MEET_MIN), which stays untitled, its
	 * headline on the page it comes from; the gathered headline heads
	 * only its own report (with any pair a meeting, it took the
	 * continued text in). */
	report_a(&b);
	column(&b, "(上接7版)近日，临县向全县城乡低保对象、特困供养人员等困难群众发放冬季取暖补贴，每户补助标准为600元，各乡镇发放点周末照常开放。", 17);
	column(&b, "县民政局同时组织乡镇干部对独居、高龄、残疾等困难群众开展入户走访，检查取暖设施安全情况，确保困难群众温暖过冬。", 17);
	column(&b, "即日起，吕梁学院图书馆面向社会公众免费开放，市民凭身份证在服务台登记后即可办理临时阅览证。", 17);
	column(&b, "开放期间，外来读者可在馆内阅览图书，暂不提供外借服务。", 17);
	column(&b, b1, 17);
	column(&b, b2, 17);
	buf_adds(&b, "吕梁学院图书馆向市民免费开放\n□ 本报记者 武亚楠\n"
	    "周涛：让红色旅游成为富民产业\n□ 本报记者 王洋\n");
	assign_page(&s, b.data);
	ok(s.na == 4 && s.a[1].first == 3 && s.a[1].last == 4 &&
	    s.a[1].head < 0 && s.a[2].first == 5 && s.a[2].head >= 0,
	    "assign: a continued text sharing a stray pair with a short "
	    "gathered headline stays untitled (%zu runs, second %zu-%zu "
	    "head %d)", s.na, s.na > 1 ? s.a[1].first : 0,
	    s.na > 1 ? s.a[1].last : 0, s.na > 1 ? s.a[1].head : 0);
	seg_free(&s);
	buf_reset(&b);

	/* Briefs, each under a lone title: a lone title over a paragraph
	 * opening on a column label (【科普】…) heads that paragraph as an
	 * item of its own, no section heading of the brief before it
	 * (W_A_HEADING_LABELLED; at 0 the brief before takes it in). */
	{
		double keep = seg_w[W_A_HEADING_LABELLED];
		int i, good[2];

		for (i = 0; i < 2; i++) {
			seg_w[W_A_HEADING_LABELLED] = i == 0 ? keep : 0;
			buf_adds(&b, "方山2400名小学生接受免费视力筛查\n");
			column(&b, "本报讯（通讯员 薛晓慧）近日，方山县卫健局联合县人民医院眼科，为全县11所小学的2400余名学生开展免费视力筛查，并为每名学生建立屈光发育档案。", 17);
			column(&b, "筛查发现，学生近视检出率为31.7%，比去年同期下降2.4个百分点。对筛查中发现的视力异常学生，医务人员逐一向家长发放复查通知书，并讲解科学用眼知识。", 17);
			buf_adds(&b, "冬天窗户上的冰花是怎么来的？\n");
			column(&b, "【科普】寒冷的早晨，窗玻璃上常会结出羽毛、树枝一样的冰花。这是因为室内空气中的水汽遇到温度低于零度的玻璃，直接凝华成冰晶。玻璃上的细小划痕和灰尘成了冰晶生长的“起点”，冰晶沿着一定方向不断延伸，就形成了千姿百态的图案。室内越暖、湿度越大，冰花就越繁密。", 17);
			buf_adds(&b, "交城八旬老兵捐出积蓄助学\n");
			column(&b, "近日，交城县洪相乡84岁的退役老兵冀长林将积攒多年的3万元交到县退役军人事务局，委托资助家庭困难的学生。老人说，自己当年是在部队里学会识字的，知道读书有多难得。", 17);
			assign_page(&s, b.data);
			good[i] = s.na == 3 && s.a[1].head >= 0 &&
			    strcmp(s.h[s.a[1].head].title,
			    "冬天窗户上的冰花是怎么来的？") == 0;
			seg_free(&s);
			buf_reset(&b);
		}
		seg_w[W_A_HEADING_LABELLED] = keep;
		ok(good[0] && !good[1], "assign: a lone title over a paragraph "
		    "opening on a column label heads it (%d, at "
		    "W_A_HEADING_LABELLED 0: %d)", good[0], good[1]);
	}

	/* A report, then an interview whose title is a quotation said in
	 * its last paragraph, both headlines gathered at the page end: the
	 * quotation heads the whole interview, not only the paragraph that
	 * says it (a pulled quote pays no W_A_UNMET). */
	column(&b, "7月26日，全市秋粮收购工作推进会召开。会议要求各地做好仓容腾并和资金筹措。", 17);
	column(&b, "会议强调，要严格执行收购政策，不压级压价，确保农民种粮收益。", 17);
	column(&b, "清晨六点，柳林县城西街的面馆里已经飘出骨汤的香味，老板贾树林正在案板前揉面。", 17);
	column(&b, "记者：每天这么早开门，辛苦吗？", 17);
	column(&b, "贾树林：习惯了。老主顾们上班前要来吃一口，我不开门，他们就得饿着肚子走。", 17);
	column(&b, "记者：店里的汤头有什么讲究？", 17);
	column(&b, "贾树林：骨头要熬足六个钟头，火候不能急。贾家的面馆从我父亲那辈开起，手艺一点没改。", 17);
	column(&b, "记者：客人多的时候忙得过来吗？", 17);
	column(&b, "贾树林：老伴帮着收钱，儿子放假回来也搭把手，一早上能卖两百多碗。", 17);
	column(&b, "记者：这些年面价涨了没有？", 17);
	column(&b, "贾树林：涨过两回，每回只涨一块钱，街坊们都说实在。", 17);
	column(&b, "记者：有没有想过把店开大一些？", 17);
	column(&b, "贾树林：想过，但还是守着这一间。一碗面，守了三十年，图的就是街坊们那句“还是这个味”。", 17);
	buf_adds(&b, "全市秋粮收购工作推进会召开\n“一碗面，守了三十年”\n本报记者 郝强\n");
	assign_page(&s, b.data);
	ok(s.na == 2 && s.a[1].head >= 0 && s.a[1].first == 2,
	    "assign: a pulled-quote title heads its whole interview (%zu runs, second from %zu)",
	    s.na, s.na == 2 ? s.a[1].first : 0);
	seg_free(&s);
	buf_reset(&b);

	/* A report under its headline, then one whose headline stands
	 * alone after the page's last text (paragraphs a line each, the
	 * two reports sharing words of a city's offices): that headline
	 * heads the text right before it (W_A_AFTER_LAST), not nothing. */
	buf_adds(&b,
	    "项目负责人俞秉坤研究员介绍，团队从上千份大豆种质资源中筛选出耐盐碱性状突出的材料，结合分子标记辅助选择技术，定向聚合耐盐、耐碱和高产基因，最终育成这一新品种。与当地主栽品种相比，新品种出苗率提高20个百分点以上，籽粒蛋白质含量达41.5%。\n"
	    "\n"
	    "图为科研人员在黑龙江省肇源县的盐碱地试验田查看大豆结荚情况。 新华社记者 谢剑锋 摄\n"
	    "\n"
	    "测产地块位于黑龙江省大庆市肇源县的一处重度盐碱地。种植户甘学礼说：“以前这块地种啥都不爱长，今年豆荚结得密、籽粒也饱满，心里踏实多了。”\n"
	    "\n"
	    "专家组认为，该品种为盐碱地大豆规模化种植提供了新的品种选择，建议在东北苏打盐碱地区扩大示范推广。下一步，团队将配套研发土壤改良与水肥一体化技术，推动良种良法协同增产。\n"
	    "\n"
	    "柳林县开展秋季动物疫病集中免疫\n"
	    "\n"
	    "本报讯（通讯员 高亮）连日来，柳林县组织各乡镇畜牧兽医人员深入养殖场户，开展秋季重大动物疫病集中免疫工作，对全县牛羊猪鸡等畜禽进行口蹄疫、禽流感等疫病强制免疫，确保应免尽免、不留死角。\n"
	    "\n"
	    "截至目前，全县已免疫牛羊12.6万头只、生猪8.3万头、家禽46万羽，免疫密度达到100%。\n"
	    "\n"
	    "12月4日凌晨2时许，一辆装载液碱的罐车在青银高速离石段发生侧翻，罐体阀门处出现泄漏。\n"
	    "\n"
	    "接警后，市消防救援支队、高速交警、应急管理、生态环境等部门迅速赶赴现场。救援人员在对周边实施警戒、封闭相关车道后，采用堵漏、倒罐、中和稀释等方式进行处置，经过近5个小时的连续作业，成功排除险情，未造成人员伤亡和环境污染。\n"
	    "\n"
	    "事故发生后，市安委办立即通报全市，要求各地各部门深刻汲取教训，加强危化品运输车辆源头管控和动态监管，严查超载、疲劳驾驶等违法违规行为。\n"
	    "\n"
	    "事故原因正在进一步调查中。\n"
	    "\n"
	    "我市成功处置一起危化品运输车辆泄漏事故\n"
	    "\n");
	assign_page(&s, b.data);
	ok(s.na == 3 && s.a[2].head >= 0 && seg_starts(s.it[s.paras[s.a[2].first]].text, "12月4日"),
	    "assign: one headline after the page's last text heads the text before it (%zu runs)",
	    s.na);
	seg_free(&s);
	buf_reset(&b);

	/* A headline after the page's last text whose words name that
	 * text, and a photo's lead-in earlier holding some of them too,
	 * an interview between run on into the last text (one of its words
	 * there): the headline heads the text before it, where its words
	 * are (W_A_AFTER_WORDS), not the lead-in. */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n\n");
	column(&b, "全市秋粮收购工作推进会在市行政中心召开，副市长出席会议并讲话。会议通报了今年秋粮生产形势和收购准备情况。", 17);
	column(&b, "会议要求，各地要做好仓容腾并、设备检修和资金筹措，确保收储企业有仓收粮、有钱收粮，切实保护种粮农民利益。", 17);
	buf_adds(&b, "\n");
	column(&b, "入冬以来，碛口镇烟火重燃，大批游客来到古镇。", 17);
	buf_adds(&b, "\n图为游客在古镇参观。 通讯员 任佳琪 摄\n\n专家访谈\n培养职业农民 助力乡村振兴\n记者 白晓燕\n\n");
	column(&b, a1, 17);
	column(&b, a2, 17);
	column(&b, a3, 17);
	column(&b, "午后的古镇，阳光照在青石板铺就的后街上，两侧的店铺依山而建，培养出来的农民在这里开起了民宿。", 17);
	column(&b, "明清时期，这里是黄河中游著名的水旱码头，船只到了这里就得卸货改走旱路，由骆驼驮运翻越吕梁山。", 17);
	column(&b, "随着公路、铁路兴起，水运衰落，古镇渐渐沉寂下来。如今，这座古镇正凭借黄河文化，重新热闹起来。", 17);
	buf_adds(&b, "\n黄河古渡 烟火重燃\n温晓岚\n");
	assign_page(&s, b.data);
	{
		const struct seg_article *l = s.na ? &s.a[s.na - 1] : NULL;
		ok(l != NULL && l->head >= 0 &&
		    strcmp(s.h[l->head].title, "黄河古渡 烟火重燃") == 0 &&
		    l->last == s.np - 1 &&
		    seg_starts(s.it[s.paras[l->first]].text, "明清时期"),
		    "assign: a headline after the last text whose words name it heads it, not a lead-in with some of them (%zu runs)",
		    s.na);
	}
	seg_free(&s);
	buf_reset(&b);

	/* Where another interviewee starts answering, and no one answers
	 * on both sides, two interviews meet (W_A_CUT_SPEAKER); not inside
	 * one, nor in a talk among several. */
	buf_adds(&b, "举重馆里的“马教练”\n本报记者 冯俊\n");
	column(&b, "马秀英：大部分孩子来自山区县的农村，家里条件一般，但是训练时都很能吃苦。", 16);
	column(&b, "记者：每天怎样训练？", 16);
	column(&b, "马秀英：早上出早操练体能，下午进馆练技术，晚上上课。", 16);
	column(&b, "记者：比赛成绩怎么样？", 16);
	column(&b, "蒲海英：孩子们在比赛中拿了三枚金牌，训练的汗没有白流。", 16);
	column(&b, "记者：有什么期望？", 16);
	column(&b, "蒲海英：希望能从这里走出一个全国冠军，站上更高的领奖台。", 16);
	column(&b, "周涛：我同意。", 16);
	column(&b, "蒲海英：山区农村的孩子吃得了苦，每天训练再累也没人叫苦。", 16);
	column(&b, "周涛：我们那里也一样。", 16);
	assign_page(&s, b.data);
	{
		size_t k, at = 0, in = 0, panel = 0;
		for (k = 1; k < s.np; k++) {
			const char *t = s.it[s.paras[k]].text;
			at += seg_starts(t, "记者：比赛") && seg_speakers_change(&s, k);
			in += seg_starts(t, "记者：每天") && seg_speakers_change(&s, k);
			panel += seg_starts(t, "周涛：我们") && seg_speakers_change(&s, k);
		}
		ok(s.np == 10 && at == 1 && in == 0 && panel == 0,
		    "assign: speakers change between two interviews, not in one or a panel (%zu %zu %zu)",
		    at, in, panel);
	}
	seg_free(&s);
	buf_reset(&b);

	/* A talk among several (圆桌对话) names its guests in a list under
	 * its intro and gives each a section under a quoted heading: the
	 * speaker changes at the heading (W_A_CUT_SPEAKER) and the quote's
	 * words open the section, but the one answering there is a guest
	 * the list named, the talk going on up to it (W_A_CUT_GUEST): one
	 * article, its headings sections. (Another talk, signed by its
	 * credit, stands before it; the headlines gathered after the texts.) */
	buf_adds(&b,
	    " 临县是“民歌之乡”，流传着上千首反映黄河岸边生产\n"
	    "生活的民歌。元旦前夕，本报邀请一位传承人和一位音乐\n"
	    "教师，围绕民歌怎样传下去展开了一场对话。\n"
	    " 主持人：张老师，您还记得第一次唱是什么时候吗？\n"
	    " 张桂英：那年我才九岁。我娘在院里纺线，一边纺一边\n"
	    "哼，我跟着学，唱着唱着就会了。\n"
	    " 主持人：高老师，您是怎么接触到民歌的？\n"
	    " 高晓宇：上大学学了声乐，回来找张老师录音，第一次\n"
	    "听她现场唱，一下就被打动了。\n"
	    " 主持人：新的一年，二位有什么打算？\n"
	    " 张桂英：我想把记得的老曲子都录下来，再不录就失传\n"
	    "了。\n"
	    "本报记者 赵丽芳 整理\n");
	buf_adds(&b,
	    " 今年6月，离石区首家社区老年食堂在滨河街道开门，\n"
	    "每天为辖区老人供应午餐和晚餐，一顿饭八块钱。开门半\n"
	    "年，效果如何？还有哪些难题？本报邀请食堂负责人、家\n"
	    "属代表和区民政局负责人，一起聊聊“家门口的食堂”。\n"
	    " 嘉宾：\n"
	    " 刘秀兰　滨河街道社区老年食堂负责人\n"
	    " 王　强　家属代表、滨河街道居民\n"
	    " 陈建华　离石区民政局养老服务科科长\n"
	    " 主持人：先请家属说说，为什么让父亲到这里吃？\n"
	    " 王强：我父亲八十多岁，一个人住，以前常常一顿凑合\n"
	    "两顿。现在走路三分钟就到，我能安心上班了。\n"
	    "“做老人的饭，讲究的是软和淡”\n"
	    " 主持人：刘经理，开门半年，您最大的感受是什么？\n"
	    " 刘秀兰：讲究的是软和淡。牙口不好的要切碎炖烂，血\n"
	    "糖高的要少油少糖，厨师换了三茬才找到合适的。\n"
	    " 主持人：运营上有没有困难？\n"
	    " 刘秀兰：困难肯定有，房租、工资、菜价都在涨，基本\n"
	    "是微利运营，主要靠补贴撑着。\n"
	    " 主持人：人手够不够？\n"
	    " 刘秀兰：厨师和帮工一共九个人，中午最忙的时候还要\n"
	    "请志愿者来帮着端盘子。\n"
	    "“让更多家庭少操一份心”\n"
	    " 主持人：陈科长，从政府的角度，下一步有什么打算？\n"
	    " 陈建华：目标就是让更多家庭少操一份心。明年计划在\n"
	    "新建小区和城中村再开五处社区食堂，对高龄、独居和低\n"
	    "保对象按月发放就餐补贴，全区的助餐点要从现在的七个\n"
	    "增加到十二个。\n"
	    " 主持人：运营难题怎么破解？\n"
	    " 陈建华：我们按实际就餐人次给予运营补助，还对场地\n"
	    "租金给予一定减免，鼓励物业企业和社会组织参与进来，\n"
	    "同时每年组织厨师和服务人员免费培训。\n"
	    " 王强：作为家属，希望这样的地方能再多一些，特别是\n"
	    "在老旧小区。\n"
	    " 刘秀兰：我们也希望社会多理解这个行业，我们一定尽\n"
	    "心尽力。\n"
	    "老调新唱，民歌不老\n"
	    "对话临县民歌传承人和音乐教师\n"
	    "圆桌对话\n"
	    "社区食堂开到家门口，各方怎么看？\n"
	    "本报记者 李文华\n");
	assign_page(&s, b.data);
	ok(s.na == 2 && s.a[1].first == 7 && s.a[1].last == s.np - 1,
	    "assign: a talk's guests answering under its quoted headings go on with it (%zu runs, the second from %zu)",
	    s.na, s.na > 1 ? s.a[1].first : 0);
	seg_free(&s);
	buf_reset(&b);

	/* An editor's note (编者按：…) opens the letter column it tells
	 * of: the column's label (来信) under it and the letter's
	 * salutation (编辑同志：, W_A_CUT_FRAME) do not cut it off as an
	 * article of its own (W_A_CUT_NOTED); a report before it, the
	 * column's headline gathered after the texts. */
	buf_adds(&b,
	    "临县城区新增三处公共停车场\n"
	    "本报记者 孙丽娜\n"
	    " 本报讯 12月1日，临县城\n"
	    "区三处新建公共停车场投入使用\n"
	    "，共新增停车位四百余个，缓解\n"
	    "了老城区停车难问题。\n"
	    " 据介绍，三处停车场均设有充\n"
	    "电桩，前两个小时免费停放。\n"
	    " 编者按：近日，本报“读者来\n"
	    "信”栏目收到一封来自岚县的信\n"
	    "，反映山区村冬季用水不便的问\n"
	    "题。我们将来信摘要刊发，并附\n"
	    "上编辑部联系有关部门了解到的\n"
	    "情况，以期引起关注。\n"
	    LETTER_REPLY
	    "本报编辑部\n"
	    "读者来信\n"
	    "山里的自来水，冬天能不能不断？\n"
	    "一位读者的来信和本报编辑的回复\n");
	two_runs(&b, 2, "assign: an editor's note goes on with the letter it announces");

	/* The reply to a letter (韩志刚同志：… / 本报编辑部) closes the
	 * letter's page: its signature is no letter's, after which the
	 * findings or the reply would go on (W_A_CUT_LETTER), and the
	 * untitled text under it is another article (W_A_CUT_REPLIED). */
	buf_adds(&b,
	    "读者来信\n"
	    "山里的自来水，冬天能不能不断？\n"
	    "一位读者的来信和本报编辑的回复\n"
	    " 编者按：近日，本报“读者来\n"
	    "信”栏目收到一封来自岚县的信\n"
	    "，反映山区村冬季用水不便的问\n"
	    "题。我们将来信摘要刊发，并附\n"
	    "上编辑部联系有关部门了解到的\n"
	    "情况。\n"
	    LETTER_REPLY
	    " 本报编辑部\n");
	buf_adds(&b,
	    " 腊月前的石板沟村，山坡上的\n"
	    "积雪还没化尽，村东头那孔废弃\n"
	    "多年的煤窑巷道里，却是另一番\n"
	    "景象：一排排菌棒整整齐齐码在\n"
	    "架子上，白生生的平菇挤满了袋\n"
	    "口。\n"
	    " 石板沟村位于中阳县金罗镇北\n"
	    "部，早年间靠小煤窑过日子。煤\n"
	    "窑关停后，留下了几条长长的巷\n"
	    "道，一直闲着。\n"
	    " 想法最早来自村里的返乡青年\n"
	    "冯海军。他在外地的食用菌基地\n"
	    "打过几年工，知道平菇喜欢阴凉\n"
	    "潮湿、温度稳定的地方。\n"
	    " 如今，巷道里一年能出三茬菇\n"
	    "，合作社带动了村里四十多户人\n"
	    "家增收。\n");
	two_runs(&b, 10, "assign: a reply's signature ends the letter's page");

	/* An interview's question and its answer are one exchange: a
	 * headline gathered after the texts, whose quote only the last
	 * answer repeats, does not cut an answer off its question
	 * (W_A_CUT_ANSWER). */
	column(&b, "本报讯（记者 王洋）7月26日，全市青少年摔跤锦标赛在市体育运动学校落幕，来自全市各县的二百多名少年参加比赛。", 17);
	column(&b, "市体育运动学校代表队获得三枚金牌，山区农村的孩子在摔跤垫上展示了顽强拼搏的精神。", 17);
	column(&b, "在市体育运动学校的摔跤馆里，二十多名少年正在摔跤垫上练习抱腿摔，教练蒲海英在一旁纠正动作。", 17);
	column(&b, "记者：这次比赛成绩很亮眼，最大的收获是什么？", 17);
	column(&b, "蒲海英：孩子们在比赛中拿了三枚金牌，训练的汗水没有白流，大家更有信心了。", 17);
	column(&b, "记者：对未来有什么期望？", 17);
	column(&b, "蒲海英：希望走出一个全国冠军。倒下一百次，就要站起来一百零一次，这是我常跟队员们说的话。", 17);
	buf_adds(&b, "全市青少年摔跤锦标赛落幕\n“倒下一百次，就要站起来一百零一次”\n本报记者 闫鹏飞\n");
	assign_page(&s, b.data);
	ok(s.na == 2 && !seg_starts(s.it[s.paras[s.a[1].first]].text, "蒲海英："),
	    "assign: no cut between an interview's question and its answer (%zu runs, the second from %zu)",
	    s.na, s.na == 2 ? s.a[1].first : 0);
	seg_free(&s);
	buf_reset(&b);

	/* The one answering last before a gap answers again after it: the
	 * interview goes on, though a headline gathered after the texts
	 * quotes a later question of it (W_A_CUT_ANSWERS_ON). */
	column(&b, "本报讯（记者 王洋）7月26日，全市秋粮收购工作推进会召开。会议要求各地做好仓容腾并和资金筹措，确保颗粒归仓。", 17);
	column(&b, "会议强调，要严格执行收购政策，不压级压价，确保农民种粮收益。", 17);
	column(&b, "问：神经外科手术为什么难度大？", 17);
	column(&b, "答：脑干手术风险高，一台手术下来要站十几个小时，团队要反复讨论手术方案。", 17);
	column(&b, "问：年轻医生怎样才能做好手术？", 17);
	column(&b, "答：手术要一台一台地练，年轻医生先当助手，再慢慢主刀，十几年才能练成。", 17);
	column(&b, "问：您常说每一个病人都是一本书，这是什么意思？", 17);
	column(&b, "答：同样的病，在不同的人身上表现也不同，做手术前要把病人读懂。", 17);
	column(&b, "问：对年轻医生有什么寄语？", 17);
	column(&b, "答：技术要精，心要热，每一台手术都要对得起病人的信任。", 17);
	buf_adds(&b, "全市秋粮收购工作推进会召开\n“每一个病人，都是一本书”\n记者 白晓燕\n");
	two_runs(&b, 2, "assign: an interview goes on while its interviewee answers on");

	/* An interview's intro, its first question right after it, under
	 * a report with no turn: the interview starts there, though it has
	 * no headline on the page and little else tells the cut
	 * (W_A_CUT_INTERVIEW). (The last answer names 全市, a word of the
	 * report's headline: W_A_TAIL, a run past its headline's words, does
	 * not cut it off in the rule's stead.) */
	{
		static const char *const paras[] = {
		    "7月26日，全市秋粮收购工作推进会召开，会议通报了今年秋粮生产形势和收购准备情况，要求各地做好仓容腾并和资金筹措。",
		    "会议强调，要严格执行收购政策，不压级压价，让农民种粮的汗水没有白流，群众满意。",
		    "在市体育运动学校的摔跤馆里，二十多名少年正在摔跤垫上练习抱腿摔，教练蒲海英在一旁纠正动作。",
		    "记者：这次比赛成绩很亮眼，最大的收获是什么？",
		    "蒲海英：孩子们在比赛中拿了三枚金牌，训练的汗水没有白流，大家更有信心了。",
		    "记者：对未来有什么期望？",
		    "蒲海英：希望走出一个全国冠军。倒下一百次，就要站起来一百零一次。也希望全市更多孩子爱上摔跤。",
		    NULL };
		buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 王洋\n");
		for (const char *const *p = paras; *p != NULL; p++)
			column(&b, *p, 17);
	}
	two_runs(&b, 2, "assign: an interview's intro under a report starts an article");

	/* An interview's intro that tells of the interview (记者就此采访了…)
	 * right under the last answer of another interview, its first
	 * question after it; the headlines gathered after the texts. The
	 * turns before the intro keep W_A_CUT_INTERVIEW off, the one
	 * answering (答：) answers on after it: the intro opens the second
	 * interview all the same (W_A_CUT_RETOLD), not a later answer whose
	 * words the second headline names. */
	{
		static const char *const paras[] = {
		    "本报讯 12月1日起，我市对电动自行车登记上牌工作作出进一步规范，群众办理登记更加方便。",
		    "问：哪些电动自行车可以登记上牌？",
		    "答：符合强制性国家标准、列入产品目录并取得认证的电动自行车，都可以申请登记。",
		    "问：办理登记需要带哪些材料？",
		    "答：车主需携带本人身份证、购车发票、产品合格证，并将车辆骑到登记点查验。",
		    "问：过去领了临时号牌的超标车怎么处理？",
		    "答：临时号牌到期后不再延期，车主可以在过渡期内将超标车交售回收企业，享受以旧换新补贴。",
		    "问：对骑行人还有什么提醒？",
		    "答：骑车要戴好安全头盔，不得载人超过规定，不得在机动车道内行驶，车辆要到登记点按时查验。",
		    "入冬以来，气温骤降，心脑血管疾病进入高发期。哪些人群需要格外小心？记者就此采访了市人民医院主任医师邢建国。",
		    "问：为什么冬季心脑血管疾病更容易发作？",
		    "答：寒冷刺激会让血管收缩，血压随之升高，心脏负担加重，血栓形成的风险也跟着增加。",
		    "问：哪些人是高危人群？",
		    "答：主要是有高血压、糖尿病、高血脂的中老年人，还有长期吸烟、肥胖的人。",
		    "问：出现哪些症状需要马上就医？",
		    "答：胸口发闷、发紧，持续几分钟不缓解，一定要第一时间拨打急救电话。",
		    "问：冬季日常生活中要注意什么？",
		    "答：一是注意保暖，尤其是头颈部，早上起床别太急；二是晨练不宜太早；三是饮食清淡，少吃咸菜。",
		    NULL };
		gathered_runs(&b, paras, "电动自行车登记上牌有哪些新规定\n记者 李雅琴\n"
		    "天一冷，胸口发闷别硬扛\n记者 温丽娜\n", 9,
		    "assign: an intro telling of an interview under another's last answer opens it");
	}

	/* ... and under a feature with no turn, the interview untitled
	 * here (its headline on another page), a report after it, the
	 * feature's headline gathered at the end: the intro that tells of
	 * the interview opens it (W_A_CUT_RETOLD adds to W_A_CUT_INTERVIEW;
	 * without it the feature's headline takes the three texts). */
	{
		static const char *const paras[] = {
		    "早上七点，刘建国骑着摩托车准时出现在柳林县孟门镇的黄河堤防上。他沿着堤顶缓缓前行，不时停下来查看堤坡有没有裂缝、渗水，护岸石有没有松动。",
		    "今年55岁的刘建国，当了整整18年的黄河堤防巡查员，负责孟门镇境内12公里的堤防巡查。每到汛期，他每天至少巡查两遍，遇到大雨天气还要夜间加巡。18年来，他累计巡查里程超过8万公里，发现并及时上报险情隐患60余处。",
		    "“黄河堤防关系到沿岸群众的生命财产安全，一点都马虎不得。”刘建国说，只要身体允许，他会一直在这条堤上走下去。",
		    "入冬以来，气温骤降，心脑血管疾病进入高发期。哪些人群需要格外小心？身体出现哪些信号要及时就医？记者就此采访了市人民医院心血管内科主任医师邢建国。",
		    "问：为什么冬季心脑血管疾病更容易发作？",
		    "答：寒冷刺激会让血管收缩，血压随之升高，心脏负担加重。再加上冬天人们活动少、饮食偏油腻，血液黏稠度上升，血栓形成的风险也跟着增加。我们科室每年12月到次年2月的急诊量，比夏季要多出四成左右。",
		    "问：哪些人是高危人群？",
		    "答：主要是有高血压、糖尿病、高血脂的中老年人，还有长期吸烟、肥胖的人。另外，这几年我们接诊的三四十岁患者明显多了，很多是长期熬夜、压力大，自己觉得年轻，身体有了信号也不当回事。",
		    "问：出现哪些症状需要马上就医？",
		    "答：胸口发闷、发紧，像压了一块石头，持续几分钟不缓解；疼痛向左肩、左臂或者下巴放射；突然一侧手脚无力、口角歪斜、说话含糊不清，这些都是危险信号。一定要第一时间拨打120，不要自己开车去医院，更不要在家里“等一等、看一看”。",
		    "问：有人说，心梗发作时咳嗽可以自救，这个说法对吗？",
		    "答：这是网上流传很广的一个误区。所谓“咳嗽自救”没有可靠的科学依据，反而可能耽误时间。正确的做法是立即停止活动，就地坐下或躺下，保持安静，有条件的可以在医生指导下嚼服阿司匹林，同时尽快呼叫急救。",
		    "问：冬季日常生活中要注意什么？",
		    "答：一是注意保暖，尤其是头颈部，早上起床别太急，在床上躺半分钟、坐半分钟再下地。二是晨练不宜太早，最好等太阳出来以后再出门。三是饮食清淡，少吃咸菜、腌肉，控制饮酒。四是按时服药，不要自行停药或者减量。很多病人血压一正常就把药停了，这是非常危险的。",
		    "问：对于已经放了支架的患者，有什么特别提醒？",
		    "答：支架不是“一劳永逸”。术后要坚持服用抗血小板药物，定期复查血脂、血糖，戒烟限酒。有的患者觉得放了支架就万事大吉，又恢复了原来的生活习惯，结果没两年血管又堵了。",
		    "11月8日，2024晋陕蒙县域商业发展论坛在孝义市举行。商务部国际贸易经济合作研究院研究员上官怀瑾在论坛上表示，县域是连接城市和乡村的枢纽，县域商业体系是否健全，直接关系到农产品能不能顺畅“出村进城”、工业品能不能便捷“下乡进村”。",
		    "上官怀瑾说，近年来，吕梁各县的乡镇商贸中心、村级便民店布局逐步完善，快递进村覆盖率明显提升，但冷链物流仍是突出短板。“方山的鲜食玉米、中阳的香菇木耳、柳林的酥梨，最怕的就是在路上捂坏了。产地缺少预冷设施，采摘后几个小时内温度降不下来，损耗率动辄在两成以上。”",
		    "上官怀瑾认为，补齐冷链短板要从“最先一公里”抓起。他建议在农产品主产区的乡镇和重点村，建设一批移动式、组装式的小型冷库和预冷间，由合作社或村集体经营，农户按需租用，“不追求大而全，关键是用得起、用得上”。",
		    "在上官怀瑾看来，县城的物流园区应当成为冷链网络的“中转枢纽”。他建议整合邮政、供销和民营快递企业的资源，推行共同配送，一辆冷藏车跑一趟线路，把沿途几家的货一并拉走，摊薄单件运输成本。同时，可以探索“冷链+直播”“冷链+社区团购”等模式，让山里的生鲜直接对接太原、西安、呼和浩特等城市的餐桌。",
		    "谈到政策支持，上官怀瑾表示，冷链设施投入大、回报周期长，单靠经营主体难以持续，需要政府在用地、用电和贷款贴息等方面给予倾斜。他特别提到，农产品冷库执行农业生产用电价格的政策要真正落到实处，“电费是冷库最大的一块运营开支，这笔账算明白了，经营者的积极性自然就上来了”。",
		    "上官怀瑾最后说，县域商业不是简单地开几家超市、盖几座仓库，而是要让产、供、储、销各环节真正“链”起来。吕梁地处晋陕蒙交界，有条件打造面向黄河中游的区域性商贸物流节点，这篇文章值得下大力气去做。",
		    NULL };
		struct seg s2;
		for (const char *const *p = paras; *p != NULL; p++)
			column(&b, *p, 17);
		buf_adds(&b, "一线见闻\n守护黄河岸边的“生命线”\n"
		    "记柳林县黄河堤防巡查员刘建国\n□ 通讯员 王磊 记者 李江\n");
		assign_page(&s2, b.data);
		ok(s2.na >= 2 && s2.a[1].first == 3,
		    "assign: an intro telling of an interview opens it under a feature (%zu runs, the second from %zu)",
		    s2.na, s2.na >= 2 ? s2.a[1].first : 0);
		seg_free(&s2);
		buf_reset(&b);
	}

	/* A speech's close (谢谢大家！) closes the speech: no text of its
	 * own, however few words it shares with the speech (a signoff). */
	buf_adds(&b, "凝聚青春力量 勇担时代使命\n青年朋友们：\n");
	column(&b, "青年是国家和民族的希望。吕梁是革命老区，广大青年要传承红色基因，在乡村振兴和转型发展中建功立业。", 17);
	column(&b, "希望广大青年坚定理想信念，把个人的理想追求融入吕梁高质量发展的生动实践，在奋斗中书写青春篇章。", 17);
	buf_adds(&b, "谢谢大家！\n");
	column(&b, "“小区不让电动车进，送一单餐要在门口耗十几分钟。”近日，有外卖骑手向本报反映，城区部分小区禁止外卖电动车入内。", 17);
	column(&b, "物业禁止电动车进入，有其道理：车速快、人流密，容易发生碰撞。但一禁了之，也让骑手和居民都不方便。", 17);
	buf_adds(&b, "小区门口的“最后一百米”，外卖小哥该怎么走？\n□ 闵婕\n");
	assign_page(&s, b.data);
	ok(s.na == 2 && s.a[0].last == 3,
	    "assign: a speech's close ends the speech (%zu runs, the first to %zu)",
	    s.na, s.na > 0 ? s.a[0].last : 0);
	seg_free(&s);
	buf_reset(&b);

	/* A short title (寒潮来袭) gathered under a long one after the texts:
	 * a headline of its own over its own text, not the long one's wrap
	 * (W_B_WRAP_REST weighs a short plain rest). */
	column(&b, "本报讯（记者 王洋）7月26日，全市秋粮收购工作推进会召开。会议要求各地做好仓容腾并和资金筹措，确保颗粒归仓。", 17);
	column(&b, "会议强调，要严格执行收购政策，不压级压价，确保农民种粮收益。", 17);
	column(&b, "市气象台发布寒潮蓝色预警：受强冷空气影响，未来三天我市将出现大风降温和雨雪天气，最低气温降至零下十五度。", 17);
	column(&b, "气象部门提醒，大家要及时添衣保暖，谨防燃煤取暖引发一氧化碳中毒，驾车出行注意路面结冰。", 17);
	buf_adds(&b, "全市秋粮收购工作推进会召开\n寒潮来袭\n");
	assign_page(&s, b.data);
	ok(s.na == 2 && s.a[1].head >= 0 &&
	    strcmp(s.h[s.a[1].head].title, "寒潮来袭") == 0,
	    "assign: a short title gathered under a long one heads its own text (%zu runs)", s.na);
	seg_free(&s);
	buf_reset(&b);

	/* One block after the page's last text, a title over a title and
	 * its byline: headlines gathered at the page end, each heading a
	 * text before it (the block alone reads a kicker). */
	two_bodies(&b, a1, a2, b1, b2);
	buf_adds(&b, "职业农民谈培训\n周涛：红色资源丰富 红色旅游大有可为\n□ 本报记者 郝强\n");
	assign_page(&s, b.data);
	ok(s.na == 2 && s.a[0].head >= 0 && s.a[1].head >= 0 &&
	    strcmp(s.h[s.a[0].head].title, "职业农民谈培训") == 0,
	    "assign: a block after the last text is gathered headlines (%zu runs)",
	    s.na);
	seg_free(&s);
	buf_reset(&b);

	/* A lead reporting an event (…论坛在孝义市举行) opens a report of
	 * its own, whose headline is not here (W_A_CUT_EVENT); a lead that
	 * only dates what a report goes on with does not weigh as much. */
	ok(seg_lead_reports_event("11月8日，2024晋陕蒙县域商业发展论坛在孝义市举行。研究员在论坛上说。") &&
	    !seg_lead_reports_event("近日，记者走进柳林县，看到村民们正忙着收玉米。会议在县城召开。"),
	    "assign: a lead reporting an event");
	buf_adds(&b, "周涛：让红色旅游成为富民产业\n□ 本报记者 郝强\n");
	column(&b, b1, 17);
	column(&b, b2, 17);
	column(&b, "11月8日，晋陕蒙县域商业发展论坛在孝义市举行。与会嘉宾围绕冷链物流和农产品上行展开交流。", 17);
	column(&b, "与会嘉宾认为，县域商业体系建设要补齐冷链短板，让农产品卖得出、卖上好价钱。", 17);
	assign_page(&s, b.data);
	ok(s.na == 2 && s.a[1].head == -1,
	    "assign: a lead reporting an event opens an untitled report (%zu runs)", s.na);
	seg_free(&s);
	buf_reset(&b);

	/* Two short reports above a third, their headlines gathered after
	 * the texts in another order (汾阳城区新增两处“口袋”菜市场 first,
	 * the second report's): the first report's one paragraph under its
	 * title and the second under the other headline are two reports,
	 * not a report whose kicker was read as a headline of its own
	 * (rejoin_kicker), though the two share the town's name: the
	 * second's lead takes up its headline's words (KICKER_OWN_LEAD). */
	{
		static const char page[] =
		    "进入采暖季，汾阳市启动为期两个月的城镇燃气入户安全检查。燃气企业组织62名安检员对城区8.3万户天然气用户逐户“体检”，重点检查燃气胶管老化、私拉乱接、热水器违规安装等问题，对发现的隐患当场告知并指导整改，为老旧小区用户免费更换金属波纹管、加装燃气报警器。入户安检人员统一着装、佩戴工作证，市民如有疑问可拨打燃气服务热线核实。\n"
		    "\n"
		    "12月5日，汾阳市城区南关和东阳城两处便民菜市场同时开业，共设摊位120个，蔬菜、肉蛋、豆制品和主食一应俱全，周边约两万名居民买菜不用再走远路。\n"
		    "\n"
		    "据了解，两处菜市场均由闲置厂房改造而成，实行统一管理、明码标价，市场内还配有检测员，对进场的蔬菜水果随机抽样快检。\n"
		    "\n"
		    "3月26日，全市民营经济发展大会召开，表彰一批优秀民营企业和企业家，发布支持民营经济高质量发展的25条措施。\n"
		    "\n"
		    "会上，10家企业获评“吕梁市优秀民营企业”，12人获评“吕梁市优秀民营企业家”。3名企业家代表作交流发言，分享了企业创新发展、转型升级的经验做法。\n"
		    "\n"
		    "会议指出，民营经济是推动全市高质量发展的重要力量。全市民营经济市场主体已达24.6万户，贡献了全市50%以上的税收、60%以上的地区生产总值和80%以上的城镇劳动就业。\n"
		    "\n"
		    "新出台的25条措施，涵盖市场准入、要素保障、融资支持、政务服务、权益保护等方面。其中明确，对新认定的国家级专精特新“小巨人”企业给予一次性奖励100万元；政府采购项目预留份额专门面向中小企业的比例提高到40%以上；全面推行涉企轻微违法行为“首违不罚”。\n"
		    "\n"
		    "会议要求，各级各部门要真心实意支持民营企业，做到“有求必应、无事不扰\n"
		    "\n"
		    "”，构建亲清政商关系，让企业家安心经营、放心投资、专心创业。\n"
		    "\n"
		    "汾阳城区新增两处“口袋”菜市场\n"
		    "\n"
		    "汾阳入户查燃气安全\n"
		    "\n"
		    "优化营商环境\n"
		    "\n"
		    "全市民营经济发展大会召开\n"
		    "\n"
		    "——发布支持民营经济高质量发展25条措施\n"
		    "\n"
		    ;
		size_t k;
		int cut = 0;

		assign_page(&s, page);
		for (k = 0; k < s.na; k++)
			cut |= seg_starts(s.it[s.paras[s.a[k].first]].text,
			    "12月5日");
		ok(cut, "assign: a report sharing no words with the one above "
		    "is cut off it (%zu runs)", s.na);
		seg_free(&s);
	}

	/* A report under its headline, then an untitled brief opening on
	 * a news lead (近日，…) that shares no word with it: the brief is a
	 * text of its own, its lead's shape the evidence its start has
	 * (W_A_UNTITLED_LEAD; at 0 the report takes the brief in), not the
	 * report's last paragraphs. */
	report_a(&b);
	column(&b, "近日，离石区滨河街道的一处老旧小区完成了燃气管道改造，四百多户居民用上了新管道。", 17);
	column(&b, "施工期间，燃气公司的技术骨干逐户上门检测，更换老化的胶管和阀门，并在楼道里张贴了报修电话。", 17);
	assign_page(&s, b.data);
	ok(s.na == 2 && s.a[1].first == 3 && s.a[1].head < 0,
	    "assign: an untitled brief opening on a news lead is cut off the "
	    "report above it (%zu runs, the second from %zu)", s.na, s.na > 1 ? s.a[1].first : 0);
	seg_free(&s);
	buf_reset(&b);

	/* A brief of two paragraphs under a title alone (no byline) at the
	 * page top, then an untitled text of two opening on no lead,
	 * dateline or scene and holding none of the brief's headline
	 * words, then a report under its headline and byline: the brief
	 * ends after its paragraphs (W_A_CUT_BRIEF_END; at 0 the brief
	 * takes the text in). */
	buf_adds(&b, "城区供热管网开始注水试压\n");
	column(&b, "本报讯 10月20日起，市热力公司对离石城区一级供热管网进行注水试压，管网注水试压将持续十天。", 17);
	column(&b, "试压期间，请用户关闭室内暖气阀门，家中无人时务必留下联系方式，发现跑冒滴漏及时报修。", 17);
	column(&b, "城北的老旧小区改造已完成外墙保温和楼道粉刷，居民们对新换的单元门和路灯很满意。", 17);
	column(&b, "小区还新建了充电车棚、健身步道和休闲广场，社区干部说，下一批改造的小区名单年底前公布。", 17);
	report_a(&b);
	assign_page(&s, b.data);
	ok(s.na == 3 && s.a[1].first == 2 && s.a[1].last == 3 && s.a[1].head < 0,
	    "assign: a brief under a title alone ends before a text holding none of "
	    "its headline's words (%zu runs, the second from %zu)", s.na, s.na > 1 ? s.a[1].first : 0);
	seg_free(&s);
	buf_reset(&b);

	/* A report telling its night day by day: its lead names 12月12日
	 * and 13日, a later paragraph opens on 13日一早，… (a day without
	 * its month, a news lead's shape) and reports what happened. That
	 * day named above it is the report going on, not a new report's
	 * lead (W_A_CUT_DAY_ON; at 0 the lead's evidence cuts the report
	 * there, its last paragraphs an untitled text). */
	buf_adds(&b, "一夜奋战，主干道积雪全部清完\n本报记者 刘晓峰 通讯员 马文博\n");
	column(&b, "本报讯 12月12日夜间至13日凌晨，我市迎来今冬最大一场降雪，城区平均积雪深度达到8厘米。降雪期间，全市环卫、交通、住建等部门连夜作战，截至13日上午8时，城区主次干道积雪已全部清理完毕，交通秩序正常。", 17);
	column(&b, "12日晚8时许，雪越下越大。市城市管理局启动扫雪除冰应急预案，环卫工人分成40多个作业组上路，撒布融雪剂、推雪铲冰。", 17);
	column(&b, "“凌晨两点多的时候雪最大，刚推完的路面没一会儿又白了，只能一遍一遍地来回推。”环卫工人张海平说。", 17);
	column(&b, "13日一早，不少机关干部、社区志愿者和沿街商户也拿起扫帚、铁锹，加入到清扫人行道、公交站台和背街小巷的队伍中。", 17);
	column(&b, "与此同时，交警部门在青年路、龙凤大道等易滑路段增派警力，疏导交通；公交公司提前检查车辆防滑设施，确保早高峰公交车准时发车。", 17);
	assign_page(&s, b.data);
	ok(s.na == 1, "assign: a paragraph opening on a day the report named "
	    "above goes on with the report (%zu runs)", s.na);
	seg_free(&s);
	buf_reset(&b);

	/* A notice's numbered sections, one of them named for a document
	 * kind (五、参赛办法, 办法 as in 管理办法): a section's heading like
	 * the others, not a notice's title cutting the notice in two (a
	 * numbered title is no document's). */
	buf_adds(&b, "关于举办越野滑雪公开赛的通知\n");
	column(&b, "各县（市、区）文化和旅游局（体育局），市直有关单位：", 30);
	column(&b, "为推动群众性冰雪运动广泛开展，丰富群众冬季体育文化生活，经研究，决定举办越野滑雪公开赛。现将有关事项通知如下。", 30);
	buf_adds(&b, "四、竞赛项目\n");
	column(&b, "青少年组男子、女子1.5公里传统技术；成年组男子5公里、女子3公里传统技术；团体接力每队4人。", 30);
	buf_adds(&b, "五、参赛办法\n");
	column(&b, "凡身体健康、具有一定越野滑雪基础的我市常住居民均可报名参赛，每名运动员限报个人项目1项、接力项目1项。", 30);
	buf_adds(&b, "六、报名\n");
	column(&b, "报名截止时间为2026年12月25日，参赛人员须提交县级以上医院出具的健康证明。", 30);
	assign_page(&s, b.data);
	ok(s.na == 1, "assign: a notice's numbered section named for a document "
	    "kind is its heading (%zu runs)", s.na);
	seg_free(&s);
	buf_reset(&b);

	/* A feature whose headline's words only its first paragraphs take up
	 * (二十米高空, 大臂), the rest telling of its worker, then its photo's
	 * caption credited to the reporter its byline names (文/图 本报记者
	 * 梁晋 / …操作。 本报记者 梁晋 摄) after its last paragraph. The
	 * feature goes on to its own picture (W_A_TAIL_PHOTO; at 0 the
	 * paragraphs past its headline's words pay W_A_TAIL and are cut off
	 * as an untitled text). */
	{
		static const char *const feature[] = {
		"早上七点四十分，中阳县一家钢铁企业的炼钢车间里，铁水的红光映亮了半边厂房。天车工赵丽娟顺着钢梯往上爬，一共87级，爬到顶，是一间不到三平方米的驾驶室。",
		"这就是她每天工作8个小时的地方。",
		"天车，就是车间上方来回运行的桥式起重机。一罐铁水重达上百吨，从转炉到精炼炉，从精炼炉到连铸平台，全靠天车吊运。司机坐在离地二十米的驾驶室里，透过脚下的玻璃往下看，手上两根操纵杆，一推一拉，就决定了这一罐铁水走得稳不稳。",
		"“别人说我们是‘空中舞者’，我觉得更像是给车间当胳膊。”赵丽娟说。",
		"今年三十六岁的赵丽娟是中阳本地人，2010年从技校毕业进厂，开了十六年天车。车间里一共有二十多名天车工，一半以上是女性。",
		"问起为什么女工多，车间主任刘晓东笑着说：“女同志心细、手稳，这活儿要的就是这个。”",
		"天车司机最难的是“稳钩”。吊着满罐铁水的天车在行进中会产生惯性，钢丝绳一晃，罐子就跟着摆，轻则铁水溅出，重则酿成事故。好的天车工要在天车停稳的同时，让吊钩也一动不动。",
		"赵丽娟刚学的时候，师傅让她吊着一个装满水的铁桶练，“桶里的水不能晃出来，晃出来一回，就得从头练”。那一年，她的右手手腕肿了好几次，晚上回家拿热毛巾敷。",
		"练了半年，她第一次独立吊运铁水。那天，师傅就站在她身后，一句话没说。吊完一罐，她回头看师傅，师傅只点了点头。",
		"“后来才知道，师傅那天手心里全是汗。”她说。",
		"冬天是天车工最难熬的季节。驾驶室下面是上千度的铁水，热气直往上冒；车间大门一开，外面的冷风又灌进来。“上半身热得出汗，脚底下冰得发麻，一个班下来，里外衣服要换两回。”",
		"为了改善条件，厂里前两年给所有天车驾驶室装上了冷暖空调和空气净化装置，座椅也换成了可调节的减震座椅。赵丽娟说，现在比刚进厂时强多了。",
		"近几年，车间里的变化不止这些。",
		"2024年，企业启动智能化改造，部分天车加装了防摇摆系统和定位系统，地面调度室能实时看到每台天车的位置和载荷。今年，车间又试点了一台远程操控天车，司机可以坐在地面的操作室里，通过屏幕和手柄完成吊运。",
		"赵丽娟是第一批参加远程操控培训的天车工。她说，刚开始很不习惯，“以前是眼睛直接看，现在是看屏幕，距离感要重新找”。练了一个多月，她已经能熟练操作了。",
		"“以后爬梯子的日子可能会越来越少。”她说，“但技术不能丢。机器再聪明，关键时候还得靠人判断。”",
		"十六年里，赵丽娟没出过一次责任事故。她拿过县里的“巾帼建功标兵”，还在去年全市冶金行业职业技能竞赛中获得天车工项目第二名。",
		"她现在也带徒弟了。两个徒弟都是“00后”姑娘，一个是技校刚毕业的，一个是从外地回来的大学生。赵丽娟教她们的第一课，还是当年师傅教她的：吊一桶水，不许洒。",
		"下午四点，交班的时间到了。赵丽娟顺着那87级钢梯往下走，到了地面，她摘下安全帽，额头上的头发全湿了。",
		"车间外，天已经暗了下来，厂区的路灯一盏盏亮起。她裹紧了棉衣，朝班车走去。",
		NULL };
		size_t k;

		buf_adds(&b, "二十米高空，她握着一座厂的“大臂”\n文/图 本报记者 梁晋\n");
		for (k = 0; feature[k] != NULL; k++)
			column(&b, feature[k], 30);
		buf_adds(&b, "图为赵丽娟在天车驾驶室内操作。 本报记者 梁晋 摄\n");
		assign_page(&s, b.data);
		ok(s.na == 1 && s.a[0].first == 0 && s.a[0].last + 1 == s.np,
		    "assign: a feature goes on to its own photo's caption "
		    "(%zu runs, the first to %zu)", s.na, s.na > 0 ? s.a[0].last : 0);
		seg_free(&s);
		buf_reset(&b);
	}

	/* A feature's sections under plain headings, one of them in a bare
	 * name's shape (家里人: 家 is a surname), alone in its block, the
	 * text reading on across it (温守业, 瞭望, 林场): a section's heading,
	 * not a byline after a body that ends the feature (NAME_READS_ON;
	 * with the bound above any cohesion the feature is cut there). */
	{
		size_t k;
		int cut;

		buf_adds(&b, "守望林海的第十九个冬天\n本报记者 乔慧敏\n");
		column(&b, "温守业今年五十八岁，是关帝山国有林管理局下属林场的一名护林瞭望员。从2008年第一次登上这座瞭望塔算起，今年是他在山上度过的第十九个冬天。", 30);
		buf_adds(&b, "一天四十遍\n");
		column(&b, "瞭望员的工作，说起来就一个字：看。", 30);
		column(&b, "温守业的瞭望范围覆盖周边约4.6万亩林地。天一亮，他就上塔观察，每隔十五分钟扫视一遍，发现异常立即用对讲机向林场值班室报告。中午、傍晚是重点时段，村民上山烧纸、放羊的人生火取暖，多在这些时候。", 30);
		column(&b, "“看烟，是有讲究的。”温守业指着远处说，山里冬天早上常起雾，雾是白的、散的，贴着沟底走；烟是往上冒的，发青发灰，有时候还带着一股一股的劲儿。“新来的人容易把雾当成烟，也容易把烟当成雾，后一种更要命。”", 30);
		column(&b, "十九年里，他一共报告过大大小小的火情三十余次，都因为发现得早、报告及时，没有酿成森林火灾。最险的一次是2015年清明前后，山下一处坟地烧纸引燃了荒草，火借风势往林子里蹿。他发现后两分钟内报了警，扑火队四十分钟赶到，过火面积控制在不到三亩。", 30);
		buf_adds(&b, "新伙伴\n");
		column(&b, "前年秋天，塔顶多了一个“新伙伴”——一套森林防火视频监控系统。高清摄像头可以三百六十度旋转，带热成像功能，夜里也能发现温度异常的点位，画面实时传到县里的防火指挥中心。", 30);
		column(&b, "系统刚装上时，有人跟温守业开玩笑：“老温，这下你可以下山享福了。”他嘿嘿一笑，没接话。", 30);
		column(&b, "事实上，他并没有闲下来。摄像头有死角，山坳里、背阴坡上的情况还得靠人眼去补；设备在极寒天气里偶尔“罢工”，镜头结霜了要有人擦，线路被风刮松了要有人接。林场技术员贾晓峰说，这两年系统能稳定运行，离不开老温这个“编外运维员”。", 30);
		column(&b, "温守业还学会了用手机上的防火巡护程序，每天定时上传巡查轨迹和照片。一开始他不会打字，就用语音输入，一句“黑沟梁一切正常”，说了不下几百遍。", 30);
		buf_adds(&b, "家里人\n");
		column(&b, "说起家人，这个话不多的汉子沉默了好一阵。", 30);
		column(&b, "妻子李桂兰在山下的西冶村种地，照顾年迈的婆婆。儿子在太原打工，孙子今年上小学二年级。十九年来，温守业在家过年的次数屈指可数。“春节正是防火最吃紧的时候，走不开。”", 30);
		column(&b, "去年腊月，李桂兰带着孙子搭林场的车上山，在塔下的小屋里陪他过了个年。小孙子爬上塔顶，举着爷爷的望远镜看了半天，回头问：“爷爷，你天天就看这些树呀？”", 30);
		column(&b, "“我说是，就看这些树。”温守业笑着说，“他说，那多没意思。我说，树没事，就是最大的有意思。”", 30);
		assign_page(&s, b.data);
		for (k = 0, cut = 0; k < s.na; k++)
			cut |= seg_starts(s.it[s.paras[s.a[k].first]].text,
			    "说起家人");
		ok(!cut, "assign: a bare name alone between a feature's "
		    "paragraphs that read on across it is a heading (%zu runs)",
		    s.na);
		seg_free(&s);
		buf_reset(&b);
	}

	/* Texts whose headlines are gathered after them, cut where a text
	 * opens by its shape alone (no headline block stands there). */
	{
		static const struct {
			const char *paras[7], *heads, *what;
			size_t first;
		} cases[] = {
			/* A feature's first scene opens with when, in words (金秋时节，…),
			 * after an untitled commentary; the feature's headline and byline
			 * are gathered after the texts. The commentary is a text of its
			 * own, not the feature's lead (W_A_CUT_SCENE: its words share a
			 * little with the scene, 果实, which alone keeps them one). */
			{ {
			    "学校周边的小卖部里，辣条、糖果、果冻等“三无”零食随处可见，花花绿绿的包装吸引着孩子们的目光。",
			    "这些零食常做成果实的模样，往往添加了大量色素和防腐剂，孩子们长期食用，对健康的危害不容小觑。",
			    "管住“三无”零食，市场监管部门要加大检查力度，对违规销售的商家依法严肃处理。",
			    "金秋时节，走进临县克虎镇，漫山遍野的枣树挂满了红彤彤的果实，枣农们在树下打枣。",
			    "临县是全国著名的红枣之乡，全县红枣种植面积达八十二万亩，枣农们的腰包一年比一年鼓。",
			    NULL }, "一颗红枣的“甜蜜”之旅\n□ 本报记者 贺文斌\n",
			    "assign: a scene opening with when opens a text of its own", 3 },
			/* (the same with when set before the place: 秋日的…，) */
			{ {
			    "学校周边的小卖部里，辣条、糖果、果冻等“三无”零食随处可见，花花绿绿的包装吸引着孩子们的目光。",
			    "这些零食常做成果实的模样，往往添加了大量色素和防腐剂，孩子们长期食用，对健康的危害不容小觑。",
			    "管住“三无”零食，市场监管部门要加大检查力度，对违规销售的商家依法严肃处理。",
			    "秋日的临县克虎镇，漫山遍野的枣树挂满了红彤彤的果实，枣农们在树下打枣。",
			    "临县是全国著名的红枣之乡，全县红枣种植面积达八十二万亩，枣农们的腰包一年比一年鼓。",
			    NULL }, "一颗红枣的“甜蜜”之旅\n□ 本报记者 贺文斌\n",
			    "assign: a scene opening with when before its place opens a text", 3 },
			/* A speech opens by addressing its hearers (同志们：), a line of its
			 * frame, right after a commentary's last paragraph; the speech's
			 * headline is gathered after the texts. The address opens a text
			 * (W_A_CUT_FRAME), not a line of the commentary. (The
			 * commentary's first paragraph ends one character short of
			 * the 17-character column: a paragraph of its own since
			 * W_CONT_ROOM, so the address is the third.) */
			{ {
			    "农村寄递物流是服务乡村振兴的重要基础设施。近年来，我市快递业务量持续增长，农产品进城的通道越来越畅。",
			    "小小一个快递包裹，连着城乡两头的烟火日子，给乡亲们的增收致富添一把力。",
			    "同志们：",
			    "供暖是北方城市冬季最大的民生。今天召开这次会议，主要任务是安排部署今冬明春供暖保障工作。",
			    "各级各部门要把供暖保障作为一项重要政治任务，确保群众温暖过冬。",
			    NULL }, "坚持民生为本 全力以赴做好今冬明春供暖保障工作\n",
			    "assign: a speech's address opens a text of its own", 2 },
			/* An interview's intro that tells of the interview (记者采访了…)
			 * before its first question, under a report on the same hospital;
			 * the headlines gathered after the texts. The intro shares the
			 * report's words, the short question none of the intro's: the
			 * intro opens the interview all the same (W_A_CUT_INTRO). */
			{ {
			    "本报讯 近日，市医院神经外科成功为一名七旬老人完成高难度脑动脉瘤手术，老人术后恢复良好，已出院。",
			    "从医三十五年，他先后主持了两千多例神经外科手术。近日，记者采访了吕梁一家医院的主任医师任国华。",
			    "问：当初为什么选择学医？",
			    "答：小时候村里缺医少药，我就想着长大当医生。",
			    "问：您对年轻医生有什么嘱咐？",
			    "答：技术要精，心要热。每一个病人都是一本书，要用心去读。",
			    NULL }, "市医院完成高难度脑动脉瘤手术\n“每一个病人，都是一本书”\n",
			    "assign: an interview's intro telling of it opens the interview", 1 },
			/* A notice opens with the day its rule takes effect (自…起，)
			 * after a report on the same office's work, their headlines
			 * gathered after the texts: the notice is a text of its own
			 * (W_A_CUT_EFFECTIVE), though it shares the report's words. */
			{ {
			    "本报讯 今年以来，我市持续开展道路交通安全整治，查处各类交通违法行为两万余起，事故起数同比下降。",
			    "城区主要路口增设警力和电子监控设备，早晚高峰拥堵明显缓解，群众出行更加安全顺畅。",
			    "自12月1日起，市公安局交警支队在各县（市）的邮政网点设立车驾管服务站，群众就近即可办理业务。",
			    "服务站可办理驾驶证换证、补证和机动车检验标志核发等业务，群众办理车驾管业务不再跑远路。",
			    NULL }, "我市道路交通安全整治成效明显\n车驾管服务站开到家门口\n",
			    "assign: a notice opening with the day its rule takes effect opens a text", 2 },
		};
		size_t i;

		for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
			gathered_runs(&b, cases[i].paras, cases[i].heads,
			    cases[i].first, cases[i].what);
	}

	/* A report's last paragraph, short and sharing no rare word with the
	 * two before it, over the next report's headline block: the cohesion
	 * dips there only against the text past the block (another report's),
	 * which says nothing of this gap (depth_of walks right only up to
	 * the block); it ends its report, no untitled text of its own. (The
	 * report after the block opens with no dateline or lead: depth_of's
	 * stop at a report's opening would keep the walk off its text too.) */
	{
		static const char *const page =
		    "“过去种花椒是靠天吃饭，树老\n"
		    "了、病多了，产量上不去。”县林业\n"
		    "局技术员张晓峰说，近年来，县里组\n"
		    "织技术人员开展花椒修剪、病虫害防\n"
		    "治培训200余场次，推广矮化密植和\n"
		    "水肥一体化技术，花椒亩产提高了三\n"
		    "成以上。\n"
		    "在花椒深加工方面，石楼县引进两\n"
		    "家加工企业，开发出花椒油、花椒\n"
		    "粉、调味料等系列产品，并建立了电\n"
		    "商 销 售 平 台 。椒 农 们 说 ，现 在 的 花 椒\n"
		    "不愁卖，价格也比以前好了不少。\n"
		    "来源：吕梁新闻网\n"
		    "文水县文水县““村BA村BA””篮球联赛总决赛落幕篮球联赛总决赛落幕\n"
		    "冯建华\n"
		    "9月23日晚，文水县“丰收杯”农民\n"
		    "篮球联赛总决赛在刘胡兰镇文化广场\n"
		    "打响。经过四节激烈比拼，北张村代\n"
		    "表队以78比71战胜南庄村代表队，夺\n"
		    "得冠军。\n"
		    "比赛当天正逢中国农民丰收节，广\n"
		    "场周围搭起了农产品展销摊位，葡\n"
		    "萄、苹果、鲜玉米、老陈醋摆满货\n"
		    "架。近万名观众一边看球、一边逛\n"
		    "集，现场气氛热烈。\n"
		    "“种地是一把好手，打球也不含\n"
		    "糊！”南庄村队员、44岁的种粮大户\n"
		    "武拴柱赛后说，虽然输了决赛，但大\n"
		    "家打得很开心，“明年再来”。\n"
		    "本届联赛自8月初开赛，共有28支\n"
		    "村级代表队参赛，历时近两个月。\n"
		    "我市新建改扩建中小学幼儿园32所我市新建改扩建中小学幼儿园32所\n"
		    "市教育局介绍，今年我市新建、改扩建\n"
		    "中小学和幼儿园32所，新增学位1.8\n"
		    "万个，目前已有25所学校在秋季开学\n"
		    "前投入使用，有效缓解了城区学校\n"
		    "“ 大 班 额 ”和 农 村 学 校 办 学 条 件 薄 弱 的\n"
		    "问题。\n"
		    "今年以来，我市把教育基础设施建\n"
		    "设列入民生实事，累计投入资金9.6\n"
		    "亿元，重点推进城区学校扩容和农村\n"
		    "寄宿制学校提升改造。同时，为新建\n"
		    "学校配齐了智慧黑板、实验仪器和图\n"
		    "书等教学设备，让城乡孩子共享优质\n"
		    "教育资源。\n"
		    "市教育局相关负责人表示，下一步\n"
		    "将继续加大投入，力争到2025年全面\n"
		    "消除56人以上大班额，让每个孩子都\n"
		    "能在家门口“上好学”。\n";

		assign_page(&s, page);
		is_int(s.na, 3, "assign: a short last paragraph before a block "
		    "stays in its report");
		seg_free(&s);
	}

	/* A report's last paragraph, a quote sharing no rare word with the
	 * two before it, before an untitled report whose lead tells an event
	 * (10月3日，…开幕): the cohesion dips there only against the text past
	 * that lead (another report's), which says nothing of this gap
	 * (depth_of walks right only up to where a report opens); the quote
	 * ends its report, no untitled text of its own. */
	{
		static const char *const page =
		    "\n"
		    "对此，离石区正在试点“误时\n\n"
		    "投放点”和智能回收箱，探索把\n\n"
		    "垃圾分类纳入小区物业服务考核，\n\n"
		    "并计划在明年实现城区居民小区\n\n"
		    "分类全覆盖。\n\n"
		    "“垃圾分类是个‘慢功夫’，改\n\n"
		    "变的是几十年的生活习惯。”任\n\n"
		    "丽君说，“只要坚持下去，总有\n\n"
		    "一天，分垃圾会像出门随手关灯\n\n"
		    "一样自然。”\n\n"
		    "夜色渐深，投放点前倒垃圾的\n\n"
		    "居民渐渐少了。白凤英把四个桶\n\n"
		    "的盖子一一合上，记下了今晚的\n\n"
		    "投放情况：厨余垃圾三桶半，比\n\n"
		    "上个月又多了半桶。\n\n"
		    "北川河畔绿意浓\n\n"
		    "本报记者 白凯冰\n\n"
		    "图为北川河生态湿地公园一角。 记者 刘亮亮 \n\n"
		    "摄\n\n"
		    "沿着北川河一路向北，河道清澈见底，两岸绿树成荫，步道上晨练的市民\n\n"
		    "络绎不绝。谁能想到，几年前这里还是垃圾成堆、污水横流的“臭水沟”。\n\n"
		    "2019年以来，离石区实施北川河综合治理工程，累计投资12亿元，完成河\n\n"
		    "道清淤疏浚32公里，新建污水管网56公里，建成生态湿地公园3处，栽植各类\n\n"
		    "苗木40余万株。如今的北川河，水清岸绿、鸟语花香，成为市民休闲健身的好\n\n"
		    "去处。\n\n"
		    "“每天吃完晚饭都来河边走一走，空气好、环境美，心情也舒畅。”家住附近\n\n"
		    "的退休教师李秀珍说。\n\n"
		    "10月3日，临县首届红枣文化旅游节在碛口古镇开\n\n"
		    "幕。开幕式上，来自全县各乡镇的枣农代表展示了各\n\n"
		    "具特色的红枣产品，游客们在品尝红枣美食的同时，\n\n"
		    "还观看了伞头秧歌、道情等民间文艺表演。\n\n"
		    "本届旅游节为期7天，设置红枣采摘体验、红枣美\n\n"
		    "食大赛、农特产品展销和摄影大赛等系列活动，吸引\n\n"
		    "了大批游客前来观光旅游，有力带动了当地红枣销售\n\n"
		    "和乡村旅游发展。\n\n"
		    "临县举办首届红枣文化旅游节临县举办首届红枣文化旅游节\n\n"
		    "离石垃圾分类的“四个桶”\n\n"
		    "薛晓莉\n";
		size_t k;
		int cut = 0;

		assign_page(&s, page);
		for (k = 0; k < s.na; k++)
			cut |= s.a[k].head < 0 && seg_starts(
			    s.it[s.paras[s.a[k].first]].text, "“每天");
		ok(!cut, "assign: a quote closing a report before an untitled "
		    "report's lead stays in its report");
		seg_free(&s);
	}

	/* A kicker read as a headline of its own at the page end, its title
	 * heading the lead alone and the kicker the rest of the report: one
	 * headline over the whole report (rejoin_kicker). */
	{
		static const char page[] =
		    " 初夏的清晨，离石城区的三川河畔，晨练的市民沿着滨河步道慢跑，\n"
		    "几只白鹭贴着水面掠过，落在河心的沙洲上梳理羽毛。河水清浅，能\n"
		    "看见水底的卵石和游动的小鱼。退休工人车满仓每天都要在河边走上\n"
		    "一圈，他指着河面说：“这条河我看了 60 多年，现在是最干净的时候。\n"
		    "”\n"
		    " 三川河由北川河、东川河、南川河在离石城区交汇而成，向西流经柳\n"
		    "林县注入黄河，是吕梁境内最重要的黄河一级支流之一，流域面积\n"
		    "4000多平方公里，沿岸聚集着全市近三分之一的人口。然而，在相当\n"
		    "长一段时间里，这条“母亲河”承受着难以承受之重：城区生活污水直\n"
		    "排、沿岸工矿废水偷排、上游水土流失严重，河水一度黑臭，断面水\n"
		    "质常年处于劣V类。\n"
		    " 近年来，吕梁市把三川河治理作为黄河流域生态保护的重点工程，系\n"
		    "统推进截污治污、河道整治、水土保持和生态修复。2023年，三川河\n"
		    "出境断面水质稳定达到地表水Ⅲ类标准，一条清水河重新流淌在吕梁\n"
		    "大地上。\n"
		    "城区段截污纳管啃下硬骨头城区段截污纳管啃下硬骨头，“，“污水河污水河””变身变身““景观带景观带””\n"
		    " “治水先治污，治污先截流。”吕梁市水利局一位负责人说，三川河污\n"
		    "染的主要源头在城区，老城区雨污合流、管网破损，大量生活污水顺\n"
		    "着排口直接进入河道。\n"
		    " 2019年起，离石区启动城区截污纳管工程，沿三川河两岸铺设截污干\n"
		    "管 40 余公里，对 300 多个入河排口逐一排查、登记、封堵或改造，新\n"
		    "建、改造雨污分流管网 180 公里。施工最难的，是老城区狭窄的街巷。\n"
		    "“有的巷子只有两米宽，挖掘机进不去，只能靠人工一锹一锹地挖。”\n"
		    "施工队负责人倪国栋说，最紧张的时候，几百名工人同时在几十个作\n"
		    "业面上施工。\n"
		    " 管网截住了污水，还得有地方处理。在城区下游的污水处理厂，一期\n"
		    "扩建工程投用后，日处理能力从 6 万吨提高到 12 万吨，出水标准由一\n"
		    "级A提升到地表水准Ⅳ类。厂长晏平带着记者走过一组组生化池、沉\n"
		    "淀池和深度处理车间，最后在出水口舀起一杯水，清澈透亮。“处理\n"
		    "后的水一部分回用于电厂冷却和城市绿化，剩下的补给河道，相当于\n"
		    "给三川河输了一股‘活水’。”\n"
		    " 治理后的河岸变了模样。昔日堆满垃圾、杂草丛生的河滩，如今建成\n"
		    "了长 20 多公里的滨河生态公园，步道、绿地、亲水平台、健身场地串\n"
		    "珠成链。每到傍晚，河边散步、跳广场舞、放风筝的市民络绎不绝。\n"
		    "家住河边的年轻妈妈蔺倩倩说：“以前夏天河边臭得不敢开窗户，现\n"
		    "在每天吃完饭就推着孩子来河边遛弯。”\n"
		    " 工业污染的治理同样不留死角。沿河的焦化、洗煤、化工企业全部完\n"
		    "成废水深度处理和零排放改造，重点企业安装了在线监测设备，数据\n"
		    "与生态环境部门实时联网。生态环境执法人员还借助无人机、走航监\n"
		    "测车开展巡查，去年共查处涉水环境违法案件 20 余起。\n"
		    " 农村生活污水是另一块短板。在离石区吴城镇，一座采用“厌氧池加\n"
		    "人工湿地”工艺的小型污水处理站刚刚建成，周边三个村的生活污水\n"
		    "经管网收集后，在这里经过沉淀、过滤和湿地植物吸附净化，再排入\n"
		    "河道。站点管理员雷永胜说，这种设施运行费用低、维护简单，“芦\n"
		    "苇、菖蒲长起来，夏天看着跟个小公园似的”。\n"
		    "上游山坡种树种草拦住泥沙上游山坡种树种草拦住泥沙，，水土保持让河道不再水土保持让河道不再““一雨就浑一雨就浑””\n"
		    " 三川河的另一块“心病”，是泥沙。流域内黄土丘陵沟壑区占到七成以\n"
		    "上，坡陡土松、植被稀疏，每逢夏季暴雨，大量泥沙随洪水冲入河道，\n"
		    "河水一片浑黄。\n"
		    " 在北川河上游的方山县，记者见到了一片层层叠叠的梯田和郁郁葱葱\n"
		    "的山林。方山县水土保持站站长祁海明介绍，近十年来，县里在北川\n"
		    "河流域实施坡耕地改造、淤地坝建设和退耕还林，新修梯田 5 万余亩，\n"
		    "建设淤地坝 100 多座，造林种草 30 多万亩，流域森林覆盖率从不足20%\n"
		    "提高到了38%。\n"
		    " 淤地坝是黄土高原上特有的水土保持工程。在一条沟道里，记者看到\n"
		    "一座坝体横卧在两山之间，坝后淤出了一片平展展的坝地，种着玉米\n"
		    "和谷子。“一座坝，就是一道拦沙闸，也是一块‘聚宝盆’。”祁海明说，\n"
		    "坝地土壤肥沃、保水性好，亩产比山坡地高出好几倍，当地老百姓叫\n"
		    "它“粮仓地”。\n"
		    " 为了管好这些淤地坝，县里对病险淤地坝实施除险加固，为大中型淤\n"
		    "地坝安装了水位监测和视频监控设备，汛期实行专人值守。大武镇一\n"
		    "座骨干坝的管护员冉宝山说，每次下大雨，他都要穿上雨衣到坝上转\n"
		    "几圈，看看放水工有没有堵塞、坝体有没有裂缝，“这坝护着下游几\n"
		    "个村子，马虎不得”。\n"
		    " 生态改善的效果在河道里看得分明。监测数据显示，与十年前相比，\n"
		    "三川河年均输沙量减少了60%以上。以前一场暴雨过后，河水要浑上\n"
		    "好几天，现在很快就能变清。\n"
		    " 山绿了，山里人的钱袋子也鼓了起来。方山县在退耕地上大力发展核\n"
		    "桃、沙棘、连翘等经济林，既保持水土，又增加收入。峪口镇一个村\n"
		    "的连翘林连片上千亩，每年春天满山金黄，秋天采收的连翘果卖给药\n"
		    "材企业，一亩能收入一千多元。村民们说：“过去是越垦越穷，现在\n"
		    "是越绿越富。”\n"
		    " 上游护林，下游受益。吕梁市探索建立了三川河流域横向生态补偿机\n"
		    "制，由下游的离石区、柳林县按照出境断面水质达标情况，向上游方\n"
		    "山县支付生态补偿资金，水质越好补得越多，水质不达标则反向扣减。\n"
		    "“这样一来，上游保护生态有了动力，也有了实实在在的回报。”市生\n"
		    "态环境局一位工作人员说。\n"
		    "河长制从“挂名”到“挂帅”，巡河护河成了村民自觉行动\n"
		    " 在柳林县三交镇的三川河入黄口附近，一块醒目的河长公示牌立在岸\n"
		    "边，上面写着市、县、乡、村四级河长的姓名、职责和监督电话。\n"
		    " “河长制刚推行那几年，有人说是‘挂个名’。现在可不一样了，河长\n"
		    "是要‘挂帅’的。”吕梁市河长办主任栾志刚说，全市建立了市县乡村\n"
		    "四级河长体系，三川河干流由市级领导担任河长，每月至少巡河一次，\n"
		    "发现问题限期整改，整改不力的要约谈问责。\n"
		    " 河长制的触角，一直延伸到了最基层。柳林县在沿河村庄聘请了200\n"
		    "多名村级巡河员，大多是本村的党员和热心群众。63岁的巡河员郭满\n"
		    "堂每天早晚各巡一次河，随身带着一个小本子和一部手机，看到有人\n"
		    "往河里倒垃圾、在河道里采砂，就拍照上传到“河长APP”上。\n"
		    " “刚开始，有的村民说我多管闲事，还跟我吵过架。”郭满堂说，时间\n"
		    "长了，大家都知道了河道不能乱倒垃圾，“现在村里的小孩看见有人\n"
		    "往河里扔东西，都会上前去劝”。\n"
		    " 社会力量也加入了护河行列。吕梁学院的大学生志愿者定期沿河开展\n"
		    "水质采样和垃圾清捡，一些企业认领了河段，出资出人进行保洁维护。\n"
		    "离石区还推出“民间河长”制度，聘请退休干部、人大代表、政协委员\n"
		    "担任义务监督员，目前已有 300 多人报名。\n"
		    " 在三交镇，治理后的河道边建起了湿地公园和黄河文化展示馆。镇里\n"
		    "依托入黄口的独特景观，发展乡村旅游和民宿，去年接待游客 10 多万\n"
		    "人次。在湿地公园旁开农家乐的任海燕说：“河干净了，游客多了，\n"
		    "我们的日子也跟着好起来了。”\n"
		    "水清岸绿引来白鹭栖息水清岸绿引来白鹭栖息，，生态红利正在转化为群众看得见的收益生态红利正在转化为群众看得见的收益\n"
		    " 生态好不好，鸟儿最知道。吕梁市观鸟协会会长逯建平从事鸟类观察\n"
		    "十多年，他给记者看了一组照片：苍鹭、白鹭、绿头鸭、赤麻鸭、普\n"
		    "通翠鸟……“三川河流域记录到的鸟类已经有 150 多种，比十年前多了\n"
		    "一倍。去年冬天，我们还在柳林段拍到了国家一级保护动物黑鹳。”\n"
		    " 河水清了，沿岸的产业也在悄然变化。在离石区信义镇，一家沿河的\n"
		    "洗煤厂关停后，原厂址被改造成了生态农业园，种植有机蔬菜和草莓，\n"
		    "开展采摘体验。园区负责人纪鹏飞说，园里用的灌溉水就是三川河经\n"
		    "过净化后的再生水，“水好，菜才好，来采摘的城里人一茬接一茬”。\n"
		    " 治水也带动了城市品质的提升。三川河两岸的滨河地段成了城市新的\n"
		    "“客厅”，周边新开了不少咖啡馆、书店和餐馆，沿河的房价也随之上\n"
		    "涨。每年端午前后，离石都会在三川河上举办龙舟赛，吸引数万市民\n"
		    "前来观赛。\n"
		    " 当然，三川河的治理还远未到“收官”的时候。栾志刚坦言，流域内仍\n"
		    "有部分乡镇污水处理设施运行不稳定，农业面源污染治理任务依然繁\n"
		    "重，枯水期河道生态流量保障也存在短板。“河流治理是一场持久战，\n"
		    "既要治标，更要治本，不能有丝毫松懈。”\n"
		    " 按照规划，到 2025 年，吕梁市将实现三川河流域乡镇污水处理设施全\n"
		    "覆盖，完成流域内所有病险淤地坝除险加固，持续提升河道生态流量，\n"
		    "把三川河打造成为黄河流域生态保护的示范河。\n"
		    " 采访结束时，河面上起了微风，碎金似的波光一闪一闪。河岸边，几\n"
		    "位老人正在垂钓，孩子们在草坪上追逐嬉戏。车满仓站在亲水平台上，\n"
		    "望着缓缓西去的河水说：“这条河养活了我们祖祖辈辈，咱们得把它\n"
		    "护好，留给子孙后代。”\n"
		    "黄河流域生态保护和高\n"
		    "质量发展在吕梁\n"
		    "一河清水润三川一河清水润三川\n"
		    "————三川河流域综合治理见闻三川河流域综合治理见闻\n"
		    "本报记者 褚卫东 康丽霞\n";
		const struct seg_headline *h;

		assign_page(&s, page);
		h = s.na > 0 && s.a[0].head >= 0 ? &s.h[s.a[0].head] : NULL;
		ok(h != NULL && s.a[0].last > 1 &&
		    strcmp(h->title, "一河清水润三川") == 0 &&
		    strcmp(h->kicker, "黄河流域生态保护和高质量发展在吕梁") == 0,
		    "assign: a title over one paragraph, its kicker heading "
		    "the rest, is one headline with its kicker");
		seg_free(&s);
	}

	/* A subtitle wrapped over three lines, its last read with the
	 * byline as a headline of its own (——市人民医院心血管 / 内科主任医师
	 * 邢建国谈 / 冬季心脑血管疾病防治 / 记者 温丽娜): the headline above
	 * heading the lead alone and the line the rest of the interview. One
	 * headline over the whole text, the line its subtitle's rest and
	 * the byline its own (rejoin_lead). */
	{
		static const char page[] =
		    "来打凉粉，一天就做这么多，卖完就收摊。\n"
		    "记者：一碗卖多少钱？\n"
		    "马秀英：一开始五毛钱一碗，现在六块。这些年东西都涨价了，我能\n"
		    "不涨就不涨。\n"
		    "记者：有没有想过开个店？\n"
		    "马 秀 英 ：好 多 人 劝 过 我 ，我 儿 子 也 说 给 我 租 个 门 面 。可 我 舍 不 得 这 个\n"
		    "巷子，老顾客都知道我在这儿。有的人小时候跟着爹妈来吃，现在带着自\n"
		    "己的娃来吃。\n"
		    "记者：还打算卖多久？\n"
		    "马秀英：干得动就一直干。我孙女说，等她放了暑假，要来跟我学手\n"
		    "艺呢。\n"
		    "入冬以来，气温骤降，心脑血管\n"
		    "疾病进入高发期。哪些人群需要格外\n"
		    "小心？身体出现哪些信号要及时就医？\n"
		    "记者就此采访了市人民医院心血管内\n"
		    "科主任医师邢建国。\n"
		    "问：为什么冬季心脑血管疾病更\n"
		    "容易发作？\n"
		    "答：寒冷刺激会让血管收缩，血\n"
		    "压随之升高，心脏负担加重。再加上\n"
		    "冬天人们活动少、饮食偏油腻，血液\n"
		    "黏 稠 度 上 升 ，血 栓 形 成 的 风 险 也 跟 着\n"
		    "增加。我们科室每年 12 月到次年 2 月\n"
		    "的急诊量，比夏季要多出四成左右。\n"
		    "问：哪些人是高危人群？\n"
		    "答：主要是有高血压、糖尿病、\n"
		    "高血脂的中老年人，还有长期吸烟、\n"
		    "肥胖的人。另外，这几年我们接诊的\n"
		    "三四十岁患者明显多了，很多是长期\n"
		    "熬夜、压力大，自己觉得年轻，身体\n"
		    "有了信号也不当回事。\n"
		    "问：出现哪些症状需要马上就医？\n"
		    "答：胸口发闷、发紧，像压了一\n"
		    "块石头，持续几分钟不缓解；疼痛向\n"
		    "左肩、左臂或者下巴放射；突然一侧\n"
		    "手脚无力、口角歪斜、说话含糊不清，\n"
		    "这些都是危险信号。一定要第一时间\n"
		    "拨打120，不要自己开车去医院，更\n"
		    "不要在家里“等一等、看一看”。\n"
		    "问：有人说，心梗发作时咳嗽可\n"
		    "以自救，这个说法对吗？\n"
		    "答：这是网上流传很广的一个误\n"
		    "区。所谓“咳嗽自救”没有可靠的科学\n"
		    "依据，反而可能耽误时间。正确的做\n"
		    "法是立即停止活动，就地坐下或躺下，\n"
		    "保持安静，有条件的可以在医生指导\n"
		    "下嚼服阿司匹林，同时尽快呼叫急救。\n"
		    "问：冬季日常生活中要注意什么？\n"
		    "答：一是注意保暖，尤其是头颈\n"
		    "部，早上起床别太急，在床上躺半分\n"
		    "钟、坐半分钟再下地。二是晨练不宜\n"
		    "太早，最好等太阳出来以后再出门。\n"
		    "三是饮食清淡，少吃咸菜、腌肉，控\n"
		    "制饮酒。四是按时服药，不要自行停\n"
		    "药或者减量。很多病人血压一正常就\n"
		    "把药停了，这是非常危险的。\n"
		    "问：对于已经放了支架的患者，\n"
		    "有什么特别提醒？\n"
		    "答：支架不是“一劳永逸”。术后\n"
		    "要坚持服用抗血小板药物，定期复查\n"
		    "血 脂 、血 糖 ，戒 烟 限 酒 。有 的 患 者 觉\n"
		    "得放了支架就万事大吉，又恢复了原\n"
		    "来的生活习惯，结果没两年血管又堵\n"
		    "了。\n"
		    "寻味吕梁\n"
		    "柴家碗托：三代人守着一口老蒸锅\n"
		    "临县剪纸《黄河船工》获全国金奖\n"
		    "健康讲堂\n"
		    "天一冷，胸口发闷别硬扛\n"
		    "——市人民医院心血管\n"
		    "内科主任医师邢建国谈\n"
		    "冬季心脑血管疾病防治\n"
		    "记者 温丽娜\n"
		    "“这碗凉粉，我卖了三十年”\n"
		    "上官怀瑾：县域商业要补上冷链“断点”\n"
		    "本报记者 芦晓东\n"
		    "孩子反复发烧，\n"
		    "要不要马上去医院？\n"
		    "记者 侯志斌\n";
		const struct seg_headline *h = NULL;
		size_t k, n = 0;

		assign_page(&s, page);
		for (k = 0; k < s.na; k++)
			if (s.a[k].head >= 0 && seg_starts(
			    s.h[s.a[k].head].title, "天一冷")) {
				h = &s.h[s.a[k].head];
				n = s.a[k].last - s.a[k].first + 1;
			}
		ok(h != NULL && n == 13 &&
		    seg_ends(h->subtitle, "冬季心脑血管疾病防治") &&
		    strcmp(h->byline, "记者 温丽娜") == 0,
		    "assign: a subtitle's wrapped rest read with the byline as "
		    "a headline over the text after the lead goes back to the "
		    "headline (%zu paragraphs)", n);
		seg_free(&s);
	}

	/* A headline's title and its subtitle read as two headlines of
	 * one block (水利建设攻坚行动 / 南川河水库…竣工验收 over 下游1.2万亩…
	 * 有了保障 / 本报记者…): the lower heading the text, the upper its
	 * last two paragraphs, cut where one opens with 据了解，, which opens
	 * no article. One headline over the whole text, the lower's title
	 * its subtitle and its byline the headline's (rejoin_subtitle). */
	{
		static const char page[] =
		    "水利建设攻坚行动\n"
		    "南川河水库除险加固工程通过竣工验收南川河水库除险加固工程通过竣工验收\n"
		    "下游1.2万亩农田和3个乡镇防洪\n"
		    "安全有了保障\n"
		    "本报记者 司马瑞 通讯员 邬建平\n"
		    "初冬时节，中阳县暖泉镇南川河水库波光粼\n"
		    "粼，新砌的混凝土护坡沿坝体整齐铺展，溢洪\n"
		    "道闸门启闭灵活，坝顶安全监测站的太阳能板\n"
		    "在阳光下闪着光。11月28日，南川河水库除险\n"
		    "加固工程通过竣工验收，这座“带病”运行多年\n"
		    "的水库重新挑起了防洪、灌溉双重担子。\n"
		    "南 川 河 水 库 始 建 于 1975 年 ，是 一 座 以 防 洪 、灌\n"
		    "溉为主的小（1）型水库，总库容486万立方\n"
		    "米，下游涉及暖泉、金罗、宁乡3个乡镇、2.6\n"
		    "万 余 名 群 众 和 1.2 万 亩 农 田 。受 当 年 建 设 标 准\n"
		    "低、年久失修等因素影响，水库先后出现坝体\n"
		    "渗漏、护坡塌陷、溢洪道泄洪能力不足等问\n"
		    "题，2021年经安全鉴定被定为“三类坝”。\n"
		    "为不耽误下游春灌和防汛，施工单位科学安排\n"
		    "工序，采取“汛前抢坝体、汛中做附属、汛后\n"
		    "抓收尾”的办法，在确保安全度汛的同时实现\n"
		    "工程按期完工。\n"
		    "数字化是此次改造的一大亮点。水库新安装雨\n"
		    "量计、水位计、渗压计、视频监控等设备28台\n"
		    "（套），坝体变形、渗流压力等数据每15分钟\n"
		    "自动采集一次，实时传输至县水利局和市级水\n"
		    "库运行管理平台，一旦超出预警阈值，系统会\n"
		    "自动向管理人员发送提示信息。\n"
		    "“以前测渗流靠人工下井量，现在在手机上就\n"
		    "能看到曲线。”康拴柱打开手机上的监测软\n"
		    "件，熟练地调出了近一周的坝体数据。\n"
		    "水库安全，下游受益。暖泉镇西坡村村民冉德\n"
		    "厚种了30多亩玉米和谷子，“水库能正常蓄水\n"
		    "了，明年春天放水浇地就有指望了”。据测\n"
		    "算，工程完工后，水库灌区有效灌溉面积可恢\n"
		    "复至1.2万亩，每年可为下游农田增供灌溉用\n"
		    "水约150万立方米。\n"
		    "据了解，“十四五”以来，中阳县共实施小型病\n"
		    "险水库除险加固项目5个，目前已全部完工。\n"
		    "全 县 同 步 落 实 小 型 水 库 防 汛 “ 三 个 责 任 人 ”，配\n"
		    "备专职管护人员，建立起“县级统管、乡镇监\n"
		    "管、专人看护”的管理体系。\n"
		    "县水利局负责人表示，下一步将持续推进水库\n"
		    "标准化管理和数字孪生水利建设，让每一座水\n"
		    "库都“管得住、看得见、用得好”。\n";

		/* (Its paragraphs open on full lines: since stop 36 round 2,
		 * firsts_full, no line of its text is read as a headline
		 * line, and the text is not cut at 据了解; the headline is
		 * whole once its parts are settled.) */
		assign_page(&s, page);
		seg_split_titles(&s);
		seg_settle_kickers(&s);
		ok(s.na == 1 && s.a[0].head >= 0 &&
		    seg_starts(s.h[s.a[0].head].title, "南川河水库") &&
		    seg_starts(s.h[s.a[0].head].subtitle, "下游1.2万亩") &&
		    seg_starts(s.h[s.a[0].head].byline, "本报记者 司马瑞"),
		    "assign: a title and its subtitle read as two headlines, "
		    "the text cut at a connective, go back to one (%zu runs)",
		    s.na);
		seg_free(&s);
	}

	/* A plain subtitle read as its title's wrap (能源革命综合改革试点 /
	 * 孝义煤焦企业余热供暖覆盖十万户居民 / 每年可替代燃煤约18万吨 /
	 * 本报记者…, gathered at the page end), the assignment splitting the
	 * headline so that the lower part heads the paragraph whose fact it
	 * quotes, 目前，…每年可替代燃煤约 18 万吨…: a text cut at a
	 * connective. The split's parts join again: one report, the subtitle
	 * its own (rejoin_subtitle, split_parts, W_A_SUB_JOIN_PARTS). */
	{
		static const char page[] =
		    "本报讯 记者近日从柳林县行政审批服务管理局了\n"
		    "解到，今年以来，该县企业开办全流程办理时间压缩到\n"
		    "0.5个工作日，全县新登记各类市场主体 4120 户，同比\n"
		    "增长16.5%。\n"
		    "在县政务服务中心一楼的“企业开办专区”，申请人\n"
		    "只需在一个窗口提交一套材料，营业执照、公章刻制、\n"
		    "发票申领、社保登记等事项即可同步办理。符合条件\n"
		    "的，当天就能领到装有营业执照、印章和税控设备的\n"
		    "“开办大礼包”。\n"
		    "刚刚办完手续的柳林县晨阳餐饮服务有限公司负责\n"
		    "人杜晓燕说：“上午十点来的，下午三点就全办完了，\n"
		    "比我预想的快多了。”\n"
		    "县行政审批局局长王志刚介绍，下一步，该县将推\n"
		    "行企业变更、注销“一件事”集成办理，让企业“进一扇\n"
		    "门、办所有事”。\n"
		    "（记者 田园园）\n"
		    "本报讯 入冬以来，孝义市城区和周边 12 个乡镇的\n"
		    "居民家中暖意融融。这股暖流，很大一部分来自当地焦\n"
		    "化、电解铝企业生产过程中产生的工业余热。\n"
		    "孝义市煤焦产业集中，过去企业生产中产生的大量\n"
		    "中低温余热，多通过冷却塔直接排放，既浪费能源，又\n"
		    "增加了碳排放。近年来，孝义市实施工业余热集中供暖\n"
		    "工程，建设长输供热管网 86 公里，将 4 家焦化企业和 1 家\n"
		    "电解铝企业的余热回收利用，接入城区集中供热系统。\n"
		    "目前，孝义市工业余热供暖面积已达到 980 万平方\n"
		    "米，覆盖居民约 10 万户，占城区集中供热面积的七成以\n"
		    "上。与燃煤锅炉供暖相比，每年可替代燃煤约 18 万吨，\n"
		    "减少二氧化碳排放约 46 万吨。\n"
		    "孝义市住建局相关负责人介绍，余热供暖还降低了\n"
		    "供热成本，今年城区居民供暖价格保持不变。下一步，\n"
		    "该市将继续扩大余热回收规模，推动余热供暖向更多乡\n"
		    "镇和农村延伸。\n"
		    "本报讯（实习记者 孔德馨）“今天是土豆烧排骨、\n"
		    "西葫芦炒蛋，还有小米稀饭，软和好嚼，合我们老年人\n"
		    "的口味。”11月 6 日中午，在中阳县宁乡镇城南社区老年\n"
		    "助餐点，80岁的马振华老人端着餐盘，和老伙伴们边吃\n"
		    "边聊。\n"
		    "城南社区 60 岁以上老人有 1900 多人，其中独居、空\n"
		    "巢老人占了近三成，“做饭难、吃饭难”一直是他们的心\n"
		    "头事。今年 5 月，社区利用闲置用房改造建成面积 260 平\n"
		    "方米的老年助餐点，可同时容纳 80 人就餐。\n"
		    "助餐点实行“两菜一汤一主食”标准，每天公布菜\n"
		    "谱，由营养师根据时令和老人身体状况调整搭配，做到\n"
		    "低盐、低油、少糖。70岁以上老人每餐只需付 8 元，特\n"
		    "困、失能和高龄独居老人还能享受免费或半价优惠。\n"
		    "对于行动不便的老人，社区组建了由网格员、志愿\n"
		    "者组成的“送餐小分队”，每天准时把热乎饭菜送上门，\n"
		    "顺便查看老人的身体和生活情况。“送饭也是探视，发\n"
		    "现问题能第一时间联系家属。”送餐志愿者陈慧芳说。\n"
		    "助餐点不只是“食堂”。饭后，老人们可以在隔壁的\n"
		    "日间照料室下棋、读报、做理疗，社区卫生服务站的医\n"
		    "生每周两次到这里免费测血压、测血糖。\n"
		    "中阳县民政局副局长秦宏亮介绍，全县已建成城乡\n"
		    "老年助餐点 32 个，其中由农村幸福院改造提升的有21\n"
		    "个，日均服务老年人 2100 余人次。县里按每个助餐点每\n"
		    "年 3 万元至 5 万元的标准给予运营补贴，并引入餐饮企\n"
		    "业、爱心商户参与，确保“办得起、可持续”。\n"
		    "为方便结算，助餐点还推行“刷脸就餐”，老人在人\n"
		    "脸识别终端前站一站，系统就能自动识别身份并核减相\n"
		    "应补贴，子女也可以通过手机为父母远程充值。\n"
		    "下一步，中阳县将继续扩大助餐服务覆盖面，力争\n"
		    "明年底实现城市社区和较大规模行政村助餐服务全覆\n"
		    "盖。\n"
		    "柳林：“一枚印章管审批”后，\n"
		    "企业开办最快半天办结\n"
		    "能源革命综合改革试点\n"
		    "孝义煤焦企业余热供暖覆盖十万户居民\n"
		    "每年可替代燃煤约18万吨\n"
		    "■ 本报记者 薛建平 通讯员 杨雪\n"
		    "老年助餐点让银发族吃上“暖心饭”\n";
		size_t k, n = 0;
		int whole = 0;

		assign_page(&s, page);
		for (k = 0; k < s.na; k++) {
			const struct seg_headline *h = s.a[k].head >= 0 ?
			    &s.h[s.a[k].head] : NULL;
			n += h != NULL && strstr(h->title, "每年可替代") != NULL;
			whole |= h != NULL &&
			    strcmp(h->title, "孝义煤焦企业余热供暖覆盖十万户居民") == 0 &&
			    strcmp(h->subtitle, "每年可替代燃煤约18万吨") == 0 &&
			    s.a[k].last - s.a[k].first + 1 == 4;
		}
		ok(whole && n == 0 && s.na == 3,
		    "assign: a split headline's parts heading a text cut at a "
		    "connective join again, the lower its subtitle (%zu runs)",
		    s.na);
		seg_free(&s);
	}

	/* A title and its subtitle gathered at the page end read as two
	 * headlines (临县山村大棚里种出“羊肚菌” / 一棚收入抵得上十亩玉米 /
	 * 本报记者…): the title heads the feature's first paragraph alone,
	 * the subtitle with the byline the rest, which takes up the title's
	 * words (羊肚菌) more than that paragraph does. One headline over the
	 * whole text, the lower's title its subtitle (rejoin_subtitle,
	 * W_A_SUB_LEAD_ALONE). */
	{
		static const char page[] =
		    "初冬的临县兔坂镇后庄村，田\n"
		    "野里一片萧瑟，村口的一排拱棚里\n"
		    "却是另一番景象。掀开厚厚的棉帘，\n"
		    "一股湿润的暖气扑面而来，黑色遮\n"
		    "阳网下，一垄垄土床整齐排列，工人\n"
		    "们正蹲在垄间往土里撒菌种。\n"
		    "“这是羊肚菌，现在下种，过了\n"
		    "春节就能出菇，刚好赶在地里开春\n"
		    "前收完一茬。”合作社负责人高建荣\n"
		    "一边示范一边说，羊肚菌喜欢冷凉\n"
		    "气候，正好适合山区冬季种植，鲜菇\n"
		    "每斤能卖到 80 元左右，烘干后价格\n"
		    "更高。\n"
		    "高建荣今年 46 岁，早年在太原\n"
		    "做蔬菜批发生意。2024年，他回村领\n"
		    "办了种植专业合作社，先是试种了5\n"
		    "个棚，当季亩产鲜菇 400 多斤，扣除\n"
		    "成本每棚纯收入近 2 万元。“一棚的\n"
		    "收入抵得上十亩玉米，村里人一看\n"
		    "都坐不住了。”\n"
		    "今年，合作社的大棚扩大到42\n"
		    "个，带动本村和邻村 47 户农户参与\n"
		    "种植。合作社统一提供菌种、技术和\n"
		    "销路，农户负责日常管护，采收后由\n"
		    "合作社保底收购。村民刘玉梅家管\n"
		    "着两个棚，她说：“冬天本来在家闲\n"
		    "着，现在离家几步路就能挣钱，还能\n"
		    "照顾老人孩子。”\n"
		    "为解决技术难题，临县农业农\n"
		    "村局联系了省农科院食用菌专家定\n"
		    "期来村指导，从温湿度控制、通风管\n"
		    "理到病虫害防治，手把手教给种植\n"
		    "户。县里还对新建羊肚菌大棚给予\n"
		    "每亩 3000 元的补贴。\n"
		    "“明年打算再建一个烘干车间，\n"
		    "把鲜菇做成干品、礼盒，卖得更远、\n"
		    "更值钱。”说起下一步打算，高建荣\n"
		    "信心满满。\n"
		    "冬闲变冬忙\n"
		    "临县山村大棚里种出临县山村大棚里种出““羊肚菌羊肚菌””\n"
		    "一棚收入抵得上十亩玉米\n"
		    "□ 本报记者 贾润青 薛晓蕾\n";

		assign_page(&s, page);
		ok(s.na == 1 && s.a[0].head >= 0 &&
		    seg_starts(s.h[s.a[0].head].title, "临县山村大棚") &&
		    seg_starts(s.h[s.a[0].head].subtitle, "一棚收入") &&
		    seg_starts(s.h[s.a[0].head].byline, "本报记者 贾润青"),
		    "assign: a title over its lead alone and its subtitle over "
		    "the rest, gathered at the page end, go back to one (%zu "
		    "runs)", s.na);
		seg_free(&s);
	}

	/* A title and its subtitle gathered at the page end read as two
	 * headlines (完善县乡村三级寄递物流体系 / 畅通农产品进城和消费品下乡双向通道 /
	 * 阮志红): the title heads the suggestion, the subtitle only its
	 * closing paragraph (小小一个快递包裹…), every headline heading
	 * something, though its words (农产品) are met before the cut as
	 * well as after it. One headline over the whole text, the lower's
	 * title its subtitle (rejoin_subtitle, W_A_SUB_WORDS_ABOVE). */
	{
		static const char page[] =
		    "农村寄递物流是服务乡村振兴的重要基础设施。近年来"
		    "，我市快递业务量持续较快增长，“快递进村”覆盖面"
		    "不断扩大，但农村寄递网络仍然存在不少短板：一些偏"
		    "远山村取件要跑到乡镇，往返一趟得大半天；村级服务"
		    "站点经营收入低、人员流动快，难以持续运转；农产品"
		    "寄出成本偏高，冷链配送能力不足，红枣、核桃、小杂"
		    "粮等特色产品“出山难”的问题没有根本解决。\n"
		    "为此建议：一是整合资源，推动共同配送。以县域为单"
		    "元，引导邮政、快递、供销、电商等企业共建共享县级"
		    "分拣中心和乡镇集散站点，统一分拣、统一配送，降低"
		    "单件运营成本。二是建强村级站点。将快递服务与村级"
		    "便民服务中心、农家店等融合设置，一点多能、一站多"
		    "用，通过代收代发、代购代销增加站点收入，让站点“"
		    "开得起、留得住”。三是补齐冷链短板。在红枣、蔬菜"
		    "、食用菌等主产区布局建设产地预冷库和小型冷链集配"
		    "中心，延长农产品保鲜期和销售半径。\n"
		    "还要注重发挥邮政网络覆盖广的优势，鼓励开行“客货"
		    "邮”融合线路，利用城乡公交、农村客运车辆捎带邮件"
		    "快件，提高车辆利用效率和农村投递频次。\n"
		    "同时，要加大政策扶持力度。建议市级财政设立农村寄"
		    "递物流发展专项资金，对乡镇集散站点建设和村级站点"
		    "运营给予补贴；推动快递企业与农民专业合作社、电商"
		    "企业签订长期寄递协议，给予农产品寄递运费优惠；加"
		    "强从业人员技能培训，提升农村电商和物流服务水平。\n"
		    "小小一个快递包裹，连着城乡两头的烟火日子。希望通"
		    "过各方共同努力，让山里的好东西走得出去、城里的好"
		    "商品进得来，为乡亲们增收致富添一把力。\n"
		    "我市是全省重要的煤炭生产基地，煤炭开采和洗选过程"
		    "中每年产生大量煤矸石，加上火电厂排放的粉煤灰、脱"
		    "硫石膏，以及冶炼行业产生的各类废渣，大宗工业固废"
		    "堆存量大、增量多。长期露天堆放不仅占用大量土地，"
		    "还容易引发自燃、扬尘和淋溶水污染，成为制约生态环"
		    "境质量改善的一块“心病”。\n"
		    "固废放错了地方是污染，用对了地方就是资源。为此建"
		    "议：一是摸清底数、规划引领。对全市煤矸石、粉煤灰"
		    "等固废的产生量、堆存量、理化性质开展全面普查，建"
		    "立动态管理台账，编制大宗固废综合利用专项规划，明"
		    "确各县（市、区）消纳目标和重点项目。二是拓宽利用"
		    "途径。鼓励发展煤矸石烧结砖、粉煤灰加气混凝土砌块"
		    "、脱硫石膏板等新型建材产业，支持利用煤矸石开展采"
		    "煤沉陷区充填治理和废弃矿坑生态修复。三是强化科技"
		    "攻关。支持企业联合高校院所研发从粉煤灰中提取氧化"
		    "铝、从煤矸石中回收有价元素等高值化利用技术，推动"
		    "固废利用由“低端消纳”向“高值转化”升级。\n"
		    "要用好政策杠杆。建议全面落实资源综合利用增值税即"
		    "征即退等税收优惠政策，在政府投资的道路、市政、水"
		    "利等工程中优先采购固废再生建材产品；对新建综合利"
		    "用项目在用地、环评、电价等方面给予支持，对达到一"
		    "定利用规模的企业给予奖励。\n"
		    "同时，还要压实企业主体责任。产废企业应当同步规划"
		    "、同步建设综合利用设施，严禁新建永久性贮存场；生"
		    "态环境、自然资源等部门要加强联合执法，坚决查处随"
		    "意倾倒、违规堆存等行为。\n"
		    "让煤矸石“吃干榨净”，既是解决历史遗留问题的现实"
		    "需要，也是培育循环经济新增长点的重要机遇。相信只"
		    "要持续用力，我们一定能走出一条资源节约、环境友好"
		    "的高质量发展新路子。\n"
		    "完善县乡村三级寄递物流体系完善县乡村三级寄递物流"
		    "体系\n"
		    "畅通农产品进城和消费品下乡双畅通农产品进城和消费"
		    "品下乡双\n"
		    "向通道向通道\n"
		    "阮志红\n"
		    "推进煤矸石等大宗固废综合利用推进煤矸石等大宗固废"
		    "综合利用\n"
		    "甄国栋\n";

		assign_page(&s, page);
		ok(s.na == 2 && s.a[0].head >= 0 &&
		    seg_starts(s.h[s.a[0].head].title, "完善县乡村") &&
		    seg_starts(s.h[s.a[0].head].subtitle, "畅通农产品"),
		    "assign: a subtitle heading its text's last paragraph alone, "
		    "its words met before the cut, goes back to its title (%zu "
		    "runs)", s.na);
		seg_free(&s);
	}

	/* The same shape where the subtitle's words are its own last
	 * paragraphs' more than the first's (北武当山迎来首个冰雪旅游季 /
	 * 12个冰雪项目开放，冬季旅游专线同步开通, gathered after the text):
	 * each title finds its words in the other's run (冰雪旅游季 in the
	 * last paragraph, 12个冰雪…项目 in the first), the lower run no
	 * longer than the upper: one text (words_across). */
	{
		static const char page[] =
		    "11月29日，方山县北武当山景区冰雪旅游季正式启"
		    "动。景区首次推出冰雕观赏、雪地摩托、冰上碰碰车、"
		    "雪圈滑道等12个冰雪娱乐项目，吸引了省内外数千名"
		    "游客前来体验。\n"
		    "\n"
		    "当天，景区内银装素裹，山门前的广场上矗立着一组高"
		    "约8米的冰雕群，造型取材于北武当山的传说故事，晶"
		    "莹剔透。在雪圈滑道上，游客们坐着雪圈从坡顶疾驰而"
		    "下，欢笑声不断。\n"
		    "\n"
		    "“以前冬天来北武当，主要是看雪景、爬山，现在玩的"
		    "项目多了，孩子们都不想走了。”从太原自驾来游玩的"
		    "游客赵先生说。\n"
		    "\n"
		    "为做好冬季旅游服务，景区在游客中心设置了暖心驿站"
		    "，提供热水、姜茶和应急药品，并开通了方山县城至景"
		    "区的冬季旅游专线公交。冰雪旅游季期间，景区还将陆"
		    "续举办冬季摄影大赛、民俗年货节等活动。\n"
		    "\n"
		    "据悉，本次冰雪旅游季将持续至明年2月底。\n"
		    "\n"
		    "(记者 李江)近日,中国胸痛中心认证工作委员会公"
		    "布了最新一批通过认证的胸痛中心名单,孝义市人民医"
		    "院胸痛中心顺利通过标准版认证。\n"
		    "\n"
		    "据了解,该院胸痛中心自2021年启动建设以来,整"
		    "合急诊科、心血管内科、影像科等多学科力量,与市县"
		    "两级120急救中心和乡镇卫生院建立协同救治网络,"
		    "实现了患者“上车即入院”。目前,该院急性心肌梗死"
		    "患者从入门到血管开通的平均时间缩短至62分钟,远"
		    "低于国家标准要求的90分钟。\n"
		    "\n"
		    "孝义市人民医院胸痛中心通过国家认证\n"
		    "\n"
		    "我市急性胸痛救治能力再提升\n"
		    "\n"
		    "冬游吕梁\n"
		    "\n"
		    "北武当山迎来首个冰雪旅游季\n"
		    "\n"
		    "12个冰雪项目开放，冬季旅游专线同步开通\n";
		size_t r;
		int whole = 0;

		assign_page(&s, page);
		for (r = 0; r < s.na; r++)
			whole |= s.a[r].head >= 0 && s.a[r].first == 0 &&
			    s.a[r].last == 4 &&
			    seg_starts(s.h[s.a[r].head].subtitle, "12个冰雪");
		ok(whole, "assign: a title and its subtitle, each naming the "
		    "other's half of the text, go back to one (%zu runs)",
		    s.na);
		seg_free(&s);
	}

	/* An interview's intro (温振华是…代表。) before its first question
	 * (记者：您今年为什么…？), its headline gathered at the page end: no
	 * article opens with an asking label (W_A_CUT_ASKED), so the
	 * headline heads the intro, not a text cut at the question with the
	 * intro left untitled. */
	{
		static const char page[] =
		    "赵文彬：一方面“请进来”，和省城两家三甲医\n"
		    "院建立了帮扶关系，专家每周轮流来坐诊、带教；\n"
		    "另一方面“送出去”，每年选派 20 名左右骨干医生\n"
		    "到上级医院进修。我们还给年轻医生解决周转房，\n"
		    "工作满五年的给予安家补助。\n"
		    "记者：乡镇卫生院和村卫生室的服务能力如何\n"
		    "提升？\n"
		    "赵文彬：医疗集团实行人员、财务、药品、业\n"
		    "务统一管理，县医院医生定期下沉到乡镇卫生院\n"
		    "坐诊。我们还给全县的村卫生室配了智能健康一\n"
		    "体机，量血压、测血糖、做心电图，数据直接传\n"
		    "到县医院，有问题医生马上就能看到。\n"
		    "记者：对于行动不便的老人，有什么办法？\n"
		    "赵文彬：我们组建了 12 支家庭医生团队，对失\n"
		    "能、半失能老人提供上门服务。今年还开通了巡\n"
		    "回医疗车，每周固定时间开进偏远山村，抽血、\n"
		    "B超、心电图都能做。一位 80 多岁的老大娘跟我\n"
		    "说，以前看个病要儿子请假开车送，现在医生自\n"
		    "己上门来了。\n"
		    "记者：下一步有什么打算？\n"
		    "赵文彬：一是争取明年创成二级甲等医院，二\n"
		    "是把远程会诊延伸到所有村卫生室，三是加强中\n"
		    "医药服务，把方山本地的一些中药材用起来。\n"
		    "记者 王瑞峰 整理\n"
		    "我市开通首条“研学旅游”专线\n"
		    "7月 20 日，由市文化和旅游局联合市教育局推\n"
		    "出的首条“研学旅游”专线正式开通。专线串联兴\n"
		    "县晋绥边区革命纪念馆、临县碛口古镇、方山县\n"
		    "北武当山等 12 个研学基地，为中小学生提供红色\n"
		    "教育、自然科普和传统文化体验等研学课程。\n"
		    "据介绍，暑假期间，专线每周发车 3 班，采取\n"
		    "“线上预约、定点接送”方式，预计将服务全市中\n"
		    "小学生 1 万人次以上。\n"
		    "温振华是孝义市下堡镇一家杂粮合作社的负责\n"
		    "人，连任两届市人大代表。今年他带来的建议，\n"
		    "还是围绕着他最熟悉的谷子、绿豆和荞麦。\n"
		    "记者：您今年为什么又把目光放在小杂粮上？\n"
		    "温振华：我们这一带是旱塬，种别的不划算，\n"
		    "谷子、绿豆这些耐旱的作物是老百姓的“看家粮”。\n"
		    "东西是好东西，可这几年价钱上不去，原因是散\n"
		    "户各种各的，品种杂、标准乱，收购商来了挑三\n"
		    "拣四，压价压得厉害。\n"
		    "记者：合作社这几年做了哪些尝试？\n"
		    "温振华：我们统一供种、统一收购，和一家米\n"
		    "业公司签了保底价，社员每斤谷子比散卖多收两\n"
		    "三毛钱。去年合作社带动了周边六个村的三百多\n"
		    "户，种植面积扩大到四千多亩。但光靠一个合作\n"
		    "社，力量还是小。\n"
		    "记者：您这次提了什么建议？\n"
		    "温振华：主要是两条。一条是希望市里能牵头\n"
		    "制定本地小杂粮的地方标准，打出统一的区域品\n"
		    "牌，不要各县各叫各的名字；另一条是在主产乡\n"
		    "镇建几个产地烘干和分拣中心，解决“晒场不够、\n"
		    "粮食发霉”的老问题。\n"
		    "记者：对今后有什么期待？\n"
		    "温振华：希望有一天，人家一说起吕梁的小米、\n"
		    "绿豆，就知道是好东西，愿意多掏钱来买。那样\n"
		    "种地的人心里才踏实。\n"
		    "孩子出生后，要办出生医学证明、登记户口、\n"
		    "参加医保、申领社保卡，过去得跑好几个部门。\n"
		    "今年起，我市全面推行新生儿出生“一件事”联办，\n"
		    "这些事项可以一次申请、一次办结。联办怎么申\n"
		    "请？需要准备哪些材料？记者采访了市行政审批\n"
		    "服务管理局有关负责人。\n"
		    "问：出生“一件事”联办包括哪些事项？\n"
		    "答：主要包括出生医学证明办理、预防接种证\n"
		    "办理、户口登记、城乡居民医保参保登记、社会\n"
		    "保障卡申领等五项。家长可以根据需要选择其中\n"
		    "几项，也可以全部一起办理。\n"
		    "问：在哪里申请？必须带着孩子去现场吗？\n"
		    "答：不需要带孩子到现场。家长可以通过“三\n"
		    "晋通”手机应用的出生一件事专区在线申请，也\n"
		    "可以在孩子出生的医院设立的服务点，或者户籍\n"
		    "所在地的政务服务中心综合窗口申请。线上申请\n"
		    "的，按提示上传材料、确认信息即可。\n"
		    "问：需要准备哪些材料？\n"
		    "答：一般需要父母双方的身份证、户口簿和结\n"
		    "婚证。在医院申请的，出生医学证明由医院直接\n"
		    "签发，信息会自动推送到公安、医保、人社等部\n"
		    "门，家长不用再重复提交。如果父母户籍不在同\n"
		    "一地方，还需要选择孩子随父或随母落户。\n"
		    "问：多长时间能办好？证件怎么领取？\n"
		    "答：材料齐全的，一般 5 个工作日内办结。户\n"
		    "口簿、社保卡可以选择到窗口领取，也可以免费\n"
		    "邮寄到家。医保参保登记办好后，孩子出生当年\n"
		    "的医疗费用可以按规定报销。\n"
		    "问：办理过程中遇到问题，可以向哪里咨询？\n"
		    "答：可以打 12345 热线咨询，也可以直接联系\n"
		    "各县（市、区）政务服务中心。我们在各助产医\n"
		    "院都公布了服务点的联系电话，工作人员会帮助\n"
		    "家长完成申请。\n"
		    "老年助餐点让银发族吃上“暖心饭”\n"
		    "“今天是土豆烧排骨、西葫芦炒蛋，还有小米\n"
		    "稀饭，软和好嚼，合我们老年人的口味。”11月6\n"
		    "日中午，在中阳县宁乡镇城南社区老年助餐点，\n"
		    "80岁的马振华老人端着餐盘，和老伙伴们边吃边\n"
		    "聊。\n"
		    "两会访谈两会访谈\n"
		    "温振华代表：“让小杂粮卖出好价钱”\n"
		    "□本报记者 郝丽萍\n"
		    "政策解读政策解读\n"
		    "新生儿落户、办医保，\n"
		    "一次就能办好\n";
		const char *first = NULL;
		size_t k;

		assign_page(&s, page);
		for (k = 0; k < s.na; k++)
			if (s.a[k].head >= 0 && seg_starts(
			    s.h[s.a[k].head].title, "温振华代表"))
				first = s.it[s.paras[s.a[k].first]].text;
		ok(first != NULL && seg_starts(first, "温振华是"),
		    "assign: an interview's headline heads its intro, not a "
		    "text opening with an asking label (%.24s)",
		    first != NULL ? first : "none");
		seg_free(&s);
	}

	/* A brief's second paragraph (吕梁市中心血站工作人员介绍，…) cut off
	 * as an untitled run by the search, the cut standing on nothing:
	 * the run before takes it in, its true score the better
	 * (join_untitled). */
	{
		static const char page[] =
		    "在刘胡兰镇保贤村的高粱种植基地，几台联合收割机来回穿\n"
		    "梭，一株株火红的高粱被收割、脱粒后装车运往收购点。种\n"
		    "植大户李三虎告诉记者，今年他种了460亩高粱，全部采用\n"
		    "订单种植，亩产预计能达到1100斤，收入比种玉米每亩多出\n"
		    "300多元。\n"
		    "近年来，文水县依托汾酒原粮基地建设，推广“企业+合作\n"
		    "社+农户”订单模式，统一供种、统一技术、统一收购，让\n"
		    "农民种粮有了“定心丸”。今年全县酿酒高粱种植面积比去\n"
		    "年增加4000余亩，带动1800余户农户增收。\n"
		    "（本文来源：人民网）\n"
		    "“太感谢你们了，要不是你们，我爹这一晚上在山里可就危险\n"
		    "了！”11月18日清晨，在临县公安局一派出所，村民张某握着民\n"
		    "警的手，连声道谢。\n"
		    "11月17日下午5时许，该派出所接到张某报警，称其82岁的父亲\n"
		    "下午外出到山上捡柴，天黑了还没有回家，家人找遍了附近几个\n"
		    "山头都没有找到。老人患有轻度阿尔茨海默病，随身没有携带手\n"
		    "机。\n"
		    "当时气温已降至零下，山区地形复杂，老人随时可能发生意外。\n"
		    "派出所立即组织民警、辅警和村干部、村民40余人，分成6个小\n"
		    "组，打着手电进山搜寻。县公安局还调派无人机，利用热成像设\n"
		    "备协助搜索。\n"
		    "经过近10个小时的连续搜寻，次日凌晨3时许，无人机在距离村\n"
		    "子约4公里的一处山沟里发现了一个热源。搜救人员赶到后，发\n"
		    "现老人蜷缩在一棵树下，身体已经冻得发抖。民警立即给老人裹\n"
		    "上棉大衣，将其背下山，送往医院检查。经检查，老人身体无大\n"
		    "碍。\n"
		    "警方提醒，家中有老人特别是患有认知障碍的老人，家属要加强\n"
		    "看护，可为老人佩戴定位手环或写有联系方式的卡片，一旦走\n"
		    "失，要第一时间报警。\n"
		    "本报讯（记者 王洋）10月22日，2023汾阳半\n"
		    "程马拉松在杏花村镇鸣枪开跑，来自全国28个\n"
		    "省（区、市）的1.2万名跑者参赛，在酒香弥\n"
		    "漫的赛道上感受千年酒都的独特魅力。\n"
		    "本次比赛设半程马拉松、10公里跑和5公里健\n"
		    "康跑三个项目，赛道起点位于杏花村酒文化旅\n"
		    "游区，途经老酒坊遗址、贾家庄、汾阳古城等\n"
		    "地标，终点设在汾阳市体育中心。沿途设置补\n"
		    "给站14个、医疗救护点18个，配备AED设备和\n"
		    "“跑马医生”120名。\n"
		    "经过激烈角逐，来自内蒙古的选手包凯以1小\n"
		    "时06分43秒的成绩获得男子半程马拉松冠军，\n"
		    "本市选手乔丽娜以1小时18分09秒夺得女子组\n"
		    "冠军。\n"
		    "“赛道平坦，补给充足，沿途还有锣鼓、秧歌\n"
		    "助威，跑起来特别带劲。”第三次来汾阳参赛\n"
		    "的太原跑友呼延志刚说。\n"
		    "赛事期间，汾阳推出“凭参赛号码布免费游景\n"
		    "区”、住宿餐饮打折等惠民举措，带动城区酒\n"
		    "店入住率超过95%。\n"
		    "图为选手们从杏花村镇起点出图为选手们从杏花村镇起点出\n"
		    "发发。。 记者记者 刘亮亮刘亮亮 摄摄\n"
		    "本报讯（通讯员 郭敏娟）9月8日，在第39个教师节即将到来\n"
		    "之际，汾阳市“热血铸师魂”无偿献血活动在汾阳中学东操场举\n"
		    "行。来自城区12所中小学的136名教职工走上采血车，共献血\n"
		    "4.3万毫升。\n"
		    "吕梁市中心血站工作人员介绍，入秋以来临床用血量持续攀\n"
		    "升，A型、O型血液库存一度告急，此次集中献血有效缓解了汾\n"
		    "阳、孝义两地医院的供血压力。\n"
		    "11月6日，吕梁市人民医院泌尿外科团队成功为一名\n"
		    "61岁的肾肿瘤患者实施机器人辅助腹腔镜下肾部分切\n"
		    "除术。这是我市首例达芬奇机器人辅助手术。\n"
		    "手术历时两个半小时，出血量不足50毫升，完整切除\n"
		    "肿瘤的同时最大限度保留了患者的肾功能。术后第二\n"
		    "天，患者就能下床活动。\n"
		    "据介绍，手术机器人具有三维高清视野、机械臂灵活\n"
		    "精准、可过滤人手震颤等优势，适用于泌尿外科、普\n"
		    "外科、妇科、胸外科等多个学科的复杂手术。此前，\n"
		    "我市患者需要此类手术，大多要到太原、北京等地就\n"
		    "医。\n"
		    "“手术机器人的引进，让吕梁百姓在家门口就能享受\n"
		    "到更加精准微创的治疗。”市人民医院院长表示，医\n"
		    "院将加快培养机器人手术团队，逐步拓展手术病种。\n"
		    "在刘胡兰镇保贤村的高粱种植基地，几台联合收割机来回穿\n"
		    "梭，一株株火红的高粱被收割、脱粒后装车运往收购点。种\n"
		    "植大户李三虎告诉记者，今年他种了460亩高粱，全部采用\n"
		    "订单种植，亩产预计能达到1100斤，收入比种玉米每亩多出\n"
		    "300多元。\n"
		    "在刘胡兰镇保贤村的高粱种植基地，几台联合收割机来回穿\n"
		    "梭，一株株火红的高粱被收割、脱粒后装车运往收购点。种\n"
		    "植大户李三虎告诉记者，今年他种了460亩高粱，全部采用\n"
		    "订单种植，亩产预计能达到1100斤，收入比种玉米每亩多出\n"
		    "300多元。\n"
		    "在刘胡兰镇保贤村的高粱种植基地，几台联合收割机来回穿\n"
		    "梭，一株株火红的高粱被收割、脱粒后装车运往收购点。种\n"
		    "植大户李三虎告诉记者，今年他种了460亩高粱，全部采用\n"
		    "订单种植，亩产预计能达到1100斤，收入比种玉米每亩多出\n"
		    "300多元。\n"
		    "为保障车辆补能，位于城区东部的滨河加氢站同步建成\n"
		    "投用，日加注能力1000公斤，氢气来自交城、孝义焦化\n"
		    "企业的副产氢提纯。据测算，40辆氢能公交车每年可替\n"
		    "代柴油约76万升，减少二氧化碳排放约2000吨。\n"
		    "为保障车辆补能，位于城区东部的滨河加氢站同步建成\n"
		    "投用，日加注能力1000公斤，氢气来自交城、孝义焦化\n"
		    "企业的副产氢提纯。据测算，40辆氢能公交车每年可替\n"
		    "代柴油约76万升，减少二氧化碳排放约2000吨。\n"
		    "文水县2文水县2..3万亩酿酒高粱开3万亩酿酒高粱开\n"
		    "镰收割镰收割\n"
		    "市人民医院完成首例达芬奇机器人辅助手术市人民医院完成首例达芬奇机器人辅助手术\n"
		    "本报记者 郝丽 通讯员 王静文\n"
		    "万名跑者竞逐汾阳半程马拉松万名跑者竞逐汾阳半程马拉松\n"
		    "交城庞泉沟自然保护区恢复开放\n"
		    "汾阳百余名教师撸袖献血\n"
		    "八旬老人山中走失八旬老人山中走失 民警彻夜搜寻终寻回民警彻夜搜寻终寻回\n"
		    "本报记者 郝文杰\n"
		    "首批40辆氢能公交车在离石城区上线运营首批40辆氢能公交车在离石城区上线运营\n";
		size_t k, at = 0;

		assign_page(&s, page);
		for (k = 0; k < s.na; k++)
			if (seg_starts(s.it[s.paras[s.a[k].first]].text,
			    "吕梁市中心血站"))
				at = k + 1;
		ok(s.na > 0 && at == 0, "assign: an untitled run the run "
		    "before takes in for a better score joins it (run %zu)",
		    at);
		seg_free(&s);
	}

	/* A continued letter's salutation wrapped over two lines of a
	 * narrow column, after the continuation mark (（上接8版）尊敬的编 /
	 * 辑：): the hearers a text opens with, the letter going on under
	 * them, no cut after them. */
	{
		static const char page[] =
		    "性有机物治理，去年关停\n"
		    "整合了20多家不达标的小\n"
		    "作坊；另一方面，鼓励企业\n"
		    "开发轻量化玻璃瓶、可降\n"
		    "解包装材料和可循环周转\n"
		    "的酒箱等新产品。\n"
		    "  园区还建起了包装设\n"
		    "计创新中心和产品检测中\n"
		    "心，引进高校设计团队入\n"
		    "驻，为中小企业提供设计、\n"
		    "打样和质量检测等公共服\n"
		    "务。“我们希望将来人们\n"
		    "提起汾阳，不光想到好酒，\n"
		    "也能想到好包装。”薄志\n"
		    "宏说。\n"
		    "  夕阳西下，园区里的\n"
		    "生产线依然忙碌。一批刚\n"
		    "下线的青花瓷酒瓶被小心\n"
		    "地码进纸箱，即将发往酒\n"
		    "厂灌装。不久之后，它们将\n"
		    "盛着汾阳的醇香，走进天\n"
		    "南海北的千家万户。\n"
		    "  （上接8版）尊敬的编\n"
		    "辑：\n"
		    "  我住在孝义市胜溪湖\n"
		    "街道的振兴苑小区，小区\n"
		    "有六百多户人家，可附近\n"
		    "没有一个正规的快递驿\n"
		    "站。每天下午，几家快递公\n"
		    "司的快递员把包裹往小区\n"
		    "大门口的台阶上一摊，打\n"
		    "个电话就走，取件的人蹲\n"
		    "在地上翻来翻去，找不着\n"
		    "的、拿错的时有发生。前几\n"
		    "天下雨，我网购的一箱书\n"
		    "泡了水，快递员说“放门\n"
		    "口是你同意的”，我也说\n"
		    "不清。老年人腿脚不便，来\n"
		    "回跑好几趟。希望有关部\n"
		    "门能想想办法。\n"
		    "  孝义市读者 郝建英\n"
		    "记者调查记者调查\n"
		    "  记者连续两天下午到\n"
		    "振兴苑小区门口查看，四\n"
		    "点以后，大门东侧的台阶\n"
		    "和花坛边陆续堆起了大大\n"
		    "小小的包裹，最多时有一\n"
		    "百多件。几名快递员告诉\n"
		    "记者，小区物业不让车辆\n"
		    "进入，周边又没有合作网\n"
		    "点，“一天要送两三百件，\n"
		    "挨家挨户送根本送不过\n"
		    "来”。\n"
		    "  小区物业经理刘海军\n"
		    "介绍，物业曾腾出一间门\n"
		    "房供快递存放，但因为几\n"
		    "家快递公司谁来管、费用\n"
		    "谁出谈不拢，不到两个月\n"
		    "就停了。\n"
		    "部门回复部门回复\n"
		    "  孝义市邮政管理局有\n";
		size_t k, at = 0;

		assign_page(&s, page);
		for (k = 0; k < s.na; k++)
			if (seg_starts(s.it[s.paras[s.a[k].first]].text,
			    "我住在孝义市"))
				at = k + 1;
		ok(s.na > 0 && at == 0, "assign: a salutation wrapped over two "
		    "lines after a continuation mark opens its letter, no cut "
		    "after it (run %zu)", at);
		seg_free(&s);
	}

	/* A dateline opens an article, even one whose headline is not here. */
	buf_adds(&b, "周涛：让红色旅游成为富民产业\n□ 本报记者 郝强\n");
	column(&b, b1, 17);
	column(&b, b2, 17);
	column(&b, "本报讯（记者 王洋）7月26日，全市秋粮收购工作推进会召开。会议要求各地做好仓容腾并和资金筹措。", 17);
	assign_page(&s, b.data);
	is_int(s.na, 2, "assign: a dateline cuts the run");
	if (s.na == 2)
		is_int(s.a[1].head, -1, "assign: the article after it has no headline here");
	seg_free(&s);
	buf_free(&b);
}

static const char *
first_para_text(const struct article *a)
{
	return a->npara > 0 ? a->paras[0].text : "";
}

/* The rejoin_tiny tests' page: a meeting report (its last lines differ
 * from test to test), then its headline block gathered after its text
 * and a commentary (tiny_heads). */
static const char tiny_report[] =
	"本报讯（记者 温雅楠）12月 1 日，全市农村集体经\n"
	"济发展推进会在方山县召开。会议总结今年以来全市发\n"
	"展壮大农村集体经济工作，观摩交流各县（市、区）典\n"
	"型做法，安排部署下一阶段重点任务。副市长秦立民出\n"
	"席并讲话。\n"
	"与会人员先后来到方山县圪洞镇、积翔乡，实地察\n"
	"看了村集体领办的中药材初加工车间、光伏运维服务站\n"
	"和闲置校舍改建的乡村民宿。方山、临县、孝义三地作\n"
	"了交流发言。\n"
	"据介绍，截至 11 月底，全市 3016 个行政村集体经济\n"
	"收入全部超过 5 万元，其中年收入 10 万元以上的村占比\n"
	"达到87.4%，较去年同期提高 11.2 个百分点。会议指出，\n"
	"各地在取得成绩的同时，也存在部分村产业项目带动力\n"
	"不 强 、收 益 分 配 不 够 规 范 、经 营 人 才 短 缺 等 问 题 。会 议\n"
	"对下一阶段工作提出三点要求。\n"
	"一一、、盘活资源资产盘活资源资产，，拓宽增收路子拓宽增收路子\n"
	"要全面摸清村集体闲置的土地、房屋、设施等家底，\n"
	"建立资源资产台账，通过出租、入股、合作经营等方式\n"
	"让“沉睡资源”变成“活资本”。对撤并后闲置的村小学、\n"
	"村卫生室、老村委会，要因地制宜改建为加工车间、仓\n"
	"储冷库、养老服务点，做到一处一策、物尽其用。\n"
	"二二、、规范经营管理规范经营管理，，守好集体家当守好集体家当\n"
	"要严格落实村级重大事项“四议两公开”制度，集体\n"
	"资产发包、租赁必须公开进行，合同签订、收益入账全\n"
	"程留痕。各县要在 12 月底前完成村级财务专项审计，对\n"
	"发现的问题限期整改，坚决防止集体资产流失，确保集\n"
	"体收益分配公开透明、群众认可。\n"
	"三、强化人才支撑，选好带头队伍\n"
	"要把懂经营、善管理的能人选进村“两委”班子，鼓\n"
	"励返乡大学生、退役军人、农村致富带头人领办集体经\n"
	"济项目。市、县两级每年要分批组织村党组织书记外出\n"
	"学 习 考 察 ，开 阔 视 野 、更 新 观 念 ，切 实 提 升 带 领 群 众 致\n"
	"富的本领。\n";

/* See tiny_report. */
static const char tiny_heads[] =
	"全市农村集体经济发展推进会召开全市农村集体经济发展推进会召开\n"
	"年底前全面消除年收入10万元以下村年底前全面消除年收入10万元以下村\n"
	"优化营商环境优化营商环境，，没有完成时没有完成时\n"
	"■ 本报评论员\n"
	"营商环境是一个地方的“软实力”，更是“硬竞争力”。\n"
	"今年以来，我市聚焦企业和群众办事的难点堵点，深入\n"
	"推进“放管服”改革，政务服务事项“一网通办”率达到\n"
	"98%，企业开办时间压缩至 0.5 个工作日，营商环境持续\n"
	"优化。\n"
	"也要清醒地看到，与先进地区相比，我市营商环境\n"
	"还存在一些短板弱项：有的部门服务意识不强，“门好\n"
	"进、脸好看、事难办”的现象仍未根除；有的政策落实\n"
	"不到位，惠企政策“最后一公里”没有打通；有的审批环\n"
	"节依然繁琐，企业反映的问题不能及时解决。\n"
	"优化营商环境没有完成时，只有进行时。各级各部\n"
	"门要牢固树立“人人都是营商环境、事事关乎营商环境”\n"
	"的理念，以企业和群众满意为标尺，在简环节、优流程、\n"
	"提效率上持续用力，真正做到无事不扰、有求必应，让\n"
	"吕梁成为投资兴业的热土。\n";

/* Whether p holds a note (a teaser) of one paragraph opening with
 * text: the note kept whole, joined to nothing. */
static int
has_note(const struct page *p, const char *text)
{
	size_t k;

	for (k = 0; k < p->n; k++)
		if (p->articles[k]->kind == KIND_NOTE &&
		    p->articles[k]->npara == 1 &&
		    seg_starts(p->articles[k]->paras[0].text, text))
			return 1;
	return 0;
}

static void
test_assemble(void)
{
	struct buf b;
	struct page p = { NULL, 0 };
	char *err = NULL;

	buf_init(&b);
	buf_adds(&b, "让“小县城”留住“大人才”\n李国栋\n");
	column(&b, para_a, 16);
	buf_adds(&b, "记者白雪 整理\n");
	buf_adds(&b, "怀进鹏等院士专访——见2版——\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments");
	is_int(p.n, 2, "assemble: an article and a note");
	if (p.n == 2) {
		is_str(p.articles[0]->byline, "李国栋 记者白雪 整理",
		    "assemble: the credit after the body joins the byline");
		is_int(p.articles[1]->kind, KIND_NOTE, "assemble: a teaser is a note");
		is_str(p.articles[1]->title, "怀进鹏等院士专访", "assemble: titled without its mark");
	}
	page_free(&p);
	buf_reset(&b);

	/* The author's name set after the body, the edit credit under it
	 * (SPEC import 6): both join the byline, the author first. */
	buf_adds(&b, "让“小县城”留住“大人才”\n");
	column(&b, para_a, 16);
	buf_adds(&b, "李国栋\n（记者白雪 整理）\n");
	buf_adds(&b, "怀进鹏等院士专访——见2版——\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (name after the body)");
	ok(p.n >= 1 && strcmp(p.articles[0]->byline, "李国栋 记者白雪 整理") == 0,
	    "assemble: a byline after the body takes the credit under it (%s)",
	    p.n ? p.articles[0]->byline : "");
	page_free(&p);
	buf_reset(&b);
	/* ... but the walk for that credit stops at the next block: a
	 * byline standing over the next text (■ 本报记者 王俊) is not this
	 * article's. */
	buf_adds(&b, "让“小县城”留住“大人才”\n");
	column(&b, para_a, 16);
	buf_adds(&b, "李国栋\n（记者白雪 整理）\n\n■ 本报记者 王俊\n\n");
	column(&b, para_b, 16);
	buf_adds(&b, "文水高粱喜丰收\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (a byline after the credit)");
	ok(p.n >= 1 && strcmp(p.articles[0]->byline, "李国栋 记者白雪 整理") == 0,
	    "assemble: the next text's byline stays out of the byline after the body (%s)",
	    p.n ? p.articles[0]->byline : "");
	page_free(&p);
	buf_reset(&b);

	/* Reporters named in brackets after a body are a credit line: the
	 * article's byline (SPEC import 6), whether its text opened with a
	 * 讯 dateline naming nobody or with no dateline at all. */
	buf_adds(&b, "离石区开展冬季校园食品安全专项检查\n");
	column(&b, "本报讯 为保障冬季学生饮食安全，11月下旬以来，离石区市场监管局联合区教育局对辖区82所中小学、幼儿园食堂及周边食品经营店开展专项检查，现场督促整改问题31处。", 20);
	column(&b, "检查中，执法人员还对部分学校的食堂从业人员进行了食品安全知识抽考。", 20);
	buf_adds(&b, "（记者 任静 通讯员 冯瑞）\n");
	buf_adds(&b, "离石区3处口袋公园建成开放\n");
	column(&b, "近日，离石区永宁街道、凤山街道、滨河街道的3处“口袋公园”建成开放，附近居民在家门口就有了休闲健身的去处。", 20);
	buf_adds(&b, "（记者 乔志华）\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (bracketed reporters)");
	if (p.n == 2) {
		is_str(p.articles[0]->byline, "记者 任静 通讯员 冯瑞",
		    "assemble: the bracketed reporters closing a 讯 dateline's text are its byline");
		is_str(p.articles[1]->byline, "记者 乔志华",
		    "assemble: the bracketed reporters after an undated text are its byline");
	} else {
		ok(0, "assemble: two articles (%zu)", p.n);
		ok(0, "assemble: two articles");
	}
	page_free(&p);
	buf_reset(&b);

	/* The desk's editor named in brackets after the text joins the
	 * byline after the reporter, in its brackets (seg_credit_text). */
	buf_adds(&b, "离石区开展冬季校园食品安全专项检查\n□ 本报记者 任静\n");
	column(&b, "为保障冬季学生饮食安全，11月下旬以来，离石区市场监管局联合区教育局对辖区82所中小学、幼儿园食堂及周边食品经营店开展专项检查，现场督促整改问题31处。", 20);
	column(&b, "检查中，执法人员还对部分学校的食堂从业人员进行了食品安全知识抽考。", 20);
	buf_adds(&b, "（责任编辑 马晓东）\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (desk credit)");
	ok(p.n == 1 && strcmp(p.articles[0]->byline, "本报记者 任静 （责任编辑 马晓东）") == 0 &&
	    p.articles[0]->npara == 2,
	    "assemble: the desk's bracketed credit joins the byline, out of the text (%s)",
	    p.n ? p.articles[0]->byline : "");
	page_free(&p);
	buf_reset(&b);

	/* A title closed by its column tag (…冬日烟火【走基层】, bold) over a
	 * short line: the tag ends the title as a sentence's end would, no
	 * wrap goes on into the line under it (wrapped: W_B_WRAP_FINAL). */
	buf_adds(&b,
	    "方山老街的冬日烟火方山老街的冬日烟火【【走基层走基层】】\n"
	    "\n"
	    "晋风\n"
	    "\n"
	    "  方山县城的老街不长，从南头的\n"
	    "石桥走到北头的戏台，慢慢溜达也\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (tagged title)");
	ok(p.n >= 1 && strcmp(p.articles[0]->title, "方山老街的冬日烟火【走基层】") == 0,
	    "blocks: a title ending with its column tag takes no line under it (%s)",
	    p.n ? p.articles[0]->title : "");
	page_free(&p);
	buf_reset(&b);

	/* A reader's letter closed by its salute (此致 / 敬礼！) and signed,
	 * then the department's reply under its section title, one a line
	 * with blank lines between (the letter's title gathered elsewhere):
	 * one text, the section title a heading of it (rejoin_reply). */
	buf_adds(&b,
	    "吕梁沿黄四县生态环境脆弱,水土流失严重,是黄河中游生态保护的重点区域。市政协常委、民革吕梁市委主委郝建平建议:\n"
	    "\n"
	    "一要统筹推进山水林田湖草沙系统治理,实施黄河干流及主要支流生态修复工程,巩固退耕还林成果,加大淤地坝建设和病险坝除险加固力度,有效减少入黄泥沙。二要大力发展生态产业,依托沿黄地区光热资源,发展红枣、小杂粮等特色种植和林下经济,推动生态优势转化为经济优势。三要加强黄河文化保护传承,整合沿黄古镇古村、红色遗址等资源,打造黄河文化旅游带,让黄河文化在新时代焕发新的光彩。\n"
	    "\n"
	    "记者马丽萍 整理\n"
	    "\n"
	    "敬爱的吕梁日报编辑：\n"
	    "\n"
	    "我是临县安业乡一个村的家长，孩子在乡中心学校上四年级。我们村离学校有十二里山路，村里十几个孩子每周日下午去学校，周五下午回家，全靠家长骑摩托车接送。山路窄、弯多，冬天结了冰更是危险。听说有的乡镇已经通了校车，我们这里啥时候也能有？\n"
	    "\n"
	    "此致\n"
	    "\n"
	    "敬礼！\n"
	    "\n"
	    "临县安业乡家长 高二平\n"
	    "\n"
	    "部门回复\n"
	    "\n"
	    "临县教育科技局回复：经核实，安业乡中心学校目前有寄宿学生三百一十余名，分布在二十多个自然村。县里已将该乡列入明年校车服务扩面计划，拟新增两辆专用校车，开通两条周末往返线路，覆盖来信人所在村在内的十个村。线路开通前，教育部门将对沿线道路安全状况进行评估，会同交警部门设置警示标志。\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (letter and reply)");
	{
		int heading = 0;
		size_t k;
		if (p.n == 2)
			for (k = 0; k < p.articles[1]->npara; k++)
				heading |= p.articles[1]->paras[k].kind == PARA_HEADING &&
				    strcmp(p.articles[1]->paras[k].text, "部门回复") == 0;
		ok(p.n == 2 && heading,
		    "assemble: a signed letter and the reply under its section title are one text (%zu)", p.n);
	}
	page_free(&p);
	buf_reset(&b);

	/* A subtitle wrapped with a rest of six characters (八万亩农田和两
	 * 个乡镇的灌溉 / 用水有了保障): the rest goes on with the line above
	 * (WRAP_REST_CHARS), not the subtitle's first line with the title
	 * and its rest the subtitle. */
	column(&b, para_a, 16);
	buf_adds(&b, "农田水利建设进行时\n文水县引黄灌区节水改造工程通过竣工验收\n"
	    "八万亩农田和两个乡镇的灌溉\n用水有了保障\n本报记者 郝晓东 通讯员 王芳\n");
	column(&b, para_b, 16);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (wrap)");
	{
		size_t k;
		int found = 0;
		for (k = 0; k < p.n; k++)
			found |= strcmp(p.articles[k]->title,
			    "文水县引黄灌区节水改造工程通过竣工验收") == 0 &&
			    strcmp(p.articles[k]->subtitle,
			    "八万亩农田和两个乡镇的灌溉用水有了保障") == 0 &&
			    strcmp(p.articles[k]->kicker, "农田水利建设进行时") == 0;
		ok(found, "assemble: a subtitle's rest of six characters "
		    "wrapped onto a line of its own stays the subtitle's");
	}
	page_free(&p);
	buf_reset(&b);

	/* A headline of a block set over its texts (相关链接) lands on a
	 * photo's dated lead-in right over a credited 图为 caption, sharing
	 * none of its words: the lead-in is the photo item's, not that
	 * headline's article (headed_lead_in). */
	buf_adds(&b, "刘志强：以数字技术赋能现代农业\n■ 本报记者 李婷\n");
	column(&b, "物联网、遥感和大数据等技术正在深刻改变传统农业的生产方式，农民种地越来越依靠手机和数据。", 17);
	column(&b, "他建议加强与科研院所合作，先在几个重点县建设数字农业示范基地，再逐步推广。", 17);
	buf_adds(&b, "相关链接\n");
	column(&b, "清明前后，文水县刘胡兰镇的种植大户趁墒抢播，2000多亩春玉米陆续下地。", 30);
	buf_adds(&b, "图为农机手驾驶北斗导航播种机\n在平整的田块里精量点播。（记\n者 武建新 摄）\n");
	column(&b, "“没想到这么快！从提交材料到拿到施工许可证，只用了9个工作日。”企业负责人赵鹏说。", 17);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (headed lead-in)");
	{
		size_t k;
		int photo = 0, headed = 0;
		for (k = 0; k < p.n; k++) {
			const struct article *a = p.articles[k];
			photo |= a->kind == KIND_PHOTO && a->npara == 2 &&
			    seg_starts(a->paras[0].text, "清明前后");
			headed |= strcmp(a->title, "相关链接") == 0;
		}
		ok(photo && !headed, "assemble: a dated paragraph under a "
		    "headline sharing none of its words, over a credited 图为 "
		    "caption, is the photo's lead-in");
	}
	page_free(&p);
	buf_reset(&b);

	/* ... but a headline that tells the dated paragraph under it heads
	 * it, whatever picture follows. */
	buf_adds(&b, "孝义开通首条定制通勤公交\n");
	column(&b, "9月1日起，孝义市开通首条定制通勤公交线路，连接城区与梧桐工业园区，早晚高峰各发4个班次，票价每人每次2元。", 17);
	buf_adds(&b, "图为交口县回龙镇的农民在收割谷子。 高建军 摄\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (headed brief)");
	{
		size_t k;
		int headed = 0;
		for (k = 0; k < p.n; k++)
			headed |= p.articles[k]->kind == KIND_ARTICLE &&
			    strcmp(p.articles[k]->title, "孝义开通首条定制通勤公交") == 0;
		ok(headed, "assemble: a headline telling its dated paragraph "
		    "keeps it over a 图为 caption");
	}
	page_free(&p);
	buf_reset(&b);

	/* A byline printed after the body, before the source note that
	 * closes it: the article's byline still. */
	buf_adds(&b, "请给“银发族”留一个现金窗口\n");
	column(&b, "移动支付给人们带来了极大的便利，出门一部手机就能搞定吃穿住行，可不少老年人却因此犯了难。", 16);
	column(&b, "让老年人也能享受到数字化发展的成果，这才是社会文明进步的应有之义。", 16);
	buf_adds(&b, "常丽娟\n（据新华社）\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (source)");
	ok(p.n == 1 && strcmp(p.articles[0]->byline, "常丽娟") == 0,
	    "assemble: a byline before the body's source note joins the byline (%zu articles, %s)",
	    p.n, p.n > 0 ? p.articles[0]->byline : "");
	page_free(&p);
	buf_reset(&b);

	/* An edit credit printed where a byline stands, under the title:
	 * the article's byline, not lost between block and body. */
	buf_adds(&b, "入冬前果园管理要抓好四个环节\n记者刘华 整理\n");
	column(&b, "霜降过后，气温逐渐下降，果树进入落叶休眠期。市果树技术推广站高级农艺师提醒广大果农，入冬前要抓好四个环节。", 16);
	column(&b, "一是彻底清园。及时清除果园内的落叶、病果和杂草，集中深埋，减少越冬病虫源。", 16);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (credit under title)");
	ok(p.n == 1 && strcmp(p.articles[0]->byline, "记者刘华 整理") == 0,
	    "assemble: an edit credit under the title is the byline (%zu articles, %s)",
	    p.n, p.n > 0 ? p.articles[0]->byline : "");
	page_free(&p);
	buf_reset(&b);

	/* A speech's headline block: its occasion as title, the official's
	 * post and name, then the day it was given alone in brackets and
	 * its hearers. The date is the speech's first line (a frame line,
	 * as a notice's number), no title of its own heading the text
	 * after it, nor the byline's tail. */
	buf_adds(&b, "请给“银发族”留一个现金窗口\n常丽娟\n");
	column(&b, "移动支付给人们带来了极大的便利，出门一部手机就能搞定吃穿住行，可不少老年人却因此犯了难。", 16);
	column(&b, "让老年人也能享受到数字化发展的成果，这才是社会文明进步的应有之义。", 16);
	buf_adds(&b, "在全市冬春农田水利建设推进会上的讲话\n市委常委、副市长 冀鸿飞\n"
	    "（2026年11月27日）\n同志们：\n");
	column(&b, "秋收已经结束，冬春农田水利建设的黄金时间到了。今天召开这次会议，就是要动员各级各部门抓住冬春有利时机。", 16);
	column(&b, "今冬明春全市要完成高标准农田建设任务十八万亩，各县要在十二月中旬前完成项目招标。", 16);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (speech)");
	ok(p.n == 2 && strcmp(p.articles[1]->title,
	    "在全市冬春农田水利建设推进会上的讲话") == 0 &&
	    strcmp(p.articles[1]->byline, "市委常委、副市长 冀鸿飞") == 0 &&
	    p.articles[1]->npara > 0 &&
	    strcmp(p.articles[1]->paras[0].text, "（2026年11月27日）") == 0,
	    "assemble: a speech's date under its post byline opens its text (%zu articles, %s / %s)",
	    p.n, p.n > 1 ? p.articles[1]->title : "", p.n > 1 ? p.articles[1]->byline : "");
	page_free(&p);
	buf_reset(&b);

	/* A series' banner over pieces of several shapes (a title and a
	 * bare name; an occasion as subtitle and no byline; a post before
	 * the name): each takes the banner as its kicker, up to the
	 * commentary after them, signed by the paper's staff. */
	buf_adds(&b, "奋进新征程 建功新时代\n——代表委员议政录\n"
	    "加快充电基础设施建设 为新能源汽车下乡铺好路\n钮建新\n");
	column(&b, "作为一名来自企业界的人大代表，我注意到，随着汽车下乡等政策持续发力，我市新能源汽车保有量快速攀升。", 16);
	column(&b, "为此建议：将充电基础设施纳入国土空间规划，优先在公共停车场、交通枢纽和高速公路服务区建设快充站。", 16);
	buf_adds(&b, "凝聚青春力量 勇担时代使命\n——在全市纪念五四运动105周年青年座谈会上的讲话\n青年朋友们：\n");
	column(&b, "在五四青年节到来之际，我代表市委、市政府，向全市广大青年致以节日的问候。", 16);
	column(&b, "青年是国家和民族的希望。吕梁是革命老区，一代代青年在这片土地上奋斗，书写了壮丽的青春篇章。", 16);
	buf_adds(&b, "让每一个山里娃都爱上运动\n方山县人民政府副县长 裴晓慧\n");
	column(&b, "方山县地处吕梁山腹地，全县中小学生一万一千多人，其中农村学校学生占四成，学生体质健康合格率逐年提高。", 16);
	column(&b, "三年来投入两千四百万元，为十九所农村学校新建、改建塑胶操场和风雨球场，补充体育教师四十二名。", 16);
	buf_adds(&b, "以“一张表”撬动审批提速\n本报评论员\n");
	column(&b, "企业开办从跑多个窗口到填一张表，变化的是流程，提升的是效率，赢得的是市场主体的信心和口碑。", 16);
	column(&b, "放管服改革没有完成时，审批部门要多站在企业的角度想问题，把一张表的便利延伸到更多事项。", 16);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (series)");
	{
		size_t k;
		int on = 0, off = 0;
		for (k = 0; k < p.n; k++) {
			int kick = strstr(p.articles[k]->kicker, "代表委员议政录") != NULL;
			if (strstr(p.articles[k]->byline, "本报评论员") != NULL)
				off += !kick;
			else
				on += kick;
		}
		ok(p.n == 4 && on == 3 && off == 1,
		    "assemble: a banner's pieces of every shape take its kicker, the commentary after them not (%zu articles, %d, %d)",
		    p.n, on, off);
	}
	page_free(&p);
	buf_reset(&b);

	/* A piece's title printed on three lines, the first read as its
	 * kicker (set on the title's measure, SERIES_KICKER_TITLE): under
	 * a banner it is the title's, the banner the piece's only kicker. */
	buf_adds(&b, "建言献策谋发展 同心协力谱新篇\n——市政协四届五次会议大会发言摘编\n"
	    "完善县乡村三级寄递物流体系 畅通\n");
	column(&b, "农村寄递物流是服务乡村振兴的重要基础设施。近年来，我市快递业务量持续较快增长，快递进村覆盖面不断扩大。", 16);
	column(&b, "为此建议：一是整合资源，推动共同配送；二是建强村级站点；三是补齐冷链短板，延长农产品保鲜期和销售半径。", 16);
	buf_adds(&b, "坚持民生为本 全力以赴\n做好今冬明春供暖保障工\n作\n"
	    "——在全市冬季供暖保障工作会议上的讲话（摘要）\n贾文斌\n同志们：\n");
	column(&b, "今天召开这次会议，主要任务是安排部署今冬明春供暖保障工作，确保全市群众温暖过冬。", 16);
	column(&b, "我们要以对人民群众高度负责的态度，把各项工作抓细抓实，确保全市群众度过一个温暖、祥和的冬天。", 16);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (series, wrapped title)");
	{
		size_t k;
		for (k = 0; k < p.n; k++)
			if (strstr(p.articles[k]->byline, "贾文斌") != NULL)
				break;
		ok(k < p.n && strcmp(p.articles[k]->title,
		    "坚持民生为本 全力以赴做好今冬明春供暖保障工作") == 0 &&
		    strstr(p.articles[k]->kicker, "发言摘编") != NULL,
		    "assemble: under a banner a piece's first title line read as its kicker is its title's (%s / %s)",
		    k < p.n ? p.articles[k]->kicker : "", k < p.n ? p.articles[k]->title : "");
	}
	page_free(&p);
	buf_reset(&b);

	/* A short last paragraph that ends a sentence before its mark ends
	 * the article; it is no teaser of its own. */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	column(&b, para_a, 16);
	buf_adds(&b, "会议要求各地抓好落实。（相关报道见第三版）\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (2)");
	is_int(p.n, 1, "assemble: a closing sentence with its mark stays in "
	    "the article");
	page_free(&p);
	buf_reset(&b);

	/* A notice's numbered item printed again, twice, its first line
	 * read as a heading each time: the repeats' text is dropped, and
	 * their headings, heading nothing, are no notes. */
	{
		static const char *const notice =
		    "年产5万吨锂电池负极材料项目环评\n信息公告\n"
		    "根据《环境影响评价公众参\n与办法》有关规定，现将山西晋\n"
		    "峰新材料科技有限公司年产5万\n吨锂电池负极材料项目环境影响\n"
		    "报告书征求意见稿有关信息公告\n如下：\n";
		static const char *const item =
		    "三、公众意见表的获取方\n式：公众可登录交城县人民政府\n"
		    "门户网站“公示公告”栏目下载，\n或向建设单位索取。\n";
		size_t k, empty = 0;

		buf_adds(&b, notice);
		buf_adds(&b, item);
		buf_adds(&b, "四、提交意见的方式和途\n径：自本公告发布之日起10个工\n"
		    "作日内，公众可通过信函、电子\n邮件等方式，将填写完整的意见\n"
		    "表提交建设单位。\n");
		buf_adds(&b, item);
		buf_adds(&b, item);
		buf_adds(&b, "试压期间，请用户关闭室内\n暖气阀门、检查散热器及管道接\n"
		    "口，家中无人时务必留下联系方\n式，发现跑冒滴漏可拨打24小时\n"
		    "服务热线96158报修。\n");
		ok(segment_page(b.data, &p, &err) == 0,
		    "assemble: segments (a repeated item)");
		for (k = 0; k < p.n; k++)
			empty += p.articles[k]->npara == 0;
		is_int(empty, 0, "assemble: a repeated item's heading is no "
		    "empty note");
		page_free(&p);
		buf_reset(&b);
	}

	/* A photo item printed after an article: its lead-in opens with a
	 * time clause (金秋时节，…), which ends no article. */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	column(&b, para_a, 16);
	column(&b, "金秋时节，汾阳市杏花村一带的酿酒作坊迎来秋季投料，车间里热气蒸腾，酒香四溢。", 16);
	buf_adds(&b, "图为酿酒师傅翻拌刚出甑的高粱糁。 记者 张瑞 摄\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (5)");
	is_int(p.n, 2, "assemble: an article and a photo item");
	if (p.n == 2)
		ok(p.articles[1]->kind == KIND_PHOTO &&
		    strstr(first_para_text(p.articles[1]), "金秋时节") != NULL,
		    "assemble: the photo item keeps its lead-in");
	page_free(&p);
	buf_reset(&b);

	/* ... or with the season's when set first (时下正值荆条花期，…),
	 * its caption sharing no word with it (opens_season). */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	column(&b, para_a, 16);
	column(&b, "时下正值荆条花期，交口县回龙镇的养蜂人早出晚归，忙着割蜜、摇蜜，山野间弥漫着甜丝丝的气息。", 16);
	buf_adds(&b, "一名蜂农从蜂箱中提出挂满蜜脾的巢框，仔细查看封盖情况。 薛东平 摄\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (5f)");
	is_int(p.n, 2, "assemble: an article and a photo item (a lead-in opening with 时下)");
	if (p.n == 2)
		ok(p.articles[1]->kind == KIND_PHOTO && p.articles[1]->npara == 2 &&
		    strstr(first_para_text(p.articles[1]), "时下正值") != NULL &&
		    p.articles[0]->npara == 1,
		    "assemble: the photo item keeps its lead-in opening with the season (%zu)",
		    p.articles[1]->npara);
	page_free(&p);
	buf_reset(&b);

	/* A photo item's lead-in of two short paragraphs after an article:
	 * a news lead (近日，…) and a line of background (据了解，…); both
	 * are the photo's, the article keeps its own. */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	column(&b, "近日，文水县一处蔬菜大棚里的西红柿成熟上市，农户忙着采摘、装箱，销往太原、北京等地。", 16);
	column(&b, "据了解，今年该县设施蔬菜种植面积达到四万多亩。", 16);
	buf_adds(&b, "农户在大棚里采摘西红柿。 记者 张瑞 摄\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (a lead-in of two)");
	is_int(p.n, 2, "assemble: an article and a photo item (two-paragraph lead-in)");
	if (p.n == 2)
		ok(p.articles[1]->kind == KIND_PHOTO &&
		    p.articles[1]->npara == 3 &&
		    strstr(first_para_text(p.articles[1]), "近日") != NULL &&
		    p.articles[0]->npara == 2,
		    "assemble: the photo item keeps its lead-in of two paragraphs (%zu)",
		    p.articles[1]->npara);
	page_free(&p);
	buf_reset(&b);

	/* A photo item's lead-in of two short paragraphs that open with no
	 * news lead or time word (入冬以来，…), under a feature whose last
	 * paragraphs share few words: no cut is sure there, and the words
	 * the two share (红枣) the page's next report prints too. The two
	 * tell one scene (they share their rare words), none of them the
	 * feature's, and the credited caption under them shares theirs: the
	 * pair is the photo's (apart_pair_lead_in). */
	buf_adds(&b, "指尖上的非遗传承\n本报记者 康丽\n");
	column(&b, "一团普通的面，在李秀英手中揉、捏、搓、剪，不一会儿就变成了一只小老虎。在交城县的面塑工作室里，李秀英正带着几名徒弟赶制一批参展作品。", 20);
	column(&b, "交城面塑俗称“花馍”，是当地逢年过节必不可少的礼馍，已有数百年历史，李秀英是这一项目的市级代表性传承人。", 20);
	column(&b, "“老手艺不能在我手里断了。”这些年，她先后带出徒弟五十多人，还走进学校开课，让孩子们从小感受非遗魅力。", 20);
	column(&b, "如今，不少学校把这门手艺搬进了课堂，展览馆和直播间里也常能看到它，她最大的心愿，就是让更多年轻人喜欢上它。", 20);
	column(&b, "入冬以来，柳林县孟门镇的农户抢抓晴好天气晾晒红枣。", 20);
	column(&b, "当地红枣今年喜获丰收，预计总产量1.2万吨。", 20);
	buf_adds(&b, "村民在黄河岸边的晒场上翻晒红枣。\n通讯员 王刚 摄\n");
	buf_adds(&b, "石楼红枣加工园区投产\n");
	column(&b, "本报讯 12月5日，石楼县红枣加工园区投产，园区年可加工红枣一万吨，带动周边两千余户枣农增收。", 20);
	column(&b, "园区负责人介绍，红枣经清洗、烘干、分级后制成枣片、枣粉等产品，销往全国各地。", 20);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (a lead-in of two by its words)");
	is_int(p.n, 3, "assemble: a feature, a photo item and a report (a lead-in of two sharing its words)");
	if (p.n == 3)
		ok(p.articles[1]->kind == KIND_PHOTO &&
		    p.articles[1]->npara == 3 &&
		    strstr(first_para_text(p.articles[1]), "入冬以来") != NULL &&
		    p.articles[0]->npara == 4,
		    "assemble: a lead-in of two that shares no word with the feature over it is the photo's (%zu, %zu)",
		    p.articles[0]->npara, p.articles[1]->npara);
	page_free(&p);
	buf_reset(&b);

	/* ... and a credited picture between the article and that lead-in:
	 * the lead-in is the next picture's, so the article ends before
	 * the first picture, which is then judged as one standing between
	 * articles (about no word of the signed article: a photo item). */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	buf_adds(&b, "图为雪后的山村小学操场。 记者 康桂芳 摄\n");
	column(&b, "近日，文水县一处蔬菜大棚里的西红柿成熟上市，农户忙着采摘、装箱，销往太原、北京等地。", 16);
	column(&b, "据了解，今年该县设施蔬菜种植面积达到四万多亩。", 16);
	buf_adds(&b, "农户在大棚里采摘西红柿。 记者 张瑞 摄\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (a picture before a lead-in)");
	is_int(p.n, 3, "assemble: an article and two photo items, the first over the second's lead-in");
	if (p.n == 3)
		ok(p.articles[0]->npara == 2 &&
		    p.articles[0]->paras[1].kind == PARA_TEXT &&
		    p.articles[1]->kind == KIND_PHOTO && p.articles[1]->npara == 1 &&
		    p.articles[2]->kind == KIND_PHOTO && p.articles[2]->npara == 3,
		    "assemble: ... the article without the picture (%zu, %zu, %zu)",
		    p.articles[0]->npara, p.articles[1]->npara, p.articles[2]->npara);
	page_free(&p);
	buf_reset(&b);

	/* The same lead-in's shape closing a feature whose byline is printed
	 * after it, alone: the picture's credit names that byline's
	 * reporter, so the caption and the paragraph are the feature's. */
	buf_adds(&b, "守护乡村孩子的眼睛\n——记石楼县乡村校医刘慧\n");
	column(&b, para_a, 16);
	column(&b, "傍晚，最后一名学生离开诊室，刘慧把视力档案一页页整理好，锁进了柜子。", 16);
	buf_adds(&b, "图为刘慧为学生检查视力。 记者 韩东 摄\n本报记者 韩东\n");
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	column(&b, para_b, 16);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (5b)");
	is_int(p.n, 2, "assemble: a feature with its picture, and a report");
	if (p.n == 2)
		ok(p.articles[0]->kind == KIND_ARTICLE &&
		    p.articles[0]->paras[p.articles[0]->npara - 1].kind ==
		    PARA_CAPTION && strcmp(p.articles[0]->byline, "本报记者 韩东") == 0,
		    "assemble: a credit naming the byline after the text keeps "
		    "the caption in it");
	page_free(&p);
	buf_reset(&b);

	/* A caption that names no one who took the picture, after a text
	 * whose byline says 文/图: no photo item (those always carry a
	 * credit), the text's own picture, however few words it shares. */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n文/图 本报记者 韩东\n");
	column(&b, para_a, 16);
	buf_adds(&b, "图为雪后的山村小学操场。\n");
	buf_adds(&b, "文水县两万亩酿酒高粱开镰收割\n□ 本报记者 郝晓东\n");
	column(&b, para_b, 16);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (5c)");
	is_int(p.n, 2, "assemble: no photo item of a caption without a credit");
	if (p.n == 2)
		ok(p.articles[0]->npara > 0 &&
		    p.articles[0]->paras[p.articles[0]->npara - 1].kind ==
		    PARA_CAPTION, "assemble: the caption is the text's before it");
	page_free(&p);
	buf_reset(&b);

	/* A brief caption after an unsigned report, sharing a word or two
	 * with it (fewer than CAPTION_SHARE), no lead-in before it and no
	 * news lead in it: the report's picture (brief_caption), not a
	 * photo item. */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n");
	column(&b, para_a, 16);
	column(&b, "会议要求，各收储企业要严格执行国家收购政策，不得压级压价、拒收限收，切实维护种粮农民利益。", 16);
	column(&b, "会上，各县（市、区）粮食部门负责人汇报了本地秋粮收购准备工作进展情况。", 16);
	buf_adds(&b, "图为工作人员在粮库检修烘干设备。 记者 张瑞 摄\n");
	buf_adds(&b, "文水县两万亩酿酒高粱开镰收割\n□ 本报记者 郝晓东\n");
	column(&b, para_b, 16);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (5d)");
	is_int(p.n, 2, "assemble: no photo item of a brief caption beside a report");
	if (p.n == 2)
		ok(p.articles[0]->npara > 0 &&
		    p.articles[0]->paras[p.articles[0]->npara - 1].kind ==
		    PARA_CAPTION, "assemble: the brief caption is the report's before it");
	page_free(&p);
	buf_reset(&b);

	/* A credited caption set between two paragraphs of a report,
	 * telling its own when (3月12日，…) and sharing no word with the
	 * report: a photo item printed inside the report's text, not its
	 * picture; the report keeps both paragraphs, and the photo item
	 * takes neither as its lead-in. */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	column(&b, para_a, 16);
	buf_adds(&b, "3月12日，交城县庞泉沟镇的干部群众在荒山上栽植油松苗，为大山添新绿。 通讯员 张建军 摄\n");
	column(&b, "会议要求，各收储企业要严格执行国家收购政策，不得压级压价、拒收限收，切实维护种粮农民利益。", 16);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (5e)");
	is_int(p.n, 2, "assemble: a caption with its own when inside a report is a photo item");
	if (p.n == 2)
		ok(p.articles[0]->kind == KIND_ARTICLE && p.articles[0]->npara == 2 &&
		    p.articles[0]->paras[1].kind == PARA_TEXT &&
		    p.articles[1]->kind == KIND_PHOTO && p.articles[1]->npara == 1,
		    "assemble: ... the report keeps its two paragraphs, the photo "
		    "item its caption alone (%zu, %zu)", p.articles[0]->npara,
		    p.articles[1]->npara);
	page_free(&p);
	buf_reset(&b);

	/* The same, but the caption credits the report's own reporter:
	 * the report's picture, whatever the when it tells. */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	column(&b, para_a, 16);
	buf_adds(&b, "3月12日，交城县庞泉沟镇的干部群众在荒山上栽植油松苗，为大山添新绿。 本报记者 郝晓东 摄\n");
	column(&b, "会议要求，各收储企业要严格执行国家收购政策，不得压级压价、拒收限收，切实维护种粮农民利益。", 16);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (5e, credited)");
	is_int(p.n, 1, "assemble: a caption credited to the report's byline "
	    "is its picture, though it tells its own when");
	page_free(&p);
	buf_reset(&b);

	/* A report's headline set after its body, over a photo item: no
	 * section heading ends an article, so it is the report's title. */
	buf_adds(&b, "本报讯（记者 贺文斌）10月3日，方山县首届核桃\n\n");
	buf_adds(&b, "文化节在北武当镇开幕。开幕式上，来自全县各乡\n\n");
	buf_adds(&b, "镇的农户代表展示了各具特色的核桃产品，游客们\n\n");
	buf_adds(&b, "在品尝核桃美食的同时，还观看了民间文艺表演。\n\n");
	buf_adds(&b, "本届文化节为期5天，设置采摘体验、美食大赛、\n\n");
	buf_adds(&b, "农特产品展销等系列活动，吸引了大批游客前来观\n\n");
	buf_adds(&b, "光旅游，有力带动了当地核桃销售和乡村旅游发展。\n\n");
	buf_adds(&b, "方山县举办首届核桃文化节\n\n");
	buf_adds(&b, "10月5日，国庆假期的孝义市金龙山景区游人\n\n");
	buf_adds(&b, "如织，游客们登高望远，尽情欣赏秋日美景。\n\n");
	buf_adds(&b, "图为游客在景区观景台拍照留念。\n\n");
	buf_adds(&b, "（记者 刘亮亮 摄）\n\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (6)");
	ok(p.n >= 1 && strcmp(p.articles[0]->title, "方山县举办首届核桃文化节") == 0 &&
	    p.articles[0]->paras[p.articles[0]->npara - 1].kind != PARA_HEADING,
	    "assemble: a heading with nothing after it is the headline (%s)",
	    p.n ? p.articles[0]->title : "none");
	page_free(&p);
	buf_reset(&b);

	/* A photo's lead-in after an article, about something else (no
	 * rare word of the paragraph before it) and naming a few of the
	 * caption's: the photo item's, not the article's last paragraph. */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	column(&b, "交城县夏家营镇的辣椒种植户趁着晴好天气采摘晾晒，家家户户的房前屋后挂满了一串串红辣椒，今年全镇辣椒种植面积达到一万二千亩。", 16);
	column(&b, "入冬以来，石楼县黄河沿岸湿地迎来大批越冬候鸟，赤麻鸭、白鹭、灰鹤等在辛关渡口一带的浅滩间栖息觅食，沿岸群众自发组成护鸟队，每天巡查湿地，劝阻捕捞和惊扰行为。", 16);
	buf_adds(&b, "图为一群灰鹤掠过辛关渡口附近的河面。 记者 张瑞 摄\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (7)");
	ok(p.n == 2 && p.articles[1]->kind == KIND_PHOTO &&
	    strstr(first_para_text(p.articles[1]), "越冬候鸟") != NULL,
	    "assemble: a lead-in about the caption's birds is the photo's (%zu)", p.n);
	page_free(&p);
	buf_reset(&b);

	/* Two photo items in a row after an article, the first with its
	 * lead-in: the second picture stands under the first, not under
	 * the lead-in, which is the first's alone. */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	column(&b, "金秋时节，汾阳市杏花村一带的酿酒作坊迎来秋季投料，车间里热气蒸腾，酒香四溢。", 16);
	buf_adds(&b, "图为酿酒师傅翻拌刚出甑的高粱糁。 记者 张瑞 摄\n");
	buf_adds(&b, "图为岚县农户在地头分拣刚刚起获的马铃薯。 记者 温剑锋 摄\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (6b)");
	ok(p.n == 3 && p.articles[1]->kind == KIND_PHOTO &&
	    p.articles[2]->kind == KIND_PHOTO && p.articles[1]->npara == 2 &&
	    p.articles[2]->npara == 1,
	    "assemble: a lead-in is the first picture's of a row, not the next's too (%zu)", p.n);
	page_free(&p);
	buf_reset(&b);

	/* A row of two pictures after a report: the first is the report's
	 * (its reporter's credit), the second, credited apart and opening as
	 * a news lead does (清明节前夕，…), is a photo item's whole text, not
	 * the report's second picture. */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	column(&b, para_a, 16);
	buf_adds(&b, "图为会议现场。 记者 郝晓东 摄\n");
	buf_adds(&b, "清明节前夕，兴县蔡家崖村的晋绥边区革命纪念馆里，游客驻足参观。 记者 高志勇 摄\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (6c)");
	ok(p.n == 2 && p.articles[1]->kind == KIND_PHOTO &&
	    strstr(first_para_text(p.articles[1]), "清明节前夕") != NULL,
	    "assemble: a row's caption opening as a news lead is a photo item (%zu)", p.n);
	page_free(&p);
	buf_reset(&b);

	/* ... and a row's second picture credited to another hand, sharing
	 * no word with the texts around it: a photo item of its own. */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	column(&b, para_a, 16);
	buf_adds(&b, "图为会议现场。 记者 郝晓东 摄\n");
	buf_adds(&b, "图为吕梁新区体育中心夜景。 记者 康桂芳 摄\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (6d)");
	ok(p.n == 2 && p.articles[1]->kind == KIND_PHOTO &&
	    strstr(first_para_text(p.articles[1]), "体育中心") != NULL,
	    "assemble: a row's picture by another hand about neither text is a photo item (%zu)", p.n);
	page_free(&p);
	buf_reset(&b);

	/* A photo's lead-in (端午节前夕，…) between a report and an untitled
	 * letter, the report's headline set after the bodies, its caption
	 * about the lead-in (志愿者, 老人, 包粽子) and not about the report:
	 * the run is cut at the caption, the lead-in goes with its picture,
	 * not with the report and the letter. */
	buf_adds(&b,
	    "本报讯（通讯员 武志刚 车丽）“地面干爽了，摊位整齐了，买菜还能扫码查来源，逛起来舒心多了。”12月2日一早，在离石区新改造完成的莲花池农贸市场，市民郑桂香提着刚买的豆腐和蒜苗，对市场的新变化赞不绝口。\n"
	    "今年以来，离石区投入资金2100万元，对城区莲花池、北关、凤山、滨河等8个农贸市场实施提档升级改造，目前已全部完工并恢复营业，新增、改造摊位1300余个。\n"
	    "改造中，各市场统一实施雨污分流、地面防滑、通风照明和消防设施改造，按照蔬菜、肉类、水产、熟食、干调等品类划行归市，设置了公共卫生间、垃圾分类收集点和非机动车停放区，彻底改变了过去“晴天一身土、雨天一脚泥”的面貌。\n"
	    "智慧化是这次升级的“新看点”。8个市场均配备了智能溯源电子秤和农残快速检测室，每天对上市蔬菜抽检不少于20批次，检测结果通过市场入口的电子大屏实时公示；顾客扫一扫摊位上的二维码，就能看到商品产地、进货日期和检测信息。市场还设置了公平秤和投诉台，专治缺斤短两。\n"
	    "“以前最怕顾客说秤不准，现在电子秤每月都检定，数据直接传到管理平台，大家买得放心，我们卖得也踏实。”在北关市场经营蔬菜摊位十多年的商户冷秀峰说。\n"
	    "离石区商务局负责人表示，下一步将建立农贸市场长效管理考评机制，压实市场开办方主体责任，推动更多社区菜店、便民超市向居民小区延伸，让群众买菜更方便。\n"
	    "端午节前夕，中阳县一社区组织志愿者与辖区老人一起包粽子、做香囊，共度传统佳节。\n"
	    "志愿者和老人们一起包粽子。 通讯员 王丽芳 摄\n"
	    "尊敬的家长朋友：\n"
	    "您好！暑假即将来临，为了让孩子度过一个安全、健康、快乐、充实的假期，现就有关事项提醒如下：\n"
	    "一、防溺水安全。河道、水库、池塘、深坑是孩子出事最多的地方。请叮嘱孩子：想游泳，一定由大人陪着去正规游泳场所；看到同伴落水，要大声呼救、找大人帮忙，不要手拉手下水去救。\n"
	    "二、交通安全。教育孩子遵守交通规则，不闯红灯，不在马路上追逐打闹；未满12周岁的儿童不得骑自行车上路，未满16周岁的不得驾驶电动自行车。\n"
	    "三、防范电信诈骗。提醒孩子不要随意点击陌生链接，不要向陌生人透露家庭信息，不参与网络游戏代练、刷单等活动。\n"
	    "四、合理安排作息。督促孩子按时完成假期作业，控制使用电子产品的时间，多参加体育锻炼和家务劳动。\n"
	    "孩子的安全，是家庭的幸福，也是学校的心愿。让我们携起手来，共同守护孩子的健康成长！\n"
	    "吕梁市教育局\n"
	    "2024年7月5日\n"
	    "离石区8个农贸市场完成提档升级离石区8个农贸市场完成提档升级\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (6e)");
	{
		size_t k, q;
		int photo = 0, alone = 1;
		for (k = 0; k < p.n; k++)
			for (q = 0; q < p.articles[k]->npara; q++)
				if (strstr(p.articles[k]->paras[q].text, "端午节前夕") != NULL) {
					photo = p.articles[k]->kind == KIND_PHOTO;
					alone = p.articles[k]->npara == 2;
				}
		ok(photo && alone,
		    "assemble: a lead-in its caption is about goes with its picture (%zu)", p.n);
	}
	page_free(&p);
	buf_reset(&b);

	/* A photo item standing alone after a report that its byline
	 * closes: the short untitled run before the caption is its
	 * lead-in, though the caption fits that run as a report's own
	 * picture fits the report. */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	column(&b, para_a, 16);
	buf_adds(&b, "■ 本报记者 高燕\n");
	column(&b, "端午节前夕，中阳县一社区组织志愿者与辖区老人一起包粽子、做香囊，共度传统佳节。", 16);
	buf_adds(&b, "志愿者和老人们一起包粽子。（通讯员 王丽芳 摄）\n");
	buf_adds(&b, "文水县两万亩酿酒高粱开镰收割\n□ 本报记者 冯俊\n");
	column(&b, para_b, 16);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (7b)");
	ok(p.n == 3 && p.articles[1]->kind == KIND_PHOTO &&
	    strstr(first_para_text(p.articles[1]), "端午节前夕") != NULL,
	    "assemble: a short untitled run before a credited caption is its lead-in (%zu)", p.n);
	page_free(&p);
	buf_reset(&b);

	/* A report's last paragraph opens as a lead-in does (傍晚，…), and
	 * a caption stands under it about the untitled text after it: that
	 * text's picture, no photo item taking the paragraph as lead-in. */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	column(&b, para_a, 16);
	column(&b, "傍晚，会议结束后，与会人员还实地察看了几家收储企业的仓储设施。", 16);
	buf_adds(&b, "穆守仁在村口把报纸和包裹交到村民手中。 通讯员 白雪峰 摄\n");
	column(&b, "清晨6点半，兴县赵家坪乡邮政所的乡邮员穆守仁已经把当天的报纸和包裹装上了摩托车。", 16);
	column(&b, "二十八年来，穆守仁骑坏了五辆摩托车，把一封封信件、一份份报纸送到山村村民手中。", 16);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (7c)");
	ok(p.n == 2 && p.articles[1]->kind == KIND_ARTICLE &&
	    p.articles[1]->paras[p.articles[1]->npara - 1].kind == PARA_CAPTION &&
	    strstr(p.articles[0]->paras[p.articles[0]->npara - 1].text, "傍晚") != NULL,
	    "assemble: a caption about the text after it is no photo's (%zu)", p.n);
	page_free(&p);
	buf_reset(&b);

	/* A caption of two sentences, the picture's (图为…晾晒辣椒。) and
	 * background (近年来，该镇…), over the text it shows: the first
	 * sentence's words tell whose picture it is, however the second
	 * thins the whole caption's; no photo item. */
	buf_adds(&b,
	    "市博物馆推出“吕梁汉画像石”特展\n"
	    "  本报讯 “吕梁汉画像石”特展日前在市博物馆\n"
	    "开展，共展出离石、中阳、柳林等地出土的东汉\n"
	    "画像石52方，展期三个月，市民可凭身份证免费\n"
	    "参观，每周一闭馆。\n"
	    "图为交城县夏家营镇村民在晾晒辣椒。近年来，该镇大力发\n"
	    "展设施农业，辣椒种植面积达3000余亩。记者 王鹏 摄\n"
	    "  （上接2版）秋日的交城县夏家营镇，家家户\n"
	    "户的房前屋后、田埂路边都晒满了火红的辣椒，\n"
	    "一串串、一片片，像是给大地铺上了红色的地毯。\n"
	    "  夏家营镇种植辣椒已有三十多年历史，当地出\n"
	    "产的线椒色泽鲜红、辣味适中，深受市场欢迎。\n"
	    "过 去 ，村 民 们 大 多 自 产 自 销 ，规 模 小 、效 益 低 。\n"
	    "近年来，镇里引进辣椒加工企业，建起了烘干车\n"
	    "间和冷库，推行“订单种植、保底收购”，村民种\n"
	    "辣椒没了后顾之忧。\n"
	    "  “今年我种了15亩辣椒，亩产鲜椒4000多斤，\n"
	    "企业上门收购，一亩地纯收入能有六千多元。”\n"
	    "西社村村民武建军算起了收入账，脸上满是笑容。\n"
	    "  目前，全镇已有辣椒种植专业合作社8家，带\n"
	    "动1200余户农户种植辣椒，辣椒产业年产值突破\n"
	    "5000万元，小辣椒成了群众增收致富的“红火”产\n"
	    "业。\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (7e)");
	ok(p.n == 2 && p.articles[1]->kind == KIND_ARTICLE &&
	    p.articles[1]->paras[p.articles[1]->npara - 1].kind == PARA_CAPTION,
	    "assemble: a caption's first sentence tells whose picture it is (%zu)", p.n);
	page_free(&p);
	buf_reset(&b);

	/* ... and one about the feature that the 傍晚，… paragraph ends (its
	 * name in the paragraphs before) is the feature's picture. */
	buf_adds(&b, "十二年，她陪听障孩子走出无声世界\n□ 本报记者 靳晓丽\n");
	column(&b, "今年38岁的贾玉梅从事听障儿童康复教育已经十二年，先后帮助三百多个孩子开口说话。", 16);
	column(&b, "贾玉梅说，每个孩子开口叫出第一声妈妈的时候，就是她一天里最幸福的时刻。", 16);
	column(&b, "傍晚，送走最后一个孩子，贾玉梅收拾好教具，在个案记录本上写下当天的训练情况。", 16);
	buf_adds(&b, "图为贾玉梅指导听障儿童进行发音训练。 通讯员 白雪峰 摄\n");
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	column(&b, para_a, 16);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (7d)");
	ok(p.n == 2 && p.articles[0]->npara == 4 &&
	    p.articles[0]->paras[3].kind == PARA_CAPTION,
	    "assemble: a caption about the feature before its lead-in shaped end is the feature's (%zu)", p.n);
	page_free(&p);
	buf_reset(&b);

	/* An interview ending on a short answer by its interviewee, shorter
	 * than its question before it and sharing a word with a photo's
	 * caption after it: the answer ends the interview (the interviewee
	 * answered before), the photo item has no lead-in. */
	buf_adds(&b, "摔跤馆里的“铁教练”\n□ 本报记者 闫鹏飞\n");
	column(&b, "在吕梁市体育运动学校的摔跤馆里，二十多名少年分成几组，抱、摔、滚、压，喊声此起彼伏。", 16);
	column(&b, "记者：从哪里选材？", 16);
	column(&b, "蒲海英：大部分孩子来自山区县的农村，家里条件一般，但是练摔跤都很能吃苦。", 16);
	column(&b, "记者：对未来有什么期望？", 16);
	column(&b, "蒲海英：希望吕梁能走出一个全国冠军。", 16);
	buf_adds(&b, "图为吕梁新区体育中心夜景。 记者 康桂芳 摄\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (9)");
	ok(p.n == 2 && p.articles[1]->kind == KIND_PHOTO &&
	    strstr(first_para_text(p.articles[1]), "蒲海英") == NULL &&
	    strstr(p.articles[0]->paras[p.articles[0]->npara - 1].text, "全国冠军") != NULL,
	    "assemble: an interviewee's last answer ends the interview, no photo's lead-in (%zu)", p.n);
	page_free(&p);
	buf_reset(&b);

	/* A plain line under a doubled title, over the byline, read as a
	 * title of its own that heads no text: the title's subtitle. */
	buf_adds(&b, "水利建设攻坚行动\n北川河水库除险加固工程通过竣工验收北川河水库除险加固工程通过竣工验收\n"
	    "沿岸村庄和万亩良田从此安澜无忧\n□ 本报记者 司马瑞\n");
	column(&b, "初冬时节，方山县北川河水库波光粼粼，新砌的混凝土护坡沿坝体整齐铺展，溢洪道闸门启闭灵活。日前，北川河水库除险加固工程通过竣工验收，这座带病运行多年的水库重新挑起了防洪灌溉的担子。", 20);
	column(&b, "北川河水库始建于上世纪七十年代，是一座以防洪灌溉为主的小型水库，受建设标准低年久失修等因素影响，水库先后出现坝体渗漏护坡塌陷等问题。", 20);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (8)");
	ok(p.n == 1 && strcmp(p.articles[0]->subtitle, "沿岸村庄和万亩良田从此安澜无忧") == 0 &&
	    strcmp(p.articles[0]->byline, "本报记者 司马瑞") == 0,
	    "assemble: a headline heading nothing under a title is its subtitle (%zu)", p.n);
	page_free(&p);
	buf_reset(&b);

	/* A headline that heads nothing, standing alone at the page end
	 * after two titled reports: no note with no body, its words a
	 * heading at the end of the report before it. */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n\n□ 本报记者 郝晓东\n\n"
	    "近日，全市秋粮收购工作推进会召开，会议要求各地抓好落实，确保农民售粮顺畅，粮款及时足额兑付到户。\n\n"
	    "石楼县：红枣“吃干榨尽”链条长\n\n本报记者 冯俊\n\n"
	    "走进石楼县红枣产业园，一条条自动化生产线正在满负荷运转，清洗、烘干、去核、包装一气呵成。\n\n"
	    "黄河古渡 烟火重燃\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (heads nothing)");
	ok(p.n == 2 && p.articles[1]->npara >= 2 &&
	    p.articles[1]->paras[p.articles[1]->npara - 1].kind == PARA_HEADING &&
	    strcmp(p.articles[1]->paras[p.articles[1]->npara - 1].text,
	    "黄河古渡 烟火重燃") == 0,
	    "assemble: a headline that heads nothing is a heading of the "
	    "article before it, no note with no body (%zu)", p.n);
	page_free(&p);
	buf_reset(&b);

	/* A paragraph's first line cut in an open quotation (“一夜 / 爆红”，),
	 * read as a headline that heads nothing, the report's own headline
	 * block printed under its text: the line opens the paragraph
	 * (EMPTY_NOTE_REJOIN), no note with no body. */
	buf_adds(&b, "做强县域医共体 让群众就近享有优质医疗服务\n成慧敏\n"
	    "县域医疗服务能力是分级诊疗的“底座”。近年来，我市县域医疗卫生共同体建设取得积极成效，县级医院综合能力稳步提升。\n"
	    "群众健康无小事。只要把县级医院做强、把乡镇卫生院做实，就一定能够让老百姓少跑腿、少花钱。\n"
	    "这几年，一些地方凭借短视频平台“一夜\n"
	    "爆红”，游客蜂拥而至。但也有不少“网红景点”火了一阵子就冷了下来，甚至“昙花一现”。\n"
	    "说到底，流量只是敲门砖，品质才是硬道理。游客被一段视频、一张照片吸引而来，如果到了现场发现“照骗”，失望之余，不但自己不会再来，还会在网上“吐槽”。\n"
	    "吕梁有黄河、有古镇、有红色资源，“网红”的潜质不少。希望各地在追逐流量的同时，多想想怎么留住人心。\n"
	    "时评\n“网红景点”如何才能“长红”？\n李文静\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (cut line)");
	{
		size_t k;
		int notes = 0, joined = 0;
		for (k = 0; k < p.n; k++) {
			notes += p.articles[k]->kind == KIND_NOTE;
			joined |= p.articles[k]->npara > 0 && strncmp(
			    first_para_text(p.articles[k]), "这几年，一些地方凭借短视频平台“一夜爆红”",
			    strlen("这几年，一些地方凭借短视频平台“一夜爆红”")) == 0;
		}
		ok(notes == 0 && joined, "assemble: a paragraph's first line cut "
		    "in an open quotation opens its paragraph, no note (%zu, %d notes)",
		    p.n, notes);
	}
	page_free(&p);
	buf_reset(&b);

	/* ... also where the cut line closes a headline block, under the
	 * report's own title, subtitle and byline: the quotation it opens
	 * goes on in the paragraph under it. */
	buf_adds(&b, "全市秋粮收购工作推进会召开\n\n□ 本报记者 郝晓东\n\n"
	    "近日，全市秋粮收购工作推进会召开，会议要求各地抓好落实，确保农民售粮顺畅。\n\n"
	    "孝义：“帮办代办”跑出审批加速度\n\n——孝义市政务服务中心见闻\n\n"
	    "□本报记者 郝晓东\n\n“没想到这么快！\n从提交材料到拿到施工\n"
	    "许可证，只用了9个工\n作日。”拿到证件的那\n一刻，项目负责人赵鹏\n感慨地说。\n\n"
	    "赵鹏口中的“快”，得益\n于孝义市推行的重点项\n目“帮办代办”服务。\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (cut line 2)");
	ok(p.n == 2 && p.articles[1]->npara > 0 &&
	    seg_starts(first_para_text(p.articles[1]), "“没想到这么快！从提交材料"),
	    "assemble: a cut line closing a headline block opens the paragraph "
	    "under it, no note (%zu)", p.n);
	page_free(&p);
	buf_reset(&b);

	/* ... also a cut first sentence read over three narrow lines where
	 * the column narrows, in a text set with half-width commas (…调整,
	 * “一老一小”问题成为群众最关心最 / 直接最现实的…): it opens the
	 * paragraph under it, the headline after the text heading it. */
	buf_adds(&b,
	    "让山里人看病少跑一趟路\n"
	    "\n"
	    "□ 本报记者 李婷\n"
	    "\n"
	    "方山县地处吕梁山腹地，群众居住分散，看病难曾是当地百姓的一\n"
	    "块心病。近年来，全县建成标准化村卫生室一百二十所，群众看病\n"
	    "方便了，小病不出村，大病有人管，百姓的获得感明显增强。\n"
	    "\n"
	    "记者：村医的待遇怎么样？\n"
	    "\n"
	    "张璐：这几年补助提高了，大家干劲也足了，留得住人了。\n"
	    "\n"
	    "来源：吕梁新闻网\n"
	    "\n"
	    "随着人口老龄化程度加深和\n"
	    "生育政策调整,“一老一\n"
	    "小”问题成为群众最关心最\n"
	    "直接最现实的利益问题。目\n"
	    "前,我市养老机构床位利用\n"
	    "率不高、社区养老服务设施\n"
	    "覆盖不足,普惠托育服务供\n"
	    "给短缺。\n"
	    "\n"
	    "破解这些难题,需要规划先\n"
	    "行,把设施纳入城市更新。\n"
	    "\n"
	    "记者白雪 整理\n"
	    "\n"
	    "加快构建“一老一小”服务体系\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (cut line 3)");
	ok(p.n == 2 && p.articles[1]->npara > 0 &&
	    seg_starts(first_para_text(p.articles[1]), "随着人口老龄化程度加深和生育政策调整,"),
	    "assemble: a cut sentence over three lines with half-width commas "
	    "opens the paragraph under it, no note (%zu)", p.n);
	page_free(&p);
	buf_reset(&b);

	/* A title's wrapped lines but its last fill one measure: a title
	 * over its subtitle of two lines, cut at its comma, is no title of
	 * three lines (W_B_WRAP_MEASURE), a source note closing the text
	 * before it. */
	buf_adds(&b,
	    "动更多“山西味道”走向世界。\n"
	    "（本文来源：人民网）\n"
	    "冬游吕梁\n"
	    "北武当山迎来首个冰雪旅游季\n"
	    "12个冰雪项目开放，\n"
	    "冬季旅游专线同步开通\n"
	    "本报讯（记者 孙丽平）11月29日，方山县北\n"
	    "武当山景区冰雪旅游季正式启动。景区首\n"
	    "次推出冰雕观赏、雪地摩托、冰上碰碰车、\n"
	    "雪圈滑道等12个冰雪娱乐项目，吸引了省\n"
	    "内外数千名游客前来体验。\n"
	    "当天，景区内银装素裹，山门前的广场上矗\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (measure)");
	ok(p.n >= 1 && strcmp(p.articles[p.n - 1]->title, "北武当山迎来首个冰雪旅游季") == 0 &&
	    strcmp(p.articles[p.n - 1]->subtitle, "12个冰雪项目开放，冬季旅游专线同步开通") == 0,
	    "assemble: a subtitle of two lines under a title of one is no "
	    "title of three (%s | %s)", p.n ? p.articles[p.n - 1]->title : "",
	    p.n ? p.articles[p.n - 1]->subtitle : "");
	page_free(&p);
	buf_reset(&b);

	/* A report's last paragraph (会议要求…, under TINY_RUN characters)
	 * taken by the subtitle line gathered after the text (every
	 * headline heads something): it shares its words with the report
	 * before it, more than with the commentary after, and goes back to
	 * the report (W_A_TINY_JOIN). */
	buf_adds(&b, tiny_report);
	buf_adds(&b,
	    "会议要求，各县（市、区）要对照目标逐村过筛，\n"
	    "对收入仍在 10 万元以下的村实行“一村一专班”帮扶，确\n"
	    "保年底前全面完成消除任务。\n");
	buf_adds(&b, tiny_heads);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (tiny run)");
	ok(p.n == 2 && p.articles[0]->npara > 0 &&
	    seg_starts(p.articles[0]->paras[p.articles[0]->npara - 1].text,
	    "会议要求，各县"),
	    "assemble: a very short run sharing the report's words before it "
	    "is that report's last paragraph (%zu)", p.n);
	ok(p.n == 2 && strcmp(p.articles[0]->subtitle,
	    "年底前全面消除年收入10万元以下村") == 0 &&
	    *p.articles[1]->kicker == '\0',
	    "assemble: ... the title that took it, right under the report's "
	    "headline, its subtitle, no kicker of the next (%s)",
	    p.n ? p.articles[0]->subtitle : "");
	page_free(&p);
	buf_reset(&b);

	/* A report's closing sentence (本届联赛…, 31 characters), its
	 * headline gathered at the page end, left a run of its own with no
	 * headline between the report and a teaser: no article is that
	 * short, and it goes back to the report it shares its words with
	 * (W_A_SHORT_JOIN). */
	buf_adds(&b,
	    "9月23日晚，交口县“金秋杯”农民篮球联赛总决赛在回龙镇文化广场打响。经过四节激烈比拼，双池村代表队以81比76战胜桃红坡村代表队，夺得冠军。\n"
	    "\n"
	    "比赛当天正逢中国农民丰收节，广场周围搭起了农产品展销摊位，葡萄、苹果、鲜玉米、老陈醋摆满货架。近万名观众一边看球、一边逛集，现场气氛热烈。\n"
	    "\n"
	    "“种地是一把好手，打球也不含糊！”桃红坡村队员、44岁的种粮大户李二牛赛后说，虽然输了决赛，但大家打得很开心，“明年再来”。\n"
	    "\n"
	    "本届联赛自9月中旬开赛，共有36支村级代表队参赛，历时近两个月。\n"
	    "\n"
	    "临县山村大棚里种出“羊肚菌”——见7版——\n"
	    "\n"
	    "市气象台12月13日16时发布寒潮蓝色预警：受强冷空气影响，14日至16日我市将出现大风降温和雨雪天气，过程降温幅度8℃至10℃，16日早晨离石、方山、岚县、交口最低气温可降至-16℃至-18℃，平川县市-12℃左右。\n"
	    "\n"
	    "气象部门提醒，市民要及时添衣保暖，谨防燃煤取暖引发一氧化碳中毒；设施农业经营者要加固大棚，做好保温防冻；雨雪天气路面湿滑，驾驶员要减速慢行、保持安全车距。\n"
	    "\n"
	    "（记者 张敏 整理）\n"
	    "\n"
	    "走进永和县红枣产业园，一条条自动化生产线正在满负荷运转，清洗、去核、烘烤、包装一气呵成。“以前红枣只能卖原枣，现在枣皮、枣核都能用上，枣核做成活性炭，枣渣做成饲料，真正实现了吃干榨尽。”园区负责人说。\n"
	    "\n"
	    "近年来，永和县围绕红枣全产业链发展，引进培育加工企业18家，开发出枣醋、枣酒、枣粉等系列产品40余种，红枣加工转化率由过去的不足20%提高到55%，带动全县1.2万户枣农稳定增收。\n"
	    "\n"
	    "交口县“村BA”篮球联赛总决赛落幕\n"
	    "\n"
	    "刘建华\n"
	    "\n"
	    "寒潮来袭 注意防寒保暖\n"
	    "\n"
	    "永和县：红枣“吃干榨尽”链条长\n"
	    "\n"
	    "■ 本报记者 王俊\n"
	    "\n"
	    "7月25日，我市“迎七一”职工书画摄影展在市工人文化宫开幕，展出作品180余幅。\n"
	    "\n"
	    "图为市民在展厅内欣赏书法作品。\n"
	    "\n"
	    "记者 陈波 摄\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (short run)");
	ok(p.n == 5 && p.articles[0]->npara == 4 &&
	    seg_starts(p.articles[0]->paras[3].text, "本届联赛自9月中旬开赛") &&
	    p.articles[1]->kind == KIND_NOTE,
	    "assemble: a run with no headline under TINY_RUN characters joins "
	    "the report it shares its words with (%zu)", p.n);
	page_free(&p);
	buf_reset(&b);
	/* ... but not a teaser before it (临县…——见7版——): a note of its
	 * own, which a piece joined to it would no longer be. */
	buf_adds(&b,
	    "9月23日晚，交口县“金秋杯”农民篮球联赛总决赛在回龙镇文化广场打响。经过四节激烈比拼，双池村代表队以81比76战胜桃红坡村代表队，夺得冠军。\n"
	    "\n"
	    "比赛当天正逢中国农民丰收节，广场周围搭起了农产品展销摊位，葡萄、苹果、鲜玉米、老陈醋摆满货架。近万名观众一边看球、一边逛集，现场气氛热烈。\n"
	    "\n"
	    "“种地是一把好手，打球也不含糊！”桃红坡村队员、44岁的种粮大户李二牛赛后说，虽然输了决赛，但大家打得很开心，“明年再来”。\n"
	    "\n"
	    "临县山村大棚里种出“羊肚菌”——见7版——\n"
	    "\n"
	    "本届联赛自9月中旬开赛，共有36支村级代表队参赛，历时近两个月。\n"
	    "\n"
	    "7月25日，我市“迎七一”职工书画摄影展在市工人文化宫开幕，展出作品180余幅。\n"
	    "\n"
	    "图为市民在展厅内欣赏书法作品。\n"
	    "\n"
	    "记者 陈波 摄\n"
	    "\n"
	    "交口县“村BA”篮球联赛总决赛落幕\n"
	    "\n"
	    "刘建华\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (short run after a teaser)");
	ok(has_note(&p, "临县山村"), "assemble: a short run with no headline "
	    "joins no teaser before it (the note stays one)");
	page_free(&p);
	buf_reset(&b);
	/* ... nor one after it: the piece (after a photo, whose caption
	 * keeps it from the run before) took the teaser, and the two,
	 * still short and untitled, went on into the report after them. */
	buf_adds(&b,
	    "9月23日晚，交口县“金秋杯”农民篮球联赛总决赛在回龙镇文化广场打响。经过四节激烈比拼，双池村代表队以81比76战胜桃红坡村代表队，夺得冠军。\n\n"
	    "比赛当天正逢中国农民丰收节，广场周围搭起了农产品展销摊位，葡萄、苹果、鲜玉米、老陈醋摆满货架。近万名观众一边看球、一边逛集，现场气氛热烈。\n\n"
	    "7月25日，我市“迎七一”职工书画摄影展在市工人文化宫开幕，展出作品180余幅。\n\n"
	    "图为市民在展厅内欣赏书法作品。\n\n记者 陈波 摄\n\n"
	    "本届联赛自9月中旬开赛，共有36支村级代表队参赛，历时近两个月。\n\n"
	    "临县山村大棚里种出“羊肚菌”——见7版——\n\n"
	    "市气象台12月13日16时发布寒潮蓝色预警：受强冷空气影响，14日至16日我市将出现大风降温和雨雪天气，过程降温幅度8℃至10℃，16日早晨离石、方山、岚县、交口最低气温可降至-16℃至-18℃，平川县市-12℃左右。\n\n"
	    "气象部门提醒，市民要及时添衣保暖，谨防燃煤取暖引发一氧化碳中毒；设施农业经营者要加固大棚，做好保温防冻；雨雪天气路面湿滑，驾驶员要减速慢行、保持安全车距。\n\n"
	    "交口县“村BA”篮球联赛总决赛落幕\n\n刘建华\n\n寒潮来袭 注意防寒保暖\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (short run before a teaser)");
	ok(has_note(&p, "临县山村"), "assemble: a short run with no headline "
	    "joins no teaser after it (the note stays one)");
	page_free(&p);
	buf_reset(&b);

	/* A bracketed name read as a headline (（栗晓红）, a brief's credit)
	 * takes the short run after the brief, a sentence that holds none
	 * of its words: every headline heads something, and nothing priced
	 * that run. A headline standing alone (no byline, no split) that
	 * holds few of its words in a run under TINY_RUN characters heads
	 * no article there; the run ends the text before it
	 * (W_A_TINY_UNHEAD; with it off, （栗晓红） headed an article). */
	buf_adds(&b,
	    "文水百名村医集中文水百名村医集中““充电充电””\n"
	    "日前，文水县卫健局举办乡村医生能力提升培训班，一百\n"
	    "零六名村医参加。培训为期五天，内容涵盖常见病诊疗、慢性病\n"
	    "管理、急救技能和合理用药等，并安排学员到县医院跟班实习。\n"
	    "（栗晓红）\n"
	    "目前，该案追赃挽损工作仍在进行中。\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (stray title over a short run)");
	ok(p.n == 1 && strcmp(p.articles[0]->title, "文水百名村医集中“充电”") == 0 &&
	    p.articles[0]->npara >= 2 &&
	    seg_starts(p.articles[0]->paras[1].text, "目前，该案追赃挽损"),
	    "assemble: a headline holding none of a short run's words heads "
	    "no article there: the run ends the text before it (%zu)", p.n);
	page_free(&p);
	buf_reset(&b);

	/* A kicker read as a headline of its own over its bylined title
	 * (非遗保护在吕梁 over 指尖上的非遗传承 / 本报记者 康丽, set after the
	 * text): every headline heads something, so it took the report
	 * before's last paragraph, which holds none of its words. A plain
	 * headline right over a bylined title with no kicker, heading one
	 * paragraph that does not name it, is that title's kicker and the
	 * paragraph goes back to the run before (W_A_STRAY_KICKER; with it
	 * off, 非遗保护在吕梁 headed an article of that one paragraph). A
	 * page of the tuning split (c-t4 p001172). */
	buf_adds(&b,
	    "连日来，柳林县组织各乡镇畜牧兽医人员深入养殖场户，\n"
	    "开展秋季重大动物疫病集中免疫工作，对全县牛羊猪鸡等\n"
	    "畜禽进行口蹄疫、禽流感等疫病强制免疫，确保应免尽\n"
	    "免、不留死角。\n"
	    "\n"
	    "截至目前，全县已免疫牛羊12.6万头只、生猪8.3万头、\n"
	    "家禽46万羽，免疫密度达到100%。\n"
	    "\n"
	    "柳林县开展秋季动物疫病集中免疫\n"
	    "\n"
	    "一线见闻一线见闻\n"
	    "\n"
	    "守护黄河岸边的“生命线”\n"
	    "\n"
	    "记柳林县黄河堤防巡查员\n"
	    "\n"
	    "刘建国\n"
	    "\n"
	    "通讯员通讯员 王磊王磊 记者记者 李江李江\n"
	    "\n"
	    "早上七点，刘建国骑着摩托车准时出现在柳林县孟门镇的\n"
	    "黄河堤防上。他沿着堤顶缓缓前行，不时停下来查看堤坡\n"
	    "有没有裂缝、渗水，护岸石有没有松动。\n"
	    "\n"
	    "今年55岁的刘建国，当了整整18年的黄河堤防巡查员，负\n"
	    "责孟门镇境内12公里的堤防巡查。每到汛期，他每天至少\n"
	    "巡 查 两 遍 ，遇 到 大 雨 天 气 还 要 夜 间 加 巡 。18 年 来 ，他 累 计\n"
	    "巡查里程超过8万公里，发现并及时上报险情隐患60余\n"
	    "处。\n"
	    "\n"
	    "“黄河堤防关系到沿岸群众的生命财产安全，一点都马虎\n"
	    "不得。”刘建国说，只要身体允许，他会一直在这条堤上\n"
	    "走下去。\n"
	    "\n"
	    "第五届吕梁文化旅游产业发展大会开幕\n"
	    "\n"
	    "孙立军出席并致辞 刘\n"
	    "\n"
	    "伟 周建华作主旨演讲 \n"
	    "\n"
	    "王志刚 李晓梅出席 陈\n"
	    "\n"
	    "建国主持\n"
	    "\n"
	    "9月22日上午，以“黄河魂·吕梁情”为主题的第五届吕\n"
	    "梁文化旅游产业发展大会在离石开幕。省文化和旅游厅厅\n"
	    "长孙立军出席并致辞，中国旅游研究院院长刘伟、北京大\n"
	    "学教授周建华作主旨演讲。市委书记王志刚、市长李晓梅\n"
	    "出席，市委副书记陈建国主持。来自全国各地的专家学\n"
	    "者、文旅企业代表300余人参加开幕式。\n"
	    "\n"
	    "孙立军在致辞中说，吕梁是革命老区，也是黄河文化的重\n"
	    "要发祥地之一，拥有碛口古镇、北武当山、贺龙中学旧址\n"
	    "等丰富的文化旅游资源。近年来，吕梁坚持文旅融合发\n"
	    "展，打造了一批特色鲜明的旅游线路和文旅品牌，文化旅\n"
	    "游已经成为全市转型发展的重要支撑。希望吕梁进一步挖\n"
	    "掘黄河文化、红色文化和晋商文化内涵，推动文化和旅游\n"
	    "深度融合，加快建设国内知名的文化旅游目的地。\n"
	    "\n"
	    "李晓梅介绍，今年以来，全市接待国内游客2860万人次，\n"
	    "实现旅游总收入235亿元，分别同比增长18.6%和21.3%。\n"
	    "吕梁将以此次大会为契机，持续完善旅游基础设施，提升\n"
	    "公共服务水平，丰富旅游业态和产品供给，真诚欢迎各位\n"
	    "嘉宾和广大游客走进吕梁、感受吕梁、宣传吕梁。\n"
	    "\n"
	    "刘伟作了题为《新时代文化旅游发展的新趋势》的主旨演\n"
	    "讲。他认为，随着消费升级，游客越来越注重文化体验和\n"
	    "品质服务，研学旅游、康养旅游和乡村旅游将成为新的增\n"
	    "长点。\n"
	    "\n"
	    "图为嘉宾在碛口古镇参观黄河\n"
	    "\n"
	    "文化展。 记者 刘晓东 摄\n"
	    "\n"
	    "周建华结合吕梁实际，就黄河文化遗产保护与利用提出建\n"
	    "议。他说，要在保护好古村落、古建筑的前提下，用现代\n"
	    "手段讲好黄河故事，让文化遗产“活”起来。\n"
	    "\n"
	    "大会期间，还将举办黄河文化论坛、非遗展演、文旅项目\n"
	    "推介和招商签约等系列活动，共有涉及景区开发、康养度\n"
	    "假、文创产品、乡村民宿等领域的26个项目集中签约，总\n"
	    "投资达86.4亿元。\n"
	    "\n"
	    "大会期间，还将举办黄河文化论坛、非遗展演、文旅项目\n"
	    "推介和招商签约等系列活动，共有涉及景区开发、康养度\n"
	    "假、文创产品、乡村民宿等领域的26个项目集中签约，总\n"
	    "投资达86.4亿元。\n"
	    "\n"
	    "图为大会开幕式现场。\n"
	    "\n"
	    "一团普通的面，在王桂英手中揉、捏、搓、剪，不一会儿\n"
	    "就变成了一只栩栩如生的小老虎。在岚县东村镇的面塑工\n"
	    "作室里，68岁的王桂英正带着几名徒弟制作一批准备参加\n"
	    "展览的作品。\n"
	    "\n"
	    "岚县面塑俗称“花馍”，是当地民间逢年过节、婚丧嫁娶\n"
	    "时必不可少的礼馍，已有数百年历史。2017年，岚县面塑\n"
	    "被列入山西省非物质文化遗产代表性项目名录，王桂英成\n"
	    "为这一项目的省级代表性传承人。\n"
	    "\n"
	    "从小跟着母亲学手艺\n"
	    "\n"
	    "王桂英出生在一个面塑世家，七八岁时就跟着母亲学捏花\n"
	    "馍。“那时候家里穷，白面金贵，只有过年才能捏几个，\n"
	    "每次母亲捏花馍，我就在旁边看，偷偷学。”回忆起小时\n"
	    "候，王桂英的眼里满是温情。\n"
	    "\n"
	    "几十年来，她不断摸索创新，在传统技法的基础上融入剪\n"
	    "纸 、雕 刻 等 工 艺 ，创 作 出 “ 十 二 生 肖 ”“ 黄 河 儿 女 ”“ 吕\n"
	    "梁英雄”等系列作品，多次在全国民间艺术展中获奖。\n"
	    "\n"
	    "让老手艺焕发新活力让老手艺焕发新活力\n"
	    "\n"
	    "“老手艺不能在我手里断了。”这些年，王桂英先后收徒\n"
	    "80多人，还走进学校开设面塑课，让孩子们从小感受非遗\n"
	    "魅力。2022年，她牵头成立面塑专业合作社，带动周边\n"
	    "200多名妇女在家门口就业，开发出的面塑文创产品通过\n"
	    "网络销往全国各地。\n"
	    "\n"
	    "如今，岚县面塑已从农家炕头走向展览馆和直播间。王桂\n"
	    "英 说 ，她 最 大 的 心 愿 ，就 是 让 更 多 年 轻 人 喜 欢 上 这 门 老 手\n"
	    "艺，让非遗在新时代焕发新的活力。\n"
	    "\n"
	    "非遗保护在吕梁非遗保护在吕梁\n"
	    "\n"
	    "指尖上的非遗传承\n"
	    "\n"
	    "记岚县面塑省级代表性传承人王桂英\n"
	    "\n"
	    "本报记者 康丽本报记者 康丽\n"
	    "\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (stray kicker)");
	{
		size_t i, kicked = 0, stray = 0;
		for (i = 0; i < p.n; i++) {
			if (strcmp(p.articles[i]->title, "非遗保护在吕梁") == 0)
				stray = 1;
			if (strcmp(p.articles[i]->title, "指尖上的非遗传承") == 0 &&
			    strcmp(p.articles[i]->kicker, "非遗保护在吕梁") == 0)
				kicked = 1;
		}
		ok(!stray && kicked, "assemble: a plain headline over a bylined "
		    "title, heading one paragraph without its words, is its "
		    "kicker (%zu articles)", p.n);
	}
	page_free(&p);
	buf_reset(&b);

	/* A headline of the gathered blocks read as a line of text (学校门口
	 * 的路口，能不能装个红绿灯？), its byline under it read as a credit:
	 * a run with no headline under TINY_RUN characters, ending on no
	 * full stop, is no brief closed by its credit but a line read as
	 * text, and joins the run beside it (W_A_SHORT_TOLD; with it off,
	 * it stood as an article of its own). */
	buf_adds(&b,
	    "11月8日，2024晋陕蒙县域商业发展论坛在孝义市举行。商务部国际贸易经济合作研究院研究员上官怀瑾在论坛上表示，县域是连接城市和乡村的枢纽，县域商业体系是否健全，直接关系到农产品能不能顺畅“出村进城”、工业品能不能便捷“下乡进村”。\n"
	    "上官怀瑾说，近年来，吕梁各县的乡镇商贸中心、村级便民店布局逐步完善，快递进村覆盖率明显提升，但冷链物流仍是突出短板。“方山的鲜食玉米、中阳的香菇木耳、柳林的酥梨，最怕的就是在路上捂坏了。产地缺少预冷设施，采摘后几个小时内温度降不下来，损耗率动辄在两成以上。”\n"
	    "上官怀瑾认为，补齐冷链短板要从“最先一公里”抓起。他建议在农产品主产区的乡镇和重点村，建设一批移动式、组装式的小型冷库和预冷间，由合作社或村集体经营，农户按需租用，“不追求大而全，关键是用得起、用得上”。\n"
	    "在上官怀瑾看来，县城的物流园区应当成为冷链网络的“中转枢纽”。他建议整合邮政、供销和民营快递企业的资源，推行共同配送，一辆冷藏车跑一趟线路，把沿途几家的货一并拉走，摊薄单件运输成本。同时，可以探索“冷链+直播”“冷链+社区团购”等模式，让山里的生鲜直接对接太原、西安、呼和浩特等城市的餐桌。\n"
	    "谈到政策支持，上官怀瑾表示，冷链设施投入大、回报周期长，单靠经营主体难以持续，需要政府在用地、用电和贷款贴息等方面给予倾斜。他特别提到，农产品冷库执行农业生产用电价格的政策要真正落到实处，“电费是冷库最大的一块运营开支，这笔账算明白了，经营者的积极性自然就上来了”。\n"
	    "上官怀瑾最后说，县域商业不是简单地开几家超市、盖几座仓库，而是要让产、供、储、销各环节真正“链”起来。吕梁地处晋陕蒙交界，有条件打造面向黄河中游的区域性商贸物流节点，这篇文章值得下大力气去做。\n"
	    "孝义市一家农产品冷链物流企业的员工在冷库内分拣果蔬孝义市一家农产品冷链物流企业的员工在冷库内分拣果蔬。。 记者记者 芦晓东芦晓东 摄摄\n"
	    "这几天，离石气温骤降，早晚已是零下十几摄氏度。清晨在公交站台等车，寒风顺着街道直往脖子里灌，不少上班族和学生缩着脖子、跺着脚，眼巴巴地望着车来的方向。\n"
	    "图为市民在展厅内欣赏书法作品。 记者 陈涛 摄\n"
	    "尊敬的编辑：\n"
	    "我是孝义市振兴街一所小学的学生家长。学校大门正对着一个十字路口，东西向是一条过境的大车道，每天拉煤、拉建材的货车来来往往，速度也快。路口既没有红绿灯，也没有减速带，斑马线的白漆已经磨得几乎看不见了。每天早上七点半、下午五点放学，几百个孩子要从这里过马路，家长们都提心吊胆。虽然学校安排了老师和家长志愿者在路口护送，但大车一辆接一辆，志愿者举着小旗子也拦不住。孩子们的安全是天大的事，希望有关部门能在这个路口装上红绿灯，再设几道减速带。\n"
	    "孝义市 一名小学生家长 田晓芳\n"
	    "部门回复部门回复\n"
	    "田晓芳女士：\n"
	    "您好！您通过本报反映的振兴街小学门前路口交通安全问题收悉。接报后，我大队立即组织秩序科、设施科人员于上下学高峰时段到现场进行了交通流量调查。经调查，该路口早晚高峰每小时通过车辆六百余辆，其中重型货车占近三成，与学生上下学时间高度重叠，确实存在较大安全隐患。\n"
	    "针对上述情况，我大队已采取以下措施：一是自本周起，在上下学时段于该路口安排一名交通民警和两名辅警定点值守，疏导车辆，护送学生通过；二是已会同市住建部门重新施划斑马线，在路口东西两侧各一百五十米处增设“前方学校 减速慢行”警示标志和三道减速带；三是该路口信号灯设置方案已报市政府审批，计划于今年年内建成投用。\n"
	    "感谢您对交通安全工作的关心和支持。\n"
	    "孝义市公安局交通警察大队\n"
	    "2026年11月20日\n"
	    "上官怀瑾最后说，县域商业不是简单地开几家超市、盖几座仓库，而是要让产、供、储、销各环节真正“链”起来。吕梁地处晋陕蒙交界，有条件打造面向黄河中游的区域性商贸物流节点，这篇文章值得下大力气去做。\n"
	    "上官怀瑾最后说，县域商业不是简单地开几家超市、盖几座仓库，而是要让产、供、储、销各环节真正“链”起来。吕梁地处晋陕蒙交界，有条件打造面向黄河中游的区域性商贸物流节点，这篇文章值得下大力气去做。\n"
	    "学校门口的路口，能不能装个红绿灯？\n"
	    "上官怀瑾：县域商业要补上冷链“断点”\n"
	    "□本报记者 芦晓东\n"
	    "凤山街谈\n"
	    "寒风里的候车亭，还差一块挡风板\n"
	    "王磊\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (short line before a credit)");
	{
		size_t i, alone = 0;
		for (i = 0; i < p.n; i++)
			if (p.articles[i]->npara > 0 &&
			    seg_starts(first_para_text(p.articles[i]),
			    "学校门口的路口"))
				alone++;
		ok(p.n > 0 && alone == 0, "assemble: a short run with no "
		    "headline ending on no full stop before a credit is no "
		    "article of its own (%zu)", alone);
	}
	page_free(&p);
	buf_reset(&b);

	/* A title of two short questions set bold (doubled) under its
	 * kicker: its inner ？ is a phrase's end, as its last is, and earns
	 * it the short call's W_H_EXCLAIM, not W_H_FINAL's sentence (it was
	 * read as the kicker's one-line text, the interview untitled). */
	buf_adds(&b,
	    "政策解读\n"
	    "\n"
	    "冬季取暖补贴冬季取暖补贴，，怎么申请怎么申请？？发多少发多少？？\n"
	    "\n"
	    "■ 记者 王丽\n"
	    "\n"
	    "  今年入冬以来，我市继续为城乡低收入家庭发放冬季取暖补\n"
	    "贴，补贴标准比去年有所提高。不少群众关心：哪些家庭可以申\n"
	    "请？补贴怎么发放？记者就此采访了市民政局社会救助科有关负\n"
	    "责人。\n"
	    "\n"
	    "  问：今年的取暖补贴有哪些变化？\n"
	    "\n"
	    "  答：主要是标准提高了。城市低保家庭每户每年补贴从八百元\n"
	    "提高到一千元，农村低保家庭从六百元提高到八百元，特困人员\n"
	    "按每人每年一千二百元发放。\n"
	    "\n"
	    "  问：符合条件的家庭怎么申请？\n"
	    "\n"
	    "  答：已纳入低保和特困供养的家庭不用再申请，由民政部门按\n"
	    "名单直接发放到户。其他困难家庭可以向户籍所在地的乡镇（街\n"
	    "道）提出申请，经审核公示后发放。\n"
	    "\n"
	    "  问：补贴什么时候能到账？\n"
	    "\n"
	    "  答：一般在每年十一月底前发放到位，通过社会保障卡打到个\n"
	    "人账户，群众可以到银行网点或者通过手机银行查询。\n"
	    "\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (two questions)");
	ok(p.n == 1 && strcmp(p.articles[0]->title,
	    "冬季取暖补贴，怎么申请？发多少？") == 0 &&
	    strcmp(p.articles[0]->kicker, "政策解读") == 0,
	    "assemble: a short title of two questions (…，怎么申请？发多少？) is "
	    "a title, under its kicker (%zu: %s)", p.n,
	    p.n ? p.articles[0]->title : "");
	page_free(&p);
	buf_reset(&b);

	/* A court's notice (公告, gathered after it) opening with the
	 * court's name and the addressee (李某某（…）：): the name read as
	 * a headline took the addressee alone, a run under PIECE_RUN
	 * characters ending on a colon. It announces the text after it,
	 * and the two join under the notice's title (W_A_COLON_JOIN). */
	buf_adds(&b,
	    "孝义市人民法院\n"
	    "李某某（男，1982年3月出\n"
	    "生，汉族，住孝义市崇文街道西\n"
	    "关村）：\n"
	    "本院受理原告孝义市顺达物流\n"
	    "有限公司诉你运输合同纠纷一案，\n"
	    "因你下落不明，依照《中华人民共\n"
	    "和国民事诉讼法》第九十五条之规\n"
	    "定，向你公告送达起诉状副本、应\n"
	    "诉通知书、举证通知书及开庭传票。\n"
	    "原告诉讼请求：一、判令被\n"
	    "告支付运费人民币32500元及逾\n"
	    "期利息；二、本案诉讼费用由被\n"
	    "告承担。\n"
	    "自本公告发出之日起经过30\n"
	    "日即视为送达。提出答辩状和举\n"
	    "证的期限分别为公告送达期满后\n"
	    "的15日和30日内。本案定于2026\n"
	    "年4月8日上午9时在本院第二法\n"
	    "庭公开开庭审理，逾期不到庭，\n"
	    "本院将依法缺席判决。\n"
	    "特此公告。\n"
	    "孝义市人民法院\n"
	    "二〇二六年一月五日\n"
	    "公告公告\n"
	    "市区新增三处公共停车场市区新增三处公共停车场\n"
	    "本报讯（通讯员 王丽）近日，\n"
	    "离石城区新建的三处公共停车场\n"
	    "投入使用，共新增停车位六百余\n"
	    "个，市民可通过手机扫码缴费。\n"
	    "停车场实行前十五分钟免费，\n"
	    "每日收费设上限，夜间停车另有\n"
	    "优惠。\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (announce)");
	ok(p.n == 2 && strcmp(p.articles[0]->title, "公告") == 0 &&
	    p.articles[0]->npara > 1 &&
	    seg_starts(p.articles[0]->paras[0].text, "李某某（男") &&
	    seg_starts(p.articles[0]->paras[1].text, "本院受理原告"),
	    "assemble: a short run ending on a colon (the addressee) joins "
	    "the notice it announces, under the notice's title (%zu: %s)",
	    p.n, p.n ? p.articles[0]->title : "");
	page_free(&p);
	buf_reset(&b);
	/* ... but a colon announces no dated report: a report opened by
	 * its dateline (本报讯) is a text of its own, and the notice's
	 * opening stays apart from it (rejoin_announce's dateline guard). */
	buf_adds(&b, "停水通知\n\n"
	    "因供水管网改造，城区部分区域将暂停供水，请居民提前储水。具体安排如下：\n\n"
	    "文水高粱喜获丰收\n\n本报讯（记者 王丽）");
	buf_adds(&b, para_b);
	buf_adds(&b, "\n\n");
	buf_adds(&b, para_b);
	buf_adds(&b, "\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (colon before a dateline)");
	ok(p.n == 2 && seg_starts(p.articles[1]->paras[0].text, "本报讯"),
	    "assemble: a short run ending on a colon does not join the dated "
	    "report after it (%zu)", p.n);
	page_free(&p);
	buf_reset(&b);

	/* An interview's last turns (问：多长时间能办好？…) taken by a
	 * wrapped headline's rest (次就能办好), over TINY_RUN characters
	 * but under PIECE_RUN: the piece opens labelled (问：) as the
	 * paragraph before it is (答：), a turn going on, and reads on
	 * from the interview (W_A_PIECE_SHAPE). */
	buf_adds(&b,
	    "本报讯　孩子出生后，要办出生医学证明、登记户口、参加医保、\n"
	    "申领社保卡，过去得跑好几个部门。今年起，我市全面推行新生儿出\n"
	    "生“一件事”联办，这些事项可以一次申请、一次办结。联办怎么申请？\n"
	    "需要准备哪些材料？记者采访了市行政审批服务管理局有关负责人。\n"
	    "\n"
	    "问：出生“一件事”联办包括哪些事项？\n"
	    "\n"
	    "答：主要包括出生医学证明办理、预防接种证办理、户口登记、\n"
	    "城乡居民医保参保登记、社会保障卡申领等五项。家长可以根据需要\n"
	    "选择其中几项，也可以全部一起办理。\n"
	    "\n"
	    "问：在哪里申请？必须带着孩子去现场吗？\n"
	    "\n"
	    "答：不需要带孩子到现场。家长可以通过“三晋通”手机应用的出\n"
	    "生一件事专区在线申请，也可以在孩子出生的医院设立的服务点，或\n"
	    "者户籍所在地的政务服务中心综合窗口申请。线上申请的，按提示上\n"
	    "传材料、确认信息即可。\n"
	    "\n"
	    "问：需要准备哪些材料？\n"
	    "\n"
	    "答：一般需要父母双方的身份证、户口簿和结婚证。在医院申请\n"
	    "的，出生医学证明由医院直接签发，信息会自动推送到公安、医保、\n"
	    "人社等部门，家长不用再重复提交。如果父母户籍不在同一地方，还\n"
	    "需要选择孩子随父或随母落户。\n"
	    "\n"
	    "问：多长时间能办好？证件怎么领取？\n"
	    "\n"
	    "答：材料齐全的，一般 5 个工作日内办结。户口簿、社保卡可以\n"
	    "选择到窗口领取，也可以免费邮寄到家。医保参保登记办好后，孩子\n"
	    "出生当年的医疗费用可以按规定报销。\n"
	    "\n"
	    "问：办理过程中遇到问题，可以向哪里咨询？\n"
	    "\n"
	    "答：可以打 12345 热线咨询，也可以直接联系各县（市、区）政\n"
	    "务服务中心。我们在各助产医院都公布了服务点的联系电话，工作人\n"
	    "员会帮助家长完成申请。\n"
	    "\n"
	    "临县举办首届红枣文化旅游节\n"
	    "\n"
	    "吕梁山区又一条高速公路建成通车\n"
	    "\n"
	    "专访\n"
	    "\n"
	    "路修到村口，\n"
	    "\n"
	    "班 车 也 要 开 进 山 沟 沟\n"
	    "\n"
	    "访市交通运输局局长卜庆元\n"
	    "\n"
	    "本报记者 霍建军\n"
	    "\n"
	    "张海峰：发展林下经济\n"
	    "\n"
	    "大有可为\n"
	    "\n"
	    "实习记者 赵宇\n"
	    "\n"
	    "政策解读\n"
	    "\n"
	    "新生儿落户、办医保，一\n"
	    "\n"
	    "次就能办好\n"
	    "\n"
	    "记者 贺文娟\n"
	    "\n"
	    "“这碗凉粉，我卖了三十年”\n"
	    "\n"
	    "5日清晨，来自全国各地的3000余名跑者从汾阳市贾家庄文化生态旅游区鸣枪出发，角逐半程马拉松赛事。沿途群众敲锣打鼓，为选手加油鼓劲。 王晓东 摄影\n"
	    "\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (piece)");
	{
		size_t k, q;
		int one = 0;
		for (k = 0; k < p.n; k++) {
			int ans = 0, ask = 0;
			for (q = 0; q < p.articles[k]->npara; q++) {
				const char *t = p.articles[k]->paras[q].text;
				ans |= seg_starts(t, "答：一般需要父母");
				ask |= seg_starts(t, "问：多长时间能办好");
			}
			one |= ans && ask;
		}
		ok(one, "assemble: a short piece opening with a turn (问：) "
		    "after a turn (答：) reads on from the interview (%zu)", p.n);
	}
	page_free(&p);
	buf_reset(&b);

	/* A department's reply opened by the letter's signer's name
	 * (高建平同志：), the signature (方山县 村民 高建平) in the run
	 * before it: the reply reads on from the letter, one article
	 * (W_A_REPLY_JOIN). */
	buf_adds(&b,
	    "  编辑同志：\n"
	    "  我是方山县一个村的村民。前几年，村里的文化广场\n"
	    "安装了一批健身器材，村民们茶余饭后都喜欢去活动活动。\n"
	    "可这两年，器材陆续出了毛病：太空漫步机的踏板断了一\n"
	    "边，扭腰器转不动了，单杠的立柱也锈得厉害。老人们怕\n"
	    "出危险，都不敢去用了。我们问过村干部，说是不清楚该\n"
	    "由谁来维修。这些器材花了不少钱，就这么闲着太可惜，\n"
	    "希望有关部门能给个说法。\n"
	    "  方山县 村民 高建平\n"
	    "记者调查\n"
	    "  记者从方山县文化和旅游局（体育局）了解到，全县\n"
	    "农 村 的 健 身 器 材 大 多 是   2016   年 前 后 配 建 的 ，目 前 已 超 过 了\n"
	    "正常使用年限，部分器材确实存在损坏、锈蚀等问题。\n"
	    "部门回复\n"
	    "  高建平同志：\n"
	    "  感谢您的反映。农村健身器材按规定由所在村负责日\n"
	    "常管理，我局负责维修和更新。我们已安排人员到您所在\n"
	    "的村查看，对损坏的 3 件器材进行了拆除，12月底前将更\n"
	    "换新器材。\n"
	    "  同时，我局将对全县农村健身器材开展一次全面排查，\n"
	    "建立维修台账，并在每处器材旁张贴维修电话。今后村民\n"
	    "发现器材损坏，可以直接电话报修。\n"
	    "  方山县文化和旅游局\n"
	    "离石区北川河冰场上，孩子\n"
	    "们在教练指导下练习滑冰，\n"
	    "稚嫩的笑声在结冰的河面上\n"
	    "回荡。 本报记者 卜晓宇 \n"
	    "摄\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (reply)");
	{
		size_t k;
		int alone = 0, joined = 0;
		for (k = 0; k < p.n; k++) {
			alone |= p.articles[k]->npara > 0 && seg_starts(
			    first_para_text(p.articles[k]), "高建平同志：");
			joined |= p.articles[k]->npara > 5 && seg_starts(
			    first_para_text(p.articles[k]), "编辑同志：");
		}
		ok(!alone && joined, "assemble: a reply addressing the letter's "
		    "signer reads on from the letter (%zu)", p.n);
	}
	page_free(&p);
	buf_reset(&b);

	/* ... but a lone title after the reply's signature over a text
	 * opening with a dateline (本报讯…) heads a report of its own: a
	 * findings or a reply section never opens so (rejoin_reply). */
	buf_adds(&b,
	    "  编辑同志：\n"
	    "  我是方山县一个村的村民。前几年，村里的文化广场\n"
	    "安装了一批健身器材，村民们茶余饭后都喜欢去活动活动。\n"
	    "可这两年，器材陆续出了毛病，老人们怕出危险，都不敢\n"
	    "去用了。希望有关部门能给个说法。\n"
	    "  方山县 村民 高建平\n"
	    "部门回复\n"
	    "  高建平同志：\n"
	    "  感谢您的反映。农村健身器材按规定由所在村负责日\n"
	    "常管理，我局负责维修和更新。我们已安排人员到您所在\n"
	    "的村查看，12月底前将更换新器材。\n"
	    "  方山县文化和旅游局\n"
	    "交城山区今冬首次人工增雪作业\n"
	    "  本报讯（记者 武晓鹏）抓住有利天气时机，12月2日，交城县气象局\n"
	    "在西冶、东坡底等山区乡镇开展今冬首次人工增雪作业，共发射增雨\n"
	    "（雪）火箭弹16枚。受此影响，当日交城西部山区普降小到中雪。\n"
	    "  气象部门提醒，近期山区道路易结冰，过往车辆要减速慢行。\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (reply, report)");
	{
		size_t k;
		int own = 0;
		for (k = 0; k < p.n; k++)
			own |= strcmp(p.articles[k]->title,
			    "交城山区今冬首次人工增雪作业") == 0 &&
			    p.articles[k]->npara > 0 && seg_starts(
			    first_para_text(p.articles[k]), "本报讯");
		ok(own, "assemble: ... not a lone title over a dateline after "
		    "the reply's signature: a report's headline (%zu)", p.n);
	}
	page_free(&p);
	buf_reset(&b);

	/* A plain lone title after a feature's numbered headings, over a
	 * text whose first sentence names a day (…预计4月10日前后进入盛花期):
	 * a brief's headline, not the feature's last heading
	 * (W_A_HEADING_DATED; since 0d98e28 lone_share_of's plain count
	 * holds it too, and the page passes with either rule off: the
	 * plain series below holds W_A_HEADING_DATED alone). */
	buf_adds(&b,
	    "全市农村集体经济发展推进会召开\n"
	    "本报讯（记者 温雅楠）全市农村集体经济发展推进会在方\n"
	    "山县召开。会议总结今年以来全市发展壮大农村集体经济工作，观摩\n"
	    "交流各县（市、区）典型做法，安排部署下一阶段重点任务。\n"
	    "据介绍，全市3016个行政村集体经济收入全部超过5万元，其中年收入\n"
	    "10万元以上的村占比达到87.4%。会议对下一阶段工作提出三点要求。\n"
	    "一、盘活资源资产，拓宽增收路子\n"
	    "要全面摸清村集体闲置的土地、房屋、设施等家底，建立资源资产台\n"
	    "账，通过出租、入股、合作经营等方式让“沉睡资源”变成“活资本”。\n"
	    "二、规范经营管理，守好集体家当\n"
	    "要严格落实村级重大事项“四议两公开”制度，集体资产发包、租赁必\n"
	    "须公开进行，合同签订、收益入账全程留痕。\n"
	    "三、强化人才支撑，选好带头队伍\n"
	    "要把懂经营、善管理的能人选进村“两委”班子，鼓励返乡大学生、退\n"
	    "役军人、农村致富带头人领办集体经济项目。\n"
	    "会议要求，各县（市、区）要对照目标逐村过筛，对收入仍在10万元以\n"
	    "下的村实行“一村一专班”帮扶，确保年底前全面完成消除任务。\n"
	    "市区樱花大道下周迎来最佳观赏期\n"
	    "据市园林部门监测，受近期气温回升影响，滨河北路樱花大道的樱花\n"
	    "已进入初花期，预计4月10日前后进入盛花期，最佳观赏期可持续一\n"
	    "周左右。\n"
	    "园林部门提醒，赏花时请勿攀折花枝、踩踏绿地。\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (dated brief)");
	{
		size_t k;
		int own = 0;
		for (k = 0; k < p.n; k++)
			own |= strcmp(p.articles[k]->title,
			    "市区樱花大道下周迎来最佳观赏期") == 0 &&
			    p.articles[k]->npara > 0 && seg_starts(
			    first_para_text(p.articles[k]), "据市园林部门监测");
		ok(own, "assemble: a plain lone title over a first sentence "
		    "naming a day, after numbered headings, heads its brief (%zu)",
		    p.n);
	}
	page_free(&p);
	buf_reset(&b);

	/* The same brief after a feature's long series of plain section
	 * headings (four: lone_share_of weighs its title's words as a
	 * series heading's, W_A_HEADING_LONG favours it as one): only its
	 * first sentence naming a day (预计4月10日前后…) keeps it a brief
	 * of its own. With W_A_HEADING_DATED at 0 the feature takes it as
	 * its fifth section. */
	buf_adds(&b,
	    "全市农村集体经济发展推进会召开\n"
	    "本报讯（记者 温雅楠）全市农村集体经济发展推进会在方\n"
	    "山县召开。会议总结今年以来全市发展壮大农村集体经济工作，观摩\n"
	    "交流各县（市、区）典型做法，安排部署下一阶段重点任务。\n"
	    "据介绍，全市3016个行政村集体经济收入全部超过5万元，其中年收入\n"
	    "10万元以上的村占比达到87.4%。会议对下一阶段工作提出三点要求。\n"
	    "盘活资源资产\n"
	    "要全面摸清村集体闲置的土地、房屋、设施等家底，建立资源资产台\n"
	    "账，通过出租、入股、合作经营等方式让“沉睡资源”变成“活资本”。\n"
	    "规范经营管理\n"
	    "要严格落实村级重大事项“四议两公开”制度，集体资产发包、租赁必\n"
	    "须公开进行，合同签订、收益入账全程留痕。\n"
	    "强化人才支撑\n"
	    "要把懂经营、善管理的能人选进村“两委”班子，鼓励返乡大学生、退\n"
	    "役军人、农村致富带头人领办集体经济项目。\n"
	    "抓好考核督导\n"
	    "会议要求，各县（市、区）要对照目标逐村过筛，对收入仍在10万元以\n"
	    "下的村实行“一村一专班”帮扶，确保年底前全面完成消除任务。\n"
	    "市区樱花大道下周迎来最佳观赏期\n"
	    "据市园林部门监测，受近期气温回升影响，滨河北路樱花大道的樱花\n"
	    "已进入初花期，预计4月10日前后进入盛花期，最佳观赏期可持续一\n"
	    "周左右。\n"
	    "园林部门提醒，赏花时请勿攀折花枝、踩踏绿地。\n");
	ok(segment_page(b.data, &p, &err) == 0,
	    "assemble: segments (dated brief after a plain series)");
	{
		size_t k;
		int own = 0;
		for (k = 0; k < p.n; k++)
			own |= strcmp(p.articles[k]->title,
			    "市区樱花大道下周迎来最佳观赏期") == 0 &&
			    p.articles[k]->npara == 2 && seg_starts(
			    first_para_text(p.articles[k]), "据市园林部门监测");
		ok(own, "assemble: ... and after a long series of plain "
		    "headings (%zu)", p.n);
	}
	page_free(&p);
	buf_reset(&b);

	/* ... not a short run opening with a dateline (本报讯…): that opens
	 * a brief of its own, whatever words it shares. */
	buf_adds(&b, tiny_report);
	buf_adds(&b,
	    "本报讯（记者 王涛）12月2日，会议要求，各县（市、区）要对照目标逐村过筛，\n"
	    "对收入仍在 10 万元以下的村实行“一村一专班”帮扶，确\n"
	    "保年底前全面完成消除任务。\n");
	buf_adds(&b, tiny_heads);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (tiny brief)");
	ok(p.n == 3 && p.articles[1]->npara == 1 &&
	    seg_starts(first_para_text(p.articles[1]), "本报讯"),
	    "assemble: ... not a short run opening with a dateline (%zu)", p.n);
	page_free(&p);
	buf_reset(&b);

	/* A headline block read as two headlines (the title's stub 召开
	 * ends the first, the subtitle is the second) right before its
	 * report: the upper one, whose words open the report, heads it, as
	 * standing right before it (no W_A_AWAY: only its block's other
	 * headline stands between), and the lower is its subtitle, not the
	 * headline with the title as its kicker. */
	buf_adds(&b, "(上接7版)吕梁是全国小杂粮主产区之\n"
	    "一，常年种植谷子、荞麦、燕麦、豆类等小\n"
	    "杂粮200万亩以上，年产量约50万吨。其中，\n"
	    "汾州小米、岚县马铃薯、临县红芸豆等已获\n"
	    "得国家农产品地理标志登记保护。\n"
	    "全市农村集体经济发展推进会\n召开\n"
	    "年底前全面消除年收入10万元以下村\n");
	buf_adds(&b, tiny_report);
	buf_adds(&b,
	    "会议要求，各县（市、区）要对照目标逐村过筛，\n"
	    "对收入仍在 10 万元以下的村实行“一村一专班”帮扶，确\n"
	    "保年底前全面完成消除任务。\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (upper headline)");
	ok(p.n == 2 && strcmp(p.articles[1]->title,
	    "全市农村集体经济发展推进会召开") == 0 &&
	    *p.articles[1]->kicker == '\0' &&
	    strcmp(p.articles[1]->subtitle,
	    "年底前全面消除年收入10万元以下村") == 0,
	    "assemble: the upper of a block's two headlines heads the text "
	    "under them, the lower its subtitle (%zu, %s | %s)", p.n,
	    p.n == 2 ? p.articles[1]->kicker : "",
	    p.n == 2 ? p.articles[1]->title : "");
	page_free(&p);
	buf_reset(&b);

	/* A notice's date line alone (2025年11月24日), cut off as a run of
	 * its own: it shares no words with the notice (no Han pairs at
	 * all), but a sign-off line alone closes the text before it
	 * (rejoin_tiny, W_A_TINY_JOIN). */
	buf_adds(&b,
	    "2025年度吕梁市“优秀乡村医生”拟推荐人选公示\n"
	    "根据《关于开展2025年度吕梁市“优秀乡村医生”推荐评选活动的通知》要求，经村卫生室推荐、乡镇卫生院审核、县级卫生健康部门初评和市级评审委员会评审，确定30名同志为2025年度吕梁市“优秀乡村医生”拟推荐人选。现将名单予以公示（按县域排列，同一县域内按姓氏笔画排序）：\n"
	    "离石区：王润生（信义镇下安村卫生室）、刘桂莲（吴城镇吴城村卫生室）、薛保平（坪头乡坪头村卫生室）\n"
	    "孝义市：田永红（下堡镇下堡村卫生室）、任宝珍（阳泉曲镇吴西庄村卫生室）、郭建业（驿马乡驿马村卫生室）\n"
	    "汾阳市：王秀梅（杏花村镇东堡村卫生室）、冀红亮（峪道河镇峪道河村卫生室）\n"
	    "文水县：武三元（开栅镇开栅村卫生室）、贾瑞芳（\n"
	    "孝义镇南安村卫生室）\n"
	    "交城县：马志刚（西营镇西营村卫生室）、宋润英（东坡底乡东坡底村卫生室）\n"
	    "兴县：白金锁（蔡家崖乡北坡村卫生室）、刘海平（魏家滩镇黄辉头村卫生室）、康爱琴（奥家湾乡奥家湾村卫生室）\n"
	    "临县：李双喜（碛口镇西湾村卫生室）、高凤英（林家坪镇林家坪村卫生室）、崔明亮（三交镇三交村卫生室）\n"
	    "柳林县：张春旺（孟门镇孟门村卫生室）、高秀珍（庄上镇庄上村卫生室）\n"
	    "石楼县：冯有福（罗村镇罗村卫生室）、师丽娟（义牒镇义牒村卫生室）\n"
	    "岚县：王三虎（普明镇普明村卫生室）、吕翠萍（上明乡上明村卫生室）\n"
	    "方山县：刘玉成（马坊镇马坊村卫生室）、杨桂兰（峪口镇峪口村卫生室）\n"
	    "中阳县：任建国（宁乡镇枣林村卫生室）、武小梅（暖泉镇暖泉村卫生室）\n"
	    "交口县：成满堂（回龙乡回龙村卫生室）、郝巧玲（双池镇双池村卫生室）\n"
	    "公示时间为2025年11月24日至11月28日，共5个工作日。公示期间，任何单位和个人对拟推荐人选有异议的，可通过来信、来电或来访等方式向吕梁市卫生健康委员会基层卫生健康科反映。反映情况要实事求是，以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名并提供联系方式。\n"
	    "联系电话：0358-8236××7\n"
	    "来信地址：吕梁市离石区龙凤南大街市行政中心B座（邮编033000）\n"
	    "吕梁市卫生健康委员会\n"
	    "2025年11月24日\n"
	    "走进石楼县红枣产业园，一条条自动化生产线正在满负荷运转，清洗、去核、烘烤、包装一气呵成。“以前红枣只能卖原枣，现在枣皮、枣核都能用上，枣核做成活性炭，枣渣做成饲料，真正实现了吃干榨尽。”园区负责人说。\n"
	    "近年来，石楼县围绕红枣全产业链发展，引进培育加工企业18家，开发出枣醋、枣酒、枣粉等系列产品40余种，红枣加工转化率由过去的不足20%提高到55%，带动全县1.2万户枣农稳定增收。\n");
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (date alone)");
	{
		size_t k;
		int alone = 0;
		for (k = 0; k < p.n; k++)
			alone |= p.articles[k]->npara == 1 && seg_starts(
			    first_para_text(p.articles[k]), "2025年11月24日");
		ok(p.n == 2 && !alone, "assemble: a notice's date line alone "
		    "closes the notice before it (%zu)", p.n);
	}
	page_free(&p);
	buf_reset(&b);

	/* A picture printed between an article's headline and its text is
	 * the article's, whatever its caption says. */
	buf_adds(&b, "报告会在市委党校举行\n□ 本报记者 郝晓东\n");
	buf_adds(&b, "图为活动现场。 记者 张瑞 摄\n");
	column(&b, para_a, 16);
	column(&b, para_b, 16);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (3)");
	is_int(p.n, 1, "assemble: a caption under a headline is no photo item");
	if (p.n == 1 && p.articles[0]->npara > 0)
		is_int(p.articles[0]->paras[p.articles[0]->npara - 1].kind,
		    PARA_CAPTION, "assemble: ... but the article's picture");
	page_free(&p);
	buf_reset(&b);

	/* A picture whose credit names the reporter of a report's dateline
	 * is that report's, whatever its caption says. */
	buf_adds(&b, "健康义诊走进乡村\n");
	column(&b, "本报讯（记者 张瑞）10月10日，由市卫生健康委组织的专家团队走进方山县，为群众送医送药。", 16);
	buf_adds(&b, "图为活动现场。 记者 张瑞 摄\n");
	buf_adds(&b, "全市秋粮收购工作推进会召开\n□ 本报记者 郝晓东\n");
	column(&b, para_a, 16);
	ok(segment_page(b.data, &p, &err) == 0, "assemble: segments (4)");
	is_int(p.n, 2, "assemble: a credited picture is no photo item");
	if (p.n == 2)
		is_int(p.articles[0]->paras[p.articles[0]->npara - 1].kind,
		    PARA_CAPTION, "assemble: ... but the picture of the report "
		    "its reporter wrote");
	page_free(&p);
	buf_free(&b);
}

/*
 * The search's best with no headline heading two runs may hold a part of
 * a split alone, read as the whole (one_reading). A banner's lower line
 * (奋进新征程 建功新时代 of the banner 奋进新征程 建功新时代——代表委员
 * 议政录, split under the title set after the comment above it) took
 * the comment; read as the whole it made the banner head a run, a
 * choice that scores NEVER (W_A_LONE_PART_SEARCH: the search goes on
 * there). Lines of a tuning page (seeds 21000..).
 */
static void
test_lone_part(void)
{
	static const char *page =
	    "\n"
	    "每一位群众都感受到冬日里的温\n"
	    "\n"
	    "暖。\n"
	    "\n"
	    "  越是天寒地冻，越要热心热肠。\n"
	    "\n"
	    "让我们以实实在在的行动，守护好\n"
	    "\n"
	    "千家万户的冬日安宁，为群众温暖\n"
	    "\n"
	    "过冬、欢度新春创造良好环境。\n"
	    "\n"
	    "■ 本报评论员\n"
	    "\n"
	    "把群众的冷暖放在心上\n"
	    "\n"
	    "奋进新征程 建功新时代\n"
	    "\n"
	    "——代表委员议政录\n"
	    "\n"
	    "守护好农村群众的“水缸子”\n"
	    "\n"
	    "□ 市人大代表 高建文\n"
	    "\n"
	    "  我是在黄河边长大的，从小吃\n"
	    "\n"
	    "够了缺水的苦。小时候，村里人要挑\n"
	    "\n"
	    "着担子到几里外的沟里担水，一担\n"
	    "\n"
	    "水来回要走一个多小时。这些年，在\n"
	    "\n"
	    "党和政府的关心下，我们村通上了\n"
	    "\n"
	    "自来水，拧开水龙头就有水，这是过\n"
	    "\n"
	    "去想都不敢想的事。\n"
	    "\n"
	    "  但在走访中我也发现，农村供\n"
	    "\n"
	    "水还存在一些短板。有些村的供水\n"
	    "\n"
	    "工程建成年头长了，管道老化、水压\n"
	    "\n"
	    ;
	struct seg s;
	double keep;
	size_t r;
	int banner = 0;

	seg_weights_init();
	keep = seg_w[W_A_LONE_PART_SEARCH];
	seg_w[W_A_LONE_PART_SEARCH] = 1;
	assign_page(&s, page);
	for (r = 0; r < s.na; r++)
		banner |= s.a[r].head >= 0 && s.h[s.a[r].head].banner;
	ok(s.na >= 2 && !banner,
	    "a split's lower part alone, read as a banner, heads no run "
	    "(%zu runs)", s.na);
	seg_free(&s);
	seg_w[W_A_LONE_PART_SEARCH] = keep;
}

/* A numbered heading wrapped over two lines (二、突出重点，全面排查整治 /
 * 文物安全隐患) is read as a whole and as two parts; the lower part's few
 * pairs of characters, the speech's subject, must weigh as the lone
 * heading's do (W_A_PART_SHARE), or the part heads the speech's later
 * sections as a text of its own. (A speech of the tuning split, and the
 * continued text after it on its page.) */
static void
test_part_share(void)
{
	static const char *page =
	    "守护好先人留下的文化遗产\n"
	    "\n"
	    "——在全市文物安全工作会议\n"
	    "\n"
	    "上的讲话（摘要）\n"
	    "\n"
	    "副市长 贺文斌\n"
	    "\n"
	    "（2026年11月26日 离石）\n"
	    "\n"
	    "同志们：\n"
	    "\n"
	    "吕梁是文物资源大市。全市现有不可移动文物\n"
	    "5200余处，其中全国重点文物保护单位18处、省级\n"
	    "文物保护单位96处，馆藏文物8万余件（套）。从\n"
	    "石楼商代青铜器到汉画像石，从明清古建筑到革命\n"
	    "旧址，这些文物是吕梁历史文化的“金名片”，也是\n"
	    "我们必须守好的“传家宝”。今天召开这次会议，就\n"
	    "是要进一步压实责任、排查隐患，坚决守住文物安\n"
	    "全底线。下面，我讲三点意见。\n"
	    "\n"
	    "一、正视问题，切实增强做好文物安全工作的紧迫感\n"
	    "\n"
	    "近年来，全市文物安全工作取得了积极成效，\n"
	    "文物安全形势总体平稳。但也要清醒看到，我市文\n"
	    "物点多、面广、线长，大量文物分布在偏远山区和\n"
	    "农村，看护力量薄弱，技防设施不足；一些古建筑\n"
	    "年久失修，电线老化，消防隐患突出；盗掘古墓葬、\n"
	    "盗窃文物的违法犯罪活动仍时有发生；一些地方在\n"
	    "项目建设中文物保护意识不强，存在先建设、后报\n"
	    "批的情况。\n"
	    "\n"
	    "文物是不可再生的资源，一旦损毁，就再也无\n"
	    "法挽回。各级各部门一定要把文物安全作为一条不\n"
	    "可逾越的红线，决不能在我们手里出现无法弥补的\n"
	    "损失。\n"
	    "\n"
	    "二二、、突出重点突出重点，，全面排查整治全面排查整治\n"
	    "\n"
	    "文物安全隐患文物安全隐患\n"
	    "\n"
	    "要抓好消防安全。冬春季节天干物燥，取暖用\n"
	    "火用电增多，是古建筑火灾的高发期。要对全市古\n"
	    "建筑类文物开展一次拉网式排查，重点检查电气线\n"
	    "路、消防设施和用火管理，宗教活动场所要严格落\n"
	    "实香火管控措施。\n"
	    "\n"
	    "要严打文物犯罪。公安、文物部门要加强协作，\n"
	    "对盗掘盗窃文物犯罪保持高压态势，加强对重点区\n"
	    "域、重点时段的巡查，发现线索一查到底。\n"
	    "\n"
	    "要规范建设工程中的文物保护。凡是涉及文物\n"
	    "保护单位保护范围和建设控制地带的项目，必须依\n"
	    "法履行报批程序；大型基本建设工程开工前，要依\n"
	    "法开展考古调查勘探，做到“先考古、后出让”。\n"
	    "\n"
	    "要加快技防设施建设。对重点文物保护单位，\n"
	    "要全面安装视频监控、入侵报警和火灾报警系统，\n"
	    "并接入市级文物安全监管平台，逐步实现远程监管、\n"
	    "实时预警。\n"
	    "\n"
	    "三、压实责任，构建\n"
	    "\n"
	    "齐抓共管的工作格局\n"
	    "\n"
	    "文物安全，人人有责。县级政府是本行政区域\n"
	    "文物安全的责任主体，要把文物安全纳入年度目标\n"
	    "考核，落实必要的经费和人员。文物管理使用单位\n"
	    "是直接责任人，要明确安全责任人，建立健全安全\n"
	    "管理制度。\n"
	    "\n"
	    "要进一步壮大文物看护力量。各县（市、区）\n"
	    "要统筹用好公益性岗位，为无人看管的文物点配齐\n"
	    "文物安全员，落实看护补助，让每一处文物都有人\n"
	    "管、有人看。\n"
	    "\n"
	    "要加大督查问责力度。对文物安全责任不落实、\n"
	    "隐患整改不到位的，要通报批评、限期整改；对因\n"
	    "失职渎职造成文物损毁的，要依法依规严肃追责。\n"
	    "\n"
	    "同志们，守护文物就是守护历史，守护我们的\n"
	    "根和魂。希望大家以高度负责的态度，把各项工作\n"
	    "抓细抓实，为子孙后代留下更多珍贵的文化遗产。\n"
	    "\n"
	    "（上接第一版）时下，全\n"
	    "市各地重点项目工地塔吊林\n"
	    "立、机器轰鸣。孝义的铝镁新\n"
	    "材料项目正在进行设备安装，\n"
	    "交城的现代煤化工项目主厂房\n"
	    "加紧封顶，离石的城市更新片\n"
	    "区同步推进管网改造和立面提\n"
	    "升……一个个项目拔节生长，汇\n"
	    "聚成推动吕梁高质量发展的强\n"
	    "劲动能。\n"
	    "\n"
	    "项目是经济发展的“压舱\n"
	    "石”，也是检验干部作风的“试\n"
	    "金石”。今年以来，全市上下\n"
	    "坚持“项目为王”，谋划储备了\n"
	    "一批打基础、利长远、增后劲\n"
	    "的重大项目，省市重点工程开\n"
	    "复工率、投资完成率均好于预\n"
	    "期。成绩来之不易，但也要清\n"
	    "醒看到，部分项目前期手续办\n"
	    "理慢、要素保障跟不上、建设\n"
	    "进度“前松后紧”的问题依然存\n"
	    "在。\n"
	    "\n"
	    "抓项目，贵在一个“实”\n"
	    "字。要坚持谋划一批、储备一\n"
	    "批、开工一批、投产一批的滚\n"
	    "动推进机制，把可行性论证做\n"
	    "扎实，防止“纸上项目”“空壳\n"
	    "项目”充数。对已经签约的项\n"
	    "目，要倒排工期、挂图作战，\n"
	    "明确每个节点的责任人和完成\n"
	    "时限，做到项目跟着计划走、\n"
	    "计划跟着责任走。\n"
	    "\n"
	    "抓项目，重在破解要素瓶\n"
	    "颈。土地、资金、能耗、环\n"
	    "评，哪一项卡了壳，项目都可\n"
	    "能停摆。有关部门要主动靠前\n"
	    "服务，推行并联审批、容缺受\n"
	    "理、“拿地即开工”等改革举\n"
	    "措，把“企业跑”变成“部门跑\n"
	    "”。面对用地指标紧张的现\n"
	    "实，要在盘活闲置厂房、提高\n"
	    "亩均效益上多做文章，让有限\n"
	    "的土地承载更多的产能和税\n"
	    "收。\n"
	    "\n"
	    "抓项目，还要突出产业导\n"
	    "向。吕梁的转型，说到底是产\n"
	    "业结构的转型。上项目不能\n"
	    "“捡到篮子里都是菜”，而要紧\n"
	    "扣延链补链强链，优先支持精\n"
	    "细化工、新材料、新能源装备\n"
	    "等领域，坚决遏制高耗能、高\n"
	    "排放、低水平项目盲目上马，\n"
	    "让每一笔投资都投向未来。\n"
	    "\n"
	    "项目推进的快慢，归根结\n"
	    "底取决于干部的精气神。各级\n"
	    "领导干部要经常到工地上走一\n"
	    "走、到企业里坐一坐，面对面\n"
	    "了解企业的难处，现场拍板解\n"
	    "决问题，决不能让项目在“研\n"
	    "究研究”“等等再说”中错失良\n"
	    "机。要把项目建设成效作为干\n"
	    "部考核的重要依据，让实干者\n"
	    "得实惠，让懒政怠政者没有市\n"
	    "场。\n"
	    "\n"
	    "四季度是全年项目建设的\n"
	    "冲刺期。全市上下要以只争朝\n"
	    "夕的紧迫感，紧盯年度目标任\n"
	    "务，抢抓施工黄金期，一个项\n"
	    "目一个项目推进，一个难题一\n"
	    "个难题破解，以项目建设的新\n"
	    "成效为全年经济发展交上一份\n"
	    "满意答卷。\n"
	    "\n"
	    "【短评】抢救室门口的那一袋血\n"
	    ;
	struct seg s;
	double keep;
	size_t r;
	int part = 0;

	seg_weights_init();
	keep = seg_w[W_A_PART_SHARE];
	seg_w[W_A_PART_SHARE] = 1;
	assign_page(&s, page);
	for (r = 0; r < s.na; r++)
		part |= r > 0 && s.a[r].head >= 0 &&
		    (s.h[s.a[r].head].alt_of >= 0 || s.h[s.a[r].head].numbered);
	ok(s.na == 2 && !part,
	    "a wrapped numbered heading's part heads no section of its "
	    "speech (%zu runs)", s.na);
	seg_free(&s);
	seg_w[W_A_PART_SHARE] = keep;
}

/* A headline's subtitle line read as a headline of its own (文水县现代设施
 * 蔬菜产业园年产鲜菜4.2万吨 under 一座蔬菜产业园托起千户农家“致富梦”):
 * every headline heads something, so the upper one took the report
 * before's last two paragraphs and the lower, printed right under it,
 * the text under the block. W_A_ORDER weighs that shape: the run right
 * after a run headed by the line printed right over its headline. With
 * it off, the subtitle heads the report. (A page of the tuning split,
 * t5 p040012, cut to the two reports and the box after them.) */
static void
test_order_prior(void)
{
	static const char *page =
	    "□□本报记者本报记者 任海燕任海燕 刘宏斌刘宏斌\n"
	    "\n"
	    "水利建设攻坚行动\n"
	    "\n"
	    "南川河水库除险加固工程通过竣工验收\n"
	    "\n"
	    "下游1.2万亩农田和3个乡镇防\n"
	    "\n"
	    "洪安全有了保障\n"
	    "\n"
	    "■■ 本报记者本报记者 司马瑞司马瑞 通讯员通讯员 邬建平邬建平\n"
	    "\n"
	    "  初冬时节，中阳县暖泉镇南川河水库波光粼粼，新砌的混凝土\n"
	    "护坡沿坝体整齐铺展，溢洪道闸门启闭灵活，坝顶安全监测站的太\n"
	    "阳能板在阳光下闪着光。11月28日，南川河水库除险加固工程通过\n"
	    "竣工验收，这座“带病”运行多年的水库重新挑起了防洪、灌溉双重\n"
	    "担子。\n"
	    "\n"
	    "  南川河水库始建于1975年，是一座以防洪、灌溉为主的小（\n"
	    "1）型水库，总库容486万立方米，下游涉及暖泉、金罗、宁乡3个\n"
	    "乡镇、2.6万余名群众和1.2万亩农田。受当年建设标准低、年久失\n"
	    "修等因素影响，水库先后出现坝体渗漏、护坡塌陷、溢洪道泄洪能\n"
	    "力不足等问题，2021年经安全鉴定被定为“三类坝”。\n"
	    "\n"
	    "  “每年一进汛期，我们心里就发紧，雨下大了得整夜在坝上盯\n"
	    "着。”在水库管理站工作了22年的老站长康拴柱说，过去坝后坡常\n"
	    "年渗水，遇上连阴雨，坝脚能积起一片小水洼。\n"
	    "\n"
	    "  2022年，南川河水库除险加固工程被列入全省病险水库除险加\n"
	    "固项目，总投资3680万元。工程主要包括大坝防渗处理、上下游坝\n"
	    "坡整修、溢洪道改建、放水卧管重建、管理设施完善以及雨水情测\n"
	    "报和安全监测设施建设等内容。\n"
	    "\n"
	    "  针对最突出的渗漏问题，施工单位在坝体中心线采用高压旋喷\n"
	    "和塑性混凝土防渗墙相结合的方式，构筑起一道深入基岩的“地下\n"
	    "帷幕”，最大处理深度达38米。溢洪道由原来的开敞式土渠改建为\n"
	    "钢筋混凝土结构，泄洪能力提高近一倍，可满足50年一遇洪水设\n"
	    "计、500年一遇洪水校核标准。\n"
	    "\n"
	    "  工程建设过程中，中阳县水利局实行“周调度、月通报”制度，\n"
	    "聘请第三方检测机构对原材料、混凝土强度、防渗墙连续性等进行\n"
	    "全过程检测，累计抽检试件620余组，合格率100%。\n"
	    "\n"
	    "  为不耽误下游春灌和防汛，施工单位科学安排工序，采取“汛\n"
	    "前抢坝体、汛中做附属、汛后抓收尾”的办法，在确保安全度汛的\n"
	    "同时实现工程按期完工。\n"
	    "\n"
	    "  数字化是此次改造的一大亮点。水库新安装雨量计、水位计、\n"
	    "渗压计、视频监控等设备28台（套），坝体变形、渗流压力等数据\n"
	    "每15分钟自动采集一次，实时传输至县水利局和市级水库运行管理\n"
	    "平台，一旦超出预警阈值，系统会自动向管理人员发送提示信息。\n"
	    "\n"
	    "  “以前测渗流靠人工下井量，现在在手机上就能看到曲线。”康\n"
	    "拴柱打开手机上的监测软件，熟练地调出了近一周的坝体数据。\n"
	    "\n"
	    "  水库安全，下游受益。暖泉镇西坡村村民冉德厚种了30多亩玉\n"
	    "米和谷子，“水库能正常蓄水了，明年春天放水浇地就有指望了”。\n"
	    "据测算，工程完工后，水库灌区有效灌溉面积可恢复至1.2万亩，\n"
	    "每年可为下游农田增供灌溉用水约150万立方米。\n"
	    "\n"
	    "  据了解，“十四五”以来，中阳县共实施小型病险水库除险加固\n"
	    "项目5个，目前已全部完工。全县同步落实小型水库防汛“三个责任\n"
	    "人”，配备专职管护人员，建立起“县级统管、乡镇监管、专人看\n"
	    "护”的管理体系。\n"
	    "\n"
	    "  县水利局负责人表示，下一步将持续推进水库标准化管理和数\n"
	    "字孪生水利建设，让每一座水库都“管得住、看得见、用得好”。\n"
	    "\n"
	    "乡村振兴看产业\n"
	    "\n"
	    "一座蔬菜产业园托起千户农家“致富梦”\n"
	    "\n"
	    "文水县现代设施蔬菜产业园年产鲜菜4.2万吨\n"
	    "\n"
	    "  本报讯（记者 窦立新 戚雅琴）隆冬时节，室外滴水成冰，走\n"
	    "进文水县刘胡兰镇现代设施蔬菜产业园，一排排日光温室整齐排\n"
	    "列，棚内温暖如春，顶着黄花的黄瓜、挂满枝头的番茄、紫得发亮\n"
	    "的茄子长势喜人。1月8日上午，农户们正忙着采摘、装筐，一辆辆\n"
	    "冷链货车在园区分拣中心外排队等候装车。\n"
	    "\n"
	    "  这座产业园规划面积3200亩，目前已建成高标准日光温室860\n"
	    "座、连栋智能温室4座，配套建设育苗中心、分拣包装中心、冷链\n"
	    "仓储库和农资服务站，辐射带动周边9个村1100余户群众发展设施\n"
	    "蔬菜，年产各类鲜菜4.2万吨，产值突破2.6亿元。\n"
	    "\n"
	    "  这座产业园规划面积3200亩，目前已建成高标准日光温室860\n"
	    "座、连栋智能温室4座，配套建设育苗中心、分拣包装中心、冷链\n"
	    "仓储库和农资服务站，辐射带动周边9个村1100余户群众发展设施\n"
	    "蔬菜，年产各类鲜菜4.2万吨，产值突破2.6亿元。\n"
	    "\n"
	    "  “一个棚一年能种两茬，冬春茬种番茄，秋延茬种黄瓜，除去\n"
	    "成本能挣七八万元。”在园区种了6个大棚的南庄村村民岳红旗一边\n"
	    "给番茄吊蔓，一边给记者算账。五年前，他还在外地打零工，如今\n"
	    "成了远近闻名的“种菜能手”。\n"
	    "\n"
	    "  文水是传统农业大县，地处汾河谷地，光热资源充足、土壤肥\n"
	    "沃，种植蔬菜历史悠久，但长期以露地种植为主，“靠天吃饭”、季\n"
	    "节性强，效益不稳定。\n"
	    "\n"
	    "  2019年起，文水县把设施蔬菜作为农业产业结构调整的主攻方\n"
	    "向，整合衔接资金、高标准农田建设资金等，采取“政府建棚、企\n"
	    "业运营、农户租种”的模式建设产业园。农户只需缴纳少量租金即\n"
	    "可“拎包入住”，前两年还享受租金减免。\n"
	    "\n"
	    "  技术是设施农业的“命门”。园区与山西农业大学、省农科院蔬\n"
	    "菜研究所等合作，聘请12名专家常年驻园指导，推广水肥一体化、\n"
	    "熊蜂授粉、防虫网阻隔、黄蓝板诱杀等绿色生产技术，化肥、农药\n"
	    "使用量分别减少25%和30%以上。\n"
	    "\n"
	    "  走进连栋智能温室，番茄植株沿着吊线长到两米多高，根部是\n"
	    "一排排基质栽培槽，环境监测探头实时采集温度、湿度、光照和二\n"
	    "氧化碳浓度数据。“手机上点一点，就能自动开关卷帘、通风、补\n"
	    "光、灌溉。”园区技术员幸佳伟说，这里的番茄采用无土栽培，亩\n"
	    "产可达2.5万公斤，是普通大棚的3倍左右。\n"
	    "\n"
	    "  育苗中心则是园区的“芯片工厂”。这里年育苗能力达2000万\n"
	    "株，嫁接苗成活率在95%以上，不仅满足园区需求，还供应晋中、\n"
	    "吕梁等地的种植户。\n"
	    "\n"
	    "  有了好产品，还得有好销路。园区引进3家农业龙头企业，与\n"
	    "农户签订保底收购协议，统一品种、统一标准、统一品牌、统一销\n"
	    "售，“文水鲜菜”已进入北京新发地、太原河西等批发市场，并与省\n"
	    "内40余家商超、学校、机关食堂建立直供关系。\n"
	    "\n"
	    "  “冬季北方市场细菜紧俏，我们的番茄、黄瓜从采摘到摆上北\n"
	    "京超市的货架不超过24个小时。”负责园区销售的企业经理权志斌\n"
	    "说，今冬以来，园区日均发往京津冀的蔬菜有60余吨。\n"
	    "\n"
	    "  产业园也成了周边群众的“家门口就业站”。采摘、分拣、包\n"
	    "装、吊蔓、打杈……园区常年用工500余人，旺季时超过800人，以\n"
	    "中老年妇女为主，日工资100元至150元。\n"
	    "\n"
	    "  “离家近，活不重，一个月能挣三千多，还能照顾孙子上下\n"
	    "学。”在分拣中心给黄瓜套袋的北张村村民仇彩霞说。\n"
	    "\n"
	    "  村集体经济也借势壮大起来。园区采取村集体入股分红的方\n"
	    "式，9个村每年每村可获得稳定收益10万元以上。\n"
	    "\n"
	    "  据了解，文水县计划今年再新建日光温室300座，配套建设蔬\n"
	    "菜预冷和净菜加工生产线，推动设施蔬菜由“种得好”向“卖得好”\n"
	    "“加工好”延伸，力争到2025年全县设施蔬菜面积达到1.5万亩。\n"
	    "\n"
	    "图为农户在日光温室内采摘番\n"
	    "\n"
	    "茄。 记者 窦立新 摄\n"
	    "\n"
	    "相关链接\n"
	    "\n"
	    "  吕梁是全国小杂粮主产区之一，常年种植谷子、荞麦、燕麦、\n"
	    "豆类等小杂粮200万亩以上，年产量约50万吨。其中，汾州小米、\n"
	    "岚县马铃薯、临县红芸豆等已获得国家农产品地理标志登记保护。\n";
	struct seg s;
	double keep;
	size_t r;
	int sub;

	seg_weights_init();
	keep = seg_w[W_A_ORDER];
	for (int off = 0; off < 2; off++) {
		seg_w[W_A_ORDER] = off ? 0 : keep;
		assign_page(&s, page);
		sub = 0;
		for (r = 0; r < s.na; r++)
			sub |= s.a[r].head >= 0 && seg_starts(
			    s.h[s.a[r].head].title, "文水县现代设施");
		if (!off)
			ok(!sub, "assign: a subtitle line printed right under "
			    "its title heads no text after the title's run "
			    "(W_A_ORDER)");
		else
			ok(sub, "assign: ... and with W_A_ORDER off it does "
			    "(the test sees the weight)");
		seg_free(&s);
	}
	seg_w[W_A_ORDER] = keep;
}

/* A headline gathered at the page end with its byline (冰天雪地采沙棘… /
 * 本报通讯员 …) heads its brief from the brief's first paragraph, which
 * opens on a bare dateline (本报讯 12月初，…): a dateline naming no
 * reporters says nothing against a byline (W_A_BYLINE_DATELINE_BARE),
 * where one naming them would. (A page of the tuning split, cut.) */
static void
test_bare_dateline(void)
{
	static const char *page =
	    "本报讯 12月初，岚县梁家庄乡的山坡上，金黄\n"
	    "的沙棘果挂满枝头，在冬日的阳光下格外显眼。村民\n"
	    "们三五成群，戴着手套、拿着剪刀，把结满冻果的枝\n"
	    "条剪下来，装进编织袋。\n"
	    "“沙棘果冻透了才好采，用棍子一敲就掉。”正\n"
	    "在采摘的村民张玉莲说，她家承包的60亩沙棘林今年\n"
	    "挂果不错，一天能采三四百斤，按每斤3元的收购价，\n"
	    "一个冬天能收入一万多元。\n"
	    "岚县是全省沙棘主产区之一，全县沙棘林面积达\n"
	    "到32万亩。近年来，县里引进两家沙棘加工企业，开\n"
	    "发出沙棘果汁、沙棘油、沙棘茶等系列产品，并推行\n"
	    "“企业+合作社+农户”的收购模式，与农户签订保底\n"
	    "收购协议。\n"
	    "村民在山坡上采摘沙棘果。\n"
	    "赵宇航 摄\n"
	    "据县林业局统计，今年全县预计采收沙棘果1.2\n"
	    "万吨，带动5000余户农民增收，户均增收4000元以上。\n"
	    "本报讯 “车停下、孩子下、车开走，前后不到\n"
	    "半分钟。”12月16日早上7点40分，在离石区永宁小\n"
	    "学门口，家长刘先生把车停进路边新划的黄色接送车\n"
	    "位，女儿背着书包下车，他随即驶离。\n"
	    "永宁小学位于城区主干道旁，学生1800多名，每\n"
	    "天上下学时段，接送车辆在校门口随意停放，经常造\n"
	    "成交通拥堵。本月起，离石区交警大队在城区12所中\n"
	    "小学、幼儿园门口试点设置“即停即走”接送区，在\n"
	    "校门两侧划出临时停车位，限时停放不超过3分钟。\n"
	    "接送区实行分时管理，仅在早7点至8点、中午11\n"
	    "点半至12点半、下午4点半至6点开放，其余时间恢复\n"
	    "正常通行。每个接送区都设置了提示牌，交警、学校\n"
	    "田稳产、新区块上产提供了技术支撑。\n"
	    "校门口划出校门口划出““即停即走即停即走””接送接送\n"
	    "冬闲不闲\n"
	    "冰天雪地采沙棘冰天雪地采沙棘，，\n"
	    "岚县农民冬季添收入岚县农民冬季添收入！！\n"
	    "本报通讯员 李红梅 赵宇航\n"
	    ;
	struct seg s;
	double keep;
	int whole;

	seg_weights_init();
	keep = seg_w[W_A_BYLINE_DATELINE_BARE];
	seg_w[W_A_BYLINE_DATELINE_BARE] = -2;
	assign_page(&s, page);
	whole = s.na == 2 && s.a[0].first == 0 && s.a[0].head >= 0 &&
	    strstr(s.h[s.a[0].head].title, "冰天雪地") != NULL;
	ok(whole, "a byline's headline heads its brief from a bare dateline "
	    "(%zu runs)", s.na);
	seg_free(&s);
	seg_w[W_A_BYLINE_DATELINE_BARE] = keep;
}

/* Whether the page's runs are headed by no headline holding one of
 * `heads` (NULL-ended: the feature's section headings, inside its run)
 * and one run by the feature's `title`. */
static int
no_section_heads(const char *page, const char *const *heads,
    const char *title)
{
	struct seg s;
	size_t i, k;
	int none = 1, titled = 0;

	assign_page(&s, page);
	for (i = 0; i < s.na; i++) {
		int h = s.a[i].head;
		if (h < 0)
			continue;
		for (k = 0; heads[k] != NULL; k++)
			if (strstr(s.h[h].title, heads[k]) != NULL)
				none = 0;
		if (strstr(s.h[h].title, title) != NULL)
			titled = 1;
	}
	seg_free(&s);
	return none && titled;
}

/* Section headings numbered by circled numerals (② “除雪就像打仗”) or
 * opening on a clock time (23:30 “这一口面，凉了三回”) are a series in
 * one form (seg_heading_form): their words are their sections', and a
 * heading quoting its section's words heads no article of its own
 * (pages of the tuning split, nyt p050045 and t3 p023076, cut to what
 * made the sections articles). */
static void
test_heading_forms(void)
{
	static const char *circled =
	    "冬日里的坚守冬日里的坚守\n"
	    "零下十八度，\n"
	    "他们守着一道山梁\n"
	    "  “前半夜又下了两个小时，垭口\n"
	    "那一段肯定结冰了，得赶在早班车上\n"
	    "山前撒完。”站长秦二虎裹紧棉大衣，\n"
	    "第一个跳上了车。\n"
	    "  站里一共11名养护工，平均年龄\n"
	    "47岁。每年从11月到次年3月，他们\n"
	    "要在这段路上应对大大小小二十多场\n"
	    "雪。\n"
	    "  到达垭口时，天还没亮。几名养\n"
	    "护工下车，拿着铁锹把车辆撒不到的\n"
	    "路肩、弯道内侧再补撒一遍。风吹在\n"
	    "脸上像刀割，一会儿工夫，每个人的\n"
	    "眉毛、帽檐上都挂了一层白霜。\n"
	    "② “除雪就像打仗”\n"
	    "  上午9点，雪又下大了。站里调\n"
	    "来一台装载机和一台除雪车，在最陡\n"
	    "的那一段来回推雪。\n"
	    "  47岁的养护工刘彩霞是站里唯一\n"
	    "的女职工，负责在路口指挥交通。她\n"
	    "穿着反光背心，手持小旗，一站就是\n"
	    "三四个小时。\n"
	    "  “有些司机着急，想抢着过，我\n"
	    "就得一辆一辆地拦下来，讲清楚哪里\n"
	    "能走、哪里要挂防滑链。”刘彩霞说，\n"
	    "有一年冬天，一辆拉煤车在弯道打滑\n"
	    "横在路中间，她和同事在雪地里守了\n"
	    "一整夜，直到吊车把车拖走。\n"
	    "  “除雪就像打仗，雪不停，人就\n"
	    "不能撤。”秦二虎说，去年一场大雪，\n"
	    "全站人员连续干了52个小时，饭都是\n"
	    "在车上吃的。\n"
	    "  今年入冬前，养护段给王狮站新\n"
	    "配了一台多功能除雪车，还在沿线4\n"
	    "处急弯安装了路面结冰预警设备，气\n"
	    "温和路面湿度一旦达到结冰条件，值\n"
	    "班室的电脑就会自动报警。\n"
	    "③ 山梁上的家\n"
	    "  夕阳照在山梁上，刚刚清理过的\n"
	    "路面露出一条黑色的线，从山脚一直\n"
	    "弯弯曲曲地延伸到云里。\n"
	    "  湫水河畔夜市已有十多\n"
	    "年历史，高峰时有80多个摊\n"
	    "位。往年一入冬，气温降到\n"
	    "零下，夜市就只能歇业，许\n"
	    "多摊主要“熬”过三四个月\n"
	    "的空档期。\n"
	    "临县老夜市“搬”进旧厂房，\n"
	    "冬天也能逛\n"
	    ;
	static const char *clock =
	    "这一夜，记者跟随急诊\n"
	    "科的医生、护士和120\n"
	    "急救人员，从晚8点守\n"
	    "到次日早8点。\n"
	    "老人的儿子在导管室门\n"
	    "口来回踱步，手里攥着\n"
	    "一张缴费单。护士刘倩\n"
	    "走过去告诉他：“先救\n"
	    "人，费用的事明天再说，\n"
	    "医院有绿色通道。”\n"
	    "晚上10点52分，载着伤\n"
	    "员的救护车驶进急诊楼\n"
	    "前的坡道。创伤外科、\n"
	    "普外科、麻醉科的医生\n"
	    "已经在抢救室门口等着\n"
	    "了。\n"
	    "2323::30 “30 “这一口面这一口面，，凉了三回凉了三回””\n"
	    "深夜11点半，抢救室终\n"
	    "于短暂安静下来。护士\n"
	    "站的桌子上放着一碗泡\n"
	    "面，是护士王晓燕两个\n"
	    "小时前泡的。\n"
	    "王晓燕今年29岁，在急\n"
	    "诊科干了7年。记者问\n"
	    "她最怕什么，她想了想\n"
	    "说：“最怕家属不理解。\n"
	    "其实我们比谁都着急，\n"
	    "只 是 有 些 检 查 必 须 按 顺\n"
	    "序 来 ，不 是 我 们 故 意 让\n"
	    "他们等。”\n"
	    "急诊科主任任海军说，\n"
	    "科里现在有医生23名、\n"
	    "护士56名，一年接诊量\n"
	    "超过9万人次，夜班通\n"
	    "常是3名医生、8名护士。\n"
	    "02:10 风雪里的出车\n"
	    "凌 晨 2 点 10 分 ，120 调 度\n"
	    "中心的电话响了：交口\n"
	    "县一处村子有老两口疑\n"
	    "似一氧化碳中毒，当地\n"
	    "救 护 车 已 经 出 发 ，但 病\n"
	    "情较重，需要高压氧治\n"
	    "疗。\n"
	    "急救医生薛鹏和司机老\n"
	    "贾带着担架员出了车。\n"
	    "3月，是煤气中毒的高\n"
	    "发期。“很多老人舍不\n"
	    "得开电暖气，还是烧炉\n"
	    "子，晚上封火、不开窗，\n"
	    "最危险。”他说，他们\n"
	    "出车救过的中毒病人，\n"
	    "有一半以上是六七十岁\n"
	    "的老人。\n"
	    "0303::00 灯一直亮着00 灯一直亮着\n"
	    "凌晨3点，急诊大厅里\n"
	    "只剩下几个陪护的家属，\n"
	    "有人靠在椅子上打盹，\n"
	    "有人盯着手机发呆。\n"
	    "分诊台前的灯一直亮着。\n"
	    "护士张雪坐在那里，每\n"
	    "隔一阵就起身去留观病\n"
	    "房 转 一 圈 ，给 输 液 的 病\n"
	    "人换瓶、量体温、掖被\n"
	    "角。\n"
	    "一位陪着母亲输液的中\n"
	    "年妇女对记者说：“半\n"
	    "夜来医院，心里慌得很，\n"
	    "看到这儿灯亮着、有人\n"
	    "在，心里就踏实了。”\n"
	    "冬夜里的守护·走进市人民医院急诊科\n"
	    "凌晨三点的急诊室，灯为谁亮着？\n"
	    "□ 本报记者 贺晓雯 实习生 张一鸣\n"
	    "入冬以后，岚县王狮乡的老油坊又热闹起来。当地沿\n"
	    "用炒籽、碾磨、蒸坯、压榨的传统工艺，把自家地里\n"
	    "收下的胡麻籽榨成油，一斤胡麻籽能出油三两左右，\n"
	    "油色金黄、香味浓郁，不少外地客商专门上门订货。\n"
	    "12月16日，油坊师傅把蒸好的胡麻坯装进榨槽。\n"
	    ;

	static const char *const circled_heads[] = { "除雪就像打仗",
	    "山梁上的家", NULL };
	static const char *const clock_heads[] = { "这一口面", "风雪里的出车",
	    "灯一直亮着", NULL };

	ok(no_section_heads(circled, circled_heads, "零下十八度"),
	    "circled section numbers head no article of their own");
	ok(no_section_heads(clock, clock_heads, "凌晨三点的急诊室"),
	    "clock-time section headings head no article of their own");
}

/* A feature's last section heading, one of its series in one form
 * (07:50 交班 after 03:00 灯一直亮着), stays a heading though its
 * section shares few rare words with the text before it
 * (W_A_HEADING_FORMED; a page of the tuning split, t4 p024246, cut to
 * what made the last section an article). */
static void
test_heading_formed(void)
{
	static const char *page =
	    "  几乎同时，两张CT影像通过远程会诊平台\n"
	    "传了过来。急诊科副主任冯志刚盯着屏幕看了\n"
	    "不到一分钟，就对电话那头说：“路上务必保\n"
	    "持两路静脉通道，血压低于 80 马上告诉我，我\n"
	    "们这边先备血。”\n"
	    "  这是市人民医院牵头建设的“急诊急救一\n"
	    "张网”的日常一幕。冯志刚告诉记者，目前全\n"
	    "市 13 个县（市、区）的二级以上医院都接入了\n"
	    "这张网，基层医院的影像、心电图可以实时传\n"
	    "上来，救护车上的生命体征数据也能同步到急\n"
	    "诊科的大屏上。“病人还在路上，我们已经知\n"
	    "道该准备什么。”\n"
	    "  深夜 11 点半，抢救室终于短暂安静下来。\n"
	    "护士站的桌子上放着一碗泡面，是护士王晓燕\n"
	    "两个小时前泡的。\n"
	    "  “这一口面，凉了三回。”她笑着说，端起\n"
	    "来又放下——走廊那头，一位醉酒的年轻人正在\n"
	    "大声嚷嚷，她得过去看看。\n"
	    "  王晓燕今年 29 岁，在急诊科干了 7 年。记\n"
	    "者问她最怕什么，她想了想说：“最怕家属不\n"
	    "理解。其实我们比谁都着急，只是有些检查必\n"
	    "须按顺序来，不是我们故意让他们等。”\n"
	    "  急诊科主任任海军说，科里现在有医生23\n"
	    "名、护士 56 名，一年接诊量超过 9 万人次，夜\n"
	    "班通常是 3 名医生、8名护士。“人手永远是紧\n"
	    "的。这几年医院给急诊加了绩效、加了夜班补\n"
	    "贴，还把值班休息室重新装修了，年轻人留得\n"
	    "住了。”\n"
	    "记者看到，老太太已经能睁开眼睛，老汉还昏\n"
	    "迷着。薛鹏给老汉戴上面罩，调高了氧流量，\n"
	    "对老贾说了一句：“稳着点开，不着急，安全\n"
	    "第一。”\n"
	    "  回程的路上，薛鹏告诉记者，每年 11 月到\n"
	    "来年 3 月，是煤气中毒的高发期。“很多老人舍\n"
	    "不得开电暖气，还是烧炉子，晚上封火、不开\n"
	    "窗，最危险。”他说，他们出车救过的中毒病\n"
	    "人，有一半以上是六七十岁的老人。\n"
	    "03:00 灯一直亮着\n"
	    "  分诊台前的灯一直亮着。护士张雪坐在那\n"
	    "里，每隔一阵就起身去留观病房转一圈，给输\n"
	    "液的病人换瓶、量体温、掖被角。\n"
	    "  一位陪着母亲输液的中年妇女对记者说：\n"
	    "“半夜来医院，心里慌得很，看到这儿灯亮着、\n"
	    "急救医生薛鹏（右）在救护\n"
	    "车上监测一氧化碳中毒患者\n"
	    "的生命体征。 实习生 张一\n"
	    "鸣 摄\n"
	    "有人在，心里就踏实了。”\n"
	    "  那位坠落受伤的工人，已经在凌晨 1 点做\n"
	    "完了手术，被送进ICU，生命体征平稳。心梗\n"
	    "的老汉，安静地睡在心内科的监护病房里。\n"
	    "0707::50 交班50 交班\n"
	    "  早上 7 点 50 分，窗外天色渐亮。高丽娜拿\n"
	    "着交班本，一项一项地和白班护士长核对：这\n"
	    "一夜，急诊科共接诊患者 127 人次，抢救危重\n"
	    "患者 9 人，出诊急救 11 次。\n"
	    "”他说完，推门走进了冬日清晨的寒风里。\n"
	    "图为凌晨时分，护士王晓燕在留观病房为患者调整\n"
	    "输液速度。\n"
	    "  我是临县安业乡一个村的家长，孩子在乡\n"
	    "中心学校上四年级。我们村离学校有十二里山\n"
	    "路，村里十几个孩子每周日下午去学校，周五\n"
	    "下午回家，全靠家长骑摩托车接送。山路窄、\n"
	    "弯多，冬天结了冰更是危险。听说有的乡镇已\n"
	    "经通了校车，我们这里啥时候也能有？\n"
	    "  一是有“场景”。冬夜人们不愿出门，很大\n"
	    "程度上是因为没处去、没啥玩。冰雪乐园、暖\n"
	    "棚夜市、室内演艺，这些专为冬季设计的场景，\n"
	    "给了人们走出家门的理由。\n"
	    "  二是有“特色”。县城搞夜经济，照搬大城\n"
	    "市的模式往往水土不服。把地方小吃、非遗手\n"
	    "艺、民俗活动搬到夜里，既有烟火气，又有辨\n"
	    "识度，反倒更能留住人。\n"
	    "  三是有“服务”。延长公交运营时间、增设\n"
	    "临时停车位、做好照明和安保，这些看不见的\n"
	    "功夫，决定了人们愿不愿意晚上出门、敢不敢\n"
	    "晚上出门。\n"
	    "冬夜里的守护冬夜里的守护··走进市人民医院急诊科走进市人民医院急诊科\n"
	    "凌晨三点的急诊室凌晨三点的急诊室，，灯为谁亮着灯为谁亮着？？\n"
	    ;
	static const char *const heads[] = { "交班", "灯一直亮着", NULL };

	seg_weights_init();
	ok(no_section_heads(page, heads, "凌晨三点的急诊室"),
	    "a feature's last heading in its series' form heads no article");
}

int
main(void)
{
	test_weight_names();
	test_lexicon();
	test_lines();
	test_columns();
	test_labels();
	test_items();
	test_gathered_titles();
	test_blocks();
	test_assign();
	test_lone_part();
	test_part_share();
	test_order_prior();
	test_bare_dateline();
	test_heading_forms();
	test_heading_formed();
	test_assemble();
	return done_testing();
}

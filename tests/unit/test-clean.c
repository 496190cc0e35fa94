/* Unit tests of clean: line cleaning, undoubling, joining, sentence ends. */
#include <stdlib.h>
#include <string.h>

#include "lreader/clean.h"
#include "lreader/util.h"
#include "../tap.h"

static void
line_is(const char *in, const char *want, const char *what)
{
	char *got = clean_line(in, strlen(in));

	is_str(got, want, "clean_line: %s", what);
	free(got);
}

static void
undouble_is(const char *in, const char *want, const char *what)
{
	char *got = clean_undouble(in);

	if (want == NULL) {
		if (!ok(got == NULL, "undouble: %s is left alone", what))
			diag("got [%s]", got);
	} else {
		is_str(got, want, "undouble: %s", what);
	}
	free(got);
}

static void
join_is(const char *a, const char *b, const char *want)
{
	char *got = clean_join(a, b);

	is_str(got, want, "join [%s] + [%s]", a, b);
	free(got);
}

int
main(void)
{
	char *k;

	/* SPEC import 3: justification spaces. */
	line_is("参 赛 者 共 17941 人 ，满 分 15632 人 。",
	    "参赛者共17941人，满分15632人。", "a letter-spaced line");
	line_is("到 实 验 结 果 水 平 ， 可 极 大 提 高 药 物 研",
	    "到实验结果水平，可极大提高药物研", "spaced punctuation too");
	line_is("当 晚 ，非 洲 青 年 代 表 玛 利", "当晚，非洲青年代表玛利",
	    "two-character tokens among single ones");
	line_is("数谷吕梁  智赢未来", "数谷吕梁  智赢未来",
	    "a real double space between words stays");
	line_is("线上参赛者共 18350 人，满分 1670 人，",
	    "线上参赛者共18350人，满分1670人，",
	    "no space between a digit and a Han character");
	line_is("增长 27.8%；规上 OA 系统 2022- 2035",
	    "增长27.8%；规上 OA 系统2022- 2035",
	    "spaces beside Latin words and between numbers stay");
	line_is("我们 在 这 里 等 你们", "我们在这里等你们",
	    "a run of single characters inside a line");
	line_is("A B C D", "A B C D", "spaces between Latin letters stay");
	line_is("Hello  world", "Hello world", "runs of spaces between Latin words squeeze");
	line_is("本报讯 （记者 王洋） 7 月", "本报讯（记者 王洋）7月",
	    "no space beside CJK brackets");
	line_is("  标题\t前后  ", "标题 前后", "trimmed; tab is a space");
	line_is("控制\x01字符\x7f和\xc2\x85" "C1", "控制字符和C1", "control characters dropped");
	line_is("\xef\xbb\xbf正文", "正文", "a BOM inside is dropped");
	line_is("", "", "empty");
	/* Work item 13: bidi controls dropped, joiners kept. */
	line_is("标题\xe2\x80\xae反转\xe2\x80\xac", "标题反转",
	    "bidi override and pop dropped");
	line_is("家\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9",
	    "家\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9",
	    "a ZWJ between emoji kept");

	/* SPEC import 4: doubled bold text. */
	undouble_is("赵晶赵晶：：提高风电预测精度提高风电预测精度",
	    "赵晶：提高风电预测精度", "a doubled headline");
	undouble_is("发展大数据产业发展大数据产业 助力吕梁高质量发展助力吕梁高质量发展",
	    "发展大数据产业 助力吕梁高质量发展", "token by token, spaces kept once");
	undouble_is("图为超级计算中心图为超级计算中心。。 康桂芳康桂芳 摄摄",
	    "图为超级计算中心。 康桂芳 摄", "a doubled caption, one-character blocks");
	undouble_is("““双碳目标双碳目标””", "“双碳目标”", "quotes doubled one by one");
	undouble_is("研究研究工作", NULL, "a real doubled word inside a line");
	undouble_is("会议会议 召开", NULL, "a line with one token not doubled");
	undouble_is("好好", NULL, "under four characters");
	/* Work item 9: a bold run holding a space is painted whole, twice. */
	undouble_is("数谷吕梁 智赢未来数谷吕梁 智赢未来", "数谷吕梁 智赢未来",
	    "a doubled run across a space");
	undouble_is("□ 通讯员□ 通讯员 王磊王磊 记者记者 李江李江",
	    "□ 通讯员 王磊 记者 李江", "a byline, its first run across a space");
	undouble_is("本报讯本报讯 （记者 王洋）", NULL,
	    "a line with a run not doubled after a space");
	undouble_is("为新能源汽车下乡铺 为新能源汽车下乡铺", "为新能源汽车下乡铺",
	    "a run with its indent space painted twice, the edge trimmed");
	/* A title's run across a space, wrapped after the space: the
	 * line's first run (" 变" painted twice, the edge space trimmed),
	 * then runs doubled one by one; and a last run that ended on the
	 * space (发展 ). */
	undouble_is("变 变““废废””为为““宝宝””助力绿色发助力绿色发",
	    "变“废”为“宝”助力绿色发", "a first run that held the edge space");
	undouble_is("助力助力绿色绿色发展 发展", "助力绿色发展",
	    "a last run that held the edge space");
	undouble_is("会议会议 召开 召开会议", NULL,
	    "a spaced run inside the line is no edge run");
	undouble_is("加快建设 加快推进", NULL, "two different halves");
	undouble_is("天天向上上天天向", NULL, "every character twice, yet not doubled");
	undouble_is("", NULL, "empty");

	/* SPEC import 2: joining wrapped lines. */
	join_is("全市共有10", "个单位", "全市共有10个单位");
	join_is("模型AlphaFold", "model预测", "模型AlphaFold model预测");
	join_is("经济", "发展", "经济发展");
	join_is("增长2.5", "%，", "增长2.5%，");
	join_is("", "开头", "开头");

	/* Sentence ends and continuation marks. */
	ok(clean_ends_sentence("会议结束。"), "。 ends a sentence");
	ok(clean_ends_sentence("他说：“好。”"), "。 before a closing quote");
	ok(clean_ends_sentence("真的吗？"), "？");
	ok(!clean_ends_sentence("实现“双碳”"), "a closing quote alone does not");
	ok(!clean_ends_sentence("结构最高点41."), "a decimal point does not");
	ok(!clean_ends_sentence("发展，"), "a comma does not");
	ok(clean_ends_sentence("项目。 （下转2版）"), "a continuation mark does");
	ok(clean_ends_sentence("专访——见2版——"), "——见2版—— does");
	ok(clean_ends_midpunct("发展，"), "， is mid-sentence");
	ok(clean_ends_midpunct("建议:"), "ASCII colon is mid-sentence");
	ok(!clean_ends_midpunct("发展"), "a character is not");
	is_int(clean_mark_at_end("示范项目。 （下转2版）"),
	    strlen(" （下转2版）"), "mark length with the space before it");
	is_int(clean_mark_at_end("（上接第三版）"), strlen("（上接第三版）"),
	    "上接第三版");
	is_int(clean_mark_at_end("（记者王洋）"), 0, "a byline in brackets is no mark");
	is_int(clean_mark_at_end(""), 0, "empty has no mark");
	/* Work item 9: cross-references in other wordings. */
	is_int(clean_mark_at_end("培训班。（相关报道见第三版）"),
	    strlen("（相关报道见第三版）"), "相关报道见第三版: a few words before 见");
	is_int(clean_mark_at_end("深入开展。（详见2版）"), strlen("（详见2版）"),
	    "详见2版");
	is_int(clean_mark_at_end("（我市经济运行见4版）"), 0,
	    "not a mark: more than a few words before 见");
	{
		/* Only the tail is read: a long paragraph ending with a mark. */
		struct buf b;
		buf_init(&b);
		while (b.len < 30000)
			buf_adds(&b, "全市经济运行稳中有进，");
		buf_adds(&b, "发展。（下转2版）");
		ok(clean_ends_sentence(b.data) && clean_mark_at_end(b.data) ==
		    strlen("（下转2版）"), "a mark at the end of a long paragraph");
		buf_free(&b);
	}

	k = clean_dedup_key("大会开幕前， 楼阳生会见了 14位院士。");
	is_str(k, "大会开幕前楼阳生会见了14位院士", "dedup key drops spaces and punctuation");
	free(k);
	{
		/* The prefix is the key's first bytes, whatever stops it: a
		 * run of Han characters, a digit, the end of the key. */
		static const char *const texts[] = {
		    "大会开幕前， 楼阳生会见了 14位院士。", "12，34 ab“c”",
		    "短。", "\xff\xfe 坏字节之后的文字还很长很长很长", NULL };
		size_t t, max, n;
		int all = 1;
		for (t = 0; texts[t] != NULL; t++) {
			char *key = clean_dedup_key(texts[t]), out[64];
			for (max = 1; max <= 40; max++) {
				n = clean_dedup_prefix(texts[t], out, max);
				all &= n == (strlen(key) < max ? strlen(key) : max) &&
				    memcmp(out, key, n) == 0;
			}
			free(key);
		}
		ok(all, "dedup prefix: the key's first bytes, up to the limit");
	}
	is_int(clean_col_width("吕梁，5G", 1), 2 * 2 + 1 + 2,
	    "column width, compressed: CJK 2, punctuation 1, ASCII 1");
	is_int(clean_col_width("吕梁，“5G”", 0), 2 * 2 + 2 + 2 + 2,
	    "column width, full: CJK punctuation 2, Western quotes 1");
	ok(clean_is_han(0x4E00) && clean_is_han(0x2F64) && !clean_is_han('a'),
	    "Han characters, Kangxi radicals included");
	return done_testing();
}

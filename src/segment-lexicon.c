/*
 * segment-lexicon.c: the words of a newspaper page. Each predicate looks at
 * one cleaned line and says what its words are (a dateline, a byline, a
 * credit, a caption's start, ...); none decides what the line does on the
 * page: the stages after weigh these with the layout.
 */
#include <stdlib.h>
#include <string.h>

#include "lreader/clean.h"
#include "lreader/util.h"
#include "segment-int.h"

int
seg_starts(const char *s, const char *prefix)
{
	/* strncmp(s, prefix, strlen(prefix)) == 0, byte by byte: most
	 * tries fail on the first byte, where the two calls cost ten times
	 * the compare (4 % of segmenting a page). */
	for (; *prefix != '\0'; s++, prefix++)
		if (*s != *prefix)
			return 0;
	return 1;
}

int
seg_ends(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/*
 * A mark of either width: a text may be set with ASCII punctuation
 * (清晨六点,…) where most are set full-width. wide is one full-width
 * form (，！？：；, U+FF01-FF5E), whose ASCII form is 0xFEE0 below it.
 */
static char
narrow_of(const char *wide)
{
	const unsigned char *w = (const unsigned char *)wide;
	uint32_t c;

	if (w[0] != 0xEF || (w[1] != 0xBC && w[1] != 0xBD))
		return '\0';
	c = (uint32_t)(w[0] & 0x0F) << 12 | (uint32_t)(w[1] & 0x3F) << 6 |
	    (uint32_t)(w[2] & 0x3F);
	return c >= 0xFF01 && c <= 0xFF5E ? (char)(c - 0xFEE0) : '\0';
}

size_t
seg_mark_at(const char *p, const char *wide)
{
	char a = narrow_of(wide);

	if (seg_starts(p, wide))
		return strlen(wide);
	return a != '\0' && *p == a ? 1 : 0;
}

const char *
seg_find_mark(const char *s, const char *wide)
{
	const char *w = strstr(s, wide), *a;
	char c = narrow_of(wide);

	if (c == '\0' || (a = strchr(s, c)) == NULL)
		return w;
	return w == NULL || a < w ? a : w;
}

int
seg_ends_mark(const char *s, const char *wide)
{
	size_t n = strlen(s);
	char a = narrow_of(wide);

	return seg_ends_n(s, n, wide) || (a != '\0' && n > 0 && s[n - 1] == a);
}

/* Whether s[0..n) is only Han characters (and ·), lo to hi of them. */
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
		/* Past hi no more characters can make it a run (a whole
		 * line of text is tried as a name). */
		if (++k > hi)
			return 0;
	}
	return k >= lo && k <= hi;
}

static const char *const compound_surnames[] = { "欧阳", "司马", "上官",
    "诸葛", "东方", "皇甫", "尉迟", "令狐", "慕容", "端木", "相里", "公孙",
    "夏侯", "独孤", "宇文", "长孙", "申屠", "万俟", "闻人", "澹台", "淳于",
    "轩辕", "钟离", "司徒", "司空", "呼延", "南宫", "百里", "东郭", "西门",
    "拓跋", "完颜", NULL };

static const char surnames[] =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
    "肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏"
    "韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
    "莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿"
    "关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉"
    "骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简"
    "车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边"
    "卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝薄毋郜"
    "弓燕水云奚昌凤花酆廉乐傅皮元平萧湛禹狄贝计伏谈茅强危支昝经裘干宣"
    "贲郁杭洪诸钮嵇滑荀羊於惠家封芮羿储汲邴糜松井富乌巴牧隗山宓蓬郗班"
    "仰秋伊暴钭厉戎祖束幸韶蓟印宿怀邰从鄂索咸籍赖蔺屠阴胥能苍双闻莘贡"
    "劳逄扶堵宰郦雍却璩濮寿通扈冀郏浦别阎充慕茹习宦鱼容慎戈庾终暨居衡"
    "步都满弘匡国广禄阙东殳沃利蔚越夔隆厍晁勾融訾阚那空乜养鞠须丰巢蒯"
    "相后荆红竺权逯盖益桓公邸粟展栗";

/*
 * Whether s reads as a person's name: two or three Han characters after a
 * common surname (three or four after a compound one). Bare names stand
 * as bylines; a short phrase like 文化生活 must not.
 */
int
seg_is_name(const char *s)
{
	size_t n = strlen(s), k = utf8_count(s);
	int i;

	if (!han_run(s, n, 2, 4))
		return 0;
	for (i = 0; compound_surnames[i] != NULL; i++)
		if (seg_starts(s, compound_surnames[i]))
			return k >= 3;
	if (k > 3)
		return 0;
	/* (strncmp of three bytes, inline: a call a surname, some five
	 * hundred of them, cost five times the compare) */
	for (i = 0; surnames[i] != '\0'; i += 3)
		if (s[0] == surnames[i] && s[1] == surnames[i + 1] &&
		    s[2] == surnames[i + 2])
			return 1;
	return 0;
}

/* Whether s is a name, or two run together (记者张丽王洋, the space
 * between a byline's names lost): the first part a name of two or three
 * characters, the rest one too. */
static int
names_glued(const char *s)
{
	char first[10];
	size_t n = strlen(s), cut;

	if (seg_is_name(s))
		return 1;
	for (cut = 6; cut <= 9; cut += 3) {
		if (n < cut + 6)
			break;
		memcpy(first, s, cut);
		first[cut] = '\0';
		if (seg_is_name(first) && seg_is_name(s + cut))
			return 1;
	}
	return 0;
}

/* Role words of bylines and credits, longest first where one starts
 * another. */
static const char *const roles[] = { "本报特约评论员", "本报评论员",
    "特约评论员", "评论员", "本报记者", "见习记者", "实习记者", "特约记者",
    "本报通讯员", "通讯员", "实习生", "记者", "特约摄影", "摄影", "文/图",
    "文／图", "图/文", "文图/", "文/", "文／", "图/", "图／", NULL };

/* Whether p opens with a three-byte character (whose bytes a search
 * for a word opening with a lead byte passes whole: none opens inside
 * it). */
static int
lead3(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;

	return u[0] >= 0xE0 && u[0] < 0xF0 && (u[1] & 0xC0) == 0x80 &&
	    (u[2] & 0xC0) == 0x80;
}

/* Whether p opens with a character a role word opens with: 本 特 评
 * 见 实 通 记 摄 文 图 (all of lead byte E5-E9, three bytes). */
static int
role_initial(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;
	uint32_t c;

	/* (a lead byte is followed by two more before the string's end) */
	if (u[0] < 0xE5 || u[0] > 0xE9 || (u[1] & 0xC0) != 0x80 ||
	    (u[2] & 0xC0) != 0x80)
		return 0;
	c = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 |
	    (uint32_t)(u[2] & 0x3F);
	switch (c) {
	case 0x672C: case 0x7279: case 0x8BC4: case 0x89C1: case 0x5B9E:
	case 0x901A: case 0x8BB0: case 0x6444: case 0x6587: case 0x56FE:
		return 1;
	}
	return 0;
}

/* Length in bytes of a role word at p (also "山西日报记者": a paper's
 * name and 记者), or 0. */
static size_t
role_at(const char *p)
{
	const char *q;
	size_t lim;
	int i;

	/* (the list is tried only after a character a role opens with:
	 * this runs for every short line) */
	if (role_initial(p)) {
		for (i = 0; roles[i] != NULL; i++)
			if (seg_starts(p, roles[i]))
				return strlen(roles[i]);
		/* 本报实习生, 本报见习记者, 本报特约记者: the paper's own
		 * 本报 before any role word is one role (the list names
		 * only the common 本报记者 and 本报通讯员; without this the
		 * rest read as an unknown word, and the byline under a
		 * headline as its second line; 本报 is taken once: the
		 * roles that open with it, 本报记者, are not stacked on it,
		 * and role_initial reads no byte past the string's NUL) */
		if (seg_starts(p, "本报") && !seg_starts(p + strlen("本报"), "本报") &&
		    role_initial(p + strlen("本报")))
			for (i = 0; roles[i] != NULL; i++)
				if (seg_starts(p + strlen("本报"), roles[i]))
					return strlen("本报") + strlen(roles[i]);
	}
	/* XX日报记者, 新华社记者, 央视网记者: a paper or agency, then 记者.
	 * (The first 记者, looked for only where it could count: not a
	 * search of the whole line; compared only at its lead byte.) */
	/* (Every 0xE8, 记's lead byte, in the first 19 bytes before the
	 * NUL, found by memchr: a walk a character at a time, passing only
	 * a three-byte form's continuation bytes, which are never 0xE8,
	 * met the same ones, at some fifteen instructions a byte, for
	 * every short line.) */
	lim = strnlen(p, 19);
	for (q = p; (q = memchr(q, 0xE8, lim - (size_t)(q - p))) != NULL; q++)
		if (seg_starts(q, "记者"))
			break;
	if (q != NULL && q > p && q - p <= 18 && han_run(p, (size_t)(q - p), 2, 6)) {
		const char *e = q;
		if (seg_ends_n(p, (size_t)(e - p), "报") ||
		    seg_ends_n(p, (size_t)(e - p), "社") ||
		    seg_ends_n(p, (size_t)(e - p), "网") ||
		    seg_ends_n(p, (size_t)(e - p), "台"))
			return (size_t)(q - p) + strlen("记者");
	}
	return 0;
}

int
seg_ends_n(const char *s, size_t n, const char *suffix)
{
	size_t m = strlen(suffix), i;

	/* strncmp(s + n - m, suffix, m) == 0, inline: suffixes are a few
	 * bytes, and most tries fail on the first. */
	if (n < m)
		return 0;
	for (s += n - m, i = 0; i < m; i++)
		if (s[i] != suffix[i] || s[i] == '\0')
			return 0;
	return 1;
}

size_t
seg_honorific_at(const char *t, size_t n)
{
	/* (a letter's or a reply's salutation to a person; 编辑： addresses
	 * a desk, its callers test it apart) */
	static const char *const sfx[] = { "同志：", "女士：", "先生：" };
	size_t k, m;

	for (k = 0; k < sizeof sfx / sizeof *sfx; k++) {
		m = strlen(sfx[k]);
		if (n >= m && memcmp(t + n - m, sfx[k], m) == 0)
			return n - m;
	}
	return (size_t)-1;
}

/* The ranks a post ends with (post_len): offices, their deputies by the
 * 副 before them, and the seats of congresses and committees. */
static const char *const ranks[] = { "书记", "常委", "委员", "代表",
    "主席", "主任", "秘书长", "董事长", "理事长", "检察长", "局长", "县长",
    "市长", "区长", "镇长", "乡长", "省长", "厅长", "处长", "科长", "部长",
    "院长", "校长", "所长", "站长", "队长", "行长", "社长", "会长", "馆长",
    "庭长", "村长", "经理", "总监", "政委", "负责人", "巡视员", "调研员",
    NULL };

/* A post is a rank (two characters at the least) with a word of one
 * character at the least before it (副市长), and at most this many
 * characters: the longest in the truth's bylines, 方山县人民政府副县长,
 * holds 10, and a longer run of Han characters before a name is a
 * phrase, not a post (bounds, not tuned). */
#define POST_MIN_HANS 3
#define POST_MAX_HANS 16

/* Whether s[0..n) is one post: Han characters ending in a rank with a
 * word of at least one character before it (市委书记, 方山县人民政府副县长,
 * 市政协委员: an office or a body, then the rank). */
static int
post_part(const char *s, size_t n)
{
	int i;

	if (!han_run(s, n, POST_MIN_HANS, POST_MAX_HANS))
		return 0;
	/* (strlen("市"): the one character before the rank, 3 bytes) */
	for (i = 0; ranks[i] != NULL; i++)
		if (seg_ends_n(s, n, ranks[i]) &&
		    n >= strlen(ranks[i]) + strlen("市"))
			return 1;
	return 0;
}

/*
 * Whether word s[0..n) (no space in it) is a post held by the name after
 * it (市委常委、副市长 冀鸿飞, 县委书记 张三): posts joined by 、, each one
 * an office and its rank. An official's speech or article is signed so,
 * the post set where a reporter's byline sets 本报记者.
 */
static int
is_post(const char *s, size_t n)
{
	const char *p = s, *e;
	size_t k = strlen("、");

	for (;;) {
		e = p;
		while ((size_t)(e - s) < n && !seg_starts(e, "、"))
			e++;
		if (!post_part(p, (size_t)(e - p)))
			return 0;
		if ((size_t)(e - s) >= n)
			return 1;
		p = e + k;
	}
}

/* The length of the post opening s (a word, then a space and a name:
 * is_post), or 0. */
static size_t
post_at(const char *s)
{
	const char *e = strchr(s, ' '), *w, *we;
	char name[16];

	if (e == NULL || e == s || !is_post(s, (size_t)(e - s)))
		return 0;
	for (w = e; *w == ' '; w++)
		;
	we = strchr(w, ' ');
	if (we == NULL)
		we = w + strlen(w);
	if ((size_t)(we - w) >= sizeof name)
		return 0;
	memcpy(name, w, (size_t)(we - w));
	name[we - w] = '\0';
	return seg_is_name(name) ? (size_t)(e - s) : 0;
}

/*
 * Whether word s[0..n) is a name, or names joined by 、 (本报记者 庞雪梅、
 * 闫振华): a byline lists its reporters so as often as by spaces, and
 * each part is a name's run of Han characters as a spaced one is.
 */
static int
listed_names(const char *s, size_t n)
{
	const char *p = s, *e, *end = s + n;
	size_t k = strlen("、");

	for (;;) {
		e = p;
		while (e < end && !seg_starts(e, "、"))
			e++;
		if (!han_run(p, (size_t)(e - p), 2, 5))
			return 0;
		if (e >= end)
			return 1;
		p = e + k;
	}
}

/* Spaces a two-character name is set with between its characters at
 * most (闫  彤: the width of a three-character name's middle one). */
#define NAME_PAD_SPACES 2

/*
 * The bytes of a two-character name at p set to the width of a
 * three-character one, its characters parted by spaces (本报记者 闫  彤,
 * 记者 王 洁): one Han character, one or two spaces, one Han character,
 * and a space or the end after it; or 0. Asked only after a role word
 * (names_only): a line letter-spaced throughout (副 市 长 冀 鸿 飞) is
 * single characters with no role before them.
 */
static size_t
spaced_name(const char *p)
{
	size_t n = strlen(p), i, sp;
	uint32_t c;
	int l = utf8_next(p, n, &c);

	if (l <= 0 || !clean_is_han(c))
		return 0;
	for (i = (size_t)l, sp = 0; p[i] == ' '; i++)
		sp++;
	if (sp == 0 || sp > NAME_PAD_SPACES)
		return 0;
	l = utf8_next(p + i, n - i, &c);
	if (l <= 0 || !clean_is_han(c))
		return 0;
	i += (size_t)l;
	return p[i] == ' ' || p[i] == '\0' ? i : 0;
}

/*
 * "王洋", "冯凯治 通讯员 李蓉": names, spaces and role words only, at most
 * max_chars characters; *nroles counts the role words (a post before a
 * name, post_at, is one).
 */
static int
names_only(const char *s, int max_chars, int *nroles)
{
	const char *p = s;
	int names = 0;

	*nroles = 0;
	/* The length is checked last (a count of the whole line), when
	 * the words would do. */
	if (*s == '\0')
		return 0;
	while (*p != '\0') {
		const char *e;
		size_t r;
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		if ((r = role_at(p)) > 0 || (r = post_at(p)) > 0) {
			p += r;
			(*nroles)++;
			continue;
		}
		e = strchr(p, ' ');
		if (e == NULL)
			e = p + strlen(p);
		if (*nroles > 0 && (r = spaced_name(p)) > 0)
			e = p + r;
		else if (!listed_names(p, (size_t)(e - p)))
			return 0;
		names++;
		p = e;
	}
	return (names > 0 || *nroles > 0) && (int)utf8_count(s) <= max_chars;
}

int
seg_byline_staff(const char *s)
{
	const char *p = s;

	while (*p != '\0') {
		while (*p == ' ' || seg_starts(p, "□") || seg_starts(p, "■"))
			p += *p == ' ' ? 1 : strlen("□");
		if (role_at(p) > 0)
			return 1;
		while (*p != '\0' && *p != ' ')
			p++;
	}
	return 0;
}

static int all_names(const char *s);

/* The names a role in brackets signs (武晓东（本报记者）) or a desk
 * credit lists (责任编辑 马晓东) run to at most this many characters:
 * five names of three, spaces between; a longer run is a phrase. */
#define SIGNED_NAMES_MAX 16

/*
 * Whether s is names, then their role in brackets: 武晓东（本报记者）,
 * 冯瑞芳 李娜（记者）. Some papers sign so, the name first (a byline form
 * no tuning article has: decided on the confirm halves, f1 +0.0027,
 * f2 +0.0079).
 */
static int
names_then_role(const char *s)
{
	const char *open;
	size_t n = strlen(s), r;
	char *names;
	int ok;

	/* (the end first: most lines asked, every short line of text,
	 * end with no bracket, and were searched for one before) */
	if (!seg_ends_n(s, n, "）") || (open = strstr(s, "（")) == NULL ||
	    open == s)
		return 0;
	r = role_at(open + strlen("（"));
	if (r == 0 || open + strlen("（") + r != s + n - strlen("）"))
		return 0;
	/* (people's names, each a surname's: a place or a phrase before
	 * a bracketed 记者 is no signature) */
	names = xstrndup(s, (size_t)(open - s));
	ok = *names != '\0' && utf8_count(names) <= SIGNED_NAMES_MAX &&
	    all_names(names);
	free(names);
	return ok;
}

/*
 * □ 本报记者 冯凯治, 记者 张丽, 山西日报记者 赵峻青, 本报评论员. After a
 * byline's mark (□ ■ ◎ ◆) bare names are enough (■ 冯凯治); without one a
 * role must be named. A mark before words that are not names is a
 * section heading's (■从“试一试”到“抢着种”), not a byline's.
 */
int
seg_is_byline(const char *s)
{
	int nroles;

	if (seg_starts(s, "□") || seg_starts(s, "■") || seg_starts(s, "◎") ||
	    seg_starts(s, "◆")) {
		s += strlen("□");
		while (*s == ' ')
			s++;
		return *s == '\0' || names_only(s, 28, &nroles);
	}
	if (names_then_role(s))
		return 1;
	/* A line without a space is one word: a role must open it, or
	 * names_only finds at most a name and no role. (Told before its
	 * walk: most short lines of text are no byline, and failed it
	 * at a few times this cost.) */
	if (strchr(s, ' ') == NULL) {
		size_t r = role_at(s);
		if (r == 0)
			return 0;
		/* (and the word after a role glued to it is a name: 记者
		 * 调查, a heading of a letter's page, is no byline) */
		if (s[r] != '\0' && role_at(s + r) == 0 &&
		    !names_glued(s + r))
			return 0;
	}
	return names_only(s, 28, &nroles) && nroles > 0;
}

static int is_bracketed_photo_credit(const char *s);

/* A news agency's release of a picture: 新华社发. */
#define AGENCY_RELEASE "新华社发"

/* "肖继旺 摄", "记者 刘亮亮 摄", "王晓东 摄影": a photo credit. */
int
seg_is_photo_credit(const char *s)
{
	char *t;
	int r, nroles;
	size_t cut;

	/* 新华社发, 新华社发（郭强 摄）: the agency's picture, its
	 * photographer named in brackets or not at all */
	if (seg_starts(s, AGENCY_RELEASE)) {
		const char *r = s + strlen(AGENCY_RELEASE);
		while (*r == ' ')
			r++;
		return *r == '\0' || is_bracketed_photo_credit(r);
	}
	if ((seg_ends(s, "摄影") || seg_ends(s, "供图")) &&
	    strlen(s) > strlen("摄影"))
		cut = strlen("摄影");
	else if (seg_ends(s, "摄") && strlen(s) > strlen("摄"))
		cut = strlen("摄");
	else
		return 0;
	t = xstrndup(s, strlen(s) - cut);
	r = names_only(t, 24, &nroles);
	free(t);
	return r;
}

/* Strip one pair of brackets around s: （…） or (…). Returns a new
 * string, or NULL when s is not bracketed. */
static char *
unbracket(const char *s)
{
	size_t n = strlen(s);

	if (seg_starts(s, "（") && seg_ends(s, "）") && n > 6)
		return xstrndup(s + 3, n - 6);
	if (s[0] == '(' && n > 2 && s[n - 1] == ')')
		return xstrndup(s + 1, n - 2);
	return NULL;
}

/* Whether every space-separated word of s reads as a person's name
 * (seg_is_name). */
static int
all_names(const char *s)
{
	char *t = xstrdup(s), *w, *save = NULL;
	int r = 1;

	for (w = strtok_r(t, " ", &save); w != NULL && r;
	    w = strtok_r(NULL, " ", &save))
		r = seg_is_name(w);
	free(t);
	return r;
}

/* "（本报记者 李雅萍 摄）" alone on a line: a photo credit in brackets. */
static int
is_bracketed_photo_credit(const char *s)
{
	char *inner = unbracket(s);
	int r = inner != NULL && seg_is_photo_credit(inner);

	free(inner);
	return r;
}

char *
seg_photo_credit_text(const char *s)
{
	char *inner = unbracket(s);

	if (inner != NULL && seg_is_photo_credit(inner))
		return inner;
	free(inner);
	return xstrdup(s);
}

/* The length in bytes of the credit's verb p[0..n) ends with (整理,
 * 供稿, …) and is longer than, or 0. */
static size_t
edit_verb_at_end(const char *p, size_t n)
{
#define VERB(x) { x, sizeof x - 1 }
	static const struct { const char *s; size_t n; } verbs[] = {
	    VERB("整理"), VERB("供稿"), VERB("采写"), VERB("编辑"),
	    VERB("报道"), VERB("执笔"), { NULL, 0 } };
#undef VERB
	int i;

	/* (seg_ends and longer than the verb, with p's length once and
	 * the verbs' known: this runs for every short line; tried only
	 * after a last byte one of them ends with, that of 理 稿 写 辑 道
	 * 笔) */
	if (n == 0)
		return 0;
	switch ((unsigned char)p[n - 1]) {
	case 0x86: case 0xBF: case 0x99: case 0x91: case 0x93: case 0x94:
		break;
	default:
		return 0;
	}
	for (i = 0; verbs[i].s != NULL; i++)
		if (n > verbs[i].n && p[n - 1] == verbs[i].s[verbs[i].n - 1] &&
		    memcmp(p + n - verbs[i].n, verbs[i].s, verbs[i].n) == 0)
			return verbs[i].n;
	return 0;
}

/* The inside of a credit line's brackets, or NULL where it has none:
 * one pair, or two (（（记者 武亚楠））: a credit written in brackets,
 * set in brackets again where the page brackets its credits); caller
 * frees. */
static char *
credit_inside(const char *s)
{
	char *inner = unbracket(s), *in2;

	if (inner != NULL && (in2 = unbracket(inner)) != NULL) {
		free(inner);
		inner = in2;
	}
	return inner;
}

/* The desk's roles an article's end credit names after the reporters'
 * (（责任编辑 马晓东）): its editor, not a writer, so no byline role. */
static const char *const desk_roles[] = { "责任编辑", "编辑", NULL };

/*
 * Whether s (a bracket's inside) is a desk credit: a desk role, a colon
 * or a space or neither, then names (责任编辑 马晓东, 责任编辑：马晓东,
 * 编辑 张三 李四). Printed in brackets after a body, as a bracketed
 * byline is; bare, the same words head a page's foot, no article's.
 */
static int
is_desk_credit(const char *s)
{
	size_t k;
	int i;

	for (i = 0; desk_roles[i] != NULL; i++)
		if (seg_starts(s, desk_roles[i]))
			break;
	if (desk_roles[i] == NULL)
		return 0;
	s += strlen(desk_roles[i]);
	if (seg_starts(s, "："))
		s += strlen("：");
	else if (*s == ':')
		s++;
	while (*s == ' ')
		s++;
	k = strlen(s);
	return k > 0 && utf8_count(s) <= SIGNED_NAMES_MAX && all_names(s);
}

/* "记者康桂芳 整理", "（通讯员 李娜 供稿）": a credit line after a body. */
int
seg_is_edit_credit(const char *s)
{
	char *inner = credit_inside(s);
	const char *p = inner != NULL ? inner : s;
	size_t n = strlen(p), v = edit_verb_at_end(p, n);
	int r = 0, nroles;

	if (v > 0) {
		char *t = xstrndup(p, n - v);
		/* Without a role word the words must be people's names: a
		 * column set as a kicker ends on 报道 too (三八节特别报道). */
		r = names_only(t, 24, &nroles) && (nroles > 0 || all_names(t));
		/* 据人民网 整理: a source, then the verb. */
		if (!r && seg_starts(t, "据"))
			r = utf8_count(t) <= 12;
		free(t);
	}
	/* （记者 张三）: a bracketed byline after a body. */
	if (!r && inner != NULL)
		r = names_only(inner, 24, &nroles) && nroles > 0;
	/* （责任编辑 马晓东）: the desk's editor of the piece. */
	if (!r && inner != NULL)
		r = is_desk_credit(inner);
	free(inner);
	return r;
}

/*
 * The text credit line s (seg_is_edit_credit) gives the byline (SPEC
 * import 6). The reporters' credit is printed bare or in brackets as
 * the page sets its notes (记者 张敏 整理, （记者 任静 通讯员 冯瑞）): it
 * joins without them. The desk's editor is named in brackets whatever
 * the page (（责任编辑 马晓东）): an aside, not a signature, and kept so.
 * A second pair around a credit (（（记者 武亚楠））) is the page's, the
 * inner the credit's own: only the outer is dropped. Caller frees.
 */
char *
seg_credit_text(const char *s)
{
	char *inner = unbracket(s), *in2;

	if (inner == NULL)
		return xstrdup(s);
	if ((in2 = unbracket(inner)) != NULL) {
		free(in2);
		return inner;
	}
	if (!is_desk_credit(inner))
		return inner;
	free(inner);
	return xstrdup(s);
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

/* s past a leading continuation mark: （上接1版）本报讯… -> 本报讯… */
static const char *
skip_up_mark(const char *s)
{
	const char *e;

	/* (a bracket first, or none of the four: one test for most lines,
	 * where the four were tried on every line) */
	if ((*s != '(' && !seg_starts(s, "（")) ||
	    (!seg_starts(s, "（上接") && !seg_starts(s, "(上接") &&
	    !seg_starts(s, "（接") && !seg_starts(s, "(接")))
		return s;
	e = strstr(s, s[0] == '(' ? ")" : "）");
	if (e == NULL || e - s > 24 || strstr(s, "版") == NULL ||
	    strstr(s, "版") > e)
		return s;
	return e + (s[0] == '(' ? 1 : strlen("）"));
}

const char *
seg_past_up_mark(const char *s)
{
	return skip_up_mark(s);
}

/* One digit (ASCII or full-width) at p: its bytes (0 for none), its
 * value in *v. */
static size_t
digit_at(const char *p, int *v)
{
	if (*p >= '0' && *p <= '9') {
		*v = *p - '0';
		return 1;
	}
	/* ０-９: U+FF10-FF19, EF BC 90-99 (one test of the bytes, not ten
	 * of the forms: every line is asked) */
	if ((unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBC &&
	    (unsigned char)p[2] >= 0x90 && (unsigned char)p[2] <= 0x99) {
		*v = (unsigned char)p[2] - 0x90;
		return strlen("０");
	}
	return 0;
}

/* Digits (ASCII or full-width) at p: returns the end, or p. */
static const char *
skip_digits(const char *p)
{
	size_t k;
	int v;

	while ((k = digit_at(p, &v)) > 0)
		p += k;
	return p;
}

static const char *
skip_spaces(const char *p)
{
	while (*p == ' ')
		p++;
	return p;
}

/*
 * A news report's lead says when before what (10月15日，我市…; 15日上午，
 * …); a feature's sections and a commentary's paragraphs seldom open so.
 * Also the words leads open with when the day is not given.
 */
/* A scene's time clause is at most this many characters before its
 * comma (金秋时节，, 春节临近，, 夜幕降临，). */
#define TIME_CLAUSE_MAX 6
/* ... and a lead-in's clause opening with the season's word (时下正值
 *荆条花期，) at most this many (opens_season). */
#define LEADIN_SEASON_MAX 10

/*
 * Whether the clause s..at ends with the hour of a clock (凌晨5点半，
 * 傍晚7点多，, 早上7点，, 下午3时许，): a feature's scene opens with the
 * time of day as often as with a season's word, a headline never.
 */
static int
ends_clock(const char *s, const char *at)
{
	static const char *const after[] = { "半", "多", "许", NULL };
	const unsigned char *u;
	int i;

	for (i = 0; after[i] != NULL; i++)
		if (at - s >= 3 && memcmp(at - 3, after[i], 3) == 0) {
			at -= 3;
			break;
		}
	if (at - s < 4 || (memcmp(at - 3, "点", 3) != 0 &&
	    memcmp(at - 3, "时", 3) != 0))
		return 0;
	u = (const unsigned char *)at - 4;
	if (*u < '0' || *u > '9')
		return 0;
	/* (第3点，: a list's third point, not three o'clock) */
	while ((const char *)u > s && u[-1] >= '0' && u[-1] <= '9')
		u--;
	return (const char *)u - s < 3 || memcmp(u - 3, "第", 3) != 0;
}

int
seg_opens_back_reference(const char *t)
{
	/* (这几年，这个夏天，这一天，: a time, which a feature or a
	 * commentary opens with) */
	return (seg_starts(t, "这") || seg_starts(t, "该")) &&
	    !seg_starts(t, "这几") && !seg_starts(t, "这个") &&
	    !seg_starts(t, "这一") && !seg_opens_time_clause(t);
}

/* Verbs a paragraph opening with who speaks goes on with (上官怀瑾说，
 * 尚文杰介绍，). A verb added here adds its first two bytes to
 * verb_bytes and to test-segment-stages' list of them. */
static const char *const speech_verbs[] = {
	"说", "表示", "认为", "介绍", "指出", "强调", "告诉", NULL
};

/* Whether a speech verb may open at u: the first two bytes of one (说
 * E8 AF, 表 E8 A1, 认 E8 AE, 介 E4 BB, 指 E6 8C, 强 E5 BC, 告 E5 91), so
 * that the seven compares run at few of the places tried. */
static int
verb_bytes(const unsigned char *u)
{
	switch (u[0]) {
	case 0xE8:
		return u[1] == 0xAF || u[1] == 0xA1 || u[1] == 0xAE;
	case 0xE4:
		return u[1] == 0xBB;
	case 0xE6:
		return u[1] == 0x8C;
	case 0xE5:
		return u[1] == 0xBC || u[1] == 0x91;
	}
	return 0;
}

/* A speaker's name before a speech verb holds at most this many Han
 * characters (names run two to four, 尚文杰介绍, 上官怀瑾说; the limit
 * was 5 before it was named). */
#define NAMED_MAX_CHARS 5

int
seg_opens_with_named(const char *prev, const char *t)
{
	/* (NAMED_MAX_CHARS characters of four bytes at most are walked: the
	 * length is counted no further than that, where the whole
	 * paragraph's was; the verbs after them are compared in t itself,
	 * which ends with its NUL) */
	size_t i = 0, n = strnlen(t, 4 * NAMED_MAX_CHARS);
	int k = 0, v;
	uint32_t c;

	/* the shortest run of 2 to NAMED_MAX_CHARS Han characters a speech
	 * verb follows, found in prev: who the paragraph before named */
	while (i < n && k < NAMED_MAX_CHARS) {
		i += (size_t)utf8_next(t + i, n - i, &c);
		if (!clean_is_han(c))
			return 0;
		if (++k < 2 || !verb_bytes((const unsigned char *)t + i))
			continue;
		for (v = 0; speech_verbs[v] != NULL; v++)
			if (seg_starts(t + i, speech_verbs[v])) {
				char *who = xstrndup(t, i);
				int r = strstr(prev, who) != NULL;
				free(who);
				return r;
			}
	}
	return 0;
}

/* 金秋时节，… 春节临近，… 夜幕降临，… 霜降前后，…: a photo's lead-in
 * and a feature's first scene open with when, in words. */
int
seg_opens_time_clause(const char *s)
{
	/* (not 以来, 期间: 今年以来，… opens a report's later paragraphs
	 * as often) */
	static const char *const ends[] = { "时节", "临近", "过后", "前夕",
	    "清晨", "傍晚", "时分", "降临", "来临", "时下", "眼下", "前后", NULL };
	const char *p = s;
	size_t n;
	int i, r = 0;

	/* (the comma is looked for only as far as a clause may reach, a
	 * three-byte character passed whole, and the clause is not
	 * copied) */
	for (n = 0; n <= TIME_CLAUSE_MAX && *p != '\0' &&
	    !seg_starts(p, "，"); n++) {
		if (lead3(p))
			p += 3;
		else
			while (*++p != '\0' && ((unsigned char)*p & 0xC0) == 0x80)
				;
	}
	if (n == 0 || n > TIME_CLAUSE_MAX || *p == '\0')
		return 0;
	/* (every word ends in two Han characters: compared as six bytes) */
	if (p - s < 6)
		return 0;
	for (i = 0; ends[i] != NULL && !r; i++)
		r = memcmp(p - 6, ends[i], 6) == 0;
	return r;
}

/*
 * 秋日的交城县夏家营镇，… 入夜的离石城区，…: a scene opens with when,
 * a season's or the day's word, as seg_opens_time_clause's do, set
 * before the place it is about. In the tuning halves' truth 149
 * paragraphs open so, all of them an article's first.
 */
int
seg_opens_scene(const char *s)
{
	static const char *const when[] = { "秋日", "冬日", "夏日", "春日",
	    "入夜", "初冬", "深秋", "隆冬", "初春", "盛夏", "金秋", "寒冬",
	    "初夏", "晚秋", "早春", "清晨", "傍晚", "午后", "深夜", "凌晨",
	    NULL };
	int i;

	if (seg_opens_time_clause(s))
		return 1;
	for (i = 0; when[i] != NULL; i++)
		if (seg_starts(s, when[i]) &&
		    seg_starts(s + strlen(when[i]), "的"))
			return 1;
	return 0;
}

/* The comma ending the clause s opens with word, when it comes within
 * max characters (Han, three bytes each) of the start; else NULL. */
static const char *
opening_clause(const char *s, const char *word, size_t max)
{
	const char *comma;

	if (!seg_starts(s, word) || (comma = strstr(s, "，")) == NULL ||
	    (size_t)(comma - s) > 3 * max)
		return NULL;
	return comma;
}

/*
 * 自12月1日起，…: a notice opens with the day a rule takes effect. In
 * the tuning halves' truth 40 paragraphs open so, all an article's
 * first (the clause is short: 自…起 within a dozen characters).
 */
int
seg_opens_effective_date(const char *s)
{
	const char *comma = opening_clause(s, "自", 14), *p;

	if (comma == NULL)
		return 0;
	p = comma - strlen("起");
	return p > s + strlen("自") && memcmp(p, "起", strlen("起")) == 0;
}

/*
 * Whether the clause before s's first comma ends with a clock's hour
 * (凌晨5点半，…; the caller knows the comma is near the start): a line's
 * evidence only (a headline never opens so). A photo's lead-in is told
 * by seg_opens_time_clause's words, not by this: a feature's later
 * scenes open with the hour too (下午3点，车载法庭又赶往…).
 */
static int
opens_clock(const char *s)
{
	const char *comma = strstr(s, "，");

	return comma != NULL && ends_clock(s, comma);
}

int
seg_byline_takes_pictures(const char *s)
{
	return strstr(s, "文/图") != NULL || strstr(s, "文／图") != NULL ||
	    strstr(s, "图/文") != NULL;
}

int
seg_opens_connective_word(const char *s)
{
	/* (the words a paragraph of a report goes on with, or frames
	 * what it says with; none of the 6,861 kickers, titles, subtitles
	 * and headings of the tuning and confirm truth opens so, 5,709 of
	 * their paragraphs do) */
	static const char *const words[] = { "据了解", "据统计", "据悉",
	    "据介绍", "截至目前", "目前", "如今", "当然", "同时", "此外",
	    "另外", "然而", "但是", "因此", "其实", "事实上", "近年来",
	    "多年来", "与此同时", "为此", "对此", "随后",
	    "此前", NULL };
	const unsigned char *u = (const unsigned char *)s;
	uint32_t first = 0;
	int i;

	/* (the words are tried only after a character one opens with:
	 * this runs for every line with a comma near its start) */
	if ((u[0] & 0xF0) == 0xE0 && (u[1] & 0xC0) == 0x80 &&
	    (u[2] & 0xC0) == 0x80)
		first = (uint32_t)(u[0] & 0x0F) << 12 |
		    (uint32_t)(u[1] & 0x3F) << 6 | (uint32_t)(u[2] & 0x3F);
	switch (first) {
	case 0x636E: case 0x622A: case 0x76EE: case 0x5982:  /* 据 截 目 如 */
	case 0x5F53: case 0x540C: case 0x6B64: case 0x53E6:  /* 当 同 此 另 */
	case 0x7136: case 0x4F46: case 0x56E0: case 0x5176:  /* 然 但 因 其 */
	case 0x4E8B: case 0x8FD1: case 0x591A: case 0x4E0E:  /* 事 近 多 与 */
	case 0x4E3A: case 0x5BF9: case 0x968F:               /* 为 对 随 */
		for (i = 0; words[i] != NULL; i++)
			if (seg_starts(s, words[i]) &&
			    seg_starts(s + strlen(words[i]), "，"))
				return 1;
	}
	return 0;
}

int
seg_opens_connective(const char *s)
{
	const char *c;

	if (seg_opens_connective_word(s))
		return 1;
	/* A span of time up to now (入冬以来，, 开工以来，): the clause is
	 * at most five characters of three bytes, 以来 its last two. */
	c = strstr(s, "，");
	return c != NULL && c - s >= 9 && c - s <= 15 &&
	    memcmp(c - 6, "以来", 6) == 0;
}

/*
 * The first w, of m bytes, in s[0..n) from byte at on, or NULL: strstr,
 * but found by w's last byte, which memchr looks for many bytes at a
 * time; glibc's generic strstr (this machine's) compares a byte at a
 * time, and its search of every paragraph for 将 was 2 % of segmenting
 * a page. (A continuation byte such as 将's last, 0x86, is a rare one.)
 */
static const char *
find_by_last(const char *s, size_t n, size_t at, const char *w, size_t m)
{
	const char *p = s + at + m - 1, *e = s + n;

	while (p < e && (p = memchr(p, w[m - 1], (size_t)(e - p))) != NULL) {
		if (memcmp(p - (m - 1), w, m - 1) == 0)
			return p - (m - 1);
		p++;
	}
	return NULL;
}

/*
 * 下一步，…将…  …将继续… 据悉，…: a report's last paragraph looks ahead
 * to what an office will do next, or adds the background; inside a
 * report such a sentence is rare.
 */
int
seg_is_closing(const char *s)
{
	/* (what follows 将 in 将继续, 将持续, 将进一步) */
	static const char *const ahead[] = { "继续", "持续", "进一步", NULL };
	const char *said = NULL, *q;
	size_t n = strlen(s), k = strlen("将");
	int looked = 0;

	if (seg_starts(s, "下一步") || seg_starts(s, "据悉"))
		return 1;
	/* A feature or an interview ends as the reporter leaves: 采访结束时，
	 * 采访临近结束，… 临别时，… */
	if (seg_starts(s, "采访结束") || seg_starts(s, "采访临近结束") ||
	    seg_starts(s, "临别时") || seg_starts(s, "记者离开"))
		return 1;
	/* Every 将 of the paragraph looked at once (one search, where a
	 * search for each phrase walked it four times): after 表示，
	 * (…负责人表示，将…: what an office says it will do), or opening
	 * one of the phrases ahead. */
	for (q = find_by_last(s, n, 0, "将", k); q != NULL;
	    q = find_by_last(s, n, (size_t)(q - s) + k, "将", k)) {
		/* (表示， looked for once a 将 is met: most paragraphs
		 * hold none, and were searched for it all the same) */
		if (!looked) {
			said = strstr(s, "表示，");
			looked = 1;
		}
		if (said != NULL && q > said)
			return 1;
		for (int i = 0; ahead[i] != NULL; i++)
			if (seg_starts(q + k, ahead[i]))
				return 1;
	}
	return 0;
}

/*
 * Whether s opens with the season's when set first, its clause up to the
 * first comma at most LEADIN_SEASON_MAX characters (时下正值荆条花期，…;
 * 眼下 and 正值 were listed too, and changed no page of the stop-35
 * halves): a picture's lead-in telling when its scene was seen
 * (seg_opens_time_clause's words close their clause: 金秋时节，). Asked
 * of photo lead-ins only, not of a report's lead.
 */
static int
opens_season(const char *s)
{
	static const char *const starts[] = { "时下", NULL };
	const char *c = seg_find_mark(s, "，");
	int i;

	if (c == NULL || (size_t)(c - s) > 3 * LEADIN_SEASON_MAX)
		return 0;
	for (i = 0; starts[i] != NULL; i++)
		if (seg_starts(s, starts[i]))
			return 1;
	return 0;
}

int
seg_opens_leadin(const struct seg_item *it)
{
	return it->lead || seg_opens_time_clause(it->text) ||
	    opens_season(it->text);
}

/*
 * 编者按：… 编者的话：… : an editor's note opening a text, set as its
 * first paragraph (a note may end on a question, 如何…？, as a title
 * does). Alone, 编者按 is a genre label (seg_is_genre_label).
 */
int
seg_opens_editor_note(const char *s)
{
	/* (seg_line_words asks only lines opening with 编) */
	static const char *const words[] = { "编者按", "编者的话", "编后",
	    NULL };
	const char *p;
	int i;

	for (i = 0; words[i] != NULL; i++)
		if (seg_starts(s, words[i])) {
			p = s + strlen(words[i]);
			return (seg_starts(p, "：") || *p == ':') &&
			    p[*p == ':' ? 1 : 3] != '\0';
		}
	return 0;
}

int
seg_opens_lead(const char *s)
{
	/* (a word added here adds its first character to may_open_lead) */
	static const char *const words[] = { "近日", "日前", "记者从",
	    "连日来", NULL };
	const char *p = skip_digits(s), *q;
	int i;

	for (i = 0; words[i] != NULL; i++)
		if (seg_starts(s, words[i]))
			return 1;
	if (p == s)
		return 0;
	/* Dumps may set digits apart with spaces: 10月 12 日. */
	p = skip_spaces(p);
	if (seg_starts(p, "月")) {
		q = skip_spaces(p + strlen("月"));
		p = skip_digits(q);
		if (p == q)
			return 0;
		p = skip_spaces(p);
	}
	return seg_starts(p, "日");
}

/* The number of the day s opens with when it opens on a day without its
 * month (13日一早，… 12日晚8时许，…), else -1. */
int
seg_bare_day(const char *s)
{
	const char *p = s;
	size_t k;
	int v, day = 0;

	while ((k = digit_at(p, &v)) > 0 && day < 100) {
		day = day * 10 + v;
		p += k;
	}
	if (p == s || day < 1 || day > 31)
		return -1;
	return seg_starts(skip_spaces(p), "日") ? day : -1;
}

/* Whether text t names day number day (13日, 12月13日, 12日至13日): its
 * digits, no digit before them, then 日. */
int
seg_names_day_number(const char *t, int day)
{
	const char *p = t;
	size_t k;
	int v, n;

	while (*p != '\0') {
		if (digit_at(p, &v) == 0) {
			p++;
			continue;
		}
		/* (a run of digits read whole: 113日 names no 13日) */
		for (n = 0; (k = digit_at(p, &v)) > 0; p += k)
			if (n < 1000)
				n = n * 10 + v;
		if (n == day && seg_starts(skip_spaces(p), "日"))
			return 1;
	}
	return 0;
}

/* Whether s names a day where it starts: 5月3日, 11 月 20 日, ５月３日
 * (digits ASCII or full-width, spaces between: skip_digits), 11月下旬. */
static int
day_at(const char *s)
{
	const char *p = skip_digits(s), *q;

	if (p == s || !seg_starts(p = skip_spaces(p), "月"))
		return 0;
	q = skip_spaces(p + strlen("月"));
	if (seg_starts(q, "上旬") || seg_starts(q, "中旬") ||
	    seg_starts(q, "下旬"))
		return 1;
	p = skip_digits(q);
	return p != q && seg_starts(skip_spaces(p), "日");
}

int
seg_names_day(const char *s)
{
	size_t n = strlen(s), i = 0, chars = 0;
	int len;
	uint32_t c;

	for (; i < n && chars < DAY_WITHIN_CHARS; i += (size_t)len, chars++) {
		len = utf8_next(s + i, n - i, &c);
		/* (the first sentence only: a later one may date anything) */
		if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F)
			return 0;
		if (seg_starts(s + i, "近日") || seg_starts(s + i, "日前") ||
		    day_at(s + i))
			return 1;
	}
	return 0;
}

/* A lead's first sentence names its event within this many bytes (the
 * date, the event's name, its place: 11月8日，2024晋陕蒙县域商业发展论坛
 * 在孝义市举行 is 87). */
#define EVENT_WITHIN 150

int
seg_lead_reports_event(const char *s)
{
	/* (what a report's news is: a meeting, a festival, a line opened) */
	static const char *const verbs[] = { "举行", "召开", "举办", "开幕",
	    "闭幕", "启动", "揭晓", "开通", "挂牌", "投入使用", NULL };
	const char *end = strstr(s, "。");
	size_t n = end != NULL ? (size_t)(end - s) : strlen(s);
	int i;

	if (n > EVENT_WITHIN)
		n = EVENT_WITHIN;
	for (i = 0; verbs[i] != NULL; i++)
		if (find_by_last(s, n, 0, verbs[i], strlen(verbs[i])) != NULL)
			return 1;
	return 0;
}

/* A dateline names its reporters in its first parentheses, this far in
 * at most, in bytes (本报离石3月1日电（记者 …）). */
#define DATELINE_NAMES_WITHIN 60

char *
seg_dateline_names(const char *text)
{
	const char *open, *close;

	/* (a continuation mark's brackets, （上接第8版）本报讯…, name no
	 * reporter: the dateline is past them) */
	text = skip_up_mark(text);
	open = strstr(text, "（");

	if (open == NULL || open - text > DATELINE_NAMES_WITHIN ||
	    (close = strstr(open, "）")) == NULL)
		return NULL;
	open += strlen("（");
	return xstrndup(open, (size_t)(close - open));
}

/*
 * A headline block may open with the genre or column of what follows, set
 * as a kicker: 专访, 快评. Alone on a line such a word is neither a title
 * nor what a title's wrap left over.
 */
/* A column's name in brackets holds at most this many characters. */
#define BRACKET_LABEL_MAX 8
/* The longest label below, in bytes (图片新闻, 人物专访, 记者手记). */
#define GENRE_LABEL_BYTES 12
/* ... letter-spaced: a space after each of its four characters but the
 * last. */
#define SPACED_LABEL_BYTES (GENRE_LABEL_BYTES + 3)

/* A commentary series' label holds at most this many characters
 * (二论加快建设黄河文化旅游目的地: 15). */
#define SERIES_LABEL_MAX 24

/* 一论…, 二论…, 十论…: a numeral, 论, then the series' topic, no mark. */
static int
series_label(const char *s)
{
	static const char numerals[] = "一二三四五六七八九十";
	size_t n;

	/* (this runs for every line: its first six bytes only, first) */
	if (strnlen(s, 6) < 6 || memcmp(s + 3, "论", 3) != 0)
		return 0;
	for (n = 0; n < sizeof numerals - 1; n += 3)
		if (memcmp(s, numerals + n, 3) == 0)
			break;
	if (n >= sizeof numerals - 1)
		return 0;
	n = utf8_count(s);
	return n >= 4 && n <= SERIES_LABEL_MAX && strstr(s, "，") == NULL &&
	    strstr(s, "。") == NULL && strchr(s, ' ') == NULL;
}

int
seg_is_series_label(const char *s)
{
	return series_label(s);
}

int
seg_title_column(const char *t)
{
	const char *e;
	char *l;
	int r;

	/* 【一语】旧衣回收箱…: a column's name in brackets opens it */
	if (seg_starts(t, "【") && (e = strstr(t, "】")) != NULL &&
	    e[strlen("】")] != '\0')
		return han_run(t + strlen("【"), (size_t)(e - t) - strlen("【"),
		    2, BRACKET_LABEL_MAX);
	/* …不妨多一些耐心和商量（三晋时评）: or closes it, named after
	 * its genre */
	if (!seg_ends(t, "）") || (e = strstr(t, "（")) == NULL)
		return 0;
	while (strstr(e + 1, "（") != NULL)
		e = strstr(e + 1, "（");
	if (e == t || (int)utf8_count(e) > BRACKET_LABEL_MAX + 2)
		return 0;
	l = xasprintf("【%.*s】", (int)(strlen(e) - 2 * strlen("（")),
	    e + strlen("（"));
	r = seg_is_genre_label(l);
	free(l);
	return r;
}

int
seg_is_genre_label(const char *s)
{
	/* (读者来信, a reader's letter: read as a title of its own over
	 * the letter's, it headed the reply's last paragraph as a stray
	 * article; tuning halves t1 +0.0013, t3 +0.0031, t4 +0.0001, t5
	 * -0.0002, t2 +0; confirm f1 +0.0061, f2 +0.0031.)
	 * (编后, the editor's afterword on a report, heads its own piece
	 * as 记者手记 does: read as no label, it was glued to the title of
	 * the headline over it, gathered at the page end (柳林新开两条城乡
	 * 公交编后), or taken for a title and the afterword's own title
	 * lost. Tuning +0.0008 / +0.0001 / +0 / +0 / +0.0008, notes
	 * removed on 4 articles, none added; confirm +0 / +0. 本报社论 too
	 * lost c-t3 0.0010 (its kicker lost over a title set apart).
	 * The columns 人物 (a profile) and 招聘 (a hiring notice) head
	 * theirs the same way, glued as the stub of the title above
	 * (…试验卫星招聘, …名单公示人物): tuning +0.0024 / +0 / +0 /
	 * +0.0008 / +0, notes removed on 5 articles, none added; confirm
	 * +0 / +0.) */
	static const char *const labels[] = { "专访", "访谈", "特写", "短评",
	    "时评", "快评", "社论", "述评", "快讯", "简讯", "图片新闻",
	    "人物专访", "记者手记", "编者按", "对话", "读者来信", "编后", "人物",
	    "招聘", NULL };
	int i;

	/* 【吕梁快评】: a column named after its genre, in brackets */
	if (seg_starts(s, "【") && seg_ends(s, "】") &&
	    utf8_count(s) <= BRACKET_LABEL_MAX + 2) {
		for (i = 0; labels[i] != NULL; i++)
			if (strstr(s, labels[i]) != NULL)
				return 1;
		return 0;
	}
	/* 二论加快建设黄河文化旅游目的地: one of a series of commentaries
	 * (一论, 二论, …), set as the kicker over the day's title */
	if (series_label(s))
		return 1;
	/* strcmp, inline: a line differs from a label in its first bytes
	 * (this runs for every line); none is equal that is longer than
	 * the longest label, GENRE_LABEL_BYTES, with a space between each
	 * two of its characters: a label letter-spaced (专 访) is the same
	 * label, set wide over a title as a kicker often is. */
	if (strnlen(s, SPACED_LABEL_BYTES + 1) > SPACED_LABEL_BYTES)
		return 0;
	for (i = 0; labels[i] != NULL; i++) {
		const char *a = s, *b = labels[i];
		while (*b != '\0' && (*a == *b || (*a == ' ' && a > s &&
		    (unsigned char)*b >= 0xE0)))
			if (*a == *b)
				a++, b++;
			else
				a++;
		if (*a == *b)
			return 1;
	}
	return 0;
}

/* A document's number holds at most this many characters
 * (吕梁市人民政府办公室关于…〔2024〕15号 is a title, not a number). */
#define DOCNUM_MAX_CHARS 24

/*
 * （2024）晋11民初××号, 吕政办发〔2024〕15号: the number an official
 * document or a court's notice prints under its title, a line of its
 * own ending with 号 around a year in brackets. It is a line of the
 * notice's text, never its title.
 */
int
seg_is_docnum(const char *s)
{
	static const char *const opens[] = { "（", "〔", "[", "(", "［", NULL };
	const char *p;
	int i, k;

	if (!seg_ends(s, "号") || utf8_count(s) > DOCNUM_MAX_CHARS)
		return 0;
	for (i = 0; opens[i] != NULL; i++)
		for (p = strstr(s, opens[i]); p != NULL;
		    p = strstr(p + 1, opens[i])) {
			const char *y = p + strlen(opens[i]);
			for (k = 0; k < 4 && y[k] >= '0' && y[k] <= '9'; k++)
				;
			if (k == 4 && (y[0] == '1' || y[0] == '2'))
				return 1;
		}
	return 0;
}

/* s with its spaces taken out, in place (a date set letter-spaced,
 * 2026年 12 月 18 日, is the date): returns s. */
static char *
squeeze_spaces(char *s)
{
	char *r = s, *w = s;

	for (; *r != '\0'; r++)
		if (*r != ' ')
			*w++ = *r;
	*w = '\0';
	return s;
}

/* A place a speech was given at, after its date in the brackets
 * (（2026年12月18日 离石）): a town's or county's name, at most this many
 * Han characters. */
#define FRAME_PLACE_MAX 4

/*
 * （2026年11月27日）: the day a speech was given, alone in brackets under
 * its headline, or the day and the place, （2026年12月18日 离石）. It is
 * the text's first line, as a notice's number is (speech-25, 27, 28 of
 * our truth print it so): a paragraph, never a title or a byline's tail.
 * Read without its place, the line under a speech's byline was taken as
 * a headline of its own and headed a stray article (a photo's lead-in,
 * the page's first paragraph).
 */
int
seg_is_frame_date(const char *s)
{
	char *inner, *day, *place;
	int r = 0;

	if (!seg_starts(s, "（") || !seg_ends(s, "）"))
		return 0;
	inner = unbracket(s);
	if (inner == NULL)
		return 0;
	/* (the date ends at its last 日; a place after it, spaces between) */
	day = NULL;
	for (place = inner; (place = strstr(place, "日")) != NULL;
	    place += strlen("日"))
		day = place;
	if (day != NULL) {
		place = day + strlen("日");
		while (*place == ' ')
			place++;
		if (*place == '\0' || han_run(place, strlen(place), 2,
		    FRAME_PLACE_MAX)) {
			day[strlen("日")] = '\0';
			r = seg_is_signoff_date(squeeze_spaces(inner));
		}
	}
	free(inner);
	return r;
}

/* A speech's or a notice's address holds at most this many characters
 * (尊敬的各位领导、各位来宾、同志们：). */
#define ADDRESS_MAX_CHARS 24

/* A letter's closing salute, 此致 / 敬礼！, on two lines or one: the
 * letter's frame, as a speech's 谢谢大家！ is. */
int
seg_is_salute(const char *s)
{
	static const char *const salutes[] = { "此致", "敬礼！", "敬礼。",
	    "敬礼", "此致敬礼！", "此致 敬礼！", NULL };
	int i;

	if (seg_starts(s, "此致") || seg_starts(s, "敬礼"))
		for (i = 0; salutes[i] != NULL; i++)
			if (strcmp(s, salutes[i]) == 0)
				return 1;
	return 0;
}

/*
 * 同志们：, 青年朋友们：, 尊敬的各位来宾：, 各用水单位及居民用户：: a
 * speech, a letter or a notice opens by addressing its hearers, a line
 * of its own ending with a colon (a reader's letter its editor: 编辑同志：,
 * 敬爱的吕梁日报编辑：), and a speech closes with 谢谢大家！.
 * Such a line is a paragraph of the text: no headline is made of it (a
 * title cut after its colon names a person: 上官怀瑾：).
 */
int
seg_is_address(const char *s)
{
	static const char *const hearers[] = { "们：", "同志：", "用户：",
	    "单位：", "编辑：", NULL };
	static const char *const closes[] = { "谢谢大家！", "谢谢大家。",
	    "谢谢！", "谢谢。", NULL };
	int i;

	/* (compared only with a line that opens as they all do, 谢谢:
	 * four strcmp a short line were half this test's cost) */
	if (seg_starts(s, "谢谢"))
		for (i = 0; closes[i] != NULL; i++)
			if (strcmp(s, closes[i]) == 0)
				return 1;
	if (seg_is_salute(s))
		return 1;
	/* (the characters counted last: this runs for every short line,
	 * and few end with a colon) */
	/* (a comma only between the hearers a notice lists: 各县（市、区）
	 * 人民政府，市直各有关单位：) */
	if (!seg_ends(s, "：") || (strstr(s, "，") != NULL &&
	    !seg_starts(s, "各")) || utf8_count(s) > ADDRESS_MAX_CHARS)
		return 0;
	if (seg_starts(s, "尊敬的") || seg_starts(s, "亲爱的") ||
	    seg_starts(s, "敬爱的") ||
	    seg_starts(s, "各位") || seg_starts(s, "广大"))
		return 1;
	for (i = 0; hearers[i] != NULL; i++)
		if (seg_ends(s, hearers[i]))
			return 1;
	return 0;
}

/*
 * An interview set as questions and answers gives each turn its speaker:
 * the asking side is labelled by role, never by a name, and a headline
 * never opens with such a label (a title may open with the interviewee's
 * name and a colon, so names are not labels here).
 */
int
seg_opens_qa(const char *s)
{
	/* (a label added here adds its first character to may_open_qa,
	 * and its first two bytes to the test below) */
	static const char *const labels[] = { "记者：", "本报记者：", "问：",
	    "主持人：", "记者:", "问:", NULL };
	/* (the first two bytes of 记, 本, 问 and 主, the labels' first
	 * characters: a paragraph opening otherwise, most, is not asked
	 * six times; assign asks every paragraph again and again) */
	const unsigned char *b = (const unsigned char *)s;
	int i;

	if (!(b[0] == 0xE8 && b[1] == 0xAE) && !(b[0] == 0xE6 &&
	    b[1] == 0x9C) && !(b[0] == 0xE9 && b[1] == 0x97) &&
	    !(b[0] == 0xE4 && b[1] == 0xB8))
		return 0;
	for (i = 0; labels[i] != NULL; i++)
		if (seg_starts(s, labels[i]))
			return 1;
	return 0;
}

/* 本报讯, 本报北京1月9日电, 新华社太原7月26日电, 据新华社北京5月6日电;
 * also after a continuation mark: （上接1版）本报讯…. A line that is only
 * （上接1版） opens a paragraph too. */
/* A report's opening bracket of reporters is at most this many bytes. */
#define REPORTER_BRACKET_MAX 60

/* （记者 李江）近日，… : a report opening with its reporters in brackets,
 * the dateline without 本报讯 (a photo's credit in brackets says 摄). */
static int
opens_reporter_bracket(const char *s)
{
	const char *close;

	if (seg_starts(s, "（"))
		s += strlen("（");
	else if (*s == '(')
		s++;
	else
		return 0;
	if (!seg_starts(s, "记者") && !seg_starts(s, "本报记者") &&
	    !seg_starts(s, "通讯员") && !seg_starts(s, "实习记者"))
		return 0;
	close = strstr(s, "）");
	if (close == NULL || (strchr(s, ')') != NULL && strchr(s, ')') < close))
		close = strchr(s, ')');
	if (close == NULL || close - s > REPORTER_BRACKET_MAX)
		return 0;
	for (; s < close; s++)
		if (seg_starts(s, "摄"))
			return 0;
	close += *close == ')' ? 1 : strlen("）");
	return utf8_count(close) >= 2;
}

int
seg_is_dateline(const char *s)
{
	/* (an opening added here, agency or other, adds its first
	 * character to may_open_dateline) */
	static const char *const agencies[] = { "本报", "新华社", "中新社",
	    "人民网", "央视网", NULL };
	const char *p;
	int i;

	if (skip_up_mark(s) != s)
		return 1;
	if (seg_starts(s, "据"))
		s += strlen("据");
	if (seg_starts(s, "本报讯") || opens_reporter_bracket(s))
		return 1;
	/* Cut by the column before its 电: 本报北京1月9日 / 电（记者…）. */
	if ((seg_starts(s, "本报") || seg_starts(s, "新华社")) &&
	    !seg_is_byline(s) && !seg_starts(s, "本报记者") &&
	    !seg_starts(s, "新华社记者") && digit_within(s, 12) &&
	    strstr(s, "日") != NULL &&
	    (strstr(s, "日电") != NULL || utf8_count(s) <= 40))
		return 1;
	for (i = 0; agencies[i] != NULL; i++) {
		if (!seg_starts(s, agencies[i]))
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

int
seg_opens_upmark_only(const char *s)
{
	const char *rest = skip_up_mark(s);

	return rest != s && !seg_is_dateline(rest);
}

static int
is_cn_digit(uint32_t c)
{
	/* (a switch the compiler makes a few comparisons of, where a walk
	 * over the eleven numerals compared a Han character of their range,
	 * most of a page's, with each: every line's first is tried, up to
	 * four times) */
	switch (c) {
	case '0': case '1': case '2': case '3': case '4':
	case '5': case '6': case '7': case '8': case '9':
	case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94:
	case 0x516D: case 0x4E03: case 0x516B: case 0x4E5D: case 0x5341:
	case 0x3007:
		return 1;
	}
	return 0;
}

/* Whether a numbered head's line is short and ends no sentence or
 * clause, as a head does. */
static int
numhead_plain(const char *s)
{
	return !(utf8_count(s) > 30 || clean_ends_sentence(s) ||
	    clean_ends_midpunct(s));
}

/* （一）, (3), 一、标题, （二）标题: numbered section heads. */
int
seg_is_numhead(const char *s)
{
	size_t n, i = 0;
	uint32_t c;
	int l, k = 0;

	/* Cheap first: it opens with a bracket or a numeral (the first
	 * character read from its first bytes, the line not measured). */
	l = utf8_next(s, strnlen(s, 4), &c);
	if (c != 0xFF08 && c != '(' && !is_cn_digit(c))
		return 0;
	/* (the numeral's form read before the line's end is: most lines
	 * that open with 一 go on as text, not 一、) */
	n = strlen(s);
	if (c == 0xFF08 || c == '(') {
		for (i = (size_t)l; i < n; i += (size_t)l, k++) {
			l = utf8_next(s + i, n - i, &c);
			if (c == 0xFF09 || c == ')')
				return k > 0 && k < 3 && numhead_plain(s);
			if (!is_cn_digit(c) || (c >= '0' && c <= '9'))
				return 0;
		}
		return 0;
	}
	for (i = 0; i < n; i += (size_t)l, k++) {
		l = utf8_next(s + i, n - i, &c);
		if (!is_cn_digit(c) || (c >= '0' && c <= '9'))
			break;
	}
	return k > 0 && k < 3 && c == 0x3001 && utf8_count(s) <= 24 &&
	    numhead_plain(s);
}

/* Characters a bracketed section heading (【熟皮】) holds at most. */
#define BRACKET_HEAD_MAX 12

/* 1. 从“一个桶”到“四个桶”, 2、积分…: a heading numbered in digits. */
static int
digit_head(const char *s)
{
	const char *p = s;

	while (*p >= '0' && *p <= '9')
		p++;
	if (p == s || p - s > 2)
		return 0;
	return (seg_starts(p, ". ") || seg_starts(p, "、") ||
	    seg_starts(p, "．")) && strlen(p) > 3;
}

/* ① 一条路，十一个人: a heading numbered by a circled numeral (①-⑳),
 * a feature's sections counted as 一、 counts them. */
static int
circled_head(const char *s)
{
	uint32_t c;
	int l = utf8_next(s, strnlen(s, 4), &c);

	if (l <= 0 || c < 0x2460 || c > 0x2473)
		return 0;
	s += l;
	while (*s == ' ')
		s++;
	return utf8_count(s) >= 2;
}

/* Characters a heading opening on a clock time holds after it at most:
 * a heading's phrase (“这一口面，凉了三回”, 11), not a sentence. A
 * bound, not tuned: the tuning halves' truth has no clock heading over
 * 11. */
#define CLOCK_HEAD_MAX 16

/* 20:15 “先别慌，跟着我呼吸”, 07:50 交班: a heading opening on a clock
 * time (H:MM or HH:MM), the sections of a feature told hour by hour;
 * a phrase after it, not a sentence (no 。). */
static int
clock_head(const char *s)
{
	const char *p = s;
	size_t n;

	while (*p >= '0' && *p <= '9')
		p++;
	if (p == s || p - s > 2)
		return 0;
	if (*p == ':')
		p++;
	else if (seg_starts(p, "："))
		p += strlen("：");
	else
		return 0;
	if (!(p[0] >= '0' && p[0] <= '5' && p[1] >= '0' && p[1] <= '9'))
		return 0;
	p += 2;
	while (*p == ' ')
		p++;
	n = utf8_count(p);
	return n >= 2 && n <= CLOCK_HEAD_MAX && strstr(p, "。") == NULL;
}

int
seg_heading_form(const char *s)
{
	size_t n;

	if (seg_is_numhead(s))
		return SEG_FORM_NUM;
	n = utf8_count(s);
	if (seg_starts(s, "【") && seg_ends(s, "】") && n > 2 &&
	    n <= BRACKET_HEAD_MAX + 2 && strstr(s + 3, "【") == NULL)
		return SEG_FORM_BRACKET;
	if (n > 2 && (seg_starts(s, "●") || seg_starts(s, "■") ||
	    seg_starts(s, "◆") || seg_starts(s, "▲") || seg_starts(s, "★")))
		return SEG_FORM_MARK;
	if (digit_head(s) || circled_head(s))
		return SEG_FORM_NUM;
	if (clock_head(s))
		return SEG_FORM_CLOCK;
	return 0;
}

/* (a form added here adds its first character to may_open_caption) */
int
seg_is_caption_start(const char *s)
{
	if (seg_starts(s, "▲") || seg_starts(s, "△") || seg_starts(s, "↑"))
		s += strlen("▲");
	while (*s == ' ')
		s++;
	return seg_starts(s, "图为") || seg_starts(s, "上图") ||
	    seg_starts(s, "下图") || seg_starts(s, "左图") ||
	    seg_starts(s, "右图") || seg_starts(s, "图：") ||
	    seg_starts(s, "图片说明");
}

/* （本文数据由文水县委组织部提供）, （记者 任静）: one bracketed phrase
 * from the line's first character to its last, the bracket it opens with
 * closed only at its end, and NOTE_MIN_CHARS or more inside. */
int
seg_is_bracketed_note(const char *s)
{
	size_t n = strlen(s), i = 0;
	int depth = 0, inside = -1;
	uint32_t c;

	while (i < n) {
		i += (size_t)utf8_next(s + i, n - i, &c);
		if (c == 0xFF08 || c == '(')
			depth++;
		else if (c == 0xFF09 || c == ')')
			depth--;
		inside++;
		if (depth == 0)
			return i == n && inside - 1 >= NOTE_MIN_CHARS;
	}
	return 0;
}

/* （来源：山西日报）, 来源：吕梁新闻网, （据新华社）, （摘自《人民日报》）:
 * a source note; and （完）, the end a wire story is marked with. */
int
seg_is_source(const char *s)
{
	char *inner = unbracket(s);
	const char *p = inner != NULL ? inner : s;
	int r;

	/* (the words first, the count of the whole line after; a word
	 * added adds its first character to may_open_source) */
	r = (seg_starts(p, "来源：") ||
	    seg_starts(p, "本文来源") || seg_starts(p, "稿件来源") ||
	    seg_starts(p, "转自") || seg_starts(p, "原载") ||
	    seg_starts(p, "摘自") || seg_starts(p, "转载自") ||
	    /* （完）: a wire story's end */
	    (inner != NULL && strcmp(p, "完") == 0) ||
	    (inner != NULL && seg_starts(p, "据") && utf8_count(p) <= 12)) &&
	    utf8_count(s) <= 40;
	free(inner);
	return r;
}

/* A notice's date line: 2023年10月8日, 二〇二三年十月八日. */
int
seg_is_signoff_date(const char *s)
{
	size_t n = strlen(s), i = 0;
	uint32_t c;
	int l, digits = 0, marks = 0;

	/* (the characters first: most lines fail on their first; the
	 * count of the whole line after) */
	while (i < n) {
		l = utf8_next(s + i, n - i, &c);
		i += (size_t)l;
		if (is_cn_digit(c))
			digits++;
		else if (c == 0x5E74 || c == 0x6708 || c == 0x65E5)  /* 年月日 */
			marks++;
		else if (c != ' ')
			return 0;
	}
	return marks == 3 && digits >= 4 && utf8_count(s) <= 14 &&
	    seg_ends(s, "日");
}

/* Whether s[0..n) names a notice's contact field (联系人, 地址, 电话…):
 * what follows it is a name, an address or a number, not a sentence. A
 * label that ends with one names the same field, what it is for before
 * it (受理地址, 来信地址, 咨询电话, 项目联系人): read as a headline,
 * 受理地址：… and the issuer under it cut a notice's tail off as a stray
 * article (tuning halves t1 +0.0014, t2 +0.0001, t3 +0.0018, t4
 * +0.0029, t5 +0; 4 stray articles fewer, on one notice's pages;
 * confirm halves f1 +0, f2 +0.0001). */
static int
contact_label(const char *s, size_t n)
{
	static const char *const labels[] = { "联系人", "联系电话", "电话",
	    "地址", NULL };
	int i;

	for (i = 0; labels[i] != NULL; i++)
		if (strlen(labels[i]) <= n &&
		    memcmp(s + n - strlen(labels[i]), labels[i],
		    strlen(labels[i])) == 0)
			return 1;
	return 0;
}

/* 联系电话：0358-8221234, 邮编：033000: a notice's field of digits;
 * 联系人：张经理  电话：138××××6215, 地址：离石区…8号: a field its label
 * names, whatever it holds short of a sentence. (The digits' shape reads
 * 邮编, 手机, 传真 and their like: thirteen such labels listed besides
 * changed no page of the stop-35 halves and went.) */
static int
is_field(const char *s)
{
	const char *p = strstr(s, "：");
	size_t digits = 0, other = 0;

	if (p == NULL || p == s || utf8_count(s) > 40 ||
	    !han_run(s, (size_t)(p - s), 2, 6))
		return 0;
	/* (a field cut at its next label's colon goes on, a paragraph) */
	if (contact_label(s, (size_t)(p - s)))
		return strstr(p, "。") == NULL && strstr(p, "，") == NULL &&
		    strstr(p, "；") == NULL && !seg_ends(s, "：");
	for (p += strlen("："); *p; p++) {
		if ((*p >= '0' && *p <= '9') || *p == '-' || *p == ' ')
			digits++;
		else
			other++;
	}
	return digits >= 5 && other == 0;
}

/* Whether lines a and b are one contact field a narrow column cut after
 * its label's colon (联系电话： / 0358-8221234, 受理电话： / 0358-7222164):
 * a label is_field reads, alone on its line, over a number of five
 * digits or more (dashes, spaces and ×, a masked digit, between them;
 * a full stop after). Read as a headline, the number and the notice's
 * issuer under it cut the notice's tail off as a stray article. */
int
seg_is_cut_field(const char *a, const char *b)
{
	static const char times[] = "×", stop[] = "。";
	size_t n = strlen(a), digits = 0;

	if (n <= strlen("：") || !seg_ends(a, "："))
		return 0;
	n -= strlen("：");
	if (!han_run(a, n, 2, 6) || !contact_label(a, n))
		return 0;
	while (*b != '\0') {
		if (*b >= '0' && *b <= '9')
			digits++;
		else if (*b == '-' || *b == ' ')
			;
		else if (strncmp(b, times, strlen(times)) == 0)
			b += strlen(times) - 1;
		else if (strcmp(b, stop) == 0)
			break;
		else
			return 0;
		b++;
	}
	return digits >= 5;
}

/* A line ending 的故事 this long or longer tells whose story: a
 * subtitle's length (titles run to about a dozen characters). */
#define GENRE_STORY_MIN 14

/* A line opening 探访, 走访 or 对话, or ending …人谈, this long or
 * longer names a visit's place and what was seen there (探访中阳县一家
 * …企业, 14 and more in our truth), whom an interview talks with, or a
 * round table's guests (11 and more): a feature's subtitle. A title
 * opening so is a slogan's few words (走访慰问困难户), a column's label
 * ending so a kicker of five (圆桌三人谈). */
#define GENRE_VISIT_MIN 10

/* A feature's subtitle names its genre: …纪实, …见闻, …调查, and an
 * interview's its form, …负责人答记者问 (none of the tuning halves' 39
 * such lines a title; read as one, it headed the first questions as an
 * article of their own, the rest of the interview under the title above
 * it: t2 +0.0032, t4 +0.0023, t5 +0.0042, t1 t3 +0; confirm +0, +0).
 * (Seventeen more genre words, …侧记, …综述, …速写, changed no page of
 * the stop-35 halves, tuning or confirm, and went.) */
int
seg_ends_genre(const char *t)
{
	static const char *const genres[] = { "纪实", "调查", "访记", "见闻",
	    "答记者问", NULL };
	size_t n = strlen(t);
	int i;

	/* (the line measured once, not twice for each genre) */
	for (i = 0; genres[i] != NULL; i++)
		if (seg_ends_n(t, n, genres[i]) && utf8_count(t) > 4)
			return 1;
	/* …自费建起农耕民俗展览馆的故事: a long line that names the story
	 * it tells is a feature's subtitle (a title may end so when short). */
	return seg_ends_n(t, n, "的故事") && utf8_count(t) >= GENRE_STORY_MIN;
}

/* A dated occasion's date holds at most this many bytes (二〇二六年十一
 * 月二十七日, a day of Han numerals, 36). */
#define OCCASION_DATE_BYTES 40

/*
 * Whether t names the day and the meeting a report or a speech was given
 * at, as a paper prints a work report's subtitle (2026年11月27日在市第五
 * 届人民代表大会常务委员会第三十一次会议上, with or without its 的讲话): a
 * whole date (seg_is_signoff_date), 在, and the meeting, ending on 上
 * or going on 上的…. No title or kicker opens with a date and 在.
 */
static int
dated_occasion(const char *t)
{
	const char *z = strstr(t, "日在");
	char *d;
	int r;

	if (z == NULL || z - t > OCCASION_DATE_BYTES)
		return 0;
	z += strlen("日");
	d = xstrndup(t, (size_t)(z - t));
	r = seg_is_signoff_date(d) && (seg_ends(z, "上") ||
	    strstr(z, "上的") != NULL);
	free(d);
	return r;
}

/* Whether t is a subtitle naming its piece's genre or occasion: by its
 * end (seg_ends_genre), its opening (访…, 在…上的讲话) or a roll call. */
int
seg_is_genre_subtitle(const char *t)
{
	if (seg_ends_genre(t))
		return 1;
	if (seg_starts(t, "——"))
		t += strlen("——");
	if (dated_occasion(t))
		return 1;
	/* 在全市…会议上的讲话（摘要）: a speech printed under its own title
	 * names the occasion. */
	if (seg_starts(t, "在") && (strstr(t, "上的讲话") != NULL ||
	    strstr(t, "上的发言") != NULL || strstr(t, "上的致辞") != NULL ||
	    strstr(t, "上的报告") != NULL || strstr(t, "上的主旨演讲") != NULL))
		return 1;
	/* 王立伟出席并讲话 张稳科主持: a meeting report's roll call. */
	if (strstr(t, "主持") != NULL || strstr(t, "出席") != NULL ||
	    strstr(t, "讲话") != NULL || strstr(t, "致辞") != NULL ||
	    strstr(t, "作报告") != NULL || strstr(t, "主旨演讲") != NULL)
		return strchr(t, ' ') != NULL;
	/* 访市交通运输局局长…, 记方山县…高级农艺师…: an interview's or a
	 * profile's subtitle. 探访…现场, 走访…醋坊: a feature's, naming
	 * the place its reporter visited (in the tuning truth every line
	 * opening so is a subtitle, 3 of 3, no title or kicker). Set plain
	 * under a title of a few words, without ——, it was read as the
	 * title and the title as its kicker (一缸老醋酿三代 / 走访文水县…):
	 * tuning t1 +0.0016, t2 +0.0078, t5 +0.0017, t3 t4 nxt +0; notes
	 * removed on 4 articles, none added; confirm f1 +0.0016, f2 nxf
	 * +0. 对话… (对话…修表匠郝建春: an interview's, whom it talks
	 * with) and …人谈 (校长、医生、家长三人谈: a round table's) the
	 * same, long enough to be no column's label (圆桌三人谈 is a
	 * kicker): tuning t3 +0.0029, t4 +0.0025, nxt +0.0085, t1 t2 t5
	 * +0, notes removed on 5 articles, none added; confirm +0. */
	if ((seg_starts(t, "探访") || seg_starts(t, "走访") ||
	    seg_starts(t, "对话") || seg_ends(t, "人谈")) &&
	    utf8_count(t) >= GENRE_VISIT_MIN)
		return 1;
	return (seg_starts(t, "访") || (seg_starts(t, "记") &&
	    !seg_starts(t, "记者"))) && utf8_count(t) >= 6;
}

/*
 * Whether c is a word that binds to what follows it (的, 把, 和): a
 * headline never ends on one, where a line of a paragraph cut anywhere
 * may. (了, 在, 为, 等 may end a title: 住上了, 乐在, 有所作为.)
 */
int
seg_binds_on(uint32_t c)
{
	/* (a switch, not a walk over a list: the labels ask it for nearly
	 * every line, and the walk of eighteen compares was 0.5 % of
	 * segmenting a page) */
	switch (c) {
	case 0x7684: /* 的 */ case 0x628A: /* 把 */ case 0x88AB: /* 被 */
	case 0x5BF9: /* 对 */ case 0x5411: /* 向 */ case 0x4ECE: /* 从 */
	case 0x5C06: /* 将 */ case 0x548C: /* 和 */ case 0x4E0E: /* 与 */
	case 0x53CA: /* 及 */ case 0x5E76: /* 并 */ case 0x8BA9: /* 让 */
	case 0x4F7F: /* 使 */ case 0x7ED9: /* 给 */ case 0x7531: /* 由 */
	case 0x800C: /* 而 */ case 0x6216: /* 或 */ case 0x4F46: /* 但 */
		return 1;
	}
	return 0;
}

/* ——市政协四届五次委员大会发言摘编: the subtitle of a series banner
 * names a selection of several pieces, which no one article is. */
int
seg_is_series_subtitle(const char *t)
{
	static const char *const kinds[] = { "摘编", "选登", "摘登", "议政录", NULL };
	int i;

	if (!seg_starts(t, "—"))
		return 0;
	for (i = 0; kinds[i] != NULL; i++)
		if (seg_ends(t, kinds[i]))
			return 1;
	return 0;
}

/* A title of at most this many characters that ends on a document kind
 * without opening with 关于 (迁坟启事, 招聘公告, 停水通知) is a
 * notice's; a longer one may be a phrase that ends on the word
 * (落实好省委的决定). */
#define DOCUMENT_BARE_MAX 8

/* The kinds of official document a notice page prints under its own
 * title: 关于…的通知, …公告. */
/* (with their lengths: a strlen of each for every short line was most
 * of seg_is_document_title; a kind added adds its last character to
 * may_end_document_kind) */
#define KIND(x) { x, sizeof x - 1 }
static const struct {
	const char *s;
	size_t n;
} document_kinds[] = {
	KIND("通知"), KIND("通告"), KIND("公告"), KIND("启事"), KIND("公示"),
	KIND("声明"), KIND("倡议书"), KIND("告知书"), KIND("决定"),
	KIND("意见"), KIND("办法"), KIND("通报"),
};
#undef KIND

/* Titles of official documents (关于做好…工作的通知, 迁坟启事): the
 * headline of a notice of its own, never a section heading inside an
 * article (a feature's headings do not name a document kind at their
 * end). */
/* Whether t[0..n) ends with a document kind. */
static int
document_kind_at_end(const char *t, size_t n)
{
	size_t i, k;

	/* (each kind's last byte compared first: segment-lines asks this
	 * of every short line) */
	for (i = 0; i < sizeof document_kinds / sizeof *document_kinds; i++) {
		k = document_kinds[i].n;
		if (n >= k && t[n - 1] == document_kinds[i].s[k - 1] &&
		    memcmp(t + n - k, document_kinds[i].s, k) == 0)
			return 1;
	}
	return 0;
}

/* seg_is_document_title of t, n bytes and nch characters. A letter to
 * the public (致全市广大农户的一封信, 致广大家长的一封信) is a notice's
 * title as well: read as a kicker over the title under it in headlines
 * gathered at a page's end, it left the letter's text untitled. */
static int
document_title_n(const char *t, size_t n, size_t nch)
{
	static const char letter[] = "一封信";
	const size_t ln = sizeof letter - 1;

	if (seg_starts(t, "致") && n > ln &&
	    memcmp(t + n - ln, letter, ln) == 0)
		return 1;
	return document_kind_at_end(t, n) &&
	    (seg_starts(t, "关于") || nch <= DOCUMENT_BARE_MAX);
}

/* (a title under a section's number, 五、参赛办法, names a section of a
 * document, not the document: no notice's title is numbered) */
int
seg_is_document_title(const char *t)
{
	return !seg_is_numhead(t) && document_title_n(t, strlen(t),
	    utf8_count(t));
}

/*
 * Whether a title is one quotation and nothing else (“每一个病人，都是
 * 一本书”): a pulled quote, set as the title of an interview or a
 * profile. It is said where the speaker says it, often far into the text,
 * so its words are no sign of where the text starts.
 */
int
seg_is_pull_quote(const char *t)
{
	size_t n = strlen(t);
	const char *in;

	if (!seg_starts(t, "“") || !seg_ends(t, "”") || n <= 2 * 3)
		return 0;
	in = strstr(t + 3, "”");
	return in == t + n - 3;
}

/* Titles of boxes beside an article (相关链接, 延伸阅读). */
int
seg_is_box_title(const char *t)
{
	size_t n = strlen(t);

	return strstr(t, "链接") != NULL || seg_ends_n(t, n, "阅读") ||
	    seg_ends_n(t, n, "背景") || seg_ends_n(t, n, "小贴士") ||
	    seg_ends_n(t, n, "名词解释");
}

/* Lines longer than this are no byline, credit, name, notice field or
 * numbered head: the lexicon's short forms are not tried on them. */
#define SHORT_FORM_MAX 40

enum lkind
seg_classify(const char *s)
{
	uint32_t first = 0;
	size_t n = strlen(s);

	utf8_next(s, n, &first);
	return seg_classify_as(s, n, first, strstr(s, "，") != NULL ||
	    strstr(s, "。") != NULL);
}

/*
 * The characters the lexicon's forms can open with, each form's set
 * read off its words: a line that opens otherwise (most lines: a Han
 * character none of them names) is not asked, where asking every line
 * every question was a tenth of segmenting a page. Each says "may":
 * the form's own test decides. Each is a second statement of its
 * form's words: a word added to a form adds its first (or last)
 * character here, or the form never sees the lines it opens.
 */
/* seg_is_caption_start: ▲ △ ↑, then 图为, 上图, 下图, 左图, 右图, 图：,
 * 图片说明 (spaces allowed before them). */
static int
may_open_caption(uint32_t c)
{
	switch (c) {
	case ' ': case 0x25B2: case 0x25B3: case 0x2191:  /* ▲ △ ↑ */
	case 0x56FE: case 0x4E0A: case 0x4E0B:            /* 图 上 下 */
	case 0x5DE6: case 0x53F3:                         /* 左 右 */
		return 1;
	}
	return 0;
}

/* seg_is_dateline: a bracket (a continuation mark, a reporters'
 * bracket), 据, 本报, 新华社, 中新社, 人民网, 央视网. */
static int
may_open_dateline(uint32_t c)
{
	switch (c) {
	case '(': case 0xFF08:                            /* ( （ */
	case 0x636E: case 0x672C: case 0x65B0:            /* 据 本 新 */
	case 0x4E2D: case 0x4EBA: case 0x592E:            /* 中 人 央 */
		return 1;
	}
	return 0;
}

/* seg_is_numhead: a bracket or a numeral (as its own first test). */
static int
may_open_numhead(uint32_t c)
{
	return c == '(' || c == 0xFF08 || is_cn_digit(c);
}

/* seg_is_source: a bracket (（来源：…）, （完）, （据…）), 来源：, 本文来源,
 * 稿件来源, 转自, 转载自, 原载, 摘自. */
static int
may_open_source(uint32_t c)
{
	switch (c) {
	case '(': case 0xFF08:                            /* ( （ */
	case 0x6765: case 0x672C: case 0x7A3F:            /* 来 本 稿 */
	case 0x8F6C: case 0x539F: case 0x6458:            /* 转 原 摘 */
		return 1;
	}
	return 0;
}

/* seg_is_signoff_date: a numeral, 年, 月, 日 or a space (its every
 * character is one). */
static int
may_open_signoff_date(uint32_t c)
{
	return is_cn_digit(c) || c == ' ' || c == 0x5E74 || c == 0x6708 ||
	    c == 0x65E5;
}

/* A subtitle opens with a dash: — or ——. */
#define DASH 0x2014

/* The words a photo credit ends with (seg_is_photo_credit). */
static int
ends_photo_word(const char *s, size_t n)
{
	/* (told first by the last byte, that of 摄, 影 or 图: most short
	 * lines end with none, and three compares of a suffix were asked
	 * of every one) */
	unsigned char z = n > 0 ? (unsigned char)s[n - 1] : 0;

	if (z != 0x84 && z != 0xB1 && z != 0xBE)
		return 0;
	return seg_ends_n(s, n, "摄") || seg_ends_n(s, n, "摄影") ||
	    seg_ends_n(s, n, "供图");
}

/* seg_classify_as, told besides whether s may hold ： (colon 0: it holds
 * none, as the line's walk found; no field is then looked for). */
static enum lkind
classify(const char *s, size_t n, uint32_t first, int marks, int colon)
{
	int bracket = first == '(' || first == 0xFF08;

	if (may_open_caption(first) && seg_is_caption_start(s))
		return L_CAPTION;
	/* A comma or a full stop: a sentence, no byline, credit or field. */
	if (n > SHORT_FORM_MAX * 3 || marks) {
		if (may_open_dateline(first) && seg_is_dateline(s))
			return L_DATELINE;
		if (first == DASH && clean_mark_at_end(s) == 0)
			return L_SUBTITLE;
		return may_open_numhead(first) && seg_is_numhead(s) ?
		    L_NUMHEAD : L_TEXT;
	}
	if (may_open_dateline(first) && seg_is_dateline(s))
		return L_DATELINE;
	/* (新华社发, a credit's end word, or a bracketed credit) */
	if ((first == 0x65B0 /* 新 */ || ends_photo_word(s, n)) &&
	    seg_is_photo_credit(s))
		return L_PHOTOCREDIT;
	if (bracket && is_bracketed_photo_credit(s))
		return L_PHOTOCREDIT;
	if ((bracket || edit_verb_at_end(s, n) > 0) && seg_is_edit_credit(s))
		return L_CREDIT;
	/* (记者手记, a feature's closing section: a role word and two
	 * characters, yet a genre's name, no reporter's) */
	if (seg_is_byline(s) && !(n <= GENRE_LABEL_BYTES &&
	    seg_is_genre_label(s)))
		return L_BYLINE;
	if (may_open_source(first) && seg_is_source(s))
		return L_SOURCE;
	if (first == DASH && clean_mark_at_end(s) == 0)
		return L_SUBTITLE;
	if (may_open_numhead(first) && seg_is_numhead(s))
		return L_NUMHEAD;
	if (may_open_signoff_date(first) && seg_is_signoff_date(s))
		return L_SIGNOFF;
	/* (a field's label: Han characters) */
	if (colon && (clean_is_han(first) || first == 0xB7 ||
	    first == 0x2022) && is_field(s))
		return L_SIGNOFF;
	return L_TEXT;
}

enum lkind
seg_classify_as(const char *s, size_t n, uint32_t first, int marks)
{
	return classify(s, n, first, marks, 1);
}

/* seg_opens_lead: 近日, 日前, 记者从, 连日来, or digits (ASCII or
 * full-width). */
static int
may_open_lead(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) ||
	    c == 0x8FD1 || c == 0x65E5 || c == 0x8BB0 || c == 0x8FDE;
}

/* seg_opens_qa: 记者：, 本报记者：, 问：, 主持人：. */
static int
may_open_qa(uint32_t c)
{
	return c == 0x8BB0 || c == 0x672C || c == 0x95EE || c == 0x4E3B;
}

/* seg_is_genre_label: 【, a series' numeral (一论), or a line no
 * longer than the longest label. */
static int
may_be_genre_label(uint32_t c, size_t n)
{
	return n <= GENRE_LABEL_BYTES || c == 0x3010 || is_cn_digit(c);
}

/* The last characters of the document kinds: 知 告 事 示 明 书 定 见 法
 * 报, and a letter's 信. */
static int
may_end_document_kind(uint32_t c)
{
	switch (c) {
	case 0x77E5: case 0x544A: case 0x4E8B: case 0x793A: case 0x660E:
	case 0x4E66: case 0x5B9A: case 0x89C1: case 0x6CD5: case 0x62A5:
	case 0x4FE1:
		return 1;
	}
	return 0;
}

/* Reads up to three Chinese numerals at *p, moving *p past them; how
 * many (a clause's number holds one or two: three is none). */
static int
skip_cn_numerals(const char **p)
{
	uint32_t c;
	int k = 0, l;

	while (k < 3 && **p != '\0') {
		l = utf8_next(*p, strnlen(*p, 4), &c);
		if (!is_cn_digit(c) || (c >= '0' && c <= '9'))
			break;
		*p += l;
		k++;
	}
	return k;
}

/* Whether s opens with a clause's number: one or two Chinese numerals
 * and 、 (二、), the same in brackets (（三）), or one or two digits and
 * ． or ". " (3．): a notice's numbered clause, a list's item. (Not
 * digits and 、 or a dot alone: a list of scores or a decimal wraps to
 * a line's start, 18、25比21。, 1.2万吨.) */
static int
opens_clause(const char *s, uint32_t first)
{
	const char *p = s;
	uint32_t c;
	int k;

	if (first == 0xFF08) {
		p += utf8_next(p, strnlen(p, 4), &c);
		k = skip_cn_numerals(&p);
		return k > 0 && k < 3 && seg_starts(p, "）");
	}
	if (first >= '0' && first <= '9') {
		while (*p >= '0' && *p <= '9')
			p++;
		return p - s <= 2 && (seg_starts(p, "．") ||
		    seg_starts(p, ". "));
	}
	if (!is_cn_digit(first))
		return 0;
	k = skip_cn_numerals(&p);
	return k > 0 && k < 3 && seg_starts(p, "、");
}

/* An interviewee's name before the colon that opens an answer (马秀英：):
 * SPEAKER_MIN_CHARS to SPEAKER_MAX_CHARS characters (a one-character
 * "name" is a word: 说：, 问：). */
#define SPEAKER_MIN_CHARS 2
#define SPEAKER_MAX_CHARS 4

/* A line of bare names this long at most (康建伟 刘嘉, 郭宏 吴瑞 王洋):
 * a byline's names without its role, NAMES_MAX of them. */
#define NAMES_MAX_CHARS 14
#define NAMES_MAX 3

/*
 * Whether s is two or more names apart by spaces or 、 and nothing else
 * (康建伟 刘嘉): a byline that names its writers bare, as one name alone
 * is (l->name). Each is a name by its surname (seg_is_name), so a title's
 * phrases set apart (凝聚青春力量 勇担时代使命) are none.
 */
static int
names_list(const char *s)
{
	char w[16];
	const char *p = s, *e;
	int k = 0;

	while (*p != '\0') {
		/* (looked for no further than a name may reach: a longer
		 * word is no name either way) */
		for (e = p; *e != '\0' && *e != ' ' && !seg_starts(e, "、") &&
		    (size_t)(e - p) < sizeof w; e++)
			;
		if (e == p || (size_t)(e - p) >= sizeof w || ++k > NAMES_MAX)
			return 0;
		memcpy(w, p, (size_t)(e - p));
		w[e - p] = '\0';
		if (!seg_is_name(w))
			return 0;
		p = e;
		while (*p == ' ')
			p++;
		if (seg_starts(p, "、"))
			p += strlen("、");
	}
	return k >= 2;
}

void
seg_line_words(struct seg_line *l, int marks, int comma_at, int colon_at)
{
	const char *s = l->text;
	size_t n = l->len;
	int text;

	/* (a field's label ends at a ：: a line without one, most short
	 * lines, is not searched for it) */
	l->kind = classify(s, n, l->first, marks, colon_at >= 0);
	text = l->kind == L_TEXT;
	l->glabel = text && may_be_genre_label(l->first, n) &&
	    seg_is_genre_label(s);
	l->doctitle = text && !l->final && l->nch <= HEAD_MAX_CHARS &&
	    may_end_document_kind(l->last) &&
	    document_title_n(s, n, (size_t)l->nch);
	/* (a genre label is no name, though 时评 opens with a surname; nor
	 * is a notice's title, 公告, though 公 is one: read as a byline, it
	 * left its notice no title and the issuer's line under it took the
	 * title's place) */
	l->name = text && !l->glabel && !l->doctitle &&
	    ((l->nch <= 4 && seg_is_name(s)) ||
	    (l->nch <= NAMES_MAX_CHARS && strpbrk(s, " \xE3") != NULL &&
	    names_list(s)));
	/* (a time clause ends at a comma near the line's start) */
	l->lead = text && ((may_open_lead(l->first) && seg_opens_lead(s)) ||
	    (comma_at > 0 && comma_at <= TIME_CLAUSE_MAX &&
	    (seg_opens_time_clause(s) || opens_clock(s))) ||
	    (l->first == 0x7F16 /* 编 */ && seg_opens_editor_note(s)));
	l->qa = text && may_open_qa(l->first) && seg_opens_qa(s);
	l->clause = text && opens_clause(s, l->first);
	/* (a connective is at most five characters before its comma) */
	l->connective = text && comma_at >= 2 && comma_at <= 5 &&
	    seg_opens_connective(s);
	/* (a speaker's name is Han characters right before the line's
	 * first ：, so SPEAKER_MIN_CHARS to SPEAKER_MAX_CHARS of them:
	 * seg_speaker_len asked only then, where it ran for every text
	 * line) */
	l->turn = l->qa || (text && ((colon_at >= SPEAKER_MIN_CHARS &&
	    colon_at <= SPEAKER_MAX_CHARS && seg_speaker_len(s) > 0) ||
	    seg_starts(s, "答：")));
	/* (a line ends with 号 or ： when its last character, found by
	 * its walk, is that one: no compare of its bytes) */
	l->docnum = text && l->nch <= FRAME_MAX_CHARS &&
	    l->last == 0x53F7 /* 号 */ && seg_is_docnum(s);
	l->dated = text && l->first == 0xFF08 /* （ */ &&
	    l->nch <= FRAME_MAX_CHARS && seg_is_frame_date(s);
	/* (a hearer's colon at the end, 谢谢, or a letter's 此致 敬礼) */
	l->address = l->docnum || l->dated ||
	    (text && l->nch <= FRAME_MAX_CHARS &&
	    (l->last == 0xFF1A /* ： */ || l->first == 0x8C22 /* 谢 */ ||
	    l->first == 0x6B64 /* 此 */ || l->first == 0x656C /* 敬 */) &&
	    seg_is_address(s));
	l->note = text && (l->first == 0xFF08 || l->first == '(') &&
	    seg_is_bracketed_note(s);
}

/* Where AGENCY_RELEASE stands right before at in s (spaces between), or
 * NULL. */
static char *
agency_before(char *s, char *at)
{
	size_t n = strlen(AGENCY_RELEASE);

	while (at > s && at[-1] == ' ')
		at--;
	if ((size_t)(at - s) < n || memcmp(at - n, AGENCY_RELEASE, n) != 0)
		return NULL;
	return at - n;
}

/*
 * Whether the words before s[i] stop inside a sentence: a comma-like
 * mark (，、；：) or a closing quote after no stop (…”, not …。”). A
 * credit glued to the words before it (no space) follows the caption's
 * last sentence or a bracketed remark (…。（无人机照片）); after a comma
 * or a quote inside a sentence, NAME 摄影 is the sentence going on, a
 * word wrapped at the line's end (…引来不少摄影 / 爱好者…, 我市“迎七一”
 * 职工书画摄影 / 展…), not a photographer.
 */
static int
mid_sentence_before(const char *s, size_t i)
{
	uint32_t c;
	size_t at = utf8_prev(s, i);

	utf8_next(s + at, i - at, &c);
	if (clean_is_midpunct(c))
		return 1;
	if (c != 0x201D && c != 0x2019 && c != 0x300D && c != 0x300F &&
	    c != '"' && c != '\'')
		return 0;
	while (at > 0 && clean_is_closing(c)) {
		size_t prev = utf8_prev(s, at);
		utf8_next(s + prev, at - prev, &c);
		at = prev;
	}
	return !clean_is_final(c);
}

char *
seg_split_credit(char *s)
{
	size_t n = strlen(s), i;
	char *credit;

	/* "…。（记者 张三 摄）": the credit in brackets. */
	if (seg_ends(s, "摄）") || seg_ends(s, "摄)") || seg_ends(s, "摄影）") ||
	    seg_ends(s, "摄影)") || seg_ends(s, "供图）")) {
		int ascii = seg_ends(s, ")");
		char *open = NULL, *p = s;
		while ((p = strstr(p, ascii ? "(" : "（")) != NULL)
			open = p++;
		if (open != NULL) {
			size_t ol = ascii ? 1 : strlen("（");
			size_t cl = ascii ? 1 : strlen("）");
			char *inner = xstrndup(open + ol,
			    n - (size_t)(open - s) - ol - cl);
			if (seg_is_photo_credit(inner)) {
				/* 新华社发（郭强 摄）: the agency's picture,
				 * its name before the bracket */
				char *agency = agency_before(s, open);
				if (agency != NULL) {
					free(inner);
					inner = xstrdup(agency);
					open = agency;
				}
				*open = '\0';
				while (open > s && open[-1] == ' ')
					*--open = '\0';
				return inner;
			}
			free(inner);
		}
	}
	for (i = n; i > 0; i = utf8_prev(s, i)) {
		uint32_t c;
		size_t at = utf8_prev(s, i);
		int l = utf8_next(s + at, n - at, &c);
		if (clean_is_final(c) || clean_is_closing(c) ||
		    clean_is_midpunct(c)) {
			i = at + (size_t)l;
			break;
		}
	}
	if (i > 0 && i < n && s[i] != ' ' && mid_sentence_before(s, i))
		return NULL;
	while (s[i] == ' ')
		i++;
	if (i >= n || i == 0 || !seg_is_photo_credit(s + i))
		return NULL;
	credit = xstrdup(s + i);
	while (i > 0 && s[i - 1] == ' ')
		i--;
	s[i] = '\0';
	return credit;
}

size_t
seg_first_sentence_end(const char *s)
{
	return seg_sentence_end(s, strlen(s));
}

/* Which byte of x, the lowest first, is the first with a bit set
 * (x not 0; load8 reads bytes lowest first). */
static unsigned
low_byte_set(uint64_t x)
{
#if defined(__GNUC__)
	return (unsigned)__builtin_ctzll(x) / 8;
#else
	unsigned i = 0;

	while ((x & 0xFF) == 0) {
		x >>= 8;
		i++;
	}
	return i;
#endif
}

size_t
seg_sentence_end(const char *s, size_t n)
{
	const uint64_t ones = 0x0101010101010101ULL, low7 = 0x7F7F7F7F7F7F7F7FULL;
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	uint32_t c;
	int l;

	/* A stop (。 E3 80 82, ！ EF BC 81, ？ EF BC 9F) opens with lead
	 * byte E3 or EF, which no other character's bytes hold but at its
	 * start: only those bytes are decoded, found eight bytes at a time
	 * (a byte of w ^ 0xE3.. that is 0 gets 0x80, the others 0), where a
	 * walk a character at a time was 1 % of segmenting a page (every
	 * paragraph is walked a sentence at a time for repeats). */
	while (i < n) {
		while (n - i >= 8) {
			uint64_t w = load8(u + i), a = w ^ (ones * 0xE3),
			    b = w ^ (ones * 0xEF);
			a = ~(((a & low7) + low7) | a | low7);
			b = ~(((b & low7) + low7) | b | low7);
			if ((a | b) != 0) {
				/* (straight to the first such byte, where a
				 * step a byte at a time to it cost as much
				 * as the search) */
				i += low_byte_set(a | b);
				break;
			}
			i += 8;
		}
		if (i >= n)
			break;
		if (u[i] != 0xE3 && u[i] != 0xEF) {
			i++;
			continue;
		}
		/* (most such are commas, ， and 、: a well-formed three-byte
		 * form is told from its bytes, not decoded; a stop is
		 * exactly one of three byte strings) */
		if (n - i >= 3 && (u[i + 1] & 0xC0) == 0x80 &&
		    (u[i + 2] & 0xC0) == 0x80) {
			int is_stop = u[i] == 0xE3 ?
			    u[i + 1] == 0x80 && u[i + 2] == 0x82 :
			    u[i + 1] == 0xBC && (u[i + 2] == 0x81 ||
			    u[i + 2] == 0x9F);
			i += 3;
			if (!is_stop)
				continue;
			c = 0x3002;
		} else {
			l = utf8_next(s + i, n - i, &c);
			i += (size_t)l;
		}
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

char **
seg_names(const char *s, size_t *n)
{
	char **v = NULL;
	const char *p = s;
	int roles = 0;

	*n = 0;
	while (*p != '\0') {
		const char *e;
		size_t r;
		while (*p == ' ' || seg_starts(p, "□") || seg_starts(p, "■")) {
			p += *p == ' ' ? 1 : strlen("□");
		}
		if (*p == '\0')
			break;
		if ((r = role_at(p)) > 0 || (r = post_at(p)) > 0) {
			p += r;
			roles++;
			continue;
		}
		e = strchr(p, ' ');
		if (e == NULL)
			e = p + strlen(p);
		if (roles > 0 && (r = spaced_name(p)) > 0) {
			/* (闫  彤: the name is 闫彤) */
			v = xreallocarray(v, *n + 1, sizeof *v);
			v[(*n)++] = squeeze_spaces(xstrndup(p, r));
			e = p + r;
		} else if (han_run(p, (size_t)(e - p), 2, 4)) {
			v = xreallocarray(v, *n + 1, sizeof *v);
			v[(*n)++] = xstrndup(p, (size_t)(e - p));
		}
		p = e;
	}
	return v;
}

/*
 * The speaker of a title that quotes a person (佟雅琴：中药材种植要守住…):
 * the text names that person, so a paragraph holding the name is the
 * title's (W_A_NAME, a bare name's weight, above most shared pairs of
 * characters). Only a person's name (seg_is_name): a feature's section
 * headings set as a topic and its point (观测：一天四次，风雨无阻 /
 * 变化：… / 备战：…) or a place's report (孝义：“帮办代办”…) name a word
 * the section's or the report's every paragraph holds, so a heading
 * read as a speaker's title outweighed the feature's own headline and
 * headed the rest of the feature as a text of its own. On the tuning
 * halves t1 +0.0100, t2 +0.0066, t3 +0.0044, t4 +0.0042, t5 +0, nxt
 * +0, nyt +0.0636; confirm f1 +0.0013, f2 +0.0058, nxf nyf +0.
 */
char *
seg_title_name(const char *t)
{
	const char *p = strstr(t, "：");
	char *name;

	if (p == NULL)
		p = strstr(t, ":");
	if (p == NULL || p == t || !han_run(t, (size_t)(p - t), 2, 4))
		return NULL;
	name = xstrndup(t, (size_t)(p - t));
	if (!seg_is_name(name)) {
		free(name);
		return NULL;
	}
	return name;
}

char *
seg_strip_byline(const char *s)
{
	/* □ ■ ◎ ◆ are all three bytes in UTF-8. */
	while (seg_starts(s, "□") || seg_starts(s, "■") || seg_starts(s, "◎") ||
	    seg_starts(s, "◆"))
		s += strlen("□");
	while (*s == ' ')
		s++;
	return xstrdup(s);
}

/* Skip a dateline ("本报讯（记者 王洋）", "新华社太原7月26日电") and a
 * leading date ("7月26日，") at the start of s, and a continuation mark
 * before them: （上接1版）本报讯11月15日至… is titled from 11月15日至…,
 * where the mark, read as the reporters' bracket, left 本报讯 in the
 * title. */
static const char *
skip_lead(const char *s)
{
	const char *p;

	s = skip_up_mark(s);
	if (seg_starts(s, "本报讯"))
		s += strlen("本报讯");
	else if ((p = strstr(s, "日电")) != NULL && seg_is_dateline(s))
		s = p + strlen("日电");
	while (*s == ' ')
		s++;
	if (seg_starts(s, "（") || seg_starts(s, "(")) {
		p = strstr(s, seg_starts(s, "（") ? "）" : ")");
		if (p != NULL && p - s < 80)
			s = p + (*p == ')' ? 1 : strlen("）"));
	}
	while (*s == ' ')
		s++;
	p = strstr(s, "日");
	if (p != NULL && p - s <= 12 && *s >= '0' && *s <= '9') {
		const char *q = p + strlen("日");
		while (seg_starts(q, "上午") || seg_starts(q, "下午") ||
		    seg_starts(q, "晚"))
			q += seg_starts(q, "晚") ? strlen("晚") : strlen("上午");
		if (seg_starts(q, "，"))
			s = q + strlen("，");
	}
	return s;
}

/*
 * SPEC import 6: a title for an article with no headline, from its lead
 * sentence without dateline and date, cut at a comma when long.
 */
char *
seg_derive_title(const char *text)
{
	const char *s = skip_lead(text);
	size_t e, i, n, cut = 0, count = 0;
	char *t;

	if (seg_starts(s, "图为"))
		s += strlen("图为");
	e = seg_first_sentence_end(s);
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
		size_t len = strlen(t), j = utf8_prev(t, len);
		uint32_t c;
		if (len == 0)
			break;
		utf8_next(t + j, len - j, &c);
		if (!(clean_is_cjk_punct(c) && !clean_is_closing(c)) &&
		    !clean_is_final(c))
			break;
		t[j] = '\0';
	}
	if (*t == '\0') {
		free(t);
		e = seg_first_sentence_end(text);
		t = xstrndup(text, e ? e : strlen(text));
	}
	return t;
}

/*
 * The length in bytes of the speaker's name opening text t (马秀英：…),
 * or 0: a name of Han characters and a full-width colon; the
 * interviewer's labels (记者：, 问：, 主持人：) and an editor's note are
 * no interviewee's.
 */
size_t
seg_speaker_len(const char *t)
{
	/* (a name and its colon are this many bytes at most: the rest of
	 * a paragraph is not measured) */
	size_t at = 0, n = strnlen(t, 4 * SPEAKER_MAX_CHARS + 3), chars = 0, k;
	uint32_t c = 0;
	const unsigned char *u = (const unsigned char *)t;

	/* The colon (EF BC 9A) opens after two to four Han characters of
	 * three or four bytes each: at a byte from 6 to 16. Looked for
	 * first, the same answer for a text with none there (most lines
	 * and paragraphs: this runs for every one, and the walk below
	 * and the labels' tests cost ten times the look). */
	for (k = 6; k + 3 <= n; k++)
		if (u[k] == 0xEF && u[k + 1] == 0xBC && u[k + 2] == 0x9A)
			break;
	if (k + 3 > n)
		return 0;
	if (seg_opens_qa(t) || seg_opens_editor_note(t) ||
	    seg_starts(t, "答"))
		return 0;
	while (chars <= SPEAKER_MAX_CHARS && at < n) {
		k = (size_t)utf8_next(t + at, n - at, &c);
		if (k == 0 || !clean_is_han(c))
			break;
		at += k;
		chars++;
	}
	return chars >= SPEAKER_MIN_CHARS && chars <= SPEAKER_MAX_CHARS &&
	    seg_starts(t + at, "：") ? at : 0;
}

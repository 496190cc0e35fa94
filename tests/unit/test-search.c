/* Unit tests of search: folding, the byte map, exact matching. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "lreader/search.h"
#include "lreader/util.h"
#include "../tap.h"

static char *
fold(const char *s)
{
	return search_fold(s, strlen(s), NULL);
}

/* Is the fold of s want? */
static void
is_fold(const char *s, const char *want, const char *name)
{
	char *f = fold(s);

	is_str(f, want, "fold %s", name);
	free(f);
}

/* Does the fold of query find it in s at the byte range start/len? */
static void
is_found(const char *s, const char *query, size_t start, size_t len)
{
	char *q = fold(query);
	size_t a = 99, l = 99;
	int found = search_find(s, strlen(s), q, &a, &l);

	ok(found && a == start && l == len, "'%s' finds '%s' at %zu+%zu",
	    query, s, start, len);
	if (!found)
		diag("not found");
	else if (a != start || l != len)
		diag("got %zu+%zu", a, l);
	free(q);
}

static void
not_found(const char *s, const char *query)
{
	char *q = fold(query);
	size_t a, l;

	ok(!search_find(s, strlen(s), q, &a, &l), "'%s' does not find '%s'",
	    query, s);
	free(q);
}

static void
test_examples(void)
{
	is_fold("ＧＤＰ", "gdp", "full-width GDP");
	is_fold("ＧＤＰ１２３", "gdp123", "full-width letters and digits");
	is_fold("Hello World", "helloworld", "ASCII case and space");
	is_fold("参 赛 者\t共\n17941　人", "参赛者共17941人",
	    "white space, ideographic space included, removed");
	is_fold("a\xc2\xa0" "b\xe2\x80\x83" "c\xe2\x80\x8b" "d\xef\xbb\xbf" "e",
	    "abcde", "NBSP, em space, ZWSP, BOM removed");
	is_fold("\xe2\xbd\xa4", "用", "Kangxi radical U+2F64 is 用");
	is_fold("\xef\xa4\x80", "\xe8\xb1\x88", "compatibility ideograph U+F900");
	is_fold("㎏", "kg", "U+338F");
	is_fold("㈱", "(株)", "U+3231");
	is_fold("①", "1", "circled digit");
	is_fold("…", "...", "ellipsis is three dots (NFKC)");
	is_fold("，。、“”《》——", ",。、“”《》——",
	    "full-width comma to ASCII, other punctuation kept");
	is_fold("ÀÉÎ ΣΑΣ Ж İ", "àéîσασжi", "non-ASCII lower case (İ simple lower case is i)");
	is_fold("Straße", "straße", "lower case, not case folding");
	is_fold("e\xcc\x81", "\xc3\xa9", "e + combining acute is é (NFKC)");
	is_fold("\xc3\xa9", "\xc3\xa9", "precomposed é");
	is_fold("ｶﾞ", "ガ", "half-width katakana with sound mark");
	is_fold("a\xff" "b", "a\xef\xbf\xbd" "b", "bad byte is U+FFFD");
	is_fold("", "", "empty");

	is_found("ＧＤＰ增长", "GDP", 0, 9);
	is_found("全国５Ｇ基站", "5G", 6, 6);
	is_found("５Ｇ", "５ｇ", 0, 6);
	is_found("AlphaFold2 model", "Fold", 5, 4);
	is_found("AlphaFold2 model", "fold2M", 5, 7);
	is_found("参 赛 者 共 17941 人", "794", 17, 3);
	is_found("参 赛 者 共 17941 人", "参赛者", 0, 11);
	is_found("参 赛 者 共 17941 人", "者共1", 8, 9);
	is_found("  吕梁  ", "吕梁", 2, 6);
	is_found("使\xe2\xbd\xa4", "用", 3, 3);
	is_found("1㎏", "g", 1, 3);
	is_found("cafe\xcc\x81!", "café", 0, 6);
	not_found("AlphaFold2", "Folder");
	not_found("cafe\xcc\x81", "cafe");	/* é is not e */
	not_found("", "a");
}

/*
 * A query of CJK ideographs in text whose characters all fold by
 * themselves is looked for in the bytes (search.c, surely_absent):
 * what only folding finds is still found (white space inside the match,
 * an ideograph written as a Kangxi radical or a compatibility
 * ideograph, a mark), and what folding does not find is not.
 */
static void
test_cjk_shortcut(void)
{
	is_found("我市数字化转型", "数字化", 6, 9);
	is_found("数\xe3\x80\x80字化，", "数字化", 0, 12);
	is_found("全面数 字 化。", "数字化", 6, 11);
	is_found("孩\xe2\xbc\xa6们", "孩子", 0, 6);      /* U+2F26 is 子 */
	is_found("\xef\xa4\x80数", "\xe8\xb1\x88数", 0, 6); /* U+F900 */
	not_found("数字，化", "数字化");
	not_found("数\xcc\x81字化", "数字化");
	not_found("ＧＤＰ：数据。", "数字");
	not_found("", "数字");
}

static void
test_empty(void)
{
	size_t a, l, *map = NULL, *r = (size_t *)&a;
	char *f;

	f = search_fold("", 0, &map);
	ok(f != NULL && *f == '\0' && map != NULL && map[0] == 0,
	    "empty input: empty fold, map {0}");
	free(f);
	free(map);
	f = search_fold("   \n\t　", 8, &map);
	ok(f != NULL && *f == '\0' && map[0] == 8,
	    "white space only: empty fold, map {n}");
	free(f);
	free(map);
	ok(!search_find("abc", 3, "", &a, &l), "empty query matches nothing");
	ok(!search_find("", 0, "", &a, &l), "empty query in empty text");
	is_int(search_find_all("abc", 3, "", &r), 0, "find_all: empty query");
	ok(r == NULL, "find_all: no ranges");
	f = search_fold(NULL, 0, NULL);
	is_str(f, "", "NULL with length 0");
	free(f);
}

static void
test_map(void)
{
	/* A(0) space(1) Ｂ(2..4) 　(5..7) ㎏(8..10) 用(11..13) */
	const char *s = "A Ｂ　㎏用";
	size_t *map, want[] = { 0, 2, 8, 8, 11, 11, 11, 14 }, i;
	char *f = search_fold(s, strlen(s), &map);

	is_str(f, "abkg用", "map text");
	for (i = 0; i < sizeof want / sizeof want[0]; i++)
		is_int(map[i], want[i], "map[%zu]", i);
	free(f);
	free(map);
	f = search_fold("ab\0cd", 5, &map);	/* NUL is kept, n counts */
	ok(memcmp(f, "ab\0cd", 6) == 0 && map[2] == 2 && map[5] == 5,
	    "embedded NUL kept in fold and map");
	free(f);
	free(map);
}

struct tok {
	struct buf out;
	int calls, stop_at;
};

static int
tok_cb(void *ctx, const char *b, size_t len, size_t start, size_t end)
{
	struct tok *t = ctx;

	buf_addf(&t->out, "[%.*s %zu-%zu]", (int)len, b, start, end);
	return ++t->calls == t->stop_at ? 42 : 0;
}

static void
test_each(void)
{
	struct tok t = { { NULL, 0, 0 }, 0, 0 };
	const char *s = "Ａ ㎏ 用";

	is_int(search_fold_each(s, strlen(s), tok_cb, &t), 0, "each: returns 0");
	is_str(t.out.data, "[a 0-3][k 4-7][g 4-7][用 8-11]",
	    "each: one call per folded character with its source range");
	buf_free(&t.out);
	t.calls = 0;
	t.stop_at = 2;
	is_int(search_fold_each(s, strlen(s), tok_cb, &t), 42,
	    "each: stops with the callback's value");
	is_int(t.calls, 2, "each: no call after the stop");
	buf_free(&t.out);
}

static void
test_find_all(void)
{
	const char *s = "ab AB ａｂ a b";
	size_t *r, n, want[] = { 0, 2, 3, 2, 6, 6, 13, 3 }, i;
	char *q = fold("AB");

	n = search_find_all(s, strlen(s), q, &r);
	is_int(n, 4, "find_all: four matches");
	for (i = 0; i < 2 * n && i < 8; i++)
		is_int(r[i], want[i], "find_all: ranges[%zu]", i);
	free(r);
	free(q);
	n = search_find_all("㎏㎏", 6, "gk", &r);
	ok(n == 1 && r[0] == 0 && r[1] == 6, "find_all: match across units");
	free(r);
	n = search_find_all("㎏㎏㎏", 9, "gk", &r);
	ok(n == 1 && r[0] == 0 && r[1] == 6,
	    "find_all: a match sharing a unit with the one before is skipped");
	free(r);
	n = search_find_all("aaaa", 4, "aa", &r);
	ok(n == 2 && r[0] == 0 && r[2] == 2, "find_all: no overlapping matches");
	free(r);
	is_int(search_find_all("abc", 3, "x", &r), 0, "find_all: none");
	ok(r == NULL, "find_all: none, NULL ranges");
}

/* The specification of a fold of one character, straight from
 * libunistring: NFKC, simple lower case, White_Space dropped. */
static void
reference_fold(uint32_t c, struct buf *b)
{
	uint32_t nf[32], *r;
	size_t len = 32, i;

	buf_reset(b);
	buf_add(b, "", 0);
	r = u32_normalize(UNINORM_NFKC, &c, 1, nf, &len);
	for (i = 0; r != NULL && i < len; i++) {
		uint32_t l = uc_tolower(r[i]);
		if (!uc_is_property_white_space(l) && l != 0x200B &&
		    l != 0x2060 && l != 0xFEFF)
			buf_add_ucs(b, l);
	}
	if (r != nf)
		free(r);
}

/* Every BMP character folds as libunistring says: checks the shortcuts
 * (ASCII, CJK, full-width, stable punctuation) against the real thing. */
static void
test_bmp(void)
{
	struct buf ref, in;
	uint32_t c, bad = 0, first_bad = 0;
	char *f;

	buf_init(&ref);
	buf_init(&in);
	for (c = 0; c <= 0xFFFF; c++) {
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		buf_reset(&in);
		buf_add_ucs(&in, c);
		reference_fold(c, &ref);
		f = search_fold(in.data, in.len, NULL);
		if (strcmp(f, ref.data) != 0 && bad++ == 0)
			first_bad = c;
		free(f);
	}
	is_int(bad, 0, "every BMP character folds as NFKC + lower case says");
	if (bad)
		diag("first: U+%04X", (unsigned)first_bad);
	buf_free(&ref);
	buf_free(&in);
}

/* Pieces of a made-up page: Chinese, Latin, digits, full-width, spaces,
 * a Kangxi radical, compatibility forms. */
static const char *pieces[] = {
	"吕", "梁", "日", "报", "参", "赛", "者", "共", "人", "用", "\xe2\xbd\xa4",
	"，", "。", "“", "”", "《", "》", "、", "——", "…",
	"a", "B", "c", "Fold", "Alpha", "GDP", "ｇ", "Ｄ", "Ｐ", "５", "Ｇ",
	"1", "7", "9", "4", "0", " ", "  ", "　", "\n", "㎏", "①", "é",
	"e\xcc\x81", "Σ", "σ",
};
#define NPIECES (sizeof pieces / sizeof pieces[0])

static unsigned long rng = 12345;

static size_t
rnd(size_t n)
{
	rng = rng * 6364136223846793005UL + 1442695040888963407UL;
	return (size_t)((rng >> 33) % n);
}

/* Build a text of k pieces; bounds[] gets the piece boundaries. */
static void
make_text(struct buf *t, size_t k, size_t *bounds)
{
	size_t i;

	buf_reset(t);
	buf_add(t, "", 0);
	for (i = 0; i < k; i++) {
		bounds[i] = t->len;
		buf_adds(t, pieces[rnd(NPIECES)]);
	}
	bounds[k] = t->len;
}

/* search_find agrees with fold-then-strstr: same answer, and the range
 * starts at the source character of the strstr position. */
static void
test_property(void)
{
	struct buf text, q;
	size_t bounds[201], *map, i, j, a, l, k, agree = 0, runs = 0;
	size_t present = 0, range_ok = 0;
	char *ft, *fq, *p, *fr;
	int found;

	buf_init(&text);
	buf_init(&q);
	for (k = 0; k < 300; k++) {
		make_text(&text, 1 + rnd(200), bounds);
		ft = search_fold(text.data, text.len, &map);
		for (j = 0; j < 20; j++, runs++) {
			size_t nb = 0;
			while (nb < 201 && bounds[nb] < text.len)
				nb++;
			if (j % 2 == 0) {	/* a real substring */
				size_t x = rnd(nb + 1), y = rnd(nb + 1), t;
				if (x > y)
					t = x, x = y, y = t;
				buf_reset(&q);
				buf_add(&q, text.data + bounds[x],
				    bounds[y] - bounds[x]);
			} else {		/* a random query */
				buf_reset(&q);
				buf_add(&q, "", 0);
				for (i = 1 + rnd(3); i > 0; i--)
					buf_adds(&q, pieces[rnd(NPIECES)]);
			}
			fq = search_fold(q.data, q.len, NULL);
			found = search_find(text.data, text.len, fq, &a, &l);
			p = *fq != '\0' ? strstr(ft, fq) : NULL;
			if (found == (p != NULL) &&
			    (!found || a == map[p - ft]))
				agree++;
			else
				diag("disagree on [%s] in [%s]", q.data,
				    text.data);
			if (j % 2 == 0 && *fq != '\0')
				present += found;
			else if (j % 2 == 0)
				present++;
			if (found) {	/* the range's own fold holds q */
				fr = search_fold(text.data + a, l, NULL);
				range_ok += strstr(fr, fq) != NULL;
				free(fr);
			} else
				range_ok++;
			free(fq);
		}
		free(ft);
		free(map);
	}
	is_int(agree, runs, "search_find agrees with fold + strstr (%zu runs)",
	    runs);
	is_int(present, runs / 2, "every real substring is found");
	is_int(range_ok, runs, "every returned range folds to a match");
	buf_free(&text);
	buf_free(&q);
}

/* search_fold_append gives what search_fold gives (the same folded
 * characters, runs of ideographs copied whole), appending, on the
 * made-up texts and after a text already in the buffer. */
static void
test_append(void)
{
	struct buf text, b;
	size_t bounds[201], k, same = 0;
	char *f;

	buf_init(&text);
	buf_init(&b);
	for (k = 0; k < 300; k++) {
		make_text(&text, 1 + rnd(200), bounds);
		f = search_fold(text.data, text.len, NULL);
		buf_reset(&b);
		buf_adds(&b, "前");
		search_fold_append(text.data, text.len, &b);
		buf_add(&b, "", 1);
		same += strncmp(b.data, "前", 3) == 0 &&
		    strcmp(b.data + 3, f) == 0;
		free(f);
	}
	is_int(same, 300, "search_fold_append is search_fold, appended");
	buf_free(&text);
	buf_free(&b);
}

/* Runs of ideographs, which search_fold_append copies four at a time:
 * ending in a combining mark (the fourth then folds with it), with
 * U+4E00-4FFF (lead E4), a hexagram of U+4DC0-4DFF (lead E4, no
 * ideograph), extension A and a compatibility ideograph among them, and
 * cut at every length: each as search_fold folds it. */
static void
test_append_runs(void)
{
	static const char *t[] = {
		"一中人以吕梁日报\xcc\x81参赛者共",
		"吕梁日报参赛\xcc\x81者共",
		"中国一二三四五六七\xe4\xb7\x80八九十\xe3\x90\x80百千万",
		"吕梁日\xef\xa4\x80报参赛者共人用。吕梁日报，参赛者共人用",
		"吕梁日报参赛者共\xe2\xbd\xa4人用吕梁日报　参赛者共 ABC",
		/* marks after a run beyond the two-byte ones: four bytes
		 * (U+1D165, class 216), U+302A, U+3099, U+FF9E; a
		 * variation selector (class 0); U+20000 (four bytes, no
		 * fold) and U+2F800 (NFKC: 丽) inside and after runs */
		"吕梁日报\xf0\x9d\x85\xa5参赛者共\xe3\x80\xaa",
		"吕梁日报参赛者共\xe3\x82\x99吕梁日报\xef\xbe\x9e",
		"吕梁日报\xef\xb8\x80参赛者共\xf3\xa0\x84\x80",
		"吕梁日报\xf0\xa0\x80\x80参赛者共\xf0\xaf\xa0\x80吕梁日报",
	};
	struct buf b;
	size_t i, n, same = 0, runs = 0;
	char *f;

	buf_init(&b);
	for (i = 0; i < sizeof t / sizeof t[0]; i++)
		for (n = 0; n <= strlen(t[i]); n++, runs++) {
			f = search_fold(t[i], n, NULL);
			buf_reset(&b);
			search_fold_append(t[i], n, &b);
			buf_add(&b, "", 1);
			same += strcmp(b.data, f) == 0;
			free(f);
		}
	is_int(same, runs, "search_fold_append folds runs of ideographs as "
	    "search_fold");
	buf_free(&b);
}

int
main(void)
{
	test_examples();
	test_cjk_shortcut();
	test_empty();
	test_map();
	test_each();
	test_find_all();
	test_bmp();
	test_property();
	test_append();
	test_append_runs();
	return done_testing();
}

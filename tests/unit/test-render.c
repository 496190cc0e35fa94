/*
 * Unit tests of render: what reaches a terminal from `cat`/`list`
 * (render_sanitize) and what `export` writes as JSON (work item 13, item
 * 5: controls escaped, valid UTF-8 whatever a file name held).
 */
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "lreader/article.h"
#include "lreader/render.h"
#include "lreader/util.h"
#include "../tap.h"

static void
sanitize_is(const char *in, const char *want, const char *what)
{
	char *t = xstrdup(in);

	is_str(render_sanitize(t), want, "sanitize: %s", what);
	free(t);
}

static void
test_sanitize(void)
{
	sanitize_is("a\033[31mb\007c", "a[31mbc", "ESC and BEL dropped");
	sanitize_is("x\xc2\x9b" "1my\x7f", "x1my", "C1 CSI and DEL dropped");
	sanitize_is("t\tn\n", "t\tn\n", "tab and newline kept");
	sanitize_is("abc\xe2\x80\xae" "def\xe2\x80\xac", "abcdef",
	    "bidi override and pop dropped");
	sanitize_is("\xe2\x81\xa6" "x\xe2\x81\xa9", "x", "bidi isolates dropped");
	sanitize_is("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9",
	    "\xf0\x9f\x91\xa8\xf0\x9f\x91\xa9", "a ZWJ dropped, its emoji kept");
	sanitize_is("吕梁日报——“数谷”", "吕梁日报——“数谷”",
	    "CJK punctuation (E2 80 94, E2 80 9C) kept");
	sanitize_is("e\xcc\x81", "e\xcc\x81", "a combining mark kept");
	sanitize_is("\xc2\x1b\x9b" "1m", "??1m",
	    "bad bytes as '?': dropping ESC joins no C1 CSI");
}

static void
test_jsonl(void)
{
	struct article *a = article_new();
	struct render_meta m = { 7, 1, "/p/a\033]0;x\007\xfe.txt", "", 0, 1 };
	struct buf b;

	article_set(&a->title, xstrdup("标题\xc2\x9b" "1m\"q\"\\"));
	article_add_para(a, PARA_TEXT, xstrdup("正文"));
	buf_init(&b);
	render_jsonl(&b, a, &m);
	ok(b.data != NULL && u8_check((const uint8_t *)b.data, b.len) == NULL,
	    "jsonl: valid UTF-8 whatever the file name held");
	ok(b.data != NULL && strchr(b.data, '\033') == NULL &&
	    strchr(b.data, '\007') == NULL && strstr(b.data, "\xc2\x9b") == NULL,
	    "jsonl: no C0 or C1 control raw");
	ok(b.data != NULL && strstr(b.data, "a\\u001b]0;x\\u0007\xef\xbf\xbd.txt"),
	    "jsonl: controls as \\u escapes, the bad byte as U+FFFD");
	ok(b.data != NULL && strstr(b.data, "标题\\u009b1m\\\"q\\\"\\\\"),
	    "jsonl: C1 escaped, quotes and backslash escaped");
	buf_free(&b);
	article_free(a);
}

int
main(void)
{
	test_sanitize();
	test_jsonl();
	return done_testing();
}

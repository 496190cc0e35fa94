/*
 * fuzz-layout: the layout engine (work item 13, item 6). The first byte
 * picks the width (1..160), the second the ambiguous-width mode; the rest,
 * if it is UTF-8, is wrapped alone and laid out as an article's title and
 * paragraph. A line wider than the width, or a span outside the text, is
 * a finding (abort).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "lreader/article.h"
#include "lreader/layout.h"
#include "lreader/util.h"
#include "lreader/width.h"

#define FUZZ_MAX (64 * 1024)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_wrap(const char *text, int width, int amb)
{
	struct layout_span *sp = NULL;
	char *err = NULL;
	size_t n = 0, i, len = strlen(text);

	if (layout_wrap(text, width, amb, &sp, &n, &err) == 0) {
		for (i = 0; i < n; i++) {
			if (sp[i].start > len || sp[i].len > len - sp[i].start)
				abort();
			if (sp[i].width > width ||
			    (int)width_str(text + sp[i].start, sp[i].len,
			    amb) != sp[i].width)
				abort();
		}
	}
	free(sp);
	free(err);
}

static void
check_article(const char *text, int width, int amb)
{
	struct article *a = article_new();
	struct layout l;
	char *err = NULL;
	size_t i;

	article_set(&a->title, xstrdup(text));
	article_add_para(a, PARA_TEXT, xstrdup(text));
	article_add_para(a, PARA_CAPTION, xstrdup(text));
	if (layout_article(a, width, amb, &l, &err) == 0) {
		for (i = 0; i < l.n; i++)
			if (l.lines[i].width > width)
				abort();
		layout_free(&l);
	}
	free(err);
	article_free(a);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text;
	int width, amb;

	if (size < 2 || size > FUZZ_MAX)
		return 0;
	width = 1 + data[0] % 160;
	amb = data[1] & 1;
	if (u8_check(data + 2, size - 2) != NULL ||
	    memchr(data + 2, '\0', size - 2) != NULL)
		return 0;
	text = xstrndup((const char *)data + 2, size - 2);
	check_wrap(text, width, amb);
	check_article(text, width, amb);
	free(text);
	return 0;
}

/*
 * render: articles as plain text, JSON lines and Markdown for the
 * command line (SPEC "cat", "export").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "lreader/layout.h"
#include "lreader/render.h"

/* Whether the UTF-8 sequence at p (n bytes left) is a three-byte form
 * with lead byte E3-EC or EE-EF: valid whatever its continuation bytes
 * (no overlong form, no surrogate) and none of the code points json_str
 * escapes (controls, U+061C, U+200B-2069 lie below U+3000). Most of a
 * page's text is such (CJK punctuation and ideographs). */
static int
plain_wide(const uint8_t *p, size_t n)
{
	return n >= 3 && p[0] >= 0xE3 && p[0] <= 0xEF && p[0] != 0xED &&
	    (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80;
}

/* Whether the eight bytes at p open with two sequences plain_wide
 * passes: both tested in one load (two lead bytes 1110xxxx with low
 * nibble 3-C or E-F, four continuation bytes 10xxxxxx), where one at a
 * time a character cost about a dozen instructions. */
static int
plain_wide2(const uint8_t *p)
{
	uint64_t w = load8(p);

	return (w & 0xC0C0F0C0C0F0ULL) == 0x8080E08080E0ULL &&
	    (0xDFF8u >> (w & 0x0F) & 0xDFF8u >> (w >> 24 & 0x0F) & 1);
}

/* Bytes at p that json_str copies as they are: the length of the
 * sequence there if it needs no escape, else 0. */
static int
plain_len(const uint8_t *p, size_t n)
{
	ucs4_t c;
	int len;

	if (p[0] < 0x80)
		return p[0] >= 0x20 && p[0] != 0x7F && p[0] != '"' &&
		    p[0] != '\\';
	if (plain_wide(p, n))
		return 3;
	len = u8_mbtoucr(&c, p, n);
	if (len < 0 || utf8_is_control(c) || utf8_is_layout_format(c))
		return 0;
	return len;
}

/* What json_str writes for the sequence at s[i] that plain_len refused;
 * returns its length in s. */
static size_t
json_escape(struct buf *out, const char *s, size_t i, size_t n)
{
	ucs4_t c;
	int len = u8_mbtoucr(&c, (const uint8_t *)s + i, n - i);

	if (len < 0) {
		buf_adds(out, "\xEF\xBF\xBD");   /* U+FFFD */
		return 1;
	}
	if (c == '"' || c == '\\') {
		buf_addc(out, '\\');
		buf_addc(out, (char)c);
	} else if (c == '\n') {
		buf_adds(out, "\\n");
	} else if (c == '\t') {
		buf_adds(out, "\\t");
	} else
		buf_addf(out, "\\u%04x", (unsigned)c);
	return (size_t)len;
}

/*
 * s as a JSON string: quotes and backslashes escaped, C0 and C1 controls
 * and DEL as \uXXXX, and bytes that are no UTF-8 (a file name from a
 * disk in another encoding) as U+FFFD, so the line is valid UTF-8 JSON
 * and nothing in it controls a terminal it is shown on.
 */
static void
json_str(struct buf *out, const char *s)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t n = strlen(s), i = 0, run = 0;
	int len;

	buf_addc(out, '"');
	/* Runs that need no escape are copied whole (one buf_add a run,
	 * not one a character: the copy was 12 % of segdump). */
	while (i < n) {
		/* (a run of three-byte forms, most of a page, passed in a
		 * loop of its own) */
		while (n - i >= 8 && plain_wide2(p + i))
			i += 6;
		while (plain_wide(p + i, n - i))
			i += 3;
		if (i >= n)
			break;
		if ((len = plain_len(p + i, n - i)) > 0) {
			i += (size_t)len;
			continue;
		}
		buf_add(out, s + run, i - run);
		i += json_escape(out, s, i, n);
		run = i;
	}
	buf_add(out, s + run, i - run);
	buf_addc(out, '"');
}

void
render_jsonl(struct buf *out, const struct article *a,
    const struct render_meta *m)
{
	size_t i;

	buf_addf(out, "{\"id\":%lld,\"issue\":%d,\"source\":", (long long)m->id,
	    m->issue);
	json_str(out, m->source ? m->source : "");
	buf_adds(out, ",\"date\":");
	json_str(out, m->date ? m->date : "");
	buf_addf(out, ",\"page\":%d,\"seq\":%d,\"kind\":\"%s\",\"title\":",
	    m->page, m->seq, article_kind_name(a->kind));
	json_str(out, a->title);
	buf_adds(out, ",\"kicker\":");
	json_str(out, a->kicker);
	buf_adds(out, ",\"subtitle\":");
	json_str(out, a->subtitle);
	buf_adds(out, ",\"byline\":");
	json_str(out, a->byline);
	buf_adds(out, ",\"paragraphs\":[");
	for (i = 0; i < a->npara; i++) {
		/* Pieces added as they are: a formatted print a paragraph
		 * was a tenth of the rendering. */
		buf_adds(out, i ? ",{\"kind\":\"" : "{\"kind\":\"");
		buf_adds(out, para_kind_name(a->paras[i].kind));
		buf_adds(out, "\",\"text\":");
		json_str(out, a->paras[i].text);
		buf_addc(out, '}');
	}
	buf_adds(out, "]}\n");
}

int
render_text(struct buf *out, const struct article *a, int width,
    int ambiguous, char **err)
{
	struct layout l;
	char *t;

	/* One layout for both, so wrapped and unwrapped `cat` agree. */
	if (layout_article(a, width > 0 ? width : LAYOUT_NOWRAP, ambiguous, &l,
	    err) != 0)
		return -1;
	t = layout_to_text(&l);
	buf_adds(out, t);
	free(t);
	layout_free(&l);
	return 0;
}

void
render_markdown(struct buf *out, const struct article *a)
{
	size_t i;

	if (*a->kicker)
		buf_addf(out, "*%s*\n\n", a->kicker);
	buf_addf(out, "# %s\n\n", a->title);
	if (*a->subtitle)
		buf_addf(out, "*%s*\n\n", a->subtitle);
	if (*a->byline)
		buf_addf(out, "%s\n\n", a->byline);
	for (i = 0; i < a->npara; i++) {
		const struct paragraph *p = &a->paras[i];
		if (p->kind == PARA_HEADING)
			buf_addf(out, "## %s\n\n", p->text);
		else if (p->kind == PARA_CAPTION)
			buf_addf(out, "> %s\n\n", p->text);
		else
			buf_addf(out, "%s\n\n", p->text);
	}
}

char *
render_sanitize(char *s)
{
	const uint8_t *r = (const uint8_t *)s;
	char *w = s;
	size_t n = strlen(s), i = 0;

	while (i < n) {
		ucs4_t c;
		int len = u8_mbtoucr(&c, r + i, n - i);
		if (len < 0) {
			/* Not UTF-8: a '?', never the byte, which a dropped
			 * character after it could join into a C1 control. */
			*w++ = '?';
			i++;
			continue;
		}
		if (!((utf8_is_control(c) && c != '\t' && c != '\n') ||
		    utf8_is_layout_format(c))) {
			memmove(w, s + i, (size_t)len);
			w += len;
		}
		i += (size_t)len;
	}
	*w = '\0';
	return s;
}

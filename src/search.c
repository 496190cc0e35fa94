/*
 * search: the folding that makes search exact (SPEC "search": NFKC, lower
 * case, white space removed), with the way back from folded bytes to the
 * original text for snippets and highlighting. store-search.c's FTS5 tokenizer
 * and every scan of text for a query go through search_fold_each, so the
 * index and the highlighter can never disagree.
 *
 * u8_normalize on every character costs 15-29 % of an import (TECH-NOTES),
 * so characters whose fold is known are folded here: ASCII, CJK Unified
 * Ideographs, full-width ASCII (U+FF01-FF5E) and U+3000, and runs of CJK
 * punctuation, kana and symbols that NFKC and lower case leave alone.
 * Everything else (Kangxi radicals, compatibility ideographs, U+3200-33FF,
 * Latin with accents, ...) goes through libunistring. test-search checks
 * the shortcuts against libunistring on the whole BMP.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "lreader/search.h"
#include "lreader/util.h"

/* Longest unit folded at once; longer runs of marks are cut (harmless). */
#define UNIT_MAX 32

/* Code points whose fold is themselves: no NFKC mapping, no lower case,
 * not white space, not combining. Checked exhaustively by test-search. */
static const struct { uint32_t lo, hi; } stable[] = {
	{ 0x00B7, 0x00B7 },	/* middle dot · (foreign names) */
	{ 0x00D7, 0x00D7 },	/* × */
	{ 0x00F7, 0x00F7 },	/* ÷ */
	{ 0x2010, 0x2010 },	/* hyphen */
	{ 0x2012, 0x2016 },	/* dashes — and ‖ */
	{ 0x2018, 0x2023 },	/* quotes ‘’“” and bullets • */
	{ 0x2030, 0x2030 },	/* ‰ */
	{ 0x2190, 0x222B },	/* arrows, mathematical operators */
	{ 0x2500, 0x2A0B },	/* box drawing, shapes □■●◆★, dingbats */
	{ 0x3001, 0x3029 },	/* 、。〈〉《》「」『』【】〔〕 and friends */
	{ 0x3041, 0x3098 },	/* hiragana */
	{ 0x30A0, 0x30FE },	/* katakana */
};

static int
is_cjk_unified(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

static int
is_stable(uint32_t c)
{
	size_t i;

	if (is_cjk_unified(c))
		return 1;
	if (c < 0x00B7 || c > 0x30FE)
		return 0;
	/* (、。《》「」 and the rest of the CJK marks, after nearly every
	 * other ideograph, without a walk of the table to its tenth row:
	 * is_stable took 70 instructions a call, 0.05 M a make-archive
	 * page in search_fold_append alone) */
	if (c >= 0x3001 && c <= 0x3029)
		return 1;
	for (i = 0; i < sizeof stable / sizeof stable[0]; i++)
		if (c >= stable[i].lo && c <= stable[i].hi)
			return 1;
	return 0;
}

/* White space by SPEC "search": Unicode White_Space plus the invisible
 * characters PDF extraction leaves in text. Above U+3000 only U+FEFF is
 * either (White_Space has had no character there in any Unicode
 * version): Chinese text asks libunistring nothing. */
static int
is_space(uint32_t c)
{
	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r');
	if (c > 0x3000)
		return c == 0xFEFF;
	if (c == 0x200B || c == 0x2060)
		return 1;
	return uc_is_property_white_space(c);
}

static int
is_cont(unsigned char b)
{
	return (b & 0xC0) == 0x80;
}

/*
 * Decode the character at s[i]; bad UTF-8 gives U+FFFD. Valid two- and
 * three-byte sequences (all of Chinese text) are decoded here, the rest
 * by libunistring: a three-byte lead other than E0 (overlong forms) and
 * ED (surrogates) takes any two continuation bytes.
 */
static size_t
next_char(const char *s, size_t n, size_t i, uint32_t *c)
{
	const unsigned char *p = (const unsigned char *)s + i;
	ucs4_t uc;
	int len;

	if (p[0] < 0x80) {
		*c = p[0];
		return 1;
	}
	if (p[0] >= 0xE1 && p[0] != 0xED && p[0] <= 0xEF && n - i >= 3 &&
	    is_cont(p[1]) && is_cont(p[2])) {
		*c = (uint32_t)(p[0] & 0x0F) << 12 |
		    (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
		return 3;
	}
	if (p[0] >= 0xC2 && p[0] <= 0xDF && n - i >= 2 && is_cont(p[1])) {
		*c = (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
		return 2;
	}
	len = u8_mbtouc(&uc, p, n - i);
	*c = uc;
	return len > 0 ? (size_t)len : 1;
}

/* Does c join the unit before it? Combining marks do, and the half-width
 * sound marks ﾞﾟ, which NFKC turns into combining ones. */
static int
extends_unit(uint32_t c)
{
	if (c < 0x300 || is_stable(c))
		return 0;
	return c == 0xFF9E || c == 0xFF9F || uc_combining_class(c) != 0;
}

/* The fold of a single character when it needs no libunistring: sets *out
 * (0x20 for a space) and returns 1, or returns 0. */
static int
fold_fast(uint32_t c, uint32_t *out)
{
	if (c < 0x80) {
		*out = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
		return 1;
	}
	if (c >= 0xFF01 && c <= 0xFF5E) {	/* full-width ASCII */
		return fold_fast(c - 0xFEE0, out);
	}
	if (c == 0x3000) {			/* ideographic space */
		*out = ' ';
		return 1;
	}
	if (is_stable(c)) {
		*out = c;
		return 1;
	}
	return 0;
}

struct unit {
	size_t start, end;	/* byte range in s */
	uint32_t in[UNIT_MAX];
	size_t nin;
};

/* Read the unit starting at s[i]: a character and the marks after it. */
static void
read_unit(const char *s, size_t n, size_t i, struct unit *u)
{
	uint32_t c;
	size_t len;

	u->start = i;
	u->nin = 0;
	len = next_char(s, n, i, &c);
	u->in[u->nin++] = c;
	i += len;
	/* A lead byte E4-E9 (U+4000-U+9FFF: CJK ideographs and the
	 * hexagrams) starts no mark: not decoded twice. */
	while (i < n && u->nin < UNIT_MAX && (unsigned char)s[i] >= 0xC0 &&
	    ((unsigned char)s[i] < 0xE4 || (unsigned char)s[i] > 0xE9)) {
		len = next_char(s, n, i, &c);
		if (!extends_unit(c))
			break;
		u->in[u->nin++] = c;
		i += len;
	}
	u->end = i;
}

/* Hand one folded code point to fn, unless it is white space. */
static int
emit(uint32_t c, const struct unit *u, search_char_fn fn, void *ctx)
{
	uint8_t b[6];
	int len;

	if (is_space(c))
		return 0;
	if (c < 0x80) {
		b[0] = (uint8_t)c;
		len = 1;
	} else if (c < 0x800) {
		b[0] = (uint8_t)(0xC0 | c >> 6);
		b[1] = (uint8_t)(0x80 | (c & 0x3F));
		len = 2;
	} else if (c < 0x10000 && (c < 0xD800 || c > 0xDFFF)) {
		b[0] = (uint8_t)(0xE0 | c >> 12);
		b[1] = (uint8_t)(0x80 | (c >> 6 & 0x3F));
		b[2] = (uint8_t)(0x80 | (c & 0x3F));
		len = 3;
	} else if ((len = u8_uctomb(b, c, sizeof b)) <= 0)
		return 0;
	return fn(ctx, (const char *)b, (size_t)len, u->start, u->end);
}

/* NFKC, then lower case, of a unit that has no shortcut. */
static int
fold_slow(const struct unit *u, search_char_fn fn, void *ctx)
{
	uint32_t buf[64], *r;
	const uint32_t *p;
	size_t len = sizeof buf / sizeof buf[0], i;
	int rc = 0;

	r = u32_normalize(UNINORM_NFKC, u->in, u->nin, buf, &len);
	p = r;
	if (r == NULL) {	/* out of memory inside libunistring: keep as is */
		p = u->in;
		len = u->nin;
	}
	for (i = 0; i < len && rc == 0; i++)
		rc = emit(uc_tolower(p[i]), u, fn, ctx);
	if (r != buf)
		free(r);
	return rc;
}

/*
 * The length of the CJK unified ideograph at s[i] when it folds to
 * itself alone, else 0: three bytes of a lead E4-E9 (U+4000-U+9FFF),
 * an ideograph (is_stable, no space), and no mark after it to join
 * its unit (read_unit: only a lead byte C0-E3 or EA-FF may start one).
 * Nearly every character of a Chinese page: it skips read_unit, the
 * fold and emit's encoding, which give back the same three bytes.
 */
static size_t
cjk_alone(const unsigned char *p, size_t n, size_t i)
{
	uint32_t c;

	if (p[i] < 0xE4 || p[i] > 0xE9 || n - i < 3 || !is_cont(p[i + 1]) ||
	    !is_cont(p[i + 2]))
		return 0;
	c = (uint32_t)(p[i] & 0x0F) << 12 | (uint32_t)(p[i + 1] & 0x3F) << 6 |
	    (p[i + 2] & 0x3F);
	if (!is_cjk_unified(c))
		return 0;
	if (n - i > 3 && p[i + 3] >= 0xC0 && (p[i + 3] < 0xE4 ||
	    p[i + 3] > 0xE9))
		return 0;
	return 3;
}

/* Folds the unit of s (n bytes) at byte i, giving fn its characters
 * (*rc: fn's answer); returns where the next unit starts. */
static size_t
fold_unit(const char *s, size_t n, size_t i, search_char_fn fn, void *ctx,
    int *rc)
{
	struct unit u;
	uint32_t c;

	read_unit(s, n, i, &u);
	if (u.nin == 1 && fold_fast(u.in[0], &c))
		*rc = emit(c, &u, fn, ctx);
	else
		*rc = fold_slow(&u, fn, ctx);
	return u.end;
}

int
search_fold_each(const char *s, size_t n, search_char_fn fn, void *ctx)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	int rc = 0;

	while (i < n && rc == 0) {
		if (cjk_alone(p, n, i)) {
			rc = fn(ctx, s + i, 3, i, i + 3);
			i += 3;
		} else
			i = fold_unit(s, n, i, fn, ctx, &rc);
	}
	return rc;
}

/* search_fold_append's search_char_fn: the character appended. */
static int
append_char(void *ctx, const char *b, size_t len, size_t start, size_t end)
{
	(void)start;
	(void)end;
	buf_add(ctx, b, len);
	return 0;
}

/*
 * Whether no mark joins the unit before byte j of p[0..n) (read_unit
 * would end it there): the end, a byte no mark's UTF-8 starts with (an
 * ASCII or continuation byte, a lead E4-E9), or a whole three-byte
 * character that extends no unit: an ideograph or another character
 * that folds to itself (is_stable), U+3000, or full-width ASCII
 * (U+FF01-FF5E), none of them a combining mark. The characters after
 * which Chinese text puts its ，。：“” are thus no reason to fold the
 * slow way.
 */
static int unit_ends_mark(const unsigned char *p, size_t n, size_t j);

/* (the end, an ASCII or continuation byte or a lead E4-E9 inline: the
 * answer for most characters of a Chinese page, where a call a
 * character was a fifth of search_fold_append's instructions) */
static inline int
unit_ends(const unsigned char *p, size_t n, size_t j)
{
	if (j >= n || p[j] < 0xC0 || (p[j] >= 0xE4 && p[j] <= 0xE9))
		return 1;
	return unit_ends_mark(p, n, j);
}

/* unit_ends past its first test. */
static int
unit_ends_mark(const unsigned char *p, size_t n, size_t j)
{
	uint32_t c;

	if (p[j] < 0xE1 || p[j] == 0xED || p[j] > 0xEF || n - j < 3 ||
	    !is_cont(p[j + 1]) || !is_cont(p[j + 2]))
		return 0;
	c = (uint32_t)(p[j] & 0x0F) << 12 | (uint32_t)(p[j + 1] & 0x3F) << 6 |
	    (p[j + 2] & 0x3F);
	return c == 0x3000 || (c >= 0xFF01 && c <= 0xFF5E) || is_stable(c);
}

/*
 * The fold of the character at p[i] written at o (at most as many
 * bytes as it takes) when it is a unit alone (unit_ends after it) and
 * fold_fast knows it: ASCII, a two- or three-byte character that folds
 * to itself, U+3000 (white space: nothing), full-width ASCII. Returns
 * the bytes read (then *w the bytes written), or 0: fold_unit's.
 * Every character of a Chinese page but the rare ones, without
 * read_unit, fold_fast, emit and a buf_add each (search_fold_append was
 * 6 % of the importer's reading thread).
 */
static size_t
fold_one(const unsigned char *p, size_t n, size_t i, char *o, size_t *w)
{
	uint32_t c;
	size_t k;

	if (p[i] < 0x80) {
		c = p[i];
		k = 1;
	} else if (p[i] >= 0xE1 && p[i] <= 0xEF && p[i] != 0xED &&
	    n - i >= 3 && is_cont(p[i + 1]) && is_cont(p[i + 2])) {
		c = (uint32_t)(p[i] & 0x0F) << 12 |
		    (uint32_t)(p[i + 1] & 0x3F) << 6 | (p[i + 2] & 0x3F);
		k = 3;
	} else if (p[i] >= 0xC2 && p[i] <= 0xDF && n - i >= 2 &&
	    is_cont(p[i + 1])) {
		c = (uint32_t)(p[i] & 0x1F) << 6 | (p[i + 1] & 0x3F);
		k = 2;
	} else {
		return 0;
	}
	if (!unit_ends(p, n, i + k))
		return 0;
	if (k == 3 && is_cjk_unified(c)) {
		/* (byte by byte: a memcpy call and is_stable's were half of
		 * the time a character took) */
		o[0] = (char)p[i];
		o[1] = (char)p[i + 1];
		o[2] = (char)p[i + 2];
		*w = 3;
	} else if (c < 0x80) {
		if (c == ' ' || (c >= '\t' && c <= '\r')) {
			*w = 0;
		} else {
			o[0] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
			*w = 1;
		}
	} else if (c >= 0xFF01 && c <= 0xFF5E) {
		c -= 0xFEE0;
		o[0] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
		*w = 1;
	} else if (c == 0x3000) {
		*w = 0;
	} else if (is_stable(c)) {
		o[0] = (char)p[i];
		o[1] = (char)p[i + 1];
		if (k == 3)
			o[2] = (char)p[i + 2];
		*w = k;
	} else {
		return 0;
	}
	return k;
}

void
search_fold_append(const char *s, size_t n, struct buf *b)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, k, w;
	char *o;
	int rc;

	while (i < n) {
		/* What fold_one writes is never longer than what it reads. */
		buf_reserve(b, n - i);
		o = b->data + b->len;
		for (;;) {
			/* (four of them at once while they last: each folds
			 * to itself, and each of the first three is a unit of
			 * its own, unit_ends seeing a lead E4-E9 after it; one
			 * at a time, a character took about fifty
			 * instructions, 0.25 M a make-archive page) */
			if (n - i >= 12 && utf8_four_ideographs(p + i) &&
			    unit_ends(p, n, i + 12)) {
				memcpy(o, p + i, 12);
				o += 12;
				i += 12;
				continue;
			}
			/* (an ideograph of U+5000-9FFF, most of the text, with
			 * fewer tests) */
			if (n - i >= 3 && p[i] >= 0xE5 && p[i] <= 0xE9 &&
			    is_cont(p[i + 1]) && is_cont(p[i + 2]) &&
			    unit_ends(p, n, i + 3)) {
				o[0] = (char)p[i];
				o[1] = (char)p[i + 1];
				o[2] = (char)p[i + 2];
				o += 3;
				i += 3;
			} else if (i < n && (k = fold_one(p, n, i, o, &w)) > 0) {
				o += w;
				i += k;
			} else {
				break;
			}
		}
		b->len = (size_t)(o - b->data);
		b->data[b->len] = '\0';
		if (i < n)
			i = fold_unit(s, n, i, append_char, b, &rc);
	}
}

/* Folded text and, when map is not NULL, the source offset of each byte;
 * with stop (qlen > 0 bytes), the folding stops once the text ends in
 * it: the first match found, nothing after it is needed. */
struct folded {
	struct buf text;
	size_t *map;
	size_t cap;
	const char *stop;
	size_t qlen;
};

static int
collect(void *ctx, const char *b, size_t len, size_t start, size_t end)
{
	struct folded *f = ctx;
	size_t i, at = f->text.len;

	(void)end;
	buf_add(&f->text, b, len);
	/* The folded text and q are whole characters of UTF-8, so a match
	 * ends where a character does: the first to end here is the first
	 * match. */
	if (f->stop != NULL && f->text.len >= f->qlen &&
	    memcmp(f->text.data + f->text.len - f->qlen, f->stop,
	    f->qlen) == 0)
		return 1;
	if (f->map == NULL)
		return 0;
	if (at + len + 1 > f->cap) {
		f->cap = (at + len + 1) * 2;
		f->map = xreallocarray(f->map, f->cap, sizeof *f->map);
	}
	for (i = 0; i < len; i++)
		f->map[at + i] = start;
	return 0;
}

/* Fold s into f (f->text always allocated; f->map only if want_map). */
static void
fold_into(const char *s, size_t n, struct folded *f, int want_map)
{
	buf_init(&f->text);
	buf_add(&f->text, "", 0);
	f->stop = NULL;
	f->cap = n + 1;
	f->map = want_map ? xreallocarray(NULL, f->cap, sizeof *f->map) : NULL;
	search_fold_each(s, n, collect, f);
	if (want_map)
		f->map[f->text.len] = n;
}

char *
search_fold(const char *s, size_t n, size_t **map)
{
	struct folded f;

	fold_into(s, n, &f, map != NULL);
	if (map != NULL)
		*map = f.map;
	return buf_take(&f.text);
}

/* Position of q (qlen > 0 bytes) in h[from..hlen), or (size_t)-1. The
 * folded text may hold NUL bytes, so no strstr. */
static size_t
find_bytes(const char *h, size_t hlen, size_t from, const char *q,
    size_t qlen)
{
	const char *p;

	while (from + qlen <= hlen) {
		p = memchr(h + from, q[0], hlen - qlen + 1 - from);
		if (p == NULL)
			break;
		from = (size_t)(p - h);
		if (memcmp(p, q, qlen) == 0)
			return from;
		from++;
	}
	return (size_t)-1;
}

/*
 * Whether s surely does not hold the folded query q (qlen > 0 bytes),
 * seen without folding s: q is made of CJK ideographs, every character
 * of s has a fold of its own (fold_fast: no marks, nothing left to
 * libunistring), and q's bytes are not in s. Then the fold of s is s
 * character for character, but for white space, which it drops; an
 * ideograph comes only from itself. Without white space in s, a match
 * in the fold would be q's bytes in s. With it, a match could span the
 * white space dropped, but each of q's ideographs would be in s: one
 * that is not says no match. A snippet's paragraphs before the one with
 * the match, folded in full, were a tenth of a common query's first
 * page (数字化 at 14,600 pages); a paragraph with a space in it (a
 * date, a figure, a name in Latin letters) was folded in full still:
 * 23 % of the instructions of the first page of 成熟度, a phrase of the
 * body.
 */
static int
surely_absent(const char *s, size_t n, const char *q, size_t qlen)
{
	size_t i, len;
	uint32_t c, f;
	int space = 0;

	for (i = 0; i < qlen; i += len) {
		len = next_char(q, qlen, i, &c);
		if (!is_cjk_unified(c))
			return 0;
	}
	if (find_bytes(s, n, 0, q, qlen) != (size_t)-1)
		return 0;
	for (i = 0; i < n; i += len) {
		len = next_char(s, n, i, &c);
		if (!fold_fast(c, &f))
			return 0;
		space |= is_space(f);
	}
	if (!space)
		return 1;
	for (i = 0; i < qlen; i += len) {
		len = next_char(q, qlen, i, &c);
		if (find_bytes(s, n, 0, q + i, len) == (size_t)-1)
			return 1;
	}
	return 0;
}

/*
 * Folded offsets back to source offsets without a map of every byte (a
 * search would pay for one on every article it scans): a second folding
 * pass that stops once past the last offset wanted. pos[] ascends, pairs
 * of the first and last folded byte of a match; got[] receives the start
 * of the first's unit and the end of the last's.
 */
struct locate {
	const size_t *pos;
	size_t *got;
	size_t npos, i, at;
};

static int
locate_cb(void *ctx, const char *b, size_t len, size_t start, size_t end)
{
	struct locate *l = ctx;

	(void)b;
	l->at += len;
	for (; l->i < l->npos && l->pos[l->i] < l->at; l->i++)
		l->got[l->i] = l->i % 2 == 0 ? start : end;
	return l->i == l->npos;
}

/*
 * Every match of q in s (only the first unless all), as start, len pairs
 * of source bytes in *ranges (NULL when none; the caller frees). Matches
 * do not overlap in the folded text; one that would share a source unit
 * with the one before (㎏ folds to "kg", so "gk" in ㎏㎏ splits units) is
 * dropped so that ranges never overlap either.
 */
static size_t
find_ranges(const char *s, size_t n, const char *q, int all,
    size_t **ranges)
{
	struct folded f;
	struct locate l;
	size_t qlen = strlen(q), at = 0, count = 0, cap = 0, i, k;
	size_t *pos = NULL;

	*ranges = NULL;
	if (qlen == 0 || surely_absent(s, n, q, qlen))
		return 0;
	if (all)
		fold_into(s, n, &f, 0);
	else {
		/* Only the first match: fold no further than it (a snippet
		 * folds the paragraph it shows up to the match only). */
		buf_init(&f.text);
		buf_add(&f.text, "", 0);
		f.map = NULL;
		f.stop = q;
		f.qlen = qlen;
		search_fold_each(s, n, collect, &f);
	}
	while ((at = find_bytes(f.text.data, f.text.len, at, q, qlen)) !=
	    (size_t)-1) {
		if (count == cap) {
			cap = cap ? cap * 2 : 4;
			pos = xreallocarray(pos, cap, 2 * sizeof *pos);
		}
		pos[2 * count] = at;
		pos[2 * count + 1] = at + qlen - 1;
		count++;
		at += qlen;
		if (!all)
			break;
	}
	buf_free(&f.text);
	if (count == 0)
		return 0;
	l.pos = pos;
	l.got = xreallocarray(NULL, count, 2 * sizeof *l.got);
	l.npos = 2 * count;
	l.i = l.at = 0;
	search_fold_each(s, n, locate_cb, &l);
	for (i = k = 0; i < count; i++) {
		if (k > 0 && l.got[2 * i] < l.got[2 * k - 2] + l.got[2 * k - 1])
			continue;
		l.got[2 * k] = l.got[2 * i];
		l.got[2 * k + 1] = l.got[2 * i + 1] - l.got[2 * i];
		k++;
	}
	free(pos);
	*ranges = l.got;
	return k;
}

size_t
search_find_all(const char *s, size_t n, const char *folded_query,
    size_t **ranges)
{
	return find_ranges(s, n, folded_query, 1, ranges);
}

int
search_find(const char *s, size_t n, const char *folded_query,
    size_t *start, size_t *len)
{
	size_t *r;

	if (find_ranges(s, n, folded_query, 0, &r) == 0)
		return 0;
	*start = r[0];
	*len = r[1];
	free(r);
	return 1;
}

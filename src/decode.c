/*
 * decode: the bytes of a page file to UTF-8 text with LF line ends, or a
 * reason to refuse them (SPEC import 1). The order of the tests is the
 * SPEC's: a UTF-16 BOM, a NUL byte, valid UTF-8, GB18030 that converts
 * without error, UTF-8 with at most 1 % bad sequences, else refused.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <uniconv.h>
#include <unictype.h>
#include <unistr.h>

#include "lreader/decode.h"
#include "lreader/util.h"

#define NOT_TEXT "not a text page"

/* UTF-16 after its BOM (big-endian when be), into UTF-8 in b. Returns 0,
 * or -1 for odd length or a lone surrogate. */
static int
from_utf16(const unsigned char *p, size_t len, int be, struct buf *b)
{
	uint16_t *u;
	uint8_t *r;
	size_t n = len / 2, i, rlen;

	if (len % 2 != 0)
		return -1;
	u = xreallocarray(NULL, n ? n : 1, sizeof *u);
	for (i = 0; i < n; i++)
		u[i] = be ? (uint16_t)(p[2 * i] << 8 | p[2 * i + 1]) :
		    (uint16_t)(p[2 * i + 1] << 8 | p[2 * i]);
	if (u16_check(u, n) != NULL) {
		free(u);
		return -1;
	}
	r = u16_to_u8(u, n, NULL, &rlen);
	free(u);
	if (r == NULL)	/* only on exhausted memory */
		return -1;
	buf_add(b, (const char *)r, rlen);
	free(r);
	return 0;
}

/* GB18030 into b, or -1 if any byte does not convert (iconveh_error:
 * with iconveh_question_mark a conversion never fails, TECH-NOTES). */
static int
from_gb18030(const char *p, size_t len, struct buf *b)
{
	uint8_t *r;
	size_t rlen = 0;

	r = u8_conv_from_encoding("GB18030", iconveh_error, p, len, NULL,
	    NULL, &rlen);
	if (r == NULL)
		return -1;
	buf_add(b, (const char *)r, rlen);
	free(r);
	return 0;
}

/* UTF-8 with each bad sequence replaced by U+FFFD, into b. Returns 0 and
 * *nbad, or -1 when more than 1 % of the non-ASCII sequences are bad. */
static int
from_bad_utf8(const char *p, size_t len, struct buf *b, size_t *nbad)
{
	const uint8_t *s = (const uint8_t *)p;
	size_t i = 0, bad = 0, nonascii = 0, start = 0;
	ucs4_t uc;
	int n;

	while (i < len) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		n = u8_mbtouc(&uc, s + i, len - i);
		nonascii++;
		if (uc == 0xFFFD && !(n == 3 && memcmp(s + i, "\xEF\xBF\xBD",
		    3) == 0)) {
			bad++;
			buf_add(b, p + start, i - start);
			buf_add(b, "\xEF\xBF\xBD", 3);
			start = i + (size_t)n;
		}
		i += (size_t)n;
	}
	buf_add(b, p + start, len - start);
	if (bad * 100 > nonascii)
		return -1;
	*nbad = bad;
	return 0;
}

/* Is all of s (UTF-8) white space? A BOM and U+3000 count as space. */
static int
is_blank(const char *s, size_t len)
{
	size_t i = 0;
	ucs4_t uc;
	int n;

	while (i < len) {
		n = u8_mbtouc(&uc, (const uint8_t *)s + i, len - i);
		if (uc != 0xFEFF && uc != 0x200B &&
		    !uc_is_property_white_space(uc))
			return 0;
		i += (size_t)n;
	}
	return 1;
}

/* The decoded text to return: a leading BOM dropped, CRLF and CR made LF
 * (SPEC import 1). The caller frees it. */
static char *
finish(const char *s, size_t len)
{
	struct buf b;
	const char *cr;
	size_t k;

	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		s += 3;
		len -= 3;
	}
	buf_init(&b);
	buf_add(&b, "", 0);
	while ((cr = memchr(s, '\r', len)) != NULL) {
		k = (size_t)(cr - s);
		buf_add(&b, s, k);
		buf_addc(&b, '\n');
		k++;
		if (k < len && s[k] == '\n')
			k++;
		s += k;
		len -= k;
	}
	buf_add(&b, s, len);
	/* Cut to size: the importer holds up to 16 decoded pages ahead of
	 * the one it stores (import.c, AHEAD), each in a buffer that grew by
	 * doubling (up to twice the page). */
	k = b.len;
	return xrealloc(buf_take(&b), k + 1);
}

/* More than this share of control bytes (C0 but tab, LF, VT, FF, CR;
 * DEL) and a file is no text: a page dump may hold a few, which cleaning
 * drops (the tests' hostile pages: 2-4 %), but an image's header is full
 * of them (a PNG's eight-byte signature holds one, 12 %, and decoded as
 * GB18030 made an issue titled 塒NG). */
#define CONTROL_SHARE_MAX 0.05

/* Whether byte c counts as a control here (but tab and line ends). */
#define COUNTS_AS_CONTROL(c) (((c) < 0x20 || (c) == 0x7F) && \
	((c) < 0x09 || (c) > 0x0D))

/* Whether n such controls are too many for len bytes. */
static int
too_many_controls(size_t n, size_t len)
{
	return (double)n > CONTROL_SHARE_MAX * (double)len;
}

static int
mostly_controls(const unsigned char *u, size_t len)
{
	const uint64_t ones = 0x0101010101010101ULL, high = ones * 0x80,
	    low7 = ones * 0x7F;
	size_t i = 0, j, n = 0;
	uint64_t w, x;

	/* Controls are rare: eight bytes at a time are passed when none is
	 * below 0x09, within 0x0E-0x1F or 0x7F (the usual tests that a
	 * byte is below a value, between two, and zero after an XOR: each
	 * exact for "any"); those bytes are looked at one by one. A line
	 * break or a tab (every few words of a page) does not stop the
	 * eight-byte steps. */
	for (; i + 8 <= len; i += 8) {
		memcpy(&w, u + i, 8);
		x = w & low7;
		if ((((w - ones * 0x09) & ~w) |
		    ((ones * (127 + 0x20) - x) & ~w & (x + ones * (127 - 0x0D))) |
		    (((w ^ ones * 0x7F) - ones) & ~(w ^ ones * 0x7F))) & high) {
			for (j = i; j < i + 8; j++)
				n += COUNTS_AS_CONTROL(u[j]);
		}
	}
	for (; i < len; i++)
		n += COUNTS_AS_CONTROL(u[i]);
	return too_many_controls(n, len);
}

/*
 * u8_check(u, len) == NULL, with the sequences most of a page is made of
 * (ASCII, and three bytes led by E1-EC or EE-EF: the Han and CJK
 * punctuation, none overlong or a surrogate whatever follows) passed at
 * a glance, and any other sequence checked by u8_check alone (a valid
 * one is as long as its lead byte says).
 */
/*
 * Whether u[0..12) is four three-byte forms led by E1-EC or EE-EF,
 * tested a word at a time: lead bytes 1110xxxx at 0, 3, 6 and 9 and
 * continuation bytes 10xxxxxx between them; then no lead's low half 0
 * (E0, whose forms may be overlong) or D (ED, surrogates), each low
 * half v found not 0 by v + 0x7F reaching 0x80 (no carry leaves a byte:
 * v < 16). The test byte by byte took a tenth of a page's decoding.
 */
static inline int
four_forms(const unsigned char *u)
{
	const uint64_t low = 0x000F00000F00000FULL, one = 0x007F00007F00007FULL,
	    top = 0x0080000080000080ULL, d = 0x000D00000D00000DULL;
	uint64_t a = load8(u), b = load8(u + 4) >> 32, la, lb;

	if ((a & 0xC0F0C0C0F0C0C0F0ULL) != 0x80E08080E08080E0ULL ||
	    (b & 0xC0C0F0C0) != 0x8080E080)
		return 0;
	la = a & low;
	lb = b >> 8 & 0x0F;
	return ((la + one) & top) == top && (((la ^ d) + one) & top) == top &&
	    lb != 0 && lb != 0x0D;
}

static int
valid_utf8(const unsigned char *u, size_t len, size_t *controls)
{
	size_t i = 0, k, n = 0;

	while (i < len) {
		/* (four three-byte forms at a time, then one: most of a
		 * page) */
		while (len - i >= 12 && four_forms(u + i))
			i += 12;
		while (len - i >= 3 && u[i] >= 0xE1 && u[i] <= 0xEF &&
		    u[i] != 0xED && (u[i + 1] & 0xC0) == 0x80 &&
		    (u[i + 2] & 0xC0) == 0x80)
			i += 3;
		if (i >= len)
			break;
		/* (a run of ASCII bytes passed in a loop of its own: a line
		 * break of a page is two, each of which went back through the
		 * tests above) */
		if (u[i] < 0x80) {
			do {
				n += COUNTS_AS_CONTROL(u[i]);
				i++;
			} while (i < len && u[i] < 0x80);
			continue;
		}
		k = u[i] < 0xE0 ? 2 : u[i] < 0xF0 ? 3 : 4;
		if (k > len - i)
			k = len - i;
		if (u8_check(u + i, k) != NULL)
			return 0;
		i += k;
	}
	*controls = n;
	return 1;
}

/* Decode bytes into b by SPEC import 1; returns 0 or -1 with *err. */
static int
decode_bytes(const char *bytes, size_t len, struct buf *b, size_t *nbad,
    char **err)
{
	const unsigned char *u = (const unsigned char *)bytes;
	size_t controls = 0;
	int valid;

	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
	    (u[0] == 0xFE && u[1] == 0xFF))) {
		if (from_utf16(u + 2, len - 2, u[0] == 0xFE, b) == -1)
			return fail(err, NOT_TEXT " (bad UTF-16)");
		/* U+0000 would cut the text short: as binary as a NUL byte */
		if (memchr(b->data, '\0', b->len) != NULL)
			return fail(err, NOT_TEXT " (binary)");
		return 0;
	}
	/* (valid UTF-8 has its controls counted as it is checked: they
	 * are ASCII bytes, which the check passes one by one; other bytes
	 * are counted by mostly_controls) */
	valid = valid_utf8(u, len, &controls);
	if (len > 0 && (memchr(bytes, '\0', len) != NULL ||
	    (valid ? too_many_controls(controls, len) :
	    mostly_controls(u, len))))
		return fail(err, NOT_TEXT " (binary)");
	if (valid) {
		buf_add(b, bytes, len);
		return 0;
	}
	if (from_gb18030(bytes, len, b) == 0)
		return 0;
	buf_reset(b);
	if (from_bad_utf8(bytes, len, b, nbad) == 0)
		return 0;
	return fail(err, NOT_TEXT " (neither UTF-8 nor GB18030)");
}

int
decode_page(const char *bytes, size_t len, char **out, size_t *nbad,
    char **err)
{
	struct buf b;
	size_t bad = 0;

	*out = NULL;
	if (nbad != NULL)
		*nbad = 0;
	buf_init(&b);
	buf_add(&b, "", 0);
	if (decode_bytes(bytes, len, &b, &bad, err) == -1) {
		buf_free(&b);
		return -1;
	}
	if (is_blank(b.data, b.len)) {
		buf_free(&b);
		return fail(err, "empty page");
	}
	/* (text with no BOM and no CR, most pages, is already what finish
	 * would copy: the buffer itself is handed over, cut to size) */
	if ((b.len < 3 || memcmp(b.data, "\xEF\xBB\xBF", 3) != 0) &&
	    memchr(b.data, '\r', b.len) == NULL) {
		size_t n = b.len;
		*out = xrealloc(buf_take(&b), n + 1);
	} else
		*out = finish(b.data, b.len);
	buf_free(&b);
	if (nbad != NULL)
		*nbad = bad;
	return 0;
}

int
decode_page_take(char *bytes, size_t len, char **out, size_t *nbad,
    char **err)
{
	const unsigned char *u = (const unsigned char *)bytes;
	size_t controls = 0;
	int rc;

	/* (most pages: UTF-8 with no BOM, CR or NUL, few controls and not
	 * blank, which decode_page gives back byte for byte, its copy made
	 * and the bytes freed: 0.02 M instructions a make-archive page) */
	if (len >= 3 && !(u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) &&
	    !(u[0] == 0xFF && u[1] == 0xFE) && !(u[0] == 0xFE && u[1] == 0xFF) &&
	    valid_utf8(u, len, &controls) &&
	    !too_many_controls(controls, len) &&
	    memchr(bytes, '\0', len) == NULL &&
	    memchr(bytes, '\r', len) == NULL && !is_blank(bytes, len)) {
		bytes[len] = '\0';
		*out = bytes;
		if (nbad != NULL)
			*nbad = 0;
		return 0;
	}
	rc = decode_page(bytes, len, out, nbad, err);
	free(bytes);
	return rc;
}

/*
 * util: allocation that dies loudly on exhaustion, a growable string
 * buffer, and small UTF-8 helpers shared by every module.
 */
#ifndef LREADER_UTIL_H
#define LREADER_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>

/*
 * Allocation: as in tmux's xmalloc.c, running out of memory prints
 * "lreader: out of memory" and aborts; callers need not check.
 */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* printf into a new string; the caller frees it. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

/*
 * Error reporting for functions that return 0 or -1: set *err to a new
 * string (the caller frees it). err may be NULL. Always returns -1.
 */
int fail(char **err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A growable NUL-terminated byte buffer. */
struct buf {
	char *data;  /* owned; always NUL-terminated once anything was added */
	size_t len;
	size_t cap;
};
void buf_init(struct buf *b);
void buf_reserve(struct buf *b, size_t n);      /* room for n more bytes and a NUL */
void buf_add(struct buf *b, const char *s, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_addf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_add_ucs(struct buf *b, uint32_t uc);   /* append one code point as UTF-8 */
void buf_reset(struct buf *b);                  /* len = 0, keeps memory */
char *buf_take(struct buf *b);                  /* returns data (caller frees), resets b */
void buf_free(struct buf *b);

/*
 * The whole content of the regular file at path, NUL-terminated (the
 * caller frees); *len its size in bytes. NULL with errno set when it
 * cannot be read (read_file_max with no limit).
 */
char *read_file(const char *path, size_t *len);

/*
 * s as it may be shown in a message or on the screen (a file name, a
 * config line): controls (utf8_is_control) as \xNN, the format
 * characters of utf8_is_layout_format as \u202E and kin, bytes that are
 * no UTF-8 as \xNN, and a backslash doubled (so that a name holding
 * the text \x1B is told from one holding ESC).
 * Nothing from outside then moves the cursor, recolours or reorders the
 * terminal. Returns a new string (caller frees).
 */
char *escape_controls(const char *s);

/* "lreader: MESSAGE\n" on f, the formatted message through
 * escape_controls (file names and other outside text in it). */
void print_msg(FILE *f, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/*
 * The same for a page file: refuses what is no regular file once opened
 * (errno EINVAL; the open does not block on a FIFO) and a file of more
 * than max bytes (errno EFBIG), reading at most max + 1 bytes of it.
 */
char *read_file_max(const char *path, size_t max, size_t *len);

/*
 * Decode the code point at s (at most n bytes, valid UTF-8 assumed);
 * returns its length in bytes (1 for a bad byte, with *uc = 0xFFFD).
 * Inline for ASCII and whole three-byte sequences (every Han character
 * and CJK mark): it runs once a character everywhere, and the call was
 * 8 % of segmenting a page; utf8_next_rest does the other cases.
 */
int utf8_next_rest(const char *s, size_t n, uint32_t *uc);

/* The eight bytes at u as one number, u[0] its lowest, on any byte order
 * (compilers make it one load where the order allows). */
static inline uint64_t
load8(const unsigned char *u)
{
	return (uint64_t)u[0] | (uint64_t)u[1] << 8 | (uint64_t)u[2] << 16 |
	    (uint64_t)u[3] << 24 | (uint64_t)u[4] << 32 |
	    (uint64_t)u[5] << 40 | (uint64_t)u[6] << 48 | (uint64_t)u[7] << 56;
}

/* Whether the three-byte form at p (its continuation bytes checked) is
 * an ideograph of U+4E00-9FFF: its first two bytes E4B8-E9BF. */
#define UTF8_IDEOGRAPH3(p) ((unsigned)((p)[0] << 8 | (p)[1]) - 0xE4B8u <= \
	0xE9BFu - 0xE4B8u)

/*
 * Whether u[0..12) is four ideographs of U+4E00-9FFF (most of a Chinese
 * page), in three-byte forms: the lead and continuation bits of all
 * twelve bytes tested two words at a time, then each character's range.
 * For loops that take a run of ideographs four at a time, where one at
 * a time each cost some fifty instructions.
 */
static inline int
utf8_four_ideographs(const unsigned char *u)
{
	uint64_t a = load8(u), c = load8(u + 4) >> 32;

	if ((a & 0xC0F0C0C0F0C0C0F0ULL) != 0x80E08080E08080E0ULL ||
	    (c & 0xC0C0F0C0) != 0x8080E080)
		return 0;
	return UTF8_IDEOGRAPH3(u) && UTF8_IDEOGRAPH3(u + 3) &&
	    UTF8_IDEOGRAPH3(u + 6) && UTF8_IDEOGRAPH3(u + 9);
}

/* The code point of the three-byte form at u. */
static inline uint32_t
utf8_form3(const unsigned char *u)
{
	return (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 |
	    (uint32_t)(u[2] & 0x3F);
}


static inline int
utf8_next(const char *s, size_t n, uint32_t *uc)
{
	const unsigned char *p = (const unsigned char *)s;

	if (n > 0 && p[0] < 0x80) {
		*uc = p[0];
		return 1;
	}
	if (n >= 3 && (p[0] & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 &&
	    (p[2] & 0xC0) == 0x80) {
		*uc = (uint32_t)(p[0] & 0x0F) << 12 |
		    (uint32_t)(p[1] & 0x3F) << 6 | (uint32_t)(p[2] & 0x3F);
		return 3;
	}
	return utf8_next_rest(s, n, uc);
}
/* Number of code points in s. */
size_t utf8_count(const char *s);
/* uc in UTF-8 at out, which has room for 4 bytes (no NUL written);
 * returns its length, 1 to 4. buf_add_ucs appends the same bytes. */
size_t utf8_put(char *out, uint32_t uc);

/* Sort v[0..n) ascending (a radix sort). */
void sort_u64(uint64_t *v, size_t n);
/* Where the character before byte offset i of s starts (0 at the start):
 * the one way back over UTF-8. */
size_t utf8_prev(const char *s, size_t i);

/*
 * The one rule for what a terminal obeys rather than draws: C0 controls,
 * DEL and C1 controls (U+0000-U+001F, U+007F-U+009F). Cleaning drops them
 * (but tab), the screen and `cat` never send them, messages escape them.
 */
int utf8_is_control(uint32_t uc);
/*
 * Format characters that change how a terminal draws what follows: zero
 * widths and joiners (U+200B-U+200F: a ZWJ joins emoji into fewer cells)
 * and the bidi embeddings, overrides, isolates and marks (U+202A-U+202E,
 * U+2060-U+2069, U+061C). Never sent to a terminal; escaped in messages.
 */
int utf8_is_layout_format(uint32_t uc);


/*
 * An unsigned LEB128 varint: seven bits a byte, low first, the high bit
 * set on all but the last. VARINT_MAX bytes hold any uint64_t. The
 * store's lists and the importer's file list are written so.
 */
#define VARINT_MAX 10

/* Write v at p as a varint; its length. */
static inline size_t
varint_put(unsigned char *p, uint64_t v)
{
	size_t n = 0;

	while (v >= 0x80) {
		p[n++] = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	p[n++] = (unsigned char)v;
	return n;
}

/* The varint at *p (before end) into *v, *p past it: 1, or 0 at the end
 * or for a damaged one (cut short, too long). */
static inline int
varint_get(const unsigned char **p, const unsigned char *end, uint64_t *v)
{
	const unsigned char *q = *p;
	unsigned shift = 0;

	*v = 0;
	while (q < end && shift < 64) {
		*v |= (uint64_t)(*q & 0x7F) << shift;
		if ((*q++ & 0x80) == 0) {
			*p = q;
			return 1;
		}
		shift += 7;
	}
	return 0;
}

#endif

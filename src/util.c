/*
 * util: allocation, string buffers and UTF-8 helpers used everywhere.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <unistr.h>

#include "lreader/util.h"

static void
die_oom(void)
{
	/* No recovery is possible; tmux's xmalloc does the same. */
	fputs("lreader: out of memory\n", stderr);
	abort();
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (p == NULL)
		die_oom();
	return p;
}

/* Zeroed blocks up to this size are allocated and cleared here: glibc's
 * calloc takes no block from the thread's cache of small freed blocks
 * (tcache, blocks up to about a kilobyte), malloc does, and a page's
 * segmenting asks for some hundred small zeroed blocks (each a walk of
 * the allocator's bins, 4 % of segmenting's time). Bigger ones are
 * calloc's, which knows when fresh memory needs no clearing. */
#define CLEARED_HERE_MAX 1024

void *
xcalloc(size_t n, size_t size)
{
	void *p;

	n = n ? n : 1;
	size = size ? size : 1;
	if (n <= CLEARED_HERE_MAX / size) {
		p = xmalloc(n * size);
		return memset(p, 0, n * size);
	}
	p = calloc(n, size);
	if (p == NULL)
		die_oom();
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		die_oom();
	return p;
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		die_oom();
	return xrealloc(p, n * size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	va_list aq;
	int n;
	char *p;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		die_oom();
	p = xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

int
fail(char **err, const char *fmt, ...)
{
	va_list ap;

	if (err != NULL) {
		va_start(ap, fmt);
		*err = xvasprintf(fmt, ap);
		va_end(ap);
	}
	return -1;
}

void
buf_init(struct buf *b)
{
	b->data = NULL;
	b->len = b->cap = 0;
}

void
buf_reserve(struct buf *b, size_t n)
{
	size_t cap;

	if (b->len + n + 1 <= b->cap)
		return;
	cap = b->cap ? b->cap : 64;
	while (cap < b->len + n + 1)
		cap *= 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
}

void
buf_add(struct buf *b, const char *s, size_t n)
{
	buf_reserve(b, n);
	if (n > 0)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

/* (formatted in place: into the room the buffer has, and again into room
 * made for it if it did not fit, where a string was formatted twice,
 * allocated, copied and freed for every call) */
void
buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	buf_reserve(b, 0);
	va_start(ap, fmt);
	n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	if (n < 0)
		die_oom();
	if ((size_t)n >= b->cap - b->len) {
		buf_reserve(b, (size_t)n);
		va_start(ap, fmt);
		vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
		va_end(ap);
	}
	b->len += (size_t)n;
}

size_t
utf8_put(char *out, uint32_t uc)
{
	if (uc < 0x80) {
		out[0] = (char)uc;
		return 1;
	}
	if (uc < 0x800) {
		out[0] = (char)(0xC0 | (uc >> 6));
		out[1] = (char)(0x80 | (uc & 0x3F));
		return 2;
	}
	if (uc < 0x10000) {
		out[0] = (char)(0xE0 | (uc >> 12));
		out[1] = (char)(0x80 | ((uc >> 6) & 0x3F));
		out[2] = (char)(0x80 | (uc & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (uc >> 18));
	out[1] = (char)(0x80 | ((uc >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((uc >> 6) & 0x3F));
	out[3] = (char)(0x80 | (uc & 0x3F));
	return 4;
}

void
buf_add_ucs(struct buf *b, uint32_t uc)
{
	char s[4];

	buf_add(b, s, utf8_put(s, uc));
}

void
buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->data != NULL)
		b->data[0] = '\0';
}

char *
buf_take(struct buf *b)
{
	char *p = b->data ? b->data : xstrdup("");

	buf_init(b);
	return p;
}

void
buf_free(struct buf *b)
{
	free(b->data);
	buf_init(b);
}

int
utf8_next_rest(const char *s, size_t n, uint32_t *uc)
{
	const unsigned char *p = (const unsigned char *)s;
	int len, i;
	uint32_t c;

	if (n == 0) {
		*uc = 0;
		return 0;
	}
	if (p[0] < 0x80) {
		*uc = p[0];
		return 1;
	}
	if ((p[0] & 0xE0) == 0xC0) {
		len = 2;
		c = p[0] & 0x1F;
	} else if ((p[0] & 0xF0) == 0xE0) {
		len = 3;
		c = p[0] & 0x0F;
	} else if ((p[0] & 0xF8) == 0xF0) {
		len = 4;
		c = p[0] & 0x07;
	} else {
		*uc = 0xFFFD;
		return 1;
	}
	if ((size_t)len > n) {
		*uc = 0xFFFD;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xC0) != 0x80) {
			*uc = 0xFFFD;
			return 1;
		}
		c = (c << 6) | (p[i] & 0x3F);
	}
	*uc = c;
	return len;
}

size_t
utf8_count(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

size_t
utf8_prev(const char *s, size_t i)
{
	while (i > 0 && ((unsigned char)s[--i] & 0xC0) == 0x80)
		;
	return i;
}

int
utf8_is_control(uint32_t uc)
{
	return uc < 0x20 || (uc >= 0x7F && uc <= 0x9F);
}

int
utf8_is_layout_format(uint32_t uc)
{
	return (uc >= 0x200B && uc <= 0x200F) || (uc >= 0x202A &&
	    uc <= 0x202E) || (uc >= 0x2060 && uc <= 0x2069) || uc == 0x061C;
}

char *
read_file(const char *path, size_t *len)
{
	return read_file_max(path, SIZE_MAX - 1, len);
}

/* The first room for a file whose size fstat does not tell (0: a
 * file of /proc): the size of a short page. */
#define READ_START 4096

/*
 * A file is read into a buffer of its size and two bytes more, its end
 * (a read of 0) seen in the same room, with no copy from a chunk on the
 * stack: a page's copy was 1 % of the importer's reading thread. A file
 * that grew since its fstat (or tells no size) doubles the buffer.
 */
char *
read_file_max(const char *path, size_t max, size_t *len)
{
	int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK), e;
	struct stat sb;
	char *data;
	size_t have = 0, cap;
	ssize_t n;

	if (fd < 0)
		return NULL;
	e = fstat(fd, &sb) != 0 ? errno : !S_ISREG(sb.st_mode) ? EINVAL : 0;
	if (e != 0) {
		close(fd);
		errno = e;
		return NULL;
	}
	/* (max + 1 bytes read tell a file too large: no more room; a file
	 * that tells no size starts at READ_START) */
	cap = sb.st_size > 0 ? ((uintmax_t)sb.st_size < max ?
	    (size_t)sb.st_size : max) : max < READ_START ? max : READ_START;
	cap = cap < SIZE_MAX - 2 ? cap + 2 : SIZE_MAX;
	data = xmalloc(cap);
	for (;;) {
		if (cap - have < 2) {
			cap = cap <= SIZE_MAX / 2 ? cap * 2 : SIZE_MAX;
			data = xrealloc(data, cap);
		}
		n = read(fd, data + have, cap - have - 1);
		if (n == 0)
			break;
		if (n < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (have + (size_t)n > max) {
			n = -1;
			errno = EFBIG;
			break;
		}
		have += (size_t)n;
	}
	if (n < 0) {
		e = errno;
		close(fd);
		free(data);
		errno = e;
		return NULL;
	}
	close(fd);
	data[have] = '\0';
	if (len != NULL)
		*len = have;
	return data;
}

char *
escape_controls(const char *s)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t n = strlen(s), i = 0;
	struct buf b;

	buf_init(&b);
	buf_add(&b, "", 0);
	while (i < n) {
		ucs4_t c;
		int len = u8_mbtoucr(&c, p + i, n - i);
		if (len < 0) {
			buf_addf(&b, "\\x%02X", p[i]);
			i++;
			continue;
		}
		if (c == '\\')   /* so that \x1B in a name is no escape */
			buf_adds(&b, "\\\\");
		else if (utf8_is_control(c))
			buf_addf(&b, "\\x%02X", (unsigned)c);
		else if (utf8_is_layout_format(c))
			buf_addf(&b, "\\u%04X", (unsigned)c);
		else
			buf_add(&b, s + i, (size_t)len);
		i += (size_t)len;
	}
	return buf_take(&b);
}

void
print_msg(FILE *f, const char *fmt, ...)
{
	va_list ap;
	char *m, *e;

	va_start(ap, fmt);
	m = xvasprintf(fmt, ap);
	va_end(ap);
	e = escape_controls(m);
	fprintf(f, "lreader: %s\n", e);
	free(e);
	free(m);
}

/* Under this many keys, an insertion sort beats the radix sort's passes. */
#define SMALL_SORT 48

/*
 * Sort v[0..n) ascending: an LSD radix sort that skips the bits that do
 * not vary (the segmenter's bigram keys and the links' terms: two code
 * points in 64 bits, most of whose bytes are the same in every key;
 * qsort's compare calls showed in both). Each pass sorts on the eight
 * bits from the lowest varying bit above the last pass's: the links'
 * bigrams (a code point shifted by 21 above one of the BMP: 16 bits,
 * five bits always 0, 16 bits) take four passes, not the five their
 * varying bytes took, and any windows that cover every varying bit,
 * lowest first, sort the same.
 */
void
sort_u64(uint64_t *v, size_t n)
{
	uint64_t *tmp, *buf, *from, *to, all = ~(uint64_t)0, any = 0, x, vary;
	size_t count[256], i, j, shift;

	if (n < SMALL_SORT) {
		for (i = 1; i < n; i++) {
			x = v[i];
			for (j = i; j > 0 && v[j - 1] > x; j--)
				v[j] = v[j - 1];
			v[j] = x;
		}
		return;
	}
	/* Bits that are the same in every key need no pass: each pass
	 * takes the eight bits from the lowest still varying one. */
	for (i = 0; i < n; i++) {
		all &= v[i];
		any |= v[i];
	}
	/* Each pass reads one array and writes the other (no copy back
	 * after every pass: 2 % of segmenting a page); v gets the last. */
	buf = xreallocarray(NULL, n, sizeof *buf);
	from = v;
	to = buf;
	vary = all ^ any;
	for (shift = 0; shift < 64 && (vary >> shift) != 0; shift += 8) {
		size_t sum = 0;
		while (((vary >> shift) & 1) == 0)
			shift++;
		memset(count, 0, sizeof count);
		for (i = 0; i < n; i++)
			count[(from[i] >> shift) & 0xFF]++;
		for (i = 0; i < 256; i++) {
			size_t c = count[i];
			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			to[count[(from[i] >> shift) & 0xFF]++] = from[i];
		tmp = from;
		from = to;
		to = tmp;
	}
	if (from != v)
		memcpy(v, from, n * sizeof *v);
	free(buf);
}

/*
 * clean: line-level cleaning of page text (SPEC import rules 2-4) and the
 * character classes the segmenter reasons with. Lines are handled as
 * arrays of code points; nothing here knows about articles.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "lreader/clean.h"
#include "lreader/util.h"

int
clean_is_cjk_punct(uint32_t c)
{
	return (c >= 0x3000 && c <= 0x303F && c != 0x3007) ||
	    (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
	    (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) ||
	    (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) ||
	    c == 0x00B7 || c == 0xFE30 || (c >= 0xFE50 && c <= 0xFE6B);
}

int
clean_is_wide(uint32_t c)
{
	return clean_is_han(c) || clean_is_cjk_punct(c) ||
	    (c >= 0x3040 && c <= 0x33FF) || (c >= 0xFF00 && c <= 0xFF60) ||
	    (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0xAC00 && c <= 0xD7A3);
}

int
clean_is_opening(uint32_t c)
{
	return c == 0x201C || c == 0x2018 || c == 0xFF08 || c == '(' ||
	    c == 0x300A || c == 0x300C || c == 0x300E || c == 0x3010 ||
	    c == 0x3014;
}

static size_t utf8_len(uint32_t c);

/* s as code points; *len set; the caller frees. */
static uint32_t *
to_ucs(const char *s, size_t n, size_t *len)
{
	uint32_t *u = xreallocarray(NULL, n + 1, sizeof *u);
	size_t i = 0, k = 0;
	int l;

	while (i < n) {
		l = utf8_next(s + i, n - i, &u[k]);
		if (l <= 0)
			break;
		i += (size_t)l;
		k++;
	}
	*len = k;
	return u;
}

static int
is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000 ||
	    (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F;
}

/* What cleaning drops: controls but tab, U+FEFF and U+200B, and the bidi
 * controls (no page of this paper needs one; they would reorder a title
 * wherever it is shown). Joiners (U+200C, U+200D) stay: emoji and other
 * scripts need them; the screen does not send them. */
static int
is_dropped(uint32_t c)
{
	return (utf8_is_control(c) && c != '\t') || c == 0xFEFF ||
	    c == 0x200B || (utf8_is_layout_format(c) && c != 0x200C &&
	    c != 0x200D);
}

static int
is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

/* A space-separated token: [start, end) in the code point array. */
struct token {
	size_t start, end;
};

static size_t
split_tokens(const uint32_t *u, size_t n, struct token **out)
{
	/* (room for the most tokens n code points hold, one and a space
	 * each: one allocation, where the array grew a token at a time) */
	struct token *t = xreallocarray(NULL, n / 2 + 1, sizeof *t);
	size_t nt = 0, i = 0;

	while (i < n) {
		while (i < n && u[i] == ' ')
			i++;
		if (i >= n)
			break;
		t[nt].start = i;
		while (i < n && u[i] != ' ')
			i++;
		t[nt++].end = i;
	}
	*out = t;
	return nt;
}

static int
single_wide(const uint32_t *u, const struct token *t)
{
	return t->end - t->start == 1 && clean_is_wide(u[t->start]);
}

/*
 * Which gaps between tokens are justification spaces (SPEC import 3): on a
 * letter-spaced line (most tokens one character), every gap touching a
 * wide character; elsewhere, gaps inside and at the edges of a run of
 * three or more single wide characters. Spaces between Latin words and
 * digit runs stay.
 */
static void
mark_justification(const uint32_t *u, const struct token *t, size_t nt,
    char *drop)
{
	size_t i, j, singles = 0;
	int spaced;

	for (i = 0; i < nt; i++)
		if (t[i].end - t[i].start == 1)
			singles++;
	spaced = nt >= 4 && singles * 2 >= nt;
	for (i = 0; i + 1 < nt; i++) {
		uint32_t l = u[t[i].end - 1], r = u[t[i + 1].start];
		drop[i] = spaced && (clean_is_wide(l) || clean_is_wide(r));
	}
	for (i = 0; i < nt; i = j) {
		for (j = i; j < nt && single_wide(u, &t[j]); j++)
			;
		if (j - i >= 3) {
			size_t g;
			for (g = i; g + 1 < j; g++)
				drop[g] = 1;
			if (i > 0 && clean_is_wide(u[t[i - 1].end - 1]))
				drop[i - 1] = 1;
			if (j < nt && clean_is_wide(u[t[j].start]))
				drop[j - 1] = 1;
		}
		if (j == i)
			j++;
	}
}

/*
 * Whether s[0..n) comes out of clean_line as it is: no character that
 * cleaning drops, no white space (so one token or none), and every
 * character in the one UTF-8 form that re-encoding it gives. Most lines
 * of a page are so (a column's line has no space); they are copied.
 */
static int
clean_already(const char *s, size_t n)
{
	const unsigned char *b = (const unsigned char *)s;
	size_t i = 0;
	uint32_t c;
	int l;

	while (i < n) {
		/* Printable ASCII but the space, and a whole three-byte
		 * sequence of U+4000-9FFF (Han: none is white space or
		 * dropped), at a glance. */
		if (b[i] > 0x20 && b[i] < 0x7F) {
			i++;
			continue;
		}
		if (b[i] >= 0xE4 && b[i] <= 0xE9 && n - i >= 3 &&
		    (b[i + 1] & 0xC0) == 0x80 && (b[i + 2] & 0xC0) == 0x80) {
			i += 3;
			continue;
		}
		l = utf8_next(s + i, n - i, &c);
		if (!clean_char_is_clean(c, l))
			return 0;
		i += (size_t)l;
	}
	return 1;
}

int
clean_char_is_clean(uint32_t c, int l)
{
	/* Above U+3000 nothing but U+FEFF is white space or dropped (CJK
	 * punctuation and full-width forms: most of what asks), and the
	 * one form is of three bytes, or four past U+FFFF. */
	if (c > 0x3000 && c != 0xFEFF)
		return l == (c < 0x10000 ? 3 : 4);
	/* (printable ASCII but the space: the most of the rest; neither
	 * white space nor dropped, and its one form is one byte) */
	if (c > ' ' && c < 0x7F)
		return l == 1;
	return l > 0 && (size_t)l == utf8_len(c) && !is_space(c) &&
	    !is_dropped(c);
}

int
clean_is_clean(const char *s, size_t n)
{
	return clean_already(s, n);
}

char *
clean_line(const char *s, size_t n)
{
	uint32_t *u;
	size_t len, k = 0, i, nt;
	struct token *t;
	char *drop, *out;
	struct buf b;

	if (clean_already(s, n))
		return xstrndup(s, n);
	u = to_ucs(s, n, &len);
	for (i = 0; i < len; i++) {
		/* (above U+3000 nothing but U+FEFF, and no printable ASCII
		 * character but the space, is dropped or white space: most
		 * of a line, kept without the two tests) */
		if ((u[i] > 0x3000 && u[i] != 0xFEFF) ||
		    (u[i] > ' ' && u[i] < 0x7F)) {
			u[k++] = u[i];
			continue;
		}
		if (is_dropped(u[i]))
			continue;
		u[k++] = is_space(u[i]) ? ' ' : u[i];
	}
	len = k;
	nt = split_tokens(u, len, &t);
	drop = xcalloc(nt ? nt : 1, 1);
	mark_justification(u, t, nt, drop);
	/* (room for the most the tokens and gaps can take, four bytes a
	 * code point and two a gap, the characters encoded in place: the
	 * text grew from 64 bytes, and through a copy a character) */
	buf_init(&b);
	buf_reserve(&b, 4 * len + 2 * nt);
	buf_add(&b, "", 0);
	for (i = 0; i < nt; i++) {
		size_t c;
		for (c = t[i].start; c < t[i].end; c++)
			b.len += utf8_put(b.data + b.len, u[c]);
		b.data[b.len] = '\0';
		if (i + 1 < nt && !drop[i]) {
			uint32_t l = u[t[i].end - 1], r = u[t[i + 1].start];
			size_t gap = t[i + 1].start - t[i].end;
			/* Spaces beside CJK punctuation are never printed ones,
			 * nor one between a digit and a Han character: the
			 * extraction puts it where the font changes (7 月 26 日). */
			if (clean_is_cjk_punct(l) || clean_is_cjk_punct(r))
				continue;
			if (gap == 1 && ((is_digit(l) && clean_is_han(r)) ||
			    (clean_is_han(l) && is_digit(r))))
				continue;
			buf_add(&b, "  ", gap >= 2 && clean_is_wide(l) &&
			    clean_is_wide(r) ? 2 : 1);
		}
	}
	free(drop);
	free(t);
	free(u);
	out = buf_take(&b);
	return out;
}

/* Longest line that undoubling looks at: headlines, bylines and captions
 * are short, and the search below is quadratic in the length. */
#define UNDOUBLE_MAX 600

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

/* Whether every code point but the space occurs an even number of times
 * in u[0..n): a doubled line must, and almost no other line does. */
static int
even_counts(const uint32_t *u, size_t n)
{
	uint32_t *v = xreallocarray(NULL, n + 1, sizeof *v);
	size_t i, k = 0;
	int ok = 1;

	for (i = 0; i < n; i++)
		if (u[i] != ' ')
			v[k++] = u[i];
	qsort(v, k, sizeof *v, cmp_u32);
	for (i = 0; i < k && ok; i += 2)
		ok = i + 1 < k && v[i] == v[i + 1];
	free(v);
	return ok && k > 0;
}

/*
 * Fewest blocks covering u[0..n), each either one space (printed once) or
 * a doubled run XX (X may hold spaces: a bold run across a space is
 * painted whole, twice). Runs are compared by prefix hashes, so the search
 * is O(n^2). kind[] gets, in order, each block's half length (0 for a
 * space), with EDGE_RUN set for a run at the line's start or end that
 * held the edge space the line lost (" T" painted twice, trimmed: T T).
 * Returns the number of blocks, or 0 when none cover u.
 */
#define EDGE_RUN ((size_t)1 << (sizeof(size_t) * CHAR_BIT - 1))

/* Code points of a block of doubled_blocks' kind k. */
static size_t
block_len(size_t k)
{
	if (k & EDGE_RUN)
		return 2 * (k & ~EDGE_RUN) + 1;
	return k ? 2 * k : 1;
}

/* Whether u[a..a+2m+1) is T, a space, T (T of m code points). */
static int
spaced_run(const uint32_t *u, size_t a, size_t m)
{
	return u[a + m] == ' ' && u[a] != ' ' && u[a + m - 1] != ' ' &&
	    memcmp(u + a, u + a + m + 1, m * sizeof *u) == 0;
}

static size_t
doubled_blocks(const uint32_t *u, size_t n, size_t *kind)
{
	size_t *best, *from, i, m, nb = 0;
	uint64_t *h, *pw;
	const size_t inf = (size_t)-1;

	best = xreallocarray(NULL, n + 1, sizeof *best);
	from = xreallocarray(NULL, n + 1, sizeof *from);
	h = xreallocarray(NULL, n + 1, sizeof *h);
	pw = xreallocarray(NULL, n + 1, sizeof *pw);
	h[0] = 0;
	pw[0] = 1;
	for (i = 0; i < n; i++) {
		h[i + 1] = h[i] * 1000003u + u[i] + 1;
		pw[i + 1] = pw[i] * 1000003u;
	}
#define RUN(a, b) (h[b] - h[a] * pw[(b) - (a)])
	best[0] = 0;
	for (i = 1; i <= n; i++) {
		best[i] = inf;
		if (u[i - 1] == ' ' && best[i - 1] != inf) {
			best[i] = best[i - 1] + 1;
			from[i] = 0;
		}
		for (m = 1; 2 * m <= i; m++) {
			size_t a = i - 2 * m;
			if (best[a] == inf || best[a] + 1 >= best[i] ||
			    u[a] == ' ' || u[i - 1] == ' ')
				continue;
			if (RUN(a, a + m) == RUN(a + m, i) &&
			    memcmp(u + a, u + a + m, m * sizeof *u) == 0) {
				best[i] = best[a] + 1;
				from[i] = m;
			}
		}
		/* (the line's edge: its first run, or its last) */
		for (m = i == n ? 1 : (i - 1) / 2; m > 0 && 2 * m + 1 <= i;
		    m++) {
			size_t a = i - 2 * m - 1;
			if ((a == 0 || i == n) && best[a] != inf &&
			    best[a] + 1 < best[i] && spaced_run(u, a, m)) {
				best[i] = best[a] + 1;
				from[i] = m | EDGE_RUN;
			}
			if (i != n)
				break;
		}
	}
#undef RUN
	if (best[n] != inf) {
		nb = best[n];
		for (i = n, m = nb; i > 0; i -= block_len(from[i]))
			kind[--m] = from[i];
	}
	free(best);
	free(from);
	free(h);
	free(pw);
	return nb;
}

/* A cheap test every doubled line passes: the bytes but spaces XOR to 0
 * and count even (each appears twice). Almost no other line does. */
static int
may_double(const char *s, size_t len)
{
	const uint64_t ones = 0x0101010101010101ULL, low7 = 0x7F7F7F7F7F7F7F7FULL;
	size_t i;
	uint64_t w, t, words = 0, sp = 0;
	unsigned char x = 0, odd = 0;

	/* Eight bytes at a time (this runs for every line): the XOR of all
	 * bytes, and whether the spaces are odd in number (a byte of
	 * w ^ 0x20.. that is 0 gets 0x80, the markers XORed together), give
	 * the XOR of the others, a space XORing to 0 in pairs, and whether
	 * they are even in number. Each word folded once at the end, and
	 * the spaces' parity kept, not their count. */
	for (i = 0; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		words ^= w;
		t = w ^ (ones * ' ');
		sp ^= ~(((t & low7) + low7) | t | low7);
	}
	for (; i < len; i++) {
		x ^= (unsigned char)s[i];
		odd ^= s[i] == ' ';
	}
	words ^= words >> 32;
	words ^= words >> 16;
	words ^= words >> 8;
	x ^= (unsigned char)words;
	sp ^= sp >> 32;
	sp ^= sp >> 16;
	sp ^= sp >> 8;
	odd ^= (unsigned char)(sp >> 7 & 1);
	if (odd)
		x ^= ' ';
	/* (the bytes but spaces even in number: len and the spaces alike
	 * odd or even) */
	return x == 0 && (len & 1) == odd;
}

char *
clean_undouble(const char *s)
{
	return clean_undouble_n(s, strlen(s));
}

char *
clean_undouble_n(const char *s, size_t n)
{
	size_t len, nb, k, p, c, chars = 0;
	uint32_t *u;
	size_t *kind;
	struct buf b;
	char *out = NULL;

	if (!may_double(s, n))
		return NULL;
	u = to_ucs(s, n, &len);
	if (len < 4 || len > UNDOUBLE_MAX || !even_counts(u, len)) {
		free(u);
		return NULL;
	}
	kind = xreallocarray(NULL, len + 1, sizeof *kind);
	nb = doubled_blocks(u, len, kind);
	buf_init(&b);
	buf_add(&b, "", 0);
	for (k = 0, p = 0; k < nb; k++) {
		if (kind[k] == 0) {
			buf_addc(&b, ' ');
			p++;
			continue;
		}
		for (c = 0; c < (kind[k] & ~EDGE_RUN); c++)
			buf_add_ucs(&b, u[p + c]);
		chars += kind[k] & ~EDGE_RUN;
		p += block_len(kind[k]);
	}
	/* Lines of under four characters are never undoubled: 摄摄 alone
	 * may be a caption's credit, but 研究 may not be bold. */
	if (nb > 0 && 2 * chars >= 4)
		out = buf_take(&b);
	buf_free(&b);
	free(kind);
	free(u);
	return out;
}

static int
is_latin(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= 0xC0 && c <= 0x24F);
}

/* The last code point of s (0 if empty). */
static uint32_t
last_ucs(const char *s, size_t n)
{
	size_t i = utf8_prev(s, n);
	uint32_t c = 0;

	if (n > 0)
		utf8_next(s + i, n - i, &c);
	return c;
}

char *
clean_join(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b), k;
	uint32_t l = last_ucs(a, na), r = 0;
	char *t = xmalloc(na + nb + 2);

	/* Plain copies: this runs once a line on every page. */
	utf8_next(b, nb, &r);
	memcpy(t, a, na);
	k = na;
	if (is_latin(l) && is_latin(r))
		t[k++] = ' ';
	memcpy(t + k, b, nb + 1);
	return t;
}

/* Whether a text opening with byte c may open with a Latin letter
 * (is_latin) as utf8_next decodes it: an ASCII letter, a two-byte form
 * up to U+027F (lead C0 to C9), or an overlong form of one (lead E0 or
 * F0). A Han character or CJK mark (E1 to EF) never does. */
static int
may_open_latin(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= 0xC0 && c <= 0xC9) || c == 0xE0 || c == 0xF0;
}

void
clean_join_to(struct buf *t, const char *b, size_t nb)
{
	uint32_t l, r = 0;

	/* (the last character of t decoded only when b may open with a
	 * Latin letter: this runs once a paragraph line, on every page,
	 * and the walk back and two decodes were 0.4 % of segmenting an
	 * archive page) */
	if (t->len > 0 && nb > 0 && may_open_latin((unsigned char)b[0])) {
		l = last_ucs(t->data, t->len);
		utf8_next(b, nb, &r);
		if (is_latin(l) && is_latin(r))
			buf_addc(t, ' ');
	}
	buf_add(t, b, nb);
}

static int
is_cn_numeral(uint32_t c)
{
	static const uint32_t nums[] = { 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
	    0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341 };
	size_t i;

	for (i = 0; i < sizeof nums / sizeof nums[0]; i++)
		if (nums[i] == c)
			return 1;
	return 0;
}

/* Whether u[from..to) reads as a page number: digits or 一…十. */
static int
is_page_number(const uint32_t *u, size_t from, size_t to)
{
	size_t i;

	if (from >= to || to - from > 3)
		return 0;
	for (i = from; i < to; i++)
		if (!(u[i] >= '0' && u[i] <= '9') && !(u[i] >= 0xFF10 &&
		    u[i] <= 0xFF19) && !is_cn_numeral(u[i]))
			return 0;
	return 1;
}

static size_t
utf8_len(uint32_t c)
{
	return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/* Words a cross-reference may open with before its 见: 相关报道见第3版,
 * 详见2版, 更多内容见4版. */
#define SEE_PREFIX_MAX 5

/*
 * Whether u[from..to) is a continuation phrase: 下转4版, 上接第1版, 转4版,
 * 接1版, 见2版, 详见第2版, 相关报道见第三版.
 */
static int
is_mark_phrase(const uint32_t *u, size_t from, size_t to)
{
	static const uint32_t xia = 0x4E0B, shang = 0x4E0A, zhuan = 0x8F6C,
	    jie = 0x63A5, jian = 0x89C1, di = 0x7B2C, ban = 0x7248;
	size_t i = from, k;

	if (to - from < 2 || u[to - 1] != ban)
		return 0;
	/* A few words before 见. */
	for (k = from; k < to && k - from <= SEE_PREFIX_MAX; k++)
		if (u[k] == jian) {
			size_t j;
			for (j = from; j < k && clean_is_han(u[j]); j++)
				;
			if (j == k)
				i = k;
			break;
		}
	if (i < to && (u[i] == xia || u[i] == shang))
		i++;
	if (i < to && (u[i] == zhuan || u[i] == jie || u[i] == jian))
		i++;
	else
		return 0;
	if (i < to && u[i] == di)
		i++;
	return is_page_number(u, i, to - 1);
}

/* Start (code point index) of a continuation mark ending u[0..n), or n. */
static size_t
mark_start(const uint32_t *u, size_t n)
{
	size_t close = n, open;

	while (close > 0 && u[close - 1] == ' ')
		close--;
	if (close < 4)
		return n;
	if (u[close - 1] == 0xFF09 || u[close - 1] == ')') {
		for (open = close - 1; open > 0 && close - open < 12; open--)
			if (u[open - 1] == 0xFF08 || u[open - 1] == '(') {
				if (is_mark_phrase(u, open, close - 1))
					goto found;
				break;
			}
		return n;
	}
	if (u[close - 1] == 0x2014) {
		size_t end = close;
		while (end > 0 && u[end - 1] == 0x2014)
			end--;
		for (open = end; open > 0 && end - open < 10; open--)
			if (u[open - 1] == 0x2014) {
				if (is_mark_phrase(u, open, end)) {
					while (open > 0 && u[open - 1] == 0x2014)
						open--;
					open++;
					goto found;
				}
				break;
			}
	}
	return n;
found:
	open--;
	while (open > 0 && u[open - 1] == ' ')
		open--;
	return open;
}

/* Code points at a line's end that a mark or a sentence end can span:
 * the tail alone is decoded (these run once a line on every page). */
#define TAIL_CHARS 32

/* The start of the last TAIL_CHARS code points of s (byte offset). */
static size_t
tail_start(const char *s, size_t n)
{
	size_t i = n;
	int k;

	for (k = 0; i > 0 && k < TAIL_CHARS; k++)
		i = utf8_prev(s, i);
	return i;
}

/* Whether s[0..n), spaces at its end aside, ends with a character a
 * continuation mark ends with (）, ) or ——): mark_start finds none
 * otherwise, and most lines are not decoded for it. */
static int
may_end_mark(const char *s, size_t n)
{
	while (n > 0 && s[n - 1] == ' ')
		n--;
	return (n >= 1 && s[n - 1] == ')') || (n >= 3 &&
	    (memcmp(s + n - 3, "\xEF\xBC\x89", 3) == 0 ||
	    memcmp(s + n - 3, "\xE2\x80\x94", 3) == 0));
}

size_t
clean_mark_at_end(const char *s)
{
	return clean_mark_at_end_n(s, strlen(s));
}

size_t
clean_mark_at_end_n(const char *s, size_t n)
{
	size_t len, st, bytes = 0, i, t;
	uint32_t *u;

	if (!may_end_mark(s, n))
		return 0;
	t = tail_start(s, n);
	u = to_ucs(s + t, n - t, &len);

	st = mark_start(u, len);
	for (i = st; i < len; i++)
		bytes += utf8_len(u[i]);
	free(u);
	return bytes;
}

int
clean_ends_sentence(const char *s)
{
	size_t len, i, n = strlen(s), t = tail_start(s, n);
	uint32_t *u = to_ucs(s + t, n - t, &len);
	int r = 0;

	while (len > 0 && u[len - 1] == ' ')
		len--;
	if (mark_start(u, len) < len) {
		free(u);
		return 1;
	}
	for (i = len; i > 0 && clean_is_closing(u[i - 1]); i--)
		;
	r = i > 0 && clean_is_final(u[i - 1]);
	/* An ASCII period after a digit is a decimal point or a list number. */
	if (r && u[i - 1] == '.' && i > 1 && u[i - 2] >= '0' && u[i - 2] <= '9')
		r = 0;
	free(u);
	return r;
}

int
clean_ends_midpunct(const char *s)
{
	size_t n = strlen(s);
	uint32_t c;

	while (n > 0 && s[n - 1] == ' ')
		n--;
	c = last_ucs(s, n);
	return clean_is_midpunct(c);
}

/* The dedup key of s[0..n) into out, stopping once it holds max bytes
 * (or up to three more: a character is written whole); returns its
 * length. */
static size_t
dedup_walk(const char *s, size_t n, char *out, size_t max)
{
	size_t i = 0, k = 0;
	uint32_t c;
	int l;

	/* One walk, each kept character's bytes copied (re-encoded only
	 * when they were not its one UTF-8 form). */
	while (i < n && k < max) {
		const unsigned char *b = (const unsigned char *)s + i;
		/* Whole sequences of U+4000-9FFF (Han, kept), at a glance,
		 * copied a run at a time. */
		if (b[0] >= 0xE4 && b[0] <= 0xE9 && n - i >= 3 &&
		    (b[1] & 0xC0) == 0x80 && (b[2] & 0xC0) == 0x80) {
			size_t from = i;
			do {
				i += 3;
				b += 3;
			} while (b[0] >= 0xE4 && b[0] <= 0xE9 && n - i >= 3 &&
			    (b[1] & 0xC0) == 0x80 && (b[2] & 0xC0) == 0x80 &&
			    i - from < max - k);
			memcpy(out + k, s + from, i - from);
			k += i - from;
			continue;
		}
		if ((l = utf8_next(s + i, n - i, &c)) <= 0)
			break;
		if (!(c == ' ' || clean_is_cjk_punct(c) || (c < 0x80 &&
		    !((c >= '0' && c <= '9') || is_latin(c))))) {
			if ((size_t)l == utf8_len(c)) {
				int j;
				for (j = 0; j < l; j++)
					out[k++] = s[i + (size_t)j];
			} else {
				k += utf8_put(out + k, c);
			}
		}
		i += (size_t)l;
	}
	return k;
}

char *
clean_dedup_key(const char *s)
{
	size_t n = strlen(s);
	/* A bad byte comes out as U+FFFD: three bytes for one. */
	char *out = xmalloc(3 * n + 1);

	out[dedup_walk(s, n, out, SIZE_MAX)] = '\0';
	return out;
}

size_t
clean_dedup_prefix(const char *s, char *out, size_t max)
{
	size_t k = dedup_walk(s, strlen(s), out, max);

	return k < max ? k : max;
}

int
clean_col_width(const char *s, int compressed)
{
	size_t i = 0, n = strlen(s);
	uint32_t c;
	int w = 0, l;

	while (i < n) {
		l = utf8_next(s + i, n - i, &c);
		i += (size_t)l;
		if (c < 0x80 || (c >= 0x2010 && c <= 0x2027) || c == 0xB7)
			w += 1;
		else if (clean_is_cjk_punct(c))
			w += compressed ? 1 : 2;
		else
			w += clean_is_wide(c) ? 2 : 1;
	}
	return w;
}

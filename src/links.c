/*
 * links: continuation marks and subject terms (SPEC "Links between
 * articles"). Text only, no library: the store records what this finds
 * and resolves it.
 */
#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lreader/clean.h"
#include "lreader/links.h"
#include "lreader/search.h"
#include "lreader/util.h"

/*
 * Words a cross-reference may open with before its 见 (相关报道见第3版,
 * 详见2版, 更多内容见4版): the grammar of clean.c's marks, where a
 * longer run before 见 (我市经济运行见4版) reads as a sentence, not a
 * mark.
 */
#define SEE_PREFIX_MAX 5
/* Characters of a page number: a paper has at most a few dozen pages
 * (二十四, 124 for a thick weekend edition). */
#define PAGE_DIGITS_MAX 3
/*
 * A title's terms count this many times in an article's terms: the
 * headline names the subject, where a paragraph may wander (a
 * conference report's headline holds the conference's name, its body
 * the names of every speaker).
 */
#define LINKS_TITLE_TF 2
/* Bit 62 marks a Latin/digit token's hash (a bigram is below 2^42). */
#define TOKEN_BIT ((uint64_t)1 << 62)
/* A token shorter than this (a digit, one letter) is list numbering or
 * a unit, never a subject. */
#define TOKEN_MIN 2

const char *
links_kind_name(enum link_kind k)
{
	switch (k) {
	case LINK_CONTINUES:
		return "下转";
	case LINK_CONTINUED:
		return "上接";
	default:
		return "见";
	}
}

/* A paragraph as code points, with the byte offset of each (and of the
 * end, at b[n]). */
struct ucs {
	uint32_t *u;
	size_t *b;
	size_t n;
};

static void
ucs_of(const char *s, struct ucs *t)
{
	size_t len = strlen(s), i = 0;
	uint32_t c;

	t->u = xreallocarray(NULL, len + 1, sizeof *t->u);
	t->b = xreallocarray(NULL, len + 1, sizeof *t->b);
	t->n = 0;
	while (i < len) {
		t->b[t->n] = i;
		i += (size_t)utf8_next(s + i, len - i, &c);
		t->u[t->n++] = c;
	}
	t->b[t->n] = len;
}

static void
ucs_free(struct ucs *t)
{
	free(t->u);
	free(t->b);
}

static int
is_space(uint32_t c)
{
	return c == ' ' || c == 0x3000 || c == '\t';
}

static size_t
skip_spaces(const uint32_t *u, size_t i, size_t n)
{
	while (i < n && is_space(u[i]))
		i++;
	return i;
}

/* The value of one Chinese numeral digit, or -1. */
static int
cn_digit(uint32_t c)
{
	static const struct {
		uint32_t c;
		int v;
	} d[] = {
		{ 0x3007, 0 }, { 0x96F6, 0 }, { 0x4E00, 1 }, { 0x4E8C, 2 },
		{ 0x4E24, 2 }, { 0x4E09, 3 }, { 0x56DB, 4 }, { 0x4E94, 5 },
		{ 0x516D, 6 }, { 0x4E03, 7 }, { 0x516B, 8 }, { 0x4E5D, 9 },
	};
	size_t i;

	for (i = 0; i < sizeof d / sizeof d[0]; i++)
		if (d[i].c == c)
			return d[i].v;
	return -1;
}

/*
 * A page number at u[i..): Arabic or full-width digits, or Chinese
 * numerals (三, 十二, 二十三, 一〇). *end after it; 0 when there is none.
 */
static int
page_number(const uint32_t *u, size_t i, size_t n, size_t *end)
{
	static const uint32_t shi = 0x5341;
	int v = 0, d, tens = -1, k;

	for (k = 0; i < n && k < PAGE_DIGITS_MAX; k++, i++) {
		if (u[i] >= '0' && u[i] <= '9')
			d = (int)(u[i] - '0');
		else if (u[i] >= 0xFF10 && u[i] <= 0xFF19)
			d = (int)(u[i] - 0xFF10);
		else
			break;
		v = v * 10 + d;
	}
	if (k > 0) {
		*end = i;
		return v;
	}
	for (k = 0; i < n && k < PAGE_DIGITS_MAX; k++, i++) {
		if (u[i] == shi && tens < 0) {
			tens = k == 0 ? 1 : v;
			v = 0;
		} else if ((d = cn_digit(u[i])) >= 0) {
			v = v * 10 + d;
		} else {
			break;
		}
	}
	if (k == 0)
		return 0;
	*end = i;
	return tens >= 0 ? tens * 10 + v : v;
}

/*
 * A mark's phrase at u[i..): its kind, page and the index after 版
 * (*end); 0 when none starts there.
 */
static int
phrase_at(const uint32_t *u, size_t i, size_t n, enum link_kind *kind,
    int *page, size_t *end)
{
	static const uint32_t xia = 0x4E0B, shang = 0x4E0A, zhuan = 0x8F6C,
	    jie = 0x63A5, jian = 0x89C1, di = 0x7B2C, ban = 0x7248;
	size_t k, p = n;

	for (k = i; k < n && k - i <= SEE_PREFIX_MAX; k++) {
		if (u[k] == jian) {
			*kind = LINK_SEE;
			p = k + 1;
			break;
		}
		if (!clean_is_han(u[k]))
			break;
	}
	if (p == n) {
		k = i;
		if (k + 1 < n && (u[k] == xia || u[k] == shang) &&
		    (u[k + 1] == zhuan || u[k + 1] == jie))
			k++;
		if (k >= n || (u[k] != zhuan && u[k] != jie))
			return 0;
		*kind = u[k] == jie ? LINK_CONTINUED : LINK_CONTINUES;
		p = k + 1;
	}
	p = skip_spaces(u, p, n);
	if (p < n && u[p] == di)
		p = skip_spaces(u, p + 1, n);
	if ((*page = page_number(u, p, n, &p)) < 1)
		return 0;
	p = skip_spaces(u, p, n);
	if (p >= n || u[p] != ban)
		return 0;
	*end = p + 1;
	return 1;
}

static uint32_t
closer_of(uint32_t c)
{
	switch (c) {
	case 0xFF08:
		return 0xFF09;   /* （） */
	case '(':
		return ')';
	case 0x3010:
		return 0x3011;   /* 【】 */
	case 0x3014:
		return 0x3015;   /* 〔〕 */
	default:
		return 0;
	}
}

/* Whether c ends a clause, so that a bare mark may follow it. */
static int
ends_clause(uint32_t c)
{
	return clean_is_final(c) || c == 0xFF1B || c == ';' || c == 0xFF0C ||
	    c == 0x201D || is_space(c);
}

/*
 * A mark starting at u[i]: bracketed, dashed, or bare at the start of
 * the paragraph or running to its end. *end after it; 0 when none.
 */
static int
mark_at(const struct ucs *t, size_t i, enum link_kind *kind, int *page,
    size_t *end)
{
	const uint32_t *u = t->u;
	size_t n = t->n, p, q;
	uint32_t close;

	if ((close = closer_of(u[i])) != 0) {
		if (!phrase_at(u, skip_spaces(u, i + 1, n), n, kind, page, &p))
			return 0;
		p = skip_spaces(u, p, n);
		if (p >= n || u[p] != close)
			return 0;
		*end = p + 1;
		return 1;
	}
	if (u[i] == 0x2014) {
		if (i > 0 && u[i - 1] == 0x2014)
			return 0;   /* inside a run of dashes */
		for (q = i; q < n && u[q] == 0x2014; q++)
			;
		if (!phrase_at(u, skip_spaces(u, q, n), n, kind, page, &p))
			return 0;
		p = skip_spaces(u, p, n);
		if (p >= n || u[p] != 0x2014)
			return 0;
		while (p < n && u[p] == 0x2014)
			p++;
		*end = p;
		return 1;
	}
	if (i > 0 && !ends_clause(u[i - 1]))
		return 0;
	if (!phrase_at(u, i, n, kind, page, &p))
		return 0;
	q = skip_spaces(u, p, n);
	/* Bare: the paragraph's opening (上接1版 …) or its last words. */
	if (skip_spaces(u, 0, n) != i && q != n)
		return 0;
	*end = p;
	return 1;
}

/*
 * Whether s holds 版 (E7 89 88): its middle byte found by strchr, then
 * the two around it. A continuation byte is one in a hundred of a
 * Chinese text's bytes, and strstr's general search for the three
 * bytes was 0.8 % of the importer's reading thread.
 */
static int
has_ban(const char *s)
{
	const char *p;

	for (p = strchr(s, 0x89); p != NULL; p = strchr(p + 1, 0x89))
		if (p > s && (unsigned char)p[-1] == 0xE7 &&
		    (unsigned char)p[1] == 0x88)
			return 1;
	return 0;
}

size_t
links_find(const struct article *a, struct link_mark **out)
{
	struct link_mark *m = NULL;
	struct ucs t;
	size_t nm = 0, i, j, end;
	enum link_kind kind;
	int page;

	for (j = 0; j < a->npara; j++) {
		/* Every mark ends in 版: most paragraphs have none. */
		if (!has_ban(a->paras[j].text))
			continue;
		ucs_of(a->paras[j].text, &t);
		for (i = 0; i < t.n; i++) {
			if (!mark_at(&t, i, &kind, &page, &end))
				continue;
			m = xreallocarray(m, nm + 1, sizeof *m);
			m[nm].kind = kind;
			m[nm].page = page;
			m[nm].para = j;
			m[nm].off = t.b[i];
			m[nm++].len = t.b[end] - t.b[i];
			i = end - 1;
		}
		ucs_free(&t);
	}
	*out = m;
	return nm;
}

char *
links_teaser(const struct article *a, size_t para, size_t off)
{
	const char *s;
	size_t start = 0, end, i = 0, len, stop;
	uint32_t c;

	if (para >= a->npara)
		return xstrdup(a->title);
	s = a->paras[para].text;
	len = strlen(s);
	end = off < len ? off : len;
	/* The sentence the mark closes, without its stop. */
	for (;;) {
		while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\t'))
			end--;
		if (end == 0)
			break;
		stop = utf8_prev(s, end);
		utf8_next(s + stop, end - stop, &c);
		if (!clean_is_final(c) && c != 0xFF1B && c != ';')
			break;
		end = stop;
	}
	while (i < end) {
		i += (size_t)utf8_next(s + i, end - i, &c);
		if (clean_is_final(c) || c == 0xFF1B || c == ';')
			start = i;
	}
	while (start < end && (s[start] == ' ' || s[start] == '\t'))
		start++;
	if (end == start)
		return xstrdup(a->title);
	return xasprintf("%.*s", (int)(end - start), s + start);
}

/* ---- terms ---- */

/* A growing list of terms, repeats included: the bigrams in v, the
 * tokens (TOKEN_BIT) apart in tok, as tl_sort sorts them apart. */
struct term_list {
	uint64_t *v;
	size_t n, cap;
	uint64_t *tok;
	size_t ntok, tcap;
};

/* Room in l for `more` terms past its n: an article's list sized once
 * (links_stream_terms) instead of doubled from 256. */
static void
tl_reserve(struct term_list *l, size_t more)
{
	if (l->cap - l->n < more) {
		/* (add_folded asks a piece at a time: doubled, at least) */
		l->cap = l->n + more > 2 * l->cap ? l->n + more : 2 * l->cap;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
}

/* Token t, `times` times, to l's tokens. */
static void
tl_token(struct term_list *l, uint64_t t, int times)
{
	int k;

	if (l->tcap - l->ntok < (size_t)times) {
		l->tcap = l->ntok + (size_t)times > 2 * l->tcap ?
		    l->ntok + (size_t)times : 2 * l->tcap;
		l->tok = xreallocarray(l->tok, l->tcap, sizeof *l->tok);
	}
	for (k = 0; k < times; k++)
		l->tok[l->ntok++] = t;
}

/* FNV-1a 64 of a token, in the token space (bit 62 set, 63 clear). */
static uint64_t
token_term(const char *s, size_t n)
{
	uint64_t h = 14695981039346656037ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return (h & (TOKEN_BIT - 1)) | TOKEN_BIT;
}

/* Add the terms of text, each `times` times: bigrams of adjacent Han
 * characters and runs of ASCII letters and digits, after the search
 * fold (NFKC, lower case, no white space). */
static void add_folded(struct term_list *l, const char *f, size_t n,
    int times);

static void
add_text(struct term_list *l, const char *text, int times)
{
	char *f = search_fold(text, strlen(text), NULL);

	add_folded(l, f, strlen(f), times);
	free(f);
}

/*
 * add_text's terms of f[0..n), folded already. A three-byte character
 * (every Han one of the BMP) is decoded here and a run of letters and
 * digits taken whole, utf8_next left to the rest, and the list has room
 * for all of the piece's terms beforehand, not asked a term: each term
 * has bytes of its own, three at least (the Han character that ends a
 * bigram; a token and the character that ends it), but for a token at
 * the piece's end (two). add_folded and utf8_next were a third of
 * links_stream_terms' time.
 */
/* (the reserve of n / 3 + 1 terms a time holds while a token owns
 * three bytes at least: its TOKEN_MIN and the character that ends it) */
_Static_assert(TOKEN_MIN >= 2, "add_folded's reserve");

static void
add_folded(struct term_list *l, const char *f, size_t n, int times)
{
	const unsigned char *p = (const unsigned char *)f;
	size_t i = 0, tok;
	uint32_t c, prev = 0;
	uint64_t *o, t;
	int k;

	if (times < 1)
		return;
	tl_reserve(l, (n / 3 + 1) * (size_t)times);
	o = l->v + l->n;
	while (i < n) {
		/* Four ideographs of U+4E00-9FFF (Han, no 〇) at once in a
		 * text's run of them, each a bigram with the one before: one
		 * at a time, a character took about fifty instructions (0.3 M
		 * a make-archive page). (times is 1 but for a title.) */
		if (times == 1 && n - i >= 12 && utf8_four_ideographs(p + i)) {
			uint32_t c0 = utf8_form3(p + i), c1 = utf8_form3(p + i + 3),
			    c2 = utf8_form3(p + i + 6), c3 = utf8_form3(p + i + 9);
			*o = (uint64_t)prev << 21 | c0;
			o += prev != 0;
			o[0] = (uint64_t)c0 << 21 | c1;
			o[1] = (uint64_t)c1 << 21 | c2;
			o[2] = (uint64_t)c2 << 21 | c3;
			o += 3;
			prev = c3;
			i += 12;
			continue;
		}
		if ((p[i] & 0xF0) == 0xE0 && n - i >= 3 &&
		    (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
			c = (uint32_t)(p[i] & 0x0F) << 12 |
			    (uint32_t)(p[i + 1] & 0x3F) << 6 |
			    (uint32_t)(p[i + 2] & 0x3F);
			i += 3;
		} else if ((p[i] >= 'a' && p[i] <= 'z') ||
		    (p[i] >= '0' && p[i] <= '9')) {
			for (tok = i++; i < n && ((p[i] >= 'a' && p[i] <= 'z') ||
			    (p[i] >= '0' && p[i] <= '9')); i++)
				;
			if (i - tok >= TOKEN_MIN)
				tl_token(l, token_term(f + tok, i - tok), times);
			prev = 0;
			continue;
		} else {
			i += (size_t)utf8_next(f + i, n - i, &c);
		}
		if (clean_is_han(c) && c != 0x3007) {
			if (prev != 0) {
				/* (times is 1 but for a title) */
				*o++ = t = (uint64_t)prev << 21 | c;
				for (k = 1; k < times; k++)
					*o++ = t;
			}
			prev = c;
		} else {
			prev = 0;
		}
	}
	assert((size_t)(o - l->v) <= l->n + (n / 3 + 1) * (size_t)times);
	l->n = (size_t)(o - l->v);
}

/*
 * Sort l's terms ascending. The bigrams (below 2^42) and the tokens
 * (TOKEN_BIT set: above every bigram) are sorted apart, the tokens
 * after the bigrams: a token's hash varies in all eight bytes, and one
 * token among an article's bigrams made sort_u64 sort all of them on
 * eight bytes instead of their five (tl_reduce's sort: 3.7 % of a
 * 400-page import's instructions). They are kept apart as add_folded
 * finds them (tl_token), where a pass over all the terms took the
 * tokens out of the bigrams (0.03 M instructions a make-archive page).
 */
/* Bigram lists shorter than this go to sort_u64 (an insertion sort
 * there, below its SMALL_SORT of 48). */
#define BIGRAM_RADIX_MIN 48

/*
 * Sort bigrams v[0..n) ascending. A bigram of two characters of the
 * BMP (every one of a make-archive page) varies in bits 0-15 and 21-36
 * only: four passes on the bytes from bits 0, 8, 21 and 29, as
 * sort_u64 finds them, but with the four counts made in one walk that
 * also finds whether any bigram is of another plane (then sort_u64
 * sorts them), where sort_u64 walked them once to find their varying
 * bits and once more a pass to count (the sort was a sixth of
 * store_pack's instructions).
 */
static void
sort_bigrams(uint64_t *v, size_t n)
{
	uint32_t cnt[4][256], sum, c, *ck;
	uint64_t any = 0, x, *buf, *from, *to, *tmp;
	size_t i;
	int k, sh;

	if (n < BIGRAM_RADIX_MIN || n > UINT32_MAX) {
		sort_u64(v, n);
		return;
	}
	memset(cnt, 0, sizeof cnt);
	for (i = 0; i < n; i++) {
		x = v[i];
		any |= x;
		cnt[0][x & 0xFF]++;
		cnt[1][x >> 8 & 0xFF]++;
		cnt[2][x >> 21 & 0xFF]++;
		cnt[3][x >> 29 & 0xFF]++;
	}
	/* (a character above U+FFFF, first or second) */
	if ((any >> 37) != 0 || (any >> 16 & 0x1F) != 0) {
		sort_u64(v, n);
		return;
	}
	buf = xreallocarray(NULL, n, sizeof *buf);
	from = v;
	to = buf;
	for (k = 0; k < 4; k++) {
		sh = k == 0 ? 0 : k == 1 ? 8 : k == 2 ? 21 : 29;
		ck = cnt[k];
		for (i = 0, sum = 0; i < 256; i++) {
			c = ck[i];
			ck[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			to[ck[(from[i] >> sh) & 0xFF]++] = from[i];
		tmp = from;
		from = to;
		to = tmp;
	}
	/* (four passes: the last wrote v) */
	free(buf);
}

static void
tl_sort(struct term_list *l)
{
	sort_bigrams(l->v, l->n);
	if (l->ntok > 0) {
		sort_u64(l->tok, l->ntok);
		tl_reserve(l, l->ntok);
		memcpy(l->v + l->n, l->tok, l->ntok * sizeof *l->v);
		l->n += l->ntok;
	}
	free(l->tok);
	l->tok = NULL;
	l->ntok = l->tcap = 0;
}

/* Sort and count the list into distinct terms; frees the list. */
static size_t
tl_reduce(struct term_list *l, struct link_term **out)
{
	struct link_term *t = NULL;
	size_t i, n = 0;

	tl_sort(l);
	/* Room for every term, one allocation, cut to the distinct ones
	 * after: counting them first was a pass more (0.5 % of the
	 * importer's reading thread), a doubling a call each. */
	/* (the last term in a register: its compare read it back from t,
	 * behind a test for the first) */
	if (l->n > 0) {
		uint64_t last = l->v[0], x;
		t = xreallocarray(NULL, l->n, sizeof *t);
		t[0].term = last;
		t[0].tf = 1;
		n = 1;
		for (i = 1; i < l->n; i++) {
			if ((x = l->v[i]) == last) {
				t[n - 1].tf++;
				continue;
			}
			t[n].term = last = x;
			t[n++].tf = 1;
		}
	}
	if (n > 0 && n < l->n)
		t = xreallocarray(t, n, sizeof *t);
	free(l->v);
	*out = t;
	return n;
}

size_t
links_terms(const struct article *a, struct link_term **out)
{
	struct term_list l = { NULL, 0, 0, NULL, 0, 0 };
	size_t i;

	add_text(&l, a->title, LINKS_TITLE_TF);
	add_text(&l, a->kicker, 1);
	add_text(&l, a->subtitle, 1);
	for (i = 0; i < a->npara; i++)
		add_text(&l, a->paras[i].text, 1);
	return tl_reduce(&l, out);
}

/* The pieces of a folded stream (tok_stream: "\n" between them) as
 * add_folded takes them, all but piece `skip` (SIZE_MAX: none). */
static void
add_stream(struct term_list *l, const char *s, size_t n, size_t skip,
    int times)
{
	size_t i = 0, j, piece;

	for (piece = 0; i <= n; piece++, i = j + 1) {
		const char *nl = memchr(s + i, '\n', n - i);
		j = nl != NULL ? (size_t)(nl - s) : n;
		if (piece != skip)
			add_folded(l, s + i, j - i, times);
	}
}

size_t
links_stream_terms(const char *title, size_t ntitle, const char *body,
    size_t nbody, struct link_term **out)
{
	struct term_list l = { NULL, 0, 0, NULL, 0, 0 };

	/* A term takes three bytes of the stream at least: a Han
	 * character (the second of its bigram), or two letters and what
	 * ends them. */
	tl_reserve(&l, (ntitle * LINKS_TITLE_TF + nbody) / 3 + 2);
	add_stream(&l, title, ntitle, SIZE_MAX, LINKS_TITLE_TF);
	add_stream(&l, body, nbody, LINKS_STREAM_BYLINE, 1);
	return tl_reduce(&l, out);
}

size_t
links_text_terms(const char *text, struct link_term **out)
{
	struct term_list l = { NULL, 0, 0, NULL, 0, 0 };

	add_text(&l, text, 1);
	return tl_reduce(&l, out);
}

/* A term and its weight, for links_signature. */
struct weighed {
	double w;
	uint64_t term;
	size_t i;
};

/* Whether x goes before y: heavier, or as heavy and a lower term. */
static int
heavier(const struct weighed *x, const struct weighed *y)
{
	return x->w > y->w || (x->w == y->w && x->term < y->term);
}

/*
 * Put x in the heap h[0..n) (the lightest at the top) at slot i, whose
 * entry is gone, and restore the heap below it: the lighter child moved
 * up into the hole until x is no heavier than it, x written once (a
 * swap at each level wrote it at each; the same heap either way).
 */
static void
sift_in(struct weighed *h, size_t n, size_t i, const struct weighed *x)
{
	size_t c;

	for (; (c = 2 * i + 1) < n; i = c) {
		if (c + 1 < n && heavier(&h[c], &h[c + 1]))
			c++;
		if (!heavier(x, &h[c]))
			break;
		h[i] = h[c];
	}
	h[i] = *x;
}

/* Restore the heap h[0..n) (the lightest at the top) below slot i. */
static void
sift_down(struct weighed *h, size_t n, size_t i)
{
	struct weighed x = h[i];

	sift_in(h, n, i, &x);
}

/* Counts below this have their log kept once computed, in a call of
 * links_signature_ln: nearly every count is small, and log was a
 * seventh of the function (callgrind, 400 make-archive pages). */
#define LOG_TF_KEPT 64

size_t
links_signature(const struct link_term *t, size_t n, const int64_t *df,
    int64_t ndocs, size_t k, size_t *idx)
{
	double *lndf = xreallocarray(NULL, n + 1, sizeof *lndf);
	size_t i, m;

	for (i = 0; i < n; i++)
		lndf[i] = links_ln_df(df[i]);
	m = links_signature_ln(t, n, lndf, ndocs, k, idx);
	free(lndf);
	return m;
}

double
links_ln_df(int64_t df)
{
	/* log(1) is 0 exactly: most terms are in one article. */
	return df > 1 ? log((double)df) : 0.0;
}

size_t
links_signature_ln(const struct link_term *t, size_t n, const double *lndf,
    int64_t ndocs, size_t k, size_t *idx)
{
	struct weighed *h, w, tmp;
	size_t i, m = 0;
	double lnd = log((double)(ndocs + 1)), lntf[LOG_TF_KEPT], f;
	uint64_t have = 0;   /* bit c: lntf[c] is computed */
	uint32_t tf;

	if (n == 0 || k == 0)
		return 0;
	if (k > n)
		k = n;
	/* The k heaviest in a heap whose top is the lightest of them. */
	h = xreallocarray(NULL, k, sizeof *h);
	for (i = 0; i < n; i++) {
		/* (log(1) is 0 exactly: most terms occur once) */
		tf = t[i].tf;
		if (tf == 1)
			f = 0.0;
		else if (tf < LOG_TF_KEPT) {
			if (!(have >> tf & 1)) {
				lntf[tf] = log((double)tf);
				have |= (uint64_t)1 << tf;
			}
			f = lntf[tf];
		} else
			f = log((double)tf);
		w.w = (1.0 + f) * (lnd - lndf[i]);
		/* Once the heap is full most terms are lighter than its
		 * top: told from the weight alone, before the rest is
		 * made. */
		if (m == k && w.w < h[0].w)
			continue;
		w.term = t[i].term;
		w.i = i;
		if (m < k) {
			h[m++] = w;
			if (m == k)
				for (size_t j = k / 2 + 1; j-- > 0;)
					sift_down(h, k, j);
		} else if (heavier(&w, &h[0]))
			sift_in(h, k, 0, &w);
	}
	if (m < k)
		for (size_t j = m / 2 + 1; j-- > 0;)
			sift_down(h, m, j);
	/* Heaviest first: take the lightest off the top, filling from the
	 * end. */
	for (i = m; i > 0; i--) {
		idx[i - 1] = h[0].i;
		tmp = h[i - 1];
		h[i - 1] = h[0];
		sift_in(h, i - 1, 0, &tmp);
	}
	free(h);
	return m;
}

double
links_title_match(const char *a, const char *b, size_t *shared)
{
	struct link_term *x, *y;
	size_t nx = links_text_terms(a, &x), ny = links_text_terms(b, &y);
	size_t i = 0, j = 0, s = 0;

	while (i < nx && j < ny) {
		if (x[i].term == y[j].term) {
			s++;
			i++;
			j++;
		} else if (x[i].term < y[j].term) {
			i++;
		} else {
			j++;
		}
	}
	free(x);
	free(y);
	if (shared != NULL)
		*shared = s;
	if (nx == 0 || ny == 0)
		return 0;
	return (double)s / (double)(nx < ny ? nx : ny);
}

/*
 * store-deflate.c: the library's texts compressed without zlib's
 * compressor (work item 11): a page's text, and each article's
 * paragraphs against that text as preset dictionary, as zlib streams
 * that zlib's inflate reads as it read deflate's (store_zunpack), so the
 * stored format and old libraries are unchanged.
 *
 * Why: zlib's deflate looked for matches at every byte, in hash chains
 * (level 1: 4 deep; the paragraphs' level 3: 32), and the page texts are
 * Chinese, three bytes a character: about 80 instructions a byte of the
 * page text, and priming a stream with the page as dictionary and
 * copying it for each article (160 KB a copy) came on top. Here a match
 * is looked for only where a character starts (a CJK character is three
 * bytes, and a match of one character costs as many bits as its bytes
 * as literals: MATCH_MIN is two characters), in one slot of a hash
 * table (no chains), and the dictionary's table is made once a page and
 * read, not copied, by its articles. One dynamic Huffman block a stream.
 *
 * 200 make-archive pages: page texts 0.483 of their size with zlib
 * (level 1), 0.500 here; paragraphs 0.071 of the page texts (level 3,
 * dictionary), 0.069 here (where the last match ended is tried first);
 * store_pack 5.77 -> 2.87 M instructions a page (callgrind). Not kept:
 * the fixed Huffman codes for the paragraphs (no codes to build or
 * send): all fixed, paragraphs 0.082; fixed below 100 symbols, 0.072;
 * the smaller of both, 0.067, but both made.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "lreader/util.h"
#include "store-int.h"

/* The shortest match looked for: two CJK characters (6 bytes); read as
 * 8 bytes, so the last 7 bytes of a text are literals. */
#define MATCH_MIN 6
#define MATCH_MAX 258
#define WINDOW 32768
/* The page text's table, which its articles' paragraphs look up too:
 * 2^TAB_BITS slots of 16 bits (a position + 1), cleared a page. 200
 * make-archive pages (~7,000 characters a page), store_pack's
 * instructions a page: slots of 32 bits, 15 bits: texts 0.4999 of their
 * size, paragraphs 0.0687, 2.93 M; 14 bits: 0.5032, 0.0695, 2.87 M (the
 * clearing); 16-bit slots, 15 bits: 0.4999, 0.0687, 2.87 M. */
#define TAB_BITS 15

/* ---- bits ---- */

struct bits {
	unsigned char *p;
	uint64_t acc;
	int n;
};

static inline void
put(struct bits *w, uint32_t v, int len)
{
	w->acc |= (uint64_t)v << w->n;
	w->n += len;
	if (w->n >= 32) {
		w->p[0] = (unsigned char)w->acc;
		w->p[1] = (unsigned char)(w->acc >> 8);
		w->p[2] = (unsigned char)(w->acc >> 16);
		w->p[3] = (unsigned char)(w->acc >> 24);
		w->p += 4;
		w->acc >>= 32;
		w->n -= 32;
	}
}

/* Out to a whole byte. */
static void
put_flush(struct bits *w)
{
	while (w->n > 0) {
		*w->p++ = (unsigned char)w->acc;
		w->acc >>= 8;
		w->n -= 8;
	}
	w->n = 0;
	w->acc = 0;
}

/* floor(log2(x)), x > 0. */
static inline int
flog2(uint32_t x)
{
#if defined(__GNUC__)
	return 31 - __builtin_clz(x);
#else
	int k = 0;

	while (x >>= 1)
		k++;
	return k;
#endif
}

/* ---- Huffman codes (RFC 1951 3.2.2) ---- */

#define NLIT 286
#define NDIST 30
#define NCL 19

/* A leaf's sort key: its frequency above its symbol (below 2^9: NLIT),
 * so that keys ascend as (frequency, symbol) do. */
#define LEAF_SYM_BITS 9
_Static_assert(NLIT <= 1 << LEAF_SYM_BITS, "a symbol fits its key's bits");

/*
 * Code lengths for freq[0..n) (n <= NLIT), none over maxbits: a Huffman
 * tree, its frequencies halved until it is shallow enough (a few per
 * cent of bits at worst, and only on texts far from these). At least
 * two codes, as inflate wants a complete code.
 */
static void
huff_lengths(const uint32_t *freq0, int n, int maxbits, unsigned char *len)
{
	uint64_t key[NLIT];
	uint32_t f[NLIT], w[2 * NLIT];
	int parent[2 * NLIT], depth[2 * NLIT];
	int nl, i, a, b, next, x, y, max;

	memcpy(f, freq0, (size_t)n * sizeof *f);
	for (;;) {
		memset(len, 0, (size_t)n);
		nl = 0;
		for (i = 0; i < n; i++)
			if (f[i] != 0)
				key[nl++] = (uint64_t)f[i] << LEAF_SYM_BITS |
				    (uint64_t)i;
		if (nl < 2) {
			/* One code or none: two of one bit (the second unused). */
			i = nl == 1 ? (int)(key[0] & ((1u << LEAF_SYM_BITS) -
			    1)) : 0;
			len[i] = 1;
			len[i == 0 ? 1 : 0] = 1;
			return;
		}
		/* The leaves by frequency, then symbol: one number each,
		 * sorted by sort_u64 (an insertion sort of numbers for the
		 * few of most streams), where qsort and an insertion sort of
		 * (frequency, symbol) pairs, compared field by field, were a
		 * third of huff_lengths. */
		sort_u64(key, (size_t)nl);
		for (i = 0; i < nl; i++)
			w[i] = (uint32_t)(key[i] >> LEAF_SYM_BITS);
		/* Two queues: the leaves in order, the inner nodes as made
		 * (in order too). */
		a = 0;
		b = next = nl;
		while (next < 2 * nl - 1) {
			x = a < nl && (b >= next || w[a] <= w[b]) ? a++ : b++;
			y = a < nl && (b >= next || w[a] <= w[b]) ? a++ : b++;
			w[next] = w[x] + w[y];
			parent[x] = parent[y] = next++;
		}
		depth[2 * nl - 2] = 0;
		max = 0;
		for (i = 2 * nl - 3; i >= 0; i--) {
			depth[i] = depth[parent[i]] + 1;
			if (i < nl && depth[i] > max)
				max = depth[i];
		}
		if (max <= maxbits) {
			for (i = 0; i < nl; i++)
				len[key[i] & ((1u << LEAF_SYM_BITS) - 1)] =
				    (unsigned char)depth[i];
			return;
		}
		for (i = 0; i < n; i++)
			if (f[i] != 0)
				f[i] = f[i] >> 1 | 1;
	}
}

/* The canonical codes of len[0..n), bit-reversed (sent from the low
 * bit). */
static void
huff_codes(const unsigned char *len, int n, uint16_t *code)
{
	int count[16] = { 0 }, next[16], i, k, c = 0;
	uint32_t v;

	for (i = 0; i < n; i++)
		count[len[i]]++;
	count[0] = 0;
	for (k = 1; k < 16; k++) {
		c = (c + count[k - 1]) << 1;
		next[k] = c;
	}
	for (i = 0; i < n; i++) {
		if (len[i] == 0)
			continue;
		/* reversed in 16 bits, then down to its length */
		v = (uint32_t)next[len[i]]++;
		v = (v >> 1 & 0x5555) | (v & 0x5555) << 1;
		v = (v >> 2 & 0x3333) | (v & 0x3333) << 2;
		v = (v >> 4 & 0x0F0F) | (v & 0x0F0F) << 4;
		v = (v >> 8 & 0x00FF) | (v & 0x00FF) << 8;
		code[i] = (uint16_t)(v >> (16 - len[i]));
	}
}

/* ---- symbols ---- */

/*
 * A symbol: a literal byte (below 256), or a match as its codes,
 * MATCH_BIT | length code - 257 << 24 | distance code << 19 | length
 * extra bits << 14 | distance extra bits (the extra bits' counts are
 * the codes': len_extra, dist_extra), or three literal bytes in a row,
 * LIT3_BIT | the third << 16 | the second << 8 | the first: a
 * three-byte character (most of a page) sent as literals, one symbol
 * to store and to read where three were (the same codes, the same
 * bits).
 */
#define MATCH_BIT 0x80000000u
#define LIT3_BIT 0x40000000u

static const unsigned char len_extra[29] = {
	0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3,
	4, 4, 4, 4, 5, 5, 5, 5, 0
};
static const unsigned char dist_extra[NDIST] = {
	0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8,
	9, 9, 10, 10, 11, 11, 12, 12, 13, 13
};

struct syms {
	uint32_t *s;
	size_t n;
	uint32_t lit[NLIT], dist[NDIST];
};

static inline void
sym_lit(struct syms *y, unsigned char c)
{
	y->s[y->n++] = c;
	y->lit[c]++;
}

/* Bytes p[0..3) as literals, one symbol. */
static inline void
sym_lit3(struct syms *y, const unsigned char *p)
{
	y->s[y->n++] = LIT3_BIT | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 |
	    p[0];
	y->lit[p[0]]++;
	y->lit[p[1]]++;
	y->lit[p[2]]++;
}

/* A match of len (MATCH_MIN..MATCH_MAX) bytes dist (1..WINDOW) back. */
static inline void
sym_match(struct syms *y, unsigned len, unsigned dist)
{
	unsigned x = len - 3, lc, le, dc, de;
	int k;

	if (x < 8) {
		lc = x;
		le = 0;
	} else if (len == MATCH_MAX) {
		lc = 28;
		le = 0;
	} else {
		k = flog2(x);
		lc = 4 * (unsigned)(k - 1) + ((x >> (k - 2)) & 3);
		le = x & ((1u << (k - 2)) - 1);
	}
	x = dist - 1;
	if (x < 4) {
		dc = x;
		de = 0;
	} else {
		k = flog2(x);
		dc = 2 * (unsigned)k + ((x >> (k - 1)) & 1);
		de = x & ((1u << (k - 1)) - 1);
	}
	y->s[y->n++] = MATCH_BIT | lc << 24 | dc << 19 | le << 14 | de;
	y->lit[257 + lc]++;
	y->dist[dc]++;
}

static const unsigned char cl_order[NCL] = {
	16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15
};

/* Four bytes of acc out to p once it holds 32 bits or more. */
#define FLUSH32() do {							\
		if (nb >= 32) {						\
			p[0] = (unsigned char)acc;			\
			p[1] = (unsigned char)(acc >> 8);		\
			p[2] = (unsigned char)(acc >> 16);		\
			p[3] = (unsigned char)(acc >> 24);		\
			p += 4;						\
			acc >>= 32;					\
			nb -= 32;					\
		}							\
	} while (0)

/* The symbols as one final dynamic block. */
static void
put_block(struct bits *w, struct syms *y)
{
	unsigned char ll[NLIT + NDIST], cll[NCL], rs[NLIT + NDIST],
	    rx[NLIT + NDIST];
	uint16_t lc[NLIT], dc[NDIST], clc[NCL];
	uint32_t clf[NCL] = { 0 }, v, lt[NLIT];
	int hlit = NLIT, hdist = NDIST, hclen = NCL, tot, nr = 0, i, run, r;
	int code, nb;
	uint64_t acc;
	unsigned char *p;
	size_t k;

	y->lit[256]++;
	huff_lengths(y->lit, NLIT, 15, ll);
	huff_lengths(y->dist, NDIST, 15, ll + NLIT);
	while (hlit > 257 && ll[hlit - 1] == 0)
		hlit--;
	while (hdist > 1 && ll[NLIT + hdist - 1] == 0)
		hdist--;
	/* The lengths, literal/length then distance codes, in a row. */
	memmove(ll + hlit, ll + NLIT, (size_t)hdist);
	tot = hlit + hdist;
	for (i = 0; i < tot; i += run) {
		for (run = 1; i + run < tot && ll[i + run] == ll[i]; run++)
			;
		if (ll[i] == 0 && run >= 3) {
			r = run > 138 ? 138 : run;
			rs[nr] = r >= 11 ? 18 : 17;
			rx[nr++] = (unsigned char)(r >= 11 ? r - 11 : r - 3);
			run = r;
		} else if (ll[i] != 0 && run >= 4) {
			rs[nr] = ll[i];
			rx[nr++] = 0;
			r = run - 1 > 6 ? 6 : run - 1;
			rs[nr] = 16;
			rx[nr++] = (unsigned char)(r - 3);
			run = r + 1;
		} else {
			rs[nr] = ll[i];
			rx[nr++] = 0;
			run = 1;
		}
	}
	for (i = 0; i < nr; i++)
		clf[rs[i]]++;
	huff_lengths(clf, NCL, 7, cll);
	huff_codes(cll, NCL, clc);
	huff_codes(ll, hlit, lc);
	huff_codes(ll + hlit, hdist, dc);
	while (hclen > 4 && cll[cl_order[hclen - 1]] == 0)
		hclen--;
	put(w, 1, 1);   /* the last block */
	put(w, 2, 2);   /* dynamic codes */
	put(w, (uint32_t)(hlit - 257), 5);
	put(w, (uint32_t)(hdist - 1), 5);
	put(w, (uint32_t)(hclen - 4), 4);
	for (i = 0; i < hclen; i++)
		put(w, cll[cl_order[i]], 3);
	for (i = 0; i < nr; i++) {
		put(w, clc[rs[i]], cll[rs[i]]);
		if (rs[i] >= 16)
			put(w, rx[i], rs[i] == 16 ? 2 : rs[i] == 17 ? 3 : 7);
	}
	/* The symbols, the bits in locals: w's bytes written through p
	 * could be its own fields as far as the compiler knows. A flush
	 * after each code and its extra bits (48 bits at most) keeps acc
	 * below 32 + 28 bits. */
	acc = w->acc;
	nb = w->n;
	p = w->p;
	for (i = 0; i < hlit; i++)
		lt[i] = (uint32_t)ll[i] << 16 | lc[i];
	for (k = 0; k < y->n; k++) {
		v = y->s[k];
		if (!(v & (MATCH_BIT | LIT3_BIT))) {
			acc |= (uint64_t)(lt[v] & 0xFFFF) << nb;
			nb += (int)(lt[v] >> 16);
		} else if (!(v & MATCH_BIT)) {
			/* Three literals: two codes (30 bits at most) over
			 * the fewer than 32 bits left by the last flush, a
			 * flush, the third. */
			uint32_t x0 = lt[v & 0xFF], x1 = lt[v >> 8 & 0xFF],
			    x2 = lt[v >> 16 & 0xFF];
			acc |= (uint64_t)(x0 & 0xFFFF) << nb;
			nb += (int)(x0 >> 16);
			acc |= (uint64_t)(x1 & 0xFFFF) << nb;
			nb += (int)(x1 >> 16);
			FLUSH32();
			acc |= (uint64_t)(x2 & 0xFFFF) << nb;
			nb += (int)(x2 >> 16);
		} else {
			code = (int)(v >> 24 & 0x1F);
			acc |= (uint64_t)(lt[257 + code] & 0xFFFF) << nb;
			nb += (int)(lt[257 + code] >> 16);
			acc |= (uint64_t)(v >> 14 & 0x1F) << nb;
			nb += len_extra[code];
			FLUSH32();
			/* The distance's code and its extra bits as one
			 * number. */
			code = (int)(v >> 19 & 0x1F);
			acc |= (uint64_t)(dc[code] | (v & 0x3FFF) <<
			    ll[hlit + code]) << nb;
			nb += ll[hlit + code] + dist_extra[code];
		}
		FLUSH32();
	}
	w->acc = acc;
	w->n = nb;
	w->p = p;
	put(w, lc[256], ll[256]);
	put_flush(w);
}

/* ---- matching ---- */

/* The hash of the MATCH_MIN bytes at p (8 readable) in bits bits: load8
 * has p[0] lowest, so the shift keeps p[0..6). */
static inline uint32_t
hash6(const unsigned char *p, int bits)
{
	return (uint32_t)(((load8(p) << 8 * (8 - MATCH_MIN)) *
	    0x9E3779B97F4A7C15ull) >> (64 - bits));
}

/* Bytes a and b have alike, at most max. */
static inline size_t
common(const unsigned char *a, const unsigned char *b, size_t max)
{
	size_t k = 0;

	while (k + 8 <= max && load8(a + k) == load8(b + k))
		k += 8;
	while (k < max && a[k] == b[k])
		k++;
	return k;
}

/* A character starts at byte c (not a UTF-8 continuation byte). */
#define CHAR_START(c) (((c) & 0xC0) != 0x80)

/* The zlib stream of the symbols y of n bytes: header (with dictid when
 * dict), one block, their Adler-32 a; ZHEAD bytes of length before
 * it. */
static unsigned char *
stream_out(struct syms *y, uint32_t a, size_t n, int dict, uint32_t dictid,
    size_t *zn)
{
	/* Each symbol at most 15 + 5 + 15 + 13 bits (three literals: 45);
	 * the codes' description at most (14 + 19 * 3 + 316 * 14) bits. */
	size_t bound = ZHEAD + 2 + 4 + 600 + y->n * 6 + 4 + 8;
	unsigned char *z = xmalloc(bound), *p;
	struct bits w;

	z[0] = (unsigned char)(n >> 24);
	z[1] = (unsigned char)(n >> 16);
	z[2] = (unsigned char)(n >> 8);
	z[3] = (unsigned char)n;
	p = z + ZHEAD;
	/* CM 8, CINFO 7 (32 KB); FLEVEL 0, FDICT; (CMF << 8 | FLG) % 31
	 * == 0: 0x7801, 0x7820. */
	*p++ = 0x78;
	*p++ = dict ? 0x20 : 0x01;
	if (dict) {
		*p++ = (unsigned char)(dictid >> 24);
		*p++ = (unsigned char)(dictid >> 16);
		*p++ = (unsigned char)(dictid >> 8);
		*p++ = (unsigned char)dictid;
	}
	w.p = p;
	w.acc = 0;
	w.n = 0;
	put_block(&w, y);
	p = w.p;
	*p++ = (unsigned char)(a >> 24);
	*p++ = (unsigned char)(a >> 16);
	*p++ = (unsigned char)(a >> 8);
	*p++ = (unsigned char)a;
	*zn = (size_t)(p - z);
	return xrealloc(z, *zn);
}

static void
syms_init(struct syms *y, size_t n)
{
	memset(y->lit, 0, sizeof y->lit);
	memset(y->dist, 0, sizeof y->dist);
	y->s = xmalloc((n + 1) * sizeof *y->s);
	y->n = 0;
}

struct zf_dict {
	const unsigned char *t;   /* the dictionary: t[0..dn) */
	size_t dn;
	uint32_t id;              /* its Adler-32 (the streams' DICTID) */
	/* Where each character of t starts (+ 1; 0: none), by hash6, the
	 * later kept (the nearer to an article's paragraphs): 16 bits,
	 * exact for the dictionary (below ZDICT_MAX); zf_pack keeps the low
	 * 16 bits of a longer text's positions. */
	uint16_t tab[(size_t)1 << TAB_BITS];
};

/* Every character start of t[0..dn) (8 bytes readable from each) in
 * d's table. */
static void
dict_index(struct zf_dict *d, const unsigned char *t, size_t tn)
{
	size_t q;

	memset(d->tab, 0, sizeof d->tab);
	for (q = 0; q + MATCH_MIN <= d->dn && q + 8 <= tn; q++)
		if (CHAR_START(t[q]))
			d->tab[hash6(t + q, TAB_BITS)] = (uint16_t)(q + 1);
}

unsigned char *
zf_pack(const char *text, size_t n, uint32_t a, size_t *zn,
    struct zf_dict **dict)
{
	const unsigned char *t = (const unsigned char *)text;
	struct zf_dict *d = xcalloc(1, sizeof *d);
	uint16_t *tab = d->tab;
	uint32_t h, old;
	struct syms y;
	unsigned char *z;
	size_t i = 0, cand, len, max, e, back, lim;

	syms_init(&y, n);
	while (i + 8 <= n) {
		if (!CHAR_START(t[i])) {
			sym_lit(&y, t[i++]);
			continue;
		}
		/* The slot's position is the nearest before i with its low
		 * 16 bits (a text past 64 KB may find an older one there,
		 * which the bytes' comparison turns away, or finds as good
		 * a match). */
		h = hash6(t + i, TAB_BITS);
		old = tab[h];
		tab[h] = (uint16_t)(i + 1);
		back = (i + 1 - old) & 0xFFFF;
		cand = i - back;
		if (old != 0 && back - 1 < WINDOW && back <= i &&
		    memcmp(t + cand, t + i, MATCH_MIN) == 0) {
			max = n - i < MATCH_MAX ? n - i : MATCH_MAX;
			len = MATCH_MIN + common(t + cand + MATCH_MIN,
			    t + i + MATCH_MIN, max - MATCH_MIN);
			sym_match(&y, (unsigned)len, (unsigned)(i - cand));
			/* The characters inside the match go in the table
			 * too: the articles' paragraphs are looked up in it.
			 * (Those with 8 bytes readable, below lim; past a
			 * three-byte character's lead and its two
			 * continuation bytes at once, which start nothing: a
			 * byte at a time, this loop was a fifth of zf_pack.) */
			e = i + len;
			lim = e < n - 7 ? e : n - 7;
			for (i++; i < lim;) {
				if (!CHAR_START(t[i])) {
					i++;
					continue;
				}
				tab[hash6(t + i, TAB_BITS)] = (uint16_t)(i + 1);
				i += (load8(t + i) & 0xC0C0F0) == 0x8080E0 ? 3 : 1;
			}
			i = e;
		} else if (t[i] >= 0xE0 && t[i] < 0xF0) {
			/* A three-byte character (all of the BMP's CJK) as
			 * literals at once: its other bytes start nothing. */
			sym_lit3(&y, t + i);
			i += 3;
		} else
			sym_lit(&y, t[i++]);
	}
	while (i < n)
		sym_lit(&y, t[i++]);
	z = stream_out(&y, a, n, 0, 0, zn);
	free(y.s);
	if (dict == NULL) {
		free(d);
		return z;
	}
	d->t = t;
	d->dn = n < ZDICT_MAX ? n : ZDICT_MAX;
	/* A text longer than the dictionary: its later characters are in
	 * the table, and the dictionary's are wanted. */
	if (d->dn < n) {
		d->id = (uint32_t)adler32(1L, t, (uInt)d->dn);
		dict_index(d, t, n);
	} else
		d->id = a;
	*dict = d;
	return z;
}

struct zf_dict *
zf_dict_new(const char *text, size_t n)
{
	struct zf_dict *d = xmalloc(sizeof *d);

	d->t = (const unsigned char *)text;
	d->dn = n < ZDICT_MAX ? n : ZDICT_MAX;
	d->id = (uint32_t)adler32(1L, d->t, (uInt)d->dn);
	dict_index(d, d->t, n);
	return d;
}

const char *
zf_dict_text(const struct zf_dict *d, size_t *dn)
{
	*dn = d->dn;
	return (const char *)d->t;
}

void
zf_dict_free(struct zf_dict *d)
{
	free(d);
}

/* Past the blanks at t[p..dn) (ASCII white space, U+3000), a few bytes
 * at most: what the cleaner drops between the lines of a paragraph. */
static size_t
skip_blank(const unsigned char *t, size_t p, size_t dn)
{
	size_t end = p + 16 < dn ? p + 16 : dn;

	while (p < end) {
		if (t[p] == ' ' || t[p] == '\n' || t[p] == '\r' ||
		    t[p] == '\t')
			p++;
		else if (t[p] == 0xE3 && p + 2 < end && t[p + 1] == 0x80 &&
		    t[p + 2] == 0x80)
			p += 3;
		else
			break;
	}
	return p;
}

unsigned char *
zf_pack_dict(const struct zf_dict *d, const char *body, size_t n,
    uint32_t a, size_t *zn, size_t *from)
{
	const unsigned char *b = (const unsigned char *)body, *t = d->t;
	struct syms y;
	unsigned char *z;
	size_t j = 0, q, len, max, dist, pred = 0, least = d->dn;
	uint32_t c;

	syms_init(&y, n);
	while (j + 8 <= n) {
		if (!CHAR_START(b[j])) {
			sym_lit(&y, b[j++]);
			continue;
		}
		/* Where the last match ended (past the line's end): a
		 * paragraph is its page's lines run together. Else the
		 * table. The dictionary ends where the body starts: a match
		 * stays inside it (q + len <= dn). */
		q = skip_blank(t, pred, d->dn);
		if (!(q + MATCH_MIN <= d->dn && d->dn + j - q <= WINDOW &&
		    memcmp(t + q, b + j, MATCH_MIN) == 0)) {
			c = d->tab[hash6(b + j, TAB_BITS)];
			if (c == 0 || (q = c - 1) + MATCH_MIN > d->dn ||
			    d->dn + j - q > WINDOW ||
			    memcmp(t + q, b + j, MATCH_MIN) != 0) {
				/* (a three-byte character at once, as
				 * zf_pack) */
				if (b[j] >= 0xE0 && b[j] < 0xF0) {
					sym_lit3(&y, b + j);
					j += 3;
				} else
					sym_lit(&y, b[j++]);
				continue;
			}
		}
		dist = d->dn + j - q;
		max = n - j < MATCH_MAX ? n - j : MATCH_MAX;
		if (max > d->dn - q)
			max = d->dn - q;
		len = MATCH_MIN + common(t + q + MATCH_MIN, b + j + MATCH_MIN,
		    max - MATCH_MIN);
		sym_match(&y, (unsigned)len, (unsigned)dist);
		j += len;
		pred = q + len;
		if (q < least)
			least = q;
	}
	while (j < n)
		sym_lit(&y, b[j++]);
	if (from != NULL)
		*from = least;
	z = stream_out(&y, a, n, 1, d->id, zn);
	free(y.s);
	return z;
}

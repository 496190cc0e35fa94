/*
 * segment-bigrams.c: the page's vocabulary. Pairs of Han characters stand
 * in for words; a pair in few paragraphs of the page is rare (its idf is
 * high) and says more about which article a paragraph or a headline
 * belongs to than a common one. The index holds each live paragraph's
 * distinct bigrams, sorted, and every bigram's document frequency.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lreader/clean.h"
#include "lreader/util.h"
#include "segment-int.h"

/* Index of x in the sorted v[0..n), or n. */
static size_t
find_u64(const uint64_t *v, size_t n, uint64_t x)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid] < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && v[lo] == x ? lo : n;
}

int
seg_has_bigram(const uint64_t *v, size_t n, uint64_t x)
{
	return find_u64(v, n, x) < n;
}

/*
 * The Han code points of three-byte forms (clean_is_han, whose other
 * ranges are four-byte forms) but U+3007, a bit for each sixteen: every
 * range starts and ends on a sixteen. Word c >> 10, bit (c >> 4) & 63.
 * One load where five range tests ran for every character of the page
 * (twice: in its lines and in its paragraphs).
 */
static const uint64_t han16[64] = {
	[11] = 0x3FFFFF0000000000ULL,           /* U+2E80-2FDF */
	[13] = ~0ULL, [14] = ~0ULL, [15] = ~0ULL, /* U+3400-4DBF */
	[16] = ~0ULL, [17] = ~0ULL, [18] = ~0ULL,
	[19] = 0xFFFFFFFF0FFFFFFFULL,           /* ... and U+4E00- */
	[20] = ~0ULL, [21] = ~0ULL, [22] = ~0ULL, [23] = ~0ULL, /* ... -9FFF */
	[24] = ~0ULL, [25] = ~0ULL, [26] = ~0ULL, [27] = ~0ULL,
	[28] = ~0ULL, [29] = ~0ULL, [30] = ~0ULL, [31] = ~0ULL,
	[32] = ~0ULL, [33] = ~0ULL, [34] = ~0ULL, [35] = ~0ULL,
	[36] = ~0ULL, [37] = ~0ULL, [38] = ~0ULL, [39] = ~0ULL,
	[62] = 0x0000FFFFFFFF0000ULL,           /* U+F900-FAFF */
};

/* Whether the code point of a three-byte form is Han, without a branch. */
static int
han3(uint32_t c)
{
	return (int)(han16[(c >> 10) & 63] >> ((c >> 4) & 63) & 1) |
	    (c == 0x3007);
}

size_t
seg_han_pairs(const char *s, uint64_t *out)
{
	const unsigned char *b = (const unsigned char *)s;
	size_t k = 0;
	uint32_t prev = 0, cur;
	int han;

	/* No strlen: the walk stops at the NUL, which no sequence below
	 * reads past (a NUL is no continuation byte). */
	while (*b != '\0') {
		/* A three-byte form (Han and CJK punctuation: the most of a
		 * page) decoded here as utf8_next decodes it, and its pair
		 * written and kept or not without a branch: Han and
		 * punctuation alternate at random, and a branch on which it
		 * was missed at every mark (a pair written past the last
		 * kept stays within the room of one a character). */
		if ((b[0] & 0xF0) == 0xE0 && (b[1] & 0xC0) == 0x80 &&
		    (b[2] & 0xC0) == 0x80) {
			cur = (uint32_t)(b[0] & 0x0F) << 12 |
			    (uint32_t)(b[1] & 0x3F) << 6 | (b[2] & 0x3F);
			b += 3;
			han = han3(cur);
			out[k] = (uint64_t)prev << 32 | cur;
			k += (size_t)(han & (prev != 0));
			prev = han ? cur : 0;
			continue;
		}
		if (b[0] < 0x80) {
			b++;
			prev = 0;
			continue;
		}
		b += utf8_next((const char *)b, strlen((const char *)b), &cur);
		if (!clean_is_han(cur)) {
			prev = 0;
			continue;
		}
		if (prev != 0)
			out[k++] = (uint64_t)prev << 32 | cur;
		prev = cur;
	}
	return k;
}

uint64_t *
seg_bigrams(const char *s, size_t *n)
{
	uint64_t *v = xreallocarray(NULL, strlen(s) + 1, sizeof *v);
	size_t k = seg_han_pairs(s, v), i, j;

	sort_u64(v, k);
	for (i = j = 0; i < k; i++)
		if (j == 0 || v[j - 1] != v[i])
			v[j++] = v[i];
	*n = j;
	return v;
}

/* Slot of x in a table of mask + 1 slots (Fibonacci hashing: the
 * product's high bits mix both code points). */
static size_t
key_slot(uint64_t x, size_t mask)
{
	return (size_t)((x * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
}

uint64_t *
seg_keyset_new(size_t n, size_t *mask)
{
	size_t slots = 16;

	/* At most three quarters full (fewer: keys come again). */
	while (slots < n + n / 3 + 2)
		slots *= 2;
	*mask = slots - 1;
	return xcalloc(slots, sizeof(uint64_t));
}

/* The slot of x in t: x's, or the empty one where it would go. One
 * test a slot, of both ends at once: whether a key is new or met again
 * is at random, and a branch on each (empty? x?) was missed on about
 * every other key added. */
static size_t
keyset_slot(const uint64_t *t, size_t mask, uint64_t x)
{
	size_t h = key_slot(x, mask);
	uint64_t y;

	while (y = t[h], (y == 0) + (y == x) == 0)
		h = (h + 1) & mask;
	return h;
}

void
seg_keyset_add(uint64_t *t, size_t mask, uint64_t x)
{
	t[keyset_slot(t, mask, x)] = x;
}

uint64_t *
seg_keyset(const uint64_t *v, size_t n, size_t *mask)
{
	uint64_t *t = seg_keyset_new(n, mask);
	size_t i;

	for (i = 0; i < n; i++)
		seg_keyset_add(t, *mask, v[i]);
	return t;
}

int
seg_keyset_has(const uint64_t *t, size_t mask, uint64_t x)
{
	return x != 0 && t[keyset_slot(t, mask, x)] == x;
}

/*
 * The page's Han characters, ranked in code point order. Those below
 * U+10000 lie in [HAN_BASE, HAN_BASE + HAN_SPAN) (clean_is_han): a bit
 * each marks the ones the page holds (6.5 kB, cleared a page) and a
 * 16-bit rank each is read where the bit is set (written for those
 * alone, never cleared). The rest (beyond the BMP, seldom met) are a
 * sorted list, ranked after them. A bigram of ranks (a, b) sorts as its
 * key (a's code point << 32 | b's) does, and the ranks are dense (about
 * nine hundred a page against some five thousand pairs): the index is
 * sorted in two counting passes over that many buckets, and looked up
 * through the ranks of its first character, with no hash of the 64-bit
 * keys (a table sized for every pair met, three times the first-level
 * cache, and missed on most look-ups).
 */
#define HAN_BASE SEG_HAN_BASE
#define HAN_SPAN SEG_HAN_SPAN
#define HAN_WORDS (HAN_SPAN / 64)

struct seg_chars {
	uint64_t bits[HAN_WORDS];
	uint16_t rank[HAN_SPAN];
	size_t nbmp;         /* characters below U+10000: ranks 0 .. nbmp - 1 */
	uint64_t *far;       /* those beyond, sorted: ranks from nbmp */
	size_t nfar, capfar;
	uint32_t *first;     /* per rank a: the first bigram (index in dfk)
	                        opening with it; first[a + 1] ends them */
};

/* (the rank table is not cleared: only the entries of marked characters
 * are read) */
struct seg_chars *
seg_chars_new(void)
{
	struct seg_chars *ch = xreallocarray(NULL, 1, sizeof *ch);

	memset(ch->bits, 0, sizeof ch->bits);
	ch->far = NULL;
	ch->nfar = ch->capfar = 0;
	ch->first = NULL;
	return ch;
}

uint64_t *
seg_chars_bits(struct seg_chars *ch)
{
	return ch->bits;
}

size_t
seg_chars_far(const struct seg_chars *c)
{
	return c->nfar;
}

void
seg_chars_free(struct seg_chars *c)
{
	if (c == NULL)
		return;
	free(c->far);
	free(c->first);
	free(c);
}

/* The index of the lowest set bit of w (w not 0), by a de Bruijn
 * sequence: no compiler built-in. */
static unsigned
low_bit(uint64_t w)
{
	static const unsigned char pos[64] = {
		0, 1, 48, 2, 57, 49, 28, 3, 61, 58, 50, 42, 38, 29, 17, 4,
		62, 55, 59, 36, 53, 51, 43, 22, 45, 39, 33, 30, 24, 18, 12, 5,
		63, 47, 56, 27, 60, 41, 37, 16, 54, 35, 52, 21, 44, 32, 23, 11,
		46, 26, 40, 15, 34, 20, 31, 10, 25, 14, 19, 9, 13, 8, 7, 6,
	};

	return pos[((w & -w) * 0x03F79D71B4CB0A89ULL) >> 58];
}

/* Keep Han character c, one beyond the BMP, in far (to be sorted). */
static void
chars_mark_far(struct seg_chars *ch, uint32_t c)
{
	if (ch->nfar == ch->capfar) {
		ch->capfar = ch->capfar * 2 + 16;
		ch->far = xreallocarray(ch->far, ch->capfar, sizeof *ch->far);
	}
	ch->far[ch->nfar++] = c;
}

/* Mark Han character c as on the page. */
static inline void
chars_mark(struct seg_chars *ch, uint32_t c)
{
	uint32_t i = c - HAN_BASE;

	if (i < HAN_SPAN)
		ch->bits[i >> 6] |= (uint64_t)1 << (i & 63);
	else
		chars_mark_far(ch, c);
}

void
seg_chars_mark(struct seg_chars *ch, uint32_t c)
{
	chars_mark(ch, c);
}

/* The ranks, once every character is marked; and the code point of
 * each rank, in rank order, returned (the caller frees it): one walk
 * over the marks for both, where a second gave the code points. */
static uint32_t *
chars_rank(struct seg_chars *ch)
{
	size_t w, r = 0, i, j;
	uint64_t b;
	uint32_t *cp;

	sort_u64(ch->far, ch->nfar);
	for (i = j = 0; i < ch->nfar; i++)
		if (j == 0 || ch->far[j - 1] != ch->far[i])
			ch->far[j++] = ch->far[i];
	ch->nfar = j;
	/* (room for every mark: at most one a bit of the table) */
	for (w = 0; w < HAN_WORDS; w++)
		for (b = ch->bits[w]; b != 0; b &= b - 1)
			r++;
	cp = xreallocarray(NULL, r + ch->nfar + 1, sizeof *cp);
	r = 0;
	for (w = 0; w < HAN_WORDS; w++)
		for (b = ch->bits[w]; b != 0; b &= b - 1) {
			unsigned k = (unsigned)(w * 64 + low_bit(b));
			ch->rank[k] = (uint16_t)r;
			cp[r++] = HAN_BASE + k;
		}
	ch->nbmp = r;
	for (i = 0; i < ch->nfar; i++)
		cp[r++] = (uint32_t)ch->far[i];
	return cp;
}

/* Rank of Han character c, marked. */
static inline uint32_t
chars_rank_of(const struct seg_chars *ch, uint32_t c)
{
	uint32_t i = c - HAN_BASE;

	if (i < HAN_SPAN)
		return ch->rank[i];
	return (uint32_t)(ch->nbmp + find_u64(ch->far, ch->nfar, c));
}

/* Rank of code point c, or -1 if the page holds no such character. */
static long
chars_find(const struct seg_chars *ch, uint32_t c)
{
	uint32_t i = c - HAN_BASE;
	size_t k;

	if (i < HAN_SPAN)
		return ch->bits[i >> 6] >> (i & 63) & 1 ? (long)ch->rank[i] :
		    -1;
	if (c < 0x10000 || (k = find_u64(ch->far, ch->nfar, c)) >= ch->nfar)
		return -1;
	return (long)(ch->nbmp + k);
}

/* Bits to hold 0 .. n - 1 (at least one). */
static unsigned
bits_for(size_t n)
{
	unsigned b = 1;

	while (b < 64 && ((size_t)1 << b) < n)
		b++;
	return b;
}

/*
 * Counting sort pass: from[0..n) into to by the digit (x >> shift) &
 * mask, keeping the order of equals; cnt holds each digit's count on
 * entry (ndig of them: every digit is below ndig, the page's characters,
 * where the mask's mask + 1 was up to twice as many counts to sum) and
 * is used up.
 */
static void
count_pass(const uint64_t *from, uint64_t *to, size_t n, uint32_t *cnt,
    size_t ndig, unsigned shift, uint64_t mask)
{
	uint32_t sum = 0, c;
	size_t i;

	for (i = 0; i < ndig; i++) {
		c = cnt[i];
		cnt[i] = sum;
		sum += c;
	}
	for (i = 0; i < n; i++)
		to[cnt[(from[i] >> shift) & mask]++] = from[i];
}

/* Merge the sorted distinct x[0..nx) and y[0..ny) into out (distinct,
 * sorted); returns its length. While both lists last, the smaller head
 * is taken and each list steps on if its head was it, without a branch
 * on which (the lists interleave at random: a branch there was missed
 * about every other time, and merge took twice its share of the time). */
static size_t
merge(const uint32_t *x, size_t nx, const uint32_t *y, size_t ny,
    uint32_t *out)
{
	size_t i = 0, j = 0, k = 0;

	while (i < nx && j < ny) {
		uint32_t a = x[i], b = y[j];
		out[k++] = a < b ? a : b;
		i += a <= b;
		j += b <= a;
	}
	while (i < nx)
		out[k++] = x[i++];
	while (j < ny)
		out[k++] = y[j++];
	return k;
}

/* seg_han_pairs of s[0..n) (a part of a line's text, not ended by a
 * NUL), into out. */
static size_t
han_pairs_n(const char *s, size_t n, uint64_t *out)
{
	char *t = xstrndup(s, n);
	size_t k = seg_han_pairs(t, out);

	free(t);
	return k;
}

/*
 * The Han pairs of paragraph item it into out, as seg_han_pairs finds
 * them in its text: taken from its lines' pairs (seg_read_lines) when
 * the text is its live lines' texts one after another, as read, with a
 * pair across each cut where two Han characters meet there; else found
 * in the text. A paragraph a repeat was cut off (keep_part: its text
 * bytes [kept_from, kept_from + its length) of the lines' joined text,
 * joined_len long) takes the pairs of the lines inside the part so,
 * and those of the part of a line at either end from that part (some
 * six paragraphs an archive page, each walked whole before).
 */
static size_t
para_pairs(const struct seg *s, const struct seg_item *it, uint64_t *out,
    int *found)
{
	const char *t = it->text;
	size_t tlen = strlen(t), at = 0, k = 0, i, w0 = 0, w1, a, b, got = 0;
	uint32_t prev = 0;

	if (it->kept) {
		w0 = it->kept_from;
		if (w0 > it->joined_len || it->joined_len - w0 < tlen)
			return *found = 1, seg_han_pairs(t, out);
	}
	w1 = w0 + tlen;
	/* (at: where line i starts in the lines' joined text; [a, b): the
	 * part of it inside the paragraph's text, in the text's bytes) */
	for (i = it->first; i <= it->last && i < s->nl && s->lp != NULL; i++) {
		const struct seg_line *l = &s->l[i];
		const struct seg_line_pairs *lp = &s->lp[i];
		size_t e;
		if (l->gone)
			continue;
		if (l->text != lp->text || l->nch != lp->nch)
			return *found = 1, seg_han_pairs(t, out);
		e = at + lp->len;
		a = at > w0 ? at : w0;
		b = e < w1 ? e : w1;
		if (a < b) {
			if (memcmp(t + (a - w0), l->text + (a - at), b - a) != 0)
				return *found = 1, seg_han_pairs(t, out);
			/* (a pair across the cut before the line: not where
			 * the paragraph's text starts with it) */
			if (a == at && at > w0 && prev != 0 &&
			    clean_is_han(l->first))
				out[k++] = (uint64_t)prev << 32 | l->first;
			if (a == at && b == e) {
				memcpy(out + k, s->lpairs + lp->off,
				    lp->n * sizeof *out);
				k += lp->n;
			} else
				k += han_pairs_n(t + (a - w0), b - a, out + k);
			got += b - a;
		}
		prev = clean_is_han(l->last) ? l->last : 0;
		at = e;
	}
	if (at == (it->kept ? it->joined_len : tlen) && got == tlen && tlen > 0)
		return k;
	*found = 1;
	return seg_han_pairs(t, out);
}

/* A bigram in fewer paragraphs than this weighs 0 in cohesion: it says
 * nothing about two sides, being on one side only. */
#define COHESION_MIN_COUNT 2

/* The relative margin by which seg_share_below's bound must clear its
 * threshold to stop early: the sums of a few thousand weights round by
 * far less (below 1e-12), so the answer is the full walk's. */
#define SHARE_BOUND_SLACK 1e-9

/*
 * The lists cohesion walks, of the bigrams that weigh in it (held by
 * COHESION_MIN_COUNT paragraphs or more): each paragraph's (pdr, from
 * pdi) and each two's (pu: the two paragraphs' lists merged). A bigram
 * of one paragraph adds an exact 0 to every sum of seg_cohesion and
 * seg_share (its weight is 0, and it is never on both sides) and is
 * never met again in the same call: without it the sums are the same
 * to the last bit, over about three fifths of the bigrams walked. Each
 * list keeps its order; a bigram is kept or not by a comparison's
 * value (at random: a branch would be missed). (pu was built in
 * seg_index's walk, two more stores a posting at random places; the
 * merges of the shorter lists here cost less.)
 */
static void
index_repeated(struct seg *s, size_t total, const unsigned char *weighs)
{
	size_t p, j, k = 0, n;
	uint32_t *block;

	/* (weighs: a byte a bigram, whether it weighs, read at random:
	 * the counts are eight bytes) */
	s->pdr = xcalloc(s->np + 1, sizeof *s->pdr);
	s->npdr = xcalloc(s->np + 1, sizeof *s->npdr);
	block = s->pdr[0] = xreallocarray(NULL, total + 1, sizeof *block);
	for (p = 0; p < s->np; p++) {
		const uint32_t *d = s->pdi[p];
		s->pdr[p] = block + k;
		for (j = n = 0; j < s->npbg[p]; j++) {
			s->pdr[p][n] = d[j];
			n += weighs[d[j]];
		}
		s->npdr[p] = n;
		k += n;
	}
	s->pu = xcalloc(s->np + 1, sizeof *s->pu);
	s->npu = xcalloc(s->np + 1, sizeof *s->npu);
	block = s->pu[0] = xreallocarray(NULL, 2 * k + 1, sizeof *block);
	for (p = 0, k = 0; p + 1 < s->np; p++) {
		s->pu[p] = block + k;
		s->npu[p] = merge(s->pdr[p], s->npdr[p], s->pdr[p + 1],
		    s->npdr[p + 1], s->pu[p]);
		k += s->npu[p];
	}
}

/*
 * The index, built from the page's pairs as ranks (seg_chars): each pair
 * becomes one word (rank a, rank b, paragraph, high bits to low), and
 * the words, in paragraph order, are sorted by the ranks in two counting
 * passes (by b, then by a). The sorted run then gives, in one walk, the
 * distinct bigrams in key order (dfk), each one's paragraphs ascending
 * (postings, df), and each paragraph's bigrams ascending (pdi): the
 * arrays a hash of the 64-bit keys, a stamp per key and a sort of the
 * distinct keys gave before.
 *
 * The word holds it all: a rank takes at most 18 bits (Han code points
 * are below 0x40000) and a paragraph fewer than 28 (segment_part cuts a
 * page into parts of at most about CHUNK_LINES lines).
 */
/* A pair's word: rank a, rank b, paragraph, high bits to low, in
 * fields of fixed width (shifts by constants: by the page's widths they
 * took a register each, some ten instructions a pair more). */
#define WORD_RBITS 18
#define WORD_PBITS 28
#define WORD_RMASK (((uint64_t)1 << WORD_RBITS) - 1)
#define WORD_PMASK (((uint64_t)1 << WORD_PBITS) - 1)
#define WORD(a, b, p) ((uint64_t)(a) << (WORD_RBITS + WORD_PBITS) | \
	(uint64_t)(b) << WORD_PBITS | (p))

void
seg_index(struct seg *s)
{
	size_t i, j, total = 0, cap = 0, npairs = 0, nd = 0, nc, *off, got;
	uint64_t *e, *tmp, x, prev, cmask;
	uint32_t *cnt, *cp, r;
	unsigned bc;
	double *idf;
	unsigned char *weighs;
	struct seg_chars *ch = s->dch;
	/* The characters: every Han character of the lines is marked as
	 * they are read (seg_read_lines: a walk over the pairs here marked
	 * each twice); those of a paragraph whose pairs were found in its
	 * own text, and all when no lines were read, are marked here. (A
	 * character of the lines in no paragraph's pair takes a rank no
	 * bigram opens with: the order is the code points' all the same.) */
	int marked = ch != NULL && ch->first == NULL, found;

	if (!marked) {
		seg_chars_free(ch);
		ch = seg_chars_new();
	}
	s->dch = NULL;
	/* Every paragraph's pairs, one after another (paragraph i's from
	 * off[i]): a pair is two Han characters, three bytes each, so a
	 * third as many as bytes is room enough. */
	for (i = 0; i < s->np; i++)
		cap += strlen(s->it[s->paras[i]].text) / 3 + 1;
	e = xreallocarray(NULL, cap + 1, sizeof *e);
	off = xreallocarray(NULL, s->np + 1, sizeof *off);
	for (i = 0; i < s->np; i++) {
		off[i] = npairs;
		found = 0;
		got = para_pairs(s, &s->it[s->paras[i]], e + npairs, &found);
		/* (a pair's first, most often the one before's second, marked
		 * again: a test for it was missed at random) */
		if (!marked || found)
			for (j = npairs; j < npairs + got; j++) {
				chars_mark(ch, (uint32_t)(e[j] >> 32));
				chars_mark(ch, (uint32_t)e[j]);
			}
		npairs += got;
	}
	free(s->lpairs);
	free(s->lp);
	s->lpairs = NULL;
	s->lp = NULL;
	off[s->np] = npairs;
	cp = chars_rank(ch);
	nc = ch->nbmp + ch->nfar;
	/* Each pair as one word, with both digits counted. */
	bc = bits_for(nc);
	cmask = ((uint64_t)1 << bc) - 1;
	cnt = xcalloc(2 * nc + 1, sizeof *cnt);
	/* (a page without a character beyond U+FAFF, most, reads the
	 * ranks without a test for one) */
	if (ch->nfar == 0) {
		const uint16_t *rk = ch->rank;
		for (i = 0; i < s->np; i++)
			for (j = off[i]; j < off[i + 1]; j++) {
				uint32_t a = rk[(uint32_t)(e[j] >> 32) - HAN_BASE];
				uint32_t b = rk[(uint32_t)e[j] - HAN_BASE];
				e[j] = WORD(a, b, i);
				cnt[b]++;
				cnt[nc + a]++;
			}
	} else
		for (i = 0; i < s->np; i++)
			for (j = off[i]; j < off[i + 1]; j++) {
				uint32_t a = chars_rank_of(ch,
				    (uint32_t)(e[j] >> 32));
				uint32_t b = chars_rank_of(ch, (uint32_t)e[j]);
				e[j] = WORD(a, b, i);
				cnt[b]++;
				cnt[nc + a]++;
			}
	tmp = xreallocarray(NULL, npairs + 1, sizeof *tmp);
	count_pass(e, tmp, npairs, cnt, nc, WORD_PBITS, cmask);
	count_pass(tmp, e, npairs, cnt + nc, nc, WORD_PBITS + WORD_RBITS,
	    cmask);
	free(tmp);
	free(cnt);
	/* One walk gives it all. A new (a, b) is the next bigram (dfk, its
	 * ranks, and where its postings start); the same word
	 * again (a pair twice in one paragraph) adds nothing; a new one
	 * adds a posting and the bigram to its paragraph's list (pdi).
	 * The lists ascend, as the bigrams come in key order. They lie in
	 * one block (pdi[0]: seg_free), with room for the paragraph's
	 * pairs: a second walk over the postings took more than this. The
	 * code points of each rank, for the keys, are the marks read in
	 * order. (Without a branch on what is new: which pairs repeat is
	 * at random, and branches on it were missed about every other
	 * time. What is written for a word that adds nothing lies past
	 * the counts, within the room, and is written over by the next
	 * that does.) */
	s->dfk = xreallocarray(NULL, npairs + 1, sizeof *s->dfk);
	s->post0 = xreallocarray(NULL, npairs + 2, sizeof *s->post0);
	s->post = xreallocarray(NULL, npairs + 1, sizeof *s->post);
	s->npbg = xcalloc(s->np + 1, sizeof *s->npbg);
	s->pdi = xcalloc(s->np + 1, sizeof *s->pdi);
	s->pdi[0] = xreallocarray(NULL, npairs + 1, sizeof **s->pdi);
	for (i = 0; i < s->np; i++)
		s->pdi[i] = s->pdi[0] + off[i];
	free(off);
	ch->first = xcalloc(nc + 2, sizeof *ch->first);
	/* (The arrays through locals, and each paragraph's list through
	 * where its next bigram goes: a store of a size_t may change s's
	 * fields as the compiler sees it, which had every pointer read
	 * again for every word; its count is where that stands at the
	 * end.) */
	{
		uint64_t *dfk = s->dfk;
		size_t *post0 = s->post0;
		uint32_t *post = s->post, *first = ch->first;
		uint32_t **wp = xreallocarray(NULL, s->np + 1, sizeof *wp);

		memcpy(wp, s->pdi, s->np * sizeof *wp);
		for (j = 0, prev = ~(uint64_t)0; j < npairs; j++) {
			uint64_t k = (x = e[j]) >> WORD_PBITS;
			size_t p = (size_t)(x & WORD_PMASK),
			    newk = k != prev >> WORD_PBITS,
			    fresh = x != prev;
			dfk[nd] = k;
			post0[nd] = total;
			nd += newk;
			r = (uint32_t)(nd - 1);
			post[total] = (uint32_t)p;
			total += fresh;
			*wp[p] = r;
			wp[p] += fresh;
			prev = x;
		}
		for (i = 0; i < s->np; i++)
			s->npbg[i] = (size_t)(wp[i] - s->pdi[i]);
		free(wp);
		/* (each bigram's ranks, written above for every word, made
		 * its key and counted in first[] once a bigram here: some
		 * three in five words are a new bigram; and in the same
		 * walk, each bigram's count, mark and whether it weighs in
		 * cohesion (index_repeated). Its idf is idf[] of its count:
		 * seg_idf reads it so, where a table of a double a bigram
		 * was written for the few headlines' bigrams looked up.) */
		struct seg_bgtag *tag;

		post0[nd] = total;
		tag = s->tag = xreallocarray(NULL, nd + 1, sizeof *s->tag);
		weighs = xreallocarray(NULL, nd + 1, 1);
		for (i = 0; i < nd; i++) {
			uint64_t k = dfk[i];
			uint32_t c = (uint32_t)(post0[i + 1] - post0[i]);
			first[(k >> WORD_RBITS) + 1]++;
			dfk[i] = (uint64_t)cp[k >> WORD_RBITS] << 32 |
			    cp[k & WORD_RMASK];
			tag[i].count = c;
			tag[i].mark = 0;
			weighs[i] = c >= COHESION_MIN_COUNT;
		}
	}
	/* (first[a]: the bigrams opening with a rank below a) */
	for (i = 0; i < nc; i++)
		ch->first[i + 1] += ch->first[i];
	free(cp);
	s->post0[nd] = total;
	s->ndf = nd;
	s->dch = ch;
	free(e);
	/* Weights, computed once: cohesion walks them for every gap. A
	 * bigram's idf depends on its count alone (1 .. np): one log a
	 * count, not one a bigram. */
	/* (Kept as s->idfw, idf[c]: cohesion reads it through the
	 * bigram's count from this table of a few hundred, where an array
	 * of a double a bigram was read at random and missed the
	 * first-level cache on about one bigram in three. Its lists hold
	 * only bigrams met in COHESION_MIN_COUNT paragraphs or more,
	 * whose weight is their idf: a weight of 0 for the others, once
	 * kept beside it, is never read.) */
	idf = xreallocarray(NULL, s->np + 1, sizeof *idf);
	idf[0] = 0;
	for (i = 1; i <= s->np; i++)
		idf[i] = log((s->np + 1.0) / ((double)i + 0.5));
	s->tag[nd].count = s->tag[nd].mark = 0;
	s->idfw = idf;
	index_repeated(s, total, weighs);
	free(weighs);
}


/* Index of bigram x in s->dfk, or s->ndf: among the few bigrams that
 * open with x's first character (seg_chars: a look-up of its rank), a
 * walk for x. (A binary search of dfk missed its branches at random:
 * the headlines' bigrams are looked up for every headline, and again
 * for every caption and block a page weighs.) */
static size_t
seg_df_at(const struct seg *s, uint64_t x)
{
	long a;
	size_t k, end;

	if (s->dch == NULL || (a = chars_find(s->dch, (uint32_t)(x >> 32))) < 0)
		return s->ndf;
	end = s->dch->first[a + 1];
	for (k = s->dch->first[a]; k < end; k++)
		if (s->dfk[k] == x)
			return k;
	return s->ndf;
}

void
seg_affinities(const struct seg *s, const struct seg_headline *h, double *out)
{
	size_t k, i, at;

	memset(out, 0, (s->np + 1) * sizeof *out);
	if (h->total <= 0)
		return;
	for (k = 0; k < h->nbg; k++) {
		if ((at = seg_df_at(s, h->bg[k])) >= s->ndf)
			continue;
		for (i = s->post0[at]; i < s->post0[at + 1]; i++)
			out[s->post[i]] += h->idf[k];
	}
	for (i = 0; i < s->np; i++)
		out[i] /= h->total;
}

double
seg_text_fit(const struct seg *s, const char *text, size_t p0, size_t p1)
{
	struct seg_headline h;
	double *v, best = 0;
	size_t k, p;

	if (p0 > p1 || p0 >= s->np)
		return 0;
	memset(&h, 0, sizeof h);
	h.bg = seg_bigrams(text, &h.nbg);
	h.idf = xcalloc(h.nbg + 1, sizeof *h.idf);
	for (k = 0; k < h.nbg; k++)
		h.total += (h.idf[k] = seg_idf(s, h.bg[k]));
	v = xcalloc(s->np + 1, sizeof *v);
	seg_affinities(s, &h, v);
	for (p = p0; p <= p1 && p < s->np; p++)
		if (v[p] > best)
			best = v[p];
	free(v);
	free(h.bg);
	free(h.idf);
	return best;
}

double
seg_idf(const struct seg *s, uint64_t x)
{
	size_t k = seg_df_at(s, x);

	return k < s->ndf ? s->idfw[s->tag[k].count] :
	    log((s->np + 1.0) / 0.5);
}

void
seg_headline_terms(struct seg *s, struct seg_headline *h)
{
	/* (title, subtitle and kicker, a space between: copied, not
	 * printed with a format, measured and printed again) */
	size_t nt = strlen(h->title), ns = strlen(h->subtitle),
	    nk = strlen(h->kicker);
	char *t = xmalloc(nt + ns + nk + 3);
	size_t k, n = 0;
	char **v;

	memcpy(t, h->title, nt);
	t[nt] = ' ';
	memcpy(t + nt + 1, h->subtitle, ns);
	t[nt + 1 + ns] = ' ';
	memcpy(t + nt + ns + 2, h->kicker, nk + 1);

	free(h->bg);
	free(h->idf);
	h->bg = seg_bigrams(t, &h->nbg);
	free(t);
	h->idf = xcalloc(h->nbg + 1, sizeof *h->idf);
	h->total = 0;
	for (k = 0; k < h->nbg; k++)
		h->total += (h->idf[k] = seg_idf(s, h->bg[k]));
	for (k = 0; k < h->nnames; k++)
		free(h->names[k]);
	free(h->names);
	v = seg_names(h->byline, &n);
	h->names = v;
	h->nnames = n;
	free(h->speaker);
	h->speaker = seg_title_name(h->title);
}

int
seg_names_in(const struct seg *s, const struct seg_headline *h, size_t p)
{
	size_t k;
	const char *text = s->it[s->paras[p]].text;

	if (h->speaker != NULL && strstr(text, h->speaker) != NULL)
		return 2;
	for (k = 0; k < h->nnames; k++)
		if (strstr(text, h->names[k]) != NULL)
			return 1;
	return 0;
}

/*
 * Mark in cand the paragraphs where word w can stand: those holding its
 * first two characters as a bigram of the index (a text holding w holds
 * them side by side), or all if they are no such pair (a word of one
 * character, or not of Han ones).
 */
static void
word_candidates(const struct seg *s, const char *w, char *cand)
{
	uint32_t c;
	size_t k, at, i;
	uint64_t pair[3];
	char *two;

	k = (size_t)utf8_next(w, strlen(w), &c);
	k += (size_t)utf8_next(w + k, strlen(w + k), &c);
	two = xstrndup(w, k);
	if (seg_han_pairs(two, pair) != 1) {
		memset(cand, 1, s->np);
		free(two);
		return;
	}
	free(two);
	if ((at = seg_df_at(s, pair[0])) >= s->ndf)
		return;
	for (i = s->post0[at]; i < s->post0[at + 1]; i++)
		cand[s->post[i]] = 1;
}

/* The names are looked for only in the paragraphs that can hold one
 * (word_candidates): a search of every paragraph for every headline's
 * names was 1 % of segmenting a page. */
void
seg_names_all(const struct seg *s, const struct seg_headline *h, char *out)
{
	char *cand;
	size_t k, p;

	memset(out, 0, s->np);
	if (h->speaker == NULL && h->nnames == 0)
		return;
	cand = xcalloc(s->np + 1, 1);
	if (h->speaker != NULL)
		word_candidates(s, h->speaker, cand);
	for (k = 0; k < h->nnames; k++)
		word_candidates(s, h->names[k], cand);
	for (p = 0; p < s->np; p++)
		if (cand[p])
			out[p] = (char)seg_names_in(s, h, p);
	free(cand);
}

/*
 * One side of a cohesion: the distinct bigrams of paragraphs [a, b] that
 * weigh in it (index_repeated) in ascending order, as a list: one paragraph's, or two's (merged once by
 * seg_index), or a wider window's merged here from those of two: half
 * the merges of one paragraph at a time, and a walk over arrays, where
 * reading the paragraphs' lists in place took a pass over all of them
 * for each bigram (1 % of segmenting a page).
 */
struct side {
	const uint32_t *v, *end;
	uint32_t *own;       /* the merged list, if one was made */
};

static void
side_open(struct side *d, const struct seg *s, size_t a, size_t b)
{
	size_t i, k, total = 0;
	uint32_t *v, *t, *u;

	d->own = NULL;
	if (a == b) {
		d->v = s->pdr[a];
		d->end = d->v + s->npdr[a];
		return;
	}
	if (b == a + 1) {
		d->v = s->pu[a];
		d->end = d->v + s->npu[a];
		return;
	}
	for (i = a; i <= b; i++)
		total += s->npdr[i];
	v = xreallocarray(NULL, total + 1, sizeof *v);
	t = xreallocarray(NULL, total + 1, sizeof *t);
	memcpy(v, s->pu[a], s->npu[a] * sizeof *v);
	k = s->npu[a];
	for (i = a + 2; i <= b; i += 2) {
		if (i + 1 <= b)
			k = merge(v, k, s->pu[i], s->npu[i], t);
		else
			k = merge(v, k, s->pdr[i], s->npdr[i], t);
		u = v;
		v = t;
		t = u;
	}
	free(t);
	d->own = v;
	d->v = v;
	d->end = v + k;
}

/* The first of n fresh marks of a side's bigrams (tag[].mark), every
 * mark cleared once if the numbers wrap: seg_cohesion marks its side B
 * with one, seg_share its two sides and their common bigrams with
 * three. */
static uint32_t
fresh_marks(const struct seg *s, uint32_t n)
{
	uint32_t m = s->tag[s->ndf].mark + 1;
	size_t i;

	if (m == 0 || m + (n - 1) < m) {
		for (i = 0; i < s->ndf; i++)
			s->tag[i].mark = 0;
		m = 1;
	}
	s->tag[s->ndf].mark = m + (n - 1);
	return m;
}

/* The share of the rare words of paragraphs [a0, a1] and [b0, b1] that
 * both hold: wa, wb and both added up over the two windows' bigrams in
 * ascending order (the order fixes the sums to the last bit). Each sum
 * is a walk of its own, with the bigrams of B marked for the one over
 * both (a bigram of both is in two paragraphs, so its weight in wa and
 * wb is its idf): no merge of the two lists, whose unpredictable
 * branches made cohesion the costliest step of segmenting in time. */
double
seg_cohesion(const struct seg *s, size_t a0, size_t a1, size_t b0,
    size_t b1)
{
	static const double zero_one[2] = { 0.0, 1.0 };
	double wa = 0, wb = 0, both = 0, w;
	struct side A, B;
	const uint32_t *a, *b;
	struct seg_bgtag *tag = s->tag;
	const double *wi = s->idfw;
	uint32_t mark;

	if (a0 > a1 || b0 > b1)
		return 0;
	side_open(&A, s, a0, a1);
	side_open(&B, s, b0, b1);
	/* The words the page repeats (a word in one paragraph only says
	 * nothing about two sides), weighted by rarity. */
	/* B's bigrams are marked with this call's number, so that no walk
	 * unmarks them after (a third walk over B, a quarter of this
	 * function); every mark is cleared once if the numbers wrap. */
	mark = fresh_marks(s, 1);
	/* (The sides hold only bigrams that weigh (index_repeated): their
	 * weight in cohesion is their idf, read once for both of A's
	 * sums.) */
	for (b = B.v; b < B.end; b++) {
		wb += wi[tag[*b].count];
		tag[*b].mark = mark;
	}
	/* (A's two sums in one walk; a bigram not in B adds nothing to
	 * both, not even a zero's rounding: an idf is above 0) */
	/* (and without a branch on whether a bigram is in B: the weight
	 * times 0 or 1, exactly 0 or itself, where the test was missed on
	 * about one bigram in twelve) */
	for (a = A.v; a < A.end; a++) {
		const struct seg_bgtag *g = &tag[*a];
		w = wi[g->count];
		wa += w;
		both += w * zero_one[g->mark == mark];
	}
	free(A.own);
	free(B.own);
	return wa > 0 && wb > 0 ? both / sqrt(wa * wb) : 0;
}

/*
 * seg_cohesion's measure for wide windows (many paragraphs a side): the
 * distinct bigrams of each side (those that weigh: index_repeated)
 * found by marking them as each paragraph's list is walked, not by merging the lists (merging six
 * paragraphs a side at every gap was a tenth of segmenting a page).
 * The sums run in the paragraphs' order, not the bigrams': equal to
 * seg_cohesion's but for the last bits.
 */
static double
share(const struct seg *s, size_t a0, size_t a1, size_t b0, size_t b1,
    double below)
{
	static const double zero_one[2] = { 0.0, 1.0 };
	double wa = 0, wb = 0, both = 0;
	uint32_t mb, ma, mab;
	const uint32_t *v, *end;
	struct seg_bgtag *tag = s->tag, *g;
	const double *wi = s->idfw;
	/* (the most a bigram of the lists weighs: idf falls with the
	 * count, and the lists hold counts of COHESION_MIN_COUNT up) */
	double wmax = s->np >= COHESION_MIN_COUNT ? wi[COHESION_MIN_COUNT] : 0;
	size_t p, q, left;

	if (a0 > a1 || b0 > b1)
		return 0;
	mb = fresh_marks(s, 3);  /* in B */
	ma = mb + 1;             /* in A, not in B */
	mab = mb + 2;            /* in both, seen in A */
	/* (Without a branch on whether a bigram was met before: which
	 * repeat is at random, and the branch was missed on about one
	 * bigram in five, a tenth of all missed branches of segmenting. A
	 * weight times 0 or 1 is 0 or itself, exactly; a bigram met again
	 * adds 0, which leaves a sum as it was to the last bit: every
	 * weight is finite and not below 0.) */
	/* (The lists hold only bigrams that weigh, COHESION_MIN_COUNT
	 * paragraphs or more: their weight ws[] is their idf wi[], read
	 * once for both sums of A.) */
	for (p = b0; p <= b1; p++)
		for (v = s->pdr[p], end = v + s->npdr[p]; v < end; v++) {
			g = &tag[*v];
			wb += wi[g->count] * zero_one[g->mark != mb];
			g->mark = mb;
		}
	for (p = a0; p <= a1; p++) {
		for (v = s->pdr[p], end = v + s->npdr[p]; v < end; v++) {
			uint32_t m;
			int fresh, inb;
			double w;
			g = &tag[*v];
			m = g->mark;
			w = wi[g->count];
			fresh = m - ma > 1;   /* not ma, not mab */
			inb = m == mb;
			wa += w * zero_one[fresh];
			both += w * zero_one[fresh & inb];
			/* (met in B before, or in both: mab; else ma) */
			g->mark = ma + (uint32_t)(inb | (m == mab));
		}
		/* Past a paragraph of A, whether the share is already
		 * sure to reach below: wa grows by at most the weight of
		 * the bigrams left, both does not fall. (A margin far above
		 * the sums' rounding.) Most gaps asked share several times
		 * below: about half of A's walk is left. */
		if (below > 0 && p < a1 && wb > 0) {
			for (q = p + 1, left = 0; q <= a1; q++)
				left += s->npdr[q];
			if (both > below * sqrt((wa + (double)left * wmax) *
			    wb) * (1 + SHARE_BOUND_SLACK))
				return below;
		}
	}
	return wa > 0 && wb > 0 ? both / sqrt(wa * wb) : 0;
}

double
seg_share(const struct seg *s, size_t a0, size_t a1, size_t b0, size_t b1)
{
	return share(s, a0, a1, b0, b1, 0);
}

int
seg_share_below(const struct seg *s, size_t a0, size_t a1, size_t b0,
    size_t b1, double below)
{
	return share(s, a0, a1, b0, b1, below) < below;
}

/*
 * seg_share_below's answer for a gap's two windows where the gaps after
 * it ask again of windows moved on by a paragraph or two: each side
 * counts, per bigram, the paragraphs holding it (in[]), and per count
 * (which fixes a bigram's weight) the distinct bigrams of A, of B and of
 * both (dist[]); a paragraph entering or leaving a side walks its list
 * once, where each gap walked up to twelve paragraphs' lists. The sums
 * from those counts add the weights in another order than share's
 * walk, so they differ from its sums in the last bits at most (far below
 * SHARE_BOUND_SLACK): an answer that clear of `below` is share's; a
 * nearer one is asked of share.
 */
struct seg_windows {
	uint16_t (*in)[2];   /* per bigram: paragraphs of side A, B holding it
	                        (a part has fewer than 65,536 lines) */
	size_t *dist[3];     /* per count: distinct bigrams of A, B, both */
	size_t lo[2], hi[2]; /* each side's paragraphs [lo, hi) */
};

struct seg_windows *
seg_windows_new(const struct seg *s)
{
	struct seg_windows *w = xcalloc(1, sizeof *w);
	int k;

	w->in = xcalloc(s->ndf + 1, sizeof *w->in);
	for (k = 0; k < 3; k++)
		w->dist[k] = xcalloc(s->np + 1, sizeof *w->dist[k]);
	return w;
}

/* Paragraph p's bigrams (those that weigh: index_repeated) added to side
 * k (add 1) or taken from it (add 0). */
static void
windows_para(struct seg_windows *w, const struct seg *s, int k, size_t p,
    int add)
{
	const uint32_t *v = s->pdr[p], *end = v + s->npdr[p];
	size_t *dist = w->dist[k], *both = w->dist[2];

	/* (Without a branch on whether the bigram is new to the side or
	 * leaves it: which is at random, and the branch was missed about
	 * every other time, a twentieth of segmenting's time; a count
	 * that does not change gets 0 added.) */
	if (add)
		for (; v < end; v++) {
			uint16_t *in = w->in[*v];
			uint32_t c = s->tag[*v].count;
			size_t fresh = in[k]++ == 0;
			dist[c] += fresh;
			both[c] += fresh & (in[!k] > 0);
		}
	else
		for (; v < end; v++) {
			uint16_t *in = w->in[*v];
			uint32_t c = s->tag[*v].count;
			size_t gone = --in[k] == 0;
			dist[c] -= gone;
			both[c] -= gone & (in[!k] > 0);
		}
}

/* Side k moved to paragraphs [lo, hi). */
static void
windows_move(struct seg_windows *w, const struct seg *s, int k, size_t lo,
    size_t hi)
{
	size_t p;

	for (p = w->lo[k]; p < w->hi[k]; p++)
		if (p < lo || p >= hi)
			windows_para(w, s, k, p, 0);
	for (p = lo; p < hi; p++)
		if (p < w->lo[k] || p >= w->hi[k])
			windows_para(w, s, k, p, 1);
	w->lo[k] = lo;
	w->hi[k] = hi;
}

void
seg_windows_free(struct seg_windows *w)
{
	int k;

	if (w == NULL)
		return;
	free(w->in);
	for (k = 0; k < 3; k++)
		free(w->dist[k]);
	free(w);
}

int
seg_windows_share_below(struct seg_windows *w, const struct seg *s,
    size_t a0, size_t a1, size_t b0, size_t b1, double below)
{
	const double *wi = s->idfw;
	double wa = 0, wb = 0, both = 0, x;
	size_t c;

	if (a0 > a1 || b0 > b1)
		return 0 < below;
	windows_move(w, s, 0, a0, a1 + 1);
	windows_move(w, s, 1, b0, b1 + 1);
	/* (a side holding no bigram sums to 0 in share too, and a side
	 * holding one to above 0: every idf is) */
	for (c = COHESION_MIN_COUNT; c <= s->np; c++) {
		wa += (double)w->dist[0][c] * wi[c];
		wb += (double)w->dist[1][c] * wi[c];
		both += (double)w->dist[2][c] * wi[c];
	}
	if (!(wa > 0 && wb > 0) || both == 0)
		return 0 < below;
	x = both / sqrt(wa * wb);
	if (x < below * (1 - SHARE_BOUND_SLACK))
		return 1;
	if (x > below * (1 + SHARE_BOUND_SLACK))
		return 0;
	return seg_share_below(s, a0, a1, b0, b1, below);
}

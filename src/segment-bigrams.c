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

void
seg_keyset_add(uint64_t *t, size_t mask, uint64_t x)
{
	size_t h;

	for (h = key_slot(x, mask); t[h] != 0 && t[h] != x; h = (h + 1) & mask)
		;
	t[h] = x;
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
	size_t h;

	for (h = key_slot(x, mask); t[h] != 0; h = (h + 1) & mask)
		if (t[h] == x)
			return 1;
	return 0;
}

/*
 * Bigram keys to dense ids, in the order first met: an open-addressing
 * table (keys are never 0: a pair's first code point is a Han one). The
 * page's paragraphs hold about ten thousand pairs; looking each up here
 * replaces sorting them (per paragraph, then all of them with their
 * paragraph: 11 % of segmenting, perf on 500 make-archive pages).
 */
struct keymap {
	struct seg_slot *t;  /* key 0: empty */
	size_t mask;     /* slots - 1, slots a power of two */
	size_t n;        /* ids given */
};

/* A table for up to n keys, at most three quarters full (most keys
 * come more than once: it is seldom half full). A key, its id and its
 * stamp share a slot: one line of the cache a look-up, where the keys
 * and the ids in arrays of their own missed twice. */
static void
keymap_init(struct keymap *m, size_t n)
{
	size_t slots = 16;

	while (slots < n + n / 3 + 2)
		slots *= 2;
	m->t = xcalloc(slots, sizeof *m->t);
	m->mask = slots - 1;
	m->n = 0;
}

/* The slot of key x, which the map holds. */
static size_t
keymap_slot(const struct keymap *m, uint64_t x)
{
	size_t h = key_slot(x, m->mask);

	while (m->t[h].key != x)
		h = (h + 1) & m->mask;
	return h;
}

/* Key x's slot, given the next id (and stamp 0) now if it had none. */
static struct seg_slot *
keymap_find(struct keymap *m, uint64_t x)
{
	size_t h = key_slot(x, m->mask);

	while (m->t[h].key != 0) {
		if (m->t[h].key == x)
			return &m->t[h];
		h = (h + 1) & m->mask;
	}
	m->t[h].key = x;
	m->t[h].id = (uint32_t)m->n++;
	m->t[h].stamp = 0;
	return &m->t[h];
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

/*
 * The Han pairs of paragraph item it into out, as seg_han_pairs finds
 * them in its text: taken from its lines' pairs (seg_read_lines) when
 * the text is its live lines' texts one after another, as read, with a
 * pair across each cut where two Han characters meet there; else found
 * in the text.
 */
static size_t
para_pairs(const struct seg *s, const struct seg_item *it, uint64_t *out)
{
	const char *t = it->text;
	size_t tlen = strlen(t), at = 0, k = 0, i;
	uint32_t prev = 0;

	for (i = it->first; i <= it->last && i < s->nl && s->lp != NULL; i++) {
		const struct seg_line *l = &s->l[i];
		const struct seg_line_pairs *lp = &s->lp[i];
		if (l->gone)
			continue;
		if (l->text != lp->text || l->nch != lp->nch ||
		    tlen - at < lp->len || memcmp(t + at, l->text, lp->len) != 0)
			return seg_han_pairs(t, out);
		if (prev != 0 && clean_is_han(l->first))
			out[k++] = (uint64_t)prev << 32 | l->first;
		memcpy(out + k, s->lpairs + lp->off, lp->n * sizeof *out);
		k += lp->n;
		prev = clean_is_han(l->last) ? l->last : 0;
		at += lp->len;
	}
	return at == tlen && at > 0 ? k : seg_han_pairs(t, out);
}

/*
 * The index, built in time of the page's pairs: each paragraph's pairs
 * get ids (keymap) and are kept once each (a stamp per id); one sort of
 * the distinct keys gives their order; postings and each paragraph's
 * bigram indices are then filled in ascending order by walking ids in
 * key order and paragraphs in page order -- the same arrays the sorts
 * gave.
 */
void
seg_index(struct seg *s)
{
	size_t i, j, total = 0, cap = 0, npairs = 0, at, *off;
	uint64_t *pairs, *order;
	uint32_t *ids, *rank, *postkey, *df, *next, x;
	double *idf;
	struct keymap m;

	/* Every paragraph's pairs, one after another (paragraph i's from
	 * off[i]): a pair is two Han characters, three bytes each, so a
	 * third as many as bytes is room enough; the tables below are sized
	 * by the pairs found, small enough to stay in the cache. */
	for (i = 0; i < s->np; i++)
		cap += strlen(s->it[s->paras[i]].text) / 3 + 1;
	pairs = xreallocarray(NULL, cap + 1, sizeof *pairs);
	off = xreallocarray(NULL, s->np + 1, sizeof *off);
	for (i = 0; i < s->np; i++) {
		off[i] = npairs;
		npairs += para_pairs(s, &s->it[s->paras[i]], pairs + npairs);
	}
	free(s->lpairs);
	free(s->lp);
	s->lpairs = NULL;
	s->lp = NULL;
	off[s->np] = npairs;
	keymap_init(&m, npairs);
	s->npbg = xcalloc(s->np + 1, sizeof *s->npbg);
	/* Paragraph i's distinct ids, from ids[off[i]]. */
	ids = xreallocarray(NULL, npairs + 1, sizeof *ids);
	/* Each id's count, set when the id is given; the paragraph (+1)
	 * that met it last is its slot's stamp, read in the line of the
	 * cache the look-up brought. */
	df = xreallocarray(NULL, npairs + 1, sizeof *df);
	/* The distinct keys by id, as they are given (not found by a walk
	 * over the whole table afterwards). */
	order = xreallocarray(NULL, npairs + 1, sizeof *order);
	for (i = 0; i < s->np; i++) {
		/* (counted in a local: a store through ids may change npbg) */
		size_t k = off[i];
		for (j = off[i]; j < off[i + 1]; j++) {
			size_t given = m.n;
			struct seg_slot *t = keymap_find(&m, pairs[j]);
			x = t->id;
			if (m.n != given) {
				order[x] = pairs[j];
				df[x] = 0;
			}
			if (t->stamp == (uint32_t)i + 1)
				continue;
			t->stamp = (uint32_t)i + 1;
			df[x]++;
			ids[k++] = x;
		}
		s->npbg[i] = k - off[i];
		total += s->npbg[i];
	}
	/* The distinct keys in order (sorted alone: fewer bytes vary than
	 * with their ids beside them), rank[id] the id's place. */
	s->ndf = m.n;
	sort_u64(order, m.n);
	rank = xreallocarray(NULL, m.n + 1, sizeof *rank);
	s->dfk = xreallocarray(NULL, m.n + 1, sizeof *s->dfk);
	s->dfc = xreallocarray(NULL, m.n + 1, sizeof *s->dfc);
	s->post0 = xreallocarray(NULL, m.n + 2, sizeof *s->post0);
	s->post = xreallocarray(NULL, total + 1, sizeof *s->post);
	for (i = 0, at = 0; i < m.n; i++) {
		size_t h = keymap_slot(&m, order[i]);
		x = m.t[h].id;
		rank[x] = (uint32_t)i;
		/* (the table keeps the rank from here on: seg_df_at) */
		m.t[h].id = (uint32_t)i;
		s->dfk[i] = order[i];
		s->dfc[i] = df[x];
		s->post0[i] = at;
		at += df[x];
	}
	s->post0[m.n] = total;
	/* Postings: paragraphs in page order, so each list ascends. Where
	 * each bigram's next one goes is kept in one array of 32 bits (the
	 * df array, done with: post0 and a count beside it were twice the
	 * bytes, past the first-level cache, and this loop's misses were a
	 * third of seg_index's). */
	next = df;
	for (i = 0; i < m.n; i++)
		next[i] = (uint32_t)s->post0[i];
	/* (each posting's bigram beside it, in postkey: the lists below
	 * are then filled in one walk over the postings, where a walk of
	 * each bigram's few missed its end at random) */
	postkey = xreallocarray(NULL, total + 1, sizeof *postkey);
	for (i = 0; i < s->np; i++)
		for (j = 0; j < s->npbg[i]; j++) {
			uint32_t r = rank[ids[off[i] + j]];
			postkey[next[r]] = r;
			s->post[next[r]++] = (uint32_t)i;
		}
	/* Each paragraph's indices: bigrams in key order, for all
	 * paragraphs in one block (pdi[0]: seg_free), not an allocation a
	 * paragraph. (Their keys are not kept beside them, a copy of dfk
	 * the size of all postings: the one reader, the lead-in test of
	 * seg_assemble, reads dfk[pdi[p][k]].) */
	s->pdi = xcalloc(s->np + 1, sizeof *s->pdi);
	s->pdi[0] = xreallocarray(NULL, total + 1, sizeof **s->pdi);
	for (i = 0, at = 0; i < s->np; i++) {
		s->pdi[i] = s->pdi[0] + at;
		at += s->npbg[i];
		s->npbg[i] = 0;
	}
	for (j = 0; j < total; j++) {
		size_t p = s->post[j];
		s->pdi[p][s->npbg[p]++] = postkey[j];
	}
	free(postkey);
	/* Each two paragraphs side by side, merged (cohesion), in one
	 * block (pu[0]: seg_free): a pair's list at most the two's. */
	s->pu = xcalloc(s->np + 1, sizeof *s->pu);
	s->npu = xcalloc(s->np + 1, sizeof *s->npu);
	s->pu[0] = xreallocarray(NULL, 2 * total + 1, sizeof **s->pu);
	for (i = 0, at = 0; i + 1 < s->np; i++) {
		s->pu[i] = s->pu[0] + at;
		s->npu[i] = merge(s->pdi[i], s->npbg[i], s->pdi[i + 1],
		    s->npbg[i + 1], s->pu[i]);
		at += s->npu[i];
	}
	s->inb = xcalloc(m.n + 1, sizeof *s->inb);
	free(ids);
	free(off);
	free(order);
	free(df);
	/* The keymap kept to find a bigram's index in dfk (seg_df_at):
	 * each id was turned into its rank above. */
	s->dft = m.t;
	s->dfmask = m.mask;
	free(rank);
	free(pairs);
	/* Weights, computed once: cohesion walks them for every gap. A
	 * bigram's idf depends on its count alone (1 .. np): one log a
	 * count, not one a bigram. */
	s->dfi = xreallocarray(NULL, s->ndf + 1, sizeof *s->dfi);
	s->dfs = xreallocarray(NULL, s->ndf + 1, sizeof *s->dfs);
	idf = xreallocarray(NULL, s->np + 1, sizeof *idf);
	for (i = 1; i <= s->np; i++)
		idf[i] = log((s->np + 1.0) / ((double)i + 0.5));
	for (i = 0; i < s->ndf; i++) {
		s->dfi[i] = idf[s->dfc[i]];
		s->dfs[i] = s->dfc[i] >= 2 ? s->dfi[i] : 0;
	}
	free(idf);
}

/* Index of bigram x in s->dfk, or s->ndf: a look-up in the index's key
 * table, where a binary search of dfk missed its branches at random (the
 * headlines' bigrams are looked up for every headline, and again for
 * every caption and block a page weighs). */
static size_t
seg_df_at(const struct seg *s, uint64_t x)
{
	size_t h;

	if (s->dft == NULL)
		return s->ndf;
	for (h = key_slot(x, s->dfmask); s->dft[h].key != 0;
	    h = (h + 1) & s->dfmask)
		if (s->dft[h].key == x)
			return s->dft[h].id;
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

	return k < s->ndf ? s->dfi[k] : log((s->np + 1.0) / 0.5);
}

void
seg_headline_terms(struct seg *s, struct seg_headline *h)
{
	char *t = xasprintf("%s %s %s", h->title, h->subtitle, h->kicker);
	size_t k, n = 0;
	char **v;

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
 * One side of a cohesion: the distinct bigrams of paragraphs [a, b] in
 * ascending order, as a list: one paragraph's, or two's (merged once by
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
		d->v = s->pdi[a];
		d->end = d->v + s->npbg[a];
		return;
	}
	if (b == a + 1) {
		d->v = s->pu[a];
		d->end = d->v + s->npu[a];
		return;
	}
	for (i = a; i <= b; i++)
		total += s->npbg[i];
	v = xreallocarray(NULL, total + 1, sizeof *v);
	t = xreallocarray(NULL, total + 1, sizeof *t);
	memcpy(v, s->pu[a], s->npu[a] * sizeof *v);
	k = s->npu[a];
	for (i = a + 2; i <= b; i += 2) {
		if (i + 1 <= b)
			k = merge(v, k, s->pu[i], s->npu[i], t);
		else
			k = merge(v, k, s->pdi[i], s->npbg[i], t);
		u = v;
		v = t;
		t = u;
	}
	free(t);
	d->own = v;
	d->v = v;
	d->end = v + k;
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
	double wa = 0, wb = 0, both = 0, w;
	struct side A, B;
	const uint32_t *a, *b;
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
	if ((mark = ++s->inb[s->ndf]) == 0) {
		memset(s->inb, 0, s->ndf * sizeof *s->inb);
		mark = s->inb[s->ndf] = 1;
	}
	for (b = B.v; b < B.end; b++) {
		wb += s->dfs[*b];
		s->inb[*b] = mark;
	}
	/* (A's two sums in one walk; a bigram not in B adds nothing to
	 * both, not even a zero's rounding: an idf is above 0) */
	for (a = A.v; a < A.end; a++) {
		wa += s->dfs[*a];
		w = s->inb[*a] == mark ? s->dfi[*a] : 0;
		both += w;
	}
	free(A.own);
	free(B.own);
	return wa > 0 && wb > 0 ? both / sqrt(wa * wb) : 0;
}

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

/* Under this many keys, an insertion sort beats the radix sort's passes. */
#define SMALL_SORT 48

/* Sort bigram keys (two code points in 64 bits): an LSD radix sort that
 * skips the bytes that do not vary (qsort's compare calls showed). */
void
seg_sort_u64(uint64_t *v, size_t n)
{
	uint64_t *tmp, all = ~(uint64_t)0, any = 0, x;
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
	/* Bytes that are the same in every key need no pass. */
	for (i = 0; i < n; i++) {
		all &= v[i];
		any |= v[i];
	}
	tmp = xreallocarray(NULL, n, sizeof *tmp);
	for (shift = 0; shift < 64; shift += 8) {
		size_t sum = 0;
		if ((((all ^ any) >> shift) & 0xFF) == 0)
			continue;
		memset(count, 0, sizeof count);
		for (i = 0; i < n; i++)
			count[(v[i] >> shift) & 0xFF]++;
		for (i = 0; i < 256; i++) {
			size_t c = count[i];
			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			tmp[count[(v[i] >> shift) & 0xFF]++] = v[i];
		memcpy(v, tmp, n * sizeof *v);
	}
	free(tmp);
}

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

size_t
seg_han_pairs(const char *s, uint64_t *out)
{
	size_t len = strlen(s), i = 0, k = 0;
	uint32_t prev = 0, cur;

	while (i < len) {
		i += (size_t)utf8_next(s + i, len - i, &cur);
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

	seg_sort_u64(v, k);
	for (i = j = 0; i < k; i++)
		if (j == 0 || v[j - 1] != v[i])
			v[j++] = v[i];
	*n = j;
	return v;
}

/* A bigram key (two code points of 21 bits) and a paragraph index in
 * one 64-bit key, to sort both at once. */
#define PARA_BITS 22
#define PACK(bg, p) ((((bg) >> 32) << (21 + PARA_BITS)) | \
	(((bg) & 0x1FFFFF) << PARA_BITS) | (uint64_t)(p))
#define KEY_OF(x) ((((x) >> (21 + PARA_BITS)) << 32) | \
	(((x) >> PARA_BITS) & 0x1FFFFF))

void
seg_index(struct seg *s)
{
	size_t i, total = 0, k = 0, j, *fill;
	uint64_t *all;

	s->pbg = xcalloc(s->np + 1, sizeof *s->pbg);
	s->npbg = xcalloc(s->np + 1, sizeof *s->npbg);
	for (i = 0; i < s->np; i++) {
		const struct seg_item *it = &s->it[s->paras[i]];
		s->pbg[i] = seg_bigrams(it->text, &s->npbg[i]);
		total += s->npbg[i];
	}
	/*
	 * Every (bigram, paragraph) once, sorted by bigram then paragraph:
	 * one walk gives the distinct bigrams and their document frequencies,
	 * each paragraph's bigrams as indices into them (ascending), and each
	 * bigram's paragraphs (the postings that affinity adds up).
	 */
	all = xreallocarray(NULL, total + 1, sizeof *all);
	for (i = 0; i < s->np; i++)
		for (j = 0; j < s->npbg[i]; j++)
			all[k++] = PACK(s->pbg[i][j], i);
	seg_sort_u64(all, total);
	s->dfk = xreallocarray(NULL, total + 1, sizeof *s->dfk);
	s->dfc = xreallocarray(NULL, total + 1, sizeof *s->dfc);
	s->post0 = xreallocarray(NULL, total + 2, sizeof *s->post0);
	s->post = xreallocarray(NULL, total + 1, sizeof *s->post);
	s->pdi = xcalloc(s->np + 1, sizeof *s->pdi);
	fill = xcalloc(s->np + 1, sizeof *fill);
	for (i = 0; i < s->np; i++)
		s->pdi[i] = xreallocarray(NULL, s->npbg[i] + 1, sizeof **s->pdi);
	s->ndf = 0;
	for (i = 0; i < total; i++) {
		uint64_t key = KEY_OF(all[i]);
		size_t p = (size_t)(all[i] & (((uint64_t)1 << PARA_BITS) - 1));
		if (s->ndf == 0 || s->dfk[s->ndf - 1] != key) {
			s->post0[s->ndf] = i;
			s->dfk[s->ndf] = key;
			s->dfc[s->ndf++] = 0;
		}
		s->dfc[s->ndf - 1]++;
		s->post[i] = (uint32_t)p;
		s->pdi[p][fill[p]++] = (uint32_t)(s->ndf - 1);
	}
	s->post0[s->ndf] = total;
	free(fill);
	free(all);
	/* Weights, computed once: cohesion walks them for every gap. */
	s->dfi = xreallocarray(NULL, s->ndf + 1, sizeof *s->dfi);
	s->dfs = xreallocarray(NULL, s->ndf + 1, sizeof *s->dfs);
	for (i = 0; i < s->ndf; i++) {
		s->dfi[i] = log((s->np + 1.0) / ((double)s->dfc[i] + 0.5));
		s->dfs[i] = s->dfc[i] >= 2 ? s->dfi[i] : 0;
	}
}

void
seg_affinities(const struct seg *s, const struct seg_headline *h, double *out)
{
	size_t k, i, at;

	memset(out, 0, (s->np + 1) * sizeof *out);
	if (h->total <= 0)
		return;
	for (k = 0; k < h->nbg; k++) {
		if ((at = find_u64(s->dfk, s->ndf, h->bg[k])) >= s->ndf)
			continue;
		for (i = s->post0[at]; i < s->post0[at + 1]; i++)
			out[s->post[i]] += h->idf[k];
	}
	for (i = 0; i < s->np; i++)
		out[i] /= h->total;
}

double
seg_idf(const struct seg *s, uint64_t x)
{
	size_t k = find_u64(s->dfk, s->ndf, x);

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

/* Merge the sorted distinct x[0..nx) and y[0..ny) into out (distinct,
 * sorted); returns its length. */
static size_t
merge(const uint32_t *x, size_t nx, const uint32_t *y, size_t ny,
    uint32_t *out)
{
	size_t i = 0, j = 0, k = 0;

	while (i < nx || j < ny) {
		if (j >= ny || (i < nx && x[i] < y[j]))
			out[k++] = x[i++];
		else if (i >= nx || y[j] < x[i])
			out[k++] = y[j++];
		else {
			out[k++] = x[i++];
			j++;
		}
	}
	return k;
}

/* Distinct bigrams of paragraphs [a, b] as sorted indices into s->dfk
 * (caller frees): the paragraphs' sets merged one after another. */
static uint32_t *
window(const struct seg *s, size_t a, size_t b, size_t *n)
{
	size_t i, k, total = 0;
	uint32_t *v, *t;

	for (i = a; i <= b; i++)
		total += s->npbg[i];
	v = xreallocarray(NULL, total + 1, sizeof *v);
	t = xreallocarray(NULL, total + 1, sizeof *t);
	memcpy(v, s->pdi[a], s->npbg[a] * sizeof *v);
	k = s->npbg[a];
	for (i = a + 1; i <= b; i++) {
		uint32_t *u;
		k = merge(v, k, s->pdi[i], s->npbg[i], t);
		u = v;
		v = t;
		t = u;
	}
	free(t);
	*n = k;
	return v;
}

double
seg_cohesion(const struct seg *s, size_t a0, size_t a1, size_t b0,
    size_t b1)
{
	size_t na, nb, i = 0, j = 0;
	uint32_t *a = window(s, a0, a1, &na), *b = window(s, b0, b1, &nb);
	double wa = 0, wb = 0, both = 0, w;

	/* The words the page repeats (a word in one paragraph only says
	 * nothing about two sides), weighted by rarity. */
	while (i < na || j < nb) {
		if (j >= nb || (i < na && a[i] < b[j])) {
			wa += s->dfs[a[i++]];
		} else if (i >= na || b[j] < a[i]) {
			wb += s->dfs[b[j++]];
		} else {
			w = s->dfi[a[i]];
			wa += w;
			wb += w;
			both += w;
			i++;
			j++;
		}
	}
	free(a);
	free(b);
	return wa > 0 && wb > 0 ? both / sqrt(wa * wb) : 0;
}

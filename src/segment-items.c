/*
 * segment-items.c: from labelled lines to items in page order. START and
 * CONT lines join into paragraphs (SPEC import 2), runs of HEAD lines
 * make headline blocks, captions come back where they stood, credits
 * stay items of their own; then repeated paragraphs are dropped (SPEC
 * import 5).
 */
#include <stdlib.h>
#include <string.h>

#include "lreader/clean.h"
#include "lreader/util.h"
#include "segment-int.h"

struct seg_item *
seg_add_item(struct seg *s, enum ikind kind)
{
	struct seg_item *it;

	/* Room doubled when the count reaches a power of two (s->it is
	 * made here alone, and nit never grows elsewhere): one realloc an
	 * item was a copy of the list at each. */
	if ((s->nit & (s->nit - 1)) == 0)
		s->it = xreallocarray(s->it, s->nit ? 2 * s->nit : 1,
		    sizeof *s->it);
	it = &s->it[s->nit++];
	memset(it, 0, sizeof *it);
	it->kind = kind;
	it->body = -1;
	return it;
}

/* The paragraph being built from lines. */
struct open_para {
	struct buf text;     /* owned */
	int open;            /* a paragraph is being built */
	size_t first, last;  /* its line range */
	unsigned dateline : 1, source : 1, signoff : 1;
};

/* Whether text, its last m bytes a mark, ends a statement with 。 before
 * it (a teaser's title may end in ？ or ！; a full stop ends prose). */
static int
ends_before_mark(const char *text, size_t m)
{
	size_t n = strlen(text) - m;

	while (n > 0 && text[n - 1] == ' ')
		n--;
	return n >= strlen("。") && memcmp(text + n - strlen("。"), "。",
	    strlen("。")) == 0;
}

static void
close_para(struct seg *s, struct open_para *op)
{
	struct seg_item *it;
	size_t m;

	if (!op->open)
		return;
	it = seg_add_item(s, I_PARA);
	/* (a copy of its size: the buffer, kept for the next paragraph,
	 * grows once a page, not again from nothing for every paragraph,
	 * each growth a copy: 1 % of segmenting's instructions) */
	it->text = xstrndup(op->text.data, op->text.len);
	op->open = 0;
	it->first = op->first;
	it->last = op->last;
	it->dateline = op->dateline;
	it->source = op->source;
	/* (a speech's close, 谢谢大家！, a line alone, closes its text as
	 * a notice's issuer does: the text before it is its own) */
	it->signoff = op->signoff || (op->first == op->last &&
	    s->l[op->first].address && !s->l[op->first].colon &&
	    !s->l[op->first].docnum && !s->l[op->first].dated);
	/* (a speech's date a narrow column wrapped, （2026年12月18日 /
	 * 离石）, is as much its frame as on one line: mark_cut_dates) */
	it->frame = (op->first == op->last || (s->l[op->first].dated &&
	    op->last == op->first + 1 && s->l[op->last].address)) &&
	    s->l[op->first].address &&
	    (s->l[op->first].colon || s->l[op->first].docnum ||
	    s->l[op->first].dated);
	/* (the same hearers wrapped over two lines of a narrow column, or
	 * after a continued text's mark, （上接8版）尊敬的编 / 辑：: the
	 * letter goes on under them, no cut after them) */
	if (!it->frame && op->last <= op->first + 1 &&
	    seg_ends(it->text, "：")) {
		const char *t = seg_past_up_mark(it->text);
		it->frame = utf8_count(t) <= FRAME_MAX_CHARS &&
		    seg_is_address(t);
	}
	it->lead = seg_opens_lead(it->text);
	it->closing = seg_is_closing(it->text);
	m = clean_mark_at_end(it->text);
	it->mark = m > 0;
	/* A teaser: a short paragraph that sends the reader to a page,
	 * a title-like phrase before its mark; a sentence that ends before
	 * the mark (…发展。（相关报道见第三版）) ends an article instead. */
	it->teaser = m > 0 && strstr(it->text + strlen(it->text) - m, "见") &&
	    utf8_count(it->text) <= TEASER_MAX && !ends_before_mark(it->text, m);
}

static void
open_para(struct open_para *op, const struct seg_line *l, size_t i)
{
	buf_reset(&op->text);
	buf_add(&op->text, l->text, l->len);
	op->open = 1;
	op->first = op->last = i;
	op->dateline = l->kind == L_DATELINE;
	op->source = l->kind == L_SOURCE;
	op->signoff = l->kind == L_SIGNOFF;
}

/* Captions that stood before line `at` come back as items here; one that
 * cut an unfinished sentence leaves the paragraph open, as does one that
 * stood before the mark closing it (…爷爷的老皮袄。 / 图为… / ”成斌说。). */
static void
emit_captions(struct seg *s, size_t *k, size_t at, struct open_para *op)
{
	for (; *k < s->ncap && s->cap[*k].at <= at; (*k)++) {
		struct seg_item *it;
		/* (a source note or a signoff ends its paragraph without a
		 * sentence end: nothing after it is cut; a line opening on
		 * a closing mark or a stop opens no paragraph, it is the
		 * rest of the sentence before the caption) */
		int cut = op->open && (!s->l[op->last].final ||
		    (at < s->nl && seg_no_line_opens(s->l[at].first))) &&
		    !op->source && !op->signoff;
		if (!cut)
			close_para(s, op);
		it = seg_add_item(s, I_CAPTION);
		it->text = s->cap[*k].text;
		it->credit = s->cap[*k].credit;
		it->cut = cut;
		it->first = it->last = at;
		s->cap[*k].text = s->cap[*k].credit = NULL;
	}
}

void
seg_build_items(struct seg *s)
{
	struct open_para op;
	size_t i, k = 0, prev = (size_t)-1;
	struct seg_item *it;

	memset(&op, 0, sizeof op);
	buf_init(&op.text);
	for (i = 0; i < s->nl; i++) {
		struct seg_line *l = &s->l[i];
		if (l->gone)
			continue;
		emit_captions(s, &k, i, &op);
		switch (l->label) {
		case LB_HEAD:
			close_para(s, &op);
			it = s->nit ? &s->it[s->nit - 1] : NULL;
			if (it != NULL && it->kind == I_BLOCK && it->last == prev)
				it->last = i;
			else {
				it = seg_add_item(s, I_BLOCK);
				it->first = it->last = i;
			}
			break;
		case LB_OTHER:
			close_para(s, &op);
			it = seg_add_item(s, I_CREDIT);
			it->photo = l->kind == L_PHOTOCREDIT;
			it->text = it->photo ? seg_photo_credit_text(l->text) :
			    xstrdup(l->text);
			it->first = it->last = i;
			break;
		case LB_CONT:
			if (op.open) {
				clean_join_to(&op.text, l->text, l->len);
				op.last = i;
				if (l->kind == L_SOURCE)
					op.source = 1;
				break;
			}
			close_para(s, &op);   /* nothing open to go on with */
			open_para(&op, l, i);
			break;
		case LB_START:
			close_para(s, &op);
			open_para(&op, l, i);
			break;
		}
		prev = i;
	}
	emit_captions(s, &k, (size_t)-1, &op);
	close_para(s, &op);
	buf_free(&op.text);
}

/* A paragraph's key and item index, to sort. */
struct rkey {
	char *key;
	size_t item;
};

static int
cmp_rkey(const void *a, const void *b)
{
	const struct rkey *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	return c != 0 ? c : (x->item > y->item) - (x->item < y->item);
}

/* Whether s holds at least n code points (utf8_count(s) >= n, counting
 * no further than n: a paragraph's key is long). */
static int
chars_at_least(const char *s, size_t n)
{
	size_t k = 0;

	for (; *s != '\0' && k < n; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			k++;
	return k >= n;
}

/*
 * A repeat joined to the paragraph after or before it, or a paragraph
 * printed whole inside an earlier one (its last line full and ending a
 * sentence, the next one read as going on; the same paragraph two or
 * three times over, one run of text): a page prints a repeat a whole
 * paragraph at a time, so its sentences are sentences the page printed
 * before. Where a paragraph opens or ends with sentences printed before,
 * REPEAT_MIN characters of them or more, that part is the repeat and
 * goes; a paragraph all of whose sentences were printed before goes
 * whole. (Two texts of a page share next to no sentence of that length:
 * 17 of 74,051 on the tuning split's truth, each a photo item printed
 * twice.)
 */

/* A sentence's key: its bytes, spaces at its ends left out, hashed
 * eight at a time (a byte at a time was 5 % of segmenting a page); never
 * 0. */
static uint64_t
sentence_key(const char *t, size_t n)
{
	const unsigned char *u = (const unsigned char *)t;
	uint64_t x = 0xCBF29CE484222325ULL;
	unsigned char b[8] = { 0 };
	size_t i = 0;

	while (n > 0 && u[0] == ' ')
		u++, n--;
	while (n > 0 && u[n - 1] == ' ')
		n--;
	for (; i + 8 <= n; i += 8) {
		x = (x ^ load8(u + i)) * 0x9E3779B97F4A7C15ULL;
		x ^= x >> 29;
	}
	memcpy(b, u + i, n - i);
	x = (x ^ load8(b) ^ n) * 0x9E3779B97F4A7C15ULL;
	return (x ^ x >> 29) | 1;
}

/* The sentences of every paragraph: their ends (byte offsets past each,
 * a paragraph's last at its text's end) and keys, paragraph item i's
 * from first[i] to first[i + 1]. */
struct sentences {
	size_t *end, *first, n, cap;
	uint64_t *key;
};

static void
sentences_of(struct sentences *v, const char *t)
{
	size_t at = 0, e, len = strlen(t);

	while (at < len) {
		e = seg_sentence_end(t + at, len - at);
		e = e > 0 ? at + e : len;
		if (v->n == v->cap) {
			v->cap = v->cap ? 2 * v->cap : 64;
			v->end = xreallocarray(v->end, v->cap, sizeof *v->end);
			v->key = xreallocarray(v->key, v->cap, sizeof *v->key);
		}
		v->key[v->n] = sentence_key(t + at, e - at);
		v->end[v->n++] = e;
		at = e;
	}
}

/* Whether bytes [from, to) of t hold REPEAT_MIN characters or more. */
static int
long_enough(const char *t, size_t from, size_t to)
{
	size_t k = 0;

	/* (counting stops at REPEAT_MIN, where the answer is known: a
	 * part seen before, as long as a paragraph, was counted to its
	 * end) */
	for (; from < to && k < REPEAT_MIN; from++)
		k += ((unsigned char)t[from] & 0xC0) != 0x80 && t[from] != ' ';
	return k >= REPEAT_MIN;
}

/* Paragraph it's text cut to bytes [from, to) of it: what is left when
 * the repeat at one end goes. */
static void
keep_part(struct seg_item *it, size_t from, size_t to)
{
	char *rest;

	while (from < to && it->text[from] == ' ')
		from++;
	/* (where the part lies in the text its lines made: seg_index takes
	 * its pairs from theirs, where it walked the part again) */
	if (!it->kept) {
		it->kept = 1;
		it->kept_from = 0;
		it->joined_len = strlen(it->text);
	}
	it->kept_from += from;
	rest = xstrndup(it->text + from, to - from);
	if (from > 0)
		it->dateline = seg_is_dateline(rest);
	else
		it->mark = 0;
	it->lead = seg_opens_lead(rest);
	it->closing = seg_is_closing(rest);
	free(it->text);
	it->text = rest;
}

static void
drop_joined_repeats(struct seg *s)
{
	struct sentences v = { NULL, NULL, 0, 0, NULL };
	size_t i, mask;
	uint64_t *seen;

	v.first = xreallocarray(NULL, s->nit + 1, sizeof *v.first);
	for (i = 0; i < s->nit; i++) {
		v.first[i] = v.n;
		if (s->it[i].kind == I_PARA && !s->it[i].dropped)
			sentences_of(&v, s->it[i].text);
	}
	v.first[s->nit] = v.n;
	seen = seg_keyset_new(v.n, &mask);
	for (i = 0; i < s->nit; i++) {
		struct seg_item *it = &s->it[i];
		const size_t *end = v.end + v.first[i];
		const uint64_t *key = v.key + v.first[i];
		size_t n = v.first[i + 1] - v.first[i], k, lo, hi;
		for (lo = 0; lo < n && seg_keyset_has(seen, mask, key[lo]); lo++)
			;
		for (hi = n; hi > lo && seg_keyset_has(seen, mask, key[hi - 1]);
		    hi--)
			;
		for (k = 0; k < n; k++)
			seg_keyset_add(seen, mask, key[k]);
		if (lo > 0 && long_enough(it->text, 0, end[lo - 1])) {
			if (lo == n)
				it->dropped = 1;
			else
				keep_part(it, end[lo - 1], end[n - 1]);
		} else if (hi < n && long_enough(it->text, end[hi - 1],
		    end[n - 1])) {
			keep_part(it, 0, end[hi - 1]);
		}
	}
	free(seen);
	free(v.end);
	free(v.key);
	free(v.first);
}

/* Bytes of a paragraph's key looked at first (clean_dedup_prefix): some
 * sixteen characters. Only paragraphs whose prefixes meet get their whole
 * keys made, so the length changes what is dropped in nothing (equal keys
 * have equal prefixes), only how many keys are made: with 16 bytes (five
 * characters) every dateline's 本报讯记者 met another's, and 1,169 keys
 * were made on 200 archive pages; 32 bytes, 634; 48, 295 (4.9 M
 * instructions less on those pages, the longer prefixes taken). */
#define KEY_PREFIX 48
/* (prefix_hash copies up to KEY_PREFIX bytes into KEY_PREFIX / 8
 * words: a length that is no multiple of 8 would write past them) */
_Static_assert(KEY_PREFIX % 8 == 0, "prefix_hash's words");

/* A hash of the first bytes of text t's key: equal keys hash equal. */
static uint64_t
prefix_hash(const char *t)
{
	char b[KEY_PREFIX + 4];
	uint64_t x[KEY_PREFIX / 8] = { 0 }, h = 0;
	size_t n = clean_dedup_prefix(t, b, KEY_PREFIX), i;

	memcpy(x, b, n);
	for (i = 0; i < KEY_PREFIX / 8; i++)
		h = (h ^ x[i]) * 0x9E3779B97F4A7C15ULL;
	return (h ^ (uint64_t)n) * 0xC2B2AE3D27D4EB4FULL;
}

/*
 * Which paragraphs may repeat another: those whose keys open as another's
 * do (a hash of their first bytes met twice). The others' whole keys need
 * not be made (a walk over all of the page's text, and a copy, where
 * repeats are few): their keys equal no other.
 */
static char *
may_repeat(const struct seg *s)
{
	char *may = xcalloc(s->nit + 1, 1);
	uint64_t *h = xreallocarray(NULL, s->nit + 1, sizeof *h), *v, *twice;
	size_t i, n = 0, mask, nt = 0;

	for (i = 0; i < s->nit; i++)
		if (s->it[i].kind == I_PARA)
			h[i] = prefix_hash(s->it[i].text) | 1;   /* never 0 */
	v = xreallocarray(NULL, s->nit + 1, sizeof *v);
	for (i = 0; i < s->nit; i++)
		if (s->it[i].kind == I_PARA)
			v[n++] = h[i];
	sort_u64(v, n);
	for (i = 1; i < n; i++)
		if (v[i] == v[i - 1])
			v[nt++] = v[i];
	twice = seg_keyset(v, nt, &mask);
	for (i = 0; i < s->nit; i++)
		may[i] = s->it[i].kind == I_PARA &&
		    seg_keyset_has(twice, mask, h[i]);
	free(twice);
	free(v);
	free(h);
	return may;
}

/* SPEC import 5: repeated paragraphs, kept the first time. Keys sorted,
 * so equal ones stand together: O(n log n) in the paragraphs. */
void
seg_drop_repeats(struct seg *s)
{
	struct rkey *k = xcalloc(s->nit + 1, sizeof *k);
	char *may = may_repeat(s);
	size_t i, n = 0;

	for (i = 0; i < s->nit; i++) {
		char *key;
		if (s->it[i].kind != I_PARA || !may[i])
			continue;
		key = clean_dedup_key(s->it[i].text);
		if (!chars_at_least(key, REPEAT_MIN)) {
			free(key);
			continue;
		}
		k[n].key = key;
		k[n++].item = i;
	}
	qsort(k, n, sizeof *k, cmp_rkey);
	for (i = 1; i < n; i++)
		if (strcmp(k[i].key, k[i - 1].key) == 0)
			s->it[k[i].item].dropped = 1;
	for (i = 0; i < n; i++)
		free(k[i].key);
	free(k);
	free(may);
	drop_joined_repeats(s);
}

size_t
seg_para_after(const struct seg *s, size_t i)
{
	for (; i < s->nit; i++)
		if (s->it[i].kind == I_PARA && !s->it[i].dropped)
			return s->it[i].para;
	return s->np;
}

void
seg_list_paras(struct seg *s)
{
	size_t i;

	free(s->paras);
	s->paras = xreallocarray(NULL, s->nit + 1, sizeof *s->paras);
	s->np = 0;
	for (i = 0; i < s->nit; i++)
		if (s->it[i].kind == I_PARA && !s->it[i].dropped) {
			s->it[i].para = s->np;
			s->paras[s->np++] = i;
		}
}

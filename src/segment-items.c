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

	s->it = xreallocarray(s->it, s->nit + 1, sizeof *s->it);
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
	it->text = buf_take(&op->text);
	op->open = 0;
	it->first = op->first;
	it->last = op->last;
	it->dateline = op->dateline;
	it->source = op->source;
	it->signoff = op->signoff;
	it->lead = seg_opens_lead(it->text);
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
	buf_adds(&op->text, l->text);
	op->open = 1;
	op->first = op->last = i;
	op->dateline = l->kind == L_DATELINE;
	op->source = l->kind == L_SOURCE;
	op->signoff = l->kind == L_SIGNOFF;
}

/* Captions that stood before line `at` come back as items here; one that
 * cut an unfinished sentence leaves the paragraph open. */
static void
emit_captions(struct seg *s, size_t *k, size_t at, struct open_para *op)
{
	for (; *k < s->ncap && s->cap[*k].at <= at; (*k)++) {
		struct seg_item *it;
		/* (a source note or a signoff ends its paragraph without a
		 * sentence end: nothing after it is cut) */
		int cut = op->open && !s->l[op->last].final && !op->source &&
		    !op->signoff;
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
				clean_join_to(&op.text, l->text);
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

/* SPEC import 5: repeated paragraphs, kept the first time. Keys sorted,
 * so equal ones stand together: O(n log n) in the paragraphs. */
void
seg_drop_repeats(struct seg *s)
{
	struct rkey *k = xcalloc(s->nit + 1, sizeof *k);
	size_t i, n = 0;

	for (i = 0; i < s->nit; i++) {
		char *key;
		if (s->it[i].kind != I_PARA)
			continue;
		key = clean_dedup_key(s->it[i].text);
		if (utf8_count(key) < REPEAT_MIN) {
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

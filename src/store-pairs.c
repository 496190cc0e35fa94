/*
 * store-pairs.c: the pair index (schema 6, work item 11: no slow query).
 * store-int.h: what the store's files share.
 *
 * A phrase of two common characters that is itself rare (心数: 心 in
 * 84,000 articles, 数 in 109,000, together once, at 14,600 pages) costs
 * FTS5 a walk of both characters' whole doclists, positions included,
 * whatever the limit: the phrase is tested row by row and a walk goes on
 * to the next match even past the rowid range asked for. An absent pair
 * of common characters costs the same. So the library keeps, for every
 * pair of folded characters next to each other in an index row (the
 * tokens FTS5 holds side by side in one piece of a column, so a phrase
 * of the query's characters can only match where each of its pairs is),
 * a row in `pairs`: the articles holding it when they are at most
 * PAIR_LIST_MAX, NULL when more. A pair with no row is in no article, so
 * neither is any query holding it; a pair with a list names every
 * article that can hold such a query, and search reads those few
 * articles instead of walking the index (store-search.c).
 *
 * The lists are written from the tokenizer: while flush_pending writes
 * an article's index row, the tokenizer hands each folded character to
 * pairs_char (the row's distinct pairs are gathered in a set; FTS5's
 * 'delete' is not noted), pairs_row_end moves
 * them to the batch's map, and pairs_sync merges the map into the table
 * at the end of the batch, or earlier when it takes PAIR_HOLD_BYTES.
 * The map remembers the pairs known to be past their list from one
 * batch to the next (no pair gets its list back, whoever writes the
 * library), so they hold no ids; a rollback forgets all it knows (it may
 * have undone what the map learnt).
 * Lists hold article ids (which moving an issue's index keys leaves
 * alone; those moves are not counted again) and are only ever added to:
 * a deleted article leaves its id behind (ids are never reused), and a
 * re-imported article that keeps its id (an heir) may no longer hold a
 * pair it is listed under. So a list is a superset of the articles that
 * hold its pair. A trigger notes in pairs_gone every article deleted or
 * changed (an heir is deleted and put back under its id): an article
 * listed for a pair and not in pairs_gone holds that pair, so a query of
 * one pair is answered from the lists alone, and every other candidate
 * is checked against its text (as snippets do): exact, never more than
 * the lists. Not counting deletions in the lists keeps them out of the
 * issues' savepoints (the trigger's rows are rolled back with one). The
 * ids of articles gone stay in their lists (dropping them when a list
 * fills up cost an import 60 % more: every pair's list fills up once,
 * and each id is a lookup).
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "lreader/search.h"
#include "lreader/util.h"
#include "store-int.h"

/*
 * Articles a pair's list holds at most. Past it search walks the index
 * instead, newest first, and stops after the limit: a pair in k articles
 * walks about 20/k of the doclists for the first 20 (k > 256: under a
 * tenth, about 1.5 ms at 14,600 make-archive pages, where the whole walk
 * of 心数 is 16 ms); below it search reads at most this many articles'
 * rows and, for a count or a phrase longer than the pair, their bodies.
 * make-archive, 14,600 pages: 478 pairs of 10,442 have lists, 38 KB of
 * ids; the table takes 192 KB (0.0006 of the page text).
 */
#define PAIR_LIST_MAX 256
/*
 * Bytes the batch's map may take (its table, and each entry's ids as
 * varint steps, with the room they have grown into) before pairs_sync
 * writes it out. Every write rewrites the row of each pair the map
 * holds ids for (about 9,000 instructions a pair, reading the table
 * included, 14,000 pairs a write in a fresh library of make-archive
 * pages: 5 writes in the first 400 pages, 10 in the first 2,000, 1 in
 * the next 2,000), so the fewer writes the better: at 256 K ids (1.4 MB) a fresh
 * library wrote 12 times in its first 2,000 pages, and the writes took
 * 30 % of the writing thread over the first 1,000; at 2 MB, 5 times
 * (4 MB: twice, but the import's peak resident size, 17.6 MB, grew by
 * 3.2 MB, where 2 MB adds 1.3 MB). At 2 MB the peak of a 14,600-page
 * import reached 19.9-20.0 MiB, the work item's limit (20): 1.5 MB keeps
 * it at 19.3-19.4 (stop 22: 19.2-19.4). A pair known to have
 * no list holds none, so after the first write of a batch only rare
 * pairs hold ids.
 */
#define PAIR_HOLD_BYTES (1536 * 1024)

size_t
pairs_room(const struct store *s)
{
	size_t b = s->pairs.map.bytes;

	return b < PAIR_HOLD_BYTES ? PAIR_HOLD_BYTES - b : 0;
}

/*
 * Pairs known to be past their list (nothing to hold for them) kept in
 * the map between writes (about 32 bytes each); past it the map forgets
 * them and learns them again at the next write.
 */
#define PAIR_KNOWN_MAX (128 * 1024)

/* ---- varint lists: ascending ids as differences ---- */

/* Decode a stored list (n bytes at p) into *ids (the caller frees);
 * returns the count, or (size_t)-1 if it is damaged. */
static size_t
list_decode(const unsigned char *p, size_t n, int64_t **ids)
{
	size_t i = 0, k = 0, cap = 16;
	int64_t at = 0;
	uint64_t v;
	int sh;

	*ids = xreallocarray(NULL, cap, sizeof **ids);
	while (i < n) {
		v = 0;
		for (sh = 0; i < n && sh < 63; sh += 7) {
			v |= (uint64_t)(p[i] & 0x7F) << sh;
			if (!(p[i++] & 0x80))
				break;
		}
		if (k == cap) {
			cap *= 2;
			*ids = xreallocarray(*ids, cap, sizeof **ids);
		}
		at += (int64_t)v;
		(*ids)[k++] = at;
	}
	return k;
}

/*
 * Sort ids[0..n) by insertion and drop repeats; returns the new count.
 * The ids a pair holds come in the order their rows were written, key
 * order: ascending from one issue to the next, descending within an
 * issue (article seq has key top - seq), so they are a few short
 * descending runs at most out of place, which insertion puts right in
 * about one step each; qsort (a merge sort through a comparison
 * function) of nearly every pair's ids was 15 % of pairs_sync (1,000
 * make-archive pages).
 */
static size_t
sort_held(int64_t *ids, size_t n)
{
	size_t i, j, k = 0;
	int64_t v;

	for (i = 1; i < n; i++) {
		v = ids[i];
		for (j = i; j > 0 && ids[j - 1] > v; j--)
			ids[j] = ids[j - 1];
		ids[j] = v;
	}
	for (i = 0; i < n; i++)
		if (k == 0 || ids[k - 1] != ids[i])
			ids[k++] = ids[i];
	return k;
}

/*
 * ids[0..n) ascending and unique (a stored list), then m more (held):
 * all n + m sorted with repeats dropped; returns the new count. The
 * held ids are sorted (sort_held) and merged with the list.
 */
static size_t
merge_unique(int64_t *ids, size_t n, size_t m)
{
	int64_t *held = ids + n, *out;
	size_t i, j, k;

	m = sort_held(held, m);
	if (n == 0 || m == 0 || ids[n - 1] < held[0]) {
		memmove(ids + n, held, m * sizeof *ids);
		return n + m;
	}
	out = xreallocarray(NULL, n + m, sizeof *out);
	for (i = j = k = 0; i < n || j < m;) {
		if (j == m || (i < n && ids[i] < held[j]))
			out[k++] = ids[i++];
		else if (i == n || held[j] < ids[i])
			out[k++] = held[j++];
		else {
			out[k++] = ids[i++];
			j++;
		}
	}
	memcpy(ids, out, k * sizeof *ids);
	free(out);
	return k;
}

/* ---- one index row's pairs ---- */

static size_t
slot_of(uint64_t key, size_t cap)
{
	return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 32) & (cap - 1);
}

void
pairs_row_begin(struct store *s, int64_t article)
{
	s->pairs.article = s->pairs.on ? article : 0;
	s->pairs.col = 0;
}

int
pairs_doc_what(struct store *s)
{
	if (s->pairs.article == 0)
		return 0;
	/* FTS5 tokenizes a row's columns in order: the title first. */
	return PAIRS_ANY | (s->pairs.titles && s->pairs.col++ == 0 ?
	    PAIRS_TITLE : 0);
}

/* Double the row's set (row_add). */
static void
row_grow(struct pair_row *r)
{
	uint64_t *old = r->set;
	size_t h, i, ocap = r->cap;

	r->cap = r->cap ? 2 * r->cap : 1024;
	r->set = xcalloc(r->cap, sizeof *r->set);
	r->list = xreallocarray(r->list, r->cap / 2, sizeof *r->list);
	for (i = 0; i < ocap; i++)
		if (old[i] != 0) {
			for (h = slot_of(old[i], r->cap); r->set[h] != 0;
			    h = (h + 1) & (r->cap - 1))
				;
			r->set[h] = old[i];
		}
	free(old);
}

/* Add pair to the row's set (growing it at half full). Inline, the
 * growing apart: a call for each pair of a fresh library's rows (1 M
 * over 200 make-archive pages) cost more than the lookup. */
static inline void
row_add(struct pair_row *r, uint64_t pair)
{
	size_t h;

	if (2 * (r->n + 1) > r->cap)
		row_grow(r);
	for (h = slot_of(pair, r->cap); r->set[h] != 0; h = (h + 1) &
	    (r->cap - 1))
		if (r->set[h] == pair)
			return;
	r->set[h] = pair;
	r->list[r->n++] = pair;
}

/* Put the queued pairs that are not past their list into the row
 * (pairs_code, store-int.h). Each pair's slot in `past` is found once,
 * asked for (prefetched) with the others, then probed from. */
void
pairs_queue_drain(struct pairs *ps)
{
	const struct pair_set *past = &ps->past;
	size_t i, h, slot[PAIRS_QUEUE];

	if (past->cap == 0) {
		for (i = 0; i < ps->nqueue; i++)
			row_add(&ps->row, ps->queue[i]);
		ps->nqueue = 0;
		return;
	}
	for (i = 0; i < ps->nqueue; i++) {
		slot[i] = slot_of(ps->queue[i], past->cap);
		store_prefetch(&past->v[slot[i]]);
	}
	for (i = 0; i < ps->nqueue; i++) {
		for (h = slot[i]; past->v[h] != 0 && past->v[h] !=
		    ps->queue[i]; h = (h + 1) & (past->cap - 1))
			;
		if (past->v[h] == 0)
			row_add(&ps->row, ps->queue[i]);
	}
	ps->nqueue = 0;
}

void
pairs_char(struct pair_walk *w, const char *folded, size_t len)
{
	uint32_t c;

	utf8_next(folded, len, &c);
	pairs_code(w, c);
}

/* search_fold_each's callback for pairs_text. */
static int
text_char(void *ctx, const char *folded, size_t len, size_t start,
    size_t end)
{
	(void)start;
	(void)end;
	pairs_char(ctx, folded, len);
	return 0;
}

/* The pairs of one field (one piece of an index row), as the tokenizer
 * gives them: its characters folded, white space (newlines included,
 * which the index text turns into spaces) dropped. */
static void
pairs_text(struct store *s, const char *t, int what)
{
	struct pair_walk w = { s, 0, what };

	search_fold_each(t, strlen(t), text_char, &w);
}

/* ---- the batch's map, and the pairs known past their list ---- */

/* Whether set holds key. */
static int
set_has(const struct pair_set *set, uint64_t key)
{
	size_t h;

	if (set->cap == 0)
		return 0;
	for (h = slot_of(key, set->cap); set->v[h] != 0; h = (h + 1) &
	    (set->cap - 1))
		if (set->v[h] == key)
			return 1;
	return 0;
}

/* Add key to set (growing it at half full). */
static void
set_add(struct pair_set *set, uint64_t key)
{
	uint64_t *old = set->v;
	size_t h, i, ocap = set->cap;

	if (2 * (set->n + 1) > set->cap) {
		set->cap = set->cap ? 2 * set->cap : 4096;
		set->v = xcalloc(set->cap, sizeof *set->v);
		for (i = 0; i < ocap; i++)
			if (old[i] != 0) {
				for (h = slot_of(old[i], set->cap);
				    set->v[h] != 0; h = (h + 1) & (set->cap - 1))
					;
				set->v[h] = old[i];
			}
		free(old);
	}
	for (h = slot_of(key, set->cap); set->v[h] != 0; h = (h + 1) &
	    (set->cap - 1))
		if (set->v[h] == key)
			return;
	set->v[h] = key;
	set->n++;
}

static void
set_free(struct pair_set *set)
{
	free(set->v);
	memset(set, 0, sizeof *set);
}

/* What an entry holds once it has held more ids than a list may: it is
 * past its list, whatever the table says (an id is held once a row). */
static struct pair_held full;

/* Double the map (map_get). */
static void
map_grow(struct pair_map *m)
{
	struct pair_ent *old = m->v;
	size_t h, i, ocap = m->cap;

	m->cap = m->cap ? 2 * m->cap : 4096;
	m->v = xcalloc(m->cap, sizeof *m->v);
	m->bytes += (m->cap - ocap) * sizeof *m->v;
	for (i = 0; i < ocap; i++)
		if (old[i].pair != 0) {
			for (h = slot_of(old[i].pair, m->cap);
			    m->v[h].pair != 0; h = (h + 1) & (m->cap - 1))
				;
			m->v[h] = old[i];
		}
	free(old);
}

/* The entry of pair in the map, made (holding nothing) if new. Inline,
 * the growing apart, as row_add. */
static inline struct pair_ent *
map_get(struct pair_map *m, uint64_t pair)
{
	size_t h;

	if (2 * (m->n + 1) > m->cap)
		map_grow(m);
	for (h = slot_of(pair, m->cap); m->v[h].pair != 0; h = (h + 1) &
	    (m->cap - 1))
		if (m->v[h].pair == pair)
			return &m->v[h];
	m->v[h].pair = pair;
	m->n++;
	return &m->v[h];
}

/*
 * Bytes of b a pair_held starts with, and how it grows (cap to 2 cap
 * + 8): sizeof (struct pair_held) + cap + malloc's 8 bytes of header a
 * multiple of 16, so the room counted is the room glibc gives (8, 24,
 * 56, 120, ... 4,088, past PAIR_LIST_MAX * VARINT_MAX; 8 + 24 is
 * glibc's smallest block). Most pairs of a batch hold a few ids (a
 * byte to three each): starting at 24 bytes, not 8, a fresh library
 * wrote its pair map 8 times in its first 2,000 make-archive pages,
 * not 6.
 */
#define HELD_CAP0 8
_Static_assert(PAIR_LIST_MAX * VARINT_MAX <= 4088, "pair_held's uint16_t");

/*
 * Hold id for e: appended to its bytes as the varint of its difference
 * from the one before (zigzag: re-imported articles keep older ids, and
 * rows are written in key order, not id order), one or two bytes an id
 * where an int64_t took eight. Past PAIR_LIST_MAX ids, e holds `full`.
 * The room grows when the varint does not fit, not VARINT_MAX bytes
 * ahead, and the entry's head takes 16 bytes, not 24: at the first
 * write of a fresh library (make-archive pages, 14,100 pairs) the ids
 * took 377 KB in 714 KB of room and 337 KB of heads, so PAIR_HOLD_BYTES
 * was reached about twice as early as the ids alone needed.
 */
static void
ent_hold(struct pair_map *m, struct pair_ent *e, int64_t id)
{
	struct pair_held *h = e->h;
	uint64_t z, v;
	size_t k;

	if (h == &full)
		return;
	if (h != NULL && h->n == PAIR_LIST_MAX) {
		m->bytes -= sizeof *h + h->cap;
		free(h);
		e->h = &full;
		return;
	}
	z = h == NULL || id >= h->last ? (uint64_t)(id - (h != NULL ?
	    h->last : 0)) << 1 : ((uint64_t)(h->last - id) << 1) - 1;
	/* (its length counted only when the room is nearly full) */
	for (k = 1, v = z; (h == NULL || h->len + VARINT_MAX > h->cap) &&
	    v >= 0x80; k++)
		v >>= 7;
	if (h == NULL || h->len + k > h->cap) {
		size_t cap = h != NULL ? 2 * (size_t)h->cap + 8 : HELD_CAP0;

		while (cap < (h != NULL ? h->len : 0) + k)
			cap = 2 * cap + 8;   /* (a first id of 9 or 10 bytes) */
		m->bytes += cap - (h != NULL ? h->cap : 0) +
		    (h == NULL ? sizeof *h : 0);
		h = xrealloc(h, sizeof *h + cap);
		if (e->h == NULL)
			h->n = h->len = 0, h->last = 0;
		h->cap = (uint16_t)cap;
		e->h = h;
	}
	h->len = (uint16_t)(h->len + varint_put(h->b + h->len, z));
	h->last = id;
	h->n++;
}

/* The ids h holds, into out[0..h->n). */
static void
held_ids(const struct pair_held *h, int64_t *out)
{
	uint64_t z;
	int64_t at = 0;
	size_t i = 0, k;
	int sh;

	for (k = 0; k < h->n; k++) {
		z = 0;
		for (sh = 0; i < h->len && sh < 64; sh += 7) {
			z |= (uint64_t)(h->b[i] & 0x7F) << sh;
			if (!(h->b[i++] & 0x80))
				break;
		}
		at += z & 1 ? -(int64_t)((z + 1) >> 1) : (int64_t)(z >> 1);
		out[k] = at;
	}
}

/* Empty the map, freeing what its entries hold. */
static void
map_free(struct pair_map *m)
{
	size_t i;

	for (i = 0; i < m->cap; i++)
		if (m->v[i].h != &full)
			free(m->v[i].h);
	free(m->v);
	memset(m, 0, sizeof *m);
}

/* Empty the row's set, clearing only its used slots (a long article
 * grows the set; the next short one need not clear all of it). Each
 * pair is looked for until found, never stopping at an empty slot, so
 * slots cleared before it do not hide it. */
static void
row_reset(struct pair_row *r)
{
	size_t i, h;

	for (i = 0; i < r->n; i++) {
		for (h = slot_of(r->list[i], r->cap); r->set[h] != r->list[i];
		    h = (h + 1) & (r->cap - 1))
			;
		r->set[h] = 0;
	}
	r->n = 0;
}

void
pairs_clear(struct store *s)
{
	map_free(&s->pairs.map);
	set_free(&s->pairs.past);
	row_reset(&s->pairs.row);
	s->pairs.nqueue = 0;
	s->pairs.article = 0;
	s->pairs.learnt = 0;
}

void
pairs_free(struct store *s)
{
	pairs_clear(s);
	free(s->pairs.row.set);
	free(s->pairs.row.list);
	memset(&s->pairs.row, 0, sizeof s->pairs.row);
}

/* How many of a row's pairs ahead pairs_row_end asks for a pair's slot
 * in the batch's map. */
#define MAP_AHEAD 8
/*
 * ... and, nearer (its slot asked for MAP_AHEAD - HELD_AHEAD pairs
 * before), for the ids the pair holds (ent_hold): another miss, which
 * waited for was 70 % of pairs_row_end's own time (perf, 4,000
 * make-archive pages).
 */
#define HELD_AHEAD 4

/* Ask for the ids pair's entry holds, if it has an entry; the entry, or
 * NULL. */
static struct pair_ent *
held_prefetch(struct pair_map *m, uint64_t pair)
{
	size_t h;

	for (h = slot_of(pair, m->cap); m->v[h].pair != 0; h = (h + 1) &
	    (m->cap - 1))
		if (m->v[h].pair == pair) {
			if (m->v[h].h != &full)
				store_prefetch(m->v[h].h);
			return &m->v[h];
		}
	return NULL;
}

/*
 * Pairs held before the library's pairs past their list are read from
 * the table (pairs_learn): a few pages' worth.
 */
#define PAIRS_LEARN_AT 4096

/* Drop from the batch's map the pairs now known to be past their list
 * (what they hold would be written nowhere). */
static void
map_drop_past(struct pairs *ps)
{
	struct pair_map old = ps->map;
	struct pair_ent *e;
	size_t i;

	memset(&ps->map, 0, sizeof ps->map);
	for (i = 0; i < old.cap; i++) {
		if (old.v[i].pair == 0)
			continue;
		if (set_has(&ps->past, old.v[i].pair)) {
			if (old.v[i].h != &full)
				free(old.v[i].h);
			continue;
		}
		e = map_get(&ps->map, old.v[i].pair);
		e->h = old.v[i].h;
		if (e->h != NULL && e->h != &full)
			ps->map.bytes += sizeof *e->h + e->h->cap;
	}
	free(old.v);
}

/*
 * Once a batch holds PAIRS_LEARN_AT pairs and knows none past its list
 * (the first batch of a process, or the next after a rollback), read
 * those from the table and stop holding them. Learnt only at the
 * batch's first write (pairs_sync), every pair met was held until then
 * and that write read each one's row only to find it past its list:
 * appending 400 make-archive pages to a library of 2,000 (callgrind),
 * pairs_sync and pairs_row_end took 250 M of the writing thread's 3,215
 *  M instructions, 100 M with the pairs learnt (reading 10,000: 11 M). A
 * few pages appended read no table: holding their pairs costs less.
 */
static int
pairs_learn(struct store *s, char **err)
{
	struct pairs *ps = &s->pairs;
	sqlite3_stmt *st;
	int r = 0;

	ps->learnt = 1;
	if (ps->past.n > 0)
		return 0;
	if ((st = prep(s, Q_PAIRS_PAST, err)) == NULL)
		return -1;
	while (ps->past.n < PAIR_KNOWN_MAX && (r = step(s, st, err)) == 1)
		set_add(&ps->past, (uint64_t)sqlite3_column_int64(st, 0));
	done(st);
	if (r < 0)
		return -1;
	if (ps->past.n > 0)
		map_drop_past(ps);
	return 0;
}

int
pairs_row_end(struct store *s, char **err)
{
	struct pair_row *r = &s->pairs.row;
	struct pair_map *m = &s->pairs.map;
	int64_t id = s->pairs.article;
	/*
	 * The entries held_prefetch found, pair i's at i % HELD_AHEAD, and
	 * the map's size then (0: none looked for): used as they are
	 * unless the map has grown since (an entry added moves none), not
	 * looked for again by map_get (1 M lookups over 200 fresh
	 * make-archive pages).
	 */
	struct pair_ent *ahead[HELD_AHEAD], *e;
	size_t seen[HELD_AHEAD] = { 0 }, i, a;

	pairs_queue_drain(&s->pairs);
	s->pairs.article = 0;
	/* (pairs past their list were left out: pairs_code) */
	for (i = 0; id != 0 && i < r->n; i++) {
		/* (the map's slots miss the cache as `past`'s do) */
		if (i + MAP_AHEAD < r->n && m->cap > 0)
			store_prefetch(&m->v[slot_of(r->list[i + MAP_AHEAD],
			    m->cap)]);
		a = i % HELD_AHEAD;
		e = seen[a] != 0 && seen[a] == m->cap ? ahead[a] : NULL;
		seen[a] = 0;
		if (i + HELD_AHEAD < r->n && m->cap > 0) {
			ahead[a] = held_prefetch(m, r->list[i + HELD_AHEAD]);
			seen[a] = m->cap;
		}
		ent_hold(m, e != NULL ? e : map_get(m, r->list[i]), id);
	}
	row_reset(r);
	if (!s->pairs.learnt && m->n >= PAIRS_LEARN_AT &&
	    pairs_learn(s, err) < 0) {
		pairs_clear(s);
		return -1;
	}
	return s->pairs.map.bytes > PAIR_HOLD_BYTES ? pairs_sync(s, err) : 0;
}

/* ---- writing the map to the table ---- */

/*
 * Sort v[0..n) by pair: a radix sort a byte at a time, low byte first,
 * passing over the bytes all pairs share (pair_of holds 42 bits, the
 * title bit one more). qsort through a comparison function took 46 M
 * instructions for the 5 writes of 400 fresh make-archive pages, 14,000
 * pairs each; this about a tenth. Its buffer is what glibc's qsort (a
 * merge sort) allocated too.
 */
static void
sort_ents(struct pair_ent *v, size_t n)
{
	struct pair_ent *tmp, *a = v, *b, *t;
	size_t count[256], i, sum, x;
	int sh;

	if (n < 2)
		return;
	b = tmp = xreallocarray(NULL, n, sizeof *tmp);
	for (sh = 0; sh < 64; sh += 8) {
		memset(count, 0, sizeof count);
		for (i = 0; i < n; i++)
			count[(a[i].pair >> sh) & 0xFF]++;
		if (count[(a[0].pair >> sh) & 0xFF] == n)
			continue;
		for (sum = 0, i = 0; i < 256; i++) {
			x = count[i];
			count[i] = sum;
			sum += x;
		}
		for (i = 0; i < n; i++)
			b[count[(a[i].pair >> sh) & 0xFF]++] = a[i];
		t = a;
		a = b;
		b = t;
	}
	if (a != v)
		memcpy(v, a, n * sizeof *v);
	free(tmp);
}

/* Write pair's list (n ids; NULL when ids is NULL: past its list). A
 * row that shrinks to NULL is deleted first: SQLite merges pages a
 * delete leaves underfull, not pages an overwrite does, and lists that
 * grew and then went left the table 90 % empty (1.9 MB at 14,600
 * pages, 192 KB so). The varints go into an array on the stack (a list
 * holds at most PAIR_LIST_MAX ids), not a byte at a time into a
 * growing buffer (buf_addc was a tenth of pairs_sync, 1,000 make-archive
 * pages). b is the list already encoded (NULL: past its list); lists
 * are mostly written PAIR_PUT_ROWS at a time (queue_put). */
static int
put_bytes(struct store *s, uint64_t pair, const unsigned char *b,
    size_t len, char **err)
{
	sqlite3_stmt *st = prep(s, Q_PAIR_PUT, err), *del = NULL;
	int r = -1;

	if (b == NULL && ((del = prep(s, Q_PAIR_DEL, err)) == NULL ||
	    bind_int64(s, del, 1, (int64_t)pair, err) < 0 ||
	    step(s, del, err) < 0)) {
		done(del);
		goto out;
	}
	done(del);
	if (st == NULL || bind_int64(s, st, 1, (int64_t)pair, err) < 0)
		goto out;
	if ((b != NULL ? sqlite3_bind_blob(st, 2, b, (int)len,
	    SQLITE_STATIC) : sqlite3_bind_null(st, 2)) != SQLITE_OK) {
		db_fail(s, err, "bind");
		goto out;
	}
	r = step(s, st, err) < 0 ? -1 : 0;
out:
	done(st);
	return r;
}

/*
 * The lists pairs_sync writes, PAIR_PUT_ROWS to a statement: a
 * statement a row took 5,200 instructions a row, 16 rows a statement
 * 3,900 (66,600 rows in the 5 writes of 400 make-archive pages into an
 * empty library, callgrind; the rest is the row's seek, its insert and
 * the pages it splits). Their bytes are copied into b, bound once the
 * rows are all there (b may move as it grows).
 */
struct put_queue {
	uint64_t pair[PAIR_PUT_ROWS];
	size_t off[PAIR_PUT_ROWS], len[PAIR_PUT_ROWS];
	size_t n;
	struct buf b;
};

/* Write the queued lists and empty the queue: all at once when it is
 * full, else a statement each (the last few of a write). */
static int
queue_flush(struct store *s, struct put_queue *q, char **err)
{
	/* (never a NULL pointer to bind: that binds NULL, past its list) */
	const unsigned char *data = q->b.data != NULL ?
	    (const unsigned char *)q->b.data : (const unsigned char *)"";
	sqlite3_stmt *st;
	size_t i;
	int r = 0;

	if (q->n == PAIR_PUT_ROWS) {
		if ((st = prep(s, Q_PAIR_PUT_MANY, err)) == NULL)
			return -1;
		for (i = 0; i < q->n && r == 0; i++)
			if (bind_int64(s, st, (int)(2 * i + 1),
			    (int64_t)q->pair[i], err) < 0)
				r = -1;
			else if (sqlite3_bind_blob(st, (int)(2 * i + 2),
			    data + q->off[i], (int)q->len[i], SQLITE_STATIC) !=
			    SQLITE_OK)
				r = db_fail(s, err, "bind");
		if (r == 0 && step(s, st, err) < 0)
			r = -1;
		done(st);
	} else {
		for (i = 0; i < q->n && r == 0; i++)
			r = put_bytes(s, q->pair[i], data + q->off[i],
			    q->len[i], err);
	}
	q->n = 0;
	q->b.len = 0;
	return r;
}

/* Queue pair's list (b[0..len), not empty) for queue_flush, writing the
 * queue when it is full. */
static int
queue_put(struct store *s, struct put_queue *q, uint64_t pair,
    const unsigned char *b, size_t len, char **err)
{
	q->pair[q->n] = pair;
	q->off[q->n] = q->b.len;
	q->len[q->n] = len;
	buf_add(&q->b, (const char *)b, len);
	return ++q->n == PAIR_PUT_ROWS ? queue_flush(s, q, err) : 0;
}

/* queue_put of ids[0..n) (ascending), as varint steps. */
static int
queue_list(struct store *s, struct put_queue *q, uint64_t pair,
    const int64_t *ids, size_t n, char **err)
{
	unsigned char b[PAIR_LIST_MAX * VARINT_MAX];
	size_t i, len = 0;

	for (i = 0; i < n; i++)
		len += varint_put(b + len,
		    (uint64_t)(ids[i] - (i > 0 ? ids[i - 1] : 0)));
	return queue_put(s, q, pair, b, len, err);
}

/*
 * Pair's stored list: 1 with *ids, *n (the caller frees), 0 when it has
 * no row, 2 when it is past its list (NULL).
 */
static int
get_list(struct store *s, uint64_t pair, int64_t **ids, size_t *n,
    char **err)
{
	sqlite3_stmt *st = prep(s, Q_PAIR_GET, err);
	int r = -1;

	*ids = NULL;
	*n = 0;
	if (st == NULL || bind_int64(s, st, 1, (int64_t)pair, err) < 0 ||
	    (r = step(s, st, err)) <= 0)
		goto out;
	if (sqlite3_column_type(st, 0) == SQLITE_NULL) {
		r = 2;
		goto out;
	}
	*n = list_decode(sqlite3_column_blob(st, 0),
	    (size_t)sqlite3_column_bytes(st, 0), ids);
out:
	done(st);
	return r;
}

/*
 * Pairs pairs_sync reads the stored rows of before it writes any of
 * them: the table is read in pair order from the chunk's first pair, in
 * one walk with the chunk's sorted pairs (a cursor left open over the
 * writes would seek its place again after each one), the rows' lists
 * copied aside. At most this many lists of PAIR_LIST_MAX ids, a few
 * bytes each.
 */
#define SYNC_CHUNK 128
/*
 * Rows of the table in a row not in the chunk the walk steps over
 * before it seeks the next pair of the chunk instead: a step over a row
 * costs a few hundred instructions, a seek (a statement begun again)
 * a few thousand. A fresh library's table holds nearly only the pairs a
 * write has (every pair met lately): one walk reads it all; a big
 * library's, tens of thousands of pairs of which a write has the few
 * rare ones: a seek each, as a lookup a pair did.
 */
#define SYNC_SKIP_MAX 16

/* What the table says of a chunk's pair (sync_read). */
enum { ROW_NONE, ROW_LIST, ROW_PAST };

struct sync_got {
	int row;          /* ROW_* */
	size_t off, len;  /* ROW_LIST: its list in the chunk's bytes */
};

/*
 * Read the stored rows of todo[from, ...): got[] for each pair read, at
 * most SYNC_CHUNK, the lists' bytes into *b (emptied first); *n how
 * many pairs were read (at least one). 0, or -1.
 */
static int
sync_read(struct store *s, const struct pair_ent *todo, size_t from,
    size_t k, struct sync_got *got, struct buf *b, size_t *n, char **err)
{
	sqlite3_stmt *st = prep(s, Q_PAIRS_FROM, err);
	size_t j = from, end = k - from > SYNC_CHUNK ? from + SYNC_CHUNK : k;
	uint64_t pair;
	int r = 1, skipped = 0;

	b->len = 0;
	if (st == NULL || bind_int64(s, st, 1, (int64_t)todo[from].pair,
	    err) < 0) {
		done(st);
		return -1;
	}
	while (j < end && (r = step(s, st, err)) == 1) {
		pair = (uint64_t)sqlite3_column_int64(st, 0);
		for (; j < end && todo[j].pair < pair; j++)
			got[j - from].row = ROW_NONE;
		if (j == end)
			break;
		if (todo[j].pair != pair) {
			if (++skipped > SYNC_SKIP_MAX)
				break;  /* todo[j] is sought again */
			continue;
		}
		skipped = 0;
		if (sqlite3_column_type(st, 1) == SQLITE_NULL)
			got[j - from].row = ROW_PAST;
		else {
			got[j - from].row = ROW_LIST;
			got[j - from].off = b->len;
			got[j - from].len = (size_t)sqlite3_column_bytes(st, 1);
			if (got[j - from].len > 0)
				buf_add(b, sqlite3_column_blob(st, 1),
				    got[j - from].len);
		}
		j++;
	}
	done(st);
	if (r < 0)
		return -1;
	if (r == 0)     /* the table ended: the rest have no row */
		for (; j < end; j++)
			got[j - from].row = ROW_NONE;
	*n = j - from;
	return 0;
}

/*
 * Merge what e holds into its stored list (got, its bytes at p) and
 * write it if that changed it; *past set when the pair is past its list
 * now.
 */
static int
sync_one(struct store *s, const struct pair_ent *e,
    const struct sync_got *got, const unsigned char *p, int *past,
    struct put_queue *pq, char **err)
{
	int64_t held[PAIR_LIST_MAX], *ids = NULL, last = 0;
	unsigned char b[PAIR_LIST_MAX * VARINT_MAX];
	const unsigned char *q = got->row == ROW_LIST ? p + got->off : NULL;
	const unsigned char *at;
	size_t i, n = 0, m, len;
	uint64_t v;
	int r;

	*past = 1;
	if (got->row == ROW_PAST)
		return 0;
	if (e->h == &full)
		return put_bytes(s, e->pair, NULL, 0, err);
	held_ids(e->h, held);
	m = sort_held(held, e->h->n);
	/* The stored list's count and last id (as list_decode reads it). */
	len = got->row == ROW_LIST ? got->len : 0;
	for (at = q; at != NULL && varint_get(&at, q + len, &v); n++)
		last += (int64_t)v;
	/*
	 * The held ids all after the stored ones (rows are written in key
	 * order, and a new issue's articles have new ids): their steps are
	 * added to the stored bytes as they are, not the whole list
	 * decoded, merged and encoded again.
	 */
	if ((n == 0 || held[0] > last) && len + m * VARINT_MAX <= sizeof b) {
		if (n + m > PAIR_LIST_MAX)
			return put_bytes(s, e->pair, NULL, 0, err);
		*past = 0;
		if (len > 0)
			memcpy(b, q, len);
		for (i = 0; i < m; last = held[i++])
			len += varint_put(b + len, (uint64_t)(held[i] - last));
		return queue_put(s, pq, e->pair, b, len, err);
	}
	n = got->row == ROW_LIST ? list_decode(q, got->len, &ids) : 0;
	ids = xreallocarray(ids, n + m, sizeof *ids);
	memcpy(ids + n, held, m * sizeof *ids);
	m = merge_unique(ids, n, m);
	*past = m > PAIR_LIST_MAX;
	/* (a list only grows: the same count is the same list) */
	r = got->row == ROW_LIST && m == n ? 0 : *past ?
	    put_bytes(s, e->pair, NULL, 0, err) :
	    queue_list(s, pq, e->pair, ids, m, err);
	free(ids);
	return r;
}

int
pairs_sync(struct store *s, char **err)
{
	struct pair_map *m = &s->pairs.map;
	struct pair_ent *todo;
	struct sync_got got[SYNC_CHUNK];
	struct put_queue pq;
	struct buf b;
	size_t i, j, n, k = 0;
	int r = 0, past;

	if (m->n == 0)
		return 0;
	/* In pair order: read in one walk of the table's B-tree, and
	 * written neighbours one after the other. */
	todo = xreallocarray(NULL, m->n, sizeof *todo);
	for (i = 0; i < m->cap; i++)
		if (m->v[i].pair != 0)
			todo[k++] = m->v[i];
	sort_ents(todo, k);
	/* Past their list: remembered, unless there are too many. */
	if (s->pairs.past.n + k > PAIR_KNOWN_MAX)
		set_free(&s->pairs.past);
	buf_init(&b);
	pq.n = 0;
	buf_init(&pq.b);
	for (i = 0; i < k && r == 0; i += n) {
		if ((r = sync_read(s, todo, i, k, got, &b, &n, err)) < 0)
			break;
		for (j = 0; j < n && r == 0; j++)
			if ((r = sync_one(s, &todo[i + j], &got[j],
			    (const unsigned char *)b.data, &past, &pq, err)) ==
			    0 && past && s->pairs.past.n < PAIR_KNOWN_MAX)
				set_add(&s->pairs.past, todo[i + j].pair);
	}
	if (r == 0)
		r = queue_flush(s, &pq, err);
	buf_free(&pq.b);
	free(b.data);
	free(todo);
	map_free(m);
	if (r < 0)
		pairs_clear(s);
	return r;
}

/* ---- reading: what a query's pairs say ---- */

/* Keep in a[0..*na) the ids also in b[0..nb) (both ascending). */
static void
intersect(int64_t *a, size_t *na, const int64_t *b, size_t nb)
{
	size_t i = 0, j = 0, k = 0;

	while (i < *na && j < nb) {
		if (a[i] < b[j])
			i++;
		else if (a[i] > b[j])
			j++;
		else {
			a[k++] = a[i++];
			j++;
		}
	}
	*na = k;
}

/* pairs_lookup of the pairs under key bit `bit` (0 or TITLE_PAIR). */
static int
lookup(struct store *s, const char *folded, uint64_t bit, int64_t **ids,
    size_t *n, char **err)
{
	size_t len = strlen(folded), i, k, nl;
	uint32_t prev = 0, c;
	uint64_t *seen = NULL, p;
	int64_t *l;
	int r = 0, have = 0;

	*ids = NULL;
	*n = 0;
	if (!s->pairs.on)
		return 0;
	seen = xreallocarray(NULL, len + 1, sizeof *seen);
	for (i = k = 0; i < len && r >= 0; prev = c) {
		i += (size_t)utf8_next(folded + i, len - i, &c);
		if (prev == 0)
			continue;
		p = pair_of(prev, c) | bit;
		for (nl = 0; nl < k && seen[nl] != p; nl++)
			;
		if (nl < k)
			continue;
		seen[k++] = p;
		if ((r = get_list(s, p, &l, &nl, err)) < 0)
			break;
		if (r == 0) {           /* in no article: nor is the query */
			free(*ids);
			*ids = NULL;
			*n = 0;
			have = 1;
			break;
		}
		if (r == 1 && !have) {
			*ids = l;
			*n = nl;
			have = 1;
			continue;
		}
		if (r == 1)
			intersect(*ids, n, l, nl);
		free(l);
		r = 0;
	}
	free(seen);
	if (r < 0) {
		free(*ids);
		*ids = NULL;
		*n = 0;
		return -1;
	}
	return have;
}

int
pairs_lookup(struct store *s, const char *folded, int64_t **ids,
    size_t *n, char **err)
{
	return lookup(s, folded, 0, ids, n, err);
}

int
pairs_title_lookup(struct store *s, const char *folded, int64_t **ids,
    size_t *n, char **err)
{
	*ids = NULL;
	*n = 0;
	return s->pairs.titles ? lookup(s, folded, TITLE_PAIR, ids, n, err) :
	    0;
}

int
pairs_one(const char *folded)
{
	return utf8_count(folded) == 2;
}

/* ---- schema 6 (migrations[5]) ---- */

/* A migration's walk over rows done (r < 0: it failed): the statement
 * finalized, the pairs written, or dropped on failure. */
static int
rows_done(struct store *s, sqlite3_stmt *rd, int r, char **err)
{
	sqlite3_finalize(rd);
	if (r < 0) {
		pairs_clear(s);
		return -1;
	}
	return pairs_sync(s, err);
}

/*
 * Schema 5 -> 6 after migrations[5]'s SQL: the pairs of every stored
 * article, from the same fields its index row holds (title; kicker,
 * subtitle, byline and each paragraph).
 */
int
migrate_6(struct store *s, char **err)
{
	sqlite3_stmt *rd = NULL;
	struct body_walk w;
	const char *kind, *text;
	char *body;
	size_t n;
	int f, r;

	s->pairs.on = 1;
	if (sqlite3_prepare_v2(s->db, "SELECT id, title, kicker, subtitle,"
	    " byline FROM articles ORDER BY id", -1, &rd, NULL) != SQLITE_OK) {
		sqlite3_finalize(rd);
		return db_fail(s, err, "prepare");
	}
	while ((r = step(s, rd, err)) == 1) {
		pairs_row_begin(s, sqlite3_column_int64(rd, 0));
		if (load_body(s, sqlite3_column_int64(rd, 0), &body, &n,
		    err) < 0) {
			r = -1;
			break;
		}
		for (f = 1; f <= 4; f++) {
			text = (const char *)sqlite3_column_text(rd, f);
			pairs_text(s, text != NULL ? text : "", PAIRS_ANY);
		}
		w.p = body;
		w.end = body + n;
		while (body_next(&w, &kind, &text))
			pairs_text(s, text, PAIRS_ANY);
		free(body);
		if (pairs_row_end(s, err) < 0) {
			r = -1;
			break;
		}
	}
	return rows_done(s, rd, r, err);
}

/* ---- schema 8 (migrations[7]) ---- */

/* Schema 7 -> 8: the title pairs of every stored article. */
int
migrate_8(struct store *s, char **err)
{
	sqlite3_stmt *rd = NULL;
	const char *text;
	int r;

	s->pairs.on = s->pairs.titles = 1;
	if (sqlite3_prepare_v2(s->db, "SELECT id, title FROM articles"
	    " ORDER BY id", -1, &rd, NULL) != SQLITE_OK) {
		sqlite3_finalize(rd);
		return db_fail(s, err, "prepare");
	}
	while ((r = step(s, rd, err)) == 1) {
		pairs_row_begin(s, sqlite3_column_int64(rd, 0));
		text = (const char *)sqlite3_column_text(rd, 1);
		pairs_text(s, text != NULL ? text : "", PAIRS_TITLE);
		if (pairs_row_end(s, err) < 0) {
			r = -1;
			break;
		}
	}
	return rows_done(s, rd, r, err);
}

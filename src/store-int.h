/*
 * store-int.h: what the files of the store share (private to
 * src/store*.c; include/lreader/store.h is the interface). store.c
 * describes the library: order and index keys, tables, the full-text
 * index, links and related reports.
 *
 *   store.c         opening, schema and migrations, transactions and
 *                   numbering, the small helpers around sqlite3
 *   store-put.c     importing an issue: compressed texts, index keys,
 *                   index rows held until the batch ends, --reclean, the
 *                   C steps of schema 2 and 3, signing for schema 4
 *   store-read.c    issues, articles, marks and state for the interface
 *                   and list/export; the interface's pinned view
 *   store-search.c  the FTS5 tokenizer (libraries below schema 9, and
 *                   the migrations through them), search walks,
 *                   snippets, counts
 *   store-index.c   the full-text index of our own (schema 9): postings
 *                   per folded character in batches, cursors, phrases
 *   store-links.c   term frequencies, signatures and postings, links
 *                   between articles, related reports, the C step of
 *                   schema 4
 *   store-pairs.c   the pair index: the articles that hold each rare
 *                   pair of characters, for search
 */
#ifndef LREADER_STORE_INT_H
#define LREADER_STORE_INT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include <sqlite3.h>

#include "lreader/article.h"
#include "lreader/links.h"
#include "lreader/store.h"

/* Order keys: see the top of store.c. */
#define SEQ_MAX 4095
#define TIE_MAX 0x3FFF
#define PAGE_KEY_MAX 16383
#define TIE_SHIFT 12
#define PAGE_SHIFT 26
#define DATE_SHIFT 40
#define KEY_UNDATED ((int64_t)1 << 62)
#define IMPORTED_MAX (((int64_t)1 << 50) - 1)

/*
 * Index keys (schema 2, see the top of store.c): dated issues' articles
 * take keys in [FKEY_LO, FKEY_UNDATED), undated ones' in [FKEY_UNDATED,
 * FKEY_HI].
 * KEY_GAP keys are left free after an issue appended at the end (and
 * before one put first): room for an issue imported late between two
 * others, and small enough that the step from one issue's keys to the
 * next still fits a one-byte varint in FTS5's doclists (measured on
 * 4,000 make-archive pages: date-based keys 103 MB of index, keys one
 * apart 88.6 MB, 64 apart an issue 89.7 MB, 256 apart 92.4 MB).
 * KEY_GAP_MIN: when moving issues to make room, the smallest gap worth
 * leaving (smaller ones would soon have to move again).
 */
#define FKEY_LO ((int64_t)1)
#define FKEY_UNDATED ((int64_t)1 << 61)
#define FKEY_HI (((int64_t)1 << 62) - 1)
#define KEY_GAP 96
#define KEY_GAP_MIN 24

/* Index text a batch holds before writing it (flush_pending, which
 * then signs the rows' articles: the frequencies each signature weighs
 * are those of the batch's rows written so far); it bounds the
 * importer's memory too. */
#define PENDING_MAX (1024 * 1024)
/*
 * FTS5's in-memory hash of new terms ('hashsize', set on the library by
 * store_begin): it writes a segment each time this much waits, and at
 * every savepoint: the next issue's (put_begin) after the rows, or the
 * commit's (fts_flush). At FTS5's default, 1 MB (= PENDING_MAX), the
 * index of 1 MB of text (about 1.1 MB) filled it before the rows were
 * all written, so each flush_pending wrote a full segment and a small
 * one: 39 segments for 20 writes over 1,000 make-archive pages, all to
 * be merged. At twice PENDING_MAX each write makes one segment, and the
 * hash holds no more than before.
 */
#define FTS_HASHSIZE (2 * PENDING_MAX)

/*
 * Ask for the memory at p before it is read: the batch's pair maps are
 * larger than the caches, and a lookup known in advance can have its
 * miss overlap the ones before it (store-pairs.c; and sign_pending's
 * frequency and posting lookups, store-links.c: a third of its time,
 * measured as perf samples against sqlite3Fts5HashWrite's, though an
 * earlier try on the frequency map alone had shown nothing).
 */
#if defined(__GNUC__)
#define store_prefetch(p) __builtin_prefetch(p)
#else
#define store_prefetch(p) ((void)(p))
#endif
/* Pages of merge work in each step of finish_merges (store.c): the most
 * a step frees at its end rather than as it goes (4 MB). */
#define FTS_MERGE_PAGES 1000
/*
 * Segments waiting at the index's first level (flushes not merged yet,
 * up to automerge's 16) that a commit merges into one (tidy_first_level,
 * store.c). Each is a b-tree every query term looks up: 14,600
 * make-archive pages ended with 15 segments, 13 of them at the first
 * level; merging those (0.25 s, 4,000 index pages) left 3, and the first
 * 20 hits of 数字化 read 237 pages instead of 470 (吕 61 instead of 106),
 * in 9-22 % fewer instructions. At FTS5's own default, 4: the most it
 * leaves to merge is 3 small segments.
 */
#define FTS_TIDY_SEGMENTS 4
/* FTS5's usermerge as the library keeps it (store.c, schema 4 -> 5):
 * finish_merges starts no merge automerge (16) would not. */
#define FTS_USERMERGE 16

/* The cached statements; SQL in sql_text. */
enum stmt_id {
	Q_BEGIN, Q_COMMIT, Q_SAVEPOINT, Q_RELEASE,
	Q_SAME_TEXT, Q_BY_PATH, Q_NEXT_IMPORTED, Q_LAST_TIE,
	Q_INSERT_ISSUE, Q_UPDATE_ISSUE, Q_PUT_TEXT, Q_OLD_ARTICLES, Q_BODY,
	Q_DELETE_ARTICLES, Q_INSERT_ARTICLE, Q_PUT_BODY, Q_NEIGHBOURS,
	Q_NEIGHBOURS_UP, Q_MOVE_ISSUE, Q_MOVE_ARTICLES, Q_UNPARK, Q_ISSUE_ARTICLES,
	Q_FTS_INSERT,
	Q_FTS_DELETE, Q_RENUMBER, Q_ISSUE_COUNT, Q_ISSUES, Q_ISSUES_MARKED,
	Q_FIRST_KEY, Q_TEXT_KEYS, Q_ISSUE_BY_KEY, Q_ISSUE_BY_NUMBER,
	Q_ARTICLES_OF, Q_ARTICLES_ALL, Q_BOOKMARKS,
	Q_ARTICLES_TEXT, Q_FIND, Q_ARTICLE, Q_ARTICLE_ISSUE,
	Q_SET_READ, Q_SET_BOOKMARK, Q_SET_POSITION, Q_GET_MARKS,
	Q_SET_STATE, Q_DEL_STATE, Q_GET_STATE, Q_SEARCH, Q_RECLEAN,
	Q_SEARCH_COUNT, Q_SEARCH_COUNT_RANGE, Q_ANY_UNDATED, Q_HIT_BY_KEY,
	Q_PIN_SEQ, Q_DATA_VERSION, Q_VIEW_IDS, Q_FRESH, Q_ISSUE_ROW_BY_ID, Q_ISSUE_KEYS_BY_ID,
	Q_ISSUE_NUMBER_OF, Q_SET_ISSUE_READ,
	Q_DAYS, Q_DAYS_VIEW, Q_DAYS_UNREAD, Q_SET_DAY_READ,
	Q_PUT_LINK, Q_DF_GET, Q_DF_ADD, Q_DF_DROP, Q_PUT_SIG, Q_GET_SIG,
	Q_PUT_POSTING, Q_DEL_POSTING, Q_LINKS, Q_ART_PLACE, Q_PAGE_ISSUES,
	Q_PAGE_ARTICLES, Q_POSTINGS, Q_RELATED_ROW, Q_POST_ROW, Q_POST_LAST, Q_ART_SKEY,
	Q_FTS_MERGE, Q_FTS_STRUCTURE, Q_FTS_USERMERGE,
	Q_PAIR_GET, Q_PAIR_PUT, Q_PAIR_PUT_MANY, Q_PAIR_DEL, Q_PAIRS_PAST, Q_PAIRS_FROM, Q_HIT_BY_ID, Q_PAIR_GONE,
	Q_ISSUE_TEXT_ROWS, Q_CAND_ROW, Q_SEARCH_KEYS, Q_HOLD_KEYS,
	Q_KEYS_PASSED, Q_SNIP_BODY, Q_SNIP_TEXT, Q_SNIP_HEAD, Q_PUT_BODY_HEAD,
	Q_TEXT_KEYS_OWN, Q_ARTICLES_TEXT_OWN,
	Q_COUNT
};

/* An index row waiting for the end of its batch (see flush_pending). */
struct pend_row {
	int64_t issue;   /* the issue it belongs to */
	int64_t key;     /* its rowid in fts */
	char *title;     /* owned: the title as indexed */
	char *body;      /* owned: kicker, subtitle, byline, paragraphs as
	                    indexed */
	int stream;      /* title and body are index_title's and index_text's
	                    text as tok_stream made them (ltitle, lbody
	                    bytes) */
	size_t ltitle, lbody;
	size_t ntext;    /* bytes of the text as indexed, for PENDING_MAX */
	int64_t article; /* with terms: the article to sign */
	unsigned char *terms;  /* owned: its terms, to count and sign, as
	                          terms_pack packs them (NULL: a moved row,
	                          counted already) */
	size_t nterms;   /* how many */
	size_t lterms;   /* bytes */
};

/* The articles signed with one term that a batch holds before writing
 * them (store-links.c: post_hold): n of them as zigzag varint steps in
 * b[0..len), the last one `last`. */
struct post_held {
	uint32_t n, len, cap;
	int64_t last;
	unsigned char b[];
};

/* A term the batch signed articles with (term 0: a free slot; no term
 * of links_terms is 0). */
struct post_ent {
	uint64_t term;
	struct post_held *h;
};

/* The postings held, by term: open addressing. bytes: what they take,
 * for POST_HOLD_BYTES. */
struct post_map {
	struct post_ent *v;
	size_t cap, n;
	size_t bytes;
};

/* One term's document frequency during a batch: `base` as read from
 * the library (-1 before it is read), `delta` the batch's change not
 * yet written. */
struct dfent {
	uint64_t term;   /* 0: a free slot */
	int64_t base, delta;
};

/* The frequencies a batch has read or changed: open addressing. */
struct dfmap {
	struct dfent *v;
	size_t cap, n;   /* cap a power of two */
	int64_t docs_base, docs_delta;  /* term 0: the articles counted */
	int docs_read;                  /* docs_base is read */
};

/* The distinct pairs of the index row being written (store-pairs.c):
 * open addressing, list in the order added. */
struct pair_row {
	uint64_t *set;
	uint64_t *list;
	size_t cap, n;
};

/* A set of pairs: open addressing, 0 a free slot. */
struct pair_set {
	uint64_t *v;
	size_t cap, n;
};

/* The ids a batch holds for one pair: n of them as varint differences
 * in b (store-pairs.c: ent_hold). 16 bytes before b: n is at most
 * PAIR_LIST_MAX, len at most PAIR_LIST_MAX * VARINT_MAX. */
struct pair_held {
	int64_t last;    /* the last id held */
	uint16_t n, len, cap;
	unsigned char b[];
};

/*
 * The store writes its lists as varints (varint_put, varint_get and
 * VARINT_MAX: lreader/util.h). Steps between sorted terms or articles
 * are mostly small: an article's signature at 8 bytes a term was 0.12x
 * the page text and the postings as one row each (term, article) 0.22x
 * (make-archive, 14,600 pages). Related-article pair lists are written
 * the same way.
 */

/* A pair the batch met, not known to be past its list: the ids it holds
 * (store-pairs.c's `full` once more than a list may hold). */
struct pair_ent {
	uint64_t pair;   /* 0: a free slot */
	struct pair_held *h;
};

struct pair_map {
	struct pair_ent *v;
	size_t cap, n;
	size_t bytes;    /* what the entries and the table take, for
	                    PAIR_HOLD_BYTES */
};

/* The schema version that added the pair index (migrations[5]): an
 * older library opened at its own version (tests) has no pairs table. */
#define PAIRS_SCHEMA 6
/* The schema version that added bodies.head (migrations[6]). */
#define HEADS_SCHEMA 7
/* The schema version that added the title pairs (migrations[7]). */
#define TITLE_PAIRS_SCHEMA 8
/* The schema version whose full-text index is our own (store-index.c)
 * instead of FTS5 (migrations[8]). */
#define OWN_INDEX_SCHEMA 9

/*
 * Pairs pairs_code gathers before it looks them up in `past` all at
 * once: each lookup is a miss in a set of up to a few MB, and asked for
 * together (prefetched) the misses overlap instead of waiting one after
 * the other between the tokenizer's calls.
 */
#define PAIRS_QUEUE 64
/*
 * Rows of the pair index pairs_sync writes with one statement
 * (Q_PAIR_PUT_MANY's VALUES; store-pairs.c: queue_put). Each
 * statement stepped costs its own begin and end (the cursor opened, the
 * halt, the reset), about 1,300 instructions beside the row's seek and
 * insert.
 */
#define PAIR_PUT_ROWS 16

struct pairs {
	int on;                 /* the library has the pair index */
	int titles;             /* and the title pairs (schema 8) */
	int col;                /* index row columns tokenized so far */
	int64_t article;        /* the article whose index row is being
	                           written (0: none, its pairs not noted) */
	struct pair_row row;
	struct pair_map map;
	struct pair_set past;   /* pairs known to be past their list */
	int learnt;             /* past was read from the table
	                           (pairs_learn) */
	/* The row's pairs not yet looked up in `past` (pairs_code). */
	uint64_t queue[PAIRS_QUEUE];
	size_t nqueue;
};

/* The tokenizer's walk over a piece of an index row: pairs_char notes
 * each folded character and the pair it ends. */
struct pair_walk {
	struct store *s;
	uint32_t prev;          /* the character before; 0 at the start */
	int what;               /* PAIRS_ANY, or with PAIRS_TITLE too, or
	                           PAIRS_TITLE alone */
};

/* What a pair walk notes: the pairs of the index row (either column),
 * and the pairs of its title (column 0) under a key of their own. */
#define PAIRS_ANY 1
#define PAIRS_TITLE 2

struct store {
	sqlite3 *db;
	char *path;
	sqlite3_stmt *st[Q_COUNT];  /* prepared on first use */
	struct pend_row *pend;      /* index rows not yet written */
	size_t npend, apend;        /* used and allocated */
	size_t pend_bytes;          /* their text, for PENDING_MAX */
	int64_t *moved;             /* issues of moved rows written ahead */
	size_t nmoved, amoved;      /* (write_moved; still "waiting") */
	int pretok;                 /* the tokenizer is given tok_stream's
	                               rows (flush_rows) */
	int batch;                  /* inside store_begin */
	int dirty;                  /* issue numbers need recomputing */
	int64_t renum_from;         /* (dirty) from this order key on */
	int readonly;               /* opened for reading only */
	int temp_mem;               /* temp_store set to memory for the
	                               batch (store.c: temp_in_memory) */
	int hash_set;               /* the index's hashsize checked
	                               (store.c: fts_hashsize) */
	struct dfmap df;            /* term frequencies of this batch */
	dev_t dev;                  /* the library file, for open_here */
	ino_t ino;
	/* The interface's pinned view (store_pin): the issues it shows are
	 * those imported up to pin_seq, numbered as they were then. Once
	 * another process changed the library, view[n - 1] is the id of
	 * issue number n (view_n of them) and vid the same sorted by id;
	 * before that, NULL: the stored numbers are the view's. */
	int pinned;
	int64_t pin_seq;
	long long pin_version;      /* PRAGMA data_version last seen */
	int64_t *view;
	struct view_id { int64_t id; int n; } *vid;
	int view_n;
	int fresh;                  /* issues imported since the pin */
	/* Work done for the reader: SQLite virtual-machine steps of every
	 * statement stepped (see store_work). */
	long long work;
	struct pairs pairs;         /* the pair index (store-pairs.c) */
	int heads;                  /* bodies have their head (schema 7) */
	int own;                    /* the index is our own (schema 9), not
	                               FTS5 */
	struct ix_writer *ix;       /* its batch held (store-index.c; made
	                               when first written) */
	/* Postings of the signed articles not yet written (sign_pending,
	 * posts_write). */
	struct post_map posts;
};

/*
 * An article's body as stored: "kind\0text\0" for each paragraph. Walk
 * it with body_next: *kind and *text point into it; 0 at the end.
 */
struct body_walk {
	const char *p, *end;
};

/* ---- defined in store.c: small helpers around sqlite3, numbering ---- */
int db_fail(struct store *s, char **err, const char *what);
sqlite3_stmt *prep(struct store *s, enum stmt_id id, char **err);
void done(sqlite3_stmt *st);
int step(struct store *s, sqlite3_stmt *st, char **err);
int bindf(struct store *s, sqlite3_stmt *st, char **err, const char *fmt, ...);
int bind_text(struct store *s, sqlite3_stmt *st, int i, const char *t,
    char **err);
int bind_int64(struct store *s, sqlite3_stmt *st, int i, int64_t v,
    char **err);
char *col_str(sqlite3_stmt *st, int i);
int exec(struct store *s, const char *sql, char **err);
int run(struct store *s, enum stmt_id id, char **err);
int query_int(struct store *s, const char *sql, int64_t *v, char **err);
/* Issue numbers from order key kbase on are stale (store.c). */
void numbers_stale(struct store *s, int64_t kbase);
int numbers_ready(struct store *s, char **err);

/*
 * The stored texts' format (zpack, store-put.c): ZHEAD bytes of length,
 * big-endian, then a zlib stream; an article's body has the first
 * ZDICT_MAX bytes of its page's text as the preset dictionary. Read by
 * load_body and by the snippets' reader (store-search.c), both through
 * store_zunpack.
 */
#define ZHEAD 4
#define ZDICT_MAX 32768

/* ---- defined in store-put.c ---- */
/* The text of a stored blob (zpack's format) with dict[0..dn) as its
 * preset dictionary when it asks for one, at most max bytes (0: all),
 * NUL-terminated, its length in *n (when n is not NULL); raw: without
 * zlib's checksums. The caller frees it; NULL with *err. */
char *store_zunpack(const void *z, size_t zn, const char *dict, size_t dn,
    size_t max, int raw, size_t *n, char **err);
int body_next(struct body_walk *w, const char **kind, const char **text);
int64_t date_code(const char *d);
void pend_drop(struct store *s, size_t keep);
int flush_pending(struct store *s, char **err);
int fts_flush(struct store *s, char **err);
int load_body(struct store *s, int64_t id, char **out, size_t *n, char **err);
int migrate_2(struct store *s, char **err);
int migrate_3(struct store *s, char **err);
int migrate_9(struct store *s, char **err);
/* Rebuild our own index when its deleted keys are many (store-put.c:
 * IX_GONE_SHARE of the articles, and store_ix_gone_min at least), else
 * merge its small batches (ix_tidy): 1 rebuilt, 0 not, -1 an error (the
 * rebuilds also counted, for the tests). */
int ix_compact(struct store *s, char **err);
extern int64_t store_ix_gone_min;
extern long store_ix_compactions;
sqlite3_stmt *prep_once(struct store *s, const char *sql, char **err);
int sign_unsigned(struct store *s, char **err);

/* ---- defined in store-deflate.c ---- */
/* zpack's format (ZHEAD bytes of length, then a zlib stream) made
 * without zlib's compressor: t[0..n), a its Adler-32 (the caller's,
 * which checks the stream against it: zpack), the caller frees it, *zn
 * its bytes; and when dict is not NULL, *dict: t indexed as the preset
 * dictionary of its articles' paragraphs (its first ZDICT_MAX bytes; t
 * is kept, not copied), for zf_pack_dict, freed by zf_dict_free. */
struct zf_dict;
unsigned char *zf_pack(const char *t, size_t n, uint32_t a, size_t *zn,
    struct zf_dict **dict);
/* t[0..n) indexed as zf_pack indexes it, without compressing it. */
struct zf_dict *zf_dict_new(const char *t, size_t n);
void zf_dict_free(struct zf_dict *d);
/* t[0..n) (Adler-32 a) as zf_pack makes it, with d's text as preset
 * dictionary; *from (when from is not NULL): the first byte of that
 * text the stream copies from (its length: none), so that the stream
 * inflates with the dictionary's bytes from there on alone. */
unsigned char *zf_pack_dict(const struct zf_dict *d, const char *t,
    size_t n, uint32_t a, size_t *zn, size_t *from);
/* The text d indexes as dictionary: its first *dn bytes. */
const char *zf_dict_text(const struct zf_dict *d, size_t *dn);
/* Test only (NULL otherwise): called on each stream zf_pack or
 * zf_pack_dict made for the store, before it is checked (store-put.c:
 * zpack), to damage it and see zlib's deflate take its place. */
extern void (*store_zf_damage)(unsigned char *z, size_t zn);

/* ---- defined in store-links.c ---- */
void df_clear(struct dfmap *m);
int df_sync(struct store *s, char **err);
unsigned char *terms_pack(const struct link_term *t, size_t n, size_t *len);
int sign_pending(struct store *s, int hold, char **err);
int posts_write(struct store *s, char **err);
void posts_clear(struct store *s);
int migrate_4(struct store *s, char **err);
int unsign(struct store *s, int64_t id, const struct article *a, char **err);

/* ---- defined in store-read.c ---- */
char *match_expr(const char *folded, const char *col, const char *not);
int load_paras(struct store *s, int64_t id, struct article *a, char **err);
/* The aggregate lreader_days (store_days) on this connection. */
int register_days(struct store *s, char **err);

/* ---- defined in store-search.c ---- */
int register_tokenizer(struct store *s, char **err);
/* Our own index's matches of folded with keys in [lo, hi] into the
 * connection's table temp.ix_hits (emptied first), for the statements
 * that join them (Q_TEXT_KEYS_OWN, Q_ARTICLES_TEXT_OWN). */
int own_hits(struct store *s, const char *folded, int64_t lo, int64_t hi,
    char **err);
/* A second connection to s's library, for reading it in another thread
 * (SQLite connections are not shared between threads): read-only, the
 * tokenizer registered, a small page cache (store_read_once), nothing
 * noted as open here. Close it with store_close before s. */
int store_twin(struct store *s, struct store **out, char **err);
/* store-search.c: the articles a library has before a count is split
 * in two threads (COUNT_SPLIT_MIN), and how many counts were split:
 * for the tests, which split small libraries. */
extern int64_t store_count_split_min;
extern long store_count_splits;
/* store-search.c: the bodies unpacked for snippets, for the tests. */
extern long store_snippet_unpacks;

/*
 * The tokens the tokenizer makes of a document's column text, as one
 * string (caller frees; *len bytes): each token one character of it, a
 * folded character or "\n" between pieces. Made where no library is
 * needed (store_pack, in the reading thread); the tokenizer, told so by
 * s->pretok, gives its characters back as the same tokens.
 */
char *tok_stream(const char *text, size_t *len);
/* Whether article id, with these fields, holds the folded query in any
 * of them (its paragraphs read): what its index row matches. */
int article_has(struct store *s, int64_t id, const char *title,
    const char *kicker, const char *subtitle, const char *byline,
    const char *folded, int *has, char **err);
/*
 * The head of a body (body_pack's "kind\0text\0" for each paragraph,
 * n bytes) that bodies.head keeps for snippets: a byte saying whether
 * it holds every paragraph, then the paragraphs' texts, each ended by
 * "\0", the last cut at a character (no "\0") when they are longer than
 * it may hold. The caller frees it; *hn its bytes.
 */
unsigned char *head_make(const char *body, size_t n, size_t *hn);
/* migrations[6]'s C step: bodies7 filled from bodies, which it
 * replaces. */
int migrate_7(struct store *s, char **err);

/* ---- defined in store-pairs.c ---- */
/* Note the pairs of the index row written next as article's (0: do not
 * note them); pairs_row_end adds them to the batch. */
void pairs_row_begin(struct store *s, int64_t article);
void pairs_char(struct pair_walk *w, const char *folded, size_t len);
/* The pair of two folded code points (both below 2^21; the first never
 * 0, so no pair is 0). */
static inline uint64_t
pair_of(uint32_t a, uint32_t b)
{
	return (uint64_t)a << 21 | b;
}

/*
 * The title pairs (schema 8): a pair side by side in an index row's
 * title column, under its key with this bit (above any pair_of) in the
 * same table, listed as the pairs are (a list of at most PAIR_LIST_MAX
 * articles, else NULL). The first page of a search lists the title
 * group first, and the title column's phrase in FTS5 walks every row
 * holding the phrase in either column (FTS5 keeps one doclist for both
 * columns and filters each row's positions by column): a phrase in
 * thousands of bodies and a handful of titles walked the whole index
 * (推动高, 4,677 articles, 1 title, at 14,600 make-archive pages: 134 M
 * instructions of the search's 155 M). A title pair's list names every
 * article whose title can hold the phrase: search reads those titles
 * instead (store-search.c). make-archive, 14,600 pages: 150,000
 * titles, 3.3 M characters.
 */
#define TITLE_PAIR ((uint64_t)1 << 62)

/* Look up the queued pairs (ps->queue) in `past` (see pairs_code). */
void pairs_queue_drain(struct pairs *ps);

static inline void
pairs_queue(struct pairs *ps, uint64_t p)
{
	if (ps->nqueue == PAIRS_QUEUE)
		pairs_queue_drain(ps);
	ps->queue[ps->nqueue++] = p;
}

/*
 * pairs_char of a character decoded already (c, its code point). A pair
 * known to be past its list is left out of the row at once: at 14,600
 * make-archive pages nearly every pair of a row is, and putting each
 * into the row's set to look it up in `past` once the row ended took
 * 8 % of the writing thread when appending to such a library. (`past`
 * changes only in pairs_sync, never during a row.) The lookups wait in a
 * queue of PAIRS_QUEUE, done together at its end or the row's: one at a
 * time, each waited for its miss in `past` (80 % of pairs_code's time, 4
 * % of the import's, 4,000 make-archive pages). Inline: the tokenizer
 * notes every character of every index row, and a call into
 * store-pairs.c for each took 52 M of the tokenizer's 1,130 M
 * instructions (appending 400 make-archive pages to 2,000: callgrind).
 */
static inline void
pairs_code(struct pair_walk *w, uint32_t c)
{
	struct pairs *ps = &w->s->pairs;
	uint64_t p;

	if (w->prev != 0) {
		p = pair_of(w->prev, c);
		if (w->what & PAIRS_ANY)
			pairs_queue(ps, p);
		if (w->what & PAIRS_TITLE)
			pairs_queue(ps, p | TITLE_PAIR);
	}
	w->prev = c;
}

int pairs_row_end(struct store *s, char **err);
/* Write the batch's pairs (at commit, or when many are held). */
int pairs_sync(struct store *s, char **err);
/* What the batch's pair map may still take before pairs_sync writes it
 * (PAIR_HOLD_BYTES less what it takes): room the held postings may use
 * meanwhile (store-links.c: post_hold_max). */
size_t pairs_room(const struct store *s);
/* Forget the batch's pairs (rollback); pairs_free also frees the sets. */
void pairs_clear(struct store *s);
void pairs_free(struct store *s);
/*
 * The articles that can hold folded (two characters or more): 1 with
 * *ids (ascending; the caller frees) and *n, a superset of those that
 * do (none when a pair of it is in no article); 0 when the pair index
 * cannot tell (no index, one character, every pair too common); -1.
 */
int pairs_lookup(struct store *s, const char *folded, int64_t **ids,
    size_t *n, char **err);
/* pairs_lookup of the title pairs: a superset of the articles whose
 * title holds folded (schema 8). */
int pairs_title_lookup(struct store *s, const char *folded, int64_t **ids,
    size_t *n, char **err);
/* The tokenizer's walk of a document of the index row being written:
 * what it notes (0: nothing; the first document is the title). */
int pairs_doc_what(struct store *s);
/* Whether the folded query is one pair: then a listed article that has
 * not changed since (not in pairs_gone) holds it, unread. */
int pairs_one(const char *folded);
int migrate_6(struct store *s, char **err);
int migrate_8(struct store *s, char **err);

/* ---- defined in store-index.c: the full-text index of our own ---- */
/*
 * Bytes of postings the writer holds before it writes them as a batch
 * (ix_add's caller checks ix_held): the prototype's index at 4,000
 * make-archive pages was within 2 % of its size at 6 MB held
 * (doc/index-design.md), and 1.5 MB takes about 2.5 MB of buffers, less
 * than FTS5's 2 MB hash and 1 MB of waiting text did (buffers doubled
 * as they grew; grown by a quarter, IX_GROW_SHIFT in store-index.c,
 * about 0.6 MB less at the import's peak).
 */
#define IX_HOLD (1536 * 1024)
/* IX_HOLD for the importer's writer (the tests lower it). */
extern size_t store_ix_hold;
/* ix_pg's id: batch << IX_PAGE_BITS | page (store-index.c; store-put.c
 * counts a batch's rows by it). */
#define IX_PAGE_BITS 24
/* Its tables (schema 8). */
#define IX_SCHEMA \
	"CREATE TABLE IF NOT EXISTS ix_pg (id INTEGER PRIMARY KEY," \
	" data BLOB NOT NULL);" \
	"CREATE TABLE IF NOT EXISTS ix_dir (id INTEGER PRIMARY KEY," \
	" meta BLOB NOT NULL);" \
	"CREATE TABLE IF NOT EXISTS ix_gone (key INTEGER PRIMARY KEY," \
	" batch INTEGER NOT NULL);"
/* What a query matches (ix_open): the phrase anywhere, or in the
 * title. */
#define IX_ANY 0
#define IX_TITLE 1
/* Where a match's instances are (ix_where): lreader_where's answer. */
#define IX_WHERE_TITLE 1
#define IX_WHERE_REST 2
struct ix_writer;
struct ix_query;
struct ix_writer *ix_writer_new(void);
void ix_writer_free(struct ix_writer *w);
int ix_create(sqlite3 *db, char **err);
/* Add an article's index row under key: title and body as tok_stream
 * made them (lt, lb bytes), their pairs noted on pw_title and pw_body
 * when not NULL. A key not above the batch's last writes the batch
 * first. */
int ix_add(sqlite3 *db, struct ix_writer *w, int64_t key, const char *title,
    size_t lt, const char *body, size_t lb, struct pair_walk *pw_title,
    struct pair_walk *pw_body, char **err);
/* Bytes of postings held, for IX_HOLD. */
size_t ix_held(const struct ix_writer *w);
/* Write the batch held (nothing when empty); it is forgotten either way
 * (a failure rolls back the caller's transaction). */
int ix_write(sqlite3 *db, struct ix_writer *w, char **err);
/* Hold the directory rows of the batches written (ix_write) until
 * ix_write_dir, or IX_DIR_HOLD bytes of them, and write them then in id
 * order (store-index.c says why): for the importer's writer, whose
 * transaction commits with ix_write_dir. */
void ix_hold_dir(struct ix_writer *w);
/* Bytes of directory rows held (the tests). */
size_t ix_dir_held(const struct ix_writer *w);
/* IX_DIR_HOLD (the tests lower it). */
extern size_t ix_dir_hold;
/* Write the directory rows held; forgotten either way (a failure rolls
 * back the caller's transaction). */
int ix_write_dir(sqlite3 *db, struct ix_writer *w, char **err);
/* Forget the batch held and the directory rows held (the transaction
 * rolled back). */
void ix_drop(struct ix_writer *w);
/* The article under key is deleted: its postings written so far are
 * dead (an heir written later under the key is not). */
int ix_gone(sqlite3 *db, struct ix_writer *w, int64_t key, char **err);
/* A query of the folded phrase: ix_le gives the highest matching key
 * <= target (1, or 0 when none; targets must not go up), ix_where where
 * the last match's instances are, ix_count the matches in [lo, hi]
 * (a query not walked yet). */
int ix_open(sqlite3 *db, const char *folded, int mode, struct ix_query **q,
    char **err);
int ix_le(struct ix_query *q, int64_t target, int64_t *key, char **err);
int ix_where(struct ix_query *q, int *where, char **err);
int ix_count(struct ix_query *q, int64_t lo, int64_t hi, long *n,
    char **err);
void ix_close(struct ix_query *q);
/* Merge the small batches that wait in a tier (store-index.c: "merging
 * small batches"): the number of merges done, or -1. *work (when not
 * NULL) adds the bytes of postings the merges read and wrote. */
int ix_tidy(sqlite3 *db, int64_t *work, char **err);
/* Small batches a tier holds before they are merged, and the pages of a
 * batch never merged (the tests lower them). */
extern int64_t ix_merge_width;
extern int64_t ix_merge_big;
/* Read and decode the whole index: 0, or -1 when it is damaged. */
int ix_check(sqlite3 *db, char **err);

#endif

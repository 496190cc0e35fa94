/*
 * store: the SQLite library of issues, articles, paragraphs, the reader's
 * marks and the full-text index (SPEC "Identity and re-import", "Schema",
 * "Issues: numbers, dates and pages"). The only module that includes
 * sqlite3.h.
 */
#ifndef LREADER_STORE_H
#define LREADER_STORE_H

#include <stddef.h>
#include <stdint.h>
#include "lreader/article.h"
#include "lreader/links.h"

struct store;

/* Current schema version (PRAGMA user_version). 3: continuation marks,
 * term signatures for related reports, the byline in the index; 4:
 * signatures and postings packed as varints; 5: the index's usermerge
 * for the merges a commit finishes; 6: the pair index for search; 7: the
 * head of each article's paragraphs, for search snippets. */
#define STORE_SCHEMA_VERSION 9

/*
 * Open (creating if needed, with its folder) the library at path: WAL, a
 * busy timeout, foreign keys; migrate older schemas, each version in one
 * transaction; refuse a newer one ("library is from a newer lreader")
 * without touching it. Returns 0 and *out, or -1 with *err set.
 */
int store_open(const char *path, struct store **out, char **err);
void store_close(struct store *s);

/*
 * For tests of migrations: store_open, but migrating a new or older file
 * only up to schema `version` (1 <= version <= STORE_SCHEMA_VERSION), so a
 * test can build a library as an older lreader left it.
 */
int store_open_version(const char *path, int version, struct store **out,
    char **err);
/* Run SQL on the library's connection (the tokenizer registered): for
 * tests and tools that need rows no API writes. */
int store_exec(struct store *s, const char *sql, char **err);
/* Pages of the library this connection has read so far (SQLite's page
 * cache hits and misses): what tests count to show how a query's work
 * grows with the library, as time cannot. Unlike store_work it sees the
 * full-text index's own reads: a phrase walk that tests thousands of
 * rows to return one is one row to the virtual machine. */
long store_pages_read(struct store *s);

/*
 * The library path by SPEC: opt (from --db) if not NULL, else $LREADER_DB,
 * else $XDG_DATA_HOME/lreader/library.db, else
 * ~/.local/share/lreader/library.db. The caller frees it.
 */
char *store_default_path(const char *opt);

/* Batching: several issues may share one transaction; each issue is put
 * in a savepoint of its own so that a failed file rolls back alone.
 * store_begin waits for another process's write (up to a minute) rather
 * than fail. store_batch_alive: whether the transaction begun is still
 * open (SQLite rolls a whole transaction back itself on some errors, a
 * full disk among them: then everything put since store_begin is gone). */
int store_begin(struct store *s, char **err);
/* Whether the library was opened for reading only (its file or folder is
 * not writable, SPEC "Limits"): then every write, marks included, fails
 * with "read-only: marks are not saved" and store_begin with "…: the
 * library is read-only". */
int store_readonly(const struct store *s);
/* For a command that reads the library once and ends (`search`): a
 * small page cache (STORE_READ_ONCE_PAGES in store.c), so that what it
 * reads once does not grow the process, and one read transaction to
 * store_close (one snapshot; store_begin cannot follow). */
int store_read_once(struct store *s, char **err);
int store_commit(struct store *s, char **err);
/* store_commit for a batch that another of the same import follows: the
 * small index segments it leaves are merged by the last commit, as the
 * next batch's flushes would have joined them. */
int store_commit_more(struct store *s, char **err);
void store_rollback(struct store *s);
int store_batch_alive(struct store *s);

/* What an import hands to the store for one page. */
struct issue_in {
	const char *source;   /* the path as given */
	const char *path;     /* canonical absolute path: the identity */
	const char *text;     /* decoded page text (kept for --reclean); NULL
	                         when packed is given, which holds it */
	const char *date;     /* "YYYY-MM-DD" or "" */
	int page;             /* 0 when unknown */
	int cleaner;          /* importer version that cleaned it */
	const struct page *page_articles;
	/* The text and the articles' paragraphs compressed already
	 * (store_pack of this text and these articles), or NULL:
	 * store_put_issue compresses them. Given it, the store reads no
	 * paragraph of page_articles (their texts may be freed). */
	const struct store_packed *packed;
};

enum store_put { STORE_IMPORTED, STORE_REPLACED, STORE_SKIPPED };

/*
 * A page's text and each of its articles' paragraphs compressed as the
 * library keeps them, each article's index text, link terms and
 * continuation marks, and the text's hash (for finding the same text):
 * the work of storing an issue that needs no library, so that the importer
 * does it in the thread that segments while another writes (about a
 * third of the writing thread's time).
 * store_pack makes one of text and p (NULL: no articles) into *out;
 * returns 0, or -1 with *err set (zlib out of memory). Free it with
 * store_packed_free; it goes with that text and those articles only.
 */
struct store_packed;
int store_pack(const char *text, const struct page *p,
    struct store_packed **out, char **err);
void store_packed_free(struct store_packed *k);

/*
 * Store one issue in its own savepoint. Same decoded text already stored
 * (any path): nothing changes, *result = STORE_SKIPPED. Same path with
 * other text: the issue is replaced; marks (read, bookmark, position) move
 * to the new article with the same title, else the same seq, which keeps
 * the old id; others get new ids (never reused). Issue numbers are
 * recomputed. Returns 0, or -1 with *err set and nothing changed.
 */
int store_put_issue(struct store *s, const struct issue_in *in,
    enum store_put *result, char **err);

/* Issues whose cleaner version is below `cleaner`, optionally only those
 * whose path lies under one of prefixes (canonical absolute paths). */
struct reclean_item {
	int64_t issue_id;
	char *source, *path, *text, *date;  /* owned */
	int page;
};
int store_reclean_list(struct store *s, int cleaner, char **prefixes,
    size_t nprefix, struct reclean_item **items, size_t *n, char **err);
void store_reclean_free(struct reclean_item *items, size_t n);

/* ---- reading ---- */

struct issue_row {
	int64_t id;
	int number;        /* 1, 2, … by date and page, undated after */
	char date[11];     /* "YYYY-MM-DD" or "" */
	int page;
	char *source;      /* owned */
	char *lead;        /* owned: title of the first article */
	int narticles;
	int nunread;
	int nmatch;        /* articles passing the filter (= narticles without) */
};
void store_issue_rows_free(struct issue_row *rows, size_t n);

struct article_row {
	int64_t id;
	int issue;         /* issue number */
	int seq;           /* 1-based place on the page */
	enum article_kind kind;
	char *title;       /* owned */
	int read;
	int bookmarked;
};
void store_article_rows_free(struct article_row *rows, size_t n);

/* Filters the sidebar and `list` apply; all combine with AND. */
struct store_filter {
	int unread_only;
	int bookmarks_only;
	const char *text;  /* NULL or "": none; else a search query */
};

int store_issue_count(struct store *s, int *n, char **err);

/*
 * The interface's view of a library that another process may change
 * (work item 10, item 2). store_pin fixes the view at the issues in the
 * library now, numbered as they are now; from then on store_issue_count,
 * store_issues, store_articles(_each), store_find_issues and
 * store_article_issue answer within the view, with its numbers, whatever
 * another process imports, until the next store_pin. store_poll notices
 * another process's change (PRAGMA data_version) and sets *fresh to the
 * issues imported since the pin (shown after the next store_pin). An
 * issue removed since the pin keeps its number, as an empty row.
 * Both return 0 or -1 with *err.
 */
int store_pin(struct store *s, char **err);
/* The number of issue id (in the view when pinned), 0 if not there.
 * Returns 0 or -1 with *err. */
int store_issue_number(struct store *s, int64_t id, int *number, char **err);
int store_poll(struct store *s, int *fresh, char **err);
/* Issues in number order whose number is >= `first` (1-based), at most
 * `limit` (<= 0: all); with a filter (f may be NULL) only issues with a
 * passing article, nmatch counting those. To page on, pass the last
 * row's number + 1. *rows: free with store_issue_rows_free. */
int store_issues(struct store *s, const struct store_filter *f, int first,
    int limit, struct issue_row **rows, size_t *n, char **err);
/* The articles of issue `number` (0: all issues) passing f (NULL: none),
 * in issue then page order; "N: no such issue" (-1) for a number that
 * does not exist. *rows: free with store_article_rows_free. */
int store_articles(struct store *s, int number, const struct store_filter *f,
    struct article_row **rows, size_t *n, char **err);
/*
 * Called for each row of a walk, in order. The row and its strings stay
 * the store's and live only during the call; the callback may read the
 * store (store_article, store_article_issue) but not write it. Return 0
 * to go on; a positive value stops the walk, which returns it.
 */
typedef int (*store_article_fn)(void *ctx, const struct article_row *row);
/* store_articles one row at a time, in memory that does not grow with
 * the library (`list`, `export`): returns 0 when every row was handed
 * to fn, fn's positive value when it stopped, -1 with *err. */
int store_articles_each(struct store *s, int number,
    const struct store_filter *f, store_article_fn fn, void *ctx,
    char **err);
/* Issue numbers, ascending, for a date "YYYY-MM-DD" (every page of the
 * day), for "YYYY-MM-DD/P", for "YYYY-MM" (the month); with on_or_after,
 * only the first issue on or after it ("YYYY-MM-DD/P": that date and page
 * or later). *n 0 when none; -1 for a malformed spec. Bare numbers are
 * the caller's. The caller frees *numbers. */
int store_find_issues(struct store *s, const char *spec, int on_or_after,
    int **numbers, size_t *n, char **err);

/*
 * The edition tree (SPEC "The edition tree"): dated issues grouped by
 * day. A day's issues are numbered first … first + npages - 1 (one issue
 * a page; two files of one page are two), in the view when pinned.
 */
struct day_row {
	char date[11];     /* "YYYY-MM-DD" */
	int first;         /* number of its first issue */
	int npages;        /* its issues */
	int nunread;       /* unread articles: 0 until store_days_unread */
};
/* Every day of dated issues, in date order, from one grouped read of the
 * issues' order keys (no article is read). *rows: free() it. 0 or -1. */
int store_days(struct store *s, struct day_row **rows, size_t *n,
    char **err);
/* Set nunread of rows[0 … n-1], consecutive days in date order, with one
 * grouped read of those days' articles only. 0 or -1 with *err. */
int store_days_unread(struct store *s, struct day_row *rows, size_t n,
    char **err);
/* Mark every article of the issues of day `date` (in the view when
 * pinned) read or unread. 0 or -1 with *err. */
int store_set_day_read(struct store *s, const char *date, int read,
    char **err);
/*
 * The work this connection has done: SQLite virtual-machine steps of
 * every statement the store stepped, a count that grows with the rows a
 * read visits, whether or not it returns them. Tests compare it before
 * and after a read to show what the read costs (the sidebar reads what
 * it shows, not the library).
 */
long long store_work(const struct store *s);

/* One whole article; *out is NULL (and 0 returned) when there is none. */
int store_article(struct store *s, int64_t id, struct article **out,
    char **err);
/* The issue number, source, date and page of an article. */
int store_article_issue(struct store *s, int64_t id, struct issue_row *out,
    char **err);

/* ---- marks and state ---- */
int store_set_read(struct store *s, int64_t id, int read, char **err);
int store_set_bookmark(struct store *s, int64_t id, int on, char **err);
/* Mark every article of issue (its id) read or unread. 0 or -1 with *err. */
int store_set_issue_read(struct store *s, int64_t issue, int read,
    char **err);
int store_set_position(struct store *s, int64_t id, int para, long off,
    char **err);
int store_get_marks(struct store *s, int64_t id, int *read, int *bookmarked,
    int *para, long *off, char **err);
/* Small key/value settings (last open article, …); *value NULL if unset. */
int store_set_state(struct store *s, const char *key, const char *value,
    char **err);
int store_get_state(struct store *s, const char *key, char **value,
    char **err);

/* ---- search (SPEC "search") ---- */
struct search_hit {
	int64_t id;
	int issue;
	char *title;    /* owned */
	char *snippet;  /* owned: text around the first match */
	size_t mark_start, mark_len;  /* the match inside snippet (bytes) */
	int in_title;
};
/* Every article whose kicker, title, subtitle, byline or a paragraph
 * contains
 * query (folded as search_fold does): title matches first, then the rest;
 * in each, dated issues by date and page newest first (the reverse of
 * issue numbers), then undated ones last imported first; page order
 * within an issue. A query folding to nothing finds nothing. limit <= 0:
 * no limit. The snippet is up to 10 characters either side of
 * the first match in the kicker, subtitle, byline or paragraphs, else in
 * the title, with "…" where it was cut. Free with store_search_free. A query
 * of more than STORE_QUERY_MAX characters is refused (-1, *err "query too
 * long …", SPEC "Limits"). */
#define STORE_QUERY_MAX 256
int store_search(struct store *s, const char *query, int limit,
    struct search_hit **hits, size_t *n, char **err);
void store_search_free(struct search_hit *hits, size_t n);
/* Called for each hit in order; the hit and its strings stay the store's
 * and live only during the call. 0 goes on; a positive value stops. */
typedef int (*store_hit_fn)(void *ctx, const struct search_hit *hit);
/*
 * store_search one hit at a time (`search`): the same hits in the same
 * order, each snippet made only for a hit handed to fn, in memory that
 * does not grow with the library or the number of hits (at most 32
 * hits' keys are held, to put title matches first). Returns 0, fn's
 * positive value when it stopped, or -1 with *err.
 */
int store_search_each(struct store *s, const char *query, int limit,
    store_hit_fn fn, void *ctx, char **err);
/* The number of articles store_search would give with no limit
 * (`search --count`), without reading them; the same refusals. */
int store_search_count(struct store *s, const char *query, long *count,
    char **err);

/* ---- links between articles (SPEC "Links between articles") ---- */

/* A continuation or cross-reference mark and where it leads. */
struct store_link {
	struct link_mark mark;  /* kind, page and place in the article */
	int64_t target;         /* the article it leads to; 0: unresolved */
	char *reason;           /* owned: why unresolved, for the status
	                           line ("page 4 of 2021-07-26 is not in the
	                           library"); NULL when resolved */
};
/*
 * The marks of article id, in reading order, each resolved against the
 * library as it is now (so a continuation imported later is found): on
 * page N of the same day, for 下转/转 the article that opens with 上接
 * this page and shares the most rare terms with it (and shares fewer
 * with any other article of this page that continues on page N), else
 * the one whose headline matches this one's; for 上接/接 the same the
 * other way; for 见 the article whose headline matches the words before
 * the mark. *out (free with store_links_free) is NULL when there are
 * none; "ID: no such article" (-1) for an id that does not exist.
 */
int store_links(struct store *s, int64_t id, struct store_link **out,
    size_t *n, char **err);
void store_links_free(struct store_link *links, size_t n);

/* One related article: `list`'s columns plus the date and page. */
struct related_row {
	int64_t id;
	int issue;         /* issue number */
	int seq;
	enum article_kind kind;
	char *title;       /* owned */
	char date[11];     /* "YYYY-MM-DD" or "" */
	int page;
	double score;      /* the rare terms shared, weighed */
};
/*
 * The at most `limit` articles that share the most rare terms with
 * article id (SPEC "related ID"): its signature (the rare terms picked
 * at import) against every other article's, each shared term weighing
 * its inverse document frequency over the library as it is now; equal
 * scores newest first (dated issues by date and page, then undated
 * ones last imported first), page order within an issue. Articles that
 * share nothing are left out. Free with store_related_free; "ID: no
 * such article" (-1) for an id that does not exist.
 */
int store_related(struct store *s, int64_t id, int limit,
    struct related_row **out, size_t *n, char **err);
void store_related_free(struct related_row *rows, size_t n);

#endif

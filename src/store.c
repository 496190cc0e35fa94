/*
 * store: the SQLite library (SPEC "Identity and re-import", "Schema",
 * "Issues: numbers, dates and pages", "search"). The only module that
 * includes sqlite3.h.
 *
 * Order keys. Every issue has a key `kbase` that sorts it where SPEC puts
 * it. From the high bits down:
 *
 *   bit 62      0 dated, 1 undated (undated issues follow the dated ones)
 *   dated:      bits 40-61 date (y*372 + (m-1)*31 + d-1), 26-39 page
 *               (pages above 16383 share 16383 and follow each other in
 *               import order), 12-25 a tie count for several files of one
 *               date and page (in import order)
 *   undated:    bits 12-61 the import sequence
 *   bits 0-11   0
 *
 * Index keys (schema 2). An article's rowid in the full-text index,
 * articles.skey, is dense instead: each issue holds keys klo .. klo+kn-1
 * (issues.klo, kn), its article seq at klo + kn - seq, and the issues'
 * key ranges follow kbase order, dated ones in [FKEY_LO, FKEY_UNDATED),
 * undated ones above (alloc_keys). Date-based rowids cost FTS5 four to
 * six bytes a rowid step, dense ones one: the index 14 % smaller.
 *
 * A key depends only on the issue's own date, page and import sequence,
 * so importing an older issue never changes the keys of others. The
 * sidebar order is kbase ascending; `number` (the position, SPEC: "a
 * position, not an identity") is kept in a column so that reading rows is
 * an index range, recomputed by one window-function UPDATE per
 * transaction that writes only the rows whose number changed. Search
 * (newest first, then undated last imported first, page order within an
 * issue) is the index's own rowid order read backwards (index keys keep
 * kbase order): FTS5 stops after
 * `limit` rows instead of sorting every match (TECH-NOTES: ORDER BY rank
 * costs up to 243 ms, rowid order under 1 ms).
 *
 * Full-text index: a contentless FTS5 table (title, body) whose tokenizer
 * emits one token per folded character (search_fold_each) and a "\n"
 * token between kicker, subtitle and paragraphs, so a query is one phrase
 * of single characters and matches exactly what a scan of the folded
 * fields would (TECH-NOTES "SQLite FTS5 and Chinese"); detail=full, the
 * only level at which FTS5 answers phrases (detail=column refuses them).
 * The text lives only in articles and bodies; to delete an index row the
 * same fields are rebuilt from there (fts_forget) and handed to FTS5's
 * 'delete'. A sidebar under a text filter walks the index in rowid order
 * (= issue order) and stops after a screenful (issues_by_text).
 *
 * Tables: issues (small rows, rewritten by renumbering), texts (each
 * issue's decoded page, SPEC: kept for --reclean, zlib-compressed),
 * articles (marks included), bodies (each article's paragraphs,
 * compressed with its page's text as dictionary: ZDICT_MAX), state, fts.
 *
 * Links between articles (schema 3, SPEC "Links between articles"):
 * links holds each continuation mark links_find finds, with its place;
 * it is resolved when asked (store_links), so a page imported later is
 * found without touching the article that points to it. Related
 * reports: terms holds each term's document frequency (term 0: the
 * number of articles counted), sigs each article's signature (the
 * SIG_TERMS terms links_signature picks), postings the same keyed by
 * term, so that store_related reads a few short lists. Frequencies are
 * counted when an article's index row is written (flush_pending), kept
 * in memory for the batch (struct dfmap) and written at its end.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>
#include <zlib.h>

#include "lreader/links.h"
#include "lreader/search.h"
#include "lreader/store.h"
#include "lreader/util.h"

/* 0x4C524452, "LRDR": marks a file as an lreader library. */
#define APPLICATION_ID 1280459858
#define STR(x) #x
#define XSTR(x) STR(x)

#define SEQ_MAX 4095
#define TIE_MAX 0x3FFF
#define PAGE_KEY_MAX 16383
#define TIE_SHIFT 12
#define PAGE_SHIFT 26
#define DATE_SHIFT 40
#define KEY_UNDATED ((int64_t)1 << 62)
#define IMPORTED_MAX (((int64_t)1 << 50) - 1)

/*
 * Index keys (schema 2, see the top): dated issues' articles take keys
 * in [FKEY_LO, FKEY_UNDATED), undated ones' in [FKEY_UNDATED, FKEY_HI].
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

/*
 * zlib level for the page texts and article bodies: level 1 costs a
 * third of level 6's time for a few per cent more bytes (make-archive
 * pages: page texts 0.45 of their size at 6; see the work item 11 note).
 */
#define ZLEVEL 1

/* Bytes before each compressed text: its length, big-endian. */
#define ZHEAD 4
/*
 * An article's paragraphs are compressed with the start of its page's
 * text as zlib's preset dictionary: they are that text cleaned, so most
 * of them become references into it (make-archive pages: paragraphs to
 * 0.14 of their size, against 0.58 alone). zlib looks back 32 KB at
 * most, so that is all of the dictionary worth giving.
 */
#define ZDICT_MAX 32768

/* FTS5's in-memory hash of new terms ('hashsize'): it writes a segment
 * each time this much waits. FTS5's default, 1 MB; see flush_pending. */
#define FTS_HASHSIZE (1024 * 1024)
/* Index text a batch holds before writing it (flush_pending): about what
 * fills the hash (the index is about 1.1x the text it holds, measured on
 * make-archive pages), so that writing early adds no segment the hash
 * would not have made; it bounds the importer's memory too. */
#define PENDING_MAX FTS_HASHSIZE

/* Characters of context on each side of a match in a search snippet. */
#define SNIPPET_SIDE 10

/*
 * Terms in an article's signature. A report's subject shows in a few
 * dozen rare terms (the conference's name, the county, the project),
 * each two-character bigram of a name counting once; 32 keep those of a
 * long report while the postings stay about 32 rows an article (4 M
 * rows at 122,000 articles).
 */
#define SIG_TERMS 32
/*
 * A term in more than 1/RELATED_COMMON of the articles is the paper's
 * everyday vocabulary (发展, 工作, 吕梁), no sign of a shared subject:
 * store_related does not read its postings, which would be the longest.
 * Below RELATED_FEW articles the library is too small to tell.
 */
#define RELATED_COMMON 20
#define RELATED_FEW 200
/*
 * The terms of the open article store_related looks up: its heaviest
 * by the signature's weight, four signatures' worth. An article's
 * subject is in its rarer terms; the long tail of its everyday pairs
 * would read long lists for nothing (make-archive, 14,600 pages: all
 * 700 terms of an article took 71 ms, these 10).
 */
#define RELATED_QUERY_TERMS (4 * SIG_TERMS)
/*
 * Terms whose frequencies a batch keeps in memory (struct dfmap) before
 * writing them out early: about 40 bytes each, so 8 MB at most.
 */
#define DF_MAP_MAX 200000
/*
 * A headline matches a cross-reference's words or another headline
 * (store_links' fallback) when it shares at least half of the shorter
 * one's terms and at least LINK_TITLE_SHARED of them: two bigrams are
 * a name or a place, one is chance.
 */
#define LINK_TITLE_MIN 0.5
#define LINK_TITLE_SHARED 2

/*
 * migrations[v] takes a library from version v to v+1 in one
 * transaction: its SQL, then its C step (NULL: none). A later schema
 * appends a step, never edits one.
 */
struct migration {
	const char *sql;
	int (*step)(struct store *s, char **err);
	int vacuum;   /* rewrites most of the file: VACUUM after, so that
	                 the file shrinks to what it holds */
};

static int migrate_2(struct store *s, char **err);
static int migrate_3(struct store *s, char **err);

static const struct migration migrations[] = {
	/* 0 -> 1: the first schema. */
	{ "CREATE TABLE issues ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" source TEXT NOT NULL,"          /* the path as given */
	" path TEXT NOT NULL UNIQUE,"     /* canonical path: the identity */
	" hash TEXT NOT NULL,"            /* FNV-1a 64 of the text, hex */
	" cleaner INTEGER NOT NULL,"
	" date TEXT NOT NULL DEFAULT '',"
	" page INTEGER NOT NULL DEFAULT 0,"
	" imported INTEGER NOT NULL,"     /* import sequence */
	" kbase INTEGER NOT NULL UNIQUE," /* order key, see the top */
	" number INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX issues_hash ON issues(hash);"
	"CREATE INDEX issues_number ON issues(number);"
	/* The decoded page, for --reclean; apart, so that rewriting an
	 * issue's number does not rewrite its text. */
	"CREATE TABLE texts ("
	" issue INTEGER PRIMARY KEY REFERENCES issues(id) ON DELETE CASCADE,"
	" text TEXT NOT NULL);"
	"CREATE TABLE articles ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" issue INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,"
	" seq INTEGER NOT NULL,"
	" kind TEXT NOT NULL,"
	" title TEXT NOT NULL,"
	" kicker TEXT NOT NULL DEFAULT '',"
	" subtitle TEXT NOT NULL DEFAULT '',"
	" byline TEXT NOT NULL DEFAULT '',"
	" read INTEGER NOT NULL DEFAULT 0,"
	" bookmarked INTEGER NOT NULL DEFAULT 0,"
	" para INTEGER NOT NULL DEFAULT 0,"
	" off INTEGER NOT NULL DEFAULT 0,"
	" skey INTEGER NOT NULL UNIQUE,"  /* = rowid in fts */
	" UNIQUE (issue, seq));"
	"CREATE INDEX articles_bookmarked ON articles(issue) WHERE bookmarked;"
	"CREATE TABLE paragraphs ("
	" id INTEGER PRIMARY KEY,"
	" article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	" seq INTEGER NOT NULL,"
	" kind TEXT NOT NULL,"
	" text TEXT NOT NULL,"
	" UNIQUE (article, seq));"
	"CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
	" WITHOUT ROWID;"
	"CREATE VIRTUAL TABLE fts USING fts5(title, body, content='',"
	" columnsize=0, tokenize='lreader');"
	"PRAGMA application_id = " XSTR(APPLICATION_ID) ";", NULL, 0 },
	/*
	 * 1 -> 2 (work item 11: the library at 2.2x its text, not 3.5x):
	 * each page text and each article's paragraphs zlib-compressed
	 * (texts.z, bodies.z: see zpack), the index keys dense (issues.klo,
	 * kn: see alloc_keys) and the index rebuilt on them, merging 16
	 * segments at a time. migrate_2 moves the rows.
	 */
	{ "ALTER TABLE issues ADD COLUMN klo INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE issues ADD COLUMN kn INTEGER NOT NULL DEFAULT 0;"
	"CREATE TABLE texts2 ("
	" issue INTEGER PRIMARY KEY REFERENCES issues(id) ON DELETE CASCADE,"
	" z BLOB NOT NULL);"
	/* An article's paragraphs: "kind\0text\0" each, compressed. */
	"CREATE TABLE bodies ("
	" article INTEGER PRIMARY KEY REFERENCES articles(id)"
	" ON DELETE CASCADE,"
	" z BLOB NOT NULL);"
	"DROP TABLE fts;"
	"CREATE VIRTUAL TABLE fts USING fts5(title, body, content='',"
	" columnsize=0, tokenize='lreader');"
	/* FTS5 merges a level once automerge segments wait in it (default
	 * 4): 16 cut the import's time by 12-15 % on 4,000 make-archive
	 * pages, for a handful more segments to look up per query. */
	"INSERT INTO fts(fts, rank) VALUES ('automerge', 16);"
	"UPDATE articles SET skey = -skey;", migrate_2, 1 },
	/*
	 * 2 -> 3 (work items 12 and 10): continuation marks (links),
	 * term frequencies, signatures and their postings for related
	 * reports, and the byline in the index, which is rebuilt.
	 * migrate_3 fills them from the stored articles.
	 */
	{ "CREATE TABLE links ("
	" article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	" n INTEGER NOT NULL,"            /* its place among the marks */
	" para INTEGER NOT NULL,"         /* paragraph index */
	" off INTEGER NOT NULL,"          /* bytes into the paragraph */
	" len INTEGER NOT NULL,"
	" kind INTEGER NOT NULL,"         /* enum link_kind */
	" page INTEGER NOT NULL,"
	" PRIMARY KEY (article, n)) WITHOUT ROWID;"
	/* Document frequency of each term; term 0 counts the articles. */
	"CREATE TABLE terms (term INTEGER PRIMARY KEY, df INTEGER NOT NULL);"
	/* An article's signature: its terms, 8 bytes each, big-endian. */
	"CREATE TABLE sigs ("
	" article INTEGER PRIMARY KEY REFERENCES articles(id)"
	" ON DELETE CASCADE,"
	" terms BLOB NOT NULL);"
	"CREATE TABLE postings (term INTEGER NOT NULL,"
	" article INTEGER NOT NULL, PRIMARY KEY (term, article))"
	" WITHOUT ROWID;"
	"DROP TABLE fts;"
	"CREATE VIRTUAL TABLE fts USING fts5(title, body, content='',"
	" columnsize=0, tokenize='lreader');"
	"INSERT INTO fts(fts, rank) VALUES ('automerge', 16);", migrate_3, 1 },
};

#define N_MIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

/* Columns of one sidebar row: see read_issue_row. */
#define ISSUE_COLS \
	"i.id, i.number, i.date, i.page, i.source, " \
	"coalesce((SELECT title FROM articles WHERE issue = i.id" \
	" ORDER BY seq LIMIT 1), ''), " \
	"(SELECT count(*) FROM articles WHERE issue = i.id), " \
	"(SELECT count(*) FROM articles WHERE issue = i.id AND NOT read)"
/* ?2 unread only, ?3 bookmarks only, for the table alias a. */
#define FLAGS_A "(?2 = 0 OR NOT a.read) AND (?3 = 0 OR a.bookmarked)"
#define ARTICLE_COLS \
	"a.id, i.number, a.seq, a.kind, a.title, a.read, a.bookmarked"

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
	Q_SEARCH_COUNT, Q_ANY_UNDATED, Q_HIT_BY_KEY,
	Q_PIN_SEQ, Q_VIEW_IDS, Q_FRESH, Q_ISSUE_ROW_BY_ID, Q_ISSUE_KEYS_BY_ID,
	Q_ISSUE_NUMBER_OF, Q_SET_ISSUE_READ,
	Q_PUT_LINK, Q_DF_GET, Q_DF_ADD, Q_DF_DROP, Q_PUT_SIG, Q_GET_SIG,
	Q_PUT_POSTING, Q_DEL_POSTING, Q_LINKS, Q_ART_PLACE, Q_PAGE_ISSUES,
	Q_PAGE_ARTICLES, Q_POSTINGS, Q_RELATED_ROW,
	Q_COUNT
};

static const char *const sql_text[Q_COUNT] = {
	[Q_BEGIN] = "BEGIN IMMEDIATE",
	[Q_COMMIT] = "COMMIT",
	[Q_SAVEPOINT] = "SAVEPOINT put",
	[Q_RELEASE] = "RELEASE put",
	[Q_SAME_TEXT] = "SELECT i.id, i.path, i.cleaner, t.z FROM issues i"
	    " JOIN texts t ON t.issue = i.id WHERE i.hash = ?1",
	[Q_BY_PATH] = "SELECT id, date, page, kbase, klo, kn FROM issues"
	    " WHERE path = ?1",
	/* AUTOINCREMENT's high-water mark: never reused, even after a
	 * delete, so neither are import sequences. */
	[Q_NEXT_IMPORTED] = "SELECT coalesce((SELECT seq FROM sqlite_sequence"
	    " WHERE name = 'issues'), 0) + 1",
	[Q_LAST_TIE] = "SELECT max(kbase) FROM issues"
	    " WHERE kbase BETWEEN ?1 AND ?2",
	[Q_INSERT_ISSUE] = "INSERT INTO issues(id, source, path, hash,"
	    " cleaner, date, page, imported, kbase, klo, kn)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?1, ?8, ?9, ?10)",
	[Q_UPDATE_ISSUE] = "UPDATE issues SET source = ?2, hash = ?3,"
	    " cleaner = ?4, date = ?5, page = ?6, kbase = ?7, klo = ?8,"
	    " kn = ?9 WHERE id = ?1",
	[Q_PUT_TEXT] = "INSERT OR REPLACE INTO texts(issue, z)"
	    " VALUES (?1, ?2)",
	[Q_OLD_ARTICLES] = "SELECT id, seq, title, kicker, subtitle, read,"
	    " bookmarked, para, off, skey, byline FROM articles"
	    " WHERE issue = ?1 ORDER BY seq",
	[Q_BODY] = "SELECT b.z, t.z FROM bodies b"
	    " JOIN articles a ON a.id = b.article"
	    " JOIN texts t ON t.issue = a.issue WHERE b.article = ?1",
	[Q_DELETE_ARTICLES] = "DELETE FROM articles WHERE issue = ?1",
	[Q_INSERT_ARTICLE] = "INSERT INTO articles(id, issue, seq, kind,"
	    " title, kicker, subtitle, byline, read, bookmarked, para, off,"
	    " skey) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
	    " ?12, ?13)",
	[Q_PUT_BODY] = "INSERT OR REPLACE INTO bodies(article, z)"
	    " VALUES (?1, ?2)",
	[Q_NEIGHBOURS] = "SELECT id, klo, kn FROM issues WHERE kbase < ?1"
	    " AND kbase >= ?2 AND id <> ?3 ORDER BY kbase DESC LIMIT ?4",
	[Q_NEIGHBOURS_UP] = "SELECT id, klo, kn FROM issues WHERE kbase > ?1"
	    " AND kbase <= ?2 AND id <> ?3 ORDER BY kbase LIMIT ?4",
	[Q_MOVE_ISSUE] = "UPDATE issues SET klo = ?2 WHERE id = ?1",
	/* Parked below zero first (keys are UNIQUE), then unparked. */
	[Q_MOVE_ARTICLES] = "UPDATE articles SET skey = seq - ?2"
	    " WHERE issue = ?1",
	[Q_UNPARK] = "UPDATE articles SET skey = -skey WHERE issue = ?1",
	[Q_ISSUE_ARTICLES] = "SELECT id, skey, title, kicker, subtitle, byline"
	    " FROM articles WHERE issue = ?1 ORDER BY seq",
	[Q_FTS_INSERT] = "INSERT INTO fts(rowid, title, body)"
	    " VALUES (?1, ?2, ?3)",
	[Q_FTS_DELETE] = "INSERT INTO fts(fts, rowid, title, body)"
	    " VALUES ('delete', ?1, ?2, ?3)",
	[Q_RENUMBER] = "UPDATE issues SET number = r.n FROM (SELECT id,"
	    " row_number() OVER (ORDER BY kbase) AS n FROM issues) AS r"
	    " WHERE issues.id = r.id AND issues.number <> r.n",
	[Q_ISSUE_COUNT] = "SELECT count(*) FROM issues",
	[Q_ISSUES] = "SELECT " ISSUE_COLS ", (SELECT count(*) FROM articles a"
	    " WHERE a.issue = i.id AND " FLAGS_A ") AS m FROM issues i"
	    " WHERE i.number >= ?1 AND ((?2 = 0 AND ?3 = 0) OR m > 0)"
	    " ORDER BY i.number LIMIT ?4",
	/* Bookmarks are few: start from them (a partial index), not from
	 * every issue. */
	[Q_ISSUES_MARKED] = "WITH m(issue, n) AS (SELECT a.issue, count(*)"
	    " FROM articles a WHERE a.bookmarked AND (?2 = 0 OR NOT a.read)"
	    " GROUP BY a.issue)"
	    " SELECT " ISSUE_COLS ", m.n FROM m JOIN issues i ON i.id = m.issue"
	    " WHERE i.number >= ?1 ORDER BY i.number LIMIT ?4",
	[Q_FIRST_KEY] = "SELECT klo FROM issues WHERE number >= ?1"
	    " ORDER BY number LIMIT 1",
	/* Index rowids ascending are issues in number order, each issue's
	 * articles together. */
	[Q_TEXT_KEYS] = "SELECT a.issue FROM fts f"
	    " CROSS JOIN articles a ON a.skey = f.rowid"
	    " WHERE fts MATCH ?1 AND f.rowid >= ?4 AND " FLAGS_A
	    " ORDER BY f.rowid",
	[Q_ISSUE_BY_KEY] = "SELECT " ISSUE_COLS ", 0 FROM issues i"
	    " WHERE i.id = ?1",
	[Q_ISSUE_BY_NUMBER] = "SELECT id, klo, kn FROM issues"
	    " WHERE number = ?1",
	[Q_ARTICLES_OF] = "SELECT " ARTICLE_COLS " FROM articles a"
	    " JOIN issues i ON i.id = a.issue WHERE a.issue = ?1 AND " FLAGS_A
	    " ORDER BY a.seq",
	/* Issues in number order (an index), each one's articles by
	 * (issue, seq): sorting only within an issue, never the library
	 * (`list` and `export` stream every article). */
	[Q_ARTICLES_ALL] = "SELECT " ARTICLE_COLS " FROM issues i"
	    " CROSS JOIN articles a ON a.issue = i.id WHERE " FLAGS_A
	    " ORDER BY i.number, a.seq",
	[Q_BOOKMARKS] = "SELECT " ARTICLE_COLS " FROM articles a"
	    " JOIN issues i ON i.id = a.issue WHERE a.bookmarked AND ?3"
	    " AND (?2 = 0 OR NOT a.read) ORDER BY i.number, a.seq",
	[Q_ARTICLES_TEXT] = "SELECT " ARTICLE_COLS " FROM fts f"
	    " CROSS JOIN articles a ON a.skey = f.rowid"
	    " JOIN issues i ON i.id = a.issue"
	    " WHERE fts MATCH ?5 AND f.rowid BETWEEN ?6 AND ?7 AND " FLAGS_A
	    " ORDER BY i.number, a.seq",
	/* The pinned view (store_pin). */
	[Q_PIN_SEQ] = "SELECT coalesce(max(imported), 0) FROM issues",
	[Q_VIEW_IDS] = "SELECT id FROM issues WHERE imported <= ?1"
	    " ORDER BY kbase",
	[Q_FRESH] = "SELECT count(*) FROM issues WHERE imported > ?1",
	/* Q_ISSUES' row for one issue by id. */
	[Q_ISSUE_ROW_BY_ID] = "SELECT " ISSUE_COLS ", (SELECT count(*)"
	    " FROM articles a WHERE a.issue = i.id AND " FLAGS_A ") AS m"
	    " FROM issues i WHERE i.id = ?1",
	[Q_ISSUE_KEYS_BY_ID] = "SELECT id, klo, kn FROM issues WHERE id = ?1",
	[Q_ISSUE_NUMBER_OF] = "SELECT number FROM issues WHERE id = ?1",
	[Q_SET_ISSUE_READ] = "UPDATE articles SET read = ?2 WHERE issue = ?1",
	[Q_FIND] = "SELECT number, id FROM issues WHERE kbase BETWEEN ?1 AND ?2"
	    " AND (?3 < 0 OR page = ?3) ORDER BY kbase LIMIT ?4",
	[Q_ARTICLE] = "SELECT kind, title, kicker, subtitle, byline"
	    " FROM articles WHERE id = ?1",
	[Q_ARTICLE_ISSUE] = "SELECT " ISSUE_COLS ", 0 FROM issues i"
	    " WHERE i.id = (SELECT issue FROM articles WHERE id = ?1)",
	[Q_SET_READ] = "UPDATE articles SET read = ?2 WHERE id = ?1",
	[Q_SET_BOOKMARK] = "UPDATE articles SET bookmarked = ?2 WHERE id = ?1",
	[Q_SET_POSITION] = "UPDATE articles SET para = ?2, off = ?3"
	    " WHERE id = ?1",
	[Q_GET_MARKS] = "SELECT read, bookmarked, para, off FROM articles"
	    " WHERE id = ?1",
	[Q_SET_STATE] = "INSERT INTO state(key, value) VALUES (?1, ?2)"
	    " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
	[Q_DEL_STATE] = "DELETE FROM state WHERE key = ?1",
	[Q_GET_STATE] = "SELECT value FROM state WHERE key = ?1",
	/* CROSS JOIN keeps fts outermost, so ORDER BY rowid DESC is the
	 * index walking backwards, and the caller stops stepping when it
	 * has enough. */
	[Q_SEARCH] = "SELECT a.id, i.number, a.title, a.kicker, a.subtitle,"
	    " f.rowid, a.byline FROM fts f"
	    " CROSS JOIN articles a ON a.skey = f.rowid"
	    " JOIN issues i ON i.id = a.issue"
	    " WHERE fts MATCH ?1 AND f.rowid BETWEEN ?2 AND ?3"
	    " ORDER BY f.rowid DESC",
	/* The rows Q_SEARCH gives over all keys. Without its join: every
	 * index row has its article (both are written and deleted in one
	 * savepoint), and the join cost a third of the count's time. */
	[Q_SEARCH_COUNT] = "SELECT count(*) FROM fts WHERE fts MATCH ?1",
	[Q_ANY_UNDATED] = "SELECT EXISTS (SELECT 1 FROM issues"
	    " WHERE kbase >= ?1)",
	/* Q_SEARCH's columns for one article by its index key. */
	[Q_HIT_BY_KEY] = "SELECT a.id, i.number, a.title, a.kicker,"
	    " a.subtitle, a.skey, a.byline FROM articles a"
	    " JOIN issues i ON i.id = a.issue WHERE a.skey = ?1",
	[Q_PUT_LINK] = "INSERT INTO links(article, n, para, off, len, kind,"
	    " page) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[Q_DF_GET] = "SELECT df FROM terms WHERE term = ?1",
	[Q_DF_ADD] = "INSERT INTO terms(term, df) VALUES (?1, ?2)"
	    " ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
	[Q_DF_DROP] = "UPDATE terms SET df = df - 1 WHERE term = ?1",
	[Q_PUT_SIG] = "INSERT OR REPLACE INTO sigs(article, terms)"
	    " VALUES (?1, ?2)",
	[Q_GET_SIG] = "SELECT terms FROM sigs WHERE article = ?1",
	[Q_PUT_POSTING] = "INSERT OR IGNORE INTO postings(term, article)"
	    " VALUES (?1, ?2)",
	[Q_DEL_POSTING] = "DELETE FROM postings WHERE term = ?1"
	    " AND article = ?2",
	[Q_LINKS] = "SELECT para, off, len, kind, page FROM links"
	    " WHERE article = ?1 ORDER BY n",
	[Q_ART_PLACE] = "SELECT i.date, i.page FROM articles a"
	    " JOIN issues i ON i.id = a.issue WHERE a.id = ?1",
	[Q_PAGE_ISSUES] = "SELECT count(*) FROM issues"
	    " WHERE kbase BETWEEN ?1 AND ?2",
	/* The articles of one page of one day (several files of the same
	 * date and page included), in page order. */
	[Q_PAGE_ARTICLES] = "SELECT a.id FROM issues i"
	    " JOIN articles a ON a.issue = i.id"
	    " WHERE i.kbase BETWEEN ?1 AND ?2 ORDER BY i.kbase, a.seq",
	[Q_POSTINGS] = "SELECT article FROM postings WHERE term = ?1",
	[Q_RELATED_ROW] = "SELECT a.seq, a.kind, a.title, i.number, i.date,"
	    " i.page, i.kbase FROM articles a JOIN issues i ON i.id = a.issue"
	    " WHERE a.id = ?1",
	[Q_RECLEAN] = "SELECT i.id, i.source, i.path, t.z, i.date, i.page"
	    " FROM issues i JOIN texts t ON t.issue = i.id"
	    " WHERE i.cleaner < ?1 ORDER BY i.kbase",
};

/* An index row waiting for the end of its batch (see flush_pending). */
struct pend_row {
	int64_t issue;   /* the issue it belongs to */
	int64_t key;     /* its rowid in fts */
	char *title;     /* owned: the title as indexed */
	char *body;      /* owned: kicker, subtitle, byline, paragraphs as
	                    indexed */
	int64_t article; /* with terms: the article to sign */
	struct link_term *terms;  /* owned: its terms, to count and sign
	                             (NULL: a moved row, counted already) */
	size_t nterms;
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

struct store {
	sqlite3 *db;
	char *path;
	sqlite3_stmt *st[Q_COUNT];  /* prepared on first use */
	struct pend_row *pend;      /* index rows not yet written */
	size_t npend, apend;        /* used and allocated */
	size_t pend_bytes;          /* their text, for PENDING_MAX */
	int batch;                  /* inside store_begin */
	int dirty;                  /* issue numbers need recomputing */
	int readonly;               /* opened for reading only */
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
};

static void df_clear(struct dfmap *m);
static int df_sync(struct store *s, char **err);

/* What every write answers in a library opened for reading only. */
#define READONLY_MSG "read-only: marks are not saved"


/* ---- small helpers around sqlite3 ---- */

static int
db_fail(struct store *s, char **err, const char *what)
{
	return fail(err, "library: %s: %s", what, sqlite3_errmsg(s->db));
}

/* The cached statement id, ready to bind; NULL with *err on failure. */
static sqlite3_stmt *
prep(struct store *s, enum stmt_id id, char **err)
{
	if (s->st[id] == NULL && sqlite3_prepare_v3(s->db, sql_text[id], -1,
	    SQLITE_PREPARE_PERSISTENT, &s->st[id], NULL) != SQLITE_OK) {
		db_fail(s, err, "prepare");
		return NULL;
	}
	return s->st[id];
}

/* Make a cached statement ready for its next use. Its step results were
 * checked already; reset only repeats the last one. */
static void
done(sqlite3_stmt *st)
{
	if (st != NULL) {
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
	}
}

/* Step: 1 a row, 0 finished, -1 with *err. */
static int
step(struct store *s, sqlite3_stmt *st, char **err)
{
	int rc = sqlite3_step(st);

	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	return db_fail(s, err, "query");
}

/*
 * Bind parameters 1, 2, … by fmt: 'i' int, 'I' int64_t, 't' const char *
 * (NULL binds SQL NULL), 'z' int64_t bound as NULL when 0. More values
 * than the statement has parameters fail ("column index out of range").
 * Returns 0, or -1 with *err.
 */
static int
bindf(struct store *s, sqlite3_stmt *st, char **err, const char *fmt, ...)
{
	va_list ap;
	int i, rc = SQLITE_OK;
	const char *t;
	int64_t v;

	va_start(ap, fmt);
	for (i = 1; rc == SQLITE_OK && fmt[i - 1] != '\0'; i++) {
		switch (fmt[i - 1]) {
		case 'i':
			rc = sqlite3_bind_int(st, i, va_arg(ap, int));
			break;
		case 'I':
			rc = sqlite3_bind_int64(st, i, va_arg(ap, int64_t));
			break;
		case 'z':
			v = va_arg(ap, int64_t);
			rc = v ? sqlite3_bind_int64(st, i, v) :
			    sqlite3_bind_null(st, i);
			break;
		case 't':
			t = va_arg(ap, const char *);
			rc = t ? sqlite3_bind_text(st, i, t, -1, SQLITE_STATIC) :
			    sqlite3_bind_null(st, i);
			break;
		default:
			rc = SQLITE_MISUSE;
		}
	}
	va_end(ap);
	return rc == SQLITE_OK ? 0 : db_fail(s, err, "bind");
}

/* Bind one text parameter by index. */
static int
bind_text(struct store *s, sqlite3_stmt *st, int i, const char *t,
    char **err)
{
	if (sqlite3_bind_text(st, i, t, -1, SQLITE_STATIC) != SQLITE_OK)
		return db_fail(s, err, "bind");
	return 0;
}

static int
bind_int64(struct store *s, sqlite3_stmt *st, int i, int64_t v, char **err)
{
	if (sqlite3_bind_int64(st, i, v) != SQLITE_OK)
		return db_fail(s, err, "bind");
	return 0;
}

/* Column i as a new string ("" for NULL). */
static char *
col_str(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return xstrdup(t ? (const char *)t : "");
}

/* Run SQL that returns nothing worth reading (schema, pragmas). */
static int
exec(struct store *s, const char *sql, char **err)
{
	char *msg = NULL;

	if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		fail(err, "library: %s", msg ? msg : sqlite3_errmsg(s->db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

/* Run a cached statement that returns no rows. */
static int
run(struct store *s, enum stmt_id id, char **err)
{
	sqlite3_stmt *st = prep(s, id, err);
	int rc;

	if (st == NULL)
		return -1;
	rc = step(s, st, err);
	done(st);
	return rc < 0 ? -1 : 0;
}

/* One integer from a single-row query (0 when there is no row). */
static int
query_int(struct store *s, const char *sql, int64_t *v, char **err)
{
	sqlite3_stmt *st = NULL;
	int rc = -1;

	*v = 0;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		db_fail(s, err, "prepare");
		goto out;
	}
	switch (step(s, st, err)) {
	case 1:
		*v = sqlite3_column_int64(st, 0);
		/* FALLTHROUGH */
	case 0:
		rc = 0;
	}
out:
	sqlite3_finalize(st);
	return rc;
}

/* ---- compressed texts ---- */

/*
 * A deflate stream primed with a page's text as preset dictionary (at
 * most ZDICT_MAX bytes of it), copied for each article of the page
 * (zpack): setting a dictionary hashes every byte of it, and a page's
 * ten articles did that ten times (6 % of an import's time, measured
 * with perf on 1,000 make-archive pages); a copy of the primed state
 * gives the same stream for a fraction of that.
 */
struct zdict {
	z_stream zs;
	int ready;   /* zs initialised (zdict_free ends it) */
};

static int
zdict_init(struct zdict *d, const char *dict, size_t dn, char **err)
{
	memset(d, 0, sizeof *d);
	if (deflateInit(&d->zs, ZLEVEL) != Z_OK)
		return fail(err, "library: cannot compress a text");
	d->ready = 1;
	if (deflateSetDictionary(&d->zs, (const Bytef *)dict,
	    (uInt)(dn < ZDICT_MAX ? dn : ZDICT_MAX)) != Z_OK)
		return fail(err, "library: cannot compress a text");
	return 0;
}

static void
zdict_free(struct zdict *d)
{
	if (d->ready)
		deflateEnd(&d->zs);
	d->ready = 0;
}

/*
 * t[0..n) compressed: ZHEAD bytes of length, then a zlib stream, with
 * d's text as its preset dictionary when d is not NULL. *zn is its
 * size; the caller frees it. NULL only when zlib fails (out of memory),
 * with *err set.
 */
static unsigned char *
zpack(const char *t, size_t n, struct zdict *d, size_t *zn, char **err)
{
	z_stream zs;
	unsigned char *z;
	uLong bound;
	int rc;

	if (n > 0xFFFFFFFFu) {
		fail(err, "library: a text too large to store");
		return NULL;
	}
	memset(&zs, 0, sizeof zs);
	if ((d != NULL ? deflateCopy(&zs, &d->zs) :
	    deflateInit(&zs, ZLEVEL)) != Z_OK) {
		fail(err, "library: cannot compress a text");
		return NULL;
	}
	bound = deflateBound(&zs, (uLong)n);
	z = xmalloc(ZHEAD + bound);
	z[0] = (unsigned char)(n >> 24);
	z[1] = (unsigned char)(n >> 16);
	z[2] = (unsigned char)(n >> 8);
	z[3] = (unsigned char)n;
	zs.next_in = (Bytef *)(uintptr_t)t;
	zs.avail_in = (uInt)n;
	zs.next_out = z + ZHEAD;
	zs.avail_out = (uInt)bound;
	rc = deflate(&zs, Z_FINISH);
	*zn = ZHEAD + zs.total_out;
	deflateEnd(&zs);
	if (rc != Z_STREAM_END) {
		free(z);
		fail(err, "library: cannot compress a text");
		return NULL;
	}
	return z;
}

/* An article's paragraphs as its body row keeps them, before
 * compression: "kind\0text\0" each. */
static void
body_pack(struct buf *b, const struct article *a)
{
	size_t i;

	for (i = 0; i < a->npara; i++) {
		buf_adds(b, para_kind_name(a->paras[i].kind));
		buf_add(b, "", 1);
		buf_adds(b, a->paras[i].text);
		buf_add(b, "", 1);
	}
}

struct store_packed {
	unsigned char *text;   /* texts.z */
	size_t ntext;
	unsigned char **body;  /* bodies.z, an article each, in page order */
	size_t *nbody;
	size_t n;              /* articles */
};

void
store_packed_free(struct store_packed *k)
{
	size_t i;

	if (k == NULL)
		return;
	free(k->text);
	for (i = 0; i < k->n; i++)
		free(k->body[i]);
	free(k->body);
	free(k->nbody);
	free(k);
}

int
store_pack(const char *text, const struct page *p, struct store_packed **out,
    char **err)
{
	struct store_packed *k = xcalloc(1, sizeof *k);
	size_t n = p != NULL ? p->n : 0, i;
	struct zdict zd;
	struct buf b;
	int rc = 0;

	*out = NULL;
	k->body = xcalloc(n + 1, sizeof *k->body);
	k->nbody = xcalloc(n + 1, sizeof *k->nbody);
	if ((k->text = zpack(text, strlen(text), NULL, &k->ntext, err)) == NULL) {
		store_packed_free(k);
		return -1;
	}
	if (n > 0)
		rc = zdict_init(&zd, text, strlen(text), err);
	buf_init(&b);
	for (i = 0; i < n && rc == 0; i++) {
		buf_reset(&b);
		body_pack(&b, p->articles[i]);
		if ((k->body[i] = zpack(b.data ? b.data : "", b.len, &zd,
		    &k->nbody[i], err)) == NULL)
			rc = -1;
		k->n = i + 1;
	}
	buf_free(&b);
	if (n > 0)
		zdict_free(&zd);
	if (rc != 0) {
		store_packed_free(k);
		return -1;
	}
	*out = k;
	return 0;
}

/*
 * The text zpack made of z[0..zn) (with the same dictionary), at most
 * max bytes of it (0: all), NUL-terminated (the caller frees it), its
 * length in *n when n is not NULL; NULL with *err for a damaged one.
 */
static char *
zunpack(const void *zv, size_t zn, const char *dict, size_t dn, size_t max,
    size_t *n, char **err)
{
	const unsigned char *z = zv;
	z_stream zs;
	size_t want;
	char *t;
	int rc;

	if (z == NULL || zn < ZHEAD) {
		fail(err, "library: a stored text is damaged");
		return NULL;
	}
	want = (size_t)z[0] << 24 | (size_t)z[1] << 16 | (size_t)z[2] << 8 |
	    z[3];
	if (max > 0 && want > max)
		want = max;
	t = xmalloc(want + 1);
	memset(&zs, 0, sizeof zs);
	zs.next_in = (Bytef *)(uintptr_t)(z + ZHEAD);
	zs.avail_in = (uInt)(zn - ZHEAD);
	zs.next_out = (Bytef *)t;
	zs.avail_out = (uInt)want;
	if (inflateInit(&zs) != Z_OK) {
		free(t);
		fail(err, "library: cannot uncompress a text");
		return NULL;
	}
	rc = inflate(&zs, Z_FINISH);
	if (rc == Z_NEED_DICT && dict != NULL)
		rc = inflateSetDictionary(&zs, (const Bytef *)dict,
		    (uInt)(dn < ZDICT_MAX ? dn : ZDICT_MAX)) == Z_OK ?
		    inflate(&zs, Z_FINISH) : Z_DATA_ERROR;
	inflateEnd(&zs);
	/* Cut at max: the output filled before the stream's end. */
	if ((rc != Z_STREAM_END && !(max > 0 && zs.avail_out == 0 &&
	    (rc == Z_OK || rc == Z_BUF_ERROR))) || zs.total_out != want) {
		free(t);
		fail(err, "library: a stored text is damaged");
		return NULL;
	}
	t[want] = '\0';
	if (n != NULL)
		*n = want;
	return t;
}

/* Column i (a zpack blob without dictionary) unpacked, at most max
 * bytes (0: all); NULL with *err. */
static char *
col_unpack(sqlite3_stmt *st, int i, size_t max, size_t *n, char **err)
{
	return zunpack(sqlite3_column_blob(st, i),
	    (size_t)sqlite3_column_bytes(st, i), NULL, 0, max, n, err);
}

/*
 * An article's body as stored: "kind\0text\0" for each paragraph. Walk
 * it with body_next: *kind and *text point into it; 0 at the end.
 */
struct body_walk {
	const char *p, *end;
};

static int
body_next(struct body_walk *w, const char **kind, const char **text)
{
	if (w->p >= w->end)
		return 0;
	*kind = w->p;
	w->p += strlen(w->p) + 1;
	if (w->p >= w->end)
		return 0;   /* a kind without its text: damaged, the end */
	*text = w->p;
	w->p += strlen(w->p) + 1;
	return 1;
}

/* ---- the tokenizer (SPEC "search": exact for any query) ---- */

struct tok_run {
	void *ctx;
	int (*token)(void *, int, const char *, int, int, int);
	size_t base;
};

static int
tok_char(void *ctx, const char *folded, size_t len, size_t start, size_t end)
{
	struct tok_run *r = ctx;

	return r->token(r->ctx, 0, folded, (int)len, (int)(r->base + start),
	    (int)(r->base + end));
}

static int tok_instance;

static int
tok_create(void *ctx, const char **argv, int argc, Fts5Tokenizer **out)
{
	(void)argv;
	(void)argc;
	*out = ctx;
	return SQLITE_OK;
}

static void
tok_delete(Fts5Tokenizer *t)
{
	(void)t;
}

/*
 * Documents: one token per folded character, "\n" (which a fold never
 * yields) as a token between the pieces of a field. Queries come folded
 * already (match_expr): one token per character, so the phrase holds
 * exactly the characters search_find would look for.
 */
static int
tok_tokenize(Fts5Tokenizer *t, void *ctx, int flags, const char *text,
    int ntext, int (*token)(void *, int, const char *, int, int, int))
{
	struct tok_run r = { ctx, token, 0 };
	size_t n = ntext > 0 ? (size_t)ntext : 0, i, j, len;
	uint32_t uc;
	int rc;

	(void)t;
	if (flags & FTS5_TOKENIZE_QUERY) {
		for (i = 0; i < n; i += len) {
			len = (size_t)utf8_next(text + i, n - i, &uc);
			if ((rc = token(ctx, 0, text + i, (int)len, (int)i,
			    (int)(i + len))) != SQLITE_OK)
				return rc;
		}
		return SQLITE_OK;
	}
	for (i = 0; i <= n; i = j + 1) {
		for (j = i; j < n && text[j] != '\n'; j++)
			;
		if (i > 0 && (rc = token(ctx, 0, "\n", 1, (int)i - 1,
		    (int)i)) != SQLITE_OK)
			return rc;
		r.base = i;
		if ((rc = search_fold_each(text + i, j - i, tok_char, &r)) != 0)
			return rc;
	}
	return SQLITE_OK;
}

/* Register the tokenizer "lreader" on this connection (needed on every
 * connection that touches fts). */
static int
register_tokenizer(struct store *s, char **err)
{
	static fts5_tokenizer tok = { tok_create, tok_delete, tok_tokenize };
	sqlite3_stmt *st = NULL;
	fts5_api *api = NULL;
	int rc = -1;

	if (sqlite3_prepare_v2(s->db, "SELECT fts5(?1)", -1, &st, NULL) !=
	    SQLITE_OK) {
		db_fail(s, err, "this SQLite has no FTS5");
		goto out;
	}
	if (sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", NULL) !=
	    SQLITE_OK) {
		db_fail(s, err, "bind");
		goto out;
	}
	if (step(s, st, err) < 0)
		goto out;
	if (api == NULL || api->iVersion < 2) {
		fail(err, "library: this SQLite's FTS5 is too old");
		goto out;
	}
	if (api->xCreateTokenizer(api, "lreader", &tok_instance, &tok,
	    NULL) != SQLITE_OK) {
		db_fail(s, err, "tokenizer");
		goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(st);
	return rc;
}

/* ---- opening, schema and migrations ---- */

/* Create the folders above path (mkdir -p of its dirname). */
static int
make_parents(const char *path, char **err)
{
	char *p = xstrdup(path), *q;
	int rc = 0;

	for (q = p + 1; *q != '\0' && rc == 0; q++) {
		if (*q != '/')
			continue;
		*q = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST)
			rc = fail(err, "%s: %s", p, strerror(errno));
		*q = '/';
	}
	free(p);
	return rc;
}

char *
store_default_path(const char *opt)
{
	const char *v;
	struct passwd *pw;

	if (opt != NULL)
		return xstrdup(opt);
	if ((v = getenv("LREADER_DB")) != NULL && *v != '\0')
		return xstrdup(v);
	/* The XDG spec ignores relative values. */
	if ((v = getenv("XDG_DATA_HOME")) != NULL && *v == '/')
		return xasprintf("%s/lreader/library.db", v);
	if ((v = getenv("HOME")) == NULL || *v == '\0') {
		pw = getpwuid(getuid());
		v = pw != NULL ? pw->pw_dir : NULL;
	}
	if (v == NULL || *v == '\0')
		return NULL;
	return xasprintf("%s/.local/share/lreader/library.db", v);
}

/*
 * Read the file's schema version into *version and refuse what is not an
 * lreader library of a version we know (SPEC "Schema"). Only reads, so a
 * refused file is left as it was.
 */
static int
check_library(struct store *s, int max, int *version, char **err)
{
	int64_t v, app, ntables;

	if (query_int(s, "PRAGMA user_version", &v, err) < 0 ||
	    query_int(s, "PRAGMA application_id", &app, err) < 0 ||
	    query_int(s, "SELECT count(*) FROM sqlite_master", &ntables,
	    err) < 0) {
		if (sqlite3_errcode(s->db) == SQLITE_NOTADB) {
			if (err != NULL) {
				free(*err);
				*err = NULL;
			}
			return fail(err, "%s: not an lreader library (not an "
			    "SQLite database)", s->path);
		}
		return -1;
	}
	if (v < 0)
		return fail(err, "%s: not an lreader library (schema version "
		    "%lld)", s->path, (long long)v);
	if ((v == 0 && ntables > 0) || (v > 0 && app != APPLICATION_ID))
		return fail(err, "%s: not an lreader library", s->path);
	if (v > max)
		return fail(err, "%s: library is from a newer lreader (schema "
		    "%d; this one knows %d)", s->path, (int)v, max);
	*version = (int)v;
	return 0;
}

/* Take the schema from `have` to `want`, each step in one transaction,
 * re-reading the version inside it in case another process was first.
 * After a step that rewrote most of the file, VACUUM (which cannot run
 * inside a transaction): the pages the old tables left free go back, so
 * the file is the size of what it holds, not of old and new together. */
static int
migrate(struct store *s, int have, int want, char **err)
{
	int64_t v;
	char *sql;
	int rc, vacuum = 0, existing = have > 0;

	while (have < want) {
		if (exec(s, "BEGIN IMMEDIATE", err) < 0)
			return -1;
		if (query_int(s, "PRAGMA user_version", &v, err) < 0)
			goto bad;
		if (v > STORE_SCHEMA_VERSION) {
			fail(err, "%s: library is from a newer lreader",
			    s->path);
			goto bad;
		}
		if (v < want) {
			if (exec(s, migrations[v].sql, err) < 0 ||
			    (migrations[v].step != NULL &&
			    migrations[v].step(s, err) < 0))
				goto bad;
			sql = xasprintf("PRAGMA user_version = %d",
			    (int)v + 1);
			rc = exec(s, sql, err);
			free(sql);
			if (rc < 0)
				goto bad;
			vacuum |= migrations[v].vacuum;
			v++;
		}
		if (exec(s, "COMMIT", err) < 0)
			goto bad;
		have = (int)v;
	}
	/* A new library has nothing to give back. */
	return vacuum && existing ? exec(s, "VACUUM", err) : 0;
bad:
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

int
store_open(const char *path, struct store **out, char **err)
{
	return store_open_version(path, STORE_SCHEMA_VERSION, out, err);
}

/*
 * Whether the file at path exists and is empty, with no write-ahead log
 * holding its content: a library cut to 0 bytes, refused rather than
 * quietly set up anew (a library just made has its schema in the log
 * until a checkpoint, so a non-empty -wal beside it is content).
 */
static int
cut_to_nothing(const char *path)
{
	struct stat sb;
	char *wal;
	int r;

	if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size != 0)
		return 0;
	wal = xasprintf("%s-wal", path);
	r = stat(wal, &sb) != 0 || sb.st_size == 0;
	free(wal);
	return r;
}

/*
 * Whether the last process that wrote the library at path ended without
 * closing it (killed, a crash, a power cut): its write-ahead log still
 * holds pages and no process has the library open. SQLite deletes the log
 * at the last clean close, and every connection holds a read lock on
 * byte 128 of the -shm file (its "dead man switch", os_unix.c
 * UNIX_SHM_DMS) while it is open: no lock there, a log with content,
 * means an unclean end.
 */
/*
 * Libraries this process has open, by device and inode. Closing any
 * descriptor of a file drops every POSIX lock the process holds on it, so
 * ended_uncleanly must not open the -shm of a library that a store of
 * this process already has open (SQLite's locks on it would be lost).
 * One process, one thread: a plain list.
 */
static struct open_lib {
	dev_t dev;
	ino_t ino;
} *open_libs;
static size_t nopen_libs;

static int
open_here(const struct stat *sb)
{
	size_t i;

	for (i = 0; i < nopen_libs; i++)
		if (open_libs[i].dev == sb->st_dev &&
		    open_libs[i].ino == sb->st_ino)
			return 1;
	return 0;
}

/* Note s's library as open in this process (after a successful open). */
static void
note_open(struct store *s)
{
	struct stat sb;

	if (stat(s->path, &sb) != 0)
		return;
	s->dev = sb.st_dev;
	s->ino = sb.st_ino;
	open_libs = xreallocarray(open_libs, nopen_libs + 1,
	    sizeof *open_libs);
	open_libs[nopen_libs].dev = sb.st_dev;
	open_libs[nopen_libs++].ino = sb.st_ino;
}

static void
note_closed(const struct store *s)
{
	size_t i;

	for (i = 0; i < nopen_libs; i++)
		if (open_libs[i].dev == s->dev && open_libs[i].ino == s->ino) {
			open_libs[i] = open_libs[--nopen_libs];
			break;
		}
	if (nopen_libs == 0) {
		free(open_libs);
		open_libs = NULL;
	}
}

static int
ended_uncleanly(const char *path)
{
	char *wal = xasprintf("%s-wal", path), *shm = xasprintf("%s-shm", path);
	struct stat sb;
	struct flock fl;
	int fd, r = 0;

	if (stat(path, &sb) == 0 && open_here(&sb)) {
		free(wal);
		free(shm);
		return 0;   /* open here: it did not end */
	}
	if (stat(wal, &sb) == 0 && sb.st_size > 0) {
		r = 1;
		if ((fd = open(shm, O_RDONLY | O_NOCTTY)) >= 0) {
			memset(&fl, 0, sizeof fl);
			fl.l_type = F_WRLCK;
			fl.l_whence = SEEK_SET;
			fl.l_start = 128;
			fl.l_len = 1;
			if (fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK)
				r = 0;   /* someone has it open */
			close(fd);
		}
	}
	free(wal);
	free(shm);
	return r;
}

/* After an unclean end: PRAGMA quick_check (about a second for 200 MB),
 * so that a damaged library is said to be so before anything is written
 * into it. */
static int
check_damage(struct store *s, char **err)
{
	sqlite3_stmt *st = NULL;
	const unsigned char *t;
	int rc;

	if (sqlite3_prepare_v2(s->db, "PRAGMA quick_check(1)", -1, &st,
	    NULL) != SQLITE_OK) {
		rc = fail(err, "%s: the library is damaged (%s)", s->path,
		    sqlite3_errmsg(s->db));
		sqlite3_finalize(st);
		return rc;
	}
	rc = sqlite3_step(st);
	t = rc == SQLITE_ROW ? sqlite3_column_text(st, 0) : NULL;
	if (rc != SQLITE_ROW || t == NULL || strcmp((const char *)t, "ok") != 0) {
		/* Its first finding, without the "*** in database main ***"
		 * line before it. */
		const char *m = t ? (const char *)t : sqlite3_errmsg(s->db);
		const char *nl = strchr(m, '\n');
		if (nl != NULL && nl[1] != '\0')
			m = nl + 1;
		rc = fail(err, "%s: the library is damaged (%.*s): restore a "
		    "copy, or import into a new library", s->path,
		    (int)strcspn(m, "\n"), m);
	} else {
		rc = 0;
	}
	sqlite3_finalize(st);
	return rc;
}

/*
 * Waiting for a lock another process holds (SQLITE_BUSY). SQLite's own
 * busy timeout sleeps 1, 2, 5, 10, 15, 20, 25 ... ms between tries, so a
 * lock held 20 ms -- another lreader closing the library: its last
 * checkpoint and the log's removal -- cost a start 33 or 53 ms: the step
 * that the interface's first paint showed on some starts (work item 11).
 * busy_wait tries again every BUSY_POLL_US for the first BUSY_FINE_MS,
 * then every BUSY_COARSE_MS, and gives up after BUSY_MAX_MS in all (the
 * 5 s that importers wait for each other: store_begin).
 */
#define BUSY_POLL_US 500
#define BUSY_FINE_MS 200
#define BUSY_COARSE_MS 20
#define BUSY_MAX_MS 5000

static int
busy_wait(void *ctx, int n)
{
	const long fine = BUSY_FINE_MS * 1000L / BUSY_POLL_US;
	struct timespec ts = { 0, 0 };

	(void)ctx;
	if (n < fine)
		ts.tv_nsec = BUSY_POLL_US * 1000L;
	else if (BUSY_FINE_MS + (n - fine) * (long)BUSY_COARSE_MS >= BUSY_MAX_MS)
		return 0;
	else
		ts.tv_nsec = BUSY_COARSE_MS * 1000000L;
	nanosleep(&ts, NULL);
	return 1;
}

/* Open the library file at path, set up or migrated to `version`. */
static int
open_at(const char *path, int version, struct store **out, char **err)
{
	struct store *s = xcalloc(1, sizeof *s);
	int have, unclean = ended_uncleanly(path);

	s->path = xstrdup(path);
	if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		fail(err, "%s: %s", path, s->db ? sqlite3_errmsg(s->db) :
		    "cannot open");
		goto bad;
	}
	if (sqlite3_busy_handler(s->db, busy_wait, NULL) != SQLITE_OK) {
		db_fail(s, err, "busy handler");
		goto bad;
	}
	/* Check first: WAL would rewrite the header of a file we refuse. */
	if (check_library(s, version, &have, err) < 0)
		goto bad;
	if (exec(s, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
	    " PRAGMA foreign_keys = ON", err) < 0)
		goto bad;
	if (unclean && check_damage(s, err) < 0)
		goto bad;
	if (register_tokenizer(s, err) < 0 || migrate(s, have, version,
	    err) < 0)
		goto bad;
	note_open(s);
	*out = s;
	return 0;
bad:
	store_close(s);
	return -1;
}

/* Whether path's write-ahead log exists with content. */
static int
wal_has_pages(const char *path)
{
	char *wal = xasprintf("%s-wal", path);
	struct stat sb;
	int r = stat(wal, &sb) == 0 && sb.st_size > 0;

	free(wal);
	return r;
}

/*
 * Whether the SQLite file at path is shorter than its own header says (a
 * copy cut short, a disk that lost the end): the header's page count
 * (bytes 28-31, valid when bytes 92-95 equal the change counter at 24-27)
 * times its page size (bytes 16-17; 1 means 65536). Not while the
 * write-ahead log holds pages: a checkpoint killed midway writes page 1
 * (the new count) before the file grows, and SQLite recovers that from
 * the log.
 */
static int
cut_short(const char *path)
{
	unsigned char h[100];
	struct stat sb;
	uint64_t pages, size;
	FILE *f;
	size_t n;

	if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size < 100 ||
	    wal_has_pages(path) || (f = fopen(path, "rb")) == NULL)
		return 0;
	n = fread(h, 1, sizeof h, f);
	fclose(f);
	if (n != sizeof h || memcmp(h, "SQLite format 3", 16) != 0 ||
	    memcmp(h + 24, h + 92, 4) != 0)
		return 0;
	size = (uint64_t)h[16] << 8 | h[17];
	if (size == 1)
		size = 65536;
	pages = (uint64_t)h[28] << 24 | (uint64_t)h[29] << 16 |
	    (uint64_t)h[30] << 8 | h[31];
	return pages > 0 && pages * size > (uint64_t)sb.st_size;
}

/* Whether new files can be made beside path (the write-ahead log and
 * its index live there). */
static int
dir_writable(const char *path)
{
	char *dir = xstrdup(path), *slash = strrchr(dir, '/');
	int r;

	if (slash == NULL)
		strcpy(dir, ".");
	else if (slash == dir)
		slash[1] = '\0';
	else
		*slash = '\0';
	r = access(dir, W_OK | X_OK) == 0;
	free(dir);
	return r;
}

/* Whether the library at path (which exists) can only be read. */
static int
only_readable(const char *path)
{
	return access(path, W_OK) != 0 || !dir_writable(path);
}

/* path as a file: URI (SQLite's escapes: %, ?, #). */
static char *
file_uri(const char *path, const char *query)
{
	struct buf b;
	const char *p;

	buf_init(&b);
	/* file:///abs (an empty host), so that //x is no host x. */
	buf_adds(&b, path[0] == '/' ? "file://" : "file:");
	for (p = path; *p != '\0'; p++)
		if (*p == '%' || *p == '?' || *p == '#')
			buf_addf(&b, "%%%02X", (unsigned char)*p);
		else
			buf_addc(&b, *p);
	buf_addf(&b, "?%s", query);
	return buf_take(&b);
}

/*
 * Open a library that can only be read (SPEC "Limits"): for reading, with
 * no migration; every write then fails with READONLY_MSG. In a folder
 * that is not writable the write-ahead log's index cannot be made, so the
 * file is read as immutable (no one can be writing it there).
 */
static int
open_readonly(const char *path, struct store **out, char **err)
{
	struct store *s = xcalloc(1, sizeof *s);
	char *shm = xasprintf("%s-shm", path), *uri;
	int have, immutable = access(shm, F_OK) != 0 && !dir_writable(path);

	free(shm);
	if (immutable && wal_has_pages(path)) {
		free(s);
		return fail(err, "%s: the library's folder is read-only and its "
		    "log holds changes not yet in the file: open it once where "
		    "it can be written", path);
	}
	uri = file_uri(path, immutable ? "mode=ro&immutable=1" : "mode=ro");
	s->path = xstrdup(path);
	s->readonly = 1;
	if (sqlite3_open_v2(uri, &s->db, SQLITE_OPEN_READONLY |
	    SQLITE_OPEN_URI, NULL) != SQLITE_OK) {
		fail(err, "%s: %s", path, s->db ? sqlite3_errmsg(s->db) :
		    "cannot open");
		goto bad;
	}
	free(uri);
	uri = NULL;
	if (sqlite3_busy_handler(s->db, busy_wait, NULL) != SQLITE_OK) {
		db_fail(s, err, "busy handler");
		goto bad;
	}
	if (check_library(s, STORE_SCHEMA_VERSION, &have, err) < 0)
		goto bad;
	if (have < STORE_SCHEMA_VERSION) {
		fail(err, "%s: the library is read-only and from an older "
		    "lreader (schema %d): it cannot be upgraded", path, have);
		goto bad;
	}
	if (register_tokenizer(s, err) < 0)
		goto bad;
	note_open(s);
	*out = s;
	return 0;
bad:
	free(uri);
	store_close(s);
	return -1;
}

int
store_readonly(const struct store *s)
{
	return s->readonly;
}

/*
 * A new library at path, made whole under another name and linked into
 * place only then: a library file lreader made is never empty, so an
 * empty one is a damaged library (refused), never one being made by a
 * process starting at the same time. If another process was first, its
 * library is kept.
 */
static int
create_library(const char *path, int version, char **err)
{
	char *tmp = xasprintf("%s.new-%ld", path, (long)getpid());
	struct store *s;
	int rc = 0;

	unlink(tmp);
	if (open_at(tmp, version, &s, err) < 0) {
		unlink(tmp);
		free(tmp);
		return -1;
	}
	store_close(s);   /* the last close checkpoints: all in the file */
	if (link(tmp, path) != 0 && errno != EEXIST) {
		/* No hard links here (some FUSE or FAT mounts): rename,
		 * unless another process was first after all. */
		if (access(path, F_OK) != 0 && rename(tmp, path) != 0)
			rc = fail(err, "%s: %s", path, strerror(errno));
	}
	unlink(tmp);
	free(tmp);
	return rc;
}

int
store_open_version(const char *path, int version, struct store **out,
    char **err)
{
	*out = NULL;
	if (path == NULL || *path == '\0')
		return fail(err, "no library path");
	if (version < 1 || version > N_MIGRATIONS)
		return fail(err, "library: no schema version %d", version);
	if (access(path, F_OK) != 0) {
		if (make_parents(path, err) < 0 ||
		    create_library(path, version, err) < 0)
			return -1;
	} else if (cut_to_nothing(path)) {
		return fail(err, "%s: not an lreader library (an empty file)",
		    path);
	} else if (cut_short(path)) {
		return fail(err, "%s: the library is cut short (its file is "
		    "smaller than it says): restore a copy, or import into a "
		    "new library", path);
	} else if (only_readable(path)) {
		return open_readonly(path, out, err);
	}
	return open_at(path, version, out, err);
}

void
store_close(struct store *s)
{
	int i;

	if (s == NULL)
		return;
	if (s->ino != 0 || s->dev != 0)
		note_closed(s);
	if (s->batch)
		store_rollback(s);
	df_clear(&s->df);
	for (i = 0; i < Q_COUNT; i++)
		sqlite3_finalize(s->st[i]);
	/*
	 * The last connection to close checkpoints the log and removes it
	 * holding the library's exclusive lock, which keeps a reader that
	 * starts meanwhile waiting (busy_wait). Checkpointed first, without
	 * that lock (readers go on meanwhile), the close only removes the
	 * log: the wait of a start right after a quit is that short.
	 */
	if (!s->readonly && s->db != NULL)
		sqlite3_wal_checkpoint_v2(s->db, NULL, SQLITE_CHECKPOINT_PASSIVE,
		    NULL, NULL);
	/* Every statement is finalized, so close cannot be busy. */
	sqlite3_close(s->db);
	free(s->path);
	free(s->view);
	free(s->vid);
	free(s);
}

int
store_exec(struct store *s, const char *sql, char **err)
{
	return exec(s, sql, err);
}

/* ---- transactions and numbering ---- */

static int flush_pending(struct store *s, char **err);
static void pend_drop(struct store *s, size_t keep);

/* Recompute issue numbers: one pass in kbase order, writing only rows
 * whose number changed (importing the newest issue writes one row). */
static int
renumber(struct store *s, char **err)
{
	if (run(s, Q_RENUMBER, err) < 0)
		return -1;
	s->dirty = 0;
	return 0;
}

/* Numbers are stale only inside a batch; readers call this first. */
static int
numbers_ready(struct store *s, char **err)
{
	return s->dirty ? renumber(s, err) : 0;
}

/* Times store_begin waits out the busy timeout (5 s each) while other
 * importers write: three importers at once all store everything. */
#define BEGIN_TRIES 12

int
store_begin(struct store *s, char **err)
{
	int k;

	if (s->batch)
		return fail(err, "library: already in a transaction");
	if (s->readonly)
		return fail(err, "%s: the library is read-only", s->path);
	for (k = 0; run(s, Q_BEGIN, err) < 0; k++) {
		if ((sqlite3_errcode(s->db) & 0xFF) != SQLITE_BUSY ||
		    k + 1 >= BEGIN_TRIES)
			return -1;
		if (err != NULL) {
			free(*err);
			*err = NULL;
		}
	}
	s->batch = 1;
	return 0;
}

int
store_batch_alive(struct store *s)
{
	return s->batch && !sqlite3_get_autocommit(s->db);
}

int
store_commit(struct store *s, char **err)
{
	if (!s->batch)
		return fail(err, "library: no transaction to commit");
	if (flush_pending(s, err) < 0 || df_sync(s, err) < 0 ||
	    numbers_ready(s, err) < 0 || run(s, Q_COMMIT, err) < 0) {
		store_rollback(s);
		return -1;
	}
	s->batch = 0;
	return 0;
}

void
store_rollback(struct store *s)
{
	if (!s->batch)
		return;
	/* A failed ROLLBACK (none active after an automatic one) leaves
	 * nothing to undo. */
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	pend_drop(s, 0);
	df_clear(&s->df);
	s->batch = 0;
	s->dirty = 0;
}

/* Start one issue's writes (inside a batch): a savepoint. *mark is where
 * its queued index rows will start. */
static int
put_begin(struct store *s, size_t *mark, char **err)
{
	*mark = s->npend;
	return run(s, Q_SAVEPOINT, err);
}

/*
 * Finish them: keep on ok, else undo just this issue, its queued index
 * rows (from mark on) included. Kept rows are written once PENDING_MAX
 * bytes wait (or at commit); if that fails, the whole batch is rolled
 * back (its index would lack rows), which store_batch_alive tells.
 */
static int
put_end(struct store *s, int ok, size_t mark, char **err)
{
	if (ok && run(s, Q_RELEASE, err) == 0) {
		if (s->pend_bytes < PENDING_MAX || flush_pending(s, err) == 0)
			return 0;
		store_rollback(s);
		return -1;
	}
	sqlite3_exec(s->db, "ROLLBACK TO put; RELEASE put", NULL, NULL, NULL);
	pend_drop(s, mark);
	return -1;
}

/* ---- putting an issue ---- */

/* FNV-1a 64 of the text, as 16 hex digits: an index for finding equal
 * texts (the text itself is compared too). */
static void
text_hash(const char *t, char out[17])
{
	uint64_t h = 14695981039346656037ULL;

	for (; *t != '\0'; t++) {
		h ^= (unsigned char)*t;
		h *= 1099511628211ULL;
	}
	snprintf(out, 17, "%016" PRIx64, h);
}

/* Parse "YYYY-MM-DD" into the date part of a key; -1 if malformed. */
static int64_t
date_code(const char *d)
{
	int i, y, m, day;

	for (i = 0; i < 10; i++)
		if ((i == 4 || i == 7) ? d[i] != '-' :
		    (d[i] < '0' || d[i] > '9'))
			return -1;
	if (d[10] != '\0')
		return -1;
	y = atoi(d);
	m = atoi(d + 5);
	day = atoi(d + 8);
	if (m < 1 || m > 12 || day < 1 || day > 31)
		return -1;
	return (int64_t)y * 372 + (m - 1) * 31 + (day - 1);
}

/* The key of a new dated issue: its date and page, then a tie count one
 * above any issue already there (SPEC: same date and page in import
 * order). */
static int
dated_key(struct store *s, int64_t code, int page, int64_t *key, char **err)
{
	int64_t lo, hi, last;
	sqlite3_stmt *st;
	int rc = -1;

	lo = code << DATE_SHIFT |
	    (int64_t)(page > PAGE_KEY_MAX ? PAGE_KEY_MAX : page) << PAGE_SHIFT;
	hi = lo | (int64_t)TIE_MAX << TIE_SHIFT;
	if ((st = prep(s, Q_LAST_TIE, err)) == NULL ||
	    bindf(s, st, err, "II", lo, hi) < 0 || step(s, st, err) < 0)
		goto out;
	if (sqlite3_column_type(st, 0) == SQLITE_NULL)
		*key = lo;
	else if ((last = sqlite3_column_int64(st, 0)) < hi)
		*key = last + ((int64_t)1 << TIE_SHIFT);
	else {
		fail(err, "library: too many issues for one date and page");
		goto out;
	}
	rc = 0;
out:
	done(st);
	return rc;
}

/* The next import sequence; AUTOINCREMENT hands the same to the id. */
static int
next_imported(struct store *s, int64_t *seq, char **err)
{
	sqlite3_stmt *st = prep(s, Q_NEXT_IMPORTED, err);
	int rc = -1;

	if (st == NULL || step(s, st, err) <= 0)
		goto out;
	*seq = sqlite3_column_int64(st, 0);
	if (*seq > IMPORTED_MAX) {
		fail(err, "library: too many imports");
		goto out;
	}
	rc = 0;
out:
	done(st);
	return rc;
}

/* Append a field to an index body, '\n' before all but the first; a
 * newline inside the field would split it, so it becomes a space (the
 * fold drops both). */
static void
body_add(struct buf *b, const char *t, int first)
{
	size_t n;

	if (!first)
		buf_addc(b, '\n');
	/* The runs between newlines at once (a byte at a time was 1 % of
	 * an import), each newline a space. */
	for (;;) {
		n = strcspn(t, "\n");
		buf_add(b, t, n);
		if (t[n] == '\0')
			break;
		buf_addc(b, ' ');
		t += n + 1;
	}
}

/* An index title: the same newline rule. The caller frees it. */
static char *
index_title(const char *t)
{
	struct buf b;

	buf_init(&b);
	body_add(&b, t, 1);
	return buf_take(&b);
}

/* Add or delete (q = Q_FTS_INSERT / Q_FTS_DELETE) one index row. */
static int
fts_write(struct store *s, enum stmt_id q, int64_t key, const char *title,
    const char *body, char **err)
{
	sqlite3_stmt *st = prep(s, q, err);
	char *t = index_title(title);
	int rc = -1;

	if (st != NULL && bindf(s, st, err, "Itt", key, t, body) == 0 &&
	    step(s, st, err) == 0)
		rc = 0;
	done(st);
	free(t);
	return rc;
}

/*
 * Index rows wait in memory until the end of the batch, or until
 * PENDING_MAX bytes of their text are held, and are then written in one
 * run in rowid order (flush_pending). Written one issue at a time, FTS5
 * made a new index segment for every issue and spent a quarter of the
 * import merging them: in SQLite 3.40 every xSavepoint and xRelease of
 * an FTS5 table flushes its in-memory terms to a new segment
 * (fts5SavepointMethod, fts5ReleaseMethod: sqlite3Fts5FlushToDisk), and
 * SQLite calls xSavepoint not only for each issue's SAVEPOINT but for
 * every statement that opens a statement journal inside a transaction
 * the table has joined (an INSERT into articles, with its UNIQUE and
 * foreign keys, is one), so dropping the savepoint only moved the flush
 * to the next issue's first INSERT. Writing the rows outside the
 * issues' savepoints, with nothing else in between, leaves FTS5 to
 * flush when its hash is full ('hashsize', FTS_HASHSIZE) and at commit.
 * A failed issue takes its rows back out of the list (put_end), so the
 * per-file rollback still leaves nothing of it.
 */
static void
pend_drop(struct store *s, size_t keep)
{
	while (s->npend > keep) {
		s->npend--;
		s->pend_bytes -= strlen(s->pend[s->npend].title) +
		    strlen(s->pend[s->npend].body);
		free(s->pend[s->npend].title);
		free(s->pend[s->npend].body);
		free(s->pend[s->npend].terms);
	}
	if (keep == 0) {
		free(s->pend);
		s->pend = NULL;
		s->apend = 0;
		s->pend_bytes = 0;
	}
}

/* Queue one index row; title, body and terms (NULL: none to count)
 * become the store's. */
static void
pend_add(struct store *s, int64_t issue, int64_t key, char *title,
    char *body, int64_t article, struct link_term *terms, size_t nterms)
{
	struct pend_row *r;

	if (s->npend == s->apend) {
		s->apend = s->apend ? 2 * s->apend : 64;
		s->pend = xreallocarray(s->pend, s->apend, sizeof *s->pend);
	}
	r = &s->pend[s->npend++];
	r->issue = issue;
	r->key = key;
	r->title = title;
	r->body = body;
	r->article = article;
	r->terms = terms;
	r->nterms = nterms;
	s->pend_bytes += strlen(title) + strlen(body);
}

static int
pend_cmp(const void *a, const void *b)
{
	const struct pend_row *x = a, *y = b;

	return x->key < y->key ? -1 : x->key > y->key;
}

/* Whether issue has rows still waiting. */
static int
pend_has(const struct store *s, int64_t issue)
{
	size_t i;

	for (i = 0; i < s->npend; i++)
		if (s->pend[i].issue == issue)
			return 1;
	return 0;
}

static int sign_pending(struct store *s, char **err);

/*
 * Write the waiting index rows, in ascending rowid order (FTS5 also
 * flushes whenever a rowid is not above the one before). Never inside
 * an issue's savepoint. On failure the rows are dropped: the caller's
 * transaction is then rolled back whole.
 */
static int
flush_pending(struct store *s, char **err)
{
	size_t i;
	int rc = 0;

	/* (qsort must not be given the NULL of no rows at all) */
	if (s->npend > 1)
		qsort(s->pend, s->npend, sizeof *s->pend, pend_cmp);
	for (i = 0; i < s->npend && rc == 0; i++)
		rc = fts_write(s, Q_FTS_INSERT, s->pend[i].key,
		    s->pend[i].title, s->pend[i].body, err);
	if (rc == 0)
		rc = sign_pending(s, err);
	pend_drop(s, 0);
	return rc;
}

/* ---- term frequencies and signatures (related reports) ---- */

/* The slot of term in the map: its entry, or the free slot for it. */
static struct dfent *
df_slot(struct dfmap *m, uint64_t term)
{
	size_t i = (size_t)((term * 0x9E3779B97F4A7C15ULL) >> 20) &
	    (m->cap - 1);

	while (m->v[i].term != 0 && m->v[i].term != term)
		i = (i + 1) & (m->cap - 1);
	return &m->v[i];
}

/* Grow the map to hold one more entry. */
static void
df_grow(struct dfmap *m)
{
	struct dfent *old = m->v, *e;
	size_t cap = m->cap, i;

	if (m->cap != 0 && 2 * (m->n + 1) <= m->cap)
		return;
	m->cap = cap ? 2 * cap : 4096;
	m->v = xcalloc(m->cap, sizeof *m->v);
	for (i = 0; i < cap; i++)
		if (old[i].term != 0) {
			e = df_slot(m, old[i].term);
			*e = old[i];
		}
	free(old);
}

/* Forget the batch's frequencies (after they were written, or on a
 * rollback, which took back what was written of them). */
static void
df_clear(struct dfmap *m)
{
	free(m->v);
	memset(m, 0, sizeof *m);
}

/* Term's entry, its base read from the library on first use. */
static struct dfent *
df_get(struct store *s, uint64_t term, char **err)
{
	struct dfent *e;
	sqlite3_stmt *st;
	int r;

	df_grow(&s->df);
	e = df_slot(&s->df, term);
	if (e->term != 0)
		return e;
	if ((st = prep(s, Q_DF_GET, err)) == NULL ||
	    bind_int64(s, st, 1, (int64_t)term, err) < 0 ||
	    (r = step(s, st, err)) < 0) {
		done(st);
		return NULL;
	}
	e->term = term;
	e->base = r == 1 ? sqlite3_column_int64(st, 0) : 0;
	e->delta = 0;
	s->df.n++;
	done(st);
	return e;
}

/* The number of articles counted, this batch's included. */
static int
df_docs(struct store *s, int64_t *n, char **err)
{
	sqlite3_stmt *st;
	int r;

	if (!s->df.docs_read) {
		if ((st = prep(s, Q_DF_GET, err)) == NULL ||
		    bind_int64(s, st, 1, 0, err) < 0 ||
		    (r = step(s, st, err)) < 0) {
			done(st);
			return -1;
		}
		s->df.docs_base = r == 1 ? sqlite3_column_int64(st, 0) : 0;
		s->df.docs_read = 1;
		done(st);
	}
	*n = s->df.docs_base + s->df.docs_delta;
	return 0;
}

static int
cmp_dfent(const void *a, const void *b)
{
	const struct dfent *x = a, *y = b;

	return x->term < y->term ? -1 : x->term > y->term;
}

/* Add one change to the library's count of term. */
static int
df_write(struct store *s, uint64_t term, int64_t delta, char **err)
{
	sqlite3_stmt *st = prep(s, Q_DF_ADD, err);
	int r = -1;

	if (st != NULL && bindf(s, st, err, "II", (int64_t)term, delta) == 0 &&
	    step(s, st, err) == 0)
		r = 0;
	done(st);
	return r;
}

/*
 * Write the batch's changes of frequencies (additions to what the
 * library holds, so a count another step changed meanwhile stays
 * right), in term order, and empty the map.
 */
static int
df_sync(struct store *s, char **err)
{
	struct dfent *v = NULL;
	size_t i, n = 0;
	int r = 0;

	if (s->df.n > 0) {
		v = xreallocarray(NULL, s->df.n, sizeof *v);
		for (i = 0; i < s->df.cap; i++)
			if (s->df.v[i].term != 0 && s->df.v[i].delta != 0)
				v[n++] = s->df.v[i];
		qsort(v, n, sizeof *v, cmp_dfent);
	}
	for (i = 0; i < n && r == 0; i++)
		r = df_write(s, v[i].term, v[i].delta, err);
	if (r == 0 && s->df.docs_delta != 0)
		r = df_write(s, 0, s->df.docs_delta, err);
	free(v);
	df_clear(&s->df);
	return r;
}

/* An article's signature as stored: its terms, 8 bytes each. */
static void
sig_put(unsigned char *p, uint64_t t)
{
	int k;

	for (k = 7; k >= 0; k--, t >>= 8)
		p[k] = (unsigned char)t;
}

static uint64_t
sig_get(const unsigned char *p)
{
	uint64_t t = 0;
	int k;

	for (k = 0; k < 8; k++)
		t = t << 8 | p[k];
	return t;
}

/* A posting waiting to be written (sign_pending). */
struct posting {
	uint64_t term;
	int64_t article;
};

static int
cmp_posting(const void *a, const void *b)
{
	const struct posting *x = a, *y = b;

	if (x->term != y->term)
		return x->term < y->term ? -1 : 1;
	return x->article < y->article ? -1 : x->article > y->article;
}

/* Write article's signature (terms t[idx[0..k)]). */
static int
sig_write(struct store *s, int64_t article, const struct link_term *t,
    const size_t *idx, size_t k, char **err)
{
	unsigned char *blob = xmalloc(8 * k + 1);
	sqlite3_stmt *st = NULL;
	size_t i;
	int r = -1;

	for (i = 0; i < k; i++)
		sig_put(blob + 8 * i, t[idx[i]].term);
	if ((st = prep(s, Q_PUT_SIG, err)) == NULL)
		goto out;
	if (sqlite3_bind_int64(st, 1, article) != SQLITE_OK ||
	    sqlite3_bind_blob(st, 2, blob, (int)(8 * k), SQLITE_STATIC) !=
	    SQLITE_OK) {
		db_fail(s, err, "bind");
		goto out;
	}
	if (step(s, st, err) == 0)
		r = 0;
out:
	done(st);
	free(blob);
	return r;
}

/*
 * Count the waiting articles' terms into the frequencies and sign each
 * one (links_signature over the frequencies with these articles
 * counted: an article's own terms are at least in itself). Part of
 * flush_pending, outside any issue's savepoint.
 */
static int
sign_pending(struct store *s, char **err)
{
	struct pend_row *p;
	struct dfent *e;
	struct posting *post = NULL;
	sqlite3_stmt *st;
	int64_t *df = NULL, ndocs;
	size_t i, j, k, *idx = NULL, cap = 0, npost = 0, apost = 0;
	int r = 0;

	for (i = 0; i < s->npend && r == 0; i++) {
		p = &s->pend[i];
		if (p->article == 0)
			continue;
		for (j = 0; j < p->nterms; j++) {
			if ((e = df_get(s, p->terms[j].term, err)) == NULL) {
				r = -1;
				break;
			}
			e->delta++;
		}
		s->df.docs_delta++;
	}
	if (r < 0 || df_docs(s, &ndocs, err) < 0)
		return -1;
	for (i = 0; i < s->npend && r == 0; i++) {
		p = &s->pend[i];
		if (p->article == 0)
			continue;
		if (p->nterms > cap) {
			cap = p->nterms;
			df = xreallocarray(df, cap, sizeof *df);
			idx = xreallocarray(idx, cap, sizeof *idx);
		}
		for (j = 0; j < p->nterms; j++) {
			e = df_slot(&s->df, p->terms[j].term);
			df[j] = e->base + e->delta;
		}
		k = links_signature(p->terms, p->nterms, df, ndocs, SIG_TERMS,
		    idx);
		r = sig_write(s, p->article, p->terms, idx, k, err);
		if (npost + k > apost) {
			apost = 2 * (npost + k);
			post = xreallocarray(post, apost, sizeof *post);
		}
		for (j = 0; j < k; j++) {
			post[npost].term = p->terms[idx[j]].term;
			post[npost++].article = p->article;
		}
	}
	/* In term order: neighbours in the postings' B-tree one after the
	 * other, not a leaf page read for every insert (at 14,600 pages
	 * the table is 60 MB, past the page cache). */
	if (npost > 0)
		qsort(post, npost, sizeof *post, cmp_posting);
	for (i = 0; i < npost && r == 0; i++) {
		if ((st = prep(s, Q_PUT_POSTING, err)) == NULL ||
		    bindf(s, st, err, "II", (int64_t)post[i].term,
		    post[i].article) < 0 || step(s, st, err) < 0)
			r = -1;
		done(st);
	}
	free(post);
	free(df);
	free(idx);
	if (r == 0 && s->df.n > DF_MAP_MAX)
		r = df_sync(s, err);
	return r;
}

/*
 * Take a stored article out of the frequencies and postings before it
 * is deleted (its signature row goes with it): the terms of a (its
 * stored fields) each once, and the postings of its signature. An
 * article never signed (no signature row) was never counted.
 */
static int
unsign(struct store *s, int64_t id, const struct article *a, char **err)
{
	sqlite3_stmt *st = prep(s, Q_GET_SIG, err);
	struct link_term *t = NULL;
	unsigned char *sig = NULL;
	size_t n = 0, i, nt;
	int r = -1;

	if (st == NULL || bind_int64(s, st, 1, id, err) < 0 ||
	    (r = step(s, st, err)) <= 0)
		goto out;
	n = (size_t)sqlite3_column_bytes(st, 0) / 8;
	sig = xmalloc(8 * n + 1);
	if (n > 0)
		memcpy(sig, sqlite3_column_blob(st, 0), 8 * n);
	done(st);
	st = NULL;
	r = -1;
	for (i = 0; i < n; i++) {
		if ((st = prep(s, Q_DEL_POSTING, err)) == NULL ||
		    bindf(s, st, err, "II", (int64_t)sig_get(sig + 8 * i),
		    id) < 0 || step(s, st, err) < 0)
			goto out;
		done(st);
		st = NULL;
	}
	nt = links_terms(a, &t);
	for (i = 0; i <= nt; i++) {
		/* The last round: term 0, the count of articles. */
		if ((st = prep(s, Q_DF_DROP, err)) == NULL ||
		    bind_int64(s, st, 1, i < nt ? (int64_t)t[i].term : 0,
		    err) < 0 || step(s, st, err) < 0)
			goto out;
		done(st);
		st = NULL;
	}
	/* Counts this batch read before are one too high now: they only
	 * weigh the choice of signature terms, never the stored counts
	 * (df_sync adds changes), so they are left. */
	r = 0;
out:
	done(st);
	free(sig);
	free(t);
	return r;
}

/* What a replaced issue's article leaves to its successor. */
struct old_article {
	int64_t id, skey;
	int seq, read, bookmarked, para;
	int64_t off;
	char *title, *kicker, *subtitle, *byline;
	int taken;
};

static void
old_free(struct old_article *o, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(o[i].title);
		free(o[i].kicker);
		free(o[i].subtitle);
		free(o[i].byline);
	}
	free(o);
}

static int
load_old(struct store *s, int64_t issue, struct old_article **out,
    size_t *n, char **err)
{
	sqlite3_stmt *st = prep(s, Q_OLD_ARTICLES, err);
	struct old_article *o = NULL, *a;
	int r = -1;

	*n = 0;
	if (st == NULL || bind_int64(s, st, 1, issue, err) < 0)
		goto out;
	while ((r = step(s, st, err)) == 1) {
		o = xreallocarray(o, *n + 1, sizeof *o);
		a = &o[(*n)++];
		a->id = sqlite3_column_int64(st, 0);
		a->seq = sqlite3_column_int(st, 1);
		a->title = col_str(st, 2);
		a->kicker = col_str(st, 3);
		a->subtitle = col_str(st, 4);
		a->read = sqlite3_column_int(st, 5);
		a->bookmarked = sqlite3_column_int(st, 6);
		a->para = sqlite3_column_int(st, 7);
		a->off = sqlite3_column_int64(st, 8);
		a->skey = sqlite3_column_int64(st, 9);
		a->byline = col_str(st, 10);
		a->taken = 0;
	}
out:
	done(st);
	*out = o;
	return r < 0 ? -1 : 0;
}

/*
 * Article id's stored body unpacked (see body_next; the caller frees
 * *out): "" when it has none.
 */
static int
load_body(struct store *s, int64_t id, char **out, size_t *n, char **err)
{
	sqlite3_stmt *st = prep(s, Q_BODY, err);
	char *dict = NULL;
	size_t dn;
	int r = -1;

	*out = NULL;
	*n = 0;
	if (st == NULL || bind_int64(s, st, 1, id, err) < 0 ||
	    (r = step(s, st, err)) < 0)
		goto out;
	if (r == 0) {
		*out = xstrdup("");
		r = 0;
	} else if ((dict = col_unpack(st, 1, ZDICT_MAX, &dn, err)) == NULL)
		r = -1;
	else
		r = (*out = zunpack(sqlite3_column_blob(st, 0),
		    (size_t)sqlite3_column_bytes(st, 0), dict, dn, 0, n,
		    err)) != NULL ? 0 : -1;
out:
	done(st);
	free(dict);
	return r;
}

/* The index body (what put_article indexes besides the title) of stored
 * article id with these kicker, subtitle and byline; the caller frees
 * *out. */
static int
index_body(struct store *s, int64_t id, const char *kicker,
    const char *subtitle, const char *byline, char **out, char **err)
{
	struct body_walk w;
	const char *kind, *text;
	struct buf b;
	char *body;
	size_t n;

	*out = NULL;
	if (load_body(s, id, &body, &n, err) < 0)
		return -1;
	buf_init(&b);
	body_add(&b, kicker, 1);
	body_add(&b, subtitle, 0);
	body_add(&b, byline, 0);
	w.p = body;
	w.end = body + n;
	while (body_next(&w, &kind, &text))
		body_add(&b, text, 0);
	free(body);
	*out = buf_take(&b);
	return 0;
}

/* Remove one stored article's index row: rebuild the exact fields it was
 * indexed with from the tables. */
static int
fts_forget(struct store *s, int64_t id, int64_t key, const char *title,
    const char *kicker, const char *subtitle, const char *byline,
    char **err)
{
	char *body;
	int r;

	if (index_body(s, id, kicker, subtitle, byline, &body, err) < 0)
		return -1;
	r = fts_write(s, Q_FTS_DELETE, key, title, body, err);
	free(body);
	return r;
}

static int load_paras(struct store *s, int64_t id, struct article *a,
    char **err);

/* Take a stored article about to be deleted out of the frequencies and
 * postings (unsign), from its stored fields. */
static int
forget_terms(struct store *s, const struct old_article *o, char **err)
{
	struct article *a = article_new();
	int r;

	article_set(&a->title, xstrdup(o->title));
	article_set(&a->kicker, xstrdup(o->kicker));
	article_set(&a->subtitle, xstrdup(o->subtitle));
	r = load_paras(s, o->id, a, err) < 0 ? -1 : unsign(s, o->id, a, err);
	article_free(a);
	return r;
}

/*
 * Which old article each new one inherits from (SPEC "Identity and
 * re-import"): the same title first, then the same place on the page.
 * heir[i] is an index into old or -1.
 */
static void
match_old(const struct page *p, struct old_article *old, size_t nold,
    long *heir)
{
	size_t i, j;

	for (i = 0; i < p->n; i++) {
		heir[i] = -1;
		for (j = 0; j < nold && p->articles[i]->title[0] != '\0'; j++)
			if (!old[j].taken && strcmp(old[j].title,
			    p->articles[i]->title) == 0) {
				old[j].taken = 1;
				heir[i] = (long)j;
				break;
			}
	}
	for (i = 0; i < p->n; i++) {
		if (heir[i] >= 0)
			continue;
		for (j = 0; j < nold; j++)
			if (!old[j].taken && old[j].seq == (int)i + 1) {
				old[j].taken = 1;
				heir[i] = (long)j;
				break;
			}
	}
}

/* Record the continuation marks of article id (links_find). */
static int
put_links(struct store *s, int64_t id, const struct article *a, char **err)
{
	struct link_mark *m;
	sqlite3_stmt *st = NULL;
	size_t n = links_find(a, &m), i;
	int rc = 0;

	for (i = 0; i < n && rc == 0; i++) {
		if ((st = prep(s, Q_PUT_LINK, err)) == NULL ||
		    bindf(s, st, err, "IiIIIii", id, (int)i, (int64_t)m[i].para,
		    (int64_t)m[i].off, (int64_t)m[i].len, (int)m[i].kind,
		    m[i].page) < 0 || step(s, st, err) < 0)
			rc = -1;
		done(st);
	}
	free(m);
	return rc;
}

/* Insert one article (seq is 1-based) with key `top - seq`, its
 * paragraphs, compressed with dict (its page's text; or zbody, packed
 * already) and its continuation marks; o, when not NULL, gives it its
 * id and marks. *body (the caller frees it) is what its index row must
 * hold besides the title; *idp its id. */
static int
put_article(struct store *s, int64_t issue, int64_t top, int seq,
    const struct article *a, const struct old_article *o, struct zdict *dict,
    const unsigned char *zbody, size_t nzbody, char **body, int64_t *idp,
    char **err)
{
	sqlite3_stmt *st = prep(s, Q_INSERT_ARTICLE, err);
	unsigned char *z = NULL;
	struct buf b, packed;
	int64_t id = 0;
	size_t i, zn = nzbody;
	int rc = -1;

	buf_init(&b);
	buf_init(&packed);
	if (st == NULL || bindf(s, st, err, "zIitttttiiiII",
	    o ? o->id : (int64_t)0, issue, seq, article_kind_name(a->kind),
	    a->title, a->kicker, a->subtitle, a->byline, o ? o->read : 0,
	    o ? o->bookmarked : 0, o ? o->para : 0, o ? o->off : (int64_t)0,
	    top - seq) < 0 || step(s, st, err) < 0)
		goto out;
	id = sqlite3_last_insert_rowid(s->db);
	done(st);
	st = NULL;
	body_add(&b, a->kicker, 1);
	body_add(&b, a->subtitle, 0);
	body_add(&b, a->byline, 0);
	for (i = 0; i < a->npara; i++)
		body_add(&b, a->paras[i].text, 0);
	if (zbody == NULL) {
		body_pack(&packed, a);
		if ((z = zpack(packed.data ? packed.data : "", packed.len, dict,
		    &zn, err)) == NULL)
			goto out;
		zbody = z;
	}
	if ((st = prep(s, Q_PUT_BODY, err)) == NULL)
		goto out;
	if (sqlite3_bind_int64(st, 1, id) != SQLITE_OK ||
	    sqlite3_bind_blob(st, 2, zbody, (int)zn, SQLITE_STATIC) != SQLITE_OK) {
		db_fail(s, err, "bind");
		goto out;
	}
	if (step(s, st, err) < 0)
		goto out;
	done(st);
	st = NULL;
	rc = put_links(s, id, a, err);
out:
	done(st);
	free(z);
	buf_free(&packed);
	*body = buf_take(&b);
	*idp = id;
	return rc;
}

/*
 * Insert the page's articles, heirs of old ones where match_old says,
 * and queue their index rows (flush_pending writes them). Article seq
 * has key top - seq.
 */
static int
put_articles(struct store *s, int64_t issue, int64_t top,
    const struct page *p, struct old_article *old, size_t nold,
    const char *dict, const struct store_packed *pk, char **err)
{
	long *heir = xcalloc(p->n + 1, sizeof *heir);
	char **body = xcalloc(p->n + 1, sizeof *body);
	int64_t *ids = xcalloc(p->n + 1, sizeof *ids);
	struct link_term *terms;
	size_t i, nterms;
	struct zdict zd;
	/* Packed already (store_pack) for these very articles, or here. */
	int here = pk == NULL || pk->n != p->n;
	int rc = p->n > 0 && here ? zdict_init(&zd, dict, strlen(dict), err) :
	    0;

	match_old(p, old, nold, heir);
	for (i = 0; i < p->n && rc == 0; i++)
		rc = put_article(s, issue, top, (int)i + 1, p->articles[i],
		    heir[i] >= 0 ? &old[heir[i]] : NULL, here ? &zd : NULL,
		    here ? NULL : pk->body[i], here ? 0 : pk->nbody[i],
		    &body[i], &ids[i], err);
	if (p->n > 0 && here)
		zdict_free(&zd);
	for (i = 0; i < p->n; i++) {
		if (rc == 0) {
			/* Counted and signed with the index row. */
			nterms = links_terms(p->articles[i], &terms);
			pend_add(s, issue, top - (int64_t)i - 1,
			    xstrdup(p->articles[i]->title), body[i], ids[i],
			    terms, nterms);
		} else {
			free(body[i]);
		}
	}
	free(ids);
	free(body);
	free(heir);
	return rc;
}

/* Store (or replace) the decoded text of an issue, compressed. */
static int
put_text(struct store *s, int64_t issue, const char *text,
    const struct store_packed *pk, char **err)
{
	sqlite3_stmt *st;
	unsigned char *z = NULL;
	size_t zn;
	int rc = -1;

	if (pk != NULL)
		zn = pk->ntext;
	else if ((z = zpack(text, strlen(text), NULL, &zn, err)) == NULL)
		return -1;
	if ((st = prep(s, Q_PUT_TEXT, err)) == NULL)
		goto out;
	if (sqlite3_bind_int64(st, 1, issue) != SQLITE_OK ||
	    sqlite3_bind_blob(st, 2, pk != NULL ? pk->text : z, (int)zn,
	    SQLITE_STATIC) != SQLITE_OK) {
		db_fail(s, err, "bind");
		goto out;
	}
	if (step(s, st, err) == 0)
		rc = 0;
out:
	done(st);
	free(z);
	return rc;
}

/* The key a new or moved issue gets. */
static int
issue_key(struct store *s, const struct issue_in *in, int64_t imported,
    int64_t *key, char **err)
{
	if (in->date[0] == '\0') {
		*key = KEY_UNDATED | imported << TIE_SHIFT;
		return 0;
	}
	return dated_key(s, date_code(in->date), in->page, key, err);
}

/* ---- index keys ---- */

/* An issue's place among the index keys: keys klo .. klo + kn - 1. */
struct krange {
	int64_t id, klo, kn, nklo;   /* nklo: where it moves (move_keys) */
};

/*
 * Up to max issues next to key kbase in its region (dated or undated),
 * without issue self: those before it nearest first (up = 0), or those
 * after it (up = 1). *n the number read.
 */
static int
neighbours(struct store *s, int64_t kbase, int64_t self, int up,
    struct krange *out, int max, int *n, char **err)
{
	sqlite3_stmt *st = prep(s, up ? Q_NEIGHBOURS_UP : Q_NEIGHBOURS, err);
	int64_t bound = kbase < KEY_UNDATED ? (up ? KEY_UNDATED - 1 : 0) :
	    (up ? INT64_MAX : KEY_UNDATED);
	int r = -1;

	*n = 0;
	if (st == NULL || bindf(s, st, err, "IIIi", kbase, bound, self,
	    max) < 0)
		goto out;
	while ((r = step(s, st, err)) == 1) {
		out[*n].id = sqlite3_column_int64(st, 0);
		out[*n].klo = sqlite3_column_int64(st, 1);
		out[*n].kn = sqlite3_column_int64(st, 2);
		out[*n].nklo = out[*n].klo;
		(*n)++;
	}
out:
	done(st);
	return r < 0 ? -1 : 0;
}

/*
 * Give the issues of the window w[0..n) (in key order) their new keys
 * nklo: every index row of a moving issue is deleted under its old key
 * and queued under the new one. Runs outside any issue's savepoint with
 * no index row waiting (alloc_keys flushed them).
 */
static int
move_keys(struct store *s, struct krange *w, int n, char **err)
{
	sqlite3_stmt *st;
	char *title, *kicker, *subtitle, *byline, *body;
	int64_t id, key;
	int i, r = 0;

	for (i = 0; i < n && r == 0; i++) {
		if (w[i].nklo == w[i].klo || w[i].id == 0)
			continue;
		/* Old rows out of the index, keys parked below zero (keys
		 * are UNIQUE, and old and new ranges may overlap). */
		if ((st = prep(s, Q_ISSUE_ARTICLES, err)) == NULL ||
		    bind_int64(s, st, 1, w[i].id, err) < 0) {
			done(st);
			return -1;
		}
		while (r == 0 && (r = step(s, st, err)) == 1) {
			id = sqlite3_column_int64(st, 0);
			key = sqlite3_column_int64(st, 1);
			title = col_str(st, 2);
			kicker = col_str(st, 3);
			subtitle = col_str(st, 4);
			byline = col_str(st, 5);
			r = fts_forget(s, id, key, title, kicker, subtitle,
			    byline, err);
			free(title);
			free(kicker);
			free(subtitle);
			free(byline);
		}
		done(st);
		if (r < 0 || (st = prep(s, Q_MOVE_ARTICLES, err)) == NULL ||
		    bindf(s, st, err, "II", w[i].id,
		    w[i].nklo + w[i].kn) < 0 || step(s, st, err) < 0) {
			done(st);
			return -1;
		}
		done(st);
	}
	for (i = 0; i < n && r == 0; i++) {
		if (w[i].nklo == w[i].klo || w[i].id == 0)
			continue;
		if ((st = prep(s, Q_MOVE_ISSUE, err)) == NULL ||
		    bindf(s, st, err, "II", w[i].id, w[i].nklo) < 0 ||
		    step(s, st, err) < 0) {
			done(st);
			return -1;
		}
		done(st);
		if ((st = prep(s, Q_UNPARK, err)) == NULL ||
		    bind_int64(s, st, 1, w[i].id, err) < 0 ||
		    step(s, st, err) < 0) {
			done(st);
			return -1;
		}
		done(st);
		if ((st = prep(s, Q_ISSUE_ARTICLES, err)) == NULL ||
		    bind_int64(s, st, 1, w[i].id, err) < 0) {
			done(st);
			return -1;
		}
		while (r == 0 && (r = step(s, st, err)) == 1) {
			id = sqlite3_column_int64(st, 0);
			key = sqlite3_column_int64(st, 1);
			if (index_body(s, id, (const char *)
			    sqlite3_column_text(st, 3), (const char *)
			    sqlite3_column_text(st, 4), (const char *)
			    sqlite3_column_text(st, 5), &body, err) < 0)
				r = -1;
			else {
				pend_add(s, w[i].id, key, col_str(st, 2), body,
				    0, NULL, 0);
				r = 0;
			}
		}
		done(st);
	}
	return r < 0 ? -1 : 0;
}

/*
 * Where the n index keys of an issue with order key kbase go (*klo), self
 * being the issue it replaces (0: none), so that index rowids keep the
 * issues' order: after the issue before it, before the one after, with
 * KEY_GAP free at the ends and the middle of a gap taken between two.
 * When the gap is too small, the nearest issues on both sides (2, 4, 8,
 * ... of them) are spread over the room around them (move_keys).
 */
static int
alloc_keys(struct store *s, int64_t kbase, int64_t self, int64_t n,
    int64_t *klo, char **err)
{
	int64_t rlo = kbase < KEY_UNDATED ? FKEY_LO : FKEY_UNDATED;
	int64_t rhi = kbase < KEY_UNDATED ? FKEY_UNDATED - 1 : FKEY_HI;
	int64_t lo, hi, used, room, gap, at;
	struct krange *w = NULL, *before, *after;
	int half, nb, na, i, k, r = -1;

	for (half = 1;; half *= 2) {
		before = xreallocarray(NULL, (size_t)half + 1, sizeof *before);
		after = xreallocarray(NULL, (size_t)half + 1, sizeof *after);
		if (neighbours(s, kbase, self, 0, before, half + 1, &nb,
		    err) < 0 || neighbours(s, kbase, self, 1, after, half + 1,
		    &na, err) < 0)
			goto out;
		if (half == 1 && nb == 0 && na == 0) {
			*klo = rlo + (rhi - rlo) / 2;  /* the first: room both ways */
			r = 0;
			goto out;
		}
		if (half == 1 && na == 0) {
			*klo = before[0].klo + before[0].kn + KEY_GAP;
			r = *klo + n - 1 <= rhi ? 0 :
			    fail(err, "library: no index keys left");
			goto out;
		}
		if (half == 1 && nb == 0) {
			*klo = after[0].klo - KEY_GAP - n;
			r = *klo >= rlo ? 0 :
			    fail(err, "library: no index keys left");
			goto out;
		}
		/* The room between the issues just outside the window. */
		lo = nb > half ? before[half].klo + before[half].kn : rlo;
		hi = na > half ? after[half].klo - 1 : rhi;
		if (nb > half)
			nb = half;
		if (na > half)
			na = half;
		if (half == 1) {
			lo = before[0].klo + before[0].kn;
			hi = after[0].klo - 1;
			if (hi - lo + 1 >= n) {
				*klo = lo + (hi - lo + 1 - n) / 2;
				r = 0;
				goto out;
			}
			free(before);
			free(after);
			continue;
		}
		used = n;
		for (i = 0; i < nb; i++)
			used += before[i].kn;
		for (i = 0; i < na; i++)
			used += after[i].kn;
		room = hi - lo + 1 - used;
		gap = room / (nb + na + 2);
		if (gap >= KEY_GAP_MIN || (lo == rlo && hi == rhi && gap >= 0))
			break;
		if (lo == rlo && hi == rhi) {
			fail(err, "library: no index keys left");
			goto out;
		}
		free(before);
		free(after);
	}
	/* The window in key order, the new issue (id 0) in its place. */
	w = xreallocarray(NULL, (size_t)(nb + na + 1), sizeof *w);
	k = 0;
	for (i = nb - 1; i >= 0; i--)
		w[k++] = before[i];
	w[k].id = 0;
	w[k].kn = n;
	w[k++].klo = 0;
	for (i = 0; i < na; i++)
		w[k++] = after[i];
	for (at = lo + gap, i = 0; i < k; i++) {
		w[i].nklo = at;
		at += w[i].kn + gap;
	}
	*klo = w[nb].nklo;
	if (flush_pending(s, err) < 0 || move_keys(s, w, k, err) < 0)
		goto out;
	r = 0;
out:
	free(w);
	free(before);
	free(after);
	return r;
}

/* ---- putting an issue ---- */

/* The issue stored from a path, if any (id 0 when none). */
struct old_issue {
	int64_t id, kbase, klo, kn;
	char *date;
	int page;
};

static int
issue_by_path(struct store *s, const char *path, struct old_issue *o,
    char **err)
{
	sqlite3_stmt *st = prep(s, Q_BY_PATH, err);
	int r = -1;

	memset(o, 0, sizeof *o);
	if (st == NULL || bind_text(s, st, 1, path, err) < 0 ||
	    (r = step(s, st, err)) < 0)
		goto out;
	if (r == 1) {
		o->id = sqlite3_column_int64(st, 0);
		o->date = col_str(st, 1);
		o->page = sqlite3_column_int(st, 2);
		o->kbase = sqlite3_column_int64(st, 3);
		o->klo = sqlite3_column_int64(st, 4);
		o->kn = sqlite3_column_int64(st, 5);
	}
	r = 0;
out:
	done(st);
	return r;
}

/* Write issue in (new, or replacing o) with order key kbase and index
 * keys klo .. klo + kn - 1, inside its savepoint. */
static int
write_issue(struct store *s, const struct issue_in *in, const char *hash,
    const struct page *p, const struct old_issue *o, int64_t id,
    int64_t kbase, int64_t klo, int64_t kn, char **err)
{
	struct old_article *old = NULL;
	sqlite3_stmt *st = NULL;
	size_t nold = 0, i;
	int rc = -1;

	if (o->id != 0) {
		if (load_old(s, o->id, &old, &nold, err) < 0)
			goto out;
		for (i = nold; i > 0; i--)  /* rowids ascending */
			if (fts_forget(s, old[i - 1].id, old[i - 1].skey,
			    old[i - 1].title, old[i - 1].kicker,
			    old[i - 1].subtitle, old[i - 1].byline, err) < 0 ||
			    forget_terms(s, &old[i - 1], err) < 0)
				goto out;
		if ((st = prep(s, Q_DELETE_ARTICLES, err)) == NULL ||
		    bind_int64(s, st, 1, o->id, err) < 0 ||
		    step(s, st, err) < 0)
			goto out;
		done(st);
		if ((st = prep(s, Q_UPDATE_ISSUE, err)) == NULL ||
		    bindf(s, st, err, "IttitiIII", id, in->source, hash,
		    in->cleaner, in->date, in->page, kbase, klo, kn) < 0 ||
		    step(s, st, err) < 0)
			goto out;
	} else if ((st = prep(s, Q_INSERT_ISSUE, err)) == NULL ||
	    bindf(s, st, err, "ItttitiIII", id, in->source, in->path, hash,
	    in->cleaner, in->date, in->page, kbase, klo, kn) < 0 ||
	    step(s, st, err) < 0)
		goto out;
	done(st);
	st = NULL;
	if (put_text(s, id, in->text, in->packed, err) == 0)
		rc = put_articles(s, id, klo + kn, p, old, nold, in->text,
		    in->packed, err);
out:
	done(st);
	old_free(old, nold);
	return rc;
}

/* An issue with the same text: *id (0 if none), whether it has the same
 * path, its cleaner. Equal hashes are checked on the text itself. */
static int
same_text(struct store *s, const char *hash, const char *text, int64_t *id,
    int *same_path, int *cleaner, const char *path, char **err)
{
	sqlite3_stmt *st = prep(s, Q_SAME_TEXT, err);
	char *t;
	int r = -1;

	*id = 0;
	if (st == NULL || bind_text(s, st, 1, hash, err) < 0)
		goto out;
	while ((r = step(s, st, err)) == 1) {
		if ((t = col_unpack(st, 3, 0, NULL, err)) == NULL) {
			r = -1;
			break;
		}
		if (strcmp(t, text) == 0) {
			*id = sqlite3_column_int64(st, 0);
			*same_path = strcmp((const char *)
			    sqlite3_column_text(st, 1), path) == 0;
			*cleaner = sqlite3_column_int(st, 2);
			free(t);
			r = 0;
			break;
		}
		free(t);
	}
out:
	done(st);
	return r < 0 ? -1 : 0;
}

/* Refuse input the keys cannot hold. */
static int
check_input(const struct issue_in *in, char **err)
{
	if (in == NULL || in->path == NULL || in->source == NULL ||
	    in->text == NULL || in->date == NULL)
		return fail(err, "library: incomplete issue");
	if (in->date[0] != '\0' && date_code(in->date) < 0)
		return fail(err, "%s: bad date '%s'", in->source, in->date);
	if (in->page < 0)
		return fail(err, "%s: bad page %d", in->source, in->page);
	if (in->page_articles != NULL && in->page_articles->n > SEQ_MAX)
		return fail(err, "%s: more than %d articles on one page",
		    in->source, SEQ_MAX);
	return 0;
}

/*
 * One issue inside a batch. Reads and key allocation come first, outside
 * the issue's savepoint: writing waiting index rows (before replacing an
 * issue whose rows wait, or before moving keys) must not happen inside
 * it (flush_pending).
 */
static int
put_issue(struct store *s, const struct issue_in *in, enum store_put *result,
    char **err)
{
	static const struct page nothing = { NULL, 0 };
	const struct page *p = in->page_articles ? in->page_articles : &nothing;
	struct old_issue o;
	char hash[17];
	int64_t same, id, kbase, klo, kn;
	int same_path = 0, cleaner = 0, rc = -1;
	size_t mark;

	text_hash(in->text, hash);
	if (same_text(s, hash, in->text, &same, &same_path, &cleaner,
	    in->path, err) < 0)
		return -1;
	/* SPEC: the same text from any path is skipped; the same file
	 * cleaned by an older importer is rebuilt (--reclean). */
	if (same != 0 && !(same_path && in->cleaner > cleaner)) {
		*result = STORE_SKIPPED;
		return 0;
	}
	if (issue_by_path(s, in->path, &o, err) < 0)
		return -1;
	if (o.id != 0 && pend_has(s, o.id) && flush_pending(s, err) < 0)
		goto out;
	kn = (int64_t)p->n;
	if (o.id != 0) {
		id = o.id;
		kbase = o.kbase;
		if ((strcmp(o.date, in->date) != 0 || o.page != in->page) &&
		    issue_key(s, in, id, &kbase, err) < 0)
			goto out;
	} else if (next_imported(s, &id, err) < 0 ||
	    issue_key(s, in, id, &kbase, err) < 0)
		goto out;
	/* A replaced issue keeps its keys while its articles fit. */
	if (o.id != 0 && kbase == o.kbase && kn <= o.kn) {
		klo = o.klo;
		kn = o.kn;
	} else if (alloc_keys(s, kbase, o.id, kn, &klo, err) < 0)
		goto out;
	if (put_begin(s, &mark, err) < 0)
		goto out;
	*result = o.id != 0 ? STORE_REPLACED : STORE_IMPORTED;
	rc = write_issue(s, in, hash, p, &o, id, kbase, klo, kn, err);
	s->dirty = 1;
	if (put_end(s, rc == 0, mark, err) < 0)
		rc = -1;
out:
	free(o.date);
	return rc;
}

int
store_put_issue(struct store *s, const struct issue_in *in,
    enum store_put *result, char **err)
{
	int rc;

	if (check_input(in, err) < 0)
		return -1;
	if (s->batch)
		return put_issue(s, in, result, err);
	/* An issue of its own: a batch of one. */
	if (store_begin(s, err) < 0)
		return -1;
	if ((rc = put_issue(s, in, result, err)) == 0)
		return store_commit(s, err);
	store_rollback(s);
	return rc;
}

/* Is path under one of the prefixes (the prefix itself included)? */
static int
under(const char *path, char **prefixes, size_t n)
{
	size_t i, len;

	if (n == 0)
		return 1;
	for (i = 0; i < n; i++) {
		len = strlen(prefixes[i]);
		while (len > 1 && prefixes[i][len - 1] == '/')
			len--;
		if (strncmp(path, prefixes[i], len) == 0 &&
		    (path[len] == '\0' || path[len] == '/' ||
		    (len == 1 && prefixes[i][0] == '/')))
			return 1;
	}
	return 0;
}

int
store_reclean_list(struct store *s, int cleaner, char **prefixes,
    size_t nprefix, struct reclean_item **items, size_t *n, char **err)
{
	sqlite3_stmt *st = prep(s, Q_RECLEAN, err);
	struct reclean_item *it;
	int r = -1;

	*items = NULL;
	*n = 0;
	if (st == NULL || sqlite3_bind_int(st, 1, cleaner) != SQLITE_OK) {
		if (st != NULL)
			db_fail(s, err, "bind");
		goto out;
	}
	while ((r = step(s, st, err)) == 1) {
		if (!under((const char *)sqlite3_column_text(st, 2), prefixes,
		    nprefix))
			continue;
		*items = xreallocarray(*items, *n + 1, sizeof **items);
		it = &(*items)[(*n)++];
		it->issue_id = sqlite3_column_int64(st, 0);
		it->source = col_str(st, 1);
		it->path = col_str(st, 2);
		if ((it->text = col_unpack(st, 3, 0, NULL, err)) == NULL) {
			it->text = xstrdup("");
			it->date = xstrdup("");
			r = -1;
			break;
		}
		it->date = col_str(st, 4);
		it->page = sqlite3_column_int(st, 5);
	}
out:
	done(st);
	if (r < 0) {
		store_reclean_free(*items, *n);
		*items = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

void
store_reclean_free(struct reclean_item *items, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(items[i].source);
		free(items[i].path);
		free(items[i].text);
		free(items[i].date);
	}
	free(items);
}

/* ---- schema 2 (migrations[1]) ---- */

/* A one-off statement for migrate_2; NULL with *err. */
static sqlite3_stmt *
prep_once(struct store *s, const char *sql, char **err)
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		db_fail(s, err, "prepare");
		sqlite3_finalize(st);
		return NULL;
	}
	return st;
}

/* Insert (id, zpack(t[0..n), dict)) with the one-off insert st. */
static int
insert_packed(struct store *s, sqlite3_stmt *st, int64_t id, const char *t,
    size_t n, const char *dict, char **err)
{
	unsigned char *z;
	struct zdict d;
	size_t zn;
	int r = -1;

	if (dict != NULL && zdict_init(&d, dict, strlen(dict), err) < 0) {
		zdict_free(&d);
		return -1;
	}
	z = zpack(t, n, dict != NULL ? &d : NULL, &zn, err);
	if (dict != NULL)
		zdict_free(&d);
	if (z == NULL)
		return -1;
	if (sqlite3_bind_int64(st, 1, id) != SQLITE_OK ||
	    sqlite3_bind_blob(st, 2, z, (int)zn, SQLITE_STATIC) != SQLITE_OK)
		db_fail(s, err, "bind");
	else if (step(s, st, err) == 0)
		r = 0;
	sqlite3_reset(st);
	free(z);
	return r;
}

/* Version 1's page texts and paragraphs compressed into texts2 and
 * bodies (migrations[1] made them), each article's with its page's text
 * as dictionary (put_article). */
static int
pack_v1(struct store *s, char **err)
{
	sqlite3_stmt *rd = NULL, *wr = NULL, *pg = NULL;
	const unsigned char *t;
	char *dict = NULL;
	struct buf b;
	int64_t id, cur = 0;
	int r = -1;

	buf_init(&b);
	if ((rd = prep_once(s, "SELECT article, kind, text FROM paragraphs"
	    " ORDER BY article, seq", err)) == NULL || (wr = prep_once(s,
	    "INSERT INTO bodies(article, z) VALUES (?1, ?2)", err)) == NULL ||
	    (pg = prep_once(s, "SELECT t.text FROM articles a JOIN texts t"
	    " ON t.issue = a.issue WHERE a.id = ?1", err)) == NULL)
		goto out;
	while ((r = step(s, rd, err)) >= 0) {
		id = r == 1 ? sqlite3_column_int64(rd, 0) : 0;
		if (cur != 0 && id != cur && insert_packed(s, wr, cur,
		    b.data ? b.data : "", b.len, dict ? dict : "", err) < 0) {
			r = -1;
			break;
		}
		if (r == 0)
			break;
		if (id != cur) {
			buf_reset(&b);
			free(dict);
			dict = NULL;
			if (bind_int64(s, pg, 1, id, err) < 0 ||
			    (r = step(s, pg, err)) < 0)
				break;
			t = r == 1 ? sqlite3_column_text(pg, 0) : NULL;
			dict = xstrdup(t ? (const char *)t : "");
			sqlite3_reset(pg);
		}
		cur = id;
		t = sqlite3_column_text(rd, 1);
		buf_adds(&b, t ? (const char *)t : "");
		buf_add(&b, "", 1);
		t = sqlite3_column_text(rd, 2);
		buf_adds(&b, t ? (const char *)t : "");
		buf_add(&b, "", 1);
	}
	sqlite3_finalize(rd);
	sqlite3_finalize(wr);
	rd = wr = NULL;
	if (r < 0)
		goto out;
	r = -1;
	if ((rd = prep_once(s, "SELECT issue, text FROM texts", err)) == NULL ||
	    (wr = prep_once(s, "INSERT INTO texts2(issue, z) VALUES (?1, ?2)",
	    err)) == NULL)
		goto out;
	while ((r = step(s, rd, err)) == 1) {
		t = sqlite3_column_text(rd, 1);
		if (insert_packed(s, wr, sqlite3_column_int64(rd, 0),
		    t ? (const char *)t : "", (size_t)sqlite3_column_bytes(rd, 1),
		    NULL, err) < 0) {
			r = -1;
			break;
		}
	}
out:
	sqlite3_finalize(rd);
	sqlite3_finalize(wr);
	sqlite3_finalize(pg);
	free(dict);
	buf_free(&b);
	return r < 0 ? -1 : 0;
}

/* Dense index keys for every issue, in order, KEY_GAP apart, from the
 * middle of each region (the SQL parked the old keys below zero). */
static int
rekey_v1(struct store *s, char **err)
{
	sqlite3_stmt *rd, *mv = NULL, *ak = NULL;
	int64_t kbase, kn, at[2] = { FKEY_LO + (FKEY_UNDATED - 1 - FKEY_LO) / 2,
	    FKEY_UNDATED + (FKEY_HI - FKEY_UNDATED) / 2 };
	int r, g;

	if ((rd = prep_once(s, "SELECT i.id, i.kbase, (SELECT coalesce(max(seq),"
	    " 0) FROM articles WHERE issue = i.id) FROM issues i ORDER BY"
	    " i.kbase", err)) == NULL || (mv = prep_once(s, "UPDATE issues SET"
	    " klo = ?2, kn = ?3 WHERE id = ?1", err)) == NULL || (ak =
	    prep_once(s, "UPDATE articles SET skey = ?2 - seq WHERE issue = ?1",
	    err)) == NULL) {
		r = -1;
		goto out;
	}
	while ((r = step(s, rd, err)) == 1) {
		kbase = sqlite3_column_int64(rd, 1);
		kn = sqlite3_column_int64(rd, 2);
		g = kbase >= KEY_UNDATED;
		if (bindf(s, mv, err, "III", sqlite3_column_int64(rd, 0), at[g],
		    kn) < 0 || step(s, mv, err) < 0 || bindf(s, ak, err, "II",
		    sqlite3_column_int64(rd, 0), at[g] + kn) < 0 ||
		    step(s, ak, err) < 0) {
			r = -1;
			break;
		}
		sqlite3_reset(mv);
		sqlite3_reset(ak);
		at[g] += kn + KEY_GAP;
	}
out:
	sqlite3_finalize(rd);
	sqlite3_finalize(mv);
	sqlite3_finalize(ak);
	return r < 0 ? -1 : 0;
}

/* Every article's index row under its new key, in key order. */
static int
reindex_v1(struct store *s, char **err)
{
	sqlite3_stmt *rd;
	char *body;
	int r;

	if ((rd = prep_once(s, "SELECT id, skey, title, kicker, subtitle,"
	    " byline FROM articles ORDER BY skey", err)) == NULL)
		return -1;
	while ((r = step(s, rd, err)) == 1) {
		if (index_body(s, sqlite3_column_int64(rd, 0), (const char *)
		    sqlite3_column_text(rd, 3), (const char *)
		    sqlite3_column_text(rd, 4), (const char *)
		    sqlite3_column_text(rd, 5), &body, err) < 0) {
			r = -1;
			break;
		}
		r = fts_write(s, Q_FTS_INSERT, sqlite3_column_int64(rd, 1),
		    (const char *)sqlite3_column_text(rd, 2), body, err);
		free(body);
		if (r < 0)
			break;
	}
	sqlite3_finalize(rd);
	return r < 0 ? -1 : 0;
}

/*
 * Schema 1 -> 2 after migrations[1]'s SQL: texts and paragraphs
 * compressed, dense keys, the index rebuilt on them; marks, positions
 * and state are columns and rows left as they were.
 */
static int
migrate_2(struct store *s, char **err)
{
	if (pack_v1(s, err) < 0 || exec(s, "DROP TABLE texts;"
	    " ALTER TABLE texts2 RENAME TO texts; DROP TABLE paragraphs",
	    err) < 0 || rekey_v1(s, err) < 0 || reindex_v1(s, err) < 0)
		return -1;
	return 0;
}

/* ---- schema 3 (migrations[2]) ---- */

/*
 * Schema 2 -> 3 after migrations[2]'s SQL: every stored article, in
 * index key order, gets its index row again (the byline now in it), its
 * continuation marks, and its terms counted and signed, through the
 * same queue as an import (flush_pending), so the signatures are what
 * importing the library anew in that order would give. Marks,
 * positions and state are columns and rows left as they were.
 */
static int
migrate_3(struct store *s, char **err)
{
	sqlite3_stmt *rd;
	struct article *a = NULL;
	struct link_term *terms;
	size_t nterms;
	char *body;
	int64_t id;
	int r;

	if ((rd = prep_once(s, "SELECT id, issue, skey, title, kicker,"
	    " subtitle, byline FROM articles ORDER BY skey", err)) == NULL)
		return -1;
	while ((r = step(s, rd, err)) == 1) {
		id = sqlite3_column_int64(rd, 0);
		a = article_new();
		article_set(&a->title, col_str(rd, 3));
		article_set(&a->kicker, col_str(rd, 4));
		article_set(&a->subtitle, col_str(rd, 5));
		article_set(&a->byline, col_str(rd, 6));
		if (load_paras(s, id, a, err) < 0 || index_body(s, id,
		    a->kicker, a->subtitle, a->byline, &body, err) < 0 ||
		    put_links(s, id, a, err) < 0) {
			r = -1;
			break;
		}
		nterms = links_terms(a, &terms);
		pend_add(s, sqlite3_column_int64(rd, 1),
		    sqlite3_column_int64(rd, 2), xstrdup(a->title), body, id,
		    terms, nterms);
		article_free(a);
		a = NULL;
		if (s->pend_bytes >= PENDING_MAX && flush_pending(s, err) < 0) {
			r = -1;
			break;
		}
	}
	article_free(a);
	sqlite3_finalize(rd);
	if (r < 0) {
		pend_drop(s, 0);
		df_clear(&s->df);
		return -1;
	}
	return flush_pending(s, err) < 0 || df_sync(s, err) < 0 ? -1 : 0;
}

/* ---- reading ---- */

/* Append a quoted FTS5 phrase of the folded text (a '"' doubled), limited
 * to column col when not NULL. */
static void
add_phrase(struct buf *b, const char *col, const char *folded)
{
	if (col != NULL)
		buf_addf(b, "%s : ", col);
	buf_addc(b, '"');
	for (; *folded != '\0'; folded++) {
		if (*folded == '"')
			buf_addc(b, '"');
		buf_addc(b, *folded);
	}
	buf_addc(b, '"');
}

/*
 * The FTS5 query for a folded text: one phrase (the tokenizer makes each
 * character a token), in column col (NULL: any), without the rows that
 * have it in column not (NULL: none). The caller frees it.
 */
static char *
match_expr(const char *folded, const char *col, const char *not)
{
	struct buf b;

	buf_init(&b);
	add_phrase(&b, col, folded);
	if (not != NULL) {
		buf_adds(&b, " NOT ");
		add_phrase(&b, not, folded);
	}
	return buf_take(&b);
}

/* The match expression of a filter's text; NULL when there is no text
 * filter, "" when the text folds to nothing (it then matches nothing). */
static char *
filter_match(const struct store_filter *f)
{
	char *folded, *m;

	if (f == NULL || f->text == NULL || f->text[0] == '\0')
		return NULL;
	folded = search_fold(f->text, strlen(f->text), NULL);
	m = folded[0] != '\0' ? match_expr(folded, NULL, NULL) : xstrdup("");
	free(folded);
	return m;
}

static void read_issue_row(sqlite3_stmt *st, struct issue_row *r);
static int issue_by_number(struct store *s, int number, int64_t *id,
    int64_t *lo, int64_t *hi, char **err);

/* ---- the interface's pinned view (work item 10, item 2) ----
 *
 * The interface holds issues by number, and another process's import
 * renumbers them: without a view, row 3 of the sidebar would show another
 * issue than it did a moment ago. Pinned, the interface goes on seeing
 * the issues it had, numbered as it had them, until it pins again (R).
 * The view is built only once another process has changed the library,
 * so a start costs nothing for it. */

static int
cmp_view_id(const void *a, const void *b)
{
	const struct view_id *x = a, *y = b;

	return (x->id > y->id) - (x->id < y->id);
}

static void
drop_view(struct store *s)
{
	free(s->view);
	free(s->vid);
	s->view = NULL;
	s->vid = NULL;
	s->view_n = 0;
}

/* The issues imported up to the pin, in number order, into s->view. */
static int
build_view(struct store *s, char **err)
{
	sqlite3_stmt *st = prep(s, Q_VIEW_IDS, err);
	size_t n = 0, cap = 0;
	int64_t *v = NULL;
	int r = -1, i;

	if (st == NULL || bind_int64(s, st, 1, s->pin_seq, err) < 0)
		goto out;
	while ((r = step(s, st, err)) == 1) {
		if (n == cap) {
			cap = cap ? cap * 2 : 256;
			v = xreallocarray(v, cap, sizeof *v);
		}
		v[n++] = sqlite3_column_int64(st, 0);
	}
	if (r < 0 || n > INT_MAX)
		goto out;
	drop_view(s);
	s->view = v ? v : xcalloc(1, sizeof *v);
	s->view_n = (int)n;
	s->vid = xreallocarray(NULL, n + 1, sizeof *s->vid);
	for (i = 0; i < (int)n; i++) {
		s->vid[i].id = v[i];
		s->vid[i].n = i + 1;
	}
	qsort(s->vid, n, sizeof *s->vid, cmp_view_id);
	v = NULL;
	r = 0;
out:
	done(st);
	free(v);
	return r < 0 ? -1 : 0;
}

/* The view's number of issue id, or 0 when it is not in the view. */
static int
view_number(const struct store *s, int64_t id)
{
	struct view_id key = { id, 0 }, *hit;

	hit = bsearch(&key, s->vid, (size_t)s->view_n, sizeof *s->vid,
	    cmp_view_id);
	return hit != NULL ? hit->n : 0;
}

/* The id of the view's issue number, or 0. */
static int64_t
view_issue(const struct store *s, int number)
{
	return number >= 1 && number <= s->view_n ? s->view[number - 1] : 0;
}

/*
 * Before a numbered read: if another connection changed the library
 * since the last look, build the view now, so that no read between that
 * change and the interface's next store_poll sees the library's new
 * numbers. One PRAGMA when nothing changed.
 */
static int
view_ready(struct store *s, char **err)
{
	int64_t v;

	if (!s->pinned || s->view != NULL)
		return 0;
	if (query_int(s, "PRAGMA data_version", &v, err) < 0)
		return -1;
	return (long long)v == s->pin_version ? 0 : build_view(s, err);
}

int
store_pin(struct store *s, char **err)
{
	sqlite3_stmt *st;
	int64_t v;
	int r;

	drop_view(s);
	s->pinned = 0;
	s->fresh = 0;
	if (numbers_ready(s, err) < 0 ||
	    query_int(s, "PRAGMA data_version", &v, err) < 0)
		return -1;
	s->pin_version = (long long)v;
	if ((st = prep(s, Q_PIN_SEQ, err)) == NULL)
		return -1;
	r = step(s, st, err);
	if (r == 1)
		s->pin_seq = sqlite3_column_int64(st, 0);
	done(st);
	if (r <= 0)
		return r < 0 ? -1 : fail(err, "library: no import sequence");
	s->pinned = 1;
	return 0;
}

int
store_poll(struct store *s, int *fresh, char **err)
{
	sqlite3_stmt *st;
	int64_t v;
	int r;

	*fresh = s->fresh;
	if (!s->pinned || query_int(s, "PRAGMA data_version", &v, err) < 0)
		return s->pinned ? -1 : 0;
	if ((long long)v == s->pin_version)
		return 0;
	if (s->view == NULL && build_view(s, err) < 0)
		return -1;
	s->pin_version = (long long)v;
	if ((st = prep(s, Q_FRESH, err)) == NULL ||
	    bind_int64(s, st, 1, s->pin_seq, err) < 0) {
		done(st);
		return -1;
	}
	if ((r = step(s, st, err)) == 1)
		s->fresh = sqlite3_column_int(st, 0);
	done(st);
	*fresh = s->fresh;
	return r < 0 ? -1 : 0;
}

/* Issue rows of the view from number `first`: those with articles passing
 * the flags (all when no flag), at most limit (<= 0: no limit). An issue
 * gone since the pin keeps its place as an empty row. */
static int
view_issues(struct store *s, int first, int unread, int marks, int limit,
    struct issue_row **rows, size_t *n, char **err)
{
	int k, r = 0;

	for (k = first < 1 ? 1 : first; k <= s->view_n && r == 0 &&
	    (limit <= 0 || *n < (size_t)limit); k++) {
		sqlite3_stmt *st = prep(s, Q_ISSUE_ROW_BY_ID, err);
		struct issue_row row;

		if (st == NULL || bindf(s, st, err, "Iii", view_issue(s, k),
		    unread, marks) < 0) {
			done(st);
			return -1;
		}
		memset(&row, 0, sizeof row);
		if ((r = step(s, st, err)) == 1)
			read_issue_row(st, &row);
		done(st);
		if (r < 0)
			return -1;
		r = 0;
		if ((unread || marks) && row.nmatch == 0) {
			free(row.source);
			free(row.lead);
			continue;
		}
		if (row.source == NULL) {   /* gone since the pin */
			row.source = xstrdup("");
			row.lead = xstrdup("");
		}
		row.number = k;
		*rows = xreallocarray(*rows, *n + 1, sizeof **rows);
		(*rows)[(*n)++] = row;
	}
	return r;
}

int
store_issue_number(struct store *s, int64_t id, int *number, char **err)
{
	sqlite3_stmt *st;
	int r;

	*number = 0;
	if (view_ready(s, err) < 0)
		return -1;
	if (s->view != NULL) {
		*number = view_number(s, id);
		return 0;
	}
	if (numbers_ready(s, err) < 0 ||
	    (st = prep(s, Q_ISSUE_NUMBER_OF, err)) == NULL)
		return -1;
	if ((r = bind_int64(s, st, 1, id, err)) == 0 &&
	    (r = step(s, st, err)) == 1)
		*number = sqlite3_column_int(st, 0);
	done(st);
	return r < 0 ? -1 : 0;
}

int
store_issue_count(struct store *s, int *n, char **err)
{
	sqlite3_stmt *st;
	int rc = -1;

	*n = 0;
	if (view_ready(s, err) < 0)
		return -1;
	if (s->view != NULL) {
		*n = s->view_n;
		return 0;
	}
	st = prep(s, Q_ISSUE_COUNT, err);
	*n = 0;
	if (st != NULL && step(s, st, err) == 1) {
		*n = sqlite3_column_int(st, 0);
		rc = 0;
	}
	done(st);
	return rc;
}

/* One row of ISSUE_COLS plus the match count in column 8. */
static void
read_issue_row(sqlite3_stmt *st, struct issue_row *r)
{
	const unsigned char *d = sqlite3_column_text(st, 2);

	r->id = sqlite3_column_int64(st, 0);
	r->number = sqlite3_column_int(st, 1);
	snprintf(r->date, sizeof r->date, "%s", d ? (const char *)d : "");
	r->page = sqlite3_column_int(st, 3);
	r->source = col_str(st, 4);
	r->lead = col_str(st, 5);
	r->narticles = sqlite3_column_int(st, 6);
	r->nunread = sqlite3_column_int(st, 7);
	r->nmatch = sqlite3_column_int(st, 8);
}

void
store_issue_rows_free(struct issue_row *rows, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(rows[i].source);
		free(rows[i].lead);
	}
	free(rows);
}

/* Append the issue with id `issue` to *rows, nmatch set to nmatch. */
static int
add_issue_by_key(struct store *s, int64_t issue, int nmatch,
    struct issue_row **rows, size_t *n, char **err)
{
	sqlite3_stmt *st = prep(s, Q_ISSUE_BY_KEY, err);
	int r = -1;

	if (st == NULL || bind_int64(s, st, 1, issue, err) < 0 ||
	    (r = step(s, st, err)) <= 0)
		goto out;
	*rows = xreallocarray(*rows, *n + 1, sizeof **rows);
	read_issue_row(st, &(*rows)[*n]);
	if (s->view != NULL)
		(*rows)[*n].number = view_number(s, issue);
	(*rows)[(*n)++].nmatch = nmatch;
	r = 0;
out:
	done(st);
	return r;
}

/*
 * Sidebar rows under a text filter: walk the index from issue `first` in
 * issue order, counting each issue's matching articles, and stop after
 * `limit` issues, so a screenful costs what it shows rather than every
 * match in the library (a common character matches nearly all).
 */
static int
issues_by_text(struct store *s, const char *match, int unread, int marks,
    int first, int limit, struct issue_row **rows, size_t *n, char **err)
{
	sqlite3_stmt *st;
	int64_t *keys = NULL, lo, issue, hi;
	int *counts = NULL, r = -1;
	size_t nk = 0, i;

	/* Pinned: from the view's issue of that number (its index keys). */
	if (s->view != NULL) {
		st = NULL;
		if (first > s->view_n)
			return 0;
		if ((r = issue_by_number(s, first < 1 ? 1 : first, &issue, &lo,
		    &hi, err)) < 0)
			goto out;
	} else {
		st = prep(s, Q_FIRST_KEY, err);
		if (st == NULL || sqlite3_bind_int(st, 1, first) != SQLITE_OK) {
			if (st != NULL)
				db_fail(s, err, "bind");
			goto out;
		}
		if ((r = step(s, st, err)) <= 0)
			goto out;
		lo = sqlite3_column_int64(st, 0);
	}
	done(st);
	if ((st = prep(s, Q_TEXT_KEYS, err)) == NULL || bindf(s, st, err,
	    "tiiI", match, unread, marks, lo) < 0) {
		r = -1;
		goto out;
	}
	while ((r = step(s, st, err)) == 1) {
		issue = sqlite3_column_int64(st, 0);
		/* Pinned: an issue imported since is not shown yet. */
		if (s->view != NULL && view_number(s, issue) == 0)
			continue;
		if (nk == 0 || keys[nk - 1] != issue) {
			if (limit > 0 && nk == (size_t)limit)
				break;
			keys = xreallocarray(keys, nk + 1, sizeof *keys);
			counts = xreallocarray(counts, nk + 1, sizeof *counts);
			keys[nk] = issue;
			counts[nk++] = 0;
		}
		counts[nk - 1]++;
	}
	done(st);
	st = NULL;
	for (i = 0; r >= 0 && i < nk; i++)
		r = add_issue_by_key(s, keys[i], counts[i], rows, n, err);
out:
	done(st);
	free(keys);
	free(counts);
	return r < 0 ? -1 : 0;
}

int
store_issues(struct store *s, const struct store_filter *f, int first,
    int limit, struct issue_row **rows, size_t *n, char **err)
{
	char *match = filter_match(f);
	int unread = f ? !!f->unread_only : 0, marks = f ? !!f->bookmarks_only : 0;
	sqlite3_stmt *st = NULL;
	int r;

	*rows = NULL;
	*n = 0;
	if (view_ready(s, err) < 0) {
		free(match);
		return -1;
	}
	if ((r = numbers_ready(s, err)) < 0 ||
	    (match != NULL && match[0] == '\0'))
		goto out;
	if (match != NULL) {
		r = issues_by_text(s, match, unread, marks, first, limit, rows,
		    n, err);
		goto out;
	}
	if (s->view != NULL) {
		r = view_issues(s, first, unread, marks, limit, rows, n, err);
		goto out;
	}
	r = -1;
	if ((st = prep(s, marks ? Q_ISSUES_MARKED : Q_ISSUES, err)) == NULL ||
	    bindf(s, st, err, "iiii", first, unread, marks,
	    limit > 0 ? limit : -1) < 0)
		goto out;
	while ((r = step(s, st, err)) == 1) {
		*rows = xreallocarray(*rows, *n + 1, sizeof **rows);
		read_issue_row(st, &(*rows)[(*n)++]);
	}
out:
	done(st);
	free(match);
	if (r < 0) {
		store_issue_rows_free(*rows, *n);
		*rows = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

void
store_article_rows_free(struct article_row *rows, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(rows[i].title);
	free(rows);
}

/* The id and index keys [*lo, *hi] of issue `number`; -1 with "N: no
 * such issue". */
static int
issue_by_number(struct store *s, int number, int64_t *id, int64_t *lo,
    int64_t *hi, char **err)
{
	/* Pinned: the view's issue of that number, by its id. */
	int64_t vid = s->view != NULL ? view_issue(s, number) : 0;
	sqlite3_stmt *st;
	int r = -1;

	if (s->view != NULL && vid == 0)
		return fail(err, "%d: no such issue", number);
	st = prep(s, s->view != NULL ? Q_ISSUE_KEYS_BY_ID : Q_ISSUE_BY_NUMBER,
	    err);
	if (st == NULL || (s->view != NULL ? bind_int64(s, st, 1, vid, err) :
	    bindf(s, st, err, "i", number)) < 0)
		goto out;
	if ((r = step(s, st, err)) == 0)
		r = fail(err, "%d: no such issue", number);
	else if (r == 1) {
		*id = sqlite3_column_int64(st, 0);
		*lo = sqlite3_column_int64(st, 1);
		*hi = *lo + sqlite3_column_int64(st, 2) - 1;
		r = 0;
	}
out:
	done(st);
	return r;
}

/*
 * Walk the articles of issue `number` (0: all) passing f, handing each
 * row to fn; the row's title is the statement's own text, valid until
 * the next step. Rows are read as they are handed on, so a walk of the
 * whole library holds one row at a time.
 */
int
store_articles_each(struct store *s, int number, const struct store_filter *f,
    store_article_fn fn, void *ctx, char **err)
{
	char *match = filter_match(f);
	int unread = f ? f->unread_only : 0, marks = f ? f->bookmarks_only : 0;
	int64_t id = 0, lo = 0, hi = INT64_MAX;
	sqlite3_stmt *st = NULL;
	struct article_row row;
	const unsigned char *t;
	enum stmt_id q;
	int r;

	if (view_ready(s, err) < 0) {
		free(match);
		return -1;
	}
	/* Numbers first: a callback that reads an issue row then finds
	 * nothing to renumber, so it never writes under this read. */
	if ((r = numbers_ready(s, err)) < 0)
		goto out;
	if (number < 0 || (number > 0 && (r = issue_by_number(s, number, &id,
	    &lo, &hi, err)) < 0)) {
		if (number < 0)
			r = fail(err, "%d: no such issue", number);
		goto out;
	}
	if (number == 0)
		lo = 0;
	if (match != NULL && match[0] == '\0')
		goto out;
	q = match != NULL ? Q_ARTICLES_TEXT : number ? Q_ARTICLES_OF :
	    marks ? Q_BOOKMARKS : Q_ARTICLES_ALL;
	r = -1;
	if ((st = prep(s, q, err)) == NULL || bindf(s, st, err, "Iii", id,
	    !!unread, !!marks) < 0 || (match != NULL && (bind_text(s, st, 5,
	    match, err) < 0 || bind_int64(s, st, 6, lo, err) < 0 ||
	    bind_int64(s, st, 7, hi, err) < 0)))
		goto out;
	while ((r = step(s, st, err)) == 1) {
		row.id = sqlite3_column_int64(st, 0);
		row.issue = sqlite3_column_int(st, 1);
		/* Pinned: the view's number (the walk is of one issue). */
		if (s->view != NULL)
			row.issue = number;
		row.seq = sqlite3_column_int(st, 2);
		t = sqlite3_column_text(st, 3);
		if (t == NULL || article_kind_parse((const char *)t,
		    &row.kind) < 0)
			row.kind = KIND_ARTICLE;
		t = sqlite3_column_text(st, 4);
		row.title = (char *)(t ? (const char *)t : "");
		row.read = sqlite3_column_int(st, 5);
		row.bookmarked = sqlite3_column_int(st, 6);
		if ((r = fn(ctx, &row)) != 0)
			break;
	}
out:
	done(st);
	free(match);
	return r;
}

/* store_articles' callback: a copy of every row. */
struct row_list {
	struct article_row *rows;
	size_t n;
};

static int
add_row(void *ctx, const struct article_row *row)
{
	struct row_list *l = ctx;

	l->rows = xreallocarray(l->rows, l->n + 1, sizeof *l->rows);
	l->rows[l->n] = *row;
	l->rows[l->n++].title = xstrdup(row->title);
	return 0;
}

int
store_articles(struct store *s, int number, const struct store_filter *f,
    struct article_row **rows, size_t *n, char **err)
{
	struct row_list l = { NULL, 0 };

	*rows = NULL;
	*n = 0;
	if (store_articles_each(s, number, f, add_row, &l, err) < 0) {
		store_article_rows_free(l.rows, l.n);
		return -1;
	}
	*rows = l.rows;
	*n = l.n;
	return 0;
}

/* Digits only, at most 9 of them: the number, else -1. */
static int
parse_uint(const char *p, size_t len)
{
	int v = 0;
	size_t i;

	if (len == 0 || len > 9)
		return -1;
	for (i = 0; i < len; i++) {
		if (p[i] < '0' || p[i] > '9')
			return -1;
		v = v * 10 + (p[i] - '0');
	}
	return v;
}

/*
 * A --issue or ':' spec as a key range: "YYYY-MM-DD" the day,
 * "YYYY-MM-DD/P" that page of it (*page = P), "YYYY-MM" the month.
 */
static int
spec_range(const char *spec, int64_t *lo, int64_t *hi, int *page)
{
	char day[11];
	size_t len = strlen(spec);
	int64_t code;

	*page = -1;
	if (len == 7) {
		snprintf(day, sizeof day, "%.7s-01", spec);
		if ((code = date_code(day)) < 0)
			return -1;
		*lo = code << DATE_SHIFT;
		*hi = ((code + 31) << DATE_SHIFT) - 1;
		return 0;
	}
	if (len < 10 || (len > 10 && spec[10] != '/'))
		return -1;
	snprintf(day, sizeof day, "%.10s", spec);
	if ((code = date_code(day)) < 0)
		return -1;
	*lo = code << DATE_SHIFT;
	*hi = ((code + 1) << DATE_SHIFT) - 1;
	if (len > 10) {
		if ((*page = parse_uint(spec + 11, len - 11)) < 0)
			return -1;
		*lo |= (int64_t)(*page > PAGE_KEY_MAX ? PAGE_KEY_MAX : *page) <<
		    PAGE_SHIFT;
		*hi = *lo | (((int64_t)1 << PAGE_SHIFT) - 1);
	}
	return 0;
}

int
store_find_issues(struct store *s, const char *spec, int on_or_after,
    int **numbers, size_t *n, char **err)
{
	sqlite3_stmt *st = NULL;
	int64_t lo, hi;
	int page, r = -1;

	*numbers = NULL;
	*n = 0;
	if (view_ready(s, err) < 0)
		return -1;
	if (spec == NULL || spec_range(spec, &lo, &hi, &page) < 0)
		return fail(err, "%s: not a date (YYYY-MM-DD, YYYY-MM-DD/P "
		    "or YYYY-MM)", spec ? spec : "");
	if (on_or_after) {
		hi = KEY_UNDATED - 1;
		page = -1;
	}
	if (numbers_ready(s, err) < 0 || (st = prep(s, Q_FIND, err)) ==
	    NULL || bindf(s, st, err, "IIii", lo, hi, page,
	    on_or_after && s->view == NULL ? 1 : -1) < 0)
		goto out;
	while ((r = step(s, st, err)) == 1) {
		int number = sqlite3_column_int(st, 0);
		/* Pinned: the view's number; an issue imported since is not
		 * shown yet. */
		if (s->view != NULL &&
		    (number = view_number(s, sqlite3_column_int64(st, 1))) == 0)
			continue;
		*numbers = xreallocarray(*numbers, *n + 1, sizeof **numbers);
		(*numbers)[(*n)++] = number;
		if (on_or_after)
			break;
	}
out:
	done(st);
	if (r < 0) {
		free(*numbers);
		*numbers = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

/* The paragraphs of article id into a. */
static int
load_paras(struct store *s, int64_t id, struct article *a, char **err)
{
	struct body_walk w;
	const char *kind, *text;
	enum para_kind k;
	char *body;
	size_t n;

	if (load_body(s, id, &body, &n, err) < 0)
		return -1;
	w.p = body;
	w.end = body + n;
	while (body_next(&w, &kind, &text)) {
		if (para_kind_parse(kind, &k) < 0)
			k = PARA_TEXT;
		article_add_para(a, k, xstrdup(text));
	}
	free(body);
	return 0;
}

int
store_article(struct store *s, int64_t id, struct article **out, char **err)
{
	sqlite3_stmt *st = prep(s, Q_ARTICLE, err);
	struct article *a = NULL;
	const unsigned char *k;
	int r = -1;

	*out = NULL;
	if (st == NULL || bind_int64(s, st, 1, id, err) < 0 ||
	    (r = step(s, st, err)) <= 0)
		goto out;
	a = article_new();
	a->id = id;
	k = sqlite3_column_text(st, 0);
	if (k == NULL || article_kind_parse((const char *)k, &a->kind) < 0)
		a->kind = KIND_ARTICLE;
	article_set(&a->title, col_str(st, 1));
	article_set(&a->kicker, col_str(st, 2));
	article_set(&a->subtitle, col_str(st, 3));
	article_set(&a->byline, col_str(st, 4));
	done(st);
	st = NULL;
	if ((r = load_paras(s, id, a, err)) == 0)
		*out = a;
	else
		article_free(a);
out:
	done(st);
	return r < 0 ? -1 : 0;
}

int
store_article_issue(struct store *s, int64_t id, struct issue_row *out,
    char **err)
{
	sqlite3_stmt *st = NULL;
	int r = -1;

	memset(out, 0, sizeof *out);
	if (view_ready(s, err) < 0)
		return -1;
	if (numbers_ready(s, err) < 0 || (st = prep(s, Q_ARTICLE_ISSUE,
	    err)) == NULL || bind_int64(s, st, 1, id, err) < 0 ||
	    (r = step(s, st, err)) < 0)
		goto out;
	if (r == 0)
		r = fail(err, "%" PRId64 ": no such article", id);
	else {
		read_issue_row(st, out);
		out->nmatch = out->narticles;
		/* Pinned: its number in the view (0: imported since). */
		if (s->view != NULL)
			out->number = view_number(s, out->id);
		r = 0;
	}
out:
	done(st);
	return r;
}

/* ---- marks and state ---- */

/* Run an UPDATE of article id with the values a (and b for q =
 * Q_SET_POSITION); "ID: no such article" if there is none. */
static int
update_article(struct store *s, enum stmt_id q, int64_t id, int64_t a,
    int64_t b, char **err)
{
	sqlite3_stmt *st;
	int r = -1;

	if (s->readonly)
		return fail(err, READONLY_MSG);
	st = prep(s, q, err);

	if (st == NULL || bindf(s, st, err, q == Q_SET_POSITION ? "III" : "II",
	    id, a, b) < 0 ||
	    step(s, st, err) < 0)
		goto out;
	r = sqlite3_changes(s->db) > 0 ? 0 :
	    fail(err, "%" PRId64 ": no such article", id);
out:
	done(st);
	return r;
}

int
store_set_read(struct store *s, int64_t id, int read, char **err)
{
	return update_article(s, Q_SET_READ, id, !!read, 0, err);
}

int
store_set_issue_read(struct store *s, int64_t issue, int read, char **err)
{
	sqlite3_stmt *st;
	int r = -1;

	if (s->readonly)
		return fail(err, READONLY_MSG);
	if ((st = prep(s, Q_SET_ISSUE_READ, err)) != NULL &&
	    bindf(s, st, err, "Ii", issue, !!read) == 0 &&
	    step(s, st, err) >= 0)
		r = 0;
	done(st);
	return r;
}

int
store_set_bookmark(struct store *s, int64_t id, int on, char **err)
{
	return update_article(s, Q_SET_BOOKMARK, id, !!on, 0, err);
}

int
store_set_position(struct store *s, int64_t id, int para, long off,
    char **err)
{
	return update_article(s, Q_SET_POSITION, id, para, off, err);
}

int
store_get_marks(struct store *s, int64_t id, int *read, int *bookmarked,
    int *para, long *off, char **err)
{
	sqlite3_stmt *st = prep(s, Q_GET_MARKS, err);
	int r = -1;

	if (st == NULL || bind_int64(s, st, 1, id, err) < 0 ||
	    (r = step(s, st, err)) < 0)
		goto out;
	if (r == 0)
		r = fail(err, "%" PRId64 ": no such article", id);
	else {
		*read = sqlite3_column_int(st, 0);
		*bookmarked = sqlite3_column_int(st, 1);
		*para = sqlite3_column_int(st, 2);
		*off = (long)sqlite3_column_int64(st, 3);
		r = 0;
	}
out:
	done(st);
	return r;
}

int
store_set_state(struct store *s, const char *key, const char *value,
    char **err)
{
	sqlite3_stmt *st;
	int r = -1;

	if (s->readonly)
		return fail(err, READONLY_MSG);
	st = prep(s, value ? Q_SET_STATE : Q_DEL_STATE, err);

	if (st != NULL && bindf(s, st, err, value ? "tt" : "t", key, value) == 0 &&
	    step(s, st, err) == 0)
		r = 0;
	done(st);
	return r;
}

int
store_get_state(struct store *s, const char *key, char **value, char **err)
{
	sqlite3_stmt *st = prep(s, Q_GET_STATE, err);
	int r = -1;

	*value = NULL;
	if (st == NULL || bind_text(s, st, 1, key, err) < 0 ||
	    (r = step(s, st, err)) < 0)
		goto out;
	if (r == 1)
		*value = col_str(st, 0);
	r = 0;
out:
	done(st);
	return r;
}

/* ---- search ---- */

/* If the folded query is in t, make h's snippet around its first match
 * (SPEC "search": the match marked in the snippet) and return 1. */
static int
snippet_from(struct search_hit *h, const char *t, const char *folded)
{
	size_t n = strlen(t), start, len, a, b;
	struct buf out;
	int k;

	if (!search_find(t, n, folded, &start, &len))
		return 0;
	a = start;
	b = start + len;
	for (k = 0; k < SNIPPET_SIDE && a > 0; k++)
		a = utf8_prev(t, a);
	for (k = 0; k < SNIPPET_SIDE && b < n; k++)
		while (++b < n && ((unsigned char)t[b] & 0xC0) == 0x80)
			;
	buf_init(&out);
	if (a > 0)
		buf_adds(&out, "…");
	h->mark_start = out.len + (start - a);
	h->mark_len = len;
	buf_add(&out, t + a, b - a);
	if (b < n)
		buf_adds(&out, "…");
	h->snippet = buf_take(&out);
	return 1;
}

/* The snippet of a hit: the first match in kicker, subtitle, byline or
 * a paragraph, else in the title (which the hit shows anyway). */
static int
make_snippet(struct store *s, struct search_hit *h, const char *kicker,
    const char *subtitle, const char *byline, const char *folded,
    char **err)
{
	struct body_walk w;
	const char *kind, *text;
	char *body;
	size_t n;

	if (snippet_from(h, kicker, folded) ||
	    snippet_from(h, subtitle, folded) ||
	    snippet_from(h, byline, folded))
		return 0;
	if (load_body(s, h->id, &body, &n, err) < 0)
		return -1;
	w.p = body;
	w.end = body + n;
	while (body_next(&w, &kind, &text))
		if (snippet_from(h, text, folded))
			break;
	free(body);
	if (h->snippet == NULL && !snippet_from(h, h->title, folded))
		h->snippet = xstrdup("");
	return 0;
}

/*
 * Hits the first walk of a search holds (their keys and groups), to put
 * the title group first without a walk of its own when the query has at
 * most this many hits: a rare phrase of common characters then costs one
 * walk of the index, not two. Past it, the hits held are the first of
 * the body group and the walk resumes after them, so nothing is walked
 * twice. Small: the held hits are read again by key to be given.
 */
#define SEARCH_HELD_MAX 32

/*
 * One search under way. SPEC "search" order: title matches, then the
 * rest; in each, dated issues newest first, then undated ones last
 * imported first. Keys put undated issues above dated ones, so each
 * group is a backward walk of the dated keys, then of the undated keys.
 */
struct hunt {
	struct store *s;
	const char *folded;     /* the folded query */
	int limit;              /* <= 0: none */
	size_t given;           /* hits handed to fn so far */
	int nrange;             /* 2 when the library holds undated issues */
	store_hit_fn fn;
	void *ctx;
	struct held {
		int64_t key;
		int in_title;
	} held[SEARCH_HELD_MAX + 1];
	size_t nheld;
	int full;               /* held more than SEARCH_HELD_MAX */
	int full_range;         /* then: the range and key it stopped at */
	int64_t full_key;
};

/* The index key ranges of the walk, in SPEC order: dated issues' keys,
 * then undated ones' (see FKEY_UNDATED). */
static const int64_t hunt_range[2][2] = {
	{ 0, FKEY_UNDATED - 1 }, { FKEY_UNDATED, INT64_MAX },
};

/* What a walk does with each match. */
enum walk_mode {
	WALK_TITLE,     /* give it: the title group's walk */
	WALK_BODY,      /* give it unless its title holds the query */
	WALK_HOLD,      /* hold it; stop when more than the held maximum */
};

/* Does the folded query lie in the title? What the index's title column
 * says too: it holds the same text through the same fold. */
static int
title_has(const char *title, const char *folded)
{
	size_t start, len;

	return search_find(title, strlen(title), folded, &start, &len);
}

/* Hand the hit in the current row of st (Q_SEARCH's columns) to the
 * callback, its snippet made for it alone. Returns fn's value, or -1. */
static int
give_hit(struct hunt *h, sqlite3_stmt *st, int in_title, char **err)
{
	const unsigned char *t = sqlite3_column_text(st, 2);
	struct search_hit hit;
	int r;

	memset(&hit, 0, sizeof hit);
	hit.id = sqlite3_column_int64(st, 0);
	hit.issue = sqlite3_column_int(st, 1);
	hit.title = (char *)(t ? (const char *)t : "");
	hit.in_title = in_title;
	if (make_snippet(h->s, &hit, (const char *)sqlite3_column_text(st, 3),
	    (const char *)sqlite3_column_text(st, 4),
	    (const char *)sqlite3_column_text(st, 6), h->folded, err) < 0)
		return -1;
	r = h->fn(h->ctx, &hit);
	free(hit.snippet);
	h->given++;
	return r;
}

/* Whether the limit is reached. */
static int
hunt_done(const struct hunt *h)
{
	return h->limit > 0 && h->given >= (size_t)h->limit;
}

/*
 * Walk the articles matching `match` whose index key lies in range
 * `range` and is at most `hi`, newest first, doing `mode` with each.
 * Stops at the limit. Returns 0, the callback's stop value, or -1.
 *
 * The range is not a bound on the work: FTS5 looks for the next match
 * of a phrase before it compares the key with the range, so a backward
 * walk of a range with no match left goes on to the first key (the old
 * search walked four ranges, each a whole walk for a rare phrase of
 * common characters: 100 ms at 14,600 pages). The dated range ends at
 * the first key anyway, and the undated range is walked only when there
 * are undated issues.
 */
static int
walk_hits(struct hunt *h, const char *match, int range, int64_t hi,
    enum walk_mode mode, char **err)
{
	sqlite3_stmt *st = prep(h->s, Q_SEARCH, err);
	const unsigned char *t;
	int r = -1, in_title;

	if (st == NULL || bindf(h->s, st, err, "tII", match,
	    hunt_range[range][0], hi) < 0)
		goto out;
	r = 0;
	while (!hunt_done(h) && !h->full) {
		if ((r = step(h->s, st, err)) <= 0)
			break;
		r = 0;
		t = sqlite3_column_text(st, 2);
		in_title = mode == WALK_TITLE ||
		    title_has(t ? (const char *)t : "", h->folded);
		if (mode == WALK_HOLD) {
			h->held[h->nheld].key = sqlite3_column_int64(st, 5);
			h->held[h->nheld++].in_title = in_title;
			if (h->nheld > SEARCH_HELD_MAX) {
				h->full = 1;
				h->full_range = range;
				h->full_key = h->held[h->nheld - 1].key;
			}
		} else if ((mode == WALK_TITLE || !in_title) &&
		    (r = give_hit(h, st, in_title, err)) != 0)
			break;
	}
out:
	done(st);
	return r;
}

/* Give the held hits of one group (in_title 1 or 0), in order. */
static int
give_held(struct hunt *h, int in_title, char **err)
{
	sqlite3_stmt *st = NULL;
	size_t i;
	int r = 0;

	for (i = 0; i < h->nheld && r == 0 && !hunt_done(h); i++) {
		if (h->held[i].in_title != in_title)
			continue;
		if ((st = prep(h->s, Q_HIT_BY_KEY, err)) == NULL ||
		    bind_int64(h->s, st, 1, h->held[i].key, err) < 0 ||
		    (r = step(h->s, st, err)) < 0) {
			r = -1;
			break;
		}
		/* No row: the index has a key no article has (never left by
		 * lreader); Q_SEARCH's join skips it too. */
		r = r == 1 ? give_hit(h, st, in_title, err) : 0;
		done(st);
		st = NULL;
	}
	done(st);
	return r;
}

/*
 * The walks of a search: match[0] the title column's phrase, match[1]
 * either column's. First either column, holding the hits; if they all
 * fit, give the held title hits and then the rest. Otherwise walk the
 * title column, then give the held body hits and walk on from where the
 * first walk stopped.
 */
static int
hunt_run(struct hunt *h, char *const match[2], char **err)
{
	int g, k, r = 0;

	for (k = 0; k < h->nrange && r == 0 && !h->full; k++)
		r = walk_hits(h, match[1], k, hunt_range[k][1], WALK_HOLD, err);
	if (r != 0)
		return r;
	if (!h->full) {
		for (g = 1; g >= 0 && r == 0; g--)
			r = give_held(h, g, err);
		return r;
	}
	h->full = 0;	/* the held hits are the first of the body group */
	for (k = 0; k < h->nrange && r == 0; k++)
		r = walk_hits(h, match[0], k, hunt_range[k][1], WALK_TITLE, err);
	if (r == 0)
		r = give_held(h, 0, err);
	for (k = h->full_range; k < h->nrange && r == 0; k++)
		r = walk_hits(h, match[1], k, k == h->full_range ?
		    h->full_key - 1 : hunt_range[k][1], WALK_BODY, err);
	return r;
}

/* Whether any issue is undated (an index lookup). */
static int
any_undated(struct store *s, int *yes, char **err)
{
	sqlite3_stmt *st = prep(s, Q_ANY_UNDATED, err);
	int r = -1;

	*yes = 0;
	if (st != NULL && bind_int64(s, st, 1, KEY_UNDATED, err) == 0 &&
	    step(s, st, err) == 1) {
		*yes = sqlite3_column_int(st, 0);
		r = 0;
	}
	done(st);
	return r;
}

/*
 * The folded query, or NULL with *err when it is too long (SPEC
 * "Limits") and with nothing when it folds to nothing (which matches
 * nothing). The caller frees it.
 */
static char *
search_query(const char *query, int *r, char **err)
{
	char *folded;

	*r = 0;
	if (query == NULL)
		return NULL;
	/* SPEC "Limits": the match expression and the substring check grow
	 * with the query; no one reads a 257-character phrase into a box. */
	if (utf8_count(query) > STORE_QUERY_MAX) {
		*r = fail(err, "query too long (over %d characters)",
		    STORE_QUERY_MAX);
		return NULL;
	}
	folded = search_fold(query, strlen(query), NULL);
	if (folded[0] == '\0') {
		free(folded);
		return NULL;
	}
	return folded;
}

int
store_search_each(struct store *s, const char *query, int limit,
    store_hit_fn fn, void *ctx, char **err)
{
	struct hunt *h;
	char *folded, *match[2];
	int undated = 0, r;

	if ((folded = search_query(query, &r, err)) == NULL)
		return r;
	h = xcalloc(1, sizeof *h);
	h->s = s;
	h->folded = folded;
	h->limit = limit;
	h->fn = fn;
	h->ctx = ctx;
	/* The title group walks the title column. The rest walks either
	 * column and leaves out what holds the query in its title: cheaper
	 * than FTS5's "body NOT title", which runs a second phrase. */
	match[0] = match_expr(folded, "title", NULL);
	match[1] = match_expr(folded, NULL, NULL);
	r = numbers_ready(s, err);
	if (r == 0)
		r = any_undated(s, &undated, err);
	h->nrange = undated ? 2 : 1;
	if (r == 0)
		r = hunt_run(h, match, err);
	free(h);
	free(match[0]);
	free(match[1]);
	free(folded);
	return r;
}

/* store_search's callback: a copy of every hit. */
struct hit_list {
	struct search_hit *hits;
	size_t n;
};

static int
add_hit(void *ctx, const struct search_hit *hit)
{
	struct hit_list *l = ctx;
	struct search_hit *c;

	l->hits = xreallocarray(l->hits, l->n + 1, sizeof *l->hits);
	c = &l->hits[l->n++];
	*c = *hit;
	c->title = xstrdup(hit->title);
	c->snippet = xstrdup(hit->snippet);
	return 0;
}

int
store_search(struct store *s, const char *query, int limit,
    struct search_hit **hits, size_t *n, char **err)
{
	struct hit_list l = { NULL, 0 };

	*hits = NULL;
	*n = 0;
	if (store_search_each(s, query, limit, add_hit, &l, err) < 0) {
		store_search_free(l.hits, l.n);
		return -1;
	}
	*hits = l.hits;
	*n = l.n;
	return 0;
}

int
store_search_count(struct store *s, const char *query, long *count,
    char **err)
{
	sqlite3_stmt *st;
	char *folded, *match;
	int r;

	*count = 0;
	if ((folded = search_query(query, &r, err)) == NULL)
		return r;
	match = match_expr(folded, NULL, NULL);
	r = -1;
	if ((st = prep(s, Q_SEARCH_COUNT, err)) != NULL &&
	    bind_text(s, st, 1, match, err) == 0 && step(s, st, err) == 1) {
		*count = (long)sqlite3_column_int64(st, 0);
		r = 0;
	}
	done(st);
	free(match);
	free(folded);
	return r;
}

void
store_search_free(struct search_hit *hits, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(hits[i].title);
		free(hits[i].snippet);
	}
	free(hits);
}

/* ---- links between articles (SPEC "Links between articles") ---- */

/* An article of the page a mark points to, or of the mark's own page. */
struct cand {
	int64_t id;
	struct article *a;        /* owned */
	struct link_mark *marks;  /* owned: its recorded marks */
	size_t nmarks;
	struct link_term *terms;  /* owned: its terms, read when needed */
	size_t nterms;
	int have_terms;
};

static void
cand_free(struct cand *c)
{
	article_free(c->a);
	free(c->marks);
	free(c->terms);
	memset(c, 0, sizeof *c);
}

static void
cands_free(struct cand *c, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		cand_free(&c[i]);
	free(c);
}

/* What resolving one article's marks needs. */
struct resolve {
	struct store *s;
	struct cand self;         /* the article whose marks these are */
	char date[11];            /* its issue's date, "" when undated */
	int page;                 /* and page */
	int64_t ndocs;            /* articles the frequencies count */
};

/* The recorded marks of article id into c. */
static int
load_marks(struct store *s, int64_t id, struct cand *c, char **err)
{
	sqlite3_stmt *st = prep(s, Q_LINKS, err);
	struct link_mark *m;
	int r = -1;

	if (st == NULL || bind_int64(s, st, 1, id, err) < 0)
		goto out;
	while ((r = step(s, st, err)) == 1) {
		c->marks = xreallocarray(c->marks, c->nmarks + 1,
		    sizeof *c->marks);
		m = &c->marks[c->nmarks++];
		m->para = (size_t)sqlite3_column_int64(st, 0);
		m->off = (size_t)sqlite3_column_int64(st, 1);
		m->len = (size_t)sqlite3_column_int64(st, 2);
		switch (sqlite3_column_int(st, 3)) {
		case LINK_CONTINUES:
			m->kind = LINK_CONTINUES;
			break;
		case LINK_CONTINUED:
			m->kind = LINK_CONTINUED;
			break;
		default:
			m->kind = LINK_SEE;
		}
		m->page = sqlite3_column_int(st, 4);
	}
out:
	done(st);
	return r < 0 ? -1 : 0;
}

/* Article id with its marks into c; c->a is NULL when there is none. */
static int
load_cand(struct store *s, int64_t id, struct cand *c, char **err)
{
	memset(c, 0, sizeof *c);
	c->id = id;
	if (store_article(s, id, &c->a, err) < 0)
		return -1;
	return c->a != NULL ? load_marks(s, id, c, err) : 0;
}

/* Whether c carries a mark of kind k naming page. */
static int
cand_points(const struct cand *c, enum link_kind k, int page)
{
	size_t i;

	for (i = 0; i < c->nmarks; i++)
		if (c->marks[i].kind == k && c->marks[i].page == page)
			return 1;
	return 0;
}

/* The key range of page `page` of day `date` (every file of it). */
static void
page_range(const char *date, int page, int64_t *lo, int64_t *hi)
{
	*lo = date_code(date) << DATE_SHIFT |
	    (int64_t)(page > PAGE_KEY_MAX ? PAGE_KEY_MAX : page) << PAGE_SHIFT;
	*hi = *lo | (((int64_t)1 << PAGE_SHIFT) - 1);
}

/*
 * The articles of page `page` of day `date` but `skip`, with their
 * marks (free with cands_free); *nissues the files of that page in the
 * library.
 */
static int
page_cands(struct store *s, const char *date, int page, int64_t skip,
    struct cand **out, size_t *n, int *nissues, char **err)
{
	sqlite3_stmt *st = prep(s, Q_PAGE_ISSUES, err);
	int64_t lo, hi, *ids = NULL;
	size_t nids = 0, i;
	int r = -1;

	*out = NULL;
	*n = 0;
	page_range(date, page, &lo, &hi);
	if (st == NULL || bindf(s, st, err, "II", lo, hi) < 0 ||
	    step(s, st, err) != 1)
		goto out;
	*nissues = sqlite3_column_int(st, 0);
	done(st);
	if ((st = prep(s, Q_PAGE_ARTICLES, err)) == NULL ||
	    bindf(s, st, err, "II", lo, hi) < 0)
		goto out;
	while ((r = step(s, st, err)) == 1) {
		if (sqlite3_column_int64(st, 0) == skip)
			continue;
		ids = xreallocarray(ids, nids + 1, sizeof *ids);
		ids[nids++] = sqlite3_column_int64(st, 0);
	}
	done(st);
	st = NULL;
	if (r < 0)
		goto out;
	*out = xcalloc(nids + 1, sizeof **out);
	for (i = 0; i < nids && r == 0; i++) {
		r = load_cand(s, ids[i], &(*out)[*n], err);
		if ((*out)[*n].a != NULL)
			(*n)++;
		else
			cand_free(&(*out)[*n]);
	}
out:
	done(st);
	free(ids);
	return r < 0 ? -1 : 0;
}

/* The inverse document frequency of term over ndocs articles, as the
 * library counts it now. */
static int
idf_of(struct store *s, uint64_t term, int64_t ndocs, double *idf,
    char **err)
{
	sqlite3_stmt *st = prep(s, Q_DF_GET, err);
	int64_t df = 1;
	int r;

	if (st == NULL || bind_int64(s, st, 1, (int64_t)term, err) < 0 ||
	    (r = step(s, st, err)) < 0) {
		done(st);
		return -1;
	}
	if (r == 1 && sqlite3_column_int64(st, 0) > 1)
		df = sqlite3_column_int64(st, 0);
	done(st);
	*idf = log((double)(ndocs + 1) / (double)df);
	if (*idf < 0)
		*idf = 0;
	return 0;
}

/* The number of articles the frequencies count. */
static int
docs_counted(struct store *s, int64_t *n, char **err)
{
	sqlite3_stmt *st = prep(s, Q_DF_GET, err);
	int r;

	*n = 0;
	if (st == NULL || bind_int64(s, st, 1, 0, err) < 0 ||
	    (r = step(s, st, err)) < 0) {
		done(st);
		return -1;
	}
	if (r == 1)
		*n = sqlite3_column_int64(st, 0);
	done(st);
	return 0;
}

/*
 * How much two articles share: the inverse document frequencies of
 * their common terms, summed (a common word adds next to nothing, a
 * name or a project a lot). Reads each one's terms once.
 */
static int
shared(struct resolve *rs, struct cand *x, struct cand *y, double *score,
    char **err)
{
	struct cand *c[2] = { x, y };
	size_t i = 0, j = 0, k;
	double idf;

	*score = 0;
	for (k = 0; k < 2; k++)
		if (!c[k]->have_terms) {
			c[k]->nterms = links_terms(c[k]->a, &c[k]->terms);
			c[k]->have_terms = 1;
		}
	while (i < x->nterms && j < y->nterms) {
		if (x->terms[i].term < y->terms[j].term) {
			i++;
		} else if (x->terms[i].term > y->terms[j].term) {
			j++;
		} else {
			if (idf_of(rs->s, x->terms[i].term, rs->ndocs, &idf,
			    err) < 0)
				return -1;
			*score += idf;
			i++;
			j++;
		}
	}
	return 0;
}

/*
 * The continuation of self through a mark of kind `k` naming page `to`
 * (self on page rs->page): among the articles of that page carrying the
 * opposite mark naming self's page (x[0..nx)), the one that shares the
 * most with self, unless another article of self's page with the same
 * kind of mark to `to` (sib[0..nsib)) shares more with it: two reports
 * of page 1 both 下转4版 each find their own rest. *pick -1 for none.
 */
static int
pick_continuation(struct resolve *rs, enum link_kind k, int to,
    struct cand *x, size_t nx, struct cand *sib, size_t nsib, long *pick,
    char **err)
{
	enum link_kind back = k == LINK_CONTINUES ? LINK_CONTINUED :
	    LINK_CONTINUES;
	double *sc = xcalloc(nx + 1, sizeof *sc), best, other;
	size_t i, j;
	long b;
	int r = 0;

	*pick = -1;
	for (i = 0; i < nx && r == 0; i++)
		if (cand_points(&x[i], back, rs->page))
			r = shared(rs, &rs->self, &x[i], &sc[i], err);
		else
			sc[i] = -1;
	/* Best first: each round takes the best left and checks it. */
	while (r == 0 && *pick < 0) {
		b = -1;
		best = 0;
		for (i = 0; i < nx; i++)
			if (sc[i] > best) {
				best = sc[i];
				b = (long)i;
			}
		if (b < 0)
			break;
		sc[b] = -1;
		for (j = 0; j < nsib && r == 0; j++) {
			if (!cand_points(&sib[j], k, to))
				continue;
			if ((r = shared(rs, &sib[j], &x[b], &other, err)) == 0 &&
			    other > best)
				break;
		}
		if (r == 0 && j == nsib)
			*pick = b;
	}
	free(sc);
	return r;
}

/* The article of x[0..nx) whose headline (kicker, title, subtitle)
 * matches text best, LINK_TITLE_MIN at least; -1 for none. */
static long
match_headline(struct cand *x, size_t nx, const char *text)
{
	double m, best = 0;
	size_t i, sh;
	long b = -1;
	char *h;

	for (i = 0; i < nx; i++) {
		h = xasprintf("%s %s %s", x[i].a->kicker, x[i].a->title,
		    x[i].a->subtitle);
		m = links_title_match(h, text, &sh);
		free(h);
		if (m >= LINK_TITLE_MIN && sh >= LINK_TITLE_SHARED && m > best) {
			best = m;
			b = (long)i;
		}
	}
	return b;
}

/* Resolve one mark of rs->self into l (its mark already set). */
static int
resolve_mark(struct resolve *rs, struct store_link *l, char **err)
{
	const struct link_mark *m = &l->mark;
	struct cand *x = NULL, *sib = NULL;
	size_t nx = 0, nsib = 0;
	int nissues = 0, nsi = 0, r = -1;
	long pick = -1;
	char *teaser = NULL;

	if (rs->date[0] == '\0') {
		l->reason = xasprintf("the issue has no date: page %d of its "
		    "day is not known", m->page);
		return 0;
	}
	if (page_cands(rs->s, rs->date, m->page, rs->self.id, &x, &nx,
	    &nissues, err) < 0)
		goto out;
	if (nissues == 0) {
		l->reason = xasprintf("page %d of %s is not in the library",
		    m->page, rs->date);
		r = 0;
		goto out;
	}
	if (m->kind == LINK_SEE) {
		/* The words before the mark, else the report's own
		 * headline (相关报道见第三版 after a report). */
		teaser = links_teaser(rs->self.a, m->para, m->off);
		if ((pick = match_headline(x, nx, teaser)) < 0)
			pick = match_headline(x, nx, rs->self.a->title);
	} else {
		if (page_cands(rs->s, rs->date, rs->page, rs->self.id, &sib,
		    &nsib, &nsi, err) < 0 || pick_continuation(rs, m->kind,
		    m->page, x, nx, sib, nsib, &pick, err) < 0)
			goto out;
		/* No rest that says where it comes from: the headline. */
		if (pick < 0)
			pick = match_headline(x, nx, rs->self.a->title);
	}
	if (pick >= 0)
		l->target = x[pick].id;
	else if (m->kind == LINK_CONTINUES)
		l->reason = xasprintf("no article on page %d of %s continues "
		    "this one", m->page, rs->date);
	else if (m->kind == LINK_CONTINUED)
		l->reason = xasprintf("no article on page %d of %s goes on "
		    "here", m->page, rs->date);
	else
		l->reason = xasprintf("no headline on page %d of %s matches "
		    "“%s”", m->page, rs->date, teaser);
	r = 0;
out:
	free(teaser);
	cands_free(x, nx);
	cands_free(sib, nsib);
	return r;
}

int
store_links(struct store *s, int64_t id, struct store_link **out,
    size_t *n, char **err)
{
	sqlite3_stmt *st = prep(s, Q_ART_PLACE, err);
	struct resolve rs;
	const unsigned char *d;
	size_t i;
	int r = -1;

	*out = NULL;
	*n = 0;
	memset(&rs, 0, sizeof rs);
	rs.s = s;
	if (st == NULL || bind_int64(s, st, 1, id, err) < 0 ||
	    (r = step(s, st, err)) < 0)
		goto out;
	if (r == 0) {
		r = fail(err, "%" PRId64 ": no such article", id);
		goto out;
	}
	d = sqlite3_column_text(st, 0);
	snprintf(rs.date, sizeof rs.date, "%s", d ? (const char *)d : "");
	rs.page = sqlite3_column_int(st, 1);
	done(st);
	st = NULL;
	r = -1;
	if (load_cand(s, id, &rs.self, err) < 0 || rs.self.a == NULL)
		goto out;
	if (rs.self.nmarks > 0 && docs_counted(s, &rs.ndocs, err) < 0)
		goto out;
	*out = xcalloc(rs.self.nmarks + 1, sizeof **out);
	for (i = 0; i < rs.self.nmarks; i++) {
		(*out)[i].mark = rs.self.marks[i];
		*n = i + 1;
		if (resolve_mark(&rs, &(*out)[i], err) < 0)
			goto out;
	}
	r = 0;
out:
	done(st);
	cand_free(&rs.self);
	if (r < 0) {
		store_links_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return r;
}

void
store_links_free(struct store_link *links, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(links[i].reason);
	free(links);
}

/* ---- related reports (SPEC "related ID") ---- */

/* One article reached through a shared term: its id, the term's place
 * in the signature (for a fixed order of summing) and weight. */
struct reach {
	int64_t article;
	size_t at;
	double idf;
};

static int
cmp_reach(const void *a, const void *b)
{
	const struct reach *x = a, *y = b;

	if (x->article != y->article)
		return x->article < y->article ? -1 : 1;
	return x->at < y->at ? -1 : x->at > y->at;
}

/* A candidate's score and order keys. */
struct scored {
	int64_t id;
	double score;
	int undated;
	int64_t kbase;
	int seq;
	size_t row;      /* its row in store_related's rows */
};

/* Score descending; then dated before undated, newest (highest order
 * key) first; then page order. */
static int
cmp_scored(const void *a, const void *b)
{
	const struct scored *x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	if (x->undated != y->undated)
		return x->undated - y->undated;
	if (x->kbase != y->kbase)
		return x->kbase > y->kbase ? -1 : 1;
	return x->seq - y->seq;
}

/* The document frequency of term as the library counts it (0: none). */
static int
df_of(struct store *s, uint64_t term, int64_t *df, char **err)
{
	sqlite3_stmt *st = prep(s, Q_DF_GET, err);
	int r;

	*df = 0;
	if (st == NULL || bind_int64(s, st, 1, (int64_t)term, err) < 0 ||
	    (r = step(s, st, err)) < 0) {
		done(st);
		return -1;
	}
	if (r == 1)
		*df = sqlite3_column_int64(st, 0);
	done(st);
	return 0;
}

/*
 * Every article but self whose signature holds one of self's
 * RELATED_QUERY_TERMS heaviest terms t[..] (weighed as signatures are,
 * but more of them: an article is found when its subject lies in self,
 * whichever of self's rarer terms names it): *out sorted by article
 * then term place.
 */
static int
reach_all(struct store *s, int64_t self, const struct link_term *t,
    size_t nt, struct reach **out, size_t *n, char **err)
{
	sqlite3_stmt *st = NULL;
	int64_t ndocs, cap, *df = xcalloc(nt + 1, sizeof *df);
	size_t i, a = 0, k, *idx = xcalloc(nt + 1, sizeof *idx);
	uint64_t term;
	double idf;
	int r = 0;

	*out = NULL;
	*n = 0;
	if (docs_counted(s, &ndocs, err) < 0) {
		r = -1;
		goto out;
	}
	cap = ndocs < RELATED_FEW ? INT64_MAX : ndocs / RELATED_COMMON;
	for (i = 0; i < nt && r == 0; i++)
		r = df_of(s, t[i].term, &df[i], err);
	if (r < 0)
		goto out;
	k = links_signature(t, nt, df, ndocs, RELATED_QUERY_TERMS, idx);
	for (i = 0; i < k && r == 0; i++) {
		term = t[idx[i]].term;
		/* Everyday words: their lists are long and say nothing. */
		if (df[idx[i]] > cap)
			continue;
		idf = log((double)(ndocs + 1) / (double)(df[idx[i]] > 1 ?
		    df[idx[i]] : 1));
		if ((st = prep(s, Q_POSTINGS, err)) == NULL ||
		    bind_int64(s, st, 1, (int64_t)term, err) < 0) {
			r = -1;
			break;
		}
		while ((r = step(s, st, err)) == 1) {
			if (sqlite3_column_int64(st, 0) == self)
				continue;
			if (*n == a) {
				a = a ? 2 * a : 256;
				*out = xreallocarray(*out, a, sizeof **out);
			}
			(*out)[*n].article = sqlite3_column_int64(st, 0);
			(*out)[*n].at = i;
			(*out)[(*n)++].idf = idf;
		}
		done(st);
		st = NULL;
	}
	done(st);
	if (r == 0 && *n > 0)
		qsort(*out, *n, sizeof **out, cmp_reach);
out:
	free(df);
	free(idx);
	return r < 0 ? -1 : 0;
}

/* Fill row from article id's row; its order keys into c. */
static int
related_row(struct store *s, struct scored *c, struct related_row *row,
    char **err)
{
	sqlite3_stmt *st = prep(s, Q_RELATED_ROW, err);
	const unsigned char *t;
	int r = -1;

	memset(row, 0, sizeof *row);
	if (st == NULL || bind_int64(s, st, 1, c->id, err) < 0 ||
	    (r = step(s, st, err)) <= 0)
		goto out;
	row->id = c->id;
	row->score = c->score;
	row->seq = sqlite3_column_int(st, 0);
	t = sqlite3_column_text(st, 1);
	if (t == NULL || article_kind_parse((const char *)t, &row->kind) < 0)
		row->kind = KIND_ARTICLE;
	row->title = col_str(st, 2);
	row->issue = sqlite3_column_int(st, 3);
	t = sqlite3_column_text(st, 4);
	snprintf(row->date, sizeof row->date, "%s", t ? (const char *)t : "");
	row->page = sqlite3_column_int(st, 5);
	c->kbase = sqlite3_column_int64(st, 6);
	c->undated = c->kbase >= KEY_UNDATED;
	c->seq = row->seq;
	r = 0;
out:
	done(st);
	return r;
}

int
store_related(struct store *s, int64_t id, int limit,
    struct related_row **out, size_t *n, char **err)
{
	sqlite3_stmt *st = NULL;
	struct reach *reach = NULL;
	struct scored *c = NULL;
	struct related_row *rows = NULL, *sorted;
	struct article *a = NULL;
	struct link_term *t = NULL;
	size_t nt = 0, nreach = 0, nc = 0, i, take = 0;
	int r = -1;

	*out = NULL;
	*n = 0;
	if (numbers_ready(s, err) < 0 || (st = prep(s, Q_ART_PLACE, err)) ==
	    NULL || bind_int64(s, st, 1, id, err) < 0 ||
	    (r = step(s, st, err)) < 0)
		goto out;
	if (r == 0) {
		r = fail(err, "%" PRId64 ": no such article", id);
		goto out;
	}
	done(st);
	st = NULL;
	if ((r = store_article(s, id, &a, err)) < 0 || a == NULL)
		goto out;
	nt = links_terms(a, &t);
	if ((r = reach_all(s, id, t, nt, &reach, &nreach, err)) < 0)
		goto out;
	/* Sum each article's shared terms, in signature order. */
	for (i = 0; i < nreach; i++) {
		if (nc == 0 || c[nc - 1].id != reach[i].article) {
			c = xreallocarray(c, nc + 1, sizeof *c);
			memset(&c[nc], 0, sizeof *c);
			c[nc++].id = reach[i].article;
		}
		c[nc - 1].score += reach[i].idf;
	}
	/* Only the first `limit` scores and their equals need order keys:
	 * sort by score alone (the keys are all 0), read the rows of
	 * those, then sort them in full. */
	if (nc > 0)
		qsort(c, nc, sizeof *c, cmp_scored);
	take = limit > 0 && (size_t)limit < nc ? (size_t)limit : nc;
	while (take < nc && take > 0 && c[take].score == c[take - 1].score)
		take++;
	rows = xcalloc(take + 1, sizeof *rows);
	for (i = 0; i < take && r >= 0; i++) {
		c[i].row = i;
		r = related_row(s, &c[i], &rows[i], err);
	}
	if (r < 0)
		goto out;
	if (take > 0)
		qsort(c, take, sizeof *c, cmp_scored);
	sorted = xcalloc(take + 1, sizeof *sorted);
	for (i = 0; i < take; i++)
		sorted[i] = rows[c[i].row];
	free(rows);
	rows = sorted;
	if (limit > 0 && take > (size_t)limit) {
		for (i = (size_t)limit; i < take; i++)
			free(rows[i].title);
		take = (size_t)limit;
	}
	*out = rows;
	*n = take;
	rows = NULL;
	r = 0;
out:
	done(st);
	if (rows != NULL)
		store_related_free(rows, take);
	free(reach);
	free(c);
	free(t);
	article_free(a);
	return r < 0 ? -1 : 0;
}

void
store_related_free(struct related_row *rows, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(rows[i].title);
	free(rows);
}

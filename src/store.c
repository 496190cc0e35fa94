/*
 * store: the SQLite library (SPEC "Identity and re-import", "Schema",
 * "Issues: numbers, dates and pages", "search"). The only module that
 * includes sqlite3.h.
 *
 * Order keys. Every issue has a key `kbase` that sorts it where SPEC puts
 * it, and every article the key kbase + (4095 - seq), which is also its
 * rowid in the full-text index. From the high bits down:
 *
 *   bit 62      0 dated, 1 undated (undated issues follow the dated ones)
 *   dated:      bits 40-61 date (y*372 + (m-1)*31 + d-1), 26-39 page
 *               (pages above 16383 share 16383 and follow each other in
 *               import order), 12-25 a tie count for several files of one
 *               date and page (in import order)
 *   undated:    bits 12-61 the import sequence
 *   bits 0-11   4095 - seq for articles, 0 for the issue
 *
 * A key depends only on the issue's own date, page and import sequence,
 * so importing an older issue never changes the keys of others. The
 * sidebar order is kbase ascending; `number` (the position, SPEC: "a
 * position, not an identity") is kept in a column so that reading rows is
 * an index range, recomputed by one window-function UPDATE per
 * transaction that writes only the rows whose number changed. Search
 * (newest first, then undated last imported first, page order within an
 * issue) is the index's own rowid order read backwards: FTS5 stops after
 * `limit` rows instead of sorting every match (TECH-NOTES: ORDER BY rank
 * costs up to 243 ms, rowid order under 1 ms).
 *
 * Full-text index: a contentless FTS5 table (title, body) whose tokenizer
 * emits one token per folded character (search_fold_each) and a "\n"
 * token between kicker, subtitle and paragraphs, so a query is one phrase
 * of single characters and matches exactly what a scan of the folded
 * fields would (TECH-NOTES "SQLite FTS5 and Chinese"). The text lives
 * only in articles and paragraphs; to delete an index row the same
 * fields are rebuilt from there (fts_forget) and handed to FTS5's
 * 'delete'. A sidebar under a text filter walks the index in rowid order
 * (= issue order) and stops after a screenful (issues_by_text).
 *
 * Tables: issues (small rows, rewritten by renumbering), texts (each
 * issue's decoded page, SPEC: kept for --reclean), articles (marks
 * included), paragraphs, state, fts.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

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

/* Characters of context on each side of a match in a search snippet. */
#define SNIPPET_SIDE 10

/*
 * Schema version 1. migrations[v] takes a library from version v to v+1
 * in one transaction; a later schema appends a step, never edits one.
 */
static const char *const migrations[] = {
	/* 0 -> 1: the first schema. */
	"CREATE TABLE issues ("
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
	"PRAGMA application_id = " XSTR(APPLICATION_ID) ";",
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
	Q_INSERT_ISSUE, Q_UPDATE_ISSUE, Q_PUT_TEXT, Q_OLD_ARTICLES, Q_PARA_TEXTS,
	Q_DELETE_ARTICLES, Q_INSERT_ARTICLE, Q_INSERT_PARA, Q_FTS_INSERT,
	Q_FTS_DELETE, Q_RENUMBER, Q_ISSUE_COUNT, Q_ISSUES, Q_ISSUES_MARKED,
	Q_FIRST_KEY, Q_TEXT_KEYS, Q_ISSUE_BY_KEY, Q_ISSUE_BY_NUMBER,
	Q_ARTICLES_OF, Q_ARTICLES_ALL, Q_BOOKMARKS,
	Q_ARTICLES_TEXT, Q_FIND, Q_ARTICLE, Q_PARAS, Q_ARTICLE_ISSUE,
	Q_SET_READ, Q_SET_BOOKMARK, Q_SET_POSITION, Q_GET_MARKS,
	Q_SET_STATE, Q_DEL_STATE, Q_GET_STATE, Q_SEARCH, Q_RECLEAN,
	Q_SEARCH_COUNT, Q_ANY_UNDATED, Q_HIT_BY_KEY,
	Q_COUNT
};

static const char *const sql_text[Q_COUNT] = {
	[Q_BEGIN] = "BEGIN IMMEDIATE",
	[Q_COMMIT] = "COMMIT",
	[Q_SAVEPOINT] = "SAVEPOINT put",
	[Q_RELEASE] = "RELEASE put",
	[Q_SAME_TEXT] = "SELECT i.id, i.path, i.cleaner FROM issues i"
	    " JOIN texts t ON t.issue = i.id WHERE i.hash = ?1 AND t.text = ?2",
	[Q_BY_PATH] = "SELECT id, date, page, kbase FROM issues WHERE path = ?1",
	/* AUTOINCREMENT's high-water mark: never reused, even after a
	 * delete, so neither are import sequences. */
	[Q_NEXT_IMPORTED] = "SELECT coalesce((SELECT seq FROM sqlite_sequence"
	    " WHERE name = 'issues'), 0) + 1",
	[Q_LAST_TIE] = "SELECT max(kbase) FROM issues"
	    " WHERE kbase BETWEEN ?1 AND ?2",
	[Q_INSERT_ISSUE] = "INSERT INTO issues(id, source, path, hash,"
	    " cleaner, date, page, imported, kbase)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?1, ?8)",
	[Q_UPDATE_ISSUE] = "UPDATE issues SET source = ?2, hash = ?3,"
	    " cleaner = ?4, date = ?5, page = ?6, kbase = ?7 WHERE id = ?1",
	[Q_PUT_TEXT] = "INSERT OR REPLACE INTO texts(issue, text)"
	    " VALUES (?1, ?2)",
	[Q_OLD_ARTICLES] = "SELECT id, seq, title, kicker, subtitle, read,"
	    " bookmarked, para, off, skey FROM articles WHERE issue = ?1"
	    " ORDER BY seq",
	[Q_PARA_TEXTS] = "SELECT text FROM paragraphs WHERE article = ?1"
	    " ORDER BY seq",
	[Q_DELETE_ARTICLES] = "DELETE FROM articles WHERE issue = ?1",
	[Q_INSERT_ARTICLE] = "INSERT INTO articles(id, issue, seq, kind,"
	    " title, kicker, subtitle, byline, read, bookmarked, para, off,"
	    " skey) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
	    " ?12, ?13)",
	[Q_INSERT_PARA] = "INSERT INTO paragraphs(article, seq, kind, text)"
	    " VALUES (?1, ?2, ?3, ?4)",
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
	[Q_FIRST_KEY] = "SELECT kbase FROM issues WHERE number >= ?1"
	    " ORDER BY number LIMIT 1",
	/* Index rowids ascending are issues in number order, each issue's
	 * articles together (rowid >> 12 is its key). */
	[Q_TEXT_KEYS] = "SELECT f.rowid FROM fts f"
	    " CROSS JOIN articles a ON a.skey = f.rowid"
	    " WHERE fts MATCH ?1 AND f.rowid >= ?4 AND " FLAGS_A
	    " ORDER BY f.rowid",
	[Q_ISSUE_BY_KEY] = "SELECT " ISSUE_COLS ", 0 FROM issues i"
	    " WHERE i.kbase = ?1",
	[Q_ISSUE_BY_NUMBER] = "SELECT id, kbase FROM issues WHERE number = ?1",
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
	[Q_FIND] = "SELECT number FROM issues WHERE kbase BETWEEN ?1 AND ?2"
	    " AND (?3 < 0 OR page = ?3) ORDER BY kbase LIMIT ?4",
	[Q_ARTICLE] = "SELECT kind, title, kicker, subtitle, byline"
	    " FROM articles WHERE id = ?1",
	[Q_PARAS] = "SELECT kind, text FROM paragraphs WHERE article = ?1"
	    " ORDER BY seq",
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
	    " f.rowid FROM fts f CROSS JOIN articles a ON a.skey = f.rowid"
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
	    " a.subtitle, a.skey FROM articles a JOIN issues i ON i.id = a.issue"
	    " WHERE a.skey = ?1",
	[Q_RECLEAN] = "SELECT i.id, i.source, i.path, t.text, i.date, i.page"
	    " FROM issues i JOIN texts t ON t.issue = i.id"
	    " WHERE i.cleaner < ?1 ORDER BY i.kbase",
};

struct store {
	sqlite3 *db;
	char *path;
	sqlite3_stmt *st[Q_COUNT];  /* prepared on first use */
	int batch;                  /* inside store_begin */
	int dirty;                  /* issue numbers need recomputing */
	int readonly;               /* opened for reading only */
	dev_t dev;                  /* the library file, for open_here */
	ino_t ino;
};

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
 * re-reading the version inside it in case another process was first. */
static int
migrate(struct store *s, int have, int want, char **err)
{
	int64_t v;
	char *sql;
	int rc;

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
			if (exec(s, migrations[v], err) < 0)
				goto bad;
			sql = xasprintf("PRAGMA user_version = %d",
			    (int)v + 1);
			rc = exec(s, sql, err);
			free(sql);
			if (rc < 0)
				goto bad;
			v++;
		}
		if (exec(s, "COMMIT", err) < 0)
			goto bad;
		have = (int)v;
	}
	return 0;
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
	if (sqlite3_busy_timeout(s->db, 5000) != SQLITE_OK) {
		db_fail(s, err, "busy timeout");
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
	if (sqlite3_busy_timeout(s->db, 5000) != SQLITE_OK) {
		db_fail(s, err, "busy timeout");
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
	for (i = 0; i < Q_COUNT; i++)
		sqlite3_finalize(s->st[i]);
	/* Every statement is finalized, so close cannot be busy. */
	sqlite3_close(s->db);
	free(s->path);
	free(s);
}

int
store_exec(struct store *s, const char *sql, char **err)
{
	return exec(s, sql, err);
}

/* ---- transactions and numbering ---- */

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
	if (numbers_ready(s, err) < 0 || run(s, Q_COMMIT, err) < 0) {
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
	s->batch = 0;
	s->dirty = 0;
}

/* Start one issue's writes: a savepoint in a batch, else a transaction of
 * its own (IMMEDIATE, so a busy library waits rather than fails). */
static int
put_begin(struct store *s, char **err)
{
	return run(s, s->batch ? Q_SAVEPOINT : Q_BEGIN, err);
}

/* Finish them: keep on ok, else undo just this issue. */
static int
put_end(struct store *s, int ok, char **err)
{
	if (ok && run(s, s->batch ? Q_RELEASE : Q_COMMIT, err) == 0)
		return 0;
	if (s->batch) {
		sqlite3_exec(s->db, "ROLLBACK TO put; RELEASE put", NULL, NULL,
		    NULL);
	} else
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
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
	if (!first)
		buf_addc(b, '\n');
	for (; *t != '\0'; t++)
		buf_addc(b, *t == '\n' ? ' ' : *t);
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

/* What a replaced issue's article leaves to its successor. */
struct old_article {
	int64_t id, skey;
	int seq, read, bookmarked, para;
	int64_t off;
	char *title, *kicker, *subtitle;
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
		a->taken = 0;
	}
out:
	done(st);
	*out = o;
	return r < 0 ? -1 : 0;
}

/* Remove one stored article's index row: rebuild the exact fields it was
 * indexed with from the tables. */
static int
fts_forget(struct store *s, const struct old_article *o, char **err)
{
	sqlite3_stmt *st = prep(s, Q_PARA_TEXTS, err);
	struct buf b;
	int r = -1;

	buf_init(&b);
	body_add(&b, o->kicker, 1);
	body_add(&b, o->subtitle, 0);
	if (st == NULL || bind_int64(s, st, 1, o->id, err) < 0)
		goto out;
	while ((r = step(s, st, err)) == 1)
		body_add(&b, (const char *)sqlite3_column_text(st, 0), 0);
out:
	done(st);
	if (r == 0)
		r = fts_write(s, Q_FTS_DELETE, o->skey, o->title, b.data, err);
	buf_free(&b);
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

/* Insert one article (seq is 1-based) with its paragraphs; o, when not
 * NULL, gives it its id and marks. *body (the caller frees it) is what
 * its index row must hold besides the title. */
static int
put_article(struct store *s, int64_t issue, int64_t kbase, int seq,
    const struct article *a, const struct old_article *o, char **body,
    char **err)
{
	sqlite3_stmt *st = prep(s, Q_INSERT_ARTICLE, err);
	int64_t id;
	struct buf b;
	size_t i;
	int rc = -1;

	buf_init(&b);
	if (st == NULL || bindf(s, st, err, "zIitttttiiiII",
	    o ? o->id : (int64_t)0, issue, seq, article_kind_name(a->kind),
	    a->title, a->kicker, a->subtitle, a->byline, o ? o->read : 0,
	    o ? o->bookmarked : 0, o ? o->para : 0, o ? o->off : (int64_t)0,
	    kbase + (SEQ_MAX - seq)) < 0 || step(s, st, err) < 0)
		goto out;
	id = sqlite3_last_insert_rowid(s->db);
	done(st);
	st = NULL;
	body_add(&b, a->kicker, 1);
	body_add(&b, a->subtitle, 0);
	for (i = 0; i < a->npara; i++) {
		if ((st = prep(s, Q_INSERT_PARA, err)) == NULL ||
		    bindf(s, st, err, "Iitt", id, (int)i + 1,
		    para_kind_name(a->paras[i].kind), a->paras[i].text) < 0 ||
		    step(s, st, err) < 0)
			goto out;
		done(st);
		body_add(&b, a->paras[i].text, 0);
	}
	rc = 0;
out:
	done(st);
	*body = buf_take(&b);
	return rc;
}

/*
 * Insert the page's articles, heirs of old ones where match_old says,
 * then their index rows from the last article to the first: rowids then
 * ascend, and FTS5 flushes its pending terms to a new segment whenever a
 * rowid is not above the previous one (measured: 1.4x slower import).
 */
static int
put_articles(struct store *s, int64_t issue, int64_t kbase,
    const struct page *p, struct old_article *old, size_t nold, char **err)
{
	long *heir = xcalloc(p->n + 1, sizeof *heir);
	char **body = xcalloc(p->n + 1, sizeof *body);
	size_t i;
	int rc = 0;

	match_old(p, old, nold, heir);
	for (i = 0; i < p->n && rc == 0; i++)
		rc = put_article(s, issue, kbase, (int)i + 1, p->articles[i],
		    heir[i] >= 0 ? &old[heir[i]] : NULL, &body[i], err);
	for (i = p->n; i > 0 && rc == 0; i--)
		rc = fts_write(s, Q_FTS_INSERT, kbase + (SEQ_MAX - (int)i),
		    p->articles[i - 1]->title, body[i - 1], err);
	for (i = 0; i < p->n; i++)
		free(body[i]);
	free(body);
	free(heir);
	return rc;
}

/* Store (or replace) the decoded text of an issue. */
static int
put_text(struct store *s, int64_t issue, const char *text, char **err)
{
	sqlite3_stmt *st = prep(s, Q_PUT_TEXT, err);
	int rc = -1;

	if (st != NULL && bindf(s, st, err, "It", issue, text) == 0 &&
	    step(s, st, err) == 0)
		rc = 0;
	done(st);
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

static int
insert_issue(struct store *s, const struct issue_in *in, const char *hash,
    const struct page *p, char **err)
{
	sqlite3_stmt *st;
	int64_t imported, key;
	int rc = -1;

	if (next_imported(s, &imported, err) < 0 ||
	    issue_key(s, in, imported, &key, err) < 0)
		return -1;
	if ((st = prep(s, Q_INSERT_ISSUE, err)) == NULL ||
	    bindf(s, st, err, "ItttitiI", imported, in->source, in->path,
	    hash, in->cleaner, in->date, in->page, key) < 0 ||
	    step(s, st, err) < 0)
		goto out;
	done(st);
	st = NULL;
	if (put_text(s, imported, in->text, err) == 0)
		rc = put_articles(s, imported, key, p, NULL, 0, err);
out:
	done(st);
	return rc;
}

/* Replace issue `id` (SPEC "Identity and re-import"): forget its articles
 * and index rows, store the new ones, heirs keeping ids and marks. */
static int
replace_issue(struct store *s, int64_t id, const char *olddate, int oldpage,
    int64_t key, const struct issue_in *in, const char *hash,
    const struct page *p, char **err)
{
	struct old_article *old = NULL;
	sqlite3_stmt *st = NULL;
	size_t nold = 0, i;
	int rc = -1;

	if (load_old(s, id, &old, &nold, err) < 0)
		goto out;
	for (i = nold; i > 0; i--)  /* rowids ascending, as put_articles */
		if (fts_forget(s, &old[i - 1], err) < 0)
			goto out;
	if ((st = prep(s, Q_DELETE_ARTICLES, err)) == NULL ||
	    bind_int64(s, st, 1, id, err) < 0 || step(s, st, err) < 0)
		goto out;
	done(st);
	st = NULL;
	if ((strcmp(olddate, in->date) != 0 || oldpage != in->page) &&
	    issue_key(s, in, id, &key, err) < 0)
		goto out;
	if ((st = prep(s, Q_UPDATE_ISSUE, err)) == NULL ||
	    bindf(s, st, err, "IttitiI", id, in->source, hash, in->cleaner,
	    in->date, in->page, key) < 0 || step(s, st, err) < 0)
		goto out;
	done(st);
	st = NULL;
	if (put_text(s, id, in->text, err) == 0)
		rc = put_articles(s, id, key, p, old, nold, err);
out:
	done(st);
	old_free(old, nold);
	return rc;
}

/* An issue with the same text: *id (0 if none), its path and cleaner. */
static int
same_text(struct store *s, const char *hash, const char *text, int64_t *id,
    int *same_path, int *cleaner, const char *path, char **err)
{
	sqlite3_stmt *st = prep(s, Q_SAME_TEXT, err);
	int r = -1;

	*id = 0;
	if (st == NULL || bindf(s, st, err, "tt", hash, text) < 0)
		goto out;
	if ((r = step(s, st, err)) == 1) {
		*id = sqlite3_column_int64(st, 0);
		*same_path = strcmp((const char *)sqlite3_column_text(st, 1),
		    path) == 0;
		*cleaner = sqlite3_column_int(st, 2);
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

int
store_put_issue(struct store *s, const struct issue_in *in,
    enum store_put *result, char **err)
{
	static const struct page nothing = { NULL, 0 };
	const struct page *p;
	char hash[17], *olddate = NULL;
	sqlite3_stmt *st = NULL;
	int64_t same, old = 0, key = 0;
	int same_path = 0, cleaner = 0, oldpage = 0, rc = -1;

	if (check_input(in, err) < 0 || put_begin(s, err) < 0)
		return -1;
	p = in->page_articles ? in->page_articles : &nothing;
	text_hash(in->text, hash);
	if (same_text(s, hash, in->text, &same, &same_path, &cleaner,
	    in->path, err) < 0)
		goto out;
	/* SPEC: the same text from any path is skipped; the same file
	 * cleaned by an older importer is rebuilt (--reclean). */
	if (same != 0 && !(same_path && in->cleaner > cleaner)) {
		*result = STORE_SKIPPED;
		rc = 0;
		goto out;
	}
	if ((st = prep(s, Q_BY_PATH, err)) == NULL ||
	    bind_text(s, st, 1, in->path, err) < 0)
		goto out;
	switch (step(s, st, err)) {
	case 1:
		old = sqlite3_column_int64(st, 0);
		olddate = col_str(st, 1);
		oldpage = sqlite3_column_int(st, 2);
		key = sqlite3_column_int64(st, 3);
		break;
	case -1:
		goto out;
	}
	done(st);
	st = NULL;
	if (old != 0) {
		*result = STORE_REPLACED;
		rc = replace_issue(s, old, olddate, oldpage, key, in, hash, p,
		    err);
	} else {
		*result = STORE_IMPORTED;
		rc = insert_issue(s, in, hash, p, err);
	}
	s->dirty = 1;
	if (rc == 0 && !s->batch)
		rc = renumber(s, err);
out:
	done(st);
	free(olddate);
	if (put_end(s, rc == 0, err) < 0)
		rc = -1;
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
		it->text = col_str(st, 3);
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

int
store_issue_count(struct store *s, int *n, char **err)
{
	sqlite3_stmt *st = prep(s, Q_ISSUE_COUNT, err);
	int rc = -1;

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

/* Append the issue with key kbase to *rows, nmatch set to nmatch. */
static int
add_issue_by_key(struct store *s, int64_t kbase, int nmatch,
    struct issue_row **rows, size_t *n, char **err)
{
	sqlite3_stmt *st = prep(s, Q_ISSUE_BY_KEY, err);
	int r = -1;

	if (st == NULL || bind_int64(s, st, 1, kbase, err) < 0 ||
	    (r = step(s, st, err)) <= 0)
		goto out;
	*rows = xreallocarray(*rows, *n + 1, sizeof **rows);
	read_issue_row(st, &(*rows)[*n]);
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
	sqlite3_stmt *st = prep(s, Q_FIRST_KEY, err);
	int64_t *keys = NULL, lo, kb;
	int *counts = NULL, r = -1;
	size_t nk = 0, i;

	if (st == NULL || sqlite3_bind_int(st, 1, first) != SQLITE_OK) {
		if (st != NULL)
			db_fail(s, err, "bind");
		goto out;
	}
	if ((r = step(s, st, err)) <= 0)
		goto out;
	lo = sqlite3_column_int64(st, 0);
	done(st);
	if ((st = prep(s, Q_TEXT_KEYS, err)) == NULL || bindf(s, st, err,
	    "tiiI", match, unread, marks, lo) < 0) {
		r = -1;
		goto out;
	}
	while ((r = step(s, st, err)) == 1) {
		kb = sqlite3_column_int64(st, 0) & ~(int64_t)SEQ_MAX;
		if (nk == 0 || keys[nk - 1] != kb) {
			if (limit > 0 && nk == (size_t)limit)
				break;
			keys = xreallocarray(keys, nk + 1, sizeof *keys);
			counts = xreallocarray(counts, nk + 1, sizeof *counts);
			keys[nk] = kb;
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
	if ((r = numbers_ready(s, err)) < 0 ||
	    (match != NULL && match[0] == '\0'))
		goto out;
	if (match != NULL) {
		r = issues_by_text(s, match, unread, marks, first, limit, rows,
		    n, err);
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

/* The id and key of issue `number`; -1 with "N: no such issue". */
static int
issue_by_number(struct store *s, int number, int64_t *id, int64_t *kbase,
    char **err)
{
	sqlite3_stmt *st = prep(s, Q_ISSUE_BY_NUMBER, err);
	int r = -1;

	if (st == NULL || sqlite3_bind_int(st, 1, number) != SQLITE_OK) {
		if (st != NULL)
			db_fail(s, err, "bind");
		goto out;
	}
	if ((r = step(s, st, err)) == 0)
		r = fail(err, "%d: no such issue", number);
	else if (r == 1) {
		*id = sqlite3_column_int64(st, 0);
		*kbase = sqlite3_column_int64(st, 1);
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

	/* Numbers first: a callback that reads an issue row then finds
	 * nothing to renumber, so it never writes under this read. */
	if ((r = numbers_ready(s, err)) < 0)
		goto out;
	if (number < 0 || (number > 0 && (r = issue_by_number(s, number, &id,
	    &lo, err)) < 0)) {
		if (number < 0)
			r = fail(err, "%d: no such issue", number);
		goto out;
	}
	if (number > 0)
		hi = lo + SEQ_MAX;
	else
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
	if (spec == NULL || spec_range(spec, &lo, &hi, &page) < 0)
		return fail(err, "%s: not a date (YYYY-MM-DD, YYYY-MM-DD/P "
		    "or YYYY-MM)", spec ? spec : "");
	if (on_or_after) {
		hi = KEY_UNDATED - 1;
		page = -1;
	}
	if (numbers_ready(s, err) < 0 || (st = prep(s, Q_FIND, err)) ==
	    NULL || bindf(s, st, err, "IIii", lo, hi, page,
	    on_or_after ? 1 : -1) < 0)
		goto out;
	while ((r = step(s, st, err)) == 1) {
		*numbers = xreallocarray(*numbers, *n + 1, sizeof **numbers);
		(*numbers)[(*n)++] = sqlite3_column_int(st, 0);
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
	sqlite3_stmt *st = prep(s, Q_PARAS, err);
	enum para_kind k;
	const unsigned char *kt;
	int r = -1;

	if (st == NULL || bind_int64(s, st, 1, id, err) < 0)
		goto out;
	while ((r = step(s, st, err)) == 1) {
		kt = sqlite3_column_text(st, 0);
		if (kt == NULL || para_kind_parse((const char *)kt, &k) < 0)
			k = PARA_TEXT;
		article_add_para(a, k, col_str(st, 1));
	}
out:
	done(st);
	return r;
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
	if (numbers_ready(s, err) < 0 || (st = prep(s, Q_ARTICLE_ISSUE,
	    err)) == NULL || bind_int64(s, st, 1, id, err) < 0 ||
	    (r = step(s, st, err)) < 0)
		goto out;
	if (r == 0)
		r = fail(err, "%" PRId64 ": no such article", id);
	else {
		read_issue_row(st, out);
		out->nmatch = out->narticles;
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

/* The snippet of a hit: the first match in kicker, subtitle or a
 * paragraph, else in the title (which the hit shows anyway). */
static int
make_snippet(struct store *s, struct search_hit *h, const char *kicker,
    const char *subtitle, const char *folded, char **err)
{
	sqlite3_stmt *st;
	int r = -1;

	if (snippet_from(h, kicker, folded) ||
	    snippet_from(h, subtitle, folded))
		return 0;
	if ((st = prep(s, Q_PARA_TEXTS, err)) == NULL ||
	    bind_int64(s, st, 1, h->id, err) < 0)
		goto out;
	while ((r = step(s, st, err)) == 1)
		if (snippet_from(h, (const char *)sqlite3_column_text(st, 0),
		    folded))
			break;
out:
	done(st);
	if (r < 0)
		return -1;
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

/* The key ranges of the walk, in SPEC order. */
static const int64_t hunt_range[2][2] = {
	{ 0, KEY_UNDATED - 1 }, { KEY_UNDATED, INT64_MAX },
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
	    (const char *)sqlite3_column_text(st, 4), h->folded, err) < 0)
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

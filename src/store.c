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
 * Full-text index (schema 9 on): our own (store-index.c; the text of
 * doc/index-design.md): the same tokens as the FTS5 table below had,
 * one per folded character, a "\n" between pieces a position and no
 * token, the title's positions apart from the rest's; postings written
 * in batches, small ones (an import of a few pages) merged in tiers at
 * a cost that follows their size (ix_tidy), deletes as (key, batch) in
 * ix_gone (no text rebuilt), the index rebuilt from the stored articles
 * once they are many (ix_compact). Search walks it newest first (key order)
 * as it walked FTS5.
 *
 * Up to schema 8: a contentless FTS5 table (title, body) whose tokenizer
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
 * compressed with its page's text as dictionary: ZDICT_MAX; since schema
 * 7 with their head uncompressed, for search snippets), state, fts,
 * pairs (schema 6: the articles holding each rare pair of characters,
 * which search reads instead of walking fts for a rare or absent phrase
 * of common characters; store-pairs.c).
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
 * in memory for the batch (struct dfmap) and written at its end. Since
 * schema 4 a signature is its sorted terms as varint steps and a
 * term's postings are rows of POST_CHUNK bytes of article steps
 * (store-links.c), not a row an article: together 0.10x the page text
 * instead of 0.34x.
 *
 * The code is split by concern: store-int.h lists the files.
 */
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "lreader/store.h"
#include "lreader/util.h"
#include "store-int.h"

/* 0x4C524452, "LRDR": marks a file as an lreader library. */
#define APPLICATION_ID 1280459858
#define STR(x) #x
#define XSTR(x) STR(x)

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
	/*
	 * 3 -> 4 (work item 11: the library at 2.2x its text): signatures
	 * as varint steps between their sorted terms, postings as a row
	 * of articles (varint steps) for each POST_CHUNK bytes, not a row
	 * for each article. migrate_4 moves them; the new tables take the
	 * old names.
	 */
	{ "CREATE TABLE sigs4 ("
	" article INTEGER PRIMARY KEY REFERENCES articles(id)"
	" ON DELETE CASCADE,"
	" terms BLOB NOT NULL);"
	"CREATE TABLE postings4 (term INTEGER NOT NULL,"
	" first INTEGER NOT NULL,"        /* the row's first article */
	" rest BLOB NOT NULL,"            /* the others: varint steps */
	" PRIMARY KEY (term, first)) WITHOUT ROWID;"
	/* FTS5 merges a level whole, in one go, once 'crisismerge' (16)
	 * segments wait in it, the new segment written beside its inputs,
	 * whose pages are only freed at the end: at automerge 16 every
	 * merge was such a one, and 14,600 make-archive pages ended with
	 * 89 MB of free pages in the file (0.29x the page text) after
	 * merging sixteen 9 MB segments. At 64, automerge does the merges
	 * a step at a time as flushes write (inputs freed as they are
	 * read): 3 MB free at the end, for the same work. */
	"INSERT INTO fts(fts, rank) VALUES ('crisismerge', 64);",
	migrate_4, 1 },
	/*
	 * 4 -> 5: store_commit finishes the index merges begun in its batch
	 * with FTS5's 'merge' command (finish_merges), which starts a merge
	 * at a level with 'usermerge' segments (default 4): at 16, as
	 * automerge does, it only finishes what automerge began, and
	 * starts what it would start.
	 */
	{ "INSERT INTO fts(fts, rank) VALUES ('usermerge', "
	XSTR(FTS_USERMERGE) ");", NULL, 0 },
	/*
	 * 5 -> 6 (work item 11: no slow query): the pair index
	 * (store-pairs.c), one row for every pair of characters side by
	 * side in the index: the ids of the articles holding it, ascending,
	 * as varint differences, or NULL when more than a list holds; and
	 * the ids of articles deleted or changed since they were listed
	 * (an heir is deleted and put back under its id), which search
	 * checks against their text. migrate_6 fills pairs from the stored
	 * articles.
	 */
	{ "CREATE TABLE pairs (pair INTEGER PRIMARY KEY, ids BLOB);"
	"CREATE TABLE pairs_gone (id INTEGER PRIMARY KEY);"
	"CREATE TRIGGER pairs_gone_del AFTER DELETE ON articles BEGIN"
	" INSERT OR IGNORE INTO pairs_gone(id) VALUES (old.id); END;"
	"CREATE TRIGGER pairs_gone_upd AFTER UPDATE OF title, kicker,"
	" subtitle, byline ON articles BEGIN"
	" INSERT OR IGNORE INTO pairs_gone(id) VALUES (old.id); END;",
	migrate_6, 0 },
	/*
	 * 6 -> 7 (work item 11: no slow query): bodies.head, the start of
	 * an article's paragraphs uncompressed (HEAD_MAX bytes at most,
	 * store-search.c), from which a search's snippets are made
	 * without unpacking its page's text (the dictionary of bodies.z).
	 * Before z in the row, so that reading it never walks z's
	 * overflow pages. migrate_7 fills bodies7 from bodies, which it
	 * replaces; its pages go free, for the next import (about 0.13x
	 * the page text: no VACUUM).
	 */
	{ "CREATE TABLE bodies7 ("
	" article INTEGER PRIMARY KEY REFERENCES articles(id)"
	" ON DELETE CASCADE,"
	" head BLOB NOT NULL,"
	" z BLOB NOT NULL);", migrate_7, 0 },
	/*
	 * 7 -> 8 (work item 11: no slow query): the title pairs in the
	 * pair index (store-pairs.c: TITLE_PAIR), which migrate_8 notes
	 * from the stored titles.
	 */
	{ "", migrate_8, 0 },
	/*
	 * 8 -> 9 (work item 11: the import's writing thread spent two
	 * thirds of its instructions in FTS5): the full-text index of our
	 * own (store-index.c, doc/index-design.md), built by migrate_9 from
	 * the stored articles; FTS5's tables go, and VACUUM gives their
	 * pages back (about the page text's size).
	 */
	{ IX_SCHEMA, migrate_9, 1 },
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
	/* Upserts, as Q_PUT_SIG. */
	[Q_PUT_TEXT] = "INSERT INTO texts(issue, z) VALUES (?1, ?2)"
	    " ON CONFLICT(issue) DO UPDATE SET z = excluded.z",
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
	[Q_PUT_BODY] = "INSERT INTO bodies(article, z) VALUES (?1, ?2)"
	    " ON CONFLICT(article) DO UPDATE SET z = excluded.z",
	/* Schema 7's: the head too (store-search.c: head_make). */
	[Q_PUT_BODY_HEAD] = "INSERT INTO bodies(article, z, head)"
	    " VALUES (?1, ?2, ?3) ON CONFLICT(article) DO UPDATE"
	    " SET z = excluded.z, head = excluded.head",
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
	/* (from order key ?1 on: the issues before it keep their numbers,
	 * and are counted through the kbase index) */
	[Q_RENUMBER] = "UPDATE issues SET number = r.n FROM (SELECT id,"
	    " (SELECT count(*) FROM issues WHERE kbase < ?1) +"
	    " row_number() OVER (ORDER BY kbase) AS n FROM issues"
	    " WHERE kbase >= ?1) AS r"
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
	/* The same from our own index's matches (own_hits). */
	[Q_TEXT_KEYS_OWN] = "SELECT a.issue FROM temp.ix_hits f"
	    " CROSS JOIN articles a ON a.skey = f.key"
	    " WHERE " FLAGS_A " ORDER BY f.key",
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
	[Q_ARTICLES_TEXT_OWN] = "SELECT " ARTICLE_COLS " FROM temp.ix_hits f"
	    " CROSS JOIN articles a ON a.skey = f.key"
	    " JOIN issues i ON i.id = a.issue"
	    " WHERE " FLAGS_A " ORDER BY i.number, a.seq",
	/* The pinned view (store_pin). */
	/* An issue's import sequence is its id: Q_INSERT_ISSUE gives both
	 * one value and nothing changes either (schema 1 on; ids are
	 * AUTOINCREMENT, never reused). The view's reads compare the id,
	 * which every index of issues holds: the pin is one rowid lookup,
	 * not a read of every issue row (9 M instructions at 14,600
	 * issues, on every start of the interface). */
	[Q_PIN_SEQ] = "SELECT coalesce(max(id), 0) FROM issues",
	/* Prepared once: asked before every numbered read of a pinned
	 * store and at every poll. */
	[Q_DATA_VERSION] = "PRAGMA data_version",
	[Q_VIEW_IDS] = "SELECT id FROM issues WHERE id <= ?1"
	    " ORDER BY kbase",
	[Q_FRESH] = "SELECT count(*) FROM issues WHERE id > ?1",
	/* Q_ISSUES' row for one issue by id. */
	[Q_ISSUE_ROW_BY_ID] = "SELECT " ISSUE_COLS ", (SELECT count(*)"
	    " FROM articles a WHERE a.issue = i.id AND " FLAGS_A ") AS m"
	    " FROM issues i WHERE i.id = ?1",
	[Q_ISSUE_KEYS_BY_ID] = "SELECT id, klo, kn FROM issues WHERE id = ?1",
	[Q_ISSUE_NUMBER_OF] = "SELECT number FROM issues WHERE id = ?1",
	[Q_SET_ISSUE_READ] = "UPDATE articles SET read = ?2 WHERE issue = ?1",
	/* The days of dated issues (store_days): the order keys of dated
	 * issues (below ?1), from the kbase index alone (no table row read;
	 * in a view, only the issues up to the pin), counted by date bits
	 * in the aggregate lreader_days (store-read.c), which also leaves
	 * out the undated keys (a range on the index compared each key
	 * with its end: a sixth of the work). SQLite's GROUP BY of
	 * the date bits sorts them in a temporary tree first: 44 M
	 * instructions at 14,600 issues on every start of the interface. */
	[Q_DAYS] = "SELECT lreader_days(kbase, ?1, ?3) FROM issues",
	/* "+id": the kbase index walked whole, which holds the id, not
	 * the table's rows by id. */
	[Q_DAYS_VIEW] = "SELECT lreader_days(kbase, ?1, ?3) FROM issues"
	    " WHERE +id <= ?2",
	/* Unread articles of the days whose keys lie in [?1, ?2]: the
	 * issues of those days only, by the kbase index, counted by day
	 * in lreader_days (no temporary tree for a GROUP BY). */
	[Q_DAYS_UNREAD] = "SELECT lreader_days(i.kbase, ?4, ?5)"
	    " FROM issues i JOIN articles a ON a.issue = i.id"
	    " WHERE i.kbase BETWEEN ?1 AND ?2 AND i.id <= ?3"
	    " AND NOT a.read",
	[Q_SET_DAY_READ] = "UPDATE articles SET read = ?3 WHERE read <> ?3"
	    " AND issue IN (SELECT id FROM issues WHERE kbase BETWEEN ?1 AND ?2"
	    " AND id <= ?4)",
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
	    " f.rowid, a.byline, lreader_where(fts) FROM fts f"
	    " CROSS JOIN articles a ON a.skey = f.rowid"
	    " JOIN issues i ON i.id = a.issue"
	    " WHERE fts MATCH ?1 AND f.rowid BETWEEN ?2 AND ?3"
	    " ORDER BY f.rowid DESC",
	/* The rows Q_SEARCH gives over all keys. Without its join: every
	 * index row has its article (both are written and deleted in one
	 * savepoint), and the join cost a third of the count's time. */
	[Q_SEARCH_COUNT] = "SELECT count(*) FROM fts WHERE fts MATCH ?1",
	/* One key range's (a count split in two: store-search.c); a
	 * whole count without the range, which costs FTS5 a third more
	 * for a single character (吕: 59 M instructions against 44 M). */
	[Q_SEARCH_COUNT_RANGE] = "SELECT count(*) FROM fts WHERE fts MATCH ?1"
	    " AND rowid BETWEEN ?2 AND ?3",
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
	/* An upsert, not INSERT OR REPLACE: a REPLACE into a table with a
	 * foreign key opens a statement journal (its original pages copied
	 * as it writes), and with it FTS5's xSavepoint, which flushes the
	 * index's waiting terms (see flush_rows, store-put.c): once for
	 * every article signed. */
	[Q_PUT_SIG] = "INSERT INTO sigs(article, terms) VALUES (?1, ?2)"
	    " ON CONFLICT(article) DO UPDATE SET terms = excluded.terms",
	[Q_GET_SIG] = "SELECT terms FROM sigs WHERE article = ?1",
	[Q_PUT_POSTING] = "INSERT OR REPLACE INTO postings(term, first, rest)"
	    " VALUES (?1, ?2, ?3)",
	[Q_DEL_POSTING] = "DELETE FROM postings WHERE term = ?1"
	    " AND first = ?2",
	/* The row article ?2 falls in (the last starting at or before it,
	 * else the term's first) and the row after it: two seeks. */
	[Q_POST_LAST] = "SELECT first, rest FROM postings WHERE term = ?1"
	    " ORDER BY first DESC LIMIT 1",
	[Q_POST_ROW] = "SELECT first, rest FROM postings WHERE term = ?1"
	    " AND first >= coalesce((SELECT max(first) FROM postings"
	    " WHERE term = ?1 AND first <= ?2), 0) ORDER BY first LIMIT 2",
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
	[Q_POSTINGS] = "SELECT first, rest FROM postings WHERE term = ?1",
	[Q_RELATED_ROW] = "SELECT a.seq, a.kind, a.title, i.number, i.date,"
	    " i.page FROM articles a JOIN issues i ON i.id = a.issue"
	    " WHERE a.id = ?1",
	[Q_ART_SKEY] = "SELECT skey FROM articles WHERE id = ?1",
	[Q_FTS_MERGE] = "INSERT INTO fts(fts, rank) VALUES ('merge', "
	    XSTR(FTS_MERGE_PAGES) ")",
	/* FTS5's record of the index's levels and segments. */
	[Q_FTS_STRUCTURE] = "SELECT block FROM fts_data WHERE rowid = 10",
	[Q_FTS_USERMERGE] = "INSERT INTO fts(fts, rank) VALUES ('usermerge',"
	    " ?1)",
	[Q_RECLEAN] = "SELECT i.id, i.source, i.path, t.z, i.date, i.page"
	    " FROM issues i JOIN texts t ON t.issue = i.id"
	    " WHERE i.cleaner < ?1 ORDER BY i.kbase",
	[Q_PAIR_GET] = "SELECT ids FROM pairs WHERE pair = ?1",
	[Q_PAIR_PUT] = "REPLACE INTO pairs(pair, ids) VALUES (?1, ?2)",
	/* PAIR_PUT_ROWS rows of (pair, ids) at once. */
	[Q_PAIR_PUT_MANY] = "REPLACE INTO pairs(pair, ids) VALUES"
	    " (?,?),(?,?),(?,?),(?,?),(?,?),(?,?),(?,?),(?,?),"
	    "(?,?),(?,?),(?,?),(?,?),(?,?),(?,?),(?,?),(?,?)",
	[Q_PAIR_DEL] = "DELETE FROM pairs WHERE pair = ?1",
	[Q_PAIRS_PAST] = "SELECT pair FROM pairs WHERE ids IS NULL",
	[Q_PAIRS_FROM] = "SELECT pair, ids FROM pairs WHERE pair >= ?1"
	    " ORDER BY pair",
	/* Q_SEARCH's columns for one article by its id. */
	[Q_HIT_BY_ID] = "SELECT a.id, i.number, a.title, a.kicker,"
	    " a.subtitle, a.skey, a.byline FROM articles a"
	    " JOIN issues i ON i.id = a.issue WHERE a.id = ?1",
	[Q_PAIR_GONE] = "SELECT EXISTS (SELECT 1 FROM pairs_gone"
	    " WHERE id = ?1)",
	/* Q_ARTICLES_OF with the fields a text filter looks in. */
	[Q_ISSUE_TEXT_ROWS] = "SELECT " ARTICLE_COLS ", a.kicker, a.subtitle,"
	    " a.byline FROM articles a JOIN issues i ON i.id = a.issue"
	    " WHERE a.issue = ?1 AND " FLAGS_A " ORDER BY a.seq",
	/* A pair index candidate: its issue, key, marks, the fields a
	 * query looks in, and whether it changed since it was listed. */
	[Q_CAND_ROW] = "SELECT issue, skey, read, bookmarked, title, kicker,"
	    " subtitle, byline, EXISTS (SELECT 1 FROM pairs_gone g"
	    " WHERE g.id = articles.id) FROM articles WHERE id = ?1",
	/* The index keys of Q_SEARCH's rows in a range, oldest first, and
	 * where the phrase is (lreader_where, store-search.c: in the
	 * title column first, in the other): no join, the cheaper
	 * direction. */
	[Q_SEARCH_KEYS] = "SELECT rowid, lreader_where(fts) FROM fts"
	    " WHERE fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3 ORDER BY rowid",
	/* The same newest first: the held hits' keys (store-search.c). */
	[Q_HOLD_KEYS] = "SELECT rowid, lreader_where(fts) FROM fts"
	    " WHERE fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3"
	    " ORDER BY rowid DESC",
	/* How many articles have keys in a range, counted up to ?3. */
	[Q_KEYS_PASSED] = "SELECT count(*) FROM (SELECT 1 FROM articles"
	    " WHERE skey BETWEEN ?1 AND ?2 LIMIT ?3)",
	/* Q_BODY in two: an article's body and its issue, then the page
	 * text, which a search's snippets read once for the hits of one
	 * issue (store-search.c). */
	[Q_SNIP_BODY] = "SELECT b.z, a.issue FROM bodies b"
	    " JOIN articles a ON a.id = b.article WHERE b.article = ?1",
	[Q_SNIP_TEXT] = "SELECT z FROM texts WHERE issue = ?1",
	[Q_SNIP_HEAD] = "SELECT head FROM bodies WHERE article = ?1",
};

/* ---- small helpers around sqlite3 ---- */

int
db_fail(struct store *s, char **err, const char *what)
{
	return fail(err, "library: %s: %s", what, sqlite3_errmsg(s->db));
}

/* The cached statement id, ready to bind; NULL with *err on failure. */
sqlite3_stmt *
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
void
done(sqlite3_stmt *st)
{
	if (st != NULL) {
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
	}
}

/* Step: 1 a row, 0 finished, -1 with *err. */
int
step(struct store *s, sqlite3_stmt *st, char **err)
{
	int rc = sqlite3_step(st);

	/* The steps since the last look (the counter reset): what
	 * store_work adds up. */
	s->work += sqlite3_stmt_status(st, SQLITE_STMTSTATUS_VM_STEP, 1);
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
int
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
int
bind_text(struct store *s, sqlite3_stmt *st, int i, const char *t,
    char **err)
{
	if (sqlite3_bind_text(st, i, t, -1, SQLITE_STATIC) != SQLITE_OK)
		return db_fail(s, err, "bind");
	return 0;
}

int
bind_int64(struct store *s, sqlite3_stmt *st, int i, int64_t v, char **err)
{
	if (sqlite3_bind_int64(st, i, v) != SQLITE_OK)
		return db_fail(s, err, "bind");
	return 0;
}

/* Column i as a new string ("" for NULL). */
char *
col_str(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return xstrdup(t ? (const char *)t : "");
}

/* Run SQL that returns nothing worth reading (schema, pragmas). */
int
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
int
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
int
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
 * holds pages and no process has the library open. SQLite cuts the log
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

/*
 * The write-ahead log and its index (-wal, -shm) stay beside the library
 * between runs (SQLITE_FCNTL_PERSIST_WAL): the last connection to close
 * checkpoints the log and cuts it to no bytes rather than deleting both
 * files, so the next command opens them rather than making them. Making
 * and deleting two files is most of what a command that reads little
 * costs the system: at 14,600 make-archive pages, `search --limit 20
 * 龘龖` took 1.3-1.9 ms of CPU with the files made and deleted, 0.9-1.3
 * ms with them kept (perf stat, 40 runs each; ext4 looks for a free
 * inode not deleted lately for every file made). The log is cut at the
 * close only when journal_size_limit is 0 or more; STORE_WAL_KEEP, in
 * bytes, is above what the log reaches between automatic checkpoints
 * (1,000 pages, about 4 MB), so no work in between cuts it.
 */
#define STORE_WAL_KEEP 67108864

static int
keep_wal(struct store *s, char **err)
{
	int on = 1;

	if (sqlite3_file_control(s->db, "main", SQLITE_FCNTL_PERSIST_WAL,
	    &on) != SQLITE_OK)
		return db_fail(s, err, "persistent log");
	return 0;
}

/*
 * The page size of a new library (an old one keeps its own: SQLite
 * changes it only when a file is made or vacuumed outside WAL). The
 * import's changes go through a 2 MB page cache (SQLite's default; more
 * would pass the importer's 20 MB peak): what overflows is spilled to
 * the write-ahead log during the batch, read back, written again, read
 * once more when the commit sums the log's frames anew, and copied into
 * the file at the checkpoint, one system call per page each time. At
 * 16 KB a page the bytes are the same in a quarter of the calls: a
 * fresh import of 1,000 make-archive pages made 39,351 pwrite and
 * 21,586 pread calls at 4 KB, 20,252 and 11,106 at 8 KB, 11,092 and
 * 6,120 at 16 KB. 2,000 pages, user + system CPU seconds, medians of 6
 * alternated runs with other work running: 3.81 (system 0.50) at 4 KB,
 * 3.65 (0.33) at 16 KB; 14,600 pages, one run each: 31.2 s (system
 * 5.3), 29.7 s (4.9), peak memory 19.7 and 18.9 MB. SQLite's own
 * instructions grow with the page (bigger pages to shift and balance;
 * callgrind, 1,000 pages, both threads): 11.78 G at 4 KB, 11.93 G at
 * 16 KB, 12.12 G at 32 KB, which 32 KB's fewer calls did not win back.
 * The cost is the file, 9 % larger at 16 KB (14,600 pages: 523.7 ->
 * 571.9 MB, 1.72 -> 1.88 times the page text): a compressed page text
 * (about 10 KB) fits a 16 KB page once, and the rest of the page stays
 * empty (texts 30 % unused, dbstat), where at 4 and 8 KB it fills
 * overflow pages (2 % larger at 8 KB, 4 % at 32 KB). Searches execute
 * the same instructions (callgrind, within 1 %).
 */
#define STORE_PAGE_SIZE 16384

/* Open the library file at path, set up or migrated to `version`. */
static int
open_at(const char *path, int version, struct store **out, char **err)
{
	struct store *s = xcalloc(1, sizeof *s);
	int have, unclean = ended_uncleanly(path);

	s->path = xstrdup(path);
	/* NOMUTEX: a connection is only ever used by the thread that opened
	 * it (a search that counts in two threads opens a second one,
	 * store_twin; the importer's reading thread has none), so SQLite's
	 * lock around every call on it (bind, step, reset, column) guards
	 * nothing: 1.6 % of the writing thread's instructions over 1,000
	 * make-archive pages (callgrind). */
	if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
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
	/*
	 * Debian's SQLite is built with SECURE_DELETE on: every page freed
	 * is zeroed and written out again, and the index merges free every
	 * page of their inputs. FAST zeroes freed space only where no more
	 * is written: appending 400 make-archive pages to a 2,000-page
	 * library wrote 59.6 MB (pwrite: the log and its checkpoint), 51.2
	 * MB so. (OFF writes as much; it saves the zeroing inside pages,
	 * 1.4 % of the writing thread's instructions.)
	 */
	/* (before WAL: a new file's page size is fixed by its first write,
	 * which journal_mode's is) */
	if (have == 0 && exec(s, "PRAGMA page_size = " XSTR(STORE_PAGE_SIZE),
	    err) < 0)
		goto bad;
	if (exec(s, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
	    " PRAGMA secure_delete = FAST;"
	    " PRAGMA foreign_keys = ON; PRAGMA journal_size_limit = "
	    XSTR(STORE_WAL_KEEP), err) < 0 || keep_wal(s, err) < 0)
		goto bad;
	if (unclean && check_damage(s, err) < 0)
		goto bad;
	if (register_tokenizer(s, err) < 0 || register_days(s, err) < 0 ||
	    migrate(s, have, version, err) < 0)
		goto bad;
	s->pairs.on = version >= PAIRS_SCHEMA;
	s->pairs.titles = version >= TITLE_PAIRS_SCHEMA;
	s->heads = version >= HEADS_SCHEMA;
	s->own = version >= OWN_INDEX_SCHEMA;
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
	if (register_tokenizer(s, err) < 0 || register_days(s, err) < 0)
		goto bad;
	s->pairs.on = have >= PAIRS_SCHEMA;
	s->pairs.titles = have >= TITLE_PAIRS_SCHEMA;
	s->heads = have >= HEADS_SCHEMA;
	s->own = have >= OWN_INDEX_SCHEMA;
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

int
store_twin(struct store *s, struct store **out, char **err)
{
	struct store *t = xcalloc(1, sizeof *t);

	*out = NULL;
	t->path = xstrdup(s->path);
	t->readonly = 1;
	if (sqlite3_open_v2(s->path, &t->db, SQLITE_OPEN_READONLY, NULL) !=
	    SQLITE_OK) {
		fail(err, "%s: %s", s->path, t->db ? sqlite3_errmsg(t->db) :
		    "cannot open");
		goto bad;
	}
	if (sqlite3_busy_handler(t->db, busy_wait, NULL) != SQLITE_OK) {
		db_fail(t, err, "busy handler");
		goto bad;
	}
	if (register_tokenizer(t, err) < 0 || store_read_once(t, err) < 0)
		goto bad;
	t->pairs.on = s->pairs.on;
	t->pairs.titles = s->pairs.titles;
	t->heads = s->heads;
	t->own = s->own;
	*out = t;
	return 0;
bad:
	store_close(t);
	return -1;
}

/*
 * The page cache of a command that reads once, in pages. SQLite's
 * default (2,000 pages, 8 MB) keeps every page read, each in memory
 * touched for the first time: a page fault each, which cost 15-40 us
 * on the bench machine against 2 us for reading a page again from the
 * system's cache. At 14,600 make-archive pages, 32 pages took the
 * first page of `search 数字化` from 454 faults and 411 system calls
 * to 244 and 707, and `search --count 大数据产业` from 695 faults to
 * 208 with as many calls. Since the search walks FTS5 fewer times (no
 * walk started over for a common query), 16 pages save 13-22 faults
 * of the first page of 吕, 吕梁, 数字化 and 大数据产业 for 0-27 more reads
 * (of 92-604), and 22-35 faults of their counts for 1 % more reads; 12
 * pages save 5 more faults for up to 41 more reads.
 */
#define STORE_READ_ONCE_PAGES 16

/*
 * And one read transaction, to the close, for all its statements: each
 * statement outside a transaction takes and drops the log's read lock
 * and looks at the file again, 3 system calls or more (at 14,600
 * make-archive pages, `search --limit 20 大数据产业`: 92 fcntl and 61
 * fstat calls, 32 and 32 in one transaction). The command reads one
 * snapshot, and writes nothing (a write would have to wait for no
 * one: BEGIN takes no lock until the first read).
 */
int
store_read_once(struct store *s, char **err)
{
	if (exec(s, "PRAGMA cache_size = " XSTR(STORE_READ_ONCE_PAGES),
	    err) < 0 || exec(s, "BEGIN", err) < 0)
		return -1;
	return 0;
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
	/* Its log and index go at the close, as they have tmp's name: the
	 * library's own are made where it is linked (keep_wal). */
	if (sqlite3_file_control(s->db, "main", SQLITE_FCNTL_PERSIST_WAL,
	    &(int){ 0 }) != SQLITE_OK) {
		db_fail(s, err, "log");
		store_close(s);
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

/*
 * SQLite's process-wide settings, made before its first use (later calls
 * fail harmlessly: SQLite is then set up already). No page cache slots
 * allocated in bulk at each open: SQLite's default writes 20 of them
 * (~90 KB) at once, and a command that reads a few pages (an absent
 * search: 16 of its 132 page faults at 14,600 pages) should touch only
 * those. No memory statistics (lreader reads none): without them
 * every allocation skips a mutex and a count (12 % of an absent
 * search's instructions, 3 % of a count's).
 */
static void
sqlite_setup(void)
{
	static int done_once;

	if (done_once)
		return;
	done_once = 1;
	(void)sqlite3_config(SQLITE_CONFIG_PAGECACHE, (void *)NULL, 0, 0);
	(void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int
store_open_version(const char *path, int version, struct store **out,
    char **err)
{
	*out = NULL;
	sqlite_setup();
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
	/* A transaction still open is store_read_once's (a batch was
	 * rolled back above): nothing was written, its end cannot fail,
	 * and ends the read before the checkpoint below. */
	if (s->db != NULL && !sqlite3_get_autocommit(s->db))
		sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
	df_clear(&s->df);
	posts_clear(s);
	pairs_free(s);
	ix_writer_free(s->ix);
	s->ix = NULL;
	free(s->moved);
	for (i = 0; i < Q_COUNT; i++)
		sqlite3_finalize(s->st[i]);
	/*
	 * The last connection to close checkpoints the log and cuts it
	 * (keep_wal) holding the library's exclusive lock, which keeps a
	 * reader that starts meanwhile waiting (busy_wait). Checkpointed
	 * first, without that lock (readers go on meanwhile), the close
	 * only cuts the log: the wait of a start right after a quit is
	 * that short.
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

long
store_pages_read(struct store *s)
{
	int hit = 0, miss = 0, hi;

	if (sqlite3_db_status(s->db, SQLITE_DBSTATUS_CACHE_HIT, &hit, &hi,
	    0) != SQLITE_OK || sqlite3_db_status(s->db,
	    SQLITE_DBSTATUS_CACHE_MISS, &miss, &hi, 0) != SQLITE_OK)
		return -1;
	return (long)hit + miss;
}

int
store_exec(struct store *s, const char *sql, char **err)
{
	return exec(s, sql, err);
}

/* ---- transactions and numbering ---- */

/*
 * Recompute issue numbers: one pass in kbase order from the lowest order
 * key the batch put an issue at or took one from (renum_from), writing
 * only rows whose number changed (importing the newest issue writes one
 * row). The pass over every issue was 16-19 ms of each commit appending
 * 4,000 make-archive pages to the 14,600-page library (5-10 ms into an
 * empty one), and grew with the library.
 */
static int
renumber(struct store *s, char **err)
{
	sqlite3_stmt *st = prep(s, Q_RENUMBER, err);
	int r = -1;

	if (st != NULL && bind_int64(s, st, 1, s->renum_from, err) == 0 &&
	    step(s, st, err) == 0)
		r = 0;
	done(st);
	if (r == 0)
		s->dirty = 0;
	return r;
}

void
numbers_stale(struct store *s, int64_t kbase)
{
	if (!s->dirty || kbase < s->renum_from)
		s->renum_from = kbase;
	s->dirty = 1;
}

/* Numbers are stale only inside a batch; readers call this first. */
int
numbers_ready(struct store *s, char **err)
{
	return s->dirty ? renumber(s, err) : 0;
}

/* Times store_begin waits out the busy timeout (5 s each) while other
 * importers write: three importers at once all store everything. */
#define BEGIN_TRIES 12

/*
 * A batch's savepoint and statement journals in memory (temp_store,
 * which SQLite reads as each transaction begins): each issue an import
 * writes is a savepoint, and the original of every page it changes is
 * journalled, about 90 pages an issue of make-archive pages, more than
 * the 64 KB SQLite keeps in memory before it writes them to a temporary
 * file: 149,826 pwrite calls over 1,000 pages, 60,918 in memory. An
 * issue's journal is emptied at its release, so it holds one issue's
 * pages at most. Set for batches only: elsewhere (a migration's VACUUM)
 * temporary data can be as large as the library. Changing it drops the
 * connection's temporary tables and triggers, so a connection that has
 * some (tests make an issue fail with one) is left as it is.
 */
static int
temp_in_memory(struct store *s, char **err)
{
	int64_t n;

	if (query_int(s, "SELECT count(*) FROM temp.sqlite_master", &n,
	    err) < 0)
		return -1;
	if (n > 0)
		return 0;
	s->temp_mem = 1;
	return exec(s, "PRAGMA temp_store = MEMORY", err);
}

/* temp_store as it was before temp_in_memory (the batch has ended: a
 * failure changes nothing stored). */
static void
temp_restore(struct store *s)
{
	if (s->temp_mem)
		sqlite3_exec(s->db, "PRAGMA temp_store = DEFAULT", NULL, NULL,
		    NULL);
	s->temp_mem = 0;
}

/*
 * The index's hashsize (FTS_HASHSIZE), a setting FTS5 keeps in the
 * library (fts_config), written in the batch's transaction when it is
 * not that yet (a library made before, or by another version), read
 * once a connection.
 */
static int
fts_hashsize(struct store *s, char **err)
{
	int64_t v = 0;

	if (s->hash_set)
		return 0;
	if (query_int(s, "SELECT coalesce((SELECT v FROM fts_config"
	    " WHERE k = 'hashsize'), 0)", &v, err) < 0)
		return -1;
	if (v != FTS_HASHSIZE && exec(s, "INSERT INTO fts(fts, rank)"
	    " VALUES ('hashsize', " XSTR(FTS_HASHSIZE) ")", err) < 0)
		return -1;
	s->hash_set = 1;
	return 0;
}

int
store_begin(struct store *s, char **err)
{
	int k;

	if (s->batch)
		return fail(err, "library: already in a transaction");
	if (s->readonly)
		return fail(err, "%s: the library is read-only", s->path);
	if (temp_in_memory(s, err) < 0)
		return -1;
	for (k = 0; run(s, Q_BEGIN, err) < 0; k++) {
		if ((sqlite3_errcode(s->db) & 0xFF) != SQLITE_BUSY ||
		    k + 1 >= BEGIN_TRIES) {
			temp_restore(s);
			return -1;
		}
		if (err != NULL) {
			free(*err);
			*err = NULL;
		}
	}
	s->batch = 1;
	if (!s->own && fts_hashsize(s, err) < 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

int
store_batch_alive(struct store *s)
{
	return s->batch && !sqlite3_get_autocommit(s->db);
}

/*
 * Finish the index merges under way, FTS_MERGE_PAGES pages of work at a
 * time: FTS5 trims a merge's inputs between two steps, so the pages
 * they free go to the merge's output. A merge in progress leaves its
 * sixteen inputs in the index beside its output until it ends, for
 * every query to look up: 27 segments instead of 18 at the end of
 * 14,600 make-archive pages, and a tenth more time to search. SQLite
 * counts a change or more for a step that merged, one for none.
 */
static int
finish_merges(struct store *s, char **err)
{
	int before;

	do {
		before = sqlite3_total_changes(s->db);
		if (run(s, Q_FTS_MERGE, err) < 0)
			return -1;
	} while (sqlite3_total_changes(s->db) - before >= 2);
	return 0;
}

/* A varint of FTS5's records (SQLite's: big-endian groups of 7 bits,
 * the ninth byte whole) at *p, before end; -1 when cut short. */
static int
fts_varint(const unsigned char **p, const unsigned char *end, uint64_t *v)
{
	int i;

	*v = 0;
	for (i = 0; i < 9 && *p < end; i++) {
		unsigned char b = *(*p)++;
		if (i == 8) {
			*v = (*v << 8) | b;
			return 0;
		}
		*v = (*v << 7) | (b & 0x7f);
		if (!(b & 0x80))
			return 0;
	}
	return -1;
}

/*
 * From FTS5's structure record (fts5_index.c: a 4-byte cookie, then
 * varints: levels, segments, write counter, and for each level the
 * segments under merge and their number, each segment its id, first and
 * last page): the segments at the first level, *first, and the most at
 * any other, *rest. 0 with *first = 0 for a record it does not know (an
 * index with no segments, or FTS5's second format, used by tables with
 * contentless_delete, which this one is not): nothing to tidy.
 */
static int
fts_levels(struct store *s, uint64_t *first, uint64_t *rest, char **err)
{
	sqlite3_stmt *st = prep(s, Q_FTS_STRUCTURE, err);
	const unsigned char *p, *end;
	uint64_t nlevel, v, nseg, lvl, i;
	int rc;

	*first = *rest = 0;
	if (st == NULL)
		return -1;
	if ((rc = step(s, st, err)) != 1)
		goto out;
	p = sqlite3_column_blob(st, 0);
	end = p + sqlite3_column_bytes(st, 0);
	if (p == NULL || end - p < 8 || p[4] == 0xff)
		goto out;
	p += 4;
	if (fts_varint(&p, end, &nlevel) < 0 || fts_varint(&p, end, &v) < 0 ||
	    fts_varint(&p, end, &v) < 0)
		goto out;
	for (lvl = 0; lvl < nlevel; lvl++) {
		if (fts_varint(&p, end, &v) < 0 ||
		    fts_varint(&p, end, &nseg) < 0)
			goto unknown;
		if (lvl == 0)
			*first = nseg;
		else if (nseg > *rest)
			*rest = nseg;
		for (i = 0; i < 3 * nseg; i++)
			if (fts_varint(&p, end, &v) < 0)
				goto unknown;
	}
	goto out;
unknown:
	*first = *rest = 0;
out:
	done(st);
	return rc < 0 ? -1 : 0;
}

/* FTS5's usermerge, for the 'merge' commands of finish_merges. */
static int
fts_usermerge(struct store *s, uint64_t n, char **err)
{
	sqlite3_stmt *st = prep(s, Q_FTS_USERMERGE, err);
	int rc;

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, (sqlite3_int64)n);
	rc = step(s, st, err);
	done(st);
	return rc < 0 ? -1 : 0;
}

/*
 * Merge the segments waiting at the first level of the index into one
 * when FTS_TIDY_SEGMENTS or more wait there. FTS5's 'merge' command
 * merges the level with the most segments once it holds usermerge of
 * them, and then any level the output fills as far: set to the first
 * level's count, it merges that level alone, so long as no other level
 * would hold as many with the output added (a level of big segments
 * merged early costs seconds: usermerge 8 at every commit merged 23
 * segments into one in 5 s over 14,600 make-archive pages). A commit
 * ends with no merge under way (finish_merges), so none is picked first.
 */
static int
tidy_first_level(struct store *s, char **err)
{
	uint64_t first, rest;

	if (fts_levels(s, &first, &rest, err) < 0)
		return -1;
	if (first < FTS_TIDY_SEGMENTS || rest + 1 >= first)
		return 0;
	if (fts_usermerge(s, first, err) < 0 || finish_merges(s, err) < 0)
		return -1;
	return fts_usermerge(s, FTS_USERMERGE, err);
}

/* Commit the batch; tidy: merge the index's first level too
 * (tidy_first_level), or rebuild our own index when it has many deleted
 * keys, else merge its small batches (ix_compact): the last commit of an
 * import, so that a --reclean of every issue rebuilds once, not at each
 * of its batches. */
static int
commit(struct store *s, int tidy, char **err)
{
	int rebuilt = 0;

	if (!s->batch)
		return fail(err, "library: no transaction to commit");
	/* (Our own index writes its batch held; FTS5 flushes its hash and
	 * finishes its merges.) */
	if (flush_pending(s, err) < 0 || (s->own ? (s->ix != NULL &&
	    (ix_write(s->db, s->ix, err) < 0 ||
	    ix_write_dir(s->db, s->ix, err) < 0)) || (tidy && (rebuilt =
	    ix_compact(s, err)) < 0) : fts_flush(s, err) < 0) ||
	    pairs_sync(s, err) < 0 || df_sync(s, err) < 0 ||
	    (!s->own && finish_merges(s, err) < 0) ||
	    (!s->own && tidy && tidy_first_level(s, err) < 0) ||
	    numbers_ready(s, err) < 0 || run(s, Q_COMMIT, err) < 0) {
		store_rollback(s);
		return -1;
	}
	s->batch = 0;
	temp_restore(s);
	/*
	 * A rebuilt index (ix_compact) left the old one's pages free: the
	 * review of work item 11 found 48 MB of a 201 MB file free after
	 * importing archive-4000's 2017, then 2015 and 2016. VACUUM gives
	 * them back (there: 201.9 -> 151.7 MB, about 1.5 s), outside the
	 * transaction as it must be, with temporary data in a file again
	 * (temp_restore). The batch is committed: a VACUUM that fails
	 * (busy, no room for its copy) changes nothing stored, and the
	 * pages are used by the next imports all the same.
	 */
	if (rebuilt > 0)
		(void)sqlite3_exec(s->db, "VACUUM", NULL, NULL, NULL);
	return 0;
}

int
store_commit(struct store *s, char **err)
{
	return commit(s, 1, err);
}

/* The first level is left to the last commit: merged at every one of the
 * 8 commits of 14,600 make-archive pages it ended with 5 segments, not 3,
 * for the same work. */
int
store_commit_more(struct store *s, char **err)
{
	return commit(s, 0, err);
}

void
store_rollback(struct store *s)
{
	if (!s->batch)
		return;
	/* A failed ROLLBACK (none active after an automatic one) leaves
	 * nothing to undo. */
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	temp_restore(s);
	pend_drop(s, 0);
	df_clear(&s->df);
	posts_clear(s);
	pairs_clear(s);
	if (s->ix != NULL)
		ix_drop(s->ix);
	s->batch = 0;
	s->dirty = 0;
	/* (a hashsize written in this batch is undone with it) */
	s->hash_set = 0;
}

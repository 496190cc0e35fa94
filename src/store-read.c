/*
 * store-read.c: what the interface and list/export read and mark: issues
 * and articles (under filters), the interface's pinned view, article
 * text, marks and state. store-int.h: what the store's files share.
 */
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "lreader/search.h"
#include "lreader/util.h"
#include "store-int.h"

/* What every write answers in a library opened for reading only. */
#define READONLY_MSG "read-only: marks are not saved"

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
char *
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

/* PRAGMA data_version: changes when another connection commits. */
static int
data_version(struct store *s, int64_t *v, char **err)
{
	sqlite3_stmt *st = prep(s, Q_DATA_VERSION, err);
	int r = st != NULL ? step(s, st, err) : -1;

	*v = r == 1 ? sqlite3_column_int64(st, 0) : 0;
	done(st);
	return r == 1 ? 0 : r < 0 ? -1 : fail(err, "library: no data_version");
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
	if (data_version(s, &v, err) < 0)
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
	    data_version(s, &v, err) < 0)
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
	if (!s->pinned || data_version(s, &v, err) < 0)
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

/* A candidate article of the pair index, for the sidebar. */
struct side_cand {
	int64_t key, id, issue;
};

static int
side_cand_cmp(const void *a, const void *b)
{
	const struct side_cand *x = a, *y = b;

	return x->key < y->key ? -1 : x->key > y->key;
}

/* Whether candidate id holds the folded query (one: a query of one
 * pair, which an article unchanged since listed holds for sure). */
static int
cand_has(struct store *s, int64_t id, const char *folded, int one,
    int *has, char **err)
{
	sqlite3_stmt *st = prep(s, Q_CAND_ROW, err);
	int r;

	*has = 0;
	if (st == NULL || bind_int64(s, st, 1, id, err) < 0 ||
	    (r = step(s, st, err)) < 0) {
		done(st);
		return -1;
	}
	if (r == 1 && one && !sqlite3_column_int(st, 8))
		*has = 1;
	else if (r == 1)
		r = article_has(s, id, (const char *)sqlite3_column_text(st, 4),
		    (const char *)sqlite3_column_text(st, 5),
		    (const char *)sqlite3_column_text(st, 6),
		    (const char *)sqlite3_column_text(st, 7), folded, has, err);
	done(st);
	return r < 0 ? -1 : 0;
}

/*
 * The sidebar's issues from index key lo on when the pair index narrows
 * the text to the articles ids[0..n): those passing the filters, in key
 * (issue) order, each checked (cand_has) until `limit` issues have a
 * match; keys[], counts[] as issues_by_text's.
 */
static int
issues_by_cands(struct store *s, const char *folded, const int64_t *ids,
    size_t n, int unread, int marks, int64_t lo, int limit, int64_t **keys,
    int **counts, size_t *nk, char **err)
{
	struct side_cand *c = xreallocarray(NULL, n + 1, sizeof *c);
	sqlite3_stmt *st;
	size_t i, k = 0;
	int r = 0, has, one = pairs_one(folded);

	for (i = 0; i < n && r >= 0; i++) {
		if ((st = prep(s, Q_CAND_ROW, err)) == NULL ||
		    bind_int64(s, st, 1, ids[i], err) < 0 ||
		    (r = step(s, st, err)) < 0) {
			r = -1;
		} else if (r == 1 && sqlite3_column_int64(st, 1) >= lo &&
		    (!unread || !sqlite3_column_int(st, 2)) &&
		    (!marks || sqlite3_column_int(st, 3)) &&
		    (s->view == NULL || view_number(s,
		    sqlite3_column_int64(st, 0)) != 0)) {
			c[k].issue = sqlite3_column_int64(st, 0);
			c[k].key = sqlite3_column_int64(st, 1);
			c[k++].id = ids[i];
		}
		done(st);
	}
	if (r >= 0 && k > 1)
		qsort(c, k, sizeof *c, side_cand_cmp);
	for (i = 0, r = r < 0 ? -1 : 0; i < k && r == 0; i++) {
		if (*nk > 0 && (*keys)[*nk - 1] != c[i].issue && limit > 0 &&
		    *nk == (size_t)limit)
			break;
		if ((r = cand_has(s, c[i].id, folded, one, &has, err)) < 0 ||
		    !has)
			continue;
		if (*nk == 0 || (*keys)[*nk - 1] != c[i].issue) {
			*keys = xreallocarray(*keys, *nk + 1, sizeof **keys);
			*counts = xreallocarray(*counts, *nk + 1,
			    sizeof **counts);
			(*keys)[*nk] = c[i].issue;
			(*counts)[(*nk)++] = 0;
		}
		(*counts)[*nk - 1]++;
	}
	free(c);
	return r;
}

/*
 * Sidebar rows under a text filter: walk the index from issue `first` in
 * issue order, counting each issue's matching articles, and stop after
 * `limit` issues, so a screenful costs what it shows rather than every
 * match in the library (a common character matches nearly all). A text
 * the pair index narrows to a few articles reads those instead: a walk
 * with fewer than `limit` issues to find goes on to the end of the
 * index.
 */
static int
issues_by_text(struct store *s, const char *match, const char *folded,
    int unread, int marks, int first, int limit, struct issue_row **rows,
    size_t *n, char **err)
{
	sqlite3_stmt *st;
	int64_t *keys = NULL, *ids = NULL, lo, issue, hi;
	int *counts = NULL, r = -1;
	size_t nk = 0, nids, i;

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
	st = NULL;
	if ((r = pairs_lookup(s, folded, &ids, &nids, err)) < 0)
		goto out;
	if (r == 1) {
		r = issues_by_cands(s, folded, ids, nids, unread, marks, lo,
		    limit, &keys, &counts, &nk, err);
		goto rows;
	}
	if (s->own ? own_hits(s, folded, lo, INT64_MAX, err) < 0 ||
	    (st = prep(s, Q_TEXT_KEYS_OWN, err)) == NULL || bindf(s, st, err,
	    "iii", 0, unread, marks) < 0 : (st = prep(s, Q_TEXT_KEYS, err)) ==
	    NULL || bindf(s, st, err, "tiiI", match, unread, marks, lo) < 0) {
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
rows:
	for (i = 0; r >= 0 && i < nk; i++)
		r = add_issue_by_key(s, keys[i], counts[i], rows, n, err);
out:
	done(st);
	free(ids);
	free(keys);
	free(counts);
	return r < 0 ? -1 : 0;
}

int
store_issues(struct store *s, const struct store_filter *f, int first,
    int limit, struct issue_row **rows, size_t *n, char **err)
{
	char *match = filter_match(f), *folded;
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
		folded = search_fold(f->text, strlen(f->text), NULL);
		r = issues_by_text(s, match, folded, unread, marks, first,
		    limit, rows, n, err);
		free(folded);
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

/* An article_row from the first columns of st (ARTICLE_COLS), its
 * issue `number` when pinned (the walk is of one issue). */
static void
read_article_row(struct store *s, sqlite3_stmt *st, int number,
    struct article_row *row)
{
	const unsigned char *t;

	row->id = sqlite3_column_int64(st, 0);
	row->issue = sqlite3_column_int(st, 1);
	if (s->view != NULL)
		row->issue = number;
	row->seq = sqlite3_column_int(st, 2);
	t = sqlite3_column_text(st, 3);
	if (t == NULL || article_kind_parse((const char *)t, &row->kind) < 0)
		row->kind = KIND_ARTICLE;
	t = sqlite3_column_text(st, 4);
	row->title = (char *)(t ? (const char *)t : "");
	row->read = sqlite3_column_int(st, 5);
	row->bookmarked = sqlite3_column_int(st, 6);
}

/*
 * The articles of issue id (number `number`) passing f, which has a
 * text: each article's fields read and looked through (article_has), as
 * search checks its candidates. The index cannot be asked for one
 * issue: a phrase walk does not stop at the end of a rowid range but
 * goes on to the next match, wherever it is (a rare phrase: the rest of
 * the index, 20 ms at 14,600 pages); an issue's few articles cost the
 * same however big the library.
 */
static int
issue_text_rows(struct store *s, int number, int64_t id,
    const struct store_filter *f, store_article_fn fn, void *ctx,
    char **err)
{
	char *folded = search_fold(f->text, strlen(f->text), NULL);
	sqlite3_stmt *st = prep(s, Q_ISSUE_TEXT_ROWS, err);
	struct article_row row;
	int r = -1, has;

	if (st == NULL || bindf(s, st, err, "Iii", id, !!f->unread_only,
	    !!f->bookmarks_only) < 0)
		goto out;
	while ((r = step(s, st, err)) == 1) {
		read_article_row(s, st, number, &row);
		if ((r = article_has(s, row.id, row.title,
		    (const char *)sqlite3_column_text(st, 7),
		    (const char *)sqlite3_column_text(st, 8),
		    (const char *)sqlite3_column_text(st, 9), folded, &has,
		    err)) < 0)
			break;
		if (has && (r = fn(ctx, &row)) != 0)
			break;
	}
out:
	done(st);
	free(folded);
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
	if (match != NULL && number > 0) {
		r = issue_text_rows(s, number, id, f, fn, ctx, err);
		goto out;
	}
	q = match != NULL ? (s->own ? Q_ARTICLES_TEXT_OWN : Q_ARTICLES_TEXT) :
	    number ? Q_ARTICLES_OF : marks ? Q_BOOKMARKS : Q_ARTICLES_ALL;
	r = -1;
	if (q == Q_ARTICLES_TEXT_OWN) {
		char *folded = search_fold(f->text, strlen(f->text), NULL);

		r = own_hits(s, folded, lo, hi, err);
		free(folded);
		if (r < 0)
			goto out;
		r = -1;
	}
	if ((st = prep(s, q, err)) == NULL || bindf(s, st, err, "Iii", id,
	    !!unread, !!marks) < 0 || (q == Q_ARTICLES_TEXT &&
	    (bind_text(s, st, 5, match, err) < 0 || bind_int64(s, st, 6, lo,
	    err) < 0 || bind_int64(s, st, 7, hi, err) < 0)))
		goto out;
	while ((r = step(s, st, err)) == 1) {
		/* Pinned: the view's number (the walk is of one issue). */
		read_article_row(s, st, number, &row);
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

/* ---- the edition tree's days ---- */

/* Digits of v, n of them (leading zeros), at out. */
static void
put_digits(char *out, unsigned v, int n)
{
	while (n-- > 0) {
		out[n] = (char)('0' + v % 10);
		v /= 10;
	}
}

/* The date of a date code (see date_code): "YYYY-MM-DD". By hand, not
 * snprintf: a day row each (6 M instructions for 3,650 days). */
static void
code_date(int64_t code, char out[11])
{
	unsigned y, rem;

	if (code < 0)
		code = 0;
	y = (unsigned)(code / 372 % 10000);
	rem = (unsigned)(code % 372);
	put_digits(out, y, 4);
	out[4] = '-';
	put_digits(out + 5, rem / 31 % 12 + 1, 2);
	out[7] = '-';
	put_digits(out + 8, rem % 31 + 1, 2);
	out[10] = '\0';
}

/* The last import sequence the interface's view holds: all of them
 * until another process changed the library since the pin. */
static int64_t
view_seq(const struct store *s)
{
	return s->view != NULL ? s->pin_seq : INT64_MAX;
}

/*
 * The days of the dated issues' order keys, counted by the aggregate
 * lreader_days(kbase, end, acc) (keys from end on left out) inside one
 * step of Q_DAYS: stepping out to
 * C for each issue cost about 800 instructions an issue (11.6 M of an
 * interface's start at 14,600 make-archive pages), the aggregate about
 * a third of that. The keys come in index order, so a day's issues
 * come one after another; in any other order the days are sorted and
 * merged at the end all the same.
 */
struct day_count {
	int64_t code;
	int n;
};

struct days_acc {
	struct day_count *d;
	size_t n, cap;
	int sorted;     /* 0: a day came before one it follows */
};

static void
days_step(sqlite3_context *ctx, int nval, sqlite3_value **val)
{
	struct days_acc *a = sqlite3_value_pointer(val[2], "lreader_days");
	int64_t key = sqlite3_value_int64(val[0]), code = key >> DATE_SHIFT;

	(void)nval;
	if (a == NULL) {
		sqlite3_result_error(ctx, "lreader_days: no accumulator", -1);
		return;
	}
	if (key >= sqlite3_value_int64(val[1]))
		return;     /* undated */
	if (a->n > 0 && a->d[a->n - 1].code == code) {
		a->d[a->n - 1].n++;
		return;
	}
	if (a->n > 0 && a->d[a->n - 1].code > code)
		a->sorted = 0;
	if (a->n == a->cap) {
		a->cap = a->cap ? a->cap * 2 : 256;
		a->d = xreallocarray(a->d, a->cap, sizeof *a->d);
	}
	a->d[a->n].code = code;
	a->d[a->n++].n = 1;
}

static void
days_final(sqlite3_context *ctx)
{
	sqlite3_result_null(ctx);
}

int
register_days(struct store *s, char **err)
{
	if (sqlite3_create_function_v2(s->db, "lreader_days", 3,
	    SQLITE_UTF8 | SQLITE_DIRECTONLY, NULL, NULL, days_step,
	    days_final, NULL) != SQLITE_OK)
		return db_fail(s, err, "lreader_days");
	return 0;
}

static int
cmp_day_count(const void *x, const void *y)
{
	const struct day_count *a = x, *b = y;

	return a->code < b->code ? -1 : a->code > b->code;
}

/*
 * Step st, whose parameters but the accumulator (?iacc) are bound, once:
 * its lreader_days counts into *a, in date order (the caller frees
 * a->d, also on error). Resets st.
 */
static int
days_count(struct store *s, sqlite3_stmt *st, int iacc, struct days_acc *a,
    char **err)
{
	size_t i, k;
	int r;

	memset(a, 0, sizeof *a);
	a->sorted = 1;
	if (sqlite3_bind_pointer(st, iacc, a, "lreader_days", NULL) !=
	    SQLITE_OK)
		r = db_fail(s, err, "bind");
	else
		r = step(s, st, err);
	done(st);
	if (r < 0)
		return -1;
	if (!a->sorted && a->n > 1) {
		qsort(a->d, a->n, sizeof *a->d, cmp_day_count);
		for (i = k = 0; i < a->n; i++)
			if (k > 0 && a->d[k - 1].code == a->d[i].code)
				a->d[k - 1].n += a->d[i].n;
			else
				a->d[k++] = a->d[i];
		a->n = k;
	}
	return 0;
}

int
store_days(struct store *s, struct day_row **rows, size_t *n, char **err)
{
	struct days_acc a;
	sqlite3_stmt *st;
	size_t i;
	int number = 1;

	*rows = NULL;
	*n = 0;
	memset(&a, 0, sizeof a);
	if (view_ready(s, err) < 0)
		return -1;
	st = prep(s, s->view != NULL ? Q_DAYS_VIEW : Q_DAYS, err);
	if (st == NULL || (s->view != NULL ? bindf(s, st, err, "II",
	    KEY_UNDATED, s->pin_seq) : bindf(s, st, err, "I", KEY_UNDATED)) <
	    0 || days_count(s, st, 3, &a, err) < 0) {
		done(st);
		free(a.d);
		return -1;
	}
	*rows = xreallocarray(NULL, a.n + 1, sizeof **rows);
	for (i = 0; i < a.n; i++) {
		code_date(a.d[i].code, (*rows)[i].date);
		/* Dated issues are numbered first, in date order: a day's
		 * first number follows the days before. */
		(*rows)[i].first = number;
		(*rows)[i].npages = a.d[i].n;
		(*rows)[i].nunread = 0;
		number += a.d[i].n;
	}
	*n = a.n;
	free(a.d);
	return 0;
}

/* The order keys of days from and to (date codes), inclusive. */
static void
day_keys(int64_t from, int64_t to, int64_t *lo, int64_t *hi)
{
	*lo = from << DATE_SHIFT;
	*hi = ((to + 1) << DATE_SHIFT) - 1;
}

int
store_days_unread(struct store *s, struct day_row *rows, size_t n,
    char **err)
{
	struct days_acc a;
	sqlite3_stmt *st;
	int64_t lo, hi;
	size_t i, j = 0;

	memset(&a, 0, sizeof a);
	for (i = 0; i < n; i++)
		rows[i].nunread = 0;
	if (n == 0)
		return 0;
	if (view_ready(s, err) < 0)
		return -1;
	day_keys(date_code(rows[0].date), date_code(rows[n - 1].date), &lo,
	    &hi);
	if ((st = prep(s, Q_DAYS_UNREAD, err)) == NULL ||
	    bindf(s, st, err, "IIII", lo, hi, view_seq(s), KEY_UNDATED) < 0 ||
	    days_count(s, st, 5, &a, err) < 0) {
		done(st);
		free(a.d);
		return -1;
	}
	/* Both in date order. */
	for (i = 0; i < a.n; i++) {
		while (j < n && date_code(rows[j].date) < a.d[i].code)
			j++;
		if (j < n && date_code(rows[j].date) == a.d[i].code)
			rows[j].nunread = a.d[i].n;
	}
	free(a.d);
	return 0;
}

int
store_set_day_read(struct store *s, const char *date, int read, char **err)
{
	sqlite3_stmt *st;
	int64_t code, lo, hi;
	int r = -1;

	if (s->readonly)
		return fail(err, READONLY_MSG);
	if ((code = date_code(date)) < 0)
		return fail(err, "%s: not a date", date);
	if (view_ready(s, err) < 0)
		return -1;
	day_keys(code, code, &lo, &hi);
	if ((st = prep(s, Q_SET_DAY_READ, err)) != NULL &&
	    bindf(s, st, err, "IIiI", lo, hi, !!read, view_seq(s)) == 0 &&
	    step(s, st, err) >= 0)
		r = 0;
	done(st);
	return r;
}

long long
store_work(const struct store *s)
{
	return s->work;
}

/* The paragraphs of article id into a. */
int
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

/*
 * golden-check: compare the articles exported for one bundled issue with
 * what ../shared/golden/seeds.json says they must be (the rules of
 * golden/README.md), printing TAP.
 *
 *   golden-check SEEDS.json FILE-NAME EXPORT.jsonl [FILE-NAME EXPORT.jsonl]...
 *
 * JSON is read with SQLite's JSON functions, so no new dependency.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonq.h"
#include "lreader/util.h"
#include "tap.h"

struct para {
	char *kind, *text;
};

struct art {
	char *kind, *title, *kicker, *subtitle, *byline;
	struct para *p;
	int np;
	char *body;   /* paragraphs joined, captions left out unless photo */
	int used;
};

static sqlite3 *db;

static char **
query(const char *sql, const char *arg, const char *arg2, int *n)
{
	return jsonq_rows(db, sql, arg, arg2, n);
}

static char *
one(const char *sql, const char *arg, const char *arg2)
{
	int n;
	char **v = query(sql, arg, arg2, &n), *r = n ? v[0] : NULL;
	int i;

	for (i = 1; i < n; i++)
		free(v[i]);
	free(v);
	return r;
}

/* s without white space (caller frees). */
static char *
nows(const char *s)
{
	struct buf b;

	buf_init(&b);
	buf_add(&b, "", 0);
	for (; *s; s++) {
		if (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r')
			continue;
		if (strncmp(s, "\xe3\x80\x80", 3) == 0) {  /* U+3000 */
			s += 2;
			continue;
		}
		buf_addc(&b, *s);
	}
	return buf_take(&b);
}

/* Containment by the README's rule: with spaces as they stand when the
 * needle holds one, else ignoring white space. */
static int
contains(const char *hay, const char *needle)
{
	char *h, *n;
	int r;

	if (strchr(needle, ' ') != NULL)
		return strstr(hay, needle) != NULL;
	h = nows(hay);
	n = nows(needle);
	r = strstr(h, n) != NULL;
	free(h);
	free(n);
	return r;
}

static int
count_in(const char *hay, const char *needle)
{
	char *h, *n, *p;
	int c = 0;

	if (strchr(needle, ' ') != NULL) {
		h = xstrdup(hay);
		n = xstrdup(needle);
	} else {
		h = nows(hay);
		n = nows(needle);
	}
	for (p = h; *n && (p = strstr(p, n)) != NULL; p += strlen(n))
		c++;
	free(h);
	free(n);
	return c;
}

static int
equal_nows(const char *a, const char *b)
{
	char *x, *y;
	int r;

	if (strchr(b, ' ') != NULL)
		return strcmp(a, b) == 0;
	x = nows(a);
	y = nows(b);
	r = strcmp(x, y) == 0;
	free(x);
	free(y);
	return r;
}

static int
starts_nows(const char *s, const char *prefix)
{
	char *x = nows(s), *y = nows(prefix);
	int r = strncmp(x, y, strlen(y)) == 0;

	free(x);
	free(y);
	return r;
}

static int
ends_nows(const char *s, const char *suffix)
{
	char *x = nows(s), *y = nows(suffix);
	size_t a = strlen(x), b = strlen(y);
	int r = a >= b && strcmp(x + a - b, y) == 0;

	free(x);
	free(y);
	return r;
}

static struct art *
load_export(const char *path, int *n)
{
	char *text = read_file(path, NULL), *line, *save = NULL;
	struct art *v = NULL;

	*n = 0;
	if (text == NULL)
		return NULL;
	for (line = strtok_r(text, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		struct art *a;
		char **k, **t;
		int nk, nt, i;
		struct buf body;

		v = xreallocarray(v, (size_t)*n + 1, sizeof *v);
		a = &v[(*n)++];
		memset(a, 0, sizeof *a);
		a->kind = one("SELECT json_extract(?1,'$.kind')", line, NULL);
		a->title = one("SELECT json_extract(?1,'$.title')", line, NULL);
		a->kicker = one("SELECT json_extract(?1,'$.kicker')", line, NULL);
		a->subtitle = one("SELECT json_extract(?1,'$.subtitle')", line, NULL);
		a->byline = one("SELECT json_extract(?1,'$.byline')", line, NULL);
		k = query("SELECT json_extract(value,'$.kind') FROM "
		    "json_each(?1,'$.paragraphs')", line, NULL, &nk);
		t = query("SELECT json_extract(value,'$.text') FROM "
		    "json_each(?1,'$.paragraphs')", line, NULL, &nt);
		a->np = nk;
		a->p = xcalloc((size_t)nk + 1, sizeof *a->p);
		buf_init(&body);
		buf_add(&body, "", 0);
		for (i = 0; i < nk; i++) {
			a->p[i].kind = k[i];
			a->p[i].text = t[i] ? t[i] : xstrdup("");
			if (strcmp(k[i], "caption") != 0 ||
			    strcmp(a->kind, "photo") == 0)
				buf_adds(&body, a->p[i].text);
		}
		a->body = buf_take(&body);
		free(k);
		free(t);
	}
	free(text);
	return v;
}

static int
in_body_para(const struct art *a, const char *s)
{
	int i;

	for (i = 0; i < a->np; i++)
		if ((strcmp(a->p[i].kind, "caption") != 0 ||
		    strcmp(a->kind, "photo") == 0) && contains(a->p[i].text, s))
			return 1;
	return 0;
}

/* A run of three or more CJK characters each followed by a space. */
static int
spaced_out(const char *s)
{
	int run = 0;
	size_t n = strlen(s), i = 0;
	uint32_t c;

	while (i < n) {
		int l = utf8_next(s + i, n - i, &c);
		i += (size_t)l;
		if (c >= 0x3000 && i < n && s[i] == ' ') {
			if (++run >= 3)
				return 1;
			i++;
		} else if (c != ' ') {
			run = 0;
		}
	}
	return 0;
}

static void
check_article(const char *seed, const struct art *a, int k)
{
	char *v;
	char **list;
	int n, i;

	v = one("SELECT json_extract(?1,'$.kind')", seed, NULL);
	is_str(a->kind, v, "article %d: kind", k);
	free(v);
	v = one("SELECT json_extract(?1,'$.title')", seed, NULL);
	if (v == NULL)
		ok(*a->title != '\0', "article %d: derived title '%s'", k, a->title);
	else if (!ok(equal_nows(a->title, v), "article %d: title", k))
		diag("got '%s', want '%s'", a->title, v);
	free(v);
	v = one("SELECT json_extract(?1,'$.subtitle_has')", seed, NULL);
	if (v != NULL && !ok(contains(a->subtitle, v), "article %d: subtitle has", k))
		diag("subtitle '%s' lacks '%s'", a->subtitle, v);
	free(v);
	v = one("SELECT coalesce(json_extract(?1,'$.byline'),"
	    "json_extract(?1,'$.byline_has'))", seed, NULL);
	if (v != NULL && !ok(contains(a->byline, v), "article %d: byline", k))
		diag("byline '%s' lacks '%s'", a->byline, v);
	free(v);
	list = query("SELECT value FROM json_each(?1,'$.body_has')", seed, NULL, &n);
	for (i = 0; i < n; i++) {
		if (!ok(in_body_para(a, list[i]), "article %d: one paragraph has a "
		    "cut sentence whole", k))
			diag("missing: %s", list[i]);
		free(list[i]);
	}
	free(list);
	list = query("SELECT value FROM json_each(?1,'$.headings')", seed, NULL, &n);
	for (i = 0; i < n; i++) {
		int j, found = 0;
		for (j = 0; j < a->np; j++)
			found |= strcmp(a->p[j].kind, "heading") == 0 &&
			    equal_nows(a->p[j].text, list[i]);
		if (!ok(found, "article %d: heading paragraph", k))
			diag("missing heading: %s", list[i]);
		free(list[i]);
	}
	free(list);
}

static void
check_file(const char *seeds, const char *name, const char *export)
{
	char *path, **arts;
	struct art *ex;
	int nex, nart, i, j, from = 0;

	ex = load_export(export, &nex);
	path = xasprintf("$.\"%s\"", name);
	arts = query("SELECT value FROM json_each(?1, ?2 || '.articles')", seeds,
	    path, &nart);
	ok(nart > 0, "%s: seeds list its articles", name);
	for (i = 0; i < nart; i++) {
		char *st = one("SELECT json_extract(?1,'$.starts')", arts[i], NULL);
		char *en = one("SELECT json_extract(?1,'$.ends')", arts[i], NULL);
		int found = -1;
		for (j = from; j < nex && found < 0; j++)
			if (starts_nows(ex[j].body, st) && ends_nows(ex[j].body, en))
				found = j;
		if (!ok(found >= 0, "article %d in page order: starts '%.24s…', "
		    "ends '…%s'", i + 1, st, en + (strlen(en) > 24 ?
		    strlen(en) - 24 : 0))) {
			for (j = 0; j < nex; j++)
				if (starts_nows(ex[j].body, st))
					diag("starts matches export %d, which ends '%s'", j,
					    ex[j].body + (strlen(ex[j].body) > 60 ?
					    strlen(ex[j].body) - 60 : 0));
		} else {
			ex[found].used = 1;
			from = found + 1;
			check_article(arts[i], &ex[found], i + 1);
		}
		free(st);
		free(en);
		free(arts[i]);
	}
	free(arts);
	for (j = 0; j < nex; j++) {
		char *b = nows(ex[j].body);
		if (!ex[j].used && !ok(utf8_count(b) <= 80, "no other article "
		    "with a body over 80 characters (export %d)", j))
			diag("'%s': %.90s", ex[j].title, b);
		if (!ok(!spaced_out(ex[j].body), "export %d: no spaced-out run", j))
			diag("%s", ex[j].body);
		free(b);
	}
	for (i = 0; i < 2; i++) {
		const char *what = i ? "absent" : "once";
		char *q = xasprintf("SELECT value FROM json_each(?1, ?2 || '.%s')",
		    what);
		int n, k;
		char **v = query(q, seeds, path, &n);
		for (k = 0; k < n; k++) {
			int c = 0, p;
			for (j = 0; j < nex; j++) {
				c += count_in(ex[j].title, v[k]) + count_in(ex[j].subtitle,
				    v[k]) + count_in(ex[j].byline, v[k]);
				if (i)
					c += count_in(ex[j].kicker, v[k]);
				for (p = 0; p < ex[j].np; p++)
					c += count_in(ex[j].p[p].text, v[k]);
			}
			if (!ok(i ? c == 0 : c == 1, "%s: %s", what, v[k]))
				diag("found %d times", c);
			free(v[k]);
		}
		free(v);
		free(q);
	}
	free(path);
	for (j = 0; j < nex; j++) {
		int p;
		free(ex[j].kind);
		free(ex[j].title);
		free(ex[j].kicker);
		free(ex[j].subtitle);
		free(ex[j].byline);
		free(ex[j].body);
		for (p = 0; p < ex[j].np; p++) {
			free(ex[j].p[p].kind);
			free(ex[j].p[p].text);
		}
		free(ex[j].p);
	}
	free(ex);
}

int
main(int argc, char **argv)
{
	char *seeds;
	int i;

	if (argc < 4 || argc % 2 != 0) {
		fprintf(stderr, "usage: golden-check SEEDS FILE EXPORT...\n");
		return 99;
	}
	if ((seeds = read_file(argv[1], NULL)) == NULL) {
		fprintf(stderr, "golden-check: cannot read %s\n", argv[1]);
		return 99;
	}
	sqlite3_open(":memory:", &db);
	for (i = 2; i + 1 < argc; i += 2)
		check_file(seeds, argv[i], argv[i + 1]);
	sqlite3_close(db);
	free(seeds);
	return done_testing();
}

/*
 * cli: the command-line commands (SPEC "Command line"): import, list,
 * cat (and cat --follow), export, search, bookmarks and related. Each prints "lreader: …" on errors
 * and returns the exit status (0, 1 error, 2 bad usage).
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "lreader/cli.h"
#include "lreader/config.h"
#include "lreader/help.h"
#include "lreader/import.h"
#include "lreader/render.h"
#include "lreader/store.h"
#include "lreader/util.h"


int
cli_usage_error(const char *fmt, ...)
{
	va_list ap;
	char *m;

	va_start(ap, fmt);
	m = xvasprintf(fmt, ap);
	va_end(ap);
	print_msg(stderr, "%s", m);
	free(m);
	fputs("Try 'lreader --help' for more information.\n", stderr);
	return 2;
}

/* The default keys, from the same table as the help overlay and the
 * manual (help_dump_keys: GROUP, ACTION, KEYS, HELP). */
static void
print_keys(void)
{
	char *dump = NULL, *line, *save = NULL;
	size_t size = 0;
	FILE *m = open_memstream(&dump, &size);

	if (m == NULL)
		return;
	help_dump_keys(m);
	fclose(m);
	for (line = strtok_r(dump, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		char *f[4] = { NULL, NULL, NULL, NULL }, *p = line;
		int i;
		for (i = 0; i < 4 && p != NULL; i++) {
			f[i] = p;
			if ((p = strchr(p, '\t')) != NULL)
				*p++ = '\0';
		}
		if (f[3] == NULL)
			continue;
		printf("  %-24s %s (%s)\n", *f[2] ? f[2] : "-", f[3], f[1]);
	}
	free(dump);
}

void
cli_help(void)
{
	fputs(
"Usage: lreader [--db FILE] [--no-color] [COMMAND [ARGS]]\n"
"A terminal reader for the page dumps of 吕梁日报.\n"
"\n"
"With no COMMAND, open the reading interface (importing the bundled issues\n"
"into an empty library first).\n"
"\n"
"Commands:\n"
"  import PATH...               import page files or folders of *.txt\n"
"  import --reclean [PATH...]   rebuild issues cleaned by an older version\n"
"  list [--issue N]             articles: id, issue, seq, kind, title\n"
"  cat ID [--width N] [--follow]\n"
"                               one article as text; --follow: with its\n"
"                               continuation on another page joined\n"
"  export [--issue N] [--format jsonl|text|markdown]\n"
"  search [--limit N] QUERY     articles that contain QUERY\n"
"  search --count QUERY         the number of articles that contain QUERY\n"
"  bookmarks                    bookmarked articles\n"
"  open ID                      the reading interface, on article ID\n"
"  related ID                   the ten articles sharing the most rare\n"
"                               terms with ID (list's columns and date)\n"
"\n"
"N is an issue number, a date YYYY-MM-DD (every page of the day) or\n"
"YYYY-MM-DD/P.\n"
"\n"
"Options:\n"
"  --db FILE      the library (default $LREADER_DB, else\n"
"                 $XDG_DATA_HOME/lreader/library.db)\n"
"      --no-color no colours in the interface (also NO_COLOR)\n"
"  -h, --help     show this help and exit\n"
"  -V, --version  show the version and exit\n"
"\n"
"Keys in the reading interface (bind takes the names in brackets):\n",
	    stdout);
	print_keys();
	fputs("\nSee man lreader for the config file and more.\n", stdout);
}

void
cli_version(void)
{
	puts("lreader " PACKAGE_VERSION);
}

/* Open the library or say why not. */
static struct store *
open_store(const char *db)
{
	struct store *s;
	char *err = NULL;

	if (store_open(db, &s, &err) != 0) {
		/* The store's messages name the library themselves. */
		print_msg(stderr, "%s", err);
		free(err);
		return NULL;
	}
	if (store_readonly(s))
		print_msg(stderr, "%s: read-only: marks are not saved", db);
	return s;
}

static int
store_error(struct store *s, char *err)
{
	print_msg(stderr, "%s", err ? err : "library error");
	free(err);
	if (s != NULL)
		store_close(s);
	return 1;
}

/* Parse a positive number; -1 when s is not one. */
static long
number(const char *s)
{
	char *end;
	long v;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (*end != '\0' || errno != 0 || v > INT_MAX)
		return -1;
	return v;
}

/* Print s to stdout, dropping control characters when it is a terminal
 * (SPEC: none reach the terminal). */
static void
put_text(const char *s)
{
	static int tty = -1;	/* asked once: list and export call this a row */

	if (tty < 0)
		tty = isatty(STDOUT_FILENO);
	if (tty) {
		char *t = render_sanitize(xstrdup(s));
		fputs(t, stdout);
		free(t);
	} else {
		fputs(s, stdout);
	}
}

/* A field for tab-separated output: tabs and newlines become spaces. */
static char *
field(const char *s)
{
	char *t = xstrdup(s), *p;

	for (p = t; *p; p++)
		if (*p == '\t' || *p == '\n' || *p == '\r')
			*p = ' ';
	return t;
}

/*
 * The issue numbers that SPEC's N stands for: a number, YYYY-MM-DD or
 * YYYY-MM-DD/P. Returns 0 with *nums (caller frees), or prints why not
 * and returns 1.
 */
static int
resolve_issues(struct store *s, const char *spec, int **nums, size_t *n)
{
	long v = number(spec);
	char *err = NULL;
	int count = 0;

	*nums = NULL;
	*n = 0;
	if (v >= 0) {
		if (store_issue_count(s, &count, &err) != 0)
			return store_error(NULL, err);
		if (v < 1 || v > count) {
			print_msg(stderr, "%s: no such issue", spec);
			return 1;
		}
		*nums = xmalloc(sizeof **nums);
		(*nums)[0] = (int)v;
		*n = 1;
		return 0;
	}
	if (store_find_issues(s, spec, 0, nums, n, &err) != 0)
		return store_error(NULL, err);
	if (*n == 0) {
		print_msg(stderr, "%s: no such issue", spec);
		free(*nums);
		*nums = NULL;
		return 1;
	}
	return 0;
}

int
cli_import(const char *db, int argc, char **argv)
{
	struct store *s;
	struct import_opts opts;
	struct import_stats st;
	char *err = NULL;
	int reclean = 0, first = 1, rc;

	if (argc > 1 && strcmp(argv[1], "--reclean") == 0) {
		reclean = 1;
		first = 2;
	}
	if (!reclean && argc < 2)
		return cli_usage_error("import needs a PATH");
	if ((s = open_store(db)) == NULL)
		return 1;
	if (store_readonly(s)) {
		print_msg(stderr, "%s: the library is read-only: nothing "
		    "imported", db);
		store_close(s);
		return 1;
	}
	opts.errors = stderr;
	opts.progress = isatty(STDERR_FILENO);
	if (reclean)
		rc = import_reclean(s, argv + first, (size_t)(argc - first), &opts,
		    &st, &err);
	else
		rc = import_paths(s, argv + first, (size_t)(argc - first), &opts,
		    &st, &err);
	if (rc != 0)
		return store_error(s, err);
	store_close(s);
	printf("imported %d, skipped %d, failed %d (%.1f MB in %.1f s)\n",
	    st.imported, st.skipped, st.failed, st.bytes / 1e6, st.seconds);
	if (getenv("LREADER_IMPORT_TIMES") != NULL)
		fprintf(stderr, "import times: reading thread cpu %.2f s "
		    "(system %.2f, segment %.2f, pack %.2f, %d files packed), "
		    "waited %.2f s; writing thread cpu %.2f s (system %.2f, "
		    "pack %.2f, commit %.2f), waited %.2f s\n", st.read_cpu,
		    st.read_sys, st.read_segment_cpu, st.read_pack_cpu,
		    st.packed_ahead, st.read_wait, st.write_cpu, st.write_sys,
		    st.write_pack_cpu, st.write_commit_cpu, st.write_wait);
	return st.failed > 0 ? 1 : 0;
}

/* Go on with a walk while stdout takes the rows: once a write failed,
 * main's finish reports it, and there is no point in reading on. */
static int
out_ok(void)
{
	return ferror(stdout) ? 1 : 0;
}

/* One `list` row (store_articles_each's callback). */
static int
print_row(void *ctx, const struct article_row *row)
{
	char *t = field(row->title), *line;

	(void)ctx;
	line = xasprintf("%lld\t%d\t%d\t%s\t%s\n", (long long)row->id,
	    row->issue, row->seq, article_kind_name(row->kind), t);
	put_text(line);
	free(line);
	free(t);
	return out_ok();
}

/* list and bookmarks: the articles of the issues in nums (NULL: all)
 * passing f, printed as they are read. */
static int
list_rows(struct store *s, const int *nums, size_t nn,
    const struct store_filter *f)
{
	size_t k;
	char *err = NULL;

	for (k = 0; k < (nums ? nn : 1) && !out_ok(); k++)
		if (store_articles_each(s, nums ? nums[k] : 0, f, print_row, NULL,
		    &err) < 0)
			return store_error(NULL, err);
	return 0;
}

int
cli_list(const char *db, int argc, char **argv)
{
	struct store *s;
	int *nums = NULL, rc;
	size_t nn = 0;
	const char *spec = NULL;

	if (argc == 3 && strcmp(argv[1], "--issue") == 0)
		spec = argv[2];
	else if (argc == 2 && strncmp(argv[1], "--issue=", 8) == 0)
		spec = argv[1] + 8;
	else if (argc != 1)
		return cli_usage_error("usage: lreader list [--issue N]");
	if ((s = open_store(db)) == NULL)
		return 1;
	rc = spec ? resolve_issues(s, spec, &nums, &nn) : 0;
	if (rc == 0)
		rc = list_rows(s, nums, nn, NULL);
	free(nums);
	store_close(s);
	return rc;
}

int
cli_bookmarks(const char *db, int argc, char **argv)
{
	struct store *s;
	struct store_filter f = { 0, 1, NULL };
	int rc;

	(void)argv;
	if (argc != 1)
		return cli_usage_error("usage: lreader bookmarks");
	if ((s = open_store(db)) == NULL)
		return 1;
	rc = list_rows(s, NULL, 0, &f);
	store_close(s);
	return rc;
}

/* The reader's text-width and ambiguous-width: the defaults as the
 * config file sets them (its bad lines are the interface's to report). */
static void
reader_settings(int *text_width, int *ambiguous)
{
	struct config c;
	char *path = config_path(), *err = NULL;
	int nbad = 0;

	config_init(&c);
	config_parse(&c, config_builtin(), "keys.conf", NULL);
	if (path != NULL && config_load(&c, path, NULL, &nbad, &err) != 0)
		free(err);
	*text_width = c.text_width;
	*ambiguous = c.ambiguous;
	free(path);
	config_free(&c);
}

/* Terminal columns of stdout, or 0. */
static int
terminal_width(void)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 0;
}

/* The rule between articles: export's text format and cat --follow. */
#define RULE "————————————————————\n"
/* Pieces cat --follow joins at most: a continuation of a continuation
 * is rare; a chain longer than a paper has pages is a loop of marks. */
#define FOLLOW_MAX 32

/* Append article id as cat prints it; 1 (printed) when it cannot. */
static int
cat_one(struct store *s, int64_t id, int width, int amb, struct buf *b)
{
	struct article *a = NULL;
	char *err = NULL;

	if (store_article(s, id, &a, &err) != 0)
		return store_error(NULL, err);
	if (a == NULL) {
		print_msg(stderr, "%lld: no such article", (long long)id);
		return 1;
	}
	if (render_text(b, a, width, amb, &err) != 0) {
		article_free(a);
		return store_error(NULL, err);
	}
	article_free(a);
	return 0;
}

/*
 * cat --follow (SPEC "Links between articles"): after the article, each
 * piece its 下转/转 marks lead to, and theirs, after a rule. A mark that
 * leads nowhere is said on stderr with the reason (exit 1); the rest is
 * printed all the same.
 */
static int
cat_follow(struct store *s, int64_t id, int width, int amb, struct buf *b)
{
	int64_t seen[FOLLOW_MAX];
	size_t nseen = 0, i, k, n;
	struct store_link *l;
	char *err = NULL;
	int rc = 0, dup;

	seen[nseen++] = id;
	for (k = 0; k < nseen; k++) {
		if (k > 0)
			buf_adds(b, RULE);
		if (cat_one(s, seen[k], width, amb, b) != 0)
			return 1;
		if (store_links(s, seen[k], &l, &n, &err) != 0)
			return store_error(NULL, err);
		for (i = 0; i < n; i++) {
			if (l[i].mark.kind != LINK_CONTINUES)
				continue;
			if (l[i].target == 0) {
				print_msg(stderr, "%lld: %s%d版: %s",
				    (long long)seen[k],
				    links_kind_name(l[i].mark.kind),
				    l[i].mark.page, l[i].reason);
				rc = 1;
				continue;
			}
			for (dup = 0; dup < (int)nseen; dup++)
				if (seen[dup] == l[i].target)
					break;
			if (dup == (int)nseen && nseen < FOLLOW_MAX)
				seen[nseen++] = l[i].target;
		}
		store_links_free(l, n);
	}
	return rc;
}

int
cli_cat(const char *db, int argc, char **argv)
{
	struct store *s;
	struct buf b;
	long id = -1, width = 0;
	int i, text_width, amb, follow = 0, rc;
	const char *usage = "usage: lreader cat ID [--width N] [--follow]";

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--width") == 0 && i + 1 < argc) {
			if ((width = number(argv[++i])) < 2 || width > 10000)
				return cli_usage_error("--width takes a number of cells "
				    "from 2 to 10000");
		} else if (strcmp(argv[i], "--follow") == 0) {
			follow = 1;
		} else if (id < 0 && (id = number(argv[i])) >= 0) {
			continue;
		} else {
			return cli_usage_error("%s", usage);
		}
	}
	if (id < 0)
		return cli_usage_error("%s", usage);
	reader_settings(&text_width, &amb);
	if (width == 0 && isatty(STDOUT_FILENO)) {
		int tw = terminal_width();
		width = tw > 0 && tw < text_width ? tw : text_width;
	}
	if ((s = open_store(db)) == NULL)
		return 1;
	buf_init(&b);
	buf_add(&b, "", 0);
	rc = follow ? cat_follow(s, id, (int)width, amb, &b) :
	    cat_one(s, id, (int)width, amb, &b);
	store_close(s);
	/* What was gathered is printed even when a mark led nowhere. */
	if (b.len > 0)
		put_text(b.data);
	buf_free(&b);
	return rc;
}

/* One `related` row: list's columns, then the date. */
static void
print_related(const struct related_row *r)
{
	char *t = field(r->title), *line;

	line = xasprintf("%lld\t%d\t%d\t%s\t%s\t%s\n", (long long)r->id,
	    r->issue, r->seq, article_kind_name(r->kind), t, r->date);
	put_text(line);
	free(line);
	free(t);
}

/* SPEC "related ID": the ten articles sharing the most rare terms. */
#define RELATED_SHOWN 10

int
cli_related(const char *db, int argc, char **argv)
{
	struct related_row *rows;
	struct store *s;
	char *err = NULL;
	size_t n, i;
	long id;

	if (argc != 2 || (id = number(argv[1])) < 0)
		return cli_usage_error("usage: lreader related ID");
	if ((s = open_store(db)) == NULL)
		return 1;
	if (store_related(s, id, RELATED_SHOWN, &rows, &n, &err) != 0)
		return store_error(s, err);
	store_close(s);
	for (i = 0; i < n; i++)
		print_related(&rows[i]);
	store_related_free(rows, n);
	return 0;
}

enum format { FORMAT_JSONL, FORMAT_TEXT, FORMAT_MARKDOWN };

/* What `export` carries from one article to the next: the rows come
 * in issue order, so each issue's row is read once. */
struct export_run {
	struct store *s;
	enum format fmt;
	int first;            /* no article written yet */
	int issue;            /* number of the issue in ir, 0: none */
	struct issue_row ir;  /* owned strings */
	int failed;           /* an error was printed */
};

/* One exported article (store_articles_each's callback): 0 to go on,
 * 1 to stop (stdout failed, or an error printed and x->failed set). */
static int
export_one(void *ctx, const struct article_row *row)
{
	struct export_run *x = ctx;
	struct article *a = NULL;
	struct render_meta m;
	struct buf b;
	char *err = NULL;
	int rc = 0;

	if (store_article(x->s, row->id, &a, &err) != 0) {
		store_error(NULL, err);
		x->failed = 1;
		return 1;
	}
	if (a == NULL)
		return 0;
	if (x->issue != row->issue) {
		free(x->ir.source);
		free(x->ir.lead);
		x->issue = 0;
		if (store_article_issue(x->s, row->id, &x->ir, &err) != 0) {
			article_free(a);
			store_error(NULL, err);
			x->failed = 1;
			return 1;
		}
		x->issue = row->issue;
	}
	buf_init(&b);
	buf_add(&b, "", 0);
	m.id = row->id;
	m.issue = x->ir.number;
	m.source = x->ir.source;
	m.date = x->ir.date;
	m.page = x->ir.page;
	m.seq = row->seq;
	if (x->fmt == FORMAT_JSONL) {
		render_jsonl(&b, a, &m);
	} else if (x->fmt == FORMAT_TEXT) {
		if (!x->first)
			buf_adds(&b, RULE);
		if (render_text(&b, a, 0, 1, &err) != 0) {
			store_error(NULL, err);
			x->failed = 1;
			rc = 1;
		}
	} else {
		if (!x->first)
			buf_addc(&b, '\n');
		render_markdown(&b, a);
	}
	if (rc == 0) {
		if (x->fmt == FORMAT_JSONL)
			fputs(b.data, stdout);
		else
			put_text(b.data);
		x->first = 0;
		rc = out_ok();
	}
	buf_free(&b);
	article_free(a);
	return rc;
}

int
cli_export(const char *db, int argc, char **argv)
{
	struct store *s;
	enum format fmt = FORMAT_JSONL;
	const char *spec = NULL;
	int *nums = NULL, rc = 0, i;
	size_t nn = 0, k;
	struct export_run x;
	char *err = NULL;

	for (i = 1; i < argc; i++) {
		const char *v = NULL;
		if ((strcmp(argv[i], "--issue") == 0 ||
		    strcmp(argv[i], "--format") == 0) && i + 1 < argc)
			v = argv[i + 1];
		if (v != NULL && strcmp(argv[i], "--issue") == 0) {
			spec = v;
			i++;
		} else if (v != NULL) {
			if (strcmp(v, "jsonl") == 0)
				fmt = FORMAT_JSONL;
			else if (strcmp(v, "text") == 0)
				fmt = FORMAT_TEXT;
			else if (strcmp(v, "markdown") == 0)
				fmt = FORMAT_MARKDOWN;
			else
				return cli_usage_error("unknown format '%s' (jsonl, "
				    "text or markdown)", v);
			i++;
		} else {
			return cli_usage_error("usage: lreader export [--issue N] "
			    "[--format jsonl|text|markdown]");
		}
	}
	if ((s = open_store(db)) == NULL)
		return 1;
	if (spec != NULL && (rc = resolve_issues(s, spec, &nums, &nn)) != 0) {
		store_close(s);
		return rc;
	}
	memset(&x, 0, sizeof x);
	x.s = s;
	x.fmt = fmt;
	x.first = 1;
	for (k = 0; k < (nums ? nn : 1) && rc == 0 && !out_ok(); k++) {
		if (store_articles_each(s, nums ? nums[k] : 0, NULL, export_one,
		    &x, &err) < 0)
			rc = store_error(NULL, err);
		else if (x.failed)
			rc = 1;
	}
	free(x.ir.source);
	free(x.ir.lead);
	free(nums);
	store_close(s);
	return rc;
}

/* One `search` line (store_search_each's callback); ctx points to
 * whether stdout is a terminal. */
static int
print_hit(void *ctx, const struct search_hit *hit)
{
	char *t = field(hit->title), *sn = field(hit->snippet), *line;

	if (*(const int *)ctx && hit->mark_len > 0) {
		/* The match in reverse video: marked without colour. Each
		 * piece is cleaned apart so the offsets still hold. */
		size_t ms = hit->mark_start, ml = hit->mark_len;
		char *pre = render_sanitize(xstrndup(sn, ms));
		char *mid = render_sanitize(xstrndup(sn + ms, ml));
		char *post = render_sanitize(xstrdup(sn + ms + ml));
		render_sanitize(t);
		printf("%lld\t%d\t%s\t%s\033[7m%s\033[27m%s\n",
		    (long long)hit->id, hit->issue, t, pre, mid, post);
		free(pre);
		free(mid);
		free(post);
	} else {
		line = xasprintf("%lld\t%d\t%s\t%s\n", (long long)hit->id,
		    hit->issue, t, sn);
		put_text(line);
		free(line);
	}
	free(t);
	free(sn);
	return out_ok();
}

#define SEARCH_USAGE "usage: lreader search [--limit N] [--count] QUERY"

int
cli_search(const char *db, int argc, char **argv)
{
	struct store *s;
	long limit = 0, count;
	const char *query = NULL;
	char *err = NULL;
	int tty = isatty(STDOUT_FILENO), only_count = 0, i, rc;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--limit") == 0 && i + 1 < argc) {
			if ((limit = number(argv[++i])) < 1)
				return cli_usage_error("--limit takes a positive number");
		} else if (strcmp(argv[i], "--count") == 0) {
			only_count = 1;
		} else if (query == NULL) {
			query = argv[i];
		} else {
			return cli_usage_error(SEARCH_USAGE);
		}
	}
	if (query == NULL)
		return cli_usage_error(SEARCH_USAGE);
	if ((s = open_store(db)) == NULL)
		return 1;
	if (store_read_once(s, &err) != 0)
		return store_error(s, err);
	if (only_count) {
		/* SPEC: the number of matching articles only; a limit does
		 * not cap it (it limits the lines printed, and none are). */
		if (store_search_count(s, query, &count, &err) != 0)
			return store_error(s, err);
		printf("%ld\n", count);
	} else {
		rc = store_search_each(s, query, (int)limit, print_hit, &tty, &err);
		if (rc < 0)
			return store_error(s, err);
	}
	store_close(s);
	return 0;
}

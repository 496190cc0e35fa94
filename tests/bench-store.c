/*
 * bench-store: time the store on a synthetic archive, without the
 * importer (`make bench`; not part of `make check`).
 *
 *   bench-store [-n PAGES] [-i] [-k] [-d DB] CORPUS_DIR
 *
 * Builds PAGES page issues (default 4000, four a day from 2015, shaped
 * like ../shared/tools/make-archive's: 3-7 articles of 3-9 paragraphs
 * drawn from the sentences of the .txt files in CORPUS_DIR), then times put_issue,
 * the first sidebar rows, filters and 1-, 2- and 5-character searches.
 * -i stops after the import (for profiling). DB defaults to a file in a
 * fresh temporary folder, removed afterwards unless -k.
 *
 *   bench-store -l DB [-w WIDTH] [-r RUNS]
 *
 * Layout alone (no store): the articles of DB's first LAYOUT_ISSUES
 * issues are read, then laid out at WIDTH columns (default 80) RUNS
 * times (default 5); prints the median in MB of article text a second
 * (make bench's layout row).
 *
 *   bench-store -x COMMAND [ARG...]
 *
 * Runs COMMAND (its output to /dev/null) and prints its peak resident
 * size in KiB, then its CPU seconds (user and system: a figure the
 * machine's other load moves far less than the wall clock); exits with
 * its status. A command forked from a large
 * process (the bench's python) has that process's resident size in its
 * ru_maxrss, which exec keeps (the kernel's figure is the process's, not
 * its program's): forked from this small one, the figure is the
 * command's own.
 */
#include <dirent.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "lreader/article.h"
#include "lreader/layout.h"
#include "lreader/store.h"
#include "lreader/util.h"

/* bench-store -x: run argv, print its peak resident size (KiB) and CPU
 * seconds. */
static int
run_peak(char **argv)
{
	struct rusage ru;
	pid_t pid;
	int status, fd;

	fflush(stdout);
	pid = fork();
	if (pid < 0) {
		perror("bench-store: fork");
		return 127;
	}
	if (pid == 0) {
		fd = open("/dev/null", O_WRONLY);
		if (fd >= 0) {
			dup2(fd, 1);
			dup2(fd, 2);
		}
		execvp(argv[0], argv);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) < 0 || getrusage(RUSAGE_CHILDREN, &ru) != 0) {
		perror("bench-store: waitpid");
		return 127;
	}
	printf("%ld %.3f\n", ru.ru_maxrss,
	    (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
	    (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

static char **sent;
static size_t nsent;
static uint64_t rng = 88172645463325252ULL;

static uint64_t
next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static int
between(int lo, int hi)
{
	return lo + (int)(next_rand() % (uint64_t)(hi - lo + 1));
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Sentences (ending in 。！？, white space removed, 8-120 characters)
 * of every .txt file in dir. */
static void
load_sentences(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	struct buf b, cur;
	char *path;
	FILE *f;
	int c;
	size_t len, chars;

	if (d == NULL) {
		perror(dir);
		exit(1);
	}
	buf_init(&cur);
	while ((e = readdir(d)) != NULL) {
		len = strlen(e->d_name);
		if (len < 4 || strcmp(e->d_name + len - 4, ".txt") != 0)
			continue;
		path = xasprintf("%s/%s", dir, e->d_name);
		f = fopen(path, "r");
		free(path);
		if (f == NULL)
			continue;
		buf_init(&b);
		while ((c = getc(f)) != EOF)
			if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
				buf_addc(&b, (char)c);
		fclose(f);
		buf_reset(&cur);
		for (len = 0; len < b.len; len++) {
			buf_addc(&cur, b.data[len]);
			if (cur.len >= 3 && (!strcmp(cur.data + cur.len - 3, "。")
			    || !strcmp(cur.data + cur.len - 3, "！") ||
			    !strcmp(cur.data + cur.len - 3, "？"))) {
				chars = utf8_count(cur.data);
				if (chars >= 8 && chars <= 120) {
					sent = xreallocarray(sent, nsent + 1,
					    sizeof *sent);
					sent[nsent++] = xstrdup(cur.data);
				}
				buf_reset(&cur);
			}
		}
		buf_free(&b);
	}
	buf_free(&cur);
	closedir(d);
	if (nsent == 0) {
		fprintf(stderr, "bench-store: no sentences in %s\n", dir);
		exit(1);
	}
}

/* The first n characters of s (or all of it). */
static char *
prefix_chars(const char *s, int n)
{
	size_t i = 0;
	uint32_t uc;

	while (s[i] != '\0' && n-- > 0)
		i += (size_t)utf8_next(s + i, strlen(s + i), &uc);
	return xstrndup(s, i);
}

/* Page k of the archive: its articles and its text. */
static void
make_page(int k, int m, int d, struct page *p, struct buf *text)
{
	static const char *const names[] = { "李雅萍", "王涛", "康桂芳",
	    "冯凯治", "王卫斌", "张娟娟", "刘华", "付永文" };
	struct article *a;
	struct buf para;
	int na = between(3, 7), i, j, s;

	buf_init(&para);
	buf_addf(text, "page %d\n", k);
	for (i = 0; i < na; i++) {
		a = article_new();
		article_set(&a->title, prefix_chars(sent[next_rand() % nsent],
		    between(10, 24)));
		article_set(&a->byline, xasprintf("本报记者 %s",
		    names[next_rand() % 8]));
		buf_addf(text, "%s\n", a->title);
		for (j = between(3, 9); j > 0; j--) {
			buf_reset(&para);
			buf_add(&para, "", 0);
			if (a->npara == 0)
				buf_addf(&para, "本报讯（记者 %s）%d月%d日，",
				    names[next_rand() % 8], m, d);
			for (s = between(2, 6); s > 0; s--)
				buf_adds(&para, sent[next_rand() % nsent]);
			buf_addf(text, "%s\n", para.data);
			article_add_para(a, PARA_TEXT, xstrdup(para.data));
		}
		page_add(p, a);
	}
	buf_free(&para);
}

static void
die(const char *what, char *err)
{
	fprintf(stderr, "bench-store: %s: %s\n", what, err ? err : "?");
	free(err);
	exit(1);
}

/* Put page k (date from its number, as make-archive does) into s. */
static size_t
put_page(struct store *s, int k, const char *date_override)
{
	int day = k / 4, y = 2015 + day / 336, m = 1 + (day / 28) % 12,
	    d = 1 + day % 28;
	struct page p = { NULL, 0 };
	struct buf text;
	struct issue_in in;
	enum store_put r;
	char date[48], *path, *err = NULL;
	size_t len;

	buf_init(&text);
	memset(&in, 0, sizeof in);
	make_page(k, m, d, &p, &text);
	snprintf(date, sizeof date, "%04d-%02d-%02d", y, m, d);
	path = xasprintf("/archive/%s/page-%d.txt", date, k % 4 + 1);
	in.source = path;
	in.path = path;
	in.text = text.data;
	in.date = date_override ? date_override : date;
	in.page = k % 4 + 1;
	in.cleaner = 1;
	in.page_articles = &p;
	if (store_put_issue(s, &in, &r, &err) < 0)
		die("put", err);
	len = text.len;
	buf_free(&text);
	page_free(&p);
	free(path);
	return len;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Time a search: the first run and the median of 20; *n hits. */
static void
time_search(struct store *s, const char *q, int limit)
{
	struct search_hit *h;
	double t[21], t0;
	size_t n = 0;
	int i;
	char *err = NULL;

	for (i = 0; i < 21; i++) {
		t0 = now();
		if (store_search(s, q, limit, &h, &n, &err) < 0)
			die("search", err);
		t[i] = (now() - t0) * 1e3;
		store_search_free(h, n);
	}
	qsort(t + 1, 20, sizeof *t, cmp_double);
	printf("search %-12s limit %-3d %6zu hits  first %7.2f ms  median "
	    "%7.2f ms\n", q, limit, n, t[0], t[10]);
}

/* Time store_issues(first 40) with a filter; median of 20. */
static void
time_sidebar(struct store *s, const char *name, const struct store_filter *f)
{
	struct issue_row *rows;
	double t[20], t0;
	size_t n = 0;
	int i;
	char *err = NULL;

	for (i = 0; i < 20; i++) {
		t0 = now();
		if (store_issues(s, f, 1, 40, &rows, &n, &err) < 0)
			die("issues", err);
		t[i] = (now() - t0) * 1e3;
		store_issue_rows_free(rows, n);
	}
	qsort(t, 20, sizeof *t, cmp_double);
	printf("sidebar first 40, %-22s %3zu rows  median %7.2f ms\n", name, n,
	    t[10]);
}

static off_t
file_size(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0 ? sb.st_size : 0;
}

/* Issues whose articles the layout figure lays out: enough text (a few
 * MB) for a stable time, read in well under a second. */
#define LAYOUT_ISSUES 200
#define LAYOUT_RUNS_MAX 99

/* The layout row: see the top. */
static int
bench_layout(const char *db, int width, int runs)
{
	struct store *s;
	struct article **a = NULL, *one;
	struct article_row *ar;
	struct layout l;
	size_t na = 0, n, i, j;
	double bytes = 0, t[LAYOUT_RUNS_MAX], t0;
	char *err = NULL;
	int k, r;

	if (store_open(db, &s, &err) < 0)
		die("open", err);
	for (k = 1; k <= LAYOUT_ISSUES; k++) {
		if (store_articles(s, k, NULL, &ar, &n, &err) < 0)
			die("articles", err);
		for (i = 0; i < n; i++) {
			if (store_article(s, ar[i].id, &one, &err) < 0)
				die("article", err);
			a = xreallocarray(a, na + 1, sizeof *a);
			a[na++] = one;
			bytes += (double)strlen(one->title);
			for (j = 0; j < one->npara; j++)
				bytes += (double)strlen(one->paras[j].text);
		}
		store_article_rows_free(ar, n);
	}
	store_close(s);
	for (r = 0; r < runs; r++) {
		t0 = now();
		for (i = 0; i < na; i++) {
			if (layout_article(a[i], width, 0, &l, &err) < 0)
				die("layout", err);
			layout_free(&l);
		}
		t[r] = now() - t0;
	}
	qsort(t, (size_t)runs, sizeof *t, cmp_double);
	printf("layout %d columns: %zu articles, %.2f MB, median of %d %.1f ms:"
	    " %.1f MB/s\n", width, na, bytes / 1e6, runs, t[runs / 2] * 1e3,
	    bytes / 1e6 / t[runs / 2]);
	for (i = 0; i < na; i++)
		article_free(a[i]);
	free(a);
	return 0;
}

int
main(int argc, char **argv)
{
	int pages = 4000, keep = 0, import_only = 0, c, k, i, narticles;
	int width = 80, runs = 5;
	const char *layout_db = NULL;
	char *db = NULL, *dir = NULL, *wal, *err = NULL, tmpl[] =
	    "/tmp/bench-store.XXXXXX";
	struct store_filter f = { 0, 0, NULL };
	struct store *s;
	struct issue_row *rows;
	size_t bytes = 0, n;
	double t0, t;

	if (argc > 2 && strcmp(argv[1], "-x") == 0)
		return run_peak(argv + 2);
	while ((c = getopt(argc, argv, "n:d:ikl:w:r:")) != -1)
		switch (c) {
		case 'l':
			layout_db = optarg;
			break;
		case 'w':
			width = atoi(optarg);
			break;
		case 'r':
			runs = atoi(optarg);
			break;
		case 'n':
			pages = atoi(optarg);
			break;
		case 'd':
			db = xstrdup(optarg);
			break;
		case 'k':
			keep = 1;
			break;
		case 'i':
			import_only = 1;
			break;
		default:
			fprintf(stderr, "usage: bench-store [-n PAGES] [-i] "
			    "[-k] [-d DB] CORPUS_DIR\n");
			return 2;
		}
	if (layout_db != NULL) {
		if (width < 10 || runs < 1 || runs > LAYOUT_RUNS_MAX) {
			fprintf(stderr, "usage: bench-store -l DB [-w WIDTH] "
			    "[-r RUNS]\n");
			return 2;
		}
		return bench_layout(layout_db, width, runs);
	}
	if (optind != argc - 1 || pages < 1) {
		fprintf(stderr, "usage: bench-store [-n PAGES] [-i] [-k] "
		    "[-d DB] CORPUS_DIR\n");
		return 2;
	}
	load_sentences(argv[optind]);
	if (db == NULL) {
		if ((dir = mkdtemp(tmpl)) == NULL) {
			perror("mkdtemp");
			return 1;
		}
		db = xasprintf("%s/library.db", dir);
	}
	if (store_open(db, &s, &err) < 0)
		die("open", err);
	/* BENCH_SQL: settings to try, e.g. "PRAGMA cache_size = -32000". */
	if (getenv("BENCH_SQL") != NULL &&
	    store_exec(s, getenv("BENCH_SQL"), &err) < 0)
		die("BENCH_SQL", err);

	t0 = now();
	for (k = 0; k < pages; k++) {
		if (k % 1000 == 0 && store_begin(s, &err) < 0)
			die("begin", err);
		bytes += put_page(s, k, NULL);
		if ((k % 1000 == 999 || k == pages - 1) &&
		    store_commit(s, &err) < 0)
			die("commit", err);
	}
	t = now() - t0;
	{
		struct article_row *ar;

		if (store_articles(s, 0, NULL, &ar, &n, &err) < 0)
			die("articles", err);
		narticles = (int)n;
		store_article_rows_free(ar, n);
	}
	wal = xasprintf("%s-wal", db);
	printf("import %d pages, %d articles, %.1f MB of text in %.2f s: "
	    "%.1f MB/s, %.0f pages/s\n", pages, narticles, bytes / 1e6, t,
	    bytes / 1e6 / t, pages / t);
	store_close(s);
	printf("library %.1f MB (%.2fx the text)\n", file_size(db) / 1e6,
	    (double)file_size(db) / (double)bytes);

	if (import_only)
		goto clean;
	t0 = now();
	if (store_open(db, &s, &err) < 0)
		die("open", err);
	if (store_issues(s, NULL, 1, 40, &rows, &n, &err) < 0)
		die("issues", err);
	store_issue_rows_free(rows, n);
	printf("open + first 40 sidebar rows: %.2f ms\n", (now() - t0) * 1e3);
	time_sidebar(s, "no filter", &f);
	f.unread_only = 1;
	time_sidebar(s, "unread", &f);
	f.unread_only = 0;
	f.bookmarks_only = 1;
	time_sidebar(s, "bookmarks (none)", &f);
	f.bookmarks_only = 0;
	f.text = "吕梁";
	time_sidebar(s, "text 吕梁", &f);
	f.text = "的";
	time_sidebar(s, "text 的", &f);

	time_search(s, "的", 20);
	time_search(s, "吕梁", 20);
	time_search(s, "大数据产业", 20);
	time_search(s, "转型", 20);
	time_search(s, "蹚", 20);
	time_search(s, "不存在的词", 20);
	time_search(s, "吕梁", 0);

	/* An issue older than all: every issue's number moves. */
	t0 = now();
	put_page(s, pages + 1, "2000-01-01");
	printf("put an older issue (renumbers all %d): %.2f ms\n", pages,
	    (now() - t0) * 1e3);
	t0 = now();
	put_page(s, pages + 2, NULL);
	printf("put one more issue at the end: %.2f ms\n", (now() - t0) * 1e3);
	time_sidebar(s, "after", NULL);
	store_close(s);
clean:
	if (!keep && dir != NULL) {
		unlink(db);
		unlink(wal);
		free(wal);
		wal = xasprintf("%s-shm", db);
		unlink(wal);
		rmdir(dir);
	} else
		printf("kept %s\n", db);
	free(wal);
	free(db);
	for (i = 0; i < (int)nsent; i++)
		free(sent[i]);
	free(sent);
	return 0;
}

/*
 * import: reads page files and folders, decodes and segments them, and
 * puts each as one issue into the store (SPEC "Command line: import",
 * "Identity and re-import"). Reports each failed file and goes on.
 */
/* realpath() is XSI; RUSAGE_THREAD (thread_sys) is GNU's, and its use
 * is skipped where it is missing. */
#define _XOPEN_SOURCE 700
#define _GNU_SOURCE

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "lreader/decode.h"
#include "lreader/import.h"
#include "lreader/issuedate.h"
#include "lreader/segment.h"
#include "lreader/util.h"

/*
 * Issues written in one transaction: fewer syncs, and still each issue
 * in a savepoint of its own. A commit writes what every batch changes
 * wherever it lands (each term's frequency and last postings row, the
 * pairs, the issues' numbers, the index's structure and the merges under
 * way) and copies it into the library at the checkpoint after it: 30
 * commits took 10.3 of the writing thread's 29 CPU seconds over 14,600
 * make-archive pages at 500 issues a batch, 8 commits 6.3 s at 2,000,
 * with the same peak memory (what a batch holds in memory is bounded
 * apart: PENDING_MAX, POST_HOLD_BYTES, DF_MAP_MAX, PAIR_HOLD_BYTES). The
 * cost is that another process sees an import's issues in steps of
 * 2,000, and that a batch lost to a full disk is done again one file at
 * a time.
 */
#define BATCH 2000

/* A folder's entry names (walk): owned. */
struct names {
	char **v;
	size_t n;
};

/*
 * The files to import, in order, front-coded: each path as the length
 * of what it shares with the one before (a varint) and the rest of it,
 * NUL-ended, in one pool. A path list walked from a folder is mostly
 * its prefix: kept one malloc'd copy a path (with its pointer), the
 * 14,600 paths of /work/bench/archive-14600 took 1.06 MB, held through
 * the whole import, 5 % of its 19.7 MiB peak (4,000 pages: 0.29 MB);
 * front-coded they take 12 bytes a path. Every FILES_RESTART-th path is
 * whole, and `at` says where it starts: files_get decodes at most
 * FILES_RESTART - 1 paths before the one asked for (a microsecond,
 * against a millisecond or two of work a page).
 */
#define FILES_RESTART 16

/* Restart offsets (struct files' at) are added this many at a time. */
#define FILES_AT_STEP 64

struct files {
	unsigned char *pool;   /* the coded paths */
	size_t npool, apool;
	size_t *at;            /* where path k * FILES_RESTART starts */
	size_t n;              /* paths */
	size_t longest;        /* bytes of the longest (files_get's buf) */
	char *last;            /* the path added last, whole */
	size_t alast;
};

struct run {
	const struct import_opts *opts;
	struct import_stats *st;
	struct timespec start;
	size_t done, total;
	int bar_shown;
	struct ahead *ahead;   /* files read ahead in a thread, or NULL */
};

static double
elapsed(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - t0->tv_sec) +
	    (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

/* This thread's CPU seconds so far (struct import_stats's times). */
static double
thread_cpu(void)
{
	struct timespec t;

	if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) != 0)
		return 0;
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* This thread's system CPU seconds so far (in the kernel: file writes
 * and reads, futex waits), where the system tells them (Linux). */
static double
thread_sys(void)
{
#ifdef RUSAGE_THREAD
	struct rusage ru;

	if (getrusage(RUSAGE_THREAD, &ru) == 0)
		return (double)ru.ru_stime.tv_sec +
		    (double)ru.ru_stime.tv_usec / 1e6;
#endif
	return 0;
}

static double
now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void
erase_bar(struct run *r)
{
	if (r->bar_shown && r->opts->errors != NULL) {
		fputs("\r\033[K", r->opts->errors);
		r->bar_shown = 0;
	}
}

/* SPEC import: on a terminal, after half a second, a progress bar. */
static void
draw_bar(struct run *r)
{
	double t = elapsed(&r->start);
	int filled, i;
	char bar[11];

	if (!r->opts->progress || r->opts->errors == NULL || t < 0.5 ||
	    r->total == 0)
		return;
	filled = (int)(10 * r->done / r->total);
	for (i = 0; i < 10; i++)
		bar[i] = i < filled ? '#' : '.';
	bar[10] = '\0';
	fprintf(r->opts->errors, "\r[%s] %zu/%zu files %.1f MB/s\033[K", bar,
	    r->done, r->total, r->st->bytes / 1e6 / (t > 0 ? t : 1));
	fflush(r->opts->errors);
	r->bar_shown = 1;
}

static void
report(struct run *r, const char *path, const char *reason)
{
	if (r->opts->errors == NULL)
		return;
	erase_bar(r);
	print_msg(r->opts->errors, "%s: %s", path, reason);
}

static void
add_name(struct names *f, const char *name)
{
	f->v = xreallocarray(f->v, f->n + 1, sizeof *f->v);
	f->v[f->n++] = xstrdup(name);
}

static void
pool_room(struct files *f, size_t k)
{
	if (f->npool + k > f->apool) {
		f->apool = f->apool ? 2 * f->apool : 4096;
		while (f->apool < f->npool + k)
			f->apool *= 2;
		f->pool = xrealloc(f->pool, f->apool);
	}
}

static void
add_file(struct files *f, const char *path)
{
	size_t len = strlen(path), shared = 0;

	if (f->n % FILES_RESTART == 0) {
		if (f->n / FILES_RESTART % FILES_AT_STEP == 0)
			f->at = xreallocarray(f->at,
			    f->n / FILES_RESTART + FILES_AT_STEP,
			    sizeof *f->at);
		f->at[f->n / FILES_RESTART] = f->npool;
	} else {
		while (path[shared] != '\0' && path[shared] == f->last[shared])
			shared++;
	}
	pool_room(f, VARINT_MAX + len - shared + 1);
	f->npool += varint_put(f->pool + f->npool, shared);
	memcpy(f->pool + f->npool, path + shared, len - shared + 1);
	f->npool += len - shared + 1;
	if (len + 1 > f->alast) {
		f->alast = len + 1;
		f->last = xrealloc(f->last, f->alast);
	}
	memcpy(f->last, path, len + 1);
	if (len > f->longest)
		f->longest = len;
	f->n++;
}

/* Path k of f into buf (room for f->longest + 1 bytes); buf. */
static char *
files_get(const struct files *f, size_t k, char *buf)
{
	const unsigned char *p = f->pool + f->at[k / FILES_RESTART];
	const unsigned char *end = f->pool + f->npool;
	size_t j, len;
	uint64_t shared;

	for (j = k - k % FILES_RESTART; j <= k; j++) {
		(void)varint_get(&p, end, &shared);   /* (add_file wrote it) */
		len = strlen((const char *)p);
		memcpy(buf + shared, p, len + 1);
		p += len + 1;
	}
	return buf;
}

/* A buffer for files_get: the caller frees it. */
static char *
files_buf(const struct files *f)
{
	return xmalloc(f->longest + 1);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
is_txt(const char *name)
{
	size_t n = strlen(name);

	return n > 4 && (strcmp(name + n - 4, ".txt") == 0 ||
	    strcmp(name + n - 4, ".TXT") == 0);
}

/* Folders already walked, by device and inode: a symlink to a folder
 * above (self -> ., up -> ..) would walk without end. */
struct seen {
	dev_t *dev;
	ino_t *ino;
	size_t n;
	size_t pages;   /* *.txt entries met, imported or refused */
	size_t again;   /* folders skipped as read already */
};

/* Whether sb's folder was walked before; records it if not. */
static int
seen_before(struct seen *v, const struct stat *sb)
{
	size_t i;

	for (i = 0; i < v->n; i++)
		if (v->dev[i] == sb->st_dev && v->ino[i] == sb->st_ino)
			return 1;
	v->dev = xreallocarray(v->dev, v->n + 1, sizeof *v->dev);
	v->ino = xreallocarray(v->ino, v->n + 1, sizeof *v->ino);
	v->dev[v->n] = sb->st_dev;
	v->ino[v->n++] = sb->st_ino;
	return 0;
}

/* What a path that is no regular file or folder is, for the message. */
static const char *
not_a_file(const struct stat *sb)
{
	if (S_ISFIFO(sb->st_mode))
		return "a FIFO, not a page file";
	if (S_ISSOCK(sb->st_mode))
		return "a socket, not a page file";
	if (S_ISCHR(sb->st_mode) || S_ISBLK(sb->st_mode))
		return "a device, not a page file";
	return "not a regular file";
}

static int walk(struct run *r, const char *dir, struct files *f,
    struct seen *seen);

/* One entry of a walked folder: a folder is walked, a *.txt file added,
 * a *.txt that is no regular file refused without being opened. */
static void
walk_entry(struct run *r, const char *p, const char *name, struct files *f,
    struct seen *seen)
{
	struct stat sb;

	if (is_txt(name))
		seen->pages++;
	if (stat(p, &sb) != 0) {
		/* A dangling symlink or an entry gone since: only a page
		 * file's name is worth a word. */
		if (is_txt(name)) {
			report(r, p, strerror(errno));
			r->st->failed++;
		}
	} else if (S_ISDIR(sb.st_mode)) {
		struct stat lsb;
		if (seen_before(seen, &sb)) {
			seen->again++;
			report(r, p, lstat(p, &lsb) == 0 && S_ISLNK(lsb.st_mode) ?
			    "folder already read (a symlink loop?): skipped" :
			    "folder already read: skipped");
		} else if (walk(r, p, f, seen) != 0) {
			report(r, p, strerror(errno));
			r->st->failed++;
		}
	} else if (is_txt(name)) {
		if (S_ISREG(sb.st_mode))
			add_file(f, p);
		else {
			report(r, p, not_a_file(&sb));
			r->st->failed++;
		}
	}
}

/* Every *.txt under dir, each folder's entries in name order, each folder
 * once. Returns 0, or -1 with errno set when dir cannot be read. */
static int
walk(struct run *r, const char *dir, struct files *f, struct seen *seen)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	struct names names = { NULL, 0 };
	size_t i;

	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.')
			add_name(&names, e->d_name);
	closedir(d);
	if (names.n > 1)   /* (never qsort the NULL of an empty folder) */
		qsort(names.v, names.n, sizeof *names.v, cmp_str);
	for (i = 0; i < names.n; i++) {
		char *p = xasprintf("%s%s%s", dir,
		    dir[strlen(dir) - 1] == '/' ? "" : "/", names.v[i]);
		walk_entry(r, p, names.v[i], f, seen);
		free(p);
		free(names.v[i]);
	}
	free(names.v);
	return 0;
}

static void
files_free(struct files *f)
{
	free(f->pool);
	free(f->at);
	free(f->last);
	memset(f, 0, sizeof *f);
}

/* The files named by paths; unreadable paths, special files and folders
 * with no page are reported and counted as failed. */
static void
collect(struct run *r, char **paths, size_t n, struct files *out)
{
	size_t i, before;
	struct stat sb;
	struct seen seen = { NULL, NULL, 0, 0, 0 };

	for (i = 0; i < n; i++) {
		if (stat(paths[i], &sb) != 0) {
			report(r, paths[i], strerror(errno));
			r->st->failed++;
		} else if (S_ISDIR(sb.st_mode)) {
			before = seen.pages + seen.again;
			if (seen_before(&seen, &sb)) {
				report(r, paths[i], "folder already read: skipped");
			} else if (walk(r, paths[i], out, &seen) != 0) {
				report(r, paths[i], strerror(errno));
				r->st->failed++;
			} else if (seen.pages + seen.again == before) {
				/* No page in it at all (one refused or read
				 * before was counted where it was met). */
				report(r, paths[i], "no .txt files");
				r->st->failed++;
			}
		} else if (!S_ISREG(sb.st_mode)) {
			/* Refused before it is opened: a FIFO would block, a
			 * device never end. */
			report(r, paths[i], not_a_file(&sb));
			r->st->failed++;
		} else {
			add_file(out, paths[i]);
		}
	}
	free(seen.dev);
	free(seen.ino);
}

/* Identity is the decoded text, and a final newline more or less is the
 * same page: the text is kept without trailing white space. In place. */
static char *
end_once(char *text)
{
	size_t n = strlen(text);

	while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == ' ' ||
	    text[n - 1] == '\t'))
		n--;
	text[n] = '\0';
	return text;
}

/* Store one segmented page (pg); returns -1 with *why set when the
 * library refused it. */
static int
store_page(struct store *s, const char *source, const char *canon,
    const char *text, const struct page *pg,
    const struct store_packed *packed, enum store_put *res, char **why)
{
	struct issue_in in;
	char date[11];
	int page;

	issuedate_parse(canon, date, &page);
	memset(&in, 0, sizeof in);
	in.source = source;
	in.path = canon;
	in.text = text;
	in.date = date;
	in.page = page;
	in.cleaner = IMPORT_CLEANER_VERSION;
	in.page_articles = pg;
	in.packed = packed;
	return store_put_issue(s, &in, res, why);
}

/* Decode, segment and store one page; returns -1 with *why set when the
 * file failed. */
static int
import_text(struct store *s, const char *source, const char *canon,
    const char *text, enum store_put *res, char **why)
{
	struct page pg = { NULL, 0 };
	int rc;

	if (segment_page(text, &pg, why) != 0)
		return -1;
	rc = store_page(s, source, canon, text, &pg, NULL, res, why);
	page_free(&pg);
	return rc;
}

/* What became of one file. */
enum outcome { OUT_FAILED, OUT_IMPORTED, OUT_SKIPPED };

/* How far reading a file got before it failed (struct ready). */
enum stage { ST_OK, ST_READ, ST_PATH, ST_PAGE };

/*
 * One file read, decoded and segmented, ready to be stored: everything
 * of a file's import but the library, so that it can be done ahead, in
 * another thread (struct ahead), while the library writes the file
 * before. Owns canon, text, why and pg.
 */
struct ready {
	enum stage stage;  /* ST_OK, or where it failed */
	int errnum;        /* ST_READ, ST_PATH: the errno */
	char *why;         /* ST_PAGE: why decoding or segmenting refused it */
	size_t len;        /* bytes read */
	size_t nbad;       /* bad UTF-8 sequences replaced */
	char *canon;       /* its canonical path */
	char *text;        /* the decoded text, trailing white space cut
	                      (NULL once packed: shed) */
	struct page pg;    /* its articles */
	struct store_packed *packed;  /* text and paragraphs compressed, or
	                                 NULL (the library compresses them) */
	double segment_cpu;  /* CPU seconds segment_page took */
	int pack_tried;      /* store_pack was tried (and failed, when
	                        packed is NULL) */
};

static void
ready_free(struct ready *rd)
{
	free(rd->why);
	free(rd->canon);
	free(rd->text);
	page_free(&rd->pg);
	store_packed_free(rd->packed);
	memset(rd, 0, sizeof *rd);
}

/*
 * Free what the store no longer reads of rd once it is packed (struct
 * issue_in): its text and its articles' paragraphs, about half of what a
 * file waiting in the queue held (make-archive pages: 21 KB of text, 42
 * KB of articles, 54 KB packed), so that twice as many files wait in the
 * same memory (AHEAD).
 */
static void
shed(struct ready *rd)
{
	size_t i, j;
	struct article *a;

	free(rd->text);
	rd->text = NULL;
	for (i = 0; i < rd->pg.n; i++) {
		a = rd->pg.articles[i];
		for (j = 0; j < a->npara; j++)
			free(a->paras[j].text);
		free(a->paras);
		a->paras = NULL;
		a->npara = 0;
	}
}

/* Read, decode and segment path into rd (zeroed here). Touches nothing
 * shared: it runs in the reading thread. (The bytes read are the text
 * when decoding leaves them as they are: decode_page_take.) */
static void
prepare(const char *path, struct ready *rd)
{
	char *bytes, canon[PATH_MAX];

	memset(rd, 0, sizeof *rd);
	if ((bytes = read_file_max(path, IMPORT_PAGE_MAX, &rd->len)) == NULL) {
		rd->stage = ST_READ;
		rd->errnum = errno;
		return;
	}
	if (realpath(path, canon) == NULL) {
		rd->stage = ST_PATH;
		rd->errnum = errno;
		free(bytes);
	} else if (decode_page_take(bytes, rd->len, &rd->text, &rd->nbad,
	    &rd->why) != 0) {
		rd->stage = ST_PAGE;
	} else {
		double t0 = thread_cpu();
		if (segment_page(end_once(rd->text), &rd->pg, &rd->why) != 0)
			rd->stage = ST_PAGE;
		else
			rd->canon = xstrdup(canon);
		rd->segment_cpu = thread_cpu() - t0;
	}
}

/* Pack rd in the importing thread: the reading thread left it to this
 * one (PACK_AHEAD_MIN), or could not (zlib out of memory: then the
 * store packs it, as it packs a page read here). The same store_pack,
 * so the same rows, whichever thread packs. */
static void
pack_here(struct run *r, struct ready *rd)
{
	char *why = NULL;
	double t0 = thread_cpu();

	if (store_pack(rd->text, &rd->pg, &rd->packed, &why) != 0) {
		free(why);
		rd->packed = NULL;
	}
	r->st->write_pack_cpu += thread_cpu() - t0;
}

/* Store the file that rd was made of (and report it when it failed);
 * frees rd. */
static enum outcome
finish(struct store *s, struct run *r, const char *path, struct ready *rd)
{
	enum store_put res;
	enum outcome out = OUT_FAILED;
	char *why = NULL;

	if (rd->stage == ST_READ) {
		report(r, path, rd->errnum == EFBIG ? "page too large (over "
		    IMPORT_PAGE_MAX_TEXT ")" : rd->errnum == EINVAL ?
		    "not a regular file" : strerror(rd->errnum));
		ready_free(rd);
		return OUT_FAILED;
	}
	r->st->bytes += (double)rd->len;
	if (rd->stage == ST_OK && rd->packed == NULL)
		pack_here(r, rd);
	if (rd->stage == ST_PATH) {
		report(r, path, strerror(rd->errnum));
	} else if (rd->stage == ST_PAGE) {
		report(r, path, rd->why ? rd->why : "cannot import");
	} else if (store_page(s, path, rd->canon, rd->text, &rd->pg,
	    rd->packed, &res, &why) != 0) {
		report(r, path, why ? why : "cannot import");
	} else {
		if (rd->nbad > 0) {
			char *w = xasprintf("%zu bad sequences replaced",
			    rd->nbad);
			report(r, path, w);
			free(w);
		}
		out = res == STORE_SKIPPED ? OUT_SKIPPED : OUT_IMPORTED;
	}
	free(why);
	ready_free(rd);
	return out;
}

/*
 * The reading thread: files prepared in order, up to AHEAD of the one
 * the library writes. Reading, decoding and segmenting a page and
 * writing it to the library take about the same time (4,000
 * make-archive pages: about 1.2 ms a page each, and 0.35 ms more of
 * zlib), so on two cores each waits little for the other. The library
 * is touched by the importing thread alone, in file order, so a batch
 * and a file's rollback are as they were.
 *
 * The reading thread also does the rest of a file's work that needs no
 * library (store_pack: zlib, the link terms, the index rows' folding)
 * when the writer is the slower (PACK_AHEAD_MIN), else the writer does
 * it (pack_here). Once the writer was the slower by far (4,000
 * make-archive pages: its CPU 12.0 s against the reader's 7.6 s), and
 * leaving the packing to it whenever fewer than 4 files waited made it
 * compress 70 % of the pages; at stop 37 the reader was the slower
 * (6.3 s against 4.6 s, the writer waiting 6.6-7.8 s of a 20-23 s
 * import on a loaded machine), so the split follows the waits.
 *
 * The writer works in bursts: a page's rows take little time, but every
 * PENDING_MAX bytes of index text (about 45 make-archive pages) it
 * writes them all at once (flush_pending), for longer than the reader
 * takes to fill a short queue. With 8 files ahead the reader then sat
 * idle through each flush and fell behind after it, so the writer
 * compressed 83 % of the pages itself and waited 2.6 s for the reader
 * (4,000 make-archive pages). AHEAD covers a flush: at 32 the writer
 * waits 0.1 s and the reader compresses 86 % of the pages, for 2.5 MB
 * more memory (64: 0.02 s and 99 %, but 6 MB more). 16 kept the
 * import under 20 MB with the postings sign_pending holds (POST_HOLD_BYTES)
 * at the 14,600-page archive: 19.3 MB (24: 20.1 MB); with the folded
 * index rows packed ahead too, 18.6-19.6 MB over four runs (8: 17.9 MB,
 * but the reader then stalls through more of each flush).
 *
 * A packed file waits without its text and paragraphs (shed), about
 * half the memory, and 32 files wait in little more than 16 took
 * before: 4,000 make-archive pages, three runs each on a busy machine,
 * 16 files unshed, 32 and 48 shed: the reader waited 4.3-5.0 s, 1.8-3.0
 * s and 0.9-1.3 s, the writer 6.9-7.1, 3.5-4.8 and 3.3-4.0 s; the import
 * took 19.6, 16.2 and 18.9 s (medians; the machine's load swings more
 * than 48 gains on 32); peak memory 17.6-17.9, 17.9-18.2 and 18.7-18.8
 * MB. At the 14,600-page archive 16 unshed peaked at 19.0 MB, 48 shed
 * at 19.8 MB, too near 20.
 */
#define AHEAD 32
/* ... and no more than this many bytes of page files waiting, beyond
 * one file: a page may be up to IMPORT_PAGE_MAX. A packed file waiting
 * holds about three times its bytes (its compressed copies, index rows
 * and link terms, and its articles' titles: make-archive pages), so 1 MB
 * holds at most about 3 MB of large pages, and leaves the 32 files of
 * make-archive's pages (21 KB, at most 42 KB) nearly alone. */
#define AHEAD_BYTES (1024u << 10)
/* Fewer files than this are read in the importing thread alone: a
 * thread for a page or two costs more than it wins. */
#define AHEAD_MIN_FILES 4
/*
 * The reading thread packs a file (store_pack) when at least this many
 * files wait ready for the writer, or when it has waited for room longer
 * than the writer has waited for files (ahead_run); else it hands the
 * file on as it is, and the writer packs it (pack_here) while the reader
 * segments the next. Whichever thread is the slower then does less. The
 * waits, and not the queue alone: the writer works in bursts (a flush,
 * a commit), and between them it empties the queue even when it is the
 * slower. With the queue alone (4,000 make-archive pages, loaded
 * machine) the writer packed half the files and ended the busier
 * (reader CPU 3.6-4.3 s, writer 4.5-5.2 s, the reader waiting 1.2-2.3
 * s for room). Reader packing every file: 4.8-6.3 s against 3.4-4.7 s.
 * The 14,600-page archive, alternating with round37's binary: 17.8,
 * 18.8, 18.9 s against 20.4-22.5 s on a quiet machine (the reader packs
 * 64-70 % of the files); with other work running 21.5-25.5 s against
 * 21.6-23.2 s, both threads' CPU then up by a fifth.
 * And when the reader finds no room it packs a file waiting unpacked
 * instead of waiting (ahead_steal). Files waiting unpacked hold their
 * text and paragraphs (not shed): about PACK_AHEAD_MIN of them.
 */
#define PACK_AHEAD_MIN 8

struct ahead {
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	const struct files *f;     /* the files (the importer's) */
	size_t n;
	char *path;                /* the thread's files_get buffer */
	struct ready slot[AHEAD];  /* file k in slot[k % AHEAD] */
	size_t made;               /* files prepared: [0, made) */
	size_t next;               /* the first file still to be taken */
	size_t bytes;              /* bytes read of [next, made) */
	size_t busy;               /* the file the thread packs in its
	                              slot (ahead_steal), or NOT_BUSY */
	int stop;                  /* set: the thread ends */
	/* Set by the thread, read after it ended (struct import_stats). */
	double cpu, sys, segment_cpu, pack_cpu, wait;
	int packed;
	double take_wait;          /* the importer's wait for a file */
};

#define NOT_BUSY ((size_t)-1)

/* Pack rd (prepared, not packed yet) and shed what packing leaves
 * unread; in the reading thread. */
static void
ahead_pack(struct ahead *a, struct ready *rd)
{
	char *why = NULL;
	double t0 = thread_cpu();

	rd->pack_tried = 1;
	/* Out of memory in zlib: the writer compresses it itself. */
	if (store_pack(rd->text, &rd->pg, &rd->packed, &why) != 0) {
		free(why);
		rd->packed = NULL;
	} else {
		a->packed++;
		shed(rd);
	}
	a->pack_cpu += thread_cpu() - t0;
}

/*
 * With no room ahead (the writer is behind: in a flush, or committing),
 * pack a file waiting unpacked instead of waiting: the newest, which the
 * writer takes last. Called and returns with a->mu held; 0 when no file
 * waits unpacked. The writer waits for a file being packed (ahead_take).
 */
static int
ahead_steal(struct ahead *a)
{
	size_t j;
	struct ready *rd = NULL;

	for (j = a->made; rd == NULL && j-- > a->next + 1;)
		if (a->slot[j % AHEAD].stage == ST_OK &&
		    !a->slot[j % AHEAD].pack_tried)
			rd = &a->slot[j % AHEAD];
	if (rd == NULL)
		return 0;
	a->busy = j;
	pthread_mutex_unlock(&a->mu);
	ahead_pack(a, rd);
	pthread_mutex_lock(&a->mu);
	a->busy = NOT_BUSY;
	pthread_cond_broadcast(&a->cv);
	return 1;
}

static void *
ahead_run(void *arg)
{
	struct ahead *a = arg;
	struct ready rd;
	size_t k;
	int pack;
	double t0, cpu0 = thread_cpu(), sys0 = thread_sys();

	pthread_mutex_lock(&a->mu);
	for (;;) {
		t0 = now();
		while (!a->stop && a->made < a->n && (a->made >= a->next +
		    AHEAD || (a->made > a->next && a->bytes >= AHEAD_BYTES)))
			if (!ahead_steal(a))
				pthread_cond_wait(&a->cv, &a->mu);
		a->wait += now() - t0;
		if (a->stop || a->made >= a->n)
			break;
		k = a->made;
		/* Pack here when files wait, or when this thread has
		 * waited for room longer than the writer for files: the
		 * writer works in bursts (a flush, a commit), and the queue
		 * is short between them even when the writer is the slower. */
		pack = a->made - a->next >= PACK_AHEAD_MIN ||
		    a->wait > a->take_wait;
		pthread_mutex_unlock(&a->mu);
		prepare(files_get(a->f, k, a->path), &rd);
		a->segment_cpu += rd.segment_cpu;
		if (rd.stage == ST_OK && pack)
			ahead_pack(a, &rd);
		pthread_mutex_lock(&a->mu);
		if (k >= a->next) {
			a->slot[k % AHEAD] = rd;
			a->bytes += rd.len;
		} else {
			ready_free(&rd);   /* done without it (alone) */
		}
		a->made = k + 1;
		pthread_cond_broadcast(&a->cv);
	}
	pthread_mutex_unlock(&a->mu);
	a->cpu = thread_cpu() - cpu0;
	a->sys = thread_sys() - sys0;
	return NULL;
}

/* Start reading the files of f ahead; 0, or -1 when no thread could
 * start (then files are read as they are imported). */
static int
ahead_start(struct ahead *a, const struct files *f)
{
	memset(a, 0, sizeof *a);
	a->f = f;
	a->n = f->n;
	a->busy = NOT_BUSY;
	if (a->n < AHEAD_MIN_FILES || pthread_mutex_init(&a->mu, NULL) != 0)
		return -1;
	if (pthread_cond_init(&a->cv, NULL) != 0) {
		pthread_mutex_destroy(&a->mu);
		return -1;
	}
	segment_init();
	a->path = files_buf(f);
	if (pthread_create(&a->thread, NULL, ahead_run, a) != 0) {
		free(a->path);
		pthread_cond_destroy(&a->cv);
		pthread_mutex_destroy(&a->mu);
		return -1;
	}
	return 0;
}

/* File k, prepared (moved into *rd); files before k not taken yet (those
 * done alone after a failed batch) are dropped. k never goes back. */
static void
ahead_take(struct ahead *a, size_t k, struct ready *rd)
{
	size_t j;
	double t0;

	pthread_mutex_lock(&a->mu);
	t0 = now();
	/* (a file the thread packs stays in its slot until it is done) */
	while (a->busy != NOT_BUSY && a->busy >= a->next && a->busy <= k)
		pthread_cond_wait(&a->cv, &a->mu);
	for (j = a->next; j < k && j < a->made; j++) {
		a->bytes -= a->slot[j % AHEAD].len;
		ready_free(&a->slot[j % AHEAD]);
	}
	if (k > a->next)
		a->next = k;
	pthread_cond_broadcast(&a->cv);
	while (a->made <= k)
		pthread_cond_wait(&a->cv, &a->mu);
	a->take_wait += now() - t0;
	*rd = a->slot[k % AHEAD];
	a->bytes -= rd->len;
	memset(&a->slot[k % AHEAD], 0, sizeof *rd);
	a->next = k + 1;
	pthread_cond_broadcast(&a->cv);
	pthread_mutex_unlock(&a->mu);
}

/* Stop the thread and drop what it prepared that was not taken. */
static void
ahead_stop(struct ahead *a)
{
	size_t j;

	pthread_mutex_lock(&a->mu);
	a->stop = 1;
	pthread_cond_broadcast(&a->cv);
	pthread_mutex_unlock(&a->mu);
	pthread_join(a->thread, NULL);
	for (j = a->next; j < a->made; j++)
		ready_free(&a->slot[j % AHEAD]);
	free(a->path);
	pthread_cond_destroy(&a->cv);
	pthread_mutex_destroy(&a->mu);
}

/* Import file k of f (path: a files_buf): prepared ahead when
 * r->ahead, else here. */
static enum outcome
import_one(struct store *s, struct run *r, const struct files *f,
    size_t k, char *path)
{
	struct ready rd;

	files_get(f, k, path);
	if (r->ahead != NULL)
		ahead_take(r->ahead, k, &rd);
	else
		prepare(path, &rd);
	return finish(s, r, path, &rd);
}

static void
count(struct import_stats *st, enum outcome o, int by)
{
	if (o == OUT_IMPORTED)
		st->imported += by;
	else if (o == OUT_SKIPPED)
		st->skipped += by;
	else
		st->failed += by;
}

/* Files [from, to) in one transaction. Returns 0, or -1 when the
 * transaction could not begin, was lost or could not commit: then
 * nothing of it is stored, and only the files that failed on their own
 * (reported, out[] OUT_FAILED) stay counted; out[] of the others is
 * OUT_IMPORTED, "to do again". more: another batch follows, which
 * leaves the index's last merge to the last (store_commit_more). */
static int
batch(struct store *s, struct run *r, const struct files *f, char *path,
    size_t from, size_t to, int more, enum outcome *out)
{
	size_t i, k;
	char *err = NULL;
	double bytes = r->st->bytes;

	for (k = from; k < to; k++)
		out[k] = OUT_IMPORTED;
	if (store_begin(s, &err) != 0) {
		free(err);
		return -1;
	}
	for (i = from; i < to; i++) {
		out[i] = import_one(s, r, f, i, path);
		count(r->st, out[i], 1);
		r->done = i + 1;
		draw_bar(r);
		if (!store_batch_alive(s)) {
			i++;
			break;
		}
	}
	if (i == to && store_batch_alive(s)) {
		double t0 = thread_cpu();
		int rc = more ? store_commit_more(s, &err) :
		    store_commit(s, &err);
		r->st->write_commit_cpu += thread_cpu() - t0;
		if (rc == 0)
			return 0;
	}
	free(err);
	store_rollback(s);
	r->st->bytes = bytes;   /* they are read again */
	/* Undo the counts of what the rollback took back. */
	for (k = from; k < i; k++)
		if (out[k] != OUT_FAILED) {
			count(r->st, out[k], -1);
			out[k] = OUT_IMPORTED;
		}
	return -1;
}

/* One file in a transaction of its own, after its batch failed; a
 * library error is reported against the file. Returns NULL, or, when no
 * transaction could begin (the library unusable or locked past a
 * minute), that error (caller frees) for the batch's other files. */
static char *
alone(struct store *s, struct run *r, const char *path)
{
	char *err = NULL;
	struct ready rd;
	enum outcome o;

	if (store_begin(s, &err) != 0) {
		if (err == NULL)
			err = xstrdup("library error");
		report(r, path, err);
		r->st->failed++;
		return err;
	}
	prepare(path, &rd);
	o = finish(s, r, path, &rd);
	if (!store_batch_alive(s) || store_commit(s, &err) != 0) {
		store_rollback(s);
		if (o != OUT_FAILED) {
			char *w = xasprintf("not stored: %s", err ? err :
			    "the library's transaction was rolled back");
			report(r, path, w);
			free(w);
		}
		o = OUT_FAILED;
	}
	free(err);
	count(r->st, o, 1);
	return NULL;
}

int
import_paths(struct store *s, char **paths, size_t n,
    const struct import_opts *opts, struct import_stats *stats, char **err)
{
	struct files f;
	struct ahead ahead;
	struct run r;
	enum outcome *out;
	size_t i, j, to;
	char *down = NULL;   /* why the library took no transaction */
	char *path;          /* a file's path (files_get) */
	double cpu0 = thread_cpu(), sys0 = thread_sys();

	(void)err;
	memset(stats, 0, sizeof *stats);
	memset(&r, 0, sizeof r);
	r.opts = opts;
	r.st = stats;
	clock_gettime(CLOCK_MONOTONIC, &r.start);
	memset(&f, 0, sizeof f);
	collect(&r, paths, n, &f);
	r.total = f.n;
	out = xcalloc(f.n + 1, sizeof *out);
	path = files_buf(&f);
	if (ahead_start(&ahead, &f) == 0)
		r.ahead = &ahead;
	for (i = 0; i < f.n; i = to) {
		to = i + BATCH < f.n ? i + BATCH : f.n;
		if (batch(s, &r, &f, path, i, to, to < f.n, out) == 0)
			continue;
		/* The batch failed as a whole (a full disk, an I/O error, a
		 * lock held too long): each file again on its own, so each
		 * is stored or named with the reason. */
		for (j = i; j < to; j++) {
			if (out[j] == OUT_FAILED)
				continue;
			files_get(&f, j, path);
			if (down == NULL) {
				down = alone(s, &r, path);
			} else {
				/* Waited a minute once already: the rest of
				 * the batch is named with the same reason. */
				report(&r, path, down);
				stats->failed++;
			}
			r.done = j + 1;
			draw_bar(&r);
		}
		free(down);
		down = NULL;
	}
	stats->write_cpu = thread_cpu() - cpu0;
	stats->write_sys = thread_sys() - sys0;
	if (r.ahead != NULL) {
		ahead_stop(r.ahead);
		stats->read_cpu = ahead.cpu;
		stats->read_sys = ahead.sys;
		stats->read_segment_cpu = ahead.segment_cpu;
		stats->read_pack_cpu = ahead.pack_cpu;
		stats->read_wait = ahead.wait;
		stats->packed_ahead = ahead.packed;
		stats->write_wait = ahead.take_wait;
	}
	erase_bar(&r);
	stats->seconds = elapsed(&r.start);
	free(out);
	free(path);
	files_free(&f);
	return 0;
}

int
import_reclean(struct store *s, char **paths, size_t n,
    const struct import_opts *opts, struct import_stats *stats, char **err)
{
	struct reclean_item *items = NULL;
	size_t count = 0, i;
	char **prefixes = xcalloc(n ? n : 1, sizeof *prefixes);
	struct run r;
	int rc;

	memset(stats, 0, sizeof *stats);
	memset(&r, 0, sizeof r);
	r.opts = opts;
	r.st = stats;
	clock_gettime(CLOCK_MONOTONIC, &r.start);
	for (i = 0; i < n; i++) {
		char canon[PATH_MAX];
		prefixes[i] = xstrdup(realpath(paths[i], canon) ? canon : paths[i]);
	}
	rc = store_reclean_list(s, IMPORT_CLEANER_VERSION, prefixes, n, &items,
	    &count, err);
	r.total = count;
	if (rc == 0 && count > 0)
		rc = store_begin(s, err);
	for (i = 0; i < count && rc == 0; i++) {
		enum store_put res;
		char *why = NULL;
		stats->bytes += (double)strlen(items[i].text);
		if (import_text(s, items[i].source, items[i].path, items[i].text,
		    &res, &why) != 0) {
			report(&r, items[i].source, why ? why : "cannot reclean");
			stats->failed++;
		} else {
			stats->imported++;
		}
		free(why);
		r.done = i + 1;
		draw_bar(&r);
	}
	if (rc == 0 && count > 0)
		rc = store_commit(s, err);
	else if (rc != 0)
		store_rollback(s);
	erase_bar(&r);
	stats->seconds = elapsed(&r.start);
	store_reclean_free(items, count);
	for (i = 0; i < n; i++)
		free(prefixes[i]);
	free(prefixes);
	return rc;
}

int
import_bundled(struct store *s, int *n, char **err)
{
	const char *dd = getenv("LREADER_DATADIR");
	char *dir = xasprintf("%s/issues", dd && *dd ? dd : PKGDATADIR);
	struct import_opts opts = { NULL, 0 };
	struct import_stats st;
	int rc;

	rc = import_paths(s, &dir, 1, &opts, &st, err);
	*n = st.imported;
	free(dir);
	return rc;
}

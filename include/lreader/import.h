/*
 * import: reads page files and folders, decodes and cleans them, and puts
 * each as one issue into the store (SPEC "Command line: import",
 * "Identity and re-import").
 */
#ifndef LREADER_IMPORT_H
#define LREADER_IMPORT_H

#include <stddef.h>
#include <stdio.h>
#include "lreader/store.h"

/* Version of the cleaning rules; bump when the importer changes what it
 * makes of a page, so that `import --reclean` rebuilds older issues.
 * 2: the scored segmenter and the cleaning of work item 9. */
#define IMPORT_CLEANER_VERSION 2

/*
 * The largest page file imported (SPEC "Limits"): a printed page's dump
 * is well under 1 MB, so a larger file is no page and is refused (`page
 * too large`), read no further than this. Segmenting one takes about 20
 * bytes of memory a byte of page at worst (a page of one line).
 */
#define IMPORT_PAGE_MAX (16u << 20)
#define IMPORT_PAGE_MAX_TEXT "16 MB"

struct import_stats {
	int imported, skipped, failed;
	double bytes;    /* bytes of files read */
	double seconds;
	/* Where the time went, in CPU seconds of each thread and seconds
	 * each waited on the other (`lreader import` prints them when
	 * LREADER_IMPORT_TIMES is set): the reading thread's decoding and
	 * segmenting, its compressing, its wait for room ahead; the writing
	 * thread's storing (and compressing what came unpacked), committing,
	 * its wait for a file; of each thread's CPU, the part in the kernel
	 * (_sys, Linux only). The reading thread's all 0 when none ran. */
	double read_cpu, read_sys, read_segment_cpu, read_pack_cpu, read_wait;
	double write_cpu, write_sys, write_commit_cpu, write_wait;
	double write_pack_cpu;   /* the writer's store_pack of files left
	                            to it (PACK_AHEAD_MIN, import.c) */
	int packed_ahead;   /* files compressed by the reading thread */
};

struct import_opts {
	FILE *errors;     /* where "lreader: FILE: reason" lines go (stderr) */
	int progress;     /* draw the progress bar on `errors` (a terminal) */
};

/*
 * Import PATHs (files, or folders searched recursively for *.txt, the
 * files of one folder in name order, each folder once). Every failure is
 * reported to opts->errors and counted; the others are still imported.
 * Files go in batches of one transaction; a batch the library fails (a
 * full disk, an I/O error, a lock held past a minute) is rolled back and
 * its files tried again one by one, so each is stored or reported with
 * the reason. Every file ends counted as imported, skipped or failed.
 * Returns 0 (err is kept for the interface's sake: never set).
 */
int import_paths(struct store *s, char **paths, size_t n,
    const struct import_opts *opts, struct import_stats *stats, char **err);

/* Rebuild issues cleaned by an older version from their stored text. */
int import_reclean(struct store *s, char **paths, size_t n,
    const struct import_opts *opts, struct import_stats *stats, char **err);

/*
 * The first-run import of the interface: the bundled issues from
 * $LREADER_DATADIR/issues, else PKGDATADIR/issues. Errors are quiet
 * (opts->errors may be NULL). Returns 0 with *n issues imported, or -1.
 */
int import_bundled(struct store *s, int *n, char **err);

#endif

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
 * makes of a page, so that `import --reclean` rebuilds older issues. */
#define IMPORT_CLEANER_VERSION 1

struct import_stats {
	int imported, skipped, failed;
	double bytes;    /* bytes of files read */
	double seconds;
};

struct import_opts {
	FILE *errors;     /* where "lreader: FILE: reason" lines go (stderr) */
	int progress;     /* draw the progress bar on `errors` (a terminal) */
};

/*
 * Import PATHs (files, or folders searched recursively for *.txt, the
 * files of one folder in name order). Every failure is reported to
 * opts->errors and counted; the others are still imported. Returns 0, or
 * -1 with *err set when the library itself failed (then stats are those
 * stored so far).
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

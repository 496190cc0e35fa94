/*
 * main: parse the global options and the command, and hand over to one
 * cli_* function or to the interface.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "lreader/cli.h"
#include "lreader/help.h"
#include "lreader/store.h"
#include "lreader/ui.h"

struct command {
	const char *name;
	int (*run)(const char *db, int argc, char **argv);
};

static const struct command commands[] = {
	{ "import", cli_import },
	{ "list", cli_list },
	{ "cat", cli_cat },
	{ "export", cli_export },
	{ "search", cli_search },
	{ "bookmarks", cli_bookmarks },
	{ "related", cli_related },
};

/*
 * A command's exit status once its output is out: a write that failed
 * (a full disk, a closed pipe) or a failed close makes a truncated
 * export look like success unless it is an error (exit 1).
 */
static int
finish(int rc)
{
	int e;

	errno = 0;
	if (fflush(stdout) != 0 || ferror(stdout)) {
		/* An earlier write's errno may be gone by now. */
		e = errno;
		fclose(stdout);
		fprintf(stderr, "lreader: standard output: %s\n",
		    e ? strerror(e) : "write error");
		return 1;
	}
	if (fclose(stdout) != 0) {
		fprintf(stderr, "lreader: standard output: %s\n", strerror(errno));
		return 1;
	}
	return rc;
}

/*
 * Segmenting a page allocates tables of about 100 KB (the bigram index)
 * and frees them all: with glibc's defaults each such table is mapped
 * and unmapped, and the freed top of the heap handed back, so every page
 * faults its memory in again (a fifth of segmenting's CPU time on the
 * make-archive pages). Freed memory is kept up to a few MB instead.
 */
static void
keep_freed_memory(void)
{
#if defined(__GLIBC__) && defined(M_TRIM_THRESHOLD) && defined(M_MMAP_THRESHOLD)
	mallopt(M_MMAP_THRESHOLD, 1 << 20);
	mallopt(M_TRIM_THRESHOLD, 4 << 20);
#endif
}

int
main(int argc, char **argv)
{
	const char *db_opt = NULL;
	struct ui_options uopt = { NULL, 0, 0 };
	char *db;
	int i, rc;
	size_t c;

	keep_freed_memory();
	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];

		if (strcmp(a, "--") == 0) {
			i++;
			break;
		} else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			cli_help();
			return finish(0);
		} else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
			cli_version();
			return finish(0);
		} else if (strcmp(a, "--dump-keys") == 0) {
			/* The default key table, for the manual (man/keys.awk). */
			return finish(help_dump_keys(stdout) == 0 ? 0 : 1);
		} else if (strcmp(a, "--no-color") == 0) {
			uopt.no_color = 1;
		} else if (strcmp(a, "--db") == 0) {
			if (i + 1 >= argc)
				return cli_usage_error("--db needs a FILE");
			db_opt = argv[++i];
		} else if (strncmp(a, "--db=", 5) == 0) {
			db_opt = a + 5;
		} else {
			return cli_usage_error("unknown option '%s'", a);
		}
	}
	db = store_default_path(db_opt);
	if (db == NULL) {
		fputs("lreader: cannot find a place for the library "
		    "(set HOME or use --db FILE)\n", stderr);
		return 1;
	}
	/* `open ID`: the interface, on article ID (SPEC "Command line"). */
	if (i < argc && strcmp(argv[i], "open") == 0) {
		char *end = NULL;
		if (i + 2 != argc || argv[i + 1][0] < '0' || argv[i + 1][0] > '9' ||
		    (errno = 0, uopt.open_id = strtoll(argv[i + 1], &end, 10),
		    *end != '\0') || errno != 0 || uopt.open_id <= 0) {
			free(db);
			return cli_usage_error("usage: lreader open ID");
		}
		i = argc;
	}
	if (i >= argc) {
		uopt.db_path = db;
		rc = ui_main(&uopt);
		free(db);
		return rc;
	}
	for (c = 0; c < sizeof commands / sizeof commands[0]; c++)
		if (strcmp(argv[i], commands[c].name) == 0) {
			rc = commands[c].run(db, argc - i, argv + i);
			free(db);
			return finish(rc);
		}
	free(db);
	return cli_usage_error("unknown command '%s'", argv[i]);
}

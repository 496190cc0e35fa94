/*
 * main: parse the global options and the command, and hand over to one
 * cli_* function or to the interface.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
};

int
main(int argc, char **argv)
{
	const char *db_opt = NULL;
	struct ui_options uopt = { NULL, 0 };
	char *db;
	int i, rc;
	size_t c;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];

		if (strcmp(a, "--") == 0) {
			i++;
			break;
		} else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			cli_help();
			return 0;
		} else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
			cli_version();
			return 0;
		} else if (strcmp(a, "--dump-keys") == 0) {
			/* The default key table, for the manual (man/keys.awk). */
			return help_dump_keys(stdout) == 0 ? 0 : 1;
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
			return rc;
		}
	free(db);
	return cli_usage_error("unknown command '%s'", argv[i]);
}

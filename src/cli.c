/*
 * cli: the command-line commands (being written).
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>

#include "lreader/cli.h"

int
cli_usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("lreader: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\nTry 'lreader --help' for more information.\n", stderr);
	return 2;
}

void
cli_help(void)
{
	puts("Usage: lreader [--db FILE] [--no-color] [COMMAND [ARGS]]");
}

void
cli_version(void)
{
	puts("lreader " PACKAGE_VERSION);
}

#define STUB(name) int name(const char *db, int argc, char **argv) \
	{ (void)db; (void)argc; (void)argv; \
	  fputs("lreader: not yet written\n", stderr); return 1; }
STUB(cli_import)
STUB(cli_list)
STUB(cli_cat)
STUB(cli_export)
STUB(cli_search)
STUB(cli_bookmarks)

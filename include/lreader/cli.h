/*
 * cli: the command-line commands (SPEC "Command line"). Each takes the
 * library path and the command's own arguments (argv[0] is the command
 * name), prints "lreader: …" on errors and returns the exit status:
 * 0 success, 1 error, 2 bad usage.
 */
#ifndef LREADER_CLI_H
#define LREADER_CLI_H

int cli_import(const char *db, int argc, char **argv);
int cli_list(const char *db, int argc, char **argv);
int cli_cat(const char *db, int argc, char **argv);
int cli_export(const char *db, int argc, char **argv);
int cli_search(const char *db, int argc, char **argv);
int cli_bookmarks(const char *db, int argc, char **argv);
int cli_related(const char *db, int argc, char **argv);

/* Print "lreader: MESSAGE" and a hint, return 2. */
int cli_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* --help text and the version line. */
void cli_help(void);
void cli_version(void);

#endif

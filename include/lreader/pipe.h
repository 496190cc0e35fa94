/*
 * pipe: run a shell command with text on its standard input, as mutt's
 * pipe-message does (SPEC "Keys": `|`). The command gets the caller's
 * terminal for its output; the caller restores its own screen after.
 */
#ifndef LREADER_PIPE_H
#define LREADER_PIPE_H

#include <stddef.h>

/*
 * Run `/bin/sh -c cmd` with the n bytes of text on its standard input and
 * wait for it. While it runs, SIGINT and SIGQUIT reach the command only
 * (the caller's handlers are put back after) and a command that stops
 * reading does not end the caller (SIGPIPE is ignored around the write).
 * Returns 0 with *status set as waitpid sets it, or -1 with *err set
 * (caller frees) if the command could not be started.
 */
int pipe_run(const char *cmd, const char *text, size_t n, int *status,
    char **err);

/* A short account of a wait status ("exit 0", "killed by signal 9");
 * caller frees. */
char *pipe_describe(int status);

#endif

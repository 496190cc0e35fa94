/*
 * help: the `?` overlay, listing the LIVE bindings (the defaults as the
 * user's config changed them) from the one action table, and the
 * --dump-keys listing of the defaults for the manual.
 */
#ifndef LREADER_HELP_H
#define LREADER_HELP_H

#include <stddef.h>
#include <stdio.h>
#include "lreader/keys.h"

/*
 * The overlay's text for width cells: group headings, then for each
 * action its keys, name and help (the help wrapped under its column).
 * Sets *lines (each and the array freed with help_lines_free) and *n.
 */
void help_lines(const struct keymap *m, int width, int amb, char ***lines,
    size_t *n);
void help_lines_free(char **lines, size_t n);

/*
 * Draw the overlay over the screen (rows x cols) from line *top, which is
 * clamped to what can show. Returns the number of lines of text.
 */
size_t help_draw(const struct keymap *m, long *top, int rows, int cols,
    int amb);

/*
 * Print the default key table, one action a line:
 * GROUP<TAB>ACTION<TAB>KEYS<TAB>HELP, KEYS the default keys' names
 * separated by spaces (empty when none), in table order. For
 * `lreader --dump-keys` and the manual's KEYS section. Returns 0, or -1
 * when the compiled-in defaults do not parse (a build error).
 */
int help_dump_keys(FILE *out);

#endif

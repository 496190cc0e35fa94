/*
 * width: the one place that decides how many terminal cells a character
 * takes. Layout, truncation and drawing all ask it (SPEC "Width of East
 * Asian ambiguous characters").
 */
#ifndef LREADER_WIDTH_H
#define LREADER_WIDTH_H

#include <stddef.h>
#include <stdint.h>

/* Cells of uc: 0 for combining and control characters, 1 or 2 otherwise;
 * ambiguous characters (“ ” … — ·) take `ambiguous` cells (1 or 2). */
int width_of(uint32_t uc, int ambiguous);
/* Whether uc is East Asian ambiguous and drawn narrow by libc wcwidth. */
int width_is_ambiguous(uint32_t uc);
/* Cells of the UTF-8 string s (n bytes). */
size_t width_str(const char *s, size_t n, int ambiguous);

#endif

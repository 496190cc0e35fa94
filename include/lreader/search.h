/*
 * search: folding of text for matching (SPEC "search": NFKC, lower case,
 * white space removed) with a map back to the original bytes, and exact
 * substring matching on folded text. The FTS5 tokenizer in store.c emits
 * one token per folded character using these functions.
 */
#ifndef LREADER_SEARCH_H
#define LREADER_SEARCH_H

#include <stddef.h>

/*
 * Fold s (n bytes of UTF-8). Returns the folded string (the caller frees);
 * if map is not NULL, *map (the caller frees) holds for each byte of the
 * result the offset in s of the character it came from, plus one entry at
 * the end equal to n.
 */
char *search_fold(const char *s, size_t n, size_t **map);

/*
 * Find the folded query in s: returns 1 and the match as a byte range of
 * s (*start, *len), or 0 when it is not there.
 */
int search_find(const char *s, size_t n, const char *folded_query,
    size_t *start, size_t *len);

#endif

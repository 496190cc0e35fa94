/*
 * search: folding of text for matching (SPEC "search": NFKC, lower case,
 * white space removed) with a map back to the original bytes, and exact
 * substring matching on folded text. The FTS5 tokenizer in
 * store-search.c emits one token per folded character using these
 * functions.
 *
 * Folding works on units: one character, or a base character with the
 * combining marks after it (e + U+0301 folds like é). Each unit is folded
 * on its own (NFKC, then simple lower case of every code point, then white
 * space dropped), so the fold of a piece of text cut at unit boundaries is
 * a piece of the fold of the whole: what makes per-character FTS tokens
 * and search_find exact. White space is Unicode White_Space (U+3000 and
 * U+00A0 included) plus the invisible U+200B, U+2060 and U+FEFF. Invalid
 * UTF-8 folds to U+FFFD, one per bad sequence.
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
 * s (*start, *len), or 0 when it is not there. The range runs from the
 * start of the first source character to the end of the last one, so
 * white space inside the match is included and white space around it is
 * not. folded_query must come from search_fold (an unfolded "GDP" finds
 * nothing); an empty query matches nothing. To look further, call again
 * on s + start + len (folding restarts cleanly at any character).
 */
int search_find(const char *s, size_t n, const char *folded_query,
    size_t *start, size_t *len);

/*
 * Every match of folded_query in s, left to right, none overlapping in s
 * (for highlighting; a match that would share a source character with
 * the one before, possible only inside a character that folds to several,
 * is skipped). Returns the count; *ranges (the caller frees; NULL
 * when the count is 0) holds start, len pairs: 2 * count entries.
 */
size_t search_find_all(const char *s, size_t n, const char *folded_query,
    size_t **ranges);

/*
 * Called by search_fold_each for every folded character, in order:
 * folded/len are its UTF-8 bytes (not NUL-terminated, valid only during
 * the call), start/end the byte range in s of the unit it came from. A
 * unit that folds to several characters (㎏ -> k, g) gives several calls
 * with the same range; one that folds to white space gives none. Return 0
 * to go on, anything else to stop.
 */
typedef int (*search_char_fn)(void *ctx, const char *folded, size_t len,
    size_t start, size_t end);

/*
 * Fold s (n bytes) and call fn for each folded character: what the FTS5
 * tokenizer uses to emit one token per folded character (xToken's iStart
 * and iEnd are start and end). Returns 0, or the first non-zero value fn
 * returned (folding then stops).
 */
int search_fold_each(const char *s, size_t n, search_char_fn fn, void *ctx);

/*
 * The folded characters of s (n bytes), as search_fold_each gives them,
 * appended to b: a run of ideographs that fold to themselves (nearly all
 * of a Chinese page) in one copy, not a call a character.
 */
struct buf;
void search_fold_append(const char *s, size_t n, struct buf *b);

#endif

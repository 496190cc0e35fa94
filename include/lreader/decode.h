/*
 * decode: turn the bytes of a page file into UTF-8 text with LF line
 * ends, or refuse them (SPEC import rule 1).
 */
#ifndef LREADER_DECODE_H
#define LREADER_DECODE_H

#include <stddef.h>

/*
 * Decode a page. UTF-16 with a BOM, UTF-8 (BOM dropped), GB18030, then
 * UTF-8 with at most 1 % bad sequences (each replaced by U+FFFD); CRLF and
 * CR become LF. On success returns 0 and sets *out (NUL-terminated, the
 * caller frees) and *nbad (bad sequences replaced; the caller warns
 * "N bad sequences replaced" when it is not 0). On refusal returns -1 and
 * sets *err to the reason, e.g. "not a text page (binary)", "empty page"
 * (the caller frees it and prints "lreader: FILE: reason"), and *out to
 * NULL. nbad and err may be NULL. A leading BOM is dropped whatever the
 * encoding; UTF-16 holding U+0000 is refused as binary; a page of white
 * space only (U+3000 and BOMs included) is "empty page".
 */
int decode_page(const char *bytes, size_t len, char **out, size_t *nbad,
    char **err);
/*
 * The same, taking bytes (from malloc, with room for len + 1: as
 * read_file gives them), which it frees or hands over as *out: a page
 * that decodes to its own bytes (UTF-8 with no BOM or CR, most pages) is
 * not copied.
 */
int decode_page_take(char *bytes, size_t len, char **out, size_t *nbad,
    char **err);

#endif

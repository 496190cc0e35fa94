/*
 * fuzz-import: the importer's path for one file (work item 13, item 6):
 * decode the bytes, then segment (cleaning included). Any crash, hang,
 * leak or sanitizer report is a finding. Built by `make fuzz` with
 * libFuzzer; tests/fuzz-replay runs the kept inputs in `make check`.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lreader/decode.h"
#include "lreader/segment.h"

/* Larger inputs only slow the fuzzer; the page limit is import's. */
#define FUZZ_MAX (256 * 1024)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * decode_page_take (the importer's reader hands it the bytes read)
 * answers as decode_page did: its text, bad count and reason alike, or
 * abort. Its own test for pages that decode to their bytes is a copy of
 * decode_page's conditions: a page that passes it and is changed by
 * decoding (or fails it and is not) shows here.
 */
static void
check_take(const uint8_t *data, size_t size, int rc, const char *text,
    size_t nbad, const char *err)
{
	char *b = malloc(size + 1), *t = NULL, *e = NULL;
	size_t nb = 0;
	int r;

	if (b == NULL)
		return;
	if (size > 0)
		memcpy(b, data, size);
	r = decode_page_take(b, size, &t, &nb, &e);
	if (r != rc || (r == 0 && (strcmp(t, text) != 0 || nb != nbad)) ||
	    (r != 0 && (t != NULL || strcmp(e, err) != 0)))
		abort();
	free(t);
	free(e);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = NULL, *err = NULL;
	size_t nbad = 0;
	struct page p = { NULL, 0 };
	int rc;

	if (size > FUZZ_MAX)
		return 0;
	rc = decode_page((const char *)data, size, &text, &nbad, &err);

	check_take(data, size, rc, text, nbad, err);
	if (rc == 0 && segment_page(text, &p, &err) == 0)
		page_free(&p);
	free(err);
	free(text);
	return 0;
}

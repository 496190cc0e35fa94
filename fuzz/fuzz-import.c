/*
 * fuzz-import: the importer's path for one file (work item 13, item 6):
 * decode the bytes, then segment (cleaning included). Any crash, hang,
 * leak or sanitizer report is a finding. Built by `make fuzz` with
 * libFuzzer; tests/fuzz-replay runs the kept inputs in `make check`.
 */
#include <stdint.h>
#include <stdlib.h>

#include "lreader/decode.h"
#include "lreader/segment.h"

/* Larger inputs only slow the fuzzer; the page limit is import's. */
#define FUZZ_MAX (256 * 1024)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = NULL, *err = NULL;
	size_t nbad = 0;
	struct page p = { NULL, 0 };

	if (size > FUZZ_MAX)
		return 0;
	if (decode_page((const char *)data, size, &text, &nbad, &err) == 0 &&
	    segment_page(text, &p, &err) == 0)
		page_free(&p);
	free(err);
	free(text);
	return 0;
}

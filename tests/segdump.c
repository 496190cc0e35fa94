/* segdump: segment page files and print their articles as JSON lines (a
 * development aid; the golden test goes through the real binary). */
#include <stdio.h>
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "lreader/decode.h"
#include "lreader/render.h"
#include "lreader/segment.h"
#include "lreader/util.h"

int
main(int argc, char **argv)
{
	struct buf o;
	int i;

	/* Freed memory kept as lreader keeps it (keep_freed_memory in
	 * src/main.c), so that the bench's segment row measures what the
	 * import pays: with glibc's defaults every page faulted its tables
	 * in again, a quarter of this program's time. */
#if defined(__GLIBC__) && defined(M_TRIM_THRESHOLD) && defined(M_MMAP_THRESHOLD)
	mallopt(M_MMAP_THRESHOLD, 1 << 20);
	mallopt(M_TRIM_THRESHOLD, 4 << 20);
#endif

	/* One output buffer for every page: grown once to a page's
	 * articles, not again from 64 bytes for each (its growth and
	 * copies were 2 % of this program's instructions, no part of what
	 * the import pays). */
	buf_init(&o);
	for (i = 1; i < argc; i++) {
		size_t len, k;
		char *bytes = read_file(argv[i], &len), *text = NULL, *err = NULL;
		struct page p = { NULL, 0 };

		if (bytes == NULL)
			return 1;
		/* (as the importer decodes: the bytes read are the text when
		 * decoding leaves them as they are, most pages, where a copy
		 * was made and the bytes freed) */
		if (decode_page_take(bytes, len, &text, NULL, &err) != 0) {
			fprintf(stderr, "%s: %s\n", argv[i], err);
			free(err);
			continue;
		}
		if (segment_page(text, &p, &err) != 0) {
			fprintf(stderr, "%s: %s\n", argv[i], err);
			free(err);
			free(text);
			continue;
		}
		buf_reset(&o);
		for (k = 0; k < p.n; k++) {
			struct render_meta m = { 0, i, argv[i], "", 0, (int)k + 1 };
			render_jsonl(&o, p.articles[k], &m);
		}
		fputs(o.data ? o.data : "", stdout);
		free(text);
		page_free(&p);
	}
	buf_free(&o);
	return 0;
}

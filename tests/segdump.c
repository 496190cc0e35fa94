/* segdump: segment page files and print their articles as JSON lines (a
 * development aid; the golden test goes through the real binary). */
#include <stdio.h>
#include <stdlib.h>

#include "lreader/render.h"
#include "lreader/segment.h"
#include "lreader/util.h"

int
main(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		struct buf b, o;
		char chunk[4096], *err = NULL;
		size_t n, k;
		struct page p = { NULL, 0 };

		if (f == NULL)
			return 1;
		buf_init(&b);
		while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
			buf_add(&b, chunk, n);
		fclose(f);
		if (segment_page(b.data ? b.data : "", &p, &err) != 0) {
			fprintf(stderr, "%s: %s\n", argv[i], err);
			free(err);
			continue;
		}
		buf_init(&o);
		for (k = 0; k < p.n; k++) {
			struct render_meta m = { 0, i, argv[i], "", 0, (int)k + 1 };
			render_jsonl(&o, p.articles[k], &m);
		}
		fputs(o.data ? o.data : "", stdout);
		buf_free(&o);
		buf_free(&b);
		page_free(&p);
	}
	return 0;
}

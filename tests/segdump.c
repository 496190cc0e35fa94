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
		struct buf o;
		char *text = read_file(argv[i], NULL), *err = NULL;
		size_t k;
		struct page p = { NULL, 0 };

		if (text == NULL)
			return 1;
		if (segment_page(text, &p, &err) != 0) {
			fprintf(stderr, "%s: %s\n", argv[i], err);
			free(err);
			free(text);
			continue;
		}
		buf_init(&o);
		for (k = 0; k < p.n; k++) {
			struct render_meta m = { 0, i, argv[i], "", 0, (int)k + 1 };
			render_jsonl(&o, p.articles[k], &m);
		}
		fputs(o.data ? o.data : "", stdout);
		buf_free(&o);
		free(text);
		page_free(&p);
	}
	return 0;
}

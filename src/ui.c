/* ui: the reading interface (stub, being written). */
#include <stdio.h>
#include "lreader/ui.h"

int
ui_main(const struct ui_options *opt)
{
	(void)opt;
	fputs("lreader: the interface is not written yet\n", stderr);
	return 1;
}

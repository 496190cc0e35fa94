/* store: see include/lreader/store.h (stub, being written). */
#include <stdlib.h>
#include "lreader/store.h"
#include "lreader/util.h"

char *
store_default_path(const char *opt)
{
	return opt ? xstrdup(opt) : NULL;
}

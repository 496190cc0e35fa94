/* search: see include/lreader/search.h. (stub, being written) */
#include "lreader/search.h"

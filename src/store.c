/* store: see include/lreader/store.h. (stub, being written) */
#include "lreader/store.h"

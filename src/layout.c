/* layout: see include/lreader/layout.h. (stub, being written) */
#include "lreader/layout.h"

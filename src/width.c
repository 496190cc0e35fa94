/* width: see include/lreader/width.h. (stub, being written) */
#include "lreader/width.h"

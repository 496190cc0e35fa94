/* decode: see include/lreader/decode.h. (stub, being written) */
#include "lreader/decode.h"

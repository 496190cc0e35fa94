/* segment (stub) */
#include "lreader/segment.h"

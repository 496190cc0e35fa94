/* clean (stub) */
#include "lreader/clean.h"

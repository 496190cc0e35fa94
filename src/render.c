/* render (stub) */
#include "lreader/render.h"

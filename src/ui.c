/* ui (stub) */
#include "lreader/ui.h"

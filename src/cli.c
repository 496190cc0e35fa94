/* cli (stub) */
#include "lreader/cli.h"

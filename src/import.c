/* import (stub) */
#include "lreader/import.h"

/* issuedate: see include/lreader/issuedate.h. (stub, being written) */
#include "lreader/issuedate.h"

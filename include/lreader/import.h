/* import (stub) */
#ifndef LREADER_IMPORT_H
#define LREADER_IMPORT_H
#endif

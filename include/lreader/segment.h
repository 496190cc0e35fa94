/*
 * segment: split a decoded page into clean articles (SPEC import 2-7).
 */
#ifndef LREADER_SEGMENT_H
#define LREADER_SEGMENT_H
#include "lreader/article.h"
#endif

/*
 * segment: rebuild a page's articles from its decoded text (SPEC import
 * rules 2-7): lines are cleaned and joined into paragraphs, headline
 * blocks, captions and credits are told apart, repeats are dropped, and
 * each headline block is matched to its own body by content.
 */
#ifndef LREADER_SEGMENT_H
#define LREADER_SEGMENT_H

#include "lreader/article.h"

/*
 * Segment decoded page text (UTF-8, LF line ends) into out (which must be
 * zeroed; free it with page_free). Returns 0, or -1 with *err set when
 * the page holds no text at all.
 */
int segment_page(const char *text, struct page *out, char **err);

/*
 * Read the segmenter's settings (LREADER_SEGMENT_WEIGHTS) now. segment_page
 * does it on its first call; a program that segments in more than one
 * thread calls this first, before the threads start.
 */
void segment_init(void);

#endif

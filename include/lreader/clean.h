/*
 * clean: line-level cleaning of page text (SPEC import rules 2-4).
 */
#ifndef LREADER_CLEAN_H
#define LREADER_CLEAN_H
#endif

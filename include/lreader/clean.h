/*
 * clean: line-level cleaning of page text and the character classes the
 * segmenter reasons with (SPEC import rules 2-4). Everything here works on
 * one line or one pair of lines; segment.c decides what the lines are.
 */
#ifndef LREADER_CLEAN_H
#define LREADER_CLEAN_H

#include <stddef.h>
#include <stdint.h>

#include "lreader/util.h"

/* Character classes. */
/* CJK ideographs (and 〇): U+2E80-2FDF, U+3007, U+3400-4DBF,
 * U+4E00-9FFF, U+F900-FAFF, U+20000-3FFFF. Inline, its tests ordered
 * so that ASCII and the commonest ideographs are told in one or two:
 * it runs for characters all over segmenting, and the call and six range
 * tests were 0.7 % of it. */
static inline int
clean_is_han(uint32_t uc)
{
	if (uc < 0x2E80)
		return 0;
	if (uc <= 0x9FFF)
		return uc >= 0x4E00 || uc <= 0x2FDF || uc == 0x3007 ||
		    (uc >= 0x3400 && uc <= 0x4DBF);
	return (uc >= 0xF900 && uc <= 0xFAFF) ||
	    (uc >= 0x20000 && uc <= 0x3FFFF);
}
int clean_is_wide(uint32_t uc);       /* ideographs, CJK and full-width forms */
int clean_is_cjk_punct(uint32_t uc);  /* ，。、；：？！“”‘’（）《》…— and kin */
/* (the three below inline too: every line's walk and labels ask them
 * of its characters, and their calls were a tenth of their cost) */
/* 。！？… and ASCII . ! ? */
static inline int
clean_is_final(uint32_t c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0x2026 ||
	    c == '!' || c == '?' || c == '.' || c == 0xFF0E;
}
/* ”’）)」』》】〕 */
static inline int
clean_is_closing(uint32_t c)
{
	return c == 0x201D || c == 0x2019 || c == 0xFF09 || c == ')' ||
	    c == 0x300D || c == 0x300F || c == 0x300B || c == 0x3011 ||
	    c == 0x3015 || c == '"' || c == '\'';
}
int clean_is_opening(uint32_t uc);    /* “‘（(《「『【〔: no line ends with one */
/* ，、；：,;: */
static inline int
clean_is_midpunct(uint32_t c)
{
	return c == 0xFF0C || c == 0x3001 || c == 0xFF1B || c == 0xFF1A ||
	    c == ',' || c == ';' || c == ':';
}

/*
 * Clean one raw line: drop control characters (C0 but tab, DEL, C1) and
 * U+FEFF, turn tabs, no-break and ideographic spaces into spaces, trim,
 * remove justification spaces (rule 3) and spaces next to CJK punctuation,
 * and squeeze runs of spaces to one unless two stand between wide
 * characters (`数谷吕梁  智赢未来`). Returns a new string (caller frees).
 */
char *clean_line(const char *s, size_t n);
/* Whether clean_line(s, n) gives s[0..n) as it is (most lines of a page):
 * a caller that keeps its own copies can then copy the bytes. */
int clean_is_clean(const char *s, size_t n);
/* The same for one character: code point uc read from len bytes (as
 * utf8_next reads it). s[0..n) is clean as it is when every one is. */
int clean_char_is_clean(uint32_t uc, int len);

/*
 * Undo doubled bold text (rule 4): if s is a sequence of doubled runs
 * A1A1…AkAk and single spaces (fewest blocks; a run may hold spaces, as
 * bold painted across a space doubles whole: 数谷吕梁 智赢未来数谷吕梁
 * 智赢未来), or the whole line is T, a space, T (a run that began with an
 * indent space, painted twice, the line's edge then trimmed: 赵晶 赵晶),
 * returns the line with each run once (caller frees); else NULL. Lines of
 * under four characters, or over a few hundred, are never undoubled.
 */
char *clean_undouble(const char *s);
/* The same for s of n bytes (its length known). */
char *clean_undouble_n(const char *s, size_t n);

/*
 * Append line b to the paragraph text in buf-like string a (rule 2):
 * nothing between CJK, digits and punctuation, one space where two Latin
 * words meet. Returns a new string (caller frees).
 */
char *clean_join(const char *a, const char *b);
/* The same in place: line b, of nb bytes, appended to the text in
 * buffer t, in time of b alone (a paragraph of many lines is built in
 * linear time; the line's length as its caller knows it, not measured
 * again). */
void clean_join_to(struct buf *t, const char *b, size_t nb);

/* Whether s ends a sentence: a final mark, possibly followed by closing
 * quotes or brackets, or a continuation mark such as （下转4版）. */
int clean_ends_sentence(const char *s);
/* Whether s ends with mid-sentence punctuation (，、；：). */
int clean_ends_midpunct(const char *s);
/* Byte length of a continuation mark (（下转4版）, ——见2版——, …) that ends
 * s, or 0 when there is none. */
size_t clean_mark_at_end(const char *s);
/* The same for s of n bytes (its length known). */
size_t clean_mark_at_end_n(const char *s, size_t n);

/*
 * A key for spotting repeated paragraphs: s without spaces and
 * punctuation (caller frees).
 */
char *clean_dedup_key(const char *s);
/* The first bytes of clean_dedup_key(s), up to max (fewer if the key is
 * shorter), into out (room for max + 4 bytes); returns how many: a
 * cheap first look, that the whole keys of two texts can be equal only
 * if these are. */
size_t clean_dedup_prefix(const char *s, char *out, size_t max);

/* Width as set in a column, to estimate column widths: ideographs and CJK
 * punctuation 2, ASCII and Western quotes, dashes and dots 1; with
 * compressed set, CJK punctuation 1 (some pages set it half width). */
int clean_col_width(const char *s, int compressed);

#endif

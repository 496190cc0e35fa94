/*
 * segment-lines.c: the evidence each line carries by itself. Raw lines
 * are cleaned (clean.c), undoubled when the whole line is doubled bold
 * text, measured in every width metric, and classified by the lexicon;
 * blank lines and leading spaces, which cleaning drops, are kept as
 * evidence of their own.
 */
#include <stdlib.h>
#include <string.h>

#include "lreader/clean.h"
#include "lreader/util.h"
#include "segment-int.h"

/*
 * Cells a code point takes in metric m, added to w[m] for every metric:
 * bit 0 of m sets CJK punctuation half width (compressed columns), bit 1
 * sets quotes, dashes and dots full width. Latin letters and digits take
 * one cell, ideographs two. (The code point's class found once, not
 * once a metric.)
 */
static void
add_cells(uint32_t c, int *w)
{
	int m, x;

	if (c < 0x80 || (c >= 0xA0 && c <= 0x24F && c != 0xB7)) {
		for (m = 0; m < NMETRIC; m++)
			w[m] += 1;
	} else if ((c >= 0x2018 && c <= 0x201F) || c == 0x2014 ||
	    c == 0x2026 || c == 0xB7 || c == 0x2013) {
		for (m = 0; m < NMETRIC; m++)
			w[m] += m & 2 ? 2 : 1;
	} else if ((c >= 0x3000 && c <= 0x303F && c != 0x3007) ||
	    (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
	    (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65)) {
		for (m = 0; m < NMETRIC; m++)
			w[m] += m & 1 ? 1 : 2;
	} else {
		x = clean_is_wide(c) ? 2 : 1;
		for (m = 0; m < NMETRIC; m++)
			w[m] += x;
	}
}

/* Whether the line is only a mark's tail: 4版）, 版——, the rest of a
 * continuation mark cut over two lines. */
static int
mark_tail(const struct seg_line *prev, const struct seg_line *l)
{
	char *t;
	size_t m;
	int r;

	if (prev == NULL || l->nch > 8)
		return 0;
	t = xasprintf("%s%s", prev->text, l->text);
	m = clean_mark_at_end(t);
	r = m > strlen(l->text);
	free(t);
	return r;
}

/* Whether c ends a sentence inside a line (。！？). */
static int
stop(uint32_t c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
}

/*
 * The line's evidence, in one walk over its code points: widths in every
 * metric, its first and last characters, how it ends (a sentence end, as
 * clean_ends_sentence says, but for the mark, found from the tail), and
 * a sentence end inside it (a stop followed by more than closing marks).
 * The text is l->text, of n bytes (its length as the caller made it,
 * not measured again). If pairs is not NULL, the walk writes there what
 * seg_han_pairs would of the text (room for one a character), *npairs
 * their count: the page's pairs without a second walk over every line;
 * and marks every Han character in ch (then not NULL), for seg_index to
 * rank without a walk over the pairs. If clean is not NULL, the text is
 * a raw line, and *clean says whether cleaning leaves it as it is
 * (clean_is_clean: most lines); if not, the walk stops there, the line
 * unmeasured, for its cleaned text to be walked. If dbl is not NULL
 * (pairs then not NULL: the XOR is taken of the code points the pairs
 * decode), *dbl says whether the line may be doubled (clean_undouble_n):
 * every code point but the space of a doubled line comes an even number
 * of times, so they XOR to 0 and count even.
 */
/* Whether b[i..n) opens with the three-byte form of a Han character of
 * U+4E00-9FFF. */
#define HAN_AT(b, i, n) ((b)[i] >= 0xE4 && (b)[i] <= 0xE9 && (n) - (i) >= 3 && \
	((b)[(i) + 1] & 0xC0) == 0x80 && ((b)[(i) + 2] & 0xC0) == 0x80 && \
	((b)[i] > 0xE4 || (b)[(i) + 1] >= 0xB8))

/* Mark code point c of U+4E00-9FFF in the bits of the page's Han
 * characters (seg_chars_bits). */
#define HAN_MARK(bits, c) ((bits)[((c) - SEG_HAN_BASE) >> 6] |= \
	(uint64_t)1 << (((c) - SEG_HAN_BASE) & 63))

/* The code point of the three-byte form in the low 24 bits of w. */
static uint32_t
form3(uint64_t w)
{
	return (uint32_t)((w & 0x0F) << 12 | (w >> 8 & 0x3F) << 6 |
	    (w >> 16 & 0x3F));
}

/* Where form3's three parts of a character's code point stand once its
 * bytes are shifted in place (the lead byte's low four bits by 12 to the
 * left, the middle byte's six by 2 to the right, the last byte's by 16),
 * for the character at byte 0 and the one at byte 3 (24 bits on). */
#define FORM3_LEAD 0xF00000F000ULL
#define FORM3_MID 0xFC0000FC0ULL
#define FORM3_LOW 0x3F00003FULL

/*
 * The end of the run of Han characters of U+4E00-9FFF (three-byte
 * forms) from b[i], the pair of each with the one before written at
 * pairs[*np] and kept if that one was Han (*prev not 0), as line_walk
 * keeps them. Two characters at a time while eight bytes are left:
 * their six bytes read in one load and tested at once (two lead bytes
 * 1110xxxx, four continuation bytes 10xxxxxx, and both code points in
 * range), where byte by byte a character cost about forty instructions
 * (a store of a pair made every byte be read again: a store may change
 * the text).
 */
static size_t
han_run(const unsigned char *b, size_t i, size_t n, uint64_t *pairs,
    size_t *np, uint32_t *prev, uint32_t *xr, uint64_t *bits)
{
	size_t k = *np;
	uint32_t p = *prev, c, d, x = *xr;

	while (n - i >= 8) {
		uint64_t w = load8(b + i), t;
		if ((w & 0xC0C0F0C0C0F0ULL) != 0x8080E08080E0ULL)
			break;
		/* (both code points at once: each byte's bits shifted to
		 * their place in its character's field, 24 bits apart, where
		 * form3 twice shifted and masked each byte alone) */
		t = (w << 12 & FORM3_LEAD) | (w >> 2 & FORM3_MID) |
		    (w >> 16 & FORM3_LOW);
		c = (uint32_t)(t & 0xFFFF);
		d = (uint32_t)(t >> 24 & 0xFFFF);
		if (c - 0x4E00 >= 0x5200 || d - 0x4E00 >= 0x5200)
			break;
		pairs[k] = (uint64_t)p << 32 | c;
		k += p != 0;
		pairs[k++] = (uint64_t)c << 32 | d;
		x ^= c ^ d;
		HAN_MARK(bits, c);
		HAN_MARK(bits, d);
		p = d;
		i += 6;
	}
	while (i < n && HAN_AT(b, i, n)) {
		c = form3((uint64_t)b[i] | (uint64_t)b[i + 1] << 8 |
		    (uint64_t)b[i + 2] << 16);
		pairs[k] = (uint64_t)p << 32 | c;
		k += p != 0;
		x ^= c;
		HAN_MARK(bits, c);
		p = c;
		i += 3;
	}
	*np = k;
	*prev = p;
	*xr = x;
	return i;
}

/* An aside in brackets after a stop holds at most this many characters
 * ((笑), (掌声), (完)). */
#define ASIDE_MAX_CHARS 4

/*
 * …每天比我来得还早。（笑）: a short aside in brackets after a sentence's
 * stop (an interview's laughter, a speech's applause) ends the sentence
 * with it: the line ends its paragraph as one ending 。 does (the
 * question under it was run on into the answer).
 */
static int
aside_after_stop(const char *s, size_t n)
{
	const char *open = NULL, *p;
	size_t k = 0;
	uint32_t c;

	if (n < strlen("。（）") || !seg_ends_n(s, n, "）"))
		return 0;
	for (p = s; p + strlen("（") <= s + n; p++)
		if (memcmp(p, "（", strlen("（")) == 0)
			open = p;
	if (open == NULL || open == s)
		return 0;
	for (p = open + strlen("（"); p < s + n - strlen("）"); k++)
		p += utf8_next(p, (size_t)(s + n - p), &c);
	return k >= 1 && k <= ASIDE_MAX_CHARS &&
	    (seg_ends_n(s, (size_t)(open - s), "。") ||
	    seg_ends_n(s, (size_t)(open - s), "！") ||
	    seg_ends_n(s, (size_t)(open - s), "？"));
}

static void
line_walk(struct seg_line *l, size_t n, uint64_t *pairs, size_t *npairs,
    int *clean, int *dbl, struct seg_chars *ch)
{
	const char *s = l->text;
	const unsigned char *b = (const unsigned char *)s;
	size_t i = 0, np = 0;
	uint32_t c = 0, end = 0, before = 0, first = 0, prev = 0, last = 0;
	int m, k, after_stop = 0, nch = 0, inner = 0, commas = 0, han = 0, enums = 0;
	int inner_full = 0, full_stop = 0;  /* (full_stop: the stop was 。) */
	int marks = 0, comma_at = -1, colon_at = -1, spaces = 0, list = 0;
	uint32_t xr = 0;   /* the XOR of the code points but spaces */
	int w[NMETRIC] = { 0 };

	/* Counted in locals, stored once at the end: stores through l may
	 * alias the text, which kept every count in memory. The last
	 * character (last), the last but closing marks (end) and the one
	 * before (before) are kept as the walk decodes them (a run of Han
	 * characters: its last, and the one before it from its last pair),
	 * where their places were kept and they were decoded again after
	 * the walk. */
	while (i < n) {
		/* A Han character U+4E00-9FFF (most of a page) is two cells
		 * in every metric, no comma, no closing mark, no stop: what
		 * the walk below does with it, seen from its bytes (the
		 * three-byte form utf8_next decodes) without decoding it. A
		 * run of them is passed in a loop of its own, where the last
		 * two characters' places are known at its end. */
		if (HAN_AT(b, i, n)) {
			size_t r0 = i;
			if (after_stop) {
				inner = 1;
				inner_full |= full_stop;
			}
			after_stop = 0;
			if (pairs != NULL) {
				/* (every one Han: kept if the one before was) */
				i = han_run(b, i, n, pairs, &np, &prev, &xr,
				    seg_chars_bits(ch));
			} else {
				do
					i += 3;
				while (i < n && HAN_AT(b, i, n));
			}
			nch += (int)((i - r0) / 3);
			han += (int)((i - r0) / 3);
			if (pairs != NULL) {
				/* (a run of two or more: its last pair is of
				 * its last two characters) */
				before = i - r0 >= 6 ?
				    (uint32_t)(pairs[np - 1] >> 32) : end;
				end = last = prev;
			} else {
				if (i - r0 >= 6)
					utf8_next(s + i - 6, 3, &before);
				else
					before = end;
				utf8_next(s + i - 3, 3, &last);
				end = last;
			}
			continue;
		}
		k = utf8_next(s + i, n - i, &c);
		last = c;
		/* (a Han character passed above is clean as it is; so is,
		 * as clean_char_is_clean says without its call, one of
		 * three bytes above U+3000 but U+FEFF, most of the rest, a
		 * printable ASCII character but the space, and a dash, quote
		 * or ellipsis of U+2010-2027, none white space or dropped) */
		if (clean != NULL && !(k == 3 && c > 0x3000 && c != 0xFEFF) &&
		    !(k == 1 && c > ' ' && c < 0x7F) &&
		    !(k == 3 && c >= 0x2010 && c <= 0x2027) &&
		    !clean_char_is_clean(c, k)) {
			*clean = 0;
			return;
		}
		i += (size_t)k;
		nch++;
		if (pairs != NULL) {
			if (!clean_is_han(c))
				prev = 0;
			else {
				if (prev != 0)
					pairs[np++] = (uint64_t)prev << 32 | c;
				prev = c;
				seg_chars_mark(ch, c);
			}
		}
		add_cells(c, w);
		if (c == ' ') {
			spaces++;
			continue;
		}
		xr ^= c;
		if ((c == 0xFF0C || c == 0x3001) && i < n) {
			commas++;
			enums += c == 0x3001;
		}
		/* (a comma or a full stop anywhere: seg_classify_as) */
		marks |= c == 0xFF0C || c == 0x3002;
		/* (the characters before the first comma: seg_line_words) */
		if (c == 0xFF0C && comma_at < 0)
			comma_at = nch - 1;
		/* (and before the first ：: seg_line_words) */
		if (c == 0xFF1A && colon_at < 0)
			colon_at = nch - 1;
		/* The last character but closing marks, and the one before. */
		if (!clean_is_closing(c)) {
			if (after_stop && !stop(c)) {
				inner = 1;
				inner_full |= full_stop;
			}
			before = end;
			end = c;
			/* (a run of stops, ？！, is one end: 。 if any) */
			full_stop = (after_stop && full_stop) || c == 0x3002;
			after_stop = stop(c);
		} else if ((c == 0xFF09 || c == ')') && n - i >= 3 &&
		    memcmp(s + i, "、", 3) == 0) {
			/* (a 、 right after a closing bracket, W_H_LIST's
			 * list item: looked for only past a bracket, not at
			 * every character) */
			list = 1;
		}
	}
	if (n > 0)
		utf8_next(s, n, &first);
	c = last;
	for (m = 0; m < NMETRIC; m++)
		l->w[m] = w[m] + 2 * han;
	l->nch = nch;
	l->len = n;
	l->first = first;
	l->inner = inner;
	l->inner_full = inner_full;
	l->commas = commas;
	l->enums = enums;
	l->list = list;
	l->last = c;
	l->cw = l->w[0];
	/* (a continuation mark ends with ）, ) or ——, spaces aside: the
	 * others are no mark, without clean_mark_at_end_n's call) */
	l->mark = (c == 0xFF09 || c == ')' || c == 0x2014 || c == ' ') &&
	    clean_mark_at_end_n(s, n) > 0;
	/* An ASCII period after a digit is a decimal point or a number. */
	l->final = l->mark || (clean_is_final(end) && !(end == '.' &&
	    before >= '0' && before <= '9')) ||
	    (c == 0xFF09 && aside_after_stop(s, n));
	l->mid = clean_is_midpunct(c);
	l->colon = c == 0xFF1A || c == ':';
	l->exclaim = l->final && (end == 0xFF01 || end == 0xFF1F);
	seg_line_words(l, marks, comma_at, colon_at);
	if (npairs != NULL)
		*npairs = np;
	if (dbl != NULL)
		*dbl = xr == 0 && (nch - spaces) % 2 == 0;
	if (clean != NULL)
		*clean = 1;
}

void
seg_line_features(struct seg_line *l)
{
	line_walk(l, strlen(l->text), NULL, NULL, NULL, NULL, NULL);
}

/* Leading white space of a raw line, in spaces (an ideographic space or
 * a tab counts two). */
static int
leading(const char *p, const char *e)
{
	int n = 0;

	for (; p < e; p++) {
		if (*p == ' ')
			n++;
		else if (*p == '\t')
			n += 2;
		else if (e - p >= 3 && memcmp(p, "\xE3\x80\x80", 3) == 0) {
			n += 2;
			p += 2;
		} else
			break;
	}
	return n;
}

/* Every pair of Han characters side by side inside a line, as a set: what
 * the page's own words look like, to tell whether text reads on across
 * a line break (a table to look up, not a sorted array to search: the
 * sort was 4 % of segmenting a page). */
/* Code points below this are marked in s->lasts (a bit each). */
#define LASTS_BELOW 0x10000

/* Whether c is marked in s->lasts as ending a line (or is above what it
 * marks). */
static int
is_last(const struct seg *s, uint32_t c)
{
	return (c >= LASTS_BELOW) |
	    (int)(s->lasts[(c % LASTS_BELOW) / 64] >> (c % 64) & 1);
}

/* A pair of Han characters below U+10000 (most: all of U+2E80-FAFF) as
 * a 32-bit key, its first's code point the high half, never 0 (a Han
 * character is above U+2E7F). */
static uint32_t
key32(uint64_t x)
{
	return (uint32_t)(x >> 16) | (uint32_t)x;
}

/* Whether both characters of pair x are below U+10000. */
#define PAIR_BMP(x) (((x) & 0xFFFF0000FFFF0000ULL) == 0)

/* The slot of key k in t (mask + 1 slots, 0: empty): k's, or the empty
 * one where it would go (one test a slot, as keyset_slot). */
static size_t
slot32(const uint32_t *t, size_t mask, uint32_t k)
{
	size_t h = (size_t)(((uint64_t)k * 0x9E3779B97F4A7C15ULL) >> 32) &
	    mask;
	uint32_t y;

	while (y = t[h], (y == 0) + (y == k) == 0)
		h = (h + 1) & mask;
	return h;
}

/* (Only pairs that open with a line's last character are kept: the
 * others are never asked for, and keeping them all made the table too
 * big for the cache, 3 % of segmenting's time.) */
/* The pairs of every line are s->lpairs as s->lp says, as the lines
 * were read (line_walk); a line undouble_short cut since (doubled, of
 * three characters at most) has its pairs found again. Those of two
 * characters below U+10000 are kept as 32-bit keys (s->pairs32), the
 * others (seldom any) in a seg_keyset (s->pairs): half the table to
 * clear and probe, where every pair was a 64-bit key. */
static void
index_pairs(struct seg *s)
{
	size_t i, j, k = 0, kf = 0, slots = 16, mask;
	uint64_t x[4], *far = NULL;
	uint32_t *v = xreallocarray(NULL,
	    s->nl > 0 ? s->lp[s->nl - 1].off + s->lp[s->nl - 1].n + 1 : 1,
	    sizeof *v), *t;
	const uint64_t *lasts;
	int bmp = seg_chars_far(s->dch) == 0;

	s->lasts = xcalloc(LASTS_BELOW / 64, sizeof *s->lasts);
	for (i = 0; i < s->nl; i++) {
		uint32_t c = s->l[i].last;
		if (c < LASTS_BELOW && clean_is_han(c))
			s->lasts[c / 64] |= (uint64_t)1 << (c % 64);
	}
	lasts = s->lasts;
	/* (kept or not by a comparison's value: a branch on it would be
	 * missed at random; a pair beyond the BMP, kept always as is_last
	 * says, is seldom met: a page that holds no such character, as
	 * the lines' walk found, is taken without a test for one) */
	for (i = 0; i < s->nl; i++) {
		const uint64_t *p = s->lpairs + s->lp[i].off;
		size_t n = s->lp[i].n;
		if (s->l[i].doubled && s->l[i].nch <= 3) {
			n = seg_han_pairs(s->l[i].text, x);
			p = x;
		}
		if (bmp) {
			for (j = 0; j < n; j++) {
				uint64_t y = p[j];
				v[k] = key32(y);
				k += (size_t)(lasts[y >> 38] >> (y >> 32 & 63) &
				    1);
			}
			continue;
		}
		for (j = 0; j < n; j++) {
			uint64_t y = p[j];
			if (!PAIR_BMP(y)) {
				if (is_last(s, (uint32_t)(y >> 32))) {
					far = xreallocarray(far, kf + 1,
					    sizeof *far);
					far[kf++] = y;
				}
				continue;
			}
			v[k] = key32(y);
			k += (size_t)(lasts[y >> 38] >> (y >> 32 & 63) & 1);
		}
	}
	/* At most three quarters full (fewer: keys come again). */
	while (slots < k + k / 3 + 2)
		slots *= 2;
	mask = slots - 1;
	t = xcalloc(slots, sizeof *t);
	for (i = 0; i < k; i++)
		t[slot32(t, mask, v[i])] = v[i];
	s->pairs32 = t;
	s->npairs32 = mask;
	s->pairs = seg_keyset(far, kf, &s->npairs);
	free(far);
	free(v);
}

/* Whether pair x stands inside a line, every line walked: for a line
 * whose last character was none when the pairs were indexed (no stage
 * changes a line's end today: a caption cut leaves a line the end of
 * its text). */
static int
pair_in_lines(const struct seg *s, uint64_t x)
{
	size_t i, k, n;
	uint64_t *v;
	int found = 0;

	for (i = 0; i < s->nl && !found; i++) {
		v = xreallocarray(NULL, (size_t)s->l[i].nch + 1, sizeof *v);
		n = seg_han_pairs(s->l[i].text, v);
		for (k = 0; k < n && !found; k++)
			found = v[k] == x;
		free(v);
	}
	return found;
}

int
seg_reads_on(const struct seg *s, const struct seg_line *a,
    const struct seg_line *b)
{
	uint64_t x = (uint64_t)a->last << 32 | b->first;

	if (!clean_is_han(a->last) || !clean_is_han(b->first))
		return 0;
	if (!is_last(s, a->last))
		return pair_in_lines(s, x);
	if (PAIR_BMP(x))
		return s->pairs32[slot32(s->pairs32, s->npairs32, key32(x))] ==
		    key32(x);
	return seg_keyset_has(s->pairs, s->npairs, x);
}

/* A doubled title wrapped over lines can leave one of one or two
 * characters (头头): too short to undouble alone, but not beside a
 * doubled line. */
static void
undouble_short(struct seg *s)
{
	size_t i;

	for (i = 0; i < s->nl; i++) {
		struct seg_line *l = &s->l[i];
		size_t n, half;
		int near = (i > 0 && s->l[i - 1].doubled) ||
		    (i + 1 < s->nl && s->l[i + 1].doubled);
		/* (the line measured only if it may be one: most are not) */
		if (l->doubled || !near || l->nch < 2 || l->nch > 3)
			continue;
		n = strlen(l->text);
		/* (摄 摄: doubled across the space a credit keeps) */
		half = n % 2 == 1 && n > 1 && l->text[n / 2] == ' ' ?
		    n / 2 + 1 : n / 2;
		if (n < 2 || (n % 2 != 0 && half == n / 2) ||
		    memcmp(l->text, l->text + half, n / 2) != 0)
			continue;
		l->text[n / 2] = '\0';
		l->doubled = 1;
		seg_line_features(l);
	}
}

/* Issuers a notice may name above its date, at most. */
#define ISSUERS_MAX 3

/* A line that can be a notice's issuer: short text with no sentence or
 * clause end. */
static int
issuer_like(const struct seg_line *l)
{
	/* (a text's frame, its hearers or a letter's 此致, is no signer) */
	return l->kind == L_TEXT && !l->final && !l->mid && !l->inner &&
	    l->commas == 0 && l->nch <= 20 && !l->address;
}

/* A notice's contact field cut after its label's colon (联系电话： /
 * 0358-8221234, seg_is_cut_field) is the notice's, as its issuer and
 * date are: the number reads on from the label (sigwrap), and the
 * issuer above the date line finds the field above it (mark_signoffs). */
static void
mark_cut_fields(struct seg *s)
{
	size_t i;

	/* (a label ends with ：, the line's last character as its walk
	 * found it: most lines are not asked, where every line's text was
	 * measured and its end compared, 1 % of segmenting a make-archive
	 * page) */
	for (i = 0; i + 1 < s->nl; i++)
		if (s->l[i].kind == L_TEXT && s->l[i].last == 0xFF1A &&
		    s->l[i + 1].kind == L_TEXT &&
		    seg_is_cut_field(s->l[i].text, s->l[i + 1].text)) {
			s->l[i].kind = s->l[i + 1].kind = L_SIGNOFF;
			s->l[i + 1].sigwrap = 1;
			i++;
		}
}

/* A speech's date and place in brackets that a narrow column wrapped
 * (（2026年12月18日 / 离石）): both lines are its frame line, as the
 * whole on one line is (seg_is_frame_date): the text's first paragraph,
 * no headline. The rest holds the place and the closing bracket, at
 * most FRAME_REST_CHARS characters. */
#define FRAME_REST_CHARS 6

static void
mark_cut_dates(struct seg *s)
{
	size_t i;
	char *t;

	for (i = 0; i + 1 < s->nl; i++) {
		struct seg_line *a = &s->l[i], *b = &s->l[i + 1];
		if (a->kind != L_TEXT || b->kind != L_TEXT ||
		    a->first != 0xFF08 /* （ */ || b->last != 0xFF09 /* ） */ ||
		    a->dated || b->nch > FRAME_REST_CHARS ||
		    a->nch + b->nch > FRAME_MAX_CHARS)
			continue;
		t = xmalloc(a->len + b->len + 1);
		memcpy(t, a->text, a->len);
		memcpy(t + a->len, b->text, b->len + 1);
		if (seg_is_frame_date(t)) {
			a->dated = a->address = 1;
			b->address = 1;
			i++;
		}
		free(t);
	}
}

/* A notice's issuer right above its date line (吕梁市城市管理局 /
 * 2023年10月8日) belongs to the notice, not to a headline. */
static void
mark_signoffs(struct seg *s)
{
	size_t i;

	for (i = 1; i < s->nl; i++) {
		size_t k = i, n = 0;
		if (s->l[i].kind != L_SIGNOFF)
			continue;
		/* The issuers above the date (two when a notice is issued
		 * jointly: 吕梁日报社 / 吕梁市交通运输局), under the notice's
		 * last sentence. */
		while (k >= 2 && n < ISSUERS_MAX && issuer_like(&s->l[k - 1])) {
			k--;
			n++;
		}
		if (n > 0 && (s->l[k - 1].final || s->l[k - 1].kind == L_SIGNOFF))
			for (; k < i; k++)
				s->l[k].kind = L_SIGNOFF;
	}
}

/* Whether t[0..n) addresses its reader with a greeting before the colon
 * (记者同志您好：, 编辑同志您好：): a salutation's shape, the
 * greeting after whom it addresses, which seg_honorific_at, ending at
 * the colon, did not see (its letter's signature then glued onto the
 * section title under it, 刘拴柱等十一人追踪一：…). */
static int
greeted(const char *t, size_t n)
{
	static const char *const hi[] = { "您好：", "你好：" };
	size_t k, m;

	for (k = 0; k < sizeof hi / sizeof *hi; k++) {
		m = strlen(hi[k]);
		if (n > m && seg_ends_n(t, n, hi[k]))
			return 1;
	}
	return 0;
}

/* Whether text t (n bytes), ending with ：, names whom a letter greets. */
static int
salutes(const char *t, size_t n)
{
	return seg_honorific_at(t, n) != (size_t)-1 ||
	    seg_ends_n(t, n, "编辑：") || greeted(t, n);
}

int
seg_salutation(const struct seg_line *l)
{
	/* (a salutation ends with ：, its last character: the others are
	 * not measured for it) */
	return l->last == 0xFF1A && (l->kind == L_TEXT ||
	    l->kind == L_DATELINE) && l->nch <= SALUTATION_CHARS &&
	    salutes(l->text, l->len);
}

/* A salutation this narrow column wrapped over two lines: at most so
 * many characters go down to the second (敬爱的吕梁日报编 / 辑：). */
#define SALUTATION_REST 3

/* Whether lines a and b are one salutation a narrow column wrapped
 * (敬爱的吕梁日报编 / 辑：): a ends no sentence or clause, b is its rest
 * of a few characters ending with ：, and the two read together greet
 * as seg_salutation's one line does. Missed, the letter had no
 * salutation: its signature under the salute (临县安业乡家长 / 高二平)
 * was read as a headline and the letter's reply as a text of its own. */
static int
wrapped_salutation(const struct seg_line *a, const struct seg_line *b)
{
	char *t;
	int r;

	if (a->kind != L_TEXT || b->kind != L_TEXT || a->final || a->mid ||
	    b->last != 0xFF1A || b->nch > SALUTATION_REST ||
	    a->nch + b->nch > SALUTATION_CHARS)
		return 0;
	t = xmalloc(a->len + b->len + 1);
	memcpy(t, a->text, a->len);
	memcpy(t + a->len, b->text, b->len + 1);
	r = salutes(t, a->len + b->len);
	free(t);
	return r;
}

/* Line l's width in the metric that sets it narrowest (punctuation and
 * quotes a cell): a full line's, so measured, is its column's width or a
 * cell over, whichever metric its column is set in. */
static int
narrowest(const struct seg_line *l)
{
	int m, w = l->w[0];

	for (m = 1; m < NMETRIC; m++)
		if (l->w[m] < w)
			w = l->w[m];
	return w;
}

/* Whether line l's words are parted by single spaces (方山县 村民 高建平:
 * a signature's place, role and name), not set a character a cell
 * (letter-spaced: a space after most of its characters). */
static int
word_spaced(const struct seg_line *l)
{
	size_t i;
	int gaps = 0;

	for (i = 1; i + 1 < l->len; i++)
		if (l->text[i] == ' ' && l->text[i - 1] != ' ' &&
		    l->text[i + 1] != ' ')
			gaps++;
	/* (words of two characters or more on average) */
	return gaps > 0 && 3 * gaps + 1 <= l->nch;
}

/* A signer's name at the end of words parted by spaces (方山县 村民
 * 高建平, 离石区读者 王海燕): its last word a name's length, which a
 * kicker's phrases parted so (建言献策谋发展 同心协力谱新篇) are not. */
#define SIGNER_NAME_MAX 3
static int
signed_name(const struct seg_line *l)
{
	const char *sp = strrchr(l->text, ' ');
	size_t n;

	if (!word_spaced(l) || sp == NULL)
		return 0;
	n = utf8_count(sp + 1);
	return n >= 2 && n <= SIGNER_NAME_MAX;
}

/*
 * Whether letter lines i and i + 1 are one signature wrapped (see
 * mark_letter_signoffs); widest and cells: the letter's widest line so
 * far, in characters and in cells. The first line's words are parted by
 * spaces; the second is short (or parted so too), with no blank line
 * before it (a page that parts its paragraphs so parts no wrapped line:
 * 孝义市读者 郝建英 / (blank) / 记者调查 is a signature and a section's
 * title) and no change of bold (a bold title under a plain signature).
 * The third line is flush and no salutation, and either the first line
 * is full, or the third is short over a short fourth: a section title
 * (追踪一：两本账对不上), where a text's own first line, short by its
 * indent or on a page of no indents, has a full line under it.
 */
/* Whether the page sets its wrapped lines apart too, by the letter's
 * last line above signature line i: a blank before it though the line
 * above it ends no sentence (…希望有关部门能管一 / (blank) / 管。). A
 * blank there says nothing of where a signature wraps. */
static int
wraps_blank(const struct seg *s, size_t i)
{
	return i >= 2 && s->l[i - 1].blank_before && !s->l[i - 2].final &&
	    !s->l[i - 2].mid && s->l[i - 2].kind == L_TEXT;
}

static int
signature_wraps(const struct seg *s, size_t i, int widest, int cells)
{
	const struct seg_line *l = &s->l[i], *r = &s->l[i + 1],
	    *t = &s->l[i + 2];

	return word_spaced(l) && issuer_like(r) &&
	    (!r->blank_before || wraps_blank(s, i)) &&
	    r->doubled == l->doubled &&
	    r->nch + SIGNATURE_SHORT <= widest && issuer_like(t) &&
	    t->indent == 0 && !seg_salutation(t) &&
	    (narrowest(l) >= cells - FULL_TOL || word_spaced(r) ||
	    (narrowest(t) < cells - FULL_TOL && i + 3 < s->nl &&
	    narrowest(&s->l[i + 3]) < cells - FULL_TOL));
}

/*
 * A letter's signature (方山县 村民 高建平 under a reader's letter, 方山县
 * 文化和旅游局 under the reply): a short line with no clause end right
 * after a sentence's end, the letter opened by its salutation (编辑同志：,
 * 尊敬的编辑：, a reply's 高建平同志：, 田晓芳女士：) at most LETTER_LINES
 * lines above, and narrower than the
 * letter's lines by SIGNATURE_SHORT characters or more (no wrapped
 * paragraph's first line). It belongs to the letter, as a notice's issuer
 * does to the notice, not to a headline: read as one, it cut the letter
 * from the reporter's and the office's answers after it.
 */
static void
mark_letter_signoffs(struct seg *s)
{
	size_t i, open = (size_t)-1;
	int widest = 0, cells = 0;  /* the letter's widest line, in
	                               characters and in cells (narrowest:
	                               the columns are not measured yet) */
	int reply = 0;              /* the salutation greets the letter's
	                               writer, not the editors: a reply */

	for (i = 0; i < s->nl; i++) {
		struct seg_line *l = &s->l[i];
		if (seg_salutation(l)) {
			open = i;
			widest = cells = 0;
			reply = seg_honorific_at(l->text, l->len) !=
			    (size_t)-1 && strstr(l->text, "编辑") == NULL;
			continue;
		}
		if (i + 1 < s->nl && wrapped_salutation(l, &s->l[i + 1])) {
			open = ++i;
			widest = cells = 0;
			reply = 0;
			continue;
		}
		if (open == (size_t)-1)
			continue;
		if (i - open > LETTER_LINES) {
			open = (size_t)-1;
			continue;
		}
		/* (a signature as wide as the column wraps: its words
		 * parted by spaces, place, role and name, fill the first
		 * line, and the rest stands short under it, 临县 农民工 刘拴柱
		 * / 等十一人, or goes on in words parted so, 兴县魏家滩镇 退休
		 * / 教师 康守义, and the findings' section title stands
		 * under it, a third short line set flush (追踪一：两本账对不
		 * 上, 记者调查). A signature on one line, not full, over a
		 * section title (方山县 村民 高建平 / 记者调查) is none, nor
		 * is a full one over its section title and a text's first
		 * line (记者跟随康守义回到他的老家。, 接到来信后，…). Its
		 * lines are the signature's, the rest reading on from the
		 * first (sigwrap) and ending it as a signature does: read
		 * as a headline, the signature took the letter's title or
		 * cut the letter from its findings. Tried before the short
		 * signature on one line: a narrow column cuts a signature
		 * anywhere, 兴县魏家滩镇 退 / 休教师 康守义, and its first
		 * line alone is then short) */
		if (i > open + 1 && i + 2 < s->nl && issuer_like(l) &&
		    s->l[i - 1].final && signature_wraps(s, i, widest, cells)) {
			l->kind = L_SIGNOFF;
			l->letter = 1;
			l->reply = (unsigned)reply;
			s->l[i + 1].kind = L_SIGNOFF;
			s->l[i + 1].sigwrap = 1;
			open = (size_t)-1;
			i++;
			continue;
		}
		/* (right under the salute, 此致 / 敬礼！, no paragraph's
		 * first line stands but the signature: it may be as wide
		 * as the letter's lines, a narrow column's, 临县安业乡家长
		 * 高二平 under lines of twelve characters; read as no
		 * signature, the letter's 部门回复 and the reply under it were
		 * cut off as an article of their own. Nor does a line of
		 * words parted by single spaces, place, role and name, 方山县
		 * 村民 高建平, however wide: in a column of twelve characters
		 * it is no shorter than the letter's lines, and read as a
		 * headline it cut the letter from the findings under it;
		 * signed_name) */
		if (i > open + 1 && issuer_like(l) && s->l[i - 1].final &&
		    (l->nch + SIGNATURE_SHORT <= widest ||
		    seg_is_salute(s->l[i - 1].text) || signed_name(l))) {
			l->kind = L_SIGNOFF;
			l->letter = 1;
			l->reply = (unsigned)reply;
			open = (size_t)-1;
			/* (the signer's bare name on a line of its own under
			 * the place and role, 临县安业乡家长 / 高二平: the
			 * signature's rest, not a byline over what follows) */
			if (i + 1 < s->nl && s->l[i + 1].name &&
			    s->l[i + 1].kind == L_TEXT && !l->name) {
				s->l[i + 1].kind = L_SIGNOFF;
				s->l[i + 1].sigwrap = 1;
				i++;
			}
			continue;
		}
		if (l->nch > widest)
			widest = l->nch;
		if (narrowest(l) > cells)
			cells = narrowest(l);
	}
}

/* A line this long that comes again word for word was printed twice. */
#define REPEAT_LINE_CHARS 6

/* A hash of a line's text for mark_repeats: its length and its first and
 * last eight bytes (equal texts hash equal; others seldom do, and are
 * told apart by strcmp). */
static uint64_t
text_hash(const char *t, size_t n)
{
	uint64_t a = 0, z = 0;

	/* (a line of eight bytes or more, most, read in two loads: the
	 * copies of a length not known here were calls) */
	if (n >= 8) {
		memcpy(&a, t, 8);
		memcpy(&z, t + n - 8, 8);
	} else {
		memcpy(&a, t, n);
		memcpy(&z, t, n);
	}
	return ((a * 0x9E3779B97F4A7C15ULL) ^ z ^ (uint64_t)n) *
	    0xC2B2AE3D27D4EB4FULL;
}

/*
 * Text lines whose text the page prints again (SPEC import 5: a repeated
 * paragraph): a headline is printed once, so such a line is body text
 * even where it looks like a title (a question on a line of its own).
 * Equal texts meet in a hash table (where a sort of the lines was 2 % of
 * segmenting a page): the first of them stays in it, and each later one
 * marks itself and that one.
 */
static void
mark_repeats(struct seg *s)
{
	size_t slots = 16, mask, i, h;
	uint32_t *at;         /* line index + 1, 0: empty (four bytes: half
	                         the table to clear) */
	uint64_t *key, x;

	while (slots < 2 * s->nl + 2)
		slots *= 2;
	mask = slots - 1;
	at = xcalloc(slots, sizeof *at);
	key = xreallocarray(NULL, slots, sizeof *key);
	for (i = 0; i < s->nl; i++) {
		struct seg_line *l = &s->l[i];
		if (l->nch < REPEAT_LINE_CHARS || l->kind != L_TEXT)
			continue;
		x = text_hash(l->text, l->len);
		for (h = (size_t)(x >> 32) & mask; at[h] != 0; h = (h + 1) & mask)
			if (key[h] == x &&
			    strcmp(s->l[at[h] - 1].text, l->text) == 0)
				break;
		if (at[h] != 0) {
			l->repeat = s->l[at[h] - 1].repeat = 1;
			continue;
		}
		at[h] = (uint32_t)(i + 1);
		key[h] = x;
	}
	free(at);
	free(key);
}

void
seg_read_lines(struct seg *s, const char *text)
{
	seg_read_lines_n(s, text, strlen(text), (size_t)-1);
}

/* Lines room is made for at first, for every LINE_ROOM_BYTES bytes of
 * text (a page's lines are some 40 bytes with their blank lines; room
 * doubles if they are shorter). */
#define LINE_ROOM_BYTES 32

/* Room for line s->nl in s->l and s->lp, kept *cap big. */
static void
line_room(struct seg *s, size_t *cap)
{
	if (s->nl < *cap)
		return;
	*cap *= 2;
	s->l = xreallocarray(s->l, *cap, sizeof *s->l);
	s->lp = xreallocarray(s->lp, *cap, sizeof *s->lp);
}

int
seg_read_lines_n(struct seg *s, const char *text, size_t room, size_t max)
{
	const char *p = text, *e;
	char *t, *u;
	int blank = 0, clean, dbl = 0;
	size_t cap = room / LINE_ROOM_BYTES + 16, np = 0, n, len, newlines = 0;
	/* Every line's Han pairs (index_pairs, seg_index), found as its
	 * evidence is: a line has no more characters than bytes. */
	uint64_t *pv = xreallocarray(NULL, room + 1, sizeof *pv);

	/* Room for a page's lines at once (one allocation, not one a line;
	 * the newlines are counted here, where a walk of their own counted
	 * them before). */
	s->l = xreallocarray(s->l, cap, sizeof *s->l);
	s->lp = xreallocarray(NULL, cap, sizeof *s->lp);
	s->lpairs = pv;
	seg_chars_free(s->dch);
	s->dch = seg_chars_new();
	while (*p != '\0') {
		struct seg_line *l;
		/* (an empty line, every other line of some dumps, is seen
		 * without a search) */
		e = *p == '\n' ? p : strchr(p, '\n');
		if (e == NULL)
			e = p + strlen(p);
		else if (++newlines > max)
			return 0;
		/* An empty line (every other line of some dumps) cleans to
		 * nothing: a blank, without a copy to make. Another is copied
		 * to the page's text blocks and measured as it is: the walk
		 * finds whether cleaning leaves it so (most lines). If not, it
		 * is cleaned (perhaps to nothing: a blank), then measured. */
		if (e == p) {
			blank = 1;
			p = *e == '\0' ? e : e + 1;
			continue;
		}
		line_room(s, &cap);
		l = &s->l[s->nl];
		memset(l, 0, sizeof *l);
		len = (size_t)(e - p);
		l->text = t = seg_text(s, p, len, room);
		line_walk(l, len, pv + np, &n, &clean, &dbl, s->dch);
		if (!clean) {
			u = clean_line(p, (size_t)(e - p));
			len = strlen(u);
			t = len == 0 ? NULL : seg_text(s, u, len, room);
			free(u);
			if (t == NULL) {
				blank = 1;
				p = *e == '\0' ? e : e + 1;
				continue;
			}
			l->text = t;
			line_walk(l, len, pv + np, &n, NULL, &dbl, s->dch);
		}
		s->nl++;
		l->indent = leading(p, e);
		l->blank_before = blank;
		blank = 0;
		/* SPEC import 4: doubled bold text, whole lines only. */
		/* (asked only of a line whose code points but spaces may
		 * each come an even number of times, as a doubled line's
		 * do: their XOR 0 and their count even, found by the walk;
		 * most lines fail it) */
		if (dbl && (u = clean_undouble_n(t, l->len)) != NULL) {
			/* (the doubled text stays in its block, unused) */
			len = strlen(u);
			l->text = t = seg_text(s, u, len, room);
			free(u);
			l->doubled = 1;
			line_walk(l, len, pv + np, &n, NULL, NULL, s->dch);
		}
		s->lp[s->nl - 1].off = np;
		s->lp[s->nl - 1].n = n;
		s->lp[s->nl - 1].len = len;
		s->lp[s->nl - 1].text = t;
		s->lp[s->nl - 1].nch = l->nch;
		np += n;
		if (s->nl >= 2 && !l->final && mark_tail(&s->l[s->nl - 2], l))
			l->final = l->mark = 1;
		/* (a notice addresses a person under its number: 王某某：) */
		if (s->nl >= 2 && s->l[s->nl - 2].docnum && l->colon &&
		    l->kind == L_TEXT && l->nch <= FRAME_MAX_CHARS)
			l->address = 1;
		p = *e == '\0' ? e : e + 1;
	}
	undouble_short(s);
	mark_cut_fields(s);
	mark_cut_dates(s);
	mark_signoffs(s);
	mark_letter_signoffs(s);
	index_pairs(s);
	mark_repeats(s);
	return 1;
}

size_t
seg_next_line(const struct seg *s, size_t i)
{
	for (i++; i < s->nl && s->l[i].gone; i++)
		;
	return i;
}

size_t
seg_prev_line(const struct seg *s, size_t i)
{
	while (i > 0) {
		i--;
		if (!s->l[i].gone)
			return i;
	}
	return (size_t)-1;
}

/*
 * Unit tests of width: cells per character for both ambiguous-width
 * settings, and agreement with glibc's wcwidth (what ncurses and tmux
 * count by) for the default setting, on the corpus and on all of Unicode.
 */
#define _XOPEN_SOURCE 700
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <unistr.h>

#include "lreader/width.h"
#include "../tap.h"

static const char *corpus_files[] = {
	"000_654740d0f14573d2.txt", "001_88496977c24d648f.txt",
	"002_52a807616048621b.txt", "003_de8d0f2df01a8059.txt",
	"004_4f12a0768dd3e9cf.txt",
};

/* The whole of one corpus file (the shared copy, else the bundled one). */
static char *
read_corpus(const char *name, size_t *len)
{
	const char *top = getenv("top_srcdir");
	const char *dirs[] = { "../shared/corpus", "assets/issues" };
	char path[4096];
	size_t i;

	for (i = 0; i < 2; i++) {
		FILE *f;
		char *data;
		long size;

		snprintf(path, sizeof path, "%s/%s/%s", top ? top : ".",
		    dirs[i], name);
		if ((f = fopen(path, "rb")) == NULL)
			continue;
		fseek(f, 0, SEEK_END);
		size = ftell(f);
		rewind(f);
		data = malloc((size_t)size + 1);
		*len = fread(data, 1, (size_t)size, f);
		data[*len] = '\0';
		fclose(f);
		return data;
	}
	return NULL;
}

/* glibc's count, with its -1 for control characters read as 0 cells. */
static int
glibc_width(uint32_t uc)
{
	int w = wcwidth((wchar_t)uc);

	return w < 0 ? 0 : w;
}

static void
test_chars(void)
{
	static const struct {
		uint32_t uc;
		int narrow, wide;
		const char *what;
	} cases[] = {
		{ 'a', 1, 1, "ASCII letter" },
		{ ' ', 1, 1, "space" },
		{ 0x4E2D, 2, 2, "中" },
		{ 0x3002, 2, 2, "。 (CJK full stop)" },
		{ 0xFF0C, 2, 2, "， (full-width comma)" },
		{ 0x3000, 2, 2, "ideographic space" },
		{ 0xFF21, 2, 2, "Ａ (full-width Latin)" },
		{ 0xFF71, 1, 1, "ｱ (half-width katakana)" },
		{ 0x1F600, 2, 2, "emoji" },
		{ 0x20000, 2, 2, "CJK extension B" },
		{ 0x201C, 1, 2, "“" },
		{ 0x201D, 1, 2, "”" },
		{ 0x2018, 1, 2, "‘" },
		{ 0x2019, 1, 2, "’" },
		{ 0x2026, 1, 2, "…" },
		{ 0x2014, 1, 2, "—" },
		{ 0x00B7, 1, 2, "·" },
		{ 0x00B0, 1, 2, "°" },
		{ 0x00A7, 1, 2, "§" },
		{ 0x00D7, 1, 2, "×" },
		{ 0x2030, 1, 2, "‰" },
		{ 0x2103, 1, 2, "℃" },
		{ 0x03B1, 1, 2, "Greek α" },
		{ 0x0416, 1, 2, "Cyrillic Ж" },
		{ 0x2500, 1, 2, "box drawing ─" },
		{ 0x2460, 1, 2, "①" },
		{ 0xFFFD, 1, 2, "replacement character" },
		{ 0x00E9, 1, 2, "é (ambiguous in UAX #11)" },
		{ 0x00E7, 1, 1, "ç (neutral)" },
		{ 0x2010, 1, 2, "‐ hyphen" },
		{ '-', 1, 1, "ASCII hyphen" },
		{ 0x0301, 0, 0, "combining acute (ambiguous but zero)" },
		{ 0xFE0F, 0, 0, "variation selector (ambiguous but zero)" },
		{ 0x200B, 0, 0, "zero width space" },
		{ 0, 0, 0, "NUL" },
		{ '\t', 0, 0, "tab" },
		{ '\n', 0, 0, "newline" },
		{ 0x1B, 0, 0, "ESC" },
		{ 0x7F, 0, 0, "DEL" },
		{ 0x85, 0, 0, "C1 NEL" },
		{ 0x9B, 0, 0, "C1 CSI" },
		{ 0x4DC0, 2, 2, "hexagram (glibc: wide)" },
		{ 0x00AD, 1, 2, "soft hyphen (glibc: drawn)" },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		is_int(width_of(cases[i].uc, 1), cases[i].narrow,
		    "U+%04X %s: %d cell(s) with ambiguous 1", (unsigned)cases[i].uc,
		    cases[i].what, cases[i].narrow);
		is_int(width_of(cases[i].uc, 2), cases[i].wide,
		    "U+%04X %s: %d cell(s) with ambiguous 2", (unsigned)cases[i].uc,
		    cases[i].what, cases[i].wide);
		is_int(width_is_ambiguous(cases[i].uc),
		    cases[i].narrow != cases[i].wide,
		    "U+%04X %s: ambiguous iff the setting changes it",
		    (unsigned)cases[i].uc, cases[i].what);
	}
	is_int(width_of('x', 0), 1, "a bad setting (0) counts as 1");
	is_int(width_of(0x201C, 3), 1, "a bad setting (3) counts as 1");
}

static void
test_str(void)
{
	const char *s = "中文“引号”…ab";

	is_int(width_str(s, strlen(s), 1), 4 + 1 + 4 + 1 + 1 + 2,
	    "width_str, ambiguous 1");
	is_int(width_str(s, strlen(s), 2), 4 + 2 + 4 + 2 + 2 + 2,
	    "width_str, ambiguous 2");
	is_int(width_str(s, 3, 1), 2, "width_str counts only n bytes");
	is_int(width_str("", 0, 1), 0, "width_str of empty string");
	is_int(width_str(NULL, 0, 1), 0, "width_str of NULL");
	is_int(width_str("a\tb\x1b[1m", 7, 1), 5,
	    "controls count 0 (ESC) and the rest of a sequence as text");
	is_int(width_str("a\xff" "b", 3, 1), 3,
	    "a bad byte counts as one U+FFFD (1 cell)");
	is_int(width_str("a\xff" "b", 3, 2), 4,
	    "a bad byte counts as one U+FFFD (2 cells, ambiguous 2)");
	is_int(width_str("\xe4\xb8", 2, 1), 1,
	    "a truncated sequence counts as one U+FFFD");
}

/* ambiguous=1 agrees with glibc for every character of the corpus. */
static void
test_corpus(void)
{
	size_t f;

	for (f = 0; f < sizeof corpus_files / sizeof corpus_files[0]; f++) {
		size_t len, i = 0, chars = 0, bad = 0, amb = 0;
		char *data = read_corpus(corpus_files[f], &len);
		const uint8_t *p = (const uint8_t *)data;

		if (!ok(data != NULL, "corpus %s found", corpus_files[f]))
			continue;
		while (i < len) {
			ucs4_t uc;

			i += u8_mbtouc(&uc, p + i, len - i);
			chars++;
			if (width_of(uc, 1) != glibc_width(uc)) {
				if (bad++ < 5)
					diag("U+%04X: %d, glibc %d", (unsigned)uc,
					    width_of(uc, 1), glibc_width(uc));
			}
			if (width_is_ambiguous(uc)) {
				amb++;
				if (width_of(uc, 2) != 2)
					bad++;
			} else if (width_of(uc, 2) != width_of(uc, 1)) {
				bad++;
			}
		}
		is_int(bad, 0, "%s: all %zu characters agree with wcwidth "
		    "(ambiguous 1) and ambiguous ones are 2 with ambiguous 2",
		    corpus_files[f], chars);
		diag("%s: %zu ambiguous characters", corpus_files[f], amb);
		free(data);
	}
}

/* And on every assigned code point of Unicode (glibc 2.36's view). */
static void
test_all_unicode(void)
{
	uint32_t uc;
	size_t bad = 0, checked = 0;

	for (uc = 0; uc < 0x110000; uc++) {
		if (uc >= 0xD800 && uc < 0xE000)
			continue;
		if (wcwidth((wchar_t)uc) < 0 && uc >= 0x20 && uc != 0x7F &&
		    !(uc >= 0x80 && uc < 0xA0))
			continue;  /* unassigned to glibc */
		checked++;
		if (width_of(uc, 1) != glibc_width(uc) && bad++ < 5)
			diag("U+%04X: %d, glibc %d", (unsigned)uc,
			    width_of(uc, 1), glibc_width(uc));
	}
	is_int(bad, 0, "ambiguous 1 agrees with wcwidth on all %zu assigned "
	    "code points", checked);
}

int
main(void)
{
	if (!ok(setlocale(LC_CTYPE, "C.UTF-8") != NULL, "C.UTF-8 locale"))
		return done_testing();
	test_chars();
	test_str();
	test_corpus();
	test_all_unicode();
	return done_testing();
}

/*
 * Unit tests of screen: the locale fallback (with stand-ins for
 * setlocale, since C.UTF-8 always loads on Debian), and screen_put on a
 * curses screen that writes to a temporary file: control characters from
 * text never reach the terminal, characters are placed by width_of().
 */
#include <curses.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tap.h"
#include "lreader/screen.h"

/* ---- locale ---- */

static int utf8_now, loads_c_utf8, calls_ctype, calls_all;

static char *
fake_setlocale(int cat, const char *name)
{
	static char ok_[] = "ok";

	if (cat == LC_ALL) {
		calls_all++;
		return ok_;
	}
	calls_ctype++;
	if (loads_c_utf8 && strcmp(name, "C.UTF-8") == 0) {
		utf8_now = 1;
		return ok_;
	}
	return NULL;
}

static int
fake_is_utf8(void)
{
	return utf8_now;
}

static void
locale_fallback(void)
{
	utf8_now = 1, loads_c_utf8 = 1, calls_ctype = calls_all = 0;
	is_int(screen_locale(fake_setlocale, fake_is_utf8), 0,
	    "a UTF-8 environment is kept");
	is_int(calls_ctype, 0, "  LC_CTYPE untouched");
	is_int(calls_all, 1, "  setlocale(LC_ALL, \"\") once");

	utf8_now = 0, loads_c_utf8 = 1, calls_ctype = 0;
	is_int(screen_locale(fake_setlocale, fake_is_utf8), 0,
	    "not UTF-8: C.UTF-8 is tried for LC_CTYPE");
	is_int(calls_ctype, 1, "  and the first try loads");

	utf8_now = 0, loads_c_utf8 = 0, calls_ctype = 0;
	is_int(screen_locale(fake_setlocale, fake_is_utf8), -1,
	    "no UTF-8 locale loads: -1 (lreader: no UTF-8 locale)");
	ok(calls_ctype >= 2, "  after trying more than one name");
}

/* ---- drawing ---- */

/* The character in cell (y, x) of stdscr. */
static wchar_t
cell(int y, int x)
{
	cchar_t cc;
	wchar_t wc[CCHARW_MAX + 1];
	attr_t a;
	short pair;

	if (mvin_wch(y, x, &cc) == ERR)
		return 0;
	getcchar(&cc, wc, &a, &pair, NULL);
	return wc[0];
}

static void
drawing(void)
{
	FILE *out = tmpfile(), *in = fopen("/dev/null", "r");
	SCREEN *s;
	char bytes[65536];
	size_t n;

	if (setlocale(LC_ALL, "C.UTF-8") == NULL || out == NULL || in == NULL ||
	    (s = newterm("vt100", out, in)) == NULL) {
		ok(0, "a curses screen on a file (vt100, C.UTF-8)");
		return;
	}
	ok(1, "a curses screen on a file (vt100, C.UTF-8)");
	resizeterm(24, 80);

	is_int(screen_put(0, 0, 80, "a\033[31mb\007c\xc2\x9b" "d\x7f" "e", 14,
	    1, SCREEN_PLAIN), 9, "controls dropped: 9 cells drawn");
	ok(cell(0, 0) == 'a' && cell(0, 1) == '[' && cell(0, 5) == 'b' &&
	    cell(0, 6) == 'c' && cell(0, 7) == 'd' && cell(0, 8) == 'e',
	    "  ESC, BEL, C1 CSI and DEL are gone, the printable rest stays");
	is_int(screen_put(1, 0, 80, "a\tb", 3, 1, SCREEN_PLAIN), 3,
	    "a tab is one space");
	ok(cell(1, 1) == ' ', "  drawn as a space");
	is_int(screen_put(2, 0, 80, "x\xffy", 3, 1, SCREEN_PLAIN), 3,
	    "a bad byte is one cell");
	ok(cell(2, 1) == 0xFFFD, "  drawn as U+FFFD");
	is_int(screen_put(3, 0, 5, "中文字", 9, 1, SCREEN_PLAIN), 4,
	    "wide characters: two of three fit in 5 cells");
	ok(cell(3, 0) == 0x4E2D && cell(3, 2) == 0x6587, "  at columns 0 and 2");
	ok(cell(3, 4) != 0x5B57, "  the third does not straddle the edge");
	is_int(screen_put(4, 0, 80, "\xe2\x80\x9c" "a" "\xe2\x80\x9d", 7, 1,
	    SCREEN_PLAIN), 3, "ambiguous-width 1: “a” is 3 cells");
	is_int(screen_put(5, 0, 80, "\xe2\x80\x9c" "a" "\xe2\x80\x9d", 7, 2,
	    SCREEN_PLAIN), 5, "ambiguous-width 2: “a” is 5 cells");
	ok(cell(5, 2) == 'a', "  the a placed after a two-cell “");
	is_int(screen_put(6, 0, 80, "e\xcc\x81x", 4, 1, SCREEN_PLAIN), 2,
	    "a combining mark rides on its base character");
	/* Work item 13: a ZWJ family and a bidi override. */
	is_int(screen_put(8, 0, 80, "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9|",
	    12, 1, SCREEN_PLAIN), 5, "emoji joined by ZWJ: drawn as two, 2 cells each");
	ok(cell(8, 4) == '|', "  the border after them where we measured it");
	is_int(screen_put(9, 0, 80, "a\xe2\x80\xae" "bc", 6, 1, SCREEN_PLAIN), 3,
	    "a bidi override takes no cell");
	is_int(screen_puts(7, 0, 80, "", 1, SCREEN_PLAIN), 0, "empty text");
	is_int(screen_put(7, 0, 0, "abc", 3, 1, SCREEN_PLAIN), 0,
	    "no room: nothing drawn");
	refresh();
	endwin();
	delscreen(s);

	fflush(out);
	rewind(out);
	n = fread(bytes, 1, sizeof bytes - 1, out);
	bytes[n] = '\0';
	ok(strstr(bytes, "\033[31m") == NULL, "no ESC [31m reached the terminal");
	ok(memchr(bytes, '\007', n) == NULL, "no BEL reached the terminal");
	ok(strstr(bytes, "\xc2\x9b") == NULL, "no C1 CSI reached the terminal");
	ok(memchr(bytes, 0x7f, n) == NULL, "no DEL reached the terminal");
	ok(strstr(bytes, "\xe2\x80\x8d") == NULL, "no ZWJ reached the terminal");
	ok(strstr(bytes, "\xe2\x80\xae") == NULL,
	    "no bidi override reached the terminal");
	ok(strstr(bytes, "[31mbcde") != NULL, "the text itself did");
	fclose(out);
	fclose(in);
}

int
main(void)
{
	locale_fallback();
	drawing();
	return done_testing();
}

/*
 * screen: everything that talks to the terminal through ncursesw. The
 * rest of the interface draws with screen_put and friends, which never
 * send a control character taken from article text and which place each
 * character at the column width_of() gives it, so that layout, truncation
 * and drawing agree (see include/lreader/screen.h).
 */
#include <curses.h>
#include <unictype.h>
#include <langinfo.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <term.h>
#include <errno.h>
#include <unistd.h>
#include <wchar.h>

#include "lreader/keys.h"
#include "lreader/screen.h"
#include "lreader/util.h"
#include "lreader/width.h"

static SCREEN *scr;
static int use_color;
static attr_t el_attr[EL_COUNT];
static short el_pair[EL_COUNT];

/* Attributes an element keeps without colours (NO_COLOR) when its
 * `color` line gives none: enough to tell the parts apart. */
static const attr_t mono_attr[EL_COUNT] = {
	[EL_CURSOR] = A_REVERSE, [EL_UNREAD] = A_BOLD,
	[EL_BOOKMARK] = A_BOLD, [EL_TITLE] = A_BOLD, [EL_HEADING] = A_BOLD,
	[EL_MATCH] = A_REVERSE, [EL_STATUS] = A_REVERSE,
	[EL_PROMPT] = A_BOLD, [EL_CAPTION] = A_DIM, [EL_BORDER] = A_BOLD,
	[EL_LINK] = A_UNDERLINE,
};

static int
codeset_is_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);

	return cs != NULL && (strcasecmp(cs, "UTF-8") == 0 ||
	    strcasecmp(cs, "UTF8") == 0);
}

int
screen_locale(char *(*set)(int, const char *), int (*is_utf8)(void))
{
	static const char *const tries[] = {
		"C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"
	};
	size_t i;

	if (set == NULL)
		set = setlocale;
	if (is_utf8 == NULL)
		is_utf8 = codeset_is_utf8;
	(void)set(LC_ALL, "");
	if (is_utf8())
		return 0;
	/* SPEC "Locale": only LC_CTYPE changes; messages and collation
	 * stay as the reader set them. */
	for (i = 0; i < sizeof tries / sizeof tries[0]; i++)
		if (set(LC_CTYPE, tries[i]) != NULL && is_utf8())
			return 0;
	return -1;
}

int
screen_check_term(char **err)
{
	const char *term = getenv("TERM");
	TERMINAL *old = cur_term, *t;
	char *cup;
	int e = 0, rc = 0;

	if (term == NULL || term[0] == '\0')
		return fail(err, "TERM is not set");
	if (setupterm(NULL, fileno(stdout), &e) != OK)
		return fail(err, "unknown terminal type '%s' (check TERM)",
		    term);
	cup = tigetstr("cup");
	if (cup == NULL || cup == (char *)-1)
		rc = fail(err, "terminal '%s' cannot move the cursor "
		    "(check TERM)", term);
	t = set_curterm(old);
	del_curterm(t);
	return rc;
}

int
screen_init(int no_color, int mouse, char **err)
{
	const char *term = getenv("TERM");
	char *cup;

	if (term == NULL || term[0] == '\0')
		return fail(err, "TERM is not set");
	scr = newterm(NULL, stdout, stdin);
	if (scr == NULL)
		return fail(err, "unknown terminal type '%s' (check TERM)",
		    term);
	cup = tigetstr("cup");
	if (cup == NULL || cup == (char *)-1) {
		screen_end();
		return fail(err, "terminal '%s' cannot move the cursor "
		    "(check TERM)", term);
	}
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	use_color = !no_color && has_colors() && start_color() == OK;
	if (use_color)
		use_default_colors();
	screen_mouse(mouse);
	return 0;
}

void
screen_end(void)
{
	if (scr == NULL)
		return;
	curs_set(1);
	endwin();
	delscreen(scr);
	scr = NULL;
}

int
screen_active(void)
{
	return scr != NULL;
}

void
screen_suspend(void)
{
	if (scr == NULL)
		return;
	def_prog_mode();
	curs_set(1);
	endwin();
}

int
screen_pause_key(const char *prompt)
{
	char c;
	ssize_t r;

	if (scr == NULL)
		return 0;
	/* Our key modes, but no refresh: what the command wrote stays on
	 * the terminal until the key (a curses read would repaint first).
	 * Output post-processing is off: a new line is \r\n. */
	reset_prog_mode();
	if (fputs("\r\n", stdout) == EOF || fputs(prompt, stdout) == EOF ||
	    fflush(stdout) == EOF)
		return 0;
	/* A signal (Ctrl-C) ends the wait: the caller sees it caught. */
	r = read(STDIN_FILENO, &c, 1);
	/* The rest of a key's escape sequence is not a key of ours. */
	flushinp();
	return r < 0 && errno == EINTR ? -1 : 0;
}

void
screen_resume(void)
{
	if (scr == NULL)
		return;
	reset_prog_mode();
	clearok(curscr, TRUE);
	refresh();
}

static attr_t
curses_attrs(unsigned a)
{
	attr_t r = A_NORMAL;

	if (a & CONFIG_BOLD)
		r |= A_BOLD;
	if (a & CONFIG_DIM)
		r |= A_DIM;
	if (a & CONFIG_UNDERLINE)
		r |= A_UNDERLINE;
	if (a & CONFIG_REVERSE)
		r |= A_REVERSE;
	return r;
}

void
screen_colors(const struct config_color *colors)
{
	int e;

	for (e = 0; e < EL_COUNT; e++) {
		const struct config_color *c = &colors[e];

		el_attr[e] = curses_attrs(c->attrs);
		el_pair[e] = 0;
		if (use_color) {
			int fg = c->fg < COLORS ? c->fg : -1;
			int bg = c->bg < COLORS ? c->bg : -1;

			if (init_pair((short)(e + 1), (short)fg, (short)bg) == OK)
				el_pair[e] = (short)(e + 1);
		} else if (el_attr[e] == A_NORMAL) {
			el_attr[e] = mono_attr[e];
		}
	}
}

void
screen_mouse(int on)
{
	if (scr == NULL)
		return;
	mouseinterval(0);
	mousemask(on ? BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED |
	    BUTTON5_PRESSED : 0, NULL);
}

void
screen_size(int *rows, int *cols)
{
	getmaxyx(stdscr, *rows, *cols);
}

static int
special_key(int k)
{
	switch (k) {
	case KEY_UP: return K_UP;
	case KEY_DOWN: return K_DOWN;
	case KEY_LEFT: return K_LEFT;
	case KEY_RIGHT: return K_RIGHT;
	case KEY_PPAGE: return K_PAGEUP;
	case KEY_NPAGE: return K_PAGEDOWN;
	case KEY_HOME: return K_HOME;
	case KEY_END: return K_END;
	case KEY_ENTER: return K_ENTER;
	case KEY_BACKSPACE: return K_BACKSPACE;
	case KEY_RESIZE: return K_RESIZE;
	default: break;
	}
	if (k >= KEY_F(1) && k <= KEY_F(12))
		return K_F1 + (k - KEY_F(1));
	return K_NONE;
}

static int
mouse_event(struct screen_mouse *m)
{
	MEVENT ev;

	if (getmouse(&ev) != OK)
		return K_NONE;
	m->y = ev.y;
	m->x = ev.x;
	if (ev.bstate & BUTTON4_PRESSED)
		m->kind = MOUSE_WHEEL_UP;
	else if (ev.bstate & BUTTON5_PRESSED)
		m->kind = MOUSE_WHEEL_DOWN;
	else if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))
		m->kind = MOUSE_CLICK;
	else
		return K_NONE;
	return K_MOUSE;
}

int
screen_getkey(int timeout_ms, struct screen_mouse *m)
{
	wint_t wc;
	int r;

	wtimeout(stdscr, timeout_ms);
	r = wget_wch(stdscr, &wc);
	if (r == ERR)
		return K_NONE;
	if (r == KEY_CODE_YES) {
		if (wc == KEY_MOUSE)
			return mouse_event(m);
		return special_key((int)wc);
	}
	if (wc == '\n' || wc == '\r')
		return K_ENTER;
	if (wc > 0x10FFFF)
		return K_NONE;
	return (int)wc;
}

static attr_t
style_attr(int style, short *pair)
{
	attr_t a = A_NORMAL;
	int el = style & 0xff;

	*pair = 0;
	if (style != SCREEN_PLAIN && el < EL_COUNT) {
		a = el_attr[el];
		*pair = el_pair[el];
	}
	if (style != SCREEN_PLAIN && (style & SCREEN_BOLD))
		a |= A_BOLD;
	if (style != SCREEN_PLAIN && (style & SCREEN_UNDERLINE))
		a |= A_UNDERLINE;
	return a;
}

/* A character the C library cannot draw becomes U+FFFD, not ~X. */
static wchar_t
drawable(uint32_t uc)
{
	return wcwidth((wchar_t)uc) < 1 ? (wchar_t)0xFFFD : (wchar_t)uc;
}


int
screen_put(int y, int x, int maxw, const char *s, size_t n, int amb,
    int style)
{
	wchar_t wc[CCHARW_MAX + 1];
	cchar_t cc;
	short pair;
	attr_t a = style_attr(style, &pair);
	size_t i = 0;
	int used = 0, w, k, len;
	uint32_t uc, next;

	while (i < n && s[i] != '\0') {
		i += (size_t)utf8_next(s + i, n - i, &uc);
		if (uc == '\t')
			uc = ' ';
		if (utf8_is_control(uc) || (w = width_of(uc, amb)) == 0)
			continue;
		if (used + w > maxw)
			break;
		k = 0;
		wc[k++] = drawable(uc);
		/* Combining marks ride on their base character's cell. Other
		 * characters of no width (format characters: a joiner, a bidi
		 * override) are never sent: a terminal may join emoji around
		 * a ZWJ into one 2-cell glyph that we placed as several (the
		 * sidebar's border moved), and a bidi control would reorder
		 * what follows on the screen. */
		while (i < n && k < CCHARW_MAX) {
			len = utf8_next(s + i, n - i, &next);
			if (utf8_is_control(next) || width_of(next, amb) != 0 ||
			    wcwidth((wchar_t)next) != 0 ||
			    !uc_is_general_category(next, UC_CATEGORY_M))
				break;
			wc[k++] = (wchar_t)next;
			i += (size_t)len;
		}
		wc[k] = L'\0';
		setcchar(&cc, wc, a, pair, NULL);
		/* Placed by our width, not by where curses thinks the last
		 * character ended (SPEC: ambiguous width 2). */
		mvadd_wch(y, x + used, &cc);
		used += w;
	}
	return used;
}

int
screen_puts(int y, int x, int maxw, const char *s, int amb, int style)
{
	return screen_put(y, x, maxw, s, strlen(s), amb, style);
}

void
screen_fill(int y, int x, int w, int style)
{
	short pair;
	attr_t a = style_attr(style, &pair);
	wchar_t sp[2] = { L' ', L'\0' };
	cchar_t cc;

	if (w <= 0)
		return;
	setcchar(&cc, sp, a, pair, NULL);
	mvhline_set(y, x, &cc, w);
}

void
screen_box(int y, int x, int h, int w, int style)
{
	short pair;
	attr_t a = style_attr(style, &pair);
	int i;

	if (h < 2 || w < 2)
		return;
	for (i = 1; i < h - 1; i++)
		screen_fill(y + i, x + 1, w - 2, SCREEN_PLAIN);
	attr_set(a, pair, NULL);
	/* The wide (Unicode) forms: the 8-bit ACS ones come out as letters
	 * (x, q, l…) when ncurses decides the terminal cannot switch
	 * charsets, as it does with a locale set by lreader itself. */
	mvadd_wch(y, x, WACS_ULCORNER);
	mvhline_set(y, x + 1, WACS_HLINE, w - 2);
	mvadd_wch(y, x + w - 1, WACS_URCORNER);
	mvvline_set(y + 1, x, WACS_VLINE, h - 2);
	mvvline_set(y + 1, x + w - 1, WACS_VLINE, h - 2);
	mvadd_wch(y + h - 1, x, WACS_LLCORNER);
	mvhline_set(y + h - 1, x + 1, WACS_HLINE, w - 2);
	mvadd_wch(y + h - 1, x + w - 1, WACS_LRCORNER);
	attr_set(A_NORMAL, 0, NULL);
}

void
screen_vline(int y, int x, int h, int style)
{
	short pair, vp;
	attr_t a = style < 0 ? A_NORMAL : style_attr(style, &pair), va;
	wchar_t v[CCHARW_MAX + 1];
	cchar_t line;

	if (h <= 0)
		return;
	if (style < 0)
		pair = 0;
	/* The line drawing character the terminal has, in this style. */
	getcchar(WACS_VLINE, v, &va, &vp, NULL);
	setcchar(&line, v, a | (va & A_ALTCHARSET), pair, NULL);
	mvvline_set(y, x, &line, h);
}

void
screen_cursor(int y, int x)
{
	if (y < 0) {
		curs_set(0);
		return;
	}
	move(y, x);
	curs_set(1);
}

void
screen_erase(int hard)
{
	erase();
	if (hard)
		clearok(curscr, TRUE);
}

void
screen_refresh(void)
{
	refresh();
}

/*
 * screen: the terminal: setup and teardown, colours, reading keys, and
 * the drawing primitives. The only interface module that includes
 * curses.h; the others draw through these functions, so no text reaches
 * the terminal except through screen_put, which drops control characters
 * and places every character by width_of() (SPEC "Width of East Asian
 * ambiguous characters", "Control characters").
 */
#ifndef LREADER_SCREEN_H
#define LREADER_SCREEN_H

#include <stddef.h>
#include "lreader/config.h"

/* Drawing styles: SCREEN_PLAIN or an element (enum ui_element), with
 * SCREEN_BOLD or SCREEN_UNDERLINE or'ed in for emphasis on top of it. */
#define SCREEN_PLAIN (-1)
#define SCREEN_BOLD 0x100
#define SCREEN_UNDERLINE 0x200

enum screen_mouse_kind { MOUSE_CLICK, MOUSE_WHEEL_UP, MOUSE_WHEEL_DOWN };

struct screen_mouse {
	enum screen_mouse_kind kind;
	int y, x;
};

/*
 * Check, without touching the terminal, that TERM names a terminal that
 * can address the cursor. Returns 0, or -1 with *err set.
 */
int screen_check_term(char **err);

/*
 * Start the screen on the terminal of stdin/stdout (TERM from the
 * environment): cbreak (so ^C still raises SIGINT), no echo, keypad,
 * a short Esc delay, the mouse if mouse is set, colours on the terminal's
 * own background unless no_color. Returns 0, or -1 with *err set (unknown
 * or unusable TERM) and the terminal untouched.
 */
int screen_init(int no_color, int mouse, char **err);
/* Restore the terminal; safe to call twice or without screen_init. */
void screen_end(void);
/* Hand the terminal to another program for a while (its normal modes,
 * the screen left as it is), and take it back: screen_pause_key waits
 * for one key on the terminal as the other program left it, then
 * screen_resume restores the modes and repaints everything. */
void screen_suspend(void);
int screen_pause_key(const char *prompt);  /* -1: a signal ended it */
void screen_resume(void);
/* Whether the screen is running. */
int screen_active(void);

/* Set up the colour of each element (after screen_init). */
void screen_colors(const struct config_color *colors);
/* Turn mouse reporting on or off. */
void screen_mouse(int on);

/* The terminal's size now. */
void screen_size(int *rows, int *cols);

/*
 * Wait for a key: a K_* code or a character (see keys.h); K_MOUSE with *m
 * filled, K_RESIZE after a resize, K_NONE when a signal or the timeout
 * (timeout_ms, -1 for none) cut the wait.
 */
int screen_getkey(int timeout_ms, struct screen_mouse *m);

/*
 * Draw n bytes of UTF-8 text s at row y, column x, in at most maxw cells,
 * in style. Control characters (C0 but tab, DEL, C1) are dropped, a tab is
 * drawn as a space, invalid bytes as U+FFFD; each character is placed by
 * width_of(uc, amb), and one that does not fit ends the text. Returns the
 * cells drawn.
 */
int screen_put(int y, int x, int maxw, const char *s, size_t n, int amb,
    int style);
/* screen_put of a NUL-terminated string. */
int screen_puts(int y, int x, int maxw, const char *s, int amb, int style);
/* Fill w cells from (y, x) with spaces in style. */
void screen_fill(int y, int x, int w, int style);
/* A frame around the box (y, x, h rows, w cells), its inside cleared. */
void screen_box(int y, int x, int h, int w, int style);
/* A vertical line of h cells from (y, x) in element style `style`, or
 * plain (style < 0). */
void screen_vline(int y, int x, int h, int style);
/* Put the terminal's cursor at (y, x) and show it, or hide it (y < 0). */
void screen_cursor(int y, int x);
/* Erase everything (and, if hard, make the next refresh repaint it all). */
void screen_erase(int hard);
/* Send what was drawn to the terminal. */
void screen_refresh(void);

/*
 * The locale (SPEC "Locale"): the environment's when its codeset is
 * UTF-8, else C.UTF-8 (or a kin of it) for LC_CTYPE. Returns 0, or -1 when
 * no UTF-8 locale loads. set and is_utf8 are setlocale and a check of
 * nl_langinfo(CODESET) when NULL; tests pass stand-ins.
 */
int screen_locale(char *(*set)(int, const char *), int (*is_utf8)(void));

#endif

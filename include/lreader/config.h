/*
 * config: the config file (SPEC "Configuration"): `bind`, `unbind`,
 * `color` and `set` lines. The defaults are the same commands
 * (assets/keys.conf, compiled in), read by the same parser before the
 * user's file. No curses here: colours are kept as numbers and screen.c
 * turns them into pairs.
 */
#ifndef LREADER_CONFIG_H
#define LREADER_CONFIG_H

#include <stdio.h>
#include "lreader/keys.h"

/* What `color` can paint. */
enum ui_element {
	EL_SIDEBAR, EL_CURSOR, EL_UNREAD, EL_BOOKMARK, EL_TITLE, EL_KICKER,
	EL_SUBTITLE, EL_BYLINE, EL_HEADING, EL_CAPTION, EL_MATCH, EL_STATUS,
	EL_PROMPT, EL_BORDER, EL_LINK, EL_COUNT
};

/* Attributes of a `color` line. */
#define CONFIG_BOLD      1u
#define CONFIG_DIM       2u
#define CONFIG_UNDERLINE 4u
#define CONFIG_REVERSE   8u

struct config_color {
	int fg, bg;        /* -1 the terminal's default, else 0–255 */
	unsigned attrs;    /* CONFIG_* */
};

struct config {
	struct keymap keys;                     /* owned */
	struct config_color colors[EL_COUNT];
	int sidebar_width;                      /* 10–80; 0: a third of the
	                                           terminal, 24–60 */
	int text_width;                         /* 20–200 */
	int mouse;                              /* 0 or 1 */
	int ambiguous;                          /* 1 or 2 */
};

/* An empty config: no bindings, default colours, the built-in numbers
 * (before keys.conf is read). Free with config_free. */
void config_init(struct config *c);
void config_free(struct config *c);

/* The compiled-in defaults (assets/keys.conf), a static string. */
const char *config_builtin(void);

/*
 * Apply one line (no newline needed). Blank lines and `#` comments do
 * nothing. Returns 0, or -1 with *err set to the reason (the caller frees
 * it); a bad line changes nothing.
 */
int config_line(struct config *c, const char *line, char **err);

/*
 * Apply every line of text; each bad line is written to errs (if not
 * NULL) as "lreader: NAME:LINE: reason" and skipped. Returns the number
 * of bad lines.
 */
int config_parse(struct config *c, const char *text, const char *name,
    FILE *errs);

/*
 * Read the file at path as config_parse does. A missing file is no
 * error. Returns 0 and adds the bad lines to *nbad, or -1 with *err set
 * when the file exists but cannot be read.
 */
int config_load(struct config *c, const char *path, FILE *errs, int *nbad,
    char **err);

/* The user's config path: $XDG_CONFIG_HOME/lreader/config, else
 * ~/.config/lreader/config; NULL when neither is set. The caller frees. */
char *config_path(void);

/* "sidebar", "cursor", …; "" when out of range. */
const char *config_element_name(enum ui_element e);

#endif

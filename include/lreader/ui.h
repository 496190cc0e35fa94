/*
 * ui: the reading interface (SPEC "The reading interface"). One state
 * struct holds everything the screen shows; the flow runs one way: a key
 * maps to an action (keys.h), the action's handler changes the state and
 * sets dirty flags, and ui_render() lays out and draws from the state.
 */
#ifndef LREADER_UI_H
#define LREADER_UI_H

#include "lreader/config.h"
#include "lreader/pane.h"
#include "lreader/sidebar.h"
#include "lreader/store.h"
#include "lreader/util.h"

struct ui_options {
	const char *db_path;  /* the library file */
	int no_color;         /* --no-color (NO_COLOR is read by the ui) */
	long long open_id;    /* `open ID`: start on this article; 0: the
	                         one open last time */
};

/*
 * Run the interface until the reader quits. Checks that stdin and stdout
 * are terminals, sets up the locale, opens the library (importing the
 * bundled issues when it is empty), reads the config file, opens
 * opt->open_id (an error before the screen starts if there is no such
 * article) or the article open last time, and always restores the
 * terminal. Returns the exit status (0, 1 on an error after
 * printing "lreader: …", 130 on Ctrl-C, 128+N on SIGTERM and SIGHUP).
 */
int ui_main(const struct ui_options *opt);

enum ui_focus { FOCUS_SIDEBAR, FOCUS_READER };
enum ui_prompt { PROMPT_NONE, PROMPT_GOTO, PROMPT_FIND, PROMPT_FILTER,
	PROMPT_PIPE };

/* What ui_render must redraw. */
#define DIRTY_SIDEBAR 1u
#define DIRTY_PANE    2u
#define DIRTY_STATUS  4u
#define DIRTY_ALL     7u
#define DIRTY_CLEAR   8u   /* repaint the whole terminal (^L) */

struct ui_state {
	struct store *store;          /* owned */
	struct config cfg;            /* owned */
	int nconfig_errors;
	struct store_filter filter;   /* text is filter_text */
	char *filter_text;            /* owned; NULL when no text filter */
	char *last_find;              /* the last / query (owned) or NULL */
	struct sidebar sb;            /* owned */
	struct pane pane;             /* owned */
	enum ui_focus focus;
	int sidebar_width;            /* cells (set sidebar-width, < >);
	                                 0: follows the terminal */
	int sidebar_hidden;
	enum ui_prompt prompt;
	struct buf input;             /* the prompt's text (owned) */
	int help;                     /* the help overlay is up */
	int fresh;                    /* issues another process imported
	                                 since the view was pinned (R) */
	/* Places left by c (follow) and = (related), the last on top:
	 * back returns to them (SPEC "Links"). */
	struct ui_place { int64_t id; int para; size_t off; } hist[32];
	int nhist;
	/* The = overlay: related reports of the open article. */
	int related;                  /* the overlay is up */
	struct related_row *rel;      /* owned */
	size_t nrel, rel_cur;
	long help_top;
	char *msg;                    /* status message until the next key
	                                 (owned), or NULL */
	int rows, cols;               /* terminal size */
	unsigned dirty;               /* DIRTY_* */
	int quit;
};

/* Lay out what changed and draw it (nothing when no dirty flag is set). */
void ui_render(struct ui_state *st);

#endif

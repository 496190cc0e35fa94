/* Unit tests of config: good and bad lines, the compiled-in defaults, the
 * error report format, files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../tap.h"
#include "lreader/config.h"
#include "lreader/util.h"

/* Apply line to a fresh config: 0 ok, -1 refused (err checked). */
static int
try_line(struct config *c, const char *line, const char *want_err)
{
	char *err = NULL;
	int rc = config_line(c, line, &err);

	if (want_err != NULL) {
		ok(rc == -1 && err != NULL && strstr(err, want_err) != NULL,
		    "refused: [%s]", line);
		if (err == NULL || strstr(err, want_err) == NULL)
			diag("error was [%s], wanted [%s]", err ? err : "(none)",
			    want_err);
	} else {
		ok(rc == 0 && err == NULL, "accepted: [%s]", line);
		if (err != NULL)
			diag("error [%s]", err);
	}
	free(err);
	return rc;
}

static void
good_lines(void)
{
	struct config c;

	config_init(&c);
	try_line(&c, NULL, NULL);
	try_line(&c, "", NULL);
	try_line(&c, "   \t ", NULL);
	try_line(&c, "# a comment", NULL);
	try_line(&c, "   # indented comment", NULL);
	try_line(&c, "bind j down", NULL);
	is_int(keys_lookup(&c.keys, 'j'), ACT_DOWN, "j is down");
	try_line(&c, "bind\t<PageDown>\tpage-down   # trailing comment", NULL);
	is_int(keys_lookup(&c.keys, K_PAGEDOWN), ACT_PAGE_DOWN,
	    "<PageDown> is page-down");
	try_line(&c, "bind # help", NULL);
	is_int(keys_lookup(&c.keys, '#'), ACT_HELP, "# can be bound");
	try_line(&c, "bind 中 quit", NULL);
	is_int(keys_lookup(&c.keys, 0x4E2D), ACT_QUIT, "a Chinese key");
	try_line(&c, "bind ^X quit\r", NULL);
	is_int(keys_lookup(&c.keys, 24), ACT_QUIT, "^X with a CR line end");
	try_line(&c, "unbind j", NULL);
	is_int(keys_lookup(&c.keys, 'j'), ACT_NONE, "j unbound");
	try_line(&c, "unbind z", NULL);
	try_line(&c, "set sidebar-width 10", NULL);
	is_int(c.sidebar_width, 10, "sidebar-width 10");
	try_line(&c, "set sidebar-width 80", NULL);
	is_int(c.sidebar_width, 80, "sidebar-width 80");
	try_line(&c, "set text-width 20", NULL);
	try_line(&c, "set text-width 200", NULL);
	is_int(c.text_width, 200, "text-width 200");
	try_line(&c, "set mouse off", NULL);
	is_int(c.mouse, 0, "mouse off");
	try_line(&c, "set ambiguous-width 2", NULL);
	is_int(c.ambiguous, 2, "ambiguous-width 2");
	try_line(&c, "color match black yellow", NULL);
	is_int(c.colors[EL_MATCH].fg, 0, "match fg black");
	is_int(c.colors[EL_MATCH].bg, 3, "match bg yellow");
	is_int((int)c.colors[EL_MATCH].attrs, 0, "match no attributes");
	try_line(&c, "color title default bold underline", NULL);
	is_int(c.colors[EL_TITLE].fg, -1, "title fg default");
	is_int(c.colors[EL_TITLE].bg, -1, "title bg default (omitted)");
	is_int((int)c.colors[EL_TITLE].attrs,
	    (int)(CONFIG_BOLD | CONFIG_UNDERLINE), "title bold underline");
	try_line(&c, "color status color255 color0 reverse dim", NULL);
	is_int(c.colors[EL_STATUS].fg, 255, "color255");
	is_int(c.colors[EL_STATUS].bg, 0, "color0");
	is_int((int)c.colors[EL_STATUS].attrs,
	    (int)(CONFIG_REVERSE | CONFIG_DIM), "reverse dim");
	config_free(&c);
}

static void
bad_lines(void)
{
	struct config c;

	config_init(&c);
	try_line(&c, "frobnicate", "unknown command 'frobnicate'");
	try_line(&c, "Bind j down", "unknown command");
	try_line(&c, "bind", "bind needs KEY ACTION");
	try_line(&c, "bind j", "bind needs KEY ACTION");
	try_line(&c, "bind j down up", "bind needs KEY ACTION");
	try_line(&c, "bind j nosuch", "unknown action 'nosuch'");
	try_line(&c, "bind <Nope> down", "unknown key '<Nope>'");
	try_line(&c, "bind jj down", "unknown key 'jj'");
	is_int((int)c.keys.n, 0, "bad binds bind nothing");
	try_line(&c, "unbind", "unbind needs KEY");
	try_line(&c, "unbind <Nope>", "unknown key");
	try_line(&c, "set sidebar-width 9", "sidebar-width must be 10 to 80");
	try_line(&c, "set sidebar-width 81", "sidebar-width must be 10 to 80");
	try_line(&c, "set sidebar-width 3x", "sidebar-width");
	try_line(&c, "set sidebar-width", "set needs NAME VALUE");
	try_line(&c, "set text-width 19", "text-width must be 20 to 200");
	try_line(&c, "set text-width 99999999999999999999", "text-width");
	try_line(&c, "set mouse yes", "mouse must be on or off");
	try_line(&c, "set ambiguous-width 3", "ambiguous-width must be 1 or 2");
	try_line(&c, "set colour red", "unknown setting 'colour'");
	is_int(c.sidebar_width, 0, "bad sets change nothing");
	try_line(&c, "color", "color needs");
	try_line(&c, "color title", "color needs");
	try_line(&c, "color nosuch red", "unknown element 'nosuch'");
	try_line(&c, "color title pink", "unknown colour 'pink'");
	try_line(&c, "color title color256", "unknown colour");
	try_line(&c, "color title red blue blink", "'blink'");
	try_line(&c, "color title red blue bold pink", "'pink'");
	is_int(c.colors[EL_TITLE].fg, -1, "bad colours change nothing");
	try_line(&c, "bind a b c d e f g h i j", "too many words");
	config_free(&c);
}

static void
builtin(void)
{
	struct config c;
	int a, unbound = 0;
	int keys[2];

	config_init(&c);
	ok(strstr(config_builtin(), "bind j down") != NULL,
	    "the defaults are compiled in from keys.conf");
	is_int(config_parse(&c, config_builtin(), "keys.conf", stderr), 0,
	    "the defaults parse without errors");
	for (a = 1; a < ACT_COUNT; a++)
		if (keys_of(&c.keys, (enum action)a, keys, 2) == 0) {
			diag("no default key for %s",
			    action_name((enum action)a));
			unbound++;
		}
	is_int(unbound, 0, "every action has a default key");
	/* SPEC "Keys": a few of the table's rows. */
	is_int(keys_lookup(&c.keys, ' '), ACT_PAGE_DOWN, "Space pages down");
	is_int(keys_lookup(&c.keys, 4), ACT_PAGE_DOWN, "^D pages down");
	is_int(keys_lookup(&c.keys, 21), ACT_PAGE_UP, "^U pages up");
	is_int(keys_lookup(&c.keys, K_ENTER), ACT_OPEN, "Enter opens");
	is_int(keys_lookup(&c.keys, 'q'), ACT_CLOSE, "q closes");
	is_int(keys_lookup(&c.keys, 'Q'), ACT_QUIT, "Q quits");
	is_int(keys_lookup(&c.keys, '5'), ACT_GOTO_5, "5 is goto-5");
	is_int(keys_lookup(&c.keys, ']'), ACT_NEXT_ISSUE, "] next issue");
	is_int(keys_lookup(&c.keys, 12), ACT_REDRAW, "^L redraws");
	is_int(c.sidebar_width, 0,
	    "default sidebar width: 0, the terminal's third (ui.c)");
	is_int(c.text_width, 80, "default text width (SPEC: 80)");
	is_int(c.ambiguous, 1, "ambiguous width 1 by default");
	is_int(c.mouse, 1, "mouse on by default");
	config_free(&c);
}

static void
parse_report(void)
{
	struct config c;
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	int n;

	config_init(&c);
	n = config_parse(&c, "bind j down\nnope\n\nset text-width 5\n"
	    "bind k up", "CONF", f);
	fclose(f);
	is_int(n, 2, "two bad lines counted");
	is_str(out, "lreader: CONF:2: unknown command 'nope'\n"
	    "lreader: CONF:4: set: text-width must be 20 to 200\n",
	    "reported as lreader: CONFIG:LINE: reason");
	is_int(keys_lookup(&c.keys, 'k'), ACT_UP,
	    "the last line without a newline counts");
	is_int(config_parse(&c, "", "CONF", NULL), 0, "empty text");
	is_int(config_parse(&c, NULL, "CONF", NULL), 0, "NULL text");
	free(out);
	/* Work item 13: a config line's controls are shown escaped. */
	out = NULL;
	f = open_memstream(&out, &len);
	config_parse(&c, "bind \033[2J quit\n", "CONF", f);
	fclose(f);
	is_str(out, "lreader: CONF:1: bind: unknown key '\\x1B[2J'\n",
	    "a control in a bad line is shown as \\x1B");
	free(out);
	config_free(&c);
}

static void
files(void)
{
	struct config c;
	const char *tmp = getenv("TEST_TMP");
	char *path, *err = NULL;
	FILE *f;
	int nbad = 0;

	config_init(&c);
	path = xasprintf("%s/nonexistent-config", tmp ? tmp : "/tmp");
	ok(config_load(&c, path, NULL, &nbad, &err) == 0 && nbad == 0,
	    "a missing config file is no error");
	free(path);
	path = xasprintf("%s/test-config-%ld", tmp ? tmp : "/tmp",
	    (long)getpid());
	f = fopen(path, "w");
	fputs("# mine\r\nbind x quit\r\nset mouse maybe\r\n", f);
	fclose(f);
	ok(config_load(&c, path, NULL, &nbad, &err) == 0, "a file loads");
	is_int(nbad, 1, "its bad line counted");
	is_int(keys_lookup(&c.keys, 'x'), ACT_QUIT, "CRLF lines work");
	remove(path);
	free(path);
	ok(config_load(&c, "/", NULL, &nbad, &err) == -1 && err != NULL,
	    "a folder cannot be read");
	free(err);
	config_free(&c);

	setenv("XDG_CONFIG_HOME", "/x/conf", 1);
	path = config_path();
	is_str(path, "/x/conf/lreader/config", "XDG_CONFIG_HOME");
	free(path);
	setenv("XDG_CONFIG_HOME", "", 1);
	setenv("HOME", "/home/r", 1);
	path = config_path();
	is_str(path, "/home/r/.config/lreader/config", "else ~/.config");
	free(path);
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("HOME");
	ok(config_path() == NULL, "neither set: NULL");
	is_str(config_element_name(EL_PROMPT), "prompt", "element names");
	is_str(config_element_name(EL_COUNT), "", "out of range");
}

int
main(void)
{
	good_lines();
	bad_lines();
	builtin();
	parse_report();
	files();
	return done_testing();
}

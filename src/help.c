/*
 * help: the help overlay and the --dump-keys table, both walked from the
 * action table (actions.h) and a keymap (see include/lreader/help.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lreader/config.h"
#include "lreader/help.h"
#include "lreader/layout.h"
#include "lreader/screen.h"
#include "lreader/util.h"

#define MAX_KEYS 8

/* The names of the keys bound to a, space-separated (caller frees). */
static char *
keys_text(const struct keymap *m, enum action a)
{
	int keys[MAX_KEYS];
	size_t n = keys_of(m, a, keys, MAX_KEYS), i;
	char name[KEYS_NAME_MAX];
	struct buf b;

	buf_init(&b);
	buf_adds(&b, "");
	for (i = 0; i < n && i < MAX_KEYS; i++) {
		keys_name(keys[i], name);
		if (i > 0)
			buf_addc(&b, ' ');
		buf_adds(&b, name);
	}
	return buf_take(&b);
}

static void
push(char ***l, size_t *n, size_t *cap, char *line)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*l = xreallocarray(*l, *cap, sizeof **l);
	}
	(*l)[(*n)++] = line;
}

/* One action's line(s): help text wrapped under its own column. */
static void
push_action(char ***l, size_t *n, size_t *cap, const char *keys,
    enum action a, int kw, int width, int amb)
{
	const char *help = action_help(a);
	struct layout_span *sp = NULL;
	size_t ns = 0, i;
	int col = 2 + kw + 1 + 15 + 1;

	if (width - col < 20 || layout_wrap(help, width - col, amb, &sp, &ns,
	    NULL) != 0 || ns == 0) {
		push(l, n, cap, xasprintf("  %-*s %-15s %s", kw, keys,
		    action_name(a), help));
		free(sp);
		return;
	}
	for (i = 0; i < ns; i++)
		push(l, n, cap, i == 0 ?
		    xasprintf("  %-*s %-15s %.*s", kw, keys, action_name(a),
		    (int)sp[i].len, help + sp[i].start) :
		    xasprintf("%*s%.*s", col, "", (int)sp[i].len,
		    help + sp[i].start));
	free(sp);
}

void
help_lines(const struct keymap *m, int width, int amb, char ***lines,
    size_t *n)
{
	char *keys[ACT_COUNT];
	size_t cap = 0, k = 0, len;
	char **l = NULL;
	int g, a, kw = 8;

	keys[0] = NULL;
	for (a = 1; a < ACT_COUNT; a++) {
		keys[a] = keys_text(m, (enum action)a);
		len = strlen(keys[a]);
		if ((int)len > kw)
			kw = len > 24 ? 24 : (int)len;
	}
	for (g = 0; g < GROUP_COUNT; g++) {
		if (g > 0)
			push(&l, &k, &cap, xstrdup(""));
		push(&l, &k, &cap,
		    xstrdup(action_group_title((enum action_group)g)));
		for (a = 1; a < ACT_COUNT; a++)
			if (action_group((enum action)a) ==
			    (enum action_group)g)
				push_action(&l, &k, &cap, keys[a],
				    (enum action)a, kw, width, amb);
	}
	for (a = 1; a < ACT_COUNT; a++)
		free(keys[a]);
	*lines = l;
	*n = k;
}

void
help_lines_free(char **lines, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}

size_t
help_draw(const struct keymap *m, long *top, int rows, int cols, int amb)
{
	static const char title[] = " Keys: j/k, Space/b scroll; any other "
	    "key closes ";
	char more[32];
	char **lines;
	size_t n;
	int y0 = 1, x0 = 2, h = rows - 2, w = cols - 4, i, inner;

	if (w > 100) {
		x0 = (cols - 100) / 2;
		w = 100;
	}
	help_lines(m, w - 4, amb, &lines, &n);
	inner = h - 2;
	if (*top > (long)n - inner)
		*top = (long)n - inner;
	if (*top < 0)
		*top = 0;
	screen_box(y0, x0, h, w, EL_STATUS);
	screen_puts(y0, x0 + 2, w - 4, title, amb, EL_STATUS);
	for (i = 0; i < inner; i++) {
		size_t li = (size_t)(*top + i);

		screen_fill(y0 + 1 + i, x0 + 1, w - 2, SCREEN_PLAIN);
		if (li < n)
			screen_puts(y0 + 1 + i, x0 + 2, w - 4, lines[li], amb,
			    lines[li][0] != ' ' ? EL_HEADING : SCREEN_PLAIN);
	}
	/* Where the view is, as less shows it: more below, or the end. */
	if (n > (size_t)inner && inner > 0) {
		long below = *top + inner;
		if ((size_t)below < n)
			snprintf(more, sizeof more, " -- %ld%% -- ",
			    below * 100 / (long)n);
		else
			snprintf(more, sizeof more, " -- End -- ");
		screen_puts(y0 + h - 1, x0 + w - 2 - (int)strlen(more),
		    (int)strlen(more), more, amb, EL_STATUS);
	}
	help_lines_free(lines, n);
	return n;
}

int
help_dump_keys(FILE *out)
{
	struct config c;
	int a, rc = 0;

	config_init(&c);
	if (config_parse(&c, config_builtin(), "keys.conf", stderr) != 0)
		rc = -1;
	for (a = 1; a < ACT_COUNT; a++) {
		char *keys = keys_text(&c.keys, (enum action)a);

		fprintf(out, "%s\t%s\t%s\t%s\n",
		    action_group_title(action_group((enum action)a)),
		    action_name((enum action)a), keys,
		    action_help((enum action)a));
		free(keys);
	}
	config_free(&c);
	return rc;
}

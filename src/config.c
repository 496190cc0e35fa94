/*
 * config: parses the config file's commands; the compiled-in defaults go
 * through the same parser (see include/lreader/config.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lreader/config.h"
#include "lreader/util.h"

/* assets/keys.conf as a C string, made by a Makefile rule. */
static const char builtin[] =
#include "src/keys.inc"
    ;

static const char *const element_names[EL_COUNT] = {
	"sidebar", "cursor", "unread", "bookmark", "title", "kicker",
	"subtitle", "byline", "heading", "caption", "match", "status",
	"prompt", "border", "link"
};

static const char *const color_names[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"
};

static const struct {
	const char *name;
	unsigned attr;
} attr_names[] = {
	{ "bold", CONFIG_BOLD }, { "dim", CONFIG_DIM },
	{ "underline", CONFIG_UNDERLINE }, { "reverse", CONFIG_REVERSE },
};

#define MAX_WORDS 8

void
config_init(struct config *c)
{
	int i;

	keys_init(&c->keys);
	for (i = 0; i < EL_COUNT; i++) {
		c->colors[i].fg = c->colors[i].bg = -1;
		c->colors[i].attrs = 0;
	}
	c->sidebar_width = 0;   /* follows the terminal (ui.c) */
	c->text_width = 80;
	c->mouse = 1;
	c->ambiguous = 1;
}

void
config_free(struct config *c)
{
	keys_free(&c->keys);
}

const char *
config_builtin(void)
{
	return builtin;
}

const char *
config_element_name(enum ui_element e)
{
	return (int)e >= 0 && e < EL_COUNT ? element_names[e] : "";
}

/*
 * Split line into at most MAX_WORDS words at blanks (in place in copy).
 * A word starting with '#' ends the line, except where a key is expected
 * (the second word of bind and unbind), so that `bind # help` works.
 * Returns the number of words, or -1 when there are too many.
 */
static int
split(char *copy, char **w)
{
	int n = 0;
	char *p = copy;

	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
			p++;
		if (*p == '\0')
			break;
		if (*p == '#' && !(n == 1 && (strcmp(w[0], "bind") == 0 ||
		    strcmp(w[0], "unbind") == 0)))
			break;
		if (n == MAX_WORDS)
			return -1;
		w[n++] = p;
		while (*p != '\0' && *p != ' ' && *p != '\t' && *p != '\r' &&
		    *p != '\n')
			p++;
		if (*p != '\0')
			*p++ = '\0';
	}
	return n;
}

static int
do_bind(struct config *c, char **w, int n, char **err)
{
	int key;
	enum action a;

	if (n != 3)
		return fail(err, "bind needs KEY ACTION");
	if (keys_parse(w[1], &key) != 0)
		return fail(err, "bind: unknown key '%s'", w[1]);
	if ((a = action_parse(w[2])) == ACT_NONE)
		return fail(err, "bind: unknown action '%s'", w[2]);
	keys_bind(&c->keys, key, a);
	return 0;
}

static int
do_unbind(struct config *c, char **w, int n, char **err)
{
	int key;

	if (n != 2)
		return fail(err, "unbind needs KEY");
	if (keys_parse(w[1], &key) != 0)
		return fail(err, "unbind: unknown key '%s'", w[1]);
	/* Unbinding a key that is not bound is no error: the defaults may
	 * change under a user's config. */
	(void)keys_unbind(&c->keys, key);
	return 0;
}

/* "default", a colour name or colorN (0–255): 0 and *v, or -1. */
static int
parse_color(const char *s, int *v)
{
	size_t i;
	char *end;
	long n;

	if (strcmp(s, "default") == 0) {
		*v = -1;
		return 0;
	}
	for (i = 0; i < sizeof color_names / sizeof color_names[0]; i++)
		if (strcmp(s, color_names[i]) == 0) {
			*v = (int)i;
			return 0;
		}
	if (strncmp(s, "color", 5) != 0 || s[5] < '0' || s[5] > '9')
		return -1;
	errno = 0;
	n = strtol(s + 5, &end, 10);
	if (errno != 0 || *end != '\0' || n < 0 || n > 255)
		return -1;
	*v = (int)n;
	return 0;
}

static int
parse_attr(const char *s, unsigned *attr)
{
	size_t i;

	for (i = 0; i < sizeof attr_names / sizeof attr_names[0]; i++)
		if (strcmp(s, attr_names[i].name) == 0) {
			*attr |= attr_names[i].attr;
			return 0;
		}
	return -1;
}

static int
do_color(struct config *c, char **w, int n, char **err)
{
	struct config_color col = { -1, -1, 0 };
	int e, i = 3;

	if (n < 3)
		return fail(err, "color needs ELEMENT FG [BG] [ATTR]");
	for (e = 0; e < EL_COUNT; e++)
		if (strcmp(w[1], element_names[e]) == 0)
			break;
	if (e == EL_COUNT)
		return fail(err, "color: unknown element '%s'", w[1]);
	if (parse_color(w[2], &col.fg) != 0)
		return fail(err, "color: unknown colour '%s'", w[2]);
	if (n > 3 && parse_color(w[3], &col.bg) == 0)
		i = 4;
	for (; i < n; i++)
		if (parse_attr(w[i], &col.attrs) != 0)
			return fail(err, "color: unknown colour or attribute "
			    "'%s'", w[i]);
	c->colors[e] = col;
	return 0;
}

/* A whole decimal number in [lo, hi]: 0 and *v, or -1. */
static int
parse_int(const char *s, int lo, int hi, int *v)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || n < lo || n > hi)
		return -1;
	*v = (int)n;
	return 0;
}

static int
do_set(struct config *c, char **w, int n, char **err)
{
	const char *name, *v;

	if (n != 3)
		return fail(err, "set needs NAME VALUE");
	name = w[1];
	v = w[2];
	if (strcmp(name, "sidebar-width") == 0) {
		if (parse_int(v, 10, 80, &c->sidebar_width) != 0)
			return fail(err, "set: sidebar-width must be 10 to 80");
	} else if (strcmp(name, "text-width") == 0) {
		if (parse_int(v, 20, 200, &c->text_width) != 0)
			return fail(err, "set: text-width must be 20 to 200");
	} else if (strcmp(name, "mouse") == 0) {
		if (strcmp(v, "on") == 0)
			c->mouse = 1;
		else if (strcmp(v, "off") == 0)
			c->mouse = 0;
		else
			return fail(err, "set: mouse must be on or off");
	} else if (strcmp(name, "ambiguous-width") == 0) {
		if (parse_int(v, 1, 2, &c->ambiguous) != 0)
			return fail(err, "set: ambiguous-width must be 1 or 2");
	} else {
		return fail(err, "set: unknown setting '%s'", name);
	}
	return 0;
}

int
config_line(struct config *c, const char *line, char **err)
{
	char *copy, *w[MAX_WORDS];
	int n, rc;

	if (line == NULL)
		return 0;
	copy = xstrdup(line);
	n = split(copy, w);
	if (n < 0)
		rc = fail(err, "too many words");
	else if (n == 0)
		rc = 0;
	else if (strcmp(w[0], "bind") == 0)
		rc = do_bind(c, w, n, err);
	else if (strcmp(w[0], "unbind") == 0)
		rc = do_unbind(c, w, n, err);
	else if (strcmp(w[0], "color") == 0)
		rc = do_color(c, w, n, err);
	else if (strcmp(w[0], "set") == 0)
		rc = do_set(c, w, n, err);
	else
		rc = fail(err, "unknown command '%s'", w[0]);
	free(copy);
	return rc;
}

int
config_parse(struct config *c, const char *text, const char *name,
    FILE *errs)
{
	const char *p = text, *nl;
	int lineno = 0, nbad = 0;
	char *line, *err;

	while (p != NULL && *p != '\0') {
		nl = strchr(p, '\n');
		line = nl ? xstrndup(p, (size_t)(nl - p)) : xstrdup(p);
		lineno++;
		err = NULL;
		if (config_line(c, line, &err) != 0) {
			nbad++;
			if (errs != NULL)
				/* Escaped: a config line may hold controls. */
				print_msg(errs, "%s:%d: %s", name, lineno,
				    err ? err : "bad line");
		}
		free(err);
		free(line);
		p = nl ? nl + 1 : NULL;
	}
	return nbad;
}

int
config_load(struct config *c, const char *path, FILE *errs, int *nbad,
    char **err)
{
	FILE *f;
	struct buf b;
	char chunk[4096];
	size_t n;
	int rc = 0;

	if ((f = fopen(path, "r")) == NULL) {
		if (errno == ENOENT)
			return 0;
		return fail(err, "%s: %s", path, strerror(errno));
	}
	buf_init(&b);
	buf_adds(&b, "");
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	if (ferror(f))
		rc = fail(err, "%s: %s", path, strerror(errno));
	else
		*nbad += config_parse(c, b.data, path, errs);
	fclose(f);
	buf_free(&b);
	return rc;
}

char *
config_path(void)
{
	const char *x = getenv("XDG_CONFIG_HOME"), *h;

	if (x != NULL && x[0] == '/')
		return xasprintf("%s/lreader/config", x);
	h = getenv("HOME");
	if (h != NULL && h[0] != '\0')
		return xasprintf("%s/.config/lreader/config", h);
	return NULL;
}

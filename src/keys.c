/*
 * keys: key names as the config writes them and the key-to-action map.
 * See include/lreader/keys.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lreader/keys.h"
#include "lreader/util.h"

/* Keys with a name in angle brackets (SPEC "Configuration"). */
static const struct {
	const char *name;
	int key;
} named[] = {
	{ "Up", K_UP }, { "Down", K_DOWN }, { "Left", K_LEFT },
	{ "Right", K_RIGHT }, { "PageUp", K_PAGEUP },
	{ "PageDown", K_PAGEDOWN }, { "Home", K_HOME }, { "End", K_END },
	{ "Enter", K_ENTER }, { "Tab", K_TAB }, { "Space", K_SPACE },
	{ "Esc", K_ESC }, { "Backspace", K_BACKSPACE },
};

/* "<F1>"… "<F12>": the number, or 0. */
static int
function_key(const char *s, size_t n)
{
	int f = 0;
	size_t i;

	if (n < 2 || n > 3 || (s[0] != 'F' && s[0] != 'f'))
		return 0;
	for (i = 1; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		f = f * 10 + (s[i] - '0');
	}
	if (s[1] == '0')
		return 0;
	return f >= 1 && f <= 12 ? f : 0;
}

static int
parse_bracketed(const char *s, size_t len, int *key)
{
	const char *in = s + 1;
	size_t n = len - 2, i;
	int f;

	for (i = 0; i < sizeof named / sizeof named[0]; i++)
		if (strlen(named[i].name) == n &&
		    strncasecmp(in, named[i].name, n) == 0) {
			*key = named[i].key;
			return 0;
		}
	if ((f = function_key(in, n)) != 0) {
		*key = K_F1 + f - 1;
		return 0;
	}
	return -1;
}

int
keys_parse(const char *s, int *key)
{
	size_t len;
	uint32_t uc;
	int n;

	if (s == NULL || (len = strlen(s)) == 0)
		return -1;
	if (len > 2 && s[0] == '<' && s[len - 1] == '>')
		return parse_bracketed(s, len, key);
	if (len == 2 && s[0] == '^') {
		char c = s[1];

		if (c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		if (c == '?') {
			*key = K_BACKSPACE;
			return 0;
		}
		if (c >= '@' && c <= '_') {
			*key = c - '@';
			return 0;
		}
		return -1;
	}
	n = utf8_next(s, len, &uc);
	if ((size_t)n != len || uc == 0xFFFD || uc <= ' ' ||
	    (uc >= 0x7F && uc < 0xA0))
		return -1;
	*key = (int)uc;
	return 0;
}

void
keys_name(int key, char *buf)
{
	size_t i;

	buf[0] = '\0';
	for (i = 0; i < sizeof named / sizeof named[0]; i++)
		if (named[i].key == key) {
			snprintf(buf, KEYS_NAME_MAX, "<%s>", named[i].name);
			return;
		}
	if (key >= K_F1 && key <= K_F12) {
		snprintf(buf, KEYS_NAME_MAX, "<F%d>", key - K_F1 + 1);
	} else if (key >= 0 && key < 32) {
		snprintf(buf, KEYS_NAME_MAX, "^%c", key + '@');
	} else if (key > 32 && key < K_SPECIAL && !(key >= 0x7F && key < 0xA0)
	    && !(key >= 0xD800 && key < 0xE000)) {
		struct buf b;

		buf_init(&b);
		buf_add_ucs(&b, (uint32_t)key);
		snprintf(buf, KEYS_NAME_MAX, "%s", b.data);
		buf_free(&b);
	}
}

void
keys_init(struct keymap *m)
{
	m->b = NULL;
	m->n = m->cap = 0;
}

void
keys_free(struct keymap *m)
{
	free(m->b);
	keys_init(m);
}

void
keys_bind(struct keymap *m, int key, enum action action)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		if (m->b[i].key == key) {
			m->b[i].action = action;
			return;
		}
	if (m->n == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 64;
		m->b = xreallocarray(m->b, m->cap, sizeof *m->b);
	}
	m->b[m->n].key = key;
	m->b[m->n].action = action;
	m->n++;
}

int
keys_unbind(struct keymap *m, int key)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		if (m->b[i].key == key) {
			memmove(m->b + i, m->b + i + 1,
			    (m->n - i - 1) * sizeof *m->b);
			m->n--;
			return 0;
		}
	return -1;
}

enum action
keys_lookup(const struct keymap *m, int key)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		if (m->b[i].key == key)
			return m->b[i].action;
	return ACT_NONE;
}

size_t
keys_of(const struct keymap *m, enum action action, int *keys, size_t max)
{
	size_t i, k = 0;

	for (i = 0; i < m->n; i++)
		if (m->b[i].action == action) {
			if (k < max)
				keys[k] = m->b[i].key;
			k++;
		}
	return k;
}

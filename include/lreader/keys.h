/*
 * keys: key codes, their names in the config (`j`, `^X`, `<PageDown>`),
 * and the key-to-action map that `bind` and `unbind` edit (SPEC
 * "Configuration"). No curses here: screen.c turns what the terminal sends
 * into these codes, so the names and the map are unit tested alone.
 */
#ifndef LREADER_KEYS_H
#define LREADER_KEYS_H

#include <stddef.h>
#include "lreader/actions.h"

/*
 * A key is a Unicode code point (a character, or a control character:
 * ^A is 1, <Tab> 9, <Enter> 13, <Esc> 27, <Space> 32, <Backspace> 127),
 * or one of the codes below for keys that are not characters.
 */
enum {
	K_TAB = 9, K_ENTER = 13, K_ESC = 27, K_SPACE = 32, K_BACKSPACE = 127,
	K_SPECIAL = 0x110000,
	K_UP = K_SPECIAL, K_DOWN, K_LEFT, K_RIGHT, K_PAGEUP, K_PAGEDOWN,
	K_HOME, K_END, K_F1,
	K_F12 = K_F1 + 11,
	K_LAST_NAMED = K_F12,
	/* Not bindable: what screen_getkey reports besides keys. */
	K_MOUSE, K_RESIZE, K_NONE
};

/* Longest name keys_name writes, with its NUL. */
#define KEYS_NAME_MAX 16

/*
 * Parse a key as the config writes it: one character, `^X` (X a letter or
 * one of @[\]^_?), or a name in angle brackets (case does not matter).
 * Returns 0 and *key, or -1 (s NULL, empty, or not a key).
 */
int keys_parse(const char *s, int *key);

/*
 * Write the name of key into buf (at least KEYS_NAME_MAX bytes): the name
 * keys_parse reads back. Unknown codes give "".
 */
void keys_name(int key, char *buf);

/* One binding. */
struct keybind {
	int key;
	enum action action;
};

/* The key-to-action map, in the order keys were first bound (the help
 * overlay lists them in that order). Owns its array. */
struct keymap {
	struct keybind *b;
	size_t n, cap;
};

void keys_init(struct keymap *m);
void keys_free(struct keymap *m);
/* Bind key to action, replacing what it ran before. */
void keys_bind(struct keymap *m, int key, enum action action);
/* Unbind key; returns 0, or -1 when it was not bound. */
int keys_unbind(struct keymap *m, int key);
/* The action of key, or ACT_NONE. */
enum action keys_lookup(const struct keymap *m, int key);
/* Keys bound to action, in binding order: writes at most max of them to
 * keys and returns how many there are in all. */
size_t keys_of(const struct keymap *m, enum action action, int *keys,
    size_t max);

#endif

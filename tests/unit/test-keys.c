/* Unit tests of keys: key names both ways, the keymap, the action table. */
#include <stdlib.h>

#include "../tap.h"
#include "lreader/keys.h"

static void
parse_is(const char *s, int want, const char *what)
{
	int key = -99;

	if (ok(keys_parse(s, &key) == 0, "parse %s", what))
		is_int(key, want, "  %s is %d", what, want);
	else
		ok(0, "  %s is %d", what, want);
}

static void
parse_fails(const char *s, const char *what)
{
	int key = -99;

	ok(keys_parse(s, &key) == -1 && key == -99, "%s is refused", what);
}

static void
names(void)
{
	char buf[KEYS_NAME_MAX];
	int k, bad = 0;

	parse_fails(NULL, "NULL");
	parse_fails("", "\"\"");
	parse_fails(" ", "a space");
	parse_fails("jk", "two characters");
	parse_fails("<Nope>", "<Nope>");
	parse_fails("<F0>", "<F0>");
	parse_fails("<F13>", "<F13>");
	parse_fails("<F01>", "<F01>");
	parse_fails("^1", "^1");
	parse_fails("\x01", "a raw control character");
	parse_fails("\xc2\x85", "a C1 control");
	parse_fails("\xff", "a bad byte");
	parse_fails("\xe4\xb8", "a cut character");

	parse_is("j", 'j', "j");
	parse_is("?", '?', "?");
	parse_is("^", '^', "a bare ^");
	parse_is("<", '<', "a bare <");
	parse_is(">", '>', "a bare >");
	parse_fails("<>", "<>");
	parse_is("中", 0x4E2D, "a Chinese character");
	parse_is("^L", 12, "^L");
	parse_is("^l", 12, "^l");
	parse_is("^[", K_ESC, "^[");
	parse_is("^?", K_BACKSPACE, "^?");
	parse_is("^I", K_TAB, "^I is Tab");
	parse_is("<Up>", K_UP, "<Up>");
	parse_is("<down>", K_DOWN, "<down> (any case)");
	parse_is("<PageDown>", K_PAGEDOWN, "<PageDown>");
	parse_is("<Space>", ' ', "<Space>");
	parse_is("<Enter>", K_ENTER, "<Enter>");
	parse_is("<Esc>", K_ESC, "<Esc>");
	parse_is("<Backspace>", K_BACKSPACE, "<Backspace>");
	parse_is("<F1>", K_F1, "<F1>");
	parse_is("<F12>", K_F12, "<F12>");

	keys_name('j', buf);
	is_str(buf, "j", "name of j");
	keys_name(' ', buf);
	is_str(buf, "<Space>", "name of space");
	keys_name(6, buf);
	is_str(buf, "^F", "name of ^F");
	keys_name(K_ENTER, buf);
	is_str(buf, "<Enter>", "name of Enter (not ^M)");
	keys_name(K_PAGEUP, buf);
	is_str(buf, "<PageUp>", "name of PageUp");
	keys_name(K_F1 + 9, buf);
	is_str(buf, "<F10>", "name of F10");
	keys_name(0x4E2D, buf);
	is_str(buf, "中", "name of 中");
	keys_name(K_MOUSE, buf);
	is_str(buf, "", "K_MOUSE has no name");
	keys_name(-5, buf);
	is_str(buf, "", "a negative code has no name");
	keys_name(0x85, buf);
	is_str(buf, "", "a C1 code has no name");

	/* Every named key reads back as itself. */
	for (k = 0; k <= K_LAST_NAMED; k++) {
		int back;

		if (k == 128)
			k = K_SPECIAL;
		keys_name(k, buf);
		if (buf[0] == '\0' || keys_parse(buf, &back) != 0 || back != k) {
			if (bad++ < 5)
				diag("key %d: name [%s]", k, buf);
		}
	}
	is_int(bad, 0, "every key's name parses back to it");
}

static void
keymap(void)
{
	struct keymap m;
	int keys[4];

	keys_init(&m);
	is_int(keys_lookup(&m, 'j'), ACT_NONE, "empty map: nothing bound");
	ok(keys_unbind(&m, 'j') == -1, "unbinding an unbound key fails");
	keys_bind(&m, 'j', ACT_DOWN);
	keys_bind(&m, K_DOWN, ACT_DOWN);
	keys_bind(&m, 'k', ACT_UP);
	is_int(keys_lookup(&m, 'j'), ACT_DOWN, "j runs down");
	is_int(keys_of(&m, ACT_DOWN, keys, 4), 2, "two keys run down");
	is_int(keys[0], 'j', "in binding order: j first");
	is_int(keys[1], K_DOWN, "then <Down>");
	is_int(keys_of(&m, ACT_DOWN, keys, 1), 2, "count even past max");
	keys_bind(&m, 'j', ACT_QUIT);
	is_int(keys_lookup(&m, 'j'), ACT_QUIT, "rebinding replaces");
	is_int(keys_of(&m, ACT_DOWN, keys, 4), 1, "down keeps one key");
	ok(keys_unbind(&m, 'j') == 0, "unbind j");
	is_int(keys_lookup(&m, 'j'), ACT_NONE, "j is unbound");
	is_int(keys_lookup(&m, 'k'), ACT_UP, "k still runs up");
	keys_free(&m);
	is_int((int)m.n, 0, "freed map is empty");
}

static void
actions(void)
{
	int a, missing = 0, roundtrip = 0;

	is_str(action_name(ACT_PAGE_DOWN), "page-down", "page-down's name");
	is_str(action_name(ACT_NONE), "", "ACT_NONE has no name");
	is_str(action_name(ACT_COUNT), "", "out of range has no name");
	is_int(action_parse("goto-9"), ACT_GOTO_9, "goto-9 parses");
	is_int(action_parse("nope"), ACT_NONE, "an unknown name");
	is_int(action_parse(NULL), ACT_NONE, "NULL");
	for (a = 1; a < ACT_COUNT; a++) {
		if (action_help((enum action)a)[0] == '\0' ||
		    action_group_title(action_group((enum action)a))[0] == '\0')
			missing++;
		if ((int)action_parse(action_name((enum action)a)) != a)
			roundtrip++;
	}
	is_int(missing, 0, "every action has help text and a group");
	is_int(roundtrip, 0, "every action's name parses back");
}

int
main(void)
{
	names();
	keymap();
	actions();
	return done_testing();
}

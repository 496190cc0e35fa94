/*
 * ui: the reading interface (SPEC "The reading interface").
 */
#ifndef LREADER_UI_H
#define LREADER_UI_H

struct ui_options {
	const char *db_path;  /* the library file */
	int no_color;         /* --no-color (NO_COLOR is read by the ui) */
};

/*
 * Run the interface until the reader quits. Checks that stdin and stdout
 * are terminals, sets up the locale, opens the library (importing the
 * bundled issues when it is empty), reads the config file, and always
 * restores the terminal. Returns the exit status (0, 1 on an error after
 * printing "lreader: …", 130 on Ctrl-C).
 */
int ui_main(const struct ui_options *opt);

#endif

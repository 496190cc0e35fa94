/*
 * fuzz-replay: runs a fuzz target (fuzz/fuzz-NAME.c) on every input kept
 * in tests/data/fuzz/NAME: inputs that once failed, and the shapes the
 * sanitizer build must see (a one-line page, empty paragraphs). A TAP
 * check per input; a finding aborts, which fails the test. Built with
 * -DFUZZ_NAME="NAME".
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lreader/util.h"
#include "tap.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
main(void)
{
	const char *top = getenv("top_srcdir") ? getenv("top_srcdir") : ".";
	char *dir = xasprintf("%s/tests/data/fuzz/%s", top, FUZZ_NAME);
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, i;

	if (!ok(d != NULL, "inputs in %s", dir)) {
		free(dir);
		return done_testing();
	}
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.') {
			names = xreallocarray(names, n + 1, sizeof *names);
			names[n++] = xstrdup(e->d_name);
		}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_str);
	ok(n > 0, "%zu kept inputs", n);
	for (i = 0; i < n; i++) {
		char *path = xasprintf("%s/%s", dir, names[i]);
		size_t len = 0;
		char *data = read_file(path, &len);
		if (ok(data != NULL, "%s: read", names[i])) {
			LLVMFuzzerTestOneInput((const uint8_t *)data, len);
			ok(1, "%s: ran to its end", names[i]);
		}
		free(data);
		free(path);
		free(names[i]);
	}
	free(names);
	free(dir);
	return done_testing();
}

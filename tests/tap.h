/*
 * tap.h: a tiny TAP producer for the unit tests (run by automake's
 * tap-driver.sh). A check written before the code that meets it is marked
 * with todo("reason") ... todo_end().
 */
#ifndef LREADER_TAP_H
#define LREADER_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;
static const char *tap_todo;

static int
tap_ok(int cond, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	tap_n++;
	printf("%sok %d - ", cond ? "" : "not ", tap_n);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	if (tap_todo != NULL)
		printf(" # TODO %s", tap_todo);
	printf("\n");
	if (!cond) {
		printf("#   failed at %s:%d\n", file, line);
		if (tap_todo == NULL)
			tap_failed++;
	}
	fflush(stdout);
	return cond;
}

#define ok(cond, ...) tap_ok(!!(cond), __FILE__, __LINE__, __VA_ARGS__)
#define is_int(got, want, ...) do { \
	long long g_ = (long long)(got), w_ = (long long)(want); \
	if (!ok(g_ == w_, __VA_ARGS__)) \
		printf("#   got %lld, want %lld\n", g_, w_); \
} while (0)
#define is_str(got, want, ...) do { \
	const char *g_ = (got), *w_ = (want); \
	if (!ok(g_ != NULL && w_ != NULL && strcmp(g_, w_) == 0, __VA_ARGS__)) \
		printf("#   got  [%s]\n#   want [%s]\n", g_ ? g_ : "(null)", \
		    w_ ? w_ : "(null)"); \
} while (0)
#define todo(reason) (tap_todo = (reason))
#define todo_end() (tap_todo = NULL)
#define diag(...) do { printf("# "); printf(__VA_ARGS__); printf("\n"); } while (0)

static int
done_testing(void)
{
	printf("1..%d\n", tap_n);
	return tap_failed ? 1 : 0;
}

#endif

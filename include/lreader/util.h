/*
 * util: allocation that dies loudly on exhaustion, a growable string
 * buffer, and small UTF-8 helpers shared by every module.
 */
#ifndef LREADER_UTIL_H
#define LREADER_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>

/*
 * Allocation: as in tmux's xmalloc.c, running out of memory prints
 * "lreader: out of memory" and aborts; callers need not check.
 */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* printf into a new string; the caller frees it. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

/*
 * Error reporting for functions that return 0 or -1: set *err to a new
 * string (the caller frees it). err may be NULL. Always returns -1.
 */
int fail(char **err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A growable NUL-terminated byte buffer. */
struct buf {
	char *data;  /* owned; always NUL-terminated once anything was added */
	size_t len;
	size_t cap;
};
void buf_init(struct buf *b);
void buf_add(struct buf *b, const char *s, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_addf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_add_ucs(struct buf *b, uint32_t uc);   /* append one code point as UTF-8 */
void buf_reset(struct buf *b);                  /* len = 0, keeps memory */
char *buf_take(struct buf *b);                  /* returns data (caller frees), resets b */
void buf_free(struct buf *b);

/*
 * The whole content of the file at path, NUL-terminated (the caller
 * frees); *len its size in bytes. NULL with errno set when it cannot be
 * read.
 */
char *read_file(const char *path, size_t *len);

/*
 * s as it may be shown in a message or on the screen (a file name, a
 * config line): C0 and C1 controls, DEL and the bidi controls as \xNN or
 * \u202E, bytes that are no UTF-8 as \xNN, and a backslash as itself.
 * Nothing from outside then moves the cursor, recolours or reorders the
 * terminal. Returns a new string (caller frees).
 */
char *escape_controls(const char *s);

/* "lreader: MESSAGE\n" on f, the formatted message through
 * escape_controls (file names and other outside text in it). */
void print_msg(FILE *f, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/*
 * The same for a page file: refuses what is no regular file once opened
 * (errno EINVAL; the open does not block on a FIFO) and a file of more
 * than max bytes (errno EFBIG), reading at most max + 1 bytes of it.
 */
char *read_file_max(const char *path, size_t max, size_t *len);

/*
 * Decode the code point at s (at most n bytes, valid UTF-8 assumed);
 * returns its length in bytes (1 for a bad byte, with *uc = 0xFFFD).
 */
int utf8_next(const char *s, size_t n, uint32_t *uc);
/* Number of code points in s. */
size_t utf8_count(const char *s);

#endif

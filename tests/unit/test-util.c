/*
 * Unit tests of util: UTF-8 stepping, string buffers, reading files with
 * a limit (work item 13: special files and oversized pages refused), and
 * escaping outside text for messages, and sort_u64 against qsort.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lreader/util.h"
#include "../tap.h"

static void
test_utf8(void)
{
	uint32_t c = 0;

	is_int(utf8_next("a", 1, &c), 1, "utf8_next: ASCII is one byte");
	is_int(c, 'a', "  its code point");
	is_int(utf8_next("吕梁", 6, &c), 3, "utf8_next: a Han character is three");
	is_int(c, 0x5415, "  U+5415");
	is_int(utf8_next("\xF0\x9F\x98\x80", 4, &c), 4, "utf8_next: four bytes");
	is_int(c, 0x1F600, "  U+1F600");
	is_int(utf8_next("\xE5\x90", 2, &c), 1, "utf8_next: a cut sequence: one byte");
	is_int(c, 0xFFFD, "  as U+FFFD");
	is_int(utf8_next("\xFF", 1, &c), 1, "utf8_next: a bad byte: one byte");
	is_int(utf8_count("吕梁日报 a"), 6, "utf8_count counts code points");
	is_int(utf8_count(""), 0, "utf8_count of nothing");
	is_int(utf8_prev("a吕b", 5), 4, "utf8_prev: before an ASCII letter");
	is_int(utf8_prev("a吕b", 4), 1, "utf8_prev: back over three bytes");
	is_int(utf8_prev("a吕b", 1), 0, "utf8_prev: to the start");
	is_int(utf8_prev("a吕b", 0), 0, "utf8_prev: at the start stays");
	ok(utf8_is_control(0x1B) && utf8_is_control(0x7F) &&
	    utf8_is_control(0x9B) && !utf8_is_control(0xA0) &&
	    !utf8_is_control(' '), "utf8_is_control: C0, DEL, C1, not NBSP");
	ok(utf8_is_layout_format(0x202E) && utf8_is_layout_format(0x200D) &&
	    utf8_is_layout_format(0x2066) && !utf8_is_layout_format(0x2014) &&
	    !utf8_is_layout_format(0x201C), "utf8_is_layout_format: bidi and "
	    "joiners, not the dash or quotes");
}

static void
test_buf(void)
{
	struct buf b;
	char *t;
	int i;

	buf_init(&b);
	buf_adds(&b, "吕梁");
	buf_addc(&b, ' ');
	buf_addf(&b, "%d版", 4);
	buf_add_ucs(&b, 0x65E5);
	is_str(b.data, "吕梁 4版日", "buf: adds, a byte, a format, a code point");
	is_int(b.len, strlen(b.data), "buf: len is the length");
	for (i = 0; i < 10000; i++)
		buf_adds(&b, "报");
	is_int(b.len, strlen("吕梁 4版日") + 30000, "buf: grows as needed");
	buf_reset(&b);
	is_str(b.data, "", "buf_reset empties it");
	buf_adds(&b, "x");
	t = buf_take(&b);
	is_str(t, "x", "buf_take hands the text over");
	ok(b.data == NULL && b.len == 0, "  and leaves the buffer empty");
	free(t);
	t = buf_take(&b);
	is_str(t, "", "buf_take of an empty buffer: an empty string");
	free(t);
	buf_free(&b);
}

static void
test_read(const char *tmp)
{
	char *path = xasprintf("%s/util-read.txt", tmp);
	char *fifo = xasprintf("%s/util-fifo", tmp), *t;
	size_t len = 0;
	FILE *f = fopen(path, "w");

	if (f != NULL) {
		fputs("0123456789", f);
		fclose(f);
	}
	t = read_file_max(path, 10, &len);
	ok(t != NULL && len == 10 && strcmp(t, "0123456789") == 0,
	    "read_file_max: a file of exactly max bytes is read");
	free(t);
	errno = 0;
	t = read_file_max(path, 9, &len);
	ok(t == NULL && errno == EFBIG, "read_file_max: one byte over: EFBIG");
	free(t);
	errno = 0;
	t = read_file_max(tmp, 100, &len);
	ok(t == NULL && errno == EINVAL, "read_file_max: a folder: EINVAL");
	free(t);
	unlink(fifo);
	if (mkfifo(fifo, 0600) == 0) {
		errno = 0;
		t = read_file_max(fifo, 100, &len);
		ok(t == NULL && errno == EINVAL,
		    "read_file_max: a FIFO with no writer: EINVAL, no wait");
		free(t);
		unlink(fifo);
	} else {
		ok(0, "mkfifo %s", fifo);
	}
	t = read_file(path, &len);
	ok(t != NULL && len == 10, "read_file reads it all");
	free(t);
	unlink(path);
	free(path);
	free(fifo);
}

static void
test_escape(void)
{
	char *t;

	t = escape_controls("a\033[2Jb");
	is_str(t, "a\\x1B[2Jb", "escape_controls: ESC");
	free(t);
	t = escape_controls("x\tY\n\x7F");
	is_str(t, "x\\x09Y\\x0A\\x7F", "escape_controls: tab, newline, DEL");
	free(t);
	t = escape_controls("\xC2\x9B" "1m");
	is_str(t, "\\x9B1m", "escape_controls: a C1 control (CSI)");
	free(t);
	t = escape_controls("abc\xE2\x80\xAE" "def");
	is_str(t, "abc\\u202Edef", "escape_controls: a bidi override");
	free(t);
	t = escape_controls("名\xFF\xFE.txt");
	is_str(t, "名\\xFF\\xFE.txt", "escape_controls: bytes that are no UTF-8");
	free(t);
	t = escape_controls("a\\x1B.txt");
	is_str(t, "a\\\\x1B.txt", "escape_controls: a backslash doubled");
	free(t);
	t = escape_controls("吕梁日报 2021/07/26.txt");
	is_str(t, "吕梁日报 2021/07/26.txt", "escape_controls: plain text unchanged");
	free(t);
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

/*
 * sort_u64 against qsort: keys whose varying bits start and end inside
 * a byte (its passes begin at the lowest varying bit), the links'
 * bigram shape (a << 21 | b), a single varying top bit, equal keys, at
 * lengths on both sides of its insertion-sort cut.
 */
static void
test_sort(void)
{
	static const size_t lens[] = { 0, 1, 2, 47, 48, 49, 300, 5000 };
	uint64_t *v = xreallocarray(NULL, 5000, sizeof *v), *w;
	unsigned long seed = 12345;
	size_t li, i;
	int shape, bad;

	w = xreallocarray(NULL, 5000, sizeof *w);
	for (shape = 0; shape < 5; shape++)
		for (li = 0; li < sizeof lens / sizeof *lens; li++) {
			size_t n = lens[li];

			for (i = 0; i < n; i++) {
				uint64_t r;

				seed = seed * 6364136223846793005UL +
				    1442695040888963407UL;
				r = (uint64_t)seed ^ (uint64_t)seed >> 29;
				switch (shape) {
				case 0: r = (r & 0x3FF) << 7; break;
				case 1: r = (r & 0xFFFF) << 21 | (r >> 20 & 0xFFFF); break;
				case 2: r = (r & 1) << 63 | 5; break;
				case 3: r = 42; break;
				default: break;
				}
				v[i] = w[i] = r;
			}
			sort_u64(v, n);
			if (n > 0)
				qsort(w, n, sizeof *w, cmp_u64);
			bad = n > 0 && memcmp(v, w, n * sizeof *v) != 0;
			ok(!bad, "sort_u64: shape %d, %zu keys, as qsort", shape, n);
		}
	free(v);
	free(w);
}

int
main(void)
{
	const char *tmp = getenv("TEST_TMP");

	test_utf8();
	test_buf();
	test_read(tmp ? tmp : "/tmp");
	test_escape();
	test_sort();
	return done_testing();
}

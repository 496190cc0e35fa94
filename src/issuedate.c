/*
 * issuedate: an issue's date and page from the path of its file (SPEC
 * "Issues: numbers, dates and pages"), so that a library of years sorts
 * by day and page. The file name is tried first, then its last three
 * folders. A date is YYYY-MM-DD with one separator used throughout (-, .,
 * _, or / across folders), YYYYMMDD, or YYYY年M月D日; it must not follow
 * an ASCII letter or digit nor be followed by a digit, and must be a real
 * day of 1900-2100, so that hashes like 654740d0f14573d2 give nothing.
 */
#include <stdio.h>
#include <string.h>

#include "lreader/issuedate.h"

#define PAGE_MAX 999	/* more is a serial number, not a page */

struct ymd {
	int y, m, d;
	size_t end;	/* offset just after the date */
};

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
is_alnum(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Read 1 to max digits at s[*i] (no more may follow); -1 if none. */
static int
digits(const char *s, size_t n, size_t *i, int min, int max)
{
	int v = 0, k = 0;

	while (*i < n && is_digit(s[*i]) && k < max) {
		v = v * 10 + (s[*i] - '0');
		(*i)++;
		k++;
	}
	if (k < min || (*i < n && is_digit(s[*i])))
		return -1;
	return v;
}

static int
valid(int y, int m, int d)
{
	static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1)
		return 0;
	if (m == 2 && d == 29)
		return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return d <= days[m - 1];
}

/* Does s[*i] start with word? If so, step over it. */
static int
skip(const char *s, size_t n, size_t *i, const char *word)
{
	size_t k = strlen(word);

	if (*i + k > n || memcmp(s + *i, word, k) != 0)
		return 0;
	*i += k;
	return 1;
}

/* A date starting at s[i] (a digit after no letter or digit). */
static int
date_at(const char *s, size_t n, size_t i, int slash, struct ymd *out)
{
	size_t j = i;
	char sep;
	int y, m, d;

	if (j + 8 <= n && (j + 8 == n || !is_digit(s[j + 8])) &&
	    digits(s, j + 8, &j, 8, 8) >= 0) {	/* YYYYMMDD */
		y = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 +
		    (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
		m = (s[i + 4] - '0') * 10 + (s[i + 5] - '0');
		d = (s[i + 6] - '0') * 10 + (s[i + 7] - '0');
	} else {
		j = i;
		if ((y = digits(s, n, &j, 4, 4)) < 0 || j >= n)
			return 0;
		if (skip(s, n, &j, "年")) {
			if ((m = digits(s, n, &j, 1, 2)) < 0 ||
			    !skip(s, n, &j, "月") ||
			    (d = digits(s, n, &j, 1, 2)) < 0)
				return 0;
			skip(s, n, &j, "日");
		} else {
			sep = s[j++];
			if (sep != '-' && sep != '.' && sep != '_' &&
			    !(sep == '/' && slash))
				return 0;
			if ((m = digits(s, n, &j, 1, 2)) < 0 || j >= n ||
			    s[j++] != sep || (d = digits(s, n, &j, 1, 2)) < 0)
				return 0;
		}
	}
	if (!valid(y, m, d))
		return 0;
	out->y = y;
	out->m = m;
	out->d = d;
	out->end = j;
	return 1;
}

/* The first date in s[0..n); slash allows '/' as its separator. */
static int
find_date(const char *s, size_t n, int slash, struct ymd *out)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (is_digit(s[i]) && (i == 0 || !is_alnum(s[i - 1])) &&
		    date_at(s, n, i, slash, out))
			return 1;
	return 0;
}

/* The first number in s[0..n), as a page; 0 if none or implausible. */
static int
first_number(const char *s, size_t n)
{
	size_t i = 0;
	long v = 0;

	while (i < n && !is_digit(s[i]))
		i++;
	if (i == n)
		return 0;
	for (; i < n && is_digit(s[i]) && v <= PAGE_MAX; i++)
		v = v * 10 + (s[i] - '0');
	return v > PAGE_MAX ? 0 : (int)v;
}

/* The number that ends s[0..n) (before a 版 "page"), as a page, or 0. */
static int
trailing_number(const char *s, size_t n)
{
	size_t k = strlen("版");

	if (n >= k && memcmp(s + n - k, "版", k) == 0)
		n -= k;
	while (n > 0 && is_digit(s[n - 1]))
		n--;
	return first_number(s + n, strspn(s + n, "0123456789"));
}

/* The file name without a final ".ext" of letters and digits. */
static size_t
stem_len(const char *name)
{
	const char *dot = strrchr(name, '.');
	size_t i;

	if (dot == NULL || dot == name || dot[1] == '\0')
		return strlen(name);
	for (i = 1; dot[i] != '\0'; i++)
		if (!is_alnum(dot[i]))
			return strlen(name);
	/* "2021.07.26" has no extension: its last part is digits only */
	if (strspn(dot + 1, "0123456789") == strlen(dot + 1))
		return strlen(name);
	return (size_t)(dot - name);
}

void
issuedate_parse(const char *path, char date[11], int *page)
{
	const char *name, *dirs;
	size_t nlen;
	struct ymd ymd;
	int k;

	date[0] = '\0';
	*page = 0;
	if (path == NULL)
		return;
	name = strrchr(path, '/');
	name = name != NULL ? name + 1 : path;
	nlen = stem_len(name);
	if (find_date(name, nlen, 0, &ymd)) {
		*page = first_number(name + ymd.end, nlen - ymd.end);
	} else {
		/* the last three folders, as "YYYY/MM/DD" or ".../2021-07-26" */
		if (name == path)
			return;
		dirs = name - 1;
		for (k = 0; k < 3 && dirs > path; k++)
			for (dirs--; dirs > path && dirs[-1] != '/'; dirs--)
				;
		if (!find_date(dirs, (size_t)(name - 1 - dirs), 1, &ymd))
			return;
		*page = trailing_number(name, nlen);
	}
	snprintf(date, 11, "%04d-%02d-%02d", ymd.y, ymd.m, ymd.d);
}

/* Unit tests of issuedate: dates and pages from paths. */
#include <string.h>

#include "lreader/issuedate.h"
#include "../tap.h"

static void
is_dp(const char *path, const char *want_date, int want_page)
{
	char date[11] = "garbage";
	int page = -1;

	issuedate_parse(path, date, &page);
	ok(strcmp(date, want_date) == 0 && page == want_page,
	    "%s -> [%s] p%d", path ? path : "(null)", want_date, want_page);
	if (strcmp(date, want_date) != 0 || page != want_page)
		diag("got [%s] p%d", date, page);
}

int
main(void)
{
	/* SPEC's three forms */
	is_dp("2021/07/26/page-2.txt", "2021-07-26", 2);
	is_dp("2021-07-26/2.txt", "2021-07-26", 2);
	is_dp("20210726_02.txt", "2021-07-26", 2);

	/* more names with the date in the file name */
	is_dp("2021-07-26_p3.txt", "2021-07-26", 3);
	is_dp("2021.07.26-4.txt", "2021-07-26", 4);
	is_dp("2021_07_26_5.txt", "2021-07-26", 5);
	is_dp("2021-07-26.txt", "2021-07-26", 0);
	is_dp("20210726.txt", "2021-07-26", 0);
	is_dp("2021-7-6-1.txt", "2021-07-06", 1);
	is_dp("lldb_2021-07-26_page12.txt", "2021-07-26", 12);
	is_dp("吕梁日报20210726第2版.txt", "2021-07-26", 2);
	is_dp("吕梁日报2021年7月26日第3版.txt", "2021-07-26", 3);
	is_dp("2021年07月26日.txt", "2021-07-26", 0);
	is_dp("/home/me/papers/2021-07-26_p3.txt", "2021-07-26", 3);
	is_dp("1999/01/01/x-20210726_02.txt", "2021-07-26", 2);  /* name wins */
	is_dp("20210726_0.txt", "2021-07-26", 0);
	is_dp("20210726_123456.txt", "2021-07-26", 0);  /* no page that big */
	is_dp("2021.07.26", "2021-07-26", 0);            /* no extension */
	is_dp("2021-07-26_p3", "2021-07-26", 3);

	/* dates from the folders */
	is_dp("/data/ll/2021/07/26/page-2.txt", "2021-07-26", 2);
	is_dp("2021/7/6/3.txt", "2021-07-06", 3);
	is_dp("/srv/2021-07-26/02.txt", "2021-07-26", 2);
	is_dp("/srv/20210726/b.txt", "2021-07-26", 0);
	is_dp("archive/2021.07.26/p4.txt", "2021-07-26", 4);
	is_dp("2021/07/26/第2版.txt", "2021-07-26", 2);
	is_dp("2021年/07月/26日/1.txt", "", 0);  /* 年 across folders: no */
	is_dp("2021/07/26/index.txt", "2021-07-26", 0);
	is_dp("2021/07/26/a3b.txt", "2021-07-26", 0);  /* 3 is not trailing */
	is_dp("2021/07/26/x/page-2.txt", "", 0);  /* date not in the last 3 */
	is_dp("./2021-07-26/2.txt", "2021-07-26", 2);
	is_dp("/2021/07/26/1.txt", "2021-07-26", 1);

	/* the bundled names: neither date nor page */
	is_dp("assets/issues/000_654740d0f14573d2.txt", "", 0);
	is_dp("assets/issues/001_88496977c24d648f.txt", "", 0);
	is_dp("assets/issues/002_52a807616048621b.txt", "", 0);
	is_dp("assets/issues/003_de8d0f2df01a8059.txt", "", 0);
	is_dp("assets/issues/004_4f12a0768dd3e9cf.txt", "", 0);
	is_dp("000_654740d0f14573d2.txt", "", 0);

	/* numbers that are not dates */
	is_dp("2021-13-01_2.txt", "", 0);    /* month 13 */
	is_dp("2021-02-29.txt", "", 0);      /* not a leap year */
	is_dp("2020-02-29.txt", "2020-02-29", 0);
	is_dp("1900-02-29.txt", "", 0);      /* 1900 is not a leap year */
	is_dp("2000-02-29.txt", "2000-02-29", 0);
	is_dp("2021-04-31.txt", "", 0);
	is_dp("2021-00-10.txt", "", 0);
	is_dp("2021-01-00.txt", "", 0);
	is_dp("1899-12-31.txt", "", 0);
	is_dp("2101-01-01.txt", "", 0);
	is_dp("1900-01-01.txt", "1900-01-01", 0);
	is_dp("2100-12-31.txt", "2100-12-31", 0);
	is_dp("2021-07.26.txt", "", 0);      /* mixed separators */
	is_dp("2021-07-266.txt", "", 0);     /* day of three digits */
	is_dp("120210726.txt", "", 0);       /* nine digits */
	is_dp("202107261.txt", "", 0);
	is_dp("a20210726.txt", "", 0);       /* glued to a letter: a hash */
	is_dp("ff20210726ee.txt", "", 0);
	is_dp("12345678.txt", "", 0);
	is_dp("page-2.txt", "", 0);          /* page only with a date */
	is_dp("07/26/2.txt", "", 0);
	is_dp("2021/07/2.txt", "", 0);
	is_dp("x/2021/13/26/2.txt", "", 0);

	/* empty and odd input */
	is_dp("", "", 0);
	is_dp(NULL, "", 0);
	is_dp("/", "", 0);
	is_dp("2021/07/26/", "2021-07-26", 0);
	is_dp(".txt", "", 0);
	is_dp("//.//", "", 0);
	return done_testing();
}

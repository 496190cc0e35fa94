/*
 * issuedate: an issue's date and page from its file's path (SPEC "Issues:
 * numbers, dates and pages").
 */
#ifndef LREADER_ISSUEDATE_H
#define LREADER_ISSUEDATE_H

/*
 * From the file name or its last three folders (2021/07/26/page-2.txt,
 * 2021-07-26/2.txt, 20210726_02.txt): date as "YYYY-MM-DD" (or "" when
 * none) and page (0 when unknown or no date). Always succeeds; path may
 * be NULL. Also read: 2021-07-26_p3, 2021.07.26-4, 2021_07_26,
 * 2021-7-6, 2021年7月26日第3版. A date must be a real day of
 * 1900-2100 not glued to an ASCII letter or digit; a page is 1-999.
 */
void issuedate_parse(const char *path, char date[11], int *page);

#endif

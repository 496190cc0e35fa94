/*
 * jsonq: the rows of an SQL query over JSON text, for the test programs
 * that read seeds.json, ground truths and exports with SQLite's JSON
 * functions (no JSON library needed).
 */
#ifndef LREADER_TESTS_JSONQ_H
#define LREADER_TESTS_JSONQ_H

#include <sqlite3.h>

/*
 * The first column of every row of sql, with ?1 = a and ?2 = b (b may be
 * NULL), as strings (NULL for an SQL null). Sets *n. The caller frees
 * with jsonq_free. A bad query prints its error and exits 99 (a test
 * harness error, not a failed check).
 */
char **jsonq_rows(sqlite3 *db, const char *sql, const char *a,
    const char *b, int *n);
void jsonq_free(char **rows, int n);

#endif

/* jsonq: query rows as strings, for the test programs. */
#include <stdio.h>
#include <stdlib.h>

#include "jsonq.h"
#include "lreader/util.h"

char **
jsonq_rows(sqlite3 *db, const char *sql, const char *a, const char *b,
    int *n)
{
	sqlite3_stmt *st;
	char **v = NULL;

	*n = 0;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "jsonq: %s\n", sqlite3_errmsg(db));
		exit(99);
	}
	sqlite3_bind_text(st, 1, a, -1, SQLITE_TRANSIENT);
	if (b != NULL)
		sqlite3_bind_text(st, 2, b, -1, SQLITE_TRANSIENT);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 0);
		v = xreallocarray(v, (size_t)*n + 1, sizeof *v);
		v[(*n)++] = t ? xstrdup(t) : NULL;
	}
	sqlite3_finalize(st);
	return v;
}

void
jsonq_free(char **rows, int n)
{
	int i;

	for (i = 0; i < n; i++)
		free(rows[i]);
	free(rows);
}

/* main: parse the command line and hand over (stub). */
#include <stdio.h>
int
main(void)
{
	puts("lreader");
	return 0;
}

# Every wait in the end-to-end tests polls a fresh screen: no until_ok
# whose arguments capture the screen (or anything else) once, before the
# wait starts (`until_ok test "$(screen)" != "$x"` compares one stale copy
# for the whole wait and fails on a slow machine). Work item 10, point 1.
. "$top_srcdir/tests/lib.sh"

for f in "$top_srcdir"/tests/e2e/*.sh; do
	name=${f##*/}
	# Lines that call until_ok (not its definition or comments) with a
	# command substitution among its arguments.
	bad=$(grep -n 'until_ok[[:space:]]' "$f" | grep -v '^[0-9]*:[[:space:]]*#' |
		grep -v 'until_ok()' | grep -F '$(' )
	[ -z "$bad" ]
	ok $? "$name: every until_ok captures anew on each poll"
	[ -z "$bad" ] || printf '%s\n' "$bad" | sed 's/^/#   /'
done
done_testing

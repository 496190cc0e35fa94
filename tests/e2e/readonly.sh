# A read-only library (work item 13, SPEC "Limits"): a library whose file
# and folder cannot be written opens for reading, with the notice
# "read-only: marks are not saved", in the interface and on the command
# line; marks fail with that notice, an import is refused, nothing is
# written, and quitting is clean. Run as an unprivileged user (root
# writes anything), through setpriv when the suite runs as root.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/tmux.sh"

T=$TEST_TMP
real=$LREADER
case $real in /*) ;; *) real=$(pwd)/$real ;; esac
if [ "$(id -u)" = 0 ]; then
	command -v setpriv >/dev/null 2>&1 || skip_all "root, and no setpriv to drop it"
	# The library's folder must be reachable by that user.
	chmod 755 "$T"
	printf '#!/bin/sh\nexec setpriv --reuid=65534 --regid=65534 --clear-groups %s "$@"\n' \
	    "'$real'" >"$T/as-user"
	chmod 755 "$T/as-user"
	user=$T/as-user
else
	user=$real
fi
mkdir -p "$T/lib"
db=$T/lib/library.db
"$real" --db "$db" import "$top_srcdir/assets/issues" >/dev/null 2>&1
ok $? "a library of the bundled issues"
"$real" --db "$db" export >"$T/before.jsonl"
sum_before=$(cksum <"$db")
chmod 444 "$db"
chmod 555 "$T/lib"
U() { "$user" --db "$db" "$@"; }

# ---- the command line ----
U list >"$T/out" 2>"$T/err"
is "$?" 0 "list of a read-only library: exit 0"
is "$(wc -l <"$T/out" | tr -d ' ')" "$(wc -l <"$T/before.jsonl" | tr -d ' ')" \
    "  every article listed"
grep -qF "lreader: $db: read-only: marks are not saved" "$T/err"
ok $? "  with the read-only notice"
U search 吕梁 >"$T/out" 2>/dev/null
ok $? "search works"
[ -s "$T/out" ]; ok $? "  and finds"
U cat 1 >"$T/out" 2>/dev/null
ok $? "cat works"
U import "$top_srcdir/assets/issues" >"$T/out" 2>"$T/err"
is "$?" 1 "import into a read-only library: exit 1"
grep -qF "the library is read-only: nothing imported" "$T/err"
ok $? "  says so"

# ---- the interface ----
LREADER=$user
start 100 30 --db "$db"
wait_for "5 · "; ok $? "the interface opens a read-only library"
status_has "read-only: marks are not saved"; ok $? "  and says it is read-only"
keys 3
wait_status "issue 3/5"; ok $? "an article opens all the same"
keys m
wait_status "read-only: marks are not saved"; ok $? "a bookmark says it is not saved"
keys q
until_ok status_has "issue 3/5"; ok $? "back in the sidebar"
keys q
st=$(wait_exit); is "$st" 0 "q quits with status 0"
history_has "could not save"; ok $((!$?)) "  and no error about saving on the way out"

# Only the folder read-only (the file itself writable): the same; and a
# path that starts with // (HOME=/ makes one) opens as well.
chmod 666 "$db"
U list >/dev/null 2>"$T/err"
is "$?" 0 "a writable library in a read-only folder: list works"
grep -qF "read-only: marks are not saved" "$T/err"; ok $? "  with the notice"
"$user" --db "/$db" list >/dev/null 2>"$T/err"
is "$?" 0 "  also named //…"

# A read-only folder and a log holding changes the file lacks (a writer
# was killed there): reading the file alone would show old text, so it
# is refused with the reason.
if command -v python3 >/dev/null 2>&1; then
	chmod 755 "$T/lib"
	python3 "$top_srcdir/tests/cli/crash-library.py" "$db"
	rm -f "$db-shm"
	chmod 555 "$T/lib"
	U list >/dev/null 2>"$T/err"
	is "$?" 1 "a read-only folder whose log holds changes: refused"
	grep -qF "log holds changes not yet in the file" "$T/err"; ok $? "  says why"
fi

chmod 755 "$T/lib"
chmod 644 "$db"
rm -f "$db-wal" "$db-shm"
is "$(cksum <"$db")" "$sum_before" "the library file is unchanged"
"$real" --db "$db" export >"$T/after.jsonl"
cmp -s "$T/before.jsonl" "$T/after.jsonl"; ok $? "and so is every article and mark"
done_testing

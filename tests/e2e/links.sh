# Links in the reading pane (SPEC "Links between articles", work item
# 12): a continuation mark drawn as a link, c follows it, back (h)
# returns to the same place, an unresolved mark says why; = lists related
# reports and Enter opens one.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/tmux.sh"

. "$top_srcdir/tests/links-archive.sh"
A=$TEST_TMP/arch
links_archive "$A"
"$LREADER" import "$A" >/dev/null 2>&1; ok $? "a dated archive with continuations imported"
"$LREADER" list >"$TEST_TMP/list"
id_of() { awk -F'\t' -v t="$1" '$5 == t {print $1}' "$TEST_TMP/list"; }
a=$(id_of 吕梁新区体育中心钢结构合拢)
b=$(id_of 离石区老旧小区改造提速)

start 100 30 open "$a"
wait_status "issue 1/3"; ok $? "open: the article with 下转4版"
screen_esc | grep -q '4m（下转\|34m（下转'
ok $? "  its mark is drawn as a link"
day_row() { screen | grep -F -- ' 2021-07-26 · ' | sed 's/ *│.*//'; }
day_is() { [ "$(day_row)" = "$1" ]; }
until_ok day_is " 2021-07-26 · 2 pages · 2 unread"
ok $? "  its day row counts the other two unread"
keys c
until_ok has "据了解，体育场钢结构工程"; ok $? "c follows it: the continuation on page 4"
status_has "followed 下转4版"; ok $? "  the status line says so"
until_ok day_is " 2021-07-26 · 2 pages · 1 unread"
ok $? "  the day row counts it read (1 unread), its page folded before"
keys h
wait_status "issue 1/3"; ok $? "h: back to the article the mark was in"
pane_text() { screen | sed '$d' | sed 's/^.*│ *//' | tr -d ' \n'; }
pane_text | grep -q "（下转4版）"; ok $? "  at the same place (its mark on screen)"

keys Enter
until_ok has "据了解，体育场钢结构工程"; ok $? "Enter in the reader follows the mark in view too"
keys h
wait_status "issue 1/3"

keys =
wait_for "Related reports"; ok $? "=: the related reports"
has "2021-07-26 p4  体育中心钢结构合拢"; ok $? "  its continuation first, with date and page"
keys Enter
until_ok has "据了解，体育场钢结构工程"; ok $? "Enter opens it"
keys h
wait_status "issue 1/3"; ok $? "h: back again"

keys Q
wait_exit >/dev/null
start 100 30 open "$b"
wait_status "issue 3/3"
keys c
wait_status "page 4 of 2021-07-27 is not in the library"
ok $? "c on a mark whose page is missing: the status line says why"
keys Q
is "$(wait_exit)" 0 "quits (exit 0)"
done_testing

# Dated issues (made-up pages in date folders): the first-run cursor on
# the newest day's first page, day rows and their `N · pP · …` page rows
# (the edition tree: tests/e2e/tree.sh), 1-9 by page of the open issue's
# day, `:` with dates, R picking up an import made while the interface
# runs (numbers move); control characters in a page drawn inert.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/tmux.sh"

pages=$TEST_TMP/pages
page() {  # page DIR/NAME DAY PAGE
	mkdir -p "$pages/$(dirname "$1")"
	printf '测试新闻%s日第%s版头条\n\n本报讯（记者 张三）7月%s日，我市举行了一场测试活动。活动内容丰富，参与者众多，反响热烈。\n\n这是第二段，介绍了更多的细节和情况，以便测试阅读界面。\n' \
		"$2" "$3" "$2" >"$pages/$1.txt"
}
page 2021/07/26/page-1 26 1
page 2021/07/26/page-2 26 2
page 2021/07/27/page-1 27 1
"$LREADER" import "$pages" >/dev/null 2>&1
ok $? "three dated pages imported"

# 120 columns: the sidebar (a third) holds a whole day row and its
# unread count. Dated issues are grouped by day, the newest day unfolded
# on a first run.
sidebar() { screen | sed '$d' | sed 's/│.*//'; }
sidebar_row() { sidebar | sed -n "${1}p" | sed 's/ *$//'; }
start 120 24
wait_for "3 · p1 · 测试新闻27日"
ok $? "dated rows: the newest day's page, N · pP · lead"
is "$(sidebar_row 1)" " 2021-07-26 · 2 pages · 2 unread" "  the day before: a day row, folded"
is "$(sidebar_row 2)" " 2021-07-27 · 1 page · 1 unread" "  then the newest day"
status_has "issue 3/3"; ok $? "first run: the cursor on the newest dated issue"
keys g Enter
wait_for "1 · p1 · 测试新闻26日"
sidebar_row 2 | grep -q '^  1 · p1 · 测试新闻26日第1版头条  *(1)$'
ok $? "  issues in date and page order"
sidebar_row 3 | grep -q '^  2 · p2 · 测试新闻26日第2版头条  *(1)$'
ok $? "  (page 2 after page 1)"
# Folded again, the cursor back on the newest issue (the last row).
keys Enter
wait_gone "1 · p1 · 测试新闻26日"
keys G
wait_status "issue 3/3"
status_has "imported"; ok $((!$?)) "no bundled import into a library that has issues"
keys 2
wait_status "no page 2 on 2021-07-27"; ok $? "2: page 2 of the cursor's day, when there is none"
keys 1
wait_status "issue 3/3 2021-07-27 p1 · article 1/1"; ok $? "1: page 1 of the day opens"
has "本报讯（记者 张三）7月27日"; ok $? "  its lead article"
keys :
text 2021-07-26
keys Enter
wait_status "issue 1/3 2021-07-26 p1"; ok $? ":2021-07-26 goes to the day's first page"
keys 2
wait_status "issue 2/3 2021-07-26 p2"; ok $? "2: page 2 of the open issue's day"
keys :
text 2021-07
keys Enter
wait_status "issue 1/3"; ok $? ":2021-07: the first issue on or after it"
keys :
text 2021-07-26/2
keys Enter
wait_status "issue 2/3 2021-07-26 p2"; ok $? ":2021-07-26/2: that page"
keys :
text 2021-08
keys Enter
wait_status "no issue on or after 2021-08"; ok $? ":2021-08: none"

# An import while the interface runs (work item 10, item 2): noticed on
# its own, the view holding still (numbers, rows, ] and [) until R; R
# shows it and keeps the article.
keys C-l
wait_status "issue 2/3 2021-07-26 p2"
page 2021/07/25/page-1 25 1
"$LREADER" import "$pages/2021/07/25" >/dev/null 2>&1
wait_status "1 new issue, R to show"; ok $? "another process's import is noticed: 1 new issue, R to show"
status_has "issue 2/3 2021-07-26 p2"; ok $? "  the status still counts the view (issue 2/3)"
lacks "2021-07-25"; ok $? "  the new issue is not in the sidebar yet"
has "1 · p1 · 测试新闻26日"; ok $? "  the rows keep their numbers"
keys ']'
wait_status "issue 3/3 2021-07-27 p1"; ok $? "  ] goes to the view's next issue"
keys '['
wait_status "issue 2/3 2021-07-26 p2"; ok $? "  [ back to the issue before"
keys R
until_ok lacks "R to show"; ok $? "R: the notice goes"
status_has "1 new issue"; ok $? "  R: 1 new issue"
keys j
wait_status "issue 3/4 2021-07-26 p2"; ok $? "  the open article stays, its issue renumbered"
is "$(sidebar_row 1)" " 2021-07-25 · 1 page · 1 unread" "  the new issue's day is first"

# { and }: page 1 of the day before or after.
keys '}'
wait_status "issue 4/4 2021-07-27 p1"; ok $? "} from 2021-07-26 p2: the next day's page 1"
keys '}'
wait_status "no next day"; ok $? "} on the last day: no next day"
keys '{'
wait_status "issue 2/4 2021-07-26 p1"; ok $? "{: the day before, its page 1 (not its last page)"
keys '{'
wait_status "issue 1/4 2021-07-25 p1"; ok $? "{ again: the day before that"
keys '{'
wait_status "no previous day"; ok $? "{ on the first day: no previous day"

# Control characters and escape sequences in a page are drawn inert.
mkdir -p "$pages/ctl"
printf '控制字符测试\n\n本报讯 这一段里有\033[31m红色\033[0m和\007响铃，还有\033]0;标题\007。结束了。\n' \
	>"$pages/ctl/ctl.txt"
"$LREADER" import "$pages/ctl" >/dev/null 2>&1
keys R
wait_status "1 new issue"
keys :
text 5
keys Enter
wait_status "issue 5/5 · article 1/1"; ok $? "an undated issue comes after the dated ones"
wait_for "控制字符测试"; ok $? "a page with control characters opens"
has "[31m红色"; ok $? "  its text shows, the escape's printable rest as text"
esc=$(printf '\033')
screen_esc | grep -q "$esc\\[31m"; ok $((!$?)) "  its escape sequence is not sent to the terminal"
screen_esc | grep -q "$esc\\[[17]m"; ok $? "  (while the screen's own attributes are)"
keys Q
is "$(wait_exit)" 0 "quits with status 0"

[ "$failed" -eq 0 ] || dump
done_testing

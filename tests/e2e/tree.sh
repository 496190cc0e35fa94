# The edition tree on a dated archive (work item 10, items 3 and 4): day
# rows (`2021-06-29 · 4 pages · 4 unread`) that fold their pages, page
# rows that fold their articles, undated issues after them as before;
# the unread counts of day rows kept as articles are read; r on a day row
# (all read, again: unread); [ ] by page and { } by day; a filter's flat
# list; an import by another process noticed without moving the tree;
# the open article back, its day unfolded, at the next start; a narrow
# sidebar cutting a day row but keeping its count.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/tmux.sh"

pages=$TEST_TMP/pages
page() {  # page DIR/NAME DAY PAGE
	mkdir -p "$pages/$(dirname "$1")"
	printf '六月%s日第%s版要闻\n\n本报讯（记者 李四）6月%s日，我市召开第%s版所报道的工作会议。会议内容丰富，参会者众多。\n\n会议要求，各部门要认真落实，确保各项工作取得实效。\n' \
		"$2" "$3" "$2" "$3" >"$pages/$1.txt"
}
# 30 days of four pages but the 15th (three): issues 1-119, the first
# page of day D is issue 4(D-1)+1, one less after the 15th.
d=1
while [ $d -le 30 ]; do
	dd=$(printf '%02d' $d)
	np=4
	[ $d -eq 15 ] && np=3
	p=1
	while [ $p -le $np ]; do
		page "2021/06/$dd/page-$p" "$dd" "$p"
		p=$((p + 1))
	done
	d=$((d + 1))
done
mkdir -p "$pages/undated"
printf '没有日期的第一篇\n\n本报讯 这一期没有日期，排在有日期的各期之后。\n' >"$pages/undated/a.txt"
printf '没有日期的第二篇\n\n本报讯 这一期也没有日期，同样排在最后。\n' >"$pages/undated/b.txt"
"$LREADER" import "$pages" >/dev/null 2>&1
ok $? "30 days of dated pages and 2 undated ones imported"
is "$("$LREADER" list | wc -l)" 121 "  121 issues of one article each"

sidebar() { screen | sed '$d' | sed 's/│.*//'; }
sidebar_has() { sidebar | grep -q -- "$1"; }
sidebar_lacks() { ! sidebar | grep -q -- "$1"; }
# The sidebar row holding TEXT, trailing spaces cut.
row_of() { sidebar | grep -F -- "$1" | head -n 1 | sed 's/ *$//'; }
row_matches() { row_of "$1" | grep -q -- "$2"; }
# The row under the row holding TEXT.
row_after() { sidebar | grep -F -A1 -- "$1" | sed -n 2p | sed 's/ *$//'; }

# ---- the tree ----
start 120 24
wait_for "116 · p1 · 六月30日第1版要闻"
ok $? "first run: the newest day unfolded, its first page (116 · p1 · …)"
status_has "issue 116/121"; ok $? "  the cursor on it (issue 116/121)"
is "$(row_of '2021-06-30')" " 2021-06-30 · 4 pages · 4 unread" "a day row: date, pages, unread"
is "$(row_of '2021-06-29')" " 2021-06-29 · 4 pages · 4 unread" "  the day before, folded"
sidebar_lacks "115 · p4"; ok $? "  (its pages hidden)"
row_after "2021-06-30" | grep -q '^  116 · p1 · 六月30日第1版要闻  *(1)$'
ok $? "  under the day, its pages with their unread counts"
keys j
wait_status "issue 117/121"
row_after "116 · p1" | grep -q '^  117 · p2 · 六月30日第2版要闻  *(1)$'
ok $? "  in page order"
keys G
wait_status "issue 121/121"
until_ok sidebar_has '^ 121 · 没有日期的第二篇  *(1)'
ok $? "undated issues after the days, one row each, as before"
sidebar_has '^ 120 · 没有日期的第一篇'; ok $? "  (120 then 121)"
keys g
wait_status "issues 1-4/121 2021-06-01"; ok $? "g: the first row is the first day (issues 1-4)"
is "$(sidebar | head -n 1 | sed 's/ *$//')" " 2021-06-01 · 4 pages · 4 unread" "  its row"
keys Enter
wait_for "1 · p1 · 六月01日第1版要闻"; ok $? "Enter on a day row unfolds its pages"
keys Enter
wait_gone "1 · p1 · 六月01日第1版要闻"; ok $? "Enter again folds them"

# ---- opening, counts, [ ] { } ----
keys :
text 2021-06-29
keys Enter
wait_status "issue 112/121 2021-06-29 p1 · article 1/1"
ok $? ":2021-06-29 opens the day's page 1"
until_ok row_matches "2021-06-29" '^ 2021-06-29 · 4 pages · 3 unread$'
ok $? "  its day row counts one less unread (3)"
sidebar_has '^ >   六月29日第1版要闻'; ok $? "  its page unfolded, the open article marked"
sidebar_lacks "116 · p1"; ok $? "  the other days folded (SPEC: all but the open article's)"
keys ']'
wait_status "issue 113/121 2021-06-29 p2"; ok $? "] next page"
until_ok row_matches "2021-06-29" '· 2 unread$'; ok $? "  the day row follows: 2 unread"
keys ']' ']'
wait_status "issue 115/121 2021-06-29 p4"
keys ']'
wait_status "issue 116/121 2021-06-30 p1"; ok $? "] from the last page: the next day's page 1"
until_ok sidebar_has "116 · p1"; ok $? "  that day unfolded"
sidebar_lacks "113 · p2"; ok $? "  the day before folded"
keys '['
wait_status "issue 115/121 2021-06-29 p4"; ok $? "[ back across the day: its last page"
keys '{'
wait_status "issue 108/121 2021-06-28 p1"; ok $? "{ from page 4: the day before, its page 1"
keys '}'
wait_status "issue 112/121 2021-06-29 p1"; ok $? "} the next day, its page 1"
keys :
text 2021-06-16/2
keys Enter
wait_status "issue 61/121 2021-06-16 p2"
keys '{'
wait_status "issue 57/121 2021-06-15 p1"; ok $? "{ to a day of three pages"
keys '}' '}'
wait_status "issue 64/121 2021-06-17 p1"; ok $? "} } two days on"
keys :
text 2021-06-30/3
keys Enter
wait_status "issue 118/121 2021-06-30 p3"
keys '}'
wait_status "no next day"; ok $? "} on the last day: no next day"
keys :
text 120
keys Enter
wait_status "issue 120/121 · article 1/1"
keys '{'
wait_status "not a dated issue"; ok $? "{ on an undated issue says so"
keys '['
wait_status "issue 119/121 2021-06-30 p4"; ok $? "[ from the first undated issue: the last page"

# ---- r on a day row ----
# In the sidebar, from the open article's row up to its page, then its day.
keys Tab k k k k k
until_ok row_matches "2021-06-30" '· 1 unread$'
keys r
wait_status "2021-06-30 marked read"; ok $? "r on a day row marks the whole day read"
until_ok row_matches "2021-06-30" '^ 2021-06-30 · 4 pages$'; ok $? "  its row has no unread count"
row_of "116 · p1" | grep -q '(1)'; ok $((!$?)) "  nor its pages"
keys r
wait_status "2021-06-30 marked unread"; ok $? "r again: the whole day unread"
until_ok row_matches "2021-06-30" '· 4 pages · 4 unread$'; ok $? "  4 unread"
row_of "117 · p2" | grep -q '(1)$'; ok $? "  its pages counted again"
until_ok sidebar_has '^ >\* *六月30日第4版要闻'; ok $? "  the open article's row marked unread too"

# ---- a narrow sidebar keeps the count ----
resize_to 80 24
until_ok row_matches "2021-06-30" '^ 2021-06-30 · 4 pages (4)$'
ok $? "at 80 columns a day row's count is short: 2021-06-30 · 4 pages (4)"
keys '<' '<'
until_ok row_matches "2021-06-30" '^ 2021-06-30 ·.*… (4)$'
ok $? "  narrower, the row is cut with …, the date and count kept"
resize_to 120 24
# Back to the width a third of 120 columns gives (40).
keys '>' '>' '>' '>' '>' '>' '>' '>' '>'
until_ok row_matches "2021-06-30" '· 4 pages · 4 unread$'

# ---- a filter lists issues flat ----
keys u
wait_status "unread only"
until_ok sidebar_has '^ 116 · 2021-06-30 p1 · 六月30日.*(1/1)'
ok $? "unread only: issues flat, N · DATE pP · lead (matching/total)"
sidebar_lacks "· 4 pages"; ok $? "  no day rows"
keys F
until_ok sidebar_has "· 4 pages · 4 unread"; ok $? "F: the tree again"
until_ok sidebar_has '^ >\* *六月30日第4版要闻'; ok $? "  the open article's day and page unfolded"

# ---- another process imports: the tree holds still until R ----
mkdir -p "$pages/2021/07/01"
printf '七月一日第1版要闻\n\n本报讯 7月1日，我市举行庆祝活动，各界群众踊跃参加。\n' \
	>"$pages/2021/07/01/page-1.txt"
"$LREADER" import "$pages/2021/07" >/dev/null 2>&1
wait_status "1 new issue, R to show"; ok $? "an import elsewhere: 1 new issue, R to show"
sidebar_lacks "2021-07-01"; ok $? "  no new day row yet"
keys Tab '}'
wait_status "no next day"; ok $? "  } still says no next day (the view's days)"
keys R
wait_status "1 new issue"
keys C-l
wait_status "issue 119/122 2021-06-30 p4"; ok $? "R: the open article stays (issue 119/122)"
until_ok sidebar_has '^ 2021-07-01 · 1 page · 1 unread'; ok $? "  the new day's row shows"
keys '}'
wait_status "issue 120/122 2021-07-01 p1"; ok $? "  } goes to it"

# ---- the next start: the open article, its day unfolded ----
keys Q
is "$(wait_exit)" 0 "quits with status 0"
start 120 24
wait_status "issue 120/122 2021-07-01 p1 · article 1/1"
ok $? "restart: the last article open again"
until_ok sidebar_has '^ >   七月一日第1版要闻'; ok $? "  its row shown, under its unfolded day"
sidebar_lacks "116 · p1"; ok $? "  other days folded"
keys Q
is "$(wait_exit)" 0 "quits with status 0"

[ "$failed" -eq 0 ] || dump
done_testing

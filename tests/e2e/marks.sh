# Marks, filters and find: m M u r f F, / n N, and the prompts' editing
# (Chinese text, Backspace, ^U, Esc).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/tmux.sh"

sidebar() { screen | sed '$d' | sed 's/│.*//'; }
sidebar_has() { sidebar | grep -q -- "$1"; }
status_re() { status_line | grep -q -- "$1"; }
no_filter_status() { ! status_line | grep -q -e 'filter' -e 'unread only'; }

start 80 24
wait_for "5 · " || dump

# ---- bookmarks ----
keys 2
wait_status "issue 2/5 · article 1/5"
# Work item 10, item 8: the subtitle has its own style (underlined by
# default), not the body's.
screen_esc | grep -q '\[4m楼阳生出席并讲话'
ok $? "the subtitle is drawn in its own style"
keys m
wait_status "bookmarked"; ok $? "m bookmarks the open article"
until_ok sidebar_has '^ > ! “数谷吕…大会隆重开幕'; ok $? "  its row shows the bookmark mark"
keys M
wait_status "bookmarks only"; ok $? "M: bookmarks only, said in the status line"
until_ok sidebar_has '2 · “数谷吕梁.*(1/5)'; ok $? "  issue 2 shows (matching/total)"
sidebar_has '1 · 刘媛媛'; ok $((!$?)) "  issues without bookmarks are hidden"
sidebar_has '怀进鹏'; ok $((!$?)) "  and articles without one"
keys M
wait_gone "bookmarks only"
until_ok sidebar_has '1 · 刘媛媛'; ok $? "M again shows everything"
keys m
wait_status "bookmark removed"; ok $? "m again removes the bookmark"
until_ok sidebar_has '^ >   “数谷吕…大会隆重开幕'; ok $? "  and its mark"

# m in the sidebar acts on the cursor's row.
keys Tab j m
wait_status "bookmarked"
until_ok sidebar_has '^  \*! “数谷吕…大会举行签'
ok $? "m in the sidebar bookmarks the cursor's article, not the open one"

# ---- read marks and unread-only ----
keys r
wait_status "marked read"; ok $? "r in the sidebar marks the cursor's article read"
keys r
wait_status "marked unread"; ok $? "r again: unread"
until_ok sidebar_has '^  \*! “数谷吕…大会举行签'
ok $? "  both marks show"
keys u
wait_status "unread only"; ok $? "u: unread only"
until_ok sidebar_has '2 · “数谷吕梁.*(4/5)'; ok $? "  issue 2: 4 of 5 unread"
sidebar_has '1 · 刘媛媛.*(10/10)'; ok $? "  issue 1: 10 of 10"
# Work item 10, item 4: the counts follow as articles are read.
keys 1
until_ok sidebar_has '1 · 刘媛媛.*(9/10)'
ok $? "  opening issue 1's lead reads it: (9/10) at once"
until_ok status_has "· 9 unread"; ok $? "  the status line counts the issue's unread (9)"
keys u
wait_gone "unread only"; ok $? "u again: off"
until_ok sidebar_has '1 · 刘媛媛.*(9) *$'; ok $? "  issue rows show their unread count (9)"

# r on an issue row: all of it read; again: unread.
keys Tab
until_ok sidebar_has '^ >   刘媛媛'
keys k
keys r
wait_status "issue 1 marked read"; ok $? "r on an issue row marks the whole issue read"
until_ok sidebar_has '1 · 刘媛媛[^(]*$'; ok $? "  its row has no unread count"
sidebar_has '^  \*  魏彦杰'; ok $((!$?)) "  nor its articles the unread mark"
keys r
wait_status "issue 1 marked unread"; ok $? "r again: the whole issue unread"
until_ok sidebar_has '1 · 刘媛媛.*(10) *$'; ok $? "  (10)"
keys Tab

# ---- text filter, with prompt editing ----
keys f
until_ok status_re '^Filter:'; ok $? "f opens the filter prompt, labelled"
text "大数据产X"
wait_status "Filter: 大数据产X"; ok $? "  the prompt takes Chinese text"
keys BSpace
until_ok status_re 'Filter: 大数据产$'; ok $? "  Backspace deletes a character"
keys BSpace
keys Enter
wait_status "filter: 大数据"; ok $? "  Enter applies the filter"
until_ok sidebar_has '(.*/.*)'; ok $? "  issues show (matching/total)"
sidebar_has '4 · 吕梁：大数据.*(2/2)'; ok $? "  issue 4: both articles match"
# Wider: the status line holds the position, the unread count and both
# filters.
resize_to 120 24
keys u
wait_status "unread only · filter: 大数据"; ok $? "filters combine"
# Work item 10, item 8: a status line too long for the terminal is cut
# with "…", the position first and the help key still in view.
resize_to 46 20
until_ok status_re '…  *? help *$'; ok $? "a long status line is cut with … before ? help"
status_has "issue "; ok $? "  its position stays in view"
resize_to 120 24
keys f
wait_status "Filter: 大数据"
keys C-u
until_ok status_re '^Filter: *$'; ok $? "^U clears the prompt"
text "吕梁"
keys Escape
wait_status "unread only · filter: 大数据"; ok $? "Esc cancels: the filter is unchanged"
resize_to 80 24
keys F
until_ok no_filter_status
ok $? "F clears all filters"
no_ratio() { sidebar_has '1 · 刘媛媛' && ! sidebar_has '1 · 刘媛媛.*([0-9]*/[0-9]*)'; }
until_ok no_ratio; ok $? "  no more (matching/total)"
until_ok sidebar_has '^ >[* ][! ] 刘媛媛'; ok $? "  the open article's issue unfolded, its row there"
keys f
text "没有这样的词"
keys Enter
wait_status "no article matches"; ok $? "a filter matching nothing says so"
keys F

# ---- find in the article ----
keys 2
wait_status "issue 2/5 · article 1/5"
keys n
wait_status "nothing to find"; ok $? "n before any search says so"
keys /
wait_status "Find:"; ok $? "/ opens the Find: prompt"
text "吕梁"
keys Enter
until_ok status_has "/吕梁 1/"; ok $? "/ finds: the status line counts the matches"
total=$(status_line | sed 's/.*\/吕梁 1\/\([0-9]*\).*/\1/')
[ "$total" -gt 3 ] 2>/dev/null; ok $? "  several matches ($total)"
screen_esc | grep -q '30m.*吕梁\|43m.*吕梁\|\[7m吕梁'
ok $? "  matches are highlighted"
keys n
wait_status "/吕梁 2/$total"; ok $? "n: the next match"
keys N N
wait_status "/吕梁 $total/$total"; ok $? "N N: previous, wrapping around"
status_has "search wrapped to the end"; ok $? "  and says it wrapped"
keys n
wait_status "search wrapped to the top"; ok $? "n at the last match says it wrapped"
keys N
wait_status "/吕梁 $total/$total"
keys /
wait_status "Find: 吕梁"; ok $? "/ offers the last search"
keys C-u
text "没有这样的词"
keys Enter
wait_status "not found: 没有这样的词"; ok $? "a missing word: not found"
keys Escape n
wait_status "not found: 没有这样的词"; ok $? "n after it: still not found"

# ---- a match across a line break of the layout: the last two Han
# characters of one row and the first two of the next ----
screen | sed -n '2,20p' | sed 's/^[^│]*│ *//; s/ *$//' >"$TEST_TMP/rows"
q= prev=
while IFS= read -r row; do
	a=$(printf '%s' "$prev" | sed -n 's/.*\([[:alpha:]][[:alpha:]]\)$/\1/p')
	b=$(printf '%s' "$row" | sed -n 's/^\([[:alpha:]][[:alpha:]]\).*/\1/p')
	# Han only (Latin words are not split, so they would not meet).
	if [ -n "$a" ] && [ -n "$b" ] &&
	    ! printf '%s' "$a$b" | LC_ALL=C grep -q '[ -~]'; then
		q=$a$b
		break
	fi
	prev=$row
done <"$TEST_TMP/rows"
if [ -n "$q" ]; then
	keys /
	wait_status "Find:"
	keys C-u
	text "$q"
	keys Enter
	until_ok status_has "/$q 1/"
	ok $? "a match across a line break of the layout is found ($q)"
else
	ok 1 "two rows of text to search across"
fi
# The find belongs to its article: the next one opens without it, and n
# looks for the last search there.
keys /
keys C-u
text "吕梁"
keys Enter
until_ok status_has "/吕梁 1/"
keys J
until_ok lacks "/吕梁 "; ok $? "the next article opens without the last find's status"
keys n
until_ok status_has "/吕梁 "; ok $? "  n finds the last search there"

# ---- a text filter marks its matches in the open article (work item
# 10, item 6) ----
keys f
text "大数据"
keys Enter
wait_status "filter: 大数据"
keys 4
until_ok status_has "/大数据 1/"; ok $? "an article opened under a filter shows its matches (/大数据 1/…)"
screen_esc | grep -q '43m大数据\|\[7m大数据'; ok $? "  highlighted"
keys n
until_ok status_has "/大数据 2/"; ok $? "  n goes to the next match"
# r twice on an issue row under a text filter: back to the articles that
# match, not the size.
keys u
wait_status "unread only"
keys Tab g
until_ok sidebar_has '1 · 刘媛媛.*(3/10)'
keys r
until_ok sidebar_has '1 · 刘媛媛.*(0/10)'; ok $? "r on issue 1's row, filter 大数据 and unread: (0/10)"
keys r
until_ok sidebar_has '1 · 刘媛媛.*(3/10)'; ok $? "r again: (3/10), its matching articles, not (10/10)"
keys Tab u
keys F
until_ok lacks "/大数据"; ok $? "F: the filter's highlights go with it"
keys Q
is "$(wait_exit)" 0 "quits with status 0"

[ "$failed" -eq 0 ] || dump
done_testing

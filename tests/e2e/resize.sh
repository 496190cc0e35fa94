# Resizing at any moment re-lays out, keeps the reading position (a place
# in the text), shows a notice below 40x10, and comes back to the same
# screen. Also a wide terminal: the text column stays text-width wide.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/tmux.sh"

fits() { [ "$(screen_width)" -le "$1" ]; }
# The column of the sidebar's separator on the first row.
sep_col() { screen | head -n 1 | sed 's/│.*//' | wc -L; }
sep_is() { [ "$(sep_col)" -eq "$1" ]; }

start 80 24
wait_for "5 · " || dump
keys 2
wait_status "issue 2/5 · article 1/5"
keys Space Space
until_ok status_has "% "
until_ok settled
before=$(screen)
top=$(pane_row 1)

resize_to 60 20; ok $? "60x20: redrawn within 60 cells and 20 rows"
wait_status "issue 2/5 · article 1/5"; ok $? "60x20: the same article"
# The top line starts at the same place in the text, or the line that
# holds that place begins a little before it.
t60="$(pane_row 1)$(pane_row 2)"
case $t60 in
*"$(printf '%s' "$top" | cut -c1-9)"*) ok 0 "60x20: the reading position is kept" ;;
*) ok 1 "60x20: the reading position is kept"; echo "# top [$top] now [$t60]" ;;
esac
has "1 · 刘媛媛"; ok $? "60x20: the sidebar is there"

resize 30 8
wait_for "terminal too small"; ok $? "30x8: a 'terminal too small' notice"
fits 30; ok $? "30x8: nothing wider than 30 cells"
keys j j
resize 80 24
until_ok screen_is "$before"
is "$(screen)" "$before" "back to 80x24: the very same screen"

resize 39 24
wait_for "terminal too small"; ok $? "39 columns is too small"
resize_to 40 10; ok $? "40x10 is enough: redrawn within 40 cells"

# A prompt survives a resize.
resize_to 80 24
keys /
text 吕梁
resize 70 22
until_ok status_has "Find: 吕梁"; ok $? "a prompt survives a resize"
keys Escape
wait_status "help"

resize_to 200 60; ok $? "200x60: redrawn within 200 cells and 60 rows"
# The text column is at most text-width (80) cells wide.
w=$(screen | sed '$d' | sed 's/^.*│//' | sed 's/^ *//' | wc -L)
[ "$w" -le 80 ] && [ "$w" -ge 70 ]; ok $? "200x60: text lines at most 80 cells ($w)"
has "1 · 刘媛媛：“双碳目标”对吕梁"; ok $? "200x60: sidebar titles"

# Work item 10, item 5: the sidebar takes a third of the terminal, 24 to
# 60 cells, unless set (or < >).
until_ok sep_is 60; ok $? "200 columns: the sidebar is 60 cells (its most)"
resize_to 120 40
until_ok sep_is 40; ok $? "120 columns: 40 cells, a third"
resize_to 80 24
until_ok sep_is 26; ok $? "80 columns: 26 cells"
resize_to 60 20
until_ok sep_is 24; ok $? "60 columns: 24 cells (its least)"
resize_to 80 24
keys '>'
until_ok sep_is 28; ok $? "> widens it by two"
resize_to 120 40
until_ok sep_is 28; ok $? "  and from then on it keeps its width"
resize_to 80 24

# At the end of an article, a bigger terminal shows a full pane, not
# empty rows under the last line (work item 10, item 5).
keys G
until_ok status_has "100%"
resize_to 120 40
bottom_filled() { [ -n "$(pane_row 39 | tr -d ' ')" ]; }
until_ok bottom_filled; ok $? "at the end of an article, 80x24 -> 120x40: the pane stays full"
status_has "100%"; ok $? "  still at its end (100%)"
resize_to 80 24

# Resizes in a burst, mid-way through paging: no crash, a clean screen.
for s in 100x30 50x12 120x40 45x15 80x24; do
	resize "${s%x*}" "${s#*x}"
	keys Space
done
want_cols=80 want_rows=24
until_ok sized
fits 80; ok $? "after a burst of resizes: within 80 cells"
keys Q
is "$(wait_exit)" 0 "quits with status 0" || tm list-panes -t t -F "# dead=#{pane_dead} st=#{pane_dead_status} pid=#{pane_pid}"

[ "$failed" -eq 0 ] || dump
done_testing

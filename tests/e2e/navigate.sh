# Moving around: paging, J/K, [ ], 1-9, :, the sidebar's keys, folds,
# Tab, s, < >, the help overlay and ^L, and the mouse.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/tmux.sh"

# The column of the sidebar's separator on the first row.
sep_col() { screen | head -n 1 | sed 's/│.*//' | wc -L; }
sep_below() { [ "$(sep_col)" -lt "$1" ]; }
sep_beyond() { [ "$(sep_col)" -gt "$1" ]; }
# The sidebar's border is drawn lit (the border colour, bold) on row 1.
border_lit() { screen_esc | head -n 1 | grep -q '\[36m│\|;36m│\|\[1m│\|;1m│'; }
border_plain() { ! border_lit && has "│"; }
# The help overlay's place: "-- N% --", N captured anew each time.
help_pct() { screen | sed -n 's/.*-- \([0-9]*\)% --.*/\1/p' | head -n 1; }
help_past() { p=$(help_pct); [ -n "$p" ] && [ "$p" -gt "$1" ]; }
help_end() { has "-- End --"; }
help_pct_is_some() { [ -n "$(help_pct)" ]; }

start 80 24
wait_for "5 · " || dump

# Issue 2's lead is the longest bundled article: many pages.
keys 2
wait_status "issue 2/5 · article 1/5"; ok $? "2 opens issue 2's lead"
top0=$(pane_row 1)
last=$(pane_row 23)
keys Space
until_ok row_differs 1 "$top0"; ok $? "Space pages down"
is "$(pane_row 1)" "$last" "the last line of a page is the first of the next"
keys b
until_ok row_is 1 "$top0"; ok $? "b pages back up"
keys C-d
until_ok row_is 1 "$last"; ok $? "^D pages down too"
keys j
until_ok row_differs 1 "$last"; ok $? "j scrolls a line"
keys k
until_ok row_is 1 "$last"; ok $? "k scrolls back"
keys G
wait_status "100%"; ok $? "G goes to the bottom (100%)"
keys g
until_ok row_is 1 "$top0"; ok $? "g goes to the top"
keys G
wait_status "100%"
keys Space
wait_status "issue 2/5 · article 2/5"; ok $? "Space at the end opens the next article"
keys J
wait_status "article 3/5"; ok $? "J: next article"
keys K K
wait_status "article 1/5"; ok $? "K K: back to the first"
keys K
wait_status "issue 1/5 · article 10/10"; ok $? "K from an issue's first article: the previous issue's last"

keys ']'
wait_status "issue 2/5 · article 1/5"; ok $? "] next issue, its lead"
keys ']' ']'
wait_status "issue 4/5 · article 1/2"; ok $? "] ] two issues on"
keys '['
wait_status "issue 3/5 · article 1/5"; ok $? "[ previous issue"
keys 1
wait_status "issue 1/5 · article 1/10"; ok $? "1: issue 1 (undated issues)"
keys '['
wait_status "no previous issue"; ok $? "[ on issue 1 says so"
keys 5
wait_status "issue 5/5 · article 1/8"; ok $? "5: issue 5"
keys 9
wait_status "no issue 9"; ok $? "9: there is no issue 9"

keys :
wait_status "Go to:"; ok $? ": opens the Go to: prompt"
text 4
keys Enter
wait_status "issue 4/5 · article 1/2"; ok $? ":4 goes to issue 4"
keys :
text 2021-07
keys Enter
wait_status "no issue on or after 2021-07"; ok $? ":2021-07 with no dated issue"
keys :
text xyz
keys Escape
until_ok status_has "issue 4/5"; ok $? "Esc cancels the prompt"

# ---- the sidebar ----
keys h
until_ok status_has "issue 4/5"
keys g
keys j
wait_status "issue 4/5"
keys G
until_ok sh -c "'$TMUX_BIN' -L '$sock' capture-pane -p -e -t t | grep '5 · 激活' | grep -q '\[7m'"
ok $? "G in the sidebar: the cursor (reverse) on the last issue"
keys Enter
wait_for "着力打造千亿级铝镁"; ok $? "Enter on an issue row unfolds it"
keys Enter
wait_gone "着力打造千亿级铝镁"; ok $? "Enter again folds it"
keys Enter j Enter
wait_status "issue 5/5 · article 1/8"; ok $? "Enter on an article row opens it"
until_ok border_plain; ok $? "  the reader has the keys: the sidebar's border is plain"
keys Tab
keys j
until_ok sh -c "'$TMUX_BIN' -L '$sock' capture-pane -p -e -t t | grep '健全' | grep -q '\[7m'"
ok $? "Tab to the sidebar, j moves the cursor"
until_ok border_lit; ok $? "  the sidebar has the keys: its border is lit"
keys Tab
until_ok border_plain; ok $? "Tab back: the border is plain again"

w0=$(sep_col)
keys '<'
until_ok sep_below "$w0"; ok $? "< narrows the sidebar"
keys '>' '>'
until_ok sep_beyond "$w0"; ok $? "> widens it"
keys s
wait_gone "1 · 刘媛媛"; ok $? "s hides the sidebar"
has "│"; ok $((!$?)) "  and its separator"
keys s
wait_for "1 · 刘媛媛"; ok $? "s shows it again"

keys '?'
wait_for "Moving"; ok $? "? shows the help"
has "page-down"; ok $? "  listing actions by name"
has "<Space> <PageDown> ^F ^D"; ok $? "  with their live keys"
p0=$(help_pct)
[ -n "$p0" ] && [ "$p0" -lt 100 ]; ok $? "  it shows how far down it is (-- $p0% --)"
keys Space
until_ok help_past "$p0"; ok $? "Space pages the help down"
keys Space Space Space Space Space Space
until_ok help_end; ok $? "  to its end (-- End --)"
keys b
until_ok help_pct_is_some; ok $? "b pages it back up"
keys x
wait_gone "Moving"; ok $? "another key closes it"
# ^L: the screen as the help left it (captured once it stops changing:
# the frame the help's closing draws is not one capture), then text
# written behind the program's back onto its terminal, which only a
# redraw of the whole screen takes away.
until_ok settled
before=$(screen)
printf 'SCRIBBLED' >"$(tm display-message -p -t t '#{pane_tty}')"
wait_for "SCRIBBLED"; ok $? "text written past the program shows"
keys C-l
until_ok screen_is "$before"; ok $? "^L redraws the screen as it was"

# ---- the mouse (X10 reports, as a terminal sends them) ----
mouse() {  # mouse BUTTON COL ROW (0-based)
	b=$(printf "\\$(printf %o $((32 + $1)))")
	x=$(printf "\\$(printf %o $((33 + $2)))")
	y=$(printf "\\$(printf %o $((33 + $3)))")
	tm send-keys -t t -l "$(printf '\033[M')$b$x$y"
}
keys 2
wait_status "issue 2/5 · article 1/5"
keys g
until_ok sh -c "'$TMUX_BIN' -L '$sock' capture-pane -p -t t | head -n 1 | grep -q '│  “数谷吕梁'"
top0=$(pane_row 1)
mouse 65 50 5
until_ok row_differs 1 "$top0"; ok $? "the wheel scrolls the reader"
mouse 64 50 5
until_ok row_is 1 "$top0"; ok $? "and back"
row=$(screen | grep -n '怀进鹏、曹淑敏' | head -n 1 | cut -d: -f1)
if [ -n "$row" ]; then
	mouse 0 5 $((row - 1))
	wait_status "issue 2/5 · article 3/5"; ok $? "a click on an article row opens it"
else
	ok 1 "a click on an article row opens it (row not found)"
fi
keys Q
is "$(wait_exit)" 0 "Q quits"

[ "$failed" -eq 0 ] || dump
done_testing

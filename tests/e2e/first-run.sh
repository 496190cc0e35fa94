# First run: the interface imports the bundled issues and says so, shows
# the five issues, opens issue 3's lead with its clean headline, and quits
# with status 0. Also the refusals before the screen starts.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/tmux.sh"

# ---- before the screen ----
out=$("$LREADER" </dev/null 2>&1); rc=$?
is "$rc" 1 "not a terminal: exit 1"
is "$out" "lreader: not a terminal (use list, cat or export)" \
	"not a terminal: the message"

start 80 24
wait_for "5 · "; ok $? "first paint within ${wait_max}s"
for i in 1 2 3 4 5; do
	has "$i · "; ok $? "issue $i is in the sidebar"
done
has "6 · "; ok $((!$?)) "no sixth issue"
has "1 · 刘媛媛"; ok $? "issue 1 shows its lead headline"
has "3 · 我市举办学习"; ok $? "issue 3 shows its lead headline"
status_has "imported 5 bundled issues"; ok $? "the status line says what was imported"
status_has "? help"; ok $? "the status line shows ? help"
[ "$(screen_width)" -le 80 ]; ok $? "nothing wider than the terminal"

keys 3
wait_for "知识竞赛"; ok $? "3 opens issue 3's lead article"
# The clean headline: no doubled bold runs, no justification spaces.
# The pane's text joined (a headline wraps in even lines).
pane_text() { screen | sed '$d' | sed 's/^.*│ *//' | tr -d ' \n'; }
pane_text | grep -q "我市举办学习贯彻党的二十大精神线上线下百题"
ok $? "its clean headline, whole"
has "我市我市"; ok $((!$?)) "no doubled headline text"
has "本报讯（记者 白凯冰"; ok $? "the body follows the headline"
status_has "issue 3/5 · article 1/5"; ok $? "status: issue 3/5, article 1/5"
status_has "imported"; ok $((!$?)) "the import note is gone after the first key"
status_has "%"; ok $? "status shows the percent read"
has " >   我市举办"; ok $? "the open article is marked in the sidebar"
has "  *  数智沃土"; ok $? "the issue's other articles are unread"
has "4 · 吕梁"; ok $? "other issues stay folded"

keys q
until_ok status_has "issue 3/5"; ok $? "q in the reader goes back to the sidebar"
keys q
st=$(wait_exit); is "$st" 0 "q in the sidebar quits with status 0"

# ---- a second run imports nothing ----
start 80 24
wait_for "知识竞赛"; ok $? "second run: the last article is open again"
status_has "imported"; ok $((!$?)) "second run: no import note"
keys Q
st=$(wait_exit); is "$st" 0 "Q quits at once with status 0"

# ---- TERM ----
tm respawn-pane -k -t t "env TERM=no-such-terminal '$LREADER'; echo status=\$?; sleep 60"
wait_for "status="; ok $? "an unknown TERM is refused"
has "lreader: unknown terminal type 'no-such-terminal'"; ok $? "  with a clear message"
has "status=1"; ok $? "  and status 1"
tm respawn-pane -k -t t "env TERM=dumb '$LREADER'; echo status=\$?; sleep 60"
wait_for "status="; ok $? "TERM=dumb is refused"
has "cannot move the cursor"; ok $? "  because it cannot move the cursor"

# ---- no locale set: lreader picks C.UTF-8 itself, and the frame still
# draws as lines (8-bit ACS would come out as letters) ----
tm respawn-pane -k -t t "env -u LC_ALL -u LC_CTYPE -u LANG TERM=xterm-256color '$LREADER'"
wait_for "·"; ok $? "with no locale set: the sidebar shows"
has "│"; ok $? "  the sidebar's border is a line"
! screen | grep -q "x\$"; ok $? "  not the letter x"
keys Q

[ "$failed" -eq 0 ] || dump
done_testing

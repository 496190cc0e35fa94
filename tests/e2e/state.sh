# State across runs: the last article open and its reading position come
# back on the next start, read marks stay; Ctrl-C, SIGTERM and SIGHUP save
# the state, restore the terminal and exit 130, 143 and 129.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/tmux.sh"

start 80 24
wait_for "5 · " || dump
keys 2
wait_status "issue 2/5 · article 1/5"
keys Space Space j j j
wait_status "issue 2/5 · article 1/5 · 5"
until_ok settled
before=$(screen)
keys Q
is "$(wait_exit)" 0 "quit with Q"

start 80 24
until_ok screen_is "$before"
is "$(screen)" "$before" "restart: the same article at the same place, the same screen"

# Another width: the place in the text is kept, not the row.
keys Q
wait_exit >/dev/null
start 70 24
wait_status "issue 2/5 · article 1/5"; ok $? "restart at 70 columns: the same article"
keys Q
wait_exit >/dev/null
start 80 24
until_ok screen_is "$before"
is "$(screen)" "$before" "and back at 80 columns, the same screen again"

# Read marks: issue 2's lead was opened, J opens the next; both read.
keys J
wait_status "issue 2/5 · article 2/5"
keys q
wait_status "issue 2/5"
sidebar=$(screen | cut -c1-34)
printf '%s\n' "$sidebar" | grep -q '^  \*  “数谷吕梁·智赢未来”第四届'
ok $((!$?)) "the article read is no longer marked unread"
printf '%s\n' "$sidebar" | grep -q '^  \*  怀进鹏'
ok $? "the one not read still is"

# Ctrl-C: status 130, position saved.
keys Enter
wait_status "article 2/5"
keys G
wait_status "100%"
keys C-c
is "$(wait_exit)" 130 "Ctrl-C exits with status 130"
has "issue 2/5"; ok $((!$?)) "  the terminal is restored (the screen is gone)"
start 80 24
wait_status "issue 2/5 · article 2/5 · 100%"; ok $? "  and the position was saved"

pid=$(lreader_pid)
keys g
# Wait for g to be done (the status showed "article 2/5 · " before it
# too: under load the signal could come first).
left_end() { status_has "article 2/5 · " && ! status_has "100%"; }
until_ok left_end
kill -TERM "$pid"
is "$(wait_exit)" 143 "SIGTERM exits with status 143"
start 80 24
wait_status "issue 2/5 · article 2/5"; ok $? "  the article is kept"
status_has "100%"; ok $((!$?)) "  with the position at the top"
kill -HUP "$(lreader_pid)"
is "$(wait_exit)" 129 "SIGHUP exits with status 129"

# The terminal goes away without a hangup reaching lreader (in a session
# of its own, the terminal is not its controlling one): it must leave,
# not spin on failed reads.
if command -v setsid >/dev/null 2>&1; then
	tm respawn-pane -k -t t "env TERM=screen setsid -w '$LREADER'"
	wait_status "issue 2/5"
	pid=$(lreader_pid)
	ok $((${pid:-0} == 0)) "lreader runs in a session of its own"
	tm kill-server >/dev/null 2>&1
	gone() { [ ! -d "/proc/$pid" ] || grep -q '^State:.*Z' "/proc/$pid/status"; }
	until_ok gone; ok $? "with its terminal gone, lreader exits"
fi

[ "$failed" -eq 0 ] || dump
done_testing

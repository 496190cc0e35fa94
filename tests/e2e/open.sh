# `lreader open ID`: the interface, opened on article ID (SPEC "Command
# line", work item 10, item 6); a missing ID is an error before the screen.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/tmux.sh"

"$LREADER" import "$top_srcdir/assets/issues" >/dev/null 2>&1
ok $? "the bundled issues imported"
id=$("$LREADER" list --issue 3 | sed -n 2p | cut -f 1)
title=$("$LREADER" list --issue 3 | sed -n 2p | cut -f 5)
[ -n "$id" ]; ok $? "issue 3's second article has an id ($id)"

start 80 24 open "$id"
wait_status "issue 3/5 · article 2/"; ok $? "open $id: the interface on issue 3's second article"
has "$(printf '%s' "$title" | cut -c1-12)"; ok $? "  its title in the reading pane"
keys Q
is "$(wait_exit)" 0 "Q quits (exit 0)"

start 80 24 open 999999
is "$(wait_exit)" 1 "open 999999: exit 1"
wait_history "lreader: 999999: no such article"; ok $? "  lreader: 999999: no such article"

start 80 24 open 12x
is "$(wait_exit)" 2 "open 12x: a usage error (exit 2)"
done_testing

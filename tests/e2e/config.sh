# The config file: bad lines reported before the screen starts and
# counted in the status line, bind/unbind/set/color taking effect, the
# help overlay showing the live bindings; colours, NO_COLOR, --no-color.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/tmux.sh"

conf="$XDG_CONFIG_HOME/lreader/config"
mkdir -p "$XDG_CONFIG_HOME/lreader"
cat >"$conf" <<'EOF'
# my settings
bind x quit
unbind Q
bind <F2> help
frobnicate
set sidebar-width 20
set text-width 5
color title red default bold
EOF

start 80 24
wait_for "5 · " || dump
status_has "2 config errors"; ok $? "the status line counts the bad lines"
sep=$(screen | head -n 1 | sed 's/│.*//' | wc -L)
is "$sep" 20 "set sidebar-width 20"
keys F2
wait_for "Moving"; ok $? "a key bound in the config runs its action"
screen | grep -q ' x  *quit '; ok $? "the help shows the live binding (x quit)"
screen | grep -q ' Q  *quit '; ok $((!$?)) "  and not the unbound default"
keys Escape
wait_gone "Moving"
keys Q
sleep 0.3
exited; ok $((!$?)) "an unbound key does nothing"
keys x
is "$(wait_exit)" 0 "x quits"
# The errors went to stderr before the screen started; after it, they
# are on the terminal again.
wait_history "lreader: $conf:5: unknown command 'frobnicate'"
ok $? "a bad line: lreader: CONFIG:LINE: reason"
wait_history "lreader: $conf:7: set: text-width must be 20 to 200"
ok $? "an out-of-range value"

# ---- colours ----
rm -f "$conf"
start 80 24
wait_for "5 · "
keys 2
wait_for "大会隆重开幕"
screen_esc | grep -q '\[3[0-7]m\|\[3[0-7];\|;3[0-7]m\|\[38;5'
ok $? "colours by default"
screen_esc | grep -q '\[4[0-7]m.*│' 
ok $((!$?)) "  on the terminal's own background (no background on the text)"
keys Q
wait_exit >/dev/null

export NO_COLOR=1
start 80 24
wait_for "5 · "
keys 2
wait_for "大会隆重开幕"
screen_esc | grep -q '\[3[0-7]m\|\[3[0-7];\|;3[0-7]m\|\[38;5'
ok $((!$?)) "NO_COLOR: no colours"
screen_esc | grep -q '\[1m\|\[7m\|;1m\|;7m'
ok $? "  but attributes (bold, reverse)"
keys Q
wait_exit >/dev/null
unset NO_COLOR

start 80 24 --no-color
wait_for "5 · "
screen_esc | grep -q '\[3[0-7]m\|\[3[0-7];\|;3[0-7]m\|\[38;5'
ok $((!$?)) "--no-color: no colours"
keys Q
wait_exit >/dev/null

# ---- ambiguous-width 2 ----
printf 'set ambiguous-width 2\n' >"$conf"
start 80 24
wait_for "5 · "
keys 2
wait_for "大会隆重开幕"
[ "$(screen_width)" -le 80 ]; ok $? "ambiguous-width 2: nothing wider than 80 cells"
keys G Q
is "$(wait_exit)" 0 "ambiguous-width 2: quits with status 0"

[ "$failed" -eq 0 ] || dump
done_testing

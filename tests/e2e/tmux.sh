# tmux.sh: run the real lreader inside a private tmux server and read its
# screen (sourced by the tests/e2e/*.sh scripts, after tests/lib.sh).
# A private -L socket, no config (-f /dev/null), no status bar, a fixed
# size, remain-on-exit for the exit status; every wait polls capture-pane.

[ -n "$TMUX_BIN" ] || TMUX_BIN=$(command -v tmux 2>/dev/null)
[ -n "$TMUX_BIN" ] && [ -x "$TMUX_BIN" ] || skip_all "tmux is not installed"
[ -x "$LREADER" ] || skip_all "no lreader binary at $LREADER"

nstart=0
sock="lreader-e2e-$$-0"
tmpdir=${TEST_TMP:-${TMPDIR:-/tmp}}
# The sockets live in the test's own folder, removed with it.
TMUX_TMPDIR=$tmpdir
export TMUX_TMPDIR
unset TMUX
# Sanitizer builds are slower: wait longer, never less.
wait_max=${E2E_WAIT:-15}

tm() { "$TMUX_BIN" -L "$sock" "$@"; }
trap 'tm kill-server >/dev/null 2>&1' EXIT

# start COLS ROWS [ARGS...]: lreader ARGS in a COLS x ROWS pane.
start() {
	cols=$1 rows=$2
	shift 2
	# A new server each time: a killed one may still hold its socket.
	tm kill-server >/dev/null 2>&1
	nstart=$((nstart + 1))
	sock="lreader-e2e-$$-$nstart"
	# The command line as one string, each word quoted for sh. A shell
	# that ignores the signals meant for lreader waits for it and keeps
	# its exit status: tmux 3.3a loses #{pane_dead_status} now and then.
	exitfile="$tmpdir/exit.$nstart"
	rm -f "$exitfile"
	cmd="env TERM=screen"
	for a in "$LREADER" "$@"; do
		cmd="$cmd '$(printf '%s' "$a" | sed "s/'/'\\\\''/g")'"
	done
	cmd="trap '' INT TERM HUP; $cmd; echo \$? > '$exitfile'"
	tm -f /dev/null new-session -d -s t -x "$cols" -y "$rows" "$cmd" \; \
		set -g status off \; set -g remain-on-exit on
	tm resize-window -t t -x "$cols" -y "$rows"
}

# The pid of lreader itself (the pane runs the shell around it), read
# from /proc: a fresh Debian has no ps (procps).
lreader_pid() {
	pp=$(tm list-panes -t t -F '#{pane_pid}')
	for d in /proc/[0-9]*; do
		[ "$(sed -n 's/^PPid:[[:space:]]*//p' "$d/status" 2>/dev/null)" = "$pp" ] &&
			echo "${d#/proc/}"
	done
}

screen() { tm capture-pane -p -t t; }
screen_esc() { tm capture-pane -p -e -t t; }
keys() { tm send-keys -t t "$@"; }
text() { tm send-keys -t t -l "$1"; }
resize() { tm resize-window -t t -x "$1" -y "$2"; }

# until COMMAND...: poll COMMAND until it succeeds or wait_max seconds pass.
# COMMAND runs again on every poll, but its arguments were expanded once,
# before the call: `until_ok test "$(screen)" != "$x"` compares one stale
# capture for the whole wait. Pass a function that captures inside itself
# (screen_is, screen_differs, row_is, ...); tests/e2e/waits.sh checks this.
until_ok() {
	i=0
	while [ "$i" -lt $((wait_max * 20)) ]; do
		"$@" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

has() { screen | grep -F -q -- "$1"; }
# The screen stops changing: two captures 0.1 s apart agree (a capture
# can catch a frame half drawn; wait with until_ok settled before taking
# one to compare against later).
settled() { _a=$(screen); sleep 0.1; [ "$_a" = "$(screen)" ]; }
# The screen, captured anew on every call, is (is not) TEXT.
screen_is() { [ "$(screen)" = "$1" ]; }
screen_differs() { [ "$(screen)" != "$1" ]; }
# The reading pane's row N (1-based), without the sidebar; row_is N TEXT
# and row_differs N TEXT capture anew on every call.
pane_row() { screen | sed -n "${1}p" | sed 's/^.*│ *//'; }
row_is() { [ "$(pane_row "$1")" = "$2" ]; }
row_differs() { [ "$(pane_row "$1")" != "$2" ]; }
# The pane's history too (what was on the terminal before the screen).
history_has() { tm capture-pane -p -J -S - -t t | grep -F -q -- "$1"; }
# wait_history TEXT: the pane's history shows TEXT. What lreader wrote
# just before it exited reaches the pane when tmux has read the terminal,
# which may be after the exit status is written: wait for it.
wait_history() { until_ok history_has "$1"; }
lacks() { ! screen | grep -F -q -- "$1"; }
# wait_for TEXT: the screen shows TEXT (ok 0) or not in time (1).
wait_for() { until_ok has "$1"; }
wait_gone() { until_ok lacks "$1"; }
# The status line (the last row).
status_line() { screen | tail -n 1; }
status_has() { status_line | grep -F -q -- "$1"; }
wait_status() { until_ok status_has "$1"; }

# painted: the status line is drawn (after a resize, the pane changes size
# at once and lreader redraws a moment later).
painted() { status_line | grep -q 'help *$'; }
# resize_to COLS ROWS: resize and wait for the new screen.
sized() { painted && [ "$(screen | wc -l)" -eq "$want_rows" ] &&
	[ "$(screen_width)" -le "$want_cols" ]; }
resize_to() {
	want_cols=$1 want_rows=$2
	resize "$1" "$2"
	until_ok sized
}

# wait_exit: lreader has ended; prints its exit status ("none" if not).
exited() { [ -s "$exitfile" ]; }
wait_exit() {
	until_ok exited || { echo none; return 1; }
	cat "$exitfile"
}

# Widest line of the screen in cells (coreutils wc -L counts wide
# characters as two in a UTF-8 locale).
screen_width() { screen | wc -L; }

# dump: the screen as TAP comments, for a failing test.
dump() { screen | sed 's/^/#   |/'; }

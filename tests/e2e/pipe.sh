# `|` (pipe): the open article, as `cat` prints it, on the standard input
# of a shell command; the terminal handed over and taken back after a key;
# the command's exit status in the status line (work item 10, item 7).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/tmux.sh"

out=$TEST_TMP/piped
start 80 24
wait_for "5 · " || dump
keys 2
wait_status "issue 2/5 · article 1/5"

keys '|'
wait_status "Pipe to:"; ok $? "| asks for a command (Pipe to:)"
text "cat > '$out'; echo piped here; exit 3"
keys Enter
wait_for "piped here"; ok $? "the command has the terminal: its output shows"
wait_for "[press any key to return to lreader]"; ok $? "  and lreader waits for a key"
keys x
wait_status "exit 3"; ok $? "the status line gives the command's exit status"
status_has "| cat > "; ok $? "  after the command"
has "“数谷吕梁"; ok $? "the screen is back"

id=$("$LREADER" list --issue 2 | head -n 1 | cut -f 1)
"$LREADER" cat "$id" >"$TEST_TMP/expected"
cmp -s "$out" "$TEST_TMP/expected"
ok $? "the command read the article as cat prints it (article $id)"

# A command that reads nothing.
keys '|'
wait_status "Pipe to:"
text "true"
keys Enter
wait_for "[press any key"
keys Enter
wait_status "| true: exit 0"; ok $? "a command that reads nothing: exit 0, lreader goes on"

# An article longer than a pipe holds (64 KiB) into a command that reads
# one byte: the write meets a closed pipe, and lreader goes on.
keys Q
wait_exit >/dev/null
big=$TEST_TMP/big
mkdir -p "$big"
{
	printf '一篇很长的文章\n\n'
	i=0
	while [ $i -lt 1500 ]; do
		printf '本报讯 这是第%d段，用来把文章写得比一个管道能装下的还要长，以便测试。\n\n' $i
		i=$((i + 1))
	done
} >"$big/long.txt"
"$LREADER" import "$big" >/dev/null 2>&1
long_id=$("$LREADER" list | awk -F'\t' '$5 == "一篇很长的文章" {print $1}')
[ "$(LC_ALL=C "$LREADER" cat "$long_id" | wc -c)" -gt 65536 ]
ok $? "an article of more than 64 KiB ($long_id)"
start 80 24 open "$long_id"
wait_status "article 1/"
keys '|'
wait_status "Pipe to:"
text "head -c 1 >/dev/null; sleep 0.2"
keys Enter
wait_for "[press any key"; ok $? "a command that reads one byte of it ends"
keys Enter
wait_status "exit 0"; ok $? "  and lreader goes on (no SIGPIPE): exit 0"

# Esc cancels; with no article open, | says so.
keys '|'
wait_status "Pipe to:"
keys Escape
wait_gone "Pipe to:"; ok $? "Esc cancels the prompt"
keys Q
is "$(wait_exit)" 0 "Q quits (exit 0)"
done_testing

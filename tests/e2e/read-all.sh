# Reading all five bundled issues end to end, page by page, at 80x24 and
# 200x60: no line beyond the terminal, no line of the text starting with
# closing punctuation, nothing but the sidebar, the text and the status
# line on screen (SPEC "Reading pane"; work item 3's "done when").
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/tmux.sh"

# Pane lines starting with punctuation that may not start a line.
bad_starts() {
	screen | sed '$d' | sed 's/^.*│//' | sed 's/^ *//' |
		grep -c '^[，。、：；！？”）》…]'
}

read_all() {  # read_all COLS ROWS
	# A library of its own: no reading position from another size.
	LREADER_DB=$TEST_TMP/read-all-$1.db
	export LREADER_DB
	start "$1" "$2"
	wait_for "5 · " || return 1
	keys 1
	wait_status "issue 1/5 · article 1/10"
	pages=0 wide=0 starts=0 last=
	while [ "$pages" -lt 400 ]; do
		s=$(status_line)
		case $s in *"issue 5/5 · article 8/8 · 100%"*) break ;; esac
		[ "$(screen_width)" -le "$1" ] || wide=$((wide + 1))
		starts=$((starts + $(bad_starts)))
		before=$(screen)
		keys Space
		until_ok screen_differs "$before" || break
		until_ok painted || break
		pages=$((pages + 1))
	done
	status_has "issue 5/5 · article 8/8 · 100%"
	ok $? "$1x$2: Space reads through to the last article's end ($pages pages)"
	is "$wide" 0 "$1x$2: no screen wider than the terminal"
	is "$starts" 0 "$1x$2: no line starts with closing punctuation"
	keys Q
	is "$(wait_exit)" 0 "$1x$2: quits with status 0"
}

read_all 80 24
read_all 200 60
[ "$failed" -eq 0 ] || dump
done_testing

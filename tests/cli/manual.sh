# The manual, --help and the completion (work item 5): the man page lints
# clean and renders, and the three key tables — manual, --help and the
# compiled-in defaults the help overlay walks — agree.
. "$top_srcdir/tests/lib.sh"

T=$TEST_TMP
page=$top_builddir/man/lreader.1
[ -f "$page" ] || skip_all "man/lreader.1 was not built"

if command -v groff >/dev/null 2>&1; then
	groff -ww -z -man "$page" >"$T/lint" 2>&1
	ok $? "groff -ww -z -man exits 0"
	is "$(cat "$T/lint")" "" "groff -ww -z -man: no warnings"
fi
if command -v man >/dev/null 2>&1; then
	LC_ALL=C.UTF-8 MANWIDTH=100 man -l "$page" >"$T/man" 2>"$T/man.err"
	ok $? "man -l renders the page"
	for s in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS KEYS CONFIGURATION \
	    FILES ENVIRONMENT "EXIT STATUS" EXAMPLES BUGS; do
		grep -q "^$s\$" "$T/man"; ok $? "the manual has $s"
	done
	for v in LREADER_DB LREADER_DATADIR XDG_DATA_HOME XDG_CONFIG_HOME NO_COLOR \
	    LANG LC_ALL TERM; do
		sed -n '/^ENVIRONMENT$/,/^EXIT STATUS$/p' "$T/man" | grep -q "$v"
		ok $? "ENVIRONMENT lists $v"
	done
fi

# Every default binding in the manual's KEYS, in --help, and in the table.
"$LREADER" --dump-keys >"$T/keys"; ok $? "--dump-keys exits 0"
"$LREADER" --help >"$T/help"
sed -n '/^KEYS$/,/^CONFIGURATION$/p' "$T/man" >"$T/mankeys"
missing_man=0 missing_help=0 nact=0
while IFS="$(printf '\t')" read -r group action keys helptext; do
	nact=$((nact + 1))
	[ -n "$helptext" ] || { ok 1 "action $action has help text"; continue; }
	grep -qF "($action)" "$T/mankeys" || { missing_man=1; echo "# not in the manual: $action"; }
	grep -qF "($action)" "$T/help" || { missing_help=1; echo "# not in --help: $action"; }
	for k in $keys; do
		grep -qF -- "$k" "$T/mankeys" || { missing_man=1; echo "# key $k of $action not in the manual"; }
		grep -E -q "^  .*$(printf '%s' "$k" | sed 's/[][\\.^$*+?(){}|/]/\\&/g').* \($action\)\$" "$T/help" ||
			{ missing_help=1; echo "# key $k of $action not in --help"; }
	done
done <"$T/keys"
ok $((nact < 40)) "the table has all of SPEC's actions ($nact)"
ok $missing_man "the manual's KEYS has every action and default key"
ok $missing_help "--help has every action and default key"
grep -q '^  search --count QUERY ' "$T/help"; ok $? "--help names search --count"
grep -q '^  related ID ' "$T/help"; ok $? "--help names related ID"
grep -q '^  cat ID \[--width N\] \[--follow\]' "$T/help"; ok $? "--help names cat --follow"
is "$(awk 'length > 80' "$T/help" | grep -c -v '^  .* (.*)$')" 0 "--help's command lines fit 80 columns"
if [ -s "$T/man" ]; then
	sed -n '/^COMMANDS$/,/^OPTIONS$/p' "$T/man" | grep -q -- '--count'
	ok $? "the manual's COMMANDS names search --count"
	sed -n '/^COMMANDS$/,/^OPTIONS$/p' "$T/man" | grep -q '^ *related ID'
	ok $? "the manual's COMMANDS names related ID"
	sed -n '/^COMMANDS$/,/^OPTIONS$/p' "$T/man" | grep -q -- '--follow'
	ok $? "the manual's COMMANDS names cat --follow"
fi
for a in down up open back close quit switch page-down page-up top bottom \
    next-article prev-article goto-1 goto-9 prev-issue next-issue goto find \
    find-next find-prev filter clear-filters unread-only bookmark \
    bookmarks-only toggle-read narrow widen sidebar reload help redraw; do
	grep -q "	$a	" "$T/keys"; ok $? "SPEC's action $a is in the table"
done

# Bash completion.
comp=$top_srcdir/assets/bash-completion/lreader
bc=/usr/share/bash-completion/bash_completion
if command -v bash >/dev/null 2>&1 && [ -f "$bc" ]; then
	complete_words() {  # complete_words WORD... : the completions of the last
		bash -c '. "$1"; . "$2"; shift 2
			COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
			COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
			_lreader lreader "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
			printf "%s\n" "${COMPREPLY[@]}"' _ "$bc" "$comp" "$@" | sort | tr '\n' ' '
	}
	is "$(complete_words lreader '')" "bookmarks cat export import list open related search " "completes commands"
	is "$(complete_words lreader --)" "--db --help --no-color --version " "completes global options"
	is "$(complete_words lreader export --format '')" "jsonl markdown text " "completes export formats"
	is "$(complete_words lreader import --r)" "--reclean " "completes import options"
	is "$(complete_words lreader search --)" "--count --limit " "completes search options"
	is "$(complete_words lreader cat 1 --)" "--follow --width " "completes cat options"
	mkdir -p "$T/c"; : >"$T/c/lib.db"
	is "$(cd "$T/c" && complete_words lreader --db li)" "lib.db " "completes --db paths"
else
	n=$((n + 1)); echo "ok $n - completion # SKIP bash-completion is not installed"
fi
done_testing

# lib.sh: TAP helpers for the shell tests. Source it; call done_testing last.
n=0 failed=0 todo_reason=
ok() {  # ok COND-STATUS DESCRIPTION
	n=$((n + 1))
	suffix=
	[ -n "$todo_reason" ] && suffix=" # TODO $todo_reason"
	if [ "$1" -eq 0 ]; then
		echo "ok $n - $2$suffix"
	else
		echo "not ok $n - $2$suffix"
		[ -z "$todo_reason" ] && failed=$((failed + 1))
	fi
}
check() {  # check DESCRIPTION COMMAND...: ok when COMMAND succeeds
	d=$1; shift
	"$@" >/dev/null 2>&1; ok $? "$d"
}
is() {  # is GOT WANT DESCRIPTION
	if [ "$1" = "$2" ]; then ok 0 "$3"; else
		ok 1 "$3"; printf '#   got  [%s]\n#   want [%s]\n' "$1" "$2"; fi
}
skip_all() { echo "1..0 # SKIP $1"; exit 0; }
done_testing() { echo "1..$n"; [ "$failed" -eq 0 ]; }
: "${LREADER:=$top_builddir/lreader}"
merge_tap() {  # merge_tap FILE: the TAP lines of another program, renumbered as ours
	while IFS= read -r line; do
		case $line in
		"ok "*|"not ok "*)
			n=$((n + 1))
			case $line in
			"not ok "*"# TODO"*) st="not ok"; rest=${line#not ok } ;;
			"not ok "*) st="not ok"; rest=${line#not ok }; failed=$((failed + 1)) ;;
			*) st="ok"; rest=${line#ok } ;;
			esac
			echo "$st $n ${rest#* }" ;;
		"#"*) echo "$line" ;;
		esac
	done <"$1"
}

# Bounded input and checked output (work item 13, SPEC "Limits"): special
# files are refused before they are opened, folder walks visit each folder
# once, pages over the size limit and over-long queries are refused with a
# clear reason, every file of an import is counted, and output that could
# not be written is an error.
. "$top_srcdir/tests/lib.sh"

T=$TEST_TMP
db=$T/lib.db
L() { "$LREADER" --db "$db" "$@"; }
# Bounded in time whatever happens: a hang fails its check, not the run.
TL() { timeout 60 "$LREADER" --db "$db" "$@"; }

mkdir -p "$T/in"
page() {  # page FILE TITLE: a page of our own
	printf '%s\n' "$2" '' \
	  "本报讯（记者 张三）3月1日，$2。会议总结了去年的工作。" '' \
	  '会议要求，各地要把各项工作抓实抓细，确保各项任务按期完成。' >"$1"
}
page "$T/in/good.txt" '全市春季植树工作会议召开'

# A FIFO given as a path: refused at once (no writer ever comes), and the
# good file before it on the command line is still stored.
mkfifo "$T/in/fifo.txt"
TL import "$T/in/good.txt" "$T/in/fifo.txt" >"$T/out" 2>"$T/err"
is "$?" 1 "a FIFO among the paths: exit 1, not a hang"
grep -qF "lreader: $T/in/fifo.txt: a FIFO, not a page file" "$T/err"
ok $? "  the FIFO is named as such"
grep -q '^imported 1, skipped 0, failed 1 (' "$T/out"
ok $? "  the good file is imported, the FIFO counted as failed"

# A device: /dev/zero would read without end.
TL import /dev/zero >"$T/out" 2>"$T/err"
is "$?" 1 "/dev/zero: exit 1, not a hang"
grep -qF "lreader: /dev/zero: a device, not a page file" "$T/err"
ok $? "  refused as a device"

# A FIFO inside a walked folder is refused too, without blocking the walk.
mkdir -p "$T/walk/a"
page "$T/walk/a/one.txt" '吕梁市召开防汛工作会议'
mkfifo "$T/walk/a/pipe.txt"
TL import "$T/walk" >"$T/out" 2>"$T/err"
is "$?" 1 "a FIFO in a folder: exit 1, not a hang"
grep -qF "lreader: $T/walk/a/pipe.txt: a FIFO, not a page file" "$T/err"
ok $? "  the FIFO in the folder is named"
grep -q '^imported 1, skipped 0, failed 1 (' "$T/out"
ok $? "  the folder's page is imported"
rm -f "$T/walk/a/pipe.txt"

# Symlink loops: self -> . and up -> .. are walked once, with a warning.
page "$T/walk/a/two.txt" '离石区开展城市环境整治行动'
ln -s . "$T/walk/a/self"
ln -s .. "$T/walk/a/up"
TL import "$T/walk" >"$T/out" 2>"$T/err"
is "$?" 0 "a folder with self -> . and up -> ..: ends, exit 0"
grep -q '^imported 1, skipped 1, failed 0 (' "$T/out"
ok $? "  each page read once (one new, one already stored)"
grep -qF "lreader: $T/walk/a/self: folder already read (a symlink loop?): skipped" "$T/err"
ok $? "  the loop through self is named"
grep -qF "lreader: $T/walk/a/up: folder already read (a symlink loop?): skipped" "$T/err"
ok $? "  the loop through up is named"

# A folder named inside another folder named too: read once, no failure;
# a FIFO alone in a folder is one failure, not two.
mkdir -p "$T/nest/sub" "$T/fifo-only"
page "$T/nest/sub/n.txt" '方山县开展春季植树活动'
TL import "$T/nest/sub" "$T/nest" >"$T/out" 2>"$T/err"
is "$?" 0 "a folder and its parent on one command line: exit 0"
grep -q '^imported 1, skipped 0, failed 0 (' "$T/out"
ok $? "  its page once, nothing failed"
mkfifo "$T/fifo-only/p.txt"
TL import "$T/fifo-only" >"$T/out" 2>"$T/err"
grep -q '^imported 0, skipped 0, failed 1 (' "$T/out"
ok $? "a folder with only a FIFO page: one failure"
! grep -q "no .txt files" "$T/err"
ok $? "  and no 'no .txt files' besides"

# The same folder twice on the command line is read once.
TL import "$T/walk" "$T/walk/" >"$T/out" 2>"$T/err"
grep -q '^imported 0, skipped 2, failed 0 (' "$T/out"
ok $? "the same folder twice: its pages counted once"

# A page over 16 MB is refused, and what is stored stays as it was.
L export >"$T/before.jsonl"
head -c $((16 * 1024 * 1024 + 1)) /dev/zero | tr '\000' 'a' >"$T/in/huge.txt"
TL import "$T/in/huge.txt" >"$T/out" 2>"$T/err"
is "$?" 1 "a 16 MB + 1 byte page: exit 1"
grep -qF "lreader: $T/in/huge.txt: page too large (over 16 MB)" "$T/err"
ok $? "  refused as too large"
L export >"$T/after.jsonl"
cmp -s "$T/before.jsonl" "$T/after.jsonl"; ok $? "  nothing stored changed"
# ... while a page of exactly 16 MB is read (one long line: no hang).
head -c $((16 * 1024 * 1024)) /dev/zero | tr '\000' 'a' >"$T/in/limit.txt"
TL import "$T/in/limit.txt" >"$T/out" 2>"$T/err"
is "$?" 0 "a page of exactly 16 MB imports"
rm -f "$T/in/huge.txt" "$T/in/limit.txt"

# Shapes that once made the importer run for minutes (quadratic work):
# each must end well inside the 60-second guard, sanitizers included.
awk 'BEGIN { split("吕 梁 日 报 山 西 离 石 汾 阳", c, " ");
	for (i = 0; i < 200000; i++) print c[i % 10 + 1] }' >"$T/in/short.txt"
TL import "$T/in/short.txt" >"$T/out" 2>"$T/err"
is "$?" 0 "200,000 one-character lines import (linear work)"
awk 'BEGIN { split("吕 梁 日 报 山 西 离 石 汾 阳 会 议", c, " ");
	for (i = 0; i < 700000; i++) printf "%s", c[(i * 7 + int(i / 12)) % 12 + 1];
	print "" }' >"$T/in/line.txt"
TL import "$T/in/line.txt" >"$T/out" 2>"$T/err"
is "$?" 0 "a 2 MB page of one line imports"
rm -f "$T/in/short.txt" "$T/in/line.txt"

# Search: a query over 256 characters is refused; 256 are searched.
q256=$(printf '吕%.0s' $(seq 256))
TL search "$q256" >"$T/out" 2>"$T/err"
is "$?" 0 "a 256-character query runs"
TL search "${q256}梁" >"$T/out" 2>"$T/err"
is "$?" 1 "a 257-character query: exit 1"
grep -qF "lreader: query too long (over 256 characters)" "$T/err"
ok $? "  refused as too long"
TL search --count "${q256}梁" >"$T/out" 2>"$T/err"
is "$?" 1 "search --count of a 257-character query: exit 1"
grep -qF "lreader: query too long (over 256 characters)" "$T/err"
ok $? "  refused as too long"

# Three importers at once into a library none of them has made yet: they
# wait for each other, and everything is stored.
if command -v python3 >/dev/null 2>&1; then
	python3 "$top_srcdir/tests/pagegen/pagegen.py" --split tuning --count 240 \
	    "$T/gen" >/dev/null
	for k in 0 1 2; do
		mkdir -p "$T/conc$k"
		ls "$T/gen"/*.txt | awk -v k=$k 'NR % 3 == k' |
		    while read -r f; do cp "$f" "$T/conc$k/"; done
	done
	cdb=$T/conc.db
	for k in 0 1 2; do
		timeout 300 "$LREADER" --db "$cdb" import "$T/conc$k" \
		    >"$T/conc$k.out" 2>"$T/conc$k.err" &
	done
	wait
	tot=0
	for k in 0 1 2; do
		grep -q '^imported [0-9]*, skipped [0-9]*, failed 0 (' "$T/conc$k.out"
		ok $? "importer $k of 3 at once: nothing failed"
		i=$(sed -n 's/^imported \([0-9]*\), skipped \([0-9]*\),.*/\1+\2/p' "$T/conc$k.out")
		tot=$((tot + ${i:-0}))
	done
	is "$tot" 240 "three importers at once: all 240 files counted as stored"
	is "$("$LREADER" --db "$cdb" list | cut -f2 | sort -u | wc -l | tr -d ' ')" \
	    "$(grep -h '^imported' "$T"/conc?.out | sed 's/^imported \([0-9]*\),.*/\1/' |
	    awk '{ s += $1 } END { print s }')" "  and the library holds an issue for each imported"
fi

# A file name's controls never reach the terminal through a message: they
# are shown escaped (and so are bytes that are no UTF-8).
mkdir -p "$T/names"
esc=$(printf '\033')
: >"$T/names/a${esc}[2Jb$(printf '\377').txt"
L import "$T/names" >"$T/out" 2>"$T/err"
grep -qF 'a\x1B[2Jb\xFF.txt: empty page' "$T/err"
ok $? "a file name's ESC and bad byte are shown as \\x1B and \\xFF"
! grep -q "$esc" "$T/err"
ok $? "  and no ESC reaches the terminal"
# ... nor through export: the JSON is valid UTF-8, controls escaped.
ndb=$T/names.db
page "$T/names/ok${esc}]0;x$(printf '\007')$(printf '\376').txt" '汾阳市开展文明城市创建活动'
"$LREADER" --db "$ndb" import "$T/names" >/dev/null 2>&1
"$LREADER" --db "$ndb" export >"$T/names.jsonl"
! grep -q "$esc" "$T/names.jsonl"
ok $? "export: no ESC from a file name in the JSON"
if command -v python3 >/dev/null 2>&1; then
	python3 -c 'import json, sys
for l in open(sys.argv[1], encoding="utf-8"):
    s = json.loads(l)["source"]
    assert "\x1b" in s and "\ufffd" in s, s' "$T/names.jsonl"
	ok $? "  valid UTF-8 JSON; the ESC escaped, the bad byte as U+FFFD"
fi

# A library whose last writer was killed is checked before use (PRAGMA
# quick_check); a damaged one is refused with that word, a sound one
# opens as always.
if command -v python3 >/dev/null 2>&1; then
	ddb=$T/crash.db
	"$LREADER" --db "$ddb" import "$top_srcdir/assets/issues" >/dev/null 2>&1
	# A clean end keeps the log and its index beside the library, the
	# log cut to nothing (store.c keep_wal): the next command opens them
	# rather than making them, and sees no unclean end.
	[ -f "$ddb-wal" ] && [ ! -s "$ddb-wal" ] && [ -f "$ddb-shm" ]
	ok $? "a clean end leaves an empty log and its index"
	python3 "$top_srcdir/tests/cli/crash-library.py" "$ddb"
	[ -s "$ddb-wal" ]; ok $? "a killed writer leaves its log behind"
	"$LREADER" --db "$ddb" list >"$T/out" 2>"$T/err"
	is "$?" 0 "  a sound library opens after it"
	[ -f "$ddb-wal" ] && [ ! -s "$ddb-wal" ]
	ok $? "  and its log is empty again once that command ends"
	cdb=$T/checkpoint.db
	"$LREADER" --db "$cdb" import "$top_srcdir/assets/issues" >/dev/null 2>&1
	python3 "$top_srcdir/tests/cli/crash-library.py" "$cdb" checkpoint
	"$LREADER" --db "$cdb" list >"$T/out" 2>"$T/err"
	is "$?" 0 "killed in a checkpoint (file shorter than its header, the rest in the log): opens"
	python3 "$top_srcdir/tests/cli/crash-library.py" "$ddb" damage
	"$LREADER" --db "$ddb" import "$T/in/good.txt" >"$T/out" 2>"$T/err"
	is "$?" 1 "a damaged library after a killed writer: exit 1"
	grep -qF "lreader: $ddb: the library is damaged (" "$T/err"
	ok $? "  says it is damaged, before writing into it"
fi

# Output to a full disk: a truncated export must not look like success.
if [ -w /dev/full ]; then
	for cmd in export list "cat 1" "search 植树" "search --count 植树" \
	    "export --format text" "--help"; do
		# shellcheck disable=SC2086
		L $cmd >/dev/full 2>"$T/err"
		is "$?" 1 "$cmd > /dev/full: exit 1"
		grep -qF "lreader: standard output: " "$T/err"
		ok $? "  says why"
	done
fi
done_testing

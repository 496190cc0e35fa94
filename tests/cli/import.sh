# lreader import on good and bad input (SPEC import rule 1, "Command
# line: import", "Identity and re-import"): each bad file gets its
# "lreader: FILE: reason", counts as failed, and changes nothing stored.
. "$top_srcdir/tests/lib.sh"

T=$TEST_TMP
db=$T/lib.db
L() { "$LREADER" --db "$db" "$@"; }
page=$top_srcdir/assets/issues/003_de8d0f2df01a8059.txt

mkdir -p "$T/in"
# A page of our own: a headline, a dateline lead and a second paragraph.
printf '%s\n' '山西召开测试工作会议' '' \
  '本报讯（记者 张三）3月1日，全省测试工作会议在太原召开。会议总结了去年的工作。' '' \
  '会议要求，各地要把测试工作抓实抓细，确保各项任务按期完成。' >"$T/in/ours.txt"

L import "$T/in/ours.txt" >"$T/out" 2>"$T/err"
ok $? "a good page imports (exit 0)"
grep -q '^imported 1, skipped 0, failed 0 (' "$T/out"; ok $? "summary line"
L export >"$T/before.jsonl"
is "$(wc -l <"$T/before.jsonl" | tr -d ' ')" 1 "one article stored"
grep -q '"title":"山西召开测试工作会议"' "$T/before.jsonl"; ok $? "its headline is its title"

expect_fail() {  # expect_fail FILE REASON DESCRIPTION
	L import "$1" >"$T/out" 2>"$T/err"
	st=$?
	is "$st" 1 "$3: exit 1"
	grep -qF "lreader: $1: $2" "$T/err"; ok $? "$3: says '$2'"
	grep -q '^imported 0, skipped 0, failed 1 (' "$T/out"; ok $? "$3: counted as failed"
	L export >"$T/after.jsonl"
	cmp -s "$T/before.jsonl" "$T/after.jsonl"; ok $? "$3: nothing stored changed"
}

: >"$T/in/empty.txt"
expect_fail "$T/in/empty.txt" "empty page" "empty file"
printf '  \n\n\t \r\n　\n' >"$T/in/blank.txt"
expect_fail "$T/in/blank.txt" "empty page" "blank file"
printf 'abc\000def\n' >"$T/in/binary.txt"
expect_fail "$T/in/binary.txt" "not a text page (binary)" "binary file"
printf '\377\376' >"$T/in/bad16.txt"; printf '\000\330' >>"$T/in/bad16.txt"
expect_fail "$T/in/bad16.txt" "not a text page (bad UTF-16)" "bad UTF-16"
printf '\201\060\201\060\377\377\377 \300\300\300\n' >"$T/in/neither.txt"
expect_fail "$T/in/neither.txt" "not a text page (neither UTF-8 nor GB18030)" \
  "neither UTF-8 nor GB18030"
expect_fail "$T/in/missing.txt" "No such file or directory" "a missing file"
mkdir -p "$T/in/nothing"; : >"$T/in/nothing/readme.md"
expect_fail "$T/in/nothing" "no .txt files" "a folder with no .txt"

# Encodings: the same text in any encoding is the same issue.
cp "$page" "$T/in/utf8.txt"
L import "$T/in/utf8.txt" >/dev/null 2>&1; ok $? "UTF-8 page imports"
L export >"$T/base.jsonl"
iconv -f UTF-8 -t GB18030 "$page" >"$T/in/gb.txt"
L import "$T/in/gb.txt" >"$T/out" 2>&1
grep -q '^imported 0, skipped 1, failed 0' "$T/out"; ok $? "the same text in GB18030 is skipped"
{ printf '\357\273\277'; cat "$page"; } >"$T/in/bom.txt"
L import "$T/in/bom.txt" >"$T/out" 2>&1
grep -q 'skipped 1' "$T/out"; ok $? "with a UTF-8 BOM: skipped"
sed 's/$/\r/' "$page" >"$T/in/crlf.txt"
L import "$T/in/crlf.txt" >"$T/out" 2>&1
grep -q 'skipped 1' "$T/out"; ok $? "with CRLF line ends: skipped"
tr '\n' '\r' <"$page" >"$T/in/cr.txt"
L import "$T/in/cr.txt" >"$T/out" 2>&1
grep -q 'skipped 1' "$T/out"; ok $? "with CR line ends: skipped"
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$page"; } >"$T/in/u16.txt"
L import "$T/in/u16.txt" >"$T/out" 2>&1
grep -q 'skipped 1' "$T/out"; ok $? "UTF-16LE with a BOM: skipped"
L export >"$T/after.jsonl"
cmp -s "$T/base.jsonl" "$T/after.jsonl"; ok $? "skipped imports changed nothing"

# A UTF-8 page with one bad byte: read, with a warning.
{ cat "$page"; printf '\377\n'; } >"$T/in/onebad.txt"
L import "$T/in/onebad.txt" >"$T/out" 2>"$T/err"
ok $? "one bad sequence: imported"
grep -qF "lreader: $T/in/onebad.txt: 1 bad sequences replaced" "$T/err"
ok $? "one bad sequence: warned"

# Folders: recursive, *.txt only, and a failed file does not stop the rest.
mkdir -p "$T/tree/a/b"
cp "$T/in/ours.txt" "$T/tree/a/b/one.txt"
printf '%s\n' '第二篇测试稿件的标题' '' '本报讯 另一篇测试稿件的正文，讲述了一件事情的经过。' >"$T/tree/a/two.txt"
: >"$T/tree/a/b/empty.txt"
echo 'not a page' >"$T/tree/notes.md"
db=$T/tree.db
L import "$T/tree" >"$T/out" 2>"$T/err"
is "$?" 1 "a folder with one bad file: exit 1"
grep -q '^imported 2, skipped 0, failed 1 (' "$T/out"; ok $? "a folder: the other pages are imported"
grep -qF "lreader: $T/tree/a/b/empty.txt: empty page" "$T/err"; ok $? "a folder: the bad file is named"

# Re-import: same text skipped; changed text at the same path replaces.
L import "$T/tree/a/two.txt" >"$T/out" 2>&1
grep -q 'skipped 1' "$T/out"; ok $? "importing the same file again is skipped"
L list >"$T/list1"
printf '%s\n' '第二篇测试稿件的新标题' '' '本报讯 另一篇测试稿件的正文，内容有了修改。' >"$T/tree/a/two.txt"
L import "$T/tree/a/two.txt" >"$T/out" 2>&1
grep -q '^imported 1, skipped 0' "$T/out"; ok $? "changed text at the same path is imported"
L list >"$T/list2"
is "$(wc -l <"$T/list2" | tr -d ' ')" "$(wc -l <"$T/list1" | tr -d ' ')" "it replaced the issue, not added one"
grep -q '第二篇测试稿件的新标题' "$T/list2"; ok $? "the new text is there"
! grep -q '第二篇测试稿件的标题' "$T/list2"; ok $? "the old text is gone"

# Usage.
"$LREADER" --db "$db" import >/dev/null 2>"$T/err"
is "$?" 2 "import with no PATH is bad usage (exit 2)"
done_testing

# The reading commands on the command line (SPEC "Command line"): list,
# cat, export, search, bookmarks, usage errors, and issue dates.
. "$top_srcdir/tests/lib.sh"

T=$TEST_TMP
db=$T/lib.db
L() { "$LREADER" --db "$db" "$@"; }

"$LREADER" --help >"$T/out"; ok $? "--help exits 0"
grep -q '^Usage: lreader' "$T/out"; ok $? "--help shows the usage"
"$LREADER" --version >"$T/out"; ok $? "--version exits 0"
grep -q '^lreader [0-9]' "$T/out"; ok $? "--version shows the version"
"$LREADER" --bogus >/dev/null 2>"$T/err"; is "$?" 2 "an unknown option is bad usage (2)"
grep -q "Try 'lreader --help'" "$T/err"; ok $? "with a one-line hint"
"$LREADER" frobnicate >/dev/null 2>&1; is "$?" 2 "an unknown command is bad usage"
L list --issue >/dev/null 2>&1; is "$?" 2 "list --issue without N is bad usage"

L import "$top_srcdir/assets/issues" >/dev/null 2>&1; ok $? "import the bundled issues"
L list >"$T/list"; ok $? "list exits 0"
is "$(wc -l <"$T/list" | tr -d ' ')" "$(L export | wc -l | tr -d ' ')" "list and export agree on the count"
is "$(awk -F'\t' 'NF != 5' "$T/list" | wc -l | tr -d ' ')" 0 "list: five tab-separated columns"
is "$(cut -f1 "$T/list" | sort -u | wc -l)" "$(wc -l <"$T/list")" "list: ids are unique"
is "$(cut -f2 "$T/list" | sort -un | tr '\n' ' ')" "1 2 3 4 5 " "list: issues 1 to 5"
L list --issue 3 >"$T/l3"
is "$(cut -f2 "$T/l3" | sort -u)" 3 "list --issue 3: only issue 3"
is "$(cut -f3 "$T/l3" | tr '\n' ' ')" "$(seq 1 "$(wc -l <"$T/l3")" | tr '\n' ' ')" "list --issue 3: seq 1, 2, … in page order"
L list --issue 99 >/dev/null 2>"$T/err"; is "$?" 1 "list --issue 99: exit 1"
grep -q '^lreader: 99: no such issue$' "$T/err"; ok $? "list --issue 99: says so"

id=$(awk -F'\t' '$5 ~ /^从“云端”到身边$/ {print $1}' "$T/list")
L cat "$id" >"$T/cat"; ok $? "cat exits 0"
is "$(sed -n 1p "$T/cat")" "从“云端”到身边" "cat: the title first"
is "$(sed -n 2p "$T/cat")" "——吕梁大数据产业走进精准扶贫户" "cat: the subtitle below"
is "$(sed -n 3p "$T/cat")" "山西日报记者 赵峻青 王少科" "cat: the byline below"
is "$(sed -n 4p "$T/cat")" "" "cat: then a blank line"
grep -q '^（一）$' "$T/cat"; ok $? "cat: a heading as it is"
first=$(awk -F'\t' '$2 == 2 && $3 == 1 {print $1}' "$T/list")
L cat "$first" | grep -q '^\[图\] 图为省委书记楼阳生在大会开幕式上讲话。$'
ok $? "cat: captions prefixed [图]"
L cat 99999 >/dev/null 2>"$T/err"; is "$?" 1 "cat of a missing article: exit 1"
grep -q '^lreader: 99999: no such article$' "$T/err"; ok $? "cat: says no such article"
L cat "$first" --width 30 >"$T/w30"; ok $? "cat --width 30"
is "$(wc -L <"$T/w30" | tr -d ' ')" 30 "cat --width 30: the longest line is 30 cells"
L cat "$first" | awk 'length > 200' | grep -q .; ok $? "cat to a pipe: not wrapped"
L cat "$first" --width 1 >/dev/null 2>&1; is "$?" 2 "cat --width 1 is bad usage"
if command -v script >/dev/null 2>&1; then
	mkdir -p "$XDG_CONFIG_HOME/lreader"
	echo 'set text-width 30' >"$XDG_CONFIG_HOME/lreader/config"
	script -qec "$LREADER --db $db cat $first" /dev/null | tr -d '\r' >"$T/tty"
	is "$(wc -L <"$T/tty" | tr -d ' ')" 30 "cat on a terminal wraps to the config's text-width"
	rm "$XDG_CONFIG_HOME/lreader/config"
fi

L export --format jsonl >"$T/all.jsonl"
head -n1 "$T/all.jsonl" | grep -q '^{"id":[0-9]*,"issue":1,"source":"[^"]*","date":"","page":0,"seq":1,"kind":"article","title":"'
ok $? "export jsonl: fields in SPEC's order"
L export --issue 4 --format text >"$T/t4"
is "$(grep -c '^—' "$T/t4")" "$(( $(L list --issue 4 | wc -l) - 1 ))" "export text: a line of — between articles"
L export --issue 4 --format markdown >"$T/m4"
is "$(grep -c '^# ' "$T/m4")" "$(L list --issue 4 | wc -l | tr -d ' ')" "export markdown: a # title per article"
L export --format yaml >/dev/null 2>&1; is "$?" 2 "export: an unknown format is bad usage"

L search 吕梁 >"$T/s"; ok $? "search exits 0"
is "$(awk -F'\t' 'NF != 4' "$T/s" | wc -l | tr -d ' ')" 0 "search: four tab-separated columns"
L search AlphaFold2 | cut -f3 >"$T/s1"
is "$(cat "$T/s1")" "魏彦杰：在数字化转型过程中发挥超算优势" "search: a Latin word with digits"
is "$(L search fold | cut -f3)" "魏彦杰：在数字化转型过程中发挥超算优势" "search: part of a Latin word, any case"
is "$(L search 794 | cut -f3)" "我市举办学习贯彻党的二十大精神线上线下百题知识竞赛" "search: part of a number"
is "$(L search '参 赛 者' | cut -f3)" "我市举办学习贯彻党的二十大精神线上线下百题知识竞赛" "search: white space folded"
L search 这个词不在任何文章里 >"$T/none"; ok $? "search with no match: exit 0"
is "$(wc -c <"$T/none" | tr -d ' ')" 0 "search with no match: no output"
is "$(L search --limit 2 吕梁 | wc -l | tr -d ' ')" 2 "search --limit 2"
# search --count: the number of lines search prints, and nothing else.
for q in 吕梁 的 fold 794 '参 赛 者' 这个词不在任何文章里; do
	is "$(L search --count "$q")" "$(L search "$q" | wc -l | tr -d ' ')" \
	    "search --count $q: the number of lines search prints"
done
is "$(L search --count --limit 2 吕梁)" "$(L search 吕梁 | wc -l | tr -d ' ')" \
    "search --count: a limit does not cap the count"
is "$(L search --limit 2 吕梁 --count)" "$(L search --count 吕梁)" \
    "search --count: options in any order"
L search --count '  ' >"$T/out"; ok $? "search --count of white space: exit 0"
is "$(cat "$T/out")" 0 "search --count of white space: 0"
L search --count >/dev/null 2>"$T/err"; is "$?" 2 "search --count without QUERY is bad usage"
grep -q 'usage: lreader search \[--limit N\] \[--count\] QUERY' "$T/err"
ok $? "  with the usage line"
t1=$(L search 双碳 | head -n1 | cut -f3)
case $t1 in *双碳*) ok 0 "search: title matches first" ;; *) ok 1 "search: title matches first ($t1)" ;; esac

L bookmarks >"$T/bm"; ok $? "bookmarks exits 0"
is "$(wc -c <"$T/bm" | tr -d ' ')" 0 "no bookmarks yet"

# Dates and pages from paths; numbering by date, undated after.
mkdir -p "$T/d/2021/07/26" "$T/d/2021-07-25"
printf '%s\n' '七月二十六日第二版的标题' '' '本报讯 七月二十六日第二版的正文，讲述了一件事。' >"$T/d/2021/07/26/page-2.txt"
printf '%s\n' '七月二十六日第一版的标题' '' '本报讯 七月二十六日第一版的正文，讲述了另一件事。' >"$T/d/2021/07/26/page-1.txt"
db=$T/dated.db
L import "$T/d/2021/07/26" >/dev/null 2>&1
L import "$top_srcdir/assets/issues/003_de8d0f2df01a8059.txt" >/dev/null 2>&1
L export --issue 1 | grep -q '"date":"2021-07-26","page":1,'; ok $? "a dated issue: date and page exported"
is "$(L list --issue 2021-07-26 | cut -f2 | sort -u | tr '\n' ' ')" "1 2 " "--issue DATE: every page of the day"
is "$(L list --issue 2021-07-26/2 | cut -f5)" "七月二十六日第二版的标题" "--issue DATE/P"
is "$(L list | awk -F'\t' '$5 == "延深链接" {print $2}')" 3 "undated issues follow the dated ones"
printf '%s\n' '七月二十五日的标题' '' '本报讯 七月二十五日的正文，讲述了更早的事。' >"$T/d/2021-07-25/3.txt"
L import "$T/d/2021-07-25/3.txt" >/dev/null 2>&1
is "$(L list --issue 1 | cut -f5)" "七月二十五日的标题" "an older issue imported later is issue 1"
is "$(L list | awk -F'\t' '$5 == "延深链接" {print $2}')" 4 "and the later ones are renumbered"

# Control characters never reach a terminal.
printf '%s\n' '控制字符测试标题' '' "本报讯 正文里有一个转义序列$(printf '\033')[31m和响铃$(printf '\007')，到此为止。" >"$T/ctl.txt"
db=$T/ctl.db
L import "$T/ctl.txt" >/dev/null 2>&1
cid=$(L list | cut -f1)
L export >"$T/ctl.jsonl"
grep -q '正文里有一个转义序列\[31m和响铃，到此为止。' "$T/ctl.jsonl"
ok $? "the importer drops control characters from the text"
if command -v script >/dev/null 2>&1; then
	script -qec "$LREADER --db $db cat $cid" /dev/null >"$T/tty" 2>&1
	! grep -q "$(printf '\033')\[31m" "$T/tty"; ok $? "cat on a terminal drops ESC"
	! grep -q "$(printf '\007')" "$T/tty"; ok $? "cat on a terminal drops BEL"
fi
done_testing

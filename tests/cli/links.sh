# Links between articles on the command line (SPEC "Links between
# articles", "related ID", "cat --follow ID"): a made-up dated archive
# with a continuation across pages and one whose page is missing.
. "$top_srcdir/tests/lib.sh"

T=$TEST_TMP
db=$T/lib.db
L() { "$LREADER" --db "$db" "$@"; }
. "$top_srcdir/tests/links-archive.sh"
A=$T/arch
links_archive "$A"
L import "$A" >/dev/null; ok $? "import the archive"
L list >"$T/list"
id_of() { awk -F'\t' -v t="$1" '$5 == t {print $1}' "$T/list"; }
a=$(id_of 吕梁新区体育中心钢结构合拢)
rest=$(id_of 体育中心钢结构合拢)
b=$(id_of 离石区老旧小区改造提速)
other=$(id_of 交口县举办乡村篮球赛)

L cat "$a" >"$T/a"
L cat "$rest" >"$T/rest"
L cat --follow "$a" >"$T/follow" 2>"$T/err"; ok $? "cat --follow: exit 0"
is "$(cat "$T/err")" "" "cat --follow: nothing on stderr"
{ cat "$T/a"; echo '————————————————————'; cat "$T/rest"; } >"$T/want"
cmp -s "$T/follow" "$T/want"; ok $? "cat --follow: the article, a rule, its continuation"
L cat "$rest" --follow >"$T/f2"; ok $? "cat ID --follow: the option after the id"
cmp -s "$T/f2" "$T/rest"; ok $? "cat --follow of the continuation: nothing to follow onwards"
L cat --follow "$other" >"$T/f3"
L cat "$other" | cmp -s - "$T/f3"; ok $? "cat --follow of an article without marks is cat"

L cat --follow "$b" >"$T/fb" 2>"$T/err"; is "$?" 1 "cat --follow, the page missing: exit 1"
L cat "$b" | cmp -s - "$T/fb"; ok $? "the article is printed all the same"
is "$(cat "$T/err")" "lreader: $b: 下转4版: page 4 of 2021-07-27 is not in the library" \
    "the reason on stderr"
L cat --follow 99999 >/dev/null 2>"$T/err"; is "$?" 1 "cat --follow of a missing article: exit 1"
grep -q '^lreader: 99999: no such article$' "$T/err"; ok $? "says so"

# The missing page imported later: the mark leads there, nothing else
# imported again.
mkdir -p "$T/more/2021/07/27"
cat >"$T/more/2021/07/27/page-4.txt" <<'PAGE'
老旧小区改造提速

（接1版）离石区老旧小区改造坚持先地下后地上，电梯加装由居民自主表决，改造后的小区增设了停车位和充电桩。
PAGE
L import "$T/more" >"$T/imp"; is "$(cat "$T/imp" | cut -d' ' -f1-6)" "imported 1, skipped 0, failed 0" "import the missing page alone"
L cat --follow "$b" >"$T/fb" 2>"$T/err"; ok $? "now cat --follow finds it"
grep -q '^老旧小区改造提速$' "$T/fb"; ok $? "the continuation is joined"

L related "$a" >"$T/rel"; ok $? "related: exit 0"
is "$(head -n1 "$T/rel" | cut -f1)" "$rest" "related: its own continuation shares the most"
is "$(awk -F'\t' 'NF != 6' "$T/rel" | wc -l | tr -d ' ')" 0 "related: list's five columns and the date"
is "$(head -n1 "$T/rel" | cut -f2-6)" "$(awk -F'\t' -v i="$rest" '$1 == i' "$T/list" | cut -f2-5)	2021-07-26" \
    "related: the row as list prints it, then the date"
grep -q "^$a	" "$T/rel"; is "$?" 1 "related: not the article itself"
L related >/dev/null 2>&1; is "$?" 2 "related without ID: bad usage"
L related abc >/dev/null 2>&1; is "$?" 2 "related abc: bad usage"
L related 99999 >/dev/null 2>"$T/err"; is "$?" 1 "related of a missing article: exit 1"
grep -q '^lreader: 99999: no such article$' "$T/err"; ok $? "says so"

# Search covers the byline (SPEC revision 3): three articles of the
# bundled issues are bylined 本报记者 冯凯治 and name him nowhere else.
"$LREADER" --db "$T/b.db" import "$top_srcdir/assets/issues" >/dev/null
"$LREADER" --db "$T/b.db" search 冯凯治 >"$T/by"
is "$(grep -c '	本报记者 冯凯治$' "$T/by")" 3 "search 冯凯治 finds the three bylined articles, the byline as snippet"

done_testing

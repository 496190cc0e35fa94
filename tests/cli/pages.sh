# Made-up page dumps with their ground truth (tests/data/pages): each is
# imported alone, exported, and every printed article must come back
# with its kind, title and paragraphs as printed. Articles listed in
# tests/data/pages/TODO are checks the importer does not meet yet.
. "$top_srcdir/tests/lib.sh"

pages=$top_srcdir/tests/data/pages
for f in "$pages"/*.txt; do
	name=$(basename "$f" .txt)
	db=$TEST_TMP/$name.db
	"$LREADER" --db "$db" import "$f" >/dev/null 2>&1
	ok $? "import $name"
	"$LREADER" --db "$db" export >"$TEST_TMP/$name.jsonl"
	todo=$(sed -n "s/^$name //p" "$pages/TODO" 2>/dev/null | sed 's/#.*//')
	"$top_builddir/tests/pages-check" "$name" "$pages/$name.json" \
	    "$TEST_TMP/$name.jsonl" $todo >"$TEST_TMP/$name.tap"
	merge_tap "$TEST_TMP/$name.tap"
done
done_testing

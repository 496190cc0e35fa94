# The golden import of the bundled issues (../shared/golden/README.md):
# each is imported alone and exported as jsonl, then checked against
# seeds.json by tests/golden-check.
. "$top_srcdir/tests/lib.sh"

seeds=$top_srcdir/tests/data/seeds.json
shared=$top_srcdir/../shared/golden/seeds.json
if [ -f "$shared" ]; then
	cmp -s "$seeds" "$shared"
	ok $? "tests/data/seeds.json is the same as ../shared/golden/seeds.json"
elif [ "${LREADER_REQUIRE_SHARED:-0}" = 1 ]; then
	ok 1 "../shared/golden/seeds.json is missing (LREADER_REQUIRE_SHARED=1)"
else
	n=$((n + 1)); echo "ok $n - seeds copy check # SKIP no ../shared beside the tree"
fi

args=
for f in "$top_srcdir"/assets/issues/*.txt; do
	name=$(basename "$f")
	db=$TEST_TMP/$name.db
	"$LREADER" --db "$db" import "$f" >/dev/null 2>"$TEST_TMP/err"
	ok $? "import $name"
	"$LREADER" --db "$db" export --format jsonl >"$TEST_TMP/$name.jsonl"
	ok $? "export $name"
	args="$args $name $TEST_TMP/$name.jsonl"
done
# golden-check prints its own TAP; merged into ours.
"$top_builddir/tests/golden-check" "$seeds" $args >"$TEST_TMP/golden.tap"
merge_tap "$TEST_TMP/golden.tap"
done_testing

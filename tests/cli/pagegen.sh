# The importer on generated pages it was never tuned on: a fixed sample of
# the check split of tests/pagegen (work item 9), imported with the real
# binary and scored against the truth the generator wrote. A regression
# in the segmenter fails here; `make eval` gives the whole split.
. "$top_srcdir/tests/lib.sh"

command -v python3 >/dev/null 2>&1 || {
	ok 1 "python3 is installed (tools/setup installs it)"
	done_testing
	exit 1
}
pages=$TEST_TMP/pages
python3 "$top_srcdir/tests/pagegen/pagegen.py" --split check --count 40 "$pages"
ok $? "pagegen writes 40 check-split pages"
is "$(ls "$pages"/*.txt | wc -l)" 40 "  40 page dumps, each with its truth"
# Floors a little under what the segmenter scores on this sample (the
# note of work item 9 gives the figures: body 0.910, titles 0.71, meta
# 0.82, para 0.90, 4.8 extra articles per 50), so that a regression fails;
# the work item's targets, not met yet, are TODO checks.
LREADER=$LREADER python3 "$top_srcdir/tests/pagegen/eval.py" --label sample \
    --min body=0.89 --min titles=0.67 --min meta=0.78 --min para=0.87 \
    --min extra_per_50=6 \
    --todo body=0.97 --todo titles=0.90 --todo meta=0.85 --todo para=0.92 \
    --todo extra_per_50=1 "$pages" >"$TEST_TMP/eval.tap"
merge_tap "$TEST_TMP/eval.tap"
done_testing

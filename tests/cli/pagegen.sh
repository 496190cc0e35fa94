# The importer on generated pages it was never tuned on: the whole check
# split of tests/pagegen (work item 9: 312 pages, about 1,540 articles),
# imported with the real binary and scored against the truth the
# generator wrote. A regression in the segmenter fails here; `make eval`
# prints the same figures for every split.
. "$top_srcdir/tests/lib.sh"

command -v python3 >/dev/null 2>&1 || {
	ok 1 "python3 is installed (tools/setup installs it)"
	done_testing
	exit 1
}
# The truth articles are well formed (a bad field would quietly give the
# generator wrong truth).
python3 "$top_srcdir/tests/pagegen/check-articles.py" \
    "$top_srcdir"/tests/pagegen/articles/*.json >"$TEST_TMP/articles.out"
ok $? "every truth article is well formed"
sed 's/^/# /' "$TEST_TMP/articles.out"
pages=$TEST_TMP/pages
python3 "$top_srcdir/tests/pagegen/pagegen.py" --split check --count 312 "$pages"
ok $? "pagegen writes the 312 check-split pages"
is "$(ls "$pages"/*.txt | wc -l)" 312 "  312 page dumps, each with its truth"
# Floors a little under what the segmenter scores on the split, so that a
# regression fails (the notes of work item 9 give the figures: at stop 17
# body 0.935, titles 0.80, meta 0.858, para 0.913, 4.3 extra per 50; at
# stop 18 body 0.939, titles 0.82, meta 0.88, para 0.915, 4.1 extra per
# 50; at stop 19 body 0.946, titles 0.839, meta 0.891, para 0.923, 4.0
# extra per 50; at stop 20 body 0.950, titles 0.855, meta 0.903, para
# 0.927, 4.0 extra per 50; at stop 21 body 0.953, titles 0.868, meta
# 0.912, para 0.929, 3.6 extra per 50). At stop 22 the truth articles
# grew from 264 to 365 (the check split's from 87 to 117), so the check
# pages changed: the same segmenter (0ac7b3b) scored body 0.942, titles
# 0.852, meta 0.886, para 0.921 and 4.9 extra per 50 on them, and the
# floors were set again under the new figures; at the end of stop 22
# body 0.950, titles 0.873, meta 0.898, para 0.932, 3.6 extra per 50; at
# stop 23 body 0.956, titles 0.886, meta 0.911, para 0.937, 3.8 extra
# per 50 (the floors raised under them); at stop 25 body 0.961, titles
# 0.890, meta 0.918, para 0.941, 3.3 extra per 50 (raised again); at
# stop 26 body 0.966, titles 0.898, meta 0.925, para 0.946, 2.7 extra
# per 50 (raised again); at stop 27 body 0.966, titles 0.903 (the
# target met: a check), meta 0.927, para 0.946, 2.6 extra per 50; at
# stop 28 body 0.968, titles 0.908, meta 0.932, para 0.949, 2.4 extra
# per 50; at stop 29 body 0.974, titles 0.925, meta 0.958, para 0.955,
# 2.2 extra per 50. Then 40 new truth articles (interviews,
# commentaries, features, speeches, news, notices: 15 of them in the
# check split, 132 articles now) and the generator's wrap mended changed
# the check pages: stop 28's segmenter scored body 0.969, titles 0.902,
# meta 0.907, para 0.957, 2.2 extra per 50 on them, stop 29's merges
# body 0.969, titles 0.906, meta 0.920, para 0.957, 2.3 extra per 50,
# and the floors were set under those; at the end of stop 29 body
# 0.9697 (short of 0.97), titles 0.907, meta 0.921, para 0.959, 2.0
# extra per 50. At stop 31 body 0.974 (the target met: a check), titles
# 0.909, meta 0.924, para 0.962, 1.6 extra per 50 (the floors raised
# under them). At stop 32, 35 new articles joined the tuning and confirm
# splits (the check split's pages unchanged: its 30 new articles wait in
# incoming/), and the segmenter tuned on them reads body 0.977, titles
# 0.908, meta 0.923, para 0.966, 1.5 extra per 50 (raised again). At
# stop 33, 126 more articles were written (the check split's 52 wait in
# incoming/ too, the pages unchanged) and the segmenter tuned on the 38
# that joined the tuning split reads body 0.980, titles 0.914, meta
# 0.931, para 0.969, 1.06 extra per 50 (raised again). At stop 34, 104
# more joined the tuning and confirm splits (the check split's pages
# unchanged again) and the segmenter tuned on them reads body 0.982,
# titles 0.922, meta 0.936, para 0.973 and 0.75 extra per 50: the last
# target met, a check from then on (the floors raised again). At stop
# 35, 24 more joined (the check split's pages unchanged) and the
# segmenter reads body 0.983, titles 0.926, meta 0.940, para 0.975 and
# 0.78 extra per 50 (raised again). The work item's targets are checks
# (meta, and para from stop 19, titles from stop 27, body from stop 31,
# extra from stop 34: the floor is at or above the target).
LREADER=$LREADER python3 "$top_srcdir/tests/pagegen/eval.py" --label check \
    --min body=0.981 --min titles=0.922 --min meta=0.937 --min para=0.973 \
    --min extra_per_50=1 "$pages" >"$TEST_TMP/eval.tap"
merge_tap "$TEST_TMP/eval.tap"
done_testing

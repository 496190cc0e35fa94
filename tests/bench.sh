#!/bin/sh
# make bench: lreader's figures on synthetic archives of BENCH_SIZES pages
# (default "4000 14600"), written by ../shared/tools/make-archive into
# BENCH_DIR (default bench-work) and kept there: one table, every figure
# the median of BENCH_RUNS runs (default 5), each command printed
# (tests/bench.py says how each is taken). Then the growth of
# segmentation with the page (work item 13). Prints figures; asserts
# nothing (speed is shown here, not in make check).
set -eu
top_srcdir=${top_srcdir:-.}
export top_srcdir
command -v python3 >/dev/null || { echo "bench: python3 is needed"; exit 77; }
python3 "$top_srcdir/tests/bench.py"
# Growth of segmentation with the page (work item 13): time and peak
# memory for pages of doubling size, and each doubling's exponent.
if [ -n "${SEGDUMP:-}" ] && [ -x "$SEGDUMP" ]; then
	echo "== growth: segmenting one page of doubling size (exponent 1: linear)"
	python3 "$top_srcdir/tests/growth.py" "$SEGDUMP" "${BENCH_DIR:-bench-work}/growth"
fi

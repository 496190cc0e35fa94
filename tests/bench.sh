#!/bin/sh
# make bench: import throughput and search latency on a synthetic archive
# written by ../shared/tools/make-archive (PAGES pages, default 4000).
# Prints figures; asserts nothing (speed is shown here, not in tests).
set -eu
top_srcdir=${top_srcdir:-.}
LREADER=${LREADER:-./lreader}
pages=${BENCH_PAGES:-4000}
tool=$top_srcdir/../shared/tools/make-archive
work=${BENCH_DIR:-bench-work}
command -v python3 >/dev/null || { echo "bench: python3 is needed for make-archive"; exit 77; }
[ -x "$tool" ] || [ -f "$tool" ] || { echo "bench: $tool is missing"; exit 77; }
mkdir -p "$work"
arch=$work/archive-$pages
if [ ! -d "$arch" ]; then
	python3 "$tool" "$arch" "$pages" 1 >/dev/null
fi
db=$work/bench.db
rm -f "$db" "$db-wal" "$db-shm"
mb=$(du -sm "$arch" | cut -f1)
echo "== import: $pages pages ($mb MB on disk)"
"$LREADER" --db "$db" import "$arch" | tee "$work/import.out"
echo "library: $(du -k "$db" | cut -f1) KiB"
now() { date +%s%N; }
# Decoding and segmenting alone (tests/segdump: no cleaning into the
# store, no FTS), every page of the archive in one process a hundred.
if [ -n "${SEGDUMP:-}" ] && [ -x "$SEGDUMP" ]; then
	find "$arch" -name '*.txt' | sort >"$work/pages.list"
	t0=$(now)
	xargs -n 100 "$SEGDUMP" <"$work/pages.list" >/dev/null
	t1=$(now)
	echo "== segment: $pages pages, $(( (t1 - t0) / 1000 / pages )) us a page"
fi
# Growth of segmentation with the page (work item 13): time and peak
# memory for pages of doubling size, and each doubling's exponent.
if [ -n "${SEGDUMP:-}" ] && [ -x "$SEGDUMP" ]; then
	echo "== growth: segmenting one page of doubling size (exponent 1: linear)"
	python3 "$top_srcdir/tests/growth.py" "$SEGDUMP" "$work/growth"
fi
# The median of 7 runs of one search's first page, in ms (whole process:
# opening the library included).
median_ms() {
	for i in 1 2 3 4 5 6 7; do
		t0=$(now); "$LREADER" --db "$db" search --limit 20 "$1" >/dev/null; t1=$(now)
		echo $(( (t1 - t0) / 1000 ))
	done | sort -n | sed -n 4p | awk '{printf "%.1f", $1 / 1000}'
}
echo "== search, first page (--limit 20), median of 7, whole process"
for q in 吕 吕梁 数字经济 大数据产业 绿色低碳发展 AlphaFold2 5G; do
	n=$("$LREADER" --db "$db" search "$q" | wc -l)
	printf '%-14s %6s matches  %6s ms\n' "$q" "$n" "$(median_ms "$q")"
done
t0=$(now); "$LREADER" --db "$db" list --issue 1 >/dev/null; t1=$(now)
echo "== list --issue 1: $(( (t1 - t0) / 1000000 )) ms"

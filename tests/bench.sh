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
# median_ms ARG...: the median of 7 runs of `search ARG...` in ms (whole
# process: opening the library included).
median_ms() {
	for i in 1 2 3 4 5 6 7; do
		t0=$(now); "$LREADER" --db "$db" search "$@" >/dev/null; t1=$(now)
		echo $(( (t1 - t0) / 1000 ))
	done | sort -n | sed -n 4p | awk '{printf "%.1f", $1 / 1000}'
}
# 心数 is a rare pair of common characters (a whole walk of two long
# doclists), 数心 and 中国人民 are absent, made of common characters.
echo "== search, first page (--limit 20) and --count, median of 7, whole process"
for q in 吕 吕梁 数字经济 大数据产业 绿色低碳发展 AlphaFold2 5G 心数 数心 中国人民; do
	n=$("$LREADER" --db "$db" search --count "$q")
	printf '%-14s %6s matches  %6s ms  count %6s ms\n' "$q" "$n" \
	    "$(median_ms --limit 20 "$q")" "$(median_ms --count "$q")"
done
# Peak memory of the commands that write every row: flat in the library
# size (work item 11); compare two BENCH_PAGES.
if [ -x /usr/bin/time ]; then
	echo "== peak memory (max RSS) of whole-library output"
	for cmd in list export "search 的"; do
		# shellcheck disable=SC2086
		kb=$(/usr/bin/time -f %M "$LREADER" --db "$db" $cmd 2>&1 >/dev/null | tail -n1)
		printf '%-14s %6s KiB\n' "$cmd" "$kb"
	done
fi
t0=$(now); "$LREADER" --db "$db" list --issue 1 >/dev/null; t1=$(now)
echo "== list --issue 1: $(( (t1 - t0) / 1000000 )) ms"
# related ID (work item 12: within 50 ms at 14,600 pages): the median of
# 7 whole-process runs for an article near the start, the middle and the
# end of the library, and the size of the tables that answer it.
related_ms() {
	for i in 1 2 3 4 5 6 7; do
		t0=$(now); "$LREADER" --db "$db" related "$1" >/dev/null; t1=$(now)
		echo $(( (t1 - t0) / 1000 ))
	done | sort -n | sed -n 4p | awk '{printf "%.1f", $1 / 1000}'
}
last=$("$LREADER" --db "$db" list --issue "$("$LREADER" --db "$db" list | tail -n1 | cut -f2)" | tail -n1 | cut -f1)
echo "== related ID, median of 7, whole process"
for id in 1 $((last / 2)) "$last"; do
	printf 'related %-8s %6s rows  %6s ms\n' "$id" \
	    "$("$LREADER" --db "$db" related "$id" | wc -l)" "$(related_ms "$id")"
done
if command -v sqlite3 >/dev/null 2>&1; then
	echo "== link and signature tables (KiB)"
	sqlite3 "$db" "SELECT name, sum(pgsize) / 1024 FROM dbstat WHERE name IN ('links', 'terms', 'sigs', 'postings', 'sqlite_autoindex_links_1', 'sqlite_autoindex_postings_1') GROUP BY name" 2>/dev/null || true
fi

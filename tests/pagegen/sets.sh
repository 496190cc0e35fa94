#!/bin/sh
# sets.sh OUT [NEW_ARTICLES_DIR]: the page sets a segmenter change is
# judged on, written into OUT (several minutes of CPU would be lost with a
# machine's /tmp: stop 42 began on a new machine without stop 41's sets).
#
#   readable   t1..t5   tuning split of articles/, 300 pages each
#   confirm    f1 f2    confirm split, 300 pages each (score only)
#   never read chk      the check split's 312 pages (those of make eval)
#              ha hb    300 pages each of incoming/'s held-out articles
#                       (check hash), less NEW_ARTICLES_DIR's
#   new        nvt nvf nvc  100 pages a split of NEW_ARTICLES_DIR's
#                       articles alone (a stop's new, unread articles;
#                       seeds 80000/81000/82000), when it is given
#
# A pool (ha/hb, nv*) is a copy of pagegen.py beside a folder of the
# chosen articles, so its pages draw on those articles alone. The same
# articles and seeds always give the same pages. Score a segdump with
#   python3 tests/pagegen/fastev.py --base BASE_SEGDUMP SEGDUMP OUT/t1 ...
set -e
[ $# -ge 1 ] || { echo "usage: sets.sh OUT [NEW_ARTICLES_DIR]" >&2; exit 2; }
out=$1
new=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
gen() { # NAME PAGEGEN ARGS...
	name=$1; shift
	rm -rf "$out/$name"
	python3 "$@" "$out/$name" >/dev/null
}
pool() { # NAME FILE...
	d=$out/pool-$1; shift
	rm -rf "$d"; mkdir -p "$d/articles"
	cp "$here/pagegen.py" "$d/"
	for a in "$@"; do cp "$a" "$d/articles/"; done
}
i=1
for s in 0 10000 20000 30000 40000; do
	gen t$i "$here/pagegen.py" --split tuning --first $s --count 300
	i=$((i + 1))
done
gen f1 "$here/pagegen.py" --split confirm --count 300
gen f2 "$here/pagegen.py" --split confirm --first 210000 --count 300
gen chk "$here/pagegen.py" --split check --count 312
# (held-out articles less this stop's new ones, which nv* scores alone)
held=$(for f in "$here"/incoming/*.json; do
	b=$(basename "$f")
	[ -n "$new" ] && [ -e "$new/$b" ] && continue
	echo "$f"
done)
# shellcheck disable=SC2086
pool held $held
gen ha "$out/pool-held/pagegen.py" --split check --first 300000 --count 300
gen hb "$out/pool-held/pagegen.py" --split check --first 310000 --count 300
if [ -n "$new" ]; then
	pool nv "$new"/*.json
	gen nvt "$out/pool-nv/pagegen.py" --split tuning --first 80000 --count 100
	gen nvf "$out/pool-nv/pagegen.py" --split confirm --first 81000 --count 100
	gen nvc "$out/pool-nv/pagegen.py" --split check --first 82000 --count 100
fi

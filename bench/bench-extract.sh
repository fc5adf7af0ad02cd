#!/usr/bin/env bash
# Benchmark: end-to-end `incidentmap extract` throughput (MB/s, reports/s) and peak memory over a
# deterministic corpus of 20,000 generated reports, on one core.
#
# Peer: Mordecai (the usual neural geoparser) needs spaCy models and an Elasticsearch GeoNames index
# that cannot be fetched offline here, so no peer runs in this benchmark; its published throughput
# is a few KB/s. Set BENCH_REPORTS to change the corpus size.
set -euo pipefail
cd "$(dirname "$0")/.."
reports=${BENCH_REPORTS:-20000}
[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null 2>&1 || sudo apt-get install -y -qq time >/dev/null; }
swift build -c release --product incidentmap 2>&1 | grep -E "error|Compiling incidentmap|Build complete" | tail -1
bin=.build/release/incidentmap
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 bench/generate-reports.py "$reports" "$tmp/corpus.jsonl" --seed 20151006
bytes=$(stat -c %s "$tmp/corpus.jsonl")
gazetteer=()
if [ -f ../shared/data/geonames/SY.txt ]; then
  gazetteer=(--gazetteer ../shared/data/geonames/SY.txt --gazetteer ../shared/data/geonames/LB.txt)
fi

run() { # label, then the command
  local label=$1; shift
  /usr/bin/time -v "$@" > "$tmp/out.jsonl" 2> "$tmp/time.txt"
  local wall rss incidents
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$tmp/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time.txt")
  incidents=$(wc -l < "$tmp/out.jsonl")
  python3 - "$label" "$bytes" "$reports" "$wall" "$rss" "$incidents" <<'PY'
import sys
label, size, n, wall, rss, incidents = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
wall = max(wall, 1e-3)
print(f"{label}: {size/1e6:.1f} MB, {n} reports, {incidents} incidents in {wall:.2f} s: "
      f"{size/1e6/wall:.2f} MB/s, {n/wall:,.0f} reports/s, peak RSS {rss/1024:.0f} MB")
PY
}

echo "== extract throughput (one process, one core)"
run "incidentmap extract (built-in gazetteer)" taskset -c 0 "$bin" extract "$tmp/corpus.jsonl"
if [ ${#gazetteer[@]} -gt 0 ]; then
  run "incidentmap extract (+ ../shared GeoNames SY, LB)" taskset -c 0 "$bin" extract "$tmp/corpus.jsonl" "${gazetteer[@]}"
fi
echo "peer: Mordecai not run (needs spaCy models and an Elasticsearch GeoNames index, unavailable offline); published figures are a few KB/s"

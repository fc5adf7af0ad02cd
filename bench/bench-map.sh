#!/usr/bin/env bash
# map.html at scale: N generated incidents (default 100,000; MAP_BENCH_INCIDENTS) exported by
# `incidentmap export --format html`, then loaded in headless Chromium with networking off
# (.ci/map-page-check.py bench): the page's size, the time from navigation to the first draw,
# and the time of each filter change. MAP_BENCH_SCREENSHOT=FILE.png also saves a screenshot;
# MAP_BENCH_JITTER=DEGREES moves each incident off its town (0.02: no two share a position, the
# page's worst case).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/incidentmap
n=${MAP_BENCH_INCIDENTS:-100000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 bench/generate-incidents.py "$n" ${MAP_BENCH_JITTER:+--jitter "$MAP_BENCH_JITTER"} > "$tmp/incidents.jsonl"
mkdir -p "$tmp/map"
/usr/bin/time -f "%e %M" -o "$tmp/time" "$bin" export "$tmp/incidents.jsonl" --format html --out "$tmp/map/map.html" 2>/dev/null
read -r seconds kb < "$tmp/time"
echo "export --format html of $n incidents: ${seconds} s, peak RSS $((kb / 1024)) MB"
python3 .ci/map-page-check.py bench "$tmp/map" ${MAP_BENCH_SCREENSHOT:+--screenshot "$MAP_BENCH_SCREENSHOT"}

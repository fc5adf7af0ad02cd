#!/usr/bin/env bash
# Benchmark: end-to-end `incidentmap extract` throughput (MB/s, reports/s) and peak memory over
# deterministic corpora of generated reports (20,000 each by default, seeded), pinned to one core.
#
# Two corpora (see bench/generate-reports.py): "news", reports shaped like wire stories (2.4 to
# 5.5 KB, mostly background, about one incident per KB as in the seed reports), and "dense", short
# reports packed with events (about 3.5 incidents per KB), which stresses event coding and merging.
#
# Each run is timed twice over: wall clock, and CPU time (user + sys), which the other jobs on a
# shared machine disturb less. Start-up (loading the gazetteer) is measured on a one-report corpus
# and also reported subtracted, so that the per-report cost of reading, recognising, resolving,
# extracting and merging is visible on its own.
#
# Peer: Mordecai, the usual neural geoparser, needs spaCy models and an Elasticsearch GeoNames
# index that cannot be fetched offline here, so no peer runs in this benchmark. Its published
# throughput is a few KB/s. Set BENCH_REPORTS to change the corpus size.
set -euo pipefail
cd "$(dirname "$0")/.."
reports=${BENCH_REPORTS:-20000}
if [ ! -x /usr/bin/time ]; then
  sudo=$([ "$(id -u)" = 0 ] || echo sudo)
  $sudo apt-get install -y -qq time >/dev/null
fi
swift build -c release --product incidentmap 2>&1 | grep -E "error|omplete" | tail -1 || true
bin=.build/release/incidentmap
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 bench/generate-reports.py 1 "$tmp/one.jsonl" --seed 20151006

# measure FILE ARGS...: prints "wall cpu rss_kb incidents" for one extract run on one core.
measure() {
  local input=$1; shift
  /usr/bin/time -v taskset -c 0 "$bin" extract "$input" "$@" > "$tmp/out.jsonl" 2> "$tmp/time.txt"
  awk -F': ' '
    /Elapsed \(wall clock\)/ {n = split($2, t, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + t[i]}
    /User time/ {u = $2} /System time/ {s = $2} /Maximum resident set size/ {r = $2}
    END {printf "%s %s %s ", w, u + s, r}' "$tmp/time.txt"
  wc -l < "$tmp/out.jsonl"
}

report() { # label, then the gazetteer arguments; reads $tmp/corpus.jsonl
  local label=$1; shift
  local bytes
  bytes=$(stat -c %s "$tmp/corpus.jsonl")
  # A first run writes the gazetteer's snapshot to the cache when this binary has none yet:
  # a cost paid once per build, not per run, so it is kept out of the start-up figure.
  "$bin" extract "$tmp/one.jsonl" "$@" > /dev/null
  read -r w0 c0 _ _ < <(measure "$tmp/one.jsonl" "$@")
  read -r w c rss incidents < <(measure "$tmp/corpus.jsonl" "$@")
  # Each source of a merged incident is one report's reading of it: their sum counts the
  # incidents before merging, the figure comparable with a corpus of unrelated real reports.
  local readings
  readings=$(python3 -c 'import json, sys; print(sum(len(json.loads(l)["sources"]) for l in open(sys.argv[1])))' "$tmp/out.jsonl")
  python3 - "$label" "$bytes" "$reports" "$w" "$c" "$rss" "$incidents" "$w0" "$c0" "$readings" <<'PY'
import sys
label = sys.argv[1]
size, n, wall, cpu, rss, incidents, wall0, cpu0, readings = (float(x) for x in sys.argv[2:])
mb = size / 1e6
line = lambda what, secs: f"{mb / max(secs, 1e-3):.2f} MB/s, {n / max(secs, 1e-3):,.0f} reports/s ({what} {secs:.2f} s)"
print(f"{label}: {mb:.1f} MB, {n:.0f} reports -> {readings:.0f} incidents ({readings / (size / 1e3):.2f} per KB), "
      f"{incidents:.0f} after merging; peak RSS {rss / 1024:.0f} MB")
print(f"  end to end, wall:  {line('wall', wall)}")
print(f"  end to end, CPU:   {line('cpu', cpu)}")
print(f"  start-up:          {cpu0:.2f} s CPU ({wall0:.2f} s wall) to load the gazetteer")
print(f"  without start-up:  {line('cpu', cpu - cpu0)}")
PY
}

echo "== incidentmap extract throughput (one process pinned to one core)"
for profile in news dense; do
  python3 bench/generate-reports.py "$reports" "$tmp/corpus.jsonl" --seed 20151006 --profile "$profile"
  report "$profile corpus, built-in gazetteer"
  if [ -f ../shared/data/geonames/SY.txt ]; then
    report "$profile corpus, built-in + ../shared GeoNames SY, LB" --gazetteer ../shared/data/geonames/SY.txt --gazetteer ../shared/data/geonames/LB.txt
  fi
done
echo "peer: Mordecai not run (needs spaCy models and an Elasticsearch GeoNames index, unavailable offline); published throughput is a few KB/s"

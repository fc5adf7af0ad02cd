#!/usr/bin/env bash
# Benchmark of `incidentmap places` (issue 8) against flashgeotext on the same text.
#
# Generates a deterministic news-like corpus (seeded), then reports for each run the
# throughput in MB/s of report text and the peak resident memory ("Maximum resident set
# size" of /usr/bin/time -v):
#   1. incidentmap places over the corpus as JSON Lines reports, full world gazetteer;
#   2. flashgeotext (PyPI) over the same reports;
#   3. incidentmap places over the same text as one single-line report (bounded memory).
# PLACES_BENCH_MB sets the corpus size (default 50).
set -euo pipefail
cd "$(dirname "$0")/.."

MB="${PLACES_BENCH_MB:-50}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null || sudo apt-get install -y -qq time >/dev/null; }
python3 -m pip install -q flashgeotext==0.5.5 2>/dev/null
swift build -c release --product incidentmap >/dev/null
BIN=.build/release/incidentmap

python3 bench/gen-places-corpus.py "$WORK/corpus" --mb "$MB" --seed 8
BYTES=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$WORK/corpus.jsonl")

# Runs a command under /usr/bin/time -v; prints wall seconds, MB/s and peak RSS.
measure() {
  local label="$1"; shift
  /usr/bin/time -v "$@" >"$WORK/out" 2>"$WORK/time" || { echo "$label: failed"; tail -5 "$WORK/time"; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time" \
         | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time")
  python3 - "$label" "$BYTES" "$wall" "$rss" <<'PY'
import sys
label, size, wall, rss = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
print(f"{label:<42} {size / 1e6:7.1f} MB in {wall:7.2f} s = {size / 1e6 / max(wall, 1e-9):6.2f} MB/s, peak RSS {rss / 1024:7.1f} MiB")
PY
}

echo "places benchmark: $BYTES bytes of generated report text (seed 8)"
measure "incidentmap places (reports, jsonl)" "$BIN" places "$WORK/corpus.jsonl"
echo "  records: $(wc -l <"$WORK/out")"
measure "flashgeotext 0.5.5 (same reports)" python3 bench/flashgeotext-places.py "$WORK/corpus.jsonl"
echo "  $(cat "$WORK/out")"
measure "incidentmap places (one single-line report)" "$BIN" places "$WORK/corpus-oneline.txt"
echo "  records: $(wc -l <"$WORK/out")"

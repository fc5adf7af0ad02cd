#!/usr/bin/env bash
# Gazetteer benchmark: load time and peak memory of the built-in gazetteer and of the Syria dump,
# and place-name recognition over >= 50 MB of seeded news-like text, against flashgeotext (PyPI)
# on the same text in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${BENCH_MB:-50}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null 2>&1 || sudo apt-get install -y -qq time >/dev/null; }
swift build -c release --package-path Benchmarks --product bench-gazetteer 2>&1 | tail -1
BIN=Benchmarks/.build/release/bench-gazetteer
peak() { grep "Maximum resident" "$1" | awk '{printf "%.0f MB", $6/1024}'; }

$BIN generate "$WORK/news.txt" "$MB"

echo "-- incidentmap: built-in gazetteer load, cold (text files, then the snapshot is written)"
export INCIDENTMAP_CACHE="$WORK/cache"
/usr/bin/time -v $BIN load 2> "$WORK/t0" ; echo "   peak memory: $(peak "$WORK/t0")"
echo "-- incidentmap: built-in gazetteer load, warm (snapshot)"
/usr/bin/time -v $BIN load 2> "$WORK/t1" ; echo "   peak memory: $(peak "$WORK/t1")"
SY=../shared/data/geonames/SY.txt
if [ -f "$SY" ]; then
  echo "-- incidentmap: Syria dump load ($SY), text"
  /usr/bin/time -v $BIN load "$SY" 2> "$WORK/t2"; echo "   peak memory: $(peak "$WORK/t2")"
  swift build -c release --product incidentmap 2>&1 | tail -1
  .build/release/incidentmap gazetteer import "$SY" > /dev/null
  echo "-- incidentmap: Syria dump load ($SY), from the 'gazetteer import' cache"
  /usr/bin/time -v $BIN load "$SY" 2> "$WORK/t2b"; echo "   peak memory: $(peak "$WORK/t2b")"
else
  echo "-- Syria dump absent ($SY): skipped"
fi

echo "-- incidentmap: recognition"
/usr/bin/time -v $BIN recognise "$WORK/news.txt" exact 2> "$WORK/t3"; echo "   peak memory (recognition, text included): $(peak "$WORK/t3")"
echo "-- incidentmap: recognition and full mentions (candidates with places)"
/usr/bin/time -v $BIN recognise "$WORK/news.txt" 2> "$WORK/t3b" | tail -2; echo "   peak memory (all passes): $(peak "$WORK/t3b")"

echo "-- flashgeotext (PyPI) on the same text"
python3 -m pip install -q flashgeotext 2>&1 | grep -v -i "warning" || true
cat > "$WORK/peer.py" <<'PY'
import sys, time
from flashgeotext.geotext import GeoText
t0 = time.perf_counter()
geotext = GeoText()
load = time.perf_counter() - t0
data = open(sys.argv[1], encoding="utf-8").read()
t0 = time.perf_counter()
cpu0 = time.process_time()
found = 0
step = 1 << 20
for i in range(0, len(data), step):
    out = geotext.extract(input_text=data[i:i + step])
    for kind in out.values():
        for v in kind.values():
            found += v["count"]
elapsed = time.perf_counter() - t0
mb = len(data.encode("utf-8")) / 1048576
print(f"flashgeotext: load {load:.2f} s; {mb:.1f} MB in {elapsed:.2f} s wall = {mb/elapsed:.1f} MB/s, {found} matches")
print(f"flashgeotext CPU time for extraction: {time.process_time() - cpu0:.2f} s = {mb/(time.process_time() - cpu0):.1f} MB/s")
PY
/usr/bin/time -v python3 "$WORK/peer.py" "$WORK/news.txt" 2> "$WORK/t4" || { echo "flashgeotext failed:"; tail -5 "$WORK/t4"; }
echo "   peak memory: $(peak "$WORK/t4")"

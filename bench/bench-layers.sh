#!/usr/bin/env bash
# Layer writers: GeoJSON and KML of N seeded incidents (100 k and 1 M), ours against
# geopandas + pyogrio (GDAL's GeoJSON and KML drivers) and simplekml, on the same data.
# Each side first makes (ours) or reads (peers, from the CSV ours writes) the incidents, then
# times the write alone: wall clock, and user and system CPU of the write (steadier on a shared
# machine). System time is mostly the kernel allocating the output file's pages, which varies
# from run to run on this VM, so the user-CPU rate is the writer's own speed. Peak RSS comes from
# /usr/bin/time -v and includes the incidents held in memory (ours prints their share).
# SIZES="100000 1000000", SKIP_PEERS=1 and SIMPLEKML_MAX change what runs.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
swift build -c release --package-path Benchmarks --product bench-layers 2>&1 | grep -E "error|warning: unre" || true
bin=Benchmarks/.build/release/bench-layers
sizes=${SIZES:-"100000 1000000"}
# Files go to memory (/dev/shm) when it has room, so that the disk's speed is not what is
# measured; BENCH_DIR overrides. Each size's files are removed before the next.
base=${BENCH_DIR:-}
if [ -z "$base" ] && [ -d /dev/shm ] && [ "$(df -Pk /dev/shm | awk 'NR==2 {print $4}')" -gt 8000000 ]; then base=/dev/shm; fi
work=$(mktemp -d ${base:+-p "$base"})
echo "bench-layers: writing to $work on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
trap 'rm -rf "$work"' EXIT

if [ "${SKIP_PEERS:-0}" != 1 ]; then
  python3 -m pip install -q geopandas pyogrio simplekml pandas 2>&1 | grep -v -i "warning" || true
fi

# run LABEL COUNT OUTPUT COMMAND...: runs once under /usr/bin/time -v and prints one result line
# from the "in W s ... CPU C s (user U, system S)" line the command prints about its write, then
# removes OUTPUT, so that no run's file crowds the memory the next one writes into.
run() {
  local label=$1 count=$2 output=$3; shift 3
  /usr/bin/time -v "$@" > "$work/out.txt" 2> "$work/time.txt" || { echo "$label: FAILED"; head -5 "$work/time.txt"; return 0; }
  local rss wall cpu user input size
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  wall=$(grep -Eo "in [0-9.]+ s" "$work/out.txt" | awk '{print $2}')
  cpu=$(grep -Eo "CPU [0-9.]+ s" "$work/out.txt" | awk '{print $2}')
  user=$(grep -Eo "user [0-9.]+" "$work/out.txt" | awk '{print $2}')
  input=$({ grep -Eo "incidents in memory [0-9.]+ MB" "$work/out.txt" || true; } | awk '{print $4}')
  size=$(stat -c %s "$output")
  rm -f "$output"
  last_size=$size
  awk -v l="$label" -v n="$count" -v w="$wall" -v c="$cpu" -v u="$user" -v r="$rss" -v i="${input:--}" -v s="$size" 'BEGIN {
    printf "%-26s %8d  %5.0f MB  write %6.2f s = %8.0f /s   CPU %6.2f s = %8.0f /s   user %6.2f s = %8.0f /s   peak RSS %7.1f MB (input %s MB)\n",
      l, n, s / 1e6, w, n / w, c, n / c, u, n / u, r / 1024, i }'
}

for n in $sizes; do
  echo "== $n incidents (seed 42)"
  "$bin" csv "$n" "$work/incidents.csv" > /dev/null
  run "incidentmap geojson" "$n" "$work/ours.geojson" "$bin" geojson "$n" "$work/ours.geojson"
  run "incidentmap kml" "$n" "$work/ours.kml" "$bin" kml "$n" "$work/ours.kml"
  # The floor the kernel sets: dd writing as many bytes of zeros to the same file system.
  /usr/bin/time -f "%e %S" dd if=/dev/zero of="$work/zeros" bs=1M count=$(( (last_size + 1048575) / 1048576 )) 2> "$work/dd.txt" > /dev/null
  rm -f "$work/zeros"
  awk -v s="$last_size" 'END { printf "dd, the same bytes as the KML   %5.0f MB  write %6.2f s (system %.2f s): the kernel alone, no writer\n", s / 1e6, $1, $2 }' "$work/dd.txt"
  run "incidentmap csv" "$n" "$work/ours.csv" "$bin" csv "$n" "$work/ours.csv"
  if [ "${SKIP_PEERS:-0}" != 1 ]; then
    run "geopandas+pyogrio geojson" "$n" "$work/peer.geojson" python3 bench/layers_peer.py geopandas-geojson "$work/incidents.csv" "$work/peer.geojson"
    run "geopandas+pyogrio kml" "$n" "$work/peer.kml" python3 bench/layers_peer.py geopandas-kml "$work/incidents.csv" "$work/peer.kml"
    if [ "$n" -le "${SIMPLEKML_MAX:-100000}" ]; then
      run "simplekml kml" "$n" "$work/simple.kml" python3 bench/layers_peer.py simplekml "$work/incidents.csv" "$work/simple.kml"
    else
      echo "simplekml kml                skipped above SIMPLEKML_MAX=${SIMPLEKML_MAX:-100000} (about 5 k placemarks/s: 1 M takes minutes)"
    fi
  fi
  rm -f "$work/incidents.csv"
done
echo "note: every time is of the write alone (ours: after making the incidents; peers: after reading the CSV)."
echo "CPU is user + system; system time is mostly the kernel giving the output file its pages."

#!/usr/bin/env bash
# `count --by province` over a seeded 1M-row ACLED-style CSV and the same incidents as JSON
# Lines, beside geopandas (read_csv + sjoin + groupby) and Python json + shapely contains_xy,
# installed from PyPI into a venv; then a 2.4M-row (global-size) CSV. Prints wall time, rows/s,
# peak memory and the ratios.
#   ROWS (default 1000000) and GLOBAL_ROWS (default 2400000; 0 skips) size the files.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${ROWS:-1000000}
global_rows=${GLOBAL_ROWS:-2400000}

[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
venv=.build/bench-count-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "geopandas>=1,<2" "shapely>=2,<3" "pandas>=2,<3" numpy
fi
py="$venv/bin/python"

swift build -c release --product incidentmap >/dev/null
bin=.build/release/incidentmap
boundaries=../shared/data/boundaries/syria-governorates.geojson
boundary_args=(--boundaries "$boundaries")
if [ ! -f "$boundaries" ]; then boundaries=gazetteer/provinces.geojson; boundary_args=(); fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/gen-incidents.py "$rows" "$work/acled" 2015
echo "workload: $rows seeded incidents: $(du -m "$work/acled.csv" | cut -f1) MB of CSV, $(du -m "$work/acled.jsonl" | cut -f1) MB of JSON Lines; polygons: $boundaries"

# Runs a command under /usr/bin/time; prints its wall time, rows/s and peak memory, and keeps the seconds in $seconds.
measured() {
  local label=$1 count=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/$label.out"
  read -r seconds kb < "$work/time.txt"
  awk -v l="$label" -v s="$seconds" -v k="$kb" -v n="$count" \
    'BEGIN { printf "%-28s %7.2f s  %9.0f rows/s  peak %6.1f MB\n", l, s, n / s, k / 1024 }'
}
ratio() { awk -v a="$1" -v b="$2" -v l="$3" 'BEGIN { printf "ratio %s: %.2fx\n", l, b / a }'; }

measured "ours-csv" "$rows" "$bin" count "$work/acled.csv" --by province "${boundary_args[@]}"; ours_csv=$seconds
measured "peer-geopandas-csv" "$rows" "$py" bench/peers_count.py geopandas "$work/acled.csv" "$boundaries"; peer_csv=$seconds
measured "ours-jsonl" "$rows" "$bin" count "$work/acled.jsonl" --by province "${boundary_args[@]}"; ours_jsonl=$seconds
measured "peer-shapely-jsonl" "$rows" "$py" bench/peers_count.py shapely "$work/acled.jsonl" "$boundaries"; peer_jsonl=$seconds
ratio "$ours_csv" "$peer_csv" "CSV, incidentmap over geopandas (goal >= 3)"
ratio "$ours_jsonl" "$peer_jsonl" "JSON Lines, incidentmap over json + shapely (goal >= 3)"
echo "-- ours (CSV):"; cat "$work/ours-csv.out"
echo "-- geopandas:"; cat "$work/peer-geopandas-csv.out"

if [ "$global_rows" -gt 0 ]; then
  rm -f "$work"/acled.*
  python3 bench/gen-incidents.py "$global_rows" "$work/global" 2016
  echo "global-size file: $global_rows rows, $(du -m "$work/global.csv" | cut -f1) MB of CSV (goal: under 10 s, under 300 MB)"
  measured "ours-csv-global" "$global_rows" "$bin" count "$work/global.csv" --by province "${boundary_args[@]}"
  measured "ours-jsonl-global" "$global_rows" "$bin" count "$work/global.jsonl" --by province "${boundary_args[@]}"
fi

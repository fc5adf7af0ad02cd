#!/usr/bin/env bash
# Analysis benchmarks: points assigned to provinces, radius queries and `count --by province,week`,
# ours beside shapely 2 and pyproj on the same generated (seeded) data, with peak memory.
#   POINTS (default 1000000) and INCIDENTS (default 1000000) size the workload.
set -euo pipefail
cd "$(dirname "$0")/.."
points=${POINTS:-1000000}
incidents=${INCIDENTS:-1000000}
center=35.5317,35.7901   # Latakia
radius_km=30

[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
python3 -m pip install -q "shapely>=2,<3" "pyproj>=3.6" numpy 2>&1 | grep -v "WARNING: Running pip as the 'root' user" || true

swift build -c release --package-path Benchmarks --product bench-analysis >/dev/null
swift build -c release --product incidentmap >/dev/null
bench=Benchmarks/.build/release/bench-analysis
bin=.build/release/incidentmap

boundaries=../shared/data/boundaries/syria-governorates.geojson
[ -f "$boundaries" ] || boundaries=gazetteer/provinces.geojson
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a command under /usr/bin/time -v, prints its output and its peak memory.
measured() {
  local label=$1; shift
  /usr/bin/time -v "$@" 2>"$work/time.txt"
  awk -v label="$label" -F': ' '/Maximum resident set size/ {printf "%s: peak memory %.1f MB\n", label, $2 / 1024}
                                /Elapsed \(wall clock\)/ {printf "%s: wall time %s\n", label, $2}' "$work/time.txt"
}

echo "workload: $points seeded points in Syria's bounding box, $incidents incidents; polygons: $boundaries"
"$bench" generate "$work" --points "$points" --incidents "$incidents" --boundaries "$boundaries" --seed 2015

echo "-- points assigned to provinces (the same points, the same polygons)"
measured "ours (assign)" "$bench" assign "$work" --boundaries "$boundaries" --resolution 1024
measured "peer shapely (assign)" python3 bench/peers_analysis.py assign "$work" "$boundaries"

echo "-- radius query: $radius_km km around $center"
measured "ours (radius)" "$bench" radius "$work" --center "$center" --radius-km "$radius_km"
measured "peer pyproj (radius)" python3 bench/peers_analysis.py radius "$work" "$center" "$radius_km"

echo "-- incidentmap count --by province,week over $incidents incidents (JSON Lines)"
measured "ours (count)" sh -c "\"$bin\" count \"$work/incidents.jsonl\" --by province,week --format csv --boundaries \"$boundaries\" | tail -n +2 | wc -l | sed 's/^/ours (count): groups /'"

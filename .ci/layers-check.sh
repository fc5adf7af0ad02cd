#!/usr/bin/env bash
# The layer half of the acceptance step: for each folder written by `incidentmap map`, the
# KML is valid against the OGC schema, GDAL's ogrinfo opens every layer with the right
# feature count and field types, and headless Chromium draws map.html offline.
# Usage: .ci/layers-check.sh SCHEMA_XSD DIR [EXPECTED_PROVINCES]...   (pairs of DIR and province count)
set -euo pipefail
schema=$1; shift
fail() { echo "FAIL: $*"; exit 1; }

# fields FILE [OPTIONS...]: "name: Type" lines of every layer, sorted and unique.
fields() { local file=$1; shift; ogrinfo -ro -al -so "$@" "$file" 2>/dev/null | grep -E '^[A-Za-z0-9_-]+: [A-Za-z]+ \(' | sed 's/ (.*//' | sort -u; }
# count FILE [OPTIONS...]: features over every layer (a KML Folder is a layer).
count() { local file=$1; shift; ogrinfo -ro -al -so "$@" "$file" 2>/dev/null | awk -F': ' '/^Feature Count/ {s += $2} END {print s+0}'; }
# expect_types FILE "name: Type"... [-- OPTIONS...]
expect_types() {
  local file=$1; shift; local want=() opts=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do want+=("$1"); shift; done
  [ "${1:-}" = -- ] && { shift; opts=("$@"); }
  local got; got=$(fields "$file" "${opts[@]}")
  for w in "${want[@]}"; do grep -qx "$w" <<<"$got" || fail "$file: expected field '$w', ogrinfo has: $(tr '\n' ' ' <<<"$got")"; done
}

while [ $# -gt 0 ]; do
  dir=$1 provinces=$2; shift 2
  xmllint --noout --schema "$schema" "$dir/incidents.kml" 2>&1 | tail -1
  expected=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['features']))" "$dir/incidents.geojson")
  csv_opts=(-oo X_POSSIBLE_NAMES=longitude -oo Y_POSSIBLE_NAMES=latitude -oo AUTODETECT_TYPE=YES)

  [ "$(count "$dir/incidents.geojson")" = "$expected" ] || fail "$dir/incidents.geojson: ogrinfo counts $(count "$dir/incidents.geojson"), expected $expected"
  expect_types "$dir/incidents.geojson" "id: String" "event_date: Date" "time_precision: Integer" "latitude: Real" \
    "longitude: Real" "geo_precision: Integer" "fatalities: Integer" "notes: String" "marker-color: String"
  [ "$(count "$dir/incidents.kml")" = "$expected" ] || fail "$dir/incidents.kml: ogrinfo counts $(count "$dir/incidents.kml"), expected $expected"
  expect_types "$dir/incidents.kml" "id: String" "time_precision: Integer" "latitude: Real" "fatalities: Integer" "notes: String"
  [ "$(count "$dir/incidents.csv" "${csv_opts[@]}")" = "$expected" ] || fail "$dir/incidents.csv: ogrinfo counts $(count "$dir/incidents.csv" "${csv_opts[@]}"), expected $expected"
  expect_types "$dir/incidents.csv" "event_id_cnty: String" "event_date: Date" "year: Integer" "latitude: Real" \
    "longitude: Real" "fatalities: Integer" "notes: String" -- "${csv_opts[@]}"
  ogrinfo -ro -al -so "${csv_opts[@]}" "$dir/incidents.csv" 2>/dev/null | grep -q "^Geometry: Point" \
    || [ "$expected" = 0 ] || fail "$dir/incidents.csv: no point geometry from latitude/longitude"
  echo "ok: ogrinfo opens $dir/incidents.{geojson,kml,csv} with $expected features and typed fields"

  [ "$(count "$dir/provinces.geojson")" = "$provinces" ] || fail "$dir/provinces.geojson: ogrinfo counts $(count "$dir/provinces.geojson"), expected $provinces"
  expect_types "$dir/provinces.geojson" "name: String" "admin1_code: String" "incidents: Integer" "fatalities: Integer" "fill: String"
  rows=$(($(wc -l < "$dir/counts.csv") - 1))
  [ "$rows" = "$provinces" ] || fail "$dir/counts.csv: $rows rows, expected $provinces"
  echo "ok: ogrinfo opens $dir/provinces.geojson with $provinces provinces; counts.csv has $rows rows"

  bash "$(dirname "$0")/browser-check.sh" "$dir"
done

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
  kml_layers=$(ogrinfo -ro -q "$dir/incidents.kml" 2>/dev/null | grep -c '^[0-9]*: ' || true)
  [ "$expected" = 0 ] || [ "$kml_layers" = 1 ] || fail "$dir/incidents.kml: ogrinfo reads $kml_layers layers, expected 1"
  expect_types "$dir/incidents.kml" "id: String" "time_precision: Integer" "latitude: Real" "fatalities: Integer" "notes: String" "province: String"
  [ "$(count "$dir/incidents.csv" "${csv_opts[@]}")" = "$expected" ] || fail "$dir/incidents.csv: ogrinfo counts $(count "$dir/incidents.csv" "${csv_opts[@]}"), expected $expected"
  expect_types "$dir/incidents.csv" "event_id_cnty: String" "event_date: Date" "year: Integer" "latitude: Real" \
    "longitude: Real" "fatalities: Integer" "notes: String" -- "${csv_opts[@]}"
  ogrinfo -ro -al -so "${csv_opts[@]}" "$dir/incidents.csv" 2>/dev/null | grep -q "^Geometry: Point" \
    || [ "$expected" = 0 ] || fail "$dir/incidents.csv: no point geometry from latitude/longitude"
  # With incidents.csvt and incidents.prj beside it, OGR reads the CSV as typed WGS 84 points, with no options.
  csv_info=$(ogrinfo -ro -al -so "$dir/incidents.csv" 2>/dev/null)
  grep -q '^Geometry: Point' <<<"$csv_info" || [ "$expected" = 0 ] || fail "$dir/incidents.csv: ogrinfo reports no Point geometry without options"
  grep -q 'ID\["EPSG",4326\]' <<<"$csv_info" || fail "$dir/incidents.csv: ogrinfo reports no EPSG:4326 (incidents.prj)"
  grep -qx 'iso: Integer' <<<"$(fields "$dir/incidents.csv")" || fail "$dir/incidents.csv: no integer 'iso' column"
  # Every layer converts to GeoPackage and FlatGeobuf with no error and every feature.
  conv=$(mktemp -d)
  for layer in incidents.geojson incidents.kml incidents.csv provinces.geojson; do
    [ "$layer" != provinces.geojson ] || [ "$provinces" != 0 ] || continue
    [ "$layer" = provinces.geojson ] || [ "$expected" != 0 ] || continue
    want=$([ "$layer" = provinces.geojson ] && echo "$provinces" || echo "$expected")
    for driver in GPKG FlatGeobuf; do
      out="$conv/${layer%%.*}-${layer##*.}.$([ $driver = GPKG ] && echo gpkg || echo fgb)"
      err=$(ogr2ogr -f "$driver" "$out" "$dir/$layer" 2>&1) || fail "ogr2ogr -f $driver $dir/$layer: $err"
      [ -z "$err" ] || fail "ogr2ogr -f $driver $dir/$layer printed: $err"
      got=$(count "$out")
      [ "$got" = "$want" ] || fail "ogr2ogr -f $driver $dir/$layer: $got features, expected $want"
    done
  done
  rm -rf "$conv"
  echo "ok: ogrinfo opens $dir/incidents.{geojson,kml,csv} with $expected features and typed fields; the KML is one layer;"
  echo "    the CSV is EPSG:4326 points; every layer converts to GeoPackage and FlatGeobuf"

  [ "$(count "$dir/provinces.geojson")" = "$provinces" ] || fail "$dir/provinces.geojson: ogrinfo counts $(count "$dir/provinces.geojson"), expected $provinces"
  expect_types "$dir/provinces.geojson" "name: String" "admin1_code: String" "incidents: Integer" "fatalities: Integer" "fill: String"
  rows=$(($(wc -l < "$dir/counts.csv") - 1))
  [ "$rows" = "$provinces" ] || fail "$dir/counts.csv: $rows rows, expected $provinces"
  echo "ok: ogrinfo opens $dir/provinces.geojson with $provinces provinces; counts.csv has $rows rows"

  bash "$(dirname "$0")/browser-check.sh" "$dir"
done

#!/usr/bin/env bash
# The acceptance step: extraction of the seed reports scored by ../shared/acceptance/score.py,
# and the layers of `map` checked by .ci/layers-check.sh (KML schema, ogrinfo counts and field
# types, headless Chromium on map.html).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
make build >/dev/null
bin=.build/release/incidentmap
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== acceptance: extract the seed reports"
"$bin" extract "$shared/acceptance/reports.jsonl" \
  --gazetteer "$shared/data/geonames/SY.txt" --gazetteer "$shared/data/geonames/LB.txt" > "$tmp/seeds.jsonl"
set +e
python3 "$shared/acceptance/score.py" "$tmp/seeds.jsonl" --verbose | tee "$tmp/score.txt"
score=${PIPESTATUS[0]}
set -e
# The last line is 'recall R precision P never N'. Enforced: recall >= 0.90, precision >= 0.80
# and no 'never' hit (the thresholds of expected.json), so CI fails below them.
read -r _ recall _ precision _ never < <(tail -n 1 "$tmp/score.txt")
if [ "$score" != 0 ] || [ -z "${never:-}" ]; then
  echo "FAIL: acceptance recall ${recall:-?} precision ${precision:-?} never ${never:-?} (needs recall >= 0.90, precision >= 0.80, never 0)"
  exit 1
fi
echo "ok: acceptance recall $recall precision $precision never $never"

echo "== layers: map the samples and the seeds"
"$bin" map samples --out "$tmp/samples" >/dev/null
"$bin" map "$shared/acceptance/reports.jsonl" --out "$tmp/seeds" \
  --gazetteer "$shared/data/geonames/SY.txt" --gazetteer "$shared/data/geonames/LB.txt" \
  --boundaries "$shared/data/boundaries/syria-governorates.geojson" >/dev/null

features() { python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['features']))" "$1"; }
# The built-in polygons cover the world; the layer holds the countries the incidents fall in.
features_of_countries() {
  python3 -c "import json,sys
countries = {f['properties']['country'] for f in json.load(open(sys.argv[2]))['features']}
print(sum(1 for f in json.load(open(sys.argv[1]))['features'] if f['properties']['country'] in countries))" "$1" "$2"
}
bash .ci/layers-check.sh "$shared/schemas/kml/ogckml22.xsd" \
  "$tmp/samples" "$(features_of_countries gazetteer/provinces.geojson "$tmp/samples/incidents.geojson")" \
  "$tmp/seeds" "$(features "$shared/data/boundaries/syria-governorates.geojson")"
echo "== map.html: a hostile report's markup stays text"
cat > "$tmp/hostile.jsonl" <<'JSONL'
{"id": "hostile-1", "date": "2015-10-06", "title": "<script>window.pwned='title'</script>Strikes", "url": "javascript:window.pwned='url'", "text": "Russian jets struck Talbiseh on Monday <script>window.pwned='notes'</script><img src=x onerror=\"window.pwned='img'\">, killing five civilians, activists said."}
JSONL
"$bin" map "$tmp/hostile.jsonl" --out "$tmp/hostile" >/dev/null
bash .ci/browser-check.sh "$tmp/hostile" --expect-hostile
echo "acceptance: done"

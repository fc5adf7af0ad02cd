#!/usr/bin/env bash
# Loads DIR/map.html in headless Chromium with networking disabled, takes a screenshot
# (DIR/map.png) and checks the drawn page: one province path per feature of
# DIR/provinces.geojson, one incident marker per feature of DIR/incidents.geojson, the
# inline script ran, and the page asked for nothing over the network.
# Usage: .ci/browser-check.sh DIR
set -euo pipefail
dir=$1
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "browser-check: installing Debian's chromium"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  browser=$(command -v chromium)
fi
page="file://$(cd "$dir" && pwd)/map.html"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --user-data-dir="$profile" --no-first-run
       --disable-background-networking --disable-component-update --disable-sync --disable-extensions
       --proxy-server=127.0.0.1:9 --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE localhost"
       --log-net-log="$profile/net.json" --window-size=1300,760 --virtual-time-budget=3000)
timeout 120 "$browser" "${flags[@]}" --dump-dom "$page" > "$dir/map.dom.html" 2> "$profile/dom.err"
timeout 120 "$browser" "${flags[@]/--log-net-log=*/--log-net-log=$profile/net2.json}" --screenshot="$dir/map.png" "$page" \
  > /dev/null 2> "$profile/shot.err"

python3 - "$dir" "$profile/net.json" <<'PY'
import json, re, sys
folder, netlog = sys.argv[1], sys.argv[2]
dom = open(f"{folder}/map.dom.html", encoding="utf-8").read()
provinces = len(json.load(open(f"{folder}/provinces.geojson"))["features"])
incidents = len(json.load(open(f"{folder}/incidents.geojson"))["features"])
paths = len(re.findall(r'<path class="province"', dom))
markers = len(re.findall(r'<circle class="incident"', dom))
shown = re.search(r'<p id="shown">(\d+) of (\d+) incidents shown</p>', dom)
failures = []
if paths != provinces:
    failures.append(f"{paths} province paths drawn, provinces.geojson has {provinces}")
if markers != incidents:
    failures.append(f"{markers} incident markers drawn, incidents.geojson has {incidents}")
if not shown or int(shown.group(2)) != incidents:
    failures.append("the page script did not run (no 'N of N incidents shown')")
# Every request the page started, from Chromium's network log. The browser's own background
# services (update checks, dictionaries) start requests too, with no initiating origin: they
# are not the page's and are left out; anything the page asks for has the page as initiator.
log = json.load(open(netlog, encoding="utf-8", errors="replace"))
start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
starts = [e["params"] for e in log["events"] if e["type"] == start_job and "url" in e.get("params", {})]
requested = sorted({p["url"] for p in starts if p.get("initiator") != "not an origin" and not p["url"].startswith("file:")})
if requested:
    failures.append(f"network requests: {sorted(requested)[:5]}")
if failures:
    print(f"FAIL browser-check {folder}: " + "; ".join(failures))
    sys.exit(1)
print(f"ok: chromium drew {paths} province paths and {markers} incident markers offline ({folder}/map.png)")
PY

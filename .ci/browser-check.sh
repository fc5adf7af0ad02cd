#!/usr/bin/env bash
# Loads DIR/map.html in headless Chromium with networking disabled, takes a screenshot
# (DIR/map.png) and drives the page from a test script (.ci/map-page-check.py): it draws every
# incident, zooming splits a cluster, the type filter and the month slider give the expected
# marker and choropleth counts, report markup stays text, and nothing is fetched.
# Usage: .ci/browser-check.sh DIR [--expect-hostile]
set -euo pipefail
dir=$1
if ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null; then
  echo "browser-check: installing Debian's chromium"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
python3 "$(dirname "$0")/map-page-check.py" check "$dir" --screenshot "$dir/map.png" "${@:2}"

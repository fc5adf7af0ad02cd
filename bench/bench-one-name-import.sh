#!/usr/bin/env bash
# Benchmark of `gazetteer import` on a dump whose places all share one name (issue 19): each
# new place must find in constant time whether it is already listed under that name, so the
# import is linear in the rows, not quadratic.
#
# Generated dumps in GeoNames' 19-column format (rows written by this script, no real data):
#   once:  N rows of one name, each with its own id and coordinates;
#   twice: the same N rows, then all of them again (a re-read place is looked for among the
#          N entries under the name).
# ONE_NAME_ROWS lists the sizes (default "100000 1000000"); BIN picks the binary (default the
# release build); a run longer than ONE_NAME_TIMEOUT seconds (default 600) is stopped and
# reported as such.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="${ONE_NAME_ROWS:-100000 1000000}"
LIMIT="${ONE_NAME_TIMEOUT:-600}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null || sudo apt-get install -y -qq time >/dev/null; }
if [ -z "${BIN:-}" ]; then
  swift build -c release --product incidentmap >/dev/null
  BIN="$PWD/.build/release/incidentmap"
fi

generate() { # rows times path
  python3 - "$@" <<'PY'
import sys
rows, times, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
with open(path, "w") as out:
    for _ in range(times):
        for i in range(rows):
            lat, lon = 12 + (i % 4000) / 1000.0, 43 + (i // 4000) / 1000.0
            out.write(f"{7000000 + i}\tQaryat Samah\tQaryat Samah\tSamah Village\t{lat:.5f}\t{lon:.5f}\tP\tPPL\tYE\t\t01\t\t\t\t{i % 900}\t\t300\tEtc/UTC\t2024-03-05\n")
PY
}

echo "one-name dump import benchmark: $BIN gazetteer import"
for rows in $SIZES; do
  for times in 1 2; do
    mode=$([ "$times" = 1 ] && echo once || echo twice)
    mkdir -p "$WORK/dump"
    generate "$rows" "$times" "$WORK/dump/YE.txt"
    rm -rf "$WORK/cache"
    status=0
    INCIDENTMAP_CACHE="$WORK/cache" timeout "$LIMIT" /usr/bin/time -f "%e %U %M" "$BIN" gazetteer import "$WORK/dump/YE.txt" \
      >"$WORK/out" 2>"$WORK/time" || status=$?
    if [ "$status" = 124 ]; then
      printf '%-5s %8d rows  stopped after %s s\n' "$mode" "$rows" "$LIMIT"
    elif [ "$status" != 0 ]; then
      echo "$mode $rows: failed"; tail -3 "$WORK/time"; exit 1
    else
      read -r wall user rss < <(tail -1 "$WORK/time")
      printf '%-5s %8d rows  %8.1f s wall  %8.1f s user  peak RSS %7.1f MiB  (%s)\n' "$mode" "$rows" "$wall" "$user" \
        "$(echo "$rss / 1024" | bc -l)" "$(sed 's/^[^:]*: //; s/ → .*//' "$WORK/out")"
    fi
    rm -f "$WORK/dump/YE.txt"
  done
done

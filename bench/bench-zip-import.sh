#!/usr/bin/env bash
# Benchmark of `gazetteer import` on a zipped dump (issue 19): the member must stream as it
# inflates, so peak memory follows the places stored, not the member's size.
#
# Two generated dumps in GeoNames' 19-column format (rows written by this script, no real data):
#   same:     one row repeated (one id) to ZIP_IMPORT_MB megabytes (default 1100): one place is
#             stored, so peak memory is the program's own, whatever the member's size;
#   distinct: ZIP_DISTINCT_ROWS rows with distinct ids (default 2,600,000, about 300 MB): memory
#             follows the places, and the zip must cost no more than the plain file.
# Each is imported as YE.txt and as YE.zip (deflated), into a cache folder of its own.
#
# Measured on 2026-12-07 (machine shared, load 10-14 on 2 cores): see the README's performance table.
set -euo pipefail
cd "$(dirname "$0")/.."

MB="${ZIP_IMPORT_MB:-1100}"
DISTINCT="${ZIP_DISTINCT_ROWS:-2600000}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null || sudo apt-get install -y -qq time >/dev/null; }
swift build -c release --product incidentmap >/dev/null
BIN="$PWD/.build/release/incidentmap"

generate() { # mode rows-or-bytes path
  python3 - "$@" <<'PY'
import sys
mode, amount, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def row(i, gid, name):
    lat, lon = 10 + (i % 5000) / 1000.0, 20 + (i % 7000) / 1000.0
    return f"{gid}\t{name}\t{name}\tTestvil,Testville Alt,Tvl\t{lat:.5f}\t{lon:.5f}\tP\tPPL\tYE\t\t01\t\t\t\t1200\t\t300\tEtc/UTC\t2024-03-05\n"
with open(path, "w") as out:
    if mode == "same":
        line = row(0, 5000000, "Testville")
        block = line * 10000
        for _ in range(max(1, amount * 1_000_000 // len(block))):
            out.write(block)
    else:
        for i in range(amount):
            out.write(row(i, 5000000 + i, f"Testville {i % 1000}"))
PY
}

echo "zipped dump import benchmark: incidentmap gazetteer import, plain and zipped"
for mode in same distinct; do
  mkdir -p "$WORK/$mode"
  if [ "$mode" = same ]; then generate same "$MB" "$WORK/$mode/YE.txt"; else generate distinct "$DISTINCT" "$WORK/$mode/YE.txt"; fi
  (cd "$WORK/$mode" && zip -q -1 YE.zip YE.txt)
  member=$(stat -c %s "$WORK/$mode/YE.txt")
  for file in YE.txt YE.zip; do
    rm -rf "$WORK/cache"
    INCIDENTMAP_CACHE="$WORK/cache" /usr/bin/time -f "%e %M" "$BIN" gazetteer import "$WORK/$mode/$file" >"$WORK/out" 2>"$WORK/time" \
      || { echo "$mode $file: failed"; tail -3 "$WORK/time"; exit 1; }
    read -r wall rss < <(tail -1 "$WORK/time")
    printf '%-8s %s  member %7.1f MB  %7.1f s  peak RSS %7.1f MiB  (%s)\n' "$mode" "$file" "$(echo "$member / 1000000" | bc -l)" "$wall" "$(echo "$rss / 1024" | bc -l)" "$(sed 's/^[^:]*: //; s/ → .*//' "$WORK/out")"
  done
  rm -f "$WORK/$mode/YE.txt" "$WORK/$mode/YE.zip"
done

#!/usr/bin/env bash
# Benchmark of one report on a single line (issue 19): `extract` time and peak memory for
# growing sizes, to show that reading a line in windows stays linear in its length.
#
# The report is the bundled samples' text joined onto one line and repeated to each size.
# The targets: 50 MB in under a minute, peak resident memory under 500 MB.
# SINGLE_LINE_MB sets the sizes (default "5 10 25 50").
#
# Measured on 2026-12-07 on the shared 2-core machine, `extract` of the 50 MB line (one report,
# 31 merged incidents), outputs identical; "before" is a release build of 510e62e, "after" this change:
#   before: 70.8 s wall, 22.5 s user, 513 MiB peak (load 7-9); 179.4 s wall, 24.2 s user at load 11-12.
#           The dateline search split the whole first line into words, the front-matter check
#           copied it through NSString, a window's scan read Unicode's property table for every
#           scalar, and each retelling of an event checked its sources against all those the
#           event already held: quadratic in the retellings.
#   after:  8.2-8.9 s wall, 7.5-8.2 s user, 359-363 MiB peak over four runs (load 4-5); 22.2 s wall,
#           8.5 s user at load 11. Targets (under a minute and 500 MB): met. The first run after a
#           build also rewrites the built-in gazetteer's snapshot, which adds about 145 MiB (503-517 MiB).
# 5 MB: 1.97 -> 1.15 s user, 319 MiB peak both (a one-sentence report takes 312 MiB: the built-in gazetteer).
# Earlier (stop 12, load about 4): 4 MB 6.1 s, 20 MB 14.8 s, 50 MB 97.8 s and 542 MB; before windowed
# resolution, 4 MB 14.4 s and 10 MB 348 s (quadratic, in the resolver's closeness search over every
# mention of the whole report).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="${SINGLE_LINE_MB:-5 10 25 50}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null || sudo apt-get install -y -qq time >/dev/null; }
swift build -c release --product incidentmap >/dev/null
BIN=.build/release/incidentmap

echo "single-line report benchmark: incidentmap extract, one report per size"
for mb in $SIZES; do
  python3 - "$mb" "$WORK/line-$mb.txt" <<'PY'
import glob, sys
mb, path = int(sys.argv[1]), sys.argv[2]
# The samples without their front matter, as one line.
parts = []
for name in sorted(glob.glob("samples/*.txt")):
    text = open(name, encoding="utf-8").read()
    if text.startswith("---"):
        text = text.split("\n---", 1)[1].split("\n", 1)[1]
    parts.append(" ".join(text.split()))
unit = " ".join(parts) + " "
size = mb * 1_000_000
with open(path, "w", encoding="utf-8") as out:
    written = 0
    while written < size:
        out.write(unit)
        written += len(unit.encode())
PY
  bytes=$(stat -c %s "$WORK/line-$mb.txt")
  /usr/bin/time -f "%e %M" "$BIN" extract "$WORK/line-$mb.txt" >"$WORK/out" 2>"$WORK/time" || { echo "$mb MB: failed"; tail -3 "$WORK/time"; exit 1; }
  read -r wall rss < <(tail -1 "$WORK/time")
  python3 - "$bytes" "$wall" "$rss" "$(wc -l <"$WORK/out")" <<'PY'
import sys
size, wall, rss, incidents = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
print(f"{size / 1e6:7.1f} MB in {wall:7.2f} s = {size / 1e6 / max(wall, 1e-9):6.2f} MB/s, peak RSS {rss / 1024:7.1f} MiB, {incidents} incidents")
PY
done

#!/usr/bin/env bash
# The dev-score guards: score the release binary on the development halves of real reports in
# ../shared/dev (ACLED notes, FA-KES articles, Airwars place strings, the LGL toponym corpus) and
# fail when a figure falls below its floor in .ci/dev-floors.json, so that accuracy once reached
# does not slip back. The floors sit just under the figures last measured (see README.md).
# Usage: bash .ci/dev-scores.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
dev=../shared/dev
bin=${1:-.build/release/incidentmap}
[ -d "$dev" ] || { echo "dev-scores: $dev not found, skipped"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== dev scores: ACLED notes, FA-KES articles, Airwars strings (built-in gazetteer)"
python3 "$dev/score.py" "$bin" --only acled-yemen,fakes,airwars-syria --json "$tmp/figures.json"
echo "== dev scores: LGL toponyms"
python3 "$dev/toponyms.py" "$bin" "$dev/lgl-dev.jsonl" | tee "$tmp/lgl.txt"

python3 - "$tmp/figures.json" "$tmp/lgl.txt" .ci/dev-floors.json <<'PY'
import json, re, sys
figures = json.load(open(sys.argv[1]))
line = open(sys.argv[2]).read()
figures["lgl"] = {"recall": float(re.search(r"recall ([0-9.]+)", line).group(1)),
                  "acc161_all": float(re.search(r"acc@161 of all ([0-9.]+)", line).group(1))}
floors = json.load(open(sys.argv[3]))
failures = []
for corpus, wanted in floors.items():
    if corpus.startswith("_"):
        continue
    for name, floor in wanted.items():
        value = figures.get(corpus, {}).get(name)
        # extra_per_note is a ceiling, every other figure a floor.
        bad = value is None or (value > floor if name == "extra_per_note" else value < floor)
        print(f"{'FAIL' if bad else 'ok'}: {corpus} {name} {value if value is None else round(value, 3)} ({'<=' if name == 'extra_per_note' else '>='} {floor})")
        if bad:
            failures.append(f"{corpus} {name}")
if failures:
    print("FAIL: dev scores fell below their floors: " + ", ".join(failures))
    sys.exit(1)
print("ok: dev scores at or above their floors")
PY

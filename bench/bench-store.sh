#!/usr/bin/env bash
# The incident store: ingest throughput (reports/s) for 100,000 generated reports, radius and
# polygon query latency at about 200,000 and at 1,000,000 stored incidents, bytes per incident,
# and ingest throughput again into the full store, for SQLite and (when a server can be started)
# PostGIS. The fill from 200,000 to 1,000,000 incidents skips the merge lookup; every ingest
# figure goes through the real ingest path. The peer is the same store written directly with
# Python's sqlite3 and shapely, on the same generated reports, filled and queried the same way.
#
#   bash bench/bench-store.sh [REPORTS] [INCIDENTS]     (defaults 100000 and 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."

REPORTS=${1:-100000}
INCIDENTS=${2:-1000000}
WORK=$(mktemp -d /tmp/bench-store.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null 2>&1 || sudo apt-get install -y -qq time >/dev/null; }
python3 -c "import shapely" 2>/dev/null || python3 -m pip install -q shapely

swift build -c release --package-path Benchmarks --product bench-store 2>&1 | grep -E "error|warning: unre" || true
BIN=Benchmarks/.build/release/bench-store

peak() { grep "Maximum resident set size" "$1" | awk '{printf "  peak memory: %.0f MB\n", $6 / 1024}'; }

echo "workload: $REPORTS reports (1-3 incidents each), then filled up to $INCIDENTS incidents; seed 42"
/usr/bin/time -v "$BIN" --reports "$REPORTS" --incidents "$INCIDENTS" --sqlite "$WORK/store.sqlite" \
  --export "$WORK/workload.jsonl" 2>"$WORK/time-sqlite.txt" || { cat "$WORK/time-sqlite.txt"; exit 1; }
peak "$WORK/time-sqlite.txt"

# PostGIS: on the server named by INCIDENTMAP_BENCH_POSTGRES, or on a throwaway one started as CI does.
postgis() {
  /usr/bin/time -v "$BIN" --reports "$REPORTS" --incidents "$INCIDENTS" --postgis "$1" 2>"$WORK/time-pg.txt" \
    || { cat "$WORK/time-pg.txt"; return 1; }
  peak "$WORK/time-pg.txt"
}
if [ -n "${INCIDENTMAP_BENCH_POSTGRES:-}" ]; then
  postgis "$INCIDENTMAP_BENCH_POSTGRES"
else
  export -f postgis peak; export BIN REPORTS INCIDENTS WORK
  INCIDENTMAP_PG_PORT=55442 bash .ci/with-postgres.sh bash -c \
    'if [ -n "${INCIDENTMAP_TEST_POSTGRES:-}" ]; then postgis "$INCIDENTMAP_TEST_POSTGRES?sslmode=disable"; else echo "== PostGIS: skipped, no server could be started"; fi'
fi

/usr/bin/time -v python3 bench/store_peer.py "$WORK/workload.jsonl" "$WORK/peer.sqlite" "$INCIDENTS" 2>"$WORK/time-peer.txt" \
  || { cat "$WORK/time-peer.txt"; exit 1; }
peak "$WORK/time-peer.txt"

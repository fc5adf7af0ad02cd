#!/usr/bin/env bash
# Runs every benchmark script in bench/ in turn.
set -euo pipefail
cd "$(dirname "$0")/.."
for script in bench/bench-*.sh; do
  [ -e "$script" ] || { echo "no benchmarks yet"; exit 0; }
  echo "== $script"
  bash "$script"
done

#!/usr/bin/env bash
# Why CSV goes through our own RFC 4180 scanner rather than libcsv: both split the same seeded
# ACLED-style CSV into fields on one core (no strings made), timed inside the process.
#   ROWS (default 1000000) sizes the file.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${ROWS:-1000000}
dpkg-query -W -f='${Status}' libcsv-dev 2>/dev/null | grep -q "install ok installed" \
  || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcsv-dev >/dev/null; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/gen-incidents.py "$rows" "$work/acled" 2015
cc -O2 -o "$work/libcsv_fields" bench/csv-scanners/libcsv_fields.c -lcsv
swiftc -O -o "$work/scanner_fields" bench/csv-scanners/main.swift Sources/IncidentFiles/CSVScanner.swift
echo "workload: $rows rows, $(du -m "$work/acled.csv" | cut -f1) MB of CSV, read into memory first by both"
for run in 1 2 3; do "$work/libcsv_fields" "$work/acled.csv"; "$work/scanner_fields" "$work/acled.csv"; done

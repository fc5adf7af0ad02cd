// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "incidentmap",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "incidentmap", targets: ["incidentmap"]),
        // The stages as libraries, for the benchmark drivers in Benchmarks/ (a package of their own).
        .library(name: "GeoModel", targets: ["GeoModel"]),
        .library(name: "GeoEngine", targets: ["GeoEngine"]),
        .library(name: "GazetteerKit", targets: ["GazetteerKit"]),
        .library(name: "Geocoding", targets: ["Geocoding"]),
        .library(name: "Analysis", targets: ["Analysis"]),
        .library(name: "Layers", targets: ["Layers"]),
        .library(name: "IncidentStore", targets: ["IncidentStore"]),
        // The seeded generator and CLI runner of the tests, also the benchmark drivers' generator.
        .library(name: "TestSupport", targets: ["TestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.3"),
        // TLS for postgres:// (sslmode); already a dependency of postgres-nio.
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
    ],
    targets: [
        // C libraries, each imported by GeoEngine only.
        .systemLibrary(name: "CGEOS", pkgConfig: "geos", providers: [.apt(["libgeos-dev"])]),
        .systemLibrary(name: "CPROJ", pkgConfig: "proj", providers: [.apt(["libproj-dev"])]),
        // libxml2, imported by IncidentFiles only: KML is parsed by it directly, since Foundation's
        // XMLParser traps on some inputs (a name that is not UTF-8, a processing instruction without data).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // A thin C shim over simdjson (Debian's libsimdjson-dev), imported by IncidentFiles only:
        // one incident record's fields out of a JSON object, parsed by simdjson's DOM API.
        .target(
            name: "CIncidentJSON",
            cxxSettings: [.define("SIMDJSON_THREADS_ENABLED", to: "1"), .unsafeFlags(["-O2"])],
            linkerSettings: [.linkedLibrary("simdjson")]
        ),

        // Plain values shared by every stage.
        .target(name: "GeoModel"),
        // The only module that talks to GEOS and PROJ.
        .target(name: "GeoEngine", dependencies: ["GeoModel", "CGEOS", "CPROJ"]),
        // The built-in gazetteer files, shipped as resources of this module.
        .target(
            name: "BuiltinData",
            path: "gazetteer",
            exclude: ["build.py", "districts.py", "district_polygons.py", "common_words.py", "countries.py", "README.md", "requirements.txt"],
            sources: ["BuiltinData.swift"],
            resources: [
                .copy("places.tsv"),
                .copy("districts.tsv"),
                .copy("admin1.tsv"),
                .copy("provinces.geojson"),
                .copy("districts.geojson"),
                .copy("countries.geojson"),
                .copy("features.tsv"),
                .copy("demonyms.tsv"),
                .copy("common-words.txt"),
            ]
        ),
        // GeoNames loading, name normalisation, matching and recognition.
        .target(
            name: "GazetteerKit",
            dependencies: ["GeoModel", "BuiltinData", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Choosing a place among candidates.
        .target(name: "Geocoding", dependencies: ["GeoModel", "GazetteerKit"]),
        // Text to event candidates.
        .target(
            name: "Extraction",
            dependencies: ["GeoModel", "GazetteerKit"],
            resources: [.copy("Resources/actors.tsv")]
        ),
        // The incident file readers (JSON Lines, GeoJSON, ACLED-style CSV) and the region file
        // readers (GeoJSON, KML), streaming and parallel where it pays.
        .target(name: "IncidentFiles", dependencies: ["GeoModel", "CLibXML2", "CIncidentJSON"]),
        // Filters, spatial queries, counts and the merging of incidents that describe one event.
        .target(name: "Analysis", dependencies: ["GeoModel", "GeoEngine", "IncidentFiles"]),
        // Writers: GeoJSON, KML, CSV, HTML.
        .target(name: "Layers", dependencies: ["GeoModel", "GeoEngine", "Analysis"]),
        // Wires the stages: reports in, incidents out.
        .target(
            name: "Pipeline",
            dependencies: ["GeoModel", "BuiltinData", "GazetteerKit", "Geocoding", "Extraction", "Analysis", "IncidentFiles"]
        ),
        // The incident store: an embedded SQLite database or a shared PostGIS one, behind one protocol.
        // It merges with Analysis's merger and is handed the extraction, so it imports no pipeline.
        .target(
            name: "IncidentStore",
            dependencies: [
                "GeoModel", "Analysis",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .executableTarget(
            name: "incidentmap",
            dependencies: [
                "Pipeline", "GeoModel", "GazetteerKit", "Geocoding", "Extraction", "Analysis", "IncidentFiles", "Layers", "BuiltinData",
                "IncidentStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // libFuzzer target over every reader of outside input (`make fuzz`); built plainly, it
        // replays a corpus through the readers.
        .executableTarget(
            name: "fuzz-readers", dependencies: ["Analysis", "IncidentFiles", "Extraction", "GazetteerKit"], path: "Fuzz/fuzz-readers"
        ),

        // Helpers shared by the test targets: a seeded generator and the CLI runner.
        .target(name: "TestSupport"),

        .testTarget(name: "GeoModelTests", dependencies: ["GeoModel", "TestSupport"]),
        .testTarget(name: "GeoEngineTests", dependencies: ["GeoEngine", "GeoModel", "TestSupport"]),
        .testTarget(
            name: "GazetteerKitTests",
            dependencies: ["GazetteerKit", "GeoModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "GeocodingTests", dependencies: ["Geocoding", "GazetteerKit", "GeoModel", "TestSupport"], resources: [.copy("Fixtures")]
        ),
        // Fixtures are read from the source tree at run time (see ExtractionCase.swift).
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "GazetteerKit", "GeoModel"], exclude: ["Fixtures"]),
        .testTarget(name: "IncidentFilesTests", dependencies: ["IncidentFiles", "Analysis", "GeoModel", "Layers", "TestSupport"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "IncidentFiles", "GeoModel", "GeoEngine", "Layers", "TestSupport"]),
        .testTarget(name: "LayersTests", dependencies: ["Layers", "GeoModel", "Analysis", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "GeoModel", "GazetteerKit", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"]),
        .testTarget(name: "PlacesEvalTests", dependencies: ["Pipeline", "GeoModel", "GeoEngine", "GazetteerKit"]),
        .testTarget(
            name: "IncidentStoreTests",
            dependencies: [
                "IncidentStore", "Pipeline", "Extraction", "Analysis", "GeoEngine", "GeoModel", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)

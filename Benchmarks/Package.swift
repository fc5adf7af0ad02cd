// swift-tools-version: 6.1
// The benchmark drivers, kept out of the product's package (as swift-collections keeps its
// Benchmarks/), so that building incidentmap builds only the tool and its tests. They use the
// product's modules through its library products; bench/*.sh build and run them.
import PackageDescription

let package = Package(
    name: "incidentmap-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "incidentmap", path: ".."),
    ],
    targets: [
        // Analysis and GeoEngine against shapely and pyproj (bench/bench-analysis.sh).
        .executableTarget(name: "bench-analysis", dependencies: [
            .product(name: "TestSupport", package: "incidentmap"),
            .product(name: "Analysis", package: "incidentmap"),
            .product(name: "GeoEngine", package: "incidentmap"),
            .product(name: "GeoModel", package: "incidentmap"),
        ]),
        // Name recognition and gazetteer loading (bench/bench-gazetteer.sh).
        .executableTarget(name: "bench-gazetteer", dependencies: [
            .product(name: "TestSupport", package: "incidentmap"),
            .product(name: "GazetteerKit", package: "incidentmap"),
            .product(name: "Geocoding", package: "incidentmap"),
        ]),
        // The layer writers (bench/bench-layers.sh).
        .executableTarget(name: "bench-layers", dependencies: [
            .product(name: "TestSupport", package: "incidentmap"),
            .product(name: "Layers", package: "incidentmap"),
            .product(name: "GeoModel", package: "incidentmap"),
        ]),
        // The incident store's ingest and queries (bench/bench-store.sh).
        .executableTarget(name: "bench-store", dependencies: [
            .product(name: "TestSupport", package: "incidentmap"),
            .product(name: "IncidentStore", package: "incidentmap"),
            .product(name: "Analysis", package: "incidentmap"),
            .product(name: "GeoEngine", package: "incidentmap"),
            .product(name: "GeoModel", package: "incidentmap"),
        ]),
    ]
)

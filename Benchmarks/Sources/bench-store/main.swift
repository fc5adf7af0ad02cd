import Analysis
import TestSupport
import Foundation
import GeoEngine
import GeoModel
@_spi(Benchmarking) import IncidentStore

// bench-store: ingest throughput, query latency and size per incident of the incident store.
//
//   bench-store --sqlite PATH [--postgis URL] [--reports N] [--incidents M] [--reports-at-full K]
//               [--export FILE] [--query-only]
//
// For each backend: ingest N generated reports (1 to 3 incidents each) in batches of 1,000,
// run radius and polygon queries, fill the store up to M incidents without the merge lookup,
// query again, measure the size, then ingest K more reports through the real path.
// --export writes the first N reports and their incidents as JSON Lines for the peer script.

struct Options {
    var sqlite: String?
    var postgis: String?
    var reports = 100_000
    var incidents = 1_000_000
    /// Reports ingested again once the store holds `incidents`.
    var reportsAtFull = 10_000
    var export: String?
    /// Only measure queries and size on a store that is already filled.
    var queryOnly = false

    init(_ arguments: [String]) throws {
        var iterator = arguments.dropFirst().makeIterator()
        while let flag = iterator.next() {
            if flag == "--query-only" { queryOnly = true; continue }
            guard let value = iterator.next() else { throw BenchError("\(flag) needs a value") }
            switch flag {
            case "--sqlite": sqlite = value
            case "--postgis": postgis = value
            case "--reports": reports = try count(value, flag)
            case "--incidents": incidents = try count(value, flag)
            case "--reports-at-full": reportsAtFull = try count(value, flag)
            case "--export": export = value
            default: throw BenchError("unknown option \(flag)")
            }
        }
    }
}

func count(_ text: String, _ flag: String) throws -> Int {
    guard let value = Int(text), value > 0 else { throw BenchError("\(flag) needs a positive whole number, not '\(text)'") }
    return value
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

func seconds(since start: ContinuousClock.Instant) -> Double {
    let duration = ContinuousClock.now - start
    return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

/// Radius (25 km) and polygon (a quadrilateral about 60 km across) queries, with the exact
/// filtering the `query` command applies; prints median and 95th-percentile latency.
func measureQueries(_ store: any IncidentRepository, label: String) async throws {
    var random = SeededGenerator(seed: 2024)
    var radius: [Double] = [], polygon: [Double] = [], radiusHits = 0, polygonHits = 0
    for _ in 0..<100 {
        var filter = IncidentFilter()
        filter.near = try Coordinate(latitude: .random(in: 32.6...37.0, using: &random), longitude: .random(in: 36...42, using: &random))
        filter.radiusKm = 25
        let start = ContinuousClock.now
        let found = try await store.incidents(matching: StoreQuery(circle: .init(center: filter.near!, radiusKm: 25)))
        radiusHits += found.filter(filter.accepts).count
        radius.append(seconds(since: start) * 1000)
    }
    for _ in 0..<50 {
        let lat = Double.random(in: 32.8...36.8, using: &random), lon = Double.random(in: 36.2...41.8, using: &random)
        let area = try Polygon(exterior: [Coordinate(latitude: lat - 0.3, longitude: lon - 0.25), Coordinate(latitude: lat - 0.2, longitude: lon + 0.35),
                                          Coordinate(latitude: lat + 0.3, longitude: lon + 0.3), Coordinate(latitude: lat + 0.25, longitude: lon - 0.3)])
        let regions = [Region(name: "area", code: nil, country: "SY", geometry: .polygon(area))]
        let start = ContinuousClock.now
        let index = try PolygonIndex(regions: regions)
        let found = try await store.incidents(matching: StoreQuery(within: regions))
        polygonHits += try found.filter { try index.regionIndex(containing: $0.coordinate) != nil }.count
        polygon.append(seconds(since: start) * 1000)
    }
    print(String(format: "  %@ radius 25 km: median %.2f ms, p95 %.2f ms, %.0f incidents/query", label,
                 percentile(radius, 0.5), percentile(radius, 0.95), Double(radiusHits) / 100))
    print(String(format: "  %@ polygon ~60 km: median %.2f ms, p95 %.2f ms, %.0f incidents/query", label,
                 percentile(polygon, 0.5), percentile(polygon, 0.95), Double(polygonHits) / 50))
}

/// Ingests `reports` generated reports through `IncidentRepository.ingest` (merge lookup and all),
/// 1,000 per transaction, and prints the throughput.
func timeIngest(_ store: any IncidentRepository, _ workload: inout Workload, reports: Int, label: String) async throws {
    var summary = IngestSummary()
    let start = ContinuousClock.now
    for first in stride(from: 0, to: reports, by: 1000) {
        summary.add(try await store.ingest(workload.batch(reports: min(1000, reports - first))))
    }
    let elapsed = seconds(since: start)
    print(String(format: "  ingest %@: %d reports in %.1f s = %.0f reports/s (%d incidents added, %d merged)",
                 label, reports, elapsed, Double(reports) / elapsed, summary.incidentsAdded, summary.incidentsMerged))
}

func run(_ name: String, _ store: any BenchmarkFilling, options: Options, bytes: () async throws -> Int) async throws {
    print("== \(name)")
    if options.queryOnly {
        let statistics = try await store.statistics()
        try await measureQueries(store, label: "\(statistics.incidents) incidents,")
        print(String(format: "  size: %.0f bytes per incident", Double(try await bytes()) / Double(statistics.incidents)))
        return try await store.close()
    }
    var workload = try Workload(seed: 42)
    try await timeIngest(store, &workload, reports: options.reports, label: "into an empty store")
    let afterIngest = try await store.statistics()
    try await measureQueries(store, label: "\(afterIngest.incidents) incidents,")

    // The fill to a million incidents skips the merge lookup (the generated incidents are new
    // anyway); the real ingest path is timed again once the store is full.
    let fill = ContinuousClock.now
    var statistics = afterIngest
    while statistics.incidents < options.incidents {
        let missing = options.incidents - statistics.incidents
        let (reports, each) = missing >= 10 ? (min(1000, missing / 10), 10) : (1, missing)
        try await store.fillWithoutMerging(workload.batch(reports: reports, incidentsPerReport: each))
        statistics.incidents += reports * each
    }
    try await store.refreshStatistics()
    statistics = try await store.statistics()
    print(String(format: "  bulk fill to %d incidents (no merge lookup): %.1f s", statistics.incidents, seconds(since: fill)))
    try await measureQueries(store, label: "\(statistics.incidents) incidents,")
    let size = try await bytes()
    print(String(format: "  size: %.1f MB, %.0f bytes per incident (reports and sources included)",
                 Double(size) / 1e6, Double(size) / Double(statistics.incidents)))
    try await timeIngest(store, &workload, reports: options.reportsAtFull, label: "into the full store")
    try await store.close()
}

func export(_ path: String, reports: Int) throws {
    struct Line: Encodable { var key: String; var report_id: String; var published: String?; var title: String?; var text: String; var incidents: [Incident] }
    var workload = try Workload(seed: 42)
    let encoder = JSONEncoder()
    guard FileManager.default.createFile(atPath: path, contents: nil) else { throw BenchError("cannot write \(path)") }
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    for first in stride(from: 0, to: reports, by: 1000) {
        let batch = workload.batch(reports: min(1000, reports - first))
        let byReport = Dictionary(grouping: batch.incidents) { $0.sources[0].docID }
        var data = Data()
        for keyed in batch.reports {
            data.append(try encoder.encode(Line(key: keyed.key.hex, report_id: keyed.report.id, published: keyed.report.date?.description,
                                                title: keyed.report.title, text: keyed.report.text, incidents: byReport[keyed.report.id] ?? [])))
            data.append(UInt8(ascii: "\n"))
        }
        handle.write(data)
    }
    try handle.close()
}

do {
    let options = try Options(CommandLine.arguments)
    if let path = options.export { try export(path, reports: options.reports) }
    if let path = options.sqlite {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try SQLiteIncidentRepository(path: path)
        try await run("SQLite (\(path))", store, options: options) { try await store.storageBytes() }
    }
    if let url = options.postgis {
        let store = try await PostGISIncidentRepository(url: url)
        try await run("PostGIS (\(store.location))", store, options: options) { try await store.storageBytes() }
    }
} catch {
    FileHandle.standardError.write(Data("bench-store: \(error)\n".utf8))
    exit(1)
}

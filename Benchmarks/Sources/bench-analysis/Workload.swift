import Analysis
import TestSupport
import Foundation
import GeoEngine
import GeoModel

/// The generated, seeded workload shared with the Python peers.
enum Workload {
    /// Syria's bounding box, where the points fall.
    static let west = 35.6, south = 32.3, east = 42.4, north = 37.4

    /// Writes `points.f64` (longitude, latitude pairs as little-endian doubles) and
    /// `incidents.jsonl` (incident records with provinces from the polygons).
    static func generate(in folder: URL, options: Options) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var rng = SeededGenerator(seed: UInt64(options.int("seed", default: 2015)))
        let pointCount = options.int("points", default: 1_000_000)
        var values = [Double]()
        values.reserveCapacity(pointCount * 2)
        for _ in 0..<pointCount {
            values.append(Double.random(in: west...east, using: &rng))
            values.append(Double.random(in: south...north, using: &rng))
        }
        try values.withUnsafeBytes { try Data($0).write(to: folder.appendingPathComponent("points.f64")) }

        let incidentCount = options.int("incidents", default: 1_000_000)
        guard incidentCount > 0, let boundaries = options["boundaries"] else { return }
        let provinces = try RegionReader.regions(from: URL(fileURLWithPath: boundaries))
        let grid = try RegionGrid(regions: provinces)
        let coordinates = (0..<incidentCount).map { i in
            Coordinate(uncheckedLatitude: values[(2 * i + 1) % values.count], longitude: values[(2 * i) % values.count])
        }
        let found = try grid.regionIndices(of: coordinates)
        let actors = ["Military Forces of Syria (2000-)", "Military Forces of Russia (2000-)", "Jaish al-Islam", "Islamic State (Syria)",
                      "Hayat Tahrir al-Sham", "Syrian Democratic Forces", nil]
        let types: [SubEventType] = [.airDroneStrike, .shellingArtilleryMissileAttack, .armedClash, .attack, .remoteExplosiveLandmineIED]
        let firstDay = try Day(parsing: "2015-09-30")
        let encoder = JSONEncoder()
        let url = folder.appendingPathComponent("incidents.jsonl")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteNoPermission) }
        let handle = try FileHandle(forWritingTo: url)
        var buffer = Data()
        for (i, coordinate) in coordinates.enumerated() {
            let region = found[i].map { provinces[$0] }
            let day = firstDay.adding(days: Int.random(in: 0..<1_500, using: &rng))
            let incident = Incident(
                id: String(format: "SY-%012x", i), eventDate: day, timePrecision: .day,
                subEventType: types[Int.random(in: 0..<types.count, using: &rng)],
                actor1: actors[Int.random(in: 0..<actors.count, using: &rng)], actor2: nil, location: "Place \(i % 5_000)",
                mention: "Place \(i % 5_000)", placeID: "geonames:\(100_000 + i % 5_000)", coordinate: coordinate.rounded(toDecimals: 6),
                geoPrecision: .town, admin1: region?.name, admin1Code: region?.code, country: "SY",
                fatalities: Int.random(in: 0..<4, using: &rng) == 0 ? nil : Int.random(in: 0..<12, using: &rng), certainty: .reported,
                notes: "Generated incident \(i) for the benchmark.",
                sources: [IncidentSource(docID: "bench-\(i / 10)", title: nil, url: nil, published: day, start: 0, end: 40)])
            buffer.append(try encoder.encode(incident))
            buffer.append(0x0A)
            if buffer.count > 1 << 22 { handle.write(buffer); buffer.removeAll(keepingCapacity: true) }
        }
        handle.write(buffer)
        try handle.close()
    }

    /// The points written by `generate`.
    static func points(in folder: URL) throws -> [Coordinate] {
        let data = try Data(contentsOf: folder.appendingPathComponent("points.f64"))
        return data.withUnsafeBytes { raw in
            let values = raw.bindMemory(to: Double.self)
            return (0..<values.count / 2).map { Coordinate(uncheckedLatitude: values[2 * $0 + 1], longitude: values[2 * $0]) }
        }
    }
}

import Analysis
import Foundation
import GeoEngine
import GeoModel
import IncidentStore
import Testing

/// `query --within`: a town exactly on the area's edge or at a corner is inside, from files, from
/// SQLite and from PostGIS alike (GEOS's covers for files, `ST_Covers` on the server).
@Suite struct WithinEdgeTests {
    /// A quadrilateral with edges along a parallel, along a meridian and on a diagonal
    /// (from 36°N 38°E to 34°N 36°E), all with coordinates a double holds exactly.
    static let area = try! Polygon(exterior: [
        Coordinate(latitude: 34, longitude: 36), Coordinate(latitude: 34, longitude: 40),
        Coordinate(latitude: 36, longitude: 40), Coordinate(latitude: 36, longitude: 38),
    ])

    /// Named points and whether the area covers them.
    static let points: [(name: String, latitude: Double, longitude: Double, inside: Bool)] = [
        ("interior", 35, 38.5, true),
        ("south-edge", 34, 38, true),
        ("east-edge", 35, 40, true),
        ("north-edge", 36, 39, true),
        ("diagonal-edge", 35, 37, true),
        ("corner", 36, 40, true),
        ("corner-sw", 34, 36, true),
        ("just-south", 33.99999, 38, false),
        ("just-west-of-diagonal", 35, 36.99999, false),
        ("outside", 36.5, 39, false),
    ]

    /// One report per point, each with one incident on it, all on the same day.
    static func batch() throws -> IngestBatch {
        let day = try Day(year: 2017, month: 3, day: 1)
        var reports: [KeyedReport] = [], incidents: [Incident] = []
        for point in points {
            let report = Report(id: point.name, date: day, title: point.name, url: nil, source: nil,
                                text: "Report on \(point.name).", origin: point.name)
            reports.append(KeyedReport(report))
            incidents.append(Incident(
                id: "SY-\(point.name)", eventDate: day, timePrecision: .day, subEventType: .shellingArtilleryMissileAttack,
                actor1: nil, actor2: nil, location: point.name, mention: point.name, placeID: "test:\(point.name)",
                coordinate: try Coordinate(latitude: point.latitude, longitude: point.longitude), geoPrecision: .town,
                admin1: "Homs", admin1Code: "SY.11", country: "SY", fatalities: 1, certainty: .reported,
                notes: "Shelling at \(point.name).",
                sources: [IncidentSource(docID: point.name, title: point.name, url: nil, published: day, start: 0, end: 5)]))
        }
        return IngestBatch(reports: reports, incidents: incidents)
    }

    static var insideIDs: Set<String> { Set(points.filter(\.inside).map { "SY-\($0.name)" }) }

    @Test func filesCountEdgesAndCornersAsInside() throws {
        let index = try PolygonIndex(regions: [Region(name: "area", code: nil, country: "SY", geometry: .polygon(Self.area))])
        let kept = try Self.batch().incidents.filter { try index.regionIndex(containing: $0.coordinate) != nil }
        #expect(Set(kept.map(\.id)) == Self.insideIDs)
    }

    @Test(arguments: StoreBackend.allCases)
    func theStoreReturnsEdgePointsToo(_ backend: StoreBackend) async throws {
        guard let store = try await TestStores.empty(backend) else { return }
        let batch = try Self.batch()
        let summary = try await store.ingest(batch)
        #expect(summary.incidentsAdded == Self.points.count)
        let regions = [Region(name: "area", code: nil, country: "SY", geometry: .polygon(Self.area))]
        let found = try await store.incidents(matching: StoreQuery(within: regions))
        // The store's own answer (before the exact cut) already holds every covered point.
        #expect(Self.insideIDs.isSubset(of: Set(found.map(\.id))), "\(backend) returned \(found.map(\.id))")
        let index = try PolygonIndex(regions: regions)
        let kept = try found.filter { try index.regionIndex(containing: $0.coordinate) != nil }
        #expect(Set(kept.map(\.id)) == Self.insideIDs)
        try await store.close()
    }

    @Test func queryWithinGivesTheSameFromFilesSQLiteAndPostGIS() async throws {
        let folder = try TestStores.temporaryFolder()
        let batch = try Self.batch()
        let file = folder.appendingPathComponent("incidents.jsonl")
        // In the order the tool writes incidents (by date, then id), which is the store's order too.
        let lines = try batch.incidents.sorted { $0.id < $1.id }.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let areaFile = folder.appendingPathComponent("area.geojson")
        let ring = Self.area.exterior + [Self.area.exterior[0]]
        let coordinates = ring.map { "[\($0.longitude), \($0.latitude)]" }.joined(separator: ", ")
        try #"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "area"}, "geometry": {"type": "Polygon", "coordinates": [[\#(coordinates)]]}}]}"#
            .write(to: areaFile, atomically: true, encoding: .utf8)
        let query = ["query", "--within", areaFile.path]

        let files = try StoreCLI.run(query + [file.path])
        #expect(files.status == 0, "\(files.stderr)")
        let fileIDs = try Self.ids(files.stdout)
        #expect(Set(fileIDs) == Self.insideIDs)

        let path = folder.appendingPathComponent("store.sqlite").path
        let sqlite = try SQLiteIncidentRepository(path: path)
        _ = try await sqlite.ingest(batch)
        try await sqlite.close()
        let fromSQLite = try StoreCLI.run(query + ["--db", path])
        #expect(fromSQLite.status == 0, "\(fromSQLite.stderr)")
        #expect(fromSQLite.stdout == files.stdout)

        guard let url = try await TestStores.freshPostgresDatabase() else {
            print("skipped (query --within from PostGIS): \(TestStores.postgresUnavailableReason)")
            return
        }
        let postgis = try await PostGISIncidentRepository(url: url)
        _ = try await postgis.ingest(batch)
        try await postgis.close()
        let fromPostGIS = try StoreCLI.run(query + ["--db", url])
        #expect(fromPostGIS.status == 0, "\(fromPostGIS.stderr)")
        #expect(fromPostGIS.stdout == files.stdout)
    }

    static func ids(_ jsonl: String) throws -> [String] {
        try jsonl.split(whereSeparator: \.isNewline).map { try JSONDecoder().decode(Incident.self, from: Data($0.utf8)).id }
    }
}

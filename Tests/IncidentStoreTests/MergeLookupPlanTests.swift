import Foundation
import GeoModel
import GRDB
@testable import IncidentStore
import PostgresNIO
import Testing

/// The merge lookup searches the (sub_event_type, event_date, latitude, longitude) index in both
/// stores, as `EXPLAIN` shows. Without the date in the index condition a sub-type alone is a sixth
/// of the table, which is what slowed PostGIS ingest down past a few hundred thousand incidents.
@Suite struct MergeLookupPlanTests {
    /// A town-level dated incident, a town-level undated one and a province-level one.
    static func windows() throws -> [MergeWindow] {
        let day = try Day(year: 2017, month: 1, day: 10)
        func incident(date: Day?, precision: GeoPrecision) throws -> Incident {
            Incident(id: "SY-plan", eventDate: date, timePrecision: date == nil ? .month : .day, subEventType: .armedClash,
                     actor1: nil, actor2: nil, location: "Town", mention: "Town", placeID: "test:plan",
                     coordinate: try Coordinate(latitude: 35, longitude: 38), geoPrecision: precision, admin1: "Homs",
                     admin1Code: "SY.11", country: "SY", fatalities: nil, certainty: .reported, notes: "Clash.", sources: [])
        }
        return [MergeWindow(try incident(date: day, precision: .town)), MergeWindow(try incident(date: nil, precision: .town)),
                MergeWindow(try incident(date: day, precision: .province)), MergeWindow(try incident(date: nil, precision: .province))]
    }

    @Test func sqliteSearchesTheMergeLookupIndex() async throws {
        let path = try TestStores.temporaryFolder().appendingPathComponent("store.sqlite").path
        let store = try SQLiteIncidentRepository(path: path)
        _ = try await store.ingest(SyntheticIncidents.batch(reports: 300, seed: 21))
        for window in try Self.windows() {
            let (sql, arguments) = SQLiteIncidentRepository.mergeLookup(for: window)
            let plan = try await store.pool.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { row -> String in row["detail"] }
            }
            let first = try #require(plan.first)
            #expect(first.hasPrefix("SEARCH i USING"), "\(plan)")
            #expect(first.contains("incidents_merge_lookup (sub_event_type=? AND event_date"), "\(plan)")
            #expect(!plan.contains { $0.hasPrefix("SCAN i") }, "\(plan)")
        }
        try await store.close()
    }

    @Test func postgisPutsTheDateRangeAndBoxIntoTheIndexConditions() async throws {
        guard let opened = try await TestStores.empty(.postgis) else { return }
        let store = try #require(opened as? PostGISIncidentRepository)
        // 60,000 incidents over 600 towns, six sub-types, five years and one in fifty at province level.
        try await store.connection.query("""
            INSERT INTO incidents (country, id, event_date, time_precision, event_type, sub_event_type, location, mention,
                                   place_id, latitude, longitude, geo_precision, admin1, admin1_code, certainty, notes)
            SELECT 'SY', 'SY-fill-' || g, CASE WHEN g % 40 = 0 THEN NULL ELSE date '2014-01-01' + (g * 7) % 1826 END, 1,
                   'Battles', (ARRAY['Air/drone strike', 'Armed clash', 'Shelling/artillery/missile attack', 'Attack',
                                     'Remote explosive/landmine/IED', 'Suicide bomb'])[1 + g % 6],
                   'Town', 'Town', 'test', 32.5 + (g % 600) * 0.0075, 36 + ((g * 13) % 600) * 0.0095,
                   CASE WHEN g % 50 = 0 THEN 3 ELSE 1 END, 'Homs', 'SY.' || (g % 14), 'reported', 'fill'
            FROM generate_series(1, 60000) AS g
            """, logger: store.logger)
        try await store.connection.query("ANALYZE incidents", logger: store.logger)

        var binds = PostgresBindings()
        binds.append(try PostGISPayloads.json(Self.windows().enumerated().map { PostGISPayloads.WindowRow(index: $0, window: $1) }))
        let sql = "EXPLAIN (COSTS OFF) \(PostGISIncidentRepository.mergeLookupSQL) SELECT idx, key FROM matches"
        var plan: [String] = []
        for try await line in try await store.connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: store.logger)
            .decode(String.self) { plan.append(line) }
        let text = plan.joined(separator: "\n")
        // Sub-type, date range and box are all index conditions; province-level windows use their own index.
        #expect(text.contains("incidents_merge_lookup"), "\(text)")
        #expect(text.contains("(sub_event_type = w.sub_event_type) AND (event_date >= w.day_from) AND (event_date <= w.day_to) "
            + "AND (latitude >= w.south) AND (latitude <= w.north) AND (longitude >= w.west) AND (longitude <= w.east)"), "\(text)")
        #expect(text.contains("(sub_event_type = w_1.sub_event_type) AND (event_date IS NULL) AND (latitude >= w_1.south)"), "\(text)")
        #expect(text.contains("incidents_province_level"), "\(text)")
        #expect(!text.contains("Seq Scan on incidents"), "\(text)")
        try await store.close()
    }
}

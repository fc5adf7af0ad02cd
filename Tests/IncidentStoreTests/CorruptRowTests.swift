import Foundation
import GRDB
@testable import IncidentStore
import PostgresNIO
import Testing

/// A stored row that is not a valid incident (edited by hand, or by a newer tool) is named in
/// the error, never skipped and never a crash.
@Suite struct CorruptRowTests {
    static let edits: [(sql: String, reason: String)] = [
        ("UPDATE incidents SET sub_event_type = 'Picnic' WHERE key = (SELECT min(key) FROM incidents)", "Picnic"),
        ("UPDATE incidents SET event_type = 'Protests' WHERE key = (SELECT min(key) FROM incidents)",
         "does not hold sub-event type"),
        ("UPDATE incidents SET geo_precision = 7 WHERE key = (SELECT min(key) FROM incidents)", "7"),
        ("UPDATE incidents SET latitude = 123 WHERE key = (SELECT min(key) FROM incidents)", "123"),
    ]

    @Test(arguments: StoreBackend.allCases)
    func aCorruptRowIsNamedInTheError(_ backend: StoreBackend) async throws {
        for (sql, reason) in Self.edits {
            guard let store = try await TestStores.empty(backend) else { return }
            _ = try await store.ingest(SyntheticIncidents.batch(reports: 10, seed: 2))
            switch store {
            case let sqlite as SQLiteIncidentRepository:
                try await sqlite.pool.write { try $0.execute(sql: sql) }
            case let postgis as PostGISIncidentRepository:
                try await postgis.connection.query(PostgresQuery(unsafeSQL: sql), logger: postgis.logger)
            default:
                Issue.record("unknown store \(store)")
            }
            let error = try await #require(throws: StoreError.self) { try await store.incidents(matching: .everything) }
            guard case let .corruptRow(_, text) = error else { Issue.record("\(error)"); continue }
            #expect(text.hasPrefix("incident row "), "\(text)")
            #expect(text.contains(reason), "\(backend): \(text)")
            try await store.close()
        }
    }
}

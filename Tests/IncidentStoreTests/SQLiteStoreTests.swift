import Foundation
import GRDB
import IncidentStore
import Testing

/// What only the SQLite store promises: its schema version, WAL, the R*Tree, and errors for files
/// it cannot use.
@Suite struct SQLiteStoreTests {
    @Test func aNewFileGetsTheSchemaWALAndTheRTree() async throws {
        let path = try TestStores.temporaryFolder().appendingPathComponent("nested/store.sqlite").path
        let store = try SQLiteIncidentRepository(path: path)
        _ = try await store.ingest(SyntheticIncidents.batch(reports: 20, seed: 1))
        #expect(try await store.appliedMigrations() == ["v1: reports, incidents, sources, R*Tree", "v2: merge lookup index", "v3: admin2 column"])
        #expect(try await store.integrityCheck() == "ok")
        let statistics = try await store.statistics()
        try await store.close()

        let queue = try DatabaseQueue(path: path)
        try await queue.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM incident_points") == statistics.incidents)
            // Every point in the R*Tree sits where its incident is (to float precision).
            let off = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM incidents i JOIN incident_points p ON p.key = i.key
                WHERE abs(p.min_lat - i.latitude) > 1e-4 OR abs(p.min_lon - i.longitude) > 1e-4
                """)
            #expect(off == 0)
        }
    }

    @Test func reopeningKeepsEverything() async throws {
        let path = try TestStores.temporaryFolder().appendingPathComponent("store.sqlite").path
        let first = try SQLiteIncidentRepository(path: path)
        _ = try await first.ingest(SyntheticIncidents.batch(reports: 30, seed: 5))
        let before = try await first.incidents(matching: .everything)
        try await first.close()
        let second = try SQLiteIncidentRepository(path: path)
        #expect(try await second.incidents(matching: .everything) == before)
        #expect(try await second.appliedMigrations().count == 3)
        try await second.close()
    }

    @Test func aFileFromANewerSchemaIsRefused() async throws {
        let path = try TestStores.temporaryFolder().appendingPathComponent("store.sqlite").path
        try await SQLiteIncidentRepository(path: path).close()
        let queue = try DatabaseQueue(path: path)
        try await queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v4: from the future')") }
        try queue.close()
        #expect(throws: StoreError.newerSchema(location: path, found: 4, known: 3)) { try SQLiteIncidentRepository(path: path) }
    }

    @Test func aVersion1FileIsMigratedInPlace() async throws {
        let path = try TestStores.temporaryFolder().appendingPathComponent("store.sqlite").path
        let store = try SQLiteIncidentRepository(path: path)
        _ = try await store.ingest(SyntheticIncidents.batch(reports: 30, seed: 9))
        let before = try await store.incidents(matching: .everything)
        try await store.close()
        // Back to version 1: its index, no admin2 column, and no record of versions 2 and 3.
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: """
                DROP INDEX incidents_merge_lookup;
                CREATE INDEX incidents_by_type_and_date ON incidents(sub_event_type, event_date);
                ALTER TABLE incidents DROP COLUMN admin2;
                DELETE FROM grdb_migrations WHERE identifier LIKE 'v2:%' OR identifier LIKE 'v3:%';
                """)
        }
        try queue.close()

        let reopened = try SQLiteIncidentRepository(path: path)
        #expect(try await reopened.appliedMigrations().count == 3)
        #expect(try await reopened.incidents(matching: .everything) == before)
        #expect(try await reopened.integrityCheck() == "ok")
        try await reopened.close()
        let (indexes, columns) = try await DatabaseQueue(path: path).read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incidents' ORDER BY name"),
             try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('incidents')"))
        }
        #expect(indexes.contains("incidents_merge_lookup"))
        #expect(!indexes.contains("incidents_by_type_and_date"))
        #expect(columns.contains("admin2"))
    }

    @Test func aVersion1FileGainsAnAdmin2ColumnAndKeepsItsRows() async throws {
        let path = try TestStores.temporaryFolder().appendingPathComponent("store.sqlite").path
        let store = try SQLiteIncidentRepository(path: path)
        _ = try await store.ingest(SyntheticIncidents.batch(reports: 12, seed: 4))
        let before = try await store.incidents(matching: .everything)
        try await store.close()
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: """
                ALTER TABLE incidents DROP COLUMN admin2;
                DELETE FROM grdb_migrations WHERE identifier LIKE 'v3:%';
                """)
        }
        try queue.close()

        // The old rows come back whole, with no district; a new batch stores its districts.
        let reopened = try SQLiteIncidentRepository(path: path)
        #expect(try await reopened.incidents(matching: .everything) == before)
        #expect(before.allSatisfy { $0.admin2 == nil })
        var batch = try SyntheticIncidents.batch(reports: 4, seed: 77, firstIndex: 500)
        for i in batch.incidents.indices { batch.incidents[i].admin2 = "District \(i % 2)" }
        _ = try await reopened.ingest(batch)
        let after = try await reopened.incidents(matching: .everything)
        let named = after.compactMap(\.admin2)
        #expect(Set(named) == ["District 0", "District 1"])
        #expect(Set(before.map(\.id)).isSubset(of: Set(after.map(\.id))))
        try await reopened.close()
    }

    @Test func aFileThatIsNotADatabaseGivesOneLineNamingIt() throws {
        let path = try TestStores.temporaryFolder().appendingPathComponent("notes.sqlite").path
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: path))
        do {
            _ = try SQLiteIncidentRepository(path: path)
            Issue.record("opened a file of letters as a database")
        } catch let error as StoreError {
            guard case let .cannotOpen(location, reason) = error else { Issue.record("unexpected \(error)"); return }
            #expect(location == path)
            #expect(reason.contains("not a database"))
            #expect(!error.description.contains("\n"))
        }
    }
}

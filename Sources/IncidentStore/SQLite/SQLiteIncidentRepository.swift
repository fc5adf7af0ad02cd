import Analysis
import Foundation
import GeoModel
import GRDB

/// The embedded store: one SQLite file through GRDB, in WAL mode, with an R*Tree on incident points.
///
/// Each `ingest` is one write transaction: a process killed in the middle leaves the file as it
/// was before the batch. `synchronous = NORMAL` keeps that promise for a killed process; only a
/// power cut may lose the last committed batches, never consistency.
public final class SQLiteIncidentRepository: IncidentRepository {
    public let path: String
    let pool: DatabasePool

    /// Opens (creating when needed) the database at `path` and migrates it to the current schema.
    /// - Throws: `StoreError.cannotOpen` with SQLite's message, `StoreError.newerSchema`.
    public init(path: String) throws {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var configuration = Configuration()
            // Another process ingesting into the same file makes this one wait, not fail.
            configuration.busyMode = .timeout(30)
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            pool = try DatabasePool(path: path, configuration: configuration)
            let migrator = SQLiteSchema.migrator
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                let applied = try pool.read { try migrator.appliedIdentifiers($0) }
                throw StoreError.newerSchema(location: path, found: applied.count, known: migrator.migrations.count)
            }
            try migrator.migrate(pool)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(location: path, reason: Self.message(error))
        }
    }

    public func storedReportKeys(among keys: [ReportKey]) async throws -> Set<ReportKey> {
        try await guarded {
            try await pool.read { db in try Self.storedKeys(keys, db) }
        }
    }

    public func incidents(matching query: StoreQuery) async throws -> [Incident] {
        let path = self.path
        return try await guarded {
            try await pool.read { db in
                var conditions: [String] = []
                var arguments: StatementArguments = []
                var boxes: [[SearchBox]] = []
                if let bbox = query.bbox { boxes.append(SearchBox.covering(bbox)) }
                if let circle = query.circle { boxes.append([circle.enclosingBox]) }
                if let regions = query.within {
                    boxes.append(regions.compactMap(\.geometry.boundingBox).flatMap(SearchBox.covering))
                }
                for alternatives in boxes {
                    // Every box constraint must hold; within one, any of its rectangles will do.
                    let any = alternatives.map { _ in "(min_lat <= ? AND max_lat >= ? AND min_lon <= ? AND max_lon >= ?)" }
                    conditions.append("i.key IN (SELECT key FROM incident_points WHERE \(any.isEmpty ? "0" : any.joined(separator: " OR ")))")
                    for box in alternatives { arguments += [box.north, box.south, box.east, box.west] }
                }
                if let from = query.from { conditions.append("i.event_date >= ?"); arguments += [from.description] }
                if let to = query.to { conditions.append("i.event_date <= ?"); arguments += [to.description] }
                let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
                let sql = """
                    SELECT \(SQLiteSchema.joinedColumns) FROM incidents i LEFT JOIN incident_sources s ON s.incident_key = i.key
                    \(filter) ORDER BY coalesce(i.event_date, ''), i.id, i.key, s.ordinal
                    """
                return try Self.assemble(Row.fetchCursor(db, sql: sql, arguments: arguments), path: path).map(\.incident)
            }
        }
    }

    public func count(by keys: [CountKey]) async throws -> [CountRow] {
        IncidentCounter.count(try await incidents(matching: .everything), by: keys)
    }

    public func statistics() async throws -> StoreStatistics {
        try await guarded {
            try await pool.read { db in
                StoreStatistics(reports: try Int.fetchOne(db, sql: "SELECT count(*) FROM reports") ?? 0,
                                incidents: try Int.fetchOne(db, sql: "SELECT count(*) FROM incidents") ?? 0,
                                sources: try Int.fetchOne(db, sql: "SELECT count(*) FROM incident_sources") ?? 0)
            }
        }
    }

    public func close() async throws {
        try await guarded { try pool.close() }
    }

    /// `PRAGMA integrity_check`: "ok", or SQLite's list of problems.
    public func integrityCheck() async throws -> String {
        try await guarded {
            try await pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
        }
    }

    /// The schema migrations applied to the file, oldest first.
    public func appliedMigrations() async throws -> [String] {
        try await guarded { try await pool.read { try SQLiteSchema.migrator.appliedMigrations($0) } }
    }

    // MARK: - Statements

    static func storedKeys(_ keys: [ReportKey], _ db: Database) throws -> Set<ReportKey> {
        var found: Set<ReportKey> = []
        // SQLite allows 32766 parameters; stay well below.
        for chunk in stride(from: 0, to: keys.count, by: 500).map({ keys[$0..<min($0 + 500, keys.count)] }) {
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            let hexes = try String.fetchAll(db, sql: "SELECT key FROM reports WHERE key IN (\(marks))",
                                            arguments: StatementArguments(chunk.map(\.hex)))
            found.formUnion(hexes.map(ReportKey.init(hex:)))
        }
        return found
    }

    /// Rows of `SQLiteSchema.joinedColumns`, incident by incident, to stored incidents.
    static func assemble(_ rows: RowCursor, path: String) throws -> [StoredIncident] {
        var assembler = IncidentRowAssembler(location: path)
        while let row = try rows.next() {
            try assembler.add(key: try row.decode(atIndex: 0), incident: {
                try IncidentRow(key: try row.decode(atIndex: 0), cells: SQLiteCells(row: row))
            }, source: {
                // The source columns follow the key and the incident columns.
                let s = 1 + IncidentColumns.fields.count
                guard let docID: String = try row.decode(atIndex: s) else { return nil }
                return SourceRow(docID: docID, title: try row.decode(atIndex: s + 1), url: try row.decode(atIndex: s + 2),
                                 published: try row.decode(atIndex: s + 3), start: try row.decode(atIndex: s + 4),
                                 end: try row.decode(atIndex: s + 5))
            })
        }
        return try assembler.finished()
    }

    /// Rows of `key, json` to stored incidents, through the record's own `Codable`.
    static func decode(_ rows: [Row], path: String) throws -> [StoredIncident] {
        let decoder = JSONDecoder()
        return try rows.map { row in
            let key: Int64 = try row.decode(atIndex: 0)
            let json: String = try row.decode(atIndex: 1)
            do {
                return StoredIncident(rowKey: key, incident: try decoder.decode(Incident.self, from: Data(json.utf8)))
            } catch {
                throw StoreError.corruptRow(location: path, reason: "incident row \(key): \(StoreError.describe(error))")
            }
        }
    }

    // MARK: - Errors

    /// Runs `body`, turning GRDB's errors into `StoreError.database` with SQLite's message.
    func guarded<T>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(location: path, reason: Self.message(error))
        }
    }

    static func message(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return String(describing: error)
    }
}

extension SQLiteIncidentRepository {
    /// The bytes of the database file after folding the write-ahead log back into it.
    public func storageBytes() async throws -> Int {
        try await guarded {
            try await pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            return try await pool.read { db in
                (try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0) * (try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0)
            }
        }
    }
}

/// A GRDB row's cells, for `IncidentRow`.
private struct SQLiteCells: IncidentRowCells {
    let row: Row
    func text(at index: Int) throws -> String? { try row.decode(atIndex: index) }
    func integer(at index: Int) throws -> Int? { try row.decode(atIndex: index) }
    func real(at index: Int) throws -> Double? { try row.decode(atIndex: index) }
}

import GeoModel
import GRDB

/// Ingest: one write transaction per batch, merge candidates found through `incidents_merge_lookup`.
extension SQLiteIncidentRepository {
    public func ingest(_ batch: IngestBatch) async throws -> IngestSummary {
        let path = self.path
        return try await guarded {
            try await pool.write { db in
                guard try Self.storedKeys(batch.reports.map(\.key), db).isEmpty else {
                    throw StoreError.concurrentIngest(location: path)
                }
                let candidates = try batch.incidents.map { try Self.mergeCandidates(for: MergeWindow($0), db, path: path) }
                let plan = try IngestPlanner.plan(batch, candidates: candidates, location: path)
                try Self.write(plan, db)
                return plan.summary
            }
        }
    }

    static func mergeCandidates(for window: MergeWindow, _ db: Database, path: String) throws -> [StoredIncident] {
        let (sql, arguments) = mergeLookup(for: window)
        // Four shapes of statement in all, each prepared once per connection.
        return try decode(Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments), path: path)
    }

    /// The statement that finds `window`'s candidates: sub-type, date range and search box, all
    /// answered from `incidents_merge_lookup` (a few hundred index entries at a million incidents,
    /// a table row read only for those in the box). `EXPLAIN QUERY PLAN` shows it (a test checks it).
    static func mergeLookup(for window: MergeWindow) -> (sql: String, arguments: StatementArguments) {
        var sql = "SELECT i.key, \(SQLiteSchema.incidentJSON) FROM incidents i WHERE i.sub_event_type = ?"
        var arguments: StatementArguments = [window.subEventType.rawValue]
        if let days = window.days {
            sql += " AND i.event_date BETWEEN ? AND ?"
            arguments += [days.lowerBound.description, days.upperBound.description]
        } else {
            sql += " AND i.event_date IS NULL"
        }
        if let code = window.provinceCode {
            sql += " AND i.geo_precision = 3 AND coalesce(i.admin1_code, '') = ?"
            arguments += [code]
        } else {
            sql += " AND i.latitude BETWEEN ? AND ? AND i.longitude BETWEEN ? AND ?"
            arguments += [window.box.south, window.box.north, window.box.west, window.box.east]
        }
        return (sql, arguments)
    }

    static func write(_ plan: IngestPlan, _ db: Database) throws {
        let reportInsert = try db.cachedStatement(sql: """
            INSERT INTO reports (key, doc_id, published, title, url, source, text, source_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (keyed, sourceCount) in plan.reports {
            let report = keyed.report
            try reportInsert.execute(arguments: [keyed.key.hex, report.id, report.date?.description, report.title, report.url,
                                                 report.source, report.text, sourceCount])
        }
        let columns = SQLiteSchema.incidentColumns
        let incidentInsert = try db.cachedStatement(sql: """
            INSERT INTO incidents (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
            """)
        let incidentUpdate = try db.cachedStatement(sql: """
            UPDATE incidents SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE key = ?
            """)
        let sourceInsert = try db.cachedStatement(sql: """
            INSERT INTO incident_sources (incident_key, ordinal, report_key, doc_id, title, url, published, start, "end")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        func insertSources(_ rows: [IngestPlan.SourceRow], of key: Int64) throws {
            for row in rows {
                let source = row.source
                try sourceInsert.execute(arguments: [key, row.ordinal, row.report.hex, source.docID, source.title, source.url,
                                                     source.published?.description, source.start, source.end])
            }
        }
        for insert in plan.inserts {
            try incidentInsert.execute(arguments: arguments(IncidentColumns.values(of: insert.incident)))
            try insertSources(insert.sources, of: db.lastInsertedRowID)
        }
        for update in plan.updates {
            var values = arguments(IncidentColumns.values(of: update.incident))
            values += [update.rowKey]
            try incidentUpdate.execute(arguments: values)
            try insertSources(update.newSources, of: update.rowKey)
        }
    }

    static func arguments(_ values: [FieldValue]) -> StatementArguments {
        StatementArguments(values.map { value -> (any DatabaseValueConvertible)? in
            switch value {
            case let .text(text): text
            case let .integer(number): number
            case let .coordinate(degrees): degrees
            case let .day(day): day.description
            case .sources, .null: nil
            }
        })
    }
}

@_spi(Benchmarking)
extension SQLiteIncidentRepository: BenchmarkFilling {
    public func fillWithoutMerging(_ batch: IngestBatch) async throws {
        let path = self.path
        try await guarded {
            try await pool.write { db in
                let candidates = Array(repeating: [StoredIncident](), count: batch.incidents.count)
                try Self.write(IngestPlanner.plan(batch, candidates: candidates, location: path), db)
            }
        }
    }

    /// Nothing to do: the store never runs `ANALYZE`, so its plans do not depend on statistics.
    public func refreshStatistics() async throws {}
}

import Foundation
import GeoModel
import PostgresNIO

/// Ingest: one transaction per batch, a few statements each, rows sent as JSON arrays.
extension PostGISIncidentRepository {
    public func ingest(_ batch: IngestBatch) async throws -> IngestSummary {
        try await guarded {
            try await transaction { connection in
                try await connection.query("SELECT pg_advisory_xact_lock(\(Self.writerLock))", logger: logger)
                guard try await Self.storedKeys(batch.reports.map(\.key), connection, logger).isEmpty else {
                    throw StoreError.concurrentIngest(location: location)
                }
                let candidates = try await mergeCandidates(for: batch.incidents, connection)
                let plan = try IngestPlanner.plan(batch, candidates: candidates, location: location)
                try await write(plan, connection)
                return plan.summary
            }
        }
    }

    func mergeCandidates(for incidents: [Incident], _ connection: PostgresConnection) async throws -> [[StoredIncident]] {
        var candidates = Array(repeating: [StoredIncident](), count: incidents.count)
        guard !incidents.isEmpty else { return candidates }
        let windows = try PostGISPayloads.json(incidents.enumerated().map { PostGISPayloads.WindowRow(index: $0, window: MergeWindow($1)) })
        let sql = "\(Self.mergeLookupSQL) SELECT m.idx, i.key, \(PostGISSchema.incidentJSON) FROM matches m JOIN incidents i ON i.key = m.key"
        var binds = PostgresBindings()
        binds.append(windows)
        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
        let decoder = JSONDecoder()
        for try await (index, key, json) in rows.decode((Int, Int64, String).self) {
            candidates[index].append(StoredIncident(rowKey: key, incident: try decodeIncident(json, key: key, decoder)))
        }
        return candidates
    }

    /// The merge lookup as a `WITH ... matches AS (...)` prefix over the windows in `$1` (JSON rows of
    /// `PostGISPayloads.WindowRow`), giving `matches(idx, key)`.
    ///
    /// Each kind of window (by distance or by province, dated or not) has its own branch, so that
    /// every condition is one the planner can push into an index: sub-type, date range and search
    /// box on `incidents_merge_lookup` (a few hundred index entries at a million incidents, where
    /// the sub-type alone is a sixth of the table), or the partial `incidents_province_level`
    /// index for province-level ones. `EXPLAIN` shows these index conditions (a test checks it).
    /// The exact distance is `IncidentMerger`'s decision: an `ST_DWithin` here would only trim the
    /// box's corners, and it tempts the planner into ANDing in the geography GiST, which reads
    /// every incident of the town (about 900 at a million) to drop none.
    static let mergeLookupSQL = """
        WITH w AS (
            SELECT * FROM jsonb_to_recordset($1::jsonb) AS w(idx integer, sub_event_type text, day_from date, day_to date,
                                                             province text, south double precision, north double precision,
                                                             west double precision, east double precision)
        ), matches AS (
            SELECT w.idx, i.key FROM w JOIN incidents i
              ON i.sub_event_type = w.sub_event_type AND i.event_date BETWEEN w.day_from AND w.day_to
             AND i.latitude BETWEEN w.south AND w.north AND i.longitude BETWEEN w.west AND w.east
            WHERE w.province IS NULL AND w.day_from IS NOT NULL
            UNION ALL
            SELECT w.idx, i.key FROM w JOIN incidents i
              ON i.sub_event_type = w.sub_event_type AND i.event_date IS NULL
             AND i.latitude BETWEEN w.south AND w.north AND i.longitude BETWEEN w.west AND w.east
            WHERE w.province IS NULL AND w.day_from IS NULL
            UNION ALL
            SELECT w.idx, i.key FROM w JOIN incidents i
              ON i.geo_precision = 3 AND i.sub_event_type = w.sub_event_type AND coalesce(i.admin1_code, '') = w.province
             AND i.event_date BETWEEN w.day_from AND w.day_to
            WHERE w.province IS NOT NULL AND w.day_from IS NOT NULL
            UNION ALL
            SELECT w.idx, i.key FROM w JOIN incidents i
              ON i.geo_precision = 3 AND i.sub_event_type = w.sub_event_type AND coalesce(i.admin1_code, '') = w.province
             AND i.event_date IS NULL
            WHERE w.province IS NOT NULL AND w.day_from IS NULL
        )
        """

    func write(_ plan: IngestPlan, _ connection: PostgresConnection) async throws {
        func run(_ sql: String, json: String) async throws {
            var binds = PostgresBindings()
            binds.append(json)
            try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
        }
        let reports = plan.reports.map { keyed, count in
            PostGISPayloads.ReportRow(key: keyed.key.hex, doc_id: keyed.report.id, published: keyed.report.date?.description,
                                      title: keyed.report.title, url: keyed.report.url, source: keyed.report.source,
                                      text: keyed.report.text, source_count: count)
        }
        try await run("""
            INSERT INTO reports (key, doc_id, published, title, url, source, text, source_count)
            SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(key text, doc_id text, published date, title text, url text,
                                                             source text, text text, source_count integer)
            """, json: PostGISPayloads.json(reports))

        var keys: [Int64] = []
        if !plan.inserts.isEmpty {
            let sql = "SELECT nextval(pg_get_serial_sequence('incidents', 'key')) FROM generate_series(1, \(plan.inserts.count))"
            for try await key in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).decode(Int64.self) {
                keys.append(key)
            }
        }
        let incidentRows = zip(keys, plan.inserts).map { PostGISPayloads.IncidentRow(key: $0, incident: $1.incident) }
        let updateRows = plan.updates.map { PostGISPayloads.IncidentRow(key: $0.rowKey, incident: $0.incident) }
        let sources = zip(keys, plan.inserts).flatMap { key, insert in
            insert.sources.map { PostGISPayloads.SourceRow($0, incident: insert.incident, key: key) }
        } + plan.updates.flatMap { update in
            update.newSources.map { PostGISPayloads.SourceRow($0, incident: update.incident, key: update.rowKey) }
        }
        let record = """
            AS r(key bigint, id text, event_date date, time_precision smallint, event_type text, sub_event_type text,
                 actor1 text, actor2 text, location text, mention text, place_id text, latitude double precision,
                 longitude double precision, geo_precision smallint, admin1 text, admin1_code text, admin2 text, country text,
                 fatalities integer, certainty text, notes text)
            """
        let columns = "id, event_date, time_precision, event_type, sub_event_type, actor1, actor2, location, mention, place_id, "
            + "latitude, longitude, geo_precision, admin1, admin1_code, admin2, fatalities, certainty, notes"
        if !incidentRows.isEmpty {
            try await run("""
                INSERT INTO incidents (country, key, \(columns))
                SELECT country, key, \(columns) FROM jsonb_to_recordset($1::jsonb) \(record)
                """, json: PostGISPayloads.json(incidentRows))
        }
        if !updateRows.isEmpty {
            let assignments = columns.components(separatedBy: ", ").map { "\($0) = r.\($0)" }.joined(separator: ", ")
            try await run("""
                UPDATE incidents AS i SET \(assignments) FROM jsonb_to_recordset($1::jsonb) \(record)
                WHERE i.key = r.key AND i.country = r.country
                """, json: PostGISPayloads.json(updateRows))
        }
        if !sources.isEmpty {
            try await run("""
                INSERT INTO incident_sources (country, incident_key, ordinal, report_key, doc_id, title, url, published, start, "end")
                SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(country text, incident_key bigint, ordinal integer,
                    report_key text, doc_id text, title text, url text, published date, start integer, "end" integer)
                """, json: PostGISPayloads.json(sources))
        }
    }
}

@_spi(Benchmarking)
extension PostGISIncidentRepository: BenchmarkFilling {
    public func fillWithoutMerging(_ batch: IngestBatch) async throws {
        try await guarded {
            try await transaction { connection in
                let candidates = Array(repeating: [StoredIncident](), count: batch.incidents.count)
                try await write(IngestPlanner.plan(batch, candidates: candidates, location: location), connection)
            }
        }
    }

    /// `VACUUM ANALYZE` of the store's tables: what autovacuum does soon after a bulk load (the
    /// visibility map and hint bits, then statistics), done at once so that the queries timed
    /// next do not pay for it.
    public func refreshStatistics() async throws {
        try await guarded {
            for table in ["incidents", "incident_sources", "reports"] {
                try await connection.query(PostgresQuery(unsafeSQL: "VACUUM ANALYZE \(table)"), logger: logger)
            }
        }
    }
}

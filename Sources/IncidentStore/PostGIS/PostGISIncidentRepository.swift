import Analysis
import Foundation
import GeoModel
import Logging
import PostgresNIO

/// The shared store: PostgreSQL with PostGIS, through PostgresNIO.
///
/// Points are `geometry(Point, 4326)` with GiST indexes; queries run `ST_DWithin` (in metres, on
/// the spheroid) and `ST_Covers` on the server, and counts are grouped in SQL. Each `ingest` is
/// one transaction holding an advisory lock, so that two analysts ingesting at once cannot both
/// add the same incident.
public final class PostGISIncidentRepository: IncidentRepository {
    /// The URL without its password, for messages.
    public let location: String
    let connection: PostgresConnection
    let logger: Logger

    /// An arbitrary constant naming the lock that serialises writers.
    static let writerLock: Int64 = 0x1ACD_5EED

    /// Connects to `url` (`postgres://user[:password]@host[:port]/database[?sslmode=...]`, see
    /// `PostgresURL`) and migrates the schema.
    /// - Throws: `StoreError.invalidLocation`, `StoreError.invalidParameter`, `StoreError.cannotOpen`
    ///   with the server's message or the TLS failure, `StoreError.newerSchema`.
    public init(url: String) async throws {
        let parsed = try PostgresURL(parsing: url)
        location = Self.redacted(url)
        let configuration = try parsed.configuration(location: location)
        logger = Logger(label: "incidentmap.store", factory: { _ in SwiftLogNoOpLogHandler() })
        do {
            connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        } catch {
            throw StoreError.cannotOpen(location: location, reason: Self.connectionMessage(error, mode: parsed.tlsMode))
        }
        do { try await migrate() } catch {
            try? await connection.close()
            throw error
        }
    }

    // MARK: - IncidentRepository

    public func storedReportKeys(among keys: [ReportKey]) async throws -> Set<ReportKey> {
        try await guarded { try await Self.storedKeys(keys, connection, logger) }
    }

    public func incidents(matching query: StoreQuery) async throws -> [Incident] {
        var conditions: [String] = []
        var binds = PostgresBindings()
        func parameter(_ value: some PostgresDynamicTypeEncodable) -> String {
            binds.append(value, context: .default)
            return "$\(binds.count)"
        }
        if let bbox = query.bbox {
            let boxes = SearchBox.covering(bbox).map { box in
                "i.geom && ST_MakeEnvelope(\(parameter(box.west)), \(parameter(box.south)), \(parameter(box.east)), \(parameter(box.north)), 4326)"
            }
            conditions.append("(" + boxes.joined(separator: " OR ") + ")")
        }
        if let circle = query.circle {
            // A hair wider than asked, so that rounding on the server never drops an incident the
            // exact geodesic filter keeps.
            let metres = circle.radiusKm * 1000 * 1.000001 + 0.01
            // The enclosing box first: on the geometry GiST it is a cheap, tight prefilter, and with
            // it the planner expects few rows and skips a parallel plan that costs more than it saves.
            let box = circle.enclosingBox
            conditions.append("""
                i.geom && ST_MakeEnvelope(\(parameter(box.west)), \(parameter(box.south)), \(parameter(box.east)), \
                \(parameter(box.north)), 4326) AND ST_DWithin(i.geom::geography, ST_SetSRID(ST_MakePoint(\(parameter(circle.center.longitude)), \
                \(parameter(circle.center.latitude))), 4326)::geography, \(parameter(metres)))
                """)
        }
        if let regions = query.within {
            // ST_Covers, not ST_Within: a town exactly on the area's edge is inside, as for files
            // (`AreaFilter` and `PolygonIndex` use GEOS's covers).
            let tests = try regions.map { region in
                "ST_Covers(ST_SetSRID(ST_GeomFromGeoJSON(\(parameter(try PostGISPayloads.geoJSON(region.geometry)))), 4326), i.geom)"
            }
            conditions.append(tests.isEmpty ? "false" : "(" + tests.joined(separator: " OR ") + ")")
        }
        if let from = query.from { conditions.append("i.event_date >= \(parameter(from.description))::date") }
        if let to = query.to { conditions.append("i.event_date <= \(parameter(to.description))::date") }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        // An area picks a few thousand incidents: their sources are fetched one index lookup each
        // (the OFFSET 0 keeps the planner from hashing all of incident_sources instead, which it
        // prefers when it misjudges how selective ST_Covers is). Without an area a hash join is right.
        let sources = query.bbox != nil || query.circle != nil || query.within != nil
            ? "LEFT JOIN LATERAL (SELECT * FROM incident_sources s WHERE s.country = i.country AND s.incident_key = i.key OFFSET 0) s ON true"
            : "LEFT JOIN incident_sources s ON s.country = i.country AND s.incident_key = i.key"
        let sql = """
            SELECT \(PostGISSchema.joinedColumns) FROM incidents i \(sources) \(filter)
            ORDER BY coalesce(i.event_date::text, '') COLLATE "C", i.id COLLATE "C", i.key, s.ordinal
            """
        let bound = binds
        return try await guarded {
            try await assemble(connection.query(PostgresQuery(unsafeSQL: sql, binds: bound), logger: logger)).map(\.incident)
        }
    }

    public func count(by keys: [CountKey]) async throws -> [CountRow] {
        let expressions = keys.flatMap(PostGISSchema.groupExpressions)
        let join = keys.contains(.actor) ? PostGISSchema.actorJoin : ""
        let sql = """
            SELECT \((expressions.map { "(\($0))::text" } + ["count(*)", "coalesce(sum(i.fatalities), 0)"]).joined(separator: ", "))
            FROM incidents i \(join)
            GROUP BY \(expressions.indices.map { String($0 + 1) }.joined(separator: ", "))
            """
        return try await guarded {
            var rows: [CountRow] = []
            for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger) {
                let cells = row.makeRandomAccess()
                let values = try expressions.indices.map { try cells[$0].decode(String?.self) }
                rows.append(CountRow(values: values, incidents: try cells[expressions.count].decode(Int.self),
                                     fatalities: try cells[expressions.count + 1].decode(Int.self)))
            }
            // The order IncidentCounter gives: by key values, a missing value sorting as "".
            return rows.sorted { lhs, rhs in lhs.values.map { $0 ?? "" }.lexicographicallyPrecedes(rhs.values.map { $0 ?? "" }) }
        }
    }

    public func statistics() async throws -> StoreStatistics {
        try await guarded {
            let rows = try await connection.query("""
                SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM incidents), (SELECT count(*) FROM incident_sources)
                """, logger: logger)
            for try await (reports, incidents, sources) in rows.decode((Int, Int, Int).self) {
                return StoreStatistics(reports: reports, incidents: incidents, sources: sources)
            }
            return StoreStatistics(reports: 0, incidents: 0, sources: 0)
        }
    }

    public func close() async throws {
        try await guarded { try await connection.close() }
    }

    /// The schema version recorded in the database.
    public func schemaVersion() async throws -> Int {
        try await guarded {
            for try await version in try await connection.query("SELECT max(version) FROM store_schema", logger: logger).decode(Int.self) {
                return version
            }
            return 0
        }
    }

    // MARK: - Schema

    func migrate() async throws {
        try await guarded {
            try await transaction { connection in
                try await connection.query("SELECT pg_advisory_xact_lock(\(Self.writerLock))", logger: logger)
                try await connection.query("CREATE TABLE IF NOT EXISTS store_schema (version integer NOT NULL)", logger: logger)
                var current = 0
                for try await version in try await connection.query("SELECT coalesce(max(version), 0) FROM store_schema", logger: logger)
                    .decode(Int.self) { current = version }
                guard current <= PostGISSchema.migrations.count else {
                    throw StoreError.newerSchema(location: location, found: current, known: PostGISSchema.migrations.count)
                }
                for version in current..<PostGISSchema.migrations.count {
                    // The extended protocol takes one statement at a time.
                    for statement in PostGISSchema.migrations[version].components(separatedBy: ";\n") {
                        let sql = statement.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ";")))
                        if !sql.isEmpty { try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger) }
                    }
                    try await connection.query("INSERT INTO store_schema (version) VALUES (\(version + 1))", logger: logger)
                }
            }
        }
    }

    // MARK: - Statements

    static func storedKeys(_ keys: [ReportKey], _ connection: PostgresConnection, _ logger: Logger) async throws -> Set<ReportKey> {
        guard !keys.isEmpty else { return [] }
        let hexes = keys.map(\.hex)
        var found: Set<ReportKey> = []
        for try await hex in try await connection.query("SELECT key FROM reports WHERE key = ANY(\(hexes))", logger: logger).decode(String.self) {
            found.insert(ReportKey(hex: hex))
        }
        return found
    }

    /// Rows of `PostGISSchema.joinedColumns`, incident by incident, to stored incidents.
    func assemble(_ rows: PostgresRowSequence) async throws -> [StoredIncident] {
        var assembler = IncidentRowAssembler(location: location)
        for try await row in rows {
            let cells = row.makeRandomAccess()
            try assembler.add(key: try cells[0].decode(Int64.self), incident: {
                try IncidentRow(key: try cells[0].decode(Int64.self), cells: PostgresCells(cells: cells))
            }, source: {
                // The source columns follow the key and the incident columns.
                let s = 1 + IncidentColumns.fields.count
                guard let docID = try cells[s].decode(String?.self) else { return nil }
                return SourceRow(docID: docID, title: try cells[s + 1].decode(String?.self), url: try cells[s + 2].decode(String?.self),
                                 published: try cells[s + 3].decode(String?.self), start: try cells[s + 4].decode(Int.self),
                                 end: try cells[s + 5].decode(Int.self))
            })
        }
        return try assembler.finished()
    }

    func decodeIncident(_ json: String, key: Int64, _ decoder: JSONDecoder) throws -> Incident {
        do { return try decoder.decode(Incident.self, from: Data(json.utf8)) } catch {
            throw StoreError.corruptRow(location: location, reason: "incident row \(key): \(StoreError.describe(error))")
        }
    }

    // MARK: - Plumbing

    /// Runs `body` in a transaction, handing back the body's own error rather than a wrapper.
    func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await connection.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch let error as PostgresTransactionError {
            if let inner = error.closureError ?? error.commitError ?? error.beginError { throw inner }
            throw error
        }
    }

    /// Runs `body`, turning PostgresNIO's errors into `StoreError.database` with the server's message.
    func guarded<T>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(location: location, reason: Self.message(error))
        }
    }

    static func message(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            return "\(error.code)"
        }
        return String(describing: error)
    }
}

extension PostGISIncidentRepository {
    /// The bytes the store's three tables take on disk, indexes and TOAST included.
    public func storageBytes() async throws -> Int {
        try await guarded {
            let rows = try await connection.query("""
                SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint FROM pg_class c
                WHERE c.relname IN ('reports', 'incidents', 'incident_sources') AND c.relkind = 'r'
                """, logger: logger)
            for try await bytes in rows.decode(Int.self) { return bytes }
            return 0
        }
    }
}

/// A Postgres row's cells, for `IncidentRow`.
private struct PostgresCells: IncidentRowCells {
    let cells: PostgresRandomAccessRow
    func text(at index: Int) throws -> String? { try cells[index].decode(String?.self) }
    func integer(at index: Int) throws -> Int? { try cells[index].decode(Int?.self) }
    func real(at index: Int) throws -> Double? { try cells[index].decode(Double?.self) }
}

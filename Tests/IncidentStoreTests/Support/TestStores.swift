import Foundation
import GeoModel
import IncidentStore
import Logging
import Pipeline
import PostgresNIO
import Extraction

extension ReportIngestor {
    /// An ingestor that extracts with `pipeline`, as the `ingest` command wires it.
    init(pipeline: IncidentPipeline, repository: any IncidentRepository, batchSize: Int = defaultBatchSize) {
        self.init(repository: repository, batchSize: batchSize) { try pipeline.incidents(from: $0) }
    }
}

/// The two backends every contract test runs against.
enum StoreBackend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite, postgis
    var description: String { rawValue }
}

/// Opens empty stores for tests: a SQLite file in a fresh folder, or a fresh database on the
/// server named by `INCIDENTMAP_TEST_POSTGRES` (which `.ci/with-postgres.sh` starts).
enum TestStores {
    static let postgresVariable = "INCIDENTMAP_TEST_POSTGRES"

    /// An empty store of `backend`, or nil (after printing why) when PostgreSQL is not available.
    static func empty(_ backend: StoreBackend, test: String = #function) async throws -> (any IncidentRepository)? {
        switch backend {
        case .sqlite:
            return try SQLiteIncidentRepository(path: try temporaryFolder().appendingPathComponent("store.sqlite").path)
        case .postgis:
            guard let url = try await freshPostgresDatabase() else {
                print("skipped (\(test), postgis): \(postgresUnavailableReason)")
                return nil
            }
            return try await PostGISIncidentRepository(url: url)
        }
    }

    /// Why the PostGIS cases skip.
    static var postgresUnavailableReason: String {
        ProcessInfo.processInfo.environment[postgresVariable] == nil
            ? "\(postgresVariable) is not set (run the tests through .ci/with-postgres.sh)"
            : "the server in \(postgresVariable) cannot be reached"
    }

    /// A new, empty database with PostGIS on the server in `INCIDENTMAP_TEST_POSTGRES`, or nil when
    /// there is no server to reach.
    static func freshPostgresDatabase() async throws -> String? {
        guard let base = ProcessInfo.processInfo.environment[postgresVariable],
              var components = URLComponents(string: base), let host = components.host else { return nil }
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        guard try await runOnServer("CREATE DATABASE \(name)", host: host, components: components, database: "postgres") else { return nil }
        _ = try await runOnServer("CREATE EXTENSION postgis", host: host, components: components, database: name)
        components.path = "/" + name
        return components.string
    }

    /// Runs one statement as the URL's user on `database`; false when the server cannot be reached.
    private static func runOnServer(_ sql: String, host: String, components: URLComponents, database: String) async throws -> Bool {
        let logger = Logger(label: "tests", factory: { _ in SwiftLogNoOpLogHandler() })
        let configuration = PostgresConnection.Configuration(host: host, port: components.port ?? 5432,
                                                             username: components.user ?? "postgres",
                                                             password: components.password, database: database, tls: .disable)
        let connection: PostgresConnection
        do { connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger) } catch {
            return false
        }
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
        return true
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("incidentstore-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The bundled sample corpus and a pipeline with the built-in resources, loaded once.
enum SampleCorpus {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static let loadedPipeline = Result { try IncidentPipeline(resources: GeoResources.load()) }
    private static let loadedReports = Result { try ReportReader().read([root.appendingPathComponent("samples").path]) }

    static func pipeline() throws -> IncidentPipeline { try loadedPipeline.get() }
    static func reports() throws -> [Report] { try loadedReports.get() }
}

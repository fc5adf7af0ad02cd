import Foundation

/// Where `--db` points: a SQLite file, or a PostgreSQL/PostGIS server.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgis(url: String)

    /// The default embedded database.
    public static let defaultPath = "output/incidents.sqlite"

    /// A `postgres://` or `postgresql://` URL is a server; anything else is a file path.
    public init(parsing text: String) throws {
        guard !text.isEmpty else { throw StoreError.invalidLocation(text) }
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgis(url: text)
        } else if text.contains("://") {
            throw StoreError.invalidLocation(text)
        } else {
            self = .sqlite(path: text)
        }
    }

    public var description: String {
        switch self {
        case let .sqlite(path): path
        case let .postgis(url): PostGISIncidentRepository.redacted(url)
        }
    }

    /// Opens the store, migrating its schema when needed.
    /// - Parameter creating: false to refuse a SQLite file that does not exist yet (for commands that only read).
    /// - Throws: `StoreError`.
    public func open(creating: Bool = true) async throws -> any IncidentRepository {
        switch self {
        case let .sqlite(path):
            if !creating, !FileManager.default.fileExists(atPath: path) {
                throw StoreError.cannotOpen(location: path, reason: "no such file (create it with 'incidentmap ingest')")
            }
            return try SQLiteIncidentRepository(path: path)
        case let .postgis(url): return try await PostGISIncidentRepository(url: url)
        }
    }
}

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

    /// Opens the store, creating and migrating its schema when needed.
    /// - Throws: `StoreError`.
    public func open() async throws -> any IncidentRepository {
        switch self {
        case let .sqlite(path): try SQLiteIncidentRepository(path: path)
        case let .postgis(url): try await PostGISIncidentRepository(url: url)
        }
    }
}

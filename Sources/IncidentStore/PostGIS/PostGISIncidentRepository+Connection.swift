import Foundation
import PostgresNIO

/// Reading `postgres://` URLs and the server's error messages.
extension PostGISIncidentRepository {
    /// Parses a `postgres://` URL into a connection configuration; TLS is not used (loopback and LAN).
    static func configuration(_ url: String) throws -> PostgresConnection.Configuration {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? ""),
              let host = components.host, !host.isEmpty
        else { throw StoreError.invalidLocation(url) }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        return PostgresConnection.Configuration(host: host, port: components.port ?? 5432,
                                                username: components.user ?? "postgres", password: components.password,
                                                database: database.isEmpty ? nil : database, tls: .disable)
    }

    /// The URL with any password replaced by `***`.
    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }
}

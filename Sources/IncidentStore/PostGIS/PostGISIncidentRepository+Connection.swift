import Foundation
import NIOSSL
import PostgresNIO

/// Reading `postgres://` URLs and the server's error messages.
extension PostGISIncidentRepository {
    /// The URL with any password replaced by `***`.
    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }

    /// Why a connection failed, in words: the server's message, or what went wrong with TLS.
    static func connectionMessage(_ error: any Error, mode: PostgresURL.TLSMode) -> String {
        if let error = error as? PSQLError {
            if error.code == .sslUnsupported {
                return "the server does not accept TLS (sslmode=\(mode.rawValue)); turn ssl on on the server, "
                    + "or connect with sslmode=prefer or sslmode=disable"
            }
            if error.serverInfo == nil, let underlying = error.underlying { return connectionMessage(underlying, mode: mode) }
        }
        if let error = error as? NIOSSLError {
            return "TLS handshake failed (sslmode=\(mode.rawValue)): \(error)"
        }
        return message(error)
    }
}

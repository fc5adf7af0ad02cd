import Foundation
import NIOSSL
import PostgresNIO

/// A `postgres://user[:password]@host[:port]/database[?sslmode=...&sslrootcert=...]` URL, read
/// the way libpq reads one.
///
/// `sslmode` follows libpq: `disable` (plain), `prefer` (the default: TLS when the server offers
/// it, plain otherwise, no certificate check), `require` (TLS or fail, no certificate check),
/// `verify-ca` (TLS, the certificate must chain to a trusted root) and `verify-full` (as
/// `verify-ca`, and it must name the host). `sslrootcert` names a PEM file of trusted roots;
/// without it the system's roots are used. libpq's `allow` (plain first, TLS as a fallback) has
/// no PostgresNIO equivalent and is refused.
struct PostgresURL: Sendable, Hashable {
    /// `sslmode`.
    enum TLSMode: String, Sendable, CaseIterable {
        case disable, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    var host: String
    var port: Int
    var username: String
    var password: String?
    var database: String?
    var tlsMode: TLSMode
    var rootCertificatePath: String?

    /// Parses `text`.
    /// - Throws: `StoreError.invalidLocation` when it is not a postgres:// URL with a host;
    ///   `StoreError.invalidParameter` for a port out of range, or an `sslmode` or a parameter the
    ///   store does not know.
    init(parsing text: String) throws {
        guard let components = URLComponents(string: text), ["postgres", "postgresql"].contains(components.scheme ?? ""),
              let host = components.host, !host.isEmpty
        else { throw StoreError.invalidLocation(text) }
        self.host = host
        port = components.port ?? 5432
        guard (1...65535).contains(port) else {
            throw StoreError.invalidParameter(url: PostGISIncidentRepository.redacted(text), reason: "port \(port) is not between 1 and 65535")
        }
        username = components.user ?? "postgres"
        password = components.password
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? nil : path
        tlsMode = .prefer
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "sslmode":
                guard let mode = TLSMode(rawValue: value) else {
                    throw StoreError.invalidParameter(url: PostGISIncidentRepository.redacted(text), reason:
                        "sslmode '\(value)' is not one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                tlsMode = mode
            case "sslrootcert":
                rootCertificatePath = value
            default:
                throw StoreError.invalidParameter(url: PostGISIncidentRepository.redacted(text), reason:
                    "unknown parameter '\(item.name)' (known: sslmode, sslrootcert)")
            }
        }
    }

    /// PostgresNIO's configuration: the address, the credentials and the TLS context for `tlsMode`.
    /// - Throws: `StoreError.cannotOpen` when `sslrootcert` cannot be read or the TLS context
    ///   cannot be built, with NIOSSL's reason.
    func configuration(location: String) throws -> PostgresConnection.Configuration {
        PostgresConnection.Configuration(host: host, port: port, username: username, password: password,
                                         database: database, tls: try tls(location: location))
    }

    func tls(location: String) throws -> PostgresConnection.Configuration.TLS {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch tlsMode {
        case .disable: return .disable
        case .prefer, .require: configuration.certificateVerification = .none
        case .verifyCA: configuration.certificateVerification = .noHostnameVerification
        case .verifyFull: configuration.certificateVerification = .fullVerification
        }
        if let rootCertificatePath {
            guard FileManager.default.isReadableFile(atPath: rootCertificatePath) else {
                throw StoreError.cannotOpen(location: location, reason: "sslrootcert '\(rootCertificatePath)': no such readable file")
            }
            configuration.trustRoots = .file(rootCertificatePath)
        }
        let context: NIOSSLContext
        do { context = try NIOSSLContext(configuration: configuration) } catch {
            throw StoreError.cannotOpen(location: location, reason: "TLS setup: \(error)")
        }
        return tlsMode == .prefer ? .prefer(context) : .require(context)
    }
}

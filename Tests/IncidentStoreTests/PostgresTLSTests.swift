import Foundation
@testable import IncidentStore
import PostgresNIO
import Testing

/// `sslmode` and `sslrootcert` on postgres:// URLs, and TLS against the server that
/// `.ci/with-postgres.sh` starts with a self-signed certificate.
@Suite struct PostgresTLSTests {
    @Test(arguments: [
        ("postgres://ana@db.example.org:6543/incidents", PostgresURL.TLSMode.prefer, "db.example.org", 6543, "ana", "incidents", nil),
        ("postgres://db.example.org/incidents?sslmode=disable", .disable, "db.example.org", 5432, "postgres", "incidents", nil),
        ("postgresql://ana@10.0.0.5/x?sslmode=require", .require, "10.0.0.5", 5432, "ana", "x", nil),
        ("postgres://ana@h/x?sslmode=verify-ca&sslrootcert=/etc/ca.pem", .verifyCA, "h", 5432, "ana", "x", "/etc/ca.pem"),
        ("postgres://ana:secret@h:5433/x?sslrootcert=/ca.pem&sslmode=verify-full", .verifyFull, "h", 5433, "ana", "x", "/ca.pem"),
        ("postgres://h", .prefer, "h", 5432, "postgres", nil, nil),
    ] as [(String, PostgresURL.TLSMode, String, Int, String, String?, String?)])
    func urlsAreReadAsLibpqReadsThem(_ text: String, _ mode: PostgresURL.TLSMode, _ host: String, _ port: Int, _ user: String,
                                     _ database: String?, _ rootCertificate: String?) throws {
        let url = try PostgresURL(parsing: text)
        #expect(url.tlsMode == mode)
        #expect(url.host == host)
        #expect(url.port == port)
        #expect(url.username == user)
        #expect(url.database == database)
        #expect(url.rootCertificatePath == rootCertificate)
    }

    @Test func theTLSModeDecidesWhetherTLSIsTriedAndEnforced() throws {
        func tls(_ mode: String) throws -> PostgresConnection.Configuration.TLS {
            try PostgresURL(parsing: "postgres://h/x?sslmode=\(mode)").tls(location: "h")
        }
        #expect(try !tls("disable").isAllowed)
        #expect(try tls("prefer").isAllowed && !tls("prefer").isEnforced)
        for mode in ["require", "verify-ca", "verify-full"] {
            #expect(try tls(mode).isAllowed && tls(mode).isEnforced, "\(mode)")
        }
    }

    @Test(arguments: [
        ("postgres://h/x?sslmode=allow", "sslmode 'allow' is not one of disable, prefer, require, verify-ca, verify-full"),
        ("postgres://h/x?sslmode=", "sslmode '' is not one of"),
        ("postgres://u:pw@h/x?sslmode=on", "--db 'postgres://u:***@h/x?sslmode=on': sslmode 'on'"),
        ("postgres://h/x?application_name=a", "unknown parameter 'application_name' (known: sslmode, sslrootcert)"),
        ("postgres://h:99999/x", "port 99999 is not between 1 and 65535"),
        ("postgres://h:0/x", "port 0 is not between 1 and 65535"),
    ])
    func unknownModesAndParametersAreRefusedByName(_ text: String, _ message: String) throws {
        let error = try #require(throws: StoreError.self) { try PostgresURL(parsing: text) }
        #expect(error.description.contains(message), "\(error)")
    }

    @Test func aMissingRootCertificateIsNamed() throws {
        let url = try PostgresURL(parsing: "postgres://h/x?sslmode=verify-full&sslrootcert=/no/such/ca.pem")
        let error = try #require(throws: StoreError.self) { try url.tls(location: "postgres://h/x") }
        #expect(error == .cannotOpen(location: "postgres://h/x", reason: "sslrootcert '/no/such/ca.pem': no such readable file"))
    }

    @Test func requiringTLSFromAServerThatRefusesItFailsClearly() async throws {
        let server = try TLSRefusingServer()
        defer { server.stop() }
        let error = try await #require(throws: StoreError.self) {
            try await PostGISIncidentRepository(url: "postgres://postgres@127.0.0.1:\(server.port)/x?sslmode=require")
        }
        #expect(error.description.contains("the server does not accept TLS (sslmode=require)"), "\(error)")
    }

    /// The fresh test database with `query` appended, and the server's certificate; nil (after
    /// printing why) without a TLS-enabled test server.
    func tlsServer(test: String = #function) async throws -> (url: String, certificate: String)? {
        guard let certificate = ProcessInfo.processInfo.environment["INCIDENTMAP_TEST_POSTGRES_CA"] else {
            print("skipped (\(test)): INCIDENTMAP_TEST_POSTGRES_CA is not set (run the tests through .ci/with-postgres.sh)")
            return nil
        }
        guard let url = try await TestStores.freshPostgresDatabase() else {
            print("skipped (\(test)): \(TestStores.postgresUnavailableReason)")
            return nil
        }
        return (url, certificate)
    }

    /// Whether the repository's own connection is encrypted, as the server sees it.
    func usesTLS(_ store: PostGISIncidentRepository) async throws -> Bool {
        let rows = try await store.connection.query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", logger: store.logger)
        for try await ssl in rows.decode(Bool.self) { return ssl }
        return false
    }

    @Test func eachModeConnectsToTheTestServerAsAsked() async throws {
        guard let (url, certificate) = try await tlsServer() else { return }
        for (query, encrypted) in [("sslmode=disable", false), ("sslmode=prefer", true), ("sslmode=require", true),
                                   ("sslmode=verify-ca&sslrootcert=\(certificate)", true),
                                   ("sslmode=verify-full&sslrootcert=\(certificate)", true)] {
            let store = try await PostGISIncidentRepository(url: url + "?" + query)
            #expect(try await usesTLS(store) == encrypted, "\(query)")
            #expect(try await store.statistics() == StoreStatistics(reports: 0, incidents: 0, sources: 0))
            try await store.close()
        }
    }

    @Test func verifyingAgainstTheSystemRootsRefusesTheSelfSignedCertificate() async throws {
        guard let (url, _) = try await tlsServer() else { return }
        let error = try await #require(throws: StoreError.self) {
            try await PostGISIncidentRepository(url: url + "?sslmode=verify-full")
        }
        #expect(error.description.contains("cannot open the store: TLS handshake failed (sslmode=verify-full)"), "\(error)")
    }
}

import Foundation
import GeoModel
import IncidentStore
import Testing

/// `--db` on `count`, `query` and `map`, through the built binary. The stores are filled in
/// process (the `ingest` command itself is run by `CrashSafetyTests`), and the files side reads
/// the same incidents from a JSON Lines file, so that every run here is quick.
@Suite struct StoreCommandTests {
    func decodeIncidents(_ jsonl: String) throws -> [Incident] {
        try jsonl.split(whereSeparator: \.isNewline).map { try JSONDecoder().decode(Incident.self, from: Data($0.utf8)) }
    }

    /// The sample corpus's incidents as a JSON Lines file, and the same corpus ingested into `store`.
    func prepare(_ store: any IncidentRepository, folder: URL) async throws -> String {
        let pipeline = try SampleCorpus.pipeline()
        let reports = try SampleCorpus.reports()
        let incidents = try pipeline.incidents(from: reports)
        let lines = try incidents.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }.joined(separator: "\n") + "\n"
        let file = folder.appendingPathComponent("incidents.jsonl")
        try lines.write(to: file, atomically: true, encoding: .utf8)
        _ = try await ReportIngestor(pipeline: pipeline, repository: store).ingest(reports)
        try await store.close()
        return file.path
    }

    @Test func countByProvinceAndWeekIsTheSameFromFilesSQLiteAndPostGIS() async throws {
        let folder = try TestStores.temporaryFolder()
        let path = folder.appendingPathComponent("store.sqlite").path
        let file = try await prepare(try SQLiteIncidentRepository(path: path), folder: folder)
        let count = ["count", "--by", "province,week", "--format", "csv"]
        let files = try StoreCLI.run(count + [file])
        #expect(files.status == 0, "\(files.stderr)")
        #expect(files.stdout.split(whereSeparator: \.isNewline).count > 10)
        let sqlite = try StoreCLI.run(count + ["--db", path])
        #expect(sqlite.status == 0, "\(sqlite.stderr)")
        #expect(sqlite.stdout == files.stdout)

        // query reads the store as it reads files: the same incidents in the same order.
        let near = ["query", "--near", "34.73,36.71", "--radius-km", "80", "--from", "2015-10-01"]
        let fromFiles = try decodeIncidents(StoreCLI.run(near + [file]).stdout)
        #expect(!fromFiles.isEmpty)
        #expect(try decodeIncidents(StoreCLI.run(near + ["--db", path]).stdout) == fromFiles)

        guard let url = try await TestStores.freshPostgresDatabase() else {
            print("skipped (count and query from PostGIS): \(TestStores.postgresUnavailableReason)")
            return
        }
        _ = try await prepare(try await PostGISIncidentRepository(url: url), folder: folder)
        let postgis = try StoreCLI.run(count + ["--db", url])
        #expect(postgis.status == 0, "\(postgis.stderr)")
        #expect(postgis.stdout == files.stdout)
        #expect(try decodeIncidents(StoreCLI.run(near + ["--db", url]).stdout) == fromFiles)
    }

    @Test func mapDrawsTheStoredIncidents() async throws {
        let folder = try TestStores.temporaryFolder()
        let path = folder.appendingPathComponent("store.sqlite").path
        let store = try SQLiteIncidentRepository(path: path)
        _ = try await ReportIngestor(pipeline: try SampleCorpus.pipeline(), repository: store).ingest(try SampleCorpus.reports())
        let statistics = try await store.statistics()
        let stored = statistics.incidents
        try await store.close()
        #expect(statistics.reports == (try SampleCorpus.reports().count) && statistics.reports > 0)
        let map = try StoreCLI.run(["map", "--db", path, "--out", folder.appendingPathComponent("layers").path])
        #expect(map.status == 0, "\(map.stderr)")
        // It says where the incidents came from: no report was read from files, the store holds them.
        #expect(map.stdout.contains("reports read: 0 from files (0 already stored), \(statistics.reports) stored in \(path)\n"), "\(map.stdout)")
        #expect(map.stdout.contains("incidents read from the store: \(stored)\n"))
        #expect(map.stdout.contains("incidents found: \(stored)\n"))

        // The same reports given again as files are already stored: nothing is counted twice.
        let both = try StoreCLI.run(["map", "samples", "--db", path, "--out", folder.appendingPathComponent("both").path])
        #expect(both.status == 0, "\(both.stderr)")
        #expect(both.stdout.contains("reports read: \(statistics.reports) from files (\(statistics.reports) already stored), \(statistics.reports) stored in \(path)\n"))
        #expect(both.stdout.contains("incidents found: \(stored)\n"), "\(both.stdout)")

        // A report not yet stored that describes a stored incident adds a source, not an incident.
        let retold = folder.appendingPathComponent("retold.txt")
        try Data("""
        ---
        id: retold-01
        date: 2015-10-07
        ---
        Russian warplanes struck Talbiseh on Tuesday, a monitor said.
        """.utf8).write(to: retold)
        let again = try StoreCLI.run(["map", retold.path, "--db", path, "--out", folder.appendingPathComponent("again").path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("incidents found: \(stored)\n"), "\(again.stdout)")
        let merged = try String(contentsOf: folder.appendingPathComponent("again/incidents.geojson"), encoding: .utf8)
        #expect(merged.contains("retold-01"))

        let geojson = try Data(contentsOf: folder.appendingPathComponent("layers/incidents.geojson"))
        let features = try JSONDecoder().decode(FeatureCount.self, from: geojson).features.count
        #expect(features == stored)
    }

    struct FeatureCount: Decodable {
        struct Feature: Decodable {}
        var features: [Feature]
    }

    @Test(arguments: [
        (["count", "--by", "province", "--db", "ftp://example.org/x"], "--db 'ftp://example.org/x'"),
        (["count", "--by", "province", "--db", "postgres://postgres@127.0.0.1:1/none"], "cannot open the store"),
        (["count", "--by", "province"], "give at least one SOURCE, or --db"),
        (["count", "--by", "province", "--db", "postgres://postgres@127.0.0.1:1/x?sslmode=bogus"],
         "--db 'postgres://postgres@127.0.0.1:1/x?sslmode=bogus': sslmode 'bogus' is not one of"),
        (["map", "--db", "postgres://postgres@127.0.0.1:1/x?sslmode=verify-full&sslrootcert=/no/such/ca.pem"],
         "sslrootcert '/no/such/ca.pem': no such readable file"),
        (["count", "--by", "province", "--db", "/tmp/no-such-store.sqlite"], "/tmp/no-such-store.sqlite: cannot open the store: no such file"),
        (["query", "--actor", "army"], "give at least one SOURCE, or --db"),
        (["ingest", "samples", "--batch-size", "0"], "--batch-size must be at least 1"),
        (["ingest", "no-such-folder", "--db", "/tmp/never-written.sqlite"], "no-such-folder"),
    ])
    func badStoreArgumentsGiveOneLineAndAFailure(_ arguments: [String], _ message: String) throws {
        let result = try StoreCLI.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(whereSeparator: \.isNewline).count <= 3)
    }

    @Test func aFileThatIsNotADatabaseIsNamedInTheError() throws {
        let path = try TestStores.temporaryFolder().appendingPathComponent("letters.sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        let result = try StoreCLI.run(["count", "--by", "province", "--db", path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("incidentmap: error: \(path): cannot open the store"), "\(result.stderr)")
        #expect(result.stderr.split(whereSeparator: \.isNewline).count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(repeating: 0x41, count: 4096))
    }
}

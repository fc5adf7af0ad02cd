import Foundation
import Testing
import TestSupport

/// The gazetteer cache survives anything: re-imports, damage, repeated rows.
extension HardeningTests {
    static let dumpRow = (["7", "Alpha", "Alpha", "", "34.5", "36.5", "P", "PPL", "SY", "", "11"] + Array(repeating: "", count: 3)
        + ["100", "", "", "Asia/Damascus", "2024-01-01"]).joined(separator: "\t")

    /// Importing an unchanged dump again does nothing (it used to fail, delete the cache and
    /// leave a temporary file behind), and the count is of places stored, not rows read.
    @Test func importingAnUnchangedDumpTwiceIsANoOp() throws {
        let cache = try CLI.temporaryFolder()
        let dump = try write(String(repeating: Self.dumpRow + "\n", count: 3), as: "XX.txt")
        let first = try CLI.run(["gazetteer", "import", dump.path], environment: ["INCIDENTMAP_CACHE": cache.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains(": 1 places,"), "\(first.stdout)")
        #expect(first.stdout.contains("2 repeated rows merged"), "\(first.stdout)")
        let files = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { !$0.hasPrefix(".") }
        for _ in 0..<2 {
            let again = try CLI.run(["gazetteer", "import", dump.path], environment: ["INCIDENTMAP_CACHE": cache.path])
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout.contains("unchanged since its import, 1 places"), "\(again.stdout)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { !$0.hasPrefix(".") } == files)
        }
        let lookup = try CLI.run(["gazetteer", "lookup", "Alpha", "--gazetteer", dump.path, "--no-builtin-gazetteer"],
                                 environment: ["INCIDENTMAP_CACHE": cache.path])
        #expect(lookup.status == 0 && lookup.stdout.contains("geonames:7"), "\(lookup.stdout) \(lookup.stderr)")
    }

    /// A damaged built-in snapshot is found by its checksum, rebuilt, and said in one line;
    /// the run goes on and the next one is quiet.
    @Test func aDamagedBuiltinSnapshotIsRebuilt() throws {
        let cache = try CLI.temporaryFolder()
        let environment = ["INCIDENTMAP_CACHE": cache.path]
        let first = try CLI.run(["geocode", "Homs"], environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        let snapshot = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasSuffix(".gzs") })
        let url = cache.appendingPathComponent(snapshot)
        var bytes = try Data(contentsOf: url)
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: url)
        let damaged = try CLI.run(["geocode", "Homs"], environment: environment)
        #expect(damaged.status == 0, "\(damaged.stderr)")
        #expect(damaged.stdout == first.stdout)
        #expect(damaged.stderr.split(separator: "\n").count == 1, "\(damaged.stderr)")
        #expect(damaged.stderr.contains(url.path) && damaged.stderr.contains("rebuilt"), "\(damaged.stderr)")
        let after = try CLI.run(["geocode", "Homs"], environment: environment)
        #expect(after.status == 0 && after.stderr.isEmpty, "\(after.stderr)")
        #expect(after.stdout == first.stdout)
    }
}

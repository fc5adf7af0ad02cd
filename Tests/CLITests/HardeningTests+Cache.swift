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

    /// The first run after a build reads the built-in files, writes the snapshot and goes on
    /// with the gazetteer read back from it (issue 19: the one built from the files kept its
    /// slack, and the run peaked about 145 MiB higher). Its answers are a later run's, which
    /// restores the snapshot, and a run that cannot write the snapshot answers the same.
    @Test func aFirstRunAnswersAsALaterOneDoes() throws {
        let cache = try CLI.temporaryFolder()
        let arguments = ["extract", "samples/05-jisr-ariha-raids.txt", "samples/09-al-mayadin-battle.txt"]
        let first = try CLI.run(arguments, environment: ["INCIDENTMAP_CACHE": cache.path])
        #expect(first.status == 0 && first.stderr.isEmpty, "\(first.stderr)")
        #expect(first.stdout.contains("\"latitude\""), "\(first.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).contains { $0.hasSuffix(".gzs") })
        let later = try CLI.run(arguments, environment: ["INCIDENTMAP_CACHE": cache.path])
        #expect(later.status == 0 && later.stderr.isEmpty, "\(later.stderr)")
        #expect(later.stdout == first.stdout)
        // A cache "folder" that is a plain file: no snapshot is written, the run goes on.
        let blocked = try write("not a folder", as: "cache-file")
        let unwritable = try CLI.run(arguments, environment: ["INCIDENTMAP_CACHE": blocked.path])
        #expect(unwritable.status == 0, "\(unwritable.stderr)")
        #expect(unwritable.stdout == first.stdout)
        let info = try CLI.run(["gazetteer", "info"], environment: ["INCIDENTMAP_CACHE": blocked.path])
        let restoredInfo = try CLI.run(["gazetteer", "info"], environment: ["INCIDENTMAP_CACHE": cache.path])
        #expect(info.status == 0 && restoredInfo.status == 0, "\(info.stderr) \(restoredInfo.stderr)")
        // Counts by country and class agree; only the source line says where the index came from.
        #expect(info.stdout.split(separator: "\n").filter { !$0.hasPrefix("source") } == restoredInfo.stdout.split(separator: "\n").filter { !$0.hasPrefix("source") })
    }
}

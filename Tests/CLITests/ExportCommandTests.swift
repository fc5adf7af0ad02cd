import Foundation
import Testing
import TestSupport

/// `incidentmap export`, run as a user runs it.
@Suite struct ExportCommandTests {
    struct MapFailed: Error, CustomStringConvertible { var description: String }

    /// `map samples`, run once for the whole suite (each test then works in its own copy).
    static let mapped: Result<URL, any Error> = Result {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["map", "samples", "--out", out.path])
        guard result.status == 0 else { throw MapFailed(description: result.stderr) }
        return out
    }

    /// A fresh copy of the mapped samples' folder.
    func mapSamples() throws -> URL {
        let copy = try CLI.temporaryFolder().appendingPathComponent("layers")
        try FileManager.default.copyItem(at: try Self.mapped.get(), to: copy)
        return copy
    }

    @Test func reExportingOurGeoJSONGivesTheSameBytes() throws {
        let folder = try mapSamples()
        let original = folder.appendingPathComponent("incidents.geojson")
        let copy = folder.appendingPathComponent("again.geojson")
        let result = try CLI.run(["export", original.path, "--format", "geojson", "--out", copy.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: copy) == Data(contentsOf: original))
    }

    @Test func aFilteredKMLHoldsExactlyTheMatchingIncidents() throws {
        let folder = try mapSamples()
        let geojson = folder.appendingPathComponent("incidents.geojson")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: geojson)) as! [String: Any]
        let battles = (object["features"] as! [[String: Any]]).filter {
            ($0["properties"] as! [String: Any])["event_type"] as? String == "Battles"
        }
        let result = try CLI.run(["export", geojson.path, "--format", "kml", "--type", "Battles"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "<Placemark>").count - 1 == battles.count)
        #expect(!result.stdout.contains("Explosions/Remote violence</SimpleData>"))
    }

    @Test func allLayersNeedAFolder() throws {
        let folder = try mapSamples()
        let result = try CLI.run(["export", folder.appendingPathComponent("incidents.geojson").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--out"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aBadDateLeavesNoFileBehind() throws {
        let folder = try mapSamples()
        let target = folder.appendingPathComponent("subset.csv")
        let result = try CLI.run(["export", folder.appendingPathComponent("incidents.geojson").path, "--format", "csv",
                                  "--from", "2019-02-30", "--out", target.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("2019-02-30"))
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    /// GeoJSON and CSV are written batch by batch while the file is read; the result is the
    /// layer the whole read gives, and a bad record in the middle leaves no file behind.
    @Test func streamedLayersMatchAndStayAllOrNothing() throws {
        let folder = try mapSamples()
        let geojson = folder.appendingPathComponent("incidents.geojson")
        let csvOut = folder.appendingPathComponent("streamed.csv")
        let result = try CLI.run(["export", geojson.path, "--format", "csv", "--out", csvOut.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: csvOut, encoding: .utf8) == String(contentsOf: folder.appendingPathComponent("incidents.csv"), encoding: .utf8))

        // The same incidents as JSON Lines, the last line broken.
        let lines = try CLI.run(["query", geojson.path])
        #expect(lines.status == 0, "\(lines.stderr)")
        let count = lines.stdout.split(separator: "\n").count
        #expect(count > 2)
        let jsonl = folder.appendingPathComponent("cut.jsonl")
        try Data((lines.stdout + #"{"id":"cut","sub_event_type":"#).utf8).write(to: jsonl)
        let target = folder.appendingPathComponent("cut.geojson")
        let failed = try CLI.run(["export", jsonl.path, "--format", "geojson", "--out", target.path])
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("cut.jsonl:\(count + 1)"), "\(failed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasSuffix(".tmp") })

        // Without the broken line, the streamed GeoJSON holds every incident and its bbox.
        try Data(lines.stdout.utf8).write(to: jsonl)
        let whole = try CLI.run(["query", jsonl.path, "--format", "geojson"])
        #expect(whole.status == 0, "\(whole.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(whole.stdout.utf8)) as! [String: Any]
        #expect((object["features"] as! [Any]).count == count)
        #expect((object["bbox"] as? [Double])?.count == 4)
    }
}

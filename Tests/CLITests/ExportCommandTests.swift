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
}

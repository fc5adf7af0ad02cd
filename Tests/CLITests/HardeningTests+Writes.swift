import Foundation
import Testing
import TestSupport

/// Layer sets all or nothing, every write checked, every message one line.
extension HardeningTests {
    @Test func aFolderInTheWayOfALayerLeavesTheOldSetWhole() throws {
        let out = try CLI.temporaryFolder().appendingPathComponent("out")
        let first = try CLI.run(["map", "samples", "--out", out.path])
        #expect(first.status == 0, "\(first.stderr)")
        let geojson = try Data(contentsOf: out.appendingPathComponent("incidents.geojson"))
        try FileManager.default.removeItem(at: out.appendingPathComponent("incidents.kml"))
        try FileManager.default.createDirectory(at: out.appendingPathComponent("incidents.kml"), withIntermediateDirectories: false)
        let report = try write("---\nid: only\ndate: 2015-10-05\n---\nAirstrikes hit Talbiseh on Monday, killing 4 people.\n", as: "one.txt")
        let second = try CLI.run(["map", report.path, "--out", out.path])
        expectOneLineError(second, naming: out.appendingPathComponent("incidents.kml").path, "folder")
        #expect(try Data(contentsOf: out.appendingPathComponent("incidents.geojson")) == geojson)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path) == ["out"])
    }

    /// Every command that prints fails, naming standard output, when stdout is a full disk.
    @Test func aFullStandardOutputIsAnError() throws {
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { return }
        let csv = try write(Self.incidents, as: "incidents.csv")
        let out = try CLI.temporaryFolder()
        for arguments in [["count", csv.path, "--by", "province"], ["count", csv.path, "--by", "province", "--format", "json"],
                          ["geocode", "Homs"], ["gazetteer", "info"], ["gazetteer", "lookup", "Homs"],
                          ["map", "samples", "--out", out.path], ["query", csv.path], ["extract", "samples"]] {
            let result = try CLI.run(arguments, standardOutput: full)
            expectOneLineError(result, naming: "standard output", "No space left on device")
        }
        // ingest reports its progress on stderr too; after it comes the one line of the error.
        let ingest = try CLI.run(["ingest", "samples", "--db", out.appendingPathComponent("store.sqlite").path], standardOutput: full)
        #expect(ingest.status != 0)
        let errors = ingest.stderr.split(separator: "\n").filter { $0.hasPrefix("incidentmap:") }
        #expect(errors == ["incidentmap: error: standard output: cannot write: No space left on device"], "\(ingest.stderr)")
        #expect(ingest.stderr.split(separator: "\n").last.map(String.init) == errors.first.map(String.init))
    }

    @Test func aCSVValueHoldingANewlineGivesOneLine() throws {
        let csv = try write("sub_event_type,country,latitude,longitude,fatalities\nArmed clash,SY,35,36,\"1\n2\"\n", as: "nl.csv")
        expectOneLineError(try CLI.run(["query", csv.path]), naming: "\(csv.path):2", "fatalities")
    }
}

extension HardeningTests {
    @Test func aGeoJSONIncidentFileSyntaxErrorGivesTheLine() throws {
        let file = try write("{\"type\": \"FeatureCollection\",\n \"features\": [\n\n  {\"type\": \"Feature\" \"properties\": {}}\n]}\n",
                             as: "incidents.geojson")
        expectOneLineError(try CLI.run(["query", file.path]), naming: "\(file.path):4:", "byte")
    }
}

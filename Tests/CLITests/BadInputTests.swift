import Foundation
import Testing
import TestSupport

/// Each bad input of the foundation issue: a one-line error naming the file, a non-zero exit,
/// and no partial output file.
@Suite struct BadInputTests {
    func expectCleanFailure(_ result: CLI.Result, naming file: String, outputFolder: URL? = nil) throws {
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "expected one line, got: \(result.stderr)")
        #expect(result.stderr.contains(file), "message should name \(file): \(result.stderr)")
        if let outputFolder {
            let left = (try? FileManager.default.contentsOfDirectory(atPath: outputFolder.path)) ?? []
            #expect(left.isEmpty, "no output may be left behind, found \(left)")
        }
    }

    @Test func missingFile() throws {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["map", "/nonexistent/reports.txt", "--out", out.path])
        try expectCleanFailure(result, naming: "/nonexistent/reports.txt", outputFolder: out)
    }

    @Test func directoryWithNoReports() throws {
        let empty = try CLI.temporaryFolder()
        try Data("not a report".utf8).write(to: empty.appendingPathComponent("notes.md"))
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["map", empty.path, "--out", out.path])
        try expectCleanFailure(result, naming: empty.path, outputFolder: out)
        #expect(result.stderr.contains("no reports"))
    }

    @Test func invalidUTF8NamesTheByteOffset() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("bad.txt")
        var bytes = Array("Shelling hit Homs on Monday. ".utf8)
        bytes.append(0xFF)
        bytes += Array(" more text".utf8)
        try Data(bytes).write(to: file)
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["map", file.path, "--out", out.path])
        try expectCleanFailure(result, naming: file.path, outputFolder: out)
        #expect(result.stderr.contains("byte 29"))
    }

    @Test func lenientReplacesInvalidUTF8() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("bad.txt")
        try Data(Array("Clashes in Homs.".utf8) + [0xC3]).write(to: file)
        let result = try CLI.run(["extract", file.path, "--lenient"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func geoNamesDumpWithShortRow() throws {
        let folder = try CLI.temporaryFolder()
        let dump = folder.appendingPathComponent("XX.txt")
        let good = (["1", "Alpha", "Alpha", "", "34.5", "36.5", "P", "PPL", "SY", "", "11"] + Array(repeating: "", count: 3) + ["100", "", "", "Asia/Damascus", "2024-01-01"]).joined(separator: "\t")
        try Data((good + "\n2\tBeta\tBeta\n").utf8).write(to: dump)
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["map", "samples", "--gazetteer", dump.path, "--out", out.path])
        try expectCleanFailure(result, naming: "\(dump.path):2", outputFolder: out)
        #expect(result.stderr.contains("columns"))
    }

    @Test func boundariesFileThatIsNotGeoJSON() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("provinces.geojson")
        try Data("name,wkt\nHoms,POLYGON((0 0,1 0,1 1,0 0))\n".utf8).write(to: file)
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["map", "samples", "--boundaries", file.path, "--out", out.path])
        try expectCleanFailure(result, naming: file.path, outputFolder: out)
        #expect(result.stderr.contains("not GeoJSON"))
    }
}

import Foundation
import GeoModel
@testable import Layers
import Testing

/// `map --out`: the layers are written as one set, all of them or none.
@Suite struct LayerSetTests {
    func freshFolder() throws -> URL {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("layerset-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        return parent.appendingPathComponent("out")
    }

    /// Every file of `folder` with its bytes.
    func snapshot(_ folder: URL) throws -> [String: Data] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) })
    }

    /// Opens every layer as usual, except `failing`, which goes to `/dev/full`: each write
    /// to it fails with ENOSPC, as on a full disk.
    func fullDisk(for failing: String) -> (URL) throws -> FileHandle {
        { url in
            if url.lastPathComponent == failing, let device = FileHandle(forWritingAtPath: "/dev/full") { return device }
            return try AtomicFile.open(url, flags: O_WRONLY | O_CREAT | O_TRUNC, reportedAs: url.path)
        }
    }

    @Test func aFullDiskLeavesTheOldSetWholeAndNamesTheFile() throws {
        let out = try freshFolder()
        try LayerSet.write(incidents: LayerFixtures.incidents, provinces: LayerFixtures.provinces, to: out)
        let old = try snapshot(out)
        #expect(old.keys.sorted() == LayerSet.fileNames.sorted())

        let fewer = Array(LayerFixtures.incidents.prefix(1))
        #expect {
            try LayerSet.write(incidents: fewer, provinces: LayerFixtures.provinces, to: out, opening: fullDisk(for: "incidents.csv"))
        } throws: { error in
            error as? LayersError == .cannotWrite(target: out.appendingPathComponent("incidents.csv").path, reason: "No space left on device")
        }
        #expect(try snapshot(out) == old)
        // Nothing is left beside the folder either.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path) == ["out"])
    }

    @Test func aFullDiskLeavesAFreshFolderEmpty() throws {
        let out = try freshFolder()
        #expect(throws: LayersError.self) {
            try LayerSet.write(incidents: LayerFixtures.incidents, provinces: LayerFixtures.provinces, to: out,
                               opening: fullDisk(for: "map.html"))
        }
        #expect(try snapshot(out).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path) == ["out"])
    }

    @Test func aFolderInTheWayChangesNothing() throws {
        let out = try freshFolder()
        try LayerSet.write(incidents: LayerFixtures.incidents, provinces: LayerFixtures.provinces, to: out)
        try FileManager.default.removeItem(at: out.appendingPathComponent("incidents.kml"))
        try FileManager.default.createDirectory(at: out.appendingPathComponent("incidents.kml"), withIntermediateDirectories: false)
        let geojson = try Data(contentsOf: out.appendingPathComponent("incidents.geojson"))
        #expect(throws: LayersError.cannotReplace(file: out.appendingPathComponent("incidents.kml").path, reason: "a folder has that name")) {
            try LayerSet.write(incidents: [], provinces: LayerFixtures.provinces, to: out)
        }
        #expect(try Data(contentsOf: out.appendingPathComponent("incidents.geojson")) == geojson)
    }

    @Test func aNewSetReplacesTheOldOne() throws {
        let out = try freshFolder()
        try LayerSet.write(incidents: LayerFixtures.incidents, provinces: LayerFixtures.provinces, to: out)
        try LayerSet.write(incidents: [], provinces: LayerFixtures.provinces, to: out)
        let csv = try String(contentsOf: out.appendingPathComponent("incidents.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\n").count == 1, "only the header is left: \(csv)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path) == ["out"])
    }

    /// Beside the CSV: its OGR column types, one per column, and WGS 84.
    @Test func theCSVHasItsTypesAndProjectionBeside() throws {
        let out = try freshFolder()
        try LayerSet.write(incidents: LayerFixtures.incidents, provinces: LayerFixtures.provinces, to: out)
        let csvt = try String(contentsOf: out.appendingPathComponent("incidents.csvt"), encoding: .utf8)
        let header = try String(contentsOf: out.appendingPathComponent("incidents.csv"), encoding: .utf8).components(separatedBy: "\r\n")[0]
        #expect(csvt.split(separator: ",").count == header.split(separator: ",").count)
        #expect(csvt.hasPrefix("String,Date,Integer,Integer,"))
        let prj = try String(contentsOf: out.appendingPathComponent("incidents.prj"), encoding: .utf8)
        #expect(prj == CSVWriter.projection)
        #expect(LayerSet.fileNames.suffix(2) == ["incidents.csvt", "incidents.prj"])
    }
}

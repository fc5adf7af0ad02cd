import Foundation
import GazetteerKit
import Testing

@Suite struct GeoNamesReaderTests {
    func row(_ id: String, _ name: String, lat: String = "34.9", lon: String = "36.7", admin1: String = "11") -> String {
        ([id, name, name, "Alt One,Alt Two", lat, lon, "P", "PPL", "SY", "", admin1, "", "", "", "5000", "", "", "Asia/Damascus", "2024-01-01"])
            .joined(separator: "\t")
    }

    func write(_ text: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("SY.txt")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func loadsRowsAndAdmin1NamesBesideTheDump() throws {
        let url = try write(row("1", "Ar Rastan") + "\n")
        try Data("SY.11\tHoms\tHoms\t169575\n".utf8).write(to: url.deletingLastPathComponent().appendingPathComponent("admin1CodesASCII.txt"))
        var gazetteer = Gazetteer()
        try GeoNamesReader.load(dump: url, into: &gazetteer)
        let found = gazetteer.lookup("Alt Two")
        #expect(found.count == 1)
        #expect(found.first?.place.admin1 == "Homs")
        #expect(found.first?.place.admin1Code == "SY.11")
        #expect(found.first?.place.id == "geonames:1")
    }

    @Test(arguments: [
        ("1\tShort\trow\n", "expected 19"),
        ("LAT", "not a number"),
        ("LAT91", "out of range"),
    ])
    func malformedRowsNameFileAndLine(kind: String, reason: String) throws {
        let bad: String
        switch kind {
        case "LAT": bad = row("2", "Bad", lat: "north")
        case "LAT91": bad = row("2", "Bad", lat: "91.5")
        default: bad = kind.trimmingCharacters(in: .newlines)
        }
        let url = try write(row("1", "Good") + "\n" + bad + "\n")
        var gazetteer = Gazetteer()
        #expect {
            try GeoNamesReader.load(dump: url, into: &gazetteer)
        } throws: { error in
            guard case let GazetteerError.malformedRow(file, line, message) = error else { return false }
            return file == url.path && line == 2 && message.contains(reason)
        }
    }
}

import Foundation
import GazetteerKit
import Testing
import ZIPFoundation

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

@Suite struct GeoNamesReaderArchiveTests {
    let helper = GeoNamesReaderTests()

    @Test func readsAZippedDumpAndNamesTheMemberInErrors() throws {
        let text = helper.row("1", "Ar Rastan") + "\n" + helper.row("2", "Broken", lat: "north") + "\n"
        let plain = try helper.write(text)
        let zipURL = plain.deletingLastPathComponent().appendingPathComponent("SY.zip")
        let archive = try Archive(url: zipURL, accessMode: .create)
        try archive.addEntry(with: "SY.txt", relativeTo: plain.deletingLastPathComponent())
        var gazetteer = Gazetteer()
        let report = try GeoNamesReader.load(dump: zipURL, into: &gazetteer, policy: .skip)
        #expect(report.places == 1)
        #expect(gazetteer.lookup("Rastan").first?.place.id == "geonames:1")
        #expect(report.skipped == [.malformedRow(file: zipURL.path + ":SY.txt", line: 2,
                                                 reason: "coordinate is not a number: 'north', '36.7'")])
    }

    @Test func aBrokenZipIsAnErrorNamingTheFile() throws {
        let plain = try helper.write("")
        let zipURL = plain.deletingLastPathComponent().appendingPathComponent("cities500.zip")
        try Data("PK\u{3}\u{4} this is not really an archive".utf8).write(to: zipURL)
        var gazetteer = Gazetteer()
        #expect {
            try GeoNamesReader.load(dump: zipURL, into: &gazetteer)
        } throws: { error in
            guard case let GazetteerError.unreadable(file, reason) = error else { return false }
            return file == zipURL.path && reason.contains("zip")
        }
    }

    @Test func skipPolicyKeepsGoodRowsAndListsEveryBadLine() throws {
        let text = [helper.row("1", "Good"), "1\tShort\trow", helper.row("3", "Polar", lat: "90.5"), helper.row("4", "Also Good")]
            .joined(separator: "\n") + "\n"
        let url = try helper.write(text)
        var gazetteer = Gazetteer()
        let report = try GeoNamesReader.load(dump: url, into: &gazetteer, policy: .skip)
        #expect(report.places == 2)
        #expect(report.skipped.map { if case let .malformedRow(_, line, _) = $0 { line } else { 0 } } == [2, 3])
        #expect(gazetteer.lookup("Also Good").count == 1)
    }
}

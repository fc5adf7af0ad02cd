import Foundation
import GeoModel
@testable import IncidentFiles
import Testing

/// Each kind of bad input gets a one-line error naming the file and line, from both readers,
/// and `lenient` skips bad records with a count.
@Suite struct BadIncidentFileTests {
    static let header = "event_id_cnty,event_date,event_type,sub_event_type,country,latitude,longitude,fatalities\n"
    static let good = "A,2015-10-05,Battles,Armed clash,Syria,35,36,2\n"
    static let goodJSON = #"{"id":"a","event_date":"2015-10-05","time_precision":1,"sub_event_type":"Armed clash","location":"X","latitude":35,"longitude":36,"geo_precision":1,"country":"SY","fatalities":2}"#

    func write(_ text: String, as ext: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).\(ext)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The error of reading `path`, which must name the file and `line`.
    func expectError(_ path: String, line: Int, saying text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            _ = try IncidentFileReader.read(path)
            Issue.record("\(path) was read without an error", sourceLocation: sourceLocation)
        } catch let error as IncidentFileError {
            let message = "\(error)"
            #expect(message.hasPrefix("\(path):\(line): "), "\(message)", sourceLocation: sourceLocation)
            #expect(message.contains(text), "\(message) should say \(text)", sourceLocation: sourceLocation)
            #expect(!message.contains("\n"), sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func csvWithAnUnterminatedQuote() throws {
        let path = try write(Self.header + Self.good + "B,2015-10-05,Battles,Armed clash,\"Syria,35,36,2\n" + Self.good, as: "csv")
        expectError(path, line: 3, saying: "unterminated quote")
    }

    @Test func jsonWithAnUnterminatedString() throws {
        let path = try write(Self.goodJSON + "\n" + #"{"id":"b,"sub_event_type":"Armed clash"}"# + "\n", as: "jsonl")
        expectError(path, line: 2, saying: "not valid JSON")
    }

    @Test(arguments: [",extra", ""])
    func csvRowsWithTooManyOrTooFewFields(change: String) throws {
        let row = change.isEmpty ? "B,2015-10-05,Battles,Armed clash,Syria,35,36\n" : "B,2015-10-05,Battles,Armed clash,Syria,35,36,2\(change)\n"
        let path = try write(Self.header + Self.good + Self.good + row, as: "csv")
        expectError(path, line: 4, saying: "the header has 8")
    }

    @Test func jsonRecordsThatAreNotObjects() throws {
        let path = try write(Self.goodJSON + "\n[1,2,3]\n", as: "jsonl")
        expectError(path, line: 2, saying: "expected a JSON object")
    }

    /// The On-Demand parser reads a line's object only: anything after it is an error, as in the DOM parser.
    @Test(arguments: [" " + BadIncidentFileTests.goodJSON, " x", "}", ",1"])
    func somethingAfterTheObject(tail: String) throws {
        let path = try write(Self.goodJSON + "\n" + Self.goodJSON + tail + "\n", as: "jsonl")
        expectError(path, line: 2, saying: "not valid JSON")
    }

    /// A source that is not an object names its index; a field the count does not read still has its type checked.
    @Test func badSourcesAndUnreadFields() throws {
        let source = try write(Self.goodJSON.dropLast() + #","sources":[{"doc_id":"d"},7]}"# + "\n", as: "jsonl")
        expectError(source, line: 1, saying: "wrong type at sources.1")
        let location = try write(Self.goodJSON.replacingOccurrences(of: #""location":"X""#, with: #""location":5"#) + "\n", as: "jsonl")
        var options = ReadOptions()
        options.fields = []
        #expect(throws: IncidentFileError.self) { try IncidentFileReader.read(location, options: options) }
    }

    @Test func nonNumericLatitude() throws {
        let csv = try write(Self.header + "B,2015-10-05,Battles,Armed clash,Syria,north,36,2\n", as: "csv")
        expectError(csv, line: 2, saying: "latitude and longitude must be numbers")
        let json = try write(Self.goodJSON.replacingOccurrences(of: #""latitude":35"#, with: #""latitude":"north""#) + "\n", as: "jsonl")
        expectError(json, line: 1, saying: "wrong type at latitude")
    }

    @Test func aLineCutInHalf() throws {
        let cut = String(Self.goodJSON.prefix(60))
        let json = try write(Self.goodJSON + "\n" + cut + "\n" + Self.goodJSON + "\n", as: "jsonl")
        expectError(json, line: 2, saying: "not valid JSON")
        let lastCut = try write(Self.goodJSON + "\n" + cut, as: "jsonl")
        expectError(lastCut, line: 2, saying: "not valid JSON")
        let csv = try write(Self.header + Self.good + "B,2015-10-05,Batt", as: "csv")
        expectError(csv, line: 3, saying: "the header has 8")
    }

    @Test func tenThousandNestedArrays() throws {
        let nested = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let json = try write(Self.goodJSON + "\n" + nested + "\n", as: "jsonl")
        expectError(json, line: 2, saying: "not valid JSON")
        let csv = try write(nested + "\n", as: "csv")
        expectError(csv, line: 1, saying: "no 'sub_event_type' column")
        let cell = try write(Self.header + "B,2015-10-05,Battles,Armed clash,Syria,\(nested),36,2\n", as: "csv")
        expectError(cell, line: 2, saying: "latitude and longitude must be numbers")
    }

    /// A 1 GB line, as a sparse file: the reader refuses it after reading `maxRecordBytes`
    /// of it, never holding it whole.
    @Test(arguments: ["jsonl", "csv"])
    func aOneGigabyteLine(ext: String) throws {
        let start = ext == "csv" ? Self.header + Self.good + "B,\"" : Self.goodJSON + "\n" + #"{"id":""#
        let path = try write(start, as: ext)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        expectError(path, line: ext == "csv" ? 3 : 2, saying: "a record longer than 32 MB")
    }

    @Test(arguments: ["jsonl", "csv"])
    func lenientSkipsBadRecordsWithACount(ext: String) throws {
        let text = ext == "csv"
            ? Self.header + Self.good + "B,2015-10-05,Battles,Armed clash,Syria,north,36,2\n" + Self.good + "C,x\n" + Self.good
            : [Self.goodJSON, "{", Self.goodJSON, "[[]]", Self.goodJSON].joined(separator: "\n") + "\n"
        let path = try write(text, as: ext)
        var options = ReadOptions()
        options.lenient = true
        var incidents: [Incident] = []
        let summary = try IncidentFileReader.forEachBatch(path, options: options) { incidents += $0 }
        #expect(incidents.count == 3)
        #expect(summary.incidents == 3)
        #expect(summary.skipped == 2)
        let firstBad = ext == "csv" ? 3 : 2
        #expect("\(summary.firstSkipped.map { "\($0)" } ?? "")".hasPrefix("\(path):\(firstBad): "))
    }
}

/// The new readers against the old ones on the same files: Foundation's `JSONDecoder` for
/// JSON Lines, and whole-buffer reads against small streamed blocks for CSV.
@Suite struct ReaderAgreementTests {
    static func incident(_ i: Int) -> Incident {
        var incident = IncidentFileReaderTests.incident(i)
        incident.actor2 = i % 4 == 0 ? "Civilians (Syria)" : nil
        incident.admin2 = i % 6 == 0 ? "Homs District" : nil
        incident.notes = i % 5 == 0 ? "A note with \"quotes\", commas,\nand a line break — ünïcode \\ slash." : "Short."
        incident.sources = [IncidentSource(docID: "doc-\(i)", title: i % 2 == 0 ? "Title \(i)" : nil, url: "https://example.org/\(i)",
                                           published: try? Day(parsing: "2015-10-0\(1 + i % 9)"), start: i, end: i + 10)]
        return incident
    }

    @Test func simdjsonReadsWhatJSONDecoderReads() throws {
        let incidents = (0..<3_000).map(Self.incident)
        let encoder = JSONEncoder()
        let lines = try incidents.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agree-\(UUID().uuidString).jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        let old = try lines.map { try JSONDecoder().decode(Incident.self, from: Data($0.utf8)) }
        #expect(try IncidentFileReader.read(url.path) == old)
        #expect(try IncidentFileReader.read(url.path, options: .blocks(of: 70_000)) == old)
        #expect(old == incidents)
    }

    @Test func geoJSONReadsWhatJSONDecoderReads() throws {
        let incidents = (0..<500).map(Self.incident)
        let encoder = JSONEncoder()
        let features = try incidents.map { incident in
            #"{"type":"Feature","geometry":{"type":"Point","coordinates":[0,0]},"properties":"#
                + String(decoding: try encoder.encode(incident), as: UTF8.self) + "}"
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agree-\(UUID().uuidString).geojson")
        try Data((#"{"type":"FeatureCollection","features":["# + features.joined(separator: ",\n") + "]}").utf8).write(to: url)
        #expect(try IncidentFileReader.read(url.path) == incidents)
    }

    /// Quoted line breaks fall on block edges and on the cut between the two tasks.
    @Test func csvStreamedInSmallBlocksReadsAsOneBuffer() throws {
        var text = "event_id_cnty,event_date,event_type,sub_event_type,actor1,country,latitude,longitude,notes,fatalities\n"
        for i in 0..<20_000 {
            let notes = i % 3 == 0 ? "\"Line one,\nline \"\"two\"\"\"" : "plain note \(i)"
            text += "E\(i),2015-10-\(String(format: "%02d", 1 + i % 28)),Battles,Armed clash,Actor \(i % 7),Syria,\(33 + Double(i % 90) / 30),\(36 + Double(i % 50) / 25),\(notes),\(i % 4)\n"
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agree-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        let whole = try ACLEDCSVReader.read(Data(text.utf8), file: url.path)
        #expect(whole.count == 20_000)
        #expect(whole[3].notes == "Line one,\nline \"two\"")
        #expect(whole[4].actor1 == "Actor 4")
        #expect(whole[5].coordinate.latitude == 33 + 5.0 / 30)
        #expect(try IncidentFileReader.read(url.path, options: .blocks(of: 70_001)) == whole)
        #expect(try IncidentFileReader.read(url.path) == whole)
    }

    /// Reading only the fields a count needs leaves the others empty and the counted ones equal.
    @Test func aCountsFieldsMatchAFullRead() throws {
        let incidents = (0..<2_000).map(Self.incident)
        let encoder = JSONEncoder()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fields-\(UUID().uuidString).jsonl")
        try Data(try incidents.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: "\n").utf8).write(to: url)
        var options = ReadOptions()
        options.fields = []
        let lean = try IncidentFileReader.read(url.path, options: options)
        #expect(lean.map(\.coordinate) == incidents.map(\.coordinate))
        #expect(lean.map(\.eventDate) == incidents.map(\.eventDate))
        #expect(lean.map(\.fatalities) == incidents.map(\.fatalities))
        #expect(lean.map(\.admin1Code) == incidents.map(\.admin1Code))
        #expect(lean.allSatisfy { $0.notes.isEmpty && $0.actor1 == nil && $0.sources.isEmpty })
    }
}

import Foundation
import Testing
import TestSupport

/// `incidentmap places` run as a binary: formats and bad input.
@Suite struct PlacesCommandTests {
    @Test func emptyPunctuationAndNumberReportsGiveNoRecords() throws {
        let folder = try CLI.temporaryFolder()
        let reports = [#"{"id":"empty","text":""}"#, #"{"id":"punct","text":"... !!! ?? -- ;; ,,"}"#,
                       #"{"id":"numbers","text":"12 345 6789 0.5 1,000"}"#]
        try Data((reports.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("odd.jsonl"))
        try Data().write(to: folder.appendingPathComponent("blank.txt"))
        let result = try CLI.run(["places", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func invalidUTF8NamesTheFileAndByte() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("bad.txt")
        try Data(Array("Talks in Geneva. ".utf8) + [0xC3, 0x28] + Array(" more".utf8)).write(to: file)
        let result = try CLI.run(["places", file.path])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains(file.path) && result.stderr.contains("byte 17"), "\(result.stderr)")
    }

    @Test func formatsCarryTheSameRecords() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("r.txt")
        try Data("Shelling hit Aleppo in Syria, officials in Ankara said.".utf8).write(to: file)
        let jsonl = try CLI.run(["places", file.path])
        #expect(jsonl.status == 0, "\(jsonl.stderr)")
        let rows = try jsonl.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
        #expect(rows.compactMap { $0["mention"] as? String } == ["Aleppo", "Syria", "Ankara"])
        #expect(rows.compactMap { $0["place_type"] as? String } == ["populated_place", "country", "populated_place"])
        #expect(rows.compactMap { $0["start"] as? Int } == [13, 23, 43])
        #expect(rows.first?["doc_id"] as? String == "r")

        let geojson = try CLI.run(["places", file.path, "--format", "geojson"])
        let collection = try JSONSerialization.jsonObject(with: Data(geojson.stdout.utf8)) as? [String: Any]
        let features = collection?["features"] as? [[String: Any]] ?? []
        #expect(features.count == 3)
        let bbox = collection?["bbox"] as? [Double] ?? []
        #expect(bbox.count == 4 && bbox[0] < bbox[2] && bbox[1] < bbox[3])
        let coordinates = (features.first?["geometry"] as? [String: Any])?["coordinates"] as? [Double] ?? []
        #expect(coordinates.count == 2 && coordinates[0] > 37 && coordinates[0] < 37.3, "longitude first: \(coordinates)")

        let csv = try CLI.run(["places", file.path, "--format", "csv"])
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.count == 4)
        #expect(lines.first?.hasPrefix("doc_id,mention,start,end,kind,location,place_id") == true)
    }
}

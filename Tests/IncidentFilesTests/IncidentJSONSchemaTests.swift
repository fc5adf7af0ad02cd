import Foundation
import GeoModel
import IncidentFiles
import Testing

/// The JSON Lines reader looks for the keys of the one incident schema, `IncidentField`, and of
/// `IncidentSource.CodingKeys`: a record with every field set comes back whole, and each required
/// field left out is named by its schema key.
@Suite struct IncidentJSONSchemaTests {
    static let full: Incident = {
        var incident = Incident(
            id: "LB-77", eventDate: try! Day(parsing: "2016-02-29"), timePrecision: .day, subEventType: .shellingArtilleryMissileAttack,
            actor1: "Militia of the valley", actor2: "Civilians (Lebanon)", location: "Hill 402", mention: "the hill above Qaa",
            placeID: "geonames:9999", coordinate: Coordinate(uncheckedLatitude: 34.35, longitude: 36.42), geoPrecision: .nearTown,
            admin1: "Baalbek-Hermel", admin1Code: "LB.11", country: "LB", fatalities: 3, certainty: .reported,
            notes: "Shells fell on a hill \"above\" the village.",
            sources: [IncidentSource(docID: "doc-1", title: "Hill shelled", url: "https://example.org/1", published: try! Day(parsing: "2016-03-01"),
                                     start: 12, end: 96),
                      IncidentSource(docID: "doc-2", title: nil, url: nil, published: nil, start: 0, end: 40)])
        incident.admin2 = "Hermel"
        return incident
    }()

    func write(_ lines: [String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString).jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        return url.path
    }

    @Test func aRecordWithEveryFieldSetComesBackWhole() throws {
        let line = String(decoding: try JSONEncoder().encode(Self.full), as: UTF8.self)
        let read = try IncidentFileReader.read(try write([line]))
        #expect(read == [Self.full])
        #expect(read.first?.admin2 == "Hermel")
        #expect(read.first?.sources.first?.published == (try Day(parsing: "2016-03-01")))
    }

    @Test func eachRequiredFieldLeftOutIsNamedByItsSchemaKey() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: try JSONEncoder().encode(Self.full)) as? [String: Any])
        let required = IncidentField.ordered.filter(\.isRequired)
        #expect(required.count == 8)
        for field in required {
            var record = object
            record.removeValue(forKey: field.rawValue)
            let line = String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self)
            let path = try write([line])
            #expect { try IncidentFileReader.read(path) } throws: { error in
                "\(error)".contains("missing '\(field.rawValue)'")
            }
        }
    }

    @Test func aSourceWithoutItsDocumentKeyIsNamed() throws {
        var line = String(decoding: try JSONEncoder().encode(Self.full), as: UTF8.self)
        line = line.replacingOccurrences(of: #""doc_id":"doc-2""#, with: #""document":"doc-2""#)
        let path = try write([line])
        #expect { try IncidentFileReader.read(path) } throws: { error in
            "\(error)".contains("missing 'doc_id' at sources.1")
        }
    }
}

import Foundation
import GeoModel
import Testing

/// The one incident schema: `IncidentField` gives the JSON keys, their order and each field's
/// kind, and `IncidentDraft.set` takes a reader's values by field.
@Suite struct IncidentFieldTests {
    /// JSONEncoder chooses the order of the keys; the layer writers keep the schema's order
    /// (GeoJSONWriterTests), so here only the set of keys is checked.
    @Test func encodingWritesEveryFieldOfTheSchemaAndNoOther() throws {
        let data = try JSONEncoder().encode(try IncidentCodableTests.sample())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == Set(IncidentField.ordered.map(\.rawValue)))
        #expect(object.count == IncidentField.allCases.count)
        #expect(IncidentField.ordered.first == .id && IncidentField.ordered.last == .sources)
    }

    @Test func kindsMatchTheValuesAnIncidentHolds() throws {
        let incident = try IncidentCodableTests.sample()
        for field in IncidentField.ordered {
            switch (field.kind, field.value(in: incident)) {
            case (.text, .text), (.integer, .integer), (.coordinate, .coordinate), (.day, .day), (.sources, .sources): break
            case (_, .null): #expect(!field.isRequired, "\(field) is required but null")
            case let (kind, value): Issue.record("\(field): kind \(kind), value \(value)")
            }
        }
    }

    @Test func aDraftFilledFromAnIncidentsValuesGivesItBack() throws {
        let incident = try IncidentCodableTests.sample()
        var draft = IncidentDraft()
        for field in IncidentField.ordered { draft.set(field, to: field.value(in: incident)) }
        #expect(try Incident(validating: draft) == incident)
    }

    @Test func nullLeavesTheDraftsDefaults() {
        var draft = IncidentDraft()
        draft.set(.mention, to: .null)
        draft.set(.fatalities, to: .null)
        draft.set(.latitude, to: .null)
        #expect(draft.mention == "" && draft.fatalities == nil && draft.latitude.isNaN)
    }

    @Test(arguments: ["country", "latitude", "sub_event_type"])
    func aMissingOrNullRequiredFieldIsRefused(field: String) throws {
        var record: [String: Any] = ["id": "x", "sub_event_type": "Armed clash", "time_precision": 1, "location": "a",
                                     "latitude": 1.0, "longitude": 1.0, "geo_precision": 1, "country": "SY"]
        for value in [nil, NSNull()] as [Any?] {
            record[field] = value
            let data = try JSONSerialization.data(withJSONObject: record)
            do {
                _ = try JSONDecoder().decode(Incident.self, from: data)
                Issue.record("decoded a record without \(field)")
            } catch let DecodingError.keyNotFound(key, _) {
                #expect(key.stringValue == field)
            }
        }
    }

    @Test func optionalFieldsMayBeLeftOut() throws {
        let json = #"{"id":"x","sub_event_type":"Armed clash","time_precision":1,"location":"a","latitude":1,"longitude":2,"geo_precision":1,"country":"SY"}"#
        let incident = try JSONDecoder().decode(Incident.self, from: Data(json.utf8))
        #expect(incident.mention == "" && incident.actor1 == nil && incident.certainty == .reported && incident.sources.isEmpty)
        #expect(incident.coordinate.longitude == 2)
    }
}

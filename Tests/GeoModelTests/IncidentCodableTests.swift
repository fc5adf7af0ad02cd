import Foundation
import GeoModel
import Testing

@Suite struct IncidentCodableTests {
    static func sample() throws -> Incident {
        Incident(id: "SY-0123456789ab", eventDate: try Day(parsing: "2015-10-05"), timePrecision: .day,
                 subEventType: .airDroneStrike, actor1: "Military Forces of Russia (2000-)", actor2: nil,
                 location: "Ar Rastan", mention: "Rastan", placeID: "geonames:173193",
                 coordinate: try Coordinate(latitude: 34.9265214, longitude: 36.7324), geoPrecision: .town,
                 admin1: "Homs", admin1Code: "SY.11", country: "SY", fatalities: 3, certainty: .claimed,
                 notes: "Strikes hit Rastan.", sources: [IncidentSource(docID: "r1", title: "T", url: nil,
                                                                         published: try Day(parsing: "2015-10-06"), start: 0, end: 19)])
    }

    @Test func encodesSpecFieldNamesAndRoundsTo6Decimals() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(try Self.sample()), as: UTF8.self)
        #expect(json.contains("\"event_type\":\"Explosions\\/Remote violence\""))
        #expect(json.contains("\"sub_event_type\":\"Air\\/drone strike\""))
        #expect(json.contains("\"latitude\":34.926521"))
        #expect(json.contains("\"actor2\":null"))
        #expect(json.contains("\"doc_id\":\"r1\""))
        #expect(json.contains("\"geo_precision\":1"))
    }

    @Test func roundTrips() throws {
        let incident = try Self.sample()
        let decoded = try JSONDecoder().decode(Incident.self, from: try JSONEncoder().encode(incident))
        #expect(decoded.subEventType == .airDroneStrike)
        #expect(decoded.eventDate == incident.eventDate)
        #expect(decoded.coordinate == incident.coordinate.rounded(toDecimals: 6))
        #expect(decoded.sources == incident.sources)
    }

    @Test(arguments: [
        (#"{"id":"x","sub_event_type":"Air strike","time_precision":1,"location":"a","latitude":1,"longitude":1,"geo_precision":1,"country":"SY"}"#, "Air strike"),
        (#"{"id":"x","sub_event_type":"Armed clash","time_precision":1,"location":"a","latitude":200,"longitude":1,"geo_precision":1,"country":"SY"}"#, "out of range"),
        (#"{"id":"x","sub_event_type":"Armed clash","time_precision":4,"location":"a","latitude":1,"longitude":1,"geo_precision":1,"country":"SY"}"#, "precision"),
        (#"{"id":"x","event_type":"Riots","sub_event_type":"Armed clash","time_precision":1,"location":"a","latitude":1,"longitude":1,"geo_precision":1,"country":"SY"}"#, "does not hold"),
    ])
    func rejectsBadRecords(json: String, reason: String) throws {
        do {
            _ = try JSONDecoder().decode(Incident.self, from: Data(json.utf8))
            Issue.record("decoded a bad record")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.debugDescription.contains(reason))
        }
    }
}

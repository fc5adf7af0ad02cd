import Foundation
import GeoModel
@testable import Layers

/// A small fixed set of incidents and provinces that exercise every rule of the writers:
/// markup and formula text, week and month precision, unknown fatalities, two sources, an
/// incident outside any province, and province rings wound the wrong way.
enum LayerFixtures {
    static func day(_ text: String) -> Day { try! Day(parsing: text) }

    static let incidents: [Incident] = {
        var incidents = fixtureIncidents
        incidents[0].admin2 = "Ar-Rastan"   // the first carries every field
        return incidents
    }()

    private static let fixtureIncidents: [Incident] = [
        Incident(id: "SY-000000000001", eventDate: day("2015-10-05"), timePrecision: .day, subEventType: .airDroneStrike,
                 actor1: "Military Forces of Russia (2000-)", actor2: "Civilians (Syria)", location: "Talbiseh", mention: "Talbisah",
                 placeID: "geonames:163270", coordinate: Coordinate(uncheckedLatitude: 34.8405001, longitude: 36.7308449),
                 geoPrecision: .town, admin1: "Homs", admin1Code: "SY.11", country: "SY", fatalities: 12, certainty: .reported,
                 notes: "Jets struck Talbiseh, killing 12 people, \"medics\" said.",
                 sources: [IncidentSource(docID: "r1", title: "Strikes on Talbiseh", url: "https://example.org/a?x=1&y=2",
                                          published: day("2015-10-06"), start: 0, end: 55),
                           IncidentSource(docID: "r2", title: nil, url: nil, published: nil, start: 3, end: 40)]),
        Incident(id: "SY-000000000002", eventDate: day("2015-10-07"), timePrecision: .week, subEventType: .shellingArtilleryMissileAttack,
                 actor1: nil, actor2: nil, location: "Tell <b> & ]]> Town", mention: "Tell", placeID: "geonames:2",
                 coordinate: Coordinate(uncheckedLatitude: 34.5, longitude: 36.25), geoPrecision: .nearTown,
                 admin1: "Homs", admin1Code: "SY.11", country: "SY", fatalities: nil, certainty: .claimed,
                 notes: "</script><script>alert('x')</script> shells fell\tnear\nTell\u{2028}at dawn\u{07}.",
                 sources: [IncidentSource(docID: "r3", title: "=HYPERLINK(\"http://evil\")", url: "javascript:alert(1)",
                                          published: day("2015-10-08"), start: 0, end: 10)]),
        Incident(id: "SY-000000000003", eventDate: day("2015-11-20"), timePrecision: .month, subEventType: .armedClash,
                 actor1: "-Rebels", actor2: "@Army", location: "Kafr Zita", mention: "Kafr Zeita", placeID: "geonames:3",
                 coordinate: Coordinate(uncheckedLatitude: 35.37, longitude: 36.6), geoPrecision: .town,
                 admin1: "Hama", admin1Code: "SY.10", country: "SY", fatalities: 3, certainty: .alleged,
                 notes: "+Clashes, with \"quotes\", in Kafr Zita — 3 dead.", sources: []),
        Incident(id: "XX-000000000004", eventDate: nil, timePrecision: .day, subEventType: .attack,
                 actor1: nil, actor2: "Civilians", location: "Somewhere", mention: "somewhere", placeID: "geonames:4",
                 coordinate: Coordinate(uncheckedLatitude: -0.0000004, longitude: -10.1234565), geoPrecision: .province,
                 admin1: nil, admin1Code: nil, country: "XX", fatalities: 0, certainty: .denied, notes: "émigrés 🙂 attacked", sources: []),
    ]

    /// A clockwise square (Homs) and a counter-clockwise square with a counter-clockwise hole (Hama),
    /// plus a province without incidents.
    static let provinces: [Region] = {
        func c(_ lon: Double, _ lat: Double) -> Coordinate { Coordinate(uncheckedLatitude: lat, longitude: lon) }
        let homs = try! Polygon(exterior: [c(36, 34), c(36, 35), c(37, 35), c(37, 34)])
        let hama = try! Polygon(exterior: [c(36, 35), c(37, 35), c(37, 36), c(36, 36)],
                                holes: [[c(36.4, 35.4), c(36.6, 35.4), c(36.6, 35.6), c(36.4, 35.6)]])
        let tartus = try! Polygon(exterior: [c(35.5, 34.5), c(36, 34.5), c(36, 35), c(35.5, 35)])
        return [Region(name: "Homs", code: "SY.11", country: "SY", geometry: .polygon(homs)),
                Region(name: "Hama", code: "SY.10", country: "SY", geometry: .multiPolygon([hama])),
                Region(name: "Tartus", code: "SY.14", country: "SY", geometry: .polygon(tartus))]
    }()

    /// Runs `body` on an in-memory buffer and returns what it wrote.
    static func render(_ body: (OutputBuffer) throws -> Void) rethrows -> String {
        let out = OutputBuffer()
        try body(out)
        return out.text()
    }

    /// The folder of this test file.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
}

import Analysis
import GeoModel
import Testing

@Suite struct MergerTests {
    func incident(_ doc: String, lat: Double, date: String, dead: Int?, type: SubEventType = .airDroneStrike) throws -> Incident {
        Incident(id: doc, eventDate: try Day(parsing: date), timePrecision: .day, subEventType: type, actor1: nil, actor2: nil,
                 location: "Maarat al-Numan", mention: "x", placeID: "p", coordinate: try Coordinate(latitude: lat, longitude: 36.67),
                 geoPrecision: .town, admin1: "Idlib", admin1Code: "SY.12", country: "SY", fatalities: dead, certainty: .reported,
                 notes: doc, sources: [IncidentSource(docID: doc, title: nil, url: nil, published: nil, start: 0, end: 1)])
    }

    @Test func sameStrikeFromTwoReportsBecomesOneWithTwoSources() throws {
        let merged = IncidentMerger().merge([
            try incident("a", lat: 35.640, date: "2016-02-15", dead: 14),
            try incident("b", lat: 35.650, date: "2016-02-16", dead: 9),
            try incident("c", lat: 35.640, date: "2016-02-15", dead: 2, type: .shellingArtilleryMissileAttack),
            try incident("d", lat: 35.900, date: "2016-02-15", dead: nil),
        ])
        #expect(merged.count == 3)
        let strike = merged.first { $0.sources.count == 2 }
        #expect(strike?.sources.map(\.docID) == ["a", "b"])
        #expect(strike?.fatalities == 9)
    }

    @Test func evidenceIsAddedOnlyWhenNotAlreadyQuoted() throws {
        func reading(_ doc: String, notes: String) throws -> Incident {
            var incident = try incident(doc, lat: 35.640, date: "2016-02-15", dead: nil)
            incident.notes = notes
            return incident
        }
        let merged = IncidentMerger().merge([
            try reading("a", notes: "Jets struck Maʿarrat al-Nuʿman at dawn."),
            try reading("b", notes: "struck Maʿarrat al-Nuʿman"),
            try reading("c", notes: "Twelve died."),
            try reading("d", notes: "Jets struck Maʿarrat al-Nuʿman at dawn. Twelve"),
            try reading("e", notes: "Maʿarrat al-Nu"),
        ])
        #expect(merged.count == 1)
        #expect(merged.first?.notes == "Jets struck Maʿarrat al-Nuʿman at dawn. Twelve died.")
        #expect(merged.first?.sources.map(\.docID) == ["a", "b", "c", "d", "e"])
    }

    /// An event told many times (past `sourcesToHash` sources, when they are hashed) keeps every
    /// source once, in first-seen order, repeats dropped wherever they come.
    @Test func manyRetellingsKeepEachSourceOnceInOrder() throws {
        var incidents: [Incident] = []
        for round in 0..<3 {
            for n in 0..<40 {
                var retelling = try incident("r\(n)", lat: 35.640, date: "2016-02-15", dead: 40 - n)
                retelling.sources[0].start = n
                if n.isMultiple(of: 7) { retelling.sources.append(IncidentSource(docID: "wire", title: nil, url: nil, published: nil, start: 0, end: 1)) }
                if round == 0 || n.isMultiple(of: 5) { incidents.append(retelling) }
            }
        }
        let merged = IncidentMerger().merge(incidents)
        #expect(merged.count == 1)
        let expected = (0..<40).flatMap { n in n == 0 ? ["r0", "wire"] : ["r\(n)"] }
        #expect(merged.first?.sources.map(\.docID) == expected)
        #expect(merged.first?.sources.map(\.start) == (0..<40).flatMap { n in n == 0 ? [0, 0] : [n] })
        #expect(merged.first?.fatalities == 1)
    }
}

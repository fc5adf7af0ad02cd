import Analysis
import GeoModel
import Testing

/// `count --by district` groups incidents by the district polygon holding them, reading the
/// polygons of a country only once and only for the countries it meets.
@Suite struct DistrictAssignerTests {
    /// A square district from (west, south) with sides of `size` degrees.
    func square(_ name: String, _ id: String, _ country: String, west: Double, south: Double, size: Double = 1) throws -> Region {
        let ring = [(west, south), (west + size, south), (west + size, south + size), (west, south + size), (west, south)]
            .map { Coordinate(uncheckedLatitude: $0.1, longitude: $0.0) }
        return Region(name: name, code: id, country: country, geometry: .polygon(try Polygon(exterior: ring)))
    }

    func incident(_ id: String, _ country: String, lat: Double, lon: Double, admin2: String? = nil, placeID: String = "x", dead: Int? = nil) throws -> Incident {
        var incident = Incident(id: id, eventDate: try Day(parsing: "2016-03-14"), timePrecision: .day, subEventType: .airDroneStrike,
                                actor1: nil, actor2: nil, location: id, mention: id, placeID: placeID,
                                coordinate: try Coordinate(latitude: lat, longitude: lon), geoPrecision: .town, admin1: nil,
                                admin1Code: nil, country: country, fatalities: dead, certainty: .reported, notes: "", sources: [])
        incident.admin2 = admin2
        return incident
    }

    /// Two districts side by side in one invented country and one in another.
    final class Polygons {
        var asked: [Set<String>] = []
        let regions: [Region]
        init(_ regions: [Region]) { self.regions = regions }
        func load(_ countries: Set<String>) -> [Region] {
            asked.append(countries)
            return regions.filter { countries.contains($0.country ?? "") }
        }
    }

    func polygons() throws -> Polygons {
        Polygons([
            try square("Wadi East", "gb:1", "YE", west: 44, south: 15),
            try square("Wadi West", "gb:2", "YE", west: 43, south: 15),
            try square("River Bend", "gb:3", "IQ", west: 43, south: 33),
        ])
    }

    @Test func eachIncidentGetsThePolygonHoldingItsPoint() throws {
        let source = try polygons()
        let assigner = DistrictAssigner(loading: source.load)
        let incidents = [
            try incident("a", "YE", lat: 15.5, lon: 44.5),
            try incident("b", "YE", lat: 15.2, lon: 43.9),
            try incident("c", "IQ", lat: 33.4, lon: 43.3),
            try incident("d", "YE", lat: 12.0, lon: 44.5),  // south of both Yemeni squares
            try incident("e", "FR", lat: 48.8, lon: 2.3),   // a country without polygons
        ]
        let found = try assigner.districts(of: incidents)
        #expect(found.map { $0?.name } == ["Wadi East", "Wadi West", "River Bend", nil, nil])
        #expect(found.map { $0?.id } == ["gb:1", "gb:2", "gb:3", nil, nil])
        // One read for the three countries; a second batch of known countries reads nothing.
        _ = try assigner.districts(of: [try incident("f", "IQ", lat: 33.9, lon: 43.9)])
        #expect(source.asked == [["YE", "IQ", "FR"]])
        _ = try assigner.districts(of: [try incident("g", "SY", lat: 35, lon: 37)])
        #expect(source.asked.last == ["SY"])
    }

    @Test func countingByDistrictUsesThePolygonAndFallsBackOnTheIncidentsOwnDistrict() throws {
        let assigner = DistrictAssigner(loading: try polygons().load)
        let incidents = [
            // It says "Wadi West" but its point is in Wadi East: the polygon wins.
            try incident("a", "YE", lat: 15.5, lon: 44.5, admin2: "Wadi West", dead: 2),
            try incident("b", "YE", lat: 15.9, lon: 44.1, dead: 3),
            // Outside every polygon, placed at a district of the gazetteer: its own district counts.
            try incident("c", "YE", lat: 12.0, lon: 44.5, admin2: "Coastal", placeID: "gb:9"),
            try incident("d", "FR", lat: 48.8, lon: 2.3),
        ]
        var tally = IncidentTally(keys: [.district])
        tally.add(incidents, districts: try assigner.districts(of: incidents))
        #expect(tally.rows.map(\.values) == [[nil, nil], ["Coastal", "gb:9"], ["Wadi East", "gb:1"]])
        #expect(tally.rows.map(\.incidents) == [1, 1, 2])
        #expect(tally.rows.map(\.fatalities) == [0, 0, 5])
        #expect(tally.totalIncidents == 4)
    }
}

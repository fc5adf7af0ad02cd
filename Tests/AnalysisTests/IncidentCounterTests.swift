import Analysis
import GeoModel
import Testing

@Suite struct IncidentCounterTests {
    func incident(_ date: String, _ code: String, _ actor: String?, _ dead: Int?) throws -> Incident {
        Incident(id: "\(date)\(code)", eventDate: try Day(parsing: date), timePrecision: .day, subEventType: .airDroneStrike,
                 actor1: actor, actor2: nil, location: "x", mention: "x", placeID: "x",
                 coordinate: try Coordinate(latitude: 35, longitude: 36), geoPrecision: .town, admin1: code == "SY.11" ? "Homs" : "Hama",
                 admin1Code: code, country: "SY", fatalities: dead, certainty: .reported, notes: "", sources: [])
    }

    @Test func countsByProvinceAndWeekWithFatalitySums() throws {
        let incidents = [
            try incident("2015-10-05", "SY.11", "A", 3), try incident("2015-10-06", "SY.11", "B", nil),
            try incident("2015-10-12", "SY.11", "A", 1), try incident("2015-10-05", "SY.10", nil, 7),
        ]
        let rows = IncidentCounter.count(incidents, by: [.province, .week])
        #expect(rows.map(\.values) == [["Hama", "SY.10", "2015-W41"], ["Homs", "SY.11", "2015-W41"], ["Homs", "SY.11", "2015-W42"]])
        #expect(rows.map(\.incidents) == [1, 2, 1])
        #expect(rows.map(\.fatalities) == [7, 3, 1])
    }

    @Test func filterRejectsReversedDates() throws {
        var filter = IncidentFilter()
        filter.from = try Day(parsing: "2016-01-02")
        filter.to = try Day(parsing: "2016-01-01")
        #expect(throws: AnalysisError.self) { try filter.validate() }
    }

    @Test func filterRejectsNegativeRadius() throws {
        var filter = IncidentFilter()
        filter.near = try Coordinate(latitude: 35, longitude: 36)
        filter.radiusKm = -1
        #expect(throws: AnalysisError.self) { try filter.validate() }
    }
}

import Analysis
import GeoEngine
import GeoModel
import Testing
import TestSupport

@Suite struct ProvinceAssignerTests {
    static func square(_ w: Double, _ s: Double, _ e: Double, _ n: Double) -> Geometry {
        .polygon(try! Polygon(exterior: [
            Coordinate(uncheckedLatitude: s, longitude: w), Coordinate(uncheckedLatitude: s, longitude: e),
            Coordinate(uncheckedLatitude: n, longitude: e), Coordinate(uncheckedLatitude: n, longitude: w),
        ]))
    }

    /// Two provinces sharing the border at longitude 37.
    static let provinces = [
        Region(name: "West", code: "XX.01", country: "XX", geometry: square(36, 34, 37, 35)),
        Region(name: "East", code: "XX.02", country: "XX", geometry: square(37, 34, 38, 35)),
    ]

    static func incident(_ lat: Double, _ lon: Double, code: String?) throws -> Incident {
        Incident(id: "\(lat),\(lon)", eventDate: nil, timePrecision: .day, subEventType: .armedClash, actor1: nil, actor2: nil,
                 location: "x", mention: "x", placeID: "", coordinate: try Coordinate(latitude: lat, longitude: lon),
                 geoPrecision: .town, admin1: code == nil ? nil : "given", admin1Code: code, country: "XX", fatalities: 1,
                 certainty: .reported, notes: "", sources: [])
    }

    @Test func fillsOnlyMissingProvincesAndNeverGuesses() throws {
        let assigner = try ProvinceAssigner(provinces: Self.provinces)
        var incidents = [
            try Self.incident(34.5, 36.5, code: nil), try Self.incident(34.5, 37.5, code: nil),
            try Self.incident(34.5, 37.0, code: nil), try Self.incident(10, 10, code: nil), try Self.incident(34.5, 36.5, code: "XX.09"),
        ]
        try assigner.fillMissingProvinces(&incidents)
        #expect(incidents.map(\.admin1Code) == ["XX.01", "XX.02", "XX.01", nil, "XX.09"])
        #expect(incidents.map(\.admin1) == ["West", "East", "West", nil, "given"])
    }

    @Test func reportsHowOftenCodesAndPolygonsAgree() throws {
        let assigner = try ProvinceAssigner(provinces: Self.provinces)
        let incidents = [
            try Self.incident(34.5, 36.5, code: "XX.01"), try Self.incident(34.5, 37.5, code: "XX.02"),
            try Self.incident(34.5, 37.5, code: "XX.01"), try Self.incident(50, 50, code: "XX.01"), try Self.incident(34.5, 36.5, code: nil),
        ]
        let agreement = try assigner.agreement(of: incidents)
        #expect(agreement.agreeing == 2 && agreement.disagreeing == 1 && agreement.outside == 1)
        #expect(agreement.checked == 4)
        #expect(agreement.rate == 0.5)
        #expect(agreement.description.contains("2 of 4"))
    }

    @Test func countsPerProvinceComeFromTheSameAssignment() throws {
        let assigner = try ProvinceAssigner(provinces: Self.provinces)
        var rng = SeededGenerator(seed: 12)
        var incidents = try (0..<500).map { _ in
            try Self.incident(Double.random(in: 33.5...35.5, using: &rng), Double.random(in: 35.5...38.5, using: &rng), code: nil)
        }
        try assigner.fillMissingProvinces(&incidents)
        let rows = IncidentCounter.count(incidents, by: [.province])
        let west = incidents.filter { $0.coordinate.longitude <= 37 && (34...35).contains($0.coordinate.latitude) && $0.coordinate.longitude >= 36 }.count
        let east = incidents.filter { $0.coordinate.longitude > 37 && $0.coordinate.longitude <= 38 && (34...35).contains($0.coordinate.latitude) }.count
        #expect(rows.first { $0.values[1] == "XX.01" }?.incidents == west)
        #expect(rows.first { $0.values[1] == "XX.02" }?.incidents == east)
        #expect(rows.first { $0.values[1] == nil }?.incidents == 500 - west - east)
        #expect(rows.reduce(0) { $0 + $1.fatalities } == 500)
    }
}

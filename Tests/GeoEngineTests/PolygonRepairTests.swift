import GeoEngine
import GeoModel
import Testing

@Suite struct PolygonRepairTests {
    /// A bow-tie: the ring crosses itself at (5, 5).
    let bowtie = try! Polygon(exterior: [
        Coordinate(uncheckedLatitude: 0, longitude: 0), Coordinate(uncheckedLatitude: 10, longitude: 10),
        Coordinate(uncheckedLatitude: 0, longitude: 10), Coordinate(uncheckedLatitude: 10, longitude: 0),
    ])

    @Test func selfIntersectionIsNamedByGEOS() throws {
        let reason = try PolygonRepair.invalidityReason(of: .polygon(bowtie))
        #expect(reason?.contains("Self-intersection") == true, "\(String(describing: reason))")
        let square = try Polygon(exterior: [
            Coordinate(uncheckedLatitude: 0, longitude: 0), Coordinate(uncheckedLatitude: 0, longitude: 1),
            Coordinate(uncheckedLatitude: 1, longitude: 1), Coordinate(uncheckedLatitude: 1, longitude: 0),
        ])
        #expect(try PolygonRepair.invalidityReason(of: .polygon(square)) == nil)
        #expect(try PolygonRepair.makeValid(.polygon(square), name: "square") == .polygon(square))
    }

    @Test func makeValidTurnsABowTieIntoTwoTriangles() throws {
        let repaired = try PolygonRepair.makeValid(.polygon(bowtie), name: "bowtie")
        #expect(repaired.polygons.count == 2)
        #expect(repaired.polygons.allSatisfy { $0.exterior.count == 4 })
        #expect(try PolygonRepair.invalidityReason(of: repaired) == nil)

        let index = try PolygonIndex(regions: [Region(name: "bowtie", code: "B", country: nil, geometry: .polygon(bowtie))], makeValid: true)
        // The left lobe holds (x 1, y 5); the right lobe (x 9, y 5); above the crossing is outside.
        #expect(try index.regionIndex(containing: Coordinate(latitude: 5, longitude: 1)) == 0)
        #expect(try index.regionIndex(containing: Coordinate(latitude: 5, longitude: 9)) == 0)
        #expect(try index.regionIndex(containing: Coordinate(latitude: 8, longitude: 5)) == nil)
    }
}

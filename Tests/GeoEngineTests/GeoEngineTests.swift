import GeoEngine
import GeoModel
import Testing

@Suite struct GeoEngineTests {
    func square(_ w: Double, _ s: Double, _ e: Double, _ n: Double) -> [Coordinate] {
        [Coordinate(uncheckedLatitude: s, longitude: w), Coordinate(uncheckedLatitude: s, longitude: e),
         Coordinate(uncheckedLatitude: n, longitude: e), Coordinate(uncheckedLatitude: n, longitude: w)]
    }

    @Test func geodesicDistanceMatchesKnownValue() throws {
        // Homs to Hama: about 41.5 km on WGS84.
        let homs = try Coordinate(latitude: 34.72682, longitude: 36.72339)
        let hama = try Coordinate(latitude: 35.13179, longitude: 36.75783)
        let metres = Geodesic().distanceMetres(from: homs, to: hama)
        #expect(abs(metres - 45_001) < 500, "got \(metres)")
        // One degree of longitude on the equator is 111,319.49 m on WGS84.
        let equator = Geodesic().distanceMetres(from: try Coordinate(latitude: 0, longitude: 0), to: try Coordinate(latitude: 0, longitude: 1))
        #expect(abs(equator - 111_319.49) < 0.01)
    }

    @Test func polygonIndexRespectsHolesAndOrder() throws {
        let outer = try Polygon(exterior: square(0, 0, 10, 10), holes: [square(4, 4, 6, 6)])
        let island = try Polygon(exterior: square(4.5, 4.5, 5.5, 5.5))
        let index = try PolygonIndex(regions: [
            Region(name: "ring", code: "A", country: nil, geometry: .polygon(outer)),
            Region(name: "island", code: "B", country: nil, geometry: .polygon(island)),
        ])
        #expect(try index.region(containing: Coordinate(latitude: 1, longitude: 1))?.code == "A")
        #expect(try index.region(containing: Coordinate(latitude: 5, longitude: 5))?.code == "B")
        #expect(try index.region(containing: Coordinate(latitude: 4.2, longitude: 4.2)) == nil)
        #expect(try index.region(containing: Coordinate(latitude: 20, longitude: 20)) == nil)
    }

    @Test func selfIntersectingPolygonIsRejectedWithGEOSReason() throws {
        let bowtie = try Polygon(exterior: [
            Coordinate(uncheckedLatitude: 0, longitude: 0), Coordinate(uncheckedLatitude: 10, longitude: 10),
            Coordinate(uncheckedLatitude: 0, longitude: 10), Coordinate(uncheckedLatitude: 10, longitude: 0),
        ])
        #expect {
            try PolygonIndex(regions: [Region(name: "bowtie", code: nil, country: nil, geometry: .polygon(bowtie))])
        } throws: { error in
            guard case let GeoEngineError.invalidPolygon(name, reason) = error else { return false }
            return name == "bowtie" && reason.contains("Self-intersection")
        }
    }

    @Test func webMercatorProjection() throws {
        let projection = try Projection(to: "EPSG:3857")
        let p = try projection.project(Coordinate(latitude: 0, longitude: 180))
        #expect(abs(p.x - 20_037_508.34) < 0.01)
        #expect(abs(p.y) < 1e-6)
    }

    @Test func unknownCRSIsATypedError() {
        #expect(throws: GeoEngineError.self) { try Projection(to: "EPSG:999999") }
    }
}

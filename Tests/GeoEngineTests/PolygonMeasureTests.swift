import GeoEngine
import GeoModel
import Testing

@Suite struct PolygonMeasureTests {
    @Test func areaOfADegreeSquareAndOfAHole() throws {
        func square(_ w: Double, _ s: Double, _ e: Double, _ n: Double) -> [Coordinate] {
            [Coordinate(uncheckedLatitude: s, longitude: w), Coordinate(uncheckedLatitude: s, longitude: e),
             Coordinate(uncheckedLatitude: n, longitude: e), Coordinate(uncheckedLatitude: n, longitude: w)]
        }
        // The WGS84 areas of the cells 0–1° E, 0–1° N and 0–1° E, 60–61° N with geodesic edges are
        // 12,308.8 km² and 6,122.9 km² (Karney's polygon area, as pyproj's Geod.polygon_area_perimeter
        // gives it); an equal-area projection with straight edges stays within 0.5 %.
        let cell = try PolygonMeasure.areaSquareKilometres(of: .polygon(Polygon(exterior: square(0, 0, 1, 1))))
        #expect(abs(cell - 12_308.8) < 12)
        let north = try PolygonMeasure.areaSquareKilometres(of: .polygon(Polygon(exterior: square(0, 60, 1, 61))))
        #expect(abs(north - 6_122.9) < 31, "got \(north)")
        let framed = try PolygonMeasure.areaSquareKilometres(of: .polygon(Polygon(exterior: square(0, 0, 1, 1), holes: [square(0.25, 0.25, 0.75, 0.75)])))
        #expect(abs(framed - cell * 0.75) < 12)
    }
}

import CGEOS
import GeoModel

/// Areas in square metres: the polygon is reprojected with PROJ to a Lambert azimuthal
/// equal-area CRS centred on it, then measured by GEOS.
///
/// Each call works in contexts of its own, so it is safe from any task.
public enum PolygonMeasure {
    /// The area of a polygonal geometry in square kilometres, holes taken out.
    /// - Throws: `GeoEngineError.proj` when PROJ cannot project it, `GeoEngineError.geos` when
    ///   GEOS cannot measure it.
    /// - Complexity: O(vertices). See `proj_trans` and `GEOSArea_r`.
    public static func areaSquareKilometres(of geometry: Geometry) throws -> Double {
        guard let box = geometry.boundingBox, !geometry.polygons.isEmpty else { return 0 }
        let centerLatitude = (box.south + box.north) / 2, centerLongitude = (box.west + box.east) / 2
        let projection = try Projection(
            to: "+proj=laea +lat_0=\(centerLatitude) +lon_0=\(centerLongitude) +datum=WGS84 +units=m +type=crs")
        func projected(_ ring: [Coordinate]) throws -> [Coordinate] {
            // The projected metres ride in a Coordinate only to reach GEOS: x as longitude, y as latitude.
            try ring.map { c in
                let p = try projection.project(c)
                return Coordinate(uncheckedLatitude: p.y, longitude: p.x)
            }
        }
        let planar = try geometry.polygons.map { try Polygon(exterior: projected($0.exterior), holes: $0.holes.map(projected)) }
        let context = GEOSContext()
        let shape = try GEOSGeometry(.multiPolygon(planar), in: context)
        var area = 0.0
        guard GEOSArea_r(context.handle, shape.pointer, &area) == 1 else { throw context.takeError("GEOSArea_r failed") }
        return area / 1_000_000
    }
}

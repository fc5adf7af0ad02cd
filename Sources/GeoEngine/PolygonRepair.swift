import GeoModel

/// Validity checks and repair of polygonal geometries, done by GEOS.
///
/// Each call works in a context of its own, so the functions are safe from any task.
public enum PolygonRepair {
    /// GEOS's reason why `geometry` is invalid (for example "Self-intersection[36 35]"), or nil
    /// when it is valid. See `GEOSisValidReason_r`.
    /// - Throws: `GeoEngineError.geos` when GEOS cannot build the geometry.
    public static func invalidityReason(of geometry: Geometry) throws -> String? {
        let context = GEOSContext()
        return try GEOSGeometry(geometry, in: context).invalidityReason()
    }

    /// A valid geometry covering the same area, through `GEOSMakeValid_r`: a bow-tie becomes
    /// two triangles. Valid input comes back unchanged.
    /// - Throws: `GeoEngineError.invalidPolygon` when nothing of the area is left (a ring that
    ///   collapses to a line), `GeoEngineError.geos` when GEOS fails.
    public static func makeValid(_ geometry: Geometry, name: String) throws -> Geometry {
        let context = GEOSContext()
        let source = try GEOSGeometry(geometry, in: context)
        guard try source.invalidityReason() != nil else { return geometry }
        guard let repaired = try source.madeValid().polygonalModel() else {
            throw GeoEngineError.invalidPolygon(name: name, reason: "no area is left after GEOSMakeValid")
        }
        return repaired
    }
}

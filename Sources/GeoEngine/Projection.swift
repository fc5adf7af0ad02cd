import CPROJ
import GeoModel

/// A PROJ transformation from WGS84 to a projected CRS, with longitude/latitude order fixed by
/// `proj_normalize_for_visualization`.
///
/// Not thread safe: it owns a PROJ context; create one per task. See `proj_create_crs_to_crs`.
public final class Projection {
    private let context: OpaquePointer
    private let transform: OpaquePointer

    /// Makes a transformation from EPSG:4326 to `target`, such as `EPSG:3857`.
    /// - Throws: `GeoEngineError.proj` with PROJ's message when PROJ cannot build it.
    public init(to target: String) throws {
        guard let context = proj_context_create() else { throw GeoEngineError.proj("cannot create a PROJ context") }
        // PROJ logs to stderr by default; libraries never print.
        proj_log_func(context, nil) { _, _, _ in }
        proj_context_use_proj4_init_rules(context, 1)
        guard let raw = proj_create_crs_to_crs(context, "EPSG:4326", target, nil) else {
            let message = String(cString: proj_context_errno_string(context, proj_context_errno(context)))
            proj_context_destroy(context)
            throw GeoEngineError.proj("\(target): \(message)")
        }
        guard let normalized = proj_normalize_for_visualization(context, raw) else {
            let message = String(cString: proj_context_errno_string(context, proj_context_errno(context)))
            proj_destroy(raw)
            proj_context_destroy(context)
            throw GeoEngineError.proj(message)
        }
        proj_destroy(raw)
        self.context = context
        self.transform = normalized
    }

    /// A local metric CRS centred on `center`: an azimuthal equidistant projection on WGS84 in
    /// metres, where distances from the centre are true. Used where an area or a buffer needs metres.
    /// - Throws: `GeoEngineError.proj` with PROJ's message when PROJ cannot build it.
    public static func localMetric(around center: Coordinate) throws -> Projection {
        try Projection(to: "+proj=aeqd +lat_0=\(center.latitude) +lon_0=\(center.longitude) +datum=WGS84 +units=m +type=crs")
    }

    deinit {
        proj_destroy(transform)
        proj_context_destroy(context)
    }

    /// Projects a coordinate to (x, y) in the target CRS's units.
    /// - Throws: `GeoEngineError.proj` when the point cannot be projected.
    public func project(_ coordinate: Coordinate) throws -> (x: Double, y: Double) {
        let input = proj_coord(coordinate.longitude, coordinate.latitude, 0, 0)
        let output = proj_trans(transform, PJ_FWD, input)
        let x = output.xy.x, y = output.xy.y
        guard x.isFinite, y.isFinite else {
            throw failure("cannot project \(coordinate.latitude),\(coordinate.longitude)")
        }
        return (x, y)
    }

    /// Turns (x, y) in the target CRS back into a coordinate.
    /// - Throws: `GeoEngineError.proj` when the position has no inverse.
    public func unproject(x: Double, y: Double) throws -> Coordinate {
        let output = proj_trans(transform, PJ_INV, proj_coord(x, y, 0, 0))
        let longitude = output.lp.lam, latitude = output.lp.phi
        guard longitude.isFinite, latitude.isFinite else { throw failure("cannot unproject \(x),\(y)") }
        return try Coordinate(latitude: latitude, longitude: longitude)
    }

    /// PROJ's last error on this transform, as `GeoEngineError.proj` after `what`; resets it.
    private func failure(_ what: String) -> GeoEngineError {
        let message = String(cString: proj_context_errno_string(context, proj_errno(transform)))
        proj_errno_reset(transform)
        return GeoEngineError.proj("\(what): \(message)")
    }
}

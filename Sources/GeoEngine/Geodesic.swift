import CPROJ
import GeoModel

/// Distances on the WGS84 ellipsoid through PROJ's geodesic routines (Karney's algorithm).
///
/// A value type holding PROJ's `geod_geodesic` parameters: copies are independent and safe
/// to use from any task. See `geod_init` and `geod_inverse` in PROJ's `geodesic.h`.
public struct Geodesic: Sendable {
    private var ellipsoid = geod_geodesic()

    /// The WGS84 ellipsoid.
    public init() {
        geod_init(&ellipsoid, 6_378_137.0, 1.0 / 298.257223563)
    }

    /// The shortest distance in metres between two positions.
    public func distanceMetres(from a: Coordinate, to b: Coordinate) -> Double {
        var ellipsoid = self.ellipsoid
        var metres = 0.0
        geod_inverse(&ellipsoid, a.latitude, a.longitude, b.latitude, b.longitude, &metres, nil, nil)
        return metres
    }
}

import CPROJ
import GeoModel

/// Distances on the WGS84 ellipsoid through PROJ's geodesic routines (Karney's algorithm).
///
/// A value type holding PROJ's `geod_geodesic` parameters: copies are independent and safe
/// to use from any task. See `geod_init`, `geod_inverse` and `geod_direct` in PROJ's `geodesic.h`.
public struct Geodesic: Sendable {
    /// PROJ's parameters, set once by `geod_init` and only read after: shared by every copy.
    private let ellipsoid: EllipsoidStorage

    /// WGS84's semi-major axis in metres.
    public static let equatorialRadius = 6_378_137.0
    /// WGS84's flattening.
    public static let flattening = 1.0 / 298.257223563

    /// The WGS84 ellipsoid.
    public init() {
        ellipsoid = EllipsoidStorage()
        geod_init(ellipsoid.pointer, Self.equatorialRadius, Self.flattening)
    }

    /// The shortest distance in metres between two positions. See `geod_inverse`.
    public func distanceMetres(from a: Coordinate, to b: Coordinate) -> Double {
        distanceMetres(latitude1: a.latitude, longitude1: a.longitude, latitude2: b.latitude, longitude2: b.longitude)
    }

    /// The shortest distance in metres between two positions given in degrees. See `geod_inverse`.
    @inline(__always)
    public func distanceMetres(latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double) -> Double {
        var metres = 0.0
        geod_inverse(ellipsoid.pointer, latitude1, longitude1, latitude2, longitude2, &metres, nil, nil)
        return metres
    }

    /// The position reached by going `metres` from `start` at `azimuth` degrees clockwise from
    /// north. See `geod_direct`.
    public func destination(from start: Coordinate, azimuth: Double, metres: Double) -> Coordinate {
        var latitude = 0.0, longitude = 0.0
        geod_direct(ellipsoid.pointer, start.latitude, start.longitude, azimuth, metres, &latitude, &longitude, nil)
        return Coordinate(uncheckedLatitude: latitude, longitude: longitude)
    }
}

/// One `geod_geodesic` on the heap, owned here and freed in `deinit`.
///
/// Written once by `geod_init` before any copy of `Geodesic` exists, then only read by
/// `geod_inverse` and `geod_direct`, which take it as `const`: safe to share between tasks.
private final class EllipsoidStorage: @unchecked Sendable {
    let pointer = UnsafeMutablePointer<geod_geodesic>.allocate(capacity: 1)

    init() { pointer.initialize(to: geod_geodesic()) }

    deinit { pointer.deallocate() }
}

import Foundation
import GeoModel

/// The positions within a geodesic distance of a centre on WGS84: `--near ... --radius-km`.
///
/// A cheap latitude/longitude band rejects most far positions first; the rest get an exact
/// distance from `geod_inverse`. The band never rejects a position inside the circle: it is
/// computed on a sphere whose radius is the ellipsoid's smallest radius of curvature, and
/// widened by a margin. It wraps across the antimeridian and opens to every longitude when
/// the circle reaches a pole.
public struct GeodesicCircle: Sendable {
    public let center: Coordinate
    public let radiusMetres: Double
    private let geodesic = Geodesic()
    private let minLatitude: Double
    private let maxLatitude: Double
    /// The largest longitude difference from the centre that can lie inside; 180 for any.
    private let longitudeReach: Double

    /// The smallest radius of curvature of WGS84 (the meridional one at the equator, b²/a).
    private static let smallestCurvatureRadius: Double = {
        let a = Geodesic.equatorialRadius, b = a * (1 - Geodesic.flattening)
        return b * b / a
    }()

    /// - Throws: `GeoEngineError.invalidRadius` for a negative or non-finite radius.
    public init(center: Coordinate, radiusMetres: Double) throws {
        guard radiusMetres.isFinite, radiusMetres >= 0 else { throw GeoEngineError.invalidRadius(radiusMetres) }
        self.center = center
        self.radiusMetres = radiusMetres
        // The angle the radius spans on the smallest sphere, widened by 0.1 % and a millimetre.
        let angle = (radiusMetres * 1.001 + 0.001) / Self.smallestCurvatureRadius
        let angleDegrees = angle * 180 / .pi
        minLatitude = center.latitude - angleDegrees
        maxLatitude = center.latitude + angleDegrees
        let colatitudeLeft = (90 - abs(center.latitude)) * .pi / 180
        if minLatitude <= -90 || maxLatitude >= 90 || angle >= colatitudeLeft || angle >= .pi / 2 {
            longitudeReach = 180
        } else {
            // On a sphere, the widest longitude reached from latitude φ within angle δ: asin(sin δ / cos φ).
            let ratio = sin(angle) / cos(center.latitude * .pi / 180)
            longitudeReach = ratio >= 1 ? 180 : min(180, asin(ratio) * 180 / .pi * 1.001 + 1e-9)
        }
    }

    /// True when `coordinate` passes the cheap band test: it may lie inside. Never false for a
    /// position inside the circle.
    @inline(__always)
    public func mayContain(_ coordinate: Coordinate) -> Bool {
        mayContain(latitude: coordinate.latitude, longitude: coordinate.longitude)
    }

    @inline(__always)
    func mayContain(latitude: Double, longitude: Double) -> Bool {
        guard latitude >= minLatitude, latitude <= maxLatitude else { return false }
        if longitudeReach >= 180 { return true }
        var difference = abs(longitude - center.longitude)
        if difference > 180 { difference = 360 - difference }
        return difference <= longitudeReach
    }

    /// True when the geodesic distance from the centre to `coordinate` is at most the radius.
    /// - Complexity: O(1); one `geod_inverse` only for positions that pass the band test.
    public func contains(_ coordinate: Coordinate) -> Bool {
        guard mayContain(coordinate) else { return false }
        return geodesic.distanceMetres(from: center, to: coordinate) <= radiusMetres
    }

    /// The circle as a polygon of `vertices` positions found with `geod_direct`, for drawing.
    /// A circle around a pole or across the antimeridian is not a simple lon/lat polygon;
    /// its ring then wraps and is meant for display only.
    public func polygon(vertices: Int = 72) throws -> Polygon {
        let count = max(3, vertices)
        let ring = (0..<count).map { i in
            geodesic.destination(from: center, azimuth: 360 * Double(i) / Double(count), metres: radiusMetres)
        }
        return try Polygon(exterior: ring)
    }
}

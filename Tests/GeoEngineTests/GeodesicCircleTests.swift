import Foundation
import GeoEngine
import GeoModel
import Testing
import TestSupport

/// Radius tests against an independent geodesic computation: Vincenty's inverse formula,
/// written here from its published form, which agrees with Karney's to well under a millimetre
/// for points that are not nearly antipodal.
@Suite struct GeodesicCircleTests {
    /// Vincenty's inverse solution on WGS84, in metres; nil when it does not converge.
    static func vincenty(_ a: Coordinate, _ b: Coordinate) -> Double? {
        let semiMajor = 6_378_137.0, f = 1 / 298.257223563, semiMinor = semiMajor * (1 - f)
        let rad = Double.pi / 180
        var dLon = (b.longitude - a.longitude) * rad
        if dLon > .pi { dLon -= 2 * .pi } else if dLon < -.pi { dLon += 2 * .pi }
        let u1 = atan((1 - f) * tan(a.latitude * rad)), u2 = atan((1 - f) * tan(b.latitude * rad))
        let sinU1 = sin(u1), cosU1 = cos(u1), sinU2 = sin(u2), cosU2 = cos(u2)
        var lambda = dLon
        for _ in 0..<200 {
            let sinLambda = sin(lambda), cosLambda = cos(lambda)
            let sinSigma = sqrt(pow(cosU2 * sinLambda, 2) + pow(cosU1 * sinU2 - sinU1 * cosU2 * cosLambda, 2))
            if sinSigma == 0 { return 0 }
            let cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda
            let sigma = atan2(sinSigma, cosSigma)
            let sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma
            let cos2Alpha = 1 - sinAlpha * sinAlpha
            let cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cos2Alpha
            let c = f / 16 * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha))
            let previous = lambda
            lambda = dLon + (1 - c) * f * sinAlpha * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)))
            if abs(lambda - previous) < 1e-13 {
                let uSquared = cos2Alpha * (semiMajor * semiMajor - semiMinor * semiMinor) / (semiMinor * semiMinor)
                let bigA = 1 + uSquared / 16384 * (4096 + uSquared * (-768 + uSquared * (320 - 175 * uSquared)))
                let bigB = uSquared / 1024 * (256 + uSquared * (-128 + uSquared * (74 - 47 * uSquared)))
                let deltaSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                    - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)))
                return semiMinor * bigA * (sigma - deltaSigma)
            }
        }
        return nil
    }

    /// A random position within about `spread` degrees of `center`, wrapped into range.
    static func nearby(_ center: Coordinate, spread: Double, using rng: inout SeededGenerator) -> Coordinate {
        let latitude = max(-90, min(90, center.latitude + Double.random(in: -spread...spread, using: &rng)))
        var longitude = center.longitude + Double.random(in: -spread * 3...spread * 3, using: &rng)
        if longitude > 180 { longitude -= 360 } else if longitude < -180 { longitude += 360 }
        return Coordinate(uncheckedLatitude: latitude, longitude: longitude)
    }

    @Test(arguments: [
        (35.5317, 35.7901, 30.0),    // Latakia, 30 km
        (0.0, 179.9, 40.0),          // across the antimeridian
        (89.95, 10.0, 25.0),         // around the north pole
        (-89.9, -120.0, 60.0),       // around the south pole
        (60.0, -179.5, 500.0),       // high latitude and the antimeridian
    ])
    func radiusMatchesAnIndependentGeodesicWithinOneMetre(latitude: Double, longitude: Double, radiusKm: Double) throws {
        var rng = SeededGenerator(seed: UInt64(abs(latitude * 1000 + longitude)))
        let center = try Coordinate(latitude: latitude, longitude: longitude)
        let circle = try GeodesicCircle(center: center, radiusMetres: radiusKm * 1000)
        let geodesic = Geodesic()
        var inside = 0, compared = 0
        for _ in 0..<3_000 {
            let point = Self.nearby(center, spread: radiusKm / 60, using: &rng)
            guard let reference = Self.vincenty(center, point) else { continue }
            compared += 1
            let metres = geodesic.distanceMetres(from: center, to: point)
            #expect(abs(metres - reference) < 1, "\(point): PROJ \(metres) m, Vincenty \(reference) m")
            // Decisions may differ only within a metre of the circle.
            if abs(reference - circle.radiusMetres) > 1 {
                #expect(circle.contains(point) == (reference <= circle.radiusMetres), "\(point) at \(reference) m")
            }
            if reference <= circle.radiusMetres { inside += 1; #expect(circle.mayContain(point), "the prefilter dropped \(point)") }
        }
        #expect(compared > 2_500)
        #expect(inside > 100, "the sample should put points inside the circle")
    }

    @Test func circlePolygonVerticesLieOnTheRadius() throws {
        let center = try Coordinate(latitude: 35.5317, longitude: 35.7901)
        let circle = try GeodesicCircle(center: center, radiusMetres: 30_000)
        let polygon = try circle.polygon(vertices: 36)
        #expect(polygon.exterior.count == 37)
        for vertex in polygon.exterior {
            #expect(abs(Geodesic().distanceMetres(from: center, to: vertex) - 30_000) < 0.001)
        }
    }

    @Test func negativeAndNonFiniteRadiiAreRejected() throws {
        let center = try Coordinate(latitude: 35, longitude: 36)
        #expect(throws: GeoEngineError.invalidRadius(-1)) { try GeodesicCircle(center: center, radiusMetres: -1) }
        #expect(throws: GeoEngineError.self) { try GeodesicCircle(center: center, radiusMetres: .nan) }
        let point = try GeodesicCircle(center: center, radiusMetres: 0)
        #expect(point.contains(center))
        #expect(!point.contains(try Coordinate(latitude: 35.0001, longitude: 36)))
    }

    @Test func localMetricProjectionKeepsDistancesFromItsCentre() throws {
        let center = try Coordinate(latitude: 35.5317, longitude: 35.7901)
        let projection = try Projection.localMetric(around: center)
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<200 {
            let point = Self.nearby(center, spread: 1, using: &rng)
            let (x, y) = try projection.project(point)
            #expect(abs((x * x + y * y).squareRoot() - Geodesic().distanceMetres(from: center, to: point)) < 0.01)
            let back = try projection.unproject(x: x, y: y)
            #expect(abs(back.latitude - point.latitude) < 1e-9 && abs(back.longitude - point.longitude) < 1e-9)
        }
    }
}

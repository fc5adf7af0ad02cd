import Foundation

/// A WGS84 position. Latitude comes first everywhere in Swift; only the GeoJSON and KML
/// writers emit longitude first.
public struct Coordinate: Sendable, Hashable {
    /// Degrees north, -90 through 90.
    public let latitude: Double
    /// Degrees east, -180 through 180.
    public let longitude: Double

    /// Makes a coordinate after checking both ranges.
    /// - Throws: `GeoModelError.coordinateOutOfRange` for a latitude beyond ±90, a longitude
    ///   beyond ±180, or a value that is not finite.
    public init(latitude: Double, longitude: Double) throws {
        guard latitude.isFinite, longitude.isFinite,
              (-90.0...90.0).contains(latitude), (-180.0...180.0).contains(longitude)
        else { throw GeoModelError.coordinateOutOfRange(latitude: latitude, longitude: longitude) }
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Makes a coordinate from values already known to be in range (internal data).
    public init(uncheckedLatitude latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// The same position rounded to `decimals` places, as written to the layers.
    public func rounded(toDecimals decimals: Int = 6) -> Coordinate {
        Coordinate(uncheckedLatitude: Self.round(latitude, decimals), longitude: Self.round(longitude, decimals))
    }

    /// Rounds one value half away from zero to `decimals` places.
    public static func round(_ value: Double, _ decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}

/// Errors raised when a value breaks an invariant of the model.
public enum GeoModelError: Error, Sendable, Equatable, CustomStringConvertible {
    case coordinateOutOfRange(latitude: Double, longitude: Double)
    case invalidDay(String)
    case invalidBoundingBox(String)
    case emptyRing
    case unknownEventType(String)
    case unknownSubEventType(String)
    case invalidPrecision(Int)
    case unknownCertainty(String)
    case mismatchedEventType(String, subEventType: String)
    case negativeFatalities(Int)

    public var description: String {
        switch self {
        case let .coordinateOutOfRange(lat, lon): "coordinate out of range: latitude \(lat), longitude \(lon)"
        case let .invalidDay(text): "not a date in YYYY-MM-DD form: '\(text)'"
        case let .invalidBoundingBox(text): "not a bounding box W,S,E,N: '\(text)'"
        case .emptyRing: "a polygon ring needs at least four positions"
        case let .unknownEventType(text): "unknown event type '\(text)'"
        case let .unknownSubEventType(text): "unknown sub-event type '\(text)'"
        case let .invalidPrecision(value): "precision must be 1, 2 or 3, not \(value)"
        case let .unknownCertainty(text): "certainty must be reported, claimed, alleged or denied, not '\(text)'"
        case let .mismatchedEventType(type, subType): "event type '\(type)' does not hold sub-event type '\(subType)'"
        case let .negativeFatalities(value): "fatalities must be a whole number, not \(value)"
        }
    }
}

extension Coordinate {
    /// The great-circle distance in km on a sphere of the Earth's mean radius (haversine): good
    /// to a fraction of a percent, enough for ranking and nearness, not for surveying.
    public func approximateKm(to other: Coordinate) -> Double {
        let p1 = latitude * .pi / 180, p2 = other.latitude * .pi / 180
        let dp = p2 - p1, dl = (other.longitude - longitude) * .pi / 180
        let h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
        return 2 * 6371.0088 * asin(min(1, sqrt(h)))
    }
}

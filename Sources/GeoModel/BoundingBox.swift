import Foundation

/// A longitude/latitude rectangle, as GeoJSON's `bbox` and `--bbox W,S,E,N` give it.
public struct BoundingBox: Sendable, Hashable {
    public let west: Double
    public let south: Double
    public let east: Double
    public let north: Double

    /// Makes a box after checking that its edges are in range and south is not above north.
    /// A west edge greater than the east edge means the box crosses the antimeridian.
    /// - Throws: `GeoModelError.invalidBoundingBox` when the edges are out of order or range.
    public init(west: Double, south: Double, east: Double, north: Double) throws {
        let values = [west, south, east, north]
        guard values.allSatisfy(\.isFinite), south <= north,
              (-90.0...90.0).contains(south), (-90.0...90.0).contains(north),
              (-180.0...180.0).contains(west), (-180.0...180.0).contains(east)
        else { throw GeoModelError.invalidBoundingBox("\(west),\(south),\(east),\(north)") }
        self.west = west; self.south = south; self.east = east; self.north = north
    }

    /// Parses `W,S,E,N`.
    /// - Throws: `GeoModelError.invalidBoundingBox` for anything else.
    public init(parsing text: String) throws {
        let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 4, let w = parts[0], let s = parts[1], let e = parts[2], let n = parts[3]
        else { throw GeoModelError.invalidBoundingBox(text) }
        try self.init(west: w, south: s, east: e, north: n)
    }

    /// True when the box crosses the antimeridian.
    public var crossesAntimeridian: Bool { west > east }

    /// True when `coordinate` lies inside the box or on its edge.
    public func contains(_ coordinate: Coordinate) -> Bool {
        guard coordinate.latitude >= south, coordinate.latitude <= north else { return false }
        if crossesAntimeridian {
            return coordinate.longitude >= west || coordinate.longitude <= east
        }
        return coordinate.longitude >= west && coordinate.longitude <= east
    }

    /// The smallest box holding every coordinate, or nil when there are none.
    public static func enclosing<S: Sequence>(_ coordinates: S) -> BoundingBox? where S.Element == Coordinate {
        var iterator = coordinates.makeIterator()
        guard let first = iterator.next() else { return nil }
        var (w, s, e, n) = (first.longitude, first.latitude, first.longitude, first.latitude)
        while let c = iterator.next() {
            w = min(w, c.longitude); e = max(e, c.longitude)
            s = min(s, c.latitude); n = max(n, c.latitude)
        }
        return try? BoundingBox(west: w, south: s, east: e, north: n)
    }
}

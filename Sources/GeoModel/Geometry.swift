/// A polygon: one exterior ring and any number of holes, each a closed ring of coordinates.
public struct Polygon: Sendable, Hashable {
    public let exterior: [Coordinate]
    public let holes: [[Coordinate]]

    /// Makes a polygon, closing rings that are not closed.
    /// - Throws: `GeoModelError.emptyRing` when a ring has fewer than three distinct positions.
    public init(exterior: [Coordinate], holes: [[Coordinate]] = []) throws {
        self.exterior = try Self.closed(exterior)
        self.holes = try holes.map(Self.closed)
    }

    private static func closed(_ ring: [Coordinate]) throws -> [Coordinate] {
        guard ring.count >= 3 else { throw GeoModelError.emptyRing }
        let ring = ring.first == ring.last ? ring : ring + [ring[0]]
        guard ring.count >= 4 else { throw GeoModelError.emptyRing }
        return ring
    }
}

/// The geometries incidentmap reads and writes.
public enum Geometry: Sendable, Hashable {
    case point(Coordinate)
    case polygon(Polygon)
    case multiPolygon([Polygon])

    /// The polygons of a polygonal geometry; empty for a point.
    public var polygons: [Polygon] {
        switch self {
        case .point: []
        case let .polygon(polygon): [polygon]
        case let .multiPolygon(polygons): polygons
        }
    }

    /// Every position of the geometry, exterior rings and holes included.
    public var coordinates: [Coordinate] {
        switch self {
        case let .point(c): [c]
        case .polygon, .multiPolygon: polygons.flatMap { $0.exterior + $0.holes.flatMap { $0 } }
        }
    }

    /// The bounding box of every position.
    public var boundingBox: BoundingBox? { BoundingBox.enclosing(coordinates) }
}

/// A named region: a province polygon or a user's drawn area, with its properties as text.
public struct Region: Sendable, Hashable {
    public var name: String
    public var code: String?
    public var country: String?
    public var geometry: Geometry

    public init(name: String, code: String?, country: String?, geometry: Geometry) {
        self.name = name
        self.code = code
        self.country = country
        self.geometry = geometry
    }
}

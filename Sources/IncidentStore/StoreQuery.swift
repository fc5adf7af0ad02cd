import Foundation
import GeoModel

/// The part of a `query` that a store can answer with its indexes: areas and dates.
/// The store returns a superset; the caller applies the exact filters afterwards.
public struct StoreQuery: Sendable, Hashable {
    /// `--bbox`.
    public var bbox: BoundingBox?
    /// `--near` and `--radius-km`.
    public var circle: Circle?
    /// `--within`: the incident lies in at least one of these polygonal regions.
    public var within: [Region]?
    /// `--from`.
    public var from: Day?
    /// `--to`.
    public var to: Day?

    public init(bbox: BoundingBox? = nil, circle: Circle? = nil, within: [Region]? = nil, from: Day? = nil, to: Day? = nil) {
        self.bbox = bbox
        self.circle = circle
        self.within = within
        self.from = from
        self.to = to
    }

    /// Every stored incident.
    public static let everything = StoreQuery()

    /// A geodesic circle on WGS84.
    public struct Circle: Sendable, Hashable {
        public var center: Coordinate
        public var radiusKm: Double

        public init(center: Coordinate, radiusKm: Double) {
            self.center = center
            self.radiusKm = radiusKm
        }

        /// A latitude/longitude box that holds the whole circle, for an R*Tree search.
        /// It errs on the large side: one degree of latitude is at least 110.57 km, one degree of
        /// longitude at least 111.32 km × cos(latitude), and 1 % is added. Near a pole, or when the
        /// box would cross the antimeridian, it spans every longitude.
        public var enclosingBox: SearchBox {
            let margin = 1.01
            let dLat = radiusKm / 110.574 * margin + 1e-6
            let south = max(-90, center.latitude - dLat), north = min(90, center.latitude + dLat)
            let widestLatitude = max(abs(south), abs(north))
            let cosine = cos(widestLatitude * .pi / 180)
            guard cosine > 1e-6 else { return SearchBox(west: -180, south: south, east: 180, north: north) }
            let dLon = radiusKm / (111.320 * cosine) * margin + 1e-6
            let west = center.longitude - dLon, east = center.longitude + dLon
            guard west >= -180, east <= 180 else { return SearchBox(west: -180, south: south, east: 180, north: north) }
            return SearchBox(west: west, south: south, east: east, north: north)
        }
    }
}

/// A plain latitude/longitude rectangle that never crosses the antimeridian: what an R*Tree searches.
public struct SearchBox: Sendable, Hashable {
    public var west: Double
    public var south: Double
    public var east: Double
    public var north: Double

    public init(west: Double, south: Double, east: Double, north: Double) {
        self.west = west
        self.south = south
        self.east = east
        self.north = north
    }

    /// The rectangles that cover `box`: two when it crosses the antimeridian.
    public static func covering(_ box: BoundingBox) -> [SearchBox] {
        if box.crossesAntimeridian {
            return [SearchBox(west: box.west, south: box.south, east: 180, north: box.north),
                    SearchBox(west: -180, south: box.south, east: box.east, north: box.north)]
        }
        return [SearchBox(west: box.west, south: box.south, east: box.east, north: box.north)]
    }
}

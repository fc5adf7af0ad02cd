import GeoModel

/// Winds polygon rings the way RFC 7946 (section 3.1.6) asks: exterior rings
/// counter-clockwise, holes clockwise, judged by the sign of the ring's area in the
/// longitude/latitude plane.
enum RingOrientation {
    /// Twice the signed area of a closed ring (shoelace formula): positive when the ring
    /// runs counter-clockwise.
    static func signedDoubleArea(_ ring: [Coordinate]) -> Double {
        guard ring.count >= 3 else { return 0 }
        var sum = 0.0
        for i in 0..<(ring.count - 1) {
            let a = ring[i], b = ring[i + 1]
            sum += (a.longitude * b.latitude) - (b.longitude * a.latitude)
        }
        return sum
    }

    /// The ring, reversed if needed so that it runs counter-clockwise (or clockwise when
    /// `clockwise` is true). A ring of zero area is left as it is.
    static func wound(_ ring: [Coordinate], clockwise: Bool) -> [Coordinate] {
        let area = signedDoubleArea(ring)
        if area == 0 { return ring }
        return (area > 0) == clockwise ? ring.reversed() : ring
    }

    /// The polygon's rings in RFC 7946 order and winding: the exterior first, then the holes.
    static func rings(of polygon: Polygon) -> [[Coordinate]] {
        [wound(polygon.exterior, clockwise: false)] + polygon.holes.map { wound($0, clockwise: true) }
    }
}

import GeoModel

/// The running bounding box of the positions written so far.
struct Bounds {
    private(set) var box: (west: Double, south: Double, east: Double, north: Double)?

    mutating func add(_ c: Coordinate) {
        guard let b = box else {
            box = (c.longitude, c.latitude, c.longitude, c.latitude)
            return
        }
        box = (min(b.west, c.longitude), min(b.south, c.latitude), max(b.east, c.longitude), max(b.north, c.latitude))
    }
}

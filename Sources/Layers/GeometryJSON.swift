import GeoModel

/// GeoJSON geometry with lon/lat order, at most 6 decimals and RFC 7946 winding.
enum GeometryJSON {
    static func write(_ geometry: Geometry, to out: OutputBuffer) {
        func position(_ c: Coordinate) {
            out.write(byte: UInt8(ascii: "["))
            out.write(coordinate: c.longitude)
            out.write(byte: UInt8(ascii: ","))
            out.write(coordinate: c.latitude)
            out.write(byte: UInt8(ascii: "]"))
        }
        func polygon(_ p: Polygon) {
            out.write(byte: UInt8(ascii: "["))
            for (r, ring) in RingOrientation.rings(of: p).enumerated() {
                out.write(literal: r == 0 ? "[" : ",[")
                for (i, c) in ring.enumerated() {
                    if i > 0 { out.write(byte: UInt8(ascii: ",")) }
                    position(c)
                }
                out.write(byte: UInt8(ascii: "]"))
            }
            out.write(byte: UInt8(ascii: "]"))
        }
        switch geometry {
        case let .point(c):
            out.write(literal: "{\"type\":\"Point\",\"coordinates\":")
            position(c)
        case let .polygon(p):
            out.write(literal: "{\"type\":\"Polygon\",\"coordinates\":")
            polygon(p)
        case let .multiPolygon(ps):
            out.write(literal: "{\"type\":\"MultiPolygon\",\"coordinates\":[")
            for (i, p) in ps.enumerated() {
                if i > 0 { out.write(byte: UInt8(ascii: ",")) }
                polygon(p)
            }
            out.write(byte: UInt8(ascii: "]"))
        }
        out.write(byte: UInt8(ascii: "}"))
    }
}

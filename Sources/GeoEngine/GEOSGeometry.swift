import CGEOS
import GeoModel

/// A GEOS geometry owned by Swift: destroyed in `deinit`. Keeps its context alive.
///
/// Not thread safe: it belongs to the task that owns its context.
final class GEOSGeometry {
    let context: GEOSContext
    let pointer: OpaquePointer

    /// Takes ownership of `pointer`.
    init(taking pointer: OpaquePointer, in context: GEOSContext) {
        self.context = context
        self.pointer = pointer
    }

    deinit { GEOSGeom_destroy_r(context.handle, pointer) }

    /// Builds the GEOS form of a model geometry.
    /// - Throws: `GeoEngineError.geos` when GEOS rejects it.
    convenience init(_ geometry: Geometry, in context: GEOSContext) throws {
        let pointer: OpaquePointer
        switch geometry {
        case let .point(c):
            guard let p = GEOSGeom_createPointFromXY_r(context.handle, c.longitude, c.latitude) else {
                throw context.takeError("cannot create point")
            }
            pointer = p
        case let .polygon(polygon):
            pointer = try Self.makePolygon(polygon, in: context)
        case let .multiPolygon(polygons):
            var parts: [OpaquePointer?] = try polygons.map { try Self.makePolygon($0, in: context) }
            guard let multi = parts.withUnsafeMutableBufferPointer({ buffer in
                GEOSGeom_createCollection_r(context.handle, Int32(GEOS_MULTIPOLYGON.rawValue),
                                            buffer.baseAddress, UInt32(buffer.count))
            }) else {
                // Ownership of the parts passes to GEOS only on success.
                parts.forEach { GEOSGeom_destroy_r(context.handle, $0) }
                throw context.takeError("cannot create multipolygon")
            }
            pointer = multi
        }
        self.init(taking: pointer, in: context)
    }

    /// Builds a GEOS polygon; the caller owns the result.
    private static func makePolygon(_ polygon: Polygon, in context: GEOSContext) throws -> OpaquePointer {
        let shell = try makeRing(polygon.exterior, in: context)
        var holes: [OpaquePointer?] = []
        for ring in polygon.holes {
            do { holes.append(try makeRing(ring, in: context)) } catch {
                GEOSGeom_destroy_r(context.handle, shell)
                holes.forEach { GEOSGeom_destroy_r(context.handle, $0) }
                throw error
            }
        }
        // GEOSGeom_createPolygon_r takes ownership of the shell and holes.
        let result = holes.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createPolygon_r(context.handle, shell, buffer.baseAddress, UInt32(buffer.count))
        }
        guard let result else { throw context.takeError("cannot create polygon") }
        return result
    }

    private static func makeRing(_ ring: [Coordinate], in context: GEOSContext) throws -> OpaquePointer {
        guard let sequence = GEOSCoordSeq_create_r(context.handle, UInt32(ring.count), 2) else {
            throw context.takeError("cannot create coordinate sequence")
        }
        for (i, c) in ring.enumerated() {
            GEOSCoordSeq_setXY_r(context.handle, sequence, UInt32(i), c.longitude, c.latitude)
        }
        // The ring takes ownership of the sequence.
        guard let ring = GEOSGeom_createLinearRing_r(context.handle, sequence) else {
            throw context.takeError("cannot create linear ring")
        }
        return ring
    }

    /// GEOS's verdict on validity, or nil when the geometry is valid.
    /// See `GEOSisValidReason_r`.
    func invalidityReason() throws -> String? {
        if try context.predicate(GEOSisValid_r(context.handle, pointer), "GEOSisValid_r") { return nil }
        guard let reason = GEOSisValidReason_r(context.handle, pointer) else { return "invalid geometry" }
        defer { GEOSFree_r(context.handle, reason) }
        return String(cString: reason)
    }

    /// The envelope, in longitude (x) and latitude (y) degrees.
    /// - Throws: `GeoEngineError.geos` when GEOS cannot compute it (an empty geometry).
    func envelope() throws -> Envelope {
        var minX = 0.0, minY = 0.0, maxX = 0.0, maxY = 0.0
        guard GEOSGeom_getXMin_r(context.handle, pointer, &minX) == 1,
              GEOSGeom_getYMin_r(context.handle, pointer, &minY) == 1,
              GEOSGeom_getXMax_r(context.handle, pointer, &maxX) == 1,
              GEOSGeom_getYMax_r(context.handle, pointer, &maxY) == 1
        else { throw context.takeError("cannot read envelope") }
        return Envelope(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
    }
}

import CGEOS
import GeoModel

extension GEOSGeometry {
    /// The polygonal parts of this geometry as a model geometry, or nil when it has none.
    ///
    /// Points and lines inside a collection (as `GEOSMakeValid_r` may return) are dropped:
    /// only areas matter to the callers. See `GEOSGeomTypeId_r`, `GEOSGetGeometryN_r` and
    /// `GEOSCoordSeq_getXY_r` in the GEOS C API.
    /// - Throws: `GeoEngineError.geos` when GEOS cannot read a part.
    func polygonalModel() throws -> Geometry? {
        let polygons = try Self.polygons(of: pointer, in: context)
        switch polygons.count {
        case 0: return nil
        case 1: return .polygon(polygons[0])
        default: return .multiPolygon(polygons)
        }
    }

    /// Every non-empty polygon of `geometry`, walking collections; the pointers are borrowed.
    private static func polygons(of geometry: OpaquePointer, in context: GEOSContext) throws -> [Polygon] {
        let handle = context.handle
        if GEOSisEmpty_r(handle, geometry) == 1 { return [] }
        switch GEOSGeomTypeId_r(handle, geometry) {
        case Int32(GEOS_POLYGON.rawValue):
            guard let shell = GEOSGetExteriorRing_r(handle, geometry) else { throw context.takeError("cannot read an exterior ring") }
            let holeCount = GEOSGetNumInteriorRings_r(handle, geometry)
            guard holeCount >= 0 else { throw context.takeError("cannot count interior rings") }
            var holes: [[Coordinate]] = []
            for i in 0..<holeCount {
                guard let ring = GEOSGetInteriorRingN_r(handle, geometry, i) else { throw context.takeError("cannot read a hole") }
                holes.append(try coordinates(of: ring, in: context))
            }
            return [try Polygon(exterior: coordinates(of: shell, in: context), holes: holes)]
        case Int32(GEOS_MULTIPOLYGON.rawValue), Int32(GEOS_GEOMETRYCOLLECTION.rawValue):
            let count = GEOSGetNumGeometries_r(handle, geometry)
            guard count >= 0 else { throw context.takeError("cannot count parts") }
            var result: [Polygon] = []
            for i in 0..<count {
                guard let part = GEOSGetGeometryN_r(handle, geometry, i) else { throw context.takeError("cannot read a part") }
                result += try polygons(of: part, in: context)
            }
            return result
        default:
            return []
        }
    }

    /// The positions of a ring, as GEOS holds them (x is longitude, y latitude).
    private static func coordinates(of ring: OpaquePointer, in context: GEOSContext) throws -> [Coordinate] {
        let handle = context.handle
        guard let sequence = GEOSGeom_getCoordSeq_r(handle, ring) else { throw context.takeError("cannot read a ring") }
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(handle, sequence, &size) != 0 else { throw context.takeError("cannot read a ring's size") }
        var result: [Coordinate] = []
        result.reserveCapacity(Int(size))
        for i in 0..<size {
            var x = 0.0, y = 0.0
            guard GEOSCoordSeq_getXY_r(handle, sequence, i, &x, &y) != 0 else { throw context.takeError("cannot read a position") }
            result.append(Coordinate(uncheckedLatitude: y, longitude: x))
        }
        return result
    }

    /// A valid version of this geometry, made by GEOS. See `GEOSMakeValid_r`.
    /// - Throws: `GeoEngineError.geos` when GEOS cannot repair it.
    func madeValid() throws -> GEOSGeometry {
        guard let repaired = GEOSMakeValid_r(context.handle, pointer) else { throw context.takeError("GEOSMakeValid_r failed") }
        return GEOSGeometry(taking: repaired, in: context)
    }
}

import CGEOS
import GeoModel

/// Regions held as GEOS prepared geometries behind a bounding-box prefilter, answering
/// "which region holds this point?".
///
/// Not thread safe: each task builds its own. Points on a border shared by two regions go to
/// the first region in input order whose polygon covers them, so the answer is deterministic.
public final class PolygonIndex {
    private let context: GEOSContext
    private let geometries: [GEOSGeometry]
    private let prepared: [OpaquePointer]
    private let envelopes: [(minX: Double, minY: Double, maxX: Double, maxY: Double)]
    /// The regions, in the order given.
    public let regions: [Region]

    /// Prepares every region.
    /// - Throws: `GeoEngineError.invalidPolygon` for a region GEOS finds invalid, naming GEOS's
    ///   reason; `GeoEngineError.geos` when GEOS fails.
    /// - Complexity: O(total vertices).
    public init(regions: [Region]) throws {
        self.regions = regions
        let context = GEOSContext()
        self.context = context
        var geometries: [GEOSGeometry] = []
        var prepared: [OpaquePointer] = []
        var envelopes: [(minX: Double, minY: Double, maxX: Double, maxY: Double)] = []
        for region in regions {
            let geometry = try GEOSGeometry(region.geometry, in: context)
            if let reason = try geometry.invalidityReason() {
                prepared.forEach { GEOSPreparedGeom_destroy_r(context.handle, $0) }
                throw GeoEngineError.invalidPolygon(name: region.name, reason: reason)
            }
            guard let p = GEOSPrepare_r(context.handle, geometry.pointer) else {
                prepared.forEach { GEOSPreparedGeom_destroy_r(context.handle, $0) }
                throw context.takeError("GEOSPrepare_r failed")
            }
            geometries.append(geometry)
            prepared.append(p)
            envelopes.append(try geometry.envelope())
        }
        self.geometries = geometries
        self.prepared = prepared
        self.envelopes = envelopes
    }

    deinit {
        // Prepared geometries borrow their source geometries, so they go first.
        prepared.forEach { GEOSPreparedGeom_destroy_r(context.handle, $0) }
    }

    /// The index of the first region whose polygon covers `coordinate` (boundary included), or nil.
    /// - Throws: `GeoEngineError.geos` when GEOS fails.
    /// - Complexity: O(regions) envelope checks plus one prepared test per candidate.
    public func regionIndex(containing coordinate: Coordinate) throws -> Int? {
        let x = coordinate.longitude, y = coordinate.latitude
        var point: OpaquePointer?
        defer { if let point { GEOSGeom_destroy_r(context.handle, point) } }
        for (i, e) in envelopes.enumerated() where x >= e.minX && x <= e.maxX && y >= e.minY && y <= e.maxY {
            if point == nil {
                point = GEOSGeom_createPointFromXY_r(context.handle, x, y)
                guard point != nil else { throw context.takeError("cannot create point") }
            }
            if try context.predicate(GEOSPreparedCovers_r(context.handle, prepared[i], point), "GEOSPreparedCovers_r") {
                return i
            }
        }
        return nil
    }

    /// The region whose polygon covers `coordinate`, or nil when none does.
    public func region(containing coordinate: Coordinate) throws -> Region? {
        try regionIndex(containing: coordinate).map { regions[$0] }
    }
}

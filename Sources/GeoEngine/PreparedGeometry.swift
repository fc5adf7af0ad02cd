import CGEOS

/// A GEOS prepared geometry with its source geometry: fast repeated predicates.
///
/// Not thread safe: it belongs to the task that owns its context. See `GEOSPrepare_r`.
final class PreparedGeometry {
    /// The source, kept alive because the prepared geometry borrows it.
    let geometry: GEOSGeometry
    private let prepared: OpaquePointer

    /// - Throws: `GeoEngineError.geos` when GEOS cannot prepare it.
    init(_ geometry: GEOSGeometry) throws {
        guard let prepared = GEOSPrepare_r(geometry.context.handle, geometry.pointer) else {
            throw geometry.context.takeError("GEOSPrepare_r failed")
        }
        self.geometry = geometry
        self.prepared = prepared
    }

    deinit { GEOSPreparedGeom_destroy_r(geometry.context.handle, prepared) }

    private typealias Predicate = (GEOSContextHandle_t?, OpaquePointer?, OpaquePointer?) -> CChar

    /// Runs one prepared predicate through the context's single return-convention helper.
    private func test(_ predicate: Predicate, _ other: GEOSGeometry, _ name: String) throws -> Bool {
        try geometry.context.predicate(predicate(geometry.context.handle, prepared, other.pointer), name)
    }

    /// True when `other` lies inside or on the boundary. See `GEOSPreparedCovers_r`.
    func covers(_ other: GEOSGeometry) throws -> Bool { try test(GEOSPreparedCovers_r, other, "GEOSPreparedCovers_r") }

    /// True when `other` lies in the interior, touching no boundary. See `GEOSPreparedContainsProperly_r`.
    func containsProperly(_ other: GEOSGeometry) throws -> Bool {
        try test(GEOSPreparedContainsProperly_r, other, "GEOSPreparedContainsProperly_r")
    }

    /// True when the two share at least one point. See `GEOSPreparedIntersects_r`.
    func intersects(_ other: GEOSGeometry) throws -> Bool { try test(GEOSPreparedIntersects_r, other, "GEOSPreparedIntersects_r") }
}

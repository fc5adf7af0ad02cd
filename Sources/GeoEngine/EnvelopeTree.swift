import CGEOS

/// A GEOS STRtree of numbered rectangles, answering "which items may touch this rectangle?".
///
/// Not thread safe: it lives in the context of the task that built it. GEOS 3.11 builds the
/// tree on the first query (there is no `GEOSSTRtree_build_r`), after which nothing can be
/// inserted. See `GEOSSTRtree_create_r`, `GEOSSTRtree_insert_r` and `GEOSSTRtree_query_r`.
final class EnvelopeTree {
    private let context: GEOSContext
    private let tree: OpaquePointer
    /// The envelope geometries; the tree borrows them, so they live as long as it does.
    private var envelopes: [GEOSGeometry] = []

    /// - Throws: `GeoEngineError.geos` when GEOS cannot make the tree.
    init(context: GEOSContext, nodeCapacity: Int = 10) throws {
        guard let tree = GEOSSTRtree_create_r(context.handle, nodeCapacity) else {
            throw context.takeError("GEOSSTRtree_create_r failed")
        }
        self.context = context
        self.tree = tree
    }

    deinit {
        // The tree goes before the envelopes it borrows (they are released after deinit).
        GEOSSTRtree_destroy_r(context.handle, tree)
    }

    /// Adds item `id` with the rectangle `envelope`.
    /// - Throws: `GeoEngineError.geos` when GEOS cannot make the rectangle.
    func insert(_ id: Int, envelope: Envelope) throws {
        let rectangle = try GEOSGeometry.rectangle(envelope, in: context)
        envelopes.append(rectangle)
        // The item is the id itself, offset by one so that it is never a null pointer.
        GEOSSTRtree_insert_r(context.handle, tree, rectangle.pointer, UnsafeMutableRawPointer(bitPattern: id + 1))
    }

    /// The ids whose rectangles intersect `envelope`, in ascending order.
    /// - Throws: `GeoEngineError.geos` when GEOS cannot make the query rectangle.
    /// - Complexity: O(log n + k) for k hits.
    func query(_ envelope: Envelope) throws -> [Int] {
        let rectangle = try GEOSGeometry.rectangle(envelope, in: context)
        var hits: [Int] = []
        withUnsafeMutablePointer(to: &hits) { hitsPointer in
            GEOSSTRtree_query_r(context.handle, tree, rectangle.pointer, { item, userData in
                guard let item, let userData else { return }
                userData.assumingMemoryBound(to: [Int].self).pointee.append(Int(bitPattern: item) - 1)
            }, hitsPointer)
        }
        return hits.sorted()
    }
}

/// An axis-aligned rectangle in longitude (x) and latitude (y) degrees.
struct Envelope: Sendable, Hashable {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    func contains(x: Double, y: Double) -> Bool { x >= minX && x <= maxX && y >= minY && y <= maxY }

    func intersects(_ other: Envelope) -> Bool {
        minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY
    }

    /// The smallest envelope holding both.
    func union(_ other: Envelope) -> Envelope {
        Envelope(minX: min(minX, other.minX), minY: min(minY, other.minY), maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }
}

extension GEOSGeometry {
    /// A rectangle polygon. See `GEOSGeom_createRectangle_r`.
    static func rectangle(_ envelope: Envelope, in context: GEOSContext) throws -> GEOSGeometry {
        guard let pointer = GEOSGeom_createRectangle_r(context.handle, envelope.minX, envelope.minY, envelope.maxX, envelope.maxY) else {
            throw context.takeError("cannot create a rectangle")
        }
        return GEOSGeometry(taking: pointer, in: context)
    }
}

import CGEOS
import Foundation
import GeoModel

/// Answers "which region holds this point?" with a `RegionGrid` and, for points in cells that
/// a border crosses, GEOS prepared polygons.
///
/// Not thread safe: each task makes its own from a shared `RegionGrid` (see
/// `RegionGrid.regionIndices(of:tasks:)`). Points on a border shared by two regions go to the
/// first region in input order whose polygon covers them, so the answer is deterministic.
public final class PolygonIndex {
    /// The classified regions this index answers for.
    public let grid: RegionGrid
    private let context: GEOSContext
    private let prepared: [PreparedGeometry]

    /// The regions, in the order given.
    public var regions: [Region] { grid.regions }

    /// Checks, optionally repairs, classifies and prepares the regions.
    /// - Throws: `GeoEngineError.invalidPolygon` for a region GEOS finds invalid (unless
    ///   `makeValid`), naming GEOS's reason; `GeoEngineError.geos` when GEOS fails.
    public convenience init(regions: [Region], makeValid: Bool = false) throws {
        try self.init(grid: RegionGrid(regions: regions, makeValid: makeValid))
    }

    /// Prepares the regions of an already classified grid in a context of this index's own.
    /// - Throws: `GeoEngineError.geos` when GEOS fails.
    /// - Complexity: O(total vertices).
    public init(grid: RegionGrid) throws {
        self.grid = grid
        let context = GEOSContext()
        self.context = context
        prepared = try grid.regions.map { try PreparedGeometry(GEOSGeometry($0.geometry, in: context)) }
    }

    /// The index of the first region whose polygon covers `coordinate` (boundary included), or nil.
    /// - Throws: `GeoEngineError.geos` when GEOS fails.
    /// - Complexity: O(1) away from borders; one `GEOSPreparedCovers_r` per candidate near one.
    public func regionIndex(containing coordinate: Coordinate) throws -> Int? {
        try regionIndex(x: coordinate.longitude, y: coordinate.latitude)
    }

    /// The region whose polygon covers `coordinate`, or nil when none does.
    public func region(containing coordinate: Coordinate) throws -> Region? {
        try regionIndex(containing: coordinate).map { regions[$0] }
    }

    /// The region index for longitude `x` and latitude `y`, or nil.
    @inline(__always)
    func regionIndex(x: Double, y: Double) throws -> Int? {
        let value = grid.cell(x: x, y: y)
        if value >= 0 { return Int(value) }
        if value == RegionGrid.outside { return nil }
        return try borderRegionIndex(x: x, y: y, candidates: grid.candidateLists[Int(-2 - value)])
    }

    /// Asks GEOS about a point in a border cell, candidate by candidate in input order.
    private func borderRegionIndex(x: Double, y: Double, candidates: [Int32]) throws -> Int? {
        var point: GEOSGeometry?
        for candidate in candidates {
            let i = Int(candidate)
            guard grid.envelopes[i].contains(x: x, y: y) else { continue }
            if point == nil {
                guard let p = GEOSGeom_createPointFromXY_r(context.handle, x, y) else { throw context.takeError("cannot create point") }
                point = GEOSGeometry(taking: p, in: context)
            }
            if try prepared[i].covers(point!) { return i }
        }
        return nil
    }
}

extension RegionGrid {
    /// The region index of every coordinate (nil outside every region), worked out by `tasks`
    /// tasks, each with a GEOS context and prepared polygons of its own.
    /// - Throws: `GeoEngineError.geos` when GEOS fails.
    /// - Complexity: O(n / tasks) lookups, plus GEOS tests for points in border cells.
    public func regionIndices(of coordinates: [Coordinate], tasks: Int = 2) throws -> [Int?] {
        var result = [Int?](repeating: nil, count: coordinates.count)
        let chunks = max(1, min(tasks, coordinates.count / 10_000 + 1))
        let failure = FailureBox()
        let grid = self
        result.withUnsafeMutableBufferPointer { output in
            let output = SendableBuffer(buffer: output)
            coordinates.withUnsafeBufferPointer { input in
                let input = SendableInput(buffer: input)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let start = input.buffer.count * chunk / chunks, end = input.buffer.count * (chunk + 1) / chunks
                    do {
                        let index = try PolygonIndex(grid: grid)
                        for i in start..<end {
                            let c = input.buffer[i]
                            output.buffer[i] = try index.regionIndex(x: c.longitude, y: c.latitude)
                        }
                    } catch { failure.record(error) }
                }
            }
        }
        if let error = failure.error { throw error }
        return result
    }
}

/// The first error thrown by any task of a parallel loop.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var first: (any Error)?

    func record(_ error: any Error) {
        lock.lock(); defer { lock.unlock() }
        if first == nil { first = error }
    }

    var error: (any Error)? {
        lock.lock(); defer { lock.unlock() }
        return first
    }
}

/// Disjoint slices of one output buffer, each written by one task only.
private struct SendableBuffer: @unchecked Sendable { let buffer: UnsafeMutableBufferPointer<Int?> }
/// A read-only input buffer shared by the tasks.
private struct SendableInput: @unchecked Sendable { let buffer: UnsafeBufferPointer<Coordinate> }

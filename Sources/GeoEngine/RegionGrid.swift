import Foundation
import GeoModel

/// Region polygons checked by GEOS and classified once on a uniform grid, so that most points
/// find their region with one array lookup.
///
/// Each grid cell is classified with GEOS prepared predicates on the cell's rectangle: a cell
/// that one region contains properly is *inside* it, a cell that no region touches is
/// *outside*, and only the cells that a border crosses keep a short list of candidate regions,
/// for which `PolygonIndex` asks GEOS about the point itself. Blocks of cells are classified
/// from the top down (a quadtree walk), starting from tiles whose candidates come from a GEOS
/// STRtree, so the work follows the length of the borders, not the number of cells.
///
/// A plain value: share it between tasks, each task making its own `PolygonIndex` from it.
public struct RegionGrid: Sendable {
    /// The regions, in the order given (repaired when `makeValid` was asked for).
    public let regions: [Region]
    let envelopes: [Envelope]
    let layout: GridLayout
    /// Per cell: a region index (inside), `outside`, or `-2 - k` for candidate list k. Two bytes
    /// a cell keep a fine grid small enough for the processor's caches.
    let cells: [Int16]
    let candidateLists: [[Int32]]

    static let outside: Int16 = -1
    /// The most regions a grid holds, so that region indices and list numbers fit a cell.
    public static let maximumRegions = 16_000

    /// Checks, optionally repairs, and classifies the regions.
    /// - Parameters:
    ///   - regions: polygon regions; on a shared border the first in this order wins.
    ///   - makeValid: repair invalid polygons with `GEOSMakeValid_r` instead of failing.
    ///   - resolution: cells along the longer side of the regions' envelope.
    /// - Throws: `GeoEngineError.invalidPolygon` naming the region and GEOS's reason (for example
    ///   a self-intersection) unless `makeValid`; `GeoEngineError.tooManyRegions` beyond
    ///   `maximumRegions`; `GeoEngineError.geos` when GEOS fails.
    /// - Complexity: O(vertices) to prepare, plus GEOS predicates on the cells along borders.
    public init(regions: [Region], makeValid: Bool = false, resolution: Int = 512) throws {
        guard regions.count <= Self.maximumRegions else { throw GeoEngineError.tooManyRegions(regions.count) }
        let context = GEOSContext()
        var checked: [Region] = []
        var prepared: [PreparedGeometry] = []
        for region in regions {
            var region = region
            var geometry = try GEOSGeometry(region.geometry, in: context)
            if let reason = try geometry.invalidityReason() {
                guard makeValid else { throw GeoEngineError.invalidPolygon(name: region.name, reason: reason) }
                geometry = try geometry.madeValid()
                guard let repaired = try geometry.polygonalModel() else {
                    throw GeoEngineError.invalidPolygon(name: region.name, reason: "no area is left after GEOSMakeValid")
                }
                region.geometry = repaired
            }
            checked.append(region)
            prepared.append(try PreparedGeometry(geometry))
        }
        self.regions = checked
        envelopes = try prepared.map { try $0.geometry.envelope() }
        guard let first = envelopes.first else {
            layout = .empty
            cells = [Self.outside]; candidateLists = []
            return
        }
        layout = GridLayout(bounds: envelopes.dropFirst().reduce(first) { $0.union($1) }, resolution: resolution)
        var builder = GridBuilder(prepared: prepared, context: context, layout: layout)
        let tree = try EnvelopeTree(context: context)
        for (i, envelope) in envelopes.enumerated() { try tree.insert(i, envelope: envelope) }
        let tile = max(1, max(layout.columns, layout.rows) / 16)
        for y0 in stride(from: 0, to: layout.rows, by: tile) {
            for x0 in stride(from: 0, to: layout.columns, by: tile) {
                let x1 = min(layout.columns, x0 + tile), y1 = min(layout.rows, y0 + tile)
                let candidates = try tree.query(builder.envelope(x0, y0, x1, y1)).map(Int32.init)
                try builder.classify(x0, y0, x1, y1, candidates: candidates)
            }
        }
        cells = builder.cells
        candidateLists = builder.lists
    }

    /// The cell value at a position: a region index, `outside`, or `-2 - k` for candidate list k.
    @inline(__always)
    func cell(x: Double, y: Double) -> Int16 {
        guard let index = layout.cellIndex(x: x, y: y) else { return Self.outside }
        return cells[index]
    }

    /// How many cells are inside a region, outside every region, or on a border.
    public var cellCounts: (inside: Int, outside: Int, border: Int) {
        var inside = 0, outside = 0, border = 0
        for value in cells {
            if value >= 0 { inside += 1 } else if value == Self.outside { outside += 1 } else { border += 1 }
        }
        return (inside, outside, border)
    }
}

/// Classifies blocks of cells from the top down. Not thread safe: it uses one GEOS context.
private struct GridBuilder {
    let prepared: [PreparedGeometry]
    let context: GEOSContext
    let layout: GridLayout
    /// How far a cell's rectangle is grown, so that rounding at its edge cannot misplace a point.
    let margin: Double
    var cells: [Int16]
    var lists: [[Int32]] = []
    var listIDs: [[Int32]: Int16] = [:]

    init(prepared: [PreparedGeometry], context: GEOSContext, layout: GridLayout) {
        self.prepared = prepared
        self.context = context
        self.layout = layout
        margin = max(layout.cellWidth, layout.cellHeight) * 1e-6 + 1e-12
        cells = Array(repeating: RegionGrid.outside, count: layout.cellCount)
    }

    /// The rectangle of cells [x0, x1) × [y0, y1), grown by `margin`.
    func envelope(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int) -> Envelope {
        layout.envelope(x0, y0, x1, y1, margin: margin)
    }

    mutating func classify(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, candidates: [Int32]) throws {
        guard x0 < x1, y0 < y1 else { return }
        guard !candidates.isEmpty else { return fill(x0, y0, x1, y1, with: RegionGrid.outside) }
        let rectangle = try GEOSGeometry.rectangle(envelope(x0, y0, x1, y1), in: context)
        var touching: [Int32] = []
        for candidate in candidates where try prepared[Int(candidate)].intersects(rectangle) { touching.append(candidate) }
        if touching.isEmpty { return fill(x0, y0, x1, y1, with: RegionGrid.outside) }
        if touching.count == 1, try prepared[Int(touching[0])].containsProperly(rectangle) {
            return fill(x0, y0, x1, y1, with: Int16(touching[0]))
        }
        if x1 - x0 == 1, y1 - y0 == 1 {
            let id: Int16
            if let known = listIDs[touching] { id = known } else {
                guard lists.count < Int(Int16.max) - 2 else { throw GeoEngineError.tooManyRegions(prepared.count) }
                id = Int16(lists.count)
                lists.append(touching)
                listIDs[touching] = id
            }
            cells[y0 * layout.columns + x0] = -2 - id
            return
        }
        let xm = (x0 + x1 + 1) / 2, ym = (y0 + y1 + 1) / 2
        try classify(x0, y0, xm, ym, candidates: touching)
        try classify(xm, y0, x1, ym, candidates: touching)
        try classify(x0, ym, xm, y1, candidates: touching)
        try classify(xm, ym, x1, y1, candidates: touching)
    }

    mutating func fill(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, with value: Int16) {
        for row in y0..<y1 {
            let start = row * layout.columns
            for column in x0..<x1 { cells[start + column] = value }
        }
    }
}

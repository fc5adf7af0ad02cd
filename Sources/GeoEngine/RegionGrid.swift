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
    let bounds: Envelope
    let columns: Int
    let rows: Int
    let inverseCellWidth: Double
    let inverseCellHeight: Double
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
            bounds = Envelope(minX: 0, minY: 0, maxX: 0, maxY: 0)
            columns = 1; rows = 1; inverseCellWidth = 1; inverseCellHeight = 1
            cells = [Self.outside]; candidateLists = []
            return
        }
        bounds = envelopes.dropFirst().reduce(first) { $0.union($1) }
        let width = bounds.maxX - bounds.minX, height = bounds.maxY - bounds.minY
        let cellSize = max(max(width, height) / Double(max(1, resolution)), 1e-9)
        columns = max(1, Int((width / cellSize).rounded(.up)))
        rows = max(1, Int((height / cellSize).rounded(.up)))
        inverseCellWidth = Double(columns) / max(width, 1e-12)
        inverseCellHeight = Double(rows) / max(height, 1e-12)

        var builder = GridBuilder(prepared: prepared, context: context, bounds: bounds, columns: columns, rows: rows)
        let tree = try EnvelopeTree(context: context)
        for (i, envelope) in envelopes.enumerated() { try tree.insert(i, envelope: envelope) }
        let tile = max(1, max(columns, rows) / 16)
        for y0 in stride(from: 0, to: rows, by: tile) {
            for x0 in stride(from: 0, to: columns, by: tile) {
                let x1 = min(columns, x0 + tile), y1 = min(rows, y0 + tile)
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
        guard x >= bounds.minX, x <= bounds.maxX, y >= bounds.minY, y <= bounds.maxY else { return Self.outside }
        let column = min(columns - 1, Int((x - bounds.minX) * inverseCellWidth))
        let row = min(rows - 1, Int((y - bounds.minY) * inverseCellHeight))
        return cells[row &* columns &+ column]
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
    let bounds: Envelope
    let columns: Int
    let rows: Int
    let cellWidth: Double
    let cellHeight: Double
    /// How far a cell's rectangle is grown, so that rounding at its edge cannot misplace a point.
    let margin: Double
    var cells: [Int16]
    var lists: [[Int32]] = []
    var listIDs: [[Int32]: Int16] = [:]

    init(prepared: [PreparedGeometry], context: GEOSContext, bounds: Envelope, columns: Int, rows: Int) {
        self.prepared = prepared
        self.context = context
        self.bounds = bounds
        self.columns = columns
        self.rows = rows
        cellWidth = (bounds.maxX - bounds.minX) / Double(columns)
        cellHeight = (bounds.maxY - bounds.minY) / Double(rows)
        margin = max(cellWidth, cellHeight) * 1e-6 + 1e-12
        cells = Array(repeating: RegionGrid.outside, count: columns * rows)
    }

    /// The rectangle of cells [x0, x1) × [y0, y1), grown by `margin`.
    func envelope(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int) -> Envelope {
        Envelope(minX: bounds.minX + Double(x0) * cellWidth - margin, minY: bounds.minY + Double(y0) * cellHeight - margin,
                 maxX: bounds.minX + Double(x1) * cellWidth + margin, maxY: bounds.minY + Double(y1) * cellHeight + margin)
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
            cells[y0 * columns + x0] = -2 - id
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
            let start = row * columns
            for column in x0..<x1 { cells[start + column] = value }
        }
    }
}

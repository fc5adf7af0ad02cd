/// A uniform grid of columns × rows over an envelope: the one description of the grid that
/// `RegionGrid` looks points up in and its builder classifies.
struct GridLayout: Sendable {
    let bounds: Envelope
    let columns: Int
    let rows: Int
    let cellWidth: Double
    let cellHeight: Double
    /// Cells per degree, so that a look-up multiplies rather than divides.
    let inverseCellWidth: Double
    let inverseCellHeight: Double

    /// Square cells, `resolution` of them along the longer side of `bounds`.
    init(bounds: Envelope, resolution: Int) {
        let width = bounds.maxX - bounds.minX, height = bounds.maxY - bounds.minY
        let cellSize = max(max(width, height) / Double(max(1, resolution)), 1e-9)
        self.bounds = bounds
        columns = max(1, Int((width / cellSize).rounded(.up)))
        rows = max(1, Int((height / cellSize).rounded(.up)))
        cellWidth = width / Double(columns)
        cellHeight = height / Double(rows)
        inverseCellWidth = Double(columns) / max(width, 1e-12)
        inverseCellHeight = Double(rows) / max(height, 1e-12)
    }

    /// One cell at the origin, for a grid with no regions.
    static let empty = GridLayout(bounds: Envelope(minX: 0, minY: 0, maxX: 0, maxY: 0), resolution: 1)

    var cellCount: Int { columns * rows }

    /// The index of the cell holding a position, or nil outside the bounds.
    @inline(__always)
    func cellIndex(x: Double, y: Double) -> Int? {
        guard x >= bounds.minX, x <= bounds.maxX, y >= bounds.minY, y <= bounds.maxY else { return nil }
        let column = min(columns - 1, Int((x - bounds.minX) * inverseCellWidth))
        let row = min(rows - 1, Int((y - bounds.minY) * inverseCellHeight))
        return row &* columns &+ column
    }

    /// The rectangle of cells [x0, x1) × [y0, y1), grown by `margin` on every side.
    func envelope(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, margin: Double) -> Envelope {
        Envelope(minX: bounds.minX + Double(x0) * cellWidth - margin, minY: bounds.minY + Double(y0) * cellHeight - margin,
                 maxX: bounds.minX + Double(x1) * cellWidth + margin, maxY: bounds.minY + Double(y1) * cellHeight + margin)
    }
}

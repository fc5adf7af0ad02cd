import GeoEngine
import GeoModel
import Testing
import TestSupport

/// Seeded property tests of `PolygonIndex` and `RegionGrid` against an independent point-in-
/// convex-polygon test written here with cross products.
@Suite struct PolygonIndexPropertyTests {
    /// A jittered lattice cut into convex quadrilaterals that share their edges: a tiling.
    struct Tiling {
        let columns: Int, rows: Int
        var lattice: [[(x: Double, y: Double)]]
        var quads: [[(x: Double, y: Double)]] = []

        init(columns: Int, rows: Int, origin: (x: Double, y: Double), step: Double, using rng: inout SeededGenerator) {
            self.columns = columns
            self.rows = rows
            lattice = (0...rows).map { j in
                (0...columns).map { i in
                    let interior = i > 0 && i < columns && j > 0 && j < rows
                    let jitter = interior ? step * 0.2 : 0
                    return (origin.x + Double(i) * step + Double.random(in: -jitter...jitter, using: &rng),
                            origin.y + Double(j) * step + Double.random(in: -jitter...jitter, using: &rng))
                }
            }
            for j in 0..<rows {
                for i in 0..<columns {
                    quads.append([lattice[j][i], lattice[j][i + 1], lattice[j + 1][i + 1], lattice[j + 1][i]])
                }
            }
        }

        var regions: [Region] {
            quads.enumerated().map { n, quad in
                let ring = quad.map { Coordinate(uncheckedLatitude: $0.y, longitude: $0.x) }
                return Region(name: "tile \(n)", code: "T\(n)", country: nil, geometry: .polygon(try! Polygon(exterior: ring)))
            }
        }

        /// -1 outside, 0 on the boundary, 1 inside, for a counter-clockwise convex quad.
        static func side(of point: (x: Double, y: Double), in quad: [(x: Double, y: Double)]) -> Int {
            var onEdge = false
            for k in 0..<quad.count {
                let a = quad[k], b = quad[(k + 1) % quad.count]
                let cross = (b.x - a.x) * (point.y - a.y) - (b.y - a.y) * (point.x - a.x)
                if cross < -1e-12 { return -1 }
                if abs(cross) <= 1e-12 { onEdge = true }
            }
            return onEdge ? 0 : 1
        }
    }

    @Test(arguments: [UInt64(1), 7, 2015])
    func aPointInsideATileIsFoundThereAndInNoOtherTile(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let tiling = Tiling(columns: 6, rows: 5, origin: (35.5, 32.0), step: 0.9, using: &rng)
        let index = try PolygonIndex(regions: tiling.regions)
        var inside = 0
        for _ in 0..<4_000 {
            let point = (x: Double.random(in: 35...41.5, using: &rng), y: Double.random(in: 31.5...37, using: &rng))
            let sides = tiling.quads.map { Tiling.side(of: point, in: $0) }
            // Points too close to an edge for the cross-product test are left to the border test below.
            if sides.contains(0) { continue }
            let expected = sides.firstIndex(of: 1)
            #expect(sides.filter { $0 == 1 }.count <= 1, "tiles must not overlap")
            let found = try index.regionIndex(containing: Coordinate(uncheckedLatitude: point.y, longitude: point.x))
            #expect(found == expected, "point \(point) expected \(String(describing: expected)) got \(String(describing: found))")
            if expected != nil { inside += 1 }
        }
        #expect(inside > 2_000)
    }

    @Test func aPointOnASharedCornerGoesToTheFirstTileHoldingIt() throws {
        var rng = SeededGenerator(seed: 99)
        let tiling = Tiling(columns: 4, rows: 4, origin: (10, 10), step: 1, using: &rng)
        let index = try PolygonIndex(regions: tiling.regions)
        for j in 0...tiling.rows {
            for i in 0...tiling.columns {
                let vertex = tiling.lattice[j][i]
                // The tiles sharing this lattice vertex, as the tiling numbers them.
                var owners: [Int] = []
                for (dj, di) in [(-1, -1), (-1, 0), (0, -1), (0, 0)] {
                    let tj = j + dj, ti = i + di
                    if tj >= 0, tj < tiling.rows, ti >= 0, ti < tiling.columns { owners.append(tj * tiling.columns + ti) }
                }
                let found = try index.regionIndex(containing: Coordinate(uncheckedLatitude: vertex.y, longitude: vertex.x))
                #expect(found == owners.min(), "vertex \(i),\(j)")
            }
        }
    }

    @Test func parallelAssignmentMatchesOneByOne() throws {
        var rng = SeededGenerator(seed: 5)
        let tiling = Tiling(columns: 5, rows: 5, origin: (0, 0), step: 1, using: &rng)
        let grid = try RegionGrid(regions: tiling.regions, resolution: 64)
        let index = try PolygonIndex(grid: grid)
        let points = (0..<30_000).map { _ in
            Coordinate(uncheckedLatitude: Double.random(in: -0.5...5.5, using: &rng), longitude: Double.random(in: -0.5...5.5, using: &rng))
        }
        let parallel = try grid.regionIndices(of: points, tasks: 2)
        let sequential = try points.map { try index.regionIndex(containing: $0) }
        #expect(parallel == sequential)
        #expect(sequential.contains(nil) && sequential.contains(24))
        let counts = grid.cellCounts
        #expect(counts.inside > 0 && counts.border > 0 && counts.outside == 0)
    }

    @Test(arguments: [UInt64(3), 11])
    func holesAreRespected(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        func square(_ w: Double, _ s: Double, _ e: Double, _ n: Double) -> [Coordinate] {
            [Coordinate(uncheckedLatitude: s, longitude: w), Coordinate(uncheckedLatitude: s, longitude: e),
             Coordinate(uncheckedLatitude: n, longitude: e), Coordinate(uncheckedLatitude: n, longitude: w)]
        }
        let frame = try Polygon(exterior: square(0, 0, 10, 10), holes: [square(2, 2, 4, 8), square(6, 3, 9, 5)])
        let index = try PolygonIndex(regions: [Region(name: "frame", code: "F", country: nil, geometry: .polygon(frame))])
        for _ in 0..<5_000 {
            let x = Double.random(in: -1...11, using: &rng), y = Double.random(in: -1...11, using: &rng)
            let inFrame = x >= 0 && x <= 10 && y >= 0 && y <= 10
            let inHole = (x > 2 && x < 4 && y > 2 && y < 8) || (x > 6 && x < 9 && y > 3 && y < 5)
            let found = try index.regionIndex(containing: Coordinate(uncheckedLatitude: y, longitude: x))
            #expect((found == 0) == (inFrame && !inHole), "\(x),\(y)")
        }
    }

    @Test func antimeridianAndPolesDoNotCrash() throws {
        let east = try Polygon(exterior: [
            Coordinate(uncheckedLatitude: -20, longitude: 170), Coordinate(uncheckedLatitude: -20, longitude: 180),
            Coordinate(uncheckedLatitude: 20, longitude: 180), Coordinate(uncheckedLatitude: 20, longitude: 170),
        ])
        let west = try Polygon(exterior: [
            Coordinate(uncheckedLatitude: -20, longitude: -180), Coordinate(uncheckedLatitude: -20, longitude: -170),
            Coordinate(uncheckedLatitude: 20, longitude: -170), Coordinate(uncheckedLatitude: 20, longitude: -180),
        ])
        let cap = try Polygon(exterior: [
            Coordinate(uncheckedLatitude: 80, longitude: -180), Coordinate(uncheckedLatitude: 80, longitude: 180),
            Coordinate(uncheckedLatitude: 90, longitude: 180), Coordinate(uncheckedLatitude: 90, longitude: -180),
        ])
        let index = try PolygonIndex(regions: [
            Region(name: "Fiji east", code: "E", country: nil, geometry: .multiPolygon([east, west])),
            Region(name: "Arctic", code: "N", country: nil, geometry: .polygon(cap)),
        ])
        #expect(try index.region(containing: Coordinate(latitude: 0, longitude: 180))?.code == "E")
        #expect(try index.region(containing: Coordinate(latitude: 0, longitude: -180))?.code == "E")
        #expect(try index.region(containing: Coordinate(latitude: 5, longitude: -175))?.code == "E")
        #expect(try index.region(containing: Coordinate(latitude: 90, longitude: 0))?.code == "N")
        #expect(try index.region(containing: Coordinate(latitude: 90, longitude: 180))?.code == "N")
        #expect(try index.region(containing: Coordinate(latitude: -90, longitude: 0)) == nil)
        #expect(try index.region(containing: Coordinate(latitude: 0, longitude: 0)) == nil)
    }

    @Test func noRegionsHoldNothing() throws {
        let index = try PolygonIndex(regions: [])
        #expect(try index.regionIndex(containing: Coordinate(latitude: 35, longitude: 36)) == nil)
    }
}

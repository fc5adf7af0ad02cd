import Analysis
import Foundation
import GeoEngine
import GeoModel

/// Points assigned to provinces per second: `RegionGrid` + GEOS, in one task and in two.
enum AssignBenchmark {
    static func run(in folder: URL, options: Options) throws {
        guard let boundaries = options["boundaries"] else { throw CocoaError(.fileNoSuchFile) }
        let provinces = try RegionReader.regions(from: URL(fileURLWithPath: boundaries))
        let points = try Workload.points(in: folder)
        let resolution = options.int("resolution", default: 512)
        let (grid, buildSeconds) = try measure { try RegionGrid(regions: provinces, resolution: resolution) }
        let cells = grid.cellCounts
        print(String(format: "ours: grid %d cells (%d border) built with GEOS in %.0f ms", cells.inside + cells.outside + cells.border,
                     cells.border, buildSeconds * 1000))
        var counts: [Int?] = []
        for tasks in [1, 2] {
            var best = Double.infinity
            for _ in 0..<3 {
                let (found, seconds) = try measure { try grid.regionIndices(of: points, tasks: tasks) }
                best = min(best, seconds)
                counts = found
            }
            print("ours: points assigned to provinces per second, \(tasks) task\(tasks == 1 ? "" : "s"): \(rate(points.count, best))"
                + String(format: " (%.3f s for %d points; with the grid build: %@)", best, points.count, rate(points.count, best + buildSeconds)))
        }
        var perProvince = [Int](repeating: 0, count: provinces.count)
        var outside = 0
        for found in counts { if let found { perProvince[found] += 1 } else { outside += 1 } }
        let summary = provinces.indices.map { "\(provinces[$0].code ?? provinces[$0].name)=\(perProvince[$0])" }.joined(separator: " ")
        print("ours: per province: \(summary) outside=\(outside)")
    }
}

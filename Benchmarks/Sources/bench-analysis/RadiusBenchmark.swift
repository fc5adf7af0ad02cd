import Foundation
import GeoEngine
import GeoModel

/// Radius queries: exact geodesic distances per second (`geod_inverse` on every point), and
/// points screened per second (band prefilter, then `geod_inverse` on the survivors).
enum RadiusBenchmark {
    static func run(in folder: URL, options: Options) throws {
        let points = try Workload.points(in: folder)
        let parts = (options["center"] ?? "35.5317,35.7901").split(separator: ",").compactMap { Double($0) }
        let center = try Coordinate(latitude: parts[0], longitude: parts[1])
        let radius = Double(options["radius-km"] ?? "30")! * 1000
        let geodesic = Geodesic()

        var inside = 0
        var best = Double.infinity
        for _ in 0..<3 {
            let (count, seconds) = measure {
                var count = 0
                for p in points where geodesic.distanceMetres(from: center, to: p) <= radius { count += 1 }
                return count
            }
            best = min(best, seconds)
            inside = count
        }
        print("ours: exact geodesic distances per second (geod_inverse, 1 task): \(rate(points.count, best)); \(inside) within \(Int(radius)) m")
        let exactTwo = try parallel(points) { chunk in chunk.reduce(0) { $0 + (geodesic.distanceMetres(from: center, to: $1) <= radius ? 1 : 0) } }
        print("ours: exact geodesic distances per second (geod_inverse, 2 tasks): \(rate(points.count, exactTwo.seconds)); \(exactTwo.count) within")

        let circle = try GeodesicCircle(center: center, radiusMetres: radius)
        best = .infinity
        var survivors = 0
        for _ in 0..<3 {
            let ((count, passed), seconds) = measure {
                var count = 0, passed = 0
                for p in points where circle.mayContain(p) {
                    passed += 1
                    if geodesic.distanceMetres(from: center, to: p) <= radius { count += 1 }
                }
                return (count, passed)
            }
            best = min(best, seconds)
            inside = count
            survivors = passed
        }
        print("ours: points screened per second (band prefilter + geod_inverse on \(survivors) survivors, 1 task): \(rate(points.count, best)); \(inside) within")
    }

    /// Runs `body` on two halves of `points` at once; the summed result and the wall time.
    static func parallel(_ points: [Coordinate], _ body: @Sendable @escaping (ArraySlice<Coordinate>) -> Int) throws -> (count: Int, seconds: Double) {
        let half = points.count / 2
        let slices = [points[..<half], points[half...]]
        var best = Double.infinity, total = 0
        for _ in 0..<3 {
            let (sum, seconds) = measure {
                let results = Results()
                DispatchQueue.concurrentPerform(iterations: 2) { i in results.add(body(slices[i])) }
                return results.total
            }
            best = min(best, seconds)
            total = sum
        }
        return (total, best)
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var sum = 0
        func add(_ value: Int) { lock.lock(); sum += value; lock.unlock() }
        var total: Int { lock.lock(); defer { lock.unlock() }; return sum }
    }
}

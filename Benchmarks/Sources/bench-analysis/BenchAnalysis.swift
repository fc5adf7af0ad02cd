import Analysis
import Foundation
import GeoEngine
import GeoModel

/// The Analysis benchmarks, run by bench/bench-analysis.sh beside shapely and pyproj on the same
/// generated data:
///
///     bench-analysis generate DIR [--points N] [--incidents N] [--seed S] [--boundaries FILE]
///     bench-analysis assign DIR --boundaries FILE
///     bench-analysis radius DIR --center LAT,LON --radius-km R
@main
enum BenchAnalysis {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard arguments.count >= 2 else {
            FileHandle.standardError.write(Data("usage: bench-analysis generate|assign|radius DIR [options]\n".utf8))
            exit(2)
        }
        let command = arguments.removeFirst(), folder = URL(fileURLWithPath: arguments.removeFirst())
        let options = Options(arguments)
        switch command {
        case "generate": try Workload.generate(in: folder, options: options)
        case "assign": try AssignBenchmark.run(in: folder, options: options)
        case "radius": try RadiusBenchmark.run(in: folder, options: options)
        default:
            FileHandle.standardError.write(Data("unknown benchmark '\(command)'\n".utf8))
            exit(2)
        }
    }
}

/// `--name value` pairs.
struct Options {
    private var values: [String: String] = [:]

    init(_ arguments: [String]) {
        var i = 0
        while i + 1 < arguments.count {
            values[String(arguments[i].drop(while: { $0 == "-" }))] = arguments[i + 1]
            i += 2
        }
    }

    subscript(name: String) -> String? { values[name] }

    func int(_ name: String, default value: Int) -> Int { values[name].flatMap(Int.init) ?? value }
}

/// Seconds taken by `body`, measured on the monotonic clock.
func measure<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

/// Millions per second, printed with two decimals.
func rate(_ count: Int, _ seconds: Double) -> String { String(format: "%.2f M/s", Double(count) / seconds / 1e6) }

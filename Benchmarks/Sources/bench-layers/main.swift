import Foundation
import GeoModel
import Layers

/// bench-layers: makes N seeded incidents in memory, then writes them as GeoJSON, KML or CSV
/// to a file and prints the throughput of the write alone. `csv` is also the input the Python
/// peers read, so both sides map the same data.
///
/// The incidents are made before the clock starts, as the peers read their CSV before theirs:
/// what is timed is the writer, not the generator. The line printed gives wall-clock and CPU
/// time of the write (user + system, from getrusage), the resident memory the incidents take
/// before the write, and the process's peak, so the writer's own share shows.
///
/// Usage: bench-layers geojson|kml|csv|generate COUNT OUTPUT [SEED]
let arguments = CommandLine.arguments
guard arguments.count >= 4, let count = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: bench-layers geojson|kml|csv|generate COUNT OUTPUT [SEED]\n".utf8))
    exit(2)
}
let format = arguments[1]
let output = URL(fileURLWithPath: arguments[3])
let seed = arguments.count > 4 ? UInt64(arguments[4]) ?? 42 : 42

let incidents = Array(GeneratedIncidents(count: count, seed: seed))
let inputMB = ProcessUsage.residentMB()

let before = ProcessUsage.now()
do {
    try AtomicFile.write(to: output) { out in
        switch format {
        case "geojson": try GeoJSONWriter.write(incidents, to: out)
        case "kml": KMLWriter.write(incidents, to: out)
        case "csv": CSVWriter.write(incidents, to: out)
        case "generate": out.write(String(incidents.count))
        default: throw CocoaError(.featureUnsupported)
        }
    }
} catch {
    FileHandle.standardError.write(Data("bench-layers: \(format): \(error)\n".utf8))
    exit(1)
}
let after = ProcessUsage.now()
let wall = after.wall - before.wall
let user = after.user - before.user
let system = after.system - before.system
let bytes = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
print(String(format: "incidentmap %@: %d features in %.3f s = %.0f features/s; CPU %.3f s (user %.3f, system %.3f) = %.0f features/CPU-s; %.0f MB written; incidents in memory %.1f MB, peak RSS %.1f MB",
             format, count, wall, Double(count) / wall, user + system, user, system, Double(count) / (user + system),
             Double(bytes) / 1e6, inputMB, ProcessUsage.peakMB()))

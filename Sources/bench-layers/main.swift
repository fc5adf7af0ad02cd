import Foundation
import Layers

/// bench-layers: writes N seeded incidents as GeoJSON, KML or CSV to a file and prints the
/// throughput. `csv` is also the input the Python peers read, so both sides map the same data.
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
let incidents = GeneratedIncidents(count: count, seed: seed)

let clock = ContinuousClock()
let started = clock.now
do {
    try AtomicFile.write(to: output) { out in
        switch format {
        case "geojson": try GeoJSONWriter.write(incidents, to: out)
        case "kml": KMLWriter.write(incidents, to: out)
        case "csv": CSVWriter.write(incidents, to: out)
        case "generate":
            // Only makes the incidents: the generator's share of the other timings.
            var total = 0
            for incident in incidents { total &+= incident.notes.utf8.count &+ incident.id.utf8.count }
            out.write(String(total))
        default: throw CocoaError(.featureUnsupported)
        }
    }
} catch {
    FileHandle.standardError.write(Data("bench-layers: \(format): \(error)\n".utf8))
    exit(1)
}
let elapsed = started.duration(to: clock.now)
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let bytes = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
print(String(format: "incidentmap %@: %d features in %.2f s = %.0f features/s (%.0f MB/s)",
             format, count, seconds, Double(count) / seconds, Double(bytes) / seconds / 1e6))

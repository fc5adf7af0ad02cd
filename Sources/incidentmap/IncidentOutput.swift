import Foundation
import GeoModel
import Layers

/// Prints incidents to standard output in the chosen format.
enum IncidentOutput {
    static func print(_ incidents: [Incident], format: IncidentFormat) throws {
        let out = OutputBuffer.standardOutput()
        switch format {
        case .jsonl:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            for incident in incidents {
                out.write(try encoder.encode(incident).map { $0 })
                out.write("\n")
            }
        case .geojson: try GeoJSONWriter.write(incidents, to: out)
        case .csv: CSVWriter.write(incidents, to: out)
        case .kml: KMLWriter.write(incidents, to: out)
        }
        try out.flush()
    }
}

import GeoModel
import Layers

/// Prints incidents to standard output in the chosen format.
enum IncidentOutput {
    static func print(_ incidents: [Incident], format: IncidentFormat) throws {
        let out = OutputBuffer.standardOutput()
        switch format {
        case .jsonl: JSONLinesWriter.write(incidents, to: out)
        case .geojson: try GeoJSONWriter.write(incidents, to: out)
        case .csv: CSVWriter.write(incidents, to: out)
        case .kml: KMLWriter.write(incidents, to: out)
        }
        try out.flush()
    }
}

import Foundation
import GeoModel

extension IncidentFileReader {
    /// Parses GeoJSON written by this tool with simdjson, from a padded copy of `data`.
    /// - Returns: the number of features, each then read with `parser.featureIncident`.
    /// - Throws: `RecordError` for JSON simdjson cannot parse (the caller then tries the other readers).
    static func parseFeatures(_ data: Data, with parser: IncidentJSONParser) throws -> Int {
        var bytes = [UInt8](data)
        bytes.append(contentsOf: repeatElement(0, count: IncidentJSONParser.padding))
        return try bytes.withUnsafeBufferPointer { buffer in
            try parser.parseFeatures(buffer.baseAddress!, count: data.count, capacity: buffer.count)
        }
    }
}

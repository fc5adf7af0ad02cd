import Foundation
import GeoModel

extension IncidentFileReader {
    /// The features of GeoJSON written by this tool, parsed by simdjson from a padded copy of `data`.
    /// - Throws: `RecordError` for the first feature that is not this tool's record, or for JSON
    ///   simdjson cannot parse (the caller then tries the other readers).
    static func parseFeatures(_ data: Data, fields: ReadFields) throws -> [Incident] {
        var bytes = [UInt8](data)
        bytes.append(contentsOf: repeatElement(0, count: IncidentJSONParser.padding))
        let parser = IncidentJSONParser()
        return try bytes.withUnsafeBufferPointer { buffer in
            let count = try parser.parseFeatures(buffer.baseAddress!, count: data.count, capacity: buffer.count)
            return try (0..<count).map { index in
                do { return try parser.featureIncident(index, fields: fields) } catch {
                    throw RecordError("feature \(index + 1): \(error)")
                }
            }
        }
    }
}

import Foundation
import GeoModel

/// Reads incident files: JSON Lines (one record a line) or GeoJSON (the record in each
/// Feature's properties) written by this tool, and ACLED-style CSV.
public enum IncidentFileReader {
    /// True when the file name says it holds incidents in a form this reader knows as such
    /// (`.geojson` or `.csv`); JSON Lines may hold reports too, so callers look inside those.
    public static func isIncidentFile(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".geojson") || lower.hasSuffix(".csv")
    }

    /// True when `path` holds incidents rather than reports: `.geojson` and `.csv` files, and
    /// JSON Lines whose first records carry a `sub_event_type`.
    public static func holdsIncidents(_ path: String) -> Bool {
        if isIncidentFile(path) { return true }
        guard path.hasSuffix(".jsonl"), let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
        return head.contains("\"sub_event_type\"")
    }

    /// Reads an incident file in batches, in file order. JSON Lines and CSV are streamed in
    /// blocks, each decoded on `options.tasks` tasks (simdjson for JSON, `CSVScanner` for CSV),
    /// so memory stays flat in the number of records; GeoJSON, one document, is read whole.
    /// - Parameters:
    ///   - prepare: called with each batch before `body`, while the reader still owns it, so
    ///     that changing its incidents (filling provinces) copies none of them.
    ///   - body: called with each batch, in file order.
    /// - Returns: how many incidents were read and, with `options.lenient`, skipped.
    /// - Throws: `IncidentFileError.malformedIncident` or `.malformedCSV` naming the file and
    ///   line of the first bad record (without `options.lenient`), or the errors of `prepare` and `body`.
    /// - Complexity: O(bytes); memory O(blockSize + maxRecordBytes) for JSON Lines and CSV.
    @discardableResult
    public static func forEachBatch(_ path: String, options: ReadOptions = ReadOptions(),
                                    prepare: (inout [Incident]) throws -> Void = { _ in },
                                    _ body: ([Incident]) throws -> Void) throws -> ReadSummary {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return try readCSV(path, options: options, prepare: prepare, body) }
        if lower.hasSuffix(".geojson") {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw IncidentFileError.malformedIncident(file: path, line: 0, reason: "cannot read the file")
            }
            var summary = ReadSummary()
            try readGeoJSON(data, file: path, fields: options.fields) { batch in
                var incidents = batch
                batch = []
                try prepare(&incidents)
                try body(incidents)
                summary.incidents += incidents.count
            }
            return summary
        }
        return try readJSONLines(path, options: options, prepare: prepare, body)
    }

    /// Every incident of an incident file.
    /// - Throws: `IncidentFileError.malformedIncident` or `.malformedCSV` naming the file and line of a bad record.
    public static func read(_ path: String, options: ReadOptions = ReadOptions()) throws -> [Incident] {
        var incidents: [Incident] = []
        try forEachBatch(path, options: options) { incidents += $0 }
        return incidents
    }

    /// JSON Lines, streamed; blank lines are skipped.
    static func readJSONLines(_ path: String, options: ReadOptions, prepare: (inout [Incident]) throws -> Void,
                              _ body: ([Incident]) throws -> Void) throws -> ReadSummary {
        let buffer = try BlockBuffer(path: path, blockSize: options.blockSize, maxRecordBytes: options.maxRecordBytes,
                                     padding: IncidentJSONParser.padding)
        try buffer.fill(line: 1)
        var decoders = (0..<max(1, options.tasks)).map { _ in JSONLinesDecoder(fields: options.fields, capacity: buffer.capacity) }
        return try RecordStream.run(buffer, decoders: &decoders, firstLine: 1, options: options,
                                    failure: { IncidentFileError.malformedIncident(file: path, line: $0, reason: $1) },
                                    prepare: prepare, body: body)
    }

    /// ACLED-style CSV, streamed.
    static func readCSV(_ path: String, options: ReadOptions, prepare: (inout [Incident]) throws -> Void,
                        _ body: ([Incident]) throws -> Void) throws -> ReadSummary {
        let buffer = try BlockBuffer(path: path, blockSize: options.blockSize, maxRecordBytes: options.maxRecordBytes, padding: 1)
        try buffer.fill(line: 1)
        var headerFields: [CSVScanner.Field] = []
        while true {
            do {
                let (columns, next, lines) = try ACLEDCSVReader.header(buffer.bytes, isLast: buffer.atEnd, file: path, fields: &headerFields)
                buffer.consume(upTo: next)
                var decoders = (0..<max(1, options.tasks)).map { _ in CSVRecordDecoder(columns: columns, fields: options.fields) }
                return try RecordStream.run(buffer, decoders: &decoders, firstLine: 1 + lines, options: options,
                                            failure: { IncidentFileError.malformedCSV(file: path, line: $0, reason: $1) },
                                            prepare: prepare, body: body)
            } catch let error as IncidentFileError where !buffer.atEnd && buffer.filled <= buffer.maxRecordBytes {
                // A header longer than a block: read on.
                guard case .malformedCSV(_, _, "cannot read the header row") = error else { throw error }
                try buffer.fill(line: 1)
            }
        }
    }

    /// Features turned into incidents at a time: the document is parsed whole (simdjson needs
    /// one buffer for one document), but its incidents are handed on in batches.
    static let geoJSONBatch = 65_536

    /// GeoJSON written by this tool (the full record in each Feature's properties), parsed by
    /// simdjson, or from elsewhere: Point features whose properties use ACLED's field names.
    /// - Parameter body: called with each batch of incidents, in order; it may empty the batch
    ///   to take it without a copy.
    /// - Throws: `IncidentFileError.malformedIncident` naming the file and the feature, or the errors of `body`.
    static func readGeoJSON(_ data: Data, file: String, fields: ReadFields = .all,
                            _ body: (inout [Incident]) throws -> Void) throws {
        let parser = IncidentJSONParser()
        let strictError: any Error
        do {
            // Decoded in full before any batch is handed on, so that a broken feature stops the
            // read before `body` has seen anything of the file.
            let count = try parseFeatures(data, with: parser)
            try checkFeatures(count, parser: parser, fields: fields)
            var start = 0
            repeat {
                let stop = min(count, start + geoJSONBatch)
                var batch = try (start..<stop).map { try parser.featureIncident($0, fields: fields) }
                try body(&batch)
                start = stop
            } while start < count
            return
        } catch let error as RecordError { strictError = error }
        let document: GeoJSONDocument
        do { document = try JSONDecoder().decode(GeoJSONDocument.self, from: data) } catch {
            if let syntax = RegionFileReader.syntaxError(in: data) {
                throw IncidentFileError.malformedIncident(file: file, line: syntax.line, reason: "byte \(syntax.byte): \(syntax.reason)")
            }
            throw IncidentFileError.malformedIncident(file: file, line: 1, reason: "\(strictError)")
        }
        let features = document.allFeatures
        // A file of ours that fails to decode is broken: say why, rather than read it another way.
        if features.contains(where: { $0.properties?["place_id"] != nil && $0.properties?["certainty"] != nil }) {
            throw IncidentFileError.malformedIncident(file: file, line: 1, reason: "\(strictError)")
        }
        var days: [String: Day] = [:], countries: [String: String?] = [:]
        var incidents = try features.enumerated().map { index, feature in
            do { return try ACLEDCSVReader.incident(from: FeatureFields(feature), wanted: fields, days: &days, countries: &countries) } catch {
                throw IncidentFileError.malformedIncident(file: file, line: 1, reason: "feature \(index + 1): \(error)")
            }
        }
        try body(&incidents)
    }

    /// Checks every feature of the parsed document, without keeping the incidents.
    /// - Throws: `RecordError` naming the first bad feature.
    private static func checkFeatures(_ count: Int, parser: IncidentJSONParser, fields: ReadFields) throws {
        for index in 0..<count {
            do { _ = try parser.featureIncident(index, fields: fields) } catch {
                throw RecordError("feature \(index + 1): \(error)")
            }
        }
    }
}

/// The properties of a GeoJSON feature from elsewhere as record fields; a Point geometry
/// supplies `latitude` and `longitude` when the properties lack them.
private struct FeatureFields: RecordFields {
    let properties: [String: GeoJSONValue]
    let point: [Double]?

    init(_ feature: GeoJSONFeature) {
        var lowered: [String: GeoJSONValue] = [:]
        for (key, value) in feature.properties ?? [:] { lowered[key.lowercased()] = value }
        properties = lowered
        if case let .point(position)? = feature.geometry { point = position } else { point = nil }
    }

    subscript(column: ACLEDColumn) -> String? {
        if let text = properties[column.name]?.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty { return text }
        guard let point, point.count >= 2 else { return nil }
        switch column {
        case .longitude: return String(point[0])
        case .latitude: return String(point[1])
        default: return nil
        }
    }
}


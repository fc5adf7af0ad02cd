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

    /// Reads an incident file in batches, so that a large JSON Lines file never sits in memory
    /// whole; GeoJSON and CSV come as one batch.
    /// - Parameter body: called with each batch, in file order.
    /// - Throws: the errors of `read(_:)`, or those of `body`.
    /// - Complexity: O(bytes); memory O(blockSize) for JSON Lines.
    public static func forEachBatch(_ path: String, blockSize: Int = 16 << 20, _ body: ([Incident]) throws -> Void) throws {
        guard path.lowercased().hasSuffix(".jsonl") else { return try body(read(path)) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw AnalysisError.malformedIncident(file: path, line: 0, reason: "cannot read the file")
        }
        defer { try? handle.close() }
        var pending = Data()
        var firstLine = 1
        while true {
            let block: Data
            do { block = try handle.read(upToCount: blockSize) ?? Data() } catch {
                throw AnalysisError.malformedIncident(file: path, line: firstLine, reason: "cannot read the file: \(error)")
            }
            pending.append(block)
            let end = block.isEmpty ? pending.endIndex : (pending.lastIndex(of: 0x0A).map { $0 + 1 } ?? pending.startIndex)
            if end > pending.startIndex {
                let complete = pending[pending.startIndex..<end]
                let lines = lineRanges(of: complete)
                try body(readJSONLines(complete, lines: lines, file: path, firstLine: firstLine))
                firstLine += lines.count
                pending = Data(pending[end...])
            }
            if block.isEmpty { return }
        }
    }

    /// - Throws: `AnalysisError.malformedIncident` or `.malformedCSV` naming the file and line of a bad record.
    public static func read(_ path: String) throws -> [Incident] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AnalysisError.malformedIncident(file: path, line: 0, reason: "cannot read the file")
        }
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return try ACLEDCSVReader.read(data, file: path) }
        return lower.hasSuffix(".geojson") ? try readGeoJSON(data, file: path) : try readJSONLines(data, file: path)
    }

    /// JSON Lines, decoded by `tasks` tasks at once when the file is large; blank lines are skipped.
    /// - Throws: `AnalysisError.malformedIncident` naming the first bad line.
    /// - Complexity: O(bytes), split evenly across the tasks.
    static func readJSONLines(_ data: Data, file: String, tasks: Int = 2) throws -> [Incident] {
        try readJSONLines(data, lines: lineRanges(of: data), file: file, firstLine: 1, tasks: tasks)
    }

    /// The records of `lines` in `data`, the first of them being line `firstLine` of `file`.
    static func readJSONLines(_ data: Data, lines: [Range<Data.Index>], file: String, firstLine: Int, tasks: Int = 2) throws -> [Incident] {
        let chunks = lines.count < 20_000 ? 1 : max(1, tasks)
        let results = ChunkResults(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let decoder = JSONDecoder()
            let range = (lines.count * chunk / chunks)..<(lines.count * (chunk + 1) / chunks)
            var incidents: [Incident] = []
            incidents.reserveCapacity(range.count)
            for i in range {
                let line = data[lines[i]]
                if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                do { incidents.append(try decoder.decode(Incident.self, from: line)) } catch {
                    let line = firstLine + i
                    results.fail(AnalysisError.malformedIncident(file: file, line: line, reason: RegionReader.describe(error)), line: line)
                    return
                }
            }
            results.store(incidents, at: chunk)
        }
        return try results.joined()
    }

    /// The byte ranges of the lines of `data`, without their line feeds.
    static func lineRanges(of data: Data) -> [Range<Data.Index>] {
        var ranges: [Range<Data.Index>] = []
        var start = data.startIndex
        data.withUnsafeBytes { bytes in
            for (offset, byte) in bytes.enumerated() where byte == 0x0A {
                ranges.append(start..<(data.startIndex + offset))
                start = data.startIndex + offset + 1
            }
        }
        if start < data.endIndex { ranges.append(start..<data.endIndex) }
        return ranges
    }

    struct Collection: Decodable { var features: [Feature] }
    struct Feature: Decodable { var properties: Incident }

    /// GeoJSON written by this tool (the full record in each Feature's properties) or from
    /// elsewhere: Point features whose properties use ACLED's field names.
    /// - Throws: `AnalysisError.malformedIncident` naming the file and the feature.
    static func readGeoJSON(_ data: Data, file: String) throws -> [Incident] {
        let strictError: any Error
        do { return try JSONDecoder().decode(Collection.self, from: data).features.map(\.properties) } catch { strictError = error }
        let document: GeoJSONDocument
        do { document = try JSONDecoder().decode(GeoJSONDocument.self, from: data) } catch {
            if let syntax = RegionReader.syntaxError(in: data) {
                throw AnalysisError.malformedIncident(file: file, line: syntax.line, reason: "byte \(syntax.byte): \(syntax.reason)")
            }
            throw AnalysisError.malformedIncident(file: file, line: 1, reason: RegionReader.describe(error))
        }
        let features = document.allFeatures
        // A file of ours that fails to decode is broken: say why, rather than read it another way.
        if features.contains(where: { $0.properties?["place_id"] != nil && $0.properties?["certainty"] != nil }) {
            throw AnalysisError.malformedIncident(file: file, line: 1, reason: RegionReader.describe(strictError))
        }
        return try features.enumerated().map { index, feature in
            do { return try ACLEDCSVReader.incident(from: FeatureFields(feature)) } catch {
                throw AnalysisError.malformedIncident(file: file, line: 1, reason: "feature \(index + 1): \(error)")
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

    subscript(name: String) -> String? {
        if let text = properties[name]?.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty { return text }
        guard let point, point.count >= 2 else { return nil }
        switch name {
        case "longitude": return String(point[0])
        case "latitude": return String(point[1])
        default: return nil
        }
    }
}

/// The incidents each task decoded, and the error of the earliest bad line any task met.
private final class ChunkResults: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [[Incident]]
    private var failure: (line: Int, error: AnalysisError)?

    init(count: Int) { chunks = Array(repeating: [], count: count) }

    func store(_ incidents: [Incident], at chunk: Int) {
        lock.lock(); defer { lock.unlock() }
        chunks[chunk] = incidents
    }

    func fail(_ error: AnalysisError, line: Int) {
        lock.lock(); defer { lock.unlock() }
        if failure == nil || line < failure!.line { failure = (line, error) }
    }

    /// Every chunk's incidents in file order.
    /// - Throws: the error of the earliest bad line.
    func joined() throws -> [Incident] {
        lock.lock(); defer { lock.unlock() }
        if let failure { throw failure.error }
        return chunks.flatMap { $0 }
    }
}

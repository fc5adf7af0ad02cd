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
        let lines = lineRanges(of: data)
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
                    results.fail(AnalysisError.malformedIncident(file: file, line: i + 1, reason: RegionReader.describe(error)), line: i + 1)
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

    static func readGeoJSON(_ data: Data, file: String) throws -> [Incident] {
        do { return try JSONDecoder().decode(Collection.self, from: data).features.map(\.properties) } catch {
            throw AnalysisError.malformedIncident(file: file, line: 1, reason: RegionReader.describe(error))
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

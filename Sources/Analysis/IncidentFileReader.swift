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

    static func readJSONLines(_ data: Data, file: String) throws -> [Incident] {
        let decoder = JSONDecoder()
        var incidents: [Incident] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            do { incidents.append(try decoder.decode(Incident.self, from: Data(line))) } catch {
                throw AnalysisError.malformedIncident(file: file, line: lineNumber, reason: RegionReader.describe(error))
            }
        }
        return incidents
    }

    struct Collection: Decodable { var features: [Feature] }
    struct Feature: Decodable { var properties: Incident }

    static func readGeoJSON(_ data: Data, file: String) throws -> [Incident] {
        do { return try JSONDecoder().decode(Collection.self, from: data).features.map(\.properties) } catch {
            throw AnalysisError.malformedIncident(file: file, line: 1, reason: RegionReader.describe(error))
        }
    }
}

import Analysis
import Extraction
import Foundation
import GeoModel

/// Reads the SOURCE arguments of `query` and `count`: incident files written by this tool
/// (JSON Lines or GeoJSON), or reports, which are extracted first.
public enum IncidentSources {
    /// True when `path` holds incidents rather than reports.
    static func holdsIncidents(_ path: String) -> Bool {
        IncidentFileReader.holdsIncidents(path)
    }

    /// Every incident in the sources, extracting reports with `pipeline` as needed.
    /// - Throws: `AnalysisError.malformedIncident` naming the file and line, or the errors of reading reports.
    public static func load(_ paths: [String], pipeline: () throws -> IncidentPipeline, lenient: Bool = false) throws -> [Incident] {
        var incidents: [Incident] = []
        var reportPaths: [String] = []
        for path in paths {
            if path != "-", !FileManager.default.fileExists(atPath: path) { throw ReportError.missingFile(path) }
            if holdsIncidents(path) { incidents += try IncidentFileReader.read(path) } else { reportPaths.append(path) }
        }
        if !reportPaths.isEmpty {
            let reports = try ReportReader(lenient: lenient).read(reportPaths)
            incidents += try pipeline().incidents(from: reports)
        }
        return incidents
    }
}

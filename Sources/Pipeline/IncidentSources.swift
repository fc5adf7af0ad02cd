import Extraction
import Foundation
import GeoModel
import IncidentFiles

/// Reads the SOURCE arguments of `query` and `count`: incident files written by this tool
/// (JSON Lines or GeoJSON), or reports, which are extracted first.
public enum IncidentSources {
    /// True when `path` holds incidents rather than reports.
    static func holdsIncidents(_ path: String) -> Bool {
        IncidentFileReader.holdsIncidents(path)
    }

    /// Every incident in the sources, extracting reports with `pipeline` as needed.
    /// - Throws: `IncidentFileError.malformedIncident` naming the file and line, or the errors of reading reports.
    /// - Parameter keeping: the incidents to keep; incident files are streamed through it, so
    ///   that only what it keeps is held in memory.
    public static func load(_ paths: [String], pipeline: () throws -> IncidentPipeline, lenient: Bool = false,
                            keeping: (Incident) -> Bool = { _ in true }) throws -> [Incident] {
        var incidents: [Incident] = []
        var reportPaths: [String] = []
        for path in paths {
            if path != "-", !FileManager.default.fileExists(atPath: path) { throw ReportError.missingFile(path) }
            if holdsIncidents(path) {
                try IncidentFileReader.forEachBatch(path) { incidents += $0.filter(keeping) }
            } else {
                reportPaths.append(path)
            }
        }
        if !reportPaths.isEmpty {
            let reports = try ReportReader(lenient: lenient).read(reportPaths)
            incidents += try pipeline().incidents(from: reports).filter(keeping)
        }
        return incidents
    }
}

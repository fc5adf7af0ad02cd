import ArgumentParser
import Foundation
import Pipeline

/// Options shared by the commands that geocode. See SPEC.md, "Commands".
struct GeoOptions: ParsableArguments {
    @Option(name: .customLong("gazetteer"), help: "A GeoNames dump to add to the gazetteer (repeatable).")
    var gazetteers: [String] = []

    @Flag(name: .customLong("no-builtin-gazetteer"), help: "Leave the built-in gazetteer out.")
    var noBuiltinGazetteer = false

    @Option(help: "First-level administrative polygons as GeoJSON, replacing the built-in ones.")
    var boundaries: String?

    @Flag(name: .customLong("make-valid"), help: "Close open rings and repair invalid polygons (--within, --boundaries) with GEOS MakeValid instead of failing.")
    var makeValid = false

    @Option(help: "Countries to prefer when a name is ambiguous, e.g. SY,LB.")
    var focus: String?

    var focusCountries: [String] {
        (focus ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }.filter { !$0.isEmpty }
    }

    func loadResources() throws -> GeoResources {
        try GeoResources.load(gazetteerPaths: gazetteers, includeBuiltin: !noBuiltinGazetteer, boundaries: boundaries, makeValid: makeValid)
    }
}

/// Options for reading reports.
struct ReportOptions: ParsableArguments {
    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of failing.")
    var lenient = false

    @Option(help: "Also report 'strategic' developments (troop deployments and bases).")
    var include: String?

    var includeStrategic: Bool { include?.lowercased().contains("strategic") == true }
}

/// Output formats for incident lists.
enum IncidentFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, geojson, csv, kml
}

/// Writes a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Runs a command body, turning any error into a one-line message and exit code 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do { try body() } catch let error as ExitCode {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch {
        printError("incidentmap: error: \(error)")
        throw ExitCode.failure
    }
}

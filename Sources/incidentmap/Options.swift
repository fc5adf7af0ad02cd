import ArgumentParser
import Foundation
import GazetteerKit
import Layers
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

    /// The gazetteer and polygons; what loading noticed (a damaged cache dropped or rebuilt) is
    /// said on stderr, one line each.
    /// - Throws: also a `--focus` code that is no country, as `gazetteer download` refuses it.
    func loadResources() throws -> GeoResources {
        let resources = try GeoResources.load(gazetteerPaths: gazetteers, includeBuiltin: !noBuiltinGazetteer, boundaries: boundaries,
                                              makeValid: makeValid)
        _ = try CountryArguments.check(focusCountries, knownBy: resources.gazetteer, option: "--focus")
        resources.gazetteer.notices.forEach { printError("incidentmap: note: \($0)") }
        return resources
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

/// Ends a run that linked events to place names the gazetteer lacks with a one-line hint on
/// standard error to download the GeoNames dump of their country (unless it is installed).
func printGazetteerHint(_ gaps: GazetteerGaps) {
    guard !gaps.isEmpty else { return }
    let installed = Set(((try? DownloadedDumps())?.entries ?? []).map(\.country))
    if let hint = gaps.hint(installed: installed) { printError("incidentmap: \(hint)") }
}

/// Runs a command body, turning any error into a one-line message and exit code 1. What the
/// body printed is flushed before it returns, so that a failed write to standard output (a
/// full disk, `/dev/full`) is an error too.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
        try StandardOutput.flush()
    } catch let error as ExitCode {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch {
        printError("incidentmap: error: \(plainMessage(error))")
        throw ExitCode.failure
    }
}

/// The commands' lines of text on standard output (summaries, tables), buffered so that a
/// failed write is seen: `Swift.print` drops write errors.
enum StandardOutput {
    nonisolated(unsafe) private static let buffer = OutputBuffer.standardOutput()

    /// Writes `text` and a line feed.
    static func line(_ text: String) {
        buffer.write(text)
        buffer.write("\n")
    }

    /// Hands what is buffered to standard output.
    /// - Throws: `LayersError.cannotWrite` naming standard output when a write failed.
    static func flush() throws { try buffer.flush() }
}

/// An error in one line of plain words: the project's errors say what they are; a system
/// error is given by its reason and the file it names, never as an `NSError` dump.
func plainMessage(_ error: any Error) -> String {
    let text: String
    switch error {
    case let error as POSIXError:
        text = String(cString: strerror(error.code.rawValue))
    case let error as CocoaError:
        let path = (error.userInfo[NSFilePathErrorKey] as? String) ?? error.userInfo[NSURLErrorKey].map { "\($0)" }
        let posix = (error.userInfo[NSUnderlyingErrorKey] as? NSError).map { String(cString: strerror(Int32($0.code))) }
        let reason = posix ?? error.localizedDescription
        text = path.map { "\($0): \(reason)" } ?? reason
    default:
        let described = "\(error)"
        text = described.hasPrefix("Error Domain=") ? (error as NSError).localizedDescription : described
    }
    return text.split(whereSeparator: \.isNewline).joined(separator: " ")
}

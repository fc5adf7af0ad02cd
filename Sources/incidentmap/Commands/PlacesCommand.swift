import ArgumentParser
import Extraction
import Pipeline

/// `incidentmap places`: print every place mention of the reports, resolved, with its role.
struct PlacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "places",
        abstract: "Print every place mention found in reports, resolved to the gazetteer.",
        discussion: """
        One record per mention: doc_id, mention, start/end (code points), location, place_id, feature_code, \
        place_type (country, admin1, populated_place, feature), latitude, longitude, admin1, admin1_code, country, \
        geo_precision, confidence and role (event when an incident is placed at the mention, otherwise context).
        """
    )

    @Argument(help: "Report files or folders (*.txt, *.jsonl), or - for stdin.")
    var inputs: [String]

    @Option(help: "Output format: jsonl, geojson or csv.")
    var format: PlacesFormat = .jsonl

    @OptionGroup var geo: GeoOptions
    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of failing.")
    var lenient = false

    func run() throws {
        try reportingErrors {
            // Every input is read (and its UTF-8 checked) before anything is written, so that bad
            // input fails with nothing printed; records are then written window by window.
            let reports = try ReportReader(lenient: lenient).read(inputs)
            let geoparser = try Geoparser(resources: try geo.loadResources(), focus: geo.focusCountries)
            let output = PlacesOutput(format: format)
            output.begin()
            for report in reports {
                try geoparser.forEachWindow(of: report) { try output.write($0) }
            }
            try output.finish()
        }
    }
}

/// Output formats of `places`.
enum PlacesFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, geojson, csv
}

import ArgumentParser
import Extraction
import Pipeline

/// `incidentmap extract`: print the incidents found in reports.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Print the incidents found in reports.")

    @Argument(help: "Report files or folders (*.txt, *.jsonl), or - for stdin.")
    var inputs: [String]

    @Option(help: "Output format.")
    var format: IncidentFormat = .jsonl

    @OptionGroup var geo: GeoOptions
    @OptionGroup var reading: ReportOptions

    func run() throws {
        // The hint follows a run whose output was all written, and only such a run.
        var gaps = GazetteerGaps()
        try reportingErrors {
            // The gazetteer first: on a first run it is built from its files, and a long report
            // held meanwhile added its size to that peak (a 50 MB line: 503 MiB).
            let pipeline = try IncidentPipeline(resources: try geo.loadResources(), focus: geo.focusCountries,
                                                includeStrategic: reading.includeStrategic)
            let reports = try ReportReader(lenient: reading.lenient).read(inputs)
            let incidents = try pipeline.incidents(from: reports, gaps: &gaps)
            try IncidentOutput.print(incidents, format: format)
            ProcessLifetime.keep((reports, pipeline, incidents))
        }
        printGazetteerHint(gaps)
    }
}

import Analysis
import ArgumentParser
import Extraction
import Foundation
import GeoModel
import Layers
import Pipeline

/// `incidentmap map`: reports to every layer, plus a summary.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Extract and geocode incidents and write every layer to a folder.",
        discussion: "With no INPUT, maps the bundled sample reports in ./samples."
    )

    @Argument(help: "Report files or folders (*.txt, *.jsonl), or - for stdin.")
    var inputs: [String] = []

    @Option(help: "The folder to write the layers to.")
    var out = "output"

    @OptionGroup var geo: GeoOptions
    @OptionGroup var reading: ReportOptions
    @OptionGroup var store: DatabaseOptions

    func run() throws {
        // The hint follows a run whose layers and summary were all written.
        var gaps = GazetteerGaps()
        try reportingErrors {
            var inputs = self.inputs
            if inputs.isEmpty && store.db == nil {
                guard FileManager.default.fileExists(atPath: "samples") else {
                    throw ValidationError("no INPUT given and no ./samples folder to map")
                }
                inputs = ["samples"]
            }
            let reports = try ReportReader(lenient: reading.lenient).read(inputs)
            let resources = try geo.loadResources()
            let pipeline = try IncidentPipeline(resources: resources, focus: geo.focusCountries,
                                                includeStrategic: reading.includeStrategic)
            let stored = try store.everything()
            // A report the store already holds adds nothing; a new one that describes a stored
            // incident becomes a source of it, as `ingest` would make it.
            let fresh = try store.unstored(reports)
            let found = try pipeline.incidents(from: fresh, gaps: &gaps)
            let incidents = stored.map { IncidentMerger().merge($0.incidents + found) } ?? found
            try LayerSet.write(incidents: incidents, provinces: resources.provinces(in: Set(incidents.map(\.country))),
                               base: MapBase.loadForCLI(), to: URL(fileURLWithPath: out))
            if let stored {
                StandardOutput.line("reports read: \(reports.count) from files (\(reports.count - fresh.count) already stored), "
                      + "\(stored.statistics.reports) stored in \(stored.location)")
                StandardOutput.line("incidents read from the store: \(stored.incidents.count)")
            } else {
                StandardOutput.line("reports read: \(reports.count)")
            }
            StandardOutput.line("incidents found: \(incidents.count)")
            StandardOutput.line("incidents per province:")
            let byProvince = Dictionary(grouping: incidents) { incident in
                incident.admin1.map { "\($0) (\(incident.admin1Code ?? "-"))" } ?? "no province"
            }
            for (name, group) in byProvince.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) {
                StandardOutput.line("  \(name): \(group.count)")
            }
            StandardOutput.line("layers written to \(out)/: \(LayerSet.fileNames.joined(separator: ", "))")
        }
        printGazetteerHint(gaps)
    }
}

import Analysis
import ArgumentParser
import Foundation
import GeoModel
import IncidentFiles
import Layers
import Pipeline

/// `incidentmap export`: write any filtered subset of incidents as any layer of `map`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the incidents that pass the filters as one layer, or as every layer of `map`.",
        discussion: """
        With --format all (the default) every layer is written to the folder --out, as `map` does. \
        With one format the layer goes to the file --out, or to standard output without --out.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case all, geojson, kml, csv, provinces, counts, html
    }

    @Argument(help: "Incident files (JSON Lines or GeoJSON from this tool) or reports.")
    var sources: [String]

    @Option(help: "Output format: all, geojson, kml, csv, provinces, counts or html.")
    var format: Format = .all

    @Option(help: "The folder (--format all) or file to write; standard output when omitted for one format.")
    var out: String?

    @OptionGroup var filtering: FilterOptions
    @OptionGroup var geo: GeoOptions
    @OptionGroup var reading: ReportOptions

    func run() throws {
        try reportingErrors {
            let filter = try filtering.filter()
            try filter.validate()
            if format == .all, out == nil { throw ValidationError("--format all needs --out DIR") }
            var loaded: GeoResources?
            func resources() throws -> GeoResources {
                if let loaded { return loaded }
                let fresh = try geo.loadResources()
                loaded = fresh
                return fresh
            }
            // Incident files written as GeoJSON or CSV stream through the filter batch by batch.
            if let layer = LayerFormat(rawValue: format.rawValue), LayerStream.streams(layer), streamable(sources) {
                try LayerOutput.stream(layer, to: out) { stream in
                    for path in sources {
                        try IncidentFileReader.forEachBatch(path) { stream.add($0.filter(filter.accepts)) }
                    }
                }
                return
            }
            let incidents = try IncidentSources.load(sources, pipeline: {
                try IncidentPipeline(resources: resources(), focus: geo.focusCountries, includeStrategic: reading.includeStrategic)
            }, lenient: reading.lenient, keeping: filter.accepts)

            guard let layer = LayerFormat(rawValue: format.rawValue) else {
                let folder = URL(fileURLWithPath: out!)
                try LayerSet.write(incidents: incidents, provinces: resources().provinces(in: Set(incidents.map(\.country))),
                                   base: MapBase.loadForCLI(), to: folder)
                printError("exported \(incidents.count) incidents to \(folder.path)/: \(LayerSet.fileNames.joined(separator: ", "))")
                return
            }
            try LayerOutput.write(incidents, as: layer, to: out, provinces: { try resources().provinces(in: Set(incidents.map(\.country))) })
        }
    }

    /// True when every source is an existing incident file (not reports, not stdin); a missing
    /// one is left to `IncidentSources`, which names it.
    private func streamable(_ sources: [String]) -> Bool {
        return !sources.isEmpty && sources.allSatisfy {
            $0 != "-" && FileManager.default.fileExists(atPath: $0) && IncidentFileReader.holdsIncidents($0)
        }
    }
}

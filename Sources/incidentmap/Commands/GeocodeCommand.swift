import ArgumentParser
import Foundation
import Geocoding
import GeoModel
import Pipeline

/// `incidentmap geocode`: resolve place names and show the ranked candidates.
struct GeocodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "geocode", abstract: "Resolve place names.")

    enum Format: String, ExpressibleByArgument { case json, table }

    @Argument(help: "Place names to resolve.")
    var names: [String]

    @Option(help: "Text around the name, used as context.")
    var context = ""

    @Option(help: "Prefer places in this country (ISO alpha-2).")
    var country: String?

    @Option(help: "Output format.")
    var format: Format = .table

    @OptionGroup var geo: GeoOptions

    func run() throws {
        try reportingErrors {
            let resources = try geo.loadResources()
            let resolver = Resolver(gazetteer: resources.gazetteer, focus: geo.focusCountries)
            for name in names {
                let resolution = resolver.geocode(name, context: context, country: country?.uppercased())
                switch format {
                case .json: StandardOutput.line(try resolution.jsonLine(query: name))
                case .table: printTable(name, resolution)
                }
            }
        }
    }

    func printTable(_ name: String, _ resolution: Resolution) {
        guard let place = resolution.place else {
            StandardOutput.line("\(name): no match")
            return
        }
        StandardOutput.line("\(name) → \(place.name), \(place.admin1 ?? "-") (\(place.admin1Code ?? "-")), \(place.country)  \(place.id)  "
            + String(format: "%.5f, %.5f", place.coordinate.latitude, place.coordinate.longitude)
            + "  precision \(resolution.geoPrecision.rawValue)  confidence \(resolution.confidence)")
        for (rank, scored) in resolution.ranked.prefix(10).enumerated() {
            let p = scored.candidate.place
            StandardOutput.line(String(format: "  %2d. %6.3f  ", rank + 1, scored.score)
                + "\(p.name) [\(p.featureCode)] \(p.admin1 ?? "-"), \(p.country)  \(p.id)  — \(scored.reasons.joined(separator: "; "))")
        }
    }
}

import ArgumentParser
import Foundation
import GazetteerKit
import Pipeline

/// `incidentmap gazetteer info|lookup|import`.
struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer", abstract: "Inspect the active gazetteer or look a name up.",
        subcommands: [Info.self, Lookup.self]
    )

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Counts of places by country and feature class.")
        @OptionGroup var geo: GeoOptions

        func run() throws {
            try reportingErrors {
                let gazetteer = try geo.loadResources().gazetteer
                gazetteer.sources.forEach { print("source: \($0)") }
                print("places: \(gazetteer.places.count)  name keys: \(gazetteer.keyCount)")
                let counts = gazetteer.countsByCountryAndClass()
                for country in counts.keys.sorted() {
                    let classes = counts[country]!.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
                    print("\(country)\t\(counts[country]!.values.reduce(0, +))\t\(classes)")
                }
            }
        }
    }

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every place a name can mean.")
        @Argument var name: String
        @OptionGroup var geo: GeoOptions

        func run() throws {
            try reportingErrors {
                let gazetteer = try geo.loadResources().gazetteer
                print("key: \(NameNormalizer.key(for: name))")
                for candidate in gazetteer.lookup(name) {
                    let p = candidate.place
                    print("\(p.id)\t\(p.name)\t\(p.featureClass).\(p.featureCode)\t\(p.country)\t\(p.admin1Code ?? "-")\t"
                        + "\(p.coordinate.latitude),\(p.coordinate.longitude)\tpop \(p.population)\t\(candidate.matchKind.rawValue): \(candidate.matchedName)")
                }
            }
        }
    }
}

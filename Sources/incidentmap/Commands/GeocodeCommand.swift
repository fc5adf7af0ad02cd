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
                case .json: StandardOutput.line(try GeocodeJSON.line(query: name, resolution: resolution))
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

/// The JSON line `geocode --format json` prints, as SPEC.md fixes it.
enum GeocodeJSON {
    struct PlaceJSON: Encodable {
        var location: String, place_id: String, latitude: Double, longitude: Double
        var admin1: String?, admin1_code: String?, country: String, feature_code: String, geo_precision: Int

        init(_ place: Place, precision: GeoPrecision) {
            let c = place.coordinate.rounded(toDecimals: 6)
            location = place.name; place_id = place.id; latitude = c.latitude; longitude = c.longitude
            admin1 = place.admin1; admin1_code = place.admin1Code; country = place.country
            feature_code = place.featureCode; geo_precision = precision.rawValue
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(location, forKey: .location); try c.encode(place_id, forKey: .place_id)
            try c.encode(latitude, forKey: .latitude); try c.encode(longitude, forKey: .longitude)
            try c.encode(admin1, forKey: .admin1); try c.encode(admin1_code, forKey: .admin1_code)
            try c.encode(country, forKey: .country); try c.encode(feature_code, forKey: .feature_code)
            try c.encode(geo_precision, forKey: .geo_precision)
        }
        enum CodingKeys: String, CodingKey { case location, place_id, latitude, longitude, admin1, admin1_code, country, feature_code, geo_precision }
    }

    struct CandidateJSON: Encodable {
        var place: PlaceJSON, score: Double, match: String, matched_name: String, reasons: [String]
    }

    struct Line: Encodable {
        var query: String, place: PlaceJSON?, confidence: Double, candidates: [CandidateJSON]
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(query, forKey: .query); try c.encode(place, forKey: .place)
            try c.encode(confidence, forKey: .confidence); try c.encode(candidates, forKey: .candidates)
        }
        enum CodingKeys: String, CodingKey { case query, place, confidence, candidates }
    }

    static func line(query: String, resolution: Resolution) throws -> String {
        let line = Line(query: query, place: resolution.place.map { PlaceJSON($0, precision: resolution.geoPrecision) },
                        confidence: resolution.confidence,
                        candidates: resolution.ranked.map {
                            CandidateJSON(place: PlaceJSON($0.candidate.place, precision: $0.candidate.place.naturalPrecision),
                                          score: $0.score, match: $0.candidate.matchKind.rawValue,
                                          matched_name: $0.candidate.matchedName, reasons: $0.reasons)
                        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode(line), as: UTF8.self)
    }
}

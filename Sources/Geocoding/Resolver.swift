import Foundation
import GazetteerKit
import GeoModel

/// Chooses among a mention's candidates using the document's focus countries, province
/// context, feature class, population and closeness to the other places in the document.
public struct Resolver: Sendable {
    public let gazetteer: Gazetteer
    /// Countries to prefer; inferred from the text when empty.
    public var focus: [String]

    public init(gazetteer: Gazetteer, focus: [String] = []) {
        self.gazetteer = gazetteer
        self.focus = focus
    }

    /// Resolves every mention of one document together, so that each can lend context to the others.
    public func resolve(_ mentions: [PlaceMention], in text: String) -> [Resolution] {
        let focus = self.focus.isEmpty ? inferFocus(mentions) : Set(self.focus)
        // First pass: each mention alone, to find anchors.
        let first = mentions.map { rank($0, focus: focus, anchors: []) }
        let anchors = first.compactMap { $0.first }.filter { $0.score > 0.5 }.map(\.candidate.place)
        return mentions.map { mention in
            let ranked = rank(mention, focus: focus, anchors: anchors.filter { $0.name != mention.text })
            return makeResolution(mention, ranked)
        }
    }

    /// Resolves one name, with optional context text and country.
    public func geocode(_ name: String, context: String = "", country: String? = nil) -> Resolution {
        let recognizer = PlaceRecognizer(gazetteer: gazetteer)
        let contextMentions = recognizer.mentions(in: context)
        var focus = country.map { Set([$0]) } ?? (self.focus.isEmpty ? inferFocus(contextMentions) : Set(self.focus))
        if focus.isEmpty, let best = gazetteer.lookup(name).max(by: { $0.place.population < $1.place.population }) {
            focus = [best.place.country]
        }
        let anchors = contextMentions.compactMap { rank($0, focus: focus, anchors: []).first?.candidate.place }
        let key = NameNormalizer.key(for: name)
        let mention = PlaceMention(text: name, span: TextSpan(start: 0, end: name.unicodeScalars.count), key: key,
                                   candidates: gazetteer.candidates(forKey: key))
        return makeResolution(mention, rank(mention, focus: focus, anchors: anchors))
    }

    private func makeResolution(_ mention: PlaceMention, _ ranked: [ScoredCandidate]) -> Resolution {
        guard let best = ranked.first else {
            return Resolution(mention: mention, place: nil, geoPrecision: .province, confidence: 0, ranked: [])
        }
        let second = ranked.dropFirst().first?.score ?? 0
        let confidence = max(0, min(1, best.score <= 0 ? 0 : (best.score - max(0, second)) / best.score * 0.5 + 0.5))
        return Resolution(mention: mention, place: best.candidate.place, geoPrecision: best.candidate.place.naturalPrecision,
                          confidence: (confidence * 100).rounded() / 100, ranked: ranked)
    }

    /// The countries most mentions can belong to.
    func inferFocus(_ mentions: [PlaceMention]) -> Set<String> {
        var votes: [String: Double] = [:]
        for mention in mentions {
            let countries = Set(mention.candidates.map(\.place.country))
            for country in countries { votes[country, default: 0] += 1 / Double(countries.count) }
        }
        guard let top = votes.values.max() else { return [] }
        return Set(votes.filter { $0.value >= top * 0.5 }.map(\.key))
    }

    /// Scores every candidate of a mention, best first.
    func rank(_ mention: PlaceMention, focus: Set<String>, anchors: [Place]) -> [ScoredCandidate] {
        mention.candidates.map { candidate in
            var score = 0.0
            var reasons: [String] = []
            func add(_ value: Double, _ why: String) {
                score += value
                reasons.append(String(format: "%@ %+.2f", why, value))
            }
            let place = candidate.place
            if focus.contains(place.country) { add(1.0, "focus country \(place.country)") }
            if candidate.matchKind == .name { add(0.2, "primary name") }
            switch place.featureClass {
            case "P": add(0.3, "populated place")
            case "A": add(place.isCountry ? 0.1 : 0.25, "administrative division")
            default: add(0.1, "feature class \(place.featureClass)")
            }
            if place.population > 0 { add(min(0.6, log10(Double(place.population)) / 10), "population \(place.population)") }
            if !anchors.isEmpty {
                let nearest = anchors.map { Self.approximateKm(place.coordinate, $0.coordinate) }.min() ?? .infinity
                if nearest < 50 { add(0.5 * (1 - nearest / 50), String(format: "%.0f km from another place in the text", nearest)) }
            }
            if candidate.editDistance > 0 { add(-0.3 * Double(candidate.editDistance), "fuzzy match") }
            return ScoredCandidate(candidate: candidate, score: (score * 1000).rounded() / 1000, reasons: reasons)
        }
        .sorted { ($0.score, $1.candidate.place.id) > ($1.score, $0.candidate.place.id) }
    }

    /// Great-circle distance on a sphere, for ranking only.
    static func approximateKm(_ a: Coordinate, _ b: Coordinate) -> Double {
        let p1 = a.latitude * .pi / 180, p2 = b.latitude * .pi / 180
        let dp = p2 - p1, dl = (b.longitude - a.longitude) * .pi / 180
        let h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
        return 2 * 6371.0088 * asin(min(1, sqrt(h)))
    }
}

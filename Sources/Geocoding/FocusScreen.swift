import Foundation
import GazetteerKit
import GeoModel

/// Keeps each mention's candidates to the focus countries unless the text gives strong
/// evidence for a place outside them: focus means focus (issue 14).
///
/// With focus countries set (`--focus`), a mention keeps only its candidates in those
/// countries. When it has none there, the focus countries' spelling variants are tried
/// (`Gazetteer.fuzzyCandidates`). Failing that, a place outside the focus stands only when it
/// is a country, lies in a country the text names, or is a large city; otherwise the mention
/// is left unresolved rather than sent abroad ("Al Thakana" is not in Iran).
public struct FocusScreen: Sendable {
    public let gazetteer: Gazetteer
    public let focus: Set<String>
    /// The population from which a city outside the focus may stand on its name alone.
    public var largeCityPopulation = 1_000_000

    public init(gazetteer: Gazetteer, focus: Set<String>) {
        self.gazetteer = gazetteer
        self.focus = focus
    }

    /// The mentions with their candidates kept to the focus; mentions left with none are dropped.
    /// - Parameters:
    ///   - mentions: screened mentions of one document.
    ///   - namedCountries: ISO codes of the countries the document names outright or by demonym.
    public func restricting(_ mentions: [PlaceMention], namedCountries: Set<String>) -> [PlaceMention] {
        guard !focus.isEmpty else { return mentions }
        return mentions.compactMap { restricting($0, namedCountries: namedCountries) }
    }

    /// One mention with its candidates kept to the focus, or nil when none may stand.
    public func restricting(_ mention: PlaceMention, namedCountries: Set<String>) -> PlaceMention? {
        var kept = mention
        let surface = Self.folded(mention.text)
        let inFocus = mention.candidates.filter { focus.contains($0.place.country) }
        if !inFocus.isEmpty {
            // A foreign country named outright still stands ("Turkey" in a Syrian report).
            let countries = mention.candidates.filter {
                $0.place.isCountry && !focus.contains($0.place.country) && Self.folded($0.matchedName) == surface
            }
            kept.candidates = inFocus + countries
            return kept
        }
        let variants = gazetteer.fuzzyCandidates(forKey: mention.key).filter { focus.contains($0.place.country) }
        if !variants.isEmpty {
            kept.candidates = variants
            kept.isFuzzy = true
            return kept
        }
        kept.candidates = mention.candidates.filter { candidate in
            let place = candidate.place
            return place.isCountry || namedCountries.contains(place.country)
                || (place.population >= largeCityPopulation && candidate.isExactSpelling)
        }
        return kept.candidates.isEmpty ? nil : kept
    }

    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

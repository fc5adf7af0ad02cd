import Foundation
import GazetteerKit
import GeoModel

/// Document-level rules for choosing among a mention's candidates: what the whole document
/// says about where it is, applied to each mention.
///
/// - Focus countries come from the mentions themselves (each mention votes for the countries
///   of its likelier readings: a country, a capital, a big city) and from demonyms ("Syrian").
/// - A capital or a large city beats its namesakes ("Paris" is Paris, France) unless the
///   document is about the namesake's country ("Paris" in a report about Texas).
/// - A capital followed by a verb of speech is its government ("Washington blamed Moscow").
/// - "Georgia", like every name that is both a country and a division, follows the document.
/// - A designator decides between a city and the division of the same name ("Idlib province",
///   "the Kherson region", "Idlib city", "the town of Mopti").
/// - "Alexandria, Virginia": a place followed by a comma and a division or country lies in it.
/// - Places near each other, or in a division the document names, support each other.
public struct DocumentContext: Sendable {
    /// Country code → weight of evidence, the highest being 1.
    public private(set) var countryEvidence: [String: Double]
    /// Country code → votes of the mentions and demonyms, before normalisation.
    let countryVotes: [String: Double]
    /// Countries the caller asked to prefer (`--focus`); they outweigh any evidence.
    public let explicitFocus: Set<String>

    /// Words after a name that make it a division.
    static let divisionDesignators = Set(DivisionNouns.anyDivision)
    /// Words after a name that make it a city.
    static let cityDesignatorsAfter: Set<String> = ["city", "town", "village", "municipality"]
    /// Words before "of" and a name that make it a city.
    static let cityDesignatorsBefore: Set<String> = ["city", "town", "village", "port", "outskirts", "suburb", "suburbs", "streets"]
    /// Verbs that, right after a capital, make it the government.
    static let governmentVerbs: Set<String> = [
        "said", "says", "blamed", "accused", "announced", "called", "rejected", "welcomed", "warned", "denied",
        "condemned", "urged", "insisted", "demanded", "has", "had", "is", "was", "would", "will", "responded", "signalled",
        "signaled", "backed", "opposed", "imposed", "recalled", "summoned", "protested", "threatened", "vowed", "wants",
    ]

    /// Gathers the evidence of one document.
    /// - Parameters:
    ///   - mentions: the document's place mentions.
    ///   - demonymCountries: the country of every demonym in the document, once per occurrence.
    ///   - explicitFocus: countries the user asked to prefer.
    public init(mentions: [PlaceMention], demonymCountries: [String], explicitFocus: [String] = []) {
        self.explicitFocus = Set(explicitFocus)
        var votes: [String: Double] = [:]
        for mention in mentions {
            for (country, share) in Self.countryShares(of: mention.candidates) { votes[country, default: 0] += share }
        }
        for country in demonymCountries { votes[country, default: 0] += 1 }
        countryVotes = votes
        countryEvidence = Self.normalised(votes)
    }

    /// How a mention alone splits its vote among countries: in proportion to ten to the power
    /// of each reading's prominence, so that a country or a capital outvotes a dozen villages.
    static func countryShares(of candidates: [Candidate]) -> [String: Double] {
        guard let top = candidates.map({ prominence($0.place) }).max() else { return [:] }
        var weights: [String: Double] = [:]
        for candidate in candidates {
            weights[candidate.place.country, default: 0] += pow(10, prominence(candidate.place) - top)
        }
        let total = weights.values.reduce(0, +)
        return weights.mapValues { $0 / total }
    }

    /// A reading's prior weight, on a log10 scale: a country 8, a division 6, a capital its
    /// population's log plus 1.5, another place its population's log.
    static func prominence(_ place: Place) -> Double {
        if place.isCountry { return 8 }
        if place.isProvince { return 6 }
        let size = log10(Double(max(place.population, 100)))
        return place.featureCode == "PPLC" ? size + 1.5 : size
    }

    /// Each place once, in first-seen order.
    static func distinct(_ places: [Place]) -> [Place] {
        var seen: Set<String> = []
        return places.filter { seen.insert($0.id).inserted }
    }

    static func normalised(_ votes: [String: Double]) -> [String: Double] {
        guard let top = votes.values.max(), top > 0 else { return [:] }
        return votes.mapValues { $0 / top }
    }

    /// Resolves a document's mentions with these rules alone, without a prior ranking.
    /// - Parameters:
    ///   - mentions: the document's place mentions, in text order.
    ///   - text: the document.
    public func resolve(_ mentions: [PlaceMention], in text: String) -> [Resolution] {
        let unranked = mentions.map { mention in
            Resolution(mention: mention, place: nil, geoPrecision: .province, confidence: 0,
                       ranked: mention.candidates.map { ScoredCandidate(candidate: $0, score: 0, factors: []) })
        }
        return refine(unranked, in: text)
    }

    /// Chooses a place for each resolution again with the document's evidence: a first pass
    /// chooses from the evidence alone, and up to four more add what the pass before chose
    /// (its countries, divisions, positions and lists), until the choices settle.
    /// - Parameters:
    ///   - resolutions: the resolver's output for the document, in text order.
    ///   - text: the document.
    /// - Returns: the resolutions with `place`, `geoPrecision`, `confidence` and `ranked` revised.
    /// - Complexity: O(m² · c) for m mentions of at most c candidates.
    public func refine(_ resolutions: [Resolution], in text: String) -> [Resolution] {
        let words = WordIndex(text)
        var cues = resolutions.map { MentionCues(mention: $0.mention, words: words) }
        for index in cues.indices.dropFirst() where cues[index - 1].isFollowedByComma
            && resolutions[index].mention.span.start - resolutions[index - 1].mention.span.end <= 2 {
            cues[index].placeBefore = resolutions[index - 1].mention
        }
        // A mention counts only half its own vote, so that the others decide: "Lebanese" makes
        // "Tripoli" Lebanon's even though the name alone leans to Libya's capital.
        let firstEvidence = resolutions.map { evidence(without: $0.mention, chosen: nil, among: nil) }
        let first = resolutions.indices.map {
            choose(resolutions[$0], cues: cues[$0], qualifier: nil, anchors: [], evidence: firstEvidence[$0])
        }
        var chosenVotes: [String: Double] = [:]
        for resolution in first { if let place = resolution.place { chosenVotes[place.country, default: 0] += 1 } }
        let evidenceOfOthers = first.map { evidence(without: $0.mention, chosen: $0.place, among: chosenVotes) }
        // Later passes see the places the pass before chose: their divisions and positions.
        var chosen = first
        for _ in 0..<4 {
            let previous = chosen
            chosen = resolutions.indices.map { index in
                let qualifier = qualifierPlace(after: index, resolutions: previous, cues: cues)
                let others = Self.distinct(previous.filter { $0.mention.key != resolutions[index].mention.key }.compactMap(\.place))
                var cue = cues[index]
                cue.coordinatedKinds = coordinatedKinds(of: index, chosen: previous, words: words)
                return choose(resolutions[index], cues: cue, qualifier: qualifier, anchors: others,
                              evidence: evidenceOfOthers[index])
            }
            if chosen.map(\.place?.id) == previous.map(\.place?.id) { break }
        }
        return chosen
    }

    /// The evidence seen by one mention: the votes with its own share halved, blended (when
    /// `among` is given) with the countries the other mentions were resolved to.
    func evidence(without mention: PlaceMention, chosen: Place?, among chosenVotes: [String: Double]?) -> [String: Double] {
        var votes = countryVotes
        for (country, share) in Self.countryShares(of: mention.candidates) { votes[country, default: 0] -= share / 2 }
        var evidence = Self.normalised(votes.filter { $0.value > 1e-9 })
        guard var others = chosenVotes else { return evidence }
        if let chosen { others[chosen.country, default: 0] -= 1 }
        for (country, weight) in Self.normalised(others.filter { $0.value > 1e-9 }) {
            evidence[country] = (evidence[country, default: 0] + weight) / 2
        }
        return evidence
    }

    /// The kinds of place chosen for the mentions coordinated with mention `index` ("Arkansas
    /// and Oklahoma", "Birmingham and Glasgow"), which are usually of one kind.
    func coordinatedKinds(of index: Int, chosen: [Resolution], words: WordIndex) -> Set<PlaceKind> {
        var kinds: Set<PlaceKind> = []
        for neighbour in [index - 1, index + 1] where chosen.indices.contains(neighbour) {
            let (a, b) = neighbour < index ? (chosen[neighbour], chosen[index]) : (chosen[index], chosen[neighbour])
            guard b.mention.span.start >= a.mention.span.end,
                  b.mention.span.start - a.mention.span.end <= 5 else { continue }
            let gap = words.text(of: TextSpan(start: a.mention.span.end, end: b.mention.span.start))
            // Not ", ": "El Paso, Texas" is a place and its division, not a list.
            guard gap == " and " || gap == " or " else { continue }
            if let place = chosen[neighbour].place { kinds.insert(PlaceKind(place)) }
        }
        return kinds
    }

    /// The division or country that qualifies mention `index`, as in "Alexandria, Virginia".
    func qualifierPlace(after index: Int, resolutions: [Resolution], cues: [MentionCues]) -> Place? {
        guard index + 1 < resolutions.count, cues[index].isFollowedByComma else { return nil }
        let next = resolutions[index + 1]
        guard next.mention.span.start - resolutions[index].mention.span.end <= 2,
              let place = next.place, place.isProvince || place.isCountry else { return nil }
        return place
    }

    /// Scores every candidate of one mention and keeps the best.
    func choose(_ resolution: Resolution, cues: MentionCues, qualifier: Place?, anchors: [Place],
                evidence: [String: Double]) -> Resolution {
        let candidates = resolution.ranked.map(\.candidate)
        guard !candidates.isEmpty else { return resolution }
        let anchorDivisions = Set(anchors.filter(\.isProvince).compactMap(\.admin1Code))
        let citiesWithTheirDivision = Set(candidates.filter(\.place.isPopulatedPlace).compactMap(\.place.admin1Code))
        let namesAnArea = candidates.contains { $0.matchKind == .name && $0.place.isCountry }
        let hasDistrictReading = candidates.contains { $0.place.isDistrict }
        let ranked = candidates.map { candidate in
            var scored = score(candidate, cues: cues, qualifier: qualifier, anchors: anchors, anchorDivisions: anchorDivisions,
                               evidence: evidence, citiesWithTheirDivision: citiesWithTheirDivision, namesAnArea: namesAnArea)
            scored.addDistrictRules(cues: cues, anchorDivisions: anchorDivisions, hasDistrictReading: hasDistrictReading)
            return scored
        }
        .sorted { ($0.score, $1.candidate.place.id) > ($1.score, $0.candidate.place.id) }
        var revised = resolution
        let best = ranked[0]
        revised.place = best.candidate.place
        revised.geoPrecision = best.candidate.place.naturalPrecision
        let second = ranked.count > 1 ? ranked[1].score : 0
        let margin = best.score > 0 ? max(0, best.score - max(0, second)) / best.score : 0
        revised.confidence = ((0.5 + 0.5 * min(1, margin * 2)) * 100).rounded() / 100
        revised.ranked = ranked
        return revised
    }

    /// One candidate's score, with the reasons that moved it.
    /// - Parameter namesAnArea: true when a country has this name as its own.
    /// - Parameter citiesWithTheirDivision: the divisions that hold a city of the same name
    ///   ("Homs" the city lies in Homs the governorate): other places in such a division do
    ///   not tell the two apart.
    func score(_ candidate: Candidate, cues: MentionCues, qualifier: Place?, anchors: [Place], anchorDivisions: Set<String>,
               evidence: [String: Double], citiesWithTheirDivision: Set<String> = [],
               namesAnArea: Bool = false) -> ScoredCandidate {
        var total = 0.0
        var factors: [ScoreFactor] = []
        func add(_ value: Double, _ why: @autoclosure () -> String) {
            guard value != 0 else { return }
            total += value
            factors.append(ScoreFactor(.documentRule(why()), value))
        }
        let place = candidate.place
        if explicitFocus.contains(place.country) { add(3, "focus country \(place.country)") }
        add(3 * evidence[place.country, default: 0], "document evidence for \(place.country)")
        if candidate.matchKind == .name { add(0.6, "primary name") }
        if let before = cues.placeBefore, place.isCountry || place.isProvince,
           before.candidates.contains(where: { place.contains($0.place) }) {
            add(2, "qualifies the place before it")
        } else if cues.coordinatedKinds.contains(PlaceKind(place)) {
            add(1.2, "of one kind with the places listed beside it")
        }
        if place.isCountry {
            add(3.5, "country")
            if candidate.matchKind == .name { add(1, "the country's own name") }
        } else if place.isProvince {
            add(1.5, "first-level division")
            if candidate.matchKind == .name { add(0.5, "the division's own name") }
            if cues.hasDivisionDesignator { add(3, "designated a division") }
            if let code = place.admin1Code, !citiesWithTheirDivision.contains(code) {
                let held = anchors.filter { $0.admin1Code == code && !$0.isProvince && !$0.isCountry }.count
                add(min(2.4, 0.8 * Double(held)), "holds \(held) other places of the text")
            }
        } else if !place.isDistrict {
            add(log10(Double(max(place.population, 100))) / 2, "population \(place.population)")
            if place.featureCode == "PPLC" {
                add(1, "national capital")
                if cues.isFollowedByGovernmentVerb, candidate.matchKind == .name { add(2, "a capital speaking for its government") }
            }
            if cues.hasCityDesignator { add(3, "designated a city") }
            // "Mexico" is also an alternate name of Mexico City, "Oklahoma" of Oklahoma City.
            if namesAnArea, candidate.matchKind != .name { add(-1, "an alternate name that is a country's own") }
            if let code = place.admin1Code, anchorDivisions.contains(code) { add(0.8, "inside a division the text names") }
        }
        if let qualifier {
            let inside = qualifier.isCountry ? place.country == qualifier.country
                : place.admin1Code == qualifier.admin1Code && !place.isProvince
            if inside { add(4, "qualified by \(qualifier.name)") }
        }
        if !place.isCountry, !place.isProvince {
            let nearest = anchors.filter { !$0.isCountry && !$0.isProvince && $0.id != place.id }
                .map { place.coordinate.approximateKm(to: $0.coordinate) }.min() ?? .infinity
            if nearest < 50 { add(0.6, "\(Int(nearest.rounded())) km from another place") }
            else if nearest < 250 { add(0.3, "\(Int(nearest.rounded())) km from another place") }
        }
        if candidate.editDistance > 0 { add(-0.3 * Double(candidate.editDistance), "fuzzy match") }
        return ScoredCandidate(candidate: candidate, score: (total * 1000).rounded() / 1000, factors: factors)
    }
}

/// What the words around a mention say about it.
struct MentionCues {
    var hasDivisionDesignator = false
    /// "district", "directorate" or "subdistrict" after the name, or "district of" before it.
    var hasDistrictDesignator = false
    var hasCityDesignator = false
    var isFollowedByGovernmentVerb = false
    var isFollowedByComma = false
    /// The kinds of the places listed with this one.
    var coordinatedKinds: Set<PlaceKind> = []
    /// For "Virginia" in "Alexandria, Virginia": the mention before the comma.
    var placeBefore: PlaceMention?

    init(mention: PlaceMention, words: WordIndex) {
        let after = words.words(startingAt: mention.span.end, count: 2)
        let before = words.words(endingBefore: mention.span.start, count: 3)
        let punctuationAfter = words.scalar(at: mention.span.end)
        let adjacent = after.first.map { $0.span.start == mention.span.end + 1 } ?? false
        if let next = after.first, adjacent, !next.isCapitalized {
            if DocumentContext.divisionDesignators.contains(next.lower) { hasDivisionDesignator = true }
            if DocumentContext.cityDesignatorsAfter.contains(next.lower) { hasCityDesignator = true }
            if DocumentContext.governmentVerbs.contains(next.lower) { isFollowedByGovernmentVerb = true }
        }
        if before.count >= 2, before[before.count - 1].lower == "of" {
            let noun = before[before.count - 2].lower
            if DocumentContext.divisionDesignators.contains(noun) { hasDivisionDesignator = true }
            if DocumentContext.cityDesignatorsBefore.contains(noun) { hasCityDesignator = true }
        }
        isFollowedByComma = punctuationAfter == ","
        hasDistrictDesignator = mention.hasDistrictCue || Self.hasDistrictWord(after: after, before: before)
    }
}

extension Place {
    /// True when this country or division holds `other` (by country code or division code).
    func contains(_ other: Place) -> Bool {
        if isCountry { return other.country == country && other.id != id }
        if isProvince { return other.admin1Code != nil && other.admin1Code == admin1Code && other.id != id }
        return false
    }
}

/// Country, division or other place: the kinds that a list of places shares.
enum PlaceKind: Hashable {
    case country, division, district, other

    init(_ place: Place) {
        self = place.isCountry ? .country : place.isProvince ? .division : place.isDistrict ? .district : .other
    }
}

import Foundation
import GazetteerKit
import GeoModel

/// Chooses among a mention's candidates.
///
/// Every candidate gets a score made of explained parts (see `ScoringWeights`): the document's
/// focus countries, the province cue ("the central province of Homs"), the feature class,
/// population, how the name matched (exact spelling, variant, fuzzy), the provinces named in the
/// same sentence or report, "X in Y", and closeness to the other places of the same sentence
/// and report. Mentions are resolved in two passes: the first alone, the second against the
/// first pass's choices for the other mentions.
public struct Resolver: Sendable {
    public let gazetteer: Gazetteer
    /// Countries to prefer; inferred from the text when empty.
    public var focus: [String]
    public var weights = ScoringWeights()
    /// First-pass choices remembered across documents; nil (the default) remembers none.
    ///
    /// Only for mentions whose candidates are the gazetteer's own for their key and spelling, as
    /// `PlaceRecognizer` makes them: a choice is remembered by the mention's reading alone.
    public var firstChoiceMemo: FirstChoiceMemo?

    public init(gazetteer: Gazetteer, focus: [String] = []) {
        self.gazetteer = gazetteer
        self.focus = focus
    }

    /// Resolves every mention of one document together, so that each lends context to the others.
    /// - Parameter text: the document the mentions come from (for sentences and "X in Y").
    public func resolve(_ mentions: [PlaceMention], in text: String) -> [Resolution] {
        resolve(mentions, in: text, only: nil, explained: true)
    }

    /// Resolves the mentions at the given spans, with every mention of the document as context.
    /// - Parameter explained: keep every candidate's score and reasons in `Resolution.ranked`;
    ///   without them (`ranked` empty) the same place is chosen at a fraction of the cost.
    /// - Returns: one resolution per mention whose span is in `spans`, in document order.
    public func resolve(_ mentions: [PlaceMention], in text: String, spans: Set<TextSpan>, explained: Bool = true) -> [Resolution] {
        resolve(mentions, in: text, only: spans, explained: explained)
    }

    private func resolve(_ mentions: [PlaceMention], in text: String, only spans: Set<TextSpan>?, explained: Bool) -> [Resolution] {
        var focus = self.focus.isEmpty ? inferFocus(mentions) : Set(self.focus)
        // Countries the document is known to be about, not the gazetteer's fallback.
        let knownFocus = Array(focus)
        if focus.isEmpty { focus = gazetteer.fuzzyCountries }
        let mentions = withFuzzyCandidates(mentions, in: focus)
        let focusList = Array(focus)
        let layout = DocumentLayout(text: text, mentions: mentions)
        let alone = firstChoices(mentions, focus: focusList)
        let lending = layout.lending(of: alone)
        // The mentions asked for, and the places that locate them, each resolved before the
        // mention it locates: locating places follow what they locate, so from the last back.
        var wanted = mentions.indices.map { spans?.contains(mentions[$0].span) ?? true }
        for index in mentions.indices where wanted[index] {
            var next = index
            while let (container, _) = layout.containerOf[next], !wanted[container] {
                wanted[container] = true
                next = container
            }
        }
        var resolved = [Resolution?](repeating: nil, count: mentions.count)
        for index in mentions.indices.reversed() where wanted[index] {
            var context = layout.context(of: index, choices: alone, lending: lending)
            var locators: [Place] = []
            if let (container, _) = layout.containerOf[index], let place = resolved[container]?.place {
                context.container = place
                locators = Self.locators(chosen: place, of: mentions[container])
            }
            let resolution = explained
                ? makeResolution(mentions[index], rank(mentions[index], focus: focusList, context: context), loneVariantsIn: knownFocus)
                : makeResolution(mentions[index], top(mentions[index], focus: focusList, context: context), loneVariantsIn: knownFocus)
            resolved[index] = located(resolution, by: locators, focus: focusList, context: context)
        }
        return mentions.indices.compactMap { index in
            if let spans, !spans.contains(mentions[index].span) { return nil }
            return resolved[index]
        }
    }

    /// The places a locating mention may stand for: the one chosen for it, then its exact
    /// readings as a division ("Al Jawf" is a town abroad and a Yemeni governorate).
    static func locators(chosen: Place, of mention: PlaceMention) -> [Place] {
        var places = [chosen]
        for candidate in mention.candidates where candidate.editDistance == 0 && candidate.place.id != chosen.id
            && (candidate.place.isProvince || candidate.place.isDistrict || candidate.place.isCountry) {
            places.append(candidate.place)
        }
        return places
    }

    /// Holds a mention to the place that locates it ("the X area of Y district", "X camp in Y").
    ///
    /// The best reading that lies in one of the locating place's readings wins over readings
    /// elsewhere. When none does, the gazetteer lacks the village or site, and the mention
    /// takes the locating place itself, as a part of it (precision 2, or 3 for a province), as
    /// ACLED codes a place it cannot find at the nearest larger one it can; said to be in a
    /// country, it has no reading. A country or province is located only by a country.
    /// - Parameter locators: the locating mention's chosen place first, then its other readings
    ///   as a division; empty when nothing locates the mention.
    func located(_ resolution: Resolution, by locators: [Place], focus: [String], context: MentionContext) -> Resolution {
        guard let container = locators.first else { return resolution }
        let phrase = context.containerPhrase
        func isHeld(_ place: Place) -> Bool { locators.contains { phrase.holds(place, locator: $0) } }
        if let place = resolution.place, isHeld(place) { return resolution }
        let mention = resolution.mention
        guard !mention.candidates.contains(where: { $0.place.isCountry || ($0.place.isProvince && !container.isCountry) }) else {
            return resolution
        }
        let ranked = resolution.ranked.isEmpty ? rank(mention, focus: focus, context: context) : resolution.ranked
        let held = ranked.filter { isHeld($0.candidate.place) }
        if let best = held.first {
            let runnerUp = ranked.first { $0.candidate.place.id != best.candidate.place.id }?.score ?? 0
            let reordered = held + ranked.filter { !isHeld($0.candidate.place) }
            return makeResolution(mention, Choice(candidate: best.candidate, score: best.score, runnerUp: runnerUp, isClose: true),
                                  ranked: reordered)
        }
        // A namesake abroad is no reading of a place said to be in this country.
        guard !container.isCountry || phrase == .near else {
            return Resolution(mention: mention, place: nil, geoPrecision: .province, confidence: 0, ranked: ranked)
        }
        return Resolution(mention: mention, place: container, geoPrecision: max(container.naturalPrecision, .nearTown),
                          confidence: 0.5, ranked: ranked)
    }

    /// Resolves one name, with optional context text and country.
    /// - Parameters:
    ///   - context: text around the name; its places serve as anchors and provinces.
    ///   - country: an ISO code that overrides the inferred focus.
    public func geocode(_ name: String, context: String = "", country: String? = nil) -> Resolution {
        let recognizer = PlaceRecognizer(gazetteer: gazetteer)
        let recognised = recognizer.mentions(in: context)
        let contextFocus = country.map { Set([$0]) } ?? (self.focus.isEmpty ? inferFocus(recognised) : Set(self.focus))
        let variantCountries = contextFocus.isEmpty ? gazetteer.fuzzyCountries : contextFocus
        let contextMentions = recognised.map { withFuzzyCandidates($0, in: variantCountries) }
        let key = NameNormalizer.key(for: name)
        // The name inside its context, when the context contains it, gets the cues around it.
        let own = contextMentions.firstIndex { $0.key == key }
        var mention = own.map { contextMentions[$0] }
            ?? PlaceMention(text: name, span: TextSpan(start: 0, end: name.unicodeScalars.count), key: key,
                            candidates: gazetteer.candidates(forKey: key, surface: name))
        mention.text = name
        mention = withFuzzyCandidates(mention, in: variantCountries)
        if own == nil, mention.candidates.isEmpty { mention.isFuzzy = true }
        var focus = country.map { Set([$0]) } ?? (self.focus.isEmpty ? inferFocus(contextMentions.filter { $0.key != key }) : Set(self.focus))
        // With no context, the tool's home region: the gazetteer's fuzzy countries (Syria and Lebanon by default).
        if focus.isEmpty { focus = gazetteer.fuzzyCountries }
        let focusList = Array(focus)
        let all = own == nil ? contextMentions + [mention] : contextMentions
        let index = own ?? contextMentions.count
        let layout = DocumentLayout(text: own == nil ? context + " " + name : context, mentions: all)
        let choices = firstChoices(all, focus: focusList)
        var mentionContext = layout.context(of: index, choices: choices, lending: layout.lending(of: choices))
        // A name given apart from its context text is read as if in the same sentence as all of it.
        if own == nil { for i in mentionContext.anchors.indices { mentionContext.anchors[i].sameSentence = true } }
        return makeResolution(mention, rank(mention, focus: focusList, context: mentionContext))
    }

    /// The first pass: each mention's best place read alone. Mentions of one name with the same
    /// spelling and cues share one answer, within the document and, through `firstChoiceMemo`,
    /// across documents.
    private func firstChoices(_ mentions: [PlaceMention], focus: [String]) -> [Place?] {
        var known: [FirstReading: Place?] = [:]
        let memoFocus = FirstChoiceMemo.Focus(firstChoiceMemo == nil ? [] : focus)
        let stamp = FirstChoiceMemo.Stamp(generation: gazetteer.generation, weights: weights)
        return mentions.map { mention in
            let reading = FirstReading(mention)
            if let place = known[reading] { return place }
            let place: Place?
            if let remembered = firstChoiceMemo?.choice(for: reading, focus: memoFocus, stamp: stamp) {
                place = remembered
            } else {
                place = top(mention, focus: focus, context: MentionContext())?.candidate.place
                firstChoiceMemo?.remember(place, for: reading, focus: memoFocus, stamp: stamp)
            }
            known[reading] = place
            return place
        }
    }

    /// Adds fuzzy candidates (same consonant skeleton, small edit distance) in `countries` to a
    /// mention, and drops its fuzzy candidates elsewhere: a variant spelling is read only in the
    /// countries the document is about.
    func withFuzzyCandidates(_ mention: PlaceMention, in countries: Set<String>) -> PlaceMention {
        let countries = Array(countries)
        return adding(fuzzy: Self.keeping(variants(of: mention, in: countries), in: countries), to: mention, in: countries)
    }

    /// The fuzzy candidates of a mention's name, with more room for vowels when no reading of the
    /// name lies in the document's countries (see `Gazetteer.fuzzyLimit`).
    private func variants(of mention: PlaceMention, in countries: [String]) -> [Candidate] {
        let readHere = mention.candidates.contains { countries.contains($0.place.country) }
        let limit = Gazetteer.fuzzyLimit(forKey: mention.key, vowelSlack: !readHere && !countries.isEmpty)
        return gazetteer.fuzzyCandidates(forKey: mention.key, maxDistance: limit)
    }

    /// The same for every mention of a document, the mentions of one name looking them up and
    /// keeping the document's countries once.
    private func withFuzzyCandidates(_ mentions: [PlaceMention], in countries: Set<String>) -> [PlaceMention] {
        // Few countries: an array compares short strings faster than a set hashes them.
        let countries = Array(countries)
        var byKey: [String: [Candidate]] = [:]
        return mentions.map { mention in
            if let fuzzy = byKey[mention.key] { return adding(fuzzy: fuzzy, to: mention, in: countries) }
            let fuzzy = Self.keeping(variants(of: mention, in: countries), in: countries)
            byKey[mention.key] = fuzzy
            return adding(fuzzy: fuzzy, to: mention, in: countries)
        }
    }

    /// The candidates that lie in one of `countries`.
    private static func keeping(_ candidates: [Candidate], in countries: [String]) -> [Candidate] {
        candidates.filter { countries.contains($0.place.country) }
    }

    /// Adds `candidates` (already in `countries`) to a mention, and drops its fuzzy candidates
    /// outside `countries`.
    private func adding(fuzzy candidates: [Candidate], to mention: PlaceMention, in countries: [String]) -> PlaceMention {
        var mention = mention
        if mention.isFuzzy || mention.candidates.contains(where: { $0.editDistance > 0 }) {
            mention.candidates.removeAll { $0.editDistance > 0 && !countries.contains($0.place.country) }
        }
        for candidate in candidates where !mention.candidates.contains(where: { $0.place.id == candidate.place.id }) {
            mention.candidates.append(candidate)
        }
        return mention
    }

    private func makeResolution(_ mention: PlaceMention, _ ranked: [ScoredCandidate], loneVariantsIn countries: [String] = []) -> Resolution {
        let choice = ranked.first.map {
            Choice(candidate: $0.candidate, score: $0.score, runnerUp: ranked.dropFirst().first?.score ?? 0, isClose: $0.factors.contains(where: \.isCloseness))
        }
        return makeResolution(mention, choice, ranked: ranked, loneVariantsIn: countries)
    }

    /// - Parameter countries: the countries the document is known to be about, where a variant
    ///   spelling whose only reading there it is, is taken even with no place near it
    ///   ("Craiter" for Crater in a note on Yemen with no other place).
    private func makeResolution(_ mention: PlaceMention, _ choice: Choice?, ranked: [ScoredCandidate] = [],
                                loneVariantsIn countries: [String] = []) -> Resolution {
        guard let best = choice else {
            return Resolution(mention: mention, place: nil, geoPrecision: .province, confidence: 0, ranked: [])
        }
        // A fuzzy-only name must sit near the other places of its report, or it is not taken.
        if mention.isFuzzy, !best.isClose, !Self.isLoneVariant(best.candidate, of: mention, in: countries) {
            return Resolution(mention: mention, place: nil, geoPrecision: .province, confidence: 0, ranked: ranked)
        }
        let margin = best.score <= 0 ? 0 : max(0, best.score - max(0, best.runnerUp)) / best.score
        var confidence = 0.5 + 0.5 * margin
        if best.candidate.editDistance > 0 { confidence *= 1 - 0.15 * Double(best.candidate.editDistance) }
        return Resolution(mention: mention, place: best.candidate.place, geoPrecision: best.candidate.place.naturalPrecision,
                          confidence: (max(0, min(1, confidence)) * 100).rounded() / 100, ranked: ranked)
    }

    /// True when `candidate`, a variant spelling, is the name's only reading in `countries`.
    private static func isLoneVariant(_ candidate: Candidate, of mention: PlaceMention, in countries: [String]) -> Bool {
        guard candidate.editDistance <= 2, countries.contains(candidate.place.country) else { return false }
        return !mention.candidates.contains { $0.place.id != candidate.place.id && countries.contains($0.place.country) }
    }
}

import Foundation
import GeoModel

/// Screens the recogniser's output before resolution: trims words that are not part of the
/// name, and drops runs that are not place mentions at all.
///
/// What it removes, following `Tests/Fixtures/places-eval/README.md`:
/// - demonyms ("Syrian") and names of peoples: they are evidence, not mentions;
/// - single common English words ("Rail", "Justice", "Mass") unless a prominent place bears
///   exactly that name, and single words that only match a place through spelling folds
///   ("Houthi" is not "Khūzī") unless that place is prominent;
/// - place names inside the names of organisations and treaties ("Damascus University",
///   "the University of Texas", "the Geneva Conventions");
/// - named physical features that a city shares its name with ("the Rio Grande",
///   "the Red Sea", "the Dnipro River", "the Nile").
///
/// What it trims: a leading lowercase article that the recogniser took in ("at Homs" → "Homs").
public struct MentionScreen: Sendable {
    public let gazetteer: Gazetteer
    public let demonyms: Demonyms
    public let commonWords: CommonWords
    /// The population from which a town named like a common word is taken as meant.
    public var prominentPopulation = 30_000
    /// Countries the user asked to focus on: a place there needs no prominence to stand.
    public var focus: Set<String> = []

    /// Capitalised words that, right after a place name, make it part of an institution's name.
    static let institutionWordsAfter: Set<String> = [
        "university", "conventions", "convention", "accords", "accord", "protocol", "declaration", "agreement",
        "process", "airport", "airlines", "airways", "times", "post", "herald", "tribune", "club", "fc", "council",
        "institute", "stock", "exchange", "bank", "group", "company", "corporation", "summit", "format", "charter",
    ]

    /// Capitalised words that, right before "of" and a place name, make it part of an institution's name.
    static let institutionWordsBefore: Set<String> = [
        "university", "bank", "republic", "kingdom", "institute", "museum", "court", "college", "school",
    ]

    /// Lowercase words that follow a name without making it a modifier ("across the Nile in Omdurman").
    static let functionWords: Set<String> = [
        "in", "on", "at", "to", "from", "and", "or", "of", "for", "with", "by", "near", "where", "which", "that", "was",
        "is", "said", "has", "had", "as", "into", "through", "between", "after", "before", "since", "while", "but",
    ]

    /// Capitalised words that make a run an institution's name wherever they stand in it.
    static let institutionWordsInside: Set<String> = ["university", "college", "institute", "museum", "academy"]

    /// Generic words that end the name of a physical feature.
    static let featureWords: Set<String> = [
        "river", "sea", "ocean", "gulf", "lake", "strait", "straits", "channel", "mountains", "mountain", "mount",
        "valley", "desert", "canal", "bay", "peninsula", "plateau", "basin",
    ]

    /// Well-known features that English writes with "the" and that a gazetteer only has as towns
    /// or divisions of the same name. Keys are `NameNormalizer` keys.
    static let featureKeys: Set<String> = [
        NameNormalizer.key(for: "Nile"), NameNormalizer.key(for: "Euphrates"), NameNormalizer.key(for: "Tigris"),
        NameNormalizer.key(for: "Red Sea"), NameNormalizer.key(for: "Black Sea"), NameNormalizer.key(for: "Rio Grande"),
        NameNormalizer.key(for: "Channel"), NameNormalizer.key(for: "Mediterranean"), NameNormalizer.key(for: "Caspian"),
        NameNormalizer.key(for: "Danube"), NameNormalizer.key(for: "Amazon"), NameNormalizer.key(for: "Sahara"),
        NameNormalizer.key(for: "Jordan Valley"), NameNormalizer.key(for: "Bosphorus"), NameNormalizer.key(for: "Dnieper"),
    ]

    public init(gazetteer: Gazetteer, demonyms: Demonyms, commonWords: CommonWords) {
        self.gazetteer = gazetteer
        self.demonyms = demonyms
        self.commonWords = commonWords
    }

    /// The mentions that name places, trimmed to the toponym.
    /// - Parameters:
    ///   - mentions: the recogniser's mentions of `text`, left to right.
    ///   - text: the text they were found in.
    /// - Complexity: O(n) in the length of `text`, plus a few word lookups per mention.
    public func screen(_ mentions: [PlaceMention], in text: String) -> [PlaceMention] {
        let words = WordIndex(text)
        return mentions.compactMap { mention in
            guard let trimmed = trimLeadingLowercase(mention, words: words) else { return nil }
            return isPlaceMention(trimmed, words: words) ? trimmed : nil
        }
    }

    /// True when a one-word mention may stand: a common word needs a prominent place of exactly
    /// that name; any word needs, if no place has exactly its spelling, a prominent place.
    func isProminentEnough(_ mention: PlaceMention, isCommonWord: Bool) -> Bool {
        let surface = Self.folded(mention.text)
        return mention.candidates.contains { candidate in
            let exact = Self.folded(candidate.matchedName) == surface
            if exact, !isCommonWord { return true }
            guard exact || !isCommonWord else { return false }
            let place = candidate.place
            if focus.contains(place.country), !isCommonWord { return true }
            return place.isCountry || place.isProvince || place.featureCode == "PPLC" || place.population >= prominentPopulation
        }
    }

    /// Case- and diacritic-folded text, for comparing spellings.
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Drops leading lowercase words ("at", "an") that the recogniser read as Arabic articles.
    func trimLeadingLowercase(_ mention: PlaceMention, words: WordIndex) -> PlaceMention? {
        let inside = words.words(in: mention.span)
        guard let first = inside.first, !first.isCapitalized else { return mention }
        guard let firstName = inside.firstIndex(where: \.isCapitalized), firstName > 0 else { return nil }
        let span = TextSpan(start: inside[firstName].span.start, end: mention.span.end)
        let surface = words.text(of: span)
        let key = NameNormalizer.key(for: surface)
        guard !key.isEmpty, gazetteer.hasKey(key) else { return nil }
        return PlaceMention(text: surface, span: span, key: key, candidates: gazetteer.candidates(forKey: key))
    }

    /// False for demonyms, institution names and physical features.
    func isPlaceMention(_ mention: PlaceMention, words: WordIndex) -> Bool {
        if demonyms.country(for: mention.text) != nil { return false }
        let inside = words.words(in: mention.span)
        if inside.count == 1, Self.featureWords.contains(inside[inside.startIndex].lower) { return false }
        if inside.count == 1, mention.text.unicodeScalars.count <= 2 { return false }
        if inside.contains(where: { Self.institutionWordsInside.contains($0.lower) && $0.isCapitalized }) { return false }
        if inside.count == 1, !isProminentEnough(mention, isCommonWord: commonWords.contains(mention.text)) { return false }
        let before = words.words(endingBefore: mention.span.start, count: 2)
        let after = words.words(startingAt: mention.span.end, count: 1)
        let last = words.words(in: mention.span).last?.lower ?? ""
        if let next = after.first, next.isCapitalized, Self.institutionWordsAfter.contains(next.lower) { return false }
        if let next = after.first, next.isCapitalized, Self.featureWords.contains(next.lower) { return false }
        if before.count == 2, before[1].lower == "of", before[0].isCapitalized,
           Self.institutionWordsBefore.contains(before[0].lower),
           !mention.couldBeCountry { return false }
        let afterThe = before.last?.lower == "the" && before.last?.isCapitalized == false
        // "the Rafah crossing", "the Homs road": the name qualifies the noun after it.
        let qualifiesNoun = after.first.map {
            !$0.isCapitalized && $0.span.start == mention.span.end + 1 && !Self.functionWords.contains($0.lower)
        } ?? false
        if afterThe, !qualifiesNoun {
            if Self.featureWords.contains(last) || Self.featureKeys.contains(mention.key) { return false }
            // Towns are not written with "the"; "the Rio Grande" is a river.
            if !mention.candidates.isEmpty, mention.candidates.allSatisfy({ $0.place.isPopulatedPlace }) { return false }
        }
        return true
    }
}

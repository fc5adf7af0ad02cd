import GeoModel

/// Finds gazetteer names in running text: the longest run of up to `maxTokens` words whose
/// normalised key names a place, starting at a capitalised word (or an article before one).
public struct PlaceRecognizer: Sendable {
    public let gazetteer: Gazetteer
    public var maxTokens = 6

    /// Capitalised English words that are also place names somewhere, never taken alone.
    public static let commonWords: Set<String> = [
        "a", "an", "at", "as", "by", "in", "is", "it", "of", "on", "or", "to", "the", "and", "but", "for", "he", "she", "we",
        "many", "most", "more", "some", "all", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "ash", "bab", "mayor", "police", "army", "state", "union", "victoria", "university", "north", "south", "east", "west",
        "central", "early", "late", "last", "next", "new", "old", "said", "says", "reuters", "afp", "president", "minister",
        "islamic", "free", "front", "liberation", "capital", "city", "town", "village", "province", "district", "airport",
        "hamas", "daesh", "isis", "isil", "nusra", "sham", "levant", "mosque", "hospital", "school", "market", "unesco",
        "un", "us", "uk", "eu", "nato", "tv", "media", "news", "post", "times", "guardian", "tuesday's", "idlib's",
    ]

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Every place mention in `text`, left to right, without overlaps.
    /// - Complexity: O(words × maxTokens) key lookups.
    public func mentions(in text: String) -> [PlaceMention] {
        let tokens = TextTokenizer.tokens(of: text)
        var result: [PlaceMention] = []
        var i = 0
        while i < tokens.count {
            let first = tokens[i]
            let lowerFirst = first.text.lowercased()
            let startsName = first.isCapitalized
                || (NameNormalizer.articles.contains(Substring(lowerFirst)) && i + 1 < tokens.count && tokens[i + 1].isCapitalized)
            guard startsName else { i += 1; continue }
            var matched: PlaceMention?
            var length = min(maxTokens, tokens.count - i)
            while length >= 1, matched == nil {
                let run = tokens[i..<(i + length)]
                // Names do not run across sentence punctuation.
                if let mention = mention(for: run, in: text) { matched = mention }
                length -= 1
            }
            if let matched {
                result.append(matched)
                i += tokens[i...].firstIndex { $0.span.start >= matched.span.end }.map { $0 - i } ?? (tokens.count - i)
            } else {
                i += 1
            }
        }
        return result
    }

    private func mention(for run: ArraySlice<Token>, in text: String) -> PlaceMention? {
        guard let last = run.last, let first = run.first, last.isCapitalized || last.text.first?.isNumber == false else { return nil }
        guard last.isCapitalized else { return nil }
        if run.count == 1, Self.commonWords.contains(first.text.lowercased()) { return nil }
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: first.span.start)
        let end = scalars.index(start, offsetBy: last.span.end - first.span.start)
        let surface = String(scalars[start..<end])
        if surface.contains(where: { ".,;:!?()\"\n".contains($0) }) { return nil }
        let key = NameNormalizer.key(for: surface)
        guard !key.isEmpty, gazetteer.hasKey(key) else { return nil }
        if !key.contains(" "), Self.commonWords.contains(key) { return nil }
        return PlaceMention(text: surface, span: TextSpan(start: first.span.start, end: last.span.end), key: key,
                            candidates: gazetteer.candidates(forKey: key))
    }
}

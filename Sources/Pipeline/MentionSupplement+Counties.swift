import GazetteerKit
import GeoModel

extension MentionSupplement {
    /// Words that, after a name, make it a second-level division ("Walker County").
    static let countyWords: Set<String> = ["County", "Parish", "Borough"]

    /// The records with each "X County" read as the county: a district of the gazetteer in the
    /// state the document points to most, replacing any town the name alone went to.
    /// - Parameters:
    ///   - records: the document's records, in text order.
    ///   - tokens: the words of the text.
    func readingCounties(_ records: [PlaceMentionRecord], tokens: [Token], scalars: [Unicode.Scalar], docID: String) -> [PlaceMentionRecord] {
        var counties: [PlaceMentionRecord] = []
        var evidence: [String: Int] = [:]
        for record in records {
            guard let code = record.place.admin1Code else { continue }
            evidence[code, default: 0] += record.place.isProvince ? 2 : 1
        }
        let mainCountry = Self.mainCountry(of: records)
        var countyNames: [String] = []
        for c in tokens.indices where c > 0 && Self.countyWords.contains(Self.withoutPeriod(tokens[c].text)) && tokens[c - 1].isCapitalized {
            countyNames.append(tokens[c - 1].text)
        }
        if let home = homeState(names: Self.localNames(records) + countyNames, records: records, mainCountry: mainCountry) {
            evidence[home, default: 0] += 1_000
        }
        for c in tokens.indices where c > 0 && Self.countyWords.contains(Self.withoutPeriod(tokens[c].text)) {
            for s in stride(from: max(0, c - 3), through: c - 1, by: 1) {
                let words = tokens[s..<c]
                guard words.allSatisfy(\.isCapitalized), Self.areAdjacent(tokens, s...c, scalars: scalars) else { continue }
                let name = words.map(\.text).joined(separator: " ")
                let districts = gazetteer.candidates(forKey: NameNormalizer.key(for: name), surface: name)
                    .map(\.place).filter(\.isDistrict)
                guard let best = Self.likeliest(districts, evidence: evidence, mainCountry: mainCountry) else { continue }
                let end = tokens[c].start + Self.withoutPeriod(tokens[c].text).unicodeScalars.count
                let span = TextSpan(start: tokens[s].start, end: end)
                counties.append(record(docID: docID, scalars: scalars, span: span, place: best, kind: .literal))
                break
            }
        }
        guard !counties.isEmpty else { return records }
        let kept = records.filter { record in !counties.contains { $0.span.overlaps(record.span) } }
        return (kept + counties).sorted { $0.span.start < $1.span.start }
    }

    /// The district in the state with the most evidence, then in the document's country.
    static func likeliest(_ districts: [Place], evidence: [String: Int], mainCountry: String?) -> Place? {
        districts.max { a, b in
            let ea = a.admin1Code.flatMap { evidence[$0] } ?? 0, eb = b.admin1Code.flatMap { evidence[$0] } ?? 0
            if ea != eb { return ea < eb }
            return (a.country == mainCountry ? 1 : 0) < (b.country == mainCountry ? 1 : 0)
        }
    }

    /// True when the tokens follow one another with one space between each.
    static func areAdjacent(_ tokens: [Token], _ range: ClosedRange<Int>, scalars: [Unicode.Scalar]) -> Bool {
        for k in range.dropFirst() where tokens[k].start != tokens[k - 1].end + 1 || scalars[tokens[k - 1].end] != " " {
            return false
        }
        return true
    }

    static func withoutPeriod(_ text: String) -> String {
        text.hasSuffix(".") ? String(text.dropLast()) : text
    }
}

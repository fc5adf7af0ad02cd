import GazetteerKit
import GeoModel

extension MentionSupplement {
    /// The first-level division a local report is about: the one that has a namesake for
    /// most of the report's town and county names, counting a state named outright twice.
    ///
    /// Local news names its towns without their state ("Paris", "Henry County"); the state
    /// where they all exist is the likeliest reading of each. Nil unless one state leads
    /// with at least three points.
    /// - Parameters:
    ///   - names: the report's town and county names, as written, without "County".
    ///   - records: the report's records, for the states named outright.
    ///   - mainCountry: the country most records are in; a state elsewhere must be named outright.
    func homeState(names: [String], records: [PlaceMentionRecord], mainCountry: String?) -> String? {
        // Points, and a tie-break that favours names with few namesakes ("Dunlap" over "Paris").
        var score: [String: (points: Int, rarity: Double)] = [:]
        for record in records where record.place.isProvince && record.kind == .literal {
            if let code = record.place.admin1Code { score[code, default: (0, 0)].points += 2 }
        }
        var seen = Set<String>()
        for name in names {
            let key = NameNormalizer.key(for: name)
            guard !key.isEmpty, seen.insert(key).inserted else { continue }
            let states = Set(gazetteer.candidates(forKey: key, surface: name)
                .filter { $0.place.isPopulatedPlace || $0.place.isDistrict }.compactMap(\.place.admin1Code))
            for state in states {
                score[state, default: (0, 0)].points += 1
                score[state, default: (0, 0)].rarity += 1 / Double(states.count)
            }
        }
        let ranked = score.sorted {
            ($0.value.points, $0.value.rarity, $1.key) > ($1.value.points, $1.value.rarity, $0.key)
        }
        guard let top = ranked.first, top.value.points >= 3 else { return nil }
        let named = records.contains { $0.place.isProvince && $0.place.admin1Code == top.key }
        guard named || top.key.hasPrefix((mainCountry ?? "-") + ".") else { return nil }
        if ranked.count > 1, ranked[1].value.points == top.value.points, ranked[1].value.rarity == top.value.rarity { return nil }
        return top.key
    }

    /// The names of the towns and counties among the records and the county phrases.
    static func localNames(_ records: [PlaceMentionRecord]) -> [String] {
        records.filter { $0.kind == .literal && ($0.place.isPopulatedPlace || $0.place.isDistrict) }.map { record in
            var words = record.mention.split(separator: " ")
            if words.count > 1, let last = words.last, countyWords.contains(withoutPeriod(String(last))) { words.removeLast() }
            return words.joined(separator: " ")
        }
    }
}

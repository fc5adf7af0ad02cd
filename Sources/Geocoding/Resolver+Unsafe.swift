import Foundation
import GazetteerKit
import GeoModel

/// The resolver's loops that read a mention's candidates through their buffer, so that none is copied.
extension Resolver {
    /// The candidate `rank` would put first and the score it would put second, found without
    /// keeping reasons or sorting.
    func top(_ mention: PlaceMention, focus: [String], context: MentionContext) -> Choice? {
        var best: (index: Int, score: Double, isClose: Bool)?
        var runnerUp: Double?
        var unused: [ScoreFactor]?
        // Candidates are read through their buffer, so that none is copied.
        mention.candidates.withUnsafeBufferPointer { candidates in
            for index in candidates.indices {
                let (score, isClose) = self.score(candidates[index], of: mention, focus: focus, context: context, factors: &unused)
                if let held = best {
                    // Ties go to the smaller place id, as in `rank`.
                    if held.score > score || (held.score == score && candidates[index].place.id >= candidates[held.index].place.id) {
                        runnerUp = max(runnerUp ?? score, score)
                        continue
                    }
                    runnerUp = max(runnerUp ?? held.score, held.score)
                }
                best = (index, score, isClose)
            }
        }
        return best.map { Choice(candidate: mention.candidates[$0.index], score: $0.score, runnerUp: runnerUp ?? 0, isClose: $0.isClose) }
    }

    /// The countries the document is about: every country it names (or names the people of),
    /// and the countries most of its other places belong to. A place that could lie in a named
    /// country is explained by it and casts no vote, so "Palmyra" beside "Syrian" does not
    /// bring in Pennsylvania.
    func inferFocus(_ mentions: [PlaceMention]) -> Set<String> {
        // Countries and votes are few: arrays scanned in place beat hashed sets here. Candidates
        // are read through their buffer, so that none is copied.
        func namedCountry(_ candidates: [Candidate]) -> String? {
            candidates.withUnsafeBufferPointer { candidates in
                for i in candidates.indices where candidates[i].place.isCountry && candidates[i].isExactSpelling {
                    return candidates[i].place.country
                }
                return nil
            }
        }
        var named: [String] = []
        for mention in mentions where !mention.isFuzzy {
            if let country = namedCountry(mention.candidates), !named.contains(country) { named.append(country) }
        }
        var votes: [(country: String, count: Double)] = []
        var countries: [String] = []
        for mention in mentions where !mention.isFuzzy {
            if namedCountry(mention.candidates) != nil { continue }
            countries.removeAll(keepingCapacity: true)
            mention.candidates.withUnsafeBufferPointer { candidates in
                for i in candidates.indices where candidates[i].editDistance == 0 && !countries.contains(candidates[i].place.country) {
                    countries.append(candidates[i].place.country)
                }
            }
            if countries.contains(where: named.contains) { continue }
            for country in countries {
                let share = 1 / Double(countries.count)
                if let i = votes.firstIndex(where: { $0.country == country }) { votes[i].count += share } else { votes.append((country, share)) }
            }
        }
        guard let top = votes.map(\.count).max() else { return Set(named) }
        return Set(named).union(votes.filter { $0.count >= top * 0.3 }.map(\.country))
    }
}

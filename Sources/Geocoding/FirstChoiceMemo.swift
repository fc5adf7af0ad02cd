import GazetteerKit
import GeoModel
import Synchronization

/// What a mention's first-pass choice depends on besides the gazetteer and the focus.
struct FirstReading: Hashable, Sendable {
    var key: String
    var text: String
    var hasProvinceCue: Bool
    var isFuzzy: Bool

    init(_ mention: PlaceMention) {
        key = mention.key
        text = mention.text
        hasProvinceCue = mention.hasProvinceCue
        isFuzzy = mention.isFuzzy
    }
}

/// The resolver's first-pass choices (each mention's best place read alone), remembered across
/// the reports of a run: the same names come back report after report. Shared by every copy of
/// the resolver that holds it, and safe across tasks.
public final class FirstChoiceMemo: Sendable {
    struct Key: Hashable, Sendable {
        var reading: FirstReading
        /// The focus countries, sorted.
        var focus: [String]
    }

    /// What every remembered choice was made under; a change drops them all.
    struct Stamp: Equatable, Sendable {
        var generation: Generation
        var weights: ScoringWeights
    }

    private struct Table {
        var stamp: Stamp?
        var choices: [Key: Place?] = [:]
    }

    private let table = Mutex(Table())
    /// Choices kept at most; past this the memo starts afresh.
    private let capacity = 50_000

    public init() {}

    /// The remembered choice for a reading under sorted focus countries, or `make()`'s, remembered.
    func choice(for reading: FirstReading, focus: [String], stamp: Stamp, make: () -> Place?) -> Place? {
        let key = Key(reading: reading, focus: focus)
        let known: Place?? = table.withLock { table in
            table.stamp == stamp ? table.choices[key] : nil
        }
        if let known { return known }
        let made = make()
        table.withLock { table in
            if table.stamp != stamp || table.choices.count >= capacity { table = Table(stamp: stamp) }
            table.choices[key] = made
        }
        return made
    }
}

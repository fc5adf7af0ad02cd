import GazetteerKit
import GeoModel

/// What a mention's first-pass choice depends on besides the gazetteer and the focus.
///
/// Hashed by a digest of its spelling made once (FNV-1a, a few instructions a byte) rather than by
/// `Hasher` over both strings at every look-up; equality still compares the strings.
struct FirstReading: Hashable, Sendable {
    /// Compared first, so that different readings differ without a string comparison.
    private let digest: UInt64
    let key: String
    let text: String
    let hasProvinceCue: Bool
    let hasDistrictCue: Bool
    let isFuzzy: Bool

    init(_ mention: PlaceMention) {
        key = mention.key
        text = mention.text
        hasProvinceCue = mention.hasProvinceCue
        hasDistrictCue = mention.hasDistrictCue
        isFuzzy = mention.isFuzzy
        var digest = StableHash()
        digest.combine(key)
        digest.combine(text)
        self.digest = digest.value ^ (hasProvinceCue ? 1 : 0) ^ (isFuzzy ? 2 : 0) ^ (hasDistrictCue ? 4 : 0)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }
}

/// The resolver's first-pass choices (each mention's best place read alone), remembered across
/// the reports of a run: the same names come back report after report. Shared by every copy of
/// the resolver that holds it, and safe across tasks.
public final class FirstChoiceMemo: Sendable {
    /// The focus countries, sorted, with their digest made once per document.
    struct Focus: Hashable, Sendable {
        private let digest: UInt64
        let countries: [String]

        init(_ countries: [String]) {
            self.countries = countries.sorted()
            var digest = StableHash()
            for country in self.countries { digest.combine(country) }
            self.digest = digest.value
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(digest)
        }
    }

    struct Key: Hashable, Sendable {
        var reading: FirstReading
        var focus: Focus
    }

    /// What every remembered choice was made under; a change drops them all.
    struct Stamp: Equatable, Sendable {
        var generation: Generation
        var weights: ScoringWeights
    }

    private let memo = StampedMemo<Key, Stamp, Place?>()

    public init() {}

    /// The choice remembered for a reading under a focus, if it was made under `stamp`; the
    /// outer optional is nil when none is remembered.
    func choice(for reading: FirstReading, focus: Focus, stamp: Stamp) -> Place?? {
        memo.value(for: Key(reading: reading, focus: focus), stamp: stamp)
    }

    /// Remembers a choice made under `stamp`, forgetting those made under another.
    func remember(_ choice: Place?, for reading: FirstReading, focus: Focus, stamp: Stamp) {
        memo.remember(choice, for: Key(reading: reading, focus: focus), stamp: stamp)
    }
}

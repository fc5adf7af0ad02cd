import GeoModel

/// Places and the index from normalised names to them.
///
/// A value built once and then only read: safe to share between tasks.
public struct Gazetteer: Sendable {
    /// Every place, in load order.
    public private(set) var places: [Place] = []
    /// Normalised key → (place index, whether the key is the primary name).
    private var index: [String: [NameRef]] = [:]
    /// First-level code → name, such as `SY.11` → `Homs`.
    public private(set) var admin1Names: [String: String] = [:]
    /// Where each loaded source came from, for `gazetteer info`.
    public private(set) var sources: [String] = []

    struct NameRef: Sendable, Hashable {
        var place: Int32
        var isPrimary: Bool
        var name: String
    }

    public init() {}

    /// The number of distinct normalised name keys.
    public var keyCount: Int { index.count }

    /// Adds a place under its primary and alternate names. A place whose id is already present
    /// gains the new names and keeps its first record.
    public mutating func add(_ place: Place, alternateNames: [String]) {
        let position = Int32(places.count)
        places.append(place)
        insert(place.name, isPrimary: true, for: position)
        for name in alternateNames { insert(name, isPrimary: false, for: position) }
    }

    /// Records a first-level division name.
    public mutating func setAdmin1Name(_ name: String, forCode code: String) {
        admin1Names[code] = name
    }

    /// Notes where data came from.
    public mutating func noteSource(_ description: String) { sources.append(description) }

    private mutating func insert(_ name: String, isPrimary: Bool, for position: Int32) {
        let key = NameNormalizer.key(for: name)
        guard !key.isEmpty else { return }
        var refs = index[key, default: []]
        if let existing = refs.firstIndex(where: { $0.place == position }) {
            if isPrimary { refs[existing].isPrimary = true }
            return
        }
        refs.append(NameRef(place: position, isPrimary: isPrimary, name: name))
        index[key] = refs
    }

    /// True when some place has this normalised key.
    public func hasKey(_ key: String) -> Bool { index[key] != nil }

    /// The places whose names normalise to `key`.
    public func candidates(forKey key: String) -> [Candidate] {
        (index[key] ?? []).map { ref in
            var place = places[Int(ref.place)]
            if place.admin1 == nil, let code = place.admin1Code { place.admin1 = admin1Names[code] }
            return Candidate(place: place, matchKind: ref.isPrimary ? .name : .alternateName, matchedName: ref.name)
        }
    }

    /// The places a name can mean, exact key matches only.
    public func lookup(_ name: String) -> [Candidate] {
        candidates(forKey: NameNormalizer.key(for: name))
    }

    /// The first-level division place for a code such as `SY.11`, if the gazetteer has one.
    public func province(code: String) -> Place? {
        places.first { $0.isProvince && $0.admin1Code == code }.map { place in
            var place = place
            place.admin1 = place.admin1 ?? admin1Names[code]
            return place
        }
    }

    /// Counts of places by country and by feature class.
    public func countsByCountryAndClass() -> [String: [String: Int]] {
        var counts: [String: [String: Int]] = [:]
        for place in places { counts[place.country, default: [:]][place.featureClass, default: 0] += 1 }
        return counts
    }
}

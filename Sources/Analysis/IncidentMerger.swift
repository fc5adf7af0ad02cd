import Foundation
import GeoEngine
import GeoModel

/// Merges incidents that describe the same event: the same sub-type, places within a few
/// kilometres, and dates at most a day apart. The merged incident keeps every source, the
/// lowest reported death toll and the finest precision.
public struct IncidentMerger: Sendable {
    public var maximumKm = 5.0
    public var maximumDays = 1

    public init() {}

    /// Bucket of incidents that may be compared: one sub-type on one day.
    private struct Bucket: Hashable {
        var type: SubEventType
        var day: Int?
    }

    /// What `isSameEvent` compares, held apart from the incidents as plain values (names by
    /// number), so that comparing copies and counts no references.
    struct Key {
        var type: SubEventType
        var isProvince: Bool
        var day: Int?
        /// `actor1` by number, -1 when there is none.
        var actor1: Int32
        /// `admin1Code` by number, -1 when there is none.
        var admin1Code: Int32
        var coordinate: Coordinate

        init(_ incident: borrowing Incident, names: inout Names) {
            type = incident.subEventType
            isProvince = incident.geoPrecision == .province
            day = incident.eventDate.map { CivilCalendar.dayNumber(year: $0.year, month: $0.month, day: $0.day) }
            actor1 = names.number(of: incident.actor1)
            admin1Code = names.number(of: incident.admin1Code)
            coordinate = incident.coordinate
        }
    }

    /// Numbers for the names keys hold; the same name always gets the same number.
    struct Names {
        private var numbers: [String: Int32] = [:]

        mutating func number(of name: String?) -> Int32 {
            guard let name else { return -1 }
            if let known = numbers[name] { return known }
            let next = Int32(numbers.count)
            numbers[name] = next
            return next
        }
    }

    /// The incidents with duplicates merged, in first-seen order.
    /// - Complexity: O(n × k), where k is the number of incidents of the same sub-type within
    ///   `maximumDays` of each other; incidents are bucketed by sub-type and day.
    public func merge(_ incidents: [Incident]) -> [Incident] {
        var accumulator = Accumulator(merger: self)
        for incident in incidents { accumulator.add(incident) }
        return accumulator.merged
    }

    /// Incidents merged as they arrive, so that a long run never holds them twice.
    public struct Accumulator {
        let merger: IncidentMerger
        private let geodesic = Geodesic()
        /// The incidents so far with duplicates merged, in first-seen order.
        public private(set) var merged: [Incident] = []
        /// The key of each merged incident, at the incident's own index, chained to the next
        /// incident of the same bucket: every bucket lives in this one array, so that a search
        /// reads no array of its own per bucket.
        private var members: [Member] = []
        /// The first and last member of each bucket's chain, in first-seen order.
        private var chains: [Bucket: (first: Int32, last: Int32)] = [:]
        private var names = Names()
        /// The sources of each merged incident that has many, by its index: an event told again
        /// and again (a feed that repeats itself on one long line) is checked for a source it
        /// already holds in constant time, not by reading all of them.
        private var seenSources: [Int: Set<IncidentSource>] = [:]

        private struct Member {
            var key: Key
            /// The next incident of the same bucket, or -1.
            var next: Int32 = -1
        }

        public init(merger: IncidentMerger = IncidentMerger()) {
            self.merger = merger
        }

        /// Hands over the merged incidents without copying them, leaving the accumulator empty.
        public mutating func takeMerged() -> [Incident] {
            var taken: [Incident] = []
            swap(&taken, &merged)
            members = []
            chains = [:]
            seenSources = [:]
            return taken
        }

        /// Merges `incident` into the one it describes again, or keeps it as a new one.
        public mutating func add(_ incident: consuming Incident) {
            let key = Key(incident, names: &names)
            // The first-seen incident that is the same event, from the buckets of the days around.
            var same: Int?
            func search(_ bucket: Bucket) {
                guard var index = chains[bucket].map({ Int($0.first) }) else { return }
                while index >= 0 {
                    if let held = same, held < index { return }
                    if merger.isSameEvent(members[index].key, key, geodesic) { same = index; return }
                    index = Int(members[index].next)
                }
            }
            if let day = key.day {
                for near in (day - merger.maximumDays)...(day + merger.maximumDays) { search(Bucket(type: key.type, day: near)) }
            } else {
                search(Bucket(type: key.type, day: nil))
            }
            if let index = same {
                // The key changes with the event; the incident stays in the bucket it was first filed under.
                var seen = seenSources.removeValue(forKey: index)
                if merger.absorb(incident, into: &merged[index], seen: &seen) { members[index].key = Key(merged[index], names: &names) }
                if let seen { seenSources[index] = seen }
            } else {
                let index = Int32(members.count)
                let bucket = Bucket(type: key.type, day: key.day)
                if let chain = chains[bucket] {
                    members[Int(chain.last)].next = index
                    chains[bucket] = (chain.first, index)
                } else {
                    chains[bucket] = (index, index)
                }
                members.append(Member(key: key))
                merged.append(incident)
            }
        }
    }

    func isSameEvent(_ a: Key, _ b: Key, _ geodesic: Geodesic) -> Bool {
        // A point and a province are never one incident; a town and its outskirts can be.
        guard a.type == b.type, a.isProvince == b.isProvince else { return false }
        switch (a.day, b.day) {
        case let (x?, y?): guard abs(x - y) <= maximumDays else { return false }
        case (nil, nil): break
        default: return false
        }
        if a.actor1 >= 0, b.actor1 >= 0, a.actor1 != b.actor1 { return false }
        if a.isProvince { return a.admin1Code == b.admin1Code }
        // Reports of one event mostly name the same place: the same point is near without measuring.
        if a.coordinate == b.coordinate { return true }
        // A degree of latitude is over 110 km: points further apart than that in latitude alone are not near.
        guard abs(a.coordinate.latitude - b.coordinate.latitude) * 110 <= maximumKm else { return false }
        return geodesic.distanceMetres(from: a.coordinate, to: b.coordinate) <= maximumKm * 1000
    }

    /// Folds `b` into `a` in place: its new sources, the lower toll, missing actors, a finer date and its evidence.
    /// - Returns: true when what makes `a` one event (actors, date, place) changed, and with it its id.
    @discardableResult
    func absorb(_ b: Incident, into a: inout Incident) -> Bool {
        var seen: Set<IncidentSource>?
        return absorb(b, into: &a, seen: &seen)
    }

    /// An incident with this many sources has them hashed for the check of a new one.
    static let sourcesToHash = 16

    /// `absorb(_:into:)`, with `a`'s sources as a set once it has `sourcesToHash` of them.
    /// - Parameter seen: `a`'s sources when hashed before; set here when `a` reaches `sourcesToHash`.
    /// - Complexity: O(sources of `b`), plus O(sources of `a`) while they are fewer than `sourcesToHash` or on the first hashing.
    func absorb(_ b: Incident, into a: inout Incident, seen: inout Set<IncidentSource>?) -> Bool {
        if seen == nil, a.sources.count + b.sources.count > Self.sourcesToHash { seen = Set(a.sources) }
        for source in b.sources {
            let isNew = seen?.insert(source).inserted ?? !a.sources.contains(source)
            if isNew { a.sources.append(source) }
        }
        switch (a.fatalities, b.fatalities) {
        case let (x?, y?): a.fatalities = min(x, y)
        case let (x, y): a.fatalities = x ?? y
        }
        var changed = false
        if a.actor1 == nil, b.actor1 != nil { a.actor1 = b.actor1; changed = true }
        if a.actor2 == nil, b.actor2 != nil { a.actor2 = b.actor2; changed = true }
        if b.timePrecision < a.timePrecision { a.eventDate = b.eventDate; a.timePrecision = b.timePrecision; changed = true }
        if b.geoPrecision < a.geoPrecision {
            (a.location, a.mention, a.placeID, a.coordinate, a.geoPrecision) = (b.location, b.mention, b.placeID, b.coordinate, b.geoPrecision)
            (a.admin1, a.admin1Code, a.country) = (b.admin1, b.admin1Code, b.country)
            changed = true
        }
        if !Self.contains(a.notes, b.notes) {
            a.notes.append(" ")
            a.notes.append(b.notes)
        }
        if changed { a.id = IncidentIdentity.id(for: a) }
        return changed
    }
}

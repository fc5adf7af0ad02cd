import GeoModel

/// A grouping key of `count --by`.
public enum CountKey: String, Sendable, CaseIterable {
    case province, district, country, actor, type, subtype, day, week, month

    /// The output columns this key contributes, per SPEC.md.
    public var columns: [String] {
        switch self {
        case .province: ["admin1", "admin1_code"]
        case .district: ["admin2", "district_id"]
        case .country: ["country"]
        case .actor: ["actor"]
        case .type: ["event_type"]
        case .subtype: ["sub_event_type"]
        case .day: ["day"]
        case .week: ["week"]
        case .month: ["month"]
        }
    }

    /// Parses `province,week`.
    /// - Throws: `AnalysisError.unknownCountKey`.
    public static func parseList(_ text: String) throws -> [CountKey] {
        let keys = try text.split(separator: ",").map { part -> CountKey in
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let key = CountKey(rawValue: name) else { throw AnalysisError.unknownCountKey(name) }
            return key
        }
        guard !keys.isEmpty else { throw AnalysisError.unknownCountKey(text) }
        return keys
    }
}

extension Incident {
    /// The built-in district's id (`gb:…`) when the incident is placed at a district: what
    /// `count --by district` falls back on where no district polygon holds the point.
    var districtID: String? {
        admin2 != nil && placeID.hasPrefix("gb:") ? placeID : nil
    }
}

/// One group of a count: its key values, its incidents and the sum of their fatalities.
public struct CountRow: Sendable, Hashable {
    /// One value per column of the keys, in order; nil where the incident has none.
    public var values: [String?]
    public var incidents: Int
    public var fatalities: Int

    public init(values: [String?], incidents: Int, fatalities: Int) {
        self.values = values
        self.incidents = incidents
        self.fatalities = fatalities
    }
}

/// Counts incidents and sums fatalities per group. The per-province layer counts use it too.
public enum IncidentCounter {
    /// The rows, sorted by their key values.
    /// - Complexity: O(n) with a hash map per group.
    public static func count<S: Sequence>(_ incidents: S, by keys: [CountKey]) -> [CountRow] where S.Element == Incident {
        var tally = IncidentTally(keys: keys)
        tally.add(incidents)
        return tally.rows
    }

    /// The key values of one incident; an incident with two actors counts once under each.
    static func groupValues(of incident: Incident, keys: [CountKey], district: District?, calendar: inout CalendarKeys) -> [[String?]] {
        var combos: [[String?]] = [[]]
        for key in keys {
            let options: [[String?]]
            if key == .actor {
                let actors = Array(Set([incident.actor1, incident.actor2].compactMap { $0 })).sorted()
                options = actors.isEmpty ? [[nil]] : actors.map { [$0] }
            } else {
                var values: [String?] = []
                appendValues(of: incident, for: key, district: district, to: &values, calendar: &calendar)
                options = [values]
            }
            combos = combos.flatMap { prefix in options.map { prefix + $0 } }
        }
        return combos
    }

    /// Appends the values of every key but `actor` (which may give two groups). `district` is the
    /// polygon holding the incident; without one, its own `admin2` and district place id count.
    static func appendValues(of incident: Incident, for key: CountKey, district: District?, to values: inout [String?],
                             calendar: inout CalendarKeys) {
        switch key {
        case .province: values.append(incident.admin1); values.append(incident.admin1Code)
        case .district:
            if let district {
                values.append(district.name); values.append(district.id)
            } else {
                values.append(incident.admin2); values.append(incident.districtID)
            }
        case .country: values.append(incident.country)
        case .actor: break
        case .type: values.append(incident.eventType.rawValue)
        case .subtype: values.append(incident.subEventType.rawValue)
        case .day: values.append(incident.eventDate?.description)
        case .week: values.append(incident.eventDate.map { calendar.isoWeek(of: $0) })
        case .month: values.append(incident.eventDate?.monthKey)
        }
    }
}

/// Counts incidents and sums fatalities per group as batches arrive, so that a count never
/// needs every incident in memory at once.
public struct IncidentTally: Sendable {
    public let keys: [CountKey]
    private var groups: [[String?]: GroupTotals] = [:]
    private var calendar = CalendarKeys()
    /// Every incident counted once, even when `actor` puts it in two groups.
    public private(set) var totalIncidents = 0
    /// The fatalities of every incident, counted once.
    public private(set) var totalFatalities = 0

    public init(keys: [CountKey]) { self.keys = keys }

    /// Counts every incident of `incidents`.
    /// - Complexity: O(n) hash map updates.
    public mutating func add<S: Sequence>(_ incidents: S) where S.Element == Incident {
        add(incidents, districts: nil)
    }

    /// Counts every incident of `incidents`; `districts`, when given, holds the district polygon
    /// of each incident in order (see `DistrictAssigner`).
    public mutating func add<S: Sequence>(_ incidents: S, districts: [District?]?) where S.Element == Incident {
        // Without `actor`, each incident is in one group: its key is built in one array.
        let single = !keys.contains(.actor)
        let width = keys.reduce(0) { $0 + $1.columns.count }
        // One key array for every incident: it is copied only when it starts a new group, so a
        // million incidents in a few dozen groups allocate a few dozen arrays, not a million.
        var values: [String?] = []
        values.reserveCapacity(width)
        for (n, incident) in incidents.enumerated() {
            let district = districts?[n]
            let fatalities = incident.fatalities ?? 0
            totalIncidents += 1
            totalFatalities += fatalities
            if single {
                values.removeAll(keepingCapacity: true)
                for key in keys {
                    IncidentCounter.appendValues(of: incident, for: key, district: district, to: &values, calendar: &calendar)
                }
                groups[values, default: GroupTotals()].add(fatalities)
            } else {
                for values in IncidentCounter.groupValues(of: incident, keys: keys, district: district, calendar: &calendar) {
                    groups[values, default: GroupTotals()].add(fatalities)
                }
            }
        }
    }

    /// The rows, sorted by their key values.
    public var rows: [CountRow] {
        groups.map { CountRow(values: $0.key, incidents: $0.value.incidents, fatalities: $0.value.fatalities) }
            .sorted { lhs, rhs in lhs.values.map { $0 ?? "" }.lexicographicallyPrecedes(rhs.values.map { $0 ?? "" }) }
    }
}

/// One group's incidents and fatalities.
struct GroupTotals: Sendable {
    var incidents = 0
    var fatalities = 0

    mutating func add(_ fatalities: Int) {
        incidents += 1
        self.fatalities += fatalities
    }
}

/// ISO week keys worked out once per distinct day: the calendar arithmetic is the slow part of
/// counting by week, and a million incidents share a few thousand days.
struct CalendarKeys: Sendable {
    private var weeks: [Day: String] = [:]

    mutating func isoWeek(of day: Day) -> String {
        if let known = weeks[day] { return known }
        let key = day.isoWeekKey
        weeks[day] = key
        return key
    }
}

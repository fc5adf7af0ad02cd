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
    /// The built-in district's id (`gb:…`) when the incident is placed at a district; the
    /// district holding a town is not known without district polygons.
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
    static func groupValues(of incident: Incident, keys: [CountKey], calendar: inout CalendarKeys) -> [[String?]] {
        var combos: [[String?]] = [[]]
        for key in keys {
            let options: [[String?]]
            switch key {
            case .province: options = [[incident.admin1, incident.admin1Code]]
            case .district: options = [[incident.admin2, incident.districtID]]
            case .country: options = [[incident.country]]
            case .actor:
                let actors = Array(Set([incident.actor1, incident.actor2].compactMap { $0 })).sorted()
                options = actors.isEmpty ? [[nil]] : actors.map { [$0] }
            case .type: options = [[incident.eventType.rawValue]]
            case .subtype: options = [[incident.subEventType.rawValue]]
            case .day: options = [[incident.eventDate?.description]]
            case .week: options = [[incident.eventDate.map { calendar.isoWeek(of: $0) }]]
            case .month: options = [[incident.eventDate?.monthKey]]
            }
            combos = combos.flatMap { prefix in options.map { prefix + $0 } }
        }
        return combos
    }
}

/// Counts incidents and sums fatalities per group as batches arrive, so that a count never
/// needs every incident in memory at once.
public struct IncidentTally: Sendable {
    public let keys: [CountKey]
    private var groups: [[String?]: (incidents: Int, fatalities: Int)] = [:]
    private var calendar = CalendarKeys()
    /// Every incident counted once, even when `actor` puts it in two groups.
    public private(set) var totalIncidents = 0
    /// The fatalities of every incident, counted once.
    public private(set) var totalFatalities = 0

    public init(keys: [CountKey]) { self.keys = keys }

    /// Counts every incident of `incidents`.
    /// - Complexity: O(n) hash map updates.
    public mutating func add<S: Sequence>(_ incidents: S) where S.Element == Incident {
        for incident in incidents {
            totalIncidents += 1
            totalFatalities += incident.fatalities ?? 0
            for values in IncidentCounter.groupValues(of: incident, keys: keys, calendar: &calendar) {
                groups[values, default: (0, 0)].incidents += 1
                groups[values, default: (0, 0)].fatalities += incident.fatalities ?? 0
            }
        }
    }

    /// The rows, sorted by their key values.
    public var rows: [CountRow] {
        groups.map { CountRow(values: $0.key, incidents: $0.value.incidents, fatalities: $0.value.fatalities) }
            .sorted { lhs, rhs in lhs.values.map { $0 ?? "" }.lexicographicallyPrecedes(rhs.values.map { $0 ?? "" }) }
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

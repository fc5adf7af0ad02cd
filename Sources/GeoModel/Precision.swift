/// ACLED's geo-precision.
public enum GeoPrecision: Int, Sendable, Hashable, Comparable, CaseIterable, Codable {
    /// The town itself.
    case town = 1
    /// Near the town, or a part of a region.
    case nearTown = 2
    /// Only the province is known.
    case province = 3

    public static func < (lhs: GeoPrecision, rhs: GeoPrecision) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// ACLED's time precision.
public enum TimePrecision: Int, Sendable, Hashable, Comparable, CaseIterable, Codable {
    case day = 1
    case week = 2
    case month = 3

    public static func < (lhs: TimePrecision, rhs: TimePrecision) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How a report frames an event.
public enum Certainty: String, Sendable, Hashable, CaseIterable, Codable {
    case reported
    case claimed
    case alleged
    case denied
}

import GeoModel

/// The fields of an incident a command uses: a reader builds only these and leaves the others
/// empty (`""` or nil), so that `count --by province` never makes strings of the notes.
///
/// The sub-event type, coordinate, date, precisions, certainty, fatalities, country and
/// province fields are always read and checked: they are small, and every command may group
/// or filter by them.
public struct ReadFields: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// `actor1` and `actor2`.
    public static let actors = ReadFields(rawValue: 1 << 0)
    /// `location`, `mention` and `place_id`.
    public static let places = ReadFields(rawValue: 1 << 1)
    /// `id` (for CSV without one, the stable id, which hashes the notes).
    public static let identity = ReadFields(rawValue: 1 << 2)
    /// `notes` and `sources`.
    public static let narrative = ReadFields(rawValue: 1 << 3)

    /// Every field: for `query`, `export` and anything that writes incidents back out.
    public static let all: ReadFields = [.actors, .places, .identity, .narrative]
}

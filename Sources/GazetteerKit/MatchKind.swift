/// How a name matched a gazetteer entry.
public enum MatchKind: String, Sendable, Hashable, Codable {
    /// The primary name, after normalisation.
    case name
    /// An alternate name, after normalisation.
    case alternateName = "alternate_name"
    /// Within a bounded edit distance of a name's key.
    case fuzzy
}

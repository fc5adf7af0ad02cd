import GeoModel

/// A place offered for a name, with how the name matched it.
public struct Candidate: Sendable, Hashable {
    public var place: Place
    public var matchKind: MatchKind
    /// The gazetteer name that matched.
    public var matchedName: String
    /// Edit distance between keys; 0 for an exact key match.
    public var editDistance: Int
    /// The text was spelled exactly as the gazetteer name (ignoring case, diacritics, spaces and hyphens).
    public var isExactSpelling: Bool = false

    public init(place: Place, matchKind: MatchKind, matchedName: String, editDistance: Int = 0) {
        self.place = place
        self.matchKind = matchKind
        self.matchedName = matchedName
        self.editDistance = editDistance
    }
}

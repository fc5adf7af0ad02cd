import GeoModel

/// A run of text that names a gazetteer place, with every place it could mean.
public struct PlaceMention: Sendable, Hashable {
    /// The name exactly as written.
    public var text: String
    /// Where it is, in code points.
    public var span: TextSpan
    /// The normalised key it matched.
    public var key: String
    /// Every place the name could mean.
    public var candidates: [Candidate]
    /// "province" or "governorate" follows the name ("Idlib province", "Homs and Idlib
    /// provinces"), or "province of" precedes it ("the central province of Homs").
    public var hasProvinceCue: Bool
    /// A word such as "near", "outskirts" or "around" comes just before the name.
    public var hasNearCue: Bool
    /// No gazetteer name has this key: the candidates are fuzzy matches only.
    public var isFuzzy: Bool

    public init(text: String, span: TextSpan, key: String, candidates: [Candidate],
                hasProvinceCue: Bool = false, hasNearCue: Bool = false, isFuzzy: Bool = false) {
        self.text = text
        self.span = span
        self.key = key
        self.candidates = candidates
        self.hasProvinceCue = hasProvinceCue
        self.hasNearCue = hasNearCue
        self.isFuzzy = isFuzzy
    }
}

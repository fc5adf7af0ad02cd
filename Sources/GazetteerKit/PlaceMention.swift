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

    public init(text: String, span: TextSpan, key: String, candidates: [Candidate]) {
        self.text = text
        self.span = span
        self.key = key
        self.candidates = candidates
    }
}

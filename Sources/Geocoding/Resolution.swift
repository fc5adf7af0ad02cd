import GazetteerKit
import GeoModel

/// A candidate with the score the resolver gave it and why.
public struct ScoredCandidate: Sendable, Hashable {
    public var candidate: Candidate
    public var score: Double
    /// Each factor that moved the score.
    public var factors: [ScoreFactor]

    public init(candidate: Candidate, score: Double, factors: [ScoreFactor]) {
        self.candidate = candidate
        self.score = score
        self.factors = factors
    }

    /// Each factor as text, such as `population 53152 +0.31`.
    public var reasons: [String] { factors.map(\.description) }
}

/// The place chosen for a mention, or none.
public struct Resolution: Sendable, Hashable {
    public var mention: PlaceMention
    /// The chosen place; nil when no candidate is acceptable.
    public var place: Place?
    /// ACLED geo-precision of the chosen place.
    public var geoPrecision: GeoPrecision
    /// 0 through 1: the winner's share of the top two scores, damped by fuzziness.
    public var confidence: Double
    /// Every candidate, best first.
    public var ranked: [ScoredCandidate]

    /// The chosen place's GeoNames feature class (P town, A division or country, S airport or
    /// base, T mountain or plain, H river, L region); nil when nothing was chosen.
    public var featureClass: String? { place?.featureClass }

    /// The chosen place is a first-level division (named as a province: "Idlib province").
    public var isProvince: Bool { place?.isProvince ?? false }

    public init(mention: PlaceMention, place: Place?, geoPrecision: GeoPrecision, confidence: Double, ranked: [ScoredCandidate]) {
        self.mention = mention
        self.place = place
        self.geoPrecision = geoPrecision
        self.confidence = confidence
        self.ranked = ranked
    }
}
